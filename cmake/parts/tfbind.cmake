# tfbind sources (owned by the tfbind component)
