import Sociogram
print("benchmarks: not yet")
