@staticmethod
def f():
    pass
