import { createRequire as __genspendCreateRequire } from 'node:module'; const require = __genspendCreateRequire(import.meta.url);
var Xv=Object.create;var Ic=Object.defineProperty;var Jv=Object.getOwnPropertyDescriptor;var Yv=Object.getOwnPropertyNames;var Qv=Object.getPrototypeOf,ew=Object.prototype.hasOwnProperty;var un=(e,t)=>()=>{try{return t||e((t={exports:{}}).exports,t),t.exports}catch(r){throw t=0,r}},Qt=(e,t)=>{for(var r in t)Ic(e,r,{get:t[r],enumerable:!0})},tw=(e,t,r,n)=>{if(t&&typeof t=="object"||typeof t=="function")for(let i of Yv(t))!ew.call(e,i)&&i!==r&&Ic(e,i,{get:()=>t[i],enumerable:!(n=Jv(t,i))||n.enumerable});return e};var rw=(e,t,r)=>(r=e!=null?Xv(Qv(e)):{},tw(t||!e||!e.__esModule?Ic(r,"default",{value:e,enumerable:!0}):r,e));var Io=un((SN,$v)=>{"use strict";var vv="[^\\\\/]",LR="(?=.)",wv="[^/]",tg="(?:\\/|$)",xv="(?:^|\\/)",rg=`\\.{1,2}${tg}`,zR="(?!\\.)",MR=`(?!${xv}${rg})`,UR=`(?!\\.{0,1}${tg})`,qR=`(?!${rg})`,BR="[^.\\/]",ZR=`${wv}*?`,jR="/",kv={DOT_LITERAL:"\\.",PLUS_LITERAL:"\\+",QMARK_LITERAL:"\\?",SLASH_LITERAL:"\\/",ONE_CHAR:LR,QMARK:wv,END_ANCHOR:tg,DOTS_SLASH:rg,NO_DOT:zR,NO_DOTS:MR,NO_DOT_SLASH:UR,NO_DOTS_SLASH:qR,QMARK_NO_DOT:BR,STAR:ZR,START_ANCHOR:xv,SEP:jR},VR={...kv,SLASH_LITERAL:"[\\\\/]",QMARK:vv,STAR:`${vv}*?`,DOTS_SLASH:"\\.{1,2}(?:[\\\\/]|$)",NO_DOT:"(?!\\.)",NO_DOTS:"(?!(?:^|[\\\\/])\\.{1,2}(?:[\\\\/]|$))",NO_DOT_SLASH:"(?!\\.{0,1}(?:[\\\\/]|$))",NO_DOTS_SLASH:"(?!\\.{1,2}(?:[\\\\/]|$))",QMARK_NO_DOT:"[^.\\\\/]",START_ANCHOR:"(?:^|[\\\\/])",END_ANCHOR:"(?:[\\\\/]|$)",SEP:"\\"},GR={__proto__:null,alnum:"a-zA-Z0-9",alpha:"a-zA-Z",ascii:"\\x00-\\x7F",blank:" \\t",cntrl:"\\x00-\\x1F\\x7F",digit:"0-9",graph:"\\x21-\\x7E",lower:"a-z",print:"\\x20-\\x7E ",punct:"\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",space:" \\t\\r\\n\\v\\f",upper:"A-Z",word:"A-Za-z0-9_",xdigit:"A-Fa-f0-9"};$v.exports={DEFAULT_MAX_EXTGLOB_RECURSION:0,MAX_LENGTH:1024*64,POSIX_REGEX_SOURCE:GR,REGEX_BACKSLASH:/\\(?![*+?^${}(|)[\]])/g,REGEX_NON_SPECIAL_CHARS:/^[^@![\].,$*+?^{}()|\\/]+/,REGEX_SPECIAL_CHARS:/[-*+?.^${}(|)[\]]/,REGEX_SPECIAL_CHARS_BACKREF:/(\\?)((\W)(\3*))/g,REGEX_SPECIAL_CHARS_GLOBAL:/([-*+?.^${}(|)[\]])/g,REGEX_REMOVE_BACKSLASH:/(?:\[.*?[^\\]\]|\\(?=.))/g,REPLACEMENTS:{__proto__:null,"***":"*","**/**":"**","**/**/**":"**"},CHAR_0:48,CHAR_9:57,CHAR_UPPERCASE_A:65,CHAR_LOWERCASE_A:97,CHAR_UPPERCASE_Z:90,CHAR_LOWERCASE_Z:122,CHAR_LEFT_PARENTHESES:40,CHAR_RIGHT_PARENTHESES:41,CHAR_ASTERISK:42,CHAR_AMPERSAND:38,CHAR_AT:64,CHAR_BACKWARD_SLASH:92,CHAR_CARRIAGE_RETURN:13,CHAR_CIRCUMFLEX_ACCENT:94,CHAR_COLON:58,CHAR_COMMA:44,CHAR_DOT:46,CHAR_DOUBLE_QUOTE:34,CHAR_EQUAL:61,CHAR_EXCLAMATION_MARK:33,CHAR_FORM_FEED:12,CHAR_FORWARD_SLASH:47,CHAR_GRAVE_ACCENT:96,CHAR_HASH:35,CHAR_HYPHEN_MINUS:45,CHAR_LEFT_ANGLE_BRACKET:60,CHAR_LEFT_CURLY_BRACE:123,CHAR_LEFT_SQUARE_BRACKET:91,CHAR_LINE_FEED:10,CHAR_NO_BREAK_SPACE:160,CHAR_PERCENT:37,CHAR_PLUS:43,CHAR_QUESTION_MARK:63,CHAR_RIGHT_ANGLE_BRACKET:62,CHAR_RIGHT_CURLY_BRACE:125,CHAR_RIGHT_SQUARE_BRACKET:93,CHAR_SEMICOLON:59,CHAR_SINGLE_QUOTE:39,CHAR_SPACE:32,CHAR_TAB:9,CHAR_UNDERSCORE:95,CHAR_VERTICAL_LINE:124,CHAR_ZERO_WIDTH_NOBREAK_SPACE:65279,extglobChars(e){return{"!":{type:"negate",open:"(?:(?!(?:",close:`))${e.STAR})`},"?":{type:"qmark",open:"(?:",close:")?"},"+":{type:"plus",open:"(?:",close:")+"},"*":{type:"star",open:"(?:",close:")*"},"@":{type:"at",open:"(?:",close:")"}}},globChars(e){return e===!0?VR:kv}}});var To=un(kt=>{"use strict";var{REGEX_BACKSLASH:KR,REGEX_REMOVE_BACKSLASH:HR,REGEX_SPECIAL_CHARS:WR,REGEX_SPECIAL_CHARS_GLOBAL:XR}=Io();kt.isObject=e=>e!==null&&typeof e=="object"&&!Array.isArray(e);kt.hasRegexChars=e=>WR.test(e);kt.isRegexChar=e=>e.length===1&&kt.hasRegexChars(e);kt.escapeRegex=e=>e.replace(XR,"\\$1");kt.toPosixSlashes=e=>e.replace(KR,"/");kt.isWindows=()=>{if(typeof navigator<"u"&&navigator.platform){let e=navigator.platform.toLowerCase();return e==="win32"||e==="windows"}return typeof process<"u"&&process.platform?process.platform==="win32":!1};kt.removeBackslashes=e=>e.replace(HR,t=>t==="\\"?"":t);kt.escapeLast=(e,t,r)=>{let n=e.lastIndexOf(t,r);return n===-1?e:e[n-1]==="\\"?kt.escapeLast(e,t,n-1):`${e.slice(0,n)}\\${e.slice(n)}`};kt.removePrefix=(e,t={})=>{let r=e;return r.startsWith("./")&&(r=r.slice(2),t.prefix="./"),r};kt.wrapOutput=(e,t={},r={})=>{let n=r.contains?"":"^",i=r.contains?"":"$",o=`${n}(?:${e})${i}`;return t.negated===!0&&(o=`(?:^(?!${o}).*$)`),o};kt.basename=(e,{windows:t}={})=>{let r=e.split(t?/[\\/]/:"/"),n=r[r.length-1];return n===""?r[r.length-2]:n}});var Tv=un((RN,Iv)=>{"use strict";var _v=To(),{CHAR_ASTERISK:ng,CHAR_AT:JR,CHAR_BACKWARD_SLASH:fi,CHAR_COMMA:YR,CHAR_DOT:ig,CHAR_EXCLAMATION_MARK:og,CHAR_FORWARD_SLASH:Ev,CHAR_LEFT_CURLY_BRACE:sg,CHAR_LEFT_PARENTHESES:_c,CHAR_LEFT_SQUARE_BRACKET:QR,CHAR_PLUS:eE,CHAR_QUESTION_MARK:Av,CHAR_RIGHT_CURLY_BRACE:tE,CHAR_RIGHT_PARENTHESES:Sv,CHAR_RIGHT_SQUARE_BRACKET:rE}=Io(),Pv=e=>e===Ev||e===fi,Rv=e=>{e.isPrefix!==!0&&(e.depth=e.isGlobstar?1/0:1)},nE=(e,t)=>{let r=t||{},n=e.length-1,i=r.parts===!0||r.tokens===!0||r.scanToEnd===!0,o=[],s=[],a=[],u=e,c=-1,l=0,p=0,f=!1,h=!1,b=!1,g=!1,k=!1,v=!1,w=!1,_=!1,F=!1,K=!1,V=0,oe,X,Y={value:"",depth:0,isGlob:!1},E=()=>c>=n,he=()=>u.charCodeAt(c+1),ve=()=>(oe=X,u.charCodeAt(++c));for(;c<n;){X=ve();let j;if(X===fi){w=Y.backslashes=!0,X=ve(),X===sg&&(v=!0);continue}if(v===!0||X===sg){for(V++;E()!==!0&&(X=ve());){if(X===fi){w=Y.backslashes=!0,ve();continue}if(X===sg){V++;continue}if(v!==!0&&X===ig&&(X=ve())===ig){if(f=Y.isBrace=!0,b=Y.isGlob=!0,K=!0,i===!0)continue;break}if(v!==!0&&X===YR){if(f=Y.isBrace=!0,b=Y.isGlob=!0,K=!0,i===!0)continue;break}if(X===tE&&(V--,V===0)){v=!1,f=Y.isBrace=!0,K=!0;break}}if(i===!0)continue;break}if(X===Ev){if(o.push(c),s.push(Y),Y={value:"",depth:0,isGlob:!1},K===!0)continue;if(oe===ig&&c===l+1){l+=2;continue}p=c+1;continue}if(r.noext!==!0&&(X===eE||X===JR||X===ng||X===Av||X===og)===!0&&he()===_c){if(b=Y.isGlob=!0,g=Y.isExtglob=!0,K=!0,X===og&&c===l&&(F=!0),i===!0){let Oe=0;for(;E()!==!0&&(X=ve());){if(X===fi){w=Y.backslashes=!0,ve();continue}if(X===_c){Oe++;continue}if(X===Sv&&--Oe===0){K=!0;break}}continue}break}if(X===ng){if(oe===ng&&(k=Y.isGlobstar=!0),b=Y.isGlob=!0,K=!0,i===!0)continue;break}if(X===Av){if(b=Y.isGlob=!0,K=!0,i===!0)continue;break}if(X===QR){for(;E()!==!0&&(j=ve());){if(j===fi){w=Y.backslashes=!0,ve();continue}if(j===rE){h=Y.isBracket=!0,b=Y.isGlob=!0,K=!0;break}}if(i===!0)continue;break}if(r.nonegate!==!0&&X===og&&c===l){_=Y.negated=!0,l++;continue}if(r.noparen!==!0&&X===_c){if(b=Y.isGlob=!0,i===!0){let fe=1;for(;E()!==!0&&(X=ve());){if(X===fi){w=Y.backslashes=!0,ve();continue}if(X===_c){fe++;continue}if(X===Sv&&--fe===0){K=!0;break}}continue}break}if(b===!0){if(K=!0,i===!0)continue;break}}r.noext===!0&&(g=!1,b=!1);let we=u,A="",S="";l>0&&(A=u.slice(0,l),u=u.slice(l),p-=l),we&&b===!0&&p>0?(we=u.slice(0,p),S=u.slice(p)):b===!0?(we="",S=u):we=u,we&&we!==""&&we!=="/"&&we!==u&&Pv(we.charCodeAt(we.length-1))&&(we=we.slice(0,-1)),r.unescape===!0&&(S&&(S=_v.removeBackslashes(S)),we&&w===!0&&(we=_v.removeBackslashes(we)));let C={prefix:A,input:e,start:l,base:we,glob:S,isBrace:f,isBracket:h,isGlob:b,isExtglob:g,isGlobstar:k,negated:_,negatedExtglob:F};if(r.tokens===!0&&(C.maxDepth=0,Pv(X)||s.push(Y),C.tokens=s),r.parts===!0||r.tokens===!0){let j;for(let xe=0;xe<o.length;xe++){let et=j!==void 0?j+1:l,lt=o[xe],dt=e.slice(et,lt);r.tokens&&(xe===0&&l!==0?(s[xe].isPrefix=!0,s[xe].value=A):s[xe].value=dt,Rv(s[xe]),C.maxDepth+=s[xe].depth),lt>=l&&(a.push(dt),j=lt)}let fe=j!==void 0?j+1:l,Oe=e.slice(fe);a.push(Oe),r.tokens&&j&&j+1<e.length&&(s[s.length-1].value=Oe,Rv(s[s.length-1]),C.maxDepth+=s[s.length-1].depth),C.slashes=o,C.parts=a}return C};Iv.exports=nE});var Nv=un((EN,Dv)=>{"use strict";var Oo=Io(),Rt=To(),{MAX_LENGTH:Ac,POSIX_REGEX_SOURCE:iE,REGEX_NON_SPECIAL_CHARS:oE,REGEX_SPECIAL_CHARS_BACKREF:sE,REPLACEMENTS:Ov}=Oo,aE=(e,t)=>{if(typeof t.expandRange=="function")return t.expandRange(...e,t);e.sort();let r=`[${e.join("-")}]`;try{new RegExp(r)}catch{return e.map(i=>Rt.escapeRegex(i)).join("..")}return r},mi=(e,t)=>`Missing ${e}: "${t}" - use "\\\\${t}" to match literal characters`,Cv=e=>{let t=[],r=0,n=0,i=0,o="",s=!1;for(let a of e){if(s===!0){o+=a,s=!1;continue}if(a==="\\"){o+=a,s=!0;continue}if(a==='"'){i=i===1?0:1,o+=a;continue}if(i===0){if(a==="[")r++;else if(a==="]"&&r>0)r--;else if(r===0){if(a==="(")n++;else if(a===")"&&n>0)n--;else if(a==="|"&&n===0){t.push(o),o="";continue}}}o+=a}return t.push(o),t},cE=e=>{let t=!1;for(let r of e){if(t===!0){t=!1;continue}if(r==="\\"){t=!0;continue}if(/[?*+@!()[\]{}]/.test(r))return!1}return!0},cg=e=>{let t=e.trim(),r=!0;for(;r===!0;)r=!1,/^@\([^\\()[\]{}|]+\)$/.test(t)&&(t=t.slice(2,-1),r=!0);if(cE(t))return t.replace(/\\(.)/g,"$1")},uE=e=>{let t=e.map(cg).filter(Boolean);for(let r=0;r<t.length;r++)for(let n=r+1;n<t.length;n++){let i=t[r],o=t[n],s=i[0];if(!(!s||i!==s.repeat(i.length)||o!==s.repeat(o.length))&&(i===o||i.startsWith(o)||o.startsWith(i)))return!0}return!1},ag=(e,t=!0)=>{if(e[0]!=="+"&&e[0]!=="*"||e[1]!=="(")return;let r=0,n=0,i=0,o=!1;for(let s=1;s<e.length;s++){let a=e[s];if(o===!0){o=!1;continue}if(a==="\\"){o=!0;continue}if(a==='"'){i=i===1?0:1;continue}if(i!==1){if(a==="["){r++;continue}if(a==="]"&&r>0){r--;continue}if(!(r>0)){if(a==="("){n++;continue}if(a===")"&&(n--,n===0))return t===!0&&s!==e.length-1?void 0:{type:e[0],body:e.slice(2,s),end:s}}}}},lE=e=>`${e.length===1?Rt.escapeRegex(e[0]):`[${e.map(r=>Rt.escapeRegex(r)).join("")}]`}*`,dE=e=>{let t=0,r=[];for(;t<e.length;){let n=ag(e.slice(t),!1);if(!n||n.type!=="*")return;let i=Cv(n.body).map(s=>s.trim());if(i.length!==1)return;let o=cg(i[0]);if(!o||o.length!==1)return;r.push(o),t+=n.end+1}if(!(r.length<1))return r},pE=e=>{let t=0,r=e.trim(),n=ag(r);for(;n;)t++,r=n.body.trim(),n=ag(r);return t},fE=(e,t)=>{if(t.maxExtglobRecursion===!1)return{risky:!1};let r=typeof t.maxExtglobRecursion=="number"?t.maxExtglobRecursion:Oo.DEFAULT_MAX_EXTGLOB_RECURSION,n=Cv(e).map(a=>a.trim());if(n.length>1&&(n.some(a=>a==="")||n.some(a=>/^[*?]+$/.test(a))||uE(n)))return{risky:!0};let i=[],o=!1,s=!0;for(let a of n){let u=dE(a);if(u){o=!0,i.push(...u);continue}let c=cg(a);if(c&&c.length===1){i.push(c);continue}if(s=!1,pE(a)>r)return{risky:!0}}return o?s?{risky:!0,safeOutput:lE([...new Set(i)])}:{risky:!0}:{risky:!1}},ug=(e,t)=>{if(typeof e!="string")throw new TypeError("Expected a string");e=Ov[e]||e;let r={...t},n=typeof r.maxLength=="number"?Math.min(Ac,r.maxLength):Ac,i=e.length;if(i>n)throw new SyntaxError(`Input length: ${i}, exceeds maximum allowed length: ${n}`);let o={type:"bos",value:"",output:r.prepend||""},s=[o],a=r.capture?"":"?:",u=Oo.globChars(r.windows),c=Oo.extglobChars(u),{DOT_LITERAL:l,PLUS_LITERAL:p,SLASH_LITERAL:f,ONE_CHAR:h,DOTS_SLASH:b,NO_DOT:g,NO_DOT_SLASH:k,NO_DOTS_SLASH:v,QMARK:w,QMARK_NO_DOT:_,STAR:F,START_ANCHOR:K}=u,V=B=>`(${a}(?:(?!${K}${B.dot?b:l}).)*?)`,oe=r.dot?"":g,X=r.dot?w:_,Y=r.bash===!0?V(r):F;r.capture&&(Y=`(${Y})`),typeof r.noext=="boolean"&&(r.noextglob=r.noext);let E={input:e,index:-1,start:0,dot:r.dot===!0,consumed:"",output:"",prefix:"",backtrack:!1,negated:!1,brackets:0,braces:0,parens:0,quotes:0,globstar:!1,tokens:s};e=Rt.removePrefix(e,E),i=e.length;let he=[],ve=[],we=[],A=o,S,C=()=>E.index===i-1,j=E.peek=(B=1)=>e[E.index+B],fe=E.advance=()=>e[++E.index]||"",Oe=()=>e.slice(E.index+1),xe=(B="",_e=0)=>{E.consumed+=B,E.index+=_e},et=B=>{E.output+=B.output!=null?B.output:B.value,xe(B.value)},lt=()=>{let B=1;for(;j()==="!"&&(j(2)!=="("||j(3)==="?");)fe(),E.start++,B++;return B%2===0?!1:(E.negated=!0,E.start++,!0)},dt=B=>{E[B]++,we.push(B)},$t=B=>{E[B]--,we.pop()},te=B=>{if(A.type==="globstar"){let _e=E.braces>0&&(B.type==="comma"||B.type==="brace"),z=B.extglob===!0||he.length&&(B.type==="pipe"||B.type==="paren");B.type!=="slash"&&B.type!=="paren"&&!_e&&!z&&(E.output=E.output.slice(0,-A.output.length),A.type="star",A.value="*",A.output=Y,E.output+=A.output)}if(he.length&&B.type!=="paren"&&(he[he.length-1].inner+=B.value),(B.value||B.output)&&et(B),A&&A.type==="text"&&B.type==="text"){A.output=(A.output||A.value)+B.value,A.value+=B.value;return}B.prev=A,s.push(B),A=B},_t=(B,_e)=>{let z={...c[_e],conditions:1,inner:""};z.prev=A,z.parens=E.parens,z.output=E.output,z.startIndex=E.index,z.tokensIndex=s.length;let ue=(r.capture?"(":"")+z.open;dt("parens"),te({type:B,value:_e,output:E.output?"":h}),te({type:"paren",extglob:!0,value:fe(),output:ue}),he.push(z)},Fr=B=>{let _e=e.slice(B.startIndex,E.index+1),z=e.slice(B.startIndex+2,E.index),ue=fE(z,r);if((B.type==="plus"||B.type==="star")&&ue.risky){let $e=ue.safeOutput?(B.output?"":h)+(r.capture?`(${ue.safeOutput})`:ue.safeOutput):void 0,tt=s[B.tokensIndex];tt.type="text",tt.value=_e,tt.output=$e||Rt.escapeRegex(_e);for(let Et=B.tokensIndex+1;Et<s.length;Et++)s[Et].value="",s[Et].output="",delete s[Et].suffix;E.output=B.output+tt.output,E.backtrack=!0,te({type:"paren",extglob:!0,value:S,output:""}),$t("parens");return}let ke=B.close+(r.capture?")":""),Ce;if(B.type==="negate"){let $e=Y;if(B.inner&&B.inner.length>1&&B.inner.includes("/")&&($e=V(r)),($e!==Y||C()||/^\)+$/.test(Oe()))&&(ke=B.close=`)$))${$e}`),B.inner.includes("*")&&(Ce=Oe())&&/^\.[^\\/.]+$/.test(Ce)){let tt=ug(Ce,{...t,fastpaths:!1}).output;ke=B.close=`)${tt})${$e})`}B.prev.type==="bos"&&(E.negatedExtglob=!0)}te({type:"paren",extglob:!0,value:S,output:ke}),$t("parens")};if(r.fastpaths!==!1&&!/(^[*!]|[/()[\]{}"])/.test(e)){let B=!1,_e=e.replace(sE,(z,ue,ke,Ce,$e,tt)=>Ce==="\\"?(B=!0,z):Ce==="?"?ue?ue+Ce+($e?w.repeat($e.length):""):tt===0?X+($e?w.repeat($e.length):""):w.repeat(ke.length):Ce==="."?l.repeat(ke.length):Ce==="*"?ue?ue+Ce+($e?Y:""):Y:ue?z:`\\${z}`);return B===!0&&(r.unescape===!0?_e=_e.replace(/\\/g,""):_e=_e.replace(/\\+/g,z=>z.length%2===0?"\\\\":z?"\\":"")),_e===e&&r.contains===!0?(E.output=e,E):(E.output=Rt.wrapOutput(_e,E,t),E)}for(;!C();){if(S=fe(),S==="\0")continue;if(S==="\\"){let z=j();if(z==="/"&&r.bash!==!0||z==="."||z===";")continue;if(!z){S+="\\",te({type:"text",value:S});continue}let ue=/^\\+/.exec(Oe()),ke=0;if(ue&&ue[0].length>2&&(ke=ue[0].length,E.index+=ke,ke%2!==0&&(S+="\\")),r.unescape===!0?S=fe():S+=fe(),E.brackets===0){te({type:"text",value:S});continue}}if(E.brackets>0&&(S!=="]"||A.value==="["||A.value==="[^")){if(r.posix!==!1&&S===":"){let z=A.value.slice(1);if(z.includes("[")&&(A.posix=!0,z.includes(":"))){let ue=A.value.lastIndexOf("["),ke=A.value.slice(0,ue),Ce=A.value.slice(ue+2),$e=iE[Ce];if($e){A.value=ke+$e,E.backtrack=!0,fe(),!o.output&&s.indexOf(A)===1&&(o.output=h);continue}}}(S==="["&&j()!==":"||S==="-"&&j()==="]")&&(S=`\\${S}`),S==="]"&&(A.value==="["||A.value==="[^")&&(S=`\\${S}`),r.posix===!0&&S==="!"&&A.value==="["&&(S="^"),A.value+=S,et({value:S});continue}if(E.quotes===1&&S!=='"'){S=Rt.escapeRegex(S),A.value+=S,et({value:S});continue}if(S==='"'){E.quotes=E.quotes===1?0:1,r.keepQuotes===!0&&te({type:"text",value:S});continue}if(S==="("){dt("parens"),te({type:"paren",value:S});continue}if(S===")"){if(E.parens===0&&r.strictBrackets===!0)throw new SyntaxError(mi("opening","("));let z=he[he.length-1];if(z&&E.parens===z.parens+1){Fr(he.pop());continue}te({type:"paren",value:S,output:E.parens?")":"\\)"}),$t("parens");continue}if(S==="["){if(r.nobracket===!0||!Oe().includes("]")){if(r.nobracket!==!0&&r.strictBrackets===!0)throw new SyntaxError(mi("closing","]"));S=`\\${S}`}else dt("brackets");te({type:"bracket",value:S});continue}if(S==="]"){if(r.nobracket===!0||A&&A.type==="bracket"&&A.value.length===1){te({type:"text",value:S,output:`\\${S}`});continue}if(E.brackets===0){if(r.strictBrackets===!0)throw new SyntaxError(mi("opening","["));te({type:"text",value:S,output:`\\${S}`});continue}$t("brackets");let z=A.value.slice(1);if(A.posix!==!0&&z[0]==="^"&&!z.includes("/")&&(S=`/${S}`),A.value+=S,et({value:S}),r.literalBrackets===!1||Rt.hasRegexChars(z))continue;let ue=Rt.escapeRegex(A.value);if(E.output=E.output.slice(0,-A.value.length),r.literalBrackets===!0){E.output+=ue,A.value=ue;continue}A.value=`(${a}${ue}|${A.value})`,E.output+=A.value;continue}if(S==="{"&&r.nobrace!==!0){dt("braces");let z={type:"brace",value:S,output:"(",outputIndex:E.output.length,tokensIndex:E.tokens.length};ve.push(z),te(z);continue}if(S==="}"){let z=ve[ve.length-1];if(r.nobrace===!0||!z){te({type:"text",value:S,output:S});continue}let ue=")";if(z.dots===!0){let ke=s.slice(),Ce=[];for(let $e=ke.length-1;$e>=0&&(s.pop(),ke[$e].type!=="brace");$e--)ke[$e].type!=="dots"&&Ce.unshift(ke[$e].value);ue=aE(Ce,r),E.backtrack=!0}if(z.comma!==!0&&z.dots!==!0){let ke=E.output.slice(0,z.outputIndex),Ce=E.tokens.slice(z.tokensIndex);z.value=z.output="\\{",S=ue="\\}",E.output=ke;for(let $e of Ce)E.output+=$e.output||$e.value}te({type:"brace",value:S,output:ue}),$t("braces"),ve.pop();continue}if(S==="|"){he.length>0&&he[he.length-1].conditions++,te({type:"text",value:S});continue}if(S===","){let z=S,ue=ve[ve.length-1];ue&&we[we.length-1]==="braces"&&(ue.comma=!0,z="|"),te({type:"comma",value:S,output:z});continue}if(S==="/"){if(A.type==="dot"&&E.index===E.start+1){E.start=E.index+1,E.consumed="",E.output="",s.pop(),A=o;continue}te({type:"slash",value:S,output:f});continue}if(S==="."){if(E.braces>0&&A.type==="dot"){A.value==="."&&(A.output=l);let z=ve[ve.length-1];A.type="dots",A.output+=S,A.value+=S,z.dots=!0;continue}if(E.braces+E.parens===0&&A.type!=="bos"&&A.type!=="slash"){te({type:"text",value:S,output:l});continue}te({type:"dot",value:S,output:l});continue}if(S==="?"){if(!(A&&A.value==="(")&&r.noextglob!==!0&&j()==="("&&j(2)!=="?"){_t("qmark",S);continue}if(A&&A.type==="paren"){let ue=j(),ke=S;(A.value==="("&&!/[!=<:]/.test(ue)||ue==="<"&&!/<([!=]|\w+>)/.test(Oe()))&&(ke=`\\${S}`),te({type:"text",value:S,output:ke});continue}if(r.dot!==!0&&(A.type==="slash"||A.type==="bos")){te({type:"qmark",value:S,output:_});continue}te({type:"qmark",value:S,output:w});continue}if(S==="!"){if(r.noextglob!==!0&&j()==="("&&(j(2)!=="?"||!/[!=<:]/.test(j(3)))){_t("negate",S);continue}if(r.nonegate!==!0&&E.index===0){lt();continue}}if(S==="+"){if(r.noextglob!==!0&&j()==="("&&j(2)!=="?"){_t("plus",S);continue}if(A&&A.value==="("||r.regex===!1){te({type:"plus",value:S,output:p});continue}if(A&&(A.type==="bracket"||A.type==="paren"||A.type==="brace")||E.parens>0){te({type:"plus",value:S});continue}te({type:"plus",value:p});continue}if(S==="@"){if(r.noextglob!==!0&&j()==="("&&j(2)!=="?"){te({type:"at",extglob:!0,value:S,output:""});continue}te({type:"text",value:S});continue}if(S!=="*"){(S==="$"||S==="^")&&(S=`\\${S}`);let z=oE.exec(Oe());z&&(S+=z[0],E.index+=z[0].length),te({type:"text",value:S});continue}if(A&&(A.type==="globstar"||A.star===!0)){A.type="star",A.star=!0,A.value+=S,A.output=Y,E.backtrack=!0,E.globstar=!0,xe(S);continue}let B=Oe();if(r.noextglob!==!0&&/^\([^?]/.test(B)){_t("star",S);continue}if(A.type==="star"){if(r.noglobstar===!0){xe(S);continue}let z=A.prev,ue=z.prev,ke=z.type==="slash"||z.type==="bos",Ce=ue&&(ue.type==="star"||ue.type==="globstar");if(r.bash===!0&&(!ke||B[0]&&B[0]!=="/")){te({type:"star",value:S,output:""});continue}let $e=E.braces>0&&(z.type==="comma"||z.type==="brace"),tt=he.length&&(z.type==="pipe"||z.type==="paren");if(!ke&&z.type!=="paren"&&!$e&&!tt){te({type:"star",value:S,output:""});continue}for(;B.slice(0,3)==="/**";){let rt=e[E.index+4];if(rt&&rt!=="/")break;B=B.slice(3),xe("/**",3)}let Et=C()||E.parens>0&&B===")".repeat(E.parens)&&!he.some(rt=>rt.type==="negate");if(z.type==="bos"&&C()){A.type="globstar",A.value+=S,A.output=V(r),E.output=A.output,E.globstar=!0,xe(S);continue}if(z.type==="slash"&&z.prev.type!=="bos"&&!Ce&&Et){E.output=E.output.slice(0,-(z.output+A.output).length),z.output=`(?:${z.output}`,A.type="globstar",A.output=V(r)+(r.strictSlashes?")":"|$)"),A.value+=S,E.globstar=!0,E.output+=z.output+A.output,xe(S);continue}if(z.type==="slash"&&z.prev.type!=="bos"&&B[0]==="/"){let rt=B[1]!==void 0?"|$":"";E.output=E.output.slice(0,-(z.output+A.output).length),z.output=`(?:${z.output}`,A.type="globstar",A.output=`${V(r)}${f}|${f}${rt})`,A.value+=S,E.output+=z.output+A.output,E.globstar=!0,xe(S+fe()),te({type:"slash",value:"/",output:""});continue}if(z.type==="bos"&&B[0]==="/"){A.type="globstar",A.value+=S,A.output=`(?:^|${f}|${V(r)}${f})`,E.output=A.output,E.globstar=!0,xe(S+fe()),te({type:"slash",value:"/",output:""});continue}E.output=E.output.slice(0,-A.output.length),A.type="globstar",A.output=V(r),A.value+=S,E.output+=A.output,E.globstar=!0,xe(S);continue}let _e={type:"star",value:S,output:Y};if(r.bash===!0){_e.output=".*?",(A.type==="bos"||A.type==="slash")&&(_e.output=oe+_e.output),te(_e);continue}if(A&&(A.type==="bracket"||A.type==="paren")&&r.regex===!0){_e.output=S,te(_e);continue}(E.index===E.start||A.type==="slash"||A.type==="dot")&&(A.type==="dot"?(E.output+=k,A.output+=k):r.dot===!0?(E.output+=v,A.output+=v):(E.output+=oe,A.output+=oe),j()!=="*"&&(E.output+=h,A.output+=h)),te(_e)}for(;E.brackets>0;){if(r.strictBrackets===!0)throw new SyntaxError(mi("closing","]"));E.output=Rt.escapeLast(E.output,"["),$t("brackets")}for(;E.parens>0;){if(r.strictBrackets===!0)throw new SyntaxError(mi("closing",")"));E.output=Rt.escapeLast(E.output,"("),$t("parens")}for(;E.braces>0;){if(r.strictBrackets===!0)throw new SyntaxError(mi("closing","}"));E.output=Rt.escapeLast(E.output,"{"),$t("braces")}if(r.strictSlashes!==!0&&(A.type==="star"||A.type==="bracket")&&te({type:"maybe_slash",value:"",output:`${f}?`}),E.backtrack===!0){E.output="";for(let B of E.tokens)E.output+=B.output!=null?B.output:B.value,B.suffix&&(E.output+=B.suffix)}return E};ug.fastpaths=(e,t)=>{let r={...t},n=typeof r.maxLength=="number"?Math.min(Ac,r.maxLength):Ac,i=e.length;if(i>n)throw new SyntaxError(`Input length: ${i}, exceeds maximum allowed length: ${n}`);e=Ov[e]||e;let{DOT_LITERAL:o,SLASH_LITERAL:s,ONE_CHAR:a,DOTS_SLASH:u,NO_DOT:c,NO_DOTS:l,NO_DOTS_SLASH:p,STAR:f,START_ANCHOR:h}=Oo.globChars(r.windows),b=r.dot?l:c,g=r.dot?p:c,k=r.capture?"":"?:",v={negated:!1,prefix:""},w=r.bash===!0?".*?":f;r.capture&&(w=`(${w})`);let _=oe=>oe.noglobstar===!0?w:`(${k}(?:(?!${h}${oe.dot?u:o}).)*?)`,F=oe=>{switch(oe){case"*":return`${b}${a}${w}`;case".*":return`${o}${a}${w}`;case"*.*":return`${b}${w}${o}${a}${w}`;case"*/*":return`${b}${w}${s}${a}${g}${w}`;case"**":return b+_(r);case"**/*":return`(?:${b}${_(r)}${s})?${g}${a}${w}`;case"**/*.*":return`(?:${b}${_(r)}${s})?${g}${w}${o}${a}${w}`;case"**/.*":return`(?:${b}${_(r)}${s})?${o}${a}${w}`;default:{let X=/^(.*?)\.(\w+)$/.exec(oe);if(!X)return;let Y=F(X[1]);return Y?Y+o+X[2]:void 0}}},K=Rt.removePrefix(e,v),V=F(K);return V&&r.strictSlashes!==!0&&(V+=`${s}?`),V};Dv.exports=ug});var zv=un((IN,Lv)=>{"use strict";var mE=Tv(),lg=Nv(),Fv=To(),hE=Io(),gE=e=>e&&typeof e=="object"&&!Array.isArray(e),ze=(e,t,r=!1)=>{if(Array.isArray(e)){let l=e.map(f=>ze(f,t,r));return f=>{for(let h of l){let b=h(f);if(b)return b}return!1}}let n=gE(e)&&e.tokens&&e.input;if(e===""||typeof e!="string"&&!n)throw new TypeError("Expected pattern to be a non-empty string");let i=t||{},o=i.windows,s=n?ze.compileRe(e,t):ze.makeRe(e,t,!1,!0),a=s.state;delete s.state;let u=()=>!1;if(i.ignore){let l={...t,ignore:null,onMatch:null,onResult:null};u=ze(i.ignore,l,r)}let c=(l,p=!1)=>{let{isMatch:f,match:h,output:b}=ze.test(l,s,t,{glob:e,posix:o}),g={glob:e,state:a,regex:s,posix:o,input:l,output:b,match:h,isMatch:f};return typeof i.onResult=="function"&&i.onResult(g),f===!1?(g.isMatch=!1,p?g:!1):u(l)?(typeof i.onIgnore=="function"&&i.onIgnore(g),g.isMatch=!1,p?g:!1):(typeof i.onMatch=="function"&&i.onMatch(g),p?g:!0)};return r&&(c.state=a),c};ze.test=(e,t,r,{glob:n,posix:i}={})=>{if(typeof e!="string")throw new TypeError("Expected input to be a string");if(e==="")return{isMatch:!1,output:""};let o=r||{},s=o.format||(i?Fv.toPosixSlashes:null),a=e===n,u=a&&s?s(e):e;return a===!1&&(u=s?s(e):e,a=u===n),(a===!1||o.capture===!0)&&(o.matchBase===!0||o.basename===!0?a=ze.matchBase(e,t,r,i):a=t.exec(u)),{isMatch:!!a,match:a,output:u}};ze.matchBase=(e,t,r,n=r&&r.windows)=>(t instanceof RegExp?t:ze.makeRe(t,r)).test(Fv.basename(e,{windows:n}));ze.isMatch=(e,t,r)=>ze(t,r)(e);ze.parse=(e,t)=>Array.isArray(e)?e.map(r=>ze.parse(r,t)):lg(e,{...t,fastpaths:!1});ze.scan=(e,t)=>mE(e,t);ze.compileRe=(e,t,r=!1,n=!1)=>{if(r===!0)return e.output;let i=t||{},o=i.contains?"":"^",s=i.contains?"":"$",a=`${o}(?:${e.output})${s}`;e&&e.negated===!0&&(a=`^(?!${a}).*$`);let u=ze.toRegex(a,t);return n===!0&&(u.state=e),u};ze.makeRe=(e,t={},r=!1,n=!1)=>{if(!e||typeof e!="string")throw new TypeError("Expected a non-empty string");let i={negated:!1,fastpaths:!0};return t.fastpaths!==!1&&(e[0]==="."||e[0]==="*")&&(i.output=lg.fastpaths(e,t)),i.output||(i=lg(e,t)),ze.compileRe(i,t,r,n)};ze.toRegex=(e,t)=>{try{let r=t||{};return new RegExp(e,r.flags||(r.nocase?"i":""))}catch(r){if(t&&t.debug===!0)throw r;return/$^/}};ze.constants=hE;Lv.exports=ze});var Bv=un((TN,qv)=>{"use strict";var Mv=zv(),bE=To();function Uv(e,t,r=!1){return t&&(t.windows===null||t.windows===void 0)&&(t={...t,windows:bE.isWindows()}),Mv(e,t,r)}Object.assign(Uv,Mv);qv.exports=Uv});import{mkdtempSync as AE,writeFileSync as SE}from"node:fs";import{tmpdir as PE}from"node:os";import{join as Wv,resolve as RE}from"node:path";import{setTimeout as EE}from"node:timers/promises";var ln=9e15,gr=1e9,Tc="0123456789abcdef",Uo="2.3025850929940456840179914546843642076011014886287729760333279009675726096773524802359972050895982983419677840422862486334095254650828067566662873690987816894829072083255546808437998948262331985283935053089653777326288461633662222876982198867465436674744042432743651550489343149393914796194044002221051017141748003688084012647080685567743216228355220114804663715659121373450747856947683463616792101806445070648000277502684916746550586856935673420670581136429224554405758925724208241314695689016758940256776311356919292033376587141660230105703089634572075440370847469940168269282808481184289314848524948644871927809676271275775397027668605952496716674183485704422507197965004714951050492214776567636938662976979522110718264549734772662425709429322582798502585509785265383207606726317164309505995087807523710333101197857547331541421808427543863591778117054309827482385045648019095610299291824318237525357709750539565187697510374970888692180205189339507238539205144634197265287286965110862571492198849978748873771345686209167058",qo="3.1415926535897932384626433832795028841971693993751058209749445923078164062862089986280348253421170679821480865132823066470938446095505822317253594081284811174502841027019385211055596446229489549303819644288109756659334461284756482337867831652712019091456485669234603486104543266482133936072602491412737245870066063155881748815209209628292540917153643678925903600113305305488204665213841469519415116094330572703657595919530921861173819326117931051185480744623799627495673518857527248912279381830119491298336733624406566430860213949463952247371907021798609437027705392171762931767523846748184676694051320005681271452635608277857713427577896091736371787214684409012249534301465495853710507922796892589235420199561121290219608640344181598136297747713099605187072113499999983729780499510597317328160963185950244594553469083026425223082533446850352619311881710100031378387528865875332083814206171776691473035982534904287554687311595628638823537875937519577818577805321712268066130019278766111959092164201989380952572010654858632789",Oc={precision:20,rounding:4,modulo:1,toExpNeg:-7,toExpPos:21,minE:-ln,maxE:ln,crypto:!1},wg,er,le=!0,Zo="[DecimalError] ",hr=Zo+"Invalid argument: ",xg=Zo+"Precision limit exceeded",kg=Zo+"crypto unavailable",$g="[object Decimal]",Xe=Math.floor,Be=Math.pow,nw=/^0b([01]+(\.[01]*)?|\.[01]+)(p[+-]?\d+)?$/i,iw=/^0x([0-9a-f]+(\.[0-9a-f]*)?|\.[0-9a-f]+)(p[+-]?\d+)?$/i,ow=/^0o([0-7]+(\.[0-7]*)?|\.[0-7]+)(p[+-]?\d+)?$/i,_g=/^(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i,Lt=1e7,ne=7,sw=9007199254740991,aw=Uo.length-1,Cc=qo.length-1,N={toStringTag:$g};N.absoluteValue=N.abs=function(){var e=new this.constructor(this);return e.s<0&&(e.s=1),Q(e)};N.ceil=function(){return Q(new this.constructor(this),this.e+1,2)};N.clampedTo=N.clamp=function(e,t){var r,n=this,i=n.constructor;if(e=new i(e),t=new i(t),!e.s||!t.s)return new i(NaN);if(e.gt(t))throw Error(hr+t);return r=n.cmp(e),r<0?e:n.cmp(t)>0?t:new i(n)};N.comparedTo=N.cmp=function(e){var t,r,n,i,o=this,s=o.d,a=(e=new o.constructor(e)).d,u=o.s,c=e.s;if(!s||!a)return!u||!c?NaN:u!==c?u:s===a?0:!s^u<0?1:-1;if(!s[0]||!a[0])return s[0]?u:a[0]?-c:0;if(u!==c)return u;if(o.e!==e.e)return o.e>e.e^u<0?1:-1;for(n=s.length,i=a.length,t=0,r=n<i?n:i;t<r;++t)if(s[t]!==a[t])return s[t]>a[t]^u<0?1:-1;return n===i?0:n>i^u<0?1:-1};N.cosine=N.cos=function(){var e,t,r=this,n=r.constructor;return r.d?r.d[0]?(e=n.precision,t=n.rounding,n.precision=e+Math.max(r.e,r.sd())+ne,n.rounding=1,r=cw(n,Eg(n,r)),n.precision=e,n.rounding=t,Q(er==2||er==3?r.neg():r,e,t,!0)):new n(1):new n(NaN)};N.cubeRoot=N.cbrt=function(){var e,t,r,n,i,o,s,a,u,c,l=this,p=l.constructor;if(!l.isFinite()||l.isZero())return new p(l);for(le=!1,o=l.s*Be(l.s*l,1/3),!o||Math.abs(o)==1/0?(r=Ke(l.d),e=l.e,(o=(e-r.length+1)%3)&&(r+=o==1||o==-2?"0":"00"),o=Be(r,1/3),e=Xe((e+1)/3)-(e%3==(e<0?-1:2)),o==1/0?r="5e"+e:(r=o.toExponential(),r=r.slice(0,r.indexOf("e")+1)+e),n=new p(r),n.s=l.s):n=new p(o.toString()),s=(e=p.precision)+3;;)if(a=n,u=a.times(a).times(a),c=u.plus(l),n=Te(c.plus(l).times(a),c.plus(u),s+2,1),Ke(a.d).slice(0,s)===(r=Ke(n.d)).slice(0,s))if(r=r.slice(s-3,s+1),r=="9999"||!i&&r=="4999"){if(!i&&(Q(a,e+1,0),a.times(a).times(a).eq(l))){n=a;break}s+=4,i=1}else{(!+r||!+r.slice(1)&&r.charAt(0)=="5")&&(Q(n,e+1,1),t=!n.times(n).times(n).eq(l));break}return le=!0,Q(n,e,p.rounding,t)};N.decimalPlaces=N.dp=function(){var e,t=this.d,r=NaN;if(t){if(e=t.length-1,r=(e-Xe(this.e/ne))*ne,e=t[e],e)for(;e%10==0;e/=10)r--;r<0&&(r=0)}return r};N.dividedBy=N.div=function(e){return Te(this,new this.constructor(e))};N.dividedToIntegerBy=N.divToInt=function(e){var t=this,r=t.constructor;return Q(Te(t,new r(e),0,1,1),r.precision,r.rounding)};N.equals=N.eq=function(e){return this.cmp(e)===0};N.floor=function(){return Q(new this.constructor(this),this.e+1,3)};N.greaterThan=N.gt=function(e){return this.cmp(e)>0};N.greaterThanOrEqualTo=N.gte=function(e){var t=this.cmp(e);return t==1||t===0};N.hyperbolicCosine=N.cosh=function(){var e,t,r,n,i,o=this,s=o.constructor,a=new s(1);if(!o.isFinite())return new s(o.s?1/0:NaN);if(o.isZero())return a;r=s.precision,n=s.rounding,s.precision=r+Math.max(o.e,o.sd())+4,s.rounding=1,i=o.d.length,i<32?(e=Math.ceil(i/3),t=(1/Vo(4,e)).toString()):(e=16,t="2.3283064365386962890625e-10"),o=dn(s,1,o.times(t),new s(1),!0);for(var u,c=e,l=new s(8);c--;)u=o.times(o),o=a.minus(u.times(l.minus(u.times(l))));return Q(o,s.precision=r,s.rounding=n,!0)};N.hyperbolicSine=N.sinh=function(){var e,t,r,n,i=this,o=i.constructor;if(!i.isFinite()||i.isZero())return new o(i);if(t=o.precision,r=o.rounding,o.precision=t+Math.max(i.e,i.sd())+4,o.rounding=1,n=i.d.length,n<3)i=dn(o,2,i,i,!0);else{e=1.4*Math.sqrt(n),e=e>16?16:e|0,i=i.times(1/Vo(5,e)),i=dn(o,2,i,i,!0);for(var s,a=new o(5),u=new o(16),c=new o(20);e--;)s=i.times(i),i=i.times(a.plus(s.times(u.times(s).plus(c))))}return o.precision=t,o.rounding=r,Q(i,t,r,!0)};N.hyperbolicTangent=N.tanh=function(){var e,t,r=this,n=r.constructor;return r.isFinite()?r.isZero()?new n(r):(e=n.precision,t=n.rounding,n.precision=e+7,n.rounding=1,Te(r.sinh(),r.cosh(),n.precision=e,n.rounding=t)):new n(r.s)};N.inverseCosine=N.acos=function(){var e=this,t=e.constructor,r=e.abs().cmp(1),n=t.precision,i=t.rounding;return r!==-1?r===0?e.isNeg()?Gt(t,n,i):new t(0):new t(NaN):e.isZero()?Gt(t,n+4,i).times(.5):(t.precision=n+6,t.rounding=1,e=new t(1).minus(e).div(e.plus(1)).sqrt().atan(),t.precision=n,t.rounding=i,e.times(2))};N.inverseHyperbolicCosine=N.acosh=function(){var e,t,r=this,n=r.constructor;return r.lte(1)?new n(r.eq(1)?0:NaN):r.isFinite()?(e=n.precision,t=n.rounding,n.precision=e+Math.max(Math.abs(r.e),r.sd())+4,n.rounding=1,le=!1,r=r.times(r).minus(1).sqrt().plus(r),le=!0,n.precision=e,n.rounding=t,r.ln()):new n(r)};N.inverseHyperbolicSine=N.asinh=function(){var e,t,r=this,n=r.constructor;return!r.isFinite()||r.isZero()?new n(r):(e=n.precision,t=n.rounding,n.precision=e+2*Math.max(Math.abs(r.e),r.sd())+6,n.rounding=1,le=!1,r=r.times(r).plus(1).sqrt().plus(r),le=!0,n.precision=e,n.rounding=t,r.ln())};N.inverseHyperbolicTangent=N.atanh=function(){var e,t,r,n,i=this,o=i.constructor;return i.isFinite()?i.e>=0?new o(i.abs().eq(1)?i.s/0:i.isZero()?i:NaN):(e=o.precision,t=o.rounding,n=i.sd(),Math.max(n,e)<2*-i.e-1?Q(new o(i),e,t,!0):(o.precision=r=n-i.e,i=Te(i.plus(1),new o(1).minus(i),r+e,1),o.precision=e+4,o.rounding=1,i=i.ln(),o.precision=e,o.rounding=t,i.times(.5))):new o(NaN)};N.inverseSine=N.asin=function(){var e,t,r,n,i=this,o=i.constructor;return i.isZero()?new o(i):(t=i.abs().cmp(1),r=o.precision,n=o.rounding,t!==-1?t===0?(e=Gt(o,r+4,n).times(.5),e.s=i.s,e):new o(NaN):(o.precision=r+6,o.rounding=1,i=i.div(new o(1).minus(i.times(i)).sqrt().plus(1)).atan(),o.precision=r,o.rounding=n,i.times(2)))};N.inverseTangent=N.atan=function(){var e,t,r,n,i,o,s,a,u,c=this,l=c.constructor,p=l.precision,f=l.rounding;if(c.isFinite()){if(c.isZero())return new l(c);if(c.abs().eq(1)&&p+4<=Cc)return s=Gt(l,p+4,f).times(.25),s.s=c.s,s}else{if(!c.s)return new l(NaN);if(p+4<=Cc)return s=Gt(l,p+4,f).times(.5),s.s=c.s,s}for(l.precision=a=p+10,l.rounding=1,r=Math.min(28,a/ne+2|0),e=r;e;--e)c=c.div(c.times(c).plus(1).sqrt().plus(1));for(le=!1,t=Math.ceil(a/ne),n=1,u=c.times(c),s=new l(c),i=c;e!==-1;)if(i=i.times(u),o=s.minus(i.div(n+=2)),i=i.times(u),s=o.plus(i.div(n+=2)),s.d[t]!==void 0)for(e=t;s.d[e]===o.d[e]&&e--;);return r&&(s=s.times(2<<r-1)),le=!0,Q(s,l.precision=p,l.rounding=f,!0)};N.isFinite=function(){return!!this.d};N.isInteger=N.isInt=function(){return!!this.d&&Xe(this.e/ne)>this.d.length-2};N.isNaN=function(){return!this.s};N.isNegative=N.isNeg=function(){return this.s<0};N.isPositive=N.isPos=function(){return this.s>0};N.isZero=function(){return!!this.d&&this.d[0]===0};N.lessThan=N.lt=function(e){return this.cmp(e)<0};N.lessThanOrEqualTo=N.lte=function(e){return this.cmp(e)<1};N.logarithm=N.log=function(e){var t,r,n,i,o,s,a,u,c=this,l=c.constructor,p=l.precision,f=l.rounding,h=5;if(e==null)e=new l(10),t=!0;else{if(e=new l(e),r=e.d,e.s<0||!r||!r[0]||e.eq(1))return new l(NaN);t=e.eq(10)}if(r=c.d,c.s<0||!r||!r[0]||c.eq(1))return new l(r&&!r[0]?-1/0:c.s!=1?NaN:r?0:1/0);if(t)if(r.length>1)o=!0;else{for(i=r[0];i%10===0;)i/=10;o=i!==1}if(le=!1,a=p+h,s=mr(c,a),n=t?Bo(l,a+10):mr(e,a),u=Te(s,n,a,1),vi(u.d,i=p,f))do if(a+=10,s=mr(c,a),n=t?Bo(l,a+10):mr(e,a),u=Te(s,n,a,1),!o){+Ke(u.d).slice(i+1,i+15)+1==1e14&&(u=Q(u,p+1,0));break}while(vi(u.d,i+=10,f));return le=!0,Q(u,p,f)};N.minus=N.sub=function(e){var t,r,n,i,o,s,a,u,c,l,p,f,h=this,b=h.constructor;if(e=new b(e),!h.d||!e.d)return!h.s||!e.s?e=new b(NaN):h.d?e.s=-e.s:e=new b(e.d||h.s!==e.s?h:NaN),e;if(h.s!=e.s)return e.s=-e.s,h.plus(e);if(c=h.d,f=e.d,a=b.precision,u=b.rounding,!c[0]||!f[0]){if(f[0])e.s=-e.s;else if(c[0])e=new b(h);else return new b(u===3?-0:0);return le?Q(e,a,u):e}if(r=Xe(e.e/ne),l=Xe(h.e/ne),c=c.slice(),o=l-r,o){for(p=o<0,p?(t=c,o=-o,s=f.length):(t=f,r=l,s=c.length),n=Math.max(Math.ceil(a/ne),s)+2,o>n&&(o=n,t.length=1),t.reverse(),n=o;n--;)t.push(0);t.reverse()}else{for(n=c.length,s=f.length,p=n<s,p&&(s=n),n=0;n<s;n++)if(c[n]!=f[n]){p=c[n]<f[n];break}o=0}for(p&&(t=c,c=f,f=t,e.s=-e.s),s=c.length,n=f.length-s;n>0;--n)c[s++]=0;for(n=f.length;n>o;){if(c[--n]<f[n]){for(i=n;i&&c[--i]===0;)c[i]=Lt-1;--c[i],c[n]+=Lt}c[n]-=f[n]}for(;c[--s]===0;)c.pop();for(;c[0]===0;c.shift())--r;return c[0]?(e.d=c,e.e=jo(c,r),le?Q(e,a,u):e):new b(u===3?-0:0)};N.modulo=N.mod=function(e){var t,r=this,n=r.constructor;return e=new n(e),!r.d||!e.s||e.d&&!e.d[0]?new n(NaN):!e.d||r.d&&!r.d[0]?Q(new n(r),n.precision,n.rounding):(le=!1,n.modulo==9?(t=Te(r,e.abs(),0,3,1),t.s*=e.s):t=Te(r,e,0,n.modulo,1),t=t.times(e),le=!0,r.minus(t))};N.naturalExponential=N.exp=function(){return Dc(this)};N.naturalLogarithm=N.ln=function(){return mr(this)};N.negated=N.neg=function(){var e=new this.constructor(this);return e.s=-e.s,Q(e)};N.plus=N.add=function(e){var t,r,n,i,o,s,a,u,c,l,p=this,f=p.constructor;if(e=new f(e),!p.d||!e.d)return!p.s||!e.s?e=new f(NaN):p.d||(e=new f(e.d||p.s===e.s?p:NaN)),e;if(p.s!=e.s)return e.s=-e.s,p.minus(e);if(c=p.d,l=e.d,a=f.precision,u=f.rounding,!c[0]||!l[0])return l[0]||(e=new f(p)),le?Q(e,a,u):e;if(o=Xe(p.e/ne),n=Xe(e.e/ne),c=c.slice(),i=o-n,i){for(i<0?(r=c,i=-i,s=l.length):(r=l,n=o,s=c.length),o=Math.ceil(a/ne),s=o>s?o+1:s+1,i>s&&(i=s,r.length=1),r.reverse();i--;)r.push(0);r.reverse()}for(s=c.length,i=l.length,s-i<0&&(i=s,r=l,l=c,c=r),t=0;i;)t=(c[--i]=c[i]+l[i]+t)/Lt|0,c[i]%=Lt;for(t&&(c.unshift(t),++n),s=c.length;c[--s]==0;)c.pop();return e.d=c,e.e=jo(c,n),le?Q(e,a,u):e};N.precision=N.sd=function(e){var t,r=this;if(e!==void 0&&e!==!!e&&e!==1&&e!==0)throw Error(hr+e);return r.d?(t=Ag(r.d),e&&r.e+1>t&&(t=r.e+1)):t=NaN,t};N.round=function(){var e=this,t=e.constructor;return Q(new t(e),e.e+1,t.rounding)};N.sine=N.sin=function(){var e,t,r=this,n=r.constructor;return r.isFinite()?r.isZero()?new n(r):(e=n.precision,t=n.rounding,n.precision=e+Math.max(r.e,r.sd())+ne,n.rounding=1,r=lw(n,Eg(n,r)),n.precision=e,n.rounding=t,Q(er>2?r.neg():r,e,t,!0)):new n(NaN)};N.squareRoot=N.sqrt=function(){var e,t,r,n,i,o,s=this,a=s.d,u=s.e,c=s.s,l=s.constructor;if(c!==1||!a||!a[0])return new l(!c||c<0&&(!a||a[0])?NaN:a?s:1/0);for(le=!1,c=Math.sqrt(+s),c==0||c==1/0?(t=Ke(a),(t.length+u)%2==0&&(t+="0"),c=Math.sqrt(t),u=Xe((u+1)/2)-(u<0||u%2),c==1/0?t="5e"+u:(t=c.toExponential(),t=t.slice(0,t.indexOf("e")+1)+u),n=new l(t)):n=new l(c.toString()),r=(u=l.precision)+3;;)if(o=n,n=o.plus(Te(s,o,r+2,1)).times(.5),Ke(o.d).slice(0,r)===(t=Ke(n.d)).slice(0,r))if(t=t.slice(r-3,r+1),t=="9999"||!i&&t=="4999"){if(!i&&(Q(o,u+1,0),o.times(o).eq(s))){n=o;break}r+=4,i=1}else{(!+t||!+t.slice(1)&&t.charAt(0)=="5")&&(Q(n,u+1,1),e=!n.times(n).eq(s));break}return le=!0,Q(n,u,l.rounding,e)};N.tangent=N.tan=function(){var e,t,r=this,n=r.constructor;return r.isFinite()?r.isZero()?new n(r):(e=n.precision,t=n.rounding,n.precision=e+10,n.rounding=1,r=r.sin(),r.s=1,r=Te(r,new n(1).minus(r.times(r)).sqrt(),e+10,0),n.precision=e,n.rounding=t,Q(er==2||er==4?r.neg():r,e,t,!0)):new n(NaN)};N.times=N.mul=function(e){var t,r,n,i,o,s,a,u,c,l=this,p=l.constructor,f=l.d,h=(e=new p(e)).d;if(e.s*=l.s,!f||!f[0]||!h||!h[0])return new p(!e.s||f&&!f[0]&&!h||h&&!h[0]&&!f?NaN:!f||!h?e.s/0:e.s*0);for(r=Xe(l.e/ne)+Xe(e.e/ne),u=f.length,c=h.length,u<c&&(o=f,f=h,h=o,s=u,u=c,c=s),o=[],s=u+c,n=s;n--;)o.push(0);for(n=c;--n>=0;){for(t=0,i=u+n;i>n;)a=o[i]+h[n]*f[i-n-1]+t,o[i--]=a%Lt|0,t=a/Lt|0;o[i]=(o[i]+t)%Lt|0}for(;!o[--s];)o.pop();return t?++r:o.shift(),e.d=o,e.e=jo(o,r),le?Q(e,p.precision,p.rounding):e};N.toBinary=function(e,t){return Nc(this,2,e,t)};N.toDecimalPlaces=N.toDP=function(e,t){var r=this,n=r.constructor;return r=new n(r),e===void 0?r:(pt(e,0,gr),t===void 0?t=n.rounding:pt(t,0,8),Q(r,e+r.e+1,t))};N.toExponential=function(e,t){var r,n=this,i=n.constructor;return e===void 0?r=Kt(n,!0):(pt(e,0,gr),t===void 0?t=i.rounding:pt(t,0,8),n=Q(new i(n),e+1,t),r=Kt(n,!0,e+1)),n.isNeg()&&!n.isZero()?"-"+r:r};N.toFixed=function(e,t){var r,n,i=this,o=i.constructor;return e===void 0?r=Kt(i):(pt(e,0,gr),t===void 0?t=o.rounding:pt(t,0,8),n=Q(new o(i),e+i.e+1,t),r=Kt(n,!1,e+n.e+1)),i.isNeg()&&!i.isZero()?"-"+r:r};N.toFraction=function(e){var t,r,n,i,o,s,a,u,c,l,p,f,h=this,b=h.d,g=h.constructor;if(!b)return new g(h);if(c=r=new g(1),n=u=new g(0),t=new g(n),o=t.e=Ag(b)-h.e-1,s=o%ne,t.d[0]=Be(10,s<0?ne+s:s),e==null)e=o>0?t:c;else{if(a=new g(e),!a.isInt()||a.lt(c))throw Error(hr+a);e=a.gt(t)?o>0?t:c:a}for(le=!1,a=new g(Ke(b)),l=g.precision,g.precision=o=b.length*ne*2;p=Te(a,t,0,1,1),i=r.plus(p.times(n)),i.cmp(e)!=1;)r=n,n=i,i=c,c=u.plus(p.times(i)),u=i,i=t,t=a.minus(p.times(i)),a=i;return i=Te(e.minus(r),n,0,1,1),u=u.plus(i.times(c)),r=r.plus(i.times(n)),u.s=c.s=h.s,f=Te(c,n,o,1).minus(h).abs().cmp(Te(u,r,o,1).minus(h).abs())<1?[c,n]:[u,r],g.precision=l,le=!0,f};N.toHexadecimal=N.toHex=function(e,t){return Nc(this,16,e,t)};N.toNearest=function(e,t){var r=this,n=r.constructor;if(r=new n(r),e==null){if(!r.d)return r;e=new n(1),t=n.rounding}else{if(e=new n(e),t===void 0?t=n.rounding:pt(t,0,8),!r.d)return e.s?r:e;if(!e.d)return e.s&&(e.s=r.s),e}return e.d[0]?(le=!1,r=Te(r,e,0,t,1).times(e),le=!0,Q(r)):(e.s=r.s,r=e),r};N.toNumber=function(){return+this};N.toOctal=function(e,t){return Nc(this,8,e,t)};N.toPower=N.pow=function(e){var t,r,n,i,o,s,a=this,u=a.constructor,c=+(e=new u(e));if(!a.d||!e.d||!a.d[0]||!e.d[0])return new u(Be(+a,c));if(a=new u(a),a.eq(1))return a;if(n=u.precision,o=u.rounding,e.eq(1))return Q(a,n,o);if(t=Xe(e.e/ne),t>=e.d.length-1&&(r=c<0?-c:c)<=sw)return i=Sg(u,a,r,n),e.s<0?new u(1).div(i):Q(i,n,o);if(s=a.s,s<0){if(t<e.d.length-1)return new u(NaN);if((e.d[t]&1)==0&&(s=1),a.e==0&&a.d[0]==1&&a.d.length==1)return a.s=s,a}return r=Be(+a,c),t=r==0||!isFinite(r)?Xe(c*(Math.log("0."+Ke(a.d))/Math.LN10+a.e+1)):new u(r+"").e,t>u.maxE+1||t<u.minE-1?new u(t>0?s/0:0):(le=!1,u.rounding=a.s=1,r=Math.min(12,(t+"").length),i=Dc(e.times(mr(a,n+r)),n),i.d&&(i=Q(i,n+5,1),vi(i.d,n,o)&&(t=n+10,i=Q(Dc(e.times(mr(a,t+r)),t),t+5,1),+Ke(i.d).slice(n+1,n+15)+1==1e14&&(i=Q(i,n+1,0)))),i.s=s,le=!0,u.rounding=o,Q(i,n,o))};N.toPrecision=function(e,t){var r,n=this,i=n.constructor;return e===void 0?r=Kt(n,n.e<=i.toExpNeg||n.e>=i.toExpPos):(pt(e,1,gr),t===void 0?t=i.rounding:pt(t,0,8),n=Q(new i(n),e,t),r=Kt(n,e<=n.e||n.e<=i.toExpNeg,e)),n.isNeg()&&!n.isZero()?"-"+r:r};N.toSignificantDigits=N.toSD=function(e,t){var r=this,n=r.constructor;return e===void 0?(e=n.precision,t=n.rounding):(pt(e,1,gr),t===void 0?t=n.rounding:pt(t,0,8)),Q(new n(r),e,t)};N.toString=function(){var e=this,t=e.constructor,r=Kt(e,e.e<=t.toExpNeg||e.e>=t.toExpPos);return e.isNeg()&&!e.isZero()?"-"+r:r};N.truncated=N.trunc=function(){return Q(new this.constructor(this),this.e+1,1)};N.valueOf=N.toJSON=function(){var e=this,t=e.constructor,r=Kt(e,e.e<=t.toExpNeg||e.e>=t.toExpPos);return e.isNeg()?"-"+r:r};function Ke(e){var t,r,n,i=e.length-1,o="",s=e[0];if(i>0){for(o+=s,t=1;t<i;t++)n=e[t]+"",r=ne-n.length,r&&(o+=fr(r)),o+=n;s=e[t],n=s+"",r=ne-n.length,r&&(o+=fr(r))}else if(s===0)return"0";for(;s%10===0;)s/=10;return o+s}function pt(e,t,r){if(e!==~~e||e<t||e>r)throw Error(hr+e)}function vi(e,t,r,n){var i,o,s,a;for(o=e[0];o>=10;o/=10)--t;return--t<0?(t+=ne,i=0):(i=Math.ceil((t+1)/ne),t%=ne),o=Be(10,ne-t),a=e[i]%o|0,n==null?t<3?(t==0?a=a/100|0:t==1&&(a=a/10|0),s=r<4&&a==99999||r>3&&a==49999||a==5e4||a==0):s=(r<4&&a+1==o||r>3&&a+1==o/2)&&(e[i+1]/o/100|0)==Be(10,t-2)-1||(a==o/2||a==0)&&(e[i+1]/o/100|0)==0:t<4?(t==0?a=a/1e3|0:t==1?a=a/100|0:t==2&&(a=a/10|0),s=(n||r<4)&&a==9999||!n&&r>3&&a==4999):s=((n||r<4)&&a+1==o||!n&&r>3&&a+1==o/2)&&(e[i+1]/o/1e3|0)==Be(10,t-3)-1,s}function zo(e,t,r){for(var n,i=[0],o,s=0,a=e.length;s<a;){for(o=i.length;o--;)i[o]*=t;for(i[0]+=Tc.indexOf(e.charAt(s++)),n=0;n<i.length;n++)i[n]>r-1&&(i[n+1]===void 0&&(i[n+1]=0),i[n+1]+=i[n]/r|0,i[n]%=r)}return i.reverse()}function cw(e,t){var r,n,i;if(t.isZero())return t;n=t.d.length,n<32?(r=Math.ceil(n/3),i=(1/Vo(4,r)).toString()):(r=16,i="2.3283064365386962890625e-10"),e.precision+=r,t=dn(e,1,t.times(i),new e(1));for(var o=r;o--;){var s=t.times(t);t=s.times(s).minus(s).times(8).plus(1)}return e.precision-=r,t}var Te=(function(){function e(n,i,o){var s,a=0,u=n.length;for(n=n.slice();u--;)s=n[u]*i+a,n[u]=s%o|0,a=s/o|0;return a&&n.unshift(a),n}function t(n,i,o,s){var a,u;if(o!=s)u=o>s?1:-1;else for(a=u=0;a<o;a++)if(n[a]!=i[a]){u=n[a]>i[a]?1:-1;break}return u}function r(n,i,o,s){for(var a=0;o--;)n[o]-=a,a=n[o]<i[o]?1:0,n[o]=a*s+n[o]-i[o];for(;!n[0]&&n.length>1;)n.shift()}return function(n,i,o,s,a,u){var c,l,p,f,h,b,g,k,v,w,_,F,K,V,oe,X,Y,E,he,ve,we=n.constructor,A=n.s==i.s?1:-1,S=n.d,C=i.d;if(!S||!S[0]||!C||!C[0])return new we(!n.s||!i.s||(S?C&&S[0]==C[0]:!C)?NaN:S&&S[0]==0||!C?A*0:A/0);for(u?(h=1,l=n.e-i.e):(u=Lt,h=ne,l=Xe(n.e/h)-Xe(i.e/h)),he=C.length,Y=S.length,v=new we(A),w=v.d=[],p=0;C[p]==(S[p]||0);p++);if(C[p]>(S[p]||0)&&l--,o==null?(V=o=we.precision,s=we.rounding):a?V=o+(n.e-i.e)+1:V=o,V<0)w.push(1),b=!0;else{if(V=V/h+2|0,p=0,he==1){for(f=0,C=C[0],V++;(p<Y||f)&&V--;p++)oe=f*u+(S[p]||0),w[p]=oe/C|0,f=oe%C|0;b=f||p<Y}else{for(f=u/(C[0]+1)|0,f>1&&(C=e(C,f,u),S=e(S,f,u),he=C.length,Y=S.length),X=he,_=S.slice(0,he),F=_.length;F<he;)_[F++]=0;ve=C.slice(),ve.unshift(0),E=C[0],C[1]>=u/2&&++E;do f=0,c=t(C,_,he,F),c<0?(K=_[0],he!=F&&(K=K*u+(_[1]||0)),f=K/E|0,f>1?(f>=u&&(f=u-1),g=e(C,f,u),k=g.length,F=_.length,c=t(g,_,k,F),c==1&&(f--,r(g,he<k?ve:C,k,u))):(f==0&&(c=f=1),g=C.slice()),k=g.length,k<F&&g.unshift(0),r(_,g,F,u),c==-1&&(F=_.length,c=t(C,_,he,F),c<1&&(f++,r(_,he<F?ve:C,F,u))),F=_.length):c===0&&(f++,_=[0]),w[p++]=f,c&&_[0]?_[F++]=S[X]||0:(_=[S[X]],F=1);while((X++<Y||_[0]!==void 0)&&V--);b=_[0]!==void 0}w[0]||w.shift()}if(h==1)v.e=l,wg=b;else{for(p=1,f=w[0];f>=10;f/=10)p++;v.e=p+l*h-1,Q(v,a?o+v.e+1:o,s,b)}return v}})();function Q(e,t,r,n){var i,o,s,a,u,c,l,p,f,h=e.constructor;e:if(t!=null){if(p=e.d,!p)return e;for(i=1,a=p[0];a>=10;a/=10)i++;if(o=t-i,o<0)o+=ne,s=t,l=p[f=0],u=l/Be(10,i-s-1)%10|0;else if(f=Math.ceil((o+1)/ne),a=p.length,f>=a)if(n){for(;a++<=f;)p.push(0);l=u=0,i=1,o%=ne,s=o-ne+1}else break e;else{for(l=a=p[f],i=1;a>=10;a/=10)i++;o%=ne,s=o-ne+i,u=s<0?0:l/Be(10,i-s-1)%10|0}if(n=n||t<0||p[f+1]!==void 0||(s<0?l:l%Be(10,i-s-1)),c=r<4?(u||n)&&(r==0||r==(e.s<0?3:2)):u>5||u==5&&(r==4||n||r==6&&(o>0?s>0?l/Be(10,i-s):0:p[f-1])%10&1||r==(e.s<0?8:7)),t<1||!p[0])return p.length=0,c?(t-=e.e+1,p[0]=Be(10,(ne-t%ne)%ne),e.e=-t||0):p[0]=e.e=0,e;if(o==0?(p.length=f,a=1,f--):(p.length=f+1,a=Be(10,ne-o),p[f]=s>0?(l/Be(10,i-s)%Be(10,s)|0)*a:0),c)for(;;)if(f==0){for(o=1,s=p[0];s>=10;s/=10)o++;for(s=p[0]+=a,a=1;s>=10;s/=10)a++;o!=a&&(e.e++,p[0]==Lt&&(p[0]=1));break}else{if(p[f]+=a,p[f]!=Lt)break;p[f--]=0,a=1}for(o=p.length;p[--o]===0;)p.pop()}return le&&(e.e>h.maxE?(e.d=null,e.e=NaN):e.e<h.minE&&(e.e=0,e.d=[0])),e}function Kt(e,t,r){if(!e.isFinite())return Rg(e);var n,i=e.e,o=Ke(e.d),s=o.length;return t?(r&&(n=r-s)>0?o=o.charAt(0)+"."+o.slice(1)+fr(n):s>1&&(o=o.charAt(0)+"."+o.slice(1)),o=o+(e.e<0?"e":"e+")+e.e):i<0?(o="0."+fr(-i-1)+o,r&&(n=r-s)>0&&(o+=fr(n))):i>=s?(o+=fr(i+1-s),r&&(n=r-i-1)>0&&(o=o+"."+fr(n))):((n=i+1)<s&&(o=o.slice(0,n)+"."+o.slice(n)),r&&(n=r-s)>0&&(i+1===s&&(o+="."),o+=fr(n))),o}function jo(e,t){var r=e[0];for(t*=ne;r>=10;r/=10)t++;return t}function Bo(e,t,r){if(t>aw)throw le=!0,r&&(e.precision=r),Error(xg);return Q(new e(Uo),t,1,!0)}function Gt(e,t,r){if(t>Cc)throw Error(xg);return Q(new e(qo),t,r,!0)}function Ag(e){var t=e.length-1,r=t*ne+1;if(t=e[t],t){for(;t%10==0;t/=10)r--;for(t=e[0];t>=10;t/=10)r++}return r}function fr(e){for(var t="";e--;)t+="0";return t}function Sg(e,t,r,n){var i,o=new e(1),s=Math.ceil(n/ne+4);for(le=!1;;){if(r%2&&(o=o.times(t),yg(o.d,s)&&(i=!0)),r=Xe(r/2),r===0){r=o.d.length-1,i&&o.d[r]===0&&++o.d[r];break}t=t.times(t),yg(t.d,s)}return le=!0,o}function bg(e){return e.d[e.d.length-1]&1}function Pg(e,t,r){for(var n,i,o=new e(t[0]),s=0;++s<t.length;){if(i=new e(t[s]),!i.s){o=i;break}n=o.cmp(i),(n===r||n===0&&o.s===r)&&(o=i)}return o}function Dc(e,t){var r,n,i,o,s,a,u,c=0,l=0,p=0,f=e.constructor,h=f.rounding,b=f.precision;if(!e.d||!e.d[0]||e.e>17)return new f(e.d?e.d[0]?e.s<0?0:1/0:1:e.s?e.s<0?0:e:NaN);for(t==null?(le=!1,u=b):u=t,a=new f(.03125);e.e>-2;)e=e.times(a),p+=5;for(n=Math.log(Be(2,p))/Math.LN10*2+5|0,u+=n,r=o=s=new f(1),f.precision=u;;){if(o=Q(o.times(e),u,1),r=r.times(++l),a=s.plus(Te(o,r,u,1)),Ke(a.d).slice(0,u)===Ke(s.d).slice(0,u)){for(i=p;i--;)s=Q(s.times(s),u,1);if(t==null)if(c<3&&vi(s.d,u-n,h,c))f.precision=u+=10,r=o=a=new f(1),l=0,c++;else return Q(s,f.precision=b,h,le=!0);else return f.precision=b,s}s=a}}function mr(e,t){var r,n,i,o,s,a,u,c,l,p,f,h=1,b=10,g=e,k=g.d,v=g.constructor,w=v.rounding,_=v.precision;if(g.s<0||!k||!k[0]||!g.e&&k[0]==1&&k.length==1)return new v(k&&!k[0]?-1/0:g.s!=1?NaN:k?0:g);if(t==null?(le=!1,l=_):l=t,v.precision=l+=b,r=Ke(k),n=r.charAt(0),Math.abs(o=g.e)<15e14){for(;n<7&&n!=1||n==1&&r.charAt(1)>3;)g=g.times(e),r=Ke(g.d),n=r.charAt(0),h++;o=g.e,n>1?(g=new v("0."+r),o++):g=new v(n+"."+r.slice(1))}else return c=Bo(v,l+2,_).times(o+""),g=mr(new v(n+"."+r.slice(1)),l-b).plus(c),v.precision=_,t==null?Q(g,_,w,le=!0):g;for(p=g,u=s=g=Te(g.minus(1),g.plus(1),l,1),f=Q(g.times(g),l,1),i=3;;){if(s=Q(s.times(f),l,1),c=u.plus(Te(s,new v(i),l,1)),Ke(c.d).slice(0,l)===Ke(u.d).slice(0,l))if(u=u.times(2),o!==0&&(u=u.plus(Bo(v,l+2,_).times(o+""))),u=Te(u,new v(h),l,1),t==null)if(vi(u.d,l-b,w,a))v.precision=l+=b,c=s=g=Te(p.minus(1),p.plus(1),l,1),f=Q(g.times(g),l,1),i=a=1;else return Q(u,v.precision=_,w,le=!0);else return v.precision=_,u;u=c,i+=2}}function Rg(e){return String(e.s*e.s/0)}function Mo(e,t){var r,n,i;for((r=t.indexOf("."))>-1&&(t=t.replace(".","")),(n=t.search(/e/i))>0?(r<0&&(r=n),r+=+t.slice(n+1),t=t.substring(0,n)):r<0&&(r=t.length),n=0;t.charCodeAt(n)===48;n++);for(i=t.length;t.charCodeAt(i-1)===48;--i);if(t=t.slice(n,i),t){if(i-=n,e.e=r=r-n-1,e.d=[],n=(r+1)%ne,r<0&&(n+=ne),n<i){for(n&&e.d.push(+t.slice(0,n)),i-=ne;n<i;)e.d.push(+t.slice(n,n+=ne));t=t.slice(n),n=ne-t.length}else n-=i;for(;n--;)t+="0";e.d.push(+t),le&&(e.e>e.constructor.maxE?(e.d=null,e.e=NaN):e.e<e.constructor.minE&&(e.e=0,e.d=[0]))}else e.e=0,e.d=[0];return e}function uw(e,t){var r,n,i,o,s,a,u,c,l;if(t.indexOf("_")>-1){if(t=t.replace(/(\d)_(?=\d)/g,"$1"),_g.test(t))return Mo(e,t)}else if(t==="Infinity"||t==="NaN")return+t||(e.s=NaN),e.e=NaN,e.d=null,e;if(iw.test(t))r=16,t=t.toLowerCase();else if(nw.test(t))r=2;else if(ow.test(t))r=8;else throw Error(hr+t);for(o=t.search(/p/i),o>0?(u=+t.slice(o+1),t=t.substring(2,o)):t=t.slice(2),o=t.indexOf("."),s=o>=0,n=e.constructor,s&&(t=t.replace(".",""),a=t.length,o=a-o,i=Sg(n,new n(r),o,o*2)),c=zo(t,r,Lt),l=c.length-1,o=l;c[o]===0;--o)c.pop();return o<0?new n(e.s*0):(e.e=jo(c,l),e.d=c,le=!1,s&&(e=Te(e,i,a*4)),u&&(e=e.times(Math.abs(u)<54?Be(2,u):wi.pow(2,u))),le=!0,e)}function lw(e,t){var r,n=t.d.length;if(n<3)return t.isZero()?t:dn(e,2,t,t);r=1.4*Math.sqrt(n),r=r>16?16:r|0,t=t.times(1/Vo(5,r)),t=dn(e,2,t,t);for(var i,o=new e(5),s=new e(16),a=new e(20);r--;)i=t.times(t),t=t.times(o.plus(i.times(s.times(i).minus(a))));return t}function dn(e,t,r,n,i){var o,s,a,u,c=1,l=e.precision,p=Math.ceil(l/ne);for(le=!1,u=r.times(r),a=new e(n);;){if(s=Te(a.times(u),new e(t++*t++),l,1),a=i?n.plus(s):n.minus(s),n=Te(s.times(u),new e(t++*t++),l,1),s=a.plus(n),s.d[p]!==void 0){for(o=p;s.d[o]===a.d[o]&&o--;);if(o==-1)break}o=a,a=n,n=s,s=o,c++}return le=!0,s.d.length=p+1,s}function Vo(e,t){for(var r=e;--t;)r*=e;return r}function Eg(e,t){var r,n=t.s<0,i=Gt(e,e.precision,1),o=i.times(.5);if(t=t.abs(),t.lte(o))return er=n?4:1,t;if(r=t.divToInt(i),r.isZero())er=n?3:2;else{if(t=t.minus(r.times(i)),t.lte(o))return er=bg(r)?n?2:3:n?4:1,t;er=bg(r)?n?1:4:n?3:2}return t.minus(i).abs()}function Nc(e,t,r,n){var i,o,s,a,u,c,l,p,f,h=e.constructor,b=r!==void 0;if(b?(pt(r,1,gr),n===void 0?n=h.rounding:pt(n,0,8)):(r=h.precision,n=h.rounding),!e.isFinite())l=Rg(e);else{for(l=Kt(e),s=l.indexOf("."),b?(i=2,t==16?r=r*4-3:t==8&&(r=r*3-2)):i=t,s>=0&&(l=l.replace(".",""),f=new h(1),f.e=l.length-s,f.d=zo(Kt(f),10,i),f.e=f.d.length),p=zo(l,10,i),o=u=p.length;p[--u]==0;)p.pop();if(!p[0])l=b?"0p+0":"0";else{if(s<0?o--:(e=new h(e),e.d=p,e.e=o,e=Te(e,f,r,n,0,i),p=e.d,o=e.e,c=wg),s=p[r],a=i/2,c=c||p[r+1]!==void 0,c=n<4?(s!==void 0||c)&&(n===0||n===(e.s<0?3:2)):s>a||s===a&&(n===4||c||n===6&&p[r-1]&1||n===(e.s<0?8:7)),p.length=r,c)for(;++p[--r]>i-1;)p[r]=0,r||(++o,p.unshift(1));for(u=p.length;!p[u-1];--u);for(s=0,l="";s<u;s++)l+=Tc.charAt(p[s]);if(b){if(u>1)if(t==16||t==8){for(s=t==16?4:3,--u;u%s;u++)l+="0";for(p=zo(l,i,t),u=p.length;!p[u-1];--u);for(s=1,l="1.";s<u;s++)l+=Tc.charAt(p[s])}else l=l.charAt(0)+"."+l.slice(1);l=l+(o<0?"p":"p+")+o}else if(o<0){for(;++o;)l="0"+l;l="0."+l}else if(++o>u)for(o-=u;o--;)l+="0";else o<u&&(l=l.slice(0,o)+"."+l.slice(o))}l=(t==16?"0x":t==2?"0b":t==8?"0o":"")+l}return e.s<0?"-"+l:l}function yg(e,t){if(e.length>t)return e.length=t,!0}function dw(e){return new this(e).abs()}function pw(e){return new this(e).acos()}function fw(e){return new this(e).acosh()}function mw(e,t){return new this(e).plus(t)}function hw(e){return new this(e).asin()}function gw(e){return new this(e).asinh()}function bw(e){return new this(e).atan()}function yw(e){return new this(e).atanh()}function vw(e,t){e=new this(e),t=new this(t);var r,n=this.precision,i=this.rounding,o=n+4;return!e.s||!t.s?r=new this(NaN):!e.d&&!t.d?(r=Gt(this,o,1).times(t.s>0?.25:.75),r.s=e.s):!t.d||e.isZero()?(r=t.s<0?Gt(this,n,i):new this(0),r.s=e.s):!e.d||t.isZero()?(r=Gt(this,o,1).times(.5),r.s=e.s):t.s<0?(this.precision=o,this.rounding=1,r=this.atan(Te(e,t,o,1)),t=Gt(this,o,1),this.precision=n,this.rounding=i,r=e.s<0?r.minus(t):r.plus(t)):r=this.atan(Te(e,t,o,1)),r}function ww(e){return new this(e).cbrt()}function xw(e){return Q(e=new this(e),e.e+1,2)}function kw(e,t,r){return new this(e).clamp(t,r)}function $w(e){if(!e||typeof e!="object")throw Error(Zo+"Object expected");var t,r,n,i=e.defaults===!0,o=["precision",1,gr,"rounding",0,8,"toExpNeg",-ln,0,"toExpPos",0,ln,"maxE",0,ln,"minE",-ln,0,"modulo",0,9];for(t=0;t<o.length;t+=3)if(r=o[t],i&&(this[r]=Oc[r]),(n=e[r])!==void 0)if(Xe(n)===n&&n>=o[t+1]&&n<=o[t+2])this[r]=n;else throw Error(hr+r+": "+n);if(r="crypto",i&&(this[r]=Oc[r]),(n=e[r])!==void 0)if(n===!0||n===!1||n===0||n===1)if(n)if(typeof crypto<"u"&&crypto&&(crypto.getRandomValues||crypto.randomBytes))this[r]=!0;else throw Error(kg);else this[r]=!1;else throw Error(hr+r+": "+n);return this}function _w(e){return new this(e).cos()}function Aw(e){return new this(e).cosh()}function Ig(e){var t,r,n;function i(o){var s,a,u,c=this;if(!(c instanceof i))return new i(o);if(c.constructor=i,vg(o)){c.s=o.s,le?!o.d||o.e>i.maxE?(c.e=NaN,c.d=null):o.e<i.minE?(c.e=0,c.d=[0]):(c.e=o.e,c.d=o.d.slice()):(c.e=o.e,c.d=o.d?o.d.slice():o.d);return}if(u=typeof o,u==="number"){if(o===0){c.s=1/o<0?-1:1,c.e=0,c.d=[0];return}if(o<0?(o=-o,c.s=-1):c.s=1,o===~~o&&o<1e7){for(s=0,a=o;a>=10;a/=10)s++;le?s>i.maxE?(c.e=NaN,c.d=null):s<i.minE?(c.e=0,c.d=[0]):(c.e=s,c.d=[o]):(c.e=s,c.d=[o]);return}if(o*0!==0){o||(c.s=NaN),c.e=NaN,c.d=null;return}return Mo(c,o.toString())}if(u==="string")return(a=o.charCodeAt(0))===45?(o=o.slice(1),c.s=-1):(a===43&&(o=o.slice(1)),c.s=1),_g.test(o)?Mo(c,o):uw(c,o);if(u==="bigint")return o<0?(o=-o,c.s=-1):c.s=1,Mo(c,o.toString());throw Error(hr+o)}if(i.prototype=N,i.ROUND_UP=0,i.ROUND_DOWN=1,i.ROUND_CEIL=2,i.ROUND_FLOOR=3,i.ROUND_HALF_UP=4,i.ROUND_HALF_DOWN=5,i.ROUND_HALF_EVEN=6,i.ROUND_HALF_CEIL=7,i.ROUND_HALF_FLOOR=8,i.EUCLID=9,i.config=i.set=$w,i.clone=Ig,i.isDecimal=vg,i.abs=dw,i.acos=pw,i.acosh=fw,i.add=mw,i.asin=hw,i.asinh=gw,i.atan=bw,i.atanh=yw,i.atan2=vw,i.cbrt=ww,i.ceil=xw,i.clamp=kw,i.cos=_w,i.cosh=Aw,i.div=Sw,i.exp=Pw,i.floor=Rw,i.hypot=Ew,i.ln=Iw,i.log=Tw,i.log10=Cw,i.log2=Ow,i.max=Dw,i.min=Nw,i.mod=Fw,i.mul=Lw,i.pow=zw,i.random=Mw,i.round=Uw,i.sign=qw,i.sin=Bw,i.sinh=Zw,i.sqrt=jw,i.sub=Vw,i.sum=Gw,i.tan=Kw,i.tanh=Hw,i.trunc=Ww,e===void 0&&(e={}),e&&e.defaults!==!0)for(n=["precision","rounding","toExpNeg","toExpPos","maxE","minE","modulo","crypto"],t=0;t<n.length;)e.hasOwnProperty(r=n[t++])||(e[r]=this[r]);return i.config(e),i}function Sw(e,t){return new this(e).div(t)}function Pw(e){return new this(e).exp()}function Rw(e){return Q(e=new this(e),e.e+1,3)}function Ew(){var e,t,r=new this(0);for(le=!1,e=0;e<arguments.length;)if(t=new this(arguments[e++]),t.d)r.d&&(r=r.plus(t.times(t)));else{if(t.s)return le=!0,new this(1/0);r=t}return le=!0,r.sqrt()}function vg(e){return e instanceof wi||e&&e.toStringTag===$g||!1}function Iw(e){return new this(e).ln()}function Tw(e,t){return new this(e).log(t)}function Ow(e){return new this(e).log(2)}function Cw(e){return new this(e).log(10)}function Dw(){return Pg(this,arguments,-1)}function Nw(){return Pg(this,arguments,1)}function Fw(e,t){return new this(e).mod(t)}function Lw(e,t){return new this(e).mul(t)}function zw(e,t){return new this(e).pow(t)}function Mw(e){var t,r,n,i,o=0,s=new this(1),a=[];if(e===void 0?e=this.precision:pt(e,1,gr),n=Math.ceil(e/ne),this.crypto)if(crypto.getRandomValues)for(t=crypto.getRandomValues(new Uint32Array(n));o<n;)i=t[o],i>=429e7?t[o]=crypto.getRandomValues(new Uint32Array(1))[0]:a[o++]=i%1e7;else if(crypto.randomBytes){for(t=crypto.randomBytes(n*=4);o<n;)i=t[o]+(t[o+1]<<8)+(t[o+2]<<16)+((t[o+3]&127)<<24),i>=214e7?crypto.randomBytes(4).copy(t,o):(a.push(i%1e7),o+=4);o=n/4}else throw Error(kg);else for(;o<n;)a[o++]=Math.random()*1e7|0;for(n=a[--o],e%=ne,n&&e&&(i=Be(10,ne-e),a[o]=(n/i|0)*i);a[o]===0;o--)a.pop();if(o<0)r=0,a=[0];else{for(r=-1;a[0]===0;r-=ne)a.shift();for(n=1,i=a[0];i>=10;i/=10)n++;n<ne&&(r-=ne-n)}return s.e=r,s.d=a,s}function Uw(e){return Q(e=new this(e),e.e+1,this.rounding)}function qw(e){return e=new this(e),e.d?e.d[0]?e.s:0*e.s:e.s||NaN}function Bw(e){return new this(e).sin()}function Zw(e){return new this(e).sinh()}function jw(e){return new this(e).sqrt()}function Vw(e,t){return new this(e).sub(t)}function Gw(){var e=0,t=arguments,r=new this(t[e]);for(le=!1;r.s&&++e<t.length;)r=r.plus(t[e]);return le=!0,Q(r,this.precision,this.rounding)}function Kw(e){return new this(e).tan()}function Hw(e){return new this(e).tanh()}function Ww(e){return Q(e=new this(e),e.e+1,1)}N[Symbol.for("nodejs.util.inspect.custom")]=N.toString;N[Symbol.toStringTag]="Decimal";var wi=N.constructor=Ig(Oc);Uo=new wi(Uo);qo=new wi(qo);var Go=wi;var se=Go,Fc=100,Xw=40,ft=se.clone({precision:Fc,rounding:se.ROUND_HALF_UP,toExpNeg:-40,toExpPos:40}),Jw=ft.clone({precision:Xw}),Yw=ft.clone({precision:1e9}),nt=new ft(0),Ht=new ft(1),Qw=new ft("0.01");function ae(e){return new ft(e)}function pn(e){return e.toFixed()}function Je(e){let t,r;for(let n of e)t===void 0?t=n:r=(r??new Yw(t)).plus(n);return r?new ft(r):t===void 0?nt:t.constructor===ft?t:new ft(t)}function zt(e,t){return new ft(new Jw(e).dividedBy(t))}function mt(e,t){return t===Ht&&e.precision()<=Fc?e:e===Ht&&t.precision()<=Fc?t:e.times(t)}function Ne(e,t={}){let r=e.isNegative()&&!e.isZero(),n=e.abs(),i;return!n.isZero()&&n.lessThan(Qw)?i=n.toSignificantDigits(2,se.ROUND_HALF_UP).toFixed():i=Lc(n.toFixed(2,se.ROUND_HALF_UP)),`${r?"-":t.sign?"+":""}$${i}`}function zc(e,t={}){let r=e.isNegative()&&!e.isZero(),n=e.abs(),i=n.isInteger()?Lc(n.toFixed(0)):Lc(n.toFixed(2,se.ROUND_HALF_UP));return`${r?"-":t.sign?"+":""}${i} credits`}function Lc(e){let t=e.startsWith("-"),r=t?e.slice(1):e,[n="0",i]=r.split("."),o=n.replace(/\B(?=(\d{3})+(?!\d))/g,",");return`${t?"-":""}${o}${i!==void 0?`.${i}`:""}`}var J=class extends Error{constructor(r,n,i,o){super(r);this.where=n;this.fix=i;this.detail=o}where;fix;detail;name="GenspendError";format(){let r=[];return this.where&&(r.push(this.where.line!==void 0?`${this.where.file}:${this.where.line}`:this.where.file),this.where.path&&r.push(this.where.path)),r.push(this.fix?`${this.message} (fix: ${this.fix})`:this.message),r.join(": ")}},Mt=class extends Error{constructor(r){super(r.map(n=>n.format()).join(`
`));this.errors=r}errors;name="GenspendErrors";format(){return this.message}};function Ko(e){if(e instanceof Mt)return e.errors;if(e instanceof J)return[e]}function Lr(e,t){let r=[],n=[];for(let i of e)try{n.push(t(i))}catch(o){let s=Ko(o);if(!s)throw o;r.push(...s)}if(r.length)throw new Mt(r);return n}function br(e,t,r=3){let n=e.toLowerCase(),i=Math.min(r,Math.max(1,Math.ceil(n.length/2))),o,s=i+1;for(let a of t){let u=ex(n,a.toLowerCase(),s-1);u<s&&(s=u,o=a)}return o}var tr=[];function ex(e,t,r){if(Math.abs(e.length-t.length)>r)return r+1;tr.length<=t.length&&(tr=new Array(t.length+1).fill(0));for(let n=0;n<=t.length;n++)tr[n]=n;for(let n=1;n<=e.length;n++){let i=tr[0];tr[0]=n;let o=n,s=e.charCodeAt(n-1);for(let a=1;a<=t.length;a++){let u=tr[a],c=Math.min(u+1,tr[a-1]+1,i+(s===t.charCodeAt(a-1)?0:1));tr[a]=c,c<o&&(o=c),i=u}if(o>r)return r+1}return tr[t.length]}function tx(e){return e&&e.__esModule&&Object.prototype.hasOwnProperty.call(e,"default")?e.default:e}var Ye={},Ho={},yr={},Tg;function xi(){if(Tg)return yr;Tg=1;function e(s){return typeof s>"u"||s===null}function t(s){return typeof s=="object"&&s!==null}function r(s){return Array.isArray(s)?s:e(s)?[]:[s]}function n(s,a){if(a){let u=Object.keys(a);for(let c=0,l=u.length;c<l;c+=1){let p=u[c];s[p]=a[p]}}return s}function i(s,a){let u="";for(let c=0;c<a;c+=1)u+=s;return u}function o(s){return s===0&&Number.NEGATIVE_INFINITY===1/s}return yr.isNothing=e,yr.isObject=t,yr.toArray=r,yr.repeat=i,yr.isNegativeZero=o,yr.extend=n,yr}var Mc,Og;function ki(){if(Og)return Mc;Og=1;function e(r,n){let i="",o=r.reason||"(unknown reason)";return r.mark?(r.mark.name&&(i+='in "'+r.mark.name+'" '),i+="("+(r.mark.line+1)+":"+(r.mark.column+1)+")",!n&&r.mark.snippet&&(i+=`

`+r.mark.snippet),o+" "+i):o}function t(r,n){Error.call(this),this.name="YAMLException",this.reason=r,this.mark=n,this.message=e(this,!1),Error.captureStackTrace?Error.captureStackTrace(this,this.constructor):this.stack=new Error().stack||""}return t.prototype=Object.create(Error.prototype),t.prototype.constructor=t,t.prototype.toString=function(n){return this.name+": "+e(this,n)},Mc=t,Mc}var Uc,Cg;function rx(){if(Cg)return Uc;Cg=1;let e=xi();function t(i,o,s,a,u){let c="",l="",p=Math.floor(u/2)-1;return a-o>p&&(c=" ... ",o=a-p+c.length),s-a>p&&(l=" ...",s=a+p-l.length),{str:c+i.slice(o,s).replace(/\t/g,"\u2192")+l,pos:a-o+c.length}}function r(i,o){return e.repeat(" ",o-i.length)+i}function n(i,o){if(o=Object.create(o||null),!i.buffer)return null;o.maxLength||(o.maxLength=79),typeof o.indent!="number"&&(o.indent=1),typeof o.linesBefore!="number"&&(o.linesBefore=3),typeof o.linesAfter!="number"&&(o.linesAfter=2);let s=/\r?\n|\r|\0/g,a=[0],u=[],c,l=-1;for(;c=s.exec(i.buffer);)u.push(c.index),a.push(c.index+c[0].length),i.position<=c.index&&l<0&&(l=a.length-2);l<0&&(l=a.length-1);let p="",f=Math.min(i.line+o.linesAfter,u.length).toString().length,h=o.maxLength-(o.indent+f+3);for(let g=1;g<=o.linesBefore&&!(l-g<0);g++){let k=t(i.buffer,a[l-g],u[l-g],i.position-(a[l]-a[l-g]),h);p=e.repeat(" ",o.indent)+r((i.line-g+1).toString(),f)+" | "+k.str+`
`+p}let b=t(i.buffer,a[l],u[l],i.position,h);p+=e.repeat(" ",o.indent)+r((i.line+1).toString(),f)+" | "+b.str+`
`,p+=e.repeat("-",o.indent+f+3+b.pos)+`^
`;for(let g=1;g<=o.linesAfter&&!(l+g>=u.length);g++){let k=t(i.buffer,a[l+g],u[l+g],i.position-(a[l]-a[l+g]),h);p+=e.repeat(" ",o.indent)+r((i.line+g+1).toString(),f)+" | "+k.str+`
`}return p.replace(/\n$/,"")}return Uc=n,Uc}var qc,Dg;function it(){if(Dg)return qc;Dg=1;let e=ki(),t=["kind","multi","resolve","construct","instanceOf","predicate","represent","representName","defaultStyle","styleAliases"],r=["scalar","sequence","mapping"];function n(o){let s={};return o!==null&&Object.keys(o).forEach(function(a){o[a].forEach(function(u){s[String(u)]=a})}),s}function i(o,s){if(s=s||{},Object.keys(s).forEach(function(a){if(t.indexOf(a)===-1)throw new e('Unknown option "'+a+'" is met in definition of "'+o+'" YAML type.')}),this.options=s,this.tag=o,this.kind=s.kind||null,this.resolve=s.resolve||function(){return!0},this.construct=s.construct||function(a){return a},this.instanceOf=s.instanceOf||null,this.predicate=s.predicate||null,this.represent=s.represent||null,this.representName=s.representName||null,this.defaultStyle=s.defaultStyle||null,this.multi=s.multi||!1,this.styleAliases=n(s.styleAliases||null),r.indexOf(this.kind)===-1)throw new e('Unknown kind "'+this.kind+'" is specified for "'+o+'" YAML type.')}return qc=i,qc}var Bc,Ng;function r0(){if(Ng)return Bc;Ng=1;let e=ki(),t=it();function r(o,s){let a=[];return o[s].forEach(function(u){let c=a.length;a.forEach(function(l,p){l.tag===u.tag&&l.kind===u.kind&&l.multi===u.multi&&(c=p)}),a[c]=u}),a}function n(){let o={scalar:{},sequence:{},mapping:{},fallback:{},multi:{scalar:[],sequence:[],mapping:[],fallback:[]}};function s(a){a.multi?(o.multi[a.kind].push(a),o.multi.fallback.push(a)):o[a.kind][a.tag]=o.fallback[a.tag]=a}for(let a=0,u=arguments.length;a<u;a+=1)arguments[a].forEach(s);return o}function i(o){return this.extend(o)}return i.prototype.extend=function(s){let a=[],u=[];if(s instanceof t)u.push(s);else if(Array.isArray(s))u=u.concat(s);else if(s&&(Array.isArray(s.implicit)||Array.isArray(s.explicit)))s.implicit&&(a=a.concat(s.implicit)),s.explicit&&(u=u.concat(s.explicit));else throw new e("Schema.extend argument should be a Type, [ Type ], or a schema definition ({ implicit: [...], explicit: [...] })");a.forEach(function(l){if(!(l instanceof t))throw new e("Specified list of YAML types (or a single Type object) contains a non-Type object.");if(l.loadKind&&l.loadKind!=="scalar")throw new e("There is a non-scalar type in the implicit list of a schema. Implicit resolving of such types is not supported.");if(l.multi)throw new e("There is a multi type in the implicit list of a schema. Multi tags can only be listed as explicit.")}),u.forEach(function(l){if(!(l instanceof t))throw new e("Specified list of YAML types (or a single Type object) contains a non-Type object.")});let c=Object.create(i.prototype);return c.implicit=(this.implicit||[]).concat(a),c.explicit=(this.explicit||[]).concat(u),c.compiledImplicit=r(c,"implicit"),c.compiledExplicit=r(c,"explicit"),c.compiledTypeMap=n(c.compiledImplicit,c.compiledExplicit),c},Bc=i,Bc}var Zc,Fg;function n0(){if(Fg)return Zc;Fg=1;let e=it();return Zc=new e("tag:yaml.org,2002:str",{kind:"scalar",construct:function(t){return t!==null?t:""}}),Zc}var jc,Lg;function i0(){if(Lg)return jc;Lg=1;let e=it();return jc=new e("tag:yaml.org,2002:seq",{kind:"sequence",construct:function(t){return t!==null?t:[]}}),jc}var Vc,zg;function o0(){if(zg)return Vc;zg=1;let e=it();return Vc=new e("tag:yaml.org,2002:map",{kind:"mapping",construct:function(t){return t!==null?t:{}}}),Vc}var Gc,Mg;function s0(){if(Mg)return Gc;Mg=1;let e=r0();return Gc=new e({explicit:[n0(),i0(),o0()]}),Gc}var Kc,Ug;function a0(){if(Ug)return Kc;Ug=1;let e=it();function t(i){if(i===null)return!0;let o=i.length;return o===1&&i==="~"||o===4&&(i==="null"||i==="Null"||i==="NULL")}function r(){return null}function n(i){return i===null}return Kc=new e("tag:yaml.org,2002:null",{kind:"scalar",resolve:t,construct:r,predicate:n,represent:{canonical:function(){return"~"},lowercase:function(){return"null"},uppercase:function(){return"NULL"},camelcase:function(){return"Null"},empty:function(){return""}},defaultStyle:"lowercase"}),Kc}var Hc,qg;function c0(){if(qg)return Hc;qg=1;let e=it();function t(i){if(i===null)return!1;let o=i.length;return o===4&&(i==="true"||i==="True"||i==="TRUE")||o===5&&(i==="false"||i==="False"||i==="FALSE")}function r(i){return i==="true"||i==="True"||i==="TRUE"}function n(i){return Object.prototype.toString.call(i)==="[object Boolean]"}return Hc=new e("tag:yaml.org,2002:bool",{kind:"scalar",resolve:t,construct:r,predicate:n,represent:{lowercase:function(i){return i?"true":"false"},uppercase:function(i){return i?"TRUE":"FALSE"},camelcase:function(i){return i?"True":"False"}},defaultStyle:"lowercase"}),Hc}var Wc,Bg;function u0(){if(Bg)return Wc;Bg=1;let e=xi(),t=it();function r(c){return c>=48&&c<=57||c>=65&&c<=70||c>=97&&c<=102}function n(c){return c>=48&&c<=55}function i(c){return c>=48&&c<=57}function o(c){if(c===null)return!1;let l=c.length,p=0,f=!1;if(!l)return!1;let h=c[p];if((h==="-"||h==="+")&&(h=c[++p]),h==="0"){if(p+1===l)return!0;if(h=c[++p],h==="b"){for(p++;p<l;p++){if(h=c[p],h!=="0"&&h!=="1")return!1;f=!0}return f&&isFinite(s(c))}if(h==="x"){for(p++;p<l;p++){if(!r(c.charCodeAt(p)))return!1;f=!0}return f&&isFinite(s(c))}if(h==="o"){for(p++;p<l;p++){if(!n(c.charCodeAt(p)))return!1;f=!0}return f&&isFinite(s(c))}}for(;p<l;p++){if(!i(c.charCodeAt(p)))return!1;f=!0}return f?isFinite(s(c)):!1}function s(c){let l=c,p=1,f=l[0];if((f==="-"||f==="+")&&(f==="-"&&(p=-1),l=l.slice(1),f=l[0]),l==="0")return 0;if(f==="0"){if(l[1]==="b")return p*parseInt(l.slice(2),2);if(l[1]==="x")return p*parseInt(l.slice(2),16);if(l[1]==="o")return p*parseInt(l.slice(2),8)}return p*parseInt(l,10)}function a(c){return s(c)}function u(c){return Object.prototype.toString.call(c)==="[object Number]"&&c%1===0&&!e.isNegativeZero(c)}return Wc=new t("tag:yaml.org,2002:int",{kind:"scalar",resolve:o,construct:a,predicate:u,represent:{binary:function(c){return c>=0?"0b"+c.toString(2):"-0b"+c.toString(2).slice(1)},octal:function(c){return c>=0?"0o"+c.toString(8):"-0o"+c.toString(8).slice(1)},decimal:function(c){return c.toString(10)},hexadecimal:function(c){return c>=0?"0x"+c.toString(16).toUpperCase():"-0x"+c.toString(16).toUpperCase().slice(1)}},defaultStyle:"decimal",styleAliases:{binary:[2,"bin"],octal:[8,"oct"],decimal:[10,"dec"],hexadecimal:[16,"hex"]}}),Wc}var Xc,Zg;function l0(){if(Zg)return Xc;Zg=1;let e=xi(),t=it(),r=new RegExp("^(?:[-+]?(?:[0-9]+)(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$"),n=new RegExp("^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");function i(c){return c===null||!r.test(c)?!1:isFinite(parseFloat(c,10))?!0:n.test(c)}function o(c){let l=c.toLowerCase(),p=l[0]==="-"?-1:1;return"+-".indexOf(l[0])>=0&&(l=l.slice(1)),l===".inf"?p===1?Number.POSITIVE_INFINITY:Number.NEGATIVE_INFINITY:l===".nan"?NaN:p*parseFloat(l,10)}let s=/^[-+]?[0-9]+e/;function a(c,l){if(isNaN(c))switch(l){case"lowercase":return".nan";case"uppercase":return".NAN";case"camelcase":return".NaN"}else if(Number.POSITIVE_INFINITY===c)switch(l){case"lowercase":return".inf";case"uppercase":return".INF";case"camelcase":return".Inf"}else if(Number.NEGATIVE_INFINITY===c)switch(l){case"lowercase":return"-.inf";case"uppercase":return"-.INF";case"camelcase":return"-.Inf"}else if(e.isNegativeZero(c))return"-0.0";let p=c.toString(10);return s.test(p)?p.replace("e",".e"):p}function u(c){return Object.prototype.toString.call(c)==="[object Number]"&&(c%1!==0||e.isNegativeZero(c))}return Xc=new t("tag:yaml.org,2002:float",{kind:"scalar",resolve:i,construct:o,predicate:u,represent:a,defaultStyle:"lowercase"}),Xc}var Jc,jg;function d0(){return jg||(jg=1,Jc=s0().extend({implicit:[a0(),c0(),u0(),l0()]})),Jc}var Yc,Vg;function p0(){return Vg||(Vg=1,Yc=d0()),Yc}var Qc,Gg;function f0(){if(Gg)return Qc;Gg=1;let e=it(),t=new RegExp("^([0-9][0-9][0-9][0-9])-([0-9][0-9])-([0-9][0-9])$"),r=new RegExp("^([0-9][0-9][0-9][0-9])-([0-9][0-9]?)-([0-9][0-9]?)(?:[Tt]|[ \\t]+)([0-9][0-9]?):([0-9][0-9]):([0-9][0-9])(?:\\.([0-9]*))?(?:[ \\t]*(Z|([-+])([0-9][0-9]?)(?::([0-9][0-9]))?))?$");function n(s){return s===null?!1:t.exec(s)!==null||r.exec(s)!==null}function i(s){let a=0,u=null,c=t.exec(s);if(c===null&&(c=r.exec(s)),c===null)throw new Error("Date resolve error");let l=+c[1],p=+c[2]-1,f=+c[3];if(!c[4])return new Date(Date.UTC(l,p,f));let h=+c[4],b=+c[5],g=+c[6];if(c[7]){for(a=c[7].slice(0,3);a.length<3;)a+="0";a=+a}if(c[9]){let v=+c[10],w=+(c[11]||0);u=(v*60+w)*6e4,c[9]==="-"&&(u=-u)}let k=new Date(Date.UTC(l,p,f,h,b,g,a));return u&&k.setTime(k.getTime()-u),k}function o(s){return s.toISOString()}return Qc=new e("tag:yaml.org,2002:timestamp",{kind:"scalar",resolve:n,construct:i,instanceOf:Date,represent:o}),Qc}var eu,Kg;function m0(){if(Kg)return eu;Kg=1;let e=it();function t(r){return r==="<<"||r===null}return eu=new e("tag:yaml.org,2002:merge",{kind:"scalar",resolve:t}),eu}var tu,Hg;function h0(){if(Hg)return tu;Hg=1;let e=it(),t=`ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=
\r`;function r(s){if(s===null)return!1;let a=0,u=s.length,c=t;for(let l=0;l<u;l++){let p=c.indexOf(s.charAt(l));if(!(p>64)){if(p<0)return!1;a+=6}}return a%8===0}function n(s){let a=s.replace(/[\r\n=]/g,""),u=a.length,c=t,l=0,p=[];for(let h=0;h<u;h++)h%4===0&&h&&(p.push(l>>16&255),p.push(l>>8&255),p.push(l&255)),l=l<<6|c.indexOf(a.charAt(h));let f=u%4*6;return f===0?(p.push(l>>16&255),p.push(l>>8&255),p.push(l&255)):f===18?(p.push(l>>10&255),p.push(l>>2&255)):f===12&&p.push(l>>4&255),new Uint8Array(p)}function i(s){let a="",u=0,c=s.length,l=t;for(let f=0;f<c;f++)f%3===0&&f&&(a+=l[u>>18&63],a+=l[u>>12&63],a+=l[u>>6&63],a+=l[u&63]),u=(u<<8)+s[f];let p=c%3;return p===0?(a+=l[u>>18&63],a+=l[u>>12&63],a+=l[u>>6&63],a+=l[u&63]):p===2?(a+=l[u>>10&63],a+=l[u>>4&63],a+=l[u<<2&63],a+=l[64]):p===1&&(a+=l[u>>2&63],a+=l[u<<4&63],a+=l[64],a+=l[64]),a}function o(s){return Object.prototype.toString.call(s)==="[object Uint8Array]"}return tu=new e("tag:yaml.org,2002:binary",{kind:"scalar",resolve:r,construct:n,predicate:o,represent:i}),tu}var ru,Wg;function g0(){if(Wg)return ru;Wg=1;let e=it(),t=Object.prototype.hasOwnProperty,r=Object.prototype.toString;function n(o){if(o===null)return!0;let s={},a=o;for(let u=0,c=a.length;u<c;u+=1){let l=a[u],p=!1;if(r.call(l)!=="[object Object]")return!1;let f;for(f in l)if(t.call(l,f))if(!p)p=!0;else return!1;if(!p||t.call(s,f))return!1;Object.defineProperty(s,f,{value:!0})}return!0}function i(o){return o!==null?o:[]}return ru=new e("tag:yaml.org,2002:omap",{kind:"sequence",resolve:n,construct:i}),ru}var nu,Xg;function b0(){if(Xg)return nu;Xg=1;let e=it(),t=Object.prototype.toString;function r(i){if(i===null)return!0;let o=i,s=new Array(o.length);for(let a=0,u=o.length;a<u;a+=1){let c=o[a];if(t.call(c)!=="[object Object]")return!1;let l=Object.keys(c);if(l.length!==1)return!1;s[a]=[l[0],c[l[0]]]}return!0}function n(i){if(i===null)return[];let o=i,s=new Array(o.length);for(let a=0,u=o.length;a<u;a+=1){let c=o[a],l=Object.keys(c);s[a]=[l[0],c[l[0]]]}return s}return nu=new e("tag:yaml.org,2002:pairs",{kind:"sequence",resolve:r,construct:n}),nu}var iu,Jg;function y0(){if(Jg)return iu;Jg=1;let e=it(),t=Object.prototype.hasOwnProperty;function r(i){if(i===null)return!0;let o=i;for(let s in o)if(t.call(o,s)&&o[s]!==null)return!1;return!0}function n(i){return i!==null?i:{}}return iu=new e("tag:yaml.org,2002:set",{kind:"mapping",resolve:r,construct:n}),iu}var ou,Yg;function au(){return Yg||(Yg=1,ou=p0().extend({implicit:[f0(),m0()],explicit:[h0(),g0(),b0(),y0()]})),ou}var Qg;function nx(){if(Qg)return Ho;Qg=1;let e=xi(),t=ki(),r=rx(),n=au(),i=Object.prototype.hasOwnProperty,o=1,s=2,a=3,u=4,c=1,l=2,p=3,f=/[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/,h=/[\x85\u2028\u2029]/,b=/[,\[\]{}]/,g=/^(?:!|!!|![0-9A-Za-z-]+!)$/,k=/^(?:!|[^,\[\]{}])(?:%[0-9a-f]{2}|[0-9a-z\-#;/?:@&=+$,_.!~*'()\[\]])*$/i;function v(d){return Object.prototype.toString.call(d)}function w(d){return d===10||d===13}function _(d){return d===9||d===32}function F(d){return d===9||d===32||d===10||d===13}function K(d){return d===44||d===91||d===93||d===123||d===125}function V(d){if(d>=48&&d<=57)return d-48;let x=d|32;return x>=97&&x<=102?x-97+10:-1}function oe(d){return d===120?2:d===117?4:d===85?8:0}function X(d){return d>=48&&d<=57?d-48:-1}function Y(d){switch(d){case 48:return"\0";case 97:return"\x07";case 98:return"\b";case 116:return"	";case 9:return"	";case 110:return`
`;case 118:return"\v";case 102:return"\f";case 114:return"\r";case 101:return"\x1B";case 32:return" ";case 34:return'"';case 47:return"/";case 92:return"\\";case 78:return"\x85";case 95:return"\xA0";case 76:return"\u2028";case 80:return"\u2029";default:return""}}function E(d){return d<=65535?String.fromCharCode(d):String.fromCharCode((d-65536>>10)+55296,(d-65536&1023)+56320)}function he(d,x,O){x==="__proto__"?Object.defineProperty(d,x,{configurable:!0,enumerable:!0,writable:!0,value:O}):d[x]=O}let ve=new Array(256),we=new Array(256);for(let d=0;d<256;d++)ve[d]=Y(d)?1:0,we[d]=Y(d);function A(d,x){this.input=d,this.filename=x.filename||null,this.schema=x.schema||n,this.onWarning=x.onWarning||null,this.legacy=x.legacy||!1,this.json=x.json||!1,this.listener=x.listener||null,this.maxDepth=typeof x.maxDepth=="number"?x.maxDepth:100,this.maxTotalMergeKeys=typeof x.maxTotalMergeKeys=="number"?x.maxTotalMergeKeys:1e4,this.implicitTypes=this.schema.compiledImplicit,this.typeMap=this.schema.compiledTypeMap,this.length=d.length,this.position=0,this.line=0,this.lineStart=0,this.lineIndent=0,this.depth=0,this.totalMergeKeys=0,this.firstTabInLine=-1,this.documents=[],this.anchorMapTransactions=[]}function S(d,x){let O={name:d.filename,buffer:d.input.slice(0,-1),position:d.position,line:d.line,column:d.position-d.lineStart};return O.snippet=r(O),new t(x,O)}function C(d,x){throw S(d,x)}function j(d,x){d.onWarning&&d.onWarning.call(null,S(d,x))}function fe(d,x,O){let D=d.anchorMapTransactions;if(D.length!==0){let I=D[D.length-1];i.call(I,x)||(I[x]={existed:i.call(d.anchorMap,x),value:d.anchorMap[x]})}d.anchorMap[x]=O}function Oe(d){d.anchorMapTransactions.push(Object.create(null))}function xe(d){let x=d.anchorMapTransactions.pop(),O=d.anchorMapTransactions;if(O.length===0)return;let D=O[O.length-1],I=Object.keys(x);for(let m=0,$=I.length;m<$;m+=1){let R=I[m];i.call(D,R)||(D[R]=x[R])}}function et(d){let x=d.anchorMapTransactions.pop(),O=Object.keys(x);for(let D=O.length-1;D>=0;D-=1){let I=x[O[D]];I.existed?d.anchorMap[O[D]]=I.value:delete d.anchorMap[O[D]]}}function lt(d){return{position:d.position,line:d.line,lineStart:d.lineStart,lineIndent:d.lineIndent,firstTabInLine:d.firstTabInLine,tag:d.tag,anchor:d.anchor,kind:d.kind,result:d.result}}function dt(d,x){d.position=x.position,d.line=x.line,d.lineStart=x.lineStart,d.lineIndent=x.lineIndent,d.firstTabInLine=x.firstTabInLine,d.tag=x.tag,d.anchor=x.anchor,d.kind=x.kind,d.result=x.result}let $t={YAML:function(x,O,D){x.version!==null&&C(x,"duplication of %YAML directive"),D.length!==1&&C(x,"YAML directive accepts exactly one argument");let I=/^([0-9]+)\.([0-9]+)$/.exec(D[0]);I===null&&C(x,"ill-formed argument of the YAML directive");let m=parseInt(I[1],10),$=parseInt(I[2],10);m!==1&&C(x,"unacceptable YAML version of the document"),x.version=D[0],x.checkLineBreaks=$<2,$!==1&&$!==2&&j(x,"unsupported YAML version of the document")},TAG:function(x,O,D){let I;D.length!==2&&C(x,"TAG directive accepts exactly two arguments");let m=D[0];I=D[1],g.test(m)||C(x,"ill-formed tag handle (first argument) of the TAG directive"),i.call(x.tagMap,m)&&C(x,'there is a previously declared suffix for "'+m+'" tag handle'),k.test(I)||C(x,"ill-formed tag prefix (second argument) of the TAG directive");try{I=decodeURIComponent(I)}catch{C(x,"tag prefix is malformed: "+I)}x.tagMap[m]=I}};function te(d,x,O,D){if(x<O){let I=d.input.slice(x,O);if(D)for(let m=0,$=I.length;m<$;m+=1){let R=I.charCodeAt(m);R===9||R>=32&&R<=1114111||C(d,"expected valid JSON character")}else f.test(I)&&C(d,"the stream contains non-printable characters");d.result+=I}}function _t(d){d.totalMergeKeys++,d.maxTotalMergeKeys!==-1&&d.totalMergeKeys>d.maxTotalMergeKeys&&C(d,"merge keys exceeded maxTotalMergeKeys ("+d.maxTotalMergeKeys+")")}function Fr(d,x,O,D){e.isObject(O)||C(d,"cannot merge mappings; the provided source object is unacceptable"),_t(d);let I=Object.keys(O);for(let m=0,$=I.length;m<$;m+=1){let R=I[m];_t(d),i.call(x,R)||(he(x,R,O[R]),D[R]=!0)}}function B(d,x,O,D,I,m,$,R,L){if(Array.isArray(I)){I=Array.prototype.slice.call(I);for(let M=0,U=I.length;M<U;M+=1)Array.isArray(I[M])&&C(d,"nested arrays are not supported inside keys"),typeof I=="object"&&v(I[M])==="[object Object]"&&(I[M]="[object Object]")}if(typeof I=="object"&&v(I)==="[object Object]"&&(I="[object Object]"),I=String(I),x===null&&(x={}),D==="tag:yaml.org,2002:merge")if(Array.isArray(m)){m.length>100&&C(d,"abnormal merge sequence size");for(let M=0,U=m.length;M<U;M+=1)Fr(d,x,m[M],O)}else Fr(d,x,m,O);else!d.json&&!i.call(O,I)&&i.call(x,I)&&(d.line=$||d.line,d.lineStart=R||d.lineStart,d.position=L||d.position,C(d,"duplicated mapping key")),he(x,I,m),delete O[I];return x}function _e(d){let x=d.input.charCodeAt(d.position);x===10?d.position++:x===13?(d.position++,d.input.charCodeAt(d.position)===10&&d.position++):C(d,"a line break is expected"),d.line+=1,d.lineStart=d.position,d.firstTabInLine=-1}function z(d,x,O){let D=0,I=d.input.charCodeAt(d.position);for(;I!==0;){for(;_(I);)I===9&&d.firstTabInLine===-1&&(d.firstTabInLine=d.position),I=d.input.charCodeAt(++d.position);if(x&&I===35)do I=d.input.charCodeAt(++d.position);while(I!==10&&I!==13&&I!==0);if(w(I))for(_e(d),I=d.input.charCodeAt(d.position),D++,d.lineIndent=0;I===32;)d.lineIndent++,I=d.input.charCodeAt(++d.position);else break}return O!==-1&&D!==0&&d.lineIndent<O&&j(d,"deficient indentation"),D}function ue(d){let x=d.position,O=d.input.charCodeAt(x);return!!((O===45||O===46)&&O===d.input.charCodeAt(x+1)&&O===d.input.charCodeAt(x+2)&&(x+=3,O=d.input.charCodeAt(x),O===0||F(O)))}function ke(d,x){x===1?d.result+=" ":x>1&&(d.result+=e.repeat(`
`,x-1))}function Ce(d,x,O){let D,I,m,$,R,L,M=d.kind,U=d.result,T=d.input.charCodeAt(d.position);if(F(T)||K(T)||T===35||T===38||T===42||T===33||T===124||T===62||T===39||T===34||T===37||T===64||T===96)return!1;if(T===63||T===45){let Z=d.input.charCodeAt(d.position+1);if(F(Z)||O&&K(Z))return!1}for(d.kind="scalar",d.result="",D=I=d.position,m=!1;T!==0;){if(T===58){let Z=d.input.charCodeAt(d.position+1);if(F(Z)||O&&K(Z))break}else if(T===35){let Z=d.input.charCodeAt(d.position-1);if(F(Z))break}else{if(d.position===d.lineStart&&ue(d)||O&&K(T))break;if(w(T))if($=d.line,R=d.lineStart,L=d.lineIndent,z(d,!1,-1),d.lineIndent>=x){m=!0,T=d.input.charCodeAt(d.position);continue}else{d.position=I,d.line=$,d.lineStart=R,d.lineIndent=L;break}}m&&(te(d,D,I,!1),ke(d,d.line-$),D=I=d.position,m=!1),_(T)||(I=d.position+1),T=d.input.charCodeAt(++d.position)}return te(d,D,I,!1),d.result?!0:(d.kind=M,d.result=U,!1)}function $e(d,x){let O,D,I=d.input.charCodeAt(d.position);if(I!==39)return!1;for(d.kind="scalar",d.result="",d.position++,O=D=d.position;(I=d.input.charCodeAt(d.position))!==0;)if(I===39)if(te(d,O,d.position,!0),I=d.input.charCodeAt(++d.position),I===39)O=d.position,d.position++,D=d.position;else return!0;else w(I)?(te(d,O,D,!0),ke(d,z(d,!1,x)),O=D=d.position):d.position===d.lineStart&&ue(d)?C(d,"unexpected end of the document within a single quoted scalar"):(d.position++,_(I)||(D=d.position));C(d,"unexpected end of the stream within a single quoted scalar")}function tt(d,x){let O,D,I,m=d.input.charCodeAt(d.position);if(m!==34)return!1;for(d.kind="scalar",d.result="",d.position++,O=D=d.position;(m=d.input.charCodeAt(d.position))!==0;){if(m===34)return te(d,O,d.position,!0),d.position++,!0;if(m===92){if(te(d,O,d.position,!0),m=d.input.charCodeAt(++d.position),w(m))z(d,!1,x);else if(m<256&&ve[m])d.result+=we[m],d.position++;else if((I=oe(m))>0){let $=I,R=0;for(;$>0;$--)m=d.input.charCodeAt(++d.position),(I=V(m))>=0?R=(R<<4)+I:C(d,"expected hexadecimal character");d.result+=E(R),d.position++}else C(d,"unknown escape sequence");O=D=d.position}else w(m)?(te(d,O,D,!0),ke(d,z(d,!1,x)),O=D=d.position):d.position===d.lineStart&&ue(d)?C(d,"unexpected end of the document within a double quoted scalar"):(d.position++,_(m)||(D=d.position))}C(d,"unexpected end of the stream within a double quoted scalar")}function Et(d,x){let O=!0,D,I,m,$=d.tag,R,L=d.anchor,M,U,T,Z,W=Object.create(null),re,ie,pe,be=d.input.charCodeAt(d.position);if(be===91)M=93,Z=!1,R=[];else if(be===123)M=125,Z=!0,R={};else return!1;for(d.anchor!==null&&fe(d,d.anchor,R),be=d.input.charCodeAt(++d.position);be!==0;){if(z(d,!0,x),be=d.input.charCodeAt(d.position),be===M)return d.position++,d.tag=$,d.anchor=L,d.kind=Z?"mapping":"sequence",d.result=R,!0;if(O?be===44&&C(d,"expected the node content, but found ','"):C(d,"missed comma between flow collection entries"),ie=re=pe=null,U=T=!1,be===63){let pr=d.input.charCodeAt(d.position+1);F(pr)&&(U=T=!0,d.position++,z(d,!0,x))}D=d.line,I=d.lineStart,m=d.position,dr(d,x,o,!1,!0),ie=d.tag,re=d.result,z(d,!0,x),be=d.input.charCodeAt(d.position),(T||d.line===D)&&be===58&&(U=!0,be=d.input.charCodeAt(++d.position),z(d,!0,x),dr(d,x,o,!1,!0),pe=d.result),Z?B(d,R,W,ie,re,pe,D,I,m):U?R.push(B(d,null,W,ie,re,pe,D,I,m)):R.push(re),z(d,!0,x),be=d.input.charCodeAt(d.position),be===44?(O=!0,be=d.input.charCodeAt(++d.position)):O=!1}C(d,"unexpected end of the stream within a flow collection")}function rt(d,x){let O,D=c,I=!1,m=!1,$=x,R=0,L=!1,M,U=d.input.charCodeAt(d.position);if(U===124)O=!1;else if(U===62)O=!0;else return!1;for(d.kind="scalar",d.result="";U!==0;)if(U=d.input.charCodeAt(++d.position),U===43||U===45)c===D?D=U===43?p:l:C(d,"repeat of a chomping mode identifier");else if((M=X(U))>=0)M===0?C(d,"bad explicit indentation width of a block scalar; it cannot be less than one"):m?C(d,"repeat of an indentation width identifier"):($=x+M-1,m=!0);else break;if(_(U)){do U=d.input.charCodeAt(++d.position);while(_(U));if(U===35)do U=d.input.charCodeAt(++d.position);while(!w(U)&&U!==0)}for(;U!==0;){for(_e(d),d.lineIndent=0,U=d.input.charCodeAt(d.position);(!m||d.lineIndent<$)&&U===32;)d.lineIndent++,U=d.input.charCodeAt(++d.position);if(!m&&d.lineIndent>$&&($=d.lineIndent),w(U)){R++;continue}if(!m&&$===0&&C(d,"missing indentation for block scalar"),d.lineIndent<$){D===p?d.result+=e.repeat(`
`,I?1+R:R):D===c&&I&&(d.result+=`
`);break}O?_(U)?(L=!0,d.result+=e.repeat(`
`,I?1+R:R)):L?(L=!1,d.result+=e.repeat(`
`,R+1)):R===0?I&&(d.result+=" "):d.result+=e.repeat(`
`,R):d.result+=e.repeat(`
`,I?1+R:R),I=!0,m=!0,R=0;let T=d.position;for(;!w(U)&&U!==0;)U=d.input.charCodeAt(++d.position);te(d,T,d.position,!1)}return!0}function Co(d,x){let O=d.tag,D=d.anchor,I=[],m=!1;if(d.firstTabInLine!==-1)return!1;d.anchor!==null&&fe(d,d.anchor,I);let $=d.input.charCodeAt(d.position);for(;$!==0&&(d.firstTabInLine!==-1&&(d.position=d.firstTabInLine,C(d,"tab characters must not be used in indentation")),$===45);){let R=d.input.charCodeAt(d.position+1);if(!F(R))break;if(m=!0,d.position++,z(d,!0,-1)&&d.lineIndent<=x){I.push(null),$=d.input.charCodeAt(d.position);continue}let L=d.line;if(dr(d,x,a,!1,!0),I.push(d.result),z(d,!0,-1),$=d.input.charCodeAt(d.position),(d.line===L||d.lineIndent>x)&&$!==0)C(d,"bad indentation of a sequence entry");else if(d.lineIndent<x)break}return m?(d.tag=O,d.anchor=D,d.kind="sequence",d.result=I,!0):!1}function Do(d,x,O){let D,I,m,$,R=d.tag,L=d.anchor,M={},U=Object.create(null),T=null,Z=null,W=null,re=!1,ie=!1;if(d.firstTabInLine!==-1)return!1;d.anchor!==null&&fe(d,d.anchor,M);let pe=d.input.charCodeAt(d.position);for(;pe!==0;){!re&&d.firstTabInLine!==-1&&(d.position=d.firstTabInLine,C(d,"tab characters must not be used in indentation"));let be=d.input.charCodeAt(d.position+1),pr=d.line;if((pe===63||pe===58)&&F(be))pe===63?(re&&(B(d,M,U,T,Z,null,I,m,$),T=Z=W=null),ie=!0,re=!0,D=!0):re?(re=!1,D=!0):C(d,"incomplete explicit mapping pair; a key node is missed; or followed by a non-tabulated empty line"),d.position+=1,pe=be;else{if(I=d.line,m=d.lineStart,$=d.position,!dr(d,O,s,!1,!0))break;if(d.line===pr){for(pe=d.input.charCodeAt(d.position);_(pe);)pe=d.input.charCodeAt(++d.position);if(pe===58)pe=d.input.charCodeAt(++d.position),F(pe)||C(d,"a whitespace character is expected after the key-value separator within a block mapping"),re&&(B(d,M,U,T,Z,null,I,m,$),T=Z=W=null),ie=!0,re=!1,D=!1,T=d.tag,Z=d.result;else if(ie)C(d,"can not read an implicit mapping pair; a colon is missed");else return d.tag=R,d.anchor=L,!0}else if(ie)C(d,"can not read a block mapping entry; a multiline key may not be an implicit key");else return d.tag=R,d.anchor=L,!0}if((d.line===pr||d.lineIndent>x)&&(re&&(I=d.line,m=d.lineStart,$=d.position),dr(d,x,u,!0,D)&&(re?Z=d.result:W=d.result),re||(B(d,M,U,T,Z,W,I,m,$),T=Z=W=null),z(d,!0,-1),pe=d.input.charCodeAt(d.position)),(d.line===pr||d.lineIndent>x)&&pe!==0)C(d,"bad indentation of a mapping entry");else if(d.lineIndent<x)break}return re&&B(d,M,U,T,Z,null,I,m,$),ie&&(d.tag=R,d.anchor=L,d.kind="mapping",d.result=M),ie}function No(d){let x=!1,O=!1,D,I,m=d.input.charCodeAt(d.position);if(m!==33)return!1;d.tag!==null&&C(d,"duplication of a tag property"),m=d.input.charCodeAt(++d.position),m===60?(x=!0,m=d.input.charCodeAt(++d.position)):m===33?(O=!0,D="!!",m=d.input.charCodeAt(++d.position)):D="!";let $=d.position;if(x){do m=d.input.charCodeAt(++d.position);while(m!==0&&m!==62);d.position<d.length?(I=d.input.slice($,d.position),m=d.input.charCodeAt(++d.position)):C(d,"unexpected end of the stream within a verbatim tag")}else{for(;m!==0&&!F(m);)m===33&&(O?C(d,"tag suffix cannot contain exclamation marks"):(D=d.input.slice($-1,d.position+1),g.test(D)||C(d,"named tag handle cannot contain such characters"),O=!0,$=d.position+1)),m=d.input.charCodeAt(++d.position);I=d.input.slice($,d.position),b.test(I)&&C(d,"tag suffix cannot contain flow indicator characters")}I&&!k.test(I)&&C(d,"tag name cannot contain such characters: "+I);try{I=decodeURIComponent(I)}catch{C(d,"tag name is malformed: "+I)}return x?d.tag=I:i.call(d.tagMap,D)?d.tag=d.tagMap[D]+I:D==="!"?d.tag="!"+I:D==="!!"?d.tag="tag:yaml.org,2002:"+I:C(d,'undeclared tag handle "'+D+'"'),!0}function Fo(d){let x=d.input.charCodeAt(d.position);if(x!==38)return!1;d.anchor!==null&&C(d,"duplication of an anchor property"),x=d.input.charCodeAt(++d.position);let O=d.position;for(;x!==0&&!F(x)&&!K(x);)x=d.input.charCodeAt(++d.position);return d.position===O&&C(d,"name of an anchor node must contain at least one character"),d.anchor=d.input.slice(O,d.position),!0}function Sc(d){let x=d.input.charCodeAt(d.position);if(x!==42)return!1;x=d.input.charCodeAt(++d.position);let O=d.position;for(;x!==0&&!F(x)&&!K(x);)x=d.input.charCodeAt(++d.position);d.position===O&&C(d,"name of an alias node must contain at least one character");let D=d.input.slice(O,d.position);return i.call(d.anchorMap,D)||C(d,'unidentified alias "'+D+'"'),d.result=d.anchorMap[D],z(d,!0,-1),!0}function Lo(d,x,O,D){let I=lt(d);return Oe(d),dt(d,x),d.tag=null,d.anchor=null,d.kind=null,d.result=null,Do(d,O,D)&&d.kind==="mapping"?(xe(d),!0):(et(d),dt(d,I),!1)}function dr(d,x,O,D,I){let m,$,R=1,L=!1,M=!1,U=null,T,Z,W;d.depth>=d.maxDepth&&C(d,"nesting exceeded maxDepth ("+d.maxDepth+")"),d.depth+=1,d.listener!==null&&d.listener("open",d),d.tag=null,d.anchor=null,d.kind=null,d.result=null;let re=m=$=u===O||a===O;if(D&&z(d,!0,-1)&&(L=!0,d.lineIndent>x?R=1:d.lineIndent===x?R=0:d.lineIndent<x&&(R=-1)),R===1)for(;;){let ie=d.input.charCodeAt(d.position),pe=lt(d);if(L&&(ie===33&&d.tag!==null||ie===38&&d.anchor!==null)||!No(d)&&!Fo(d))break;U===null&&(U=pe),z(d,!0,-1)?(L=!0,$=re,d.lineIndent>x?R=1:d.lineIndent===x?R=0:d.lineIndent<x&&(R=-1)):$=!1}if($&&($=L||I),R===1||u===O)if(o===O||s===O?Z=x:Z=x+1,W=d.position-d.lineStart,R===1)if($&&(Co(d,W)||Do(d,W,Z))||Et(d,Z))M=!0;else{let ie=d.input.charCodeAt(d.position);U!==null&&re&&!$&&ie!==124&&ie!==62&&Lo(d,U,U.position-U.lineStart,Z)||m&&rt(d,Z)||$e(d,Z)||tt(d,Z)?M=!0:Sc(d)?(M=!0,(d.tag!==null||d.anchor!==null)&&C(d,"alias node should not have any properties")):Ce(d,Z,o===O)&&(M=!0,d.tag===null&&(d.tag="?")),d.anchor!==null&&fe(d,d.anchor,d.result)}else R===0&&(M=$&&Co(d,W));if(d.tag===null)d.anchor!==null&&fe(d,d.anchor,d.result);else if(d.tag==="?"){d.result!==null&&d.kind!=="scalar"&&C(d,'unacceptable node kind for !<?> tag; it should be "scalar", not "'+d.kind+'"');for(let ie=0,pe=d.implicitTypes.length;ie<pe;ie+=1)if(T=d.implicitTypes[ie],T.resolve(d.result)){d.result=T.construct(d.result),d.tag=T.tag,d.anchor!==null&&fe(d,d.anchor,d.result);break}}else if(d.tag!=="!"){if(i.call(d.typeMap[d.kind||"fallback"],d.tag))T=d.typeMap[d.kind||"fallback"][d.tag];else{T=null;let ie=d.typeMap.multi[d.kind||"fallback"];for(let pe=0,be=ie.length;pe<be;pe+=1)if(d.tag.slice(0,ie[pe].tag.length)===ie[pe].tag){T=ie[pe];break}}T||C(d,"unknown tag !<"+d.tag+">"),d.result!==null&&T.kind!==d.kind&&C(d,"unacceptable node kind for !<"+d.tag+'> tag; it should be "'+T.kind+'", not "'+d.kind+'"'),T.resolve(d.result,d.tag)?(d.result=T.construct(d.result,d.tag),d.anchor!==null&&fe(d,d.anchor,d.result)):C(d,"cannot resolve a node with !<"+d.tag+"> explicit tag")}return d.listener!==null&&d.listener("close",d),d.depth-=1,d.tag!==null||d.anchor!==null||M}function Pc(d){let x=d.position,O=!1,D;for(d.version=null,d.checkLineBreaks=d.legacy,d.tagMap=Object.create(null),d.anchorMap=Object.create(null);(D=d.input.charCodeAt(d.position))!==0&&(z(d,!0,-1),D=d.input.charCodeAt(d.position),!(d.lineIndent>0||D!==37));){O=!0,D=d.input.charCodeAt(++d.position);let I=d.position;for(;D!==0&&!F(D);)D=d.input.charCodeAt(++d.position);let m=d.input.slice(I,d.position),$=[];for(m.length<1&&C(d,"directive name must not be less than one character in length");D!==0;){for(;_(D);)D=d.input.charCodeAt(++d.position);if(D===35){do D=d.input.charCodeAt(++d.position);while(D!==0&&!w(D));break}if(w(D))break;for(I=d.position;D!==0&&!F(D);)D=d.input.charCodeAt(++d.position);$.push(d.input.slice(I,d.position))}D!==0&&_e(d),i.call($t,m)?$t[m](d,m,$):j(d,'unknown document directive "'+m+'"')}if(z(d,!0,-1),d.lineIndent===0&&d.input.charCodeAt(d.position)===45&&d.input.charCodeAt(d.position+1)===45&&d.input.charCodeAt(d.position+2)===45?(d.position+=3,z(d,!0,-1)):O&&C(d,"directives end mark is expected"),dr(d,d.lineIndent-1,u,!1,!0),z(d,!0,-1),d.checkLineBreaks&&h.test(d.input.slice(x,d.position))&&j(d,"non-ASCII line breaks are interpreted as content"),d.documents.push(d.result),d.position===d.lineStart&&ue(d)){d.input.charCodeAt(d.position)===46&&(d.position+=3,z(d,!0,-1));return}d.position<d.length-1&&C(d,"end of the stream or a document separator is expected")}function gi(d,x){d=String(d),x=x||{},d.length!==0&&(d.charCodeAt(d.length-1)!==10&&d.charCodeAt(d.length-1)!==13&&(d+=`
`),d.charCodeAt(0)===65279&&(d=d.slice(1)));let O=new A(d,x),D=d.indexOf("\0");for(D!==-1&&(O.position=D,C(O,"null byte is not allowed in input")),O.input+="\0";O.input.charCodeAt(O.position)===32;)O.lineIndent+=1,O.position+=1;for(;O.position<O.length-1;)Pc(O);return O.documents}function Rc(d,x,O){x!==null&&typeof x=="object"&&typeof O>"u"&&(O=x,x=null);let D=gi(d,O);if(typeof x!="function")return D;for(let I=0,m=D.length;I<m;I+=1)x(D[I])}function Ec(d,x){let O=gi(d,x);if(O.length!==0){if(O.length===1)return O[0];throw new t("expected a single document in the stream, but found more")}}return Ho.loadAll=Rc,Ho.load=Ec,Ho}var su={},e0;function ix(){if(e0)return su;e0=1;let e=xi(),t=ki(),r=au(),n=Object.prototype.toString,i=Object.prototype.hasOwnProperty,o=65279,s=9,a=10,u=13,c=32,l=33,p=34,f=35,h=37,b=38,g=39,k=42,v=44,w=45,_=58,F=61,K=62,V=63,oe=64,X=91,Y=93,E=96,he=123,ve=124,we=125,A={};A[0]="\\0",A[7]="\\a",A[8]="\\b",A[9]="\\t",A[10]="\\n",A[11]="\\v",A[12]="\\f",A[13]="\\r",A[27]="\\e",A[34]='\\"',A[92]="\\\\",A[133]="\\N",A[160]="\\_",A[8232]="\\L",A[8233]="\\P";let S=["y","Y","yes","Yes","YES","on","On","ON","n","N","no","No","NO","off","Off","OFF"],C=/^[-+]?[0-9_]+(?::[0-9_]+)+(?:\.[0-9_]*)?$/;function j(m,$){if($===null)return{};let R={},L=Object.keys($);for(let M=0,U=L.length;M<U;M+=1){let T=L[M],Z=String($[T]);T.slice(0,2)==="!!"&&(T="tag:yaml.org,2002:"+T.slice(2));let W=m.compiledTypeMap.fallback[T];W&&i.call(W.styleAliases,Z)&&(Z=W.styleAliases[Z]),R[T]=Z}return R}function fe(m){let $,R,L=m.toString(16).toUpperCase();if(m<=255)$="x",R=2;else if(m<=65535)$="u",R=4;else if(m<=4294967295)$="U",R=8;else throw new t("code point within a string may not be greater than 0xFFFFFFFF");return"\\"+$+e.repeat("0",R-L.length)+L}let Oe=1,xe=2;function et(m){this.schema=m.schema||r,this.indent=Math.max(1,m.indent||2),this.noArrayIndent=m.noArrayIndent||!1,this.skipInvalid=m.skipInvalid||!1,this.flowLevel=e.isNothing(m.flowLevel)?-1:m.flowLevel,this.styleMap=j(this.schema,m.styles||null),this.sortKeys=m.sortKeys||!1,this.lineWidth=m.lineWidth||80,this.noRefs=m.noRefs||!1,this.noCompatMode=m.noCompatMode||!1,this.condenseFlow=m.condenseFlow||!1,this.quotingType=m.quotingType==='"'?xe:Oe,this.forceQuotes=m.forceQuotes||!1,this.replacer=typeof m.replacer=="function"?m.replacer:null,this.implicitTypes=this.schema.compiledImplicit,this.explicitTypes=this.schema.compiledExplicit,this.tag=null,this.result="",this.duplicates=[],this.usedDuplicates=null}function lt(m,$){let R=e.repeat(" ",$),L=0,M="",U=m.length;for(;L<U;){let T,Z=m.indexOf(`
`,L);Z===-1?(T=m.slice(L),L=U):(T=m.slice(L,Z+1),L=Z+1),T.length&&T!==`
`&&(M+=R),M+=T}return M}function dt(m,$){return`
`+e.repeat(" ",m.indent*$)}function $t(m,$){for(let R=0,L=m.implicitTypes.length;R<L;R+=1)if(m.implicitTypes[R].resolve($))return!0;return!1}function te(m){return m===c||m===s}function _t(m){return m>=32&&m<=126||m>=161&&m<=55295&&m!==8232&&m!==8233||m>=57344&&m<=65533&&m!==o||m>=65536&&m<=1114111}function Fr(m){return _t(m)&&m!==o&&m!==u&&m!==a}function B(m,$,R){let L=Fr(m),M=L&&!te(m);return(R?L:L&&m!==v&&m!==X&&m!==Y&&m!==he&&m!==we)&&m!==f&&!($===_&&!M)||Fr($)&&!te($)&&m===f||$===_&&M}function _e(m){return _t(m)&&m!==o&&!te(m)&&m!==w&&m!==V&&m!==_&&m!==v&&m!==X&&m!==Y&&m!==he&&m!==we&&m!==f&&m!==b&&m!==k&&m!==l&&m!==ve&&m!==F&&m!==K&&m!==g&&m!==p&&m!==h&&m!==oe&&m!==E}function z(m){return!te(m)&&m!==_}function ue(m,$){let R=m.charCodeAt($),L;return R>=55296&&R<=56319&&$+1<m.length&&(L=m.charCodeAt($+1),L>=56320&&L<=57343)?(R-55296)*1024+L-56320+65536:R}function ke(m){return/^\n* /.test(m)}let Ce=1,$e=2,tt=3,Et=4,rt=5;function Co(m,$,R,L,M,U,T,Z){let W,re=0,ie=null,pe=!1,be=!1,pr=L!==-1,bi=-1,yi=_e(ue(m,0))&&z(ue(m,m.length-1));if($||T)for(W=0;W<m.length;re>=65536?W+=2:W++){if(re=ue(m,W),!_t(re))return rt;yi=yi&&B(re,ie,Z),ie=re}else{for(W=0;W<m.length;re>=65536?W+=2:W++){if(re=ue(m,W),re===a)pe=!0,pr&&(be=be||W-bi-1>L&&m[bi+1]!==" ",bi=W);else if(!_t(re))return rt;yi=yi&&B(re,ie,Z),ie=re}be=be||pr&&W-bi-1>L&&m[bi+1]!==" "}return!pe&&!be?yi&&!T&&!M(m)?Ce:U===xe?rt:$e:R>9&&ke(m)?rt:T?U===xe?rt:$e:be?Et:tt}function Do(m,$,R,L,M){m.dump=(function(){if($.length===0)return m.quotingType===xe?'""':"''";if(!m.noCompatMode&&(S.indexOf($)!==-1||C.test($)))return m.quotingType===xe?'"'+$+'"':"'"+$+"'";let U=m.indent*Math.max(1,R),T=m.lineWidth===-1?-1:Math.max(Math.min(m.lineWidth,40),m.lineWidth-U),Z=L||m.flowLevel>-1&&R>=m.flowLevel;function W(re){return $t(m,re)}switch(Co($,Z,m.indent,T,W,m.quotingType,m.forceQuotes&&!L,M)){case Ce:return $;case $e:return"'"+$.replace(/'/g,"''")+"'";case tt:return"|"+No($,m.indent)+Fo(lt($,U));case Et:return">"+No($,m.indent)+Fo(lt(Sc($,T),U));case rt:return'"'+dr($)+'"';default:throw new t("impossible error: invalid scalar style")}})()}function No(m,$){let R=ke(m)?String($):"",L=m[m.length-1]===`
`,U=L&&(m[m.length-2]===`
`||m===`
`)?"+":L?"":"-";return R+U+`
`}function Fo(m){return m[m.length-1]===`
`?m.slice(0,-1):m}function Sc(m,$){let R=/(\n+)([^\n]*)/g,L=(function(){let Z=m.indexOf(`
`);return Z=Z!==-1?Z:m.length,R.lastIndex=Z,Lo(m.slice(0,Z),$)})(),M=m[0]===`
`||m[0]===" ",U,T;for(;T=R.exec(m);){let Z=T[1],W=T[2];U=W[0]===" ",L+=Z+(!M&&!U&&W!==""?`
`:"")+Lo(W,$),M=U}return L}function Lo(m,$){if(m===""||m[0]===" ")return m;let R=/ [^ ]/g,L,M=0,U,T=0,Z=0,W="";for(;L=R.exec(m);)Z=L.index,Z-M>$&&(U=T>M?T:Z,W+=`
`+m.slice(M,U),M=U+1),T=Z;return W+=`
`,m.length-M>$&&T>M?W+=m.slice(M,T)+`
`+m.slice(T+1):W+=m.slice(M),W.slice(1)}function dr(m){let $="",R=0;for(let L=0;L<m.length;R>=65536?L+=2:L++){R=ue(m,L);let M=A[R];!M&&_t(R)?($+=m[L],R>=65536&&($+=m[L+1])):$+=M||fe(R)}return $}function Pc(m,$,R){let L="",M=m.tag;for(let U=0,T=R.length;U<T;U+=1){let Z=R[U];m.replacer&&(Z=m.replacer.call(R,String(U),Z)),(x(m,$,Z,!1,!1)||typeof Z>"u"&&x(m,$,null,!1,!1))&&(L!==""&&(L+=","+(m.condenseFlow?"":" ")),L+=m.dump)}m.tag=M,m.dump="["+L+"]"}function gi(m,$,R,L){let M="",U=m.tag;for(let T=0,Z=R.length;T<Z;T+=1){let W=R[T];m.replacer&&(W=m.replacer.call(R,String(T),W)),(x(m,$+1,W,!0,!0,!1,!0)||typeof W>"u"&&x(m,$+1,null,!0,!0,!1,!0))&&((!L||M!=="")&&(M+=dt(m,$)),m.dump&&a===m.dump.charCodeAt(0)?M+="-":M+="- ",M+=m.dump)}m.tag=U,m.dump=M||"[]"}function Rc(m,$,R){let L="",M=m.tag,U=Object.keys(R);for(let T=0,Z=U.length;T<Z;T+=1){let W="";L!==""&&(W+=", "),m.condenseFlow&&(W+='"');let re=U[T],ie=R[re];m.replacer&&(ie=m.replacer.call(R,re,ie)),x(m,$,re,!1,!1)&&(m.dump.length>1024&&(W+="? "),W+=m.dump+(m.condenseFlow?'"':"")+":"+(m.condenseFlow?"":" "),x(m,$,ie,!1,!1)&&(W+=m.dump,L+=W))}m.tag=M,m.dump="{"+L+"}"}function Ec(m,$,R,L){let M="",U=m.tag,T=Object.keys(R);if(m.sortKeys===!0)T.sort();else if(typeof m.sortKeys=="function")T.sort(m.sortKeys);else if(m.sortKeys)throw new t("sortKeys must be a boolean or a function");for(let Z=0,W=T.length;Z<W;Z+=1){let re="";(!L||M!=="")&&(re+=dt(m,$));let ie=T[Z],pe=R[ie];if(m.replacer&&(pe=m.replacer.call(R,ie,pe)),!x(m,$+1,ie,!0,!0,!0))continue;let be=m.tag!==null&&m.tag!=="?"||m.dump&&m.dump.length>1024;be&&(m.dump&&a===m.dump.charCodeAt(0)?re+="?":re+="? "),re+=m.dump,be&&(re+=dt(m,$)),x(m,$+1,pe,!0,be)&&(m.dump&&a===m.dump.charCodeAt(0)?re+=":":re+=": ",re+=m.dump,M+=re)}m.tag=U,m.dump=M||"{}"}function d(m,$,R){let L=R?m.explicitTypes:m.implicitTypes;for(let M=0,U=L.length;M<U;M+=1){let T=L[M];if((T.instanceOf||T.predicate)&&(!T.instanceOf||typeof $=="object"&&$ instanceof T.instanceOf)&&(!T.predicate||T.predicate($))){if(R?T.multi&&T.representName?m.tag=T.representName($):m.tag=T.tag:m.tag="?",T.represent){let Z=m.styleMap[T.tag]||T.defaultStyle,W;if(n.call(T.represent)==="[object Function]")W=T.represent($,Z);else if(i.call(T.represent,Z))W=T.represent[Z]($,Z);else throw new t("!<"+T.tag+'> tag resolver accepts not "'+Z+'" style');m.dump=W}return!0}}return!1}function x(m,$,R,L,M,U,T){m.tag=null,m.dump=R,d(m,R,!1)||d(m,R,!0);let Z=n.call(m.dump),W=L;L&&(L=m.flowLevel<0||m.flowLevel>$);let re=Z==="[object Object]"||Z==="[object Array]",ie,pe;if(re&&(ie=m.duplicates.indexOf(R),pe=ie!==-1),(m.tag!==null&&m.tag!=="?"||pe||m.indent!==2&&$>0)&&(M=!1),pe&&m.usedDuplicates[ie])m.dump="*ref_"+ie;else{if(re&&pe&&!m.usedDuplicates[ie]&&(m.usedDuplicates[ie]=!0),Z==="[object Object]")L&&Object.keys(m.dump).length!==0?(Ec(m,$,m.dump,M),pe&&(m.dump="&ref_"+ie+m.dump)):(Rc(m,$,m.dump),pe&&(m.dump="&ref_"+ie+" "+m.dump));else if(Z==="[object Array]")L&&m.dump.length!==0?(m.noArrayIndent&&!T&&$>0?gi(m,$-1,m.dump,M):gi(m,$,m.dump,M),pe&&(m.dump="&ref_"+ie+m.dump)):(Pc(m,$,m.dump),pe&&(m.dump="&ref_"+ie+" "+m.dump));else if(Z==="[object String]")m.tag!=="?"&&Do(m,m.dump,$,U,W);else{if(Z==="[object Undefined]")return!1;if(m.skipInvalid)return!1;throw new t("unacceptable kind of an object to dump "+Z)}if(m.tag!==null&&m.tag!=="?"){let be=encodeURI(m.tag[0]==="!"?m.tag.slice(1):m.tag).replace(/!/g,"%21");m.tag[0]==="!"?be="!"+be:be.slice(0,18)==="tag:yaml.org,2002:"?be="!!"+be.slice(18):be="!<"+be+">",m.dump=be+" "+m.dump}}return!0}function O(m,$){let R=[],L=[];D(m,R,L);let M=L.length;for(let U=0;U<M;U+=1)$.duplicates.push(R[L[U]]);$.usedDuplicates=new Array(M)}function D(m,$,R){if(m!==null&&typeof m=="object"){let L=$.indexOf(m);if(L!==-1)R.indexOf(L)===-1&&R.push(L);else if($.push(m),Array.isArray(m))for(let M=0,U=m.length;M<U;M+=1)D(m[M],$,R);else{let M=Object.keys(m);for(let U=0,T=M.length;U<T;U+=1)D(m[M[U]],$,R)}}}function I(m,$){$=$||{};let R=new et($);R.noRefs||O(m,R);let L=m;return R.replacer&&(L=R.replacer.call({"":L},"",L)),x(R,0,L,!0,!0)?R.dump+`
`:""}return su.dump=I,su}var t0;function ox(){if(t0)return Ye;t0=1;let e=nx(),t=ix();function r(n,i){return function(){throw new Error("Function yaml."+n+" is removed in js-yaml 4. Use yaml."+i+" instead, which is now safe by default.")}}return Ye.Type=it(),Ye.Schema=r0(),Ye.FAILSAFE_SCHEMA=s0(),Ye.JSON_SCHEMA=d0(),Ye.CORE_SCHEMA=p0(),Ye.DEFAULT_SCHEMA=au(),Ye.load=e.load,Ye.loadAll=e.loadAll,Ye.dump=t.dump,Ye.YAMLException=ki(),Ye.types={binary:h0(),float:l0(),map:o0(),null:a0(),pairs:b0(),set:y0(),timestamp:f0(),bool:c0(),int:u0(),merge:m0(),omap:g0(),seq:i0(),str:n0()},Ye.safeLoad=r("safeLoad","load"),Ye.safeLoadAll=r("safeLoadAll","loadAll"),Ye.safeDump=r("safeDump","dump"),Ye}var sx=ox(),rr=tx(sx),{Type:ZE,Schema:jE,FAILSAFE_SCHEMA:VE,JSON_SCHEMA:GE,CORE_SCHEMA:KE,DEFAULT_SCHEMA:HE,load:WE,loadAll:XE,dump:JE,YAMLException:YE,types:QE,safeLoad:eI,safeLoadAll:tI,safeDump:rI}=rr;var $i=8*1024*1024,_i=1e5,Wo=1e4,fn=100;function v0(e,t){let r=ax(e);if(r>$i)throw new J(`file is ${r} bytes, over the ${$i}-byte limit`,{file:t},"split it into several manifests (genspend accepts globs)");if(e.includes("\0")||e.includes("\uFFFD"))throw new J("file is binary, not YAML text",{file:t},"point genspend at a UTF-8 YAML manifest");if(e.trim()===""||/^(\s*#.*\n?)*\s*$/.test(e))throw new J("file is empty",{file:t},"add `version: 1` and a `workloads:` list (see examples/genspend.yml)")}function ax(e){if(!/[^\x00-\x7f]/.test(e))return e.length;let t=0;for(let r=0;r<e.length;r++){let n=e.charCodeAt(r);n<128?t+=1:n<2048?t+=2:n>=55296&&n<=56319?(t+=4,r++):t+=3}return t}var cx=/^(?:~|null|Null|NULL)?$/,ux=/^(?:true|True|TRUE|false|False|FALSE)$/,lx=/^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$/,dx=/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/,w0=/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,px=/^-?[0-9]{1,15}$/;function fx(e){return px.test(e)?new ft(Number(e)):new ft(/^0[ox]/.test(e)?BigInt(e).toString():e.replace(/^\+/,""))}function mx(e){return/nan/i.test(e)?NaN:e.startsWith("-")?-1/0:1/0}var Xo=(e,t,r)=>new rr.Type(`tag:yaml.org,2002:${e}`,{kind:"scalar",resolve:n=>typeof n=="string"&&t.test(n),construct:r}),hx=e=>["scalar","sequence","mapping"].map(t=>new rr.Type("",{kind:t,multi:!0,resolve:(r,n)=>e(n??"")}));function x0(e,t){let r=n=>e?fx(n):Number(n.replace(/^\+/,""));return rr.FAILSAFE_SCHEMA.extend({implicit:[Xo("null",cx,()=>null),Xo("bool",ux,n=>n.toLowerCase()==="true"),Xo("int",lx,r),Xo("float",new RegExp(`${dx.source}|${w0.source}`),n=>w0.test(n)?mx(n):r(n)),new rr.Type("tag:yaml.org,2002:merge",{kind:"scalar",resolve:n=>n==="<<"})],explicit:hx(t)})}var k0=/[ \t]*\*([^\s,[\]{}]+)/y,$0=/(?:\s|#[^\n]*(?![^\n]))*:/y,gx="tag:yaml.org,2002:merge",cu=/[ \t]*/y;function A0(e,t,r={}){v0(e,t);let n=v=>({file:t,line:v}),i=[],o=new WeakMap,s=new WeakMap,a=new WeakMap,u=0,c=0,l=0,p=0,f,h=v=>{throw new J(`unsupported tag \`${v.replace(/^tag:yaml\.org,2002:/,"!!")}\``,n((f?.line??0)+1),"remove the tag: a manifest holds only text, numbers, true/false, lists and mappings")},b=v=>{let w=v.line+1;if(v.depth>fn+1)throw _0(n(w));let _=i.at(-1);if(_){for(;_.children.length>0&&_.children.at(-1).position>=v.position;)_.children.pop();_.children.length===0&&_.anchor===void 0&&(_.anchor=v.anchor)}else{if(l++>0)throw vx(v.input,p,v.position,t);if(v.version!==null&&v.version!=="1.2")throw wx(v.version,v.input,v.position,t)}k0.lastIndex=v.position;let F=k0.exec(v.input)?.[1];if(F!==void 0&&i.some(K=>K.anchor===F))throw new J(`alias \`*${F}\` is inside the value it names`,n(w),"an alias cannot repeat its own parent");if(F!==void 0&&!Object.prototype.hasOwnProperty.call(v.anchorMap,F))throw new J(`undefined alias \`*${F}\``,n(w),`define the anchor \`&${F}\` on a value before this alias, or write the value out`);i.push({line:w,position:v.position,children:[],merging:!1})},g=v=>{let w=i.pop(),_=v.result,F=v.kind==="mapping"||v.kind==="sequence",K=v.kind===null&&_!==null&&w.children.length===0,V=1;if(K){if(V=typeof _=="object"&&s.get(_)||1,u+=V,u>_i||++c>Wo)throw new J(u>_i?`aliases expand to more than ${_i.toLocaleString("en-US")} values`:`more than ${Wo.toLocaleString("en-US")} aliases`,n(w.line),"write the values out instead of nesting aliases")}else if(F){if(v.depth>fn)throw _0(n(w.line));for(let ve of w.children)V+=ve.size;s.has(_)||(s.set(_,V),o.set(_,yx(_,w.children)),r.ranges&&v.kind==="mapping"&&a.set(_,bx(w.children)))}let oe=i.at(-1);if(!oe){p=v.position;return}$0.lastIndex=v.position;let X=$0.test(v.input),Y=F&&w.children.length>0?w.children[0].line:w.line;if(X&&_!==null&&typeof _=="object"&&(Array.isArray(_)||uu(_)))throw new J("a key is a list or mapping",n(Y),"keys are plain text: remove the `?` or the brackets around the key");if(oe.merging&&(oe.merging=!1,!(uu(_)||Array.isArray(_)&&_.every(uu))))throw new J("`<<` merges a mapping or a list of mappings into this one",n(Y),"merge an anchored mapping (`<<: *defaults`), or remove the `<<` key");let E=X&&v.tag===gx;E&&(oe.merging=!0);let he={value:_,line:Y,position:w.position,size:V,key:X,merge:E};r.ranges&&v.kind==="scalar"&&(cu.lastIndex=w.position,cu.test(v.input),he.range=[cu.lastIndex,v.position]),oe.children.push(he)},k;try{k=rr.load(e,{filename:t,schema:x0(r.exactNumbers??!0,h),maxDepth:fn+2,maxTotalMergeKeys:-1,listener(v,w){f=w,v==="open"?b(f):g(f)}})}catch(v){throw v instanceof rr.YAMLException?new J(`invalid YAML: ${v.reason}`,n(v.mark.line+1),"fix the YAML syntax at that line"):v}return{value:k,lineOf(v){let w=k,_=1;for(let F of v){if(w===null||typeof w!="object")break;let K=o.get(w)?.get(Array.isArray(w)?F:String(F));if(K===void 0)break;_=K,w=w[F]}return _},rangeOf(v){let w=k;for(let _ of v.slice(0,-1)){if(w===null||typeof w!="object")return;w=w[_]}return w!==null&&typeof w=="object"?a.get(w)?.get(String(v.at(-1))):void 0}}}function bx(e){let t=new Map;return e.forEach((r,n)=>{let i=e[n+1];r.key&&i&&!i.key&&i.range&&t.set(String(r.value),i.range)}),t}function yx(e,t){let r=new Map;if(Array.isArray(e))return t.length===e.length&&t.forEach((i,o)=>r.set(o,i.line)),r;let n;for(let i of t)i.key&&(i.merge?n??=i.line:r.set(String(i.value),i.line));if(n!==void 0)for(let i of Object.keys(e))r.has(i)||r.set(i,n);return r}function uu(e){if(e===null||typeof e!="object")return!1;let t=Object.getPrototypeOf(e);return t===Object.prototype||t===null}function _0(e){return new J(`nesting too deep (more than ${fn} levels)`,e,"a manifest nests four levels: a mapping, its `workloads` list, each workload, its values")}function S0(e,t){let r=1;for(let n=e.indexOf(`
`);n!==-1&&n<t;n=e.indexOf(`
`,n+1))r++;return r}function vx(e,t,r,n){let i=/^---/m.exec(e.slice(t,r));return new J("a second YAML document starts here",{file:n,line:S0(e,i?t+i.index:r)},"keep one document per manifest: remove the `---` line and what follows, or move it to a file of its own")}function wx(e,t,r,n){let i=/^%YAML/m.exec(t.slice(0,r));return new J(`\`%YAML ${e}\` directive: genspend reads YAML 1.2 only, whose numbers and booleans differ from YAML 1.1 (\`010\`, \`yes\`)`,{file:n,line:S0(t,i?i.index:0)},"remove the `%YAML` line (and check numbers with leading zeros and yes/no values)")}var P={};Qt(P,{$brand:()=>_u,$input:()=>Xd,$output:()=>Wd,INVALID:()=>at,NEVER:()=>$u,TimePrecision:()=>cp,ZodAny:()=>Xf,ZodArray:()=>em,ZodBase64:()=>Ga,ZodBase64URL:()=>Ka,ZodBigInt:()=>Xn,ZodBigIntFormat:()=>Xa,ZodBoolean:()=>Wn,ZodCIDRv4:()=>ja,ZodCIDRv6:()=>Va,ZodCUID:()=>La,ZodCUID2:()=>za,ZodCatch:()=>xm,ZodCodec:()=>vo,ZodCompileAsyncError:()=>qt,ZodCompileUnsupportedError:()=>ye,ZodCreditCard:()=>Bf,ZodCustom:()=>wo,ZodCustomStringFormat:()=>en,ZodDate:()=>fo,ZodDefault:()=>hm,ZodDiscriminatedUnion:()=>rm,ZodE164:()=>Ha,ZodEmail:()=>Ca,ZodEmoji:()=>Na,ZodEnum:()=>Gn,ZodError:()=>C_,ZodExactOptional:()=>ec,ZodFile:()=>dm,ZodFirstPartyTypeKind:()=>Nm,ZodFunction:()=>Tm,ZodGUID:()=>Da,ZodIBAN:()=>Zf,ZodIPv4:()=>Ba,ZodIPv6:()=>Za,ZodISODate:()=>Er,ZodISODateTime:()=>Rr,ZodISODuration:()=>Tr,ZodISOTime:()=>Ir,ZodInstanceOf:()=>Dm,ZodIntersection:()=>nm,ZodIssueCode:()=>F_,ZodJWT:()=>Wa,ZodKSUID:()=>qa,ZodLazy:()=>Rm,ZodLiteral:()=>lm,ZodMAC:()=>qf,ZodMap:()=>cm,ZodNaN:()=>$m,ZodNanoID:()=>Fa,ZodNever:()=>Yf,ZodNonOptional:()=>tc,ZodNull:()=>Hf,ZodNullable:()=>mm,ZodNumber:()=>Hn,ZodNumberFormat:()=>tn,ZodObject:()=>ho,ZodOptional:()=>bo,ZodPipe:()=>yo,ZodPrefault:()=>bm,ZodPreprocess:()=>_m,ZodPromise:()=>Im,ZodReadonly:()=>Am,ZodRealError:()=>vt,ZodRecord:()=>Vn,ZodSet:()=>um,ZodString:()=>Kn,ZodStringFormat:()=>Re,ZodSuccess:()=>wm,ZodSymbol:()=>Gf,ZodTemplateLiteral:()=>Pm,ZodTransform:()=>pm,ZodTuple:()=>om,ZodType:()=>me,ZodULID:()=>Ma,ZodURL:()=>po,ZodUUID:()=>Yt,ZodUndefined:()=>Kf,ZodUnion:()=>go,ZodUnknown:()=>Jf,ZodVoid:()=>Qf,ZodXID:()=>Ua,ZodXor:()=>tm,_ZodString:()=>Oa,_default:()=>gm,_function:()=>Xb,any:()=>Pb,array:()=>mo,base64:()=>ab,base64url:()=>cb,bigint:()=>kb,boolean:()=>Vf,catch:()=>km,check:()=>Jb,cidrv4:()=>ob,cidrv6:()=>sb,clone:()=>Ae,codec:()=>Gb,coerce:()=>Lm,compile:()=>ep,config:()=>Fe,core:()=>ar,creditCard:()=>lb,cuid:()=>J1,cuid2:()=>Y1,currencyCode:()=>gb,custom:()=>Yb,date:()=>Eb,decode:()=>Df,decodeAsync:()=>Ff,deepPartial:()=>dy,describe:()=>Qb,discriminatedUnion:()=>Nb,e164:()=>ub,email:()=>q1,emoji:()=>W1,encode:()=>Cf,encodeAsync:()=>Nf,endsWith:()=>Dn,enum:()=>Ya,exactOptional:()=>fm,file:()=>Bb,flattenError:()=>Ni,float32:()=>yb,float64:()=>vb,formatError:()=>Fi,fromJSONSchema:()=>uy,function:()=>Xb,getDiscriminatedOption:()=>$d,getErrorMap:()=>z_,globalRegistry:()=>We,gt:()=>Xt,gte:()=>St,guid:()=>B1,hash:()=>bb,hex:()=>hb,hostname:()=>mb,httpUrl:()=>H1,iban:()=>db,includes:()=>On,input:()=>fy,instanceof:()=>ty,int:()=>Ia,int32:()=>wb,int64:()=>$b,intersection:()=>im,invertCodec:()=>Kb,ipv4:()=>rb,ipv6:()=>ib,iso:()=>xo,json:()=>ny,jwt:()=>pb,keyof:()=>Ib,ksuid:()=>tb,lazy:()=>Em,length:()=>Wr,literal:()=>qb,locales:()=>to,looseObject:()=>Cb,looseRecord:()=>Lb,lowercase:()=>In,lt:()=>Wt,lte:()=>At,mac:()=>nb,map:()=>zb,maxLength:()=>Hr,maxSize:()=>_r,memoizer:()=>eo,meta:()=>ey,mime:()=>Fn,minLength:()=>sr,minSize:()=>Jt,multipleOf:()=>$r,nan:()=>Vb,nanoid:()=>X1,nativeEnum:()=>Ub,negative:()=>va,never:()=>Ja,nonnegative:()=>xa,nonoptional:()=>vm,nonpositive:()=>wa,normalize:()=>Ln,null:()=>Wf,nullable:()=>lo,nullish:()=>Zb,number:()=>jf,object:()=>Tb,optional:()=>Yr,output:()=>my,overwrite:()=>Bt,parse:()=>Ef,parseAsync:()=>If,partialRecord:()=>Fb,pipe:()=>Ta,positive:()=>ya,prefault:()=>ym,preprocess:()=>iy,prettifyError:()=>Eu,promise:()=>Wb,properties:()=>Nn,property:()=>ka,readonly:()=>Sm,record:()=>am,refine:()=>Om,regex:()=>En,regexes:()=>Ot,registry:()=>Ks,safeDecode:()=>zf,safeDecodeAsync:()=>Uf,safeEncode:()=>Lf,safeEncodeAsync:()=>Mf,safeParse:()=>Tf,safeParseAsync:()=>Of,set:()=>Mb,setErrorMap:()=>L_,size:()=>Kr,slugify:()=>qn,startsWith:()=>Cn,strictObject:()=>Ob,string:()=>uo,stringFormat:()=>fb,stringbool:()=>ry,success:()=>jb,superRefine:()=>Cm,symbol:()=>Ab,templateLiteral:()=>Hb,toJSONSchema:()=>Sa,toLowerCase:()=>Mn,toUpperCase:()=>Un,toZod:()=>Ai,transform:()=>Qa,treeifyError:()=>Ru,trim:()=>zn,tuple:()=>sm,uint32:()=>xb,uint64:()=>_b,ulid:()=>Q1,undefined:()=>Sb,union:()=>Jn,unknown:()=>Jr,uppercase:()=>Tn,url:()=>K1,util:()=>H,uuid:()=>Z1,uuidv4:()=>j1,uuidv6:()=>V1,uuidv7:()=>G1,validate:()=>Li,validateAsync:()=>zi,void:()=>Rb,withParser:()=>Hs,xid:()=>eb,xor:()=>Db});var ar={};Qt(ar,{$ZodAny:()=>md,$ZodArray:()=>wd,$ZodAsyncError:()=>bt,$ZodBase64:()=>rd,$ZodBase64URL:()=>nd,$ZodBigInt:()=>Ns,$ZodBigIntFormat:()=>ld,$ZodBoolean:()=>Hi,$ZodCIDRv4:()=>ed,$ZodCIDRv6:()=>td,$ZodCUID:()=>Bl,$ZodCUID2:()=>Zl,$ZodCatch:()=>Md,$ZodCheck:()=>Ie,$ZodCheckBigIntFormat:()=>hl,$ZodCheckEndsWith:()=>Pl,$ZodCheckGreaterThan:()=>vs,$ZodCheckIncludes:()=>Al,$ZodCheckLengthEquals:()=>xl,$ZodCheckLessThan:()=>ys,$ZodCheckLowerCase:()=>$l,$ZodCheckMaxLength:()=>vl,$ZodCheckMaxSize:()=>gl,$ZodCheckMimeType:()=>Il,$ZodCheckMinLength:()=>wl,$ZodCheckMinSize:()=>bl,$ZodCheckMultipleOf:()=>fl,$ZodCheckNumberFormat:()=>ml,$ZodCheckOverwrite:()=>Tl,$ZodCheckProperties:()=>El,$ZodCheckProperty:()=>Rl,$ZodCheckRegex:()=>kl,$ZodCheckSizeEquals:()=>yl,$ZodCheckStartsWith:()=>Sl,$ZodCheckStringFormat:()=>An,$ZodCheckUpperCase:()=>_l,$ZodCodec:()=>Xi,$ZodCreditCard:()=>od,$ZodCustom:()=>Gd,$ZodCustomStringFormat:()=>cd,$ZodCyclicError:()=>Bs,$ZodDate:()=>yd,$ZodDefault:()=>Nd,$ZodDiscriminatedUnion:()=>_d,$ZodE164:()=>id,$ZodEmail:()=>Fl,$ZodEmoji:()=>Ul,$ZodEncodeError:()=>xr,$ZodEnum:()=>Ed,$ZodError:()=>Pu,$ZodExactOptional:()=>Cd,$ZodFile:()=>Td,$ZodFunction:()=>jd,$ZodGUID:()=>Dl,$ZodIBAN:()=>sd,$ZodIPv4:()=>Jl,$ZodIPv6:()=>Yl,$ZodISODate:()=>Hl,$ZodISODateTime:()=>Kl,$ZodISODuration:()=>Xl,$ZodISOTime:()=>Wl,$ZodIntersection:()=>Ad,$ZodJWT:()=>ad,$ZodKSUID:()=>Gl,$ZodLazy:()=>Ji,$ZodLiteral:()=>Id,$ZodMAC:()=>Ql,$ZodMap:()=>Pd,$ZodNaN:()=>Ud,$ZodNanoID:()=>ql,$ZodNever:()=>gd,$ZodNonOptional:()=>Ld,$ZodNull:()=>fd,$ZodNullable:()=>Dd,$ZodNumber:()=>Ds,$ZodNumberFormat:()=>ud,$ZodObject:()=>a1,$ZodObjectJIT:()=>xd,$ZodOptional:()=>Ls,$ZodPipe:()=>zs,$ZodPrefault:()=>Fd,$ZodPreprocess:()=>qd,$ZodPromise:()=>Vd,$ZodReadonly:()=>Bd,$ZodRealError:()=>yt,$ZodRecord:()=>Sd,$ZodRegistry:()=>Gs,$ZodSet:()=>Rd,$ZodString:()=>Zr,$ZodStringFormat:()=>Se,$ZodSuccess:()=>zd,$ZodSymbol:()=>dd,$ZodTemplateLiteral:()=>Zd,$ZodTransform:()=>Od,$ZodTuple:()=>Fs,$ZodType:()=>de,$ZodULID:()=>jl,$ZodURL:()=>Ml,$ZodUUID:()=>Nl,$ZodUndefined:()=>pd,$ZodUnion:()=>Wi,$ZodUnknown:()=>hd,$ZodVoid:()=>bd,$ZodXID:()=>Vl,$ZodXor:()=>kd,$brand:()=>_u,$constructor:()=>y,$input:()=>Xd,$output:()=>Wd,Doc:()=>Br,INVALID:()=>at,JSONSchema:()=>z1,JSONSchemaGenerator:()=>Pa,NEVER:()=>$u,TimePrecision:()=>cp,URL_BAD_FORMAT:()=>Ll,URL_UNPARSEABLE:()=>Zi,ZodCompileAsyncError:()=>qt,ZodCompileUnsupportedError:()=>ye,_any:()=>Ap,_array:()=>Op,_base64:()=>ma,_base64url:()=>ha,_bigint:()=>yp,_boolean:()=>gp,_catch:()=>x_,_check:()=>k1,_cidrv4:()=>pa,_cidrv6:()=>fa,_coercedBigint:()=>vp,_coercedBoolean:()=>bp,_coercedDate:()=>Ip,_coercedNumber:()=>lp,_coercedString:()=>ip,_creditCard:()=>sp,_cuid:()=>oa,_cuid2:()=>sa,_custom:()=>Dp,_date:()=>Ep,_decode:()=>as,_decodeAsync:()=>us,_default:()=>y_,_discriminatedUnion:()=>s_,_e164:()=>ga,_email:()=>Js,_emoji:()=>na,_encode:()=>ss,_encodeAsync:()=>cs,_endsWith:()=>Dn,_enum:()=>p_,_file:()=>Cp,_float32:()=>pp,_float64:()=>fp,_gt:()=>Xt,_gte:()=>St,_guid:()=>Ys,_iban:()=>ap,_includes:()=>On,_int:()=>dp,_int32:()=>mp,_int64:()=>wp,_intersection:()=>a_,_ipv4:()=>la,_ipv6:()=>da,_isoDate:()=>io,_isoDateTime:()=>no,_isoDuration:()=>so,_isoTime:()=>oo,_jwt:()=>ba,_ksuid:()=>ua,_lazy:()=>A_,_length:()=>Wr,_literal:()=>m_,_lowercase:()=>In,_lt:()=>Wt,_lte:()=>At,_mac:()=>op,_map:()=>l_,_max:()=>At,_maxLength:()=>Hr,_maxSize:()=>_r,_mime:()=>Fn,_min:()=>St,_minLength:()=>sr,_minSize:()=>Jt,_multipleOf:()=>$r,_nan:()=>Tp,_nanoid:()=>ia,_nativeEnum:()=>f_,_negative:()=>va,_never:()=>Pp,_nonnegative:()=>xa,_nonoptional:()=>v_,_nonpositive:()=>wa,_normalize:()=>Ln,_null:()=>_p,_nullable:()=>b_,_number:()=>up,_optional:()=>g_,_overwrite:()=>Bt,_parse:()=>xn,_parseAsync:()=>kn,_pipe:()=>k_,_positive:()=>ya,_promise:()=>S_,_properties:()=>Nn,_property:()=>ka,_readonly:()=>$_,_record:()=>u_,_refine:()=>Np,_regex:()=>En,_safeDecode:()=>ds,_safeDecodeAsync:()=>fs,_safeEncode:()=>ls,_safeEncodeAsync:()=>ps,_safeParse:()=>$n,_safeParseAsync:()=>_n,_set:()=>d_,_size:()=>Kr,_slugify:()=>qn,_startsWith:()=>Cn,_string:()=>np,_stringFormat:()=>Xr,_stringbool:()=>Mp,_success:()=>w_,_superRefine:()=>Fp,_symbol:()=>kp,_templateLiteral:()=>__,_toLowerCase:()=>Mn,_toUpperCase:()=>Un,_transform:()=>h_,_trim:()=>zn,_tuple:()=>c_,_uint32:()=>hp,_uint64:()=>xp,_ulid:()=>aa,_undefined:()=>$p,_union:()=>i_,_unknown:()=>Sp,_uppercase:()=>Tn,_url:()=>ro,_uuid:()=>Qs,_uuidv4:()=>ea,_uuidv6:()=>ta,_uuidv7:()=>ra,_void:()=>Rp,_xid:()=>ca,_xor:()=>o_,base64Charset:()=>Es,base64urlCharset:()=>Ki,canParseURL:()=>zl,clone:()=>Ae,compile:()=>ep,compileFn:()=>Ws,config:()=>Fe,createStandardJSONSchemaMethod:()=>Bn,createToJSONSchemaMethod:()=>qp,decode:()=>dk,decodeAsync:()=>fk,describe:()=>Lp,encode:()=>lk,encodeAsync:()=>pk,extractDefs:()=>Sr,finalize:()=>Pr,flattenError:()=>Ni,formatError:()=>Fi,getDiscriminatedOption:()=>$d,globalConfig:()=>Ve,globalRegistry:()=>We,handleUnrepresentable:()=>Ze,initializeContext:()=>Ar,isBackEdge:()=>js,isRecursiveSchema:()=>Zs,isValidBase64:()=>Gi,isValidBase64URL:()=>Is,isValidCIDRv6:()=>Rs,isValidCreditCard:()=>Ts,isValidIBAN:()=>Os,isValidIPv6:()=>Vi,isValidJWT:()=>Cs,locales:()=>to,memoizer:()=>eo,mergeValues:()=>Sn,meta:()=>zp,parse:()=>is,parseAsync:()=>os,parseURLObject:()=>i1,prettifyError:()=>Eu,process:()=>Pe,processSchema:()=>Pe,regexes:()=>Ot,registry:()=>Ks,safeDecode:()=>hk,safeDecodeAsync:()=>bk,safeEncode:()=>mk,safeEncodeAsync:()=>gk,safeParse:()=>ok,safeParseAsync:()=>sk,standardProps:()=>_s,stripTabAndNewline:()=>ji,toDotPath:()=>L0,toJSONSchema:()=>Sa,toZod:()=>Ai,treeifyError:()=>Ru,urlHostnameOk:()=>Ss,urlProtocolOk:()=>Ps,util:()=>H,validate:()=>Li,validateAsync:()=>zi,validateURL:()=>As,version:()=>Ol,withParser:()=>Hs});var H={};Qt(H,{BIGINT_FORMAT_RANGES:()=>Ii,CONSTANT_CATCH:()=>rs,Class:()=>pu,NUMBER_FORMAT_RANGES:()=>Ei,aborted:()=>st,allowsEval:()=>hu,assert:()=>Ax,assertEqual:()=>xx,assertIs:()=>$x,assertNever:()=>_x,assertNotEqual:()=>kx,assignProp:()=>He,attachSchema:()=>Ti,base64ToUint8Array:()=>T0,base64urlToUint8Array:()=>jx,cached:()=>bn,captureStackTrace:()=>Qo,cleanEnum:()=>Zx,cleanRegex:()=>ir,clone:()=>Ae,cloneDef:()=>Rx,codePointLength:()=>Ur,constantCatch:()=>xu,createTransparentProxy:()=>Dx,defineLazy:()=>fu,defineLazyInternal:()=>ge,derived:()=>Hx,esc:()=>ot,escapeRegex:()=>Tt,explicitlyAborted:()=>yu,extend:()=>Lx,finalizeIssue:()=>gt,floatSafeRemainder:()=>Si,getElementAtPath:()=>Ex,getEnumValues:()=>hn,getLengthableOrigin:()=>Ci,getParsedType:()=>Cx,getSizableOrigin:()=>Oi,hexToUint8Array:()=>Gx,hide:()=>Di,installLazyProp:()=>Yx,isObject:()=>Mr,isPlainObject:()=>It,issue:()=>wn,joinValues:()=>Jo,jsonStringifyReplacer:()=>gn,members:()=>wu,merge:()=>Mx,mergeDefs:()=>Ut,normalizeParams:()=>q,nullish:()=>Yo,numKeys:()=>Ox,objectClone:()=>Sx,omit:()=>Fx,optionalKeys:()=>bu,own:()=>wr,parsedType:()=>vu,partial:()=>Ux,pick:()=>Nx,prefixIssues:()=>ht,primitiveTypes:()=>gu,promiseAllObject:()=>Ix,propertyKeyTypes:()=>Ri,randomString:()=>Tx,rawShape:()=>yn,required:()=>qx,safeExtend:()=>zx,shallowClone:()=>Pi,sizeCaps:()=>vn,slugify:()=>mu,stringifyPrimitive:()=>es,toZod:()=>Ai,uint8ArrayToBase64:()=>O0,uint8ArrayToBase64url:()=>Vx,uint8ArrayToHex:()=>Kx,unwrapMessage:()=>mn});function xx(e){return e}function kx(e){return e}function Ai(){return e=>e}function $x(e){}function _x(e){throw new Error("Unexpected value in exhaustive check")}function Ax(e){}function hn(e){let t=Object.values(e).filter(n=>typeof n=="number");return Object.entries(e).filter(([n,i])=>t.indexOf(+n)===-1).map(([n,i])=>i)}function Jo(e,t="|"){return e.map(r=>es(r)).join(t)}function gn(e,t){return typeof t=="bigint"?t.toString():t}var du=class{constructor(t){this._getter=t,this._value=void 0}get value(){let t=this._getter;return t!==void 0&&(this._value=t(),this._getter=void 0),this._value}};function bn(e){return new du(e)}function Yo(e){return e==null}function ir(e){let t=e.startsWith("^")?1:0,r=e.endsWith("$")?e.length-1:e.length;return e.slice(t,r)}function Si(e,t){let r=e/t,n=Math.round(r),i=4*Number.EPSILON*Math.max(Math.abs(r),1);return Math.abs(r-n)<i?0:r-n}var P0=Symbol("evaluating");function fu(e,t,r){let n;Object.defineProperty(e,t,{get(){if(n!==P0)return n===void 0&&(n=P0,n=r()),n},set(i){Object.defineProperty(e,t,{value:i})},configurable:!0})}function Sx(e){return Object.create(Object.getPrototypeOf(e),Object.getOwnPropertyDescriptors(e))}function He(e,t,r){Object.defineProperty(e,t,{value:r,writable:!0,enumerable:!0,configurable:!0})}function yn(e){let t=Object.getOwnPropertyDescriptor(e,"shape");return t?.get?t.get.raw:t?.value}function nr(e){return yn(e._zod.def)??e._zod.def.shape}function R0(e,t,r){Object.defineProperty(e,t,{get(){let n=r();return He(this,t,n),n},enumerable:!0,configurable:!0})}function E0(e,t,r){t in e?He(e,t,r):e[t]=r}function zr(e,t,r,n){let i=nr(t);for(let o of r){let s=Object.getOwnPropertyDescriptor(i,o);s.enumerable&&(s.get?R0(e,o,()=>{let a=t._zod.def.shape[o];return n?n(a,o):a}):E0(e,o,n?n(s.value,o):s.value))}}function Px(e,t){for(let r of Reflect.ownKeys(t)){let n=Object.getOwnPropertyDescriptor(t,r);n.enumerable&&(n.get?R0(e,r,()=>t[r]):E0(e,r,n.value))}}function Ut(...e){let t={};for(let r of e){let n=Object.getOwnPropertyDescriptors(r);Object.assign(t,n)}return Object.defineProperties({},t)}function Rx(e){return Ut(e._zod.def)}function Ex(e,t){return t?t.reduce((r,n)=>r?.[n],e):e}function Ix(e){let t=Object.keys(e),r=t.map(n=>e[n]);return Promise.all(r).then(n=>{let i={};for(let o=0;o<t.length;o++)i[t[o]]=n[o];return i})}function Tx(e=10){let t="abcdefghijklmnopqrstuvwxyz",r="";for(let n=0;n<e;n++)r+=t[Math.floor(Math.random()*t.length)];return r}function ot(e){return JSON.stringify(e)}function mu(e){return e.toLowerCase().trim().replace(/[^\w\s-]/g,"").replace(/[\s_-]+/g,"-").replace(/^-+|-+$/g,"")}var Qo="captureStackTrace"in Error?Error.captureStackTrace:(...e)=>{};function Mr(e){return typeof e=="object"&&e!==null&&!Array.isArray(e)}var hu=bn(()=>{if(Ve.jitless||typeof navigator<"u"&&navigator?.userAgent?.includes("Cloudflare"))return!1;try{let e=Function;return new e(""),!0}catch{return!1}});function It(e){if(Mr(e)===!1)return!1;let t=e.constructor;if(t===void 0||typeof t!="function")return!0;let r=t.prototype;return!(Mr(r)===!1||Object.prototype.hasOwnProperty.call(r,"isPrototypeOf")===!1)}function Pi(e){return It(e)?{...e}:Array.isArray(e)?[...e]:e instanceof Map?new Map(e):e instanceof Set?new Set(e):e}function Ox(e){let t=0;for(let r in e)Object.prototype.hasOwnProperty.call(e,r)&&t++;return t}var Cx=e=>{let t=typeof e;switch(t){case"undefined":return"undefined";case"string":return"string";case"number":return Number.isNaN(e)?"nan":"number";case"boolean":return"boolean";case"function":return"function";case"bigint":return"bigint";case"symbol":return"symbol";case"object":return Array.isArray(e)?"array":e===null?"null":e.then&&typeof e.then=="function"&&e.catch&&typeof e.catch=="function"?"promise":typeof Map<"u"&&e instanceof Map?"map":typeof Set<"u"&&e instanceof Set?"set":typeof Date<"u"&&e instanceof Date?"date":typeof File<"u"&&e instanceof File?"file":"object";default:throw new Error(`Unknown data type: ${t}`)}},Ri=new Set(["string","number","symbol"]),gu=new Set(["string","number","bigint","boolean","symbol","undefined"]);function Tt(e){return e.replace(/[.*+?^${}()|[\]\\]/g,"\\$&")}function Ae(e,t,r){let n=new e._zod.constr(t??e._zod.def);return(!t||r?.parent)&&(n._zod.parent=e),n}function q(e){let t=e;if(!t)return{};if(typeof t=="string")return{error:()=>t};if(t?.message!==void 0){if(t?.error!==void 0)throw new Error("Cannot specify both `message` and `error` params");t.error=t.message}return delete t.message,typeof t.error=="string"?{...t,error:()=>t.error}:t}function Dx(e){let t;return new Proxy({},{get(r,n,i){return t??(t=e()),Reflect.get(t,n,i)},set(r,n,i,o){return t??(t=e()),Reflect.set(t,n,i,o)},has(r,n){return t??(t=e()),Reflect.has(t,n)},deleteProperty(r,n){return t??(t=e()),Reflect.deleteProperty(t,n)},ownKeys(r){return t??(t=e()),Reflect.ownKeys(t)},getOwnPropertyDescriptor(r,n){return t??(t=e()),Reflect.getOwnPropertyDescriptor(t,n)},defineProperty(r,n,i){return t??(t=e()),Reflect.defineProperty(t,n,i)}})}function es(e){return typeof e=="bigint"?e.toString()+"n":typeof e=="string"?`"${e}"`:`${e}`}function bu(e){return Object.keys(e).filter(t=>e[t]._zod.optin!==void 0&&e[t]._zod.optout==="optional")}var Ei={safeint:[Number.MIN_SAFE_INTEGER,Number.MAX_SAFE_INTEGER],int32:[-2147483648,2147483647],uint32:[0,4294967295],float32:[-34028234663852886e22,34028234663852886e22],float64:[-Number.MAX_VALUE,Number.MAX_VALUE]},Ii={int64:[BigInt("-9223372036854775808"),BigInt("9223372036854775807")],uint64:[BigInt(0),BigInt("18446744073709551615")]};function Nx(e,t){let r=e._zod.def,n=r.checks;if(n&&n.length>0)throw new Error(".pick() cannot be used on object schemas containing refinements");let o={};return zr(o,e,ts(e,t)),Ae(e,Ut(r,{shape:o,checks:[]}))}function ts(e,t){let r=nr(e),n=[];for(let i of Reflect.ownKeys(t)){if(!Object.getOwnPropertyDescriptor(r,i)?.enumerable)throw new Error(`Unrecognized key: "${String(i)}"`);t[i]&&n.push(i)}return n}function Fx(e,t){let r=e._zod.def,n=r.checks;if(n&&n.length>0)throw new Error(".omit() cannot be used on object schemas containing refinements");let o=new Set(ts(e,t)),s={};return zr(s,e,Reflect.ownKeys(nr(e)).filter(a=>!o.has(a))),Ae(e,Ut(r,{shape:s,checks:[]}))}function Lx(e,t){if(!It(t))throw new Error("Invalid input to extend: expected a plain object");let r=e._zod.def.checks;if(r&&r.length>0){let i=nr(e);for(let o of Reflect.ownKeys(t))if(Object.getOwnPropertyDescriptor(i,o)!==void 0)throw new Error("Cannot overwrite keys on object schemas containing refinements. Use `.safeExtend()` instead.")}return Ae(e,Ut(e._zod.def,{shape:I0(e,t)}))}function I0(e,t){let r={};return zr(r,e,Reflect.ownKeys(nr(e))),Px(r,t),r}function zx(e,t){if(!It(t))throw new Error("Invalid input to safeExtend: expected a plain object");return Ae(e,Ut(e._zod.def,{shape:I0(e,t)}))}function Mx(e,t){if(!t?._zod?.def)throw new Error("Invalid input to merge: expected an object schema. To merge a plain shape, use `.extend()`.");if(e._zod.def.checks?.length)throw new Error(".merge() cannot be used on object schemas containing refinements. Use .safeExtend() instead.");let r={};zr(r,e,Reflect.ownKeys(nr(e))),zr(r,t,Reflect.ownKeys(nr(t)));let n=Ut(e._zod.def,{shape:r,get catchall(){return t._zod.def.catchall},checks:t._zod.def.checks??[]});return Ae(e,n)}function Ux(e,t,r,n="partial"){let o=t._zod.def.checks;if(o&&o.length>0)throw new Error(`.${n}() cannot be used on object schemas containing refinements`);let a=r?new Set(ts(t,r)):void 0,u={};return zr(u,t,Reflect.ownKeys(nr(t)),e&&((c,l)=>a&&!a.has(l)?c:new e({type:"optional",innerType:c}))),Ae(t,Ut(t._zod.def,{shape:u,checks:[]}))}function qx(e,t,r){let n=r?new Set(ts(t,r)):void 0,i={};return zr(i,t,Reflect.ownKeys(nr(t)),(o,s)=>n&&!n.has(s)?o:new e({type:"nonoptional",innerType:o})),Ae(t,Ut(t._zod.def,{shape:i}))}function st(e,t=0){if(e.aborted===!0)return!0;for(let r=t;r<e.issues.length;r++)if(e.issues[r]?.continue!==!0)return!0;return!1}function yu(e,t=0){if(e.aborted===!0)return!0;for(let r=t;r<e.issues.length;r++)if(e.issues[r]?.continue===!1)return!0;return!1}function ht(e,t){return t.map(r=>{var n;return(n=r).path??(n.path=[]),r.path.unshift(e),r})}function mn(e){return typeof e=="string"?e:e?.message}function vn(e){let t=[];for(let r of e??[]){let n=r._zod.def;if(!/_(length|size)$|_equals$/.test(n.check))break;let i=n.maximum??n.length??n.size;i>=0&&t.push([i,r])}return t}function Ti(e,t,r){var n;for(let i=t;i<e.length;i++)(n=e[i]).schema??(n.schema=r)}function gt(e,t,r){var n;let i=e.inst?._zod?.traits;i?.has("$ZodType")&&(i.has("$ZodCheck")?(n=e).schema??(n.schema=e.inst):e.schema=e.inst);let o=e.schema!==e.inst?e.schema?._zod.def?.error:void 0,s=e.message?e.message:mn(e.inst?._zod.def?.error?.(e))??mn(o?.(e))??mn(t?.error?.(e))??mn(r.customError?.(e))??mn(r.localeError?.(e))??"Invalid input",a={};for(let u of Object.keys(e))u==="inst"||u==="schema"||u==="continue"||u==="input"||u==="__proto__"||(a[u]=e[u]);return a.path??(a.path=[]),a.message=s,t?.reportInput&&(a.input=e.input),a}function Oi(e){return e instanceof Set?"set":e instanceof Map?"map":e instanceof File?"file":"unknown"}var Bx=/[\uD800-\uDBFF]/;function Ur(e){let t=e.length;if(!Bx.test(e))return t;let r=t;for(let n=0;n<t-1;n++)(e.charCodeAt(n)&64512)===55296&&(e.charCodeAt(n+1)&64512)===56320&&(r--,n++);return r}function Ci(e){return Array.isArray(e)?"array":typeof e=="string"?"string":"unknown"}function vu(e){let t=typeof e;switch(t){case"number":return Number.isNaN(e)?"nan":"number";case"object":{if(e===null)return"null";if(Array.isArray(e))return"array";let r=e;if(r&&Object.getPrototypeOf(r)!==Object.prototype&&"constructor"in r&&r.constructor)return r.constructor.name}}return t}function wn(...e){let[t,r,n]=e;return typeof t=="string"?{message:t,code:"custom",input:r,inst:n}:{...t}}function Zx(e){return Object.entries(e).filter(([t,r])=>Number.isNaN(Number.parseInt(t,10))).map(t=>t[1])}function T0(e){let t=atob(e),r=new Uint8Array(t.length);for(let n=0;n<t.length;n++)r[n]=t.charCodeAt(n);return r}function O0(e){let t="";for(let r=0;r<e.length;r++)t+=String.fromCharCode(e[r]);return btoa(t)}function jx(e){let t=e.replace(/-/g,"+").replace(/_/g,"/"),r="=".repeat((4-t.length%4)%4);return T0(t+r)}function Vx(e){return O0(e).replace(/\+/g,"-").replace(/\//g,"_").replace(/=/g,"")}function Gx(e){let t=e.replace(/^0x/,"");if(t.length%2!==0)throw new Error("Invalid hex string length");let r=new Uint8Array(t.length/2);for(let n=0;n<t.length;n+=2)r[n/2]=Number.parseInt(t.slice(n,n+2),16);return r}function Kx(e){return Array.from(e).map(t=>t.toString(16).padStart(2,"0")).join("")}var pu=class{constructor(...t){}};function wu(e,t){for(let r in t){let n=Object.getOwnPropertyDescriptor(t,r);n.get?Object.defineProperty(e,r,{...n,enumerable:!1}):Wx(e,r,n.value)}}function wr(e,t,r,n=!0){return Object.defineProperty(e,t,{configurable:!0,writable:!0,enumerable:n,value:r}),r}function Di(e,t,r){return wr(e,t,r,!1)}function Hx(e,t){for(let r in e){let n=e[r];Object.defineProperty(t,r,{configurable:!0,enumerable:!0,get(){return wr(this,r,n(this))},set(i){wr(this,r,i)}})}return t}function Wx(e,t,r){Object.defineProperty(e,t,{configurable:!0,get(){return this==null?r:wr(this,t,r.bind(this))},set(n){wr(this,t,n)}})}function Xx(e,t){let r=Object.getPrototypeOf(e);return t in r?void 0:r}var lu,vr=!1,Jx={configurable:!0,get(){vr=!0}};function ge(e,t,r){let n=Object.getPrototypeOf(e._zod);if(t in n&&lu!==e._zod){lu=void 0;return}lu=e._zod,Object.defineProperty(n,t,{configurable:!0,get(){Object.defineProperty(this,t,Jx);let i=vr;vr=!1;try{let o=r(this);return vr?delete this[t]:Object.defineProperty(this,t,{configurable:!0,writable:!0,value:o}),vr=vr||i,o}catch(o){throw delete this[t],vr=vr||i,o}},set(i){Object.defineProperty(this,t,{configurable:!0,writable:!0,value:i})}})}function Yx(e,t,r,n){let i=Xx(e,t);i&&Object.defineProperty(i,t,{configurable:!0,get(){let o={configurable:!0,writable:!0,enumerable:n,value:void 0};return Object.defineProperty(this,t,o),o.value=r(this),Object.defineProperty(this,t,o),o.value},set(o){Object.defineProperty(this,t,{configurable:!0,writable:!0,enumerable:n,value:o})}})}var rs="~constantCatch";function xu(e){let t=()=>e;return t[rs]=!0,t}var C0,$u=Object.freeze({status:"aborted"}),ku={value:void 0,enumerable:!1},D0="captureStackTrace"in Error?Error:null;function Qx(e){let t=D0;if(t){let r=t.stackTraceLimit;if(typeof r=="number"){try{t.stackTraceLimit=0}catch{return D0=null,new e}try{return new e}finally{t.stackTraceLimit=r}}}return new e}function y(e,t,r,n){let i={};function o(f){this.def=f,this.constr=p,this.traits=new Set}o.prototype=i;let s=r,a=s&&new WeakSet;function u(f,h){if(f._zod){if(f._zod.traits.has(e))return}else{ku.value=new o(h);try{Object.defineProperty(f,"_zod",ku)}finally{ku.value=void 0}}if(f._zod.traits.add(e),t(f,h),a){let g=Object.getPrototypeOf(f),k=f._zod.constr.prototype,v=g;for(;v&&v!==k;)v=Object.getPrototypeOf(v);let w=v??g;a.has(w)||(a.add(w),wu(w,s))}let b=p.prototype;for(let g in b)Object.prototype.hasOwnProperty.call(b,g)&&(g in f||(f[g]=b[g].bind(f)))}let c=n?.Parent??Object;class l extends c{}Object.defineProperty(l,"name",{value:e});function p(f){let h=n?.Parent?Qx(l):this;u(h,f);let b=h._zod.deferred;if(b){for(let k of b)k();h._zod.deferred=void 0}let g=globalThis.__zod_globalConfig?.postProcessor;return g&&g(h),h}return Object.defineProperty(p,"init",{value:u}),Object.defineProperty(p,Symbol.hasInstance,{value:f=>n?.Parent&&f instanceof n.Parent?!0:f?._zod?.traits?.has(e)}),Object.defineProperty(p,"name",{value:e}),p}var _u=Symbol("zod_brand"),bt=class extends Error{constructor(){super("Encountered Promise during synchronous parse. Use .parseAsync() instead.")}},xr=class extends Error{constructor(t){super(`Encountered unidirectional transform during encode: ${t}`),this.name="ZodEncodeError"}};(C0=globalThis).__zod_globalConfig??(C0.__zod_globalConfig={});var Ve=globalThis.__zod_globalConfig;function Fe(e){return e&&Object.assign(Ve,e),Ve}function ek(){let e=this._zod;return e.message??(e.message=JSON.stringify(e.def,gn,2)),e.message}function tk(e){this._zod.message=e}var rk={get:ek,set:tk,enumerable:!0,configurable:!0},Su={value:void 0,enumerable:!1},N0=new WeakSet([Object.prototype,Error.prototype]),F0=(e,t)=>{e.name="$ZodError",Su.value=t,Object.defineProperty(e,"issues",Su),Su.value=void 0,Object.defineProperty(e,"message",rk);let r=Object.getPrototypeOf(e);N0.has(r)||(N0.add(r),Object.defineProperty(r,"toString",{configurable:!0,enumerable:!1,get(){let n=()=>this.message;return Object.defineProperty(this,"toString",{value:n,configurable:!0,writable:!0}),n},set(n){Object.defineProperty(this,"toString",{value:n,configurable:!0,writable:!0})}}))},Pu=y("$ZodError",F0),yt=y("$ZodError",F0,void 0,{Parent:Error});function nk(e,t,r){return Object.prototype.hasOwnProperty.call(e,t)||(t==="__proto__"?Object.defineProperty(e,t,{value:r(),writable:!0,enumerable:!0,configurable:!0}):e[t]=r()),e[t]}function Ni(e,t=r=>r.message){let r={},n=[];for(let i of e.issues)i.path.length>0?nk(r,i.path[0],()=>[]).push(t(i)):n.push(t(i));return{formErrors:n,fieldErrors:r}}function Fi(e,t=r=>r.message){let r={_errors:[]},n=(i,o=[])=>{for(let s of i.issues)if(s.code==="invalid_union"&&s.errors.length)s.errors.map(a=>n({issues:a},[...o,...s.path]));else if(s.code==="invalid_key")n({issues:s.issues},[...o,...s.path]);else if(s.code==="invalid_element")n({issues:s.issues},[...o,...s.path]);else{let a=[...o,...s.path];if(a.length===0)r._errors.push(t(s));else{let u=r,c=0;for(;c<a.length;){let l=a[c],p=c===a.length-1;if(l==="_errors"){p&&u._errors.push(t(s)),c++;continue}Object.prototype.hasOwnProperty.call(u,l)||Object.defineProperty(u,l,{value:{_errors:[]},enumerable:!0,writable:!0,configurable:!0});let f=u[l];p&&f._errors.push(t(s)),u=f,c++}}}};return n(e),r}function Ru(e,t=r=>r.message){let r={errors:[]},n=(i,o=[])=>{var s;for(let a of i.issues)if(a.code==="invalid_union"&&a.errors.length)a.errors.map(u=>n({issues:u},[...o,...a.path]));else if(a.code==="invalid_key")n({issues:a.issues},[...o,...a.path]);else if(a.code==="invalid_element")n({issues:a.issues},[...o,...a.path]);else{let u=[...o,...a.path];if(u.length===0){r.errors.push(t(a));continue}let c=r,l=0;for(;l<u.length;){let p=u[l],f=l===u.length-1;typeof p=="string"?(c.properties??(c.properties={}),Object.prototype.hasOwnProperty.call(c.properties,p)||Object.defineProperty(c.properties,p,{value:{errors:[]},enumerable:!0,writable:!0,configurable:!0}),c=c.properties[p]):(c.items??(c.items=[]),(s=c.items)[p]??(s[p]={errors:[]}),c=c.items[p]),f&&c.errors.push(t(a)),l++}}};return n(e),r}function L0(e){let t=[],r=e.map(n=>typeof n=="object"?n.key:n);for(let n of r)typeof n=="number"?t.push(`[${n}]`):typeof n=="symbol"?t.push(`[${JSON.stringify(String(n))}]`):/[^\w$]/.test(n)?t.push(`[${JSON.stringify(n)}]`):(t.length&&t.push("."),t.push(n));return t.join("")}function Eu(e){let t=[],r=[...e.issues].sort((n,i)=>(n.path??[]).length-(i.path??[]).length);for(let n of r)t.push(`\u2716 ${n.message}`),n.path?.length&&t.push(`  \u2192 at ${L0(n.path)}`);return t.join(`
`)}function ns(e,t){return{callee:t?.callee??e,Err:t?.Err}}var xn=e=>{let t=(r,n,i,o)=>{let s=i?{...i,async:!1}:{async:!1},a=r._zod.run({value:n,issues:[]},s);if(a instanceof Promise)throw new bt;if(a.issues.length){let u=new(o?.Err??e)(a.issues.map(c=>gt(c,s,Fe())));throw Qo(u,o?.callee??t),u}return a.value};return t},is=xn(yt),kn=e=>{let t=async(r,n,i,o)=>{let s=i?{...i,async:!0}:{async:!0},a=r._zod.run({value:n,issues:[]},s);if(a instanceof Promise&&(a=await a),a.issues.length){let u=new(o?.Err??e)(a.issues.map(c=>gt(c,s,Fe())));throw Qo(u,o?.callee??t),u}return a.value};return t},os=kn(yt),$n=e=>(t,r,n)=>{let i=n?{...n,async:!1}:{async:!1},o=t._zod.run({value:r,issues:[]},i);if(o instanceof Promise)throw new bt;return o.issues.length?z0(e,o.issues,i):{success:!0,data:o.value}},ok=$n(yt);function z0(e,t,r){let n;return{success:!1,get error(){return n||(n=new e(t.map(i=>gt(i,r,Fe()))),t=void 0,r=void 0),n},set error(i){n=i,t=void 0,r=void 0}}}var _n=e=>async(t,r,n)=>{let i=n?{...n,async:!0}:{async:!0},o=t._zod.run({value:r,issues:[]},i);return o instanceof Promise&&(o=await o),o.issues.length?z0(e,o.issues,i):{success:!0,data:o.value}},sk=_n(yt),ak=Symbol.for("zod.compile.invalid"),ck=Symbol.for("zod.compile.fallback"),Li=((e,t,r)=>{let n=e._zod.bag.validator;if(n!==void 0){if(n(t)!==ak)return!0;if(n.definite===!0&&r===void 0)return!1}return uk(e,t,r)});function uk(e,t,r){let n=r?{...r,async:!1,abortEarly:!0}:{async:!1,abortEarly:!0},i=e._zod.bag.fallbackRun,o;if(i?(n[ck]=!0,o=i({value:t,issues:[]},n)):o=e._zod.run({value:t,issues:[]},n),o instanceof Promise)throw new bt;return o.issues.length===0}var zi=async(e,t,r)=>{let n=r?{...r,async:!0,abortEarly:!0}:{async:!0,abortEarly:!0},i=e._zod.run({value:t,issues:[]},n);return i instanceof Promise&&(i=await i),i.issues.length===0},ss=e=>{let t=xn(e),r=(n,i,o,s)=>{let a=o?{...o,direction:"backward"}:{direction:"backward"};return t(n,i,a,ns(r,s))};return r},lk=ss(yt),as=e=>{let t=xn(e),r=(n,i,o,s)=>t(n,i,o,ns(r,s));return r},dk=as(yt),cs=e=>{let t=kn(e),r=async(n,i,o,s)=>{let a=o?{...o,direction:"backward"}:{direction:"backward"};return await t(n,i,a,ns(r,s))};return r},pk=cs(yt),us=e=>{let t=kn(e),r=async(n,i,o,s)=>await t(n,i,o,ns(r,s));return r},fk=us(yt),ls=e=>(t,r,n)=>{let i=n?{...n,direction:"backward"}:{direction:"backward"};return $n(e)(t,r,i)},mk=ls(yt),ds=e=>(t,r,n)=>$n(e)(t,r,n),hk=ds(yt),ps=e=>async(t,r,n)=>{let i=n?{...n,direction:"backward"}:{direction:"backward"};return _n(e)(t,r,i)},gk=ps(yt),fs=e=>async(t,r,n)=>_n(e)(t,r,n),bk=fs(yt);var Ot={};Qt(Ot,{anyString:()=>rl,base64:()=>Ku,base64url:()=>Hu,bigint:()=>il,boolean:()=>ol,browserEmail:()=>Ak,cidrv4:()=>Vu,cidrv6:()=>Gu,creditCard:()=>ms,cuid:()=>Tu,cuid2:()=>Ou,currencyCode:()=>Yu,date:()=>Qu,datetime:()=>tl,domain:()=>Xu,duration:()=>zu,e164:()=>Ju,email:()=>Uu,emoji:()=>qu,extendedDuration:()=>yk,guid:()=>Mu,hex:()=>ll,hostname:()=>Wu,html5Email:()=>kk,httpProtocol:()=>Mi,iban:()=>hs,idnEmail:()=>_k,integer:()=>Ui,ipv4:()=>Bu,ipv6:()=>Zu,ksuid:()=>Nu,lowercase:()=>cl,mac:()=>ju,md5_base64:()=>Ek,md5_base64url:()=>Ik,md5_hex:()=>Rk,nanoid:()=>Fu,nanoidOfLength:()=>Lu,null:()=>sl,number:()=>or,rfc5322Email:()=>$k,sha1_base64:()=>Ok,sha1_base64url:()=>Ck,sha1_hex:()=>Tk,sha256_base64:()=>Nk,sha256_base64url:()=>Fk,sha256_hex:()=>Dk,sha384_base64:()=>zk,sha384_base64url:()=>Mk,sha384_hex:()=>Lk,sha512_base64:()=>qk,sha512_base64url:()=>Bk,sha512_hex:()=>Uk,string:()=>nl,time:()=>el,ulid:()=>Cu,undefined:()=>al,unicodeEmail:()=>M0,uppercase:()=>ul,uuid:()=>qr,uuid4:()=>vk,uuid6:()=>wk,uuid7:()=>xk,xid:()=>Du});var Tu=/^[cC][0-9a-z]{6,}$/,Ou=/^[0-9a-z]+$/,Cu=/^[0-7][0-9A-HJKMNP-TV-Za-hjkmnp-tv-z]{25}$/,Du=/^[0-9a-vA-V]{20}$/,Nu=/^[A-Za-z0-9]{27}$/,Fu=/^[a-zA-Z0-9_-]{21}$/;function Lu(e){return new RegExp(`^[a-zA-Z0-9_-]{${e}}$`)}var zu=/^P(?:(\d+W)|(?!.*W)(?=\d|T\d)(\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+([.,]\d+)?S)?)?)$/,yk=/^[-+]?P(?!$)(?:(?:[-+]?\d+Y)|(?:[-+]?\d+[.,]\d+Y$))?(?:(?:[-+]?\d+M)|(?:[-+]?\d+[.,]\d+M$))?(?:(?:[-+]?\d+W)|(?:[-+]?\d+[.,]\d+W$))?(?:(?:[-+]?\d+D)|(?:[-+]?\d+[.,]\d+D$))?(?:T(?=[\d+-])(?:(?:[-+]?\d+H)|(?:[-+]?\d+[.,]\d+H$))?(?:(?:[-+]?\d+M)|(?:[-+]?\d+[.,]\d+M$))?(?:[-+]?\d+(?:[.,]\d+)?S)?)??$/,Mu=/^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$/,qr=e=>e?new RegExp(`^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-${e}[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12})$`):/^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$/,vk=qr(4),wk=qr(6),xk=qr(7),Uu=/^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$/,kk=/^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/,$k=/^(([^<>()\[\]\\.,;:\s@"]+(\.[^<>()\[\]\\.,;:\s@"]+)*)|(".+"))@((\[[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}])|(([a-zA-Z\-0-9]+\.)+[a-zA-Z]{2,}))$/,M0=/^[^\s@"]{1,64}@[^\s@]{1,255}$/u,_k=M0,Ak=/^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/,Sk="^(?=[\\s\\S]*[\\p{Extended_Pictographic}\\p{Regional_Indicator}\\u20E3])[\\p{Extended_Pictographic}\\p{Emoji_Component}]+$";function qu(){return new RegExp(Sk,"u")}var Bu=/^(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])$/,Zu=/^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))$/,ju=e=>{let t=Tt(e??":");return new RegExp(`^(?:[0-9A-F]{2}${t}){5}[0-9A-F]{2}$|^(?:[0-9a-f]{2}${t}){5}[0-9a-f]{2}$`)},Vu=/^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\/([0-9]|[1-2][0-9]|3[0-2])$/,Gu=/^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))\/(12[0-8]|1[01][0-9]|[1-9]?[0-9])$/,Ku=/^$|^(?:[0-9a-zA-Z+/]{4})*(?:(?:[0-9a-zA-Z+/]{2}==)|(?:[0-9a-zA-Z+/]{3}=))?$/,Hu=/^(?:[A-Za-z0-9_-]{4})*(?:[A-Za-z0-9_-]{2,3})?$/,Wu=/^(?=.{1,253}\.?$)[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[-0-9a-zA-Z]{0,61}[0-9a-zA-Z])?)*\.?$/,Xu=/^(?=.{1,253}$)([a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\.)+[a-zA-Z]{2,63}$/,Mi=/^https?$/,Ju=/^\+[1-9]\d{6,14}$/,ms=/^\d(?:[ -]?\d){11,18}$/,Yu=/^(?:AED|AFN|ALL|AMD|AOA|ARS|AUD|AWG|AZN|BAM|BBD|BDT|BHD|BIF|BMD|BND|BOB|BOV|BRL|BSD|BTN|BWP|BYN|BZD|CAD|CDF|CHE|CHF|CHW|CLF|CLP|CNY|COP|COU|CRC|CUP|CVE|CZK|DJF|DKK|DOP|DZD|EGP|ERN|ETB|EUR|FJD|FKP|GBP|GEL|GHS|GIP|GMD|GNF|GTQ|GYD|HKD|HNL|HTG|HUF|IDR|ILS|INR|IQD|IRR|ISK|JMD|JOD|JPY|KES|KGS|KHR|KMF|KPW|KRW|KWD|KYD|KZT|LAK|LBP|LKR|LRD|LSL|LYD|MAD|MDL|MGA|MKD|MMK|MNT|MOP|MRU|MUR|MVR|MWK|MXN|MXV|MYR|MZN|NAD|NGN|NIO|NOK|NPR|NZD|OMR|PAB|PEN|PGK|PHP|PKR|PLN|PYG|QAR|RON|RSD|RUB|RWF|SAR|SBD|SCR|SDG|SEK|SGD|SHP|SLE|SOS|SRD|SSP|STN|SVC|SYP|SZL|THB|TJS|TMT|TND|TOP|TRY|TTD|TWD|TZS|UAH|UGX|USD|USN|UYI|UYU|UYW|UZS|VED|VES|VND|VUV|WST|XAD|XAF|XAG|XAU|XBA|XBB|XBC|XBD|XCD|XCG|XDR|XOF|XPD|XPF|XPT|XSU|XTS|XUA|XXX|YER|ZAR|ZMW|ZWG)$/,hs=/^[A-Z]{2}(?!00|01|99)\d{2}[A-Z0-9]{11,30}$/,U0="(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))";function Pk(e){return new RegExp(`^${e}$`)}var Qu=Pk(U0);function Iu(e){let t="(?:[01]\\d|2[0-3]):[0-5]\\d";return typeof e.precision=="number"?e.precision===-1?`${t}`:e.precision===0?`${t}:[0-5]\\d`:`${t}:[0-5]\\d\\.\\d{${e.precision}}`:e.seconds?`${t}:[0-5]\\d(?:\\.\\d+)?`:`${t}(?::[0-5]\\d(?:\\.\\d+)?)?`}function el(e){return new RegExp(`^${Iu(e)}$`)}function tl(e){let t=["Z"];e.offset&&t.push("([+-](?:[01]\\d|2[0-3]):[0-5]\\d)");let r=`${Iu({precision:e.precision,seconds:!0})}(?:${t.join("|")})`,n=e.local?`${r}|${Iu({precision:e.precision})}`:r;return new RegExp(`^${U0}T(?:${n})$`)}var rl=/^[\s\S]{0,}$/,nl=e=>{let t=e?`[\\s\\S]{${e?.minimum??0},${e?.maximum??""}}`:"[\\s\\S]*";return new RegExp(`^${t}$`)},il=/^-?\d+n?$/,Ui=/^-?\d+$/,or=/^-?\d+(?:\.\d+)?$/,ol=/^(?:true|false)$/i,sl=/^null$/i;var al=/^undefined$/i;var cl=/^[^A-Z]*$/,ul=/^[^a-z]*$/,ll=/^[0-9a-fA-F]*$/;function qi(e,t){return new RegExp(`^[A-Za-z0-9+/]{${e}}${t}$`)}function Bi(e){return new RegExp(`^[A-Za-z0-9_-]{${e}}$`)}var Rk=/^[0-9a-fA-F]{32}$/,Ek=qi(22,"=="),Ik=Bi(22),Tk=/^[0-9a-fA-F]{40}$/,Ok=qi(27,"="),Ck=Bi(27),Dk=/^[0-9a-fA-F]{64}$/,Nk=qi(43,"="),Fk=Bi(43),Lk=/^[0-9a-fA-F]{96}$/,zk=qi(64,""),Mk=Bi(64),Uk=/^[0-9a-fA-F]{128}$/,qk=qi(86,"=="),Bk=Bi(86);var Ie=y("$ZodCheck",(e,t)=>{var r;e._zod??(e._zod={}),e._zod.def=t,(r=e._zod).onattach??(r.onattach=[])}),dl=e=>{let t=e.value;return!Yo(t)&&t.size!==void 0},pl=e=>{let t=e.value;return!Yo(t)&&t.length!==void 0},gs={number:"number",bigint:"bigint",object:"date"},ys=y("$ZodCheckLessThan",(e,t)=>{Ie.init(e,t);let r=gs[typeof t.value];e._zod.check=n=>{(t.inclusive?n.value<=t.value:n.value<t.value)||n.issues.push({origin:gs[typeof n.value]??r,code:"too_big",maximum:typeof t.value=="object"?t.value.getTime():t.value,input:n.value,inclusive:t.inclusive,inst:e,continue:!t.abort})}}),vs=y("$ZodCheckGreaterThan",(e,t)=>{Ie.init(e,t);let r=gs[typeof t.value];e._zod.check=n=>{(t.inclusive?n.value>=t.value:n.value>t.value)||n.issues.push({origin:gs[typeof n.value]??r,code:"too_small",minimum:typeof t.value=="object"?t.value.getTime():t.value,input:n.value,inclusive:t.inclusive,inst:e,continue:!t.abort})}}),fl=y("$ZodCheckMultipleOf",(e,t)=>{Ie.init(e,t),e._zod.check=r=>{if(typeof r.value!=typeof t.value)throw new Error("Cannot mix number and bigint in multiple_of check.");(typeof r.value=="bigint"?t.value!==BigInt(0)&&r.value%t.value===BigInt(0):Si(r.value,t.value)===0)||r.issues.push({origin:typeof r.value,code:"not_multiple_of",divisor:t.value,input:r.value,inst:e,continue:!t.abort})}}),ml=y("$ZodCheckNumberFormat",(e,t)=>{Ie.init(e,t),t.format=t.format||"float64";let r=t.format?.includes("int"),n=r?"int":"number",[i,o]=Ei[t.format];e._zod.check=s=>{let a=s.value;if(r){if(!Number.isInteger(a)){s.issues.push({expected:n,format:t.format,code:"invalid_type",continue:!1,input:a,inst:e});return}if(!Number.isSafeInteger(a)){a>0?s.issues.push({input:a,code:"too_big",maximum:Number.MAX_SAFE_INTEGER,note:"Integers must be within the safe integer range.",inst:e,origin:n,inclusive:!0,continue:!t.abort}):s.issues.push({input:a,code:"too_small",minimum:Number.MIN_SAFE_INTEGER,note:"Integers must be within the safe integer range.",inst:e,origin:n,inclusive:!0,continue:!t.abort});return}}a<i&&s.issues.push({origin:"number",input:a,code:"too_small",minimum:i,inclusive:!0,inst:e,continue:!t.abort}),a>o&&s.issues.push({origin:"number",input:a,code:"too_big",maximum:o,inclusive:!0,inst:e,continue:!t.abort})}}),hl=y("$ZodCheckBigIntFormat",(e,t)=>{Ie.init(e,t);let[r,n]=Ii[t.format];e._zod.check=i=>{let o=i.value;o<r&&i.issues.push({origin:"bigint",input:o,code:"too_small",minimum:r,inclusive:!0,inst:e,continue:!t.abort}),o>n&&i.issues.push({origin:"bigint",input:o,code:"too_big",maximum:n,inclusive:!0,inst:e,continue:!t.abort})}}),gl=y("$ZodCheckMaxSize",(e,t)=>{var r;Ie.init(e,t),(r=e._zod.def).when??(r.when=dl),e._zod.check=n=>{let i=n.value;i.size<=t.maximum||n.issues.push({origin:Oi(i),code:"too_big",maximum:t.maximum,inclusive:!0,input:i,inst:e,continue:!t.abort})}}),bl=y("$ZodCheckMinSize",(e,t)=>{var r;Ie.init(e,t),(r=e._zod.def).when??(r.when=dl),e._zod.check=n=>{let i=n.value;i.size>=t.minimum||n.issues.push({origin:Oi(i),code:"too_small",minimum:t.minimum,inclusive:!0,input:i,inst:e,continue:!t.abort})}}),yl=y("$ZodCheckSizeEquals",(e,t)=>{var r;Ie.init(e,t),(r=e._zod.def).when??(r.when=dl),e._zod.check=n=>{let i=n.value,o=i.size;if(o===t.size)return;let s=o>t.size;n.issues.push({origin:Oi(i),...s?{code:"too_big",maximum:t.size}:{code:"too_small",minimum:t.size},inclusive:!0,exact:!0,input:n.value,inst:e,continue:!t.abort})}}),vl=y("$ZodCheckMaxLength",(e,t)=>{var r;Ie.init(e,t),(r=e._zod.def).when??(r.when=pl),e._zod.check=n=>{let i=n.value,o=i.length;if((typeof i=="string"&&o>t.maximum?Ur(i):o)<=t.maximum)return;let a=Ci(i);n.issues.push({origin:a,code:"too_big",maximum:t.maximum,inclusive:!0,input:i,inst:e,continue:!t.abort})}}),wl=y("$ZodCheckMinLength",(e,t)=>{var r;Ie.init(e,t),(r=e._zod.def).when??(r.when=pl),e._zod.check=n=>{let i=n.value,o=i.length;if((typeof i=="string"&&o>=t.minimum&&o<t.minimum*2?Ur(i):o)>=t.minimum)return;let a=Ci(i);n.issues.push({origin:a,code:"too_small",minimum:t.minimum,inclusive:!0,input:i,inst:e,continue:!t.abort})}}),xl=y("$ZodCheckLengthEquals",(e,t)=>{var r;Ie.init(e,t),(r=e._zod.def).when??(r.when=pl),e._zod.check=n=>{let i=n.value,o=i.length,s=typeof i=="string"&&o>=t.length&&o<=t.length*2?Ur(i):o;if(s===t.length)return;let a=Ci(i),u=s>t.length;n.issues.push({origin:a,...u?{code:"too_big",maximum:t.length}:{code:"too_small",minimum:t.length},inclusive:!0,exact:!0,input:n.value,inst:e,continue:!t.abort})}}),An=y("$ZodCheckStringFormat",(e,t)=>{var r,n;Ie.init(e,t),t.pattern?(r=e._zod).check??(r.check=i=>{t.pattern.lastIndex=0,!t.pattern.test(i.value)&&i.issues.push({origin:"string",code:"invalid_format",format:t.format,input:i.value,...t.pattern?{pattern:t.pattern.toString()}:{},inst:e,continue:!t.abort})}):(n=e._zod).check??(n.check=()=>{})}),kl=y("$ZodCheckRegex",(e,t)=>{An.init(e,t),e._zod.check=r=>{t.pattern.lastIndex=0,!t.pattern.test(r.value)&&r.issues.push({origin:"string",code:"invalid_format",format:"regex",input:r.value,pattern:t.pattern.toString(),inst:e,continue:!t.abort})}}),$l=y("$ZodCheckLowerCase",(e,t)=>{t.pattern??(t.pattern=cl),An.init(e,t)}),_l=y("$ZodCheckUpperCase",(e,t)=>{t.pattern??(t.pattern=ul),An.init(e,t)}),Al=y("$ZodCheckIncludes",(e,t)=>{Ie.init(e,t);let r=Tt(t.includes),n=new RegExp(typeof t.position=="number"?`^.{${t.position},}${r}`:r);t.pattern=n,e._zod.check=i=>{i.value.includes(t.includes,t.position)||i.issues.push({origin:"string",code:"invalid_format",format:"includes",includes:t.includes,input:i.value,inst:e,continue:!t.abort})}}),Sl=y("$ZodCheckStartsWith",(e,t)=>{Ie.init(e,t);let r=new RegExp(`^${Tt(t.prefix)}.*`);t.pattern??(t.pattern=r),e._zod.check=n=>{n.value.startsWith(t.prefix)||n.issues.push({origin:"string",code:"invalid_format",format:"starts_with",prefix:t.prefix,input:n.value,inst:e,continue:!t.abort})}}),Pl=y("$ZodCheckEndsWith",(e,t)=>{Ie.init(e,t);let r=new RegExp(`.*${Tt(t.suffix)}$`);t.pattern??(t.pattern=r),e._zod.check=n=>{n.value.endsWith(t.suffix)||n.issues.push({origin:"string",code:"invalid_format",format:"ends_with",suffix:t.suffix,input:n.value,inst:e,continue:!t.abort})}});function bs(e,t,r){e.issues.length&&t.issues.push(...ht(r,e.issues))}var Rl=y("$ZodCheckProperty",(e,t)=>{Ie.init(e,t),e._zod.check=r=>{let n=t.schema._zod.run({value:r.value[t.property],issues:[]},{});if(n instanceof Promise)return n.then(i=>bs(i,r,t.property));bs(n,r,t.property)}}),El=y("$ZodCheckProperties",(e,t)=>{Ie.init(e,t),Di(e,Symbol.iterator,function*(){yield e});let r;e._zod.check=n=>{if(n.value==null){n.issues.push({expected:"object",code:"invalid_type",input:n.value,inst:e});return}r??(r=Reflect.ownKeys(t.shape).map(s=>[s,t.shape[s]]));let i=n.value,o;for(let[s,a]of r){let u=a._zod.run({value:i[s],issues:[]},{});u instanceof Promise?(o??(o=[]),o.push(u.then(c=>bs(c,n,s)))):bs(u,n,s)}if(o)return Promise.all(o).then(()=>{})}}),Il=y("$ZodCheckMimeType",(e,t)=>{Ie.init(e,t);let r=new Set(t.mime);e._zod.check=n=>{r.has(n.value.type)||n.issues.push({code:"invalid_value",values:t.mime,input:n.value.type,inst:e,continue:!t.abort})}}),Tl=y("$ZodCheckOverwrite",(e,t)=>{Ie.init(e,t),e._zod.check=r=>{r.value=t.tx(r.value)}});var Br=class{constructor(t=[],r={}){this.content=[],this.indent=0,this.args=t,this.closed=r}indented(t){this.indent+=1;try{t(this)}finally{this.indent-=1}}write(t){if(typeof t=="function"){t(this,{execution:"sync"}),t(this,{execution:"async"});return}let n=t.split(`
`).filter(s=>s),i=Math.min(...n.map(s=>s.length-s.trimStart().length)),o=n.map(s=>s.slice(i)).map(s=>" ".repeat(this.indent*2)+s);for(let s of o)this.content.push(s)}compile(){let t=Function,r=this?.content??[""];return new t(...Object.keys(this.closed),`return function (${this.args.join(", ")}) {
${r.join(`
`)}
};`)(...Object.values(this.closed))}};var Ol={major:4,minor:6,patch:7};var de=y("$ZodType",(e,t)=>{var r;e??(e={}),e._zod.def=t,e._zod.bag=e._zod.bag||{},e._zod.version=Ol;let n=e._zod.def.checks,i=e._zod.traits.has("$ZodCheck")?[e,...n??[]]:n?.length?[...n]:[];for(let o of i)for(let s of o._zod.onattach)s(e);if(i.length===0)(r=e._zod).deferred??(r.deferred=[]),e._zod.deferred?.push(()=>{e._zod.run=e._zod.parse});else{let o=(a,u,c)=>{if(a.memo)return a;let l=st(a),p;for(let f of u){if(f._zod.def.when){if(yu(a)||!f._zod.def.when(a))continue}else if(l)continue;let h=a.issues.length,b=f._zod.check(a);if(b instanceof Promise&&c?.async===!1)throw new bt;if(p||b instanceof Promise)p=(p??Promise.resolve()).then(async()=>{await b,a.issues.length!==h&&(Ti(a.issues,h,e),l||(l=st(a,h)))});else{if(a.issues.length===h)continue;Ti(a.issues,h,e),l||(l=st(a,h))}}return p?p.then(()=>a):a},s=(a,u,c)=>{if(st(a))return a.aborted=!0,a;let l=o(u,i,c);if(l instanceof Promise){if(c.async===!1)throw new bt;return l.then(p=>e._zod.parse(p,c))}return e._zod.parse(l,c)};e._zod.run=(a,u)=>{if(u.skipChecks)return e._zod.parse(a,u);if(u.direction==="backward"){let l=e._zod.parse({value:a.value,issues:[]},{...u,skipChecks:!0});return l instanceof Promise?l.then(p=>s(p,a,u)):s(l,a,u)}let c=e._zod.parse(a,u);if(c instanceof Promise){if(u.async===!1)throw new bt;return c.then(l=>o(l,i,u))}return o(c,i,u)}}},{get"~standard"(){return Di(this,"~standard",_s(this))},set"~standard"(e){wr(this,"~standard",e)}}),n1=(e,t)=>e.issues.length?{issues:e.issues.map(r=>gt(r,t,Fe()))}:{value:e.value};async function Zk(e,t){let r={async:!0};return n1(await e._zod.run({value:t,issues:[]},r),r)}function _s(e){return{validate:t=>{let r={async:!1};try{let n=e._zod.run({value:t,issues:[]},r);if(!(n instanceof Promise))return n1(n,r)}catch{}return Zk(e,t)},vendor:"zod",version:1}}var Zr=y("$ZodString",(e,t)=>{de.init(e,t),e._zod.pattern=t.pattern??rl,e._zod.parse=(r,n)=>{if(t.coerce)try{r.value=String(r.value)}catch{}return typeof r.value=="string"||r.issues.push({expected:"string",code:"invalid_type",input:r.value,inst:e}),r}}),Se=y("$ZodStringFormat",(e,t)=>{An.init(e,t),Zr.init(e,t)}),Dl=y("$ZodGUID",(e,t)=>{t.pattern??(t.pattern=Mu),Se.init(e,t)}),Nl=y("$ZodUUID",(e,t)=>{if(t.version){let n={v1:1,v2:2,v3:3,v4:4,v5:5,v6:6,v7:7,v8:8}[t.version];if(n===void 0)throw new Error(`Invalid UUID version: "${t.version}"`);t.pattern??(t.pattern=qr(n))}else t.pattern??(t.pattern=qr());Se.init(e,t)}),Fl=y("$ZodEmail",(e,t)=>{t.pattern??(t.pattern=Uu),Se.init(e,t)}),Ll=1,Zi=2;function zl(e){try{return typeof URL<"u"&&typeof URL.canParse=="function"?URL.canParse(e):(new URL(e),!0)}catch{return!1}}function As(e,t){return!("normalize"in t)&&!("hostname"in t)&&!("protocol"in t)?zl(e)||Zi:i1(e,t)}function i1(e,t){if(!t.normalize&&t.protocol?.source===Mi.source&&!/^https?:\/\//i.test(e))return Ll;try{if(typeof URL<"u"){let r=URL;if(typeof r.parse=="function")return r.parse(e)??Zi}return new URL(e)}catch{return Zi}}var jk=/[\t\n\r]/g;function ji(e){return e.replace(jk,"")}function Ss(e,t){return t.lastIndex=0,t.test(e.hostname)}function Ps(e,t){return t.lastIndex=0,t.test(e.protocol.endsWith(":")?e.protocol.slice(0,-1):e.protocol)}var Ml=y("$ZodURL",(e,t)=>{Se.init(e,t),e._zod.check=r=>{try{let n=r.value.trim(),i=As(n,t);if(i===Ll){r.issues.push({code:"invalid_format",format:"url",note:"Invalid URL format",input:r.value,inst:e,continue:!t.abort});return}if(i===Zi){r.issues.push({code:"invalid_format",format:"url",input:r.value,inst:e,continue:!t.abort});return}if(i===!0){r.value=ji(n);return}t.hostname&&!Ss(i,t.hostname)&&r.issues.push({code:"invalid_format",format:"url",note:"Invalid hostname",pattern:t.hostname.source,input:r.value,inst:e,continue:!t.abort}),t.protocol&&!Ps(i,t.protocol)&&r.issues.push({code:"invalid_format",format:"url",note:"Invalid protocol",pattern:t.protocol.source,input:r.value,inst:e,continue:!t.abort}),r.value=t.normalize?i.href:ji(n);return}catch{r.issues.push({code:"invalid_format",format:"url",input:r.value,inst:e,continue:!t.abort})}}}),Ul=y("$ZodEmoji",(e,t)=>{t.pattern??(t.pattern=qu()),Se.init(e,t)}),ql=y("$ZodNanoID",(e,t)=>{if(t.length!==void 0&&(!Number.isInteger(t.length)||t.length<1))throw new Error(`Invalid nanoid length: ${t.length}`);t.pattern??(t.pattern=t.length===void 0?Fu:Lu(t.length)),Se.init(e,t)}),Bl=y("$ZodCUID",(e,t)=>{t.pattern??(t.pattern=Tu),Se.init(e,t)}),Zl=y("$ZodCUID2",(e,t)=>{t.pattern??(t.pattern=Ou),Se.init(e,t)}),jl=y("$ZodULID",(e,t)=>{t.pattern??(t.pattern=Cu),Se.init(e,t)}),Vl=y("$ZodXID",(e,t)=>{t.pattern??(t.pattern=Du),Se.init(e,t)}),Gl=y("$ZodKSUID",(e,t)=>{t.pattern??(t.pattern=Nu),Se.init(e,t)}),Kl=y("$ZodISODateTime",(e,t)=>{t.pattern??(t.pattern=tl(t)),Se.init(e,t)}),Hl=y("$ZodISODate",(e,t)=>{t.pattern??(t.pattern=Qu),Se.init(e,t)}),Wl=y("$ZodISOTime",(e,t)=>{t.pattern??(t.pattern=el(t)),Se.init(e,t)}),Xl=y("$ZodISODuration",(e,t)=>{t.pattern??(t.pattern=zu),Se.init(e,t)}),Jl=y("$ZodIPv4",(e,t)=>{t.pattern??(t.pattern=Bu),Se.init(e,t)}),Vk=/^[0-9a-fA-F:.]+$/;function Vi(e){return Vk.test(e)?zl(`http://[${e}]`):!1}var Yl=y("$ZodIPv6",(e,t)=>{t.pattern??(t.pattern=Zu),Se.init(e,t),e._zod.check=r=>{Vi(r.value)||r.issues.push({code:"invalid_format",format:"ipv6",input:r.value,inst:e,continue:!t.abort})}}),Ql=y("$ZodMAC",(e,t)=>{t.pattern??(t.pattern=ju(t.delimiter)),Se.init(e,t)}),ed=y("$ZodCIDRv4",(e,t)=>{t.pattern??(t.pattern=Vu),Se.init(e,t)});function Rs(e){let t=e.split("/");if(t.length!==2)return!1;let[r,n]=t;if(!n)return!1;let i=Number(n);return`${i}`!==n||i<0||i>128?!1:Vi(r)}var td=y("$ZodCIDRv6",(e,t)=>{t.pattern??(t.pattern=Gu),Se.init(e,t),e._zod.check=r=>{Rs(r.value)||r.issues.push({code:"invalid_format",format:"cidrv6",input:r.value,inst:e,continue:!t.abort})}});function Gi(e){if(e==="")return!0;if(/\s/.test(e)||e.length%4!==0)return!1;try{return atob(e),!0}catch{return!1}}var Es=/^[0-9a-zA-Z+/]*={0,2}$/,rd=y("$ZodBase64",(e,t)=>{t.pattern??(t.pattern=Es),Se.init(e,t),e._zod.check=r=>{Gi(r.value)||r.issues.push({code:"invalid_format",format:"base64",input:r.value,inst:e,continue:!t.abort})}}),Ki=/^[A-Za-z0-9_-]*$/;function Is(e){if(!Ki.test(e))return!1;let t=e.replace(/[-_]/g,n=>n==="-"?"+":"/"),r=t.padEnd(Math.ceil(t.length/4)*4,"=");return Gi(r)}var nd=y("$ZodBase64URL",(e,t)=>{t.pattern??(t.pattern=Ki),Se.init(e,t),e._zod.check=r=>{Is(r.value)||r.issues.push({code:"invalid_format",format:"base64url",input:r.value,inst:e,continue:!t.abort})}}),id=y("$ZodE164",(e,t)=>{t.pattern??(t.pattern=Ju),Se.init(e,t)}),Gk=/[- ]/g;function Kk(e){let t=e.length,r=1,n=0;for(;t;){let i=e.charCodeAt(--t)-48;r^=1,n+=r?[0,2,4,6,8,1,3,5,7,9][i]:i}return n%10===0}function Ts(e){return ms.test(e)?Kk(e.replace(Gk,"")):!1}var od=y("$ZodCreditCard",(e,t)=>{t.pattern??(t.pattern=ms),Se.init(e,t),e._zod.check=r=>{Ts(r.value)||r.issues.push({code:"invalid_format",format:"credit_card",input:r.value,inst:e,continue:!t.abort})}});function Hk(e){let t=0,r=e.length;for(let n=4;n<r;n++){let i=e.charCodeAt(n);t=(i>=65?t*100+(i-55):t*10+(i-48))%97}for(let n=0;n<4;n++){let i=e.charCodeAt(n);t=(i>=65?t*100+(i-55):t*10+(i-48))%97}return t===1}function Os(e){return hs.test(e)?Hk(e):!1}var sd=y("$ZodIBAN",(e,t)=>{t.pattern??(t.pattern=hs),Se.init(e,t),e._zod.check=r=>{Os(r.value)||r.issues.push({code:"invalid_format",format:"iban",input:r.value,inst:e,continue:!t.abort})}});function Cs(e,t=null){try{let r=e.split(".");if(r.length!==3)return!1;let[n]=r;if(!n)return!1;let i=JSON.parse(atob(n));return!("typ"in i&&i?.typ!=="JWT"||!i.alg||t&&(!("alg"in i)||i.alg!==t))}catch{return!1}}var ad=y("$ZodJWT",(e,t)=>{Se.init(e,t),e._zod.check=r=>{Cs(r.value,t.alg)||r.issues.push({code:"invalid_format",format:"jwt",input:r.value,inst:e,continue:!t.abort})}}),cd=y("$ZodCustomStringFormat",(e,t)=>{Se.init(e,t),e._zod.check=r=>{t.fn(r.value)||r.issues.push({code:"invalid_format",format:t.format,input:r.value,inst:e,continue:!t.abort})}}),Ds=y("$ZodNumber",(e,t)=>{de.init(e,t),e._zod.pattern=or,e._zod.parse=(r,n)=>{if(t.coerce)try{r.value=Number(r.value)}catch{}let i=r.value;if(typeof i=="number"&&!Number.isNaN(i)&&Number.isFinite(i))return r;let o=typeof i=="number"?Number.isNaN(i)?"NaN":Number.isFinite(i)?void 0:String(i):void 0;return r.issues.push({expected:"number",code:"invalid_type",input:i,inst:e,...o?{received:o}:{}}),r}}),ud=y("$ZodNumberFormat",(e,t)=>{ml.init(e,t),Ds.init(e,t)}),Hi=y("$ZodBoolean",(e,t)=>{de.init(e,t),e._zod.pattern=ol,e._zod.parse=(r,n)=>{if(t.coerce)try{r.value=!!r.value}catch{}let i=r.value;return typeof i=="boolean"||r.issues.push({expected:"boolean",code:"invalid_type",input:i,inst:e}),r}}),Ns=y("$ZodBigInt",(e,t)=>{de.init(e,t),e._zod.pattern=il,e._zod.parse=(r,n)=>{if(t.coerce)try{r.value=BigInt(r.value)}catch{}return typeof r.value=="bigint"||r.issues.push({expected:"bigint",code:"invalid_type",input:r.value,inst:e}),r}}),ld=y("$ZodBigIntFormat",(e,t)=>{hl.init(e,t),Ns.init(e,t)}),dd=y("$ZodSymbol",(e,t)=>{de.init(e,t),e._zod.parse=(r,n)=>{let i=r.value;return typeof i=="symbol"||r.issues.push({expected:"symbol",code:"invalid_type",input:i,inst:e}),r}}),pd=y("$ZodUndefined",(e,t)=>{de.init(e,t),e._zod.pattern=al,e._zod.values=new Set([void 0]),e._zod.parse=(r,n)=>{let i=r.value;return typeof i>"u"||r.issues.push({expected:"undefined",code:"invalid_type",input:i,inst:e}),r}}),fd=y("$ZodNull",(e,t)=>{de.init(e,t),e._zod.pattern=sl,e._zod.values=new Set([null]),e._zod.parse=(r,n)=>{let i=r.value;return i===null||r.issues.push({expected:"null",code:"invalid_type",input:i,inst:e}),r}}),md=y("$ZodAny",(e,t)=>{de.init(e,t),e._zod.parse=r=>r}),hd=y("$ZodUnknown",(e,t)=>{de.init(e,t),e._zod.parse=r=>r}),gd=y("$ZodNever",(e,t)=>{de.init(e,t),e._zod.parse=(r,n)=>(r.issues.push({expected:"never",code:"invalid_type",input:r.value,inst:e}),r)}),bd=y("$ZodVoid",(e,t)=>{de.init(e,t),e._zod.parse=(r,n)=>{let i=r.value;return typeof i>"u"||r.issues.push({expected:"void",code:"invalid_type",input:i,inst:e}),r}}),yd=y("$ZodDate",(e,t)=>{de.init(e,t),e._zod.parse=(r,n)=>{if(t.coerce)try{r.value=new Date(r.value)}catch{}let i=r.value,o=i instanceof Date;return o&&!Number.isNaN(i.getTime())||r.issues.push({expected:"date",code:"invalid_type",input:i,...o?{received:"Invalid Date"}:{},inst:e}),r}});function vd(e,t){let r=vn(e._zod.def.checks);if(!r.length)return;let n=Math.min(...r.map(o=>o[0])),i=e._zod.parse;e._zod.parse=(o,s)=>{let a=t(o.value);if(a>n&&!s?.skipChecks&&s?.direction!=="backward"){for(let[u,c]of vn(e._zod.def.checks))if(a>u&&c._zod.def.when(o)){let l=o.issues.length;return c._zod.check(o),o.issues[l].continue=!1,Ti(o.issues,l,e),o}}return i(o,s)}}var Wk=e=>Array.isArray(e)?e.length:-1,Xk=e=>e instanceof Map?e.size:-1,Jk=e=>e instanceof Set?e.size:-1;function B0(e,t,r){e.issues.length&&t.issues.push(...ht(r,e.issues)),t.value[r]=e.value}var wd=y("$ZodArray",(e,t)=>{de.init(e,t);let r=Ve.memoizer;r?.attach(e),e._zod.parse=(n,i)=>{let o=n.value;if(!Array.isArray(o))return n.issues.push({expected:"array",code:"invalid_type",input:o,inst:e}),n;n.value=r?r.alloc(e,n,Array(o.length),i):Array(o.length);let s=[],a=i?.abortEarly;for(let u=0;u<o.length;u++){let c=o[u],l=t.element._zod.run({value:c,issues:[]},i);if(l instanceof Promise)s.push(l.then(p=>B0(p,n,u)));else if(B0(l,n,u),a&&l.issues.length!==0&&st(l))break}return s.length?Promise.all(s).then(()=>n):n},vd(e,Wk)});function $s(e,t,r,n,i,o){let s=r in n,a=o==="optional";if(!(!s&&a&&i==="optional")){if(e.issues.length){if(i!==void 0&&a&&!s)return;t.issues.push(...ht(r,e.issues))}if(!s&&i===void 0){e.issues.length||t.issues.push({code:"invalid_type",expected:"nonoptional",input:void 0,path:[r]});return}e.value===void 0?(s||i==="defaulted"&&!a)&&(t.value[r]=void 0):t.value[r]=e.value}}var Yk=[];function o1(e){let t=Object.keys(e.shape),r=Object.getOwnPropertySymbols(e.shape),n=r.length?r:Yk,i=n.length?[...t,...n]:t;for(let s of i)if(!e.shape?.[s]?._zod?.traits?.has("$ZodType"))throw new Error(`Invalid element at key "${String(s)}": expected a Zod schema`);let o=bu(e.shape);return{...e,allKeys:i,symbolKeys:n,keySet:new Set(t),numKeys:t.length,optionalKeys:new Set(o)}}function s1(e,t,r,n,i,o,s){let a=[],u=i.keySet,c=i.catchall._zod,l=c.def.type,p=c.optin,f=c.optout,h=0;for(let b in t){if(s&&r.issues.length!==h){if(st(r,h))break;h=r.issues.length}if(u.has(b))continue;if(b==="__proto__"){l==="never"&&a.push(b);continue}if(l==="never"){a.push(b);continue}let g=c.run({value:t[b],issues:[]},n);g instanceof Promise?e.push(g.then(k=>$s(k,r,b,t,p,f))):$s(g,r,b,t,p,f)}return a.length&&r.issues.push({code:"unrecognized_keys",keys:a,input:t,inst:o,continue:!0}),e.length?Promise.all(e).then(()=>r):r}var a1=y("$ZodObject",(e,t)=>{de.init(e,t);let r=Object.getOwnPropertyDescriptor(t,"shape"),n=r?.get?r.get.raw:t.shape??{};if(n){let c=()=>{let l={...n};return Object.defineProperty(t,"shape",{value:l}),c.raw=l,l};c.raw=n,Object.defineProperty(t,"shape",{get:c})}let i=bn(()=>o1(t));ge(e,"propValues",c=>{let l=c.def.shape,p={};for(let f in l){let h=l[f]._zod;if(h.values){Object.prototype.hasOwnProperty.call(p,f)||He(p,f,new Set);for(let b of h.values)p[f].add(b);h.optin!==void 0&&p[f].add(void 0)}}return p});let o=Mr,s=t.catchall,a,u=Ve.memoizer;u?.attach(e),e._zod.parse=(c,l)=>{a??(a=i.value);let p=c.value;if(!o(p))return c.issues.push({expected:"object",code:"invalid_type",input:p,inst:e}),c;c.value=u?u.alloc(e,c,{},l):{};let f=[],h=a.shape,b=l?.abortEarly,g=c.issues.length;for(let k of a.allKeys){if(b&&c.issues.length!==g){if(st(c,g))break;g=c.issues.length}if(k==="__proto__")continue;let v=h[k],w=v._zod.optin,_=v._zod.optout,F=v._zod.run({value:p[k],issues:[]},l);F instanceof Promise?f.push(F.then(K=>$s(K,c,k,p,w,_))):$s(F,c,k,p,w,_)}return s?s1(f,p,c,l,i.value,e,b===!0):f.length?Promise.all(f).then(()=>c):c}}),xd=y("$ZodObjectJIT",(e,t)=>{a1.init(e,t);let r=e._zod.parse,n=bn(()=>o1(t)),i=Ve.memoizer,o=h=>{let b=n.value,g=b.symbolKeys,k=new Br(["payload","ctx"],{shape:h,inst:e,memo:i,syms:g}),v=K=>`shape[${K}]._zod.run({ value: input[${K}], issues: [] }, ctx)`,w=(K,V)=>`
          let ${K}_ab = false;
          for (let i = 0; i < ${K}.issues.length; i++) {
            const iss = ${K}.issues[i];
            iss.path = iss.path ? [${V}, ...iss.path] : [${V}];
            payload.issues.push(iss);
            if (iss.continue !== true) ${K}_ab = true;
          }
          if (${K}_ab && ctx && ctx.abortEarly) {
            payload.value = newResult;
            return payload;
          }`;k.write("const input = payload.value;");let _=Object.create(null),F=0;for(let K of b.allKeys)_[K]=`key_${F++}`;k.write(i?"const newResult = memo.alloc(inst, payload, {}, ctx);":"const newResult = {};");for(let K of b.allKeys){if(K==="__proto__")continue;let V=_[K],oe=typeof K=="symbol"?`syms[${g.indexOf(K)}]`:ot(K),X=`${oe} in input`,Y=h[K],E=Y?._zod?.optin,he=E!==void 0,ve=Y?._zod?.optout==="optional";if(k.write(`const ${V} = ${v(oe)};`),he&&ve){let we=E==="optional"?`${V}_present`:`${V}.value !== undefined || ${V}_present`;k.write(`
        const ${V}_present = ${X};
        if (!${V}.issues.length || ${V}_present) {
          if (${V}.issues.length) {${w(V,oe)}
          }

          if (${we}) {
            newResult[${oe}] = ${V}.value;
          }
        }

      `)}else he?(k.write(`
        if (${V}.issues.length) {${w(V,oe)}
        }
      `),E==="defaulted"?k.write(`newResult[${oe}] = ${V}.value;`):k.write(`
        if (${V}.value !== undefined || ${X}) {
          newResult[${oe}] = ${V}.value;
        }
      `)):k.write(`
        const ${V}_present = ${X};
        if (${V}.issues.length) {${w(V,oe)}
        }
        if (!${V}_present && !${V}.issues.length) {
          payload.issues.push({
            code: "invalid_type",
            expected: "nonoptional",
            input: undefined,
            path: [${oe}]
          });
          if (ctx && ctx.abortEarly) {
            payload.value = newResult;
            return payload;
          }
        }

        if (${V}_present) {
          newResult[${oe}] = ${V}.value;
        }

      `)}return k.write("payload.value = newResult;"),k.write("return payload;"),k.compile()},s,a=Mr,u=!Ve.jitless,l=u&&hu.value,p=t.catchall,f;e._zod.parse=(h,b)=>{f??(f=n.value);let g=h.value;return a(g)?u&&l&&b?.async===!1&&b.jitless!==!0?(s||(s=o(t.shape)),h=s(h,b),p?s1([],g,h,b,f,e,b?.abortEarly===!0):h):r(h,b):(h.issues.push({expected:"object",code:"invalid_type",input:g,inst:e}),h)}});function Z0(e,t,r,n){for(let o of e)if(o.issues.length===0)return t.value=o.value,t;let i=e.filter(o=>!st(o));return i.length===1?(t.value=i[0].value,i[0]):(t.issues.push({code:"invalid_union",input:t.value,inst:r,errors:e.map(o=>o.issues.map(s=>gt(s,n,Fe())))}),t)}var Wi=y("$ZodUnion",(e,t)=>{de.init(e,t),ge(e,"optin",n=>n.def.options.some(i=>i._zod.optin==="defaulted")?"defaulted":n.def.options.some(i=>i._zod.optin!==void 0)?"optional":void 0),ge(e,"optout",n=>n.def.options.some(i=>i._zod.optout==="optional")?"optional":void 0),ge(e,"values",n=>{if(n.def.options.every(i=>i._zod.values))return new Set(n.def.options.flatMap(i=>Array.from(i._zod.values)))}),ge(e,"pattern",n=>{if(n.def.options.every(i=>i._zod.pattern)){let i=n.def.options.map(o=>o._zod.pattern);return new RegExp(`^(${i.map(o=>ir(o.source)).join("|")})$`)}});let r=t.options.length===1?t.options[0]._zod.run:null;e._zod.parse=(n,i)=>{if(r)return r(n,i);let o=!1,s=[];for(let a of t.options){let u=a._zod.run({value:n.value,issues:[]},i);if(u instanceof Promise)s.push(u),o=!0;else{if(u.issues.length===0)return u;s.push(u)}}return o?Promise.all(s).then(a=>Z0(a,n,e,i)):Z0(s,n,e,i)}});function j0(e,t,r,n){let i=[];for(let o=0;o<e.length;o++)e[o].issues.length===0&&i.push(o);return i.length===1?(t.value=e[i[0]].value,t):(i.length===0?t.issues.push({code:"invalid_union",input:t.value,inst:r,errors:e.map(o=>o.issues.map(s=>gt(s,n,Fe())))}):t.issues.push({code:"invalid_union",input:t.value,inst:r,errors:[],inclusive:!1,matches:i}),t)}var kd=y("$ZodXor",(e,t)=>{Wi.init(e,t),t.inclusive=!1;let r=t.options.length===1?t.options[0]._zod.run:null;e._zod.parse=(n,i)=>{if(r)return r(n,i);let o=!1,s=[];for(let a of t.options){let u=a._zod.run({value:n.value,issues:[]},i);u instanceof Promise?(s.push(u),o=!0):s.push(u)}return o?Promise.all(s).then(a=>j0(a,n,e,i)):j0(s,n,e,i)}});function $d(e,t){let r=e._zod,n=r.bag.optionsMap;n||(n=c1(r.def),r.bag.optionsMap=n);let i=n.get(t);if(i===null)throw new Error(`Ambiguous discriminator value "${String(t)}"`);return i}function c1(e){let t=new Map;for(let r of e.options){let n=r._zod.propValues?.[e.discriminator];if(!n||n.size===0)throw new Error(`Invalid discriminated union option at index "${e.options.indexOf(r)}"`);for(let i of n)if(t.has(i)){if(i!==void 0)throw new Error(`Duplicate discriminator value "${String(i)}"`);t.set(i,null)}else t.set(i,r)}return t}var _d=y("$ZodDiscriminatedUnion",(e,t)=>{t.inclusive=!1,Wi.init(e,t);let r=e._zod.parse;ge(e,"propValues",i=>{let o={},s=0;for(let a of i.def.options){let u=a._zod.propValues;if(!u||Object.keys(u).length===0)throw new Error(`Invalid discriminated union option at index "${i.def.options.indexOf(a)}"`);u[i.def.discriminator]?.has(void 0)&&s++;for(let[c,l]of Object.entries(u)){Object.prototype.hasOwnProperty.call(o,c)||He(o,c,new Set);for(let p of l)o[c].add(p)}}return!i.def.unionFallback&&s>1&&o[i.def.discriminator]?.delete(void 0),o}),t.options.forEach((i,o)=>{let s=yn(i._zod.def);if(s&&!Object.prototype.hasOwnProperty.call(s,t.discriminator))throw new Error(`Invalid discriminated union option at index "${o}"`)});let n=bn(()=>c1(t));e._zod.parse=(i,o)=>{let s=i.value;if(!Mr(s))return i.issues.push({code:"invalid_type",expected:"object",input:s,inst:e}),i;let a=s?.[t.discriminator],u=n.value.get(a);return u&&(a!==void 0||o.direction!=="backward")?u._zod.run(i,o):t.unionFallback||o.direction==="backward"?r(i,o):(i.issues.push({code:"invalid_union",errors:[],note:"No matching discriminator",discriminator:t.discriminator,options:Array.from(n.value.keys()).filter(c=>n.value.get(c)!==null),input:s,path:[t.discriminator],inst:e}),i)}}),Ad=y("$ZodIntersection",(e,t)=>{de.init(e,t),e._zod.parse=(r,n)=>{let i=r.value,o=t.left._zod.run({value:i,issues:[]},n),s=t.right._zod.run({value:i,issues:[]},n);return o instanceof Promise||s instanceof Promise?Promise.all([o,s]).then(([u,c])=>V0(r,u,c)):V0(r,o,s)}});function Sn(e,t){if(e===t)return{valid:!0,data:e};if(e instanceof Date&&t instanceof Date&&+e==+t)return{valid:!0,data:e};if(It(e)&&It(t)){let r=Object.keys(t),n=Object.keys(e).filter(o=>r.indexOf(o)!==-1),i={...e,...t};Object.prototype.hasOwnProperty.call(i,"__proto__")&&delete i.__proto__;for(let o of n){if(o==="__proto__")continue;let s=Sn(e[o],t[o]);if(!s.valid)return{valid:!1,mergeErrorPath:[o,...s.mergeErrorPath]};i[o]=s.data}return{valid:!0,data:i}}if(Array.isArray(e)&&Array.isArray(t)){if(e.length!==t.length)return{valid:!1,mergeErrorPath:[]};let r=[];for(let n=0;n<e.length;n++){let i=e[n],o=t[n],s=Sn(i,o);if(!s.valid)return{valid:!1,mergeErrorPath:[n,...s.mergeErrorPath]};r.push(s.data)}return{valid:!0,data:r}}return{valid:!1,mergeErrorPath:[]}}function V0(e,t,r){let n=new Map,i,o=new Map,s=(c,l)=>{let p;if(c.code==="unrecognized_keys"&&!c.path?.length)i??(i=c),p=c.keys;else if(c.code==="invalid_key"&&c.origin==="record"&&c.path?.length===1){let f=String(c.path[0]);o.has(f)||o.set(f,c),p=[f]}else return!1;for(let f of p)n.has(f)||n.set(f,{}),n.get(f)[l]=!0;return!0};for(let c of t.issues)s(c,"l")||e.issues.push(c);for(let c of r.issues)s(c,"r")||e.issues.push(c);let a=[...n].filter(([,c])=>c.l&&c.r).map(([c])=>c);if(a.length){let c=i?a.filter(l=>i.keys.includes(l)):[];c.length&&e.issues.push({...i,keys:c});for(let l of a)!c.includes(l)&&o.has(l)&&e.issues.push(o.get(l))}let u=Sn(t.value,r.value);if(!u.valid){if(st(e))return e;throw new Error(`Unmergable intersection. Error path: ${JSON.stringify(u.mergeErrorPath)}`)}return e.value=u.data,e}var Fs=y("$ZodTuple",(e,t)=>{de.init(e,t);let r=t.items,n=Ve.memoizer;n?.attach(e),e._zod.parse=(i,o)=>{let s=i.value;if(!Array.isArray(s))return i.issues.push({input:s,inst:e,expected:"tuple",code:"invalid_type"}),i;i.value=n?n.alloc(e,i,[],o):[];let a=[],u=G0(r,"optin"),c=G0(r,"optout");if(!t.rest){if(s.length<u)return i.issues.push({code:"too_small",minimum:u,inclusive:!0,input:s,inst:e,origin:"array"}),i;s.length>r.length&&i.issues.push({code:"too_big",maximum:r.length,inclusive:!0,input:s,inst:e,origin:"array"})}let l=new Array(r.length),p=t.rest?o?.abortEarly:void 0,f=!1;for(let h=0;h<r.length;h++){let b=r[h]._zod.run({value:s[h],issues:[]},o);b instanceof Promise?a.push(b.then(g=>{l[h]=g})):(l[h]=b,p&&!f&&b.issues.length&&(f=st(b)))}if(t.rest&&!f){let h=r.length-1,b=s.slice(r.length),g=i.issues.length;for(let k of b){if(p&&i.issues.length!==g){if(st(i,g))break;g=i.issues.length}h++;let v=t.rest._zod.run({value:k,issues:[]},o);v instanceof Promise?a.push(v.then(w=>K0(w,i,h))):K0(v,i,h)}}return a.length?Promise.all(a).then(()=>H0(l,i,r,s,c)):H0(l,i,r,s,c)}});function G0(e,t){for(let r=e.length-1;r>=0;r--)if(!(t==="optin"?e[r]._zod.optin!==void 0:e[r]._zod.optout==="optional"))return r+1;return 0}function K0(e,t,r){e.issues.length&&t.issues.push(...ht(r,e.issues)),t.value[r]=e.value}function H0(e,t,r,n,i){for(let o=0;o<r.length;o++){let s=e[o],a=o<n.length;if(!a&&o>=i&&r[o]._zod.optin==="optional"){t.value.length=o;break}if(s.issues.length){if(!a&&o>=i){t.value.length=o;break}t.issues.push(...ht(o,s.issues))}t.value[o]=s.value}for(let o=t.value.length-1;o>=n.length&&(r[o]._zod.optout==="optional"&&t.value[o]===void 0);o--)t.value.length=o;return t}var Sd=y("$ZodRecord",(e,t)=>{de.init(e,t);let r=Ve.memoizer;r?.attach(e),e._zod.parse=(n,i)=>{let o=n.value;if(!It(o))return n.issues.push({expected:"record",code:"invalid_type",input:o,inst:e}),n;let s=[],a=t.keyType._zod.values;if(a&&!t.partial){n.value=r?r.alloc(e,n,{},i):{};let u=new Set;for(let l of a)if(typeof l=="string"||typeof l=="number"||typeof l=="symbol"){if(u.add(typeof l=="number"?l.toString():l),l==="__proto__")continue;let p=t.keyType._zod.run({value:l,issues:[]},i);if(p instanceof Promise)throw new Error("Async schemas not supported in object keys currently");if(p.issues.length){n.issues.push({code:"invalid_key",origin:"record",issues:p.issues.map(b=>gt(b,i,Fe())),input:l,path:[l],inst:e});continue}let f=p.value;if(f==="__proto__")continue;let h=t.valueType._zod.run({value:o[l],issues:[]},i);h instanceof Promise?s.push(h.then(b=>{b.issues.length&&n.issues.push(...ht(l,b.issues)),n.value[f]=b.value})):(h.issues.length&&n.issues.push(...ht(l,h.issues)),n.value[f]=h.value)}let c;for(let l in o)if(!u.has(l))if(t.mode==="loose"){if(l==="__proto__")continue;n.value[l]=o[l]}else c=c??[],c.push(l);c&&c.length>0&&n.issues.push({code:"unrecognized_keys",input:o,inst:e,keys:c,continue:!0})}else{n.value=r?r.alloc(e,n,{},i):{};let u;for(let c of Reflect.ownKeys(o)){if(c==="__proto__"||!Object.prototype.propertyIsEnumerable.call(o,c))continue;let l=t.keyType._zod.run({value:c,issues:[]},i);if(l instanceof Promise)throw new Error("Async schemas not supported in object keys currently");if(typeof c=="string"&&or.test(c)&&l.issues.length){let b=t.keyType._zod.run({value:Number(c),issues:[]},i);if(b instanceof Promise)throw new Error("Async schemas not supported in object keys currently");b.issues.length===0&&(l=b)}if(l.issues.length){t.mode==="loose"?n.value[c]=o[c]:a?(u=u??[],u.push(c)):n.issues.push({code:"invalid_key",origin:"record",issues:l.issues.map(b=>gt(b,i,Fe())),input:c,path:[c],inst:e});continue}let f=l.value;if(f==="__proto__")continue;let h=t.valueType._zod.run({value:o[c],issues:[]},i);h instanceof Promise?s.push(h.then(b=>{b.issues.length&&n.issues.push(...ht(c,b.issues)),n.value[f]=b.value})):(h.issues.length&&n.issues.push(...ht(c,h.issues)),n.value[f]=h.value)}u&&u.length>0&&n.issues.push({code:"unrecognized_keys",input:o,inst:e,keys:u,continue:!0})}return s.length?Promise.all(s).then(()=>n):n}}),Pd=y("$ZodMap",(e,t)=>{de.init(e,t);let r=Ve.memoizer;r?.attach(e),e._zod.parse=(n,i)=>{let o=n.value;if(!(o instanceof Map))return n.issues.push({expected:"map",code:"invalid_type",input:o,inst:e}),n;let s=[];n.value=r?r.alloc(e,n,new Map,i):new Map;let a=i?.abortEarly,u=n.issues.length;for(let[c,l]of o){if(a&&n.issues.length!==u){if(st(n,u))break;u=n.issues.length}let p=t.keyType._zod.run({value:c,issues:[]},i),f=t.valueType._zod.run({value:l,issues:[]},i);p instanceof Promise||f instanceof Promise?s.push(Promise.all([p,f]).then(([h,b])=>{W0(h,b,n,c,o,e,i)})):W0(p,f,n,c,o,e,i)}return s.length?Promise.all(s).then(()=>n):n},vd(e,Xk)});function W0(e,t,r,n,i,o,s){e.issues.length&&(Ri.has(typeof n)?r.issues.push(...ht(n,e.issues)):r.issues.push({code:"invalid_key",origin:"map",input:i,inst:o,issues:e.issues.map(a=>gt(a,s,Fe()))})),t.issues.length&&(Ri.has(typeof n)?r.issues.push(...ht(n,t.issues)):r.issues.push({origin:"map",code:"invalid_element",input:i,inst:o,key:n,issues:t.issues.map(a=>gt(a,s,Fe()))})),r.value.set(e.value,t.value)}var Rd=y("$ZodSet",(e,t)=>{de.init(e,t);let r=Ve.memoizer;r?.attach(e),e._zod.parse=(n,i)=>{let o=n.value;if(!(o instanceof Set))return n.issues.push({input:o,inst:e,expected:"set",code:"invalid_type"}),n;let s=[];n.value=r?r.alloc(e,n,new Set,i):new Set;let a=i?.abortEarly,u=n.issues.length;for(let c of o){if(a&&n.issues.length!==u){if(st(n,u))break;u=n.issues.length}let l=t.valueType._zod.run({value:c,issues:[]},i);l instanceof Promise?s.push(l.then(p=>X0(p,n))):X0(l,n)}return s.length?Promise.all(s).then(()=>n):n},vd(e,Jk)});function X0(e,t){e.issues.length&&t.issues.push(...e.issues),t.value.add(e.value)}var Ed=y("$ZodEnum",(e,t)=>{de.init(e,t);let r=hn(t.entries),n=new Set(r);e._zod.values=n,ge(e,"pattern",i=>{let o=hn(i.def.entries).filter(s=>Ri.has(typeof s));return new RegExp(o.length?`^(${o.map(s=>Tt(s.toString())).join("|")})$`:"^[^\\s\\S]$")}),e._zod.parse=(i,o)=>{let s=i.value;return n.has(s)||i.issues.push({code:"invalid_value",values:r,input:s,inst:e}),i}}),Id=y("$ZodLiteral",(e,t)=>{de.init(e,t);let r=new Set(t.values);e._zod.values=r,ge(e,"pattern",n=>{let i=n.def.values;return new RegExp(i.length?`^(${i.map(o=>typeof o=="string"?Tt(o):o?Tt(o.toString()):String(o)).join("|")})$`:"^[^\\s\\S]$")}),e._zod.parse=(n,i)=>{let o=n.value;return r.has(o)||n.issues.push({code:"invalid_value",values:t.values,input:o,inst:e}),n}}),Td=y("$ZodFile",(e,t)=>{de.init(e,t),e._zod.parse=(r,n)=>{let i=r.value;return i instanceof File||r.issues.push({expected:"file",code:"invalid_type",input:i,inst:e}),r}}),Od=y("$ZodTransform",(e,t)=>{de.init(e,t),e._zod.optin="optional",Ve.memoizer?.guard(e),e._zod.parse=(r,n)=>{if(n.direction==="backward")throw new xr(e.constructor.name);let i=t.transform(r.value,r);if(n.async)return(i instanceof Promise?i:Promise.resolve(i)).then(s=>(r.value=s,r));if(i instanceof Promise)throw new bt;return r.value=i,r}});function J0(e,t){return e.value=t.issues.length?void 0:t.value,e}var Ls=y("$ZodOptional",(e,t)=>{de.init(e,t),ge(e,"optin",r=>r.def.innerType._zod.optin==="defaulted"?"defaulted":"optional"),e._zod.optout="optional",ge(e,"values",r=>{let n=r.def.innerType._zod.values;return n?new Set([...n,void 0]):void 0}),ge(e,"pattern",r=>{let n=r.def.innerType._zod.pattern;return n?new RegExp(`^(${ir(n.source)})?$`):void 0}),e._zod.parse=(r,n)=>{if(r.value===void 0){if(t.innerType._zod.optin!=="defaulted")return r;let i=t.innerType._zod.run({value:r.value,issues:[]},n);return i instanceof Promise?i.then(o=>J0(r,o)):J0(r,i)}return t.innerType._zod.run(r,n)}}),Cd=y("$ZodExactOptional",(e,t)=>{Ls.init(e,t),ge(e,"values",r=>r.def.innerType._zod.values),ge(e,"pattern",r=>r.def.innerType._zod.pattern),e._zod.parse=(r,n)=>t.innerType._zod.run(r,n)}),Dd=y("$ZodNullable",(e,t)=>{de.init(e,t),ge(e,"optin",r=>r.def.innerType._zod.optin),ge(e,"optout",r=>r.def.innerType._zod.optout),ge(e,"pattern",r=>{let n=r.def.innerType._zod.pattern;return n?new RegExp(`^(${ir(n.source)}|null)$`):void 0}),ge(e,"values",r=>r.def.innerType._zod.values?new Set([...r.def.innerType._zod.values,null]):void 0),e._zod.parse=(r,n)=>r.value===null?r:t.innerType._zod.run(r,n)}),Nd=y("$ZodDefault",(e,t)=>{de.init(e,t),e._zod.optin="defaulted",ge(e,"values",r=>r.def.innerType._zod.values),e._zod.parse=(r,n)=>{if(n.direction==="backward")return t.innerType._zod.run(r,n);if(r.value===void 0)return r.value=t.defaultValue,r;let i=t.innerType._zod.run(r,n);return i instanceof Promise?i.then(o=>Y0(o,t)):Y0(i,t)}});function Y0(e,t){return e.value===void 0&&(e.value=t.defaultValue),e}var Fd=y("$ZodPrefault",(e,t)=>{de.init(e,t),e._zod.optin="defaulted",ge(e,"values",r=>r.def.innerType._zod.values),e._zod.parse=(r,n)=>(n.direction==="backward"||r.value===void 0&&(r.value=t.defaultValue),t.innerType._zod.run(r,n))}),Ld=y("$ZodNonOptional",(e,t)=>{de.init(e,t),ge(e,"values",r=>{let n=r.def.innerType._zod.values;return n?new Set([...n].filter(i=>i!==void 0)):void 0}),e._zod.parse=(r,n)=>{let i=t.innerType._zod.run(r,n);return i instanceof Promise?i.then(o=>Q0(o,e)):Q0(i,e)}});function Q0(e,t){return!e.issues.length&&e.value===void 0&&e.issues.push({code:"invalid_type",expected:"nonoptional",input:e.value,inst:t}),e}var zd=y("$ZodSuccess",(e,t)=>{de.init(e,t),e._zod.parse=(r,n)=>{if(n.direction==="backward")throw new xr("ZodSuccess");let i=t.innerType._zod.run(r,n);return i instanceof Promise?i.then(o=>(r.value=o.issues.length===0,r)):(r.value=i.issues.length===0,r)}});function e1(e,t,r,n){return t.issues.length?(e.value=r.catchValue({...t,value:e.value,error:{issues:t.issues.map(i=>gt(i,n,Fe()))},input:e.value}),e):(e.value=t.value,t.memo&&(e.memo=!0),e)}var Md=y("$ZodCatch",(e,t)=>{de.init(e,t),ge(e,"optin",r=>r.def.innerType._zod.optin==="defaulted"?"defaulted":"optional"),ge(e,"optout",r=>r.def.innerType._zod.optout),ge(e,"values",r=>r.def.innerType._zod.values),e._zod.parse=(r,n)=>{if(n.direction==="backward")return t.innerType._zod.run(r,n);let i=t.innerType._zod.run({value:r.value,issues:[]},n);return i instanceof Promise?i.then(o=>e1(r,o,t,n)):e1(r,i,t,n)}}),Ud=y("$ZodNaN",(e,t)=>{de.init(e,t),e._zod.parse=(r,n)=>((typeof r.value!="number"||!Number.isNaN(r.value))&&r.issues.push({input:r.value,inst:e,expected:"nan",code:"invalid_type"}),r)}),zs=y("$ZodPipe",(e,t)=>{de.init(e,t),ge(e,"values",r=>r.def.in._zod.values),ge(e,"optin",r=>r.def.in._zod.optin),ge(e,"optout",r=>r.def.out._zod.optout),ge(e,"propValues",r=>r.def.in._zod.propValues),e._zod.parse=(r,n)=>{if(n.direction==="backward"){let o=t.out._zod.run(r,n);return o instanceof Promise?o.then(s=>ws(s,t.in,n)):ws(o,t.in,n)}let i=t.in._zod.run(r,n);return i instanceof Promise?i.then(o=>ws(o,t.out,n)):ws(i,t.out,n)}});function ws(e,t,r){return e.issues.some(n=>n.code!=="unrecognized_keys")?(e.aborted=!0,e):t._zod.run({value:e.value,issues:e.issues},r)}var Xi=y("$ZodCodec",(e,t)=>{de.init(e,t),ge(e,"values",r=>r.def.in._zod.values),ge(e,"optin",r=>r.def.in._zod.optin),ge(e,"optout",r=>r.def.out._zod.optout),ge(e,"propValues",r=>r.def.in._zod.propValues),e._zod.parse=(r,n)=>{if((n.direction||"forward")==="forward"){let o=t.in._zod.run(r,n);return o instanceof Promise?o.then(s=>xs(s,t,n)):xs(o,t,n)}else{let o=t.out._zod.run(r,n);return o instanceof Promise?o.then(s=>xs(s,t,n)):xs(o,t,n)}}});function xs(e,t,r){if(e.issues.length)return e.aborted=!0,e;if((r.direction||"forward")==="forward"){let i=t.transform(e.value,e);return i instanceof Promise?i.then(o=>ks(e,o,t.out,r)):ks(e,i,t.out,r)}else{let i=t.reverseTransform(e.value,e);return i instanceof Promise?i.then(o=>ks(e,o,t.in,r)):ks(e,i,t.in,r)}}function ks(e,t,r,n){return e.issues.length?(e.aborted=!0,e):r._zod.run({value:t,issues:e.issues},n)}var qd=y("$ZodPreprocess",(e,t)=>{zs.init(e,t)}),Bd=y("$ZodReadonly",(e,t)=>{de.init(e,t),ge(e,"propValues",r=>r.def.innerType._zod.propValues),ge(e,"values",r=>r.def.innerType._zod.values),ge(e,"optin",r=>r.def.innerType?._zod?.optin),ge(e,"optout",r=>r.def.innerType?._zod?.optout),e._zod.parse=(r,n)=>{if(n.direction==="backward")return t.innerType._zod.run(r,n);let i=t.innerType._zod.run(r,n);return i instanceof Promise?i.then(t1):t1(i)}});function t1(e){return e.memo||(e.value=Object.freeze(e.value)),e}function Qk(e){let t=e._zod.def,r=t.pattern,n=!!t.format?.includes("int"),i,o;for(let a of t.checks??[]){let u=a._zod.def;u.pattern&&(r=u.pattern),n||(n=!!u.format?.includes("int"));let c=u.minimum??u.length,l=u.maximum??u.length;c!==void 0&&(i===void 0||c>i)&&(i=c),l!==void 0&&(o===void 0||l<o)&&(o=l)}if(r)return r.source;if(i!==void 0&&o!==void 0&&i>o)return"(?!)";if(i!==void 0||o!==void 0)return nl({minimum:i,maximum:o}).source;let s=e._zod.pattern;return(n&&s===or?Ui:s)?.source}function Cl(e){let t=e._zod.def,r=e._zod.pattern?.source,n=t.innerType??e._zod.innerType;if(n){let i=n._zod.pattern?.source,o=Cl(n);return r&&i&&o&&o!==i?r.replace(ir(i),()=>ir(o)):r}if(t.options){let i=t.options.map(Cl);if(i.every(Boolean))return`^(${i.map(o=>ir(o)).join("|")})$`}return Qk(e)}var Zd=y("$ZodTemplateLiteral",(e,t)=>{de.init(e,t);let r=[];for(let n of t.parts)if(typeof n=="object"&&n!==null){let i=Cl(n);if(!i)throw new Error(`Invalid template literal part, no pattern found: ${[...n._zod.traits].shift()}`);r.push(ir(i))}else if(n===null||gu.has(typeof n))r.push(Tt(`${n}`));else throw new Error(`Invalid template literal part: ${n}`);e._zod.pattern=new RegExp(`^${r.join("")}$`),e._zod.parse=(n,i)=>typeof n.value!="string"?(n.issues.push({input:n.value,inst:e,expected:"string",code:"invalid_type"}),n):(e._zod.pattern.lastIndex=0,e._zod.pattern.test(n.value)||n.issues.push({input:n.value,inst:e,code:"invalid_format",format:t.format??"template_literal",pattern:e._zod.pattern.source}),n)}),jd=y("$ZodFunction",(e,t)=>(de.init(e,t),Object.defineProperty(e,"_def",{value:t}),e._zod.def=t,e.implement=r=>{if(typeof r!="function")throw new Error("implement() must be called with a function");return Object.defineProperty(function(...n){let i=e._def.input?is(e._def.input,n):n,o=Reflect.apply(r,this,i);return e._def.output?is(e._def.output,o):o},"_zod",{value:e._zod,enumerable:!1})},e.implementAsync=r=>{if(typeof r!="function")throw new Error("implementAsync() must be called with a function");return Object.defineProperty(async function(...n){let i=e._def.input?await os(e._def.input,n):n,o=await Reflect.apply(r,this,i);return e._def.output?await os(e._def.output,o):o},"_zod",{value:e._zod,enumerable:!1})},e._zod.parse=(r,n)=>typeof r.value!="function"?(r.issues.push({code:"invalid_type",expected:"function",input:r.value,inst:e}),r):(e._def.output&&e._def.output._zod.def.type==="promise"?r.value=e.implementAsync(r.value):r.value=e.implement(r.value),r),e.input=(...r)=>{let n=e.constructor;return Array.isArray(r[0])?new n({type:"function",input:new Fs({type:"tuple",items:r[0],rest:r[1]}),output:e._def.output}):new n({type:"function",input:r[0],output:e._def.output})},e.output=r=>{let n=e.constructor;return new n({type:"function",input:e._def.input,output:r})},e)),Vd=y("$ZodPromise",(e,t)=>{de.init(e,t),e._zod.parse=(r,n)=>Promise.resolve(r.value).then(i=>t.innerType._zod.run({value:i,issues:[]},n))}),Ji=y("$ZodLazy",(e,t)=>{de.init(e,t),fu(e._zod,"innerType",()=>{let r=t;return r._cachedInner||(r._cachedInner=t.getter()),r._cachedInner}),ge(e,"pattern",r=>r.innerType?._zod?.pattern),ge(e,"propValues",r=>r.innerType?._zod?.propValues),ge(e,"optin",r=>r.innerType?._zod?.optin??void 0),ge(e,"optout",r=>r.innerType?._zod?.optout??void 0),e._zod.parse=(r,n)=>e._zod.innerType._zod.run(r,n)}),Gd=y("$ZodCustom",(e,t)=>{Ie.init(e,t),de.init(e,t),e._zod.parse=(r,n)=>r,e._zod.check=r=>{let n=r.value,i=t.fn(n);if(i instanceof Promise)return i.then(o=>r1(o,r,n,e));r1(i,r,n,e)}});function r1(e,t,r,n){if(!e){let i={code:"custom",input:r,inst:n,path:[...n._zod.def.path??[]],continue:!n._zod.def.abort};n._zod.def.params&&(i.params=n._zod.def.params),t.issues.push(wn(i))}}var Bs=class extends Error{constructor(){super("Cannot parse a reference cycle that closes through a transform"),this.name="ZodCyclicError"}},Hd="~memo",l1=[];function d1(e){return e!==null&&typeof e=="object"}function Kd(e){return e.map(t=>t.path?{...t,path:t.path.slice()}:{...t})}var p1=new WeakMap,Pn=0,qs=1,Yi=2;function Qi(e,t,r){let n=p1.get(e);if(n!==void 0)return n?Yi:Pn;if(t.has(e))return Yi;t.add(e);let i=Pn,o=l=>{if(i!==Yi&&l?._zod){let p=Qi(l,t,r);p>i&&(i=p)}},s=(l,p)=>{let f=Pn;for(let h of Reflect.ownKeys(l)){let b=Object.getOwnPropertyDescriptor(l,h);if(p&&!b.enumerable)continue;let g=b.get?qs:b.value?._zod?Qi(b.value,t,r):Pn;g>f&&(f=g)}return f},a=l=>{l>i&&(i=l)},u=e._zod.def,c=u.type;switch(c){case"object":{let l=yn(u);a(l?s(l,!0):qs),o(u.catchall);break}case"array":o(u.element);break;case"tuple":for(let l of u.items)o(l);o(u.rest);break;case"record":case"map":o(u.keyType),o(u.valueType);break;case"set":o(u.valueType);break;case"union":for(let l of u.options)o(l);break;case"intersection":o(u.left),o(u.right);break;case"optional":case"nullable":case"default":case"prefault":case"catch":case"readonly":case"nonoptional":case"promise":case"success":o(u.innerType);break;case"pipe":o(u.in),o(u.out);break;case"function":o(u.input),o(u.output);break;case"lazy":{let l=u._cachedInner??(r?e._zod.innerType:void 0);a(l?Qi(l,t,!1):qs);break}case"template_literal":case"string":case"number":case"int":case"boolean":case"bigint":case"symbol":case"undefined":case"null":case"void":case"never":case"any":case"unknown":case"date":case"nan":case"enum":case"literal":case"file":case"transform":case"custom":break;default:for(let l in u){let p=Object.getOwnPropertyDescriptor(u,l);if(!p||p.get)continue;let f=p.value;if(!(!f||typeof f!="object")){if(f._zod)o(f);else if(Array.isArray(f))for(let h of f)o(h)}}}return t.delete(e),e$(e,i)}function e$(e,t){return t!==qs&&p1.set(e,t===Yi),t}function Zs(e){return Qi(e,new Set,!0)!==Pn}function t$(e,t){let r=e.buckets.get(t);return r||(r=new WeakMap,e.buckets.set(t,r)),r}var Ms,Us=[],r$={alloc(e,t,r){let n=Ms;if(!n)return r;Ms=void 0;let i={value:r,issues:null};return n.set(t.value,i),Us.push(i),r},guard(e){var t;(t=e._zod).deferred??(t.deferred=[]),e._zod.deferred.push(()=>{let r=e._zod.parse,n=(i,o)=>{if(o.direction!=="backward"&&js(o,i.value))throw new Bs;return r(i,o)};e._zod.parse=n,e._zod.run===r&&(e._zod.run=n)})},attach(e){var t;let r,n=!1,i,o;(t=e._zod).deferred??(t.deferred=[]),e._zod.deferred.push(()=>{let s=e._zod.parse,a=(u,c)=>{if(r===void 0){let v=Qi(e,new Set,!1);if(v===Pn)return e._zod.parse=s,e._zod.run===a&&(e._zod.run=s),s(u,c);v===Yi||n?r=!0:n=!0}let l=u.value;if(!d1(l))return s(u,c);let p=c[Hd];p||(p={buckets:new WeakMap,backEdges:void 0},c[Hd]=p);let f;i===c?f=o:(f=t$(p,e),i=c,o=f);let h=f.get(l);if(h)return u.value=h.value,h.issues?h.issues.length&&u.issues.push(...Kd(h.issues)):(u.memo=!0,p.backEdges??(p.backEdges=new WeakSet),p.backEdges.add(h.value)),u;Ms=f;let b=Us.length,g=s(u,c);Ms=void 0;let k=Us.length>b?Us.pop():void 0;return g instanceof Promise?g.then(v=>(k&&(k.issues=v.issues.length?Kd(v.issues):l1),v)):(k&&(k.issues=g.issues.length?Kd(g.issues):l1),g)};e._zod.parse=a,e._zod.run===s&&(e._zod.run=a)})}};function eo(){return r$}function js(e,t){let r=e[Hd]?.backEdges;return r!==void 0&&d1(t)&&r.has(t)}var to={};Qt(to,{en:()=>Vs});var n$=()=>{let e={string:{unit:"characters",verb:"to have"},file:{unit:"bytes",verb:"to have"},array:{unit:"items",verb:"to have"},set:{unit:"items",verb:"to have"},map:{unit:"entries",verb:"to have"}};function t(o){return e[o]??null}let r={regex:"input",email:"email address",url:"URL",emoji:"emoji",uuid:"UUID",uuidv4:"UUIDv4",uuidv6:"UUIDv6",nanoid:"nanoid",guid:"GUID",cuid:"cuid",cuid2:"cuid2",ulid:"ULID",xid:"XID",ksuid:"KSUID",datetime:"ISO datetime",date:"ISO date",time:"ISO time",duration:"ISO duration",ipv4:"IPv4 address",ipv6:"IPv6 address",mac:"MAC address",cidrv4:"IPv4 range",cidrv6:"IPv6 range",base64:"base64-encoded string",base64url:"base64url-encoded string",json_string:"JSON string",e164:"E.164 number",currency_code:"currency code",credit_card:"credit card number",iban:"IBAN",jwt:"JWT",template_literal:"input"},n={nan:"NaN"};function i(o,s){return o==="number"&&typeof s=="number"&&!Number.isFinite(s)?String(s):n[o]??o}return o=>{switch(o.code){case"invalid_type":{let s=i(o.expected),a=vu(o.input),u=i(a,o.input);return`Invalid input: expected ${s}, received ${u}`}case"invalid_value":return o.values.length===1?`Invalid input: expected ${es(o.values[0])}`:`Invalid option: expected one of ${Jo(o.values,"|")}`;case"too_big":{let s=o.exact?"exactly ":o.inclusive?"<=":"<",a=t(o.origin);return a?`Too big: expected ${o.origin??"value"} to have ${s}${o.maximum.toString()} ${a.unit??"elements"}`:`Too big: expected ${o.origin??"value"} to be ${s}${o.maximum.toString()}`}case"too_small":{let s=o.exact?"exactly ":o.inclusive?">=":">",a=t(o.origin);return a?`Too small: expected ${o.origin} to have ${s}${o.minimum.toString()} ${a.unit}`:`Too small: expected ${o.origin} to be ${s}${o.minimum.toString()}`}case"invalid_format":{let s=o;return s.format==="starts_with"?`Invalid string: must start with "${s.prefix}"`:s.format==="ends_with"?`Invalid string: must end with "${s.suffix}"`:s.format==="includes"?`Invalid string: must include "${s.includes}"`:s.format==="regex"?`Invalid string: must match pattern ${s.pattern}`:`Invalid ${r[s.format]??o.format}`}case"not_multiple_of":return`Invalid number: must be a multiple of ${o.divisor}`;case"unrecognized_keys":return`Unrecognized key${o.keys.length>1?"s":""}: ${Jo(o.keys,", ")}`;case"invalid_key":return`Invalid key in ${o.origin}`;case"invalid_union":return o.options&&Array.isArray(o.options)&&o.options.length>0?`Invalid discriminator value. Expected ${o.options.map(a=>`'${a}'`).join(" | ")}`:o.inclusive===!1?"Invalid input: more than one option matched":"Invalid input";case"invalid_element":return`Invalid value in ${o.origin}`;default:return"Invalid input"}}};function Vs(){return{localeError:n$()}}var f1,Wd=Symbol("ZodOutput"),Xd=Symbol("ZodInput"),Gs=class{constructor(){this._map=new WeakMap,this._idmap=new Map}add(t,...r){let n=r[0];return this._map.set(t,n),n&&typeof n=="object"&&"id"in n&&this._idmap.set(n.id,t),this}clear(){return this._map=new WeakMap,this._idmap=new Map,this}remove(t){let r=this._map.get(t);return r&&typeof r=="object"&&"id"in r&&this._idmap.delete(r.id),this._map.delete(t),this}get(t){let r=t._zod.parent;if(r){let n={...this.get(r)??{}};delete n.id;let i={...n,...this._map.get(t)};return Object.keys(i).length?i:void 0}return this._map.get(t)}has(t){return this._map.has(t)}};function Ks(){return new Gs}(f1=globalThis).__zod_globalRegistry??(f1.__zod_globalRegistry=Ks());var We=globalThis.__zod_globalRegistry;var at=Symbol.for("zod.compile.invalid"),m1=Symbol.for("zod.compile.fallback"),qt=class extends Error{constructor(t="z.compile does not support async refinements, transforms, or checks"){super(t),this.name="ZodCompileAsyncError"}},ye=class extends Error{constructor(t,r=!0){super(`z.compile does not support ${t}; this schema must use the runtime parser`),this.name="ZodCompileUnsupportedError",this.islandable=r}};function o$(e,t){try{return Ws(e,{assertOnly:!0})}catch{return t}}function ep(e,t){try{let r=Ws(e),n=Hs(e,r);return n._zod.bag.validator=o$(e,r),n}catch(r){if(t?.strict)throw r;return e}}function Hs(e,t){if(Zs(e))throw new ye("a schema whose subtree contains a reference cycle");let r=Ae(e),n=e._zod.run,i=n.__originalRun??n,o=(s,a)=>{if(a?.async||a?.direction==="backward"||a?.skipChecks||a?.[m1]||a&&js(a,s.value))return i(s,a);let u=t(s.value);return u!==at?(s.value=u,s):(a&&(a[m1]=!0),i(s,a))};return o.__originalRun=i,r._zod.bag.fallbackRun=i,r._zod.bag.validator=t,r._zod.run=o,n.__originalRun||s$(r,e,t),r}function s$(e,t,r){let n=e,i=t;if(typeof i.safeParse=="function"){let o=i.safeParse;n.safeParse=(s,a)=>{let u=r(s);return u!==at?{success:!0,data:u}:o(s,a)}}if(typeof i.parse=="function"){let o=i.parse;n.parse=(s,a)=>{let u=r(s);return u!==at?u:o(s,a)}}}function Ws(e,t){let r=!0;try{r=Zs(e)}catch{}if(r)throw new ye("a schema whose subtree contains a reference cycle");let n={constants:new Map,constantCounter:0,varCounter:0,definite:!0},i=new Br(["input"]),o=De(i,n,e,"input",!t?.assertOnly);i.write(o===null?"return true;":`return ${o};`);let s=["INVALID",...n.constants.keys()],a=[at,...n.constants.values()],u=i.content.join(`
`),c=t?.debug?s.length>0?`// Constants: ${s.join(", ")}
${u}`:u:"",l=Function,p=`return (input) => {
${u}
}`,f;try{f=new l(...s,p)(...a)}catch(h){throw new ye(`this schema (generated code failed to evaluate: ${h.message})`)}return t?.debug&&(f.code=c),f.definite=n.definite,f}function ce(e,t){for(let[n,i]of e.constants)if(i===t)return n;let r=`c${e.constantCounter++}`;return e.constants.set(r,t),r}function Vr(e,t){return e.definite=!1,ce(e,t)}function ee(e){return`v${e.varCounter++}`}function a$(e,t){let r=e._zod.run({value:t,issues:[]},{});if(r&&typeof r.then=="function")return at;let n=r;return n.issues.length===0?n.value:at}function Qe(e,t,r,n,i=!0){let o=e.content.length,s=t.constants.size,a=t.constantCounter,u=t.varCounter;try{return De(e,t,r,n,i)}catch(c){if(!(c instanceof ye)||!c.islandable)throw c;if(e.content.length=o,t.constants.size>s){let l=Array.from(t.constants.keys()).slice(s);for(let p of l)t.constants.delete(p)}return t.constantCounter=a,t.varCounter=u,c$(e,t,r,n)}}function c$(e,t,r,n){t.definite=!1;let i=ce(t,r),o=ce(t,a$),s=ee(t);return e.write(`const ${s} = ${o}(${i}, ${n});`),e.write(`if (${s} === INVALID) return INVALID;`),s}var u$=new Set(["max_size","min_size","size_equals","max_length","min_length","length_equals"]);function l$(e,t,r,n){let i=r._zod.def.checks;if(!i||i.length===0)return n;let o=n;for(let s of i){let a=s._zod.def;if(a.when&&!u$.has(a.check))throw new ye('check with a custom "when" condition');switch(a.check){case"greater_than":d$(e,t,a,o);break;case"less_than":p$(e,t,a,o);break;case"multiple_of":f$(e,t,a,o);break;case"number_format":w1(e,a,o);break;case"min_length":{let u=kr(a.minimum,"min_length"),c=Jd(e,t,o,`${o}.length >= ${u} && ${o}.length < ${a.minimum*2}`);e.write(`if (${c} < ${u}) return INVALID;`);break}case"max_length":{let u=kr(a.maximum,"max_length"),c=Jd(e,t,o,`${o}.length > ${u}`);e.write(`if (${c} > ${u}) return INVALID;`);break}case"length_equals":{let u=kr(a.length,"length_equals"),c=Jd(e,t,o,`${o}.length >= ${u} && ${o}.length <= ${a.length*2}`);e.write(`if (${c} !== ${u}) return INVALID;`);break}case"min_size":e.write(`if (${o}.size < ${kr(a.minimum,"min_size")}) return INVALID;`);break;case"max_size":e.write(`if (${o}.size > ${kr(a.maximum,"max_size")}) return INVALID;`);break;case"size_equals":e.write(`if (${o}.size !== ${kr(a.size,"size_equals")}) return INVALID;`);break;case"string_format":o=x1(e,t,a,o);break;case"custom":o=v$(e,t,s,o);break;case"bigint_format":m$(e,a,o);break;case"mime_type":h$(e,t,a,o);break;case"property":b$(e,t,a,o);break;case"properties":g$(e,t,a,o);break;case"overwrite":{let u=ee(t);y$(e,t,s,o,u),o=u;break}default:throw new ye(`check type ${a.check}`)}}return o}function Jd(e,t,r,n){let i=ce(t,Ur),o=ee(t);return e.write(`const ${o} = typeof ${r} === "string" && ${n} ? ${i}(${r}) : ${r}.length;`),o}function kr(e,t){if(typeof e!="number"||!Number.isFinite(e))throw new ye(`${t} bound of type ${typeof e}`);return`${e}`}function v1(e,t){if(typeof t=="bigint")return`${t}n`;if(typeof t=="number"){if(Number.isNaN(t))throw new ye("comparison check with NaN bound");return`${t}`}if(t instanceof Date){if(Number.isNaN(t.getTime()))throw new ye("comparison check with Invalid Date bound");return ce(e,t)}throw new ye(`comparison check bound of type ${typeof t}`)}function d$(e,t,r,n){let i=r.inclusive?"<":"<=";e.write(`if (${n} ${i} ${v1(t,r.value)}) return INVALID;`)}function p$(e,t,r,n){let i=r.inclusive?">":">=";e.write(`if (${n} ${i} ${v1(t,r.value)}) return INVALID;`)}function f$(e,t,r,n){if(typeof r.value=="bigint"){if(r.value===BigInt(0))throw new ye("multiple_of check with a zero divisor");e.write(`if (${n} % ${r.value}n !== 0n) return INVALID;`)}else{let i=ce(t,Si);e.write(`if (${i}(${n}, ${kr(r.value,"multiple_of")}) !== 0) return INVALID;`)}}function w1(e,t,r){let n=t.format;switch(n){case"safeint":e.write(`if (!Number.isSafeInteger(${r})) return INVALID;`);break;case"int32":e.write(`if (!Number.isInteger(${r}) || ${r} < -2147483648 || ${r} > 2147483647) return INVALID;`);break;case"uint32":e.write(`if (!Number.isInteger(${r}) || ${r} < 0 || ${r} > 4294967295) return INVALID;`);break;case"float32":e.write(`if (!Number.isFinite(${r}) || ${r} < -3.4028234663852886e38 || ${r} > 3.4028234663852886e38) return INVALID;`);break;case"float64":e.write(`if (!Number.isFinite(${r})) return INVALID;`);break;default:throw new ye(`number format ${n}`)}}function m$(e,t,r){let n=t.format;if(n)switch(n){case"int64":e.write(`if (${r} < -9223372036854775808n || ${r} > 9223372036854775807n) return INVALID;`);break;case"uint64":e.write(`if (${r} < 0n || ${r} > 18446744073709551615n) return INVALID;`);break;default:throw new ye(`bigint format ${n}`)}}function h$(e,t,r,n){let i=r.mime;if(i&&i.length>0){let o=ce(t,new Set(i));e.write(`if (!${o}.has(${n}.type)) return INVALID;`)}}function g$(e,t,r,n){if(r.when)throw new ye('check with a custom "when" condition');e.write(`if (${n} == null) return INVALID;`);let i=r.shape;for(let o of Reflect.ownKeys(i)){let s=typeof o=="symbol"?ce(t,o):ot(o),a=ee(t);e.write(`const ${a} = ${n}[${s}];`),Qe(e,t,i[o],a,!1)}}function b$(e,t,r,n){let i=`${n}[${JSON.stringify(r.property)}]`;De(e,t,r.schema,i)}function y$(e,t,r,n,i){let o=r._zod.def.tx;if(!o)throw new ye("overwrite check without a transform function");if(Gr(o))throw new qt("z.compile: async overwrite transforms are not supported");let s=ce(t,o);e.write(`const ${i} = ${s}(${n});`)}function Yd(){throw new bt}function tp(e){this.issues.push(e)}function v$(e,t,r,n){let i=r._zod.def;if(i.fn){if(Gr(i.fn))throw new qt("z.compile: async .refine() predicates are not supported");let o=Vr(t,i.fn),s=ce(t,Yd),a=ee(t);return e.write(`const ${a} = ${o}(${n});`),e.write(`if (${a} instanceof Promise) ${s}();`),e.write(`if (!${a}) return INVALID;`),n}if(r._zod.check){if(Gr(r._zod.check))throw new qt("z.compile: async .superRefine() / check functions are not supported");let o=r._zod.check,a=Vr(t,c=>{let l={value:c,issues:[],addIssue:tp};return o(l)instanceof Promise&&Yd(),l.issues.length===0?l.value:at}),u=ee(t);return e.write(`const ${u} = ${a}(${n});`),e.write(`if (${u} === INVALID) return INVALID;`),u}throw new ye("custom check without a predicate or check function")}var w$=new Set(["cidrv4","cuid","cuid2","date","datetime","duration","e164","email","emoji","ends_with","guid","includes","ipv4","ksuid","lowercase","mac","nanoid","regex","starts_with","time","ulid","uppercase","uuid","xid"]);function x1(e,t,r,n,i=!0){let o=r.format;if(o==="base64"){let c=ce(t,Gi);return e.write(`if (!${c}(${n})) return INVALID;`),n}if(o==="base64url"){let c=ce(t,Is);return e.write(`if (!${c}(${n})) return INVALID;`),n}if(o==="jwt"){let c=ce(t,Cs),l=ce(t,r.alg??null);return e.write(`if (!${c}(${n}, ${l})) return INVALID;`),n}if(o==="ipv6"){let c=ce(t,Vi);return e.write(`if (!${c}(${n})) return INVALID;`),n}if(o==="cidrv6"){let c=ce(t,Rs);return e.write(`if (!${c}(${n})) return INVALID;`),n}if(o==="credit_card"){let c=ce(t,Ts);return e.write(`if (!${c}(${n})) return INVALID;`),n}if(o==="iban"){let c=ce(t,Os);return e.write(`if (!${c}(${n})) return INVALID;`),n}let s=r;if(o==="url"||o==="httpurl"||s.normalize||s.hostname!==void 0||s.protocol!==void 0){let c=ce(t,As),l=ce(t,r),p=ee(t),f=ee(t);if(e.write(`const ${p} = ${n}.trim();`),e.write(`const ${f} = ${c}(${p}, ${l});`),e.write(`if (typeof ${f} === "number") return INVALID;`),s.hostname!==void 0){let g=ce(t,Ss);e.write(`if (!${g}(${f}, ${l}.hostname)) return INVALID;`)}if(s.protocol!==void 0){let g=ce(t,Ps);e.write(`if (!${g}(${f}, ${l}.protocol)) return INVALID;`)}if(!i)return null;let h=ee(t),b=s.normalize?`${f}.href`:`${ce(t,ji)}(${p})`;return e.write(`const ${h} = ${b};`),h}let a=r.fn;if(a){if(Gr(a))throw new ye(`async string format ${o}`);let c=ce(t,a);return e.write(`if (!${c}(${n})) return INVALID;`),n}if(w$.has(o)&&r.pattern){let c=ce(t,r.pattern);return e.write(`${c}.lastIndex = 0;`),e.write(`if (!${c}.test(${n})) return INVALID;`),n}let u=r.format;switch(u){case"regex":throw new ye("regex format without a pattern");case"lowercase":e.write(`if (${n} !== ${n}.toLowerCase()) return INVALID;`);break;case"uppercase":e.write(`if (${n} !== ${n}.toUpperCase()) return INVALID;`);break;case"includes":e.write(`if (!${n}.includes(${ot(r.includes)})) return INVALID;`);break;case"starts_with":{let c=r.prefix;e.write(`if (${n}.slice(0, ${c.length}) !== ${ot(c)}) return INVALID;`);break}case"ends_with":{let c=r.suffix;e.write(`if (${n}.slice(-${c.length}) !== ${ot(c)}) return INVALID;`);break}default:throw new ye(`string format ${u}`)}return n}function De(e,t,r,n,i=!0){let o=r._zod.def,s=o.type;if(o.coerce)throw new ye(`coercion (z.coerce.${s}())`);let a=i||!!o.checks?.length,u;switch(s){case"string":u=x$(e,t,r,n,a);break;case"number":u=k$(e,r,n);break;case"boolean":u=$$(e,n);break;case"bigint":u=_$(e,r,n);break;case"symbol":u=A$(e,n);break;case"undefined":u=S$(e,n);break;case"null":u=P$(e,n);break;case"any":case"unknown":u=n;break;case"never":e.write("return INVALID;"),u=n;break;case"void":u=R$(e,n);break;case"nan":u=E$(e,n);break;case"date":u=I$(e,n);break;case"object":u=T$(e,t,r,n,a);break;case"optional":u=O$(e,t,r,n,a);break;case"nullable":u=N$(e,t,r,n,a);break;case"array":u=F$(e,t,r,n,a);break;case"literal":u=L$(e,t,r,n);break;case"enum":u=z$(e,t,r,n);break;case"readonly":{let c=g1(e,t,r,n),l=ee(t);e.write(`const ${l} = Object.freeze(${c});`),u=l;break}case"success":g1(e,t,r,n),u="true";break;case"default":case"prefault":u=M$(e,t,r,n);break;case"nonoptional":u=U$(e,t,r,n);break;case"tuple":u=q$(e,t,r,n);break;case"union":u=B$(e,t,r,n);break;case"intersection":u=V$(e,t,r,n);break;case"record":u=G$(e,t,r,n);break;case"map":u=H$(e,t,r,n);break;case"set":u=W$(e,t,r,n);break;case"file":u=X$(e,n);break;case"template_literal":u=J$(e,t,r,n);break;case"lazy":u=Y$(e,t,r,n);break;case"pipe":u=Q$(e,t,r,n);break;case"custom":u=e_(e,t,r,n);break;case"transform":u=n_(e,t,r,n);break;case"catch":u=r_(e,t,r,n);break;default:throw new ye(`schema type ${s}`)}return u===null?null:l$(e,t,r,u)}function x$(e,t,r,n,i=!0){e.write(`if (typeof ${n} !== "string") return INVALID;`);let o=r._zod.def;return o.format===void 0?n:x1(e,t,o,n,i)}function k$(e,t,r){e.write(`if (typeof ${r} !== "number" || !Number.isFinite(${r})) return INVALID;`);let n=t._zod.def;return n.check==="number_format"&&n.format&&w1(e,{format:n.format},r),r}function $$(e,t){return e.write(`if (typeof ${t} !== "boolean") return INVALID;`),t}function _$(e,t,r){e.write(`if (typeof ${r} !== "bigint") return INVALID;`);let n=t._zod.def;if(n.format)switch(n.format){case"int64":e.write(`if (${r} < -9223372036854775808n || ${r} > 9223372036854775807n) return INVALID;`);break;case"uint64":e.write(`if (${r} < 0n || ${r} > 18446744073709551615n) return INVALID;`);break}return r}function A$(e,t){return e.write(`if (typeof ${t} !== "symbol") return INVALID;`),t}function S$(e,t){return e.write(`if (${t} !== undefined) return INVALID;`),t}function P$(e,t){return e.write(`if (${t} !== null) return INVALID;`),t}function R$(e,t){return e.write(`if (${t} !== undefined) return INVALID;`),t}function E$(e,t){return e.write(`if (typeof ${t} !== "number" || !Number.isNaN(${t})) return INVALID;`),t}function I$(e,t){return e.write(`if (!(${t} instanceof Date) || Number.isNaN(${t}.getTime())) return INVALID;`),t}function T$(e,t,r,n,i=!0){let o=r._zod.def;e.write(`if (typeof ${n} !== "object" || ${n} === null || Array.isArray(${n})) return INVALID;`);let s=o.shape,a=Object.keys(s),u=Object.getOwnPropertySymbols(s),c=u.length?[...a,...u]:a,l=w=>typeof w=="symbol"?ce(t,w):ot(w),p=w=>typeof w=="symbol"?`[${l(w)}]`:ot(w),f=s;if(a.includes("__proto__"))throw new ye('object shape key "__proto__"');let h=new Map;for(let w of c){let _=f[w],F=l(w),K=ee(t);if(e.write(`const ${K} = ${n}[${F}];`),_._zod.optin!==void 0){let V=ee(t);e.write(`let ${V} = (() => {`),e.indented(oe=>{let X=Qe(oe,t,_,K);oe.write(`return ${X};`)}),e.write("})();"),_._zod.optout==="optional"?(e.write(`if (${V} === INVALID) {`),e.indented(oe=>{oe.write(`if (${F} in ${n}) return INVALID;`),oe.write(`${V} = undefined;`)}),e.write("}")):e.write(`if (${V} === INVALID) return INVALID;`),h.set(w,V)}else{D$(_)&&e.write(`if (!(${F} in ${n})) return INVALID;`);let V=Qe(e,t,_,K,i);V!==null&&h.set(w,V)}}let b=o.catchall,g="none";if(b){let w=b._zod.def.type;if(w==="never"){let _=a.map(F=>`k !== ${ot(F)}`).join(" && ")||"true";e.write(`for (const k in ${n}) {`),e.indented(F=>{F.write(`if (${_}) return INVALID;`)}),e.write("}")}else(w==="unknown"||w==="any")&&!b._zod.def.checks?.length?g="passthrough":g="schema"}let k=ee(t),v=c.some(w=>h1(f[w])||Qd(f[w]));if(!i){if(g==="schema"){let w=a.length>0?ce(t,new Set(a)):null;e.write(`for (const k in ${n}) {`),e.indented(_=>{_.write('if (k === "__proto__") continue;'),w&&_.write(`if (${w}.has(k)) continue;`);let F=ee(t);_.write(`const ${F} = ${n}[k];`),Qe(_,t,b,F,!1)}),e.write("}")}return null}if(v){e.write(`const ${k} = {};`);for(let w of c){let _=l(w),F=h.get(w);Qd(f[w])?e.write(`if (${_} in ${n}) ${k}[${_}] = ${F};`):h1(f[w])?e.write(`if (${F} !== undefined || ${_} in ${n}) ${k}[${_}] = ${F};`):e.write(`${k}[${_}] = ${F};`)}}else{let w=c.map(_=>`${p(_)}: ${h.get(_)}`).join(", ");e.write(`const ${k} = { ${w} };`)}if(g!=="none"){let w=a.length>0?ce(t,new Set(a)):null;e.write(`for (const k in ${n}) {`),e.indented(_=>{if(_.write('if (k === "__proto__") continue;'),w&&_.write(`if (${w}.has(k)) continue;`),g==="passthrough")_.write(`${k}[k] = ${n}[k];`);else{let F=ee(t);_.write(`const ${F} = ${n}[k];`);let K=Qe(_,t,b,F);_.write(`${k}[k] = ${K};`)}}),e.write("}")}return k}function O$(e,t,r,n,i=!0){let o=r._zod.def;if(C$(r))return De(e,t,o.innerType,n,i);if(o.innerType._zod.optin==="defaulted"){let a=ee(t),u=ee(t);return e.write(`let ${a};`),e.write(`if (${n} === undefined) {`),e.indented(c=>{c.write(`const ${u} = (() => {`),c.indented(l=>{let p=De(l,t,o.innerType,n);l.write(`return ${p};`)}),c.write("})();"),c.write(`if (${u} !== INVALID) ${a} = ${u};`)}),e.write("} else {"),e.indented(c=>{let l=De(c,t,o.innerType,n);c.write(`${a} = ${l};`)}),e.write("}"),a}let s=i?ee(t):null;return s&&e.write(`let ${s};`),e.write(`if (${n} !== undefined) {`),e.indented(a=>{let u=De(a,t,o.innerType,n,i);s&&u!==null&&a.write(`${s} = ${u};`)}),e.write("}"),s}function C$(e){return e._zod.traits?.has("$ZodExactOptional")===!0}function D$(e){return e._zod.optin===void 0&&jr(e)}function jr(e){if(e._zod.def.coerce)return!0;let t=e._zod.def;switch(t.type){case"any":case"unknown":case"undefined":case"void":case"default":case"prefault":case"transform":case"custom":case"lazy":return!0;case"string":case"number":case"boolean":case"bigint":case"symbol":case"null":case"never":case"nan":case"date":case"object":case"array":case"tuple":case"record":case"map":case"set":case"file":case"template_literal":return!1;case"nonoptional":return t.innerType?jr(t.innerType):!1;case"literal":return!!t.values?.includes(void 0);case"enum":return!!e._zod.values?.has(void 0);case"optional":case"nullable":case"readonly":case"success":return t.innerType?jr(t.innerType):!0;case"catch":return!0;case"union":return t.options?t.options.some(jr):!0;case"intersection":return!t.left||!t.right?!0:jr(t.left)&&jr(t.right);case"pipe":return t.in?jr(t.in):!0;default:return!0}}function Qd(e){return e._zod.optin==="optional"&&e._zod.optout==="optional"}function h1(e){return(e._zod.optin!=="defaulted"||e._zod.optout==="optional")&&Rn(e)}function Rn(e){let t=e._zod.def;switch(t.type){case"string":case"number":case"boolean":case"bigint":case"symbol":case"null":case"nan":case"date":case"object":case"array":case"tuple":case"record":case"map":case"set":case"file":case"template_literal":case"never":case"success":return!1;case"literal":return!!t.values?.includes(void 0);case"enum":return!!e._zod.values?.has(void 0);case"optional":return!0;case"nullable":case"readonly":case"nonoptional":return t.innerType?Rn(t.innerType):!0;case"union":return t.options?t.options.some(Rn):!0;case"intersection":return!t.left||!t.right||Rn(t.left)||Rn(t.right);case"pipe":return t.out?Rn(t.out):!0;default:return!0}}function N$(e,t,r,n,i=!0){let o=r._zod.def,s=i?ee(t):null;return s&&e.write(`let ${s} = null;`),e.write(`if (${n} !== null) {`),e.indented(a=>{let u=De(a,t,o.innerType,n,i);s&&u!==null&&a.write(`${s} = ${u};`)}),e.write("}"),s}function rp(e,t,r){for(let[n,i]of vn(t._zod.def.checks))e.write(`if (${r} > ${kr(n,i._zod.def.check)}) return INVALID;`)}function F$(e,t,r,n,i=!0){let o=r._zod.def;e.write(`if (!Array.isArray(${n})) return INVALID;`),rp(e,r,`${n}.length`);let s=i?ee(t):null,a=ee(t),u=ee(t);return s&&e.write(`const ${s} = new Array(${n}.length);`),e.write(`for (let ${a} = 0; ${a} < ${n}.length; ${a}++) {`),e.indented(c=>{c.write(`const ${u} = ${n}[${a}];`);let l=Qe(c,t,o.element,u,i);s&&l!==null&&c.write(`${s}[${a}] = ${l};`)}),e.write("}"),s}function L$(e,t,r,n){let o=r._zod.def.values;if(o.length!==1){let a=ce(t,new Set(o));return e.write(`if (!${a}.has(${n})) return INVALID;`),n}let s=o[0];if(typeof s=="number"&&Number.isNaN(s)){let a=ce(t,new Set(o));return e.write(`if (!${a}.has(${n})) return INVALID;`),n}if(typeof s=="string")e.write(`if (${n} !== ${ot(s)}) return INVALID;`);else if(typeof s=="number"||typeof s=="boolean")e.write(`if (${n} !== ${s}) return INVALID;`);else if(s===null)e.write(`if (${n} !== null) return INVALID;`);else if(s===void 0)e.write(`if (${n} !== undefined) return INVALID;`);else if(typeof s=="bigint")e.write(`if (${n} !== ${s}n) return INVALID;`);else throw new ye(`literal type ${typeof s}`);return n}function z$(e,t,r,n){let i=r._zod.values;if(!i)throw new ye("enum schema without enumerated values");let o=ce(t,i);return e.write(`if (!${o}.has(${n})) return INVALID;`),n}function g1(e,t,r,n){let i=r._zod.def;return De(e,t,i.innerType,n)}function M$(e,t,r,n){let i=r._zod.def,s=Object.getOwnPropertyDescriptor(r._zod.def,"defaultValue")?()=>r._zod.def.defaultValue:void 0;if(r._zod.def.type==="prefault"){if(!s)return De(e,t,i.innerType,n);let u=ce(t,s),c=ee(t);return e.write(`let ${c} = ${n};`),e.write(`if (${n} === undefined) ${c} = ${u}();`),De(e,t,i.innerType,c)}let a=ee(t);if(s){let u=ce(t,s),c=ce(t,Pi);e.write(`let ${a};`),e.write(`if (${n} === undefined) {`),e.indented(l=>{l.write(`${a} = ${c}(${u}());`)}),e.write("} else {"),e.indented(l=>{let p=De(l,t,i.innerType,n);l.write(`${a} = ${p} === undefined ? ${c}(${u}()) : ${p};`)}),e.write("}")}else e.write(`let ${a};`),e.write(`if (${n} !== undefined) {`),e.indented(u=>{let c=De(u,t,i.innerType,n);u.write(`${a} = ${c};`)}),e.write("}");return a}function U$(e,t,r,n){let i=r._zod.def,o=De(e,t,i.innerType,n),s=ee(t);return e.write(`const ${s} = ${o};`),e.write(`if (${s} === undefined) return INVALID;`),s}function q$(e,t,r,n){let i=r._zod.def,o=i.items,s=i.rest;e.write(`if (!Array.isArray(${n})) return INVALID;`);let a=b1(o,"optin"),u=b1(o,"optout");s?e.write(`if (${n}.length < ${a}) return INVALID;`):e.write(`if (${n}.length < ${a} || ${n}.length > ${o.length}) return INVALID;`);let c=ee(t);e.write(`const ${c} = [];`);for(let l=0;l<o.length;l++){let p=o[l];if(l>=u)e.write(`if (${c}.length === ${l}) {`),e.indented(f=>{f.write(`if (${l} < ${n}.length) {`),f.indented(h=>{let b=ee(t);h.write(`const ${b} = ${n}[${l}];`);let g=Qe(h,t,p,b);h.write(`${c}[${l}] = ${g};`)}),f.write("} else {"),f.indented(h=>{if(Qd(p)){h.write(`${c}.length = ${l};`);return}let b=ee(t),g=ee(t);h.write(`const ${b} = undefined;`),h.write(`const ${g} = (() => {`),h.indented(k=>{let v=Qe(k,t,p,b);k.write(`return ${v};`)}),h.write("})();"),h.write(`if (${g} === INVALID || ${g} === undefined) ${c}.length = ${l};`),h.write(`else ${c}[${l}] = ${g};`)}),f.write("}")}),e.write("}");else{let f=ee(t);e.write(`const ${f} = ${n}[${l}];`);let h=Qe(e,t,p,f);e.write(`${c}[${l}] = ${h};`)}}if(s){let l=ee(t),p=ee(t);e.write(`for (let ${l} = ${o.length}; ${l} < ${n}.length; ${l}++) {`),e.indented(f=>{f.write(`const ${p} = ${n}[${l}];`);let h=Qe(f,t,s,p);f.write(`${c}[${l}] = ${h};`)}),e.write("}")}return c}function b1(e,t){for(let r=e.length-1;r>=0;r--)if(!(t==="optin"?e[r]._zod.optin!==void 0:e[r]._zod.optout==="optional"))return r+1;return 0}function B$(e,t,r,n){let i=r._zod.def,o=i.options;if(i.discriminator)return Z$(e,t,i,n);if(i.inclusive===!1)throw new ye("exclusive unions (z.xor)");if(o.length===0)return e.write("return INVALID;"),n;if(o.length===1)return De(e,t,o[0],n);if(o.every(u=>u._zod.def.type==="literal"&&!u._zod.def.checks?.length)){let u=new Set(o.flatMap(l=>l._zod.def.values)),c=ce(t,u);return e.write(`if (!${c}.has(${n})) return INVALID;`),n}let a=ee(t);e.write(`let ${a};`);for(let u=0;u<o.length;u++){let c=o[u];u===0?e.write(`${a} = (() => {`):e.write(`if (${a} === INVALID) ${a} = (() => {`),e.indented(l=>{let p=De(l,t,c,n);l.write(`return ${p};`)}),e.write("})();")}return e.write(`if (${a} === INVALID) return INVALID;`),a}function Z$(e,t,r,n){if(r.unionFallback)throw new ye("discriminated union with unionFallback");if(r.options.length===0)return e.write("return INVALID;"),n;let i=ee(t),o=ee(t);e.write(`const ${i} = ${n}?.[${ot(r.discriminator)}];`),e.write(`let ${o};`);let s=!0,a=new Set;for(let u of r.options){let c=u._zod.propValues?.[r.discriminator];if(!c||c.size===0)throw new ye("discriminated union option without static discriminator values");for(let f of c){if(a.has(f))throw new ye(`duplicate discriminator value ${String(f)}`);a.add(f)}let l=Array.from(c,f=>j$(t,i,f)),p=s?"if":"else if";e.write(`${p} (${l.join(" || ")}) {`),e.indented(f=>{let h=De(f,t,u,n);f.write(`${o} = ${h};`)}),e.write("}"),s=!1}return e.write("else { return INVALID; }"),o}function j$(e,t,r){if(typeof r=="string")return`${t} === ${ot(r)}`;if(typeof r=="number")return Number.isNaN(r)?`Number.isNaN(${t})`:`${t} === ${r}`;if(typeof r=="boolean")return`${t} === ${r}`;if(r===null)return`${t} === null`;if(r===void 0)return`${t} === undefined`;if(typeof r=="bigint")return`${t} === ${r}n`;if(typeof r=="symbol"){let n=ce(e,r);return`${t} === ${n}`}throw new ye(`literal discriminator value ${String(r)}`)}function V$(e,t,r,n){let i=r._zod.def;t.definite=!1;let o=Qe(e,t,i.left,n),s=Qe(e,t,i.right,n),a=ce(t,Sn),u=ee(t);return e.write(`const ${u} = ${a}(${o}, ${s});`),e.write(`if (!${u}.valid) return INVALID;`),`${u}.data`}function G$(e,t,r,n){let i=r._zod.def,o=ce(t,It);e.write(`if (!${o}(${n})) return INVALID;`);let s=ee(t),a=ee(t),u=ee(t);e.write(`const ${s} = {};`);let c=i,l=c.partial?void 0:i.keyType._zod.values;if(l){let h=[];for(let g of l){if(!(typeof g=="string"||typeof g=="number"||typeof g=="symbol"))throw new ye(`record key value ${String(g)}`);let k=typeof g=="number"?g.toString():g;if(k==="__proto__")throw new ye('record key "__proto__"');h.push(k);let v=ce(t,g),w=De(e,t,i.keyType,v),_=ee(t);e.write(`const ${_} = ${n}[${K$(t,k)}];`);let F=Qe(e,t,i.valueType,_);e.write(`${s}[${w}] = ${F};`)}let b=ce(t,new Set(h));return e.write(`for (const ${a} in ${n}) {`),e.indented(g=>{g.write(`if (${b}.has(${a})) continue;`),c.mode==="loose"?g.write(`if (${a} !== "__proto__") ${s}[${a}] = ${n}[${a}];`):g.write("return INVALID;")}),e.write("}"),s}let p=i.keyType._zod.def;if(!(p.type==="string"&&p.format===void 0&&!p.coerce&&(p.checks?.length??0)===0)){let h=i.mode==="loose",b=Ws(i.keyType);b.definite===!1&&(t.definite=!1);let g=ce(t,b),k=ce(t,or),v=ee(t);return y1(e,t,n,a,w=>{w.write(`let ${v} = ${g}(${a});`),w.write(`if (${v} === INVALID && typeof ${a} === "string" && ${k}.test(${a})) ${v} = ${g}(Number(${a}));`),h?w.write(`if (${v} === INVALID) { ${s}[${a}] = ${n}[${a}]; continue; }`):w.write(`if (${v} === INVALID) return INVALID;`),w.write(`if (${v} === "__proto__") continue;`);let _=ee(t);w.write(`const ${_} = ${n}[${a}];`);let F=Qe(w,t,i.valueType,_);w.write(`${s}[${v}] = ${F};`)}),s}return y1(e,t,n,a,h=>{h.write(`const ${u} = ${n}[${a}];`);let b=Qe(h,t,i.valueType,u);h.write(`${s}[${a}] = ${b};`)},"return INVALID;"),s}function y1(e,t,r,n,i,o){let s=ce(t,Object.prototype.propertyIsEnumerable),a=ee(t),u=ee(t),c=ee(t);e.write(`const ${a} = Object.getOwnPropertySymbols(${r});`),e.write(`const ${u} = Object.getOwnPropertyNames(${r});`),e.write(`for (let ${c} = 0; ${c} < ${u}.length; ${c}++) {`),e.indented(l=>{l.write(`const ${n} = ${u}[${c}];`),l.write(`if (${n} === "__proto__" || !${s}.call(${r}, ${n})) continue;`),i(l)}),e.write("}"),e.write(`for (let ${c} = 0; ${c} < ${a}.length; ${c}++) {`),e.indented(l=>{l.write(`const ${n} = ${a}[${c}];`),l.write(`if (!${s}.call(${r}, ${n})) continue;`),o?l.write(o):i(l)}),e.write("}")}function K$(e,t){return typeof t=="string"?ot(t):ce(e,t)}function H$(e,t,r,n){let i=r._zod.def;e.write(`if (!(${n} instanceof Map)) return INVALID;`),rp(e,r,`${n}.size`);let o=ee(t),s=ee(t),a=ee(t);return e.write(`const ${o} = new Map();`),e.write(`for (const [${s}, ${a}] of ${n}) {`),e.indented(u=>{let c=De(u,t,i.keyType,s),l=De(u,t,i.valueType,a);u.write(`${o}.set(${c}, ${l});`)}),e.write("}"),o}function W$(e,t,r,n){let i=r._zod.def;e.write(`if (!(${n} instanceof Set)) return INVALID;`),rp(e,r,`${n}.size`);let o=ee(t),s=ee(t);return e.write(`const ${o} = new Set();`),e.write(`for (const ${s} of ${n}) {`),e.indented(a=>{let u=De(a,t,i.valueType,s);a.write(`${o}.add(${u});`)}),e.write("}"),o}function X$(e,t){return e.write(`if (!(${t} instanceof File)) return INVALID;`),t}function J$(e,t,r,n){e.write(`if (typeof ${n} !== "string") return INVALID;`);let i=r._zod.pattern;if(i){let o=ce(t,i);e.write(`${o}.lastIndex = 0;`),e.write(`if (!${o}.test(${n})) return INVALID;`)}return n}function Y$(e,t,r,n){let i=r._zod.def,o=Vr(t,i.getter),s=ce(t,{parser:null});e.write(`if (!${s}.parser) {`),e.indented(u=>{u.write(`const inner = ${o}();`),u.write(`${s}.parser = function(input) {`),u.indented(c=>{c.write("const result = inner._zod.run({ value: input, issues: [] }, {});"),c.write("return result.issues.length === 0 ? result.value : INVALID;")}),u.write("};")}),e.write("}");let a=ee(t);return e.write(`const ${a} = ${s}.parser(${n});`),e.write(`if (${a} === INVALID) return INVALID;`),a}function Q$(e,t,r,n){let i=r._zod.def,o=De(e,t,i.in,n);if(i.transform){if(Gr(i.transform))throw new qt("z.compile: async transforms in pipes are not supported");let s=i.transform,u=Vr(t,l=>{let p={value:l,issues:[],addIssue:tp},f=s(l,p);return f instanceof Promise?at:p.issues.length===0?f:at}),c=ee(t);return e.write(`const ${c} = ${u}(${o});`),e.write(`if (${c} === INVALID) return INVALID;`),De(e,t,i.out,c)}else return De(e,t,i.out,o)}function Gr(e){return typeof e=="function"&&(e.constructor.name==="AsyncFunction"||e[Symbol.toStringTag]==="AsyncFunction")}function e_(e,t,r,n){let i=r._zod.def;if(i.fn){if(Gr(i.fn))throw new qt("z.compile: async custom predicates are not supported");let o=Vr(t,i.fn),s=ce(t,Yd),a=ee(t);e.write(`const ${a} = ${o}(${n});`),e.write(`if (${a} instanceof Promise) ${s}();`),e.write(`if (!${a}) return INVALID;`)}else throw new ye("custom schema without a predicate function");return n}function t_(e,t,r){let n=e._zod.run({value:r,issues:[]},{});if(n&&typeof n.then=="function")return at;let i=n;return i.issues.length===0?i.value:t()}function r_(e,t,r,n){let i=r._zod.def;if(!i.catchValue[rs])throw new ye("catch with a callback (only a constant catch value compiles)",!1);let o=ee(t);e.write(`let ${o} = (() => {`),e.indented(c=>{let l=Qe(c,t,i.innerType,n);c.write(`return ${l};`)}),e.write("})();");let s=ce(t,i.innerType),a=Vr(t,i.catchValue),u=ce(t,t_);return e.write(`if (${o} === INVALID) {`),e.indented(c=>{c.write(`${o} = ${u}(${s}, ${a}, ${n});`),c.write(`if (${o} === INVALID) return INVALID;`)}),e.write("}"),o}function n_(e,t,r,n){let i=r._zod.def;if(i.transform){if(Gr(i.transform))throw new qt("z.compile: async transforms are not supported");let o=i.transform,a=Vr(t,c=>{let l={value:c,issues:[],addIssue:tp},p=o(c,l);return p instanceof Promise?at:l.issues.length===0?p:at}),u=ee(t);return e.write(`const ${u} = ${a}(${n});`),e.write(`if (${u} === INVALID) return INVALID;`),u}return n}function Xs(e){return e.checks&&(e.checks=[...e.checks]),e}function np(e,t){return new e(Xs({type:"string",...q(t)}))}function ip(e,t){return new e(Xs({type:"string",coerce:!0,...q(t)}))}function Js(e,t){return new e({type:"string",format:"email",check:"string_format",abort:!1,...q(t)})}function Ys(e,t){return new e({type:"string",format:"guid",check:"string_format",abort:!1,...q(t)})}function Qs(e,t){return new e({type:"string",format:"uuid",check:"string_format",abort:!1,...q(t)})}function ea(e,t){return new e({type:"string",format:"uuid",check:"string_format",abort:!1,version:"v4",...q(t)})}function ta(e,t){return new e({type:"string",format:"uuid",check:"string_format",abort:!1,version:"v6",...q(t)})}function ra(e,t){return new e({type:"string",format:"uuid",check:"string_format",abort:!1,version:"v7",...q(t)})}function ro(e,t){return new e({type:"string",format:"url",check:"string_format",abort:!1,...q(t)})}function na(e,t){return new e({type:"string",format:"emoji",check:"string_format",abort:!1,...q(t)})}function ia(e,t){return new e({type:"string",format:"nanoid",check:"string_format",abort:!1,...q(t)})}function oa(e,t){return new e({type:"string",format:"cuid",check:"string_format",abort:!1,...q(t)})}function sa(e,t){return new e({type:"string",format:"cuid2",check:"string_format",abort:!1,...q(t)})}function aa(e,t){return new e({type:"string",format:"ulid",check:"string_format",abort:!1,...q(t)})}function ca(e,t){return new e({type:"string",format:"xid",check:"string_format",abort:!1,...q(t)})}function ua(e,t){return new e({type:"string",format:"ksuid",check:"string_format",abort:!1,...q(t)})}function la(e,t){return new e({type:"string",format:"ipv4",check:"string_format",abort:!1,...q(t)})}function da(e,t){return new e({type:"string",format:"ipv6",check:"string_format",abort:!1,...q(t)})}function op(e,t){return new e({type:"string",format:"mac",check:"string_format",abort:!1,...q(t)})}function pa(e,t){return new e({type:"string",format:"cidrv4",check:"string_format",abort:!1,...q(t)})}function fa(e,t){return new e({type:"string",format:"cidrv6",check:"string_format",abort:!1,...q(t)})}function ma(e,t){return new e({type:"string",format:"base64",check:"string_format",abort:!1,...q(t)})}function ha(e,t){return new e({type:"string",format:"base64url",check:"string_format",abort:!1,...q(t)})}function ga(e,t){return new e({type:"string",format:"e164",check:"string_format",abort:!1,...q(t)})}function sp(e,t){return new e({type:"string",format:"credit_card",check:"string_format",abort:!1,...q(t)})}function ap(e,t){return new e({type:"string",format:"iban",check:"string_format",abort:!1,...q(t)})}function ba(e,t){return new e({type:"string",format:"jwt",check:"string_format",abort:!1,...q(t)})}var cp={Any:null,Minute:-1,Second:0,Millisecond:3,Microsecond:6};function no(e,t){return new e({type:"string",format:"datetime",check:"string_format",offset:!1,local:!1,precision:null,...q(t)})}function io(e,t){return new e({type:"string",format:"date",check:"string_format",...q(t)})}function oo(e,t){return new e({type:"string",format:"time",check:"string_format",precision:null,...q(t)})}function so(e,t){return new e({type:"string",format:"duration",check:"string_format",...q(t)})}function up(e,t){return new e(Xs({type:"number",checks:[],...q(t)}))}function lp(e,t){return new e(Xs({type:"number",coerce:!0,checks:[],...q(t)}))}function dp(e,t){return new e({type:"number",check:"number_format",abort:!1,format:"safeint",...q(t)})}function pp(e,t){return new e({type:"number",check:"number_format",abort:!1,format:"float32",...q(t)})}function fp(e,t){return new e({type:"number",check:"number_format",abort:!1,format:"float64",...q(t)})}function mp(e,t){return new e({type:"number",check:"number_format",abort:!1,format:"int32",...q(t)})}function hp(e,t){return new e({type:"number",check:"number_format",abort:!1,format:"uint32",...q(t)})}function gp(e,t){return new e({type:"boolean",...q(t)})}function bp(e,t){return new e({type:"boolean",coerce:!0,...q(t)})}function yp(e,t){return new e({type:"bigint",...q(t)})}function vp(e,t){return new e({type:"bigint",coerce:!0,...q(t)})}function wp(e,t){return new e({type:"bigint",check:"bigint_format",abort:!1,format:"int64",...q(t)})}function xp(e,t){return new e({type:"bigint",check:"bigint_format",abort:!1,format:"uint64",...q(t)})}function kp(e,t){return new e({type:"symbol",...q(t)})}function $p(e,t){return new e({type:"undefined",...q(t)})}function _p(e,t){return new e({type:"null",...q(t)})}function Ap(e){return new e({type:"any"})}function Sp(e){return new e({type:"unknown"})}function Pp(e,t){return new e({type:"never",...q(t)})}function Rp(e,t){return new e({type:"void",...q(t)})}function Ep(e,t){return new e({type:"date",...q(t)})}function Ip(e,t){return new e({type:"date",coerce:!0,...q(t)})}function Tp(e,t){return new e({type:"nan",...q(t)})}function Wt(e,t){return new ys({check:"less_than",...q(t),value:e,inclusive:!1})}function At(e,t){return new ys({check:"less_than",...q(t),value:e,inclusive:!0})}function Xt(e,t){return new vs({check:"greater_than",...q(t),value:e,inclusive:!1})}function St(e,t){return new vs({check:"greater_than",...q(t),value:e,inclusive:!0})}function ya(e){return Xt(0,e)}function va(e){return Wt(0,e)}function wa(e){return At(0,e)}function xa(e){return St(0,e)}function $r(e,t){return new fl({check:"multiple_of",...q(t),value:e})}function _r(e,t){return new gl({check:"max_size",...q(t),maximum:e})}function Jt(e,t){return new bl({check:"min_size",...q(t),minimum:e})}function Kr(e,t){return new yl({check:"size_equals",...q(t),size:e})}function Hr(e,t){return new vl({check:"max_length",...q(t),maximum:e})}function sr(e,t){return new wl({check:"min_length",...q(t),minimum:e})}function Wr(e,t){return new xl({check:"length_equals",...q(t),length:e})}function En(e,t){return new kl({check:"string_format",format:"regex",...q(t),pattern:e})}function In(e){return new $l({check:"string_format",format:"lowercase",...q(e)})}function Tn(e){return new _l({check:"string_format",format:"uppercase",...q(e)})}function On(e,t){return new Al({check:"string_format",format:"includes",...q(t),includes:e})}function Cn(e,t){return new Sl({check:"string_format",format:"starts_with",...q(t),prefix:e})}function Dn(e,t){return new Pl({check:"string_format",format:"ends_with",...q(t),suffix:e})}function ka(e,t,r){return new Rl({check:"property",property:e,schema:t,...q(r)})}function Nn(e,t){return new El({check:"properties",shape:e,...q(t)})}function Fn(e,t){return new Il({check:"mime_type",mime:e,...q(t)})}function Bt(e){return new Tl({check:"overwrite",tx:e})}function Ln(e){return Bt(t=>t.normalize(e))}function zn(){return Bt(e=>e.trim())}function Mn(){return Bt(e=>e.toLowerCase())}function Un(){return Bt(e=>e.toUpperCase())}function qn(){return Bt(e=>mu(e))}function Op(e,t,r){return new e({type:"array",element:t,...q(r)})}function i_(e,t,r){return new e({type:"union",options:t,...q(r)})}function o_(e,t,r){return new e({type:"union",options:t,inclusive:!1,...q(r)})}function s_(e,t,r,n){return new e({type:"union",options:r,discriminator:t,...q(n)})}function a_(e,t,r){return new e({type:"intersection",left:t,right:r})}function c_(e,t,r,n){let i=r instanceof de,o=i?n:r,s=i?r:null;return new e({type:"tuple",items:t,rest:s,...q(o)})}function u_(e,t,r,n){return new e({type:"record",keyType:t,valueType:r,...q(n)})}function l_(e,t,r,n){return new e({type:"map",keyType:t,valueType:r,...q(n)})}function d_(e,t,r){return new e({type:"set",valueType:t,...q(r)})}function p_(e,t,r){let n=Array.isArray(t)?Object.fromEntries(t.map(i=>[i,i])):t;return new e({type:"enum",entries:n,...q(r)})}function f_(e,t,r){return new e({type:"enum",entries:t,...q(r)})}function m_(e,t,r){return new e({type:"literal",values:Array.isArray(t)?t:[t],...q(r)})}function Cp(e,t){return new e({type:"file",...q(t)})}function h_(e,t){return new e({type:"transform",transform:t})}function g_(e,t){return new e({type:"optional",innerType:t})}function b_(e,t){return new e({type:"nullable",innerType:t})}function y_(e,t,r){return new e({type:"default",innerType:t,get defaultValue(){return typeof r=="function"?r():Pi(r)}})}function v_(e,t,r){return new e({type:"nonoptional",innerType:t,...q(r)})}function w_(e,t){return new e({type:"success",innerType:t})}function x_(e,t,r){return new e({type:"catch",innerType:t,catchValue:typeof r=="function"?r:xu(r)})}function k_(e,t,r){return new e({type:"pipe",in:t,out:r})}function $_(e,t){return new e({type:"readonly",innerType:t})}function __(e,t,r){return new e({type:"template_literal",parts:t,...q(r)})}function A_(e,t){return new e({type:"lazy",getter:t})}function S_(e,t){return new e({type:"promise",innerType:t})}function Dp(e,t,r){let n=q(r);return n.abort??(n.abort=!0),new e({type:"custom",check:"custom",fn:t,...n})}function Np(e,t,r){return new e({type:"custom",check:"custom",fn:t,...q(r)})}function Fp(e,t){let r=k1(n=>(n.addIssue=i=>{if(typeof i=="string")n.issues.push(wn(i,n.value,r._zod.def));else{let o=i;o.fatal&&(o.continue=!1),o.code??(o.code="custom"),"input"in o||(o.input=n.value),o.inst??(o.inst=r),o.continue??(o.continue=!r._zod.def.abort),n.issues.push(wn(o))}},e(n.value,n)),t);return r}function k1(e,t){let r=new Ie({check:"custom",...q(t)});return r._zod.check=e,r}function Lp(e){let t=new Ie({check:"describe"});return t._zod.onattach=[r=>{let n=We.get(r)??{};We.add(r,{...n,description:e})}],t._zod.check=()=>{},t}function zp(e){let t=new Ie({check:"meta"});return t._zod.onattach=[r=>{let n=We.get(r)??{};We.add(r,{...n,...e})}],t._zod.check=()=>{},t}function Mp(e,t){let r=q(t),n=r.truthy??["true","1","yes","on","y","enabled"],i=r.falsy??["false","0","no","off","n","disabled"];r.case!=="sensitive"&&(n=n.map(h=>typeof h=="string"?h.toLowerCase():h),i=i.map(h=>typeof h=="string"?h.toLowerCase():h));let o=new Set(n),s=new Set(i),a=e.Codec??Xi,u=e.Boolean??Hi,c=e.String??Zr,l=new c({type:"string",error:r.error}),p=new u({type:"boolean",error:r.error}),f=new a({type:"pipe",in:l,out:p,transform:((h,b)=>{let g=h;return r.case!=="sensitive"&&(g=g.toLowerCase()),o.has(g)?!0:s.has(g)?!1:(b.issues.push({code:"invalid_value",expected:"stringbool",values:[...o,...s],input:b.value,inst:f,continue:!1}),{})}),reverseTransform:((h,b)=>h===!0?n[0]||"true":i[0]||"false"),error:r.error});return f._zod.bag.truthy=n,f._zod.bag.falsy=i,f._zod.bag.case=r.case??"insensitive",f}function Xr(e,t,r,n={}){let i=q(n),o={check:"string_format",type:"string",format:t,fn:typeof r=="function"?r:a=>r.test(a),...i};return r instanceof RegExp&&(o.pattern=r),new e(o)}function ao(e,...t){for(let r of t)for(let n of Reflect.ownKeys(r))Object.prototype.propertyIsEnumerable.call(r,n)&&He(e,n,r[n]);return e}function Ar(e){let t=e?.target??"draft-2020-12";return t==="draft-4"&&(t="draft-04"),t==="draft-7"&&(t="draft-07"),{processors:e.processors??{},metadataRegistry:e?.metadata??We,target:t,unrepresentable:e?.unrepresentable??"throw",override:e?.override??(()=>{}),io:e?.io??"output",counter:0,seen:new Map,sharedDefsExtractedFor:void 0,sharedEmitDoneFor:void 0,cycles:e?.cycles??"ref",reused:e?.reused??"inline",intersections:[],deferred:[],external:e?.external??void 0}}function Ze(e,t,r,n,i){let o=typeof t.unrepresentable=="function"?t.unrepresentable({zodSchema:e,path:n.path,message:i}):t.unrepresentable;if(o==="any")return!1;if(o===void 0||o==="throw")throw new Error(i);return Object.assign(r,o),!0}function Pe(e,t,r={path:[],schemaPath:[]}){var n;let i=e._zod.def,o=t.seen.get(e);if(o)return o.count++,r.schemaPath.includes(e)&&(o.cycle=r.path),o.schema;let s={schema:{},count:1,cycle:void 0,path:r.path};t.seen.set(e,s),t.sharedDefsExtractedFor=void 0,t.sharedEmitDoneFor=void 0;let a=e._zod.toJSONSchema?.();if(a)s.schema=a;else{let l={...r,schemaPath:[...r.schemaPath,e],path:r.path};if(e._zod.processJSONSchema)e._zod.processJSONSchema(t,s.schema,l);else{let f=s.schema,h=t.processors[i.type];if(!h)throw new Error(`[toJSONSchema]: Non-representable type encountered: ${i.type}`);h(e,t,f,l)}let p=e._zod.parent;p&&(s.ref||(s.ref=p),Pe(p,t,l),t.seen.get(p).isParent=!0)}let u=t.metadataRegistry.get(e);return u&&ao(s.schema,u),t.io==="input"&&ct(e)&&(delete s.schema.examples,delete s.schema.default),t.io==="input"&&"_prefault"in s.schema&&((n=s.schema).default??(n.default=s.schema._prefault)),delete s.schema._prefault,t.seen.get(e).schema}function $1(e){return e.replace(/~/g,"~0").replace(/\//g,"~1")}function Sr(e,t){let r=e.seen.get(t);if(!r)throw new Error("Unprocessed schema. This is a bug in Zod.");if(e.external&&e.sharedDefsExtractedFor===e.external)return;let n=new Map;for(let s of e.seen.entries()){let a=e.metadataRegistry.get(s[0])?.id;if(a){let u=n.get(a);if(u&&u!==s[0])throw new Error(`Duplicate schema id "${a}" detected during JSON Schema conversion. Two different schemas cannot share the same id when converted together.`);n.set(a,s[0])}}let i=s=>{let a=e.target==="draft-2020-12"?"$defs":"definitions";if(e.external){let p=e.external.registry.get(s[0])?.id,f=e.external.uri??(b=>b);if(p)return{ref:f(p)};let h=s[1].defId??s[1].schema.id??`schema${e.counter++}`;return s[1].defId=h,{defId:h,ref:`${f("__shared")}#/${a}/${$1(h)}`}}let u="#",c=`${u}/${a}/`;if(s[1]===r&&!s[1].schema.id)return{ref:u};let l=s[1].schema.id??`__schema${e.counter++}`;return{defId:l,ref:c+$1(l)}},o=s=>{if(s[1].schema.$ref)return;let a=s[1],{ref:u,defId:c}=i(s);a.def={...a.schema},c&&(a.defId=c);let l=a.schema;for(let p in l)delete l[p];l.$ref=u};if(e.cycles==="throw")for(let s of e.seen.entries()){let a=s[1];if(a.cycle)throw new Error(`Cycle detected: #/${a.cycle?.join("/")}/<root>

Set the \`cycles\` parameter to \`"ref"\` to resolve cyclical schemas with defs.`)}for(let s of e.seen.entries()){let a=s[1];if(t===s[0]){o(s);continue}if(e.external){let c=e.external.registry.get(s[0])?.id;if(t!==s[0]&&c){o(s);continue}}if(e.metadataRegistry.get(s[0])?.id){o(s);continue}if(a.cycle){o(s);continue}a.count>1&&e.reused==="ref"&&o(s)}e.external&&(e.sharedDefsExtractedFor=e.external)}function S1(e){let t=e.anyOf;if(!Array.isArray(t)||t.length===0||e.type!==void 0)return;let r=[];for(let n of t){if(!n||typeof n!="object")return;S1(n);let i=Object.keys(n);if(i.length!==1||i[0]!=="type")return;let o=n.type;for(let s of Array.isArray(o)?o:[o]){if(typeof s!="string")return;r.includes(s)||r.push(s)}}delete e.anyOf,e.type=r.length===1?r[0]:r}var P1=new Set(["type","properties","required","additionalProperties"]),_1=["oneOf","anyOf"];function A1(e){let t=e.additionalProperties;return t===void 0||t===!1||typeof t!="object"||t===null?null:Object.keys(t).length?t:null}function Up(e){let t=[];for(let o of e){if(typeof o!="object"||o.type!=="object")return null;for(let s in o)if(!P1.has(s))return null;t.push(o)}let r={},n=new Set;for(let o of t){for(let s in o.properties){if(Object.prototype.hasOwnProperty.call(r,s))continue;let a=[];for(let c of t){let l=c.properties?.[s]??A1(c);l!=null&&(a.some(p=>JSON.stringify(p)===JSON.stringify(l))||a.push(l))}let u=a.length===1?a[0]:Up(a)??{allOf:a};He(r,s,u)}for(let s of o.required??[])n.add(s)}let i={type:"object",properties:r};if(n.size&&(i.required=[...n]),t.every(o=>o.additionalProperties===!1))i.additionalProperties=!1;else{let o=[];for(let s of t){let a=A1(s);a&&!o.some(u=>JSON.stringify(u)===JSON.stringify(a))&&o.push(a)}o.length===1?i.additionalProperties=o[0]:o.length>1&&(i.additionalProperties={allOf:o})}return i}function P_(e){let t=e.allOf;if(!Array.isArray(t)||t.length<2)return;for(let i of P1)if(i in e)return;let r=t.filter(i=>_1.some(o=>Array.isArray(i[o]))),n=null;if(!r.length)n=Up(t);else{let i=r[0],o=_1.find(u=>Array.isArray(i[u]));if(Object.keys(i).length!==1)return;let s=t.filter(u=>u!==i),a=i[o].map(u=>Up([...s,u]));if(a.some(u=>!u))return;n={[o]:a}}n&&(delete e.allOf,ao(e,n))}function Pr(e,t){let r=e.seen.get(t);if(!r)throw new Error("Unprocessed schema. This is a bug in Zod.");let n=a=>{let u=e.seen.get(a);if(u.ref===null)return;let c=u.def??u.schema,l={...c},p=u.ref;if(u.ref=null,p){n(p);let h=e.seen.get(p),b=h.schema;if(b.$ref&&(e.target==="draft-07"||e.target==="draft-04"||e.target==="openapi-3.0")?(c.allOf=c.allOf??[],c.allOf.push(b)):ao(c,b),ao(c,l),a._zod.parent===p)for(let k in c)k==="$ref"||k==="allOf"||k in l||delete c[k];if(b.$ref&&h.def)for(let k in c)k==="$ref"||k==="allOf"||k in h.def&&JSON.stringify(c[k])===JSON.stringify(h.def[k])&&delete c[k]}let f=a._zod.parent;if(f&&f!==p){n(f);let h=e.seen.get(f);if(h?.schema.$ref&&(c.$ref=h.schema.$ref,h.def))for(let b in c)b==="$ref"||b==="allOf"||b in h.def&&JSON.stringify(c[b])===JSON.stringify(h.def[b])&&delete c[b]}e.override({zodSchema:a,jsonSchema:c,path:u.path??[]})};if(!e.external||e.sharedEmitDoneFor!==e.external){for(let a of[...e.seen.entries()].reverse())n(a[0]);if(e.target!=="openapi-3.0")for(let a of e.seen.entries())S1(a[1].def??a[1].schema);for(let a of e.deferred)a();if(e.intersections.length){let a=new Map;for(let u of e.seen.values())for(let c of[u.schema,u.def]){let l=c?.allOf;if(!Array.isArray(l))continue;let p=a.get(l);p?p.push(c):a.set(l,[c])}for(let u of e.intersections)for(let c of a.get(u)??[])P_(c)}}let i={};if(e.target==="draft-2020-12"?i.$schema="https://json-schema.org/draft/2020-12/schema":e.target==="draft-07"?i.$schema="http://json-schema.org/draft-07/schema#":e.target==="draft-04"?i.$schema="http://json-schema.org/draft-04/schema#":e.target,e.external?.uri){let a=e.external.registry.get(t)?.id;if(!a)throw new Error("Schema is missing an `id` property");i.$id=e.external.uri(a)}ao(i,r.defId?r.schema:r.def??r.schema);let o=e.metadataRegistry.get(t)?.id;o!==void 0&&i.id===o&&delete i.id;let s=e.external?.defs??{};if(!e.external||e.sharedEmitDoneFor!==e.external)for(let a of e.seen.entries()){let u=a[1];u.def&&u.defId&&(u.def.id===u.defId&&delete u.def.id,He(s,u.defId,u.def))}e.external&&(e.sharedEmitDoneFor=e.external),e.external||Object.keys(s).length>0&&(e.target==="draft-2020-12"?i.$defs=s:i.definitions=s);try{let a=JSON.parse(JSON.stringify(i));return Object.defineProperty(a,"~standard",{value:{...t["~standard"],jsonSchema:{input:Bn(t,"input",e.processors),output:Bn(t,"output",e.processors)}},enumerable:!1,writable:!1}),a}catch{throw new Error("Error converting schema to JSON.")}}function ct(e,t){let r=t??{seen:new Set};if(r.seen.has(e))return!1;r.seen.add(e);let n=e._zod.def;if(n.type==="transform")return!0;if(n.type==="array")return ct(n.element,r);if(n.type==="set")return ct(n.valueType,r);if(n.type==="lazy")return ct(n.getter(),r);if(n.type==="promise"||n.type==="optional"||n.type==="nonoptional"||n.type==="nullable"||n.type==="readonly"||n.type==="default"||n.type==="prefault"||n.type==="catch")return ct(n.innerType,r);if(n.type==="intersection")return ct(n.left,r)||ct(n.right,r);if(n.type==="record"||n.type==="map")return ct(n.keyType,r)||ct(n.valueType,r);if(n.type==="pipe")return e._zod.traits.has("$ZodCodec")?!0:ct(n.in,r)||ct(n.out,r);if(n.type==="object"){for(let i in n.shape)if(ct(n.shape[i],r))return!0;return!1}if(n.type==="union"){for(let i of n.options)if(ct(i,r))return!0;return!1}if(n.type==="tuple"){for(let i of n.items)if(ct(i,r))return!0;return!!(n.rest&&ct(n.rest,r))}return!1}var qp=(e,t={})=>r=>{let n=Ar({...r,processors:t});return Pe(e,n),Sr(n,e),Pr(n,e)},Bn=(e,t,r={})=>n=>{let{libraryOptions:i,target:o}=n??{},s=Ar({...i??{},target:o,io:t,processors:r});return Pe(e,s),Sr(s,e),Pr(s,e)};var Zn=(e,t,r)=>{(e[t]===void 0||r>e[t])&&(e[t]=r)},jn=(e,t,r)=>{(e[t]===void 0||r<e[t])&&(e[t]=r)},R1=(e,t)=>{Zn(e,"minimum",t),jn(e,"maximum",t)},O1=(e,t)=>{e.multipleOf??(e.multipleOf=[]),e.multipleOf.includes(t)||e.multipleOf.push(t)},C1=(e,t)=>{e.patterns??(e.patterns=new Set),e.patterns.add(t)},D1=(e,t)=>{e.mime=e.mime?e.mime.filter(r=>t.includes(r)):[...t]},N1=(e,t)=>{e.format=t,t.includes("int")&&(e.isInt=!0)},E1=(e,t)=>Zn(e,"minimum",t.minimum),I1=(e,t)=>jn(e,"maximum",t.maximum),T1=e=>(t,r)=>{N1(t,r.format);let[n,i]=e[r.format];Zn(t,"minimum",n),jn(t,"maximum",i)},R_={greater_than:(e,t)=>Zn(e,t.inclusive?"minimum":"exclusiveMinimum",t.value),less_than:(e,t)=>jn(e,t.inclusive?"maximum":"exclusiveMaximum",t.value),multiple_of:(e,t)=>O1(e,t.value),number_format:T1(Ei),bigint_format:T1(Ii),min_length:E1,max_length:I1,length_equals:(e,t)=>R1(e,t.length),min_size:E1,max_size:I1,size_equals:(e,t)=>R1(e,t.size),string_format:(e,t)=>{N1(e,t.format),t.pattern&&C1(e,t.pattern),(t.format==="base64"||t.format==="base64url")&&(e.contentEncoding=t.format),(t.local||t.precision===-1)&&(e.laxFormat=!0)},mime_type:(e,t)=>D1(e,t.mime)};function je(e){let t={},r=e._zod.def,n=e._zod.traits.has("$ZodCheck")?[e,...r.checks??[]]:r.checks??[];for(let o of n)R_[o._zod.def.check]?.(t,o._zod.def);let i=e._zod.bag;i.minimum!==void 0&&Zn(t,"minimum",i.minimum),i.exclusiveMinimum!==void 0&&Zn(t,"exclusiveMinimum",i.exclusiveMinimum),i.maximum!==void 0&&jn(t,"maximum",i.maximum),i.exclusiveMaximum!==void 0&&jn(t,"exclusiveMaximum",i.exclusiveMaximum),i.multipleOf!==void 0&&O1(t,i.multipleOf),i.format!==void 0&&(t.format??(t.format=i.format),i.format.includes("int")&&(t.isInt=!0)),i.mime&&D1(t,i.mime);for(let o of i.patterns??[])C1(t,o);return t}var E_={guid:"uuid",url:"uri",datetime:"date-time",json_string:"json-string",regex:""},I_=new Map([[Es,Ku],[Ki,Hu]]),F1=e=>I_.get(e)??e,jp=(e,t,r,n)=>{let i=r;i.type="string";let{minimum:o,maximum:s,format:a,patterns:u,contentEncoding:c,laxFormat:l}=je(e);if(typeof o=="number"&&(i.minLength=o),typeof s=="number"&&(i.maxLength=s),a&&(i.format=E_[a]??a,i.format===""&&delete i.format,(a==="time"||l)&&delete i.format),c&&(i.contentEncoding=c),u&&u.size>0){let p=[...u].map(F1);p.length===1?i.pattern=p[0].source:p.length>1&&(i.allOf=[...p.map(f=>({...t.target==="draft-07"||t.target==="draft-04"||t.target==="openapi-3.0"?{type:"string"}:{},pattern:f.source}))])}},Vp=(e,t,r,n)=>{let i=r,{minimum:o,maximum:s,multipleOf:a,exclusiveMaximum:u,exclusiveMinimum:c,isInt:l}=je(e);i.type=l?"integer":"number";let p=typeof c=="number"&&c>=(o??Number.NEGATIVE_INFINITY),f=typeof u=="number"&&u<=(s??Number.POSITIVE_INFINITY),h=t.target==="draft-04"||t.target==="openapi-3.0";if(p?h?(i.minimum=c,i.exclusiveMinimum=!0):i.exclusiveMinimum=c:typeof o=="number"&&(i.minimum=o),f?h?(i.maximum=u,i.exclusiveMaximum=!0):i.exclusiveMaximum=u:typeof s=="number"&&(i.maximum=s),a){let b=new Set;for(let v of a)Number.isFinite(v)&&v!==0?b.add(Math.abs(v)):Ze(e,t,i,n,`A multipleOf divisor of ${v} cannot be represented in JSON Schema`);let[g,...k]=b;g!==void 0&&(i.multipleOf=g),k.length&&(i.allOf=[...i.allOf??[],...k.map(v=>({multipleOf:v}))])}},Gp=(e,t,r,n)=>{r.type="boolean"},Kp=(e,t,r,n)=>{Ze(e,t,r,n,"BigInt cannot be represented in JSON Schema")},Hp=(e,t,r,n)=>{Ze(e,t,r,n,"Symbols cannot be represented in JSON Schema")},Wp=(e,t,r,n)=>{t.target==="openapi-3.0"?(r.type="string",r.nullable=!0,r.enum=[null]):r.type="null"},Xp=(e,t,r,n)=>{Ze(e,t,r,n,"Undefined cannot be represented in JSON Schema")},Jp=(e,t,r,n)=>{Ze(e,t,r,n,"Void cannot be represented in JSON Schema")},Yp=(e,t,r,n)=>{r.not={}},Qp=(e,t,r,n)=>{},ef=(e,t,r,n)=>{},tf=(e,t,r,n)=>{Ze(e,t,r,n,"Date cannot be represented in JSON Schema")},rf=(e,t,r,n)=>{let i=e._zod.def,o=hn(i.entries);if(o.length===0){r.not={};return}o.every(s=>typeof s=="number")&&(r.type="number"),o.every(s=>typeof s=="string")&&(r.type="string"),r.enum=o},nf=(e,t,r,n)=>{let i=e._zod.def;if(i.values.length===0){r.not={};return}let o=[];for(let s of i.values)if(s===void 0){if(Ze(e,t,r,n,"Literal `undefined` cannot be represented in JSON Schema"))return}else if(typeof s=="bigint"){if(Ze(e,t,r,n,"BigInt literals cannot be represented in JSON Schema"))return;o.push(Number(s))}else o.push(s);if(o.length!==0)if(o.length===1){let s=o[0];r.type=s===null?"null":typeof s,t.target==="draft-04"||t.target==="openapi-3.0"?r.enum=[s]:r.const=s}else o.every(s=>typeof s=="number")&&(r.type="number"),o.every(s=>typeof s=="string")&&(r.type="string"),o.every(s=>typeof s=="boolean")&&(r.type="boolean"),o.every(s=>s===null)&&(r.type="null"),r.enum=o},of=(e,t,r,n)=>{Ze(e,t,r,n,"NaN cannot be represented in JSON Schema")},sf=(e,t,r,n)=>{let i=r,o=e._zod.pattern;if(!o)throw new Error("Pattern not found in template literal");i.type="string",i.pattern=o.source},af=(e,t,r,n)=>{let i=r;i.type="string",i.format="binary",i.contentEncoding="binary";let{minimum:o,maximum:s,mime:a}=je(e);o!==void 0&&(i.minLength=o),s!==void 0&&(i.maxLength=s),a&&(a.length===0?i.not={}:a.length===1?i.contentMediaType=a[0]:i.anyOf=a.map(u=>({contentMediaType:u})))},cf=(e,t,r,n)=>{r.type="boolean"},uf=(e,t,r,n)=>{Ze(e,t,r,n,"Custom types cannot be represented in JSON Schema")},lf=(e,t,r,n)=>{Ze(e,t,r,n,"Function types cannot be represented in JSON Schema")},df=(e,t,r,n)=>{Ze(e,t,r,n,"Transforms cannot be represented in JSON Schema")},pf=(e,t,r,n)=>{Ze(e,t,r,n,"Map cannot be represented in JSON Schema")},ff=(e,t,r,n)=>{Ze(e,t,r,n,"Set cannot be represented in JSON Schema")},mf=(e,t,r,n)=>{let i=r,o=e._zod.def,{minimum:s,maximum:a}=je(e);typeof s=="number"&&(i.minItems=s),typeof a=="number"&&(i.maxItems=a),i.type="array",i.items=Pe(o.element,t,{...n,path:[...n.path,"items"]})};function co(e){let t=e._zod.def;return t.type==="pipe"&&t.in._zod.traits.has("$ZodTransform")?co(t.out):t.type==="catch"?co(t.innerType):e._zod.optin}var hf=(e,t,r,n)=>{let i=r,o=e._zod.def,s=o.shape;if(Object.getOwnPropertySymbols(s).length&&Ze(e,t,i,n,"Symbol keys cannot be represented in JSON Schema"))return;i.type="object",i.properties={};for(let c in s)He(i.properties,c,Pe(s[c],t,{...n,path:[...n.path,"properties",c]}));let u=[];for(let c of Object.keys(s)){let l=o.shape[c];(t.io==="input"?co(l)===void 0:l._zod.optout===void 0)&&u.push(c)}u.length>0&&(i.required=u),o.catchall?._zod.def.type==="never"?i.additionalProperties=!1:o.catchall?o.catchall&&(i.additionalProperties=Pe(o.catchall,t,{...n,path:[...n.path,"additionalProperties"]})):t.io==="output"&&(i.additionalProperties=!1)},_a=(e,t,r,n)=>{let i=e._zod.def,o=i.inclusive===!1,s=i.options.map((a,u)=>Pe(a,t,{...n,path:[...n.path,o?"oneOf":"anyOf",u]}));o?r.oneOf=s:r.anyOf=s},gf=(e,t,r,n)=>{let i=e._zod.def,o=Pe(i.left,t,{...n,path:[...n.path,"allOf",0]}),s=Pe(i.right,t,{...n,path:[...n.path,"allOf",1]}),a=c=>"allOf"in c&&Object.keys(c).length===1,u=[...a(o)?o.allOf:[o],...a(s)?s.allOf:[s]];r.allOf=u,t.intersections.push(u)},bf=(e,t,r,n)=>{let i=r,o=e._zod.def;i.type="array";let s=t.target==="draft-2020-12"?"prefixItems":"items",a=t.target==="draft-2020-12"||t.target==="openapi-3.0"?"items":"additionalItems",u=o.items.map((g,k)=>Pe(g,t,{...n,path:[...n.path,s,k]})),c=o.rest?Pe(o.rest,t,{...n,path:[...n.path,a,...t.target==="openapi-3.0"?[o.items.length]:[]]}):null,l=o.items.length;for(;l>0;){let g=o.items[l-1];if(!(t.io==="input"?co(g)!==void 0:g._zod.optout==="optional"))break;l--}let p=o.items.length,f=!o.rest;t.target==="draft-2020-12"?(i.prefixItems=u,f?i.items=!1:c&&(i.items=c),l>0&&(i.minItems=l),f&&(i.maxItems=p)):t.target==="openapi-3.0"?(i.items={anyOf:u},c&&i.items.anyOf.push(c),l>0&&(i.minItems=l),f&&(i.maxItems=p)):(i.items=u,f?i.additionalItems=!1:c&&(i.additionalItems=c),l>0&&(i.minItems=l),f&&(i.maxItems=p));let{minimum:h,maximum:b}=je(e);typeof h=="number"&&(i.minItems=h),typeof b=="number"&&(i.maxItems=b)};function Bp(e,t,r){if(t.$ref){if(r.has(t))return t;r.add(t);let b=e.get(t)?.def;if(!b)return t;let g=Bp(e,b,r);return g===b?t:g}for(let b of["anyOf","oneOf"]){let g=t[b];if(!Array.isArray(g))continue;let k=g.map(v=>Bp(e,v,r));k.some((v,w)=>v!==g[w])&&(t={...t,[b]:k})}let n=Array.isArray(t.type)?t.type:[t.type],i=!n.includes("string")&&n.some(b=>b==="number"||b==="integer"),o=t.enum??(t.const!==void 0?[t.const]:void 0);if(!i&&!o?.some(b=>typeof b=="number"))return t;let{minimum:s,maximum:a,exclusiveMinimum:u,exclusiveMaximum:c,multipleOf:l,format:p,id:f,...h}=t;return h.enum?h.enum=h.enum.map(b=>typeof b=="number"?String(b):b):typeof h.const=="number"&&(h.const=String(h.const)),i&&(h.type="string",o||(h.pattern=(n.includes("number")?or:Ui).source)),h}var Zp=new WeakMap;function T_(e){let t=new Map;for(let n of e.seen.values())n.def&&!t.has(n.schema)&&t.set(n.schema,n);let r=new Map;for(let n of Zp.get(e)??[]){let i=e.seen.get(n),o=(i?.def??i?.schema)?.propertyNames;if(!o||o===!0||r.has(o))continue;let s=Bp(t,o,new Set);s!==o&&r.set(o,s)}if(r.size)for(let n of e.seen.values())for(let i of[n.schema,n.def]){let o=i&&r.get(i.propertyNames);o&&(i.propertyNames=o)}}var yf=(e,t,r,n)=>{let i=r,o=e._zod.def;i.type="object";let s=o.keyType,a=je(s).patterns;if(o.mode==="loose"&&a&&a.size>0){let l=Pe(o.valueType,t,{...n,path:[...n.path,"patternProperties","*"]});i.patternProperties={};for(let p of a)He(i.patternProperties,F1(p).source,l)}else{if(t.target==="draft-07"||t.target==="draft-2020-12"){i.propertyNames=Pe(o.keyType,t,{...n,path:[...n.path,"propertyNames"]});let l=Zp.get(t);l||(l=[],Zp.set(t,l),t.deferred.push(()=>T_(t))),l.push(e)}i.additionalProperties=Pe(o.valueType,t,{...n,path:[...n.path,"additionalProperties"]})}let u=s._zod.values,c=t.io==="input"&&co(o.valueType)!==void 0;if(u&&!o.partial&&!c){let l=[...u].filter(p=>typeof p=="string"||typeof p=="number");l.length>0&&(i.required=l.map(String))}},vf=(e,t,r,n)=>{let i=e._zod.def,o=Pe(i.innerType,t,n),s=t.seen.get(e);t.target==="openapi-3.0"?(s.ref=i.innerType,r.nullable=!0):r.anyOf=[o,{type:"null"}]},wf=(e,t,r,n)=>{let i=e._zod.def;Pe(i.innerType,t,n);let o=t.seen.get(e);o.ref=i.innerType},xf=Symbol();function L1(e,t,r,n,i){let o=!1,s=JSON.stringify(e,(a,u)=>typeof u!="bigint"?u:(o=!0,null));return o?(Ze(t,r,n,i,"BigInt defaults cannot be represented in JSON Schema"),xf):JSON.parse(s)}var kf=(e,t,r,n)=>{let i=e._zod.def;Pe(i.innerType,t,n);let o=t.seen.get(e);o.ref=i.innerType;let s=L1(i.defaultValue,e,t,r,n);s!==xf&&(r.default=s)},$f=(e,t,r,n)=>{let i=e._zod.def;Pe(i.innerType,t,n);let o=t.seen.get(e);if(o.ref=i.innerType,t.io!=="input")return;let s=L1(i.defaultValue,e,t,r,n);s!==xf&&(r._prefault=s)},_f=(e,t,r,n)=>{let i=e._zod.def;Pe(i.innerType,t,n);let o=t.seen.get(e);o.ref=i.innerType;let s;try{s=i.catchValue(void 0)}catch{Ze(e,t,r,n,"Dynamic catch values are not supported in JSON Schema");return}r.default=s},Af=(e,t,r,n)=>{let i=e._zod.def,o=i.in._zod.traits.has("$ZodTransform"),s=t.io==="input"?o?i.out:i.in:i.out;Pe(s,t,n);let a=t.seen.get(e);a.ref=s},Sf=(e,t,r,n)=>{let i=e._zod.def;Pe(i.innerType,t,n);let o=t.seen.get(e);o.ref=i.innerType,r.readOnly=!0},Pf=(e,t,r,n)=>{let i=e._zod.def;Pe(i.innerType,t,n);let o=t.seen.get(e);o.ref=i.innerType},Aa=(e,t,r,n)=>{let i=e._zod.def;Pe(i.innerType,t,n);let o=t.seen.get(e);o.ref=i.innerType},Rf=(e,t,r,n)=>{let i=e._zod.innerType;Pe(i,t,n);let o=t.seen.get(e);o.ref=i},$a={string:jp,number:Vp,boolean:Gp,bigint:Kp,symbol:Hp,null:Wp,undefined:Xp,void:Jp,never:Yp,any:Qp,unknown:ef,date:tf,enum:rf,literal:nf,nan:of,template_literal:sf,file:af,success:cf,custom:uf,function:lf,transform:df,map:pf,set:ff,array:mf,object:hf,union:_a,intersection:gf,tuple:bf,record:yf,nullable:vf,nonoptional:wf,default:kf,prefault:$f,catch:_f,pipe:Af,readonly:Sf,promise:Pf,optional:Aa,lazy:Rf};function Sa(e,t){if("_idmap"in e){let n=e,i=Ar({...t,processors:$a}),o={};for(let u of n._idmap.entries()){let[c,l]=u;Pe(l,i)}let s={},a={registry:n,uri:t?.uri,defs:o};i.external=a;for(let u of n._idmap.entries()){let[c,l]=u;Sr(i,l),He(s,c,Pr(i,l))}if(Object.keys(o).length>0){let u=i.target==="draft-2020-12"?"$defs":"definitions";s.__shared={[u]:o}}return{schemas:s}}let r=Ar({...t,processors:$a});return Pe(e,r),Sr(r,e),Pr(r,e)}var Pa=class{get metadataRegistry(){return this.ctx.metadataRegistry}get target(){return this.ctx.target}get unrepresentable(){return this.ctx.unrepresentable}get override(){return this.ctx.override}get io(){return this.ctx.io}get counter(){return this.ctx.counter}set counter(t){this.ctx.counter=t}get seen(){return this.ctx.seen}constructor(t){let r=t?.target??"draft-2020-12";r==="draft-4"&&(r="draft-04"),r==="draft-7"&&(r="draft-07"),this.ctx=Ar({processors:$a,target:r,...t?.metadata&&{metadata:t.metadata},...t?.unrepresentable&&{unrepresentable:t.unrepresentable},...t?.override&&{override:t.override},...t?.io&&{io:t.io}})}process(t,r={path:[],schemaPath:[]}){return Pe(t,this.ctx,r)}emit(t,r){r&&(r.cycles&&(this.ctx.cycles=r.cycles),r.reused&&(this.ctx.reused=r.reused),r.external&&(this.ctx.external=r.external)),this.ctx.sharedDefsExtractedFor=void 0,this.ctx.sharedEmitDoneFor=void 0,Sr(this.ctx,t);let n=Pr(this.ctx,t),{"~standard":i,...o}=n;return o}};var z1={};var Yn={};Qt(Yn,{ZodAny:()=>Xf,ZodArray:()=>em,ZodBase64:()=>Ga,ZodBase64URL:()=>Ka,ZodBigInt:()=>Xn,ZodBigIntFormat:()=>Xa,ZodBoolean:()=>Wn,ZodCIDRv4:()=>ja,ZodCIDRv6:()=>Va,ZodCUID:()=>La,ZodCUID2:()=>za,ZodCatch:()=>xm,ZodCodec:()=>vo,ZodCreditCard:()=>Bf,ZodCustom:()=>wo,ZodCustomStringFormat:()=>en,ZodDate:()=>fo,ZodDefault:()=>hm,ZodDiscriminatedUnion:()=>rm,ZodE164:()=>Ha,ZodEmail:()=>Ca,ZodEmoji:()=>Na,ZodEnum:()=>Gn,ZodExactOptional:()=>ec,ZodFile:()=>dm,ZodFunction:()=>Tm,ZodGUID:()=>Da,ZodIBAN:()=>Zf,ZodIPv4:()=>Ba,ZodIPv6:()=>Za,ZodISODate:()=>Er,ZodISODateTime:()=>Rr,ZodISODuration:()=>Tr,ZodISOTime:()=>Ir,ZodInstanceOf:()=>Dm,ZodIntersection:()=>nm,ZodJWT:()=>Wa,ZodKSUID:()=>qa,ZodLazy:()=>Rm,ZodLiteral:()=>lm,ZodMAC:()=>qf,ZodMap:()=>cm,ZodNaN:()=>$m,ZodNanoID:()=>Fa,ZodNever:()=>Yf,ZodNonOptional:()=>tc,ZodNull:()=>Hf,ZodNullable:()=>mm,ZodNumber:()=>Hn,ZodNumberFormat:()=>tn,ZodObject:()=>ho,ZodOptional:()=>bo,ZodPipe:()=>yo,ZodPrefault:()=>bm,ZodPreprocess:()=>_m,ZodPromise:()=>Im,ZodReadonly:()=>Am,ZodRecord:()=>Vn,ZodSet:()=>um,ZodString:()=>Kn,ZodStringFormat:()=>Re,ZodSuccess:()=>wm,ZodSymbol:()=>Gf,ZodTemplateLiteral:()=>Pm,ZodTransform:()=>pm,ZodTuple:()=>om,ZodType:()=>me,ZodULID:()=>Ma,ZodURL:()=>po,ZodUUID:()=>Yt,ZodUndefined:()=>Kf,ZodUnion:()=>go,ZodUnknown:()=>Jf,ZodVoid:()=>Qf,ZodXID:()=>Ua,ZodXor:()=>tm,_ZodString:()=>Oa,_default:()=>gm,_function:()=>Xb,any:()=>Pb,array:()=>mo,base64:()=>ab,base64url:()=>cb,bigint:()=>kb,boolean:()=>Vf,catch:()=>km,check:()=>Jb,cidrv4:()=>ob,cidrv6:()=>sb,codec:()=>Gb,creditCard:()=>lb,cuid:()=>J1,cuid2:()=>Y1,currencyCode:()=>gb,custom:()=>Yb,date:()=>Eb,describe:()=>Qb,discriminatedUnion:()=>Nb,e164:()=>ub,email:()=>q1,emoji:()=>W1,enum:()=>Ya,exactOptional:()=>fm,file:()=>Bb,float32:()=>yb,float64:()=>vb,function:()=>Xb,guid:()=>B1,hash:()=>bb,hex:()=>hb,hostname:()=>mb,httpUrl:()=>H1,iban:()=>db,instanceof:()=>ty,int:()=>Ia,int32:()=>wb,int64:()=>$b,intersection:()=>im,invertCodec:()=>Kb,ipv4:()=>rb,ipv6:()=>ib,json:()=>ny,jwt:()=>pb,keyof:()=>Ib,ksuid:()=>tb,lazy:()=>Em,literal:()=>qb,looseObject:()=>Cb,looseRecord:()=>Lb,mac:()=>nb,map:()=>zb,meta:()=>ey,nan:()=>Vb,nanoid:()=>X1,nativeEnum:()=>Ub,never:()=>Ja,nonoptional:()=>vm,null:()=>Wf,nullable:()=>lo,nullish:()=>Zb,number:()=>jf,object:()=>Tb,optional:()=>Yr,partialRecord:()=>Fb,pipe:()=>Ta,prefault:()=>ym,preprocess:()=>iy,promise:()=>Wb,readonly:()=>Sm,record:()=>am,refine:()=>Om,set:()=>Mb,strictObject:()=>Ob,string:()=>uo,stringFormat:()=>fb,stringbool:()=>ry,success:()=>jb,superRefine:()=>Cm,symbol:()=>Ab,templateLiteral:()=>Hb,transform:()=>Qa,tuple:()=>sm,uint32:()=>xb,uint64:()=>_b,ulid:()=>Q1,undefined:()=>Sb,union:()=>Jn,unknown:()=>Jr,url:()=>K1,uuid:()=>Z1,uuidv4:()=>j1,uuidv6:()=>V1,uuidv7:()=>G1,void:()=>Rb,xid:()=>eb,xor:()=>Db});var Ra={};Qt(Ra,{endsWith:()=>Dn,gt:()=>Xt,gte:()=>St,includes:()=>On,length:()=>Wr,lowercase:()=>In,lt:()=>Wt,lte:()=>At,maxLength:()=>Hr,maxSize:()=>_r,mime:()=>Fn,minLength:()=>sr,minSize:()=>Jt,multipleOf:()=>$r,negative:()=>va,nonnegative:()=>xa,nonpositive:()=>wa,normalize:()=>Ln,overwrite:()=>Bt,positive:()=>ya,properties:()=>Nn,property:()=>ka,regex:()=>En,size:()=>Kr,slugify:()=>qn,startsWith:()=>Cn,toLowerCase:()=>Mn,toUpperCase:()=>Un,trim:()=>zn,uppercase:()=>Tn});var M1=new WeakSet([Object.prototype,Error.prototype]);function Ea(e,t,r){Object.defineProperty(e,t,{configurable:!0,enumerable:!1,get(){let n=r(this);return Object.defineProperty(this,t,{value:n,configurable:!0,writable:!0}),n},set(n){Object.defineProperty(this,t,{value:n,configurable:!0,writable:!0})}})}var U1=(e,t)=>{Pu.init(e,t),e.name="ZodError";let r=Object.getPrototypeOf(e);M1.has(r)||(M1.add(r),Ea(r,"format",n=>i=>Fi(n,i)),Ea(r,"flatten",n=>i=>Ni(n,i)),Ea(r,"addIssue",n=>i=>{n.issues.push(i),n.message=JSON.stringify(n.issues,gn,2)}),Ea(r,"addIssues",n=>i=>{n.issues.push(...i),n.message=JSON.stringify(n.issues,gn,2)}),Object.defineProperty(r,"isEmpty",{configurable:!0,enumerable:!1,get(){return this.issues.length===0}}))},C_=y("ZodError",U1),vt=y("ZodError",U1,void 0,{Parent:Error});var Ef=xn(vt),If=kn(vt),Tf=$n(vt),Of=_n(vt),Cf=ss(vt),Df=as(vt),Nf=cs(vt),Ff=us(vt),Lf=ls(vt),zf=ds(vt),Mf=ps(vt),Uf=fs(vt);function N_(){Ve.localeError||Fe(Vs())}function Qr(){Ve.memoizer||Fe({memoizer:eo()})}var me=y("ZodType",(e,t)=>(N_(),de.init(e,t),e.def=t,e.type=t.type,e),{check(...e){let t=this.def;return this.clone(H.mergeDefs(t,{checks:[...t.checks??[],...e.map(r=>typeof r=="function"?{_zod:{check:r,def:{check:"custom"},onattach:[]}}:r)]}),{parent:!0})},with(...e){return this.check(...e)},clone(e,t){return Ae(this,e,t)},brand(){return this},register(e,t){return e.add(this,t),this},refine(e,t){return this.check(Om(e,t))},superRefine(e,t){return this.check(Cm(e,t))},overwrite(e){return this.check(Bt(e))},optional(){return Yr(this)},exactOptional(){return fm(this)},nullable(){return lo(this)},nullish(){return Yr(lo(this))},nonoptional(e){return vm(this,e)},array(){return mo(this)},or(e){return Jn([this,e])},and(e){return im(this,e)},transform(e){return Ta(this,Qa(e))},default(e){return gm(this,e)},prefault(e){return ym(this,e)},catch(e){return km(this,e)},pipe(e){return Ta(this,e)},readonly(){return Sm(this)},describe(e){let t=this.clone();return We.add(t,{description:e}),t},meta(...e){if(e.length===0)return We.get(this);let t=this.clone();return We.add(t,e[0]),t},isOptional(){return this.safeParse(void 0).success},isNullable(){return this.safeParse(null).success},apply(e,...t){return t.length===0?e(this):e(this,...t)},get"~standard"(){return H.hide(this,"~standard",{..._s(this),jsonSchema:{input:Bn(this,"input"),output:Bn(this,"output")}})},set"~standard"(e){H.own(this,"~standard",e)},parse:function e(t,r){return Ef(this,t,r,{callee:e})},parseAsync:async function e(t,r){return await If(this,t,r,{callee:e})},safeParse(e,t){return Tf(this,e,t)},async safeParseAsync(e,t){return Of(this,e,t)},get spa(){return this?.safeParseAsync},set spa(e){H.own(this,"spa",e)},validate(e,t){return Li(this,e,t)},validateAsync(e,t){return zi(this,e,t)},encode:function e(t,r){return Cf(this,t,r,{callee:e})},decode:function e(t,r){return Df(this,t,r,{callee:e})},encodeAsync:async function e(t,r){return await Nf(this,t,r,{callee:e})},decodeAsync:async function e(t,r){return await Ff(this,t,r,{callee:e})},safeEncode(e,t){return Lf(this,e,t)},safeDecode(e,t){return zf(this,e,t)},async safeEncodeAsync(e,t){return Mf(this,e,t)},async safeDecodeAsync(e,t){return Uf(this,e,t)},toJSONSchema(e){return qp(this,{})(e)},get description(){return We.get(this)?.description},get _def(){return this._zod.def}}),Oa=y("_ZodString",(e,t)=>{Zr.init(e,t),me.init(e,t),e._zod.processJSONSchema=(r,n,i)=>jp(e,r,n,i)},H.derived({format:e=>je(e).format??null,minLength:e=>je(e).minimum??null,maxLength:e=>je(e).maximum??null},{regex(...e){return this.check(En(...e))},includes(...e){return this.check(On(...e))},startsWith(...e){return this.check(Cn(...e))},endsWith(...e){return this.check(Dn(...e))},min(...e){return this.check(sr(...e))},max(...e){return this.check(Hr(...e))},length(...e){return this.check(Wr(...e))},nonempty(...e){return this.check(sr(1,...e))},lowercase(e){return this.check(In(e))},uppercase(e){return this.check(Tn(e))},trim(){return this.check(zn())},normalize(...e){return this.check(Ln(...e))},toLowerCase(){return this.check(Mn())},toUpperCase(){return this.check(Un())},slugify(){return this.check(qn())}})),Kn=y("ZodString",(e,t)=>{Zr.init(e,t),Oa.init(e,t)},{email(e){return this.check(Js(Ca,e))},url(e){return this.check(ro(po,e))},jwt(e){return this.check(ba(Wa,e))},emoji(e){return this.check(na(Na,e))},guid(e){return this.check(Ys(Da,e))},uuid(e){return this.check(Qs(Yt,e))},uuidv4(e){return this.check(ea(Yt,e))},uuidv6(e){return this.check(ta(Yt,e))},uuidv7(e){return this.check(ra(Yt,e))},nanoid(e){return this.check(ia(Fa,e))},cuid(e){return this.check(oa(La,e))},cuid2(e){return this.check(sa(za,e))},ulid(e){return this.check(aa(Ma,e))},base64(e){return this.check(ma(Ga,e))},base64url(e){return this.check(ha(Ka,e))},xid(e){return this.check(ca(Ua,e))},ksuid(e){return this.check(ua(qa,e))},ipv4(e){return this.check(la(Ba,e))},ipv6(e){return this.check(da(Za,e))},cidrv4(e){return this.check(pa(ja,e))},cidrv6(e){return this.check(fa(Va,e))},e164(e){return this.check(ga(Ha,e))},datetime(e){return this.check(no(Rr,e))},date(e){return this.check(io(Er,e))},time(e){return this.check(oo(Ir,e))},duration(e){return this.check(so(Tr,e))}});function uo(e){return np(Kn,e)}var Re=y("ZodStringFormat",(e,t)=>{Se.init(e,t),Oa.init(e,t)}),Rr=y("ZodISODateTime",(e,t)=>{Kl.init(e,t),Re.init(e,t)}),Er=y("ZodISODate",(e,t)=>{Hl.init(e,t),Re.init(e,t)}),Ir=y("ZodISOTime",(e,t)=>{Wl.init(e,t),Re.init(e,t)}),Tr=y("ZodISODuration",(e,t)=>{Xl.init(e,t),Re.init(e,t)}),Ca=y("ZodEmail",(e,t)=>{Fl.init(e,t),Re.init(e,t)});function q1(e){return Js(Ca,e)}var Da=y("ZodGUID",(e,t)=>{Dl.init(e,t),Re.init(e,t)});function B1(e){return Ys(Da,e)}var Yt=y("ZodUUID",(e,t)=>{Nl.init(e,t),Re.init(e,t)});function Z1(e){return Qs(Yt,e)}function j1(e){return ea(Yt,e)}function V1(e){return ta(Yt,e)}function G1(e){return ra(Yt,e)}var po=y("ZodURL",(e,t)=>{Ml.init(e,t),Re.init(e,t)});function K1(e){return ro(po,e)}function H1(e){return ro(po,{protocol:Mi,hostname:Xu,...H.normalizeParams(e)})}var Na=y("ZodEmoji",(e,t)=>{Ul.init(e,t),Re.init(e,t)});function W1(e){return na(Na,e)}var Fa=y("ZodNanoID",(e,t)=>{ql.init(e,t),Re.init(e,t)});function X1(e){return ia(Fa,e)}var La=y("ZodCUID",(e,t)=>{Bl.init(e,t),Re.init(e,t)});function J1(e){return oa(La,e)}var za=y("ZodCUID2",(e,t)=>{Zl.init(e,t),Re.init(e,t)});function Y1(e){return sa(za,e)}var Ma=y("ZodULID",(e,t)=>{jl.init(e,t),Re.init(e,t)});function Q1(e){return aa(Ma,e)}var Ua=y("ZodXID",(e,t)=>{Vl.init(e,t),Re.init(e,t)});function eb(e){return ca(Ua,e)}var qa=y("ZodKSUID",(e,t)=>{Gl.init(e,t),Re.init(e,t)});function tb(e){return ua(qa,e)}var Ba=y("ZodIPv4",(e,t)=>{Jl.init(e,t),Re.init(e,t)});function rb(e){return la(Ba,e)}var qf=y("ZodMAC",(e,t)=>{Ql.init(e,t),Re.init(e,t)});function nb(e){return op(qf,e)}var Za=y("ZodIPv6",(e,t)=>{Yl.init(e,t),Re.init(e,t)});function ib(e){return da(Za,e)}var ja=y("ZodCIDRv4",(e,t)=>{ed.init(e,t),Re.init(e,t)});function ob(e){return pa(ja,e)}var Va=y("ZodCIDRv6",(e,t)=>{td.init(e,t),Re.init(e,t)});function sb(e){return fa(Va,e)}var Ga=y("ZodBase64",(e,t)=>{rd.init(e,t),Re.init(e,t)});function ab(e){return ma(Ga,e)}var Ka=y("ZodBase64URL",(e,t)=>{nd.init(e,t),Re.init(e,t)});function cb(e){return ha(Ka,e)}var Ha=y("ZodE164",(e,t)=>{id.init(e,t),Re.init(e,t)});function ub(e){return ga(Ha,e)}var Bf=y("ZodCreditCard",(e,t)=>{od.init(e,t),Re.init(e,t)});function lb(e){return sp(Bf,e)}var Zf=y("ZodIBAN",(e,t)=>{sd.init(e,t),Re.init(e,t)});function db(e){return ap(Zf,e)}var Wa=y("ZodJWT",(e,t)=>{ad.init(e,t),Re.init(e,t)});function pb(e){return ba(Wa,e)}var en=y("ZodCustomStringFormat",(e,t)=>{cd.init(e,t),Re.init(e,t)});function fb(e,t,r={}){return Xr(en,e,t,r)}function mb(e){return Xr(en,"hostname",Wu,e)}function hb(e){return Xr(en,"hex",ll,e)}function gb(e){return Xr(en,"currency_code",Yu,e)}function bb(e,t){let r=t?.enc??"hex",n=`${e}_${r}`,i=Ot[n];if(!i)throw new Error(`Unrecognized hash format: ${n}`);return Xr(en,n,i,t)}var Hn=y("ZodNumber",(e,t)=>{Ds.init(e,t),me.init(e,t),e._zod.processJSONSchema=(r,n,i)=>Vp(e,r,n,i),e.isFinite=!0},H.derived({minValue:e=>{let{minimum:t,exclusiveMinimum:r}=je(e);return Math.max(t??Number.NEGATIVE_INFINITY,r??Number.NEGATIVE_INFINITY)},maxValue:e=>{let{maximum:t,exclusiveMaximum:r}=je(e);return Math.min(t??Number.POSITIVE_INFINITY,r??Number.POSITIVE_INFINITY)},isInt:e=>{let{isInt:t,multipleOf:r}=je(e);return!!t||!!r?.some(Number.isSafeInteger)},format:e=>je(e).format??null},{gt(e,t){return this.check(Xt(e,t))},gte(e,t){return this.check(St(e,t))},min(e,t){return this.check(St(e,t))},lt(e,t){return this.check(Wt(e,t))},lte(e,t){return this.check(At(e,t))},max(e,t){return this.check(At(e,t))},int(e){return this.check(Ia(e))},safe(e){return this.check(Ia(e))},positive(e){return this.check(Xt(0,e))},nonnegative(e){return this.check(St(0,e))},negative(e){return this.check(Wt(0,e))},nonpositive(e){return this.check(At(0,e))},multipleOf(e,t){return this.check($r(e,t))},step(e,t){return this.check($r(e,t))},finite(){return this}}));function jf(e){return up(Hn,e)}var tn=y("ZodNumberFormat",(e,t)=>{ud.init(e,t),Hn.init(e,t)});function Ia(e){return dp(tn,e)}function yb(e){return pp(tn,e)}function vb(e){return fp(tn,e)}function wb(e){return mp(tn,e)}function xb(e){return hp(tn,e)}var Wn=y("ZodBoolean",(e,t)=>{Hi.init(e,t),me.init(e,t),e._zod.processJSONSchema=(r,n,i)=>Gp(e,r,n,i)});function Vf(e){return gp(Wn,e)}var Xn=y("ZodBigInt",(e,t)=>{Ns.init(e,t),me.init(e,t),e._zod.processJSONSchema=(r,n,i)=>Kp(e,r,n,i)},H.derived({minValue:e=>je(e).minimum??null,maxValue:e=>je(e).maximum??null,format:e=>je(e).format??null},{gte(e,t){return this.check(St(e,t))},min(e,t){return this.check(St(e,t))},gt(e,t){return this.check(Xt(e,t))},lt(e,t){return this.check(Wt(e,t))},lte(e,t){return this.check(At(e,t))},max(e,t){return this.check(At(e,t))},positive(e){return this.check(Xt(BigInt(0),e))},negative(e){return this.check(Wt(BigInt(0),e))},nonpositive(e){return this.check(At(BigInt(0),e))},nonnegative(e){return this.check(St(BigInt(0),e))},multipleOf(e,t){return this.check($r(e,t))}}));function kb(e){return yp(Xn,e)}var Xa=y("ZodBigIntFormat",(e,t)=>{ld.init(e,t),Xn.init(e,t)});function $b(e){return wp(Xa,e)}function _b(e){return xp(Xa,e)}var Gf=y("ZodSymbol",(e,t)=>{dd.init(e,t),me.init(e,t),e._zod.processJSONSchema=(r,n,i)=>Hp(e,r,n,i)});function Ab(e){return kp(Gf,e)}var Kf=y("ZodUndefined",(e,t)=>{pd.init(e,t),me.init(e,t),e._zod.processJSONSchema=(r,n,i)=>Xp(e,r,n,i)});function Sb(e){return $p(Kf,e)}var Hf=y("ZodNull",(e,t)=>{fd.init(e,t),me.init(e,t),e._zod.processJSONSchema=(r,n,i)=>Wp(e,r,n,i)});function Wf(e){return _p(Hf,e)}var Xf=y("ZodAny",(e,t)=>{md.init(e,t),me.init(e,t),e._zod.processJSONSchema=(r,n,i)=>Qp(e,r,n,i)});function Pb(){return Ap(Xf)}var Jf=y("ZodUnknown",(e,t)=>{hd.init(e,t),me.init(e,t),e._zod.processJSONSchema=(r,n,i)=>ef(e,r,n,i)});function Jr(){return Sp(Jf)}var Yf=y("ZodNever",(e,t)=>{gd.init(e,t),me.init(e,t),e._zod.processJSONSchema=(r,n,i)=>Yp(e,r,n,i)});function Ja(e){return Pp(Yf,e)}var Qf=y("ZodVoid",(e,t)=>{bd.init(e,t),me.init(e,t),e._zod.processJSONSchema=(r,n,i)=>Jp(e,r,n,i)});function Rb(e){return Rp(Qf,e)}var fo=y("ZodDate",(e,t)=>{yd.init(e,t),me.init(e,t),e._zod.processJSONSchema=(r,n,i)=>tf(e,r,n,i),e.min=(r,n)=>e.check(St(r,n)),e.max=(r,n)=>e.check(At(r,n))},H.derived({minDate:e=>{let{minimum:t}=je(e);return t?new Date(t):null},maxDate:e=>{let{maximum:t}=je(e);return t?new Date(t):null}},{}));function Eb(e){return Ep(fo,e)}var em=y("ZodArray",(e,t)=>{Qr(),wd.init(e,t),me.init(e,t),e._zod.processJSONSchema=(r,n,i)=>mf(e,r,n,i),e.element=t.element},{min(e,t){return this.check(sr(e,t))},nonempty(e){return this.check(sr(1,e))},max(e,t){return this.check(Hr(e,t))},length(e,t){return this.check(Wr(e,t))},unwrap(){return this.element}});function mo(e,t){return Op(em,e,t)}function Ib(e){let t=e._zod.def.shape;return Ya(Object.keys(t))}var ho=y("ZodObject",(e,t)=>{Qr(),xd.init(e,t),me.init(e,t),e._zod.processJSONSchema=(r,n,i)=>hf(e,r,n,i),H.installLazyProp(e,"shape",r=>r._zod.def.shape,!1)},{keyof(){return Ya(Object.keys(this._zod.def.shape))},catchall(e){return this.clone(H.mergeDefs(this._zod.def,{catchall:e}))},passthrough(){return this.clone(H.mergeDefs(this._zod.def,{catchall:Jr()}))},loose(){return this.clone(H.mergeDefs(this._zod.def,{catchall:Jr()}))},strict(){return this.clone(H.mergeDefs(this._zod.def,{catchall:Ja()}))},strip(){return this.clone(H.mergeDefs(this._zod.def,{catchall:void 0}))},extend(e){return H.extend(this,e)},safeExtend(e){return H.safeExtend(this,e)},merge(e){return H.merge(this,e)},pick(e){return H.pick(this,e)},omit(e){return H.omit(this,e)},partial(...e){return H.partial(bo,this,e[0])},exactPartial(...e){return H.partial(ec,this,e[0],"exactPartial")},required(...e){return H.required(tc,this,e[0])}});function Tb(e,t){let r={type:"object",shape:e??{},...H.normalizeParams(t)};return new ho(r)}function Ob(e,t){return new ho({type:"object",shape:e,catchall:Ja(),...H.normalizeParams(t)})}function Cb(e,t){return new ho({type:"object",shape:e,catchall:Jr(),...H.normalizeParams(t)})}var go=y("ZodUnion",(e,t)=>{Wi.init(e,t),me.init(e,t),e._zod.processJSONSchema=(r,n,i)=>_a(e,r,n,i),e.options=t.options});function Jn(e,t){return new go({type:"union",options:e,...H.normalizeParams(t)})}var tm=y("ZodXor",(e,t)=>{go.init(e,t),kd.init(e,t),e._zod.processJSONSchema=(r,n,i)=>_a(e,r,n,i),e.options=t.options});function Db(e,t){return new tm({type:"union",options:e,inclusive:!1,...H.normalizeParams(t)})}var rm=y("ZodDiscriminatedUnion",(e,t)=>{go.init(e,t),_d.init(e,t)});function Nb(e,t,r){return new rm({type:"union",options:t,discriminator:e,...H.normalizeParams(r)})}var nm=y("ZodIntersection",(e,t)=>{Ad.init(e,t),me.init(e,t),e._zod.processJSONSchema=(r,n,i)=>gf(e,r,n,i)});function im(e,t){return new nm({type:"intersection",left:e,right:t})}var om=y("ZodTuple",(e,t)=>{Qr(),Fs.init(e,t),me.init(e,t),e._zod.processJSONSchema=(r,n,i)=>bf(e,r,n,i)},{rest(e){return this.clone({...this._zod.def,rest:e})},partial(){let e=this._zod.def;if(e.checks?.length)throw new Error(".partial() cannot be used on tuple schemas containing refinements");return this.clone({...e,items:e.items.map(t=>new bo({type:"optional",innerType:t}))})}});function sm(e,t,r){let n=t instanceof de,i=n?r:t,o=n?t:null;return new om({type:"tuple",items:e,rest:o,...H.normalizeParams(i)})}var Vn=y("ZodRecord",(e,t)=>{Qr(),Sd.init(e,t),me.init(e,t),e._zod.processJSONSchema=(r,n,i)=>yf(e,r,n,i),e.keyType=t.keyType,e.valueType=t.valueType});function am(e,t,r){return!t||!t._zod?new Vn({type:"record",keyType:uo(),valueType:e,...H.normalizeParams(t)}):new Vn({type:"record",keyType:e,valueType:t,...H.normalizeParams(r)})}function Fb(e,t,r){return new Vn({type:"record",keyType:e,valueType:t,...H.normalizeParams(r),partial:!0})}function Lb(e,t,r){return new Vn({type:"record",keyType:e,valueType:t,mode:"loose",...H.normalizeParams(r)})}var cm=y("ZodMap",(e,t)=>{Qr(),Pd.init(e,t),me.init(e,t),e._zod.processJSONSchema=(r,n,i)=>pf(e,r,n,i),e.keyType=t.keyType,e.valueType=t.valueType,e.min=(...r)=>e.check(Jt(...r)),e.nonempty=r=>e.check(Jt(1,r)),e.max=(...r)=>e.check(_r(...r)),e.size=(...r)=>e.check(Kr(...r))});function zb(e,t,r){return new cm({type:"map",keyType:e,valueType:t,...H.normalizeParams(r)})}var um=y("ZodSet",(e,t)=>{Qr(),Rd.init(e,t),me.init(e,t),e._zod.processJSONSchema=(r,n,i)=>ff(e,r,n,i),e.min=(...r)=>e.check(Jt(...r)),e.nonempty=r=>e.check(Jt(1,r)),e.max=(...r)=>e.check(_r(...r)),e.size=(...r)=>e.check(Kr(...r))});function Mb(e,t){return new um({type:"set",valueType:e,...H.normalizeParams(t)})}var Gn=y("ZodEnum",(e,t)=>{Ed.init(e,t),me.init(e,t),e._zod.processJSONSchema=(n,i,o)=>rf(e,n,i,o),e.enum=t.entries,e.options=[...e._zod.values];let r=new Set(Object.keys(t.entries));e.extract=(n,i)=>{let o={};for(let s of n)if(r.has(s))o[s]=t.entries[s];else throw new Error(`Key ${s} not found in enum`);return new Gn({...t,checks:[],...H.normalizeParams(i),entries:o})},e.exclude=(n,i)=>{let o={...t.entries};for(let s of n)if(r.has(s))delete o[s];else throw new Error(`Key ${s} not found in enum`);return new Gn({...t,checks:[],...H.normalizeParams(i),entries:o})}});function Ya(e,t){let r=Array.isArray(e)?Object.fromEntries(e.map(n=>[n,n])):e;return new Gn({type:"enum",entries:r,...H.normalizeParams(t)})}function Ub(e,t){return new Gn({type:"enum",entries:e,...H.normalizeParams(t)})}var lm=y("ZodLiteral",(e,t)=>{Id.init(e,t),me.init(e,t),e._zod.processJSONSchema=(r,n,i)=>nf(e,r,n,i),e.values=new Set(t.values),Object.defineProperty(e,"value",{get(){if(t.values.length>1)throw new Error("This schema contains multiple valid literal values. Use `.values` instead.");return t.values[0]}})});function qb(e,t){return new lm({type:"literal",values:Array.isArray(e)?e:[e],...H.normalizeParams(t)})}var dm=y("ZodFile",(e,t)=>{Td.init(e,t),me.init(e,t),e._zod.processJSONSchema=(r,n,i)=>af(e,r,n,i),e.min=(r,n)=>e.check(Jt(r,n)),e.max=(r,n)=>e.check(_r(r,n)),e.mime=(r,n)=>e.check(Fn(Array.isArray(r)?r:[r],n))});function Bb(e){return Cp(dm,e)}var pm=y("ZodTransform",(e,t)=>{Qr(),Od.init(e,t),me.init(e,t),e._zod.processJSONSchema=(r,n,i)=>df(e,r,n,i),e._zod.parse=(r,n)=>{if(n.direction==="backward")throw new xr(e.constructor.name);r.addIssue=o=>{if(typeof o=="string")r.issues.push(H.issue(o,r.value,t));else{let s=o;s.fatal&&(s.continue=!1),s.code??(s.code="custom"),"input"in s||(s.input=r.value),s.inst??(s.inst=e),r.issues.push(H.issue(s))}};let i=t.transform(r.value,r);return i instanceof Promise?i.then(o=>(r.value=o,r)):(r.value=i,r)}});function Qa(e){return new pm({type:"transform",transform:e})}var bo=y("ZodOptional",(e,t)=>{Ls.init(e,t),me.init(e,t),e._zod.processJSONSchema=(r,n,i)=>Aa(e,r,n,i),e.unwrap=()=>e._zod.def.innerType});function Yr(e){return new bo({type:"optional",innerType:e})}var ec=y("ZodExactOptional",(e,t)=>{Cd.init(e,t),me.init(e,t),e._zod.processJSONSchema=(r,n,i)=>Aa(e,r,n,i),e.unwrap=()=>e._zod.def.innerType});function fm(e){return new ec({type:"optional",innerType:e})}var mm=y("ZodNullable",(e,t)=>{Dd.init(e,t),me.init(e,t),e._zod.processJSONSchema=(r,n,i)=>vf(e,r,n,i),e.unwrap=()=>e._zod.def.innerType});function lo(e){return new mm({type:"nullable",innerType:e})}function Zb(e){return Yr(lo(e))}var hm=y("ZodDefault",(e,t)=>{Nd.init(e,t),me.init(e,t),e._zod.processJSONSchema=(r,n,i)=>kf(e,r,n,i),e.unwrap=()=>e._zod.def.innerType,e.removeDefault=e.unwrap});function gm(e,t){return new hm({type:"default",innerType:e,get defaultValue(){return typeof t=="function"?t():H.shallowClone(t)}})}var bm=y("ZodPrefault",(e,t)=>{Fd.init(e,t),me.init(e,t),e._zod.processJSONSchema=(r,n,i)=>$f(e,r,n,i),e.unwrap=()=>e._zod.def.innerType});function ym(e,t){return new bm({type:"prefault",innerType:e,get defaultValue(){return typeof t=="function"?t():H.shallowClone(t)}})}var tc=y("ZodNonOptional",(e,t)=>{Ld.init(e,t),me.init(e,t),e._zod.processJSONSchema=(r,n,i)=>wf(e,r,n,i),e.unwrap=()=>e._zod.def.innerType});function vm(e,t){return new tc({type:"nonoptional",innerType:e,...H.normalizeParams(t)})}var wm=y("ZodSuccess",(e,t)=>{zd.init(e,t),me.init(e,t),e._zod.processJSONSchema=(r,n,i)=>cf(e,r,n,i),e.unwrap=()=>e._zod.def.innerType});function jb(e){return new wm({type:"success",innerType:e})}var xm=y("ZodCatch",(e,t)=>{Md.init(e,t),me.init(e,t),e._zod.processJSONSchema=(r,n,i)=>_f(e,r,n,i),e.unwrap=()=>e._zod.def.innerType,e.removeCatch=e.unwrap});function km(e,t){return new xm({type:"catch",innerType:e,catchValue:typeof t=="function"?t:H.constantCatch(t)})}var $m=y("ZodNaN",(e,t)=>{Ud.init(e,t),me.init(e,t),e._zod.processJSONSchema=(r,n,i)=>of(e,r,n,i)});function Vb(e){return Tp($m,e)}var yo=y("ZodPipe",(e,t)=>{zs.init(e,t),me.init(e,t),e._zod.processJSONSchema=(r,n,i)=>Af(e,r,n,i),e.in=t.in,e.out=t.out});function Ta(e,t){return new yo({type:"pipe",in:e,out:t})}var vo=y("ZodCodec",(e,t)=>{yo.init(e,t),Xi.init(e,t)});function Gb(e,t,r){return new vo({type:"pipe",in:e,out:t,transform:r.decode,reverseTransform:r.encode})}function Kb(e){let t=e._zod.def;return new vo({type:"pipe",in:t.out,out:t.in,transform:t.reverseTransform,reverseTransform:t.transform})}var _m=y("ZodPreprocess",(e,t)=>{yo.init(e,t),qd.init(e,t)}),Am=y("ZodReadonly",(e,t)=>{Bd.init(e,t),me.init(e,t),e._zod.processJSONSchema=(r,n,i)=>Sf(e,r,n,i),e.unwrap=()=>e._zod.def.innerType});function Sm(e){return new Am({type:"readonly",innerType:e})}var Pm=y("ZodTemplateLiteral",(e,t)=>{Zd.init(e,t),me.init(e,t),e._zod.processJSONSchema=(r,n,i)=>sf(e,r,n,i)});function Hb(e,t){return new Pm({type:"template_literal",parts:e,...H.normalizeParams(t)})}var Rm=y("ZodLazy",(e,t)=>{Ji.init(e,t),me.init(e,t),e._zod.processJSONSchema=(r,n,i)=>Rf(e,r,n,i),e.unwrap=()=>e._zod.def.getter()});function Em(e){return new Rm({type:"lazy",getter:e})}var Im=y("ZodPromise",(e,t)=>{Vd.init(e,t),me.init(e,t),e._zod.processJSONSchema=(r,n,i)=>Pf(e,r,n,i),e.unwrap=()=>e._zod.def.innerType});function Wb(e){return new Im({type:"promise",innerType:e})}var Tm=y("ZodFunction",(e,t)=>{jd.init(e,t),me.init(e,t),e._zod.processJSONSchema=(r,n,i)=>lf(e,r,n,i)});function Xb(e){return new Tm({type:"function",input:Array.isArray(e?.input)?sm(e?.input):e?.input??mo(Jr()),output:e?.output??Jr()})}var wo=y("ZodCustom",(e,t)=>{Gd.init(e,t),me.init(e,t),e._zod.processJSONSchema=(r,n,i)=>uf(e,r,n,i)});function Jb(e){let t=new Ie({check:"custom"});return t._zod.check=e,t}function Yb(e,t){return Dp(wo,e??(()=>!0),t)}function Om(e,t={}){return Np(wo,e,t)}function Cm(e,t){return Fp(e,t)}var Qb=Lp,ey=zp,Dm=y("ZodInstanceOf",(e,t)=>{wo.init(e,t)},{properties(e,t){return this.check(Nn(e,t))}});function ty(e,t={}){let r=new Dm({type:"custom",check:"custom",fn:n=>n instanceof e,abort:!0,...H.normalizeParams(t)});return r._zod.bag.Class=e,r._zod.check=n=>{n.value instanceof e||n.issues.push({code:"invalid_type",expected:e.name,input:n.value,inst:r,path:[...r._zod.def.path??[]]})},r}var ry=(...e)=>Mp({Codec:vo,Boolean:Wn,String:Kn},...e);function ny(e){let t=Em(()=>Jn([uo(e),jf(),Vf(),Wf(),mo(t),am(uo(),t)]));return t}function iy(e,t){return new _m({type:"pipe",in:Qa(e),out:t})}var F_={invalid_type:"invalid_type",too_big:"too_big",too_small:"too_small",invalid_format:"invalid_format",not_multiple_of:"not_multiple_of",unrecognized_keys:"unrecognized_keys",invalid_union:"invalid_union",invalid_key:"invalid_key",invalid_element:"invalid_element",invalid_value:"invalid_value",custom:"custom"};function L_(e){Fe({customError:e})}function z_(){return Fe().customError}var Nm;Nm||(Nm={});var xo={};Qt(xo,{ZodISODate:()=>Er,ZodISODateTime:()=>Rr,ZodISODuration:()=>Tr,ZodISOTime:()=>Ir,date:()=>U_,datetime:()=>M_,duration:()=>B_,time:()=>q_});function M_(e){return no(Rr,e)}function U_(e){return io(Er,e)}function q_(e){return oo(Ir,e)}function B_(e){return so(Tr,e)}var G={...Yn,...Ra,iso:xo},Z_=new Set(["$schema","$ref","$defs","definitions","$id","id","$comment","$anchor","$vocabulary","$dynamicRef","$dynamicAnchor","type","enum","const","anyOf","oneOf","allOf","not","properties","required","additionalProperties","patternProperties","propertyNames","minProperties","maxProperties","items","prefixItems","additionalItems","minItems","maxItems","uniqueItems","contains","minContains","maxContains","minLength","maxLength","pattern","format","minimum","maximum","exclusiveMinimum","exclusiveMaximum","multipleOf","description","default","contentEncoding","contentMediaType","contentSchema","unevaluatedItems","unevaluatedProperties","if","then","else","dependentSchemas","dependentRequired","nullable","readOnly"]);function j_(e,t){let r=e.$schema;return r==="https://json-schema.org/draft/2020-12/schema"?"draft-2020-12":r==="http://json-schema.org/draft-07/schema#"?"draft-7":r==="http://json-schema.org/draft-04/schema#"?"draft-4":t??"draft-2020-12"}function oy(e,t){return e.map((r,n)=>n<t?r:r.optional())}function V_(e){return e.replace(/~1/g,"/").replace(/~0/g,"~")}function G_(e,t){if(!e.startsWith("#"))throw new Error("External $ref is not supported, only local refs (#/...) are allowed");let r=e.slice(1).split("/").filter(Boolean);if(r.length===0)return t.rootSchema;let n=t.version==="draft-2020-12"?"$defs":"definitions";if(r[0]===n){let i=r[1]===void 0?void 0:V_(r[1]);if(!i||!t.defs[i])throw new Error(`Reference not found: ${e}`);return t.defs[i]}throw new Error(`Reference not found: ${e}`)}function K_(e,t){return G.transform(n=>n).check(n=>{let i=n.value;if(typeof i!="object"||i===null||Array.isArray(i))return;let o=Object.getOwnPropertyNames(i);if(t.minProperties!==void 0&&o.length<t.minProperties&&n.issues.push({origin:"object",code:"too_small",minimum:t.minProperties,inclusive:!0,message:`Too small: expected object to have >=${t.minProperties} properties`,input:i,inst:e,continue:!0}),t.maxProperties!==void 0&&o.length>t.maxProperties&&n.issues.push({origin:"object",code:"too_big",maximum:t.maxProperties,inclusive:!0,message:`Too big: expected object to have <=${t.maxProperties} properties`,input:i,inst:e,continue:!0}),t.keySchema)for(let s of o){let a=t.keySchema.safeParse(s);a.success||n.issues.push({code:"invalid_key",origin:"record",issues:a.error.issues,input:s,path:[s],continue:!0})}}).pipe(e)}function Fm(e,t){if(e===null)return"z";let r=typeof e;if(r!=="object"){if(r==="number"&&Number.isNaN(e))return null;let n=String(e);return`${r[0]}${n.length}:${n}`}if(t.has(e))return null;t.add(e);try{if(Array.isArray(e)){let o=[];for(let s of e){let a=Fm(s,t);if(a===null)return null;o.push(a)}return`a${o.length}:[${o.join(",")}]`}let n=Object.keys(e).sort(),i=[];for(let o of n){let s=Fm(e[o],t);if(s===null)return null;i.push(`${o.length}:${o}=${s}`)}return`o${i.length}:{${i.join(",")}}`}finally{t.delete(e)}}var H_=new Set(["items","prefixItems","additionalItems","additionalProperties","contains","propertyNames","not","if","then","else","allOf","anyOf","oneOf","unevaluatedItems","unevaluatedProperties","contentSchema"]),W_=new Set(["properties","patternProperties","dependentSchemas","dependencies","$defs","definitions"]);function ko(e){return typeof e!="object"||e===null?!1:Array.isArray(e)?e.some(ko):typeof e.$ref=="string"?!0:Object.entries(e).some(([t,r])=>H_.has(t)?ko(r):!W_.has(t)||typeof r!="object"||r===null?!1:Object.values(r).some(ko))}function sy(e){return e===1?"element":"elements"}function X_(e,t){return G.transform(n=>n).check(n=>{let i=n.value;if(Array.isArray(i)){if(t.uniqueItems===!0){let o=new Map;for(let s=0;s<i.length;s++){let a=Fm(i[s],new Set);if(a===null)continue;let u=o.get(a);if(u===void 0){o.set(a,s);continue}n.issues.push({code:"custom",message:`Array items must be unique: element at index ${s} duplicates the one at index ${u}`,input:i,path:[s],continue:!0})}}if(t.containsSchema){let o=t.minContains??1,s=t.maxContains!==void 0?t.maxContains+1:Number.POSITIVE_INFINITY,a=0;for(let u of i)if(t.containsSchema.safeParse(u).success&&++a>=s)break;a<o&&n.issues.push({code:"custom",message:`Array must contain at least ${o} matching ${sy(o)}; found ${a}`,input:i,continue:!0}),t.maxContains!==void 0&&a>t.maxContains&&n.issues.push({code:"custom",message:`Array must contain at most ${t.maxContains} matching ${sy(t.maxContains)}`,input:i,continue:!0})}}}).pipe(e)}function ay(e,t){if(e!==!1)return e===void 0||e===!0?G.any():ut(e,t)}var J_=/^(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d+)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;function cy(e,t){if(e.not!==void 0){if(typeof e.not=="object"&&Object.keys(e.not).length===0)return G.never();throw new Error("not is not supported in Zod (except { not: {} } for never)")}if(e.unevaluatedItems!==void 0)throw new Error("unevaluatedItems is not supported");if(e.unevaluatedProperties!==void 0)throw new Error("unevaluatedProperties is not supported");if(e.if!==void 0||e.then!==void 0||e.else!==void 0)throw new Error("Conditional schemas (if/then/else) are not supported");if(e.dependentSchemas!==void 0||e.dependentRequired!==void 0)throw new Error("dependentSchemas and dependentRequired are not supported");if(e.$ref){let i=e.$ref;if(t.refs.has(i))return t.refs.get(i);if(t.processing.has(i))return G.lazy(()=>{if(!t.refs.has(i))throw new Error(`Circular reference not resolved: ${i}`);return t.refs.get(i)});t.processing.add(i);let o=G_(i,t),s=ut(o,t);return t.refs.set(i,s),t.processing.delete(i),s}if(e.enum!==void 0){let i=e.enum;if(t.version==="openapi-3.0"&&e.nullable===!0&&i.length===1&&i[0]===null)return G.null();if(i.length===0)return G.never();if(i.length===1)return G.literal(i[0]);if(i.every(s=>typeof s=="string"))return G.enum(i);let o=i.map(s=>G.literal(s));return o.length<2?o[0]:G.union([o[0],o[1],...o.slice(2)])}if(e.const!==void 0)return G.literal(e.const);let r=e.type;if(Array.isArray(r)){let i=r.map(o=>{let s={...e,type:o};return cy(s,t)});return i.length===0?G.never():i.length===1?i[0]:G.union(i)}if(!r)return G.any();let n;switch(r){case"string":{let i=G.string();if(e.format){let o=e.format;o==="email"?i=i.check(G.email()):o==="uri"||o==="uri-reference"?i=i.check(G.url()):o==="uuid"||o==="guid"?i=i.check(G.uuid()):o==="date-time"?i=i.check(G.iso.datetime({offset:!0})):o==="date"?i=i.check(G.iso.date()):o==="time"?i=i.check(G.regex(J_)):o==="duration"?i=i.check(G.iso.duration()):o==="hostname"?i=i.check(G.hostname()):o==="ipv4"?i=i.check(G.ipv4()):o==="ipv6"?i=i.check(G.ipv6()):o==="mac"?i=i.check(G.mac()):o==="cidr"?i=i.check(G.cidrv4()):o==="cidr-v6"?i=i.check(G.cidrv6()):o==="base64"?i=i.check(G.base64()):o==="base64url"?i=i.check(G.base64url()):o==="e164"?i=i.check(G.e164()):o==="credit_card"?i=i.check(G.creditCard()):o==="iban"?i=i.check(G.iban()):o==="jwt"?i=i.check(G.jwt()):o==="emoji"?i=i.check(G.emoji()):o==="nanoid"?i=i.check(G.nanoid()):o==="cuid"?i=i.check(G.cuid()):o==="cuid2"?i=i.check(G.cuid2()):o==="ulid"?i=i.check(G.ulid()):o==="xid"?i=i.check(G.xid()):o==="ksuid"&&(i=i.check(G.ksuid()))}typeof e.minLength=="number"&&(i=i.min(e.minLength)),typeof e.maxLength=="number"&&(i=i.max(e.maxLength)),e.pattern&&(i=i.regex(new RegExp(e.pattern))),n=i;break}case"number":case"integer":{let i=r==="integer"?G.number().int():G.number();typeof e.minimum=="number"&&e.exclusiveMinimum!==!0&&(i=i.min(e.minimum)),typeof e.maximum=="number"&&e.exclusiveMaximum!==!0&&(i=i.max(e.maximum)),typeof e.exclusiveMinimum=="number"?i=i.gt(e.exclusiveMinimum):e.exclusiveMinimum===!0&&typeof e.minimum=="number"&&(i=i.gt(e.minimum)),typeof e.exclusiveMaximum=="number"?i=i.lt(e.exclusiveMaximum):e.exclusiveMaximum===!0&&typeof e.maximum=="number"&&(i=i.lt(e.maximum)),typeof e.multipleOf=="number"&&(i=i.multipleOf(e.multipleOf)),n=i;break}case"boolean":{n=G.boolean();break}case"null":{n=G.null();break}case"object":{let i={},o=e.properties||{},s=new Set(e.required||[]),a=typeof e.additionalProperties=="object"?ut(e.additionalProperties,t):void 0;for(let[p,f]of Object.entries(o)){let h=ut(f,t);He(i,p,s.has(p)?h:h.optional())}if(e.patternProperties){let p=e.patternProperties,f=Object.keys(p),h=[];for(let g of f){let k=ut(p[g],t),v=G.string().regex(new RegExp(g));h.push(G.looseRecord(v,k))}let b=[];if(Object.keys(i).length>0&&b.push(G.object(i).passthrough()),b.push(...h),b.length===0)n=G.object({}).passthrough();else if(b.length===1)n=b[0];else{let g=G.intersection(b[0],b[1]);for(let k=2;k<b.length;k++)g=G.intersection(g,b[k]);n=g}if(e.additionalProperties===!1){let g=Object.keys(i),k=f.map(w=>new RegExp(w)),v=n;n=n.check(w=>{if(!It(w.value))return;let _=[];for(let F of Object.keys(w.value))g.includes(F)||k.some(K=>K.test(F))||_.push(F);_.length&&w.issues.push({code:"unrecognized_keys",keys:_,input:w.value,inst:v})})}}else{let p=G.object(i);e.additionalProperties===!1?n=p.strict():a?n=p.catchall(a):n=p.passthrough()}let u=e.propertyNames!==void 0&&e.propertyNames!==!0,c=typeof e.minProperties=="number"?e.minProperties:void 0,l=typeof e.maxProperties=="number"?e.maxProperties:void 0;if(u||c!==void 0||l!==void 0){let p;if(u){let f=typeof e.propertyNames=="object"&&e.propertyNames.type===void 0?{type:"string",...e.propertyNames}:e.propertyNames;p=ut(f,t)}n=K_(n,{keySchema:p,minProperties:c,maxProperties:l})}break}case"array":{let i=e.prefixItems,o=e.items;if(i&&Array.isArray(i)){let s=typeof e.minItems=="number"?e.minItems:0,a=i.map(p=>ut(p,t)),u=oy(a,s),c=Array.isArray(o)?void 0:ay(o,t),l=G.tuple(u);n=c?l.rest(c):l,typeof e.minItems=="number"&&(n=n.check(G.minLength(e.minItems))),typeof e.maxItems=="number"&&(n=n.check(G.maxLength(e.maxItems)))}else if(Array.isArray(o)){let s=typeof e.minItems=="number"?e.minItems:0,a=o.map(p=>ut(p,t)),u=oy(a,s),c=ay(e.additionalItems,t),l=G.tuple(u);n=c?l.rest(c):l,typeof e.minItems=="number"&&(n=n.check(G.minLength(e.minItems))),typeof e.maxItems=="number"&&(n=n.check(G.maxLength(e.maxItems)))}else if(o!==void 0){let s=ut(o,t),a=G.array(s);typeof e.minItems=="number"&&(a=a.min(e.minItems)),typeof e.maxItems=="number"&&(a=a.max(e.maxItems)),n=a}else n=G.array(G.any());(e.uniqueItems===!0||e.contains!==void 0)&&(n=X_(n,{uniqueItems:e.uniqueItems===!0,containsSchema:e.contains!==void 0?ut(e.contains,t):void 0,minContains:typeof e.minContains=="number"?e.minContains:void 0,maxContains:typeof e.maxContains=="number"?e.maxContains:void 0}));break}default:throw new Error(`Unsupported type: ${r}`)}return n}function ut(e,t){if(typeof e=="boolean")return e?G.any():G.never();let r=cy(e,t),n=e.type||e.enum!==void 0||e.const!==void 0;if(e.anyOf&&Array.isArray(e.anyOf)){let a=e.anyOf.map(c=>ut(c,t)),u=G.union(a);r=n?G.intersection(r,u):u}if(e.oneOf&&Array.isArray(e.oneOf)){let a=e.oneOf.map(c=>ut(c,t)),u=G.xor(a);r=n?G.intersection(r,u):u}if(e.allOf&&Array.isArray(e.allOf))if(e.allOf.length===0)r=n?r:G.any();else{let a=n?r:ut(e.allOf[0],t),u=n?0:1;for(let c=u;c<e.allOf.length;c++)a=G.intersection(a,ut(e.allOf[c],t));r=a}e.nullable===!0&&t.version==="openapi-3.0"&&(r=G.nullable(r)),e.readOnly===!0&&(r=G.readonly(r)),e.default!==void 0&&(r=r.default(e.default));let i={},o=["$id","id","$comment","$anchor","$vocabulary","$dynamicRef","$dynamicAnchor"];for(let a of o)a in e&&(i[a]=e[a]);let s=["contentEncoding","contentMediaType","contentSchema"];for(let a of s)a in e&&(i[a]=e[a]);if(e.type==="object"&&e.$ref===void 0){e.propertyNames!==void 0&&!ko(e.propertyNames)&&(i.propertyNames=e.propertyNames);for(let a of["minProperties","maxProperties"])e[a]!==void 0&&(i[a]=e[a])}if(e.type==="array"&&e.$ref===void 0){e.contains!==void 0&&!ko(e.contains)&&(i.contains=e.contains);for(let a of["uniqueItems","minContains","maxContains"])e[a]!==void 0&&(i[a]=e[a])}for(let a of Object.keys(e))Z_.has(a)||He(i,a,e[a]);return Object.keys(i).length>0&&t.registry.add(r,i),e.description&&(r=r.describe(e.description)),r}function uy(e,t){if(typeof e=="boolean")return e?G.any():G.never();let r;try{r=JSON.parse(JSON.stringify(e))}catch{throw new Error("fromJSONSchema input is not valid JSON (possibly cyclic); use $defs/$ref for recursive schemas")}let n=j_(r,t?.defaultTarget),i=r.$defs||r.definitions||{},o={version:n,defs:i,refs:new Map,processing:new Set,rootSchema:r,registry:t?.registry??We};return ut(r,o)}var ly=Symbol("z.visit/resolving");function $o(e,t){let r=typeof t=="function"?t:(s,a)=>{let u=t[s._zod.def.type];return u?u(s,a):s},n=new Map;function i(s){let a=n.get(s);if(a===ly)return new Ji({type:"lazy",getter:()=>n.get(s)});if(a!==void 0)return a;n.set(s,ly);let u=o(s),c=r(u,u!==s);return n.set(s,c),c}function o(s){let a=s._zod.def,u=a.type;switch(u){case"object":{let c=a.shape,l=Object.keys(c),p=!1,f={};for(let b of l){let g=i(c[b]);g!==c[b]&&(p=!0),f[b]=g}let h=a.catchall;return a.catchall&&(h=i(a.catchall),h!==a.catchall&&(p=!0)),p?Ae(s,{...a,shape:f,catchall:h}):s}case"array":{let c=i(a.element);return c===a.element?s:Ae(s,{...a,element:c})}case"tuple":{let c=a.items,l=!1,p=[];for(let h of c){let b=i(h);b!==h&&(l=!0),p.push(b)}let f=a.rest;return a.rest&&(f=i(a.rest),f!==a.rest&&(l=!0)),l?Ae(s,{...a,items:p,rest:f}):s}case"record":case"map":{let c=i(a.keyType),l=i(a.valueType);return c===a.keyType&&l===a.valueType?s:Ae(s,{...a,keyType:c,valueType:l})}case"set":{let c=i(a.valueType);return c===a.valueType?s:Ae(s,{...a,valueType:c})}case"union":{let c=a.options,l=!1,p=[];for(let f of c){let h=i(f);h!==f&&(l=!0),p.push(h)}return l?Ae(s,{...a,options:p}):s}case"intersection":{let c=i(a.left),l=i(a.right);return c===a.left&&l===a.right?s:Ae(s,{...a,left:c,right:l})}case"optional":case"nullable":case"default":case"prefault":case"catch":case"readonly":case"nonoptional":case"promise":case"success":{let c=i(a.innerType);return c===a.innerType?s:Ae(s,{...a,innerType:c})}case"pipe":{let c=i(a.in),l=i(a.out);return c===a.in&&l===a.out?s:Ae(s,{...a,in:c,out:l})}case"function":{let c=i(a.input),l=i(a.output);return c===a.input&&l===a.output?s:Ae(s,{...a,input:c,output:l})}case"lazy":{let c=a.getter,{_cachedInner:l,...p}=a;return Ae(s,{...p,getter:()=>i(c())})}case"template_literal":case"string":case"number":case"int":case"boolean":case"bigint":case"symbol":case"undefined":case"null":case"void":case"never":case"any":case"unknown":case"date":case"nan":case"enum":case"literal":case"file":case"transform":case"custom":return s;default:return s}}return i(e)}function dy(e){return $o(e,{object:t=>t.partial(),union:t=>{let r=t._zod.def;return r.discriminator===void 0?t:Jn(r.options)}})}function Y_(e,t){if(!t?.length)return e;let r=e._zod.def;return Ae(e,Ut(r,{checks:[...r.checks??[],...t]}),{parent:!0})}function py(e){return Y_(e.out,e.checks)}function Q_(e){return e.in._zod.traits.has("$ZodTransform")?py(e):e.in}function fy(e){return $o(e,{pipe:t=>Q_(t._zod.def),default:(t,r)=>r?Yr(t._zod.def.innerType):t,catch:(t,r)=>r?t._zod.def.innerType:t})}function my(e){return $o(e,{pipe:t=>py(t._zod.def),prefault:(t,r)=>r?t._zod.def.innerType:t})}var Lm={};Qt(Lm,{bigint:()=>nA,boolean:()=>rA,date:()=>iA,number:()=>tA,string:()=>eA});function eA(e){return ip(Kn,e)}function tA(e){return lp(Hn,e)}function rA(e){return bp(Wn,e)}function nA(e){return vp(Xn,e)}function iA(e){return Ip(fo,e)}var rc={type:"decimal",min:"0",max:"1e12"},Zt=(e,t)=>({type:"decimal",min:e,max:t,integer:!0}),zm={type:"text"},Mm=["sd1.5","sdxl","sd3","flux1-dev","flux1-schnell"],_o={runs:rc,results:Zt("1","10000"),width:Zt("1","100000"),height:Zt("1","100000"),resolution:zm,steps:Zt("1","10000"),seconds:{type:"decimal",min:"0",max:"1e7"},fps:Zt("1","1000"),frames:Zt("1","100000"),audio:{type:"boolean"},quality:zm,characters:Zt("0","1e9"),referenceImages:Zt("0","100"),referenceVideoSeconds:{type:"decimal",min:"0",max:"86400"},format:zm,bitDepth:Zt("1","64"),gpuCount:Zt("1","64"),worker:{type:"enum",values:["flex","active"]},coldStarts:rc,coldStartSeconds:{type:"decimal",min:"0",max:"86400"},idleSeconds:{type:"decimal",min:"0",max:"86400"},activeWorkers:Zt("0","100000"),setupSeconds:{type:"decimal",min:"0",max:"86400"},keepAlive:{type:"decimal",min:"0",max:"86400"},teardownSeconds:{type:"decimal",min:"0",max:"86400"},volumeGB:{type:"decimal",min:"0",max:"1e9"},containerDiskGB:{type:"decimal",min:"0",max:"1e9"},gpuPick:{type:"enum",values:["dearest","first"]},architecture:{type:"enum",values:Mm}},Um=Object.keys(_o),hy=["day","week","month"],gy={limit:rc,maxIncrease:rc,maxIncreasePercent:{type:"decimal",min:"0",max:"1e6"},unpriced:{type:"enum",values:["fail","warn"]},judge:{type:"enum",values:["expected","high"]},undeclared:{type:"enum",values:["fail","warn","off"]}},by={maxVariance:{type:"decimal",min:"0",max:"1e6"}},yy=200,vy=1e6;function nc(e){if(e===null||typeof e!="object")return!1;let t=Object.getPrototypeOf(e);return t===Object.prototype||t===null}function wy(e){let t="";for(let r of e)typeof r=="number"?t+=`[${r}]`:t+=t===""?String(r):`.${String(r)}`;return t}function oA(e,t){let r=e,n=()=>{for(let o=0;o<20;o++){let s=r.def;if(!s)return;if(s.type==="optional"||s.type==="default"||s.type==="nullable"||s.type==="readonly")r=s.innerType;else if(s.type==="pipe")r=s.in?.def?.type==="transform"?s.out:s.in;else if(s.type==="intersection")r=s.left;else return}};for(let o of t){n();let s=r.def;if(s?.type==="array"&&typeof o=="number")r=s.element;else if(s?.type==="object"&&s.shape&&typeof o=="string")r=s.shape[o];else return[]}n();let i=r.def;return i?.type==="object"&&i.shape?Object.keys(i.shape):[]}var sA={object:"a mapping",array:"a list",string:"a string",boolean:"true or false",number:"a number"};function ic(e){if(e===void 0)return"nothing";if(e===null)return"null";if(typeof e=="number"&&!Number.isFinite(e))return Number.isNaN(e)?".nan":".inf";if(typeof e=="string")return JSON.stringify(e.length>40?e.slice(0,40)+"\u2026":e);if(Array.isArray(e))return"a list";if(typeof e=="object"&&e!==null&&"toFixed"in e){let t=String(e);return t.length>24?t.slice(0,24)+"\u2026":t}return typeof e=="object"?"a mapping":String(e)}function aA(e,t){let r=e;for(let n of t){if(r===null||typeof r!="object")return;r=r[n]}return r}function xy(e,t,r,n){let i=[];for(let o of e){if(o.code==="unrecognized_keys"){let l=oA(t,o.path);for(let p of o.keys){let f=[...o.path,p],h=br(p,l),b=r.lineOf(f);i.push(new J(`unknown key \`${p}\``,{file:n,...b!==void 0?{line:b}:{},path:wy(f)},h?`did you mean \`${h}\`?`:`allowed keys: ${l.join(", ")}`))}continue}let s=r.lineOf(o.path),a=aA(r.value,o.path),u={file:n,...s!==void 0?{line:s}:{},path:wy(o.path)};if(a===void 0){let l=o.code==="custom"?o.message.replace(/^expected /,"add "):void 0;i.push(new J(`missing required \`${String(o.path.at(-1))}\``,u,l));continue}let c=o.code==="invalid_type"?`expected ${sA[o.expected]??o.expected}, got ${ic(a)}`:o.message.includes(", got ")?o.message:`${o.message}, got ${ic(a)}`;i.push(new J(c,u,cA(o,a)))}return i}function cA(e,t){if(e.code!=="invalid_value"||typeof t!="string")return;let r=e.values.filter(o=>typeof o=="string");if(!r.length)return;let n=String(e.path.at(-1)),i=br(t,r);return i?`did you mean \`${n}: ${i}\`?`:`write \`${n}:\` as one of ${r.join(", ")}`}var wt=e=>e.trim().toLowerCase();function ky(e){let t=new Map,r=new Map,n=new Map,i=new Map,o=new Map;for(let s of e){if(t.has(s.provider))throw new J(`provider ${s.provider} appears in two catalog files`);t.set(s.provider,s);for(let a of s.models)for(let u of[a.id,...a.aliases]){let c=`${s.provider}\0${wt(u)}`;if(r.has(c))throw new J(`catalog ${s.provider}: model name \`${u}\` is used twice`,void 0,"make ids and aliases unique");r.set(c,{provider:s,model:a}),r.set(`${s.provider}\0${u}`,{provider:s,model:a})}o.set(s.provider,new Set((s.communitySources??[]).map(wt)));for(let a of s.architectures??[]){let u=uA(a);i.set(`${s.provider}\0${a.id}`,{provider:s,model:u,architecture:{entry:a}});for(let c of a.models??[]){let l=`${s.provider}\0${wt(c.id)}`;if(r.has(l))throw new J(`catalog ${s.provider}: community model \`${c.id}\` is also a model name or listed twice`,void 0,"list a community model under one architecture, and not as a model too");let p={provider:s,model:u,architecture:{entry:a,known:c}};r.set(l,p),r.set(`${s.provider}\0${c.id}`,p)}}for(let a of s.unpricedNames??[])for(let u of a.ids){let c=`${s.provider}\0${wt(u)}`;if(r.has(c)||n.has(c))throw new J(`catalog ${s.provider}: unpriced name \`${u}\` is also a model name or listed twice`,void 0,"a name is either a model (priced) or an unpriced name, once");n.set(c,a)}}return Object.freeze({providers:Object.freeze(e),provider:s=>t.get(wt(s)),model:(s,a)=>r.get(`${s}\0${a}`)??r.get(`${wt(s)}\0${wt(a)}`),unpricedName:(s,a)=>n.get(`${wt(s)}\0${wt(a)}`),architecture:(s,a)=>i.get(`${wt(s)}\0${wt(a)}`),isCommunity(s,a){let u=a.indexOf(":");return u>0&&(o.get(wt(s))?.has(wt(a.slice(0,u)))??!1)},suggest(s,a){let u=t.get(wt(s));return u?br(a,u.models.flatMap(c=>[c.id,...c.aliases]),4):void 0}})}function uA(e){return{id:e.id,name:e.name,kind:"image",aliases:[],requires:[],defaults:{},accepts:{},rates:e.rates,...e.note?{note:e.note}:{}}}function $y(e,t){let r=t.loOpen?e.greaterThan(t.lo):e.greaterThanOrEqualTo(t.lo),n=t.hiOpen?e.lessThan(t.hi):e.lessThanOrEqualTo(t.hi);return r&&n}var _y=JSON.parse(String.raw`[
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
        "id": "runware:35@1",
        "name": "YOLOv8n Face (image masking)",
        "kind": "image",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "request",
            "amount": "0.0006",
            "per": "1",
            "when": {},
            "source": "https://runware.ai/docs/models/yolov8n-face/examples",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": false,
            "note": "Runware's example responses for this model show \u0060\"cost\": 0.0006\u0060 per task; no price list for image masking was found, and the examples do not say the input image's size."
          }
        ],
        "note": "Detects faces and returns a mask per task (\u0060imageMasking\u0060); priced per task, whatever the image size."
      },
      {
        "id": "runware:35@3",
        "name": "YOLOv8n Hand (image masking)",
        "kind": "image",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "request",
            "amount": "0.0006",
            "per": "1",
            "when": {},
            "source": "https://runware.ai/docs/models/yolov8n-hand/examples",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": false,
            "note": "Runware's example responses for this model show \u0060\"cost\": 0.0006\u0060 per task; no price list for image masking was found, and the examples do not say the input image's size."
          }
        ],
        "note": "Detects hands and returns a mask per task (\u0060imageMasking\u0060); priced per task, whatever the image size."
      },
      {
        "id": "runware:35@5",
        "name": "YOLOv8s Person Seg (image masking)",
        "kind": "image",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "request",
            "amount": "0.0006",
            "per": "1",
            "when": {},
            "source": "https://runware.ai/docs/models/yolov8s-person-seg/examples",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": false,
            "note": "Runware's example responses for this model show \u0060\"cost\": 0.0006\u0060 per task; no price list for image masking was found, and the examples do not say the input image's size."
          }
        ],
        "note": "Detects people and returns a mask per task (\u0060imageMasking\u0060); priced per task, whatever the image size."
      },
      {
        "id": "runware:35@6",
        "name": "MediaPipe Face Full (image masking)",
        "kind": "image",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "request",
            "amount": "0.0006",
            "per": "1",
            "when": {},
            "source": "https://runware.ai/docs/models/mediapipe-face-full/examples",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": false,
            "note": "Runware's example responses for this model show \u0060\"cost\": 0.0006\u0060 per task; no price list for image masking was found, and the examples do not say the input image's size."
          }
        ],
        "note": "Detects faces and returns a mask per task (\u0060imageMasking\u0060); priced per task, whatever the image size."
      },
      {
        "id": "runware:35@7",
        "name": "MediaPipe Face Short (image masking)",
        "kind": "image",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "request",
            "amount": "0.0006",
            "per": "1",
            "when": {},
            "source": "https://runware.ai/docs/models/mediapipe-face-short/examples",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": false,
            "note": "Runware's example responses for this model show \u0060\"cost\": 0.0006\u0060 per task; no price list for image masking was found, and the examples do not say the input image's size."
          }
        ],
        "note": "Detects faces and returns a mask per task (\u0060imageMasking\u0060); priced per task, whatever the image size."
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
]`);var Ay;function oc(){return Ay??=ky(_y),Ay}var lA=new WeakMap,dA=Object.freeze({priceSource:"catalog"});function sc(e){return lA.get(e)??dA}var qm="genspend.prices.yml";var Bm=/[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g,Sy=new RegExp(Bm.source),ac=e=>Sy.test(e);function Py(e){let t=Sy.exec(e);return t?{char:t[0],index:t.index}:void 0}var Ry=e=>`U+${e.codePointAt(0).toString(16).toUpperCase().padStart(4,"0")}`;var Zm=new Map(Um.map((e,t)=>[e,t]));function pA(e,t,r){let n=Py(e);n&&r.push(new J(`workload name ${JSON.stringify(e)} holds an invisible or control character (${Ry(n.char)} at position ${n.index+1})`,t,"remove it: a name must read as it is matched"));let i=e.normalize("NFC").trim();return i||r.push(new J("workload name is empty",t,"give the workload a name")),i}function Ey(e,t,r){let n=[],i=new Map,o=e.workloads.map((c,l)=>{let p=r(l),f={file:t,...p!==void 0?{line:p}:{}},h=`workloads[${l}]`,b=pA(c.name,{...f,path:`${h}.name`},n),g=i.get(b);g!==void 0&&n.push(new J(`workload name "${b}" is also used by workloads[${g}]`,{...f,path:`${h}.name`},"give every workload a unique name: the diff matches base and head by name")),i.set(b,l);let k=c.provider.trim().toLowerCase()==="runpod";k&&c.gpu===void 0&&c.model===void 0?n.push(new J("a runpod workload names its GPU with `gpu`",{...f,path:h},"add `gpu: H100 PRO` (see `genspend prices runpod`), or `model: network-volume` for storage")):k&&c.gpu!==void 0&&c.model!==void 0?n.push(new J("give either `gpu` or `model`, not both",{...f,path:h},"keep `gpu` for a GPU endpoint")):!k&&c.model===void 0?n.push(new J("missing required `model`",{...f,path:h},`add \`model:\` with a model id (see \`genspend prices ${c.provider}\`)`)):!k&&c.gpu!==void 0&&n.push(new J("`gpu` applies to runpod workloads only",{...f,path:`${h}.gpu`},"remove it"));let v=Object.keys(c).filter(_=>Zm.has(_)&&c[_]!==void 0);v.sort((_,F)=>Zm.get(_)-Zm.get(F));let w={};for(let _ of v)w[_]=c[_];return{name:b,provider:c.provider,model:(Array.isArray(c.gpu)?c.gpu.join(","):c.gpu)??c.model,attributes:w,location:f,...c.endpointId!==void 0?{endpointId:c.endpointId}:{}}});if(n.length)throw new Mt(n);let s={...e.budget.limit!==void 0?{limit:e.budget.limit}:{},...e.budget.maxIncrease!==void 0?{maxIncrease:e.budget.maxIncrease}:{},...e.budget.maxIncreasePercent!==void 0?{maxIncreasePercent:e.budget.maxIncreasePercent}:{},unpriced:e.budget.unpriced??"warn",...e.budget.judge==="high"?{judge:"high"}:{},...e.budget.undeclared!==void 0?{undeclared:e.budget.undeclared}:{}},a=e.reconcile?.maxVariance!==void 0?{reconcile:{maxVariance:e.reconcile.maxVariance}}:{},u=e.scan?.exclude?.length?{scan:{exclude:e.scan.exclude}}:{};return{file:t,period:e.period,budget:s,...a,...u,workloads:o}}var Iy=new WeakMap;function fA(e){let t=new se(e.min),r=new se(e.max),n=e.integer?"a whole number":"a number",i=a=>a.greaterThanOrEqualTo(1e6)?a.toExponential().replace("e+","e"):a.toFixed(),o=`${e.positive?"greater than "+i(t):"from "+i(t)} to ${i(r)}`,s=P.custom().superRefine((a,u)=>{if(!(a instanceof se)){if(typeof a=="number"&&!Number.isFinite(a))u.addIssue({code:"custom",message:`expected ${n} ${o}, got ${Number.isNaN(a)?".nan":".inf"}`});else{if(typeof a=="number")return;u.addIssue({code:"custom",message:`expected ${n} ${o}`})}return}(e.positive?a.lessThanOrEqualTo(t):a.lessThan(t))||a.greaterThan(r)?u.addIssue({code:"custom",message:`expected ${n} ${o}`}):e.integer&&!a.isInteger()&&u.addIssue({code:"custom",message:`expected ${n} ${o}`})});return Iy.set(s,{type:e.integer?"integer":"number",...e.positive?{exclusiveMinimum:t.toNumber()}:{minimum:t.toNumber()},maximum:r.toNumber()}),s}function mA(e){switch(e.type){case"decimal":return fA(e);case"text":return P.string().min(1);case"boolean":return P.boolean();case"enum":return P.enum(e.values)}}var jm=e=>Object.fromEntries(Object.entries(e).map(([t,r])=>[t,mA(r)]));function ei(e){return P.preprocess(t=>nc(t)||t===void 0?t:hA,e)}var hA=Symbol("not a mapping"),gA=P.enum(hy),Qn=jm(gy),Ty=P.object({limit:Qn.limit.optional(),maxIncrease:Qn.maxIncrease.optional(),maxIncreasePercent:Qn.maxIncreasePercent.optional(),unpriced:Qn.unpriced.optional(),judge:Qn.judge.optional(),undeclared:Qn.undeclared.optional()}).strict(),nO=ei(Ty),bA=P.object({exclude:P.array(P.string().min(1)).max(1e3).optional()}).strict(),yA=P.object({maxVariance:jm(by).maxVariance.optional()}).strict(),vA=jm(_o);var wA=P.union([P.string().min(1),P.array(P.string().min(1)).min(1,{message:"list at least one GPU"})],{error:"expected a GPU name (`gpu: ADA_24`) or a list of them in fallback order (`gpu: [ADA_24, AMPERE_24]`)"}),xA=ei(P.object({name:P.string().min(1).max(yy),description:P.string().optional(),provider:P.string().min(1),endpointId:P.string().min(1).optional(),model:P.string().min(1).optional(),gpu:wA.optional(),...Object.fromEntries(Object.entries(vA).map(([e,t])=>[e,t.optional()]))}).strict()),Oy=P.custom(e=>e instanceof se?e.equals(1):e===1,{message:"expected `version: 1` (the only manifest version so far)"});Iy.set(Oy,{const:1});var Vm=ei(P.object({$schema:P.string().optional(),version:Oy,period:gA.default("month"),budget:ei(Ty.default({})),reconcile:ei(yA).optional(),scan:ei(bA).optional(),workloads:P.array(xA).max(vy)}).strict());function Cy(e,t){let r=A0(e,t);if(!nc(r.value))throw new J(`expected a mapping with \`version\`, \`period\`, \`budget\` and \`workloads\`, got ${ic(r.value)}`,{file:t,line:1},"see examples/genspend.yml for the shape");let n=Vm.safeParse(r.value,{jitless:!0});if(!n.success)throw new Mt(xy(n.error.issues,Vm,r,t));return Ey(n.data,t,i=>r.lineOf(["workloads",i]))}function Gm(e){return Lr(e,({file:t,read:r})=>Cy(r(),t))}function Km(e){if(Array.isArray(e)){let r=e.map(Km);return n=>r.some(i=>i(n))}if(typeof e=="object"&&e!==null){let r=e,n=r.gt??r.gte,i=r.lt??r.lte,o={lo:n===void 0?new se(-1/0):new se(n),loOpen:r.gt!==void 0,hi:i===void 0?new se(1/0):new se(i),hiOpen:r.lt!==void 0};return s=>{let a=Dy(s);return a!==void 0&&$y(a,o)}}if(typeof e=="boolean")return r=>r===e;if(typeof e=="number"){let r=new se(e);return n=>{let i=Dy(n);return i!==void 0&&i.equals(r)}}let t=e.toLowerCase();return r=>typeof r=="string"&&r.trim().toLowerCase()===t}function Dy(e){if(e instanceof se)return e;if(typeof e=="string"&&/^-?\d+(\.\d+)?$/.test(e.trim()))return new se(e.trim())}var kA={gt:">",gte:">=",lt:"<",lte:"<="};function Hm(e){if(Array.isArray(e))return e.map(String).join(" or ");if(typeof e=="object"&&e!==null){let t=e;return["gt","gte","lt","lte"].filter(r=>t[r]!==void 0).map(r=>`${kA[r]} ${t[r]}`).join(" and ")}return String(e)}var Ny=new WeakMap,$A={ceil:se.ROUND_CEIL,floor:se.ROUND_FLOOR,"half-up":se.ROUND_HALF_UP};function Fy(e,t){return{rate:e,amount:e.amount===void 0?void 0:ae(e.amount),per:ae(e.per),perIsOne:ae(e.per).equals(1),rounding:e.rounding&&{step:ae(e.rounding.step),stepIsOne:ae(e.rounding.step).equals(1),mode:$A[e.rounding.mode],scope:e.rounding.scope},tiers:e.tiers?.map(r=>({cap:r.upTo===void 0?void 0:ae(r.upTo),amount:ae(r.amount)})),included:e.included&&{quantity:ae(e.included.quantity),amount:ae(e.included.amount)},conditions:Object.entries(e.when),matchers:Object.entries(e.when).map(([r,n])=>[r,Km(n)]),ref:Object.freeze({amount:e.amount??null,...e.tiers?{tiers:e.tiers}:{},...e.included?{included:e.included}:{},per:e.per,unit:e.unit,currency:t.currency,basis:e.basis,source:e.source,checkedAt:e.checkedAt,verified:e.verified,...e.note?{note:e.note}:{},...sc(e)})}}function _A(e,t){return e.surcharges.filter(r=>r.appliesTo.includes(t.kind)&&!r.except.includes(t.id))}function Ly(e,t){let r=Ny.get(t);if(r)return r;let n=e.currency==="credits"?ae(e.credit.usd):ae(1),i=new Map;for(let o of t.rates)i.set(o.charge,[...i.get(o.charge)??[],Fy(o,e)]);return r={charges:[...i.entries()],surcharges:_A(e,t).map(o=>Fy(o,e)),conditionKeys:[...new Set(t.rates.flatMap(o=>Object.keys(o.when)))],creditUsd:n,creditUsdIsOne:n.equals(1),defaults:Object.fromEntries(Object.entries({...e.defaults,...t.defaults}).map(([o,s])=>[o,typeof s=="number"?ae(s):s])),required:new Map,priced:new Map,choices:new Map},r.choices=SA(e,t,[...r.charges.flatMap(([,o])=>o),...r.surcharges],r.defaults),Ny.set(t,r),r}var AA=Object.entries(_o).flatMap(([e,t])=>t.type==="enum"?[[e,t.values]]:[]);function SA(e,t,r,n){let i=new Map,o=new Set;for(let{rate:u}of r)for(let[c,l]of Object.entries(u.when)){let p=Array.isArray(l)?l:[l];p.every(f=>typeof f=="string")?i.set(c,[...i.get(c)??[],...p]):o.add(c)}for(let u of o)i.delete(u);for(let[u,c]of Object.entries(e.accepts))i.has(u)&&i.get(u).push(...c);for(let[u,c]of Object.entries(t.accepts))i.set(u,[...i.get(u)??[],...c]);let s=r.some(({rate:u})=>u.unit==="gpu_second");for(let[u,c]of AA)(i.has(u)||u==="worker"&&s)&&i.set(u,[...i.get(u)??[],...c]);let a=new Map;for(let[u,c]of i){let l=n[u],p=new Map;for(let f of typeof l=="string"?[...c,l]:c)p.has(f.trim().toLowerCase())||p.set(f.trim().toLowerCase(),f);a.set(u,p)}return a}function zy(e,t){if(!t.includes(",")||!e.models.some(n=>n.pool))return;let r=t.split(",").map(n=>n.trim()).filter(n=>n.length>0);return r.length>1?r:void 0}function PA(e,t,r){let n=r.models.some(o=>o.pool);if(t.reason==="no-published-price")return`no published price for ${t.pool?`pool ${t.pool}`:`\`${e}\``} (${t.name})`;if(t.reason==="ambiguous"){let o=(t.instead??[]).map(s=>`\`${s}\``).join(", ");return`\`${e}\` does not say which ${n?"GPU":"endpoint"} (${t.name}); write one of: ${o}`}let i=r.models.flatMap(o=>o.pool?[o.pool.id]:[]);if(t.reason==="not-offered"){if(!n){let o=(t.instead??[]).map(s=>`\`${s}\``).join(", ");return`\`${e}\` is not offered by ${r.name} (${t.name})${o?`; use ${o}`:""}`}return`\`${e}\` is no ${r.name} GPU type (${t.name}); pick one of: ${i.join(", ")}`}return`\`${e}\` is a Pods GPU, not in any ${r.name} pool; pick one of: ${i.join(", ")}`}function My(e,t,r){let n=e.unpricedName(t.provider,r);return n?PA(r,n,t):void 0}var Ct={day:24,week:168,month:730};function Wm(e,t){if(e.measured)return["runs","width","height","steps"];switch(e.unit){case"image":case"video":case"request":return["runs"];case"megapixel":return["runs","width","height"];case"video_second":case"audio_second":return["runs","seconds"];case"character":return["runs","characters"];case"gpu_second":return t==="active"?["activeWorkers"]:["runs","seconds"];case"gb_month":return[e.quantityFrom??"volumeGB"];case"reference_image":return["runs","referenceImages"];case"reference_video_second":return["runs","referenceVideoSeconds"];case"video_token":return["runs","width","height","fps","seconds"];case"runner_second":return["runs","seconds"]}}function qy(e,t){return e.unit==="gpu_second"?t==="active"?[]:["coldStartSeconds","idleSeconds"]:e.unit==="runner_second"?["setupSeconds","keepAlive"]:[]}function By(e,t){let r=Wm(e,t);if(e.measured)return[...r,"results"];switch(e.unit){case"image":case"video":case"megapixel":case"video_second":case"video_token":return[...r,"results"];case"gpu_second":return t==="active"?[...r,"worker","gpuCount","runs","seconds"]:[...r,"worker","gpuCount","coldStarts","coldStartSeconds","idleSeconds"];case"runner_second":return[...r,"gpuCount","coldStarts","setupSeconds","keepAlive","teardownSeconds"];default:return r}}function Xm(e,t,r){let{num:n,value:i}=r,o=a=>i(a)!==void 0,s=()=>o("results")?n("results"):Ht;switch(e){case"image":return[{label:"images",count:mt(n("runs"),s()),each:Ht}];case"video":return[{label:"videos",count:mt(n("runs"),s()),each:Ht}];case"request":return[{label:"requests",count:n("runs"),each:Ht}];case"megapixel":return[{label:"megapixels",count:mt(n("runs"),s()),each:zt(n("width").times(n("height")),EA(t))}];case"video_second":return[{label:"video seconds",count:mt(n("runs"),s()),each:n("seconds")}];case"audio_second":return[{label:"audio seconds",count:n("runs"),each:n("seconds")}];case"character":return[{label:"characters",count:n("runs"),each:n("characters")}];case"gpu_second":return IA(r);case"gb_month":return[{label:"GB-months",count:Ht,each:n(t.quantityFrom??"volumeGB")}];case"reference_image":return[{label:"reference images",count:n("runs"),each:n("referenceImages")}];case"reference_video_second":return[{label:"reference video seconds",count:n("runs"),each:n("referenceVideoSeconds")}];case"video_token":return[{label:"video tokens",count:mt(n("runs"),s()),each:RA(n)}];case"runner_second":return TA(r)}}function RA(e){return zt(e("width").times(e("height")).times(e("fps")).times(e("seconds")),1024)}var Uy=new Map;function EA(e){let t=e.pixelsPerMegapixel??"1000000",r=Uy.get(t);return r||Uy.set(t,r=ae(t)),r}function IA({num:e,value:t,period:r}){let n=t("gpuCount")!==void 0?e("gpuCount"):Ht;if(t("worker")==="active")return[{label:"always-on",count:mt(e("activeWorkers"),n),each:ae(Ct[r]).times(3600)}];let i=[{label:"execution",count:mt(e("runs"),n),each:e("seconds")}];return t("coldStarts")!==void 0&&!e("coldStarts").isZero()&&(i.push({label:"cold starts",count:mt(e("coldStarts"),n),each:e("coldStartSeconds")}),i.push({label:"idle timeout",count:mt(e("coldStarts"),n),each:e("idleSeconds")})),i}function TA({num:e,value:t}){let r=t("gpuCount")!==void 0?e("gpuCount"):Ht,n=[{label:"execution",count:mt(e("runs"),r),each:e("seconds")}];if(t("coldStarts")===void 0||e("coldStarts").isZero())return n;let i=mt(e("coldStarts"),r);return n.push({label:"setup",count:i,each:e("setupSeconds")}),n.push({label:"keep-alive",count:i,each:e("keepAlive")}),t("teardownSeconds")!==void 0&&n.push({label:"teardown",count:i,each:e("teardownSeconds")}),n}var Zy={published:2,contract:2,account:2,measured:1,modeled:0},Ao={megapixels:{from:["width","height"],compute:e=>e("width").times(e("height")).dividedBy(1e6)}};function Jm(e,t,r){let n={name:e.name,provider:e.provider,model:e.model,...e.location?{location:e.location}:{},...e.endpointId!==void 0?{endpointId:e.endpointId}:{},runs:e.attributes.runs instanceof se?e.attributes.runs:null,cost:null,credits:null,basis:null,lines:[],assumptions:[],warnings:[]},i=t.provider(e.provider);if(!i)return n.unpriced=`unknown provider \`${e.provider}\` (genspend prices ${t.providers.map(g=>g.provider).join(", ")})`,n;let o=i.provider==="runpod"?"GPU":"model";if(!e.model)return n.unpriced=`no ${o} given`,n;let s=t.model(i.provider,e.model);if(!s){let g=zy(i,e.model);if(g)return OA(e,g,t,r,n);let k=My(t,i,e.model);if(k)return n.unpriced=k,n;let v=CA(e,t,i,n);if(!v)return n;s=v}let{model:a}=s,u=Ly(i,a),c=FA(e,u,NA(e,i,a,u));MA(e,i,a,u,c),BA(e,i,a,c),UA(e,a,u,c,n,s.architecture!==void 0),s.architecture&&DA(e,s.architecture,n);let l=[];for(let[g,k]of u.charges){let v,w=0;for(let _ of k)jy(_,c.value)&&qA(_,c.value)&&(v=_,w++);if(!(w===0&&k.every(_=>_.rate.optional))){if(w!==1)return n.unpriced=GA(a,g,k,w,c.value),n;l.push(v)}}let p=new Set;for(let g of u.surcharges){if(!g.conditions.some(([v])=>!Ao[v]&&e.attributes[v]!==void 0))continue;let k=g.conditions.flatMap(([v])=>Ao[v]?.from??[v]).filter(v=>c.value(v)===void 0);if(k.length)throw new J(`workload "${e.name}": the ${i.name} "${g.rate.charge}" surcharge needs \`${k[0]}\``,e.location,`add \`${k[0]}:\` to the workload`,{workload:e.name,attribute:k[0],missing:k});if(jy(g,c.value)){if(p.has(g.rate.charge))return n.unpriced=`two ${i.name} "${g.rate.charge}" surcharges match; the catalog is ambiguous`,n;p.add(g.rate.charge),l.push(g)}}let f={num:c.num,value:c.value,period:r},h=l.map(g=>Ky(g,u,f,n));for(let g of h)n.lines.push(...g);let b=VA(a,u,i,f,n.lines);b&&n.lines.push(b),n.cost=Je(n.lines.map(g=>g.amountUsd)),l.some(g=>g.rate.range)&&KA(a,u,f,l,h,n),i.currency==="credits"&&(n.credits=Je(n.lines.map(g=>g.amount)),n.creditUsd=u.creditUsd),n.basis=n.lines.reduce((g,k)=>Zy[k.basis]<Zy[g]?k.basis:g,n.lines[0]?.basis??"published");for(let g of c.defaulted)n.assumptions.push(`${g}: ${String(c.value(g))} (${i.name} default, not in the manifest)`);c.defaulted.size&&(n.defaulted=Object.fromEntries([...c.defaulted].map(g=>[g,String(c.value(g))])));for(let{rate:g}of l)g.verified||n.warnings.push(`unverified price for ${a.id}${g.charge==="base"?"":` (${g.charge})`}: ${g.note??"not confirmed against its source"}`);if(a.retired){let{on:g,replacement:k}=a.retired;n.warnings.push(`${a.id} was retired by ${i.name} on ${g}; use ${k}`)}return eS(f,c.value,n),n}function OA(e,t,r,n,i){let{gpuPick:o,...s}=e.attributes,a=typeof o=="string"&&o.trim().toLowerCase()==="first",u;for(let h of a?t.slice(0,1):t){let b=Jm({...e,model:h,attributes:s},r,n);if(b.cost===null)return i.unpriced=`\`${h}\` in the GPU list ${t.join(", ")}: ${b.unpriced??"unpriced"}`,i;(!u||b.cost.greaterThan(u.estimate.cost))&&(u={id:h,estimate:b})}let{id:c,estimate:l}=u,p=r.model(e.provider,c).model,f=a?`the first of ${t.join(", ")} (gpuPick: first)`:`the dearest of ${t.join(", ")}: an endpoint may run its jobs on any GPU in its list (gpuPick: first prices the first)`;return{...l,model:e.model,assumptions:[`gpu: priced at ${c} (${p.id}), ${f}`,...l.assumptions]}}function CA(e,t,r,n){let i=e.model,o=e.attributes.architecture,s=(r.architectures??[]).map(p=>p.id);if(typeof o=="string"&&s.length){let p=t.architecture(r.provider,o);if(p)return p;n.unpriced=`no ${r.name} price for architecture \`${o}\` yet (the catalog prices ${s.join(", ")})`;return}let a=`add \`architecture:\` (one of ${Mm.join(", ")}) to price it from ${r.name}'s measured runs`;if(t.isCommunity(r.provider,i)){n.unpriced=`${r.name} community model \`${i}\` is billed by its architecture: ${a}`;return}let u=r.provider==="runpod"?"GPU":"model",c=t.suggest(r.provider,i),l=s.length?`; if it is a community model, ${a}`:"";n.unpriced=`unknown ${r.name} ${u} \`${i}\`${c?` (did you mean \`${c}\`?)`:""}${l}`}function DA(e,t,r){let{entry:n,known:i}=t;r.architecture=n.id;let o=i?`the catalog lists ${i.name} as ${n.id} (${i.source})`:`\`architecture: ${n.id}\` in the workload`;r.assumptions.push(`architecture: priced as ${n.name} (\`${n.id}\`) from ${o}`);let s=e.attributes.architecture;i&&typeof s=="string"&&s!==n.id&&r.warnings.push(`\`architecture: ${s}\` ignored: the catalog lists ${e.model} as ${n.id} (${i.source})`),i&&!i.verified&&r.warnings.push(`unverified architecture for ${e.model}: ${i.note??"not confirmed against its source"}`)}function NA(e,t,r,n){let i;for(let[o,s]of Object.entries(e.attributes)){if(typeof s!="string")continue;let a=n.choices.get(o);if(!a)continue;let u=a.get(s.trim().toLowerCase());if(u!==void 0){u!==s&&(i??=new Map).set(o,u);continue}let c=[...a.values()],l=br(s.trim(),c);throw new J(`workload "${e.name}": ${t.name} ${r.id} does not know \`${o}\` ${JSON.stringify(s)} (allowed: ${c.join(", ")})`,e.location,l?`did you mean \`${o}: ${l}\`?`:`write \`${o}:\` as one of ${c.join(", ")}`,{workload:e.name,attribute:o,value:s,allowed:c,...l?{suggestion:l}:{}})}return i}function FA(e,t,r){let n=t.defaults,i=new Set,o,s=u=>{let c=r?.get(u)??e.attributes[u];if(c!==void 0)return typeof c=="number"?ae(c):c;let l=n[u];if(l!==void 0)return i.add(u),l;let p=Ao[u];if(p&&p.from.every(f=>s(f)!==void 0)){let f=o?.get(u);return f||(o??=new Map).set(u,f=p.compute(a)),f}},a=u=>{let c=s(u);if(c instanceof se)return c;if(typeof c=="string"&&/^\d+(\.\d+)?$/.test(c.trim()))return ae(c.trim());throw new J(`\`${u}\` must be a number, got ${JSON.stringify(c)}`,e.location)};return{value:s,num:a,defaulted:i}}function LA(e,t,r){let n=t.required.get(r);if(!n){let i=new Set(e.requires),o=e.rates.filter(s=>!s.optional);for(let s of o)for(let a of Object.keys(s.when))for(let u of Ao[a]?.from??[a])i.add(u);for(let s of o)for(let a of Wm(s,r))i.add(a);for(let s of e.rates)for(let a of s.absent??[])i.delete(a);n=[...i],t.required.set(r,n)}return n}function zA(e,t,r){let n=t.priced.get(r);if(!n){let i=new Set(e.requires),o=[...t.charges.flatMap(([,s])=>s),...t.surcharges];for(let{rate:s}of o){for(let a of Object.keys(s.when))for(let u of Ao[a]?.from??[a])i.add(u);for(let a of By(s,r))i.add(a)}t.priced.set(r,n=i)}return n}function MA(e,t,r,n,i){let o=i.value("worker"),s=typeof o=="string"?o:void 0,a=LA(r,n,s),u=i.value("coldStarts");if(u instanceof se&&!u.isZero()){let b=new Set(r.rates.flatMap(g=>qy(g,s)));b.size&&(a=[...a,...b])}let c=a.filter(b=>i.value(b)===void 0),l=c[0];if(l===void 0)return;let p=r.rates.map(b=>b.when[l]).filter(b=>b!==void 0).map(Hm),f=p.length?` (one of: ${[...new Set(p)].join(", ")})`:"",h=c.length>1?`; also missing: ${c.slice(1).map(b=>`\`${b}\``).join(", ")}`:"";throw new J(`workload "${e.name}": ${t.name} ${r.id} needs \`${l}\`${f}${h}`,e.location,`add \`${l}:\` to the workload`,{workload:e.name,attribute:l,missing:c})}function UA(e,t,r,n,i,o){let s=n.value("worker"),a=typeof s=="string"?s:void 0,u=zA(t,r,a),c=a!==void 0&&r.choices.has("worker")?` with \`worker: ${a}\``:"";for(let l of Object.keys(e.attributes))o&&l==="architecture"||u.has(l)||i.warnings.push(`\`${l}\` does not change the price of ${t.id}${c}; ignored`)}function qA(e,t){return(e.rate.absent??[]).every(r=>t(r)===void 0)}function BA(e,t,r,n){for(let[i,o]of Object.entries(r.allowed??{})){let s=n.value(i);if(s===void 0)continue;let a=s instanceof se?s:typeof s=="string"&&/^\d+(\.\d+)?$/.test(s.trim())?ae(s.trim()):void 0;if(a&&ZA(o,a))continue;let u=jA(o);throw new J(`workload "${e.name}": ${t.name} ${r.id} does not accept \`${i}\` ${String(s)} (allowed: ${u})`,e.location,`write \`${i}:\` as ${Array.isArray(o)?`one of ${u}`:u}`,{workload:e.name,attribute:i,value:String(s),allowed:Array.isArray(o)?o.map(String):[u]})}}function ZA(e,t){return Array.isArray(e)?e.some(r=>t.equals(r)):e.integer&&!t.isInteger()?!1:(e.gte===void 0||t.greaterThanOrEqualTo(e.gte))&&(e.lte===void 0||t.lessThanOrEqualTo(e.lte))}function jA(e){if(Array.isArray(e))return e.join(", ");let t=e.integer?"a whole number":"a number";return e.gte!==void 0&&e.lte!==void 0?`${t} from ${e.gte} to ${e.lte}`:e.gte!==void 0?`${t} of at least ${e.gte}`:e.lte!==void 0?`${t} up to ${e.lte}`:t}function VA(e,t,r,n,i){let o=e.minimum;if(!o||n.value("runs")===void 0)return;let s=n.num("runs");if(s.isZero())return;let a=Je(i.map(p=>p.amount)),u=s.times(o.amount);if(a.greaterThanOrEqualTo(u))return;let c=u.minus(a),l=r.currency==="credits"?"credits":"USD";return{charge:"minimum",label:`minimum ${o.amount} ${l} per request applied (metered ${pn(zt(a,s))})`,unit:"request",quantity:s,billedQuantity:s,rate:Object.freeze({amount:o.amount,per:"1",unit:"request",currency:r.currency,basis:o.basis,source:o.source,checkedAt:o.checkedAt,verified:o.verified,...o.note?{note:o.note}:{},...sc(e.rates[0])}),amount:c,amountUsd:t.creditUsdIsOne?c:c.times(t.creditUsd),basis:o.basis}}function jy(e,t){for(let[r,n]of e.matchers){let i=t(r);if(i===void 0||!n(i))return!1}return!0}function GA(e,t,r,n,i){let s=[...new Set(r.flatMap(u=>Object.keys(u.rate.when)))].map(u=>`${u}: ${String(i(u))}`).join(", ");if(n>1)return`${e.id}: more than one price matches ${s} (the catalog is ambiguous; run \`genspend catalog check\`)`;let a=r.map(u=>Object.entries(u.rate.when).map(([c,l])=>`${c} ${Hm(l)}`).join(", ")).join("; ");return`${e.id} has no ${t==="base"?"":`"${t}" `}price for ${s} (priced: ${a})`}function KA(e,t,r,n,i,o){let s={assumptions:[]},a=l=>{let p=nt;n.forEach((h,b)=>{let g=HA(h,l),k=g?Ky(g,t,r,s):i[b];p=p.plus(Je(k.map(v=>v.amount)))});let f=e.minimum&&r.value("runs")!==void 0?r.num("runs"):void 0;return f&&!f.isZero()&&(p=se.max(p,f.times(e.minimum.amount))),t.creditUsdIsOne?p:p.times(t.creditUsd)},u=se.min(a("low"),o.cost),c=se.max(a("high"),o.cost);o.range={low:u,high:c};for(let{rate:l}of n){if(!l.range)continue;let p=l.range.source?` (${l.range.source})`:"";o.assumptions.push(`price range ${Ne(u)} to ${Ne(c)}: ${l.range.note}${p}`)}}var Vy=new WeakMap;function HA(e,t){let r=e.rate.range?.[t];if(r===void 0)return;let n=Vy.get(e);n||Vy.set(e,n={});let i=n[t];return i||(i=typeof r=="string"?{...e,amount:ae(r),rate:{...e.rate,amount:r}}:{...e,rate:{...e.rate,measured:r}},n[t]=i),i}function Ky(e,t,r,n){let{rate:i}=e,o=e.ref,s=i.basis,a,u;if(i.measured){let c=YA(i,r);a=c.amount,o={...o,amount:pn(c.amount)},s=c.basis,c.assumption&&n.assumptions.push(c.assumption),u=Xm("image",i,r)}else u=Xm(i.unit,i,r);return u.map(c=>{let l=mt(c.count,c.each),p=WA(e,c,l),f;if(a?f=p.times(a):e.tiers?f=JA(e,p):e.included?f=XA(e,c.count,p):f=e.perIsOne?p.times(e.amount):zt(p.times(e.amount),e.per),i.unit==="gb_month"){let h=Ct[r.period];f=zt(f.times(h),Ct.month),r.period!=="month"&&n.assumptions.push(`storage prorated to ${h} of ${Ct.month} hours`)}return{charge:i.charge,label:i.charge==="base"?c.label:`${i.charge}: ${c.label}`,unit:i.unit,quantity:l,billedQuantity:p,rate:o,amount:f,amountUsd:t.creditUsdIsOne?f:f.times(t.creditUsd),basis:s}})}function WA(e,t,r){let n=e.rounding;if(!n)return r;let i=o=>n.stepIsOne?o.toDecimalPlaces(0,n.mode):o.dividedBy(n.step).toDecimalPlaces(0,n.mode).times(n.step);return n.scope==="request"?t.count.times(i(t.each)):i(r)}function XA(e,t,r){if(t.isZero())return nt;let{quantity:n,amount:i}=e.included,o=se.max(nt,r.dividedBy(t).minus(n)),s=i.plus(e.perIsOne?o.times(e.amount):zt(o.times(e.amount),e.per));return t.times(s)}function JA(e,t){let r=zt(t,e.per),n=nt,i=nt;for(let o of e.tiers){let s=o.cap&&zt(o.cap,e.per),a=s===void 0?r:se.min(r,s.minus(n));if(a.lessThanOrEqualTo(0))break;i=i.plus(a.times(o.amount)),r=r.minus(a),s!==void 0&&(n=s)}return i}var Gy=new WeakMap;function YA(e,t){let r=`${t.num("width").toString()}x${t.num("height").toString()}x${t.num("steps").toString()}`,n=Gy.get(e);n||Gy.set(e,n=new Map);let i=n.get(r);return i||n.set(r,i=QA(e,t)),i}function QA(e,t){let r=t.num("width"),n=t.num("height"),i=t.num("steps"),o=r.times(n).times(i),s=(l,p)=>{let f=l.dividedBy(p);return se.max(f,ae(1).dividedBy(f))},a;for(let l of e.measured){if(r.equals(l.width)&&n.equals(l.height)&&i.equals(l.steps))return{amount:ae(l.amount),basis:"measured"};let p={run:l,pixels:s(r.times(n),l.width*l.height),steps:s(i,l.steps)};(!a||p.pixels.lessThan(a.pixels)||p.pixels.equals(a.pixels)&&p.steps.lessThan(a.steps))&&(a=p)}let{run:u}=a;return{amount:zt(ae(u.amount).times(o),u.width*u.height*u.steps),basis:"modeled",assumption:`modeled: scaled from the measured run at ${u.width}x${u.height}, ${u.steps} steps ($${u.amount} per image) by pixels and steps`}}function eS(e,t,r){if(t("worker")!=="active"||t("runs")===void 0||t("seconds")===void 0)return;let n=e.num("runs").times(e.num("seconds").ceil()),i=e.num("activeWorkers").times(Ct[e.period]*3600);n.greaterThan(i)&&r.warnings.push(`jobs need ${n.toFixed()} GPU-seconds but ${e.num("activeWorkers").toFixed()} active worker(s) provide ${i.toFixed()}: the overflow runs on flex workers and is not priced here; add a flex workload for it`)}function Ym(e,t,r){if(new Set(e.map(a=>a.period)).size>1)throw new J(`manifests use different periods (${e.map(a=>`${a.file}: ${a.period}`).join(", ")})`,void 0,"use one `period` in every manifest, or price them separately");let i=r&&tS(r),o=Lr(e,a=>{let u=Lr(a.workloads,p=>{let f=i?.get(`${a.file}\0${p.name}`);return f&&f.period===a.period&&rS(f.spec,p)?iS(f.estimate,p):Jm(p,t,a.period)}),c=Je(u.map(p=>p.cost).filter(p=>p!==null)),l=Hy(u.filter(p=>p.cost!==null),p=>p.cost);return{file:a.file,period:a.period,budget:a.budget,...a.reconcile?{reconcile:a.reconcile}:{},workloads:u,total:c,...l?{range:l}:{}}}),s=Hy(o,a=>a.total);return{period:e[0]?.period??"month",total:Je(o.map(a=>a.total)),...s?{range:s}:{},manifests:o}}function Hy(e,t){if(e.some(r=>r.range))return{low:Je(e.map(r=>r.range?.low??t(r))),high:Je(e.map(r=>r.range?.high??t(r)))}}function tS(e){let t=new Map;return e.manifests.forEach((r,n)=>{let i=e.estimate.manifests[n]?.workloads;r.workloads.forEach((o,s)=>{let a=i?.[s];a&&t.set(`${r.file}\0${o.name}`,{spec:o,estimate:a,period:r.period})})}),t}function rS(e,t){if(e.provider!==t.provider||e.model!==t.model||e.endpointId!==t.endpointId)return!1;let r=Object.keys(e.attributes);if(r.length!==Object.keys(t.attributes).length)return!1;for(let n of r){let i=e.attributes[n],o=t.attributes[n];if(i!==o&&!(i instanceof se&&o instanceof se&&nS(i,o)))return!1}return!0}function nS(e,t){if(e.s!==t.s||e.e!==t.e||!e.d||!t.d||e.d.length!==t.d.length)return!1;for(let r=0;r<e.d.length;r++)if(e.d[r]!==t.d[r])return!1;return!0}function iS(e,t){let{name:r,provider:n,model:i,location:o,...s}=e;return{name:r,provider:n,model:i,...t.location?{location:t.location}:{},...s}}var Qm="a non-negative number such as 50 or 12.5";function eh(e){return/^\d{1,15}(\.\d{1,15})?$/.test(e)?ae(e):null}var sS={"\n":"\\n","\r":"\\r","	":"\\t","\0":"\\0"},aS=e=>{let t=sS[e];if(t)return t;let r=e.charCodeAt(0);return r<=255?`\\x${r.toString(16).padStart(2,"0")}`:`\\u${r.toString(16).padStart(4,"0")}`};function Wy(e){return ac(e)?e.replace(Bm,aS):e}function ti(e){return!cS.test(e)&&!ac(e)?e:Wy(e.replace(/[\r\n]+/g," ")).replace(/&/g,"&amp;").replace(/</g,"&lt;").replace(/>/g,"&gt;").replace(/(^|[^A-Za-z0-9])@(?=[A-Za-z0-9])/g,"$1@\u200B").replace(/([\\`*_{}[\]#+!|~])/g,"\\$1")}var cS=/[\r\n&<>\\`*_{}[\]#+!|~@]/;function So(e,t=80){let r=e.replace(/[^\p{L}\p{N} .,:/@+\-()$'=_]+/gu,"_").replace(/\s+/g," ").trim();return r.length>t?`${r.slice(0,t-1)}\u2026`:r}function Xy(e){let t=e.places??2,r=n=>`[${n.map(i=>i.toFixed(t)).join(", ")}]`;return["```mermaid","xychart-beta",`  title "${So(e.title,120)}"`,`  x-axis [${e.x.map(n=>`"${So(n,40)}"`).join(", ")}]`,`  y-axis "${So(e.yLabel,40)}"`,...(e.bars??[]).map(n=>`  bar ${r(n)}`),...(e.lines??[]).map(n=>`  line ${r(n)}`),"```"].join(`
`)}function Dt(e,t){return new Date(Date.parse(`${e}T00:00:00Z`)+t*864e5).toISOString().slice(0,10)}function th(e,t){let r=[];for(let n=e;n<t;n=Dt(n,1))r.push(n);return r}var Po={lowDays:ae(14),criticalDays:ae(3)},uS=e=>ae(Ct[e]).dividedBy(24);function ri(e,t){return t===null||t.greaterThan(lS)?null:Dt(e,t.floor().toNumber())}var lS=36525;function rh(e,t){return t===null||t.lessThanOrEqualTo(0)?null:se.max(e,0).dividedBy(t)}function nh(e,t=Po){let r=e.burnPerDayUsd??null,n=e.plannedPerPeriodUsd===void 0?null:e.plannedPerPeriodUsd.dividedBy(uS(e.period)),i=rh(e.balanceUsd,r),o=rh(e.balanceUsd,n),s=e.plannedPerPeriodUsd!==void 0&&e.plannedPerPeriodUsd.greaterThan(e.balanceUsd)?e.plannedPerPeriodUsd.minus(e.balanceUsd):null,a=[],u="ok",c=(l,p)=>{a.push(p),(l==="critical"||l==="low"&&u==="ok")&&(u=l)};e.balanceUsd.lessThanOrEqualTo(0)&&c("critical",`balance is ${Ne(e.balanceUsd)}`);for(let[l,p]of[[i,"at the observed burn"],[o,"at the planned spend"]]){if(l===null||e.balanceUsd.lessThanOrEqualTo(0))continue;let f=l.toFixed(1,se.ROUND_DOWN);l.lessThan(t.criticalDays)?c("critical",`${f} days left ${p} (critical under ${t.criticalDays.toFixed()})`):l.lessThan(t.lowDays)&&c("low",`${f} days left ${p} (low under ${t.lowDays.toFixed()})`)}return t.criticalBalanceUsd&&e.balanceUsd.lessThan(t.criticalBalanceUsd)&&e.balanceUsd.greaterThan(0)?c("critical",`balance ${Ne(e.balanceUsd)} is under ${Ne(t.criticalBalanceUsd)}`):t.lowBalanceUsd&&e.balanceUsd.lessThan(t.lowBalanceUsd)&&e.balanceUsd.greaterThan(0)&&c("low",`balance ${Ne(e.balanceUsd)} is under ${Ne(t.lowBalanceUsd)}`),s&&a.push(`the planned ${e.period} needs ${Ne(s)} more than the balance`),{provider:e.provider,balanceUsd:e.balanceUsd,burnPerDayUsd:r,daysLeft:i,plannedPerDayUsd:n,plannedDaysLeft:o,shortfallUsd:s,status:u,reasons:a}}function ih(e,t){let r=e.provider(t)?.credit?.usd;return r===void 0?void 0:ae(r)}function cc(e,t,r){if(r.credits!==void 0){let n=ih(e,t);if(!n)throw new J(`${t} reports money in credits, but the catalog has no credit value for ${t}`,void 0,`add \`credit.usd\` to the ${t} catalog`);return ae(r.credits).times(n)}if(r.amountUsd===void 0)throw new TypeError(`${t}: an amount needs \`amountUsd\` or \`credits\``);return ae(r.amountUsd)}function Jy(e,t,r){return r.map(n=>{let i=o=>cc(e,t,n.credits!==void 0?{credits:o}:{amountUsd:o});return{date:n.date,amountUsd:i(n.credits??n.amountUsd).toFixed(),...n.credits!==void 0?{credits:n.credits}:{},...n.byModel?{byModel:Object.fromEntries(Object.entries(n.byModel).map(([o,s])=>[o,i(s).toFixed()]))}:{}}})}function Yy(e,t){let r=Object.prototype.hasOwnProperty.call(e.models,t)?e.models[t]:void 0;return!r||r.maxDailyGenerations===null?null:Math.max(0,r.maxDailyGenerations-r.dailyGenerationsUsed)}function Qy(e,t,r,n,i){let o=e.filter(v=>v.provider.toLowerCase()==="runway"&&v.cost!==null),s=ae(24).dividedBy(Ct[r]),a=new Map;for(let v of o)a.set(v.model,(a.get(v.model)??nt).plus(v.runs??nt));let u=[],c=[],l=[...a.entries()].sort(([v],[w])=>v<w?-1:1).map(([v,w])=>{let _=t.models[v],F=w.times(s),K=_?.maxDailyGenerations??null,V=_?.dailyGenerationsUsed??0,oe=K===null||F.lessThanOrEqualTo(K);return _||c.push(`${v}: not in the tier's live limits; its daily limit is unknown`),oe||u.push(`${v}: the plan needs ${F.toFixed(1)} generations a day; the tier allows ${K}`),{model:v,plannedPerDay:F,maxDailyGenerations:K,usedLast24h:V,leftToday:Yy(t,v),maxConcurrentGenerations:_?.maxConcurrentGenerations??null,fits:oe,limitKnown:_!==void 0}}),f=Je(o.map(v=>v.credits??nt)).times(720).dividedBy(Ct[r]),h=f.lessThanOrEqualTo(t.maxMonthlyCreditSpend),b=null,g=h?null:dS(f,i),k=g!==null&&g.greaterThanOrEqualTo(Ct[r]/24);if(g!==null&&c.push(`the held credits cover the plan for ${g.toDecimalPlaces(1,se.ROUND_DOWN).toFixed()} days; after that the monthly purchase cap of ${t.maxMonthlyCreditSpend} credits falls short of the plan`),!h&&!k){let v=n.provider("runway")?.usageTiers?.tiers??[],w=ih(n,"runway");if(w){let _=f.times(w);b=v.find(F=>ae(F.maxMonthlySpendUsd).greaterThanOrEqualTo(_))??null}u.push(`the plan needs ${f.toDecimalPlaces(0,se.ROUND_UP).toFixed()} credits per 30 days; the tier caps purchases at ${t.maxMonthlyCreditSpend}`+(b?`: tier ${b.tier} (unlocked at $${b.purchasedUsd} purchased) allows $${b.maxMonthlySpendUsd}`:": no published tier covers it; ask Runway"))}return{models:l,plannedCreditsPer30Days:f,maxMonthlyCreditSpend:t.maxMonthlyCreditSpend,fitsMonthlyCap:h,tierNeeded:b,problems:u,capBindsInDays:g,notes:c}}function dS(e,t){return t===void 0||e.isZero()?null:se.max(t,nt).dividedBy(e.dividedBy(30))}function oh(e,t){if("error"in e)return{provider:e.provider,error:e.error};let{catalog:r,thresholds:n,estimate:i}=t,o=e.provider,s=e2(r,o,e.balance),a=pS(r,e),u=i?fS(o,i):void 0,c=nh({provider:o,balanceUsd:s,...a!==void 0?{burnPerDayUsd:a}:{},...u!==void 0?{plannedPerPeriodUsd:u}:{},period:i?.period??"month"},n);a===void 0&&(c.status==="ok"&&(c={...c,status:"low"}),c.reasons.push(`usage history could not be read: ${e.usageError??"no usage figures were given"}`));let l={provider:o,figures:e,...u!==void 0?{plannedUsd:u}:{},...e.usage?{usageUsd:Jy(r,o,e.usage.days).map(p=>({date:p.date,amountUsd:ae(p.amountUsd)}))}:{}};if(e.limits&&i){let p=Qy(i.manifests.flatMap(f=>f.workloads),e.limits,i.period,r,e.balance.credits!==void 0?ae(e.balance.credits):void 0);p.problems.length&&c.status==="ok"&&(c={...c,status:"low"}),c.reasons.push(...p.problems,...p.notes),l.tier=p}return{...l,forecast:c}}function e2(e,t,r){return cc(e,t,r.credits!==void 0?{credits:r.credits}:{amountUsd:r.amountUsd})}function pS(e,t){return t.burnPerDayCredits!==void 0?cc(e,t.provider,{credits:t.burnPerDayCredits}):t.burnPerDayUsd===void 0?void 0:ae(t.burnPerDayUsd)}function fS(e,t){return Je(t.manifests.flatMap(r=>r.workloads).filter(r=>r.provider.toLowerCase()===e&&r.cost!==null).map(r=>r.cost))}function sh(e){return e.some(t=>t.error||!t.forecast)?"error":e.some(t=>t.forecast.status==="critical")?"critical":e.some(t=>t.forecast.status==="low")?"low":"ok"}function ni(e){let t=e.flatMap(r=>[r.forecast?.daysLeft??null,r.forecast?.plannedDaysLeft??null]).filter(r=>r!==null);return t.length?se.min(...t):null}var Pt=e=>e==null?null:e.toFixed(1,se.ROUND_DOWN),ah=e=>e?.period??"month";function ch(e){let{reports:t,estimate:r}=e;return{version:2,asOf:e.asOf,burnWindowDays:e.burnWindowDays,period:ah(r),status:e.status,daysLeft:Pt(ni(t)),providers:t.map(n=>{let i=n.forecast,o=n.figures?.balance;return{provider:n.provider,status:i?.status??null,...i&&o?{balanceUsd:i.balanceUsd.toFixed(),...o.credits!==void 0?{credits:o.credits}:{},...o.spendLimitPerHourUsd!==void 0?{spendLimitPerHourUsd:o.spendLimitPerHourUsd}:{},...o.currentSpendPerHourUsd!==void 0?{currentSpendPerHourUsd:o.currentSpendPerHourUsd}:{},burnPerDayUsd:i.burnPerDayUsd?.toFixed()??null,daysLeft:Pt(i.daysLeft),runsOutOn:ri(e.asOf,i.daysLeft),plannedPerPeriodUsd:n.plannedUsd?.toFixed()??null,plannedDaysLeft:Pt(i.plannedDaysLeft),plannedRunsOutOn:ri(e.asOf,i.plannedDaysLeft),shortfallUsd:i.shortfallUsd?.toFixed()??null,reasons:i.reasons}:{},...n.figures?.usageError?{usageError:n.figures.usageError}:{},...n.usageUsd?{daily:t2(e,n).map(s=>({date:s.date,amountUsd:pn(s.amountUsd)}))}:{},...n.tier?{tier:{maxMonthlyCreditSpend:n.tier.maxMonthlyCreditSpend,plannedCreditsPer30Days:n.tier.plannedCreditsPer30Days.toDecimalPlaces(0,se.ROUND_UP).toFixed(),fitsMonthlyCap:n.tier.fitsMonthlyCap,capBindsInDays:n.tier.capBindsInDays?.toDecimalPlaces(1,se.ROUND_DOWN).toFixed()??null,tierNeeded:n.tier.tierNeeded?.tier??null,models:n.tier.models.map(s=>({...s,plannedPerDay:s.plannedPerDay.toFixed(1)}))}}:{},...n.error?{error:n.error}:{}}})}}var mS=e=>{let t=e.reports.filter(n=>n.error||!n.forecast).length,r=e.reports.length;return e.status==="error"?`ERROR (${t} of ${r} provider${r===1?"":"s"} could not be read)`:e.status.toUpperCase()};function hS(e){let t=[],r=[];for(let n of e.reports){let i=n.forecast;if(n.error||!i){t.push({provider:n.provider,status:"error",balance:"-",burn:"-",daysLeft:"-",planned:"-",plannedDaysLeft:"-"}),r.push(`${n.provider}: ${n.error?.message??"no answer"}`);continue}let o=n.figures?.balance,s=n.figures?.usageError;t.push({provider:n.provider,status:i.status.toUpperCase(),balance:o?.credits!==void 0?`${Ne(i.balanceUsd)} (${zc(ae(o.credits))})`:Ne(i.balanceUsd),burn:i.burnPerDayUsd?Ne(i.burnPerDayUsd):s?"unknown":"-",daysLeft:Pt(i.daysLeft)??(i.burnPerDayUsd?"not spending":"-"),planned:n.plannedUsd?Ne(n.plannedUsd):"-",plannedDaysLeft:Pt(i.plannedDaysLeft)??"-"}),o?.currentSpendPerHourUsd!==void 0&&r.push(`${n.provider}: spending ${Ne(ae(o.currentSpendPerHourUsd))}/hour now (limit ${o.spendLimitPerHourUsd?Ne(ae(o.spendLimitPerHourUsd)):"none"}/hour)`);for(let a of i.reasons)r.push(`${n.provider}: ${a}`);for(let a of n.tier?.models??[])r.push(`${n.provider} ${a.model}: plan ${a.plannedPerDay.toFixed(1)} generations/day; limit ${a.limitKnown?a.maxDailyGenerations??"none":"unknown"}/day, ${a.limitKnown?a.leftToday??"unlimited":"unknown"} left in the last 24 h; concurrency ${a.limitKnown?a.maxConcurrentGenerations??"unlimited":"unknown"}`)}return{rows:t,notes:r}}function gS(e){let t=ah(e.estimate);return["PROVIDER","STATUS","BALANCE",`BURN/DAY (${e.burnWindowDays}d)`,"DAYS LEFT",...e.estimate?[`PLANNED/${t.toUpperCase()}`,"DAYS LEFT (PLAN)"]:[]]}var bS=(e,t)=>[e.provider,e.status,e.balance,e.burn,e.daysLeft,...t?[e.planned,e.plannedDaysLeft]:[]];var yS={OK:":green_circle: ok",LOW:":yellow_circle: low",CRITICAL:":red_circle: critical",error:":warning: error"};function uh(e){let{rows:t,notes:r}=hS(e),n=e.estimate!==void 0,i=gS(e).map(s=>s.charAt(0)+s.slice(1).toLowerCase()),o=Pt(ni(e.reports));return["## genspend balance check","",`**Status: ${mS(e)}**${o!==null?` \xB7 fewest days left: ${o}`:""} \xB7 as of ${e.asOf}, burn over the last ${e.burnWindowDays} days`,"",`| ${i.join(" | ")} |`,`| ${i.map((s,a)=>a<2?"---":"---:").join(" | ")} |`,...t.map(s=>`| ${bS({...s,status:yS[s.status]??s.status},n).join(" | ")} |`),...r.length?["",...r.map(s=>`- ${ti(s)}`)]:[],...e.reports.flatMap(s=>vS(e,s)),""].join(`
`)}function t2(e,t){if(!t.usageUsd)return null;let r=new Map(t.usageUsd.map(n=>[n.date,n.amountUsd]));return th(Dt(e.asOf,-e.burnWindowDays),e.asOf).map(n=>({date:n,amountUsd:r.get(n)??nt}))}function vS(e,t){let r=t2(e,t),n=t.forecast;if(!r||!n||!n.burnPerDayUsd)return[];let i=ri(e.asOf,n.daysLeft),o=ri(e.asOf,n.plannedDaysLeft),s=i?`at this rate the balance runs out about **${i}** (${Pt(n.daysLeft)} days)`:"at this rate the balance does not run out";return["",`**${ti(t.provider)}**: burn per day over the last ${e.burnWindowDays} days (bars) and its average, ${Ne(n.burnPerDayUsd)} a day (line); ${s}${o?`; at the planned spend about **${o}** (${Pt(n.plannedDaysLeft)} days)`:""}.`,"",Xy({title:`${So(t.provider)}: burn per day${i?`, runs out about ${i}`:""}`,x:r.map(a=>a.date.slice(5)),yLabel:"USD",bars:[r.map(a=>a.amountUsd)],lines:[r.map(()=>n.burnPerDayUsd)]})]}var wS=new Set(["rate-limited","unavailable","timeout","network"]),jt=class e extends Error{name="ProviderError";kind;provider;status;retryable;retryAfterMs;constructor(t){super(t.message),this.kind=t.kind,this.provider=t.provider,t.status!==void 0&&(this.status=t.status),this.retryable=wS.has(t.kind),t.retryAfterMs!==void 0&&(this.retryAfterMs=t.retryAfterMs)}redact(t){let r=uc(this.message,t);if(r===this.message)return this;let n={kind:this.kind,provider:this.provider,message:r};return this.status!==void 0&&(n.status=this.status),this.retryAfterMs!==void 0&&(n.retryAfterMs=this.retryAfterMs),new e(n)}};function lh(e){return e instanceof jt}function uc(e,t){let r=e;for(let n of t)n.length>=4&&(r=r.replace(new RegExp(xS(n),"giu"),"[redacted]"));return r}function xS(e){return e.replace(/[.*+?^${}()|[\]\\]/g,"\\$&")}var Nt=class extends Error{constructor(r,n){super(n);this.kind=r}kind;name="TransportError"};function Or(e,t,r=!1){let n=`${r?"would take":"took"} longer than ${e.seconds} s (the deadline for one account read)`;return new Nt("deadline",t?`${n}: ${t}`:n)}function kS(e){return e>=1024*1024&&e%(1024*1024)===0?`${e/(1024*1024)} MiB`:e>=1024&&e%1024===0?`${e/1024} KiB`:`${e} bytes`}function ii(e){return new Nt("too-large",`the response is larger than ${kS(e)}, the size limit for one answer`)}var rn=class{constructor(t){this.text=t}text};function oi(e){return $S.test(e)}var $S=/^-?[0-9]+$/;function lc(e){return _S.test(e)}var _S=/^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;function dc(e,t){if(oi(e))return Number.isSafeInteger(Number.parseInt(e,10));let r=Number.parseFloat(e);if(Number.isInteger(r)&&!Number.isSafeInteger(r))return!1;let n=String(r);if(e===n)return!0;let i=r2(e),o=r2(n);return!!(i===o||t?.approx===!0&&o.length>=14&&i.startsWith(o.substring(0,14)))}var nn=(function(e){return e.underflow="underflow",e.overflow="overflow",e.truncate_integer="truncate_integer",e.truncate_float="truncate_float",e})({});function dh(e){if(dc(e,{approx:!1}))return;if(oi(e))return nn.truncate_integer;let t=Number.parseFloat(e);return Number.isFinite(t)?t===0?nn.underflow:nn.truncate_float:nn.overflow}function r2(e){let{start:t,end:r}=AS(e),n=e.substring(t,r),i=n.indexOf(".");return i===-1?n:n.substring(0,i)+n.substring(i+1)}function AS(e){let t=0;for(e[0]==="-"&&t++;e[t]==="0"||e[t]===".";)t++;let r=e.lastIndexOf("e");for(r===-1&&(r=e.lastIndexOf("E")),r===-1&&(r=e.length);(e[r-1]==="0"||e[r-1]===".")&&r>t;)r--;return{start:t,end:r}}var n2=Symbol.for("lossless-json.LosslessNumber"),on=class{value;isLosslessNumber=!0;get[n2](){return!0}constructor(t){if(!lc(t))throw new Error(`Invalid number (value: "${t}")`);this.value=t}valueOf(){let t=dh(this.value);if(t===void 0||t===nn.truncate_float)return Number.parseFloat(this.value);if(oi(this.value))return BigInt(this.value);throw new Error(`Cannot safely convert to number: the value '${this.value}' would ${t} and become ${Number.parseFloat(this.value)}`)}toString(){return this.value}};function si(e){return e!==null&&typeof e=="object"&&e[n2]===!0}function ph(e){return new on(e)}function i2(e,t){return fh({"":e},"",e,t)}function fh(e,t,r,n){return Array.isArray(r)?n.call(e,t,RS(r,n)):r&&typeof r=="object"&&!si(r)?n.call(e,t,PS(r,n)):n.call(e,t,r)}function PS(e,t){for(let r of Object.keys(e)){let n=fh(e,r,e[r],t);n!==void 0?e[r]=n:delete e[r]}return e}function RS(e,t){for(let r=0;r<e.length;r++){let n=fh(e,String(r),e[r],t);n===void 0?delete e[r]:e[r]=n}return e}function gh(e,t,r){let n=typeof r=="function"?{parseNumber:r}:r,i=n?.parseNumber??ph,o=n?.onDuplicateKey??oe,s=0,a=l();return v(a),_(),t?i2(a,t):a;function u(){if(e.charCodeAt(s)===DS){s++,f();let j={},fe=!0;for(;s<e.length&&e.charCodeAt(s)!==a2;){fe?fe=!1:(g(),f());let Oe=s,xe=h();if(xe===void 0){V();return}f(),k();let et=l();if(et===void 0){ve();return}if(Object.prototype.hasOwnProperty.call(j,xe)&&!hh(et,j[xe])){let lt=o({key:xe,position:Oe+1,oldValue:j[xe],newValue:et});lt!==void 0&&o2(j,xe,lt)}else o2(j,xe,et)}return e.charCodeAt(s)!==a2&&X(),s++,j}}function c(){if(e.charCodeAt(s)===NS){s++,f();let j=[],fe=!0;for(;s<e.length&&e.charCodeAt(s)!==c2;){fe?fe=!1:g();let Oe=l();w(Oe),j.push(Oe)}return e.charCodeAt(s)!==c2&&Y(),s++,j}}function l(){f();let j=h()??b()??u()??c()??p("true",!0)??p("false",!1)??p("null",null);return f(),j}function p(j,fe){if(e.slice(s,s+j.length)===j)return s+=j.length,fe}function f(){for(;ES(e.charCodeAt(s));)s++}function h(){if(e.charCodeAt(s)===mh){s++;let j="";for(;s<e.length&&e.charCodeAt(s)!==mh;){if(e.charCodeAt(s)===CS){let fe=e[s+1],Oe=OS[fe];Oe!==void 0?(j+=Oe,s++):fe==="u"?pc(e.charCodeAt(s+2))&&pc(e.charCodeAt(s+3))&&pc(e.charCodeAt(s+4))&&pc(e.charCodeAt(s+5))?(j+=String.fromCharCode(Number.parseInt(e.slice(s+2,s+6),16)),s+=5):we(s):he(s)}else TS(e.charCodeAt(s))?j+=e[s]:E(e[s]);s++}return K(),s++,j}}function b(){let j=s;if(e.charCodeAt(s)===u2&&(s++,F(j)),e.charCodeAt(s)===bh)s++;else if(IS(e.charCodeAt(s)))for(s++;fc(e.charCodeAt(s));)s++;else return;if(e.charCodeAt(s)===ZS)for(s++,F(j);fc(e.charCodeAt(s));)s++;if(e.charCodeAt(s)===HS||e.charCodeAt(s)===KS)for(s++,(e.charCodeAt(s)===u2||e.charCodeAt(s)===US)&&s++,F(j);fc(e.charCodeAt(s));)s++;if(s>j)return i(e.slice(j,s))}function g(){if(e.charCodeAt(s)!==BS)throw new SyntaxError(`Comma ',' expected after value ${C()}`);s++}function k(){if(e.charCodeAt(s)!==jS)throw new SyntaxError(`Colon ':' expected after property name ${C()}`);s++}function v(j){if(j===void 0)throw new SyntaxError(`JSON value expected ${C()}`)}function w(j){if(j===void 0)throw new SyntaxError(`Array item expected ${C()}`)}function _(){if(s<e.length)throw new SyntaxError(`Expected end of input ${C()}`)}function F(j){if(!fc(e.charCodeAt(s))){let fe=e.slice(j,s);throw new SyntaxError(`Invalid number '${fe}', expecting a digit ${C()}`)}}function K(){if(e.charCodeAt(s)!==mh)throw new SyntaxError(`End of string '"' expected ${C()}`)}function V(){throw new SyntaxError(`Quoted object key expected ${C()}`)}function oe({key:j,position:fe}){throw new SyntaxError(`Duplicate key '${j}' encountered at position ${fe}`)}function X(){throw new SyntaxError(`Quoted object key or end of object '}' expected ${C()}`)}function Y(){throw new SyntaxError(`Array item or end of array ']' expected ${C()}`)}function E(j){throw new SyntaxError(`Invalid character '${j}' ${A()}`)}function he(j){let fe=e.slice(j,j+2);throw new SyntaxError(`Invalid escape character '${fe}' ${A()}`)}function ve(){throw new SyntaxError(`Object value expected after ':' ${A()}`)}function we(j){let fe=e.slice(j,j+6);throw new SyntaxError(`Invalid unicode character '${fe}' ${A()}`)}function A(){return`at position ${s}`}function S(){return s<e.length?`but got '${e[s]}'`:"but reached end of input"}function C(){return`${S()} ${A()}`}}function o2(e,t,r){t==="__proto__"?Object.defineProperty(e,t,{value:r,writable:!0,enumerable:!0,configurable:!0}):e[t]=r}function ES(e){return e===FS||e===LS||e===zS||e===MS}function pc(e){return e>=bh&&e<=yh||e>=VS&&e<=WS||e>=GS&&e<=XS}function fc(e){return e>=bh&&e<=yh}function IS(e){return e>=qS&&e<=yh}function TS(e){return e>=32&&e<=1114111}function hh(e,t){return e===t?!0:Array.isArray(e)&&Array.isArray(t)?e.length===t.length&&e.every((r,n)=>hh(r,t[n])):s2(e)&&s2(t)?[...new Set([...Object.keys(e),...Object.keys(t)])].every(n=>hh(e[n],t[n])):!1}function s2(e){return typeof e=="object"&&e!==null}var OS={'"':'"',"\\":"\\","/":"/",b:"\b",f:"\f",n:`
`,r:"\r",t:"	"},CS=92,DS=123,a2=125,NS=91,c2=93,FS=32,LS=10,zS=9,MS=13,mh=34,US=43,u2=45,bh=48,qS=49,yh=57,BS=44,ZS=46,jS=58,VS=65,GS=97,KS=69,HS=101,WS=70,XS=102;var JS=/^(mon|tue|wed|thu|fri|sat|sun)[a-z]*,? .*\d{1,2}:\d{2}:\d{2}/i;function mc(e,t){if(e===void 0)return;let r=e.trim(),n;if(/^\d+(\.\d+)?$/.test(r))n=Math.round(Number(r)*1e3);else if(JS.test(r)){let i=Date.parse(r);Number.isNaN(i)||(n=Math.max(0,i-t))}return n!==void 0&&Number.isFinite(n)&&n<=864e5?n:void 0}var d2=[{pattern:/user is locked/i,kind:"locked"},{pattern:/not have enough credits|insufficient (credits|balance|funds)/i,kind:"insufficient-credits"},{pattern:/daily task limit/i,kind:"daily-limit"}];function p2(e){return d2.some(t=>t.pattern.test(e))}var YS=/unauthori[sz]ed|invalid api[ _-]?key|api[ _-]?key (is )?(invalid|missing|not valid)|authentication (failed|required)/i,l2=300;function QS(e){if(e instanceof rn)return e.text.trimStart().startsWith("<")?void 0:Cr(e.text);if(typeof e=="string")return Cr(e);if(!sn(e))return;let{error:t,errors:r,detail:n,message:i}=e;if(typeof t=="string")return Cr(t);if(sn(t)&&typeof t.message=="string")return Cr(t.message);if(Array.isArray(r)&&sn(r[0])){let o=r[0],s=[o.code,o.message].filter(a=>typeof a=="string").join(": ");return s?Cr(s):void 0}if(typeof n=="string")return Cr(n);if(Array.isArray(n)&&sn(n[0])&&typeof n[0].msg=="string")return Cr(n[0].msg);if(typeof i=="string")return Cr(i)}function f2(e){return sn(e)&&Array.isArray(e.errors)&&e.errors.length>0}function vh(e,t,r,n={},i=Date.now()){let o=QS(r),s=o?`: ${o}`:"",a=`(HTTP ${t})`,u=mc(n["retry-after"],i),c=(p,f)=>new jt({kind:p,provider:e.provider,status:t,message:`${e.provider} ${e.endpoint}: ${f}`,...u!==void 0&&(p==="rate-limited"||p==="unavailable")?{retryAfterMs:u}:{}});switch((o?d2.find(p=>p.pattern.test(o)):void 0)?.kind){case"locked":return c("locked",`the account is locked ${a}${s}. Top up the balance; retrying will not help`);case"insufficient-credits":return c("insufficient-credits",`not enough credits ${a}${s}. Buy credits before submitting work`);case"daily-limit":return c("daily-limit",`the daily generation limit is reached ${a}${s}. Wait for the rolling 24 hours to pass or move to a higher usage tier`)}if(t===401||t===403)return e.admin?c("admin-key-required",`this endpoint needs an ADMIN API key; the key given was refused ${a}${s}. Create a key with the Admin scope`):c("auth",`the API key was refused ${a}${s}. Check the key`);if(t===404)return c("not-found",`not found ${a}${s}`);if(t===429){let p=u!==void 0?`, retry after ${Math.ceil(u/1e3)} s`:"";return c("rate-limited",`rate limited ${a}${p}${s}`)}return t>=500?c("unavailable",`the provider is unavailable ${a}${s}`):o&&YS.test(o)?c("auth",`the API key was refused ${a}${s}. Check the key`):t>=400?c("bad-request",`the request was rejected ${a}${s}`):c("bad-response",`the provider answered with an error ${a}${s}`)}function Me(e,t,r){return new jt({kind:"bad-response",provider:e.provider,message:`${e.provider} ${e.endpoint}: ${t}`,...r!==void 0?{status:r}:{}})}function sn(e){return typeof e=="object"&&e!==null&&!Array.isArray(e)}function Cr(e){let t=e.replace(/\s+/g," ").trim();if(t)return t.length>l2?`${t.slice(0,l2)}...`:t}function m2(e){try{return gh(e,null,{parseNumber:t=>dc(t)?Number(t):new on(t),onDuplicateKey:({newValue:t})=>t})}catch{return new rn(e)}}function Ue(e){return(t,r,n={})=>{if(t===404&&e.onNotFound)return e.onNotFound();if(t<200||t>299)throw vh(e,t,r,n);if(r instanceof rn)throw Me(e,"the response is not valid JSON (truncated or not JSON)",t);if(e.errorsInBody&&f2(r))throw vh(e,t,r,n);return e.map(hc(e,e.schema,r))}}function hc(e,t,r){let n=t.safeParse(r);if(n.success)return n.data;let i=n.error.issues.slice(0,3).map(o=>{let s=e6(o.path);return s&&t6(r,o.path)===void 0?`missing field ${s}`:`${s?`field ${s}`:"response"}: ${o.message}`});throw Me(e,i.join("; "))}function e6(e){let t="";for(let r of e)typeof r=="number"?t+=`[${r}]`:typeof r=="string"&&/^[A-Za-z_$][\w$]*$/.test(r)?t+=t?`.${r}`:r:t+=`[${JSON.stringify(String(r))}]`;return t}function t6(e,t){let r=e;for(let n of t)if(Array.isArray(r)&&typeof n=="number")r=r[n];else if(sn(r)&&typeof n=="string")r=r[n];else return;return r}async function qe(e,t,r){let n=o6(t),i;try{if(i=await e(t),i.bodyText.length>16777216)throw ii(16777216)}catch(o){throw n6(t,o).redact(n)}try{return r(i.status,m2(i.bodyText),i.headers)}catch(o){throw o instanceof jt?o.redact(n):o}}var r6={timeout:"timeout",network:"network",deadline:"timeout","too-large":"bad-response"};function n6(e,t){let r=t instanceof Nt?r6[t.kind]:"network",n=t instanceof Error?t.message:String(t);return new jt({kind:r,provider:e.provider,message:`${e.provider} ${e.endpoint}: ${n}`})}var i6=/^(authorization|x-api-key|x-key|api-key|cookie)$/i;function o6(e){let t=[];for(let[r,n]of Object.entries(e.headers)){if(!i6.test(r))continue;t.push(n);let i=/^\S+\s+(.+)$/.exec(n)?.[1];i&&t.push(i)}return t.sort((r,n)=>n.length-r.length)}function cr(e){if(typeof e?.apiKey!="string"||e.apiKey.trim()==="")throw new TypeError("Expected `apiKey` to be a non-empty string.")}var ai=class extends TypeError{constructor(r,n,i,o){super(`Expected \`${r}\` to be ${n}, got ${i}.${o?` Fix: ${o}.`:""}`);this.option=r;this.expected=n;this.got=i;this.fix=o}option;expected;got;fix};function s6(e){return e.replace(/^([a-z][a-z\d+.-]*:\/\/)?.*@/is,"$1[redacted]@")}function Ge(e,t,r="baseUrl"){if(e===void 0)return t;let n=typeof e=="string"?JSON.stringify(s6(e)):String(e);if(typeof e!="string"||!/^https?:\/\/[^\s/]+/.test(e))throw new ai(r,'an http(s) URL such as "https://api.example.com"',n);if(e.includes("@"))throw new ai(r,"an http(s) URL without a user name or password",n,`remove the "user:password@" part; genspend sends the API key in the provider's own header`);return e.replace(/\/+$/,"")}function an(e){let t=[];for(let[r,n]of Object.entries(e))for(let i of typeof n=="string"?[n]:n??[])t.push(`${r}=${a6(i)}`);return t.length?`?${t.join("&")}`:""}function cn(e){return encodeURIComponent(e).replace(/%3A/gi,":").replace(/%40/g,"@")}function a6(e){return encodeURIComponent(e).replace(/%2F/gi,"/").replace(/%2C/gi,",").replace(/%3A/gi,":").replace(/%40/g,"@")}function xt(e,t,r,n,i){let o=i===void 0?void 0:JSON.stringify(i);return Object.freeze({provider:e.provider,endpoint:e.endpoint,method:t,url:r,headers:Object.freeze({Accept:"application/json",...o!==void 0?{"Content-Type":"application/json"}:{},...n}),...o!==void 0?{body:o}:{}})}function Dr(e,t){if(typeof e!="string"||e.trim()==="")throw new TypeError(`Expected ${t}, got ${JSON.stringify(e)??String(e)}.`);return e.trim()}function g2(e,t){let{sleep:r,retries:n=3,baseDelayMs:i=500,maxDelayMs:o=3e4,random:s=Math.random,now:a=Date.now}=t;if(xh("retries",n),xh("baseDelayMs",i),xh("maxDelayMs",o),typeof r!="function")throw new TypeError("Expected `sleep` to be a function (ms) => Promise<void>.");let u=l=>Math.min(o,i*2**l*(1+s()));return async(l,p={})=>{let{deadline:f}=p;for(let h=0;h<n;h++){h2(f);let b;try{let g=await e(l,p);if(b=c(g,h),b===void 0)return g}catch(g){if(!(g instanceof Nt)||g.kind!=="timeout"&&g.kind!=="network")throw g;let k=u(h);b={ms:k,why:`${g.message}; the next attempt was due in ${wh(k)}`}}if(f&&b.ms>=f.remainingMs())throw Or(f,b.why,!0);await r(b.ms)}return h2(f),e(l,p)};function c(l,p){if(l.status!==429&&l.status<500||p2(l.bodyText))return;let f=mc(l.headers["retry-after"],a());if(f===void 0){let h=u(p);return{ms:h,why:`HTTP ${l.status}; the next attempt was due in ${wh(h)}`}}if(!(f>o))return{ms:f,why:`HTTP ${l.status} with Retry-After ${wh(f)}`}}}function h2(e){if(e&&e.remainingMs()<=0)throw Or(e)}function wh(e){return`${Math.round(e/100)/10} s`}function xh(e,t){if(!Number.isInteger(t)||t<0)throw new TypeError(`Expected \`${e}\` to be a non-negative integer, got ${String(t)}.`)}function kh(e){let{fetch:t,timeoutMs:r=1e4,timeoutSignal:n=a=>AbortSignal.timeout(a),maxResponseBytes:i=16777216,...o}=e;if(typeof t!="function")throw new TypeError("Expected `fetch` to be a function, such as the global fetch of Node 20.");if(!Number.isInteger(r)||r<=0)throw new TypeError(`Expected \`timeoutMs\` to be a positive integer, got ${String(r)}.`);if(!Number.isInteger(i)||i<=0)throw new TypeError(`Expected \`maxResponseBytes\` to be a positive integer, got ${String(i)}.`);return g2(async(a,u={})=>{let{deadline:c}=u,l=c?Math.ceil(c.remainingMs()):1/0;if(c&&l<=0)throw Or(c);let p=Math.min(r,l);try{let f=await t(a.url,{method:a.method,headers:{...a.headers},...a.body!==void 0?{body:a.body}:{},signal:n(p)}),h={};f.headers.forEach((g,k)=>h[k.toLowerCase()]=g);let b=await c6(f,h["content-length"],i);return{status:f.status,headers:h,bodyText:b}}catch(f){throw u6(f,p,p<r?c:void 0)}},o)}async function c6(e,t,r){let n=e.body?.getReader();if(t!==void 0&&/^\d+$/.test(t.trim())&&Number(t)>r)throw await n?.cancel().catch(()=>{}),ii(r);if(e.body===void 0){let a=await e.text();if(a.length>r)throw ii(r);return a}if(!n)return"";let i=new TextDecoder("utf-8"),o="",s=0;for(;;){let{done:a,value:u}=await n.read();if(a)return o+i.decode();if(s+=u?.byteLength??0,s>r)throw await n.cancel().catch(()=>{}),ii(r);o+=i.decode(u,{stream:!0})}}function u6(e,t,r){if(e instanceof Nt)return e;let n=e?.name;if(n==="TimeoutError"||n==="AbortError")return r?Or(r,`no response within the ${t} ms that were left`):new Nt("timeout",`no response within ${t} ms`);let i=e instanceof Error?e.message:String(e),o=e?.cause,s=typeof o?.code=="string"?o.code:typeof o?.message=="string"?o.message:void 0;return new Nt("network",`network error: ${i}${s?` (${s})`:""}`)}var b2=Go,Le=b2.clone({precision:40,rounding:b2.ROUND_HALF_UP,toExpNeg:-40,toExpPos:40}),l6=/^-?\d+(\.\d+)?$/,Ro=P.union([P.number().transform(e=>String(e)),P.custom(si,"expected a number").transform(e=>e.value)]),Ee=P.union([Ro,P.string().trim().regex(l6,"expected a decimal amount")]).transform(e=>new Le(e).toFixed());var d6=/^(\d{4})-(\d{2})-(\d{2})$/;function Nr(e){let t=new Map,r=e.some(n=>n.credits!==void 0)?"credits":"amountUsd";for(let n of e){let i=t.get(n.date);i||t.set(n.date,i={total:new Le(0),byModel:new Map,units:new Map});let o=n.credits??n.amountUsd;i.total=i.total.plus(o),n.model!==void 0&&i.byModel.set(n.model,(i.byModel.get(n.model)??new Le(0)).plus(o)),n.model!==void 0&&n.units&&p6(i.units,n.model,n.units)}return[...t.entries()].sort(([n],[i])=>n<i?-1:n>i?1:0).map(([n,i])=>({date:n,[r]:i.total.toFixed(),...i.byModel.size?{byModel:Object.fromEntries([...i.byModel].map(([o,s])=>[o,s.toFixed()]))}:{},...i.units.size?{units:Object.fromEntries([...i.units].map(([o,s])=>[o,m6(s)]))}:{}}))}function p6(e,t,r){let n=e.get(t);if(!n){e.set(t,{quantity:new Le(r.quantity),unit:r.unit,unitPrice:r.unitPrice});return}n.quantity=n.quantity.plus(r.quantity),n.unit!==r.unit&&(n.unit=null),n.unitPrice!==null&&!f6(n.unitPrice,r.unitPrice)&&(n.unitPrice=null)}function f6(e,t){return e===void 0?t===void 0:t!==void 0&&new Le(e).equals(t)}function m6(e){return{...e.unit?{unit:e.unit}:{},quantity:e.quantity.toFixed(),...e.unitPrice?{unitPrice:e.unitPrice}:{}}}function ci(e){let t=e.slice(0,10);return ui(t)?t:void 0}function ui(e){let t=d6.exec(e);return t?new Date(Date.UTC(Number(t[1]),Number(t[2])-1,Number(t[3]))).toISOString().slice(0,10)===e:!1}function Vt(e){for(let t of["startDate","beforeDate"]){let r=e?.[t];if(typeof r!="string"||!ui(r))throw new TypeError(`Expected \`${t}\` to be a UTC date as YYYY-MM-DD, got ${JSON.stringify(r)}.`)}if(e.beforeDate<=e.startDate)throw new RangeError(`Expected \`beforeDate\` (${e.beforeDate}) to be after \`startDate\` (${e.startDate}): the window is end-exclusive.`);return e}function y2(e,t){let{days:r}=t;if(!Number.isInteger(r)||r<=0)throw new TypeError(`Expected \`days\` to be a positive integer, got ${String(r)}.`);return e.days.reduce((i,o)=>i.plus(o.credits??o.amountUsd),new Le(0)).dividedBy(r).toFixed()}function $h(e,t,r){let n=y2(t,{days:r});return e.currency==="credits"?{burnPerDayCredits:n}:{burnPerDayUsd:n}}function _h(e,t){if(!Number.isInteger(t)||t<=0)throw new TypeError(`Expected \`days\` to be a positive integer, got ${String(t)}.`);if(typeof e!="string"||!ui(e))throw new TypeError(`Expected \`today\` to be a UTC date as YYYY-MM-DD, got ${JSON.stringify(e)}.`);return Vt({startDate:Dt(e,-t),beforeDate:e})}var h6=100;async function bc(e,t,r=h6){let n=[],i=new Set,o;for(let s=0;s<r;s++){let a=await t(o);if(n.push(...a.items),a.nextCursor===void 0)return n;if(i.has(a.nextCursor))throw Me(e,`pagination returned cursor ${JSON.stringify(a.nextCursor)} twice`);i.add(a.nextCursor),o=a.nextCursor}throw Me(e,`pagination did not end after ${r} pages`)}function v2(e,t){let r=[];for(let n=0;n<e.length;n+=t)r.push(e.slice(n,n+t));return r}var g6="https://api.fal.ai",Ah=50,$2={provider:"fal",endpoint:"/v1/account/billing",admin:!0},li={provider:"fal",endpoint:"/v1/models/usage",admin:!0},yc={provider:"fal",endpoint:"/v1/models/pricing"},di={provider:"fal",endpoint:"/v1/models/billing-events",admin:!0};function vc(e,t,r){return cr(t),xt(e,"GET",`${Ge(t.baseUrl,g6)}${r}`,{Authorization:`Key ${t.apiKey}`})}function w2(e){return vc($2,e,`/v1/account/billing${an({expand:"credits"})}`)}function b6(e,t,r={}){let{startDate:n,beforeDate:i}=Vt(t),o=an({start:`${n}T00:00:00Z`,end:`${i}T00:00:00Z`,timeframe:"day",timezone:"UTC",expand:["time_series","summary"],cursor:r.cursor});return vc(li,e,`/v1/models/usage${o}`)}function y6(e,t,r={}){if(t.length<1||t.length>Ah)throw new RangeError(`Expected 1 to ${Ah} endpoint ids per pricing request, got ${t.length}.`);return vc(yc,e,`/v1/models/pricing${an({endpoint_id:t.join(","),cursor:r.cursor})}`)}function v6(e,t,r){let n=Dr(t,"a fal request id");if(typeof r?.start!="string"||Number.isNaN(Date.parse(r.start)))throw new TypeError(`Expected \`start\` to be an ISO timestamp, got ${JSON.stringify(r?.start)}.`);return vc(di,e,`/v1/models/billing-events${an({request_id:n,start:r.start,cursor:r.cursor})}`)}var Sh=P.literal("USD"),Ph={next_cursor:P.string().nullable().optional(),has_more:P.boolean().optional()},w6=Ue({...$2,schema:P.object({credits:P.object({current_balance:Ee,currency:Sh.optional()})}),map:({credits:e})=>({provider:"fal",amountUsd:e.current_balance,currency:"USD"})}),x2=P.object({endpoint_id:P.string(),unit:P.string().optional(),quantity:Ee.optional(),unit_price:Ee.optional(),cost:Ee.optional(),cost_total:Ee.optional(),currency:Sh.optional()}),x6=Ue({...li,schema:P.object({time_series:P.array(P.object({bucket:P.string(),results:P.array(x2)})).optional(),summary:P.array(x2).optional(),...Ph}),map:e=>{let t=(e.time_series??[]).flatMap((n,i)=>{let o=ci(n.bucket);if(!o)throw Me(li,`field time_series[${i}].bucket: expected a timestamp, got ${JSON.stringify(n.bucket)}`);return n.results.map((s,a)=>({date:o,model:s.endpoint_id,amountUsd:k2(s,`time_series[${i}].results[${a}]`),...s.quantity!==void 0?{units:k6(s,s.quantity)}:{}}))}),r=e.summary?.map((n,i)=>k2(n,`summary[${i}]`)).reduce((n,i)=>n.plus(i),new Le(0)).toFixed();return{items:t,...Rh(li,e),...r!==void 0?{summaryUsd:r}:{}}}});function k6(e,t){return{...e.unit!==void 0?{unit:e.unit}:{},quantity:t,...e.unit_price!==void 0?{unitPrice:e.unit_price}:{}}}function k2(e,t){let r=e.cost_total??e.cost;if(r!==void 0)return r;if(e.quantity!==void 0&&e.unit_price!==void 0)return new Le(e.quantity).times(e.unit_price).toFixed();throw Me(li,`missing field ${t}.cost_total`)}var $6=Ue({...yc,schema:P.object({prices:P.array(P.object({endpoint_id:P.string(),unit_price:Ee,unit:P.string(),currency:Sh.optional()})),...Ph}),map:e=>({items:e.prices.map(t=>({provider:"fal",model:t.endpoint_id,unit:t.unit,amountUsd:t.unit_price})),...Rh(yc,e)})});function Rh(e,t){if(t.has_more===!1||t.has_more===void 0&&!t.next_cursor)return{};if(!t.next_cursor)throw Me(e,"missing field next_cursor (has_more is true)");return{nextCursor:t.next_cursor}}var _6=P.object({request_id:P.string(),endpoint_id:P.string().optional(),unit:P.string().optional(),output_units:Ee.nullable().optional(),unit_price:Ee.nullable().optional(),percent_discount:Ee.nullable().optional(),cost_total:Ee.nullable().optional(),cost_estimate_nano_usd:Ee.nullable().optional()}),A6=Ue({...di,schema:P.object({billing_events:P.array(_6),...Ph}),map:e=>({items:e.billing_events,...Rh(di,e)})});function S6(e,t){if(e.cost_total!=null)return e.cost_total;if(e.cost_estimate_nano_usd!=null)return new Le(e.cost_estimate_nano_usd).dividedBy(1e9).toFixed();if(e.output_units!=null&&e.unit_price!=null){let r=new Le(1).minus(new Le(e.percent_discount??0).dividedBy(100));return new Le(e.output_units).times(e.unit_price).times(r).toFixed()}throw Me(di,`missing field ${t}.cost_total`)}function P6(e,t,r){let n=t.map((c,l)=>({e:c,i:l})).filter(({e:c})=>c.request_id===e);if(!n.length)throw new jt({kind:"not-found",provider:"fal",message:`fal ${di.endpoint}: no billing event for request ${JSON.stringify(e)} since ${r} (fal records an event shortly after the request ends; check the id and that the key is the admin key of the account that ran it)`});let i=n.reduce((c,{e:l,i:p})=>c.plus(S6(l,`billing_events[${p}]`)),new Le(0)).toFixed(),o=n[0].e,s=n.every(({e:c})=>c.output_units!=null)?n.reduce((c,{e:l})=>c.plus(l.output_units),new Le(0)).toFixed():void 0,a=new Set(n.map(({e:c})=>c.unit_price??void 0)),u=a.size===1?[...a][0]:void 0;return{provider:"fal",id:e,state:"finished",amountUsd:i,...o.endpoint_id!==void 0?{model:o.endpoint_id}:{},...s!==void 0?{units:{quantity:s,...o.unit!==void 0?{unit:o.unit}:{},...u!==void 0?{unitPrice:u}:{}}}:{},source:"fal GET /v1/models/billing-events"}}function _2(e){let{transport:t,...r}=e;return w2(r),Object.freeze({getBalance:()=>qe(t,w2(r),w6),async getUsage(n){let i,o=await bc(li,async s=>{let a=await qe(t,b6(r,n,s?{cursor:s}:{}),x6);return i??=a.summaryUsd,a});return{provider:"fal",days:Nr(o),source:"fal GET /v1/models/usage",...i!==void 0?{totals:{periodUsd:i}}:{}}},async getLivePrices(n){let i=[...new Set(n)],o=[];for(let a of v2(i,Ah))o.push(...await bc(yc,u=>qe(t,y6(r,a,u?{cursor:u}:{}),$6)));let s=new Set(o.map(a=>a.model));return{prices:o,missing:i.filter(a=>!s.has(a))}},async getRequestCost(n,i){let o=Dr(n,"a fal request id"),s=await bc(di,a=>qe(t,v6(r,o,{start:i?.start,...a?{cursor:a}:{}}),A6));return P6(o,s,i.start)}})}var P2="https://api.runpod.io",R2="https://rest.runpod.io",E2="https://api.runpod.ai",E6=["COMPLETED","FAILED","CANCELLED","TIMED_OUT"],I6="query { myself { clientBalance currentSpendPerHr spendLimit } }",I2={provider:"runpod",endpoint:"graphql myself"},Eh={provider:"runpod",endpoint:"/v1/billing/endpoints"},T2={provider:"runpod",endpoint:"/v2/catalog/gpus"},Ih={provider:"runpod",endpoint:"GET /v2/{endpointId}/status/{id}"};function wc(e){return cr(e),{Authorization:`Bearer ${e.apiKey}`}}function A2(e){return xt(I2,"POST",`${Ge(e.baseUrl,P2)}/graphql`,wc(e),{query:I6})}function T6(e,t){let{startDate:r,beforeDate:n}=Vt(t),i=an({bucketSize:"day",startTime:`${r}T00:00:00Z`,endTime:`${n}T00:00:00Z`,grouping:"endpointId"}),o=Ge(e.restBaseUrl,R2,"restBaseUrl");return xt(Eh,"GET",`${o}/v1/billing/endpoints${i}`,wc(e))}function O6(e){return xt(T2,"GET",`${Ge(e.baseUrl,P2)}/v2/catalog/gpus`,wc(e))}function C6(e,t,r){let n=Dr(t,"a Runpod endpoint id (`endpointId`)"),i=Dr(r,"a Runpod job id"),o=Ge(e.serverlessBaseUrl,E2,"serverlessBaseUrl");return xt(Ih,"GET",`${o}/v2/${cn(n)}/status/${cn(i)}`,wc(e))}var S2=Ro.refine(e=>/^\d+(\.\d+)?$/.test(e),"expected milliseconds, 0 or more"),D6=Ue({...Ih,schema:P.object({id:P.string(),status:P.string(),executionTime:S2.optional(),delayTime:S2.optional()}),map:e=>{let t="runpod GET /v2/{endpointId}/status/{id}",r={...e.delayTime!==void 0?{delayMs:e.delayTime}:{}};if(!E6.includes(e.status))return{provider:"runpod",id:e.id,state:"pending",status:e.status,...r,...e.executionTime!==void 0?{executionMs:e.executionTime}:{},source:t};if(e.executionTime===void 0&&e.status==="COMPLETED")throw Me(Ih,"missing field executionTime");return{provider:"runpod",id:e.id,state:"finished",status:e.status,executionMs:e.executionTime??"0",...r,source:t}}}),N6=Ue({...I2,errorsInBody:!0,schema:P.object({data:P.object({myself:P.object({clientBalance:Ee,currentSpendPerHr:Ee.nullable().optional(),spendLimit:Ee.nullable().optional()})})}),map:({data:{myself:e}})=>({provider:"runpod",amountUsd:e.clientBalance,currency:"USD",...e.spendLimit!=null?{spendLimitPerHourUsd:e.spendLimit}:{},...e.currentSpendPerHr!=null?{currentSpendPerHourUsd:e.currentSpendPerHr}:{}})}),F6=Ue({...Eh,schema:P.array(P.object({amount:Ee,time:P.string(),endpointId:P.string().optional(),gpuTypeId:P.string().optional()})),map:e=>{let t=e.map((r,n)=>{let i=ci(r.time);if(!i)throw Me(Eh,`field [${n}].time: expected a timestamp, got ${JSON.stringify(r.time)}`);let o=r.endpointId??r.gpuTypeId;return{date:i,amountUsd:r.amount,...o!==void 0?{model:o}:{}}});return{provider:"runpod",days:Nr(t),source:"runpod GET /v1/billing/endpoints"}}}),L6=P.object({id:P.string(),name:P.string().optional(),pool:P.string().min(1).nullable(),price:P.object({serverless:Ee.nullable().optional()})}),z6=Ue({...T2,schema:P.preprocess(e=>Array.isArray(e)?{gpus:e}:e,P.object({gpus:P.array(L6)})).transform(e=>e.gpus),map:e=>e.flatMap(t=>t.price.serverless==null?[]:[{provider:"runpod",model:t.id,unit:"gpu-hour",amountUsd:t.price.serverless,...t.name?{name:t.name}:{},pool:t.pool}])});function O2(e){let{transport:t,...r}=e;return A2(r),Ge(r.restBaseUrl,R2,"restBaseUrl"),Ge(r.serverlessBaseUrl,E2,"serverlessBaseUrl"),Object.freeze({getJobStatus:async(n,i)=>qe(t,C6(r,n,i),D6),getBalance:()=>qe(t,A2(r),N6),getUsage:n=>qe(t,T6(r,n),F6),async getLivePrices(n){let i=await qe(t,O6(r),z6);if(!n)return{prices:i,missing:[]};let o=(s,a)=>s.model===a||s.name===a;return{prices:i.filter(s=>n.some(a=>o(s,a))),missing:n.filter(s=>!i.some(a=>o(a,s)))}}})}var U6=/\$\s*(\d[\d,]*(?:\.\d+)?)|(\d[\d,]*(?:\.\d+)?)\s*USD\b/gi,q6=/(?:\bper\b|\/)\s*([a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2})/i;function C2(e){if(/^\s*free\s*$/i.test(e))return{amountUsd:"0"};let t=new Set;for(let i of e.matchAll(U6))t.add(B6(i[1]??i[2]??""));if(t.size!==1)return;let[r]=[...t],n=q6.exec(e)?.[1]?.trim().toLowerCase();return n?{amountUsd:r,unit:n}:{amountUsd:r}}function B6(e){return e.replace(/,/g,"")}var N2="https://api.runware.ai",F2="https://content.runware.ai",Th={provider:"runware",endpoint:"accountManagement getDetails"},Eo={provider:"runware",endpoint:"accountManagement getUsageActivity"},L2={provider:"runware",endpoint:"GET /models/{id}/pricing"},kc={provider:"runware",endpoint:"modelSearch"},z2="Expected `uuid` to be a function returning a v4 UUID, e.g. crypto.randomUUID.",Z6=/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;function Dh(e,t,r){return cr(t),xt(e,"POST",`${Ge(t.baseUrl,N2)}/v1`,{Authorization:`Bearer ${t.apiKey}`},r)}function M2(e){if(typeof e?.uuid!="function")throw new TypeError(z2);let t=e.uuid();if(!Z6.test(t))throw new TypeError(`Expected \`uuid\` to return a v4 UUID, got ${JSON.stringify(t)}.`);return t}function Oh(e,t,r={}){return{taskType:"accountManagement",taskUUID:M2(e),operation:t,...r}}function j6(e,t){return Dh(Th,e,[Oh(t,"getDetails")])}function V6(e,t,r){let{startDate:n,beforeDate:i}=Vt(t);return Dh(Eo,e,[Oh(r,"getDetails"),Oh(r,"getUsageActivity",{startDate:n,endDate:Dt(i,-1),groupBy:["date","model"],timezone:"UTC"})])}var G6=30;function K6(e){let{startDate:t,beforeDate:r}=Vt(e),n=[];for(let i=t;i<r;){let o=Dt(i,G6),s={startDate:i,beforeDate:o<r?o:r};n.push(s),i=s.beforeDate}return n}function H6(e){if(e.length===1)return e[0];let t=new Map;for(let s of e.flatMap(a=>a.days)){let a=t.get(s.date);a||t.set(s.date,a={total:new Le(0),byModel:new Map}),a.total=a.total.plus(s.amountUsd);for(let[u,c]of Object.entries(s.byModel??{}))a.byModel.set(u,(a.byModel.get(u)??new Le(0)).plus(c))}let r=[...t.entries()].sort(([s],[a])=>s<a?-1:s>a?1:0).map(([s,a])=>({date:s,amountUsd:a.total.toFixed(),...a.byModel.size?{byModel:Object.fromEntries([...a.byModel].map(([u,c])=>[u,c.toFixed()]))}:{}})),n=e.at(-1).totals??{},i=e.map(s=>s.totals?.periodUsd),o=Fh({todayUsd:n.todayUsd,last7DaysUsd:n.last7DaysUsd,last30DaysUsd:n.last30DaysUsd,allTimeUsd:n.allTimeUsd,periodUsd:i.every(s=>s!==void 0)?i.reduce((s,a)=>s.plus(a),new Le(0)).toFixed():void 0});return{...e[0],days:r,totals:o}}function W6(e,t){if(typeof t!="string"||t==="")throw new TypeError('Expected a model id such as "runware:101@1".');let r=Ge(e.contentBaseUrl,F2,"contentBaseUrl");return xt(L2,"GET",`${r}/models/${cn(t)}/pricing`,{})}function X6(e,t,r){if(typeof r!="string"||r==="")throw new TypeError('Expected a model AIR such as "civitai:618692@691639".');return Dh(kc,e,[{taskType:"modelSearch",taskUUID:M2(t),search:r,visibility:"all",limit:20}])}var Nh=P.object({data:P.array(P.unknown())}),xc=P.object({credits:Ee.optional()}).optional(),U2=P.object({balance:P.object({amount:Ee,currency:P.literal("USD").optional()}),usage:P.object({today:xc,last7Days:xc,last30Days:xc,total:xc}).optional()}),D2=P.object({totalSpend:Ee.optional(),projectedSpend:Ee.optional()}).optional(),J6=P.object({usage:P.object({timeseries:P.object({data:P.array(P.object({date:P.string(),spend:Ee,model:P.string().optional()})),meta:D2}).optional(),meta:D2})});function Ch(e,t,r,n){let i=t.find(o=>o?.operation===r);if(i===void 0)throw Me(e,`no ${r} result in data[]`);return hc(e,n,i)}var Y6=Ue({...Th,schema:Nh,errorsInBody:!0,map:({data:e})=>{let{balance:t}=Ch(Th,e,"getDetails",U2);return{provider:"runware",amountUsd:t.amount,currency:"USD"}}}),Q6=Ue({...Eo,schema:Nh,errorsInBody:!0,map:({data:e})=>{let t=Ch(Eo,e,"getDetails",U2),{usage:r}=Ch(Eo,e,"getUsageActivity",J6),n=(r.timeseries?.data??[]).map((s,a)=>{let u=ci(s.date);if(!u)throw Me(Eo,`field usage.timeseries.data[${a}].date: expected a date, got ${JSON.stringify(s.date)}`);return{date:u,amountUsd:s.spend,...s.model!==void 0?{model:s.model}:{}}}),i=r.timeseries?.meta??r.meta,o=Fh({todayUsd:t.usage?.today?.credits,last7DaysUsd:t.usage?.last7Days?.credits,last30DaysUsd:t.usage?.last30Days?.credits,allTimeUsd:t.usage?.total?.credits,periodUsd:i?.totalSpend,projectedUsd:i?.projectedSpend});return{provider:"runware",days:Nr(n),source:"runware POST /v1 accountManagement getUsageActivity",totals:o}}}),eP=P.object({air:P.string(),pricingOverview:P.string().optional(),pricingExamples:P.array(P.object({configuration:P.string(),price:P.union([P.string(),Ro.transform(e=>`$${e}`)])})).optional()}),tP=Ue({...L2,schema:eP,onNotFound:()=>null,map:({air:e,pricingOverview:t,pricingExamples:r})=>{let n=(i,o,s)=>{let a=C2(i);if(!a)return[];let u=a.unit??o;return[{provider:"runware",model:e,unit:u,amountUsd:a.amountUsd,raw:i,...s?{configuration:s}:{}}]};return[...t!==void 0?n(t,"unspecified"):[],...(r??[]).flatMap(({configuration:i,price:o})=>n(o,"request",i))]}}),rP=P.object({results:P.array(P.object({air:P.string(),name:P.string().optional(),version:P.string().optional(),architecture:P.string().optional()})).default([])});function nP(e){return Ue({...kc,schema:Nh,errorsInBody:!0,map:({data:t})=>{let r=t.find(o=>o?.taskType==="modelSearch");if(r===void 0)throw Me(kc,"no modelSearch result in data[]");let{results:n}=hc(kc,rP,r),i=n.find(o=>o.air.toLowerCase()===e.toLowerCase());return i?Fh({air:i.air,name:i.name,architecture:i.architecture}):null}})}function q2(e){let{transport:t,uuid:r,...n}=e,i={uuid:r};if(cr(n),Ge(n.baseUrl,N2),Ge(n.contentBaseUrl,F2,"contentBaseUrl"),typeof r!="function")throw new TypeError(z2);return Object.freeze({getBalance:()=>qe(t,j6(n,i),Y6),async getUsage(o){let s=[];for(let a of K6(o))s.push(await qe(t,V6(n,a,i),Q6));return H6(s)},async getLivePrices(o){let s=[],a=[];for(let u of o){let c=await qe(t,W6(n,u),tP);c?.length?s.push(...c):a.push(u)}return{prices:s,missing:a}},getModelInfo:o=>qe(t,X6(n,i,o),nP(o))})}var D4=P.object({taskUUID:P.string().min(1).optional().catch(void 0),taskType:P.string().optional().catch(void 0),cost:Ee});function Fh(e){return Object.fromEntries(Object.entries(e).filter(([,t])=>t!==void 0))}var zh="https://api.dev.runwayml.com",oP="2024-11-06",Mh={provider:"runway",endpoint:"/v1/organization"},j2={provider:"runway",endpoint:"/v1/organization/usage"},Lh={provider:"runway",endpoint:"GET /v1/tasks/{id}"},sP=["SUCCEEDED","FAILED","CANCELLED"];function Uh(e){return cr(e),{Authorization:`Bearer ${e.apiKey}`,"X-Runway-Version":oP}}function qh(e){return xt(Mh,"GET",`${Ge(e.baseUrl,zh)}/v1/organization`,Uh(e))}var aP=qh,cP=qh;function uP(e,t){let{startDate:r,beforeDate:n}=Vt(t);return xt(j2,"POST",`${Ge(e.baseUrl,zh)}/v1/organization/usage`,Uh(e),{startDate:r,beforeDate:n})}function lP(e,t){let r=Dr(t,"a Runway task id");return xt(Lh,"GET",`${Ge(e.baseUrl,zh)}/v1/tasks/${cn(r)}`,Uh(e))}var B2=P.number().int().nonnegative().nullable(),V2=P.object({creditBalance:Ee,tier:P.object({maxMonthlyCreditSpend:P.number(),models:P.record(P.string(),P.object({maxConcurrentGenerations:B2,maxDailyGenerations:B2}))}),usage:P.object({models:P.record(P.string(),P.object({dailyGenerations:P.number().int().nonnegative()}))}).optional()}),dP=V2.pick({creditBalance:!0}),pP=Ue({...Mh,schema:dP,map:({creditBalance:e})=>({provider:"runway",credits:e,currency:"credits"})}),fP=Ue({...Mh,schema:V2,map:({tier:e,usage:t})=>{let r=t?.models??{},n=[...new Set([...Object.keys(e.models),...Object.keys(r)])].sort();return{maxMonthlyCreditSpend:e.maxMonthlyCreditSpend,models:Object.fromEntries(n.map(i=>[i,{maxConcurrentGenerations:e.models[i]?.maxConcurrentGenerations??null,maxDailyGenerations:e.models[i]?.maxDailyGenerations??null,dailyGenerationsUsed:r[i]?.dailyGenerations??0}]))}}}),mP=P.object({results:P.array(P.object({date:P.string().refine(ui,"expected a date as YYYY-MM-DD"),usedCredits:P.array(P.object({model:P.string(),amount:Ee}))}))}),hP=Ue({...j2,schema:mP,map:({results:e})=>{let t=e.flatMap(({date:r,usedCredits:n})=>n.map(({model:i,amount:o})=>({date:r,model:i,credits:o})));return{provider:"runway",days:Nr(t),source:"runway POST /v1/organization/usage"}}}),Z2=P.object({credits:Ee}).nullable().optional(),gP=P.object({id:P.string(),status:P.string(),cost:Z2,estimatedCost:Z2}),bP=Ue({...Lh,schema:gP,map:e=>{let t="runway GET /v1/tasks/{id}";if(!sP.includes(e.status))return{provider:"runway",id:e.id,state:"pending",status:e.status,...e.estimatedCost?{estimatedCredits:e.estimatedCost.credits}:{},source:t};if(!e.cost)throw Me(Lh,`missing field cost.credits (the task is ${e.status})`);return{provider:"runway",id:e.id,state:"finished",status:e.status,credits:e.cost.credits,source:t}}});function G2(e){let{transport:t,...r}=e;return qh(r),Object.freeze({getBalance:()=>qe(t,aP(r),pP),getUsage:n=>qe(t,uP(r,n),hP),getTierLimits:()=>qe(t,cP(r),fP),getTaskCost:async n=>qe(t,lP(r,n),bP)})}var ur=["runway","runware","fal","runpod"],lr={runway:"RUNWAYML_API_SECRET",runware:"RUNWARE_API_KEY",fal:"FAL_KEY",runpod:"RUNPOD_API_KEY"},pi=12e4;function K2(e,t){let{apiKey:r,transport:n,baseUrl:i,restBaseUrl:o,contentBaseUrl:s,uuid:a}=t,u={apiKey:r,transport:n,...i?{baseUrl:i}:{}};switch(e){case"runway":{let c=G2(u);return{getBalance:c.getBalance,getUsage:c.getUsage,getTierLimits:c.getTierLimits}}case"runware":{let c=q2({...u,uuid:a,...s?{contentBaseUrl:s}:{}});return{getBalance:c.getBalance,getUsage:c.getUsage}}case"fal":{let c=_2(u);return{getBalance:c.getBalance,getUsage:c.getUsage}}case"runpod":{let c=O2({...u,...o?{restBaseUrl:o}:{}});return{getBalance:c.getBalance,getUsage:c.getUsage}}}}function Bh(e,t){let r=t[lr[e]]?.trim();if(!r)return;let n=H2(e),i=c=>t[n[c]]?.trim()||void 0,[o,s,a,u]=[i("baseUrl"),i("restBaseUrl"),i("contentBaseUrl"),i("serverlessBaseUrl")];return{apiKey:r,...o?{baseUrl:o}:{},...s?{restBaseUrl:s}:{},...a?{contentBaseUrl:a}:{},...u?{serverlessBaseUrl:u}:{},settingNames:n}}function H2(e){let t=r=>`GENSPEND_${e.toUpperCase()}_${r}`;return{baseUrl:t("BASE_URL"),restBaseUrl:t("REST_BASE_URL"),contentBaseUrl:t("CONTENT_BASE_URL"),serverlessBaseUrl:t("SERVERLESS_BASE_URL")}}function W2(e,t,r={}){let n=r[t.option]??`\`${t.option}\``;return`${e}: ${n} must be ${t.expected}, got ${t.got}${t.fix?` (fix: ${t.fix})`:""}`}async function Zh(e,t,r){try{let n=wP(t.deadlineMs??pi,t.now??Date.now),i=K2(e,{...t,transport:xP(t.transport,n)}),o=Math.round((Date.parse(r.beforeDate)-Date.parse(r.startDate))/864e5),[s,a,u]=await Promise.all([(async()=>i.getBalance())(),(async()=>i.getUsage(r))().catch(c=>{if(lh(c)&&c.kind!=="auth")return c.message;throw c}),(async()=>i.getTierLimits?.())()]);return{provider:e,balance:s,...typeof a=="string"?{usageError:a}:{usage:a,...$h(s,a,o)},...u?{limits:u}:{}}}catch(n){return vP(e,n,t)}}function vP(e,t,r){if(lh(t))return{provider:e,error:{kind:t.kind,message:t.message}};if(t instanceof ai){let n=W2(e,t,r.settingNames);return{provider:e,error:{kind:"configuration",message:uc(n,[r.apiKey])}}}if(t instanceof TypeError||t instanceof RangeError)return{provider:e,error:{kind:"configuration",message:`${e}: ${uc(t.message,[r.apiKey])}`}};throw t}function wP(e,t){if(!Number.isInteger(e)||e<=0)throw new TypeError(`Expected \`deadlineMs\` to be a positive integer, got ${String(e)}.`);let r=t()+e;return{seconds:e/1e3,remainingMs:()=>r-t()}}function xP(e,t){return(r,n)=>t.remainingMs()<=0?Promise.reject(Or(t)):e(r,{...n,deadline:t})}var X2=(e,t)=>!!e[lr[t]]?.trim();function jh(e,t,r){if(!e||e.length===0){let o=ur.filter(s=>X2(t,s));if(o.length===0)throw new J(r.noKeys,void 0,r.giveKeys(ur.map(s=>lr[s])));return o}let n=[...new Set(e)],i=n.filter(o=>!X2(t,o));if(i.length)throw new J(`no key for ${i.join(", ")}${r.namedIn?`, ${r.namedIn}`:""}`,void 0,r.giveKeys(i.map(o=>lr[o])));return n}async function Vh(e,t){let{env:r,transport:n,uuid:i,deadlineMs:o,window:s,catalog:a,thresholds:u,estimate:c}=t;return Promise.all(e.map(async l=>oh(await Zh(l,{...Bh(l,r),transport:n,uuid:i,deadlineMs:o},s),{catalog:a,thresholds:u,...c?{estimate:c}:{}})))}var kP="**/genspend.yml";var Ft=class extends J{},Gh=e=>JSON.stringify(e.length>60?`${e.slice(0,60)}\u2026`:e);function J2(e,t,r,n){if(t==="")return n;if(r.includes(t))return t;throw new Ft(`input \`${e}\` must be one of ${r.join(", ")}, got ${Gh(t)}`)}function Kh(e,t,r){if(t==="")return;let n=eh(t);if(n===null)throw new Ft(`input \`${e}\` must be ${Qm} (${r}), got ${Gh(t)}`);return n}function Y2(e){let t=e.split(/\r?\n/).map(r=>r.trim()).filter(Boolean);if(t.length===0)return[kP];for(let r of t){let n=r.replace(/^!/,"");if(n.startsWith("/")||/^[A-Za-z]:/.test(n)||n.split(/[\\/]/).includes(".."))throw new Ft(`input \`manifests\`: ${Gh(r)} points outside the workspace; give globs relative to the repository root`)}return t}function Q2(e){let t=[];return{get:r=>e(r).trim(),check(r,n){try{return r()}catch(i){if(!(i instanceof Ft))throw i;return t.push(i),n}},done(){if(t.length===1)throw t[0];if(t.length)throw new Mt(t)}}}function ev(e){let t=e.split(/[\s,]+/).map(r=>r.trim().toLowerCase()).filter(Boolean);for(let r of t)if(!ur.includes(r))throw new Ft(`input \`providers\`: unknown provider ${JSON.stringify(r.slice(0,60))} (use ${ur.join(", ")})`);return t.length?[...new Set(t)]:void 0}function tv(e){if(e==="")return pi;if(!/^\d{1,4}$/.test(e)||Number(e)<1||Number(e)>3600)throw new Ft(`input \`deadline\` must be a whole number of seconds from 1 to 3600, got ${JSON.stringify(e.slice(0,60))}`);return Number(e)*1e3}var dN=Object.freeze({file:qm,explicit:!1});import{closeSync as $P,constants as Hh,fstatSync as _P,lstatSync as AP,openSync as SP,readSync as PP,realpathSync as rv,statSync as RP}from"node:fs";import{isAbsolute as EP,relative as IP,resolve as Wh}from"node:path";var TP=Hh.O_RDONLY|(Hh.O_NONBLOCK??0)|(Hh.O_NOFOLLOW??0);function Xh(e,t){let r=IP(e,t);return r===""||!r.startsWith("..")&&!EP(r)}function nv(e,t,r){return OP(e,t,NP(Wh(e,t),t,r),r)}function OP(e,t,r,n){if(!Xh(n.realRoot??rv.native(e),r)){let o=Xh(Wh(e),Wh(e,t))?"is a link to a file outside":"is outside";throw new J(`${o} ${n.rootName}`,{file:t},`genspend reads only files inside ${n.rootName}: copy the manifest in (a link must point inside too)`)}let i;try{i=SP(r,TP)}catch(o){throw av(o,t,LP(r))}try{let o=_P(i);if(o.isDirectory())throw new J("is a directory, not a manifest",{file:t},`name the file inside it, e.g. ${t.replace(/\/$/,"")}/genspend.yml`);if(!o.isFile())throw sv(t,o);if(o.size>n.maxBytes)throw Yh(t,`is ${o.size} bytes,`,n);return DP(i,o.size,t,n)}finally{$P(i)}}function Jh(e,t,r){return ov(nv(e,t,r),t,r)}function iv(e,t,r){if(e>r.maxBytes)throw Yh(t,`is ${e} bytes,`,r)}function ov(e,t,r){iv(e.length,t,r);try{return CP.decode(e)}catch{throw new J("file is binary, not UTF-8 YAML text",{file:t},r.binaryFix)}}var CP=new TextDecoder("utf-8",{fatal:!0});function DP(e,t,r,n){let i=n.maxBytes+1,o=Buffer.allocUnsafe(Math.min(i,t>0?t+1:8*1024)),s=0;for(;;){if(s===o.length){if(s===i)break;let c=Buffer.allocUnsafe(Math.min(i,o.length*2));o.copy(c,0,0,s),o=c}let a=o.length-s,u=PP(e,o,s,a,null);if(u===0||(s+=u,u<a&&t>0&&s===t))break}if(s>n.maxBytes)throw Yh(r,"is",n);return o.subarray(0,s)}function NP(e,t,r){try{return rv.native(e)}catch(n){if(FP(e))throw new J("is a link to a file that does not exist",{file:t},"point the link at a manifest, or name the manifest itself");let i=n.code;throw i==="ENOENT"||i==="ENOTDIR"?new J("no such file",{file:t},`check the path (it is relative to ${r.rootName})`):av(n,t,void 0)}}function sv(e,t){let r=t.isFIFO()?"a FIFO":t.isSocket()?"a socket":t.isCharacterDevice()||t.isBlockDevice()?"a device":"not a regular file";return new J(`is ${r}, not a manifest file`,{file:e},"point genspend at a YAML manifest")}function av(e,t,r){if(r&&!r.isFile()&&!r.isDirectory())return sv(t,r);let n=e.code??"an error";return new J(`cannot read it (${n})`,{file:t},"check that the file is readable")}function Yh(e,t,r){return new J(`file ${t} over the ${r.maxBytes}-byte limit`,{file:e},r.splitFix)}function FP(e){try{return AP(e).isSymbolicLink()}catch{return!1}}function LP(e){try{return RP(e)}catch{return}}import*as pg from"node:fs";import{realpathSync as Zv}from"node:fs";import{join as yE,relative as jv,resolve as vE,sep as hi}from"node:path";import{createRequire as zP}from"module";import{basename as MP,dirname as eg,normalize as UP,relative as qP,resolve as BP,sep as lv}from"path";import*as ZP from"fs";var cv=zP(import.meta.url);function jP(e){let t=UP(e);return t.length>1&&t[t.length-1]===lv&&(t=t.substring(0,t.length-1)),t}var VP=/[\\/]/g;function dv(e,t){return e.replace(VP,t)}var GP=/^[a-z]:[\\/]$/i;function KP(e){return e==="/"||GP.test(e)}function Qh(e,t){let{resolvePaths:r,normalizePath:n,pathSeparator:i}=t,o=process.platform==="win32"&&e.includes("/")||e.startsWith(".");if(r&&(e=BP(e)),(n||o)&&(e=jP(e)),e===".")return"";let s=e[e.length-1]!==i;return dv(s?e+i:e,i)}function pv(e,t){return t+e}function HP(e,t){return function(r,n){return n.startsWith(e)?n.slice(e.length)+r:dv(qP(e,n),t.pathSeparator)+t.pathSeparator+r}}function WP(e){return e}function XP(e,t,r){return t+e+r}function JP(e,t){let{relativePaths:r,includeBasePath:n}=t;return r&&e?HP(e,t):n?pv:WP}function YP(e){return function(t,r){r.push(t.substring(e.length)||".")}}function QP(e){return function(t,r,n){let i=t.substring(e.length)||".";n.every(o=>o(i,!0))&&r.push(i)}}var eR=(e,t)=>{t.push(e||".")},tR=(e,t,r)=>{let n=e||".";r.every(i=>i(n,!0))&&t.push(n)},rR=()=>{};function nR(e,t){let{includeDirs:r,filters:n,relativePaths:i}=t;return r?i?n&&n.length?QP(e):YP(e):n&&n.length?tR:eR:rR}var iR=(e,t,r,n)=>{n.every(i=>i(e,!1))&&r.files++},oR=(e,t,r,n)=>{n.every(i=>i(e,!1))&&t.push(e)},sR=(e,t,r,n)=>{r.files++},aR=(e,t)=>{t.push(e)},cR=()=>{};function uR(e){let{excludeFiles:t,filters:r,onlyCounts:n}=e;return t?cR:r&&r.length?n?iR:oR:n?sR:aR}var lR=e=>e,dR=()=>[""].slice(0,0);function pR(e){return e.group?dR:lR}var fR=(e,t,r)=>{e.push({directory:t,files:r,dir:t})},mR=()=>{};function hR(e){return e.group?fR:mR}var gR=function(e,t,r){let{queue:n,fs:i,options:{suppressErrors:o}}=t;n.enqueue(),i.realpath(e,(s,a)=>{if(s)return n.dequeue(o?null:s,t);i.stat(a,(u,c)=>{if(u)return n.dequeue(o?null:u,t);if(c.isDirectory()&&fv(e,a,t))return n.dequeue(null,t);r(c,a),n.dequeue(null,t)})})},bR=function(e,t,r){let{queue:n,fs:i,options:{suppressErrors:o}}=t;n.enqueue();try{let s=i.realpathSync(e),a=i.statSync(s);if(a.isDirectory()&&fv(e,s,t))return;r(a,s)}catch(s){if(!o)throw s}};function yR(e,t){return!e.resolveSymlinks||e.excludeSymlinks?null:t?bR:gR}function fv(e,t,r){if(r.options.useRealPaths)return vR(t,r);let n=eg(e),i=1;for(;n!==r.root&&i<2;){let o=r.symlinks.get(n);!!o&&(o===t||o.startsWith(t)||t.startsWith(o))?i++:n=eg(n)}return r.symlinks.set(e,t),i>1}function vR(e,t){return t.visited.includes(e+t.options.pathSeparator)}var wR=e=>e.counts,xR=e=>e.groups,kR=e=>e.paths,$R=e=>e.paths.slice(0,e.options.maxFiles),_R=(e,t,r)=>($c(t,r,e.counts,e.options.suppressErrors),null),AR=(e,t,r)=>($c(t,r,e.paths,e.options.suppressErrors),null),SR=(e,t,r)=>($c(t,r,e.paths.slice(0,e.options.maxFiles),e.options.suppressErrors),null),PR=(e,t,r)=>($c(t,r,e.groups,e.options.suppressErrors),null);function $c(e,t,r,n){t(e&&!n?e:null,r)}function RR(e,t){let{onlyCounts:r,group:n,maxFiles:i}=e;return r?t?wR:_R:n?t?xR:PR:i?t?$R:SR:t?kR:AR}var mv={withFileTypes:!0},ER=(e,t,r,n,i)=>{if(e.queue.enqueue(),n<0)return e.queue.dequeue(null,e);let{fs:o}=e;e.visited.push(t),e.counts.directories++,o.readdir(t||".",mv,(s,a=[])=>{i(a,r,n),e.queue.dequeue(e.options.suppressErrors?null:s,e)})},IR=(e,t,r,n,i)=>{let{fs:o}=e;if(n<0)return;e.visited.push(t),e.counts.directories++;let s=[];try{s=o.readdirSync(t||".",mv)}catch(a){if(!e.options.suppressErrors)throw a}i(s,r,n)};function TR(e){return e?IR:ER}var OR=class{count=0;constructor(e){this.onQueueEmpty=e}enqueue(){return this.count++,this.count}dequeue(e,t){this.onQueueEmpty&&(--this.count<=0||e)&&(this.onQueueEmpty(e,t),e&&(t.controller.abort(),this.onQueueEmpty=void 0))}},CR=class{_files=0;_directories=0;set files(e){this._files=e}get files(){return this._files}set directories(e){this._directories=e}get directories(){return this._directories}get dirs(){return this._directories}},DR=class{aborted=!1;abort(){this.aborted=!0}},hv=class{root;isSynchronous;state;joinPath;pushDirectory;pushFile;getArray;groupFiles;resolveSymlink;walkDirectory;callbackInvoker;constructor(e,t,r){this.isSynchronous=!r,this.callbackInvoker=RR(t,this.isSynchronous),this.root=Qh(e,t),this.state={root:KP(this.root)?this.root:this.root.slice(0,-1),paths:[""].slice(0,0),groups:[],counts:new CR,options:t,queue:new OR((n,i)=>this.callbackInvoker(i,n,r)),symlinks:new Map,visited:[""].slice(0,0),controller:new DR,fs:t.fs||ZP},this.joinPath=JP(this.root,t),this.pushDirectory=nR(this.root,t),this.pushFile=uR(t),this.getArray=pR(t),this.groupFiles=hR(t),this.resolveSymlink=yR(t,this.isSynchronous),this.walkDirectory=TR(this.isSynchronous)}start(){return this.pushDirectory(this.root,this.state.paths,this.state.options.filters),this.walkDirectory(this.state,this.root,this.root,this.state.options.maxDepth,this.walk),this.isSynchronous?this.callbackInvoker(this.state,null):null}walk=(e,t,r)=>{let{paths:n,options:{filters:i,resolveSymlinks:o,excludeSymlinks:s,exclude:a,maxFiles:u,signal:c,useRealPaths:l,pathSeparator:p},controller:f}=this.state;if(f.aborted||c&&c.aborted||u&&n.length>u)return;let h=this.getArray(this.state.paths);for(let b=0;b<e.length;++b){let g=e[b];if(g.isFile()||g.isSymbolicLink()&&!o&&!s){let k=this.joinPath(g.name,t);this.pushFile(k,h,this.state.counts,i)}else if(g.isDirectory()){let k=XP(g.name,t,this.state.options.pathSeparator);if(a&&a(g.name,k))continue;this.pushDirectory(k,n,i),this.walkDirectory(this.state,k,k,r-1,this.walk)}else if(this.resolveSymlink&&g.isSymbolicLink()){let k=pv(g.name,t);this.resolveSymlink(k,this.state,(v,w)=>{if(v.isDirectory()){if(w=Qh(w,this.state.options),a&&a(g.name,l?w:k+p))return;this.walkDirectory(this.state,w,l?w:k+p,r-1,this.walk)}else{w=l?w:k;let _=MP(w),F=Qh(eg(w),this.state.options);w=this.joinPath(_,F),this.pushFile(w,h,this.state.counts,i)}})}}this.groupFiles(this.state.groups,t,h)}};function NR(e,t){return new Promise((r,n)=>{gv(e,t,(i,o)=>{if(i)return n(i);r(o)})})}function gv(e,t,r){new hv(e,t,r).start()}function FR(e,t){return new hv(e,t).start()}var uv=class{constructor(e,t){this.root=e,this.options=t}withPromise(){return NR(this.root,this.options)}withCallback(e){gv(this.root,this.options,e)}sync(){return FR(this.root,this.options)}},bv=null;try{cv.resolve("picomatch"),bv=cv("picomatch")}catch{}var yv=class{globCache={};options={maxDepth:1/0,suppressErrors:!0,pathSeparator:lv,filters:[]};globFunction;constructor(e){this.options={...this.options,...e},this.globFunction=this.options.globFunction}group(){return this.options.group=!0,this}withPathSeparator(e){return this.options.pathSeparator=e,this}withBasePath(){return this.options.includeBasePath=!0,this}withRelativePaths(){return this.options.relativePaths=!0,this}withDirs(){return this.options.includeDirs=!0,this}withMaxDepth(e){return this.options.maxDepth=e,this}withMaxFiles(e){return this.options.maxFiles=e,this}withFullPaths(){return this.options.resolvePaths=!0,this.options.includeBasePath=!0,this}withErrors(){return this.options.suppressErrors=!1,this}withSymlinks({resolvePaths:e=!0}={}){return this.options.resolveSymlinks=!0,this.options.useRealPaths=e,this.withFullPaths()}withAbortSignal(e){return this.options.signal=e,this}normalize(){return this.options.normalizePath=!0,this}filter(e){return this.options.filters.push(e),this}onlyDirs(){return this.options.excludeFiles=!0,this.options.includeDirs=!0,this}exclude(e){return this.options.exclude=e,this}onlyCounts(){return this.options.onlyCounts=!0,this}crawl(e){return new uv(e||".",this.options)}withGlobFunction(e){return this.globFunction=e,this}crawlWithOptions(e,t){return this.options={...this.options,...t},new uv(e||".",this.options)}glob(...e){return this.globFunction?this.globWithOptions(e):this.globWithOptions(e,{dot:!0})}globWithOptions(e,...t){let r=this.globFunction||bv;if(!r)throw new Error("Please specify a glob function to use glob matching.");var n=this.globCache[e.join("\0")];return n||(n=r(e,...t),this.globCache[e.join("\0")]=n),this.options.filters.push(i=>n(i)),this}};var dg=rw(Bv()),wE=new Set(["node_modules",".git"]),xE=["**/node_modules/**","**/.git/**"];function fg(e,t=[]){if(e.length===0)return()=>!1;let r=o=>o.map(s=>s.replace(/^(?:\.\/)+/,"")),n=(0,dg.default)(r(e)),i=(0,dg.default)([...xE,...r(t)]);return o=>n(o)&&!i(o)}async function mg(e,t,r=[]){return(await Vv(e,t,r)).map(n=>n.path)}async function Vv(e,t,r=[]){let n=fg(t,r),i=[],o=await new yv({fs:kE(i)}).withRelativePaths().withPathSeparator("/").exclude(h=>wE.has(h)).filter(h=>n(h)).crawl(e).withPromise();o.sort();let s;try{s=Zv.native(e)}catch{return o.map(h=>({path:h}))}let a=new Set(i.map(h=>jv(e,h).split(hi).join("/"))),u=s.endsWith(hi)?s:s+hi,c=h=>u+(hi==="/"?h:h.replaceAll("/",hi)),l=new Set(o.filter(h=>!a.has(h))),p=[],f=new Set;for(let h of o){if(l.has(h)){p.push({path:h,real:c(h)});continue}let b;try{b=Zv.native(vE(e,h))}catch{p.push({path:h});continue}let g=jv(s,b);!g.startsWith("..")&&l.has(g.split(hi).join("/"))||f.has(b)||(f.add(b),p.push({path:h,real:b}))}return p}function kE(e){let t=(a,u,c)=>pg.readdir(a,u,(l,p)=>{for(let f of p??[])f.isSymbolicLink()&&e.push(yE(a,f.name));c(l,p)}),{readdirSync:r,realpath:n,realpathSync:i,stat:o,statSync:s}=pg;return{readdir:t,readdirSync:r,realpath:n,realpathSync:i,stat:o,statSync:s}}function $E(e){let t=e.filter(n=>!n.startsWith("!")),r=e.filter(n=>n.startsWith("!")).map(n=>n.slice(1));return{include:t,exclude:r}}async function Gv(e,t){let{include:r,exclude:n}=$E(t);return r.length===0?[]:mg(e,r,n)}var _E={maxBytes:$i,rootName:"the repository",splitFix:"split it into several manifests (the `manifests` input takes globs)",binaryFix:"point the `manifests` input at YAML manifests"};function Kv(e,t){return Gm(t.map(r=>({file:r,read:()=>Jh(e,r,_E)})))}async function hg(e,t){try{await e.writeSummary(t)}catch(r){e.warning(`genspend: could not write the job summary: ${r.message}`)}}async function Hv(e,t,r){let n,i=Ko(t);if(i){n=i.map(o=>o.format()).join(`
`);for(let o of i.slice(0,10))o.where?.line!==void 0&&r(o.where.file)&&e.error(o.format(),{title:"genspend",file:o.where.file,startLine:o.where.line})}else n=`internal error: ${t instanceof Error?t.message:String(t)}. Please report it with this log.`,t instanceof Error&&t.stack&&e.debug(t.stack);return await hg(e,["## genspend could not run","",...n.split(`
`).map(o=>`- ${ti(o)}`),""].join(`
`)),{verdict:"error",message:`genspend could not run: ${n}`}}var IE=["low","critical","never"];function gg(e,t,r,n){if(t==="")return r;if(!/^\d{1,4}$/.test(t)||Number(t)>n)throw new Ft(`input \`${e}\` must be a whole number from 0 to ${n}, got ${JSON.stringify(t.slice(0,60))}`);return Number(t)}function TE(e){let{get:t,check:r,done:n}=Q2(e),i=r(()=>{let p=gg("days",t("days"),30,90);if(p===0)throw new Ft('input `days` must be a whole number from 1 to 90, got "0"');return p},30),o=r(()=>gg("low-days",t("low-days"),Po.lowDays.toNumber(),3650),0),s=r(()=>gg("critical-days",t("critical-days"),Po.criticalDays.toNumber(),3650),0);r(()=>{if(s>o)throw new Ft(`input \`critical-days\` (${s}) must not be more than \`low-days\` (${o})`)},void 0);let a=r(()=>tv(t("deadline")),pi),u=r(()=>Kh("low-balance",t("low-balance"),"USD"),void 0),c=r(()=>Kh("critical-balance",t("critical-balance"),"USD"),void 0),l={manifests:r(()=>Y2(e("manifests")),[]),providers:r(()=>ev(t("providers")),void 0),days:i,thresholds:{lowDays:ae(o),criticalDays:ae(s),...u?{lowBalanceUsd:u}:{},...c?{criticalBalanceUsd:c}:{}},failOn:r(()=>J2("fail-on",t("fail-on"),IE,"low"),"low"),deadlineMs:a};return n(),l}async function tF(e){let{toolkit:t,env:r}=e,n=r.GITHUB_WORKSPACE||e.cwd;try{let i=TE(p=>t.getInput(p)),o=p=>p.map(f=>`${f}: \${{ secrets.${f} }}`).join(", "),s=jh(i.providers,r,{noKeys:"mode `balance` found no provider key in the environment",namedIn:"named in the `providers` input",giveKeys:p=>i.providers?`add to the step's \`env:\` ${o(p)}`:`pass the keys of the accounts to check as \`env:\` of the step, e.g. ${o([lr.runway])}`});for(let p of s)t.setSecret(r[lr[p]].trim());let a=await OE(n,i.manifests,t),u=e.now().toISOString().slice(0,10),c=await Vh(s,{env:r,transport:e.transport??kh({fetch:globalThis.fetch,sleep:p=>EE(p)}),uuid:e.uuid,deadlineMs:i.deadlineMs,window:_h(u,i.days),catalog:oc(),thresholds:i.thresholds,...a?{estimate:a}:{}}),l={reports:c,status:sh(c),asOf:u,burnWindowDays:i.days,...a?{estimate:a}:{}};for(let p of c)t.info(`genspend: ${p.provider}: ${CE(p)}`);return NE(t,l,DE(r.RUNNER_TEMP||"",l)),await hg(t,uh(l)),FE(c,t),LE(l,i.failOn)}catch(i){return Hv(t,i,o=>e.exists(RE(n,o)))}}async function OE(e,t,r){let n=await Gv(e,t);if(n.length===0){r.info(`genspend: no manifest matches ${t.join(", ")}: days left at the observed burn only`);return}return r.info(`genspend: planned spend from ${n.length} manifest(s): ${n.join(", ")}`),Ym(Kv(e,n),oc())}function CE(e){if(e.error||!e.forecast)return`could not read: ${e.error?.message??"no answer"}`;let t=e.forecast,r=Pt(t.daysLeft);return[t.status.toUpperCase(),`balance ${Ne(t.balanceUsd)}`,t.burnPerDayUsd?`burn ${Ne(t.burnPerDayUsd)}/day`:"burn unknown",...r!==null?[`${r} days left`]:[],...t.reasons].join("; ")}function DE(e,t){let r=Wv(AE(Wv(e||PE(),"genspend-")),"balance.json");return SE(r,JSON.stringify(ch(t),null,2)+`
`),r}function NE(e,t,r){let n={};for(let i of t.reports)i.forecast&&(n[i.provider]=i.forecast.balanceUsd.toFixed());e.setOutput("status",t.status),e.setOutput("days-left",Pt(ni(t.reports))??""),e.setOutput("balances",JSON.stringify(n));for(let i of ur)e.setOutput(`${i}-balance`,n[i]??"");e.setOutput("report-path",r)}function FE(e,t){for(let r of e)r.error||!r.forecast?t.error(`${r.provider}: could not read the account: ${r.error?.message??"no answer"}`,{title:"genspend balance"}):r.forecast.status==="critical"?t.error(`${r.provider}: ${r.forecast.reasons.join("; ")}`,{title:"genspend balance: critical"}):r.forecast.status==="low"&&t.warning(`${r.provider}: ${r.forecast.reasons.join("; ")}`,{title:"genspend balance: low"})}function LE(e,t){let{status:r,reports:n}=e;if(r==="error"){let s=n.filter(a=>a.error).map(a=>`${a.provider}: ${a.error.message}`);return{verdict:"error",message:`genspend could not read ${s.length===1?"an account":"accounts"}: ${s.join("; ")}`}}if(r==="ok")return{verdict:"pass"};if(!(t==="low"||t==="critical"&&r==="critical"))return{verdict:"warn"};let o=n.filter(s=>s.forecast&&s.forecast.status!=="ok").map(s=>`${s.provider} ${s.forecast.status} (${s.forecast.reasons.join("; ")})`);return{verdict:"fail",message:`genspend: balance ${r}: ${o.join("; ")}`}}export{IE as FAIL_ON,tF as balanceMode,TE as readBalanceInputs};
//# sourceMappingURL=balance.js.map
