import zeta
E = 1
