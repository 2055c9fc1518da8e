import tensorflow as tf

x = = 1
class Net:
    pass
def f(:
    return 1
print("ok"
