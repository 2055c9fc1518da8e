# Uncaught TypeError: object is not callable.
values = [1, 2]
values()
