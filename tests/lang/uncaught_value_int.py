# Uncaught ValueError from int().
int("x")
