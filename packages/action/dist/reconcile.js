import { createRequire as __genspendCreateRequire } from 'node:module'; const require = __genspendCreateRequire(import.meta.url);
var pw=Object.create;var Mc=Object.defineProperty;var fw=Object.getOwnPropertyDescriptor;var mw=Object.getOwnPropertyNames;var hw=Object.getPrototypeOf,gw=Object.prototype.hasOwnProperty;var fn=(e,t)=>()=>{try{return t||e((t={exports:{}}).exports,t),t.exports}catch(r){throw t=0,r}},er=(e,t)=>{for(var r in t)Mc(e,r,{get:t[r],enumerable:!0})},bw=(e,t,r,n)=>{if(t&&typeof t=="object"||typeof t=="function")for(let i of mw(t))!gw.call(e,i)&&i!==r&&Mc(e,i,{get:()=>t[i],enumerable:!(n=fw(t,i))||n.enumerable});return e};var yw=(e,t,r)=>(r=e!=null?pw(hw(e)):{},bw(t||!e||!e.__esModule?Mc(r,"default",{value:e,enumerable:!0}):r,e));var Oo=fn((wF,Mv)=>{"use strict";var Nv="[^\\\\/]",EE="(?=.)",Fv="[^/]",ag="(?:\\/|$)",Lv="(?:^|\\/)",cg=`\\.{1,2}${ag}`,IE="(?!\\.)",TE=`(?!${Lv}${cg})`,OE=`(?!\\.{0,1}${ag})`,CE=`(?!${cg})`,DE="[^.\\/]",NE=`${Fv}*?`,FE="/",zv={DOT_LITERAL:"\\.",PLUS_LITERAL:"\\+",QMARK_LITERAL:"\\?",SLASH_LITERAL:"\\/",ONE_CHAR:EE,QMARK:Fv,END_ANCHOR:ag,DOTS_SLASH:cg,NO_DOT:IE,NO_DOTS:TE,NO_DOT_SLASH:OE,NO_DOTS_SLASH:CE,QMARK_NO_DOT:DE,STAR:NE,START_ANCHOR:Lv,SEP:FE},LE={...zv,SLASH_LITERAL:"[\\\\/]",QMARK:Nv,STAR:`${Nv}*?`,DOTS_SLASH:"\\.{1,2}(?:[\\\\/]|$)",NO_DOT:"(?!\\.)",NO_DOTS:"(?!(?:^|[\\\\/])\\.{1,2}(?:[\\\\/]|$))",NO_DOT_SLASH:"(?!\\.{0,1}(?:[\\\\/]|$))",NO_DOTS_SLASH:"(?!\\.{1,2}(?:[\\\\/]|$))",QMARK_NO_DOT:"[^.\\\\/]",START_ANCHOR:"(?:^|[\\\\/])",END_ANCHOR:"(?:[\\\\/]|$)",SEP:"\\"},zE={__proto__:null,alnum:"a-zA-Z0-9",alpha:"a-zA-Z",ascii:"\\x00-\\x7F",blank:" \\t",cntrl:"\\x00-\\x1F\\x7F",digit:"0-9",graph:"\\x21-\\x7E",lower:"a-z",print:"\\x20-\\x7E ",punct:"\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",space:" \\t\\r\\n\\v\\f",upper:"A-Z",word:"A-Za-z0-9_",xdigit:"A-Fa-f0-9"};Mv.exports={DEFAULT_MAX_EXTGLOB_RECURSION:0,MAX_LENGTH:1024*64,POSIX_REGEX_SOURCE:zE,REGEX_BACKSLASH:/\\(?![*+?^${}(|)[\]])/g,REGEX_NON_SPECIAL_CHARS:/^[^@![\].,$*+?^{}()|\\/]+/,REGEX_SPECIAL_CHARS:/[-*+?.^${}(|)[\]]/,REGEX_SPECIAL_CHARS_BACKREF:/(\\?)((\W)(\3*))/g,REGEX_SPECIAL_CHARS_GLOBAL:/([-*+?.^${}(|)[\]])/g,REGEX_REMOVE_BACKSLASH:/(?:\[.*?[^\\]\]|\\(?=.))/g,REPLACEMENTS:{__proto__:null,"***":"*","**/**":"**","**/**/**":"**"},CHAR_0:48,CHAR_9:57,CHAR_UPPERCASE_A:65,CHAR_LOWERCASE_A:97,CHAR_UPPERCASE_Z:90,CHAR_LOWERCASE_Z:122,CHAR_LEFT_PARENTHESES:40,CHAR_RIGHT_PARENTHESES:41,CHAR_ASTERISK:42,CHAR_AMPERSAND:38,CHAR_AT:64,CHAR_BACKWARD_SLASH:92,CHAR_CARRIAGE_RETURN:13,CHAR_CIRCUMFLEX_ACCENT:94,CHAR_COLON:58,CHAR_COMMA:44,CHAR_DOT:46,CHAR_DOUBLE_QUOTE:34,CHAR_EQUAL:61,CHAR_EXCLAMATION_MARK:33,CHAR_FORM_FEED:12,CHAR_FORWARD_SLASH:47,CHAR_GRAVE_ACCENT:96,CHAR_HASH:35,CHAR_HYPHEN_MINUS:45,CHAR_LEFT_ANGLE_BRACKET:60,CHAR_LEFT_CURLY_BRACE:123,CHAR_LEFT_SQUARE_BRACKET:91,CHAR_LINE_FEED:10,CHAR_NO_BREAK_SPACE:160,CHAR_PERCENT:37,CHAR_PLUS:43,CHAR_QUESTION_MARK:63,CHAR_RIGHT_ANGLE_BRACKET:62,CHAR_RIGHT_CURLY_BRACE:125,CHAR_RIGHT_SQUARE_BRACKET:93,CHAR_SEMICOLON:59,CHAR_SINGLE_QUOTE:39,CHAR_SPACE:32,CHAR_TAB:9,CHAR_UNDERSCORE:95,CHAR_VERTICAL_LINE:124,CHAR_ZERO_WIDTH_NOBREAK_SPACE:65279,extglobChars(e){return{"!":{type:"negate",open:"(?:(?!(?:",close:`))${e.STAR})`},"?":{type:"qmark",open:"(?:",close:")?"},"+":{type:"plus",open:"(?:",close:")+"},"*":{type:"star",open:"(?:",close:")*"},"@":{type:"at",open:"(?:",close:")"}}},globChars(e){return e===!0?LE:zv}}});var Co=fn(_t=>{"use strict";var{REGEX_BACKSLASH:ME,REGEX_REMOVE_BACKSLASH:UE,REGEX_SPECIAL_CHARS:qE,REGEX_SPECIAL_CHARS_GLOBAL:jE}=Oo();_t.isObject=e=>e!==null&&typeof e=="object"&&!Array.isArray(e);_t.hasRegexChars=e=>qE.test(e);_t.isRegexChar=e=>e.length===1&&_t.hasRegexChars(e);_t.escapeRegex=e=>e.replace(jE,"\\$1");_t.toPosixSlashes=e=>e.replace(ME,"/");_t.isWindows=()=>{if(typeof navigator<"u"&&navigator.platform){let e=navigator.platform.toLowerCase();return e==="win32"||e==="windows"}return typeof process<"u"&&process.platform?process.platform==="win32":!1};_t.removeBackslashes=e=>e.replace(UE,t=>t==="\\"?"":t);_t.escapeLast=(e,t,r)=>{let n=e.lastIndexOf(t,r);return n===-1?e:e[n-1]==="\\"?_t.escapeLast(e,t,n-1):`${e.slice(0,n)}\\${e.slice(n)}`};_t.removePrefix=(e,t={})=>{let r=e;return r.startsWith("./")&&(r=r.slice(2),t.prefix="./"),r};_t.wrapOutput=(e,t={},r={})=>{let n=r.contains?"":"^",i=r.contains?"":"$",o=`${n}(?:${e})${i}`;return t.negated===!0&&(o=`(?:^(?!${o}).*$)`),o};_t.basename=(e,{windows:t}={})=>{let r=e.split(t?/[\\/]/:"/"),n=r[r.length-1];return n===""?r[r.length-2]:n}});var Kv=fn((kF,Gv)=>{"use strict";var Uv=Co(),{CHAR_ASTERISK:ug,CHAR_AT:ZE,CHAR_BACKWARD_SLASH:pi,CHAR_COMMA:BE,CHAR_DOT:lg,CHAR_EXCLAMATION_MARK:dg,CHAR_FORWARD_SLASH:Vv,CHAR_LEFT_CURLY_BRACE:pg,CHAR_LEFT_PARENTHESES:Cc,CHAR_LEFT_SQUARE_BRACKET:VE,CHAR_PLUS:GE,CHAR_QUESTION_MARK:qv,CHAR_RIGHT_CURLY_BRACE:KE,CHAR_RIGHT_PARENTHESES:jv,CHAR_RIGHT_SQUARE_BRACKET:HE}=Oo(),Zv=e=>e===Vv||e===pi,Bv=e=>{e.isPrefix!==!0&&(e.depth=e.isGlobstar?1/0:1)},WE=(e,t)=>{let r=t||{},n=e.length-1,i=r.parts===!0||r.tokens===!0||r.scanToEnd===!0,o=[],s=[],a=[],u=e,c=-1,l=0,p=0,f=!1,h=!1,y=!1,g=!1,v=!1,$=!1,w=!1,k=!1,N=!1,M=!1,V=0,ee,W,J={value:"",depth:0,isGlob:!1},E=()=>c>=n,me=()=>u.charCodeAt(c+1),ve=()=>(ee=W,u.charCodeAt(++c));for(;c<n;){W=ve();let K;if(W===pi){w=J.backslashes=!0,W=ve(),W===pg&&($=!0);continue}if($===!0||W===pg){for(V++;E()!==!0&&(W=ve());){if(W===pi){w=J.backslashes=!0,ve();continue}if(W===pg){V++;continue}if($!==!0&&W===lg&&(W=ve())===lg){if(f=J.isBrace=!0,y=J.isGlob=!0,M=!0,i===!0)continue;break}if($!==!0&&W===BE){if(f=J.isBrace=!0,y=J.isGlob=!0,M=!0,i===!0)continue;break}if(W===KE&&(V--,V===0)){$=!1,f=J.isBrace=!0,M=!0;break}}if(i===!0)continue;break}if(W===Vv){if(o.push(c),s.push(J),J={value:"",depth:0,isGlob:!1},M===!0)continue;if(ee===lg&&c===l+1){l+=2;continue}p=c+1;continue}if(r.noext!==!0&&(W===GE||W===ZE||W===ug||W===qv||W===dg)===!0&&me()===Cc){if(y=J.isGlob=!0,g=J.isExtglob=!0,M=!0,W===dg&&c===l&&(N=!0),i===!0){let Ce=0;for(;E()!==!0&&(W=ve());){if(W===pi){w=J.backslashes=!0,ve();continue}if(W===Cc){Ce++;continue}if(W===jv&&--Ce===0){M=!0;break}}continue}break}if(W===ug){if(ee===ug&&(v=J.isGlobstar=!0),y=J.isGlob=!0,M=!0,i===!0)continue;break}if(W===qv){if(y=J.isGlob=!0,M=!0,i===!0)continue;break}if(W===VE){for(;E()!==!0&&(K=ve());){if(K===pi){w=J.backslashes=!0,ve();continue}if(K===HE){h=J.isBracket=!0,y=J.isGlob=!0,M=!0;break}}if(i===!0)continue;break}if(r.nonegate!==!0&&W===dg&&c===l){k=J.negated=!0,l++;continue}if(r.noparen!==!0&&W===Cc){if(y=J.isGlob=!0,i===!0){let pe=1;for(;E()!==!0&&(W=ve());){if(W===pi){w=J.backslashes=!0,ve();continue}if(W===Cc){pe++;continue}if(W===jv&&--pe===0){M=!0;break}}continue}break}if(y===!0){if(M=!0,i===!0)continue;break}}r.noext===!0&&(g=!1,y=!1);let we=u,S="",R="";l>0&&(S=u.slice(0,l),u=u.slice(l),p-=l),we&&y===!0&&p>0?(we=u.slice(0,p),R=u.slice(p)):y===!0?(we="",R=u):we=u,we&&we!==""&&we!=="/"&&we!==u&&Zv(we.charCodeAt(we.length-1))&&(we=we.slice(0,-1)),r.unescape===!0&&(R&&(R=Uv.removeBackslashes(R)),we&&w===!0&&(we=Uv.removeBackslashes(we)));let C={prefix:S,input:e,start:l,base:we,glob:R,isBrace:f,isBracket:h,isGlob:y,isExtglob:g,isGlobstar:v,negated:k,negatedExtglob:N};if(r.tokens===!0&&(C.maxDepth=0,Zv(W)||s.push(J),C.tokens=s),r.parts===!0||r.tokens===!0){let K;for(let xe=0;xe<o.length;xe++){let rt=K!==void 0?K+1:l,pt=o[xe],ft=e.slice(rt,pt);r.tokens&&(xe===0&&l!==0?(s[xe].isPrefix=!0,s[xe].value=S):s[xe].value=ft,Bv(s[xe]),C.maxDepth+=s[xe].depth),pt>=l&&(a.push(ft),K=pt)}let pe=K!==void 0?K+1:l,Ce=e.slice(pe);a.push(Ce),r.tokens&&K&&K+1<e.length&&(s[s.length-1].value=Ce,Bv(s[s.length-1]),C.maxDepth+=s[s.length-1].depth),C.slashes=o,C.parts=a}return C};Gv.exports=WE});var Jv=fn(($F,Xv)=>{"use strict";var Do=Oo(),It=Co(),{MAX_LENGTH:Dc,POSIX_REGEX_SOURCE:XE,REGEX_NON_SPECIAL_CHARS:JE,REGEX_SPECIAL_CHARS_BACKREF:YE,REPLACEMENTS:Hv}=Do,QE=(e,t)=>{if(typeof t.expandRange=="function")return t.expandRange(...e,t);e.sort();let r=`[${e.join("-")}]`;try{new RegExp(r)}catch{return e.map(i=>It.escapeRegex(i)).join("..")}return r},fi=(e,t)=>`Missing ${e}: "${t}" - use "\\\\${t}" to match literal characters`,Wv=e=>{let t=[],r=0,n=0,i=0,o="",s=!1;for(let a of e){if(s===!0){o+=a,s=!1;continue}if(a==="\\"){o+=a,s=!0;continue}if(a==='"'){i=i===1?0:1,o+=a;continue}if(i===0){if(a==="[")r++;else if(a==="]"&&r>0)r--;else if(r===0){if(a==="(")n++;else if(a===")"&&n>0)n--;else if(a==="|"&&n===0){t.push(o),o="";continue}}}o+=a}return t.push(o),t},eI=e=>{let t=!1;for(let r of e){if(t===!0){t=!1;continue}if(r==="\\"){t=!0;continue}if(/[?*+@!()[\]{}]/.test(r))return!1}return!0},mg=e=>{let t=e.trim(),r=!0;for(;r===!0;)r=!1,/^@\([^\\()[\]{}|]+\)$/.test(t)&&(t=t.slice(2,-1),r=!0);if(eI(t))return t.replace(/\\(.)/g,"$1")},tI=e=>{let t=e.map(mg).filter(Boolean);for(let r=0;r<t.length;r++)for(let n=r+1;n<t.length;n++){let i=t[r],o=t[n],s=i[0];if(!(!s||i!==s.repeat(i.length)||o!==s.repeat(o.length))&&(i===o||i.startsWith(o)||o.startsWith(i)))return!0}return!1},fg=(e,t=!0)=>{if(e[0]!=="+"&&e[0]!=="*"||e[1]!=="(")return;let r=0,n=0,i=0,o=!1;for(let s=1;s<e.length;s++){let a=e[s];if(o===!0){o=!1;continue}if(a==="\\"){o=!0;continue}if(a==='"'){i=i===1?0:1;continue}if(i!==1){if(a==="["){r++;continue}if(a==="]"&&r>0){r--;continue}if(!(r>0)){if(a==="("){n++;continue}if(a===")"&&(n--,n===0))return t===!0&&s!==e.length-1?void 0:{type:e[0],body:e.slice(2,s),end:s}}}}},rI=e=>`${e.length===1?It.escapeRegex(e[0]):`[${e.map(r=>It.escapeRegex(r)).join("")}]`}*`,nI=e=>{let t=0,r=[];for(;t<e.length;){let n=fg(e.slice(t),!1);if(!n||n.type!=="*")return;let i=Wv(n.body).map(s=>s.trim());if(i.length!==1)return;let o=mg(i[0]);if(!o||o.length!==1)return;r.push(o),t+=n.end+1}if(!(r.length<1))return r},iI=e=>{let t=0,r=e.trim(),n=fg(r);for(;n;)t++,r=n.body.trim(),n=fg(r);return t},oI=(e,t)=>{if(t.maxExtglobRecursion===!1)return{risky:!1};let r=typeof t.maxExtglobRecursion=="number"?t.maxExtglobRecursion:Do.DEFAULT_MAX_EXTGLOB_RECURSION,n=Wv(e).map(a=>a.trim());if(n.length>1&&(n.some(a=>a==="")||n.some(a=>/^[*?]+$/.test(a))||tI(n)))return{risky:!0};let i=[],o=!1,s=!0;for(let a of n){let u=nI(a);if(u){o=!0,i.push(...u);continue}let c=mg(a);if(c&&c.length===1){i.push(c);continue}if(s=!1,iI(a)>r)return{risky:!0}}return o?s?{risky:!0,safeOutput:rI([...new Set(i)])}:{risky:!0}:{risky:!1}},hg=(e,t)=>{if(typeof e!="string")throw new TypeError("Expected a string");e=Hv[e]||e;let r={...t},n=typeof r.maxLength=="number"?Math.min(Dc,r.maxLength):Dc,i=e.length;if(i>n)throw new SyntaxError(`Input length: ${i}, exceeds maximum allowed length: ${n}`);let o={type:"bos",value:"",output:r.prepend||""},s=[o],a=r.capture?"":"?:",u=Do.globChars(r.windows),c=Do.extglobChars(u),{DOT_LITERAL:l,PLUS_LITERAL:p,SLASH_LITERAL:f,ONE_CHAR:h,DOTS_SLASH:y,NO_DOT:g,NO_DOT_SLASH:v,NO_DOTS_SLASH:$,QMARK:w,QMARK_NO_DOT:k,STAR:N,START_ANCHOR:M}=u,V=Z=>`(${a}(?:(?!${M}${Z.dot?y:l}).)*?)`,ee=r.dot?"":g,W=r.dot?w:k,J=r.bash===!0?V(r):N;r.capture&&(J=`(${J})`),typeof r.noext=="boolean"&&(r.noextglob=r.noext);let E={input:e,index:-1,start:0,dot:r.dot===!0,consumed:"",output:"",prefix:"",backtrack:!1,negated:!1,brackets:0,braces:0,parens:0,quotes:0,globstar:!1,tokens:s};e=It.removePrefix(e,E),i=e.length;let me=[],ve=[],we=[],S=o,R,C=()=>E.index===i-1,K=E.peek=(Z=1)=>e[E.index+Z],pe=E.advance=()=>e[++E.index]||"",Ce=()=>e.slice(E.index+1),xe=(Z="",Ae=0)=>{E.consumed+=Z,E.index+=Ae},rt=Z=>{E.output+=Z.output!=null?Z.output:Z.value,xe(Z.value)},pt=()=>{let Z=1;for(;K()==="!"&&(K(2)!=="("||K(3)==="?");)pe(),E.start++,Z++;return Z%2===0?!1:(E.negated=!0,E.start++,!0)},ft=Z=>{E[Z]++,we.push(Z)},At=Z=>{E[Z]--,we.pop()},re=Z=>{if(S.type==="globstar"){let Ae=E.braces>0&&(Z.type==="comma"||Z.type==="brace"),z=Z.extglob===!0||me.length&&(Z.type==="pipe"||Z.type==="paren");Z.type!=="slash"&&Z.type!=="paren"&&!Ae&&!z&&(E.output=E.output.slice(0,-S.output.length),S.type="star",S.value="*",S.output=J,E.output+=S.output)}if(me.length&&Z.type!=="paren"&&(me[me.length-1].inner+=Z.value),(Z.value||Z.output)&&rt(Z),S&&S.type==="text"&&Z.type==="text"){S.output=(S.output||S.value)+Z.value,S.value+=Z.value;return}Z.prev=S,s.push(Z),S=Z},St=(Z,Ae)=>{let z={...c[Ae],conditions:1,inner:""};z.prev=S,z.parens=E.parens,z.output=E.output,z.startIndex=E.index,z.tokensIndex=s.length;let ae=(r.capture?"(":"")+z.open;ft("parens"),re({type:Z,value:Ae,output:E.output?"":h}),re({type:"paren",extglob:!0,value:pe(),output:ae}),me.push(z)},Mr=Z=>{let Ae=e.slice(Z.startIndex,E.index+1),z=e.slice(Z.startIndex+2,E.index),ae=oI(z,r);if((Z.type==="plus"||Z.type==="star")&&ae.risky){let $e=ae.safeOutput?(Z.output?"":h)+(r.capture?`(${ae.safeOutput})`:ae.safeOutput):void 0,nt=s[Z.tokensIndex];nt.type="text",nt.value=Ae,nt.output=$e||It.escapeRegex(Ae);for(let Tt=Z.tokensIndex+1;Tt<s.length;Tt++)s[Tt].value="",s[Tt].output="",delete s[Tt].suffix;E.output=Z.output+nt.output,E.backtrack=!0,re({type:"paren",extglob:!0,value:R,output:""}),At("parens");return}let ke=Z.close+(r.capture?")":""),De;if(Z.type==="negate"){let $e=J;if(Z.inner&&Z.inner.length>1&&Z.inner.includes("/")&&($e=V(r)),($e!==J||C()||/^\)+$/.test(Ce()))&&(ke=Z.close=`)$))${$e}`),Z.inner.includes("*")&&(De=Ce())&&/^\.[^\\/.]+$/.test(De)){let nt=hg(De,{...t,fastpaths:!1}).output;ke=Z.close=`)${nt})${$e})`}Z.prev.type==="bos"&&(E.negatedExtglob=!0)}re({type:"paren",extglob:!0,value:R,output:ke}),At("parens")};if(r.fastpaths!==!1&&!/(^[*!]|[/()[\]{}"])/.test(e)){let Z=!1,Ae=e.replace(YE,(z,ae,ke,De,$e,nt)=>De==="\\"?(Z=!0,z):De==="?"?ae?ae+De+($e?w.repeat($e.length):""):nt===0?W+($e?w.repeat($e.length):""):w.repeat(ke.length):De==="."?l.repeat(ke.length):De==="*"?ae?ae+De+($e?J:""):J:ae?z:`\\${z}`);return Z===!0&&(r.unescape===!0?Ae=Ae.replace(/\\/g,""):Ae=Ae.replace(/\\+/g,z=>z.length%2===0?"\\\\":z?"\\":"")),Ae===e&&r.contains===!0?(E.output=e,E):(E.output=It.wrapOutput(Ae,E,t),E)}for(;!C();){if(R=pe(),R==="\0")continue;if(R==="\\"){let z=K();if(z==="/"&&r.bash!==!0||z==="."||z===";")continue;if(!z){R+="\\",re({type:"text",value:R});continue}let ae=/^\\+/.exec(Ce()),ke=0;if(ae&&ae[0].length>2&&(ke=ae[0].length,E.index+=ke,ke%2!==0&&(R+="\\")),r.unescape===!0?R=pe():R+=pe(),E.brackets===0){re({type:"text",value:R});continue}}if(E.brackets>0&&(R!=="]"||S.value==="["||S.value==="[^")){if(r.posix!==!1&&R===":"){let z=S.value.slice(1);if(z.includes("[")&&(S.posix=!0,z.includes(":"))){let ae=S.value.lastIndexOf("["),ke=S.value.slice(0,ae),De=S.value.slice(ae+2),$e=XE[De];if($e){S.value=ke+$e,E.backtrack=!0,pe(),!o.output&&s.indexOf(S)===1&&(o.output=h);continue}}}(R==="["&&K()!==":"||R==="-"&&K()==="]")&&(R=`\\${R}`),R==="]"&&(S.value==="["||S.value==="[^")&&(R=`\\${R}`),r.posix===!0&&R==="!"&&S.value==="["&&(R="^"),S.value+=R,rt({value:R});continue}if(E.quotes===1&&R!=='"'){R=It.escapeRegex(R),S.value+=R,rt({value:R});continue}if(R==='"'){E.quotes=E.quotes===1?0:1,r.keepQuotes===!0&&re({type:"text",value:R});continue}if(R==="("){ft("parens"),re({type:"paren",value:R});continue}if(R===")"){if(E.parens===0&&r.strictBrackets===!0)throw new SyntaxError(fi("opening","("));let z=me[me.length-1];if(z&&E.parens===z.parens+1){Mr(me.pop());continue}re({type:"paren",value:R,output:E.parens?")":"\\)"}),At("parens");continue}if(R==="["){if(r.nobracket===!0||!Ce().includes("]")){if(r.nobracket!==!0&&r.strictBrackets===!0)throw new SyntaxError(fi("closing","]"));R=`\\${R}`}else ft("brackets");re({type:"bracket",value:R});continue}if(R==="]"){if(r.nobracket===!0||S&&S.type==="bracket"&&S.value.length===1){re({type:"text",value:R,output:`\\${R}`});continue}if(E.brackets===0){if(r.strictBrackets===!0)throw new SyntaxError(fi("opening","["));re({type:"text",value:R,output:`\\${R}`});continue}At("brackets");let z=S.value.slice(1);if(S.posix!==!0&&z[0]==="^"&&!z.includes("/")&&(R=`/${R}`),S.value+=R,rt({value:R}),r.literalBrackets===!1||It.hasRegexChars(z))continue;let ae=It.escapeRegex(S.value);if(E.output=E.output.slice(0,-S.value.length),r.literalBrackets===!0){E.output+=ae,S.value=ae;continue}S.value=`(${a}${ae}|${S.value})`,E.output+=S.value;continue}if(R==="{"&&r.nobrace!==!0){ft("braces");let z={type:"brace",value:R,output:"(",outputIndex:E.output.length,tokensIndex:E.tokens.length};ve.push(z),re(z);continue}if(R==="}"){let z=ve[ve.length-1];if(r.nobrace===!0||!z){re({type:"text",value:R,output:R});continue}let ae=")";if(z.dots===!0){let ke=s.slice(),De=[];for(let $e=ke.length-1;$e>=0&&(s.pop(),ke[$e].type!=="brace");$e--)ke[$e].type!=="dots"&&De.unshift(ke[$e].value);ae=QE(De,r),E.backtrack=!0}if(z.comma!==!0&&z.dots!==!0){let ke=E.output.slice(0,z.outputIndex),De=E.tokens.slice(z.tokensIndex);z.value=z.output="\\{",R=ae="\\}",E.output=ke;for(let $e of De)E.output+=$e.output||$e.value}re({type:"brace",value:R,output:ae}),At("braces"),ve.pop();continue}if(R==="|"){me.length>0&&me[me.length-1].conditions++,re({type:"text",value:R});continue}if(R===","){let z=R,ae=ve[ve.length-1];ae&&we[we.length-1]==="braces"&&(ae.comma=!0,z="|"),re({type:"comma",value:R,output:z});continue}if(R==="/"){if(S.type==="dot"&&E.index===E.start+1){E.start=E.index+1,E.consumed="",E.output="",s.pop(),S=o;continue}re({type:"slash",value:R,output:f});continue}if(R==="."){if(E.braces>0&&S.type==="dot"){S.value==="."&&(S.output=l);let z=ve[ve.length-1];S.type="dots",S.output+=R,S.value+=R,z.dots=!0;continue}if(E.braces+E.parens===0&&S.type!=="bos"&&S.type!=="slash"){re({type:"text",value:R,output:l});continue}re({type:"dot",value:R,output:l});continue}if(R==="?"){if(!(S&&S.value==="(")&&r.noextglob!==!0&&K()==="("&&K(2)!=="?"){St("qmark",R);continue}if(S&&S.type==="paren"){let ae=K(),ke=R;(S.value==="("&&!/[!=<:]/.test(ae)||ae==="<"&&!/<([!=]|\w+>)/.test(Ce()))&&(ke=`\\${R}`),re({type:"text",value:R,output:ke});continue}if(r.dot!==!0&&(S.type==="slash"||S.type==="bos")){re({type:"qmark",value:R,output:k});continue}re({type:"qmark",value:R,output:w});continue}if(R==="!"){if(r.noextglob!==!0&&K()==="("&&(K(2)!=="?"||!/[!=<:]/.test(K(3)))){St("negate",R);continue}if(r.nonegate!==!0&&E.index===0){pt();continue}}if(R==="+"){if(r.noextglob!==!0&&K()==="("&&K(2)!=="?"){St("plus",R);continue}if(S&&S.value==="("||r.regex===!1){re({type:"plus",value:R,output:p});continue}if(S&&(S.type==="bracket"||S.type==="paren"||S.type==="brace")||E.parens>0){re({type:"plus",value:R});continue}re({type:"plus",value:p});continue}if(R==="@"){if(r.noextglob!==!0&&K()==="("&&K(2)!=="?"){re({type:"at",extglob:!0,value:R,output:""});continue}re({type:"text",value:R});continue}if(R!=="*"){(R==="$"||R==="^")&&(R=`\\${R}`);let z=JE.exec(Ce());z&&(R+=z[0],E.index+=z[0].length),re({type:"text",value:R});continue}if(S&&(S.type==="globstar"||S.star===!0)){S.type="star",S.star=!0,S.value+=R,S.output=J,E.backtrack=!0,E.globstar=!0,xe(R);continue}let Z=Ce();if(r.noextglob!==!0&&/^\([^?]/.test(Z)){St("star",R);continue}if(S.type==="star"){if(r.noglobstar===!0){xe(R);continue}let z=S.prev,ae=z.prev,ke=z.type==="slash"||z.type==="bos",De=ae&&(ae.type==="star"||ae.type==="globstar");if(r.bash===!0&&(!ke||Z[0]&&Z[0]!=="/")){re({type:"star",value:R,output:""});continue}let $e=E.braces>0&&(z.type==="comma"||z.type==="brace"),nt=me.length&&(z.type==="pipe"||z.type==="paren");if(!ke&&z.type!=="paren"&&!$e&&!nt){re({type:"star",value:R,output:""});continue}for(;Z.slice(0,3)==="/**";){let it=e[E.index+4];if(it&&it!=="/")break;Z=Z.slice(3),xe("/**",3)}let Tt=C()||E.parens>0&&Z===")".repeat(E.parens)&&!me.some(it=>it.type==="negate");if(z.type==="bos"&&C()){S.type="globstar",S.value+=R,S.output=V(r),E.output=S.output,E.globstar=!0,xe(R);continue}if(z.type==="slash"&&z.prev.type!=="bos"&&!De&&Tt){E.output=E.output.slice(0,-(z.output+S.output).length),z.output=`(?:${z.output}`,S.type="globstar",S.output=V(r)+(r.strictSlashes?")":"|$)"),S.value+=R,E.globstar=!0,E.output+=z.output+S.output,xe(R);continue}if(z.type==="slash"&&z.prev.type!=="bos"&&Z[0]==="/"){let it=Z[1]!==void 0?"|$":"";E.output=E.output.slice(0,-(z.output+S.output).length),z.output=`(?:${z.output}`,S.type="globstar",S.output=`${V(r)}${f}|${f}${it})`,S.value+=R,E.output+=z.output+S.output,E.globstar=!0,xe(R+pe()),re({type:"slash",value:"/",output:""});continue}if(z.type==="bos"&&Z[0]==="/"){S.type="globstar",S.value+=R,S.output=`(?:^|${f}|${V(r)}${f})`,E.output=S.output,E.globstar=!0,xe(R+pe()),re({type:"slash",value:"/",output:""});continue}E.output=E.output.slice(0,-S.output.length),S.type="globstar",S.output=V(r),S.value+=R,E.output+=S.output,E.globstar=!0,xe(R);continue}let Ae={type:"star",value:R,output:J};if(r.bash===!0){Ae.output=".*?",(S.type==="bos"||S.type==="slash")&&(Ae.output=ee+Ae.output),re(Ae);continue}if(S&&(S.type==="bracket"||S.type==="paren")&&r.regex===!0){Ae.output=R,re(Ae);continue}(E.index===E.start||S.type==="slash"||S.type==="dot")&&(S.type==="dot"?(E.output+=v,S.output+=v):r.dot===!0?(E.output+=$,S.output+=$):(E.output+=ee,S.output+=ee),K()!=="*"&&(E.output+=h,S.output+=h)),re(Ae)}for(;E.brackets>0;){if(r.strictBrackets===!0)throw new SyntaxError(fi("closing","]"));E.output=It.escapeLast(E.output,"["),At("brackets")}for(;E.parens>0;){if(r.strictBrackets===!0)throw new SyntaxError(fi("closing",")"));E.output=It.escapeLast(E.output,"("),At("parens")}for(;E.braces>0;){if(r.strictBrackets===!0)throw new SyntaxError(fi("closing","}"));E.output=It.escapeLast(E.output,"{"),At("braces")}if(r.strictSlashes!==!0&&(S.type==="star"||S.type==="bracket")&&re({type:"maybe_slash",value:"",output:`${f}?`}),E.backtrack===!0){E.output="";for(let Z of E.tokens)E.output+=Z.output!=null?Z.output:Z.value,Z.suffix&&(E.output+=Z.suffix)}return E};hg.fastpaths=(e,t)=>{let r={...t},n=typeof r.maxLength=="number"?Math.min(Dc,r.maxLength):Dc,i=e.length;if(i>n)throw new SyntaxError(`Input length: ${i}, exceeds maximum allowed length: ${n}`);e=Hv[e]||e;let{DOT_LITERAL:o,SLASH_LITERAL:s,ONE_CHAR:a,DOTS_SLASH:u,NO_DOT:c,NO_DOTS:l,NO_DOTS_SLASH:p,STAR:f,START_ANCHOR:h}=Do.globChars(r.windows),y=r.dot?l:c,g=r.dot?p:c,v=r.capture?"":"?:",$={negated:!1,prefix:""},w=r.bash===!0?".*?":f;r.capture&&(w=`(${w})`);let k=ee=>ee.noglobstar===!0?w:`(${v}(?:(?!${h}${ee.dot?u:o}).)*?)`,N=ee=>{switch(ee){case"*":return`${y}${a}${w}`;case".*":return`${o}${a}${w}`;case"*.*":return`${y}${w}${o}${a}${w}`;case"*/*":return`${y}${w}${s}${a}${g}${w}`;case"**":return y+k(r);case"**/*":return`(?:${y}${k(r)}${s})?${g}${a}${w}`;case"**/*.*":return`(?:${y}${k(r)}${s})?${g}${w}${o}${a}${w}`;case"**/.*":return`(?:${y}${k(r)}${s})?${o}${a}${w}`;default:{let W=/^(.*?)\.(\w+)$/.exec(ee);if(!W)return;let J=N(W[1]);return J?J+o+W[2]:void 0}}},M=It.removePrefix(e,$),V=N(M);return V&&r.strictSlashes!==!0&&(V+=`${s}?`),V};Xv.exports=hg});var ew=fn((_F,Qv)=>{"use strict";var sI=Kv(),gg=Jv(),Yv=Co(),aI=Oo(),cI=e=>e&&typeof e=="object"&&!Array.isArray(e),ze=(e,t,r=!1)=>{if(Array.isArray(e)){let l=e.map(f=>ze(f,t,r));return f=>{for(let h of l){let y=h(f);if(y)return y}return!1}}let n=cI(e)&&e.tokens&&e.input;if(e===""||typeof e!="string"&&!n)throw new TypeError("Expected pattern to be a non-empty string");let i=t||{},o=i.windows,s=n?ze.compileRe(e,t):ze.makeRe(e,t,!1,!0),a=s.state;delete s.state;let u=()=>!1;if(i.ignore){let l={...t,ignore:null,onMatch:null,onResult:null};u=ze(i.ignore,l,r)}let c=(l,p=!1)=>{let{isMatch:f,match:h,output:y}=ze.test(l,s,t,{glob:e,posix:o}),g={glob:e,state:a,regex:s,posix:o,input:l,output:y,match:h,isMatch:f};return typeof i.onResult=="function"&&i.onResult(g),f===!1?(g.isMatch=!1,p?g:!1):u(l)?(typeof i.onIgnore=="function"&&i.onIgnore(g),g.isMatch=!1,p?g:!1):(typeof i.onMatch=="function"&&i.onMatch(g),p?g:!0)};return r&&(c.state=a),c};ze.test=(e,t,r,{glob:n,posix:i}={})=>{if(typeof e!="string")throw new TypeError("Expected input to be a string");if(e==="")return{isMatch:!1,output:""};let o=r||{},s=o.format||(i?Yv.toPosixSlashes:null),a=e===n,u=a&&s?s(e):e;return a===!1&&(u=s?s(e):e,a=u===n),(a===!1||o.capture===!0)&&(o.matchBase===!0||o.basename===!0?a=ze.matchBase(e,t,r,i):a=t.exec(u)),{isMatch:!!a,match:a,output:u}};ze.matchBase=(e,t,r,n=r&&r.windows)=>(t instanceof RegExp?t:ze.makeRe(t,r)).test(Yv.basename(e,{windows:n}));ze.isMatch=(e,t,r)=>ze(t,r)(e);ze.parse=(e,t)=>Array.isArray(e)?e.map(r=>ze.parse(r,t)):gg(e,{...t,fastpaths:!1});ze.scan=(e,t)=>sI(e,t);ze.compileRe=(e,t,r=!1,n=!1)=>{if(r===!0)return e.output;let i=t||{},o=i.contains?"":"^",s=i.contains?"":"$",a=`${o}(?:${e.output})${s}`;e&&e.negated===!0&&(a=`^(?!${a}).*$`);let u=ze.toRegex(a,t);return n===!0&&(u.state=e),u};ze.makeRe=(e,t={},r=!1,n=!1)=>{if(!e||typeof e!="string")throw new TypeError("Expected a non-empty string");let i={negated:!1,fastpaths:!0};return t.fastpaths!==!1&&(e[0]==="."||e[0]==="*")&&(i.output=gg.fastpaths(e,t)),i.output||(i=gg(e,t)),ze.compileRe(i,t,r,n)};ze.toRegex=(e,t)=>{try{let r=t||{};return new RegExp(e,r.flags||(r.nocase?"i":""))}catch(r){if(t&&t.debug===!0)throw r;return/$^/}};ze.constants=aI;Qv.exports=ze});var iw=fn((AF,nw)=>{"use strict";var tw=ew(),uI=Co();function rw(e,t,r=!1){return t&&(t.windows===null||t.windows===void 0)&&(t={...t,windows:uI.isWindows()}),tw(e,t,r)}Object.assign(rw,tw);nw.exports=rw});import{mkdtempSync as wI,writeFileSync as xI}from"node:fs";import{tmpdir as kI}from"node:os";import{join as dw,resolve as $I}from"node:path";import{setTimeout as _I}from"node:timers/promises";var mn=9e15,br=1e9,Uc="0123456789abcdef",jo="2.3025850929940456840179914546843642076011014886287729760333279009675726096773524802359972050895982983419677840422862486334095254650828067566662873690987816894829072083255546808437998948262331985283935053089653777326288461633662222876982198867465436674744042432743651550489343149393914796194044002221051017141748003688084012647080685567743216228355220114804663715659121373450747856947683463616792101806445070648000277502684916746550586856935673420670581136429224554405758925724208241314695689016758940256776311356919292033376587141660230105703089634572075440370847469940168269282808481184289314848524948644871927809676271275775397027668605952496716674183485704422507197965004714951050492214776567636938662976979522110718264549734772662425709429322582798502585509785265383207606726317164309505995087807523710333101197857547331541421808427543863591778117054309827482385045648019095610299291824318237525357709750539565187697510374970888692180205189339507238539205144634197265287286965110862571492198849978748873771345686209167058",Zo="3.1415926535897932384626433832795028841971693993751058209749445923078164062862089986280348253421170679821480865132823066470938446095505822317253594081284811174502841027019385211055596446229489549303819644288109756659334461284756482337867831652712019091456485669234603486104543266482133936072602491412737245870066063155881748815209209628292540917153643678925903600113305305488204665213841469519415116094330572703657595919530921861173819326117931051185480744623799627495673518857527248912279381830119491298336733624406566430860213949463952247371907021798609437027705392171762931767523846748184676694051320005681271452635608277857713427577896091736371787214684409012249534301465495853710507922796892589235420199561121290219608640344181598136297747713099605187072113499999983729780499510597317328160963185950244594553469083026425223082533446850352619311881710100031378387528865875332083814206171776691473035982534904287554687311595628638823537875937519577818577805321712268066130019278766111959092164201989380952572010654858632789",qc={precision:20,rounding:4,modulo:1,toExpNeg:-7,toExpPos:21,minE:-mn,maxE:mn,crypto:!1},$g,tr,ue=!0,Vo="[DecimalError] ",gr=Vo+"Invalid argument: ",_g=Vo+"Precision limit exceeded",Ag=Vo+"crypto unavailable",Sg="[object Decimal]",Qe=Math.floor,Ze=Math.pow,vw=/^0b([01]+(\.[01]*)?|\.[01]+)(p[+-]?\d+)?$/i,ww=/^0x([0-9a-f]+(\.[0-9a-f]*)?|\.[0-9a-f]+)(p[+-]?\d+)?$/i,xw=/^0o([0-7]+(\.[0-7]*)?|\.[0-7]+)(p[+-]?\d+)?$/i,Rg=/^(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i,Ft=1e7,ie=7,kw=9007199254740991,$w=jo.length-1,jc=Zo.length-1,F={toStringTag:Sg};F.absoluteValue=F.abs=function(){var e=new this.constructor(this);return e.s<0&&(e.s=1),Q(e)};F.ceil=function(){return Q(new this.constructor(this),this.e+1,2)};F.clampedTo=F.clamp=function(e,t){var r,n=this,i=n.constructor;if(e=new i(e),t=new i(t),!e.s||!t.s)return new i(NaN);if(e.gt(t))throw Error(gr+t);return r=n.cmp(e),r<0?e:n.cmp(t)>0?t:new i(n)};F.comparedTo=F.cmp=function(e){var t,r,n,i,o=this,s=o.d,a=(e=new o.constructor(e)).d,u=o.s,c=e.s;if(!s||!a)return!u||!c?NaN:u!==c?u:s===a?0:!s^u<0?1:-1;if(!s[0]||!a[0])return s[0]?u:a[0]?-c:0;if(u!==c)return u;if(o.e!==e.e)return o.e>e.e^u<0?1:-1;for(n=s.length,i=a.length,t=0,r=n<i?n:i;t<r;++t)if(s[t]!==a[t])return s[t]>a[t]^u<0?1:-1;return n===i?0:n>i^u<0?1:-1};F.cosine=F.cos=function(){var e,t,r=this,n=r.constructor;return r.d?r.d[0]?(e=n.precision,t=n.rounding,n.precision=e+Math.max(r.e,r.sd())+ie,n.rounding=1,r=_w(n,Og(n,r)),n.precision=e,n.rounding=t,Q(tr==2||tr==3?r.neg():r,e,t,!0)):new n(1):new n(NaN)};F.cubeRoot=F.cbrt=function(){var e,t,r,n,i,o,s,a,u,c,l=this,p=l.constructor;if(!l.isFinite()||l.isZero())return new p(l);for(ue=!1,o=l.s*Ze(l.s*l,1/3),!o||Math.abs(o)==1/0?(r=We(l.d),e=l.e,(o=(e-r.length+1)%3)&&(r+=o==1||o==-2?"0":"00"),o=Ze(r,1/3),e=Qe((e+1)/3)-(e%3==(e<0?-1:2)),o==1/0?r="5e"+e:(r=o.toExponential(),r=r.slice(0,r.indexOf("e")+1)+e),n=new p(r),n.s=l.s):n=new p(o.toString()),s=(e=p.precision)+3;;)if(a=n,u=a.times(a).times(a),c=u.plus(l),n=Oe(c.plus(l).times(a),c.plus(u),s+2,1),We(a.d).slice(0,s)===(r=We(n.d)).slice(0,s))if(r=r.slice(s-3,s+1),r=="9999"||!i&&r=="4999"){if(!i&&(Q(a,e+1,0),a.times(a).times(a).eq(l))){n=a;break}s+=4,i=1}else{(!+r||!+r.slice(1)&&r.charAt(0)=="5")&&(Q(n,e+1,1),t=!n.times(n).times(n).eq(l));break}return ue=!0,Q(n,e,p.rounding,t)};F.decimalPlaces=F.dp=function(){var e,t=this.d,r=NaN;if(t){if(e=t.length-1,r=(e-Qe(this.e/ie))*ie,e=t[e],e)for(;e%10==0;e/=10)r--;r<0&&(r=0)}return r};F.dividedBy=F.div=function(e){return Oe(this,new this.constructor(e))};F.dividedToIntegerBy=F.divToInt=function(e){var t=this,r=t.constructor;return Q(Oe(t,new r(e),0,1,1),r.precision,r.rounding)};F.equals=F.eq=function(e){return this.cmp(e)===0};F.floor=function(){return Q(new this.constructor(this),this.e+1,3)};F.greaterThan=F.gt=function(e){return this.cmp(e)>0};F.greaterThanOrEqualTo=F.gte=function(e){var t=this.cmp(e);return t==1||t===0};F.hyperbolicCosine=F.cosh=function(){var e,t,r,n,i,o=this,s=o.constructor,a=new s(1);if(!o.isFinite())return new s(o.s?1/0:NaN);if(o.isZero())return a;r=s.precision,n=s.rounding,s.precision=r+Math.max(o.e,o.sd())+4,s.rounding=1,i=o.d.length,i<32?(e=Math.ceil(i/3),t=(1/Ko(4,e)).toString()):(e=16,t="2.3283064365386962890625e-10"),o=hn(s,1,o.times(t),new s(1),!0);for(var u,c=e,l=new s(8);c--;)u=o.times(o),o=a.minus(u.times(l.minus(u.times(l))));return Q(o,s.precision=r,s.rounding=n,!0)};F.hyperbolicSine=F.sinh=function(){var e,t,r,n,i=this,o=i.constructor;if(!i.isFinite()||i.isZero())return new o(i);if(t=o.precision,r=o.rounding,o.precision=t+Math.max(i.e,i.sd())+4,o.rounding=1,n=i.d.length,n<3)i=hn(o,2,i,i,!0);else{e=1.4*Math.sqrt(n),e=e>16?16:e|0,i=i.times(1/Ko(5,e)),i=hn(o,2,i,i,!0);for(var s,a=new o(5),u=new o(16),c=new o(20);e--;)s=i.times(i),i=i.times(a.plus(s.times(u.times(s).plus(c))))}return o.precision=t,o.rounding=r,Q(i,t,r,!0)};F.hyperbolicTangent=F.tanh=function(){var e,t,r=this,n=r.constructor;return r.isFinite()?r.isZero()?new n(r):(e=n.precision,t=n.rounding,n.precision=e+7,n.rounding=1,Oe(r.sinh(),r.cosh(),n.precision=e,n.rounding=t)):new n(r.s)};F.inverseCosine=F.acos=function(){var e=this,t=e.constructor,r=e.abs().cmp(1),n=t.precision,i=t.rounding;return r!==-1?r===0?e.isNeg()?Bt(t,n,i):new t(0):new t(NaN):e.isZero()?Bt(t,n+4,i).times(.5):(t.precision=n+6,t.rounding=1,e=new t(1).minus(e).div(e.plus(1)).sqrt().atan(),t.precision=n,t.rounding=i,e.times(2))};F.inverseHyperbolicCosine=F.acosh=function(){var e,t,r=this,n=r.constructor;return r.lte(1)?new n(r.eq(1)?0:NaN):r.isFinite()?(e=n.precision,t=n.rounding,n.precision=e+Math.max(Math.abs(r.e),r.sd())+4,n.rounding=1,ue=!1,r=r.times(r).minus(1).sqrt().plus(r),ue=!0,n.precision=e,n.rounding=t,r.ln()):new n(r)};F.inverseHyperbolicSine=F.asinh=function(){var e,t,r=this,n=r.constructor;return!r.isFinite()||r.isZero()?new n(r):(e=n.precision,t=n.rounding,n.precision=e+2*Math.max(Math.abs(r.e),r.sd())+6,n.rounding=1,ue=!1,r=r.times(r).plus(1).sqrt().plus(r),ue=!0,n.precision=e,n.rounding=t,r.ln())};F.inverseHyperbolicTangent=F.atanh=function(){var e,t,r,n,i=this,o=i.constructor;return i.isFinite()?i.e>=0?new o(i.abs().eq(1)?i.s/0:i.isZero()?i:NaN):(e=o.precision,t=o.rounding,n=i.sd(),Math.max(n,e)<2*-i.e-1?Q(new o(i),e,t,!0):(o.precision=r=n-i.e,i=Oe(i.plus(1),new o(1).minus(i),r+e,1),o.precision=e+4,o.rounding=1,i=i.ln(),o.precision=e,o.rounding=t,i.times(.5))):new o(NaN)};F.inverseSine=F.asin=function(){var e,t,r,n,i=this,o=i.constructor;return i.isZero()?new o(i):(t=i.abs().cmp(1),r=o.precision,n=o.rounding,t!==-1?t===0?(e=Bt(o,r+4,n).times(.5),e.s=i.s,e):new o(NaN):(o.precision=r+6,o.rounding=1,i=i.div(new o(1).minus(i.times(i)).sqrt().plus(1)).atan(),o.precision=r,o.rounding=n,i.times(2)))};F.inverseTangent=F.atan=function(){var e,t,r,n,i,o,s,a,u,c=this,l=c.constructor,p=l.precision,f=l.rounding;if(c.isFinite()){if(c.isZero())return new l(c);if(c.abs().eq(1)&&p+4<=jc)return s=Bt(l,p+4,f).times(.25),s.s=c.s,s}else{if(!c.s)return new l(NaN);if(p+4<=jc)return s=Bt(l,p+4,f).times(.5),s.s=c.s,s}for(l.precision=a=p+10,l.rounding=1,r=Math.min(28,a/ie+2|0),e=r;e;--e)c=c.div(c.times(c).plus(1).sqrt().plus(1));for(ue=!1,t=Math.ceil(a/ie),n=1,u=c.times(c),s=new l(c),i=c;e!==-1;)if(i=i.times(u),o=s.minus(i.div(n+=2)),i=i.times(u),s=o.plus(i.div(n+=2)),s.d[t]!==void 0)for(e=t;s.d[e]===o.d[e]&&e--;);return r&&(s=s.times(2<<r-1)),ue=!0,Q(s,l.precision=p,l.rounding=f,!0)};F.isFinite=function(){return!!this.d};F.isInteger=F.isInt=function(){return!!this.d&&Qe(this.e/ie)>this.d.length-2};F.isNaN=function(){return!this.s};F.isNegative=F.isNeg=function(){return this.s<0};F.isPositive=F.isPos=function(){return this.s>0};F.isZero=function(){return!!this.d&&this.d[0]===0};F.lessThan=F.lt=function(e){return this.cmp(e)<0};F.lessThanOrEqualTo=F.lte=function(e){return this.cmp(e)<1};F.logarithm=F.log=function(e){var t,r,n,i,o,s,a,u,c=this,l=c.constructor,p=l.precision,f=l.rounding,h=5;if(e==null)e=new l(10),t=!0;else{if(e=new l(e),r=e.d,e.s<0||!r||!r[0]||e.eq(1))return new l(NaN);t=e.eq(10)}if(r=c.d,c.s<0||!r||!r[0]||c.eq(1))return new l(r&&!r[0]?-1/0:c.s!=1?NaN:r?0:1/0);if(t)if(r.length>1)o=!0;else{for(i=r[0];i%10===0;)i/=10;o=i!==1}if(ue=!1,a=p+h,s=hr(c,a),n=t?Bo(l,a+10):hr(e,a),u=Oe(s,n,a,1),bi(u.d,i=p,f))do if(a+=10,s=hr(c,a),n=t?Bo(l,a+10):hr(e,a),u=Oe(s,n,a,1),!o){+We(u.d).slice(i+1,i+15)+1==1e14&&(u=Q(u,p+1,0));break}while(bi(u.d,i+=10,f));return ue=!0,Q(u,p,f)};F.minus=F.sub=function(e){var t,r,n,i,o,s,a,u,c,l,p,f,h=this,y=h.constructor;if(e=new y(e),!h.d||!e.d)return!h.s||!e.s?e=new y(NaN):h.d?e.s=-e.s:e=new y(e.d||h.s!==e.s?h:NaN),e;if(h.s!=e.s)return e.s=-e.s,h.plus(e);if(c=h.d,f=e.d,a=y.precision,u=y.rounding,!c[0]||!f[0]){if(f[0])e.s=-e.s;else if(c[0])e=new y(h);else return new y(u===3?-0:0);return ue?Q(e,a,u):e}if(r=Qe(e.e/ie),l=Qe(h.e/ie),c=c.slice(),o=l-r,o){for(p=o<0,p?(t=c,o=-o,s=f.length):(t=f,r=l,s=c.length),n=Math.max(Math.ceil(a/ie),s)+2,o>n&&(o=n,t.length=1),t.reverse(),n=o;n--;)t.push(0);t.reverse()}else{for(n=c.length,s=f.length,p=n<s,p&&(s=n),n=0;n<s;n++)if(c[n]!=f[n]){p=c[n]<f[n];break}o=0}for(p&&(t=c,c=f,f=t,e.s=-e.s),s=c.length,n=f.length-s;n>0;--n)c[s++]=0;for(n=f.length;n>o;){if(c[--n]<f[n]){for(i=n;i&&c[--i]===0;)c[i]=Ft-1;--c[i],c[n]+=Ft}c[n]-=f[n]}for(;c[--s]===0;)c.pop();for(;c[0]===0;c.shift())--r;return c[0]?(e.d=c,e.e=Go(c,r),ue?Q(e,a,u):e):new y(u===3?-0:0)};F.modulo=F.mod=function(e){var t,r=this,n=r.constructor;return e=new n(e),!r.d||!e.s||e.d&&!e.d[0]?new n(NaN):!e.d||r.d&&!r.d[0]?Q(new n(r),n.precision,n.rounding):(ue=!1,n.modulo==9?(t=Oe(r,e.abs(),0,3,1),t.s*=e.s):t=Oe(r,e,0,n.modulo,1),t=t.times(e),ue=!0,r.minus(t))};F.naturalExponential=F.exp=function(){return Zc(this)};F.naturalLogarithm=F.ln=function(){return hr(this)};F.negated=F.neg=function(){var e=new this.constructor(this);return e.s=-e.s,Q(e)};F.plus=F.add=function(e){var t,r,n,i,o,s,a,u,c,l,p=this,f=p.constructor;if(e=new f(e),!p.d||!e.d)return!p.s||!e.s?e=new f(NaN):p.d||(e=new f(e.d||p.s===e.s?p:NaN)),e;if(p.s!=e.s)return e.s=-e.s,p.minus(e);if(c=p.d,l=e.d,a=f.precision,u=f.rounding,!c[0]||!l[0])return l[0]||(e=new f(p)),ue?Q(e,a,u):e;if(o=Qe(p.e/ie),n=Qe(e.e/ie),c=c.slice(),i=o-n,i){for(i<0?(r=c,i=-i,s=l.length):(r=l,n=o,s=c.length),o=Math.ceil(a/ie),s=o>s?o+1:s+1,i>s&&(i=s,r.length=1),r.reverse();i--;)r.push(0);r.reverse()}for(s=c.length,i=l.length,s-i<0&&(i=s,r=l,l=c,c=r),t=0;i;)t=(c[--i]=c[i]+l[i]+t)/Ft|0,c[i]%=Ft;for(t&&(c.unshift(t),++n),s=c.length;c[--s]==0;)c.pop();return e.d=c,e.e=Go(c,n),ue?Q(e,a,u):e};F.precision=F.sd=function(e){var t,r=this;if(e!==void 0&&e!==!!e&&e!==1&&e!==0)throw Error(gr+e);return r.d?(t=Pg(r.d),e&&r.e+1>t&&(t=r.e+1)):t=NaN,t};F.round=function(){var e=this,t=e.constructor;return Q(new t(e),e.e+1,t.rounding)};F.sine=F.sin=function(){var e,t,r=this,n=r.constructor;return r.isFinite()?r.isZero()?new n(r):(e=n.precision,t=n.rounding,n.precision=e+Math.max(r.e,r.sd())+ie,n.rounding=1,r=Sw(n,Og(n,r)),n.precision=e,n.rounding=t,Q(tr>2?r.neg():r,e,t,!0)):new n(NaN)};F.squareRoot=F.sqrt=function(){var e,t,r,n,i,o,s=this,a=s.d,u=s.e,c=s.s,l=s.constructor;if(c!==1||!a||!a[0])return new l(!c||c<0&&(!a||a[0])?NaN:a?s:1/0);for(ue=!1,c=Math.sqrt(+s),c==0||c==1/0?(t=We(a),(t.length+u)%2==0&&(t+="0"),c=Math.sqrt(t),u=Qe((u+1)/2)-(u<0||u%2),c==1/0?t="5e"+u:(t=c.toExponential(),t=t.slice(0,t.indexOf("e")+1)+u),n=new l(t)):n=new l(c.toString()),r=(u=l.precision)+3;;)if(o=n,n=o.plus(Oe(s,o,r+2,1)).times(.5),We(o.d).slice(0,r)===(t=We(n.d)).slice(0,r))if(t=t.slice(r-3,r+1),t=="9999"||!i&&t=="4999"){if(!i&&(Q(o,u+1,0),o.times(o).eq(s))){n=o;break}r+=4,i=1}else{(!+t||!+t.slice(1)&&t.charAt(0)=="5")&&(Q(n,u+1,1),e=!n.times(n).eq(s));break}return ue=!0,Q(n,u,l.rounding,e)};F.tangent=F.tan=function(){var e,t,r=this,n=r.constructor;return r.isFinite()?r.isZero()?new n(r):(e=n.precision,t=n.rounding,n.precision=e+10,n.rounding=1,r=r.sin(),r.s=1,r=Oe(r,new n(1).minus(r.times(r)).sqrt(),e+10,0),n.precision=e,n.rounding=t,Q(tr==2||tr==4?r.neg():r,e,t,!0)):new n(NaN)};F.times=F.mul=function(e){var t,r,n,i,o,s,a,u,c,l=this,p=l.constructor,f=l.d,h=(e=new p(e)).d;if(e.s*=l.s,!f||!f[0]||!h||!h[0])return new p(!e.s||f&&!f[0]&&!h||h&&!h[0]&&!f?NaN:!f||!h?e.s/0:e.s*0);for(r=Qe(l.e/ie)+Qe(e.e/ie),u=f.length,c=h.length,u<c&&(o=f,f=h,h=o,s=u,u=c,c=s),o=[],s=u+c,n=s;n--;)o.push(0);for(n=c;--n>=0;){for(t=0,i=u+n;i>n;)a=o[i]+h[n]*f[i-n-1]+t,o[i--]=a%Ft|0,t=a/Ft|0;o[i]=(o[i]+t)%Ft|0}for(;!o[--s];)o.pop();return t?++r:o.shift(),e.d=o,e.e=Go(o,r),ue?Q(e,p.precision,p.rounding):e};F.toBinary=function(e,t){return Bc(this,2,e,t)};F.toDecimalPlaces=F.toDP=function(e,t){var r=this,n=r.constructor;return r=new n(r),e===void 0?r:(mt(e,0,br),t===void 0?t=n.rounding:mt(t,0,8),Q(r,e+r.e+1,t))};F.toExponential=function(e,t){var r,n=this,i=n.constructor;return e===void 0?r=Vt(n,!0):(mt(e,0,br),t===void 0?t=i.rounding:mt(t,0,8),n=Q(new i(n),e+1,t),r=Vt(n,!0,e+1)),n.isNeg()&&!n.isZero()?"-"+r:r};F.toFixed=function(e,t){var r,n,i=this,o=i.constructor;return e===void 0?r=Vt(i):(mt(e,0,br),t===void 0?t=o.rounding:mt(t,0,8),n=Q(new o(i),e+i.e+1,t),r=Vt(n,!1,e+n.e+1)),i.isNeg()&&!i.isZero()?"-"+r:r};F.toFraction=function(e){var t,r,n,i,o,s,a,u,c,l,p,f,h=this,y=h.d,g=h.constructor;if(!y)return new g(h);if(c=r=new g(1),n=u=new g(0),t=new g(n),o=t.e=Pg(y)-h.e-1,s=o%ie,t.d[0]=Ze(10,s<0?ie+s:s),e==null)e=o>0?t:c;else{if(a=new g(e),!a.isInt()||a.lt(c))throw Error(gr+a);e=a.gt(t)?o>0?t:c:a}for(ue=!1,a=new g(We(y)),l=g.precision,g.precision=o=y.length*ie*2;p=Oe(a,t,0,1,1),i=r.plus(p.times(n)),i.cmp(e)!=1;)r=n,n=i,i=c,c=u.plus(p.times(i)),u=i,i=t,t=a.minus(p.times(i)),a=i;return i=Oe(e.minus(r),n,0,1,1),u=u.plus(i.times(c)),r=r.plus(i.times(n)),u.s=c.s=h.s,f=Oe(c,n,o,1).minus(h).abs().cmp(Oe(u,r,o,1).minus(h).abs())<1?[c,n]:[u,r],g.precision=l,ue=!0,f};F.toHexadecimal=F.toHex=function(e,t){return Bc(this,16,e,t)};F.toNearest=function(e,t){var r=this,n=r.constructor;if(r=new n(r),e==null){if(!r.d)return r;e=new n(1),t=n.rounding}else{if(e=new n(e),t===void 0?t=n.rounding:mt(t,0,8),!r.d)return e.s?r:e;if(!e.d)return e.s&&(e.s=r.s),e}return e.d[0]?(ue=!1,r=Oe(r,e,0,t,1).times(e),ue=!0,Q(r)):(e.s=r.s,r=e),r};F.toNumber=function(){return+this};F.toOctal=function(e,t){return Bc(this,8,e,t)};F.toPower=F.pow=function(e){var t,r,n,i,o,s,a=this,u=a.constructor,c=+(e=new u(e));if(!a.d||!e.d||!a.d[0]||!e.d[0])return new u(Ze(+a,c));if(a=new u(a),a.eq(1))return a;if(n=u.precision,o=u.rounding,e.eq(1))return Q(a,n,o);if(t=Qe(e.e/ie),t>=e.d.length-1&&(r=c<0?-c:c)<=kw)return i=Eg(u,a,r,n),e.s<0?new u(1).div(i):Q(i,n,o);if(s=a.s,s<0){if(t<e.d.length-1)return new u(NaN);if((e.d[t]&1)==0&&(s=1),a.e==0&&a.d[0]==1&&a.d.length==1)return a.s=s,a}return r=Ze(+a,c),t=r==0||!isFinite(r)?Qe(c*(Math.log("0."+We(a.d))/Math.LN10+a.e+1)):new u(r+"").e,t>u.maxE+1||t<u.minE-1?new u(t>0?s/0:0):(ue=!1,u.rounding=a.s=1,r=Math.min(12,(t+"").length),i=Zc(e.times(hr(a,n+r)),n),i.d&&(i=Q(i,n+5,1),bi(i.d,n,o)&&(t=n+10,i=Q(Zc(e.times(hr(a,t+r)),t),t+5,1),+We(i.d).slice(n+1,n+15)+1==1e14&&(i=Q(i,n+1,0)))),i.s=s,ue=!0,u.rounding=o,Q(i,n,o))};F.toPrecision=function(e,t){var r,n=this,i=n.constructor;return e===void 0?r=Vt(n,n.e<=i.toExpNeg||n.e>=i.toExpPos):(mt(e,1,br),t===void 0?t=i.rounding:mt(t,0,8),n=Q(new i(n),e,t),r=Vt(n,e<=n.e||n.e<=i.toExpNeg,e)),n.isNeg()&&!n.isZero()?"-"+r:r};F.toSignificantDigits=F.toSD=function(e,t){var r=this,n=r.constructor;return e===void 0?(e=n.precision,t=n.rounding):(mt(e,1,br),t===void 0?t=n.rounding:mt(t,0,8)),Q(new n(r),e,t)};F.toString=function(){var e=this,t=e.constructor,r=Vt(e,e.e<=t.toExpNeg||e.e>=t.toExpPos);return e.isNeg()&&!e.isZero()?"-"+r:r};F.truncated=F.trunc=function(){return Q(new this.constructor(this),this.e+1,1)};F.valueOf=F.toJSON=function(){var e=this,t=e.constructor,r=Vt(e,e.e<=t.toExpNeg||e.e>=t.toExpPos);return e.isNeg()?"-"+r:r};function We(e){var t,r,n,i=e.length-1,o="",s=e[0];if(i>0){for(o+=s,t=1;t<i;t++)n=e[t]+"",r=ie-n.length,r&&(o+=mr(r)),o+=n;s=e[t],n=s+"",r=ie-n.length,r&&(o+=mr(r))}else if(s===0)return"0";for(;s%10===0;)s/=10;return o+s}function mt(e,t,r){if(e!==~~e||e<t||e>r)throw Error(gr+e)}function bi(e,t,r,n){var i,o,s,a;for(o=e[0];o>=10;o/=10)--t;return--t<0?(t+=ie,i=0):(i=Math.ceil((t+1)/ie),t%=ie),o=Ze(10,ie-t),a=e[i]%o|0,n==null?t<3?(t==0?a=a/100|0:t==1&&(a=a/10|0),s=r<4&&a==99999||r>3&&a==49999||a==5e4||a==0):s=(r<4&&a+1==o||r>3&&a+1==o/2)&&(e[i+1]/o/100|0)==Ze(10,t-2)-1||(a==o/2||a==0)&&(e[i+1]/o/100|0)==0:t<4?(t==0?a=a/1e3|0:t==1?a=a/100|0:t==2&&(a=a/10|0),s=(n||r<4)&&a==9999||!n&&r>3&&a==4999):s=((n||r<4)&&a+1==o||!n&&r>3&&a+1==o/2)&&(e[i+1]/o/1e3|0)==Ze(10,t-3)-1,s}function Uo(e,t,r){for(var n,i=[0],o,s=0,a=e.length;s<a;){for(o=i.length;o--;)i[o]*=t;for(i[0]+=Uc.indexOf(e.charAt(s++)),n=0;n<i.length;n++)i[n]>r-1&&(i[n+1]===void 0&&(i[n+1]=0),i[n+1]+=i[n]/r|0,i[n]%=r)}return i.reverse()}function _w(e,t){var r,n,i;if(t.isZero())return t;n=t.d.length,n<32?(r=Math.ceil(n/3),i=(1/Ko(4,r)).toString()):(r=16,i="2.3283064365386962890625e-10"),e.precision+=r,t=hn(e,1,t.times(i),new e(1));for(var o=r;o--;){var s=t.times(t);t=s.times(s).minus(s).times(8).plus(1)}return e.precision-=r,t}var Oe=(function(){function e(n,i,o){var s,a=0,u=n.length;for(n=n.slice();u--;)s=n[u]*i+a,n[u]=s%o|0,a=s/o|0;return a&&n.unshift(a),n}function t(n,i,o,s){var a,u;if(o!=s)u=o>s?1:-1;else for(a=u=0;a<o;a++)if(n[a]!=i[a]){u=n[a]>i[a]?1:-1;break}return u}function r(n,i,o,s){for(var a=0;o--;)n[o]-=a,a=n[o]<i[o]?1:0,n[o]=a*s+n[o]-i[o];for(;!n[0]&&n.length>1;)n.shift()}return function(n,i,o,s,a,u){var c,l,p,f,h,y,g,v,$,w,k,N,M,V,ee,W,J,E,me,ve,we=n.constructor,S=n.s==i.s?1:-1,R=n.d,C=i.d;if(!R||!R[0]||!C||!C[0])return new we(!n.s||!i.s||(R?C&&R[0]==C[0]:!C)?NaN:R&&R[0]==0||!C?S*0:S/0);for(u?(h=1,l=n.e-i.e):(u=Ft,h=ie,l=Qe(n.e/h)-Qe(i.e/h)),me=C.length,J=R.length,$=new we(S),w=$.d=[],p=0;C[p]==(R[p]||0);p++);if(C[p]>(R[p]||0)&&l--,o==null?(V=o=we.precision,s=we.rounding):a?V=o+(n.e-i.e)+1:V=o,V<0)w.push(1),y=!0;else{if(V=V/h+2|0,p=0,me==1){for(f=0,C=C[0],V++;(p<J||f)&&V--;p++)ee=f*u+(R[p]||0),w[p]=ee/C|0,f=ee%C|0;y=f||p<J}else{for(f=u/(C[0]+1)|0,f>1&&(C=e(C,f,u),R=e(R,f,u),me=C.length,J=R.length),W=me,k=R.slice(0,me),N=k.length;N<me;)k[N++]=0;ve=C.slice(),ve.unshift(0),E=C[0],C[1]>=u/2&&++E;do f=0,c=t(C,k,me,N),c<0?(M=k[0],me!=N&&(M=M*u+(k[1]||0)),f=M/E|0,f>1?(f>=u&&(f=u-1),g=e(C,f,u),v=g.length,N=k.length,c=t(g,k,v,N),c==1&&(f--,r(g,me<v?ve:C,v,u))):(f==0&&(c=f=1),g=C.slice()),v=g.length,v<N&&g.unshift(0),r(k,g,N,u),c==-1&&(N=k.length,c=t(C,k,me,N),c<1&&(f++,r(k,me<N?ve:C,N,u))),N=k.length):c===0&&(f++,k=[0]),w[p++]=f,c&&k[0]?k[N++]=R[W]||0:(k=[R[W]],N=1);while((W++<J||k[0]!==void 0)&&V--);y=k[0]!==void 0}w[0]||w.shift()}if(h==1)$.e=l,$g=y;else{for(p=1,f=w[0];f>=10;f/=10)p++;$.e=p+l*h-1,Q($,a?o+$.e+1:o,s,y)}return $}})();function Q(e,t,r,n){var i,o,s,a,u,c,l,p,f,h=e.constructor;e:if(t!=null){if(p=e.d,!p)return e;for(i=1,a=p[0];a>=10;a/=10)i++;if(o=t-i,o<0)o+=ie,s=t,l=p[f=0],u=l/Ze(10,i-s-1)%10|0;else if(f=Math.ceil((o+1)/ie),a=p.length,f>=a)if(n){for(;a++<=f;)p.push(0);l=u=0,i=1,o%=ie,s=o-ie+1}else break e;else{for(l=a=p[f],i=1;a>=10;a/=10)i++;o%=ie,s=o-ie+i,u=s<0?0:l/Ze(10,i-s-1)%10|0}if(n=n||t<0||p[f+1]!==void 0||(s<0?l:l%Ze(10,i-s-1)),c=r<4?(u||n)&&(r==0||r==(e.s<0?3:2)):u>5||u==5&&(r==4||n||r==6&&(o>0?s>0?l/Ze(10,i-s):0:p[f-1])%10&1||r==(e.s<0?8:7)),t<1||!p[0])return p.length=0,c?(t-=e.e+1,p[0]=Ze(10,(ie-t%ie)%ie),e.e=-t||0):p[0]=e.e=0,e;if(o==0?(p.length=f,a=1,f--):(p.length=f+1,a=Ze(10,ie-o),p[f]=s>0?(l/Ze(10,i-s)%Ze(10,s)|0)*a:0),c)for(;;)if(f==0){for(o=1,s=p[0];s>=10;s/=10)o++;for(s=p[0]+=a,a=1;s>=10;s/=10)a++;o!=a&&(e.e++,p[0]==Ft&&(p[0]=1));break}else{if(p[f]+=a,p[f]!=Ft)break;p[f--]=0,a=1}for(o=p.length;p[--o]===0;)p.pop()}return ue&&(e.e>h.maxE?(e.d=null,e.e=NaN):e.e<h.minE&&(e.e=0,e.d=[0])),e}function Vt(e,t,r){if(!e.isFinite())return Tg(e);var n,i=e.e,o=We(e.d),s=o.length;return t?(r&&(n=r-s)>0?o=o.charAt(0)+"."+o.slice(1)+mr(n):s>1&&(o=o.charAt(0)+"."+o.slice(1)),o=o+(e.e<0?"e":"e+")+e.e):i<0?(o="0."+mr(-i-1)+o,r&&(n=r-s)>0&&(o+=mr(n))):i>=s?(o+=mr(i+1-s),r&&(n=r-i-1)>0&&(o=o+"."+mr(n))):((n=i+1)<s&&(o=o.slice(0,n)+"."+o.slice(n)),r&&(n=r-s)>0&&(i+1===s&&(o+="."),o+=mr(n))),o}function Go(e,t){var r=e[0];for(t*=ie;r>=10;r/=10)t++;return t}function Bo(e,t,r){if(t>$w)throw ue=!0,r&&(e.precision=r),Error(_g);return Q(new e(jo),t,1,!0)}function Bt(e,t,r){if(t>jc)throw Error(_g);return Q(new e(Zo),t,r,!0)}function Pg(e){var t=e.length-1,r=t*ie+1;if(t=e[t],t){for(;t%10==0;t/=10)r--;for(t=e[0];t>=10;t/=10)r++}return r}function mr(e){for(var t="";e--;)t+="0";return t}function Eg(e,t,r,n){var i,o=new e(1),s=Math.ceil(n/ie+4);for(ue=!1;;){if(r%2&&(o=o.times(t),xg(o.d,s)&&(i=!0)),r=Qe(r/2),r===0){r=o.d.length-1,i&&o.d[r]===0&&++o.d[r];break}t=t.times(t),xg(t.d,s)}return ue=!0,o}function wg(e){return e.d[e.d.length-1]&1}function Ig(e,t,r){for(var n,i,o=new e(t[0]),s=0;++s<t.length;){if(i=new e(t[s]),!i.s){o=i;break}n=o.cmp(i),(n===r||n===0&&o.s===r)&&(o=i)}return o}function Zc(e,t){var r,n,i,o,s,a,u,c=0,l=0,p=0,f=e.constructor,h=f.rounding,y=f.precision;if(!e.d||!e.d[0]||e.e>17)return new f(e.d?e.d[0]?e.s<0?0:1/0:1:e.s?e.s<0?0:e:NaN);for(t==null?(ue=!1,u=y):u=t,a=new f(.03125);e.e>-2;)e=e.times(a),p+=5;for(n=Math.log(Ze(2,p))/Math.LN10*2+5|0,u+=n,r=o=s=new f(1),f.precision=u;;){if(o=Q(o.times(e),u,1),r=r.times(++l),a=s.plus(Oe(o,r,u,1)),We(a.d).slice(0,u)===We(s.d).slice(0,u)){for(i=p;i--;)s=Q(s.times(s),u,1);if(t==null)if(c<3&&bi(s.d,u-n,h,c))f.precision=u+=10,r=o=a=new f(1),l=0,c++;else return Q(s,f.precision=y,h,ue=!0);else return f.precision=y,s}s=a}}function hr(e,t){var r,n,i,o,s,a,u,c,l,p,f,h=1,y=10,g=e,v=g.d,$=g.constructor,w=$.rounding,k=$.precision;if(g.s<0||!v||!v[0]||!g.e&&v[0]==1&&v.length==1)return new $(v&&!v[0]?-1/0:g.s!=1?NaN:v?0:g);if(t==null?(ue=!1,l=k):l=t,$.precision=l+=y,r=We(v),n=r.charAt(0),Math.abs(o=g.e)<15e14){for(;n<7&&n!=1||n==1&&r.charAt(1)>3;)g=g.times(e),r=We(g.d),n=r.charAt(0),h++;o=g.e,n>1?(g=new $("0."+r),o++):g=new $(n+"."+r.slice(1))}else return c=Bo($,l+2,k).times(o+""),g=hr(new $(n+"."+r.slice(1)),l-y).plus(c),$.precision=k,t==null?Q(g,k,w,ue=!0):g;for(p=g,u=s=g=Oe(g.minus(1),g.plus(1),l,1),f=Q(g.times(g),l,1),i=3;;){if(s=Q(s.times(f),l,1),c=u.plus(Oe(s,new $(i),l,1)),We(c.d).slice(0,l)===We(u.d).slice(0,l))if(u=u.times(2),o!==0&&(u=u.plus(Bo($,l+2,k).times(o+""))),u=Oe(u,new $(h),l,1),t==null)if(bi(u.d,l-y,w,a))$.precision=l+=y,c=s=g=Oe(p.minus(1),p.plus(1),l,1),f=Q(g.times(g),l,1),i=a=1;else return Q(u,$.precision=k,w,ue=!0);else return $.precision=k,u;u=c,i+=2}}function Tg(e){return String(e.s*e.s/0)}function qo(e,t){var r,n,i;for((r=t.indexOf("."))>-1&&(t=t.replace(".","")),(n=t.search(/e/i))>0?(r<0&&(r=n),r+=+t.slice(n+1),t=t.substring(0,n)):r<0&&(r=t.length),n=0;t.charCodeAt(n)===48;n++);for(i=t.length;t.charCodeAt(i-1)===48;--i);if(t=t.slice(n,i),t){if(i-=n,e.e=r=r-n-1,e.d=[],n=(r+1)%ie,r<0&&(n+=ie),n<i){for(n&&e.d.push(+t.slice(0,n)),i-=ie;n<i;)e.d.push(+t.slice(n,n+=ie));t=t.slice(n),n=ie-t.length}else n-=i;for(;n--;)t+="0";e.d.push(+t),ue&&(e.e>e.constructor.maxE?(e.d=null,e.e=NaN):e.e<e.constructor.minE&&(e.e=0,e.d=[0]))}else e.e=0,e.d=[0];return e}function Aw(e,t){var r,n,i,o,s,a,u,c,l;if(t.indexOf("_")>-1){if(t=t.replace(/(\d)_(?=\d)/g,"$1"),Rg.test(t))return qo(e,t)}else if(t==="Infinity"||t==="NaN")return+t||(e.s=NaN),e.e=NaN,e.d=null,e;if(ww.test(t))r=16,t=t.toLowerCase();else if(vw.test(t))r=2;else if(xw.test(t))r=8;else throw Error(gr+t);for(o=t.search(/p/i),o>0?(u=+t.slice(o+1),t=t.substring(2,o)):t=t.slice(2),o=t.indexOf("."),s=o>=0,n=e.constructor,s&&(t=t.replace(".",""),a=t.length,o=a-o,i=Eg(n,new n(r),o,o*2)),c=Uo(t,r,Ft),l=c.length-1,o=l;c[o]===0;--o)c.pop();return o<0?new n(e.s*0):(e.e=Go(c,l),e.d=c,ue=!1,s&&(e=Oe(e,i,a*4)),u&&(e=e.times(Math.abs(u)<54?Ze(2,u):yi.pow(2,u))),ue=!0,e)}function Sw(e,t){var r,n=t.d.length;if(n<3)return t.isZero()?t:hn(e,2,t,t);r=1.4*Math.sqrt(n),r=r>16?16:r|0,t=t.times(1/Ko(5,r)),t=hn(e,2,t,t);for(var i,o=new e(5),s=new e(16),a=new e(20);r--;)i=t.times(t),t=t.times(o.plus(i.times(s.times(i).minus(a))));return t}function hn(e,t,r,n,i){var o,s,a,u,c=1,l=e.precision,p=Math.ceil(l/ie);for(ue=!1,u=r.times(r),a=new e(n);;){if(s=Oe(a.times(u),new e(t++*t++),l,1),a=i?n.plus(s):n.minus(s),n=Oe(s.times(u),new e(t++*t++),l,1),s=a.plus(n),s.d[p]!==void 0){for(o=p;s.d[o]===a.d[o]&&o--;);if(o==-1)break}o=a,a=n,n=s,s=o,c++}return ue=!0,s.d.length=p+1,s}function Ko(e,t){for(var r=e;--t;)r*=e;return r}function Og(e,t){var r,n=t.s<0,i=Bt(e,e.precision,1),o=i.times(.5);if(t=t.abs(),t.lte(o))return tr=n?4:1,t;if(r=t.divToInt(i),r.isZero())tr=n?3:2;else{if(t=t.minus(r.times(i)),t.lte(o))return tr=wg(r)?n?2:3:n?4:1,t;tr=wg(r)?n?1:4:n?3:2}return t.minus(i).abs()}function Bc(e,t,r,n){var i,o,s,a,u,c,l,p,f,h=e.constructor,y=r!==void 0;if(y?(mt(r,1,br),n===void 0?n=h.rounding:mt(n,0,8)):(r=h.precision,n=h.rounding),!e.isFinite())l=Tg(e);else{for(l=Vt(e),s=l.indexOf("."),y?(i=2,t==16?r=r*4-3:t==8&&(r=r*3-2)):i=t,s>=0&&(l=l.replace(".",""),f=new h(1),f.e=l.length-s,f.d=Uo(Vt(f),10,i),f.e=f.d.length),p=Uo(l,10,i),o=u=p.length;p[--u]==0;)p.pop();if(!p[0])l=y?"0p+0":"0";else{if(s<0?o--:(e=new h(e),e.d=p,e.e=o,e=Oe(e,f,r,n,0,i),p=e.d,o=e.e,c=$g),s=p[r],a=i/2,c=c||p[r+1]!==void 0,c=n<4?(s!==void 0||c)&&(n===0||n===(e.s<0?3:2)):s>a||s===a&&(n===4||c||n===6&&p[r-1]&1||n===(e.s<0?8:7)),p.length=r,c)for(;++p[--r]>i-1;)p[r]=0,r||(++o,p.unshift(1));for(u=p.length;!p[u-1];--u);for(s=0,l="";s<u;s++)l+=Uc.charAt(p[s]);if(y){if(u>1)if(t==16||t==8){for(s=t==16?4:3,--u;u%s;u++)l+="0";for(p=Uo(l,i,t),u=p.length;!p[u-1];--u);for(s=1,l="1.";s<u;s++)l+=Uc.charAt(p[s])}else l=l.charAt(0)+"."+l.slice(1);l=l+(o<0?"p":"p+")+o}else if(o<0){for(;++o;)l="0"+l;l="0."+l}else if(++o>u)for(o-=u;o--;)l+="0";else o<u&&(l=l.slice(0,o)+"."+l.slice(o))}l=(t==16?"0x":t==2?"0b":t==8?"0o":"")+l}return e.s<0?"-"+l:l}function xg(e,t){if(e.length>t)return e.length=t,!0}function Rw(e){return new this(e).abs()}function Pw(e){return new this(e).acos()}function Ew(e){return new this(e).acosh()}function Iw(e,t){return new this(e).plus(t)}function Tw(e){return new this(e).asin()}function Ow(e){return new this(e).asinh()}function Cw(e){return new this(e).atan()}function Dw(e){return new this(e).atanh()}function Nw(e,t){e=new this(e),t=new this(t);var r,n=this.precision,i=this.rounding,o=n+4;return!e.s||!t.s?r=new this(NaN):!e.d&&!t.d?(r=Bt(this,o,1).times(t.s>0?.25:.75),r.s=e.s):!t.d||e.isZero()?(r=t.s<0?Bt(this,n,i):new this(0),r.s=e.s):!e.d||t.isZero()?(r=Bt(this,o,1).times(.5),r.s=e.s):t.s<0?(this.precision=o,this.rounding=1,r=this.atan(Oe(e,t,o,1)),t=Bt(this,o,1),this.precision=n,this.rounding=i,r=e.s<0?r.minus(t):r.plus(t)):r=this.atan(Oe(e,t,o,1)),r}function Fw(e){return new this(e).cbrt()}function Lw(e){return Q(e=new this(e),e.e+1,2)}function zw(e,t,r){return new this(e).clamp(t,r)}function Mw(e){if(!e||typeof e!="object")throw Error(Vo+"Object expected");var t,r,n,i=e.defaults===!0,o=["precision",1,br,"rounding",0,8,"toExpNeg",-mn,0,"toExpPos",0,mn,"maxE",0,mn,"minE",-mn,0,"modulo",0,9];for(t=0;t<o.length;t+=3)if(r=o[t],i&&(this[r]=qc[r]),(n=e[r])!==void 0)if(Qe(n)===n&&n>=o[t+1]&&n<=o[t+2])this[r]=n;else throw Error(gr+r+": "+n);if(r="crypto",i&&(this[r]=qc[r]),(n=e[r])!==void 0)if(n===!0||n===!1||n===0||n===1)if(n)if(typeof crypto<"u"&&crypto&&(crypto.getRandomValues||crypto.randomBytes))this[r]=!0;else throw Error(Ag);else this[r]=!1;else throw Error(gr+r+": "+n);return this}function Uw(e){return new this(e).cos()}function qw(e){return new this(e).cosh()}function Cg(e){var t,r,n;function i(o){var s,a,u,c=this;if(!(c instanceof i))return new i(o);if(c.constructor=i,kg(o)){c.s=o.s,ue?!o.d||o.e>i.maxE?(c.e=NaN,c.d=null):o.e<i.minE?(c.e=0,c.d=[0]):(c.e=o.e,c.d=o.d.slice()):(c.e=o.e,c.d=o.d?o.d.slice():o.d);return}if(u=typeof o,u==="number"){if(o===0){c.s=1/o<0?-1:1,c.e=0,c.d=[0];return}if(o<0?(o=-o,c.s=-1):c.s=1,o===~~o&&o<1e7){for(s=0,a=o;a>=10;a/=10)s++;ue?s>i.maxE?(c.e=NaN,c.d=null):s<i.minE?(c.e=0,c.d=[0]):(c.e=s,c.d=[o]):(c.e=s,c.d=[o]);return}if(o*0!==0){o||(c.s=NaN),c.e=NaN,c.d=null;return}return qo(c,o.toString())}if(u==="string")return(a=o.charCodeAt(0))===45?(o=o.slice(1),c.s=-1):(a===43&&(o=o.slice(1)),c.s=1),Rg.test(o)?qo(c,o):Aw(c,o);if(u==="bigint")return o<0?(o=-o,c.s=-1):c.s=1,qo(c,o.toString());throw Error(gr+o)}if(i.prototype=F,i.ROUND_UP=0,i.ROUND_DOWN=1,i.ROUND_CEIL=2,i.ROUND_FLOOR=3,i.ROUND_HALF_UP=4,i.ROUND_HALF_DOWN=5,i.ROUND_HALF_EVEN=6,i.ROUND_HALF_CEIL=7,i.ROUND_HALF_FLOOR=8,i.EUCLID=9,i.config=i.set=Mw,i.clone=Cg,i.isDecimal=kg,i.abs=Rw,i.acos=Pw,i.acosh=Ew,i.add=Iw,i.asin=Tw,i.asinh=Ow,i.atan=Cw,i.atanh=Dw,i.atan2=Nw,i.cbrt=Fw,i.ceil=Lw,i.clamp=zw,i.cos=Uw,i.cosh=qw,i.div=jw,i.exp=Zw,i.floor=Bw,i.hypot=Vw,i.ln=Gw,i.log=Kw,i.log10=Ww,i.log2=Hw,i.max=Xw,i.min=Jw,i.mod=Yw,i.mul=Qw,i.pow=ex,i.random=tx,i.round=rx,i.sign=nx,i.sin=ix,i.sinh=ox,i.sqrt=sx,i.sub=ax,i.sum=cx,i.tan=ux,i.tanh=lx,i.trunc=dx,e===void 0&&(e={}),e&&e.defaults!==!0)for(n=["precision","rounding","toExpNeg","toExpPos","maxE","minE","modulo","crypto"],t=0;t<n.length;)e.hasOwnProperty(r=n[t++])||(e[r]=this[r]);return i.config(e),i}function jw(e,t){return new this(e).div(t)}function Zw(e){return new this(e).exp()}function Bw(e){return Q(e=new this(e),e.e+1,3)}function Vw(){var e,t,r=new this(0);for(ue=!1,e=0;e<arguments.length;)if(t=new this(arguments[e++]),t.d)r.d&&(r=r.plus(t.times(t)));else{if(t.s)return ue=!0,new this(1/0);r=t}return ue=!0,r.sqrt()}function kg(e){return e instanceof yi||e&&e.toStringTag===Sg||!1}function Gw(e){return new this(e).ln()}function Kw(e,t){return new this(e).log(t)}function Hw(e){return new this(e).log(2)}function Ww(e){return new this(e).log(10)}function Xw(){return Ig(this,arguments,-1)}function Jw(){return Ig(this,arguments,1)}function Yw(e,t){return new this(e).mod(t)}function Qw(e,t){return new this(e).mul(t)}function ex(e,t){return new this(e).pow(t)}function tx(e){var t,r,n,i,o=0,s=new this(1),a=[];if(e===void 0?e=this.precision:mt(e,1,br),n=Math.ceil(e/ie),this.crypto)if(crypto.getRandomValues)for(t=crypto.getRandomValues(new Uint32Array(n));o<n;)i=t[o],i>=429e7?t[o]=crypto.getRandomValues(new Uint32Array(1))[0]:a[o++]=i%1e7;else if(crypto.randomBytes){for(t=crypto.randomBytes(n*=4);o<n;)i=t[o]+(t[o+1]<<8)+(t[o+2]<<16)+((t[o+3]&127)<<24),i>=214e7?crypto.randomBytes(4).copy(t,o):(a.push(i%1e7),o+=4);o=n/4}else throw Error(Ag);else for(;o<n;)a[o++]=Math.random()*1e7|0;for(n=a[--o],e%=ie,n&&e&&(i=Ze(10,ie-e),a[o]=(n/i|0)*i);a[o]===0;o--)a.pop();if(o<0)r=0,a=[0];else{for(r=-1;a[0]===0;r-=ie)a.shift();for(n=1,i=a[0];i>=10;i/=10)n++;n<ie&&(r-=ie-n)}return s.e=r,s.d=a,s}function rx(e){return Q(e=new this(e),e.e+1,this.rounding)}function nx(e){return e=new this(e),e.d?e.d[0]?e.s:0*e.s:e.s||NaN}function ix(e){return new this(e).sin()}function ox(e){return new this(e).sinh()}function sx(e){return new this(e).sqrt()}function ax(e,t){return new this(e).sub(t)}function cx(){var e=0,t=arguments,r=new this(t[e]);for(ue=!1;r.s&&++e<t.length;)r=r.plus(t[e]);return ue=!0,Q(r,this.precision,this.rounding)}function ux(e){return new this(e).tan()}function lx(e){return new this(e).tanh()}function dx(e){return Q(e=new this(e),e.e+1,1)}F[Symbol.for("nodejs.util.inspect.custom")]=F.toString;F[Symbol.toStringTag]="Decimal";var yi=F.constructor=Cg(qc);jo=new yi(jo);Zo=new yi(Zo);var Ho=yi;var ge=Ho,Vc=100,px=40,ht=ge.clone({precision:Vc,rounding:ge.ROUND_HALF_UP,toExpNeg:-40,toExpPos:40}),fx=ht.clone({precision:px}),mx=ht.clone({precision:1e9}),Kt=new ht(0),Gt=new ht(1),hx=new ht("0.01");function ce(e){return new ht(e)}function Fe(e){return e.toFixed()}function vi(e,t){return _e([e,t.negated()])}function _e(e){let t,r;for(let n of e)t===void 0?t=n:r=(r??new mx(t)).plus(n);return r?new ht(r):t===void 0?Kt:t.constructor===ht?t:new ht(t)}function Me(e,t){return new ht(new fx(e).dividedBy(t))}function gt(e,t){return t===Gt&&e.precision()<=Vc?e:e===Gt&&t.precision()<=Vc?t:e.times(t)}function Xe(e,t={}){let r=e.isNegative()&&!e.isZero(),n=e.abs(),i;return!n.isZero()&&n.lessThan(hx)?i=n.toSignificantDigits(2,ge.ROUND_HALF_UP).toFixed():i=Dg(n.toFixed(2,ge.ROUND_HALF_UP)),`${r?"-":t.sign?"+":""}$${i}`}function gn(e,t={}){let r=e.toFixed(1,ge.ROUND_HALF_UP);return`${t.sign&&e.greaterThan(0)?"+":""}${r}%`}function Wo(e){return Dg(e.toFixed())}function Dg(e){let t=e.startsWith("-"),r=t?e.slice(1):e,[n="0",i]=r.split("."),o=n.replace(/\B(?=(\d{3})+(?!\d))/g,",");return`${t?"-":""}${o}${i!==void 0?`.${i}`:""}`}var G=class extends Error{constructor(r,n,i,o){super(r);this.where=n;this.fix=i;this.detail=o}where;fix;detail;name="GenspendError";format(){let r=[];return this.where&&(r.push(this.where.line!==void 0?`${this.where.file}:${this.where.line}`:this.where.file),this.where.path&&r.push(this.where.path)),r.push(this.fix?`${this.message} (fix: ${this.fix})`:this.message),r.join(": ")}},Rt=class extends Error{constructor(r){super(r.map(n=>n.format()).join(`
`));this.errors=r}errors;name="GenspendErrors";format(){return this.message}};function Xo(e){if(e instanceof Rt)return e.errors;if(e instanceof G)return[e]}function Ur(e,t){let r=[],n=[];for(let i of e)try{n.push(t(i))}catch(o){let s=Xo(o);if(!s)throw o;r.push(...s)}if(r.length)throw new Rt(r);return n}function yr(e,t,r=3){let n=e.toLowerCase(),i=Math.min(r,Math.max(1,Math.ceil(n.length/2))),o,s=i+1;for(let a of t){let u=gx(n,a.toLowerCase(),s-1);u<s&&(s=u,o=a)}return o}var rr=[];function gx(e,t,r){if(Math.abs(e.length-t.length)>r)return r+1;rr.length<=t.length&&(rr=new Array(t.length+1).fill(0));for(let n=0;n<=t.length;n++)rr[n]=n;for(let n=1;n<=e.length;n++){let i=rr[0];rr[0]=n;let o=n,s=e.charCodeAt(n-1);for(let a=1;a<=t.length;a++){let u=rr[a],c=Math.min(u+1,rr[a-1]+1,i+(s===t.charCodeAt(a-1)?0:1));rr[a]=c,c<o&&(o=c),i=u}if(o>r)return r+1}return rr[t.length]}function bx(e){return e&&e.__esModule&&Object.prototype.hasOwnProperty.call(e,"default")?e.default:e}var et={},Jo={},vr={},Ng;function wi(){if(Ng)return vr;Ng=1;function e(s){return typeof s>"u"||s===null}function t(s){return typeof s=="object"&&s!==null}function r(s){return Array.isArray(s)?s:e(s)?[]:[s]}function n(s,a){if(a){let u=Object.keys(a);for(let c=0,l=u.length;c<l;c+=1){let p=u[c];s[p]=a[p]}}return s}function i(s,a){let u="";for(let c=0;c<a;c+=1)u+=s;return u}function o(s){return s===0&&Number.NEGATIVE_INFINITY===1/s}return vr.isNothing=e,vr.isObject=t,vr.toArray=r,vr.repeat=i,vr.isNegativeZero=o,vr.extend=n,vr}var Gc,Fg;function xi(){if(Fg)return Gc;Fg=1;function e(r,n){let i="",o=r.reason||"(unknown reason)";return r.mark?(r.mark.name&&(i+='in "'+r.mark.name+'" '),i+="("+(r.mark.line+1)+":"+(r.mark.column+1)+")",!n&&r.mark.snippet&&(i+=`

`+r.mark.snippet),o+" "+i):o}function t(r,n){Error.call(this),this.name="YAMLException",this.reason=r,this.mark=n,this.message=e(this,!1),Error.captureStackTrace?Error.captureStackTrace(this,this.constructor):this.stack=new Error().stack||""}return t.prototype=Object.create(Error.prototype),t.prototype.constructor=t,t.prototype.toString=function(n){return this.name+": "+e(this,n)},Gc=t,Gc}var Kc,Lg;function yx(){if(Lg)return Kc;Lg=1;let e=wi();function t(i,o,s,a,u){let c="",l="",p=Math.floor(u/2)-1;return a-o>p&&(c=" ... ",o=a-p+c.length),s-a>p&&(l=" ...",s=a+p-l.length),{str:c+i.slice(o,s).replace(/\t/g,"\u2192")+l,pos:a-o+c.length}}function r(i,o){return e.repeat(" ",o-i.length)+i}function n(i,o){if(o=Object.create(o||null),!i.buffer)return null;o.maxLength||(o.maxLength=79),typeof o.indent!="number"&&(o.indent=1),typeof o.linesBefore!="number"&&(o.linesBefore=3),typeof o.linesAfter!="number"&&(o.linesAfter=2);let s=/\r?\n|\r|\0/g,a=[0],u=[],c,l=-1;for(;c=s.exec(i.buffer);)u.push(c.index),a.push(c.index+c[0].length),i.position<=c.index&&l<0&&(l=a.length-2);l<0&&(l=a.length-1);let p="",f=Math.min(i.line+o.linesAfter,u.length).toString().length,h=o.maxLength-(o.indent+f+3);for(let g=1;g<=o.linesBefore&&!(l-g<0);g++){let v=t(i.buffer,a[l-g],u[l-g],i.position-(a[l]-a[l-g]),h);p=e.repeat(" ",o.indent)+r((i.line-g+1).toString(),f)+" | "+v.str+`
`+p}let y=t(i.buffer,a[l],u[l],i.position,h);p+=e.repeat(" ",o.indent)+r((i.line+1).toString(),f)+" | "+y.str+`
`,p+=e.repeat("-",o.indent+f+3+y.pos)+`^
`;for(let g=1;g<=o.linesAfter&&!(l+g>=u.length);g++){let v=t(i.buffer,a[l+g],u[l+g],i.position-(a[l]-a[l+g]),h);p+=e.repeat(" ",o.indent)+r((i.line+g+1).toString(),f)+" | "+v.str+`
`}return p.replace(/\n$/,"")}return Kc=n,Kc}var Hc,zg;function ot(){if(zg)return Hc;zg=1;let e=xi(),t=["kind","multi","resolve","construct","instanceOf","predicate","represent","representName","defaultStyle","styleAliases"],r=["scalar","sequence","mapping"];function n(o){let s={};return o!==null&&Object.keys(o).forEach(function(a){o[a].forEach(function(u){s[String(u)]=a})}),s}function i(o,s){if(s=s||{},Object.keys(s).forEach(function(a){if(t.indexOf(a)===-1)throw new e('Unknown option "'+a+'" is met in definition of "'+o+'" YAML type.')}),this.options=s,this.tag=o,this.kind=s.kind||null,this.resolve=s.resolve||function(){return!0},this.construct=s.construct||function(a){return a},this.instanceOf=s.instanceOf||null,this.predicate=s.predicate||null,this.represent=s.represent||null,this.representName=s.representName||null,this.defaultStyle=s.defaultStyle||null,this.multi=s.multi||!1,this.styleAliases=n(s.styleAliases||null),r.indexOf(this.kind)===-1)throw new e('Unknown kind "'+this.kind+'" is specified for "'+o+'" YAML type.')}return Hc=i,Hc}var Wc,Mg;function s0(){if(Mg)return Wc;Mg=1;let e=xi(),t=ot();function r(o,s){let a=[];return o[s].forEach(function(u){let c=a.length;a.forEach(function(l,p){l.tag===u.tag&&l.kind===u.kind&&l.multi===u.multi&&(c=p)}),a[c]=u}),a}function n(){let o={scalar:{},sequence:{},mapping:{},fallback:{},multi:{scalar:[],sequence:[],mapping:[],fallback:[]}};function s(a){a.multi?(o.multi[a.kind].push(a),o.multi.fallback.push(a)):o[a.kind][a.tag]=o.fallback[a.tag]=a}for(let a=0,u=arguments.length;a<u;a+=1)arguments[a].forEach(s);return o}function i(o){return this.extend(o)}return i.prototype.extend=function(s){let a=[],u=[];if(s instanceof t)u.push(s);else if(Array.isArray(s))u=u.concat(s);else if(s&&(Array.isArray(s.implicit)||Array.isArray(s.explicit)))s.implicit&&(a=a.concat(s.implicit)),s.explicit&&(u=u.concat(s.explicit));else throw new e("Schema.extend argument should be a Type, [ Type ], or a schema definition ({ implicit: [...], explicit: [...] })");a.forEach(function(l){if(!(l instanceof t))throw new e("Specified list of YAML types (or a single Type object) contains a non-Type object.");if(l.loadKind&&l.loadKind!=="scalar")throw new e("There is a non-scalar type in the implicit list of a schema. Implicit resolving of such types is not supported.");if(l.multi)throw new e("There is a multi type in the implicit list of a schema. Multi tags can only be listed as explicit.")}),u.forEach(function(l){if(!(l instanceof t))throw new e("Specified list of YAML types (or a single Type object) contains a non-Type object.")});let c=Object.create(i.prototype);return c.implicit=(this.implicit||[]).concat(a),c.explicit=(this.explicit||[]).concat(u),c.compiledImplicit=r(c,"implicit"),c.compiledExplicit=r(c,"explicit"),c.compiledTypeMap=n(c.compiledImplicit,c.compiledExplicit),c},Wc=i,Wc}var Xc,Ug;function a0(){if(Ug)return Xc;Ug=1;let e=ot();return Xc=new e("tag:yaml.org,2002:str",{kind:"scalar",construct:function(t){return t!==null?t:""}}),Xc}var Jc,qg;function c0(){if(qg)return Jc;qg=1;let e=ot();return Jc=new e("tag:yaml.org,2002:seq",{kind:"sequence",construct:function(t){return t!==null?t:[]}}),Jc}var Yc,jg;function u0(){if(jg)return Yc;jg=1;let e=ot();return Yc=new e("tag:yaml.org,2002:map",{kind:"mapping",construct:function(t){return t!==null?t:{}}}),Yc}var Qc,Zg;function l0(){if(Zg)return Qc;Zg=1;let e=s0();return Qc=new e({explicit:[a0(),c0(),u0()]}),Qc}var eu,Bg;function d0(){if(Bg)return eu;Bg=1;let e=ot();function t(i){if(i===null)return!0;let o=i.length;return o===1&&i==="~"||o===4&&(i==="null"||i==="Null"||i==="NULL")}function r(){return null}function n(i){return i===null}return eu=new e("tag:yaml.org,2002:null",{kind:"scalar",resolve:t,construct:r,predicate:n,represent:{canonical:function(){return"~"},lowercase:function(){return"null"},uppercase:function(){return"NULL"},camelcase:function(){return"Null"},empty:function(){return""}},defaultStyle:"lowercase"}),eu}var tu,Vg;function p0(){if(Vg)return tu;Vg=1;let e=ot();function t(i){if(i===null)return!1;let o=i.length;return o===4&&(i==="true"||i==="True"||i==="TRUE")||o===5&&(i==="false"||i==="False"||i==="FALSE")}function r(i){return i==="true"||i==="True"||i==="TRUE"}function n(i){return Object.prototype.toString.call(i)==="[object Boolean]"}return tu=new e("tag:yaml.org,2002:bool",{kind:"scalar",resolve:t,construct:r,predicate:n,represent:{lowercase:function(i){return i?"true":"false"},uppercase:function(i){return i?"TRUE":"FALSE"},camelcase:function(i){return i?"True":"False"}},defaultStyle:"lowercase"}),tu}var ru,Gg;function f0(){if(Gg)return ru;Gg=1;let e=wi(),t=ot();function r(c){return c>=48&&c<=57||c>=65&&c<=70||c>=97&&c<=102}function n(c){return c>=48&&c<=55}function i(c){return c>=48&&c<=57}function o(c){if(c===null)return!1;let l=c.length,p=0,f=!1;if(!l)return!1;let h=c[p];if((h==="-"||h==="+")&&(h=c[++p]),h==="0"){if(p+1===l)return!0;if(h=c[++p],h==="b"){for(p++;p<l;p++){if(h=c[p],h!=="0"&&h!=="1")return!1;f=!0}return f&&isFinite(s(c))}if(h==="x"){for(p++;p<l;p++){if(!r(c.charCodeAt(p)))return!1;f=!0}return f&&isFinite(s(c))}if(h==="o"){for(p++;p<l;p++){if(!n(c.charCodeAt(p)))return!1;f=!0}return f&&isFinite(s(c))}}for(;p<l;p++){if(!i(c.charCodeAt(p)))return!1;f=!0}return f?isFinite(s(c)):!1}function s(c){let l=c,p=1,f=l[0];if((f==="-"||f==="+")&&(f==="-"&&(p=-1),l=l.slice(1),f=l[0]),l==="0")return 0;if(f==="0"){if(l[1]==="b")return p*parseInt(l.slice(2),2);if(l[1]==="x")return p*parseInt(l.slice(2),16);if(l[1]==="o")return p*parseInt(l.slice(2),8)}return p*parseInt(l,10)}function a(c){return s(c)}function u(c){return Object.prototype.toString.call(c)==="[object Number]"&&c%1===0&&!e.isNegativeZero(c)}return ru=new t("tag:yaml.org,2002:int",{kind:"scalar",resolve:o,construct:a,predicate:u,represent:{binary:function(c){return c>=0?"0b"+c.toString(2):"-0b"+c.toString(2).slice(1)},octal:function(c){return c>=0?"0o"+c.toString(8):"-0o"+c.toString(8).slice(1)},decimal:function(c){return c.toString(10)},hexadecimal:function(c){return c>=0?"0x"+c.toString(16).toUpperCase():"-0x"+c.toString(16).toUpperCase().slice(1)}},defaultStyle:"decimal",styleAliases:{binary:[2,"bin"],octal:[8,"oct"],decimal:[10,"dec"],hexadecimal:[16,"hex"]}}),ru}var nu,Kg;function m0(){if(Kg)return nu;Kg=1;let e=wi(),t=ot(),r=new RegExp("^(?:[-+]?(?:[0-9]+)(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$"),n=new RegExp("^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");function i(c){return c===null||!r.test(c)?!1:isFinite(parseFloat(c,10))?!0:n.test(c)}function o(c){let l=c.toLowerCase(),p=l[0]==="-"?-1:1;return"+-".indexOf(l[0])>=0&&(l=l.slice(1)),l===".inf"?p===1?Number.POSITIVE_INFINITY:Number.NEGATIVE_INFINITY:l===".nan"?NaN:p*parseFloat(l,10)}let s=/^[-+]?[0-9]+e/;function a(c,l){if(isNaN(c))switch(l){case"lowercase":return".nan";case"uppercase":return".NAN";case"camelcase":return".NaN"}else if(Number.POSITIVE_INFINITY===c)switch(l){case"lowercase":return".inf";case"uppercase":return".INF";case"camelcase":return".Inf"}else if(Number.NEGATIVE_INFINITY===c)switch(l){case"lowercase":return"-.inf";case"uppercase":return"-.INF";case"camelcase":return"-.Inf"}else if(e.isNegativeZero(c))return"-0.0";let p=c.toString(10);return s.test(p)?p.replace("e",".e"):p}function u(c){return Object.prototype.toString.call(c)==="[object Number]"&&(c%1!==0||e.isNegativeZero(c))}return nu=new t("tag:yaml.org,2002:float",{kind:"scalar",resolve:i,construct:o,predicate:u,represent:a,defaultStyle:"lowercase"}),nu}var iu,Hg;function h0(){return Hg||(Hg=1,iu=l0().extend({implicit:[d0(),p0(),f0(),m0()]})),iu}var ou,Wg;function g0(){return Wg||(Wg=1,ou=h0()),ou}var su,Xg;function b0(){if(Xg)return su;Xg=1;let e=ot(),t=new RegExp("^([0-9][0-9][0-9][0-9])-([0-9][0-9])-([0-9][0-9])$"),r=new RegExp("^([0-9][0-9][0-9][0-9])-([0-9][0-9]?)-([0-9][0-9]?)(?:[Tt]|[ \\t]+)([0-9][0-9]?):([0-9][0-9]):([0-9][0-9])(?:\\.([0-9]*))?(?:[ \\t]*(Z|([-+])([0-9][0-9]?)(?::([0-9][0-9]))?))?$");function n(s){return s===null?!1:t.exec(s)!==null||r.exec(s)!==null}function i(s){let a=0,u=null,c=t.exec(s);if(c===null&&(c=r.exec(s)),c===null)throw new Error("Date resolve error");let l=+c[1],p=+c[2]-1,f=+c[3];if(!c[4])return new Date(Date.UTC(l,p,f));let h=+c[4],y=+c[5],g=+c[6];if(c[7]){for(a=c[7].slice(0,3);a.length<3;)a+="0";a=+a}if(c[9]){let $=+c[10],w=+(c[11]||0);u=($*60+w)*6e4,c[9]==="-"&&(u=-u)}let v=new Date(Date.UTC(l,p,f,h,y,g,a));return u&&v.setTime(v.getTime()-u),v}function o(s){return s.toISOString()}return su=new e("tag:yaml.org,2002:timestamp",{kind:"scalar",resolve:n,construct:i,instanceOf:Date,represent:o}),su}var au,Jg;function y0(){if(Jg)return au;Jg=1;let e=ot();function t(r){return r==="<<"||r===null}return au=new e("tag:yaml.org,2002:merge",{kind:"scalar",resolve:t}),au}var cu,Yg;function v0(){if(Yg)return cu;Yg=1;let e=ot(),t=`ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=
\r`;function r(s){if(s===null)return!1;let a=0,u=s.length,c=t;for(let l=0;l<u;l++){let p=c.indexOf(s.charAt(l));if(!(p>64)){if(p<0)return!1;a+=6}}return a%8===0}function n(s){let a=s.replace(/[\r\n=]/g,""),u=a.length,c=t,l=0,p=[];for(let h=0;h<u;h++)h%4===0&&h&&(p.push(l>>16&255),p.push(l>>8&255),p.push(l&255)),l=l<<6|c.indexOf(a.charAt(h));let f=u%4*6;return f===0?(p.push(l>>16&255),p.push(l>>8&255),p.push(l&255)):f===18?(p.push(l>>10&255),p.push(l>>2&255)):f===12&&p.push(l>>4&255),new Uint8Array(p)}function i(s){let a="",u=0,c=s.length,l=t;for(let f=0;f<c;f++)f%3===0&&f&&(a+=l[u>>18&63],a+=l[u>>12&63],a+=l[u>>6&63],a+=l[u&63]),u=(u<<8)+s[f];let p=c%3;return p===0?(a+=l[u>>18&63],a+=l[u>>12&63],a+=l[u>>6&63],a+=l[u&63]):p===2?(a+=l[u>>10&63],a+=l[u>>4&63],a+=l[u<<2&63],a+=l[64]):p===1&&(a+=l[u>>2&63],a+=l[u<<4&63],a+=l[64],a+=l[64]),a}function o(s){return Object.prototype.toString.call(s)==="[object Uint8Array]"}return cu=new e("tag:yaml.org,2002:binary",{kind:"scalar",resolve:r,construct:n,predicate:o,represent:i}),cu}var uu,Qg;function w0(){if(Qg)return uu;Qg=1;let e=ot(),t=Object.prototype.hasOwnProperty,r=Object.prototype.toString;function n(o){if(o===null)return!0;let s={},a=o;for(let u=0,c=a.length;u<c;u+=1){let l=a[u],p=!1;if(r.call(l)!=="[object Object]")return!1;let f;for(f in l)if(t.call(l,f))if(!p)p=!0;else return!1;if(!p||t.call(s,f))return!1;Object.defineProperty(s,f,{value:!0})}return!0}function i(o){return o!==null?o:[]}return uu=new e("tag:yaml.org,2002:omap",{kind:"sequence",resolve:n,construct:i}),uu}var lu,e0;function x0(){if(e0)return lu;e0=1;let e=ot(),t=Object.prototype.toString;function r(i){if(i===null)return!0;let o=i,s=new Array(o.length);for(let a=0,u=o.length;a<u;a+=1){let c=o[a];if(t.call(c)!=="[object Object]")return!1;let l=Object.keys(c);if(l.length!==1)return!1;s[a]=[l[0],c[l[0]]]}return!0}function n(i){if(i===null)return[];let o=i,s=new Array(o.length);for(let a=0,u=o.length;a<u;a+=1){let c=o[a],l=Object.keys(c);s[a]=[l[0],c[l[0]]]}return s}return lu=new e("tag:yaml.org,2002:pairs",{kind:"sequence",resolve:r,construct:n}),lu}var du,t0;function k0(){if(t0)return du;t0=1;let e=ot(),t=Object.prototype.hasOwnProperty;function r(i){if(i===null)return!0;let o=i;for(let s in o)if(t.call(o,s)&&o[s]!==null)return!1;return!0}function n(i){return i!==null?i:{}}return du=new e("tag:yaml.org,2002:set",{kind:"mapping",resolve:r,construct:n}),du}var pu,r0;function mu(){return r0||(r0=1,pu=g0().extend({implicit:[b0(),y0()],explicit:[v0(),w0(),x0(),k0()]})),pu}var n0;function vx(){if(n0)return Jo;n0=1;let e=wi(),t=xi(),r=yx(),n=mu(),i=Object.prototype.hasOwnProperty,o=1,s=2,a=3,u=4,c=1,l=2,p=3,f=/[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/,h=/[\x85\u2028\u2029]/,y=/[,\[\]{}]/,g=/^(?:!|!!|![0-9A-Za-z-]+!)$/,v=/^(?:!|[^,\[\]{}])(?:%[0-9a-f]{2}|[0-9a-z\-#;/?:@&=+$,_.!~*'()\[\]])*$/i;function $(d){return Object.prototype.toString.call(d)}function w(d){return d===10||d===13}function k(d){return d===9||d===32}function N(d){return d===9||d===32||d===10||d===13}function M(d){return d===44||d===91||d===93||d===123||d===125}function V(d){if(d>=48&&d<=57)return d-48;let _=d|32;return _>=97&&_<=102?_-97+10:-1}function ee(d){return d===120?2:d===117?4:d===85?8:0}function W(d){return d>=48&&d<=57?d-48:-1}function J(d){switch(d){case 48:return"\0";case 97:return"\x07";case 98:return"\b";case 116:return"	";case 9:return"	";case 110:return`
`;case 118:return"\v";case 102:return"\f";case 114:return"\r";case 101:return"\x1B";case 32:return" ";case 34:return'"';case 47:return"/";case 92:return"\\";case 78:return"\x85";case 95:return"\xA0";case 76:return"\u2028";case 80:return"\u2029";default:return""}}function E(d){return d<=65535?String.fromCharCode(d):String.fromCharCode((d-65536>>10)+55296,(d-65536&1023)+56320)}function me(d,_,O){_==="__proto__"?Object.defineProperty(d,_,{configurable:!0,enumerable:!0,writable:!0,value:O}):d[_]=O}let ve=new Array(256),we=new Array(256);for(let d=0;d<256;d++)ve[d]=J(d)?1:0,we[d]=J(d);function S(d,_){this.input=d,this.filename=_.filename||null,this.schema=_.schema||n,this.onWarning=_.onWarning||null,this.legacy=_.legacy||!1,this.json=_.json||!1,this.listener=_.listener||null,this.maxDepth=typeof _.maxDepth=="number"?_.maxDepth:100,this.maxTotalMergeKeys=typeof _.maxTotalMergeKeys=="number"?_.maxTotalMergeKeys:1e4,this.implicitTypes=this.schema.compiledImplicit,this.typeMap=this.schema.compiledTypeMap,this.length=d.length,this.position=0,this.line=0,this.lineStart=0,this.lineIndent=0,this.depth=0,this.totalMergeKeys=0,this.firstTabInLine=-1,this.documents=[],this.anchorMapTransactions=[]}function R(d,_){let O={name:d.filename,buffer:d.input.slice(0,-1),position:d.position,line:d.line,column:d.position-d.lineStart};return O.snippet=r(O),new t(_,O)}function C(d,_){throw R(d,_)}function K(d,_){d.onWarning&&d.onWarning.call(null,R(d,_))}function pe(d,_,O){let D=d.anchorMapTransactions;if(D.length!==0){let I=D[D.length-1];i.call(I,_)||(I[_]={existed:i.call(d.anchorMap,_),value:d.anchorMap[_]})}d.anchorMap[_]=O}function Ce(d){d.anchorMapTransactions.push(Object.create(null))}function xe(d){let _=d.anchorMapTransactions.pop(),O=d.anchorMapTransactions;if(O.length===0)return;let D=O[O.length-1],I=Object.keys(_);for(let m=0,A=I.length;m<A;m+=1){let P=I[m];i.call(D,P)||(D[P]=_[P])}}function rt(d){let _=d.anchorMapTransactions.pop(),O=Object.keys(_);for(let D=O.length-1;D>=0;D-=1){let I=_[O[D]];I.existed?d.anchorMap[O[D]]=I.value:delete d.anchorMap[O[D]]}}function pt(d){return{position:d.position,line:d.line,lineStart:d.lineStart,lineIndent:d.lineIndent,firstTabInLine:d.firstTabInLine,tag:d.tag,anchor:d.anchor,kind:d.kind,result:d.result}}function ft(d,_){d.position=_.position,d.line=_.line,d.lineStart=_.lineStart,d.lineIndent=_.lineIndent,d.firstTabInLine=_.firstTabInLine,d.tag=_.tag,d.anchor=_.anchor,d.kind=_.kind,d.result=_.result}let At={YAML:function(_,O,D){_.version!==null&&C(_,"duplication of %YAML directive"),D.length!==1&&C(_,"YAML directive accepts exactly one argument");let I=/^([0-9]+)\.([0-9]+)$/.exec(D[0]);I===null&&C(_,"ill-formed argument of the YAML directive");let m=parseInt(I[1],10),A=parseInt(I[2],10);m!==1&&C(_,"unacceptable YAML version of the document"),_.version=D[0],_.checkLineBreaks=A<2,A!==1&&A!==2&&K(_,"unsupported YAML version of the document")},TAG:function(_,O,D){let I;D.length!==2&&C(_,"TAG directive accepts exactly two arguments");let m=D[0];I=D[1],g.test(m)||C(_,"ill-formed tag handle (first argument) of the TAG directive"),i.call(_.tagMap,m)&&C(_,'there is a previously declared suffix for "'+m+'" tag handle'),v.test(I)||C(_,"ill-formed tag prefix (second argument) of the TAG directive");try{I=decodeURIComponent(I)}catch{C(_,"tag prefix is malformed: "+I)}_.tagMap[m]=I}};function re(d,_,O,D){if(_<O){let I=d.input.slice(_,O);if(D)for(let m=0,A=I.length;m<A;m+=1){let P=I.charCodeAt(m);P===9||P>=32&&P<=1114111||C(d,"expected valid JSON character")}else f.test(I)&&C(d,"the stream contains non-printable characters");d.result+=I}}function St(d){d.totalMergeKeys++,d.maxTotalMergeKeys!==-1&&d.totalMergeKeys>d.maxTotalMergeKeys&&C(d,"merge keys exceeded maxTotalMergeKeys ("+d.maxTotalMergeKeys+")")}function Mr(d,_,O,D){e.isObject(O)||C(d,"cannot merge mappings; the provided source object is unacceptable"),St(d);let I=Object.keys(O);for(let m=0,A=I.length;m<A;m+=1){let P=I[m];St(d),i.call(_,P)||(me(_,P,O[P]),D[P]=!0)}}function Z(d,_,O,D,I,m,A,P,L){if(Array.isArray(I)){I=Array.prototype.slice.call(I);for(let U=0,q=I.length;U<q;U+=1)Array.isArray(I[U])&&C(d,"nested arrays are not supported inside keys"),typeof I=="object"&&$(I[U])==="[object Object]"&&(I[U]="[object Object]")}if(typeof I=="object"&&$(I)==="[object Object]"&&(I="[object Object]"),I=String(I),_===null&&(_={}),D==="tag:yaml.org,2002:merge")if(Array.isArray(m)){m.length>100&&C(d,"abnormal merge sequence size");for(let U=0,q=m.length;U<q;U+=1)Mr(d,_,m[U],O)}else Mr(d,_,m,O);else!d.json&&!i.call(O,I)&&i.call(_,I)&&(d.line=A||d.line,d.lineStart=P||d.lineStart,d.position=L||d.position,C(d,"duplicated mapping key")),me(_,I,m),delete O[I];return _}function Ae(d){let _=d.input.charCodeAt(d.position);_===10?d.position++:_===13?(d.position++,d.input.charCodeAt(d.position)===10&&d.position++):C(d,"a line break is expected"),d.line+=1,d.lineStart=d.position,d.firstTabInLine=-1}function z(d,_,O){let D=0,I=d.input.charCodeAt(d.position);for(;I!==0;){for(;k(I);)I===9&&d.firstTabInLine===-1&&(d.firstTabInLine=d.position),I=d.input.charCodeAt(++d.position);if(_&&I===35)do I=d.input.charCodeAt(++d.position);while(I!==10&&I!==13&&I!==0);if(w(I))for(Ae(d),I=d.input.charCodeAt(d.position),D++,d.lineIndent=0;I===32;)d.lineIndent++,I=d.input.charCodeAt(++d.position);else break}return O!==-1&&D!==0&&d.lineIndent<O&&K(d,"deficient indentation"),D}function ae(d){let _=d.position,O=d.input.charCodeAt(_);return!!((O===45||O===46)&&O===d.input.charCodeAt(_+1)&&O===d.input.charCodeAt(_+2)&&(_+=3,O=d.input.charCodeAt(_),O===0||N(O)))}function ke(d,_){_===1?d.result+=" ":_>1&&(d.result+=e.repeat(`
`,_-1))}function De(d,_,O){let D,I,m,A,P,L,U=d.kind,q=d.result,T=d.input.charCodeAt(d.position);if(N(T)||M(T)||T===35||T===38||T===42||T===33||T===124||T===62||T===39||T===34||T===37||T===64||T===96)return!1;if(T===63||T===45){let B=d.input.charCodeAt(d.position+1);if(N(B)||O&&M(B))return!1}for(d.kind="scalar",d.result="",D=I=d.position,m=!1;T!==0;){if(T===58){let B=d.input.charCodeAt(d.position+1);if(N(B)||O&&M(B))break}else if(T===35){let B=d.input.charCodeAt(d.position-1);if(N(B))break}else{if(d.position===d.lineStart&&ae(d)||O&&M(T))break;if(w(T))if(A=d.line,P=d.lineStart,L=d.lineIndent,z(d,!1,-1),d.lineIndent>=_){m=!0,T=d.input.charCodeAt(d.position);continue}else{d.position=I,d.line=A,d.lineStart=P,d.lineIndent=L;break}}m&&(re(d,D,I,!1),ke(d,d.line-A),D=I=d.position,m=!1),k(T)||(I=d.position+1),T=d.input.charCodeAt(++d.position)}return re(d,D,I,!1),d.result?!0:(d.kind=U,d.result=q,!1)}function $e(d,_){let O,D,I=d.input.charCodeAt(d.position);if(I!==39)return!1;for(d.kind="scalar",d.result="",d.position++,O=D=d.position;(I=d.input.charCodeAt(d.position))!==0;)if(I===39)if(re(d,O,d.position,!0),I=d.input.charCodeAt(++d.position),I===39)O=d.position,d.position++,D=d.position;else return!0;else w(I)?(re(d,O,D,!0),ke(d,z(d,!1,_)),O=D=d.position):d.position===d.lineStart&&ae(d)?C(d,"unexpected end of the document within a single quoted scalar"):(d.position++,k(I)||(D=d.position));C(d,"unexpected end of the stream within a single quoted scalar")}function nt(d,_){let O,D,I,m=d.input.charCodeAt(d.position);if(m!==34)return!1;for(d.kind="scalar",d.result="",d.position++,O=D=d.position;(m=d.input.charCodeAt(d.position))!==0;){if(m===34)return re(d,O,d.position,!0),d.position++,!0;if(m===92){if(re(d,O,d.position,!0),m=d.input.charCodeAt(++d.position),w(m))z(d,!1,_);else if(m<256&&ve[m])d.result+=we[m],d.position++;else if((I=ee(m))>0){let A=I,P=0;for(;A>0;A--)m=d.input.charCodeAt(++d.position),(I=V(m))>=0?P=(P<<4)+I:C(d,"expected hexadecimal character");d.result+=E(P),d.position++}else C(d,"unknown escape sequence");O=D=d.position}else w(m)?(re(d,O,D,!0),ke(d,z(d,!1,_)),O=D=d.position):d.position===d.lineStart&&ae(d)?C(d,"unexpected end of the document within a double quoted scalar"):(d.position++,k(m)||(D=d.position))}C(d,"unexpected end of the stream within a double quoted scalar")}function Tt(d,_){let O=!0,D,I,m,A=d.tag,P,L=d.anchor,U,q,T,B,Y=Object.create(null),ne,oe,de,be=d.input.charCodeAt(d.position);if(be===91)U=93,B=!1,P=[];else if(be===123)U=125,B=!0,P={};else return!1;for(d.anchor!==null&&pe(d,d.anchor,P),be=d.input.charCodeAt(++d.position);be!==0;){if(z(d,!0,_),be=d.input.charCodeAt(d.position),be===U)return d.position++,d.tag=A,d.anchor=L,d.kind=B?"mapping":"sequence",d.result=P,!0;if(O?be===44&&C(d,"expected the node content, but found ','"):C(d,"missed comma between flow collection entries"),oe=ne=de=null,q=T=!1,be===63){let fr=d.input.charCodeAt(d.position+1);N(fr)&&(q=T=!0,d.position++,z(d,!0,_))}D=d.line,I=d.lineStart,m=d.position,pr(d,_,o,!1,!0),oe=d.tag,ne=d.result,z(d,!0,_),be=d.input.charCodeAt(d.position),(T||d.line===D)&&be===58&&(q=!0,be=d.input.charCodeAt(++d.position),z(d,!0,_),pr(d,_,o,!1,!0),de=d.result),B?Z(d,P,Y,oe,ne,de,D,I,m):q?P.push(Z(d,null,Y,oe,ne,de,D,I,m)):P.push(ne),z(d,!0,_),be=d.input.charCodeAt(d.position),be===44?(O=!0,be=d.input.charCodeAt(++d.position)):O=!1}C(d,"unexpected end of the stream within a flow collection")}function it(d,_){let O,D=c,I=!1,m=!1,A=_,P=0,L=!1,U,q=d.input.charCodeAt(d.position);if(q===124)O=!1;else if(q===62)O=!0;else return!1;for(d.kind="scalar",d.result="";q!==0;)if(q=d.input.charCodeAt(++d.position),q===43||q===45)c===D?D=q===43?p:l:C(d,"repeat of a chomping mode identifier");else if((U=W(q))>=0)U===0?C(d,"bad explicit indentation width of a block scalar; it cannot be less than one"):m?C(d,"repeat of an indentation width identifier"):(A=_+U-1,m=!0);else break;if(k(q)){do q=d.input.charCodeAt(++d.position);while(k(q));if(q===35)do q=d.input.charCodeAt(++d.position);while(!w(q)&&q!==0)}for(;q!==0;){for(Ae(d),d.lineIndent=0,q=d.input.charCodeAt(d.position);(!m||d.lineIndent<A)&&q===32;)d.lineIndent++,q=d.input.charCodeAt(++d.position);if(!m&&d.lineIndent>A&&(A=d.lineIndent),w(q)){P++;continue}if(!m&&A===0&&C(d,"missing indentation for block scalar"),d.lineIndent<A){D===p?d.result+=e.repeat(`
`,I?1+P:P):D===c&&I&&(d.result+=`
`);break}O?k(q)?(L=!0,d.result+=e.repeat(`
`,I?1+P:P)):L?(L=!1,d.result+=e.repeat(`
`,P+1)):P===0?I&&(d.result+=" "):d.result+=e.repeat(`
`,P):d.result+=e.repeat(`
`,I?1+P:P),I=!0,m=!0,P=0;let T=d.position;for(;!w(q)&&q!==0;)q=d.input.charCodeAt(++d.position);re(d,T,d.position,!1)}return!0}function No(d,_){let O=d.tag,D=d.anchor,I=[],m=!1;if(d.firstTabInLine!==-1)return!1;d.anchor!==null&&pe(d,d.anchor,I);let A=d.input.charCodeAt(d.position);for(;A!==0&&(d.firstTabInLine!==-1&&(d.position=d.firstTabInLine,C(d,"tab characters must not be used in indentation")),A===45);){let P=d.input.charCodeAt(d.position+1);if(!N(P))break;if(m=!0,d.position++,z(d,!0,-1)&&d.lineIndent<=_){I.push(null),A=d.input.charCodeAt(d.position);continue}let L=d.line;if(pr(d,_,a,!1,!0),I.push(d.result),z(d,!0,-1),A=d.input.charCodeAt(d.position),(d.line===L||d.lineIndent>_)&&A!==0)C(d,"bad indentation of a sequence entry");else if(d.lineIndent<_)break}return m?(d.tag=O,d.anchor=D,d.kind="sequence",d.result=I,!0):!1}function Fo(d,_,O){let D,I,m,A,P=d.tag,L=d.anchor,U={},q=Object.create(null),T=null,B=null,Y=null,ne=!1,oe=!1;if(d.firstTabInLine!==-1)return!1;d.anchor!==null&&pe(d,d.anchor,U);let de=d.input.charCodeAt(d.position);for(;de!==0;){!ne&&d.firstTabInLine!==-1&&(d.position=d.firstTabInLine,C(d,"tab characters must not be used in indentation"));let be=d.input.charCodeAt(d.position+1),fr=d.line;if((de===63||de===58)&&N(be))de===63?(ne&&(Z(d,U,q,T,B,null,I,m,A),T=B=Y=null),oe=!0,ne=!0,D=!0):ne?(ne=!1,D=!0):C(d,"incomplete explicit mapping pair; a key node is missed; or followed by a non-tabulated empty line"),d.position+=1,de=be;else{if(I=d.line,m=d.lineStart,A=d.position,!pr(d,O,s,!1,!0))break;if(d.line===fr){for(de=d.input.charCodeAt(d.position);k(de);)de=d.input.charCodeAt(++d.position);if(de===58)de=d.input.charCodeAt(++d.position),N(de)||C(d,"a whitespace character is expected after the key-value separator within a block mapping"),ne&&(Z(d,U,q,T,B,null,I,m,A),T=B=Y=null),oe=!0,ne=!1,D=!1,T=d.tag,B=d.result;else if(oe)C(d,"can not read an implicit mapping pair; a colon is missed");else return d.tag=P,d.anchor=L,!0}else if(oe)C(d,"can not read a block mapping entry; a multiline key may not be an implicit key");else return d.tag=P,d.anchor=L,!0}if((d.line===fr||d.lineIndent>_)&&(ne&&(I=d.line,m=d.lineStart,A=d.position),pr(d,_,u,!0,D)&&(ne?B=d.result:Y=d.result),ne||(Z(d,U,q,T,B,Y,I,m,A),T=B=Y=null),z(d,!0,-1),de=d.input.charCodeAt(d.position)),(d.line===fr||d.lineIndent>_)&&de!==0)C(d,"bad indentation of a mapping entry");else if(d.lineIndent<_)break}return ne&&Z(d,U,q,T,B,null,I,m,A),oe&&(d.tag=P,d.anchor=L,d.kind="mapping",d.result=U),oe}function Lo(d){let _=!1,O=!1,D,I,m=d.input.charCodeAt(d.position);if(m!==33)return!1;d.tag!==null&&C(d,"duplication of a tag property"),m=d.input.charCodeAt(++d.position),m===60?(_=!0,m=d.input.charCodeAt(++d.position)):m===33?(O=!0,D="!!",m=d.input.charCodeAt(++d.position)):D="!";let A=d.position;if(_){do m=d.input.charCodeAt(++d.position);while(m!==0&&m!==62);d.position<d.length?(I=d.input.slice(A,d.position),m=d.input.charCodeAt(++d.position)):C(d,"unexpected end of the stream within a verbatim tag")}else{for(;m!==0&&!N(m);)m===33&&(O?C(d,"tag suffix cannot contain exclamation marks"):(D=d.input.slice(A-1,d.position+1),g.test(D)||C(d,"named tag handle cannot contain such characters"),O=!0,A=d.position+1)),m=d.input.charCodeAt(++d.position);I=d.input.slice(A,d.position),y.test(I)&&C(d,"tag suffix cannot contain flow indicator characters")}I&&!v.test(I)&&C(d,"tag name cannot contain such characters: "+I);try{I=decodeURIComponent(I)}catch{C(d,"tag name is malformed: "+I)}return _?d.tag=I:i.call(d.tagMap,D)?d.tag=d.tagMap[D]+I:D==="!"?d.tag="!"+I:D==="!!"?d.tag="tag:yaml.org,2002:"+I:C(d,'undeclared tag handle "'+D+'"'),!0}function zo(d){let _=d.input.charCodeAt(d.position);if(_!==38)return!1;d.anchor!==null&&C(d,"duplication of an anchor property"),_=d.input.charCodeAt(++d.position);let O=d.position;for(;_!==0&&!N(_)&&!M(_);)_=d.input.charCodeAt(++d.position);return d.position===O&&C(d,"name of an anchor node must contain at least one character"),d.anchor=d.input.slice(O,d.position),!0}function Nc(d){let _=d.input.charCodeAt(d.position);if(_!==42)return!1;_=d.input.charCodeAt(++d.position);let O=d.position;for(;_!==0&&!N(_)&&!M(_);)_=d.input.charCodeAt(++d.position);d.position===O&&C(d,"name of an alias node must contain at least one character");let D=d.input.slice(O,d.position);return i.call(d.anchorMap,D)||C(d,'unidentified alias "'+D+'"'),d.result=d.anchorMap[D],z(d,!0,-1),!0}function Mo(d,_,O,D){let I=pt(d);return Ce(d),ft(d,_),d.tag=null,d.anchor=null,d.kind=null,d.result=null,Fo(d,O,D)&&d.kind==="mapping"?(xe(d),!0):(rt(d),ft(d,I),!1)}function pr(d,_,O,D,I){let m,A,P=1,L=!1,U=!1,q=null,T,B,Y;d.depth>=d.maxDepth&&C(d,"nesting exceeded maxDepth ("+d.maxDepth+")"),d.depth+=1,d.listener!==null&&d.listener("open",d),d.tag=null,d.anchor=null,d.kind=null,d.result=null;let ne=m=A=u===O||a===O;if(D&&z(d,!0,-1)&&(L=!0,d.lineIndent>_?P=1:d.lineIndent===_?P=0:d.lineIndent<_&&(P=-1)),P===1)for(;;){let oe=d.input.charCodeAt(d.position),de=pt(d);if(L&&(oe===33&&d.tag!==null||oe===38&&d.anchor!==null)||!Lo(d)&&!zo(d))break;q===null&&(q=de),z(d,!0,-1)?(L=!0,A=ne,d.lineIndent>_?P=1:d.lineIndent===_?P=0:d.lineIndent<_&&(P=-1)):A=!1}if(A&&(A=L||I),P===1||u===O)if(o===O||s===O?B=_:B=_+1,Y=d.position-d.lineStart,P===1)if(A&&(No(d,Y)||Fo(d,Y,B))||Tt(d,B))U=!0;else{let oe=d.input.charCodeAt(d.position);q!==null&&ne&&!A&&oe!==124&&oe!==62&&Mo(d,q,q.position-q.lineStart,B)||m&&it(d,B)||$e(d,B)||nt(d,B)?U=!0:Nc(d)?(U=!0,(d.tag!==null||d.anchor!==null)&&C(d,"alias node should not have any properties")):De(d,B,o===O)&&(U=!0,d.tag===null&&(d.tag="?")),d.anchor!==null&&pe(d,d.anchor,d.result)}else P===0&&(U=A&&No(d,Y));if(d.tag===null)d.anchor!==null&&pe(d,d.anchor,d.result);else if(d.tag==="?"){d.result!==null&&d.kind!=="scalar"&&C(d,'unacceptable node kind for !<?> tag; it should be "scalar", not "'+d.kind+'"');for(let oe=0,de=d.implicitTypes.length;oe<de;oe+=1)if(T=d.implicitTypes[oe],T.resolve(d.result)){d.result=T.construct(d.result),d.tag=T.tag,d.anchor!==null&&pe(d,d.anchor,d.result);break}}else if(d.tag!=="!"){if(i.call(d.typeMap[d.kind||"fallback"],d.tag))T=d.typeMap[d.kind||"fallback"][d.tag];else{T=null;let oe=d.typeMap.multi[d.kind||"fallback"];for(let de=0,be=oe.length;de<be;de+=1)if(d.tag.slice(0,oe[de].tag.length)===oe[de].tag){T=oe[de];break}}T||C(d,"unknown tag !<"+d.tag+">"),d.result!==null&&T.kind!==d.kind&&C(d,"unacceptable node kind for !<"+d.tag+'> tag; it should be "'+T.kind+'", not "'+d.kind+'"'),T.resolve(d.result,d.tag)?(d.result=T.construct(d.result,d.tag),d.anchor!==null&&pe(d,d.anchor,d.result)):C(d,"cannot resolve a node with !<"+d.tag+"> explicit tag")}return d.listener!==null&&d.listener("close",d),d.depth-=1,d.tag!==null||d.anchor!==null||U}function Fc(d){let _=d.position,O=!1,D;for(d.version=null,d.checkLineBreaks=d.legacy,d.tagMap=Object.create(null),d.anchorMap=Object.create(null);(D=d.input.charCodeAt(d.position))!==0&&(z(d,!0,-1),D=d.input.charCodeAt(d.position),!(d.lineIndent>0||D!==37));){O=!0,D=d.input.charCodeAt(++d.position);let I=d.position;for(;D!==0&&!N(D);)D=d.input.charCodeAt(++d.position);let m=d.input.slice(I,d.position),A=[];for(m.length<1&&C(d,"directive name must not be less than one character in length");D!==0;){for(;k(D);)D=d.input.charCodeAt(++d.position);if(D===35){do D=d.input.charCodeAt(++d.position);while(D!==0&&!w(D));break}if(w(D))break;for(I=d.position;D!==0&&!N(D);)D=d.input.charCodeAt(++d.position);A.push(d.input.slice(I,d.position))}D!==0&&Ae(d),i.call(At,m)?At[m](d,m,A):K(d,'unknown document directive "'+m+'"')}if(z(d,!0,-1),d.lineIndent===0&&d.input.charCodeAt(d.position)===45&&d.input.charCodeAt(d.position+1)===45&&d.input.charCodeAt(d.position+2)===45?(d.position+=3,z(d,!0,-1)):O&&C(d,"directives end mark is expected"),pr(d,d.lineIndent-1,u,!1,!0),z(d,!0,-1),d.checkLineBreaks&&h.test(d.input.slice(_,d.position))&&K(d,"non-ASCII line breaks are interpreted as content"),d.documents.push(d.result),d.position===d.lineStart&&ae(d)){d.input.charCodeAt(d.position)===46&&(d.position+=3,z(d,!0,-1));return}d.position<d.length-1&&C(d,"end of the stream or a document separator is expected")}function mi(d,_){d=String(d),_=_||{},d.length!==0&&(d.charCodeAt(d.length-1)!==10&&d.charCodeAt(d.length-1)!==13&&(d+=`
`),d.charCodeAt(0)===65279&&(d=d.slice(1)));let O=new S(d,_),D=d.indexOf("\0");for(D!==-1&&(O.position=D,C(O,"null byte is not allowed in input")),O.input+="\0";O.input.charCodeAt(O.position)===32;)O.lineIndent+=1,O.position+=1;for(;O.position<O.length-1;)Fc(O);return O.documents}function Lc(d,_,O){_!==null&&typeof _=="object"&&typeof O>"u"&&(O=_,_=null);let D=mi(d,O);if(typeof _!="function")return D;for(let I=0,m=D.length;I<m;I+=1)_(D[I])}function zc(d,_){let O=mi(d,_);if(O.length!==0){if(O.length===1)return O[0];throw new t("expected a single document in the stream, but found more")}}return Jo.loadAll=Lc,Jo.load=zc,Jo}var fu={},i0;function wx(){if(i0)return fu;i0=1;let e=wi(),t=xi(),r=mu(),n=Object.prototype.toString,i=Object.prototype.hasOwnProperty,o=65279,s=9,a=10,u=13,c=32,l=33,p=34,f=35,h=37,y=38,g=39,v=42,$=44,w=45,k=58,N=61,M=62,V=63,ee=64,W=91,J=93,E=96,me=123,ve=124,we=125,S={};S[0]="\\0",S[7]="\\a",S[8]="\\b",S[9]="\\t",S[10]="\\n",S[11]="\\v",S[12]="\\f",S[13]="\\r",S[27]="\\e",S[34]='\\"',S[92]="\\\\",S[133]="\\N",S[160]="\\_",S[8232]="\\L",S[8233]="\\P";let R=["y","Y","yes","Yes","YES","on","On","ON","n","N","no","No","NO","off","Off","OFF"],C=/^[-+]?[0-9_]+(?::[0-9_]+)+(?:\.[0-9_]*)?$/;function K(m,A){if(A===null)return{};let P={},L=Object.keys(A);for(let U=0,q=L.length;U<q;U+=1){let T=L[U],B=String(A[T]);T.slice(0,2)==="!!"&&(T="tag:yaml.org,2002:"+T.slice(2));let Y=m.compiledTypeMap.fallback[T];Y&&i.call(Y.styleAliases,B)&&(B=Y.styleAliases[B]),P[T]=B}return P}function pe(m){let A,P,L=m.toString(16).toUpperCase();if(m<=255)A="x",P=2;else if(m<=65535)A="u",P=4;else if(m<=4294967295)A="U",P=8;else throw new t("code point within a string may not be greater than 0xFFFFFFFF");return"\\"+A+e.repeat("0",P-L.length)+L}let Ce=1,xe=2;function rt(m){this.schema=m.schema||r,this.indent=Math.max(1,m.indent||2),this.noArrayIndent=m.noArrayIndent||!1,this.skipInvalid=m.skipInvalid||!1,this.flowLevel=e.isNothing(m.flowLevel)?-1:m.flowLevel,this.styleMap=K(this.schema,m.styles||null),this.sortKeys=m.sortKeys||!1,this.lineWidth=m.lineWidth||80,this.noRefs=m.noRefs||!1,this.noCompatMode=m.noCompatMode||!1,this.condenseFlow=m.condenseFlow||!1,this.quotingType=m.quotingType==='"'?xe:Ce,this.forceQuotes=m.forceQuotes||!1,this.replacer=typeof m.replacer=="function"?m.replacer:null,this.implicitTypes=this.schema.compiledImplicit,this.explicitTypes=this.schema.compiledExplicit,this.tag=null,this.result="",this.duplicates=[],this.usedDuplicates=null}function pt(m,A){let P=e.repeat(" ",A),L=0,U="",q=m.length;for(;L<q;){let T,B=m.indexOf(`
`,L);B===-1?(T=m.slice(L),L=q):(T=m.slice(L,B+1),L=B+1),T.length&&T!==`
`&&(U+=P),U+=T}return U}function ft(m,A){return`
`+e.repeat(" ",m.indent*A)}function At(m,A){for(let P=0,L=m.implicitTypes.length;P<L;P+=1)if(m.implicitTypes[P].resolve(A))return!0;return!1}function re(m){return m===c||m===s}function St(m){return m>=32&&m<=126||m>=161&&m<=55295&&m!==8232&&m!==8233||m>=57344&&m<=65533&&m!==o||m>=65536&&m<=1114111}function Mr(m){return St(m)&&m!==o&&m!==u&&m!==a}function Z(m,A,P){let L=Mr(m),U=L&&!re(m);return(P?L:L&&m!==$&&m!==W&&m!==J&&m!==me&&m!==we)&&m!==f&&!(A===k&&!U)||Mr(A)&&!re(A)&&m===f||A===k&&U}function Ae(m){return St(m)&&m!==o&&!re(m)&&m!==w&&m!==V&&m!==k&&m!==$&&m!==W&&m!==J&&m!==me&&m!==we&&m!==f&&m!==y&&m!==v&&m!==l&&m!==ve&&m!==N&&m!==M&&m!==g&&m!==p&&m!==h&&m!==ee&&m!==E}function z(m){return!re(m)&&m!==k}function ae(m,A){let P=m.charCodeAt(A),L;return P>=55296&&P<=56319&&A+1<m.length&&(L=m.charCodeAt(A+1),L>=56320&&L<=57343)?(P-55296)*1024+L-56320+65536:P}function ke(m){return/^\n* /.test(m)}let De=1,$e=2,nt=3,Tt=4,it=5;function No(m,A,P,L,U,q,T,B){let Y,ne=0,oe=null,de=!1,be=!1,fr=L!==-1,hi=-1,gi=Ae(ae(m,0))&&z(ae(m,m.length-1));if(A||T)for(Y=0;Y<m.length;ne>=65536?Y+=2:Y++){if(ne=ae(m,Y),!St(ne))return it;gi=gi&&Z(ne,oe,B),oe=ne}else{for(Y=0;Y<m.length;ne>=65536?Y+=2:Y++){if(ne=ae(m,Y),ne===a)de=!0,fr&&(be=be||Y-hi-1>L&&m[hi+1]!==" ",hi=Y);else if(!St(ne))return it;gi=gi&&Z(ne,oe,B),oe=ne}be=be||fr&&Y-hi-1>L&&m[hi+1]!==" "}return!de&&!be?gi&&!T&&!U(m)?De:q===xe?it:$e:P>9&&ke(m)?it:T?q===xe?it:$e:be?Tt:nt}function Fo(m,A,P,L,U){m.dump=(function(){if(A.length===0)return m.quotingType===xe?'""':"''";if(!m.noCompatMode&&(R.indexOf(A)!==-1||C.test(A)))return m.quotingType===xe?'"'+A+'"':"'"+A+"'";let q=m.indent*Math.max(1,P),T=m.lineWidth===-1?-1:Math.max(Math.min(m.lineWidth,40),m.lineWidth-q),B=L||m.flowLevel>-1&&P>=m.flowLevel;function Y(ne){return At(m,ne)}switch(No(A,B,m.indent,T,Y,m.quotingType,m.forceQuotes&&!L,U)){case De:return A;case $e:return"'"+A.replace(/'/g,"''")+"'";case nt:return"|"+Lo(A,m.indent)+zo(pt(A,q));case Tt:return">"+Lo(A,m.indent)+zo(pt(Nc(A,T),q));case it:return'"'+pr(A)+'"';default:throw new t("impossible error: invalid scalar style")}})()}function Lo(m,A){let P=ke(m)?String(A):"",L=m[m.length-1]===`
`,q=L&&(m[m.length-2]===`
`||m===`
`)?"+":L?"":"-";return P+q+`
`}function zo(m){return m[m.length-1]===`
`?m.slice(0,-1):m}function Nc(m,A){let P=/(\n+)([^\n]*)/g,L=(function(){let B=m.indexOf(`
`);return B=B!==-1?B:m.length,P.lastIndex=B,Mo(m.slice(0,B),A)})(),U=m[0]===`
`||m[0]===" ",q,T;for(;T=P.exec(m);){let B=T[1],Y=T[2];q=Y[0]===" ",L+=B+(!U&&!q&&Y!==""?`
`:"")+Mo(Y,A),U=q}return L}function Mo(m,A){if(m===""||m[0]===" ")return m;let P=/ [^ ]/g,L,U=0,q,T=0,B=0,Y="";for(;L=P.exec(m);)B=L.index,B-U>A&&(q=T>U?T:B,Y+=`
`+m.slice(U,q),U=q+1),T=B;return Y+=`
`,m.length-U>A&&T>U?Y+=m.slice(U,T)+`
`+m.slice(T+1):Y+=m.slice(U),Y.slice(1)}function pr(m){let A="",P=0;for(let L=0;L<m.length;P>=65536?L+=2:L++){P=ae(m,L);let U=S[P];!U&&St(P)?(A+=m[L],P>=65536&&(A+=m[L+1])):A+=U||pe(P)}return A}function Fc(m,A,P){let L="",U=m.tag;for(let q=0,T=P.length;q<T;q+=1){let B=P[q];m.replacer&&(B=m.replacer.call(P,String(q),B)),(_(m,A,B,!1,!1)||typeof B>"u"&&_(m,A,null,!1,!1))&&(L!==""&&(L+=","+(m.condenseFlow?"":" ")),L+=m.dump)}m.tag=U,m.dump="["+L+"]"}function mi(m,A,P,L){let U="",q=m.tag;for(let T=0,B=P.length;T<B;T+=1){let Y=P[T];m.replacer&&(Y=m.replacer.call(P,String(T),Y)),(_(m,A+1,Y,!0,!0,!1,!0)||typeof Y>"u"&&_(m,A+1,null,!0,!0,!1,!0))&&((!L||U!=="")&&(U+=ft(m,A)),m.dump&&a===m.dump.charCodeAt(0)?U+="-":U+="- ",U+=m.dump)}m.tag=q,m.dump=U||"[]"}function Lc(m,A,P){let L="",U=m.tag,q=Object.keys(P);for(let T=0,B=q.length;T<B;T+=1){let Y="";L!==""&&(Y+=", "),m.condenseFlow&&(Y+='"');let ne=q[T],oe=P[ne];m.replacer&&(oe=m.replacer.call(P,ne,oe)),_(m,A,ne,!1,!1)&&(m.dump.length>1024&&(Y+="? "),Y+=m.dump+(m.condenseFlow?'"':"")+":"+(m.condenseFlow?"":" "),_(m,A,oe,!1,!1)&&(Y+=m.dump,L+=Y))}m.tag=U,m.dump="{"+L+"}"}function zc(m,A,P,L){let U="",q=m.tag,T=Object.keys(P);if(m.sortKeys===!0)T.sort();else if(typeof m.sortKeys=="function")T.sort(m.sortKeys);else if(m.sortKeys)throw new t("sortKeys must be a boolean or a function");for(let B=0,Y=T.length;B<Y;B+=1){let ne="";(!L||U!=="")&&(ne+=ft(m,A));let oe=T[B],de=P[oe];if(m.replacer&&(de=m.replacer.call(P,oe,de)),!_(m,A+1,oe,!0,!0,!0))continue;let be=m.tag!==null&&m.tag!=="?"||m.dump&&m.dump.length>1024;be&&(m.dump&&a===m.dump.charCodeAt(0)?ne+="?":ne+="? "),ne+=m.dump,be&&(ne+=ft(m,A)),_(m,A+1,de,!0,be)&&(m.dump&&a===m.dump.charCodeAt(0)?ne+=":":ne+=": ",ne+=m.dump,U+=ne)}m.tag=q,m.dump=U||"{}"}function d(m,A,P){let L=P?m.explicitTypes:m.implicitTypes;for(let U=0,q=L.length;U<q;U+=1){let T=L[U];if((T.instanceOf||T.predicate)&&(!T.instanceOf||typeof A=="object"&&A instanceof T.instanceOf)&&(!T.predicate||T.predicate(A))){if(P?T.multi&&T.representName?m.tag=T.representName(A):m.tag=T.tag:m.tag="?",T.represent){let B=m.styleMap[T.tag]||T.defaultStyle,Y;if(n.call(T.represent)==="[object Function]")Y=T.represent(A,B);else if(i.call(T.represent,B))Y=T.represent[B](A,B);else throw new t("!<"+T.tag+'> tag resolver accepts not "'+B+'" style');m.dump=Y}return!0}}return!1}function _(m,A,P,L,U,q,T){m.tag=null,m.dump=P,d(m,P,!1)||d(m,P,!0);let B=n.call(m.dump),Y=L;L&&(L=m.flowLevel<0||m.flowLevel>A);let ne=B==="[object Object]"||B==="[object Array]",oe,de;if(ne&&(oe=m.duplicates.indexOf(P),de=oe!==-1),(m.tag!==null&&m.tag!=="?"||de||m.indent!==2&&A>0)&&(U=!1),de&&m.usedDuplicates[oe])m.dump="*ref_"+oe;else{if(ne&&de&&!m.usedDuplicates[oe]&&(m.usedDuplicates[oe]=!0),B==="[object Object]")L&&Object.keys(m.dump).length!==0?(zc(m,A,m.dump,U),de&&(m.dump="&ref_"+oe+m.dump)):(Lc(m,A,m.dump),de&&(m.dump="&ref_"+oe+" "+m.dump));else if(B==="[object Array]")L&&m.dump.length!==0?(m.noArrayIndent&&!T&&A>0?mi(m,A-1,m.dump,U):mi(m,A,m.dump,U),de&&(m.dump="&ref_"+oe+m.dump)):(Fc(m,A,m.dump),de&&(m.dump="&ref_"+oe+" "+m.dump));else if(B==="[object String]")m.tag!=="?"&&Fo(m,m.dump,A,q,Y);else{if(B==="[object Undefined]")return!1;if(m.skipInvalid)return!1;throw new t("unacceptable kind of an object to dump "+B)}if(m.tag!==null&&m.tag!=="?"){let be=encodeURI(m.tag[0]==="!"?m.tag.slice(1):m.tag).replace(/!/g,"%21");m.tag[0]==="!"?be="!"+be:be.slice(0,18)==="tag:yaml.org,2002:"?be="!!"+be.slice(18):be="!<"+be+">",m.dump=be+" "+m.dump}}return!0}function O(m,A){let P=[],L=[];D(m,P,L);let U=L.length;for(let q=0;q<U;q+=1)A.duplicates.push(P[L[q]]);A.usedDuplicates=new Array(U)}function D(m,A,P){if(m!==null&&typeof m=="object"){let L=A.indexOf(m);if(L!==-1)P.indexOf(L)===-1&&P.push(L);else if(A.push(m),Array.isArray(m))for(let U=0,q=m.length;U<q;U+=1)D(m[U],A,P);else{let U=Object.keys(m);for(let q=0,T=U.length;q<T;q+=1)D(m[U[q]],A,P)}}}function I(m,A){A=A||{};let P=new rt(A);P.noRefs||O(m,P);let L=m;return P.replacer&&(L=P.replacer.call({"":L},"",L)),_(P,0,L,!0,!0)?P.dump+`
`:""}return fu.dump=I,fu}var o0;function xx(){if(o0)return et;o0=1;let e=vx(),t=wx();function r(n,i){return function(){throw new Error("Function yaml."+n+" is removed in js-yaml 4. Use yaml."+i+" instead, which is now safe by default.")}}return et.Type=ot(),et.Schema=s0(),et.FAILSAFE_SCHEMA=l0(),et.JSON_SCHEMA=h0(),et.CORE_SCHEMA=g0(),et.DEFAULT_SCHEMA=mu(),et.load=e.load,et.loadAll=e.loadAll,et.dump=t.dump,et.YAMLException=xi(),et.types={binary:v0(),float:m0(),map:u0(),null:d0(),pairs:x0(),set:k0(),timestamp:b0(),bool:p0(),int:f0(),merge:y0(),omap:w0(),seq:c0(),str:a0()},et.safeLoad=r("safeLoad","load"),et.safeLoadAll=r("safeLoadAll","loadAll"),et.safeDump=r("safeDump","dump"),et}var kx=xx(),nr=bx(kx),{Type:NI,Schema:FI,FAILSAFE_SCHEMA:LI,JSON_SCHEMA:zI,CORE_SCHEMA:MI,DEFAULT_SCHEMA:UI,load:qI,loadAll:jI,dump:ZI,YAMLException:BI,types:VI,safeLoad:GI,safeLoadAll:KI,safeDump:HI}=nr;var qr=8*1024*1024,ki=1e5,Yo=1e4,bn=100;function $0(e,t){let r=$x(e);if(r>qr)throw new G(`file is ${r} bytes, over the ${qr}-byte limit`,{file:t},"split it into several manifests (genspend accepts globs)");if(e.includes("\0")||e.includes("\uFFFD"))throw new G("file is binary, not YAML text",{file:t},"point genspend at a UTF-8 YAML manifest");if(e.trim()===""||/^(\s*#.*\n?)*\s*$/.test(e))throw new G("file is empty",{file:t},"add `version: 1` and a `workloads:` list (see examples/genspend.yml)")}function $x(e){if(!/[^\x00-\x7f]/.test(e))return e.length;let t=0;for(let r=0;r<e.length;r++){let n=e.charCodeAt(r);n<128?t+=1:n<2048?t+=2:n>=55296&&n<=56319?(t+=4,r++):t+=3}return t}var _x=/^(?:~|null|Null|NULL)?$/,Ax=/^(?:true|True|TRUE|false|False|FALSE)$/,Sx=/^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$/,Rx=/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/,_0=/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,Px=/^-?[0-9]{1,15}$/;function Ex(e){return Px.test(e)?new ht(Number(e)):new ht(/^0[ox]/.test(e)?BigInt(e).toString():e.replace(/^\+/,""))}function Ix(e){return/nan/i.test(e)?NaN:e.startsWith("-")?-1/0:1/0}var Qo=(e,t,r)=>new nr.Type(`tag:yaml.org,2002:${e}`,{kind:"scalar",resolve:n=>typeof n=="string"&&t.test(n),construct:r}),Tx=e=>["scalar","sequence","mapping"].map(t=>new nr.Type("",{kind:t,multi:!0,resolve:(r,n)=>e(n??"")}));function A0(e,t){let r=n=>e?Ex(n):Number(n.replace(/^\+/,""));return nr.FAILSAFE_SCHEMA.extend({implicit:[Qo("null",_x,()=>null),Qo("bool",Ax,n=>n.toLowerCase()==="true"),Qo("int",Sx,r),Qo("float",new RegExp(`${Rx.source}|${_0.source}`),n=>_0.test(n)?Ix(n):r(n)),new nr.Type("tag:yaml.org,2002:merge",{kind:"scalar",resolve:n=>n==="<<"})],explicit:Tx(t)})}var S0=/[ \t]*\*([^\s,[\]{}]+)/y,R0=/(?:\s|#[^\n]*(?![^\n]))*:/y,Ox="tag:yaml.org,2002:merge",hu=/[ \t]*/y;function es(e,t,r={}){$0(e,t);let n=$=>({file:t,line:$}),i=[],o=new WeakMap,s=new WeakMap,a=new WeakMap,u=0,c=0,l=0,p=0,f,h=$=>{throw new G(`unsupported tag \`${$.replace(/^tag:yaml\.org,2002:/,"!!")}\``,n((f?.line??0)+1),"remove the tag: a manifest holds only text, numbers, true/false, lists and mappings")},y=$=>{let w=$.line+1;if($.depth>bn+1)throw P0(n(w));let k=i.at(-1);if(k){for(;k.children.length>0&&k.children.at(-1).position>=$.position;)k.children.pop();k.children.length===0&&k.anchor===void 0&&(k.anchor=$.anchor)}else{if(l++>0)throw Nx($.input,p,$.position,t);if($.version!==null&&$.version!=="1.2")throw Fx($.version,$.input,$.position,t)}S0.lastIndex=$.position;let N=S0.exec($.input)?.[1];if(N!==void 0&&i.some(M=>M.anchor===N))throw new G(`alias \`*${N}\` is inside the value it names`,n(w),"an alias cannot repeat its own parent");if(N!==void 0&&!Object.prototype.hasOwnProperty.call($.anchorMap,N))throw new G(`undefined alias \`*${N}\``,n(w),`define the anchor \`&${N}\` on a value before this alias, or write the value out`);i.push({line:w,position:$.position,children:[],merging:!1})},g=$=>{let w=i.pop(),k=$.result,N=$.kind==="mapping"||$.kind==="sequence",M=$.kind===null&&k!==null&&w.children.length===0,V=1;if(M){if(V=typeof k=="object"&&s.get(k)||1,u+=V,u>ki||++c>Yo)throw new G(u>ki?`aliases expand to more than ${ki.toLocaleString("en-US")} values`:`more than ${Yo.toLocaleString("en-US")} aliases`,n(w.line),"write the values out instead of nesting aliases")}else if(N){if($.depth>bn)throw P0(n(w.line));for(let ve of w.children)V+=ve.size;s.has(k)||(s.set(k,V),o.set(k,Dx(k,w.children)),r.ranges&&$.kind==="mapping"&&a.set(k,Cx(w.children)))}let ee=i.at(-1);if(!ee){p=$.position;return}R0.lastIndex=$.position;let W=R0.test($.input),J=N&&w.children.length>0?w.children[0].line:w.line;if(W&&k!==null&&typeof k=="object"&&(Array.isArray(k)||gu(k)))throw new G("a key is a list or mapping",n(J),"keys are plain text: remove the `?` or the brackets around the key");if(ee.merging&&(ee.merging=!1,!(gu(k)||Array.isArray(k)&&k.every(gu))))throw new G("`<<` merges a mapping or a list of mappings into this one",n(J),"merge an anchored mapping (`<<: *defaults`), or remove the `<<` key");let E=W&&$.tag===Ox;E&&(ee.merging=!0);let me={value:k,line:J,position:w.position,size:V,key:W,merge:E};r.ranges&&$.kind==="scalar"&&(hu.lastIndex=w.position,hu.test($.input),me.range=[hu.lastIndex,$.position]),ee.children.push(me)},v;try{v=nr.load(e,{filename:t,schema:A0(r.exactNumbers??!0,h),maxDepth:bn+2,maxTotalMergeKeys:-1,listener($,w){f=w,$==="open"?y(f):g(f)}})}catch($){throw $ instanceof nr.YAMLException?new G(`invalid YAML: ${$.reason}`,n($.mark.line+1),"fix the YAML syntax at that line"):$}return{value:v,lineOf($){let w=v,k=1;for(let N of $){if(w===null||typeof w!="object")break;let M=o.get(w)?.get(Array.isArray(w)?N:String(N));if(M===void 0)break;k=M,w=w[N]}return k},rangeOf($){let w=v;for(let k of $.slice(0,-1)){if(w===null||typeof w!="object")return;w=w[k]}return w!==null&&typeof w=="object"?a.get(w)?.get(String($.at(-1))):void 0}}}function Cx(e){let t=new Map;return e.forEach((r,n)=>{let i=e[n+1];r.key&&i&&!i.key&&i.range&&t.set(String(r.value),i.range)}),t}function Dx(e,t){let r=new Map;if(Array.isArray(e))return t.length===e.length&&t.forEach((i,o)=>r.set(o,i.line)),r;let n;for(let i of t)i.key&&(i.merge?n??=i.line:r.set(String(i.value),i.line));if(n!==void 0)for(let i of Object.keys(e))r.has(i)||r.set(i,n);return r}function gu(e){if(e===null||typeof e!="object")return!1;let t=Object.getPrototypeOf(e);return t===Object.prototype||t===null}function P0(e){return new G(`nesting too deep (more than ${bn} levels)`,e,"a manifest nests four levels: a mapping, its `workloads` list, each workload, its values")}function E0(e,t){let r=1;for(let n=e.indexOf(`
`);n!==-1&&n<t;n=e.indexOf(`
`,n+1))r++;return r}function Nx(e,t,r,n){let i=/^---/m.exec(e.slice(t,r));return new G("a second YAML document starts here",{file:n,line:E0(e,i?t+i.index:r)},"keep one document per manifest: remove the `---` line and what follows, or move it to a file of its own")}function Fx(e,t,r,n){let i=/^%YAML/m.exec(t.slice(0,r));return new G(`\`%YAML ${e}\` directive: genspend reads YAML 1.2 only, whose numbers and booleans differ from YAML 1.1 (\`010\`, \`yes\`)`,{file:n,line:E0(t,i?i.index:0)},"remove the `%YAML` line (and check numbers with leading zeros and yes/no values)")}var b={};er(b,{$brand:()=>Tu,$input:()=>np,$output:()=>rp,INVALID:()=>ct,NEVER:()=>Iu,TimePrecision:()=>hp,ZodAny:()=>nm,ZodArray:()=>am,ZodBase64:()=>Xa,ZodBase64URL:()=>Ja,ZodBigInt:()=>ei,ZodBigIntFormat:()=>ec,ZodBoolean:()=>Qn,ZodCIDRv4:()=>Ha,ZodCIDRv6:()=>Wa,ZodCUID:()=>qa,ZodCUID2:()=>ja,ZodCatch:()=>Pm,ZodCodec:()=>bo,ZodCompileAsyncError:()=>zt,ZodCompileUnsupportedError:()=>ye,ZodCreditCard:()=>Wf,ZodCustom:()=>yo,ZodCustomStringFormat:()=>on,ZodDate:()=>lo,ZodDefault:()=>km,ZodDiscriminatedUnion:()=>um,ZodE164:()=>Ya,ZodEmail:()=>La,ZodEmoji:()=>Ma,ZodEnum:()=>Xn,ZodError:()=>W_,ZodExactOptional:()=>ic,ZodFile:()=>ym,ZodFirstPartyTypeKind:()=>jm,ZodFunction:()=>zm,ZodGUID:()=>za,ZodIBAN:()=>Xf,ZodIPv4:()=>Ga,ZodIPv6:()=>Ka,ZodISODate:()=>Ir,ZodISODateTime:()=>Er,ZodISODuration:()=>Or,ZodISOTime:()=>Tr,ZodInstanceOf:()=>qm,ZodIntersection:()=>lm,ZodIssueCode:()=>Y_,ZodJWT:()=>Qa,ZodKSUID:()=>Va,ZodLazy:()=>Nm,ZodLiteral:()=>bm,ZodMAC:()=>Hf,ZodMap:()=>hm,ZodNaN:()=>Im,ZodNanoID:()=>Ua,ZodNever:()=>om,ZodNonOptional:()=>oc,ZodNull:()=>tm,ZodNullable:()=>xm,ZodNumber:()=>Yn,ZodNumberFormat:()=>sn,ZodObject:()=>fo,ZodOptional:()=>ho,ZodPipe:()=>go,ZodPrefault:()=>_m,ZodPreprocess:()=>Tm,ZodPromise:()=>Lm,ZodReadonly:()=>Om,ZodRealError:()=>xt,ZodRecord:()=>Wn,ZodSet:()=>gm,ZodString:()=>Jn,ZodStringFormat:()=>Ee,ZodSuccess:()=>Rm,ZodSymbol:()=>Qf,ZodTemplateLiteral:()=>Dm,ZodTransform:()=>vm,ZodTuple:()=>pm,ZodType:()=>fe,ZodULID:()=>Za,ZodURL:()=>uo,ZodUUID:()=>Jt,ZodUndefined:()=>em,ZodUnion:()=>mo,ZodUnknown:()=>im,ZodVoid:()=>sm,ZodXID:()=>Ba,ZodXor:()=>cm,_ZodString:()=>Fa,_default:()=>$m,_function:()=>Qb,any:()=>Ib,array:()=>po,base64:()=>lb,base64url:()=>db,bigint:()=>Ab,boolean:()=>Yf,catch:()=>Em,check:()=>e2,cidrv4:()=>cb,cidrv6:()=>ub,clone:()=>Se,codec:()=>Wb,coerce:()=>Bm,compile:()=>ap,config:()=>Le,core:()=>cr,creditCard:()=>fb,cuid:()=>eb,cuid2:()=>tb,currencyCode:()=>vb,custom:()=>t2,date:()=>Ob,decode:()=>qf,decodeAsync:()=>Zf,deepPartial:()=>m2,describe:()=>r2,discriminatedUnion:()=>zb,e164:()=>pb,email:()=>B1,emoji:()=>Y1,encode:()=>Uf,encodeAsync:()=>jf,endsWith:()=>zn,enum:()=>rc,exactOptional:()=>wm,file:()=>Vb,flattenError:()=>Ci,float32:()=>xb,float64:()=>kb,formatError:()=>Di,fromJSONSchema:()=>p2,function:()=>Qb,getDiscriminatedOption:()=>Id,getErrorMap:()=>eA,globalRegistry:()=>Ye,gt:()=>Wt,gte:()=>Et,guid:()=>V1,hash:()=>wb,hex:()=>yb,hostname:()=>bb,httpUrl:()=>J1,iban:()=>mb,includes:()=>Fn,input:()=>g2,instanceof:()=>i2,int:()=>Da,int32:()=>$b,int64:()=>Sb,intersection:()=>dm,invertCodec:()=>Xb,ipv4:()=>ob,ipv6:()=>ab,iso:()=>vo,json:()=>s2,jwt:()=>hb,keyof:()=>Cb,ksuid:()=>ib,lazy:()=>Fm,length:()=>Qr,literal:()=>Bb,locales:()=>Qi,looseObject:()=>Fb,looseRecord:()=>Ub,lowercase:()=>Dn,lt:()=>Ht,lte:()=>Pt,mac:()=>sb,map:()=>qb,maxLength:()=>Yr,maxSize:()=>Ar,memoizer:()=>Yi,meta:()=>n2,mime:()=>Un,minLength:()=>ar,minSize:()=>Xt,multipleOf:()=>_r,nan:()=>Hb,nanoid:()=>Q1,nativeEnum:()=>Zb,negative:()=>$a,never:()=>tc,nonnegative:()=>Aa,nonoptional:()=>Sm,nonpositive:()=>_a,normalize:()=>qn,null:()=>rm,nullable:()=>co,nullish:()=>Gb,number:()=>Jf,object:()=>Db,optional:()=>rn,output:()=>b2,overwrite:()=>Mt,parse:()=>Ff,parseAsync:()=>Lf,partialRecord:()=>Mb,pipe:()=>Na,positive:()=>ka,prefault:()=>Am,preprocess:()=>a2,prettifyError:()=>Fu,promise:()=>Yb,properties:()=>Mn,property:()=>Sa,readonly:()=>Cm,record:()=>mm,refine:()=>Mm,regex:()=>Cn,regexes:()=>Dt,registry:()=>Js,safeDecode:()=>Vf,safeDecodeAsync:()=>Kf,safeEncode:()=>Bf,safeEncodeAsync:()=>Gf,safeParse:()=>zf,safeParseAsync:()=>Mf,set:()=>jb,setErrorMap:()=>Q_,size:()=>Jr,slugify:()=>Vn,startsWith:()=>Ln,strictObject:()=>Nb,string:()=>ao,stringFormat:()=>gb,stringbool:()=>o2,success:()=>Kb,superRefine:()=>Um,symbol:()=>Pb,templateLiteral:()=>Jb,toJSONSchema:()=>Ia,toLowerCase:()=>Zn,toUpperCase:()=>Bn,toZod:()=>$i,transform:()=>nc,treeifyError:()=>Nu,trim:()=>jn,tuple:()=>fm,uint32:()=>_b,uint64:()=>Rb,ulid:()=>rb,undefined:()=>Eb,union:()=>ti,unknown:()=>tn,uppercase:()=>Nn,url:()=>X1,util:()=>X,uuid:()=>G1,uuidv4:()=>K1,uuidv6:()=>H1,uuidv7:()=>W1,validate:()=>Ni,validateAsync:()=>Fi,void:()=>Tb,withParser:()=>Ys,xid:()=>nb,xor:()=>Lb});var cr={};er(cr,{$ZodAny:()=>xd,$ZodArray:()=>Rd,$ZodAsyncError:()=>vt,$ZodBase64:()=>ud,$ZodBase64URL:()=>ld,$ZodBigInt:()=>Ms,$ZodBigIntFormat:()=>bd,$ZodBoolean:()=>Gi,$ZodCIDRv4:()=>ad,$ZodCIDRv6:()=>cd,$ZodCUID:()=>Wl,$ZodCUID2:()=>Xl,$ZodCatch:()=>Gd,$ZodCheck:()=>Te,$ZodCheckBigIntFormat:()=>kl,$ZodCheckEndsWith:()=>Dl,$ZodCheckGreaterThan:()=>$s,$ZodCheckIncludes:()=>Ol,$ZodCheckLengthEquals:()=>Pl,$ZodCheckLessThan:()=>ks,$ZodCheckLowerCase:()=>Il,$ZodCheckMaxLength:()=>Sl,$ZodCheckMaxSize:()=>$l,$ZodCheckMimeType:()=>Ll,$ZodCheckMinLength:()=>Rl,$ZodCheckMinSize:()=>_l,$ZodCheckMultipleOf:()=>wl,$ZodCheckNumberFormat:()=>xl,$ZodCheckOverwrite:()=>zl,$ZodCheckProperties:()=>Fl,$ZodCheckProperty:()=>Nl,$ZodCheckRegex:()=>El,$ZodCheckSizeEquals:()=>Al,$ZodCheckStartsWith:()=>Cl,$ZodCheckStringFormat:()=>En,$ZodCheckUpperCase:()=>Tl,$ZodCodec:()=>Hi,$ZodCreditCard:()=>pd,$ZodCustom:()=>Qd,$ZodCustomStringFormat:()=>hd,$ZodCyclicError:()=>Gs,$ZodDate:()=>Ad,$ZodDefault:()=>jd,$ZodDiscriminatedUnion:()=>Td,$ZodE164:()=>dd,$ZodEmail:()=>Zl,$ZodEmoji:()=>Kl,$ZodEncodeError:()=>kr,$ZodEnum:()=>Fd,$ZodError:()=>Du,$ZodExactOptional:()=>Ud,$ZodFile:()=>zd,$ZodFunction:()=>Jd,$ZodGUID:()=>ql,$ZodIBAN:()=>fd,$ZodIPv4:()=>id,$ZodIPv6:()=>od,$ZodISODate:()=>td,$ZodISODateTime:()=>ed,$ZodISODuration:()=>nd,$ZodISOTime:()=>rd,$ZodIntersection:()=>Od,$ZodJWT:()=>md,$ZodKSUID:()=>Ql,$ZodLazy:()=>Wi,$ZodLiteral:()=>Ld,$ZodMAC:()=>sd,$ZodMap:()=>Dd,$ZodNaN:()=>Kd,$ZodNanoID:()=>Hl,$ZodNever:()=>$d,$ZodNonOptional:()=>Bd,$ZodNull:()=>wd,$ZodNullable:()=>qd,$ZodNumber:()=>zs,$ZodNumberFormat:()=>gd,$ZodObject:()=>l1,$ZodObjectJIT:()=>Pd,$ZodOptional:()=>qs,$ZodPipe:()=>js,$ZodPrefault:()=>Zd,$ZodPreprocess:()=>Hd,$ZodPromise:()=>Yd,$ZodReadonly:()=>Wd,$ZodRealError:()=>wt,$ZodRecord:()=>Cd,$ZodRegistry:()=>Xs,$ZodSet:()=>Nd,$ZodString:()=>Kr,$ZodStringFormat:()=>Re,$ZodSuccess:()=>Vd,$ZodSymbol:()=>yd,$ZodTemplateLiteral:()=>Xd,$ZodTransform:()=>Md,$ZodTuple:()=>Us,$ZodType:()=>le,$ZodULID:()=>Jl,$ZodURL:()=>Gl,$ZodUUID:()=>jl,$ZodUndefined:()=>vd,$ZodUnion:()=>Ki,$ZodUnknown:()=>kd,$ZodVoid:()=>_d,$ZodXID:()=>Yl,$ZodXor:()=>Ed,$brand:()=>Tu,$constructor:()=>x,$input:()=>np,$output:()=>rp,Doc:()=>Gr,INVALID:()=>ct,JSONSchema:()=>q1,JSONSchemaGenerator:()=>Ta,NEVER:()=>Iu,TimePrecision:()=>hp,URL_BAD_FORMAT:()=>Bl,URL_UNPARSEABLE:()=>qi,ZodCompileAsyncError:()=>zt,ZodCompileUnsupportedError:()=>ye,_any:()=>Op,_array:()=>Mp,_base64:()=>ya,_base64url:()=>va,_bigint:()=>Ap,_boolean:()=>$p,_catch:()=>L_,_check:()=>A1,_cidrv4:()=>ga,_cidrv6:()=>ba,_coercedBigint:()=>Sp,_coercedBoolean:()=>_p,_coercedDate:()=>Lp,_coercedNumber:()=>bp,_coercedString:()=>dp,_creditCard:()=>fp,_cuid:()=>ua,_cuid2:()=>la,_custom:()=>qp,_date:()=>Fp,_decode:()=>ds,_decodeAsync:()=>fs,_default:()=>D_,_discriminatedUnion:()=>k_,_e164:()=>wa,_email:()=>ta,_emoji:()=>aa,_encode:()=>ls,_encodeAsync:()=>ps,_endsWith:()=>zn,_enum:()=>P_,_file:()=>Up,_float32:()=>vp,_float64:()=>wp,_gt:()=>Wt,_gte:()=>Et,_guid:()=>ra,_iban:()=>mp,_includes:()=>Fn,_int:()=>yp,_int32:()=>xp,_int64:()=>Rp,_intersection:()=>$_,_ipv4:()=>ma,_ipv6:()=>ha,_isoDate:()=>ro,_isoDateTime:()=>to,_isoDuration:()=>io,_isoTime:()=>no,_jwt:()=>xa,_ksuid:()=>fa,_lazy:()=>q_,_length:()=>Qr,_literal:()=>I_,_lowercase:()=>Dn,_lt:()=>Ht,_lte:()=>Pt,_mac:()=>pp,_map:()=>S_,_max:()=>Pt,_maxLength:()=>Yr,_maxSize:()=>Ar,_mime:()=>Un,_min:()=>Et,_minLength:()=>ar,_minSize:()=>Xt,_multipleOf:()=>_r,_nan:()=>zp,_nanoid:()=>ca,_nativeEnum:()=>E_,_negative:()=>$a,_never:()=>Dp,_nonnegative:()=>Aa,_nonoptional:()=>N_,_nonpositive:()=>_a,_normalize:()=>qn,_null:()=>Tp,_nullable:()=>C_,_number:()=>gp,_optional:()=>O_,_overwrite:()=>Mt,_parse:()=>An,_parseAsync:()=>Sn,_pipe:()=>z_,_positive:()=>ka,_promise:()=>j_,_properties:()=>Mn,_property:()=>Sa,_readonly:()=>M_,_record:()=>A_,_refine:()=>jp,_regex:()=>Cn,_safeDecode:()=>hs,_safeDecodeAsync:()=>bs,_safeEncode:()=>ms,_safeEncodeAsync:()=>gs,_safeParse:()=>Rn,_safeParseAsync:()=>Pn,_set:()=>R_,_size:()=>Jr,_slugify:()=>Vn,_startsWith:()=>Ln,_string:()=>lp,_stringFormat:()=>en,_stringbool:()=>Gp,_success:()=>F_,_superRefine:()=>Zp,_symbol:()=>Ep,_templateLiteral:()=>U_,_toLowerCase:()=>Zn,_toUpperCase:()=>Bn,_transform:()=>T_,_trim:()=>jn,_tuple:()=>__,_uint32:()=>kp,_uint64:()=>Pp,_ulid:()=>da,_undefined:()=>Ip,_union:()=>w_,_unknown:()=>Cp,_uppercase:()=>Nn,_url:()=>eo,_uuid:()=>na,_uuidv4:()=>ia,_uuidv6:()=>oa,_uuidv7:()=>sa,_void:()=>Np,_xid:()=>pa,_xor:()=>x_,base64Charset:()=>Cs,base64urlCharset:()=>Vi,canParseURL:()=>Vl,clone:()=>Se,compile:()=>ap,compileFn:()=>Qs,config:()=>Le,createStandardJSONSchemaMethod:()=>Gn,createToJSONSchemaMethod:()=>Hp,decode:()=>Rk,decodeAsync:()=>Ek,describe:()=>Bp,encode:()=>Sk,encodeAsync:()=>Pk,extractDefs:()=>Rr,finalize:()=>Pr,flattenError:()=>Ci,formatError:()=>Di,getDiscriminatedOption:()=>Id,globalConfig:()=>Ke,globalRegistry:()=>Ye,handleUnrepresentable:()=>Be,initializeContext:()=>Sr,isBackEdge:()=>Hs,isRecursiveSchema:()=>Ks,isValidBase64:()=>Bi,isValidBase64URL:()=>Ds,isValidCIDRv6:()=>Os,isValidCreditCard:()=>Ns,isValidIBAN:()=>Fs,isValidIPv6:()=>Zi,isValidJWT:()=>Ls,locales:()=>Qi,memoizer:()=>Yi,mergeValues:()=>In,meta:()=>Vp,parse:()=>cs,parseAsync:()=>us,parseURLObject:()=>a1,prettifyError:()=>Fu,process:()=>Pe,processSchema:()=>Pe,regexes:()=>Dt,registry:()=>Js,safeDecode:()=>Tk,safeDecodeAsync:()=>Ck,safeEncode:()=>Ik,safeEncodeAsync:()=>Ok,safeParse:()=>xk,safeParseAsync:()=>kk,standardProps:()=>Ps,stripTabAndNewline:()=>ji,toDotPath:()=>U0,toJSONSchema:()=>Ia,toZod:()=>$i,treeifyError:()=>Nu,urlHostnameOk:()=>Is,urlProtocolOk:()=>Ts,util:()=>X,validate:()=>Ni,validateAsync:()=>Fi,validateURL:()=>Es,version:()=>Ml,withParser:()=>Ys});var X={};er(X,{BIGINT_FORMAT_RANGES:()=>Pi,CONSTANT_CATCH:()=>ss,Class:()=>vu,NUMBER_FORMAT_RANGES:()=>Ri,aborted:()=>at,allowsEval:()=>ku,assert:()=>qx,assertEqual:()=>Lx,assertIs:()=>Mx,assertNever:()=>Ux,assertNotEqual:()=>zx,assignProp:()=>Je,attachSchema:()=>Ei,base64ToUint8Array:()=>D0,base64urlToUint8Array:()=>sk,cached:()=>xn,captureStackTrace:()=>ns,cleanEnum:()=>ok,cleanRegex:()=>or,clone:()=>Se,cloneDef:()=>Bx,codePointLength:()=>Br,constantCatch:()=>Pu,createTransparentProxy:()=>Xx,defineLazy:()=>wu,defineLazyInternal:()=>he,derived:()=>lk,esc:()=>st,escapeRegex:()=>Ct,explicitlyAborted:()=>Au,extend:()=>Qx,finalizeIssue:()=>yt,floatSafeRemainder:()=>_i,getElementAtPath:()=>Vx,getEnumValues:()=>vn,getLengthableOrigin:()=>Ti,getParsedType:()=>Wx,getSizableOrigin:()=>Ii,hexToUint8Array:()=>ck,hide:()=>Oi,installLazyProp:()=>mk,isObject:()=>Zr,isPlainObject:()=>Ot,issue:()=>_n,joinValues:()=>ts,jsonStringifyReplacer:()=>wn,members:()=>Ru,merge:()=>tk,mergeDefs:()=>Lt,normalizeParams:()=>j,nullish:()=>rs,numKeys:()=>Hx,objectClone:()=>jx,omit:()=>Yx,optionalKeys:()=>_u,own:()=>xr,parsedType:()=>Su,partial:()=>rk,pick:()=>Jx,prefixIssues:()=>bt,primitiveTypes:()=>$u,promiseAllObject:()=>Gx,propertyKeyTypes:()=>Si,randomString:()=>Kx,rawShape:()=>kn,required:()=>nk,safeExtend:()=>ek,shallowClone:()=>Ai,sizeCaps:()=>$n,slugify:()=>xu,stringifyPrimitive:()=>is,toZod:()=>$i,uint8ArrayToBase64:()=>N0,uint8ArrayToBase64url:()=>ak,uint8ArrayToHex:()=>uk,unwrapMessage:()=>yn});function Lx(e){return e}function zx(e){return e}function $i(){return e=>e}function Mx(e){}function Ux(e){throw new Error("Unexpected value in exhaustive check")}function qx(e){}function vn(e){let t=Object.values(e).filter(n=>typeof n=="number");return Object.entries(e).filter(([n,i])=>t.indexOf(+n)===-1).map(([n,i])=>i)}function ts(e,t="|"){return e.map(r=>is(r)).join(t)}function wn(e,t){return typeof t=="bigint"?t.toString():t}var yu=class{constructor(t){this._getter=t,this._value=void 0}get value(){let t=this._getter;return t!==void 0&&(this._value=t(),this._getter=void 0),this._value}};function xn(e){return new yu(e)}function rs(e){return e==null}function or(e){let t=e.startsWith("^")?1:0,r=e.endsWith("$")?e.length-1:e.length;return e.slice(t,r)}function _i(e,t){let r=e/t,n=Math.round(r),i=4*Number.EPSILON*Math.max(Math.abs(r),1);return Math.abs(r-n)<i?0:r-n}var I0=Symbol("evaluating");function wu(e,t,r){let n;Object.defineProperty(e,t,{get(){if(n!==I0)return n===void 0&&(n=I0,n=r()),n},set(i){Object.defineProperty(e,t,{value:i})},configurable:!0})}function jx(e){return Object.create(Object.getPrototypeOf(e),Object.getOwnPropertyDescriptors(e))}function Je(e,t,r){Object.defineProperty(e,t,{value:r,writable:!0,enumerable:!0,configurable:!0})}function kn(e){let t=Object.getOwnPropertyDescriptor(e,"shape");return t?.get?t.get.raw:t?.value}function ir(e){return kn(e._zod.def)??e._zod.def.shape}function T0(e,t,r){Object.defineProperty(e,t,{get(){let n=r();return Je(this,t,n),n},enumerable:!0,configurable:!0})}function O0(e,t,r){t in e?Je(e,t,r):e[t]=r}function jr(e,t,r,n){let i=ir(t);for(let o of r){let s=Object.getOwnPropertyDescriptor(i,o);s.enumerable&&(s.get?T0(e,o,()=>{let a=t._zod.def.shape[o];return n?n(a,o):a}):O0(e,o,n?n(s.value,o):s.value))}}function Zx(e,t){for(let r of Reflect.ownKeys(t)){let n=Object.getOwnPropertyDescriptor(t,r);n.enumerable&&(n.get?T0(e,r,()=>t[r]):O0(e,r,n.value))}}function Lt(...e){let t={};for(let r of e){let n=Object.getOwnPropertyDescriptors(r);Object.assign(t,n)}return Object.defineProperties({},t)}function Bx(e){return Lt(e._zod.def)}function Vx(e,t){return t?t.reduce((r,n)=>r?.[n],e):e}function Gx(e){let t=Object.keys(e),r=t.map(n=>e[n]);return Promise.all(r).then(n=>{let i={};for(let o=0;o<t.length;o++)i[t[o]]=n[o];return i})}function Kx(e=10){let t="abcdefghijklmnopqrstuvwxyz",r="";for(let n=0;n<e;n++)r+=t[Math.floor(Math.random()*t.length)];return r}function st(e){return JSON.stringify(e)}function xu(e){return e.toLowerCase().trim().replace(/[^\w\s-]/g,"").replace(/[\s_-]+/g,"-").replace(/^-+|-+$/g,"")}var ns="captureStackTrace"in Error?Error.captureStackTrace:(...e)=>{};function Zr(e){return typeof e=="object"&&e!==null&&!Array.isArray(e)}var ku=xn(()=>{if(Ke.jitless||typeof navigator<"u"&&navigator?.userAgent?.includes("Cloudflare"))return!1;try{let e=Function;return new e(""),!0}catch{return!1}});function Ot(e){if(Zr(e)===!1)return!1;let t=e.constructor;if(t===void 0||typeof t!="function")return!0;let r=t.prototype;return!(Zr(r)===!1||Object.prototype.hasOwnProperty.call(r,"isPrototypeOf")===!1)}function Ai(e){return Ot(e)?{...e}:Array.isArray(e)?[...e]:e instanceof Map?new Map(e):e instanceof Set?new Set(e):e}function Hx(e){let t=0;for(let r in e)Object.prototype.hasOwnProperty.call(e,r)&&t++;return t}var Wx=e=>{let t=typeof e;switch(t){case"undefined":return"undefined";case"string":return"string";case"number":return Number.isNaN(e)?"nan":"number";case"boolean":return"boolean";case"function":return"function";case"bigint":return"bigint";case"symbol":return"symbol";case"object":return Array.isArray(e)?"array":e===null?"null":e.then&&typeof e.then=="function"&&e.catch&&typeof e.catch=="function"?"promise":typeof Map<"u"&&e instanceof Map?"map":typeof Set<"u"&&e instanceof Set?"set":typeof Date<"u"&&e instanceof Date?"date":typeof File<"u"&&e instanceof File?"file":"object";default:throw new Error(`Unknown data type: ${t}`)}},Si=new Set(["string","number","symbol"]),$u=new Set(["string","number","bigint","boolean","symbol","undefined"]);function Ct(e){return e.replace(/[.*+?^${}()|[\]\\]/g,"\\$&")}function Se(e,t,r){let n=new e._zod.constr(t??e._zod.def);return(!t||r?.parent)&&(n._zod.parent=e),n}function j(e){let t=e;if(!t)return{};if(typeof t=="string")return{error:()=>t};if(t?.message!==void 0){if(t?.error!==void 0)throw new Error("Cannot specify both `message` and `error` params");t.error=t.message}return delete t.message,typeof t.error=="string"?{...t,error:()=>t.error}:t}function Xx(e){let t;return new Proxy({},{get(r,n,i){return t??(t=e()),Reflect.get(t,n,i)},set(r,n,i,o){return t??(t=e()),Reflect.set(t,n,i,o)},has(r,n){return t??(t=e()),Reflect.has(t,n)},deleteProperty(r,n){return t??(t=e()),Reflect.deleteProperty(t,n)},ownKeys(r){return t??(t=e()),Reflect.ownKeys(t)},getOwnPropertyDescriptor(r,n){return t??(t=e()),Reflect.getOwnPropertyDescriptor(t,n)},defineProperty(r,n,i){return t??(t=e()),Reflect.defineProperty(t,n,i)}})}function is(e){return typeof e=="bigint"?e.toString()+"n":typeof e=="string"?`"${e}"`:`${e}`}function _u(e){return Object.keys(e).filter(t=>e[t]._zod.optin!==void 0&&e[t]._zod.optout==="optional")}var Ri={safeint:[Number.MIN_SAFE_INTEGER,Number.MAX_SAFE_INTEGER],int32:[-2147483648,2147483647],uint32:[0,4294967295],float32:[-34028234663852886e22,34028234663852886e22],float64:[-Number.MAX_VALUE,Number.MAX_VALUE]},Pi={int64:[BigInt("-9223372036854775808"),BigInt("9223372036854775807")],uint64:[BigInt(0),BigInt("18446744073709551615")]};function Jx(e,t){let r=e._zod.def,n=r.checks;if(n&&n.length>0)throw new Error(".pick() cannot be used on object schemas containing refinements");let o={};return jr(o,e,os(e,t)),Se(e,Lt(r,{shape:o,checks:[]}))}function os(e,t){let r=ir(e),n=[];for(let i of Reflect.ownKeys(t)){if(!Object.getOwnPropertyDescriptor(r,i)?.enumerable)throw new Error(`Unrecognized key: "${String(i)}"`);t[i]&&n.push(i)}return n}function Yx(e,t){let r=e._zod.def,n=r.checks;if(n&&n.length>0)throw new Error(".omit() cannot be used on object schemas containing refinements");let o=new Set(os(e,t)),s={};return jr(s,e,Reflect.ownKeys(ir(e)).filter(a=>!o.has(a))),Se(e,Lt(r,{shape:s,checks:[]}))}function Qx(e,t){if(!Ot(t))throw new Error("Invalid input to extend: expected a plain object");let r=e._zod.def.checks;if(r&&r.length>0){let i=ir(e);for(let o of Reflect.ownKeys(t))if(Object.getOwnPropertyDescriptor(i,o)!==void 0)throw new Error("Cannot overwrite keys on object schemas containing refinements. Use `.safeExtend()` instead.")}return Se(e,Lt(e._zod.def,{shape:C0(e,t)}))}function C0(e,t){let r={};return jr(r,e,Reflect.ownKeys(ir(e))),Zx(r,t),r}function ek(e,t){if(!Ot(t))throw new Error("Invalid input to safeExtend: expected a plain object");return Se(e,Lt(e._zod.def,{shape:C0(e,t)}))}function tk(e,t){if(!t?._zod?.def)throw new Error("Invalid input to merge: expected an object schema. To merge a plain shape, use `.extend()`.");if(e._zod.def.checks?.length)throw new Error(".merge() cannot be used on object schemas containing refinements. Use .safeExtend() instead.");let r={};jr(r,e,Reflect.ownKeys(ir(e))),jr(r,t,Reflect.ownKeys(ir(t)));let n=Lt(e._zod.def,{shape:r,get catchall(){return t._zod.def.catchall},checks:t._zod.def.checks??[]});return Se(e,n)}function rk(e,t,r,n="partial"){let o=t._zod.def.checks;if(o&&o.length>0)throw new Error(`.${n}() cannot be used on object schemas containing refinements`);let a=r?new Set(os(t,r)):void 0,u={};return jr(u,t,Reflect.ownKeys(ir(t)),e&&((c,l)=>a&&!a.has(l)?c:new e({type:"optional",innerType:c}))),Se(t,Lt(t._zod.def,{shape:u,checks:[]}))}function nk(e,t,r){let n=r?new Set(os(t,r)):void 0,i={};return jr(i,t,Reflect.ownKeys(ir(t)),(o,s)=>n&&!n.has(s)?o:new e({type:"nonoptional",innerType:o})),Se(t,Lt(t._zod.def,{shape:i}))}function at(e,t=0){if(e.aborted===!0)return!0;for(let r=t;r<e.issues.length;r++)if(e.issues[r]?.continue!==!0)return!0;return!1}function Au(e,t=0){if(e.aborted===!0)return!0;for(let r=t;r<e.issues.length;r++)if(e.issues[r]?.continue===!1)return!0;return!1}function bt(e,t){return t.map(r=>{var n;return(n=r).path??(n.path=[]),r.path.unshift(e),r})}function yn(e){return typeof e=="string"?e:e?.message}function $n(e){let t=[];for(let r of e??[]){let n=r._zod.def;if(!/_(length|size)$|_equals$/.test(n.check))break;let i=n.maximum??n.length??n.size;i>=0&&t.push([i,r])}return t}function Ei(e,t,r){var n;for(let i=t;i<e.length;i++)(n=e[i]).schema??(n.schema=r)}function yt(e,t,r){var n;let i=e.inst?._zod?.traits;i?.has("$ZodType")&&(i.has("$ZodCheck")?(n=e).schema??(n.schema=e.inst):e.schema=e.inst);let o=e.schema!==e.inst?e.schema?._zod.def?.error:void 0,s=e.message?e.message:yn(e.inst?._zod.def?.error?.(e))??yn(o?.(e))??yn(t?.error?.(e))??yn(r.customError?.(e))??yn(r.localeError?.(e))??"Invalid input",a={};for(let u of Object.keys(e))u==="inst"||u==="schema"||u==="continue"||u==="input"||u==="__proto__"||(a[u]=e[u]);return a.path??(a.path=[]),a.message=s,t?.reportInput&&(a.input=e.input),a}function Ii(e){return e instanceof Set?"set":e instanceof Map?"map":e instanceof File?"file":"unknown"}var ik=/[\uD800-\uDBFF]/;function Br(e){let t=e.length;if(!ik.test(e))return t;let r=t;for(let n=0;n<t-1;n++)(e.charCodeAt(n)&64512)===55296&&(e.charCodeAt(n+1)&64512)===56320&&(r--,n++);return r}function Ti(e){return Array.isArray(e)?"array":typeof e=="string"?"string":"unknown"}function Su(e){let t=typeof e;switch(t){case"number":return Number.isNaN(e)?"nan":"number";case"object":{if(e===null)return"null";if(Array.isArray(e))return"array";let r=e;if(r&&Object.getPrototypeOf(r)!==Object.prototype&&"constructor"in r&&r.constructor)return r.constructor.name}}return t}function _n(...e){let[t,r,n]=e;return typeof t=="string"?{message:t,code:"custom",input:r,inst:n}:{...t}}function ok(e){return Object.entries(e).filter(([t,r])=>Number.isNaN(Number.parseInt(t,10))).map(t=>t[1])}function D0(e){let t=atob(e),r=new Uint8Array(t.length);for(let n=0;n<t.length;n++)r[n]=t.charCodeAt(n);return r}function N0(e){let t="";for(let r=0;r<e.length;r++)t+=String.fromCharCode(e[r]);return btoa(t)}function sk(e){let t=e.replace(/-/g,"+").replace(/_/g,"/"),r="=".repeat((4-t.length%4)%4);return D0(t+r)}function ak(e){return N0(e).replace(/\+/g,"-").replace(/\//g,"_").replace(/=/g,"")}function ck(e){let t=e.replace(/^0x/,"");if(t.length%2!==0)throw new Error("Invalid hex string length");let r=new Uint8Array(t.length/2);for(let n=0;n<t.length;n+=2)r[n/2]=Number.parseInt(t.slice(n,n+2),16);return r}function uk(e){return Array.from(e).map(t=>t.toString(16).padStart(2,"0")).join("")}var vu=class{constructor(...t){}};function Ru(e,t){for(let r in t){let n=Object.getOwnPropertyDescriptor(t,r);n.get?Object.defineProperty(e,r,{...n,enumerable:!1}):dk(e,r,n.value)}}function xr(e,t,r,n=!0){return Object.defineProperty(e,t,{configurable:!0,writable:!0,enumerable:n,value:r}),r}function Oi(e,t,r){return xr(e,t,r,!1)}function lk(e,t){for(let r in e){let n=e[r];Object.defineProperty(t,r,{configurable:!0,enumerable:!0,get(){return xr(this,r,n(this))},set(i){xr(this,r,i)}})}return t}function dk(e,t,r){Object.defineProperty(e,t,{configurable:!0,get(){return this==null?r:xr(this,t,r.bind(this))},set(n){xr(this,t,n)}})}function pk(e,t){let r=Object.getPrototypeOf(e);return t in r?void 0:r}var bu,wr=!1,fk={configurable:!0,get(){wr=!0}};function he(e,t,r){let n=Object.getPrototypeOf(e._zod);if(t in n&&bu!==e._zod){bu=void 0;return}bu=e._zod,Object.defineProperty(n,t,{configurable:!0,get(){Object.defineProperty(this,t,fk);let i=wr;wr=!1;try{let o=r(this);return wr?delete this[t]:Object.defineProperty(this,t,{configurable:!0,writable:!0,value:o}),wr=wr||i,o}catch(o){throw delete this[t],wr=wr||i,o}},set(i){Object.defineProperty(this,t,{configurable:!0,writable:!0,value:i})}})}function mk(e,t,r,n){let i=pk(e,t);i&&Object.defineProperty(i,t,{configurable:!0,get(){let o={configurable:!0,writable:!0,enumerable:n,value:void 0};return Object.defineProperty(this,t,o),o.value=r(this),Object.defineProperty(this,t,o),o.value},set(o){Object.defineProperty(this,t,{configurable:!0,writable:!0,enumerable:n,value:o})}})}var ss="~constantCatch";function Pu(e){let t=()=>e;return t[ss]=!0,t}var F0,Iu=Object.freeze({status:"aborted"}),Eu={value:void 0,enumerable:!1},L0="captureStackTrace"in Error?Error:null;function hk(e){let t=L0;if(t){let r=t.stackTraceLimit;if(typeof r=="number"){try{t.stackTraceLimit=0}catch{return L0=null,new e}try{return new e}finally{t.stackTraceLimit=r}}}return new e}function x(e,t,r,n){let i={};function o(f){this.def=f,this.constr=p,this.traits=new Set}o.prototype=i;let s=r,a=s&&new WeakSet;function u(f,h){if(f._zod){if(f._zod.traits.has(e))return}else{Eu.value=new o(h);try{Object.defineProperty(f,"_zod",Eu)}finally{Eu.value=void 0}}if(f._zod.traits.add(e),t(f,h),a){let g=Object.getPrototypeOf(f),v=f._zod.constr.prototype,$=g;for(;$&&$!==v;)$=Object.getPrototypeOf($);let w=$??g;a.has(w)||(a.add(w),Ru(w,s))}let y=p.prototype;for(let g in y)Object.prototype.hasOwnProperty.call(y,g)&&(g in f||(f[g]=y[g].bind(f)))}let c=n?.Parent??Object;class l extends c{}Object.defineProperty(l,"name",{value:e});function p(f){let h=n?.Parent?hk(l):this;u(h,f);let y=h._zod.deferred;if(y){for(let v of y)v();h._zod.deferred=void 0}let g=globalThis.__zod_globalConfig?.postProcessor;return g&&g(h),h}return Object.defineProperty(p,"init",{value:u}),Object.defineProperty(p,Symbol.hasInstance,{value:f=>n?.Parent&&f instanceof n.Parent?!0:f?._zod?.traits?.has(e)}),Object.defineProperty(p,"name",{value:e}),p}var Tu=Symbol("zod_brand"),vt=class extends Error{constructor(){super("Encountered Promise during synchronous parse. Use .parseAsync() instead.")}},kr=class extends Error{constructor(t){super(`Encountered unidirectional transform during encode: ${t}`),this.name="ZodEncodeError"}};(F0=globalThis).__zod_globalConfig??(F0.__zod_globalConfig={});var Ke=globalThis.__zod_globalConfig;function Le(e){return e&&Object.assign(Ke,e),Ke}function gk(){let e=this._zod;return e.message??(e.message=JSON.stringify(e.def,wn,2)),e.message}function bk(e){this._zod.message=e}var yk={get:gk,set:bk,enumerable:!0,configurable:!0},Cu={value:void 0,enumerable:!1},z0=new WeakSet([Object.prototype,Error.prototype]),M0=(e,t)=>{e.name="$ZodError",Cu.value=t,Object.defineProperty(e,"issues",Cu),Cu.value=void 0,Object.defineProperty(e,"message",yk);let r=Object.getPrototypeOf(e);z0.has(r)||(z0.add(r),Object.defineProperty(r,"toString",{configurable:!0,enumerable:!1,get(){let n=()=>this.message;return Object.defineProperty(this,"toString",{value:n,configurable:!0,writable:!0}),n},set(n){Object.defineProperty(this,"toString",{value:n,configurable:!0,writable:!0})}}))},Du=x("$ZodError",M0),wt=x("$ZodError",M0,void 0,{Parent:Error});function vk(e,t,r){return Object.prototype.hasOwnProperty.call(e,t)||(t==="__proto__"?Object.defineProperty(e,t,{value:r(),writable:!0,enumerable:!0,configurable:!0}):e[t]=r()),e[t]}function Ci(e,t=r=>r.message){let r={},n=[];for(let i of e.issues)i.path.length>0?vk(r,i.path[0],()=>[]).push(t(i)):n.push(t(i));return{formErrors:n,fieldErrors:r}}function Di(e,t=r=>r.message){let r={_errors:[]},n=(i,o=[])=>{for(let s of i.issues)if(s.code==="invalid_union"&&s.errors.length)s.errors.map(a=>n({issues:a},[...o,...s.path]));else if(s.code==="invalid_key")n({issues:s.issues},[...o,...s.path]);else if(s.code==="invalid_element")n({issues:s.issues},[...o,...s.path]);else{let a=[...o,...s.path];if(a.length===0)r._errors.push(t(s));else{let u=r,c=0;for(;c<a.length;){let l=a[c],p=c===a.length-1;if(l==="_errors"){p&&u._errors.push(t(s)),c++;continue}Object.prototype.hasOwnProperty.call(u,l)||Object.defineProperty(u,l,{value:{_errors:[]},enumerable:!0,writable:!0,configurable:!0});let f=u[l];p&&f._errors.push(t(s)),u=f,c++}}}};return n(e),r}function Nu(e,t=r=>r.message){let r={errors:[]},n=(i,o=[])=>{var s;for(let a of i.issues)if(a.code==="invalid_union"&&a.errors.length)a.errors.map(u=>n({issues:u},[...o,...a.path]));else if(a.code==="invalid_key")n({issues:a.issues},[...o,...a.path]);else if(a.code==="invalid_element")n({issues:a.issues},[...o,...a.path]);else{let u=[...o,...a.path];if(u.length===0){r.errors.push(t(a));continue}let c=r,l=0;for(;l<u.length;){let p=u[l],f=l===u.length-1;typeof p=="string"?(c.properties??(c.properties={}),Object.prototype.hasOwnProperty.call(c.properties,p)||Object.defineProperty(c.properties,p,{value:{errors:[]},enumerable:!0,writable:!0,configurable:!0}),c=c.properties[p]):(c.items??(c.items=[]),(s=c.items)[p]??(s[p]={errors:[]}),c=c.items[p]),f&&c.errors.push(t(a)),l++}}};return n(e),r}function U0(e){let t=[],r=e.map(n=>typeof n=="object"?n.key:n);for(let n of r)typeof n=="number"?t.push(`[${n}]`):typeof n=="symbol"?t.push(`[${JSON.stringify(String(n))}]`):/[^\w$]/.test(n)?t.push(`[${JSON.stringify(n)}]`):(t.length&&t.push("."),t.push(n));return t.join("")}function Fu(e){let t=[],r=[...e.issues].sort((n,i)=>(n.path??[]).length-(i.path??[]).length);for(let n of r)t.push(`\u2716 ${n.message}`),n.path?.length&&t.push(`  \u2192 at ${U0(n.path)}`);return t.join(`
`)}function as(e,t){return{callee:t?.callee??e,Err:t?.Err}}var An=e=>{let t=(r,n,i,o)=>{let s=i?{...i,async:!1}:{async:!1},a=r._zod.run({value:n,issues:[]},s);if(a instanceof Promise)throw new vt;if(a.issues.length){let u=new(o?.Err??e)(a.issues.map(c=>yt(c,s,Le())));throw ns(u,o?.callee??t),u}return a.value};return t},cs=An(wt),Sn=e=>{let t=async(r,n,i,o)=>{let s=i?{...i,async:!0}:{async:!0},a=r._zod.run({value:n,issues:[]},s);if(a instanceof Promise&&(a=await a),a.issues.length){let u=new(o?.Err??e)(a.issues.map(c=>yt(c,s,Le())));throw ns(u,o?.callee??t),u}return a.value};return t},us=Sn(wt),Rn=e=>(t,r,n)=>{let i=n?{...n,async:!1}:{async:!1},o=t._zod.run({value:r,issues:[]},i);if(o instanceof Promise)throw new vt;return o.issues.length?q0(e,o.issues,i):{success:!0,data:o.value}},xk=Rn(wt);function q0(e,t,r){let n;return{success:!1,get error(){return n||(n=new e(t.map(i=>yt(i,r,Le()))),t=void 0,r=void 0),n},set error(i){n=i,t=void 0,r=void 0}}}var Pn=e=>async(t,r,n)=>{let i=n?{...n,async:!0}:{async:!0},o=t._zod.run({value:r,issues:[]},i);return o instanceof Promise&&(o=await o),o.issues.length?q0(e,o.issues,i):{success:!0,data:o.value}},kk=Pn(wt),$k=Symbol.for("zod.compile.invalid"),_k=Symbol.for("zod.compile.fallback"),Ni=((e,t,r)=>{let n=e._zod.bag.validator;if(n!==void 0){if(n(t)!==$k)return!0;if(n.definite===!0&&r===void 0)return!1}return Ak(e,t,r)});function Ak(e,t,r){let n=r?{...r,async:!1,abortEarly:!0}:{async:!1,abortEarly:!0},i=e._zod.bag.fallbackRun,o;if(i?(n[_k]=!0,o=i({value:t,issues:[]},n)):o=e._zod.run({value:t,issues:[]},n),o instanceof Promise)throw new vt;return o.issues.length===0}var Fi=async(e,t,r)=>{let n=r?{...r,async:!0,abortEarly:!0}:{async:!0,abortEarly:!0},i=e._zod.run({value:t,issues:[]},n);return i instanceof Promise&&(i=await i),i.issues.length===0},ls=e=>{let t=An(e),r=(n,i,o,s)=>{let a=o?{...o,direction:"backward"}:{direction:"backward"};return t(n,i,a,as(r,s))};return r},Sk=ls(wt),ds=e=>{let t=An(e),r=(n,i,o,s)=>t(n,i,o,as(r,s));return r},Rk=ds(wt),ps=e=>{let t=Sn(e),r=async(n,i,o,s)=>{let a=o?{...o,direction:"backward"}:{direction:"backward"};return await t(n,i,a,as(r,s))};return r},Pk=ps(wt),fs=e=>{let t=Sn(e),r=async(n,i,o,s)=>await t(n,i,o,as(r,s));return r},Ek=fs(wt),ms=e=>(t,r,n)=>{let i=n?{...n,direction:"backward"}:{direction:"backward"};return Rn(e)(t,r,i)},Ik=ms(wt),hs=e=>(t,r,n)=>Rn(e)(t,r,n),Tk=hs(wt),gs=e=>async(t,r,n)=>{let i=n?{...n,direction:"backward"}:{direction:"backward"};return Pn(e)(t,r,i)},Ok=gs(wt),bs=e=>async(t,r,n)=>Pn(e)(t,r,n),Ck=bs(wt);var Dt={};er(Dt,{anyString:()=>ul,base64:()=>el,base64url:()=>tl,bigint:()=>dl,boolean:()=>pl,browserEmail:()=>qk,cidrv4:()=>Yu,cidrv6:()=>Qu,creditCard:()=>ys,cuid:()=>zu,cuid2:()=>Mu,currencyCode:()=>ol,date:()=>sl,datetime:()=>cl,domain:()=>nl,duration:()=>Vu,e164:()=>il,email:()=>Ku,emoji:()=>Hu,extendedDuration:()=>Dk,guid:()=>Gu,hex:()=>bl,hostname:()=>rl,html5Email:()=>zk,httpProtocol:()=>Li,iban:()=>vs,idnEmail:()=>Uk,integer:()=>zi,ipv4:()=>Wu,ipv6:()=>Xu,ksuid:()=>ju,lowercase:()=>hl,mac:()=>Ju,md5_base64:()=>Vk,md5_base64url:()=>Gk,md5_hex:()=>Bk,nanoid:()=>Zu,nanoidOfLength:()=>Bu,null:()=>fl,number:()=>sr,rfc5322Email:()=>Mk,sha1_base64:()=>Hk,sha1_base64url:()=>Wk,sha1_hex:()=>Kk,sha256_base64:()=>Jk,sha256_base64url:()=>Yk,sha256_hex:()=>Xk,sha384_base64:()=>e$,sha384_base64url:()=>t$,sha384_hex:()=>Qk,sha512_base64:()=>n$,sha512_base64url:()=>i$,sha512_hex:()=>r$,string:()=>ll,time:()=>al,ulid:()=>Uu,undefined:()=>ml,unicodeEmail:()=>j0,uppercase:()=>gl,uuid:()=>Vr,uuid4:()=>Nk,uuid6:()=>Fk,uuid7:()=>Lk,xid:()=>qu});var zu=/^[cC][0-9a-z]{6,}$/,Mu=/^[0-9a-z]+$/,Uu=/^[0-7][0-9A-HJKMNP-TV-Za-hjkmnp-tv-z]{25}$/,qu=/^[0-9a-vA-V]{20}$/,ju=/^[A-Za-z0-9]{27}$/,Zu=/^[a-zA-Z0-9_-]{21}$/;function Bu(e){return new RegExp(`^[a-zA-Z0-9_-]{${e}}$`)}var Vu=/^P(?:(\d+W)|(?!.*W)(?=\d|T\d)(\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+([.,]\d+)?S)?)?)$/,Dk=/^[-+]?P(?!$)(?:(?:[-+]?\d+Y)|(?:[-+]?\d+[.,]\d+Y$))?(?:(?:[-+]?\d+M)|(?:[-+]?\d+[.,]\d+M$))?(?:(?:[-+]?\d+W)|(?:[-+]?\d+[.,]\d+W$))?(?:(?:[-+]?\d+D)|(?:[-+]?\d+[.,]\d+D$))?(?:T(?=[\d+-])(?:(?:[-+]?\d+H)|(?:[-+]?\d+[.,]\d+H$))?(?:(?:[-+]?\d+M)|(?:[-+]?\d+[.,]\d+M$))?(?:[-+]?\d+(?:[.,]\d+)?S)?)??$/,Gu=/^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$/,Vr=e=>e?new RegExp(`^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-${e}[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12})$`):/^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$/,Nk=Vr(4),Fk=Vr(6),Lk=Vr(7),Ku=/^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$/,zk=/^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/,Mk=/^(([^<>()\[\]\\.,;:\s@"]+(\.[^<>()\[\]\\.,;:\s@"]+)*)|(".+"))@((\[[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}])|(([a-zA-Z\-0-9]+\.)+[a-zA-Z]{2,}))$/,j0=/^[^\s@"]{1,64}@[^\s@]{1,255}$/u,Uk=j0,qk=/^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/,jk="^(?=[\\s\\S]*[\\p{Extended_Pictographic}\\p{Regional_Indicator}\\u20E3])[\\p{Extended_Pictographic}\\p{Emoji_Component}]+$";function Hu(){return new RegExp(jk,"u")}var Wu=/^(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])$/,Xu=/^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))$/,Ju=e=>{let t=Ct(e??":");return new RegExp(`^(?:[0-9A-F]{2}${t}){5}[0-9A-F]{2}$|^(?:[0-9a-f]{2}${t}){5}[0-9a-f]{2}$`)},Yu=/^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\/([0-9]|[1-2][0-9]|3[0-2])$/,Qu=/^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))\/(12[0-8]|1[01][0-9]|[1-9]?[0-9])$/,el=/^$|^(?:[0-9a-zA-Z+/]{4})*(?:(?:[0-9a-zA-Z+/]{2}==)|(?:[0-9a-zA-Z+/]{3}=))?$/,tl=/^(?:[A-Za-z0-9_-]{4})*(?:[A-Za-z0-9_-]{2,3})?$/,rl=/^(?=.{1,253}\.?$)[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[-0-9a-zA-Z]{0,61}[0-9a-zA-Z])?)*\.?$/,nl=/^(?=.{1,253}$)([a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\.)+[a-zA-Z]{2,63}$/,Li=/^https?$/,il=/^\+[1-9]\d{6,14}$/,ys=/^\d(?:[ -]?\d){11,18}$/,ol=/^(?:AED|AFN|ALL|AMD|AOA|ARS|AUD|AWG|AZN|BAM|BBD|BDT|BHD|BIF|BMD|BND|BOB|BOV|BRL|BSD|BTN|BWP|BYN|BZD|CAD|CDF|CHE|CHF|CHW|CLF|CLP|CNY|COP|COU|CRC|CUP|CVE|CZK|DJF|DKK|DOP|DZD|EGP|ERN|ETB|EUR|FJD|FKP|GBP|GEL|GHS|GIP|GMD|GNF|GTQ|GYD|HKD|HNL|HTG|HUF|IDR|ILS|INR|IQD|IRR|ISK|JMD|JOD|JPY|KES|KGS|KHR|KMF|KPW|KRW|KWD|KYD|KZT|LAK|LBP|LKR|LRD|LSL|LYD|MAD|MDL|MGA|MKD|MMK|MNT|MOP|MRU|MUR|MVR|MWK|MXN|MXV|MYR|MZN|NAD|NGN|NIO|NOK|NPR|NZD|OMR|PAB|PEN|PGK|PHP|PKR|PLN|PYG|QAR|RON|RSD|RUB|RWF|SAR|SBD|SCR|SDG|SEK|SGD|SHP|SLE|SOS|SRD|SSP|STN|SVC|SYP|SZL|THB|TJS|TMT|TND|TOP|TRY|TTD|TWD|TZS|UAH|UGX|USD|USN|UYI|UYU|UYW|UZS|VED|VES|VND|VUV|WST|XAD|XAF|XAG|XAU|XBA|XBB|XBC|XBD|XCD|XCG|XDR|XOF|XPD|XPF|XPT|XSU|XTS|XUA|XXX|YER|ZAR|ZMW|ZWG)$/,vs=/^[A-Z]{2}(?!00|01|99)\d{2}[A-Z0-9]{11,30}$/,Z0="(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))";function Zk(e){return new RegExp(`^${e}$`)}var sl=Zk(Z0);function Lu(e){let t="(?:[01]\\d|2[0-3]):[0-5]\\d";return typeof e.precision=="number"?e.precision===-1?`${t}`:e.precision===0?`${t}:[0-5]\\d`:`${t}:[0-5]\\d\\.\\d{${e.precision}}`:e.seconds?`${t}:[0-5]\\d(?:\\.\\d+)?`:`${t}(?::[0-5]\\d(?:\\.\\d+)?)?`}function al(e){return new RegExp(`^${Lu(e)}$`)}function cl(e){let t=["Z"];e.offset&&t.push("([+-](?:[01]\\d|2[0-3]):[0-5]\\d)");let r=`${Lu({precision:e.precision,seconds:!0})}(?:${t.join("|")})`,n=e.local?`${r}|${Lu({precision:e.precision})}`:r;return new RegExp(`^${Z0}T(?:${n})$`)}var ul=/^[\s\S]{0,}$/,ll=e=>{let t=e?`[\\s\\S]{${e?.minimum??0},${e?.maximum??""}}`:"[\\s\\S]*";return new RegExp(`^${t}$`)},dl=/^-?\d+n?$/,zi=/^-?\d+$/,sr=/^-?\d+(?:\.\d+)?$/,pl=/^(?:true|false)$/i,fl=/^null$/i;var ml=/^undefined$/i;var hl=/^[^A-Z]*$/,gl=/^[^a-z]*$/,bl=/^[0-9a-fA-F]*$/;function Mi(e,t){return new RegExp(`^[A-Za-z0-9+/]{${e}}${t}$`)}function Ui(e){return new RegExp(`^[A-Za-z0-9_-]{${e}}$`)}var Bk=/^[0-9a-fA-F]{32}$/,Vk=Mi(22,"=="),Gk=Ui(22),Kk=/^[0-9a-fA-F]{40}$/,Hk=Mi(27,"="),Wk=Ui(27),Xk=/^[0-9a-fA-F]{64}$/,Jk=Mi(43,"="),Yk=Ui(43),Qk=/^[0-9a-fA-F]{96}$/,e$=Mi(64,""),t$=Ui(64),r$=/^[0-9a-fA-F]{128}$/,n$=Mi(86,"=="),i$=Ui(86);var Te=x("$ZodCheck",(e,t)=>{var r;e._zod??(e._zod={}),e._zod.def=t,(r=e._zod).onattach??(r.onattach=[])}),yl=e=>{let t=e.value;return!rs(t)&&t.size!==void 0},vl=e=>{let t=e.value;return!rs(t)&&t.length!==void 0},ws={number:"number",bigint:"bigint",object:"date"},ks=x("$ZodCheckLessThan",(e,t)=>{Te.init(e,t);let r=ws[typeof t.value];e._zod.check=n=>{(t.inclusive?n.value<=t.value:n.value<t.value)||n.issues.push({origin:ws[typeof n.value]??r,code:"too_big",maximum:typeof t.value=="object"?t.value.getTime():t.value,input:n.value,inclusive:t.inclusive,inst:e,continue:!t.abort})}}),$s=x("$ZodCheckGreaterThan",(e,t)=>{Te.init(e,t);let r=ws[typeof t.value];e._zod.check=n=>{(t.inclusive?n.value>=t.value:n.value>t.value)||n.issues.push({origin:ws[typeof n.value]??r,code:"too_small",minimum:typeof t.value=="object"?t.value.getTime():t.value,input:n.value,inclusive:t.inclusive,inst:e,continue:!t.abort})}}),wl=x("$ZodCheckMultipleOf",(e,t)=>{Te.init(e,t),e._zod.check=r=>{if(typeof r.value!=typeof t.value)throw new Error("Cannot mix number and bigint in multiple_of check.");(typeof r.value=="bigint"?t.value!==BigInt(0)&&r.value%t.value===BigInt(0):_i(r.value,t.value)===0)||r.issues.push({origin:typeof r.value,code:"not_multiple_of",divisor:t.value,input:r.value,inst:e,continue:!t.abort})}}),xl=x("$ZodCheckNumberFormat",(e,t)=>{Te.init(e,t),t.format=t.format||"float64";let r=t.format?.includes("int"),n=r?"int":"number",[i,o]=Ri[t.format];e._zod.check=s=>{let a=s.value;if(r){if(!Number.isInteger(a)){s.issues.push({expected:n,format:t.format,code:"invalid_type",continue:!1,input:a,inst:e});return}if(!Number.isSafeInteger(a)){a>0?s.issues.push({input:a,code:"too_big",maximum:Number.MAX_SAFE_INTEGER,note:"Integers must be within the safe integer range.",inst:e,origin:n,inclusive:!0,continue:!t.abort}):s.issues.push({input:a,code:"too_small",minimum:Number.MIN_SAFE_INTEGER,note:"Integers must be within the safe integer range.",inst:e,origin:n,inclusive:!0,continue:!t.abort});return}}a<i&&s.issues.push({origin:"number",input:a,code:"too_small",minimum:i,inclusive:!0,inst:e,continue:!t.abort}),a>o&&s.issues.push({origin:"number",input:a,code:"too_big",maximum:o,inclusive:!0,inst:e,continue:!t.abort})}}),kl=x("$ZodCheckBigIntFormat",(e,t)=>{Te.init(e,t);let[r,n]=Pi[t.format];e._zod.check=i=>{let o=i.value;o<r&&i.issues.push({origin:"bigint",input:o,code:"too_small",minimum:r,inclusive:!0,inst:e,continue:!t.abort}),o>n&&i.issues.push({origin:"bigint",input:o,code:"too_big",maximum:n,inclusive:!0,inst:e,continue:!t.abort})}}),$l=x("$ZodCheckMaxSize",(e,t)=>{var r;Te.init(e,t),(r=e._zod.def).when??(r.when=yl),e._zod.check=n=>{let i=n.value;i.size<=t.maximum||n.issues.push({origin:Ii(i),code:"too_big",maximum:t.maximum,inclusive:!0,input:i,inst:e,continue:!t.abort})}}),_l=x("$ZodCheckMinSize",(e,t)=>{var r;Te.init(e,t),(r=e._zod.def).when??(r.when=yl),e._zod.check=n=>{let i=n.value;i.size>=t.minimum||n.issues.push({origin:Ii(i),code:"too_small",minimum:t.minimum,inclusive:!0,input:i,inst:e,continue:!t.abort})}}),Al=x("$ZodCheckSizeEquals",(e,t)=>{var r;Te.init(e,t),(r=e._zod.def).when??(r.when=yl),e._zod.check=n=>{let i=n.value,o=i.size;if(o===t.size)return;let s=o>t.size;n.issues.push({origin:Ii(i),...s?{code:"too_big",maximum:t.size}:{code:"too_small",minimum:t.size},inclusive:!0,exact:!0,input:n.value,inst:e,continue:!t.abort})}}),Sl=x("$ZodCheckMaxLength",(e,t)=>{var r;Te.init(e,t),(r=e._zod.def).when??(r.when=vl),e._zod.check=n=>{let i=n.value,o=i.length;if((typeof i=="string"&&o>t.maximum?Br(i):o)<=t.maximum)return;let a=Ti(i);n.issues.push({origin:a,code:"too_big",maximum:t.maximum,inclusive:!0,input:i,inst:e,continue:!t.abort})}}),Rl=x("$ZodCheckMinLength",(e,t)=>{var r;Te.init(e,t),(r=e._zod.def).when??(r.when=vl),e._zod.check=n=>{let i=n.value,o=i.length;if((typeof i=="string"&&o>=t.minimum&&o<t.minimum*2?Br(i):o)>=t.minimum)return;let a=Ti(i);n.issues.push({origin:a,code:"too_small",minimum:t.minimum,inclusive:!0,input:i,inst:e,continue:!t.abort})}}),Pl=x("$ZodCheckLengthEquals",(e,t)=>{var r;Te.init(e,t),(r=e._zod.def).when??(r.when=vl),e._zod.check=n=>{let i=n.value,o=i.length,s=typeof i=="string"&&o>=t.length&&o<=t.length*2?Br(i):o;if(s===t.length)return;let a=Ti(i),u=s>t.length;n.issues.push({origin:a,...u?{code:"too_big",maximum:t.length}:{code:"too_small",minimum:t.length},inclusive:!0,exact:!0,input:n.value,inst:e,continue:!t.abort})}}),En=x("$ZodCheckStringFormat",(e,t)=>{var r,n;Te.init(e,t),t.pattern?(r=e._zod).check??(r.check=i=>{t.pattern.lastIndex=0,!t.pattern.test(i.value)&&i.issues.push({origin:"string",code:"invalid_format",format:t.format,input:i.value,...t.pattern?{pattern:t.pattern.toString()}:{},inst:e,continue:!t.abort})}):(n=e._zod).check??(n.check=()=>{})}),El=x("$ZodCheckRegex",(e,t)=>{En.init(e,t),e._zod.check=r=>{t.pattern.lastIndex=0,!t.pattern.test(r.value)&&r.issues.push({origin:"string",code:"invalid_format",format:"regex",input:r.value,pattern:t.pattern.toString(),inst:e,continue:!t.abort})}}),Il=x("$ZodCheckLowerCase",(e,t)=>{t.pattern??(t.pattern=hl),En.init(e,t)}),Tl=x("$ZodCheckUpperCase",(e,t)=>{t.pattern??(t.pattern=gl),En.init(e,t)}),Ol=x("$ZodCheckIncludes",(e,t)=>{Te.init(e,t);let r=Ct(t.includes),n=new RegExp(typeof t.position=="number"?`^.{${t.position},}${r}`:r);t.pattern=n,e._zod.check=i=>{i.value.includes(t.includes,t.position)||i.issues.push({origin:"string",code:"invalid_format",format:"includes",includes:t.includes,input:i.value,inst:e,continue:!t.abort})}}),Cl=x("$ZodCheckStartsWith",(e,t)=>{Te.init(e,t);let r=new RegExp(`^${Ct(t.prefix)}.*`);t.pattern??(t.pattern=r),e._zod.check=n=>{n.value.startsWith(t.prefix)||n.issues.push({origin:"string",code:"invalid_format",format:"starts_with",prefix:t.prefix,input:n.value,inst:e,continue:!t.abort})}}),Dl=x("$ZodCheckEndsWith",(e,t)=>{Te.init(e,t);let r=new RegExp(`.*${Ct(t.suffix)}$`);t.pattern??(t.pattern=r),e._zod.check=n=>{n.value.endsWith(t.suffix)||n.issues.push({origin:"string",code:"invalid_format",format:"ends_with",suffix:t.suffix,input:n.value,inst:e,continue:!t.abort})}});function xs(e,t,r){e.issues.length&&t.issues.push(...bt(r,e.issues))}var Nl=x("$ZodCheckProperty",(e,t)=>{Te.init(e,t),e._zod.check=r=>{let n=t.schema._zod.run({value:r.value[t.property],issues:[]},{});if(n instanceof Promise)return n.then(i=>xs(i,r,t.property));xs(n,r,t.property)}}),Fl=x("$ZodCheckProperties",(e,t)=>{Te.init(e,t),Oi(e,Symbol.iterator,function*(){yield e});let r;e._zod.check=n=>{if(n.value==null){n.issues.push({expected:"object",code:"invalid_type",input:n.value,inst:e});return}r??(r=Reflect.ownKeys(t.shape).map(s=>[s,t.shape[s]]));let i=n.value,o;for(let[s,a]of r){let u=a._zod.run({value:i[s],issues:[]},{});u instanceof Promise?(o??(o=[]),o.push(u.then(c=>xs(c,n,s)))):xs(u,n,s)}if(o)return Promise.all(o).then(()=>{})}}),Ll=x("$ZodCheckMimeType",(e,t)=>{Te.init(e,t);let r=new Set(t.mime);e._zod.check=n=>{r.has(n.value.type)||n.issues.push({code:"invalid_value",values:t.mime,input:n.value.type,inst:e,continue:!t.abort})}}),zl=x("$ZodCheckOverwrite",(e,t)=>{Te.init(e,t),e._zod.check=r=>{r.value=t.tx(r.value)}});var Gr=class{constructor(t=[],r={}){this.content=[],this.indent=0,this.args=t,this.closed=r}indented(t){this.indent+=1;try{t(this)}finally{this.indent-=1}}write(t){if(typeof t=="function"){t(this,{execution:"sync"}),t(this,{execution:"async"});return}let n=t.split(`
`).filter(s=>s),i=Math.min(...n.map(s=>s.length-s.trimStart().length)),o=n.map(s=>s.slice(i)).map(s=>" ".repeat(this.indent*2)+s);for(let s of o)this.content.push(s)}compile(){let t=Function,r=this?.content??[""];return new t(...Object.keys(this.closed),`return function (${this.args.join(", ")}) {
${r.join(`
`)}
};`)(...Object.values(this.closed))}};var Ml={major:4,minor:6,patch:7};var le=x("$ZodType",(e,t)=>{var r;e??(e={}),e._zod.def=t,e._zod.bag=e._zod.bag||{},e._zod.version=Ml;let n=e._zod.def.checks,i=e._zod.traits.has("$ZodCheck")?[e,...n??[]]:n?.length?[...n]:[];for(let o of i)for(let s of o._zod.onattach)s(e);if(i.length===0)(r=e._zod).deferred??(r.deferred=[]),e._zod.deferred?.push(()=>{e._zod.run=e._zod.parse});else{let o=(a,u,c)=>{if(a.memo)return a;let l=at(a),p;for(let f of u){if(f._zod.def.when){if(Au(a)||!f._zod.def.when(a))continue}else if(l)continue;let h=a.issues.length,y=f._zod.check(a);if(y instanceof Promise&&c?.async===!1)throw new vt;if(p||y instanceof Promise)p=(p??Promise.resolve()).then(async()=>{await y,a.issues.length!==h&&(Ei(a.issues,h,e),l||(l=at(a,h)))});else{if(a.issues.length===h)continue;Ei(a.issues,h,e),l||(l=at(a,h))}}return p?p.then(()=>a):a},s=(a,u,c)=>{if(at(a))return a.aborted=!0,a;let l=o(u,i,c);if(l instanceof Promise){if(c.async===!1)throw new vt;return l.then(p=>e._zod.parse(p,c))}return e._zod.parse(l,c)};e._zod.run=(a,u)=>{if(u.skipChecks)return e._zod.parse(a,u);if(u.direction==="backward"){let l=e._zod.parse({value:a.value,issues:[]},{...u,skipChecks:!0});return l instanceof Promise?l.then(p=>s(p,a,u)):s(l,a,u)}let c=e._zod.parse(a,u);if(c instanceof Promise){if(u.async===!1)throw new vt;return c.then(l=>o(l,i,u))}return o(c,i,u)}}},{get"~standard"(){return Oi(this,"~standard",Ps(this))},set"~standard"(e){xr(this,"~standard",e)}}),s1=(e,t)=>e.issues.length?{issues:e.issues.map(r=>yt(r,t,Le()))}:{value:e.value};async function o$(e,t){let r={async:!0};return s1(await e._zod.run({value:t,issues:[]},r),r)}function Ps(e){return{validate:t=>{let r={async:!1};try{let n=e._zod.run({value:t,issues:[]},r);if(!(n instanceof Promise))return s1(n,r)}catch{}return o$(e,t)},vendor:"zod",version:1}}var Kr=x("$ZodString",(e,t)=>{le.init(e,t),e._zod.pattern=t.pattern??ul,e._zod.parse=(r,n)=>{if(t.coerce)try{r.value=String(r.value)}catch{}return typeof r.value=="string"||r.issues.push({expected:"string",code:"invalid_type",input:r.value,inst:e}),r}}),Re=x("$ZodStringFormat",(e,t)=>{En.init(e,t),Kr.init(e,t)}),ql=x("$ZodGUID",(e,t)=>{t.pattern??(t.pattern=Gu),Re.init(e,t)}),jl=x("$ZodUUID",(e,t)=>{if(t.version){let n={v1:1,v2:2,v3:3,v4:4,v5:5,v6:6,v7:7,v8:8}[t.version];if(n===void 0)throw new Error(`Invalid UUID version: "${t.version}"`);t.pattern??(t.pattern=Vr(n))}else t.pattern??(t.pattern=Vr());Re.init(e,t)}),Zl=x("$ZodEmail",(e,t)=>{t.pattern??(t.pattern=Ku),Re.init(e,t)}),Bl=1,qi=2;function Vl(e){try{return typeof URL<"u"&&typeof URL.canParse=="function"?URL.canParse(e):(new URL(e),!0)}catch{return!1}}function Es(e,t){return!("normalize"in t)&&!("hostname"in t)&&!("protocol"in t)?Vl(e)||qi:a1(e,t)}function a1(e,t){if(!t.normalize&&t.protocol?.source===Li.source&&!/^https?:\/\//i.test(e))return Bl;try{if(typeof URL<"u"){let r=URL;if(typeof r.parse=="function")return r.parse(e)??qi}return new URL(e)}catch{return qi}}var s$=/[\t\n\r]/g;function ji(e){return e.replace(s$,"")}function Is(e,t){return t.lastIndex=0,t.test(e.hostname)}function Ts(e,t){return t.lastIndex=0,t.test(e.protocol.endsWith(":")?e.protocol.slice(0,-1):e.protocol)}var Gl=x("$ZodURL",(e,t)=>{Re.init(e,t),e._zod.check=r=>{try{let n=r.value.trim(),i=Es(n,t);if(i===Bl){r.issues.push({code:"invalid_format",format:"url",note:"Invalid URL format",input:r.value,inst:e,continue:!t.abort});return}if(i===qi){r.issues.push({code:"invalid_format",format:"url",input:r.value,inst:e,continue:!t.abort});return}if(i===!0){r.value=ji(n);return}t.hostname&&!Is(i,t.hostname)&&r.issues.push({code:"invalid_format",format:"url",note:"Invalid hostname",pattern:t.hostname.source,input:r.value,inst:e,continue:!t.abort}),t.protocol&&!Ts(i,t.protocol)&&r.issues.push({code:"invalid_format",format:"url",note:"Invalid protocol",pattern:t.protocol.source,input:r.value,inst:e,continue:!t.abort}),r.value=t.normalize?i.href:ji(n);return}catch{r.issues.push({code:"invalid_format",format:"url",input:r.value,inst:e,continue:!t.abort})}}}),Kl=x("$ZodEmoji",(e,t)=>{t.pattern??(t.pattern=Hu()),Re.init(e,t)}),Hl=x("$ZodNanoID",(e,t)=>{if(t.length!==void 0&&(!Number.isInteger(t.length)||t.length<1))throw new Error(`Invalid nanoid length: ${t.length}`);t.pattern??(t.pattern=t.length===void 0?Zu:Bu(t.length)),Re.init(e,t)}),Wl=x("$ZodCUID",(e,t)=>{t.pattern??(t.pattern=zu),Re.init(e,t)}),Xl=x("$ZodCUID2",(e,t)=>{t.pattern??(t.pattern=Mu),Re.init(e,t)}),Jl=x("$ZodULID",(e,t)=>{t.pattern??(t.pattern=Uu),Re.init(e,t)}),Yl=x("$ZodXID",(e,t)=>{t.pattern??(t.pattern=qu),Re.init(e,t)}),Ql=x("$ZodKSUID",(e,t)=>{t.pattern??(t.pattern=ju),Re.init(e,t)}),ed=x("$ZodISODateTime",(e,t)=>{t.pattern??(t.pattern=cl(t)),Re.init(e,t)}),td=x("$ZodISODate",(e,t)=>{t.pattern??(t.pattern=sl),Re.init(e,t)}),rd=x("$ZodISOTime",(e,t)=>{t.pattern??(t.pattern=al(t)),Re.init(e,t)}),nd=x("$ZodISODuration",(e,t)=>{t.pattern??(t.pattern=Vu),Re.init(e,t)}),id=x("$ZodIPv4",(e,t)=>{t.pattern??(t.pattern=Wu),Re.init(e,t)}),a$=/^[0-9a-fA-F:.]+$/;function Zi(e){return a$.test(e)?Vl(`http://[${e}]`):!1}var od=x("$ZodIPv6",(e,t)=>{t.pattern??(t.pattern=Xu),Re.init(e,t),e._zod.check=r=>{Zi(r.value)||r.issues.push({code:"invalid_format",format:"ipv6",input:r.value,inst:e,continue:!t.abort})}}),sd=x("$ZodMAC",(e,t)=>{t.pattern??(t.pattern=Ju(t.delimiter)),Re.init(e,t)}),ad=x("$ZodCIDRv4",(e,t)=>{t.pattern??(t.pattern=Yu),Re.init(e,t)});function Os(e){let t=e.split("/");if(t.length!==2)return!1;let[r,n]=t;if(!n)return!1;let i=Number(n);return`${i}`!==n||i<0||i>128?!1:Zi(r)}var cd=x("$ZodCIDRv6",(e,t)=>{t.pattern??(t.pattern=Qu),Re.init(e,t),e._zod.check=r=>{Os(r.value)||r.issues.push({code:"invalid_format",format:"cidrv6",input:r.value,inst:e,continue:!t.abort})}});function Bi(e){if(e==="")return!0;if(/\s/.test(e)||e.length%4!==0)return!1;try{return atob(e),!0}catch{return!1}}var Cs=/^[0-9a-zA-Z+/]*={0,2}$/,ud=x("$ZodBase64",(e,t)=>{t.pattern??(t.pattern=Cs),Re.init(e,t),e._zod.check=r=>{Bi(r.value)||r.issues.push({code:"invalid_format",format:"base64",input:r.value,inst:e,continue:!t.abort})}}),Vi=/^[A-Za-z0-9_-]*$/;function Ds(e){if(!Vi.test(e))return!1;let t=e.replace(/[-_]/g,n=>n==="-"?"+":"/"),r=t.padEnd(Math.ceil(t.length/4)*4,"=");return Bi(r)}var ld=x("$ZodBase64URL",(e,t)=>{t.pattern??(t.pattern=Vi),Re.init(e,t),e._zod.check=r=>{Ds(r.value)||r.issues.push({code:"invalid_format",format:"base64url",input:r.value,inst:e,continue:!t.abort})}}),dd=x("$ZodE164",(e,t)=>{t.pattern??(t.pattern=il),Re.init(e,t)}),c$=/[- ]/g;function u$(e){let t=e.length,r=1,n=0;for(;t;){let i=e.charCodeAt(--t)-48;r^=1,n+=r?[0,2,4,6,8,1,3,5,7,9][i]:i}return n%10===0}function Ns(e){return ys.test(e)?u$(e.replace(c$,"")):!1}var pd=x("$ZodCreditCard",(e,t)=>{t.pattern??(t.pattern=ys),Re.init(e,t),e._zod.check=r=>{Ns(r.value)||r.issues.push({code:"invalid_format",format:"credit_card",input:r.value,inst:e,continue:!t.abort})}});function l$(e){let t=0,r=e.length;for(let n=4;n<r;n++){let i=e.charCodeAt(n);t=(i>=65?t*100+(i-55):t*10+(i-48))%97}for(let n=0;n<4;n++){let i=e.charCodeAt(n);t=(i>=65?t*100+(i-55):t*10+(i-48))%97}return t===1}function Fs(e){return vs.test(e)?l$(e):!1}var fd=x("$ZodIBAN",(e,t)=>{t.pattern??(t.pattern=vs),Re.init(e,t),e._zod.check=r=>{Fs(r.value)||r.issues.push({code:"invalid_format",format:"iban",input:r.value,inst:e,continue:!t.abort})}});function Ls(e,t=null){try{let r=e.split(".");if(r.length!==3)return!1;let[n]=r;if(!n)return!1;let i=JSON.parse(atob(n));return!("typ"in i&&i?.typ!=="JWT"||!i.alg||t&&(!("alg"in i)||i.alg!==t))}catch{return!1}}var md=x("$ZodJWT",(e,t)=>{Re.init(e,t),e._zod.check=r=>{Ls(r.value,t.alg)||r.issues.push({code:"invalid_format",format:"jwt",input:r.value,inst:e,continue:!t.abort})}}),hd=x("$ZodCustomStringFormat",(e,t)=>{Re.init(e,t),e._zod.check=r=>{t.fn(r.value)||r.issues.push({code:"invalid_format",format:t.format,input:r.value,inst:e,continue:!t.abort})}}),zs=x("$ZodNumber",(e,t)=>{le.init(e,t),e._zod.pattern=sr,e._zod.parse=(r,n)=>{if(t.coerce)try{r.value=Number(r.value)}catch{}let i=r.value;if(typeof i=="number"&&!Number.isNaN(i)&&Number.isFinite(i))return r;let o=typeof i=="number"?Number.isNaN(i)?"NaN":Number.isFinite(i)?void 0:String(i):void 0;return r.issues.push({expected:"number",code:"invalid_type",input:i,inst:e,...o?{received:o}:{}}),r}}),gd=x("$ZodNumberFormat",(e,t)=>{xl.init(e,t),zs.init(e,t)}),Gi=x("$ZodBoolean",(e,t)=>{le.init(e,t),e._zod.pattern=pl,e._zod.parse=(r,n)=>{if(t.coerce)try{r.value=!!r.value}catch{}let i=r.value;return typeof i=="boolean"||r.issues.push({expected:"boolean",code:"invalid_type",input:i,inst:e}),r}}),Ms=x("$ZodBigInt",(e,t)=>{le.init(e,t),e._zod.pattern=dl,e._zod.parse=(r,n)=>{if(t.coerce)try{r.value=BigInt(r.value)}catch{}return typeof r.value=="bigint"||r.issues.push({expected:"bigint",code:"invalid_type",input:r.value,inst:e}),r}}),bd=x("$ZodBigIntFormat",(e,t)=>{kl.init(e,t),Ms.init(e,t)}),yd=x("$ZodSymbol",(e,t)=>{le.init(e,t),e._zod.parse=(r,n)=>{let i=r.value;return typeof i=="symbol"||r.issues.push({expected:"symbol",code:"invalid_type",input:i,inst:e}),r}}),vd=x("$ZodUndefined",(e,t)=>{le.init(e,t),e._zod.pattern=ml,e._zod.values=new Set([void 0]),e._zod.parse=(r,n)=>{let i=r.value;return typeof i>"u"||r.issues.push({expected:"undefined",code:"invalid_type",input:i,inst:e}),r}}),wd=x("$ZodNull",(e,t)=>{le.init(e,t),e._zod.pattern=fl,e._zod.values=new Set([null]),e._zod.parse=(r,n)=>{let i=r.value;return i===null||r.issues.push({expected:"null",code:"invalid_type",input:i,inst:e}),r}}),xd=x("$ZodAny",(e,t)=>{le.init(e,t),e._zod.parse=r=>r}),kd=x("$ZodUnknown",(e,t)=>{le.init(e,t),e._zod.parse=r=>r}),$d=x("$ZodNever",(e,t)=>{le.init(e,t),e._zod.parse=(r,n)=>(r.issues.push({expected:"never",code:"invalid_type",input:r.value,inst:e}),r)}),_d=x("$ZodVoid",(e,t)=>{le.init(e,t),e._zod.parse=(r,n)=>{let i=r.value;return typeof i>"u"||r.issues.push({expected:"void",code:"invalid_type",input:i,inst:e}),r}}),Ad=x("$ZodDate",(e,t)=>{le.init(e,t),e._zod.parse=(r,n)=>{if(t.coerce)try{r.value=new Date(r.value)}catch{}let i=r.value,o=i instanceof Date;return o&&!Number.isNaN(i.getTime())||r.issues.push({expected:"date",code:"invalid_type",input:i,...o?{received:"Invalid Date"}:{},inst:e}),r}});function Sd(e,t){let r=$n(e._zod.def.checks);if(!r.length)return;let n=Math.min(...r.map(o=>o[0])),i=e._zod.parse;e._zod.parse=(o,s)=>{let a=t(o.value);if(a>n&&!s?.skipChecks&&s?.direction!=="backward"){for(let[u,c]of $n(e._zod.def.checks))if(a>u&&c._zod.def.when(o)){let l=o.issues.length;return c._zod.check(o),o.issues[l].continue=!1,Ei(o.issues,l,e),o}}return i(o,s)}}var d$=e=>Array.isArray(e)?e.length:-1,p$=e=>e instanceof Map?e.size:-1,f$=e=>e instanceof Set?e.size:-1;function V0(e,t,r){e.issues.length&&t.issues.push(...bt(r,e.issues)),t.value[r]=e.value}var Rd=x("$ZodArray",(e,t)=>{le.init(e,t);let r=Ke.memoizer;r?.attach(e),e._zod.parse=(n,i)=>{let o=n.value;if(!Array.isArray(o))return n.issues.push({expected:"array",code:"invalid_type",input:o,inst:e}),n;n.value=r?r.alloc(e,n,Array(o.length),i):Array(o.length);let s=[],a=i?.abortEarly;for(let u=0;u<o.length;u++){let c=o[u],l=t.element._zod.run({value:c,issues:[]},i);if(l instanceof Promise)s.push(l.then(p=>V0(p,n,u)));else if(V0(l,n,u),a&&l.issues.length!==0&&at(l))break}return s.length?Promise.all(s).then(()=>n):n},Sd(e,d$)});function Rs(e,t,r,n,i,o){let s=r in n,a=o==="optional";if(!(!s&&a&&i==="optional")){if(e.issues.length){if(i!==void 0&&a&&!s)return;t.issues.push(...bt(r,e.issues))}if(!s&&i===void 0){e.issues.length||t.issues.push({code:"invalid_type",expected:"nonoptional",input:void 0,path:[r]});return}e.value===void 0?(s||i==="defaulted"&&!a)&&(t.value[r]=void 0):t.value[r]=e.value}}var m$=[];function c1(e){let t=Object.keys(e.shape),r=Object.getOwnPropertySymbols(e.shape),n=r.length?r:m$,i=n.length?[...t,...n]:t;for(let s of i)if(!e.shape?.[s]?._zod?.traits?.has("$ZodType"))throw new Error(`Invalid element at key "${String(s)}": expected a Zod schema`);let o=_u(e.shape);return{...e,allKeys:i,symbolKeys:n,keySet:new Set(t),numKeys:t.length,optionalKeys:new Set(o)}}function u1(e,t,r,n,i,o,s){let a=[],u=i.keySet,c=i.catchall._zod,l=c.def.type,p=c.optin,f=c.optout,h=0;for(let y in t){if(s&&r.issues.length!==h){if(at(r,h))break;h=r.issues.length}if(u.has(y))continue;if(y==="__proto__"){l==="never"&&a.push(y);continue}if(l==="never"){a.push(y);continue}let g=c.run({value:t[y],issues:[]},n);g instanceof Promise?e.push(g.then(v=>Rs(v,r,y,t,p,f))):Rs(g,r,y,t,p,f)}return a.length&&r.issues.push({code:"unrecognized_keys",keys:a,input:t,inst:o,continue:!0}),e.length?Promise.all(e).then(()=>r):r}var l1=x("$ZodObject",(e,t)=>{le.init(e,t);let r=Object.getOwnPropertyDescriptor(t,"shape"),n=r?.get?r.get.raw:t.shape??{};if(n){let c=()=>{let l={...n};return Object.defineProperty(t,"shape",{value:l}),c.raw=l,l};c.raw=n,Object.defineProperty(t,"shape",{get:c})}let i=xn(()=>c1(t));he(e,"propValues",c=>{let l=c.def.shape,p={};for(let f in l){let h=l[f]._zod;if(h.values){Object.prototype.hasOwnProperty.call(p,f)||Je(p,f,new Set);for(let y of h.values)p[f].add(y);h.optin!==void 0&&p[f].add(void 0)}}return p});let o=Zr,s=t.catchall,a,u=Ke.memoizer;u?.attach(e),e._zod.parse=(c,l)=>{a??(a=i.value);let p=c.value;if(!o(p))return c.issues.push({expected:"object",code:"invalid_type",input:p,inst:e}),c;c.value=u?u.alloc(e,c,{},l):{};let f=[],h=a.shape,y=l?.abortEarly,g=c.issues.length;for(let v of a.allKeys){if(y&&c.issues.length!==g){if(at(c,g))break;g=c.issues.length}if(v==="__proto__")continue;let $=h[v],w=$._zod.optin,k=$._zod.optout,N=$._zod.run({value:p[v],issues:[]},l);N instanceof Promise?f.push(N.then(M=>Rs(M,c,v,p,w,k))):Rs(N,c,v,p,w,k)}return s?u1(f,p,c,l,i.value,e,y===!0):f.length?Promise.all(f).then(()=>c):c}}),Pd=x("$ZodObjectJIT",(e,t)=>{l1.init(e,t);let r=e._zod.parse,n=xn(()=>c1(t)),i=Ke.memoizer,o=h=>{let y=n.value,g=y.symbolKeys,v=new Gr(["payload","ctx"],{shape:h,inst:e,memo:i,syms:g}),$=M=>`shape[${M}]._zod.run({ value: input[${M}], issues: [] }, ctx)`,w=(M,V)=>`
          let ${M}_ab = false;
          for (let i = 0; i < ${M}.issues.length; i++) {
            const iss = ${M}.issues[i];
            iss.path = iss.path ? [${V}, ...iss.path] : [${V}];
            payload.issues.push(iss);
            if (iss.continue !== true) ${M}_ab = true;
          }
          if (${M}_ab && ctx && ctx.abortEarly) {
            payload.value = newResult;
            return payload;
          }`;v.write("const input = payload.value;");let k=Object.create(null),N=0;for(let M of y.allKeys)k[M]=`key_${N++}`;v.write(i?"const newResult = memo.alloc(inst, payload, {}, ctx);":"const newResult = {};");for(let M of y.allKeys){if(M==="__proto__")continue;let V=k[M],ee=typeof M=="symbol"?`syms[${g.indexOf(M)}]`:st(M),W=`${ee} in input`,J=h[M],E=J?._zod?.optin,me=E!==void 0,ve=J?._zod?.optout==="optional";if(v.write(`const ${V} = ${$(ee)};`),me&&ve){let we=E==="optional"?`${V}_present`:`${V}.value !== undefined || ${V}_present`;v.write(`
        const ${V}_present = ${W};
        if (!${V}.issues.length || ${V}_present) {
          if (${V}.issues.length) {${w(V,ee)}
          }

          if (${we}) {
            newResult[${ee}] = ${V}.value;
          }
        }

      `)}else me?(v.write(`
        if (${V}.issues.length) {${w(V,ee)}
        }
      `),E==="defaulted"?v.write(`newResult[${ee}] = ${V}.value;`):v.write(`
        if (${V}.value !== undefined || ${W}) {
          newResult[${ee}] = ${V}.value;
        }
      `)):v.write(`
        const ${V}_present = ${W};
        if (${V}.issues.length) {${w(V,ee)}
        }
        if (!${V}_present && !${V}.issues.length) {
          payload.issues.push({
            code: "invalid_type",
            expected: "nonoptional",
            input: undefined,
            path: [${ee}]
          });
          if (ctx && ctx.abortEarly) {
            payload.value = newResult;
            return payload;
          }
        }

        if (${V}_present) {
          newResult[${ee}] = ${V}.value;
        }

      `)}return v.write("payload.value = newResult;"),v.write("return payload;"),v.compile()},s,a=Zr,u=!Ke.jitless,l=u&&ku.value,p=t.catchall,f;e._zod.parse=(h,y)=>{f??(f=n.value);let g=h.value;return a(g)?u&&l&&y?.async===!1&&y.jitless!==!0?(s||(s=o(t.shape)),h=s(h,y),p?u1([],g,h,y,f,e,y?.abortEarly===!0):h):r(h,y):(h.issues.push({expected:"object",code:"invalid_type",input:g,inst:e}),h)}});function G0(e,t,r,n){for(let o of e)if(o.issues.length===0)return t.value=o.value,t;let i=e.filter(o=>!at(o));return i.length===1?(t.value=i[0].value,i[0]):(t.issues.push({code:"invalid_union",input:t.value,inst:r,errors:e.map(o=>o.issues.map(s=>yt(s,n,Le())))}),t)}var Ki=x("$ZodUnion",(e,t)=>{le.init(e,t),he(e,"optin",n=>n.def.options.some(i=>i._zod.optin==="defaulted")?"defaulted":n.def.options.some(i=>i._zod.optin!==void 0)?"optional":void 0),he(e,"optout",n=>n.def.options.some(i=>i._zod.optout==="optional")?"optional":void 0),he(e,"values",n=>{if(n.def.options.every(i=>i._zod.values))return new Set(n.def.options.flatMap(i=>Array.from(i._zod.values)))}),he(e,"pattern",n=>{if(n.def.options.every(i=>i._zod.pattern)){let i=n.def.options.map(o=>o._zod.pattern);return new RegExp(`^(${i.map(o=>or(o.source)).join("|")})$`)}});let r=t.options.length===1?t.options[0]._zod.run:null;e._zod.parse=(n,i)=>{if(r)return r(n,i);let o=!1,s=[];for(let a of t.options){let u=a._zod.run({value:n.value,issues:[]},i);if(u instanceof Promise)s.push(u),o=!0;else{if(u.issues.length===0)return u;s.push(u)}}return o?Promise.all(s).then(a=>G0(a,n,e,i)):G0(s,n,e,i)}});function K0(e,t,r,n){let i=[];for(let o=0;o<e.length;o++)e[o].issues.length===0&&i.push(o);return i.length===1?(t.value=e[i[0]].value,t):(i.length===0?t.issues.push({code:"invalid_union",input:t.value,inst:r,errors:e.map(o=>o.issues.map(s=>yt(s,n,Le())))}):t.issues.push({code:"invalid_union",input:t.value,inst:r,errors:[],inclusive:!1,matches:i}),t)}var Ed=x("$ZodXor",(e,t)=>{Ki.init(e,t),t.inclusive=!1;let r=t.options.length===1?t.options[0]._zod.run:null;e._zod.parse=(n,i)=>{if(r)return r(n,i);let o=!1,s=[];for(let a of t.options){let u=a._zod.run({value:n.value,issues:[]},i);u instanceof Promise?(s.push(u),o=!0):s.push(u)}return o?Promise.all(s).then(a=>K0(a,n,e,i)):K0(s,n,e,i)}});function Id(e,t){let r=e._zod,n=r.bag.optionsMap;n||(n=d1(r.def),r.bag.optionsMap=n);let i=n.get(t);if(i===null)throw new Error(`Ambiguous discriminator value "${String(t)}"`);return i}function d1(e){let t=new Map;for(let r of e.options){let n=r._zod.propValues?.[e.discriminator];if(!n||n.size===0)throw new Error(`Invalid discriminated union option at index "${e.options.indexOf(r)}"`);for(let i of n)if(t.has(i)){if(i!==void 0)throw new Error(`Duplicate discriminator value "${String(i)}"`);t.set(i,null)}else t.set(i,r)}return t}var Td=x("$ZodDiscriminatedUnion",(e,t)=>{t.inclusive=!1,Ki.init(e,t);let r=e._zod.parse;he(e,"propValues",i=>{let o={},s=0;for(let a of i.def.options){let u=a._zod.propValues;if(!u||Object.keys(u).length===0)throw new Error(`Invalid discriminated union option at index "${i.def.options.indexOf(a)}"`);u[i.def.discriminator]?.has(void 0)&&s++;for(let[c,l]of Object.entries(u)){Object.prototype.hasOwnProperty.call(o,c)||Je(o,c,new Set);for(let p of l)o[c].add(p)}}return!i.def.unionFallback&&s>1&&o[i.def.discriminator]?.delete(void 0),o}),t.options.forEach((i,o)=>{let s=kn(i._zod.def);if(s&&!Object.prototype.hasOwnProperty.call(s,t.discriminator))throw new Error(`Invalid discriminated union option at index "${o}"`)});let n=xn(()=>d1(t));e._zod.parse=(i,o)=>{let s=i.value;if(!Zr(s))return i.issues.push({code:"invalid_type",expected:"object",input:s,inst:e}),i;let a=s?.[t.discriminator],u=n.value.get(a);return u&&(a!==void 0||o.direction!=="backward")?u._zod.run(i,o):t.unionFallback||o.direction==="backward"?r(i,o):(i.issues.push({code:"invalid_union",errors:[],note:"No matching discriminator",discriminator:t.discriminator,options:Array.from(n.value.keys()).filter(c=>n.value.get(c)!==null),input:s,path:[t.discriminator],inst:e}),i)}}),Od=x("$ZodIntersection",(e,t)=>{le.init(e,t),e._zod.parse=(r,n)=>{let i=r.value,o=t.left._zod.run({value:i,issues:[]},n),s=t.right._zod.run({value:i,issues:[]},n);return o instanceof Promise||s instanceof Promise?Promise.all([o,s]).then(([u,c])=>H0(r,u,c)):H0(r,o,s)}});function In(e,t){if(e===t)return{valid:!0,data:e};if(e instanceof Date&&t instanceof Date&&+e==+t)return{valid:!0,data:e};if(Ot(e)&&Ot(t)){let r=Object.keys(t),n=Object.keys(e).filter(o=>r.indexOf(o)!==-1),i={...e,...t};Object.prototype.hasOwnProperty.call(i,"__proto__")&&delete i.__proto__;for(let o of n){if(o==="__proto__")continue;let s=In(e[o],t[o]);if(!s.valid)return{valid:!1,mergeErrorPath:[o,...s.mergeErrorPath]};i[o]=s.data}return{valid:!0,data:i}}if(Array.isArray(e)&&Array.isArray(t)){if(e.length!==t.length)return{valid:!1,mergeErrorPath:[]};let r=[];for(let n=0;n<e.length;n++){let i=e[n],o=t[n],s=In(i,o);if(!s.valid)return{valid:!1,mergeErrorPath:[n,...s.mergeErrorPath]};r.push(s.data)}return{valid:!0,data:r}}return{valid:!1,mergeErrorPath:[]}}function H0(e,t,r){let n=new Map,i,o=new Map,s=(c,l)=>{let p;if(c.code==="unrecognized_keys"&&!c.path?.length)i??(i=c),p=c.keys;else if(c.code==="invalid_key"&&c.origin==="record"&&c.path?.length===1){let f=String(c.path[0]);o.has(f)||o.set(f,c),p=[f]}else return!1;for(let f of p)n.has(f)||n.set(f,{}),n.get(f)[l]=!0;return!0};for(let c of t.issues)s(c,"l")||e.issues.push(c);for(let c of r.issues)s(c,"r")||e.issues.push(c);let a=[...n].filter(([,c])=>c.l&&c.r).map(([c])=>c);if(a.length){let c=i?a.filter(l=>i.keys.includes(l)):[];c.length&&e.issues.push({...i,keys:c});for(let l of a)!c.includes(l)&&o.has(l)&&e.issues.push(o.get(l))}let u=In(t.value,r.value);if(!u.valid){if(at(e))return e;throw new Error(`Unmergable intersection. Error path: ${JSON.stringify(u.mergeErrorPath)}`)}return e.value=u.data,e}var Us=x("$ZodTuple",(e,t)=>{le.init(e,t);let r=t.items,n=Ke.memoizer;n?.attach(e),e._zod.parse=(i,o)=>{let s=i.value;if(!Array.isArray(s))return i.issues.push({input:s,inst:e,expected:"tuple",code:"invalid_type"}),i;i.value=n?n.alloc(e,i,[],o):[];let a=[],u=W0(r,"optin"),c=W0(r,"optout");if(!t.rest){if(s.length<u)return i.issues.push({code:"too_small",minimum:u,inclusive:!0,input:s,inst:e,origin:"array"}),i;s.length>r.length&&i.issues.push({code:"too_big",maximum:r.length,inclusive:!0,input:s,inst:e,origin:"array"})}let l=new Array(r.length),p=t.rest?o?.abortEarly:void 0,f=!1;for(let h=0;h<r.length;h++){let y=r[h]._zod.run({value:s[h],issues:[]},o);y instanceof Promise?a.push(y.then(g=>{l[h]=g})):(l[h]=y,p&&!f&&y.issues.length&&(f=at(y)))}if(t.rest&&!f){let h=r.length-1,y=s.slice(r.length),g=i.issues.length;for(let v of y){if(p&&i.issues.length!==g){if(at(i,g))break;g=i.issues.length}h++;let $=t.rest._zod.run({value:v,issues:[]},o);$ instanceof Promise?a.push($.then(w=>X0(w,i,h))):X0($,i,h)}}return a.length?Promise.all(a).then(()=>J0(l,i,r,s,c)):J0(l,i,r,s,c)}});function W0(e,t){for(let r=e.length-1;r>=0;r--)if(!(t==="optin"?e[r]._zod.optin!==void 0:e[r]._zod.optout==="optional"))return r+1;return 0}function X0(e,t,r){e.issues.length&&t.issues.push(...bt(r,e.issues)),t.value[r]=e.value}function J0(e,t,r,n,i){for(let o=0;o<r.length;o++){let s=e[o],a=o<n.length;if(!a&&o>=i&&r[o]._zod.optin==="optional"){t.value.length=o;break}if(s.issues.length){if(!a&&o>=i){t.value.length=o;break}t.issues.push(...bt(o,s.issues))}t.value[o]=s.value}for(let o=t.value.length-1;o>=n.length&&(r[o]._zod.optout==="optional"&&t.value[o]===void 0);o--)t.value.length=o;return t}var Cd=x("$ZodRecord",(e,t)=>{le.init(e,t);let r=Ke.memoizer;r?.attach(e),e._zod.parse=(n,i)=>{let o=n.value;if(!Ot(o))return n.issues.push({expected:"record",code:"invalid_type",input:o,inst:e}),n;let s=[],a=t.keyType._zod.values;if(a&&!t.partial){n.value=r?r.alloc(e,n,{},i):{};let u=new Set;for(let l of a)if(typeof l=="string"||typeof l=="number"||typeof l=="symbol"){if(u.add(typeof l=="number"?l.toString():l),l==="__proto__")continue;let p=t.keyType._zod.run({value:l,issues:[]},i);if(p instanceof Promise)throw new Error("Async schemas not supported in object keys currently");if(p.issues.length){n.issues.push({code:"invalid_key",origin:"record",issues:p.issues.map(y=>yt(y,i,Le())),input:l,path:[l],inst:e});continue}let f=p.value;if(f==="__proto__")continue;let h=t.valueType._zod.run({value:o[l],issues:[]},i);h instanceof Promise?s.push(h.then(y=>{y.issues.length&&n.issues.push(...bt(l,y.issues)),n.value[f]=y.value})):(h.issues.length&&n.issues.push(...bt(l,h.issues)),n.value[f]=h.value)}let c;for(let l in o)if(!u.has(l))if(t.mode==="loose"){if(l==="__proto__")continue;n.value[l]=o[l]}else c=c??[],c.push(l);c&&c.length>0&&n.issues.push({code:"unrecognized_keys",input:o,inst:e,keys:c,continue:!0})}else{n.value=r?r.alloc(e,n,{},i):{};let u;for(let c of Reflect.ownKeys(o)){if(c==="__proto__"||!Object.prototype.propertyIsEnumerable.call(o,c))continue;let l=t.keyType._zod.run({value:c,issues:[]},i);if(l instanceof Promise)throw new Error("Async schemas not supported in object keys currently");if(typeof c=="string"&&sr.test(c)&&l.issues.length){let y=t.keyType._zod.run({value:Number(c),issues:[]},i);if(y instanceof Promise)throw new Error("Async schemas not supported in object keys currently");y.issues.length===0&&(l=y)}if(l.issues.length){t.mode==="loose"?n.value[c]=o[c]:a?(u=u??[],u.push(c)):n.issues.push({code:"invalid_key",origin:"record",issues:l.issues.map(y=>yt(y,i,Le())),input:c,path:[c],inst:e});continue}let f=l.value;if(f==="__proto__")continue;let h=t.valueType._zod.run({value:o[c],issues:[]},i);h instanceof Promise?s.push(h.then(y=>{y.issues.length&&n.issues.push(...bt(c,y.issues)),n.value[f]=y.value})):(h.issues.length&&n.issues.push(...bt(c,h.issues)),n.value[f]=h.value)}u&&u.length>0&&n.issues.push({code:"unrecognized_keys",input:o,inst:e,keys:u,continue:!0})}return s.length?Promise.all(s).then(()=>n):n}}),Dd=x("$ZodMap",(e,t)=>{le.init(e,t);let r=Ke.memoizer;r?.attach(e),e._zod.parse=(n,i)=>{let o=n.value;if(!(o instanceof Map))return n.issues.push({expected:"map",code:"invalid_type",input:o,inst:e}),n;let s=[];n.value=r?r.alloc(e,n,new Map,i):new Map;let a=i?.abortEarly,u=n.issues.length;for(let[c,l]of o){if(a&&n.issues.length!==u){if(at(n,u))break;u=n.issues.length}let p=t.keyType._zod.run({value:c,issues:[]},i),f=t.valueType._zod.run({value:l,issues:[]},i);p instanceof Promise||f instanceof Promise?s.push(Promise.all([p,f]).then(([h,y])=>{Y0(h,y,n,c,o,e,i)})):Y0(p,f,n,c,o,e,i)}return s.length?Promise.all(s).then(()=>n):n},Sd(e,p$)});function Y0(e,t,r,n,i,o,s){e.issues.length&&(Si.has(typeof n)?r.issues.push(...bt(n,e.issues)):r.issues.push({code:"invalid_key",origin:"map",input:i,inst:o,issues:e.issues.map(a=>yt(a,s,Le()))})),t.issues.length&&(Si.has(typeof n)?r.issues.push(...bt(n,t.issues)):r.issues.push({origin:"map",code:"invalid_element",input:i,inst:o,key:n,issues:t.issues.map(a=>yt(a,s,Le()))})),r.value.set(e.value,t.value)}var Nd=x("$ZodSet",(e,t)=>{le.init(e,t);let r=Ke.memoizer;r?.attach(e),e._zod.parse=(n,i)=>{let o=n.value;if(!(o instanceof Set))return n.issues.push({input:o,inst:e,expected:"set",code:"invalid_type"}),n;let s=[];n.value=r?r.alloc(e,n,new Set,i):new Set;let a=i?.abortEarly,u=n.issues.length;for(let c of o){if(a&&n.issues.length!==u){if(at(n,u))break;u=n.issues.length}let l=t.valueType._zod.run({value:c,issues:[]},i);l instanceof Promise?s.push(l.then(p=>Q0(p,n))):Q0(l,n)}return s.length?Promise.all(s).then(()=>n):n},Sd(e,f$)});function Q0(e,t){e.issues.length&&t.issues.push(...e.issues),t.value.add(e.value)}var Fd=x("$ZodEnum",(e,t)=>{le.init(e,t);let r=vn(t.entries),n=new Set(r);e._zod.values=n,he(e,"pattern",i=>{let o=vn(i.def.entries).filter(s=>Si.has(typeof s));return new RegExp(o.length?`^(${o.map(s=>Ct(s.toString())).join("|")})$`:"^[^\\s\\S]$")}),e._zod.parse=(i,o)=>{let s=i.value;return n.has(s)||i.issues.push({code:"invalid_value",values:r,input:s,inst:e}),i}}),Ld=x("$ZodLiteral",(e,t)=>{le.init(e,t);let r=new Set(t.values);e._zod.values=r,he(e,"pattern",n=>{let i=n.def.values;return new RegExp(i.length?`^(${i.map(o=>typeof o=="string"?Ct(o):o?Ct(o.toString()):String(o)).join("|")})$`:"^[^\\s\\S]$")}),e._zod.parse=(n,i)=>{let o=n.value;return r.has(o)||n.issues.push({code:"invalid_value",values:t.values,input:o,inst:e}),n}}),zd=x("$ZodFile",(e,t)=>{le.init(e,t),e._zod.parse=(r,n)=>{let i=r.value;return i instanceof File||r.issues.push({expected:"file",code:"invalid_type",input:i,inst:e}),r}}),Md=x("$ZodTransform",(e,t)=>{le.init(e,t),e._zod.optin="optional",Ke.memoizer?.guard(e),e._zod.parse=(r,n)=>{if(n.direction==="backward")throw new kr(e.constructor.name);let i=t.transform(r.value,r);if(n.async)return(i instanceof Promise?i:Promise.resolve(i)).then(s=>(r.value=s,r));if(i instanceof Promise)throw new vt;return r.value=i,r}});function e1(e,t){return e.value=t.issues.length?void 0:t.value,e}var qs=x("$ZodOptional",(e,t)=>{le.init(e,t),he(e,"optin",r=>r.def.innerType._zod.optin==="defaulted"?"defaulted":"optional"),e._zod.optout="optional",he(e,"values",r=>{let n=r.def.innerType._zod.values;return n?new Set([...n,void 0]):void 0}),he(e,"pattern",r=>{let n=r.def.innerType._zod.pattern;return n?new RegExp(`^(${or(n.source)})?$`):void 0}),e._zod.parse=(r,n)=>{if(r.value===void 0){if(t.innerType._zod.optin!=="defaulted")return r;let i=t.innerType._zod.run({value:r.value,issues:[]},n);return i instanceof Promise?i.then(o=>e1(r,o)):e1(r,i)}return t.innerType._zod.run(r,n)}}),Ud=x("$ZodExactOptional",(e,t)=>{qs.init(e,t),he(e,"values",r=>r.def.innerType._zod.values),he(e,"pattern",r=>r.def.innerType._zod.pattern),e._zod.parse=(r,n)=>t.innerType._zod.run(r,n)}),qd=x("$ZodNullable",(e,t)=>{le.init(e,t),he(e,"optin",r=>r.def.innerType._zod.optin),he(e,"optout",r=>r.def.innerType._zod.optout),he(e,"pattern",r=>{let n=r.def.innerType._zod.pattern;return n?new RegExp(`^(${or(n.source)}|null)$`):void 0}),he(e,"values",r=>r.def.innerType._zod.values?new Set([...r.def.innerType._zod.values,null]):void 0),e._zod.parse=(r,n)=>r.value===null?r:t.innerType._zod.run(r,n)}),jd=x("$ZodDefault",(e,t)=>{le.init(e,t),e._zod.optin="defaulted",he(e,"values",r=>r.def.innerType._zod.values),e._zod.parse=(r,n)=>{if(n.direction==="backward")return t.innerType._zod.run(r,n);if(r.value===void 0)return r.value=t.defaultValue,r;let i=t.innerType._zod.run(r,n);return i instanceof Promise?i.then(o=>t1(o,t)):t1(i,t)}});function t1(e,t){return e.value===void 0&&(e.value=t.defaultValue),e}var Zd=x("$ZodPrefault",(e,t)=>{le.init(e,t),e._zod.optin="defaulted",he(e,"values",r=>r.def.innerType._zod.values),e._zod.parse=(r,n)=>(n.direction==="backward"||r.value===void 0&&(r.value=t.defaultValue),t.innerType._zod.run(r,n))}),Bd=x("$ZodNonOptional",(e,t)=>{le.init(e,t),he(e,"values",r=>{let n=r.def.innerType._zod.values;return n?new Set([...n].filter(i=>i!==void 0)):void 0}),e._zod.parse=(r,n)=>{let i=t.innerType._zod.run(r,n);return i instanceof Promise?i.then(o=>r1(o,e)):r1(i,e)}});function r1(e,t){return!e.issues.length&&e.value===void 0&&e.issues.push({code:"invalid_type",expected:"nonoptional",input:e.value,inst:t}),e}var Vd=x("$ZodSuccess",(e,t)=>{le.init(e,t),e._zod.parse=(r,n)=>{if(n.direction==="backward")throw new kr("ZodSuccess");let i=t.innerType._zod.run(r,n);return i instanceof Promise?i.then(o=>(r.value=o.issues.length===0,r)):(r.value=i.issues.length===0,r)}});function n1(e,t,r,n){return t.issues.length?(e.value=r.catchValue({...t,value:e.value,error:{issues:t.issues.map(i=>yt(i,n,Le()))},input:e.value}),e):(e.value=t.value,t.memo&&(e.memo=!0),e)}var Gd=x("$ZodCatch",(e,t)=>{le.init(e,t),he(e,"optin",r=>r.def.innerType._zod.optin==="defaulted"?"defaulted":"optional"),he(e,"optout",r=>r.def.innerType._zod.optout),he(e,"values",r=>r.def.innerType._zod.values),e._zod.parse=(r,n)=>{if(n.direction==="backward")return t.innerType._zod.run(r,n);let i=t.innerType._zod.run({value:r.value,issues:[]},n);return i instanceof Promise?i.then(o=>n1(r,o,t,n)):n1(r,i,t,n)}}),Kd=x("$ZodNaN",(e,t)=>{le.init(e,t),e._zod.parse=(r,n)=>((typeof r.value!="number"||!Number.isNaN(r.value))&&r.issues.push({input:r.value,inst:e,expected:"nan",code:"invalid_type"}),r)}),js=x("$ZodPipe",(e,t)=>{le.init(e,t),he(e,"values",r=>r.def.in._zod.values),he(e,"optin",r=>r.def.in._zod.optin),he(e,"optout",r=>r.def.out._zod.optout),he(e,"propValues",r=>r.def.in._zod.propValues),e._zod.parse=(r,n)=>{if(n.direction==="backward"){let o=t.out._zod.run(r,n);return o instanceof Promise?o.then(s=>_s(s,t.in,n)):_s(o,t.in,n)}let i=t.in._zod.run(r,n);return i instanceof Promise?i.then(o=>_s(o,t.out,n)):_s(i,t.out,n)}});function _s(e,t,r){return e.issues.some(n=>n.code!=="unrecognized_keys")?(e.aborted=!0,e):t._zod.run({value:e.value,issues:e.issues},r)}var Hi=x("$ZodCodec",(e,t)=>{le.init(e,t),he(e,"values",r=>r.def.in._zod.values),he(e,"optin",r=>r.def.in._zod.optin),he(e,"optout",r=>r.def.out._zod.optout),he(e,"propValues",r=>r.def.in._zod.propValues),e._zod.parse=(r,n)=>{if((n.direction||"forward")==="forward"){let o=t.in._zod.run(r,n);return o instanceof Promise?o.then(s=>As(s,t,n)):As(o,t,n)}else{let o=t.out._zod.run(r,n);return o instanceof Promise?o.then(s=>As(s,t,n)):As(o,t,n)}}});function As(e,t,r){if(e.issues.length)return e.aborted=!0,e;if((r.direction||"forward")==="forward"){let i=t.transform(e.value,e);return i instanceof Promise?i.then(o=>Ss(e,o,t.out,r)):Ss(e,i,t.out,r)}else{let i=t.reverseTransform(e.value,e);return i instanceof Promise?i.then(o=>Ss(e,o,t.in,r)):Ss(e,i,t.in,r)}}function Ss(e,t,r,n){return e.issues.length?(e.aborted=!0,e):r._zod.run({value:t,issues:e.issues},n)}var Hd=x("$ZodPreprocess",(e,t)=>{js.init(e,t)}),Wd=x("$ZodReadonly",(e,t)=>{le.init(e,t),he(e,"propValues",r=>r.def.innerType._zod.propValues),he(e,"values",r=>r.def.innerType._zod.values),he(e,"optin",r=>r.def.innerType?._zod?.optin),he(e,"optout",r=>r.def.innerType?._zod?.optout),e._zod.parse=(r,n)=>{if(n.direction==="backward")return t.innerType._zod.run(r,n);let i=t.innerType._zod.run(r,n);return i instanceof Promise?i.then(i1):i1(i)}});function i1(e){return e.memo||(e.value=Object.freeze(e.value)),e}function h$(e){let t=e._zod.def,r=t.pattern,n=!!t.format?.includes("int"),i,o;for(let a of t.checks??[]){let u=a._zod.def;u.pattern&&(r=u.pattern),n||(n=!!u.format?.includes("int"));let c=u.minimum??u.length,l=u.maximum??u.length;c!==void 0&&(i===void 0||c>i)&&(i=c),l!==void 0&&(o===void 0||l<o)&&(o=l)}if(r)return r.source;if(i!==void 0&&o!==void 0&&i>o)return"(?!)";if(i!==void 0||o!==void 0)return ll({minimum:i,maximum:o}).source;let s=e._zod.pattern;return(n&&s===sr?zi:s)?.source}function Ul(e){let t=e._zod.def,r=e._zod.pattern?.source,n=t.innerType??e._zod.innerType;if(n){let i=n._zod.pattern?.source,o=Ul(n);return r&&i&&o&&o!==i?r.replace(or(i),()=>or(o)):r}if(t.options){let i=t.options.map(Ul);if(i.every(Boolean))return`^(${i.map(o=>or(o)).join("|")})$`}return h$(e)}var Xd=x("$ZodTemplateLiteral",(e,t)=>{le.init(e,t);let r=[];for(let n of t.parts)if(typeof n=="object"&&n!==null){let i=Ul(n);if(!i)throw new Error(`Invalid template literal part, no pattern found: ${[...n._zod.traits].shift()}`);r.push(or(i))}else if(n===null||$u.has(typeof n))r.push(Ct(`${n}`));else throw new Error(`Invalid template literal part: ${n}`);e._zod.pattern=new RegExp(`^${r.join("")}$`),e._zod.parse=(n,i)=>typeof n.value!="string"?(n.issues.push({input:n.value,inst:e,expected:"string",code:"invalid_type"}),n):(e._zod.pattern.lastIndex=0,e._zod.pattern.test(n.value)||n.issues.push({input:n.value,inst:e,code:"invalid_format",format:t.format??"template_literal",pattern:e._zod.pattern.source}),n)}),Jd=x("$ZodFunction",(e,t)=>(le.init(e,t),Object.defineProperty(e,"_def",{value:t}),e._zod.def=t,e.implement=r=>{if(typeof r!="function")throw new Error("implement() must be called with a function");return Object.defineProperty(function(...n){let i=e._def.input?cs(e._def.input,n):n,o=Reflect.apply(r,this,i);return e._def.output?cs(e._def.output,o):o},"_zod",{value:e._zod,enumerable:!1})},e.implementAsync=r=>{if(typeof r!="function")throw new Error("implementAsync() must be called with a function");return Object.defineProperty(async function(...n){let i=e._def.input?await us(e._def.input,n):n,o=await Reflect.apply(r,this,i);return e._def.output?await us(e._def.output,o):o},"_zod",{value:e._zod,enumerable:!1})},e._zod.parse=(r,n)=>typeof r.value!="function"?(r.issues.push({code:"invalid_type",expected:"function",input:r.value,inst:e}),r):(e._def.output&&e._def.output._zod.def.type==="promise"?r.value=e.implementAsync(r.value):r.value=e.implement(r.value),r),e.input=(...r)=>{let n=e.constructor;return Array.isArray(r[0])?new n({type:"function",input:new Us({type:"tuple",items:r[0],rest:r[1]}),output:e._def.output}):new n({type:"function",input:r[0],output:e._def.output})},e.output=r=>{let n=e.constructor;return new n({type:"function",input:e._def.input,output:r})},e)),Yd=x("$ZodPromise",(e,t)=>{le.init(e,t),e._zod.parse=(r,n)=>Promise.resolve(r.value).then(i=>t.innerType._zod.run({value:i,issues:[]},n))}),Wi=x("$ZodLazy",(e,t)=>{le.init(e,t),wu(e._zod,"innerType",()=>{let r=t;return r._cachedInner||(r._cachedInner=t.getter()),r._cachedInner}),he(e,"pattern",r=>r.innerType?._zod?.pattern),he(e,"propValues",r=>r.innerType?._zod?.propValues),he(e,"optin",r=>r.innerType?._zod?.optin??void 0),he(e,"optout",r=>r.innerType?._zod?.optout??void 0),e._zod.parse=(r,n)=>e._zod.innerType._zod.run(r,n)}),Qd=x("$ZodCustom",(e,t)=>{Te.init(e,t),le.init(e,t),e._zod.parse=(r,n)=>r,e._zod.check=r=>{let n=r.value,i=t.fn(n);if(i instanceof Promise)return i.then(o=>o1(o,r,n,e));o1(i,r,n,e)}});function o1(e,t,r,n){if(!e){let i={code:"custom",input:r,inst:n,path:[...n._zod.def.path??[]],continue:!n._zod.def.abort};n._zod.def.params&&(i.params=n._zod.def.params),t.issues.push(_n(i))}}var Gs=class extends Error{constructor(){super("Cannot parse a reference cycle that closes through a transform"),this.name="ZodCyclicError"}},tp="~memo",f1=[];function m1(e){return e!==null&&typeof e=="object"}function ep(e){return e.map(t=>t.path?{...t,path:t.path.slice()}:{...t})}var h1=new WeakMap,Tn=0,Vs=1,Xi=2;function Ji(e,t,r){let n=h1.get(e);if(n!==void 0)return n?Xi:Tn;if(t.has(e))return Xi;t.add(e);let i=Tn,o=l=>{if(i!==Xi&&l?._zod){let p=Ji(l,t,r);p>i&&(i=p)}},s=(l,p)=>{let f=Tn;for(let h of Reflect.ownKeys(l)){let y=Object.getOwnPropertyDescriptor(l,h);if(p&&!y.enumerable)continue;let g=y.get?Vs:y.value?._zod?Ji(y.value,t,r):Tn;g>f&&(f=g)}return f},a=l=>{l>i&&(i=l)},u=e._zod.def,c=u.type;switch(c){case"object":{let l=kn(u);a(l?s(l,!0):Vs),o(u.catchall);break}case"array":o(u.element);break;case"tuple":for(let l of u.items)o(l);o(u.rest);break;case"record":case"map":o(u.keyType),o(u.valueType);break;case"set":o(u.valueType);break;case"union":for(let l of u.options)o(l);break;case"intersection":o(u.left),o(u.right);break;case"optional":case"nullable":case"default":case"prefault":case"catch":case"readonly":case"nonoptional":case"promise":case"success":o(u.innerType);break;case"pipe":o(u.in),o(u.out);break;case"function":o(u.input),o(u.output);break;case"lazy":{let l=u._cachedInner??(r?e._zod.innerType:void 0);a(l?Ji(l,t,!1):Vs);break}case"template_literal":case"string":case"number":case"int":case"boolean":case"bigint":case"symbol":case"undefined":case"null":case"void":case"never":case"any":case"unknown":case"date":case"nan":case"enum":case"literal":case"file":case"transform":case"custom":break;default:for(let l in u){let p=Object.getOwnPropertyDescriptor(u,l);if(!p||p.get)continue;let f=p.value;if(!(!f||typeof f!="object")){if(f._zod)o(f);else if(Array.isArray(f))for(let h of f)o(h)}}}return t.delete(e),g$(e,i)}function g$(e,t){return t!==Vs&&h1.set(e,t===Xi),t}function Ks(e){return Ji(e,new Set,!0)!==Tn}function b$(e,t){let r=e.buckets.get(t);return r||(r=new WeakMap,e.buckets.set(t,r)),r}var Zs,Bs=[],y$={alloc(e,t,r){let n=Zs;if(!n)return r;Zs=void 0;let i={value:r,issues:null};return n.set(t.value,i),Bs.push(i),r},guard(e){var t;(t=e._zod).deferred??(t.deferred=[]),e._zod.deferred.push(()=>{let r=e._zod.parse,n=(i,o)=>{if(o.direction!=="backward"&&Hs(o,i.value))throw new Gs;return r(i,o)};e._zod.parse=n,e._zod.run===r&&(e._zod.run=n)})},attach(e){var t;let r,n=!1,i,o;(t=e._zod).deferred??(t.deferred=[]),e._zod.deferred.push(()=>{let s=e._zod.parse,a=(u,c)=>{if(r===void 0){let $=Ji(e,new Set,!1);if($===Tn)return e._zod.parse=s,e._zod.run===a&&(e._zod.run=s),s(u,c);$===Xi||n?r=!0:n=!0}let l=u.value;if(!m1(l))return s(u,c);let p=c[tp];p||(p={buckets:new WeakMap,backEdges:void 0},c[tp]=p);let f;i===c?f=o:(f=b$(p,e),i=c,o=f);let h=f.get(l);if(h)return u.value=h.value,h.issues?h.issues.length&&u.issues.push(...ep(h.issues)):(u.memo=!0,p.backEdges??(p.backEdges=new WeakSet),p.backEdges.add(h.value)),u;Zs=f;let y=Bs.length,g=s(u,c);Zs=void 0;let v=Bs.length>y?Bs.pop():void 0;return g instanceof Promise?g.then($=>(v&&(v.issues=$.issues.length?ep($.issues):f1),$)):(v&&(v.issues=g.issues.length?ep(g.issues):f1),g)};e._zod.parse=a,e._zod.run===s&&(e._zod.run=a)})}};function Yi(){return y$}function Hs(e,t){let r=e[tp]?.backEdges;return r!==void 0&&m1(t)&&r.has(t)}var Qi={};er(Qi,{en:()=>Ws});var v$=()=>{let e={string:{unit:"characters",verb:"to have"},file:{unit:"bytes",verb:"to have"},array:{unit:"items",verb:"to have"},set:{unit:"items",verb:"to have"},map:{unit:"entries",verb:"to have"}};function t(o){return e[o]??null}let r={regex:"input",email:"email address",url:"URL",emoji:"emoji",uuid:"UUID",uuidv4:"UUIDv4",uuidv6:"UUIDv6",nanoid:"nanoid",guid:"GUID",cuid:"cuid",cuid2:"cuid2",ulid:"ULID",xid:"XID",ksuid:"KSUID",datetime:"ISO datetime",date:"ISO date",time:"ISO time",duration:"ISO duration",ipv4:"IPv4 address",ipv6:"IPv6 address",mac:"MAC address",cidrv4:"IPv4 range",cidrv6:"IPv6 range",base64:"base64-encoded string",base64url:"base64url-encoded string",json_string:"JSON string",e164:"E.164 number",currency_code:"currency code",credit_card:"credit card number",iban:"IBAN",jwt:"JWT",template_literal:"input"},n={nan:"NaN"};function i(o,s){return o==="number"&&typeof s=="number"&&!Number.isFinite(s)?String(s):n[o]??o}return o=>{switch(o.code){case"invalid_type":{let s=i(o.expected),a=Su(o.input),u=i(a,o.input);return`Invalid input: expected ${s}, received ${u}`}case"invalid_value":return o.values.length===1?`Invalid input: expected ${is(o.values[0])}`:`Invalid option: expected one of ${ts(o.values,"|")}`;case"too_big":{let s=o.exact?"exactly ":o.inclusive?"<=":"<",a=t(o.origin);return a?`Too big: expected ${o.origin??"value"} to have ${s}${o.maximum.toString()} ${a.unit??"elements"}`:`Too big: expected ${o.origin??"value"} to be ${s}${o.maximum.toString()}`}case"too_small":{let s=o.exact?"exactly ":o.inclusive?">=":">",a=t(o.origin);return a?`Too small: expected ${o.origin} to have ${s}${o.minimum.toString()} ${a.unit}`:`Too small: expected ${o.origin} to be ${s}${o.minimum.toString()}`}case"invalid_format":{let s=o;return s.format==="starts_with"?`Invalid string: must start with "${s.prefix}"`:s.format==="ends_with"?`Invalid string: must end with "${s.suffix}"`:s.format==="includes"?`Invalid string: must include "${s.includes}"`:s.format==="regex"?`Invalid string: must match pattern ${s.pattern}`:`Invalid ${r[s.format]??o.format}`}case"not_multiple_of":return`Invalid number: must be a multiple of ${o.divisor}`;case"unrecognized_keys":return`Unrecognized key${o.keys.length>1?"s":""}: ${ts(o.keys,", ")}`;case"invalid_key":return`Invalid key in ${o.origin}`;case"invalid_union":return o.options&&Array.isArray(o.options)&&o.options.length>0?`Invalid discriminator value. Expected ${o.options.map(a=>`'${a}'`).join(" | ")}`:o.inclusive===!1?"Invalid input: more than one option matched":"Invalid input";case"invalid_element":return`Invalid value in ${o.origin}`;default:return"Invalid input"}}};function Ws(){return{localeError:v$()}}var g1,rp=Symbol("ZodOutput"),np=Symbol("ZodInput"),Xs=class{constructor(){this._map=new WeakMap,this._idmap=new Map}add(t,...r){let n=r[0];return this._map.set(t,n),n&&typeof n=="object"&&"id"in n&&this._idmap.set(n.id,t),this}clear(){return this._map=new WeakMap,this._idmap=new Map,this}remove(t){let r=this._map.get(t);return r&&typeof r=="object"&&"id"in r&&this._idmap.delete(r.id),this._map.delete(t),this}get(t){let r=t._zod.parent;if(r){let n={...this.get(r)??{}};delete n.id;let i={...n,...this._map.get(t)};return Object.keys(i).length?i:void 0}return this._map.get(t)}has(t){return this._map.has(t)}};function Js(){return new Xs}(g1=globalThis).__zod_globalRegistry??(g1.__zod_globalRegistry=Js());var Ye=globalThis.__zod_globalRegistry;var ct=Symbol.for("zod.compile.invalid"),b1=Symbol.for("zod.compile.fallback"),zt=class extends Error{constructor(t="z.compile does not support async refinements, transforms, or checks"){super(t),this.name="ZodCompileAsyncError"}},ye=class extends Error{constructor(t,r=!0){super(`z.compile does not support ${t}; this schema must use the runtime parser`),this.name="ZodCompileUnsupportedError",this.islandable=r}};function x$(e,t){try{return Qs(e,{assertOnly:!0})}catch{return t}}function ap(e,t){try{let r=Qs(e),n=Ys(e,r);return n._zod.bag.validator=x$(e,r),n}catch(r){if(t?.strict)throw r;return e}}function Ys(e,t){if(Ks(e))throw new ye("a schema whose subtree contains a reference cycle");let r=Se(e),n=e._zod.run,i=n.__originalRun??n,o=(s,a)=>{if(a?.async||a?.direction==="backward"||a?.skipChecks||a?.[b1]||a&&Hs(a,s.value))return i(s,a);let u=t(s.value);return u!==ct?(s.value=u,s):(a&&(a[b1]=!0),i(s,a))};return o.__originalRun=i,r._zod.bag.fallbackRun=i,r._zod.bag.validator=t,r._zod.run=o,n.__originalRun||k$(r,e,t),r}function k$(e,t,r){let n=e,i=t;if(typeof i.safeParse=="function"){let o=i.safeParse;n.safeParse=(s,a)=>{let u=r(s);return u!==ct?{success:!0,data:u}:o(s,a)}}if(typeof i.parse=="function"){let o=i.parse;n.parse=(s,a)=>{let u=r(s);return u!==ct?u:o(s,a)}}}function Qs(e,t){let r=!0;try{r=Ks(e)}catch{}if(r)throw new ye("a schema whose subtree contains a reference cycle");let n={constants:new Map,constantCounter:0,varCounter:0,definite:!0},i=new Gr(["input"]),o=Ne(i,n,e,"input",!t?.assertOnly);i.write(o===null?"return true;":`return ${o};`);let s=["INVALID",...n.constants.keys()],a=[ct,...n.constants.values()],u=i.content.join(`
`),c=t?.debug?s.length>0?`// Constants: ${s.join(", ")}
${u}`:u:"",l=Function,p=`return (input) => {
${u}
}`,f;try{f=new l(...s,p)(...a)}catch(h){throw new ye(`this schema (generated code failed to evaluate: ${h.message})`)}return t?.debug&&(f.code=c),f.definite=n.definite,f}function se(e,t){for(let[n,i]of e.constants)if(i===t)return n;let r=`c${e.constantCounter++}`;return e.constants.set(r,t),r}function Wr(e,t){return e.definite=!1,se(e,t)}function te(e){return`v${e.varCounter++}`}function $$(e,t){let r=e._zod.run({value:t,issues:[]},{});if(r&&typeof r.then=="function")return ct;let n=r;return n.issues.length===0?n.value:ct}function tt(e,t,r,n,i=!0){let o=e.content.length,s=t.constants.size,a=t.constantCounter,u=t.varCounter;try{return Ne(e,t,r,n,i)}catch(c){if(!(c instanceof ye)||!c.islandable)throw c;if(e.content.length=o,t.constants.size>s){let l=Array.from(t.constants.keys()).slice(s);for(let p of l)t.constants.delete(p)}return t.constantCounter=a,t.varCounter=u,_$(e,t,r,n)}}function _$(e,t,r,n){t.definite=!1;let i=se(t,r),o=se(t,$$),s=te(t);return e.write(`const ${s} = ${o}(${i}, ${n});`),e.write(`if (${s} === INVALID) return INVALID;`),s}var A$=new Set(["max_size","min_size","size_equals","max_length","min_length","length_equals"]);function S$(e,t,r,n){let i=r._zod.def.checks;if(!i||i.length===0)return n;let o=n;for(let s of i){let a=s._zod.def;if(a.when&&!A$.has(a.check))throw new ye('check with a custom "when" condition');switch(a.check){case"greater_than":R$(e,t,a,o);break;case"less_than":P$(e,t,a,o);break;case"multiple_of":E$(e,t,a,o);break;case"number_format":$1(e,a,o);break;case"min_length":{let u=$r(a.minimum,"min_length"),c=ip(e,t,o,`${o}.length >= ${u} && ${o}.length < ${a.minimum*2}`);e.write(`if (${c} < ${u}) return INVALID;`);break}case"max_length":{let u=$r(a.maximum,"max_length"),c=ip(e,t,o,`${o}.length > ${u}`);e.write(`if (${c} > ${u}) return INVALID;`);break}case"length_equals":{let u=$r(a.length,"length_equals"),c=ip(e,t,o,`${o}.length >= ${u} && ${o}.length <= ${a.length*2}`);e.write(`if (${c} !== ${u}) return INVALID;`);break}case"min_size":e.write(`if (${o}.size < ${$r(a.minimum,"min_size")}) return INVALID;`);break;case"max_size":e.write(`if (${o}.size > ${$r(a.maximum,"max_size")}) return INVALID;`);break;case"size_equals":e.write(`if (${o}.size !== ${$r(a.size,"size_equals")}) return INVALID;`);break;case"string_format":o=_1(e,t,a,o);break;case"custom":o=N$(e,t,s,o);break;case"bigint_format":I$(e,a,o);break;case"mime_type":T$(e,t,a,o);break;case"property":C$(e,t,a,o);break;case"properties":O$(e,t,a,o);break;case"overwrite":{let u=te(t);D$(e,t,s,o,u),o=u;break}default:throw new ye(`check type ${a.check}`)}}return o}function ip(e,t,r,n){let i=se(t,Br),o=te(t);return e.write(`const ${o} = typeof ${r} === "string" && ${n} ? ${i}(${r}) : ${r}.length;`),o}function $r(e,t){if(typeof e!="number"||!Number.isFinite(e))throw new ye(`${t} bound of type ${typeof e}`);return`${e}`}function k1(e,t){if(typeof t=="bigint")return`${t}n`;if(typeof t=="number"){if(Number.isNaN(t))throw new ye("comparison check with NaN bound");return`${t}`}if(t instanceof Date){if(Number.isNaN(t.getTime()))throw new ye("comparison check with Invalid Date bound");return se(e,t)}throw new ye(`comparison check bound of type ${typeof t}`)}function R$(e,t,r,n){let i=r.inclusive?"<":"<=";e.write(`if (${n} ${i} ${k1(t,r.value)}) return INVALID;`)}function P$(e,t,r,n){let i=r.inclusive?">":">=";e.write(`if (${n} ${i} ${k1(t,r.value)}) return INVALID;`)}function E$(e,t,r,n){if(typeof r.value=="bigint"){if(r.value===BigInt(0))throw new ye("multiple_of check with a zero divisor");e.write(`if (${n} % ${r.value}n !== 0n) return INVALID;`)}else{let i=se(t,_i);e.write(`if (${i}(${n}, ${$r(r.value,"multiple_of")}) !== 0) return INVALID;`)}}function $1(e,t,r){let n=t.format;switch(n){case"safeint":e.write(`if (!Number.isSafeInteger(${r})) return INVALID;`);break;case"int32":e.write(`if (!Number.isInteger(${r}) || ${r} < -2147483648 || ${r} > 2147483647) return INVALID;`);break;case"uint32":e.write(`if (!Number.isInteger(${r}) || ${r} < 0 || ${r} > 4294967295) return INVALID;`);break;case"float32":e.write(`if (!Number.isFinite(${r}) || ${r} < -3.4028234663852886e38 || ${r} > 3.4028234663852886e38) return INVALID;`);break;case"float64":e.write(`if (!Number.isFinite(${r})) return INVALID;`);break;default:throw new ye(`number format ${n}`)}}function I$(e,t,r){let n=t.format;if(n)switch(n){case"int64":e.write(`if (${r} < -9223372036854775808n || ${r} > 9223372036854775807n) return INVALID;`);break;case"uint64":e.write(`if (${r} < 0n || ${r} > 18446744073709551615n) return INVALID;`);break;default:throw new ye(`bigint format ${n}`)}}function T$(e,t,r,n){let i=r.mime;if(i&&i.length>0){let o=se(t,new Set(i));e.write(`if (!${o}.has(${n}.type)) return INVALID;`)}}function O$(e,t,r,n){if(r.when)throw new ye('check with a custom "when" condition');e.write(`if (${n} == null) return INVALID;`);let i=r.shape;for(let o of Reflect.ownKeys(i)){let s=typeof o=="symbol"?se(t,o):st(o),a=te(t);e.write(`const ${a} = ${n}[${s}];`),tt(e,t,i[o],a,!1)}}function C$(e,t,r,n){let i=`${n}[${JSON.stringify(r.property)}]`;Ne(e,t,r.schema,i)}function D$(e,t,r,n,i){let o=r._zod.def.tx;if(!o)throw new ye("overwrite check without a transform function");if(Xr(o))throw new zt("z.compile: async overwrite transforms are not supported");let s=se(t,o);e.write(`const ${i} = ${s}(${n});`)}function op(){throw new vt}function cp(e){this.issues.push(e)}function N$(e,t,r,n){let i=r._zod.def;if(i.fn){if(Xr(i.fn))throw new zt("z.compile: async .refine() predicates are not supported");let o=Wr(t,i.fn),s=se(t,op),a=te(t);return e.write(`const ${a} = ${o}(${n});`),e.write(`if (${a} instanceof Promise) ${s}();`),e.write(`if (!${a}) return INVALID;`),n}if(r._zod.check){if(Xr(r._zod.check))throw new zt("z.compile: async .superRefine() / check functions are not supported");let o=r._zod.check,a=Wr(t,c=>{let l={value:c,issues:[],addIssue:cp};return o(l)instanceof Promise&&op(),l.issues.length===0?l.value:ct}),u=te(t);return e.write(`const ${u} = ${a}(${n});`),e.write(`if (${u} === INVALID) return INVALID;`),u}throw new ye("custom check without a predicate or check function")}var F$=new Set(["cidrv4","cuid","cuid2","date","datetime","duration","e164","email","emoji","ends_with","guid","includes","ipv4","ksuid","lowercase","mac","nanoid","regex","starts_with","time","ulid","uppercase","uuid","xid"]);function _1(e,t,r,n,i=!0){let o=r.format;if(o==="base64"){let c=se(t,Bi);return e.write(`if (!${c}(${n})) return INVALID;`),n}if(o==="base64url"){let c=se(t,Ds);return e.write(`if (!${c}(${n})) return INVALID;`),n}if(o==="jwt"){let c=se(t,Ls),l=se(t,r.alg??null);return e.write(`if (!${c}(${n}, ${l})) return INVALID;`),n}if(o==="ipv6"){let c=se(t,Zi);return e.write(`if (!${c}(${n})) return INVALID;`),n}if(o==="cidrv6"){let c=se(t,Os);return e.write(`if (!${c}(${n})) return INVALID;`),n}if(o==="credit_card"){let c=se(t,Ns);return e.write(`if (!${c}(${n})) return INVALID;`),n}if(o==="iban"){let c=se(t,Fs);return e.write(`if (!${c}(${n})) return INVALID;`),n}let s=r;if(o==="url"||o==="httpurl"||s.normalize||s.hostname!==void 0||s.protocol!==void 0){let c=se(t,Es),l=se(t,r),p=te(t),f=te(t);if(e.write(`const ${p} = ${n}.trim();`),e.write(`const ${f} = ${c}(${p}, ${l});`),e.write(`if (typeof ${f} === "number") return INVALID;`),s.hostname!==void 0){let g=se(t,Is);e.write(`if (!${g}(${f}, ${l}.hostname)) return INVALID;`)}if(s.protocol!==void 0){let g=se(t,Ts);e.write(`if (!${g}(${f}, ${l}.protocol)) return INVALID;`)}if(!i)return null;let h=te(t),y=s.normalize?`${f}.href`:`${se(t,ji)}(${p})`;return e.write(`const ${h} = ${y};`),h}let a=r.fn;if(a){if(Xr(a))throw new ye(`async string format ${o}`);let c=se(t,a);return e.write(`if (!${c}(${n})) return INVALID;`),n}if(F$.has(o)&&r.pattern){let c=se(t,r.pattern);return e.write(`${c}.lastIndex = 0;`),e.write(`if (!${c}.test(${n})) return INVALID;`),n}let u=r.format;switch(u){case"regex":throw new ye("regex format without a pattern");case"lowercase":e.write(`if (${n} !== ${n}.toLowerCase()) return INVALID;`);break;case"uppercase":e.write(`if (${n} !== ${n}.toUpperCase()) return INVALID;`);break;case"includes":e.write(`if (!${n}.includes(${st(r.includes)})) return INVALID;`);break;case"starts_with":{let c=r.prefix;e.write(`if (${n}.slice(0, ${c.length}) !== ${st(c)}) return INVALID;`);break}case"ends_with":{let c=r.suffix;e.write(`if (${n}.slice(-${c.length}) !== ${st(c)}) return INVALID;`);break}default:throw new ye(`string format ${u}`)}return n}function Ne(e,t,r,n,i=!0){let o=r._zod.def,s=o.type;if(o.coerce)throw new ye(`coercion (z.coerce.${s}())`);let a=i||!!o.checks?.length,u;switch(s){case"string":u=L$(e,t,r,n,a);break;case"number":u=z$(e,r,n);break;case"boolean":u=M$(e,n);break;case"bigint":u=U$(e,r,n);break;case"symbol":u=q$(e,n);break;case"undefined":u=j$(e,n);break;case"null":u=Z$(e,n);break;case"any":case"unknown":u=n;break;case"never":e.write("return INVALID;"),u=n;break;case"void":u=B$(e,n);break;case"nan":u=V$(e,n);break;case"date":u=G$(e,n);break;case"object":u=K$(e,t,r,n,a);break;case"optional":u=H$(e,t,r,n,a);break;case"nullable":u=J$(e,t,r,n,a);break;case"array":u=Y$(e,t,r,n,a);break;case"literal":u=Q$(e,t,r,n);break;case"enum":u=e_(e,t,r,n);break;case"readonly":{let c=v1(e,t,r,n),l=te(t);e.write(`const ${l} = Object.freeze(${c});`),u=l;break}case"success":v1(e,t,r,n),u="true";break;case"default":case"prefault":u=t_(e,t,r,n);break;case"nonoptional":u=r_(e,t,r,n);break;case"tuple":u=n_(e,t,r,n);break;case"union":u=i_(e,t,r,n);break;case"intersection":u=a_(e,t,r,n);break;case"record":u=c_(e,t,r,n);break;case"map":u=l_(e,t,r,n);break;case"set":u=d_(e,t,r,n);break;case"file":u=p_(e,n);break;case"template_literal":u=f_(e,t,r,n);break;case"lazy":u=m_(e,t,r,n);break;case"pipe":u=h_(e,t,r,n);break;case"custom":u=g_(e,t,r,n);break;case"transform":u=v_(e,t,r,n);break;case"catch":u=y_(e,t,r,n);break;default:throw new ye(`schema type ${s}`)}return u===null?null:S$(e,t,r,u)}function L$(e,t,r,n,i=!0){e.write(`if (typeof ${n} !== "string") return INVALID;`);let o=r._zod.def;return o.format===void 0?n:_1(e,t,o,n,i)}function z$(e,t,r){e.write(`if (typeof ${r} !== "number" || !Number.isFinite(${r})) return INVALID;`);let n=t._zod.def;return n.check==="number_format"&&n.format&&$1(e,{format:n.format},r),r}function M$(e,t){return e.write(`if (typeof ${t} !== "boolean") return INVALID;`),t}function U$(e,t,r){e.write(`if (typeof ${r} !== "bigint") return INVALID;`);let n=t._zod.def;if(n.format)switch(n.format){case"int64":e.write(`if (${r} < -9223372036854775808n || ${r} > 9223372036854775807n) return INVALID;`);break;case"uint64":e.write(`if (${r} < 0n || ${r} > 18446744073709551615n) return INVALID;`);break}return r}function q$(e,t){return e.write(`if (typeof ${t} !== "symbol") return INVALID;`),t}function j$(e,t){return e.write(`if (${t} !== undefined) return INVALID;`),t}function Z$(e,t){return e.write(`if (${t} !== null) return INVALID;`),t}function B$(e,t){return e.write(`if (${t} !== undefined) return INVALID;`),t}function V$(e,t){return e.write(`if (typeof ${t} !== "number" || !Number.isNaN(${t})) return INVALID;`),t}function G$(e,t){return e.write(`if (!(${t} instanceof Date) || Number.isNaN(${t}.getTime())) return INVALID;`),t}function K$(e,t,r,n,i=!0){let o=r._zod.def;e.write(`if (typeof ${n} !== "object" || ${n} === null || Array.isArray(${n})) return INVALID;`);let s=o.shape,a=Object.keys(s),u=Object.getOwnPropertySymbols(s),c=u.length?[...a,...u]:a,l=w=>typeof w=="symbol"?se(t,w):st(w),p=w=>typeof w=="symbol"?`[${l(w)}]`:st(w),f=s;if(a.includes("__proto__"))throw new ye('object shape key "__proto__"');let h=new Map;for(let w of c){let k=f[w],N=l(w),M=te(t);if(e.write(`const ${M} = ${n}[${N}];`),k._zod.optin!==void 0){let V=te(t);e.write(`let ${V} = (() => {`),e.indented(ee=>{let W=tt(ee,t,k,M);ee.write(`return ${W};`)}),e.write("})();"),k._zod.optout==="optional"?(e.write(`if (${V} === INVALID) {`),e.indented(ee=>{ee.write(`if (${N} in ${n}) return INVALID;`),ee.write(`${V} = undefined;`)}),e.write("}")):e.write(`if (${V} === INVALID) return INVALID;`),h.set(w,V)}else{X$(k)&&e.write(`if (!(${N} in ${n})) return INVALID;`);let V=tt(e,t,k,M,i);V!==null&&h.set(w,V)}}let y=o.catchall,g="none";if(y){let w=y._zod.def.type;if(w==="never"){let k=a.map(N=>`k !== ${st(N)}`).join(" && ")||"true";e.write(`for (const k in ${n}) {`),e.indented(N=>{N.write(`if (${k}) return INVALID;`)}),e.write("}")}else(w==="unknown"||w==="any")&&!y._zod.def.checks?.length?g="passthrough":g="schema"}let v=te(t),$=c.some(w=>y1(f[w])||sp(f[w]));if(!i){if(g==="schema"){let w=a.length>0?se(t,new Set(a)):null;e.write(`for (const k in ${n}) {`),e.indented(k=>{k.write('if (k === "__proto__") continue;'),w&&k.write(`if (${w}.has(k)) continue;`);let N=te(t);k.write(`const ${N} = ${n}[k];`),tt(k,t,y,N,!1)}),e.write("}")}return null}if($){e.write(`const ${v} = {};`);for(let w of c){let k=l(w),N=h.get(w);sp(f[w])?e.write(`if (${k} in ${n}) ${v}[${k}] = ${N};`):y1(f[w])?e.write(`if (${N} !== undefined || ${k} in ${n}) ${v}[${k}] = ${N};`):e.write(`${v}[${k}] = ${N};`)}}else{let w=c.map(k=>`${p(k)}: ${h.get(k)}`).join(", ");e.write(`const ${v} = { ${w} };`)}if(g!=="none"){let w=a.length>0?se(t,new Set(a)):null;e.write(`for (const k in ${n}) {`),e.indented(k=>{if(k.write('if (k === "__proto__") continue;'),w&&k.write(`if (${w}.has(k)) continue;`),g==="passthrough")k.write(`${v}[k] = ${n}[k];`);else{let N=te(t);k.write(`const ${N} = ${n}[k];`);let M=tt(k,t,y,N);k.write(`${v}[k] = ${M};`)}}),e.write("}")}return v}function H$(e,t,r,n,i=!0){let o=r._zod.def;if(W$(r))return Ne(e,t,o.innerType,n,i);if(o.innerType._zod.optin==="defaulted"){let a=te(t),u=te(t);return e.write(`let ${a};`),e.write(`if (${n} === undefined) {`),e.indented(c=>{c.write(`const ${u} = (() => {`),c.indented(l=>{let p=Ne(l,t,o.innerType,n);l.write(`return ${p};`)}),c.write("})();"),c.write(`if (${u} !== INVALID) ${a} = ${u};`)}),e.write("} else {"),e.indented(c=>{let l=Ne(c,t,o.innerType,n);c.write(`${a} = ${l};`)}),e.write("}"),a}let s=i?te(t):null;return s&&e.write(`let ${s};`),e.write(`if (${n} !== undefined) {`),e.indented(a=>{let u=Ne(a,t,o.innerType,n,i);s&&u!==null&&a.write(`${s} = ${u};`)}),e.write("}"),s}function W$(e){return e._zod.traits?.has("$ZodExactOptional")===!0}function X$(e){return e._zod.optin===void 0&&Hr(e)}function Hr(e){if(e._zod.def.coerce)return!0;let t=e._zod.def;switch(t.type){case"any":case"unknown":case"undefined":case"void":case"default":case"prefault":case"transform":case"custom":case"lazy":return!0;case"string":case"number":case"boolean":case"bigint":case"symbol":case"null":case"never":case"nan":case"date":case"object":case"array":case"tuple":case"record":case"map":case"set":case"file":case"template_literal":return!1;case"nonoptional":return t.innerType?Hr(t.innerType):!1;case"literal":return!!t.values?.includes(void 0);case"enum":return!!e._zod.values?.has(void 0);case"optional":case"nullable":case"readonly":case"success":return t.innerType?Hr(t.innerType):!0;case"catch":return!0;case"union":return t.options?t.options.some(Hr):!0;case"intersection":return!t.left||!t.right?!0:Hr(t.left)&&Hr(t.right);case"pipe":return t.in?Hr(t.in):!0;default:return!0}}function sp(e){return e._zod.optin==="optional"&&e._zod.optout==="optional"}function y1(e){return(e._zod.optin!=="defaulted"||e._zod.optout==="optional")&&On(e)}function On(e){let t=e._zod.def;switch(t.type){case"string":case"number":case"boolean":case"bigint":case"symbol":case"null":case"nan":case"date":case"object":case"array":case"tuple":case"record":case"map":case"set":case"file":case"template_literal":case"never":case"success":return!1;case"literal":return!!t.values?.includes(void 0);case"enum":return!!e._zod.values?.has(void 0);case"optional":return!0;case"nullable":case"readonly":case"nonoptional":return t.innerType?On(t.innerType):!0;case"union":return t.options?t.options.some(On):!0;case"intersection":return!t.left||!t.right||On(t.left)||On(t.right);case"pipe":return t.out?On(t.out):!0;default:return!0}}function J$(e,t,r,n,i=!0){let o=r._zod.def,s=i?te(t):null;return s&&e.write(`let ${s} = null;`),e.write(`if (${n} !== null) {`),e.indented(a=>{let u=Ne(a,t,o.innerType,n,i);s&&u!==null&&a.write(`${s} = ${u};`)}),e.write("}"),s}function up(e,t,r){for(let[n,i]of $n(t._zod.def.checks))e.write(`if (${r} > ${$r(n,i._zod.def.check)}) return INVALID;`)}function Y$(e,t,r,n,i=!0){let o=r._zod.def;e.write(`if (!Array.isArray(${n})) return INVALID;`),up(e,r,`${n}.length`);let s=i?te(t):null,a=te(t),u=te(t);return s&&e.write(`const ${s} = new Array(${n}.length);`),e.write(`for (let ${a} = 0; ${a} < ${n}.length; ${a}++) {`),e.indented(c=>{c.write(`const ${u} = ${n}[${a}];`);let l=tt(c,t,o.element,u,i);s&&l!==null&&c.write(`${s}[${a}] = ${l};`)}),e.write("}"),s}function Q$(e,t,r,n){let o=r._zod.def.values;if(o.length!==1){let a=se(t,new Set(o));return e.write(`if (!${a}.has(${n})) return INVALID;`),n}let s=o[0];if(typeof s=="number"&&Number.isNaN(s)){let a=se(t,new Set(o));return e.write(`if (!${a}.has(${n})) return INVALID;`),n}if(typeof s=="string")e.write(`if (${n} !== ${st(s)}) return INVALID;`);else if(typeof s=="number"||typeof s=="boolean")e.write(`if (${n} !== ${s}) return INVALID;`);else if(s===null)e.write(`if (${n} !== null) return INVALID;`);else if(s===void 0)e.write(`if (${n} !== undefined) return INVALID;`);else if(typeof s=="bigint")e.write(`if (${n} !== ${s}n) return INVALID;`);else throw new ye(`literal type ${typeof s}`);return n}function e_(e,t,r,n){let i=r._zod.values;if(!i)throw new ye("enum schema without enumerated values");let o=se(t,i);return e.write(`if (!${o}.has(${n})) return INVALID;`),n}function v1(e,t,r,n){let i=r._zod.def;return Ne(e,t,i.innerType,n)}function t_(e,t,r,n){let i=r._zod.def,s=Object.getOwnPropertyDescriptor(r._zod.def,"defaultValue")?()=>r._zod.def.defaultValue:void 0;if(r._zod.def.type==="prefault"){if(!s)return Ne(e,t,i.innerType,n);let u=se(t,s),c=te(t);return e.write(`let ${c} = ${n};`),e.write(`if (${n} === undefined) ${c} = ${u}();`),Ne(e,t,i.innerType,c)}let a=te(t);if(s){let u=se(t,s),c=se(t,Ai);e.write(`let ${a};`),e.write(`if (${n} === undefined) {`),e.indented(l=>{l.write(`${a} = ${c}(${u}());`)}),e.write("} else {"),e.indented(l=>{let p=Ne(l,t,i.innerType,n);l.write(`${a} = ${p} === undefined ? ${c}(${u}()) : ${p};`)}),e.write("}")}else e.write(`let ${a};`),e.write(`if (${n} !== undefined) {`),e.indented(u=>{let c=Ne(u,t,i.innerType,n);u.write(`${a} = ${c};`)}),e.write("}");return a}function r_(e,t,r,n){let i=r._zod.def,o=Ne(e,t,i.innerType,n),s=te(t);return e.write(`const ${s} = ${o};`),e.write(`if (${s} === undefined) return INVALID;`),s}function n_(e,t,r,n){let i=r._zod.def,o=i.items,s=i.rest;e.write(`if (!Array.isArray(${n})) return INVALID;`);let a=w1(o,"optin"),u=w1(o,"optout");s?e.write(`if (${n}.length < ${a}) return INVALID;`):e.write(`if (${n}.length < ${a} || ${n}.length > ${o.length}) return INVALID;`);let c=te(t);e.write(`const ${c} = [];`);for(let l=0;l<o.length;l++){let p=o[l];if(l>=u)e.write(`if (${c}.length === ${l}) {`),e.indented(f=>{f.write(`if (${l} < ${n}.length) {`),f.indented(h=>{let y=te(t);h.write(`const ${y} = ${n}[${l}];`);let g=tt(h,t,p,y);h.write(`${c}[${l}] = ${g};`)}),f.write("} else {"),f.indented(h=>{if(sp(p)){h.write(`${c}.length = ${l};`);return}let y=te(t),g=te(t);h.write(`const ${y} = undefined;`),h.write(`const ${g} = (() => {`),h.indented(v=>{let $=tt(v,t,p,y);v.write(`return ${$};`)}),h.write("})();"),h.write(`if (${g} === INVALID || ${g} === undefined) ${c}.length = ${l};`),h.write(`else ${c}[${l}] = ${g};`)}),f.write("}")}),e.write("}");else{let f=te(t);e.write(`const ${f} = ${n}[${l}];`);let h=tt(e,t,p,f);e.write(`${c}[${l}] = ${h};`)}}if(s){let l=te(t),p=te(t);e.write(`for (let ${l} = ${o.length}; ${l} < ${n}.length; ${l}++) {`),e.indented(f=>{f.write(`const ${p} = ${n}[${l}];`);let h=tt(f,t,s,p);f.write(`${c}[${l}] = ${h};`)}),e.write("}")}return c}function w1(e,t){for(let r=e.length-1;r>=0;r--)if(!(t==="optin"?e[r]._zod.optin!==void 0:e[r]._zod.optout==="optional"))return r+1;return 0}function i_(e,t,r,n){let i=r._zod.def,o=i.options;if(i.discriminator)return o_(e,t,i,n);if(i.inclusive===!1)throw new ye("exclusive unions (z.xor)");if(o.length===0)return e.write("return INVALID;"),n;if(o.length===1)return Ne(e,t,o[0],n);if(o.every(u=>u._zod.def.type==="literal"&&!u._zod.def.checks?.length)){let u=new Set(o.flatMap(l=>l._zod.def.values)),c=se(t,u);return e.write(`if (!${c}.has(${n})) return INVALID;`),n}let a=te(t);e.write(`let ${a};`);for(let u=0;u<o.length;u++){let c=o[u];u===0?e.write(`${a} = (() => {`):e.write(`if (${a} === INVALID) ${a} = (() => {`),e.indented(l=>{let p=Ne(l,t,c,n);l.write(`return ${p};`)}),e.write("})();")}return e.write(`if (${a} === INVALID) return INVALID;`),a}function o_(e,t,r,n){if(r.unionFallback)throw new ye("discriminated union with unionFallback");if(r.options.length===0)return e.write("return INVALID;"),n;let i=te(t),o=te(t);e.write(`const ${i} = ${n}?.[${st(r.discriminator)}];`),e.write(`let ${o};`);let s=!0,a=new Set;for(let u of r.options){let c=u._zod.propValues?.[r.discriminator];if(!c||c.size===0)throw new ye("discriminated union option without static discriminator values");for(let f of c){if(a.has(f))throw new ye(`duplicate discriminator value ${String(f)}`);a.add(f)}let l=Array.from(c,f=>s_(t,i,f)),p=s?"if":"else if";e.write(`${p} (${l.join(" || ")}) {`),e.indented(f=>{let h=Ne(f,t,u,n);f.write(`${o} = ${h};`)}),e.write("}"),s=!1}return e.write("else { return INVALID; }"),o}function s_(e,t,r){if(typeof r=="string")return`${t} === ${st(r)}`;if(typeof r=="number")return Number.isNaN(r)?`Number.isNaN(${t})`:`${t} === ${r}`;if(typeof r=="boolean")return`${t} === ${r}`;if(r===null)return`${t} === null`;if(r===void 0)return`${t} === undefined`;if(typeof r=="bigint")return`${t} === ${r}n`;if(typeof r=="symbol"){let n=se(e,r);return`${t} === ${n}`}throw new ye(`literal discriminator value ${String(r)}`)}function a_(e,t,r,n){let i=r._zod.def;t.definite=!1;let o=tt(e,t,i.left,n),s=tt(e,t,i.right,n),a=se(t,In),u=te(t);return e.write(`const ${u} = ${a}(${o}, ${s});`),e.write(`if (!${u}.valid) return INVALID;`),`${u}.data`}function c_(e,t,r,n){let i=r._zod.def,o=se(t,Ot);e.write(`if (!${o}(${n})) return INVALID;`);let s=te(t),a=te(t),u=te(t);e.write(`const ${s} = {};`);let c=i,l=c.partial?void 0:i.keyType._zod.values;if(l){let h=[];for(let g of l){if(!(typeof g=="string"||typeof g=="number"||typeof g=="symbol"))throw new ye(`record key value ${String(g)}`);let v=typeof g=="number"?g.toString():g;if(v==="__proto__")throw new ye('record key "__proto__"');h.push(v);let $=se(t,g),w=Ne(e,t,i.keyType,$),k=te(t);e.write(`const ${k} = ${n}[${u_(t,v)}];`);let N=tt(e,t,i.valueType,k);e.write(`${s}[${w}] = ${N};`)}let y=se(t,new Set(h));return e.write(`for (const ${a} in ${n}) {`),e.indented(g=>{g.write(`if (${y}.has(${a})) continue;`),c.mode==="loose"?g.write(`if (${a} !== "__proto__") ${s}[${a}] = ${n}[${a}];`):g.write("return INVALID;")}),e.write("}"),s}let p=i.keyType._zod.def;if(!(p.type==="string"&&p.format===void 0&&!p.coerce&&(p.checks?.length??0)===0)){let h=i.mode==="loose",y=Qs(i.keyType);y.definite===!1&&(t.definite=!1);let g=se(t,y),v=se(t,sr),$=te(t);return x1(e,t,n,a,w=>{w.write(`let ${$} = ${g}(${a});`),w.write(`if (${$} === INVALID && typeof ${a} === "string" && ${v}.test(${a})) ${$} = ${g}(Number(${a}));`),h?w.write(`if (${$} === INVALID) { ${s}[${a}] = ${n}[${a}]; continue; }`):w.write(`if (${$} === INVALID) return INVALID;`),w.write(`if (${$} === "__proto__") continue;`);let k=te(t);w.write(`const ${k} = ${n}[${a}];`);let N=tt(w,t,i.valueType,k);w.write(`${s}[${$}] = ${N};`)}),s}return x1(e,t,n,a,h=>{h.write(`const ${u} = ${n}[${a}];`);let y=tt(h,t,i.valueType,u);h.write(`${s}[${a}] = ${y};`)},"return INVALID;"),s}function x1(e,t,r,n,i,o){let s=se(t,Object.prototype.propertyIsEnumerable),a=te(t),u=te(t),c=te(t);e.write(`const ${a} = Object.getOwnPropertySymbols(${r});`),e.write(`const ${u} = Object.getOwnPropertyNames(${r});`),e.write(`for (let ${c} = 0; ${c} < ${u}.length; ${c}++) {`),e.indented(l=>{l.write(`const ${n} = ${u}[${c}];`),l.write(`if (${n} === "__proto__" || !${s}.call(${r}, ${n})) continue;`),i(l)}),e.write("}"),e.write(`for (let ${c} = 0; ${c} < ${a}.length; ${c}++) {`),e.indented(l=>{l.write(`const ${n} = ${a}[${c}];`),l.write(`if (!${s}.call(${r}, ${n})) continue;`),o?l.write(o):i(l)}),e.write("}")}function u_(e,t){return typeof t=="string"?st(t):se(e,t)}function l_(e,t,r,n){let i=r._zod.def;e.write(`if (!(${n} instanceof Map)) return INVALID;`),up(e,r,`${n}.size`);let o=te(t),s=te(t),a=te(t);return e.write(`const ${o} = new Map();`),e.write(`for (const [${s}, ${a}] of ${n}) {`),e.indented(u=>{let c=Ne(u,t,i.keyType,s),l=Ne(u,t,i.valueType,a);u.write(`${o}.set(${c}, ${l});`)}),e.write("}"),o}function d_(e,t,r,n){let i=r._zod.def;e.write(`if (!(${n} instanceof Set)) return INVALID;`),up(e,r,`${n}.size`);let o=te(t),s=te(t);return e.write(`const ${o} = new Set();`),e.write(`for (const ${s} of ${n}) {`),e.indented(a=>{let u=Ne(a,t,i.valueType,s);a.write(`${o}.add(${u});`)}),e.write("}"),o}function p_(e,t){return e.write(`if (!(${t} instanceof File)) return INVALID;`),t}function f_(e,t,r,n){e.write(`if (typeof ${n} !== "string") return INVALID;`);let i=r._zod.pattern;if(i){let o=se(t,i);e.write(`${o}.lastIndex = 0;`),e.write(`if (!${o}.test(${n})) return INVALID;`)}return n}function m_(e,t,r,n){let i=r._zod.def,o=Wr(t,i.getter),s=se(t,{parser:null});e.write(`if (!${s}.parser) {`),e.indented(u=>{u.write(`const inner = ${o}();`),u.write(`${s}.parser = function(input) {`),u.indented(c=>{c.write("const result = inner._zod.run({ value: input, issues: [] }, {});"),c.write("return result.issues.length === 0 ? result.value : INVALID;")}),u.write("};")}),e.write("}");let a=te(t);return e.write(`const ${a} = ${s}.parser(${n});`),e.write(`if (${a} === INVALID) return INVALID;`),a}function h_(e,t,r,n){let i=r._zod.def,o=Ne(e,t,i.in,n);if(i.transform){if(Xr(i.transform))throw new zt("z.compile: async transforms in pipes are not supported");let s=i.transform,u=Wr(t,l=>{let p={value:l,issues:[],addIssue:cp},f=s(l,p);return f instanceof Promise?ct:p.issues.length===0?f:ct}),c=te(t);return e.write(`const ${c} = ${u}(${o});`),e.write(`if (${c} === INVALID) return INVALID;`),Ne(e,t,i.out,c)}else return Ne(e,t,i.out,o)}function Xr(e){return typeof e=="function"&&(e.constructor.name==="AsyncFunction"||e[Symbol.toStringTag]==="AsyncFunction")}function g_(e,t,r,n){let i=r._zod.def;if(i.fn){if(Xr(i.fn))throw new zt("z.compile: async custom predicates are not supported");let o=Wr(t,i.fn),s=se(t,op),a=te(t);e.write(`const ${a} = ${o}(${n});`),e.write(`if (${a} instanceof Promise) ${s}();`),e.write(`if (!${a}) return INVALID;`)}else throw new ye("custom schema without a predicate function");return n}function b_(e,t,r){let n=e._zod.run({value:r,issues:[]},{});if(n&&typeof n.then=="function")return ct;let i=n;return i.issues.length===0?i.value:t()}function y_(e,t,r,n){let i=r._zod.def;if(!i.catchValue[ss])throw new ye("catch with a callback (only a constant catch value compiles)",!1);let o=te(t);e.write(`let ${o} = (() => {`),e.indented(c=>{let l=tt(c,t,i.innerType,n);c.write(`return ${l};`)}),e.write("})();");let s=se(t,i.innerType),a=Wr(t,i.catchValue),u=se(t,b_);return e.write(`if (${o} === INVALID) {`),e.indented(c=>{c.write(`${o} = ${u}(${s}, ${a}, ${n});`),c.write(`if (${o} === INVALID) return INVALID;`)}),e.write("}"),o}function v_(e,t,r,n){let i=r._zod.def;if(i.transform){if(Xr(i.transform))throw new zt("z.compile: async transforms are not supported");let o=i.transform,a=Wr(t,c=>{let l={value:c,issues:[],addIssue:cp},p=o(c,l);return p instanceof Promise?ct:l.issues.length===0?p:ct}),u=te(t);return e.write(`const ${u} = ${a}(${n});`),e.write(`if (${u} === INVALID) return INVALID;`),u}return n}function ea(e){return e.checks&&(e.checks=[...e.checks]),e}function lp(e,t){return new e(ea({type:"string",...j(t)}))}function dp(e,t){return new e(ea({type:"string",coerce:!0,...j(t)}))}function ta(e,t){return new e({type:"string",format:"email",check:"string_format",abort:!1,...j(t)})}function ra(e,t){return new e({type:"string",format:"guid",check:"string_format",abort:!1,...j(t)})}function na(e,t){return new e({type:"string",format:"uuid",check:"string_format",abort:!1,...j(t)})}function ia(e,t){return new e({type:"string",format:"uuid",check:"string_format",abort:!1,version:"v4",...j(t)})}function oa(e,t){return new e({type:"string",format:"uuid",check:"string_format",abort:!1,version:"v6",...j(t)})}function sa(e,t){return new e({type:"string",format:"uuid",check:"string_format",abort:!1,version:"v7",...j(t)})}function eo(e,t){return new e({type:"string",format:"url",check:"string_format",abort:!1,...j(t)})}function aa(e,t){return new e({type:"string",format:"emoji",check:"string_format",abort:!1,...j(t)})}function ca(e,t){return new e({type:"string",format:"nanoid",check:"string_format",abort:!1,...j(t)})}function ua(e,t){return new e({type:"string",format:"cuid",check:"string_format",abort:!1,...j(t)})}function la(e,t){return new e({type:"string",format:"cuid2",check:"string_format",abort:!1,...j(t)})}function da(e,t){return new e({type:"string",format:"ulid",check:"string_format",abort:!1,...j(t)})}function pa(e,t){return new e({type:"string",format:"xid",check:"string_format",abort:!1,...j(t)})}function fa(e,t){return new e({type:"string",format:"ksuid",check:"string_format",abort:!1,...j(t)})}function ma(e,t){return new e({type:"string",format:"ipv4",check:"string_format",abort:!1,...j(t)})}function ha(e,t){return new e({type:"string",format:"ipv6",check:"string_format",abort:!1,...j(t)})}function pp(e,t){return new e({type:"string",format:"mac",check:"string_format",abort:!1,...j(t)})}function ga(e,t){return new e({type:"string",format:"cidrv4",check:"string_format",abort:!1,...j(t)})}function ba(e,t){return new e({type:"string",format:"cidrv6",check:"string_format",abort:!1,...j(t)})}function ya(e,t){return new e({type:"string",format:"base64",check:"string_format",abort:!1,...j(t)})}function va(e,t){return new e({type:"string",format:"base64url",check:"string_format",abort:!1,...j(t)})}function wa(e,t){return new e({type:"string",format:"e164",check:"string_format",abort:!1,...j(t)})}function fp(e,t){return new e({type:"string",format:"credit_card",check:"string_format",abort:!1,...j(t)})}function mp(e,t){return new e({type:"string",format:"iban",check:"string_format",abort:!1,...j(t)})}function xa(e,t){return new e({type:"string",format:"jwt",check:"string_format",abort:!1,...j(t)})}var hp={Any:null,Minute:-1,Second:0,Millisecond:3,Microsecond:6};function to(e,t){return new e({type:"string",format:"datetime",check:"string_format",offset:!1,local:!1,precision:null,...j(t)})}function ro(e,t){return new e({type:"string",format:"date",check:"string_format",...j(t)})}function no(e,t){return new e({type:"string",format:"time",check:"string_format",precision:null,...j(t)})}function io(e,t){return new e({type:"string",format:"duration",check:"string_format",...j(t)})}function gp(e,t){return new e(ea({type:"number",checks:[],...j(t)}))}function bp(e,t){return new e(ea({type:"number",coerce:!0,checks:[],...j(t)}))}function yp(e,t){return new e({type:"number",check:"number_format",abort:!1,format:"safeint",...j(t)})}function vp(e,t){return new e({type:"number",check:"number_format",abort:!1,format:"float32",...j(t)})}function wp(e,t){return new e({type:"number",check:"number_format",abort:!1,format:"float64",...j(t)})}function xp(e,t){return new e({type:"number",check:"number_format",abort:!1,format:"int32",...j(t)})}function kp(e,t){return new e({type:"number",check:"number_format",abort:!1,format:"uint32",...j(t)})}function $p(e,t){return new e({type:"boolean",...j(t)})}function _p(e,t){return new e({type:"boolean",coerce:!0,...j(t)})}function Ap(e,t){return new e({type:"bigint",...j(t)})}function Sp(e,t){return new e({type:"bigint",coerce:!0,...j(t)})}function Rp(e,t){return new e({type:"bigint",check:"bigint_format",abort:!1,format:"int64",...j(t)})}function Pp(e,t){return new e({type:"bigint",check:"bigint_format",abort:!1,format:"uint64",...j(t)})}function Ep(e,t){return new e({type:"symbol",...j(t)})}function Ip(e,t){return new e({type:"undefined",...j(t)})}function Tp(e,t){return new e({type:"null",...j(t)})}function Op(e){return new e({type:"any"})}function Cp(e){return new e({type:"unknown"})}function Dp(e,t){return new e({type:"never",...j(t)})}function Np(e,t){return new e({type:"void",...j(t)})}function Fp(e,t){return new e({type:"date",...j(t)})}function Lp(e,t){return new e({type:"date",coerce:!0,...j(t)})}function zp(e,t){return new e({type:"nan",...j(t)})}function Ht(e,t){return new ks({check:"less_than",...j(t),value:e,inclusive:!1})}function Pt(e,t){return new ks({check:"less_than",...j(t),value:e,inclusive:!0})}function Wt(e,t){return new $s({check:"greater_than",...j(t),value:e,inclusive:!1})}function Et(e,t){return new $s({check:"greater_than",...j(t),value:e,inclusive:!0})}function ka(e){return Wt(0,e)}function $a(e){return Ht(0,e)}function _a(e){return Pt(0,e)}function Aa(e){return Et(0,e)}function _r(e,t){return new wl({check:"multiple_of",...j(t),value:e})}function Ar(e,t){return new $l({check:"max_size",...j(t),maximum:e})}function Xt(e,t){return new _l({check:"min_size",...j(t),minimum:e})}function Jr(e,t){return new Al({check:"size_equals",...j(t),size:e})}function Yr(e,t){return new Sl({check:"max_length",...j(t),maximum:e})}function ar(e,t){return new Rl({check:"min_length",...j(t),minimum:e})}function Qr(e,t){return new Pl({check:"length_equals",...j(t),length:e})}function Cn(e,t){return new El({check:"string_format",format:"regex",...j(t),pattern:e})}function Dn(e){return new Il({check:"string_format",format:"lowercase",...j(e)})}function Nn(e){return new Tl({check:"string_format",format:"uppercase",...j(e)})}function Fn(e,t){return new Ol({check:"string_format",format:"includes",...j(t),includes:e})}function Ln(e,t){return new Cl({check:"string_format",format:"starts_with",...j(t),prefix:e})}function zn(e,t){return new Dl({check:"string_format",format:"ends_with",...j(t),suffix:e})}function Sa(e,t,r){return new Nl({check:"property",property:e,schema:t,...j(r)})}function Mn(e,t){return new Fl({check:"properties",shape:e,...j(t)})}function Un(e,t){return new Ll({check:"mime_type",mime:e,...j(t)})}function Mt(e){return new zl({check:"overwrite",tx:e})}function qn(e){return Mt(t=>t.normalize(e))}function jn(){return Mt(e=>e.trim())}function Zn(){return Mt(e=>e.toLowerCase())}function Bn(){return Mt(e=>e.toUpperCase())}function Vn(){return Mt(e=>xu(e))}function Mp(e,t,r){return new e({type:"array",element:t,...j(r)})}function w_(e,t,r){return new e({type:"union",options:t,...j(r)})}function x_(e,t,r){return new e({type:"union",options:t,inclusive:!1,...j(r)})}function k_(e,t,r,n){return new e({type:"union",options:r,discriminator:t,...j(n)})}function $_(e,t,r){return new e({type:"intersection",left:t,right:r})}function __(e,t,r,n){let i=r instanceof le,o=i?n:r,s=i?r:null;return new e({type:"tuple",items:t,rest:s,...j(o)})}function A_(e,t,r,n){return new e({type:"record",keyType:t,valueType:r,...j(n)})}function S_(e,t,r,n){return new e({type:"map",keyType:t,valueType:r,...j(n)})}function R_(e,t,r){return new e({type:"set",valueType:t,...j(r)})}function P_(e,t,r){let n=Array.isArray(t)?Object.fromEntries(t.map(i=>[i,i])):t;return new e({type:"enum",entries:n,...j(r)})}function E_(e,t,r){return new e({type:"enum",entries:t,...j(r)})}function I_(e,t,r){return new e({type:"literal",values:Array.isArray(t)?t:[t],...j(r)})}function Up(e,t){return new e({type:"file",...j(t)})}function T_(e,t){return new e({type:"transform",transform:t})}function O_(e,t){return new e({type:"optional",innerType:t})}function C_(e,t){return new e({type:"nullable",innerType:t})}function D_(e,t,r){return new e({type:"default",innerType:t,get defaultValue(){return typeof r=="function"?r():Ai(r)}})}function N_(e,t,r){return new e({type:"nonoptional",innerType:t,...j(r)})}function F_(e,t){return new e({type:"success",innerType:t})}function L_(e,t,r){return new e({type:"catch",innerType:t,catchValue:typeof r=="function"?r:Pu(r)})}function z_(e,t,r){return new e({type:"pipe",in:t,out:r})}function M_(e,t){return new e({type:"readonly",innerType:t})}function U_(e,t,r){return new e({type:"template_literal",parts:t,...j(r)})}function q_(e,t){return new e({type:"lazy",getter:t})}function j_(e,t){return new e({type:"promise",innerType:t})}function qp(e,t,r){let n=j(r);return n.abort??(n.abort=!0),new e({type:"custom",check:"custom",fn:t,...n})}function jp(e,t,r){return new e({type:"custom",check:"custom",fn:t,...j(r)})}function Zp(e,t){let r=A1(n=>(n.addIssue=i=>{if(typeof i=="string")n.issues.push(_n(i,n.value,r._zod.def));else{let o=i;o.fatal&&(o.continue=!1),o.code??(o.code="custom"),"input"in o||(o.input=n.value),o.inst??(o.inst=r),o.continue??(o.continue=!r._zod.def.abort),n.issues.push(_n(o))}},e(n.value,n)),t);return r}function A1(e,t){let r=new Te({check:"custom",...j(t)});return r._zod.check=e,r}function Bp(e){let t=new Te({check:"describe"});return t._zod.onattach=[r=>{let n=Ye.get(r)??{};Ye.add(r,{...n,description:e})}],t._zod.check=()=>{},t}function Vp(e){let t=new Te({check:"meta"});return t._zod.onattach=[r=>{let n=Ye.get(r)??{};Ye.add(r,{...n,...e})}],t._zod.check=()=>{},t}function Gp(e,t){let r=j(t),n=r.truthy??["true","1","yes","on","y","enabled"],i=r.falsy??["false","0","no","off","n","disabled"];r.case!=="sensitive"&&(n=n.map(h=>typeof h=="string"?h.toLowerCase():h),i=i.map(h=>typeof h=="string"?h.toLowerCase():h));let o=new Set(n),s=new Set(i),a=e.Codec??Hi,u=e.Boolean??Gi,c=e.String??Kr,l=new c({type:"string",error:r.error}),p=new u({type:"boolean",error:r.error}),f=new a({type:"pipe",in:l,out:p,transform:((h,y)=>{let g=h;return r.case!=="sensitive"&&(g=g.toLowerCase()),o.has(g)?!0:s.has(g)?!1:(y.issues.push({code:"invalid_value",expected:"stringbool",values:[...o,...s],input:y.value,inst:f,continue:!1}),{})}),reverseTransform:((h,y)=>h===!0?n[0]||"true":i[0]||"false"),error:r.error});return f._zod.bag.truthy=n,f._zod.bag.falsy=i,f._zod.bag.case=r.case??"insensitive",f}function en(e,t,r,n={}){let i=j(n),o={check:"string_format",type:"string",format:t,fn:typeof r=="function"?r:a=>r.test(a),...i};return r instanceof RegExp&&(o.pattern=r),new e(o)}function oo(e,...t){for(let r of t)for(let n of Reflect.ownKeys(r))Object.prototype.propertyIsEnumerable.call(r,n)&&Je(e,n,r[n]);return e}function Sr(e){let t=e?.target??"draft-2020-12";return t==="draft-4"&&(t="draft-04"),t==="draft-7"&&(t="draft-07"),{processors:e.processors??{},metadataRegistry:e?.metadata??Ye,target:t,unrepresentable:e?.unrepresentable??"throw",override:e?.override??(()=>{}),io:e?.io??"output",counter:0,seen:new Map,sharedDefsExtractedFor:void 0,sharedEmitDoneFor:void 0,cycles:e?.cycles??"ref",reused:e?.reused??"inline",intersections:[],deferred:[],external:e?.external??void 0}}function Be(e,t,r,n,i){let o=typeof t.unrepresentable=="function"?t.unrepresentable({zodSchema:e,path:n.path,message:i}):t.unrepresentable;if(o==="any")return!1;if(o===void 0||o==="throw")throw new Error(i);return Object.assign(r,o),!0}function Pe(e,t,r={path:[],schemaPath:[]}){var n;let i=e._zod.def,o=t.seen.get(e);if(o)return o.count++,r.schemaPath.includes(e)&&(o.cycle=r.path),o.schema;let s={schema:{},count:1,cycle:void 0,path:r.path};t.seen.set(e,s),t.sharedDefsExtractedFor=void 0,t.sharedEmitDoneFor=void 0;let a=e._zod.toJSONSchema?.();if(a)s.schema=a;else{let l={...r,schemaPath:[...r.schemaPath,e],path:r.path};if(e._zod.processJSONSchema)e._zod.processJSONSchema(t,s.schema,l);else{let f=s.schema,h=t.processors[i.type];if(!h)throw new Error(`[toJSONSchema]: Non-representable type encountered: ${i.type}`);h(e,t,f,l)}let p=e._zod.parent;p&&(s.ref||(s.ref=p),Pe(p,t,l),t.seen.get(p).isParent=!0)}let u=t.metadataRegistry.get(e);return u&&oo(s.schema,u),t.io==="input"&&ut(e)&&(delete s.schema.examples,delete s.schema.default),t.io==="input"&&"_prefault"in s.schema&&((n=s.schema).default??(n.default=s.schema._prefault)),delete s.schema._prefault,t.seen.get(e).schema}function S1(e){return e.replace(/~/g,"~0").replace(/\//g,"~1")}function Rr(e,t){let r=e.seen.get(t);if(!r)throw new Error("Unprocessed schema. This is a bug in Zod.");if(e.external&&e.sharedDefsExtractedFor===e.external)return;let n=new Map;for(let s of e.seen.entries()){let a=e.metadataRegistry.get(s[0])?.id;if(a){let u=n.get(a);if(u&&u!==s[0])throw new Error(`Duplicate schema id "${a}" detected during JSON Schema conversion. Two different schemas cannot share the same id when converted together.`);n.set(a,s[0])}}let i=s=>{let a=e.target==="draft-2020-12"?"$defs":"definitions";if(e.external){let p=e.external.registry.get(s[0])?.id,f=e.external.uri??(y=>y);if(p)return{ref:f(p)};let h=s[1].defId??s[1].schema.id??`schema${e.counter++}`;return s[1].defId=h,{defId:h,ref:`${f("__shared")}#/${a}/${S1(h)}`}}let u="#",c=`${u}/${a}/`;if(s[1]===r&&!s[1].schema.id)return{ref:u};let l=s[1].schema.id??`__schema${e.counter++}`;return{defId:l,ref:c+S1(l)}},o=s=>{if(s[1].schema.$ref)return;let a=s[1],{ref:u,defId:c}=i(s);a.def={...a.schema},c&&(a.defId=c);let l=a.schema;for(let p in l)delete l[p];l.$ref=u};if(e.cycles==="throw")for(let s of e.seen.entries()){let a=s[1];if(a.cycle)throw new Error(`Cycle detected: #/${a.cycle?.join("/")}/<root>

Set the \`cycles\` parameter to \`"ref"\` to resolve cyclical schemas with defs.`)}for(let s of e.seen.entries()){let a=s[1];if(t===s[0]){o(s);continue}if(e.external){let c=e.external.registry.get(s[0])?.id;if(t!==s[0]&&c){o(s);continue}}if(e.metadataRegistry.get(s[0])?.id){o(s);continue}if(a.cycle){o(s);continue}a.count>1&&e.reused==="ref"&&o(s)}e.external&&(e.sharedDefsExtractedFor=e.external)}function E1(e){let t=e.anyOf;if(!Array.isArray(t)||t.length===0||e.type!==void 0)return;let r=[];for(let n of t){if(!n||typeof n!="object")return;E1(n);let i=Object.keys(n);if(i.length!==1||i[0]!=="type")return;let o=n.type;for(let s of Array.isArray(o)?o:[o]){if(typeof s!="string")return;r.includes(s)||r.push(s)}}delete e.anyOf,e.type=r.length===1?r[0]:r}var I1=new Set(["type","properties","required","additionalProperties"]),R1=["oneOf","anyOf"];function P1(e){let t=e.additionalProperties;return t===void 0||t===!1||typeof t!="object"||t===null?null:Object.keys(t).length?t:null}function Kp(e){let t=[];for(let o of e){if(typeof o!="object"||o.type!=="object")return null;for(let s in o)if(!I1.has(s))return null;t.push(o)}let r={},n=new Set;for(let o of t){for(let s in o.properties){if(Object.prototype.hasOwnProperty.call(r,s))continue;let a=[];for(let c of t){let l=c.properties?.[s]??P1(c);l!=null&&(a.some(p=>JSON.stringify(p)===JSON.stringify(l))||a.push(l))}let u=a.length===1?a[0]:Kp(a)??{allOf:a};Je(r,s,u)}for(let s of o.required??[])n.add(s)}let i={type:"object",properties:r};if(n.size&&(i.required=[...n]),t.every(o=>o.additionalProperties===!1))i.additionalProperties=!1;else{let o=[];for(let s of t){let a=P1(s);a&&!o.some(u=>JSON.stringify(u)===JSON.stringify(a))&&o.push(a)}o.length===1?i.additionalProperties=o[0]:o.length>1&&(i.additionalProperties={allOf:o})}return i}function Z_(e){let t=e.allOf;if(!Array.isArray(t)||t.length<2)return;for(let i of I1)if(i in e)return;let r=t.filter(i=>R1.some(o=>Array.isArray(i[o]))),n=null;if(!r.length)n=Kp(t);else{let i=r[0],o=R1.find(u=>Array.isArray(i[u]));if(Object.keys(i).length!==1)return;let s=t.filter(u=>u!==i),a=i[o].map(u=>Kp([...s,u]));if(a.some(u=>!u))return;n={[o]:a}}n&&(delete e.allOf,oo(e,n))}function Pr(e,t){let r=e.seen.get(t);if(!r)throw new Error("Unprocessed schema. This is a bug in Zod.");let n=a=>{let u=e.seen.get(a);if(u.ref===null)return;let c=u.def??u.schema,l={...c},p=u.ref;if(u.ref=null,p){n(p);let h=e.seen.get(p),y=h.schema;if(y.$ref&&(e.target==="draft-07"||e.target==="draft-04"||e.target==="openapi-3.0")?(c.allOf=c.allOf??[],c.allOf.push(y)):oo(c,y),oo(c,l),a._zod.parent===p)for(let v in c)v==="$ref"||v==="allOf"||v in l||delete c[v];if(y.$ref&&h.def)for(let v in c)v==="$ref"||v==="allOf"||v in h.def&&JSON.stringify(c[v])===JSON.stringify(h.def[v])&&delete c[v]}let f=a._zod.parent;if(f&&f!==p){n(f);let h=e.seen.get(f);if(h?.schema.$ref&&(c.$ref=h.schema.$ref,h.def))for(let y in c)y==="$ref"||y==="allOf"||y in h.def&&JSON.stringify(c[y])===JSON.stringify(h.def[y])&&delete c[y]}e.override({zodSchema:a,jsonSchema:c,path:u.path??[]})};if(!e.external||e.sharedEmitDoneFor!==e.external){for(let a of[...e.seen.entries()].reverse())n(a[0]);if(e.target!=="openapi-3.0")for(let a of e.seen.entries())E1(a[1].def??a[1].schema);for(let a of e.deferred)a();if(e.intersections.length){let a=new Map;for(let u of e.seen.values())for(let c of[u.schema,u.def]){let l=c?.allOf;if(!Array.isArray(l))continue;let p=a.get(l);p?p.push(c):a.set(l,[c])}for(let u of e.intersections)for(let c of a.get(u)??[])Z_(c)}}let i={};if(e.target==="draft-2020-12"?i.$schema="https://json-schema.org/draft/2020-12/schema":e.target==="draft-07"?i.$schema="http://json-schema.org/draft-07/schema#":e.target==="draft-04"?i.$schema="http://json-schema.org/draft-04/schema#":e.target,e.external?.uri){let a=e.external.registry.get(t)?.id;if(!a)throw new Error("Schema is missing an `id` property");i.$id=e.external.uri(a)}oo(i,r.defId?r.schema:r.def??r.schema);let o=e.metadataRegistry.get(t)?.id;o!==void 0&&i.id===o&&delete i.id;let s=e.external?.defs??{};if(!e.external||e.sharedEmitDoneFor!==e.external)for(let a of e.seen.entries()){let u=a[1];u.def&&u.defId&&(u.def.id===u.defId&&delete u.def.id,Je(s,u.defId,u.def))}e.external&&(e.sharedEmitDoneFor=e.external),e.external||Object.keys(s).length>0&&(e.target==="draft-2020-12"?i.$defs=s:i.definitions=s);try{let a=JSON.parse(JSON.stringify(i));return Object.defineProperty(a,"~standard",{value:{...t["~standard"],jsonSchema:{input:Gn(t,"input",e.processors),output:Gn(t,"output",e.processors)}},enumerable:!1,writable:!1}),a}catch{throw new Error("Error converting schema to JSON.")}}function ut(e,t){let r=t??{seen:new Set};if(r.seen.has(e))return!1;r.seen.add(e);let n=e._zod.def;if(n.type==="transform")return!0;if(n.type==="array")return ut(n.element,r);if(n.type==="set")return ut(n.valueType,r);if(n.type==="lazy")return ut(n.getter(),r);if(n.type==="promise"||n.type==="optional"||n.type==="nonoptional"||n.type==="nullable"||n.type==="readonly"||n.type==="default"||n.type==="prefault"||n.type==="catch")return ut(n.innerType,r);if(n.type==="intersection")return ut(n.left,r)||ut(n.right,r);if(n.type==="record"||n.type==="map")return ut(n.keyType,r)||ut(n.valueType,r);if(n.type==="pipe")return e._zod.traits.has("$ZodCodec")?!0:ut(n.in,r)||ut(n.out,r);if(n.type==="object"){for(let i in n.shape)if(ut(n.shape[i],r))return!0;return!1}if(n.type==="union"){for(let i of n.options)if(ut(i,r))return!0;return!1}if(n.type==="tuple"){for(let i of n.items)if(ut(i,r))return!0;return!!(n.rest&&ut(n.rest,r))}return!1}var Hp=(e,t={})=>r=>{let n=Sr({...r,processors:t});return Pe(e,n),Rr(n,e),Pr(n,e)},Gn=(e,t,r={})=>n=>{let{libraryOptions:i,target:o}=n??{},s=Sr({...i??{},target:o,io:t,processors:r});return Pe(e,s),Rr(s,e),Pr(s,e)};var Kn=(e,t,r)=>{(e[t]===void 0||r>e[t])&&(e[t]=r)},Hn=(e,t,r)=>{(e[t]===void 0||r<e[t])&&(e[t]=r)},T1=(e,t)=>{Kn(e,"minimum",t),Hn(e,"maximum",t)},N1=(e,t)=>{e.multipleOf??(e.multipleOf=[]),e.multipleOf.includes(t)||e.multipleOf.push(t)},F1=(e,t)=>{e.patterns??(e.patterns=new Set),e.patterns.add(t)},L1=(e,t)=>{e.mime=e.mime?e.mime.filter(r=>t.includes(r)):[...t]},z1=(e,t)=>{e.format=t,t.includes("int")&&(e.isInt=!0)},O1=(e,t)=>Kn(e,"minimum",t.minimum),C1=(e,t)=>Hn(e,"maximum",t.maximum),D1=e=>(t,r)=>{z1(t,r.format);let[n,i]=e[r.format];Kn(t,"minimum",n),Hn(t,"maximum",i)},B_={greater_than:(e,t)=>Kn(e,t.inclusive?"minimum":"exclusiveMinimum",t.value),less_than:(e,t)=>Hn(e,t.inclusive?"maximum":"exclusiveMaximum",t.value),multiple_of:(e,t)=>N1(e,t.value),number_format:D1(Ri),bigint_format:D1(Pi),min_length:O1,max_length:C1,length_equals:(e,t)=>T1(e,t.length),min_size:O1,max_size:C1,size_equals:(e,t)=>T1(e,t.size),string_format:(e,t)=>{z1(e,t.format),t.pattern&&F1(e,t.pattern),(t.format==="base64"||t.format==="base64url")&&(e.contentEncoding=t.format),(t.local||t.precision===-1)&&(e.laxFormat=!0)},mime_type:(e,t)=>L1(e,t.mime)};function Ve(e){let t={},r=e._zod.def,n=e._zod.traits.has("$ZodCheck")?[e,...r.checks??[]]:r.checks??[];for(let o of n)B_[o._zod.def.check]?.(t,o._zod.def);let i=e._zod.bag;i.minimum!==void 0&&Kn(t,"minimum",i.minimum),i.exclusiveMinimum!==void 0&&Kn(t,"exclusiveMinimum",i.exclusiveMinimum),i.maximum!==void 0&&Hn(t,"maximum",i.maximum),i.exclusiveMaximum!==void 0&&Hn(t,"exclusiveMaximum",i.exclusiveMaximum),i.multipleOf!==void 0&&N1(t,i.multipleOf),i.format!==void 0&&(t.format??(t.format=i.format),i.format.includes("int")&&(t.isInt=!0)),i.mime&&L1(t,i.mime);for(let o of i.patterns??[])F1(t,o);return t}var V_={guid:"uuid",url:"uri",datetime:"date-time",json_string:"json-string",regex:""},G_=new Map([[Cs,el],[Vi,tl]]),M1=e=>G_.get(e)??e,Jp=(e,t,r,n)=>{let i=r;i.type="string";let{minimum:o,maximum:s,format:a,patterns:u,contentEncoding:c,laxFormat:l}=Ve(e);if(typeof o=="number"&&(i.minLength=o),typeof s=="number"&&(i.maxLength=s),a&&(i.format=V_[a]??a,i.format===""&&delete i.format,(a==="time"||l)&&delete i.format),c&&(i.contentEncoding=c),u&&u.size>0){let p=[...u].map(M1);p.length===1?i.pattern=p[0].source:p.length>1&&(i.allOf=[...p.map(f=>({...t.target==="draft-07"||t.target==="draft-04"||t.target==="openapi-3.0"?{type:"string"}:{},pattern:f.source}))])}},Yp=(e,t,r,n)=>{let i=r,{minimum:o,maximum:s,multipleOf:a,exclusiveMaximum:u,exclusiveMinimum:c,isInt:l}=Ve(e);i.type=l?"integer":"number";let p=typeof c=="number"&&c>=(o??Number.NEGATIVE_INFINITY),f=typeof u=="number"&&u<=(s??Number.POSITIVE_INFINITY),h=t.target==="draft-04"||t.target==="openapi-3.0";if(p?h?(i.minimum=c,i.exclusiveMinimum=!0):i.exclusiveMinimum=c:typeof o=="number"&&(i.minimum=o),f?h?(i.maximum=u,i.exclusiveMaximum=!0):i.exclusiveMaximum=u:typeof s=="number"&&(i.maximum=s),a){let y=new Set;for(let $ of a)Number.isFinite($)&&$!==0?y.add(Math.abs($)):Be(e,t,i,n,`A multipleOf divisor of ${$} cannot be represented in JSON Schema`);let[g,...v]=y;g!==void 0&&(i.multipleOf=g),v.length&&(i.allOf=[...i.allOf??[],...v.map($=>({multipleOf:$}))])}},Qp=(e,t,r,n)=>{r.type="boolean"},ef=(e,t,r,n)=>{Be(e,t,r,n,"BigInt cannot be represented in JSON Schema")},tf=(e,t,r,n)=>{Be(e,t,r,n,"Symbols cannot be represented in JSON Schema")},rf=(e,t,r,n)=>{t.target==="openapi-3.0"?(r.type="string",r.nullable=!0,r.enum=[null]):r.type="null"},nf=(e,t,r,n)=>{Be(e,t,r,n,"Undefined cannot be represented in JSON Schema")},of=(e,t,r,n)=>{Be(e,t,r,n,"Void cannot be represented in JSON Schema")},sf=(e,t,r,n)=>{r.not={}},af=(e,t,r,n)=>{},cf=(e,t,r,n)=>{},uf=(e,t,r,n)=>{Be(e,t,r,n,"Date cannot be represented in JSON Schema")},lf=(e,t,r,n)=>{let i=e._zod.def,o=vn(i.entries);if(o.length===0){r.not={};return}o.every(s=>typeof s=="number")&&(r.type="number"),o.every(s=>typeof s=="string")&&(r.type="string"),r.enum=o},df=(e,t,r,n)=>{let i=e._zod.def;if(i.values.length===0){r.not={};return}let o=[];for(let s of i.values)if(s===void 0){if(Be(e,t,r,n,"Literal `undefined` cannot be represented in JSON Schema"))return}else if(typeof s=="bigint"){if(Be(e,t,r,n,"BigInt literals cannot be represented in JSON Schema"))return;o.push(Number(s))}else o.push(s);if(o.length!==0)if(o.length===1){let s=o[0];r.type=s===null?"null":typeof s,t.target==="draft-04"||t.target==="openapi-3.0"?r.enum=[s]:r.const=s}else o.every(s=>typeof s=="number")&&(r.type="number"),o.every(s=>typeof s=="string")&&(r.type="string"),o.every(s=>typeof s=="boolean")&&(r.type="boolean"),o.every(s=>s===null)&&(r.type="null"),r.enum=o},pf=(e,t,r,n)=>{Be(e,t,r,n,"NaN cannot be represented in JSON Schema")},ff=(e,t,r,n)=>{let i=r,o=e._zod.pattern;if(!o)throw new Error("Pattern not found in template literal");i.type="string",i.pattern=o.source},mf=(e,t,r,n)=>{let i=r;i.type="string",i.format="binary",i.contentEncoding="binary";let{minimum:o,maximum:s,mime:a}=Ve(e);o!==void 0&&(i.minLength=o),s!==void 0&&(i.maxLength=s),a&&(a.length===0?i.not={}:a.length===1?i.contentMediaType=a[0]:i.anyOf=a.map(u=>({contentMediaType:u})))},hf=(e,t,r,n)=>{r.type="boolean"},gf=(e,t,r,n)=>{Be(e,t,r,n,"Custom types cannot be represented in JSON Schema")},bf=(e,t,r,n)=>{Be(e,t,r,n,"Function types cannot be represented in JSON Schema")},yf=(e,t,r,n)=>{Be(e,t,r,n,"Transforms cannot be represented in JSON Schema")},vf=(e,t,r,n)=>{Be(e,t,r,n,"Map cannot be represented in JSON Schema")},wf=(e,t,r,n)=>{Be(e,t,r,n,"Set cannot be represented in JSON Schema")},xf=(e,t,r,n)=>{let i=r,o=e._zod.def,{minimum:s,maximum:a}=Ve(e);typeof s=="number"&&(i.minItems=s),typeof a=="number"&&(i.maxItems=a),i.type="array",i.items=Pe(o.element,t,{...n,path:[...n.path,"items"]})};function so(e){let t=e._zod.def;return t.type==="pipe"&&t.in._zod.traits.has("$ZodTransform")?so(t.out):t.type==="catch"?so(t.innerType):e._zod.optin}var kf=(e,t,r,n)=>{let i=r,o=e._zod.def,s=o.shape;if(Object.getOwnPropertySymbols(s).length&&Be(e,t,i,n,"Symbol keys cannot be represented in JSON Schema"))return;i.type="object",i.properties={};for(let c in s)Je(i.properties,c,Pe(s[c],t,{...n,path:[...n.path,"properties",c]}));let u=[];for(let c of Object.keys(s)){let l=o.shape[c];(t.io==="input"?so(l)===void 0:l._zod.optout===void 0)&&u.push(c)}u.length>0&&(i.required=u),o.catchall?._zod.def.type==="never"?i.additionalProperties=!1:o.catchall?o.catchall&&(i.additionalProperties=Pe(o.catchall,t,{...n,path:[...n.path,"additionalProperties"]})):t.io==="output"&&(i.additionalProperties=!1)},Pa=(e,t,r,n)=>{let i=e._zod.def,o=i.inclusive===!1,s=i.options.map((a,u)=>Pe(a,t,{...n,path:[...n.path,o?"oneOf":"anyOf",u]}));o?r.oneOf=s:r.anyOf=s},$f=(e,t,r,n)=>{let i=e._zod.def,o=Pe(i.left,t,{...n,path:[...n.path,"allOf",0]}),s=Pe(i.right,t,{...n,path:[...n.path,"allOf",1]}),a=c=>"allOf"in c&&Object.keys(c).length===1,u=[...a(o)?o.allOf:[o],...a(s)?s.allOf:[s]];r.allOf=u,t.intersections.push(u)},_f=(e,t,r,n)=>{let i=r,o=e._zod.def;i.type="array";let s=t.target==="draft-2020-12"?"prefixItems":"items",a=t.target==="draft-2020-12"||t.target==="openapi-3.0"?"items":"additionalItems",u=o.items.map((g,v)=>Pe(g,t,{...n,path:[...n.path,s,v]})),c=o.rest?Pe(o.rest,t,{...n,path:[...n.path,a,...t.target==="openapi-3.0"?[o.items.length]:[]]}):null,l=o.items.length;for(;l>0;){let g=o.items[l-1];if(!(t.io==="input"?so(g)!==void 0:g._zod.optout==="optional"))break;l--}let p=o.items.length,f=!o.rest;t.target==="draft-2020-12"?(i.prefixItems=u,f?i.items=!1:c&&(i.items=c),l>0&&(i.minItems=l),f&&(i.maxItems=p)):t.target==="openapi-3.0"?(i.items={anyOf:u},c&&i.items.anyOf.push(c),l>0&&(i.minItems=l),f&&(i.maxItems=p)):(i.items=u,f?i.additionalItems=!1:c&&(i.additionalItems=c),l>0&&(i.minItems=l),f&&(i.maxItems=p));let{minimum:h,maximum:y}=Ve(e);typeof h=="number"&&(i.minItems=h),typeof y=="number"&&(i.maxItems=y)};function Wp(e,t,r){if(t.$ref){if(r.has(t))return t;r.add(t);let y=e.get(t)?.def;if(!y)return t;let g=Wp(e,y,r);return g===y?t:g}for(let y of["anyOf","oneOf"]){let g=t[y];if(!Array.isArray(g))continue;let v=g.map($=>Wp(e,$,r));v.some(($,w)=>$!==g[w])&&(t={...t,[y]:v})}let n=Array.isArray(t.type)?t.type:[t.type],i=!n.includes("string")&&n.some(y=>y==="number"||y==="integer"),o=t.enum??(t.const!==void 0?[t.const]:void 0);if(!i&&!o?.some(y=>typeof y=="number"))return t;let{minimum:s,maximum:a,exclusiveMinimum:u,exclusiveMaximum:c,multipleOf:l,format:p,id:f,...h}=t;return h.enum?h.enum=h.enum.map(y=>typeof y=="number"?String(y):y):typeof h.const=="number"&&(h.const=String(h.const)),i&&(h.type="string",o||(h.pattern=(n.includes("number")?sr:zi).source)),h}var Xp=new WeakMap;function K_(e){let t=new Map;for(let n of e.seen.values())n.def&&!t.has(n.schema)&&t.set(n.schema,n);let r=new Map;for(let n of Xp.get(e)??[]){let i=e.seen.get(n),o=(i?.def??i?.schema)?.propertyNames;if(!o||o===!0||r.has(o))continue;let s=Wp(t,o,new Set);s!==o&&r.set(o,s)}if(r.size)for(let n of e.seen.values())for(let i of[n.schema,n.def]){let o=i&&r.get(i.propertyNames);o&&(i.propertyNames=o)}}var Af=(e,t,r,n)=>{let i=r,o=e._zod.def;i.type="object";let s=o.keyType,a=Ve(s).patterns;if(o.mode==="loose"&&a&&a.size>0){let l=Pe(o.valueType,t,{...n,path:[...n.path,"patternProperties","*"]});i.patternProperties={};for(let p of a)Je(i.patternProperties,M1(p).source,l)}else{if(t.target==="draft-07"||t.target==="draft-2020-12"){i.propertyNames=Pe(o.keyType,t,{...n,path:[...n.path,"propertyNames"]});let l=Xp.get(t);l||(l=[],Xp.set(t,l),t.deferred.push(()=>K_(t))),l.push(e)}i.additionalProperties=Pe(o.valueType,t,{...n,path:[...n.path,"additionalProperties"]})}let u=s._zod.values,c=t.io==="input"&&so(o.valueType)!==void 0;if(u&&!o.partial&&!c){let l=[...u].filter(p=>typeof p=="string"||typeof p=="number");l.length>0&&(i.required=l.map(String))}},Sf=(e,t,r,n)=>{let i=e._zod.def,o=Pe(i.innerType,t,n),s=t.seen.get(e);t.target==="openapi-3.0"?(s.ref=i.innerType,r.nullable=!0):r.anyOf=[o,{type:"null"}]},Rf=(e,t,r,n)=>{let i=e._zod.def;Pe(i.innerType,t,n);let o=t.seen.get(e);o.ref=i.innerType},Pf=Symbol();function U1(e,t,r,n,i){let o=!1,s=JSON.stringify(e,(a,u)=>typeof u!="bigint"?u:(o=!0,null));return o?(Be(t,r,n,i,"BigInt defaults cannot be represented in JSON Schema"),Pf):JSON.parse(s)}var Ef=(e,t,r,n)=>{let i=e._zod.def;Pe(i.innerType,t,n);let o=t.seen.get(e);o.ref=i.innerType;let s=U1(i.defaultValue,e,t,r,n);s!==Pf&&(r.default=s)},If=(e,t,r,n)=>{let i=e._zod.def;Pe(i.innerType,t,n);let o=t.seen.get(e);if(o.ref=i.innerType,t.io!=="input")return;let s=U1(i.defaultValue,e,t,r,n);s!==Pf&&(r._prefault=s)},Tf=(e,t,r,n)=>{let i=e._zod.def;Pe(i.innerType,t,n);let o=t.seen.get(e);o.ref=i.innerType;let s;try{s=i.catchValue(void 0)}catch{Be(e,t,r,n,"Dynamic catch values are not supported in JSON Schema");return}r.default=s},Of=(e,t,r,n)=>{let i=e._zod.def,o=i.in._zod.traits.has("$ZodTransform"),s=t.io==="input"?o?i.out:i.in:i.out;Pe(s,t,n);let a=t.seen.get(e);a.ref=s},Cf=(e,t,r,n)=>{let i=e._zod.def;Pe(i.innerType,t,n);let o=t.seen.get(e);o.ref=i.innerType,r.readOnly=!0},Df=(e,t,r,n)=>{let i=e._zod.def;Pe(i.innerType,t,n);let o=t.seen.get(e);o.ref=i.innerType},Ea=(e,t,r,n)=>{let i=e._zod.def;Pe(i.innerType,t,n);let o=t.seen.get(e);o.ref=i.innerType},Nf=(e,t,r,n)=>{let i=e._zod.innerType;Pe(i,t,n);let o=t.seen.get(e);o.ref=i},Ra={string:Jp,number:Yp,boolean:Qp,bigint:ef,symbol:tf,null:rf,undefined:nf,void:of,never:sf,any:af,unknown:cf,date:uf,enum:lf,literal:df,nan:pf,template_literal:ff,file:mf,success:hf,custom:gf,function:bf,transform:yf,map:vf,set:wf,array:xf,object:kf,union:Pa,intersection:$f,tuple:_f,record:Af,nullable:Sf,nonoptional:Rf,default:Ef,prefault:If,catch:Tf,pipe:Of,readonly:Cf,promise:Df,optional:Ea,lazy:Nf};function Ia(e,t){if("_idmap"in e){let n=e,i=Sr({...t,processors:Ra}),o={};for(let u of n._idmap.entries()){let[c,l]=u;Pe(l,i)}let s={},a={registry:n,uri:t?.uri,defs:o};i.external=a;for(let u of n._idmap.entries()){let[c,l]=u;Rr(i,l),Je(s,c,Pr(i,l))}if(Object.keys(o).length>0){let u=i.target==="draft-2020-12"?"$defs":"definitions";s.__shared={[u]:o}}return{schemas:s}}let r=Sr({...t,processors:Ra});return Pe(e,r),Rr(r,e),Pr(r,e)}var Ta=class{get metadataRegistry(){return this.ctx.metadataRegistry}get target(){return this.ctx.target}get unrepresentable(){return this.ctx.unrepresentable}get override(){return this.ctx.override}get io(){return this.ctx.io}get counter(){return this.ctx.counter}set counter(t){this.ctx.counter=t}get seen(){return this.ctx.seen}constructor(t){let r=t?.target??"draft-2020-12";r==="draft-4"&&(r="draft-04"),r==="draft-7"&&(r="draft-07"),this.ctx=Sr({processors:Ra,target:r,...t?.metadata&&{metadata:t.metadata},...t?.unrepresentable&&{unrepresentable:t.unrepresentable},...t?.override&&{override:t.override},...t?.io&&{io:t.io}})}process(t,r={path:[],schemaPath:[]}){return Pe(t,this.ctx,r)}emit(t,r){r&&(r.cycles&&(this.ctx.cycles=r.cycles),r.reused&&(this.ctx.reused=r.reused),r.external&&(this.ctx.external=r.external)),this.ctx.sharedDefsExtractedFor=void 0,this.ctx.sharedEmitDoneFor=void 0,Rr(this.ctx,t);let n=Pr(this.ctx,t),{"~standard":i,...o}=n;return o}};var q1={};var ri={};er(ri,{ZodAny:()=>nm,ZodArray:()=>am,ZodBase64:()=>Xa,ZodBase64URL:()=>Ja,ZodBigInt:()=>ei,ZodBigIntFormat:()=>ec,ZodBoolean:()=>Qn,ZodCIDRv4:()=>Ha,ZodCIDRv6:()=>Wa,ZodCUID:()=>qa,ZodCUID2:()=>ja,ZodCatch:()=>Pm,ZodCodec:()=>bo,ZodCreditCard:()=>Wf,ZodCustom:()=>yo,ZodCustomStringFormat:()=>on,ZodDate:()=>lo,ZodDefault:()=>km,ZodDiscriminatedUnion:()=>um,ZodE164:()=>Ya,ZodEmail:()=>La,ZodEmoji:()=>Ma,ZodEnum:()=>Xn,ZodExactOptional:()=>ic,ZodFile:()=>ym,ZodFunction:()=>zm,ZodGUID:()=>za,ZodIBAN:()=>Xf,ZodIPv4:()=>Ga,ZodIPv6:()=>Ka,ZodISODate:()=>Ir,ZodISODateTime:()=>Er,ZodISODuration:()=>Or,ZodISOTime:()=>Tr,ZodInstanceOf:()=>qm,ZodIntersection:()=>lm,ZodJWT:()=>Qa,ZodKSUID:()=>Va,ZodLazy:()=>Nm,ZodLiteral:()=>bm,ZodMAC:()=>Hf,ZodMap:()=>hm,ZodNaN:()=>Im,ZodNanoID:()=>Ua,ZodNever:()=>om,ZodNonOptional:()=>oc,ZodNull:()=>tm,ZodNullable:()=>xm,ZodNumber:()=>Yn,ZodNumberFormat:()=>sn,ZodObject:()=>fo,ZodOptional:()=>ho,ZodPipe:()=>go,ZodPrefault:()=>_m,ZodPreprocess:()=>Tm,ZodPromise:()=>Lm,ZodReadonly:()=>Om,ZodRecord:()=>Wn,ZodSet:()=>gm,ZodString:()=>Jn,ZodStringFormat:()=>Ee,ZodSuccess:()=>Rm,ZodSymbol:()=>Qf,ZodTemplateLiteral:()=>Dm,ZodTransform:()=>vm,ZodTuple:()=>pm,ZodType:()=>fe,ZodULID:()=>Za,ZodURL:()=>uo,ZodUUID:()=>Jt,ZodUndefined:()=>em,ZodUnion:()=>mo,ZodUnknown:()=>im,ZodVoid:()=>sm,ZodXID:()=>Ba,ZodXor:()=>cm,_ZodString:()=>Fa,_default:()=>$m,_function:()=>Qb,any:()=>Ib,array:()=>po,base64:()=>lb,base64url:()=>db,bigint:()=>Ab,boolean:()=>Yf,catch:()=>Em,check:()=>e2,cidrv4:()=>cb,cidrv6:()=>ub,codec:()=>Wb,creditCard:()=>fb,cuid:()=>eb,cuid2:()=>tb,currencyCode:()=>vb,custom:()=>t2,date:()=>Ob,describe:()=>r2,discriminatedUnion:()=>zb,e164:()=>pb,email:()=>B1,emoji:()=>Y1,enum:()=>rc,exactOptional:()=>wm,file:()=>Vb,float32:()=>xb,float64:()=>kb,function:()=>Qb,guid:()=>V1,hash:()=>wb,hex:()=>yb,hostname:()=>bb,httpUrl:()=>J1,iban:()=>mb,instanceof:()=>i2,int:()=>Da,int32:()=>$b,int64:()=>Sb,intersection:()=>dm,invertCodec:()=>Xb,ipv4:()=>ob,ipv6:()=>ab,json:()=>s2,jwt:()=>hb,keyof:()=>Cb,ksuid:()=>ib,lazy:()=>Fm,literal:()=>Bb,looseObject:()=>Fb,looseRecord:()=>Ub,mac:()=>sb,map:()=>qb,meta:()=>n2,nan:()=>Hb,nanoid:()=>Q1,nativeEnum:()=>Zb,never:()=>tc,nonoptional:()=>Sm,null:()=>rm,nullable:()=>co,nullish:()=>Gb,number:()=>Jf,object:()=>Db,optional:()=>rn,partialRecord:()=>Mb,pipe:()=>Na,prefault:()=>Am,preprocess:()=>a2,promise:()=>Yb,readonly:()=>Cm,record:()=>mm,refine:()=>Mm,set:()=>jb,strictObject:()=>Nb,string:()=>ao,stringFormat:()=>gb,stringbool:()=>o2,success:()=>Kb,superRefine:()=>Um,symbol:()=>Pb,templateLiteral:()=>Jb,transform:()=>nc,tuple:()=>fm,uint32:()=>_b,uint64:()=>Rb,ulid:()=>rb,undefined:()=>Eb,union:()=>ti,unknown:()=>tn,url:()=>X1,uuid:()=>G1,uuidv4:()=>K1,uuidv6:()=>H1,uuidv7:()=>W1,void:()=>Tb,xid:()=>nb,xor:()=>Lb});var Oa={};er(Oa,{endsWith:()=>zn,gt:()=>Wt,gte:()=>Et,includes:()=>Fn,length:()=>Qr,lowercase:()=>Dn,lt:()=>Ht,lte:()=>Pt,maxLength:()=>Yr,maxSize:()=>Ar,mime:()=>Un,minLength:()=>ar,minSize:()=>Xt,multipleOf:()=>_r,negative:()=>$a,nonnegative:()=>Aa,nonpositive:()=>_a,normalize:()=>qn,overwrite:()=>Mt,positive:()=>ka,properties:()=>Mn,property:()=>Sa,regex:()=>Cn,size:()=>Jr,slugify:()=>Vn,startsWith:()=>Ln,toLowerCase:()=>Zn,toUpperCase:()=>Bn,trim:()=>jn,uppercase:()=>Nn});var j1=new WeakSet([Object.prototype,Error.prototype]);function Ca(e,t,r){Object.defineProperty(e,t,{configurable:!0,enumerable:!1,get(){let n=r(this);return Object.defineProperty(this,t,{value:n,configurable:!0,writable:!0}),n},set(n){Object.defineProperty(this,t,{value:n,configurable:!0,writable:!0})}})}var Z1=(e,t)=>{Du.init(e,t),e.name="ZodError";let r=Object.getPrototypeOf(e);j1.has(r)||(j1.add(r),Ca(r,"format",n=>i=>Di(n,i)),Ca(r,"flatten",n=>i=>Ci(n,i)),Ca(r,"addIssue",n=>i=>{n.issues.push(i),n.message=JSON.stringify(n.issues,wn,2)}),Ca(r,"addIssues",n=>i=>{n.issues.push(...i),n.message=JSON.stringify(n.issues,wn,2)}),Object.defineProperty(r,"isEmpty",{configurable:!0,enumerable:!1,get(){return this.issues.length===0}}))},W_=x("ZodError",Z1),xt=x("ZodError",Z1,void 0,{Parent:Error});var Ff=An(xt),Lf=Sn(xt),zf=Rn(xt),Mf=Pn(xt),Uf=ls(xt),qf=ds(xt),jf=ps(xt),Zf=fs(xt),Bf=ms(xt),Vf=hs(xt),Gf=gs(xt),Kf=bs(xt);function J_(){Ke.localeError||Le(Ws())}function nn(){Ke.memoizer||Le({memoizer:Yi()})}var fe=x("ZodType",(e,t)=>(J_(),le.init(e,t),e.def=t,e.type=t.type,e),{check(...e){let t=this.def;return this.clone(X.mergeDefs(t,{checks:[...t.checks??[],...e.map(r=>typeof r=="function"?{_zod:{check:r,def:{check:"custom"},onattach:[]}}:r)]}),{parent:!0})},with(...e){return this.check(...e)},clone(e,t){return Se(this,e,t)},brand(){return this},register(e,t){return e.add(this,t),this},refine(e,t){return this.check(Mm(e,t))},superRefine(e,t){return this.check(Um(e,t))},overwrite(e){return this.check(Mt(e))},optional(){return rn(this)},exactOptional(){return wm(this)},nullable(){return co(this)},nullish(){return rn(co(this))},nonoptional(e){return Sm(this,e)},array(){return po(this)},or(e){return ti([this,e])},and(e){return dm(this,e)},transform(e){return Na(this,nc(e))},default(e){return $m(this,e)},prefault(e){return Am(this,e)},catch(e){return Em(this,e)},pipe(e){return Na(this,e)},readonly(){return Cm(this)},describe(e){let t=this.clone();return Ye.add(t,{description:e}),t},meta(...e){if(e.length===0)return Ye.get(this);let t=this.clone();return Ye.add(t,e[0]),t},isOptional(){return this.safeParse(void 0).success},isNullable(){return this.safeParse(null).success},apply(e,...t){return t.length===0?e(this):e(this,...t)},get"~standard"(){return X.hide(this,"~standard",{...Ps(this),jsonSchema:{input:Gn(this,"input"),output:Gn(this,"output")}})},set"~standard"(e){X.own(this,"~standard",e)},parse:function e(t,r){return Ff(this,t,r,{callee:e})},parseAsync:async function e(t,r){return await Lf(this,t,r,{callee:e})},safeParse(e,t){return zf(this,e,t)},async safeParseAsync(e,t){return Mf(this,e,t)},get spa(){return this?.safeParseAsync},set spa(e){X.own(this,"spa",e)},validate(e,t){return Ni(this,e,t)},validateAsync(e,t){return Fi(this,e,t)},encode:function e(t,r){return Uf(this,t,r,{callee:e})},decode:function e(t,r){return qf(this,t,r,{callee:e})},encodeAsync:async function e(t,r){return await jf(this,t,r,{callee:e})},decodeAsync:async function e(t,r){return await Zf(this,t,r,{callee:e})},safeEncode(e,t){return Bf(this,e,t)},safeDecode(e,t){return Vf(this,e,t)},async safeEncodeAsync(e,t){return Gf(this,e,t)},async safeDecodeAsync(e,t){return Kf(this,e,t)},toJSONSchema(e){return Hp(this,{})(e)},get description(){return Ye.get(this)?.description},get _def(){return this._zod.def}}),Fa=x("_ZodString",(e,t)=>{Kr.init(e,t),fe.init(e,t),e._zod.processJSONSchema=(r,n,i)=>Jp(e,r,n,i)},X.derived({format:e=>Ve(e).format??null,minLength:e=>Ve(e).minimum??null,maxLength:e=>Ve(e).maximum??null},{regex(...e){return this.check(Cn(...e))},includes(...e){return this.check(Fn(...e))},startsWith(...e){return this.check(Ln(...e))},endsWith(...e){return this.check(zn(...e))},min(...e){return this.check(ar(...e))},max(...e){return this.check(Yr(...e))},length(...e){return this.check(Qr(...e))},nonempty(...e){return this.check(ar(1,...e))},lowercase(e){return this.check(Dn(e))},uppercase(e){return this.check(Nn(e))},trim(){return this.check(jn())},normalize(...e){return this.check(qn(...e))},toLowerCase(){return this.check(Zn())},toUpperCase(){return this.check(Bn())},slugify(){return this.check(Vn())}})),Jn=x("ZodString",(e,t)=>{Kr.init(e,t),Fa.init(e,t)},{email(e){return this.check(ta(La,e))},url(e){return this.check(eo(uo,e))},jwt(e){return this.check(xa(Qa,e))},emoji(e){return this.check(aa(Ma,e))},guid(e){return this.check(ra(za,e))},uuid(e){return this.check(na(Jt,e))},uuidv4(e){return this.check(ia(Jt,e))},uuidv6(e){return this.check(oa(Jt,e))},uuidv7(e){return this.check(sa(Jt,e))},nanoid(e){return this.check(ca(Ua,e))},cuid(e){return this.check(ua(qa,e))},cuid2(e){return this.check(la(ja,e))},ulid(e){return this.check(da(Za,e))},base64(e){return this.check(ya(Xa,e))},base64url(e){return this.check(va(Ja,e))},xid(e){return this.check(pa(Ba,e))},ksuid(e){return this.check(fa(Va,e))},ipv4(e){return this.check(ma(Ga,e))},ipv6(e){return this.check(ha(Ka,e))},cidrv4(e){return this.check(ga(Ha,e))},cidrv6(e){return this.check(ba(Wa,e))},e164(e){return this.check(wa(Ya,e))},datetime(e){return this.check(to(Er,e))},date(e){return this.check(ro(Ir,e))},time(e){return this.check(no(Tr,e))},duration(e){return this.check(io(Or,e))}});function ao(e){return lp(Jn,e)}var Ee=x("ZodStringFormat",(e,t)=>{Re.init(e,t),Fa.init(e,t)}),Er=x("ZodISODateTime",(e,t)=>{ed.init(e,t),Ee.init(e,t)}),Ir=x("ZodISODate",(e,t)=>{td.init(e,t),Ee.init(e,t)}),Tr=x("ZodISOTime",(e,t)=>{rd.init(e,t),Ee.init(e,t)}),Or=x("ZodISODuration",(e,t)=>{nd.init(e,t),Ee.init(e,t)}),La=x("ZodEmail",(e,t)=>{Zl.init(e,t),Ee.init(e,t)});function B1(e){return ta(La,e)}var za=x("ZodGUID",(e,t)=>{ql.init(e,t),Ee.init(e,t)});function V1(e){return ra(za,e)}var Jt=x("ZodUUID",(e,t)=>{jl.init(e,t),Ee.init(e,t)});function G1(e){return na(Jt,e)}function K1(e){return ia(Jt,e)}function H1(e){return oa(Jt,e)}function W1(e){return sa(Jt,e)}var uo=x("ZodURL",(e,t)=>{Gl.init(e,t),Ee.init(e,t)});function X1(e){return eo(uo,e)}function J1(e){return eo(uo,{protocol:Li,hostname:nl,...X.normalizeParams(e)})}var Ma=x("ZodEmoji",(e,t)=>{Kl.init(e,t),Ee.init(e,t)});function Y1(e){return aa(Ma,e)}var Ua=x("ZodNanoID",(e,t)=>{Hl.init(e,t),Ee.init(e,t)});function Q1(e){return ca(Ua,e)}var qa=x("ZodCUID",(e,t)=>{Wl.init(e,t),Ee.init(e,t)});function eb(e){return ua(qa,e)}var ja=x("ZodCUID2",(e,t)=>{Xl.init(e,t),Ee.init(e,t)});function tb(e){return la(ja,e)}var Za=x("ZodULID",(e,t)=>{Jl.init(e,t),Ee.init(e,t)});function rb(e){return da(Za,e)}var Ba=x("ZodXID",(e,t)=>{Yl.init(e,t),Ee.init(e,t)});function nb(e){return pa(Ba,e)}var Va=x("ZodKSUID",(e,t)=>{Ql.init(e,t),Ee.init(e,t)});function ib(e){return fa(Va,e)}var Ga=x("ZodIPv4",(e,t)=>{id.init(e,t),Ee.init(e,t)});function ob(e){return ma(Ga,e)}var Hf=x("ZodMAC",(e,t)=>{sd.init(e,t),Ee.init(e,t)});function sb(e){return pp(Hf,e)}var Ka=x("ZodIPv6",(e,t)=>{od.init(e,t),Ee.init(e,t)});function ab(e){return ha(Ka,e)}var Ha=x("ZodCIDRv4",(e,t)=>{ad.init(e,t),Ee.init(e,t)});function cb(e){return ga(Ha,e)}var Wa=x("ZodCIDRv6",(e,t)=>{cd.init(e,t),Ee.init(e,t)});function ub(e){return ba(Wa,e)}var Xa=x("ZodBase64",(e,t)=>{ud.init(e,t),Ee.init(e,t)});function lb(e){return ya(Xa,e)}var Ja=x("ZodBase64URL",(e,t)=>{ld.init(e,t),Ee.init(e,t)});function db(e){return va(Ja,e)}var Ya=x("ZodE164",(e,t)=>{dd.init(e,t),Ee.init(e,t)});function pb(e){return wa(Ya,e)}var Wf=x("ZodCreditCard",(e,t)=>{pd.init(e,t),Ee.init(e,t)});function fb(e){return fp(Wf,e)}var Xf=x("ZodIBAN",(e,t)=>{fd.init(e,t),Ee.init(e,t)});function mb(e){return mp(Xf,e)}var Qa=x("ZodJWT",(e,t)=>{md.init(e,t),Ee.init(e,t)});function hb(e){return xa(Qa,e)}var on=x("ZodCustomStringFormat",(e,t)=>{hd.init(e,t),Ee.init(e,t)});function gb(e,t,r={}){return en(on,e,t,r)}function bb(e){return en(on,"hostname",rl,e)}function yb(e){return en(on,"hex",bl,e)}function vb(e){return en(on,"currency_code",ol,e)}function wb(e,t){let r=t?.enc??"hex",n=`${e}_${r}`,i=Dt[n];if(!i)throw new Error(`Unrecognized hash format: ${n}`);return en(on,n,i,t)}var Yn=x("ZodNumber",(e,t)=>{zs.init(e,t),fe.init(e,t),e._zod.processJSONSchema=(r,n,i)=>Yp(e,r,n,i),e.isFinite=!0},X.derived({minValue:e=>{let{minimum:t,exclusiveMinimum:r}=Ve(e);return Math.max(t??Number.NEGATIVE_INFINITY,r??Number.NEGATIVE_INFINITY)},maxValue:e=>{let{maximum:t,exclusiveMaximum:r}=Ve(e);return Math.min(t??Number.POSITIVE_INFINITY,r??Number.POSITIVE_INFINITY)},isInt:e=>{let{isInt:t,multipleOf:r}=Ve(e);return!!t||!!r?.some(Number.isSafeInteger)},format:e=>Ve(e).format??null},{gt(e,t){return this.check(Wt(e,t))},gte(e,t){return this.check(Et(e,t))},min(e,t){return this.check(Et(e,t))},lt(e,t){return this.check(Ht(e,t))},lte(e,t){return this.check(Pt(e,t))},max(e,t){return this.check(Pt(e,t))},int(e){return this.check(Da(e))},safe(e){return this.check(Da(e))},positive(e){return this.check(Wt(0,e))},nonnegative(e){return this.check(Et(0,e))},negative(e){return this.check(Ht(0,e))},nonpositive(e){return this.check(Pt(0,e))},multipleOf(e,t){return this.check(_r(e,t))},step(e,t){return this.check(_r(e,t))},finite(){return this}}));function Jf(e){return gp(Yn,e)}var sn=x("ZodNumberFormat",(e,t)=>{gd.init(e,t),Yn.init(e,t)});function Da(e){return yp(sn,e)}function xb(e){return vp(sn,e)}function kb(e){return wp(sn,e)}function $b(e){return xp(sn,e)}function _b(e){return kp(sn,e)}var Qn=x("ZodBoolean",(e,t)=>{Gi.init(e,t),fe.init(e,t),e._zod.processJSONSchema=(r,n,i)=>Qp(e,r,n,i)});function Yf(e){return $p(Qn,e)}var ei=x("ZodBigInt",(e,t)=>{Ms.init(e,t),fe.init(e,t),e._zod.processJSONSchema=(r,n,i)=>ef(e,r,n,i)},X.derived({minValue:e=>Ve(e).minimum??null,maxValue:e=>Ve(e).maximum??null,format:e=>Ve(e).format??null},{gte(e,t){return this.check(Et(e,t))},min(e,t){return this.check(Et(e,t))},gt(e,t){return this.check(Wt(e,t))},lt(e,t){return this.check(Ht(e,t))},lte(e,t){return this.check(Pt(e,t))},max(e,t){return this.check(Pt(e,t))},positive(e){return this.check(Wt(BigInt(0),e))},negative(e){return this.check(Ht(BigInt(0),e))},nonpositive(e){return this.check(Pt(BigInt(0),e))},nonnegative(e){return this.check(Et(BigInt(0),e))},multipleOf(e,t){return this.check(_r(e,t))}}));function Ab(e){return Ap(ei,e)}var ec=x("ZodBigIntFormat",(e,t)=>{bd.init(e,t),ei.init(e,t)});function Sb(e){return Rp(ec,e)}function Rb(e){return Pp(ec,e)}var Qf=x("ZodSymbol",(e,t)=>{yd.init(e,t),fe.init(e,t),e._zod.processJSONSchema=(r,n,i)=>tf(e,r,n,i)});function Pb(e){return Ep(Qf,e)}var em=x("ZodUndefined",(e,t)=>{vd.init(e,t),fe.init(e,t),e._zod.processJSONSchema=(r,n,i)=>nf(e,r,n,i)});function Eb(e){return Ip(em,e)}var tm=x("ZodNull",(e,t)=>{wd.init(e,t),fe.init(e,t),e._zod.processJSONSchema=(r,n,i)=>rf(e,r,n,i)});function rm(e){return Tp(tm,e)}var nm=x("ZodAny",(e,t)=>{xd.init(e,t),fe.init(e,t),e._zod.processJSONSchema=(r,n,i)=>af(e,r,n,i)});function Ib(){return Op(nm)}var im=x("ZodUnknown",(e,t)=>{kd.init(e,t),fe.init(e,t),e._zod.processJSONSchema=(r,n,i)=>cf(e,r,n,i)});function tn(){return Cp(im)}var om=x("ZodNever",(e,t)=>{$d.init(e,t),fe.init(e,t),e._zod.processJSONSchema=(r,n,i)=>sf(e,r,n,i)});function tc(e){return Dp(om,e)}var sm=x("ZodVoid",(e,t)=>{_d.init(e,t),fe.init(e,t),e._zod.processJSONSchema=(r,n,i)=>of(e,r,n,i)});function Tb(e){return Np(sm,e)}var lo=x("ZodDate",(e,t)=>{Ad.init(e,t),fe.init(e,t),e._zod.processJSONSchema=(r,n,i)=>uf(e,r,n,i),e.min=(r,n)=>e.check(Et(r,n)),e.max=(r,n)=>e.check(Pt(r,n))},X.derived({minDate:e=>{let{minimum:t}=Ve(e);return t?new Date(t):null},maxDate:e=>{let{maximum:t}=Ve(e);return t?new Date(t):null}},{}));function Ob(e){return Fp(lo,e)}var am=x("ZodArray",(e,t)=>{nn(),Rd.init(e,t),fe.init(e,t),e._zod.processJSONSchema=(r,n,i)=>xf(e,r,n,i),e.element=t.element},{min(e,t){return this.check(ar(e,t))},nonempty(e){return this.check(ar(1,e))},max(e,t){return this.check(Yr(e,t))},length(e,t){return this.check(Qr(e,t))},unwrap(){return this.element}});function po(e,t){return Mp(am,e,t)}function Cb(e){let t=e._zod.def.shape;return rc(Object.keys(t))}var fo=x("ZodObject",(e,t)=>{nn(),Pd.init(e,t),fe.init(e,t),e._zod.processJSONSchema=(r,n,i)=>kf(e,r,n,i),X.installLazyProp(e,"shape",r=>r._zod.def.shape,!1)},{keyof(){return rc(Object.keys(this._zod.def.shape))},catchall(e){return this.clone(X.mergeDefs(this._zod.def,{catchall:e}))},passthrough(){return this.clone(X.mergeDefs(this._zod.def,{catchall:tn()}))},loose(){return this.clone(X.mergeDefs(this._zod.def,{catchall:tn()}))},strict(){return this.clone(X.mergeDefs(this._zod.def,{catchall:tc()}))},strip(){return this.clone(X.mergeDefs(this._zod.def,{catchall:void 0}))},extend(e){return X.extend(this,e)},safeExtend(e){return X.safeExtend(this,e)},merge(e){return X.merge(this,e)},pick(e){return X.pick(this,e)},omit(e){return X.omit(this,e)},partial(...e){return X.partial(ho,this,e[0])},exactPartial(...e){return X.partial(ic,this,e[0],"exactPartial")},required(...e){return X.required(oc,this,e[0])}});function Db(e,t){let r={type:"object",shape:e??{},...X.normalizeParams(t)};return new fo(r)}function Nb(e,t){return new fo({type:"object",shape:e,catchall:tc(),...X.normalizeParams(t)})}function Fb(e,t){return new fo({type:"object",shape:e,catchall:tn(),...X.normalizeParams(t)})}var mo=x("ZodUnion",(e,t)=>{Ki.init(e,t),fe.init(e,t),e._zod.processJSONSchema=(r,n,i)=>Pa(e,r,n,i),e.options=t.options});function ti(e,t){return new mo({type:"union",options:e,...X.normalizeParams(t)})}var cm=x("ZodXor",(e,t)=>{mo.init(e,t),Ed.init(e,t),e._zod.processJSONSchema=(r,n,i)=>Pa(e,r,n,i),e.options=t.options});function Lb(e,t){return new cm({type:"union",options:e,inclusive:!1,...X.normalizeParams(t)})}var um=x("ZodDiscriminatedUnion",(e,t)=>{mo.init(e,t),Td.init(e,t)});function zb(e,t,r){return new um({type:"union",options:t,discriminator:e,...X.normalizeParams(r)})}var lm=x("ZodIntersection",(e,t)=>{Od.init(e,t),fe.init(e,t),e._zod.processJSONSchema=(r,n,i)=>$f(e,r,n,i)});function dm(e,t){return new lm({type:"intersection",left:e,right:t})}var pm=x("ZodTuple",(e,t)=>{nn(),Us.init(e,t),fe.init(e,t),e._zod.processJSONSchema=(r,n,i)=>_f(e,r,n,i)},{rest(e){return this.clone({...this._zod.def,rest:e})},partial(){let e=this._zod.def;if(e.checks?.length)throw new Error(".partial() cannot be used on tuple schemas containing refinements");return this.clone({...e,items:e.items.map(t=>new ho({type:"optional",innerType:t}))})}});function fm(e,t,r){let n=t instanceof le,i=n?r:t,o=n?t:null;return new pm({type:"tuple",items:e,rest:o,...X.normalizeParams(i)})}var Wn=x("ZodRecord",(e,t)=>{nn(),Cd.init(e,t),fe.init(e,t),e._zod.processJSONSchema=(r,n,i)=>Af(e,r,n,i),e.keyType=t.keyType,e.valueType=t.valueType});function mm(e,t,r){return!t||!t._zod?new Wn({type:"record",keyType:ao(),valueType:e,...X.normalizeParams(t)}):new Wn({type:"record",keyType:e,valueType:t,...X.normalizeParams(r)})}function Mb(e,t,r){return new Wn({type:"record",keyType:e,valueType:t,...X.normalizeParams(r),partial:!0})}function Ub(e,t,r){return new Wn({type:"record",keyType:e,valueType:t,mode:"loose",...X.normalizeParams(r)})}var hm=x("ZodMap",(e,t)=>{nn(),Dd.init(e,t),fe.init(e,t),e._zod.processJSONSchema=(r,n,i)=>vf(e,r,n,i),e.keyType=t.keyType,e.valueType=t.valueType,e.min=(...r)=>e.check(Xt(...r)),e.nonempty=r=>e.check(Xt(1,r)),e.max=(...r)=>e.check(Ar(...r)),e.size=(...r)=>e.check(Jr(...r))});function qb(e,t,r){return new hm({type:"map",keyType:e,valueType:t,...X.normalizeParams(r)})}var gm=x("ZodSet",(e,t)=>{nn(),Nd.init(e,t),fe.init(e,t),e._zod.processJSONSchema=(r,n,i)=>wf(e,r,n,i),e.min=(...r)=>e.check(Xt(...r)),e.nonempty=r=>e.check(Xt(1,r)),e.max=(...r)=>e.check(Ar(...r)),e.size=(...r)=>e.check(Jr(...r))});function jb(e,t){return new gm({type:"set",valueType:e,...X.normalizeParams(t)})}var Xn=x("ZodEnum",(e,t)=>{Fd.init(e,t),fe.init(e,t),e._zod.processJSONSchema=(n,i,o)=>lf(e,n,i,o),e.enum=t.entries,e.options=[...e._zod.values];let r=new Set(Object.keys(t.entries));e.extract=(n,i)=>{let o={};for(let s of n)if(r.has(s))o[s]=t.entries[s];else throw new Error(`Key ${s} not found in enum`);return new Xn({...t,checks:[],...X.normalizeParams(i),entries:o})},e.exclude=(n,i)=>{let o={...t.entries};for(let s of n)if(r.has(s))delete o[s];else throw new Error(`Key ${s} not found in enum`);return new Xn({...t,checks:[],...X.normalizeParams(i),entries:o})}});function rc(e,t){let r=Array.isArray(e)?Object.fromEntries(e.map(n=>[n,n])):e;return new Xn({type:"enum",entries:r,...X.normalizeParams(t)})}function Zb(e,t){return new Xn({type:"enum",entries:e,...X.normalizeParams(t)})}var bm=x("ZodLiteral",(e,t)=>{Ld.init(e,t),fe.init(e,t),e._zod.processJSONSchema=(r,n,i)=>df(e,r,n,i),e.values=new Set(t.values),Object.defineProperty(e,"value",{get(){if(t.values.length>1)throw new Error("This schema contains multiple valid literal values. Use `.values` instead.");return t.values[0]}})});function Bb(e,t){return new bm({type:"literal",values:Array.isArray(e)?e:[e],...X.normalizeParams(t)})}var ym=x("ZodFile",(e,t)=>{zd.init(e,t),fe.init(e,t),e._zod.processJSONSchema=(r,n,i)=>mf(e,r,n,i),e.min=(r,n)=>e.check(Xt(r,n)),e.max=(r,n)=>e.check(Ar(r,n)),e.mime=(r,n)=>e.check(Un(Array.isArray(r)?r:[r],n))});function Vb(e){return Up(ym,e)}var vm=x("ZodTransform",(e,t)=>{nn(),Md.init(e,t),fe.init(e,t),e._zod.processJSONSchema=(r,n,i)=>yf(e,r,n,i),e._zod.parse=(r,n)=>{if(n.direction==="backward")throw new kr(e.constructor.name);r.addIssue=o=>{if(typeof o=="string")r.issues.push(X.issue(o,r.value,t));else{let s=o;s.fatal&&(s.continue=!1),s.code??(s.code="custom"),"input"in s||(s.input=r.value),s.inst??(s.inst=e),r.issues.push(X.issue(s))}};let i=t.transform(r.value,r);return i instanceof Promise?i.then(o=>(r.value=o,r)):(r.value=i,r)}});function nc(e){return new vm({type:"transform",transform:e})}var ho=x("ZodOptional",(e,t)=>{qs.init(e,t),fe.init(e,t),e._zod.processJSONSchema=(r,n,i)=>Ea(e,r,n,i),e.unwrap=()=>e._zod.def.innerType});function rn(e){return new ho({type:"optional",innerType:e})}var ic=x("ZodExactOptional",(e,t)=>{Ud.init(e,t),fe.init(e,t),e._zod.processJSONSchema=(r,n,i)=>Ea(e,r,n,i),e.unwrap=()=>e._zod.def.innerType});function wm(e){return new ic({type:"optional",innerType:e})}var xm=x("ZodNullable",(e,t)=>{qd.init(e,t),fe.init(e,t),e._zod.processJSONSchema=(r,n,i)=>Sf(e,r,n,i),e.unwrap=()=>e._zod.def.innerType});function co(e){return new xm({type:"nullable",innerType:e})}function Gb(e){return rn(co(e))}var km=x("ZodDefault",(e,t)=>{jd.init(e,t),fe.init(e,t),e._zod.processJSONSchema=(r,n,i)=>Ef(e,r,n,i),e.unwrap=()=>e._zod.def.innerType,e.removeDefault=e.unwrap});function $m(e,t){return new km({type:"default",innerType:e,get defaultValue(){return typeof t=="function"?t():X.shallowClone(t)}})}var _m=x("ZodPrefault",(e,t)=>{Zd.init(e,t),fe.init(e,t),e._zod.processJSONSchema=(r,n,i)=>If(e,r,n,i),e.unwrap=()=>e._zod.def.innerType});function Am(e,t){return new _m({type:"prefault",innerType:e,get defaultValue(){return typeof t=="function"?t():X.shallowClone(t)}})}var oc=x("ZodNonOptional",(e,t)=>{Bd.init(e,t),fe.init(e,t),e._zod.processJSONSchema=(r,n,i)=>Rf(e,r,n,i),e.unwrap=()=>e._zod.def.innerType});function Sm(e,t){return new oc({type:"nonoptional",innerType:e,...X.normalizeParams(t)})}var Rm=x("ZodSuccess",(e,t)=>{Vd.init(e,t),fe.init(e,t),e._zod.processJSONSchema=(r,n,i)=>hf(e,r,n,i),e.unwrap=()=>e._zod.def.innerType});function Kb(e){return new Rm({type:"success",innerType:e})}var Pm=x("ZodCatch",(e,t)=>{Gd.init(e,t),fe.init(e,t),e._zod.processJSONSchema=(r,n,i)=>Tf(e,r,n,i),e.unwrap=()=>e._zod.def.innerType,e.removeCatch=e.unwrap});function Em(e,t){return new Pm({type:"catch",innerType:e,catchValue:typeof t=="function"?t:X.constantCatch(t)})}var Im=x("ZodNaN",(e,t)=>{Kd.init(e,t),fe.init(e,t),e._zod.processJSONSchema=(r,n,i)=>pf(e,r,n,i)});function Hb(e){return zp(Im,e)}var go=x("ZodPipe",(e,t)=>{js.init(e,t),fe.init(e,t),e._zod.processJSONSchema=(r,n,i)=>Of(e,r,n,i),e.in=t.in,e.out=t.out});function Na(e,t){return new go({type:"pipe",in:e,out:t})}var bo=x("ZodCodec",(e,t)=>{go.init(e,t),Hi.init(e,t)});function Wb(e,t,r){return new bo({type:"pipe",in:e,out:t,transform:r.decode,reverseTransform:r.encode})}function Xb(e){let t=e._zod.def;return new bo({type:"pipe",in:t.out,out:t.in,transform:t.reverseTransform,reverseTransform:t.transform})}var Tm=x("ZodPreprocess",(e,t)=>{go.init(e,t),Hd.init(e,t)}),Om=x("ZodReadonly",(e,t)=>{Wd.init(e,t),fe.init(e,t),e._zod.processJSONSchema=(r,n,i)=>Cf(e,r,n,i),e.unwrap=()=>e._zod.def.innerType});function Cm(e){return new Om({type:"readonly",innerType:e})}var Dm=x("ZodTemplateLiteral",(e,t)=>{Xd.init(e,t),fe.init(e,t),e._zod.processJSONSchema=(r,n,i)=>ff(e,r,n,i)});function Jb(e,t){return new Dm({type:"template_literal",parts:e,...X.normalizeParams(t)})}var Nm=x("ZodLazy",(e,t)=>{Wi.init(e,t),fe.init(e,t),e._zod.processJSONSchema=(r,n,i)=>Nf(e,r,n,i),e.unwrap=()=>e._zod.def.getter()});function Fm(e){return new Nm({type:"lazy",getter:e})}var Lm=x("ZodPromise",(e,t)=>{Yd.init(e,t),fe.init(e,t),e._zod.processJSONSchema=(r,n,i)=>Df(e,r,n,i),e.unwrap=()=>e._zod.def.innerType});function Yb(e){return new Lm({type:"promise",innerType:e})}var zm=x("ZodFunction",(e,t)=>{Jd.init(e,t),fe.init(e,t),e._zod.processJSONSchema=(r,n,i)=>bf(e,r,n,i)});function Qb(e){return new zm({type:"function",input:Array.isArray(e?.input)?fm(e?.input):e?.input??po(tn()),output:e?.output??tn()})}var yo=x("ZodCustom",(e,t)=>{Qd.init(e,t),fe.init(e,t),e._zod.processJSONSchema=(r,n,i)=>gf(e,r,n,i)});function e2(e){let t=new Te({check:"custom"});return t._zod.check=e,t}function t2(e,t){return qp(yo,e??(()=>!0),t)}function Mm(e,t={}){return jp(yo,e,t)}function Um(e,t){return Zp(e,t)}var r2=Bp,n2=Vp,qm=x("ZodInstanceOf",(e,t)=>{yo.init(e,t)},{properties(e,t){return this.check(Mn(e,t))}});function i2(e,t={}){let r=new qm({type:"custom",check:"custom",fn:n=>n instanceof e,abort:!0,...X.normalizeParams(t)});return r._zod.bag.Class=e,r._zod.check=n=>{n.value instanceof e||n.issues.push({code:"invalid_type",expected:e.name,input:n.value,inst:r,path:[...r._zod.def.path??[]]})},r}var o2=(...e)=>Gp({Codec:bo,Boolean:Qn,String:Jn},...e);function s2(e){let t=Fm(()=>ti([ao(e),Jf(),Yf(),rm(),po(t),mm(ao(),t)]));return t}function a2(e,t){return new Tm({type:"pipe",in:nc(e),out:t})}var Y_={invalid_type:"invalid_type",too_big:"too_big",too_small:"too_small",invalid_format:"invalid_format",not_multiple_of:"not_multiple_of",unrecognized_keys:"unrecognized_keys",invalid_union:"invalid_union",invalid_key:"invalid_key",invalid_element:"invalid_element",invalid_value:"invalid_value",custom:"custom"};function Q_(e){Le({customError:e})}function eA(){return Le().customError}var jm;jm||(jm={});var vo={};er(vo,{ZodISODate:()=>Ir,ZodISODateTime:()=>Er,ZodISODuration:()=>Or,ZodISOTime:()=>Tr,date:()=>rA,datetime:()=>tA,duration:()=>iA,time:()=>nA});function tA(e){return to(Er,e)}function rA(e){return ro(Ir,e)}function nA(e){return no(Tr,e)}function iA(e){return io(Or,e)}var H={...ri,...Oa,iso:vo},oA=new Set(["$schema","$ref","$defs","definitions","$id","id","$comment","$anchor","$vocabulary","$dynamicRef","$dynamicAnchor","type","enum","const","anyOf","oneOf","allOf","not","properties","required","additionalProperties","patternProperties","propertyNames","minProperties","maxProperties","items","prefixItems","additionalItems","minItems","maxItems","uniqueItems","contains","minContains","maxContains","minLength","maxLength","pattern","format","minimum","maximum","exclusiveMinimum","exclusiveMaximum","multipleOf","description","default","contentEncoding","contentMediaType","contentSchema","unevaluatedItems","unevaluatedProperties","if","then","else","dependentSchemas","dependentRequired","nullable","readOnly"]);function sA(e,t){let r=e.$schema;return r==="https://json-schema.org/draft/2020-12/schema"?"draft-2020-12":r==="http://json-schema.org/draft-07/schema#"?"draft-7":r==="http://json-schema.org/draft-04/schema#"?"draft-4":t??"draft-2020-12"}function c2(e,t){return e.map((r,n)=>n<t?r:r.optional())}function aA(e){return e.replace(/~1/g,"/").replace(/~0/g,"~")}function cA(e,t){if(!e.startsWith("#"))throw new Error("External $ref is not supported, only local refs (#/...) are allowed");let r=e.slice(1).split("/").filter(Boolean);if(r.length===0)return t.rootSchema;let n=t.version==="draft-2020-12"?"$defs":"definitions";if(r[0]===n){let i=r[1]===void 0?void 0:aA(r[1]);if(!i||!t.defs[i])throw new Error(`Reference not found: ${e}`);return t.defs[i]}throw new Error(`Reference not found: ${e}`)}function uA(e,t){return H.transform(n=>n).check(n=>{let i=n.value;if(typeof i!="object"||i===null||Array.isArray(i))return;let o=Object.getOwnPropertyNames(i);if(t.minProperties!==void 0&&o.length<t.minProperties&&n.issues.push({origin:"object",code:"too_small",minimum:t.minProperties,inclusive:!0,message:`Too small: expected object to have >=${t.minProperties} properties`,input:i,inst:e,continue:!0}),t.maxProperties!==void 0&&o.length>t.maxProperties&&n.issues.push({origin:"object",code:"too_big",maximum:t.maxProperties,inclusive:!0,message:`Too big: expected object to have <=${t.maxProperties} properties`,input:i,inst:e,continue:!0}),t.keySchema)for(let s of o){let a=t.keySchema.safeParse(s);a.success||n.issues.push({code:"invalid_key",origin:"record",issues:a.error.issues,input:s,path:[s],continue:!0})}}).pipe(e)}function Zm(e,t){if(e===null)return"z";let r=typeof e;if(r!=="object"){if(r==="number"&&Number.isNaN(e))return null;let n=String(e);return`${r[0]}${n.length}:${n}`}if(t.has(e))return null;t.add(e);try{if(Array.isArray(e)){let o=[];for(let s of e){let a=Zm(s,t);if(a===null)return null;o.push(a)}return`a${o.length}:[${o.join(",")}]`}let n=Object.keys(e).sort(),i=[];for(let o of n){let s=Zm(e[o],t);if(s===null)return null;i.push(`${o.length}:${o}=${s}`)}return`o${i.length}:{${i.join(",")}}`}finally{t.delete(e)}}var lA=new Set(["items","prefixItems","additionalItems","additionalProperties","contains","propertyNames","not","if","then","else","allOf","anyOf","oneOf","unevaluatedItems","unevaluatedProperties","contentSchema"]),dA=new Set(["properties","patternProperties","dependentSchemas","dependencies","$defs","definitions"]);function wo(e){return typeof e!="object"||e===null?!1:Array.isArray(e)?e.some(wo):typeof e.$ref=="string"?!0:Object.entries(e).some(([t,r])=>lA.has(t)?wo(r):!dA.has(t)||typeof r!="object"||r===null?!1:Object.values(r).some(wo))}function u2(e){return e===1?"element":"elements"}function pA(e,t){return H.transform(n=>n).check(n=>{let i=n.value;if(Array.isArray(i)){if(t.uniqueItems===!0){let o=new Map;for(let s=0;s<i.length;s++){let a=Zm(i[s],new Set);if(a===null)continue;let u=o.get(a);if(u===void 0){o.set(a,s);continue}n.issues.push({code:"custom",message:`Array items must be unique: element at index ${s} duplicates the one at index ${u}`,input:i,path:[s],continue:!0})}}if(t.containsSchema){let o=t.minContains??1,s=t.maxContains!==void 0?t.maxContains+1:Number.POSITIVE_INFINITY,a=0;for(let u of i)if(t.containsSchema.safeParse(u).success&&++a>=s)break;a<o&&n.issues.push({code:"custom",message:`Array must contain at least ${o} matching ${u2(o)}; found ${a}`,input:i,continue:!0}),t.maxContains!==void 0&&a>t.maxContains&&n.issues.push({code:"custom",message:`Array must contain at most ${t.maxContains} matching ${u2(t.maxContains)}`,input:i,continue:!0})}}}).pipe(e)}function l2(e,t){if(e!==!1)return e===void 0||e===!0?H.any():lt(e,t)}var fA=/^(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d+)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;function d2(e,t){if(e.not!==void 0){if(typeof e.not=="object"&&Object.keys(e.not).length===0)return H.never();throw new Error("not is not supported in Zod (except { not: {} } for never)")}if(e.unevaluatedItems!==void 0)throw new Error("unevaluatedItems is not supported");if(e.unevaluatedProperties!==void 0)throw new Error("unevaluatedProperties is not supported");if(e.if!==void 0||e.then!==void 0||e.else!==void 0)throw new Error("Conditional schemas (if/then/else) are not supported");if(e.dependentSchemas!==void 0||e.dependentRequired!==void 0)throw new Error("dependentSchemas and dependentRequired are not supported");if(e.$ref){let i=e.$ref;if(t.refs.has(i))return t.refs.get(i);if(t.processing.has(i))return H.lazy(()=>{if(!t.refs.has(i))throw new Error(`Circular reference not resolved: ${i}`);return t.refs.get(i)});t.processing.add(i);let o=cA(i,t),s=lt(o,t);return t.refs.set(i,s),t.processing.delete(i),s}if(e.enum!==void 0){let i=e.enum;if(t.version==="openapi-3.0"&&e.nullable===!0&&i.length===1&&i[0]===null)return H.null();if(i.length===0)return H.never();if(i.length===1)return H.literal(i[0]);if(i.every(s=>typeof s=="string"))return H.enum(i);let o=i.map(s=>H.literal(s));return o.length<2?o[0]:H.union([o[0],o[1],...o.slice(2)])}if(e.const!==void 0)return H.literal(e.const);let r=e.type;if(Array.isArray(r)){let i=r.map(o=>{let s={...e,type:o};return d2(s,t)});return i.length===0?H.never():i.length===1?i[0]:H.union(i)}if(!r)return H.any();let n;switch(r){case"string":{let i=H.string();if(e.format){let o=e.format;o==="email"?i=i.check(H.email()):o==="uri"||o==="uri-reference"?i=i.check(H.url()):o==="uuid"||o==="guid"?i=i.check(H.uuid()):o==="date-time"?i=i.check(H.iso.datetime({offset:!0})):o==="date"?i=i.check(H.iso.date()):o==="time"?i=i.check(H.regex(fA)):o==="duration"?i=i.check(H.iso.duration()):o==="hostname"?i=i.check(H.hostname()):o==="ipv4"?i=i.check(H.ipv4()):o==="ipv6"?i=i.check(H.ipv6()):o==="mac"?i=i.check(H.mac()):o==="cidr"?i=i.check(H.cidrv4()):o==="cidr-v6"?i=i.check(H.cidrv6()):o==="base64"?i=i.check(H.base64()):o==="base64url"?i=i.check(H.base64url()):o==="e164"?i=i.check(H.e164()):o==="credit_card"?i=i.check(H.creditCard()):o==="iban"?i=i.check(H.iban()):o==="jwt"?i=i.check(H.jwt()):o==="emoji"?i=i.check(H.emoji()):o==="nanoid"?i=i.check(H.nanoid()):o==="cuid"?i=i.check(H.cuid()):o==="cuid2"?i=i.check(H.cuid2()):o==="ulid"?i=i.check(H.ulid()):o==="xid"?i=i.check(H.xid()):o==="ksuid"&&(i=i.check(H.ksuid()))}typeof e.minLength=="number"&&(i=i.min(e.minLength)),typeof e.maxLength=="number"&&(i=i.max(e.maxLength)),e.pattern&&(i=i.regex(new RegExp(e.pattern))),n=i;break}case"number":case"integer":{let i=r==="integer"?H.number().int():H.number();typeof e.minimum=="number"&&e.exclusiveMinimum!==!0&&(i=i.min(e.minimum)),typeof e.maximum=="number"&&e.exclusiveMaximum!==!0&&(i=i.max(e.maximum)),typeof e.exclusiveMinimum=="number"?i=i.gt(e.exclusiveMinimum):e.exclusiveMinimum===!0&&typeof e.minimum=="number"&&(i=i.gt(e.minimum)),typeof e.exclusiveMaximum=="number"?i=i.lt(e.exclusiveMaximum):e.exclusiveMaximum===!0&&typeof e.maximum=="number"&&(i=i.lt(e.maximum)),typeof e.multipleOf=="number"&&(i=i.multipleOf(e.multipleOf)),n=i;break}case"boolean":{n=H.boolean();break}case"null":{n=H.null();break}case"object":{let i={},o=e.properties||{},s=new Set(e.required||[]),a=typeof e.additionalProperties=="object"?lt(e.additionalProperties,t):void 0;for(let[p,f]of Object.entries(o)){let h=lt(f,t);Je(i,p,s.has(p)?h:h.optional())}if(e.patternProperties){let p=e.patternProperties,f=Object.keys(p),h=[];for(let g of f){let v=lt(p[g],t),$=H.string().regex(new RegExp(g));h.push(H.looseRecord($,v))}let y=[];if(Object.keys(i).length>0&&y.push(H.object(i).passthrough()),y.push(...h),y.length===0)n=H.object({}).passthrough();else if(y.length===1)n=y[0];else{let g=H.intersection(y[0],y[1]);for(let v=2;v<y.length;v++)g=H.intersection(g,y[v]);n=g}if(e.additionalProperties===!1){let g=Object.keys(i),v=f.map(w=>new RegExp(w)),$=n;n=n.check(w=>{if(!Ot(w.value))return;let k=[];for(let N of Object.keys(w.value))g.includes(N)||v.some(M=>M.test(N))||k.push(N);k.length&&w.issues.push({code:"unrecognized_keys",keys:k,input:w.value,inst:$})})}}else{let p=H.object(i);e.additionalProperties===!1?n=p.strict():a?n=p.catchall(a):n=p.passthrough()}let u=e.propertyNames!==void 0&&e.propertyNames!==!0,c=typeof e.minProperties=="number"?e.minProperties:void 0,l=typeof e.maxProperties=="number"?e.maxProperties:void 0;if(u||c!==void 0||l!==void 0){let p;if(u){let f=typeof e.propertyNames=="object"&&e.propertyNames.type===void 0?{type:"string",...e.propertyNames}:e.propertyNames;p=lt(f,t)}n=uA(n,{keySchema:p,minProperties:c,maxProperties:l})}break}case"array":{let i=e.prefixItems,o=e.items;if(i&&Array.isArray(i)){let s=typeof e.minItems=="number"?e.minItems:0,a=i.map(p=>lt(p,t)),u=c2(a,s),c=Array.isArray(o)?void 0:l2(o,t),l=H.tuple(u);n=c?l.rest(c):l,typeof e.minItems=="number"&&(n=n.check(H.minLength(e.minItems))),typeof e.maxItems=="number"&&(n=n.check(H.maxLength(e.maxItems)))}else if(Array.isArray(o)){let s=typeof e.minItems=="number"?e.minItems:0,a=o.map(p=>lt(p,t)),u=c2(a,s),c=l2(e.additionalItems,t),l=H.tuple(u);n=c?l.rest(c):l,typeof e.minItems=="number"&&(n=n.check(H.minLength(e.minItems))),typeof e.maxItems=="number"&&(n=n.check(H.maxLength(e.maxItems)))}else if(o!==void 0){let s=lt(o,t),a=H.array(s);typeof e.minItems=="number"&&(a=a.min(e.minItems)),typeof e.maxItems=="number"&&(a=a.max(e.maxItems)),n=a}else n=H.array(H.any());(e.uniqueItems===!0||e.contains!==void 0)&&(n=pA(n,{uniqueItems:e.uniqueItems===!0,containsSchema:e.contains!==void 0?lt(e.contains,t):void 0,minContains:typeof e.minContains=="number"?e.minContains:void 0,maxContains:typeof e.maxContains=="number"?e.maxContains:void 0}));break}default:throw new Error(`Unsupported type: ${r}`)}return n}function lt(e,t){if(typeof e=="boolean")return e?H.any():H.never();let r=d2(e,t),n=e.type||e.enum!==void 0||e.const!==void 0;if(e.anyOf&&Array.isArray(e.anyOf)){let a=e.anyOf.map(c=>lt(c,t)),u=H.union(a);r=n?H.intersection(r,u):u}if(e.oneOf&&Array.isArray(e.oneOf)){let a=e.oneOf.map(c=>lt(c,t)),u=H.xor(a);r=n?H.intersection(r,u):u}if(e.allOf&&Array.isArray(e.allOf))if(e.allOf.length===0)r=n?r:H.any();else{let a=n?r:lt(e.allOf[0],t),u=n?0:1;for(let c=u;c<e.allOf.length;c++)a=H.intersection(a,lt(e.allOf[c],t));r=a}e.nullable===!0&&t.version==="openapi-3.0"&&(r=H.nullable(r)),e.readOnly===!0&&(r=H.readonly(r)),e.default!==void 0&&(r=r.default(e.default));let i={},o=["$id","id","$comment","$anchor","$vocabulary","$dynamicRef","$dynamicAnchor"];for(let a of o)a in e&&(i[a]=e[a]);let s=["contentEncoding","contentMediaType","contentSchema"];for(let a of s)a in e&&(i[a]=e[a]);if(e.type==="object"&&e.$ref===void 0){e.propertyNames!==void 0&&!wo(e.propertyNames)&&(i.propertyNames=e.propertyNames);for(let a of["minProperties","maxProperties"])e[a]!==void 0&&(i[a]=e[a])}if(e.type==="array"&&e.$ref===void 0){e.contains!==void 0&&!wo(e.contains)&&(i.contains=e.contains);for(let a of["uniqueItems","minContains","maxContains"])e[a]!==void 0&&(i[a]=e[a])}for(let a of Object.keys(e))oA.has(a)||Je(i,a,e[a]);return Object.keys(i).length>0&&t.registry.add(r,i),e.description&&(r=r.describe(e.description)),r}function p2(e,t){if(typeof e=="boolean")return e?H.any():H.never();let r;try{r=JSON.parse(JSON.stringify(e))}catch{throw new Error("fromJSONSchema input is not valid JSON (possibly cyclic); use $defs/$ref for recursive schemas")}let n=sA(r,t?.defaultTarget),i=r.$defs||r.definitions||{},o={version:n,defs:i,refs:new Map,processing:new Set,rootSchema:r,registry:t?.registry??Ye};return lt(r,o)}var f2=Symbol("z.visit/resolving");function xo(e,t){let r=typeof t=="function"?t:(s,a)=>{let u=t[s._zod.def.type];return u?u(s,a):s},n=new Map;function i(s){let a=n.get(s);if(a===f2)return new Wi({type:"lazy",getter:()=>n.get(s)});if(a!==void 0)return a;n.set(s,f2);let u=o(s),c=r(u,u!==s);return n.set(s,c),c}function o(s){let a=s._zod.def,u=a.type;switch(u){case"object":{let c=a.shape,l=Object.keys(c),p=!1,f={};for(let y of l){let g=i(c[y]);g!==c[y]&&(p=!0),f[y]=g}let h=a.catchall;return a.catchall&&(h=i(a.catchall),h!==a.catchall&&(p=!0)),p?Se(s,{...a,shape:f,catchall:h}):s}case"array":{let c=i(a.element);return c===a.element?s:Se(s,{...a,element:c})}case"tuple":{let c=a.items,l=!1,p=[];for(let h of c){let y=i(h);y!==h&&(l=!0),p.push(y)}let f=a.rest;return a.rest&&(f=i(a.rest),f!==a.rest&&(l=!0)),l?Se(s,{...a,items:p,rest:f}):s}case"record":case"map":{let c=i(a.keyType),l=i(a.valueType);return c===a.keyType&&l===a.valueType?s:Se(s,{...a,keyType:c,valueType:l})}case"set":{let c=i(a.valueType);return c===a.valueType?s:Se(s,{...a,valueType:c})}case"union":{let c=a.options,l=!1,p=[];for(let f of c){let h=i(f);h!==f&&(l=!0),p.push(h)}return l?Se(s,{...a,options:p}):s}case"intersection":{let c=i(a.left),l=i(a.right);return c===a.left&&l===a.right?s:Se(s,{...a,left:c,right:l})}case"optional":case"nullable":case"default":case"prefault":case"catch":case"readonly":case"nonoptional":case"promise":case"success":{let c=i(a.innerType);return c===a.innerType?s:Se(s,{...a,innerType:c})}case"pipe":{let c=i(a.in),l=i(a.out);return c===a.in&&l===a.out?s:Se(s,{...a,in:c,out:l})}case"function":{let c=i(a.input),l=i(a.output);return c===a.input&&l===a.output?s:Se(s,{...a,input:c,output:l})}case"lazy":{let c=a.getter,{_cachedInner:l,...p}=a;return Se(s,{...p,getter:()=>i(c())})}case"template_literal":case"string":case"number":case"int":case"boolean":case"bigint":case"symbol":case"undefined":case"null":case"void":case"never":case"any":case"unknown":case"date":case"nan":case"enum":case"literal":case"file":case"transform":case"custom":return s;default:return s}}return i(e)}function m2(e){return xo(e,{object:t=>t.partial(),union:t=>{let r=t._zod.def;return r.discriminator===void 0?t:ti(r.options)}})}function mA(e,t){if(!t?.length)return e;let r=e._zod.def;return Se(e,Lt(r,{checks:[...r.checks??[],...t]}),{parent:!0})}function h2(e){return mA(e.out,e.checks)}function hA(e){return e.in._zod.traits.has("$ZodTransform")?h2(e):e.in}function g2(e){return xo(e,{pipe:t=>hA(t._zod.def),default:(t,r)=>r?rn(t._zod.def.innerType):t,catch:(t,r)=>r?t._zod.def.innerType:t})}function b2(e){return xo(e,{pipe:t=>h2(t._zod.def),prefault:(t,r)=>r?t._zod.def.innerType:t})}var Bm={};er(Bm,{bigint:()=>vA,boolean:()=>yA,date:()=>wA,number:()=>bA,string:()=>gA});function gA(e){return dp(Jn,e)}function bA(e){return bp(Yn,e)}function yA(e){return _p(Qn,e)}function vA(e){return Sp(ei,e)}function wA(e){return Lp(lo,e)}var sc={type:"decimal",min:"0",max:"1e12"},Ut=(e,t)=>({type:"decimal",min:e,max:t,integer:!0}),Vm={type:"text"},ko=["sd1.5","sdxl","sd3","flux1-dev","flux1-schnell"],$o={runs:sc,results:Ut("1","10000"),width:Ut("1","100000"),height:Ut("1","100000"),resolution:Vm,steps:Ut("1","10000"),seconds:{type:"decimal",min:"0",max:"1e7"},fps:Ut("1","1000"),frames:Ut("1","100000"),audio:{type:"boolean"},quality:Vm,characters:Ut("0","1e9"),referenceImages:Ut("0","100"),referenceVideoSeconds:{type:"decimal",min:"0",max:"86400"},format:Vm,bitDepth:Ut("1","64"),gpuCount:Ut("1","64"),worker:{type:"enum",values:["flex","active"]},coldStarts:sc,coldStartSeconds:{type:"decimal",min:"0",max:"86400"},idleSeconds:{type:"decimal",min:"0",max:"86400"},activeWorkers:Ut("0","100000"),setupSeconds:{type:"decimal",min:"0",max:"86400"},keepAlive:{type:"decimal",min:"0",max:"86400"},teardownSeconds:{type:"decimal",min:"0",max:"86400"},volumeGB:{type:"decimal",min:"0",max:"1e9"},containerDiskGB:{type:"decimal",min:"0",max:"1e9"},gpuPick:{type:"enum",values:["dearest","first"]},architecture:{type:"enum",values:ko}},Gm=Object.keys($o),y2=["day","week","month"],v2={limit:sc,maxIncrease:sc,maxIncreasePercent:{type:"decimal",min:"0",max:"1e6"},unpriced:{type:"enum",values:["fail","warn"]},judge:{type:"enum",values:["expected","high"]},undeclared:{type:"enum",values:["fail","warn","off"]}},w2={maxVariance:{type:"decimal",min:"0",max:"1e6"}},x2=200,k2=1e6;function ac(e){if(e===null||typeof e!="object")return!1;let t=Object.getPrototypeOf(e);return t===Object.prototype||t===null}var dt=b.string().regex(/^(0|[1-9]\d*)(\.\d+)?$/,{message:'expected a non-negative decimal string such as "0.00116"'}),ur=b.string().regex(/^\d{4}-\d{2}-\d{2}$/,{message:"expected a date as YYYY-MM-DD"}),xA=b.enum(["image","megapixel","video","video_second","audio_second","character","request","gpu_second","gb_month","reference_image","reference_video_second","runner_second","video_token"]),kA=b.enum(["published","measured","modeled","contract","account"]),cc=b.union([b.string(),b.boolean(),b.number()]),$A=b.object({gt:b.number().optional(),gte:b.number().optional(),lt:b.number().optional(),lte:b.number().optional()}).strict().refine(e=>Object.keys(e).length>0,{message:"a range needs at least one of gt, gte, lt, lte"}),_A=b.union([cc,b.array(cc).min(1),$A]),AA=b.object({mode:b.enum(["ceil","floor","half-up"]),step:dt.default("1"),scope:b.enum(["request","total"]).default("request")}).strict(),SA=b.object({upTo:dt.optional(),amount:dt}).strict(),Km=b.object({width:b.number().int().positive(),height:b.number().int().positive(),steps:b.number().int().positive(),amount:dt}).strict(),RA=b.object({low:b.union([dt,b.array(Km).min(1)]).optional(),high:b.union([dt,b.array(Km).min(1)]).optional(),source:b.url().optional(),note:b.string().min(1)}).strict().refine(e=>e.low!==void 0||e.high!==void 0,{message:"a range needs `low`, `high` or both"}),$2={source:b.url({message:"expected the URL where the price is published"}),checkedAt:ur,effectiveFrom:ur,basis:kA,verified:b.boolean().default(!0),note:b.string().optional()},Hm=b.object({charge:b.string().min(1).default("base"),unit:xA,amount:dt.optional(),tiers:b.array(SA).min(1).optional(),measured:b.array(Km).min(1).optional(),per:dt.default("1"),pixelsPerMegapixel:dt.optional(),quantityFrom:b.enum(["volumeGB","containerDiskGB"]).optional(),when:b.record(b.string(),_A).default({}),absent:b.array(b.string().min(1)).min(1).optional(),optional:b.boolean().optional(),rounding:AA.optional(),included:b.object({quantity:dt,amount:dt}).strict().optional(),range:RA.optional(),...$2}).strict().superRefine((e,t)=>{e.range&&PA(e,t),e.included&&e.amount===void 0&&t.addIssue({code:"custom",path:["included"],message:"`included` prices a first block ahead of `amount`: give `amount`, not tiers"}),[e.amount,e.tiers,e.measured].filter(n=>n!==void 0).length!==1&&t.addIssue({code:"custom",message:"give exactly one of `amount`, `tiers` or `measured`"}),e.per==="0"&&t.addIssue({code:"custom",path:["per"],message:"`per` must be greater than 0"}),e.tiers&&e.tiers.forEach((n,i)=>{i===e.tiers.length-1!==(n.upTo===void 0)&&t.addIssue({code:"custom",path:["tiers",i,"upTo"],message:"every tier but the last needs `upTo`; the last has none"})}),e.unit==="megapixel"&&e.pixelsPerMegapixel===void 0&&t.addIssue({code:"custom",path:["pixelsPerMegapixel"],message:"a megapixel rate must say how many pixels make one megapixel"}),e.measured&&e.unit!=="image"&&t.addIssue({code:"custom",path:["unit"],message:"measured runs price one image: use unit `image`"})});function PA(e,t){let r=e.range,n=e.amount!==void 0?"amount":e.measured?"measured":"tiers";for(let i of["low","high"]){let o=r[i];if(o===void 0)continue;let s=["range",i];if(n==="tiers")t.addIssue({code:"custom",path:s,message:"a tiered rate cannot carry a range yet: give the rate as `amount`"});else if(n==="amount"&&typeof o!="string")t.addIssue({code:"custom",path:s,message:`an \`amount\` rate's \`range.${i}\` is an amount such as "0.0013"`});else if(n==="measured"&&typeof o=="string")t.addIssue({code:"custom",path:s,message:`a measured rate's \`range.${i}\` is a list of measured runs`});else if(n==="amount"&&typeof o=="string"){let[a,u]=i==="low"?[o,e.amount]:[e.amount,o];ce(a).greaterThan(u)&&t.addIssue({code:"custom",path:s,message:`\`range.${i}\` ${o} is on the wrong side of \`amount\` ${e.amount}`})}}}var EA=Hm.and(b.object({appliesTo:b.array(b.string()).min(1),except:b.array(b.string()).default([])})),_2=b.record(b.string(),b.array(b.string().min(1)).min(1)).default({}),IA=b.union([b.array(b.number()).min(1),b.object({gte:b.number().optional(),lte:b.number().optional(),integer:b.boolean().default(!1)}).strict()]),TA=b.object({amount:dt,...$2}).strict(),OA=b.object({on:ur,replacement:b.string().min(1),source:b.url()}).strict(),CA=b.enum(["image","video","audio","gpu","storage","other"]),Wm=b.object({id:b.string().min(1),name:b.string().min(1),kind:CA,aliases:b.array(b.string().min(1)).default([]),requires:b.array(b.string()).default([]),defaults:b.record(b.string(),cc).default({}),accepts:_2,allowed:b.record(b.string(),IA).optional(),minimum:TA.optional(),retired:OA.optional(),rates:b.array(Hm).min(1),pool:b.object({id:b.string().min(1),source:b.url(),checkedAt:ur,verified:b.boolean().default(!0),note:b.string().optional()}).strict().optional(),note:b.string().optional()}).strict(),DA=b.object({ids:b.array(b.string().min(1)).min(1),reason:b.enum(["outside-pools","no-published-price","ambiguous","not-offered"]),instead:b.array(b.string().min(1)).min(1).optional(),name:b.string().min(1),pool:b.string().min(1).optional(),source:b.url(),checkedAt:ur,verified:b.boolean().default(!0),note:b.string().optional()}).strict(),NA=b.object({id:b.string().min(1),name:b.string().min(1),source:b.url({message:"expected the URL of the page that states the architecture"}),checkedAt:ur,verified:b.boolean().default(!0),note:b.string().optional()}).strict(),FA=b.object({id:b.enum(ko),name:b.string().min(1),rates:b.array(Hm).min(1),models:b.array(NA).default([]),note:b.string().optional()}).strict(),LA=b.object({tier:b.number().int().positive(),purchasedUsd:dt,maxMonthlySpendUsd:dt}).strict(),CO=b.object({$schema:b.string().optional(),provider:b.string().regex(/^[a-z][a-z0-9-]*$/,{message:"expected a lower-case provider id"}),name:b.string().min(1),currency:b.enum(["USD","credits"]),credit:b.object({usd:dt,source:b.url(),checkedAt:ur,effectiveFrom:ur}).strict().optional(),billingSource:b.url(),defaults:b.record(b.string(),cc).default({}),accepts:_2,surcharges:b.array(EA).default([]),usageTiers:b.object({source:b.url(),checkedAt:ur,verified:b.boolean().default(!0),note:b.string().optional(),tiers:b.array(LA).min(1)}).strict().optional(),models:b.array(Wm).min(1),unpricedNames:b.array(DA).default([]),architectures:b.array(FA).default([]),communitySources:b.array(b.string().regex(/^[a-z0-9-]+$/,{message:"expected an AIR source such as `civitai`"})).default([])}).strict().superRefine((e,t)=>{e.currency==="credits"&&!e.credit&&t.addIssue({code:"custom",path:["credit"],message:"a catalog priced in credits needs `credit.usd`"});let r=new Set;e.architectures.forEach((n,i)=>{r.has(n.id)&&t.addIssue({code:"custom",path:["architectures",i,"id"],message:`architecture \`${n.id}\` is listed twice`}),r.add(n.id)})});function A2(e){let t="";for(let r of e)typeof r=="number"?t+=`[${r}]`:t+=t===""?String(r):`.${String(r)}`;return t}function MA(e,t){let r=e,n=()=>{for(let o=0;o<20;o++){let s=r.def;if(!s)return;if(s.type==="optional"||s.type==="default"||s.type==="nullable"||s.type==="readonly")r=s.innerType;else if(s.type==="pipe")r=s.in?.def?.type==="transform"?s.out:s.in;else if(s.type==="intersection")r=s.left;else return}};for(let o of t){n();let s=r.def;if(s?.type==="array"&&typeof o=="number")r=s.element;else if(s?.type==="object"&&s.shape&&typeof o=="string")r=s.shape[o];else return[]}n();let i=r.def;return i?.type==="object"&&i.shape?Object.keys(i.shape):[]}var UA={object:"a mapping",array:"a list",string:"a string",boolean:"true or false",number:"a number"};function uc(e){if(e===void 0)return"nothing";if(e===null)return"null";if(typeof e=="number"&&!Number.isFinite(e))return Number.isNaN(e)?".nan":".inf";if(typeof e=="string")return JSON.stringify(e.length>40?e.slice(0,40)+"\u2026":e);if(Array.isArray(e))return"a list";if(typeof e=="object"&&e!==null&&"toFixed"in e){let t=String(e);return t.length>24?t.slice(0,24)+"\u2026":t}return typeof e=="object"?"a mapping":String(e)}function qA(e,t){let r=e;for(let n of t){if(r===null||typeof r!="object")return;r=r[n]}return r}function lc(e,t,r,n){let i=[];for(let o of e){if(o.code==="unrecognized_keys"){let l=MA(t,o.path);for(let p of o.keys){let f=[...o.path,p],h=yr(p,l),y=r.lineOf(f);i.push(new G(`unknown key \`${p}\``,{file:n,...y!==void 0?{line:y}:{},path:A2(f)},h?`did you mean \`${h}\`?`:`allowed keys: ${l.join(", ")}`))}continue}let s=r.lineOf(o.path),a=qA(r.value,o.path),u={file:n,...s!==void 0?{line:s}:{},path:A2(o.path)};if(a===void 0){let l=o.code==="custom"?o.message.replace(/^expected /,"add "):void 0;i.push(new G(`missing required \`${String(o.path.at(-1))}\``,u,l));continue}let c=o.code==="invalid_type"?`expected ${UA[o.expected]??o.expected}, got ${uc(a)}`:o.message.includes(", got ")?o.message:`${o.message}, got ${uc(a)}`;i.push(new G(c,u,jA(o,a)))}return i}function jA(e,t){if(e.code!=="invalid_value"||typeof t!="string")return;let r=e.values.filter(o=>typeof o=="string");if(!r.length)return;let n=String(e.path.at(-1)),i=yr(t,r);return i?`did you mean \`${n}: ${i}\`?`:`write \`${n}:\` as one of ${r.join(", ")}`}var kt=e=>e.trim().toLowerCase();function dc(e){let t=new Map,r=new Map,n=new Map,i=new Map,o=new Map;for(let s of e){if(t.has(s.provider))throw new G(`provider ${s.provider} appears in two catalog files`);t.set(s.provider,s);for(let a of s.models)for(let u of[a.id,...a.aliases]){let c=`${s.provider}\0${kt(u)}`;if(r.has(c))throw new G(`catalog ${s.provider}: model name \`${u}\` is used twice`,void 0,"make ids and aliases unique");r.set(c,{provider:s,model:a}),r.set(`${s.provider}\0${u}`,{provider:s,model:a})}o.set(s.provider,new Set((s.communitySources??[]).map(kt)));for(let a of s.architectures??[]){let u=ZA(a);i.set(`${s.provider}\0${a.id}`,{provider:s,model:u,architecture:{entry:a}});for(let c of a.models??[]){let l=`${s.provider}\0${kt(c.id)}`;if(r.has(l))throw new G(`catalog ${s.provider}: community model \`${c.id}\` is also a model name or listed twice`,void 0,"list a community model under one architecture, and not as a model too");let p={provider:s,model:u,architecture:{entry:a,known:c}};r.set(l,p),r.set(`${s.provider}\0${c.id}`,p)}}for(let a of s.unpricedNames??[])for(let u of a.ids){let c=`${s.provider}\0${kt(u)}`;if(r.has(c)||n.has(c))throw new G(`catalog ${s.provider}: unpriced name \`${u}\` is also a model name or listed twice`,void 0,"a name is either a model (priced) or an unpriced name, once");n.set(c,a)}}return Object.freeze({providers:Object.freeze(e),provider:s=>t.get(kt(s)),model:(s,a)=>r.get(`${s}\0${a}`)??r.get(`${kt(s)}\0${kt(a)}`),unpricedName:(s,a)=>n.get(`${kt(s)}\0${kt(a)}`),architecture:(s,a)=>i.get(`${kt(s)}\0${kt(a)}`),isCommunity(s,a){let u=a.indexOf(":");return u>0&&(o.get(kt(s))?.has(kt(a.slice(0,u)))??!1)},suggest(s,a){let u=t.get(kt(s));return u?yr(a,u.models.flatMap(c=>[c.id,...c.aliases]),4):void 0}})}function ZA(e){return{id:e.id,name:e.name,kind:"image",aliases:[],requires:[],defaults:{},accepts:{},rates:e.rates,...e.note?{note:e.note}:{}}}function S2(e,t){let r=t.loOpen?e.greaterThan(t.lo):e.greaterThanOrEqualTo(t.lo),n=t.hiOpen?e.lessThan(t.hi):e.lessThanOrEqualTo(t.hi);return r&&n}var R2=JSON.parse(String.raw`[
  {
    "provider": "fal",
    "name": "fal.ai",
    "currency": "USD",
    "billingSource": "https://docs.fal.ai/documentation/model-apis/pricing",
    "defaults": {},
    "accepts": {},
    "surcharges": [],
    "models": [
      {
        "id": "fal-ai/flux/dev",
        "name": "FLUX.1 [dev]",
        "kind": "image",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "megapixel",
            "amount": "0.025",
            "per": "1",
            "pixelsPerMegapixel": "1048576",
            "when": {},
            "rounding": {
              "mode": "ceil",
              "step": "1",
              "scope": "request"
            },
            "source": "https://fal.ai/models/fal-ai/flux/dev",
            "checkedAt": "2026-11-21",
            "effectiveFrom": "2026-11-21",
            "basis": "published",
            "verified": false,
            "note": "fal bills by rounding up to the nearest megapixel but does not define the megapixel; 1,048,576 pixels matches its published $0.025 per 1024x1024 image."
          }
        ]
      },
      {
        "id": "fal-ai/flux/schnell",
        "name": "FLUX.1 [schnell]",
        "kind": "image",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "megapixel",
            "amount": "0.003",
            "per": "1",
            "pixelsPerMegapixel": "1048576",
            "when": {},
            "rounding": {
              "mode": "ceil",
              "step": "1",
              "scope": "request"
            },
            "source": "https://fal.ai/models/fal-ai/flux/schnell",
            "checkedAt": "2026-11-21",
            "effectiveFrom": "2026-11-21",
            "basis": "published",
            "verified": false,
            "note": "Rate from a single third-party table, not confirmed on fal's page. fal does not define the megapixel; 1,048,576 pixels matches its published $0.025 per 1024x1024 figure for flux/dev."
          }
        ]
      },
      {
        "id": "fal-ai/qwen-image",
        "name": "Qwen Image",
        "kind": "image",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "megapixel",
            "amount": "0.02",
            "per": "1",
            "pixelsPerMegapixel": "1048576",
            "when": {},
            "rounding": {
              "mode": "ceil",
              "step": "1",
              "scope": "request"
            },
            "source": "https://fal.ai/models/fal-ai/qwen-image",
            "checkedAt": "2026-11-21",
            "effectiveFrom": "2026-11-21",
            "basis": "published",
            "verified": false,
            "note": "Rate not confirmed on fal's page (users report bills far above it). fal does not define the megapixel; 1,048,576 pixels matches its published $0.025 per 1024x1024 figure for flux/dev."
          }
        ]
      },
      {
        "id": "fal-ai/flux-lora",
        "name": "FLUX.1 [dev] with LoRAs",
        "kind": "image",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "megapixel",
            "amount": "0.035",
            "per": "1",
            "pixelsPerMegapixel": "1048576",
            "when": {},
            "rounding": {
              "mode": "ceil",
              "step": "1",
              "scope": "request"
            },
            "source": "https://fal.ai/models/fal-ai/flux-lora",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "$0.035 per megapixel from a third-party table (https://skillspool.org/zh/skills/joernstoehler-dnd-claude-code-claude-skills-fal-flux-prompting-skill-md), not confirmed on fal's page; fal rounds up to the megapixel and does not define it (1,048,576 px as for flux/dev)."
          }
        ]
      },
      {
        "id": "fal-ai/bytedance/seedream/v4.5/text-to-image",
        "name": "Seedream 4.5",
        "kind": "image",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "image",
            "amount": "0.04",
            "per": "1",
            "when": {},
            "source": "https://fal.ai/models/fal-ai/bytedance/seedream/v4.5/text-to-image",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "From the December 2026 audit of fal's model pages; not re-read for this entry."
          }
        ]
      },
      {
        "id": "fal-ai/bytedance/seedream/v4/text-to-image",
        "name": "Seedream 4.0",
        "kind": "image",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "image",
            "amount": "0.03",
            "per": "1",
            "when": {},
            "source": "https://fal.ai/models/fal-ai/bytedance/seedream/v4/text-to-image",
            "checkedAt": "2026-11-21",
            "effectiveFrom": "2026-11-21",
            "basis": "published",
            "verified": false,
            "note": "From a single third-party source; not confirmed on fal's page."
          }
        ]
      },
      {
        "id": "fal-ai/flux-pro/kontext",
        "name": "FLUX.1 Kontext [pro]",
        "kind": "image",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "image",
            "amount": "0.04",
            "per": "1",
            "when": {},
            "source": "https://fal.ai/models/fal-ai/flux-pro/kontext",
            "checkedAt": "2026-11-21",
            "effectiveFrom": "2026-11-21",
            "basis": "published",
            "verified": true
          }
        ]
      },
      {
        "id": "fal-ai/nano-banana",
        "name": "Nano Banana",
        "kind": "image",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "image",
            "amount": "0.039",
            "per": "1",
            "when": {},
            "source": "https://fal.ai/models/fal-ai/nano-banana",
            "checkedAt": "2026-11-21",
            "effectiveFrom": "2026-11-21",
            "basis": "published",
            "verified": true,
            "note": "Model page figure; fal's pricing page shows $0.0398 per image."
          }
        ]
      },
      {
        "id": "fal-ai/flux-pro/v1.1-ultra",
        "name": "FLUX1.1 [pro] ultra",
        "kind": "image",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "image",
            "amount": "0.06",
            "per": "1",
            "when": {},
            "source": "https://fal.ai/docs/model-api-reference/image-generation-api/flux-pro-v1.1-ultra",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": true,
            "note": "fal's API reference: $0.06 per image, whatever the aspect ratio (up to 4 MP)."
          }
        ]
      },
      {
        "id": "fal-ai/nano-banana-2/edit",
        "name": "Nano Banana 2 Edit",
        "kind": "image",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "image",
            "amount": "0.06",
            "per": "1",
            "when": {
              "resolution": "0.5K"
            },
            "source": "https://fal.ai/models/fal-ai/nano-banana-2/edit/llms.txt",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": true
          },
          {
            "charge": "base",
            "unit": "image",
            "amount": "0.08",
            "per": "1",
            "when": {
              "resolution": "1K"
            },
            "source": "https://fal.ai/models/fal-ai/nano-banana-2/edit/llms.txt",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": true,
            "note": "fal: $0.08 per image at 1K; 2K and 4K 1.5x and 2x, 0.5K 0.75x. Web search adds $0.015 and high thinking $0.002 per request; neither is priced here."
          },
          {
            "charge": "base",
            "unit": "image",
            "amount": "0.12",
            "per": "1",
            "when": {
              "resolution": "2K"
            },
            "source": "https://fal.ai/models/fal-ai/nano-banana-2/edit/llms.txt",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": true
          },
          {
            "charge": "base",
            "unit": "image",
            "amount": "0.16",
            "per": "1",
            "when": {
              "resolution": "4K"
            },
            "source": "https://fal.ai/models/fal-ai/nano-banana-2/edit/llms.txt",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": true
          }
        ]
      },
      {
        "id": "fal-ai/flux-pro/kontext/max",
        "name": "FLUX.1 Kontext [max]",
        "kind": "image",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "image",
            "amount": "0.08",
            "per": "1",
            "when": {},
            "source": "https://fal.ai/models/fal-ai/flux-pro/kontext/max",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "Per-image figure from a third-party reseller's copy of fal's prices (https://oauth.openai-hk.com/docs/en/lab/fal-ai.html), not confirmed on fal's page."
          }
        ]
      },
      {
        "id": "fal-ai/flux-pro/kontext/text-to-image",
        "name": "FLUX.1 Kontext [pro] text to image",
        "kind": "image",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "image",
            "amount": "0.04",
            "per": "1",
            "when": {},
            "source": "https://fal.ai/models/fal-ai/flux-pro/kontext/text-to-image",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "Per-image figure from a third-party reseller's copy of fal's prices (https://oauth.openai-hk.com/docs/en/lab/fal-ai.html), not confirmed on fal's page."
          }
        ]
      },
      {
        "id": "fal-ai/flux-pro/kontext/multi",
        "name": "FLUX.1 Kontext [pro] multi image",
        "kind": "image",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "image",
            "amount": "0.04",
            "per": "1",
            "when": {},
            "source": "https://fal.ai/models/fal-ai/flux-pro/kontext/multi",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "Per-image figure from a third-party reseller's copy of fal's prices (https://oauth.openai-hk.com/docs/en/lab/fal-ai.html), not confirmed on fal's page."
          }
        ]
      },
      {
        "id": "fal-ai/flux-pro/v1.1-ultra/redux",
        "name": "FLUX1.1 [pro] ultra Redux",
        "kind": "image",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "image",
            "amount": "0.05",
            "per": "1",
            "when": {},
            "source": "https://fal.ai/models/fal-ai/flux-pro/v1.1-ultra/redux",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "Per-image figure from a third-party reseller's copy of fal's prices (https://oauth.openai-hk.com/docs/en/lab/fal-ai.html), not confirmed on fal's page."
          }
        ]
      },
      {
        "id": "fal-ai/flux-pro/v1.1/redux",
        "name": "FLUX1.1 [pro] Redux",
        "kind": "image",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "image",
            "amount": "0.05",
            "per": "1",
            "when": {},
            "source": "https://fal.ai/models/fal-ai/flux-pro/v1.1/redux",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "Per-image figure from a third-party reseller's copy of fal's prices (https://oauth.openai-hk.com/docs/en/lab/fal-ai.html), not confirmed on fal's page."
          }
        ]
      },
      {
        "id": "fal-ai/flux-pro/v1.1-ultra-finetuned",
        "name": "FLUX1.1 [pro] ultra fine-tuned",
        "kind": "image",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "image",
            "amount": "0.07",
            "per": "1",
            "when": {},
            "source": "https://fal.ai/models/fal-ai/flux-pro/v1.1-ultra-finetuned",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "Per-image figure from a third-party reseller's copy of fal's prices (https://oauth.openai-hk.com/docs/en/lab/fal-ai.html), not confirmed on fal's page."
          }
        ]
      },
      {
        "id": "fal-ai/nano-banana-pro",
        "name": "Nano Banana Pro",
        "kind": "image",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "image",
            "amount": "0.15",
            "per": "1",
            "when": {
              "resolution": [
                "1K",
                "2K"
              ]
            },
            "source": "https://fal.ai/models/fal-ai/nano-banana-pro/llms.txt",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "fal's page text as quoted word for word in several public repositories (cost tables in TypeScript and Rust clients of fal); fal's page itself was not read. 1K and 2K cost the same."
          },
          {
            "charge": "base",
            "unit": "image",
            "amount": "0.30",
            "per": "1",
            "when": {
              "resolution": "4K"
            },
            "source": "https://fal.ai/models/fal-ai/nano-banana-pro/llms.txt",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "Double the standard $0.15, per fal's text as quoted in public repositories; fal's page not read."
          }
        ],
        "note": "fal: \"$0.15 per image ... 4K outputs will be charged at double the standard rate. If web search is used, an additional $0.015 will be charged\" (web search is not priced here)."
      },
      {
        "id": "fal-ai/nano-banana-pro/edit",
        "name": "Nano Banana Pro Edit",
        "kind": "image",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "image",
            "amount": "0.15",
            "per": "1",
            "when": {
              "resolution": [
                "1K",
                "2K"
              ]
            },
            "source": "https://fal.ai/models/fal-ai/nano-banana-pro/edit/llms.txt",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "Public code quotes the /edit page's own text (\"Your request will cost $0.15 per image. 4K outputs will be charged at double the standard rate.\"); fal's page itself was not read."
          },
          {
            "charge": "base",
            "unit": "image",
            "amount": "0.30",
            "per": "1",
            "when": {
              "resolution": "4K"
            },
            "source": "https://fal.ai/models/fal-ai/nano-banana-pro/edit/llms.txt",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "Double the standard $0.15, per the /edit page's text as quoted in public code; fal's page not read."
          }
        ],
        "note": "Billed per output image; fal does not charge the input images. Web search adds $0.015 per request (not priced here)."
      },
      {
        "id": "fal-ai/nano-banana-2",
        "name": "Nano Banana 2",
        "kind": "image",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "image",
            "amount": "0.06",
            "per": "1",
            "when": {
              "resolution": "0.5K"
            },
            "source": "https://fal.ai/models/fal-ai/nano-banana-2/llms.txt",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "0.75 x $0.08. Public code quotes this page's text (\"$0.08 per image ... 2K and 4K outputs will be charged at 1.5 times and 2 times the standard rate ... 0.5K ... 0.75 times\", \"same text on /edit\"), which matches the fal-ai/nano-banana-2/edit page read for this catalog; this page itself was not read."
          },
          {
            "charge": "base",
            "unit": "image",
            "amount": "0.08",
            "per": "1",
            "when": {
              "resolution": "1K"
            },
            "source": "https://fal.ai/models/fal-ai/nano-banana-2/llms.txt",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "fal's text as quoted in public code (and fal's pricing API figure, $0.08, reported there); page not read."
          },
          {
            "charge": "base",
            "unit": "image",
            "amount": "0.12",
            "per": "1",
            "when": {
              "resolution": "2K"
            },
            "source": "https://fal.ai/models/fal-ai/nano-banana-2/llms.txt",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "1.5 x $0.08, per fal's text as quoted in public code; page not read."
          },
          {
            "charge": "base",
            "unit": "image",
            "amount": "0.16",
            "per": "1",
            "when": {
              "resolution": "4K"
            },
            "source": "https://fal.ai/models/fal-ai/nano-banana-2/llms.txt",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "2 x $0.08, per fal's text as quoted in public code; page not read."
          }
        ],
        "note": "Web search adds $0.015 and high thinking $0.002 per request; neither is priced here."
      },
      {
        "id": "fal-ai/clarity-upscaler",
        "name": "Clarity Upscaler",
        "kind": "image",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "megapixel",
            "amount": "0.03",
            "per": "1",
            "pixelsPerMegapixel": "1048576",
            "when": {},
            "source": "https://fal.ai/models/fal-ai/clarity-upscaler/llms.txt",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": true,
            "note": "fal: \"$0.03 per megapixels\". fal says neither whether it counts the input or the upscaled output nor how it rounds; priced on the width x height the workload states (give the output size), unrounded, with 1,048,576 pixels a megapixel as for flux/dev."
          }
        ]
      },
      {
        "id": "fal-ai/flux/dev/image-to-image",
        "name": "FLUX.1 [dev] image to image",
        "kind": "image",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "megapixel",
            "amount": "0.025",
            "per": "1",
            "pixelsPerMegapixel": "1048576",
            "when": {},
            "rounding": {
              "mode": "ceil",
              "step": "1",
              "scope": "request"
            },
            "source": "https://fal.ai/models/fal-ai/flux/dev/image-to-image",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "$0.025 per megapixel for fal-ai/flux-1/dev/image-to-image in a third-party reseller's copy of fal's prices (https://oauth.openai-hk.com/docs/en/lab/fal-ai.html), not confirmed on fal's page; rounding and megapixel size assumed as for flux/dev."
          }
        ]
      },
      {
        "id": "fal-ai/bytedance/seedream/v5/lite/text-to-image",
        "name": "Seedream 5 Lite",
        "kind": "image",
        "aliases": [
          "fal-ai/bytedance/seedream/v5/lite/edit"
        ],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "image",
            "amount": "0.035",
            "per": "1",
            "when": {},
            "source": "https://fal.ai/models/fal-ai/bytedance/seedream/v5/lite/text-to-image/llms.txt",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "fal's \"Price: $0.035 per images\", text to image and /edit alike, as quoted in a public price table; fal's page itself was not read."
          }
        ]
      },
      {
        "id": "fal-ai/bytedance/seedream/v4/edit",
        "name": "Seedream 4.0 Edit",
        "kind": "image",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "image",
            "amount": "0.03",
            "per": "1",
            "when": {},
            "source": "https://fal.ai/models/fal-ai/bytedance/seedream/v4/edit",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "fal's \"Price: $0.03 per images\", text to image and /edit alike, as quoted in a public price table; fal's page itself was not read."
          }
        ]
      },
      {
        "id": "fal-ai/ideogram/v3",
        "name": "Ideogram V3",
        "kind": "image",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "image",
            "amount": "0.03",
            "per": "1",
            "when": {
              "quality": "TURBO"
            },
            "source": "https://fal.ai/models/fal-ai/ideogram/v3/llms.txt",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "fal's \"$0.03 with TURBO, $0.06 with BALANCED, and $0.09 with QUALITY\" as quoted in a public price table; fal's page itself was not read."
          },
          {
            "charge": "base",
            "unit": "image",
            "amount": "0.06",
            "per": "1",
            "when": {
              "quality": "BALANCED"
            },
            "source": "https://fal.ai/models/fal-ai/ideogram/v3/llms.txt",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "fal's text as quoted in a public price table; fal's page not read."
          },
          {
            "charge": "base",
            "unit": "image",
            "amount": "0.09",
            "per": "1",
            "when": {
              "quality": "QUALITY"
            },
            "source": "https://fal.ai/models/fal-ai/ideogram/v3/llms.txt",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "fal's text as quoted in a public price table; fal's page not read."
          }
        ],
        "note": "The quality attribute is fal's rendering_speed (TURBO, BALANCED or QUALITY)."
      },
      {
        "id": "fal-ai/minimax/hailuo-02/standard/image-to-video",
        "name": "MiniMax Hailuo 02 Standard image to video",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.045",
            "per": "1",
            "when": {
              "resolution": "768P"
            },
            "source": "https://fal.ai/models/fal-ai/minimax/hailuo-02/standard/image-to-video",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "$0.045 per second at 768P. From the December 2026 audit of fal's model pages; not re-read for this entry. Other resolutions stay unpriced."
          }
        ]
      },
      {
        "id": "fal-ai/minimax/hailuo-2.3/standard/text-to-video",
        "name": "MiniMax Hailuo 2.3 Standard text to video",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "allowed": {
          "seconds": [
            6,
            10
          ]
        },
        "rates": [
          {
            "charge": "base",
            "unit": "video",
            "amount": "0.28",
            "per": "1",
            "when": {
              "seconds": 6
            },
            "source": "https://fal.ai/models/fal-ai/minimax/hailuo-2.3/standard/text-to-video",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "$0.28 per 6 s video. From the December 2026 audit of fal's model pages; not re-read for this entry."
          },
          {
            "charge": "base",
            "unit": "video",
            "amount": "0.56",
            "per": "1",
            "when": {
              "seconds": 10
            },
            "source": "https://fal.ai/models/fal-ai/minimax/hailuo-2.3/standard/text-to-video",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "$0.56 per 10 s video. From the December 2026 audit of fal's model pages; not re-read for this entry."
          }
        ]
      },
      {
        "id": "fal-ai/veo3.1/reference-to-video",
        "name": "Veo 3.1 reference to video",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.20",
            "per": "1",
            "when": {
              "resolution": [
                "720p",
                "1080p"
              ],
              "audio": false
            },
            "source": "https://fal.ai/models/fal-ai/veo3.1/reference-to-video/llms.txt",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": true
          },
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.40",
            "per": "1",
            "when": {
              "resolution": [
                "720p",
                "1080p"
              ],
              "audio": true
            },
            "source": "https://fal.ai/models/fal-ai/veo3.1/reference-to-video/llms.txt",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": true
          },
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.40",
            "per": "1",
            "when": {
              "resolution": "4K",
              "audio": false
            },
            "source": "https://fal.ai/models/fal-ai/veo3.1/reference-to-video/llms.txt",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": true
          },
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.60",
            "per": "1",
            "when": {
              "resolution": "4K",
              "audio": true
            },
            "source": "https://fal.ai/models/fal-ai/veo3.1/reference-to-video/llms.txt",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": true
          }
        ]
      },
      {
        "id": "fal-ai/veo3.1/fast/first-last-frame-to-video",
        "name": "Veo 3.1 Fast first/last frame to video",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.10",
            "per": "1",
            "when": {
              "resolution": [
                "720p",
                "1080p"
              ],
              "audio": false
            },
            "source": "https://fal.ai/models/fal-ai/veo3.1/fast/first-last-frame-to-video/llms.txt",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": true
          },
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.15",
            "per": "1",
            "when": {
              "resolution": [
                "720p",
                "1080p"
              ],
              "audio": true
            },
            "source": "https://fal.ai/models/fal-ai/veo3.1/fast/first-last-frame-to-video/llms.txt",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": true
          },
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.30",
            "per": "1",
            "when": {
              "resolution": "4K",
              "audio": false
            },
            "source": "https://fal.ai/models/fal-ai/veo3.1/fast/first-last-frame-to-video/llms.txt",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": true
          },
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.35",
            "per": "1",
            "when": {
              "resolution": "4K",
              "audio": true
            },
            "source": "https://fal.ai/models/fal-ai/veo3.1/fast/first-last-frame-to-video/llms.txt",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": true
          }
        ]
      },
      {
        "id": "fal-ai/veo3.1/image-to-video",
        "name": "Veo 3.1 image to video",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.20",
            "per": "1",
            "when": {
              "resolution": [
                "720p",
                "1080p"
              ],
              "audio": false
            },
            "source": "https://fal.ai/models/fal-ai/veo3.1/image-to-video",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "fal's page for this endpoint was not read; a third-party guide (https://videopromptkit.com/blog/veo3-1-overview-veo-3-1-model-overview-with-practical-production-steps) says it costs what fal-ai/veo3.1 costs."
          },
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.40",
            "per": "1",
            "when": {
              "resolution": [
                "720p",
                "1080p"
              ],
              "audio": true
            },
            "source": "https://fal.ai/models/fal-ai/veo3.1/image-to-video",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "Same price as fal-ai/veo3.1 per a third-party guide; fal's page for this endpoint not read."
          },
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.40",
            "per": "1",
            "when": {
              "resolution": "4K",
              "audio": false
            },
            "source": "https://fal.ai/models/fal-ai/veo3.1/image-to-video",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "Same price as fal-ai/veo3.1 per a third-party guide; fal's page for this endpoint not read."
          },
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.60",
            "per": "1",
            "when": {
              "resolution": "4K",
              "audio": true
            },
            "source": "https://fal.ai/models/fal-ai/veo3.1/image-to-video",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "Same price as fal-ai/veo3.1 per a third-party guide; fal's page for this endpoint not read."
          }
        ]
      },
      {
        "id": "fal-ai/sora-2/text-to-video",
        "name": "Sora 2 text to video",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.1",
            "per": "1",
            "when": {},
            "source": "https://fal.ai/models/fal-ai/sora-2/text-to-video/llms.txt",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": true,
            "note": "fal: $0.1 per second for Sora 2 (durations 4, 8, 12, 16 or 20 s)."
          }
        ]
      },
      {
        "id": "fal-ai/sora-2/text-to-video/pro",
        "name": "Sora 2 Pro text to video",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.30",
            "per": "1",
            "when": {
              "resolution": "720p"
            },
            "source": "https://fal.ai/docs/model-api-reference/video-generation-api/sora-2-text-to-video",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "From the performance table of fal's API reference ($0.30/s at 720p, $0.50/s at 1080p); the table's text is garbled, so the figures are not confirmed."
          },
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.50",
            "per": "1",
            "when": {
              "resolution": "1080p"
            },
            "source": "https://fal.ai/docs/model-api-reference/video-generation-api/sora-2-text-to-video",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "From the performance table of fal's API reference ($0.30/s at 720p, $0.50/s at 1080p); the table's text is garbled, so the figures are not confirmed."
          }
        ]
      },
      {
        "id": "fal-ai/kling-video/v2.6/pro/image-to-video",
        "name": "Kling 2.6 Pro image to video",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.07",
            "per": "1",
            "when": {
              "seconds": [
                5,
                10
              ],
              "audio": false
            },
            "source": "https://fal.ai/models/fal-ai/kling-video/v2.6/pro/image-to-video/llms.txt",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": true
          },
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.14",
            "per": "1",
            "when": {
              "seconds": [
                5,
                10
              ],
              "audio": true
            },
            "source": "https://fal.ai/models/fal-ai/kling-video/v2.6/pro/image-to-video/llms.txt",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": true,
            "note": "fal: $0.07/s without audio, $0.14/s with native audio; with audio and voice control (voice_ids) $0.168/s, which is not priced here."
          }
        ],
        "note": "fal accepts durations of 5 or 10 s only."
      },
      {
        "id": "fal-ai/kling-video/v2.5-turbo/standard/image-to-video",
        "name": "Kling 2.5 Turbo Standard image to video",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "allowed": {
          "seconds": [
            5,
            10
          ]
        },
        "rates": [
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.042",
            "per": "1",
            "when": {},
            "included": {
              "quantity": "5",
              "amount": "0.21"
            },
            "source": "https://fal.ai/models/fal-ai/kling-video/v2.5-turbo/standard/image-to-video/llms.txt",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": true,
            "note": "fal: $0.21 for 5 s, then $0.042 per extra second; fal accepts 5 or 10 s."
          }
        ]
      },
      {
        "id": "fal-ai/kling-video/v2.1/pro/image-to-video",
        "name": "Kling 2.1 Pro image to video",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.098",
            "per": "1",
            "when": {
              "seconds": [
                5,
                10
              ]
            },
            "source": "https://fal.ai/models/fal-ai/kling-video/v2.1/pro/image-to-video/llms.txt",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": true,
            "note": "fal: $0.49 for 5 s, then $0.098 per extra second; fal accepts 5 or 10 s, so this is exactly $0.098 per second."
          }
        ]
      },
      {
        "id": "fal-ai/kling-video/v2.1/standard/image-to-video",
        "name": "Kling 2.1 Standard image to video",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.056",
            "per": "1",
            "when": {
              "seconds": [
                5,
                10
              ]
            },
            "source": "https://fal.ai/models/fal-ai/kling-video/v2.1/standard/image-to-video/llms.txt",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": true,
            "note": "fal: $0.28 for 5 s, then $0.056 per extra second; fal accepts 5 or 10 s, so this is exactly $0.056 per second."
          }
        ]
      },
      {
        "id": "fal-ai/wan-25-preview/text-to-video",
        "name": "Wan 2.5 Preview",
        "kind": "video",
        "aliases": [
          "fal-ai/wan-25-preview/image-to-video"
        ],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.05",
            "per": "1",
            "when": {
              "resolution": "480p"
            },
            "source": "https://fal.ai/models/fal-ai/wan-25-preview/text-to-video",
            "checkedAt": "2026-11-21",
            "effectiveFrom": "2026-11-21",
            "basis": "published",
            "verified": true
          },
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.10",
            "per": "1",
            "when": {
              "resolution": "720p"
            },
            "source": "https://fal.ai/models/fal-ai/wan-25-preview/text-to-video",
            "checkedAt": "2026-11-21",
            "effectiveFrom": "2026-11-21",
            "basis": "published",
            "verified": true
          },
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.15",
            "per": "1",
            "when": {
              "resolution": "1080p"
            },
            "source": "https://fal.ai/models/fal-ai/wan-25-preview/text-to-video",
            "checkedAt": "2026-11-21",
            "effectiveFrom": "2026-11-21",
            "basis": "published",
            "verified": true
          }
        ]
      },
      {
        "id": "fal-ai/kling-video/v2.5-turbo/pro/image-to-video",
        "name": "Kling 2.5 Turbo Pro",
        "kind": "video",
        "aliases": [
          "fal-ai/kling-video/v2.5-turbo/pro/text-to-video"
        ],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.07",
            "per": "1",
            "when": {},
            "included": {
              "quantity": "5",
              "amount": "0.35"
            },
            "source": "https://fal.ai/models/fal-ai/kling-video/v2.5-turbo/pro/image-to-video",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-11-21",
            "basis": "published",
            "verified": true,
            "note": "$0.35 for the first 5 s of each clip, then $0.07 per extra second."
          }
        ]
      },
      {
        "id": "fal-ai/veo3",
        "name": "Veo 3",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.20",
            "per": "1",
            "when": {
              "audio": false
            },
            "source": "https://fal.ai/models/fal-ai/veo3",
            "checkedAt": "2026-11-21",
            "effectiveFrom": "2026-11-21",
            "basis": "published",
            "verified": true
          },
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.40",
            "per": "1",
            "when": {
              "audio": true
            },
            "source": "https://fal.ai/models/fal-ai/veo3",
            "checkedAt": "2026-11-21",
            "effectiveFrom": "2026-11-21",
            "basis": "published",
            "verified": true
          }
        ]
      },
      {
        "id": "fal-ai/veo3.1",
        "name": "Veo 3.1",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.20",
            "per": "1",
            "when": {
              "resolution": [
                "720p",
                "1080p"
              ],
              "audio": false
            },
            "source": "https://fal.ai/models/fal-ai/veo3.1",
            "checkedAt": "2026-11-21",
            "effectiveFrom": "2026-11-21",
            "basis": "published",
            "verified": true
          },
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.40",
            "per": "1",
            "when": {
              "resolution": [
                "720p",
                "1080p"
              ],
              "audio": true
            },
            "source": "https://fal.ai/models/fal-ai/veo3.1",
            "checkedAt": "2026-11-21",
            "effectiveFrom": "2026-11-21",
            "basis": "published",
            "verified": true
          },
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.40",
            "per": "1",
            "when": {
              "resolution": "4K",
              "audio": false
            },
            "source": "https://fal.ai/models/fal-ai/veo3.1",
            "checkedAt": "2026-11-21",
            "effectiveFrom": "2026-11-21",
            "basis": "published",
            "verified": true
          },
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.60",
            "per": "1",
            "when": {
              "resolution": "4K",
              "audio": true
            },
            "source": "https://fal.ai/models/fal-ai/veo3.1",
            "checkedAt": "2026-11-21",
            "effectiveFrom": "2026-11-21",
            "basis": "published",
            "verified": true
          }
        ]
      },
      {
        "id": "fal-ai/ovi",
        "name": "Ovi",
        "kind": "video",
        "aliases": [
          "fal-ai/ovi/image-to-video"
        ],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "video",
            "amount": "0.20",
            "per": "1",
            "when": {},
            "source": "https://fal.ai/models/fal-ai/ovi",
            "checkedAt": "2026-11-21",
            "effectiveFrom": "2026-11-21",
            "basis": "published",
            "verified": true
          }
        ]
      },
      {
        "id": "fal-ai/veo3/fast",
        "name": "Veo 3 Fast",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.10",
            "per": "1",
            "when": {
              "audio": false
            },
            "source": "https://fal.ai/models/fal-ai/veo3/fast/llms.txt",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "$0.10/s without audio, $0.15/s with, from a third-party price list that cites this page and fal's pricing API ($0.15 per second); fal's page itself was not read."
          },
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.15",
            "per": "1",
            "when": {
              "audio": true
            },
            "source": "https://fal.ai/models/fal-ai/veo3/fast/llms.txt",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "From a third-party price list citing this page and fal's pricing API; fal's page not read."
          }
        ]
      },
      {
        "id": "fal-ai/veo3.1/fast",
        "name": "Veo 3.1 Fast",
        "kind": "video",
        "aliases": [
          "fal-ai/veo3.1/fast/image-to-video"
        ],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.10",
            "per": "1",
            "when": {
              "resolution": [
                "720p",
                "1080p"
              ],
              "audio": false
            },
            "source": "https://fal.ai/models/fal-ai/veo3.1/fast/llms.txt",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "From a third-party digest of fal's Veo 3.1 pages; this page itself was not read."
          },
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.15",
            "per": "1",
            "when": {
              "resolution": [
                "720p",
                "1080p"
              ],
              "audio": true
            },
            "source": "https://fal.ai/models/fal-ai/veo3.1/fast/llms.txt",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "From a third-party digest of fal's Veo 3.1 pages; this page itself was not read."
          },
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.30",
            "per": "1",
            "when": {
              "resolution": "4K",
              "audio": false
            },
            "source": "https://fal.ai/models/fal-ai/veo3.1/fast/llms.txt",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "From a third-party digest of fal's Veo 3.1 pages; this page itself was not read."
          },
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.35",
            "per": "1",
            "when": {
              "resolution": "4K",
              "audio": true
            },
            "source": "https://fal.ai/models/fal-ai/veo3.1/fast/llms.txt",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "From a third-party digest of fal's Veo 3.1 pages; this page itself was not read."
          }
        ],
        "note": "Text to video and image to video. A third-party digest of fal's Veo 3.1 pages gives one Fast price for fast, fast/image-to-video and fast/first-last-frame-to-video; the last of these was read on fal's page and its figures are the same."
      },
      {
        "id": "fal-ai/veo3.1/first-last-frame-to-video",
        "name": "Veo 3.1 first/last frame to video",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.20",
            "per": "1",
            "when": {
              "resolution": [
                "720p",
                "1080p"
              ],
              "audio": false
            },
            "source": "https://fal.ai/models/fal-ai/veo3.1/first-last-frame-to-video/llms.txt",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "From a third-party digest of fal's Veo 3.1 pages; this page itself was not read."
          },
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.40",
            "per": "1",
            "when": {
              "resolution": [
                "720p",
                "1080p"
              ],
              "audio": true
            },
            "source": "https://fal.ai/models/fal-ai/veo3.1/first-last-frame-to-video/llms.txt",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "From a third-party digest of fal's Veo 3.1 pages; this page itself was not read."
          },
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.40",
            "per": "1",
            "when": {
              "resolution": "4K",
              "audio": false
            },
            "source": "https://fal.ai/models/fal-ai/veo3.1/first-last-frame-to-video/llms.txt",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "From a third-party digest of fal's Veo 3.1 pages; this page itself was not read."
          },
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.60",
            "per": "1",
            "when": {
              "resolution": "4K",
              "audio": true
            },
            "source": "https://fal.ai/models/fal-ai/veo3.1/first-last-frame-to-video/llms.txt",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "From a third-party digest of fal's Veo 3.1 pages; this page itself was not read."
          }
        ],
        "note": "A third-party digest of fal's Veo 3.1 pages gives one Standard price for veo3.1, image-to-video and first-last-frame-to-video (the same as fal-ai/veo3.1)."
      },
      {
        "id": "fal-ai/bytedance/omnihuman/v1.5",
        "name": "OmniHuman 1.5",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.16",
            "per": "1",
            "when": {},
            "source": "https://fal.ai/learn/devs/omnihuman-15-user-guide",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": true,
            "note": "fal's OmniHuman 1.5 guide: \"$0.16/second\", one rate at 720p and 1080p."
          }
        ],
        "note": "The video is as long as the input audio (at most 60 s at 720p, 30 s at 1080p): give that length as seconds."
      },
      {
        "id": "fal-ai/minimax/video-01",
        "name": "MiniMax Video-01",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "video",
            "amount": "0.5",
            "per": "1",
            "when": {},
            "source": "https://fal.ai/models/fal-ai/minimax/video-01",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "fal's \"Your request will cost $0.5 per video.\" as quoted in public code; fal's page itself was not read."
          }
        ]
      },
      {
        "id": "fal-ai/kling-video/v3/pro/text-to-video",
        "name": "Kling 3.0 Pro",
        "kind": "video",
        "aliases": [
          "fal-ai/kling-video/v3/pro/image-to-video"
        ],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.112",
            "per": "1",
            "when": {
              "audio": false
            },
            "source": "https://fal.ai/models/fal-ai/kling-video/v3/pro/text-to-video/llms.txt",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "$0.112/s without audio, $0.168/s with, as two public price lists quote fal's page (one notes fal's pricing API reports a single $0.14/s); fal's page itself was not read."
          },
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.168",
            "per": "1",
            "when": {
              "audio": true
            },
            "source": "https://fal.ai/models/fal-ai/kling-video/v3/pro/text-to-video/llms.txt",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "As quoted from fal's page in public price lists; fal's page not read."
          }
        ],
        "note": "With voice control (voice_ids) fal charges $0.196/s, which is not priced here. A third-party digest of fal's pages gives one Pro price for text to video and image to video."
      },
      {
        "id": "fal-ai/kling-video/v3/standard/image-to-video",
        "name": "Kling 3.0 Standard",
        "kind": "video",
        "aliases": [
          "fal-ai/kling-video/v3/standard/text-to-video"
        ],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.084",
            "per": "1",
            "when": {
              "audio": false
            },
            "source": "https://fal.ai/models/fal-ai/kling-video/v3/standard/image-to-video/llms.txt",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "$0.084/s without audio, $0.126/s with, as public price lists quote fal's page; fal's pricing API is reported to give $0.14/s instead. fal's page itself was not read."
          },
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.126",
            "per": "1",
            "when": {
              "audio": true
            },
            "source": "https://fal.ai/models/fal-ai/kling-video/v3/standard/image-to-video/llms.txt",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "Page figure as quoted in public price lists; one of them reports fal's pricing API at $0.14/s for this model."
          }
        ],
        "note": "With voice control fal charges $0.154/s, which is not priced here. A third-party digest of fal's pages gives one Standard price for text to video and image to video."
      },
      {
        "id": "fal-ai/bria/background/remove",
        "name": "Bria RMBG 2.0 (background removal)",
        "kind": "other",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "request",
            "amount": "0.018",
            "per": "1",
            "when": {},
            "source": "https://fal.ai/models/fal-ai/bria/background/remove",
            "checkedAt": "2026-11-21",
            "effectiveFrom": "2026-11-21",
            "basis": "published",
            "verified": false,
            "note": "Per-request figure from a third-party model table, not yet confirmed on fal's model page."
          }
        ]
      },
      {
        "id": "fal-ai/trellis",
        "name": "Trellis (image to 3D)",
        "kind": "other",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "request",
            "amount": "0.02",
            "per": "1",
            "when": {},
            "source": "https://fal.ai/models/fal-ai/trellis",
            "checkedAt": "2026-11-21",
            "effectiveFrom": "2026-11-21",
            "basis": "published",
            "verified": false,
            "note": "Per-request figure from a third-party model table, not yet confirmed on fal's model page."
          }
        ]
      },
      {
        "id": "fal-ai/pixverse/v6/extend",
        "name": "PixVerse v6 Extend",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.025",
            "per": "1",
            "when": {
              "resolution": "360p",
              "audio": false
            },
            "source": "https://fal.ai/models/fal-ai/pixverse/v6/extend/llms.txt",
            "checkedAt": "2026-11-21",
            "effectiveFrom": "2026-11-21",
            "basis": "published",
            "verified": true
          },
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.035",
            "per": "1",
            "when": {
              "resolution": "360p",
              "audio": true
            },
            "source": "https://fal.ai/models/fal-ai/pixverse/v6/extend/llms.txt",
            "checkedAt": "2026-11-21",
            "effectiveFrom": "2026-11-21",
            "basis": "published",
            "verified": true
          },
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.035",
            "per": "1",
            "when": {
              "resolution": "540p",
              "audio": false
            },
            "source": "https://fal.ai/models/fal-ai/pixverse/v6/extend/llms.txt",
            "checkedAt": "2026-11-21",
            "effectiveFrom": "2026-11-21",
            "basis": "published",
            "verified": true
          },
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.045",
            "per": "1",
            "when": {
              "resolution": "540p",
              "audio": true
            },
            "source": "https://fal.ai/models/fal-ai/pixverse/v6/extend/llms.txt",
            "checkedAt": "2026-11-21",
            "effectiveFrom": "2026-11-21",
            "basis": "published",
            "verified": true
          },
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.045",
            "per": "1",
            "when": {
              "resolution": "720p",
              "audio": false
            },
            "source": "https://fal.ai/models/fal-ai/pixverse/v6/extend/llms.txt",
            "checkedAt": "2026-11-21",
            "effectiveFrom": "2026-11-21",
            "basis": "published",
            "verified": true
          },
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.060",
            "per": "1",
            "when": {
              "resolution": "720p",
              "audio": true
            },
            "source": "https://fal.ai/models/fal-ai/pixverse/v6/extend/llms.txt",
            "checkedAt": "2026-11-21",
            "effectiveFrom": "2026-11-21",
            "basis": "published",
            "verified": true
          },
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.090",
            "per": "1",
            "when": {
              "resolution": "1080p",
              "audio": false
            },
            "source": "https://fal.ai/models/fal-ai/pixverse/v6/extend/llms.txt",
            "checkedAt": "2026-11-21",
            "effectiveFrom": "2026-11-21",
            "basis": "published",
            "verified": true
          },
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.115",
            "per": "1",
            "when": {
              "resolution": "1080p",
              "audio": true
            },
            "source": "https://fal.ai/models/fal-ai/pixverse/v6/extend/llms.txt",
            "checkedAt": "2026-11-21",
            "effectiveFrom": "2026-11-21",
            "basis": "published",
            "verified": true
          }
        ]
      },
      {
        "id": "fal-ai/elevenlabs/tts/multilingual-v2",
        "name": "ElevenLabs TTS Multilingual v2",
        "kind": "audio",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "character",
            "amount": "0.10",
            "per": "1000",
            "when": {},
            "source": "https://fal.ai/models/fal-ai/elevenlabs/tts/multilingual-v2/llms.txt",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "$0.10 per 1,000 characters, as a public price list quotes fal's page and pricing API; fal's page itself was not read."
          }
        ]
      },
      {
        "id": "fal-ai/elevenlabs/tts/turbo-v2.5",
        "name": "ElevenLabs TTS Turbo v2.5",
        "kind": "audio",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "character",
            "amount": "0.05",
            "per": "1000",
            "when": {},
            "source": "https://fal.ai/models/fal-ai/elevenlabs/tts/turbo-v2.5/llms.txt",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "$0.05 per 1,000 characters, as a public price list quotes fal's page and pricing API; fal's page itself was not read."
          }
        ]
      },
      {
        "id": "fal-ai/minimax/speech-2.8-hd",
        "name": "MiniMax Speech 2.8 [HD]",
        "kind": "audio",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "character",
            "amount": "0.1",
            "per": "1000",
            "when": {},
            "source": "https://fal.ai/models/fal-ai/minimax/speech-2.8-hd/llms.txt",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": true,
            "note": "fal: $0.1 per 1000 characters."
          }
        ]
      },
      {
        "id": "fal-ai/flux-pro/v1.1",
        "name": "FLUX1.1 [pro]",
        "kind": "image",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "image",
            "amount": "0.04",
            "per": "1",
            "when": {},
            "source": "https://fal.ai/models/fal-ai/flux-pro/v1.1",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "$0.04 per image as two price lists quote fal (https://oauth.openai-hk.com/docs/en/lab/fal-ai.html, https://lumenfall.ai/models/black-forest-labs/flux1.1-pro); another (https://skillspool.org/zh/skills/joernstoehler-dnd-claude-code-claude-skills-fal-flux-prompting-skill-md) says $0.055 per megapixel. fal's page not read."
          }
        ]
      },
      {
        "id": "fal-ai/flux-kontext-lora",
        "name": "FLUX.1 Kontext [dev] with LoRAs",
        "kind": "image",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "megapixel",
            "amount": "0.035",
            "per": "1",
            "pixelsPerMegapixel": "1048576",
            "when": {},
            "rounding": {
              "mode": "ceil",
              "step": "1",
              "scope": "request"
            },
            "source": "https://fal.ai/models/fal-ai/flux-kontext-lora",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "$0.035 per megapixel from a third-party table (https://skillspool.org/zh/skills/joernstoehler-dnd-claude-code-claude-skills-fal-flux-prompting-skill-md), not confirmed on fal's page; fal rounds up to the megapixel and does not define it (1,048,576 px as for flux/dev)."
          }
        ]
      },
      {
        "id": "fal-ai/flux-2-flex",
        "name": "FLUX.2 [flex]",
        "kind": "image",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "megapixel",
            "amount": "0.05",
            "per": "1",
            "pixelsPerMegapixel": "1048576",
            "when": {},
            "rounding": {
              "mode": "ceil",
              "step": "1",
              "scope": "request"
            },
            "source": "https://fal.ai/models/fal-ai/flux-2-flex",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "$0.05 per megapixel from third-party tables (https://skillspool.org/zh/skills/joernstoehler-dnd-claude-code-claude-skills-fal-flux-prompting-skill-md, https://www.infr.sh/api/v/flux-2-flex), not confirmed on fal's page. They say input megapixels are billed too; only the output is counted here."
          }
        ]
      },
      {
        "id": "fal-ai/recraft/v3/text-to-image",
        "name": "Recraft V3 text to image",
        "kind": "image",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "image",
            "amount": "0.04",
            "per": "1",
            "when": {},
            "source": "https://fal.ai/models/fal-ai/recraft/v3/text-to-image",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "$0.04 per image as the December 2026 audit and a public model list (https://keigit.com/keisei/KeiSeiKit-1.0/raw/commit/596e0b20a157648349d5522cff59229e8d71da71/_blocks/api-fal-ai.md) quote fal; fal's page not read. Vector styles may cost more."
          }
        ]
      },
      {
        "id": "fal-ai/kling-video/v1.6/standard/image-to-video",
        "name": "Kling 1.6 Standard image to video",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.045",
            "per": "1",
            "when": {
              "seconds": [
                5,
                10
              ]
            },
            "source": "https://fal.ai/models/fal-ai/kling-video/v1.6/standard/image-to-video",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "$0.045 per second as a reseller's table quotes fal (https://oauth.openai-hk.com/docs/en/lab/fal-ai.html); fal's page not read. fal accepts 5 or 10 s."
          }
        ]
      },
      {
        "id": "fal-ai/kling-video/v1.6/pro/image-to-video",
        "name": "Kling 1.6 Pro image to video",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.095",
            "per": "1",
            "when": {
              "seconds": [
                5,
                10
              ]
            },
            "source": "https://fal.ai/models/fal-ai/kling-video/v1.6/pro/image-to-video",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "$0.095 per second as a reseller's table quotes fal (https://oauth.openai-hk.com/docs/en/lab/fal-ai.html); fal's page not read. fal accepts 5 or 10 s."
          }
        ]
      },
      {
        "id": "fal-ai/kling-video/v2.1/master/image-to-video",
        "name": "Kling 2.1 Master image to video",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.28",
            "per": "1",
            "when": {
              "seconds": [
                5,
                10
              ]
            },
            "source": "https://fal.ai/models/fal-ai/kling-video/v2.1/master/image-to-video",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "$0.28 per second as a reseller's table quotes fal (https://oauth.openai-hk.com/docs/en/lab/fal-ai.html); fal's page not read. That table lists v2.1 pro at $0.09/s where fal says $0.098/s, so it may lag. fal accepts 5 or 10 s."
          }
        ]
      },
      {
        "id": "fal-ai/kling-video/v2.1/master/text-to-video",
        "name": "Kling 2.1 Master text to video",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.28",
            "per": "1",
            "when": {
              "seconds": [
                5,
                10
              ]
            },
            "source": "https://fal.ai/models/fal-ai/kling-video/v2.1/master/text-to-video",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "$0.28 per second as a reseller's table quotes fal (https://oauth.openai-hk.com/docs/en/lab/fal-ai.html); fal's page not read. fal accepts 5 or 10 s."
          }
        ]
      },
      {
        "id": "fal-ai/sora-2/image-to-video",
        "name": "Sora 2 image to video",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.1",
            "per": "1",
            "when": {
              "seconds": [
                4,
                8,
                12
              ]
            },
            "source": "https://fal.ai/models/fal-ai/sora-2/image-to-video/llms.txt",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": true,
            "note": "fal: \"The pricing is $0.1/s for Sora 2.\""
          }
        ],
        "note": "fal accepts durations of 4, 8 or 12 s."
      },
      {
        "id": "fal-ai/elevenlabs/text-to-dialogue/eleven-v3",
        "name": "ElevenLabs text to dialogue (Eleven v3)",
        "kind": "audio",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "character",
            "amount": "0.1",
            "per": "1000",
            "when": {},
            "source": "https://fal.ai/models/fal-ai/elevenlabs/text-to-dialogue/eleven-v3/llms.txt",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": true,
            "note": "fal: $0.1 per 1000 characters (all dialogue blocks together)."
          }
        ]
      },
      {
        "id": "fal-ai/luma-dream-machine/ray-2-flash",
        "name": "Luma Ray 2 Flash text to video",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "video",
            "amount": "0.2",
            "per": "1",
            "when": {
              "seconds": 5,
              "resolution": "540p"
            },
            "source": "https://fal.ai/models/fal-ai/luma-dream-machine/ray-2-flash/llms.txt",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": true,
            "note": "fal: $0.2 per 5 s at 540p; 720p costs 2x, 1080p 4x; 9 s costs 2x."
          },
          {
            "charge": "base",
            "unit": "video",
            "amount": "0.4",
            "per": "1",
            "when": {
              "seconds": 5,
              "resolution": "720p"
            },
            "source": "https://fal.ai/models/fal-ai/luma-dream-machine/ray-2-flash/llms.txt",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": true,
            "note": "fal: $0.2 per 5 s at 540p; 720p costs 2x, 1080p 4x; 9 s costs 2x."
          },
          {
            "charge": "base",
            "unit": "video",
            "amount": "0.8",
            "per": "1",
            "when": {
              "seconds": 5,
              "resolution": "1080p"
            },
            "source": "https://fal.ai/models/fal-ai/luma-dream-machine/ray-2-flash/llms.txt",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": true,
            "note": "fal: $0.2 per 5 s at 540p; 720p costs 2x, 1080p 4x; 9 s costs 2x."
          },
          {
            "charge": "base",
            "unit": "video",
            "amount": "0.4",
            "per": "1",
            "when": {
              "seconds": 9,
              "resolution": "540p"
            },
            "source": "https://fal.ai/models/fal-ai/luma-dream-machine/ray-2-flash/llms.txt",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": true,
            "note": "fal: $0.2 per 5 s at 540p; 720p costs 2x, 1080p 4x; 9 s costs 2x."
          },
          {
            "charge": "base",
            "unit": "video",
            "amount": "0.8",
            "per": "1",
            "when": {
              "seconds": 9,
              "resolution": "720p"
            },
            "source": "https://fal.ai/models/fal-ai/luma-dream-machine/ray-2-flash/llms.txt",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": true,
            "note": "fal: $0.2 per 5 s at 540p; 720p costs 2x, 1080p 4x; 9 s costs 2x."
          },
          {
            "charge": "base",
            "unit": "video",
            "amount": "1.6",
            "per": "1",
            "when": {
              "seconds": 9,
              "resolution": "1080p"
            },
            "source": "https://fal.ai/models/fal-ai/luma-dream-machine/ray-2-flash/llms.txt",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": true,
            "note": "fal: $0.2 per 5 s at 540p; 720p costs 2x, 1080p 4x; 9 s costs 2x."
          }
        ],
        "note": "fal accepts 5 or 9 s at 540p, 720p or 1080p."
      },
      {
        "id": "fal-ai/luma-dream-machine/ray-2-flash/image-to-video",
        "name": "Luma Ray 2 Flash image to video",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "video",
            "amount": "0.2",
            "per": "1",
            "when": {
              "seconds": 5,
              "resolution": "540p"
            },
            "source": "https://fal.ai/models/fal-ai/luma-dream-machine/ray-2-flash/image-to-video/llms.txt",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": true,
            "note": "fal: $0.2 per 5 s at 540p; 720p costs 2x, 1080p 4x. fal does not say what 9 s costs here, so 9 s stays unpriced."
          },
          {
            "charge": "base",
            "unit": "video",
            "amount": "0.4",
            "per": "1",
            "when": {
              "seconds": 5,
              "resolution": "720p"
            },
            "source": "https://fal.ai/models/fal-ai/luma-dream-machine/ray-2-flash/image-to-video/llms.txt",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": true,
            "note": "fal: $0.2 per 5 s at 540p; 720p costs 2x, 1080p 4x. fal does not say what 9 s costs here, so 9 s stays unpriced."
          },
          {
            "charge": "base",
            "unit": "video",
            "amount": "0.8",
            "per": "1",
            "when": {
              "seconds": 5,
              "resolution": "1080p"
            },
            "source": "https://fal.ai/models/fal-ai/luma-dream-machine/ray-2-flash/image-to-video/llms.txt",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": true,
            "note": "fal: $0.2 per 5 s at 540p; 720p costs 2x, 1080p 4x. fal does not say what 9 s costs here, so 9 s stays unpriced."
          }
        ]
      },
      {
        "id": "fal-ai/imagen4/preview",
        "name": "Imagen 4 (preview)",
        "kind": "image",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "image",
            "amount": "0.05",
            "per": "1",
            "when": {},
            "source": "https://fal.ai/models/fal-ai/imagen4/preview",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "$0.05 per image as a competitor's comparison quotes fal (https://muapi.ai/ko/comparison/google-imagen4); fal's page not read. The fast and ultra endpoints are priced separately and not here."
          }
        ]
      },
      {
        "id": "fal-ai/minimax/speech-02-hd",
        "name": "MiniMax Speech-02 HD",
        "kind": "audio",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "character",
            "amount": "0.1",
            "per": "1000",
            "when": {},
            "source": "https://fal.ai/models/fal-ai/minimax/speech-02-hd",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "$0.10 per 1,000 characters as a pass-through gateway lists it (https://aigateway.sh/models/minimax/minimax-speech-02-hd); fal's page not read. fal prices speech-02-turbo at $0.06 and speech-2.8-hd at $0.1 per 1,000 characters."
          }
        ]
      },
      {
        "id": "fal-ai/flux-pro",
        "name": "FLUX.1 [pro]",
        "kind": "image",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "image",
            "amount": "0.05",
            "per": "1",
            "when": {},
            "source": "https://fal.ai/models/fal-ai/flux-pro",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "$0.05 per image as a gateway that calls fal with its users' own keys lists it (https://www.hiway2llm.com/docs/multimodal/multimodal-images); fal's page not read."
          }
        ]
      },
      {
        "id": "fal-ai/playai/tts/dialog",
        "name": "PlayAI text-to-speech dialog",
        "kind": "audio",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "audio_second",
            "amount": "0.05",
            "per": "60",
            "when": {},
            "source": "https://fal.ai/models/fal-ai/playai/tts/dialog/llms.txt",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": true,
            "note": "fal: $0.05 per minute of audio generated."
          }
        ]
      },
      {
        "id": "fal-gpu/H100",
        "name": "fal GPU H100",
        "kind": "gpu",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "runner_second",
            "amount": "1.89",
            "per": "3600",
            "when": {},
            "rounding": {
              "mode": "ceil",
              "step": "1",
              "scope": "request"
            },
            "source": "https://fal.ai/pricing",
            "checkedAt": "2026-11-21",
            "effectiveFrom": "2026-11-21",
            "basis": "published",
            "verified": false,
            "note": "fal shows 'as low as $1.89/h'; list price unconfirmed"
          }
        ],
        "note": "Serverless billing rules at https://docs.fal.ai/documentation/serverless/pricing."
      },
      {
        "id": "fal-gpu/H200",
        "name": "fal GPU H200",
        "kind": "gpu",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "runner_second",
            "amount": "4.50",
            "per": "3600",
            "when": {},
            "rounding": {
              "mode": "ceil",
              "step": "1",
              "scope": "request"
            },
            "range": {
              "low": "2.10",
              "note": "fal advertises 'as low as $2.10/h' for this GPU; what an account pays between that and the list price is not published"
            },
            "source": "https://fal.ai/pricing",
            "checkedAt": "2026-11-21",
            "effectiveFrom": "2026-11-21",
            "basis": "published",
            "verified": true,
            "note": "List price $4.50/h; fal also advertises 'as low as $2.10/h'."
          }
        ],
        "note": "Serverless billing rules at https://docs.fal.ai/documentation/serverless/pricing."
      },
      {
        "id": "fal-gpu/B200",
        "name": "fal GPU B200",
        "kind": "gpu",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "runner_second",
            "amount": "6.25",
            "per": "3600",
            "when": {},
            "rounding": {
              "mode": "ceil",
              "step": "1",
              "scope": "request"
            },
            "range": {
              "low": "3.49",
              "note": "fal advertises 'as low as $3.49/h' for this GPU; what an account pays between that and the list price is not published"
            },
            "source": "https://fal.ai/pricing",
            "checkedAt": "2026-11-21",
            "effectiveFrom": "2026-11-21",
            "basis": "published",
            "verified": true,
            "note": "List price $6.25/h; fal also advertises 'as low as $3.49/h'."
          }
        ],
        "note": "Serverless billing rules at https://docs.fal.ai/documentation/serverless/pricing."
      },
      {
        "id": "fal-gpu/B300",
        "name": "fal GPU B300",
        "kind": "gpu",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "runner_second",
            "amount": "8.50",
            "per": "3600",
            "when": {},
            "rounding": {
              "mode": "ceil",
              "step": "1",
              "scope": "request"
            },
            "range": {
              "low": "4.49",
              "note": "fal advertises 'as low as $4.49/h' for this GPU; what an account pays between that and the list price is not published"
            },
            "source": "https://fal.ai/pricing",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "List price $8.50/h (fal also advertises 'as low as $4.49/h'), from an audit of fal's pricing page; not re-read for this entry."
          }
        ],
        "note": "Serverless billing rules at https://docs.fal.ai/documentation/serverless/pricing."
      },
      {
        "id": "fal-gpu/RTX-PRO-6000",
        "name": "fal GPU RTX PRO 6000",
        "kind": "gpu",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "runner_second",
            "amount": "2.99",
            "per": "3600",
            "when": {},
            "rounding": {
              "mode": "ceil",
              "step": "1",
              "scope": "request"
            },
            "range": {
              "low": "1.10",
              "note": "fal advertises 'as low as $1.10/h' for this GPU; what an account pays between that and the list price is not published"
            },
            "source": "https://fal.ai/pricing",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "List price $2.99/h (fal also advertises 'as low as $1.10/h'), from an audit of fal's pricing page; not re-read for this entry."
          }
        ],
        "note": "Serverless billing rules at https://docs.fal.ai/documentation/serverless/pricing."
      },
      {
        "id": "fal-ai/bytedance/seedance/v1/pro/fast/text-to-video",
        "name": "Seedance 1.0 Pro Fast text to video",
        "kind": "video",
        "aliases": [
          "fal-ai/bytedance/seedance/v1/pro/fast/image-to-video"
        ],
        "requires": [],
        "defaults": {
          "width": 1920,
          "height": 1080,
          "fps": 24
        },
        "accepts": {},
        "allowed": {
          "seconds": [
            2,
            3,
            4,
            5,
            6,
            7,
            8,
            9,
            10,
            11,
            12
          ]
        },
        "rates": [
          {
            "charge": "base",
            "unit": "video_token",
            "amount": "1",
            "per": "1000000",
            "when": {},
            "source": "https://fal.ai/models/fal-ai/bytedance/seedance/v1/pro/fast/text-to-video/llms.txt",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": true
          }
        ],
        "note": "fal defaults to 1080p at 16:9 (1920x1080); Seedance renders 24 fps, which reproduces fal's own figure of about $0.243 for a 5 s 1080p clip. Give width and height for other resolutions."
      },
      {
        "id": "fal-ai/bytedance/seedance/v1.5/pro/text-to-video",
        "name": "Seedance 1.5 Pro text to video",
        "kind": "video",
        "aliases": [
          "fal-ai/bytedance/seedance/v1.5/pro/image-to-video"
        ],
        "requires": [],
        "defaults": {
          "width": 1280,
          "height": 720,
          "fps": 24,
          "audio": true
        },
        "accepts": {},
        "allowed": {
          "seconds": [
            4,
            5,
            6,
            7,
            8,
            9,
            10,
            11,
            12
          ]
        },
        "rates": [
          {
            "charge": "base",
            "unit": "video_token",
            "amount": "2.4",
            "per": "1000000",
            "when": {
              "audio": true
            },
            "source": "https://fal.ai/models/fal-ai/bytedance/seedance/v1.5/pro/text-to-video/llms.txt",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": true
          },
          {
            "charge": "base",
            "unit": "video_token",
            "amount": "1.2",
            "per": "1000000",
            "when": {
              "audio": false
            },
            "source": "https://fal.ai/models/fal-ai/bytedance/seedance/v1.5/pro/text-to-video/llms.txt",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": true
          }
        ],
        "note": "fal defaults to 720p at 16:9 (1280x720) with audio; 24 fps reproduces fal's figure of about $0.26 for a 5 s 720p clip with audio. Give width and height for other resolutions."
      },
      {
        "id": "fal-ai/wan-i2v",
        "name": "Wan 2.1 image to video",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {
          "frames": 81
        },
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "video",
            "amount": "0.20",
            "per": "1",
            "when": {
              "resolution": "480p",
              "frames": {
                "lte": 81
              }
            },
            "source": "https://fal.ai/models/fal-ai/wan-i2v/llms.txt",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": true,
            "note": "$0.2 per 480p video at up to the default frames."
          },
          {
            "charge": "base",
            "unit": "video",
            "amount": "0.25",
            "per": "1",
            "when": {
              "resolution": "480p",
              "frames": {
                "gt": 81
              }
            },
            "source": "https://fal.ai/models/fal-ai/wan-i2v/llms.txt",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": true,
            "note": "1.25 x $0.2: more than the default frames cost 1.25x."
          },
          {
            "charge": "base",
            "unit": "video",
            "amount": "0.40",
            "per": "1",
            "when": {
              "resolution": "720p",
              "frames": {
                "lte": 81
              }
            },
            "source": "https://fal.ai/models/fal-ai/wan-i2v/llms.txt",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": true,
            "note": "$0.4 per 720p video at up to the default frames."
          },
          {
            "charge": "base",
            "unit": "video",
            "amount": "0.50",
            "per": "1",
            "when": {
              "resolution": "720p",
              "frames": {
                "gt": 81
              }
            },
            "source": "https://fal.ai/models/fal-ai/wan-i2v/llms.txt",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": true,
            "note": "1.25 x $0.4: more than the default frames cost 1.25x."
          }
        ],
        "note": "fal: $0.2 at 480p, $0.4 at 720p per video; more than the default frames cost 1.25x. The default of 81 frames is Wan 2.1's; fal's page excerpt does not restate it."
      },
      {
        "id": "fal-ai/heygen/avatar4/image-to-video",
        "name": "HeyGen Photo Avatar 4 image to video",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.1",
            "per": "1",
            "when": {},
            "source": "https://fal.ai/models/fal-ai/heygen/avatar4/image-to-video/llms.txt",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": true,
            "note": "fal: \"Your request will cost $0.1 per output video second\", one rate at every resolution (360p to 1080p)."
          }
        ],
        "note": "The video is as long as the speech (the prompt read aloud, or the audio given): give that length as seconds."
      },
      {
        "id": "fal-ai/gemini-3-pro-image-preview",
        "name": "Gemini 3 Pro Image Preview",
        "kind": "image",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "image",
            "amount": "0.15",
            "per": "1",
            "when": {
              "resolution": [
                "1K",
                "2K"
              ]
            },
            "source": "https://fal.ai/docs/model-api-reference/image-generation-api/gemini-3-pro-image-preview",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": true,
            "note": "fal's API reference: \"Cost per Image $0.15\"; \"4K outputs charged at 2x standard rate\"."
          },
          {
            "charge": "base",
            "unit": "image",
            "amount": "0.30",
            "per": "1",
            "when": {
              "resolution": "4K"
            },
            "source": "https://fal.ai/docs/model-api-reference/image-generation-api/gemini-3-pro-image-preview",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": true,
            "note": "2 x $0.15 at 4K, per fal's API reference."
          }
        ],
        "note": "Gemini 3 Pro Image is the model fal also serves as Nano Banana Pro; this endpoint is priced on its own page. Web search is not priced here."
      },
      {
        "id": "fal-ai/gemini-3-pro-image-preview/edit",
        "name": "Gemini 3 Pro Image Preview Edit",
        "kind": "image",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "image",
            "amount": "0.15",
            "per": "1",
            "when": {
              "resolution": [
                "1K",
                "2K"
              ]
            },
            "source": "https://fal.ai/docs/model-api-reference/image-generation-api/gemini-3-pro-image-preview",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": false,
            "note": "fal's API reference page holds the generate and edit endpoints under one price table ($0.15 per image, 4K 2x); a model directory (https://lumenfall.ai/models/google/gemini-3-pro-image-preview) lists the same for the edit endpoint. fal's own /edit page was not read."
          },
          {
            "charge": "base",
            "unit": "image",
            "amount": "0.30",
            "per": "1",
            "when": {
              "resolution": "4K"
            },
            "source": "https://fal.ai/docs/model-api-reference/image-generation-api/gemini-3-pro-image-preview",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": false,
            "note": "2 x $0.15 at 4K, from the shared price table; fal's /edit page not read."
          }
        ]
      },
      {
        "id": "fal-ai/veo3.1/fast/extend-video",
        "name": "Veo 3.1 Fast extend video",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.10",
            "per": "1",
            "when": {
              "audio": false
            },
            "source": "https://fal.ai/models/fal-ai/veo3.1/fast/extend-video/llms.txt",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": true,
            "note": "fal: \"$0.10 (audio off) or $0.15 (audio on)\" for every second of video generated."
          },
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.15",
            "per": "1",
            "when": {
              "audio": true
            },
            "source": "https://fal.ai/models/fal-ai/veo3.1/fast/extend-video/llms.txt",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": true,
            "note": "fal: a 5 s video with audio on costs $0.75."
          }
        ],
        "note": "Billed per second of the new video generated (fal's default is 7 s at 720p); the input video is not billed."
      },
      {
        "id": "fal-ai/kling-video/v3/4k/image-to-video",
        "name": "Kling 3.0 4K image to video",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.42",
            "per": "1",
            "when": {},
            "source": "https://fal.ai/models/fal-ai/kling-video/v3/4k/image-to-video/playground",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": true,
            "note": "fal: \"$0.42 regardless of whether audio is on or off\" per second (a 5 s video costs $2.10); voice control is not priced on that page, so it is not priced here."
          }
        ]
      },
      {
        "id": "fal-ai/sora-2/image-to-video/pro",
        "name": "Sora 2 Pro image to video",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.30",
            "per": "1",
            "when": {
              "resolution": "720p"
            },
            "source": "https://fal.ai/models/fal-ai/sora-2/image-to-video/pro",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": false,
            "note": "$0.30/s at 720p and $0.50/s at 1080p as a model directory lists fal's price for this endpoint (https://lumenfall.ai/models/openai/sora-2-pro); fal's page for it was not read."
          },
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.50",
            "per": "1",
            "when": {
              "resolution": "1080p"
            },
            "source": "https://fal.ai/models/fal-ai/sora-2/image-to-video/pro",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": false,
            "note": "As a model directory lists fal's price (https://lumenfall.ai/models/openai/sora-2-pro); fal's page not read."
          }
        ]
      },
      {
        "id": "fal-ai/kling-video/v3/4k/text-to-video",
        "name": "Kling 3.0 4K text to video",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "allowed": {
          "seconds": {
            "gte": 3,
            "lte": 15,
            "integer": true
          }
        },
        "rates": [
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.42",
            "per": "1",
            "when": {},
            "source": "https://fal.ai/models/fal-ai/kling-video/v3/4k/text-to-video/llms.txt",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": true,
            "note": "fal: \"$0.42 regardless of whether audio is on or off\" per second (a 5 s video costs $2.10); fal accepts 3 to 15 s. Voice control is not priced on that page, so it is not priced here."
          }
        ]
      },
      {
        "id": "fal-ai/minimax/speech-2.8-turbo",
        "name": "MiniMax Speech 2.8 [Turbo]",
        "kind": "audio",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "character",
            "amount": "0.06",
            "per": "1000",
            "when": {},
            "source": "https://fal.ai/models/fal-ai/minimax/speech-2.8-turbo",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": false,
            "note": "$0.06 per 1,000 characters as a reseller of fal's MiniMax endpoints lists it (https://www.eachlabs.ai/minimax/minimax-speech/minimax-speech-2-8-turbo/llms.txt); fal's page was not read. fal prices speech-02-turbo at $0.06 and speech-2.8-hd at $0.1 per 1,000 characters."
          }
        ]
      },
      {
        "id": "fal-ai/minimax-music/v2",
        "name": "MiniMax Music 2.0",
        "kind": "audio",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "request",
            "amount": "0.03",
            "per": "1",
            "when": {},
            "source": "https://fal.ai/models/fal-ai/minimax-music/v2/llms.txt",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": true,
            "note": "fal: \"$0.03 per generations\" (one song per request)."
          }
        ]
      },
      {
        "id": "fal-ai/wan/v2.2-a14b/image-to-video/turbo",
        "name": "Wan 2.2 A14B Turbo image to video",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "video",
            "amount": "0.05",
            "per": "1",
            "when": {
              "resolution": "480p"
            },
            "source": "https://fal.ai/models/fal-ai/wan/v2.2-a14b/image-to-video/turbo/llms.txt",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": true,
            "note": "fal: \"$0.10 per video for 720p, $0.075 per video for 580p, $0.05 per video for 480p\"."
          },
          {
            "charge": "base",
            "unit": "video",
            "amount": "0.075",
            "per": "1",
            "when": {
              "resolution": "580p"
            },
            "source": "https://fal.ai/models/fal-ai/wan/v2.2-a14b/image-to-video/turbo/llms.txt",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": true
          },
          {
            "charge": "base",
            "unit": "video",
            "amount": "0.10",
            "per": "1",
            "when": {
              "resolution": "720p"
            },
            "source": "https://fal.ai/models/fal-ai/wan/v2.2-a14b/image-to-video/turbo/llms.txt",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": true
          }
        ],
        "note": "fal's default is 720p."
      },
      {
        "id": "fal-ai/ltx-2.3/text-to-video",
        "name": "LTX 2.3 Pro text to video",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "allowed": {
          "seconds": [
            6,
            8,
            10
          ]
        },
        "rates": [
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.08",
            "per": "1",
            "when": {
              "resolution": "1080p"
            },
            "source": "https://fal.ai/models/fal-ai/ltx-2.3/text-to-video/llms.txt",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": true,
            "note": "fal: \"$0.08 per second for 1080p, $0.16 per second for 1440p or $0.32 per second for 2160p\"."
          },
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.16",
            "per": "1",
            "when": {
              "resolution": "1440p"
            },
            "source": "https://fal.ai/models/fal-ai/ltx-2.3/text-to-video/llms.txt",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": true
          },
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.32",
            "per": "1",
            "when": {
              "resolution": "2160p"
            },
            "source": "https://fal.ai/models/fal-ai/ltx-2.3/text-to-video/llms.txt",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": true
          }
        ],
        "note": "fal's default is 6 s at 1080p."
      },
      {
        "id": "veed/fabric-1.0",
        "name": "VEED Fabric 1.0 (image and audio to talking video)",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.08",
            "per": "1",
            "when": {
              "resolution": "480p"
            },
            "source": "https://fal.ai/models/veed/fabric-1.0",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": false,
            "note": "$0.08/s at 480p and $0.15/s at 720p as VEED's own skill for this endpoint states (https://clawhub.ai/api/v1/skills/veed-skill/file?path=rules%2Flip-sync.md) and fal's page for the sibling veed/fabric-1.0/text shows; fal's page for this endpoint was not read."
          },
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.15",
            "per": "1",
            "when": {
              "resolution": "720p"
            },
            "source": "https://fal.ai/models/veed/fabric-1.0",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": false,
            "note": "As VEED's skill for this endpoint states; fal's page for it not read. The /fast endpoint costs more and is not priced here."
          }
        ],
        "note": "The video is as long as the input audio (under 30 s): give that length as seconds."
      },
      {
        "id": "fal-ai/pika/v2.2/image-to-video",
        "name": "Pika 2.2 image to video",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "video",
            "amount": "0.20",
            "per": "1",
            "when": {
              "seconds": 5,
              "resolution": "720p"
            },
            "source": "https://fal.ai/models/fal-ai/pika/v2.2/image-to-video/llms.txt",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": true,
            "note": "fal: \"5 second video at 720p costs $0.20. 5 second video at 1080p costs $0.45.\""
          },
          {
            "charge": "base",
            "unit": "video",
            "amount": "0.45",
            "per": "1",
            "when": {
              "seconds": 5,
              "resolution": "1080p"
            },
            "source": "https://fal.ai/models/fal-ai/pika/v2.2/image-to-video/llms.txt",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": true
          }
        ],
        "note": "fal accepts 5 or 10 s at 720p or 1080p but publishes the price of a 5 s clip only, so 10 s stays unpriced."
      },
      {
        "id": "fal-ai/pika/v2.2/text-to-video",
        "name": "Pika 2.2 text to video",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "video",
            "amount": "0.20",
            "per": "1",
            "when": {
              "seconds": 5,
              "resolution": "720p"
            },
            "source": "https://fal.ai/models/fal-ai/pika/v2.2/text-to-video/llms.txt",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": true,
            "note": "fal: \"5 second video at 720p costs $0.20. 5 second video at 1080p costs $0.45.\""
          },
          {
            "charge": "base",
            "unit": "video",
            "amount": "0.45",
            "per": "1",
            "when": {
              "seconds": 5,
              "resolution": "1080p"
            },
            "source": "https://fal.ai/models/fal-ai/pika/v2.2/text-to-video/llms.txt",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": true
          }
        ],
        "note": "fal accepts 5 or 10 s at 720p or 1080p but publishes the price of a 5 s clip only, so 10 s stays unpriced."
      },
      {
        "id": "fal-ai/dia-tts",
        "name": "Dia TTS",
        "kind": "audio",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "character",
            "amount": "0.04",
            "per": "1000",
            "when": {},
            "source": "https://fal.ai/models/fal-ai/dia-tts",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": false,
            "note": "$0.04 per 1,000 characters as two model directories quote fal's price (https://renas.ai/models/dia-tts, https://inference.sh/apps/falai); fal's page was not read. The voice-clone endpoint is priced separately."
          }
        ]
      },
      {
        "id": "fal-ai/kokoro/american-english",
        "name": "Kokoro TTS (American English)",
        "kind": "audio",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "character",
            "amount": "0.02",
            "per": "1000",
            "when": {},
            "source": "https://fal.ai/models/fal-ai/kokoro/american-english",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": false,
            "note": "$0.02 per 1,000 characters as two model directories quote fal's Kokoro price (https://renas.ai/models/dia-tts, https://inference.sh/apps/falai); fal's page was not read. fal's own Kokoro example app bills by characters."
          }
        ]
      },
      {
        "id": "fal-ai/bytedance/seedream/v3/text-to-image",
        "name": "Seedream 3.0",
        "kind": "image",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "image",
            "amount": "0.03",
            "per": "1",
            "when": {},
            "source": "https://fal.ai/models/fal-ai/bytedance/seedream/v3/text-to-image/llms.txt",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": true,
            "note": "fal: \"$0.03 per images\", whatever the size (512 to 2048 px a side)."
          }
        ]
      },
      {
        "id": "fal-ai/imagen4/preview/fast",
        "name": "Imagen 4 Fast (preview)",
        "kind": "image",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "image",
            "amount": "0.02",
            "per": "1",
            "when": {},
            "source": "https://fal.ai/models/fal-ai/imagen4/preview/fast",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": false,
            "note": "$0.02 per image as a model directory lists fal's price for this endpoint (https://lumenfall.ai/models/google/imagen-4.0-fast-generate-001); fal's page was not read."
          }
        ]
      },
      {
        "id": "bytedance/seedance-2.0/image-to-video",
        "name": "Seedance 2.0 image to video",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {
          "width": 1280,
          "height": 720,
          "fps": 24
        },
        "accepts": {},
        "allowed": {
          "seconds": {
            "gte": 4,
            "lte": 15,
            "integer": true
          }
        },
        "rates": [
          {
            "charge": "base",
            "unit": "video_token",
            "amount": "0.014",
            "per": "1000",
            "when": {},
            "source": "https://fal.ai/models/bytedance/seedance-2.0/image-to-video/llms.txt",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": true,
            "note": "fal: \"$0.014 per 1000 tokens. The number of tokens is given by (height of output video * width of output video * duration * 24) / 1024\"; $0.3024 per second at 720p."
          }
        ],
        "note": "Billed in tokens = width x height x seconds x 24 / 1024, audio included at no extra cost. fal defaults to 720p; 1280x720 at 24 fps reproduces fal's $0.3024 per second. Give width and height for 480p, 1080p or other aspect ratios, and seconds for fal's \u0060auto\u0060 duration (4 to 15 s)."
      },
      {
        "id": "bytedance/seedance-2.0/fast/image-to-video",
        "name": "Seedance 2.0 Fast image to video",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {
          "width": 1280,
          "height": 720,
          "fps": 24
        },
        "accepts": {},
        "allowed": {
          "seconds": {
            "gte": 4,
            "lte": 15,
            "integer": true
          }
        },
        "rates": [
          {
            "charge": "base",
            "unit": "video_token",
            "amount": "0.0112",
            "per": "1000",
            "when": {},
            "source": "https://fal.ai/models/fal-ai/seedance-2/fast/image-to-video/playground",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": true,
            "note": "fal: \"$0.0112 per 1000 tokens\", tokens = height x width x duration x 24 / 1024; $0.2419 per second at 720p (21,600 tokens a second x $0.0112 / 1000 = $0.24192)."
          }
        ],
        "note": "Billed in tokens = width x height x seconds x 24 / 1024, audio included. fal defaults to 720p (480p is the other choice); 1280x720 at 24 fps reproduces fal's $0.2419 per second. Give seconds for fal's \u0060auto\u0060 duration."
      },
      {
        "id": "fal-ai/hidream-i1-full",
        "name": "HiDream I1 Full",
        "kind": "image",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "megapixel",
            "amount": "0.05",
            "per": "1",
            "pixelsPerMegapixel": "1048576",
            "when": {},
            "rounding": {
              "mode": "ceil",
              "step": "1",
              "scope": "request"
            },
            "source": "https://fal.ai/models/fal-ai/hidream-i1-full",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": false,
            "note": "$0.05 per megapixel as a model directory records fal's price (https://lumenfall.ai/models/hidream-ai/hidream-i1-full/llms.txt); fal's page was not read. fal rounds up to the megapixel and does not define it (1,048,576 px as for flux/dev)."
          }
        ]
      },
      {
        "id": "fal-ai/z-image/turbo",
        "name": "Z-Image Turbo",
        "kind": "image",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "megapixel",
            "amount": "0.005",
            "per": "1",
            "pixelsPerMegapixel": "1048576",
            "when": {},
            "rounding": {
              "mode": "ceil",
              "step": "1",
              "scope": "request"
            },
            "source": "https://fal.ai/docs/model-api-reference/image-generation-api/z-image-turbo",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": false,
            "note": "fal's API reference: \"$0.005 per megapixel\" (up to 4 MP). fal rounds up to the megapixel but does not define it; 1,048,576 pixels as for flux/dev."
          }
        ],
        "note": "Prompt expansion adds $0.0025 per request, which is not priced here."
      },
      {
        "id": "fal-ai/qwen-image-edit",
        "name": "Qwen Image Edit",
        "kind": "image",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "megapixel",
            "amount": "0.03",
            "per": "1",
            "pixelsPerMegapixel": "1048576",
            "when": {},
            "rounding": {
              "mode": "ceil",
              "step": "1",
              "scope": "request"
            },
            "source": "https://fal.ai/models/fal-ai/qwen-image-edit/llms.txt",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": false,
            "note": "fal: \"$0.03 per megapixels\" of output. fal rounds up to the megapixel but does not define it; 1,048,576 pixels as for flux/dev."
          }
        ]
      },
      {
        "id": "fal-ai/hunyuan-video",
        "name": "Hunyuan Video",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "video",
            "amount": "0.4",
            "per": "1",
            "when": {},
            "source": "https://fal.ai/models/fal-ai/hunyuan-video/llms.txt",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": false,
            "note": "fal's \"Price: $0.4 per videos\" as its llms.txt is copied in a public repository, and $0.4 per video in another's fal price table; fal's page itself was not read. A third table, said to be read from fal's pricing API in January 2026, gives $0.075 per second instead."
          }
        ]
      },
      {
        "id": "fal-ai/minimax/video-01-live",
        "name": "MiniMax Video-01 Live text to video",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "video",
            "amount": "0.5",
            "per": "1",
            "when": {},
            "source": "https://fal.ai/models/fal-ai/minimax/video-01-live/llms.txt",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": false,
            "note": "fal's \"Price: $0.5 per videos\" as its llms.txt is copied in a public repository; fal's page itself was not read."
          }
        ]
      },
      {
        "id": "fal-ai/minimax/video-01-live/image-to-video",
        "name": "MiniMax Video-01 Live image to video",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "video",
            "amount": "0.5",
            "per": "1",
            "when": {},
            "source": "https://fal.ai/models/fal-ai/minimax/video-01-live/image-to-video/llms.txt",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": false,
            "note": "fal's \"Price: $0.5 per videos\" for this endpoint, as its llms.txt is copied in two public repositories; fal's page itself was not read."
          }
        ]
      },
      {
        "id": "fal-ai/topaz/upscale/video",
        "name": "Topaz Video Upscale",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {
          "fps": 30
        },
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.01",
            "per": "1",
            "when": {
              "resolution": [
                "480p",
                "540p",
                "720p"
              ],
              "fps": {
                "lt": 60
              }
            },
            "source": "https://fal.ai/models/fal-ai/topaz/upscale/video/llms.txt",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": false,
            "note": "fal's \"For every second a video your request will cost $0.01 for up to 720p, $0.02 for 720p to 1080p, and $0.08 for above 1080p output. Price doubles for 60fps output.\" as its llms.txt is copied in a public repository; fal's page itself was not read."
          },
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.02",
            "per": "1",
            "when": {
              "resolution": "1080p",
              "fps": {
                "lt": 60
              }
            },
            "source": "https://fal.ai/models/fal-ai/topaz/upscale/video/llms.txt",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": false,
            "note": "fal's text as copied in a public repository; fal's page not read."
          },
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.08",
            "per": "1",
            "when": {
              "resolution": [
                "1440p",
                "2K",
                "4K"
              ],
              "fps": {
                "lt": 60
              }
            },
            "source": "https://fal.ai/models/fal-ai/topaz/upscale/video/llms.txt",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": false,
            "note": "fal's text as copied in a public repository; fal's page not read."
          },
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.02",
            "per": "1",
            "when": {
              "resolution": [
                "480p",
                "540p",
                "720p"
              ],
              "fps": {
                "gte": 60
              }
            },
            "source": "https://fal.ai/models/fal-ai/topaz/upscale/video/llms.txt",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": false,
            "note": "2 x $0.01: the price doubles for 60fps output, per fal's text as copied in a public repository."
          },
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.04",
            "per": "1",
            "when": {
              "resolution": "1080p",
              "fps": {
                "gte": 60
              }
            },
            "source": "https://fal.ai/models/fal-ai/topaz/upscale/video/llms.txt",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": false,
            "note": "2 x $0.02: the price doubles for 60fps output, per fal's text as copied in a public repository."
          },
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.16",
            "per": "1",
            "when": {
              "resolution": [
                "1440p",
                "2K",
                "4K"
              ],
              "fps": {
                "gte": 60
              }
            },
            "source": "https://fal.ai/models/fal-ai/topaz/upscale/video/llms.txt",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": false,
            "note": "2 x $0.08: the price doubles for 60fps output, per fal's text as copied in a public repository."
          }
        ],
        "note": "Billed per second of video by the output's resolution: up to 720p, 720p to 1080p, above 1080p; give the output resolution and fps. fal: \"Price doubles for 60fps output\"; frame rates under 60 are priced at the base rate here. Gaia 2 output costs half, which is not priced here (its workloads are overestimated)."
      },
      {
        "id": "fal-ai/esrgan",
        "name": "ESRGAN image upscaler",
        "kind": "image",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "runner_second",
            "amount": "0.00111",
            "per": "1",
            "when": {},
            "source": "https://fal.ai/models/fal-ai/esrgan/llms.txt",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": false,
            "note": "fal's \"Your request will cost $0.00111 per compute second\" as its llms.txt is copied in a public repository; fal's page itself was not read. fal does not say how it rounds compute time."
          }
        ],
        "note": "Billed per compute second, not per image: give seconds as the compute time of one request (fal does not publish it in advance)."
      },
      {
        "id": "fal-ai/minimax/voice-clone",
        "name": "MiniMax voice cloning",
        "kind": "audio",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "request",
            "amount": "1.5",
            "per": "1",
            "when": {},
            "source": "https://fal.ai/models/fal-ai/minimax/voice-clone/llms.txt",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": false,
            "note": "fal's \"Each voice clone request will cost $1.5, with preview inputs costing $0.3 per 1000 characters.\" as its llms.txt is copied in a public repository; fal's page itself was not read."
          },
          {
            "charge": "preview",
            "unit": "character",
            "amount": "0.3",
            "per": "1000",
            "when": {
              "characters": {
                "gt": 0
              }
            },
            "optional": true,
            "source": "https://fal.ai/models/fal-ai/minimax/voice-clone/llms.txt",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": false,
            "note": "$0.3 per 1,000 characters of preview text, per fal's text as copied in a public repository."
          }
        ],
        "note": "One request clones one voice. Give characters only for the optional preview text read in the cloned voice."
      },
      {
        "id": "fal-ai/stable-diffusion-v35-large",
        "name": "Stable Diffusion 3.5 Large",
        "kind": "image",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "megapixel",
            "amount": "0.065",
            "per": "1",
            "pixelsPerMegapixel": "1048576",
            "when": {},
            "rounding": {
              "mode": "ceil",
              "step": "1",
              "scope": "request"
            },
            "source": "https://fal.ai/models/fal-ai/stable-diffusion-v35-large/llms.txt",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": false,
            "note": "fal's \"Price: $0.065 per megapixels\" as its llms.txt is copied in a public repository; fal's page itself was not read. Rounded up to the megapixel per image, 1,048,576 pixels a megapixel, as for flux/dev."
          }
        ]
      },
      {
        "id": "fal-ai/sync-lipsync",
        "name": "sync.so lipsync 1.9",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.7",
            "per": "60",
            "when": {},
            "source": "https://fal.ai/models/fal-ai/sync-lipsync/llms.txt",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": false,
            "note": "fal's \"Price: $0.7 per minutes\" as its llms.txt is copied in a public repository; fal's page itself was not read. fal does not say how it rounds a part minute; priced by the second here."
          }
        ],
        "note": "Give seconds as the length of the output video."
      },
      {
        "id": "fal-ai/veo2",
        "name": "Veo 2 text to video",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.50",
            "per": "1",
            "when": {},
            "included": {
              "quantity": "5",
              "amount": "2.50"
            },
            "source": "https://fal.ai/models/fal-ai/veo2/llms.txt",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": false,
            "note": "fal's \"For 5s video your request will cost $2.50. For every aditional second you will be charged $0.50.\" as its llms.txt is copied in a public repository; fal's page itself was not read."
          }
        ]
      },
      {
        "id": "fal-ai/veo2/image-to-video",
        "name": "Veo 2 image to video",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.50",
            "per": "1",
            "when": {},
            "included": {
              "quantity": "5",
              "amount": "2.50"
            },
            "source": "https://fal.ai/models/fal-ai/veo2/image-to-video/llms.txt",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": false,
            "note": "\"$2.50 base + $0.50 per additional second\" for this endpoint in a public repository's model guide; fal's page was not read."
          }
        ]
      },
      {
        "id": "fal-ai/veo3/image-to-video",
        "name": "Veo 3 image to video",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.20",
            "per": "1",
            "when": {
              "audio": false
            },
            "source": "https://fal.ai/models/fal-ai/veo3/image-to-video/llms.txt",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": false,
            "note": "fal's \"For every second of video you generated, you will be charged $0.20 (audio off) or $0.40 (audio on).\" for this endpoint, as its llms.txt is copied in a public repository; fal's page itself was not read."
          },
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.40",
            "per": "1",
            "when": {
              "audio": true
            },
            "source": "https://fal.ai/models/fal-ai/veo3/image-to-video/llms.txt",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": false,
            "note": "fal's text for this endpoint as copied in a public repository; fal's page not read."
          }
        ]
      },
      {
        "id": "fal-ai/seedvr/upscale/image",
        "name": "SeedVR2 image upscaler",
        "kind": "image",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "megapixel",
            "amount": "0.001",
            "per": "1",
            "pixelsPerMegapixel": "1048576",
            "when": {},
            "source": "https://fal.ai/models/fal-ai/seedvr/upscale/image/llms.txt",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": false,
            "note": "fal's \"Price: $0.001 per megapixels\" as its llms.txt is copied in a public repository; fal's page itself was not read. fal says neither whether it counts the input or the upscaled output nor how it rounds; priced on the width x height the workload states (give the output size), unrounded, as clarity-upscaler."
          }
        ]
      },
      {
        "id": "fal-ai/elevenlabs/music",
        "name": "ElevenLabs Music",
        "kind": "audio",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "audio_second",
            "amount": "0.8",
            "per": "60",
            "when": {},
            "rounding": {
              "mode": "ceil",
              "step": "60",
              "scope": "request"
            },
            "source": "https://fal.ai/models/fal-ai/elevenlabs/music/llms.txt",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": false,
            "note": "fal's \"$0.8 per output audio minute. The audio will be rounded up to the closest minute. For instance, a generation with 30 seconds output will be billed as 1 minute.\" as its llms.txt is copied in a public repository; fal's page itself was not read."
          }
        ]
      },
      {
        "id": "fal-ai/elevenlabs/tts/eleven-v3",
        "name": "ElevenLabs TTS Eleven v3",
        "kind": "audio",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "character",
            "amount": "0.1",
            "per": "1000",
            "when": {},
            "source": "https://fal.ai/models/fal-ai/elevenlabs/tts/eleven-v3/llms.txt",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": false,
            "note": "fal's \"Price: $0.1 per 1000 characters\" as its llms.txt is copied in a public repository; fal's page itself was not read."
          }
        ]
      },
      {
        "id": "fal-ai/flux-2-pro/edit",
        "name": "FLUX.2 [pro] edit",
        "kind": "image",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "megapixel",
            "amount": "0.015",
            "per": "1",
            "pixelsPerMegapixel": "1048576",
            "when": {},
            "rounding": {
              "mode": "ceil",
              "step": "1",
              "scope": "request"
            },
            "included": {
              "quantity": "1",
              "amount": "0.03"
            },
            "source": "https://fal.ai/models/fal-ai/flux-2-pro/edit/llms.txt",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": false,
            "note": "fal's \"$0.03 for the first megapixel of output, plus $0.015 per extra megapixel of input and output, rounded up to the nearest megapixel ... a 1920x1080 image will cost $0.045\" as its llms.txt is copied in a public repository; fal's page itself was not read. 1,048,576 pixels a megapixel reproduces that example (1920x1080 = 1.98 MP, billed 2)."
          }
        ],
        "note": "fal also bills the megapixels of the input images at $0.015 each; only the output is counted here, so edits with input images are underestimated."
      },
      {
        "id": "fal-ai/kling-video/ai-avatar/v2/pro",
        "name": "Kling AI Avatar v2 Pro",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.115",
            "per": "1",
            "when": {},
            "source": "https://fal.ai/models/fal-ai/kling-video/ai-avatar/v2/pro/llms.txt",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": false,
            "note": "fal's \"Price: $0.115 per seconds\" as its llms.txt is copied in a public repository; fal's page itself was not read."
          }
        ],
        "note": "The video is as long as the input audio; give that length as seconds."
      },
      {
        "id": "fal-ai/kling-video/ai-avatar/v2/standard",
        "name": "Kling AI Avatar v2 Standard",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.0562",
            "per": "1",
            "when": {},
            "source": "https://fal.ai/models/fal-ai/kling-video/ai-avatar/v2/standard/llms.txt",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": false,
            "note": "$0.0562 per second as several public repositories' model tables quote fal (one rounds it to $0.056); fal's page was not read."
          }
        ],
        "note": "The video is as long as the input audio; give that length as seconds."
      },
      {
        "id": "fal-ai/ltx-video-v095/multiconditioning",
        "name": "LTX Video 0.9.5 multiconditioning",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "video",
            "amount": "0.04",
            "per": "1",
            "when": {},
            "source": "https://fal.ai/models/fal-ai/ltx-video-v095/multiconditioning/llms.txt",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": false,
            "note": "fal's \"Price: $0.04 per videos\" as its llms.txt is copied in a public repository; fal's page itself was not read."
          }
        ]
      },
      {
        "id": "fal-ai/mmaudio-v2",
        "name": "MMAudio V2",
        "kind": "audio",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "audio_second",
            "amount": "0.001",
            "per": "1",
            "when": {},
            "source": "https://fal.ai/models/fal-ai/mmaudio-v2/llms.txt",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": false,
            "note": "fal's \"Price: $0.001 per seconds\" as its llms.txt is copied in a public repository; fal's page itself was not read. fal does not say which seconds; they are taken as the generated audio's."
          }
        ],
        "note": "Give seconds as the duration of the generated audio (the request's duration)."
      },
      {
        "id": "fal-ai/luma-dream-machine",
        "name": "Luma Dream Machine 1.5 text to video",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "video",
            "amount": "0.5",
            "per": "1",
            "when": {},
            "source": "https://fal.ai/models/fal-ai/luma-dream-machine",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": false,
            "note": "$0.50 per video in public repositories' fal price tables (one, said to be read from fal's pricing API, gives it for the /image-to-video endpoint); fal's page was not read."
          }
        ]
      },
      {
        "id": "fal-ai/nano-banana/edit",
        "name": "Nano Banana edit",
        "kind": "image",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "image",
            "amount": "0.0398",
            "per": "1",
            "when": {},
            "source": "https://fal.ai/models/fal-ai/nano-banana/edit",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": false,
            "note": "$0.0398 per output image as two public repositories say they read it from fal's pricing API; others' fal price tables give $0.039. fal's page was not read."
          }
        ]
      },
      {
        "id": "fal-ai/playht/tts/v3",
        "name": "PlayHT TTS v3",
        "kind": "audio",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "audio_second",
            "amount": "0.03",
            "per": "60",
            "when": {},
            "source": "https://fal.ai/models/fal-ai/playht/tts/v3",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": false,
            "note": "$0.03 per minute in a public repository's fal price table said to be read from fal's pricing API in January 2026 (unit \"minutes\"); fal's page was not read."
          }
        ],
        "note": "Give seconds as the length of the generated speech."
      },
      {
        "id": "fal-ai/f5-tts",
        "name": "F5 TTS",
        "kind": "audio",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "character",
            "amount": "0.05",
            "per": "1000",
            "when": {},
            "source": "https://fal.ai/models/fal-ai/f5-tts",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": false,
            "note": "$0.05 per 1,000 characters in a public repository's fal price table said to be read from fal's pricing API in January 2026; fal's page was not read."
          }
        ]
      },
      {
        "id": "fal-ai/runway-gen3/turbo/image-to-video",
        "name": "Runway Gen-3 Alpha Turbo image to video",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.05",
            "per": "1",
            "when": {},
            "source": "https://fal.ai/models/fal-ai/runway-gen3/turbo/image-to-video",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": false,
            "note": "$0.05 per second in a public repository's fal price table said to be read from fal's pricing API in January 2026; fal's page was not read."
          }
        ]
      },
      {
        "id": "fal-ai/bytedance/seedance/v1/pro/image-to-video",
        "name": "Seedance 1.0 Pro image to video",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {
          "width": 1920,
          "height": 1080,
          "fps": 24
        },
        "accepts": {},
        "allowed": {
          "seconds": [
            2,
            3,
            4,
            5,
            6,
            7,
            8,
            9,
            10,
            11,
            12
          ]
        },
        "rates": [
          {
            "charge": "base",
            "unit": "video_token",
            "amount": "2.5",
            "per": "1000000",
            "when": {},
            "source": "https://fal.ai/models/fal-ai/bytedance/seedance/v1/pro/image-to-video",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": false,
            "note": "$2.5 per million video tokens in a public repository's fal price table; others quote $0.62 for 5 s (1920x1080x24x5/1024 = 243,000 tokens = $0.6075) and $0.124 per second. fal's page was not read."
          }
        ],
        "note": "fal defaults to 1080p (1920x1080 at 16:9); Seedance renders 24 fps, which reproduces the $0.62 that public code quotes for a 5 s clip. Give width and height for other resolutions."
      },
      {
        "id": "fal-ai/sync-lipsync/v3",
        "name": "sync.so lipsync 3",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "8",
            "per": "60",
            "when": {},
            "source": "https://fal.ai/models/fal-ai/sync-lipsync/v3",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": false,
            "note": "$8 per minute of output ($0.1333 per second) in several public repositories' fal price tables, one noting it was listed so in September 2026; fal's page was not read."
          }
        ],
        "note": "Give seconds as the length of the output video."
      },
      {
        "id": "fal-ai/aura-sr",
        "name": "AuraSR upscaler",
        "kind": "image",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "runner_second",
            "amount": "0.00125",
            "per": "1",
            "when": {},
            "source": "https://fal.ai/models/fal-ai/aura-sr",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": false,
            "note": "$0.00125 per compute second in a public repository's fal price table (which gives ESRGAN fal's own $0.00111); fal's page was not read."
          }
        ],
        "note": "Billed per compute second, not per image: give seconds as the compute time of one request."
      },
      {
        "id": "fal-ai/minimax/hailuo-02/standard/text-to-video",
        "name": "MiniMax Hailuo 02 Standard text to video",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "allowed": {
          "seconds": [
            6,
            10
          ]
        },
        "rates": [
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.045",
            "per": "1",
            "when": {},
            "source": "https://fal.ai/models/fal-ai/minimax/hailuo-02/standard/text-to-video",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": false,
            "note": "$0.045 per second for 6 or 10 s at 768p in a public repository's model guide; fal's page was not read (its llms.txt as copied in a public repository has no price)."
          }
        ]
      },
      {
        "id": "fal-ai/kling-video/o3/pro/image-to-video",
        "name": "Kling O3 Pro image to video",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "allowed": {
          "seconds": {
            "gte": 3,
            "lte": 15,
            "integer": true
          }
        },
        "rates": [
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.224",
            "per": "1",
            "when": {
              "audio": false
            },
            "source": "https://fal.ai/models/fal-ai/kling-video/o3/pro/image-to-video",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": false,
            "note": "$0.224 per second without audio, $0.28 with, in several public repositories' fal model guides (durations 3 to 15 s); one gives half that ($0.112 to $0.14), so fal may have cut it. fal's page was not read."
          },
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.28",
            "per": "1",
            "when": {
              "audio": true
            },
            "source": "https://fal.ai/models/fal-ai/kling-video/o3/pro/image-to-video",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": false,
            "note": "As several public repositories' fal model guides give it; one gives $0.14. fal's page not read."
          }
        ]
      },
      {
        "id": "fal-ai/veo3/fast/image-to-video",
        "name": "Veo 3 Fast image to video",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.10",
            "per": "1",
            "when": {
              "audio": false
            },
            "source": "https://fal.ai/models/fal-ai/veo3/fast/image-to-video",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": false,
            "note": "$0.10 per second without audio, $0.15 with, for this endpoint in public repositories' fal price tables; fal's page was not read."
          },
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.15",
            "per": "1",
            "when": {
              "audio": true
            },
            "source": "https://fal.ai/models/fal-ai/veo3/fast/image-to-video",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": false,
            "note": "As public repositories' fal price tables give it for this endpoint; fal's page not read."
          }
        ]
      },
      {
        "id": "fal-ai/kling-video/v1/standard/text-to-video",
        "name": "Kling 1.0 Standard text to video",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.045",
            "per": "1",
            "when": {
              "seconds": [
                5,
                10
              ]
            },
            "source": "https://fal.ai/models/fal-ai/kling-video/v1/standard/text-to-video",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": false,
            "note": "$0.045 per second in a public repository's list of fal models; an older public fal price table gives $0.03. fal's page was not read. fal accepts 5 or 10 s."
          }
        ]
      },
      {
        "id": "fal-ai/flux-pro/v1/canny",
        "name": "FLUX.1 [pro] Canny",
        "kind": "image",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "megapixel",
            "amount": "0.05",
            "per": "1",
            "pixelsPerMegapixel": "1048576",
            "when": {},
            "rounding": {
              "mode": "ceil",
              "step": "1",
              "scope": "request"
            },
            "source": "https://fal.ai/models/fal-ai/flux-pro/v1/canny",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": false,
            "note": "$0.05 per megapixel in a public repository's fal price table; fal's page was not read. Rounding and megapixel size assumed as for flux/dev."
          }
        ]
      },
      {
        "id": "fal-ai/flux-pro/v1/fill",
        "name": "FLUX.1 [pro] Fill",
        "kind": "image",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "megapixel",
            "amount": "0.05",
            "per": "1",
            "pixelsPerMegapixel": "1048576",
            "when": {},
            "rounding": {
              "mode": "ceil",
              "step": "1",
              "scope": "request"
            },
            "source": "https://fal.ai/models/fal-ai/flux-pro/v1/fill",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": false,
            "note": "$0.05 per megapixel in a public repository's fal price table (another lists $0.05 per image); fal's page was not read. Rounding and megapixel size assumed as for flux/dev."
          }
        ]
      },
      {
        "id": "fal-ai/bytedance/seedream/v4.5/edit",
        "name": "Seedream 4.5 Edit",
        "kind": "image",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "image",
            "amount": "0.04",
            "per": "1",
            "when": {},
            "source": "https://fal.ai/models/fal-ai/bytedance/seedream/v4.5/edit",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": false,
            "note": "$0.04 per output image for this endpoint in public repositories' fal price tables; fal's page was not read (its llms.txt as copied in a public repository has no price)."
          }
        ]
      },
      {
        "id": "fal-ai/gemini-25-flash-image/edit",
        "name": "Gemini 2.5 Flash Image edit",
        "kind": "image",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "image",
            "amount": "0.0398",
            "per": "1",
            "when": {},
            "source": "https://fal.ai/models/fal-ai/gemini-25-flash-image/edit",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": false,
            "note": "$0.0398 per image for this endpoint in a public repository's notes; fal's page was not read."
          }
        ]
      },
      {
        "id": "fal-ai/ideogram/character",
        "name": "Ideogram V3 Character",
        "kind": "image",
        "aliases": [],
        "requires": [],
        "defaults": {
          "quality": "BALANCED"
        },
        "accepts": {
          "quality": [
            "TURBO"
          ]
        },
        "rates": [
          {
            "charge": "base",
            "unit": "image",
            "amount": "0.15",
            "per": "1",
            "when": {
              "quality": "BALANCED"
            },
            "source": "https://fal.ai/models/fal-ai/ideogram/character",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": false,
            "note": "$0.15 per image (BALANCED), $0.20 (QUALITY) in a public repository's fal client; fal's page was not read."
          },
          {
            "charge": "base",
            "unit": "image",
            "amount": "0.20",
            "per": "1",
            "when": {
              "quality": "QUALITY"
            },
            "source": "https://fal.ai/models/fal-ai/ideogram/character",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": false,
            "note": "As a public repository's fal client gives it; fal's page not read."
          }
        ],
        "note": "The quality attribute is fal's rendering_speed (TURBO, BALANCED or QUALITY); fal's default is BALANCED. TURBO stays unpriced until a source gives its price."
      },
      {
        "id": "fal-ai/wan-25-preview/image-to-image",
        "name": "Wan 2.5 Preview image to image",
        "kind": "image",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "image",
            "amount": "0.05",
            "per": "1",
            "when": {},
            "source": "https://fal.ai/models/fal-ai/wan-25-preview/image-to-image",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": false,
            "note": "$0.05 per output image in a public repository's fal price table; fal's page was not read."
          }
        ]
      },
      {
        "id": "fal-ai/qwen-image-edit/inpaint",
        "name": "Qwen Image Edit inpaint",
        "kind": "image",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "megapixel",
            "amount": "0.03",
            "per": "1",
            "pixelsPerMegapixel": "1048576",
            "when": {},
            "rounding": {
              "mode": "ceil",
              "step": "1",
              "scope": "request"
            },
            "source": "https://fal.ai/models/fal-ai/qwen-image-edit/inpaint",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": false,
            "note": "$0.03 per megapixel (unit \"megapixels\") in a public repository's fal rate card, which rounds each output up to the megapixel; fal's page was not read. Megapixel size assumed as for flux/dev."
          }
        ]
      },
      {
        "id": "fal-ai/ffmpeg-api/compose",
        "name": "FFmpeg API compose",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.0002",
            "per": "1",
            "when": {},
            "source": "https://fal.ai/models/fal-ai/ffmpeg-api/compose/llms.txt",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": false,
            "note": "fal's \"Price: $0.0002 per seconds\" as its llms.txt is copied in a public repository; fal's page itself was not read. fal labels compute-billed endpoints \"per compute seconds\", so these are taken as seconds of the output video."
          }
        ],
        "note": "Give seconds as the length of the composed video."
      },
      {
        "id": "fal-ai/qwen-image-layered",
        "name": "Qwen Image Layered",
        "kind": "image",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "request",
            "amount": "0.05",
            "per": "1",
            "when": {},
            "source": "https://fal.ai/models/fal-ai/qwen-image-layered/llms.txt",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": true,
            "note": "fal: \"Your request will cost $0.05 per image.\"; fal's developer guide (https://fal.ai/learn/devs/qwen-image-layered-image-to-image-developer-guide) says \"approximately $0.05 per decomposition\", one input image per request."
          }
        ],
        "note": "One request decomposes one image into 1 to 10 RGBA layers; the layer count does not change the price."
      }
    ],
    "unpricedNames": [
      {
        "ids": [
          "fal-ai/sora-2"
        ],
        "reason": "ambiguous",
        "instead": [
          "fal-ai/sora-2/text-to-video",
          "fal-ai/sora-2/image-to-video",
          "fal-ai/sora-2/text-to-video/pro"
        ],
        "name": "Sora 2, text or image to video, standard or pro",
        "source": "https://fal.ai/models/fal-ai/sora-2/text-to-video/llms.txt",
        "checkedAt": "2026-12-02",
        "verified": false,
        "note": "fal serves Sora 2 as endpoints under the fal-ai/sora-2 app; public code writes the app id as a family prefix. Standard costs $0.1 per second either way; Pro costs more."
      },
      {
        "ids": [
          "fal-ai/stable-audio"
        ],
        "reason": "no-published-price",
        "name": "Stable Audio Open, billed per compute second",
        "source": "https://fal.ai/models/fal-ai/stable-audio/llms.txt",
        "checkedAt": "2026-12-02",
        "verified": true,
        "note": "fal's page: \"Price: $0 per compute seconds\"; the rate per compute second is not published."
      },
      {
        "ids": [
          "fal-ai/creative-upscaler"
        ],
        "reason": "no-published-price",
        "name": "Creative Upscaler, billed per compute second",
        "source": "https://fal.ai/models/fal-ai/creative-upscaler/llms.txt",
        "checkedAt": "2026-12-02",
        "verified": true,
        "note": "fal's page: \"Price: $0 per compute seconds\"; the rate per compute second is not published."
      },
      {
        "ids": [
          "fal-ai/whisper"
        ],
        "reason": "no-published-price",
        "name": "Whisper, billed per compute second",
        "source": "https://fal.ai/models/fal-ai/whisper/llms.txt",
        "checkedAt": "2026-12-02",
        "verified": false,
        "note": "fal's \"Price: $0 per compute seconds\" as its llms.txt is copied in a public repository; the rate per compute second is not published."
      }
    ],
    "architectures": [],
    "communitySources": []
  },
  {
    "provider": "runpod",
    "name": "Runpod Serverless",
    "currency": "USD",
    "billingSource": "https://docs.runpod.io/serverless/pricing",
    "defaults": {
      "idleSeconds": 5,
      "worker": "flex"
    },
    "accepts": {},
    "surcharges": [
      {
        "charge": "network volume",
        "unit": "gb_month",
        "tiers": [
          {
            "upTo": "1000",
            "amount": "0.07"
          },
          {
            "amount": "0.05"
          }
        ],
        "per": "1",
        "when": {
          "volumeGB": {
            "gt": 0
          }
        },
        "source": "https://docs.runpod.io/serverless/pricing",
        "checkedAt": "2026-11-21",
        "effectiveFrom": "2026-11-21",
        "basis": "published",
        "verified": true,
        "note": "$0.07 per GB-month for the first 1 TB, $0.05 beyond; billed hourly.",
        "appliesTo": [
          "gpu"
        ],
        "except": []
      },
      {
        "charge": "container disk",
        "unit": "gb_month",
        "amount": "0.10",
        "per": "1",
        "quantityFrom": "containerDiskGB",
        "when": {
          "containerDiskGB": {
            "gt": 0
          }
        },
        "source": "https://docs.runpod.io/pods/storage/types",
        "checkedAt": "2026-12-01",
        "effectiveFrom": "2026-12-01",
        "basis": "published",
        "verified": false,
        "note": "Approximate: Runpod's Serverless pricing page bills storage alongside compute but gives no container-disk rate; $0.10 per GB-month is the container-disk rate of Runpod's storage table (Pods), billed in 5-minute intervals. \u0060containerDiskGB\u0060 is the disk held over the period, summed over the workers that hold it.",
        "appliesTo": [
          "gpu"
        ],
        "except": []
      }
    ],
    "models": [
      {
        "id": "H200 PRO",
        "name": "H200 PRO",
        "kind": "gpu",
        "aliases": [
          "HOPPER_141",
          "NVIDIA H200",
          "H200 SXM"
        ],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "gpu_second",
            "amount": "0.00155",
            "per": "1",
            "when": {
              "worker": "flex"
            },
            "rounding": {
              "mode": "ceil",
              "step": "1",
              "scope": "request"
            },
            "source": "https://docs.runpod.io/serverless/endpoints/endpoint-configurations",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-11-21",
            "basis": "published",
            "verified": true,
            "note": "Flex (scale-to-zero) worker, per GPU-second."
          },
          {
            "charge": "base",
            "unit": "gpu_second",
            "amount": "0.00124",
            "per": "1",
            "when": {
              "worker": "active"
            },
            "rounding": {
              "mode": "ceil",
              "step": "1",
              "scope": "request"
            },
            "source": "https://docs.runpod.io/serverless/endpoints/endpoint-configurations",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-11-21",
            "basis": "published",
            "verified": false,
            "note": "Active (always-on) worker rate as Runpod's Serverless price table published it until 2026-05-13 (runpod/docs snippets/serverless-gpu-pricing-table.mdx, commit d1accc4b: \"unified pricing for flex and active workers\"); the current pricing page bills active workers at the standard rate with discounts by sales inquiry."
          }
        ],
        "pool": {
          "id": "HOPPER_141",
          "source": "https://docs.runpod.io/references/gpu-types",
          "checkedAt": "2026-12-01",
          "verified": true
        },
        "note": "141 GB VRAM."
      },
      {
        "id": "H100 PRO",
        "name": "H100 PRO",
        "kind": "gpu",
        "aliases": [
          "ADA_80_PRO",
          "NVIDIA H100 80GB HBM3",
          "H100 SXM",
          "NVIDIA H100 PCIe",
          "H100 PCIe",
          "NVIDIA H100 NVL",
          "H100 NVL"
        ],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "gpu_second",
            "amount": "0.00116",
            "per": "1",
            "when": {
              "worker": "flex"
            },
            "rounding": {
              "mode": "ceil",
              "step": "1",
              "scope": "request"
            },
            "source": "https://docs.runpod.io/serverless/endpoints/endpoint-configurations",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-11-21",
            "basis": "published",
            "verified": true,
            "note": "Flex (scale-to-zero) worker, per GPU-second."
          },
          {
            "charge": "base",
            "unit": "gpu_second",
            "amount": "0.00093",
            "per": "1",
            "when": {
              "worker": "active"
            },
            "rounding": {
              "mode": "ceil",
              "step": "1",
              "scope": "request"
            },
            "source": "https://docs.runpod.io/serverless/endpoints/endpoint-configurations",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-11-21",
            "basis": "published",
            "verified": false,
            "note": "Active (always-on) worker rate as Runpod's Serverless price table published it until 2026-05-13 (runpod/docs snippets/serverless-gpu-pricing-table.mdx, commit d1accc4b: \"unified pricing for flex and active workers\"); the current pricing page bills active workers at the standard rate with discounts by sales inquiry."
          }
        ],
        "pool": {
          "id": "ADA_80_PRO",
          "source": "https://docs.runpod.io/references/gpu-types",
          "checkedAt": "2026-12-01",
          "verified": true,
          "note": "The pool table names the pool \u0060H100\u0060; Runpod's Flash list names only NVIDIA H100 80GB HBM3 in it, so H100 PCIe and H100 NVL here follow the pool table."
        },
        "note": "80 GB VRAM."
      },
      {
        "id": "A100",
        "name": "A100 (80 GB)",
        "kind": "gpu",
        "aliases": [
          "AMPERE_80",
          "NVIDIA A100 80GB PCIe",
          "A100 PCIe",
          "NVIDIA A100-SXM4-80GB",
          "A100 SXM",
          "A100-SXM-80GB"
        ],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "gpu_second",
            "amount": "0.00076",
            "per": "1",
            "when": {
              "worker": "flex"
            },
            "rounding": {
              "mode": "ceil",
              "step": "1",
              "scope": "request"
            },
            "source": "https://docs.runpod.io/serverless/endpoints/endpoint-configurations",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-11-21",
            "basis": "published",
            "verified": true,
            "note": "Flex (scale-to-zero) worker, per GPU-second."
          },
          {
            "charge": "base",
            "unit": "gpu_second",
            "amount": "0.00060",
            "per": "1",
            "when": {
              "worker": "active"
            },
            "rounding": {
              "mode": "ceil",
              "step": "1",
              "scope": "request"
            },
            "source": "https://docs.runpod.io/serverless/endpoints/endpoint-configurations",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-11-21",
            "basis": "published",
            "verified": false,
            "note": "Active (always-on) worker rate as Runpod's Serverless price table published it until 2026-05-13 (runpod/docs snippets/serverless-gpu-pricing-table.mdx, commit d1accc4b: \"unified pricing for flex and active workers\"); the current pricing page bills active workers at the standard rate with discounts by sales inquiry."
          }
        ],
        "pool": {
          "id": "AMPERE_80",
          "source": "https://docs.runpod.io/references/gpu-types",
          "checkedAt": "2026-12-01",
          "verified": true,
          "note": "\u0060A100-SXM-80GB\u0060 is not a Runpod id but a spelling public endpoint configs use for the A100-SXM4-80GB; \"NVIDIA A100\" alone is left out: it does not say 40 or 80 GB."
        },
        "note": "80 GB VRAM."
      },
      {
        "id": "B200",
        "name": "B200",
        "kind": "gpu",
        "aliases": [
          "BLACKWELL_180",
          "NVIDIA B200"
        ],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "gpu_second",
            "amount": "0.00240",
            "per": "1",
            "when": {
              "worker": "flex"
            },
            "rounding": {
              "mode": "ceil",
              "step": "1",
              "scope": "request"
            },
            "source": "https://docs.runpod.io/serverless/endpoints/endpoint-configurations",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-11-21",
            "basis": "published",
            "verified": true,
            "note": "Flex (scale-to-zero) worker, per GPU-second."
          },
          {
            "charge": "base",
            "unit": "gpu_second",
            "amount": "0.00190",
            "per": "1",
            "when": {
              "worker": "active"
            },
            "rounding": {
              "mode": "ceil",
              "step": "1",
              "scope": "request"
            },
            "source": "https://docs.runpod.io/serverless/endpoints/endpoint-configurations",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-11-21",
            "basis": "published",
            "verified": false,
            "note": "Active (always-on) worker rate as Runpod's Serverless price table published it until 2026-05-13 (runpod/docs snippets/serverless-gpu-pricing-table.mdx, commit d1accc4b: \"unified pricing for flex and active workers\"); the current pricing page bills active workers at the standard rate with discounts by sales inquiry."
          }
        ],
        "pool": {
          "id": "BLACKWELL_180",
          "source": "https://docs.runpod.io/flash/configuration/gpu-types",
          "checkedAt": "2026-12-01",
          "verified": true,
          "note": "Named in Runpod's Flash GPU pool list; not yet in the pool table of the GPU types reference."
        },
        "note": "180 GB VRAM."
      },
      {
        "id": "6000s PRO",
        "name": "RTX PRO 6000 (6000s PRO)",
        "kind": "gpu",
        "aliases": [
          "BLACKWELL_96",
          "NVIDIA RTX PRO 6000 Blackwell Server Edition",
          "NVIDIA RTX PRO 6000 Blackwell Workstation Edition",
          "NVIDIA RTX PRO 6000 Blackwell Max-Q Workstation Edition",
          "RTX PRO 6000"
        ],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "gpu_second",
            "amount": "0.00111",
            "per": "1",
            "when": {
              "worker": "flex"
            },
            "rounding": {
              "mode": "ceil",
              "step": "1",
              "scope": "request"
            },
            "source": "https://docs.runpod.io/serverless/endpoints/endpoint-configurations",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-11-21",
            "basis": "published",
            "verified": true,
            "note": "Flex (scale-to-zero) worker, per GPU-second."
          }
        ],
        "pool": {
          "id": "BLACKWELL_96",
          "source": "https://docs.runpod.io/flash/configuration/gpu-types",
          "checkedAt": "2026-12-01",
          "verified": true,
          "note": "Named in Runpod's Flash GPU pool list; not yet in the pool table of the GPU types reference."
        },
        "note": "96 GB VRAM. Active-worker rate not published; a worker: active workload on this GPU is reported unpriced."
      },
      {
        "id": "L40",
        "name": "L40 / L40S / 6000 Ada PRO",
        "kind": "gpu",
        "aliases": [
          "ADA_48_PRO",
          "L40S",
          "6000 Ada PRO",
          "NVIDIA L40",
          "NVIDIA L40S",
          "NVIDIA RTX 6000 Ada Generation",
          "RTX 6000 Ada"
        ],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "gpu_second",
            "amount": "0.00053",
            "per": "1",
            "when": {
              "worker": "flex"
            },
            "rounding": {
              "mode": "ceil",
              "step": "1",
              "scope": "request"
            },
            "source": "https://docs.runpod.io/serverless/endpoints/endpoint-configurations",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-11-21",
            "basis": "published",
            "verified": true,
            "note": "Flex (scale-to-zero) worker, per GPU-second."
          },
          {
            "charge": "base",
            "unit": "gpu_second",
            "amount": "0.00037",
            "per": "1",
            "when": {
              "worker": "active"
            },
            "rounding": {
              "mode": "ceil",
              "step": "1",
              "scope": "request"
            },
            "source": "https://docs.runpod.io/serverless/endpoints/endpoint-configurations",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-11-21",
            "basis": "published",
            "verified": false,
            "note": "Active (always-on) worker rate as Runpod's Serverless price table published it until 2026-05-13 (runpod/docs snippets/serverless-gpu-pricing-table.mdx, commit d1accc4b: \"unified pricing for flex and active workers\"); the current pricing page bills active workers at the standard rate with discounts by sales inquiry."
          }
        ],
        "pool": {
          "id": "ADA_48_PRO",
          "source": "https://docs.runpod.io/references/gpu-types",
          "checkedAt": "2026-12-01",
          "verified": true
        },
        "note": "48 GB VRAM."
      },
      {
        "id": "A6000",
        "name": "A6000 / A40",
        "kind": "gpu",
        "aliases": [
          "AMPERE_48",
          "A40",
          "NVIDIA RTX A6000",
          "RTX A6000",
          "NVIDIA A40"
        ],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "gpu_second",
            "amount": "0.00034",
            "per": "1",
            "when": {
              "worker": "flex"
            },
            "rounding": {
              "mode": "ceil",
              "step": "1",
              "scope": "request"
            },
            "source": "https://docs.runpod.io/serverless/endpoints/endpoint-configurations",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-11-21",
            "basis": "published",
            "verified": true,
            "note": "Flex (scale-to-zero) worker, per GPU-second."
          },
          {
            "charge": "base",
            "unit": "gpu_second",
            "amount": "0.00024",
            "per": "1",
            "when": {
              "worker": "active"
            },
            "rounding": {
              "mode": "ceil",
              "step": "1",
              "scope": "request"
            },
            "source": "https://docs.runpod.io/serverless/endpoints/endpoint-configurations",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-11-21",
            "basis": "published",
            "verified": false,
            "note": "Active (always-on) worker rate as Runpod's Serverless price table published it until 2026-05-13 (runpod/docs snippets/serverless-gpu-pricing-table.mdx, commit d1accc4b: \"unified pricing for flex and active workers\"); the current pricing page bills active workers at the standard rate with discounts by sales inquiry."
          }
        ],
        "pool": {
          "id": "AMPERE_48",
          "source": "https://docs.runpod.io/references/gpu-types",
          "checkedAt": "2026-12-01",
          "verified": true
        },
        "note": "48 GB VRAM."
      },
      {
        "id": "4090 PRO",
        "name": "RTX 4090 PRO",
        "kind": "gpu",
        "aliases": [
          "ADA_24",
          "NVIDIA GeForce RTX 4090",
          "RTX 4090",
          "NVIDIA RTX 4090",
          "RTX_4090"
        ],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "gpu_second",
            "amount": "0.00031",
            "per": "1",
            "when": {
              "worker": "flex"
            },
            "rounding": {
              "mode": "ceil",
              "step": "1",
              "scope": "request"
            },
            "source": "https://docs.runpod.io/serverless/endpoints/endpoint-configurations",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-11-21",
            "basis": "published",
            "verified": true,
            "note": "Flex (scale-to-zero) worker, per GPU-second."
          },
          {
            "charge": "base",
            "unit": "gpu_second",
            "amount": "0.00021",
            "per": "1",
            "when": {
              "worker": "active"
            },
            "rounding": {
              "mode": "ceil",
              "step": "1",
              "scope": "request"
            },
            "source": "https://docs.runpod.io/serverless/endpoints/endpoint-configurations",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-11-21",
            "basis": "published",
            "verified": false,
            "note": "Active (always-on) worker rate as Runpod's Serverless price table published it until 2026-05-13 (runpod/docs snippets/serverless-gpu-pricing-table.mdx, commit d1accc4b: \"unified pricing for flex and active workers\"); the current pricing page bills active workers at the standard rate with discounts by sales inquiry."
          }
        ],
        "pool": {
          "id": "ADA_24",
          "source": "https://docs.runpod.io/references/gpu-types",
          "checkedAt": "2026-12-01",
          "verified": true,
          "note": "\u0060NVIDIA RTX 4090\u0060 and \u0060RTX_4090\u0060 are not Runpod ids but spellings public endpoint configs use; Runpod's GPU types table has one RTX 4090 (\u0060NVIDIA GeForce RTX 4090\u0060, 24 GB), so they can name nothing else."
        },
        "note": "24 GB VRAM."
      },
      {
        "id": "L4",
        "name": "L4 / A5000 / 3090",
        "kind": "gpu",
        "aliases": [
          "AMPERE_24",
          "A5000",
          "3090",
          "NVIDIA L4",
          "NVIDIA RTX A5000",
          "RTX A5000",
          "NVIDIA GeForce RTX 3090",
          "RTX 3090"
        ],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "gpu_second",
            "amount": "0.00019",
            "per": "1",
            "when": {
              "worker": "flex"
            },
            "rounding": {
              "mode": "ceil",
              "step": "1",
              "scope": "request"
            },
            "source": "https://docs.runpod.io/serverless/endpoints/endpoint-configurations",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-11-21",
            "basis": "published",
            "verified": true,
            "note": "Flex (scale-to-zero) worker, per GPU-second."
          },
          {
            "charge": "base",
            "unit": "gpu_second",
            "amount": "0.00013",
            "per": "1",
            "when": {
              "worker": "active"
            },
            "rounding": {
              "mode": "ceil",
              "step": "1",
              "scope": "request"
            },
            "source": "https://docs.runpod.io/serverless/endpoints/endpoint-configurations",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-11-21",
            "basis": "published",
            "verified": false,
            "note": "Active (always-on) worker rate as Runpod's Serverless price table published it until 2026-05-13 (runpod/docs snippets/serverless-gpu-pricing-table.mdx, commit d1accc4b: \"unified pricing for flex and active workers\"); the current pricing page bills active workers at the standard rate with discounts by sales inquiry."
          }
        ],
        "pool": {
          "id": "AMPERE_24",
          "source": "https://docs.runpod.io/references/gpu-types",
          "checkedAt": "2026-12-01",
          "verified": true,
          "note": "Runpod's Flash list puts L4 in ADA_24 and RTX A4500 in AMPERE_24; the pool table and the Serverless price table put L4 here at $0.00019 and A4500 in AMPERE_16."
        },
        "note": "24 GB VRAM."
      },
      {
        "id": "A4000",
        "name": "A4000 / A4500 / RTX 4000",
        "kind": "gpu",
        "aliases": [
          "AMPERE_16",
          "A4500",
          "RTX 4000",
          "NVIDIA RTX A4000",
          "RTX A4000",
          "NVIDIA RTX A4500",
          "RTX A4500",
          "NVIDIA RTX 4000 Ada Generation",
          "RTX 4000 Ada",
          "NVIDIA RTX 4000 SFF Ada Generation",
          "RTX 4000 Ada SFF",
          "NVIDIA RTX 4000 SFF Ada",
          "NVIDIA RTX 2000 Ada Generation",
          "RTX 2000 Ada"
        ],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "gpu_second",
            "amount": "0.00016",
            "per": "1",
            "when": {
              "worker": "flex"
            },
            "rounding": {
              "mode": "ceil",
              "step": "1",
              "scope": "request"
            },
            "source": "https://docs.runpod.io/serverless/endpoints/endpoint-configurations",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-11-21",
            "basis": "published",
            "verified": true,
            "note": "Flex (scale-to-zero) worker, per GPU-second."
          },
          {
            "charge": "base",
            "unit": "gpu_second",
            "amount": "0.00011",
            "per": "1",
            "when": {
              "worker": "active"
            },
            "rounding": {
              "mode": "ceil",
              "step": "1",
              "scope": "request"
            },
            "source": "https://docs.runpod.io/serverless/endpoints/endpoint-configurations",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-11-21",
            "basis": "published",
            "verified": false,
            "note": "Active (always-on) worker rate as Runpod's Serverless price table published it until 2026-05-13 (runpod/docs snippets/serverless-gpu-pricing-table.mdx, commit d1accc4b: \"unified pricing for flex and active workers\"); the current pricing page bills active workers at the standard rate with discounts by sales inquiry."
          }
        ],
        "pool": {
          "id": "AMPERE_16",
          "source": "https://docs.runpod.io/references/gpu-types",
          "checkedAt": "2026-12-01",
          "verified": true,
          "note": "\u0060NVIDIA RTX 4000 SFF Ada\u0060 is a shortened spelling of NVIDIA RTX 4000 SFF Ada Generation that public endpoint configs use."
        },
        "note": "16 GB VRAM."
      },
      {
        "id": "network-volume",
        "name": "Network volume",
        "kind": "storage",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "gb_month",
            "tiers": [
              {
                "upTo": "1000",
                "amount": "0.07"
              },
              {
                "amount": "0.05"
              }
            ],
            "per": "1",
            "when": {},
            "source": "https://docs.runpod.io/serverless/pricing",
            "checkedAt": "2026-11-21",
            "effectiveFrom": "2026-11-21",
            "basis": "published",
            "verified": true,
            "note": "$0.07/GB/month for the first 1 TB, $0.05/GB/month beyond; billed hourly. Container disk is billed separately (the \u0060container disk\u0060 charge)."
          }
        ]
      }
    ],
    "unpricedNames": [
      {
        "ids": [
          "ADA_32_PRO",
          "NVIDIA GeForce RTX 5090",
          "RTX 5090"
        ],
        "reason": "no-published-price",
        "name": "RTX 5090",
        "pool": "ADA_32_PRO",
        "source": "https://docs.runpod.io/flash/configuration/gpu-types",
        "checkedAt": "2026-12-01",
        "verified": false,
        "note": "The pool is named in Runpod's Flash GPU pool list (RTX 5090, 32 GB); no Serverless per-second price for it is on the Serverless price table or the pricing page."
      },
      {
        "ids": [
          "AMD Instinct MI300X OAM",
          "MI300X",
          "NVIDIA A30",
          "A30",
          "NVIDIA A100-SXM4-40GB",
          "NVIDIA A100 40GB PCIe",
          "A100-SXM-40GB",
          "NVIDIA B300 SXM6 AC",
          "B300",
          "NVIDIA GeForce RTX 3070",
          "RTX 3070",
          "NVIDIA GeForce RTX 3080",
          "RTX 3080",
          "NVIDIA GeForce RTX 3080 Ti",
          "RTX 3080 Ti",
          "NVIDIA GeForce RTX 3090 Ti",
          "RTX 3090 Ti",
          "NVIDIA GeForce RTX 4070 Ti",
          "RTX 4070 Ti",
          "NVIDIA GeForce RTX 4080",
          "RTX 4080",
          "NVIDIA GeForce RTX 4080 SUPER",
          "RTX 4080 SUPER",
          "NVIDIA GeForce RTX 5080",
          "RTX 5080",
          "NVIDIA H200 NVL",
          "NVIDIA RTX 5000 Ada Generation",
          "RTX 5000 Ada",
          "NVIDIA RTX A2000",
          "RTX A2000",
          "NVIDIA RTX PRO 4500 Blackwell",
          "RTX PRO 4500",
          "Tesla V100-PCIE-16GB",
          "Tesla V100",
          "Tesla V100-SXM2-16GB",
          "V100 SXM2",
          "Tesla V100-SXM2-32GB",
          "V100 SXM2 32GB"
        ],
        "reason": "outside-pools",
        "name": "Pods-only GPUs",
        "source": "https://docs.runpod.io/references/gpu-types",
        "checkedAt": "2026-12-01",
        "verified": false,
        "note": "Derived: in Runpod's GPU types table but in no pool of its pool table nor of the Flash pool list. NVIDIA A100-SXM4-40GB and A100 40GB PCIe are not in the GPU types table at all; they are older Pods types (\u0060A100-SXM-40GB\u0060 is a spelling endpoint configs use for the first)."
      },
      {
        "ids": [
          "NVIDIA A100",
          "A100 80GB or 40GB"
        ],
        "reason": "ambiguous",
        "instead": [
          "NVIDIA A100 80GB PCIe",
          "NVIDIA A100-SXM4-80GB",
          "AMPERE_80"
        ],
        "name": "A100, 40 or 80 GB",
        "source": "https://docs.runpod.io/references/gpu-types",
        "checkedAt": "2026-12-01",
        "verified": true,
        "note": "Runpod's GPU types name every A100 with its memory; the 80 GB ones are the AMPERE_80 pool, the 40 GB ones are in no Serverless pool."
      },
      {
        "ids": [
          "RTX_6000",
          "RTX 6000",
          "NVIDIA RTX 6000"
        ],
        "reason": "ambiguous",
        "instead": [
          "NVIDIA RTX 6000 Ada Generation",
          "NVIDIA RTX PRO 6000 Blackwell Server Edition"
        ],
        "name": "RTX 6000 Ada (48 GB) or RTX PRO 6000 Blackwell (96 GB)",
        "source": "https://docs.runpod.io/references/gpu-types",
        "checkedAt": "2026-12-01",
        "verified": true,
        "note": "Runpod offers two RTX 6000 types at different prices (ADA_48_PRO and BLACKWELL_96); the name does not say which."
      },
      {
        "ids": [
          "NVIDIA A10",
          "A10",
          "NVIDIA A10G",
          "A10G"
        ],
        "reason": "not-offered",
        "name": "NVIDIA A10 (24 GB)",
        "source": "https://docs.runpod.io/references/gpu-types",
        "checkedAt": "2026-12-01",
        "verified": true,
        "note": "No A10 or A10G is in Runpod's GPU types table; the nearest Serverless pool by memory is AMPERE_24."
      }
    ],
    "architectures": [],
    "communitySources": []
  },
  {
    "provider": "runware",
    "name": "Runware",
    "currency": "USD",
    "billingSource": "https://runware.ai/docs/models-api/pricing",
    "defaults": {},
    "accepts": {},
    "surcharges": [],
    "models": [
      {
        "id": "bytedance:5@0",
        "name": "Seedream 4.0",
        "kind": "image",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "image",
            "amount": "0.03",
            "per": "1",
            "when": {},
            "source": "https://runware.ai/docs/models/bytedance-seedream-4-0",
            "checkedAt": "2026-11-21",
            "effectiveFrom": "2026-11-21",
            "basis": "published",
            "verified": true,
            "note": "Published as $0.03 per image at 1024x1024."
          }
        ]
      },
      {
        "id": "google:4@1",
        "name": "Nano Banana (Gemini 2.5 Flash Image)",
        "kind": "image",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "image",
            "amount": "0.039",
            "per": "1",
            "when": {},
            "source": "https://runware.ai/docs/models/google-nano-banana",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": true,
            "note": "Published as $0.039 per image at 1024x1024, the only size the page prices."
          }
        ],
        "note": "Every size the model accepts is a 1K configuration (1024x1024 up to 1536x672)."
      },
      {
        "id": "google:2@1",
        "name": "Imagen 4 Preview",
        "kind": "image",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "image",
            "amount": "0.04",
            "per": "1",
            "when": {},
            "source": "https://runware.ai/docs/models/google-imagen-4-preview",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": true,
            "note": "Published as $0.04 per image at 1024x1024, the only size the page prices."
          }
        ],
        "note": "Every size the model accepts is a 1K configuration (1024x1024, 1408x768, 896x1280...)."
      },
      {
        "id": "google:2@2",
        "name": "Imagen 4 Ultra",
        "kind": "image",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "image",
            "amount": "0.06",
            "per": "1",
            "when": {},
            "source": "https://runware.ai/docs/models/google-imagen-4-ultra",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": true,
            "note": "Published as $0.06 per image at 1024x1024, the only size the page prices."
          }
        ],
        "note": "Every size the model accepts is a 1K configuration (1024x1024, 1408x768, 896x1280...)."
      },
      {
        "id": "google:2@3",
        "name": "Imagen 4 Fast",
        "kind": "image",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "image",
            "amount": "0.02",
            "per": "1",
            "when": {},
            "source": "https://runware.ai/docs/models/google-imagen-4-fast",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": true,
            "note": "Published as $0.02 per image at each of its five sizes (1024x1024, 1408x768, 768x1408, 1280x896, 896x1280); the page's \"~$0.0185 per megapixel\" is a summary of those."
          }
        ]
      },
      {
        "id": "bfl:5@1",
        "name": "FLUX.2 [pro]",
        "kind": "image",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "image",
            "amount": "0.03",
            "per": "1",
            "when": {
              "megapixels": {
                "lte": 1.048576
              }
            },
            "source": "https://runware.ai/docs/models/bfl-flux-2-pro",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": true,
            "note": "Published as $0.03 for \"1k\"; taken as outputs up to 1024x1024 pixels."
          }
        ],
        "note": "Runware prices only the 1k size; larger outputs (up to 4 MP) stay unpriced until it publishes theirs."
      },
      {
        "id": "bfl:2@1",
        "name": "FLUX.1.1 [pro]",
        "kind": "image",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "image",
            "amount": "0.04",
            "per": "1",
            "when": {
              "megapixels": {
                "lte": 1.048576
              }
            },
            "source": "https://runware.ai/docs/models/bfl-flux-1-1-pro",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": true,
            "note": "Published as $0.04 for \"1k\"; taken as outputs up to 1024x1024 pixels, as for FLUX.2 [pro]."
          }
        ],
        "note": "Runware prices only the 1k size; larger outputs stay unpriced until it publishes theirs."
      },
      {
        "id": "google:4@2",
        "name": "Nano Banana Pro (Gemini 3 Pro Image)",
        "kind": "image",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "image",
            "amount": "0.138",
            "per": "1",
            "when": {
              "resolution": [
                "1K",
                "2K"
              ]
            },
            "source": "https://runware.ai/docs/models/google-nano-banana-pro",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": true,
            "note": "Published as $0.138 per image at 1K and at 2K."
          },
          {
            "charge": "base",
            "unit": "image",
            "amount": "0.244",
            "per": "1",
            "when": {
              "resolution": "4K"
            },
            "source": "https://runware.ai/docs/models/google-nano-banana-pro",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": true,
            "note": "Published as $0.244 per image at 4K."
          }
        ]
      },
      {
        "id": "bfl:6@1",
        "name": "FLUX.2 [flex]",
        "kind": "image",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "image",
            "amount": "0.06",
            "per": "1",
            "when": {
              "megapixels": {
                "lte": 1.048576
              }
            },
            "source": "https://runware.ai/docs/models/bfl-flux-2-flex",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": true,
            "note": "Published as $0.06 per image at 512x512 and at 1024x1024, so taken as the price of any output up to 1024x1024 pixels (the page's \"~$0.1431 per megapixel\" does not match them)."
          }
        ],
        "note": "Runware prices only 512x512 and 1024x1024; larger outputs stay unpriced until it publishes theirs."
      },
      {
        "id": "runware:101@1",
        "name": "FLUX.1 [dev]",
        "kind": "image",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "image",
            "measured": [
              {
                "width": 512,
                "height": 512,
                "steps": 28,
                "amount": "0.0019"
              },
              {
                "width": 1024,
                "height": 1024,
                "steps": 28,
                "amount": "0.0038"
              }
            ],
            "per": "1",
            "when": {},
            "range": {
              "low": [
                {
                  "width": 1024,
                  "height": 1024,
                  "steps": 30,
                  "amount": "0.0013"
                }
              ],
              "source": "https://runware.ai/docs/platform/pricing",
              "note": "compute-billed, and Runware lowers the cost as it speeds a model up: its worked example of \u0060includeCost\u0060 was charged $0.0013 at 1024x1024 and 30 steps, against the model page's $0.0038 at 28"
            },
            "source": "https://runware.ai/docs/models/bfl-flux-1-dev",
            "checkedAt": "2026-11-21",
            "effectiveFrom": "2026-11-21",
            "basis": "measured",
            "verified": true,
            "note": "Compute-time billing; cost scales with resolution, steps and results."
          }
        ]
      },
      {
        "id": "runware:106@1",
        "name": "FLUX.1 Kontext [dev]",
        "kind": "image",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "image",
            "measured": [
              {
                "width": 1024,
                "height": 1024,
                "steps": 28,
                "amount": "0.0105"
              }
            ],
            "per": "1",
            "when": {},
            "source": "https://runware.ai/docs/models/bfl-flux-1-kontext-dev",
            "checkedAt": "2026-11-21",
            "effectiveFrom": "2026-11-21",
            "basis": "measured",
            "verified": true,
            "note": "Compute-time billing; cost scales with resolution, steps and results."
          }
        ]
      },
      {
        "id": "runware:97@3",
        "name": "HiDream-I1 Fast",
        "kind": "image",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "image",
            "measured": [
              {
                "width": 1024,
                "height": 1024,
                "steps": 16,
                "amount": "0.0038"
              },
              {
                "width": 1024,
                "height": 1024,
                "steps": 22,
                "amount": "0.0051"
              }
            ],
            "per": "1",
            "when": {},
            "source": "https://runware.ai/docs/models/hidream-i1-fast",
            "checkedAt": "2026-11-21",
            "effectiveFrom": "2026-11-21",
            "basis": "measured",
            "verified": true,
            "note": "Compute-time billing; cost scales with resolution, steps and results."
          }
        ]
      },
      {
        "id": "runware:97@1",
        "name": "HiDream-I1 Full",
        "kind": "image",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "image",
            "measured": [
              {
                "width": 1024,
                "height": 1024,
                "steps": 30,
                "amount": "0.009"
              }
            ],
            "per": "1",
            "when": {},
            "source": "https://runware.ai/docs/models/hidream-i1-full",
            "checkedAt": "2026-11-21",
            "effectiveFrom": "2026-11-21",
            "basis": "measured",
            "verified": true,
            "note": "Compute-time billing; cost scales with resolution, steps and results."
          }
        ]
      },
      {
        "id": "klingai:kling-video@3-standard",
        "name": "Kling Video 3.0 Standard",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.084",
            "per": "1",
            "when": {
              "audio": false
            },
            "source": "https://runware.ai/docs/models/klingai-video-3-0-standard",
            "checkedAt": "2026-11-21",
            "effectiveFrom": "2026-11-21",
            "basis": "published",
            "verified": true,
            "note": "720p without audio."
          },
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.126",
            "per": "1",
            "when": {
              "audio": true
            },
            "source": "https://runware.ai/docs/models/klingai-video-3-0-standard",
            "checkedAt": "2026-11-21",
            "effectiveFrom": "2026-11-21",
            "basis": "published",
            "verified": true,
            "note": "720p with audio."
          }
        ],
        "note": "Outputs 720p."
      },
      {
        "id": "klingai:kling-video@3-pro",
        "name": "Kling Video 3.0 Pro",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.112",
            "per": "1",
            "when": {
              "audio": false
            },
            "source": "https://runware.ai/docs/models/klingai-video-3-0-pro",
            "checkedAt": "2026-11-21",
            "effectiveFrom": "2026-11-21",
            "basis": "published",
            "verified": true,
            "note": "1080p without audio."
          },
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.168",
            "per": "1",
            "when": {
              "audio": true
            },
            "source": "https://runware.ai/docs/models/klingai-video-3-0-pro",
            "checkedAt": "2026-11-21",
            "effectiveFrom": "2026-11-21",
            "basis": "published",
            "verified": true,
            "note": "1080p with audio."
          }
        ],
        "note": "Outputs 1080p."
      },
      {
        "id": "klingai:5@3",
        "name": "KlingAI 2.1 Master",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.1848",
            "per": "1",
            "when": {},
            "source": "https://runware.ai/docs/models/klingai-2-1-master",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": true,
            "note": "Published as $0.1848/s for 1080p ($0.924 for 5 s)."
          }
        ],
        "note": "Outputs 1080p."
      },
      {
        "id": "klingai:4@3",
        "name": "KlingAI 2.0 Master",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.1848",
            "per": "1",
            "when": {},
            "source": "https://runware.ai/docs/models/klingai-2-0-master",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": true,
            "note": "Published as $0.1848/s for 1080p ($0.924 for 5 s); the same page lists only 720p dimensions, so the price is taken as the model's one rate whatever the size."
          }
        ]
      },
      {
        "id": "klingai:5@1",
        "name": "KlingAI 2.1 Standard",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.0370",
            "per": "1",
            "when": {},
            "source": "https://runware.ai/docs/models/klingai-2-1-standard",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": true,
            "note": "Published as $0.0370/s for 1080p ($0.185 for 5 s); the same page lists only 720p dimensions, so the price is taken as the model's one rate whatever the size."
          }
        ]
      },
      {
        "id": "bytedance:2@1",
        "name": "Seedance 1.0 Pro",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {
          "resolution": [
            "480p"
          ]
        },
        "rates": [
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.0968",
            "per": "1",
            "when": {
              "resolution": "1080p"
            },
            "source": "https://runware.ai/docs/models/bytedance-seedance-1-0-pro",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": true,
            "note": "Published as $0.0968/s for 1080p ($0.484 for 5 s)."
          }
        ],
        "note": "Runware publishes the 1080p rate only; 480p clips stay unpriced until it publishes theirs."
      },
      {
        "id": "bytedance:2@2",
        "name": "Seedance 1.0 Pro Fast",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.0062",
            "per": "1",
            "when": {
              "resolution": "480p"
            },
            "source": "https://runware.ai/docs/models/bytedance-seedance-1-0-pro-fast",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "Published as \"≈ $0.0062/s at 480p\"; the exact charge depends on the aspect ratio."
          },
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.0140",
            "per": "1",
            "when": {
              "resolution": "720p"
            },
            "source": "https://runware.ai/docs/models/bytedance-seedance-1-0-pro-fast",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "Published as \"≈ $0.0140/s at 720p\"; the exact charge depends on the aspect ratio."
          },
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.0314",
            "per": "1",
            "when": {
              "resolution": "1080p"
            },
            "source": "https://runware.ai/docs/models/bytedance-seedance-1-0-pro-fast",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "Published as \"≈ $0.0314/s at 1080p\"; the exact charge depends on the aspect ratio."
          }
        ],
        "note": "Runware publishes approximate per-second rates; its worked prices vary a little with the aspect ratio (480p, 5 s: $0.0315 at 16:9, $0.0304 at 4:3), so the rates are flagged unverified."
      },
      {
        "id": "google:3@0",
        "name": "Veo 3",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {
          "resolution": [
            "1080p"
          ]
        },
        "rates": [
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.2",
            "per": "1",
            "when": {
              "resolution": "720p",
              "audio": false
            },
            "source": "https://runware.ai/docs/models/google-veo-3",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": true,
            "note": "Published as $0.2/s for 720p ($1.6 for 8 s)."
          },
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.4",
            "per": "1",
            "when": {
              "resolution": "720p",
              "audio": true
            },
            "source": "https://runware.ai/docs/models/google-veo-3",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": true,
            "note": "Published as $0.4/s for 720p with audio ($3.2 for 8 s)."
          }
        ],
        "note": "Runware publishes 720p rates only; 1080p clips stay unpriced until it publishes theirs."
      },
      {
        "id": "google:3@1",
        "name": "Veo 3 Fast",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {
          "resolution": [
            "720p"
          ]
        },
        "rates": [
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.1",
            "per": "1",
            "when": {
              "resolution": "1080p",
              "audio": false
            },
            "source": "https://runware.ai/docs/models/google-veo-3-fast",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": true,
            "note": "Published as $0.1/s for 1080p ($0.8 for 8 s)."
          },
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.15",
            "per": "1",
            "when": {
              "resolution": "1080p",
              "audio": true
            },
            "source": "https://runware.ai/docs/models/google-veo-3-fast",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": true,
            "note": "Published as $0.15/s for 1080p with audio ($1.2 for 8 s)."
          }
        ],
        "note": "Runware publishes 1080p rates only; 720p clips stay unpriced until it publishes theirs."
      },
      {
        "id": "pixverse:1@2",
        "name": "PixVerse V4",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {
          "resolution": [
            "360p",
            "540p",
            "720p"
          ]
        },
        "rates": [
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.0598",
            "per": "1",
            "when": {
              "resolution": "1080p"
            },
            "source": "https://runware.ai/docs/models/pixverse-v4",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": true,
            "note": "Published as $0.0598/s for 1080p ($0.299 for 5 s), in the model's schema.json x-pricing."
          }
        ],
        "note": "Runware publishes the 1080p rate only; other resolutions stay unpriced until it publishes theirs."
      },
      {
        "id": "vidu:1@1",
        "name": "Vidu Q1",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.0440",
            "per": "1",
            "when": {},
            "source": "https://runware.ai/docs/models/vidu-q1",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": true,
            "note": "Published as $0.0440/s for 1080p ($0.22 for 5 s)."
          }
        ],
        "note": "Outputs 1080p."
      },
      {
        "id": "vidu:3@1",
        "name": "Vidu Q2 Pro",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {
          "resolution": [
            "360p",
            "540p",
            "720p"
          ]
        },
        "rates": [
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.0688",
            "per": "1",
            "when": {
              "resolution": "1080p"
            },
            "source": "https://runware.ai/docs/models/vidu-q2-pro",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": true,
            "note": "Published as $0.0688/s for 1080p; its worked example shows $0.55 for 8 s (0.5504 rounded)."
          }
        ],
        "note": "Runware publishes the 1080p rate only; other resolutions stay unpriced until it publishes theirs."
      },
      {
        "id": "google:3@3",
        "name": "Veo 3.1 Fast",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {
          "resolution": [
            "720p"
          ]
        },
        "rates": [
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.1",
            "per": "1",
            "when": {
              "resolution": "1080p",
              "audio": false
            },
            "source": "https://runware.ai/docs/models/google-veo-3-1-fast",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": true,
            "note": "Published as $0.1/s for 1080p ($0.8 for 8 s)."
          },
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.15",
            "per": "1",
            "when": {
              "resolution": "1080p",
              "audio": true
            },
            "source": "https://runware.ai/docs/models/google-veo-3-1-fast",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": true,
            "note": "Published as $0.15/s for 1080p with audio ($1.2 for 8 s)."
          },
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.3",
            "per": "1",
            "when": {
              "resolution": "4K",
              "audio": false
            },
            "source": "https://runware.ai/docs/models/google-veo-3-1-fast",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": true,
            "note": "Published as $2.40 for 4K, 8 s; the per-second rate is that price over its 8 seconds."
          },
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.35",
            "per": "1",
            "when": {
              "resolution": "4K",
              "audio": true
            },
            "source": "https://runware.ai/docs/models/google-veo-3-1-fast",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": true,
            "note": "Published as $2.80 for 4K, 8 s with audio; the per-second rate is that price over its 8 seconds."
          }
        ],
        "note": "Runware publishes 1080p and 4K rates only; 720p clips stay unpriced until it publishes theirs."
      },
      {
        "id": "klingai:3@1",
        "name": "KlingAI 1.6 Standard",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.0370",
            "per": "1",
            "when": {},
            "source": "https://runware.ai/docs/models/klingai-1-6-standard",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": true,
            "note": "Published as $0.0370/s for 720p ($0.185 for 5 s)."
          }
        ],
        "note": "Outputs 720p."
      },
      {
        "id": "klingai:2@1",
        "name": "KlingAI 1.5 Standard",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.1848",
            "per": "5",
            "when": {},
            "source": "https://runware.ai/docs/models/klingai-1-5-standard/examples",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "The model page publishes no rate; Runware's own examples page shows \"cost\": 0.1848 charged for 5 s clips at 1280x720. Longer clips are assumed to scale per second."
          }
        ],
        "note": "Outputs 720p."
      },
      {
        "id": "minimax:2@3",
        "name": "MiniMax 01 Live",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.0560",
            "per": "1",
            "when": {},
            "source": "https://runware.ai/docs/models/minimax-01-live",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": true,
            "note": "Published as $0.0560/s for 720p ($0.28 for 5 s)."
          }
        ],
        "note": "Outputs 720p (1366x768)."
      },
      {
        "id": "minimax:2@1",
        "name": "MiniMax 01 Director",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.0560",
            "per": "1",
            "when": {},
            "source": "https://runware.ai/docs/models/minimax-01-director",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": true,
            "note": "Published as $0.0560/s for 720p ($0.28 for 5 s); Runware's examples page shows a 6 s clip charged $0.28 too, so the charge may be per clip rather than per second."
          }
        ],
        "note": "Outputs 720p (1366x768)."
      },
      {
        "id": "minimax:1@1",
        "name": "MiniMax 01",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "video",
            "amount": "0.28",
            "per": "1",
            "when": {},
            "source": "https://runware.ai/docs/models/minimax-01/examples",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": false,
            "note": "The model page publishes no rate; Runware's own examples page shows \"cost\": 0.28 charged for a 6 s clip at 1366x768, taken as the price of one clip."
          }
        ],
        "note": "Outputs 720p (1366x768)."
      },
      {
        "id": "minimax:4@1",
        "name": "MiniMax Hailuo 2.3",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "allowed": {
          "seconds": [
            6,
            10
          ]
        },
        "rates": [
          {
            "charge": "base",
            "unit": "video",
            "amount": "0.28",
            "per": "1",
            "when": {
              "resolution": "768p",
              "seconds": 6
            },
            "source": "https://runware.ai/docs/models/minimax-hailuo-2-3",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": true,
            "note": "Published as $0.28 per 6 s clip at 768p."
          },
          {
            "charge": "base",
            "unit": "video",
            "amount": "0.56",
            "per": "1",
            "when": {
              "resolution": "768p",
              "seconds": 10
            },
            "source": "https://runware.ai/docs/models/minimax-hailuo-2-3",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": true,
            "note": "Published as $0.56 per 10 s clip at 768p."
          },
          {
            "charge": "base",
            "unit": "video",
            "amount": "0.49",
            "per": "1",
            "when": {
              "resolution": "1080p",
              "seconds": 6
            },
            "source": "https://runware.ai/docs/models/minimax-hailuo-2-3",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": true,
            "note": "Published as $0.49 per 6 s clip at 1080p."
          }
        ],
        "note": "1080p clips are 6 s only; a 10 s clip at 1080p has no price."
      },
      {
        "id": "pixverse:1@5",
        "name": "PixVerse V5",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {
          "resolution": [
            "360p",
            "540p",
            "720p"
          ]
        },
        "rates": [
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.0598",
            "per": "1",
            "when": {
              "resolution": "1080p"
            },
            "source": "https://runware.ai/docs/models/pixverse-v5",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": true,
            "note": "Published as $0.0598/s for 1080p ($0.299 for 5 s)."
          }
        ],
        "note": "Runware publishes the 1080p rate only; other resolutions stay unpriced until it publishes theirs."
      },
      {
        "id": "klingai:6@0",
        "name": "KlingAI 2.5 Turbo Standard",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.0420",
            "per": "1",
            "when": {},
            "source": "https://runware.ai/docs/models/klingai-2-5-turbo-standard",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": true,
            "note": "Published as $0.0420/s for 720p ($0.21 for 5 s)."
          }
        ],
        "note": "Outputs 720p."
      },
      {
        "id": "bfl:3@1",
        "name": "FLUX.1 Kontext [pro]",
        "kind": "image",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "image",
            "amount": "0.04",
            "per": "1",
            "when": {},
            "source": "https://runware.ai/docs/models/bfl-flux-1-kontext-pro",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": true,
            "note": "Published as $0.04 per image at 1024x1024."
          }
        ],
        "note": "Every size the model accepts is a 1K configuration (1024x1024, 1568x672, 752x1392...)."
      },
      {
        "id": "bfl:4@1",
        "name": "FLUX.1 Kontext [max]",
        "kind": "image",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "image",
            "amount": "0.08",
            "per": "1",
            "when": {},
            "source": "https://runware.ai/docs/models/bfl-flux-1-kontext-max",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": true,
            "note": "Published as $0.08 per image at 1024x1024."
          }
        ],
        "note": "Every size the model accepts is a 1K configuration (1024x1024, 1568x672, 752x1392...)."
      },
      {
        "id": "bfl:2@2",
        "name": "FLUX.1.1 [pro] Ultra",
        "kind": "image",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "image",
            "amount": "0.06",
            "per": "1",
            "when": {},
            "source": "https://runware.ai/docs/models/bfl-flux-1-1-pro-ultra",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": true,
            "note": "Published as $0.06 per image for \"2k\", its only size class."
          }
        ],
        "note": "Every size the model accepts is a 2K configuration (2048x2048, 3136x1344, 1536x2752...)."
      },
      {
        "id": "google:1@1",
        "name": "Imagen 3",
        "kind": "image",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "image",
            "amount": "0.04",
            "per": "1",
            "when": {},
            "source": "https://runware.ai/docs/models/google-imagen-3",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": true,
            "note": "Published as $0.04 per image at each of its five sizes."
          }
        ],
        "note": "Every size the model accepts is a 1K configuration (1024x1024, 1408x768, 896x1280...)."
      },
      {
        "id": "google:1@2",
        "name": "Imagen 3 Fast",
        "kind": "image",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "image",
            "amount": "0.02",
            "per": "1",
            "when": {},
            "source": "https://runware.ai/docs/models/google-imagen-3-fast",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": true,
            "note": "Published as $0.02 per image for \"1k\", its only size class."
          }
        ],
        "note": "Every size the model accepts is a 1K configuration (1024x1024, 1408x768, 896x1280...)."
      },
      {
        "id": "ideogram:4@1",
        "name": "Ideogram 3.0",
        "kind": "image",
        "aliases": [],
        "requires": [],
        "defaults": {
          "quality": "DEFAULT"
        },
        "accepts": {
          "quality": [
            "TURBO",
            "QUALITY"
          ]
        },
        "rates": [
          {
            "charge": "base",
            "unit": "image",
            "amount": "0.06",
            "per": "1",
            "when": {
              "quality": "DEFAULT"
            },
            "source": "https://runware.ai/docs/models/ideogram-3-0",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": true,
            "note": "Published as $0.06 for \"1k\" with no rendering speed named, so taken as the price at the default speed."
          }
        ],
        "note": "The quality attribute is Ideogram's renderingSpeed (TURBO, DEFAULT or QUALITY); Runware's default is DEFAULT. Every size the model accepts is a 1K configuration. TURBO and QUALITY stay unpriced until Runware publishes their prices."
      },
      {
        "id": "klingai:kling-video@3-4k",
        "name": "Kling Video 3.0 4K",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.42",
            "per": "1",
            "when": {},
            "source": "https://runware.ai/docs/models/klingai-video-3-0-4k",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": true,
            "note": "Published as $0.42 for 1 s with no audio split, unlike the Standard and Pro pages, so taken as the rate with or without audio."
          }
        ],
        "note": "Outputs 4K (3840x2160, 2160x3840, 2880x2880)."
      },
      {
        "id": "google:2@0",
        "name": "Veo 2",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.5",
            "per": "1",
            "when": {},
            "source": "https://runware.ai/docs/models/google-veo-2",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": true,
            "note": "Published as $0.5/s for 720p ($2.5 for 5 s)."
          }
        ],
        "note": "Outputs 720p (1280x720, 720x1280)."
      },
      {
        "id": "lightricks:2@0",
        "name": "LTX-2 Pro",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {
          "resolution": [
            "1440p"
          ]
        },
        "rates": [
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.06",
            "per": "1",
            "when": {
              "resolution": "1080p"
            },
            "source": "https://runware.ai/docs/models/lightricks-ltx-2-pro",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": false,
            "note": "Published as $0.36 for a 6 s clip at 1080p, with no per-second rate; taken as $0.06/s, assuming the price scales with length."
          },
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.24",
            "per": "1",
            "when": {
              "resolution": "4K"
            },
            "source": "https://runware.ai/docs/models/lightricks-ltx-2-pro",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": false,
            "note": "Published as $2.40 for a 10 s clip at 4K, with no per-second rate; taken as $0.24/s, assuming the price scales with length."
          }
        ],
        "note": "Runware prices 1080p and 4K clips only; 1440p clips stay unpriced until it publishes theirs."
      },
      {
        "id": "bytedance:5@2",
        "name": "OmniHuman-1.5",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.13247",
            "per": "1",
            "when": {},
            "source": "https://runware.ai/docs/models/bytedance-omnihuman-1-5",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": false,
            "note": "Published as 1.3247 (USD) for \"10 seconds\" of avatar video and nothing else; taken as $0.13247/s, assuming the price scales with length."
          }
        ]
      },
      {
        "id": "elevenlabs:1@1",
        "name": "Eleven Music v1",
        "kind": "audio",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "audio_second",
            "amount": "0.4",
            "per": "60",
            "when": {},
            "source": "https://runware.ai/docs/models/elevenlabs-music-v1",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": true,
            "note": "Published as \"$0.4 / min\" per minute of audio; the page names no rounding, so partial minutes are taken as billed by the second."
          }
        ],
        "note": "Give seconds as the length of the generated music (the request's duration)."
      },
      {
        "id": "ideogram:3@1",
        "name": "Ideogram 2.0",
        "kind": "image",
        "aliases": [],
        "requires": [],
        "defaults": {
          "quality": "DEFAULT"
        },
        "accepts": {
          "quality": [
            "TURBO"
          ]
        },
        "rates": [
          {
            "charge": "base",
            "unit": "image",
            "amount": "0.08",
            "per": "1",
            "when": {
              "quality": "DEFAULT"
            },
            "source": "https://runware.ai/docs/models/ideogram-2-0",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": true,
            "note": "Published as \"Each generation costs $0.08\" at 1024x1024, 768x1280 and 1280x768 with no rendering speed named, so taken as the price at the default speed, as for Ideogram 3.0."
          }
        ],
        "note": "The quality attribute is Ideogram's renderingSpeed (TURBO or DEFAULT for 2.0 models); Runware's default is DEFAULT. Every size the model accepts is a 1K configuration. TURBO stays unpriced until Runware publishes its price."
      },
      {
        "id": "ideogram:4@4",
        "name": "Ideogram 3.0 Reframe",
        "kind": "image",
        "aliases": [],
        "requires": [],
        "defaults": {
          "quality": "DEFAULT"
        },
        "accepts": {
          "quality": [
            "TURBO",
            "DEFAULT"
          ]
        },
        "rates": [
          {
            "charge": "base",
            "unit": "image",
            "amount": "0.09",
            "per": "1",
            "when": {
              "quality": "QUALITY"
            },
            "source": "https://runware.ai/docs/models/ideogram-3-0-reframe/examples",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": false,
            "note": "Runware's own examples page shows \"cost\": 0.09 charged for reframes at renderingSpeed QUALITY to 1536x640, taken as the price of one image at QUALITY."
          }
        ],
        "note": "The quality attribute is Ideogram's renderingSpeed (TURBO, DEFAULT or QUALITY); Runware's default is DEFAULT. The model page publishes no rate; only QUALITY is priced, from Runware's examples page, and TURBO and DEFAULT stay unpriced until Runware publishes their prices."
      },
      {
        "id": "openai:2@2",
        "name": "DALL·E 2",
        "kind": "image",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "image",
            "amount": "0.016",
            "per": "1",
            "when": {
              "megapixels": {
                "gte": 1.048576
              }
            },
            "source": "https://runware.ai/docs/models/openai-dalle-2",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": true,
            "note": "Published as $0.016 for \"1k\", the model's 1024x1024 size."
          }
        ],
        "note": "Runware prices only the 1k size (1024x1024); 256x256 and 512x512 stay unpriced until it publishes theirs."
      }
    ],
    "unpricedNames": [],
    "architectures": [
      {
        "id": "flux1-dev",
        "name": "FLUX.1 [dev] architecture",
        "rates": [
          {
            "charge": "base",
            "unit": "image",
            "measured": [
              {
                "width": 512,
                "height": 512,
                "steps": 28,
                "amount": "0.0019"
              },
              {
                "width": 1024,
                "height": 1024,
                "steps": 28,
                "amount": "0.0038"
              }
            ],
            "per": "1",
            "when": {},
            "range": {
              "low": [
                {
                  "width": 1024,
                  "height": 1024,
                  "steps": 30,
                  "amount": "0.0013"
                }
              ],
              "source": "https://runware.ai/docs/platform/pricing",
              "note": "compute-billed, and Runware lowers the cost as it speeds a model up: its worked example of \u0060includeCost\u0060 was charged $0.0013 at 1024x1024 and 30 steps, against the model page's $0.0038 at 28"
            },
            "source": "https://runware.ai/docs/models/bfl-flux-1-dev",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-11-21",
            "basis": "measured",
            "verified": true,
            "note": "Runware's measured runs of FLUX.1 [dev] (runware:101@1); compute-time billing, so cost scales with resolution, steps and results."
          }
        ],
        "models": [],
        "note": "Community checkpoints of this architecture run the same compute as FLUX.1 [dev] itself, so they are priced from its measured runs."
      }
    ],
    "communitySources": [
      "civitai",
      "rundiffusion"
    ]
  },
  {
    "provider": "runway",
    "name": "Runway API",
    "currency": "credits",
    "credit": {
      "usd": "0.01",
      "source": "https://docs.dev.runwayml.com/guides/pricing/",
      "checkedAt": "2026-11-21",
      "effectiveFrom": "2024-11-06"
    },
    "billingSource": "https://docs.dev.runwayml.com/guides/pricing/",
    "defaults": {},
    "accepts": {
      "format": [
        "mp4"
      ]
    },
    "surcharges": [
      {
        "charge": "output format",
        "unit": "video_second",
        "amount": "5",
        "per": "1",
        "when": {
          "format": [
            "prores",
            "png_sequence"
          ]
        },
        "source": "https://github.com/runwayml/sdk-node/blob/main/src/resources/text-to-video.ts",
        "checkedAt": "2026-11-21",
        "effectiveFrom": "2026-11-21",
        "basis": "published",
        "verified": true,
        "note": "Non-mp4 output (ProRes, PNG sequence) adds 5 credits per output second.",
        "appliesTo": [
          "video"
        ],
        "except": []
      },
      {
        "charge": "bit depth",
        "unit": "video_second",
        "amount": "20",
        "per": "1",
        "when": {
          "bitDepth": {
            "gte": 10
          },
          "megapixels": {
            "lte": 4
          }
        },
        "source": "https://github.com/runwayml/sdk-node/blob/main/src/resources/text-to-video.ts",
        "checkedAt": "2026-11-21",
        "effectiveFrom": "2026-11-21",
        "basis": "published",
        "verified": true,
        "note": "10-bit and deeper output profiles add 20 credits per output second up to 4 megapixels.",
        "appliesTo": [
          "video"
        ],
        "except": [
          "ruby"
        ]
      },
      {
        "charge": "bit depth",
        "unit": "video_second",
        "amount": "40",
        "per": "1",
        "when": {
          "bitDepth": {
            "gte": 10
          },
          "megapixels": {
            "gt": 4
          }
        },
        "source": "https://github.com/runwayml/sdk-node/blob/main/src/resources/text-to-video.ts",
        "checkedAt": "2026-11-21",
        "effectiveFrom": "2026-11-21",
        "basis": "published",
        "verified": true,
        "note": "10-bit and deeper output profiles add 40 credits per output second above 4 megapixels.",
        "appliesTo": [
          "video"
        ],
        "except": [
          "ruby"
        ]
      }
    ],
    "usageTiers": {
      "source": "https://docs.dev.runwayml.com/",
      "checkedAt": "2026-11-21",
      "verified": false,
      "note": "From the usage-tiers section of the Runway API docs as summarized by provider-owned secondary sources; daily generation limits vary per model group and are read live.",
      "tiers": [
        {
          "tier": 1,
          "purchasedUsd": "0",
          "maxMonthlySpendUsd": "100"
        },
        {
          "tier": 2,
          "purchasedUsd": "50",
          "maxMonthlySpendUsd": "500"
        },
        {
          "tier": 3,
          "purchasedUsd": "100",
          "maxMonthlySpendUsd": "2000"
        },
        {
          "tier": 4,
          "purchasedUsd": "1000",
          "maxMonthlySpendUsd": "20000"
        },
        {
          "tier": 5,
          "purchasedUsd": "5000",
          "maxMonthlySpendUsd": "100000"
        }
      ]
    },
    "models": [
      {
        "id": "gen4.5",
        "name": "Gen-4.5",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "allowed": {
          "seconds": {
            "gte": 2,
            "lte": 10,
            "integer": true
          }
        },
        "rates": [
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "12",
            "per": "1",
            "when": {},
            "source": "https://docs.dev.runwayml.com/guides/pricing/",
            "checkedAt": "2026-11-21",
            "effectiveFrom": "2026-11-21",
            "basis": "published",
            "verified": true
          }
        ]
      },
      {
        "id": "gen4_turbo",
        "name": "Gen-4 Turbo",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "5",
            "per": "1",
            "when": {},
            "source": "https://docs.dev.runwayml.com/guides/pricing/",
            "checkedAt": "2026-11-21",
            "effectiveFrom": "2026-11-21",
            "basis": "published",
            "verified": true
          }
        ]
      },
      {
        "id": "gen4_aleph",
        "name": "Gen-4 Aleph",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "retired": {
          "on": "2026-06-10",
          "replacement": "aleph2",
          "source": "https://github.com/runwayml/sdk-node/blob/main/CHANGELOG.md"
        },
        "rates": [
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "15",
            "per": "1",
            "when": {},
            "source": "https://docs.dev.runwayml.com/guides/pricing/",
            "checkedAt": "2026-11-21",
            "effectiveFrom": "2026-11-21",
            "basis": "published",
            "verified": true
          }
        ]
      },
      {
        "id": "gen3a_turbo",
        "name": "Gen-3 Alpha Turbo",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "allowed": {
          "seconds": [
            5,
            10
          ]
        },
        "retired": {
          "on": "2026-06-10",
          "replacement": "gen4_turbo",
          "source": "https://github.com/runwayml/sdk-node/blob/main/CHANGELOG.md"
        },
        "rates": [
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "5",
            "per": "1",
            "when": {},
            "source": "https://docs.dev.runwayml.com/guides/pricing/",
            "checkedAt": "2026-11-21",
            "effectiveFrom": "2026-11-21",
            "basis": "published",
            "verified": true
          }
        ]
      },
      {
        "id": "act_two",
        "name": "Act-Two",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "5",
            "per": "1",
            "when": {},
            "source": "https://docs.dev.runwayml.com/guides/pricing/",
            "checkedAt": "2026-11-21",
            "effectiveFrom": "2026-11-21",
            "basis": "published",
            "verified": true
          }
        ]
      },
      {
        "id": "veo3",
        "name": "Veo 3",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "allowed": {
          "seconds": [
            8
          ]
        },
        "rates": [
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "40",
            "per": "1",
            "when": {},
            "source": "https://docs.dev.runwayml.com/guides/pricing/",
            "checkedAt": "2026-11-21",
            "effectiveFrom": "2026-11-21",
            "basis": "published",
            "verified": true
          }
        ]
      },
      {
        "id": "veo3.1",
        "name": "Veo 3.1",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "allowed": {
          "seconds": [
            4,
            6,
            8
          ]
        },
        "rates": [
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "40",
            "per": "1",
            "when": {
              "audio": true
            },
            "source": "https://docs.dev.runwayml.com/guides/pricing/",
            "checkedAt": "2026-11-21",
            "effectiveFrom": "2026-11-21",
            "basis": "published",
            "verified": true,
            "note": "Runway's skill reference lists 20-40 credits/s and its SDK says audio affects the price; the 40 (audio) / 20 (no audio) split comes from seed data, not a Runway page."
          },
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "20",
            "per": "1",
            "when": {
              "audio": false
            },
            "source": "https://docs.dev.runwayml.com/guides/pricing/",
            "checkedAt": "2026-11-21",
            "effectiveFrom": "2026-11-21",
            "basis": "published",
            "verified": true,
            "note": "Runway's skill reference lists 20-40 credits/s and its SDK says audio affects the price; the 40 (audio) / 20 (no audio) split comes from seed data, not a Runway page."
          }
        ]
      },
      {
        "id": "veo3.1_fast",
        "name": "Veo 3.1 Fast",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "allowed": {
          "seconds": [
            4,
            6,
            8
          ]
        },
        "rates": [
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "15",
            "per": "1",
            "when": {
              "audio": true
            },
            "source": "https://docs.dev.runwayml.com/guides/pricing/",
            "checkedAt": "2026-11-21",
            "effectiveFrom": "2026-11-21",
            "basis": "published",
            "verified": true,
            "note": "Runway's skill reference lists 10-15 credits/s and its SDK says audio affects the price; the 15 (audio) / 10 (no audio) split comes from seed data, not a Runway page."
          },
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "10",
            "per": "1",
            "when": {
              "audio": false
            },
            "source": "https://docs.dev.runwayml.com/guides/pricing/",
            "checkedAt": "2026-11-21",
            "effectiveFrom": "2026-11-21",
            "basis": "published",
            "verified": true,
            "note": "Runway's skill reference lists 10-15 credits/s and its SDK says audio affects the price; the 15 (audio) / 10 (no audio) split comes from seed data, not a Runway page."
          }
        ]
      },
      {
        "id": "seedance2",
        "name": "Seedance 2",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {
          "resolution": "720p"
        },
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "36",
            "per": "1",
            "when": {
              "resolution": [
                "480p",
                "720p"
              ]
            },
            "source": "https://docs.dev.runwayml.com/guides/pricing/",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "From a third-party copy of Runway's API pricing page (December 2026 audit); not confirmed on Runway's own page."
          },
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "40",
            "per": "1",
            "when": {
              "resolution": "1080p"
            },
            "source": "https://docs.dev.runwayml.com/guides/pricing/",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "From a third-party copy of Runway's API pricing page (December 2026 audit); not confirmed on Runway's own page."
          },
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "150",
            "per": "1",
            "when": {
              "resolution": "4K"
            },
            "source": "https://docs.dev.runwayml.com/guides/pricing/",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "From a third-party copy of Runway's API pricing page (December 2026 audit); not confirmed on Runway's own page."
          }
        ]
      },
      {
        "id": "ruby",
        "name": "Ruby (video to HDR)",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "20",
            "per": "1",
            "when": {
              "megapixels": {
                "lte": 4
              }
            },
            "source": "https://github.com/runwayml/sdk-node/blob/main/src/resources/video-to-hdr.ts",
            "checkedAt": "2026-11-21",
            "effectiveFrom": "2026-11-21",
            "basis": "published",
            "verified": true,
            "note": "20 credits per output second for sources up to 4 megapixels."
          },
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "40",
            "per": "1",
            "when": {
              "megapixels": {
                "gt": 4
              }
            },
            "source": "https://github.com/runwayml/sdk-node/blob/main/src/resources/video-to-hdr.ts",
            "checkedAt": "2026-11-21",
            "effectiveFrom": "2026-11-21",
            "basis": "published",
            "verified": true,
            "note": "40 credits per output second for sources larger than 4 megapixels (roughly 4K)."
          }
        ],
        "note": "Endpoint /v1/video_to_hdr. All HDR output profiles bill at this one rate (the bit depth surcharge does not apply to it)."
      },
      {
        "id": "gen4_image",
        "name": "Gen-4 Image",
        "kind": "image",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "image",
            "amount": "5",
            "per": "1",
            "when": {
              "resolution": "720p"
            },
            "source": "https://docs.dev.runwayml.com/guides/pricing/",
            "checkedAt": "2026-11-21",
            "effectiveFrom": "2026-11-21",
            "basis": "published",
            "verified": true
          },
          {
            "charge": "base",
            "unit": "image",
            "amount": "8",
            "per": "1",
            "when": {
              "resolution": "1080p"
            },
            "source": "https://docs.dev.runwayml.com/guides/pricing/",
            "checkedAt": "2026-11-21",
            "effectiveFrom": "2026-11-21",
            "basis": "published",
            "verified": true
          }
        ]
      },
      {
        "id": "gen4_image_turbo",
        "name": "Gen-4 Image Turbo",
        "kind": "image",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "image",
            "amount": "2",
            "per": "1",
            "when": {},
            "source": "https://docs.dev.runwayml.com/guides/pricing/",
            "checkedAt": "2026-11-21",
            "effectiveFrom": "2026-11-21",
            "basis": "published",
            "verified": true
          }
        ]
      },
      {
        "id": "gemini_2.5_flash",
        "name": "Gemini 2.5 Flash Image",
        "kind": "image",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "image",
            "amount": "5",
            "per": "1",
            "when": {},
            "source": "https://docs.dev.runwayml.com/guides/pricing/",
            "checkedAt": "2026-11-21",
            "effectiveFrom": "2026-11-21",
            "basis": "published",
            "verified": true
          }
        ]
      },
      {
        "id": "gemini_image3_pro",
        "name": "Gemini 3 Pro Image",
        "kind": "image",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "image",
            "amount": "20",
            "per": "1",
            "when": {
              "resolution": [
                "1K",
                "2K"
              ]
            },
            "source": "https://docs.dev.runwayml.com/guides/pricing/",
            "checkedAt": "2026-11-21",
            "effectiveFrom": "2026-11-21",
            "basis": "published",
            "verified": true,
            "note": "Split by resolution from two independent third-party sources that agree."
          },
          {
            "charge": "base",
            "unit": "image",
            "amount": "40",
            "per": "1",
            "when": {
              "resolution": "4K"
            },
            "source": "https://docs.dev.runwayml.com/guides/pricing/",
            "checkedAt": "2026-11-21",
            "effectiveFrom": "2026-11-21",
            "basis": "published",
            "verified": true,
            "note": "Split by resolution from two independent third-party sources that agree."
          }
        ]
      },
      {
        "id": "gpt_image_2",
        "name": "GPT Image 2",
        "kind": "image",
        "aliases": [],
        "requires": [],
        "defaults": {
          "quality": "high"
        },
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "image",
            "amount": "1",
            "per": "1",
            "when": {
              "quality": "low",
              "resolution": [
                "1K",
                "2K"
              ]
            },
            "source": "https://docs.dev.runwayml.com/guides/pricing/",
            "checkedAt": "2026-11-21",
            "effectiveFrom": "2026-11-21",
            "basis": "published",
            "verified": false,
            "note": "third-party table; Runway lists 1 to 41 credits"
          },
          {
            "charge": "base",
            "unit": "image",
            "amount": "2",
            "per": "1",
            "when": {
              "quality": "low",
              "resolution": [
                "4K",
                "auto"
              ]
            },
            "source": "https://docs.dev.runwayml.com/guides/pricing/",
            "checkedAt": "2026-11-21",
            "effectiveFrom": "2026-11-21",
            "basis": "published",
            "verified": false,
            "note": "third-party table; Runway lists 1 to 41 credits"
          },
          {
            "charge": "base",
            "unit": "image",
            "amount": "5",
            "per": "1",
            "when": {
              "quality": "medium",
              "resolution": [
                "1K",
                "2K"
              ]
            },
            "source": "https://docs.dev.runwayml.com/guides/pricing/",
            "checkedAt": "2026-11-21",
            "effectiveFrom": "2026-11-21",
            "basis": "published",
            "verified": false,
            "note": "third-party table; Runway lists 1 to 41 credits"
          },
          {
            "charge": "base",
            "unit": "image",
            "amount": "11",
            "per": "1",
            "when": {
              "quality": "medium",
              "resolution": [
                "4K",
                "auto"
              ]
            },
            "source": "https://docs.dev.runwayml.com/guides/pricing/",
            "checkedAt": "2026-11-21",
            "effectiveFrom": "2026-11-21",
            "basis": "published",
            "verified": false,
            "note": "third-party table; Runway lists 1 to 41 credits"
          },
          {
            "charge": "base",
            "unit": "image",
            "amount": "20",
            "per": "1",
            "when": {
              "quality": [
                "high",
                "auto"
              ],
              "resolution": [
                "1K",
                "2K"
              ]
            },
            "source": "https://docs.dev.runwayml.com/guides/pricing/",
            "checkedAt": "2026-11-21",
            "effectiveFrom": "2026-11-21",
            "basis": "published",
            "verified": false,
            "note": "third-party table; Runway lists 1 to 41 credits"
          },
          {
            "charge": "base",
            "unit": "image",
            "amount": "41",
            "per": "1",
            "when": {
              "quality": [
                "high",
                "auto"
              ],
              "resolution": [
                "4K",
                "auto"
              ]
            },
            "source": "https://docs.dev.runwayml.com/guides/pricing/",
            "checkedAt": "2026-11-21",
            "effectiveFrom": "2026-11-21",
            "basis": "published",
            "verified": false,
            "note": "third-party table; Runway lists 1 to 41 credits"
          }
        ],
        "note": "quality defaults to high (Runway SDK default). quality auto is priced like high and resolution auto like 4K."
      },
      {
        "id": "eleven_multilingual_v2",
        "name": "ElevenLabs Multilingual v2 (text to speech)",
        "kind": "audio",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "character",
            "amount": "1",
            "per": "50",
            "when": {},
            "rounding": {
              "mode": "ceil",
              "step": "50",
              "scope": "request"
            },
            "source": "https://docs.dev.runwayml.com/guides/pricing/",
            "checkedAt": "2026-11-21",
            "effectiveFrom": "2026-11-21",
            "basis": "published",
            "verified": true,
            "note": "1 credit per 50 characters, partial blocks billed whole per request."
          }
        ]
      },
      {
        "id": "eleven_text_to_sound_v2",
        "name": "ElevenLabs Text to Sound v2",
        "kind": "audio",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "audio_second",
            "amount": "1",
            "per": "1",
            "when": {
              "seconds": {
                "gt": 0
              }
            },
            "source": "https://docs.dev.runwayml.com/guides/pricing/",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "1 credit per second of sound when the request gives a duration. From a third-party copy of Runway's API pricing page (December 2026 audit); not confirmed on Runway's own page."
          },
          {
            "charge": "base",
            "unit": "request",
            "amount": "2",
            "per": "1",
            "when": {},
            "absent": [
              "seconds"
            ],
            "source": "https://docs.dev.runwayml.com/guides/pricing/",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "2 credits flat when the request gives no duration. From a third-party copy of Runway's API pricing page (December 2026 audit); not confirmed on Runway's own page."
          }
        ]
      },
      {
        "id": "eleven_voice_isolation",
        "name": "ElevenLabs Voice Isolation",
        "kind": "audio",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "audio_second",
            "amount": "1",
            "per": "6",
            "when": {},
            "rounding": {
              "mode": "ceil",
              "step": "6",
              "scope": "request"
            },
            "source": "https://docs.dev.runwayml.com/guides/pricing/",
            "checkedAt": "2026-11-21",
            "effectiveFrom": "2026-11-21",
            "basis": "published",
            "verified": true,
            "note": "1 credit per 6 seconds of input audio."
          }
        ]
      },
      {
        "id": "eleven_voice_dubbing",
        "name": "ElevenLabs Voice Dubbing",
        "kind": "audio",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "audio_second",
            "amount": "1",
            "per": "2",
            "when": {},
            "rounding": {
              "mode": "ceil",
              "step": "2",
              "scope": "request"
            },
            "source": "https://docs.dev.runwayml.com/guides/pricing/",
            "checkedAt": "2026-11-21",
            "effectiveFrom": "2026-11-21",
            "basis": "published",
            "verified": true,
            "note": "1 credit per 2 seconds of input audio."
          }
        ]
      },
      {
        "id": "eleven_multilingual_sts_v2",
        "name": "ElevenLabs Multilingual v2 (speech to speech)",
        "kind": "audio",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "audio_second",
            "amount": "1",
            "per": "3",
            "when": {},
            "rounding": {
              "mode": "ceil",
              "step": "3",
              "scope": "request"
            },
            "source": "https://docs.dev.runwayml.com/guides/pricing/",
            "checkedAt": "2026-11-21",
            "effectiveFrom": "2026-11-21",
            "basis": "published",
            "verified": true,
            "note": "1 credit per 3 seconds of input audio."
          }
        ]
      },
      {
        "id": "upscale_v1",
        "name": "Upscale v1",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "retired": {
          "on": "2026-01-17",
          "replacement": "magnific_video_upscaler_creative",
          "source": "https://github.com/runwayml/sdk-node/blob/main/CHANGELOG.md"
        },
        "rates": [
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "2",
            "per": "1",
            "when": {},
            "source": "https://docs.dev.runwayml.com/guides/pricing/",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "Last published rate before the model was sunset; not re-checked against an archived copy of Runway's page."
          }
        ]
      },
      {
        "id": "magnific_video_upscaler_creative",
        "name": "Magnific Video Upscaler (creative)",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "24",
            "per": "1",
            "when": {
              "resolution": [
                "720p",
                "1K"
              ]
            },
            "source": "https://docs.dev.runwayml.com/guides/pricing/",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "modeled",
            "verified": false,
            "note": "Priced per output frame: $0.007 at 720p-1K, ceil to 1 credit per frame, x 24 fps assumed = 24 credits per second. From a third-party copy of Runway's API pricing page (December 2026 audit); not confirmed on Runway's own page."
          },
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "24",
            "per": "1",
            "when": {
              "resolution": "2K"
            },
            "source": "https://docs.dev.runwayml.com/guides/pricing/",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "modeled",
            "verified": false,
            "note": "$0.009 per output frame, ceil to 1 credit, x 24 fps assumed. From a third-party copy of Runway's API pricing page (December 2026 audit); not confirmed on Runway's own page."
          },
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "48",
            "per": "1",
            "when": {
              "resolution": "4K"
            },
            "source": "https://docs.dev.runwayml.com/guides/pricing/",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "modeled",
            "verified": false,
            "note": "$0.012 per output frame, ceil to 2 credits, x 24 fps assumed. From a third-party copy of Runway's API pricing page (December 2026 audit); not confirmed on Runway's own page."
          }
        ]
      },
      {
        "id": "seedance2_5",
        "name": "Seedance 2.5",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {
          "resolution": "720p"
        },
        "accepts": {},
        "minimum": {
          "amount": "80",
          "source": "https://docs.dev.runwayml.com/guides/pricing/",
          "checkedAt": "2026-12-01",
          "effectiveFrom": "2026-12-01",
          "basis": "published",
          "verified": false,
          "note": "Minimum charge per generation. From a third-party copy of Runway's API pricing page (December 2026 audit); not confirmed on Runway's own page."
        },
        "rates": [
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "20",
            "per": "1",
            "when": {
              "resolution": "480p"
            },
            "source": "https://docs.dev.runwayml.com/guides/pricing/",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "From a third-party copy of Runway's API pricing page (December 2026 audit); not confirmed on Runway's own page."
          },
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "30",
            "per": "1",
            "when": {
              "resolution": "720p"
            },
            "source": "https://docs.dev.runwayml.com/guides/pricing/",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "From a third-party copy of Runway's API pricing page (December 2026 audit); not confirmed on Runway's own page."
          },
          {
            "charge": "reference video",
            "unit": "reference_video_second",
            "amount": "10",
            "per": "1",
            "when": {
              "resolution": "480p",
              "referenceVideoSeconds": {
                "gt": 0
              }
            },
            "optional": true,
            "source": "https://docs.dev.runwayml.com/guides/pricing/",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "Half the per-second rate per second of reference video. From a third-party copy of Runway's API pricing page (December 2026 audit); not confirmed on Runway's own page."
          },
          {
            "charge": "reference video",
            "unit": "reference_video_second",
            "amount": "15",
            "per": "1",
            "when": {
              "resolution": "720p",
              "referenceVideoSeconds": {
                "gt": 0
              }
            },
            "optional": true,
            "source": "https://docs.dev.runwayml.com/guides/pricing/",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "Half the per-second rate per second of reference video. From a third-party copy of Runway's API pricing page (December 2026 audit); not confirmed on Runway's own page."
          }
        ]
      },
      {
        "id": "seedance2_fast",
        "name": "Seedance 2 Fast",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "29",
            "per": "1",
            "when": {},
            "source": "https://docs.dev.runwayml.com/guides/pricing/",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "From a third-party copy of Runway's API pricing page (December 2026 audit); not confirmed on Runway's own page."
          }
        ]
      },
      {
        "id": "seedance2_mini",
        "name": "Seedance 2 Mini",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "minimum": {
          "amount": "64",
          "source": "https://docs.dev.runwayml.com/guides/pricing/",
          "checkedAt": "2026-12-01",
          "effectiveFrom": "2026-12-01",
          "basis": "published",
          "verified": false,
          "note": "Minimum charge per generation. From a third-party copy of Runway's API pricing page (December 2026 audit); not confirmed on Runway's own page."
        },
        "rates": [
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "16",
            "per": "1",
            "when": {},
            "source": "https://docs.dev.runwayml.com/guides/pricing/",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "From a third-party copy of Runway's API pricing page (December 2026 audit); not confirmed on Runway's own page."
          }
        ]
      },
      {
        "id": "hailuo3",
        "name": "Hailuo 3",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {
          "resolution": "768P"
        },
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "10",
            "per": "1",
            "when": {
              "resolution": "768P"
            },
            "source": "https://docs.dev.runwayml.com/guides/pricing/",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "From a third-party copy of Runway's API pricing page (December 2026 audit); not confirmed on Runway's own page."
          },
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "15",
            "per": "1",
            "when": {
              "resolution": "2K"
            },
            "source": "https://docs.dev.runwayml.com/guides/pricing/",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "From a third-party copy of Runway's API pricing page (December 2026 audit); not confirmed on Runway's own page."
          },
          {
            "charge": "reference images",
            "unit": "reference_image",
            "amount": "2",
            "per": "1",
            "when": {
              "referenceImages": {
                "gt": 0
              }
            },
            "optional": true,
            "source": "https://docs.dev.runwayml.com/guides/pricing/",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "2 credits per reference image. From a third-party copy of Runway's API pricing page (December 2026 audit); not confirmed on Runway's own page."
          }
        ]
      },
      {
        "id": "grok_imagine_1_5",
        "name": "Grok Imagine 1.5",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {
          "resolution": "720p"
        },
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "10",
            "per": "1",
            "when": {
              "resolution": "480p"
            },
            "source": "https://docs.dev.runwayml.com/guides/pricing/",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "From a third-party copy of Runway's API pricing page (December 2026 audit); not confirmed on Runway's own page."
          },
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "16",
            "per": "1",
            "when": {
              "resolution": "720p"
            },
            "source": "https://docs.dev.runwayml.com/guides/pricing/",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "From a third-party copy of Runway's API pricing page (December 2026 audit); not confirmed on Runway's own page."
          },
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "29",
            "per": "1",
            "when": {
              "resolution": "1080p"
            },
            "source": "https://docs.dev.runwayml.com/guides/pricing/",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "From a third-party copy of Runway's API pricing page (December 2026 audit); not confirmed on Runway's own page."
          },
          {
            "charge": "references",
            "unit": "request",
            "amount": "1",
            "per": "1",
            "when": {
              "referenceImages": {
                "gt": 0
              }
            },
            "optional": true,
            "source": "https://docs.dev.runwayml.com/guides/pricing/",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "1 credit once per request when reference media are given. From a third-party copy of Runway's API pricing page (December 2026 audit); not confirmed on Runway's own page."
          }
        ]
      },
      {
        "id": "happyhorse_1_0",
        "name": "HappyHorse 1.0",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {
          "resolution": "720p"
        },
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "15",
            "per": "1",
            "when": {
              "resolution": "720p"
            },
            "source": "https://docs.dev.runwayml.com/guides/pricing/",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "From a third-party copy of Runway's API pricing page (December 2026 audit); not confirmed on Runway's own page."
          },
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "30",
            "per": "1",
            "when": {
              "resolution": "1080p"
            },
            "source": "https://docs.dev.runwayml.com/guides/pricing/",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "From a third-party copy of Runway's API pricing page (December 2026 audit); not confirmed on Runway's own page."
          }
        ]
      },
      {
        "id": "gemini_omni_flash",
        "name": "Gemini Omni Flash",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "allowed": {
          "seconds": {
            "gte": 3,
            "lte": 10,
            "integer": true
          }
        },
        "rates": [
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "10",
            "per": "1",
            "when": {},
            "source": "https://docs.dev.runwayml.com/guides/pricing/",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "From a third-party copy of Runway's API pricing page (December 2026 audit); not confirmed on Runway's own page."
          }
        ]
      },
      {
        "id": "aleph2",
        "name": "Aleph 2",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "minimum": {
          "amount": "56",
          "source": "https://docs.dev.runwayml.com/guides/pricing/",
          "checkedAt": "2026-12-01",
          "effectiveFrom": "2026-12-01",
          "basis": "published",
          "verified": false,
          "note": "Minimum charge per generation. From a third-party copy of Runway's API pricing page (December 2026 audit); not confirmed on Runway's own page."
        },
        "rates": [
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "28",
            "per": "1",
            "when": {},
            "source": "https://docs.dev.runwayml.com/guides/pricing/",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "From a third-party copy of Runway's API pricing page (December 2026 audit); not confirmed on Runway's own page."
          }
        ]
      },
      {
        "id": "gwm1_avatars",
        "name": "GWM-1 Avatars",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "request",
            "amount": "2",
            "per": "1",
            "when": {},
            "source": "https://docs.dev.runwayml.com/guides/pricing/",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "2 credits per session. From a third-party copy of Runway's API pricing page (December 2026 audit); not confirmed on Runway's own page."
          },
          {
            "charge": "duration",
            "unit": "video_second",
            "amount": "2",
            "per": "6",
            "when": {},
            "rounding": {
              "mode": "ceil",
              "step": "6",
              "scope": "request"
            },
            "source": "https://docs.dev.runwayml.com/guides/pricing/",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "2 credits per started 6 seconds. From a third-party copy of Runway's API pricing page (December 2026 audit); not confirmed on Runway's own page."
          }
        ]
      },
      {
        "id": "seedream5_lite",
        "name": "Seedream 5 Lite",
        "kind": "image",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "image",
            "amount": "4",
            "per": "1",
            "when": {},
            "source": "https://docs.dev.runwayml.com/guides/pricing/",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "From a third-party copy of Runway's API pricing page (December 2026 audit); not confirmed on Runway's own page."
          }
        ]
      },
      {
        "id": "seedream5_pro",
        "name": "Seedream 5 Pro",
        "kind": "image",
        "aliases": [],
        "requires": [],
        "defaults": {
          "resolution": "1K"
        },
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "image",
            "amount": "5",
            "per": "1",
            "when": {
              "resolution": "1K"
            },
            "source": "https://docs.dev.runwayml.com/guides/pricing/",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "From a third-party copy of Runway's API pricing page (December 2026 audit); not confirmed on Runway's own page."
          },
          {
            "charge": "base",
            "unit": "image",
            "amount": "9",
            "per": "1",
            "when": {
              "resolution": "2K"
            },
            "source": "https://docs.dev.runwayml.com/guides/pricing/",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "From a third-party copy of Runway's API pricing page (December 2026 audit); not confirmed on Runway's own page."
          }
        ]
      },
      {
        "id": "magnific_precision_upscaler_v2",
        "name": "Magnific Precision Upscaler v2",
        "kind": "image",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "image",
            "amount": "25",
            "per": "1",
            "when": {
              "width": {
                "lte": 4096
              }
            },
            "source": "https://docs.dev.runwayml.com/guides/pricing/",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "25 credits per image up to 4096 px wide. From a third-party copy of Runway's API pricing page (December 2026 audit); not confirmed on Runway's own page."
          },
          {
            "charge": "base",
            "unit": "image",
            "amount": "150",
            "per": "1",
            "when": {
              "width": {
                "gt": 4096
              }
            },
            "source": "https://docs.dev.runwayml.com/guides/pricing/",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "150 credits per image above 4096 px (output width). From a third-party copy of Runway's API pricing page (December 2026 audit); not confirmed on Runway's own page."
          }
        ]
      },
      {
        "id": "eleven_v3",
        "name": "ElevenLabs v3",
        "kind": "audio",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "minimum": {
          "amount": "1",
          "source": "https://docs.dev.runwayml.com/guides/pricing/",
          "checkedAt": "2026-12-01",
          "effectiveFrom": "2026-12-01",
          "basis": "published",
          "verified": false,
          "note": "Minimum charge per generation. From a third-party copy of Runway's API pricing page (December 2026 audit); not confirmed on Runway's own page."
        },
        "rates": [
          {
            "charge": "base",
            "unit": "character",
            "amount": "1",
            "per": "50",
            "when": {},
            "rounding": {
              "mode": "ceil",
              "step": "50",
              "scope": "request"
            },
            "source": "https://docs.dev.runwayml.com/guides/pricing/",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "1 credit per 50 characters. From a third-party copy of Runway's API pricing page (December 2026 audit); not confirmed on Runway's own page."
          }
        ]
      },
      {
        "id": "seed_audio",
        "name": "Seed Audio",
        "kind": "audio",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "minimum": {
          "amount": "5",
          "source": "https://docs.dev.runwayml.com/guides/pricing/",
          "checkedAt": "2026-12-01",
          "effectiveFrom": "2026-12-01",
          "basis": "published",
          "verified": false,
          "note": "Minimum charge per generation. From a third-party copy of Runway's API pricing page (December 2026 audit); not confirmed on Runway's own page."
        },
        "rates": [
          {
            "charge": "base",
            "unit": "audio_second",
            "amount": "0.25",
            "per": "1",
            "when": {},
            "source": "https://docs.dev.runwayml.com/guides/pricing/",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "0.25 credits per second of audio. From a third-party copy of Runway's API pricing page (December 2026 audit); not confirmed on Runway's own page."
          }
        ]
      }
    ],
    "unpricedNames": [],
    "architectures": [],
    "communitySources": []
  }
]`);var P2;function Xm(){return P2??=dc(R2),P2}var E2=new WeakMap,BA=Object.freeze({priceSource:"catalog"});function pc(e){return E2.get(e)??BA}function I2(e,t){E2.set(e,t)}var _o="genspend.prices.yml",VA=b.string().regex(/^(0|[1-9]\d?)(\.\d+)?%$/,{message:'expected a percentage under 100 such as "15%" or "12.5%"'}),GA=b.object({discount:VA.optional(),models:b.array(Wm).default([])}).strict(),Jm=b.object({$schema:b.string().optional(),version:b.literal(1,{message:"expected `version: 1`"}),providers:b.record(b.string().regex(/^[a-z][a-z0-9-]*$/,{message:"expected a lower-case provider id"}),GA)}).strict();function T2(e,t){let r=es(e,t,{exactNumbers:!1}),n=Jm.safeParse(r.value);if(!n.success)throw new Rt(lc(n.error.issues,Jm,r,t));return n.data}function O2(e,t,r=_o){let n=e.providers.map(i=>{let o=t.providers[i.provider];if(!o)return i;let s=o.discount?new ge(1).minus(new ge(o.discount.slice(0,-1)).div(100)):void 0,a=(p,f)=>{let h={...p};return I2(h,f),h},u=o.models.map(p=>({...p,rates:p.rates.map(f=>a(f,{priceSource:r}))})),c=new Set(o.models.flatMap(p=>[p.id,...p.aliases]).map(p=>p.toLowerCase())),l=i.models.filter(p=>![p.id,...p.aliases].some(f=>c.has(f.toLowerCase()))).map(p=>s?{...p,...p.minimum?{minimum:{...p.minimum,amount:C2(p.minimum.amount,s)}}:{},rates:p.rates.map(f=>a(KA(f,s),{priceSource:r,discount:o.discount}))}:p);return{...i,models:[...u,...l]}});for(let i of Object.keys(t.providers))if(!e.provider(i))throw new G(`${r}: providers.${i}: genspend has no provider \`${i}\``,{file:r},`use one of ${e.providers.map(o=>o.provider).join(", ")}`);return dc(n)}var C2=(e,t)=>new ge(e).times(t).toFixed();function KA(e,t){let r=n=>C2(n,t);return{...e,...e.included?{included:{...e.included,amount:r(e.included.amount)}}:{},...e.amount!==void 0?{amount:r(e.amount)}:{},...e.tiers?{tiers:e.tiers.map(n=>({...n,amount:r(n.amount)}))}:{},...e.measured?{measured:e.measured.map(n=>({...n,amount:r(n.amount)}))}:{},...e.range?{range:HA(e.range,r)}:{}}}function Ao(e,t,r=_o){return t===void 0?e:O2(e,T2(t,r),r)}function HA(e,t){let r=o=>o===void 0?void 0:typeof o=="string"?t(o):o.map(s=>({...s,amount:t(s.amount)})),n=r(e.low),i=r(e.high);return{...e,...n!==void 0?{low:n}:{},...i!==void 0?{high:i}:{}}}function Ym(e,t){if(t.base===null)return{catalog:Ao(e,t.head,t.file)};let r=Ao(e,t.base,t.file);if(t.base===t.head)return{catalog:r};Ao(e,t.head,t.file);let n=t.base===void 0?"adds":t.head===void 0?"removes":"changes",i=t.subject?`this ${t.subject} ${n}`:`the head ${n}`;return{catalog:r,reason:{rule:"budget",level:"warn",scope:"pr",file:t.file,message:`${i} the price file \`${t.file}\` (applies after merge; until then ${t.base===void 0?"the built-in catalog prices":"the base's price file prices"} both sides)`,workloads:[]}}}var Qm=/[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g,D2=new RegExp(Qm.source),fc=e=>D2.test(e);function N2(e){let t=D2.exec(e);return t?{char:t[0],index:t.index}:void 0}var F2=e=>`U+${e.codePointAt(0).toString(16).toUpperCase().padStart(4,"0")}`;var eh=new Map(Gm.map((e,t)=>[e,t]));function WA(e,t,r){let n=N2(e);n&&r.push(new G(`workload name ${JSON.stringify(e)} holds an invisible or control character (${F2(n.char)} at position ${n.index+1})`,t,"remove it: a name must read as it is matched"));let i=e.normalize("NFC").trim();return i||r.push(new G("workload name is empty",t,"give the workload a name")),i}function L2(e,t,r){let n=[],i=new Map,o=e.workloads.map((c,l)=>{let p=r(l),f={file:t,...p!==void 0?{line:p}:{}},h=`workloads[${l}]`,y=WA(c.name,{...f,path:`${h}.name`},n),g=i.get(y);g!==void 0&&n.push(new G(`workload name "${y}" is also used by workloads[${g}]`,{...f,path:`${h}.name`},"give every workload a unique name: the diff matches base and head by name")),i.set(y,l);let v=c.provider.trim().toLowerCase()==="runpod";v&&c.gpu===void 0&&c.model===void 0?n.push(new G("a runpod workload names its GPU with `gpu`",{...f,path:h},"add `gpu: H100 PRO` (see `genspend prices runpod`), or `model: network-volume` for storage")):v&&c.gpu!==void 0&&c.model!==void 0?n.push(new G("give either `gpu` or `model`, not both",{...f,path:h},"keep `gpu` for a GPU endpoint")):!v&&c.model===void 0?n.push(new G("missing required `model`",{...f,path:h},`add \`model:\` with a model id (see \`genspend prices ${c.provider}\`)`)):!v&&c.gpu!==void 0&&n.push(new G("`gpu` applies to runpod workloads only",{...f,path:`${h}.gpu`},"remove it"));let $=Object.keys(c).filter(k=>eh.has(k)&&c[k]!==void 0);$.sort((k,N)=>eh.get(k)-eh.get(N));let w={};for(let k of $)w[k]=c[k];return{name:y,provider:c.provider,model:(Array.isArray(c.gpu)?c.gpu.join(","):c.gpu)??c.model,attributes:w,location:f,...c.endpointId!==void 0?{endpointId:c.endpointId}:{}}});if(n.length)throw new Rt(n);let s={...e.budget.limit!==void 0?{limit:e.budget.limit}:{},...e.budget.maxIncrease!==void 0?{maxIncrease:e.budget.maxIncrease}:{},...e.budget.maxIncreasePercent!==void 0?{maxIncreasePercent:e.budget.maxIncreasePercent}:{},unpriced:e.budget.unpriced??"warn",...e.budget.judge==="high"?{judge:"high"}:{},...e.budget.undeclared!==void 0?{undeclared:e.budget.undeclared}:{}},a=e.reconcile?.maxVariance!==void 0?{reconcile:{maxVariance:e.reconcile.maxVariance}}:{},u=e.scan?.exclude?.length?{scan:{exclude:e.scan.exclude}}:{};return{file:t,period:e.period,budget:s,...a,...u,workloads:o}}var z2=new WeakMap;function XA(e){let t=new ge(e.min),r=new ge(e.max),n=e.integer?"a whole number":"a number",i=a=>a.greaterThanOrEqualTo(1e6)?a.toExponential().replace("e+","e"):a.toFixed(),o=`${e.positive?"greater than "+i(t):"from "+i(t)} to ${i(r)}`,s=b.custom().superRefine((a,u)=>{if(!(a instanceof ge)){if(typeof a=="number"&&!Number.isFinite(a))u.addIssue({code:"custom",message:`expected ${n} ${o}, got ${Number.isNaN(a)?".nan":".inf"}`});else{if(typeof a=="number")return;u.addIssue({code:"custom",message:`expected ${n} ${o}`})}return}(e.positive?a.lessThanOrEqualTo(t):a.lessThan(t))||a.greaterThan(r)?u.addIssue({code:"custom",message:`expected ${n} ${o}`}):e.integer&&!a.isInteger()&&u.addIssue({code:"custom",message:`expected ${n} ${o}`})});return z2.set(s,{type:e.integer?"integer":"number",...e.positive?{exclusiveMinimum:t.toNumber()}:{minimum:t.toNumber()},maximum:r.toNumber()}),s}function JA(e){switch(e.type){case"decimal":return XA(e);case"text":return b.string().min(1);case"boolean":return b.boolean();case"enum":return b.enum(e.values)}}var th=e=>Object.fromEntries(Object.entries(e).map(([t,r])=>[t,JA(r)]));function ii(e){return b.preprocess(t=>ac(t)||t===void 0?t:YA,e)}var YA=Symbol("not a mapping"),QA=b.enum(y2),ni=th(v2),M2=b.object({limit:ni.limit.optional(),maxIncrease:ni.maxIncrease.optional(),maxIncreasePercent:ni.maxIncreasePercent.optional(),unpriced:ni.unpriced.optional(),judge:ni.judge.optional(),undeclared:ni.undeclared.optional()}).strict(),uC=ii(M2),eS=b.object({exclude:b.array(b.string().min(1)).max(1e3).optional()}).strict(),tS=b.object({maxVariance:th(w2).maxVariance.optional()}).strict(),rS=th($o);var nS=b.union([b.string().min(1),b.array(b.string().min(1)).min(1,{message:"list at least one GPU"})],{error:"expected a GPU name (`gpu: ADA_24`) or a list of them in fallback order (`gpu: [ADA_24, AMPERE_24]`)"}),iS=ii(b.object({name:b.string().min(1).max(x2),description:b.string().optional(),provider:b.string().min(1),endpointId:b.string().min(1).optional(),model:b.string().min(1).optional(),gpu:nS.optional(),...Object.fromEntries(Object.entries(rS).map(([e,t])=>[e,t.optional()]))}).strict()),U2=b.custom(e=>e instanceof ge?e.equals(1):e===1,{message:"expected `version: 1` (the only manifest version so far)"});z2.set(U2,{const:1});var rh=ii(b.object({$schema:b.string().optional(),version:U2,period:QA.default("month"),budget:ii(M2.default({})),reconcile:ii(tS).optional(),scan:ii(eS).optional(),workloads:b.array(iS).max(k2)}).strict());function q2(e,t){let r=es(e,t);if(!ac(r.value))throw new G(`expected a mapping with \`version\`, \`period\`, \`budget\` and \`workloads\`, got ${uc(r.value)}`,{file:t,line:1},"see examples/genspend.yml for the shape");let n=rh.safeParse(r.value);if(!n.success)throw new Rt(lc(n.error.issues,rh,r,t));return L2(n.data,t,i=>r.lineOf(["workloads",i]))}function nh(e){return Ur(e,({file:t,read:r})=>q2(r(),t))}function ih(e){if(Array.isArray(e)){let r=e.map(ih);return n=>r.some(i=>i(n))}if(typeof e=="object"&&e!==null){let r=e,n=r.gt??r.gte,i=r.lt??r.lte,o={lo:n===void 0?new ge(-1/0):new ge(n),loOpen:r.gt!==void 0,hi:i===void 0?new ge(1/0):new ge(i),hiOpen:r.lt!==void 0};return s=>{let a=j2(s);return a!==void 0&&S2(a,o)}}if(typeof e=="boolean")return r=>r===e;if(typeof e=="number"){let r=new ge(e);return n=>{let i=j2(n);return i!==void 0&&i.equals(r)}}let t=e.toLowerCase();return r=>typeof r=="string"&&r.trim().toLowerCase()===t}function j2(e){if(e instanceof ge)return e;if(typeof e=="string"&&/^-?\d+(\.\d+)?$/.test(e.trim()))return new ge(e.trim())}var oS={gt:">",gte:">=",lt:"<",lte:"<="};function oh(e){if(Array.isArray(e))return e.map(String).join(" or ");if(typeof e=="object"&&e!==null){let t=e;return["gt","gte","lt","lte"].filter(r=>t[r]!==void 0).map(r=>`${oS[r]} ${t[r]}`).join(" and ")}return String(e)}var Z2=new WeakMap,sS={ceil:ge.ROUND_CEIL,floor:ge.ROUND_FLOOR,"half-up":ge.ROUND_HALF_UP};function B2(e,t){return{rate:e,amount:e.amount===void 0?void 0:ce(e.amount),per:ce(e.per),perIsOne:ce(e.per).equals(1),rounding:e.rounding&&{step:ce(e.rounding.step),stepIsOne:ce(e.rounding.step).equals(1),mode:sS[e.rounding.mode],scope:e.rounding.scope},tiers:e.tiers?.map(r=>({cap:r.upTo===void 0?void 0:ce(r.upTo),amount:ce(r.amount)})),included:e.included&&{quantity:ce(e.included.quantity),amount:ce(e.included.amount)},conditions:Object.entries(e.when),matchers:Object.entries(e.when).map(([r,n])=>[r,ih(n)]),ref:Object.freeze({amount:e.amount??null,...e.tiers?{tiers:e.tiers}:{},...e.included?{included:e.included}:{},per:e.per,unit:e.unit,currency:t.currency,basis:e.basis,source:e.source,checkedAt:e.checkedAt,verified:e.verified,...e.note?{note:e.note}:{},...pc(e)})}}function aS(e,t){return e.surcharges.filter(r=>r.appliesTo.includes(t.kind)&&!r.except.includes(t.id))}function V2(e,t){let r=Z2.get(t);if(r)return r;let n=e.currency==="credits"?ce(e.credit.usd):ce(1),i=new Map;for(let o of t.rates)i.set(o.charge,[...i.get(o.charge)??[],B2(o,e)]);return r={charges:[...i.entries()],surcharges:aS(e,t).map(o=>B2(o,e)),conditionKeys:[...new Set(t.rates.flatMap(o=>Object.keys(o.when)))],creditUsd:n,creditUsdIsOne:n.equals(1),defaults:Object.fromEntries(Object.entries({...e.defaults,...t.defaults}).map(([o,s])=>[o,typeof s=="number"?ce(s):s])),required:new Map,priced:new Map,choices:new Map},r.choices=uS(e,t,[...r.charges.flatMap(([,o])=>o),...r.surcharges],r.defaults),Z2.set(t,r),r}var cS=Object.entries($o).flatMap(([e,t])=>t.type==="enum"?[[e,t.values]]:[]);function uS(e,t,r,n){let i=new Map,o=new Set;for(let{rate:u}of r)for(let[c,l]of Object.entries(u.when)){let p=Array.isArray(l)?l:[l];p.every(f=>typeof f=="string")?i.set(c,[...i.get(c)??[],...p]):o.add(c)}for(let u of o)i.delete(u);for(let[u,c]of Object.entries(e.accepts))i.has(u)&&i.get(u).push(...c);for(let[u,c]of Object.entries(t.accepts))i.set(u,[...i.get(u)??[],...c]);let s=r.some(({rate:u})=>u.unit==="gpu_second");for(let[u,c]of cS)(i.has(u)||u==="worker"&&s)&&i.set(u,[...i.get(u)??[],...c]);let a=new Map;for(let[u,c]of i){let l=n[u],p=new Map;for(let f of typeof l=="string"?[...c,l]:c)p.has(f.trim().toLowerCase())||p.set(f.trim().toLowerCase(),f);a.set(u,p)}return a}function G2(e,t){if(!t.includes(",")||!e.models.some(n=>n.pool))return;let r=t.split(",").map(n=>n.trim()).filter(n=>n.length>0);return r.length>1?r:void 0}function lS(e,t,r){let n=r.models.some(o=>o.pool);if(t.reason==="no-published-price")return`no published price for ${t.pool?`pool ${t.pool}`:`\`${e}\``} (${t.name})`;if(t.reason==="ambiguous"){let o=(t.instead??[]).map(s=>`\`${s}\``).join(", ");return`\`${e}\` does not say which ${n?"GPU":"endpoint"} (${t.name}); write one of: ${o}`}let i=r.models.flatMap(o=>o.pool?[o.pool.id]:[]);if(t.reason==="not-offered"){if(!n){let o=(t.instead??[]).map(s=>`\`${s}\``).join(", ");return`\`${e}\` is not offered by ${r.name} (${t.name})${o?`; use ${o}`:""}`}return`\`${e}\` is no ${r.name} GPU type (${t.name}); pick one of: ${i.join(", ")}`}return`\`${e}\` is a Pods GPU, not in any ${r.name} pool; pick one of: ${i.join(", ")}`}function K2(e,t,r){let n=e.unpricedName(t.provider,r);return n?lS(r,n,t):void 0}var Cr={day:24,week:168,month:730};function sh(e,t){if(e.measured)return["runs","width","height","steps"];switch(e.unit){case"image":case"video":case"request":return["runs"];case"megapixel":return["runs","width","height"];case"video_second":case"audio_second":return["runs","seconds"];case"character":return["runs","characters"];case"gpu_second":return t==="active"?["activeWorkers"]:["runs","seconds"];case"gb_month":return[e.quantityFrom??"volumeGB"];case"reference_image":return["runs","referenceImages"];case"reference_video_second":return["runs","referenceVideoSeconds"];case"video_token":return["runs","width","height","fps","seconds"];case"runner_second":return["runs","seconds"]}}function W2(e,t){return e.unit==="gpu_second"?t==="active"?[]:["coldStartSeconds","idleSeconds"]:e.unit==="runner_second"?["setupSeconds","keepAlive"]:[]}function X2(e,t){let r=sh(e,t);if(e.measured)return[...r,"results"];switch(e.unit){case"image":case"video":case"megapixel":case"video_second":case"video_token":return[...r,"results"];case"gpu_second":return t==="active"?[...r,"worker","gpuCount","runs","seconds"]:[...r,"worker","gpuCount","coldStarts","coldStartSeconds","idleSeconds"];case"runner_second":return[...r,"gpuCount","coldStarts","setupSeconds","keepAlive","teardownSeconds"];default:return r}}function ah(e,t,r){let{num:n,value:i}=r,o=a=>i(a)!==void 0,s=()=>o("results")?n("results"):Gt;switch(e){case"image":return[{label:"images",count:gt(n("runs"),s()),each:Gt}];case"video":return[{label:"videos",count:gt(n("runs"),s()),each:Gt}];case"request":return[{label:"requests",count:n("runs"),each:Gt}];case"megapixel":return[{label:"megapixels",count:gt(n("runs"),s()),each:Me(n("width").times(n("height")),pS(t))}];case"video_second":return[{label:"video seconds",count:gt(n("runs"),s()),each:n("seconds")}];case"audio_second":return[{label:"audio seconds",count:n("runs"),each:n("seconds")}];case"character":return[{label:"characters",count:n("runs"),each:n("characters")}];case"gpu_second":return fS(r);case"gb_month":return[{label:"GB-months",count:Gt,each:n(t.quantityFrom??"volumeGB")}];case"reference_image":return[{label:"reference images",count:n("runs"),each:n("referenceImages")}];case"reference_video_second":return[{label:"reference video seconds",count:n("runs"),each:n("referenceVideoSeconds")}];case"video_token":return[{label:"video tokens",count:gt(n("runs"),s()),each:dS(n)}];case"runner_second":return mS(r)}}function dS(e){return Me(e("width").times(e("height")).times(e("fps")).times(e("seconds")),1024)}var H2=new Map;function pS(e){let t=e.pixelsPerMegapixel??"1000000",r=H2.get(t);return r||H2.set(t,r=ce(t)),r}function fS({num:e,value:t,period:r}){let n=t("gpuCount")!==void 0?e("gpuCount"):Gt;if(t("worker")==="active")return[{label:"always-on",count:gt(e("activeWorkers"),n),each:ce(Cr[r]).times(3600)}];let i=[{label:"execution",count:gt(e("runs"),n),each:e("seconds")}];return t("coldStarts")!==void 0&&!e("coldStarts").isZero()&&(i.push({label:"cold starts",count:gt(e("coldStarts"),n),each:e("coldStartSeconds")}),i.push({label:"idle timeout",count:gt(e("coldStarts"),n),each:e("idleSeconds")})),i}function mS({num:e,value:t}){let r=t("gpuCount")!==void 0?e("gpuCount"):Gt,n=[{label:"execution",count:gt(e("runs"),r),each:e("seconds")}];if(t("coldStarts")===void 0||e("coldStarts").isZero())return n;let i=gt(e("coldStarts"),r);return n.push({label:"setup",count:i,each:e("setupSeconds")}),n.push({label:"keep-alive",count:i,each:e("keepAlive")}),t("teardownSeconds")!==void 0&&n.push({label:"teardown",count:i,each:e("teardownSeconds")}),n}var J2={published:2,contract:2,account:2,measured:1,modeled:0},So={megapixels:{from:["width","height"],compute:e=>e("width").times(e("height")).dividedBy(1e6)}};function ch(e,t,r){let n={name:e.name,provider:e.provider,model:e.model,...e.location?{location:e.location}:{},...e.endpointId!==void 0?{endpointId:e.endpointId}:{},runs:e.attributes.runs instanceof ge?e.attributes.runs:null,cost:null,credits:null,basis:null,lines:[],assumptions:[],warnings:[]},i=t.provider(e.provider);if(!i)return n.unpriced=`unknown provider \`${e.provider}\` (genspend prices ${t.providers.map(g=>g.provider).join(", ")})`,n;let o=i.provider==="runpod"?"GPU":"model";if(!e.model)return n.unpriced=`no ${o} given`,n;let s=t.model(i.provider,e.model);if(!s){let g=G2(i,e.model);if(g)return hS(e,g,t,r,n);let v=K2(t,i,e.model);if(v)return n.unpriced=v,n;let $=gS(e,t,i,n);if(!$)return n;s=$}let{model:a}=s,u=V2(i,a),c=vS(e,u,yS(e,i,a,u));kS(e,i,a,u,c),AS(e,i,a,c),$S(e,a,u,c,n,s.architecture!==void 0),s.architecture&&bS(e,s.architecture,n);let l=[];for(let[g,v]of u.charges){let $,w=0;for(let k of v)Y2(k,c.value)&&_S(k,c.value)&&($=k,w++);if(!(w===0&&v.every(k=>k.rate.optional))){if(w!==1)return n.unpriced=ES(a,g,v,w,c.value),n;l.push($)}}let p=new Set;for(let g of u.surcharges){if(!g.conditions.some(([$])=>!So[$]&&e.attributes[$]!==void 0))continue;let v=g.conditions.flatMap(([$])=>So[$]?.from??[$]).filter($=>c.value($)===void 0);if(v.length)throw new G(`workload "${e.name}": the ${i.name} "${g.rate.charge}" surcharge needs \`${v[0]}\``,e.location,`add \`${v[0]}:\` to the workload`,{workload:e.name,attribute:v[0],missing:v});if(Y2(g,c.value)){if(p.has(g.rate.charge))return n.unpriced=`two ${i.name} "${g.rate.charge}" surcharges match; the catalog is ambiguous`,n;p.add(g.rate.charge),l.push(g)}}let f={num:c.num,value:c.value,period:r},h=l.map(g=>ty(g,u,f,n));for(let g of h)n.lines.push(...g);let y=PS(a,u,i,f,n.lines);y&&n.lines.push(y),n.cost=_e(n.lines.map(g=>g.amountUsd)),l.some(g=>g.rate.range)&&IS(a,u,f,l,h,n),i.currency==="credits"&&(n.credits=_e(n.lines.map(g=>g.amount)),n.creditUsd=u.creditUsd),n.basis=n.lines.reduce((g,v)=>J2[v.basis]<J2[g]?v.basis:g,n.lines[0]?.basis??"published");for(let g of c.defaulted)n.assumptions.push(`${g}: ${String(c.value(g))} (${i.name} default, not in the manifest)`);c.defaulted.size&&(n.defaulted=Object.fromEntries([...c.defaulted].map(g=>[g,String(c.value(g))])));for(let{rate:g}of l)g.verified||n.warnings.push(`unverified price for ${a.id}${g.charge==="base"?"":` (${g.charge})`}: ${g.note??"not confirmed against its source"}`);if(a.retired){let{on:g,replacement:v}=a.retired;n.warnings.push(`${a.id} was retired by ${i.name} on ${g}; use ${v}`)}return LS(f,c.value,n),n}function hS(e,t,r,n,i){let{gpuPick:o,...s}=e.attributes,a=typeof o=="string"&&o.trim().toLowerCase()==="first",u;for(let h of a?t.slice(0,1):t){let y=ch({...e,model:h,attributes:s},r,n);if(y.cost===null)return i.unpriced=`\`${h}\` in the GPU list ${t.join(", ")}: ${y.unpriced??"unpriced"}`,i;(!u||y.cost.greaterThan(u.estimate.cost))&&(u={id:h,estimate:y})}let{id:c,estimate:l}=u,p=r.model(e.provider,c).model,f=a?`the first of ${t.join(", ")} (gpuPick: first)`:`the dearest of ${t.join(", ")}: an endpoint may run its jobs on any GPU in its list (gpuPick: first prices the first)`;return{...l,model:e.model,assumptions:[`gpu: priced at ${c} (${p.id}), ${f}`,...l.assumptions]}}function gS(e,t,r,n){let i=e.model,o=e.attributes.architecture,s=(r.architectures??[]).map(p=>p.id);if(typeof o=="string"&&s.length){let p=t.architecture(r.provider,o);if(p)return p;n.unpriced=`no ${r.name} price for architecture \`${o}\` yet (the catalog prices ${s.join(", ")})`;return}let a=`add \`architecture:\` (one of ${ko.join(", ")}) to price it from ${r.name}'s measured runs`;if(t.isCommunity(r.provider,i)){n.unpriced=`${r.name} community model \`${i}\` is billed by its architecture: ${a}`;return}let u=r.provider==="runpod"?"GPU":"model",c=t.suggest(r.provider,i),l=s.length?`; if it is a community model, ${a}`:"";n.unpriced=`unknown ${r.name} ${u} \`${i}\`${c?` (did you mean \`${c}\`?)`:""}${l}`}function bS(e,t,r){let{entry:n,known:i}=t;r.architecture=n.id;let o=i?`the catalog lists ${i.name} as ${n.id} (${i.source})`:`\`architecture: ${n.id}\` in the workload`;r.assumptions.push(`architecture: priced as ${n.name} (\`${n.id}\`) from ${o}`);let s=e.attributes.architecture;i&&typeof s=="string"&&s!==n.id&&r.warnings.push(`\`architecture: ${s}\` ignored: the catalog lists ${e.model} as ${n.id} (${i.source})`),i&&!i.verified&&r.warnings.push(`unverified architecture for ${e.model}: ${i.note??"not confirmed against its source"}`)}function yS(e,t,r,n){let i;for(let[o,s]of Object.entries(e.attributes)){if(typeof s!="string")continue;let a=n.choices.get(o);if(!a)continue;let u=a.get(s.trim().toLowerCase());if(u!==void 0){u!==s&&(i??=new Map).set(o,u);continue}let c=[...a.values()],l=yr(s.trim(),c);throw new G(`workload "${e.name}": ${t.name} ${r.id} does not know \`${o}\` ${JSON.stringify(s)} (allowed: ${c.join(", ")})`,e.location,l?`did you mean \`${o}: ${l}\`?`:`write \`${o}:\` as one of ${c.join(", ")}`,{workload:e.name,attribute:o,value:s,allowed:c,...l?{suggestion:l}:{}})}return i}function vS(e,t,r){let n=t.defaults,i=new Set,o,s=u=>{let c=r?.get(u)??e.attributes[u];if(c!==void 0)return typeof c=="number"?ce(c):c;let l=n[u];if(l!==void 0)return i.add(u),l;let p=So[u];if(p&&p.from.every(f=>s(f)!==void 0)){let f=o?.get(u);return f||(o??=new Map).set(u,f=p.compute(a)),f}},a=u=>{let c=s(u);if(c instanceof ge)return c;if(typeof c=="string"&&/^\d+(\.\d+)?$/.test(c.trim()))return ce(c.trim());throw new G(`\`${u}\` must be a number, got ${JSON.stringify(c)}`,e.location)};return{value:s,num:a,defaulted:i}}function wS(e,t,r){let n=t.required.get(r);if(!n){let i=new Set(e.requires),o=e.rates.filter(s=>!s.optional);for(let s of o)for(let a of Object.keys(s.when))for(let u of So[a]?.from??[a])i.add(u);for(let s of o)for(let a of sh(s,r))i.add(a);for(let s of e.rates)for(let a of s.absent??[])i.delete(a);n=[...i],t.required.set(r,n)}return n}function xS(e,t,r){let n=t.priced.get(r);if(!n){let i=new Set(e.requires),o=[...t.charges.flatMap(([,s])=>s),...t.surcharges];for(let{rate:s}of o){for(let a of Object.keys(s.when))for(let u of So[a]?.from??[a])i.add(u);for(let a of X2(s,r))i.add(a)}t.priced.set(r,n=i)}return n}function kS(e,t,r,n,i){let o=i.value("worker"),s=typeof o=="string"?o:void 0,a=wS(r,n,s),u=i.value("coldStarts");if(u instanceof ge&&!u.isZero()){let y=new Set(r.rates.flatMap(g=>W2(g,s)));y.size&&(a=[...a,...y])}let c=a.filter(y=>i.value(y)===void 0),l=c[0];if(l===void 0)return;let p=r.rates.map(y=>y.when[l]).filter(y=>y!==void 0).map(oh),f=p.length?` (one of: ${[...new Set(p)].join(", ")})`:"",h=c.length>1?`; also missing: ${c.slice(1).map(y=>`\`${y}\``).join(", ")}`:"";throw new G(`workload "${e.name}": ${t.name} ${r.id} needs \`${l}\`${f}${h}`,e.location,`add \`${l}:\` to the workload`,{workload:e.name,attribute:l,missing:c})}function $S(e,t,r,n,i,o){let s=n.value("worker"),a=typeof s=="string"?s:void 0,u=xS(t,r,a),c=a!==void 0&&r.choices.has("worker")?` with \`worker: ${a}\``:"";for(let l of Object.keys(e.attributes))o&&l==="architecture"||u.has(l)||i.warnings.push(`\`${l}\` does not change the price of ${t.id}${c}; ignored`)}function _S(e,t){return(e.rate.absent??[]).every(r=>t(r)===void 0)}function AS(e,t,r,n){for(let[i,o]of Object.entries(r.allowed??{})){let s=n.value(i);if(s===void 0)continue;let a=s instanceof ge?s:typeof s=="string"&&/^\d+(\.\d+)?$/.test(s.trim())?ce(s.trim()):void 0;if(a&&SS(o,a))continue;let u=RS(o);throw new G(`workload "${e.name}": ${t.name} ${r.id} does not accept \`${i}\` ${String(s)} (allowed: ${u})`,e.location,`write \`${i}:\` as ${Array.isArray(o)?`one of ${u}`:u}`,{workload:e.name,attribute:i,value:String(s),allowed:Array.isArray(o)?o.map(String):[u]})}}function SS(e,t){return Array.isArray(e)?e.some(r=>t.equals(r)):e.integer&&!t.isInteger()?!1:(e.gte===void 0||t.greaterThanOrEqualTo(e.gte))&&(e.lte===void 0||t.lessThanOrEqualTo(e.lte))}function RS(e){if(Array.isArray(e))return e.join(", ");let t=e.integer?"a whole number":"a number";return e.gte!==void 0&&e.lte!==void 0?`${t} from ${e.gte} to ${e.lte}`:e.gte!==void 0?`${t} of at least ${e.gte}`:e.lte!==void 0?`${t} up to ${e.lte}`:t}function PS(e,t,r,n,i){let o=e.minimum;if(!o||n.value("runs")===void 0)return;let s=n.num("runs");if(s.isZero())return;let a=_e(i.map(p=>p.amount)),u=s.times(o.amount);if(a.greaterThanOrEqualTo(u))return;let c=u.minus(a),l=r.currency==="credits"?"credits":"USD";return{charge:"minimum",label:`minimum ${o.amount} ${l} per request applied (metered ${Fe(Me(a,s))})`,unit:"request",quantity:s,billedQuantity:s,rate:Object.freeze({amount:o.amount,per:"1",unit:"request",currency:r.currency,basis:o.basis,source:o.source,checkedAt:o.checkedAt,verified:o.verified,...o.note?{note:o.note}:{},...pc(e.rates[0])}),amount:c,amountUsd:t.creditUsdIsOne?c:c.times(t.creditUsd),basis:o.basis}}function Y2(e,t){for(let[r,n]of e.matchers){let i=t(r);if(i===void 0||!n(i))return!1}return!0}function ES(e,t,r,n,i){let s=[...new Set(r.flatMap(u=>Object.keys(u.rate.when)))].map(u=>`${u}: ${String(i(u))}`).join(", ");if(n>1)return`${e.id}: more than one price matches ${s} (the catalog is ambiguous; run \`genspend catalog check\`)`;let a=r.map(u=>Object.entries(u.rate.when).map(([c,l])=>`${c} ${oh(l)}`).join(", ")).join("; ");return`${e.id} has no ${t==="base"?"":`"${t}" `}price for ${s} (priced: ${a})`}function IS(e,t,r,n,i,o){let s={assumptions:[]},a=l=>{let p=Kt;n.forEach((h,y)=>{let g=TS(h,l),v=g?ty(g,t,r,s):i[y];p=p.plus(_e(v.map($=>$.amount)))});let f=e.minimum&&r.value("runs")!==void 0?r.num("runs"):void 0;return f&&!f.isZero()&&(p=ge.max(p,f.times(e.minimum.amount))),t.creditUsdIsOne?p:p.times(t.creditUsd)},u=ge.min(a("low"),o.cost),c=ge.max(a("high"),o.cost);o.range={low:u,high:c};for(let{rate:l}of n){if(!l.range)continue;let p=l.range.source?` (${l.range.source})`:"";o.assumptions.push(`price range ${Xe(u)} to ${Xe(c)}: ${l.range.note}${p}`)}}var Q2=new WeakMap;function TS(e,t){let r=e.rate.range?.[t];if(r===void 0)return;let n=Q2.get(e);n||Q2.set(e,n={});let i=n[t];return i||(i=typeof r=="string"?{...e,amount:ce(r),rate:{...e.rate,amount:r}}:{...e,rate:{...e.rate,measured:r}},n[t]=i),i}function ty(e,t,r,n){let{rate:i}=e,o=e.ref,s=i.basis,a,u;if(i.measured){let c=NS(i,r);a=c.amount,o={...o,amount:Fe(c.amount)},s=c.basis,c.assumption&&n.assumptions.push(c.assumption),u=ah("image",i,r)}else u=ah(i.unit,i,r);return u.map(c=>{let l=gt(c.count,c.each),p=OS(e,c,l),f;if(a?f=p.times(a):e.tiers?f=DS(e,p):e.included?f=CS(e,c.count,p):f=e.perIsOne?p.times(e.amount):Me(p.times(e.amount),e.per),i.unit==="gb_month"){let h=Cr[r.period];f=Me(f.times(h),Cr.month),r.period!=="month"&&n.assumptions.push(`storage prorated to ${h} of ${Cr.month} hours`)}return{charge:i.charge,label:i.charge==="base"?c.label:`${i.charge}: ${c.label}`,unit:i.unit,quantity:l,billedQuantity:p,rate:o,amount:f,amountUsd:t.creditUsdIsOne?f:f.times(t.creditUsd),basis:s}})}function OS(e,t,r){let n=e.rounding;if(!n)return r;let i=o=>n.stepIsOne?o.toDecimalPlaces(0,n.mode):o.dividedBy(n.step).toDecimalPlaces(0,n.mode).times(n.step);return n.scope==="request"?t.count.times(i(t.each)):i(r)}function CS(e,t,r){if(t.isZero())return Kt;let{quantity:n,amount:i}=e.included,o=ge.max(Kt,r.dividedBy(t).minus(n)),s=i.plus(e.perIsOne?o.times(e.amount):Me(o.times(e.amount),e.per));return t.times(s)}function DS(e,t){let r=Me(t,e.per),n=Kt,i=Kt;for(let o of e.tiers){let s=o.cap&&Me(o.cap,e.per),a=s===void 0?r:ge.min(r,s.minus(n));if(a.lessThanOrEqualTo(0))break;i=i.plus(a.times(o.amount)),r=r.minus(a),s!==void 0&&(n=s)}return i}var ey=new WeakMap;function NS(e,t){let r=`${t.num("width").toString()}x${t.num("height").toString()}x${t.num("steps").toString()}`,n=ey.get(e);n||ey.set(e,n=new Map);let i=n.get(r);return i||n.set(r,i=FS(e,t)),i}function FS(e,t){let r=t.num("width"),n=t.num("height"),i=t.num("steps"),o=r.times(n).times(i),s=(l,p)=>{let f=l.dividedBy(p);return ge.max(f,ce(1).dividedBy(f))},a;for(let l of e.measured){if(r.equals(l.width)&&n.equals(l.height)&&i.equals(l.steps))return{amount:ce(l.amount),basis:"measured"};let p={run:l,pixels:s(r.times(n),l.width*l.height),steps:s(i,l.steps)};(!a||p.pixels.lessThan(a.pixels)||p.pixels.equals(a.pixels)&&p.steps.lessThan(a.steps))&&(a=p)}let{run:u}=a;return{amount:Me(ce(u.amount).times(o),u.width*u.height*u.steps),basis:"modeled",assumption:`modeled: scaled from the measured run at ${u.width}x${u.height}, ${u.steps} steps ($${u.amount} per image) by pixels and steps`}}function LS(e,t,r){if(t("worker")!=="active"||t("runs")===void 0||t("seconds")===void 0)return;let n=e.num("runs").times(e.num("seconds").ceil()),i=e.num("activeWorkers").times(Cr[e.period]*3600);n.greaterThan(i)&&r.warnings.push(`jobs need ${n.toFixed()} GPU-seconds but ${e.num("activeWorkers").toFixed()} active worker(s) provide ${i.toFixed()}: the overflow runs on flex workers and is not priced here; add a flex workload for it`)}function uh(e,t,r){if(new Set(e.map(a=>a.period)).size>1)throw new G(`manifests use different periods (${e.map(a=>`${a.file}: ${a.period}`).join(", ")})`,void 0,"use one `period` in every manifest, or price them separately");let i=r&&zS(r),o=Ur(e,a=>{let u=Ur(a.workloads,p=>{let f=i?.get(`${a.file}\0${p.name}`);return f&&f.period===a.period&&MS(f.spec,p)?qS(f.estimate,p):ch(p,t,a.period)}),c=_e(u.map(p=>p.cost).filter(p=>p!==null)),l=ry(u.filter(p=>p.cost!==null),p=>p.cost);return{file:a.file,period:a.period,budget:a.budget,...a.reconcile?{reconcile:a.reconcile}:{},workloads:u,total:c,...l?{range:l}:{}}}),s=ry(o,a=>a.total);return{period:e[0]?.period??"month",total:_e(o.map(a=>a.total)),...s?{range:s}:{},manifests:o}}function ry(e,t){if(e.some(r=>r.range))return{low:_e(e.map(r=>r.range?.low??t(r))),high:_e(e.map(r=>r.range?.high??t(r)))}}function zS(e){let t=new Map;return e.manifests.forEach((r,n)=>{let i=e.estimate.manifests[n]?.workloads;r.workloads.forEach((o,s)=>{let a=i?.[s];a&&t.set(`${r.file}\0${o.name}`,{spec:o,estimate:a,period:r.period})})}),t}function MS(e,t){if(e.provider!==t.provider||e.model!==t.model||e.endpointId!==t.endpointId)return!1;let r=Object.keys(e.attributes);if(r.length!==Object.keys(t.attributes).length)return!1;for(let n of r){let i=e.attributes[n],o=t.attributes[n];if(i!==o&&!(i instanceof ge&&o instanceof ge&&US(i,o)))return!1}return!0}function US(e,t){if(e.s!==t.s||e.e!==t.e||!e.d||!t.d||e.d.length!==t.d.length)return!1;for(let r=0;r<e.d.length;r++)if(e.d[r]!==t.d[r])return!1;return!0}function qS(e,t){let{name:r,provider:n,model:i,location:o,...s}=e;return{name:r,provider:n,model:i,...t.location?{location:t.location}:{},...s}}var jS={"\n":"\\n","\r":"\\r","	":"\\t","\0":"\\0"},ZS=e=>{let t=jS[e];if(t)return t;let r=e.charCodeAt(0);return r<=255?`\\x${r.toString(16).padStart(2,"0")}`:`\\u${r.toString(16).padStart(4,"0")}`};function ny(e){return fc(e)?e.replace(Qm,ZS):e}function Ro(e){return!BS.test(e)&&!fc(e)?e:ny(e.replace(/[\r\n]+/g," ")).replace(/&/g,"&amp;").replace(/</g,"&lt;").replace(/>/g,"&gt;").replace(/(^|[^A-Za-z0-9])@(?=[A-Za-z0-9])/g,"$1@\u200B").replace(/([\\`*_{}[\]#+!|~])/g,"\\$1")}var BS=/[\r\n&<>\\`*_{}[\]#+!|~@]/;function lh(e,t=80){let r=e.replace(/[^\p{L}\p{N} .,:/@+\-()$'=_]+/gu,"_").replace(/\s+/g," ").trim();return r.length>t?`${r.slice(0,t-1)}\u2026`:r}function iy(e){let t=e.places??2,r=n=>`[${n.map(i=>i.toFixed(t)).join(", ")}]`;return["```mermaid","xychart-beta",`  title "${lh(e.title,120)}"`,`  x-axis [${e.x.map(n=>`"${lh(n,40)}"`).join(", ")}]`,`  y-axis "${lh(e.yLabel,40)}"`,...(e.bars??[]).map(n=>`  bar ${r(n)}`),...(e.lines??[]).map(n=>`  line ${r(n)}`),"```"].join(`
`)}function Yt(e,t){return new Date(Date.parse(`${e}T00:00:00Z`)+t*864e5).toISOString().slice(0,10)}function dh(e,t){let r=[];for(let n=e;n<t;n=Yt(n,1))r.push(n);return r}function VS(e,t){let r=e.provider(t)?.credit?.usd;return r===void 0?void 0:ce(r)}function oy(e,t,r){if(r.credits!==void 0){let n=VS(e,t);if(!n)throw new G(`${t} reports money in credits, but the catalog has no credit value for ${t}`,void 0,`add \`credit.usd\` to the ${t} catalog`);return ce(r.credits).times(n)}if(r.amountUsd===void 0)throw new TypeError(`${t}: an amount needs \`amountUsd\` or \`credits\``);return ce(r.amountUsd)}var fh="25";function mh(e){let t=/^\s*(\d+(?:\.\d+)?)\s*%?\s*$/.exec(e);return t?ce(t[1]):null}var GS=/^\d{4}-\d{2}-\d{2}$/,KS=864e5;function hh(e,t,r,n){let i=HS(r),o=i*24,s=Cr[e.period],a=new Set(t.providers.map(k=>k.toLowerCase())),u=new Map,c=[];for(let k of e.manifests){let N=k.reconcile?.maxVariance;for(let M of k.workloads){let V=M.provider.trim().toLowerCase();if(!a.has(V))continue;let ee=WS(n.catalog,V,M);if(ee===void 0){c.push(XS(M,k.file,n.maxVariance??N??ce(fh)));continue}let W=`${V}\0${ee.toLowerCase()}`,J=u.get(W);J||u.set(W,J={provider:V,model:ee,workloads:[],rows:[]}),J.workloads.push({w:M,file:k.file,maxVariance:N})}}let l=new Map,p=new Map;for(let k of t.rows){let N=k.provider.toLowerCase();if(!a.has(N)||k.date<r.startDate||k.date>=r.beforeDate)continue;let M=k.model===void 0?void 0:ay(n.catalog,N,k.model),V=M===void 0?void 0:u.get(`${N}\0${M.toLowerCase()}`),ee=p.get(k.date);ee||p.set(k.date,ee={billed:[],unplanned:[]});let W=gh(n.catalog,k);if(ee.billed.push(W),V)V.rows.push(k);else{ee.unplanned.push(W);let J=`${N}\0${k.model??""}`;l.set(J,[...l.get(J)??[],k])}}let f=[...u.values()].map(k=>JS(k,n,o,s)),h=[...l.values()].map(k=>tR(n.catalog,k)).sort(rR),y=[...f,...c],g=_e(h.map(k=>k.billedUsd)),v=_e(y.flatMap(k=>k.plannedUsd?[k.plannedUsd]:[])),$=Me(v,i),w=dh(r.startDate,r.beforeDate).map(k=>({date:k,plannedUsd:$,billedUsd:_e(p.get(k)?.billed??[]),unplannedUsd:_e(p.get(k)?.unplanned??[])}));return{window:{startDate:r.startDate,beforeDate:r.beforeDate,days:i},period:e.period,prorate:{hours:o,periodHours:s},lines:y,unplanned:h,plannedUsd:v,billedUsd:_e([...y.map(k=>k.billedUsd),g]),unplannedUsd:g,daily:w,verdict:y.some(k=>k.verdict==="fail")?"fail":"pass"}}function HS(e){for(let r of["startDate","beforeDate"]){let n=e[r];if(!GS.test(n)||Number.isNaN(Date.parse(`${n}T00:00:00Z`)))throw new G(`the window's ${r} must be a date as YYYY-MM-DD, got ${JSON.stringify(n)}`)}let t=Math.round((Date.parse(e.beforeDate)-Date.parse(e.startDate))/KS);if(t<1)throw new G(`the window ends (${e.beforeDate}, exclusive) before it starts (${e.startDate})`,void 0,"give an end after the start");return t}function WS(e,t,r){return t==="runpod"?r.endpointId:r.model===void 0?void 0:ay(e,t,r.model)}function ay(e,t,r){if(t==="runpod")return r;let n=e.model(t,r);return n&&!n.architecture?n.model.id:r.trim()}function XS(e,t,r){return{provider:e.provider,model:e.model??"",billedAs:[],workloads:[cy(e,t)],plannedUsd:null,billedUsd:Kt,differenceUsd:null,ratio:null,variancePercent:null,maxVariance:r,verdict:"unmatched",reasons:["Runpod bills per endpoint: add `endpointId` to the workload to match its billed spend"]}}var cy=(e,t)=>({file:t,name:e.name,...e.location?.line!==void 0?{line:e.location.line}:{}}),ph=(e,t,r)=>Me(e.times(t),r);function JS(e,t,r,n){let i=e.workloads.map(M=>M.maxVariance).filter(M=>M!==void 0),o=t.maxVariance??(i.length?YS(i):ce(fh)),s=e.workloads.filter(({w:M})=>M.cost===null),a=s.length?null:_e(e.workloads.map(({w:M})=>M.cost)),u=a&&ph(a,r,n),c=_e(e.rows.map(M=>gh(t.catalog,M))),l=e.provider==="runway",p=l&&!s.length&&e.workloads.every(({w:M})=>M.credits!==null)?ph(_e(e.workloads.map(({w:M})=>M.credits)),r,n):null,f=l?_e(e.rows.filter(M=>M.credits!==void 0).map(M=>ce(M.credits))):void 0,h=u&&vi(c,u),y=u&&!u.isZero()?Me(c,u):null,g=u&&!u.isZero()?Me(h.times(100),u):null,v=[],$="pass";u?g===null?c.isZero()||($="fail",v.push(`billed ${Xe(c)} against a plan of $0`)):g.abs().greaterThan(o)&&($="fail",v.push(`billed ${Xe(c)} against ${Xe(u)} planned for the window: ${gn(g,{sign:!0})}, more than the ${o.toFixed()}% allowed`)):($="unpriced",v.push(`${s.map(({w:M})=>M.name).join(", ")}: unpriced, so the bill cannot be judged against the plan`));let w=e.provider==="fal"?QS(e):void 0;w&&!w.comparable?v.push(`fal billed ${w.billedUnit} where the plan counts ${w.plannedUnit}: the unit prices are not compared`):w&&w.variancePercent.abs().greaterThan(o)&&($=$==="unpriced"?$:"fail",v.push(`unit price billed ${w.billed.toFixed()} per ${w.billedUnit??w.plannedUnit} against ${w.planned.toFixed()} per ${w.plannedUnit} planned: ${gn(w.variancePercent,{sign:!0})}, more than the ${o.toFixed()}% allowed`));let k=e.provider==="fal"?eR(e,r,n):void 0,N=[...new Set(e.rows.map(M=>M.model))].filter(M=>M!==e.model).sort();return{provider:e.provider,model:e.model,billedAs:N,workloads:e.workloads.map(({w:M,file:V})=>cy(M,V)),plannedUsd:u,billedUsd:c,...l?{plannedCredits:p,billedCredits:f}:{},differenceUsd:h,ratio:y,variancePercent:g,...w?{unitPrice:w}:{},...k?{quantity:k}:{},maxVariance:o,verdict:$,reasons:v}}function YS(e){return e.reduce((t,r)=>r.lessThan(t)?r:t)}function gh(e,t){return oy(e,t.provider.toLowerCase(),t.credits!==void 0?{credits:t.credits}:{amountUsd:t.amountUsd})}function QS(e){let t=e.workloads.map(({w:p})=>p.lines[0]?.rate),r=t[0];if(!r||r.amount===null||t.some(p=>!p||p.amount!==r.amount||p.per!==r.per||p.unit!==r.unit))return;let n=Me(ce(r.amount),r.per),i=e.rows.filter(p=>p.units);if(!i.length||n.isZero())return;let o=new Set(i.map(p=>p.units.unitPrice===void 0?void 0:ce(p.units.unitPrice).toFixed())),s=new Set(i.map(p=>p.units.unit)),a,[u]=o;if(o.size===1&&u!==void 0)a=ce(u);else{let p=_e(i.map(f=>ce(f.units.quantity)));if(p.isZero())return;a=Me(_e(i.map(f=>ce(f.amountUsd??"0"))),p)}let[c]=s,l=s.size===1?c:void 0;return{...l!==void 0?{billedUnit:l}:{},plannedUnit:r.unit,comparable:l===void 0||sy(l)===sy(r.unit),billed:a,planned:n,variancePercent:Me(vi(a,n).times(100),n)}}function sy(e){return e.trim().toLowerCase().replace(/[\s-]+/g,"_").replace(/s$/,"")}function eR(e,t,r){let n=e.rows.filter(u=>u.units);if(!n.length)return;let i=_e(n.map(u=>ce(u.units.quantity))),o=e.workloads.map(({w:u})=>u.lines[0]),s=o[0]?.unit,a=s!==void 0&&o.every(u=>u?.unit===s)?ph(_e(o.map(u=>u.billedQuantity)),t,r):null;return{billed:i,planned:a,ratio:a&&!a.isZero()?Me(i,a):null}}function tR(e,t){let r=t[0],n=t.some(a=>a.credits!==void 0),i=t.filter(a=>a.units),o=new Set(i.map(a=>a.units.unit)),[s]=o;return{provider:r.provider.toLowerCase(),model:r.model??null,billedUsd:_e(t.map(a=>gh(e,a))),...n?{billedCredits:_e(t.filter(a=>a.credits!==void 0).map(a=>ce(a.credits)))}:{},...i.length?{quantity:{...o.size===1&&s!==void 0?{unit:s}:{},billed:_e(i.map(a=>ce(a.units.quantity)))}}:{}}}function rR(e,t){let r=t.billedUsd.comparedTo(e.billedUsd);if(r)return r;let n=`${e.provider} ${e.model??""}`,i=`${t.provider} ${t.model??""}`;return n<i?-1:n>i?1:0}function bh(e){let t=r=>e.days.some(n=>n.credits!==void 0)?{credits:r}:{amountUsd:r};return e.days.flatMap(r=>{let n=Object.entries(r.byModel??{}),i=n.map(([s,a])=>{let u=r.units?.[s];return{provider:e.provider,model:s,date:r.date,...t(a),...u?{units:u}:{}}}),o=vi(ce(r.credits??r.amountUsd),_e(n.map(([,s])=>ce(s))));return(!o.isZero()||!n.length)&&i.push({provider:e.provider,date:r.date,...t(o.toFixed())}),i})}var fy=2,mc=e=>e==null?null:Fe(e),uy=e=>e===null?null:e.toFixed(2),ly=e=>e===null?null:e.toFixed(4);function yh(e,t){let r=t.filter(n=>n.error);return{version:fy,status:r.length?"error":e.verdict,window:e.window,period:e.period,prorate:{hours:e.prorate.hours,periodHours:e.prorate.periodHours,fraction:`${e.prorate.hours}/${e.prorate.periodHours}`},providers:t.map(({provider:n,...i})=>({provider:n,status:i.error?"error":"ok",...i})),totals:{plannedUsd:Fe(e.plannedUsd),billedUsd:Fe(e.billedUsd),unplannedUsd:Fe(e.unplannedUsd)},workloads:e.lines.map(nR),unplanned:e.unplanned.map(iR),daily:e.daily.map(n=>({date:n.date,plannedUsd:Fe(n.plannedUsd),billedUsd:Fe(n.billedUsd),unplannedUsd:Fe(n.unplannedUsd)}))}}function nR(e){return{provider:e.provider,model:e.model,billedAs:e.billedAs,workloads:e.workloads,verdict:e.verdict,plannedUsd:mc(e.plannedUsd),billedUsd:Fe(e.billedUsd),...e.billedCredits!==void 0?{plannedCredits:mc(e.plannedCredits),billedCredits:Fe(e.billedCredits)}:{},differenceUsd:mc(e.differenceUsd),ratio:ly(e.ratio),variancePercent:uy(e.variancePercent),maxVariancePercent:Fe(e.maxVariance),...e.unitPrice?{unitPrice:{billedUnit:e.unitPrice.billedUnit??null,plannedUnit:e.unitPrice.plannedUnit,billedUsd:Fe(e.unitPrice.billed),plannedUsd:Fe(e.unitPrice.planned),variancePercent:uy(e.unitPrice.variancePercent),compared:e.unitPrice.comparable}}:{},...e.quantity?{quantity:{billed:Fe(e.quantity.billed),planned:mc(e.quantity.planned),ratio:ly(e.quantity.ratio)}}:{},reasons:e.reasons}}function iR(e){return{provider:e.provider,model:e.model,billedUsd:Fe(e.billedUsd),...e.billedCredits!==void 0?{billedCredits:Fe(e.billedCredits)}:{},...e.quantity?{quantity:{unit:e.quantity.unit??null,billed:Fe(e.quantity.billed)}}:{}}}var oR={pass:"ok",fail:"OVER",unpriced:"unpriced",unmatched:"unmatched"},dy=e=>e.workloads.map(t=>t.name).join(", "),sR=e=>e.billedAs.length?`${e.model} (billed as ${e.billedAs.join(", ")})`:e.model,aR=e=>e===null?"unpriced":Xe(e),my=e=>e===null?"-":gn(e,{sign:!0}),py=e=>`$${e.toSignificantDigits(6).toFixed()}`,cR=e=>e.unitPrice?`${py(e.unitPrice.billed)}/${e.unitPrice.billedUnit??e.unitPrice.plannedUnit} vs ${py(e.unitPrice.planned)}/${e.unitPrice.plannedUnit} (${my(e.unitPrice.variancePercent)})`:"",uR=e=>e.quantity?`${Wo(e.quantity.billed)} of ${e.quantity.planned?Wo(e.quantity.planned.toDecimalPlaces(2)):"?"}`:"";function lR(e,t){let r=t.filter(o=>o.error),n=e.lines.filter(o=>o.verdict==="fail").length;return`genspend reconcile: ${r.length?`ERROR (${r.length} of ${t.length} providers could not be read: ${r.map(o=>o.provider).join(", ")})`:n?`OVER (${n} of ${e.lines.length} over the variance)`:"OK"}; ${e.window.startDate} to ${e.window.beforeDate} (exclusive), ${e.window.days} days = ${e.prorate.hours}/${e.prorate.periodHours} of a ${e.period}`}function vh(e,t){let r=Ro,n=[`### ${r(lR(e,t).replace(/^genspend reconcile: /,"Reconcile: "))}`,""];n.push("| | Workload | Provider | Model | Planned | Billed | Difference | Variance | fal unit price | fal quantity |"),n.push("|---|---|---|---|--:|--:|--:|--:|---|---|");for(let o of e.lines)n.push(`| ${oR[o.verdict]} | ${r(dy(o))} | ${r(o.provider)} | ${r(sR(o))} | ${aR(o.plannedUsd)} | ${Xe(o.billedUsd)} | ${o.differenceUsd?Xe(o.differenceUsd,{sign:!0}):"-"} | ${my(o.variancePercent)} | ${r(cR(o))} | ${r(uR(o))} |`);if(n.push("",`Planned ${Xe(e.plannedUsd)}, billed ${Xe(e.billedUsd)} (unplanned ${Xe(e.unplannedUsd)}).`),e.unplanned.length){n.push("","**Unplanned spend** (models no manifest declares), largest first:","","| Provider | Model | Billed |","|---|---|--:|");for(let o of e.unplanned)n.push(`| ${r(o.provider)} | ${r(o.model??"(not split by model)")} | ${Xe(o.billedUsd)} |`)}let i=e.lines.flatMap(o=>o.reasons.map(s=>`- ${r(dy(o))}: ${r(s)}`));for(let o of t)o.error&&i.push(`- ${r(o.error.message)}`);return i.length&&n.push("",...i),n.push("",...dR(e)),n.join(`
`)+`
`}function dR(e){return[`**Planned against billed per day** (USD; bars: billed, unplanned spend included; line: the plan spread evenly, ${Xe(e.daily[0]?.plannedUsd??e.plannedUsd)} a day):`,"",iy({title:`Billed and planned per day, ${e.window.startDate} to ${e.daily.at(-1)?.date??e.window.startDate}`,x:e.daily.map(t=>t.date.slice(5)),yLabel:"USD",bars:[e.daily.map(t=>t.billedUsd)],lines:[e.daily.map(t=>t.plannedUsd)]})]}var pR=new Set(["rate-limited","unavailable","timeout","network"]),qt=class e extends Error{name="ProviderError";kind;provider;status;retryable;retryAfterMs;constructor(t){super(t.message),this.kind=t.kind,this.provider=t.provider,t.status!==void 0&&(this.status=t.status),this.retryable=pR.has(t.kind),t.retryAfterMs!==void 0&&(this.retryAfterMs=t.retryAfterMs)}redact(t){let r=hc(this.message,t);if(r===this.message)return this;let n={kind:this.kind,provider:this.provider,message:r};return this.status!==void 0&&(n.status=this.status),this.retryAfterMs!==void 0&&(n.retryAfterMs=this.retryAfterMs),new e(n)}};function hy(e){return e instanceof qt}function hc(e,t){let r=e;for(let n of t)n.length>=4&&(r=r.replace(new RegExp(fR(n),"giu"),"[redacted]"));return r}function fR(e){return e.replace(/[.*+?^${}()|[\]\\]/g,"\\$&")}var Nt=class extends Error{constructor(r,n){super(n);this.kind=r}kind;name="TransportError"};function Dr(e,t,r=!1){let n=`${r?"would take":"took"} longer than ${e.seconds} s (the deadline for one account read)`;return new Nt("deadline",t?`${n}: ${t}`:n)}function mR(e){return e>=1024*1024&&e%(1024*1024)===0?`${e/(1024*1024)} MiB`:e>=1024&&e%1024===0?`${e/1024} KiB`:`${e} bytes`}function oi(e){return new Nt("too-large",`the response is larger than ${mR(e)}, the size limit for one answer`)}var an=class{constructor(t){this.text=t}text};function si(e){return hR.test(e)}var hR=/^-?[0-9]+$/;function gc(e){return gR.test(e)}var gR=/^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;function bc(e,t){if(si(e))return Number.isSafeInteger(Number.parseInt(e,10));let r=Number.parseFloat(e);if(Number.isInteger(r)&&!Number.isSafeInteger(r))return!1;let n=String(r);if(e===n)return!0;let i=gy(e),o=gy(n);return!!(i===o||t?.approx===!0&&o.length>=14&&i.startsWith(o.substring(0,14)))}var cn=(function(e){return e.underflow="underflow",e.overflow="overflow",e.truncate_integer="truncate_integer",e.truncate_float="truncate_float",e})({});function wh(e){if(bc(e,{approx:!1}))return;if(si(e))return cn.truncate_integer;let t=Number.parseFloat(e);return Number.isFinite(t)?t===0?cn.underflow:cn.truncate_float:cn.overflow}function gy(e){let{start:t,end:r}=bR(e),n=e.substring(t,r),i=n.indexOf(".");return i===-1?n:n.substring(0,i)+n.substring(i+1)}function bR(e){let t=0;for(e[0]==="-"&&t++;e[t]==="0"||e[t]===".";)t++;let r=e.lastIndexOf("e");for(r===-1&&(r=e.lastIndexOf("E")),r===-1&&(r=e.length);(e[r-1]==="0"||e[r-1]===".")&&r>t;)r--;return{start:t,end:r}}var by=Symbol.for("lossless-json.LosslessNumber"),un=class{value;isLosslessNumber=!0;get[by](){return!0}constructor(t){if(!gc(t))throw new Error(`Invalid number (value: "${t}")`);this.value=t}valueOf(){let t=wh(this.value);if(t===void 0||t===cn.truncate_float)return Number.parseFloat(this.value);if(si(this.value))return BigInt(this.value);throw new Error(`Cannot safely convert to number: the value '${this.value}' would ${t} and become ${Number.parseFloat(this.value)}`)}toString(){return this.value}};function ai(e){return e!==null&&typeof e=="object"&&e[by]===!0}function xh(e){return new un(e)}function yy(e,t){return kh({"":e},"",e,t)}function kh(e,t,r,n){return Array.isArray(r)?n.call(e,t,wR(r,n)):r&&typeof r=="object"&&!ai(r)?n.call(e,t,vR(r,n)):n.call(e,t,r)}function vR(e,t){for(let r of Object.keys(e)){let n=kh(e,r,e[r],t);n!==void 0?e[r]=n:delete e[r]}return e}function wR(e,t){for(let r=0;r<e.length;r++){let n=kh(e,String(r),e[r],t);n===void 0?delete e[r]:e[r]=n}return e}function Ah(e,t,r){let n=typeof r=="function"?{parseNumber:r}:r,i=n?.parseNumber??xh,o=n?.onDuplicateKey??ee,s=0,a=l();return $(a),k(),t?yy(a,t):a;function u(){if(e.charCodeAt(s)===SR){s++,f();let K={},pe=!0;for(;s<e.length&&e.charCodeAt(s)!==xy;){pe?pe=!1:(g(),f());let Ce=s,xe=h();if(xe===void 0){V();return}f(),v();let rt=l();if(rt===void 0){ve();return}if(Object.prototype.hasOwnProperty.call(K,xe)&&!_h(rt,K[xe])){let pt=o({key:xe,position:Ce+1,oldValue:K[xe],newValue:rt});pt!==void 0&&vy(K,xe,pt)}else vy(K,xe,rt)}return e.charCodeAt(s)!==xy&&W(),s++,K}}function c(){if(e.charCodeAt(s)===RR){s++,f();let K=[],pe=!0;for(;s<e.length&&e.charCodeAt(s)!==ky;){pe?pe=!1:g();let Ce=l();w(Ce),K.push(Ce)}return e.charCodeAt(s)!==ky&&J(),s++,K}}function l(){f();let K=h()??y()??u()??c()??p("true",!0)??p("false",!1)??p("null",null);return f(),K}function p(K,pe){if(e.slice(s,s+K.length)===K)return s+=K.length,pe}function f(){for(;xR(e.charCodeAt(s));)s++}function h(){if(e.charCodeAt(s)===$h){s++;let K="";for(;s<e.length&&e.charCodeAt(s)!==$h;){if(e.charCodeAt(s)===AR){let pe=e[s+1],Ce=_R[pe];Ce!==void 0?(K+=Ce,s++):pe==="u"?yc(e.charCodeAt(s+2))&&yc(e.charCodeAt(s+3))&&yc(e.charCodeAt(s+4))&&yc(e.charCodeAt(s+5))?(K+=String.fromCharCode(Number.parseInt(e.slice(s+2,s+6),16)),s+=5):we(s):me(s)}else $R(e.charCodeAt(s))?K+=e[s]:E(e[s]);s++}return M(),s++,K}}function y(){let K=s;if(e.charCodeAt(s)===$y&&(s++,N(K)),e.charCodeAt(s)===Sh)s++;else if(kR(e.charCodeAt(s)))for(s++;vc(e.charCodeAt(s));)s++;else return;if(e.charCodeAt(s)===NR)for(s++,N(K);vc(e.charCodeAt(s));)s++;if(e.charCodeAt(s)===UR||e.charCodeAt(s)===MR)for(s++,(e.charCodeAt(s)===$y||e.charCodeAt(s)===OR)&&s++,N(K);vc(e.charCodeAt(s));)s++;if(s>K)return i(e.slice(K,s))}function g(){if(e.charCodeAt(s)!==DR)throw new SyntaxError(`Comma ',' expected after value ${C()}`);s++}function v(){if(e.charCodeAt(s)!==FR)throw new SyntaxError(`Colon ':' expected after property name ${C()}`);s++}function $(K){if(K===void 0)throw new SyntaxError(`JSON value expected ${C()}`)}function w(K){if(K===void 0)throw new SyntaxError(`Array item expected ${C()}`)}function k(){if(s<e.length)throw new SyntaxError(`Expected end of input ${C()}`)}function N(K){if(!vc(e.charCodeAt(s))){let pe=e.slice(K,s);throw new SyntaxError(`Invalid number '${pe}', expecting a digit ${C()}`)}}function M(){if(e.charCodeAt(s)!==$h)throw new SyntaxError(`End of string '"' expected ${C()}`)}function V(){throw new SyntaxError(`Quoted object key expected ${C()}`)}function ee({key:K,position:pe}){throw new SyntaxError(`Duplicate key '${K}' encountered at position ${pe}`)}function W(){throw new SyntaxError(`Quoted object key or end of object '}' expected ${C()}`)}function J(){throw new SyntaxError(`Array item or end of array ']' expected ${C()}`)}function E(K){throw new SyntaxError(`Invalid character '${K}' ${S()}`)}function me(K){let pe=e.slice(K,K+2);throw new SyntaxError(`Invalid escape character '${pe}' ${S()}`)}function ve(){throw new SyntaxError(`Object value expected after ':' ${S()}`)}function we(K){let pe=e.slice(K,K+6);throw new SyntaxError(`Invalid unicode character '${pe}' ${S()}`)}function S(){return`at position ${s}`}function R(){return s<e.length?`but got '${e[s]}'`:"but reached end of input"}function C(){return`${R()} ${S()}`}}function vy(e,t,r){t==="__proto__"?Object.defineProperty(e,t,{value:r,writable:!0,enumerable:!0,configurable:!0}):e[t]=r}function xR(e){return e===PR||e===ER||e===IR||e===TR}function yc(e){return e>=Sh&&e<=Rh||e>=LR&&e<=qR||e>=zR&&e<=jR}function vc(e){return e>=Sh&&e<=Rh}function kR(e){return e>=CR&&e<=Rh}function $R(e){return e>=32&&e<=1114111}function _h(e,t){return e===t?!0:Array.isArray(e)&&Array.isArray(t)?e.length===t.length&&e.every((r,n)=>_h(r,t[n])):wy(e)&&wy(t)?[...new Set([...Object.keys(e),...Object.keys(t)])].every(n=>_h(e[n],t[n])):!1}function wy(e){return typeof e=="object"&&e!==null}var _R={'"':'"',"\\":"\\","/":"/",b:"\b",f:"\f",n:`
`,r:"\r",t:"	"},AR=92,SR=123,xy=125,RR=91,ky=93,PR=32,ER=10,IR=9,TR=13,$h=34,OR=43,$y=45,Sh=48,CR=49,Rh=57,DR=44,NR=46,FR=58,LR=65,zR=97,MR=69,UR=101,qR=70,jR=102;var ZR=/^(mon|tue|wed|thu|fri|sat|sun)[a-z]*,? .*\d{1,2}:\d{2}:\d{2}/i;function wc(e,t){if(e===void 0)return;let r=e.trim(),n;if(/^\d+(\.\d+)?$/.test(r))n=Math.round(Number(r)*1e3);else if(ZR.test(r)){let i=Date.parse(r);Number.isNaN(i)||(n=Math.max(0,i-t))}return n!==void 0&&Number.isFinite(n)&&n<=864e5?n:void 0}var Ay=[{pattern:/user is locked/i,kind:"locked"},{pattern:/not have enough credits|insufficient (credits|balance|funds)/i,kind:"insufficient-credits"},{pattern:/daily task limit/i,kind:"daily-limit"}];function Sy(e){return Ay.some(t=>t.pattern.test(e))}var BR=/unauthori[sz]ed|invalid api[ _-]?key|api[ _-]?key (is )?(invalid|missing|not valid)|authentication (failed|required)/i,_y=300;function VR(e){if(e instanceof an)return e.text.trimStart().startsWith("<")?void 0:Nr(e.text);if(typeof e=="string")return Nr(e);if(!ln(e))return;let{error:t,errors:r,detail:n,message:i}=e;if(typeof t=="string")return Nr(t);if(ln(t)&&typeof t.message=="string")return Nr(t.message);if(Array.isArray(r)&&ln(r[0])){let o=r[0],s=[o.code,o.message].filter(a=>typeof a=="string").join(": ");return s?Nr(s):void 0}if(typeof n=="string")return Nr(n);if(Array.isArray(n)&&ln(n[0])&&typeof n[0].msg=="string")return Nr(n[0].msg);if(typeof i=="string")return Nr(i)}function Ry(e){return ln(e)&&Array.isArray(e.errors)&&e.errors.length>0}function Ph(e,t,r,n={},i=Date.now()){let o=VR(r),s=o?`: ${o}`:"",a=`(HTTP ${t})`,u=wc(n["retry-after"],i),c=(p,f)=>new qt({kind:p,provider:e.provider,status:t,message:`${e.provider} ${e.endpoint}: ${f}`,...u!==void 0&&(p==="rate-limited"||p==="unavailable")?{retryAfterMs:u}:{}});switch((o?Ay.find(p=>p.pattern.test(o)):void 0)?.kind){case"locked":return c("locked",`the account is locked ${a}${s}. Top up the balance; retrying will not help`);case"insufficient-credits":return c("insufficient-credits",`not enough credits ${a}${s}. Buy credits before submitting work`);case"daily-limit":return c("daily-limit",`the daily generation limit is reached ${a}${s}. Wait for the rolling 24 hours to pass or move to a higher usage tier`)}if(t===401||t===403)return e.admin?c("admin-key-required",`this endpoint needs an ADMIN API key; the key given was refused ${a}${s}. Create a key with the Admin scope`):c("auth",`the API key was refused ${a}${s}. Check the key`);if(t===404)return c("not-found",`not found ${a}${s}`);if(t===429){let p=u!==void 0?`, retry after ${Math.ceil(u/1e3)} s`:"";return c("rate-limited",`rate limited ${a}${p}${s}`)}return t>=500?c("unavailable",`the provider is unavailable ${a}${s}`):o&&BR.test(o)?c("auth",`the API key was refused ${a}${s}. Check the key`):t>=400?c("bad-request",`the request was rejected ${a}${s}`):c("bad-response",`the provider answered with an error ${a}${s}`)}function Ue(e,t,r){return new qt({kind:"bad-response",provider:e.provider,message:`${e.provider} ${e.endpoint}: ${t}`,...r!==void 0?{status:r}:{}})}function ln(e){return typeof e=="object"&&e!==null&&!Array.isArray(e)}function Nr(e){let t=e.replace(/\s+/g," ").trim();if(t)return t.length>_y?`${t.slice(0,_y)}...`:t}function Py(e){try{return Ah(e,null,{parseNumber:t=>bc(t)?Number(t):new un(t),onDuplicateKey:({newValue:t})=>t})}catch{return new an(e)}}function qe(e){return(t,r,n={})=>{if(t===404&&e.onNotFound)return e.onNotFound();if(t<200||t>299)throw Ph(e,t,r,n);if(r instanceof an)throw Ue(e,"the response is not valid JSON (truncated or not JSON)",t);if(e.errorsInBody&&Ry(r))throw Ph(e,t,r,n);return e.map(xc(e,e.schema,r))}}function xc(e,t,r){let n=t.safeParse(r);if(n.success)return n.data;let i=n.error.issues.slice(0,3).map(o=>{let s=GR(o.path);return s&&KR(r,o.path)===void 0?`missing field ${s}`:`${s?`field ${s}`:"response"}: ${o.message}`});throw Ue(e,i.join("; "))}function GR(e){let t="";for(let r of e)typeof r=="number"?t+=`[${r}]`:typeof r=="string"&&/^[A-Za-z_$][\w$]*$/.test(r)?t+=t?`.${r}`:r:t+=`[${JSON.stringify(String(r))}]`;return t}function KR(e,t){let r=e;for(let n of t)if(Array.isArray(r)&&typeof n=="number")r=r[n];else if(ln(r)&&typeof n=="string")r=r[n];else return;return r}async function je(e,t,r){let n=JR(t),i;try{if(i=await e(t),i.bodyText.length>16777216)throw oi(16777216)}catch(o){throw WR(t,o).redact(n)}try{return r(i.status,Py(i.bodyText),i.headers)}catch(o){throw o instanceof qt?o.redact(n):o}}var HR={timeout:"timeout",network:"network",deadline:"timeout","too-large":"bad-response"};function WR(e,t){let r=t instanceof Nt?HR[t.kind]:"network",n=t instanceof Error?t.message:String(t);return new qt({kind:r,provider:e.provider,message:`${e.provider} ${e.endpoint}: ${n}`})}var XR=/^(authorization|x-api-key|x-key|api-key|cookie)$/i;function JR(e){let t=[];for(let[r,n]of Object.entries(e.headers)){if(!XR.test(r))continue;t.push(n);let i=/^\S+\s+(.+)$/.exec(n)?.[1];i&&t.push(i)}return t.sort((r,n)=>n.length-r.length)}function lr(e){if(typeof e?.apiKey!="string"||e.apiKey.trim()==="")throw new TypeError("Expected `apiKey` to be a non-empty string.")}var ci=class extends TypeError{constructor(r,n,i,o){super(`Expected \`${r}\` to be ${n}, got ${i}.${o?` Fix: ${o}.`:""}`);this.option=r;this.expected=n;this.got=i;this.fix=o}option;expected;got;fix};function YR(e){return e.replace(/^([a-z][a-z\d+.-]*:\/\/)?.*@/is,"$1[redacted]@")}function He(e,t,r="baseUrl"){if(e===void 0)return t;let n=typeof e=="string"?JSON.stringify(YR(e)):String(e);if(typeof e!="string"||!/^https?:\/\/[^\s/]+/.test(e))throw new ci(r,'an http(s) URL such as "https://api.example.com"',n);if(e.includes("@"))throw new ci(r,"an http(s) URL without a user name or password",n,`remove the "user:password@" part; genspend sends the API key in the provider's own header`);return e.replace(/\/+$/,"")}function dn(e){let t=[];for(let[r,n]of Object.entries(e))for(let i of typeof n=="string"?[n]:n??[])t.push(`${r}=${QR(i)}`);return t.length?`?${t.join("&")}`:""}function pn(e){return encodeURIComponent(e).replace(/%3A/gi,":").replace(/%40/g,"@")}function QR(e){return encodeURIComponent(e).replace(/%2F/gi,"/").replace(/%2C/gi,",").replace(/%3A/gi,":").replace(/%40/g,"@")}function $t(e,t,r,n,i){let o=i===void 0?void 0:JSON.stringify(i);return Object.freeze({provider:e.provider,endpoint:e.endpoint,method:t,url:r,headers:Object.freeze({Accept:"application/json",...o!==void 0?{"Content-Type":"application/json"}:{},...n}),...o!==void 0?{body:o}:{}})}function Fr(e,t){if(typeof e!="string"||e.trim()==="")throw new TypeError(`Expected ${t}, got ${JSON.stringify(e)??String(e)}.`);return e.trim()}function Iy(e,t){let{sleep:r,retries:n=3,baseDelayMs:i=500,maxDelayMs:o=3e4,random:s=Math.random,now:a=Date.now}=t;if(Ih("retries",n),Ih("baseDelayMs",i),Ih("maxDelayMs",o),typeof r!="function")throw new TypeError("Expected `sleep` to be a function (ms) => Promise<void>.");let u=l=>Math.min(o,i*2**l*(1+s()));return async(l,p={})=>{let{deadline:f}=p;for(let h=0;h<n;h++){Ey(f);let y;try{let g=await e(l,p);if(y=c(g,h),y===void 0)return g}catch(g){if(!(g instanceof Nt)||g.kind!=="timeout"&&g.kind!=="network")throw g;let v=u(h);y={ms:v,why:`${g.message}; the next attempt was due in ${Eh(v)}`}}if(f&&y.ms>=f.remainingMs())throw Dr(f,y.why,!0);await r(y.ms)}return Ey(f),e(l,p)};function c(l,p){if(l.status!==429&&l.status<500||Sy(l.bodyText))return;let f=wc(l.headers["retry-after"],a());if(f===void 0){let h=u(p);return{ms:h,why:`HTTP ${l.status}; the next attempt was due in ${Eh(h)}`}}if(!(f>o))return{ms:f,why:`HTTP ${l.status} with Retry-After ${Eh(f)}`}}}function Ey(e){if(e&&e.remainingMs()<=0)throw Dr(e)}function Eh(e){return`${Math.round(e/100)/10} s`}function Ih(e,t){if(!Number.isInteger(t)||t<0)throw new TypeError(`Expected \`${e}\` to be a non-negative integer, got ${String(t)}.`)}function Th(e){let{fetch:t,timeoutMs:r=1e4,timeoutSignal:n=a=>AbortSignal.timeout(a),maxResponseBytes:i=16777216,...o}=e;if(typeof t!="function")throw new TypeError("Expected `fetch` to be a function, such as the global fetch of Node 20.");if(!Number.isInteger(r)||r<=0)throw new TypeError(`Expected \`timeoutMs\` to be a positive integer, got ${String(r)}.`);if(!Number.isInteger(i)||i<=0)throw new TypeError(`Expected \`maxResponseBytes\` to be a positive integer, got ${String(i)}.`);return Iy(async(a,u={})=>{let{deadline:c}=u,l=c?Math.ceil(c.remainingMs()):1/0;if(c&&l<=0)throw Dr(c);let p=Math.min(r,l);try{let f=await t(a.url,{method:a.method,headers:{...a.headers},...a.body!==void 0?{body:a.body}:{},signal:n(p)}),h={};f.headers.forEach((g,v)=>h[v.toLowerCase()]=g);let y=await e6(f,h["content-length"],i);return{status:f.status,headers:h,bodyText:y}}catch(f){throw t6(f,p,p<r?c:void 0)}},o)}async function e6(e,t,r){let n=e.body?.getReader();if(t!==void 0&&/^\d+$/.test(t.trim())&&Number(t)>r)throw await n?.cancel().catch(()=>{}),oi(r);if(e.body===void 0){let a=await e.text();if(a.length>r)throw oi(r);return a}if(!n)return"";let i=new TextDecoder("utf-8"),o="",s=0;for(;;){let{done:a,value:u}=await n.read();if(a)return o+i.decode();if(s+=u?.byteLength??0,s>r)throw await n.cancel().catch(()=>{}),oi(r);o+=i.decode(u,{stream:!0})}}function t6(e,t,r){if(e instanceof Nt)return e;let n=e?.name;if(n==="TimeoutError"||n==="AbortError")return r?Dr(r,`no response within the ${t} ms that were left`):new Nt("timeout",`no response within ${t} ms`);let i=e instanceof Error?e.message:String(e),o=e?.cause,s=typeof o?.code=="string"?o.code:typeof o?.message=="string"?o.message:void 0;return new Nt("network",`network error: ${i}${s?` (${s})`:""}`)}var Ty=Ho,Ge=Ty.clone({precision:40,rounding:Ty.ROUND_HALF_UP,toExpNeg:-40,toExpPos:40}),r6=/^-?\d+(\.\d+)?$/,Po=b.union([b.number().transform(e=>String(e)),b.custom(ai,"expected a number").transform(e=>e.value)]),Ie=b.union([Po,b.string().trim().regex(r6,"expected a decimal amount")]).transform(e=>new Ge(e).toFixed());var n6=/^(\d{4})-(\d{2})-(\d{2})$/;function Lr(e){let t=new Map,r=e.some(n=>n.credits!==void 0)?"credits":"amountUsd";for(let n of e){let i=t.get(n.date);i||t.set(n.date,i={total:new Ge(0),byModel:new Map,units:new Map});let o=n.credits??n.amountUsd;i.total=i.total.plus(o),n.model!==void 0&&i.byModel.set(n.model,(i.byModel.get(n.model)??new Ge(0)).plus(o)),n.model!==void 0&&n.units&&i6(i.units,n.model,n.units)}return[...t.entries()].sort(([n],[i])=>n<i?-1:n>i?1:0).map(([n,i])=>({date:n,[r]:i.total.toFixed(),...i.byModel.size?{byModel:Object.fromEntries([...i.byModel].map(([o,s])=>[o,s.toFixed()]))}:{},...i.units.size?{units:Object.fromEntries([...i.units].map(([o,s])=>[o,s6(s)]))}:{}}))}function i6(e,t,r){let n=e.get(t);if(!n){e.set(t,{quantity:new Ge(r.quantity),unit:r.unit,unitPrice:r.unitPrice});return}n.quantity=n.quantity.plus(r.quantity),n.unit!==r.unit&&(n.unit=null),n.unitPrice!==null&&!o6(n.unitPrice,r.unitPrice)&&(n.unitPrice=null)}function o6(e,t){return e===void 0?t===void 0:t!==void 0&&new Ge(e).equals(t)}function s6(e){return{...e.unit?{unit:e.unit}:{},quantity:e.quantity.toFixed(),...e.unitPrice?{unitPrice:e.unitPrice}:{}}}function ui(e){let t=e.slice(0,10);return zr(t)?t:void 0}function zr(e){let t=n6.exec(e);return t?new Date(Date.UTC(Number(t[1]),Number(t[2])-1,Number(t[3]))).toISOString().slice(0,10)===e:!1}function jt(e){for(let t of["startDate","beforeDate"]){let r=e?.[t];if(typeof r!="string"||!zr(r))throw new TypeError(`Expected \`${t}\` to be a UTC date as YYYY-MM-DD, got ${JSON.stringify(r)}.`)}if(e.beforeDate<=e.startDate)throw new RangeError(`Expected \`beforeDate\` (${e.beforeDate}) to be after \`startDate\` (${e.startDate}): the window is end-exclusive.`);return e}function Oy(e,t){if(!Number.isInteger(t)||t<=0)throw new TypeError(`Expected \`days\` to be a positive integer, got ${String(t)}.`);if(typeof e!="string"||!zr(e))throw new TypeError(`Expected \`today\` to be a UTC date as YYYY-MM-DD, got ${JSON.stringify(e)}.`);return jt({startDate:Yt(e,-t),beforeDate:e})}var a6=100;async function $c(e,t,r=a6){let n=[],i=new Set,o;for(let s=0;s<r;s++){let a=await t(o);if(n.push(...a.items),a.nextCursor===void 0)return n;if(i.has(a.nextCursor))throw Ue(e,`pagination returned cursor ${JSON.stringify(a.nextCursor)} twice`);i.add(a.nextCursor),o=a.nextCursor}throw Ue(e,`pagination did not end after ${r} pages`)}function Cy(e,t){let r=[];for(let n=0;n<e.length;n+=t)r.push(e.slice(n,n+t));return r}var c6="https://api.fal.ai",Oh=50,Ly={provider:"fal",endpoint:"/v1/account/billing",admin:!0},li={provider:"fal",endpoint:"/v1/models/usage",admin:!0},_c={provider:"fal",endpoint:"/v1/models/pricing"},di={provider:"fal",endpoint:"/v1/models/billing-events",admin:!0};function Ac(e,t,r){return lr(t),$t(e,"GET",`${He(t.baseUrl,c6)}${r}`,{Authorization:`Key ${t.apiKey}`})}function Dy(e){return Ac(Ly,e,`/v1/account/billing${dn({expand:"credits"})}`)}function u6(e,t,r={}){let{startDate:n,beforeDate:i}=jt(t),o=dn({start:`${n}T00:00:00Z`,end:`${i}T00:00:00Z`,timeframe:"day",timezone:"UTC",expand:["time_series","summary"],cursor:r.cursor});return Ac(li,e,`/v1/models/usage${o}`)}function l6(e,t,r={}){if(t.length<1||t.length>Oh)throw new RangeError(`Expected 1 to ${Oh} endpoint ids per pricing request, got ${t.length}.`);return Ac(_c,e,`/v1/models/pricing${dn({endpoint_id:t.join(","),cursor:r.cursor})}`)}function d6(e,t,r){let n=Fr(t,"a fal request id");if(typeof r?.start!="string"||Number.isNaN(Date.parse(r.start)))throw new TypeError(`Expected \`start\` to be an ISO timestamp, got ${JSON.stringify(r?.start)}.`);return Ac(di,e,`/v1/models/billing-events${dn({request_id:n,start:r.start,cursor:r.cursor})}`)}var Ch=b.literal("USD"),Dh={next_cursor:b.string().nullable().optional(),has_more:b.boolean().optional()},p6=qe({...Ly,schema:b.object({credits:b.object({current_balance:Ie,currency:Ch.optional()})}),map:({credits:e})=>({provider:"fal",amountUsd:e.current_balance,currency:"USD"})}),Ny=b.object({endpoint_id:b.string(),unit:b.string().optional(),quantity:Ie.optional(),unit_price:Ie.optional(),cost:Ie.optional(),cost_total:Ie.optional(),currency:Ch.optional()}),f6=qe({...li,schema:b.object({time_series:b.array(b.object({bucket:b.string(),results:b.array(Ny)})).optional(),summary:b.array(Ny).optional(),...Dh}),map:e=>{let t=(e.time_series??[]).flatMap((n,i)=>{let o=ui(n.bucket);if(!o)throw Ue(li,`field time_series[${i}].bucket: expected a timestamp, got ${JSON.stringify(n.bucket)}`);return n.results.map((s,a)=>({date:o,model:s.endpoint_id,amountUsd:Fy(s,`time_series[${i}].results[${a}]`),...s.quantity!==void 0?{units:m6(s,s.quantity)}:{}}))}),r=e.summary?.map((n,i)=>Fy(n,`summary[${i}]`)).reduce((n,i)=>n.plus(i),new Ge(0)).toFixed();return{items:t,...Nh(li,e),...r!==void 0?{summaryUsd:r}:{}}}});function m6(e,t){return{...e.unit!==void 0?{unit:e.unit}:{},quantity:t,...e.unit_price!==void 0?{unitPrice:e.unit_price}:{}}}function Fy(e,t){let r=e.cost_total??e.cost;if(r!==void 0)return r;if(e.quantity!==void 0&&e.unit_price!==void 0)return new Ge(e.quantity).times(e.unit_price).toFixed();throw Ue(li,`missing field ${t}.cost_total`)}var h6=qe({..._c,schema:b.object({prices:b.array(b.object({endpoint_id:b.string(),unit_price:Ie,unit:b.string(),currency:Ch.optional()})),...Dh}),map:e=>({items:e.prices.map(t=>({provider:"fal",model:t.endpoint_id,unit:t.unit,amountUsd:t.unit_price})),...Nh(_c,e)})});function Nh(e,t){if(t.has_more===!1||t.has_more===void 0&&!t.next_cursor)return{};if(!t.next_cursor)throw Ue(e,"missing field next_cursor (has_more is true)");return{nextCursor:t.next_cursor}}var g6=b.object({request_id:b.string(),endpoint_id:b.string().optional(),unit:b.string().optional(),output_units:Ie.nullable().optional(),unit_price:Ie.nullable().optional(),percent_discount:Ie.nullable().optional(),cost_total:Ie.nullable().optional(),cost_estimate_nano_usd:Ie.nullable().optional()}),b6=qe({...di,schema:b.object({billing_events:b.array(g6),...Dh}),map:e=>({items:e.billing_events,...Nh(di,e)})});function y6(e,t){if(e.cost_total!=null)return e.cost_total;if(e.cost_estimate_nano_usd!=null)return new Ge(e.cost_estimate_nano_usd).dividedBy(1e9).toFixed();if(e.output_units!=null&&e.unit_price!=null){let r=new Ge(1).minus(new Ge(e.percent_discount??0).dividedBy(100));return new Ge(e.output_units).times(e.unit_price).times(r).toFixed()}throw Ue(di,`missing field ${t}.cost_total`)}function v6(e,t,r){let n=t.map((c,l)=>({e:c,i:l})).filter(({e:c})=>c.request_id===e);if(!n.length)throw new qt({kind:"not-found",provider:"fal",message:`fal ${di.endpoint}: no billing event for request ${JSON.stringify(e)} since ${r} (fal records an event shortly after the request ends; check the id and that the key is the admin key of the account that ran it)`});let i=n.reduce((c,{e:l,i:p})=>c.plus(y6(l,`billing_events[${p}]`)),new Ge(0)).toFixed(),o=n[0].e,s=n.every(({e:c})=>c.output_units!=null)?n.reduce((c,{e:l})=>c.plus(l.output_units),new Ge(0)).toFixed():void 0,a=new Set(n.map(({e:c})=>c.unit_price??void 0)),u=a.size===1?[...a][0]:void 0;return{provider:"fal",id:e,state:"finished",amountUsd:i,...o.endpoint_id!==void 0?{model:o.endpoint_id}:{},...s!==void 0?{units:{quantity:s,...o.unit!==void 0?{unit:o.unit}:{},...u!==void 0?{unitPrice:u}:{}}}:{},source:"fal GET /v1/models/billing-events"}}function zy(e){let{transport:t,...r}=e;return Dy(r),Object.freeze({getBalance:()=>je(t,Dy(r),p6),async getUsage(n){let i,o=await $c(li,async s=>{let a=await je(t,u6(r,n,s?{cursor:s}:{}),f6);return i??=a.summaryUsd,a});return{provider:"fal",days:Lr(o),source:"fal GET /v1/models/usage",...i!==void 0?{totals:{periodUsd:i}}:{}}},async getLivePrices(n){let i=[...new Set(n)],o=[];for(let a of Cy(i,Oh))o.push(...await $c(_c,u=>je(t,l6(r,a,u?{cursor:u}:{}),h6)));let s=new Set(o.map(a=>a.model));return{prices:o,missing:i.filter(a=>!s.has(a))}},async getRequestCost(n,i){let o=Fr(n,"a fal request id"),s=await $c(di,a=>je(t,d6(r,o,{start:i?.start,...a?{cursor:a}:{}}),b6));return v6(o,s,i.start)}})}var qy="https://api.runpod.io",jy="https://rest.runpod.io",Zy="https://api.runpod.ai",x6=["COMPLETED","FAILED","CANCELLED","TIMED_OUT"],k6="query { myself { clientBalance currentSpendPerHr spendLimit } }",By={provider:"runpod",endpoint:"graphql myself"},Fh={provider:"runpod",endpoint:"/v1/billing/endpoints"},Vy={provider:"runpod",endpoint:"/v2/catalog/gpus"},Lh={provider:"runpod",endpoint:"GET /v2/{endpointId}/status/{id}"};function Sc(e){return lr(e),{Authorization:`Bearer ${e.apiKey}`}}function My(e){return $t(By,"POST",`${He(e.baseUrl,qy)}/graphql`,Sc(e),{query:k6})}function $6(e,t){let{startDate:r,beforeDate:n}=jt(t),i=dn({bucketSize:"day",startTime:`${r}T00:00:00Z`,endTime:`${n}T00:00:00Z`,grouping:"endpointId"}),o=He(e.restBaseUrl,jy,"restBaseUrl");return $t(Fh,"GET",`${o}/v1/billing/endpoints${i}`,Sc(e))}function _6(e){return $t(Vy,"GET",`${He(e.baseUrl,qy)}/v2/catalog/gpus`,Sc(e))}function A6(e,t,r){let n=Fr(t,"a Runpod endpoint id (`endpointId`)"),i=Fr(r,"a Runpod job id"),o=He(e.serverlessBaseUrl,Zy,"serverlessBaseUrl");return $t(Lh,"GET",`${o}/v2/${pn(n)}/status/${pn(i)}`,Sc(e))}var Uy=Po.refine(e=>/^\d+(\.\d+)?$/.test(e),"expected milliseconds, 0 or more"),S6=qe({...Lh,schema:b.object({id:b.string(),status:b.string(),executionTime:Uy.optional(),delayTime:Uy.optional()}),map:e=>{let t="runpod GET /v2/{endpointId}/status/{id}",r={...e.delayTime!==void 0?{delayMs:e.delayTime}:{}};if(!x6.includes(e.status))return{provider:"runpod",id:e.id,state:"pending",status:e.status,...r,...e.executionTime!==void 0?{executionMs:e.executionTime}:{},source:t};if(e.executionTime===void 0&&e.status==="COMPLETED")throw Ue(Lh,"missing field executionTime");return{provider:"runpod",id:e.id,state:"finished",status:e.status,executionMs:e.executionTime??"0",...r,source:t}}}),R6=qe({...By,errorsInBody:!0,schema:b.object({data:b.object({myself:b.object({clientBalance:Ie,currentSpendPerHr:Ie.nullable().optional(),spendLimit:Ie.nullable().optional()})})}),map:({data:{myself:e}})=>({provider:"runpod",amountUsd:e.clientBalance,currency:"USD",...e.spendLimit!=null?{spendLimitPerHourUsd:e.spendLimit}:{},...e.currentSpendPerHr!=null?{currentSpendPerHourUsd:e.currentSpendPerHr}:{}})}),P6=qe({...Fh,schema:b.array(b.object({amount:Ie,time:b.string(),endpointId:b.string().optional(),gpuTypeId:b.string().optional()})),map:e=>{let t=e.map((r,n)=>{let i=ui(r.time);if(!i)throw Ue(Fh,`field [${n}].time: expected a timestamp, got ${JSON.stringify(r.time)}`);let o=r.endpointId??r.gpuTypeId;return{date:i,amountUsd:r.amount,...o!==void 0?{model:o}:{}}});return{provider:"runpod",days:Lr(t),source:"runpod GET /v1/billing/endpoints"}}}),E6=b.object({id:b.string(),name:b.string().optional(),pool:b.string().min(1).nullable(),price:b.object({serverless:Ie.nullable().optional()})}),I6=qe({...Vy,schema:b.preprocess(e=>Array.isArray(e)?{gpus:e}:e,b.object({gpus:b.array(E6)})).transform(e=>e.gpus),map:e=>e.flatMap(t=>t.price.serverless==null?[]:[{provider:"runpod",model:t.id,unit:"gpu-hour",amountUsd:t.price.serverless,...t.name?{name:t.name}:{},pool:t.pool}])});function Gy(e){let{transport:t,...r}=e;return My(r),He(r.restBaseUrl,jy,"restBaseUrl"),He(r.serverlessBaseUrl,Zy,"serverlessBaseUrl"),Object.freeze({getJobStatus:async(n,i)=>je(t,A6(r,n,i),S6),getBalance:()=>je(t,My(r),R6),getUsage:n=>je(t,$6(r,n),P6),async getLivePrices(n){let i=await je(t,_6(r),I6);if(!n)return{prices:i,missing:[]};let o=(s,a)=>s.model===a||s.name===a;return{prices:i.filter(s=>n.some(a=>o(s,a))),missing:n.filter(s=>!i.some(a=>o(a,s)))}}})}var O6=/\$\s*(\d[\d,]*(?:\.\d+)?)|(\d[\d,]*(?:\.\d+)?)\s*USD\b/gi,C6=/(?:\bper\b|\/)\s*([a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2})/i;function Ky(e){if(/^\s*free\s*$/i.test(e))return{amountUsd:"0"};let t=new Set;for(let i of e.matchAll(O6))t.add(D6(i[1]??i[2]??""));if(t.size!==1)return;let[r]=[...t],n=C6.exec(e)?.[1]?.trim().toLowerCase();return n?{amountUsd:r,unit:n}:{amountUsd:r}}function D6(e){return e.replace(/,/g,"")}var Wy="https://api.runware.ai",Xy="https://content.runware.ai",zh={provider:"runware",endpoint:"accountManagement getDetails"},Eo={provider:"runware",endpoint:"accountManagement getUsageActivity"},Jy={provider:"runware",endpoint:"GET /models/{id}/pricing"},Pc={provider:"runware",endpoint:"modelSearch"},Yy="Expected `uuid` to be a function returning a v4 UUID, e.g. crypto.randomUUID.",N6=/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;function qh(e,t,r){return lr(t),$t(e,"POST",`${He(t.baseUrl,Wy)}/v1`,{Authorization:`Bearer ${t.apiKey}`},r)}function Qy(e){if(typeof e?.uuid!="function")throw new TypeError(Yy);let t=e.uuid();if(!N6.test(t))throw new TypeError(`Expected \`uuid\` to return a v4 UUID, got ${JSON.stringify(t)}.`);return t}function Mh(e,t,r={}){return{taskType:"accountManagement",taskUUID:Qy(e),operation:t,...r}}function F6(e,t){return qh(zh,e,[Mh(t,"getDetails")])}function L6(e,t,r){let{startDate:n,beforeDate:i}=jt(t);return qh(Eo,e,[Mh(r,"getDetails"),Mh(r,"getUsageActivity",{startDate:n,endDate:Yt(i,-1),groupBy:["date","model"],timezone:"UTC"})])}var z6=30;function M6(e){let{startDate:t,beforeDate:r}=jt(e),n=[];for(let i=t;i<r;){let o=Yt(i,z6),s={startDate:i,beforeDate:o<r?o:r};n.push(s),i=s.beforeDate}return n}function U6(e){if(e.length===1)return e[0];let t=new Map;for(let s of e.flatMap(a=>a.days)){let a=t.get(s.date);a||t.set(s.date,a={total:new Ge(0),byModel:new Map}),a.total=a.total.plus(s.amountUsd);for(let[u,c]of Object.entries(s.byModel??{}))a.byModel.set(u,(a.byModel.get(u)??new Ge(0)).plus(c))}let r=[...t.entries()].sort(([s],[a])=>s<a?-1:s>a?1:0).map(([s,a])=>({date:s,amountUsd:a.total.toFixed(),...a.byModel.size?{byModel:Object.fromEntries([...a.byModel].map(([u,c])=>[u,c.toFixed()]))}:{}})),n=e.at(-1).totals??{},i=e.map(s=>s.totals?.periodUsd),o=Zh({todayUsd:n.todayUsd,last7DaysUsd:n.last7DaysUsd,last30DaysUsd:n.last30DaysUsd,allTimeUsd:n.allTimeUsd,periodUsd:i.every(s=>s!==void 0)?i.reduce((s,a)=>s.plus(a),new Ge(0)).toFixed():void 0});return{...e[0],days:r,totals:o}}function q6(e,t){if(typeof t!="string"||t==="")throw new TypeError('Expected a model id such as "runware:101@1".');let r=He(e.contentBaseUrl,Xy,"contentBaseUrl");return $t(Jy,"GET",`${r}/models/${pn(t)}/pricing`,{})}function j6(e,t,r){if(typeof r!="string"||r==="")throw new TypeError('Expected a model AIR such as "civitai:618692@691639".');return qh(Pc,e,[{taskType:"modelSearch",taskUUID:Qy(t),search:r,visibility:"all",limit:20}])}var jh=b.object({data:b.array(b.unknown())}),Rc=b.object({credits:Ie.optional()}).optional(),ev=b.object({balance:b.object({amount:Ie,currency:b.literal("USD").optional()}),usage:b.object({today:Rc,last7Days:Rc,last30Days:Rc,total:Rc}).optional()}),Hy=b.object({totalSpend:Ie.optional(),projectedSpend:Ie.optional()}).optional(),Z6=b.object({usage:b.object({timeseries:b.object({data:b.array(b.object({date:b.string(),spend:Ie,model:b.string().optional()})),meta:Hy}).optional(),meta:Hy})});function Uh(e,t,r,n){let i=t.find(o=>o?.operation===r);if(i===void 0)throw Ue(e,`no ${r} result in data[]`);return xc(e,n,i)}var B6=qe({...zh,schema:jh,errorsInBody:!0,map:({data:e})=>{let{balance:t}=Uh(zh,e,"getDetails",ev);return{provider:"runware",amountUsd:t.amount,currency:"USD"}}}),V6=qe({...Eo,schema:jh,errorsInBody:!0,map:({data:e})=>{let t=Uh(Eo,e,"getDetails",ev),{usage:r}=Uh(Eo,e,"getUsageActivity",Z6),n=(r.timeseries?.data??[]).map((s,a)=>{let u=ui(s.date);if(!u)throw Ue(Eo,`field usage.timeseries.data[${a}].date: expected a date, got ${JSON.stringify(s.date)}`);return{date:u,amountUsd:s.spend,...s.model!==void 0?{model:s.model}:{}}}),i=r.timeseries?.meta??r.meta,o=Zh({todayUsd:t.usage?.today?.credits,last7DaysUsd:t.usage?.last7Days?.credits,last30DaysUsd:t.usage?.last30Days?.credits,allTimeUsd:t.usage?.total?.credits,periodUsd:i?.totalSpend,projectedUsd:i?.projectedSpend});return{provider:"runware",days:Lr(n),source:"runware POST /v1 accountManagement getUsageActivity",totals:o}}}),G6=b.object({air:b.string(),pricingOverview:b.string().optional(),pricingExamples:b.array(b.object({configuration:b.string(),price:b.union([b.string(),Po.transform(e=>`$${e}`)])})).optional()}),K6=qe({...Jy,schema:G6,onNotFound:()=>null,map:({air:e,pricingOverview:t,pricingExamples:r})=>{let n=(i,o,s)=>{let a=Ky(i);if(!a)return[];let u=a.unit??o;return[{provider:"runware",model:e,unit:u,amountUsd:a.amountUsd,raw:i,...s?{configuration:s}:{}}]};return[...t!==void 0?n(t,"unspecified"):[],...(r??[]).flatMap(({configuration:i,price:o})=>n(o,"request",i))]}}),H6=b.object({results:b.array(b.object({air:b.string(),name:b.string().optional(),version:b.string().optional(),architecture:b.string().optional()})).default([])});function W6(e){return qe({...Pc,schema:jh,errorsInBody:!0,map:({data:t})=>{let r=t.find(o=>o?.taskType==="modelSearch");if(r===void 0)throw Ue(Pc,"no modelSearch result in data[]");let{results:n}=xc(Pc,H6,r),i=n.find(o=>o.air.toLowerCase()===e.toLowerCase());return i?Zh({air:i.air,name:i.name,architecture:i.architecture}):null}})}function tv(e){let{transport:t,uuid:r,...n}=e,i={uuid:r};if(lr(n),He(n.baseUrl,Wy),He(n.contentBaseUrl,Xy,"contentBaseUrl"),typeof r!="function")throw new TypeError(Yy);return Object.freeze({getBalance:()=>je(t,F6(n,i),B6),async getUsage(o){let s=[];for(let a of M6(o))s.push(await je(t,L6(n,a,i),V6));return U6(s)},async getLivePrices(o){let s=[],a=[];for(let u of o){let c=await je(t,q6(n,u),K6);c?.length?s.push(...c):a.push(u)}return{prices:s,missing:a}},getModelInfo:o=>je(t,j6(n,i,o),W6(o))})}var wN=b.object({taskUUID:b.string().min(1).optional().catch(void 0),taskType:b.string().optional().catch(void 0),cost:Ie});function Zh(e){return Object.fromEntries(Object.entries(e).filter(([,t])=>t!==void 0))}var Vh="https://api.dev.runwayml.com",J6="2024-11-06",Gh={provider:"runway",endpoint:"/v1/organization"},iv={provider:"runway",endpoint:"/v1/organization/usage"},Bh={provider:"runway",endpoint:"GET /v1/tasks/{id}"},Y6=["SUCCEEDED","FAILED","CANCELLED"];function Kh(e){return lr(e),{Authorization:`Bearer ${e.apiKey}`,"X-Runway-Version":J6}}function Hh(e){return $t(Gh,"GET",`${He(e.baseUrl,Vh)}/v1/organization`,Kh(e))}var Q6=Hh,eP=Hh;function tP(e,t){let{startDate:r,beforeDate:n}=jt(t);return $t(iv,"POST",`${He(e.baseUrl,Vh)}/v1/organization/usage`,Kh(e),{startDate:r,beforeDate:n})}function rP(e,t){let r=Fr(t,"a Runway task id");return $t(Bh,"GET",`${He(e.baseUrl,Vh)}/v1/tasks/${pn(r)}`,Kh(e))}var rv=b.number().int().nonnegative().nullable(),ov=b.object({creditBalance:Ie,tier:b.object({maxMonthlyCreditSpend:b.number(),models:b.record(b.string(),b.object({maxConcurrentGenerations:rv,maxDailyGenerations:rv}))}),usage:b.object({models:b.record(b.string(),b.object({dailyGenerations:b.number().int().nonnegative()}))}).optional()}),nP=ov.pick({creditBalance:!0}),iP=qe({...Gh,schema:nP,map:({creditBalance:e})=>({provider:"runway",credits:e,currency:"credits"})}),oP=qe({...Gh,schema:ov,map:({tier:e,usage:t})=>{let r=t?.models??{},n=[...new Set([...Object.keys(e.models),...Object.keys(r)])].sort();return{maxMonthlyCreditSpend:e.maxMonthlyCreditSpend,models:Object.fromEntries(n.map(i=>[i,{maxConcurrentGenerations:e.models[i]?.maxConcurrentGenerations??null,maxDailyGenerations:e.models[i]?.maxDailyGenerations??null,dailyGenerationsUsed:r[i]?.dailyGenerations??0}]))}}}),sP=b.object({results:b.array(b.object({date:b.string().refine(zr,"expected a date as YYYY-MM-DD"),usedCredits:b.array(b.object({model:b.string(),amount:Ie}))}))}),aP=qe({...iv,schema:sP,map:({results:e})=>{let t=e.flatMap(({date:r,usedCredits:n})=>n.map(({model:i,amount:o})=>({date:r,model:i,credits:o})));return{provider:"runway",days:Lr(t),source:"runway POST /v1/organization/usage"}}}),nv=b.object({credits:Ie}).nullable().optional(),cP=b.object({id:b.string(),status:b.string(),cost:nv,estimatedCost:nv}),uP=qe({...Bh,schema:cP,map:e=>{let t="runway GET /v1/tasks/{id}";if(!Y6.includes(e.status))return{provider:"runway",id:e.id,state:"pending",status:e.status,...e.estimatedCost?{estimatedCredits:e.estimatedCost.credits}:{},source:t};if(!e.cost)throw Ue(Bh,`missing field cost.credits (the task is ${e.status})`);return{provider:"runway",id:e.id,state:"finished",status:e.status,credits:e.cost.credits,source:t}}});function sv(e){let{transport:t,...r}=e;return Hh(r),Object.freeze({getBalance:()=>je(t,Q6(r),iP),getUsage:n=>je(t,tP(r,n),aP),getTierLimits:()=>je(t,eP(r),oP),getTaskCost:async n=>je(t,rP(r,n),uP)})}var dr=["runway","runware","fal","runpod"],Zt={runway:"RUNWAYML_API_SECRET",runware:"RUNWARE_API_KEY",fal:"FAL_KEY",runpod:"RUNPOD_API_KEY"},Ec=12e4;function av(e,t){let{apiKey:r,transport:n,baseUrl:i,restBaseUrl:o,contentBaseUrl:s,uuid:a}=t,u={apiKey:r,transport:n,...i?{baseUrl:i}:{}};switch(e){case"runway":{let c=sv(u);return{getBalance:c.getBalance,getUsage:c.getUsage,getTierLimits:c.getTierLimits}}case"runware":{let c=tv({...u,uuid:a,...s?{contentBaseUrl:s}:{}});return{getBalance:c.getBalance,getUsage:c.getUsage}}case"fal":{let c=zy(u);return{getBalance:c.getBalance,getUsage:c.getUsage}}case"runpod":{let c=Gy({...u,...o?{restBaseUrl:o}:{}});return{getBalance:c.getBalance,getUsage:c.getUsage}}}}function Ic(e,t){let r=t[Zt[e]]?.trim();if(!r)return;let n=cv(e),i=c=>t[n[c]]?.trim()||void 0,[o,s,a,u]=[i("baseUrl"),i("restBaseUrl"),i("contentBaseUrl"),i("serverlessBaseUrl")];return{apiKey:r,...o?{baseUrl:o}:{},...s?{restBaseUrl:s}:{},...a?{contentBaseUrl:a}:{},...u?{serverlessBaseUrl:u}:{},settingNames:n}}function cv(e){let t=r=>`GENSPEND_${e.toUpperCase()}_${r}`;return{baseUrl:t("BASE_URL"),restBaseUrl:t("REST_BASE_URL"),contentBaseUrl:t("CONTENT_BASE_URL"),serverlessBaseUrl:t("SERVERLESS_BASE_URL")}}function uv(e,t,r={}){let n=r[t.option]??`\`${t.option}\``;return`${e}: ${n} must be ${t.expected}, got ${t.got}${t.fix?` (fix: ${t.fix})`:""}`}async function Wh(e,t,r){try{let n=pP(t.deadlineMs??Ec,t.now??Date.now),i=av(e,{...t,transport:fP(t.transport,n)});return{provider:e,usage:await i.getUsage(r)}}catch(n){return dP(e,n,t)}}function dP(e,t,r){if(hy(t))return{provider:e,error:{kind:t.kind,message:t.message}};if(t instanceof ci){let n=uv(e,t,r.settingNames);return{provider:e,error:{kind:"configuration",message:hc(n,[r.apiKey])}}}if(t instanceof TypeError||t instanceof RangeError)return{provider:e,error:{kind:"configuration",message:`${e}: ${hc(t.message,[r.apiKey])}`}};throw t}function pP(e,t){if(!Number.isInteger(e)||e<=0)throw new TypeError(`Expected \`deadlineMs\` to be a positive integer, got ${String(e)}.`);let r=t()+e;return{seconds:e/1e3,remainingMs:()=>r-t()}}function fP(e,t){return(r,n)=>t.remainingMs()<=0?Promise.reject(Dr(t)):e(r,{...n,deadline:t})}var lv=(e,t)=>!!e[Zt[t]]?.trim();function Xh(e,t,r){if(!e||e.length===0){let o=dr.filter(s=>lv(t,s));if(o.length===0)throw new G(r.noKeys,void 0,r.giveKeys(dr.map(s=>Zt[s])));return o}let n=[...new Set(e)],i=n.filter(o=>!lv(t,o));if(i.length)throw new G(`no key for ${i.join(", ")}${r.namedIn?`, ${r.namedIn}`:""}`,void 0,r.giveKeys(i.map(o=>Zt[o])));return n}var Io=90,hP=30;function Jh(e,t,r){let{from:n,to:i}=e;if(n===void 0&&i===void 0){let a=e.days??String(hP);if(!/^\d+$/.test(a)||Number(a)<1||Number(a)>Io)throw new G(`${r.days} must be a whole number from 1 to ${Io}, got ${JSON.stringify(a.slice(0,60))}`);return Oy(t,Number(a))}if(e.days!==void 0)throw new G(`give either ${r.days} or ${r.from} and ${r.to}, not both`);if(n===void 0||i===void 0)throw new G(`give both ${r.from} and ${r.to} (YYYY-MM-DD, both days included)`);for(let[a,u]of[[r.from,n],[r.to,i]])if(!zr(u))throw new G(`${a} must be a UTC date as YYYY-MM-DD, got ${JSON.stringify(u.slice(0,40))}`);if(i<n)throw new G(`${r.to} (${i}) is before ${r.from} (${n})`);let o=Yt(i,1);if(o>t)throw new G(`${r.to} (${i}) must be before today (${t}): a day's bill is complete only after it ends`);let s=Math.round((Date.parse(o)-Date.parse(n))/864e5);if(s>Io)throw new G(`${r.from} to ${r.to} spans ${s} days; the providers give at most ${Io} at once`);return{startDate:n,beforeDate:o}}function Yh(e,t,r,n){if(e?.length)return Xh(e,r,n);let o=[...new Set(t.map(s=>s.trim().toLowerCase()))].filter(s=>dr.includes(s)).filter(s=>!r[Zt[s]]?.trim());if(o.length)throw new G(`no key for ${o.join(", ")}, which the manifests use`,void 0,n.giveKeys(o.map(s=>Zt[s])));return Xh(void 0,r,n)}async function Qh(e,t,r){let{env:n,transport:i,uuid:o,deadlineMs:s}=t,a=await Promise.all(e.map(l=>Wh(l,{...Ic(l,n),transport:i,uuid:o,deadlineMs:s},r))),u=[],c=a.map(l=>"error"in l?{provider:l.provider,error:l.error}:(u.push(...bh(l.usage)),{provider:l.provider,source:l.usage.source}));return{billed:{providers:a.filter(l=>!("error"in l)).map(l=>l.provider),rows:u},reads:c}}async function eg(e,t){try{await e.writeSummary(t)}catch(r){e.warning(`genspend: could not write the job summary: ${r.message}`)}}async function dv(e,t,r){let n,i=Xo(t);if(i){n=i.map(o=>o.format()).join(`
`);for(let o of i.slice(0,10))o.where?.line!==void 0&&r(o.where.file)&&e.error(o.format(),{title:"genspend",file:o.where.file,startLine:o.where.line})}else n=`internal error: ${t instanceof Error?t.message:String(t)}. Please report it with this log.`,t instanceof Error&&t.stack&&e.debug(t.stack);return await eg(e,["## genspend could not run","",...n.split(`
`).map(o=>`- ${Ro(o)}`),""].join(`
`)),{verdict:"error",message:`genspend could not run: ${n}`}}var gP="**/genspend.yml";var Qt=class extends G{},pv=e=>JSON.stringify(e.length>60?`${e.slice(0,60)}\u2026`:e);function fv(e){let t=e.split(/\r?\n/).map(r=>r.trim()).filter(Boolean);if(t.length===0)return[gP];for(let r of t){let n=r.replace(/^!/,"");if(n.startsWith("/")||/^[A-Za-z]:/.test(n)||n.split(/[\\/]/).includes(".."))throw new Qt(`input \`manifests\`: ${pv(r)} points outside the workspace; give globs relative to the repository root`)}return t}function mv(e){let t=[];return{get:r=>e(r).trim(),check(r,n){try{return r()}catch(i){if(!(i instanceof Qt))throw i;return t.push(i),n}},done(){if(t.length===1)throw t[0];if(t.length)throw new Rt(t)}}}function hv(e){let t=e.split(/[\s,]+/).map(r=>r.trim().toLowerCase()).filter(Boolean);for(let r of t)if(!dr.includes(r))throw new Qt(`input \`providers\`: unknown provider ${JSON.stringify(r.slice(0,60))} (use ${dr.join(", ")})`);return t.length?[...new Set(t)]:void 0}function gv(e){if(e==="")return Ec;if(!/^\d{1,4}$/.test(e)||Number(e)<1||Number(e)>3600)throw new Qt(`input \`deadline\` must be a whole number of seconds from 1 to 3600, got ${JSON.stringify(e.slice(0,60))}`);return Number(e)*1e3}var tg=Object.freeze({file:_o,explicit:!1});function bv(e){if(e==="")return tg;if(e.startsWith("/")||e.split("/").includes("..")||/[\x00-\x1f]/.test(e))throw new Qt(`input \`prices\` must be a path inside the repository, got ${pv(e)}`);return{file:e,explicit:!0}}import{closeSync as bP,constants as rg,fstatSync as yP,lstatSync as vP,openSync as wP,readSync as xP,realpathSync as vv,statSync as kP}from"node:fs";import{isAbsolute as $P,relative as _P,resolve as yv}from"node:path";var AP=rg.O_RDONLY|(rg.O_NONBLOCK??0)|(rg.O_NOFOLLOW??0);function ng(e,t){let r=_P(e,t);return r===""||!r.startsWith("..")&&!$P(r)}function wv(e,t,r){let n=yv(e,t),i=RP(n,t,r);if(!ng(r.realRoot??vv.native(e),i)){let s=ng(yv(e),n)?"is a link to a file outside":"is outside";throw new G(`${s} ${r.rootName}`,{file:t},`genspend reads only files inside ${r.rootName}: copy the manifest in (a link must point inside too)`)}let o;try{o=wP(i,AP)}catch(s){throw $v(s,t,EP(i))}try{let s=yP(o);if(s.isDirectory())throw new G("is a directory, not a manifest",{file:t},`name the file inside it, e.g. ${t.replace(/\/$/,"")}/genspend.yml`);if(!s.isFile())throw kv(t,s);if(s.size>r.maxBytes)throw ig(t,`is ${s.size} bytes,`,r);return SP(o,s.size,t,r)}finally{bP(o)}}function To(e,t,r){return Tc(wv(e,t,r),t,r)}function xv(e,t,r){if(e>r.maxBytes)throw ig(t,`is ${e} bytes,`,r)}function Tc(e,t,r){xv(e.length,t,r);try{return new TextDecoder("utf-8",{fatal:!0}).decode(e)}catch{throw new G("file is binary, not UTF-8 YAML text",{file:t},r.binaryFix)}}function SP(e,t,r,n){let i=n.maxBytes+1,o=Buffer.allocUnsafe(Math.min(i,Math.max(t+1,64*1024))),s=0;for(;;){if(s===o.length){if(s===i)break;let u=Buffer.allocUnsafe(Math.min(i,o.length*2));o.copy(u,0,0,s),o=u}let a=xP(e,o,s,o.length-s,null);if(a===0)break;s+=a}if(s>n.maxBytes)throw ig(r,"is",n);return o.subarray(0,s)}function RP(e,t,r){try{return vv.native(e)}catch(n){if(PP(e))throw new G("is a link to a file that does not exist",{file:t},"point the link at a manifest, or name the manifest itself");let i=n.code;throw i==="ENOENT"||i==="ENOTDIR"?new G("no such file",{file:t},`check the path (it is relative to ${r.rootName})`):$v(n,t,void 0)}}function kv(e,t){let r=t.isFIFO()?"a FIFO":t.isSocket()?"a socket":t.isCharacterDevice()||t.isBlockDevice()?"a device":"not a regular file";return new G(`is ${r}, not a manifest file`,{file:e},"point genspend at a YAML manifest")}function $v(e,t,r){if(r&&!r.isFile()&&!r.isDirectory())return kv(t,r);let n=e.code??"an error";return new G(`cannot read it (${n})`,{file:t},"check that the file is readable")}function ig(e,t,r){return new G(`file ${t} over the ${r.maxBytes}-byte limit`,{file:e},r.splitFix)}function PP(e){try{return vP(e).isSymbolicLink()}catch{return!1}}function EP(e){try{return kP(e)}catch{return}}import{realpathSync as ow}from"node:fs";import{relative as lI,resolve as dI,sep as pI}from"node:path";import{createRequire as IP}from"module";import{basename as TP,dirname as sg,normalize as OP,relative as CP,resolve as DP,sep as Sv}from"path";import*as NP from"fs";var _v=IP(import.meta.url);function FP(e){let t=OP(e);return t.length>1&&t[t.length-1]===Sv&&(t=t.substring(0,t.length-1)),t}var LP=/[\\/]/g;function Rv(e,t){return e.replace(LP,t)}var zP=/^[a-z]:[\\/]$/i;function MP(e){return e==="/"||zP.test(e)}function og(e,t){let{resolvePaths:r,normalizePath:n,pathSeparator:i}=t,o=process.platform==="win32"&&e.includes("/")||e.startsWith(".");if(r&&(e=DP(e)),(n||o)&&(e=FP(e)),e===".")return"";let s=e[e.length-1]!==i;return Rv(s?e+i:e,i)}function Pv(e,t){return t+e}function UP(e,t){return function(r,n){return n.startsWith(e)?n.slice(e.length)+r:Rv(CP(e,n),t.pathSeparator)+t.pathSeparator+r}}function qP(e){return e}function jP(e,t,r){return t+e+r}function ZP(e,t){let{relativePaths:r,includeBasePath:n}=t;return r&&e?UP(e,t):n?Pv:qP}function BP(e){return function(t,r){r.push(t.substring(e.length)||".")}}function VP(e){return function(t,r,n){let i=t.substring(e.length)||".";n.every(o=>o(i,!0))&&r.push(i)}}var GP=(e,t)=>{t.push(e||".")},KP=(e,t,r)=>{let n=e||".";r.every(i=>i(n,!0))&&t.push(n)},HP=()=>{};function WP(e,t){let{includeDirs:r,filters:n,relativePaths:i}=t;return r?i?n&&n.length?VP(e):BP(e):n&&n.length?KP:GP:HP}var XP=(e,t,r,n)=>{n.every(i=>i(e,!1))&&r.files++},JP=(e,t,r,n)=>{n.every(i=>i(e,!1))&&t.push(e)},YP=(e,t,r,n)=>{r.files++},QP=(e,t)=>{t.push(e)},eE=()=>{};function tE(e){let{excludeFiles:t,filters:r,onlyCounts:n}=e;return t?eE:r&&r.length?n?XP:JP:n?YP:QP}var rE=e=>e,nE=()=>[""].slice(0,0);function iE(e){return e.group?nE:rE}var oE=(e,t,r)=>{e.push({directory:t,files:r,dir:t})},sE=()=>{};function aE(e){return e.group?oE:sE}var cE=function(e,t,r){let{queue:n,fs:i,options:{suppressErrors:o}}=t;n.enqueue(),i.realpath(e,(s,a)=>{if(s)return n.dequeue(o?null:s,t);i.stat(a,(u,c)=>{if(u)return n.dequeue(o?null:u,t);if(c.isDirectory()&&Ev(e,a,t))return n.dequeue(null,t);r(c,a),n.dequeue(null,t)})})},uE=function(e,t,r){let{queue:n,fs:i,options:{suppressErrors:o}}=t;n.enqueue();try{let s=i.realpathSync(e),a=i.statSync(s);if(a.isDirectory()&&Ev(e,s,t))return;r(a,s)}catch(s){if(!o)throw s}};function lE(e,t){return!e.resolveSymlinks||e.excludeSymlinks?null:t?uE:cE}function Ev(e,t,r){if(r.options.useRealPaths)return dE(t,r);let n=sg(e),i=1;for(;n!==r.root&&i<2;){let o=r.symlinks.get(n);!!o&&(o===t||o.startsWith(t)||t.startsWith(o))?i++:n=sg(n)}return r.symlinks.set(e,t),i>1}function dE(e,t){return t.visited.includes(e+t.options.pathSeparator)}var pE=e=>e.counts,fE=e=>e.groups,mE=e=>e.paths,hE=e=>e.paths.slice(0,e.options.maxFiles),gE=(e,t,r)=>(Oc(t,r,e.counts,e.options.suppressErrors),null),bE=(e,t,r)=>(Oc(t,r,e.paths,e.options.suppressErrors),null),yE=(e,t,r)=>(Oc(t,r,e.paths.slice(0,e.options.maxFiles),e.options.suppressErrors),null),vE=(e,t,r)=>(Oc(t,r,e.groups,e.options.suppressErrors),null);function Oc(e,t,r,n){t(e&&!n?e:null,r)}function wE(e,t){let{onlyCounts:r,group:n,maxFiles:i}=e;return r?t?pE:gE:n?t?fE:vE:i?t?hE:yE:t?mE:bE}var Iv={withFileTypes:!0},xE=(e,t,r,n,i)=>{if(e.queue.enqueue(),n<0)return e.queue.dequeue(null,e);let{fs:o}=e;e.visited.push(t),e.counts.directories++,o.readdir(t||".",Iv,(s,a=[])=>{i(a,r,n),e.queue.dequeue(e.options.suppressErrors?null:s,e)})},kE=(e,t,r,n,i)=>{let{fs:o}=e;if(n<0)return;e.visited.push(t),e.counts.directories++;let s=[];try{s=o.readdirSync(t||".",Iv)}catch(a){if(!e.options.suppressErrors)throw a}i(s,r,n)};function $E(e){return e?kE:xE}var _E=class{count=0;constructor(e){this.onQueueEmpty=e}enqueue(){return this.count++,this.count}dequeue(e,t){this.onQueueEmpty&&(--this.count<=0||e)&&(this.onQueueEmpty(e,t),e&&(t.controller.abort(),this.onQueueEmpty=void 0))}},AE=class{_files=0;_directories=0;set files(e){this._files=e}get files(){return this._files}set directories(e){this._directories=e}get directories(){return this._directories}get dirs(){return this._directories}},SE=class{aborted=!1;abort(){this.aborted=!0}},Tv=class{root;isSynchronous;state;joinPath;pushDirectory;pushFile;getArray;groupFiles;resolveSymlink;walkDirectory;callbackInvoker;constructor(e,t,r){this.isSynchronous=!r,this.callbackInvoker=wE(t,this.isSynchronous),this.root=og(e,t),this.state={root:MP(this.root)?this.root:this.root.slice(0,-1),paths:[""].slice(0,0),groups:[],counts:new AE,options:t,queue:new _E((n,i)=>this.callbackInvoker(i,n,r)),symlinks:new Map,visited:[""].slice(0,0),controller:new SE,fs:t.fs||NP},this.joinPath=ZP(this.root,t),this.pushDirectory=WP(this.root,t),this.pushFile=tE(t),this.getArray=iE(t),this.groupFiles=aE(t),this.resolveSymlink=lE(t,this.isSynchronous),this.walkDirectory=$E(this.isSynchronous)}start(){return this.pushDirectory(this.root,this.state.paths,this.state.options.filters),this.walkDirectory(this.state,this.root,this.root,this.state.options.maxDepth,this.walk),this.isSynchronous?this.callbackInvoker(this.state,null):null}walk=(e,t,r)=>{let{paths:n,options:{filters:i,resolveSymlinks:o,excludeSymlinks:s,exclude:a,maxFiles:u,signal:c,useRealPaths:l,pathSeparator:p},controller:f}=this.state;if(f.aborted||c&&c.aborted||u&&n.length>u)return;let h=this.getArray(this.state.paths);for(let y=0;y<e.length;++y){let g=e[y];if(g.isFile()||g.isSymbolicLink()&&!o&&!s){let v=this.joinPath(g.name,t);this.pushFile(v,h,this.state.counts,i)}else if(g.isDirectory()){let v=jP(g.name,t,this.state.options.pathSeparator);if(a&&a(g.name,v))continue;this.pushDirectory(v,n,i),this.walkDirectory(this.state,v,v,r-1,this.walk)}else if(this.resolveSymlink&&g.isSymbolicLink()){let v=Pv(g.name,t);this.resolveSymlink(v,this.state,($,w)=>{if($.isDirectory()){if(w=og(w,this.state.options),a&&a(g.name,l?w:v+p))return;this.walkDirectory(this.state,w,l?w:v+p,r-1,this.walk)}else{w=l?w:v;let k=TP(w),N=og(sg(w),this.state.options);w=this.joinPath(k,N),this.pushFile(w,h,this.state.counts,i)}})}}this.groupFiles(this.state.groups,t,h)}};function RE(e,t){return new Promise((r,n)=>{Ov(e,t,(i,o)=>{if(i)return n(i);r(o)})})}function Ov(e,t,r){new Tv(e,t,r).start()}function PE(e,t){return new Tv(e,t).start()}var Av=class{constructor(e,t){this.root=e,this.options=t}withPromise(){return RE(this.root,this.options)}withCallback(e){Ov(this.root,this.options,e)}sync(){return PE(this.root,this.options)}},Cv=null;try{_v.resolve("picomatch"),Cv=_v("picomatch")}catch{}var Dv=class{globCache={};options={maxDepth:1/0,suppressErrors:!0,pathSeparator:Sv,filters:[]};globFunction;constructor(e){this.options={...this.options,...e},this.globFunction=this.options.globFunction}group(){return this.options.group=!0,this}withPathSeparator(e){return this.options.pathSeparator=e,this}withBasePath(){return this.options.includeBasePath=!0,this}withRelativePaths(){return this.options.relativePaths=!0,this}withDirs(){return this.options.includeDirs=!0,this}withMaxDepth(e){return this.options.maxDepth=e,this}withMaxFiles(e){return this.options.maxFiles=e,this}withFullPaths(){return this.options.resolvePaths=!0,this.options.includeBasePath=!0,this}withErrors(){return this.options.suppressErrors=!1,this}withSymlinks({resolvePaths:e=!0}={}){return this.options.resolveSymlinks=!0,this.options.useRealPaths=e,this.withFullPaths()}withAbortSignal(e){return this.options.signal=e,this}normalize(){return this.options.normalizePath=!0,this}filter(e){return this.options.filters.push(e),this}onlyDirs(){return this.options.excludeFiles=!0,this.options.includeDirs=!0,this}exclude(e){return this.options.exclude=e,this}onlyCounts(){return this.options.onlyCounts=!0,this}crawl(e){return new Av(e||".",this.options)}withGlobFunction(e){return this.globFunction=e,this}crawlWithOptions(e,t){return this.options={...this.options,...t},new Av(e||".",this.options)}glob(...e){return this.globFunction?this.globWithOptions(e):this.globWithOptions(e,{dot:!0})}globWithOptions(e,...t){let r=this.globFunction||Cv;if(!r)throw new Error("Please specify a glob function to use glob matching.");var n=this.globCache[e.join("\0")];return n||(n=r(e,...t),this.globCache[e.join("\0")]=n),this.options.filters.push(i=>n(i)),this}};var bg=yw(iw()),fI=new Set(["node_modules",".git"]),mI=["**/node_modules/**","**/.git/**"];function yg(e,t=[]){if(e.length===0)return()=>!1;let r=o=>o.map(s=>s.replace(/^(?:\.\/)+/,"")),n=(0,bg.default)(r(e)),i=(0,bg.default)([...mI,...r(t)]);return o=>n(o)&&!i(o)}async function vg(e,t,r=[]){let n=yg(t,r),i=await new Dv().withRelativePaths().withPathSeparator("/").exclude(o=>fI.has(o)).filter(o=>n(o)).crawl(e).withPromise();return sw(e,i.sort())}function sw(e,t){let r;try{r=ow.native(e)}catch{return[...new Set(t)]}let n=new Map;for(let s of t){let a;try{a=ow.native(dI(e,s))}catch{a=`unresolved:${s}`}let u=n.get(a);u?u.push(s):n.set(a,[s])}let i=new Set;for(let[s,a]of n){let u=lI(r,s).split(pI).join("/");i.add(a.find(c=>c.replace(/^(?:\.\/)+/,"")===u)??a[0])}let o=[];for(let s of t)i.delete(s)&&o.push(s);return o}function hI(e){let t=e.filter(n=>!n.startsWith("!")),r=e.filter(n=>n.startsWith("!")).map(n=>n.slice(1));return{include:t,exclude:r}}async function aw(e,t){let{include:r,exclude:n}=hI(t);return r.length===0?[]:vg(e,r,n)}var gI={maxBytes:qr,rootName:"the repository",splitFix:"split it into several manifests (the `manifests` input takes globs)",binaryFix:"point the `manifests` input at YAML manifests"};function cw(e,t){return nh(t.map(r=>({file:r,read:()=>To(e,r,gI)})))}import{existsSync as bI}from"node:fs";import{resolve as yI}from"node:path";var uw={maxBytes:qr,rootName:"the repository",splitFix:"keep only the models that differ from the built-in catalog",binaryFix:"point the `prices` input at a YAML price file"};async function lw(e){let{workspace:t,file:r}=e,n=[],i=bI(yI(t,r));if(!i&&e.explicit)throw new G(`price file \`${r}\` does not exist in the workspace`,void 0,"fix the `prices` input, or remove it");let o=i?To(t,r,uw):void 0,s=null;if(e.base?.file){let u=await e.base.file(r);s=u?Tc(u,`${r}@base`,uw):void 0}else e.base&&(s=void 0,n.push(`genspend: the base commit is not in the checkout: ${r} at the base is taken as absent`));return(o!==void 0||s)&&n.push(`genspend: prices from ${r}${s===null?"":" (as at the base)"} over the built-in catalog`),{...Ym(Xm(),{file:r,head:o,base:s,...e.subject?{subject:e.subject}:{}}),log:n}}function AI(e,t){let{get:r,check:n,done:i}=mv(e),o=a=>r(a)||void 0,s={manifests:n(()=>fv(e("manifests")),[]),providers:n(()=>hv(r("providers")),void 0),window:n(()=>{try{let a={days:"input `days`",from:"input `from`",to:"input `to`"};return Jh({days:o("days"),from:o("from"),to:o("to")},t,a)}catch(a){throw a instanceof G?new Qt(a.message):a}},{startDate:t,beforeDate:t}),maxVariance:n(()=>{let a=r("max-variance");if(a==="")return;let u=mh(a);if(!u)throw new Qt(`input \`max-variance\` must be a percent such as 25%, got ${JSON.stringify(a.slice(0,60))}`);return u},void 0),deadlineMs:n(()=>gv(r("deadline")),0),prices:n(()=>bv(r("prices")),tg)};return i(),s}async function YF(e){let{toolkit:t,env:r}=e,n=r.GITHUB_WORKSPACE||e.cwd;try{let i=e.now().toISOString().slice(0,10),o=AI(v=>t.getInput(v),i),s=await aw(n,o.manifests);if(s.length===0)throw new G(`no manifest matches ${o.manifests.map(v=>`\`${v}\``).join(", ")} in the workspace`,void 0,"set the `manifests` input to the path or glob of your genspend.yml, relative to the repository root, and check the repository out first");let a=cw(n,s),u=await lw({workspace:n,file:o.prices.file,explicit:o.prices.explicit,base:void 0});for(let v of u.log)t.info(v);let c=uh(a,u.catalog),l=v=>v.map($=>`${$}: \${{ secrets.${$} }}`).join(", "),p=Yh(o.providers,a.flatMap(v=>v.workloads.map($=>$.provider)),r,{noKeys:"mode `reconcile` found no provider key in the environment",namedIn:"named in the `providers` input",giveKeys:v=>`add to the step's \`env:\` ${l(v)}, or leave the provider out with the \`providers\` input`});for(let v of p)t.setSecret(r[Zt[v]].trim());t.info(`genspend: reconciling ${s.length} manifest(s) from ${o.window.startDate} to ${o.window.beforeDate} (exclusive)`);let{billed:f,reads:h}=await Qh(p,{env:r,transport:e.transport??Th({fetch:globalThis.fetch,sleep:v=>_I(v)}),uuid:e.uuid,deadlineMs:o.deadlineMs},o.window),y=hh(c,f,o.window,{catalog:u.catalog,...o.maxVariance?{maxVariance:o.maxVariance}:{}}),g=yh(y,h);for(let v of h)t.info(`genspend: ${v.provider}: ${v.error?`could not read the usage: ${v.error.message}`:`read (${v.source??"usage"})`}`);return t.setOutput("verdict",g.status),t.setOutput("unplanned-usd",Fe(y.unplannedUsd)),t.setOutput("report-path",SI(r.RUNNER_TEMP||"",g)),await eg(t,vh(y,h)),PI(y,h,t),EI(y,h)}catch(i){return dv(t,i,o=>e.exists($I(n,o)))}}function SI(e,t){let r=dw(wI(dw(e||kI(),"genspend-")),"reconcile.json");return xI(r,JSON.stringify(t,null,2)+`
`),r}var RI=e=>e.workloads.map(t=>t.name).join(", ");function PI(e,t,r){let n={error:0,warning:0},i=0,o=(s,a,u)=>{n[s]++>=10?i++:r[s](a,u)};for(let s of t)s.error&&o("error",`${s.provider}: could not read the usage: ${s.error.message}`,{title:"genspend reconcile"});for(let s of e.lines){if(s.verdict==="pass")continue;let a=s.verdict==="fail"?"error":"warning",u=s.verdict==="fail"?"genspend reconcile: over the variance":`genspend reconcile: ${s.verdict}`;for(let c of s.workloads)o(a,`${c.name}: ${s.reasons.join("; ")}`,{title:u,file:c.file,...c.line!==void 0?{startLine:c.line}:{}})}i&&r.info(`genspend: ${i} more annotation${i===1?"":"s"} not shown (GitHub shows 10 per level); see the report`)}function EI(e,t){let r=t.filter(i=>i.error);if(r.length)return{verdict:"error",message:`genspend could not read the usage of ${r.map(i=>i.provider).join(", ")}, so its workloads are not judged: ${r.map(i=>i.error.message).join("; ")}`};let n=e.lines.filter(i=>i.verdict==="fail");return n.length?{verdict:"fail",message:`genspend: reconcile: ${n.length} of ${e.lines.length} over the variance: ${n.map(i=>`${RI(i)} (${i.reasons.join("; ")})`).join("; ")}`}:{verdict:"pass"}}export{AI as readReconcileInputs,YF as reconcileMode};
//# sourceMappingURL=reconcile.js.map
