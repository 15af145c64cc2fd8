# CPython's unittest: passing, failing, erroring, skipped, expected-failure and sub-tests, run
# by a TextTestRunner into a StringIO (the timing line is normalised); exits 1 as tests failed.
import unittest


class Stack:
    def __init__(self):
        self.items = []

    def push(self, x):
        self.items.append(x)

    def pop(self):
        return self.items.pop()


class StackTest(unittest.TestCase):
    def setUp(self):
        self.s = Stack()

    def test_push_pop(self):
        self.s.push(1)
        self.s.push(2)
        self.assertEqual(self.s.pop(), 2)
        self.assertEqual(self.s.items, [1])

    def test_empty_pop_raises(self):
        with self.assertRaises(IndexError):
            self.s.pop()

    def test_wrong(self):
        self.s.push(3)
        self.assertEqual(self.s.pop(), 4, "popped the wrong item")

    def test_error(self):
        self.s.missing()

    @unittest.skip("not today")
    def test_skipped(self):
        pass

    @unittest.expectedFailure
    def test_known_bug(self):
        self.assertTrue(False)

    def test_subtests(self):
        for i in range(3):
            with self.subTest(i=i):
                self.assertLess(i, 2)



import io
import re
import sys

stream = io.StringIO()
result = unittest.TextTestRunner(stream=stream, verbosity=2).run(unittest.defaultTestLoader.loadTestsFromTestCase(StackTest))
print(re.sub(r"Ran (\d+) tests? in [\d.]+s", r"Ran \1 tests", stream.getvalue()))
print(result.testsRun, len(result.failures), len(result.errors), len(result.skipped), len(result.expectedFailures))
print(result.wasSuccessful(), [t.id() for t, _ in result.failures])
sys.exit(not result.wasSuccessful())
