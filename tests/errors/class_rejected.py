import tensorflow as tf

class Model(object):
    pass
