#ifndef SOCIOGRAM_CGRAPHVIZ_SHIM_H
#define SOCIOGRAM_CGRAPHVIZ_SHIM_H
#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>
/* The device plug-in interface (GVJ_t, gvdevice_engine_t): Sociogram registers an in-process device
   that hands cairo's raster to Swift, which encodes the PNG outside the Graphviz lock. */
#include <graphviz/gvplugin_device.h>

/* cgraph's process-wide default id discipline, which agmemread and the graphs Graphviz opens itself
   use. Swift sees the global as mutable shared state; this hands out its address so that Sociogram
   can install order-stable ids once, under its Graphviz lock (GraphvizObjectIDs.swift). */
static inline Agiddisc_t *sociogram_default_id_discipline(void) { return &AgIdDisc; }
#endif
