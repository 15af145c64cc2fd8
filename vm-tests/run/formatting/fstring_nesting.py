rows = [("apple", 1.5, 3), ("kiwi", 0.25, 12), ("watermelon", 4.0, 1)]
for name, price, qty in rows:
    print(f"{name:<12}|{price:>8.2f}|{qty:^5}|{price * qty:>9,.3f}")
w = 6
for v in [1, 22, 333]:
    print(f"[{v:>{w}}] [{v:<{w}}] [{v:^{w}}] [{v:0{w}d}]")
print(f"{'left':<{w+2}}|{3.14159:.{w-3}f}|{1e6:,.0f}|{-42:+,}")
