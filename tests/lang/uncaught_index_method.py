# Uncaught ValueError from list.index().
[1, 2].index(5)
