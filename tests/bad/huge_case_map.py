# str.upper() of a 20 MB string needs about 140 MB on the way (decoded
# characters, and up to three out per character in): the memory budget is
# checked before the copy is made (issue 5), so the limit stops it at once.
s = "é" * 10000000
print(len(s.upper()))
