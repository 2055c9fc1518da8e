# engine sources (owned by the engine component)
