"""Richards: Martin Richards' operating-system simulation. Six tasks (idle, worker, two
handlers, two devices) pass packets through a priority scheduler; the counts of held tasks
and queued packets check the run."""
# bench: 8
import sys

IDLE, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = 1, 2, 3, 4, 5, 6
DEVICE_PACKET, WORK_PACKET = 1000, 1001
BUFFER_SIZE = 4


class Packet:
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.datum = 0
        self.data = [0] * BUFFER_SIZE

    def append_to(self, queue):
        """This packet at the end of queue (a packet chain, or None)."""
        self.link = None
        if queue is None:
            return self
        last = queue
        while last.link is not None:
            last = last.link
        last.link = self
        return queue


class Scheduler:
    def __init__(self):
        self.tasks = [None] * 10
        self.task_list = None
        self.hold_count = 0
        self.queue_count = 0

    def find(self, ident):
        task = self.tasks[ident]
        if task is None:
            raise RuntimeError(f"bad task id {ident}")
        return task

    def run(self):
        task = self.task_list
        while task is not None:
            if task.holding or (task.waiting and not task.packet_pending):
                task = task.link
            else:
                task = task.step()


class Task:
    def __init__(self, scheduler, ident, priority, queue, state):
        self.scheduler = scheduler
        self.ident = ident
        self.priority = priority
        self.input = queue
        self.packet_pending, self.waiting, self.holding = state
        self.link = scheduler.task_list
        scheduler.task_list = self
        scheduler.tasks[ident] = self

    def step(self):
        if self.waiting and self.packet_pending:
            packet = self.input
            self.input = packet.link
            self.waiting = False
            self.packet_pending = self.input is not None
        else:
            packet = None
        return self.work(packet)

    def wait(self):
        self.waiting = True
        return self

    def hold(self):
        self.scheduler.hold_count += 1
        self.holding = True
        return self.link

    def release(self, ident):
        task = self.scheduler.find(ident)
        task.holding = False
        return task if task.priority > self.priority else self

    def send(self, packet):
        task = self.scheduler.find(packet.ident)
        self.scheduler.queue_count += 1
        packet.link = None
        packet.ident = self.ident
        return task.receive(packet, self)

    def receive(self, packet, sender):
        if self.input is None:
            self.input = packet
            self.packet_pending = True
            if self.priority > sender.priority:
                return self
        else:
            self.input = packet.append_to(self.input)
        return sender


class IdleTask(Task):
    def __init__(self, scheduler, ident, priority, queue, state, count):
        super().__init__(scheduler, ident, priority, queue, state)
        self.control = 1
        self.count = count

    def work(self, packet):
        self.count -= 1
        if self.count == 0:
            return self.hold()
        if self.control & 1 == 0:
            self.control //= 2
            return self.release(DEVICE_A)
        self.control = (self.control // 2) ^ 0xD008
        return self.release(DEVICE_B)


class WorkerTask(Task):
    def __init__(self, scheduler, ident, priority, queue, state):
        super().__init__(scheduler, ident, priority, queue, state)
        self.destination = HANDLER_A
        self.count = 0

    def work(self, packet):
        if packet is None:
            return self.wait()
        self.destination = HANDLER_B if self.destination == HANDLER_A else HANDLER_A
        packet.ident = self.destination
        packet.datum = 0
        for i in range(BUFFER_SIZE):
            self.count += 1
            if self.count > 26:
                self.count = 1
            packet.data[i] = ord("A") + self.count - 1
        return self.send(packet)


class HandlerTask(Task):
    def __init__(self, scheduler, ident, priority, queue, state):
        super().__init__(scheduler, ident, priority, queue, state)
        self.work_in = None
        self.device_in = None

    def work(self, packet):
        if packet is not None:
            if packet.kind == WORK_PACKET:
                self.work_in = packet.append_to(self.work_in)
            else:
                self.device_in = packet.append_to(self.device_in)
        work = self.work_in
        if work is None:
            return self.wait()
        count = work.datum
        if count >= BUFFER_SIZE:
            self.work_in = work.link
            return self.send(work)
        device = self.device_in
        if device is None:
            return self.wait()
        self.device_in = device.link
        device.datum = work.data[count]
        work.datum = count + 1
        return self.send(device)


class DeviceTask(Task):
    def __init__(self, scheduler, ident, priority, queue, state):
        super().__init__(scheduler, ident, priority, queue, state)
        self.pending = None

    def work(self, packet):
        if packet is None:
            packet = self.pending
            if packet is None:
                return self.wait()
            self.pending = None
            return self.send(packet)
        self.pending = packet
        return self.hold()


RUNNING = (False, False, False)
WAITING = (False, True, False)
WAITING_WITH_PACKET = (True, True, False)


def run_once():
    s = Scheduler()
    IdleTask(s, IDLE, 1, None, RUNNING, 10000)
    queue = Packet(Packet(None, 0, WORK_PACKET), 0, WORK_PACKET)
    WorkerTask(s, WORKER, 1000, queue, WAITING_WITH_PACKET)
    for handler, device, priority in ((HANDLER_A, DEVICE_A, 2000), (HANDLER_B, DEVICE_B, 3000)):
        queue = None
        for _ in range(3):
            queue = Packet(queue, device, DEVICE_PACKET)
        HandlerTask(s, handler, priority, queue, WAITING_WITH_PACKET)
    DeviceTask(s, DEVICE_A, 4000, None, WAITING)
    DeviceTask(s, DEVICE_B, 5000, None, WAITING)
    s.run()
    return s.hold_count, s.queue_count


def main(iterations):
    for i in range(iterations):
        holds, queued = run_once()
        print(i, holds, queued, "ok" if (holds, queued) == (9297, 23246) else "WRONG")


main(int(sys.argv[1]) if len(sys.argv) > 1 else 1)
