import Sociogram

runGroupsBench()
