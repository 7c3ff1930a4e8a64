# Lumbosim research helper (issue 13 item 5); see dynamics-check.md. Usage: python3 osim_static_moment.py MODEL.osim IK.sto > static.txt
"""Static (gravity-only) lumbar_extension generalized force of an OpenSim model's bodies above the back
joint for recorded coordinates: the part of OpenSim's ID moment that is not inertia."""
import sys, numpy as np, xml.etree.ElementTree as ET
osim, ik = sys.argv[1], sys.argv[2]
r = ET.parse(osim).getroot()
def rx(a): c,s=np.cos(a),np.sin(a); return np.array([[1,0,0],[0,c,-s],[0,s,c]])
def ry(a): c,s=np.cos(a),np.sin(a); return np.array([[c,0,s],[0,1,0],[-s,0,c]])
def rz(a): c,s=np.cos(a),np.sin(a); return np.array([[c,-s,0],[s,c,0],[0,0,1]])
def axisrot(ax,a):
    ax=np.array(ax,float); ax/=np.linalg.norm(ax); K=np.array([[0,-ax[2],ax[1]],[ax[2],0,-ax[0]],[-ax[1],ax[0],0]])
    return np.eye(3)+np.sin(a)*K+(1-np.cos(a))*K@K
def euler(o): return rx(o[0])@ry(o[1])@rz(o[2])
def vec(t): return np.array([float(x) for x in t.split()])
bodies={b.get('name'):(float(b.find('mass').text),vec(b.find('mass_center').text)) for b in r.iter('Body')}
joints={}
for j in r.iter():
    if j.tag in('CustomJoint','PinJoint','WeldJoint'):
        fr={f.get('name'):(f.find('socket_parent').text.split('/')[-1],vec(f.find('translation').text),vec(f.find('orientation').text)) for f in j.iter('PhysicalOffsetFrame')}
        pf=j.find('socket_parent_frame').text; cf=j.find('socket_child_frame').text
        rots=[]
        if j.tag=='CustomJoint':
            for ta in j.iter('TransformAxis'):
                if ta.get('name').startswith('rotation'):
                    c=ta.find('coordinates').text; rots.append(((c or '').strip(),vec(ta.find('axis').text)))
        elif j.tag=='PinJoint':
            c=[x for x in j.iter('Coordinate')][0].get('name'); rots.append((c,np.array([0,0,1.])))
        joints[fr[cf][0]]=(j.get('name'),fr[pf],fr[cf],rots)
# coordinates
lines=open(ik).read().split('\n'); h=[i for i,l in enumerate(lines) if l.strip()=='endheader'][0]
indeg=any('inDegrees=yes' in l for l in lines[:h])
cols=[c.split('/')[-2] if c.startswith('/') else c for c in lines[h+1].split('\t')]
data=np.array([[float(x) for x in l.split('\t')] for l in lines[h+2:] if l.strip()])
g=np.array([0,-9.80665,0])
def pose(q, body):
    """(R, p) of a body in ground by walking up the joints."""
    if body=='ground': return np.eye(3),np.zeros(3)
    name,(pb,pt,po),(cb,ct,co),rots=joints[body]
    Rp,pp=pose(q,pb)
    R=Rp@euler(po); p=pp+Rp@pt
    for c,ax in rots:
        R=R@axisrot(ax, q.get(c,0.0) if c else 0.0)
    if name=='ground_pelvis':
        p=np.array([q['pelvis_tx'],q['pelvis_ty'],q['pelvis_tz']])
    Rc=euler(co); R=R@Rc.T; p=p-R@ct
    return R,p
above=[b for b in bodies if b=='torso' or any(b.startswith(x) for x in('humerus','ulna','radius','hand'))]
print('# bodies above back:',above,'mass',sum(bodies[b][0] for b in above))
out=[]
for row in data:
    q={c:(np.radians(v) if indeg and c not in('pelvis_tx','pelvis_ty','pelvis_tz') else v) for c,v in zip(cols,row) if c!='time'}
    # back joint location and lumbar_extension axis (pelvis_offset frame z) in ground
    name,(pb,pt,po),_,_=joints['torso']; Rp,pp=pose(q,pb); jp=pp+Rp@pt; ax=Rp@euler(po)@np.array([0,0,1])
    M=np.zeros(3); mc=np.zeros(3); mt=0
    for b in above:
        R,p=pose(q,b); m,c=bodies[b]; x=p+R@c; M+=np.cross(x-jp,m*g); mc+=m*x; mt+=m
    # generalized force the actuator must give to hold gravity: -(gravity moment) . axis
    out.append((row[0], -M@ax, (mc/mt-jp)@(Rp@np.array([1,0,0])), ))
for t,tau,dx in out: print(f"{t:.4f}\t{tau:.4f}\t{dx:.4f}")
