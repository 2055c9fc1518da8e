# A NameError on the second line of a statement is reported on that line
# (CPython 3.11: line 6, the name; scopeviz prints no ^^^ marks).
x = [1, 2,
     3]
y = (x[0] +
     undefined)
