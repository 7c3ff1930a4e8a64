# Lumbosim research helper (issue 13 item 5): Butterworth vs Savitzky-Golay metrics from InverseDynamicsCheck --out files
# named <trial>_<smoothing>.csv (rw, g, sq) and the static files of osim_static_moment.py; see dynamics-check.md.
import sys, numpy as np
def load(f): return np.genfromtxt(f,delimiter=',',names=True)
for tr,st in (('rw','rw_static.txt'),('g','g_static.txt'),('sq',None)):
    for s in ('butterworth','savitzky-golay'):
        d=load(f'{tr}_{s}.csv'); t=d['timeS']; dyn=d['dynamicNm']; qs=d['quasiStaticNm']; inc=dyn-qs
        ok=np.isfinite(inc); dt=t[1]-t[0]
        # roughness of the inertial moment: RMS of its second difference per frame, scaled to N·m/s^2
        r=np.diff(inc[ok],2)/dt**2
        line=f"{tr:3s} {s:15s} inertial rms {np.sqrt(np.mean(inc[ok]**2)):6.2f} N·m, max {np.abs(inc[ok]).max():6.2f}; roughness rms d2/dt2 {np.sqrt(np.mean(r**2)):10.0f} N·m/s²"
        cinc=d['dynamicL5S1CompressionN']-d['quasiStaticL5S1CompressionN']
        line+=f"; compression increment max {np.nanmax(cinc):7.1f} N, rms {np.sqrt(np.nanmean(cinc**2)):6.1f} N"
        if st:
            S=np.loadtxt(st,comments='#'); os_st=np.interp(t,S[:,0],S[:,1]); o=d['openSimNm']; m=np.isfinite(o)&ok
            e=(inc-(o-os_st))[m]; line+=f"; vs OpenSim inertial part RMSE {np.sqrt(np.mean(e**2)):5.2f} N·m ({100*np.sqrt(np.mean(e**2))/np.abs(o[m]).max():4.1f} % of peak), peak {np.abs(e).max():5.2f}"
        print(line)
