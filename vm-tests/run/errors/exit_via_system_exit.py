print("start")
def main():
    raise SystemExit("fatal: stopping")
main()
print("never")
