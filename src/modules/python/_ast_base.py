"""The base of `_ast`'s node classes, and the trees that carry nodes to and from the CPython
3.12 compiler process (`src/interp/ast_tree.rs`, `src/interp/compiler_helper.py`).

`_ast` itself is generated from python3.12's (`vm-tests/regen.py`); this module is the part
written by hand: `AST`'s constructor with CPython's rules (`ast_type_init` in
`Python/Python-ast.c`), and the conversions. A tree is nested tuples: a node is
`(class name, ((field, value), ...))` for the fields and attributes it has, a list is a list,
anything else is itself, and the `value` of `Constant` and `MatchSingleton` is always itself.
"""

# The fields whose value is a constant, never a node or a list of nodes.
_RAW = {("Constant", "value"), ("MatchSingleton", "value")}


class AST:
    __module__ = "ast"
    _fields = ()
    _attributes = ()
    __match_args__ = ()

    def __init__(self, *args, **kwargs):
        cls = type(self)
        fields = cls._fields
        if len(args) > len(fields):
            n = len(fields)
            plural = "" if n == 1 else "s"
            raise TypeError(f"{cls.__name__} constructor takes at most {n} positional argument{plural}")
        for name, value in zip(fields, args):
            setattr(self, name, value)
        taken = fields[:len(args)]
        for name, value in kwargs.items():
            if name in taken:
                raise TypeError(f"{cls.__name__} got multiple values for argument {name!r}")
            setattr(self, name, value)

    def __reduce__(self):
        state = getattr(self, "__dict__", None)
        if state is not None:
            return type(self), (), state
        return type(self), ()


def _node_class(node, classes):
    """The `_ast` class `node` is an instance of (it may be a subclass's instance)."""
    for cls in type(node).__mro__:
        if classes.get(cls.__name__) is cls:
            return cls
    return None


def _to_tree(value):
    """The tree for `value`, or None when it is no node (so compile() says what it takes)."""
    import _ast
    if not isinstance(value, AST):
        return None
    return _tree_of(value, vars(_ast))


def _tree_of(value, classes):
    if isinstance(value, AST):
        cls = _node_class(value, classes)
        if cls is None:
            raise TypeError(f"expected some sort of AST node, but got {value!r}")
        pairs = []
        for name in cls._fields + cls._attributes:
            if hasattr(value, name):
                item = getattr(value, name)
                raw = (cls.__name__, name) in _RAW
                pairs.append((name, item if raw else _tree_of(item, classes)))
        return (cls.__name__, tuple(pairs))
    if isinstance(value, list):
        return [_tree_of(item, classes) for item in value]
    return value


def _from_tree(tree):
    """The nodes for a tree the compiler process sent."""
    import _ast
    return _nodes_of(tree, vars(_ast))


def _nodes_of(tree, classes):
    if isinstance(tree, tuple):
        name, pairs = tree
        cls = classes[name]
        node = cls.__new__(cls)
        for field, item in pairs:
            setattr(node, field, item if (name, field) in _RAW else _nodes_of(item, classes))
        return node
    if isinstance(tree, list):
        return [_nodes_of(item, classes) for item in tree]
    return tree
