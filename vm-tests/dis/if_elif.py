def grade(score):
    if score >= 90:
        letter = "A"
    elif score >= 80:
        letter = "B"
    elif score >= 70:
        letter = "C"
    else:
        letter = "F"
    if letter == "A" or letter == "B":
        note = "good"
    else:
        note = "keep going"
    return letter, note


for s in (95, 85, 72, 10):
    print(s, grade(s))
