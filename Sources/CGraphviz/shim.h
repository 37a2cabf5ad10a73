#ifndef SOCIOGRAM_CGRAPHVIZ_SHIM_H
#define SOCIOGRAM_CGRAPHVIZ_SHIM_H
#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>
/* The device plug-in interface (GVJ_t, gvdevice_engine_t): Sociogram registers an in-process device
   that hands cairo's raster to Swift, which encodes the PNG outside the Graphviz lock. */
#include <graphviz/gvplugin_device.h>
#endif
