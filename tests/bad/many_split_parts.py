# str.split() makes an object per part: 4 M parts take well over
# --max-memory 64M. The budget is asked while they are made (fuzz
# finding 17), so the limit stops the split itself.
s = "a " * 4000000
parts = s.split()
print(len(parts))
