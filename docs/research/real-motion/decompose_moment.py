# Lumbosim research helper (issue 13 item 5): splits the lumbar moment into static and inertial parts.
# Usage: python3 decompose_moment.py OURS.csv (InverseDynamicsCheck --out) STATIC.txt (osim_static_moment.py)
import sys, numpy as np
ours=np.genfromtxt(sys.argv[1],delimiter=',',names=True)
st=np.loadtxt(sys.argv[2],comments='#')
t=ours['timeS']; os_id=ours['openSimNm']; dyn=ours['dynamicNm']; qs=ours['quasiStaticNm']
os_st=np.interp(t,st[:,0],st[:,1])
m=np.isfinite(os_id)&np.isfinite(dyn)
def rms(x): return np.sqrt(np.mean(x[m]**2))
print(f"frames {m.sum()} t {t[m][0]:.3f}-{t[m][-1]:.3f}")
print(f"OpenSim ID mean {os_id[m].mean():.2f}; OpenSim static (its own geometry) mean {os_st[m].mean():.2f}; ours QS mean {qs[m].mean():.2f}; ours dyn mean {dyn[m].mean():.2f}")
print(f"static difference ours QS - OpenSim static: mean {(qs-os_st)[m].mean():.2f} sd {(qs-os_st)[m].std():.2f}")
e=dyn-os_id; print(f"full: RMSE {rms(e):.2f} mean {e[m].mean():.2f} peak |OS| {np.abs(os_id[m]).max():.2f} -> {100*rms(e)/np.abs(os_id[m]).max():.1f} %")
do=os_id-os_st; du=dyn-qs
e2=du-do; print(f"inertial parts: OpenSim ID-static rms {rms(do):.2f}, ours dyn-QS rms {rms(du):.2f}; diff RMSE {rms(e2):.2f} mean {e2[m].mean():.2f}; corr {np.corrcoef(do[m],du[m])[0,1]:.2f}")
e3=(os_st+du)-os_id; print(f"like-with-like (OpenSim's static + our inertial part vs OpenSim ID): RMSE {rms(e3):.2f} = {100*rms(e3)/np.abs(os_id[m]).max():.1f} % of peak, mean {e3[m].mean():.2f}, peak {np.abs(e3[m]).max():.2f}")
