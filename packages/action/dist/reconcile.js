import { createRequire as __genspendCreateRequire } from 'node:module'; const require = __genspendCreateRequire(import.meta.url);
var cw=Object.create;var Lc=Object.defineProperty;var uw=Object.getOwnPropertyDescriptor;var lw=Object.getOwnPropertyNames;var dw=Object.getPrototypeOf,pw=Object.prototype.hasOwnProperty;var dn=(e,t)=>()=>{try{return t||e((t={exports:{}}).exports,t),t.exports}catch(r){throw t=0,r}},Qt=(e,t)=>{for(var r in t)Lc(e,r,{get:t[r],enumerable:!0})},fw=(e,t,r,n)=>{if(t&&typeof t=="object"||typeof t=="function")for(let i of lw(t))!pw.call(e,i)&&i!==r&&Lc(e,i,{get:()=>t[i],enumerable:!(n=uw(t,i))||n.enumerable});return e};var mw=(e,t,r)=>(r=e!=null?cw(dw(e)):{},fw(t||!e||!e.__esModule?Lc(r,"default",{value:e,enumerable:!0}):r,e));var To=dn((rF,Dv)=>{"use strict";var Iv="[^\\\\/]",dE="(?=.)",Tv="[^/]",rg="(?:\\/|$)",Ov="(?:^|\\/)",ng=`\\.{1,2}${rg}`,pE="(?!\\.)",fE=`(?!${Ov}${ng})`,mE=`(?!\\.{0,1}${rg})`,hE=`(?!${ng})`,gE="[^.\\/]",bE=`${Tv}*?`,yE="/",Cv={DOT_LITERAL:"\\.",PLUS_LITERAL:"\\+",QMARK_LITERAL:"\\?",SLASH_LITERAL:"\\/",ONE_CHAR:dE,QMARK:Tv,END_ANCHOR:rg,DOTS_SLASH:ng,NO_DOT:pE,NO_DOTS:fE,NO_DOT_SLASH:mE,NO_DOTS_SLASH:hE,QMARK_NO_DOT:gE,STAR:bE,START_ANCHOR:Ov,SEP:yE},vE={...Cv,SLASH_LITERAL:"[\\\\/]",QMARK:Iv,STAR:`${Iv}*?`,DOTS_SLASH:"\\.{1,2}(?:[\\\\/]|$)",NO_DOT:"(?!\\.)",NO_DOTS:"(?!(?:^|[\\\\/])\\.{1,2}(?:[\\\\/]|$))",NO_DOT_SLASH:"(?!\\.{0,1}(?:[\\\\/]|$))",NO_DOTS_SLASH:"(?!\\.{1,2}(?:[\\\\/]|$))",QMARK_NO_DOT:"[^.\\\\/]",START_ANCHOR:"(?:^|[\\\\/])",END_ANCHOR:"(?:[\\\\/]|$)",SEP:"\\"},wE={__proto__:null,alnum:"a-zA-Z0-9",alpha:"a-zA-Z",ascii:"\\x00-\\x7F",blank:" \\t",cntrl:"\\x00-\\x1F\\x7F",digit:"0-9",graph:"\\x21-\\x7E",lower:"a-z",print:"\\x20-\\x7E ",punct:"\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",space:" \\t\\r\\n\\v\\f",upper:"A-Z",word:"A-Za-z0-9_",xdigit:"A-Fa-f0-9"};Dv.exports={DEFAULT_MAX_EXTGLOB_RECURSION:0,MAX_LENGTH:1024*64,POSIX_REGEX_SOURCE:wE,REGEX_BACKSLASH:/\\(?![*+?^${}(|)[\]])/g,REGEX_NON_SPECIAL_CHARS:/^[^@![\].,$*+?^{}()|\\/]+/,REGEX_SPECIAL_CHARS:/[-*+?.^${}(|)[\]]/,REGEX_SPECIAL_CHARS_BACKREF:/(\\?)((\W)(\3*))/g,REGEX_SPECIAL_CHARS_GLOBAL:/([-*+?.^${}(|)[\]])/g,REGEX_REMOVE_BACKSLASH:/(?:\[.*?[^\\]\]|\\(?=.))/g,REPLACEMENTS:{__proto__:null,"***":"*","**/**":"**","**/**/**":"**"},CHAR_0:48,CHAR_9:57,CHAR_UPPERCASE_A:65,CHAR_LOWERCASE_A:97,CHAR_UPPERCASE_Z:90,CHAR_LOWERCASE_Z:122,CHAR_LEFT_PARENTHESES:40,CHAR_RIGHT_PARENTHESES:41,CHAR_ASTERISK:42,CHAR_AMPERSAND:38,CHAR_AT:64,CHAR_BACKWARD_SLASH:92,CHAR_CARRIAGE_RETURN:13,CHAR_CIRCUMFLEX_ACCENT:94,CHAR_COLON:58,CHAR_COMMA:44,CHAR_DOT:46,CHAR_DOUBLE_QUOTE:34,CHAR_EQUAL:61,CHAR_EXCLAMATION_MARK:33,CHAR_FORM_FEED:12,CHAR_FORWARD_SLASH:47,CHAR_GRAVE_ACCENT:96,CHAR_HASH:35,CHAR_HYPHEN_MINUS:45,CHAR_LEFT_ANGLE_BRACKET:60,CHAR_LEFT_CURLY_BRACE:123,CHAR_LEFT_SQUARE_BRACKET:91,CHAR_LINE_FEED:10,CHAR_NO_BREAK_SPACE:160,CHAR_PERCENT:37,CHAR_PLUS:43,CHAR_QUESTION_MARK:63,CHAR_RIGHT_ANGLE_BRACKET:62,CHAR_RIGHT_CURLY_BRACE:125,CHAR_RIGHT_SQUARE_BRACKET:93,CHAR_SEMICOLON:59,CHAR_SINGLE_QUOTE:39,CHAR_SPACE:32,CHAR_TAB:9,CHAR_UNDERSCORE:95,CHAR_VERTICAL_LINE:124,CHAR_ZERO_WIDTH_NOBREAK_SPACE:65279,extglobChars(e){return{"!":{type:"negate",open:"(?:(?!(?:",close:`))${e.STAR})`},"?":{type:"qmark",open:"(?:",close:")?"},"+":{type:"plus",open:"(?:",close:")+"},"*":{type:"star",open:"(?:",close:")*"},"@":{type:"at",open:"(?:",close:")"}}},globChars(e){return e===!0?vE:Cv}}});var Oo=dn($t=>{"use strict";var{REGEX_BACKSLASH:xE,REGEX_REMOVE_BACKSLASH:kE,REGEX_SPECIAL_CHARS:$E,REGEX_SPECIAL_CHARS_GLOBAL:_E}=To();$t.isObject=e=>e!==null&&typeof e=="object"&&!Array.isArray(e);$t.hasRegexChars=e=>$E.test(e);$t.isRegexChar=e=>e.length===1&&$t.hasRegexChars(e);$t.escapeRegex=e=>e.replace(_E,"\\$1");$t.toPosixSlashes=e=>e.replace(xE,"/");$t.isWindows=()=>{if(typeof navigator<"u"&&navigator.platform){let e=navigator.platform.toLowerCase();return e==="win32"||e==="windows"}return typeof process<"u"&&process.platform?process.platform==="win32":!1};$t.removeBackslashes=e=>e.replace(kE,t=>t==="\\"?"":t);$t.escapeLast=(e,t,r)=>{let n=e.lastIndexOf(t,r);return n===-1?e:e[n-1]==="\\"?$t.escapeLast(e,t,n-1):`${e.slice(0,n)}\\${e.slice(n)}`};$t.removePrefix=(e,t={})=>{let r=e;return r.startsWith("./")&&(r=r.slice(2),t.prefix="./"),r};$t.wrapOutput=(e,t={},r={})=>{let n=r.contains?"":"^",i=r.contains?"":"$",o=`${n}(?:${e})${i}`;return t.negated===!0&&(o=`(?:^(?!${o}).*$)`),o};$t.basename=(e,{windows:t}={})=>{let r=e.split(t?/[\\/]/:"/"),n=r[r.length-1];return n===""?r[r.length-2]:n}});var jv=dn((iF,qv)=>{"use strict";var Nv=Oo(),{CHAR_ASTERISK:ig,CHAR_AT:AE,CHAR_BACKWARD_SLASH:li,CHAR_COMMA:SE,CHAR_DOT:og,CHAR_EXCLAMATION_MARK:sg,CHAR_FORWARD_SLASH:Uv,CHAR_LEFT_CURLY_BRACE:ag,CHAR_LEFT_PARENTHESES:Tc,CHAR_LEFT_SQUARE_BRACKET:RE,CHAR_PLUS:PE,CHAR_QUESTION_MARK:Fv,CHAR_RIGHT_CURLY_BRACE:EE,CHAR_RIGHT_PARENTHESES:Lv,CHAR_RIGHT_SQUARE_BRACKET:IE}=To(),zv=e=>e===Uv||e===li,Mv=e=>{e.isPrefix!==!0&&(e.depth=e.isGlobstar?1/0:1)},TE=(e,t)=>{let r=t||{},n=e.length-1,i=r.parts===!0||r.tokens===!0||r.scanToEnd===!0,o=[],s=[],a=[],u=e,c=-1,l=0,p=0,f=!1,h=!1,b=!1,g=!1,v=!1,$=!1,w=!1,x=!1,N=!1,L=!1,V=0,Q,W,J={value:"",depth:0,isGlob:!1},A=()=>c>=n,ee=()=>u.charCodeAt(c+1),he=()=>(Q=W,u.charCodeAt(++c));for(;c<n;){W=he();let G;if(W===li){w=J.backslashes=!0,W=he(),W===ag&&($=!0);continue}if($===!0||W===ag){for(V++;A()!==!0&&(W=he());){if(W===li){w=J.backslashes=!0,he();continue}if(W===ag){V++;continue}if($!==!0&&W===og&&(W=he())===og){if(f=J.isBrace=!0,b=J.isGlob=!0,L=!0,i===!0)continue;break}if($!==!0&&W===SE){if(f=J.isBrace=!0,b=J.isGlob=!0,L=!0,i===!0)continue;break}if(W===EE&&(V--,V===0)){$=!1,f=J.isBrace=!0,L=!0;break}}if(i===!0)continue;break}if(W===Uv){if(o.push(c),s.push(J),J={value:"",depth:0,isGlob:!1},L===!0)continue;if(Q===og&&c===l+1){l+=2;continue}p=c+1;continue}if(r.noext!==!0&&(W===PE||W===AE||W===ig||W===Fv||W===sg)===!0&&ee()===Tc){if(b=J.isGlob=!0,g=J.isExtglob=!0,L=!0,W===sg&&c===l&&(N=!0),i===!0){let Ce=0;for(;A()!==!0&&(W=he());){if(W===li){w=J.backslashes=!0,he();continue}if(W===Tc){Ce++;continue}if(W===Lv&&--Ce===0){L=!0;break}}continue}break}if(W===ig){if(Q===ig&&(v=J.isGlobstar=!0),b=J.isGlob=!0,L=!0,i===!0)continue;break}if(W===Fv){if(b=J.isGlob=!0,L=!0,i===!0)continue;break}if(W===RE){for(;A()!==!0&&(G=he());){if(G===li){w=J.backslashes=!0,he();continue}if(G===IE){h=J.isBracket=!0,b=J.isGlob=!0,L=!0;break}}if(i===!0)continue;break}if(r.nonegate!==!0&&W===sg&&c===l){x=J.negated=!0,l++;continue}if(r.noparen!==!0&&W===Tc){if(b=J.isGlob=!0,i===!0){let fe=1;for(;A()!==!0&&(W=he());){if(W===li){w=J.backslashes=!0,he();continue}if(W===Tc){fe++;continue}if(W===Lv&&--fe===0){L=!0;break}}continue}break}if(b===!0){if(L=!0,i===!0)continue;break}}r.noext===!0&&(g=!1,b=!1);let ae=u,R="",P="";l>0&&(R=u.slice(0,l),u=u.slice(l),p-=l),ae&&b===!0&&p>0?(ae=u.slice(0,p),P=u.slice(p)):b===!0?(ae="",P=u):ae=u,ae&&ae!==""&&ae!=="/"&&ae!==u&&zv(ae.charCodeAt(ae.length-1))&&(ae=ae.slice(0,-1)),r.unescape===!0&&(P&&(P=Nv.removeBackslashes(P)),ae&&w===!0&&(ae=Nv.removeBackslashes(ae)));let O={prefix:R,input:e,start:l,base:ae,glob:P,isBrace:f,isBracket:h,isGlob:b,isExtglob:g,isGlobstar:v,negated:x,negatedExtglob:N};if(r.tokens===!0&&(O.maxDepth=0,zv(W)||s.push(J),O.tokens=s),r.parts===!0||r.tokens===!0){let G;for(let xe=0;xe<o.length;xe++){let rt=G!==void 0?G+1:l,dt=o[xe],pt=e.slice(rt,dt);r.tokens&&(xe===0&&l!==0?(s[xe].isPrefix=!0,s[xe].value=R):s[xe].value=pt,Mv(s[xe]),O.maxDepth+=s[xe].depth),dt>=l&&(a.push(pt),G=dt)}let fe=G!==void 0?G+1:l,Ce=e.slice(fe);a.push(Ce),r.tokens&&G&&G+1<e.length&&(s[s.length-1].value=Ce,Mv(s[s.length-1]),O.maxDepth+=s[s.length-1].depth),O.slashes=o,O.parts=a}return O};qv.exports=TE});var Gv=dn((oF,Vv)=>{"use strict";var Co=To(),Et=Oo(),{MAX_LENGTH:Oc,POSIX_REGEX_SOURCE:OE,REGEX_NON_SPECIAL_CHARS:CE,REGEX_SPECIAL_CHARS_BACKREF:DE,REPLACEMENTS:Zv}=Co,NE=(e,t)=>{if(typeof t.expandRange=="function")return t.expandRange(...e,t);e.sort();let r=`[${e.join("-")}]`;try{new RegExp(r)}catch{return e.map(i=>Et.escapeRegex(i)).join("..")}return r},di=(e,t)=>`Missing ${e}: "${t}" - use "\\\\${t}" to match literal characters`,Bv=e=>{let t=[],r=0,n=0,i=0,o="",s=!1;for(let a of e){if(s===!0){o+=a,s=!1;continue}if(a==="\\"){o+=a,s=!0;continue}if(a==='"'){i=i===1?0:1,o+=a;continue}if(i===0){if(a==="[")r++;else if(a==="]"&&r>0)r--;else if(r===0){if(a==="(")n++;else if(a===")"&&n>0)n--;else if(a==="|"&&n===0){t.push(o),o="";continue}}}o+=a}return t.push(o),t},FE=e=>{let t=!1;for(let r of e){if(t===!0){t=!1;continue}if(r==="\\"){t=!0;continue}if(/[?*+@!()[\]{}]/.test(r))return!1}return!0},ug=e=>{let t=e.trim(),r=!0;for(;r===!0;)r=!1,/^@\([^\\()[\]{}|]+\)$/.test(t)&&(t=t.slice(2,-1),r=!0);if(FE(t))return t.replace(/\\(.)/g,"$1")},LE=e=>{let t=e.map(ug).filter(Boolean);for(let r=0;r<t.length;r++)for(let n=r+1;n<t.length;n++){let i=t[r],o=t[n],s=i[0];if(!(!s||i!==s.repeat(i.length)||o!==s.repeat(o.length))&&(i===o||i.startsWith(o)||o.startsWith(i)))return!0}return!1},cg=(e,t=!0)=>{if(e[0]!=="+"&&e[0]!=="*"||e[1]!=="(")return;let r=0,n=0,i=0,o=!1;for(let s=1;s<e.length;s++){let a=e[s];if(o===!0){o=!1;continue}if(a==="\\"){o=!0;continue}if(a==='"'){i=i===1?0:1;continue}if(i!==1){if(a==="["){r++;continue}if(a==="]"&&r>0){r--;continue}if(!(r>0)){if(a==="("){n++;continue}if(a===")"&&(n--,n===0))return t===!0&&s!==e.length-1?void 0:{type:e[0],body:e.slice(2,s),end:s}}}}},zE=e=>`${e.length===1?Et.escapeRegex(e[0]):`[${e.map(r=>Et.escapeRegex(r)).join("")}]`}*`,ME=e=>{let t=0,r=[];for(;t<e.length;){let n=cg(e.slice(t),!1);if(!n||n.type!=="*")return;let i=Bv(n.body).map(s=>s.trim());if(i.length!==1)return;let o=ug(i[0]);if(!o||o.length!==1)return;r.push(o),t+=n.end+1}if(!(r.length<1))return r},UE=e=>{let t=0,r=e.trim(),n=cg(r);for(;n;)t++,r=n.body.trim(),n=cg(r);return t},qE=(e,t)=>{if(t.maxExtglobRecursion===!1)return{risky:!1};let r=typeof t.maxExtglobRecursion=="number"?t.maxExtglobRecursion:Co.DEFAULT_MAX_EXTGLOB_RECURSION,n=Bv(e).map(a=>a.trim());if(n.length>1&&(n.some(a=>a==="")||n.some(a=>/^[*?]+$/.test(a))||LE(n)))return{risky:!0};let i=[],o=!1,s=!0;for(let a of n){let u=ME(a);if(u){o=!0,i.push(...u);continue}let c=ug(a);if(c&&c.length===1){i.push(c);continue}if(s=!1,UE(a)>r)return{risky:!0}}return o?s?{risky:!0,safeOutput:zE([...new Set(i)])}:{risky:!0}:{risky:!1}},lg=(e,t)=>{if(typeof e!="string")throw new TypeError("Expected a string");e=Zv[e]||e;let r={...t},n=typeof r.maxLength=="number"?Math.min(Oc,r.maxLength):Oc,i=e.length;if(i>n)throw new SyntaxError(`Input length: ${i}, exceeds maximum allowed length: ${n}`);let o={type:"bos",value:"",output:r.prepend||""},s=[o],a=r.capture?"":"?:",u=Co.globChars(r.windows),c=Co.extglobChars(u),{DOT_LITERAL:l,PLUS_LITERAL:p,SLASH_LITERAL:f,ONE_CHAR:h,DOTS_SLASH:b,NO_DOT:g,NO_DOT_SLASH:v,NO_DOTS_SLASH:$,QMARK:w,QMARK_NO_DOT:x,STAR:N,START_ANCHOR:L}=u,V=Z=>`(${a}(?:(?!${L}${Z.dot?b:l}).)*?)`,Q=r.dot?"":g,W=r.dot?w:x,J=r.bash===!0?V(r):N;r.capture&&(J=`(${J})`),typeof r.noext=="boolean"&&(r.noextglob=r.noext);let A={input:e,index:-1,start:0,dot:r.dot===!0,consumed:"",output:"",prefix:"",backtrack:!1,negated:!1,brackets:0,braces:0,parens:0,quotes:0,globstar:!1,tokens:s};e=Et.removePrefix(e,A),i=e.length;let ee=[],he=[],ae=[],R=o,P,O=()=>A.index===i-1,G=A.peek=(Z=1)=>e[A.index+Z],fe=A.advance=()=>e[++A.index]||"",Ce=()=>e.slice(A.index+1),xe=(Z="",Ae=0)=>{A.consumed+=Z,A.index+=Ae},rt=Z=>{A.output+=Z.output!=null?Z.output:Z.value,xe(Z.value)},dt=()=>{let Z=1;for(;G()==="!"&&(G(2)!=="("||G(3)==="?");)fe(),A.start++,Z++;return Z%2===0?!1:(A.negated=!0,A.start++,!0)},pt=Z=>{A[Z]++,ae.push(Z)},_t=Z=>{A[Z]--,ae.pop()},ne=Z=>{if(R.type==="globstar"){let Ae=A.braces>0&&(Z.type==="comma"||Z.type==="brace"),M=Z.extglob===!0||ee.length&&(Z.type==="pipe"||Z.type==="paren");Z.type!=="slash"&&Z.type!=="paren"&&!Ae&&!M&&(A.output=A.output.slice(0,-R.output.length),R.type="star",R.value="*",R.output=J,A.output+=R.output)}if(ee.length&&Z.type!=="paren"&&(ee[ee.length-1].inner+=Z.value),(Z.value||Z.output)&&rt(Z),R&&R.type==="text"&&Z.type==="text"){R.output=(R.output||R.value)+Z.value,R.value+=Z.value;return}Z.prev=R,s.push(Z),R=Z},At=(Z,Ae)=>{let M={...c[Ae],conditions:1,inner:""};M.prev=R,M.parens=A.parens,M.output=A.output,M.startIndex=A.index,M.tokensIndex=s.length;let ue=(r.capture?"(":"")+M.open;pt("parens"),ne({type:Z,value:Ae,output:A.output?"":h}),ne({type:"paren",extglob:!0,value:fe(),output:ue}),ee.push(M)},Lr=Z=>{let Ae=e.slice(Z.startIndex,A.index+1),M=e.slice(Z.startIndex+2,A.index),ue=qE(M,r);if((Z.type==="plus"||Z.type==="star")&&ue.risky){let $e=ue.safeOutput?(Z.output?"":h)+(r.capture?`(${ue.safeOutput})`:ue.safeOutput):void 0,nt=s[Z.tokensIndex];nt.type="text",nt.value=Ae,nt.output=$e||Et.escapeRegex(Ae);for(let It=Z.tokensIndex+1;It<s.length;It++)s[It].value="",s[It].output="",delete s[It].suffix;A.output=Z.output+nt.output,A.backtrack=!0,ne({type:"paren",extglob:!0,value:P,output:""}),_t("parens");return}let ke=Z.close+(r.capture?")":""),De;if(Z.type==="negate"){let $e=J;if(Z.inner&&Z.inner.length>1&&Z.inner.includes("/")&&($e=V(r)),($e!==J||O()||/^\)+$/.test(Ce()))&&(ke=Z.close=`)$))${$e}`),Z.inner.includes("*")&&(De=Ce())&&/^\.[^\\/.]+$/.test(De)){let nt=lg(De,{...t,fastpaths:!1}).output;ke=Z.close=`)${nt})${$e})`}Z.prev.type==="bos"&&(A.negatedExtglob=!0)}ne({type:"paren",extglob:!0,value:P,output:ke}),_t("parens")};if(r.fastpaths!==!1&&!/(^[*!]|[/()[\]{}"])/.test(e)){let Z=!1,Ae=e.replace(DE,(M,ue,ke,De,$e,nt)=>De==="\\"?(Z=!0,M):De==="?"?ue?ue+De+($e?w.repeat($e.length):""):nt===0?W+($e?w.repeat($e.length):""):w.repeat(ke.length):De==="."?l.repeat(ke.length):De==="*"?ue?ue+De+($e?J:""):J:ue?M:`\\${M}`);return Z===!0&&(r.unescape===!0?Ae=Ae.replace(/\\/g,""):Ae=Ae.replace(/\\+/g,M=>M.length%2===0?"\\\\":M?"\\":"")),Ae===e&&r.contains===!0?(A.output=e,A):(A.output=Et.wrapOutput(Ae,A,t),A)}for(;!O();){if(P=fe(),P==="\0")continue;if(P==="\\"){let M=G();if(M==="/"&&r.bash!==!0||M==="."||M===";")continue;if(!M){P+="\\",ne({type:"text",value:P});continue}let ue=/^\\+/.exec(Ce()),ke=0;if(ue&&ue[0].length>2&&(ke=ue[0].length,A.index+=ke,ke%2!==0&&(P+="\\")),r.unescape===!0?P=fe():P+=fe(),A.brackets===0){ne({type:"text",value:P});continue}}if(A.brackets>0&&(P!=="]"||R.value==="["||R.value==="[^")){if(r.posix!==!1&&P===":"){let M=R.value.slice(1);if(M.includes("[")&&(R.posix=!0,M.includes(":"))){let ue=R.value.lastIndexOf("["),ke=R.value.slice(0,ue),De=R.value.slice(ue+2),$e=OE[De];if($e){R.value=ke+$e,A.backtrack=!0,fe(),!o.output&&s.indexOf(R)===1&&(o.output=h);continue}}}(P==="["&&G()!==":"||P==="-"&&G()==="]")&&(P=`\\${P}`),P==="]"&&(R.value==="["||R.value==="[^")&&(P=`\\${P}`),r.posix===!0&&P==="!"&&R.value==="["&&(P="^"),R.value+=P,rt({value:P});continue}if(A.quotes===1&&P!=='"'){P=Et.escapeRegex(P),R.value+=P,rt({value:P});continue}if(P==='"'){A.quotes=A.quotes===1?0:1,r.keepQuotes===!0&&ne({type:"text",value:P});continue}if(P==="("){pt("parens"),ne({type:"paren",value:P});continue}if(P===")"){if(A.parens===0&&r.strictBrackets===!0)throw new SyntaxError(di("opening","("));let M=ee[ee.length-1];if(M&&A.parens===M.parens+1){Lr(ee.pop());continue}ne({type:"paren",value:P,output:A.parens?")":"\\)"}),_t("parens");continue}if(P==="["){if(r.nobracket===!0||!Ce().includes("]")){if(r.nobracket!==!0&&r.strictBrackets===!0)throw new SyntaxError(di("closing","]"));P=`\\${P}`}else pt("brackets");ne({type:"bracket",value:P});continue}if(P==="]"){if(r.nobracket===!0||R&&R.type==="bracket"&&R.value.length===1){ne({type:"text",value:P,output:`\\${P}`});continue}if(A.brackets===0){if(r.strictBrackets===!0)throw new SyntaxError(di("opening","["));ne({type:"text",value:P,output:`\\${P}`});continue}_t("brackets");let M=R.value.slice(1);if(R.posix!==!0&&M[0]==="^"&&!M.includes("/")&&(P=`/${P}`),R.value+=P,rt({value:P}),r.literalBrackets===!1||Et.hasRegexChars(M))continue;let ue=Et.escapeRegex(R.value);if(A.output=A.output.slice(0,-R.value.length),r.literalBrackets===!0){A.output+=ue,R.value=ue;continue}R.value=`(${a}${ue}|${R.value})`,A.output+=R.value;continue}if(P==="{"&&r.nobrace!==!0){pt("braces");let M={type:"brace",value:P,output:"(",outputIndex:A.output.length,tokensIndex:A.tokens.length};he.push(M),ne(M);continue}if(P==="}"){let M=he[he.length-1];if(r.nobrace===!0||!M){ne({type:"text",value:P,output:P});continue}let ue=")";if(M.dots===!0){let ke=s.slice(),De=[];for(let $e=ke.length-1;$e>=0&&(s.pop(),ke[$e].type!=="brace");$e--)ke[$e].type!=="dots"&&De.unshift(ke[$e].value);ue=NE(De,r),A.backtrack=!0}if(M.comma!==!0&&M.dots!==!0){let ke=A.output.slice(0,M.outputIndex),De=A.tokens.slice(M.tokensIndex);M.value=M.output="\\{",P=ue="\\}",A.output=ke;for(let $e of De)A.output+=$e.output||$e.value}ne({type:"brace",value:P,output:ue}),_t("braces"),he.pop();continue}if(P==="|"){ee.length>0&&ee[ee.length-1].conditions++,ne({type:"text",value:P});continue}if(P===","){let M=P,ue=he[he.length-1];ue&&ae[ae.length-1]==="braces"&&(ue.comma=!0,M="|"),ne({type:"comma",value:P,output:M});continue}if(P==="/"){if(R.type==="dot"&&A.index===A.start+1){A.start=A.index+1,A.consumed="",A.output="",s.pop(),R=o;continue}ne({type:"slash",value:P,output:f});continue}if(P==="."){if(A.braces>0&&R.type==="dot"){R.value==="."&&(R.output=l);let M=he[he.length-1];R.type="dots",R.output+=P,R.value+=P,M.dots=!0;continue}if(A.braces+A.parens===0&&R.type!=="bos"&&R.type!=="slash"){ne({type:"text",value:P,output:l});continue}ne({type:"dot",value:P,output:l});continue}if(P==="?"){if(!(R&&R.value==="(")&&r.noextglob!==!0&&G()==="("&&G(2)!=="?"){At("qmark",P);continue}if(R&&R.type==="paren"){let ue=G(),ke=P;(R.value==="("&&!/[!=<:]/.test(ue)||ue==="<"&&!/<([!=]|\w+>)/.test(Ce()))&&(ke=`\\${P}`),ne({type:"text",value:P,output:ke});continue}if(r.dot!==!0&&(R.type==="slash"||R.type==="bos")){ne({type:"qmark",value:P,output:x});continue}ne({type:"qmark",value:P,output:w});continue}if(P==="!"){if(r.noextglob!==!0&&G()==="("&&(G(2)!=="?"||!/[!=<:]/.test(G(3)))){At("negate",P);continue}if(r.nonegate!==!0&&A.index===0){dt();continue}}if(P==="+"){if(r.noextglob!==!0&&G()==="("&&G(2)!=="?"){At("plus",P);continue}if(R&&R.value==="("||r.regex===!1){ne({type:"plus",value:P,output:p});continue}if(R&&(R.type==="bracket"||R.type==="paren"||R.type==="brace")||A.parens>0){ne({type:"plus",value:P});continue}ne({type:"plus",value:p});continue}if(P==="@"){if(r.noextglob!==!0&&G()==="("&&G(2)!=="?"){ne({type:"at",extglob:!0,value:P,output:""});continue}ne({type:"text",value:P});continue}if(P!=="*"){(P==="$"||P==="^")&&(P=`\\${P}`);let M=CE.exec(Ce());M&&(P+=M[0],A.index+=M[0].length),ne({type:"text",value:P});continue}if(R&&(R.type==="globstar"||R.star===!0)){R.type="star",R.star=!0,R.value+=P,R.output=J,A.backtrack=!0,A.globstar=!0,xe(P);continue}let Z=Ce();if(r.noextglob!==!0&&/^\([^?]/.test(Z)){At("star",P);continue}if(R.type==="star"){if(r.noglobstar===!0){xe(P);continue}let M=R.prev,ue=M.prev,ke=M.type==="slash"||M.type==="bos",De=ue&&(ue.type==="star"||ue.type==="globstar");if(r.bash===!0&&(!ke||Z[0]&&Z[0]!=="/")){ne({type:"star",value:P,output:""});continue}let $e=A.braces>0&&(M.type==="comma"||M.type==="brace"),nt=ee.length&&(M.type==="pipe"||M.type==="paren");if(!ke&&M.type!=="paren"&&!$e&&!nt){ne({type:"star",value:P,output:""});continue}for(;Z.slice(0,3)==="/**";){let it=e[A.index+4];if(it&&it!=="/")break;Z=Z.slice(3),xe("/**",3)}let It=O()||A.parens>0&&Z===")".repeat(A.parens)&&!ee.some(it=>it.type==="negate");if(M.type==="bos"&&O()){R.type="globstar",R.value+=P,R.output=V(r),A.output=R.output,A.globstar=!0,xe(P);continue}if(M.type==="slash"&&M.prev.type!=="bos"&&!De&&It){A.output=A.output.slice(0,-(M.output+R.output).length),M.output=`(?:${M.output}`,R.type="globstar",R.output=V(r)+(r.strictSlashes?")":"|$)"),R.value+=P,A.globstar=!0,A.output+=M.output+R.output,xe(P);continue}if(M.type==="slash"&&M.prev.type!=="bos"&&Z[0]==="/"){let it=Z[1]!==void 0?"|$":"";A.output=A.output.slice(0,-(M.output+R.output).length),M.output=`(?:${M.output}`,R.type="globstar",R.output=`${V(r)}${f}|${f}${it})`,R.value+=P,A.output+=M.output+R.output,A.globstar=!0,xe(P+fe()),ne({type:"slash",value:"/",output:""});continue}if(M.type==="bos"&&Z[0]==="/"){R.type="globstar",R.value+=P,R.output=`(?:^|${f}|${V(r)}${f})`,A.output=R.output,A.globstar=!0,xe(P+fe()),ne({type:"slash",value:"/",output:""});continue}A.output=A.output.slice(0,-R.output.length),R.type="globstar",R.output=V(r),R.value+=P,A.output+=R.output,A.globstar=!0,xe(P);continue}let Ae={type:"star",value:P,output:J};if(r.bash===!0){Ae.output=".*?",(R.type==="bos"||R.type==="slash")&&(Ae.output=Q+Ae.output),ne(Ae);continue}if(R&&(R.type==="bracket"||R.type==="paren")&&r.regex===!0){Ae.output=P,ne(Ae);continue}(A.index===A.start||R.type==="slash"||R.type==="dot")&&(R.type==="dot"?(A.output+=v,R.output+=v):r.dot===!0?(A.output+=$,R.output+=$):(A.output+=Q,R.output+=Q),G()!=="*"&&(A.output+=h,R.output+=h)),ne(Ae)}for(;A.brackets>0;){if(r.strictBrackets===!0)throw new SyntaxError(di("closing","]"));A.output=Et.escapeLast(A.output,"["),_t("brackets")}for(;A.parens>0;){if(r.strictBrackets===!0)throw new SyntaxError(di("closing",")"));A.output=Et.escapeLast(A.output,"("),_t("parens")}for(;A.braces>0;){if(r.strictBrackets===!0)throw new SyntaxError(di("closing","}"));A.output=Et.escapeLast(A.output,"{"),_t("braces")}if(r.strictSlashes!==!0&&(R.type==="star"||R.type==="bracket")&&ne({type:"maybe_slash",value:"",output:`${f}?`}),A.backtrack===!0){A.output="";for(let Z of A.tokens)A.output+=Z.output!=null?Z.output:Z.value,Z.suffix&&(A.output+=Z.suffix)}return A};lg.fastpaths=(e,t)=>{let r={...t},n=typeof r.maxLength=="number"?Math.min(Oc,r.maxLength):Oc,i=e.length;if(i>n)throw new SyntaxError(`Input length: ${i}, exceeds maximum allowed length: ${n}`);e=Zv[e]||e;let{DOT_LITERAL:o,SLASH_LITERAL:s,ONE_CHAR:a,DOTS_SLASH:u,NO_DOT:c,NO_DOTS:l,NO_DOTS_SLASH:p,STAR:f,START_ANCHOR:h}=Co.globChars(r.windows),b=r.dot?l:c,g=r.dot?p:c,v=r.capture?"":"?:",$={negated:!1,prefix:""},w=r.bash===!0?".*?":f;r.capture&&(w=`(${w})`);let x=Q=>Q.noglobstar===!0?w:`(${v}(?:(?!${h}${Q.dot?u:o}).)*?)`,N=Q=>{switch(Q){case"*":return`${b}${a}${w}`;case".*":return`${o}${a}${w}`;case"*.*":return`${b}${w}${o}${a}${w}`;case"*/*":return`${b}${w}${s}${a}${g}${w}`;case"**":return b+x(r);case"**/*":return`(?:${b}${x(r)}${s})?${g}${a}${w}`;case"**/*.*":return`(?:${b}${x(r)}${s})?${g}${w}${o}${a}${w}`;case"**/.*":return`(?:${b}${x(r)}${s})?${o}${a}${w}`;default:{let W=/^(.*?)\.(\w+)$/.exec(Q);if(!W)return;let J=N(W[1]);return J?J+o+W[2]:void 0}}},L=Et.removePrefix(e,$),V=N(L);return V&&r.strictSlashes!==!0&&(V+=`${s}?`),V};Vv.exports=lg});var Wv=dn((sF,Hv)=>{"use strict";var jE=jv(),dg=Gv(),Kv=Oo(),ZE=To(),BE=e=>e&&typeof e=="object"&&!Array.isArray(e),ze=(e,t,r=!1)=>{if(Array.isArray(e)){let l=e.map(f=>ze(f,t,r));return f=>{for(let h of l){let b=h(f);if(b)return b}return!1}}let n=BE(e)&&e.tokens&&e.input;if(e===""||typeof e!="string"&&!n)throw new TypeError("Expected pattern to be a non-empty string");let i=t||{},o=i.windows,s=n?ze.compileRe(e,t):ze.makeRe(e,t,!1,!0),a=s.state;delete s.state;let u=()=>!1;if(i.ignore){let l={...t,ignore:null,onMatch:null,onResult:null};u=ze(i.ignore,l,r)}let c=(l,p=!1)=>{let{isMatch:f,match:h,output:b}=ze.test(l,s,t,{glob:e,posix:o}),g={glob:e,state:a,regex:s,posix:o,input:l,output:b,match:h,isMatch:f};return typeof i.onResult=="function"&&i.onResult(g),f===!1?(g.isMatch=!1,p?g:!1):u(l)?(typeof i.onIgnore=="function"&&i.onIgnore(g),g.isMatch=!1,p?g:!1):(typeof i.onMatch=="function"&&i.onMatch(g),p?g:!0)};return r&&(c.state=a),c};ze.test=(e,t,r,{glob:n,posix:i}={})=>{if(typeof e!="string")throw new TypeError("Expected input to be a string");if(e==="")return{isMatch:!1,output:""};let o=r||{},s=o.format||(i?Kv.toPosixSlashes:null),a=e===n,u=a&&s?s(e):e;return a===!1&&(u=s?s(e):e,a=u===n),(a===!1||o.capture===!0)&&(o.matchBase===!0||o.basename===!0?a=ze.matchBase(e,t,r,i):a=t.exec(u)),{isMatch:!!a,match:a,output:u}};ze.matchBase=(e,t,r,n=r&&r.windows)=>(t instanceof RegExp?t:ze.makeRe(t,r)).test(Kv.basename(e,{windows:n}));ze.isMatch=(e,t,r)=>ze(t,r)(e);ze.parse=(e,t)=>Array.isArray(e)?e.map(r=>ze.parse(r,t)):dg(e,{...t,fastpaths:!1});ze.scan=(e,t)=>jE(e,t);ze.compileRe=(e,t,r=!1,n=!1)=>{if(r===!0)return e.output;let i=t||{},o=i.contains?"":"^",s=i.contains?"":"$",a=`${o}(?:${e.output})${s}`;e&&e.negated===!0&&(a=`^(?!${a}).*$`);let u=ze.toRegex(a,t);return n===!0&&(u.state=e),u};ze.makeRe=(e,t={},r=!1,n=!1)=>{if(!e||typeof e!="string")throw new TypeError("Expected a non-empty string");let i={negated:!1,fastpaths:!0};return t.fastpaths!==!1&&(e[0]==="."||e[0]==="*")&&(i.output=dg.fastpaths(e,t)),i.output||(i=dg(e,t)),ze.compileRe(i,t,r,n)};ze.toRegex=(e,t)=>{try{let r=t||{};return new RegExp(e,r.flags||(r.nocase?"i":""))}catch(r){if(t&&t.debug===!0)throw r;return/$^/}};ze.constants=ZE;Hv.exports=ze});var Qv=dn((aF,Yv)=>{"use strict";var Xv=Wv(),VE=Oo();function Jv(e,t,r=!1){return t&&(t.windows===null||t.windows===void 0)&&(t={...t,windows:VE.isWindows()}),Xv(e,t,r)}Object.assign(Jv,Xv);Yv.exports=Jv});import{mkdtempSync as rI,writeFileSync as nI}from"node:fs";import{tmpdir as iI}from"node:os";import{join as aw,resolve as oI}from"node:path";import{setTimeout as sI}from"node:timers/promises";var pn=9e15,hr=1e9,zc="0123456789abcdef",qo="2.3025850929940456840179914546843642076011014886287729760333279009675726096773524802359972050895982983419677840422862486334095254650828067566662873690987816894829072083255546808437998948262331985283935053089653777326288461633662222876982198867465436674744042432743651550489343149393914796194044002221051017141748003688084012647080685567743216228355220114804663715659121373450747856947683463616792101806445070648000277502684916746550586856935673420670581136429224554405758925724208241314695689016758940256776311356919292033376587141660230105703089634572075440370847469940168269282808481184289314848524948644871927809676271275775397027668605952496716674183485704422507197965004714951050492214776567636938662976979522110718264549734772662425709429322582798502585509785265383207606726317164309505995087807523710333101197857547331541421808427543863591778117054309827482385045648019095610299291824318237525357709750539565187697510374970888692180205189339507238539205144634197265287286965110862571492198849978748873771345686209167058",jo="3.1415926535897932384626433832795028841971693993751058209749445923078164062862089986280348253421170679821480865132823066470938446095505822317253594081284811174502841027019385211055596446229489549303819644288109756659334461284756482337867831652712019091456485669234603486104543266482133936072602491412737245870066063155881748815209209628292540917153643678925903600113305305488204665213841469519415116094330572703657595919530921861173819326117931051185480744623799627495673518857527248912279381830119491298336733624406566430860213949463952247371907021798609437027705392171762931767523846748184676694051320005681271452635608277857713427577896091736371787214684409012249534301465495853710507922796892589235420199561121290219608640344181598136297747713099605187072113499999983729780499510597317328160963185950244594553469083026425223082533446850352619311881710100031378387528865875332083814206171776691473035982534904287554687311595628638823537875937519577818577805321712268066130019278766111959092164201989380952572010654858632789",Mc={precision:20,rounding:4,modulo:1,toExpNeg:-7,toExpPos:21,minE:-pn,maxE:pn,crypto:!1},vg,er,de=!0,Bo="[DecimalError] ",mr=Bo+"Invalid argument: ",wg=Bo+"Precision limit exceeded",xg=Bo+"crypto unavailable",kg="[object Decimal]",Qe=Math.floor,Ze=Math.pow,hw=/^0b([01]+(\.[01]*)?|\.[01]+)(p[+-]?\d+)?$/i,gw=/^0x([0-9a-f]+(\.[0-9a-f]*)?|\.[0-9a-f]+)(p[+-]?\d+)?$/i,bw=/^0o([0-7]+(\.[0-7]*)?|\.[0-7]+)(p[+-]?\d+)?$/i,$g=/^(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i,Nt=1e7,oe=7,yw=9007199254740991,vw=qo.length-1,Uc=jo.length-1,F={toStringTag:kg};F.absoluteValue=F.abs=function(){var e=new this.constructor(this);return e.s<0&&(e.s=1),te(e)};F.ceil=function(){return te(new this.constructor(this),this.e+1,2)};F.clampedTo=F.clamp=function(e,t){var r,n=this,i=n.constructor;if(e=new i(e),t=new i(t),!e.s||!t.s)return new i(NaN);if(e.gt(t))throw Error(mr+t);return r=n.cmp(e),r<0?e:n.cmp(t)>0?t:new i(n)};F.comparedTo=F.cmp=function(e){var t,r,n,i,o=this,s=o.d,a=(e=new o.constructor(e)).d,u=o.s,c=e.s;if(!s||!a)return!u||!c?NaN:u!==c?u:s===a?0:!s^u<0?1:-1;if(!s[0]||!a[0])return s[0]?u:a[0]?-c:0;if(u!==c)return u;if(o.e!==e.e)return o.e>e.e^u<0?1:-1;for(n=s.length,i=a.length,t=0,r=n<i?n:i;t<r;++t)if(s[t]!==a[t])return s[t]>a[t]^u<0?1:-1;return n===i?0:n>i^u<0?1:-1};F.cosine=F.cos=function(){var e,t,r=this,n=r.constructor;return r.d?r.d[0]?(e=n.precision,t=n.rounding,n.precision=e+Math.max(r.e,r.sd())+oe,n.rounding=1,r=ww(n,Pg(n,r)),n.precision=e,n.rounding=t,te(er==2||er==3?r.neg():r,e,t,!0)):new n(1):new n(NaN)};F.cubeRoot=F.cbrt=function(){var e,t,r,n,i,o,s,a,u,c,l=this,p=l.constructor;if(!l.isFinite()||l.isZero())return new p(l);for(de=!1,o=l.s*Ze(l.s*l,1/3),!o||Math.abs(o)==1/0?(r=We(l.d),e=l.e,(o=(e-r.length+1)%3)&&(r+=o==1||o==-2?"0":"00"),o=Ze(r,1/3),e=Qe((e+1)/3)-(e%3==(e<0?-1:2)),o==1/0?r="5e"+e:(r=o.toExponential(),r=r.slice(0,r.indexOf("e")+1)+e),n=new p(r),n.s=l.s):n=new p(o.toString()),s=(e=p.precision)+3;;)if(a=n,u=a.times(a).times(a),c=u.plus(l),n=Oe(c.plus(l).times(a),c.plus(u),s+2,1),We(a.d).slice(0,s)===(r=We(n.d)).slice(0,s))if(r=r.slice(s-3,s+1),r=="9999"||!i&&r=="4999"){if(!i&&(te(a,e+1,0),a.times(a).times(a).eq(l))){n=a;break}s+=4,i=1}else{(!+r||!+r.slice(1)&&r.charAt(0)=="5")&&(te(n,e+1,1),t=!n.times(n).times(n).eq(l));break}return de=!0,te(n,e,p.rounding,t)};F.decimalPlaces=F.dp=function(){var e,t=this.d,r=NaN;if(t){if(e=t.length-1,r=(e-Qe(this.e/oe))*oe,e=t[e],e)for(;e%10==0;e/=10)r--;r<0&&(r=0)}return r};F.dividedBy=F.div=function(e){return Oe(this,new this.constructor(e))};F.dividedToIntegerBy=F.divToInt=function(e){var t=this,r=t.constructor;return te(Oe(t,new r(e),0,1,1),r.precision,r.rounding)};F.equals=F.eq=function(e){return this.cmp(e)===0};F.floor=function(){return te(new this.constructor(this),this.e+1,3)};F.greaterThan=F.gt=function(e){return this.cmp(e)>0};F.greaterThanOrEqualTo=F.gte=function(e){var t=this.cmp(e);return t==1||t===0};F.hyperbolicCosine=F.cosh=function(){var e,t,r,n,i,o=this,s=o.constructor,a=new s(1);if(!o.isFinite())return new s(o.s?1/0:NaN);if(o.isZero())return a;r=s.precision,n=s.rounding,s.precision=r+Math.max(o.e,o.sd())+4,s.rounding=1,i=o.d.length,i<32?(e=Math.ceil(i/3),t=(1/Go(4,e)).toString()):(e=16,t="2.3283064365386962890625e-10"),o=fn(s,1,o.times(t),new s(1),!0);for(var u,c=e,l=new s(8);c--;)u=o.times(o),o=a.minus(u.times(l.minus(u.times(l))));return te(o,s.precision=r,s.rounding=n,!0)};F.hyperbolicSine=F.sinh=function(){var e,t,r,n,i=this,o=i.constructor;if(!i.isFinite()||i.isZero())return new o(i);if(t=o.precision,r=o.rounding,o.precision=t+Math.max(i.e,i.sd())+4,o.rounding=1,n=i.d.length,n<3)i=fn(o,2,i,i,!0);else{e=1.4*Math.sqrt(n),e=e>16?16:e|0,i=i.times(1/Go(5,e)),i=fn(o,2,i,i,!0);for(var s,a=new o(5),u=new o(16),c=new o(20);e--;)s=i.times(i),i=i.times(a.plus(s.times(u.times(s).plus(c))))}return o.precision=t,o.rounding=r,te(i,t,r,!0)};F.hyperbolicTangent=F.tanh=function(){var e,t,r=this,n=r.constructor;return r.isFinite()?r.isZero()?new n(r):(e=n.precision,t=n.rounding,n.precision=e+7,n.rounding=1,Oe(r.sinh(),r.cosh(),n.precision=e,n.rounding=t)):new n(r.s)};F.inverseCosine=F.acos=function(){var e=this,t=e.constructor,r=e.abs().cmp(1),n=t.precision,i=t.rounding;return r!==-1?r===0?e.isNeg()?Zt(t,n,i):new t(0):new t(NaN):e.isZero()?Zt(t,n+4,i).times(.5):(t.precision=n+6,t.rounding=1,e=new t(1).minus(e).div(e.plus(1)).sqrt().atan(),t.precision=n,t.rounding=i,e.times(2))};F.inverseHyperbolicCosine=F.acosh=function(){var e,t,r=this,n=r.constructor;return r.lte(1)?new n(r.eq(1)?0:NaN):r.isFinite()?(e=n.precision,t=n.rounding,n.precision=e+Math.max(Math.abs(r.e),r.sd())+4,n.rounding=1,de=!1,r=r.times(r).minus(1).sqrt().plus(r),de=!0,n.precision=e,n.rounding=t,r.ln()):new n(r)};F.inverseHyperbolicSine=F.asinh=function(){var e,t,r=this,n=r.constructor;return!r.isFinite()||r.isZero()?new n(r):(e=n.precision,t=n.rounding,n.precision=e+2*Math.max(Math.abs(r.e),r.sd())+6,n.rounding=1,de=!1,r=r.times(r).plus(1).sqrt().plus(r),de=!0,n.precision=e,n.rounding=t,r.ln())};F.inverseHyperbolicTangent=F.atanh=function(){var e,t,r,n,i=this,o=i.constructor;return i.isFinite()?i.e>=0?new o(i.abs().eq(1)?i.s/0:i.isZero()?i:NaN):(e=o.precision,t=o.rounding,n=i.sd(),Math.max(n,e)<2*-i.e-1?te(new o(i),e,t,!0):(o.precision=r=n-i.e,i=Oe(i.plus(1),new o(1).minus(i),r+e,1),o.precision=e+4,o.rounding=1,i=i.ln(),o.precision=e,o.rounding=t,i.times(.5))):new o(NaN)};F.inverseSine=F.asin=function(){var e,t,r,n,i=this,o=i.constructor;return i.isZero()?new o(i):(t=i.abs().cmp(1),r=o.precision,n=o.rounding,t!==-1?t===0?(e=Zt(o,r+4,n).times(.5),e.s=i.s,e):new o(NaN):(o.precision=r+6,o.rounding=1,i=i.div(new o(1).minus(i.times(i)).sqrt().plus(1)).atan(),o.precision=r,o.rounding=n,i.times(2)))};F.inverseTangent=F.atan=function(){var e,t,r,n,i,o,s,a,u,c=this,l=c.constructor,p=l.precision,f=l.rounding;if(c.isFinite()){if(c.isZero())return new l(c);if(c.abs().eq(1)&&p+4<=Uc)return s=Zt(l,p+4,f).times(.25),s.s=c.s,s}else{if(!c.s)return new l(NaN);if(p+4<=Uc)return s=Zt(l,p+4,f).times(.5),s.s=c.s,s}for(l.precision=a=p+10,l.rounding=1,r=Math.min(28,a/oe+2|0),e=r;e;--e)c=c.div(c.times(c).plus(1).sqrt().plus(1));for(de=!1,t=Math.ceil(a/oe),n=1,u=c.times(c),s=new l(c),i=c;e!==-1;)if(i=i.times(u),o=s.minus(i.div(n+=2)),i=i.times(u),s=o.plus(i.div(n+=2)),s.d[t]!==void 0)for(e=t;s.d[e]===o.d[e]&&e--;);return r&&(s=s.times(2<<r-1)),de=!0,te(s,l.precision=p,l.rounding=f,!0)};F.isFinite=function(){return!!this.d};F.isInteger=F.isInt=function(){return!!this.d&&Qe(this.e/oe)>this.d.length-2};F.isNaN=function(){return!this.s};F.isNegative=F.isNeg=function(){return this.s<0};F.isPositive=F.isPos=function(){return this.s>0};F.isZero=function(){return!!this.d&&this.d[0]===0};F.lessThan=F.lt=function(e){return this.cmp(e)<0};F.lessThanOrEqualTo=F.lte=function(e){return this.cmp(e)<1};F.logarithm=F.log=function(e){var t,r,n,i,o,s,a,u,c=this,l=c.constructor,p=l.precision,f=l.rounding,h=5;if(e==null)e=new l(10),t=!0;else{if(e=new l(e),r=e.d,e.s<0||!r||!r[0]||e.eq(1))return new l(NaN);t=e.eq(10)}if(r=c.d,c.s<0||!r||!r[0]||c.eq(1))return new l(r&&!r[0]?-1/0:c.s!=1?NaN:r?0:1/0);if(t)if(r.length>1)o=!0;else{for(i=r[0];i%10===0;)i/=10;o=i!==1}if(de=!1,a=p+h,s=fr(c,a),n=t?Zo(l,a+10):fr(e,a),u=Oe(s,n,a,1),gi(u.d,i=p,f))do if(a+=10,s=fr(c,a),n=t?Zo(l,a+10):fr(e,a),u=Oe(s,n,a,1),!o){+We(u.d).slice(i+1,i+15)+1==1e14&&(u=te(u,p+1,0));break}while(gi(u.d,i+=10,f));return de=!0,te(u,p,f)};F.minus=F.sub=function(e){var t,r,n,i,o,s,a,u,c,l,p,f,h=this,b=h.constructor;if(e=new b(e),!h.d||!e.d)return!h.s||!e.s?e=new b(NaN):h.d?e.s=-e.s:e=new b(e.d||h.s!==e.s?h:NaN),e;if(h.s!=e.s)return e.s=-e.s,h.plus(e);if(c=h.d,f=e.d,a=b.precision,u=b.rounding,!c[0]||!f[0]){if(f[0])e.s=-e.s;else if(c[0])e=new b(h);else return new b(u===3?-0:0);return de?te(e,a,u):e}if(r=Qe(e.e/oe),l=Qe(h.e/oe),c=c.slice(),o=l-r,o){for(p=o<0,p?(t=c,o=-o,s=f.length):(t=f,r=l,s=c.length),n=Math.max(Math.ceil(a/oe),s)+2,o>n&&(o=n,t.length=1),t.reverse(),n=o;n--;)t.push(0);t.reverse()}else{for(n=c.length,s=f.length,p=n<s,p&&(s=n),n=0;n<s;n++)if(c[n]!=f[n]){p=c[n]<f[n];break}o=0}for(p&&(t=c,c=f,f=t,e.s=-e.s),s=c.length,n=f.length-s;n>0;--n)c[s++]=0;for(n=f.length;n>o;){if(c[--n]<f[n]){for(i=n;i&&c[--i]===0;)c[i]=Nt-1;--c[i],c[n]+=Nt}c[n]-=f[n]}for(;c[--s]===0;)c.pop();for(;c[0]===0;c.shift())--r;return c[0]?(e.d=c,e.e=Vo(c,r),de?te(e,a,u):e):new b(u===3?-0:0)};F.modulo=F.mod=function(e){var t,r=this,n=r.constructor;return e=new n(e),!r.d||!e.s||e.d&&!e.d[0]?new n(NaN):!e.d||r.d&&!r.d[0]?te(new n(r),n.precision,n.rounding):(de=!1,n.modulo==9?(t=Oe(r,e.abs(),0,3,1),t.s*=e.s):t=Oe(r,e,0,n.modulo,1),t=t.times(e),de=!0,r.minus(t))};F.naturalExponential=F.exp=function(){return qc(this)};F.naturalLogarithm=F.ln=function(){return fr(this)};F.negated=F.neg=function(){var e=new this.constructor(this);return e.s=-e.s,te(e)};F.plus=F.add=function(e){var t,r,n,i,o,s,a,u,c,l,p=this,f=p.constructor;if(e=new f(e),!p.d||!e.d)return!p.s||!e.s?e=new f(NaN):p.d||(e=new f(e.d||p.s===e.s?p:NaN)),e;if(p.s!=e.s)return e.s=-e.s,p.minus(e);if(c=p.d,l=e.d,a=f.precision,u=f.rounding,!c[0]||!l[0])return l[0]||(e=new f(p)),de?te(e,a,u):e;if(o=Qe(p.e/oe),n=Qe(e.e/oe),c=c.slice(),i=o-n,i){for(i<0?(r=c,i=-i,s=l.length):(r=l,n=o,s=c.length),o=Math.ceil(a/oe),s=o>s?o+1:s+1,i>s&&(i=s,r.length=1),r.reverse();i--;)r.push(0);r.reverse()}for(s=c.length,i=l.length,s-i<0&&(i=s,r=l,l=c,c=r),t=0;i;)t=(c[--i]=c[i]+l[i]+t)/Nt|0,c[i]%=Nt;for(t&&(c.unshift(t),++n),s=c.length;c[--s]==0;)c.pop();return e.d=c,e.e=Vo(c,n),de?te(e,a,u):e};F.precision=F.sd=function(e){var t,r=this;if(e!==void 0&&e!==!!e&&e!==1&&e!==0)throw Error(mr+e);return r.d?(t=_g(r.d),e&&r.e+1>t&&(t=r.e+1)):t=NaN,t};F.round=function(){var e=this,t=e.constructor;return te(new t(e),e.e+1,t.rounding)};F.sine=F.sin=function(){var e,t,r=this,n=r.constructor;return r.isFinite()?r.isZero()?new n(r):(e=n.precision,t=n.rounding,n.precision=e+Math.max(r.e,r.sd())+oe,n.rounding=1,r=kw(n,Pg(n,r)),n.precision=e,n.rounding=t,te(er>2?r.neg():r,e,t,!0)):new n(NaN)};F.squareRoot=F.sqrt=function(){var e,t,r,n,i,o,s=this,a=s.d,u=s.e,c=s.s,l=s.constructor;if(c!==1||!a||!a[0])return new l(!c||c<0&&(!a||a[0])?NaN:a?s:1/0);for(de=!1,c=Math.sqrt(+s),c==0||c==1/0?(t=We(a),(t.length+u)%2==0&&(t+="0"),c=Math.sqrt(t),u=Qe((u+1)/2)-(u<0||u%2),c==1/0?t="5e"+u:(t=c.toExponential(),t=t.slice(0,t.indexOf("e")+1)+u),n=new l(t)):n=new l(c.toString()),r=(u=l.precision)+3;;)if(o=n,n=o.plus(Oe(s,o,r+2,1)).times(.5),We(o.d).slice(0,r)===(t=We(n.d)).slice(0,r))if(t=t.slice(r-3,r+1),t=="9999"||!i&&t=="4999"){if(!i&&(te(o,u+1,0),o.times(o).eq(s))){n=o;break}r+=4,i=1}else{(!+t||!+t.slice(1)&&t.charAt(0)=="5")&&(te(n,u+1,1),e=!n.times(n).eq(s));break}return de=!0,te(n,u,l.rounding,e)};F.tangent=F.tan=function(){var e,t,r=this,n=r.constructor;return r.isFinite()?r.isZero()?new n(r):(e=n.precision,t=n.rounding,n.precision=e+10,n.rounding=1,r=r.sin(),r.s=1,r=Oe(r,new n(1).minus(r.times(r)).sqrt(),e+10,0),n.precision=e,n.rounding=t,te(er==2||er==4?r.neg():r,e,t,!0)):new n(NaN)};F.times=F.mul=function(e){var t,r,n,i,o,s,a,u,c,l=this,p=l.constructor,f=l.d,h=(e=new p(e)).d;if(e.s*=l.s,!f||!f[0]||!h||!h[0])return new p(!e.s||f&&!f[0]&&!h||h&&!h[0]&&!f?NaN:!f||!h?e.s/0:e.s*0);for(r=Qe(l.e/oe)+Qe(e.e/oe),u=f.length,c=h.length,u<c&&(o=f,f=h,h=o,s=u,u=c,c=s),o=[],s=u+c,n=s;n--;)o.push(0);for(n=c;--n>=0;){for(t=0,i=u+n;i>n;)a=o[i]+h[n]*f[i-n-1]+t,o[i--]=a%Nt|0,t=a/Nt|0;o[i]=(o[i]+t)%Nt|0}for(;!o[--s];)o.pop();return t?++r:o.shift(),e.d=o,e.e=Vo(o,r),de?te(e,p.precision,p.rounding):e};F.toBinary=function(e,t){return jc(this,2,e,t)};F.toDecimalPlaces=F.toDP=function(e,t){var r=this,n=r.constructor;return r=new n(r),e===void 0?r:(ft(e,0,hr),t===void 0?t=n.rounding:ft(t,0,8),te(r,e+r.e+1,t))};F.toExponential=function(e,t){var r,n=this,i=n.constructor;return e===void 0?r=Bt(n,!0):(ft(e,0,hr),t===void 0?t=i.rounding:ft(t,0,8),n=te(new i(n),e+1,t),r=Bt(n,!0,e+1)),n.isNeg()&&!n.isZero()?"-"+r:r};F.toFixed=function(e,t){var r,n,i=this,o=i.constructor;return e===void 0?r=Bt(i):(ft(e,0,hr),t===void 0?t=o.rounding:ft(t,0,8),n=te(new o(i),e+i.e+1,t),r=Bt(n,!1,e+n.e+1)),i.isNeg()&&!i.isZero()?"-"+r:r};F.toFraction=function(e){var t,r,n,i,o,s,a,u,c,l,p,f,h=this,b=h.d,g=h.constructor;if(!b)return new g(h);if(c=r=new g(1),n=u=new g(0),t=new g(n),o=t.e=_g(b)-h.e-1,s=o%oe,t.d[0]=Ze(10,s<0?oe+s:s),e==null)e=o>0?t:c;else{if(a=new g(e),!a.isInt()||a.lt(c))throw Error(mr+a);e=a.gt(t)?o>0?t:c:a}for(de=!1,a=new g(We(b)),l=g.precision,g.precision=o=b.length*oe*2;p=Oe(a,t,0,1,1),i=r.plus(p.times(n)),i.cmp(e)!=1;)r=n,n=i,i=c,c=u.plus(p.times(i)),u=i,i=t,t=a.minus(p.times(i)),a=i;return i=Oe(e.minus(r),n,0,1,1),u=u.plus(i.times(c)),r=r.plus(i.times(n)),u.s=c.s=h.s,f=Oe(c,n,o,1).minus(h).abs().cmp(Oe(u,r,o,1).minus(h).abs())<1?[c,n]:[u,r],g.precision=l,de=!0,f};F.toHexadecimal=F.toHex=function(e,t){return jc(this,16,e,t)};F.toNearest=function(e,t){var r=this,n=r.constructor;if(r=new n(r),e==null){if(!r.d)return r;e=new n(1),t=n.rounding}else{if(e=new n(e),t===void 0?t=n.rounding:ft(t,0,8),!r.d)return e.s?r:e;if(!e.d)return e.s&&(e.s=r.s),e}return e.d[0]?(de=!1,r=Oe(r,e,0,t,1).times(e),de=!0,te(r)):(e.s=r.s,r=e),r};F.toNumber=function(){return+this};F.toOctal=function(e,t){return jc(this,8,e,t)};F.toPower=F.pow=function(e){var t,r,n,i,o,s,a=this,u=a.constructor,c=+(e=new u(e));if(!a.d||!e.d||!a.d[0]||!e.d[0])return new u(Ze(+a,c));if(a=new u(a),a.eq(1))return a;if(n=u.precision,o=u.rounding,e.eq(1))return te(a,n,o);if(t=Qe(e.e/oe),t>=e.d.length-1&&(r=c<0?-c:c)<=yw)return i=Ag(u,a,r,n),e.s<0?new u(1).div(i):te(i,n,o);if(s=a.s,s<0){if(t<e.d.length-1)return new u(NaN);if((e.d[t]&1)==0&&(s=1),a.e==0&&a.d[0]==1&&a.d.length==1)return a.s=s,a}return r=Ze(+a,c),t=r==0||!isFinite(r)?Qe(c*(Math.log("0."+We(a.d))/Math.LN10+a.e+1)):new u(r+"").e,t>u.maxE+1||t<u.minE-1?new u(t>0?s/0:0):(de=!1,u.rounding=a.s=1,r=Math.min(12,(t+"").length),i=qc(e.times(fr(a,n+r)),n),i.d&&(i=te(i,n+5,1),gi(i.d,n,o)&&(t=n+10,i=te(qc(e.times(fr(a,t+r)),t),t+5,1),+We(i.d).slice(n+1,n+15)+1==1e14&&(i=te(i,n+1,0)))),i.s=s,de=!0,u.rounding=o,te(i,n,o))};F.toPrecision=function(e,t){var r,n=this,i=n.constructor;return e===void 0?r=Bt(n,n.e<=i.toExpNeg||n.e>=i.toExpPos):(ft(e,1,hr),t===void 0?t=i.rounding:ft(t,0,8),n=te(new i(n),e,t),r=Bt(n,e<=n.e||n.e<=i.toExpNeg,e)),n.isNeg()&&!n.isZero()?"-"+r:r};F.toSignificantDigits=F.toSD=function(e,t){var r=this,n=r.constructor;return e===void 0?(e=n.precision,t=n.rounding):(ft(e,1,hr),t===void 0?t=n.rounding:ft(t,0,8)),te(new n(r),e,t)};F.toString=function(){var e=this,t=e.constructor,r=Bt(e,e.e<=t.toExpNeg||e.e>=t.toExpPos);return e.isNeg()&&!e.isZero()?"-"+r:r};F.truncated=F.trunc=function(){return te(new this.constructor(this),this.e+1,1)};F.valueOf=F.toJSON=function(){var e=this,t=e.constructor,r=Bt(e,e.e<=t.toExpNeg||e.e>=t.toExpPos);return e.isNeg()?"-"+r:r};function We(e){var t,r,n,i=e.length-1,o="",s=e[0];if(i>0){for(o+=s,t=1;t<i;t++)n=e[t]+"",r=oe-n.length,r&&(o+=pr(r)),o+=n;s=e[t],n=s+"",r=oe-n.length,r&&(o+=pr(r))}else if(s===0)return"0";for(;s%10===0;)s/=10;return o+s}function ft(e,t,r){if(e!==~~e||e<t||e>r)throw Error(mr+e)}function gi(e,t,r,n){var i,o,s,a;for(o=e[0];o>=10;o/=10)--t;return--t<0?(t+=oe,i=0):(i=Math.ceil((t+1)/oe),t%=oe),o=Ze(10,oe-t),a=e[i]%o|0,n==null?t<3?(t==0?a=a/100|0:t==1&&(a=a/10|0),s=r<4&&a==99999||r>3&&a==49999||a==5e4||a==0):s=(r<4&&a+1==o||r>3&&a+1==o/2)&&(e[i+1]/o/100|0)==Ze(10,t-2)-1||(a==o/2||a==0)&&(e[i+1]/o/100|0)==0:t<4?(t==0?a=a/1e3|0:t==1?a=a/100|0:t==2&&(a=a/10|0),s=(n||r<4)&&a==9999||!n&&r>3&&a==4999):s=((n||r<4)&&a+1==o||!n&&r>3&&a+1==o/2)&&(e[i+1]/o/1e3|0)==Ze(10,t-3)-1,s}function Mo(e,t,r){for(var n,i=[0],o,s=0,a=e.length;s<a;){for(o=i.length;o--;)i[o]*=t;for(i[0]+=zc.indexOf(e.charAt(s++)),n=0;n<i.length;n++)i[n]>r-1&&(i[n+1]===void 0&&(i[n+1]=0),i[n+1]+=i[n]/r|0,i[n]%=r)}return i.reverse()}function ww(e,t){var r,n,i;if(t.isZero())return t;n=t.d.length,n<32?(r=Math.ceil(n/3),i=(1/Go(4,r)).toString()):(r=16,i="2.3283064365386962890625e-10"),e.precision+=r,t=fn(e,1,t.times(i),new e(1));for(var o=r;o--;){var s=t.times(t);t=s.times(s).minus(s).times(8).plus(1)}return e.precision-=r,t}var Oe=(function(){function e(n,i,o){var s,a=0,u=n.length;for(n=n.slice();u--;)s=n[u]*i+a,n[u]=s%o|0,a=s/o|0;return a&&n.unshift(a),n}function t(n,i,o,s){var a,u;if(o!=s)u=o>s?1:-1;else for(a=u=0;a<o;a++)if(n[a]!=i[a]){u=n[a]>i[a]?1:-1;break}return u}function r(n,i,o,s){for(var a=0;o--;)n[o]-=a,a=n[o]<i[o]?1:0,n[o]=a*s+n[o]-i[o];for(;!n[0]&&n.length>1;)n.shift()}return function(n,i,o,s,a,u){var c,l,p,f,h,b,g,v,$,w,x,N,L,V,Q,W,J,A,ee,he,ae=n.constructor,R=n.s==i.s?1:-1,P=n.d,O=i.d;if(!P||!P[0]||!O||!O[0])return new ae(!n.s||!i.s||(P?O&&P[0]==O[0]:!O)?NaN:P&&P[0]==0||!O?R*0:R/0);for(u?(h=1,l=n.e-i.e):(u=Nt,h=oe,l=Qe(n.e/h)-Qe(i.e/h)),ee=O.length,J=P.length,$=new ae(R),w=$.d=[],p=0;O[p]==(P[p]||0);p++);if(O[p]>(P[p]||0)&&l--,o==null?(V=o=ae.precision,s=ae.rounding):a?V=o+(n.e-i.e)+1:V=o,V<0)w.push(1),b=!0;else{if(V=V/h+2|0,p=0,ee==1){for(f=0,O=O[0],V++;(p<J||f)&&V--;p++)Q=f*u+(P[p]||0),w[p]=Q/O|0,f=Q%O|0;b=f||p<J}else{for(f=u/(O[0]+1)|0,f>1&&(O=e(O,f,u),P=e(P,f,u),ee=O.length,J=P.length),W=ee,x=P.slice(0,ee),N=x.length;N<ee;)x[N++]=0;he=O.slice(),he.unshift(0),A=O[0],O[1]>=u/2&&++A;do f=0,c=t(O,x,ee,N),c<0?(L=x[0],ee!=N&&(L=L*u+(x[1]||0)),f=L/A|0,f>1?(f>=u&&(f=u-1),g=e(O,f,u),v=g.length,N=x.length,c=t(g,x,v,N),c==1&&(f--,r(g,ee<v?he:O,v,u))):(f==0&&(c=f=1),g=O.slice()),v=g.length,v<N&&g.unshift(0),r(x,g,N,u),c==-1&&(N=x.length,c=t(O,x,ee,N),c<1&&(f++,r(x,ee<N?he:O,N,u))),N=x.length):c===0&&(f++,x=[0]),w[p++]=f,c&&x[0]?x[N++]=P[W]||0:(x=[P[W]],N=1);while((W++<J||x[0]!==void 0)&&V--);b=x[0]!==void 0}w[0]||w.shift()}if(h==1)$.e=l,vg=b;else{for(p=1,f=w[0];f>=10;f/=10)p++;$.e=p+l*h-1,te($,a?o+$.e+1:o,s,b)}return $}})();function te(e,t,r,n){var i,o,s,a,u,c,l,p,f,h=e.constructor;e:if(t!=null){if(p=e.d,!p)return e;for(i=1,a=p[0];a>=10;a/=10)i++;if(o=t-i,o<0)o+=oe,s=t,l=p[f=0],u=l/Ze(10,i-s-1)%10|0;else if(f=Math.ceil((o+1)/oe),a=p.length,f>=a)if(n){for(;a++<=f;)p.push(0);l=u=0,i=1,o%=oe,s=o-oe+1}else break e;else{for(l=a=p[f],i=1;a>=10;a/=10)i++;o%=oe,s=o-oe+i,u=s<0?0:l/Ze(10,i-s-1)%10|0}if(n=n||t<0||p[f+1]!==void 0||(s<0?l:l%Ze(10,i-s-1)),c=r<4?(u||n)&&(r==0||r==(e.s<0?3:2)):u>5||u==5&&(r==4||n||r==6&&(o>0?s>0?l/Ze(10,i-s):0:p[f-1])%10&1||r==(e.s<0?8:7)),t<1||!p[0])return p.length=0,c?(t-=e.e+1,p[0]=Ze(10,(oe-t%oe)%oe),e.e=-t||0):p[0]=e.e=0,e;if(o==0?(p.length=f,a=1,f--):(p.length=f+1,a=Ze(10,oe-o),p[f]=s>0?(l/Ze(10,i-s)%Ze(10,s)|0)*a:0),c)for(;;)if(f==0){for(o=1,s=p[0];s>=10;s/=10)o++;for(s=p[0]+=a,a=1;s>=10;s/=10)a++;o!=a&&(e.e++,p[0]==Nt&&(p[0]=1));break}else{if(p[f]+=a,p[f]!=Nt)break;p[f--]=0,a=1}for(o=p.length;p[--o]===0;)p.pop()}return de&&(e.e>h.maxE?(e.d=null,e.e=NaN):e.e<h.minE&&(e.e=0,e.d=[0])),e}function Bt(e,t,r){if(!e.isFinite())return Rg(e);var n,i=e.e,o=We(e.d),s=o.length;return t?(r&&(n=r-s)>0?o=o.charAt(0)+"."+o.slice(1)+pr(n):s>1&&(o=o.charAt(0)+"."+o.slice(1)),o=o+(e.e<0?"e":"e+")+e.e):i<0?(o="0."+pr(-i-1)+o,r&&(n=r-s)>0&&(o+=pr(n))):i>=s?(o+=pr(i+1-s),r&&(n=r-i-1)>0&&(o=o+"."+pr(n))):((n=i+1)<s&&(o=o.slice(0,n)+"."+o.slice(n)),r&&(n=r-s)>0&&(i+1===s&&(o+="."),o+=pr(n))),o}function Vo(e,t){var r=e[0];for(t*=oe;r>=10;r/=10)t++;return t}function Zo(e,t,r){if(t>vw)throw de=!0,r&&(e.precision=r),Error(wg);return te(new e(qo),t,1,!0)}function Zt(e,t,r){if(t>Uc)throw Error(wg);return te(new e(jo),t,r,!0)}function _g(e){var t=e.length-1,r=t*oe+1;if(t=e[t],t){for(;t%10==0;t/=10)r--;for(t=e[0];t>=10;t/=10)r++}return r}function pr(e){for(var t="";e--;)t+="0";return t}function Ag(e,t,r,n){var i,o=new e(1),s=Math.ceil(n/oe+4);for(de=!1;;){if(r%2&&(o=o.times(t),bg(o.d,s)&&(i=!0)),r=Qe(r/2),r===0){r=o.d.length-1,i&&o.d[r]===0&&++o.d[r];break}t=t.times(t),bg(t.d,s)}return de=!0,o}function gg(e){return e.d[e.d.length-1]&1}function Sg(e,t,r){for(var n,i,o=new e(t[0]),s=0;++s<t.length;){if(i=new e(t[s]),!i.s){o=i;break}n=o.cmp(i),(n===r||n===0&&o.s===r)&&(o=i)}return o}function qc(e,t){var r,n,i,o,s,a,u,c=0,l=0,p=0,f=e.constructor,h=f.rounding,b=f.precision;if(!e.d||!e.d[0]||e.e>17)return new f(e.d?e.d[0]?e.s<0?0:1/0:1:e.s?e.s<0?0:e:NaN);for(t==null?(de=!1,u=b):u=t,a=new f(.03125);e.e>-2;)e=e.times(a),p+=5;for(n=Math.log(Ze(2,p))/Math.LN10*2+5|0,u+=n,r=o=s=new f(1),f.precision=u;;){if(o=te(o.times(e),u,1),r=r.times(++l),a=s.plus(Oe(o,r,u,1)),We(a.d).slice(0,u)===We(s.d).slice(0,u)){for(i=p;i--;)s=te(s.times(s),u,1);if(t==null)if(c<3&&gi(s.d,u-n,h,c))f.precision=u+=10,r=o=a=new f(1),l=0,c++;else return te(s,f.precision=b,h,de=!0);else return f.precision=b,s}s=a}}function fr(e,t){var r,n,i,o,s,a,u,c,l,p,f,h=1,b=10,g=e,v=g.d,$=g.constructor,w=$.rounding,x=$.precision;if(g.s<0||!v||!v[0]||!g.e&&v[0]==1&&v.length==1)return new $(v&&!v[0]?-1/0:g.s!=1?NaN:v?0:g);if(t==null?(de=!1,l=x):l=t,$.precision=l+=b,r=We(v),n=r.charAt(0),Math.abs(o=g.e)<15e14){for(;n<7&&n!=1||n==1&&r.charAt(1)>3;)g=g.times(e),r=We(g.d),n=r.charAt(0),h++;o=g.e,n>1?(g=new $("0."+r),o++):g=new $(n+"."+r.slice(1))}else return c=Zo($,l+2,x).times(o+""),g=fr(new $(n+"."+r.slice(1)),l-b).plus(c),$.precision=x,t==null?te(g,x,w,de=!0):g;for(p=g,u=s=g=Oe(g.minus(1),g.plus(1),l,1),f=te(g.times(g),l,1),i=3;;){if(s=te(s.times(f),l,1),c=u.plus(Oe(s,new $(i),l,1)),We(c.d).slice(0,l)===We(u.d).slice(0,l))if(u=u.times(2),o!==0&&(u=u.plus(Zo($,l+2,x).times(o+""))),u=Oe(u,new $(h),l,1),t==null)if(gi(u.d,l-b,w,a))$.precision=l+=b,c=s=g=Oe(p.minus(1),p.plus(1),l,1),f=te(g.times(g),l,1),i=a=1;else return te(u,$.precision=x,w,de=!0);else return $.precision=x,u;u=c,i+=2}}function Rg(e){return String(e.s*e.s/0)}function Uo(e,t){var r,n,i;for((r=t.indexOf("."))>-1&&(t=t.replace(".","")),(n=t.search(/e/i))>0?(r<0&&(r=n),r+=+t.slice(n+1),t=t.substring(0,n)):r<0&&(r=t.length),n=0;t.charCodeAt(n)===48;n++);for(i=t.length;t.charCodeAt(i-1)===48;--i);if(t=t.slice(n,i),t){if(i-=n,e.e=r=r-n-1,e.d=[],n=(r+1)%oe,r<0&&(n+=oe),n<i){for(n&&e.d.push(+t.slice(0,n)),i-=oe;n<i;)e.d.push(+t.slice(n,n+=oe));t=t.slice(n),n=oe-t.length}else n-=i;for(;n--;)t+="0";e.d.push(+t),de&&(e.e>e.constructor.maxE?(e.d=null,e.e=NaN):e.e<e.constructor.minE&&(e.e=0,e.d=[0]))}else e.e=0,e.d=[0];return e}function xw(e,t){var r,n,i,o,s,a,u,c,l;if(t.indexOf("_")>-1){if(t=t.replace(/(\d)_(?=\d)/g,"$1"),$g.test(t))return Uo(e,t)}else if(t==="Infinity"||t==="NaN")return+t||(e.s=NaN),e.e=NaN,e.d=null,e;if(gw.test(t))r=16,t=t.toLowerCase();else if(hw.test(t))r=2;else if(bw.test(t))r=8;else throw Error(mr+t);for(o=t.search(/p/i),o>0?(u=+t.slice(o+1),t=t.substring(2,o)):t=t.slice(2),o=t.indexOf("."),s=o>=0,n=e.constructor,s&&(t=t.replace(".",""),a=t.length,o=a-o,i=Ag(n,new n(r),o,o*2)),c=Mo(t,r,Nt),l=c.length-1,o=l;c[o]===0;--o)c.pop();return o<0?new n(e.s*0):(e.e=Vo(c,l),e.d=c,de=!1,s&&(e=Oe(e,i,a*4)),u&&(e=e.times(Math.abs(u)<54?Ze(2,u):bi.pow(2,u))),de=!0,e)}function kw(e,t){var r,n=t.d.length;if(n<3)return t.isZero()?t:fn(e,2,t,t);r=1.4*Math.sqrt(n),r=r>16?16:r|0,t=t.times(1/Go(5,r)),t=fn(e,2,t,t);for(var i,o=new e(5),s=new e(16),a=new e(20);r--;)i=t.times(t),t=t.times(o.plus(i.times(s.times(i).minus(a))));return t}function fn(e,t,r,n,i){var o,s,a,u,c=1,l=e.precision,p=Math.ceil(l/oe);for(de=!1,u=r.times(r),a=new e(n);;){if(s=Oe(a.times(u),new e(t++*t++),l,1),a=i?n.plus(s):n.minus(s),n=Oe(s.times(u),new e(t++*t++),l,1),s=a.plus(n),s.d[p]!==void 0){for(o=p;s.d[o]===a.d[o]&&o--;);if(o==-1)break}o=a,a=n,n=s,s=o,c++}return de=!0,s.d.length=p+1,s}function Go(e,t){for(var r=e;--t;)r*=e;return r}function Pg(e,t){var r,n=t.s<0,i=Zt(e,e.precision,1),o=i.times(.5);if(t=t.abs(),t.lte(o))return er=n?4:1,t;if(r=t.divToInt(i),r.isZero())er=n?3:2;else{if(t=t.minus(r.times(i)),t.lte(o))return er=gg(r)?n?2:3:n?4:1,t;er=gg(r)?n?1:4:n?3:2}return t.minus(i).abs()}function jc(e,t,r,n){var i,o,s,a,u,c,l,p,f,h=e.constructor,b=r!==void 0;if(b?(ft(r,1,hr),n===void 0?n=h.rounding:ft(n,0,8)):(r=h.precision,n=h.rounding),!e.isFinite())l=Rg(e);else{for(l=Bt(e),s=l.indexOf("."),b?(i=2,t==16?r=r*4-3:t==8&&(r=r*3-2)):i=t,s>=0&&(l=l.replace(".",""),f=new h(1),f.e=l.length-s,f.d=Mo(Bt(f),10,i),f.e=f.d.length),p=Mo(l,10,i),o=u=p.length;p[--u]==0;)p.pop();if(!p[0])l=b?"0p+0":"0";else{if(s<0?o--:(e=new h(e),e.d=p,e.e=o,e=Oe(e,f,r,n,0,i),p=e.d,o=e.e,c=vg),s=p[r],a=i/2,c=c||p[r+1]!==void 0,c=n<4?(s!==void 0||c)&&(n===0||n===(e.s<0?3:2)):s>a||s===a&&(n===4||c||n===6&&p[r-1]&1||n===(e.s<0?8:7)),p.length=r,c)for(;++p[--r]>i-1;)p[r]=0,r||(++o,p.unshift(1));for(u=p.length;!p[u-1];--u);for(s=0,l="";s<u;s++)l+=zc.charAt(p[s]);if(b){if(u>1)if(t==16||t==8){for(s=t==16?4:3,--u;u%s;u++)l+="0";for(p=Mo(l,i,t),u=p.length;!p[u-1];--u);for(s=1,l="1.";s<u;s++)l+=zc.charAt(p[s])}else l=l.charAt(0)+"."+l.slice(1);l=l+(o<0?"p":"p+")+o}else if(o<0){for(;++o;)l="0"+l;l="0."+l}else if(++o>u)for(o-=u;o--;)l+="0";else o<u&&(l=l.slice(0,o)+"."+l.slice(o))}l=(t==16?"0x":t==2?"0b":t==8?"0o":"")+l}return e.s<0?"-"+l:l}function bg(e,t){if(e.length>t)return e.length=t,!0}function $w(e){return new this(e).abs()}function _w(e){return new this(e).acos()}function Aw(e){return new this(e).acosh()}function Sw(e,t){return new this(e).plus(t)}function Rw(e){return new this(e).asin()}function Pw(e){return new this(e).asinh()}function Ew(e){return new this(e).atan()}function Iw(e){return new this(e).atanh()}function Tw(e,t){e=new this(e),t=new this(t);var r,n=this.precision,i=this.rounding,o=n+4;return!e.s||!t.s?r=new this(NaN):!e.d&&!t.d?(r=Zt(this,o,1).times(t.s>0?.25:.75),r.s=e.s):!t.d||e.isZero()?(r=t.s<0?Zt(this,n,i):new this(0),r.s=e.s):!e.d||t.isZero()?(r=Zt(this,o,1).times(.5),r.s=e.s):t.s<0?(this.precision=o,this.rounding=1,r=this.atan(Oe(e,t,o,1)),t=Zt(this,o,1),this.precision=n,this.rounding=i,r=e.s<0?r.minus(t):r.plus(t)):r=this.atan(Oe(e,t,o,1)),r}function Ow(e){return new this(e).cbrt()}function Cw(e){return te(e=new this(e),e.e+1,2)}function Dw(e,t,r){return new this(e).clamp(t,r)}function Nw(e){if(!e||typeof e!="object")throw Error(Bo+"Object expected");var t,r,n,i=e.defaults===!0,o=["precision",1,hr,"rounding",0,8,"toExpNeg",-pn,0,"toExpPos",0,pn,"maxE",0,pn,"minE",-pn,0,"modulo",0,9];for(t=0;t<o.length;t+=3)if(r=o[t],i&&(this[r]=Mc[r]),(n=e[r])!==void 0)if(Qe(n)===n&&n>=o[t+1]&&n<=o[t+2])this[r]=n;else throw Error(mr+r+": "+n);if(r="crypto",i&&(this[r]=Mc[r]),(n=e[r])!==void 0)if(n===!0||n===!1||n===0||n===1)if(n)if(typeof crypto<"u"&&crypto&&(crypto.getRandomValues||crypto.randomBytes))this[r]=!0;else throw Error(xg);else this[r]=!1;else throw Error(mr+r+": "+n);return this}function Fw(e){return new this(e).cos()}function Lw(e){return new this(e).cosh()}function Eg(e){var t,r,n;function i(o){var s,a,u,c=this;if(!(c instanceof i))return new i(o);if(c.constructor=i,yg(o)){c.s=o.s,de?!o.d||o.e>i.maxE?(c.e=NaN,c.d=null):o.e<i.minE?(c.e=0,c.d=[0]):(c.e=o.e,c.d=o.d.slice()):(c.e=o.e,c.d=o.d?o.d.slice():o.d);return}if(u=typeof o,u==="number"){if(o===0){c.s=1/o<0?-1:1,c.e=0,c.d=[0];return}if(o<0?(o=-o,c.s=-1):c.s=1,o===~~o&&o<1e7){for(s=0,a=o;a>=10;a/=10)s++;de?s>i.maxE?(c.e=NaN,c.d=null):s<i.minE?(c.e=0,c.d=[0]):(c.e=s,c.d=[o]):(c.e=s,c.d=[o]);return}if(o*0!==0){o||(c.s=NaN),c.e=NaN,c.d=null;return}return Uo(c,o.toString())}if(u==="string")return(a=o.charCodeAt(0))===45?(o=o.slice(1),c.s=-1):(a===43&&(o=o.slice(1)),c.s=1),$g.test(o)?Uo(c,o):xw(c,o);if(u==="bigint")return o<0?(o=-o,c.s=-1):c.s=1,Uo(c,o.toString());throw Error(mr+o)}if(i.prototype=F,i.ROUND_UP=0,i.ROUND_DOWN=1,i.ROUND_CEIL=2,i.ROUND_FLOOR=3,i.ROUND_HALF_UP=4,i.ROUND_HALF_DOWN=5,i.ROUND_HALF_EVEN=6,i.ROUND_HALF_CEIL=7,i.ROUND_HALF_FLOOR=8,i.EUCLID=9,i.config=i.set=Nw,i.clone=Eg,i.isDecimal=yg,i.abs=$w,i.acos=_w,i.acosh=Aw,i.add=Sw,i.asin=Rw,i.asinh=Pw,i.atan=Ew,i.atanh=Iw,i.atan2=Tw,i.cbrt=Ow,i.ceil=Cw,i.clamp=Dw,i.cos=Fw,i.cosh=Lw,i.div=zw,i.exp=Mw,i.floor=Uw,i.hypot=qw,i.ln=jw,i.log=Zw,i.log10=Vw,i.log2=Bw,i.max=Gw,i.min=Kw,i.mod=Hw,i.mul=Ww,i.pow=Xw,i.random=Jw,i.round=Yw,i.sign=Qw,i.sin=ex,i.sinh=tx,i.sqrt=rx,i.sub=nx,i.sum=ix,i.tan=ox,i.tanh=sx,i.trunc=ax,e===void 0&&(e={}),e&&e.defaults!==!0)for(n=["precision","rounding","toExpNeg","toExpPos","maxE","minE","modulo","crypto"],t=0;t<n.length;)e.hasOwnProperty(r=n[t++])||(e[r]=this[r]);return i.config(e),i}function zw(e,t){return new this(e).div(t)}function Mw(e){return new this(e).exp()}function Uw(e){return te(e=new this(e),e.e+1,3)}function qw(){var e,t,r=new this(0);for(de=!1,e=0;e<arguments.length;)if(t=new this(arguments[e++]),t.d)r.d&&(r=r.plus(t.times(t)));else{if(t.s)return de=!0,new this(1/0);r=t}return de=!0,r.sqrt()}function yg(e){return e instanceof bi||e&&e.toStringTag===kg||!1}function jw(e){return new this(e).ln()}function Zw(e,t){return new this(e).log(t)}function Bw(e){return new this(e).log(2)}function Vw(e){return new this(e).log(10)}function Gw(){return Sg(this,arguments,-1)}function Kw(){return Sg(this,arguments,1)}function Hw(e,t){return new this(e).mod(t)}function Ww(e,t){return new this(e).mul(t)}function Xw(e,t){return new this(e).pow(t)}function Jw(e){var t,r,n,i,o=0,s=new this(1),a=[];if(e===void 0?e=this.precision:ft(e,1,hr),n=Math.ceil(e/oe),this.crypto)if(crypto.getRandomValues)for(t=crypto.getRandomValues(new Uint32Array(n));o<n;)i=t[o],i>=429e7?t[o]=crypto.getRandomValues(new Uint32Array(1))[0]:a[o++]=i%1e7;else if(crypto.randomBytes){for(t=crypto.randomBytes(n*=4);o<n;)i=t[o]+(t[o+1]<<8)+(t[o+2]<<16)+((t[o+3]&127)<<24),i>=214e7?crypto.randomBytes(4).copy(t,o):(a.push(i%1e7),o+=4);o=n/4}else throw Error(xg);else for(;o<n;)a[o++]=Math.random()*1e7|0;for(n=a[--o],e%=oe,n&&e&&(i=Ze(10,oe-e),a[o]=(n/i|0)*i);a[o]===0;o--)a.pop();if(o<0)r=0,a=[0];else{for(r=-1;a[0]===0;r-=oe)a.shift();for(n=1,i=a[0];i>=10;i/=10)n++;n<oe&&(r-=oe-n)}return s.e=r,s.d=a,s}function Yw(e){return te(e=new this(e),e.e+1,this.rounding)}function Qw(e){return e=new this(e),e.d?e.d[0]?e.s:0*e.s:e.s||NaN}function ex(e){return new this(e).sin()}function tx(e){return new this(e).sinh()}function rx(e){return new this(e).sqrt()}function nx(e,t){return new this(e).sub(t)}function ix(){var e=0,t=arguments,r=new this(t[e]);for(de=!1;r.s&&++e<t.length;)r=r.plus(t[e]);return de=!0,te(r,this.precision,this.rounding)}function ox(e){return new this(e).tan()}function sx(e){return new this(e).tanh()}function ax(e){return te(e=new this(e),e.e+1,1)}F[Symbol.for("nodejs.util.inspect.custom")]=F.toString;F[Symbol.toStringTag]="Decimal";var bi=F.constructor=Eg(Mc);qo=new bi(qo);jo=new bi(jo);var Ko=bi;var ye=Ko,Zc=100,cx=40,mt=ye.clone({precision:Zc,rounding:ye.ROUND_HALF_UP,toExpNeg:-40,toExpPos:40}),ux=mt.clone({precision:cx}),lx=mt.clone({precision:1e9}),Gt=new mt(0),Vt=new mt(1),dx=new mt("0.01");function le(e){return new mt(e)}function Fe(e){return e.toFixed()}function yi(e,t){return _e([e,t.negated()])}function _e(e){let t,r;for(let n of e)t===void 0?t=n:r=(r??new lx(t)).plus(n);return r?new mt(r):t===void 0?Gt:t.constructor===mt?t:new mt(t)}function Me(e,t){return new mt(new ux(e).dividedBy(t))}function ht(e,t){return t===Vt&&e.precision()<=Zc?e:e===Vt&&t.precision()<=Zc?t:e.times(t)}function Xe(e,t={}){let r=e.isNegative()&&!e.isZero(),n=e.abs(),i;return!n.isZero()&&n.lessThan(dx)?i=n.toSignificantDigits(2,ye.ROUND_HALF_UP).toFixed():i=Ig(n.toFixed(2,ye.ROUND_HALF_UP)),`${r?"-":t.sign?"+":""}$${i}`}function mn(e,t={}){let r=e.toFixed(1,ye.ROUND_HALF_UP);return`${t.sign&&e.greaterThan(0)?"+":""}${r}%`}function Ho(e){return Ig(e.toFixed())}function Ig(e){let t=e.startsWith("-"),r=t?e.slice(1):e,[n="0",i]=r.split("."),o=n.replace(/\B(?=(\d{3})+(?!\d))/g,",");return`${t?"-":""}${o}${i!==void 0?`.${i}`:""}`}var K=class extends Error{constructor(r,n,i,o){super(r);this.where=n;this.fix=i;this.detail=o}where;fix;detail;name="GenspendError";format(){let r=[];return this.where&&(r.push(this.where.line!==void 0?`${this.where.file}:${this.where.line}`:this.where.file),this.where.path&&r.push(this.where.path)),r.push(this.fix?`${this.message} (fix: ${this.fix})`:this.message),r.join(": ")}},St=class extends Error{constructor(r){super(r.map(n=>n.format()).join(`
`));this.errors=r}errors;name="GenspendErrors";format(){return this.message}};function Wo(e){if(e instanceof St)return e.errors;if(e instanceof K)return[e]}function zr(e,t){let r=[],n=[];for(let i of e)try{n.push(t(i))}catch(o){let s=Wo(o);if(!s)throw o;r.push(...s)}if(r.length)throw new St(r);return n}function gr(e,t,r=3){let n=e.toLowerCase(),i=Math.min(r,Math.max(1,Math.ceil(n.length/2))),o,s=i+1;for(let a of t){let u=px(n,a.toLowerCase(),s-1);u<s&&(s=u,o=a)}return o}var tr=[];function px(e,t,r){if(Math.abs(e.length-t.length)>r)return r+1;tr.length<=t.length&&(tr=new Array(t.length+1).fill(0));for(let n=0;n<=t.length;n++)tr[n]=n;for(let n=1;n<=e.length;n++){let i=tr[0];tr[0]=n;let o=n,s=e.charCodeAt(n-1);for(let a=1;a<=t.length;a++){let u=tr[a],c=Math.min(u+1,tr[a-1]+1,i+(s===t.charCodeAt(a-1)?0:1));tr[a]=c,c<o&&(o=c),i=u}if(o>r)return r+1}return tr[t.length]}function fx(e){return e&&e.__esModule&&Object.prototype.hasOwnProperty.call(e,"default")?e.default:e}var et={},Xo={},br={},Tg;function vi(){if(Tg)return br;Tg=1;function e(s){return typeof s>"u"||s===null}function t(s){return typeof s=="object"&&s!==null}function r(s){return Array.isArray(s)?s:e(s)?[]:[s]}function n(s,a){if(a){let u=Object.keys(a);for(let c=0,l=u.length;c<l;c+=1){let p=u[c];s[p]=a[p]}}return s}function i(s,a){let u="";for(let c=0;c<a;c+=1)u+=s;return u}function o(s){return s===0&&Number.NEGATIVE_INFINITY===1/s}return br.isNothing=e,br.isObject=t,br.toArray=r,br.repeat=i,br.isNegativeZero=o,br.extend=n,br}var Bc,Og;function wi(){if(Og)return Bc;Og=1;function e(r,n){let i="",o=r.reason||"(unknown reason)";return r.mark?(r.mark.name&&(i+='in "'+r.mark.name+'" '),i+="("+(r.mark.line+1)+":"+(r.mark.column+1)+")",!n&&r.mark.snippet&&(i+=`

`+r.mark.snippet),o+" "+i):o}function t(r,n){Error.call(this),this.name="YAMLException",this.reason=r,this.mark=n,this.message=e(this,!1),Error.captureStackTrace?Error.captureStackTrace(this,this.constructor):this.stack=new Error().stack||""}return t.prototype=Object.create(Error.prototype),t.prototype.constructor=t,t.prototype.toString=function(n){return this.name+": "+e(this,n)},Bc=t,Bc}var Vc,Cg;function mx(){if(Cg)return Vc;Cg=1;let e=vi();function t(i,o,s,a,u){let c="",l="",p=Math.floor(u/2)-1;return a-o>p&&(c=" ... ",o=a-p+c.length),s-a>p&&(l=" ...",s=a+p-l.length),{str:c+i.slice(o,s).replace(/\t/g,"\u2192")+l,pos:a-o+c.length}}function r(i,o){return e.repeat(" ",o-i.length)+i}function n(i,o){if(o=Object.create(o||null),!i.buffer)return null;o.maxLength||(o.maxLength=79),typeof o.indent!="number"&&(o.indent=1),typeof o.linesBefore!="number"&&(o.linesBefore=3),typeof o.linesAfter!="number"&&(o.linesAfter=2);let s=/\r?\n|\r|\0/g,a=[0],u=[],c,l=-1;for(;c=s.exec(i.buffer);)u.push(c.index),a.push(c.index+c[0].length),i.position<=c.index&&l<0&&(l=a.length-2);l<0&&(l=a.length-1);let p="",f=Math.min(i.line+o.linesAfter,u.length).toString().length,h=o.maxLength-(o.indent+f+3);for(let g=1;g<=o.linesBefore&&!(l-g<0);g++){let v=t(i.buffer,a[l-g],u[l-g],i.position-(a[l]-a[l-g]),h);p=e.repeat(" ",o.indent)+r((i.line-g+1).toString(),f)+" | "+v.str+`
`+p}let b=t(i.buffer,a[l],u[l],i.position,h);p+=e.repeat(" ",o.indent)+r((i.line+1).toString(),f)+" | "+b.str+`
`,p+=e.repeat("-",o.indent+f+3+b.pos)+`^
`;for(let g=1;g<=o.linesAfter&&!(l+g>=u.length);g++){let v=t(i.buffer,a[l+g],u[l+g],i.position-(a[l]-a[l+g]),h);p+=e.repeat(" ",o.indent)+r((i.line+g+1).toString(),f)+" | "+v.str+`
`}return p.replace(/\n$/,"")}return Vc=n,Vc}var Gc,Dg;function ot(){if(Dg)return Gc;Dg=1;let e=wi(),t=["kind","multi","resolve","construct","instanceOf","predicate","represent","representName","defaultStyle","styleAliases"],r=["scalar","sequence","mapping"];function n(o){let s={};return o!==null&&Object.keys(o).forEach(function(a){o[a].forEach(function(u){s[String(u)]=a})}),s}function i(o,s){if(s=s||{},Object.keys(s).forEach(function(a){if(t.indexOf(a)===-1)throw new e('Unknown option "'+a+'" is met in definition of "'+o+'" YAML type.')}),this.options=s,this.tag=o,this.kind=s.kind||null,this.resolve=s.resolve||function(){return!0},this.construct=s.construct||function(a){return a},this.instanceOf=s.instanceOf||null,this.predicate=s.predicate||null,this.represent=s.represent||null,this.representName=s.representName||null,this.defaultStyle=s.defaultStyle||null,this.multi=s.multi||!1,this.styleAliases=n(s.styleAliases||null),r.indexOf(this.kind)===-1)throw new e('Unknown kind "'+this.kind+'" is specified for "'+o+'" YAML type.')}return Gc=i,Gc}var Kc,Ng;function r0(){if(Ng)return Kc;Ng=1;let e=wi(),t=ot();function r(o,s){let a=[];return o[s].forEach(function(u){let c=a.length;a.forEach(function(l,p){l.tag===u.tag&&l.kind===u.kind&&l.multi===u.multi&&(c=p)}),a[c]=u}),a}function n(){let o={scalar:{},sequence:{},mapping:{},fallback:{},multi:{scalar:[],sequence:[],mapping:[],fallback:[]}};function s(a){a.multi?(o.multi[a.kind].push(a),o.multi.fallback.push(a)):o[a.kind][a.tag]=o.fallback[a.tag]=a}for(let a=0,u=arguments.length;a<u;a+=1)arguments[a].forEach(s);return o}function i(o){return this.extend(o)}return i.prototype.extend=function(s){let a=[],u=[];if(s instanceof t)u.push(s);else if(Array.isArray(s))u=u.concat(s);else if(s&&(Array.isArray(s.implicit)||Array.isArray(s.explicit)))s.implicit&&(a=a.concat(s.implicit)),s.explicit&&(u=u.concat(s.explicit));else throw new e("Schema.extend argument should be a Type, [ Type ], or a schema definition ({ implicit: [...], explicit: [...] })");a.forEach(function(l){if(!(l instanceof t))throw new e("Specified list of YAML types (or a single Type object) contains a non-Type object.");if(l.loadKind&&l.loadKind!=="scalar")throw new e("There is a non-scalar type in the implicit list of a schema. Implicit resolving of such types is not supported.");if(l.multi)throw new e("There is a multi type in the implicit list of a schema. Multi tags can only be listed as explicit.")}),u.forEach(function(l){if(!(l instanceof t))throw new e("Specified list of YAML types (or a single Type object) contains a non-Type object.")});let c=Object.create(i.prototype);return c.implicit=(this.implicit||[]).concat(a),c.explicit=(this.explicit||[]).concat(u),c.compiledImplicit=r(c,"implicit"),c.compiledExplicit=r(c,"explicit"),c.compiledTypeMap=n(c.compiledImplicit,c.compiledExplicit),c},Kc=i,Kc}var Hc,Fg;function n0(){if(Fg)return Hc;Fg=1;let e=ot();return Hc=new e("tag:yaml.org,2002:str",{kind:"scalar",construct:function(t){return t!==null?t:""}}),Hc}var Wc,Lg;function i0(){if(Lg)return Wc;Lg=1;let e=ot();return Wc=new e("tag:yaml.org,2002:seq",{kind:"sequence",construct:function(t){return t!==null?t:[]}}),Wc}var Xc,zg;function o0(){if(zg)return Xc;zg=1;let e=ot();return Xc=new e("tag:yaml.org,2002:map",{kind:"mapping",construct:function(t){return t!==null?t:{}}}),Xc}var Jc,Mg;function s0(){if(Mg)return Jc;Mg=1;let e=r0();return Jc=new e({explicit:[n0(),i0(),o0()]}),Jc}var Yc,Ug;function a0(){if(Ug)return Yc;Ug=1;let e=ot();function t(i){if(i===null)return!0;let o=i.length;return o===1&&i==="~"||o===4&&(i==="null"||i==="Null"||i==="NULL")}function r(){return null}function n(i){return i===null}return Yc=new e("tag:yaml.org,2002:null",{kind:"scalar",resolve:t,construct:r,predicate:n,represent:{canonical:function(){return"~"},lowercase:function(){return"null"},uppercase:function(){return"NULL"},camelcase:function(){return"Null"},empty:function(){return""}},defaultStyle:"lowercase"}),Yc}var Qc,qg;function c0(){if(qg)return Qc;qg=1;let e=ot();function t(i){if(i===null)return!1;let o=i.length;return o===4&&(i==="true"||i==="True"||i==="TRUE")||o===5&&(i==="false"||i==="False"||i==="FALSE")}function r(i){return i==="true"||i==="True"||i==="TRUE"}function n(i){return Object.prototype.toString.call(i)==="[object Boolean]"}return Qc=new e("tag:yaml.org,2002:bool",{kind:"scalar",resolve:t,construct:r,predicate:n,represent:{lowercase:function(i){return i?"true":"false"},uppercase:function(i){return i?"TRUE":"FALSE"},camelcase:function(i){return i?"True":"False"}},defaultStyle:"lowercase"}),Qc}var eu,jg;function u0(){if(jg)return eu;jg=1;let e=vi(),t=ot();function r(c){return c>=48&&c<=57||c>=65&&c<=70||c>=97&&c<=102}function n(c){return c>=48&&c<=55}function i(c){return c>=48&&c<=57}function o(c){if(c===null)return!1;let l=c.length,p=0,f=!1;if(!l)return!1;let h=c[p];if((h==="-"||h==="+")&&(h=c[++p]),h==="0"){if(p+1===l)return!0;if(h=c[++p],h==="b"){for(p++;p<l;p++){if(h=c[p],h!=="0"&&h!=="1")return!1;f=!0}return f&&isFinite(s(c))}if(h==="x"){for(p++;p<l;p++){if(!r(c.charCodeAt(p)))return!1;f=!0}return f&&isFinite(s(c))}if(h==="o"){for(p++;p<l;p++){if(!n(c.charCodeAt(p)))return!1;f=!0}return f&&isFinite(s(c))}}for(;p<l;p++){if(!i(c.charCodeAt(p)))return!1;f=!0}return f?isFinite(s(c)):!1}function s(c){let l=c,p=1,f=l[0];if((f==="-"||f==="+")&&(f==="-"&&(p=-1),l=l.slice(1),f=l[0]),l==="0")return 0;if(f==="0"){if(l[1]==="b")return p*parseInt(l.slice(2),2);if(l[1]==="x")return p*parseInt(l.slice(2),16);if(l[1]==="o")return p*parseInt(l.slice(2),8)}return p*parseInt(l,10)}function a(c){return s(c)}function u(c){return Object.prototype.toString.call(c)==="[object Number]"&&c%1===0&&!e.isNegativeZero(c)}return eu=new t("tag:yaml.org,2002:int",{kind:"scalar",resolve:o,construct:a,predicate:u,represent:{binary:function(c){return c>=0?"0b"+c.toString(2):"-0b"+c.toString(2).slice(1)},octal:function(c){return c>=0?"0o"+c.toString(8):"-0o"+c.toString(8).slice(1)},decimal:function(c){return c.toString(10)},hexadecimal:function(c){return c>=0?"0x"+c.toString(16).toUpperCase():"-0x"+c.toString(16).toUpperCase().slice(1)}},defaultStyle:"decimal",styleAliases:{binary:[2,"bin"],octal:[8,"oct"],decimal:[10,"dec"],hexadecimal:[16,"hex"]}}),eu}var tu,Zg;function l0(){if(Zg)return tu;Zg=1;let e=vi(),t=ot(),r=new RegExp("^(?:[-+]?(?:[0-9]+)(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$"),n=new RegExp("^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");function i(c){return c===null||!r.test(c)?!1:isFinite(parseFloat(c,10))?!0:n.test(c)}function o(c){let l=c.toLowerCase(),p=l[0]==="-"?-1:1;return"+-".indexOf(l[0])>=0&&(l=l.slice(1)),l===".inf"?p===1?Number.POSITIVE_INFINITY:Number.NEGATIVE_INFINITY:l===".nan"?NaN:p*parseFloat(l,10)}let s=/^[-+]?[0-9]+e/;function a(c,l){if(isNaN(c))switch(l){case"lowercase":return".nan";case"uppercase":return".NAN";case"camelcase":return".NaN"}else if(Number.POSITIVE_INFINITY===c)switch(l){case"lowercase":return".inf";case"uppercase":return".INF";case"camelcase":return".Inf"}else if(Number.NEGATIVE_INFINITY===c)switch(l){case"lowercase":return"-.inf";case"uppercase":return"-.INF";case"camelcase":return"-.Inf"}else if(e.isNegativeZero(c))return"-0.0";let p=c.toString(10);return s.test(p)?p.replace("e",".e"):p}function u(c){return Object.prototype.toString.call(c)==="[object Number]"&&(c%1!==0||e.isNegativeZero(c))}return tu=new t("tag:yaml.org,2002:float",{kind:"scalar",resolve:i,construct:o,predicate:u,represent:a,defaultStyle:"lowercase"}),tu}var ru,Bg;function d0(){return Bg||(Bg=1,ru=s0().extend({implicit:[a0(),c0(),u0(),l0()]})),ru}var nu,Vg;function p0(){return Vg||(Vg=1,nu=d0()),nu}var iu,Gg;function f0(){if(Gg)return iu;Gg=1;let e=ot(),t=new RegExp("^([0-9][0-9][0-9][0-9])-([0-9][0-9])-([0-9][0-9])$"),r=new RegExp("^([0-9][0-9][0-9][0-9])-([0-9][0-9]?)-([0-9][0-9]?)(?:[Tt]|[ \\t]+)([0-9][0-9]?):([0-9][0-9]):([0-9][0-9])(?:\\.([0-9]*))?(?:[ \\t]*(Z|([-+])([0-9][0-9]?)(?::([0-9][0-9]))?))?$");function n(s){return s===null?!1:t.exec(s)!==null||r.exec(s)!==null}function i(s){let a=0,u=null,c=t.exec(s);if(c===null&&(c=r.exec(s)),c===null)throw new Error("Date resolve error");let l=+c[1],p=+c[2]-1,f=+c[3];if(!c[4])return new Date(Date.UTC(l,p,f));let h=+c[4],b=+c[5],g=+c[6];if(c[7]){for(a=c[7].slice(0,3);a.length<3;)a+="0";a=+a}if(c[9]){let $=+c[10],w=+(c[11]||0);u=($*60+w)*6e4,c[9]==="-"&&(u=-u)}let v=new Date(Date.UTC(l,p,f,h,b,g,a));return u&&v.setTime(v.getTime()-u),v}function o(s){return s.toISOString()}return iu=new e("tag:yaml.org,2002:timestamp",{kind:"scalar",resolve:n,construct:i,instanceOf:Date,represent:o}),iu}var ou,Kg;function m0(){if(Kg)return ou;Kg=1;let e=ot();function t(r){return r==="<<"||r===null}return ou=new e("tag:yaml.org,2002:merge",{kind:"scalar",resolve:t}),ou}var su,Hg;function h0(){if(Hg)return su;Hg=1;let e=ot(),t=`ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=
\r`;function r(s){if(s===null)return!1;let a=0,u=s.length,c=t;for(let l=0;l<u;l++){let p=c.indexOf(s.charAt(l));if(!(p>64)){if(p<0)return!1;a+=6}}return a%8===0}function n(s){let a=s.replace(/[\r\n=]/g,""),u=a.length,c=t,l=0,p=[];for(let h=0;h<u;h++)h%4===0&&h&&(p.push(l>>16&255),p.push(l>>8&255),p.push(l&255)),l=l<<6|c.indexOf(a.charAt(h));let f=u%4*6;return f===0?(p.push(l>>16&255),p.push(l>>8&255),p.push(l&255)):f===18?(p.push(l>>10&255),p.push(l>>2&255)):f===12&&p.push(l>>4&255),new Uint8Array(p)}function i(s){let a="",u=0,c=s.length,l=t;for(let f=0;f<c;f++)f%3===0&&f&&(a+=l[u>>18&63],a+=l[u>>12&63],a+=l[u>>6&63],a+=l[u&63]),u=(u<<8)+s[f];let p=c%3;return p===0?(a+=l[u>>18&63],a+=l[u>>12&63],a+=l[u>>6&63],a+=l[u&63]):p===2?(a+=l[u>>10&63],a+=l[u>>4&63],a+=l[u<<2&63],a+=l[64]):p===1&&(a+=l[u>>2&63],a+=l[u<<4&63],a+=l[64],a+=l[64]),a}function o(s){return Object.prototype.toString.call(s)==="[object Uint8Array]"}return su=new e("tag:yaml.org,2002:binary",{kind:"scalar",resolve:r,construct:n,predicate:o,represent:i}),su}var au,Wg;function g0(){if(Wg)return au;Wg=1;let e=ot(),t=Object.prototype.hasOwnProperty,r=Object.prototype.toString;function n(o){if(o===null)return!0;let s={},a=o;for(let u=0,c=a.length;u<c;u+=1){let l=a[u],p=!1;if(r.call(l)!=="[object Object]")return!1;let f;for(f in l)if(t.call(l,f))if(!p)p=!0;else return!1;if(!p||t.call(s,f))return!1;Object.defineProperty(s,f,{value:!0})}return!0}function i(o){return o!==null?o:[]}return au=new e("tag:yaml.org,2002:omap",{kind:"sequence",resolve:n,construct:i}),au}var cu,Xg;function b0(){if(Xg)return cu;Xg=1;let e=ot(),t=Object.prototype.toString;function r(i){if(i===null)return!0;let o=i,s=new Array(o.length);for(let a=0,u=o.length;a<u;a+=1){let c=o[a];if(t.call(c)!=="[object Object]")return!1;let l=Object.keys(c);if(l.length!==1)return!1;s[a]=[l[0],c[l[0]]]}return!0}function n(i){if(i===null)return[];let o=i,s=new Array(o.length);for(let a=0,u=o.length;a<u;a+=1){let c=o[a],l=Object.keys(c);s[a]=[l[0],c[l[0]]]}return s}return cu=new e("tag:yaml.org,2002:pairs",{kind:"sequence",resolve:r,construct:n}),cu}var uu,Jg;function y0(){if(Jg)return uu;Jg=1;let e=ot(),t=Object.prototype.hasOwnProperty;function r(i){if(i===null)return!0;let o=i;for(let s in o)if(t.call(o,s)&&o[s]!==null)return!1;return!0}function n(i){return i!==null?i:{}}return uu=new e("tag:yaml.org,2002:set",{kind:"mapping",resolve:r,construct:n}),uu}var lu,Yg;function pu(){return Yg||(Yg=1,lu=p0().extend({implicit:[f0(),m0()],explicit:[h0(),g0(),b0(),y0()]})),lu}var Qg;function hx(){if(Qg)return Xo;Qg=1;let e=vi(),t=wi(),r=mx(),n=pu(),i=Object.prototype.hasOwnProperty,o=1,s=2,a=3,u=4,c=1,l=2,p=3,f=/[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/,h=/[\x85\u2028\u2029]/,b=/[,\[\]{}]/,g=/^(?:!|!!|![0-9A-Za-z-]+!)$/,v=/^(?:!|[^,\[\]{}])(?:%[0-9a-f]{2}|[0-9a-z\-#;/?:@&=+$,_.!~*'()\[\]])*$/i;function $(d){return Object.prototype.toString.call(d)}function w(d){return d===10||d===13}function x(d){return d===9||d===32}function N(d){return d===9||d===32||d===10||d===13}function L(d){return d===44||d===91||d===93||d===123||d===125}function V(d){if(d>=48&&d<=57)return d-48;let _=d|32;return _>=97&&_<=102?_-97+10:-1}function Q(d){return d===120?2:d===117?4:d===85?8:0}function W(d){return d>=48&&d<=57?d-48:-1}function J(d){switch(d){case 48:return"\0";case 97:return"\x07";case 98:return"\b";case 116:return"	";case 9:return"	";case 110:return`
`;case 118:return"\v";case 102:return"\f";case 114:return"\r";case 101:return"\x1B";case 32:return" ";case 34:return'"';case 47:return"/";case 92:return"\\";case 78:return"\x85";case 95:return"\xA0";case 76:return"\u2028";case 80:return"\u2029";default:return""}}function A(d){return d<=65535?String.fromCharCode(d):String.fromCharCode((d-65536>>10)+55296,(d-65536&1023)+56320)}function ee(d,_,C){_==="__proto__"?Object.defineProperty(d,_,{configurable:!0,enumerable:!0,writable:!0,value:C}):d[_]=C}let he=new Array(256),ae=new Array(256);for(let d=0;d<256;d++)he[d]=J(d)?1:0,ae[d]=J(d);function R(d,_){this.input=d,this.filename=_.filename||null,this.schema=_.schema||n,this.onWarning=_.onWarning||null,this.legacy=_.legacy||!1,this.json=_.json||!1,this.listener=_.listener||null,this.maxDepth=typeof _.maxDepth=="number"?_.maxDepth:100,this.maxTotalMergeKeys=typeof _.maxTotalMergeKeys=="number"?_.maxTotalMergeKeys:1e4,this.implicitTypes=this.schema.compiledImplicit,this.typeMap=this.schema.compiledTypeMap,this.length=d.length,this.position=0,this.line=0,this.lineStart=0,this.lineIndent=0,this.depth=0,this.totalMergeKeys=0,this.firstTabInLine=-1,this.documents=[],this.anchorMapTransactions=[]}function P(d,_){let C={name:d.filename,buffer:d.input.slice(0,-1),position:d.position,line:d.line,column:d.position-d.lineStart};return C.snippet=r(C),new t(_,C)}function O(d,_){throw P(d,_)}function G(d,_){d.onWarning&&d.onWarning.call(null,P(d,_))}function fe(d,_,C){let D=d.anchorMapTransactions;if(D.length!==0){let I=D[D.length-1];i.call(I,_)||(I[_]={existed:i.call(d.anchorMap,_),value:d.anchorMap[_]})}d.anchorMap[_]=C}function Ce(d){d.anchorMapTransactions.push(Object.create(null))}function xe(d){let _=d.anchorMapTransactions.pop(),C=d.anchorMapTransactions;if(C.length===0)return;let D=C[C.length-1],I=Object.keys(_);for(let m=0,S=I.length;m<S;m+=1){let E=I[m];i.call(D,E)||(D[E]=_[E])}}function rt(d){let _=d.anchorMapTransactions.pop(),C=Object.keys(_);for(let D=C.length-1;D>=0;D-=1){let I=_[C[D]];I.existed?d.anchorMap[C[D]]=I.value:delete d.anchorMap[C[D]]}}function dt(d){return{position:d.position,line:d.line,lineStart:d.lineStart,lineIndent:d.lineIndent,firstTabInLine:d.firstTabInLine,tag:d.tag,anchor:d.anchor,kind:d.kind,result:d.result}}function pt(d,_){d.position=_.position,d.line=_.line,d.lineStart=_.lineStart,d.lineIndent=_.lineIndent,d.firstTabInLine=_.firstTabInLine,d.tag=_.tag,d.anchor=_.anchor,d.kind=_.kind,d.result=_.result}let _t={YAML:function(_,C,D){_.version!==null&&O(_,"duplication of %YAML directive"),D.length!==1&&O(_,"YAML directive accepts exactly one argument");let I=/^([0-9]+)\.([0-9]+)$/.exec(D[0]);I===null&&O(_,"ill-formed argument of the YAML directive");let m=parseInt(I[1],10),S=parseInt(I[2],10);m!==1&&O(_,"unacceptable YAML version of the document"),_.version=D[0],_.checkLineBreaks=S<2,S!==1&&S!==2&&G(_,"unsupported YAML version of the document")},TAG:function(_,C,D){let I;D.length!==2&&O(_,"TAG directive accepts exactly two arguments");let m=D[0];I=D[1],g.test(m)||O(_,"ill-formed tag handle (first argument) of the TAG directive"),i.call(_.tagMap,m)&&O(_,'there is a previously declared suffix for "'+m+'" tag handle'),v.test(I)||O(_,"ill-formed tag prefix (second argument) of the TAG directive");try{I=decodeURIComponent(I)}catch{O(_,"tag prefix is malformed: "+I)}_.tagMap[m]=I}};function ne(d,_,C,D){if(_<C){let I=d.input.slice(_,C);if(D)for(let m=0,S=I.length;m<S;m+=1){let E=I.charCodeAt(m);E===9||E>=32&&E<=1114111||O(d,"expected valid JSON character")}else f.test(I)&&O(d,"the stream contains non-printable characters");d.result+=I}}function At(d){d.totalMergeKeys++,d.maxTotalMergeKeys!==-1&&d.totalMergeKeys>d.maxTotalMergeKeys&&O(d,"merge keys exceeded maxTotalMergeKeys ("+d.maxTotalMergeKeys+")")}function Lr(d,_,C,D){e.isObject(C)||O(d,"cannot merge mappings; the provided source object is unacceptable"),At(d);let I=Object.keys(C);for(let m=0,S=I.length;m<S;m+=1){let E=I[m];At(d),i.call(_,E)||(ee(_,E,C[E]),D[E]=!0)}}function Z(d,_,C,D,I,m,S,E,z){if(Array.isArray(I)){I=Array.prototype.slice.call(I);for(let U=0,q=I.length;U<q;U+=1)Array.isArray(I[U])&&O(d,"nested arrays are not supported inside keys"),typeof I=="object"&&$(I[U])==="[object Object]"&&(I[U]="[object Object]")}if(typeof I=="object"&&$(I)==="[object Object]"&&(I="[object Object]"),I=String(I),_===null&&(_={}),D==="tag:yaml.org,2002:merge")if(Array.isArray(m)){m.length>100&&O(d,"abnormal merge sequence size");for(let U=0,q=m.length;U<q;U+=1)Lr(d,_,m[U],C)}else Lr(d,_,m,C);else!d.json&&!i.call(C,I)&&i.call(_,I)&&(d.line=S||d.line,d.lineStart=E||d.lineStart,d.position=z||d.position,O(d,"duplicated mapping key")),ee(_,I,m),delete C[I];return _}function Ae(d){let _=d.input.charCodeAt(d.position);_===10?d.position++:_===13?(d.position++,d.input.charCodeAt(d.position)===10&&d.position++):O(d,"a line break is expected"),d.line+=1,d.lineStart=d.position,d.firstTabInLine=-1}function M(d,_,C){let D=0,I=d.input.charCodeAt(d.position);for(;I!==0;){for(;x(I);)I===9&&d.firstTabInLine===-1&&(d.firstTabInLine=d.position),I=d.input.charCodeAt(++d.position);if(_&&I===35)do I=d.input.charCodeAt(++d.position);while(I!==10&&I!==13&&I!==0);if(w(I))for(Ae(d),I=d.input.charCodeAt(d.position),D++,d.lineIndent=0;I===32;)d.lineIndent++,I=d.input.charCodeAt(++d.position);else break}return C!==-1&&D!==0&&d.lineIndent<C&&G(d,"deficient indentation"),D}function ue(d){let _=d.position,C=d.input.charCodeAt(_);return!!((C===45||C===46)&&C===d.input.charCodeAt(_+1)&&C===d.input.charCodeAt(_+2)&&(_+=3,C=d.input.charCodeAt(_),C===0||N(C)))}function ke(d,_){_===1?d.result+=" ":_>1&&(d.result+=e.repeat(`
`,_-1))}function De(d,_,C){let D,I,m,S,E,z,U=d.kind,q=d.result,T=d.input.charCodeAt(d.position);if(N(T)||L(T)||T===35||T===38||T===42||T===33||T===124||T===62||T===39||T===34||T===37||T===64||T===96)return!1;if(T===63||T===45){let B=d.input.charCodeAt(d.position+1);if(N(B)||C&&L(B))return!1}for(d.kind="scalar",d.result="",D=I=d.position,m=!1;T!==0;){if(T===58){let B=d.input.charCodeAt(d.position+1);if(N(B)||C&&L(B))break}else if(T===35){let B=d.input.charCodeAt(d.position-1);if(N(B))break}else{if(d.position===d.lineStart&&ue(d)||C&&L(T))break;if(w(T))if(S=d.line,E=d.lineStart,z=d.lineIndent,M(d,!1,-1),d.lineIndent>=_){m=!0,T=d.input.charCodeAt(d.position);continue}else{d.position=I,d.line=S,d.lineStart=E,d.lineIndent=z;break}}m&&(ne(d,D,I,!1),ke(d,d.line-S),D=I=d.position,m=!1),x(T)||(I=d.position+1),T=d.input.charCodeAt(++d.position)}return ne(d,D,I,!1),d.result?!0:(d.kind=U,d.result=q,!1)}function $e(d,_){let C,D,I=d.input.charCodeAt(d.position);if(I!==39)return!1;for(d.kind="scalar",d.result="",d.position++,C=D=d.position;(I=d.input.charCodeAt(d.position))!==0;)if(I===39)if(ne(d,C,d.position,!0),I=d.input.charCodeAt(++d.position),I===39)C=d.position,d.position++,D=d.position;else return!0;else w(I)?(ne(d,C,D,!0),ke(d,M(d,!1,_)),C=D=d.position):d.position===d.lineStart&&ue(d)?O(d,"unexpected end of the document within a single quoted scalar"):(d.position++,x(I)||(D=d.position));O(d,"unexpected end of the stream within a single quoted scalar")}function nt(d,_){let C,D,I,m=d.input.charCodeAt(d.position);if(m!==34)return!1;for(d.kind="scalar",d.result="",d.position++,C=D=d.position;(m=d.input.charCodeAt(d.position))!==0;){if(m===34)return ne(d,C,d.position,!0),d.position++,!0;if(m===92){if(ne(d,C,d.position,!0),m=d.input.charCodeAt(++d.position),w(m))M(d,!1,_);else if(m<256&&he[m])d.result+=ae[m],d.position++;else if((I=Q(m))>0){let S=I,E=0;for(;S>0;S--)m=d.input.charCodeAt(++d.position),(I=V(m))>=0?E=(E<<4)+I:O(d,"expected hexadecimal character");d.result+=A(E),d.position++}else O(d,"unknown escape sequence");C=D=d.position}else w(m)?(ne(d,C,D,!0),ke(d,M(d,!1,_)),C=D=d.position):d.position===d.lineStart&&ue(d)?O(d,"unexpected end of the document within a double quoted scalar"):(d.position++,x(m)||(D=d.position))}O(d,"unexpected end of the stream within a double quoted scalar")}function It(d,_){let C=!0,D,I,m,S=d.tag,E,z=d.anchor,U,q,T,B,Y=Object.create(null),ie,se,me,ve=d.input.charCodeAt(d.position);if(ve===91)U=93,B=!1,E=[];else if(ve===123)U=125,B=!0,E={};else return!1;for(d.anchor!==null&&fe(d,d.anchor,E),ve=d.input.charCodeAt(++d.position);ve!==0;){if(M(d,!0,_),ve=d.input.charCodeAt(d.position),ve===U)return d.position++,d.tag=S,d.anchor=z,d.kind=B?"mapping":"sequence",d.result=E,!0;if(C?ve===44&&O(d,"expected the node content, but found ','"):O(d,"missed comma between flow collection entries"),se=ie=me=null,q=T=!1,ve===63){let dr=d.input.charCodeAt(d.position+1);N(dr)&&(q=T=!0,d.position++,M(d,!0,_))}D=d.line,I=d.lineStart,m=d.position,lr(d,_,o,!1,!0),se=d.tag,ie=d.result,M(d,!0,_),ve=d.input.charCodeAt(d.position),(T||d.line===D)&&ve===58&&(q=!0,ve=d.input.charCodeAt(++d.position),M(d,!0,_),lr(d,_,o,!1,!0),me=d.result),B?Z(d,E,Y,se,ie,me,D,I,m):q?E.push(Z(d,null,Y,se,ie,me,D,I,m)):E.push(ie),M(d,!0,_),ve=d.input.charCodeAt(d.position),ve===44?(C=!0,ve=d.input.charCodeAt(++d.position)):C=!1}O(d,"unexpected end of the stream within a flow collection")}function it(d,_){let C,D=c,I=!1,m=!1,S=_,E=0,z=!1,U,q=d.input.charCodeAt(d.position);if(q===124)C=!1;else if(q===62)C=!0;else return!1;for(d.kind="scalar",d.result="";q!==0;)if(q=d.input.charCodeAt(++d.position),q===43||q===45)c===D?D=q===43?p:l:O(d,"repeat of a chomping mode identifier");else if((U=W(q))>=0)U===0?O(d,"bad explicit indentation width of a block scalar; it cannot be less than one"):m?O(d,"repeat of an indentation width identifier"):(S=_+U-1,m=!0);else break;if(x(q)){do q=d.input.charCodeAt(++d.position);while(x(q));if(q===35)do q=d.input.charCodeAt(++d.position);while(!w(q)&&q!==0)}for(;q!==0;){for(Ae(d),d.lineIndent=0,q=d.input.charCodeAt(d.position);(!m||d.lineIndent<S)&&q===32;)d.lineIndent++,q=d.input.charCodeAt(++d.position);if(!m&&d.lineIndent>S&&(S=d.lineIndent),w(q)){E++;continue}if(!m&&S===0&&O(d,"missing indentation for block scalar"),d.lineIndent<S){D===p?d.result+=e.repeat(`
`,I?1+E:E):D===c&&I&&(d.result+=`
`);break}C?x(q)?(z=!0,d.result+=e.repeat(`
`,I?1+E:E)):z?(z=!1,d.result+=e.repeat(`
`,E+1)):E===0?I&&(d.result+=" "):d.result+=e.repeat(`
`,E):d.result+=e.repeat(`
`,I?1+E:E),I=!0,m=!0,E=0;let T=d.position;for(;!w(q)&&q!==0;)q=d.input.charCodeAt(++d.position);ne(d,T,d.position,!1)}return!0}function Do(d,_){let C=d.tag,D=d.anchor,I=[],m=!1;if(d.firstTabInLine!==-1)return!1;d.anchor!==null&&fe(d,d.anchor,I);let S=d.input.charCodeAt(d.position);for(;S!==0&&(d.firstTabInLine!==-1&&(d.position=d.firstTabInLine,O(d,"tab characters must not be used in indentation")),S===45);){let E=d.input.charCodeAt(d.position+1);if(!N(E))break;if(m=!0,d.position++,M(d,!0,-1)&&d.lineIndent<=_){I.push(null),S=d.input.charCodeAt(d.position);continue}let z=d.line;if(lr(d,_,a,!1,!0),I.push(d.result),M(d,!0,-1),S=d.input.charCodeAt(d.position),(d.line===z||d.lineIndent>_)&&S!==0)O(d,"bad indentation of a sequence entry");else if(d.lineIndent<_)break}return m?(d.tag=C,d.anchor=D,d.kind="sequence",d.result=I,!0):!1}function No(d,_,C){let D,I,m,S,E=d.tag,z=d.anchor,U={},q=Object.create(null),T=null,B=null,Y=null,ie=!1,se=!1;if(d.firstTabInLine!==-1)return!1;d.anchor!==null&&fe(d,d.anchor,U);let me=d.input.charCodeAt(d.position);for(;me!==0;){!ie&&d.firstTabInLine!==-1&&(d.position=d.firstTabInLine,O(d,"tab characters must not be used in indentation"));let ve=d.input.charCodeAt(d.position+1),dr=d.line;if((me===63||me===58)&&N(ve))me===63?(ie&&(Z(d,U,q,T,B,null,I,m,S),T=B=Y=null),se=!0,ie=!0,D=!0):ie?(ie=!1,D=!0):O(d,"incomplete explicit mapping pair; a key node is missed; or followed by a non-tabulated empty line"),d.position+=1,me=ve;else{if(I=d.line,m=d.lineStart,S=d.position,!lr(d,C,s,!1,!0))break;if(d.line===dr){for(me=d.input.charCodeAt(d.position);x(me);)me=d.input.charCodeAt(++d.position);if(me===58)me=d.input.charCodeAt(++d.position),N(me)||O(d,"a whitespace character is expected after the key-value separator within a block mapping"),ie&&(Z(d,U,q,T,B,null,I,m,S),T=B=Y=null),se=!0,ie=!1,D=!1,T=d.tag,B=d.result;else if(se)O(d,"can not read an implicit mapping pair; a colon is missed");else return d.tag=E,d.anchor=z,!0}else if(se)O(d,"can not read a block mapping entry; a multiline key may not be an implicit key");else return d.tag=E,d.anchor=z,!0}if((d.line===dr||d.lineIndent>_)&&(ie&&(I=d.line,m=d.lineStart,S=d.position),lr(d,_,u,!0,D)&&(ie?B=d.result:Y=d.result),ie||(Z(d,U,q,T,B,Y,I,m,S),T=B=Y=null),M(d,!0,-1),me=d.input.charCodeAt(d.position)),(d.line===dr||d.lineIndent>_)&&me!==0)O(d,"bad indentation of a mapping entry");else if(d.lineIndent<_)break}return ie&&Z(d,U,q,T,B,null,I,m,S),se&&(d.tag=E,d.anchor=z,d.kind="mapping",d.result=U),se}function Fo(d){let _=!1,C=!1,D,I,m=d.input.charCodeAt(d.position);if(m!==33)return!1;d.tag!==null&&O(d,"duplication of a tag property"),m=d.input.charCodeAt(++d.position),m===60?(_=!0,m=d.input.charCodeAt(++d.position)):m===33?(C=!0,D="!!",m=d.input.charCodeAt(++d.position)):D="!";let S=d.position;if(_){do m=d.input.charCodeAt(++d.position);while(m!==0&&m!==62);d.position<d.length?(I=d.input.slice(S,d.position),m=d.input.charCodeAt(++d.position)):O(d,"unexpected end of the stream within a verbatim tag")}else{for(;m!==0&&!N(m);)m===33&&(C?O(d,"tag suffix cannot contain exclamation marks"):(D=d.input.slice(S-1,d.position+1),g.test(D)||O(d,"named tag handle cannot contain such characters"),C=!0,S=d.position+1)),m=d.input.charCodeAt(++d.position);I=d.input.slice(S,d.position),b.test(I)&&O(d,"tag suffix cannot contain flow indicator characters")}I&&!v.test(I)&&O(d,"tag name cannot contain such characters: "+I);try{I=decodeURIComponent(I)}catch{O(d,"tag name is malformed: "+I)}return _?d.tag=I:i.call(d.tagMap,D)?d.tag=d.tagMap[D]+I:D==="!"?d.tag="!"+I:D==="!!"?d.tag="tag:yaml.org,2002:"+I:O(d,'undeclared tag handle "'+D+'"'),!0}function Lo(d){let _=d.input.charCodeAt(d.position);if(_!==38)return!1;d.anchor!==null&&O(d,"duplication of an anchor property"),_=d.input.charCodeAt(++d.position);let C=d.position;for(;_!==0&&!N(_)&&!L(_);)_=d.input.charCodeAt(++d.position);return d.position===C&&O(d,"name of an anchor node must contain at least one character"),d.anchor=d.input.slice(C,d.position),!0}function Cc(d){let _=d.input.charCodeAt(d.position);if(_!==42)return!1;_=d.input.charCodeAt(++d.position);let C=d.position;for(;_!==0&&!N(_)&&!L(_);)_=d.input.charCodeAt(++d.position);d.position===C&&O(d,"name of an alias node must contain at least one character");let D=d.input.slice(C,d.position);return i.call(d.anchorMap,D)||O(d,'unidentified alias "'+D+'"'),d.result=d.anchorMap[D],M(d,!0,-1),!0}function zo(d,_,C,D){let I=dt(d);return Ce(d),pt(d,_),d.tag=null,d.anchor=null,d.kind=null,d.result=null,No(d,C,D)&&d.kind==="mapping"?(xe(d),!0):(rt(d),pt(d,I),!1)}function lr(d,_,C,D,I){let m,S,E=1,z=!1,U=!1,q=null,T,B,Y;d.depth>=d.maxDepth&&O(d,"nesting exceeded maxDepth ("+d.maxDepth+")"),d.depth+=1,d.listener!==null&&d.listener("open",d),d.tag=null,d.anchor=null,d.kind=null,d.result=null;let ie=m=S=u===C||a===C;if(D&&M(d,!0,-1)&&(z=!0,d.lineIndent>_?E=1:d.lineIndent===_?E=0:d.lineIndent<_&&(E=-1)),E===1)for(;;){let se=d.input.charCodeAt(d.position),me=dt(d);if(z&&(se===33&&d.tag!==null||se===38&&d.anchor!==null)||!Fo(d)&&!Lo(d))break;q===null&&(q=me),M(d,!0,-1)?(z=!0,S=ie,d.lineIndent>_?E=1:d.lineIndent===_?E=0:d.lineIndent<_&&(E=-1)):S=!1}if(S&&(S=z||I),E===1||u===C)if(o===C||s===C?B=_:B=_+1,Y=d.position-d.lineStart,E===1)if(S&&(Do(d,Y)||No(d,Y,B))||It(d,B))U=!0;else{let se=d.input.charCodeAt(d.position);q!==null&&ie&&!S&&se!==124&&se!==62&&zo(d,q,q.position-q.lineStart,B)||m&&it(d,B)||$e(d,B)||nt(d,B)?U=!0:Cc(d)?(U=!0,(d.tag!==null||d.anchor!==null)&&O(d,"alias node should not have any properties")):De(d,B,o===C)&&(U=!0,d.tag===null&&(d.tag="?")),d.anchor!==null&&fe(d,d.anchor,d.result)}else E===0&&(U=S&&Do(d,Y));if(d.tag===null)d.anchor!==null&&fe(d,d.anchor,d.result);else if(d.tag==="?"){d.result!==null&&d.kind!=="scalar"&&O(d,'unacceptable node kind for !<?> tag; it should be "scalar", not "'+d.kind+'"');for(let se=0,me=d.implicitTypes.length;se<me;se+=1)if(T=d.implicitTypes[se],T.resolve(d.result)){d.result=T.construct(d.result),d.tag=T.tag,d.anchor!==null&&fe(d,d.anchor,d.result);break}}else if(d.tag!=="!"){if(i.call(d.typeMap[d.kind||"fallback"],d.tag))T=d.typeMap[d.kind||"fallback"][d.tag];else{T=null;let se=d.typeMap.multi[d.kind||"fallback"];for(let me=0,ve=se.length;me<ve;me+=1)if(d.tag.slice(0,se[me].tag.length)===se[me].tag){T=se[me];break}}T||O(d,"unknown tag !<"+d.tag+">"),d.result!==null&&T.kind!==d.kind&&O(d,"unacceptable node kind for !<"+d.tag+'> tag; it should be "'+T.kind+'", not "'+d.kind+'"'),T.resolve(d.result,d.tag)?(d.result=T.construct(d.result,d.tag),d.anchor!==null&&fe(d,d.anchor,d.result)):O(d,"cannot resolve a node with !<"+d.tag+"> explicit tag")}return d.listener!==null&&d.listener("close",d),d.depth-=1,d.tag!==null||d.anchor!==null||U}function Dc(d){let _=d.position,C=!1,D;for(d.version=null,d.checkLineBreaks=d.legacy,d.tagMap=Object.create(null),d.anchorMap=Object.create(null);(D=d.input.charCodeAt(d.position))!==0&&(M(d,!0,-1),D=d.input.charCodeAt(d.position),!(d.lineIndent>0||D!==37));){C=!0,D=d.input.charCodeAt(++d.position);let I=d.position;for(;D!==0&&!N(D);)D=d.input.charCodeAt(++d.position);let m=d.input.slice(I,d.position),S=[];for(m.length<1&&O(d,"directive name must not be less than one character in length");D!==0;){for(;x(D);)D=d.input.charCodeAt(++d.position);if(D===35){do D=d.input.charCodeAt(++d.position);while(D!==0&&!w(D));break}if(w(D))break;for(I=d.position;D!==0&&!N(D);)D=d.input.charCodeAt(++d.position);S.push(d.input.slice(I,d.position))}D!==0&&Ae(d),i.call(_t,m)?_t[m](d,m,S):G(d,'unknown document directive "'+m+'"')}if(M(d,!0,-1),d.lineIndent===0&&d.input.charCodeAt(d.position)===45&&d.input.charCodeAt(d.position+1)===45&&d.input.charCodeAt(d.position+2)===45?(d.position+=3,M(d,!0,-1)):C&&O(d,"directives end mark is expected"),lr(d,d.lineIndent-1,u,!1,!0),M(d,!0,-1),d.checkLineBreaks&&h.test(d.input.slice(_,d.position))&&G(d,"non-ASCII line breaks are interpreted as content"),d.documents.push(d.result),d.position===d.lineStart&&ue(d)){d.input.charCodeAt(d.position)===46&&(d.position+=3,M(d,!0,-1));return}d.position<d.length-1&&O(d,"end of the stream or a document separator is expected")}function fi(d,_){d=String(d),_=_||{},d.length!==0&&(d.charCodeAt(d.length-1)!==10&&d.charCodeAt(d.length-1)!==13&&(d+=`
`),d.charCodeAt(0)===65279&&(d=d.slice(1)));let C=new R(d,_),D=d.indexOf("\0");for(D!==-1&&(C.position=D,O(C,"null byte is not allowed in input")),C.input+="\0";C.input.charCodeAt(C.position)===32;)C.lineIndent+=1,C.position+=1;for(;C.position<C.length-1;)Dc(C);return C.documents}function Nc(d,_,C){_!==null&&typeof _=="object"&&typeof C>"u"&&(C=_,_=null);let D=fi(d,C);if(typeof _!="function")return D;for(let I=0,m=D.length;I<m;I+=1)_(D[I])}function Fc(d,_){let C=fi(d,_);if(C.length!==0){if(C.length===1)return C[0];throw new t("expected a single document in the stream, but found more")}}return Xo.loadAll=Nc,Xo.load=Fc,Xo}var du={},e0;function gx(){if(e0)return du;e0=1;let e=vi(),t=wi(),r=pu(),n=Object.prototype.toString,i=Object.prototype.hasOwnProperty,o=65279,s=9,a=10,u=13,c=32,l=33,p=34,f=35,h=37,b=38,g=39,v=42,$=44,w=45,x=58,N=61,L=62,V=63,Q=64,W=91,J=93,A=96,ee=123,he=124,ae=125,R={};R[0]="\\0",R[7]="\\a",R[8]="\\b",R[9]="\\t",R[10]="\\n",R[11]="\\v",R[12]="\\f",R[13]="\\r",R[27]="\\e",R[34]='\\"',R[92]="\\\\",R[133]="\\N",R[160]="\\_",R[8232]="\\L",R[8233]="\\P";let P=["y","Y","yes","Yes","YES","on","On","ON","n","N","no","No","NO","off","Off","OFF"],O=/^[-+]?[0-9_]+(?::[0-9_]+)+(?:\.[0-9_]*)?$/;function G(m,S){if(S===null)return{};let E={},z=Object.keys(S);for(let U=0,q=z.length;U<q;U+=1){let T=z[U],B=String(S[T]);T.slice(0,2)==="!!"&&(T="tag:yaml.org,2002:"+T.slice(2));let Y=m.compiledTypeMap.fallback[T];Y&&i.call(Y.styleAliases,B)&&(B=Y.styleAliases[B]),E[T]=B}return E}function fe(m){let S,E,z=m.toString(16).toUpperCase();if(m<=255)S="x",E=2;else if(m<=65535)S="u",E=4;else if(m<=4294967295)S="U",E=8;else throw new t("code point within a string may not be greater than 0xFFFFFFFF");return"\\"+S+e.repeat("0",E-z.length)+z}let Ce=1,xe=2;function rt(m){this.schema=m.schema||r,this.indent=Math.max(1,m.indent||2),this.noArrayIndent=m.noArrayIndent||!1,this.skipInvalid=m.skipInvalid||!1,this.flowLevel=e.isNothing(m.flowLevel)?-1:m.flowLevel,this.styleMap=G(this.schema,m.styles||null),this.sortKeys=m.sortKeys||!1,this.lineWidth=m.lineWidth||80,this.noRefs=m.noRefs||!1,this.noCompatMode=m.noCompatMode||!1,this.condenseFlow=m.condenseFlow||!1,this.quotingType=m.quotingType==='"'?xe:Ce,this.forceQuotes=m.forceQuotes||!1,this.replacer=typeof m.replacer=="function"?m.replacer:null,this.implicitTypes=this.schema.compiledImplicit,this.explicitTypes=this.schema.compiledExplicit,this.tag=null,this.result="",this.duplicates=[],this.usedDuplicates=null}function dt(m,S){let E=e.repeat(" ",S),z=0,U="",q=m.length;for(;z<q;){let T,B=m.indexOf(`
`,z);B===-1?(T=m.slice(z),z=q):(T=m.slice(z,B+1),z=B+1),T.length&&T!==`
`&&(U+=E),U+=T}return U}function pt(m,S){return`
`+e.repeat(" ",m.indent*S)}function _t(m,S){for(let E=0,z=m.implicitTypes.length;E<z;E+=1)if(m.implicitTypes[E].resolve(S))return!0;return!1}function ne(m){return m===c||m===s}function At(m){return m>=32&&m<=126||m>=161&&m<=55295&&m!==8232&&m!==8233||m>=57344&&m<=65533&&m!==o||m>=65536&&m<=1114111}function Lr(m){return At(m)&&m!==o&&m!==u&&m!==a}function Z(m,S,E){let z=Lr(m),U=z&&!ne(m);return(E?z:z&&m!==$&&m!==W&&m!==J&&m!==ee&&m!==ae)&&m!==f&&!(S===x&&!U)||Lr(S)&&!ne(S)&&m===f||S===x&&U}function Ae(m){return At(m)&&m!==o&&!ne(m)&&m!==w&&m!==V&&m!==x&&m!==$&&m!==W&&m!==J&&m!==ee&&m!==ae&&m!==f&&m!==b&&m!==v&&m!==l&&m!==he&&m!==N&&m!==L&&m!==g&&m!==p&&m!==h&&m!==Q&&m!==A}function M(m){return!ne(m)&&m!==x}function ue(m,S){let E=m.charCodeAt(S),z;return E>=55296&&E<=56319&&S+1<m.length&&(z=m.charCodeAt(S+1),z>=56320&&z<=57343)?(E-55296)*1024+z-56320+65536:E}function ke(m){return/^\n* /.test(m)}let De=1,$e=2,nt=3,It=4,it=5;function Do(m,S,E,z,U,q,T,B){let Y,ie=0,se=null,me=!1,ve=!1,dr=z!==-1,mi=-1,hi=Ae(ue(m,0))&&M(ue(m,m.length-1));if(S||T)for(Y=0;Y<m.length;ie>=65536?Y+=2:Y++){if(ie=ue(m,Y),!At(ie))return it;hi=hi&&Z(ie,se,B),se=ie}else{for(Y=0;Y<m.length;ie>=65536?Y+=2:Y++){if(ie=ue(m,Y),ie===a)me=!0,dr&&(ve=ve||Y-mi-1>z&&m[mi+1]!==" ",mi=Y);else if(!At(ie))return it;hi=hi&&Z(ie,se,B),se=ie}ve=ve||dr&&Y-mi-1>z&&m[mi+1]!==" "}return!me&&!ve?hi&&!T&&!U(m)?De:q===xe?it:$e:E>9&&ke(m)?it:T?q===xe?it:$e:ve?It:nt}function No(m,S,E,z,U){m.dump=(function(){if(S.length===0)return m.quotingType===xe?'""':"''";if(!m.noCompatMode&&(P.indexOf(S)!==-1||O.test(S)))return m.quotingType===xe?'"'+S+'"':"'"+S+"'";let q=m.indent*Math.max(1,E),T=m.lineWidth===-1?-1:Math.max(Math.min(m.lineWidth,40),m.lineWidth-q),B=z||m.flowLevel>-1&&E>=m.flowLevel;function Y(ie){return _t(m,ie)}switch(Do(S,B,m.indent,T,Y,m.quotingType,m.forceQuotes&&!z,U)){case De:return S;case $e:return"'"+S.replace(/'/g,"''")+"'";case nt:return"|"+Fo(S,m.indent)+Lo(dt(S,q));case It:return">"+Fo(S,m.indent)+Lo(dt(Cc(S,T),q));case it:return'"'+lr(S)+'"';default:throw new t("impossible error: invalid scalar style")}})()}function Fo(m,S){let E=ke(m)?String(S):"",z=m[m.length-1]===`
`,q=z&&(m[m.length-2]===`
`||m===`
`)?"+":z?"":"-";return E+q+`
`}function Lo(m){return m[m.length-1]===`
`?m.slice(0,-1):m}function Cc(m,S){let E=/(\n+)([^\n]*)/g,z=(function(){let B=m.indexOf(`
`);return B=B!==-1?B:m.length,E.lastIndex=B,zo(m.slice(0,B),S)})(),U=m[0]===`
`||m[0]===" ",q,T;for(;T=E.exec(m);){let B=T[1],Y=T[2];q=Y[0]===" ",z+=B+(!U&&!q&&Y!==""?`
`:"")+zo(Y,S),U=q}return z}function zo(m,S){if(m===""||m[0]===" ")return m;let E=/ [^ ]/g,z,U=0,q,T=0,B=0,Y="";for(;z=E.exec(m);)B=z.index,B-U>S&&(q=T>U?T:B,Y+=`
`+m.slice(U,q),U=q+1),T=B;return Y+=`
`,m.length-U>S&&T>U?Y+=m.slice(U,T)+`
`+m.slice(T+1):Y+=m.slice(U),Y.slice(1)}function lr(m){let S="",E=0;for(let z=0;z<m.length;E>=65536?z+=2:z++){E=ue(m,z);let U=R[E];!U&&At(E)?(S+=m[z],E>=65536&&(S+=m[z+1])):S+=U||fe(E)}return S}function Dc(m,S,E){let z="",U=m.tag;for(let q=0,T=E.length;q<T;q+=1){let B=E[q];m.replacer&&(B=m.replacer.call(E,String(q),B)),(_(m,S,B,!1,!1)||typeof B>"u"&&_(m,S,null,!1,!1))&&(z!==""&&(z+=","+(m.condenseFlow?"":" ")),z+=m.dump)}m.tag=U,m.dump="["+z+"]"}function fi(m,S,E,z){let U="",q=m.tag;for(let T=0,B=E.length;T<B;T+=1){let Y=E[T];m.replacer&&(Y=m.replacer.call(E,String(T),Y)),(_(m,S+1,Y,!0,!0,!1,!0)||typeof Y>"u"&&_(m,S+1,null,!0,!0,!1,!0))&&((!z||U!=="")&&(U+=pt(m,S)),m.dump&&a===m.dump.charCodeAt(0)?U+="-":U+="- ",U+=m.dump)}m.tag=q,m.dump=U||"[]"}function Nc(m,S,E){let z="",U=m.tag,q=Object.keys(E);for(let T=0,B=q.length;T<B;T+=1){let Y="";z!==""&&(Y+=", "),m.condenseFlow&&(Y+='"');let ie=q[T],se=E[ie];m.replacer&&(se=m.replacer.call(E,ie,se)),_(m,S,ie,!1,!1)&&(m.dump.length>1024&&(Y+="? "),Y+=m.dump+(m.condenseFlow?'"':"")+":"+(m.condenseFlow?"":" "),_(m,S,se,!1,!1)&&(Y+=m.dump,z+=Y))}m.tag=U,m.dump="{"+z+"}"}function Fc(m,S,E,z){let U="",q=m.tag,T=Object.keys(E);if(m.sortKeys===!0)T.sort();else if(typeof m.sortKeys=="function")T.sort(m.sortKeys);else if(m.sortKeys)throw new t("sortKeys must be a boolean or a function");for(let B=0,Y=T.length;B<Y;B+=1){let ie="";(!z||U!=="")&&(ie+=pt(m,S));let se=T[B],me=E[se];if(m.replacer&&(me=m.replacer.call(E,se,me)),!_(m,S+1,se,!0,!0,!0))continue;let ve=m.tag!==null&&m.tag!=="?"||m.dump&&m.dump.length>1024;ve&&(m.dump&&a===m.dump.charCodeAt(0)?ie+="?":ie+="? "),ie+=m.dump,ve&&(ie+=pt(m,S)),_(m,S+1,me,!0,ve)&&(m.dump&&a===m.dump.charCodeAt(0)?ie+=":":ie+=": ",ie+=m.dump,U+=ie)}m.tag=q,m.dump=U||"{}"}function d(m,S,E){let z=E?m.explicitTypes:m.implicitTypes;for(let U=0,q=z.length;U<q;U+=1){let T=z[U];if((T.instanceOf||T.predicate)&&(!T.instanceOf||typeof S=="object"&&S instanceof T.instanceOf)&&(!T.predicate||T.predicate(S))){if(E?T.multi&&T.representName?m.tag=T.representName(S):m.tag=T.tag:m.tag="?",T.represent){let B=m.styleMap[T.tag]||T.defaultStyle,Y;if(n.call(T.represent)==="[object Function]")Y=T.represent(S,B);else if(i.call(T.represent,B))Y=T.represent[B](S,B);else throw new t("!<"+T.tag+'> tag resolver accepts not "'+B+'" style');m.dump=Y}return!0}}return!1}function _(m,S,E,z,U,q,T){m.tag=null,m.dump=E,d(m,E,!1)||d(m,E,!0);let B=n.call(m.dump),Y=z;z&&(z=m.flowLevel<0||m.flowLevel>S);let ie=B==="[object Object]"||B==="[object Array]",se,me;if(ie&&(se=m.duplicates.indexOf(E),me=se!==-1),(m.tag!==null&&m.tag!=="?"||me||m.indent!==2&&S>0)&&(U=!1),me&&m.usedDuplicates[se])m.dump="*ref_"+se;else{if(ie&&me&&!m.usedDuplicates[se]&&(m.usedDuplicates[se]=!0),B==="[object Object]")z&&Object.keys(m.dump).length!==0?(Fc(m,S,m.dump,U),me&&(m.dump="&ref_"+se+m.dump)):(Nc(m,S,m.dump),me&&(m.dump="&ref_"+se+" "+m.dump));else if(B==="[object Array]")z&&m.dump.length!==0?(m.noArrayIndent&&!T&&S>0?fi(m,S-1,m.dump,U):fi(m,S,m.dump,U),me&&(m.dump="&ref_"+se+m.dump)):(Dc(m,S,m.dump),me&&(m.dump="&ref_"+se+" "+m.dump));else if(B==="[object String]")m.tag!=="?"&&No(m,m.dump,S,q,Y);else{if(B==="[object Undefined]")return!1;if(m.skipInvalid)return!1;throw new t("unacceptable kind of an object to dump "+B)}if(m.tag!==null&&m.tag!=="?"){let ve=encodeURI(m.tag[0]==="!"?m.tag.slice(1):m.tag).replace(/!/g,"%21");m.tag[0]==="!"?ve="!"+ve:ve.slice(0,18)==="tag:yaml.org,2002:"?ve="!!"+ve.slice(18):ve="!<"+ve+">",m.dump=ve+" "+m.dump}}return!0}function C(m,S){let E=[],z=[];D(m,E,z);let U=z.length;for(let q=0;q<U;q+=1)S.duplicates.push(E[z[q]]);S.usedDuplicates=new Array(U)}function D(m,S,E){if(m!==null&&typeof m=="object"){let z=S.indexOf(m);if(z!==-1)E.indexOf(z)===-1&&E.push(z);else if(S.push(m),Array.isArray(m))for(let U=0,q=m.length;U<q;U+=1)D(m[U],S,E);else{let U=Object.keys(m);for(let q=0,T=U.length;q<T;q+=1)D(m[U[q]],S,E)}}}function I(m,S){S=S||{};let E=new rt(S);E.noRefs||C(m,E);let z=m;return E.replacer&&(z=E.replacer.call({"":z},"",z)),_(E,0,z,!0,!0)?E.dump+`
`:""}return du.dump=I,du}var t0;function bx(){if(t0)return et;t0=1;let e=hx(),t=gx();function r(n,i){return function(){throw new Error("Function yaml."+n+" is removed in js-yaml 4. Use yaml."+i+" instead, which is now safe by default.")}}return et.Type=ot(),et.Schema=r0(),et.FAILSAFE_SCHEMA=s0(),et.JSON_SCHEMA=d0(),et.CORE_SCHEMA=p0(),et.DEFAULT_SCHEMA=pu(),et.load=e.load,et.loadAll=e.loadAll,et.dump=t.dump,et.YAMLException=wi(),et.types={binary:h0(),float:l0(),map:o0(),null:a0(),pairs:b0(),set:y0(),timestamp:f0(),bool:c0(),int:u0(),merge:m0(),omap:g0(),seq:i0(),str:n0()},et.safeLoad=r("safeLoad","load"),et.safeLoadAll=r("safeLoadAll","loadAll"),et.safeDump=r("safeDump","dump"),et}var yx=bx(),rr=fx(yx),{Type:bI,Schema:yI,FAILSAFE_SCHEMA:vI,JSON_SCHEMA:wI,CORE_SCHEMA:xI,DEFAULT_SCHEMA:kI,load:$I,loadAll:_I,dump:AI,YAMLException:SI,types:RI,safeLoad:PI,safeLoadAll:EI,safeDump:II}=rr;var Mr=8*1024*1024,xi=1e5,Jo=1e4,hn=100;function v0(e,t){let r=vx(e);if(r>Mr)throw new K(`file is ${r} bytes, over the ${Mr}-byte limit`,{file:t},"split it into several manifests (genspend accepts globs)");if(e.includes("\0")||e.includes("\uFFFD"))throw new K("file is binary, not YAML text",{file:t},"point genspend at a UTF-8 YAML manifest");if(e.trim()===""||/^(\s*#.*\n?)*\s*$/.test(e))throw new K("file is empty",{file:t},"add `version: 1` and a `workloads:` list (see examples/genspend.yml)")}function vx(e){if(!/[^\x00-\x7f]/.test(e))return e.length;let t=0;for(let r=0;r<e.length;r++){let n=e.charCodeAt(r);n<128?t+=1:n<2048?t+=2:n>=55296&&n<=56319?(t+=4,r++):t+=3}return t}var wx=/^(?:~|null|Null|NULL)?$/,xx=/^(?:true|True|TRUE|false|False|FALSE)$/,kx=/^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$/,$x=/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/,w0=/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,_x=/^-?[0-9]{1,15}$/;function Ax(e){return _x.test(e)?new mt(Number(e)):new mt(/^0[ox]/.test(e)?BigInt(e).toString():e.replace(/^\+/,""))}function Sx(e){return/nan/i.test(e)?NaN:e.startsWith("-")?-1/0:1/0}var Yo=(e,t,r)=>new rr.Type(`tag:yaml.org,2002:${e}`,{kind:"scalar",resolve:n=>typeof n=="string"&&t.test(n),construct:r}),Rx=e=>["scalar","sequence","mapping"].map(t=>new rr.Type("",{kind:t,multi:!0,resolve:(r,n)=>e(n??"")}));function x0(e,t){let r=n=>e?Ax(n):Number(n.replace(/^\+/,""));return rr.FAILSAFE_SCHEMA.extend({implicit:[Yo("null",wx,()=>null),Yo("bool",xx,n=>n.toLowerCase()==="true"),Yo("int",kx,r),Yo("float",new RegExp(`${$x.source}|${w0.source}`),n=>w0.test(n)?Sx(n):r(n)),new rr.Type("tag:yaml.org,2002:merge",{kind:"scalar",resolve:n=>n==="<<"})],explicit:Rx(t)})}var k0=/[ \t]*\*([^\s,[\]{}]+)/y,$0=/(?:\s|#[^\n]*(?![^\n]))*:/y,Px="tag:yaml.org,2002:merge",fu=/[ \t]*/y;function Qo(e,t,r={}){v0(e,t);let n=$=>({file:t,line:$}),i=[],o=new WeakMap,s=new WeakMap,a=new WeakMap,u=0,c=0,l=0,p=0,f,h=$=>{throw new K(`unsupported tag \`${$.replace(/^tag:yaml\.org,2002:/,"!!")}\``,n((f?.line??0)+1),"remove the tag: a manifest holds only text, numbers, true/false, lists and mappings")},b=$=>{let w=$.line+1;if($.depth>hn+1)throw _0(n(w));let x=i.at(-1);if(x){for(;x.children.length>0&&x.children.at(-1).position>=$.position;)x.children.pop();x.children.length===0&&x.anchor===void 0&&(x.anchor=$.anchor)}else{if(l++>0)throw Tx($.input,p,$.position,t);if($.version!==null&&$.version!=="1.2")throw Ox($.version,$.input,$.position,t)}k0.lastIndex=$.position;let N=k0.exec($.input)?.[1];if(N!==void 0&&i.some(L=>L.anchor===N))throw new K(`alias \`*${N}\` is inside the value it names`,n(w),"an alias cannot repeat its own parent");if(N!==void 0&&!Object.prototype.hasOwnProperty.call($.anchorMap,N))throw new K(`undefined alias \`*${N}\``,n(w),`define the anchor \`&${N}\` on a value before this alias, or write the value out`);i.push({line:w,position:$.position,children:[],merging:!1})},g=$=>{let w=i.pop(),x=$.result,N=$.kind==="mapping"||$.kind==="sequence",L=$.kind===null&&x!==null&&w.children.length===0,V=1;if(L){if(V=typeof x=="object"&&s.get(x)||1,u+=V,u>xi||++c>Jo)throw new K(u>xi?`aliases expand to more than ${xi.toLocaleString("en-US")} values`:`more than ${Jo.toLocaleString("en-US")} aliases`,n(w.line),"write the values out instead of nesting aliases")}else if(N){if($.depth>hn)throw _0(n(w.line));for(let he of w.children)V+=he.size;s.has(x)||(s.set(x,V),o.set(x,Ix(x,w.children)),r.ranges&&$.kind==="mapping"&&a.set(x,Ex(w.children)))}let Q=i.at(-1);if(!Q){p=$.position;return}$0.lastIndex=$.position;let W=$0.test($.input),J=N&&w.children.length>0?w.children[0].line:w.line;if(W&&x!==null&&typeof x=="object"&&(Array.isArray(x)||mu(x)))throw new K("a key is a list or mapping",n(J),"keys are plain text: remove the `?` or the brackets around the key");if(Q.merging&&(Q.merging=!1,!(mu(x)||Array.isArray(x)&&x.every(mu))))throw new K("`<<` merges a mapping or a list of mappings into this one",n(J),"merge an anchored mapping (`<<: *defaults`), or remove the `<<` key");let A=W&&$.tag===Px;A&&(Q.merging=!0);let ee={value:x,line:J,position:w.position,size:V,key:W,merge:A};r.ranges&&$.kind==="scalar"&&(fu.lastIndex=w.position,fu.test($.input),ee.range=[fu.lastIndex,$.position]),Q.children.push(ee)},v;try{v=rr.load(e,{filename:t,schema:x0(r.exactNumbers??!0,h),maxDepth:hn+2,maxTotalMergeKeys:-1,listener($,w){f=w,$==="open"?b(f):g(f)}})}catch($){throw $ instanceof rr.YAMLException?new K(`invalid YAML: ${$.reason}`,n($.mark.line+1),"fix the YAML syntax at that line"):$}return{value:v,lineOf($){let w=v,x=1;for(let N of $){if(w===null||typeof w!="object")break;let L=o.get(w)?.get(Array.isArray(w)?N:String(N));if(L===void 0)break;x=L,w=w[N]}return x},rangeOf($){let w=v;for(let x of $.slice(0,-1)){if(w===null||typeof w!="object")return;w=w[x]}return w!==null&&typeof w=="object"?a.get(w)?.get(String($.at(-1))):void 0}}}function Ex(e){let t=new Map;return e.forEach((r,n)=>{let i=e[n+1];r.key&&i&&!i.key&&i.range&&t.set(String(r.value),i.range)}),t}function Ix(e,t){let r=new Map;if(Array.isArray(e))return t.length===e.length&&t.forEach((i,o)=>r.set(o,i.line)),r;let n;for(let i of t)i.key&&(i.merge?n??=i.line:r.set(String(i.value),i.line));if(n!==void 0)for(let i of Object.keys(e))r.has(i)||r.set(i,n);return r}function mu(e){if(e===null||typeof e!="object")return!1;let t=Object.getPrototypeOf(e);return t===Object.prototype||t===null}function _0(e){return new K(`nesting too deep (more than ${hn} levels)`,e,"a manifest nests four levels: a mapping, its `workloads` list, each workload, its values")}function A0(e,t){let r=1;for(let n=e.indexOf(`
`);n!==-1&&n<t;n=e.indexOf(`
`,n+1))r++;return r}function Tx(e,t,r,n){let i=/^---/m.exec(e.slice(t,r));return new K("a second YAML document starts here",{file:n,line:A0(e,i?t+i.index:r)},"keep one document per manifest: remove the `---` line and what follows, or move it to a file of its own")}function Ox(e,t,r,n){let i=/^%YAML/m.exec(t.slice(0,r));return new K(`\`%YAML ${e}\` directive: genspend reads YAML 1.2 only, whose numbers and booleans differ from YAML 1.1 (\`010\`, \`yes\`)`,{file:n,line:A0(t,i?i.index:0)},"remove the `%YAML` line (and check numbers with leading zeros and yes/no values)")}var y={};Qt(y,{$brand:()=>Eu,$input:()=>tp,$output:()=>ep,INVALID:()=>ct,NEVER:()=>Pu,TimePrecision:()=>fp,ZodAny:()=>tm,ZodArray:()=>om,ZodBase64:()=>Wa,ZodBase64URL:()=>Xa,ZodBigInt:()=>Yn,ZodBigIntFormat:()=>Qa,ZodBoolean:()=>Jn,ZodCIDRv4:()=>Ka,ZodCIDRv6:()=>Ha,ZodCUID:()=>Ua,ZodCUID2:()=>qa,ZodCatch:()=>Sm,ZodCodec:()=>go,ZodCompileAsyncError:()=>Lt,ZodCompileUnsupportedError:()=>we,ZodCreditCard:()=>Kf,ZodCustom:()=>bo,ZodCustomStringFormat:()=>rn,ZodDate:()=>uo,ZodDefault:()=>wm,ZodDiscriminatedUnion:()=>am,ZodE164:()=>Ja,ZodEmail:()=>Fa,ZodEmoji:()=>za,ZodEnum:()=>Hn,ZodError:()=>V_,ZodExactOptional:()=>nc,ZodFile:()=>gm,ZodFirstPartyTypeKind:()=>Um,ZodFunction:()=>Fm,ZodGUID:()=>La,ZodIBAN:()=>Hf,ZodIPv4:()=>Va,ZodIPv6:()=>Ga,ZodISODate:()=>Pr,ZodISODateTime:()=>Rr,ZodISODuration:()=>Ir,ZodISOTime:()=>Er,ZodInstanceOf:()=>Mm,ZodIntersection:()=>cm,ZodIssueCode:()=>H_,ZodJWT:()=>Ya,ZodKSUID:()=>Ba,ZodLazy:()=>Cm,ZodLiteral:()=>hm,ZodMAC:()=>Gf,ZodMap:()=>fm,ZodNaN:()=>Pm,ZodNanoID:()=>Ma,ZodNever:()=>nm,ZodNonOptional:()=>ic,ZodNull:()=>Qf,ZodNullable:()=>vm,ZodNumber:()=>Xn,ZodNumberFormat:()=>nn,ZodObject:()=>po,ZodOptional:()=>mo,ZodPipe:()=>ho,ZodPrefault:()=>km,ZodPreprocess:()=>Em,ZodPromise:()=>Nm,ZodReadonly:()=>Im,ZodRealError:()=>wt,ZodRecord:()=>Kn,ZodSet:()=>mm,ZodString:()=>Wn,ZodStringFormat:()=>Ee,ZodSuccess:()=>Am,ZodSymbol:()=>Jf,ZodTemplateLiteral:()=>Om,ZodTransform:()=>bm,ZodTuple:()=>lm,ZodType:()=>ge,ZodULID:()=>ja,ZodURL:()=>co,ZodUUID:()=>Xt,ZodUndefined:()=>Yf,ZodUnion:()=>fo,ZodUnknown:()=>rm,ZodVoid:()=>im,ZodXID:()=>Za,ZodXor:()=>sm,_ZodString:()=>Na,_default:()=>xm,_function:()=>Wb,any:()=>Sb,array:()=>lo,base64:()=>sb,base64url:()=>ab,bigint:()=>xb,boolean:()=>Xf,catch:()=>Rm,check:()=>Xb,cidrv4:()=>ib,cidrv6:()=>ob,clone:()=>Se,codec:()=>Vb,coerce:()=>jm,compile:()=>op,config:()=>Le,core:()=>ar,creditCard:()=>ub,cuid:()=>X1,cuid2:()=>J1,currencyCode:()=>hb,custom:()=>Jb,date:()=>Pb,decode:()=>Mf,decodeAsync:()=>qf,deepPartial:()=>l2,describe:()=>Yb,discriminatedUnion:()=>Db,e164:()=>cb,email:()=>U1,emoji:()=>H1,encode:()=>zf,encodeAsync:()=>Uf,endsWith:()=>Fn,enum:()=>tc,exactOptional:()=>ym,file:()=>qb,flattenError:()=>Oi,float32:()=>bb,float64:()=>yb,formatError:()=>Ci,fromJSONSchema:()=>c2,function:()=>Wb,getDiscriminatedOption:()=>Pd,getErrorMap:()=>X_,globalRegistry:()=>Ye,gt:()=>Ht,gte:()=>Pt,guid:()=>q1,hash:()=>gb,hex:()=>mb,hostname:()=>fb,httpUrl:()=>K1,iban:()=>lb,includes:()=>Dn,input:()=>p2,instanceof:()=>e2,int:()=>Ca,int32:()=>vb,int64:()=>kb,intersection:()=>um,invertCodec:()=>Gb,ipv4:()=>tb,ipv6:()=>nb,iso:()=>yo,json:()=>r2,jwt:()=>db,keyof:()=>Eb,ksuid:()=>eb,lazy:()=>Dm,length:()=>Jr,literal:()=>Ub,locales:()=>Yi,looseObject:()=>Ob,looseRecord:()=>Fb,lowercase:()=>On,lt:()=>Kt,lte:()=>Rt,mac:()=>rb,map:()=>Lb,maxLength:()=>Xr,maxSize:()=>$r,memoizer:()=>Ji,meta:()=>Qb,mime:()=>zn,minLength:()=>sr,minSize:()=>Wt,multipleOf:()=>kr,nan:()=>Bb,nanoid:()=>W1,nativeEnum:()=>Mb,negative:()=>ka,never:()=>ec,nonnegative:()=>_a,nonoptional:()=>_m,nonpositive:()=>$a,normalize:()=>Mn,null:()=>em,nullable:()=>ao,nullish:()=>jb,number:()=>Wf,object:()=>Ib,optional:()=>en,output:()=>f2,overwrite:()=>zt,parse:()=>Df,parseAsync:()=>Nf,partialRecord:()=>Nb,pipe:()=>Da,positive:()=>xa,prefault:()=>$m,preprocess:()=>n2,prettifyError:()=>Du,promise:()=>Hb,properties:()=>Ln,property:()=>Aa,readonly:()=>Tm,record:()=>pm,refine:()=>Lm,regex:()=>Tn,regexes:()=>Ct,registry:()=>Xs,safeDecode:()=>Zf,safeDecodeAsync:()=>Vf,safeEncode:()=>jf,safeEncodeAsync:()=>Bf,safeParse:()=>Ff,safeParseAsync:()=>Lf,set:()=>zb,setErrorMap:()=>W_,size:()=>Wr,slugify:()=>Zn,startsWith:()=>Nn,strictObject:()=>Tb,string:()=>so,stringFormat:()=>pb,stringbool:()=>t2,success:()=>Zb,superRefine:()=>zm,symbol:()=>_b,templateLiteral:()=>Kb,toJSONSchema:()=>Ea,toLowerCase:()=>qn,toUpperCase:()=>jn,toZod:()=>ki,transform:()=>rc,treeifyError:()=>Cu,trim:()=>Un,tuple:()=>dm,uint32:()=>wb,uint64:()=>$b,ulid:()=>Y1,undefined:()=>Ab,union:()=>Qn,unknown:()=>Qr,uppercase:()=>Cn,url:()=>G1,util:()=>X,uuid:()=>j1,uuidv4:()=>Z1,uuidv6:()=>B1,uuidv7:()=>V1,validate:()=>Di,validateAsync:()=>Ni,void:()=>Rb,withParser:()=>Js,xid:()=>Q1,xor:()=>Cb});var ar={};Qt(ar,{$ZodAny:()=>vd,$ZodArray:()=>Ad,$ZodAsyncError:()=>yt,$ZodBase64:()=>ad,$ZodBase64URL:()=>cd,$ZodBigInt:()=>zs,$ZodBigIntFormat:()=>hd,$ZodBoolean:()=>Vi,$ZodCIDRv4:()=>od,$ZodCIDRv6:()=>sd,$ZodCUID:()=>Kl,$ZodCUID2:()=>Hl,$ZodCatch:()=>Bd,$ZodCheck:()=>Te,$ZodCheckBigIntFormat:()=>wl,$ZodCheckEndsWith:()=>Ol,$ZodCheckGreaterThan:()=>ks,$ZodCheckIncludes:()=>Il,$ZodCheckLengthEquals:()=>Sl,$ZodCheckLessThan:()=>xs,$ZodCheckLowerCase:()=>Pl,$ZodCheckMaxLength:()=>_l,$ZodCheckMaxSize:()=>xl,$ZodCheckMimeType:()=>Nl,$ZodCheckMinLength:()=>Al,$ZodCheckMinSize:()=>kl,$ZodCheckMultipleOf:()=>yl,$ZodCheckNumberFormat:()=>vl,$ZodCheckOverwrite:()=>Fl,$ZodCheckProperties:()=>Dl,$ZodCheckProperty:()=>Cl,$ZodCheckRegex:()=>Rl,$ZodCheckSizeEquals:()=>$l,$ZodCheckStartsWith:()=>Tl,$ZodCheckStringFormat:()=>Rn,$ZodCheckUpperCase:()=>El,$ZodCodec:()=>Ki,$ZodCreditCard:()=>ld,$ZodCustom:()=>Jd,$ZodCustomStringFormat:()=>fd,$ZodCyclicError:()=>Vs,$ZodDate:()=>$d,$ZodDefault:()=>Ud,$ZodDiscriminatedUnion:()=>Ed,$ZodE164:()=>ud,$ZodEmail:()=>ql,$ZodEmoji:()=>Vl,$ZodEncodeError:()=>wr,$ZodEnum:()=>Dd,$ZodError:()=>Ou,$ZodExactOptional:()=>zd,$ZodFile:()=>Fd,$ZodFunction:()=>Wd,$ZodGUID:()=>Ml,$ZodIBAN:()=>dd,$ZodIPv4:()=>rd,$ZodIPv6:()=>nd,$ZodISODate:()=>Ql,$ZodISODateTime:()=>Yl,$ZodISODuration:()=>td,$ZodISOTime:()=>ed,$ZodIntersection:()=>Id,$ZodJWT:()=>pd,$ZodKSUID:()=>Jl,$ZodLazy:()=>Hi,$ZodLiteral:()=>Nd,$ZodMAC:()=>id,$ZodMap:()=>Od,$ZodNaN:()=>Vd,$ZodNanoID:()=>Gl,$ZodNever:()=>xd,$ZodNonOptional:()=>jd,$ZodNull:()=>yd,$ZodNullable:()=>Md,$ZodNumber:()=>Ls,$ZodNumberFormat:()=>md,$ZodObject:()=>s1,$ZodObjectJIT:()=>Sd,$ZodOptional:()=>Us,$ZodPipe:()=>qs,$ZodPrefault:()=>qd,$ZodPreprocess:()=>Gd,$ZodPromise:()=>Xd,$ZodReadonly:()=>Kd,$ZodRealError:()=>vt,$ZodRecord:()=>Td,$ZodRegistry:()=>Ws,$ZodSet:()=>Cd,$ZodString:()=>Vr,$ZodStringFormat:()=>Re,$ZodSuccess:()=>Zd,$ZodSymbol:()=>gd,$ZodTemplateLiteral:()=>Hd,$ZodTransform:()=>Ld,$ZodTuple:()=>Ms,$ZodType:()=>pe,$ZodULID:()=>Wl,$ZodURL:()=>Bl,$ZodUUID:()=>Ul,$ZodUndefined:()=>bd,$ZodUnion:()=>Gi,$ZodUnknown:()=>wd,$ZodVoid:()=>kd,$ZodXID:()=>Xl,$ZodXor:()=>Rd,$brand:()=>Eu,$constructor:()=>k,$input:()=>tp,$output:()=>ep,Doc:()=>Br,INVALID:()=>ct,JSONSchema:()=>L1,JSONSchemaGenerator:()=>Ia,NEVER:()=>Pu,TimePrecision:()=>fp,URL_BAD_FORMAT:()=>jl,URL_UNPARSEABLE:()=>Ui,ZodCompileAsyncError:()=>Lt,ZodCompileUnsupportedError:()=>we,_any:()=>Ip,_array:()=>Lp,_base64:()=>ba,_base64url:()=>ya,_bigint:()=>$p,_boolean:()=>xp,_catch:()=>C_,_check:()=>x1,_cidrv4:()=>ha,_cidrv6:()=>ga,_coercedBigint:()=>_p,_coercedBoolean:()=>kp,_coercedDate:()=>Np,_coercedNumber:()=>hp,_coercedString:()=>up,_creditCard:()=>dp,_cuid:()=>ca,_cuid2:()=>ua,_custom:()=>Mp,_date:()=>Dp,_decode:()=>ls,_decodeAsync:()=>ps,_default:()=>I_,_discriminatedUnion:()=>y_,_e164:()=>va,_email:()=>ea,_emoji:()=>sa,_encode:()=>us,_encodeAsync:()=>ds,_endsWith:()=>Fn,_enum:()=>__,_file:()=>zp,_float32:()=>bp,_float64:()=>yp,_gt:()=>Ht,_gte:()=>Pt,_guid:()=>ta,_iban:()=>pp,_includes:()=>Dn,_int:()=>gp,_int32:()=>vp,_int64:()=>Ap,_intersection:()=>v_,_ipv4:()=>fa,_ipv6:()=>ma,_isoDate:()=>to,_isoDateTime:()=>eo,_isoDuration:()=>no,_isoTime:()=>ro,_jwt:()=>wa,_ksuid:()=>pa,_lazy:()=>L_,_length:()=>Jr,_literal:()=>S_,_lowercase:()=>On,_lt:()=>Kt,_lte:()=>Rt,_mac:()=>lp,_map:()=>k_,_max:()=>Rt,_maxLength:()=>Xr,_maxSize:()=>$r,_mime:()=>zn,_min:()=>Pt,_minLength:()=>sr,_minSize:()=>Wt,_multipleOf:()=>kr,_nan:()=>Fp,_nanoid:()=>aa,_nativeEnum:()=>A_,_negative:()=>ka,_never:()=>Op,_nonnegative:()=>_a,_nonoptional:()=>T_,_nonpositive:()=>$a,_normalize:()=>Mn,_null:()=>Ep,_nullable:()=>E_,_number:()=>mp,_optional:()=>P_,_overwrite:()=>zt,_parse:()=>$n,_parseAsync:()=>_n,_pipe:()=>D_,_positive:()=>xa,_promise:()=>z_,_properties:()=>Ln,_property:()=>Aa,_readonly:()=>N_,_record:()=>x_,_refine:()=>Up,_regex:()=>Tn,_safeDecode:()=>ms,_safeDecodeAsync:()=>gs,_safeEncode:()=>fs,_safeEncodeAsync:()=>hs,_safeParse:()=>An,_safeParseAsync:()=>Sn,_set:()=>$_,_size:()=>Wr,_slugify:()=>Zn,_startsWith:()=>Nn,_string:()=>cp,_stringFormat:()=>Yr,_stringbool:()=>Bp,_success:()=>O_,_superRefine:()=>qp,_symbol:()=>Rp,_templateLiteral:()=>F_,_toLowerCase:()=>qn,_toUpperCase:()=>jn,_transform:()=>R_,_trim:()=>Un,_tuple:()=>w_,_uint32:()=>wp,_uint64:()=>Sp,_ulid:()=>la,_undefined:()=>Pp,_union:()=>g_,_unknown:()=>Tp,_uppercase:()=>Cn,_url:()=>Qi,_uuid:()=>ra,_uuidv4:()=>na,_uuidv6:()=>ia,_uuidv7:()=>oa,_void:()=>Cp,_xid:()=>da,_xor:()=>b_,base64Charset:()=>Os,base64urlCharset:()=>Bi,canParseURL:()=>Zl,clone:()=>Se,compile:()=>op,compileFn:()=>Ys,config:()=>Le,createStandardJSONSchemaMethod:()=>Bn,createToJSONSchemaMethod:()=>Gp,decode:()=>$k,decodeAsync:()=>Ak,describe:()=>jp,encode:()=>kk,encodeAsync:()=>_k,extractDefs:()=>Ar,finalize:()=>Sr,flattenError:()=>Oi,formatError:()=>Ci,getDiscriminatedOption:()=>Pd,globalConfig:()=>Ke,globalRegistry:()=>Ye,handleUnrepresentable:()=>Be,initializeContext:()=>_r,isBackEdge:()=>Ks,isRecursiveSchema:()=>Gs,isValidBase64:()=>Zi,isValidBase64URL:()=>Cs,isValidCIDRv6:()=>Ts,isValidCreditCard:()=>Ds,isValidIBAN:()=>Ns,isValidIPv6:()=>ji,isValidJWT:()=>Fs,locales:()=>Yi,memoizer:()=>Ji,mergeValues:()=>Pn,meta:()=>Zp,parse:()=>as,parseAsync:()=>cs,parseURLObject:()=>n1,prettifyError:()=>Du,process:()=>Pe,processSchema:()=>Pe,regexes:()=>Ct,registry:()=>Xs,safeDecode:()=>Rk,safeDecodeAsync:()=>Ek,safeEncode:()=>Sk,safeEncodeAsync:()=>Pk,safeParse:()=>bk,safeParseAsync:()=>yk,standardProps:()=>Rs,stripTabAndNewline:()=>qi,toDotPath:()=>F0,toJSONSchema:()=>Ea,toZod:()=>ki,treeifyError:()=>Cu,urlHostnameOk:()=>Es,urlProtocolOk:()=>Is,util:()=>X,validate:()=>Di,validateAsync:()=>Ni,validateURL:()=>Ps,version:()=>Ll,withParser:()=>Js});var X={};Qt(X,{BIGINT_FORMAT_RANGES:()=>Ri,CONSTANT_CATCH:()=>os,Class:()=>bu,NUMBER_FORMAT_RANGES:()=>Si,aborted:()=>at,allowsEval:()=>wu,assert:()=>Lx,assertEqual:()=>Cx,assertIs:()=>Nx,assertNever:()=>Fx,assertNotEqual:()=>Dx,assignProp:()=>Je,attachSchema:()=>Pi,base64ToUint8Array:()=>I0,base64urlToUint8Array:()=>rk,cached:()=>vn,captureStackTrace:()=>rs,cleanEnum:()=>tk,cleanRegex:()=>ir,clone:()=>Se,cloneDef:()=>Ux,codePointLength:()=>jr,constantCatch:()=>Su,createTransparentProxy:()=>Gx,defineLazy:()=>yu,defineLazyInternal:()=>be,derived:()=>sk,esc:()=>st,escapeRegex:()=>Ot,explicitlyAborted:()=>$u,extend:()=>Wx,finalizeIssue:()=>bt,floatSafeRemainder:()=>$i,getElementAtPath:()=>qx,getEnumValues:()=>bn,getLengthableOrigin:()=>Ii,getParsedType:()=>Vx,getSizableOrigin:()=>Ei,hexToUint8Array:()=>ik,hide:()=>Ti,installLazyProp:()=>lk,isObject:()=>qr,isPlainObject:()=>Tt,issue:()=>kn,joinValues:()=>es,jsonStringifyReplacer:()=>yn,members:()=>Au,merge:()=>Jx,mergeDefs:()=>Ft,normalizeParams:()=>j,nullish:()=>ts,numKeys:()=>Bx,objectClone:()=>zx,omit:()=>Hx,optionalKeys:()=>ku,own:()=>vr,parsedType:()=>_u,partial:()=>Yx,pick:()=>Kx,prefixIssues:()=>gt,primitiveTypes:()=>xu,promiseAllObject:()=>jx,propertyKeyTypes:()=>Ai,randomString:()=>Zx,rawShape:()=>wn,required:()=>Qx,safeExtend:()=>Xx,shallowClone:()=>_i,sizeCaps:()=>xn,slugify:()=>vu,stringifyPrimitive:()=>ns,toZod:()=>ki,uint8ArrayToBase64:()=>T0,uint8ArrayToBase64url:()=>nk,uint8ArrayToHex:()=>ok,unwrapMessage:()=>gn});function Cx(e){return e}function Dx(e){return e}function ki(){return e=>e}function Nx(e){}function Fx(e){throw new Error("Unexpected value in exhaustive check")}function Lx(e){}function bn(e){let t=Object.values(e).filter(n=>typeof n=="number");return Object.entries(e).filter(([n,i])=>t.indexOf(+n)===-1).map(([n,i])=>i)}function es(e,t="|"){return e.map(r=>ns(r)).join(t)}function yn(e,t){return typeof t=="bigint"?t.toString():t}var gu=class{constructor(t){this._getter=t,this._value=void 0}get value(){let t=this._getter;return t!==void 0&&(this._value=t(),this._getter=void 0),this._value}};function vn(e){return new gu(e)}function ts(e){return e==null}function ir(e){let t=e.startsWith("^")?1:0,r=e.endsWith("$")?e.length-1:e.length;return e.slice(t,r)}function $i(e,t){let r=e/t,n=Math.round(r),i=4*Number.EPSILON*Math.max(Math.abs(r),1);return Math.abs(r-n)<i?0:r-n}var S0=Symbol("evaluating");function yu(e,t,r){let n;Object.defineProperty(e,t,{get(){if(n!==S0)return n===void 0&&(n=S0,n=r()),n},set(i){Object.defineProperty(e,t,{value:i})},configurable:!0})}function zx(e){return Object.create(Object.getPrototypeOf(e),Object.getOwnPropertyDescriptors(e))}function Je(e,t,r){Object.defineProperty(e,t,{value:r,writable:!0,enumerable:!0,configurable:!0})}function wn(e){let t=Object.getOwnPropertyDescriptor(e,"shape");return t?.get?t.get.raw:t?.value}function nr(e){return wn(e._zod.def)??e._zod.def.shape}function R0(e,t,r){Object.defineProperty(e,t,{get(){let n=r();return Je(this,t,n),n},enumerable:!0,configurable:!0})}function P0(e,t,r){t in e?Je(e,t,r):e[t]=r}function Ur(e,t,r,n){let i=nr(t);for(let o of r){let s=Object.getOwnPropertyDescriptor(i,o);s.enumerable&&(s.get?R0(e,o,()=>{let a=t._zod.def.shape[o];return n?n(a,o):a}):P0(e,o,n?n(s.value,o):s.value))}}function Mx(e,t){for(let r of Reflect.ownKeys(t)){let n=Object.getOwnPropertyDescriptor(t,r);n.enumerable&&(n.get?R0(e,r,()=>t[r]):P0(e,r,n.value))}}function Ft(...e){let t={};for(let r of e){let n=Object.getOwnPropertyDescriptors(r);Object.assign(t,n)}return Object.defineProperties({},t)}function Ux(e){return Ft(e._zod.def)}function qx(e,t){return t?t.reduce((r,n)=>r?.[n],e):e}function jx(e){let t=Object.keys(e),r=t.map(n=>e[n]);return Promise.all(r).then(n=>{let i={};for(let o=0;o<t.length;o++)i[t[o]]=n[o];return i})}function Zx(e=10){let t="abcdefghijklmnopqrstuvwxyz",r="";for(let n=0;n<e;n++)r+=t[Math.floor(Math.random()*t.length)];return r}function st(e){return JSON.stringify(e)}function vu(e){return e.toLowerCase().trim().replace(/[^\w\s-]/g,"").replace(/[\s_-]+/g,"-").replace(/^-+|-+$/g,"")}var rs="captureStackTrace"in Error?Error.captureStackTrace:(...e)=>{};function qr(e){return typeof e=="object"&&e!==null&&!Array.isArray(e)}var wu=vn(()=>{if(Ke.jitless||typeof navigator<"u"&&navigator?.userAgent?.includes("Cloudflare"))return!1;try{let e=Function;return new e(""),!0}catch{return!1}});function Tt(e){if(qr(e)===!1)return!1;let t=e.constructor;if(t===void 0||typeof t!="function")return!0;let r=t.prototype;return!(qr(r)===!1||Object.prototype.hasOwnProperty.call(r,"isPrototypeOf")===!1)}function _i(e){return Tt(e)?{...e}:Array.isArray(e)?[...e]:e instanceof Map?new Map(e):e instanceof Set?new Set(e):e}function Bx(e){let t=0;for(let r in e)Object.prototype.hasOwnProperty.call(e,r)&&t++;return t}var Vx=e=>{let t=typeof e;switch(t){case"undefined":return"undefined";case"string":return"string";case"number":return Number.isNaN(e)?"nan":"number";case"boolean":return"boolean";case"function":return"function";case"bigint":return"bigint";case"symbol":return"symbol";case"object":return Array.isArray(e)?"array":e===null?"null":e.then&&typeof e.then=="function"&&e.catch&&typeof e.catch=="function"?"promise":typeof Map<"u"&&e instanceof Map?"map":typeof Set<"u"&&e instanceof Set?"set":typeof Date<"u"&&e instanceof Date?"date":typeof File<"u"&&e instanceof File?"file":"object";default:throw new Error(`Unknown data type: ${t}`)}},Ai=new Set(["string","number","symbol"]),xu=new Set(["string","number","bigint","boolean","symbol","undefined"]);function Ot(e){return e.replace(/[.*+?^${}()|[\]\\]/g,"\\$&")}function Se(e,t,r){let n=new e._zod.constr(t??e._zod.def);return(!t||r?.parent)&&(n._zod.parent=e),n}function j(e){let t=e;if(!t)return{};if(typeof t=="string")return{error:()=>t};if(t?.message!==void 0){if(t?.error!==void 0)throw new Error("Cannot specify both `message` and `error` params");t.error=t.message}return delete t.message,typeof t.error=="string"?{...t,error:()=>t.error}:t}function Gx(e){let t;return new Proxy({},{get(r,n,i){return t??(t=e()),Reflect.get(t,n,i)},set(r,n,i,o){return t??(t=e()),Reflect.set(t,n,i,o)},has(r,n){return t??(t=e()),Reflect.has(t,n)},deleteProperty(r,n){return t??(t=e()),Reflect.deleteProperty(t,n)},ownKeys(r){return t??(t=e()),Reflect.ownKeys(t)},getOwnPropertyDescriptor(r,n){return t??(t=e()),Reflect.getOwnPropertyDescriptor(t,n)},defineProperty(r,n,i){return t??(t=e()),Reflect.defineProperty(t,n,i)}})}function ns(e){return typeof e=="bigint"?e.toString()+"n":typeof e=="string"?`"${e}"`:`${e}`}function ku(e){return Object.keys(e).filter(t=>e[t]._zod.optin!==void 0&&e[t]._zod.optout==="optional")}var Si={safeint:[Number.MIN_SAFE_INTEGER,Number.MAX_SAFE_INTEGER],int32:[-2147483648,2147483647],uint32:[0,4294967295],float32:[-34028234663852886e22,34028234663852886e22],float64:[-Number.MAX_VALUE,Number.MAX_VALUE]},Ri={int64:[BigInt("-9223372036854775808"),BigInt("9223372036854775807")],uint64:[BigInt(0),BigInt("18446744073709551615")]};function Kx(e,t){let r=e._zod.def,n=r.checks;if(n&&n.length>0)throw new Error(".pick() cannot be used on object schemas containing refinements");let o={};return Ur(o,e,is(e,t)),Se(e,Ft(r,{shape:o,checks:[]}))}function is(e,t){let r=nr(e),n=[];for(let i of Reflect.ownKeys(t)){if(!Object.getOwnPropertyDescriptor(r,i)?.enumerable)throw new Error(`Unrecognized key: "${String(i)}"`);t[i]&&n.push(i)}return n}function Hx(e,t){let r=e._zod.def,n=r.checks;if(n&&n.length>0)throw new Error(".omit() cannot be used on object schemas containing refinements");let o=new Set(is(e,t)),s={};return Ur(s,e,Reflect.ownKeys(nr(e)).filter(a=>!o.has(a))),Se(e,Ft(r,{shape:s,checks:[]}))}function Wx(e,t){if(!Tt(t))throw new Error("Invalid input to extend: expected a plain object");let r=e._zod.def.checks;if(r&&r.length>0){let i=nr(e);for(let o of Reflect.ownKeys(t))if(Object.getOwnPropertyDescriptor(i,o)!==void 0)throw new Error("Cannot overwrite keys on object schemas containing refinements. Use `.safeExtend()` instead.")}return Se(e,Ft(e._zod.def,{shape:E0(e,t)}))}function E0(e,t){let r={};return Ur(r,e,Reflect.ownKeys(nr(e))),Mx(r,t),r}function Xx(e,t){if(!Tt(t))throw new Error("Invalid input to safeExtend: expected a plain object");return Se(e,Ft(e._zod.def,{shape:E0(e,t)}))}function Jx(e,t){if(!t?._zod?.def)throw new Error("Invalid input to merge: expected an object schema. To merge a plain shape, use `.extend()`.");if(e._zod.def.checks?.length)throw new Error(".merge() cannot be used on object schemas containing refinements. Use .safeExtend() instead.");let r={};Ur(r,e,Reflect.ownKeys(nr(e))),Ur(r,t,Reflect.ownKeys(nr(t)));let n=Ft(e._zod.def,{shape:r,get catchall(){return t._zod.def.catchall},checks:t._zod.def.checks??[]});return Se(e,n)}function Yx(e,t,r,n="partial"){let o=t._zod.def.checks;if(o&&o.length>0)throw new Error(`.${n}() cannot be used on object schemas containing refinements`);let a=r?new Set(is(t,r)):void 0,u={};return Ur(u,t,Reflect.ownKeys(nr(t)),e&&((c,l)=>a&&!a.has(l)?c:new e({type:"optional",innerType:c}))),Se(t,Ft(t._zod.def,{shape:u,checks:[]}))}function Qx(e,t,r){let n=r?new Set(is(t,r)):void 0,i={};return Ur(i,t,Reflect.ownKeys(nr(t)),(o,s)=>n&&!n.has(s)?o:new e({type:"nonoptional",innerType:o})),Se(t,Ft(t._zod.def,{shape:i}))}function at(e,t=0){if(e.aborted===!0)return!0;for(let r=t;r<e.issues.length;r++)if(e.issues[r]?.continue!==!0)return!0;return!1}function $u(e,t=0){if(e.aborted===!0)return!0;for(let r=t;r<e.issues.length;r++)if(e.issues[r]?.continue===!1)return!0;return!1}function gt(e,t){return t.map(r=>{var n;return(n=r).path??(n.path=[]),r.path.unshift(e),r})}function gn(e){return typeof e=="string"?e:e?.message}function xn(e){let t=[];for(let r of e??[]){let n=r._zod.def;if(!/_(length|size)$|_equals$/.test(n.check))break;let i=n.maximum??n.length??n.size;i>=0&&t.push([i,r])}return t}function Pi(e,t,r){var n;for(let i=t;i<e.length;i++)(n=e[i]).schema??(n.schema=r)}function bt(e,t,r){var n;let i=e.inst?._zod?.traits;i?.has("$ZodType")&&(i.has("$ZodCheck")?(n=e).schema??(n.schema=e.inst):e.schema=e.inst);let o=e.schema!==e.inst?e.schema?._zod.def?.error:void 0,s=e.message?e.message:gn(e.inst?._zod.def?.error?.(e))??gn(o?.(e))??gn(t?.error?.(e))??gn(r.customError?.(e))??gn(r.localeError?.(e))??"Invalid input",a={};for(let u of Object.keys(e))u==="inst"||u==="schema"||u==="continue"||u==="input"||u==="__proto__"||(a[u]=e[u]);return a.path??(a.path=[]),a.message=s,t?.reportInput&&(a.input=e.input),a}function Ei(e){return e instanceof Set?"set":e instanceof Map?"map":e instanceof File?"file":"unknown"}var ek=/[\uD800-\uDBFF]/;function jr(e){let t=e.length;if(!ek.test(e))return t;let r=t;for(let n=0;n<t-1;n++)(e.charCodeAt(n)&64512)===55296&&(e.charCodeAt(n+1)&64512)===56320&&(r--,n++);return r}function Ii(e){return Array.isArray(e)?"array":typeof e=="string"?"string":"unknown"}function _u(e){let t=typeof e;switch(t){case"number":return Number.isNaN(e)?"nan":"number";case"object":{if(e===null)return"null";if(Array.isArray(e))return"array";let r=e;if(r&&Object.getPrototypeOf(r)!==Object.prototype&&"constructor"in r&&r.constructor)return r.constructor.name}}return t}function kn(...e){let[t,r,n]=e;return typeof t=="string"?{message:t,code:"custom",input:r,inst:n}:{...t}}function tk(e){return Object.entries(e).filter(([t,r])=>Number.isNaN(Number.parseInt(t,10))).map(t=>t[1])}function I0(e){let t=atob(e),r=new Uint8Array(t.length);for(let n=0;n<t.length;n++)r[n]=t.charCodeAt(n);return r}function T0(e){let t="";for(let r=0;r<e.length;r++)t+=String.fromCharCode(e[r]);return btoa(t)}function rk(e){let t=e.replace(/-/g,"+").replace(/_/g,"/"),r="=".repeat((4-t.length%4)%4);return I0(t+r)}function nk(e){return T0(e).replace(/\+/g,"-").replace(/\//g,"_").replace(/=/g,"")}function ik(e){let t=e.replace(/^0x/,"");if(t.length%2!==0)throw new Error("Invalid hex string length");let r=new Uint8Array(t.length/2);for(let n=0;n<t.length;n+=2)r[n/2]=Number.parseInt(t.slice(n,n+2),16);return r}function ok(e){return Array.from(e).map(t=>t.toString(16).padStart(2,"0")).join("")}var bu=class{constructor(...t){}};function Au(e,t){for(let r in t){let n=Object.getOwnPropertyDescriptor(t,r);n.get?Object.defineProperty(e,r,{...n,enumerable:!1}):ak(e,r,n.value)}}function vr(e,t,r,n=!0){return Object.defineProperty(e,t,{configurable:!0,writable:!0,enumerable:n,value:r}),r}function Ti(e,t,r){return vr(e,t,r,!1)}function sk(e,t){for(let r in e){let n=e[r];Object.defineProperty(t,r,{configurable:!0,enumerable:!0,get(){return vr(this,r,n(this))},set(i){vr(this,r,i)}})}return t}function ak(e,t,r){Object.defineProperty(e,t,{configurable:!0,get(){return this==null?r:vr(this,t,r.bind(this))},set(n){vr(this,t,n)}})}function ck(e,t){let r=Object.getPrototypeOf(e);return t in r?void 0:r}var hu,yr=!1,uk={configurable:!0,get(){yr=!0}};function be(e,t,r){let n=Object.getPrototypeOf(e._zod);if(t in n&&hu!==e._zod){hu=void 0;return}hu=e._zod,Object.defineProperty(n,t,{configurable:!0,get(){Object.defineProperty(this,t,uk);let i=yr;yr=!1;try{let o=r(this);return yr?delete this[t]:Object.defineProperty(this,t,{configurable:!0,writable:!0,value:o}),yr=yr||i,o}catch(o){throw delete this[t],yr=yr||i,o}},set(i){Object.defineProperty(this,t,{configurable:!0,writable:!0,value:i})}})}function lk(e,t,r,n){let i=ck(e,t);i&&Object.defineProperty(i,t,{configurable:!0,get(){let o={configurable:!0,writable:!0,enumerable:n,value:void 0};return Object.defineProperty(this,t,o),o.value=r(this),Object.defineProperty(this,t,o),o.value},set(o){Object.defineProperty(this,t,{configurable:!0,writable:!0,enumerable:n,value:o})}})}var os="~constantCatch";function Su(e){let t=()=>e;return t[os]=!0,t}var O0,Pu=Object.freeze({status:"aborted"}),Ru={value:void 0,enumerable:!1},C0="captureStackTrace"in Error?Error:null;function dk(e){let t=C0;if(t){let r=t.stackTraceLimit;if(typeof r=="number"){try{t.stackTraceLimit=0}catch{return C0=null,new e}try{return new e}finally{t.stackTraceLimit=r}}}return new e}function k(e,t,r,n){let i={};function o(f){this.def=f,this.constr=p,this.traits=new Set}o.prototype=i;let s=r,a=s&&new WeakSet;function u(f,h){if(f._zod){if(f._zod.traits.has(e))return}else{Ru.value=new o(h);try{Object.defineProperty(f,"_zod",Ru)}finally{Ru.value=void 0}}if(f._zod.traits.add(e),t(f,h),a){let g=Object.getPrototypeOf(f),v=f._zod.constr.prototype,$=g;for(;$&&$!==v;)$=Object.getPrototypeOf($);let w=$??g;a.has(w)||(a.add(w),Au(w,s))}let b=p.prototype;for(let g in b)Object.prototype.hasOwnProperty.call(b,g)&&(g in f||(f[g]=b[g].bind(f)))}let c=n?.Parent??Object;class l extends c{}Object.defineProperty(l,"name",{value:e});function p(f){let h=n?.Parent?dk(l):this;u(h,f);let b=h._zod.deferred;if(b){for(let v of b)v();h._zod.deferred=void 0}let g=globalThis.__zod_globalConfig?.postProcessor;return g&&g(h),h}return Object.defineProperty(p,"init",{value:u}),Object.defineProperty(p,Symbol.hasInstance,{value:f=>n?.Parent&&f instanceof n.Parent?!0:f?._zod?.traits?.has(e)}),Object.defineProperty(p,"name",{value:e}),p}var Eu=Symbol("zod_brand"),yt=class extends Error{constructor(){super("Encountered Promise during synchronous parse. Use .parseAsync() instead.")}},wr=class extends Error{constructor(t){super(`Encountered unidirectional transform during encode: ${t}`),this.name="ZodEncodeError"}};(O0=globalThis).__zod_globalConfig??(O0.__zod_globalConfig={});var Ke=globalThis.__zod_globalConfig;function Le(e){return e&&Object.assign(Ke,e),Ke}function pk(){let e=this._zod;return e.message??(e.message=JSON.stringify(e.def,yn,2)),e.message}function fk(e){this._zod.message=e}var mk={get:pk,set:fk,enumerable:!0,configurable:!0},Tu={value:void 0,enumerable:!1},D0=new WeakSet([Object.prototype,Error.prototype]),N0=(e,t)=>{e.name="$ZodError",Tu.value=t,Object.defineProperty(e,"issues",Tu),Tu.value=void 0,Object.defineProperty(e,"message",mk);let r=Object.getPrototypeOf(e);D0.has(r)||(D0.add(r),Object.defineProperty(r,"toString",{configurable:!0,enumerable:!1,get(){let n=()=>this.message;return Object.defineProperty(this,"toString",{value:n,configurable:!0,writable:!0}),n},set(n){Object.defineProperty(this,"toString",{value:n,configurable:!0,writable:!0})}}))},Ou=k("$ZodError",N0),vt=k("$ZodError",N0,void 0,{Parent:Error});function hk(e,t,r){return Object.prototype.hasOwnProperty.call(e,t)||(t==="__proto__"?Object.defineProperty(e,t,{value:r(),writable:!0,enumerable:!0,configurable:!0}):e[t]=r()),e[t]}function Oi(e,t=r=>r.message){let r={},n=[];for(let i of e.issues)i.path.length>0?hk(r,i.path[0],()=>[]).push(t(i)):n.push(t(i));return{formErrors:n,fieldErrors:r}}function Ci(e,t=r=>r.message){let r={_errors:[]},n=(i,o=[])=>{for(let s of i.issues)if(s.code==="invalid_union"&&s.errors.length)s.errors.map(a=>n({issues:a},[...o,...s.path]));else if(s.code==="invalid_key")n({issues:s.issues},[...o,...s.path]);else if(s.code==="invalid_element")n({issues:s.issues},[...o,...s.path]);else{let a=[...o,...s.path];if(a.length===0)r._errors.push(t(s));else{let u=r,c=0;for(;c<a.length;){let l=a[c],p=c===a.length-1;if(l==="_errors"){p&&u._errors.push(t(s)),c++;continue}Object.prototype.hasOwnProperty.call(u,l)||Object.defineProperty(u,l,{value:{_errors:[]},enumerable:!0,writable:!0,configurable:!0});let f=u[l];p&&f._errors.push(t(s)),u=f,c++}}}};return n(e),r}function Cu(e,t=r=>r.message){let r={errors:[]},n=(i,o=[])=>{var s;for(let a of i.issues)if(a.code==="invalid_union"&&a.errors.length)a.errors.map(u=>n({issues:u},[...o,...a.path]));else if(a.code==="invalid_key")n({issues:a.issues},[...o,...a.path]);else if(a.code==="invalid_element")n({issues:a.issues},[...o,...a.path]);else{let u=[...o,...a.path];if(u.length===0){r.errors.push(t(a));continue}let c=r,l=0;for(;l<u.length;){let p=u[l],f=l===u.length-1;typeof p=="string"?(c.properties??(c.properties={}),Object.prototype.hasOwnProperty.call(c.properties,p)||Object.defineProperty(c.properties,p,{value:{errors:[]},enumerable:!0,writable:!0,configurable:!0}),c=c.properties[p]):(c.items??(c.items=[]),(s=c.items)[p]??(s[p]={errors:[]}),c=c.items[p]),f&&c.errors.push(t(a)),l++}}};return n(e),r}function F0(e){let t=[],r=e.map(n=>typeof n=="object"?n.key:n);for(let n of r)typeof n=="number"?t.push(`[${n}]`):typeof n=="symbol"?t.push(`[${JSON.stringify(String(n))}]`):/[^\w$]/.test(n)?t.push(`[${JSON.stringify(n)}]`):(t.length&&t.push("."),t.push(n));return t.join("")}function Du(e){let t=[],r=[...e.issues].sort((n,i)=>(n.path??[]).length-(i.path??[]).length);for(let n of r)t.push(`\u2716 ${n.message}`),n.path?.length&&t.push(`  \u2192 at ${F0(n.path)}`);return t.join(`
`)}function ss(e,t){return{callee:t?.callee??e,Err:t?.Err}}var $n=e=>{let t=(r,n,i,o)=>{let s=i?{...i,async:!1}:{async:!1},a=r._zod.run({value:n,issues:[]},s);if(a instanceof Promise)throw new yt;if(a.issues.length){let u=new(o?.Err??e)(a.issues.map(c=>bt(c,s,Le())));throw rs(u,o?.callee??t),u}return a.value};return t},as=$n(vt),_n=e=>{let t=async(r,n,i,o)=>{let s=i?{...i,async:!0}:{async:!0},a=r._zod.run({value:n,issues:[]},s);if(a instanceof Promise&&(a=await a),a.issues.length){let u=new(o?.Err??e)(a.issues.map(c=>bt(c,s,Le())));throw rs(u,o?.callee??t),u}return a.value};return t},cs=_n(vt),An=e=>(t,r,n)=>{let i=n?{...n,async:!1}:{async:!1},o=t._zod.run({value:r,issues:[]},i);if(o instanceof Promise)throw new yt;return o.issues.length?L0(e,o.issues,i):{success:!0,data:o.value}},bk=An(vt);function L0(e,t,r){let n;return{success:!1,get error(){return n||(n=new e(t.map(i=>bt(i,r,Le()))),t=void 0,r=void 0),n},set error(i){n=i,t=void 0,r=void 0}}}var Sn=e=>async(t,r,n)=>{let i=n?{...n,async:!0}:{async:!0},o=t._zod.run({value:r,issues:[]},i);return o instanceof Promise&&(o=await o),o.issues.length?L0(e,o.issues,i):{success:!0,data:o.value}},yk=Sn(vt),vk=Symbol.for("zod.compile.invalid"),wk=Symbol.for("zod.compile.fallback"),Di=((e,t,r)=>{let n=e._zod.bag.validator;if(n!==void 0){if(n(t)!==vk)return!0;if(n.definite===!0&&r===void 0)return!1}return xk(e,t,r)});function xk(e,t,r){let n=r?{...r,async:!1,abortEarly:!0}:{async:!1,abortEarly:!0},i=e._zod.bag.fallbackRun,o;if(i?(n[wk]=!0,o=i({value:t,issues:[]},n)):o=e._zod.run({value:t,issues:[]},n),o instanceof Promise)throw new yt;return o.issues.length===0}var Ni=async(e,t,r)=>{let n=r?{...r,async:!0,abortEarly:!0}:{async:!0,abortEarly:!0},i=e._zod.run({value:t,issues:[]},n);return i instanceof Promise&&(i=await i),i.issues.length===0},us=e=>{let t=$n(e),r=(n,i,o,s)=>{let a=o?{...o,direction:"backward"}:{direction:"backward"};return t(n,i,a,ss(r,s))};return r},kk=us(vt),ls=e=>{let t=$n(e),r=(n,i,o,s)=>t(n,i,o,ss(r,s));return r},$k=ls(vt),ds=e=>{let t=_n(e),r=async(n,i,o,s)=>{let a=o?{...o,direction:"backward"}:{direction:"backward"};return await t(n,i,a,ss(r,s))};return r},_k=ds(vt),ps=e=>{let t=_n(e),r=async(n,i,o,s)=>await t(n,i,o,ss(r,s));return r},Ak=ps(vt),fs=e=>(t,r,n)=>{let i=n?{...n,direction:"backward"}:{direction:"backward"};return An(e)(t,r,i)},Sk=fs(vt),ms=e=>(t,r,n)=>An(e)(t,r,n),Rk=ms(vt),hs=e=>async(t,r,n)=>{let i=n?{...n,direction:"backward"}:{direction:"backward"};return Sn(e)(t,r,i)},Pk=hs(vt),gs=e=>async(t,r,n)=>Sn(e)(t,r,n),Ek=gs(vt);var Ct={};Qt(Ct,{anyString:()=>al,base64:()=>Yu,base64url:()=>Qu,bigint:()=>ul,boolean:()=>ll,browserEmail:()=>Lk,cidrv4:()=>Xu,cidrv6:()=>Ju,creditCard:()=>bs,cuid:()=>Fu,cuid2:()=>Lu,currencyCode:()=>nl,date:()=>il,datetime:()=>sl,domain:()=>tl,duration:()=>Zu,e164:()=>rl,email:()=>Vu,emoji:()=>Gu,extendedDuration:()=>Ik,guid:()=>Bu,hex:()=>hl,hostname:()=>el,html5Email:()=>Dk,httpProtocol:()=>Fi,iban:()=>ys,idnEmail:()=>Fk,integer:()=>Li,ipv4:()=>Ku,ipv6:()=>Hu,ksuid:()=>Uu,lowercase:()=>fl,mac:()=>Wu,md5_base64:()=>qk,md5_base64url:()=>jk,md5_hex:()=>Uk,nanoid:()=>qu,nanoidOfLength:()=>ju,null:()=>dl,number:()=>or,rfc5322Email:()=>Nk,sha1_base64:()=>Bk,sha1_base64url:()=>Vk,sha1_hex:()=>Zk,sha256_base64:()=>Kk,sha256_base64url:()=>Hk,sha256_hex:()=>Gk,sha384_base64:()=>Xk,sha384_base64url:()=>Jk,sha384_hex:()=>Wk,sha512_base64:()=>Qk,sha512_base64url:()=>e$,sha512_hex:()=>Yk,string:()=>cl,time:()=>ol,ulid:()=>zu,undefined:()=>pl,unicodeEmail:()=>z0,uppercase:()=>ml,uuid:()=>Zr,uuid4:()=>Tk,uuid6:()=>Ok,uuid7:()=>Ck,xid:()=>Mu});var Fu=/^[cC][0-9a-z]{6,}$/,Lu=/^[0-9a-z]+$/,zu=/^[0-7][0-9A-HJKMNP-TV-Za-hjkmnp-tv-z]{25}$/,Mu=/^[0-9a-vA-V]{20}$/,Uu=/^[A-Za-z0-9]{27}$/,qu=/^[a-zA-Z0-9_-]{21}$/;function ju(e){return new RegExp(`^[a-zA-Z0-9_-]{${e}}$`)}var Zu=/^P(?:(\d+W)|(?!.*W)(?=\d|T\d)(\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+([.,]\d+)?S)?)?)$/,Ik=/^[-+]?P(?!$)(?:(?:[-+]?\d+Y)|(?:[-+]?\d+[.,]\d+Y$))?(?:(?:[-+]?\d+M)|(?:[-+]?\d+[.,]\d+M$))?(?:(?:[-+]?\d+W)|(?:[-+]?\d+[.,]\d+W$))?(?:(?:[-+]?\d+D)|(?:[-+]?\d+[.,]\d+D$))?(?:T(?=[\d+-])(?:(?:[-+]?\d+H)|(?:[-+]?\d+[.,]\d+H$))?(?:(?:[-+]?\d+M)|(?:[-+]?\d+[.,]\d+M$))?(?:[-+]?\d+(?:[.,]\d+)?S)?)??$/,Bu=/^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$/,Zr=e=>e?new RegExp(`^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-${e}[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12})$`):/^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$/,Tk=Zr(4),Ok=Zr(6),Ck=Zr(7),Vu=/^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$/,Dk=/^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/,Nk=/^(([^<>()\[\]\\.,;:\s@"]+(\.[^<>()\[\]\\.,;:\s@"]+)*)|(".+"))@((\[[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}])|(([a-zA-Z\-0-9]+\.)+[a-zA-Z]{2,}))$/,z0=/^[^\s@"]{1,64}@[^\s@]{1,255}$/u,Fk=z0,Lk=/^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/,zk="^(?=[\\s\\S]*[\\p{Extended_Pictographic}\\p{Regional_Indicator}\\u20E3])[\\p{Extended_Pictographic}\\p{Emoji_Component}]+$";function Gu(){return new RegExp(zk,"u")}var Ku=/^(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])$/,Hu=/^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))$/,Wu=e=>{let t=Ot(e??":");return new RegExp(`^(?:[0-9A-F]{2}${t}){5}[0-9A-F]{2}$|^(?:[0-9a-f]{2}${t}){5}[0-9a-f]{2}$`)},Xu=/^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\/([0-9]|[1-2][0-9]|3[0-2])$/,Ju=/^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))\/(12[0-8]|1[01][0-9]|[1-9]?[0-9])$/,Yu=/^$|^(?:[0-9a-zA-Z+/]{4})*(?:(?:[0-9a-zA-Z+/]{2}==)|(?:[0-9a-zA-Z+/]{3}=))?$/,Qu=/^(?:[A-Za-z0-9_-]{4})*(?:[A-Za-z0-9_-]{2,3})?$/,el=/^(?=.{1,253}\.?$)[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[-0-9a-zA-Z]{0,61}[0-9a-zA-Z])?)*\.?$/,tl=/^(?=.{1,253}$)([a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\.)+[a-zA-Z]{2,63}$/,Fi=/^https?$/,rl=/^\+[1-9]\d{6,14}$/,bs=/^\d(?:[ -]?\d){11,18}$/,nl=/^(?:AED|AFN|ALL|AMD|AOA|ARS|AUD|AWG|AZN|BAM|BBD|BDT|BHD|BIF|BMD|BND|BOB|BOV|BRL|BSD|BTN|BWP|BYN|BZD|CAD|CDF|CHE|CHF|CHW|CLF|CLP|CNY|COP|COU|CRC|CUP|CVE|CZK|DJF|DKK|DOP|DZD|EGP|ERN|ETB|EUR|FJD|FKP|GBP|GEL|GHS|GIP|GMD|GNF|GTQ|GYD|HKD|HNL|HTG|HUF|IDR|ILS|INR|IQD|IRR|ISK|JMD|JOD|JPY|KES|KGS|KHR|KMF|KPW|KRW|KWD|KYD|KZT|LAK|LBP|LKR|LRD|LSL|LYD|MAD|MDL|MGA|MKD|MMK|MNT|MOP|MRU|MUR|MVR|MWK|MXN|MXV|MYR|MZN|NAD|NGN|NIO|NOK|NPR|NZD|OMR|PAB|PEN|PGK|PHP|PKR|PLN|PYG|QAR|RON|RSD|RUB|RWF|SAR|SBD|SCR|SDG|SEK|SGD|SHP|SLE|SOS|SRD|SSP|STN|SVC|SYP|SZL|THB|TJS|TMT|TND|TOP|TRY|TTD|TWD|TZS|UAH|UGX|USD|USN|UYI|UYU|UYW|UZS|VED|VES|VND|VUV|WST|XAD|XAF|XAG|XAU|XBA|XBB|XBC|XBD|XCD|XCG|XDR|XOF|XPD|XPF|XPT|XSU|XTS|XUA|XXX|YER|ZAR|ZMW|ZWG)$/,ys=/^[A-Z]{2}(?!00|01|99)\d{2}[A-Z0-9]{11,30}$/,M0="(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))";function Mk(e){return new RegExp(`^${e}$`)}var il=Mk(M0);function Nu(e){let t="(?:[01]\\d|2[0-3]):[0-5]\\d";return typeof e.precision=="number"?e.precision===-1?`${t}`:e.precision===0?`${t}:[0-5]\\d`:`${t}:[0-5]\\d\\.\\d{${e.precision}}`:e.seconds?`${t}:[0-5]\\d(?:\\.\\d+)?`:`${t}(?::[0-5]\\d(?:\\.\\d+)?)?`}function ol(e){return new RegExp(`^${Nu(e)}$`)}function sl(e){let t=["Z"];e.offset&&t.push("([+-](?:[01]\\d|2[0-3]):[0-5]\\d)");let r=`${Nu({precision:e.precision,seconds:!0})}(?:${t.join("|")})`,n=e.local?`${r}|${Nu({precision:e.precision})}`:r;return new RegExp(`^${M0}T(?:${n})$`)}var al=/^[\s\S]{0,}$/,cl=e=>{let t=e?`[\\s\\S]{${e?.minimum??0},${e?.maximum??""}}`:"[\\s\\S]*";return new RegExp(`^${t}$`)},ul=/^-?\d+n?$/,Li=/^-?\d+$/,or=/^-?\d+(?:\.\d+)?$/,ll=/^(?:true|false)$/i,dl=/^null$/i;var pl=/^undefined$/i;var fl=/^[^A-Z]*$/,ml=/^[^a-z]*$/,hl=/^[0-9a-fA-F]*$/;function zi(e,t){return new RegExp(`^[A-Za-z0-9+/]{${e}}${t}$`)}function Mi(e){return new RegExp(`^[A-Za-z0-9_-]{${e}}$`)}var Uk=/^[0-9a-fA-F]{32}$/,qk=zi(22,"=="),jk=Mi(22),Zk=/^[0-9a-fA-F]{40}$/,Bk=zi(27,"="),Vk=Mi(27),Gk=/^[0-9a-fA-F]{64}$/,Kk=zi(43,"="),Hk=Mi(43),Wk=/^[0-9a-fA-F]{96}$/,Xk=zi(64,""),Jk=Mi(64),Yk=/^[0-9a-fA-F]{128}$/,Qk=zi(86,"=="),e$=Mi(86);var Te=k("$ZodCheck",(e,t)=>{var r;e._zod??(e._zod={}),e._zod.def=t,(r=e._zod).onattach??(r.onattach=[])}),gl=e=>{let t=e.value;return!ts(t)&&t.size!==void 0},bl=e=>{let t=e.value;return!ts(t)&&t.length!==void 0},vs={number:"number",bigint:"bigint",object:"date"},xs=k("$ZodCheckLessThan",(e,t)=>{Te.init(e,t);let r=vs[typeof t.value];e._zod.check=n=>{(t.inclusive?n.value<=t.value:n.value<t.value)||n.issues.push({origin:vs[typeof n.value]??r,code:"too_big",maximum:typeof t.value=="object"?t.value.getTime():t.value,input:n.value,inclusive:t.inclusive,inst:e,continue:!t.abort})}}),ks=k("$ZodCheckGreaterThan",(e,t)=>{Te.init(e,t);let r=vs[typeof t.value];e._zod.check=n=>{(t.inclusive?n.value>=t.value:n.value>t.value)||n.issues.push({origin:vs[typeof n.value]??r,code:"too_small",minimum:typeof t.value=="object"?t.value.getTime():t.value,input:n.value,inclusive:t.inclusive,inst:e,continue:!t.abort})}}),yl=k("$ZodCheckMultipleOf",(e,t)=>{Te.init(e,t),e._zod.check=r=>{if(typeof r.value!=typeof t.value)throw new Error("Cannot mix number and bigint in multiple_of check.");(typeof r.value=="bigint"?t.value!==BigInt(0)&&r.value%t.value===BigInt(0):$i(r.value,t.value)===0)||r.issues.push({origin:typeof r.value,code:"not_multiple_of",divisor:t.value,input:r.value,inst:e,continue:!t.abort})}}),vl=k("$ZodCheckNumberFormat",(e,t)=>{Te.init(e,t),t.format=t.format||"float64";let r=t.format?.includes("int"),n=r?"int":"number",[i,o]=Si[t.format];e._zod.check=s=>{let a=s.value;if(r){if(!Number.isInteger(a)){s.issues.push({expected:n,format:t.format,code:"invalid_type",continue:!1,input:a,inst:e});return}if(!Number.isSafeInteger(a)){a>0?s.issues.push({input:a,code:"too_big",maximum:Number.MAX_SAFE_INTEGER,note:"Integers must be within the safe integer range.",inst:e,origin:n,inclusive:!0,continue:!t.abort}):s.issues.push({input:a,code:"too_small",minimum:Number.MIN_SAFE_INTEGER,note:"Integers must be within the safe integer range.",inst:e,origin:n,inclusive:!0,continue:!t.abort});return}}a<i&&s.issues.push({origin:"number",input:a,code:"too_small",minimum:i,inclusive:!0,inst:e,continue:!t.abort}),a>o&&s.issues.push({origin:"number",input:a,code:"too_big",maximum:o,inclusive:!0,inst:e,continue:!t.abort})}}),wl=k("$ZodCheckBigIntFormat",(e,t)=>{Te.init(e,t);let[r,n]=Ri[t.format];e._zod.check=i=>{let o=i.value;o<r&&i.issues.push({origin:"bigint",input:o,code:"too_small",minimum:r,inclusive:!0,inst:e,continue:!t.abort}),o>n&&i.issues.push({origin:"bigint",input:o,code:"too_big",maximum:n,inclusive:!0,inst:e,continue:!t.abort})}}),xl=k("$ZodCheckMaxSize",(e,t)=>{var r;Te.init(e,t),(r=e._zod.def).when??(r.when=gl),e._zod.check=n=>{let i=n.value;i.size<=t.maximum||n.issues.push({origin:Ei(i),code:"too_big",maximum:t.maximum,inclusive:!0,input:i,inst:e,continue:!t.abort})}}),kl=k("$ZodCheckMinSize",(e,t)=>{var r;Te.init(e,t),(r=e._zod.def).when??(r.when=gl),e._zod.check=n=>{let i=n.value;i.size>=t.minimum||n.issues.push({origin:Ei(i),code:"too_small",minimum:t.minimum,inclusive:!0,input:i,inst:e,continue:!t.abort})}}),$l=k("$ZodCheckSizeEquals",(e,t)=>{var r;Te.init(e,t),(r=e._zod.def).when??(r.when=gl),e._zod.check=n=>{let i=n.value,o=i.size;if(o===t.size)return;let s=o>t.size;n.issues.push({origin:Ei(i),...s?{code:"too_big",maximum:t.size}:{code:"too_small",minimum:t.size},inclusive:!0,exact:!0,input:n.value,inst:e,continue:!t.abort})}}),_l=k("$ZodCheckMaxLength",(e,t)=>{var r;Te.init(e,t),(r=e._zod.def).when??(r.when=bl),e._zod.check=n=>{let i=n.value,o=i.length;if((typeof i=="string"&&o>t.maximum?jr(i):o)<=t.maximum)return;let a=Ii(i);n.issues.push({origin:a,code:"too_big",maximum:t.maximum,inclusive:!0,input:i,inst:e,continue:!t.abort})}}),Al=k("$ZodCheckMinLength",(e,t)=>{var r;Te.init(e,t),(r=e._zod.def).when??(r.when=bl),e._zod.check=n=>{let i=n.value,o=i.length;if((typeof i=="string"&&o>=t.minimum&&o<t.minimum*2?jr(i):o)>=t.minimum)return;let a=Ii(i);n.issues.push({origin:a,code:"too_small",minimum:t.minimum,inclusive:!0,input:i,inst:e,continue:!t.abort})}}),Sl=k("$ZodCheckLengthEquals",(e,t)=>{var r;Te.init(e,t),(r=e._zod.def).when??(r.when=bl),e._zod.check=n=>{let i=n.value,o=i.length,s=typeof i=="string"&&o>=t.length&&o<=t.length*2?jr(i):o;if(s===t.length)return;let a=Ii(i),u=s>t.length;n.issues.push({origin:a,...u?{code:"too_big",maximum:t.length}:{code:"too_small",minimum:t.length},inclusive:!0,exact:!0,input:n.value,inst:e,continue:!t.abort})}}),Rn=k("$ZodCheckStringFormat",(e,t)=>{var r,n;Te.init(e,t),t.pattern?(r=e._zod).check??(r.check=i=>{t.pattern.lastIndex=0,!t.pattern.test(i.value)&&i.issues.push({origin:"string",code:"invalid_format",format:t.format,input:i.value,...t.pattern?{pattern:t.pattern.toString()}:{},inst:e,continue:!t.abort})}):(n=e._zod).check??(n.check=()=>{})}),Rl=k("$ZodCheckRegex",(e,t)=>{Rn.init(e,t),e._zod.check=r=>{t.pattern.lastIndex=0,!t.pattern.test(r.value)&&r.issues.push({origin:"string",code:"invalid_format",format:"regex",input:r.value,pattern:t.pattern.toString(),inst:e,continue:!t.abort})}}),Pl=k("$ZodCheckLowerCase",(e,t)=>{t.pattern??(t.pattern=fl),Rn.init(e,t)}),El=k("$ZodCheckUpperCase",(e,t)=>{t.pattern??(t.pattern=ml),Rn.init(e,t)}),Il=k("$ZodCheckIncludes",(e,t)=>{Te.init(e,t);let r=Ot(t.includes),n=new RegExp(typeof t.position=="number"?`^.{${t.position},}${r}`:r);t.pattern=n,e._zod.check=i=>{i.value.includes(t.includes,t.position)||i.issues.push({origin:"string",code:"invalid_format",format:"includes",includes:t.includes,input:i.value,inst:e,continue:!t.abort})}}),Tl=k("$ZodCheckStartsWith",(e,t)=>{Te.init(e,t);let r=new RegExp(`^${Ot(t.prefix)}.*`);t.pattern??(t.pattern=r),e._zod.check=n=>{n.value.startsWith(t.prefix)||n.issues.push({origin:"string",code:"invalid_format",format:"starts_with",prefix:t.prefix,input:n.value,inst:e,continue:!t.abort})}}),Ol=k("$ZodCheckEndsWith",(e,t)=>{Te.init(e,t);let r=new RegExp(`.*${Ot(t.suffix)}$`);t.pattern??(t.pattern=r),e._zod.check=n=>{n.value.endsWith(t.suffix)||n.issues.push({origin:"string",code:"invalid_format",format:"ends_with",suffix:t.suffix,input:n.value,inst:e,continue:!t.abort})}});function ws(e,t,r){e.issues.length&&t.issues.push(...gt(r,e.issues))}var Cl=k("$ZodCheckProperty",(e,t)=>{Te.init(e,t),e._zod.check=r=>{let n=t.schema._zod.run({value:r.value[t.property],issues:[]},{});if(n instanceof Promise)return n.then(i=>ws(i,r,t.property));ws(n,r,t.property)}}),Dl=k("$ZodCheckProperties",(e,t)=>{Te.init(e,t),Ti(e,Symbol.iterator,function*(){yield e});let r;e._zod.check=n=>{if(n.value==null){n.issues.push({expected:"object",code:"invalid_type",input:n.value,inst:e});return}r??(r=Reflect.ownKeys(t.shape).map(s=>[s,t.shape[s]]));let i=n.value,o;for(let[s,a]of r){let u=a._zod.run({value:i[s],issues:[]},{});u instanceof Promise?(o??(o=[]),o.push(u.then(c=>ws(c,n,s)))):ws(u,n,s)}if(o)return Promise.all(o).then(()=>{})}}),Nl=k("$ZodCheckMimeType",(e,t)=>{Te.init(e,t);let r=new Set(t.mime);e._zod.check=n=>{r.has(n.value.type)||n.issues.push({code:"invalid_value",values:t.mime,input:n.value.type,inst:e,continue:!t.abort})}}),Fl=k("$ZodCheckOverwrite",(e,t)=>{Te.init(e,t),e._zod.check=r=>{r.value=t.tx(r.value)}});var Br=class{constructor(t=[],r={}){this.content=[],this.indent=0,this.args=t,this.closed=r}indented(t){this.indent+=1;try{t(this)}finally{this.indent-=1}}write(t){if(typeof t=="function"){t(this,{execution:"sync"}),t(this,{execution:"async"});return}let n=t.split(`
`).filter(s=>s),i=Math.min(...n.map(s=>s.length-s.trimStart().length)),o=n.map(s=>s.slice(i)).map(s=>" ".repeat(this.indent*2)+s);for(let s of o)this.content.push(s)}compile(){let t=Function,r=this?.content??[""];return new t(...Object.keys(this.closed),`return function (${this.args.join(", ")}) {
${r.join(`
`)}
};`)(...Object.values(this.closed))}};var Ll={major:4,minor:6,patch:7};var pe=k("$ZodType",(e,t)=>{var r;e??(e={}),e._zod.def=t,e._zod.bag=e._zod.bag||{},e._zod.version=Ll;let n=e._zod.def.checks,i=e._zod.traits.has("$ZodCheck")?[e,...n??[]]:n?.length?[...n]:[];for(let o of i)for(let s of o._zod.onattach)s(e);if(i.length===0)(r=e._zod).deferred??(r.deferred=[]),e._zod.deferred?.push(()=>{e._zod.run=e._zod.parse});else{let o=(a,u,c)=>{if(a.memo)return a;let l=at(a),p;for(let f of u){if(f._zod.def.when){if($u(a)||!f._zod.def.when(a))continue}else if(l)continue;let h=a.issues.length,b=f._zod.check(a);if(b instanceof Promise&&c?.async===!1)throw new yt;if(p||b instanceof Promise)p=(p??Promise.resolve()).then(async()=>{await b,a.issues.length!==h&&(Pi(a.issues,h,e),l||(l=at(a,h)))});else{if(a.issues.length===h)continue;Pi(a.issues,h,e),l||(l=at(a,h))}}return p?p.then(()=>a):a},s=(a,u,c)=>{if(at(a))return a.aborted=!0,a;let l=o(u,i,c);if(l instanceof Promise){if(c.async===!1)throw new yt;return l.then(p=>e._zod.parse(p,c))}return e._zod.parse(l,c)};e._zod.run=(a,u)=>{if(u.skipChecks)return e._zod.parse(a,u);if(u.direction==="backward"){let l=e._zod.parse({value:a.value,issues:[]},{...u,skipChecks:!0});return l instanceof Promise?l.then(p=>s(p,a,u)):s(l,a,u)}let c=e._zod.parse(a,u);if(c instanceof Promise){if(u.async===!1)throw new yt;return c.then(l=>o(l,i,u))}return o(c,i,u)}}},{get"~standard"(){return Ti(this,"~standard",Rs(this))},set"~standard"(e){vr(this,"~standard",e)}}),r1=(e,t)=>e.issues.length?{issues:e.issues.map(r=>bt(r,t,Le()))}:{value:e.value};async function t$(e,t){let r={async:!0};return r1(await e._zod.run({value:t,issues:[]},r),r)}function Rs(e){return{validate:t=>{let r={async:!1};try{let n=e._zod.run({value:t,issues:[]},r);if(!(n instanceof Promise))return r1(n,r)}catch{}return t$(e,t)},vendor:"zod",version:1}}var Vr=k("$ZodString",(e,t)=>{pe.init(e,t),e._zod.pattern=t.pattern??al,e._zod.parse=(r,n)=>{if(t.coerce)try{r.value=String(r.value)}catch{}return typeof r.value=="string"||r.issues.push({expected:"string",code:"invalid_type",input:r.value,inst:e}),r}}),Re=k("$ZodStringFormat",(e,t)=>{Rn.init(e,t),Vr.init(e,t)}),Ml=k("$ZodGUID",(e,t)=>{t.pattern??(t.pattern=Bu),Re.init(e,t)}),Ul=k("$ZodUUID",(e,t)=>{if(t.version){let n={v1:1,v2:2,v3:3,v4:4,v5:5,v6:6,v7:7,v8:8}[t.version];if(n===void 0)throw new Error(`Invalid UUID version: "${t.version}"`);t.pattern??(t.pattern=Zr(n))}else t.pattern??(t.pattern=Zr());Re.init(e,t)}),ql=k("$ZodEmail",(e,t)=>{t.pattern??(t.pattern=Vu),Re.init(e,t)}),jl=1,Ui=2;function Zl(e){try{return typeof URL<"u"&&typeof URL.canParse=="function"?URL.canParse(e):(new URL(e),!0)}catch{return!1}}function Ps(e,t){return!("normalize"in t)&&!("hostname"in t)&&!("protocol"in t)?Zl(e)||Ui:n1(e,t)}function n1(e,t){if(!t.normalize&&t.protocol?.source===Fi.source&&!/^https?:\/\//i.test(e))return jl;try{if(typeof URL<"u"){let r=URL;if(typeof r.parse=="function")return r.parse(e)??Ui}return new URL(e)}catch{return Ui}}var r$=/[\t\n\r]/g;function qi(e){return e.replace(r$,"")}function Es(e,t){return t.lastIndex=0,t.test(e.hostname)}function Is(e,t){return t.lastIndex=0,t.test(e.protocol.endsWith(":")?e.protocol.slice(0,-1):e.protocol)}var Bl=k("$ZodURL",(e,t)=>{Re.init(e,t),e._zod.check=r=>{try{let n=r.value.trim(),i=Ps(n,t);if(i===jl){r.issues.push({code:"invalid_format",format:"url",note:"Invalid URL format",input:r.value,inst:e,continue:!t.abort});return}if(i===Ui){r.issues.push({code:"invalid_format",format:"url",input:r.value,inst:e,continue:!t.abort});return}if(i===!0){r.value=qi(n);return}t.hostname&&!Es(i,t.hostname)&&r.issues.push({code:"invalid_format",format:"url",note:"Invalid hostname",pattern:t.hostname.source,input:r.value,inst:e,continue:!t.abort}),t.protocol&&!Is(i,t.protocol)&&r.issues.push({code:"invalid_format",format:"url",note:"Invalid protocol",pattern:t.protocol.source,input:r.value,inst:e,continue:!t.abort}),r.value=t.normalize?i.href:qi(n);return}catch{r.issues.push({code:"invalid_format",format:"url",input:r.value,inst:e,continue:!t.abort})}}}),Vl=k("$ZodEmoji",(e,t)=>{t.pattern??(t.pattern=Gu()),Re.init(e,t)}),Gl=k("$ZodNanoID",(e,t)=>{if(t.length!==void 0&&(!Number.isInteger(t.length)||t.length<1))throw new Error(`Invalid nanoid length: ${t.length}`);t.pattern??(t.pattern=t.length===void 0?qu:ju(t.length)),Re.init(e,t)}),Kl=k("$ZodCUID",(e,t)=>{t.pattern??(t.pattern=Fu),Re.init(e,t)}),Hl=k("$ZodCUID2",(e,t)=>{t.pattern??(t.pattern=Lu),Re.init(e,t)}),Wl=k("$ZodULID",(e,t)=>{t.pattern??(t.pattern=zu),Re.init(e,t)}),Xl=k("$ZodXID",(e,t)=>{t.pattern??(t.pattern=Mu),Re.init(e,t)}),Jl=k("$ZodKSUID",(e,t)=>{t.pattern??(t.pattern=Uu),Re.init(e,t)}),Yl=k("$ZodISODateTime",(e,t)=>{t.pattern??(t.pattern=sl(t)),Re.init(e,t)}),Ql=k("$ZodISODate",(e,t)=>{t.pattern??(t.pattern=il),Re.init(e,t)}),ed=k("$ZodISOTime",(e,t)=>{t.pattern??(t.pattern=ol(t)),Re.init(e,t)}),td=k("$ZodISODuration",(e,t)=>{t.pattern??(t.pattern=Zu),Re.init(e,t)}),rd=k("$ZodIPv4",(e,t)=>{t.pattern??(t.pattern=Ku),Re.init(e,t)}),n$=/^[0-9a-fA-F:.]+$/;function ji(e){return n$.test(e)?Zl(`http://[${e}]`):!1}var nd=k("$ZodIPv6",(e,t)=>{t.pattern??(t.pattern=Hu),Re.init(e,t),e._zod.check=r=>{ji(r.value)||r.issues.push({code:"invalid_format",format:"ipv6",input:r.value,inst:e,continue:!t.abort})}}),id=k("$ZodMAC",(e,t)=>{t.pattern??(t.pattern=Wu(t.delimiter)),Re.init(e,t)}),od=k("$ZodCIDRv4",(e,t)=>{t.pattern??(t.pattern=Xu),Re.init(e,t)});function Ts(e){let t=e.split("/");if(t.length!==2)return!1;let[r,n]=t;if(!n)return!1;let i=Number(n);return`${i}`!==n||i<0||i>128?!1:ji(r)}var sd=k("$ZodCIDRv6",(e,t)=>{t.pattern??(t.pattern=Ju),Re.init(e,t),e._zod.check=r=>{Ts(r.value)||r.issues.push({code:"invalid_format",format:"cidrv6",input:r.value,inst:e,continue:!t.abort})}});function Zi(e){if(e==="")return!0;if(/\s/.test(e)||e.length%4!==0)return!1;try{return atob(e),!0}catch{return!1}}var Os=/^[0-9a-zA-Z+/]*={0,2}$/,ad=k("$ZodBase64",(e,t)=>{t.pattern??(t.pattern=Os),Re.init(e,t),e._zod.check=r=>{Zi(r.value)||r.issues.push({code:"invalid_format",format:"base64",input:r.value,inst:e,continue:!t.abort})}}),Bi=/^[A-Za-z0-9_-]*$/;function Cs(e){if(!Bi.test(e))return!1;let t=e.replace(/[-_]/g,n=>n==="-"?"+":"/"),r=t.padEnd(Math.ceil(t.length/4)*4,"=");return Zi(r)}var cd=k("$ZodBase64URL",(e,t)=>{t.pattern??(t.pattern=Bi),Re.init(e,t),e._zod.check=r=>{Cs(r.value)||r.issues.push({code:"invalid_format",format:"base64url",input:r.value,inst:e,continue:!t.abort})}}),ud=k("$ZodE164",(e,t)=>{t.pattern??(t.pattern=rl),Re.init(e,t)}),i$=/[- ]/g;function o$(e){let t=e.length,r=1,n=0;for(;t;){let i=e.charCodeAt(--t)-48;r^=1,n+=r?[0,2,4,6,8,1,3,5,7,9][i]:i}return n%10===0}function Ds(e){return bs.test(e)?o$(e.replace(i$,"")):!1}var ld=k("$ZodCreditCard",(e,t)=>{t.pattern??(t.pattern=bs),Re.init(e,t),e._zod.check=r=>{Ds(r.value)||r.issues.push({code:"invalid_format",format:"credit_card",input:r.value,inst:e,continue:!t.abort})}});function s$(e){let t=0,r=e.length;for(let n=4;n<r;n++){let i=e.charCodeAt(n);t=(i>=65?t*100+(i-55):t*10+(i-48))%97}for(let n=0;n<4;n++){let i=e.charCodeAt(n);t=(i>=65?t*100+(i-55):t*10+(i-48))%97}return t===1}function Ns(e){return ys.test(e)?s$(e):!1}var dd=k("$ZodIBAN",(e,t)=>{t.pattern??(t.pattern=ys),Re.init(e,t),e._zod.check=r=>{Ns(r.value)||r.issues.push({code:"invalid_format",format:"iban",input:r.value,inst:e,continue:!t.abort})}});function Fs(e,t=null){try{let r=e.split(".");if(r.length!==3)return!1;let[n]=r;if(!n)return!1;let i=JSON.parse(atob(n));return!("typ"in i&&i?.typ!=="JWT"||!i.alg||t&&(!("alg"in i)||i.alg!==t))}catch{return!1}}var pd=k("$ZodJWT",(e,t)=>{Re.init(e,t),e._zod.check=r=>{Fs(r.value,t.alg)||r.issues.push({code:"invalid_format",format:"jwt",input:r.value,inst:e,continue:!t.abort})}}),fd=k("$ZodCustomStringFormat",(e,t)=>{Re.init(e,t),e._zod.check=r=>{t.fn(r.value)||r.issues.push({code:"invalid_format",format:t.format,input:r.value,inst:e,continue:!t.abort})}}),Ls=k("$ZodNumber",(e,t)=>{pe.init(e,t),e._zod.pattern=or,e._zod.parse=(r,n)=>{if(t.coerce)try{r.value=Number(r.value)}catch{}let i=r.value;if(typeof i=="number"&&!Number.isNaN(i)&&Number.isFinite(i))return r;let o=typeof i=="number"?Number.isNaN(i)?"NaN":Number.isFinite(i)?void 0:String(i):void 0;return r.issues.push({expected:"number",code:"invalid_type",input:i,inst:e,...o?{received:o}:{}}),r}}),md=k("$ZodNumberFormat",(e,t)=>{vl.init(e,t),Ls.init(e,t)}),Vi=k("$ZodBoolean",(e,t)=>{pe.init(e,t),e._zod.pattern=ll,e._zod.parse=(r,n)=>{if(t.coerce)try{r.value=!!r.value}catch{}let i=r.value;return typeof i=="boolean"||r.issues.push({expected:"boolean",code:"invalid_type",input:i,inst:e}),r}}),zs=k("$ZodBigInt",(e,t)=>{pe.init(e,t),e._zod.pattern=ul,e._zod.parse=(r,n)=>{if(t.coerce)try{r.value=BigInt(r.value)}catch{}return typeof r.value=="bigint"||r.issues.push({expected:"bigint",code:"invalid_type",input:r.value,inst:e}),r}}),hd=k("$ZodBigIntFormat",(e,t)=>{wl.init(e,t),zs.init(e,t)}),gd=k("$ZodSymbol",(e,t)=>{pe.init(e,t),e._zod.parse=(r,n)=>{let i=r.value;return typeof i=="symbol"||r.issues.push({expected:"symbol",code:"invalid_type",input:i,inst:e}),r}}),bd=k("$ZodUndefined",(e,t)=>{pe.init(e,t),e._zod.pattern=pl,e._zod.values=new Set([void 0]),e._zod.parse=(r,n)=>{let i=r.value;return typeof i>"u"||r.issues.push({expected:"undefined",code:"invalid_type",input:i,inst:e}),r}}),yd=k("$ZodNull",(e,t)=>{pe.init(e,t),e._zod.pattern=dl,e._zod.values=new Set([null]),e._zod.parse=(r,n)=>{let i=r.value;return i===null||r.issues.push({expected:"null",code:"invalid_type",input:i,inst:e}),r}}),vd=k("$ZodAny",(e,t)=>{pe.init(e,t),e._zod.parse=r=>r}),wd=k("$ZodUnknown",(e,t)=>{pe.init(e,t),e._zod.parse=r=>r}),xd=k("$ZodNever",(e,t)=>{pe.init(e,t),e._zod.parse=(r,n)=>(r.issues.push({expected:"never",code:"invalid_type",input:r.value,inst:e}),r)}),kd=k("$ZodVoid",(e,t)=>{pe.init(e,t),e._zod.parse=(r,n)=>{let i=r.value;return typeof i>"u"||r.issues.push({expected:"void",code:"invalid_type",input:i,inst:e}),r}}),$d=k("$ZodDate",(e,t)=>{pe.init(e,t),e._zod.parse=(r,n)=>{if(t.coerce)try{r.value=new Date(r.value)}catch{}let i=r.value,o=i instanceof Date;return o&&!Number.isNaN(i.getTime())||r.issues.push({expected:"date",code:"invalid_type",input:i,...o?{received:"Invalid Date"}:{},inst:e}),r}});function _d(e,t){let r=xn(e._zod.def.checks);if(!r.length)return;let n=Math.min(...r.map(o=>o[0])),i=e._zod.parse;e._zod.parse=(o,s)=>{let a=t(o.value);if(a>n&&!s?.skipChecks&&s?.direction!=="backward"){for(let[u,c]of xn(e._zod.def.checks))if(a>u&&c._zod.def.when(o)){let l=o.issues.length;return c._zod.check(o),o.issues[l].continue=!1,Pi(o.issues,l,e),o}}return i(o,s)}}var a$=e=>Array.isArray(e)?e.length:-1,c$=e=>e instanceof Map?e.size:-1,u$=e=>e instanceof Set?e.size:-1;function q0(e,t,r){e.issues.length&&t.issues.push(...gt(r,e.issues)),t.value[r]=e.value}var Ad=k("$ZodArray",(e,t)=>{pe.init(e,t);let r=Ke.memoizer;r?.attach(e),e._zod.parse=(n,i)=>{let o=n.value;if(!Array.isArray(o))return n.issues.push({expected:"array",code:"invalid_type",input:o,inst:e}),n;n.value=r?r.alloc(e,n,Array(o.length),i):Array(o.length);let s=[],a=i?.abortEarly;for(let u=0;u<o.length;u++){let c=o[u],l=t.element._zod.run({value:c,issues:[]},i);if(l instanceof Promise)s.push(l.then(p=>q0(p,n,u)));else if(q0(l,n,u),a&&l.issues.length!==0&&at(l))break}return s.length?Promise.all(s).then(()=>n):n},_d(e,a$)});function Ss(e,t,r,n,i,o){let s=r in n,a=o==="optional";if(!(!s&&a&&i==="optional")){if(e.issues.length){if(i!==void 0&&a&&!s)return;t.issues.push(...gt(r,e.issues))}if(!s&&i===void 0){e.issues.length||t.issues.push({code:"invalid_type",expected:"nonoptional",input:void 0,path:[r]});return}e.value===void 0?(s||i==="defaulted"&&!a)&&(t.value[r]=void 0):t.value[r]=e.value}}var l$=[];function i1(e){let t=Object.keys(e.shape),r=Object.getOwnPropertySymbols(e.shape),n=r.length?r:l$,i=n.length?[...t,...n]:t;for(let s of i)if(!e.shape?.[s]?._zod?.traits?.has("$ZodType"))throw new Error(`Invalid element at key "${String(s)}": expected a Zod schema`);let o=ku(e.shape);return{...e,allKeys:i,symbolKeys:n,keySet:new Set(t),numKeys:t.length,optionalKeys:new Set(o)}}function o1(e,t,r,n,i,o,s){let a=[],u=i.keySet,c=i.catchall._zod,l=c.def.type,p=c.optin,f=c.optout,h=0;for(let b in t){if(s&&r.issues.length!==h){if(at(r,h))break;h=r.issues.length}if(u.has(b))continue;if(b==="__proto__"){l==="never"&&a.push(b);continue}if(l==="never"){a.push(b);continue}let g=c.run({value:t[b],issues:[]},n);g instanceof Promise?e.push(g.then(v=>Ss(v,r,b,t,p,f))):Ss(g,r,b,t,p,f)}return a.length&&r.issues.push({code:"unrecognized_keys",keys:a,input:t,inst:o,continue:!0}),e.length?Promise.all(e).then(()=>r):r}var s1=k("$ZodObject",(e,t)=>{pe.init(e,t);let r=Object.getOwnPropertyDescriptor(t,"shape"),n=r?.get?r.get.raw:t.shape??{};if(n){let c=()=>{let l={...n};return Object.defineProperty(t,"shape",{value:l}),c.raw=l,l};c.raw=n,Object.defineProperty(t,"shape",{get:c})}let i=vn(()=>i1(t));be(e,"propValues",c=>{let l=c.def.shape,p={};for(let f in l){let h=l[f]._zod;if(h.values){Object.prototype.hasOwnProperty.call(p,f)||Je(p,f,new Set);for(let b of h.values)p[f].add(b);h.optin!==void 0&&p[f].add(void 0)}}return p});let o=qr,s=t.catchall,a,u=Ke.memoizer;u?.attach(e),e._zod.parse=(c,l)=>{a??(a=i.value);let p=c.value;if(!o(p))return c.issues.push({expected:"object",code:"invalid_type",input:p,inst:e}),c;c.value=u?u.alloc(e,c,{},l):{};let f=[],h=a.shape,b=l?.abortEarly,g=c.issues.length;for(let v of a.allKeys){if(b&&c.issues.length!==g){if(at(c,g))break;g=c.issues.length}if(v==="__proto__")continue;let $=h[v],w=$._zod.optin,x=$._zod.optout,N=$._zod.run({value:p[v],issues:[]},l);N instanceof Promise?f.push(N.then(L=>Ss(L,c,v,p,w,x))):Ss(N,c,v,p,w,x)}return s?o1(f,p,c,l,i.value,e,b===!0):f.length?Promise.all(f).then(()=>c):c}}),Sd=k("$ZodObjectJIT",(e,t)=>{s1.init(e,t);let r=e._zod.parse,n=vn(()=>i1(t)),i=Ke.memoizer,o=h=>{let b=n.value,g=b.symbolKeys,v=new Br(["payload","ctx"],{shape:h,inst:e,memo:i,syms:g}),$=L=>`shape[${L}]._zod.run({ value: input[${L}], issues: [] }, ctx)`,w=(L,V)=>`
          let ${L}_ab = false;
          for (let i = 0; i < ${L}.issues.length; i++) {
            const iss = ${L}.issues[i];
            iss.path = iss.path ? [${V}, ...iss.path] : [${V}];
            payload.issues.push(iss);
            if (iss.continue !== true) ${L}_ab = true;
          }
          if (${L}_ab && ctx && ctx.abortEarly) {
            payload.value = newResult;
            return payload;
          }`;v.write("const input = payload.value;");let x=Object.create(null),N=0;for(let L of b.allKeys)x[L]=`key_${N++}`;v.write(i?"const newResult = memo.alloc(inst, payload, {}, ctx);":"const newResult = {};");for(let L of b.allKeys){if(L==="__proto__")continue;let V=x[L],Q=typeof L=="symbol"?`syms[${g.indexOf(L)}]`:st(L),W=`${Q} in input`,J=h[L],A=J?._zod?.optin,ee=A!==void 0,he=J?._zod?.optout==="optional";if(v.write(`const ${V} = ${$(Q)};`),ee&&he){let ae=A==="optional"?`${V}_present`:`${V}.value !== undefined || ${V}_present`;v.write(`
        const ${V}_present = ${W};
        if (!${V}.issues.length || ${V}_present) {
          if (${V}.issues.length) {${w(V,Q)}
          }

          if (${ae}) {
            newResult[${Q}] = ${V}.value;
          }
        }

      `)}else ee?(v.write(`
        if (${V}.issues.length) {${w(V,Q)}
        }
      `),A==="defaulted"?v.write(`newResult[${Q}] = ${V}.value;`):v.write(`
        if (${V}.value !== undefined || ${W}) {
          newResult[${Q}] = ${V}.value;
        }
      `)):v.write(`
        const ${V}_present = ${W};
        if (${V}.issues.length) {${w(V,Q)}
        }
        if (!${V}_present && !${V}.issues.length) {
          payload.issues.push({
            code: "invalid_type",
            expected: "nonoptional",
            input: undefined,
            path: [${Q}]
          });
          if (ctx && ctx.abortEarly) {
            payload.value = newResult;
            return payload;
          }
        }

        if (${V}_present) {
          newResult[${Q}] = ${V}.value;
        }

      `)}return v.write("payload.value = newResult;"),v.write("return payload;"),v.compile()},s,a=qr,u=!Ke.jitless,l=u&&wu.value,p=t.catchall,f;e._zod.parse=(h,b)=>{f??(f=n.value);let g=h.value;return a(g)?u&&l&&b?.async===!1&&b.jitless!==!0?(s||(s=o(t.shape)),h=s(h,b),p?o1([],g,h,b,f,e,b?.abortEarly===!0):h):r(h,b):(h.issues.push({expected:"object",code:"invalid_type",input:g,inst:e}),h)}});function j0(e,t,r,n){for(let o of e)if(o.issues.length===0)return t.value=o.value,t;let i=e.filter(o=>!at(o));return i.length===1?(t.value=i[0].value,i[0]):(t.issues.push({code:"invalid_union",input:t.value,inst:r,errors:e.map(o=>o.issues.map(s=>bt(s,n,Le())))}),t)}var Gi=k("$ZodUnion",(e,t)=>{pe.init(e,t),be(e,"optin",n=>n.def.options.some(i=>i._zod.optin==="defaulted")?"defaulted":n.def.options.some(i=>i._zod.optin!==void 0)?"optional":void 0),be(e,"optout",n=>n.def.options.some(i=>i._zod.optout==="optional")?"optional":void 0),be(e,"values",n=>{if(n.def.options.every(i=>i._zod.values))return new Set(n.def.options.flatMap(i=>Array.from(i._zod.values)))}),be(e,"pattern",n=>{if(n.def.options.every(i=>i._zod.pattern)){let i=n.def.options.map(o=>o._zod.pattern);return new RegExp(`^(${i.map(o=>ir(o.source)).join("|")})$`)}});let r=t.options.length===1?t.options[0]._zod.run:null;e._zod.parse=(n,i)=>{if(r)return r(n,i);let o=!1,s=[];for(let a of t.options){let u=a._zod.run({value:n.value,issues:[]},i);if(u instanceof Promise)s.push(u),o=!0;else{if(u.issues.length===0)return u;s.push(u)}}return o?Promise.all(s).then(a=>j0(a,n,e,i)):j0(s,n,e,i)}});function Z0(e,t,r,n){let i=[];for(let o=0;o<e.length;o++)e[o].issues.length===0&&i.push(o);return i.length===1?(t.value=e[i[0]].value,t):(i.length===0?t.issues.push({code:"invalid_union",input:t.value,inst:r,errors:e.map(o=>o.issues.map(s=>bt(s,n,Le())))}):t.issues.push({code:"invalid_union",input:t.value,inst:r,errors:[],inclusive:!1,matches:i}),t)}var Rd=k("$ZodXor",(e,t)=>{Gi.init(e,t),t.inclusive=!1;let r=t.options.length===1?t.options[0]._zod.run:null;e._zod.parse=(n,i)=>{if(r)return r(n,i);let o=!1,s=[];for(let a of t.options){let u=a._zod.run({value:n.value,issues:[]},i);u instanceof Promise?(s.push(u),o=!0):s.push(u)}return o?Promise.all(s).then(a=>Z0(a,n,e,i)):Z0(s,n,e,i)}});function Pd(e,t){let r=e._zod,n=r.bag.optionsMap;n||(n=a1(r.def),r.bag.optionsMap=n);let i=n.get(t);if(i===null)throw new Error(`Ambiguous discriminator value "${String(t)}"`);return i}function a1(e){let t=new Map;for(let r of e.options){let n=r._zod.propValues?.[e.discriminator];if(!n||n.size===0)throw new Error(`Invalid discriminated union option at index "${e.options.indexOf(r)}"`);for(let i of n)if(t.has(i)){if(i!==void 0)throw new Error(`Duplicate discriminator value "${String(i)}"`);t.set(i,null)}else t.set(i,r)}return t}var Ed=k("$ZodDiscriminatedUnion",(e,t)=>{t.inclusive=!1,Gi.init(e,t);let r=e._zod.parse;be(e,"propValues",i=>{let o={},s=0;for(let a of i.def.options){let u=a._zod.propValues;if(!u||Object.keys(u).length===0)throw new Error(`Invalid discriminated union option at index "${i.def.options.indexOf(a)}"`);u[i.def.discriminator]?.has(void 0)&&s++;for(let[c,l]of Object.entries(u)){Object.prototype.hasOwnProperty.call(o,c)||Je(o,c,new Set);for(let p of l)o[c].add(p)}}return!i.def.unionFallback&&s>1&&o[i.def.discriminator]?.delete(void 0),o}),t.options.forEach((i,o)=>{let s=wn(i._zod.def);if(s&&!Object.prototype.hasOwnProperty.call(s,t.discriminator))throw new Error(`Invalid discriminated union option at index "${o}"`)});let n=vn(()=>a1(t));e._zod.parse=(i,o)=>{let s=i.value;if(!qr(s))return i.issues.push({code:"invalid_type",expected:"object",input:s,inst:e}),i;let a=s?.[t.discriminator],u=n.value.get(a);return u&&(a!==void 0||o.direction!=="backward")?u._zod.run(i,o):t.unionFallback||o.direction==="backward"?r(i,o):(i.issues.push({code:"invalid_union",errors:[],note:"No matching discriminator",discriminator:t.discriminator,options:Array.from(n.value.keys()).filter(c=>n.value.get(c)!==null),input:s,path:[t.discriminator],inst:e}),i)}}),Id=k("$ZodIntersection",(e,t)=>{pe.init(e,t),e._zod.parse=(r,n)=>{let i=r.value,o=t.left._zod.run({value:i,issues:[]},n),s=t.right._zod.run({value:i,issues:[]},n);return o instanceof Promise||s instanceof Promise?Promise.all([o,s]).then(([u,c])=>B0(r,u,c)):B0(r,o,s)}});function Pn(e,t){if(e===t)return{valid:!0,data:e};if(e instanceof Date&&t instanceof Date&&+e==+t)return{valid:!0,data:e};if(Tt(e)&&Tt(t)){let r=Object.keys(t),n=Object.keys(e).filter(o=>r.indexOf(o)!==-1),i={...e,...t};Object.prototype.hasOwnProperty.call(i,"__proto__")&&delete i.__proto__;for(let o of n){if(o==="__proto__")continue;let s=Pn(e[o],t[o]);if(!s.valid)return{valid:!1,mergeErrorPath:[o,...s.mergeErrorPath]};i[o]=s.data}return{valid:!0,data:i}}if(Array.isArray(e)&&Array.isArray(t)){if(e.length!==t.length)return{valid:!1,mergeErrorPath:[]};let r=[];for(let n=0;n<e.length;n++){let i=e[n],o=t[n],s=Pn(i,o);if(!s.valid)return{valid:!1,mergeErrorPath:[n,...s.mergeErrorPath]};r.push(s.data)}return{valid:!0,data:r}}return{valid:!1,mergeErrorPath:[]}}function B0(e,t,r){let n=new Map,i,o=new Map,s=(c,l)=>{let p;if(c.code==="unrecognized_keys"&&!c.path?.length)i??(i=c),p=c.keys;else if(c.code==="invalid_key"&&c.origin==="record"&&c.path?.length===1){let f=String(c.path[0]);o.has(f)||o.set(f,c),p=[f]}else return!1;for(let f of p)n.has(f)||n.set(f,{}),n.get(f)[l]=!0;return!0};for(let c of t.issues)s(c,"l")||e.issues.push(c);for(let c of r.issues)s(c,"r")||e.issues.push(c);let a=[...n].filter(([,c])=>c.l&&c.r).map(([c])=>c);if(a.length){let c=i?a.filter(l=>i.keys.includes(l)):[];c.length&&e.issues.push({...i,keys:c});for(let l of a)!c.includes(l)&&o.has(l)&&e.issues.push(o.get(l))}let u=Pn(t.value,r.value);if(!u.valid){if(at(e))return e;throw new Error(`Unmergable intersection. Error path: ${JSON.stringify(u.mergeErrorPath)}`)}return e.value=u.data,e}var Ms=k("$ZodTuple",(e,t)=>{pe.init(e,t);let r=t.items,n=Ke.memoizer;n?.attach(e),e._zod.parse=(i,o)=>{let s=i.value;if(!Array.isArray(s))return i.issues.push({input:s,inst:e,expected:"tuple",code:"invalid_type"}),i;i.value=n?n.alloc(e,i,[],o):[];let a=[],u=V0(r,"optin"),c=V0(r,"optout");if(!t.rest){if(s.length<u)return i.issues.push({code:"too_small",minimum:u,inclusive:!0,input:s,inst:e,origin:"array"}),i;s.length>r.length&&i.issues.push({code:"too_big",maximum:r.length,inclusive:!0,input:s,inst:e,origin:"array"})}let l=new Array(r.length),p=t.rest?o?.abortEarly:void 0,f=!1;for(let h=0;h<r.length;h++){let b=r[h]._zod.run({value:s[h],issues:[]},o);b instanceof Promise?a.push(b.then(g=>{l[h]=g})):(l[h]=b,p&&!f&&b.issues.length&&(f=at(b)))}if(t.rest&&!f){let h=r.length-1,b=s.slice(r.length),g=i.issues.length;for(let v of b){if(p&&i.issues.length!==g){if(at(i,g))break;g=i.issues.length}h++;let $=t.rest._zod.run({value:v,issues:[]},o);$ instanceof Promise?a.push($.then(w=>G0(w,i,h))):G0($,i,h)}}return a.length?Promise.all(a).then(()=>K0(l,i,r,s,c)):K0(l,i,r,s,c)}});function V0(e,t){for(let r=e.length-1;r>=0;r--)if(!(t==="optin"?e[r]._zod.optin!==void 0:e[r]._zod.optout==="optional"))return r+1;return 0}function G0(e,t,r){e.issues.length&&t.issues.push(...gt(r,e.issues)),t.value[r]=e.value}function K0(e,t,r,n,i){for(let o=0;o<r.length;o++){let s=e[o],a=o<n.length;if(!a&&o>=i&&r[o]._zod.optin==="optional"){t.value.length=o;break}if(s.issues.length){if(!a&&o>=i){t.value.length=o;break}t.issues.push(...gt(o,s.issues))}t.value[o]=s.value}for(let o=t.value.length-1;o>=n.length&&(r[o]._zod.optout==="optional"&&t.value[o]===void 0);o--)t.value.length=o;return t}var Td=k("$ZodRecord",(e,t)=>{pe.init(e,t);let r=Ke.memoizer;r?.attach(e),e._zod.parse=(n,i)=>{let o=n.value;if(!Tt(o))return n.issues.push({expected:"record",code:"invalid_type",input:o,inst:e}),n;let s=[],a=t.keyType._zod.values;if(a&&!t.partial){n.value=r?r.alloc(e,n,{},i):{};let u=new Set;for(let l of a)if(typeof l=="string"||typeof l=="number"||typeof l=="symbol"){if(u.add(typeof l=="number"?l.toString():l),l==="__proto__")continue;let p=t.keyType._zod.run({value:l,issues:[]},i);if(p instanceof Promise)throw new Error("Async schemas not supported in object keys currently");if(p.issues.length){n.issues.push({code:"invalid_key",origin:"record",issues:p.issues.map(b=>bt(b,i,Le())),input:l,path:[l],inst:e});continue}let f=p.value;if(f==="__proto__")continue;let h=t.valueType._zod.run({value:o[l],issues:[]},i);h instanceof Promise?s.push(h.then(b=>{b.issues.length&&n.issues.push(...gt(l,b.issues)),n.value[f]=b.value})):(h.issues.length&&n.issues.push(...gt(l,h.issues)),n.value[f]=h.value)}let c;for(let l in o)if(!u.has(l))if(t.mode==="loose"){if(l==="__proto__")continue;n.value[l]=o[l]}else c=c??[],c.push(l);c&&c.length>0&&n.issues.push({code:"unrecognized_keys",input:o,inst:e,keys:c,continue:!0})}else{n.value=r?r.alloc(e,n,{},i):{};let u;for(let c of Reflect.ownKeys(o)){if(c==="__proto__"||!Object.prototype.propertyIsEnumerable.call(o,c))continue;let l=t.keyType._zod.run({value:c,issues:[]},i);if(l instanceof Promise)throw new Error("Async schemas not supported in object keys currently");if(typeof c=="string"&&or.test(c)&&l.issues.length){let b=t.keyType._zod.run({value:Number(c),issues:[]},i);if(b instanceof Promise)throw new Error("Async schemas not supported in object keys currently");b.issues.length===0&&(l=b)}if(l.issues.length){t.mode==="loose"?n.value[c]=o[c]:a?(u=u??[],u.push(c)):n.issues.push({code:"invalid_key",origin:"record",issues:l.issues.map(b=>bt(b,i,Le())),input:c,path:[c],inst:e});continue}let f=l.value;if(f==="__proto__")continue;let h=t.valueType._zod.run({value:o[c],issues:[]},i);h instanceof Promise?s.push(h.then(b=>{b.issues.length&&n.issues.push(...gt(c,b.issues)),n.value[f]=b.value})):(h.issues.length&&n.issues.push(...gt(c,h.issues)),n.value[f]=h.value)}u&&u.length>0&&n.issues.push({code:"unrecognized_keys",input:o,inst:e,keys:u,continue:!0})}return s.length?Promise.all(s).then(()=>n):n}}),Od=k("$ZodMap",(e,t)=>{pe.init(e,t);let r=Ke.memoizer;r?.attach(e),e._zod.parse=(n,i)=>{let o=n.value;if(!(o instanceof Map))return n.issues.push({expected:"map",code:"invalid_type",input:o,inst:e}),n;let s=[];n.value=r?r.alloc(e,n,new Map,i):new Map;let a=i?.abortEarly,u=n.issues.length;for(let[c,l]of o){if(a&&n.issues.length!==u){if(at(n,u))break;u=n.issues.length}let p=t.keyType._zod.run({value:c,issues:[]},i),f=t.valueType._zod.run({value:l,issues:[]},i);p instanceof Promise||f instanceof Promise?s.push(Promise.all([p,f]).then(([h,b])=>{H0(h,b,n,c,o,e,i)})):H0(p,f,n,c,o,e,i)}return s.length?Promise.all(s).then(()=>n):n},_d(e,c$)});function H0(e,t,r,n,i,o,s){e.issues.length&&(Ai.has(typeof n)?r.issues.push(...gt(n,e.issues)):r.issues.push({code:"invalid_key",origin:"map",input:i,inst:o,issues:e.issues.map(a=>bt(a,s,Le()))})),t.issues.length&&(Ai.has(typeof n)?r.issues.push(...gt(n,t.issues)):r.issues.push({origin:"map",code:"invalid_element",input:i,inst:o,key:n,issues:t.issues.map(a=>bt(a,s,Le()))})),r.value.set(e.value,t.value)}var Cd=k("$ZodSet",(e,t)=>{pe.init(e,t);let r=Ke.memoizer;r?.attach(e),e._zod.parse=(n,i)=>{let o=n.value;if(!(o instanceof Set))return n.issues.push({input:o,inst:e,expected:"set",code:"invalid_type"}),n;let s=[];n.value=r?r.alloc(e,n,new Set,i):new Set;let a=i?.abortEarly,u=n.issues.length;for(let c of o){if(a&&n.issues.length!==u){if(at(n,u))break;u=n.issues.length}let l=t.valueType._zod.run({value:c,issues:[]},i);l instanceof Promise?s.push(l.then(p=>W0(p,n))):W0(l,n)}return s.length?Promise.all(s).then(()=>n):n},_d(e,u$)});function W0(e,t){e.issues.length&&t.issues.push(...e.issues),t.value.add(e.value)}var Dd=k("$ZodEnum",(e,t)=>{pe.init(e,t);let r=bn(t.entries),n=new Set(r);e._zod.values=n,be(e,"pattern",i=>{let o=bn(i.def.entries).filter(s=>Ai.has(typeof s));return new RegExp(o.length?`^(${o.map(s=>Ot(s.toString())).join("|")})$`:"^[^\\s\\S]$")}),e._zod.parse=(i,o)=>{let s=i.value;return n.has(s)||i.issues.push({code:"invalid_value",values:r,input:s,inst:e}),i}}),Nd=k("$ZodLiteral",(e,t)=>{pe.init(e,t);let r=new Set(t.values);e._zod.values=r,be(e,"pattern",n=>{let i=n.def.values;return new RegExp(i.length?`^(${i.map(o=>typeof o=="string"?Ot(o):o?Ot(o.toString()):String(o)).join("|")})$`:"^[^\\s\\S]$")}),e._zod.parse=(n,i)=>{let o=n.value;return r.has(o)||n.issues.push({code:"invalid_value",values:t.values,input:o,inst:e}),n}}),Fd=k("$ZodFile",(e,t)=>{pe.init(e,t),e._zod.parse=(r,n)=>{let i=r.value;return i instanceof File||r.issues.push({expected:"file",code:"invalid_type",input:i,inst:e}),r}}),Ld=k("$ZodTransform",(e,t)=>{pe.init(e,t),e._zod.optin="optional",Ke.memoizer?.guard(e),e._zod.parse=(r,n)=>{if(n.direction==="backward")throw new wr(e.constructor.name);let i=t.transform(r.value,r);if(n.async)return(i instanceof Promise?i:Promise.resolve(i)).then(s=>(r.value=s,r));if(i instanceof Promise)throw new yt;return r.value=i,r}});function X0(e,t){return e.value=t.issues.length?void 0:t.value,e}var Us=k("$ZodOptional",(e,t)=>{pe.init(e,t),be(e,"optin",r=>r.def.innerType._zod.optin==="defaulted"?"defaulted":"optional"),e._zod.optout="optional",be(e,"values",r=>{let n=r.def.innerType._zod.values;return n?new Set([...n,void 0]):void 0}),be(e,"pattern",r=>{let n=r.def.innerType._zod.pattern;return n?new RegExp(`^(${ir(n.source)})?$`):void 0}),e._zod.parse=(r,n)=>{if(r.value===void 0){if(t.innerType._zod.optin!=="defaulted")return r;let i=t.innerType._zod.run({value:r.value,issues:[]},n);return i instanceof Promise?i.then(o=>X0(r,o)):X0(r,i)}return t.innerType._zod.run(r,n)}}),zd=k("$ZodExactOptional",(e,t)=>{Us.init(e,t),be(e,"values",r=>r.def.innerType._zod.values),be(e,"pattern",r=>r.def.innerType._zod.pattern),e._zod.parse=(r,n)=>t.innerType._zod.run(r,n)}),Md=k("$ZodNullable",(e,t)=>{pe.init(e,t),be(e,"optin",r=>r.def.innerType._zod.optin),be(e,"optout",r=>r.def.innerType._zod.optout),be(e,"pattern",r=>{let n=r.def.innerType._zod.pattern;return n?new RegExp(`^(${ir(n.source)}|null)$`):void 0}),be(e,"values",r=>r.def.innerType._zod.values?new Set([...r.def.innerType._zod.values,null]):void 0),e._zod.parse=(r,n)=>r.value===null?r:t.innerType._zod.run(r,n)}),Ud=k("$ZodDefault",(e,t)=>{pe.init(e,t),e._zod.optin="defaulted",be(e,"values",r=>r.def.innerType._zod.values),e._zod.parse=(r,n)=>{if(n.direction==="backward")return t.innerType._zod.run(r,n);if(r.value===void 0)return r.value=t.defaultValue,r;let i=t.innerType._zod.run(r,n);return i instanceof Promise?i.then(o=>J0(o,t)):J0(i,t)}});function J0(e,t){return e.value===void 0&&(e.value=t.defaultValue),e}var qd=k("$ZodPrefault",(e,t)=>{pe.init(e,t),e._zod.optin="defaulted",be(e,"values",r=>r.def.innerType._zod.values),e._zod.parse=(r,n)=>(n.direction==="backward"||r.value===void 0&&(r.value=t.defaultValue),t.innerType._zod.run(r,n))}),jd=k("$ZodNonOptional",(e,t)=>{pe.init(e,t),be(e,"values",r=>{let n=r.def.innerType._zod.values;return n?new Set([...n].filter(i=>i!==void 0)):void 0}),e._zod.parse=(r,n)=>{let i=t.innerType._zod.run(r,n);return i instanceof Promise?i.then(o=>Y0(o,e)):Y0(i,e)}});function Y0(e,t){return!e.issues.length&&e.value===void 0&&e.issues.push({code:"invalid_type",expected:"nonoptional",input:e.value,inst:t}),e}var Zd=k("$ZodSuccess",(e,t)=>{pe.init(e,t),e._zod.parse=(r,n)=>{if(n.direction==="backward")throw new wr("ZodSuccess");let i=t.innerType._zod.run(r,n);return i instanceof Promise?i.then(o=>(r.value=o.issues.length===0,r)):(r.value=i.issues.length===0,r)}});function Q0(e,t,r,n){return t.issues.length?(e.value=r.catchValue({...t,value:e.value,error:{issues:t.issues.map(i=>bt(i,n,Le()))},input:e.value}),e):(e.value=t.value,t.memo&&(e.memo=!0),e)}var Bd=k("$ZodCatch",(e,t)=>{pe.init(e,t),be(e,"optin",r=>r.def.innerType._zod.optin==="defaulted"?"defaulted":"optional"),be(e,"optout",r=>r.def.innerType._zod.optout),be(e,"values",r=>r.def.innerType._zod.values),e._zod.parse=(r,n)=>{if(n.direction==="backward")return t.innerType._zod.run(r,n);let i=t.innerType._zod.run({value:r.value,issues:[]},n);return i instanceof Promise?i.then(o=>Q0(r,o,t,n)):Q0(r,i,t,n)}}),Vd=k("$ZodNaN",(e,t)=>{pe.init(e,t),e._zod.parse=(r,n)=>((typeof r.value!="number"||!Number.isNaN(r.value))&&r.issues.push({input:r.value,inst:e,expected:"nan",code:"invalid_type"}),r)}),qs=k("$ZodPipe",(e,t)=>{pe.init(e,t),be(e,"values",r=>r.def.in._zod.values),be(e,"optin",r=>r.def.in._zod.optin),be(e,"optout",r=>r.def.out._zod.optout),be(e,"propValues",r=>r.def.in._zod.propValues),e._zod.parse=(r,n)=>{if(n.direction==="backward"){let o=t.out._zod.run(r,n);return o instanceof Promise?o.then(s=>$s(s,t.in,n)):$s(o,t.in,n)}let i=t.in._zod.run(r,n);return i instanceof Promise?i.then(o=>$s(o,t.out,n)):$s(i,t.out,n)}});function $s(e,t,r){return e.issues.some(n=>n.code!=="unrecognized_keys")?(e.aborted=!0,e):t._zod.run({value:e.value,issues:e.issues},r)}var Ki=k("$ZodCodec",(e,t)=>{pe.init(e,t),be(e,"values",r=>r.def.in._zod.values),be(e,"optin",r=>r.def.in._zod.optin),be(e,"optout",r=>r.def.out._zod.optout),be(e,"propValues",r=>r.def.in._zod.propValues),e._zod.parse=(r,n)=>{if((n.direction||"forward")==="forward"){let o=t.in._zod.run(r,n);return o instanceof Promise?o.then(s=>_s(s,t,n)):_s(o,t,n)}else{let o=t.out._zod.run(r,n);return o instanceof Promise?o.then(s=>_s(s,t,n)):_s(o,t,n)}}});function _s(e,t,r){if(e.issues.length)return e.aborted=!0,e;if((r.direction||"forward")==="forward"){let i=t.transform(e.value,e);return i instanceof Promise?i.then(o=>As(e,o,t.out,r)):As(e,i,t.out,r)}else{let i=t.reverseTransform(e.value,e);return i instanceof Promise?i.then(o=>As(e,o,t.in,r)):As(e,i,t.in,r)}}function As(e,t,r,n){return e.issues.length?(e.aborted=!0,e):r._zod.run({value:t,issues:e.issues},n)}var Gd=k("$ZodPreprocess",(e,t)=>{qs.init(e,t)}),Kd=k("$ZodReadonly",(e,t)=>{pe.init(e,t),be(e,"propValues",r=>r.def.innerType._zod.propValues),be(e,"values",r=>r.def.innerType._zod.values),be(e,"optin",r=>r.def.innerType?._zod?.optin),be(e,"optout",r=>r.def.innerType?._zod?.optout),e._zod.parse=(r,n)=>{if(n.direction==="backward")return t.innerType._zod.run(r,n);let i=t.innerType._zod.run(r,n);return i instanceof Promise?i.then(e1):e1(i)}});function e1(e){return e.memo||(e.value=Object.freeze(e.value)),e}function d$(e){let t=e._zod.def,r=t.pattern,n=!!t.format?.includes("int"),i,o;for(let a of t.checks??[]){let u=a._zod.def;u.pattern&&(r=u.pattern),n||(n=!!u.format?.includes("int"));let c=u.minimum??u.length,l=u.maximum??u.length;c!==void 0&&(i===void 0||c>i)&&(i=c),l!==void 0&&(o===void 0||l<o)&&(o=l)}if(r)return r.source;if(i!==void 0&&o!==void 0&&i>o)return"(?!)";if(i!==void 0||o!==void 0)return cl({minimum:i,maximum:o}).source;let s=e._zod.pattern;return(n&&s===or?Li:s)?.source}function zl(e){let t=e._zod.def,r=e._zod.pattern?.source,n=t.innerType??e._zod.innerType;if(n){let i=n._zod.pattern?.source,o=zl(n);return r&&i&&o&&o!==i?r.replace(ir(i),()=>ir(o)):r}if(t.options){let i=t.options.map(zl);if(i.every(Boolean))return`^(${i.map(o=>ir(o)).join("|")})$`}return d$(e)}var Hd=k("$ZodTemplateLiteral",(e,t)=>{pe.init(e,t);let r=[];for(let n of t.parts)if(typeof n=="object"&&n!==null){let i=zl(n);if(!i)throw new Error(`Invalid template literal part, no pattern found: ${[...n._zod.traits].shift()}`);r.push(ir(i))}else if(n===null||xu.has(typeof n))r.push(Ot(`${n}`));else throw new Error(`Invalid template literal part: ${n}`);e._zod.pattern=new RegExp(`^${r.join("")}$`),e._zod.parse=(n,i)=>typeof n.value!="string"?(n.issues.push({input:n.value,inst:e,expected:"string",code:"invalid_type"}),n):(e._zod.pattern.lastIndex=0,e._zod.pattern.test(n.value)||n.issues.push({input:n.value,inst:e,code:"invalid_format",format:t.format??"template_literal",pattern:e._zod.pattern.source}),n)}),Wd=k("$ZodFunction",(e,t)=>(pe.init(e,t),Object.defineProperty(e,"_def",{value:t}),e._zod.def=t,e.implement=r=>{if(typeof r!="function")throw new Error("implement() must be called with a function");return Object.defineProperty(function(...n){let i=e._def.input?as(e._def.input,n):n,o=Reflect.apply(r,this,i);return e._def.output?as(e._def.output,o):o},"_zod",{value:e._zod,enumerable:!1})},e.implementAsync=r=>{if(typeof r!="function")throw new Error("implementAsync() must be called with a function");return Object.defineProperty(async function(...n){let i=e._def.input?await cs(e._def.input,n):n,o=await Reflect.apply(r,this,i);return e._def.output?await cs(e._def.output,o):o},"_zod",{value:e._zod,enumerable:!1})},e._zod.parse=(r,n)=>typeof r.value!="function"?(r.issues.push({code:"invalid_type",expected:"function",input:r.value,inst:e}),r):(e._def.output&&e._def.output._zod.def.type==="promise"?r.value=e.implementAsync(r.value):r.value=e.implement(r.value),r),e.input=(...r)=>{let n=e.constructor;return Array.isArray(r[0])?new n({type:"function",input:new Ms({type:"tuple",items:r[0],rest:r[1]}),output:e._def.output}):new n({type:"function",input:r[0],output:e._def.output})},e.output=r=>{let n=e.constructor;return new n({type:"function",input:e._def.input,output:r})},e)),Xd=k("$ZodPromise",(e,t)=>{pe.init(e,t),e._zod.parse=(r,n)=>Promise.resolve(r.value).then(i=>t.innerType._zod.run({value:i,issues:[]},n))}),Hi=k("$ZodLazy",(e,t)=>{pe.init(e,t),yu(e._zod,"innerType",()=>{let r=t;return r._cachedInner||(r._cachedInner=t.getter()),r._cachedInner}),be(e,"pattern",r=>r.innerType?._zod?.pattern),be(e,"propValues",r=>r.innerType?._zod?.propValues),be(e,"optin",r=>r.innerType?._zod?.optin??void 0),be(e,"optout",r=>r.innerType?._zod?.optout??void 0),e._zod.parse=(r,n)=>e._zod.innerType._zod.run(r,n)}),Jd=k("$ZodCustom",(e,t)=>{Te.init(e,t),pe.init(e,t),e._zod.parse=(r,n)=>r,e._zod.check=r=>{let n=r.value,i=t.fn(n);if(i instanceof Promise)return i.then(o=>t1(o,r,n,e));t1(i,r,n,e)}});function t1(e,t,r,n){if(!e){let i={code:"custom",input:r,inst:n,path:[...n._zod.def.path??[]],continue:!n._zod.def.abort};n._zod.def.params&&(i.params=n._zod.def.params),t.issues.push(kn(i))}}var Vs=class extends Error{constructor(){super("Cannot parse a reference cycle that closes through a transform"),this.name="ZodCyclicError"}},Qd="~memo",u1=[];function l1(e){return e!==null&&typeof e=="object"}function Yd(e){return e.map(t=>t.path?{...t,path:t.path.slice()}:{...t})}var d1=new WeakMap,En=0,Bs=1,Wi=2;function Xi(e,t,r){let n=d1.get(e);if(n!==void 0)return n?Wi:En;if(t.has(e))return Wi;t.add(e);let i=En,o=l=>{if(i!==Wi&&l?._zod){let p=Xi(l,t,r);p>i&&(i=p)}},s=(l,p)=>{let f=En;for(let h of Reflect.ownKeys(l)){let b=Object.getOwnPropertyDescriptor(l,h);if(p&&!b.enumerable)continue;let g=b.get?Bs:b.value?._zod?Xi(b.value,t,r):En;g>f&&(f=g)}return f},a=l=>{l>i&&(i=l)},u=e._zod.def,c=u.type;switch(c){case"object":{let l=wn(u);a(l?s(l,!0):Bs),o(u.catchall);break}case"array":o(u.element);break;case"tuple":for(let l of u.items)o(l);o(u.rest);break;case"record":case"map":o(u.keyType),o(u.valueType);break;case"set":o(u.valueType);break;case"union":for(let l of u.options)o(l);break;case"intersection":o(u.left),o(u.right);break;case"optional":case"nullable":case"default":case"prefault":case"catch":case"readonly":case"nonoptional":case"promise":case"success":o(u.innerType);break;case"pipe":o(u.in),o(u.out);break;case"function":o(u.input),o(u.output);break;case"lazy":{let l=u._cachedInner??(r?e._zod.innerType:void 0);a(l?Xi(l,t,!1):Bs);break}case"template_literal":case"string":case"number":case"int":case"boolean":case"bigint":case"symbol":case"undefined":case"null":case"void":case"never":case"any":case"unknown":case"date":case"nan":case"enum":case"literal":case"file":case"transform":case"custom":break;default:for(let l in u){let p=Object.getOwnPropertyDescriptor(u,l);if(!p||p.get)continue;let f=p.value;if(!(!f||typeof f!="object")){if(f._zod)o(f);else if(Array.isArray(f))for(let h of f)o(h)}}}return t.delete(e),p$(e,i)}function p$(e,t){return t!==Bs&&d1.set(e,t===Wi),t}function Gs(e){return Xi(e,new Set,!0)!==En}function f$(e,t){let r=e.buckets.get(t);return r||(r=new WeakMap,e.buckets.set(t,r)),r}var js,Zs=[],m$={alloc(e,t,r){let n=js;if(!n)return r;js=void 0;let i={value:r,issues:null};return n.set(t.value,i),Zs.push(i),r},guard(e){var t;(t=e._zod).deferred??(t.deferred=[]),e._zod.deferred.push(()=>{let r=e._zod.parse,n=(i,o)=>{if(o.direction!=="backward"&&Ks(o,i.value))throw new Vs;return r(i,o)};e._zod.parse=n,e._zod.run===r&&(e._zod.run=n)})},attach(e){var t;let r,n=!1,i,o;(t=e._zod).deferred??(t.deferred=[]),e._zod.deferred.push(()=>{let s=e._zod.parse,a=(u,c)=>{if(r===void 0){let $=Xi(e,new Set,!1);if($===En)return e._zod.parse=s,e._zod.run===a&&(e._zod.run=s),s(u,c);$===Wi||n?r=!0:n=!0}let l=u.value;if(!l1(l))return s(u,c);let p=c[Qd];p||(p={buckets:new WeakMap,backEdges:void 0},c[Qd]=p);let f;i===c?f=o:(f=f$(p,e),i=c,o=f);let h=f.get(l);if(h)return u.value=h.value,h.issues?h.issues.length&&u.issues.push(...Yd(h.issues)):(u.memo=!0,p.backEdges??(p.backEdges=new WeakSet),p.backEdges.add(h.value)),u;js=f;let b=Zs.length,g=s(u,c);js=void 0;let v=Zs.length>b?Zs.pop():void 0;return g instanceof Promise?g.then($=>(v&&(v.issues=$.issues.length?Yd($.issues):u1),$)):(v&&(v.issues=g.issues.length?Yd(g.issues):u1),g)};e._zod.parse=a,e._zod.run===s&&(e._zod.run=a)})}};function Ji(){return m$}function Ks(e,t){let r=e[Qd]?.backEdges;return r!==void 0&&l1(t)&&r.has(t)}var Yi={};Qt(Yi,{en:()=>Hs});var h$=()=>{let e={string:{unit:"characters",verb:"to have"},file:{unit:"bytes",verb:"to have"},array:{unit:"items",verb:"to have"},set:{unit:"items",verb:"to have"},map:{unit:"entries",verb:"to have"}};function t(o){return e[o]??null}let r={regex:"input",email:"email address",url:"URL",emoji:"emoji",uuid:"UUID",uuidv4:"UUIDv4",uuidv6:"UUIDv6",nanoid:"nanoid",guid:"GUID",cuid:"cuid",cuid2:"cuid2",ulid:"ULID",xid:"XID",ksuid:"KSUID",datetime:"ISO datetime",date:"ISO date",time:"ISO time",duration:"ISO duration",ipv4:"IPv4 address",ipv6:"IPv6 address",mac:"MAC address",cidrv4:"IPv4 range",cidrv6:"IPv6 range",base64:"base64-encoded string",base64url:"base64url-encoded string",json_string:"JSON string",e164:"E.164 number",currency_code:"currency code",credit_card:"credit card number",iban:"IBAN",jwt:"JWT",template_literal:"input"},n={nan:"NaN"};function i(o,s){return o==="number"&&typeof s=="number"&&!Number.isFinite(s)?String(s):n[o]??o}return o=>{switch(o.code){case"invalid_type":{let s=i(o.expected),a=_u(o.input),u=i(a,o.input);return`Invalid input: expected ${s}, received ${u}`}case"invalid_value":return o.values.length===1?`Invalid input: expected ${ns(o.values[0])}`:`Invalid option: expected one of ${es(o.values,"|")}`;case"too_big":{let s=o.exact?"exactly ":o.inclusive?"<=":"<",a=t(o.origin);return a?`Too big: expected ${o.origin??"value"} to have ${s}${o.maximum.toString()} ${a.unit??"elements"}`:`Too big: expected ${o.origin??"value"} to be ${s}${o.maximum.toString()}`}case"too_small":{let s=o.exact?"exactly ":o.inclusive?">=":">",a=t(o.origin);return a?`Too small: expected ${o.origin} to have ${s}${o.minimum.toString()} ${a.unit}`:`Too small: expected ${o.origin} to be ${s}${o.minimum.toString()}`}case"invalid_format":{let s=o;return s.format==="starts_with"?`Invalid string: must start with "${s.prefix}"`:s.format==="ends_with"?`Invalid string: must end with "${s.suffix}"`:s.format==="includes"?`Invalid string: must include "${s.includes}"`:s.format==="regex"?`Invalid string: must match pattern ${s.pattern}`:`Invalid ${r[s.format]??o.format}`}case"not_multiple_of":return`Invalid number: must be a multiple of ${o.divisor}`;case"unrecognized_keys":return`Unrecognized key${o.keys.length>1?"s":""}: ${es(o.keys,", ")}`;case"invalid_key":return`Invalid key in ${o.origin}`;case"invalid_union":return o.options&&Array.isArray(o.options)&&o.options.length>0?`Invalid discriminator value. Expected ${o.options.map(a=>`'${a}'`).join(" | ")}`:o.inclusive===!1?"Invalid input: more than one option matched":"Invalid input";case"invalid_element":return`Invalid value in ${o.origin}`;default:return"Invalid input"}}};function Hs(){return{localeError:h$()}}var p1,ep=Symbol("ZodOutput"),tp=Symbol("ZodInput"),Ws=class{constructor(){this._map=new WeakMap,this._idmap=new Map}add(t,...r){let n=r[0];return this._map.set(t,n),n&&typeof n=="object"&&"id"in n&&this._idmap.set(n.id,t),this}clear(){return this._map=new WeakMap,this._idmap=new Map,this}remove(t){let r=this._map.get(t);return r&&typeof r=="object"&&"id"in r&&this._idmap.delete(r.id),this._map.delete(t),this}get(t){let r=t._zod.parent;if(r){let n={...this.get(r)??{}};delete n.id;let i={...n,...this._map.get(t)};return Object.keys(i).length?i:void 0}return this._map.get(t)}has(t){return this._map.has(t)}};function Xs(){return new Ws}(p1=globalThis).__zod_globalRegistry??(p1.__zod_globalRegistry=Xs());var Ye=globalThis.__zod_globalRegistry;var ct=Symbol.for("zod.compile.invalid"),f1=Symbol.for("zod.compile.fallback"),Lt=class extends Error{constructor(t="z.compile does not support async refinements, transforms, or checks"){super(t),this.name="ZodCompileAsyncError"}},we=class extends Error{constructor(t,r=!0){super(`z.compile does not support ${t}; this schema must use the runtime parser`),this.name="ZodCompileUnsupportedError",this.islandable=r}};function b$(e,t){try{return Ys(e,{assertOnly:!0})}catch{return t}}function op(e,t){try{let r=Ys(e),n=Js(e,r);return n._zod.bag.validator=b$(e,r),n}catch(r){if(t?.strict)throw r;return e}}function Js(e,t){if(Gs(e))throw new we("a schema whose subtree contains a reference cycle");let r=Se(e),n=e._zod.run,i=n.__originalRun??n,o=(s,a)=>{if(a?.async||a?.direction==="backward"||a?.skipChecks||a?.[f1]||a&&Ks(a,s.value))return i(s,a);let u=t(s.value);return u!==ct?(s.value=u,s):(a&&(a[f1]=!0),i(s,a))};return o.__originalRun=i,r._zod.bag.fallbackRun=i,r._zod.bag.validator=t,r._zod.run=o,n.__originalRun||y$(r,e,t),r}function y$(e,t,r){let n=e,i=t;if(typeof i.safeParse=="function"){let o=i.safeParse;n.safeParse=(s,a)=>{let u=r(s);return u!==ct?{success:!0,data:u}:o(s,a)}}if(typeof i.parse=="function"){let o=i.parse;n.parse=(s,a)=>{let u=r(s);return u!==ct?u:o(s,a)}}}function Ys(e,t){let r=!0;try{r=Gs(e)}catch{}if(r)throw new we("a schema whose subtree contains a reference cycle");let n={constants:new Map,constantCounter:0,varCounter:0,definite:!0},i=new Br(["input"]),o=Ne(i,n,e,"input",!t?.assertOnly);i.write(o===null?"return true;":`return ${o};`);let s=["INVALID",...n.constants.keys()],a=[ct,...n.constants.values()],u=i.content.join(`
`),c=t?.debug?s.length>0?`// Constants: ${s.join(", ")}
${u}`:u:"",l=Function,p=`return (input) => {
${u}
}`,f;try{f=new l(...s,p)(...a)}catch(h){throw new we(`this schema (generated code failed to evaluate: ${h.message})`)}return t?.debug&&(f.code=c),f.definite=n.definite,f}function ce(e,t){for(let[n,i]of e.constants)if(i===t)return n;let r=`c${e.constantCounter++}`;return e.constants.set(r,t),r}function Kr(e,t){return e.definite=!1,ce(e,t)}function re(e){return`v${e.varCounter++}`}function v$(e,t){let r=e._zod.run({value:t,issues:[]},{});if(r&&typeof r.then=="function")return ct;let n=r;return n.issues.length===0?n.value:ct}function tt(e,t,r,n,i=!0){let o=e.content.length,s=t.constants.size,a=t.constantCounter,u=t.varCounter;try{return Ne(e,t,r,n,i)}catch(c){if(!(c instanceof we)||!c.islandable)throw c;if(e.content.length=o,t.constants.size>s){let l=Array.from(t.constants.keys()).slice(s);for(let p of l)t.constants.delete(p)}return t.constantCounter=a,t.varCounter=u,w$(e,t,r,n)}}function w$(e,t,r,n){t.definite=!1;let i=ce(t,r),o=ce(t,v$),s=re(t);return e.write(`const ${s} = ${o}(${i}, ${n});`),e.write(`if (${s} === INVALID) return INVALID;`),s}var x$=new Set(["max_size","min_size","size_equals","max_length","min_length","length_equals"]);function k$(e,t,r,n){let i=r._zod.def.checks;if(!i||i.length===0)return n;let o=n;for(let s of i){let a=s._zod.def;if(a.when&&!x$.has(a.check))throw new we('check with a custom "when" condition');switch(a.check){case"greater_than":$$(e,t,a,o);break;case"less_than":_$(e,t,a,o);break;case"multiple_of":A$(e,t,a,o);break;case"number_format":v1(e,a,o);break;case"min_length":{let u=xr(a.minimum,"min_length"),c=rp(e,t,o,`${o}.length >= ${u} && ${o}.length < ${a.minimum*2}`);e.write(`if (${c} < ${u}) return INVALID;`);break}case"max_length":{let u=xr(a.maximum,"max_length"),c=rp(e,t,o,`${o}.length > ${u}`);e.write(`if (${c} > ${u}) return INVALID;`);break}case"length_equals":{let u=xr(a.length,"length_equals"),c=rp(e,t,o,`${o}.length >= ${u} && ${o}.length <= ${a.length*2}`);e.write(`if (${c} !== ${u}) return INVALID;`);break}case"min_size":e.write(`if (${o}.size < ${xr(a.minimum,"min_size")}) return INVALID;`);break;case"max_size":e.write(`if (${o}.size > ${xr(a.maximum,"max_size")}) return INVALID;`);break;case"size_equals":e.write(`if (${o}.size !== ${xr(a.size,"size_equals")}) return INVALID;`);break;case"string_format":o=w1(e,t,a,o);break;case"custom":o=T$(e,t,s,o);break;case"bigint_format":S$(e,a,o);break;case"mime_type":R$(e,t,a,o);break;case"property":E$(e,t,a,o);break;case"properties":P$(e,t,a,o);break;case"overwrite":{let u=re(t);I$(e,t,s,o,u),o=u;break}default:throw new we(`check type ${a.check}`)}}return o}function rp(e,t,r,n){let i=ce(t,jr),o=re(t);return e.write(`const ${o} = typeof ${r} === "string" && ${n} ? ${i}(${r}) : ${r}.length;`),o}function xr(e,t){if(typeof e!="number"||!Number.isFinite(e))throw new we(`${t} bound of type ${typeof e}`);return`${e}`}function y1(e,t){if(typeof t=="bigint")return`${t}n`;if(typeof t=="number"){if(Number.isNaN(t))throw new we("comparison check with NaN bound");return`${t}`}if(t instanceof Date){if(Number.isNaN(t.getTime()))throw new we("comparison check with Invalid Date bound");return ce(e,t)}throw new we(`comparison check bound of type ${typeof t}`)}function $$(e,t,r,n){let i=r.inclusive?"<":"<=";e.write(`if (${n} ${i} ${y1(t,r.value)}) return INVALID;`)}function _$(e,t,r,n){let i=r.inclusive?">":">=";e.write(`if (${n} ${i} ${y1(t,r.value)}) return INVALID;`)}function A$(e,t,r,n){if(typeof r.value=="bigint"){if(r.value===BigInt(0))throw new we("multiple_of check with a zero divisor");e.write(`if (${n} % ${r.value}n !== 0n) return INVALID;`)}else{let i=ce(t,$i);e.write(`if (${i}(${n}, ${xr(r.value,"multiple_of")}) !== 0) return INVALID;`)}}function v1(e,t,r){let n=t.format;switch(n){case"safeint":e.write(`if (!Number.isSafeInteger(${r})) return INVALID;`);break;case"int32":e.write(`if (!Number.isInteger(${r}) || ${r} < -2147483648 || ${r} > 2147483647) return INVALID;`);break;case"uint32":e.write(`if (!Number.isInteger(${r}) || ${r} < 0 || ${r} > 4294967295) return INVALID;`);break;case"float32":e.write(`if (!Number.isFinite(${r}) || ${r} < -3.4028234663852886e38 || ${r} > 3.4028234663852886e38) return INVALID;`);break;case"float64":e.write(`if (!Number.isFinite(${r})) return INVALID;`);break;default:throw new we(`number format ${n}`)}}function S$(e,t,r){let n=t.format;if(n)switch(n){case"int64":e.write(`if (${r} < -9223372036854775808n || ${r} > 9223372036854775807n) return INVALID;`);break;case"uint64":e.write(`if (${r} < 0n || ${r} > 18446744073709551615n) return INVALID;`);break;default:throw new we(`bigint format ${n}`)}}function R$(e,t,r,n){let i=r.mime;if(i&&i.length>0){let o=ce(t,new Set(i));e.write(`if (!${o}.has(${n}.type)) return INVALID;`)}}function P$(e,t,r,n){if(r.when)throw new we('check with a custom "when" condition');e.write(`if (${n} == null) return INVALID;`);let i=r.shape;for(let o of Reflect.ownKeys(i)){let s=typeof o=="symbol"?ce(t,o):st(o),a=re(t);e.write(`const ${a} = ${n}[${s}];`),tt(e,t,i[o],a,!1)}}function E$(e,t,r,n){let i=`${n}[${JSON.stringify(r.property)}]`;Ne(e,t,r.schema,i)}function I$(e,t,r,n,i){let o=r._zod.def.tx;if(!o)throw new we("overwrite check without a transform function");if(Hr(o))throw new Lt("z.compile: async overwrite transforms are not supported");let s=ce(t,o);e.write(`const ${i} = ${s}(${n});`)}function np(){throw new yt}function sp(e){this.issues.push(e)}function T$(e,t,r,n){let i=r._zod.def;if(i.fn){if(Hr(i.fn))throw new Lt("z.compile: async .refine() predicates are not supported");let o=Kr(t,i.fn),s=ce(t,np),a=re(t);return e.write(`const ${a} = ${o}(${n});`),e.write(`if (${a} instanceof Promise) ${s}();`),e.write(`if (!${a}) return INVALID;`),n}if(r._zod.check){if(Hr(r._zod.check))throw new Lt("z.compile: async .superRefine() / check functions are not supported");let o=r._zod.check,a=Kr(t,c=>{let l={value:c,issues:[],addIssue:sp};return o(l)instanceof Promise&&np(),l.issues.length===0?l.value:ct}),u=re(t);return e.write(`const ${u} = ${a}(${n});`),e.write(`if (${u} === INVALID) return INVALID;`),u}throw new we("custom check without a predicate or check function")}var O$=new Set(["cidrv4","cuid","cuid2","date","datetime","duration","e164","email","emoji","ends_with","guid","includes","ipv4","ksuid","lowercase","mac","nanoid","regex","starts_with","time","ulid","uppercase","uuid","xid"]);function w1(e,t,r,n,i=!0){let o=r.format;if(o==="base64"){let c=ce(t,Zi);return e.write(`if (!${c}(${n})) return INVALID;`),n}if(o==="base64url"){let c=ce(t,Cs);return e.write(`if (!${c}(${n})) return INVALID;`),n}if(o==="jwt"){let c=ce(t,Fs),l=ce(t,r.alg??null);return e.write(`if (!${c}(${n}, ${l})) return INVALID;`),n}if(o==="ipv6"){let c=ce(t,ji);return e.write(`if (!${c}(${n})) return INVALID;`),n}if(o==="cidrv6"){let c=ce(t,Ts);return e.write(`if (!${c}(${n})) return INVALID;`),n}if(o==="credit_card"){let c=ce(t,Ds);return e.write(`if (!${c}(${n})) return INVALID;`),n}if(o==="iban"){let c=ce(t,Ns);return e.write(`if (!${c}(${n})) return INVALID;`),n}let s=r;if(o==="url"||o==="httpurl"||s.normalize||s.hostname!==void 0||s.protocol!==void 0){let c=ce(t,Ps),l=ce(t,r),p=re(t),f=re(t);if(e.write(`const ${p} = ${n}.trim();`),e.write(`const ${f} = ${c}(${p}, ${l});`),e.write(`if (typeof ${f} === "number") return INVALID;`),s.hostname!==void 0){let g=ce(t,Es);e.write(`if (!${g}(${f}, ${l}.hostname)) return INVALID;`)}if(s.protocol!==void 0){let g=ce(t,Is);e.write(`if (!${g}(${f}, ${l}.protocol)) return INVALID;`)}if(!i)return null;let h=re(t),b=s.normalize?`${f}.href`:`${ce(t,qi)}(${p})`;return e.write(`const ${h} = ${b};`),h}let a=r.fn;if(a){if(Hr(a))throw new we(`async string format ${o}`);let c=ce(t,a);return e.write(`if (!${c}(${n})) return INVALID;`),n}if(O$.has(o)&&r.pattern){let c=ce(t,r.pattern);return e.write(`${c}.lastIndex = 0;`),e.write(`if (!${c}.test(${n})) return INVALID;`),n}let u=r.format;switch(u){case"regex":throw new we("regex format without a pattern");case"lowercase":e.write(`if (${n} !== ${n}.toLowerCase()) return INVALID;`);break;case"uppercase":e.write(`if (${n} !== ${n}.toUpperCase()) return INVALID;`);break;case"includes":e.write(`if (!${n}.includes(${st(r.includes)})) return INVALID;`);break;case"starts_with":{let c=r.prefix;e.write(`if (${n}.slice(0, ${c.length}) !== ${st(c)}) return INVALID;`);break}case"ends_with":{let c=r.suffix;e.write(`if (${n}.slice(-${c.length}) !== ${st(c)}) return INVALID;`);break}default:throw new we(`string format ${u}`)}return n}function Ne(e,t,r,n,i=!0){let o=r._zod.def,s=o.type;if(o.coerce)throw new we(`coercion (z.coerce.${s}())`);let a=i||!!o.checks?.length,u;switch(s){case"string":u=C$(e,t,r,n,a);break;case"number":u=D$(e,r,n);break;case"boolean":u=N$(e,n);break;case"bigint":u=F$(e,r,n);break;case"symbol":u=L$(e,n);break;case"undefined":u=z$(e,n);break;case"null":u=M$(e,n);break;case"any":case"unknown":u=n;break;case"never":e.write("return INVALID;"),u=n;break;case"void":u=U$(e,n);break;case"nan":u=q$(e,n);break;case"date":u=j$(e,n);break;case"object":u=Z$(e,t,r,n,a);break;case"optional":u=B$(e,t,r,n,a);break;case"nullable":u=K$(e,t,r,n,a);break;case"array":u=H$(e,t,r,n,a);break;case"literal":u=W$(e,t,r,n);break;case"enum":u=X$(e,t,r,n);break;case"readonly":{let c=h1(e,t,r,n),l=re(t);e.write(`const ${l} = Object.freeze(${c});`),u=l;break}case"success":h1(e,t,r,n),u="true";break;case"default":case"prefault":u=J$(e,t,r,n);break;case"nonoptional":u=Y$(e,t,r,n);break;case"tuple":u=Q$(e,t,r,n);break;case"union":u=e_(e,t,r,n);break;case"intersection":u=n_(e,t,r,n);break;case"record":u=i_(e,t,r,n);break;case"map":u=s_(e,t,r,n);break;case"set":u=a_(e,t,r,n);break;case"file":u=c_(e,n);break;case"template_literal":u=u_(e,t,r,n);break;case"lazy":u=l_(e,t,r,n);break;case"pipe":u=d_(e,t,r,n);break;case"custom":u=p_(e,t,r,n);break;case"transform":u=h_(e,t,r,n);break;case"catch":u=m_(e,t,r,n);break;default:throw new we(`schema type ${s}`)}return u===null?null:k$(e,t,r,u)}function C$(e,t,r,n,i=!0){e.write(`if (typeof ${n} !== "string") return INVALID;`);let o=r._zod.def;return o.format===void 0?n:w1(e,t,o,n,i)}function D$(e,t,r){e.write(`if (typeof ${r} !== "number" || !Number.isFinite(${r})) return INVALID;`);let n=t._zod.def;return n.check==="number_format"&&n.format&&v1(e,{format:n.format},r),r}function N$(e,t){return e.write(`if (typeof ${t} !== "boolean") return INVALID;`),t}function F$(e,t,r){e.write(`if (typeof ${r} !== "bigint") return INVALID;`);let n=t._zod.def;if(n.format)switch(n.format){case"int64":e.write(`if (${r} < -9223372036854775808n || ${r} > 9223372036854775807n) return INVALID;`);break;case"uint64":e.write(`if (${r} < 0n || ${r} > 18446744073709551615n) return INVALID;`);break}return r}function L$(e,t){return e.write(`if (typeof ${t} !== "symbol") return INVALID;`),t}function z$(e,t){return e.write(`if (${t} !== undefined) return INVALID;`),t}function M$(e,t){return e.write(`if (${t} !== null) return INVALID;`),t}function U$(e,t){return e.write(`if (${t} !== undefined) return INVALID;`),t}function q$(e,t){return e.write(`if (typeof ${t} !== "number" || !Number.isNaN(${t})) return INVALID;`),t}function j$(e,t){return e.write(`if (!(${t} instanceof Date) || Number.isNaN(${t}.getTime())) return INVALID;`),t}function Z$(e,t,r,n,i=!0){let o=r._zod.def;e.write(`if (typeof ${n} !== "object" || ${n} === null || Array.isArray(${n})) return INVALID;`);let s=o.shape,a=Object.keys(s),u=Object.getOwnPropertySymbols(s),c=u.length?[...a,...u]:a,l=w=>typeof w=="symbol"?ce(t,w):st(w),p=w=>typeof w=="symbol"?`[${l(w)}]`:st(w),f=s;if(a.includes("__proto__"))throw new we('object shape key "__proto__"');let h=new Map;for(let w of c){let x=f[w],N=l(w),L=re(t);if(e.write(`const ${L} = ${n}[${N}];`),x._zod.optin!==void 0){let V=re(t);e.write(`let ${V} = (() => {`),e.indented(Q=>{let W=tt(Q,t,x,L);Q.write(`return ${W};`)}),e.write("})();"),x._zod.optout==="optional"?(e.write(`if (${V} === INVALID) {`),e.indented(Q=>{Q.write(`if (${N} in ${n}) return INVALID;`),Q.write(`${V} = undefined;`)}),e.write("}")):e.write(`if (${V} === INVALID) return INVALID;`),h.set(w,V)}else{G$(x)&&e.write(`if (!(${N} in ${n})) return INVALID;`);let V=tt(e,t,x,L,i);V!==null&&h.set(w,V)}}let b=o.catchall,g="none";if(b){let w=b._zod.def.type;if(w==="never"){let x=a.map(N=>`k !== ${st(N)}`).join(" && ")||"true";e.write(`for (const k in ${n}) {`),e.indented(N=>{N.write(`if (${x}) return INVALID;`)}),e.write("}")}else(w==="unknown"||w==="any")&&!b._zod.def.checks?.length?g="passthrough":g="schema"}let v=re(t),$=c.some(w=>m1(f[w])||ip(f[w]));if(!i){if(g==="schema"){let w=a.length>0?ce(t,new Set(a)):null;e.write(`for (const k in ${n}) {`),e.indented(x=>{x.write('if (k === "__proto__") continue;'),w&&x.write(`if (${w}.has(k)) continue;`);let N=re(t);x.write(`const ${N} = ${n}[k];`),tt(x,t,b,N,!1)}),e.write("}")}return null}if($){e.write(`const ${v} = {};`);for(let w of c){let x=l(w),N=h.get(w);ip(f[w])?e.write(`if (${x} in ${n}) ${v}[${x}] = ${N};`):m1(f[w])?e.write(`if (${N} !== undefined || ${x} in ${n}) ${v}[${x}] = ${N};`):e.write(`${v}[${x}] = ${N};`)}}else{let w=c.map(x=>`${p(x)}: ${h.get(x)}`).join(", ");e.write(`const ${v} = { ${w} };`)}if(g!=="none"){let w=a.length>0?ce(t,new Set(a)):null;e.write(`for (const k in ${n}) {`),e.indented(x=>{if(x.write('if (k === "__proto__") continue;'),w&&x.write(`if (${w}.has(k)) continue;`),g==="passthrough")x.write(`${v}[k] = ${n}[k];`);else{let N=re(t);x.write(`const ${N} = ${n}[k];`);let L=tt(x,t,b,N);x.write(`${v}[k] = ${L};`)}}),e.write("}")}return v}function B$(e,t,r,n,i=!0){let o=r._zod.def;if(V$(r))return Ne(e,t,o.innerType,n,i);if(o.innerType._zod.optin==="defaulted"){let a=re(t),u=re(t);return e.write(`let ${a};`),e.write(`if (${n} === undefined) {`),e.indented(c=>{c.write(`const ${u} = (() => {`),c.indented(l=>{let p=Ne(l,t,o.innerType,n);l.write(`return ${p};`)}),c.write("})();"),c.write(`if (${u} !== INVALID) ${a} = ${u};`)}),e.write("} else {"),e.indented(c=>{let l=Ne(c,t,o.innerType,n);c.write(`${a} = ${l};`)}),e.write("}"),a}let s=i?re(t):null;return s&&e.write(`let ${s};`),e.write(`if (${n} !== undefined) {`),e.indented(a=>{let u=Ne(a,t,o.innerType,n,i);s&&u!==null&&a.write(`${s} = ${u};`)}),e.write("}"),s}function V$(e){return e._zod.traits?.has("$ZodExactOptional")===!0}function G$(e){return e._zod.optin===void 0&&Gr(e)}function Gr(e){if(e._zod.def.coerce)return!0;let t=e._zod.def;switch(t.type){case"any":case"unknown":case"undefined":case"void":case"default":case"prefault":case"transform":case"custom":case"lazy":return!0;case"string":case"number":case"boolean":case"bigint":case"symbol":case"null":case"never":case"nan":case"date":case"object":case"array":case"tuple":case"record":case"map":case"set":case"file":case"template_literal":return!1;case"nonoptional":return t.innerType?Gr(t.innerType):!1;case"literal":return!!t.values?.includes(void 0);case"enum":return!!e._zod.values?.has(void 0);case"optional":case"nullable":case"readonly":case"success":return t.innerType?Gr(t.innerType):!0;case"catch":return!0;case"union":return t.options?t.options.some(Gr):!0;case"intersection":return!t.left||!t.right?!0:Gr(t.left)&&Gr(t.right);case"pipe":return t.in?Gr(t.in):!0;default:return!0}}function ip(e){return e._zod.optin==="optional"&&e._zod.optout==="optional"}function m1(e){return(e._zod.optin!=="defaulted"||e._zod.optout==="optional")&&In(e)}function In(e){let t=e._zod.def;switch(t.type){case"string":case"number":case"boolean":case"bigint":case"symbol":case"null":case"nan":case"date":case"object":case"array":case"tuple":case"record":case"map":case"set":case"file":case"template_literal":case"never":case"success":return!1;case"literal":return!!t.values?.includes(void 0);case"enum":return!!e._zod.values?.has(void 0);case"optional":return!0;case"nullable":case"readonly":case"nonoptional":return t.innerType?In(t.innerType):!0;case"union":return t.options?t.options.some(In):!0;case"intersection":return!t.left||!t.right||In(t.left)||In(t.right);case"pipe":return t.out?In(t.out):!0;default:return!0}}function K$(e,t,r,n,i=!0){let o=r._zod.def,s=i?re(t):null;return s&&e.write(`let ${s} = null;`),e.write(`if (${n} !== null) {`),e.indented(a=>{let u=Ne(a,t,o.innerType,n,i);s&&u!==null&&a.write(`${s} = ${u};`)}),e.write("}"),s}function ap(e,t,r){for(let[n,i]of xn(t._zod.def.checks))e.write(`if (${r} > ${xr(n,i._zod.def.check)}) return INVALID;`)}function H$(e,t,r,n,i=!0){let o=r._zod.def;e.write(`if (!Array.isArray(${n})) return INVALID;`),ap(e,r,`${n}.length`);let s=i?re(t):null,a=re(t),u=re(t);return s&&e.write(`const ${s} = new Array(${n}.length);`),e.write(`for (let ${a} = 0; ${a} < ${n}.length; ${a}++) {`),e.indented(c=>{c.write(`const ${u} = ${n}[${a}];`);let l=tt(c,t,o.element,u,i);s&&l!==null&&c.write(`${s}[${a}] = ${l};`)}),e.write("}"),s}function W$(e,t,r,n){let o=r._zod.def.values;if(o.length!==1){let a=ce(t,new Set(o));return e.write(`if (!${a}.has(${n})) return INVALID;`),n}let s=o[0];if(typeof s=="number"&&Number.isNaN(s)){let a=ce(t,new Set(o));return e.write(`if (!${a}.has(${n})) return INVALID;`),n}if(typeof s=="string")e.write(`if (${n} !== ${st(s)}) return INVALID;`);else if(typeof s=="number"||typeof s=="boolean")e.write(`if (${n} !== ${s}) return INVALID;`);else if(s===null)e.write(`if (${n} !== null) return INVALID;`);else if(s===void 0)e.write(`if (${n} !== undefined) return INVALID;`);else if(typeof s=="bigint")e.write(`if (${n} !== ${s}n) return INVALID;`);else throw new we(`literal type ${typeof s}`);return n}function X$(e,t,r,n){let i=r._zod.values;if(!i)throw new we("enum schema without enumerated values");let o=ce(t,i);return e.write(`if (!${o}.has(${n})) return INVALID;`),n}function h1(e,t,r,n){let i=r._zod.def;return Ne(e,t,i.innerType,n)}function J$(e,t,r,n){let i=r._zod.def,s=Object.getOwnPropertyDescriptor(r._zod.def,"defaultValue")?()=>r._zod.def.defaultValue:void 0;if(r._zod.def.type==="prefault"){if(!s)return Ne(e,t,i.innerType,n);let u=ce(t,s),c=re(t);return e.write(`let ${c} = ${n};`),e.write(`if (${n} === undefined) ${c} = ${u}();`),Ne(e,t,i.innerType,c)}let a=re(t);if(s){let u=ce(t,s),c=ce(t,_i);e.write(`let ${a};`),e.write(`if (${n} === undefined) {`),e.indented(l=>{l.write(`${a} = ${c}(${u}());`)}),e.write("} else {"),e.indented(l=>{let p=Ne(l,t,i.innerType,n);l.write(`${a} = ${p} === undefined ? ${c}(${u}()) : ${p};`)}),e.write("}")}else e.write(`let ${a};`),e.write(`if (${n} !== undefined) {`),e.indented(u=>{let c=Ne(u,t,i.innerType,n);u.write(`${a} = ${c};`)}),e.write("}");return a}function Y$(e,t,r,n){let i=r._zod.def,o=Ne(e,t,i.innerType,n),s=re(t);return e.write(`const ${s} = ${o};`),e.write(`if (${s} === undefined) return INVALID;`),s}function Q$(e,t,r,n){let i=r._zod.def,o=i.items,s=i.rest;e.write(`if (!Array.isArray(${n})) return INVALID;`);let a=g1(o,"optin"),u=g1(o,"optout");s?e.write(`if (${n}.length < ${a}) return INVALID;`):e.write(`if (${n}.length < ${a} || ${n}.length > ${o.length}) return INVALID;`);let c=re(t);e.write(`const ${c} = [];`);for(let l=0;l<o.length;l++){let p=o[l];if(l>=u)e.write(`if (${c}.length === ${l}) {`),e.indented(f=>{f.write(`if (${l} < ${n}.length) {`),f.indented(h=>{let b=re(t);h.write(`const ${b} = ${n}[${l}];`);let g=tt(h,t,p,b);h.write(`${c}[${l}] = ${g};`)}),f.write("} else {"),f.indented(h=>{if(ip(p)){h.write(`${c}.length = ${l};`);return}let b=re(t),g=re(t);h.write(`const ${b} = undefined;`),h.write(`const ${g} = (() => {`),h.indented(v=>{let $=tt(v,t,p,b);v.write(`return ${$};`)}),h.write("})();"),h.write(`if (${g} === INVALID || ${g} === undefined) ${c}.length = ${l};`),h.write(`else ${c}[${l}] = ${g};`)}),f.write("}")}),e.write("}");else{let f=re(t);e.write(`const ${f} = ${n}[${l}];`);let h=tt(e,t,p,f);e.write(`${c}[${l}] = ${h};`)}}if(s){let l=re(t),p=re(t);e.write(`for (let ${l} = ${o.length}; ${l} < ${n}.length; ${l}++) {`),e.indented(f=>{f.write(`const ${p} = ${n}[${l}];`);let h=tt(f,t,s,p);f.write(`${c}[${l}] = ${h};`)}),e.write("}")}return c}function g1(e,t){for(let r=e.length-1;r>=0;r--)if(!(t==="optin"?e[r]._zod.optin!==void 0:e[r]._zod.optout==="optional"))return r+1;return 0}function e_(e,t,r,n){let i=r._zod.def,o=i.options;if(i.discriminator)return t_(e,t,i,n);if(i.inclusive===!1)throw new we("exclusive unions (z.xor)");if(o.length===0)return e.write("return INVALID;"),n;if(o.length===1)return Ne(e,t,o[0],n);if(o.every(u=>u._zod.def.type==="literal"&&!u._zod.def.checks?.length)){let u=new Set(o.flatMap(l=>l._zod.def.values)),c=ce(t,u);return e.write(`if (!${c}.has(${n})) return INVALID;`),n}let a=re(t);e.write(`let ${a};`);for(let u=0;u<o.length;u++){let c=o[u];u===0?e.write(`${a} = (() => {`):e.write(`if (${a} === INVALID) ${a} = (() => {`),e.indented(l=>{let p=Ne(l,t,c,n);l.write(`return ${p};`)}),e.write("})();")}return e.write(`if (${a} === INVALID) return INVALID;`),a}function t_(e,t,r,n){if(r.unionFallback)throw new we("discriminated union with unionFallback");if(r.options.length===0)return e.write("return INVALID;"),n;let i=re(t),o=re(t);e.write(`const ${i} = ${n}?.[${st(r.discriminator)}];`),e.write(`let ${o};`);let s=!0,a=new Set;for(let u of r.options){let c=u._zod.propValues?.[r.discriminator];if(!c||c.size===0)throw new we("discriminated union option without static discriminator values");for(let f of c){if(a.has(f))throw new we(`duplicate discriminator value ${String(f)}`);a.add(f)}let l=Array.from(c,f=>r_(t,i,f)),p=s?"if":"else if";e.write(`${p} (${l.join(" || ")}) {`),e.indented(f=>{let h=Ne(f,t,u,n);f.write(`${o} = ${h};`)}),e.write("}"),s=!1}return e.write("else { return INVALID; }"),o}function r_(e,t,r){if(typeof r=="string")return`${t} === ${st(r)}`;if(typeof r=="number")return Number.isNaN(r)?`Number.isNaN(${t})`:`${t} === ${r}`;if(typeof r=="boolean")return`${t} === ${r}`;if(r===null)return`${t} === null`;if(r===void 0)return`${t} === undefined`;if(typeof r=="bigint")return`${t} === ${r}n`;if(typeof r=="symbol"){let n=ce(e,r);return`${t} === ${n}`}throw new we(`literal discriminator value ${String(r)}`)}function n_(e,t,r,n){let i=r._zod.def;t.definite=!1;let o=tt(e,t,i.left,n),s=tt(e,t,i.right,n),a=ce(t,Pn),u=re(t);return e.write(`const ${u} = ${a}(${o}, ${s});`),e.write(`if (!${u}.valid) return INVALID;`),`${u}.data`}function i_(e,t,r,n){let i=r._zod.def,o=ce(t,Tt);e.write(`if (!${o}(${n})) return INVALID;`);let s=re(t),a=re(t),u=re(t);e.write(`const ${s} = {};`);let c=i,l=c.partial?void 0:i.keyType._zod.values;if(l){let h=[];for(let g of l){if(!(typeof g=="string"||typeof g=="number"||typeof g=="symbol"))throw new we(`record key value ${String(g)}`);let v=typeof g=="number"?g.toString():g;if(v==="__proto__")throw new we('record key "__proto__"');h.push(v);let $=ce(t,g),w=Ne(e,t,i.keyType,$),x=re(t);e.write(`const ${x} = ${n}[${o_(t,v)}];`);let N=tt(e,t,i.valueType,x);e.write(`${s}[${w}] = ${N};`)}let b=ce(t,new Set(h));return e.write(`for (const ${a} in ${n}) {`),e.indented(g=>{g.write(`if (${b}.has(${a})) continue;`),c.mode==="loose"?g.write(`if (${a} !== "__proto__") ${s}[${a}] = ${n}[${a}];`):g.write("return INVALID;")}),e.write("}"),s}let p=i.keyType._zod.def;if(!(p.type==="string"&&p.format===void 0&&!p.coerce&&(p.checks?.length??0)===0)){let h=i.mode==="loose",b=Ys(i.keyType);b.definite===!1&&(t.definite=!1);let g=ce(t,b),v=ce(t,or),$=re(t);return b1(e,t,n,a,w=>{w.write(`let ${$} = ${g}(${a});`),w.write(`if (${$} === INVALID && typeof ${a} === "string" && ${v}.test(${a})) ${$} = ${g}(Number(${a}));`),h?w.write(`if (${$} === INVALID) { ${s}[${a}] = ${n}[${a}]; continue; }`):w.write(`if (${$} === INVALID) return INVALID;`),w.write(`if (${$} === "__proto__") continue;`);let x=re(t);w.write(`const ${x} = ${n}[${a}];`);let N=tt(w,t,i.valueType,x);w.write(`${s}[${$}] = ${N};`)}),s}return b1(e,t,n,a,h=>{h.write(`const ${u} = ${n}[${a}];`);let b=tt(h,t,i.valueType,u);h.write(`${s}[${a}] = ${b};`)},"return INVALID;"),s}function b1(e,t,r,n,i,o){let s=ce(t,Object.prototype.propertyIsEnumerable),a=re(t),u=re(t),c=re(t);e.write(`const ${a} = Object.getOwnPropertySymbols(${r});`),e.write(`const ${u} = Object.getOwnPropertyNames(${r});`),e.write(`for (let ${c} = 0; ${c} < ${u}.length; ${c}++) {`),e.indented(l=>{l.write(`const ${n} = ${u}[${c}];`),l.write(`if (${n} === "__proto__" || !${s}.call(${r}, ${n})) continue;`),i(l)}),e.write("}"),e.write(`for (let ${c} = 0; ${c} < ${a}.length; ${c}++) {`),e.indented(l=>{l.write(`const ${n} = ${a}[${c}];`),l.write(`if (!${s}.call(${r}, ${n})) continue;`),o?l.write(o):i(l)}),e.write("}")}function o_(e,t){return typeof t=="string"?st(t):ce(e,t)}function s_(e,t,r,n){let i=r._zod.def;e.write(`if (!(${n} instanceof Map)) return INVALID;`),ap(e,r,`${n}.size`);let o=re(t),s=re(t),a=re(t);return e.write(`const ${o} = new Map();`),e.write(`for (const [${s}, ${a}] of ${n}) {`),e.indented(u=>{let c=Ne(u,t,i.keyType,s),l=Ne(u,t,i.valueType,a);u.write(`${o}.set(${c}, ${l});`)}),e.write("}"),o}function a_(e,t,r,n){let i=r._zod.def;e.write(`if (!(${n} instanceof Set)) return INVALID;`),ap(e,r,`${n}.size`);let o=re(t),s=re(t);return e.write(`const ${o} = new Set();`),e.write(`for (const ${s} of ${n}) {`),e.indented(a=>{let u=Ne(a,t,i.valueType,s);a.write(`${o}.add(${u});`)}),e.write("}"),o}function c_(e,t){return e.write(`if (!(${t} instanceof File)) return INVALID;`),t}function u_(e,t,r,n){e.write(`if (typeof ${n} !== "string") return INVALID;`);let i=r._zod.pattern;if(i){let o=ce(t,i);e.write(`${o}.lastIndex = 0;`),e.write(`if (!${o}.test(${n})) return INVALID;`)}return n}function l_(e,t,r,n){let i=r._zod.def,o=Kr(t,i.getter),s=ce(t,{parser:null});e.write(`if (!${s}.parser) {`),e.indented(u=>{u.write(`const inner = ${o}();`),u.write(`${s}.parser = function(input) {`),u.indented(c=>{c.write("const result = inner._zod.run({ value: input, issues: [] }, {});"),c.write("return result.issues.length === 0 ? result.value : INVALID;")}),u.write("};")}),e.write("}");let a=re(t);return e.write(`const ${a} = ${s}.parser(${n});`),e.write(`if (${a} === INVALID) return INVALID;`),a}function d_(e,t,r,n){let i=r._zod.def,o=Ne(e,t,i.in,n);if(i.transform){if(Hr(i.transform))throw new Lt("z.compile: async transforms in pipes are not supported");let s=i.transform,u=Kr(t,l=>{let p={value:l,issues:[],addIssue:sp},f=s(l,p);return f instanceof Promise?ct:p.issues.length===0?f:ct}),c=re(t);return e.write(`const ${c} = ${u}(${o});`),e.write(`if (${c} === INVALID) return INVALID;`),Ne(e,t,i.out,c)}else return Ne(e,t,i.out,o)}function Hr(e){return typeof e=="function"&&(e.constructor.name==="AsyncFunction"||e[Symbol.toStringTag]==="AsyncFunction")}function p_(e,t,r,n){let i=r._zod.def;if(i.fn){if(Hr(i.fn))throw new Lt("z.compile: async custom predicates are not supported");let o=Kr(t,i.fn),s=ce(t,np),a=re(t);e.write(`const ${a} = ${o}(${n});`),e.write(`if (${a} instanceof Promise) ${s}();`),e.write(`if (!${a}) return INVALID;`)}else throw new we("custom schema without a predicate function");return n}function f_(e,t,r){let n=e._zod.run({value:r,issues:[]},{});if(n&&typeof n.then=="function")return ct;let i=n;return i.issues.length===0?i.value:t()}function m_(e,t,r,n){let i=r._zod.def;if(!i.catchValue[os])throw new we("catch with a callback (only a constant catch value compiles)",!1);let o=re(t);e.write(`let ${o} = (() => {`),e.indented(c=>{let l=tt(c,t,i.innerType,n);c.write(`return ${l};`)}),e.write("})();");let s=ce(t,i.innerType),a=Kr(t,i.catchValue),u=ce(t,f_);return e.write(`if (${o} === INVALID) {`),e.indented(c=>{c.write(`${o} = ${u}(${s}, ${a}, ${n});`),c.write(`if (${o} === INVALID) return INVALID;`)}),e.write("}"),o}function h_(e,t,r,n){let i=r._zod.def;if(i.transform){if(Hr(i.transform))throw new Lt("z.compile: async transforms are not supported");let o=i.transform,a=Kr(t,c=>{let l={value:c,issues:[],addIssue:sp},p=o(c,l);return p instanceof Promise?ct:l.issues.length===0?p:ct}),u=re(t);return e.write(`const ${u} = ${a}(${n});`),e.write(`if (${u} === INVALID) return INVALID;`),u}return n}function Qs(e){return e.checks&&(e.checks=[...e.checks]),e}function cp(e,t){return new e(Qs({type:"string",...j(t)}))}function up(e,t){return new e(Qs({type:"string",coerce:!0,...j(t)}))}function ea(e,t){return new e({type:"string",format:"email",check:"string_format",abort:!1,...j(t)})}function ta(e,t){return new e({type:"string",format:"guid",check:"string_format",abort:!1,...j(t)})}function ra(e,t){return new e({type:"string",format:"uuid",check:"string_format",abort:!1,...j(t)})}function na(e,t){return new e({type:"string",format:"uuid",check:"string_format",abort:!1,version:"v4",...j(t)})}function ia(e,t){return new e({type:"string",format:"uuid",check:"string_format",abort:!1,version:"v6",...j(t)})}function oa(e,t){return new e({type:"string",format:"uuid",check:"string_format",abort:!1,version:"v7",...j(t)})}function Qi(e,t){return new e({type:"string",format:"url",check:"string_format",abort:!1,...j(t)})}function sa(e,t){return new e({type:"string",format:"emoji",check:"string_format",abort:!1,...j(t)})}function aa(e,t){return new e({type:"string",format:"nanoid",check:"string_format",abort:!1,...j(t)})}function ca(e,t){return new e({type:"string",format:"cuid",check:"string_format",abort:!1,...j(t)})}function ua(e,t){return new e({type:"string",format:"cuid2",check:"string_format",abort:!1,...j(t)})}function la(e,t){return new e({type:"string",format:"ulid",check:"string_format",abort:!1,...j(t)})}function da(e,t){return new e({type:"string",format:"xid",check:"string_format",abort:!1,...j(t)})}function pa(e,t){return new e({type:"string",format:"ksuid",check:"string_format",abort:!1,...j(t)})}function fa(e,t){return new e({type:"string",format:"ipv4",check:"string_format",abort:!1,...j(t)})}function ma(e,t){return new e({type:"string",format:"ipv6",check:"string_format",abort:!1,...j(t)})}function lp(e,t){return new e({type:"string",format:"mac",check:"string_format",abort:!1,...j(t)})}function ha(e,t){return new e({type:"string",format:"cidrv4",check:"string_format",abort:!1,...j(t)})}function ga(e,t){return new e({type:"string",format:"cidrv6",check:"string_format",abort:!1,...j(t)})}function ba(e,t){return new e({type:"string",format:"base64",check:"string_format",abort:!1,...j(t)})}function ya(e,t){return new e({type:"string",format:"base64url",check:"string_format",abort:!1,...j(t)})}function va(e,t){return new e({type:"string",format:"e164",check:"string_format",abort:!1,...j(t)})}function dp(e,t){return new e({type:"string",format:"credit_card",check:"string_format",abort:!1,...j(t)})}function pp(e,t){return new e({type:"string",format:"iban",check:"string_format",abort:!1,...j(t)})}function wa(e,t){return new e({type:"string",format:"jwt",check:"string_format",abort:!1,...j(t)})}var fp={Any:null,Minute:-1,Second:0,Millisecond:3,Microsecond:6};function eo(e,t){return new e({type:"string",format:"datetime",check:"string_format",offset:!1,local:!1,precision:null,...j(t)})}function to(e,t){return new e({type:"string",format:"date",check:"string_format",...j(t)})}function ro(e,t){return new e({type:"string",format:"time",check:"string_format",precision:null,...j(t)})}function no(e,t){return new e({type:"string",format:"duration",check:"string_format",...j(t)})}function mp(e,t){return new e(Qs({type:"number",checks:[],...j(t)}))}function hp(e,t){return new e(Qs({type:"number",coerce:!0,checks:[],...j(t)}))}function gp(e,t){return new e({type:"number",check:"number_format",abort:!1,format:"safeint",...j(t)})}function bp(e,t){return new e({type:"number",check:"number_format",abort:!1,format:"float32",...j(t)})}function yp(e,t){return new e({type:"number",check:"number_format",abort:!1,format:"float64",...j(t)})}function vp(e,t){return new e({type:"number",check:"number_format",abort:!1,format:"int32",...j(t)})}function wp(e,t){return new e({type:"number",check:"number_format",abort:!1,format:"uint32",...j(t)})}function xp(e,t){return new e({type:"boolean",...j(t)})}function kp(e,t){return new e({type:"boolean",coerce:!0,...j(t)})}function $p(e,t){return new e({type:"bigint",...j(t)})}function _p(e,t){return new e({type:"bigint",coerce:!0,...j(t)})}function Ap(e,t){return new e({type:"bigint",check:"bigint_format",abort:!1,format:"int64",...j(t)})}function Sp(e,t){return new e({type:"bigint",check:"bigint_format",abort:!1,format:"uint64",...j(t)})}function Rp(e,t){return new e({type:"symbol",...j(t)})}function Pp(e,t){return new e({type:"undefined",...j(t)})}function Ep(e,t){return new e({type:"null",...j(t)})}function Ip(e){return new e({type:"any"})}function Tp(e){return new e({type:"unknown"})}function Op(e,t){return new e({type:"never",...j(t)})}function Cp(e,t){return new e({type:"void",...j(t)})}function Dp(e,t){return new e({type:"date",...j(t)})}function Np(e,t){return new e({type:"date",coerce:!0,...j(t)})}function Fp(e,t){return new e({type:"nan",...j(t)})}function Kt(e,t){return new xs({check:"less_than",...j(t),value:e,inclusive:!1})}function Rt(e,t){return new xs({check:"less_than",...j(t),value:e,inclusive:!0})}function Ht(e,t){return new ks({check:"greater_than",...j(t),value:e,inclusive:!1})}function Pt(e,t){return new ks({check:"greater_than",...j(t),value:e,inclusive:!0})}function xa(e){return Ht(0,e)}function ka(e){return Kt(0,e)}function $a(e){return Rt(0,e)}function _a(e){return Pt(0,e)}function kr(e,t){return new yl({check:"multiple_of",...j(t),value:e})}function $r(e,t){return new xl({check:"max_size",...j(t),maximum:e})}function Wt(e,t){return new kl({check:"min_size",...j(t),minimum:e})}function Wr(e,t){return new $l({check:"size_equals",...j(t),size:e})}function Xr(e,t){return new _l({check:"max_length",...j(t),maximum:e})}function sr(e,t){return new Al({check:"min_length",...j(t),minimum:e})}function Jr(e,t){return new Sl({check:"length_equals",...j(t),length:e})}function Tn(e,t){return new Rl({check:"string_format",format:"regex",...j(t),pattern:e})}function On(e){return new Pl({check:"string_format",format:"lowercase",...j(e)})}function Cn(e){return new El({check:"string_format",format:"uppercase",...j(e)})}function Dn(e,t){return new Il({check:"string_format",format:"includes",...j(t),includes:e})}function Nn(e,t){return new Tl({check:"string_format",format:"starts_with",...j(t),prefix:e})}function Fn(e,t){return new Ol({check:"string_format",format:"ends_with",...j(t),suffix:e})}function Aa(e,t,r){return new Cl({check:"property",property:e,schema:t,...j(r)})}function Ln(e,t){return new Dl({check:"properties",shape:e,...j(t)})}function zn(e,t){return new Nl({check:"mime_type",mime:e,...j(t)})}function zt(e){return new Fl({check:"overwrite",tx:e})}function Mn(e){return zt(t=>t.normalize(e))}function Un(){return zt(e=>e.trim())}function qn(){return zt(e=>e.toLowerCase())}function jn(){return zt(e=>e.toUpperCase())}function Zn(){return zt(e=>vu(e))}function Lp(e,t,r){return new e({type:"array",element:t,...j(r)})}function g_(e,t,r){return new e({type:"union",options:t,...j(r)})}function b_(e,t,r){return new e({type:"union",options:t,inclusive:!1,...j(r)})}function y_(e,t,r,n){return new e({type:"union",options:r,discriminator:t,...j(n)})}function v_(e,t,r){return new e({type:"intersection",left:t,right:r})}function w_(e,t,r,n){let i=r instanceof pe,o=i?n:r,s=i?r:null;return new e({type:"tuple",items:t,rest:s,...j(o)})}function x_(e,t,r,n){return new e({type:"record",keyType:t,valueType:r,...j(n)})}function k_(e,t,r,n){return new e({type:"map",keyType:t,valueType:r,...j(n)})}function $_(e,t,r){return new e({type:"set",valueType:t,...j(r)})}function __(e,t,r){let n=Array.isArray(t)?Object.fromEntries(t.map(i=>[i,i])):t;return new e({type:"enum",entries:n,...j(r)})}function A_(e,t,r){return new e({type:"enum",entries:t,...j(r)})}function S_(e,t,r){return new e({type:"literal",values:Array.isArray(t)?t:[t],...j(r)})}function zp(e,t){return new e({type:"file",...j(t)})}function R_(e,t){return new e({type:"transform",transform:t})}function P_(e,t){return new e({type:"optional",innerType:t})}function E_(e,t){return new e({type:"nullable",innerType:t})}function I_(e,t,r){return new e({type:"default",innerType:t,get defaultValue(){return typeof r=="function"?r():_i(r)}})}function T_(e,t,r){return new e({type:"nonoptional",innerType:t,...j(r)})}function O_(e,t){return new e({type:"success",innerType:t})}function C_(e,t,r){return new e({type:"catch",innerType:t,catchValue:typeof r=="function"?r:Su(r)})}function D_(e,t,r){return new e({type:"pipe",in:t,out:r})}function N_(e,t){return new e({type:"readonly",innerType:t})}function F_(e,t,r){return new e({type:"template_literal",parts:t,...j(r)})}function L_(e,t){return new e({type:"lazy",getter:t})}function z_(e,t){return new e({type:"promise",innerType:t})}function Mp(e,t,r){let n=j(r);return n.abort??(n.abort=!0),new e({type:"custom",check:"custom",fn:t,...n})}function Up(e,t,r){return new e({type:"custom",check:"custom",fn:t,...j(r)})}function qp(e,t){let r=x1(n=>(n.addIssue=i=>{if(typeof i=="string")n.issues.push(kn(i,n.value,r._zod.def));else{let o=i;o.fatal&&(o.continue=!1),o.code??(o.code="custom"),"input"in o||(o.input=n.value),o.inst??(o.inst=r),o.continue??(o.continue=!r._zod.def.abort),n.issues.push(kn(o))}},e(n.value,n)),t);return r}function x1(e,t){let r=new Te({check:"custom",...j(t)});return r._zod.check=e,r}function jp(e){let t=new Te({check:"describe"});return t._zod.onattach=[r=>{let n=Ye.get(r)??{};Ye.add(r,{...n,description:e})}],t._zod.check=()=>{},t}function Zp(e){let t=new Te({check:"meta"});return t._zod.onattach=[r=>{let n=Ye.get(r)??{};Ye.add(r,{...n,...e})}],t._zod.check=()=>{},t}function Bp(e,t){let r=j(t),n=r.truthy??["true","1","yes","on","y","enabled"],i=r.falsy??["false","0","no","off","n","disabled"];r.case!=="sensitive"&&(n=n.map(h=>typeof h=="string"?h.toLowerCase():h),i=i.map(h=>typeof h=="string"?h.toLowerCase():h));let o=new Set(n),s=new Set(i),a=e.Codec??Ki,u=e.Boolean??Vi,c=e.String??Vr,l=new c({type:"string",error:r.error}),p=new u({type:"boolean",error:r.error}),f=new a({type:"pipe",in:l,out:p,transform:((h,b)=>{let g=h;return r.case!=="sensitive"&&(g=g.toLowerCase()),o.has(g)?!0:s.has(g)?!1:(b.issues.push({code:"invalid_value",expected:"stringbool",values:[...o,...s],input:b.value,inst:f,continue:!1}),{})}),reverseTransform:((h,b)=>h===!0?n[0]||"true":i[0]||"false"),error:r.error});return f._zod.bag.truthy=n,f._zod.bag.falsy=i,f._zod.bag.case=r.case??"insensitive",f}function Yr(e,t,r,n={}){let i=j(n),o={check:"string_format",type:"string",format:t,fn:typeof r=="function"?r:a=>r.test(a),...i};return r instanceof RegExp&&(o.pattern=r),new e(o)}function io(e,...t){for(let r of t)for(let n of Reflect.ownKeys(r))Object.prototype.propertyIsEnumerable.call(r,n)&&Je(e,n,r[n]);return e}function _r(e){let t=e?.target??"draft-2020-12";return t==="draft-4"&&(t="draft-04"),t==="draft-7"&&(t="draft-07"),{processors:e.processors??{},metadataRegistry:e?.metadata??Ye,target:t,unrepresentable:e?.unrepresentable??"throw",override:e?.override??(()=>{}),io:e?.io??"output",counter:0,seen:new Map,sharedDefsExtractedFor:void 0,sharedEmitDoneFor:void 0,cycles:e?.cycles??"ref",reused:e?.reused??"inline",intersections:[],deferred:[],external:e?.external??void 0}}function Be(e,t,r,n,i){let o=typeof t.unrepresentable=="function"?t.unrepresentable({zodSchema:e,path:n.path,message:i}):t.unrepresentable;if(o==="any")return!1;if(o===void 0||o==="throw")throw new Error(i);return Object.assign(r,o),!0}function Pe(e,t,r={path:[],schemaPath:[]}){var n;let i=e._zod.def,o=t.seen.get(e);if(o)return o.count++,r.schemaPath.includes(e)&&(o.cycle=r.path),o.schema;let s={schema:{},count:1,cycle:void 0,path:r.path};t.seen.set(e,s),t.sharedDefsExtractedFor=void 0,t.sharedEmitDoneFor=void 0;let a=e._zod.toJSONSchema?.();if(a)s.schema=a;else{let l={...r,schemaPath:[...r.schemaPath,e],path:r.path};if(e._zod.processJSONSchema)e._zod.processJSONSchema(t,s.schema,l);else{let f=s.schema,h=t.processors[i.type];if(!h)throw new Error(`[toJSONSchema]: Non-representable type encountered: ${i.type}`);h(e,t,f,l)}let p=e._zod.parent;p&&(s.ref||(s.ref=p),Pe(p,t,l),t.seen.get(p).isParent=!0)}let u=t.metadataRegistry.get(e);return u&&io(s.schema,u),t.io==="input"&&ut(e)&&(delete s.schema.examples,delete s.schema.default),t.io==="input"&&"_prefault"in s.schema&&((n=s.schema).default??(n.default=s.schema._prefault)),delete s.schema._prefault,t.seen.get(e).schema}function k1(e){return e.replace(/~/g,"~0").replace(/\//g,"~1")}function Ar(e,t){let r=e.seen.get(t);if(!r)throw new Error("Unprocessed schema. This is a bug in Zod.");if(e.external&&e.sharedDefsExtractedFor===e.external)return;let n=new Map;for(let s of e.seen.entries()){let a=e.metadataRegistry.get(s[0])?.id;if(a){let u=n.get(a);if(u&&u!==s[0])throw new Error(`Duplicate schema id "${a}" detected during JSON Schema conversion. Two different schemas cannot share the same id when converted together.`);n.set(a,s[0])}}let i=s=>{let a=e.target==="draft-2020-12"?"$defs":"definitions";if(e.external){let p=e.external.registry.get(s[0])?.id,f=e.external.uri??(b=>b);if(p)return{ref:f(p)};let h=s[1].defId??s[1].schema.id??`schema${e.counter++}`;return s[1].defId=h,{defId:h,ref:`${f("__shared")}#/${a}/${k1(h)}`}}let u="#",c=`${u}/${a}/`;if(s[1]===r&&!s[1].schema.id)return{ref:u};let l=s[1].schema.id??`__schema${e.counter++}`;return{defId:l,ref:c+k1(l)}},o=s=>{if(s[1].schema.$ref)return;let a=s[1],{ref:u,defId:c}=i(s);a.def={...a.schema},c&&(a.defId=c);let l=a.schema;for(let p in l)delete l[p];l.$ref=u};if(e.cycles==="throw")for(let s of e.seen.entries()){let a=s[1];if(a.cycle)throw new Error(`Cycle detected: #/${a.cycle?.join("/")}/<root>

Set the \`cycles\` parameter to \`"ref"\` to resolve cyclical schemas with defs.`)}for(let s of e.seen.entries()){let a=s[1];if(t===s[0]){o(s);continue}if(e.external){let c=e.external.registry.get(s[0])?.id;if(t!==s[0]&&c){o(s);continue}}if(e.metadataRegistry.get(s[0])?.id){o(s);continue}if(a.cycle){o(s);continue}a.count>1&&e.reused==="ref"&&o(s)}e.external&&(e.sharedDefsExtractedFor=e.external)}function A1(e){let t=e.anyOf;if(!Array.isArray(t)||t.length===0||e.type!==void 0)return;let r=[];for(let n of t){if(!n||typeof n!="object")return;A1(n);let i=Object.keys(n);if(i.length!==1||i[0]!=="type")return;let o=n.type;for(let s of Array.isArray(o)?o:[o]){if(typeof s!="string")return;r.includes(s)||r.push(s)}}delete e.anyOf,e.type=r.length===1?r[0]:r}var S1=new Set(["type","properties","required","additionalProperties"]),$1=["oneOf","anyOf"];function _1(e){let t=e.additionalProperties;return t===void 0||t===!1||typeof t!="object"||t===null?null:Object.keys(t).length?t:null}function Vp(e){let t=[];for(let o of e){if(typeof o!="object"||o.type!=="object")return null;for(let s in o)if(!S1.has(s))return null;t.push(o)}let r={},n=new Set;for(let o of t){for(let s in o.properties){if(Object.prototype.hasOwnProperty.call(r,s))continue;let a=[];for(let c of t){let l=c.properties?.[s]??_1(c);l!=null&&(a.some(p=>JSON.stringify(p)===JSON.stringify(l))||a.push(l))}let u=a.length===1?a[0]:Vp(a)??{allOf:a};Je(r,s,u)}for(let s of o.required??[])n.add(s)}let i={type:"object",properties:r};if(n.size&&(i.required=[...n]),t.every(o=>o.additionalProperties===!1))i.additionalProperties=!1;else{let o=[];for(let s of t){let a=_1(s);a&&!o.some(u=>JSON.stringify(u)===JSON.stringify(a))&&o.push(a)}o.length===1?i.additionalProperties=o[0]:o.length>1&&(i.additionalProperties={allOf:o})}return i}function M_(e){let t=e.allOf;if(!Array.isArray(t)||t.length<2)return;for(let i of S1)if(i in e)return;let r=t.filter(i=>$1.some(o=>Array.isArray(i[o]))),n=null;if(!r.length)n=Vp(t);else{let i=r[0],o=$1.find(u=>Array.isArray(i[u]));if(Object.keys(i).length!==1)return;let s=t.filter(u=>u!==i),a=i[o].map(u=>Vp([...s,u]));if(a.some(u=>!u))return;n={[o]:a}}n&&(delete e.allOf,io(e,n))}function Sr(e,t){let r=e.seen.get(t);if(!r)throw new Error("Unprocessed schema. This is a bug in Zod.");let n=a=>{let u=e.seen.get(a);if(u.ref===null)return;let c=u.def??u.schema,l={...c},p=u.ref;if(u.ref=null,p){n(p);let h=e.seen.get(p),b=h.schema;if(b.$ref&&(e.target==="draft-07"||e.target==="draft-04"||e.target==="openapi-3.0")?(c.allOf=c.allOf??[],c.allOf.push(b)):io(c,b),io(c,l),a._zod.parent===p)for(let v in c)v==="$ref"||v==="allOf"||v in l||delete c[v];if(b.$ref&&h.def)for(let v in c)v==="$ref"||v==="allOf"||v in h.def&&JSON.stringify(c[v])===JSON.stringify(h.def[v])&&delete c[v]}let f=a._zod.parent;if(f&&f!==p){n(f);let h=e.seen.get(f);if(h?.schema.$ref&&(c.$ref=h.schema.$ref,h.def))for(let b in c)b==="$ref"||b==="allOf"||b in h.def&&JSON.stringify(c[b])===JSON.stringify(h.def[b])&&delete c[b]}e.override({zodSchema:a,jsonSchema:c,path:u.path??[]})};if(!e.external||e.sharedEmitDoneFor!==e.external){for(let a of[...e.seen.entries()].reverse())n(a[0]);if(e.target!=="openapi-3.0")for(let a of e.seen.entries())A1(a[1].def??a[1].schema);for(let a of e.deferred)a();if(e.intersections.length){let a=new Map;for(let u of e.seen.values())for(let c of[u.schema,u.def]){let l=c?.allOf;if(!Array.isArray(l))continue;let p=a.get(l);p?p.push(c):a.set(l,[c])}for(let u of e.intersections)for(let c of a.get(u)??[])M_(c)}}let i={};if(e.target==="draft-2020-12"?i.$schema="https://json-schema.org/draft/2020-12/schema":e.target==="draft-07"?i.$schema="http://json-schema.org/draft-07/schema#":e.target==="draft-04"?i.$schema="http://json-schema.org/draft-04/schema#":e.target,e.external?.uri){let a=e.external.registry.get(t)?.id;if(!a)throw new Error("Schema is missing an `id` property");i.$id=e.external.uri(a)}io(i,r.defId?r.schema:r.def??r.schema);let o=e.metadataRegistry.get(t)?.id;o!==void 0&&i.id===o&&delete i.id;let s=e.external?.defs??{};if(!e.external||e.sharedEmitDoneFor!==e.external)for(let a of e.seen.entries()){let u=a[1];u.def&&u.defId&&(u.def.id===u.defId&&delete u.def.id,Je(s,u.defId,u.def))}e.external&&(e.sharedEmitDoneFor=e.external),e.external||Object.keys(s).length>0&&(e.target==="draft-2020-12"?i.$defs=s:i.definitions=s);try{let a=JSON.parse(JSON.stringify(i));return Object.defineProperty(a,"~standard",{value:{...t["~standard"],jsonSchema:{input:Bn(t,"input",e.processors),output:Bn(t,"output",e.processors)}},enumerable:!1,writable:!1}),a}catch{throw new Error("Error converting schema to JSON.")}}function ut(e,t){let r=t??{seen:new Set};if(r.seen.has(e))return!1;r.seen.add(e);let n=e._zod.def;if(n.type==="transform")return!0;if(n.type==="array")return ut(n.element,r);if(n.type==="set")return ut(n.valueType,r);if(n.type==="lazy")return ut(n.getter(),r);if(n.type==="promise"||n.type==="optional"||n.type==="nonoptional"||n.type==="nullable"||n.type==="readonly"||n.type==="default"||n.type==="prefault"||n.type==="catch")return ut(n.innerType,r);if(n.type==="intersection")return ut(n.left,r)||ut(n.right,r);if(n.type==="record"||n.type==="map")return ut(n.keyType,r)||ut(n.valueType,r);if(n.type==="pipe")return e._zod.traits.has("$ZodCodec")?!0:ut(n.in,r)||ut(n.out,r);if(n.type==="object"){for(let i in n.shape)if(ut(n.shape[i],r))return!0;return!1}if(n.type==="union"){for(let i of n.options)if(ut(i,r))return!0;return!1}if(n.type==="tuple"){for(let i of n.items)if(ut(i,r))return!0;return!!(n.rest&&ut(n.rest,r))}return!1}var Gp=(e,t={})=>r=>{let n=_r({...r,processors:t});return Pe(e,n),Ar(n,e),Sr(n,e)},Bn=(e,t,r={})=>n=>{let{libraryOptions:i,target:o}=n??{},s=_r({...i??{},target:o,io:t,processors:r});return Pe(e,s),Ar(s,e),Sr(s,e)};var Vn=(e,t,r)=>{(e[t]===void 0||r>e[t])&&(e[t]=r)},Gn=(e,t,r)=>{(e[t]===void 0||r<e[t])&&(e[t]=r)},R1=(e,t)=>{Vn(e,"minimum",t),Gn(e,"maximum",t)},T1=(e,t)=>{e.multipleOf??(e.multipleOf=[]),e.multipleOf.includes(t)||e.multipleOf.push(t)},O1=(e,t)=>{e.patterns??(e.patterns=new Set),e.patterns.add(t)},C1=(e,t)=>{e.mime=e.mime?e.mime.filter(r=>t.includes(r)):[...t]},D1=(e,t)=>{e.format=t,t.includes("int")&&(e.isInt=!0)},P1=(e,t)=>Vn(e,"minimum",t.minimum),E1=(e,t)=>Gn(e,"maximum",t.maximum),I1=e=>(t,r)=>{D1(t,r.format);let[n,i]=e[r.format];Vn(t,"minimum",n),Gn(t,"maximum",i)},U_={greater_than:(e,t)=>Vn(e,t.inclusive?"minimum":"exclusiveMinimum",t.value),less_than:(e,t)=>Gn(e,t.inclusive?"maximum":"exclusiveMaximum",t.value),multiple_of:(e,t)=>T1(e,t.value),number_format:I1(Si),bigint_format:I1(Ri),min_length:P1,max_length:E1,length_equals:(e,t)=>R1(e,t.length),min_size:P1,max_size:E1,size_equals:(e,t)=>R1(e,t.size),string_format:(e,t)=>{D1(e,t.format),t.pattern&&O1(e,t.pattern),(t.format==="base64"||t.format==="base64url")&&(e.contentEncoding=t.format),(t.local||t.precision===-1)&&(e.laxFormat=!0)},mime_type:(e,t)=>C1(e,t.mime)};function Ve(e){let t={},r=e._zod.def,n=e._zod.traits.has("$ZodCheck")?[e,...r.checks??[]]:r.checks??[];for(let o of n)U_[o._zod.def.check]?.(t,o._zod.def);let i=e._zod.bag;i.minimum!==void 0&&Vn(t,"minimum",i.minimum),i.exclusiveMinimum!==void 0&&Vn(t,"exclusiveMinimum",i.exclusiveMinimum),i.maximum!==void 0&&Gn(t,"maximum",i.maximum),i.exclusiveMaximum!==void 0&&Gn(t,"exclusiveMaximum",i.exclusiveMaximum),i.multipleOf!==void 0&&T1(t,i.multipleOf),i.format!==void 0&&(t.format??(t.format=i.format),i.format.includes("int")&&(t.isInt=!0)),i.mime&&C1(t,i.mime);for(let o of i.patterns??[])O1(t,o);return t}var q_={guid:"uuid",url:"uri",datetime:"date-time",json_string:"json-string",regex:""},j_=new Map([[Os,Yu],[Bi,Qu]]),N1=e=>j_.get(e)??e,Wp=(e,t,r,n)=>{let i=r;i.type="string";let{minimum:o,maximum:s,format:a,patterns:u,contentEncoding:c,laxFormat:l}=Ve(e);if(typeof o=="number"&&(i.minLength=o),typeof s=="number"&&(i.maxLength=s),a&&(i.format=q_[a]??a,i.format===""&&delete i.format,(a==="time"||l)&&delete i.format),c&&(i.contentEncoding=c),u&&u.size>0){let p=[...u].map(N1);p.length===1?i.pattern=p[0].source:p.length>1&&(i.allOf=[...p.map(f=>({...t.target==="draft-07"||t.target==="draft-04"||t.target==="openapi-3.0"?{type:"string"}:{},pattern:f.source}))])}},Xp=(e,t,r,n)=>{let i=r,{minimum:o,maximum:s,multipleOf:a,exclusiveMaximum:u,exclusiveMinimum:c,isInt:l}=Ve(e);i.type=l?"integer":"number";let p=typeof c=="number"&&c>=(o??Number.NEGATIVE_INFINITY),f=typeof u=="number"&&u<=(s??Number.POSITIVE_INFINITY),h=t.target==="draft-04"||t.target==="openapi-3.0";if(p?h?(i.minimum=c,i.exclusiveMinimum=!0):i.exclusiveMinimum=c:typeof o=="number"&&(i.minimum=o),f?h?(i.maximum=u,i.exclusiveMaximum=!0):i.exclusiveMaximum=u:typeof s=="number"&&(i.maximum=s),a){let b=new Set;for(let $ of a)Number.isFinite($)&&$!==0?b.add(Math.abs($)):Be(e,t,i,n,`A multipleOf divisor of ${$} cannot be represented in JSON Schema`);let[g,...v]=b;g!==void 0&&(i.multipleOf=g),v.length&&(i.allOf=[...i.allOf??[],...v.map($=>({multipleOf:$}))])}},Jp=(e,t,r,n)=>{r.type="boolean"},Yp=(e,t,r,n)=>{Be(e,t,r,n,"BigInt cannot be represented in JSON Schema")},Qp=(e,t,r,n)=>{Be(e,t,r,n,"Symbols cannot be represented in JSON Schema")},ef=(e,t,r,n)=>{t.target==="openapi-3.0"?(r.type="string",r.nullable=!0,r.enum=[null]):r.type="null"},tf=(e,t,r,n)=>{Be(e,t,r,n,"Undefined cannot be represented in JSON Schema")},rf=(e,t,r,n)=>{Be(e,t,r,n,"Void cannot be represented in JSON Schema")},nf=(e,t,r,n)=>{r.not={}},of=(e,t,r,n)=>{},sf=(e,t,r,n)=>{},af=(e,t,r,n)=>{Be(e,t,r,n,"Date cannot be represented in JSON Schema")},cf=(e,t,r,n)=>{let i=e._zod.def,o=bn(i.entries);if(o.length===0){r.not={};return}o.every(s=>typeof s=="number")&&(r.type="number"),o.every(s=>typeof s=="string")&&(r.type="string"),r.enum=o},uf=(e,t,r,n)=>{let i=e._zod.def;if(i.values.length===0){r.not={};return}let o=[];for(let s of i.values)if(s===void 0){if(Be(e,t,r,n,"Literal `undefined` cannot be represented in JSON Schema"))return}else if(typeof s=="bigint"){if(Be(e,t,r,n,"BigInt literals cannot be represented in JSON Schema"))return;o.push(Number(s))}else o.push(s);if(o.length!==0)if(o.length===1){let s=o[0];r.type=s===null?"null":typeof s,t.target==="draft-04"||t.target==="openapi-3.0"?r.enum=[s]:r.const=s}else o.every(s=>typeof s=="number")&&(r.type="number"),o.every(s=>typeof s=="string")&&(r.type="string"),o.every(s=>typeof s=="boolean")&&(r.type="boolean"),o.every(s=>s===null)&&(r.type="null"),r.enum=o},lf=(e,t,r,n)=>{Be(e,t,r,n,"NaN cannot be represented in JSON Schema")},df=(e,t,r,n)=>{let i=r,o=e._zod.pattern;if(!o)throw new Error("Pattern not found in template literal");i.type="string",i.pattern=o.source},pf=(e,t,r,n)=>{let i=r;i.type="string",i.format="binary",i.contentEncoding="binary";let{minimum:o,maximum:s,mime:a}=Ve(e);o!==void 0&&(i.minLength=o),s!==void 0&&(i.maxLength=s),a&&(a.length===0?i.not={}:a.length===1?i.contentMediaType=a[0]:i.anyOf=a.map(u=>({contentMediaType:u})))},ff=(e,t,r,n)=>{r.type="boolean"},mf=(e,t,r,n)=>{Be(e,t,r,n,"Custom types cannot be represented in JSON Schema")},hf=(e,t,r,n)=>{Be(e,t,r,n,"Function types cannot be represented in JSON Schema")},gf=(e,t,r,n)=>{Be(e,t,r,n,"Transforms cannot be represented in JSON Schema")},bf=(e,t,r,n)=>{Be(e,t,r,n,"Map cannot be represented in JSON Schema")},yf=(e,t,r,n)=>{Be(e,t,r,n,"Set cannot be represented in JSON Schema")},vf=(e,t,r,n)=>{let i=r,o=e._zod.def,{minimum:s,maximum:a}=Ve(e);typeof s=="number"&&(i.minItems=s),typeof a=="number"&&(i.maxItems=a),i.type="array",i.items=Pe(o.element,t,{...n,path:[...n.path,"items"]})};function oo(e){let t=e._zod.def;return t.type==="pipe"&&t.in._zod.traits.has("$ZodTransform")?oo(t.out):t.type==="catch"?oo(t.innerType):e._zod.optin}var wf=(e,t,r,n)=>{let i=r,o=e._zod.def,s=o.shape;if(Object.getOwnPropertySymbols(s).length&&Be(e,t,i,n,"Symbol keys cannot be represented in JSON Schema"))return;i.type="object",i.properties={};for(let c in s)Je(i.properties,c,Pe(s[c],t,{...n,path:[...n.path,"properties",c]}));let u=[];for(let c of Object.keys(s)){let l=o.shape[c];(t.io==="input"?oo(l)===void 0:l._zod.optout===void 0)&&u.push(c)}u.length>0&&(i.required=u),o.catchall?._zod.def.type==="never"?i.additionalProperties=!1:o.catchall?o.catchall&&(i.additionalProperties=Pe(o.catchall,t,{...n,path:[...n.path,"additionalProperties"]})):t.io==="output"&&(i.additionalProperties=!1)},Ra=(e,t,r,n)=>{let i=e._zod.def,o=i.inclusive===!1,s=i.options.map((a,u)=>Pe(a,t,{...n,path:[...n.path,o?"oneOf":"anyOf",u]}));o?r.oneOf=s:r.anyOf=s},xf=(e,t,r,n)=>{let i=e._zod.def,o=Pe(i.left,t,{...n,path:[...n.path,"allOf",0]}),s=Pe(i.right,t,{...n,path:[...n.path,"allOf",1]}),a=c=>"allOf"in c&&Object.keys(c).length===1,u=[...a(o)?o.allOf:[o],...a(s)?s.allOf:[s]];r.allOf=u,t.intersections.push(u)},kf=(e,t,r,n)=>{let i=r,o=e._zod.def;i.type="array";let s=t.target==="draft-2020-12"?"prefixItems":"items",a=t.target==="draft-2020-12"||t.target==="openapi-3.0"?"items":"additionalItems",u=o.items.map((g,v)=>Pe(g,t,{...n,path:[...n.path,s,v]})),c=o.rest?Pe(o.rest,t,{...n,path:[...n.path,a,...t.target==="openapi-3.0"?[o.items.length]:[]]}):null,l=o.items.length;for(;l>0;){let g=o.items[l-1];if(!(t.io==="input"?oo(g)!==void 0:g._zod.optout==="optional"))break;l--}let p=o.items.length,f=!o.rest;t.target==="draft-2020-12"?(i.prefixItems=u,f?i.items=!1:c&&(i.items=c),l>0&&(i.minItems=l),f&&(i.maxItems=p)):t.target==="openapi-3.0"?(i.items={anyOf:u},c&&i.items.anyOf.push(c),l>0&&(i.minItems=l),f&&(i.maxItems=p)):(i.items=u,f?i.additionalItems=!1:c&&(i.additionalItems=c),l>0&&(i.minItems=l),f&&(i.maxItems=p));let{minimum:h,maximum:b}=Ve(e);typeof h=="number"&&(i.minItems=h),typeof b=="number"&&(i.maxItems=b)};function Kp(e,t,r){if(t.$ref){if(r.has(t))return t;r.add(t);let b=e.get(t)?.def;if(!b)return t;let g=Kp(e,b,r);return g===b?t:g}for(let b of["anyOf","oneOf"]){let g=t[b];if(!Array.isArray(g))continue;let v=g.map($=>Kp(e,$,r));v.some(($,w)=>$!==g[w])&&(t={...t,[b]:v})}let n=Array.isArray(t.type)?t.type:[t.type],i=!n.includes("string")&&n.some(b=>b==="number"||b==="integer"),o=t.enum??(t.const!==void 0?[t.const]:void 0);if(!i&&!o?.some(b=>typeof b=="number"))return t;let{minimum:s,maximum:a,exclusiveMinimum:u,exclusiveMaximum:c,multipleOf:l,format:p,id:f,...h}=t;return h.enum?h.enum=h.enum.map(b=>typeof b=="number"?String(b):b):typeof h.const=="number"&&(h.const=String(h.const)),i&&(h.type="string",o||(h.pattern=(n.includes("number")?or:Li).source)),h}var Hp=new WeakMap;function Z_(e){let t=new Map;for(let n of e.seen.values())n.def&&!t.has(n.schema)&&t.set(n.schema,n);let r=new Map;for(let n of Hp.get(e)??[]){let i=e.seen.get(n),o=(i?.def??i?.schema)?.propertyNames;if(!o||o===!0||r.has(o))continue;let s=Kp(t,o,new Set);s!==o&&r.set(o,s)}if(r.size)for(let n of e.seen.values())for(let i of[n.schema,n.def]){let o=i&&r.get(i.propertyNames);o&&(i.propertyNames=o)}}var $f=(e,t,r,n)=>{let i=r,o=e._zod.def;i.type="object";let s=o.keyType,a=Ve(s).patterns;if(o.mode==="loose"&&a&&a.size>0){let l=Pe(o.valueType,t,{...n,path:[...n.path,"patternProperties","*"]});i.patternProperties={};for(let p of a)Je(i.patternProperties,N1(p).source,l)}else{if(t.target==="draft-07"||t.target==="draft-2020-12"){i.propertyNames=Pe(o.keyType,t,{...n,path:[...n.path,"propertyNames"]});let l=Hp.get(t);l||(l=[],Hp.set(t,l),t.deferred.push(()=>Z_(t))),l.push(e)}i.additionalProperties=Pe(o.valueType,t,{...n,path:[...n.path,"additionalProperties"]})}let u=s._zod.values,c=t.io==="input"&&oo(o.valueType)!==void 0;if(u&&!o.partial&&!c){let l=[...u].filter(p=>typeof p=="string"||typeof p=="number");l.length>0&&(i.required=l.map(String))}},_f=(e,t,r,n)=>{let i=e._zod.def,o=Pe(i.innerType,t,n),s=t.seen.get(e);t.target==="openapi-3.0"?(s.ref=i.innerType,r.nullable=!0):r.anyOf=[o,{type:"null"}]},Af=(e,t,r,n)=>{let i=e._zod.def;Pe(i.innerType,t,n);let o=t.seen.get(e);o.ref=i.innerType},Sf=Symbol();function F1(e,t,r,n,i){let o=!1,s=JSON.stringify(e,(a,u)=>typeof u!="bigint"?u:(o=!0,null));return o?(Be(t,r,n,i,"BigInt defaults cannot be represented in JSON Schema"),Sf):JSON.parse(s)}var Rf=(e,t,r,n)=>{let i=e._zod.def;Pe(i.innerType,t,n);let o=t.seen.get(e);o.ref=i.innerType;let s=F1(i.defaultValue,e,t,r,n);s!==Sf&&(r.default=s)},Pf=(e,t,r,n)=>{let i=e._zod.def;Pe(i.innerType,t,n);let o=t.seen.get(e);if(o.ref=i.innerType,t.io!=="input")return;let s=F1(i.defaultValue,e,t,r,n);s!==Sf&&(r._prefault=s)},Ef=(e,t,r,n)=>{let i=e._zod.def;Pe(i.innerType,t,n);let o=t.seen.get(e);o.ref=i.innerType;let s;try{s=i.catchValue(void 0)}catch{Be(e,t,r,n,"Dynamic catch values are not supported in JSON Schema");return}r.default=s},If=(e,t,r,n)=>{let i=e._zod.def,o=i.in._zod.traits.has("$ZodTransform"),s=t.io==="input"?o?i.out:i.in:i.out;Pe(s,t,n);let a=t.seen.get(e);a.ref=s},Tf=(e,t,r,n)=>{let i=e._zod.def;Pe(i.innerType,t,n);let o=t.seen.get(e);o.ref=i.innerType,r.readOnly=!0},Of=(e,t,r,n)=>{let i=e._zod.def;Pe(i.innerType,t,n);let o=t.seen.get(e);o.ref=i.innerType},Pa=(e,t,r,n)=>{let i=e._zod.def;Pe(i.innerType,t,n);let o=t.seen.get(e);o.ref=i.innerType},Cf=(e,t,r,n)=>{let i=e._zod.innerType;Pe(i,t,n);let o=t.seen.get(e);o.ref=i},Sa={string:Wp,number:Xp,boolean:Jp,bigint:Yp,symbol:Qp,null:ef,undefined:tf,void:rf,never:nf,any:of,unknown:sf,date:af,enum:cf,literal:uf,nan:lf,template_literal:df,file:pf,success:ff,custom:mf,function:hf,transform:gf,map:bf,set:yf,array:vf,object:wf,union:Ra,intersection:xf,tuple:kf,record:$f,nullable:_f,nonoptional:Af,default:Rf,prefault:Pf,catch:Ef,pipe:If,readonly:Tf,promise:Of,optional:Pa,lazy:Cf};function Ea(e,t){if("_idmap"in e){let n=e,i=_r({...t,processors:Sa}),o={};for(let u of n._idmap.entries()){let[c,l]=u;Pe(l,i)}let s={},a={registry:n,uri:t?.uri,defs:o};i.external=a;for(let u of n._idmap.entries()){let[c,l]=u;Ar(i,l),Je(s,c,Sr(i,l))}if(Object.keys(o).length>0){let u=i.target==="draft-2020-12"?"$defs":"definitions";s.__shared={[u]:o}}return{schemas:s}}let r=_r({...t,processors:Sa});return Pe(e,r),Ar(r,e),Sr(r,e)}var Ia=class{get metadataRegistry(){return this.ctx.metadataRegistry}get target(){return this.ctx.target}get unrepresentable(){return this.ctx.unrepresentable}get override(){return this.ctx.override}get io(){return this.ctx.io}get counter(){return this.ctx.counter}set counter(t){this.ctx.counter=t}get seen(){return this.ctx.seen}constructor(t){let r=t?.target??"draft-2020-12";r==="draft-4"&&(r="draft-04"),r==="draft-7"&&(r="draft-07"),this.ctx=_r({processors:Sa,target:r,...t?.metadata&&{metadata:t.metadata},...t?.unrepresentable&&{unrepresentable:t.unrepresentable},...t?.override&&{override:t.override},...t?.io&&{io:t.io}})}process(t,r={path:[],schemaPath:[]}){return Pe(t,this.ctx,r)}emit(t,r){r&&(r.cycles&&(this.ctx.cycles=r.cycles),r.reused&&(this.ctx.reused=r.reused),r.external&&(this.ctx.external=r.external)),this.ctx.sharedDefsExtractedFor=void 0,this.ctx.sharedEmitDoneFor=void 0,Ar(this.ctx,t);let n=Sr(this.ctx,t),{"~standard":i,...o}=n;return o}};var L1={};var ei={};Qt(ei,{ZodAny:()=>tm,ZodArray:()=>om,ZodBase64:()=>Wa,ZodBase64URL:()=>Xa,ZodBigInt:()=>Yn,ZodBigIntFormat:()=>Qa,ZodBoolean:()=>Jn,ZodCIDRv4:()=>Ka,ZodCIDRv6:()=>Ha,ZodCUID:()=>Ua,ZodCUID2:()=>qa,ZodCatch:()=>Sm,ZodCodec:()=>go,ZodCreditCard:()=>Kf,ZodCustom:()=>bo,ZodCustomStringFormat:()=>rn,ZodDate:()=>uo,ZodDefault:()=>wm,ZodDiscriminatedUnion:()=>am,ZodE164:()=>Ja,ZodEmail:()=>Fa,ZodEmoji:()=>za,ZodEnum:()=>Hn,ZodExactOptional:()=>nc,ZodFile:()=>gm,ZodFunction:()=>Fm,ZodGUID:()=>La,ZodIBAN:()=>Hf,ZodIPv4:()=>Va,ZodIPv6:()=>Ga,ZodISODate:()=>Pr,ZodISODateTime:()=>Rr,ZodISODuration:()=>Ir,ZodISOTime:()=>Er,ZodInstanceOf:()=>Mm,ZodIntersection:()=>cm,ZodJWT:()=>Ya,ZodKSUID:()=>Ba,ZodLazy:()=>Cm,ZodLiteral:()=>hm,ZodMAC:()=>Gf,ZodMap:()=>fm,ZodNaN:()=>Pm,ZodNanoID:()=>Ma,ZodNever:()=>nm,ZodNonOptional:()=>ic,ZodNull:()=>Qf,ZodNullable:()=>vm,ZodNumber:()=>Xn,ZodNumberFormat:()=>nn,ZodObject:()=>po,ZodOptional:()=>mo,ZodPipe:()=>ho,ZodPrefault:()=>km,ZodPreprocess:()=>Em,ZodPromise:()=>Nm,ZodReadonly:()=>Im,ZodRecord:()=>Kn,ZodSet:()=>mm,ZodString:()=>Wn,ZodStringFormat:()=>Ee,ZodSuccess:()=>Am,ZodSymbol:()=>Jf,ZodTemplateLiteral:()=>Om,ZodTransform:()=>bm,ZodTuple:()=>lm,ZodType:()=>ge,ZodULID:()=>ja,ZodURL:()=>co,ZodUUID:()=>Xt,ZodUndefined:()=>Yf,ZodUnion:()=>fo,ZodUnknown:()=>rm,ZodVoid:()=>im,ZodXID:()=>Za,ZodXor:()=>sm,_ZodString:()=>Na,_default:()=>xm,_function:()=>Wb,any:()=>Sb,array:()=>lo,base64:()=>sb,base64url:()=>ab,bigint:()=>xb,boolean:()=>Xf,catch:()=>Rm,check:()=>Xb,cidrv4:()=>ib,cidrv6:()=>ob,codec:()=>Vb,creditCard:()=>ub,cuid:()=>X1,cuid2:()=>J1,currencyCode:()=>hb,custom:()=>Jb,date:()=>Pb,describe:()=>Yb,discriminatedUnion:()=>Db,e164:()=>cb,email:()=>U1,emoji:()=>H1,enum:()=>tc,exactOptional:()=>ym,file:()=>qb,float32:()=>bb,float64:()=>yb,function:()=>Wb,guid:()=>q1,hash:()=>gb,hex:()=>mb,hostname:()=>fb,httpUrl:()=>K1,iban:()=>lb,instanceof:()=>e2,int:()=>Ca,int32:()=>vb,int64:()=>kb,intersection:()=>um,invertCodec:()=>Gb,ipv4:()=>tb,ipv6:()=>nb,json:()=>r2,jwt:()=>db,keyof:()=>Eb,ksuid:()=>eb,lazy:()=>Dm,literal:()=>Ub,looseObject:()=>Ob,looseRecord:()=>Fb,mac:()=>rb,map:()=>Lb,meta:()=>Qb,nan:()=>Bb,nanoid:()=>W1,nativeEnum:()=>Mb,never:()=>ec,nonoptional:()=>_m,null:()=>em,nullable:()=>ao,nullish:()=>jb,number:()=>Wf,object:()=>Ib,optional:()=>en,partialRecord:()=>Nb,pipe:()=>Da,prefault:()=>$m,preprocess:()=>n2,promise:()=>Hb,readonly:()=>Tm,record:()=>pm,refine:()=>Lm,set:()=>zb,strictObject:()=>Tb,string:()=>so,stringFormat:()=>pb,stringbool:()=>t2,success:()=>Zb,superRefine:()=>zm,symbol:()=>_b,templateLiteral:()=>Kb,transform:()=>rc,tuple:()=>dm,uint32:()=>wb,uint64:()=>$b,ulid:()=>Y1,undefined:()=>Ab,union:()=>Qn,unknown:()=>Qr,url:()=>G1,uuid:()=>j1,uuidv4:()=>Z1,uuidv6:()=>B1,uuidv7:()=>V1,void:()=>Rb,xid:()=>Q1,xor:()=>Cb});var Ta={};Qt(Ta,{endsWith:()=>Fn,gt:()=>Ht,gte:()=>Pt,includes:()=>Dn,length:()=>Jr,lowercase:()=>On,lt:()=>Kt,lte:()=>Rt,maxLength:()=>Xr,maxSize:()=>$r,mime:()=>zn,minLength:()=>sr,minSize:()=>Wt,multipleOf:()=>kr,negative:()=>ka,nonnegative:()=>_a,nonpositive:()=>$a,normalize:()=>Mn,overwrite:()=>zt,positive:()=>xa,properties:()=>Ln,property:()=>Aa,regex:()=>Tn,size:()=>Wr,slugify:()=>Zn,startsWith:()=>Nn,toLowerCase:()=>qn,toUpperCase:()=>jn,trim:()=>Un,uppercase:()=>Cn});var z1=new WeakSet([Object.prototype,Error.prototype]);function Oa(e,t,r){Object.defineProperty(e,t,{configurable:!0,enumerable:!1,get(){let n=r(this);return Object.defineProperty(this,t,{value:n,configurable:!0,writable:!0}),n},set(n){Object.defineProperty(this,t,{value:n,configurable:!0,writable:!0})}})}var M1=(e,t)=>{Ou.init(e,t),e.name="ZodError";let r=Object.getPrototypeOf(e);z1.has(r)||(z1.add(r),Oa(r,"format",n=>i=>Ci(n,i)),Oa(r,"flatten",n=>i=>Oi(n,i)),Oa(r,"addIssue",n=>i=>{n.issues.push(i),n.message=JSON.stringify(n.issues,yn,2)}),Oa(r,"addIssues",n=>i=>{n.issues.push(...i),n.message=JSON.stringify(n.issues,yn,2)}),Object.defineProperty(r,"isEmpty",{configurable:!0,enumerable:!1,get(){return this.issues.length===0}}))},V_=k("ZodError",M1),wt=k("ZodError",M1,void 0,{Parent:Error});var Df=$n(wt),Nf=_n(wt),Ff=An(wt),Lf=Sn(wt),zf=us(wt),Mf=ls(wt),Uf=ds(wt),qf=ps(wt),jf=fs(wt),Zf=ms(wt),Bf=hs(wt),Vf=gs(wt);function K_(){Ke.localeError||Le(Hs())}function tn(){Ke.memoizer||Le({memoizer:Ji()})}var ge=k("ZodType",(e,t)=>(K_(),pe.init(e,t),e.def=t,e.type=t.type,e),{check(...e){let t=this.def;return this.clone(X.mergeDefs(t,{checks:[...t.checks??[],...e.map(r=>typeof r=="function"?{_zod:{check:r,def:{check:"custom"},onattach:[]}}:r)]}),{parent:!0})},with(...e){return this.check(...e)},clone(e,t){return Se(this,e,t)},brand(){return this},register(e,t){return e.add(this,t),this},refine(e,t){return this.check(Lm(e,t))},superRefine(e,t){return this.check(zm(e,t))},overwrite(e){return this.check(zt(e))},optional(){return en(this)},exactOptional(){return ym(this)},nullable(){return ao(this)},nullish(){return en(ao(this))},nonoptional(e){return _m(this,e)},array(){return lo(this)},or(e){return Qn([this,e])},and(e){return um(this,e)},transform(e){return Da(this,rc(e))},default(e){return xm(this,e)},prefault(e){return $m(this,e)},catch(e){return Rm(this,e)},pipe(e){return Da(this,e)},readonly(){return Tm(this)},describe(e){let t=this.clone();return Ye.add(t,{description:e}),t},meta(...e){if(e.length===0)return Ye.get(this);let t=this.clone();return Ye.add(t,e[0]),t},isOptional(){return this.safeParse(void 0).success},isNullable(){return this.safeParse(null).success},apply(e,...t){return t.length===0?e(this):e(this,...t)},get"~standard"(){return X.hide(this,"~standard",{...Rs(this),jsonSchema:{input:Bn(this,"input"),output:Bn(this,"output")}})},set"~standard"(e){X.own(this,"~standard",e)},parse:function e(t,r){return Df(this,t,r,{callee:e})},parseAsync:async function e(t,r){return await Nf(this,t,r,{callee:e})},safeParse(e,t){return Ff(this,e,t)},async safeParseAsync(e,t){return Lf(this,e,t)},get spa(){return this?.safeParseAsync},set spa(e){X.own(this,"spa",e)},validate(e,t){return Di(this,e,t)},validateAsync(e,t){return Ni(this,e,t)},encode:function e(t,r){return zf(this,t,r,{callee:e})},decode:function e(t,r){return Mf(this,t,r,{callee:e})},encodeAsync:async function e(t,r){return await Uf(this,t,r,{callee:e})},decodeAsync:async function e(t,r){return await qf(this,t,r,{callee:e})},safeEncode(e,t){return jf(this,e,t)},safeDecode(e,t){return Zf(this,e,t)},async safeEncodeAsync(e,t){return Bf(this,e,t)},async safeDecodeAsync(e,t){return Vf(this,e,t)},toJSONSchema(e){return Gp(this,{})(e)},get description(){return Ye.get(this)?.description},get _def(){return this._zod.def}}),Na=k("_ZodString",(e,t)=>{Vr.init(e,t),ge.init(e,t),e._zod.processJSONSchema=(r,n,i)=>Wp(e,r,n,i)},X.derived({format:e=>Ve(e).format??null,minLength:e=>Ve(e).minimum??null,maxLength:e=>Ve(e).maximum??null},{regex(...e){return this.check(Tn(...e))},includes(...e){return this.check(Dn(...e))},startsWith(...e){return this.check(Nn(...e))},endsWith(...e){return this.check(Fn(...e))},min(...e){return this.check(sr(...e))},max(...e){return this.check(Xr(...e))},length(...e){return this.check(Jr(...e))},nonempty(...e){return this.check(sr(1,...e))},lowercase(e){return this.check(On(e))},uppercase(e){return this.check(Cn(e))},trim(){return this.check(Un())},normalize(...e){return this.check(Mn(...e))},toLowerCase(){return this.check(qn())},toUpperCase(){return this.check(jn())},slugify(){return this.check(Zn())}})),Wn=k("ZodString",(e,t)=>{Vr.init(e,t),Na.init(e,t)},{email(e){return this.check(ea(Fa,e))},url(e){return this.check(Qi(co,e))},jwt(e){return this.check(wa(Ya,e))},emoji(e){return this.check(sa(za,e))},guid(e){return this.check(ta(La,e))},uuid(e){return this.check(ra(Xt,e))},uuidv4(e){return this.check(na(Xt,e))},uuidv6(e){return this.check(ia(Xt,e))},uuidv7(e){return this.check(oa(Xt,e))},nanoid(e){return this.check(aa(Ma,e))},cuid(e){return this.check(ca(Ua,e))},cuid2(e){return this.check(ua(qa,e))},ulid(e){return this.check(la(ja,e))},base64(e){return this.check(ba(Wa,e))},base64url(e){return this.check(ya(Xa,e))},xid(e){return this.check(da(Za,e))},ksuid(e){return this.check(pa(Ba,e))},ipv4(e){return this.check(fa(Va,e))},ipv6(e){return this.check(ma(Ga,e))},cidrv4(e){return this.check(ha(Ka,e))},cidrv6(e){return this.check(ga(Ha,e))},e164(e){return this.check(va(Ja,e))},datetime(e){return this.check(eo(Rr,e))},date(e){return this.check(to(Pr,e))},time(e){return this.check(ro(Er,e))},duration(e){return this.check(no(Ir,e))}});function so(e){return cp(Wn,e)}var Ee=k("ZodStringFormat",(e,t)=>{Re.init(e,t),Na.init(e,t)}),Rr=k("ZodISODateTime",(e,t)=>{Yl.init(e,t),Ee.init(e,t)}),Pr=k("ZodISODate",(e,t)=>{Ql.init(e,t),Ee.init(e,t)}),Er=k("ZodISOTime",(e,t)=>{ed.init(e,t),Ee.init(e,t)}),Ir=k("ZodISODuration",(e,t)=>{td.init(e,t),Ee.init(e,t)}),Fa=k("ZodEmail",(e,t)=>{ql.init(e,t),Ee.init(e,t)});function U1(e){return ea(Fa,e)}var La=k("ZodGUID",(e,t)=>{Ml.init(e,t),Ee.init(e,t)});function q1(e){return ta(La,e)}var Xt=k("ZodUUID",(e,t)=>{Ul.init(e,t),Ee.init(e,t)});function j1(e){return ra(Xt,e)}function Z1(e){return na(Xt,e)}function B1(e){return ia(Xt,e)}function V1(e){return oa(Xt,e)}var co=k("ZodURL",(e,t)=>{Bl.init(e,t),Ee.init(e,t)});function G1(e){return Qi(co,e)}function K1(e){return Qi(co,{protocol:Fi,hostname:tl,...X.normalizeParams(e)})}var za=k("ZodEmoji",(e,t)=>{Vl.init(e,t),Ee.init(e,t)});function H1(e){return sa(za,e)}var Ma=k("ZodNanoID",(e,t)=>{Gl.init(e,t),Ee.init(e,t)});function W1(e){return aa(Ma,e)}var Ua=k("ZodCUID",(e,t)=>{Kl.init(e,t),Ee.init(e,t)});function X1(e){return ca(Ua,e)}var qa=k("ZodCUID2",(e,t)=>{Hl.init(e,t),Ee.init(e,t)});function J1(e){return ua(qa,e)}var ja=k("ZodULID",(e,t)=>{Wl.init(e,t),Ee.init(e,t)});function Y1(e){return la(ja,e)}var Za=k("ZodXID",(e,t)=>{Xl.init(e,t),Ee.init(e,t)});function Q1(e){return da(Za,e)}var Ba=k("ZodKSUID",(e,t)=>{Jl.init(e,t),Ee.init(e,t)});function eb(e){return pa(Ba,e)}var Va=k("ZodIPv4",(e,t)=>{rd.init(e,t),Ee.init(e,t)});function tb(e){return fa(Va,e)}var Gf=k("ZodMAC",(e,t)=>{id.init(e,t),Ee.init(e,t)});function rb(e){return lp(Gf,e)}var Ga=k("ZodIPv6",(e,t)=>{nd.init(e,t),Ee.init(e,t)});function nb(e){return ma(Ga,e)}var Ka=k("ZodCIDRv4",(e,t)=>{od.init(e,t),Ee.init(e,t)});function ib(e){return ha(Ka,e)}var Ha=k("ZodCIDRv6",(e,t)=>{sd.init(e,t),Ee.init(e,t)});function ob(e){return ga(Ha,e)}var Wa=k("ZodBase64",(e,t)=>{ad.init(e,t),Ee.init(e,t)});function sb(e){return ba(Wa,e)}var Xa=k("ZodBase64URL",(e,t)=>{cd.init(e,t),Ee.init(e,t)});function ab(e){return ya(Xa,e)}var Ja=k("ZodE164",(e,t)=>{ud.init(e,t),Ee.init(e,t)});function cb(e){return va(Ja,e)}var Kf=k("ZodCreditCard",(e,t)=>{ld.init(e,t),Ee.init(e,t)});function ub(e){return dp(Kf,e)}var Hf=k("ZodIBAN",(e,t)=>{dd.init(e,t),Ee.init(e,t)});function lb(e){return pp(Hf,e)}var Ya=k("ZodJWT",(e,t)=>{pd.init(e,t),Ee.init(e,t)});function db(e){return wa(Ya,e)}var rn=k("ZodCustomStringFormat",(e,t)=>{fd.init(e,t),Ee.init(e,t)});function pb(e,t,r={}){return Yr(rn,e,t,r)}function fb(e){return Yr(rn,"hostname",el,e)}function mb(e){return Yr(rn,"hex",hl,e)}function hb(e){return Yr(rn,"currency_code",nl,e)}function gb(e,t){let r=t?.enc??"hex",n=`${e}_${r}`,i=Ct[n];if(!i)throw new Error(`Unrecognized hash format: ${n}`);return Yr(rn,n,i,t)}var Xn=k("ZodNumber",(e,t)=>{Ls.init(e,t),ge.init(e,t),e._zod.processJSONSchema=(r,n,i)=>Xp(e,r,n,i),e.isFinite=!0},X.derived({minValue:e=>{let{minimum:t,exclusiveMinimum:r}=Ve(e);return Math.max(t??Number.NEGATIVE_INFINITY,r??Number.NEGATIVE_INFINITY)},maxValue:e=>{let{maximum:t,exclusiveMaximum:r}=Ve(e);return Math.min(t??Number.POSITIVE_INFINITY,r??Number.POSITIVE_INFINITY)},isInt:e=>{let{isInt:t,multipleOf:r}=Ve(e);return!!t||!!r?.some(Number.isSafeInteger)},format:e=>Ve(e).format??null},{gt(e,t){return this.check(Ht(e,t))},gte(e,t){return this.check(Pt(e,t))},min(e,t){return this.check(Pt(e,t))},lt(e,t){return this.check(Kt(e,t))},lte(e,t){return this.check(Rt(e,t))},max(e,t){return this.check(Rt(e,t))},int(e){return this.check(Ca(e))},safe(e){return this.check(Ca(e))},positive(e){return this.check(Ht(0,e))},nonnegative(e){return this.check(Pt(0,e))},negative(e){return this.check(Kt(0,e))},nonpositive(e){return this.check(Rt(0,e))},multipleOf(e,t){return this.check(kr(e,t))},step(e,t){return this.check(kr(e,t))},finite(){return this}}));function Wf(e){return mp(Xn,e)}var nn=k("ZodNumberFormat",(e,t)=>{md.init(e,t),Xn.init(e,t)});function Ca(e){return gp(nn,e)}function bb(e){return bp(nn,e)}function yb(e){return yp(nn,e)}function vb(e){return vp(nn,e)}function wb(e){return wp(nn,e)}var Jn=k("ZodBoolean",(e,t)=>{Vi.init(e,t),ge.init(e,t),e._zod.processJSONSchema=(r,n,i)=>Jp(e,r,n,i)});function Xf(e){return xp(Jn,e)}var Yn=k("ZodBigInt",(e,t)=>{zs.init(e,t),ge.init(e,t),e._zod.processJSONSchema=(r,n,i)=>Yp(e,r,n,i)},X.derived({minValue:e=>Ve(e).minimum??null,maxValue:e=>Ve(e).maximum??null,format:e=>Ve(e).format??null},{gte(e,t){return this.check(Pt(e,t))},min(e,t){return this.check(Pt(e,t))},gt(e,t){return this.check(Ht(e,t))},lt(e,t){return this.check(Kt(e,t))},lte(e,t){return this.check(Rt(e,t))},max(e,t){return this.check(Rt(e,t))},positive(e){return this.check(Ht(BigInt(0),e))},negative(e){return this.check(Kt(BigInt(0),e))},nonpositive(e){return this.check(Rt(BigInt(0),e))},nonnegative(e){return this.check(Pt(BigInt(0),e))},multipleOf(e,t){return this.check(kr(e,t))}}));function xb(e){return $p(Yn,e)}var Qa=k("ZodBigIntFormat",(e,t)=>{hd.init(e,t),Yn.init(e,t)});function kb(e){return Ap(Qa,e)}function $b(e){return Sp(Qa,e)}var Jf=k("ZodSymbol",(e,t)=>{gd.init(e,t),ge.init(e,t),e._zod.processJSONSchema=(r,n,i)=>Qp(e,r,n,i)});function _b(e){return Rp(Jf,e)}var Yf=k("ZodUndefined",(e,t)=>{bd.init(e,t),ge.init(e,t),e._zod.processJSONSchema=(r,n,i)=>tf(e,r,n,i)});function Ab(e){return Pp(Yf,e)}var Qf=k("ZodNull",(e,t)=>{yd.init(e,t),ge.init(e,t),e._zod.processJSONSchema=(r,n,i)=>ef(e,r,n,i)});function em(e){return Ep(Qf,e)}var tm=k("ZodAny",(e,t)=>{vd.init(e,t),ge.init(e,t),e._zod.processJSONSchema=(r,n,i)=>of(e,r,n,i)});function Sb(){return Ip(tm)}var rm=k("ZodUnknown",(e,t)=>{wd.init(e,t),ge.init(e,t),e._zod.processJSONSchema=(r,n,i)=>sf(e,r,n,i)});function Qr(){return Tp(rm)}var nm=k("ZodNever",(e,t)=>{xd.init(e,t),ge.init(e,t),e._zod.processJSONSchema=(r,n,i)=>nf(e,r,n,i)});function ec(e){return Op(nm,e)}var im=k("ZodVoid",(e,t)=>{kd.init(e,t),ge.init(e,t),e._zod.processJSONSchema=(r,n,i)=>rf(e,r,n,i)});function Rb(e){return Cp(im,e)}var uo=k("ZodDate",(e,t)=>{$d.init(e,t),ge.init(e,t),e._zod.processJSONSchema=(r,n,i)=>af(e,r,n,i),e.min=(r,n)=>e.check(Pt(r,n)),e.max=(r,n)=>e.check(Rt(r,n))},X.derived({minDate:e=>{let{minimum:t}=Ve(e);return t?new Date(t):null},maxDate:e=>{let{maximum:t}=Ve(e);return t?new Date(t):null}},{}));function Pb(e){return Dp(uo,e)}var om=k("ZodArray",(e,t)=>{tn(),Ad.init(e,t),ge.init(e,t),e._zod.processJSONSchema=(r,n,i)=>vf(e,r,n,i),e.element=t.element},{min(e,t){return this.check(sr(e,t))},nonempty(e){return this.check(sr(1,e))},max(e,t){return this.check(Xr(e,t))},length(e,t){return this.check(Jr(e,t))},unwrap(){return this.element}});function lo(e,t){return Lp(om,e,t)}function Eb(e){let t=e._zod.def.shape;return tc(Object.keys(t))}var po=k("ZodObject",(e,t)=>{tn(),Sd.init(e,t),ge.init(e,t),e._zod.processJSONSchema=(r,n,i)=>wf(e,r,n,i),X.installLazyProp(e,"shape",r=>r._zod.def.shape,!1)},{keyof(){return tc(Object.keys(this._zod.def.shape))},catchall(e){return this.clone(X.mergeDefs(this._zod.def,{catchall:e}))},passthrough(){return this.clone(X.mergeDefs(this._zod.def,{catchall:Qr()}))},loose(){return this.clone(X.mergeDefs(this._zod.def,{catchall:Qr()}))},strict(){return this.clone(X.mergeDefs(this._zod.def,{catchall:ec()}))},strip(){return this.clone(X.mergeDefs(this._zod.def,{catchall:void 0}))},extend(e){return X.extend(this,e)},safeExtend(e){return X.safeExtend(this,e)},merge(e){return X.merge(this,e)},pick(e){return X.pick(this,e)},omit(e){return X.omit(this,e)},partial(...e){return X.partial(mo,this,e[0])},exactPartial(...e){return X.partial(nc,this,e[0],"exactPartial")},required(...e){return X.required(ic,this,e[0])}});function Ib(e,t){let r={type:"object",shape:e??{},...X.normalizeParams(t)};return new po(r)}function Tb(e,t){return new po({type:"object",shape:e,catchall:ec(),...X.normalizeParams(t)})}function Ob(e,t){return new po({type:"object",shape:e,catchall:Qr(),...X.normalizeParams(t)})}var fo=k("ZodUnion",(e,t)=>{Gi.init(e,t),ge.init(e,t),e._zod.processJSONSchema=(r,n,i)=>Ra(e,r,n,i),e.options=t.options});function Qn(e,t){return new fo({type:"union",options:e,...X.normalizeParams(t)})}var sm=k("ZodXor",(e,t)=>{fo.init(e,t),Rd.init(e,t),e._zod.processJSONSchema=(r,n,i)=>Ra(e,r,n,i),e.options=t.options});function Cb(e,t){return new sm({type:"union",options:e,inclusive:!1,...X.normalizeParams(t)})}var am=k("ZodDiscriminatedUnion",(e,t)=>{fo.init(e,t),Ed.init(e,t)});function Db(e,t,r){return new am({type:"union",options:t,discriminator:e,...X.normalizeParams(r)})}var cm=k("ZodIntersection",(e,t)=>{Id.init(e,t),ge.init(e,t),e._zod.processJSONSchema=(r,n,i)=>xf(e,r,n,i)});function um(e,t){return new cm({type:"intersection",left:e,right:t})}var lm=k("ZodTuple",(e,t)=>{tn(),Ms.init(e,t),ge.init(e,t),e._zod.processJSONSchema=(r,n,i)=>kf(e,r,n,i)},{rest(e){return this.clone({...this._zod.def,rest:e})},partial(){let e=this._zod.def;if(e.checks?.length)throw new Error(".partial() cannot be used on tuple schemas containing refinements");return this.clone({...e,items:e.items.map(t=>new mo({type:"optional",innerType:t}))})}});function dm(e,t,r){let n=t instanceof pe,i=n?r:t,o=n?t:null;return new lm({type:"tuple",items:e,rest:o,...X.normalizeParams(i)})}var Kn=k("ZodRecord",(e,t)=>{tn(),Td.init(e,t),ge.init(e,t),e._zod.processJSONSchema=(r,n,i)=>$f(e,r,n,i),e.keyType=t.keyType,e.valueType=t.valueType});function pm(e,t,r){return!t||!t._zod?new Kn({type:"record",keyType:so(),valueType:e,...X.normalizeParams(t)}):new Kn({type:"record",keyType:e,valueType:t,...X.normalizeParams(r)})}function Nb(e,t,r){return new Kn({type:"record",keyType:e,valueType:t,...X.normalizeParams(r),partial:!0})}function Fb(e,t,r){return new Kn({type:"record",keyType:e,valueType:t,mode:"loose",...X.normalizeParams(r)})}var fm=k("ZodMap",(e,t)=>{tn(),Od.init(e,t),ge.init(e,t),e._zod.processJSONSchema=(r,n,i)=>bf(e,r,n,i),e.keyType=t.keyType,e.valueType=t.valueType,e.min=(...r)=>e.check(Wt(...r)),e.nonempty=r=>e.check(Wt(1,r)),e.max=(...r)=>e.check($r(...r)),e.size=(...r)=>e.check(Wr(...r))});function Lb(e,t,r){return new fm({type:"map",keyType:e,valueType:t,...X.normalizeParams(r)})}var mm=k("ZodSet",(e,t)=>{tn(),Cd.init(e,t),ge.init(e,t),e._zod.processJSONSchema=(r,n,i)=>yf(e,r,n,i),e.min=(...r)=>e.check(Wt(...r)),e.nonempty=r=>e.check(Wt(1,r)),e.max=(...r)=>e.check($r(...r)),e.size=(...r)=>e.check(Wr(...r))});function zb(e,t){return new mm({type:"set",valueType:e,...X.normalizeParams(t)})}var Hn=k("ZodEnum",(e,t)=>{Dd.init(e,t),ge.init(e,t),e._zod.processJSONSchema=(n,i,o)=>cf(e,n,i,o),e.enum=t.entries,e.options=[...e._zod.values];let r=new Set(Object.keys(t.entries));e.extract=(n,i)=>{let o={};for(let s of n)if(r.has(s))o[s]=t.entries[s];else throw new Error(`Key ${s} not found in enum`);return new Hn({...t,checks:[],...X.normalizeParams(i),entries:o})},e.exclude=(n,i)=>{let o={...t.entries};for(let s of n)if(r.has(s))delete o[s];else throw new Error(`Key ${s} not found in enum`);return new Hn({...t,checks:[],...X.normalizeParams(i),entries:o})}});function tc(e,t){let r=Array.isArray(e)?Object.fromEntries(e.map(n=>[n,n])):e;return new Hn({type:"enum",entries:r,...X.normalizeParams(t)})}function Mb(e,t){return new Hn({type:"enum",entries:e,...X.normalizeParams(t)})}var hm=k("ZodLiteral",(e,t)=>{Nd.init(e,t),ge.init(e,t),e._zod.processJSONSchema=(r,n,i)=>uf(e,r,n,i),e.values=new Set(t.values),Object.defineProperty(e,"value",{get(){if(t.values.length>1)throw new Error("This schema contains multiple valid literal values. Use `.values` instead.");return t.values[0]}})});function Ub(e,t){return new hm({type:"literal",values:Array.isArray(e)?e:[e],...X.normalizeParams(t)})}var gm=k("ZodFile",(e,t)=>{Fd.init(e,t),ge.init(e,t),e._zod.processJSONSchema=(r,n,i)=>pf(e,r,n,i),e.min=(r,n)=>e.check(Wt(r,n)),e.max=(r,n)=>e.check($r(r,n)),e.mime=(r,n)=>e.check(zn(Array.isArray(r)?r:[r],n))});function qb(e){return zp(gm,e)}var bm=k("ZodTransform",(e,t)=>{tn(),Ld.init(e,t),ge.init(e,t),e._zod.processJSONSchema=(r,n,i)=>gf(e,r,n,i),e._zod.parse=(r,n)=>{if(n.direction==="backward")throw new wr(e.constructor.name);r.addIssue=o=>{if(typeof o=="string")r.issues.push(X.issue(o,r.value,t));else{let s=o;s.fatal&&(s.continue=!1),s.code??(s.code="custom"),"input"in s||(s.input=r.value),s.inst??(s.inst=e),r.issues.push(X.issue(s))}};let i=t.transform(r.value,r);return i instanceof Promise?i.then(o=>(r.value=o,r)):(r.value=i,r)}});function rc(e){return new bm({type:"transform",transform:e})}var mo=k("ZodOptional",(e,t)=>{Us.init(e,t),ge.init(e,t),e._zod.processJSONSchema=(r,n,i)=>Pa(e,r,n,i),e.unwrap=()=>e._zod.def.innerType});function en(e){return new mo({type:"optional",innerType:e})}var nc=k("ZodExactOptional",(e,t)=>{zd.init(e,t),ge.init(e,t),e._zod.processJSONSchema=(r,n,i)=>Pa(e,r,n,i),e.unwrap=()=>e._zod.def.innerType});function ym(e){return new nc({type:"optional",innerType:e})}var vm=k("ZodNullable",(e,t)=>{Md.init(e,t),ge.init(e,t),e._zod.processJSONSchema=(r,n,i)=>_f(e,r,n,i),e.unwrap=()=>e._zod.def.innerType});function ao(e){return new vm({type:"nullable",innerType:e})}function jb(e){return en(ao(e))}var wm=k("ZodDefault",(e,t)=>{Ud.init(e,t),ge.init(e,t),e._zod.processJSONSchema=(r,n,i)=>Rf(e,r,n,i),e.unwrap=()=>e._zod.def.innerType,e.removeDefault=e.unwrap});function xm(e,t){return new wm({type:"default",innerType:e,get defaultValue(){return typeof t=="function"?t():X.shallowClone(t)}})}var km=k("ZodPrefault",(e,t)=>{qd.init(e,t),ge.init(e,t),e._zod.processJSONSchema=(r,n,i)=>Pf(e,r,n,i),e.unwrap=()=>e._zod.def.innerType});function $m(e,t){return new km({type:"prefault",innerType:e,get defaultValue(){return typeof t=="function"?t():X.shallowClone(t)}})}var ic=k("ZodNonOptional",(e,t)=>{jd.init(e,t),ge.init(e,t),e._zod.processJSONSchema=(r,n,i)=>Af(e,r,n,i),e.unwrap=()=>e._zod.def.innerType});function _m(e,t){return new ic({type:"nonoptional",innerType:e,...X.normalizeParams(t)})}var Am=k("ZodSuccess",(e,t)=>{Zd.init(e,t),ge.init(e,t),e._zod.processJSONSchema=(r,n,i)=>ff(e,r,n,i),e.unwrap=()=>e._zod.def.innerType});function Zb(e){return new Am({type:"success",innerType:e})}var Sm=k("ZodCatch",(e,t)=>{Bd.init(e,t),ge.init(e,t),e._zod.processJSONSchema=(r,n,i)=>Ef(e,r,n,i),e.unwrap=()=>e._zod.def.innerType,e.removeCatch=e.unwrap});function Rm(e,t){return new Sm({type:"catch",innerType:e,catchValue:typeof t=="function"?t:X.constantCatch(t)})}var Pm=k("ZodNaN",(e,t)=>{Vd.init(e,t),ge.init(e,t),e._zod.processJSONSchema=(r,n,i)=>lf(e,r,n,i)});function Bb(e){return Fp(Pm,e)}var ho=k("ZodPipe",(e,t)=>{qs.init(e,t),ge.init(e,t),e._zod.processJSONSchema=(r,n,i)=>If(e,r,n,i),e.in=t.in,e.out=t.out});function Da(e,t){return new ho({type:"pipe",in:e,out:t})}var go=k("ZodCodec",(e,t)=>{ho.init(e,t),Ki.init(e,t)});function Vb(e,t,r){return new go({type:"pipe",in:e,out:t,transform:r.decode,reverseTransform:r.encode})}function Gb(e){let t=e._zod.def;return new go({type:"pipe",in:t.out,out:t.in,transform:t.reverseTransform,reverseTransform:t.transform})}var Em=k("ZodPreprocess",(e,t)=>{ho.init(e,t),Gd.init(e,t)}),Im=k("ZodReadonly",(e,t)=>{Kd.init(e,t),ge.init(e,t),e._zod.processJSONSchema=(r,n,i)=>Tf(e,r,n,i),e.unwrap=()=>e._zod.def.innerType});function Tm(e){return new Im({type:"readonly",innerType:e})}var Om=k("ZodTemplateLiteral",(e,t)=>{Hd.init(e,t),ge.init(e,t),e._zod.processJSONSchema=(r,n,i)=>df(e,r,n,i)});function Kb(e,t){return new Om({type:"template_literal",parts:e,...X.normalizeParams(t)})}var Cm=k("ZodLazy",(e,t)=>{Hi.init(e,t),ge.init(e,t),e._zod.processJSONSchema=(r,n,i)=>Cf(e,r,n,i),e.unwrap=()=>e._zod.def.getter()});function Dm(e){return new Cm({type:"lazy",getter:e})}var Nm=k("ZodPromise",(e,t)=>{Xd.init(e,t),ge.init(e,t),e._zod.processJSONSchema=(r,n,i)=>Of(e,r,n,i),e.unwrap=()=>e._zod.def.innerType});function Hb(e){return new Nm({type:"promise",innerType:e})}var Fm=k("ZodFunction",(e,t)=>{Wd.init(e,t),ge.init(e,t),e._zod.processJSONSchema=(r,n,i)=>hf(e,r,n,i)});function Wb(e){return new Fm({type:"function",input:Array.isArray(e?.input)?dm(e?.input):e?.input??lo(Qr()),output:e?.output??Qr()})}var bo=k("ZodCustom",(e,t)=>{Jd.init(e,t),ge.init(e,t),e._zod.processJSONSchema=(r,n,i)=>mf(e,r,n,i)});function Xb(e){let t=new Te({check:"custom"});return t._zod.check=e,t}function Jb(e,t){return Mp(bo,e??(()=>!0),t)}function Lm(e,t={}){return Up(bo,e,t)}function zm(e,t){return qp(e,t)}var Yb=jp,Qb=Zp,Mm=k("ZodInstanceOf",(e,t)=>{bo.init(e,t)},{properties(e,t){return this.check(Ln(e,t))}});function e2(e,t={}){let r=new Mm({type:"custom",check:"custom",fn:n=>n instanceof e,abort:!0,...X.normalizeParams(t)});return r._zod.bag.Class=e,r._zod.check=n=>{n.value instanceof e||n.issues.push({code:"invalid_type",expected:e.name,input:n.value,inst:r,path:[...r._zod.def.path??[]]})},r}var t2=(...e)=>Bp({Codec:go,Boolean:Jn,String:Wn},...e);function r2(e){let t=Dm(()=>Qn([so(e),Wf(),Xf(),em(),lo(t),pm(so(),t)]));return t}function n2(e,t){return new Em({type:"pipe",in:rc(e),out:t})}var H_={invalid_type:"invalid_type",too_big:"too_big",too_small:"too_small",invalid_format:"invalid_format",not_multiple_of:"not_multiple_of",unrecognized_keys:"unrecognized_keys",invalid_union:"invalid_union",invalid_key:"invalid_key",invalid_element:"invalid_element",invalid_value:"invalid_value",custom:"custom"};function W_(e){Le({customError:e})}function X_(){return Le().customError}var Um;Um||(Um={});var yo={};Qt(yo,{ZodISODate:()=>Pr,ZodISODateTime:()=>Rr,ZodISODuration:()=>Ir,ZodISOTime:()=>Er,date:()=>Y_,datetime:()=>J_,duration:()=>eA,time:()=>Q_});function J_(e){return eo(Rr,e)}function Y_(e){return to(Pr,e)}function Q_(e){return ro(Er,e)}function eA(e){return no(Ir,e)}var H={...ei,...Ta,iso:yo},tA=new Set(["$schema","$ref","$defs","definitions","$id","id","$comment","$anchor","$vocabulary","$dynamicRef","$dynamicAnchor","type","enum","const","anyOf","oneOf","allOf","not","properties","required","additionalProperties","patternProperties","propertyNames","minProperties","maxProperties","items","prefixItems","additionalItems","minItems","maxItems","uniqueItems","contains","minContains","maxContains","minLength","maxLength","pattern","format","minimum","maximum","exclusiveMinimum","exclusiveMaximum","multipleOf","description","default","contentEncoding","contentMediaType","contentSchema","unevaluatedItems","unevaluatedProperties","if","then","else","dependentSchemas","dependentRequired","nullable","readOnly"]);function rA(e,t){let r=e.$schema;return r==="https://json-schema.org/draft/2020-12/schema"?"draft-2020-12":r==="http://json-schema.org/draft-07/schema#"?"draft-7":r==="http://json-schema.org/draft-04/schema#"?"draft-4":t??"draft-2020-12"}function i2(e,t){return e.map((r,n)=>n<t?r:r.optional())}function nA(e){return e.replace(/~1/g,"/").replace(/~0/g,"~")}function iA(e,t){if(!e.startsWith("#"))throw new Error("External $ref is not supported, only local refs (#/...) are allowed");let r=e.slice(1).split("/").filter(Boolean);if(r.length===0)return t.rootSchema;let n=t.version==="draft-2020-12"?"$defs":"definitions";if(r[0]===n){let i=r[1]===void 0?void 0:nA(r[1]);if(!i||!t.defs[i])throw new Error(`Reference not found: ${e}`);return t.defs[i]}throw new Error(`Reference not found: ${e}`)}function oA(e,t){return H.transform(n=>n).check(n=>{let i=n.value;if(typeof i!="object"||i===null||Array.isArray(i))return;let o=Object.getOwnPropertyNames(i);if(t.minProperties!==void 0&&o.length<t.minProperties&&n.issues.push({origin:"object",code:"too_small",minimum:t.minProperties,inclusive:!0,message:`Too small: expected object to have >=${t.minProperties} properties`,input:i,inst:e,continue:!0}),t.maxProperties!==void 0&&o.length>t.maxProperties&&n.issues.push({origin:"object",code:"too_big",maximum:t.maxProperties,inclusive:!0,message:`Too big: expected object to have <=${t.maxProperties} properties`,input:i,inst:e,continue:!0}),t.keySchema)for(let s of o){let a=t.keySchema.safeParse(s);a.success||n.issues.push({code:"invalid_key",origin:"record",issues:a.error.issues,input:s,path:[s],continue:!0})}}).pipe(e)}function qm(e,t){if(e===null)return"z";let r=typeof e;if(r!=="object"){if(r==="number"&&Number.isNaN(e))return null;let n=String(e);return`${r[0]}${n.length}:${n}`}if(t.has(e))return null;t.add(e);try{if(Array.isArray(e)){let o=[];for(let s of e){let a=qm(s,t);if(a===null)return null;o.push(a)}return`a${o.length}:[${o.join(",")}]`}let n=Object.keys(e).sort(),i=[];for(let o of n){let s=qm(e[o],t);if(s===null)return null;i.push(`${o.length}:${o}=${s}`)}return`o${i.length}:{${i.join(",")}}`}finally{t.delete(e)}}var sA=new Set(["items","prefixItems","additionalItems","additionalProperties","contains","propertyNames","not","if","then","else","allOf","anyOf","oneOf","unevaluatedItems","unevaluatedProperties","contentSchema"]),aA=new Set(["properties","patternProperties","dependentSchemas","dependencies","$defs","definitions"]);function vo(e){return typeof e!="object"||e===null?!1:Array.isArray(e)?e.some(vo):typeof e.$ref=="string"?!0:Object.entries(e).some(([t,r])=>sA.has(t)?vo(r):!aA.has(t)||typeof r!="object"||r===null?!1:Object.values(r).some(vo))}function o2(e){return e===1?"element":"elements"}function cA(e,t){return H.transform(n=>n).check(n=>{let i=n.value;if(Array.isArray(i)){if(t.uniqueItems===!0){let o=new Map;for(let s=0;s<i.length;s++){let a=qm(i[s],new Set);if(a===null)continue;let u=o.get(a);if(u===void 0){o.set(a,s);continue}n.issues.push({code:"custom",message:`Array items must be unique: element at index ${s} duplicates the one at index ${u}`,input:i,path:[s],continue:!0})}}if(t.containsSchema){let o=t.minContains??1,s=t.maxContains!==void 0?t.maxContains+1:Number.POSITIVE_INFINITY,a=0;for(let u of i)if(t.containsSchema.safeParse(u).success&&++a>=s)break;a<o&&n.issues.push({code:"custom",message:`Array must contain at least ${o} matching ${o2(o)}; found ${a}`,input:i,continue:!0}),t.maxContains!==void 0&&a>t.maxContains&&n.issues.push({code:"custom",message:`Array must contain at most ${t.maxContains} matching ${o2(t.maxContains)}`,input:i,continue:!0})}}}).pipe(e)}function s2(e,t){if(e!==!1)return e===void 0||e===!0?H.any():lt(e,t)}var uA=/^(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d+)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;function a2(e,t){if(e.not!==void 0){if(typeof e.not=="object"&&Object.keys(e.not).length===0)return H.never();throw new Error("not is not supported in Zod (except { not: {} } for never)")}if(e.unevaluatedItems!==void 0)throw new Error("unevaluatedItems is not supported");if(e.unevaluatedProperties!==void 0)throw new Error("unevaluatedProperties is not supported");if(e.if!==void 0||e.then!==void 0||e.else!==void 0)throw new Error("Conditional schemas (if/then/else) are not supported");if(e.dependentSchemas!==void 0||e.dependentRequired!==void 0)throw new Error("dependentSchemas and dependentRequired are not supported");if(e.$ref){let i=e.$ref;if(t.refs.has(i))return t.refs.get(i);if(t.processing.has(i))return H.lazy(()=>{if(!t.refs.has(i))throw new Error(`Circular reference not resolved: ${i}`);return t.refs.get(i)});t.processing.add(i);let o=iA(i,t),s=lt(o,t);return t.refs.set(i,s),t.processing.delete(i),s}if(e.enum!==void 0){let i=e.enum;if(t.version==="openapi-3.0"&&e.nullable===!0&&i.length===1&&i[0]===null)return H.null();if(i.length===0)return H.never();if(i.length===1)return H.literal(i[0]);if(i.every(s=>typeof s=="string"))return H.enum(i);let o=i.map(s=>H.literal(s));return o.length<2?o[0]:H.union([o[0],o[1],...o.slice(2)])}if(e.const!==void 0)return H.literal(e.const);let r=e.type;if(Array.isArray(r)){let i=r.map(o=>{let s={...e,type:o};return a2(s,t)});return i.length===0?H.never():i.length===1?i[0]:H.union(i)}if(!r)return H.any();let n;switch(r){case"string":{let i=H.string();if(e.format){let o=e.format;o==="email"?i=i.check(H.email()):o==="uri"||o==="uri-reference"?i=i.check(H.url()):o==="uuid"||o==="guid"?i=i.check(H.uuid()):o==="date-time"?i=i.check(H.iso.datetime({offset:!0})):o==="date"?i=i.check(H.iso.date()):o==="time"?i=i.check(H.regex(uA)):o==="duration"?i=i.check(H.iso.duration()):o==="hostname"?i=i.check(H.hostname()):o==="ipv4"?i=i.check(H.ipv4()):o==="ipv6"?i=i.check(H.ipv6()):o==="mac"?i=i.check(H.mac()):o==="cidr"?i=i.check(H.cidrv4()):o==="cidr-v6"?i=i.check(H.cidrv6()):o==="base64"?i=i.check(H.base64()):o==="base64url"?i=i.check(H.base64url()):o==="e164"?i=i.check(H.e164()):o==="credit_card"?i=i.check(H.creditCard()):o==="iban"?i=i.check(H.iban()):o==="jwt"?i=i.check(H.jwt()):o==="emoji"?i=i.check(H.emoji()):o==="nanoid"?i=i.check(H.nanoid()):o==="cuid"?i=i.check(H.cuid()):o==="cuid2"?i=i.check(H.cuid2()):o==="ulid"?i=i.check(H.ulid()):o==="xid"?i=i.check(H.xid()):o==="ksuid"&&(i=i.check(H.ksuid()))}typeof e.minLength=="number"&&(i=i.min(e.minLength)),typeof e.maxLength=="number"&&(i=i.max(e.maxLength)),e.pattern&&(i=i.regex(new RegExp(e.pattern))),n=i;break}case"number":case"integer":{let i=r==="integer"?H.number().int():H.number();typeof e.minimum=="number"&&e.exclusiveMinimum!==!0&&(i=i.min(e.minimum)),typeof e.maximum=="number"&&e.exclusiveMaximum!==!0&&(i=i.max(e.maximum)),typeof e.exclusiveMinimum=="number"?i=i.gt(e.exclusiveMinimum):e.exclusiveMinimum===!0&&typeof e.minimum=="number"&&(i=i.gt(e.minimum)),typeof e.exclusiveMaximum=="number"?i=i.lt(e.exclusiveMaximum):e.exclusiveMaximum===!0&&typeof e.maximum=="number"&&(i=i.lt(e.maximum)),typeof e.multipleOf=="number"&&(i=i.multipleOf(e.multipleOf)),n=i;break}case"boolean":{n=H.boolean();break}case"null":{n=H.null();break}case"object":{let i={},o=e.properties||{},s=new Set(e.required||[]),a=typeof e.additionalProperties=="object"?lt(e.additionalProperties,t):void 0;for(let[p,f]of Object.entries(o)){let h=lt(f,t);Je(i,p,s.has(p)?h:h.optional())}if(e.patternProperties){let p=e.patternProperties,f=Object.keys(p),h=[];for(let g of f){let v=lt(p[g],t),$=H.string().regex(new RegExp(g));h.push(H.looseRecord($,v))}let b=[];if(Object.keys(i).length>0&&b.push(H.object(i).passthrough()),b.push(...h),b.length===0)n=H.object({}).passthrough();else if(b.length===1)n=b[0];else{let g=H.intersection(b[0],b[1]);for(let v=2;v<b.length;v++)g=H.intersection(g,b[v]);n=g}if(e.additionalProperties===!1){let g=Object.keys(i),v=f.map(w=>new RegExp(w)),$=n;n=n.check(w=>{if(!Tt(w.value))return;let x=[];for(let N of Object.keys(w.value))g.includes(N)||v.some(L=>L.test(N))||x.push(N);x.length&&w.issues.push({code:"unrecognized_keys",keys:x,input:w.value,inst:$})})}}else{let p=H.object(i);e.additionalProperties===!1?n=p.strict():a?n=p.catchall(a):n=p.passthrough()}let u=e.propertyNames!==void 0&&e.propertyNames!==!0,c=typeof e.minProperties=="number"?e.minProperties:void 0,l=typeof e.maxProperties=="number"?e.maxProperties:void 0;if(u||c!==void 0||l!==void 0){let p;if(u){let f=typeof e.propertyNames=="object"&&e.propertyNames.type===void 0?{type:"string",...e.propertyNames}:e.propertyNames;p=lt(f,t)}n=oA(n,{keySchema:p,minProperties:c,maxProperties:l})}break}case"array":{let i=e.prefixItems,o=e.items;if(i&&Array.isArray(i)){let s=typeof e.minItems=="number"?e.minItems:0,a=i.map(p=>lt(p,t)),u=i2(a,s),c=Array.isArray(o)?void 0:s2(o,t),l=H.tuple(u);n=c?l.rest(c):l,typeof e.minItems=="number"&&(n=n.check(H.minLength(e.minItems))),typeof e.maxItems=="number"&&(n=n.check(H.maxLength(e.maxItems)))}else if(Array.isArray(o)){let s=typeof e.minItems=="number"?e.minItems:0,a=o.map(p=>lt(p,t)),u=i2(a,s),c=s2(e.additionalItems,t),l=H.tuple(u);n=c?l.rest(c):l,typeof e.minItems=="number"&&(n=n.check(H.minLength(e.minItems))),typeof e.maxItems=="number"&&(n=n.check(H.maxLength(e.maxItems)))}else if(o!==void 0){let s=lt(o,t),a=H.array(s);typeof e.minItems=="number"&&(a=a.min(e.minItems)),typeof e.maxItems=="number"&&(a=a.max(e.maxItems)),n=a}else n=H.array(H.any());(e.uniqueItems===!0||e.contains!==void 0)&&(n=cA(n,{uniqueItems:e.uniqueItems===!0,containsSchema:e.contains!==void 0?lt(e.contains,t):void 0,minContains:typeof e.minContains=="number"?e.minContains:void 0,maxContains:typeof e.maxContains=="number"?e.maxContains:void 0}));break}default:throw new Error(`Unsupported type: ${r}`)}return n}function lt(e,t){if(typeof e=="boolean")return e?H.any():H.never();let r=a2(e,t),n=e.type||e.enum!==void 0||e.const!==void 0;if(e.anyOf&&Array.isArray(e.anyOf)){let a=e.anyOf.map(c=>lt(c,t)),u=H.union(a);r=n?H.intersection(r,u):u}if(e.oneOf&&Array.isArray(e.oneOf)){let a=e.oneOf.map(c=>lt(c,t)),u=H.xor(a);r=n?H.intersection(r,u):u}if(e.allOf&&Array.isArray(e.allOf))if(e.allOf.length===0)r=n?r:H.any();else{let a=n?r:lt(e.allOf[0],t),u=n?0:1;for(let c=u;c<e.allOf.length;c++)a=H.intersection(a,lt(e.allOf[c],t));r=a}e.nullable===!0&&t.version==="openapi-3.0"&&(r=H.nullable(r)),e.readOnly===!0&&(r=H.readonly(r)),e.default!==void 0&&(r=r.default(e.default));let i={},o=["$id","id","$comment","$anchor","$vocabulary","$dynamicRef","$dynamicAnchor"];for(let a of o)a in e&&(i[a]=e[a]);let s=["contentEncoding","contentMediaType","contentSchema"];for(let a of s)a in e&&(i[a]=e[a]);if(e.type==="object"&&e.$ref===void 0){e.propertyNames!==void 0&&!vo(e.propertyNames)&&(i.propertyNames=e.propertyNames);for(let a of["minProperties","maxProperties"])e[a]!==void 0&&(i[a]=e[a])}if(e.type==="array"&&e.$ref===void 0){e.contains!==void 0&&!vo(e.contains)&&(i.contains=e.contains);for(let a of["uniqueItems","minContains","maxContains"])e[a]!==void 0&&(i[a]=e[a])}for(let a of Object.keys(e))tA.has(a)||Je(i,a,e[a]);return Object.keys(i).length>0&&t.registry.add(r,i),e.description&&(r=r.describe(e.description)),r}function c2(e,t){if(typeof e=="boolean")return e?H.any():H.never();let r;try{r=JSON.parse(JSON.stringify(e))}catch{throw new Error("fromJSONSchema input is not valid JSON (possibly cyclic); use $defs/$ref for recursive schemas")}let n=rA(r,t?.defaultTarget),i=r.$defs||r.definitions||{},o={version:n,defs:i,refs:new Map,processing:new Set,rootSchema:r,registry:t?.registry??Ye};return lt(r,o)}var u2=Symbol("z.visit/resolving");function wo(e,t){let r=typeof t=="function"?t:(s,a)=>{let u=t[s._zod.def.type];return u?u(s,a):s},n=new Map;function i(s){let a=n.get(s);if(a===u2)return new Hi({type:"lazy",getter:()=>n.get(s)});if(a!==void 0)return a;n.set(s,u2);let u=o(s),c=r(u,u!==s);return n.set(s,c),c}function o(s){let a=s._zod.def,u=a.type;switch(u){case"object":{let c=a.shape,l=Object.keys(c),p=!1,f={};for(let b of l){let g=i(c[b]);g!==c[b]&&(p=!0),f[b]=g}let h=a.catchall;return a.catchall&&(h=i(a.catchall),h!==a.catchall&&(p=!0)),p?Se(s,{...a,shape:f,catchall:h}):s}case"array":{let c=i(a.element);return c===a.element?s:Se(s,{...a,element:c})}case"tuple":{let c=a.items,l=!1,p=[];for(let h of c){let b=i(h);b!==h&&(l=!0),p.push(b)}let f=a.rest;return a.rest&&(f=i(a.rest),f!==a.rest&&(l=!0)),l?Se(s,{...a,items:p,rest:f}):s}case"record":case"map":{let c=i(a.keyType),l=i(a.valueType);return c===a.keyType&&l===a.valueType?s:Se(s,{...a,keyType:c,valueType:l})}case"set":{let c=i(a.valueType);return c===a.valueType?s:Se(s,{...a,valueType:c})}case"union":{let c=a.options,l=!1,p=[];for(let f of c){let h=i(f);h!==f&&(l=!0),p.push(h)}return l?Se(s,{...a,options:p}):s}case"intersection":{let c=i(a.left),l=i(a.right);return c===a.left&&l===a.right?s:Se(s,{...a,left:c,right:l})}case"optional":case"nullable":case"default":case"prefault":case"catch":case"readonly":case"nonoptional":case"promise":case"success":{let c=i(a.innerType);return c===a.innerType?s:Se(s,{...a,innerType:c})}case"pipe":{let c=i(a.in),l=i(a.out);return c===a.in&&l===a.out?s:Se(s,{...a,in:c,out:l})}case"function":{let c=i(a.input),l=i(a.output);return c===a.input&&l===a.output?s:Se(s,{...a,input:c,output:l})}case"lazy":{let c=a.getter,{_cachedInner:l,...p}=a;return Se(s,{...p,getter:()=>i(c())})}case"template_literal":case"string":case"number":case"int":case"boolean":case"bigint":case"symbol":case"undefined":case"null":case"void":case"never":case"any":case"unknown":case"date":case"nan":case"enum":case"literal":case"file":case"transform":case"custom":return s;default:return s}}return i(e)}function l2(e){return wo(e,{object:t=>t.partial(),union:t=>{let r=t._zod.def;return r.discriminator===void 0?t:Qn(r.options)}})}function lA(e,t){if(!t?.length)return e;let r=e._zod.def;return Se(e,Ft(r,{checks:[...r.checks??[],...t]}),{parent:!0})}function d2(e){return lA(e.out,e.checks)}function dA(e){return e.in._zod.traits.has("$ZodTransform")?d2(e):e.in}function p2(e){return wo(e,{pipe:t=>dA(t._zod.def),default:(t,r)=>r?en(t._zod.def.innerType):t,catch:(t,r)=>r?t._zod.def.innerType:t})}function f2(e){return wo(e,{pipe:t=>d2(t._zod.def),prefault:(t,r)=>r?t._zod.def.innerType:t})}var jm={};Qt(jm,{bigint:()=>hA,boolean:()=>mA,date:()=>gA,number:()=>fA,string:()=>pA});function pA(e){return up(Wn,e)}function fA(e){return hp(Xn,e)}function mA(e){return kp(Jn,e)}function hA(e){return _p(Yn,e)}function gA(e){return Np(uo,e)}var oc={type:"decimal",min:"0",max:"1e12"},Mt=(e,t)=>({type:"decimal",min:e,max:t,integer:!0}),Zm={type:"text"},xo=["sd1.5","sdxl","sd3","flux1-dev","flux1-schnell"],ko={runs:oc,results:Mt("1","10000"),width:Mt("1","100000"),height:Mt("1","100000"),resolution:Zm,steps:Mt("1","10000"),seconds:{type:"decimal",min:"0",max:"1e7"},fps:Mt("1","1000"),frames:Mt("1","100000"),audio:{type:"boolean"},quality:Zm,characters:Mt("0","1e9"),referenceImages:Mt("0","100"),referenceVideoSeconds:{type:"decimal",min:"0",max:"86400"},format:Zm,bitDepth:Mt("1","64"),gpuCount:Mt("1","64"),worker:{type:"enum",values:["flex","active"]},coldStarts:oc,coldStartSeconds:{type:"decimal",min:"0",max:"86400"},idleSeconds:{type:"decimal",min:"0",max:"86400"},activeWorkers:Mt("0","100000"),setupSeconds:{type:"decimal",min:"0",max:"86400"},keepAlive:{type:"decimal",min:"0",max:"86400"},teardownSeconds:{type:"decimal",min:"0",max:"86400"},volumeGB:{type:"decimal",min:"0",max:"1e9"},containerDiskGB:{type:"decimal",min:"0",max:"1e9"},gpuPick:{type:"enum",values:["dearest","first"]},architecture:{type:"enum",values:xo}},Bm=Object.keys(ko),m2=["day","week","month"],h2={limit:oc,maxIncrease:oc,maxIncreasePercent:{type:"decimal",min:"0",max:"1e6"},unpriced:{type:"enum",values:["fail","warn"]},judge:{type:"enum",values:["expected","high"]},undeclared:{type:"enum",values:["fail","warn","off"]}},g2={maxVariance:{type:"decimal",min:"0",max:"1e6"}},b2=200,y2=1e6;function sc(e){if(e===null||typeof e!="object")return!1;let t=Object.getPrototypeOf(e);return t===Object.prototype||t===null}function v2(){return bA??=yA()}var bA;function yA(){let e=y.string().regex(/^(0|[1-9]\d*)(\.\d+)?$/,{message:'expected a non-negative decimal string such as "0.00116"'}),t=y.string().regex(/^\d{4}-\d{2}-\d{2}$/,{message:"expected a date as YYYY-MM-DD"}),r=y.enum(["image","megapixel","video","video_second","audio_second","character","request","gpu_second","gb_month","reference_image","reference_video_second","runner_second","video_token"]),n=y.enum(["published","measured","modeled","contract","account"]),i=y.union([y.string(),y.boolean(),y.number()]),o=y.object({gt:y.number().optional(),gte:y.number().optional(),lt:y.number().optional(),lte:y.number().optional()}).strict().refine(A=>Object.keys(A).length>0,{message:"a range needs at least one of gt, gte, lt, lte"}),s=y.union([i,y.array(i).min(1),o]),a=y.object({mode:y.enum(["ceil","floor","half-up"]),step:e.default("1"),scope:y.enum(["request","total"]).default("request")}).strict(),u=y.object({upTo:e.optional(),amount:e}).strict(),c=y.object({width:y.number().int().positive(),height:y.number().int().positive(),steps:y.number().int().positive(),amount:e}).strict(),l=y.object({low:y.union([e,y.array(c).min(1)]).optional(),high:y.union([e,y.array(c).min(1)]).optional(),source:y.url().optional(),note:y.string().min(1)}).strict().refine(A=>A.low!==void 0||A.high!==void 0,{message:"a range needs `low`, `high` or both"}),p={source:y.url({message:"expected the URL where the price is published"}),checkedAt:t,effectiveFrom:t,basis:n,verified:y.boolean().default(!0),note:y.string().optional()},f=y.object({charge:y.string().min(1).default("base"),unit:r,amount:e.optional(),tiers:y.array(u).min(1).optional(),measured:y.array(c).min(1).optional(),per:e.default("1"),pixelsPerMegapixel:e.optional(),quantityFrom:y.enum(["volumeGB","containerDiskGB"]).optional(),when:y.record(y.string(),s).default({}),absent:y.array(y.string().min(1)).min(1).optional(),optional:y.boolean().optional(),rounding:a.optional(),included:y.object({quantity:e,amount:e}).strict().optional(),range:l.optional(),...p}).strict().superRefine((A,ee)=>{A.range&&h(A,ee),A.included&&A.amount===void 0&&ee.addIssue({code:"custom",path:["included"],message:"`included` prices a first block ahead of `amount`: give `amount`, not tiers"}),[A.amount,A.tiers,A.measured].filter(ae=>ae!==void 0).length!==1&&ee.addIssue({code:"custom",message:"give exactly one of `amount`, `tiers` or `measured`"}),A.per==="0"&&ee.addIssue({code:"custom",path:["per"],message:"`per` must be greater than 0"}),A.tiers&&A.tiers.forEach((ae,R)=>{R===A.tiers.length-1!==(ae.upTo===void 0)&&ee.addIssue({code:"custom",path:["tiers",R,"upTo"],message:"every tier but the last needs `upTo`; the last has none"})}),A.unit==="megapixel"&&A.pixelsPerMegapixel===void 0&&ee.addIssue({code:"custom",path:["pixelsPerMegapixel"],message:"a megapixel rate must say how many pixels make one megapixel"}),A.measured&&A.unit!=="image"&&ee.addIssue({code:"custom",path:["unit"],message:"measured runs price one image: use unit `image`"})});function h(A,ee){let he=A.range,ae=A.amount!==void 0?"amount":A.measured?"measured":"tiers";for(let R of["low","high"]){let P=he[R];if(P===void 0)continue;let O=["range",R];if(ae==="tiers")ee.addIssue({code:"custom",path:O,message:"a tiered rate cannot carry a range yet: give the rate as `amount`"});else if(ae==="amount"&&typeof P!="string")ee.addIssue({code:"custom",path:O,message:`an \`amount\` rate's \`range.${R}\` is an amount such as "0.0013"`});else if(ae==="measured"&&typeof P=="string")ee.addIssue({code:"custom",path:O,message:`a measured rate's \`range.${R}\` is a list of measured runs`});else if(ae==="amount"&&typeof P=="string"){let[G,fe]=R==="low"?[P,A.amount]:[A.amount,P];le(G).greaterThan(fe)&&ee.addIssue({code:"custom",path:O,message:`\`range.${R}\` ${P} is on the wrong side of \`amount\` ${A.amount}`})}}}let b=f.and(y.object({appliesTo:y.array(y.string()).min(1),except:y.array(y.string()).default([])})),g=y.record(y.string(),y.array(y.string().min(1)).min(1)).default({}),v=y.union([y.array(y.number()).min(1),y.object({gte:y.number().optional(),lte:y.number().optional(),integer:y.boolean().default(!1)}).strict()]),$=y.object({amount:e,...p}).strict(),w=y.object({on:t,replacement:y.string().min(1),source:y.url()}).strict(),x=y.enum(["image","video","audio","gpu","storage","other"]),N=y.object({id:y.string().min(1),name:y.string().min(1),kind:x,aliases:y.array(y.string().min(1)).default([]),requires:y.array(y.string()).default([]),defaults:y.record(y.string(),i).default({}),accepts:g,allowed:y.record(y.string(),v).optional(),minimum:$.optional(),retired:w.optional(),rates:y.array(f).min(1),pool:y.object({id:y.string().min(1),source:y.url(),checkedAt:t,verified:y.boolean().default(!0),note:y.string().optional()}).strict().optional(),note:y.string().optional()}).strict(),L=y.object({ids:y.array(y.string().min(1)).min(1),reason:y.enum(["outside-pools","no-published-price","ambiguous","not-offered"]),instead:y.array(y.string().min(1)).min(1).optional(),name:y.string().min(1),pool:y.string().min(1).optional(),source:y.url(),checkedAt:t,verified:y.boolean().default(!0),note:y.string().optional()}).strict(),V=y.object({id:y.string().min(1),name:y.string().min(1),source:y.url({message:"expected the URL of the page that states the architecture"}),checkedAt:t,verified:y.boolean().default(!0),note:y.string().optional()}).strict(),Q=y.object({id:y.enum(xo),name:y.string().min(1),rates:y.array(f).min(1),models:y.array(V).default([]),note:y.string().optional()}).strict(),W=y.object({tier:y.number().int().positive(),purchasedUsd:e,maxMonthlySpendUsd:e}).strict(),J=y.object({$schema:y.string().optional(),provider:y.string().regex(/^[a-z][a-z0-9-]*$/,{message:"expected a lower-case provider id"}),name:y.string().min(1),currency:y.enum(["USD","credits"]),credit:y.object({usd:e,source:y.url(),checkedAt:t,effectiveFrom:t}).strict().optional(),billingSource:y.url(),defaults:y.record(y.string(),i).default({}),accepts:g,surcharges:y.array(b).default([]),usageTiers:y.object({source:y.url(),checkedAt:t,verified:y.boolean().default(!0),note:y.string().optional(),tiers:y.array(W).min(1)}).strict().optional(),models:y.array(N).min(1),unpricedNames:y.array(L).default([]),architectures:y.array(Q).default([]),communitySources:y.array(y.string().regex(/^[a-z0-9-]+$/,{message:"expected an AIR source such as `civitai`"})).default([])}).strict().superRefine((A,ee)=>{A.currency==="credits"&&!A.credit&&ee.addIssue({code:"custom",path:["credit"],message:"a catalog priced in credits needs `credit.usd`"});let he=new Set;A.architectures.forEach((ae,R)=>{he.has(ae.id)&&ee.addIssue({code:"custom",path:["architectures",R,"id"],message:`architecture \`${ae.id}\` is listed twice`}),he.add(ae.id)})});return{DecimalString:e,Unit:r,Basis:n,Condition:s,Rounding:a,RateRange:l,Rate:f,Allowed:v,Surcharge:b,ModelKind:x,Model:N,UnpricedName:L,ArchitectureEntry:Q,UsageTier:W,ProviderCatalog:J}}function w2(e){let t="";for(let r of e)typeof r=="number"?t+=`[${r}]`:t+=t===""?String(r):`.${String(r)}`;return t}function vA(e,t){let r=e,n=()=>{for(let o=0;o<20;o++){let s=r.def;if(!s)return;if(s.type==="optional"||s.type==="default"||s.type==="nullable"||s.type==="readonly")r=s.innerType;else if(s.type==="pipe")r=s.in?.def?.type==="transform"?s.out:s.in;else if(s.type==="intersection")r=s.left;else return}};for(let o of t){n();let s=r.def;if(s?.type==="array"&&typeof o=="number")r=s.element;else if(s?.type==="object"&&s.shape&&typeof o=="string")r=s.shape[o];else return[]}n();let i=r.def;return i?.type==="object"&&i.shape?Object.keys(i.shape):[]}var wA={object:"a mapping",array:"a list",string:"a string",boolean:"true or false",number:"a number"};function ac(e){if(e===void 0)return"nothing";if(e===null)return"null";if(typeof e=="number"&&!Number.isFinite(e))return Number.isNaN(e)?".nan":".inf";if(typeof e=="string")return JSON.stringify(e.length>40?e.slice(0,40)+"\u2026":e);if(Array.isArray(e))return"a list";if(typeof e=="object"&&e!==null&&"toFixed"in e){let t=String(e);return t.length>24?t.slice(0,24)+"\u2026":t}return typeof e=="object"?"a mapping":String(e)}function xA(e,t){let r=e;for(let n of t){if(r===null||typeof r!="object")return;r=r[n]}return r}function cc(e,t,r,n){let i=[];for(let o of e){if(o.code==="unrecognized_keys"){let l=vA(t,o.path);for(let p of o.keys){let f=[...o.path,p],h=gr(p,l),b=r.lineOf(f);i.push(new K(`unknown key \`${p}\``,{file:n,...b!==void 0?{line:b}:{},path:w2(f)},h?`did you mean \`${h}\`?`:`allowed keys: ${l.join(", ")}`))}continue}let s=r.lineOf(o.path),a=xA(r.value,o.path),u={file:n,...s!==void 0?{line:s}:{},path:w2(o.path)};if(a===void 0){let l=o.code==="custom"?o.message.replace(/^expected /,"add "):void 0;i.push(new K(`missing required \`${String(o.path.at(-1))}\``,u,l));continue}let c=o.code==="invalid_type"?`expected ${wA[o.expected]??o.expected}, got ${ac(a)}`:o.message.includes(", got ")?o.message:`${o.message}, got ${ac(a)}`;i.push(new K(c,u,kA(o,a)))}return i}function kA(e,t){if(e.code!=="invalid_value"||typeof t!="string")return;let r=e.values.filter(o=>typeof o=="string");if(!r.length)return;let n=String(e.path.at(-1)),i=gr(t,r);return i?`did you mean \`${n}: ${i}\`?`:`write \`${n}:\` as one of ${r.join(", ")}`}var xt=e=>e.trim().toLowerCase();function uc(e){let t=new Map,r=new Map,n=new Map,i=new Map,o=new Map;for(let s of e){if(t.has(s.provider))throw new K(`provider ${s.provider} appears in two catalog files`);t.set(s.provider,s);for(let a of s.models)for(let u of[a.id,...a.aliases]){let c=`${s.provider}\0${xt(u)}`;if(r.has(c))throw new K(`catalog ${s.provider}: model name \`${u}\` is used twice`,void 0,"make ids and aliases unique");r.set(c,{provider:s,model:a}),r.set(`${s.provider}\0${u}`,{provider:s,model:a})}o.set(s.provider,new Set((s.communitySources??[]).map(xt)));for(let a of s.architectures??[]){let u=$A(a);i.set(`${s.provider}\0${a.id}`,{provider:s,model:u,architecture:{entry:a}});for(let c of a.models??[]){let l=`${s.provider}\0${xt(c.id)}`;if(r.has(l))throw new K(`catalog ${s.provider}: community model \`${c.id}\` is also a model name or listed twice`,void 0,"list a community model under one architecture, and not as a model too");let p={provider:s,model:u,architecture:{entry:a,known:c}};r.set(l,p),r.set(`${s.provider}\0${c.id}`,p)}}for(let a of s.unpricedNames??[])for(let u of a.ids){let c=`${s.provider}\0${xt(u)}`;if(r.has(c)||n.has(c))throw new K(`catalog ${s.provider}: unpriced name \`${u}\` is also a model name or listed twice`,void 0,"a name is either a model (priced) or an unpriced name, once");n.set(c,a)}}return Object.freeze({providers:Object.freeze(e),provider:s=>t.get(xt(s)),model:(s,a)=>r.get(`${s}\0${a}`)??r.get(`${xt(s)}\0${xt(a)}`),unpricedName:(s,a)=>n.get(`${xt(s)}\0${xt(a)}`),architecture:(s,a)=>i.get(`${xt(s)}\0${xt(a)}`),isCommunity(s,a){let u=a.indexOf(":");return u>0&&(o.get(xt(s))?.has(xt(a.slice(0,u)))??!1)},suggest(s,a){let u=t.get(xt(s));return u?gr(a,u.models.flatMap(c=>[c.id,...c.aliases]),4):void 0}})}function $A(e){return{id:e.id,name:e.name,kind:"image",aliases:[],requires:[],defaults:{},accepts:{},rates:e.rates,...e.note?{note:e.note}:{}}}function x2(e,t){let r=t.loOpen?e.greaterThan(t.lo):e.greaterThanOrEqualTo(t.lo),n=t.hiOpen?e.lessThan(t.hi):e.lessThanOrEqualTo(t.hi);return r&&n}var k2=JSON.parse(String.raw`[
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
]`);var $2;function Vm(){return $2??=uc(k2),$2}var _2=new WeakMap,_A=Object.freeze({priceSource:"catalog"});function lc(e){return _2.get(e)??_A}function A2(e,t){_2.set(e,t)}var $o="genspend.prices.yml";function S2(){return AA??=SA()}var AA;function SA(){let e=y.string().regex(/^(0|[1-9]\d?)(\.\d+)?%$/,{message:'expected a percentage under 100 such as "15%" or "12.5%"'}),t=y.object({discount:e.optional(),models:y.array(v2().Model).default([])}).strict();return y.object({$schema:y.string().optional(),version:y.literal(1,{message:"expected `version: 1`"}),providers:y.record(y.string().regex(/^[a-z][a-z0-9-]*$/,{message:"expected a lower-case provider id"}),t)}).strict()}function R2(e,t){let r=Qo(e,t,{exactNumbers:!1}),n=S2(),i=n.safeParse(r.value);if(!i.success)throw new St(cc(i.error.issues,n,r,t));return i.data}function P2(e,t,r=$o){let n=e.providers.map(i=>{let o=t.providers[i.provider];if(!o)return i;let s=o.discount?new ye(1).minus(new ye(o.discount.slice(0,-1)).div(100)):void 0,a=(p,f)=>{let h={...p};return A2(h,f),h},u=o.models.map(p=>({...p,rates:p.rates.map(f=>a(f,{priceSource:r}))})),c=new Set(o.models.flatMap(p=>[p.id,...p.aliases]).map(p=>p.toLowerCase())),l=i.models.filter(p=>![p.id,...p.aliases].some(f=>c.has(f.toLowerCase()))).map(p=>s?{...p,...p.minimum?{minimum:{...p.minimum,amount:E2(p.minimum.amount,s)}}:{},rates:p.rates.map(f=>a(RA(f,s),{priceSource:r,discount:o.discount}))}:p);return{...i,models:[...u,...l]}});for(let i of Object.keys(t.providers))if(!e.provider(i))throw new K(`${r}: providers.${i}: genspend has no provider \`${i}\``,{file:r},`use one of ${e.providers.map(o=>o.provider).join(", ")}`);return uc(n)}var E2=(e,t)=>new ye(e).times(t).toFixed();function RA(e,t){let r=n=>E2(n,t);return{...e,...e.included?{included:{...e.included,amount:r(e.included.amount)}}:{},...e.amount!==void 0?{amount:r(e.amount)}:{},...e.tiers?{tiers:e.tiers.map(n=>({...n,amount:r(n.amount)}))}:{},...e.measured?{measured:e.measured.map(n=>({...n,amount:r(n.amount)}))}:{},...e.range?{range:PA(e.range,r)}:{}}}function _o(e,t,r=$o){return t===void 0?e:P2(e,R2(t,r),r)}function PA(e,t){let r=o=>o===void 0?void 0:typeof o=="string"?t(o):o.map(s=>({...s,amount:t(s.amount)})),n=r(e.low),i=r(e.high);return{...e,...n!==void 0?{low:n}:{},...i!==void 0?{high:i}:{}}}function Gm(e,t){if(t.base===null)return{catalog:_o(e,t.head,t.file)};let r=_o(e,t.base,t.file);if(t.base===t.head)return{catalog:r};_o(e,t.head,t.file);let n=t.base===void 0?"adds":t.head===void 0?"removes":"changes",i=t.subject?`this ${t.subject} ${n}`:`the head ${n}`;return{catalog:r,reason:{rule:"budget",level:"warn",scope:"pr",file:t.file,message:`${i} the price file \`${t.file}\` (applies after merge; until then ${t.base===void 0?"the built-in catalog prices":"the base's price file prices"} both sides)`,workloads:[]}}}var Km=/[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g,I2=new RegExp(Km.source),dc=e=>I2.test(e);function T2(e){let t=I2.exec(e);return t?{char:t[0],index:t.index}:void 0}var O2=e=>`U+${e.codePointAt(0).toString(16).toUpperCase().padStart(4,"0")}`;var Hm=new Map(Bm.map((e,t)=>[e,t]));function EA(e,t,r){let n=T2(e);n&&r.push(new K(`workload name ${JSON.stringify(e)} holds an invisible or control character (${O2(n.char)} at position ${n.index+1})`,t,"remove it: a name must read as it is matched"));let i=e.normalize("NFC").trim();return i||r.push(new K("workload name is empty",t,"give the workload a name")),i}function C2(e,t,r){let n=[],i=new Map,o=e.workloads.map((c,l)=>{let p=r(l),f={file:t,...p!==void 0?{line:p}:{}},h=`workloads[${l}]`,b=EA(c.name,{...f,path:`${h}.name`},n),g=i.get(b);g!==void 0&&n.push(new K(`workload name "${b}" is also used by workloads[${g}]`,{...f,path:`${h}.name`},"give every workload a unique name: the diff matches base and head by name")),i.set(b,l);let v=c.provider.trim().toLowerCase()==="runpod";v&&c.gpu===void 0&&c.model===void 0?n.push(new K("a runpod workload names its GPU with `gpu`",{...f,path:h},"add `gpu: H100 PRO` (see `genspend prices runpod`), or `model: network-volume` for storage")):v&&c.gpu!==void 0&&c.model!==void 0?n.push(new K("give either `gpu` or `model`, not both",{...f,path:h},"keep `gpu` for a GPU endpoint")):!v&&c.model===void 0?n.push(new K("missing required `model`",{...f,path:h},`add \`model:\` with a model id (see \`genspend prices ${c.provider}\`)`)):!v&&c.gpu!==void 0&&n.push(new K("`gpu` applies to runpod workloads only",{...f,path:`${h}.gpu`},"remove it"));let $=Object.keys(c).filter(x=>Hm.has(x)&&c[x]!==void 0);$.sort((x,N)=>Hm.get(x)-Hm.get(N));let w={};for(let x of $)w[x]=c[x];return{name:b,provider:c.provider,model:(Array.isArray(c.gpu)?c.gpu.join(","):c.gpu)??c.model,attributes:w,location:f,...c.endpointId!==void 0?{endpointId:c.endpointId}:{}}});if(n.length)throw new St(n);let s={...e.budget.limit!==void 0?{limit:e.budget.limit}:{},...e.budget.maxIncrease!==void 0?{maxIncrease:e.budget.maxIncrease}:{},...e.budget.maxIncreasePercent!==void 0?{maxIncreasePercent:e.budget.maxIncreasePercent}:{},unpriced:e.budget.unpriced??"warn",...e.budget.judge==="high"?{judge:"high"}:{},...e.budget.undeclared!==void 0?{undeclared:e.budget.undeclared}:{}},a=e.reconcile?.maxVariance!==void 0?{reconcile:{maxVariance:e.reconcile.maxVariance}}:{},u=e.scan?.exclude?.length?{scan:{exclude:e.scan.exclude}}:{};return{file:t,period:e.period,budget:s,...a,...u,workloads:o}}var D2=new WeakMap;function IA(e){let t=new ye(e.min),r=new ye(e.max),n=e.integer?"a whole number":"a number",i=a=>a.greaterThanOrEqualTo(1e6)?a.toExponential().replace("e+","e"):a.toFixed(),o=`${e.positive?"greater than "+i(t):"from "+i(t)} to ${i(r)}`,s=y.custom().superRefine((a,u)=>{if(!(a instanceof ye)){if(typeof a=="number"&&!Number.isFinite(a))u.addIssue({code:"custom",message:`expected ${n} ${o}, got ${Number.isNaN(a)?".nan":".inf"}`});else{if(typeof a=="number")return;u.addIssue({code:"custom",message:`expected ${n} ${o}`})}return}(e.positive?a.lessThanOrEqualTo(t):a.lessThan(t))||a.greaterThan(r)?u.addIssue({code:"custom",message:`expected ${n} ${o}`}):e.integer&&!a.isInteger()&&u.addIssue({code:"custom",message:`expected ${n} ${o}`})});return D2.set(s,{type:e.integer?"integer":"number",...e.positive?{exclusiveMinimum:t.toNumber()}:{minimum:t.toNumber()},maximum:r.toNumber()}),s}function TA(e){switch(e.type){case"decimal":return IA(e);case"text":return y.string().min(1);case"boolean":return y.boolean();case"enum":return y.enum(e.values)}}var Wm=e=>Object.fromEntries(Object.entries(e).map(([t,r])=>[t,TA(r)]));function ri(e){return y.preprocess(t=>sc(t)||t===void 0?t:OA,e)}var OA=Symbol("not a mapping"),CA=y.enum(m2),ti=Wm(h2),N2=y.object({limit:ti.limit.optional(),maxIncrease:ti.maxIncrease.optional(),maxIncreasePercent:ti.maxIncreasePercent.optional(),unpriced:ti.unpriced.optional(),judge:ti.judge.optional(),undeclared:ti.undeclared.optional()}).strict(),VO=ri(N2),DA=y.object({exclude:y.array(y.string().min(1)).max(1e3).optional()}).strict(),NA=y.object({maxVariance:Wm(g2).maxVariance.optional()}).strict(),FA=Wm(ko);var LA=y.union([y.string().min(1),y.array(y.string().min(1)).min(1,{message:"list at least one GPU"})],{error:"expected a GPU name (`gpu: ADA_24`) or a list of them in fallback order (`gpu: [ADA_24, AMPERE_24]`)"}),zA=ri(y.object({name:y.string().min(1).max(b2),description:y.string().optional(),provider:y.string().min(1),endpointId:y.string().min(1).optional(),model:y.string().min(1).optional(),gpu:LA.optional(),...Object.fromEntries(Object.entries(FA).map(([e,t])=>[e,t.optional()]))}).strict()),F2=y.custom(e=>e instanceof ye?e.equals(1):e===1,{message:"expected `version: 1` (the only manifest version so far)"});D2.set(F2,{const:1});var Xm=ri(y.object({$schema:y.string().optional(),version:F2,period:CA.default("month"),budget:ri(N2.default({})),reconcile:ri(NA).optional(),scan:ri(DA).optional(),workloads:y.array(zA).max(y2)}).strict());function L2(e,t){let r=Qo(e,t);if(!sc(r.value))throw new K(`expected a mapping with \`version\`, \`period\`, \`budget\` and \`workloads\`, got ${ac(r.value)}`,{file:t,line:1},"see examples/genspend.yml for the shape");let n=Xm.safeParse(r.value,{jitless:!0});if(!n.success)throw new St(cc(n.error.issues,Xm,r,t));return C2(n.data,t,i=>r.lineOf(["workloads",i]))}function Jm(e){return zr(e,({file:t,read:r})=>L2(r(),t))}function Ym(e){if(Array.isArray(e)){let r=e.map(Ym);return n=>r.some(i=>i(n))}if(typeof e=="object"&&e!==null){let r=e,n=r.gt??r.gte,i=r.lt??r.lte,o={lo:n===void 0?new ye(-1/0):new ye(n),loOpen:r.gt!==void 0,hi:i===void 0?new ye(1/0):new ye(i),hiOpen:r.lt!==void 0};return s=>{let a=z2(s);return a!==void 0&&x2(a,o)}}if(typeof e=="boolean")return r=>r===e;if(typeof e=="number"){let r=new ye(e);return n=>{let i=z2(n);return i!==void 0&&i.equals(r)}}let t=e.toLowerCase();return r=>typeof r=="string"&&r.trim().toLowerCase()===t}function z2(e){if(e instanceof ye)return e;if(typeof e=="string"&&/^-?\d+(\.\d+)?$/.test(e.trim()))return new ye(e.trim())}var MA={gt:">",gte:">=",lt:"<",lte:"<="};function Qm(e){if(Array.isArray(e))return e.map(String).join(" or ");if(typeof e=="object"&&e!==null){let t=e;return["gt","gte","lt","lte"].filter(r=>t[r]!==void 0).map(r=>`${MA[r]} ${t[r]}`).join(" and ")}return String(e)}var M2=new WeakMap,UA={ceil:ye.ROUND_CEIL,floor:ye.ROUND_FLOOR,"half-up":ye.ROUND_HALF_UP};function U2(e,t){return{rate:e,amount:e.amount===void 0?void 0:le(e.amount),per:le(e.per),perIsOne:le(e.per).equals(1),rounding:e.rounding&&{step:le(e.rounding.step),stepIsOne:le(e.rounding.step).equals(1),mode:UA[e.rounding.mode],scope:e.rounding.scope},tiers:e.tiers?.map(r=>({cap:r.upTo===void 0?void 0:le(r.upTo),amount:le(r.amount)})),included:e.included&&{quantity:le(e.included.quantity),amount:le(e.included.amount)},conditions:Object.entries(e.when),matchers:Object.entries(e.when).map(([r,n])=>[r,Ym(n)]),ref:Object.freeze({amount:e.amount??null,...e.tiers?{tiers:e.tiers}:{},...e.included?{included:e.included}:{},per:e.per,unit:e.unit,currency:t.currency,basis:e.basis,source:e.source,checkedAt:e.checkedAt,verified:e.verified,...e.note?{note:e.note}:{},...lc(e)})}}function qA(e,t){return e.surcharges.filter(r=>r.appliesTo.includes(t.kind)&&!r.except.includes(t.id))}function q2(e,t){let r=M2.get(t);if(r)return r;let n=e.currency==="credits"?le(e.credit.usd):le(1),i=new Map;for(let o of t.rates)i.set(o.charge,[...i.get(o.charge)??[],U2(o,e)]);return r={charges:[...i.entries()],surcharges:qA(e,t).map(o=>U2(o,e)),conditionKeys:[...new Set(t.rates.flatMap(o=>Object.keys(o.when)))],creditUsd:n,creditUsdIsOne:n.equals(1),defaults:Object.fromEntries(Object.entries({...e.defaults,...t.defaults}).map(([o,s])=>[o,typeof s=="number"?le(s):s])),required:new Map,priced:new Map,choices:new Map},r.choices=ZA(e,t,[...r.charges.flatMap(([,o])=>o),...r.surcharges],r.defaults),M2.set(t,r),r}var jA=Object.entries(ko).flatMap(([e,t])=>t.type==="enum"?[[e,t.values]]:[]);function ZA(e,t,r,n){let i=new Map,o=new Set;for(let{rate:u}of r)for(let[c,l]of Object.entries(u.when)){let p=Array.isArray(l)?l:[l];p.every(f=>typeof f=="string")?i.set(c,[...i.get(c)??[],...p]):o.add(c)}for(let u of o)i.delete(u);for(let[u,c]of Object.entries(e.accepts))i.has(u)&&i.get(u).push(...c);for(let[u,c]of Object.entries(t.accepts))i.set(u,[...i.get(u)??[],...c]);let s=r.some(({rate:u})=>u.unit==="gpu_second");for(let[u,c]of jA)(i.has(u)||u==="worker"&&s)&&i.set(u,[...i.get(u)??[],...c]);let a=new Map;for(let[u,c]of i){let l=n[u],p=new Map;for(let f of typeof l=="string"?[...c,l]:c)p.has(f.trim().toLowerCase())||p.set(f.trim().toLowerCase(),f);a.set(u,p)}return a}function j2(e,t){if(!t.includes(",")||!e.models.some(n=>n.pool))return;let r=t.split(",").map(n=>n.trim()).filter(n=>n.length>0);return r.length>1?r:void 0}function BA(e,t,r){let n=r.models.some(o=>o.pool);if(t.reason==="no-published-price")return`no published price for ${t.pool?`pool ${t.pool}`:`\`${e}\``} (${t.name})`;if(t.reason==="ambiguous"){let o=(t.instead??[]).map(s=>`\`${s}\``).join(", ");return`\`${e}\` does not say which ${n?"GPU":"endpoint"} (${t.name}); write one of: ${o}`}let i=r.models.flatMap(o=>o.pool?[o.pool.id]:[]);if(t.reason==="not-offered"){if(!n){let o=(t.instead??[]).map(s=>`\`${s}\``).join(", ");return`\`${e}\` is not offered by ${r.name} (${t.name})${o?`; use ${o}`:""}`}return`\`${e}\` is no ${r.name} GPU type (${t.name}); pick one of: ${i.join(", ")}`}return`\`${e}\` is a Pods GPU, not in any ${r.name} pool; pick one of: ${i.join(", ")}`}function Z2(e,t,r){let n=e.unpricedName(t.provider,r);return n?BA(r,n,t):void 0}var Tr={day:24,week:168,month:730};function eh(e,t){if(e.measured)return["runs","width","height","steps"];switch(e.unit){case"image":case"video":case"request":return["runs"];case"megapixel":return["runs","width","height"];case"video_second":case"audio_second":return["runs","seconds"];case"character":return["runs","characters"];case"gpu_second":return t==="active"?["activeWorkers"]:["runs","seconds"];case"gb_month":return[e.quantityFrom??"volumeGB"];case"reference_image":return["runs","referenceImages"];case"reference_video_second":return["runs","referenceVideoSeconds"];case"video_token":return["runs","width","height","fps","seconds"];case"runner_second":return["runs","seconds"]}}function V2(e,t){return e.unit==="gpu_second"?t==="active"?[]:["coldStartSeconds","idleSeconds"]:e.unit==="runner_second"?["setupSeconds","keepAlive"]:[]}function G2(e,t){let r=eh(e,t);if(e.measured)return[...r,"results"];switch(e.unit){case"image":case"video":case"megapixel":case"video_second":case"video_token":return[...r,"results"];case"gpu_second":return t==="active"?[...r,"worker","gpuCount","runs","seconds"]:[...r,"worker","gpuCount","coldStarts","coldStartSeconds","idleSeconds"];case"runner_second":return[...r,"gpuCount","coldStarts","setupSeconds","keepAlive","teardownSeconds"];default:return r}}function th(e,t,r){let{num:n,value:i}=r,o=a=>i(a)!==void 0,s=()=>o("results")?n("results"):Vt;switch(e){case"image":return[{label:"images",count:ht(n("runs"),s()),each:Vt}];case"video":return[{label:"videos",count:ht(n("runs"),s()),each:Vt}];case"request":return[{label:"requests",count:n("runs"),each:Vt}];case"megapixel":return[{label:"megapixels",count:ht(n("runs"),s()),each:Me(n("width").times(n("height")),GA(t))}];case"video_second":return[{label:"video seconds",count:ht(n("runs"),s()),each:n("seconds")}];case"audio_second":return[{label:"audio seconds",count:n("runs"),each:n("seconds")}];case"character":return[{label:"characters",count:n("runs"),each:n("characters")}];case"gpu_second":return KA(r);case"gb_month":return[{label:"GB-months",count:Vt,each:n(t.quantityFrom??"volumeGB")}];case"reference_image":return[{label:"reference images",count:n("runs"),each:n("referenceImages")}];case"reference_video_second":return[{label:"reference video seconds",count:n("runs"),each:n("referenceVideoSeconds")}];case"video_token":return[{label:"video tokens",count:ht(n("runs"),s()),each:VA(n)}];case"runner_second":return HA(r)}}function VA(e){return Me(e("width").times(e("height")).times(e("fps")).times(e("seconds")),1024)}var B2=new Map;function GA(e){let t=e.pixelsPerMegapixel??"1000000",r=B2.get(t);return r||B2.set(t,r=le(t)),r}function KA({num:e,value:t,period:r}){let n=t("gpuCount")!==void 0?e("gpuCount"):Vt;if(t("worker")==="active")return[{label:"always-on",count:ht(e("activeWorkers"),n),each:le(Tr[r]).times(3600)}];let i=[{label:"execution",count:ht(e("runs"),n),each:e("seconds")}];return t("coldStarts")!==void 0&&!e("coldStarts").isZero()&&(i.push({label:"cold starts",count:ht(e("coldStarts"),n),each:e("coldStartSeconds")}),i.push({label:"idle timeout",count:ht(e("coldStarts"),n),each:e("idleSeconds")})),i}function HA({num:e,value:t}){let r=t("gpuCount")!==void 0?e("gpuCount"):Vt,n=[{label:"execution",count:ht(e("runs"),r),each:e("seconds")}];if(t("coldStarts")===void 0||e("coldStarts").isZero())return n;let i=ht(e("coldStarts"),r);return n.push({label:"setup",count:i,each:e("setupSeconds")}),n.push({label:"keep-alive",count:i,each:e("keepAlive")}),t("teardownSeconds")!==void 0&&n.push({label:"teardown",count:i,each:e("teardownSeconds")}),n}var K2={published:2,contract:2,account:2,measured:1,modeled:0},Ao={megapixels:{from:["width","height"],compute:e=>e("width").times(e("height")).dividedBy(1e6)}};function rh(e,t,r){let n={name:e.name,provider:e.provider,model:e.model,...e.location?{location:e.location}:{},...e.endpointId!==void 0?{endpointId:e.endpointId}:{},runs:e.attributes.runs instanceof ye?e.attributes.runs:null,cost:null,credits:null,basis:null,lines:[],assumptions:[],warnings:[]},i=t.provider(e.provider);if(!i)return n.unpriced=`unknown provider \`${e.provider}\` (genspend prices ${t.providers.map(g=>g.provider).join(", ")})`,n;let o=i.provider==="runpod"?"GPU":"model";if(!e.model)return n.unpriced=`no ${o} given`,n;let s=t.model(i.provider,e.model);if(!s){let g=j2(i,e.model);if(g)return WA(e,g,t,r,n);let v=Z2(t,i,e.model);if(v)return n.unpriced=v,n;let $=XA(e,t,i,n);if(!$)return n;s=$}let{model:a}=s,u=q2(i,a),c=QA(e,u,YA(e,i,a,u));rS(e,i,a,u,c),oS(e,i,a,c),nS(e,a,u,c,n,s.architecture!==void 0),s.architecture&&JA(e,s.architecture,n);let l=[];for(let[g,v]of u.charges){let $,w=0;for(let x of v)H2(x,c.value)&&iS(x,c.value)&&($=x,w++);if(!(w===0&&v.every(x=>x.rate.optional))){if(w!==1)return n.unpriced=uS(a,g,v,w,c.value),n;l.push($)}}let p=new Set;for(let g of u.surcharges){if(!g.conditions.some(([$])=>!Ao[$]&&e.attributes[$]!==void 0))continue;let v=g.conditions.flatMap(([$])=>Ao[$]?.from??[$]).filter($=>c.value($)===void 0);if(v.length)throw new K(`workload "${e.name}": the ${i.name} "${g.rate.charge}" surcharge needs \`${v[0]}\``,e.location,`add \`${v[0]}:\` to the workload`,{workload:e.name,attribute:v[0],missing:v});if(H2(g,c.value)){if(p.has(g.rate.charge))return n.unpriced=`two ${i.name} "${g.rate.charge}" surcharges match; the catalog is ambiguous`,n;p.add(g.rate.charge),l.push(g)}}let f={num:c.num,value:c.value,period:r},h=l.map(g=>J2(g,u,f,n));for(let g of h)n.lines.push(...g);let b=cS(a,u,i,f,n.lines);b&&n.lines.push(b),n.cost=_e(n.lines.map(g=>g.amountUsd)),l.some(g=>g.rate.range)&&lS(a,u,f,l,h,n),i.currency==="credits"&&(n.credits=_e(n.lines.map(g=>g.amount)),n.creditUsd=u.creditUsd),n.basis=n.lines.reduce((g,v)=>K2[v.basis]<K2[g]?v.basis:g,n.lines[0]?.basis??"published");for(let g of c.defaulted)n.assumptions.push(`${g}: ${String(c.value(g))} (${i.name} default, not in the manifest)`);c.defaulted.size&&(n.defaulted=Object.fromEntries([...c.defaulted].map(g=>[g,String(c.value(g))])));for(let{rate:g}of l)g.verified||n.warnings.push(`unverified price for ${a.id}${g.charge==="base"?"":` (${g.charge})`}: ${g.note??"not confirmed against its source"}`);if(a.retired){let{on:g,replacement:v}=a.retired;n.warnings.push(`${a.id} was retired by ${i.name} on ${g}; use ${v}`)}return bS(f,c.value,n),n}function WA(e,t,r,n,i){let{gpuPick:o,...s}=e.attributes,a=typeof o=="string"&&o.trim().toLowerCase()==="first",u;for(let h of a?t.slice(0,1):t){let b=rh({...e,model:h,attributes:s},r,n);if(b.cost===null)return i.unpriced=`\`${h}\` in the GPU list ${t.join(", ")}: ${b.unpriced??"unpriced"}`,i;(!u||b.cost.greaterThan(u.estimate.cost))&&(u={id:h,estimate:b})}let{id:c,estimate:l}=u,p=r.model(e.provider,c).model,f=a?`the first of ${t.join(", ")} (gpuPick: first)`:`the dearest of ${t.join(", ")}: an endpoint may run its jobs on any GPU in its list (gpuPick: first prices the first)`;return{...l,model:e.model,assumptions:[`gpu: priced at ${c} (${p.id}), ${f}`,...l.assumptions]}}function XA(e,t,r,n){let i=e.model,o=e.attributes.architecture,s=(r.architectures??[]).map(p=>p.id);if(typeof o=="string"&&s.length){let p=t.architecture(r.provider,o);if(p)return p;n.unpriced=`no ${r.name} price for architecture \`${o}\` yet (the catalog prices ${s.join(", ")})`;return}let a=`add \`architecture:\` (one of ${xo.join(", ")}) to price it from ${r.name}'s measured runs`;if(t.isCommunity(r.provider,i)){n.unpriced=`${r.name} community model \`${i}\` is billed by its architecture: ${a}`;return}let u=r.provider==="runpod"?"GPU":"model",c=t.suggest(r.provider,i),l=s.length?`; if it is a community model, ${a}`:"";n.unpriced=`unknown ${r.name} ${u} \`${i}\`${c?` (did you mean \`${c}\`?)`:""}${l}`}function JA(e,t,r){let{entry:n,known:i}=t;r.architecture=n.id;let o=i?`the catalog lists ${i.name} as ${n.id} (${i.source})`:`\`architecture: ${n.id}\` in the workload`;r.assumptions.push(`architecture: priced as ${n.name} (\`${n.id}\`) from ${o}`);let s=e.attributes.architecture;i&&typeof s=="string"&&s!==n.id&&r.warnings.push(`\`architecture: ${s}\` ignored: the catalog lists ${e.model} as ${n.id} (${i.source})`),i&&!i.verified&&r.warnings.push(`unverified architecture for ${e.model}: ${i.note??"not confirmed against its source"}`)}function YA(e,t,r,n){let i;for(let[o,s]of Object.entries(e.attributes)){if(typeof s!="string")continue;let a=n.choices.get(o);if(!a)continue;let u=a.get(s.trim().toLowerCase());if(u!==void 0){u!==s&&(i??=new Map).set(o,u);continue}let c=[...a.values()],l=gr(s.trim(),c);throw new K(`workload "${e.name}": ${t.name} ${r.id} does not know \`${o}\` ${JSON.stringify(s)} (allowed: ${c.join(", ")})`,e.location,l?`did you mean \`${o}: ${l}\`?`:`write \`${o}:\` as one of ${c.join(", ")}`,{workload:e.name,attribute:o,value:s,allowed:c,...l?{suggestion:l}:{}})}return i}function QA(e,t,r){let n=t.defaults,i=new Set,o,s=u=>{let c=r?.get(u)??e.attributes[u];if(c!==void 0)return typeof c=="number"?le(c):c;let l=n[u];if(l!==void 0)return i.add(u),l;let p=Ao[u];if(p&&p.from.every(f=>s(f)!==void 0)){let f=o?.get(u);return f||(o??=new Map).set(u,f=p.compute(a)),f}},a=u=>{let c=s(u);if(c instanceof ye)return c;if(typeof c=="string"&&/^\d+(\.\d+)?$/.test(c.trim()))return le(c.trim());throw new K(`\`${u}\` must be a number, got ${JSON.stringify(c)}`,e.location)};return{value:s,num:a,defaulted:i}}function eS(e,t,r){let n=t.required.get(r);if(!n){let i=new Set(e.requires),o=e.rates.filter(s=>!s.optional);for(let s of o)for(let a of Object.keys(s.when))for(let u of Ao[a]?.from??[a])i.add(u);for(let s of o)for(let a of eh(s,r))i.add(a);for(let s of e.rates)for(let a of s.absent??[])i.delete(a);n=[...i],t.required.set(r,n)}return n}function tS(e,t,r){let n=t.priced.get(r);if(!n){let i=new Set(e.requires),o=[...t.charges.flatMap(([,s])=>s),...t.surcharges];for(let{rate:s}of o){for(let a of Object.keys(s.when))for(let u of Ao[a]?.from??[a])i.add(u);for(let a of G2(s,r))i.add(a)}t.priced.set(r,n=i)}return n}function rS(e,t,r,n,i){let o=i.value("worker"),s=typeof o=="string"?o:void 0,a=eS(r,n,s),u=i.value("coldStarts");if(u instanceof ye&&!u.isZero()){let b=new Set(r.rates.flatMap(g=>V2(g,s)));b.size&&(a=[...a,...b])}let c=a.filter(b=>i.value(b)===void 0),l=c[0];if(l===void 0)return;let p=r.rates.map(b=>b.when[l]).filter(b=>b!==void 0).map(Qm),f=p.length?` (one of: ${[...new Set(p)].join(", ")})`:"",h=c.length>1?`; also missing: ${c.slice(1).map(b=>`\`${b}\``).join(", ")}`:"";throw new K(`workload "${e.name}": ${t.name} ${r.id} needs \`${l}\`${f}${h}`,e.location,`add \`${l}:\` to the workload`,{workload:e.name,attribute:l,missing:c})}function nS(e,t,r,n,i,o){let s=n.value("worker"),a=typeof s=="string"?s:void 0,u=tS(t,r,a),c=a!==void 0&&r.choices.has("worker")?` with \`worker: ${a}\``:"";for(let l of Object.keys(e.attributes))o&&l==="architecture"||u.has(l)||i.warnings.push(`\`${l}\` does not change the price of ${t.id}${c}; ignored`)}function iS(e,t){return(e.rate.absent??[]).every(r=>t(r)===void 0)}function oS(e,t,r,n){for(let[i,o]of Object.entries(r.allowed??{})){let s=n.value(i);if(s===void 0)continue;let a=s instanceof ye?s:typeof s=="string"&&/^\d+(\.\d+)?$/.test(s.trim())?le(s.trim()):void 0;if(a&&sS(o,a))continue;let u=aS(o);throw new K(`workload "${e.name}": ${t.name} ${r.id} does not accept \`${i}\` ${String(s)} (allowed: ${u})`,e.location,`write \`${i}:\` as ${Array.isArray(o)?`one of ${u}`:u}`,{workload:e.name,attribute:i,value:String(s),allowed:Array.isArray(o)?o.map(String):[u]})}}function sS(e,t){return Array.isArray(e)?e.some(r=>t.equals(r)):e.integer&&!t.isInteger()?!1:(e.gte===void 0||t.greaterThanOrEqualTo(e.gte))&&(e.lte===void 0||t.lessThanOrEqualTo(e.lte))}function aS(e){if(Array.isArray(e))return e.join(", ");let t=e.integer?"a whole number":"a number";return e.gte!==void 0&&e.lte!==void 0?`${t} from ${e.gte} to ${e.lte}`:e.gte!==void 0?`${t} of at least ${e.gte}`:e.lte!==void 0?`${t} up to ${e.lte}`:t}function cS(e,t,r,n,i){let o=e.minimum;if(!o||n.value("runs")===void 0)return;let s=n.num("runs");if(s.isZero())return;let a=_e(i.map(p=>p.amount)),u=s.times(o.amount);if(a.greaterThanOrEqualTo(u))return;let c=u.minus(a),l=r.currency==="credits"?"credits":"USD";return{charge:"minimum",label:`minimum ${o.amount} ${l} per request applied (metered ${Fe(Me(a,s))})`,unit:"request",quantity:s,billedQuantity:s,rate:Object.freeze({amount:o.amount,per:"1",unit:"request",currency:r.currency,basis:o.basis,source:o.source,checkedAt:o.checkedAt,verified:o.verified,...o.note?{note:o.note}:{},...lc(e.rates[0])}),amount:c,amountUsd:t.creditUsdIsOne?c:c.times(t.creditUsd),basis:o.basis}}function H2(e,t){for(let[r,n]of e.matchers){let i=t(r);if(i===void 0||!n(i))return!1}return!0}function uS(e,t,r,n,i){let s=[...new Set(r.flatMap(u=>Object.keys(u.rate.when)))].map(u=>`${u}: ${String(i(u))}`).join(", ");if(n>1)return`${e.id}: more than one price matches ${s} (the catalog is ambiguous; run \`genspend catalog check\`)`;let a=r.map(u=>Object.entries(u.rate.when).map(([c,l])=>`${c} ${Qm(l)}`).join(", ")).join("; ");return`${e.id} has no ${t==="base"?"":`"${t}" `}price for ${s} (priced: ${a})`}function lS(e,t,r,n,i,o){let s={assumptions:[]},a=l=>{let p=Gt;n.forEach((h,b)=>{let g=dS(h,l),v=g?J2(g,t,r,s):i[b];p=p.plus(_e(v.map($=>$.amount)))});let f=e.minimum&&r.value("runs")!==void 0?r.num("runs"):void 0;return f&&!f.isZero()&&(p=ye.max(p,f.times(e.minimum.amount))),t.creditUsdIsOne?p:p.times(t.creditUsd)},u=ye.min(a("low"),o.cost),c=ye.max(a("high"),o.cost);o.range={low:u,high:c};for(let{rate:l}of n){if(!l.range)continue;let p=l.range.source?` (${l.range.source})`:"";o.assumptions.push(`price range ${Xe(u)} to ${Xe(c)}: ${l.range.note}${p}`)}}var W2=new WeakMap;function dS(e,t){let r=e.rate.range?.[t];if(r===void 0)return;let n=W2.get(e);n||W2.set(e,n={});let i=n[t];return i||(i=typeof r=="string"?{...e,amount:le(r),rate:{...e.rate,amount:r}}:{...e,rate:{...e.rate,measured:r}},n[t]=i),i}function J2(e,t,r,n){let{rate:i}=e,o=e.ref,s=i.basis,a,u;if(i.measured){let c=hS(i,r);a=c.amount,o={...o,amount:Fe(c.amount)},s=c.basis,c.assumption&&n.assumptions.push(c.assumption),u=th("image",i,r)}else u=th(i.unit,i,r);return u.map(c=>{let l=ht(c.count,c.each),p=pS(e,c,l),f;if(a?f=p.times(a):e.tiers?f=mS(e,p):e.included?f=fS(e,c.count,p):f=e.perIsOne?p.times(e.amount):Me(p.times(e.amount),e.per),i.unit==="gb_month"){let h=Tr[r.period];f=Me(f.times(h),Tr.month),r.period!=="month"&&n.assumptions.push(`storage prorated to ${h} of ${Tr.month} hours`)}return{charge:i.charge,label:i.charge==="base"?c.label:`${i.charge}: ${c.label}`,unit:i.unit,quantity:l,billedQuantity:p,rate:o,amount:f,amountUsd:t.creditUsdIsOne?f:f.times(t.creditUsd),basis:s}})}function pS(e,t,r){let n=e.rounding;if(!n)return r;let i=o=>n.stepIsOne?o.toDecimalPlaces(0,n.mode):o.dividedBy(n.step).toDecimalPlaces(0,n.mode).times(n.step);return n.scope==="request"?t.count.times(i(t.each)):i(r)}function fS(e,t,r){if(t.isZero())return Gt;let{quantity:n,amount:i}=e.included,o=ye.max(Gt,r.dividedBy(t).minus(n)),s=i.plus(e.perIsOne?o.times(e.amount):Me(o.times(e.amount),e.per));return t.times(s)}function mS(e,t){let r=Me(t,e.per),n=Gt,i=Gt;for(let o of e.tiers){let s=o.cap&&Me(o.cap,e.per),a=s===void 0?r:ye.min(r,s.minus(n));if(a.lessThanOrEqualTo(0))break;i=i.plus(a.times(o.amount)),r=r.minus(a),s!==void 0&&(n=s)}return i}var X2=new WeakMap;function hS(e,t){let r=`${t.num("width").toString()}x${t.num("height").toString()}x${t.num("steps").toString()}`,n=X2.get(e);n||X2.set(e,n=new Map);let i=n.get(r);return i||n.set(r,i=gS(e,t)),i}function gS(e,t){let r=t.num("width"),n=t.num("height"),i=t.num("steps"),o=r.times(n).times(i),s=(l,p)=>{let f=l.dividedBy(p);return ye.max(f,le(1).dividedBy(f))},a;for(let l of e.measured){if(r.equals(l.width)&&n.equals(l.height)&&i.equals(l.steps))return{amount:le(l.amount),basis:"measured"};let p={run:l,pixels:s(r.times(n),l.width*l.height),steps:s(i,l.steps)};(!a||p.pixels.lessThan(a.pixels)||p.pixels.equals(a.pixels)&&p.steps.lessThan(a.steps))&&(a=p)}let{run:u}=a;return{amount:Me(le(u.amount).times(o),u.width*u.height*u.steps),basis:"modeled",assumption:`modeled: scaled from the measured run at ${u.width}x${u.height}, ${u.steps} steps ($${u.amount} per image) by pixels and steps`}}function bS(e,t,r){if(t("worker")!=="active"||t("runs")===void 0||t("seconds")===void 0)return;let n=e.num("runs").times(e.num("seconds").ceil()),i=e.num("activeWorkers").times(Tr[e.period]*3600);n.greaterThan(i)&&r.warnings.push(`jobs need ${n.toFixed()} GPU-seconds but ${e.num("activeWorkers").toFixed()} active worker(s) provide ${i.toFixed()}: the overflow runs on flex workers and is not priced here; add a flex workload for it`)}function nh(e,t,r){if(new Set(e.map(a=>a.period)).size>1)throw new K(`manifests use different periods (${e.map(a=>`${a.file}: ${a.period}`).join(", ")})`,void 0,"use one `period` in every manifest, or price them separately");let i=r&&yS(r),o=zr(e,a=>{let u=zr(a.workloads,p=>{let f=i?.get(`${a.file}\0${p.name}`);return f&&f.period===a.period&&vS(f.spec,p)?xS(f.estimate,p):rh(p,t,a.period)}),c=_e(u.map(p=>p.cost).filter(p=>p!==null)),l=Y2(u.filter(p=>p.cost!==null),p=>p.cost);return{file:a.file,period:a.period,budget:a.budget,...a.reconcile?{reconcile:a.reconcile}:{},workloads:u,total:c,...l?{range:l}:{}}}),s=Y2(o,a=>a.total);return{period:e[0]?.period??"month",total:_e(o.map(a=>a.total)),...s?{range:s}:{},manifests:o}}function Y2(e,t){if(e.some(r=>r.range))return{low:_e(e.map(r=>r.range?.low??t(r))),high:_e(e.map(r=>r.range?.high??t(r)))}}function yS(e){let t=new Map;return e.manifests.forEach((r,n)=>{let i=e.estimate.manifests[n]?.workloads;r.workloads.forEach((o,s)=>{let a=i?.[s];a&&t.set(`${r.file}\0${o.name}`,{spec:o,estimate:a,period:r.period})})}),t}function vS(e,t){if(e.provider!==t.provider||e.model!==t.model||e.endpointId!==t.endpointId)return!1;let r=Object.keys(e.attributes);if(r.length!==Object.keys(t.attributes).length)return!1;for(let n of r){let i=e.attributes[n],o=t.attributes[n];if(i!==o&&!(i instanceof ye&&o instanceof ye&&wS(i,o)))return!1}return!0}function wS(e,t){if(e.s!==t.s||e.e!==t.e||!e.d||!t.d||e.d.length!==t.d.length)return!1;for(let r=0;r<e.d.length;r++)if(e.d[r]!==t.d[r])return!1;return!0}function xS(e,t){let{name:r,provider:n,model:i,location:o,...s}=e;return{name:r,provider:n,model:i,...t.location?{location:t.location}:{},...s}}var kS={"\n":"\\n","\r":"\\r","	":"\\t","\0":"\\0"},$S=e=>{let t=kS[e];if(t)return t;let r=e.charCodeAt(0);return r<=255?`\\x${r.toString(16).padStart(2,"0")}`:`\\u${r.toString(16).padStart(4,"0")}`};function Q2(e){return dc(e)?e.replace(Km,$S):e}function So(e){return!_S.test(e)&&!dc(e)?e:Q2(e.replace(/[\r\n]+/g," ")).replace(/&/g,"&amp;").replace(/</g,"&lt;").replace(/>/g,"&gt;").replace(/(^|[^A-Za-z0-9])@(?=[A-Za-z0-9])/g,"$1@\u200B").replace(/([\\`*_{}[\]#+!|~])/g,"\\$1")}var _S=/[\r\n&<>\\`*_{}[\]#+!|~@]/;function ih(e,t=80){let r=e.replace(/[^\p{L}\p{N} .,:/@+\-()$'=_]+/gu,"_").replace(/\s+/g," ").trim();return r.length>t?`${r.slice(0,t-1)}\u2026`:r}function ey(e){let t=e.places??2,r=n=>`[${n.map(i=>i.toFixed(t)).join(", ")}]`;return["```mermaid","xychart-beta",`  title "${ih(e.title,120)}"`,`  x-axis [${e.x.map(n=>`"${ih(n,40)}"`).join(", ")}]`,`  y-axis "${ih(e.yLabel,40)}"`,...(e.bars??[]).map(n=>`  bar ${r(n)}`),...(e.lines??[]).map(n=>`  line ${r(n)}`),"```"].join(`
`)}function Jt(e,t){return new Date(Date.parse(`${e}T00:00:00Z`)+t*864e5).toISOString().slice(0,10)}function oh(e,t){let r=[];for(let n=e;n<t;n=Jt(n,1))r.push(n);return r}function AS(e,t){let r=e.provider(t)?.credit?.usd;return r===void 0?void 0:le(r)}function ty(e,t,r){if(r.credits!==void 0){let n=AS(e,t);if(!n)throw new K(`${t} reports money in credits, but the catalog has no credit value for ${t}`,void 0,`add \`credit.usd\` to the ${t} catalog`);return le(r.credits).times(n)}if(r.amountUsd===void 0)throw new TypeError(`${t}: an amount needs \`amountUsd\` or \`credits\``);return le(r.amountUsd)}var ah="25";function ch(e){let t=/^\s*(\d+(?:\.\d+)?)\s*%?\s*$/.exec(e);return t?le(t[1]):null}var SS=/^\d{4}-\d{2}-\d{2}$/,RS=864e5;function uh(e,t,r,n){let i=PS(r),o=i*24,s=Tr[e.period],a=new Set(t.providers.map(x=>x.toLowerCase())),u=new Map,c=[];for(let x of e.manifests){let N=x.reconcile?.maxVariance;for(let L of x.workloads){let V=L.provider.trim().toLowerCase();if(!a.has(V))continue;let Q=ES(n.catalog,V,L);if(Q===void 0){c.push(IS(L,x.file,n.maxVariance??N??le(ah)));continue}let W=`${V}\0${Q.toLowerCase()}`,J=u.get(W);J||u.set(W,J={provider:V,model:Q,workloads:[],rows:[]}),J.workloads.push({w:L,file:x.file,maxVariance:N})}}let l=new Map,p=new Map;for(let x of t.rows){let N=x.provider.toLowerCase();if(!a.has(N)||x.date<r.startDate||x.date>=r.beforeDate)continue;let L=x.model===void 0?void 0:ny(n.catalog,N,x.model),V=L===void 0?void 0:u.get(`${N}\0${L.toLowerCase()}`),Q=p.get(x.date);Q||p.set(x.date,Q={billed:[],unplanned:[]});let W=lh(n.catalog,x);if(Q.billed.push(W),V)V.rows.push(x);else{Q.unplanned.push(W);let J=`${N}\0${x.model??""}`;l.set(J,[...l.get(J)??[],x])}}let f=[...u.values()].map(x=>TS(x,n,o,s)),h=[...l.values()].map(x=>NS(n.catalog,x)).sort(FS),b=[...f,...c],g=_e(h.map(x=>x.billedUsd)),v=_e(b.flatMap(x=>x.plannedUsd?[x.plannedUsd]:[])),$=Me(v,i),w=oh(r.startDate,r.beforeDate).map(x=>({date:x,plannedUsd:$,billedUsd:_e(p.get(x)?.billed??[]),unplannedUsd:_e(p.get(x)?.unplanned??[])}));return{window:{startDate:r.startDate,beforeDate:r.beforeDate,days:i},period:e.period,prorate:{hours:o,periodHours:s},lines:b,unplanned:h,plannedUsd:v,billedUsd:_e([...b.map(x=>x.billedUsd),g]),unplannedUsd:g,daily:w,verdict:b.some(x=>x.verdict==="fail")?"fail":"pass"}}function PS(e){for(let r of["startDate","beforeDate"]){let n=e[r];if(!SS.test(n)||Number.isNaN(Date.parse(`${n}T00:00:00Z`)))throw new K(`the window's ${r} must be a date as YYYY-MM-DD, got ${JSON.stringify(n)}`)}let t=Math.round((Date.parse(e.beforeDate)-Date.parse(e.startDate))/RS);if(t<1)throw new K(`the window ends (${e.beforeDate}, exclusive) before it starts (${e.startDate})`,void 0,"give an end after the start");return t}function ES(e,t,r){return t==="runpod"?r.endpointId:r.model===void 0?void 0:ny(e,t,r.model)}function ny(e,t,r){if(t==="runpod")return r;let n=e.model(t,r);return n&&!n.architecture?n.model.id:r.trim()}function IS(e,t,r){return{provider:e.provider,model:e.model??"",billedAs:[],workloads:[iy(e,t)],plannedUsd:null,billedUsd:Gt,differenceUsd:null,ratio:null,variancePercent:null,maxVariance:r,verdict:"unmatched",reasons:["Runpod bills per endpoint: add `endpointId` to the workload to match its billed spend"]}}var iy=(e,t)=>({file:t,name:e.name,...e.location?.line!==void 0?{line:e.location.line}:{}}),sh=(e,t,r)=>Me(e.times(t),r);function TS(e,t,r,n){let i=e.workloads.map(L=>L.maxVariance).filter(L=>L!==void 0),o=t.maxVariance??(i.length?OS(i):le(ah)),s=e.workloads.filter(({w:L})=>L.cost===null),a=s.length?null:_e(e.workloads.map(({w:L})=>L.cost)),u=a&&sh(a,r,n),c=_e(e.rows.map(L=>lh(t.catalog,L))),l=e.provider==="runway",p=l&&!s.length&&e.workloads.every(({w:L})=>L.credits!==null)?sh(_e(e.workloads.map(({w:L})=>L.credits)),r,n):null,f=l?_e(e.rows.filter(L=>L.credits!==void 0).map(L=>le(L.credits))):void 0,h=u&&yi(c,u),b=u&&!u.isZero()?Me(c,u):null,g=u&&!u.isZero()?Me(h.times(100),u):null,v=[],$="pass";u?g===null?c.isZero()||($="fail",v.push(`billed ${Xe(c)} against a plan of $0`)):g.abs().greaterThan(o)&&($="fail",v.push(`billed ${Xe(c)} against ${Xe(u)} planned for the window: ${mn(g,{sign:!0})}, more than the ${o.toFixed()}% allowed`)):($="unpriced",v.push(`${s.map(({w:L})=>L.name).join(", ")}: unpriced, so the bill cannot be judged against the plan`));let w=e.provider==="fal"?CS(e):void 0;w&&!w.comparable?v.push(`fal billed ${w.billedUnit} where the plan counts ${w.plannedUnit}: the unit prices are not compared`):w&&w.variancePercent.abs().greaterThan(o)&&($=$==="unpriced"?$:"fail",v.push(`unit price billed ${w.billed.toFixed()} per ${w.billedUnit??w.plannedUnit} against ${w.planned.toFixed()} per ${w.plannedUnit} planned: ${mn(w.variancePercent,{sign:!0})}, more than the ${o.toFixed()}% allowed`));let x=e.provider==="fal"?DS(e,r,n):void 0,N=[...new Set(e.rows.map(L=>L.model))].filter(L=>L!==e.model).sort();return{provider:e.provider,model:e.model,billedAs:N,workloads:e.workloads.map(({w:L,file:V})=>iy(L,V)),plannedUsd:u,billedUsd:c,...l?{plannedCredits:p,billedCredits:f}:{},differenceUsd:h,ratio:b,variancePercent:g,...w?{unitPrice:w}:{},...x?{quantity:x}:{},maxVariance:o,verdict:$,reasons:v}}function OS(e){return e.reduce((t,r)=>r.lessThan(t)?r:t)}function lh(e,t){return ty(e,t.provider.toLowerCase(),t.credits!==void 0?{credits:t.credits}:{amountUsd:t.amountUsd})}function CS(e){let t=e.workloads.map(({w:p})=>p.lines[0]?.rate),r=t[0];if(!r||r.amount===null||t.some(p=>!p||p.amount!==r.amount||p.per!==r.per||p.unit!==r.unit))return;let n=Me(le(r.amount),r.per),i=e.rows.filter(p=>p.units);if(!i.length||n.isZero())return;let o=new Set(i.map(p=>p.units.unitPrice===void 0?void 0:le(p.units.unitPrice).toFixed())),s=new Set(i.map(p=>p.units.unit)),a,[u]=o;if(o.size===1&&u!==void 0)a=le(u);else{let p=_e(i.map(f=>le(f.units.quantity)));if(p.isZero())return;a=Me(_e(i.map(f=>le(f.amountUsd??"0"))),p)}let[c]=s,l=s.size===1?c:void 0;return{...l!==void 0?{billedUnit:l}:{},plannedUnit:r.unit,comparable:l===void 0||ry(l)===ry(r.unit),billed:a,planned:n,variancePercent:Me(yi(a,n).times(100),n)}}function ry(e){return e.trim().toLowerCase().replace(/[\s-]+/g,"_").replace(/s$/,"")}function DS(e,t,r){let n=e.rows.filter(u=>u.units);if(!n.length)return;let i=_e(n.map(u=>le(u.units.quantity))),o=e.workloads.map(({w:u})=>u.lines[0]),s=o[0]?.unit,a=s!==void 0&&o.every(u=>u?.unit===s)?sh(_e(o.map(u=>u.billedQuantity)),t,r):null;return{billed:i,planned:a,ratio:a&&!a.isZero()?Me(i,a):null}}function NS(e,t){let r=t[0],n=t.some(a=>a.credits!==void 0),i=t.filter(a=>a.units),o=new Set(i.map(a=>a.units.unit)),[s]=o;return{provider:r.provider.toLowerCase(),model:r.model??null,billedUsd:_e(t.map(a=>lh(e,a))),...n?{billedCredits:_e(t.filter(a=>a.credits!==void 0).map(a=>le(a.credits)))}:{},...i.length?{quantity:{...o.size===1&&s!==void 0?{unit:s}:{},billed:_e(i.map(a=>le(a.units.quantity)))}}:{}}}function FS(e,t){let r=t.billedUsd.comparedTo(e.billedUsd);if(r)return r;let n=`${e.provider} ${e.model??""}`,i=`${t.provider} ${t.model??""}`;return n<i?-1:n>i?1:0}function dh(e){let t=r=>e.days.some(n=>n.credits!==void 0)?{credits:r}:{amountUsd:r};return e.days.flatMap(r=>{let n=Object.entries(r.byModel??{}),i=n.map(([s,a])=>{let u=r.units?.[s];return{provider:e.provider,model:s,date:r.date,...t(a),...u?{units:u}:{}}}),o=yi(le(r.credits??r.amountUsd),_e(n.map(([,s])=>le(s))));return(!o.isZero()||!n.length)&&i.push({provider:e.provider,date:r.date,...t(o.toFixed())}),i})}var uy=2,pc=e=>e==null?null:Fe(e),oy=e=>e===null?null:e.toFixed(2),sy=e=>e===null?null:e.toFixed(4);function ph(e,t){let r=t.filter(n=>n.error);return{version:uy,status:r.length?"error":e.verdict,window:e.window,period:e.period,prorate:{hours:e.prorate.hours,periodHours:e.prorate.periodHours,fraction:`${e.prorate.hours}/${e.prorate.periodHours}`},providers:t.map(({provider:n,...i})=>({provider:n,status:i.error?"error":"ok",...i})),totals:{plannedUsd:Fe(e.plannedUsd),billedUsd:Fe(e.billedUsd),unplannedUsd:Fe(e.unplannedUsd)},workloads:e.lines.map(LS),unplanned:e.unplanned.map(zS),daily:e.daily.map(n=>({date:n.date,plannedUsd:Fe(n.plannedUsd),billedUsd:Fe(n.billedUsd),unplannedUsd:Fe(n.unplannedUsd)}))}}function LS(e){return{provider:e.provider,model:e.model,billedAs:e.billedAs,workloads:e.workloads,verdict:e.verdict,plannedUsd:pc(e.plannedUsd),billedUsd:Fe(e.billedUsd),...e.billedCredits!==void 0?{plannedCredits:pc(e.plannedCredits),billedCredits:Fe(e.billedCredits)}:{},differenceUsd:pc(e.differenceUsd),ratio:sy(e.ratio),variancePercent:oy(e.variancePercent),maxVariancePercent:Fe(e.maxVariance),...e.unitPrice?{unitPrice:{billedUnit:e.unitPrice.billedUnit??null,plannedUnit:e.unitPrice.plannedUnit,billedUsd:Fe(e.unitPrice.billed),plannedUsd:Fe(e.unitPrice.planned),variancePercent:oy(e.unitPrice.variancePercent),compared:e.unitPrice.comparable}}:{},...e.quantity?{quantity:{billed:Fe(e.quantity.billed),planned:pc(e.quantity.planned),ratio:sy(e.quantity.ratio)}}:{},reasons:e.reasons}}function zS(e){return{provider:e.provider,model:e.model,billedUsd:Fe(e.billedUsd),...e.billedCredits!==void 0?{billedCredits:Fe(e.billedCredits)}:{},...e.quantity?{quantity:{unit:e.quantity.unit??null,billed:Fe(e.quantity.billed)}}:{}}}var MS={pass:"ok",fail:"OVER",unpriced:"unpriced",unmatched:"unmatched"},ay=e=>e.workloads.map(t=>t.name).join(", "),US=e=>e.billedAs.length?`${e.model} (billed as ${e.billedAs.join(", ")})`:e.model,qS=e=>e===null?"unpriced":Xe(e),ly=e=>e===null?"-":mn(e,{sign:!0}),cy=e=>`$${e.toSignificantDigits(6).toFixed()}`,jS=e=>e.unitPrice?`${cy(e.unitPrice.billed)}/${e.unitPrice.billedUnit??e.unitPrice.plannedUnit} vs ${cy(e.unitPrice.planned)}/${e.unitPrice.plannedUnit} (${ly(e.unitPrice.variancePercent)})`:"",ZS=e=>e.quantity?`${Ho(e.quantity.billed)} of ${e.quantity.planned?Ho(e.quantity.planned.toDecimalPlaces(2)):"?"}`:"";function BS(e,t){let r=t.filter(o=>o.error),n=e.lines.filter(o=>o.verdict==="fail").length;return`genspend reconcile: ${r.length?`ERROR (${r.length} of ${t.length} providers could not be read: ${r.map(o=>o.provider).join(", ")})`:n?`OVER (${n} of ${e.lines.length} over the variance)`:"OK"}; ${e.window.startDate} to ${e.window.beforeDate} (exclusive), ${e.window.days} days = ${e.prorate.hours}/${e.prorate.periodHours} of a ${e.period}`}function fh(e,t){let r=So,n=[`### ${r(BS(e,t).replace(/^genspend reconcile: /,"Reconcile: "))}`,""];n.push("| | Workload | Provider | Model | Planned | Billed | Difference | Variance | fal unit price | fal quantity |"),n.push("|---|---|---|---|--:|--:|--:|--:|---|---|");for(let o of e.lines)n.push(`| ${MS[o.verdict]} | ${r(ay(o))} | ${r(o.provider)} | ${r(US(o))} | ${qS(o.plannedUsd)} | ${Xe(o.billedUsd)} | ${o.differenceUsd?Xe(o.differenceUsd,{sign:!0}):"-"} | ${ly(o.variancePercent)} | ${r(jS(o))} | ${r(ZS(o))} |`);if(n.push("",`Planned ${Xe(e.plannedUsd)}, billed ${Xe(e.billedUsd)} (unplanned ${Xe(e.unplannedUsd)}).`),e.unplanned.length){n.push("","**Unplanned spend** (models no manifest declares), largest first:","","| Provider | Model | Billed |","|---|---|--:|");for(let o of e.unplanned)n.push(`| ${r(o.provider)} | ${r(o.model??"(not split by model)")} | ${Xe(o.billedUsd)} |`)}let i=e.lines.flatMap(o=>o.reasons.map(s=>`- ${r(ay(o))}: ${r(s)}`));for(let o of t)o.error&&i.push(`- ${r(o.error.message)}`);return i.length&&n.push("",...i),n.push("",...VS(e)),n.join(`
`)+`
`}function VS(e){return[`**Planned against billed per day** (USD; bars: billed, unplanned spend included; line: the plan spread evenly, ${Xe(e.daily[0]?.plannedUsd??e.plannedUsd)} a day):`,"",ey({title:`Billed and planned per day, ${e.window.startDate} to ${e.daily.at(-1)?.date??e.window.startDate}`,x:e.daily.map(t=>t.date.slice(5)),yLabel:"USD",bars:[e.daily.map(t=>t.billedUsd)],lines:[e.daily.map(t=>t.plannedUsd)]})]}var GS=new Set(["rate-limited","unavailable","timeout","network"]),Ut=class e extends Error{name="ProviderError";kind;provider;status;retryable;retryAfterMs;constructor(t){super(t.message),this.kind=t.kind,this.provider=t.provider,t.status!==void 0&&(this.status=t.status),this.retryable=GS.has(t.kind),t.retryAfterMs!==void 0&&(this.retryAfterMs=t.retryAfterMs)}redact(t){let r=fc(this.message,t);if(r===this.message)return this;let n={kind:this.kind,provider:this.provider,message:r};return this.status!==void 0&&(n.status=this.status),this.retryAfterMs!==void 0&&(n.retryAfterMs=this.retryAfterMs),new e(n)}};function dy(e){return e instanceof Ut}function fc(e,t){let r=e;for(let n of t)n.length>=4&&(r=r.replace(new RegExp(KS(n),"giu"),"[redacted]"));return r}function KS(e){return e.replace(/[.*+?^${}()|[\]\\]/g,"\\$&")}var Dt=class extends Error{constructor(r,n){super(n);this.kind=r}kind;name="TransportError"};function Or(e,t,r=!1){let n=`${r?"would take":"took"} longer than ${e.seconds} s (the deadline for one account read)`;return new Dt("deadline",t?`${n}: ${t}`:n)}function HS(e){return e>=1024*1024&&e%(1024*1024)===0?`${e/(1024*1024)} MiB`:e>=1024&&e%1024===0?`${e/1024} KiB`:`${e} bytes`}function ni(e){return new Dt("too-large",`the response is larger than ${HS(e)}, the size limit for one answer`)}var on=class{constructor(t){this.text=t}text};function ii(e){return WS.test(e)}var WS=/^-?[0-9]+$/;function mc(e){return XS.test(e)}var XS=/^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;function hc(e,t){if(ii(e))return Number.isSafeInteger(Number.parseInt(e,10));let r=Number.parseFloat(e);if(Number.isInteger(r)&&!Number.isSafeInteger(r))return!1;let n=String(r);if(e===n)return!0;let i=py(e),o=py(n);return!!(i===o||t?.approx===!0&&o.length>=14&&i.startsWith(o.substring(0,14)))}var sn=(function(e){return e.underflow="underflow",e.overflow="overflow",e.truncate_integer="truncate_integer",e.truncate_float="truncate_float",e})({});function mh(e){if(hc(e,{approx:!1}))return;if(ii(e))return sn.truncate_integer;let t=Number.parseFloat(e);return Number.isFinite(t)?t===0?sn.underflow:sn.truncate_float:sn.overflow}function py(e){let{start:t,end:r}=JS(e),n=e.substring(t,r),i=n.indexOf(".");return i===-1?n:n.substring(0,i)+n.substring(i+1)}function JS(e){let t=0;for(e[0]==="-"&&t++;e[t]==="0"||e[t]===".";)t++;let r=e.lastIndexOf("e");for(r===-1&&(r=e.lastIndexOf("E")),r===-1&&(r=e.length);(e[r-1]==="0"||e[r-1]===".")&&r>t;)r--;return{start:t,end:r}}var fy=Symbol.for("lossless-json.LosslessNumber"),an=class{value;isLosslessNumber=!0;get[fy](){return!0}constructor(t){if(!mc(t))throw new Error(`Invalid number (value: "${t}")`);this.value=t}valueOf(){let t=mh(this.value);if(t===void 0||t===sn.truncate_float)return Number.parseFloat(this.value);if(ii(this.value))return BigInt(this.value);throw new Error(`Cannot safely convert to number: the value '${this.value}' would ${t} and become ${Number.parseFloat(this.value)}`)}toString(){return this.value}};function oi(e){return e!==null&&typeof e=="object"&&e[fy]===!0}function hh(e){return new an(e)}function my(e,t){return gh({"":e},"",e,t)}function gh(e,t,r,n){return Array.isArray(r)?n.call(e,t,eR(r,n)):r&&typeof r=="object"&&!oi(r)?n.call(e,t,QS(r,n)):n.call(e,t,r)}function QS(e,t){for(let r of Object.keys(e)){let n=gh(e,r,e[r],t);n!==void 0?e[r]=n:delete e[r]}return e}function eR(e,t){for(let r=0;r<e.length;r++){let n=gh(e,String(r),e[r],t);n===void 0?delete e[r]:e[r]=n}return e}function vh(e,t,r){let n=typeof r=="function"?{parseNumber:r}:r,i=n?.parseNumber??hh,o=n?.onDuplicateKey??Q,s=0,a=l();return $(a),x(),t?my(a,t):a;function u(){if(e.charCodeAt(s)===sR){s++,f();let G={},fe=!0;for(;s<e.length&&e.charCodeAt(s)!==by;){fe?fe=!1:(g(),f());let Ce=s,xe=h();if(xe===void 0){V();return}f(),v();let rt=l();if(rt===void 0){he();return}if(Object.prototype.hasOwnProperty.call(G,xe)&&!yh(rt,G[xe])){let dt=o({key:xe,position:Ce+1,oldValue:G[xe],newValue:rt});dt!==void 0&&hy(G,xe,dt)}else hy(G,xe,rt)}return e.charCodeAt(s)!==by&&W(),s++,G}}function c(){if(e.charCodeAt(s)===aR){s++,f();let G=[],fe=!0;for(;s<e.length&&e.charCodeAt(s)!==yy;){fe?fe=!1:g();let Ce=l();w(Ce),G.push(Ce)}return e.charCodeAt(s)!==yy&&J(),s++,G}}function l(){f();let G=h()??b()??u()??c()??p("true",!0)??p("false",!1)??p("null",null);return f(),G}function p(G,fe){if(e.slice(s,s+G.length)===G)return s+=G.length,fe}function f(){for(;tR(e.charCodeAt(s));)s++}function h(){if(e.charCodeAt(s)===bh){s++;let G="";for(;s<e.length&&e.charCodeAt(s)!==bh;){if(e.charCodeAt(s)===oR){let fe=e[s+1],Ce=iR[fe];Ce!==void 0?(G+=Ce,s++):fe==="u"?gc(e.charCodeAt(s+2))&&gc(e.charCodeAt(s+3))&&gc(e.charCodeAt(s+4))&&gc(e.charCodeAt(s+5))?(G+=String.fromCharCode(Number.parseInt(e.slice(s+2,s+6),16)),s+=5):ae(s):ee(s)}else nR(e.charCodeAt(s))?G+=e[s]:A(e[s]);s++}return L(),s++,G}}function b(){let G=s;if(e.charCodeAt(s)===vy&&(s++,N(G)),e.charCodeAt(s)===wh)s++;else if(rR(e.charCodeAt(s)))for(s++;bc(e.charCodeAt(s));)s++;else return;if(e.charCodeAt(s)===hR)for(s++,N(G);bc(e.charCodeAt(s));)s++;if(e.charCodeAt(s)===wR||e.charCodeAt(s)===vR)for(s++,(e.charCodeAt(s)===vy||e.charCodeAt(s)===pR)&&s++,N(G);bc(e.charCodeAt(s));)s++;if(s>G)return i(e.slice(G,s))}function g(){if(e.charCodeAt(s)!==mR)throw new SyntaxError(`Comma ',' expected after value ${O()}`);s++}function v(){if(e.charCodeAt(s)!==gR)throw new SyntaxError(`Colon ':' expected after property name ${O()}`);s++}function $(G){if(G===void 0)throw new SyntaxError(`JSON value expected ${O()}`)}function w(G){if(G===void 0)throw new SyntaxError(`Array item expected ${O()}`)}function x(){if(s<e.length)throw new SyntaxError(`Expected end of input ${O()}`)}function N(G){if(!bc(e.charCodeAt(s))){let fe=e.slice(G,s);throw new SyntaxError(`Invalid number '${fe}', expecting a digit ${O()}`)}}function L(){if(e.charCodeAt(s)!==bh)throw new SyntaxError(`End of string '"' expected ${O()}`)}function V(){throw new SyntaxError(`Quoted object key expected ${O()}`)}function Q({key:G,position:fe}){throw new SyntaxError(`Duplicate key '${G}' encountered at position ${fe}`)}function W(){throw new SyntaxError(`Quoted object key or end of object '}' expected ${O()}`)}function J(){throw new SyntaxError(`Array item or end of array ']' expected ${O()}`)}function A(G){throw new SyntaxError(`Invalid character '${G}' ${R()}`)}function ee(G){let fe=e.slice(G,G+2);throw new SyntaxError(`Invalid escape character '${fe}' ${R()}`)}function he(){throw new SyntaxError(`Object value expected after ':' ${R()}`)}function ae(G){let fe=e.slice(G,G+6);throw new SyntaxError(`Invalid unicode character '${fe}' ${R()}`)}function R(){return`at position ${s}`}function P(){return s<e.length?`but got '${e[s]}'`:"but reached end of input"}function O(){return`${P()} ${R()}`}}function hy(e,t,r){t==="__proto__"?Object.defineProperty(e,t,{value:r,writable:!0,enumerable:!0,configurable:!0}):e[t]=r}function tR(e){return e===cR||e===uR||e===lR||e===dR}function gc(e){return e>=wh&&e<=xh||e>=bR&&e<=xR||e>=yR&&e<=kR}function bc(e){return e>=wh&&e<=xh}function rR(e){return e>=fR&&e<=xh}function nR(e){return e>=32&&e<=1114111}function yh(e,t){return e===t?!0:Array.isArray(e)&&Array.isArray(t)?e.length===t.length&&e.every((r,n)=>yh(r,t[n])):gy(e)&&gy(t)?[...new Set([...Object.keys(e),...Object.keys(t)])].every(n=>yh(e[n],t[n])):!1}function gy(e){return typeof e=="object"&&e!==null}var iR={'"':'"',"\\":"\\","/":"/",b:"\b",f:"\f",n:`
`,r:"\r",t:"	"},oR=92,sR=123,by=125,aR=91,yy=93,cR=32,uR=10,lR=9,dR=13,bh=34,pR=43,vy=45,wh=48,fR=49,xh=57,mR=44,hR=46,gR=58,bR=65,yR=97,vR=69,wR=101,xR=70,kR=102;var $R=/^(mon|tue|wed|thu|fri|sat|sun)[a-z]*,? .*\d{1,2}:\d{2}:\d{2}/i;function yc(e,t){if(e===void 0)return;let r=e.trim(),n;if(/^\d+(\.\d+)?$/.test(r))n=Math.round(Number(r)*1e3);else if($R.test(r)){let i=Date.parse(r);Number.isNaN(i)||(n=Math.max(0,i-t))}return n!==void 0&&Number.isFinite(n)&&n<=864e5?n:void 0}var xy=[{pattern:/user is locked/i,kind:"locked"},{pattern:/not have enough credits|insufficient (credits|balance|funds)/i,kind:"insufficient-credits"},{pattern:/daily task limit/i,kind:"daily-limit"}];function ky(e){return xy.some(t=>t.pattern.test(e))}var _R=/unauthori[sz]ed|invalid api[ _-]?key|api[ _-]?key (is )?(invalid|missing|not valid)|authentication (failed|required)/i,wy=300;function AR(e){if(e instanceof on)return e.text.trimStart().startsWith("<")?void 0:Cr(e.text);if(typeof e=="string")return Cr(e);if(!cn(e))return;let{error:t,errors:r,detail:n,message:i}=e;if(typeof t=="string")return Cr(t);if(cn(t)&&typeof t.message=="string")return Cr(t.message);if(Array.isArray(r)&&cn(r[0])){let o=r[0],s=[o.code,o.message].filter(a=>typeof a=="string").join(": ");return s?Cr(s):void 0}if(typeof n=="string")return Cr(n);if(Array.isArray(n)&&cn(n[0])&&typeof n[0].msg=="string")return Cr(n[0].msg);if(typeof i=="string")return Cr(i)}function $y(e){return cn(e)&&Array.isArray(e.errors)&&e.errors.length>0}function kh(e,t,r,n={},i=Date.now()){let o=AR(r),s=o?`: ${o}`:"",a=`(HTTP ${t})`,u=yc(n["retry-after"],i),c=(p,f)=>new Ut({kind:p,provider:e.provider,status:t,message:`${e.provider} ${e.endpoint}: ${f}`,...u!==void 0&&(p==="rate-limited"||p==="unavailable")?{retryAfterMs:u}:{}});switch((o?xy.find(p=>p.pattern.test(o)):void 0)?.kind){case"locked":return c("locked",`the account is locked ${a}${s}. Top up the balance; retrying will not help`);case"insufficient-credits":return c("insufficient-credits",`not enough credits ${a}${s}. Buy credits before submitting work`);case"daily-limit":return c("daily-limit",`the daily generation limit is reached ${a}${s}. Wait for the rolling 24 hours to pass or move to a higher usage tier`)}if(t===401||t===403)return e.admin?c("admin-key-required",`this endpoint needs an ADMIN API key; the key given was refused ${a}${s}. Create a key with the Admin scope`):c("auth",`the API key was refused ${a}${s}. Check the key`);if(t===404)return c("not-found",`not found ${a}${s}`);if(t===429){let p=u!==void 0?`, retry after ${Math.ceil(u/1e3)} s`:"";return c("rate-limited",`rate limited ${a}${p}${s}`)}return t>=500?c("unavailable",`the provider is unavailable ${a}${s}`):o&&_R.test(o)?c("auth",`the API key was refused ${a}${s}. Check the key`):t>=400?c("bad-request",`the request was rejected ${a}${s}`):c("bad-response",`the provider answered with an error ${a}${s}`)}function Ue(e,t,r){return new Ut({kind:"bad-response",provider:e.provider,message:`${e.provider} ${e.endpoint}: ${t}`,...r!==void 0?{status:r}:{}})}function cn(e){return typeof e=="object"&&e!==null&&!Array.isArray(e)}function Cr(e){let t=e.replace(/\s+/g," ").trim();if(t)return t.length>wy?`${t.slice(0,wy)}...`:t}function _y(e){try{return vh(e,null,{parseNumber:t=>hc(t)?Number(t):new an(t),onDuplicateKey:({newValue:t})=>t})}catch{return new on(e)}}function qe(e){return(t,r,n={})=>{if(t===404&&e.onNotFound)return e.onNotFound();if(t<200||t>299)throw kh(e,t,r,n);if(r instanceof on)throw Ue(e,"the response is not valid JSON (truncated or not JSON)",t);if(e.errorsInBody&&$y(r))throw kh(e,t,r,n);return e.map(vc(e,e.schema,r))}}function vc(e,t,r){let n=t.safeParse(r);if(n.success)return n.data;let i=n.error.issues.slice(0,3).map(o=>{let s=SR(o.path);return s&&RR(r,o.path)===void 0?`missing field ${s}`:`${s?`field ${s}`:"response"}: ${o.message}`});throw Ue(e,i.join("; "))}function SR(e){let t="";for(let r of e)typeof r=="number"?t+=`[${r}]`:typeof r=="string"&&/^[A-Za-z_$][\w$]*$/.test(r)?t+=t?`.${r}`:r:t+=`[${JSON.stringify(String(r))}]`;return t}function RR(e,t){let r=e;for(let n of t)if(Array.isArray(r)&&typeof n=="number")r=r[n];else if(cn(r)&&typeof n=="string")r=r[n];else return;return r}async function je(e,t,r){let n=TR(t),i;try{if(i=await e(t),i.bodyText.length>16777216)throw ni(16777216)}catch(o){throw ER(t,o).redact(n)}try{return r(i.status,_y(i.bodyText),i.headers)}catch(o){throw o instanceof Ut?o.redact(n):o}}var PR={timeout:"timeout",network:"network",deadline:"timeout","too-large":"bad-response"};function ER(e,t){let r=t instanceof Dt?PR[t.kind]:"network",n=t instanceof Error?t.message:String(t);return new Ut({kind:r,provider:e.provider,message:`${e.provider} ${e.endpoint}: ${n}`})}var IR=/^(authorization|x-api-key|x-key|api-key|cookie)$/i;function TR(e){let t=[];for(let[r,n]of Object.entries(e.headers)){if(!IR.test(r))continue;t.push(n);let i=/^\S+\s+(.+)$/.exec(n)?.[1];i&&t.push(i)}return t.sort((r,n)=>n.length-r.length)}function cr(e){if(typeof e?.apiKey!="string"||e.apiKey.trim()==="")throw new TypeError("Expected `apiKey` to be a non-empty string.")}var si=class extends TypeError{constructor(r,n,i,o){super(`Expected \`${r}\` to be ${n}, got ${i}.${o?` Fix: ${o}.`:""}`);this.option=r;this.expected=n;this.got=i;this.fix=o}option;expected;got;fix};function OR(e){return e.replace(/^([a-z][a-z\d+.-]*:\/\/)?.*@/is,"$1[redacted]@")}function He(e,t,r="baseUrl"){if(e===void 0)return t;let n=typeof e=="string"?JSON.stringify(OR(e)):String(e);if(typeof e!="string"||!/^https?:\/\/[^\s/]+/.test(e))throw new si(r,'an http(s) URL such as "https://api.example.com"',n);if(e.includes("@"))throw new si(r,"an http(s) URL without a user name or password",n,`remove the "user:password@" part; genspend sends the API key in the provider's own header`);return e.replace(/\/+$/,"")}function un(e){let t=[];for(let[r,n]of Object.entries(e))for(let i of typeof n=="string"?[n]:n??[])t.push(`${r}=${CR(i)}`);return t.length?`?${t.join("&")}`:""}function ln(e){return encodeURIComponent(e).replace(/%3A/gi,":").replace(/%40/g,"@")}function CR(e){return encodeURIComponent(e).replace(/%2F/gi,"/").replace(/%2C/gi,",").replace(/%3A/gi,":").replace(/%40/g,"@")}function kt(e,t,r,n,i){let o=i===void 0?void 0:JSON.stringify(i);return Object.freeze({provider:e.provider,endpoint:e.endpoint,method:t,url:r,headers:Object.freeze({Accept:"application/json",...o!==void 0?{"Content-Type":"application/json"}:{},...n}),...o!==void 0?{body:o}:{}})}function Dr(e,t){if(typeof e!="string"||e.trim()==="")throw new TypeError(`Expected ${t}, got ${JSON.stringify(e)??String(e)}.`);return e.trim()}function Sy(e,t){let{sleep:r,retries:n=3,baseDelayMs:i=500,maxDelayMs:o=3e4,random:s=Math.random,now:a=Date.now}=t;if(_h("retries",n),_h("baseDelayMs",i),_h("maxDelayMs",o),typeof r!="function")throw new TypeError("Expected `sleep` to be a function (ms) => Promise<void>.");let u=l=>Math.min(o,i*2**l*(1+s()));return async(l,p={})=>{let{deadline:f}=p;for(let h=0;h<n;h++){Ay(f);let b;try{let g=await e(l,p);if(b=c(g,h),b===void 0)return g}catch(g){if(!(g instanceof Dt)||g.kind!=="timeout"&&g.kind!=="network")throw g;let v=u(h);b={ms:v,why:`${g.message}; the next attempt was due in ${$h(v)}`}}if(f&&b.ms>=f.remainingMs())throw Or(f,b.why,!0);await r(b.ms)}return Ay(f),e(l,p)};function c(l,p){if(l.status!==429&&l.status<500||ky(l.bodyText))return;let f=yc(l.headers["retry-after"],a());if(f===void 0){let h=u(p);return{ms:h,why:`HTTP ${l.status}; the next attempt was due in ${$h(h)}`}}if(!(f>o))return{ms:f,why:`HTTP ${l.status} with Retry-After ${$h(f)}`}}}function Ay(e){if(e&&e.remainingMs()<=0)throw Or(e)}function $h(e){return`${Math.round(e/100)/10} s`}function _h(e,t){if(!Number.isInteger(t)||t<0)throw new TypeError(`Expected \`${e}\` to be a non-negative integer, got ${String(t)}.`)}function Ah(e){let{fetch:t,timeoutMs:r=1e4,timeoutSignal:n=a=>AbortSignal.timeout(a),maxResponseBytes:i=16777216,...o}=e;if(typeof t!="function")throw new TypeError("Expected `fetch` to be a function, such as the global fetch of Node 20.");if(!Number.isInteger(r)||r<=0)throw new TypeError(`Expected \`timeoutMs\` to be a positive integer, got ${String(r)}.`);if(!Number.isInteger(i)||i<=0)throw new TypeError(`Expected \`maxResponseBytes\` to be a positive integer, got ${String(i)}.`);return Sy(async(a,u={})=>{let{deadline:c}=u,l=c?Math.ceil(c.remainingMs()):1/0;if(c&&l<=0)throw Or(c);let p=Math.min(r,l);try{let f=await t(a.url,{method:a.method,headers:{...a.headers},...a.body!==void 0?{body:a.body}:{},signal:n(p)}),h={};f.headers.forEach((g,v)=>h[v.toLowerCase()]=g);let b=await DR(f,h["content-length"],i);return{status:f.status,headers:h,bodyText:b}}catch(f){throw NR(f,p,p<r?c:void 0)}},o)}async function DR(e,t,r){let n=e.body?.getReader();if(t!==void 0&&/^\d+$/.test(t.trim())&&Number(t)>r)throw await n?.cancel().catch(()=>{}),ni(r);if(e.body===void 0){let a=await e.text();if(a.length>r)throw ni(r);return a}if(!n)return"";let i=new TextDecoder("utf-8"),o="",s=0;for(;;){let{done:a,value:u}=await n.read();if(a)return o+i.decode();if(s+=u?.byteLength??0,s>r)throw await n.cancel().catch(()=>{}),ni(r);o+=i.decode(u,{stream:!0})}}function NR(e,t,r){if(e instanceof Dt)return e;let n=e?.name;if(n==="TimeoutError"||n==="AbortError")return r?Or(r,`no response within the ${t} ms that were left`):new Dt("timeout",`no response within ${t} ms`);let i=e instanceof Error?e.message:String(e),o=e?.cause,s=typeof o?.code=="string"?o.code:typeof o?.message=="string"?o.message:void 0;return new Dt("network",`network error: ${i}${s?` (${s})`:""}`)}var Ry=Ko,Ge=Ry.clone({precision:40,rounding:Ry.ROUND_HALF_UP,toExpNeg:-40,toExpPos:40}),FR=/^-?\d+(\.\d+)?$/,Ro=y.union([y.number().transform(e=>String(e)),y.custom(oi,"expected a number").transform(e=>e.value)]),Ie=y.union([Ro,y.string().trim().regex(FR,"expected a decimal amount")]).transform(e=>new Ge(e).toFixed());var LR=/^(\d{4})-(\d{2})-(\d{2})$/;function Nr(e){let t=new Map,r=e.some(n=>n.credits!==void 0)?"credits":"amountUsd";for(let n of e){let i=t.get(n.date);i||t.set(n.date,i={total:new Ge(0),byModel:new Map,units:new Map});let o=n.credits??n.amountUsd;i.total=i.total.plus(o),n.model!==void 0&&i.byModel.set(n.model,(i.byModel.get(n.model)??new Ge(0)).plus(o)),n.model!==void 0&&n.units&&zR(i.units,n.model,n.units)}return[...t.entries()].sort(([n],[i])=>n<i?-1:n>i?1:0).map(([n,i])=>({date:n,[r]:i.total.toFixed(),...i.byModel.size?{byModel:Object.fromEntries([...i.byModel].map(([o,s])=>[o,s.toFixed()]))}:{},...i.units.size?{units:Object.fromEntries([...i.units].map(([o,s])=>[o,UR(s)]))}:{}}))}function zR(e,t,r){let n=e.get(t);if(!n){e.set(t,{quantity:new Ge(r.quantity),unit:r.unit,unitPrice:r.unitPrice});return}n.quantity=n.quantity.plus(r.quantity),n.unit!==r.unit&&(n.unit=null),n.unitPrice!==null&&!MR(n.unitPrice,r.unitPrice)&&(n.unitPrice=null)}function MR(e,t){return e===void 0?t===void 0:t!==void 0&&new Ge(e).equals(t)}function UR(e){return{...e.unit?{unit:e.unit}:{},quantity:e.quantity.toFixed(),...e.unitPrice?{unitPrice:e.unitPrice}:{}}}function ai(e){let t=e.slice(0,10);return Fr(t)?t:void 0}function Fr(e){let t=LR.exec(e);return t?new Date(Date.UTC(Number(t[1]),Number(t[2])-1,Number(t[3]))).toISOString().slice(0,10)===e:!1}function qt(e){for(let t of["startDate","beforeDate"]){let r=e?.[t];if(typeof r!="string"||!Fr(r))throw new TypeError(`Expected \`${t}\` to be a UTC date as YYYY-MM-DD, got ${JSON.stringify(r)}.`)}if(e.beforeDate<=e.startDate)throw new RangeError(`Expected \`beforeDate\` (${e.beforeDate}) to be after \`startDate\` (${e.startDate}): the window is end-exclusive.`);return e}function Py(e,t){if(!Number.isInteger(t)||t<=0)throw new TypeError(`Expected \`days\` to be a positive integer, got ${String(t)}.`);if(typeof e!="string"||!Fr(e))throw new TypeError(`Expected \`today\` to be a UTC date as YYYY-MM-DD, got ${JSON.stringify(e)}.`);return qt({startDate:Jt(e,-t),beforeDate:e})}var qR=100;async function xc(e,t,r=qR){let n=[],i=new Set,o;for(let s=0;s<r;s++){let a=await t(o);if(n.push(...a.items),a.nextCursor===void 0)return n;if(i.has(a.nextCursor))throw Ue(e,`pagination returned cursor ${JSON.stringify(a.nextCursor)} twice`);i.add(a.nextCursor),o=a.nextCursor}throw Ue(e,`pagination did not end after ${r} pages`)}function Ey(e,t){let r=[];for(let n=0;n<e.length;n+=t)r.push(e.slice(n,n+t));return r}var jR="https://api.fal.ai",Sh=50,Cy={provider:"fal",endpoint:"/v1/account/billing",admin:!0},ci={provider:"fal",endpoint:"/v1/models/usage",admin:!0},kc={provider:"fal",endpoint:"/v1/models/pricing"},ui={provider:"fal",endpoint:"/v1/models/billing-events",admin:!0};function $c(e,t,r){return cr(t),kt(e,"GET",`${He(t.baseUrl,jR)}${r}`,{Authorization:`Key ${t.apiKey}`})}function Iy(e){return $c(Cy,e,`/v1/account/billing${un({expand:"credits"})}`)}function ZR(e,t,r={}){let{startDate:n,beforeDate:i}=qt(t),o=un({start:`${n}T00:00:00Z`,end:`${i}T00:00:00Z`,timeframe:"day",timezone:"UTC",expand:["time_series","summary"],cursor:r.cursor});return $c(ci,e,`/v1/models/usage${o}`)}function BR(e,t,r={}){if(t.length<1||t.length>Sh)throw new RangeError(`Expected 1 to ${Sh} endpoint ids per pricing request, got ${t.length}.`);return $c(kc,e,`/v1/models/pricing${un({endpoint_id:t.join(","),cursor:r.cursor})}`)}function VR(e,t,r){let n=Dr(t,"a fal request id");if(typeof r?.start!="string"||Number.isNaN(Date.parse(r.start)))throw new TypeError(`Expected \`start\` to be an ISO timestamp, got ${JSON.stringify(r?.start)}.`);return $c(ui,e,`/v1/models/billing-events${un({request_id:n,start:r.start,cursor:r.cursor})}`)}var Rh=y.literal("USD"),Ph={next_cursor:y.string().nullable().optional(),has_more:y.boolean().optional()},GR=qe({...Cy,schema:y.object({credits:y.object({current_balance:Ie,currency:Rh.optional()})}),map:({credits:e})=>({provider:"fal",amountUsd:e.current_balance,currency:"USD"})}),Ty=y.object({endpoint_id:y.string(),unit:y.string().optional(),quantity:Ie.optional(),unit_price:Ie.optional(),cost:Ie.optional(),cost_total:Ie.optional(),currency:Rh.optional()}),KR=qe({...ci,schema:y.object({time_series:y.array(y.object({bucket:y.string(),results:y.array(Ty)})).optional(),summary:y.array(Ty).optional(),...Ph}),map:e=>{let t=(e.time_series??[]).flatMap((n,i)=>{let o=ai(n.bucket);if(!o)throw Ue(ci,`field time_series[${i}].bucket: expected a timestamp, got ${JSON.stringify(n.bucket)}`);return n.results.map((s,a)=>({date:o,model:s.endpoint_id,amountUsd:Oy(s,`time_series[${i}].results[${a}]`),...s.quantity!==void 0?{units:HR(s,s.quantity)}:{}}))}),r=e.summary?.map((n,i)=>Oy(n,`summary[${i}]`)).reduce((n,i)=>n.plus(i),new Ge(0)).toFixed();return{items:t,...Eh(ci,e),...r!==void 0?{summaryUsd:r}:{}}}});function HR(e,t){return{...e.unit!==void 0?{unit:e.unit}:{},quantity:t,...e.unit_price!==void 0?{unitPrice:e.unit_price}:{}}}function Oy(e,t){let r=e.cost_total??e.cost;if(r!==void 0)return r;if(e.quantity!==void 0&&e.unit_price!==void 0)return new Ge(e.quantity).times(e.unit_price).toFixed();throw Ue(ci,`missing field ${t}.cost_total`)}var WR=qe({...kc,schema:y.object({prices:y.array(y.object({endpoint_id:y.string(),unit_price:Ie,unit:y.string(),currency:Rh.optional()})),...Ph}),map:e=>({items:e.prices.map(t=>({provider:"fal",model:t.endpoint_id,unit:t.unit,amountUsd:t.unit_price})),...Eh(kc,e)})});function Eh(e,t){if(t.has_more===!1||t.has_more===void 0&&!t.next_cursor)return{};if(!t.next_cursor)throw Ue(e,"missing field next_cursor (has_more is true)");return{nextCursor:t.next_cursor}}var XR=y.object({request_id:y.string(),endpoint_id:y.string().optional(),unit:y.string().optional(),output_units:Ie.nullable().optional(),unit_price:Ie.nullable().optional(),percent_discount:Ie.nullable().optional(),cost_total:Ie.nullable().optional(),cost_estimate_nano_usd:Ie.nullable().optional()}),JR=qe({...ui,schema:y.object({billing_events:y.array(XR),...Ph}),map:e=>({items:e.billing_events,...Eh(ui,e)})});function YR(e,t){if(e.cost_total!=null)return e.cost_total;if(e.cost_estimate_nano_usd!=null)return new Ge(e.cost_estimate_nano_usd).dividedBy(1e9).toFixed();if(e.output_units!=null&&e.unit_price!=null){let r=new Ge(1).minus(new Ge(e.percent_discount??0).dividedBy(100));return new Ge(e.output_units).times(e.unit_price).times(r).toFixed()}throw Ue(ui,`missing field ${t}.cost_total`)}function QR(e,t,r){let n=t.map((c,l)=>({e:c,i:l})).filter(({e:c})=>c.request_id===e);if(!n.length)throw new Ut({kind:"not-found",provider:"fal",message:`fal ${ui.endpoint}: no billing event for request ${JSON.stringify(e)} since ${r} (fal records an event shortly after the request ends; check the id and that the key is the admin key of the account that ran it)`});let i=n.reduce((c,{e:l,i:p})=>c.plus(YR(l,`billing_events[${p}]`)),new Ge(0)).toFixed(),o=n[0].e,s=n.every(({e:c})=>c.output_units!=null)?n.reduce((c,{e:l})=>c.plus(l.output_units),new Ge(0)).toFixed():void 0,a=new Set(n.map(({e:c})=>c.unit_price??void 0)),u=a.size===1?[...a][0]:void 0;return{provider:"fal",id:e,state:"finished",amountUsd:i,...o.endpoint_id!==void 0?{model:o.endpoint_id}:{},...s!==void 0?{units:{quantity:s,...o.unit!==void 0?{unit:o.unit}:{},...u!==void 0?{unitPrice:u}:{}}}:{},source:"fal GET /v1/models/billing-events"}}function Dy(e){let{transport:t,...r}=e;return Iy(r),Object.freeze({getBalance:()=>je(t,Iy(r),GR),async getUsage(n){let i,o=await xc(ci,async s=>{let a=await je(t,ZR(r,n,s?{cursor:s}:{}),KR);return i??=a.summaryUsd,a});return{provider:"fal",days:Nr(o),source:"fal GET /v1/models/usage",...i!==void 0?{totals:{periodUsd:i}}:{}}},async getLivePrices(n){let i=[...new Set(n)],o=[];for(let a of Ey(i,Sh))o.push(...await xc(kc,u=>je(t,BR(r,a,u?{cursor:u}:{}),WR)));let s=new Set(o.map(a=>a.model));return{prices:o,missing:i.filter(a=>!s.has(a))}},async getRequestCost(n,i){let o=Dr(n,"a fal request id"),s=await xc(ui,a=>je(t,VR(r,o,{start:i?.start,...a?{cursor:a}:{}}),JR));return QR(o,s,i.start)}})}var Ly="https://api.runpod.io",zy="https://rest.runpod.io",My="https://api.runpod.ai",t6=["COMPLETED","FAILED","CANCELLED","TIMED_OUT"],r6="query { myself { clientBalance currentSpendPerHr spendLimit } }",Uy={provider:"runpod",endpoint:"graphql myself"},Ih={provider:"runpod",endpoint:"/v1/billing/endpoints"},qy={provider:"runpod",endpoint:"/v2/catalog/gpus"},Th={provider:"runpod",endpoint:"GET /v2/{endpointId}/status/{id}"};function _c(e){return cr(e),{Authorization:`Bearer ${e.apiKey}`}}function Ny(e){return kt(Uy,"POST",`${He(e.baseUrl,Ly)}/graphql`,_c(e),{query:r6})}function n6(e,t){let{startDate:r,beforeDate:n}=qt(t),i=un({bucketSize:"day",startTime:`${r}T00:00:00Z`,endTime:`${n}T00:00:00Z`,grouping:"endpointId"}),o=He(e.restBaseUrl,zy,"restBaseUrl");return kt(Ih,"GET",`${o}/v1/billing/endpoints${i}`,_c(e))}function i6(e){return kt(qy,"GET",`${He(e.baseUrl,Ly)}/v2/catalog/gpus`,_c(e))}function o6(e,t,r){let n=Dr(t,"a Runpod endpoint id (`endpointId`)"),i=Dr(r,"a Runpod job id"),o=He(e.serverlessBaseUrl,My,"serverlessBaseUrl");return kt(Th,"GET",`${o}/v2/${ln(n)}/status/${ln(i)}`,_c(e))}var Fy=Ro.refine(e=>/^\d+(\.\d+)?$/.test(e),"expected milliseconds, 0 or more"),s6=qe({...Th,schema:y.object({id:y.string(),status:y.string(),executionTime:Fy.optional(),delayTime:Fy.optional()}),map:e=>{let t="runpod GET /v2/{endpointId}/status/{id}",r={...e.delayTime!==void 0?{delayMs:e.delayTime}:{}};if(!t6.includes(e.status))return{provider:"runpod",id:e.id,state:"pending",status:e.status,...r,...e.executionTime!==void 0?{executionMs:e.executionTime}:{},source:t};if(e.executionTime===void 0&&e.status==="COMPLETED")throw Ue(Th,"missing field executionTime");return{provider:"runpod",id:e.id,state:"finished",status:e.status,executionMs:e.executionTime??"0",...r,source:t}}}),a6=qe({...Uy,errorsInBody:!0,schema:y.object({data:y.object({myself:y.object({clientBalance:Ie,currentSpendPerHr:Ie.nullable().optional(),spendLimit:Ie.nullable().optional()})})}),map:({data:{myself:e}})=>({provider:"runpod",amountUsd:e.clientBalance,currency:"USD",...e.spendLimit!=null?{spendLimitPerHourUsd:e.spendLimit}:{},...e.currentSpendPerHr!=null?{currentSpendPerHourUsd:e.currentSpendPerHr}:{}})}),c6=qe({...Ih,schema:y.array(y.object({amount:Ie,time:y.string(),endpointId:y.string().optional(),gpuTypeId:y.string().optional()})),map:e=>{let t=e.map((r,n)=>{let i=ai(r.time);if(!i)throw Ue(Ih,`field [${n}].time: expected a timestamp, got ${JSON.stringify(r.time)}`);let o=r.endpointId??r.gpuTypeId;return{date:i,amountUsd:r.amount,...o!==void 0?{model:o}:{}}});return{provider:"runpod",days:Nr(t),source:"runpod GET /v1/billing/endpoints"}}}),u6=y.object({id:y.string(),name:y.string().optional(),pool:y.string().min(1).nullable(),price:y.object({serverless:Ie.nullable().optional()})}),l6=qe({...qy,schema:y.preprocess(e=>Array.isArray(e)?{gpus:e}:e,y.object({gpus:y.array(u6)})).transform(e=>e.gpus),map:e=>e.flatMap(t=>t.price.serverless==null?[]:[{provider:"runpod",model:t.id,unit:"gpu-hour",amountUsd:t.price.serverless,...t.name?{name:t.name}:{},pool:t.pool}])});function jy(e){let{transport:t,...r}=e;return Ny(r),He(r.restBaseUrl,zy,"restBaseUrl"),He(r.serverlessBaseUrl,My,"serverlessBaseUrl"),Object.freeze({getJobStatus:async(n,i)=>je(t,o6(r,n,i),s6),getBalance:()=>je(t,Ny(r),a6),getUsage:n=>je(t,n6(r,n),c6),async getLivePrices(n){let i=await je(t,i6(r),l6);if(!n)return{prices:i,missing:[]};let o=(s,a)=>s.model===a||s.name===a;return{prices:i.filter(s=>n.some(a=>o(s,a))),missing:n.filter(s=>!i.some(a=>o(a,s)))}}})}var p6=/\$\s*(\d[\d,]*(?:\.\d+)?)|(\d[\d,]*(?:\.\d+)?)\s*USD\b/gi,f6=/(?:\bper\b|\/)\s*([a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2})/i;function Zy(e){if(/^\s*free\s*$/i.test(e))return{amountUsd:"0"};let t=new Set;for(let i of e.matchAll(p6))t.add(m6(i[1]??i[2]??""));if(t.size!==1)return;let[r]=[...t],n=f6.exec(e)?.[1]?.trim().toLowerCase();return n?{amountUsd:r,unit:n}:{amountUsd:r}}function m6(e){return e.replace(/,/g,"")}var Vy="https://api.runware.ai",Gy="https://content.runware.ai",Oh={provider:"runware",endpoint:"accountManagement getDetails"},Po={provider:"runware",endpoint:"accountManagement getUsageActivity"},Ky={provider:"runware",endpoint:"GET /models/{id}/pricing"},Sc={provider:"runware",endpoint:"modelSearch"},Hy="Expected `uuid` to be a function returning a v4 UUID, e.g. crypto.randomUUID.",h6=/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;function Nh(e,t,r){return cr(t),kt(e,"POST",`${He(t.baseUrl,Vy)}/v1`,{Authorization:`Bearer ${t.apiKey}`},r)}function Wy(e){if(typeof e?.uuid!="function")throw new TypeError(Hy);let t=e.uuid();if(!h6.test(t))throw new TypeError(`Expected \`uuid\` to return a v4 UUID, got ${JSON.stringify(t)}.`);return t}function Ch(e,t,r={}){return{taskType:"accountManagement",taskUUID:Wy(e),operation:t,...r}}function g6(e,t){return Nh(Oh,e,[Ch(t,"getDetails")])}function b6(e,t,r){let{startDate:n,beforeDate:i}=qt(t);return Nh(Po,e,[Ch(r,"getDetails"),Ch(r,"getUsageActivity",{startDate:n,endDate:Jt(i,-1),groupBy:["date","model"],timezone:"UTC"})])}var y6=30;function v6(e){let{startDate:t,beforeDate:r}=qt(e),n=[];for(let i=t;i<r;){let o=Jt(i,y6),s={startDate:i,beforeDate:o<r?o:r};n.push(s),i=s.beforeDate}return n}function w6(e){if(e.length===1)return e[0];let t=new Map;for(let s of e.flatMap(a=>a.days)){let a=t.get(s.date);a||t.set(s.date,a={total:new Ge(0),byModel:new Map}),a.total=a.total.plus(s.amountUsd);for(let[u,c]of Object.entries(s.byModel??{}))a.byModel.set(u,(a.byModel.get(u)??new Ge(0)).plus(c))}let r=[...t.entries()].sort(([s],[a])=>s<a?-1:s>a?1:0).map(([s,a])=>({date:s,amountUsd:a.total.toFixed(),...a.byModel.size?{byModel:Object.fromEntries([...a.byModel].map(([u,c])=>[u,c.toFixed()]))}:{}})),n=e.at(-1).totals??{},i=e.map(s=>s.totals?.periodUsd),o=Lh({todayUsd:n.todayUsd,last7DaysUsd:n.last7DaysUsd,last30DaysUsd:n.last30DaysUsd,allTimeUsd:n.allTimeUsd,periodUsd:i.every(s=>s!==void 0)?i.reduce((s,a)=>s.plus(a),new Ge(0)).toFixed():void 0});return{...e[0],days:r,totals:o}}function x6(e,t){if(typeof t!="string"||t==="")throw new TypeError('Expected a model id such as "runware:101@1".');let r=He(e.contentBaseUrl,Gy,"contentBaseUrl");return kt(Ky,"GET",`${r}/models/${ln(t)}/pricing`,{})}function k6(e,t,r){if(typeof r!="string"||r==="")throw new TypeError('Expected a model AIR such as "civitai:618692@691639".');return Nh(Sc,e,[{taskType:"modelSearch",taskUUID:Wy(t),search:r,visibility:"all",limit:20}])}var Fh=y.object({data:y.array(y.unknown())}),Ac=y.object({credits:Ie.optional()}).optional(),Xy=y.object({balance:y.object({amount:Ie,currency:y.literal("USD").optional()}),usage:y.object({today:Ac,last7Days:Ac,last30Days:Ac,total:Ac}).optional()}),By=y.object({totalSpend:Ie.optional(),projectedSpend:Ie.optional()}).optional(),$6=y.object({usage:y.object({timeseries:y.object({data:y.array(y.object({date:y.string(),spend:Ie,model:y.string().optional()})),meta:By}).optional(),meta:By})});function Dh(e,t,r,n){let i=t.find(o=>o?.operation===r);if(i===void 0)throw Ue(e,`no ${r} result in data[]`);return vc(e,n,i)}var _6=qe({...Oh,schema:Fh,errorsInBody:!0,map:({data:e})=>{let{balance:t}=Dh(Oh,e,"getDetails",Xy);return{provider:"runware",amountUsd:t.amount,currency:"USD"}}}),A6=qe({...Po,schema:Fh,errorsInBody:!0,map:({data:e})=>{let t=Dh(Po,e,"getDetails",Xy),{usage:r}=Dh(Po,e,"getUsageActivity",$6),n=(r.timeseries?.data??[]).map((s,a)=>{let u=ai(s.date);if(!u)throw Ue(Po,`field usage.timeseries.data[${a}].date: expected a date, got ${JSON.stringify(s.date)}`);return{date:u,amountUsd:s.spend,...s.model!==void 0?{model:s.model}:{}}}),i=r.timeseries?.meta??r.meta,o=Lh({todayUsd:t.usage?.today?.credits,last7DaysUsd:t.usage?.last7Days?.credits,last30DaysUsd:t.usage?.last30Days?.credits,allTimeUsd:t.usage?.total?.credits,periodUsd:i?.totalSpend,projectedUsd:i?.projectedSpend});return{provider:"runware",days:Nr(n),source:"runware POST /v1 accountManagement getUsageActivity",totals:o}}}),S6=y.object({air:y.string(),pricingOverview:y.string().optional(),pricingExamples:y.array(y.object({configuration:y.string(),price:y.union([y.string(),Ro.transform(e=>`$${e}`)])})).optional()}),R6=qe({...Ky,schema:S6,onNotFound:()=>null,map:({air:e,pricingOverview:t,pricingExamples:r})=>{let n=(i,o,s)=>{let a=Zy(i);if(!a)return[];let u=a.unit??o;return[{provider:"runware",model:e,unit:u,amountUsd:a.amountUsd,raw:i,...s?{configuration:s}:{}}]};return[...t!==void 0?n(t,"unspecified"):[],...(r??[]).flatMap(({configuration:i,price:o})=>n(o,"request",i))]}}),P6=y.object({results:y.array(y.object({air:y.string(),name:y.string().optional(),version:y.string().optional(),architecture:y.string().optional()})).default([])});function E6(e){return qe({...Sc,schema:Fh,errorsInBody:!0,map:({data:t})=>{let r=t.find(o=>o?.taskType==="modelSearch");if(r===void 0)throw Ue(Sc,"no modelSearch result in data[]");let{results:n}=vc(Sc,P6,r),i=n.find(o=>o.air.toLowerCase()===e.toLowerCase());return i?Lh({air:i.air,name:i.name,architecture:i.architecture}):null}})}function Jy(e){let{transport:t,uuid:r,...n}=e,i={uuid:r};if(cr(n),He(n.baseUrl,Vy),He(n.contentBaseUrl,Gy,"contentBaseUrl"),typeof r!="function")throw new TypeError(Hy);return Object.freeze({getBalance:()=>je(t,g6(n,i),_6),async getUsage(o){let s=[];for(let a of v6(o))s.push(await je(t,b6(n,a,i),A6));return w6(s)},async getLivePrices(o){let s=[],a=[];for(let u of o){let c=await je(t,x6(n,u),R6);c?.length?s.push(...c):a.push(u)}return{prices:s,missing:a}},getModelInfo:o=>je(t,k6(n,i,o),E6(o))})}var rN=y.object({taskUUID:y.string().min(1).optional().catch(void 0),taskType:y.string().optional().catch(void 0),cost:Ie});function Lh(e){return Object.fromEntries(Object.entries(e).filter(([,t])=>t!==void 0))}var Mh="https://api.dev.runwayml.com",T6="2024-11-06",Uh={provider:"runway",endpoint:"/v1/organization"},ev={provider:"runway",endpoint:"/v1/organization/usage"},zh={provider:"runway",endpoint:"GET /v1/tasks/{id}"},O6=["SUCCEEDED","FAILED","CANCELLED"];function qh(e){return cr(e),{Authorization:`Bearer ${e.apiKey}`,"X-Runway-Version":T6}}function jh(e){return kt(Uh,"GET",`${He(e.baseUrl,Mh)}/v1/organization`,qh(e))}var C6=jh,D6=jh;function N6(e,t){let{startDate:r,beforeDate:n}=qt(t);return kt(ev,"POST",`${He(e.baseUrl,Mh)}/v1/organization/usage`,qh(e),{startDate:r,beforeDate:n})}function F6(e,t){let r=Dr(t,"a Runway task id");return kt(zh,"GET",`${He(e.baseUrl,Mh)}/v1/tasks/${ln(r)}`,qh(e))}var Yy=y.number().int().nonnegative().nullable(),tv=y.object({creditBalance:Ie,tier:y.object({maxMonthlyCreditSpend:y.number(),models:y.record(y.string(),y.object({maxConcurrentGenerations:Yy,maxDailyGenerations:Yy}))}),usage:y.object({models:y.record(y.string(),y.object({dailyGenerations:y.number().int().nonnegative()}))}).optional()}),L6=tv.pick({creditBalance:!0}),z6=qe({...Uh,schema:L6,map:({creditBalance:e})=>({provider:"runway",credits:e,currency:"credits"})}),M6=qe({...Uh,schema:tv,map:({tier:e,usage:t})=>{let r=t?.models??{},n=[...new Set([...Object.keys(e.models),...Object.keys(r)])].sort();return{maxMonthlyCreditSpend:e.maxMonthlyCreditSpend,models:Object.fromEntries(n.map(i=>[i,{maxConcurrentGenerations:e.models[i]?.maxConcurrentGenerations??null,maxDailyGenerations:e.models[i]?.maxDailyGenerations??null,dailyGenerationsUsed:r[i]?.dailyGenerations??0}]))}}}),U6=y.object({results:y.array(y.object({date:y.string().refine(Fr,"expected a date as YYYY-MM-DD"),usedCredits:y.array(y.object({model:y.string(),amount:Ie}))}))}),q6=qe({...ev,schema:U6,map:({results:e})=>{let t=e.flatMap(({date:r,usedCredits:n})=>n.map(({model:i,amount:o})=>({date:r,model:i,credits:o})));return{provider:"runway",days:Nr(t),source:"runway POST /v1/organization/usage"}}}),Qy=y.object({credits:Ie}).nullable().optional(),j6=y.object({id:y.string(),status:y.string(),cost:Qy,estimatedCost:Qy}),Z6=qe({...zh,schema:j6,map:e=>{let t="runway GET /v1/tasks/{id}";if(!O6.includes(e.status))return{provider:"runway",id:e.id,state:"pending",status:e.status,...e.estimatedCost?{estimatedCredits:e.estimatedCost.credits}:{},source:t};if(!e.cost)throw Ue(zh,`missing field cost.credits (the task is ${e.status})`);return{provider:"runway",id:e.id,state:"finished",status:e.status,credits:e.cost.credits,source:t}}});function rv(e){let{transport:t,...r}=e;return jh(r),Object.freeze({getBalance:()=>je(t,C6(r),z6),getUsage:n=>je(t,N6(r,n),q6),getTierLimits:()=>je(t,D6(r),M6),getTaskCost:async n=>je(t,F6(r,n),Z6)})}var ur=["runway","runware","fal","runpod"],jt={runway:"RUNWAYML_API_SECRET",runware:"RUNWARE_API_KEY",fal:"FAL_KEY",runpod:"RUNPOD_API_KEY"},Rc=12e4;function nv(e,t){let{apiKey:r,transport:n,baseUrl:i,restBaseUrl:o,contentBaseUrl:s,uuid:a}=t,u={apiKey:r,transport:n,...i?{baseUrl:i}:{}};switch(e){case"runway":{let c=rv(u);return{getBalance:c.getBalance,getUsage:c.getUsage,getTierLimits:c.getTierLimits}}case"runware":{let c=Jy({...u,uuid:a,...s?{contentBaseUrl:s}:{}});return{getBalance:c.getBalance,getUsage:c.getUsage}}case"fal":{let c=Dy(u);return{getBalance:c.getBalance,getUsage:c.getUsage}}case"runpod":{let c=jy({...u,...o?{restBaseUrl:o}:{}});return{getBalance:c.getBalance,getUsage:c.getUsage}}}}function Pc(e,t){let r=t[jt[e]]?.trim();if(!r)return;let n=iv(e),i=c=>t[n[c]]?.trim()||void 0,[o,s,a,u]=[i("baseUrl"),i("restBaseUrl"),i("contentBaseUrl"),i("serverlessBaseUrl")];return{apiKey:r,...o?{baseUrl:o}:{},...s?{restBaseUrl:s}:{},...a?{contentBaseUrl:a}:{},...u?{serverlessBaseUrl:u}:{},settingNames:n}}function iv(e){let t=r=>`GENSPEND_${e.toUpperCase()}_${r}`;return{baseUrl:t("BASE_URL"),restBaseUrl:t("REST_BASE_URL"),contentBaseUrl:t("CONTENT_BASE_URL"),serverlessBaseUrl:t("SERVERLESS_BASE_URL")}}function ov(e,t,r={}){let n=r[t.option]??`\`${t.option}\``;return`${e}: ${n} must be ${t.expected}, got ${t.got}${t.fix?` (fix: ${t.fix})`:""}`}async function Zh(e,t,r){try{let n=G6(t.deadlineMs??Rc,t.now??Date.now),i=nv(e,{...t,transport:K6(t.transport,n)});return{provider:e,usage:await i.getUsage(r)}}catch(n){return V6(e,n,t)}}function V6(e,t,r){if(dy(t))return{provider:e,error:{kind:t.kind,message:t.message}};if(t instanceof si){let n=ov(e,t,r.settingNames);return{provider:e,error:{kind:"configuration",message:fc(n,[r.apiKey])}}}if(t instanceof TypeError||t instanceof RangeError)return{provider:e,error:{kind:"configuration",message:`${e}: ${fc(t.message,[r.apiKey])}`}};throw t}function G6(e,t){if(!Number.isInteger(e)||e<=0)throw new TypeError(`Expected \`deadlineMs\` to be a positive integer, got ${String(e)}.`);let r=t()+e;return{seconds:e/1e3,remainingMs:()=>r-t()}}function K6(e,t){return(r,n)=>t.remainingMs()<=0?Promise.reject(Or(t)):e(r,{...n,deadline:t})}var sv=(e,t)=>!!e[jt[t]]?.trim();function Bh(e,t,r){if(!e||e.length===0){let o=ur.filter(s=>sv(t,s));if(o.length===0)throw new K(r.noKeys,void 0,r.giveKeys(ur.map(s=>jt[s])));return o}let n=[...new Set(e)],i=n.filter(o=>!sv(t,o));if(i.length)throw new K(`no key for ${i.join(", ")}${r.namedIn?`, ${r.namedIn}`:""}`,void 0,r.giveKeys(i.map(o=>jt[o])));return n}var Eo=90,W6=30;function Vh(e,t,r){let{from:n,to:i}=e;if(n===void 0&&i===void 0){let a=e.days??String(W6);if(!/^\d+$/.test(a)||Number(a)<1||Number(a)>Eo)throw new K(`${r.days} must be a whole number from 1 to ${Eo}, got ${JSON.stringify(a.slice(0,60))}`);return Py(t,Number(a))}if(e.days!==void 0)throw new K(`give either ${r.days} or ${r.from} and ${r.to}, not both`);if(n===void 0||i===void 0)throw new K(`give both ${r.from} and ${r.to} (YYYY-MM-DD, both days included)`);for(let[a,u]of[[r.from,n],[r.to,i]])if(!Fr(u))throw new K(`${a} must be a UTC date as YYYY-MM-DD, got ${JSON.stringify(u.slice(0,40))}`);if(i<n)throw new K(`${r.to} (${i}) is before ${r.from} (${n})`);let o=Jt(i,1);if(o>t)throw new K(`${r.to} (${i}) must be before today (${t}): a day's bill is complete only after it ends`);let s=Math.round((Date.parse(o)-Date.parse(n))/864e5);if(s>Eo)throw new K(`${r.from} to ${r.to} spans ${s} days; the providers give at most ${Eo} at once`);return{startDate:n,beforeDate:o}}function Gh(e,t,r,n){if(e?.length)return Bh(e,r,n);let o=[...new Set(t.map(s=>s.trim().toLowerCase()))].filter(s=>ur.includes(s)).filter(s=>!r[jt[s]]?.trim());if(o.length)throw new K(`no key for ${o.join(", ")}, which the manifests use`,void 0,n.giveKeys(o.map(s=>jt[s])));return Bh(void 0,r,n)}async function Kh(e,t,r){let{env:n,transport:i,uuid:o,deadlineMs:s}=t,a=await Promise.all(e.map(l=>Zh(l,{...Pc(l,n),transport:i,uuid:o,deadlineMs:s},r))),u=[],c=a.map(l=>"error"in l?{provider:l.provider,error:l.error}:(u.push(...dh(l.usage)),{provider:l.provider,source:l.usage.source}));return{billed:{providers:a.filter(l=>!("error"in l)).map(l=>l.provider),rows:u},reads:c}}async function Hh(e,t){try{await e.writeSummary(t)}catch(r){e.warning(`genspend: could not write the job summary: ${r.message}`)}}async function av(e,t,r){let n,i=Wo(t);if(i){n=i.map(o=>o.format()).join(`
`);for(let o of i.slice(0,10))o.where?.line!==void 0&&r(o.where.file)&&e.error(o.format(),{title:"genspend",file:o.where.file,startLine:o.where.line})}else n=`internal error: ${t instanceof Error?t.message:String(t)}. Please report it with this log.`,t instanceof Error&&t.stack&&e.debug(t.stack);return await Hh(e,["## genspend could not run","",...n.split(`
`).map(o=>`- ${So(o)}`),""].join(`
`)),{verdict:"error",message:`genspend could not run: ${n}`}}var X6="**/genspend.yml";var Yt=class extends K{},cv=e=>JSON.stringify(e.length>60?`${e.slice(0,60)}\u2026`:e);function uv(e){let t=e.split(/\r?\n/).map(r=>r.trim()).filter(Boolean);if(t.length===0)return[X6];for(let r of t){let n=r.replace(/^!/,"");if(n.startsWith("/")||/^[A-Za-z]:/.test(n)||n.split(/[\\/]/).includes(".."))throw new Yt(`input \`manifests\`: ${cv(r)} points outside the workspace; give globs relative to the repository root`)}return t}function lv(e){let t=[];return{get:r=>e(r).trim(),check(r,n){try{return r()}catch(i){if(!(i instanceof Yt))throw i;return t.push(i),n}},done(){if(t.length===1)throw t[0];if(t.length)throw new St(t)}}}function dv(e){let t=e.split(/[\s,]+/).map(r=>r.trim().toLowerCase()).filter(Boolean);for(let r of t)if(!ur.includes(r))throw new Yt(`input \`providers\`: unknown provider ${JSON.stringify(r.slice(0,60))} (use ${ur.join(", ")})`);return t.length?[...new Set(t)]:void 0}function pv(e){if(e==="")return Rc;if(!/^\d{1,4}$/.test(e)||Number(e)<1||Number(e)>3600)throw new Yt(`input \`deadline\` must be a whole number of seconds from 1 to 3600, got ${JSON.stringify(e.slice(0,60))}`);return Number(e)*1e3}var Wh=Object.freeze({file:$o,explicit:!1});function fv(e){if(e==="")return Wh;if(e.startsWith("/")||e.split("/").includes("..")||/[\x00-\x1f]/.test(e))throw new Yt(`input \`prices\` must be a path inside the repository, got ${cv(e)}`);return{file:e,explicit:!0}}import{closeSync as J6,constants as Xh,fstatSync as Y6,lstatSync as Q6,openSync as eP,readSync as tP,realpathSync as mv,statSync as rP}from"node:fs";import{isAbsolute as nP,relative as iP,resolve as Jh}from"node:path";var oP=Xh.O_RDONLY|(Xh.O_NONBLOCK??0)|(Xh.O_NOFOLLOW??0);function Yh(e,t){let r=iP(e,t);return r===""||!r.startsWith("..")&&!nP(r)}function hv(e,t,r){return sP(e,t,uP(Jh(e,t),t,r),r)}function sP(e,t,r,n){if(!Yh(n.realRoot??mv.native(e),r)){let o=Yh(Jh(e),Jh(e,t))?"is a link to a file outside":"is outside";throw new K(`${o} ${n.rootName}`,{file:t},`genspend reads only files inside ${n.rootName}: copy the manifest in (a link must point inside too)`)}let i;try{i=eP(r,oP)}catch(o){throw yv(o,t,dP(r))}try{let o=Y6(i);if(o.isDirectory())throw new K("is a directory, not a manifest",{file:t},`name the file inside it, e.g. ${t.replace(/\/$/,"")}/genspend.yml`);if(!o.isFile())throw bv(t,o);if(o.size>n.maxBytes)throw Qh(t,`is ${o.size} bytes,`,n);return cP(i,o.size,t,n)}finally{J6(i)}}function Io(e,t,r){return Ec(hv(e,t,r),t,r)}function gv(e,t,r){if(e>r.maxBytes)throw Qh(t,`is ${e} bytes,`,r)}function Ec(e,t,r){gv(e.length,t,r);try{return aP.decode(e)}catch{throw new K("file is binary, not UTF-8 YAML text",{file:t},r.binaryFix)}}var aP=new TextDecoder("utf-8",{fatal:!0});function cP(e,t,r,n){let i=n.maxBytes+1,o=Buffer.allocUnsafe(Math.min(i,t>0?t+1:8*1024)),s=0;for(;;){if(s===o.length){if(s===i)break;let c=Buffer.allocUnsafe(Math.min(i,o.length*2));o.copy(c,0,0,s),o=c}let a=o.length-s,u=tP(e,o,s,a,null);if(u===0||(s+=u,u<a&&t>0&&s===t))break}if(s>n.maxBytes)throw Qh(r,"is",n);return o.subarray(0,s)}function uP(e,t,r){try{return mv.native(e)}catch(n){if(lP(e))throw new K("is a link to a file that does not exist",{file:t},"point the link at a manifest, or name the manifest itself");let i=n.code;throw i==="ENOENT"||i==="ENOTDIR"?new K("no such file",{file:t},`check the path (it is relative to ${r.rootName})`):yv(n,t,void 0)}}function bv(e,t){let r=t.isFIFO()?"a FIFO":t.isSocket()?"a socket":t.isCharacterDevice()||t.isBlockDevice()?"a device":"not a regular file";return new K(`is ${r}, not a manifest file`,{file:e},"point genspend at a YAML manifest")}function yv(e,t,r){if(r&&!r.isFile()&&!r.isDirectory())return bv(t,r);let n=e.code??"an error";return new K(`cannot read it (${n})`,{file:t},"check that the file is readable")}function Qh(e,t,r){return new K(`file ${t} over the ${r.maxBytes}-byte limit`,{file:e},r.splitFix)}function lP(e){try{return Q6(e).isSymbolicLink()}catch{return!1}}function dP(e){try{return rP(e)}catch{return}}import*as fg from"node:fs";import{realpathSync as ew}from"node:fs";import{join as GE,relative as tw,resolve as KE,sep as pi}from"node:path";import{createRequire as pP}from"module";import{basename as fP,dirname as tg,normalize as mP,relative as hP,resolve as gP,sep as xv}from"path";import*as bP from"fs";var vv=pP(import.meta.url);function yP(e){let t=mP(e);return t.length>1&&t[t.length-1]===xv&&(t=t.substring(0,t.length-1)),t}var vP=/[\\/]/g;function kv(e,t){return e.replace(vP,t)}var wP=/^[a-z]:[\\/]$/i;function xP(e){return e==="/"||wP.test(e)}function eg(e,t){let{resolvePaths:r,normalizePath:n,pathSeparator:i}=t,o=process.platform==="win32"&&e.includes("/")||e.startsWith(".");if(r&&(e=gP(e)),(n||o)&&(e=yP(e)),e===".")return"";let s=e[e.length-1]!==i;return kv(s?e+i:e,i)}function $v(e,t){return t+e}function kP(e,t){return function(r,n){return n.startsWith(e)?n.slice(e.length)+r:kv(hP(e,n),t.pathSeparator)+t.pathSeparator+r}}function $P(e){return e}function _P(e,t,r){return t+e+r}function AP(e,t){let{relativePaths:r,includeBasePath:n}=t;return r&&e?kP(e,t):n?$v:$P}function SP(e){return function(t,r){r.push(t.substring(e.length)||".")}}function RP(e){return function(t,r,n){let i=t.substring(e.length)||".";n.every(o=>o(i,!0))&&r.push(i)}}var PP=(e,t)=>{t.push(e||".")},EP=(e,t,r)=>{let n=e||".";r.every(i=>i(n,!0))&&t.push(n)},IP=()=>{};function TP(e,t){let{includeDirs:r,filters:n,relativePaths:i}=t;return r?i?n&&n.length?RP(e):SP(e):n&&n.length?EP:PP:IP}var OP=(e,t,r,n)=>{n.every(i=>i(e,!1))&&r.files++},CP=(e,t,r,n)=>{n.every(i=>i(e,!1))&&t.push(e)},DP=(e,t,r,n)=>{r.files++},NP=(e,t)=>{t.push(e)},FP=()=>{};function LP(e){let{excludeFiles:t,filters:r,onlyCounts:n}=e;return t?FP:r&&r.length?n?OP:CP:n?DP:NP}var zP=e=>e,MP=()=>[""].slice(0,0);function UP(e){return e.group?MP:zP}var qP=(e,t,r)=>{e.push({directory:t,files:r,dir:t})},jP=()=>{};function ZP(e){return e.group?qP:jP}var BP=function(e,t,r){let{queue:n,fs:i,options:{suppressErrors:o}}=t;n.enqueue(),i.realpath(e,(s,a)=>{if(s)return n.dequeue(o?null:s,t);i.stat(a,(u,c)=>{if(u)return n.dequeue(o?null:u,t);if(c.isDirectory()&&_v(e,a,t))return n.dequeue(null,t);r(c,a),n.dequeue(null,t)})})},VP=function(e,t,r){let{queue:n,fs:i,options:{suppressErrors:o}}=t;n.enqueue();try{let s=i.realpathSync(e),a=i.statSync(s);if(a.isDirectory()&&_v(e,s,t))return;r(a,s)}catch(s){if(!o)throw s}};function GP(e,t){return!e.resolveSymlinks||e.excludeSymlinks?null:t?VP:BP}function _v(e,t,r){if(r.options.useRealPaths)return KP(t,r);let n=tg(e),i=1;for(;n!==r.root&&i<2;){let o=r.symlinks.get(n);!!o&&(o===t||o.startsWith(t)||t.startsWith(o))?i++:n=tg(n)}return r.symlinks.set(e,t),i>1}function KP(e,t){return t.visited.includes(e+t.options.pathSeparator)}var HP=e=>e.counts,WP=e=>e.groups,XP=e=>e.paths,JP=e=>e.paths.slice(0,e.options.maxFiles),YP=(e,t,r)=>(Ic(t,r,e.counts,e.options.suppressErrors),null),QP=(e,t,r)=>(Ic(t,r,e.paths,e.options.suppressErrors),null),eE=(e,t,r)=>(Ic(t,r,e.paths.slice(0,e.options.maxFiles),e.options.suppressErrors),null),tE=(e,t,r)=>(Ic(t,r,e.groups,e.options.suppressErrors),null);function Ic(e,t,r,n){t(e&&!n?e:null,r)}function rE(e,t){let{onlyCounts:r,group:n,maxFiles:i}=e;return r?t?HP:YP:n?t?WP:tE:i?t?JP:eE:t?XP:QP}var Av={withFileTypes:!0},nE=(e,t,r,n,i)=>{if(e.queue.enqueue(),n<0)return e.queue.dequeue(null,e);let{fs:o}=e;e.visited.push(t),e.counts.directories++,o.readdir(t||".",Av,(s,a=[])=>{i(a,r,n),e.queue.dequeue(e.options.suppressErrors?null:s,e)})},iE=(e,t,r,n,i)=>{let{fs:o}=e;if(n<0)return;e.visited.push(t),e.counts.directories++;let s=[];try{s=o.readdirSync(t||".",Av)}catch(a){if(!e.options.suppressErrors)throw a}i(s,r,n)};function oE(e){return e?iE:nE}var sE=class{count=0;constructor(e){this.onQueueEmpty=e}enqueue(){return this.count++,this.count}dequeue(e,t){this.onQueueEmpty&&(--this.count<=0||e)&&(this.onQueueEmpty(e,t),e&&(t.controller.abort(),this.onQueueEmpty=void 0))}},aE=class{_files=0;_directories=0;set files(e){this._files=e}get files(){return this._files}set directories(e){this._directories=e}get directories(){return this._directories}get dirs(){return this._directories}},cE=class{aborted=!1;abort(){this.aborted=!0}},Sv=class{root;isSynchronous;state;joinPath;pushDirectory;pushFile;getArray;groupFiles;resolveSymlink;walkDirectory;callbackInvoker;constructor(e,t,r){this.isSynchronous=!r,this.callbackInvoker=rE(t,this.isSynchronous),this.root=eg(e,t),this.state={root:xP(this.root)?this.root:this.root.slice(0,-1),paths:[""].slice(0,0),groups:[],counts:new aE,options:t,queue:new sE((n,i)=>this.callbackInvoker(i,n,r)),symlinks:new Map,visited:[""].slice(0,0),controller:new cE,fs:t.fs||bP},this.joinPath=AP(this.root,t),this.pushDirectory=TP(this.root,t),this.pushFile=LP(t),this.getArray=UP(t),this.groupFiles=ZP(t),this.resolveSymlink=GP(t,this.isSynchronous),this.walkDirectory=oE(this.isSynchronous)}start(){return this.pushDirectory(this.root,this.state.paths,this.state.options.filters),this.walkDirectory(this.state,this.root,this.root,this.state.options.maxDepth,this.walk),this.isSynchronous?this.callbackInvoker(this.state,null):null}walk=(e,t,r)=>{let{paths:n,options:{filters:i,resolveSymlinks:o,excludeSymlinks:s,exclude:a,maxFiles:u,signal:c,useRealPaths:l,pathSeparator:p},controller:f}=this.state;if(f.aborted||c&&c.aborted||u&&n.length>u)return;let h=this.getArray(this.state.paths);for(let b=0;b<e.length;++b){let g=e[b];if(g.isFile()||g.isSymbolicLink()&&!o&&!s){let v=this.joinPath(g.name,t);this.pushFile(v,h,this.state.counts,i)}else if(g.isDirectory()){let v=_P(g.name,t,this.state.options.pathSeparator);if(a&&a(g.name,v))continue;this.pushDirectory(v,n,i),this.walkDirectory(this.state,v,v,r-1,this.walk)}else if(this.resolveSymlink&&g.isSymbolicLink()){let v=$v(g.name,t);this.resolveSymlink(v,this.state,($,w)=>{if($.isDirectory()){if(w=eg(w,this.state.options),a&&a(g.name,l?w:v+p))return;this.walkDirectory(this.state,w,l?w:v+p,r-1,this.walk)}else{w=l?w:v;let x=fP(w),N=eg(tg(w),this.state.options);w=this.joinPath(x,N),this.pushFile(w,h,this.state.counts,i)}})}}this.groupFiles(this.state.groups,t,h)}};function uE(e,t){return new Promise((r,n)=>{Rv(e,t,(i,o)=>{if(i)return n(i);r(o)})})}function Rv(e,t,r){new Sv(e,t,r).start()}function lE(e,t){return new Sv(e,t).start()}var wv=class{constructor(e,t){this.root=e,this.options=t}withPromise(){return uE(this.root,this.options)}withCallback(e){Rv(this.root,this.options,e)}sync(){return lE(this.root,this.options)}},Pv=null;try{vv.resolve("picomatch"),Pv=vv("picomatch")}catch{}var Ev=class{globCache={};options={maxDepth:1/0,suppressErrors:!0,pathSeparator:xv,filters:[]};globFunction;constructor(e){this.options={...this.options,...e},this.globFunction=this.options.globFunction}group(){return this.options.group=!0,this}withPathSeparator(e){return this.options.pathSeparator=e,this}withBasePath(){return this.options.includeBasePath=!0,this}withRelativePaths(){return this.options.relativePaths=!0,this}withDirs(){return this.options.includeDirs=!0,this}withMaxDepth(e){return this.options.maxDepth=e,this}withMaxFiles(e){return this.options.maxFiles=e,this}withFullPaths(){return this.options.resolvePaths=!0,this.options.includeBasePath=!0,this}withErrors(){return this.options.suppressErrors=!1,this}withSymlinks({resolvePaths:e=!0}={}){return this.options.resolveSymlinks=!0,this.options.useRealPaths=e,this.withFullPaths()}withAbortSignal(e){return this.options.signal=e,this}normalize(){return this.options.normalizePath=!0,this}filter(e){return this.options.filters.push(e),this}onlyDirs(){return this.options.excludeFiles=!0,this.options.includeDirs=!0,this}exclude(e){return this.options.exclude=e,this}onlyCounts(){return this.options.onlyCounts=!0,this}crawl(e){return new wv(e||".",this.options)}withGlobFunction(e){return this.globFunction=e,this}crawlWithOptions(e,t){return this.options={...this.options,...t},new wv(e||".",this.options)}glob(...e){return this.globFunction?this.globWithOptions(e):this.globWithOptions(e,{dot:!0})}globWithOptions(e,...t){let r=this.globFunction||Pv;if(!r)throw new Error("Please specify a glob function to use glob matching.");var n=this.globCache[e.join("\0")];return n||(n=r(e,...t),this.globCache[e.join("\0")]=n),this.options.filters.push(i=>n(i)),this}};var pg=mw(Qv()),HE=new Set(["node_modules",".git"]),WE=["**/node_modules/**","**/.git/**"];function mg(e,t=[]){if(e.length===0)return()=>!1;let r=o=>o.map(s=>s.replace(/^(?:\.\/)+/,"")),n=(0,pg.default)(r(e)),i=(0,pg.default)([...WE,...r(t)]);return o=>n(o)&&!i(o)}async function hg(e,t,r=[]){return(await rw(e,t,r)).map(n=>n.path)}async function rw(e,t,r=[]){let n=mg(t,r),i=[],o=await new Ev({fs:XE(i)}).withRelativePaths().withPathSeparator("/").exclude(h=>HE.has(h)).filter(h=>n(h)).crawl(e).withPromise();o.sort();let s;try{s=ew.native(e)}catch{return o.map(h=>({path:h}))}let a=new Set(i.map(h=>tw(e,h).split(pi).join("/"))),u=s.endsWith(pi)?s:s+pi,c=h=>u+(pi==="/"?h:h.replaceAll("/",pi)),l=new Set(o.filter(h=>!a.has(h))),p=[],f=new Set;for(let h of o){if(l.has(h)){p.push({path:h,real:c(h)});continue}let b;try{b=ew.native(KE(e,h))}catch{p.push({path:h});continue}let g=tw(s,b);!g.startsWith("..")&&l.has(g.split(pi).join("/"))||f.has(b)||(f.add(b),p.push({path:h,real:b}))}return p}function XE(e){let t=(a,u,c)=>fg.readdir(a,u,(l,p)=>{for(let f of p??[])f.isSymbolicLink()&&e.push(GE(a,f.name));c(l,p)}),{readdirSync:r,realpath:n,realpathSync:i,stat:o,statSync:s}=fg;return{readdir:t,readdirSync:r,realpath:n,realpathSync:i,stat:o,statSync:s}}function JE(e){let t=e.filter(n=>!n.startsWith("!")),r=e.filter(n=>n.startsWith("!")).map(n=>n.slice(1));return{include:t,exclude:r}}async function nw(e,t){let{include:r,exclude:n}=JE(t);return r.length===0?[]:hg(e,r,n)}var YE={maxBytes:Mr,rootName:"the repository",splitFix:"split it into several manifests (the `manifests` input takes globs)",binaryFix:"point the `manifests` input at YAML manifests"};function iw(e,t){return Jm(t.map(r=>({file:r,read:()=>Io(e,r,YE)})))}import{existsSync as QE}from"node:fs";import{resolve as eI}from"node:path";var ow={maxBytes:Mr,rootName:"the repository",splitFix:"keep only the models that differ from the built-in catalog",binaryFix:"point the `prices` input at a YAML price file"};async function sw(e){let{workspace:t,file:r}=e,n=[],i=QE(eI(t,r));if(!i&&e.explicit)throw new K(`price file \`${r}\` does not exist in the workspace`,void 0,"fix the `prices` input, or remove it");let o=i?Io(t,r,ow):void 0,s=null;if(e.base?.file){let u=await e.base.file(r);s=u?Ec(u,`${r}@base`,ow):void 0}else e.base&&(s=void 0,n.push(`genspend: the base commit is not in the checkout: ${r} at the base is taken as absent`));return(o!==void 0||s)&&n.push(`genspend: prices from ${r}${s===null?"":" (as at the base)"} over the built-in catalog`),{...Gm(Vm(),{file:r,head:o,base:s,...e.subject?{subject:e.subject}:{}}),log:n}}function aI(e,t){let{get:r,check:n,done:i}=lv(e),o=a=>r(a)||void 0,s={manifests:n(()=>uv(e("manifests")),[]),providers:n(()=>dv(r("providers")),void 0),window:n(()=>{try{let a={days:"input `days`",from:"input `from`",to:"input `to`"};return Vh({days:o("days"),from:o("from"),to:o("to")},t,a)}catch(a){throw a instanceof K?new Yt(a.message):a}},{startDate:t,beforeDate:t}),maxVariance:n(()=>{let a=r("max-variance");if(a==="")return;let u=ch(a);if(!u)throw new Yt(`input \`max-variance\` must be a percent such as 25%, got ${JSON.stringify(a.slice(0,60))}`);return u},void 0),deadlineMs:n(()=>pv(r("deadline")),0),prices:n(()=>fv(r("prices")),Wh)};return i(),s}async function FF(e){let{toolkit:t,env:r}=e,n=r.GITHUB_WORKSPACE||e.cwd;try{let i=e.now().toISOString().slice(0,10),o=aI(v=>t.getInput(v),i),s=await nw(n,o.manifests);if(s.length===0)throw new K(`no manifest matches ${o.manifests.map(v=>`\`${v}\``).join(", ")} in the workspace`,void 0,"set the `manifests` input to the path or glob of your genspend.yml, relative to the repository root, and check the repository out first");let a=iw(n,s),u=await sw({workspace:n,file:o.prices.file,explicit:o.prices.explicit,base:void 0});for(let v of u.log)t.info(v);let c=nh(a,u.catalog),l=v=>v.map($=>`${$}: \${{ secrets.${$} }}`).join(", "),p=Gh(o.providers,a.flatMap(v=>v.workloads.map($=>$.provider)),r,{noKeys:"mode `reconcile` found no provider key in the environment",namedIn:"named in the `providers` input",giveKeys:v=>`add to the step's \`env:\` ${l(v)}, or leave the provider out with the \`providers\` input`});for(let v of p)t.setSecret(r[jt[v]].trim());t.info(`genspend: reconciling ${s.length} manifest(s) from ${o.window.startDate} to ${o.window.beforeDate} (exclusive)`);let{billed:f,reads:h}=await Kh(p,{env:r,transport:e.transport??Ah({fetch:globalThis.fetch,sleep:v=>sI(v)}),uuid:e.uuid,deadlineMs:o.deadlineMs},o.window),b=uh(c,f,o.window,{catalog:u.catalog,...o.maxVariance?{maxVariance:o.maxVariance}:{}}),g=ph(b,h);for(let v of h)t.info(`genspend: ${v.provider}: ${v.error?`could not read the usage: ${v.error.message}`:`read (${v.source??"usage"})`}`);return t.setOutput("verdict",g.status),t.setOutput("unplanned-usd",Fe(b.unplannedUsd)),t.setOutput("report-path",cI(r.RUNNER_TEMP||"",g)),await Hh(t,fh(b,h)),lI(b,h,t),dI(b,h)}catch(i){return av(t,i,o=>e.exists(oI(n,o)))}}function cI(e,t){let r=aw(rI(aw(e||iI(),"genspend-")),"reconcile.json");return nI(r,JSON.stringify(t,null,2)+`
`),r}var uI=e=>e.workloads.map(t=>t.name).join(", ");function lI(e,t,r){let n={error:0,warning:0},i=0,o=(s,a,u)=>{n[s]++>=10?i++:r[s](a,u)};for(let s of t)s.error&&o("error",`${s.provider}: could not read the usage: ${s.error.message}`,{title:"genspend reconcile"});for(let s of e.lines){if(s.verdict==="pass")continue;let a=s.verdict==="fail"?"error":"warning",u=s.verdict==="fail"?"genspend reconcile: over the variance":`genspend reconcile: ${s.verdict}`;for(let c of s.workloads)o(a,`${c.name}: ${s.reasons.join("; ")}`,{title:u,file:c.file,...c.line!==void 0?{startLine:c.line}:{}})}i&&r.info(`genspend: ${i} more annotation${i===1?"":"s"} not shown (GitHub shows 10 per level); see the report`)}function dI(e,t){let r=t.filter(i=>i.error);if(r.length)return{verdict:"error",message:`genspend could not read the usage of ${r.map(i=>i.provider).join(", ")}, so its workloads are not judged: ${r.map(i=>i.error.message).join("; ")}`};let n=e.lines.filter(i=>i.verdict==="fail");return n.length?{verdict:"fail",message:`genspend: reconcile: ${n.length} of ${e.lines.length} over the variance: ${n.map(i=>`${uI(i)} (${i.reasons.join("; ")})`).join("; ")}`}:{verdict:"pass"}}export{aI as readReconcileInputs,FF as reconcileMode};
//# sourceMappingURL=reconcile.js.map
