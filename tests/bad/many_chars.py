# list(s) makes a string object per character of s: 3 M of them take
# well over --max-memory 64M. The budget is asked while they are made
# (fuzz finding 17: print(*s) of a 9.5 M-character s), so the limit stops
# the call itself, not the next statement after the memory was spent.
s = "é" * 3000000
chars = list(s)
print(len(chars))
