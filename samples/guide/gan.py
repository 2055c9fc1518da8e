# Teaches: a GAN discriminator applied to real and fake inputs
# (tf1-semantics.md §7.7). The second call reuses the discriminator's
# variables through reuse=True; the generator has its own scope.
import tensorflow as tf

def generator(z):
    with tf.variable_scope("generator"):
        w = tf.get_variable("w", [16, 64])
        return tf.tanh(tf.matmul(z, w))

def discriminator(x, reuse=False):
    with tf.variable_scope("discriminator", reuse=reuse):
        w = tf.get_variable("w", [64, 1])
        b = tf.get_variable("b", [1], initializer=tf.zeros_initializer())
        return tf.sigmoid(tf.matmul(x, w) + b)

z = tf.placeholder(tf.float32, [None, 16], name="z")
real = tf.placeholder(tf.float32, [None, 64], name="real")

fake = generator(z)
d_real = discriminator(real)
d_fake = discriminator(fake, reuse=True)

print(d_real)
print(d_fake)
print([v.name for v in tf.trainable_variables(scope="discriminator")])
print([v.name for v in tf.trainable_variables(scope="generator")])
