import re,os,sys
root=sys.argv[1] if len(sys.argv)>1 else '.'
phr=os.path.join(root,'Sources/Words/Phrases')
files=sorted(os.listdir(phr))
enums={}   # name -> list of (case, params or None), file
order=[]
for f in files:
    src=open(os.path.join(phr,f)).read()
    for m in re.finditer(r'public (?:indirect )?enum (\w+): Phrase \{(.*?)\n\}', src, re.S):
        cases=[]
        for line in m.group(2).split('\n'):
            l=line.strip()
            if not l.startswith('case '): continue
            if '(' not in l and ',' in l:  # `case a, b`: cases without values, listed together
                cases += [(c.strip(), None) for c in l[5:].split(',')]; continue
            mm=re.match(r'(\w+)(?:\((.*)\))?$',l[5:])
            cases.append((mm.group(1),mm.group(2)))
        enums[m.group(1)]=cases; order.append((m.group(1),f))
counter=[900001]
def split_params(params):
    out=[];depth=0;cur=''
    for ch in params:
        if ch in '([': depth+=1
        if ch in ')]': depth-=1
        if ch==',' and depth==0: out.append(cur.strip()); cur=''
        else: cur+=ch
    if cur.strip(): out.append(cur.strip())
    return out
def case_expr(enum, case, params, name_hint, depth=0, variant=None):
    if params is None: return '.'+case
    args=[]
    for p in split_params(params):
        if ':' in p and not p.startswith('['):
            label,t=[x.strip() for x in p.split(':',1)]
            args.append('%s: %s'%(label,variant_for(t,label,depth,variant)))
        else:
            args.append(variant_for(p.strip(),case,depth,variant))
    return '.%s(%s)'%(case,', '.join(args))
# A variant gives every placeholder of one kind the value where words branch: absent optionals, the numbers 0 and
# 1 (plural forms, "no line"), empty texts (parts left out).
VARIANTS={'absent': lambda t: 'nil' if t.endswith('?') else None,
          'zero': lambda t: '0' if t=='Int' else None,
          'one': lambda t: '1' if t=='Int' else None,
          'empty': lambda t: '""' if t=='String' else None}
def variant_for(t,name,depth,variant):
    value=VARIANTS[variant](t.strip()) if variant else None
    return value if value is not None else sample_for(t,name,depth)
def variants_of(enum,case,params):
    if params is None: return []
    types=[(p.split(':',1)[1] if ':' in p and not p.startswith('[') else p).strip() for p in split_params(params)]
    return [case_expr(enum,case,params,case,variant=v) for v,value in VARIANTS.items()
            if any(value(t) is not None for t in types)]
def simplest(enum,depth):
    cases=enums[enum]
    for c,p in cases:
        if p is None: return '.'+c
    c,p=cases[0]
    return case_expr(enum,c,p,c,depth+1)
def sample_for(t,name,depth=0):
    t=t.strip()
    if t.endswith('?'): return sample_for(t[:-1],name,depth)
    if t.startswith('[') and t.endswith(']'):
        inner=t[1:-1]
        return '[%s, %s]'%(sample_for(inner,name+'1',depth),sample_for(inner,name+'2',depth))
    if t=='String': return '"‹%s›"'%name
    if t=='Int': counter[0]+=1; return str(counter[0])
    if t=='AnyPhrase': return 'AnyPhrase(ListPhrase.noLines(host: "‹%s›"))'%name
    if t in enums:
        return '%s%s'%(t,simplest(t,depth)) if False else simplest(t,depth)
    raise Exception('unknown placeholder type '+t)
out=[]
samples={enum:[case_expr(enum,c,p,c) for c,p in enums[enum]] for enum,f in order}
for enum,f in order:
    cases=samples[enum]
    variants=[v for c,p in enums[enum] for v in variants_of(enum,c,p)]
    listed=lambda items: ('[\n%s\n    ]'%'\n'.join('        %s,'%c for c in items)) if items else '[]'
    out.append('extension %s: SampledPhrase {\n    static let samples: [%s] = %s\n\n    static let variants: [%s] = %s\n}\n'
               %(enum,enum,listed(cases),enum,listed(variants)))
hdr='''import Words

/// Every key of an area once, with sentinel placeholders (strings like `‹host›`, numbers from 900001), so the
/// catalogue tests can check that each language's words carry every placeholder. Generated from the Phrases/
/// files (a case a line there, or `case a, b` for cases without values) by
/// Tests/WordsTests/Support/generate-samples.py.
protocol SampledPhrase: Phrase {
    static var samples: [Self] { get }
    /// The keys again with the values where words branch (absent optionals, 0 and 1, empty texts), for the checks
    /// of templates and their variants; the samples above stay the ones whose placeholders all show.
    static var variants: [Self] { get }
}

/// The areas of the catalogue, each with the file under Sources/Words/Phrases that declares its keys. An area
/// missing here fails `everyAreaIsSampled`.
let sampledAreas: [(type: any SampledPhrase.Type, file: String)] = [
%s
]

'''%('\n'.join('    (%s.self, "%s"),'%(e,f) for e,f in order))
open(os.path.join(root,'Tests/WordsTests/Support/PhraseSamples.swift'),'w').write(hdr+'\n'.join(out))
