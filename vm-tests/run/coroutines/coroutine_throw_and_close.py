class Wait:
    def __await__(self):
        yield "waiting"

async def guarded():
    try:
        await Wait()
        return "normal"
    except KeyError as e:
        return f"handled {e}"
    finally:
        print("guarded finally")

c = guarded()
print(c.send(None))
try:
    c.throw(KeyError("k"))
except StopIteration as e:
    print("result:", e.value)
c2 = guarded()
c2.send(None)
c2.close()
print("closed")
c3 = guarded()
c3.send(None)
try:
    c3.throw(ValueError("unhandled"))
except ValueError as e:
    print("propagated:", e)
