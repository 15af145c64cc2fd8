class Card:
    order = "23456789TJQKA"
    def __init__(self, rank, suit):
        self.rank, self.suit = rank, suit
    def __lt__(self, other):
        return self.order.index(self.rank) < self.order.index(other.rank)
    def __eq__(self, other):
        return self.rank == other.rank
    def __repr__(self):
        return self.rank + self.suit
hand = [Card("K", "h"), Card("2", "s"), Card("T", "d"), Card("A", "c"), Card("2", "h")]
print(sorted(hand), max(hand), min(hand))
print(sorted(hand, key=lambda c: c.suit), sorted(hand, reverse=True))
hand.sort()
print(hand, Card("2", "x") in hand, hand.index(Card("T", "z")), hand.count(Card("2", "q")))
