print(*"%000finallydd" % 1)
int("%0019103230dd" % 1)
