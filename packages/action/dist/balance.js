import { createRequire as __genspendCreateRequire } from 'node:module'; const require = __genspendCreateRequire(import.meta.url);
var tw=Object.create;var Cc=Object.defineProperty;var rw=Object.getOwnPropertyDescriptor;var nw=Object.getOwnPropertyNames;var iw=Object.getPrototypeOf,ow=Object.prototype.hasOwnProperty;var dn=(e,t)=>()=>{try{return t||e((t={exports:{}}).exports,t),t.exports}catch(r){throw t=0,r}},er=(e,t)=>{for(var r in t)Cc(e,r,{get:t[r],enumerable:!0})},sw=(e,t,r,n)=>{if(t&&typeof t=="object"||typeof t=="function")for(let i of nw(t))!ow.call(e,i)&&i!==r&&Cc(e,i,{get:()=>t[i],enumerable:!(n=rw(t,i))||n.enumerable});return e};var aw=(e,t,r)=>(r=e!=null?tw(iw(e)):{},sw(t||!e||!e.__esModule?Cc(r,"default",{value:e,enumerable:!0}):r,e));var Oo=dn((tF,Iv)=>{"use strict";var Av="[^\\\\/]",aI="(?=.)",Sv="[^/]",og="(?:\\/|$)",Pv="(?:^|\\/)",sg=`\\.{1,2}${og}`,cI="(?!\\.)",uI=`(?!${Pv}${sg})`,lI=`(?!\\.{0,1}${og})`,dI=`(?!${sg})`,pI="[^.\\/]",fI=`${Sv}*?`,mI="/",Rv={DOT_LITERAL:"\\.",PLUS_LITERAL:"\\+",QMARK_LITERAL:"\\?",SLASH_LITERAL:"\\/",ONE_CHAR:aI,QMARK:Sv,END_ANCHOR:og,DOTS_SLASH:sg,NO_DOT:cI,NO_DOTS:uI,NO_DOT_SLASH:lI,NO_DOTS_SLASH:dI,QMARK_NO_DOT:pI,STAR:fI,START_ANCHOR:Pv,SEP:mI},hI={...Rv,SLASH_LITERAL:"[\\\\/]",QMARK:Av,STAR:`${Av}*?`,DOTS_SLASH:"\\.{1,2}(?:[\\\\/]|$)",NO_DOT:"(?!\\.)",NO_DOTS:"(?!(?:^|[\\\\/])\\.{1,2}(?:[\\\\/]|$))",NO_DOT_SLASH:"(?!\\.{0,1}(?:[\\\\/]|$))",NO_DOTS_SLASH:"(?!\\.{1,2}(?:[\\\\/]|$))",QMARK_NO_DOT:"[^.\\\\/]",START_ANCHOR:"(?:^|[\\\\/])",END_ANCHOR:"(?:[\\\\/]|$)",SEP:"\\"},gI={__proto__:null,alnum:"a-zA-Z0-9",alpha:"a-zA-Z",ascii:"\\x00-\\x7F",blank:" \\t",cntrl:"\\x00-\\x1F\\x7F",digit:"0-9",graph:"\\x21-\\x7E",lower:"a-z",print:"\\x20-\\x7E ",punct:"\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",space:" \\t\\r\\n\\v\\f",upper:"A-Z",word:"A-Za-z0-9_",xdigit:"A-Fa-f0-9"};Iv.exports={DEFAULT_MAX_EXTGLOB_RECURSION:0,MAX_LENGTH:1024*64,POSIX_REGEX_SOURCE:gI,REGEX_BACKSLASH:/\\(?![*+?^${}(|)[\]])/g,REGEX_NON_SPECIAL_CHARS:/^[^@![\].,$*+?^{}()|\\/]+/,REGEX_SPECIAL_CHARS:/[-*+?.^${}(|)[\]]/,REGEX_SPECIAL_CHARS_BACKREF:/(\\?)((\W)(\3*))/g,REGEX_SPECIAL_CHARS_GLOBAL:/([-*+?.^${}(|)[\]])/g,REGEX_REMOVE_BACKSLASH:/(?:\[.*?[^\\]\]|\\(?=.))/g,REPLACEMENTS:{__proto__:null,"***":"*","**/**":"**","**/**/**":"**"},CHAR_0:48,CHAR_9:57,CHAR_UPPERCASE_A:65,CHAR_LOWERCASE_A:97,CHAR_UPPERCASE_Z:90,CHAR_LOWERCASE_Z:122,CHAR_LEFT_PARENTHESES:40,CHAR_RIGHT_PARENTHESES:41,CHAR_ASTERISK:42,CHAR_AMPERSAND:38,CHAR_AT:64,CHAR_BACKWARD_SLASH:92,CHAR_CARRIAGE_RETURN:13,CHAR_CIRCUMFLEX_ACCENT:94,CHAR_COLON:58,CHAR_COMMA:44,CHAR_DOT:46,CHAR_DOUBLE_QUOTE:34,CHAR_EQUAL:61,CHAR_EXCLAMATION_MARK:33,CHAR_FORM_FEED:12,CHAR_FORWARD_SLASH:47,CHAR_GRAVE_ACCENT:96,CHAR_HASH:35,CHAR_HYPHEN_MINUS:45,CHAR_LEFT_ANGLE_BRACKET:60,CHAR_LEFT_CURLY_BRACE:123,CHAR_LEFT_SQUARE_BRACKET:91,CHAR_LINE_FEED:10,CHAR_NO_BREAK_SPACE:160,CHAR_PERCENT:37,CHAR_PLUS:43,CHAR_QUESTION_MARK:63,CHAR_RIGHT_ANGLE_BRACKET:62,CHAR_RIGHT_CURLY_BRACE:125,CHAR_RIGHT_SQUARE_BRACKET:93,CHAR_SEMICOLON:59,CHAR_SINGLE_QUOTE:39,CHAR_SPACE:32,CHAR_TAB:9,CHAR_UNDERSCORE:95,CHAR_VERTICAL_LINE:124,CHAR_ZERO_WIDTH_NOBREAK_SPACE:65279,extglobChars(e){return{"!":{type:"negate",open:"(?:(?!(?:",close:`))${e.STAR})`},"?":{type:"qmark",open:"(?:",close:")?"},"+":{type:"plus",open:"(?:",close:")+"},"*":{type:"star",open:"(?:",close:")*"},"@":{type:"at",open:"(?:",close:")"}}},globChars(e){return e===!0?hI:Rv}}});var Co=dn($t=>{"use strict";var{REGEX_BACKSLASH:bI,REGEX_REMOVE_BACKSLASH:yI,REGEX_SPECIAL_CHARS:vI,REGEX_SPECIAL_CHARS_GLOBAL:wI}=Oo();$t.isObject=e=>e!==null&&typeof e=="object"&&!Array.isArray(e);$t.hasRegexChars=e=>vI.test(e);$t.isRegexChar=e=>e.length===1&&$t.hasRegexChars(e);$t.escapeRegex=e=>e.replace(wI,"\\$1");$t.toPosixSlashes=e=>e.replace(bI,"/");$t.isWindows=()=>{if(typeof navigator<"u"&&navigator.platform){let e=navigator.platform.toLowerCase();return e==="win32"||e==="windows"}return typeof process<"u"&&process.platform?process.platform==="win32":!1};$t.removeBackslashes=e=>e.replace(yI,t=>t==="\\"?"":t);$t.escapeLast=(e,t,r)=>{let n=e.lastIndexOf(t,r);return n===-1?e:e[n-1]==="\\"?$t.escapeLast(e,t,n-1):`${e.slice(0,n)}\\${e.slice(n)}`};$t.removePrefix=(e,t={})=>{let r=e;return r.startsWith("./")&&(r=r.slice(2),t.prefix="./"),r};$t.wrapOutput=(e,t={},r={})=>{let n=r.contains?"":"^",i=r.contains?"":"$",o=`${n}(?:${e})${i}`;return t.negated===!0&&(o=`(?:^(?!${o}).*$)`),o};$t.basename=(e,{windows:t}={})=>{let r=e.split(t?/[\\/]/:"/"),n=r[r.length-1];return n===""?r[r.length-2]:n}});var Lv=dn((nF,Fv)=>{"use strict";var Ev=Co(),{CHAR_ASTERISK:ag,CHAR_AT:xI,CHAR_BACKWARD_SLASH:hi,CHAR_COMMA:kI,CHAR_DOT:cg,CHAR_EXCLAMATION_MARK:ug,CHAR_FORWARD_SLASH:Nv,CHAR_LEFT_CURLY_BRACE:lg,CHAR_LEFT_PARENTHESES:Pc,CHAR_LEFT_SQUARE_BRACKET:$I,CHAR_PLUS:_I,CHAR_QUESTION_MARK:Tv,CHAR_RIGHT_CURLY_BRACE:AI,CHAR_RIGHT_PARENTHESES:Ov,CHAR_RIGHT_SQUARE_BRACKET:SI}=Oo(),Cv=e=>e===Nv||e===hi,Dv=e=>{e.isPrefix!==!0&&(e.depth=e.isGlobstar?1/0:1)},PI=(e,t)=>{let r=t||{},n=e.length-1,i=r.parts===!0||r.tokens===!0||r.scanToEnd===!0,o=[],s=[],a=[],u=e,c=-1,l=0,p=0,f=!1,h=!1,y=!1,g=!1,$=!1,w=!1,x=!1,A=!1,F=!1,K=!1,V=0,se,X,Y={value:"",depth:0,isGlob:!1},I=()=>c>=n,he=()=>u.charCodeAt(c+1),ve=()=>(se=X,u.charCodeAt(++c));for(;c<n;){X=ve();let Z;if(X===hi){x=Y.backslashes=!0,X=ve(),X===lg&&(w=!0);continue}if(w===!0||X===lg){for(V++;I()!==!0&&(X=ve());){if(X===hi){x=Y.backslashes=!0,ve();continue}if(X===lg){V++;continue}if(w!==!0&&X===cg&&(X=ve())===cg){if(f=Y.isBrace=!0,y=Y.isGlob=!0,K=!0,i===!0)continue;break}if(w!==!0&&X===kI){if(f=Y.isBrace=!0,y=Y.isGlob=!0,K=!0,i===!0)continue;break}if(X===AI&&(V--,V===0)){w=!1,f=Y.isBrace=!0,K=!0;break}}if(i===!0)continue;break}if(X===Nv){if(o.push(c),s.push(Y),Y={value:"",depth:0,isGlob:!1},K===!0)continue;if(se===cg&&c===l+1){l+=2;continue}p=c+1;continue}if(r.noext!==!0&&(X===_I||X===xI||X===ag||X===Tv||X===ug)===!0&&he()===Pc){if(y=Y.isGlob=!0,g=Y.isExtglob=!0,K=!0,X===ug&&c===l&&(F=!0),i===!0){let Oe=0;for(;I()!==!0&&(X=ve());){if(X===hi){x=Y.backslashes=!0,ve();continue}if(X===Pc){Oe++;continue}if(X===Ov&&--Oe===0){K=!0;break}}continue}break}if(X===ag){if(se===ag&&($=Y.isGlobstar=!0),y=Y.isGlob=!0,K=!0,i===!0)continue;break}if(X===Tv){if(y=Y.isGlob=!0,K=!0,i===!0)continue;break}if(X===$I){for(;I()!==!0&&(Z=ve());){if(Z===hi){x=Y.backslashes=!0,ve();continue}if(Z===SI){h=Y.isBracket=!0,y=Y.isGlob=!0,K=!0;break}}if(i===!0)continue;break}if(r.nonegate!==!0&&X===ug&&c===l){A=Y.negated=!0,l++;continue}if(r.noparen!==!0&&X===Pc){if(y=Y.isGlob=!0,i===!0){let fe=1;for(;I()!==!0&&(X=ve());){if(X===hi){x=Y.backslashes=!0,ve();continue}if(X===Pc){fe++;continue}if(X===Ov&&--fe===0){K=!0;break}}continue}break}if(y===!0){if(K=!0,i===!0)continue;break}}r.noext===!0&&(g=!1,y=!1);let we=u,S="",P="";l>0&&(S=u.slice(0,l),u=u.slice(l),p-=l),we&&y===!0&&p>0?(we=u.slice(0,p),P=u.slice(p)):y===!0?(we="",P=u):we=u,we&&we!==""&&we!=="/"&&we!==u&&Cv(we.charCodeAt(we.length-1))&&(we=we.slice(0,-1)),r.unescape===!0&&(P&&(P=Ev.removeBackslashes(P)),we&&x===!0&&(we=Ev.removeBackslashes(we)));let C={prefix:S,input:e,start:l,base:we,glob:P,isBrace:f,isBracket:h,isGlob:y,isExtglob:g,isGlobstar:$,negated:A,negatedExtglob:F};if(r.tokens===!0&&(C.maxDepth=0,Cv(X)||s.push(Y),C.tokens=s),r.parts===!0||r.tokens===!0){let Z;for(let xe=0;xe<o.length;xe++){let et=Z!==void 0?Z+1:l,dt=o[xe],pt=e.slice(et,dt);r.tokens&&(xe===0&&l!==0?(s[xe].isPrefix=!0,s[xe].value=S):s[xe].value=pt,Dv(s[xe]),C.maxDepth+=s[xe].depth),dt>=l&&(a.push(pt),Z=dt)}let fe=Z!==void 0?Z+1:l,Oe=e.slice(fe);a.push(Oe),r.tokens&&Z&&Z+1<e.length&&(s[s.length-1].value=Oe,Dv(s[s.length-1]),C.maxDepth+=s[s.length-1].depth),C.slashes=o,C.parts=a}return C};Fv.exports=PI});var qv=dn((iF,Mv)=>{"use strict";var Do=Oo(),It=Co(),{MAX_LENGTH:Rc,POSIX_REGEX_SOURCE:RI,REGEX_NON_SPECIAL_CHARS:II,REGEX_SPECIAL_CHARS_BACKREF:EI,REPLACEMENTS:zv}=Do,TI=(e,t)=>{if(typeof t.expandRange=="function")return t.expandRange(...e,t);e.sort();let r=`[${e.join("-")}]`;try{new RegExp(r)}catch{return e.map(i=>It.escapeRegex(i)).join("..")}return r},gi=(e,t)=>`Missing ${e}: "${t}" - use "\\\\${t}" to match literal characters`,Uv=e=>{let t=[],r=0,n=0,i=0,o="",s=!1;for(let a of e){if(s===!0){o+=a,s=!1;continue}if(a==="\\"){o+=a,s=!0;continue}if(a==='"'){i=i===1?0:1,o+=a;continue}if(i===0){if(a==="[")r++;else if(a==="]"&&r>0)r--;else if(r===0){if(a==="(")n++;else if(a===")"&&n>0)n--;else if(a==="|"&&n===0){t.push(o),o="";continue}}}o+=a}return t.push(o),t},OI=e=>{let t=!1;for(let r of e){if(t===!0){t=!1;continue}if(r==="\\"){t=!0;continue}if(/[?*+@!()[\]{}]/.test(r))return!1}return!0},pg=e=>{let t=e.trim(),r=!0;for(;r===!0;)r=!1,/^@\([^\\()[\]{}|]+\)$/.test(t)&&(t=t.slice(2,-1),r=!0);if(OI(t))return t.replace(/\\(.)/g,"$1")},CI=e=>{let t=e.map(pg).filter(Boolean);for(let r=0;r<t.length;r++)for(let n=r+1;n<t.length;n++){let i=t[r],o=t[n],s=i[0];if(!(!s||i!==s.repeat(i.length)||o!==s.repeat(o.length))&&(i===o||i.startsWith(o)||o.startsWith(i)))return!0}return!1},dg=(e,t=!0)=>{if(e[0]!=="+"&&e[0]!=="*"||e[1]!=="(")return;let r=0,n=0,i=0,o=!1;for(let s=1;s<e.length;s++){let a=e[s];if(o===!0){o=!1;continue}if(a==="\\"){o=!0;continue}if(a==='"'){i=i===1?0:1;continue}if(i!==1){if(a==="["){r++;continue}if(a==="]"&&r>0){r--;continue}if(!(r>0)){if(a==="("){n++;continue}if(a===")"&&(n--,n===0))return t===!0&&s!==e.length-1?void 0:{type:e[0],body:e.slice(2,s),end:s}}}}},DI=e=>`${e.length===1?It.escapeRegex(e[0]):`[${e.map(r=>It.escapeRegex(r)).join("")}]`}*`,NI=e=>{let t=0,r=[];for(;t<e.length;){let n=dg(e.slice(t),!1);if(!n||n.type!=="*")return;let i=Uv(n.body).map(s=>s.trim());if(i.length!==1)return;let o=pg(i[0]);if(!o||o.length!==1)return;r.push(o),t+=n.end+1}if(!(r.length<1))return r},FI=e=>{let t=0,r=e.trim(),n=dg(r);for(;n;)t++,r=n.body.trim(),n=dg(r);return t},LI=(e,t)=>{if(t.maxExtglobRecursion===!1)return{risky:!1};let r=typeof t.maxExtglobRecursion=="number"?t.maxExtglobRecursion:Do.DEFAULT_MAX_EXTGLOB_RECURSION,n=Uv(e).map(a=>a.trim());if(n.length>1&&(n.some(a=>a==="")||n.some(a=>/^[*?]+$/.test(a))||CI(n)))return{risky:!0};let i=[],o=!1,s=!0;for(let a of n){let u=NI(a);if(u){o=!0,i.push(...u);continue}let c=pg(a);if(c&&c.length===1){i.push(c);continue}if(s=!1,FI(a)>r)return{risky:!0}}return o?s?{risky:!0,safeOutput:DI([...new Set(i)])}:{risky:!0}:{risky:!1}},fg=(e,t)=>{if(typeof e!="string")throw new TypeError("Expected a string");e=zv[e]||e;let r={...t},n=typeof r.maxLength=="number"?Math.min(Rc,r.maxLength):Rc,i=e.length;if(i>n)throw new SyntaxError(`Input length: ${i}, exceeds maximum allowed length: ${n}`);let o={type:"bos",value:"",output:r.prepend||""},s=[o],a=r.capture?"":"?:",u=Do.globChars(r.windows),c=Do.extglobChars(u),{DOT_LITERAL:l,PLUS_LITERAL:p,SLASH_LITERAL:f,ONE_CHAR:h,DOTS_SLASH:y,NO_DOT:g,NO_DOT_SLASH:$,NO_DOTS_SLASH:w,QMARK:x,QMARK_NO_DOT:A,STAR:F,START_ANCHOR:K}=u,V=B=>`(${a}(?:(?!${K}${B.dot?y:l}).)*?)`,se=r.dot?"":g,X=r.dot?x:A,Y=r.bash===!0?V(r):F;r.capture&&(Y=`(${Y})`),typeof r.noext=="boolean"&&(r.noextglob=r.noext);let I={input:e,index:-1,start:0,dot:r.dot===!0,consumed:"",output:"",prefix:"",backtrack:!1,negated:!1,brackets:0,braces:0,parens:0,quotes:0,globstar:!1,tokens:s};e=It.removePrefix(e,I),i=e.length;let he=[],ve=[],we=[],S=o,P,C=()=>I.index===i-1,Z=I.peek=(B=1)=>e[I.index+B],fe=I.advance=()=>e[++I.index]||"",Oe=()=>e.slice(I.index+1),xe=(B="",_e=0)=>{I.consumed+=B,I.index+=_e},et=B=>{I.output+=B.output!=null?B.output:B.value,xe(B.value)},dt=()=>{let B=1;for(;Z()==="!"&&(Z(2)!=="("||Z(3)==="?");)fe(),I.start++,B++;return B%2===0?!1:(I.negated=!0,I.start++,!0)},pt=B=>{I[B]++,we.push(B)},_t=B=>{I[B]--,we.pop()},te=B=>{if(S.type==="globstar"){let _e=I.braces>0&&(B.type==="comma"||B.type==="brace"),z=B.extglob===!0||he.length&&(B.type==="pipe"||B.type==="paren");B.type!=="slash"&&B.type!=="paren"&&!_e&&!z&&(I.output=I.output.slice(0,-S.output.length),S.type="star",S.value="*",S.output=Y,I.output+=S.output)}if(he.length&&B.type!=="paren"&&(he[he.length-1].inner+=B.value),(B.value||B.output)&&et(B),S&&S.type==="text"&&B.type==="text"){S.output=(S.output||S.value)+B.value,S.value+=B.value;return}B.prev=S,s.push(B),S=B},At=(B,_e)=>{let z={...c[_e],conditions:1,inner:""};z.prev=S,z.parens=I.parens,z.output=I.output,z.startIndex=I.index,z.tokensIndex=s.length;let ue=(r.capture?"(":"")+z.open;pt("parens"),te({type:B,value:_e,output:I.output?"":h}),te({type:"paren",extglob:!0,value:fe(),output:ue}),he.push(z)},zr=B=>{let _e=e.slice(B.startIndex,I.index+1),z=e.slice(B.startIndex+2,I.index),ue=LI(z,r);if((B.type==="plus"||B.type==="star")&&ue.risky){let $e=ue.safeOutput?(B.output?"":h)+(r.capture?`(${ue.safeOutput})`:ue.safeOutput):void 0,tt=s[B.tokensIndex];tt.type="text",tt.value=_e,tt.output=$e||It.escapeRegex(_e);for(let Et=B.tokensIndex+1;Et<s.length;Et++)s[Et].value="",s[Et].output="",delete s[Et].suffix;I.output=B.output+tt.output,I.backtrack=!0,te({type:"paren",extglob:!0,value:P,output:""}),_t("parens");return}let ke=B.close+(r.capture?")":""),Ce;if(B.type==="negate"){let $e=Y;if(B.inner&&B.inner.length>1&&B.inner.includes("/")&&($e=V(r)),($e!==Y||C()||/^\)+$/.test(Oe()))&&(ke=B.close=`)$))${$e}`),B.inner.includes("*")&&(Ce=Oe())&&/^\.[^\\/.]+$/.test(Ce)){let tt=fg(Ce,{...t,fastpaths:!1}).output;ke=B.close=`)${tt})${$e})`}B.prev.type==="bos"&&(I.negatedExtglob=!0)}te({type:"paren",extglob:!0,value:P,output:ke}),_t("parens")};if(r.fastpaths!==!1&&!/(^[*!]|[/()[\]{}"])/.test(e)){let B=!1,_e=e.replace(EI,(z,ue,ke,Ce,$e,tt)=>Ce==="\\"?(B=!0,z):Ce==="?"?ue?ue+Ce+($e?x.repeat($e.length):""):tt===0?X+($e?x.repeat($e.length):""):x.repeat(ke.length):Ce==="."?l.repeat(ke.length):Ce==="*"?ue?ue+Ce+($e?Y:""):Y:ue?z:`\\${z}`);return B===!0&&(r.unescape===!0?_e=_e.replace(/\\/g,""):_e=_e.replace(/\\+/g,z=>z.length%2===0?"\\\\":z?"\\":"")),_e===e&&r.contains===!0?(I.output=e,I):(I.output=It.wrapOutput(_e,I,t),I)}for(;!C();){if(P=fe(),P==="\0")continue;if(P==="\\"){let z=Z();if(z==="/"&&r.bash!==!0||z==="."||z===";")continue;if(!z){P+="\\",te({type:"text",value:P});continue}let ue=/^\\+/.exec(Oe()),ke=0;if(ue&&ue[0].length>2&&(ke=ue[0].length,I.index+=ke,ke%2!==0&&(P+="\\")),r.unescape===!0?P=fe():P+=fe(),I.brackets===0){te({type:"text",value:P});continue}}if(I.brackets>0&&(P!=="]"||S.value==="["||S.value==="[^")){if(r.posix!==!1&&P===":"){let z=S.value.slice(1);if(z.includes("[")&&(S.posix=!0,z.includes(":"))){let ue=S.value.lastIndexOf("["),ke=S.value.slice(0,ue),Ce=S.value.slice(ue+2),$e=RI[Ce];if($e){S.value=ke+$e,I.backtrack=!0,fe(),!o.output&&s.indexOf(S)===1&&(o.output=h);continue}}}(P==="["&&Z()!==":"||P==="-"&&Z()==="]")&&(P=`\\${P}`),P==="]"&&(S.value==="["||S.value==="[^")&&(P=`\\${P}`),r.posix===!0&&P==="!"&&S.value==="["&&(P="^"),S.value+=P,et({value:P});continue}if(I.quotes===1&&P!=='"'){P=It.escapeRegex(P),S.value+=P,et({value:P});continue}if(P==='"'){I.quotes=I.quotes===1?0:1,r.keepQuotes===!0&&te({type:"text",value:P});continue}if(P==="("){pt("parens"),te({type:"paren",value:P});continue}if(P===")"){if(I.parens===0&&r.strictBrackets===!0)throw new SyntaxError(gi("opening","("));let z=he[he.length-1];if(z&&I.parens===z.parens+1){zr(he.pop());continue}te({type:"paren",value:P,output:I.parens?")":"\\)"}),_t("parens");continue}if(P==="["){if(r.nobracket===!0||!Oe().includes("]")){if(r.nobracket!==!0&&r.strictBrackets===!0)throw new SyntaxError(gi("closing","]"));P=`\\${P}`}else pt("brackets");te({type:"bracket",value:P});continue}if(P==="]"){if(r.nobracket===!0||S&&S.type==="bracket"&&S.value.length===1){te({type:"text",value:P,output:`\\${P}`});continue}if(I.brackets===0){if(r.strictBrackets===!0)throw new SyntaxError(gi("opening","["));te({type:"text",value:P,output:`\\${P}`});continue}_t("brackets");let z=S.value.slice(1);if(S.posix!==!0&&z[0]==="^"&&!z.includes("/")&&(P=`/${P}`),S.value+=P,et({value:P}),r.literalBrackets===!1||It.hasRegexChars(z))continue;let ue=It.escapeRegex(S.value);if(I.output=I.output.slice(0,-S.value.length),r.literalBrackets===!0){I.output+=ue,S.value=ue;continue}S.value=`(${a}${ue}|${S.value})`,I.output+=S.value;continue}if(P==="{"&&r.nobrace!==!0){pt("braces");let z={type:"brace",value:P,output:"(",outputIndex:I.output.length,tokensIndex:I.tokens.length};ve.push(z),te(z);continue}if(P==="}"){let z=ve[ve.length-1];if(r.nobrace===!0||!z){te({type:"text",value:P,output:P});continue}let ue=")";if(z.dots===!0){let ke=s.slice(),Ce=[];for(let $e=ke.length-1;$e>=0&&(s.pop(),ke[$e].type!=="brace");$e--)ke[$e].type!=="dots"&&Ce.unshift(ke[$e].value);ue=TI(Ce,r),I.backtrack=!0}if(z.comma!==!0&&z.dots!==!0){let ke=I.output.slice(0,z.outputIndex),Ce=I.tokens.slice(z.tokensIndex);z.value=z.output="\\{",P=ue="\\}",I.output=ke;for(let $e of Ce)I.output+=$e.output||$e.value}te({type:"brace",value:P,output:ue}),_t("braces"),ve.pop();continue}if(P==="|"){he.length>0&&he[he.length-1].conditions++,te({type:"text",value:P});continue}if(P===","){let z=P,ue=ve[ve.length-1];ue&&we[we.length-1]==="braces"&&(ue.comma=!0,z="|"),te({type:"comma",value:P,output:z});continue}if(P==="/"){if(S.type==="dot"&&I.index===I.start+1){I.start=I.index+1,I.consumed="",I.output="",s.pop(),S=o;continue}te({type:"slash",value:P,output:f});continue}if(P==="."){if(I.braces>0&&S.type==="dot"){S.value==="."&&(S.output=l);let z=ve[ve.length-1];S.type="dots",S.output+=P,S.value+=P,z.dots=!0;continue}if(I.braces+I.parens===0&&S.type!=="bos"&&S.type!=="slash"){te({type:"text",value:P,output:l});continue}te({type:"dot",value:P,output:l});continue}if(P==="?"){if(!(S&&S.value==="(")&&r.noextglob!==!0&&Z()==="("&&Z(2)!=="?"){At("qmark",P);continue}if(S&&S.type==="paren"){let ue=Z(),ke=P;(S.value==="("&&!/[!=<:]/.test(ue)||ue==="<"&&!/<([!=]|\w+>)/.test(Oe()))&&(ke=`\\${P}`),te({type:"text",value:P,output:ke});continue}if(r.dot!==!0&&(S.type==="slash"||S.type==="bos")){te({type:"qmark",value:P,output:A});continue}te({type:"qmark",value:P,output:x});continue}if(P==="!"){if(r.noextglob!==!0&&Z()==="("&&(Z(2)!=="?"||!/[!=<:]/.test(Z(3)))){At("negate",P);continue}if(r.nonegate!==!0&&I.index===0){dt();continue}}if(P==="+"){if(r.noextglob!==!0&&Z()==="("&&Z(2)!=="?"){At("plus",P);continue}if(S&&S.value==="("||r.regex===!1){te({type:"plus",value:P,output:p});continue}if(S&&(S.type==="bracket"||S.type==="paren"||S.type==="brace")||I.parens>0){te({type:"plus",value:P});continue}te({type:"plus",value:p});continue}if(P==="@"){if(r.noextglob!==!0&&Z()==="("&&Z(2)!=="?"){te({type:"at",extglob:!0,value:P,output:""});continue}te({type:"text",value:P});continue}if(P!=="*"){(P==="$"||P==="^")&&(P=`\\${P}`);let z=II.exec(Oe());z&&(P+=z[0],I.index+=z[0].length),te({type:"text",value:P});continue}if(S&&(S.type==="globstar"||S.star===!0)){S.type="star",S.star=!0,S.value+=P,S.output=Y,I.backtrack=!0,I.globstar=!0,xe(P);continue}let B=Oe();if(r.noextglob!==!0&&/^\([^?]/.test(B)){At("star",P);continue}if(S.type==="star"){if(r.noglobstar===!0){xe(P);continue}let z=S.prev,ue=z.prev,ke=z.type==="slash"||z.type==="bos",Ce=ue&&(ue.type==="star"||ue.type==="globstar");if(r.bash===!0&&(!ke||B[0]&&B[0]!=="/")){te({type:"star",value:P,output:""});continue}let $e=I.braces>0&&(z.type==="comma"||z.type==="brace"),tt=he.length&&(z.type==="pipe"||z.type==="paren");if(!ke&&z.type!=="paren"&&!$e&&!tt){te({type:"star",value:P,output:""});continue}for(;B.slice(0,3)==="/**";){let rt=e[I.index+4];if(rt&&rt!=="/")break;B=B.slice(3),xe("/**",3)}let Et=C()||I.parens>0&&B===")".repeat(I.parens)&&!he.some(rt=>rt.type==="negate");if(z.type==="bos"&&C()){S.type="globstar",S.value+=P,S.output=V(r),I.output=S.output,I.globstar=!0,xe(P);continue}if(z.type==="slash"&&z.prev.type!=="bos"&&!Ce&&Et){I.output=I.output.slice(0,-(z.output+S.output).length),z.output=`(?:${z.output}`,S.type="globstar",S.output=V(r)+(r.strictSlashes?")":"|$)"),S.value+=P,I.globstar=!0,I.output+=z.output+S.output,xe(P);continue}if(z.type==="slash"&&z.prev.type!=="bos"&&B[0]==="/"){let rt=B[1]!==void 0?"|$":"";I.output=I.output.slice(0,-(z.output+S.output).length),z.output=`(?:${z.output}`,S.type="globstar",S.output=`${V(r)}${f}|${f}${rt})`,S.value+=P,I.output+=z.output+S.output,I.globstar=!0,xe(P+fe()),te({type:"slash",value:"/",output:""});continue}if(z.type==="bos"&&B[0]==="/"){S.type="globstar",S.value+=P,S.output=`(?:^|${f}|${V(r)}${f})`,I.output=S.output,I.globstar=!0,xe(P+fe()),te({type:"slash",value:"/",output:""});continue}I.output=I.output.slice(0,-S.output.length),S.type="globstar",S.output=V(r),S.value+=P,I.output+=S.output,I.globstar=!0,xe(P);continue}let _e={type:"star",value:P,output:Y};if(r.bash===!0){_e.output=".*?",(S.type==="bos"||S.type==="slash")&&(_e.output=se+_e.output),te(_e);continue}if(S&&(S.type==="bracket"||S.type==="paren")&&r.regex===!0){_e.output=P,te(_e);continue}(I.index===I.start||S.type==="slash"||S.type==="dot")&&(S.type==="dot"?(I.output+=$,S.output+=$):r.dot===!0?(I.output+=w,S.output+=w):(I.output+=se,S.output+=se),Z()!=="*"&&(I.output+=h,S.output+=h)),te(_e)}for(;I.brackets>0;){if(r.strictBrackets===!0)throw new SyntaxError(gi("closing","]"));I.output=It.escapeLast(I.output,"["),_t("brackets")}for(;I.parens>0;){if(r.strictBrackets===!0)throw new SyntaxError(gi("closing",")"));I.output=It.escapeLast(I.output,"("),_t("parens")}for(;I.braces>0;){if(r.strictBrackets===!0)throw new SyntaxError(gi("closing","}"));I.output=It.escapeLast(I.output,"{"),_t("braces")}if(r.strictSlashes!==!0&&(S.type==="star"||S.type==="bracket")&&te({type:"maybe_slash",value:"",output:`${f}?`}),I.backtrack===!0){I.output="";for(let B of I.tokens)I.output+=B.output!=null?B.output:B.value,B.suffix&&(I.output+=B.suffix)}return I};fg.fastpaths=(e,t)=>{let r={...t},n=typeof r.maxLength=="number"?Math.min(Rc,r.maxLength):Rc,i=e.length;if(i>n)throw new SyntaxError(`Input length: ${i}, exceeds maximum allowed length: ${n}`);e=zv[e]||e;let{DOT_LITERAL:o,SLASH_LITERAL:s,ONE_CHAR:a,DOTS_SLASH:u,NO_DOT:c,NO_DOTS:l,NO_DOTS_SLASH:p,STAR:f,START_ANCHOR:h}=Do.globChars(r.windows),y=r.dot?l:c,g=r.dot?p:c,$=r.capture?"":"?:",w={negated:!1,prefix:""},x=r.bash===!0?".*?":f;r.capture&&(x=`(${x})`);let A=se=>se.noglobstar===!0?x:`(${$}(?:(?!${h}${se.dot?u:o}).)*?)`,F=se=>{switch(se){case"*":return`${y}${a}${x}`;case".*":return`${o}${a}${x}`;case"*.*":return`${y}${x}${o}${a}${x}`;case"*/*":return`${y}${x}${s}${a}${g}${x}`;case"**":return y+A(r);case"**/*":return`(?:${y}${A(r)}${s})?${g}${a}${x}`;case"**/*.*":return`(?:${y}${A(r)}${s})?${g}${x}${o}${a}${x}`;case"**/.*":return`(?:${y}${A(r)}${s})?${o}${a}${x}`;default:{let X=/^(.*?)\.(\w+)$/.exec(se);if(!X)return;let Y=F(X[1]);return Y?Y+o+X[2]:void 0}}},K=It.removePrefix(e,w),V=F(K);return V&&r.strictSlashes!==!0&&(V+=`${s}?`),V};Mv.exports=fg});var Zv=dn((oF,jv)=>{"use strict";var zI=Lv(),mg=qv(),Bv=Co(),UI=Oo(),MI=e=>e&&typeof e=="object"&&!Array.isArray(e),ze=(e,t,r=!1)=>{if(Array.isArray(e)){let l=e.map(f=>ze(f,t,r));return f=>{for(let h of l){let y=h(f);if(y)return y}return!1}}let n=MI(e)&&e.tokens&&e.input;if(e===""||typeof e!="string"&&!n)throw new TypeError("Expected pattern to be a non-empty string");let i=t||{},o=i.windows,s=n?ze.compileRe(e,t):ze.makeRe(e,t,!1,!0),a=s.state;delete s.state;let u=()=>!1;if(i.ignore){let l={...t,ignore:null,onMatch:null,onResult:null};u=ze(i.ignore,l,r)}let c=(l,p=!1)=>{let{isMatch:f,match:h,output:y}=ze.test(l,s,t,{glob:e,posix:o}),g={glob:e,state:a,regex:s,posix:o,input:l,output:y,match:h,isMatch:f};return typeof i.onResult=="function"&&i.onResult(g),f===!1?(g.isMatch=!1,p?g:!1):u(l)?(typeof i.onIgnore=="function"&&i.onIgnore(g),g.isMatch=!1,p?g:!1):(typeof i.onMatch=="function"&&i.onMatch(g),p?g:!0)};return r&&(c.state=a),c};ze.test=(e,t,r,{glob:n,posix:i}={})=>{if(typeof e!="string")throw new TypeError("Expected input to be a string");if(e==="")return{isMatch:!1,output:""};let o=r||{},s=o.format||(i?Bv.toPosixSlashes:null),a=e===n,u=a&&s?s(e):e;return a===!1&&(u=s?s(e):e,a=u===n),(a===!1||o.capture===!0)&&(o.matchBase===!0||o.basename===!0?a=ze.matchBase(e,t,r,i):a=t.exec(u)),{isMatch:!!a,match:a,output:u}};ze.matchBase=(e,t,r,n=r&&r.windows)=>(t instanceof RegExp?t:ze.makeRe(t,r)).test(Bv.basename(e,{windows:n}));ze.isMatch=(e,t,r)=>ze(t,r)(e);ze.parse=(e,t)=>Array.isArray(e)?e.map(r=>ze.parse(r,t)):mg(e,{...t,fastpaths:!1});ze.scan=(e,t)=>zI(e,t);ze.compileRe=(e,t,r=!1,n=!1)=>{if(r===!0)return e.output;let i=t||{},o=i.contains?"":"^",s=i.contains?"":"$",a=`${o}(?:${e.output})${s}`;e&&e.negated===!0&&(a=`^(?!${a}).*$`);let u=ze.toRegex(a,t);return n===!0&&(u.state=e),u};ze.makeRe=(e,t={},r=!1,n=!1)=>{if(!e||typeof e!="string")throw new TypeError("Expected a non-empty string");let i={negated:!1,fastpaths:!0};return t.fastpaths!==!1&&(e[0]==="."||e[0]==="*")&&(i.output=mg.fastpaths(e,t)),i.output||(i=mg(e,t)),ze.compileRe(i,t,r,n)};ze.toRegex=(e,t)=>{try{let r=t||{};return new RegExp(e,r.flags||(r.nocase?"i":""))}catch(r){if(t&&t.debug===!0)throw r;return/$^/}};ze.constants=UI;jv.exports=ze});var Hv=dn((sF,Kv)=>{"use strict";var Vv=Zv(),qI=Co();function Gv(e,t,r=!1){return t&&(t.windows===null||t.windows===void 0)&&(t={...t,windows:qI.isWindows()}),Vv(e,t,r)}Object.assign(Gv,Vv);Kv.exports=Gv});import{mkdtempSync as WI,writeFileSync as XI}from"node:fs";import{tmpdir as JI}from"node:os";import{join as ew,resolve as YI}from"node:path";import{setTimeout as QI}from"node:timers/promises";var pn=9e15,yr=1e9,Dc="0123456789abcdef",Bo="2.3025850929940456840179914546843642076011014886287729760333279009675726096773524802359972050895982983419677840422862486334095254650828067566662873690987816894829072083255546808437998948262331985283935053089653777326288461633662222876982198867465436674744042432743651550489343149393914796194044002221051017141748003688084012647080685567743216228355220114804663715659121373450747856947683463616792101806445070648000277502684916746550586856935673420670581136429224554405758925724208241314695689016758940256776311356919292033376587141660230105703089634572075440370847469940168269282808481184289314848524948644871927809676271275775397027668605952496716674183485704422507197965004714951050492214776567636938662976979522110718264549734772662425709429322582798502585509785265383207606726317164309505995087807523710333101197857547331541421808427543863591778117054309827482385045648019095610299291824318237525357709750539565187697510374970888692180205189339507238539205144634197265287286965110862571492198849978748873771345686209167058",jo="3.1415926535897932384626433832795028841971693993751058209749445923078164062862089986280348253421170679821480865132823066470938446095505822317253594081284811174502841027019385211055596446229489549303819644288109756659334461284756482337867831652712019091456485669234603486104543266482133936072602491412737245870066063155881748815209209628292540917153643678925903600113305305488204665213841469519415116094330572703657595919530921861173819326117931051185480744623799627495673518857527248912279381830119491298336733624406566430860213949463952247371907021798609437027705392171762931767523846748184676694051320005681271452635608277857713427577896091736371787214684409012249534301465495853710507922796892589235420199561121290219608640344181598136297747713099605187072113499999983729780499510597317328160963185950244594553469083026425223082533446850352619311881710100031378387528865875332083814206171776691473035982534904287554687311595628638823537875937519577818577805321712268066130019278766111959092164201989380952572010654858632789",Nc={precision:20,rounding:4,modulo:1,toExpNeg:-7,toExpPos:21,minE:-pn,maxE:pn,crypto:!1},$g,tr,le=!0,Vo="[DecimalError] ",br=Vo+"Invalid argument: ",_g=Vo+"Precision limit exceeded",Ag=Vo+"crypto unavailable",Sg="[object Decimal]",Xe=Math.floor,Be=Math.pow,cw=/^0b([01]+(\.[01]*)?|\.[01]+)(p[+-]?\d+)?$/i,uw=/^0x([0-9a-f]+(\.[0-9a-f]*)?|\.[0-9a-f]+)(p[+-]?\d+)?$/i,lw=/^0o([0-7]+(\.[0-7]*)?|\.[0-7]+)(p[+-]?\d+)?$/i,Pg=/^(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i,zt=1e7,ne=7,dw=9007199254740991,pw=Bo.length-1,Fc=jo.length-1,N={toStringTag:Sg};N.absoluteValue=N.abs=function(){var e=new this.constructor(this);return e.s<0&&(e.s=1),Q(e)};N.ceil=function(){return Q(new this.constructor(this),this.e+1,2)};N.clampedTo=N.clamp=function(e,t){var r,n=this,i=n.constructor;if(e=new i(e),t=new i(t),!e.s||!t.s)return new i(NaN);if(e.gt(t))throw Error(br+t);return r=n.cmp(e),r<0?e:n.cmp(t)>0?t:new i(n)};N.comparedTo=N.cmp=function(e){var t,r,n,i,o=this,s=o.d,a=(e=new o.constructor(e)).d,u=o.s,c=e.s;if(!s||!a)return!u||!c?NaN:u!==c?u:s===a?0:!s^u<0?1:-1;if(!s[0]||!a[0])return s[0]?u:a[0]?-c:0;if(u!==c)return u;if(o.e!==e.e)return o.e>e.e^u<0?1:-1;for(n=s.length,i=a.length,t=0,r=n<i?n:i;t<r;++t)if(s[t]!==a[t])return s[t]>a[t]^u<0?1:-1;return n===i?0:n>i^u<0?1:-1};N.cosine=N.cos=function(){var e,t,r=this,n=r.constructor;return r.d?r.d[0]?(e=n.precision,t=n.rounding,n.precision=e+Math.max(r.e,r.sd())+ne,n.rounding=1,r=fw(n,Og(n,r)),n.precision=e,n.rounding=t,Q(tr==2||tr==3?r.neg():r,e,t,!0)):new n(1):new n(NaN)};N.cubeRoot=N.cbrt=function(){var e,t,r,n,i,o,s,a,u,c,l=this,p=l.constructor;if(!l.isFinite()||l.isZero())return new p(l);for(le=!1,o=l.s*Be(l.s*l,1/3),!o||Math.abs(o)==1/0?(r=Ke(l.d),e=l.e,(o=(e-r.length+1)%3)&&(r+=o==1||o==-2?"0":"00"),o=Be(r,1/3),e=Xe((e+1)/3)-(e%3==(e<0?-1:2)),o==1/0?r="5e"+e:(r=o.toExponential(),r=r.slice(0,r.indexOf("e")+1)+e),n=new p(r),n.s=l.s):n=new p(o.toString()),s=(e=p.precision)+3;;)if(a=n,u=a.times(a).times(a),c=u.plus(l),n=Te(c.plus(l).times(a),c.plus(u),s+2,1),Ke(a.d).slice(0,s)===(r=Ke(n.d)).slice(0,s))if(r=r.slice(s-3,s+1),r=="9999"||!i&&r=="4999"){if(!i&&(Q(a,e+1,0),a.times(a).times(a).eq(l))){n=a;break}s+=4,i=1}else{(!+r||!+r.slice(1)&&r.charAt(0)=="5")&&(Q(n,e+1,1),t=!n.times(n).times(n).eq(l));break}return le=!0,Q(n,e,p.rounding,t)};N.decimalPlaces=N.dp=function(){var e,t=this.d,r=NaN;if(t){if(e=t.length-1,r=(e-Xe(this.e/ne))*ne,e=t[e],e)for(;e%10==0;e/=10)r--;r<0&&(r=0)}return r};N.dividedBy=N.div=function(e){return Te(this,new this.constructor(e))};N.dividedToIntegerBy=N.divToInt=function(e){var t=this,r=t.constructor;return Q(Te(t,new r(e),0,1,1),r.precision,r.rounding)};N.equals=N.eq=function(e){return this.cmp(e)===0};N.floor=function(){return Q(new this.constructor(this),this.e+1,3)};N.greaterThan=N.gt=function(e){return this.cmp(e)>0};N.greaterThanOrEqualTo=N.gte=function(e){var t=this.cmp(e);return t==1||t===0};N.hyperbolicCosine=N.cosh=function(){var e,t,r,n,i,o=this,s=o.constructor,a=new s(1);if(!o.isFinite())return new s(o.s?1/0:NaN);if(o.isZero())return a;r=s.precision,n=s.rounding,s.precision=r+Math.max(o.e,o.sd())+4,s.rounding=1,i=o.d.length,i<32?(e=Math.ceil(i/3),t=(1/Ko(4,e)).toString()):(e=16,t="2.3283064365386962890625e-10"),o=fn(s,1,o.times(t),new s(1),!0);for(var u,c=e,l=new s(8);c--;)u=o.times(o),o=a.minus(u.times(l.minus(u.times(l))));return Q(o,s.precision=r,s.rounding=n,!0)};N.hyperbolicSine=N.sinh=function(){var e,t,r,n,i=this,o=i.constructor;if(!i.isFinite()||i.isZero())return new o(i);if(t=o.precision,r=o.rounding,o.precision=t+Math.max(i.e,i.sd())+4,o.rounding=1,n=i.d.length,n<3)i=fn(o,2,i,i,!0);else{e=1.4*Math.sqrt(n),e=e>16?16:e|0,i=i.times(1/Ko(5,e)),i=fn(o,2,i,i,!0);for(var s,a=new o(5),u=new o(16),c=new o(20);e--;)s=i.times(i),i=i.times(a.plus(s.times(u.times(s).plus(c))))}return o.precision=t,o.rounding=r,Q(i,t,r,!0)};N.hyperbolicTangent=N.tanh=function(){var e,t,r=this,n=r.constructor;return r.isFinite()?r.isZero()?new n(r):(e=n.precision,t=n.rounding,n.precision=e+7,n.rounding=1,Te(r.sinh(),r.cosh(),n.precision=e,n.rounding=t)):new n(r.s)};N.inverseCosine=N.acos=function(){var e=this,t=e.constructor,r=e.abs().cmp(1),n=t.precision,i=t.rounding;return r!==-1?r===0?e.isNeg()?Kt(t,n,i):new t(0):new t(NaN):e.isZero()?Kt(t,n+4,i).times(.5):(t.precision=n+6,t.rounding=1,e=new t(1).minus(e).div(e.plus(1)).sqrt().atan(),t.precision=n,t.rounding=i,e.times(2))};N.inverseHyperbolicCosine=N.acosh=function(){var e,t,r=this,n=r.constructor;return r.lte(1)?new n(r.eq(1)?0:NaN):r.isFinite()?(e=n.precision,t=n.rounding,n.precision=e+Math.max(Math.abs(r.e),r.sd())+4,n.rounding=1,le=!1,r=r.times(r).minus(1).sqrt().plus(r),le=!0,n.precision=e,n.rounding=t,r.ln()):new n(r)};N.inverseHyperbolicSine=N.asinh=function(){var e,t,r=this,n=r.constructor;return!r.isFinite()||r.isZero()?new n(r):(e=n.precision,t=n.rounding,n.precision=e+2*Math.max(Math.abs(r.e),r.sd())+6,n.rounding=1,le=!1,r=r.times(r).plus(1).sqrt().plus(r),le=!0,n.precision=e,n.rounding=t,r.ln())};N.inverseHyperbolicTangent=N.atanh=function(){var e,t,r,n,i=this,o=i.constructor;return i.isFinite()?i.e>=0?new o(i.abs().eq(1)?i.s/0:i.isZero()?i:NaN):(e=o.precision,t=o.rounding,n=i.sd(),Math.max(n,e)<2*-i.e-1?Q(new o(i),e,t,!0):(o.precision=r=n-i.e,i=Te(i.plus(1),new o(1).minus(i),r+e,1),o.precision=e+4,o.rounding=1,i=i.ln(),o.precision=e,o.rounding=t,i.times(.5))):new o(NaN)};N.inverseSine=N.asin=function(){var e,t,r,n,i=this,o=i.constructor;return i.isZero()?new o(i):(t=i.abs().cmp(1),r=o.precision,n=o.rounding,t!==-1?t===0?(e=Kt(o,r+4,n).times(.5),e.s=i.s,e):new o(NaN):(o.precision=r+6,o.rounding=1,i=i.div(new o(1).minus(i.times(i)).sqrt().plus(1)).atan(),o.precision=r,o.rounding=n,i.times(2)))};N.inverseTangent=N.atan=function(){var e,t,r,n,i,o,s,a,u,c=this,l=c.constructor,p=l.precision,f=l.rounding;if(c.isFinite()){if(c.isZero())return new l(c);if(c.abs().eq(1)&&p+4<=Fc)return s=Kt(l,p+4,f).times(.25),s.s=c.s,s}else{if(!c.s)return new l(NaN);if(p+4<=Fc)return s=Kt(l,p+4,f).times(.5),s.s=c.s,s}for(l.precision=a=p+10,l.rounding=1,r=Math.min(28,a/ne+2|0),e=r;e;--e)c=c.div(c.times(c).plus(1).sqrt().plus(1));for(le=!1,t=Math.ceil(a/ne),n=1,u=c.times(c),s=new l(c),i=c;e!==-1;)if(i=i.times(u),o=s.minus(i.div(n+=2)),i=i.times(u),s=o.plus(i.div(n+=2)),s.d[t]!==void 0)for(e=t;s.d[e]===o.d[e]&&e--;);return r&&(s=s.times(2<<r-1)),le=!0,Q(s,l.precision=p,l.rounding=f,!0)};N.isFinite=function(){return!!this.d};N.isInteger=N.isInt=function(){return!!this.d&&Xe(this.e/ne)>this.d.length-2};N.isNaN=function(){return!this.s};N.isNegative=N.isNeg=function(){return this.s<0};N.isPositive=N.isPos=function(){return this.s>0};N.isZero=function(){return!!this.d&&this.d[0]===0};N.lessThan=N.lt=function(e){return this.cmp(e)<0};N.lessThanOrEqualTo=N.lte=function(e){return this.cmp(e)<1};N.logarithm=N.log=function(e){var t,r,n,i,o,s,a,u,c=this,l=c.constructor,p=l.precision,f=l.rounding,h=5;if(e==null)e=new l(10),t=!0;else{if(e=new l(e),r=e.d,e.s<0||!r||!r[0]||e.eq(1))return new l(NaN);t=e.eq(10)}if(r=c.d,c.s<0||!r||!r[0]||c.eq(1))return new l(r&&!r[0]?-1/0:c.s!=1?NaN:r?0:1/0);if(t)if(r.length>1)o=!0;else{for(i=r[0];i%10===0;)i/=10;o=i!==1}if(le=!1,a=p+h,s=gr(c,a),n=t?Zo(l,a+10):gr(e,a),u=Te(s,n,a,1),wi(u.d,i=p,f))do if(a+=10,s=gr(c,a),n=t?Zo(l,a+10):gr(e,a),u=Te(s,n,a,1),!o){+Ke(u.d).slice(i+1,i+15)+1==1e14&&(u=Q(u,p+1,0));break}while(wi(u.d,i+=10,f));return le=!0,Q(u,p,f)};N.minus=N.sub=function(e){var t,r,n,i,o,s,a,u,c,l,p,f,h=this,y=h.constructor;if(e=new y(e),!h.d||!e.d)return!h.s||!e.s?e=new y(NaN):h.d?e.s=-e.s:e=new y(e.d||h.s!==e.s?h:NaN),e;if(h.s!=e.s)return e.s=-e.s,h.plus(e);if(c=h.d,f=e.d,a=y.precision,u=y.rounding,!c[0]||!f[0]){if(f[0])e.s=-e.s;else if(c[0])e=new y(h);else return new y(u===3?-0:0);return le?Q(e,a,u):e}if(r=Xe(e.e/ne),l=Xe(h.e/ne),c=c.slice(),o=l-r,o){for(p=o<0,p?(t=c,o=-o,s=f.length):(t=f,r=l,s=c.length),n=Math.max(Math.ceil(a/ne),s)+2,o>n&&(o=n,t.length=1),t.reverse(),n=o;n--;)t.push(0);t.reverse()}else{for(n=c.length,s=f.length,p=n<s,p&&(s=n),n=0;n<s;n++)if(c[n]!=f[n]){p=c[n]<f[n];break}o=0}for(p&&(t=c,c=f,f=t,e.s=-e.s),s=c.length,n=f.length-s;n>0;--n)c[s++]=0;for(n=f.length;n>o;){if(c[--n]<f[n]){for(i=n;i&&c[--i]===0;)c[i]=zt-1;--c[i],c[n]+=zt}c[n]-=f[n]}for(;c[--s]===0;)c.pop();for(;c[0]===0;c.shift())--r;return c[0]?(e.d=c,e.e=Go(c,r),le?Q(e,a,u):e):new y(u===3?-0:0)};N.modulo=N.mod=function(e){var t,r=this,n=r.constructor;return e=new n(e),!r.d||!e.s||e.d&&!e.d[0]?new n(NaN):!e.d||r.d&&!r.d[0]?Q(new n(r),n.precision,n.rounding):(le=!1,n.modulo==9?(t=Te(r,e.abs(),0,3,1),t.s*=e.s):t=Te(r,e,0,n.modulo,1),t=t.times(e),le=!0,r.minus(t))};N.naturalExponential=N.exp=function(){return Lc(this)};N.naturalLogarithm=N.ln=function(){return gr(this)};N.negated=N.neg=function(){var e=new this.constructor(this);return e.s=-e.s,Q(e)};N.plus=N.add=function(e){var t,r,n,i,o,s,a,u,c,l,p=this,f=p.constructor;if(e=new f(e),!p.d||!e.d)return!p.s||!e.s?e=new f(NaN):p.d||(e=new f(e.d||p.s===e.s?p:NaN)),e;if(p.s!=e.s)return e.s=-e.s,p.minus(e);if(c=p.d,l=e.d,a=f.precision,u=f.rounding,!c[0]||!l[0])return l[0]||(e=new f(p)),le?Q(e,a,u):e;if(o=Xe(p.e/ne),n=Xe(e.e/ne),c=c.slice(),i=o-n,i){for(i<0?(r=c,i=-i,s=l.length):(r=l,n=o,s=c.length),o=Math.ceil(a/ne),s=o>s?o+1:s+1,i>s&&(i=s,r.length=1),r.reverse();i--;)r.push(0);r.reverse()}for(s=c.length,i=l.length,s-i<0&&(i=s,r=l,l=c,c=r),t=0;i;)t=(c[--i]=c[i]+l[i]+t)/zt|0,c[i]%=zt;for(t&&(c.unshift(t),++n),s=c.length;c[--s]==0;)c.pop();return e.d=c,e.e=Go(c,n),le?Q(e,a,u):e};N.precision=N.sd=function(e){var t,r=this;if(e!==void 0&&e!==!!e&&e!==1&&e!==0)throw Error(br+e);return r.d?(t=Rg(r.d),e&&r.e+1>t&&(t=r.e+1)):t=NaN,t};N.round=function(){var e=this,t=e.constructor;return Q(new t(e),e.e+1,t.rounding)};N.sine=N.sin=function(){var e,t,r=this,n=r.constructor;return r.isFinite()?r.isZero()?new n(r):(e=n.precision,t=n.rounding,n.precision=e+Math.max(r.e,r.sd())+ne,n.rounding=1,r=hw(n,Og(n,r)),n.precision=e,n.rounding=t,Q(tr>2?r.neg():r,e,t,!0)):new n(NaN)};N.squareRoot=N.sqrt=function(){var e,t,r,n,i,o,s=this,a=s.d,u=s.e,c=s.s,l=s.constructor;if(c!==1||!a||!a[0])return new l(!c||c<0&&(!a||a[0])?NaN:a?s:1/0);for(le=!1,c=Math.sqrt(+s),c==0||c==1/0?(t=Ke(a),(t.length+u)%2==0&&(t+="0"),c=Math.sqrt(t),u=Xe((u+1)/2)-(u<0||u%2),c==1/0?t="5e"+u:(t=c.toExponential(),t=t.slice(0,t.indexOf("e")+1)+u),n=new l(t)):n=new l(c.toString()),r=(u=l.precision)+3;;)if(o=n,n=o.plus(Te(s,o,r+2,1)).times(.5),Ke(o.d).slice(0,r)===(t=Ke(n.d)).slice(0,r))if(t=t.slice(r-3,r+1),t=="9999"||!i&&t=="4999"){if(!i&&(Q(o,u+1,0),o.times(o).eq(s))){n=o;break}r+=4,i=1}else{(!+t||!+t.slice(1)&&t.charAt(0)=="5")&&(Q(n,u+1,1),e=!n.times(n).eq(s));break}return le=!0,Q(n,u,l.rounding,e)};N.tangent=N.tan=function(){var e,t,r=this,n=r.constructor;return r.isFinite()?r.isZero()?new n(r):(e=n.precision,t=n.rounding,n.precision=e+10,n.rounding=1,r=r.sin(),r.s=1,r=Te(r,new n(1).minus(r.times(r)).sqrt(),e+10,0),n.precision=e,n.rounding=t,Q(tr==2||tr==4?r.neg():r,e,t,!0)):new n(NaN)};N.times=N.mul=function(e){var t,r,n,i,o,s,a,u,c,l=this,p=l.constructor,f=l.d,h=(e=new p(e)).d;if(e.s*=l.s,!f||!f[0]||!h||!h[0])return new p(!e.s||f&&!f[0]&&!h||h&&!h[0]&&!f?NaN:!f||!h?e.s/0:e.s*0);for(r=Xe(l.e/ne)+Xe(e.e/ne),u=f.length,c=h.length,u<c&&(o=f,f=h,h=o,s=u,u=c,c=s),o=[],s=u+c,n=s;n--;)o.push(0);for(n=c;--n>=0;){for(t=0,i=u+n;i>n;)a=o[i]+h[n]*f[i-n-1]+t,o[i--]=a%zt|0,t=a/zt|0;o[i]=(o[i]+t)%zt|0}for(;!o[--s];)o.pop();return t?++r:o.shift(),e.d=o,e.e=Go(o,r),le?Q(e,p.precision,p.rounding):e};N.toBinary=function(e,t){return zc(this,2,e,t)};N.toDecimalPlaces=N.toDP=function(e,t){var r=this,n=r.constructor;return r=new n(r),e===void 0?r:(ft(e,0,yr),t===void 0?t=n.rounding:ft(t,0,8),Q(r,e+r.e+1,t))};N.toExponential=function(e,t){var r,n=this,i=n.constructor;return e===void 0?r=Ht(n,!0):(ft(e,0,yr),t===void 0?t=i.rounding:ft(t,0,8),n=Q(new i(n),e+1,t),r=Ht(n,!0,e+1)),n.isNeg()&&!n.isZero()?"-"+r:r};N.toFixed=function(e,t){var r,n,i=this,o=i.constructor;return e===void 0?r=Ht(i):(ft(e,0,yr),t===void 0?t=o.rounding:ft(t,0,8),n=Q(new o(i),e+i.e+1,t),r=Ht(n,!1,e+n.e+1)),i.isNeg()&&!i.isZero()?"-"+r:r};N.toFraction=function(e){var t,r,n,i,o,s,a,u,c,l,p,f,h=this,y=h.d,g=h.constructor;if(!y)return new g(h);if(c=r=new g(1),n=u=new g(0),t=new g(n),o=t.e=Rg(y)-h.e-1,s=o%ne,t.d[0]=Be(10,s<0?ne+s:s),e==null)e=o>0?t:c;else{if(a=new g(e),!a.isInt()||a.lt(c))throw Error(br+a);e=a.gt(t)?o>0?t:c:a}for(le=!1,a=new g(Ke(y)),l=g.precision,g.precision=o=y.length*ne*2;p=Te(a,t,0,1,1),i=r.plus(p.times(n)),i.cmp(e)!=1;)r=n,n=i,i=c,c=u.plus(p.times(i)),u=i,i=t,t=a.minus(p.times(i)),a=i;return i=Te(e.minus(r),n,0,1,1),u=u.plus(i.times(c)),r=r.plus(i.times(n)),u.s=c.s=h.s,f=Te(c,n,o,1).minus(h).abs().cmp(Te(u,r,o,1).minus(h).abs())<1?[c,n]:[u,r],g.precision=l,le=!0,f};N.toHexadecimal=N.toHex=function(e,t){return zc(this,16,e,t)};N.toNearest=function(e,t){var r=this,n=r.constructor;if(r=new n(r),e==null){if(!r.d)return r;e=new n(1),t=n.rounding}else{if(e=new n(e),t===void 0?t=n.rounding:ft(t,0,8),!r.d)return e.s?r:e;if(!e.d)return e.s&&(e.s=r.s),e}return e.d[0]?(le=!1,r=Te(r,e,0,t,1).times(e),le=!0,Q(r)):(e.s=r.s,r=e),r};N.toNumber=function(){return+this};N.toOctal=function(e,t){return zc(this,8,e,t)};N.toPower=N.pow=function(e){var t,r,n,i,o,s,a=this,u=a.constructor,c=+(e=new u(e));if(!a.d||!e.d||!a.d[0]||!e.d[0])return new u(Be(+a,c));if(a=new u(a),a.eq(1))return a;if(n=u.precision,o=u.rounding,e.eq(1))return Q(a,n,o);if(t=Xe(e.e/ne),t>=e.d.length-1&&(r=c<0?-c:c)<=dw)return i=Ig(u,a,r,n),e.s<0?new u(1).div(i):Q(i,n,o);if(s=a.s,s<0){if(t<e.d.length-1)return new u(NaN);if((e.d[t]&1)==0&&(s=1),a.e==0&&a.d[0]==1&&a.d.length==1)return a.s=s,a}return r=Be(+a,c),t=r==0||!isFinite(r)?Xe(c*(Math.log("0."+Ke(a.d))/Math.LN10+a.e+1)):new u(r+"").e,t>u.maxE+1||t<u.minE-1?new u(t>0?s/0:0):(le=!1,u.rounding=a.s=1,r=Math.min(12,(t+"").length),i=Lc(e.times(gr(a,n+r)),n),i.d&&(i=Q(i,n+5,1),wi(i.d,n,o)&&(t=n+10,i=Q(Lc(e.times(gr(a,t+r)),t),t+5,1),+Ke(i.d).slice(n+1,n+15)+1==1e14&&(i=Q(i,n+1,0)))),i.s=s,le=!0,u.rounding=o,Q(i,n,o))};N.toPrecision=function(e,t){var r,n=this,i=n.constructor;return e===void 0?r=Ht(n,n.e<=i.toExpNeg||n.e>=i.toExpPos):(ft(e,1,yr),t===void 0?t=i.rounding:ft(t,0,8),n=Q(new i(n),e,t),r=Ht(n,e<=n.e||n.e<=i.toExpNeg,e)),n.isNeg()&&!n.isZero()?"-"+r:r};N.toSignificantDigits=N.toSD=function(e,t){var r=this,n=r.constructor;return e===void 0?(e=n.precision,t=n.rounding):(ft(e,1,yr),t===void 0?t=n.rounding:ft(t,0,8)),Q(new n(r),e,t)};N.toString=function(){var e=this,t=e.constructor,r=Ht(e,e.e<=t.toExpNeg||e.e>=t.toExpPos);return e.isNeg()&&!e.isZero()?"-"+r:r};N.truncated=N.trunc=function(){return Q(new this.constructor(this),this.e+1,1)};N.valueOf=N.toJSON=function(){var e=this,t=e.constructor,r=Ht(e,e.e<=t.toExpNeg||e.e>=t.toExpPos);return e.isNeg()?"-"+r:r};function Ke(e){var t,r,n,i=e.length-1,o="",s=e[0];if(i>0){for(o+=s,t=1;t<i;t++)n=e[t]+"",r=ne-n.length,r&&(o+=hr(r)),o+=n;s=e[t],n=s+"",r=ne-n.length,r&&(o+=hr(r))}else if(s===0)return"0";for(;s%10===0;)s/=10;return o+s}function ft(e,t,r){if(e!==~~e||e<t||e>r)throw Error(br+e)}function wi(e,t,r,n){var i,o,s,a;for(o=e[0];o>=10;o/=10)--t;return--t<0?(t+=ne,i=0):(i=Math.ceil((t+1)/ne),t%=ne),o=Be(10,ne-t),a=e[i]%o|0,n==null?t<3?(t==0?a=a/100|0:t==1&&(a=a/10|0),s=r<4&&a==99999||r>3&&a==49999||a==5e4||a==0):s=(r<4&&a+1==o||r>3&&a+1==o/2)&&(e[i+1]/o/100|0)==Be(10,t-2)-1||(a==o/2||a==0)&&(e[i+1]/o/100|0)==0:t<4?(t==0?a=a/1e3|0:t==1?a=a/100|0:t==2&&(a=a/10|0),s=(n||r<4)&&a==9999||!n&&r>3&&a==4999):s=((n||r<4)&&a+1==o||!n&&r>3&&a+1==o/2)&&(e[i+1]/o/1e3|0)==Be(10,t-3)-1,s}function Mo(e,t,r){for(var n,i=[0],o,s=0,a=e.length;s<a;){for(o=i.length;o--;)i[o]*=t;for(i[0]+=Dc.indexOf(e.charAt(s++)),n=0;n<i.length;n++)i[n]>r-1&&(i[n+1]===void 0&&(i[n+1]=0),i[n+1]+=i[n]/r|0,i[n]%=r)}return i.reverse()}function fw(e,t){var r,n,i;if(t.isZero())return t;n=t.d.length,n<32?(r=Math.ceil(n/3),i=(1/Ko(4,r)).toString()):(r=16,i="2.3283064365386962890625e-10"),e.precision+=r,t=fn(e,1,t.times(i),new e(1));for(var o=r;o--;){var s=t.times(t);t=s.times(s).minus(s).times(8).plus(1)}return e.precision-=r,t}var Te=(function(){function e(n,i,o){var s,a=0,u=n.length;for(n=n.slice();u--;)s=n[u]*i+a,n[u]=s%o|0,a=s/o|0;return a&&n.unshift(a),n}function t(n,i,o,s){var a,u;if(o!=s)u=o>s?1:-1;else for(a=u=0;a<o;a++)if(n[a]!=i[a]){u=n[a]>i[a]?1:-1;break}return u}function r(n,i,o,s){for(var a=0;o--;)n[o]-=a,a=n[o]<i[o]?1:0,n[o]=a*s+n[o]-i[o];for(;!n[0]&&n.length>1;)n.shift()}return function(n,i,o,s,a,u){var c,l,p,f,h,y,g,$,w,x,A,F,K,V,se,X,Y,I,he,ve,we=n.constructor,S=n.s==i.s?1:-1,P=n.d,C=i.d;if(!P||!P[0]||!C||!C[0])return new we(!n.s||!i.s||(P?C&&P[0]==C[0]:!C)?NaN:P&&P[0]==0||!C?S*0:S/0);for(u?(h=1,l=n.e-i.e):(u=zt,h=ne,l=Xe(n.e/h)-Xe(i.e/h)),he=C.length,Y=P.length,w=new we(S),x=w.d=[],p=0;C[p]==(P[p]||0);p++);if(C[p]>(P[p]||0)&&l--,o==null?(V=o=we.precision,s=we.rounding):a?V=o+(n.e-i.e)+1:V=o,V<0)x.push(1),y=!0;else{if(V=V/h+2|0,p=0,he==1){for(f=0,C=C[0],V++;(p<Y||f)&&V--;p++)se=f*u+(P[p]||0),x[p]=se/C|0,f=se%C|0;y=f||p<Y}else{for(f=u/(C[0]+1)|0,f>1&&(C=e(C,f,u),P=e(P,f,u),he=C.length,Y=P.length),X=he,A=P.slice(0,he),F=A.length;F<he;)A[F++]=0;ve=C.slice(),ve.unshift(0),I=C[0],C[1]>=u/2&&++I;do f=0,c=t(C,A,he,F),c<0?(K=A[0],he!=F&&(K=K*u+(A[1]||0)),f=K/I|0,f>1?(f>=u&&(f=u-1),g=e(C,f,u),$=g.length,F=A.length,c=t(g,A,$,F),c==1&&(f--,r(g,he<$?ve:C,$,u))):(f==0&&(c=f=1),g=C.slice()),$=g.length,$<F&&g.unshift(0),r(A,g,F,u),c==-1&&(F=A.length,c=t(C,A,he,F),c<1&&(f++,r(A,he<F?ve:C,F,u))),F=A.length):c===0&&(f++,A=[0]),x[p++]=f,c&&A[0]?A[F++]=P[X]||0:(A=[P[X]],F=1);while((X++<Y||A[0]!==void 0)&&V--);y=A[0]!==void 0}x[0]||x.shift()}if(h==1)w.e=l,$g=y;else{for(p=1,f=x[0];f>=10;f/=10)p++;w.e=p+l*h-1,Q(w,a?o+w.e+1:o,s,y)}return w}})();function Q(e,t,r,n){var i,o,s,a,u,c,l,p,f,h=e.constructor;e:if(t!=null){if(p=e.d,!p)return e;for(i=1,a=p[0];a>=10;a/=10)i++;if(o=t-i,o<0)o+=ne,s=t,l=p[f=0],u=l/Be(10,i-s-1)%10|0;else if(f=Math.ceil((o+1)/ne),a=p.length,f>=a)if(n){for(;a++<=f;)p.push(0);l=u=0,i=1,o%=ne,s=o-ne+1}else break e;else{for(l=a=p[f],i=1;a>=10;a/=10)i++;o%=ne,s=o-ne+i,u=s<0?0:l/Be(10,i-s-1)%10|0}if(n=n||t<0||p[f+1]!==void 0||(s<0?l:l%Be(10,i-s-1)),c=r<4?(u||n)&&(r==0||r==(e.s<0?3:2)):u>5||u==5&&(r==4||n||r==6&&(o>0?s>0?l/Be(10,i-s):0:p[f-1])%10&1||r==(e.s<0?8:7)),t<1||!p[0])return p.length=0,c?(t-=e.e+1,p[0]=Be(10,(ne-t%ne)%ne),e.e=-t||0):p[0]=e.e=0,e;if(o==0?(p.length=f,a=1,f--):(p.length=f+1,a=Be(10,ne-o),p[f]=s>0?(l/Be(10,i-s)%Be(10,s)|0)*a:0),c)for(;;)if(f==0){for(o=1,s=p[0];s>=10;s/=10)o++;for(s=p[0]+=a,a=1;s>=10;s/=10)a++;o!=a&&(e.e++,p[0]==zt&&(p[0]=1));break}else{if(p[f]+=a,p[f]!=zt)break;p[f--]=0,a=1}for(o=p.length;p[--o]===0;)p.pop()}return le&&(e.e>h.maxE?(e.d=null,e.e=NaN):e.e<h.minE&&(e.e=0,e.d=[0])),e}function Ht(e,t,r){if(!e.isFinite())return Tg(e);var n,i=e.e,o=Ke(e.d),s=o.length;return t?(r&&(n=r-s)>0?o=o.charAt(0)+"."+o.slice(1)+hr(n):s>1&&(o=o.charAt(0)+"."+o.slice(1)),o=o+(e.e<0?"e":"e+")+e.e):i<0?(o="0."+hr(-i-1)+o,r&&(n=r-s)>0&&(o+=hr(n))):i>=s?(o+=hr(i+1-s),r&&(n=r-i-1)>0&&(o=o+"."+hr(n))):((n=i+1)<s&&(o=o.slice(0,n)+"."+o.slice(n)),r&&(n=r-s)>0&&(i+1===s&&(o+="."),o+=hr(n))),o}function Go(e,t){var r=e[0];for(t*=ne;r>=10;r/=10)t++;return t}function Zo(e,t,r){if(t>pw)throw le=!0,r&&(e.precision=r),Error(_g);return Q(new e(Bo),t,1,!0)}function Kt(e,t,r){if(t>Fc)throw Error(_g);return Q(new e(jo),t,r,!0)}function Rg(e){var t=e.length-1,r=t*ne+1;if(t=e[t],t){for(;t%10==0;t/=10)r--;for(t=e[0];t>=10;t/=10)r++}return r}function hr(e){for(var t="";e--;)t+="0";return t}function Ig(e,t,r,n){var i,o=new e(1),s=Math.ceil(n/ne+4);for(le=!1;;){if(r%2&&(o=o.times(t),xg(o.d,s)&&(i=!0)),r=Xe(r/2),r===0){r=o.d.length-1,i&&o.d[r]===0&&++o.d[r];break}t=t.times(t),xg(t.d,s)}return le=!0,o}function wg(e){return e.d[e.d.length-1]&1}function Eg(e,t,r){for(var n,i,o=new e(t[0]),s=0;++s<t.length;){if(i=new e(t[s]),!i.s){o=i;break}n=o.cmp(i),(n===r||n===0&&o.s===r)&&(o=i)}return o}function Lc(e,t){var r,n,i,o,s,a,u,c=0,l=0,p=0,f=e.constructor,h=f.rounding,y=f.precision;if(!e.d||!e.d[0]||e.e>17)return new f(e.d?e.d[0]?e.s<0?0:1/0:1:e.s?e.s<0?0:e:NaN);for(t==null?(le=!1,u=y):u=t,a=new f(.03125);e.e>-2;)e=e.times(a),p+=5;for(n=Math.log(Be(2,p))/Math.LN10*2+5|0,u+=n,r=o=s=new f(1),f.precision=u;;){if(o=Q(o.times(e),u,1),r=r.times(++l),a=s.plus(Te(o,r,u,1)),Ke(a.d).slice(0,u)===Ke(s.d).slice(0,u)){for(i=p;i--;)s=Q(s.times(s),u,1);if(t==null)if(c<3&&wi(s.d,u-n,h,c))f.precision=u+=10,r=o=a=new f(1),l=0,c++;else return Q(s,f.precision=y,h,le=!0);else return f.precision=y,s}s=a}}function gr(e,t){var r,n,i,o,s,a,u,c,l,p,f,h=1,y=10,g=e,$=g.d,w=g.constructor,x=w.rounding,A=w.precision;if(g.s<0||!$||!$[0]||!g.e&&$[0]==1&&$.length==1)return new w($&&!$[0]?-1/0:g.s!=1?NaN:$?0:g);if(t==null?(le=!1,l=A):l=t,w.precision=l+=y,r=Ke($),n=r.charAt(0),Math.abs(o=g.e)<15e14){for(;n<7&&n!=1||n==1&&r.charAt(1)>3;)g=g.times(e),r=Ke(g.d),n=r.charAt(0),h++;o=g.e,n>1?(g=new w("0."+r),o++):g=new w(n+"."+r.slice(1))}else return c=Zo(w,l+2,A).times(o+""),g=gr(new w(n+"."+r.slice(1)),l-y).plus(c),w.precision=A,t==null?Q(g,A,x,le=!0):g;for(p=g,u=s=g=Te(g.minus(1),g.plus(1),l,1),f=Q(g.times(g),l,1),i=3;;){if(s=Q(s.times(f),l,1),c=u.plus(Te(s,new w(i),l,1)),Ke(c.d).slice(0,l)===Ke(u.d).slice(0,l))if(u=u.times(2),o!==0&&(u=u.plus(Zo(w,l+2,A).times(o+""))),u=Te(u,new w(h),l,1),t==null)if(wi(u.d,l-y,x,a))w.precision=l+=y,c=s=g=Te(p.minus(1),p.plus(1),l,1),f=Q(g.times(g),l,1),i=a=1;else return Q(u,w.precision=A,x,le=!0);else return w.precision=A,u;u=c,i+=2}}function Tg(e){return String(e.s*e.s/0)}function qo(e,t){var r,n,i;for((r=t.indexOf("."))>-1&&(t=t.replace(".","")),(n=t.search(/e/i))>0?(r<0&&(r=n),r+=+t.slice(n+1),t=t.substring(0,n)):r<0&&(r=t.length),n=0;t.charCodeAt(n)===48;n++);for(i=t.length;t.charCodeAt(i-1)===48;--i);if(t=t.slice(n,i),t){if(i-=n,e.e=r=r-n-1,e.d=[],n=(r+1)%ne,r<0&&(n+=ne),n<i){for(n&&e.d.push(+t.slice(0,n)),i-=ne;n<i;)e.d.push(+t.slice(n,n+=ne));t=t.slice(n),n=ne-t.length}else n-=i;for(;n--;)t+="0";e.d.push(+t),le&&(e.e>e.constructor.maxE?(e.d=null,e.e=NaN):e.e<e.constructor.minE&&(e.e=0,e.d=[0]))}else e.e=0,e.d=[0];return e}function mw(e,t){var r,n,i,o,s,a,u,c,l;if(t.indexOf("_")>-1){if(t=t.replace(/(\d)_(?=\d)/g,"$1"),Pg.test(t))return qo(e,t)}else if(t==="Infinity"||t==="NaN")return+t||(e.s=NaN),e.e=NaN,e.d=null,e;if(uw.test(t))r=16,t=t.toLowerCase();else if(cw.test(t))r=2;else if(lw.test(t))r=8;else throw Error(br+t);for(o=t.search(/p/i),o>0?(u=+t.slice(o+1),t=t.substring(2,o)):t=t.slice(2),o=t.indexOf("."),s=o>=0,n=e.constructor,s&&(t=t.replace(".",""),a=t.length,o=a-o,i=Ig(n,new n(r),o,o*2)),c=Mo(t,r,zt),l=c.length-1,o=l;c[o]===0;--o)c.pop();return o<0?new n(e.s*0):(e.e=Go(c,l),e.d=c,le=!1,s&&(e=Te(e,i,a*4)),u&&(e=e.times(Math.abs(u)<54?Be(2,u):xi.pow(2,u))),le=!0,e)}function hw(e,t){var r,n=t.d.length;if(n<3)return t.isZero()?t:fn(e,2,t,t);r=1.4*Math.sqrt(n),r=r>16?16:r|0,t=t.times(1/Ko(5,r)),t=fn(e,2,t,t);for(var i,o=new e(5),s=new e(16),a=new e(20);r--;)i=t.times(t),t=t.times(o.plus(i.times(s.times(i).minus(a))));return t}function fn(e,t,r,n,i){var o,s,a,u,c=1,l=e.precision,p=Math.ceil(l/ne);for(le=!1,u=r.times(r),a=new e(n);;){if(s=Te(a.times(u),new e(t++*t++),l,1),a=i?n.plus(s):n.minus(s),n=Te(s.times(u),new e(t++*t++),l,1),s=a.plus(n),s.d[p]!==void 0){for(o=p;s.d[o]===a.d[o]&&o--;);if(o==-1)break}o=a,a=n,n=s,s=o,c++}return le=!0,s.d.length=p+1,s}function Ko(e,t){for(var r=e;--t;)r*=e;return r}function Og(e,t){var r,n=t.s<0,i=Kt(e,e.precision,1),o=i.times(.5);if(t=t.abs(),t.lte(o))return tr=n?4:1,t;if(r=t.divToInt(i),r.isZero())tr=n?3:2;else{if(t=t.minus(r.times(i)),t.lte(o))return tr=wg(r)?n?2:3:n?4:1,t;tr=wg(r)?n?1:4:n?3:2}return t.minus(i).abs()}function zc(e,t,r,n){var i,o,s,a,u,c,l,p,f,h=e.constructor,y=r!==void 0;if(y?(ft(r,1,yr),n===void 0?n=h.rounding:ft(n,0,8)):(r=h.precision,n=h.rounding),!e.isFinite())l=Tg(e);else{for(l=Ht(e),s=l.indexOf("."),y?(i=2,t==16?r=r*4-3:t==8&&(r=r*3-2)):i=t,s>=0&&(l=l.replace(".",""),f=new h(1),f.e=l.length-s,f.d=Mo(Ht(f),10,i),f.e=f.d.length),p=Mo(l,10,i),o=u=p.length;p[--u]==0;)p.pop();if(!p[0])l=y?"0p+0":"0";else{if(s<0?o--:(e=new h(e),e.d=p,e.e=o,e=Te(e,f,r,n,0,i),p=e.d,o=e.e,c=$g),s=p[r],a=i/2,c=c||p[r+1]!==void 0,c=n<4?(s!==void 0||c)&&(n===0||n===(e.s<0?3:2)):s>a||s===a&&(n===4||c||n===6&&p[r-1]&1||n===(e.s<0?8:7)),p.length=r,c)for(;++p[--r]>i-1;)p[r]=0,r||(++o,p.unshift(1));for(u=p.length;!p[u-1];--u);for(s=0,l="";s<u;s++)l+=Dc.charAt(p[s]);if(y){if(u>1)if(t==16||t==8){for(s=t==16?4:3,--u;u%s;u++)l+="0";for(p=Mo(l,i,t),u=p.length;!p[u-1];--u);for(s=1,l="1.";s<u;s++)l+=Dc.charAt(p[s])}else l=l.charAt(0)+"."+l.slice(1);l=l+(o<0?"p":"p+")+o}else if(o<0){for(;++o;)l="0"+l;l="0."+l}else if(++o>u)for(o-=u;o--;)l+="0";else o<u&&(l=l.slice(0,o)+"."+l.slice(o))}l=(t==16?"0x":t==2?"0b":t==8?"0o":"")+l}return e.s<0?"-"+l:l}function xg(e,t){if(e.length>t)return e.length=t,!0}function gw(e){return new this(e).abs()}function bw(e){return new this(e).acos()}function yw(e){return new this(e).acosh()}function vw(e,t){return new this(e).plus(t)}function ww(e){return new this(e).asin()}function xw(e){return new this(e).asinh()}function kw(e){return new this(e).atan()}function $w(e){return new this(e).atanh()}function _w(e,t){e=new this(e),t=new this(t);var r,n=this.precision,i=this.rounding,o=n+4;return!e.s||!t.s?r=new this(NaN):!e.d&&!t.d?(r=Kt(this,o,1).times(t.s>0?.25:.75),r.s=e.s):!t.d||e.isZero()?(r=t.s<0?Kt(this,n,i):new this(0),r.s=e.s):!e.d||t.isZero()?(r=Kt(this,o,1).times(.5),r.s=e.s):t.s<0?(this.precision=o,this.rounding=1,r=this.atan(Te(e,t,o,1)),t=Kt(this,o,1),this.precision=n,this.rounding=i,r=e.s<0?r.minus(t):r.plus(t)):r=this.atan(Te(e,t,o,1)),r}function Aw(e){return new this(e).cbrt()}function Sw(e){return Q(e=new this(e),e.e+1,2)}function Pw(e,t,r){return new this(e).clamp(t,r)}function Rw(e){if(!e||typeof e!="object")throw Error(Vo+"Object expected");var t,r,n,i=e.defaults===!0,o=["precision",1,yr,"rounding",0,8,"toExpNeg",-pn,0,"toExpPos",0,pn,"maxE",0,pn,"minE",-pn,0,"modulo",0,9];for(t=0;t<o.length;t+=3)if(r=o[t],i&&(this[r]=Nc[r]),(n=e[r])!==void 0)if(Xe(n)===n&&n>=o[t+1]&&n<=o[t+2])this[r]=n;else throw Error(br+r+": "+n);if(r="crypto",i&&(this[r]=Nc[r]),(n=e[r])!==void 0)if(n===!0||n===!1||n===0||n===1)if(n)if(typeof crypto<"u"&&crypto&&(crypto.getRandomValues||crypto.randomBytes))this[r]=!0;else throw Error(Ag);else this[r]=!1;else throw Error(br+r+": "+n);return this}function Iw(e){return new this(e).cos()}function Ew(e){return new this(e).cosh()}function Cg(e){var t,r,n;function i(o){var s,a,u,c=this;if(!(c instanceof i))return new i(o);if(c.constructor=i,kg(o)){c.s=o.s,le?!o.d||o.e>i.maxE?(c.e=NaN,c.d=null):o.e<i.minE?(c.e=0,c.d=[0]):(c.e=o.e,c.d=o.d.slice()):(c.e=o.e,c.d=o.d?o.d.slice():o.d);return}if(u=typeof o,u==="number"){if(o===0){c.s=1/o<0?-1:1,c.e=0,c.d=[0];return}if(o<0?(o=-o,c.s=-1):c.s=1,o===~~o&&o<1e7){for(s=0,a=o;a>=10;a/=10)s++;le?s>i.maxE?(c.e=NaN,c.d=null):s<i.minE?(c.e=0,c.d=[0]):(c.e=s,c.d=[o]):(c.e=s,c.d=[o]);return}if(o*0!==0){o||(c.s=NaN),c.e=NaN,c.d=null;return}return qo(c,o.toString())}if(u==="string")return(a=o.charCodeAt(0))===45?(o=o.slice(1),c.s=-1):(a===43&&(o=o.slice(1)),c.s=1),Pg.test(o)?qo(c,o):mw(c,o);if(u==="bigint")return o<0?(o=-o,c.s=-1):c.s=1,qo(c,o.toString());throw Error(br+o)}if(i.prototype=N,i.ROUND_UP=0,i.ROUND_DOWN=1,i.ROUND_CEIL=2,i.ROUND_FLOOR=3,i.ROUND_HALF_UP=4,i.ROUND_HALF_DOWN=5,i.ROUND_HALF_EVEN=6,i.ROUND_HALF_CEIL=7,i.ROUND_HALF_FLOOR=8,i.EUCLID=9,i.config=i.set=Rw,i.clone=Cg,i.isDecimal=kg,i.abs=gw,i.acos=bw,i.acosh=yw,i.add=vw,i.asin=ww,i.asinh=xw,i.atan=kw,i.atanh=$w,i.atan2=_w,i.cbrt=Aw,i.ceil=Sw,i.clamp=Pw,i.cos=Iw,i.cosh=Ew,i.div=Tw,i.exp=Ow,i.floor=Cw,i.hypot=Dw,i.ln=Nw,i.log=Fw,i.log10=zw,i.log2=Lw,i.max=Uw,i.min=Mw,i.mod=qw,i.mul=Bw,i.pow=jw,i.random=Zw,i.round=Vw,i.sign=Gw,i.sin=Kw,i.sinh=Hw,i.sqrt=Ww,i.sub=Xw,i.sum=Jw,i.tan=Yw,i.tanh=Qw,i.trunc=ex,e===void 0&&(e={}),e&&e.defaults!==!0)for(n=["precision","rounding","toExpNeg","toExpPos","maxE","minE","modulo","crypto"],t=0;t<n.length;)e.hasOwnProperty(r=n[t++])||(e[r]=this[r]);return i.config(e),i}function Tw(e,t){return new this(e).div(t)}function Ow(e){return new this(e).exp()}function Cw(e){return Q(e=new this(e),e.e+1,3)}function Dw(){var e,t,r=new this(0);for(le=!1,e=0;e<arguments.length;)if(t=new this(arguments[e++]),t.d)r.d&&(r=r.plus(t.times(t)));else{if(t.s)return le=!0,new this(1/0);r=t}return le=!0,r.sqrt()}function kg(e){return e instanceof xi||e&&e.toStringTag===Sg||!1}function Nw(e){return new this(e).ln()}function Fw(e,t){return new this(e).log(t)}function Lw(e){return new this(e).log(2)}function zw(e){return new this(e).log(10)}function Uw(){return Eg(this,arguments,-1)}function Mw(){return Eg(this,arguments,1)}function qw(e,t){return new this(e).mod(t)}function Bw(e,t){return new this(e).mul(t)}function jw(e,t){return new this(e).pow(t)}function Zw(e){var t,r,n,i,o=0,s=new this(1),a=[];if(e===void 0?e=this.precision:ft(e,1,yr),n=Math.ceil(e/ne),this.crypto)if(crypto.getRandomValues)for(t=crypto.getRandomValues(new Uint32Array(n));o<n;)i=t[o],i>=429e7?t[o]=crypto.getRandomValues(new Uint32Array(1))[0]:a[o++]=i%1e7;else if(crypto.randomBytes){for(t=crypto.randomBytes(n*=4);o<n;)i=t[o]+(t[o+1]<<8)+(t[o+2]<<16)+((t[o+3]&127)<<24),i>=214e7?crypto.randomBytes(4).copy(t,o):(a.push(i%1e7),o+=4);o=n/4}else throw Error(Ag);else for(;o<n;)a[o++]=Math.random()*1e7|0;for(n=a[--o],e%=ne,n&&e&&(i=Be(10,ne-e),a[o]=(n/i|0)*i);a[o]===0;o--)a.pop();if(o<0)r=0,a=[0];else{for(r=-1;a[0]===0;r-=ne)a.shift();for(n=1,i=a[0];i>=10;i/=10)n++;n<ne&&(r-=ne-n)}return s.e=r,s.d=a,s}function Vw(e){return Q(e=new this(e),e.e+1,this.rounding)}function Gw(e){return e=new this(e),e.d?e.d[0]?e.s:0*e.s:e.s||NaN}function Kw(e){return new this(e).sin()}function Hw(e){return new this(e).sinh()}function Ww(e){return new this(e).sqrt()}function Xw(e,t){return new this(e).sub(t)}function Jw(){var e=0,t=arguments,r=new this(t[e]);for(le=!1;r.s&&++e<t.length;)r=r.plus(t[e]);return le=!0,Q(r,this.precision,this.rounding)}function Yw(e){return new this(e).tan()}function Qw(e){return new this(e).tanh()}function ex(e){return Q(e=new this(e),e.e+1,1)}N[Symbol.for("nodejs.util.inspect.custom")]=N.toString;N[Symbol.toStringTag]="Decimal";var xi=N.constructor=Cg(Nc);Bo=new xi(Bo);jo=new xi(jo);var Ho=xi;var ae=Ho,Uc=100,tx=40,mt=ae.clone({precision:Uc,rounding:ae.ROUND_HALF_UP,toExpNeg:-40,toExpPos:40}),rx=mt.clone({precision:tx}),nx=mt.clone({precision:1e9}),nt=new mt(0),Wt=new mt(1),ix=new mt("0.01");function ie(e){return new mt(e)}function mn(e){return e.toFixed()}function Je(e){let t,r;for(let n of e)t===void 0?t=n:r=(r??new nx(t)).plus(n);return r?new mt(r):t===void 0?nt:t.constructor===mt?t:new mt(t)}function Ut(e,t){return new mt(new rx(e).dividedBy(t))}function ht(e,t){return t===Wt&&e.precision()<=Uc?e:e===Wt&&t.precision()<=Uc?t:e.times(t)}function Ne(e,t={}){let r=e.isNegative()&&!e.isZero(),n=e.abs(),i;return!n.isZero()&&n.lessThan(ix)?i=n.toSignificantDigits(2,ae.ROUND_HALF_UP).toFixed():i=Mc(n.toFixed(2,ae.ROUND_HALF_UP)),`${r?"-":t.sign?"+":""}$${i}`}function qc(e,t={}){let r=e.isNegative()&&!e.isZero(),n=e.abs(),i=n.isInteger()?Mc(n.toFixed(0)):Mc(n.toFixed(2,ae.ROUND_HALF_UP));return`${r?"-":t.sign?"+":""}${i} credits`}function Mc(e){let t=e.startsWith("-"),r=t?e.slice(1):e,[n="0",i]=r.split("."),o=n.replace(/\B(?=(\d{3})+(?!\d))/g,",");return`${t?"-":""}${o}${i!==void 0?`.${i}`:""}`}var J=class extends Error{constructor(r,n,i,o){super(r);this.where=n;this.fix=i;this.detail=o}where;fix;detail;name="GenspendError";format(){let r=[];return this.where&&(r.push(this.where.line!==void 0?`${this.where.file}:${this.where.line}`:this.where.file),this.where.path&&r.push(this.where.path)),r.push(this.fix?`${this.message} (fix: ${this.fix})`:this.message),r.join(": ")}},Mt=class extends Error{constructor(r){super(r.map(n=>n.format()).join(`
`));this.errors=r}errors;name="GenspendErrors";format(){return this.message}};function Wo(e){if(e instanceof Mt)return e.errors;if(e instanceof J)return[e]}function Ur(e,t){let r=[],n=[];for(let i of e)try{n.push(t(i))}catch(o){let s=Wo(o);if(!s)throw o;r.push(...s)}if(r.length)throw new Mt(r);return n}function vr(e,t,r=3){let n=e.toLowerCase(),i=Math.min(r,Math.max(1,Math.ceil(n.length/2))),o,s=i+1;for(let a of t){let u=ox(n,a.toLowerCase(),s-1);u<s&&(s=u,o=a)}return o}var rr=[];function ox(e,t,r){if(Math.abs(e.length-t.length)>r)return r+1;rr.length<=t.length&&(rr=new Array(t.length+1).fill(0));for(let n=0;n<=t.length;n++)rr[n]=n;for(let n=1;n<=e.length;n++){let i=rr[0];rr[0]=n;let o=n,s=e.charCodeAt(n-1);for(let a=1;a<=t.length;a++){let u=rr[a],c=Math.min(u+1,rr[a-1]+1,i+(s===t.charCodeAt(a-1)?0:1));rr[a]=c,c<o&&(o=c),i=u}if(o>r)return r+1}return rr[t.length]}function sx(e){return e&&e.__esModule&&Object.prototype.hasOwnProperty.call(e,"default")?e.default:e}var Ye={},Xo={},wr={},Dg;function ki(){if(Dg)return wr;Dg=1;function e(s){return typeof s>"u"||s===null}function t(s){return typeof s=="object"&&s!==null}function r(s){return Array.isArray(s)?s:e(s)?[]:[s]}function n(s,a){if(a){let u=Object.keys(a);for(let c=0,l=u.length;c<l;c+=1){let p=u[c];s[p]=a[p]}}return s}function i(s,a){let u="";for(let c=0;c<a;c+=1)u+=s;return u}function o(s){return s===0&&Number.NEGATIVE_INFINITY===1/s}return wr.isNothing=e,wr.isObject=t,wr.toArray=r,wr.repeat=i,wr.isNegativeZero=o,wr.extend=n,wr}var Bc,Ng;function $i(){if(Ng)return Bc;Ng=1;function e(r,n){let i="",o=r.reason||"(unknown reason)";return r.mark?(r.mark.name&&(i+='in "'+r.mark.name+'" '),i+="("+(r.mark.line+1)+":"+(r.mark.column+1)+")",!n&&r.mark.snippet&&(i+=`

`+r.mark.snippet),o+" "+i):o}function t(r,n){Error.call(this),this.name="YAMLException",this.reason=r,this.mark=n,this.message=e(this,!1),Error.captureStackTrace?Error.captureStackTrace(this,this.constructor):this.stack=new Error().stack||""}return t.prototype=Object.create(Error.prototype),t.prototype.constructor=t,t.prototype.toString=function(n){return this.name+": "+e(this,n)},Bc=t,Bc}var jc,Fg;function ax(){if(Fg)return jc;Fg=1;let e=ki();function t(i,o,s,a,u){let c="",l="",p=Math.floor(u/2)-1;return a-o>p&&(c=" ... ",o=a-p+c.length),s-a>p&&(l=" ...",s=a+p-l.length),{str:c+i.slice(o,s).replace(/\t/g,"\u2192")+l,pos:a-o+c.length}}function r(i,o){return e.repeat(" ",o-i.length)+i}function n(i,o){if(o=Object.create(o||null),!i.buffer)return null;o.maxLength||(o.maxLength=79),typeof o.indent!="number"&&(o.indent=1),typeof o.linesBefore!="number"&&(o.linesBefore=3),typeof o.linesAfter!="number"&&(o.linesAfter=2);let s=/\r?\n|\r|\0/g,a=[0],u=[],c,l=-1;for(;c=s.exec(i.buffer);)u.push(c.index),a.push(c.index+c[0].length),i.position<=c.index&&l<0&&(l=a.length-2);l<0&&(l=a.length-1);let p="",f=Math.min(i.line+o.linesAfter,u.length).toString().length,h=o.maxLength-(o.indent+f+3);for(let g=1;g<=o.linesBefore&&!(l-g<0);g++){let $=t(i.buffer,a[l-g],u[l-g],i.position-(a[l]-a[l-g]),h);p=e.repeat(" ",o.indent)+r((i.line-g+1).toString(),f)+" | "+$.str+`
`+p}let y=t(i.buffer,a[l],u[l],i.position,h);p+=e.repeat(" ",o.indent)+r((i.line+1).toString(),f)+" | "+y.str+`
`,p+=e.repeat("-",o.indent+f+3+y.pos)+`^
`;for(let g=1;g<=o.linesAfter&&!(l+g>=u.length);g++){let $=t(i.buffer,a[l+g],u[l+g],i.position-(a[l]-a[l+g]),h);p+=e.repeat(" ",o.indent)+r((i.line+g+1).toString(),f)+" | "+$.str+`
`}return p.replace(/\n$/,"")}return jc=n,jc}var Zc,Lg;function it(){if(Lg)return Zc;Lg=1;let e=$i(),t=["kind","multi","resolve","construct","instanceOf","predicate","represent","representName","defaultStyle","styleAliases"],r=["scalar","sequence","mapping"];function n(o){let s={};return o!==null&&Object.keys(o).forEach(function(a){o[a].forEach(function(u){s[String(u)]=a})}),s}function i(o,s){if(s=s||{},Object.keys(s).forEach(function(a){if(t.indexOf(a)===-1)throw new e('Unknown option "'+a+'" is met in definition of "'+o+'" YAML type.')}),this.options=s,this.tag=o,this.kind=s.kind||null,this.resolve=s.resolve||function(){return!0},this.construct=s.construct||function(a){return a},this.instanceOf=s.instanceOf||null,this.predicate=s.predicate||null,this.represent=s.represent||null,this.representName=s.representName||null,this.defaultStyle=s.defaultStyle||null,this.multi=s.multi||!1,this.styleAliases=n(s.styleAliases||null),r.indexOf(this.kind)===-1)throw new e('Unknown kind "'+this.kind+'" is specified for "'+o+'" YAML type.')}return Zc=i,Zc}var Vc,zg;function o0(){if(zg)return Vc;zg=1;let e=$i(),t=it();function r(o,s){let a=[];return o[s].forEach(function(u){let c=a.length;a.forEach(function(l,p){l.tag===u.tag&&l.kind===u.kind&&l.multi===u.multi&&(c=p)}),a[c]=u}),a}function n(){let o={scalar:{},sequence:{},mapping:{},fallback:{},multi:{scalar:[],sequence:[],mapping:[],fallback:[]}};function s(a){a.multi?(o.multi[a.kind].push(a),o.multi.fallback.push(a)):o[a.kind][a.tag]=o.fallback[a.tag]=a}for(let a=0,u=arguments.length;a<u;a+=1)arguments[a].forEach(s);return o}function i(o){return this.extend(o)}return i.prototype.extend=function(s){let a=[],u=[];if(s instanceof t)u.push(s);else if(Array.isArray(s))u=u.concat(s);else if(s&&(Array.isArray(s.implicit)||Array.isArray(s.explicit)))s.implicit&&(a=a.concat(s.implicit)),s.explicit&&(u=u.concat(s.explicit));else throw new e("Schema.extend argument should be a Type, [ Type ], or a schema definition ({ implicit: [...], explicit: [...] })");a.forEach(function(l){if(!(l instanceof t))throw new e("Specified list of YAML types (or a single Type object) contains a non-Type object.");if(l.loadKind&&l.loadKind!=="scalar")throw new e("There is a non-scalar type in the implicit list of a schema. Implicit resolving of such types is not supported.");if(l.multi)throw new e("There is a multi type in the implicit list of a schema. Multi tags can only be listed as explicit.")}),u.forEach(function(l){if(!(l instanceof t))throw new e("Specified list of YAML types (or a single Type object) contains a non-Type object.")});let c=Object.create(i.prototype);return c.implicit=(this.implicit||[]).concat(a),c.explicit=(this.explicit||[]).concat(u),c.compiledImplicit=r(c,"implicit"),c.compiledExplicit=r(c,"explicit"),c.compiledTypeMap=n(c.compiledImplicit,c.compiledExplicit),c},Vc=i,Vc}var Gc,Ug;function s0(){if(Ug)return Gc;Ug=1;let e=it();return Gc=new e("tag:yaml.org,2002:str",{kind:"scalar",construct:function(t){return t!==null?t:""}}),Gc}var Kc,Mg;function a0(){if(Mg)return Kc;Mg=1;let e=it();return Kc=new e("tag:yaml.org,2002:seq",{kind:"sequence",construct:function(t){return t!==null?t:[]}}),Kc}var Hc,qg;function c0(){if(qg)return Hc;qg=1;let e=it();return Hc=new e("tag:yaml.org,2002:map",{kind:"mapping",construct:function(t){return t!==null?t:{}}}),Hc}var Wc,Bg;function u0(){if(Bg)return Wc;Bg=1;let e=o0();return Wc=new e({explicit:[s0(),a0(),c0()]}),Wc}var Xc,jg;function l0(){if(jg)return Xc;jg=1;let e=it();function t(i){if(i===null)return!0;let o=i.length;return o===1&&i==="~"||o===4&&(i==="null"||i==="Null"||i==="NULL")}function r(){return null}function n(i){return i===null}return Xc=new e("tag:yaml.org,2002:null",{kind:"scalar",resolve:t,construct:r,predicate:n,represent:{canonical:function(){return"~"},lowercase:function(){return"null"},uppercase:function(){return"NULL"},camelcase:function(){return"Null"},empty:function(){return""}},defaultStyle:"lowercase"}),Xc}var Jc,Zg;function d0(){if(Zg)return Jc;Zg=1;let e=it();function t(i){if(i===null)return!1;let o=i.length;return o===4&&(i==="true"||i==="True"||i==="TRUE")||o===5&&(i==="false"||i==="False"||i==="FALSE")}function r(i){return i==="true"||i==="True"||i==="TRUE"}function n(i){return Object.prototype.toString.call(i)==="[object Boolean]"}return Jc=new e("tag:yaml.org,2002:bool",{kind:"scalar",resolve:t,construct:r,predicate:n,represent:{lowercase:function(i){return i?"true":"false"},uppercase:function(i){return i?"TRUE":"FALSE"},camelcase:function(i){return i?"True":"False"}},defaultStyle:"lowercase"}),Jc}var Yc,Vg;function p0(){if(Vg)return Yc;Vg=1;let e=ki(),t=it();function r(c){return c>=48&&c<=57||c>=65&&c<=70||c>=97&&c<=102}function n(c){return c>=48&&c<=55}function i(c){return c>=48&&c<=57}function o(c){if(c===null)return!1;let l=c.length,p=0,f=!1;if(!l)return!1;let h=c[p];if((h==="-"||h==="+")&&(h=c[++p]),h==="0"){if(p+1===l)return!0;if(h=c[++p],h==="b"){for(p++;p<l;p++){if(h=c[p],h!=="0"&&h!=="1")return!1;f=!0}return f&&isFinite(s(c))}if(h==="x"){for(p++;p<l;p++){if(!r(c.charCodeAt(p)))return!1;f=!0}return f&&isFinite(s(c))}if(h==="o"){for(p++;p<l;p++){if(!n(c.charCodeAt(p)))return!1;f=!0}return f&&isFinite(s(c))}}for(;p<l;p++){if(!i(c.charCodeAt(p)))return!1;f=!0}return f?isFinite(s(c)):!1}function s(c){let l=c,p=1,f=l[0];if((f==="-"||f==="+")&&(f==="-"&&(p=-1),l=l.slice(1),f=l[0]),l==="0")return 0;if(f==="0"){if(l[1]==="b")return p*parseInt(l.slice(2),2);if(l[1]==="x")return p*parseInt(l.slice(2),16);if(l[1]==="o")return p*parseInt(l.slice(2),8)}return p*parseInt(l,10)}function a(c){return s(c)}function u(c){return Object.prototype.toString.call(c)==="[object Number]"&&c%1===0&&!e.isNegativeZero(c)}return Yc=new t("tag:yaml.org,2002:int",{kind:"scalar",resolve:o,construct:a,predicate:u,represent:{binary:function(c){return c>=0?"0b"+c.toString(2):"-0b"+c.toString(2).slice(1)},octal:function(c){return c>=0?"0o"+c.toString(8):"-0o"+c.toString(8).slice(1)},decimal:function(c){return c.toString(10)},hexadecimal:function(c){return c>=0?"0x"+c.toString(16).toUpperCase():"-0x"+c.toString(16).toUpperCase().slice(1)}},defaultStyle:"decimal",styleAliases:{binary:[2,"bin"],octal:[8,"oct"],decimal:[10,"dec"],hexadecimal:[16,"hex"]}}),Yc}var Qc,Gg;function f0(){if(Gg)return Qc;Gg=1;let e=ki(),t=it(),r=new RegExp("^(?:[-+]?(?:[0-9]+)(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$"),n=new RegExp("^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");function i(c){return c===null||!r.test(c)?!1:isFinite(parseFloat(c,10))?!0:n.test(c)}function o(c){let l=c.toLowerCase(),p=l[0]==="-"?-1:1;return"+-".indexOf(l[0])>=0&&(l=l.slice(1)),l===".inf"?p===1?Number.POSITIVE_INFINITY:Number.NEGATIVE_INFINITY:l===".nan"?NaN:p*parseFloat(l,10)}let s=/^[-+]?[0-9]+e/;function a(c,l){if(isNaN(c))switch(l){case"lowercase":return".nan";case"uppercase":return".NAN";case"camelcase":return".NaN"}else if(Number.POSITIVE_INFINITY===c)switch(l){case"lowercase":return".inf";case"uppercase":return".INF";case"camelcase":return".Inf"}else if(Number.NEGATIVE_INFINITY===c)switch(l){case"lowercase":return"-.inf";case"uppercase":return"-.INF";case"camelcase":return"-.Inf"}else if(e.isNegativeZero(c))return"-0.0";let p=c.toString(10);return s.test(p)?p.replace("e",".e"):p}function u(c){return Object.prototype.toString.call(c)==="[object Number]"&&(c%1!==0||e.isNegativeZero(c))}return Qc=new t("tag:yaml.org,2002:float",{kind:"scalar",resolve:i,construct:o,predicate:u,represent:a,defaultStyle:"lowercase"}),Qc}var eu,Kg;function m0(){return Kg||(Kg=1,eu=u0().extend({implicit:[l0(),d0(),p0(),f0()]})),eu}var tu,Hg;function h0(){return Hg||(Hg=1,tu=m0()),tu}var ru,Wg;function g0(){if(Wg)return ru;Wg=1;let e=it(),t=new RegExp("^([0-9][0-9][0-9][0-9])-([0-9][0-9])-([0-9][0-9])$"),r=new RegExp("^([0-9][0-9][0-9][0-9])-([0-9][0-9]?)-([0-9][0-9]?)(?:[Tt]|[ \\t]+)([0-9][0-9]?):([0-9][0-9]):([0-9][0-9])(?:\\.([0-9]*))?(?:[ \\t]*(Z|([-+])([0-9][0-9]?)(?::([0-9][0-9]))?))?$");function n(s){return s===null?!1:t.exec(s)!==null||r.exec(s)!==null}function i(s){let a=0,u=null,c=t.exec(s);if(c===null&&(c=r.exec(s)),c===null)throw new Error("Date resolve error");let l=+c[1],p=+c[2]-1,f=+c[3];if(!c[4])return new Date(Date.UTC(l,p,f));let h=+c[4],y=+c[5],g=+c[6];if(c[7]){for(a=c[7].slice(0,3);a.length<3;)a+="0";a=+a}if(c[9]){let w=+c[10],x=+(c[11]||0);u=(w*60+x)*6e4,c[9]==="-"&&(u=-u)}let $=new Date(Date.UTC(l,p,f,h,y,g,a));return u&&$.setTime($.getTime()-u),$}function o(s){return s.toISOString()}return ru=new e("tag:yaml.org,2002:timestamp",{kind:"scalar",resolve:n,construct:i,instanceOf:Date,represent:o}),ru}var nu,Xg;function b0(){if(Xg)return nu;Xg=1;let e=it();function t(r){return r==="<<"||r===null}return nu=new e("tag:yaml.org,2002:merge",{kind:"scalar",resolve:t}),nu}var iu,Jg;function y0(){if(Jg)return iu;Jg=1;let e=it(),t=`ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=
\r`;function r(s){if(s===null)return!1;let a=0,u=s.length,c=t;for(let l=0;l<u;l++){let p=c.indexOf(s.charAt(l));if(!(p>64)){if(p<0)return!1;a+=6}}return a%8===0}function n(s){let a=s.replace(/[\r\n=]/g,""),u=a.length,c=t,l=0,p=[];for(let h=0;h<u;h++)h%4===0&&h&&(p.push(l>>16&255),p.push(l>>8&255),p.push(l&255)),l=l<<6|c.indexOf(a.charAt(h));let f=u%4*6;return f===0?(p.push(l>>16&255),p.push(l>>8&255),p.push(l&255)):f===18?(p.push(l>>10&255),p.push(l>>2&255)):f===12&&p.push(l>>4&255),new Uint8Array(p)}function i(s){let a="",u=0,c=s.length,l=t;for(let f=0;f<c;f++)f%3===0&&f&&(a+=l[u>>18&63],a+=l[u>>12&63],a+=l[u>>6&63],a+=l[u&63]),u=(u<<8)+s[f];let p=c%3;return p===0?(a+=l[u>>18&63],a+=l[u>>12&63],a+=l[u>>6&63],a+=l[u&63]):p===2?(a+=l[u>>10&63],a+=l[u>>4&63],a+=l[u<<2&63],a+=l[64]):p===1&&(a+=l[u>>2&63],a+=l[u<<4&63],a+=l[64],a+=l[64]),a}function o(s){return Object.prototype.toString.call(s)==="[object Uint8Array]"}return iu=new e("tag:yaml.org,2002:binary",{kind:"scalar",resolve:r,construct:n,predicate:o,represent:i}),iu}var ou,Yg;function v0(){if(Yg)return ou;Yg=1;let e=it(),t=Object.prototype.hasOwnProperty,r=Object.prototype.toString;function n(o){if(o===null)return!0;let s={},a=o;for(let u=0,c=a.length;u<c;u+=1){let l=a[u],p=!1;if(r.call(l)!=="[object Object]")return!1;let f;for(f in l)if(t.call(l,f))if(!p)p=!0;else return!1;if(!p||t.call(s,f))return!1;Object.defineProperty(s,f,{value:!0})}return!0}function i(o){return o!==null?o:[]}return ou=new e("tag:yaml.org,2002:omap",{kind:"sequence",resolve:n,construct:i}),ou}var su,Qg;function w0(){if(Qg)return su;Qg=1;let e=it(),t=Object.prototype.toString;function r(i){if(i===null)return!0;let o=i,s=new Array(o.length);for(let a=0,u=o.length;a<u;a+=1){let c=o[a];if(t.call(c)!=="[object Object]")return!1;let l=Object.keys(c);if(l.length!==1)return!1;s[a]=[l[0],c[l[0]]]}return!0}function n(i){if(i===null)return[];let o=i,s=new Array(o.length);for(let a=0,u=o.length;a<u;a+=1){let c=o[a],l=Object.keys(c);s[a]=[l[0],c[l[0]]]}return s}return su=new e("tag:yaml.org,2002:pairs",{kind:"sequence",resolve:r,construct:n}),su}var au,e0;function x0(){if(e0)return au;e0=1;let e=it(),t=Object.prototype.hasOwnProperty;function r(i){if(i===null)return!0;let o=i;for(let s in o)if(t.call(o,s)&&o[s]!==null)return!1;return!0}function n(i){return i!==null?i:{}}return au=new e("tag:yaml.org,2002:set",{kind:"mapping",resolve:r,construct:n}),au}var cu,t0;function lu(){return t0||(t0=1,cu=h0().extend({implicit:[g0(),b0()],explicit:[y0(),v0(),w0(),x0()]})),cu}var r0;function cx(){if(r0)return Xo;r0=1;let e=ki(),t=$i(),r=ax(),n=lu(),i=Object.prototype.hasOwnProperty,o=1,s=2,a=3,u=4,c=1,l=2,p=3,f=/[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/,h=/[\x85\u2028\u2029]/,y=/[,\[\]{}]/,g=/^(?:!|!!|![0-9A-Za-z-]+!)$/,$=/^(?:!|[^,\[\]{}])(?:%[0-9a-f]{2}|[0-9a-z\-#;/?:@&=+$,_.!~*'()\[\]])*$/i;function w(d){return Object.prototype.toString.call(d)}function x(d){return d===10||d===13}function A(d){return d===9||d===32}function F(d){return d===9||d===32||d===10||d===13}function K(d){return d===44||d===91||d===93||d===123||d===125}function V(d){if(d>=48&&d<=57)return d-48;let k=d|32;return k>=97&&k<=102?k-97+10:-1}function se(d){return d===120?2:d===117?4:d===85?8:0}function X(d){return d>=48&&d<=57?d-48:-1}function Y(d){switch(d){case 48:return"\0";case 97:return"\x07";case 98:return"\b";case 116:return"	";case 9:return"	";case 110:return`
`;case 118:return"\v";case 102:return"\f";case 114:return"\r";case 101:return"\x1B";case 32:return" ";case 34:return'"';case 47:return"/";case 92:return"\\";case 78:return"\x85";case 95:return"\xA0";case 76:return"\u2028";case 80:return"\u2029";default:return""}}function I(d){return d<=65535?String.fromCharCode(d):String.fromCharCode((d-65536>>10)+55296,(d-65536&1023)+56320)}function he(d,k,O){k==="__proto__"?Object.defineProperty(d,k,{configurable:!0,enumerable:!0,writable:!0,value:O}):d[k]=O}let ve=new Array(256),we=new Array(256);for(let d=0;d<256;d++)ve[d]=Y(d)?1:0,we[d]=Y(d);function S(d,k){this.input=d,this.filename=k.filename||null,this.schema=k.schema||n,this.onWarning=k.onWarning||null,this.legacy=k.legacy||!1,this.json=k.json||!1,this.listener=k.listener||null,this.maxDepth=typeof k.maxDepth=="number"?k.maxDepth:100,this.maxTotalMergeKeys=typeof k.maxTotalMergeKeys=="number"?k.maxTotalMergeKeys:1e4,this.implicitTypes=this.schema.compiledImplicit,this.typeMap=this.schema.compiledTypeMap,this.length=d.length,this.position=0,this.line=0,this.lineStart=0,this.lineIndent=0,this.depth=0,this.totalMergeKeys=0,this.firstTabInLine=-1,this.documents=[],this.anchorMapTransactions=[]}function P(d,k){let O={name:d.filename,buffer:d.input.slice(0,-1),position:d.position,line:d.line,column:d.position-d.lineStart};return O.snippet=r(O),new t(k,O)}function C(d,k){throw P(d,k)}function Z(d,k){d.onWarning&&d.onWarning.call(null,P(d,k))}function fe(d,k,O){let D=d.anchorMapTransactions;if(D.length!==0){let E=D[D.length-1];i.call(E,k)||(E[k]={existed:i.call(d.anchorMap,k),value:d.anchorMap[k]})}d.anchorMap[k]=O}function Oe(d){d.anchorMapTransactions.push(Object.create(null))}function xe(d){let k=d.anchorMapTransactions.pop(),O=d.anchorMapTransactions;if(O.length===0)return;let D=O[O.length-1],E=Object.keys(k);for(let m=0,_=E.length;m<_;m+=1){let R=E[m];i.call(D,R)||(D[R]=k[R])}}function et(d){let k=d.anchorMapTransactions.pop(),O=Object.keys(k);for(let D=O.length-1;D>=0;D-=1){let E=k[O[D]];E.existed?d.anchorMap[O[D]]=E.value:delete d.anchorMap[O[D]]}}function dt(d){return{position:d.position,line:d.line,lineStart:d.lineStart,lineIndent:d.lineIndent,firstTabInLine:d.firstTabInLine,tag:d.tag,anchor:d.anchor,kind:d.kind,result:d.result}}function pt(d,k){d.position=k.position,d.line=k.line,d.lineStart=k.lineStart,d.lineIndent=k.lineIndent,d.firstTabInLine=k.firstTabInLine,d.tag=k.tag,d.anchor=k.anchor,d.kind=k.kind,d.result=k.result}let _t={YAML:function(k,O,D){k.version!==null&&C(k,"duplication of %YAML directive"),D.length!==1&&C(k,"YAML directive accepts exactly one argument");let E=/^([0-9]+)\.([0-9]+)$/.exec(D[0]);E===null&&C(k,"ill-formed argument of the YAML directive");let m=parseInt(E[1],10),_=parseInt(E[2],10);m!==1&&C(k,"unacceptable YAML version of the document"),k.version=D[0],k.checkLineBreaks=_<2,_!==1&&_!==2&&Z(k,"unsupported YAML version of the document")},TAG:function(k,O,D){let E;D.length!==2&&C(k,"TAG directive accepts exactly two arguments");let m=D[0];E=D[1],g.test(m)||C(k,"ill-formed tag handle (first argument) of the TAG directive"),i.call(k.tagMap,m)&&C(k,'there is a previously declared suffix for "'+m+'" tag handle'),$.test(E)||C(k,"ill-formed tag prefix (second argument) of the TAG directive");try{E=decodeURIComponent(E)}catch{C(k,"tag prefix is malformed: "+E)}k.tagMap[m]=E}};function te(d,k,O,D){if(k<O){let E=d.input.slice(k,O);if(D)for(let m=0,_=E.length;m<_;m+=1){let R=E.charCodeAt(m);R===9||R>=32&&R<=1114111||C(d,"expected valid JSON character")}else f.test(E)&&C(d,"the stream contains non-printable characters");d.result+=E}}function At(d){d.totalMergeKeys++,d.maxTotalMergeKeys!==-1&&d.totalMergeKeys>d.maxTotalMergeKeys&&C(d,"merge keys exceeded maxTotalMergeKeys ("+d.maxTotalMergeKeys+")")}function zr(d,k,O,D){e.isObject(O)||C(d,"cannot merge mappings; the provided source object is unacceptable"),At(d);let E=Object.keys(O);for(let m=0,_=E.length;m<_;m+=1){let R=E[m];At(d),i.call(k,R)||(he(k,R,O[R]),D[R]=!0)}}function B(d,k,O,D,E,m,_,R,L){if(Array.isArray(E)){E=Array.prototype.slice.call(E);for(let U=0,M=E.length;U<M;U+=1)Array.isArray(E[U])&&C(d,"nested arrays are not supported inside keys"),typeof E=="object"&&w(E[U])==="[object Object]"&&(E[U]="[object Object]")}if(typeof E=="object"&&w(E)==="[object Object]"&&(E="[object Object]"),E=String(E),k===null&&(k={}),D==="tag:yaml.org,2002:merge")if(Array.isArray(m)){m.length>100&&C(d,"abnormal merge sequence size");for(let U=0,M=m.length;U<M;U+=1)zr(d,k,m[U],O)}else zr(d,k,m,O);else!d.json&&!i.call(O,E)&&i.call(k,E)&&(d.line=_||d.line,d.lineStart=R||d.lineStart,d.position=L||d.position,C(d,"duplicated mapping key")),he(k,E,m),delete O[E];return k}function _e(d){let k=d.input.charCodeAt(d.position);k===10?d.position++:k===13?(d.position++,d.input.charCodeAt(d.position)===10&&d.position++):C(d,"a line break is expected"),d.line+=1,d.lineStart=d.position,d.firstTabInLine=-1}function z(d,k,O){let D=0,E=d.input.charCodeAt(d.position);for(;E!==0;){for(;A(E);)E===9&&d.firstTabInLine===-1&&(d.firstTabInLine=d.position),E=d.input.charCodeAt(++d.position);if(k&&E===35)do E=d.input.charCodeAt(++d.position);while(E!==10&&E!==13&&E!==0);if(x(E))for(_e(d),E=d.input.charCodeAt(d.position),D++,d.lineIndent=0;E===32;)d.lineIndent++,E=d.input.charCodeAt(++d.position);else break}return O!==-1&&D!==0&&d.lineIndent<O&&Z(d,"deficient indentation"),D}function ue(d){let k=d.position,O=d.input.charCodeAt(k);return!!((O===45||O===46)&&O===d.input.charCodeAt(k+1)&&O===d.input.charCodeAt(k+2)&&(k+=3,O=d.input.charCodeAt(k),O===0||F(O)))}function ke(d,k){k===1?d.result+=" ":k>1&&(d.result+=e.repeat(`
`,k-1))}function Ce(d,k,O){let D,E,m,_,R,L,U=d.kind,M=d.result,T=d.input.charCodeAt(d.position);if(F(T)||K(T)||T===35||T===38||T===42||T===33||T===124||T===62||T===39||T===34||T===37||T===64||T===96)return!1;if(T===63||T===45){let j=d.input.charCodeAt(d.position+1);if(F(j)||O&&K(j))return!1}for(d.kind="scalar",d.result="",D=E=d.position,m=!1;T!==0;){if(T===58){let j=d.input.charCodeAt(d.position+1);if(F(j)||O&&K(j))break}else if(T===35){let j=d.input.charCodeAt(d.position-1);if(F(j))break}else{if(d.position===d.lineStart&&ue(d)||O&&K(T))break;if(x(T))if(_=d.line,R=d.lineStart,L=d.lineIndent,z(d,!1,-1),d.lineIndent>=k){m=!0,T=d.input.charCodeAt(d.position);continue}else{d.position=E,d.line=_,d.lineStart=R,d.lineIndent=L;break}}m&&(te(d,D,E,!1),ke(d,d.line-_),D=E=d.position,m=!1),A(T)||(E=d.position+1),T=d.input.charCodeAt(++d.position)}return te(d,D,E,!1),d.result?!0:(d.kind=U,d.result=M,!1)}function $e(d,k){let O,D,E=d.input.charCodeAt(d.position);if(E!==39)return!1;for(d.kind="scalar",d.result="",d.position++,O=D=d.position;(E=d.input.charCodeAt(d.position))!==0;)if(E===39)if(te(d,O,d.position,!0),E=d.input.charCodeAt(++d.position),E===39)O=d.position,d.position++,D=d.position;else return!0;else x(E)?(te(d,O,D,!0),ke(d,z(d,!1,k)),O=D=d.position):d.position===d.lineStart&&ue(d)?C(d,"unexpected end of the document within a single quoted scalar"):(d.position++,A(E)||(D=d.position));C(d,"unexpected end of the stream within a single quoted scalar")}function tt(d,k){let O,D,E,m=d.input.charCodeAt(d.position);if(m!==34)return!1;for(d.kind="scalar",d.result="",d.position++,O=D=d.position;(m=d.input.charCodeAt(d.position))!==0;){if(m===34)return te(d,O,d.position,!0),d.position++,!0;if(m===92){if(te(d,O,d.position,!0),m=d.input.charCodeAt(++d.position),x(m))z(d,!1,k);else if(m<256&&ve[m])d.result+=we[m],d.position++;else if((E=se(m))>0){let _=E,R=0;for(;_>0;_--)m=d.input.charCodeAt(++d.position),(E=V(m))>=0?R=(R<<4)+E:C(d,"expected hexadecimal character");d.result+=I(R),d.position++}else C(d,"unknown escape sequence");O=D=d.position}else x(m)?(te(d,O,D,!0),ke(d,z(d,!1,k)),O=D=d.position):d.position===d.lineStart&&ue(d)?C(d,"unexpected end of the document within a double quoted scalar"):(d.position++,A(m)||(D=d.position))}C(d,"unexpected end of the stream within a double quoted scalar")}function Et(d,k){let O=!0,D,E,m,_=d.tag,R,L=d.anchor,U,M,T,j,W=Object.create(null),re,oe,pe,be=d.input.charCodeAt(d.position);if(be===91)U=93,j=!1,R=[];else if(be===123)U=125,j=!0,R={};else return!1;for(d.anchor!==null&&fe(d,d.anchor,R),be=d.input.charCodeAt(++d.position);be!==0;){if(z(d,!0,k),be=d.input.charCodeAt(d.position),be===U)return d.position++,d.tag=_,d.anchor=L,d.kind=j?"mapping":"sequence",d.result=R,!0;if(O?be===44&&C(d,"expected the node content, but found ','"):C(d,"missed comma between flow collection entries"),oe=re=pe=null,M=T=!1,be===63){let mr=d.input.charCodeAt(d.position+1);F(mr)&&(M=T=!0,d.position++,z(d,!0,k))}D=d.line,E=d.lineStart,m=d.position,fr(d,k,o,!1,!0),oe=d.tag,re=d.result,z(d,!0,k),be=d.input.charCodeAt(d.position),(T||d.line===D)&&be===58&&(M=!0,be=d.input.charCodeAt(++d.position),z(d,!0,k),fr(d,k,o,!1,!0),pe=d.result),j?B(d,R,W,oe,re,pe,D,E,m):M?R.push(B(d,null,W,oe,re,pe,D,E,m)):R.push(re),z(d,!0,k),be=d.input.charCodeAt(d.position),be===44?(O=!0,be=d.input.charCodeAt(++d.position)):O=!1}C(d,"unexpected end of the stream within a flow collection")}function rt(d,k){let O,D=c,E=!1,m=!1,_=k,R=0,L=!1,U,M=d.input.charCodeAt(d.position);if(M===124)O=!1;else if(M===62)O=!0;else return!1;for(d.kind="scalar",d.result="";M!==0;)if(M=d.input.charCodeAt(++d.position),M===43||M===45)c===D?D=M===43?p:l:C(d,"repeat of a chomping mode identifier");else if((U=X(M))>=0)U===0?C(d,"bad explicit indentation width of a block scalar; it cannot be less than one"):m?C(d,"repeat of an indentation width identifier"):(_=k+U-1,m=!0);else break;if(A(M)){do M=d.input.charCodeAt(++d.position);while(A(M));if(M===35)do M=d.input.charCodeAt(++d.position);while(!x(M)&&M!==0)}for(;M!==0;){for(_e(d),d.lineIndent=0,M=d.input.charCodeAt(d.position);(!m||d.lineIndent<_)&&M===32;)d.lineIndent++,M=d.input.charCodeAt(++d.position);if(!m&&d.lineIndent>_&&(_=d.lineIndent),x(M)){R++;continue}if(!m&&_===0&&C(d,"missing indentation for block scalar"),d.lineIndent<_){D===p?d.result+=e.repeat(`
`,E?1+R:R):D===c&&E&&(d.result+=`
`);break}O?A(M)?(L=!0,d.result+=e.repeat(`
`,E?1+R:R)):L?(L=!1,d.result+=e.repeat(`
`,R+1)):R===0?E&&(d.result+=" "):d.result+=e.repeat(`
`,R):d.result+=e.repeat(`
`,E?1+R:R),E=!0,m=!0,R=0;let T=d.position;for(;!x(M)&&M!==0;)M=d.input.charCodeAt(++d.position);te(d,T,d.position,!1)}return!0}function No(d,k){let O=d.tag,D=d.anchor,E=[],m=!1;if(d.firstTabInLine!==-1)return!1;d.anchor!==null&&fe(d,d.anchor,E);let _=d.input.charCodeAt(d.position);for(;_!==0&&(d.firstTabInLine!==-1&&(d.position=d.firstTabInLine,C(d,"tab characters must not be used in indentation")),_===45);){let R=d.input.charCodeAt(d.position+1);if(!F(R))break;if(m=!0,d.position++,z(d,!0,-1)&&d.lineIndent<=k){E.push(null),_=d.input.charCodeAt(d.position);continue}let L=d.line;if(fr(d,k,a,!1,!0),E.push(d.result),z(d,!0,-1),_=d.input.charCodeAt(d.position),(d.line===L||d.lineIndent>k)&&_!==0)C(d,"bad indentation of a sequence entry");else if(d.lineIndent<k)break}return m?(d.tag=O,d.anchor=D,d.kind="sequence",d.result=E,!0):!1}function Fo(d,k,O){let D,E,m,_,R=d.tag,L=d.anchor,U={},M=Object.create(null),T=null,j=null,W=null,re=!1,oe=!1;if(d.firstTabInLine!==-1)return!1;d.anchor!==null&&fe(d,d.anchor,U);let pe=d.input.charCodeAt(d.position);for(;pe!==0;){!re&&d.firstTabInLine!==-1&&(d.position=d.firstTabInLine,C(d,"tab characters must not be used in indentation"));let be=d.input.charCodeAt(d.position+1),mr=d.line;if((pe===63||pe===58)&&F(be))pe===63?(re&&(B(d,U,M,T,j,null,E,m,_),T=j=W=null),oe=!0,re=!0,D=!0):re?(re=!1,D=!0):C(d,"incomplete explicit mapping pair; a key node is missed; or followed by a non-tabulated empty line"),d.position+=1,pe=be;else{if(E=d.line,m=d.lineStart,_=d.position,!fr(d,O,s,!1,!0))break;if(d.line===mr){for(pe=d.input.charCodeAt(d.position);A(pe);)pe=d.input.charCodeAt(++d.position);if(pe===58)pe=d.input.charCodeAt(++d.position),F(pe)||C(d,"a whitespace character is expected after the key-value separator within a block mapping"),re&&(B(d,U,M,T,j,null,E,m,_),T=j=W=null),oe=!0,re=!1,D=!1,T=d.tag,j=d.result;else if(oe)C(d,"can not read an implicit mapping pair; a colon is missed");else return d.tag=R,d.anchor=L,!0}else if(oe)C(d,"can not read a block mapping entry; a multiline key may not be an implicit key");else return d.tag=R,d.anchor=L,!0}if((d.line===mr||d.lineIndent>k)&&(re&&(E=d.line,m=d.lineStart,_=d.position),fr(d,k,u,!0,D)&&(re?j=d.result:W=d.result),re||(B(d,U,M,T,j,W,E,m,_),T=j=W=null),z(d,!0,-1),pe=d.input.charCodeAt(d.position)),(d.line===mr||d.lineIndent>k)&&pe!==0)C(d,"bad indentation of a mapping entry");else if(d.lineIndent<k)break}return re&&B(d,U,M,T,j,null,E,m,_),oe&&(d.tag=R,d.anchor=L,d.kind="mapping",d.result=U),oe}function Lo(d){let k=!1,O=!1,D,E,m=d.input.charCodeAt(d.position);if(m!==33)return!1;d.tag!==null&&C(d,"duplication of a tag property"),m=d.input.charCodeAt(++d.position),m===60?(k=!0,m=d.input.charCodeAt(++d.position)):m===33?(O=!0,D="!!",m=d.input.charCodeAt(++d.position)):D="!";let _=d.position;if(k){do m=d.input.charCodeAt(++d.position);while(m!==0&&m!==62);d.position<d.length?(E=d.input.slice(_,d.position),m=d.input.charCodeAt(++d.position)):C(d,"unexpected end of the stream within a verbatim tag")}else{for(;m!==0&&!F(m);)m===33&&(O?C(d,"tag suffix cannot contain exclamation marks"):(D=d.input.slice(_-1,d.position+1),g.test(D)||C(d,"named tag handle cannot contain such characters"),O=!0,_=d.position+1)),m=d.input.charCodeAt(++d.position);E=d.input.slice(_,d.position),y.test(E)&&C(d,"tag suffix cannot contain flow indicator characters")}E&&!$.test(E)&&C(d,"tag name cannot contain such characters: "+E);try{E=decodeURIComponent(E)}catch{C(d,"tag name is malformed: "+E)}return k?d.tag=E:i.call(d.tagMap,D)?d.tag=d.tagMap[D]+E:D==="!"?d.tag="!"+E:D==="!!"?d.tag="tag:yaml.org,2002:"+E:C(d,'undeclared tag handle "'+D+'"'),!0}function zo(d){let k=d.input.charCodeAt(d.position);if(k!==38)return!1;d.anchor!==null&&C(d,"duplication of an anchor property"),k=d.input.charCodeAt(++d.position);let O=d.position;for(;k!==0&&!F(k)&&!K(k);)k=d.input.charCodeAt(++d.position);return d.position===O&&C(d,"name of an anchor node must contain at least one character"),d.anchor=d.input.slice(O,d.position),!0}function Ic(d){let k=d.input.charCodeAt(d.position);if(k!==42)return!1;k=d.input.charCodeAt(++d.position);let O=d.position;for(;k!==0&&!F(k)&&!K(k);)k=d.input.charCodeAt(++d.position);d.position===O&&C(d,"name of an alias node must contain at least one character");let D=d.input.slice(O,d.position);return i.call(d.anchorMap,D)||C(d,'unidentified alias "'+D+'"'),d.result=d.anchorMap[D],z(d,!0,-1),!0}function Uo(d,k,O,D){let E=dt(d);return Oe(d),pt(d,k),d.tag=null,d.anchor=null,d.kind=null,d.result=null,Fo(d,O,D)&&d.kind==="mapping"?(xe(d),!0):(et(d),pt(d,E),!1)}function fr(d,k,O,D,E){let m,_,R=1,L=!1,U=!1,M=null,T,j,W;d.depth>=d.maxDepth&&C(d,"nesting exceeded maxDepth ("+d.maxDepth+")"),d.depth+=1,d.listener!==null&&d.listener("open",d),d.tag=null,d.anchor=null,d.kind=null,d.result=null;let re=m=_=u===O||a===O;if(D&&z(d,!0,-1)&&(L=!0,d.lineIndent>k?R=1:d.lineIndent===k?R=0:d.lineIndent<k&&(R=-1)),R===1)for(;;){let oe=d.input.charCodeAt(d.position),pe=dt(d);if(L&&(oe===33&&d.tag!==null||oe===38&&d.anchor!==null)||!Lo(d)&&!zo(d))break;M===null&&(M=pe),z(d,!0,-1)?(L=!0,_=re,d.lineIndent>k?R=1:d.lineIndent===k?R=0:d.lineIndent<k&&(R=-1)):_=!1}if(_&&(_=L||E),R===1||u===O)if(o===O||s===O?j=k:j=k+1,W=d.position-d.lineStart,R===1)if(_&&(No(d,W)||Fo(d,W,j))||Et(d,j))U=!0;else{let oe=d.input.charCodeAt(d.position);M!==null&&re&&!_&&oe!==124&&oe!==62&&Uo(d,M,M.position-M.lineStart,j)||m&&rt(d,j)||$e(d,j)||tt(d,j)?U=!0:Ic(d)?(U=!0,(d.tag!==null||d.anchor!==null)&&C(d,"alias node should not have any properties")):Ce(d,j,o===O)&&(U=!0,d.tag===null&&(d.tag="?")),d.anchor!==null&&fe(d,d.anchor,d.result)}else R===0&&(U=_&&No(d,W));if(d.tag===null)d.anchor!==null&&fe(d,d.anchor,d.result);else if(d.tag==="?"){d.result!==null&&d.kind!=="scalar"&&C(d,'unacceptable node kind for !<?> tag; it should be "scalar", not "'+d.kind+'"');for(let oe=0,pe=d.implicitTypes.length;oe<pe;oe+=1)if(T=d.implicitTypes[oe],T.resolve(d.result)){d.result=T.construct(d.result),d.tag=T.tag,d.anchor!==null&&fe(d,d.anchor,d.result);break}}else if(d.tag!=="!"){if(i.call(d.typeMap[d.kind||"fallback"],d.tag))T=d.typeMap[d.kind||"fallback"][d.tag];else{T=null;let oe=d.typeMap.multi[d.kind||"fallback"];for(let pe=0,be=oe.length;pe<be;pe+=1)if(d.tag.slice(0,oe[pe].tag.length)===oe[pe].tag){T=oe[pe];break}}T||C(d,"unknown tag !<"+d.tag+">"),d.result!==null&&T.kind!==d.kind&&C(d,"unacceptable node kind for !<"+d.tag+'> tag; it should be "'+T.kind+'", not "'+d.kind+'"'),T.resolve(d.result,d.tag)?(d.result=T.construct(d.result,d.tag),d.anchor!==null&&fe(d,d.anchor,d.result)):C(d,"cannot resolve a node with !<"+d.tag+"> explicit tag")}return d.listener!==null&&d.listener("close",d),d.depth-=1,d.tag!==null||d.anchor!==null||U}function Ec(d){let k=d.position,O=!1,D;for(d.version=null,d.checkLineBreaks=d.legacy,d.tagMap=Object.create(null),d.anchorMap=Object.create(null);(D=d.input.charCodeAt(d.position))!==0&&(z(d,!0,-1),D=d.input.charCodeAt(d.position),!(d.lineIndent>0||D!==37));){O=!0,D=d.input.charCodeAt(++d.position);let E=d.position;for(;D!==0&&!F(D);)D=d.input.charCodeAt(++d.position);let m=d.input.slice(E,d.position),_=[];for(m.length<1&&C(d,"directive name must not be less than one character in length");D!==0;){for(;A(D);)D=d.input.charCodeAt(++d.position);if(D===35){do D=d.input.charCodeAt(++d.position);while(D!==0&&!x(D));break}if(x(D))break;for(E=d.position;D!==0&&!F(D);)D=d.input.charCodeAt(++d.position);_.push(d.input.slice(E,d.position))}D!==0&&_e(d),i.call(_t,m)?_t[m](d,m,_):Z(d,'unknown document directive "'+m+'"')}if(z(d,!0,-1),d.lineIndent===0&&d.input.charCodeAt(d.position)===45&&d.input.charCodeAt(d.position+1)===45&&d.input.charCodeAt(d.position+2)===45?(d.position+=3,z(d,!0,-1)):O&&C(d,"directives end mark is expected"),fr(d,d.lineIndent-1,u,!1,!0),z(d,!0,-1),d.checkLineBreaks&&h.test(d.input.slice(k,d.position))&&Z(d,"non-ASCII line breaks are interpreted as content"),d.documents.push(d.result),d.position===d.lineStart&&ue(d)){d.input.charCodeAt(d.position)===46&&(d.position+=3,z(d,!0,-1));return}d.position<d.length-1&&C(d,"end of the stream or a document separator is expected")}function bi(d,k){d=String(d),k=k||{},d.length!==0&&(d.charCodeAt(d.length-1)!==10&&d.charCodeAt(d.length-1)!==13&&(d+=`
`),d.charCodeAt(0)===65279&&(d=d.slice(1)));let O=new S(d,k),D=d.indexOf("\0");for(D!==-1&&(O.position=D,C(O,"null byte is not allowed in input")),O.input+="\0";O.input.charCodeAt(O.position)===32;)O.lineIndent+=1,O.position+=1;for(;O.position<O.length-1;)Ec(O);return O.documents}function Tc(d,k,O){k!==null&&typeof k=="object"&&typeof O>"u"&&(O=k,k=null);let D=bi(d,O);if(typeof k!="function")return D;for(let E=0,m=D.length;E<m;E+=1)k(D[E])}function Oc(d,k){let O=bi(d,k);if(O.length!==0){if(O.length===1)return O[0];throw new t("expected a single document in the stream, but found more")}}return Xo.loadAll=Tc,Xo.load=Oc,Xo}var uu={},n0;function ux(){if(n0)return uu;n0=1;let e=ki(),t=$i(),r=lu(),n=Object.prototype.toString,i=Object.prototype.hasOwnProperty,o=65279,s=9,a=10,u=13,c=32,l=33,p=34,f=35,h=37,y=38,g=39,$=42,w=44,x=45,A=58,F=61,K=62,V=63,se=64,X=91,Y=93,I=96,he=123,ve=124,we=125,S={};S[0]="\\0",S[7]="\\a",S[8]="\\b",S[9]="\\t",S[10]="\\n",S[11]="\\v",S[12]="\\f",S[13]="\\r",S[27]="\\e",S[34]='\\"',S[92]="\\\\",S[133]="\\N",S[160]="\\_",S[8232]="\\L",S[8233]="\\P";let P=["y","Y","yes","Yes","YES","on","On","ON","n","N","no","No","NO","off","Off","OFF"],C=/^[-+]?[0-9_]+(?::[0-9_]+)+(?:\.[0-9_]*)?$/;function Z(m,_){if(_===null)return{};let R={},L=Object.keys(_);for(let U=0,M=L.length;U<M;U+=1){let T=L[U],j=String(_[T]);T.slice(0,2)==="!!"&&(T="tag:yaml.org,2002:"+T.slice(2));let W=m.compiledTypeMap.fallback[T];W&&i.call(W.styleAliases,j)&&(j=W.styleAliases[j]),R[T]=j}return R}function fe(m){let _,R,L=m.toString(16).toUpperCase();if(m<=255)_="x",R=2;else if(m<=65535)_="u",R=4;else if(m<=4294967295)_="U",R=8;else throw new t("code point within a string may not be greater than 0xFFFFFFFF");return"\\"+_+e.repeat("0",R-L.length)+L}let Oe=1,xe=2;function et(m){this.schema=m.schema||r,this.indent=Math.max(1,m.indent||2),this.noArrayIndent=m.noArrayIndent||!1,this.skipInvalid=m.skipInvalid||!1,this.flowLevel=e.isNothing(m.flowLevel)?-1:m.flowLevel,this.styleMap=Z(this.schema,m.styles||null),this.sortKeys=m.sortKeys||!1,this.lineWidth=m.lineWidth||80,this.noRefs=m.noRefs||!1,this.noCompatMode=m.noCompatMode||!1,this.condenseFlow=m.condenseFlow||!1,this.quotingType=m.quotingType==='"'?xe:Oe,this.forceQuotes=m.forceQuotes||!1,this.replacer=typeof m.replacer=="function"?m.replacer:null,this.implicitTypes=this.schema.compiledImplicit,this.explicitTypes=this.schema.compiledExplicit,this.tag=null,this.result="",this.duplicates=[],this.usedDuplicates=null}function dt(m,_){let R=e.repeat(" ",_),L=0,U="",M=m.length;for(;L<M;){let T,j=m.indexOf(`
`,L);j===-1?(T=m.slice(L),L=M):(T=m.slice(L,j+1),L=j+1),T.length&&T!==`
`&&(U+=R),U+=T}return U}function pt(m,_){return`
`+e.repeat(" ",m.indent*_)}function _t(m,_){for(let R=0,L=m.implicitTypes.length;R<L;R+=1)if(m.implicitTypes[R].resolve(_))return!0;return!1}function te(m){return m===c||m===s}function At(m){return m>=32&&m<=126||m>=161&&m<=55295&&m!==8232&&m!==8233||m>=57344&&m<=65533&&m!==o||m>=65536&&m<=1114111}function zr(m){return At(m)&&m!==o&&m!==u&&m!==a}function B(m,_,R){let L=zr(m),U=L&&!te(m);return(R?L:L&&m!==w&&m!==X&&m!==Y&&m!==he&&m!==we)&&m!==f&&!(_===A&&!U)||zr(_)&&!te(_)&&m===f||_===A&&U}function _e(m){return At(m)&&m!==o&&!te(m)&&m!==x&&m!==V&&m!==A&&m!==w&&m!==X&&m!==Y&&m!==he&&m!==we&&m!==f&&m!==y&&m!==$&&m!==l&&m!==ve&&m!==F&&m!==K&&m!==g&&m!==p&&m!==h&&m!==se&&m!==I}function z(m){return!te(m)&&m!==A}function ue(m,_){let R=m.charCodeAt(_),L;return R>=55296&&R<=56319&&_+1<m.length&&(L=m.charCodeAt(_+1),L>=56320&&L<=57343)?(R-55296)*1024+L-56320+65536:R}function ke(m){return/^\n* /.test(m)}let Ce=1,$e=2,tt=3,Et=4,rt=5;function No(m,_,R,L,U,M,T,j){let W,re=0,oe=null,pe=!1,be=!1,mr=L!==-1,yi=-1,vi=_e(ue(m,0))&&z(ue(m,m.length-1));if(_||T)for(W=0;W<m.length;re>=65536?W+=2:W++){if(re=ue(m,W),!At(re))return rt;vi=vi&&B(re,oe,j),oe=re}else{for(W=0;W<m.length;re>=65536?W+=2:W++){if(re=ue(m,W),re===a)pe=!0,mr&&(be=be||W-yi-1>L&&m[yi+1]!==" ",yi=W);else if(!At(re))return rt;vi=vi&&B(re,oe,j),oe=re}be=be||mr&&W-yi-1>L&&m[yi+1]!==" "}return!pe&&!be?vi&&!T&&!U(m)?Ce:M===xe?rt:$e:R>9&&ke(m)?rt:T?M===xe?rt:$e:be?Et:tt}function Fo(m,_,R,L,U){m.dump=(function(){if(_.length===0)return m.quotingType===xe?'""':"''";if(!m.noCompatMode&&(P.indexOf(_)!==-1||C.test(_)))return m.quotingType===xe?'"'+_+'"':"'"+_+"'";let M=m.indent*Math.max(1,R),T=m.lineWidth===-1?-1:Math.max(Math.min(m.lineWidth,40),m.lineWidth-M),j=L||m.flowLevel>-1&&R>=m.flowLevel;function W(re){return _t(m,re)}switch(No(_,j,m.indent,T,W,m.quotingType,m.forceQuotes&&!L,U)){case Ce:return _;case $e:return"'"+_.replace(/'/g,"''")+"'";case tt:return"|"+Lo(_,m.indent)+zo(dt(_,M));case Et:return">"+Lo(_,m.indent)+zo(dt(Ic(_,T),M));case rt:return'"'+fr(_)+'"';default:throw new t("impossible error: invalid scalar style")}})()}function Lo(m,_){let R=ke(m)?String(_):"",L=m[m.length-1]===`
`,M=L&&(m[m.length-2]===`
`||m===`
`)?"+":L?"":"-";return R+M+`
`}function zo(m){return m[m.length-1]===`
`?m.slice(0,-1):m}function Ic(m,_){let R=/(\n+)([^\n]*)/g,L=(function(){let j=m.indexOf(`
`);return j=j!==-1?j:m.length,R.lastIndex=j,Uo(m.slice(0,j),_)})(),U=m[0]===`
`||m[0]===" ",M,T;for(;T=R.exec(m);){let j=T[1],W=T[2];M=W[0]===" ",L+=j+(!U&&!M&&W!==""?`
`:"")+Uo(W,_),U=M}return L}function Uo(m,_){if(m===""||m[0]===" ")return m;let R=/ [^ ]/g,L,U=0,M,T=0,j=0,W="";for(;L=R.exec(m);)j=L.index,j-U>_&&(M=T>U?T:j,W+=`
`+m.slice(U,M),U=M+1),T=j;return W+=`
`,m.length-U>_&&T>U?W+=m.slice(U,T)+`
`+m.slice(T+1):W+=m.slice(U),W.slice(1)}function fr(m){let _="",R=0;for(let L=0;L<m.length;R>=65536?L+=2:L++){R=ue(m,L);let U=S[R];!U&&At(R)?(_+=m[L],R>=65536&&(_+=m[L+1])):_+=U||fe(R)}return _}function Ec(m,_,R){let L="",U=m.tag;for(let M=0,T=R.length;M<T;M+=1){let j=R[M];m.replacer&&(j=m.replacer.call(R,String(M),j)),(k(m,_,j,!1,!1)||typeof j>"u"&&k(m,_,null,!1,!1))&&(L!==""&&(L+=","+(m.condenseFlow?"":" ")),L+=m.dump)}m.tag=U,m.dump="["+L+"]"}function bi(m,_,R,L){let U="",M=m.tag;for(let T=0,j=R.length;T<j;T+=1){let W=R[T];m.replacer&&(W=m.replacer.call(R,String(T),W)),(k(m,_+1,W,!0,!0,!1,!0)||typeof W>"u"&&k(m,_+1,null,!0,!0,!1,!0))&&((!L||U!=="")&&(U+=pt(m,_)),m.dump&&a===m.dump.charCodeAt(0)?U+="-":U+="- ",U+=m.dump)}m.tag=M,m.dump=U||"[]"}function Tc(m,_,R){let L="",U=m.tag,M=Object.keys(R);for(let T=0,j=M.length;T<j;T+=1){let W="";L!==""&&(W+=", "),m.condenseFlow&&(W+='"');let re=M[T],oe=R[re];m.replacer&&(oe=m.replacer.call(R,re,oe)),k(m,_,re,!1,!1)&&(m.dump.length>1024&&(W+="? "),W+=m.dump+(m.condenseFlow?'"':"")+":"+(m.condenseFlow?"":" "),k(m,_,oe,!1,!1)&&(W+=m.dump,L+=W))}m.tag=U,m.dump="{"+L+"}"}function Oc(m,_,R,L){let U="",M=m.tag,T=Object.keys(R);if(m.sortKeys===!0)T.sort();else if(typeof m.sortKeys=="function")T.sort(m.sortKeys);else if(m.sortKeys)throw new t("sortKeys must be a boolean or a function");for(let j=0,W=T.length;j<W;j+=1){let re="";(!L||U!=="")&&(re+=pt(m,_));let oe=T[j],pe=R[oe];if(m.replacer&&(pe=m.replacer.call(R,oe,pe)),!k(m,_+1,oe,!0,!0,!0))continue;let be=m.tag!==null&&m.tag!=="?"||m.dump&&m.dump.length>1024;be&&(m.dump&&a===m.dump.charCodeAt(0)?re+="?":re+="? "),re+=m.dump,be&&(re+=pt(m,_)),k(m,_+1,pe,!0,be)&&(m.dump&&a===m.dump.charCodeAt(0)?re+=":":re+=": ",re+=m.dump,U+=re)}m.tag=M,m.dump=U||"{}"}function d(m,_,R){let L=R?m.explicitTypes:m.implicitTypes;for(let U=0,M=L.length;U<M;U+=1){let T=L[U];if((T.instanceOf||T.predicate)&&(!T.instanceOf||typeof _=="object"&&_ instanceof T.instanceOf)&&(!T.predicate||T.predicate(_))){if(R?T.multi&&T.representName?m.tag=T.representName(_):m.tag=T.tag:m.tag="?",T.represent){let j=m.styleMap[T.tag]||T.defaultStyle,W;if(n.call(T.represent)==="[object Function]")W=T.represent(_,j);else if(i.call(T.represent,j))W=T.represent[j](_,j);else throw new t("!<"+T.tag+'> tag resolver accepts not "'+j+'" style');m.dump=W}return!0}}return!1}function k(m,_,R,L,U,M,T){m.tag=null,m.dump=R,d(m,R,!1)||d(m,R,!0);let j=n.call(m.dump),W=L;L&&(L=m.flowLevel<0||m.flowLevel>_);let re=j==="[object Object]"||j==="[object Array]",oe,pe;if(re&&(oe=m.duplicates.indexOf(R),pe=oe!==-1),(m.tag!==null&&m.tag!=="?"||pe||m.indent!==2&&_>0)&&(U=!1),pe&&m.usedDuplicates[oe])m.dump="*ref_"+oe;else{if(re&&pe&&!m.usedDuplicates[oe]&&(m.usedDuplicates[oe]=!0),j==="[object Object]")L&&Object.keys(m.dump).length!==0?(Oc(m,_,m.dump,U),pe&&(m.dump="&ref_"+oe+m.dump)):(Tc(m,_,m.dump),pe&&(m.dump="&ref_"+oe+" "+m.dump));else if(j==="[object Array]")L&&m.dump.length!==0?(m.noArrayIndent&&!T&&_>0?bi(m,_-1,m.dump,U):bi(m,_,m.dump,U),pe&&(m.dump="&ref_"+oe+m.dump)):(Ec(m,_,m.dump),pe&&(m.dump="&ref_"+oe+" "+m.dump));else if(j==="[object String]")m.tag!=="?"&&Fo(m,m.dump,_,M,W);else{if(j==="[object Undefined]")return!1;if(m.skipInvalid)return!1;throw new t("unacceptable kind of an object to dump "+j)}if(m.tag!==null&&m.tag!=="?"){let be=encodeURI(m.tag[0]==="!"?m.tag.slice(1):m.tag).replace(/!/g,"%21");m.tag[0]==="!"?be="!"+be:be.slice(0,18)==="tag:yaml.org,2002:"?be="!!"+be.slice(18):be="!<"+be+">",m.dump=be+" "+m.dump}}return!0}function O(m,_){let R=[],L=[];D(m,R,L);let U=L.length;for(let M=0;M<U;M+=1)_.duplicates.push(R[L[M]]);_.usedDuplicates=new Array(U)}function D(m,_,R){if(m!==null&&typeof m=="object"){let L=_.indexOf(m);if(L!==-1)R.indexOf(L)===-1&&R.push(L);else if(_.push(m),Array.isArray(m))for(let U=0,M=m.length;U<M;U+=1)D(m[U],_,R);else{let U=Object.keys(m);for(let M=0,T=U.length;M<T;M+=1)D(m[U[M]],_,R)}}}function E(m,_){_=_||{};let R=new et(_);R.noRefs||O(m,R);let L=m;return R.replacer&&(L=R.replacer.call({"":L},"",L)),k(R,0,L,!0,!0)?R.dump+`
`:""}return uu.dump=E,uu}var i0;function lx(){if(i0)return Ye;i0=1;let e=cx(),t=ux();function r(n,i){return function(){throw new Error("Function yaml."+n+" is removed in js-yaml 4. Use yaml."+i+" instead, which is now safe by default.")}}return Ye.Type=it(),Ye.Schema=o0(),Ye.FAILSAFE_SCHEMA=u0(),Ye.JSON_SCHEMA=m0(),Ye.CORE_SCHEMA=h0(),Ye.DEFAULT_SCHEMA=lu(),Ye.load=e.load,Ye.loadAll=e.loadAll,Ye.dump=t.dump,Ye.YAMLException=$i(),Ye.types={binary:y0(),float:f0(),map:c0(),null:l0(),pairs:w0(),set:x0(),timestamp:g0(),bool:d0(),int:p0(),merge:b0(),omap:v0(),seq:a0(),str:s0()},Ye.safeLoad=r("safeLoad","load"),Ye.safeLoadAll=r("safeLoadAll","loadAll"),Ye.safeDump=r("safeDump","dump"),Ye}var dx=lx(),nr=sx(dx),{Type:fE,Schema:mE,FAILSAFE_SCHEMA:hE,JSON_SCHEMA:gE,CORE_SCHEMA:bE,DEFAULT_SCHEMA:yE,load:vE,loadAll:wE,dump:xE,YAMLException:kE,types:$E,safeLoad:_E,safeLoadAll:AE,safeDump:SE}=nr;var _i=8*1024*1024,Ai=1e5,Jo=1e4,hn=100;function k0(e,t){let r=px(e);if(r>_i)throw new J(`file is ${r} bytes, over the ${_i}-byte limit`,{file:t},"split it into several manifests (genspend accepts globs)");if(e.includes("\0")||e.includes("\uFFFD"))throw new J("file is binary, not YAML text",{file:t},"point genspend at a UTF-8 YAML manifest");if(e.trim()===""||/^(\s*#.*\n?)*\s*$/.test(e))throw new J("file is empty",{file:t},"add `version: 1` and a `workloads:` list (see examples/genspend.yml)")}function px(e){if(!/[^\x00-\x7f]/.test(e))return e.length;let t=0;for(let r=0;r<e.length;r++){let n=e.charCodeAt(r);n<128?t+=1:n<2048?t+=2:n>=55296&&n<=56319?(t+=4,r++):t+=3}return t}var fx=/^(?:~|null|Null|NULL)?$/,mx=/^(?:true|True|TRUE|false|False|FALSE)$/,hx=/^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$/,gx=/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/,$0=/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,bx=/^-?[0-9]{1,15}$/;function yx(e){return bx.test(e)?new mt(Number(e)):new mt(/^0[ox]/.test(e)?BigInt(e).toString():e.replace(/^\+/,""))}function vx(e){return/nan/i.test(e)?NaN:e.startsWith("-")?-1/0:1/0}var Yo=(e,t,r)=>new nr.Type(`tag:yaml.org,2002:${e}`,{kind:"scalar",resolve:n=>typeof n=="string"&&t.test(n),construct:r}),wx=e=>["scalar","sequence","mapping"].map(t=>new nr.Type("",{kind:t,multi:!0,resolve:(r,n)=>e(n??"")}));function _0(e,t){let r=n=>e?yx(n):Number(n.replace(/^\+/,""));return nr.FAILSAFE_SCHEMA.extend({implicit:[Yo("null",fx,()=>null),Yo("bool",mx,n=>n.toLowerCase()==="true"),Yo("int",hx,r),Yo("float",new RegExp(`${gx.source}|${$0.source}`),n=>$0.test(n)?vx(n):r(n)),new nr.Type("tag:yaml.org,2002:merge",{kind:"scalar",resolve:n=>n==="<<"})],explicit:wx(t)})}var A0=/[ \t]*\*([^\s,[\]{}]+)/y,S0=/(?:\s|#[^\n]*(?![^\n]))*:/y,xx="tag:yaml.org,2002:merge",du=/[ \t]*/y;function R0(e,t,r={}){k0(e,t);let n=w=>({file:t,line:w}),i=[],o=new WeakMap,s=new WeakMap,a=new WeakMap,u=0,c=0,l=0,p=0,f,h=w=>{throw new J(`unsupported tag \`${w.replace(/^tag:yaml\.org,2002:/,"!!")}\``,n((f?.line??0)+1),"remove the tag: a manifest holds only text, numbers, true/false, lists and mappings")},y=w=>{let x=w.line+1;if(w.depth>hn+1)throw P0(n(x));let A=i.at(-1);if(A){for(;A.children.length>0&&A.children.at(-1).position>=w.position;)A.children.pop();A.children.length===0&&A.anchor===void 0&&(A.anchor=w.anchor)}else{if(l++>0)throw _x(w.input,p,w.position,t);if(w.version!==null&&w.version!=="1.2")throw Ax(w.version,w.input,w.position,t)}A0.lastIndex=w.position;let F=A0.exec(w.input)?.[1];if(F!==void 0&&i.some(K=>K.anchor===F))throw new J(`alias \`*${F}\` is inside the value it names`,n(x),"an alias cannot repeat its own parent");if(F!==void 0&&!Object.prototype.hasOwnProperty.call(w.anchorMap,F))throw new J(`undefined alias \`*${F}\``,n(x),`define the anchor \`&${F}\` on a value before this alias, or write the value out`);i.push({line:x,position:w.position,children:[],merging:!1})},g=w=>{let x=i.pop(),A=w.result,F=w.kind==="mapping"||w.kind==="sequence",K=w.kind===null&&A!==null&&x.children.length===0,V=1;if(K){if(V=typeof A=="object"&&s.get(A)||1,u+=V,u>Ai||++c>Jo)throw new J(u>Ai?`aliases expand to more than ${Ai.toLocaleString("en-US")} values`:`more than ${Jo.toLocaleString("en-US")} aliases`,n(x.line),"write the values out instead of nesting aliases")}else if(F){if(w.depth>hn)throw P0(n(x.line));for(let ve of x.children)V+=ve.size;s.has(A)||(s.set(A,V),o.set(A,$x(A,x.children)),r.ranges&&w.kind==="mapping"&&a.set(A,kx(x.children)))}let se=i.at(-1);if(!se){p=w.position;return}S0.lastIndex=w.position;let X=S0.test(w.input),Y=F&&x.children.length>0?x.children[0].line:x.line;if(X&&A!==null&&typeof A=="object"&&(Array.isArray(A)||pu(A)))throw new J("a key is a list or mapping",n(Y),"keys are plain text: remove the `?` or the brackets around the key");if(se.merging&&(se.merging=!1,!(pu(A)||Array.isArray(A)&&A.every(pu))))throw new J("`<<` merges a mapping or a list of mappings into this one",n(Y),"merge an anchored mapping (`<<: *defaults`), or remove the `<<` key");let I=X&&w.tag===xx;I&&(se.merging=!0);let he={value:A,line:Y,position:x.position,size:V,key:X,merge:I};r.ranges&&w.kind==="scalar"&&(du.lastIndex=x.position,du.test(w.input),he.range=[du.lastIndex,w.position]),se.children.push(he)},$;try{$=nr.load(e,{filename:t,schema:_0(r.exactNumbers??!0,h),maxDepth:hn+2,maxTotalMergeKeys:-1,listener(w,x){f=x,w==="open"?y(f):g(f)}})}catch(w){throw w instanceof nr.YAMLException?new J(`invalid YAML: ${w.reason}`,n(w.mark.line+1),"fix the YAML syntax at that line"):w}return{value:$,lineOf(w){let x=$,A=1;for(let F of w){if(x===null||typeof x!="object")break;let K=o.get(x)?.get(Array.isArray(x)?F:String(F));if(K===void 0)break;A=K,x=x[F]}return A},rangeOf(w){let x=$;for(let A of w.slice(0,-1)){if(x===null||typeof x!="object")return;x=x[A]}return x!==null&&typeof x=="object"?a.get(x)?.get(String(w.at(-1))):void 0}}}function kx(e){let t=new Map;return e.forEach((r,n)=>{let i=e[n+1];r.key&&i&&!i.key&&i.range&&t.set(String(r.value),i.range)}),t}function $x(e,t){let r=new Map;if(Array.isArray(e))return t.length===e.length&&t.forEach((i,o)=>r.set(o,i.line)),r;let n;for(let i of t)i.key&&(i.merge?n??=i.line:r.set(String(i.value),i.line));if(n!==void 0)for(let i of Object.keys(e))r.has(i)||r.set(i,n);return r}function pu(e){if(e===null||typeof e!="object")return!1;let t=Object.getPrototypeOf(e);return t===Object.prototype||t===null}function P0(e){return new J(`nesting too deep (more than ${hn} levels)`,e,"a manifest nests four levels: a mapping, its `workloads` list, each workload, its values")}function I0(e,t){let r=1;for(let n=e.indexOf(`
`);n!==-1&&n<t;n=e.indexOf(`
`,n+1))r++;return r}function _x(e,t,r,n){let i=/^---/m.exec(e.slice(t,r));return new J("a second YAML document starts here",{file:n,line:I0(e,i?t+i.index:r)},"keep one document per manifest: remove the `---` line and what follows, or move it to a file of its own")}function Ax(e,t,r,n){let i=/^%YAML/m.exec(t.slice(0,r));return new J(`\`%YAML ${e}\` directive: genspend reads YAML 1.2 only, whose numbers and booleans differ from YAML 1.1 (\`010\`, \`yes\`)`,{file:n,line:I0(t,i?i.index:0)},"remove the `%YAML` line (and check numbers with leading zeros and yes/no values)")}var b={};er(b,{$brand:()=>Pu,$input:()=>Qd,$output:()=>Yd,INVALID:()=>at,NEVER:()=>Su,TimePrecision:()=>dp,ZodAny:()=>Qf,ZodArray:()=>nm,ZodBase64:()=>Ha,ZodBase64URL:()=>Wa,ZodBigInt:()=>Yn,ZodBigIntFormat:()=>Ya,ZodBoolean:()=>Jn,ZodCIDRv4:()=>Ga,ZodCIDRv6:()=>Ka,ZodCUID:()=>Ua,ZodCUID2:()=>Ma,ZodCatch:()=>_m,ZodCodec:()=>wo,ZodCompileAsyncError:()=>Bt,ZodCompileUnsupportedError:()=>ye,ZodCreditCard:()=>Vf,ZodCustom:()=>xo,ZodCustomStringFormat:()=>rn,ZodDate:()=>mo,ZodDefault:()=>ym,ZodDiscriminatedUnion:()=>om,ZodE164:()=>Xa,ZodEmail:()=>Na,ZodEmoji:()=>La,ZodEnum:()=>Hn,ZodError:()=>z_,ZodExactOptional:()=>rc,ZodFile:()=>mm,ZodFirstPartyTypeKind:()=>zm,ZodFunction:()=>Dm,ZodGUID:()=>Fa,ZodIBAN:()=>Gf,ZodIPv4:()=>Za,ZodIPv6:()=>Va,ZodISODate:()=>Tr,ZodISODateTime:()=>Er,ZodISODuration:()=>Cr,ZodISOTime:()=>Or,ZodInstanceOf:()=>Lm,ZodIntersection:()=>sm,ZodIssueCode:()=>q_,ZodJWT:()=>Ja,ZodKSUID:()=>ja,ZodLazy:()=>Tm,ZodLiteral:()=>fm,ZodMAC:()=>Zf,ZodMap:()=>dm,ZodNaN:()=>Sm,ZodNanoID:()=>za,ZodNever:()=>tm,ZodNonOptional:()=>nc,ZodNull:()=>Jf,ZodNullable:()=>bm,ZodNumber:()=>Xn,ZodNumberFormat:()=>nn,ZodObject:()=>go,ZodOptional:()=>yo,ZodPipe:()=>vo,ZodPrefault:()=>wm,ZodPreprocess:()=>Pm,ZodPromise:()=>Cm,ZodReadonly:()=>Rm,ZodRealError:()=>wt,ZodRecord:()=>Kn,ZodSet:()=>pm,ZodString:()=>Wn,ZodStringFormat:()=>Re,ZodSuccess:()=>$m,ZodSymbol:()=>Wf,ZodTemplateLiteral:()=>Em,ZodTransform:()=>hm,ZodTuple:()=>cm,ZodType:()=>me,ZodULID:()=>qa,ZodURL:()=>fo,ZodUUID:()=>Qt,ZodUndefined:()=>Xf,ZodUnion:()=>bo,ZodUnknown:()=>em,ZodVoid:()=>rm,ZodXID:()=>Ba,ZodXor:()=>im,_ZodString:()=>Da,_default:()=>vm,_function:()=>Q1,any:()=>E1,array:()=>ho,base64:()=>l1,base64url:()=>d1,bigint:()=>A1,boolean:()=>Hf,catch:()=>Am,check:()=>ey,cidrv4:()=>c1,cidrv6:()=>u1,clone:()=>Ae,codec:()=>W1,coerce:()=>Mm,compile:()=>np,config:()=>Fe,core:()=>cr,creditCard:()=>f1,cuid:()=>e1,cuid2:()=>t1,currencyCode:()=>v1,custom:()=>ty,date:()=>O1,decode:()=>Lf,decodeAsync:()=>Uf,deepPartial:()=>my,describe:()=>ry,discriminatedUnion:()=>z1,e164:()=>p1,email:()=>Zb,emoji:()=>Yb,encode:()=>Ff,encodeAsync:()=>zf,endsWith:()=>Fn,enum:()=>ec,exactOptional:()=>gm,file:()=>V1,flattenError:()=>Fi,float32:()=>x1,float64:()=>k1,formatError:()=>Li,fromJSONSchema:()=>py,function:()=>Q1,getDiscriminatedOption:()=>Sd,getErrorMap:()=>j_,globalRegistry:()=>We,gt:()=>Jt,gte:()=>Pt,guid:()=>Vb,hash:()=>w1,hex:()=>y1,hostname:()=>b1,httpUrl:()=>Jb,iban:()=>m1,includes:()=>Dn,input:()=>gy,instanceof:()=>iy,int:()=>Oa,int32:()=>$1,int64:()=>S1,intersection:()=>am,invertCodec:()=>X1,ipv4:()=>o1,ipv6:()=>a1,iso:()=>ko,json:()=>sy,jwt:()=>h1,keyof:()=>C1,ksuid:()=>i1,lazy:()=>Om,length:()=>Jr,literal:()=>Z1,locales:()=>ro,looseObject:()=>F1,looseRecord:()=>M1,lowercase:()=>On,lt:()=>Xt,lte:()=>St,mac:()=>s1,map:()=>q1,maxLength:()=>Xr,maxSize:()=>Sr,memoizer:()=>to,meta:()=>ny,mime:()=>zn,minLength:()=>ar,minSize:()=>Yt,multipleOf:()=>Ar,nan:()=>H1,nanoid:()=>Qb,nativeEnum:()=>j1,negative:()=>xa,never:()=>Qa,nonnegative:()=>$a,nonoptional:()=>km,nonpositive:()=>ka,normalize:()=>Un,null:()=>Yf,nullable:()=>po,nullish:()=>G1,number:()=>Kf,object:()=>D1,optional:()=>en,output:()=>by,overwrite:()=>jt,parse:()=>Of,parseAsync:()=>Cf,partialRecord:()=>U1,pipe:()=>Ca,positive:()=>wa,prefault:()=>xm,preprocess:()=>ay,prettifyError:()=>Ou,promise:()=>Y1,properties:()=>Ln,property:()=>_a,readonly:()=>Im,record:()=>lm,refine:()=>Nm,regex:()=>Tn,regexes:()=>Ct,registry:()=>Ws,safeDecode:()=>qf,safeDecodeAsync:()=>jf,safeEncode:()=>Mf,safeEncodeAsync:()=>Bf,safeParse:()=>Df,safeParseAsync:()=>Nf,set:()=>B1,setErrorMap:()=>B_,size:()=>Wr,slugify:()=>jn,startsWith:()=>Nn,strictObject:()=>N1,string:()=>lo,stringFormat:()=>g1,stringbool:()=>oy,success:()=>K1,superRefine:()=>Fm,symbol:()=>R1,templateLiteral:()=>J1,toJSONSchema:()=>Ra,toLowerCase:()=>qn,toUpperCase:()=>Bn,toZod:()=>Si,transform:()=>tc,treeifyError:()=>Tu,trim:()=>Mn,tuple:()=>um,uint32:()=>_1,uint64:()=>P1,ulid:()=>r1,undefined:()=>I1,union:()=>Qn,unknown:()=>Qr,uppercase:()=>Cn,url:()=>Xb,util:()=>H,uuid:()=>Gb,uuidv4:()=>Kb,uuidv6:()=>Hb,uuidv7:()=>Wb,validate:()=>zi,validateAsync:()=>Ui,void:()=>T1,withParser:()=>Xs,xid:()=>n1,xor:()=>L1});var cr={};er(cr,{$ZodAny:()=>bd,$ZodArray:()=>$d,$ZodAsyncError:()=>yt,$ZodBase64:()=>od,$ZodBase64URL:()=>sd,$ZodBigInt:()=>Ls,$ZodBigIntFormat:()=>fd,$ZodBoolean:()=>Wi,$ZodCIDRv4:()=>nd,$ZodCIDRv6:()=>id,$ZodCUID:()=>Vl,$ZodCUID2:()=>Gl,$ZodCatch:()=>Bd,$ZodCheck:()=>Ee,$ZodCheckBigIntFormat:()=>yl,$ZodCheckEndsWith:()=>El,$ZodCheckGreaterThan:()=>xs,$ZodCheckIncludes:()=>Rl,$ZodCheckLengthEquals:()=>_l,$ZodCheckLessThan:()=>ws,$ZodCheckLowerCase:()=>Sl,$ZodCheckMaxLength:()=>kl,$ZodCheckMaxSize:()=>vl,$ZodCheckMimeType:()=>Cl,$ZodCheckMinLength:()=>$l,$ZodCheckMinSize:()=>wl,$ZodCheckMultipleOf:()=>gl,$ZodCheckNumberFormat:()=>bl,$ZodCheckOverwrite:()=>Dl,$ZodCheckProperties:()=>Ol,$ZodCheckProperty:()=>Tl,$ZodCheckRegex:()=>Al,$ZodCheckSizeEquals:()=>xl,$ZodCheckStartsWith:()=>Il,$ZodCheckStringFormat:()=>Pn,$ZodCheckUpperCase:()=>Pl,$ZodCodec:()=>Ji,$ZodCreditCard:()=>cd,$ZodCustom:()=>Wd,$ZodCustomStringFormat:()=>dd,$ZodCyclicError:()=>Zs,$ZodDate:()=>xd,$ZodDefault:()=>zd,$ZodDiscriminatedUnion:()=>Pd,$ZodE164:()=>ad,$ZodEmail:()=>Ul,$ZodEmoji:()=>jl,$ZodEncodeError:()=>$r,$ZodEnum:()=>Od,$ZodError:()=>Eu,$ZodExactOptional:()=>Fd,$ZodFile:()=>Dd,$ZodFunction:()=>Kd,$ZodGUID:()=>Ll,$ZodIBAN:()=>ud,$ZodIPv4:()=>ed,$ZodIPv6:()=>td,$ZodISODate:()=>Jl,$ZodISODateTime:()=>Xl,$ZodISODuration:()=>Ql,$ZodISOTime:()=>Yl,$ZodIntersection:()=>Rd,$ZodJWT:()=>ld,$ZodKSUID:()=>Wl,$ZodLazy:()=>Yi,$ZodLiteral:()=>Cd,$ZodMAC:()=>rd,$ZodMap:()=>Ed,$ZodNaN:()=>jd,$ZodNanoID:()=>Zl,$ZodNever:()=>vd,$ZodNonOptional:()=>Md,$ZodNull:()=>gd,$ZodNullable:()=>Ld,$ZodNumber:()=>Fs,$ZodNumberFormat:()=>pd,$ZodObject:()=>lb,$ZodObjectJIT:()=>_d,$ZodOptional:()=>Us,$ZodPipe:()=>Ms,$ZodPrefault:()=>Ud,$ZodPreprocess:()=>Zd,$ZodPromise:()=>Hd,$ZodReadonly:()=>Vd,$ZodRealError:()=>vt,$ZodRecord:()=>Id,$ZodRegistry:()=>Hs,$ZodSet:()=>Td,$ZodString:()=>Vr,$ZodStringFormat:()=>Se,$ZodSuccess:()=>qd,$ZodSymbol:()=>md,$ZodTemplateLiteral:()=>Gd,$ZodTransform:()=>Nd,$ZodTuple:()=>zs,$ZodType:()=>de,$ZodULID:()=>Kl,$ZodURL:()=>Bl,$ZodUUID:()=>zl,$ZodUndefined:()=>hd,$ZodUnion:()=>Xi,$ZodUnknown:()=>yd,$ZodVoid:()=>wd,$ZodXID:()=>Hl,$ZodXor:()=>Ad,$brand:()=>Pu,$constructor:()=>v,$input:()=>Qd,$output:()=>Yd,Doc:()=>Zr,INVALID:()=>at,JSONSchema:()=>qb,JSONSchemaGenerator:()=>Ia,NEVER:()=>Su,TimePrecision:()=>dp,URL_BAD_FORMAT:()=>Ml,URL_UNPARSEABLE:()=>Zi,ZodCompileAsyncError:()=>Bt,ZodCompileUnsupportedError:()=>ye,_any:()=>Rp,_array:()=>Np,_base64:()=>ga,_base64url:()=>ba,_bigint:()=>xp,_boolean:()=>vp,_catch:()=>S_,_check:()=>Ab,_cidrv4:()=>ma,_cidrv6:()=>ha,_coercedBigint:()=>kp,_coercedBoolean:()=>wp,_coercedDate:()=>Cp,_coercedNumber:()=>fp,_coercedString:()=>ap,_creditCard:()=>up,_cuid:()=>aa,_cuid2:()=>ca,_custom:()=>Lp,_date:()=>Op,_decode:()=>us,_decodeAsync:()=>ds,_default:()=>$_,_discriminatedUnion:()=>d_,_e164:()=>ya,_email:()=>Qs,_emoji:()=>oa,_encode:()=>cs,_encodeAsync:()=>ls,_endsWith:()=>Fn,_enum:()=>b_,_file:()=>Fp,_float32:()=>hp,_float64:()=>gp,_gt:()=>Jt,_gte:()=>Pt,_guid:()=>ea,_iban:()=>lp,_includes:()=>Dn,_int:()=>mp,_int32:()=>bp,_int64:()=>$p,_intersection:()=>p_,_ipv4:()=>pa,_ipv6:()=>fa,_isoDate:()=>oo,_isoDateTime:()=>io,_isoDuration:()=>ao,_isoTime:()=>so,_jwt:()=>va,_ksuid:()=>da,_lazy:()=>E_,_length:()=>Jr,_literal:()=>v_,_lowercase:()=>On,_lt:()=>Xt,_lte:()=>St,_mac:()=>cp,_map:()=>h_,_max:()=>St,_maxLength:()=>Xr,_maxSize:()=>Sr,_mime:()=>zn,_min:()=>Pt,_minLength:()=>ar,_minSize:()=>Yt,_multipleOf:()=>Ar,_nan:()=>Dp,_nanoid:()=>sa,_nativeEnum:()=>y_,_negative:()=>xa,_never:()=>Ep,_nonnegative:()=>$a,_nonoptional:()=>__,_nonpositive:()=>ka,_normalize:()=>Un,_null:()=>Pp,_nullable:()=>k_,_number:()=>pp,_optional:()=>x_,_overwrite:()=>jt,_parse:()=>$n,_parseAsync:()=>_n,_pipe:()=>P_,_positive:()=>wa,_promise:()=>T_,_properties:()=>Ln,_property:()=>_a,_readonly:()=>R_,_record:()=>m_,_refine:()=>zp,_regex:()=>Tn,_safeDecode:()=>fs,_safeDecodeAsync:()=>hs,_safeEncode:()=>ps,_safeEncodeAsync:()=>ms,_safeParse:()=>An,_safeParseAsync:()=>Sn,_set:()=>g_,_size:()=>Wr,_slugify:()=>jn,_startsWith:()=>Nn,_string:()=>sp,_stringFormat:()=>Yr,_stringbool:()=>Bp,_success:()=>A_,_superRefine:()=>Up,_symbol:()=>Ap,_templateLiteral:()=>I_,_toLowerCase:()=>qn,_toUpperCase:()=>Bn,_transform:()=>w_,_trim:()=>Mn,_tuple:()=>f_,_uint32:()=>yp,_uint64:()=>_p,_ulid:()=>ua,_undefined:()=>Sp,_union:()=>u_,_unknown:()=>Ip,_uppercase:()=>Cn,_url:()=>no,_uuid:()=>ta,_uuidv4:()=>ra,_uuidv6:()=>na,_uuidv7:()=>ia,_void:()=>Tp,_xid:()=>la,_xor:()=>l_,base64Charset:()=>Ts,base64urlCharset:()=>Hi,canParseURL:()=>ql,clone:()=>Ae,compile:()=>np,compileFn:()=>Js,config:()=>Fe,createStandardJSONSchemaMethod:()=>Zn,createToJSONSchemaMethod:()=>Zp,decode:()=>gk,decodeAsync:()=>yk,describe:()=>Mp,encode:()=>hk,encodeAsync:()=>bk,extractDefs:()=>Rr,finalize:()=>Ir,flattenError:()=>Fi,formatError:()=>Li,getDiscriminatedOption:()=>Sd,globalConfig:()=>Ve,globalRegistry:()=>We,handleUnrepresentable:()=>je,initializeContext:()=>Pr,isBackEdge:()=>Gs,isRecursiveSchema:()=>Vs,isValidBase64:()=>Ki,isValidBase64URL:()=>Os,isValidCIDRv6:()=>Es,isValidCreditCard:()=>Cs,isValidIBAN:()=>Ds,isValidIPv6:()=>Gi,isValidJWT:()=>Ns,locales:()=>ro,memoizer:()=>to,mergeValues:()=>Rn,meta:()=>qp,parse:()=>ss,parseAsync:()=>as,parseURLObject:()=>ab,prettifyError:()=>Ou,process:()=>Pe,processSchema:()=>Pe,regexes:()=>Ct,registry:()=>Ws,safeDecode:()=>wk,safeDecodeAsync:()=>kk,safeEncode:()=>vk,safeEncodeAsync:()=>xk,safeParse:()=>lk,safeParseAsync:()=>dk,standardProps:()=>Ss,stripTabAndNewline:()=>Vi,toDotPath:()=>M0,toJSONSchema:()=>Ra,toZod:()=>Si,treeifyError:()=>Tu,urlHostnameOk:()=>Rs,urlProtocolOk:()=>Is,util:()=>H,validate:()=>zi,validateAsync:()=>Ui,validateURL:()=>Ps,version:()=>Nl,withParser:()=>Xs});var H={};er(H,{BIGINT_FORMAT_RANGES:()=>Ti,CONSTANT_CATCH:()=>is,Class:()=>hu,NUMBER_FORMAT_RANGES:()=>Ei,aborted:()=>st,allowsEval:()=>yu,assert:()=>Ex,assertEqual:()=>Sx,assertIs:()=>Rx,assertNever:()=>Ix,assertNotEqual:()=>Px,assignProp:()=>He,attachSchema:()=>Oi,base64ToUint8Array:()=>D0,base64urlToUint8Array:()=>Wx,cached:()=>vn,captureStackTrace:()=>ts,cleanEnum:()=>Hx,cleanRegex:()=>or,clone:()=>Ae,cloneDef:()=>Cx,codePointLength:()=>Br,constantCatch:()=>_u,createTransparentProxy:()=>Ux,defineLazy:()=>gu,defineLazyInternal:()=>ge,derived:()=>Qx,esc:()=>ot,escapeRegex:()=>Ot,explicitlyAborted:()=>xu,extend:()=>Bx,finalizeIssue:()=>bt,floatSafeRemainder:()=>Pi,getElementAtPath:()=>Dx,getEnumValues:()=>bn,getLengthableOrigin:()=>Di,getParsedType:()=>zx,getSizableOrigin:()=>Ci,hexToUint8Array:()=>Jx,hide:()=>Ni,installLazyProp:()=>nk,isObject:()=>qr,isPlainObject:()=>Tt,issue:()=>kn,joinValues:()=>Qo,jsonStringifyReplacer:()=>yn,members:()=>$u,merge:()=>Zx,mergeDefs:()=>qt,normalizeParams:()=>q,nullish:()=>es,numKeys:()=>Lx,objectClone:()=>Tx,omit:()=>qx,optionalKeys:()=>wu,own:()=>kr,parsedType:()=>ku,partial:()=>Vx,pick:()=>Mx,prefixIssues:()=>gt,primitiveTypes:()=>vu,promiseAllObject:()=>Nx,propertyKeyTypes:()=>Ii,randomString:()=>Fx,rawShape:()=>wn,required:()=>Gx,safeExtend:()=>jx,shallowClone:()=>Ri,sizeCaps:()=>xn,slugify:()=>bu,stringifyPrimitive:()=>rs,toZod:()=>Si,uint8ArrayToBase64:()=>N0,uint8ArrayToBase64url:()=>Xx,uint8ArrayToHex:()=>Yx,unwrapMessage:()=>gn});function Sx(e){return e}function Px(e){return e}function Si(){return e=>e}function Rx(e){}function Ix(e){throw new Error("Unexpected value in exhaustive check")}function Ex(e){}function bn(e){let t=Object.values(e).filter(n=>typeof n=="number");return Object.entries(e).filter(([n,i])=>t.indexOf(+n)===-1).map(([n,i])=>i)}function Qo(e,t="|"){return e.map(r=>rs(r)).join(t)}function yn(e,t){return typeof t=="bigint"?t.toString():t}var mu=class{constructor(t){this._getter=t,this._value=void 0}get value(){let t=this._getter;return t!==void 0&&(this._value=t(),this._getter=void 0),this._value}};function vn(e){return new mu(e)}function es(e){return e==null}function or(e){let t=e.startsWith("^")?1:0,r=e.endsWith("$")?e.length-1:e.length;return e.slice(t,r)}function Pi(e,t){let r=e/t,n=Math.round(r),i=4*Number.EPSILON*Math.max(Math.abs(r),1);return Math.abs(r-n)<i?0:r-n}var E0=Symbol("evaluating");function gu(e,t,r){let n;Object.defineProperty(e,t,{get(){if(n!==E0)return n===void 0&&(n=E0,n=r()),n},set(i){Object.defineProperty(e,t,{value:i})},configurable:!0})}function Tx(e){return Object.create(Object.getPrototypeOf(e),Object.getOwnPropertyDescriptors(e))}function He(e,t,r){Object.defineProperty(e,t,{value:r,writable:!0,enumerable:!0,configurable:!0})}function wn(e){let t=Object.getOwnPropertyDescriptor(e,"shape");return t?.get?t.get.raw:t?.value}function ir(e){return wn(e._zod.def)??e._zod.def.shape}function T0(e,t,r){Object.defineProperty(e,t,{get(){let n=r();return He(this,t,n),n},enumerable:!0,configurable:!0})}function O0(e,t,r){t in e?He(e,t,r):e[t]=r}function Mr(e,t,r,n){let i=ir(t);for(let o of r){let s=Object.getOwnPropertyDescriptor(i,o);s.enumerable&&(s.get?T0(e,o,()=>{let a=t._zod.def.shape[o];return n?n(a,o):a}):O0(e,o,n?n(s.value,o):s.value))}}function Ox(e,t){for(let r of Reflect.ownKeys(t)){let n=Object.getOwnPropertyDescriptor(t,r);n.enumerable&&(n.get?T0(e,r,()=>t[r]):O0(e,r,n.value))}}function qt(...e){let t={};for(let r of e){let n=Object.getOwnPropertyDescriptors(r);Object.assign(t,n)}return Object.defineProperties({},t)}function Cx(e){return qt(e._zod.def)}function Dx(e,t){return t?t.reduce((r,n)=>r?.[n],e):e}function Nx(e){let t=Object.keys(e),r=t.map(n=>e[n]);return Promise.all(r).then(n=>{let i={};for(let o=0;o<t.length;o++)i[t[o]]=n[o];return i})}function Fx(e=10){let t="abcdefghijklmnopqrstuvwxyz",r="";for(let n=0;n<e;n++)r+=t[Math.floor(Math.random()*t.length)];return r}function ot(e){return JSON.stringify(e)}function bu(e){return e.toLowerCase().trim().replace(/[^\w\s-]/g,"").replace(/[\s_-]+/g,"-").replace(/^-+|-+$/g,"")}var ts="captureStackTrace"in Error?Error.captureStackTrace:(...e)=>{};function qr(e){return typeof e=="object"&&e!==null&&!Array.isArray(e)}var yu=vn(()=>{if(Ve.jitless||typeof navigator<"u"&&navigator?.userAgent?.includes("Cloudflare"))return!1;try{let e=Function;return new e(""),!0}catch{return!1}});function Tt(e){if(qr(e)===!1)return!1;let t=e.constructor;if(t===void 0||typeof t!="function")return!0;let r=t.prototype;return!(qr(r)===!1||Object.prototype.hasOwnProperty.call(r,"isPrototypeOf")===!1)}function Ri(e){return Tt(e)?{...e}:Array.isArray(e)?[...e]:e instanceof Map?new Map(e):e instanceof Set?new Set(e):e}function Lx(e){let t=0;for(let r in e)Object.prototype.hasOwnProperty.call(e,r)&&t++;return t}var zx=e=>{let t=typeof e;switch(t){case"undefined":return"undefined";case"string":return"string";case"number":return Number.isNaN(e)?"nan":"number";case"boolean":return"boolean";case"function":return"function";case"bigint":return"bigint";case"symbol":return"symbol";case"object":return Array.isArray(e)?"array":e===null?"null":e.then&&typeof e.then=="function"&&e.catch&&typeof e.catch=="function"?"promise":typeof Map<"u"&&e instanceof Map?"map":typeof Set<"u"&&e instanceof Set?"set":typeof Date<"u"&&e instanceof Date?"date":typeof File<"u"&&e instanceof File?"file":"object";default:throw new Error(`Unknown data type: ${t}`)}},Ii=new Set(["string","number","symbol"]),vu=new Set(["string","number","bigint","boolean","symbol","undefined"]);function Ot(e){return e.replace(/[.*+?^${}()|[\]\\]/g,"\\$&")}function Ae(e,t,r){let n=new e._zod.constr(t??e._zod.def);return(!t||r?.parent)&&(n._zod.parent=e),n}function q(e){let t=e;if(!t)return{};if(typeof t=="string")return{error:()=>t};if(t?.message!==void 0){if(t?.error!==void 0)throw new Error("Cannot specify both `message` and `error` params");t.error=t.message}return delete t.message,typeof t.error=="string"?{...t,error:()=>t.error}:t}function Ux(e){let t;return new Proxy({},{get(r,n,i){return t??(t=e()),Reflect.get(t,n,i)},set(r,n,i,o){return t??(t=e()),Reflect.set(t,n,i,o)},has(r,n){return t??(t=e()),Reflect.has(t,n)},deleteProperty(r,n){return t??(t=e()),Reflect.deleteProperty(t,n)},ownKeys(r){return t??(t=e()),Reflect.ownKeys(t)},getOwnPropertyDescriptor(r,n){return t??(t=e()),Reflect.getOwnPropertyDescriptor(t,n)},defineProperty(r,n,i){return t??(t=e()),Reflect.defineProperty(t,n,i)}})}function rs(e){return typeof e=="bigint"?e.toString()+"n":typeof e=="string"?`"${e}"`:`${e}`}function wu(e){return Object.keys(e).filter(t=>e[t]._zod.optin!==void 0&&e[t]._zod.optout==="optional")}var Ei={safeint:[Number.MIN_SAFE_INTEGER,Number.MAX_SAFE_INTEGER],int32:[-2147483648,2147483647],uint32:[0,4294967295],float32:[-34028234663852886e22,34028234663852886e22],float64:[-Number.MAX_VALUE,Number.MAX_VALUE]},Ti={int64:[BigInt("-9223372036854775808"),BigInt("9223372036854775807")],uint64:[BigInt(0),BigInt("18446744073709551615")]};function Mx(e,t){let r=e._zod.def,n=r.checks;if(n&&n.length>0)throw new Error(".pick() cannot be used on object schemas containing refinements");let o={};return Mr(o,e,ns(e,t)),Ae(e,qt(r,{shape:o,checks:[]}))}function ns(e,t){let r=ir(e),n=[];for(let i of Reflect.ownKeys(t)){if(!Object.getOwnPropertyDescriptor(r,i)?.enumerable)throw new Error(`Unrecognized key: "${String(i)}"`);t[i]&&n.push(i)}return n}function qx(e,t){let r=e._zod.def,n=r.checks;if(n&&n.length>0)throw new Error(".omit() cannot be used on object schemas containing refinements");let o=new Set(ns(e,t)),s={};return Mr(s,e,Reflect.ownKeys(ir(e)).filter(a=>!o.has(a))),Ae(e,qt(r,{shape:s,checks:[]}))}function Bx(e,t){if(!Tt(t))throw new Error("Invalid input to extend: expected a plain object");let r=e._zod.def.checks;if(r&&r.length>0){let i=ir(e);for(let o of Reflect.ownKeys(t))if(Object.getOwnPropertyDescriptor(i,o)!==void 0)throw new Error("Cannot overwrite keys on object schemas containing refinements. Use `.safeExtend()` instead.")}return Ae(e,qt(e._zod.def,{shape:C0(e,t)}))}function C0(e,t){let r={};return Mr(r,e,Reflect.ownKeys(ir(e))),Ox(r,t),r}function jx(e,t){if(!Tt(t))throw new Error("Invalid input to safeExtend: expected a plain object");return Ae(e,qt(e._zod.def,{shape:C0(e,t)}))}function Zx(e,t){if(!t?._zod?.def)throw new Error("Invalid input to merge: expected an object schema. To merge a plain shape, use `.extend()`.");if(e._zod.def.checks?.length)throw new Error(".merge() cannot be used on object schemas containing refinements. Use .safeExtend() instead.");let r={};Mr(r,e,Reflect.ownKeys(ir(e))),Mr(r,t,Reflect.ownKeys(ir(t)));let n=qt(e._zod.def,{shape:r,get catchall(){return t._zod.def.catchall},checks:t._zod.def.checks??[]});return Ae(e,n)}function Vx(e,t,r,n="partial"){let o=t._zod.def.checks;if(o&&o.length>0)throw new Error(`.${n}() cannot be used on object schemas containing refinements`);let a=r?new Set(ns(t,r)):void 0,u={};return Mr(u,t,Reflect.ownKeys(ir(t)),e&&((c,l)=>a&&!a.has(l)?c:new e({type:"optional",innerType:c}))),Ae(t,qt(t._zod.def,{shape:u,checks:[]}))}function Gx(e,t,r){let n=r?new Set(ns(t,r)):void 0,i={};return Mr(i,t,Reflect.ownKeys(ir(t)),(o,s)=>n&&!n.has(s)?o:new e({type:"nonoptional",innerType:o})),Ae(t,qt(t._zod.def,{shape:i}))}function st(e,t=0){if(e.aborted===!0)return!0;for(let r=t;r<e.issues.length;r++)if(e.issues[r]?.continue!==!0)return!0;return!1}function xu(e,t=0){if(e.aborted===!0)return!0;for(let r=t;r<e.issues.length;r++)if(e.issues[r]?.continue===!1)return!0;return!1}function gt(e,t){return t.map(r=>{var n;return(n=r).path??(n.path=[]),r.path.unshift(e),r})}function gn(e){return typeof e=="string"?e:e?.message}function xn(e){let t=[];for(let r of e??[]){let n=r._zod.def;if(!/_(length|size)$|_equals$/.test(n.check))break;let i=n.maximum??n.length??n.size;i>=0&&t.push([i,r])}return t}function Oi(e,t,r){var n;for(let i=t;i<e.length;i++)(n=e[i]).schema??(n.schema=r)}function bt(e,t,r){var n;let i=e.inst?._zod?.traits;i?.has("$ZodType")&&(i.has("$ZodCheck")?(n=e).schema??(n.schema=e.inst):e.schema=e.inst);let o=e.schema!==e.inst?e.schema?._zod.def?.error:void 0,s=e.message?e.message:gn(e.inst?._zod.def?.error?.(e))??gn(o?.(e))??gn(t?.error?.(e))??gn(r.customError?.(e))??gn(r.localeError?.(e))??"Invalid input",a={};for(let u of Object.keys(e))u==="inst"||u==="schema"||u==="continue"||u==="input"||u==="__proto__"||(a[u]=e[u]);return a.path??(a.path=[]),a.message=s,t?.reportInput&&(a.input=e.input),a}function Ci(e){return e instanceof Set?"set":e instanceof Map?"map":e instanceof File?"file":"unknown"}var Kx=/[\uD800-\uDBFF]/;function Br(e){let t=e.length;if(!Kx.test(e))return t;let r=t;for(let n=0;n<t-1;n++)(e.charCodeAt(n)&64512)===55296&&(e.charCodeAt(n+1)&64512)===56320&&(r--,n++);return r}function Di(e){return Array.isArray(e)?"array":typeof e=="string"?"string":"unknown"}function ku(e){let t=typeof e;switch(t){case"number":return Number.isNaN(e)?"nan":"number";case"object":{if(e===null)return"null";if(Array.isArray(e))return"array";let r=e;if(r&&Object.getPrototypeOf(r)!==Object.prototype&&"constructor"in r&&r.constructor)return r.constructor.name}}return t}function kn(...e){let[t,r,n]=e;return typeof t=="string"?{message:t,code:"custom",input:r,inst:n}:{...t}}function Hx(e){return Object.entries(e).filter(([t,r])=>Number.isNaN(Number.parseInt(t,10))).map(t=>t[1])}function D0(e){let t=atob(e),r=new Uint8Array(t.length);for(let n=0;n<t.length;n++)r[n]=t.charCodeAt(n);return r}function N0(e){let t="";for(let r=0;r<e.length;r++)t+=String.fromCharCode(e[r]);return btoa(t)}function Wx(e){let t=e.replace(/-/g,"+").replace(/_/g,"/"),r="=".repeat((4-t.length%4)%4);return D0(t+r)}function Xx(e){return N0(e).replace(/\+/g,"-").replace(/\//g,"_").replace(/=/g,"")}function Jx(e){let t=e.replace(/^0x/,"");if(t.length%2!==0)throw new Error("Invalid hex string length");let r=new Uint8Array(t.length/2);for(let n=0;n<t.length;n+=2)r[n/2]=Number.parseInt(t.slice(n,n+2),16);return r}function Yx(e){return Array.from(e).map(t=>t.toString(16).padStart(2,"0")).join("")}var hu=class{constructor(...t){}};function $u(e,t){for(let r in t){let n=Object.getOwnPropertyDescriptor(t,r);n.get?Object.defineProperty(e,r,{...n,enumerable:!1}):ek(e,r,n.value)}}function kr(e,t,r,n=!0){return Object.defineProperty(e,t,{configurable:!0,writable:!0,enumerable:n,value:r}),r}function Ni(e,t,r){return kr(e,t,r,!1)}function Qx(e,t){for(let r in e){let n=e[r];Object.defineProperty(t,r,{configurable:!0,enumerable:!0,get(){return kr(this,r,n(this))},set(i){kr(this,r,i)}})}return t}function ek(e,t,r){Object.defineProperty(e,t,{configurable:!0,get(){return this==null?r:kr(this,t,r.bind(this))},set(n){kr(this,t,n)}})}function tk(e,t){let r=Object.getPrototypeOf(e);return t in r?void 0:r}var fu,xr=!1,rk={configurable:!0,get(){xr=!0}};function ge(e,t,r){let n=Object.getPrototypeOf(e._zod);if(t in n&&fu!==e._zod){fu=void 0;return}fu=e._zod,Object.defineProperty(n,t,{configurable:!0,get(){Object.defineProperty(this,t,rk);let i=xr;xr=!1;try{let o=r(this);return xr?delete this[t]:Object.defineProperty(this,t,{configurable:!0,writable:!0,value:o}),xr=xr||i,o}catch(o){throw delete this[t],xr=xr||i,o}},set(i){Object.defineProperty(this,t,{configurable:!0,writable:!0,value:i})}})}function nk(e,t,r,n){let i=tk(e,t);i&&Object.defineProperty(i,t,{configurable:!0,get(){let o={configurable:!0,writable:!0,enumerable:n,value:void 0};return Object.defineProperty(this,t,o),o.value=r(this),Object.defineProperty(this,t,o),o.value},set(o){Object.defineProperty(this,t,{configurable:!0,writable:!0,enumerable:n,value:o})}})}var is="~constantCatch";function _u(e){let t=()=>e;return t[is]=!0,t}var F0,Su=Object.freeze({status:"aborted"}),Au={value:void 0,enumerable:!1},L0="captureStackTrace"in Error?Error:null;function ik(e){let t=L0;if(t){let r=t.stackTraceLimit;if(typeof r=="number"){try{t.stackTraceLimit=0}catch{return L0=null,new e}try{return new e}finally{t.stackTraceLimit=r}}}return new e}function v(e,t,r,n){let i={};function o(f){this.def=f,this.constr=p,this.traits=new Set}o.prototype=i;let s=r,a=s&&new WeakSet;function u(f,h){if(f._zod){if(f._zod.traits.has(e))return}else{Au.value=new o(h);try{Object.defineProperty(f,"_zod",Au)}finally{Au.value=void 0}}if(f._zod.traits.add(e),t(f,h),a){let g=Object.getPrototypeOf(f),$=f._zod.constr.prototype,w=g;for(;w&&w!==$;)w=Object.getPrototypeOf(w);let x=w??g;a.has(x)||(a.add(x),$u(x,s))}let y=p.prototype;for(let g in y)Object.prototype.hasOwnProperty.call(y,g)&&(g in f||(f[g]=y[g].bind(f)))}let c=n?.Parent??Object;class l extends c{}Object.defineProperty(l,"name",{value:e});function p(f){let h=n?.Parent?ik(l):this;u(h,f);let y=h._zod.deferred;if(y){for(let $ of y)$();h._zod.deferred=void 0}let g=globalThis.__zod_globalConfig?.postProcessor;return g&&g(h),h}return Object.defineProperty(p,"init",{value:u}),Object.defineProperty(p,Symbol.hasInstance,{value:f=>n?.Parent&&f instanceof n.Parent?!0:f?._zod?.traits?.has(e)}),Object.defineProperty(p,"name",{value:e}),p}var Pu=Symbol("zod_brand"),yt=class extends Error{constructor(){super("Encountered Promise during synchronous parse. Use .parseAsync() instead.")}},$r=class extends Error{constructor(t){super(`Encountered unidirectional transform during encode: ${t}`),this.name="ZodEncodeError"}};(F0=globalThis).__zod_globalConfig??(F0.__zod_globalConfig={});var Ve=globalThis.__zod_globalConfig;function Fe(e){return e&&Object.assign(Ve,e),Ve}function ok(){let e=this._zod;return e.message??(e.message=JSON.stringify(e.def,yn,2)),e.message}function sk(e){this._zod.message=e}var ak={get:ok,set:sk,enumerable:!0,configurable:!0},Iu={value:void 0,enumerable:!1},z0=new WeakSet([Object.prototype,Error.prototype]),U0=(e,t)=>{e.name="$ZodError",Iu.value=t,Object.defineProperty(e,"issues",Iu),Iu.value=void 0,Object.defineProperty(e,"message",ak);let r=Object.getPrototypeOf(e);z0.has(r)||(z0.add(r),Object.defineProperty(r,"toString",{configurable:!0,enumerable:!1,get(){let n=()=>this.message;return Object.defineProperty(this,"toString",{value:n,configurable:!0,writable:!0}),n},set(n){Object.defineProperty(this,"toString",{value:n,configurable:!0,writable:!0})}}))},Eu=v("$ZodError",U0),vt=v("$ZodError",U0,void 0,{Parent:Error});function ck(e,t,r){return Object.prototype.hasOwnProperty.call(e,t)||(t==="__proto__"?Object.defineProperty(e,t,{value:r(),writable:!0,enumerable:!0,configurable:!0}):e[t]=r()),e[t]}function Fi(e,t=r=>r.message){let r={},n=[];for(let i of e.issues)i.path.length>0?ck(r,i.path[0],()=>[]).push(t(i)):n.push(t(i));return{formErrors:n,fieldErrors:r}}function Li(e,t=r=>r.message){let r={_errors:[]},n=(i,o=[])=>{for(let s of i.issues)if(s.code==="invalid_union"&&s.errors.length)s.errors.map(a=>n({issues:a},[...o,...s.path]));else if(s.code==="invalid_key")n({issues:s.issues},[...o,...s.path]);else if(s.code==="invalid_element")n({issues:s.issues},[...o,...s.path]);else{let a=[...o,...s.path];if(a.length===0)r._errors.push(t(s));else{let u=r,c=0;for(;c<a.length;){let l=a[c],p=c===a.length-1;if(l==="_errors"){p&&u._errors.push(t(s)),c++;continue}Object.prototype.hasOwnProperty.call(u,l)||Object.defineProperty(u,l,{value:{_errors:[]},enumerable:!0,writable:!0,configurable:!0});let f=u[l];p&&f._errors.push(t(s)),u=f,c++}}}};return n(e),r}function Tu(e,t=r=>r.message){let r={errors:[]},n=(i,o=[])=>{var s;for(let a of i.issues)if(a.code==="invalid_union"&&a.errors.length)a.errors.map(u=>n({issues:u},[...o,...a.path]));else if(a.code==="invalid_key")n({issues:a.issues},[...o,...a.path]);else if(a.code==="invalid_element")n({issues:a.issues},[...o,...a.path]);else{let u=[...o,...a.path];if(u.length===0){r.errors.push(t(a));continue}let c=r,l=0;for(;l<u.length;){let p=u[l],f=l===u.length-1;typeof p=="string"?(c.properties??(c.properties={}),Object.prototype.hasOwnProperty.call(c.properties,p)||Object.defineProperty(c.properties,p,{value:{errors:[]},enumerable:!0,writable:!0,configurable:!0}),c=c.properties[p]):(c.items??(c.items=[]),(s=c.items)[p]??(s[p]={errors:[]}),c=c.items[p]),f&&c.errors.push(t(a)),l++}}};return n(e),r}function M0(e){let t=[],r=e.map(n=>typeof n=="object"?n.key:n);for(let n of r)typeof n=="number"?t.push(`[${n}]`):typeof n=="symbol"?t.push(`[${JSON.stringify(String(n))}]`):/[^\w$]/.test(n)?t.push(`[${JSON.stringify(n)}]`):(t.length&&t.push("."),t.push(n));return t.join("")}function Ou(e){let t=[],r=[...e.issues].sort((n,i)=>(n.path??[]).length-(i.path??[]).length);for(let n of r)t.push(`\u2716 ${n.message}`),n.path?.length&&t.push(`  \u2192 at ${M0(n.path)}`);return t.join(`
`)}function os(e,t){return{callee:t?.callee??e,Err:t?.Err}}var $n=e=>{let t=(r,n,i,o)=>{let s=i?{...i,async:!1}:{async:!1},a=r._zod.run({value:n,issues:[]},s);if(a instanceof Promise)throw new yt;if(a.issues.length){let u=new(o?.Err??e)(a.issues.map(c=>bt(c,s,Fe())));throw ts(u,o?.callee??t),u}return a.value};return t},ss=$n(vt),_n=e=>{let t=async(r,n,i,o)=>{let s=i?{...i,async:!0}:{async:!0},a=r._zod.run({value:n,issues:[]},s);if(a instanceof Promise&&(a=await a),a.issues.length){let u=new(o?.Err??e)(a.issues.map(c=>bt(c,s,Fe())));throw ts(u,o?.callee??t),u}return a.value};return t},as=_n(vt),An=e=>(t,r,n)=>{let i=n?{...n,async:!1}:{async:!1},o=t._zod.run({value:r,issues:[]},i);if(o instanceof Promise)throw new yt;return o.issues.length?q0(e,o.issues,i):{success:!0,data:o.value}},lk=An(vt);function q0(e,t,r){let n;return{success:!1,get error(){return n||(n=new e(t.map(i=>bt(i,r,Fe()))),t=void 0,r=void 0),n},set error(i){n=i,t=void 0,r=void 0}}}var Sn=e=>async(t,r,n)=>{let i=n?{...n,async:!0}:{async:!0},o=t._zod.run({value:r,issues:[]},i);return o instanceof Promise&&(o=await o),o.issues.length?q0(e,o.issues,i):{success:!0,data:o.value}},dk=Sn(vt),pk=Symbol.for("zod.compile.invalid"),fk=Symbol.for("zod.compile.fallback"),zi=((e,t,r)=>{let n=e._zod.bag.validator;if(n!==void 0){if(n(t)!==pk)return!0;if(n.definite===!0&&r===void 0)return!1}return mk(e,t,r)});function mk(e,t,r){let n=r?{...r,async:!1,abortEarly:!0}:{async:!1,abortEarly:!0},i=e._zod.bag.fallbackRun,o;if(i?(n[fk]=!0,o=i({value:t,issues:[]},n)):o=e._zod.run({value:t,issues:[]},n),o instanceof Promise)throw new yt;return o.issues.length===0}var Ui=async(e,t,r)=>{let n=r?{...r,async:!0,abortEarly:!0}:{async:!0,abortEarly:!0},i=e._zod.run({value:t,issues:[]},n);return i instanceof Promise&&(i=await i),i.issues.length===0},cs=e=>{let t=$n(e),r=(n,i,o,s)=>{let a=o?{...o,direction:"backward"}:{direction:"backward"};return t(n,i,a,os(r,s))};return r},hk=cs(vt),us=e=>{let t=$n(e),r=(n,i,o,s)=>t(n,i,o,os(r,s));return r},gk=us(vt),ls=e=>{let t=_n(e),r=async(n,i,o,s)=>{let a=o?{...o,direction:"backward"}:{direction:"backward"};return await t(n,i,a,os(r,s))};return r},bk=ls(vt),ds=e=>{let t=_n(e),r=async(n,i,o,s)=>await t(n,i,o,os(r,s));return r},yk=ds(vt),ps=e=>(t,r,n)=>{let i=n?{...n,direction:"backward"}:{direction:"backward"};return An(e)(t,r,i)},vk=ps(vt),fs=e=>(t,r,n)=>An(e)(t,r,n),wk=fs(vt),ms=e=>async(t,r,n)=>{let i=n?{...n,direction:"backward"}:{direction:"backward"};return Sn(e)(t,r,i)},xk=ms(vt),hs=e=>async(t,r,n)=>Sn(e)(t,r,n),kk=hs(vt);var Ct={};er(Ct,{anyString:()=>ol,base64:()=>Xu,base64url:()=>Ju,bigint:()=>al,boolean:()=>cl,browserEmail:()=>Ek,cidrv4:()=>Hu,cidrv6:()=>Wu,creditCard:()=>gs,cuid:()=>Du,cuid2:()=>Nu,currencyCode:()=>tl,date:()=>rl,datetime:()=>il,domain:()=>Qu,duration:()=>qu,e164:()=>el,email:()=>ju,emoji:()=>Zu,extendedDuration:()=>$k,guid:()=>Bu,hex:()=>fl,hostname:()=>Yu,html5Email:()=>Pk,httpProtocol:()=>Mi,iban:()=>bs,idnEmail:()=>Ik,integer:()=>qi,ipv4:()=>Vu,ipv6:()=>Gu,ksuid:()=>zu,lowercase:()=>dl,mac:()=>Ku,md5_base64:()=>Dk,md5_base64url:()=>Nk,md5_hex:()=>Ck,nanoid:()=>Uu,nanoidOfLength:()=>Mu,null:()=>ul,number:()=>sr,rfc5322Email:()=>Rk,sha1_base64:()=>Lk,sha1_base64url:()=>zk,sha1_hex:()=>Fk,sha256_base64:()=>Mk,sha256_base64url:()=>qk,sha256_hex:()=>Uk,sha384_base64:()=>jk,sha384_base64url:()=>Zk,sha384_hex:()=>Bk,sha512_base64:()=>Gk,sha512_base64url:()=>Kk,sha512_hex:()=>Vk,string:()=>sl,time:()=>nl,ulid:()=>Fu,undefined:()=>ll,unicodeEmail:()=>B0,uppercase:()=>pl,uuid:()=>jr,uuid4:()=>_k,uuid6:()=>Ak,uuid7:()=>Sk,xid:()=>Lu});var Du=/^[cC][0-9a-z]{6,}$/,Nu=/^[0-9a-z]+$/,Fu=/^[0-7][0-9A-HJKMNP-TV-Za-hjkmnp-tv-z]{25}$/,Lu=/^[0-9a-vA-V]{20}$/,zu=/^[A-Za-z0-9]{27}$/,Uu=/^[a-zA-Z0-9_-]{21}$/;function Mu(e){return new RegExp(`^[a-zA-Z0-9_-]{${e}}$`)}var qu=/^P(?:(\d+W)|(?!.*W)(?=\d|T\d)(\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+([.,]\d+)?S)?)?)$/,$k=/^[-+]?P(?!$)(?:(?:[-+]?\d+Y)|(?:[-+]?\d+[.,]\d+Y$))?(?:(?:[-+]?\d+M)|(?:[-+]?\d+[.,]\d+M$))?(?:(?:[-+]?\d+W)|(?:[-+]?\d+[.,]\d+W$))?(?:(?:[-+]?\d+D)|(?:[-+]?\d+[.,]\d+D$))?(?:T(?=[\d+-])(?:(?:[-+]?\d+H)|(?:[-+]?\d+[.,]\d+H$))?(?:(?:[-+]?\d+M)|(?:[-+]?\d+[.,]\d+M$))?(?:[-+]?\d+(?:[.,]\d+)?S)?)??$/,Bu=/^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$/,jr=e=>e?new RegExp(`^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-${e}[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12})$`):/^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$/,_k=jr(4),Ak=jr(6),Sk=jr(7),ju=/^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$/,Pk=/^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/,Rk=/^(([^<>()\[\]\\.,;:\s@"]+(\.[^<>()\[\]\\.,;:\s@"]+)*)|(".+"))@((\[[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}])|(([a-zA-Z\-0-9]+\.)+[a-zA-Z]{2,}))$/,B0=/^[^\s@"]{1,64}@[^\s@]{1,255}$/u,Ik=B0,Ek=/^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/,Tk="^(?=[\\s\\S]*[\\p{Extended_Pictographic}\\p{Regional_Indicator}\\u20E3])[\\p{Extended_Pictographic}\\p{Emoji_Component}]+$";function Zu(){return new RegExp(Tk,"u")}var Vu=/^(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])$/,Gu=/^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))$/,Ku=e=>{let t=Ot(e??":");return new RegExp(`^(?:[0-9A-F]{2}${t}){5}[0-9A-F]{2}$|^(?:[0-9a-f]{2}${t}){5}[0-9a-f]{2}$`)},Hu=/^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\/([0-9]|[1-2][0-9]|3[0-2])$/,Wu=/^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))\/(12[0-8]|1[01][0-9]|[1-9]?[0-9])$/,Xu=/^$|^(?:[0-9a-zA-Z+/]{4})*(?:(?:[0-9a-zA-Z+/]{2}==)|(?:[0-9a-zA-Z+/]{3}=))?$/,Ju=/^(?:[A-Za-z0-9_-]{4})*(?:[A-Za-z0-9_-]{2,3})?$/,Yu=/^(?=.{1,253}\.?$)[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[-0-9a-zA-Z]{0,61}[0-9a-zA-Z])?)*\.?$/,Qu=/^(?=.{1,253}$)([a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\.)+[a-zA-Z]{2,63}$/,Mi=/^https?$/,el=/^\+[1-9]\d{6,14}$/,gs=/^\d(?:[ -]?\d){11,18}$/,tl=/^(?:AED|AFN|ALL|AMD|AOA|ARS|AUD|AWG|AZN|BAM|BBD|BDT|BHD|BIF|BMD|BND|BOB|BOV|BRL|BSD|BTN|BWP|BYN|BZD|CAD|CDF|CHE|CHF|CHW|CLF|CLP|CNY|COP|COU|CRC|CUP|CVE|CZK|DJF|DKK|DOP|DZD|EGP|ERN|ETB|EUR|FJD|FKP|GBP|GEL|GHS|GIP|GMD|GNF|GTQ|GYD|HKD|HNL|HTG|HUF|IDR|ILS|INR|IQD|IRR|ISK|JMD|JOD|JPY|KES|KGS|KHR|KMF|KPW|KRW|KWD|KYD|KZT|LAK|LBP|LKR|LRD|LSL|LYD|MAD|MDL|MGA|MKD|MMK|MNT|MOP|MRU|MUR|MVR|MWK|MXN|MXV|MYR|MZN|NAD|NGN|NIO|NOK|NPR|NZD|OMR|PAB|PEN|PGK|PHP|PKR|PLN|PYG|QAR|RON|RSD|RUB|RWF|SAR|SBD|SCR|SDG|SEK|SGD|SHP|SLE|SOS|SRD|SSP|STN|SVC|SYP|SZL|THB|TJS|TMT|TND|TOP|TRY|TTD|TWD|TZS|UAH|UGX|USD|USN|UYI|UYU|UYW|UZS|VED|VES|VND|VUV|WST|XAD|XAF|XAG|XAU|XBA|XBB|XBC|XBD|XCD|XCG|XDR|XOF|XPD|XPF|XPT|XSU|XTS|XUA|XXX|YER|ZAR|ZMW|ZWG)$/,bs=/^[A-Z]{2}(?!00|01|99)\d{2}[A-Z0-9]{11,30}$/,j0="(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))";function Ok(e){return new RegExp(`^${e}$`)}var rl=Ok(j0);function Cu(e){let t="(?:[01]\\d|2[0-3]):[0-5]\\d";return typeof e.precision=="number"?e.precision===-1?`${t}`:e.precision===0?`${t}:[0-5]\\d`:`${t}:[0-5]\\d\\.\\d{${e.precision}}`:e.seconds?`${t}:[0-5]\\d(?:\\.\\d+)?`:`${t}(?::[0-5]\\d(?:\\.\\d+)?)?`}function nl(e){return new RegExp(`^${Cu(e)}$`)}function il(e){let t=["Z"];e.offset&&t.push("([+-](?:[01]\\d|2[0-3]):[0-5]\\d)");let r=`${Cu({precision:e.precision,seconds:!0})}(?:${t.join("|")})`,n=e.local?`${r}|${Cu({precision:e.precision})}`:r;return new RegExp(`^${j0}T(?:${n})$`)}var ol=/^[\s\S]{0,}$/,sl=e=>{let t=e?`[\\s\\S]{${e?.minimum??0},${e?.maximum??""}}`:"[\\s\\S]*";return new RegExp(`^${t}$`)},al=/^-?\d+n?$/,qi=/^-?\d+$/,sr=/^-?\d+(?:\.\d+)?$/,cl=/^(?:true|false)$/i,ul=/^null$/i;var ll=/^undefined$/i;var dl=/^[^A-Z]*$/,pl=/^[^a-z]*$/,fl=/^[0-9a-fA-F]*$/;function Bi(e,t){return new RegExp(`^[A-Za-z0-9+/]{${e}}${t}$`)}function ji(e){return new RegExp(`^[A-Za-z0-9_-]{${e}}$`)}var Ck=/^[0-9a-fA-F]{32}$/,Dk=Bi(22,"=="),Nk=ji(22),Fk=/^[0-9a-fA-F]{40}$/,Lk=Bi(27,"="),zk=ji(27),Uk=/^[0-9a-fA-F]{64}$/,Mk=Bi(43,"="),qk=ji(43),Bk=/^[0-9a-fA-F]{96}$/,jk=Bi(64,""),Zk=ji(64),Vk=/^[0-9a-fA-F]{128}$/,Gk=Bi(86,"=="),Kk=ji(86);var Ee=v("$ZodCheck",(e,t)=>{var r;e._zod??(e._zod={}),e._zod.def=t,(r=e._zod).onattach??(r.onattach=[])}),ml=e=>{let t=e.value;return!es(t)&&t.size!==void 0},hl=e=>{let t=e.value;return!es(t)&&t.length!==void 0},ys={number:"number",bigint:"bigint",object:"date"},ws=v("$ZodCheckLessThan",(e,t)=>{Ee.init(e,t);let r=ys[typeof t.value];e._zod.check=n=>{(t.inclusive?n.value<=t.value:n.value<t.value)||n.issues.push({origin:ys[typeof n.value]??r,code:"too_big",maximum:typeof t.value=="object"?t.value.getTime():t.value,input:n.value,inclusive:t.inclusive,inst:e,continue:!t.abort})}}),xs=v("$ZodCheckGreaterThan",(e,t)=>{Ee.init(e,t);let r=ys[typeof t.value];e._zod.check=n=>{(t.inclusive?n.value>=t.value:n.value>t.value)||n.issues.push({origin:ys[typeof n.value]??r,code:"too_small",minimum:typeof t.value=="object"?t.value.getTime():t.value,input:n.value,inclusive:t.inclusive,inst:e,continue:!t.abort})}}),gl=v("$ZodCheckMultipleOf",(e,t)=>{Ee.init(e,t),e._zod.check=r=>{if(typeof r.value!=typeof t.value)throw new Error("Cannot mix number and bigint in multiple_of check.");(typeof r.value=="bigint"?t.value!==BigInt(0)&&r.value%t.value===BigInt(0):Pi(r.value,t.value)===0)||r.issues.push({origin:typeof r.value,code:"not_multiple_of",divisor:t.value,input:r.value,inst:e,continue:!t.abort})}}),bl=v("$ZodCheckNumberFormat",(e,t)=>{Ee.init(e,t),t.format=t.format||"float64";let r=t.format?.includes("int"),n=r?"int":"number",[i,o]=Ei[t.format];e._zod.check=s=>{let a=s.value;if(r){if(!Number.isInteger(a)){s.issues.push({expected:n,format:t.format,code:"invalid_type",continue:!1,input:a,inst:e});return}if(!Number.isSafeInteger(a)){a>0?s.issues.push({input:a,code:"too_big",maximum:Number.MAX_SAFE_INTEGER,note:"Integers must be within the safe integer range.",inst:e,origin:n,inclusive:!0,continue:!t.abort}):s.issues.push({input:a,code:"too_small",minimum:Number.MIN_SAFE_INTEGER,note:"Integers must be within the safe integer range.",inst:e,origin:n,inclusive:!0,continue:!t.abort});return}}a<i&&s.issues.push({origin:"number",input:a,code:"too_small",minimum:i,inclusive:!0,inst:e,continue:!t.abort}),a>o&&s.issues.push({origin:"number",input:a,code:"too_big",maximum:o,inclusive:!0,inst:e,continue:!t.abort})}}),yl=v("$ZodCheckBigIntFormat",(e,t)=>{Ee.init(e,t);let[r,n]=Ti[t.format];e._zod.check=i=>{let o=i.value;o<r&&i.issues.push({origin:"bigint",input:o,code:"too_small",minimum:r,inclusive:!0,inst:e,continue:!t.abort}),o>n&&i.issues.push({origin:"bigint",input:o,code:"too_big",maximum:n,inclusive:!0,inst:e,continue:!t.abort})}}),vl=v("$ZodCheckMaxSize",(e,t)=>{var r;Ee.init(e,t),(r=e._zod.def).when??(r.when=ml),e._zod.check=n=>{let i=n.value;i.size<=t.maximum||n.issues.push({origin:Ci(i),code:"too_big",maximum:t.maximum,inclusive:!0,input:i,inst:e,continue:!t.abort})}}),wl=v("$ZodCheckMinSize",(e,t)=>{var r;Ee.init(e,t),(r=e._zod.def).when??(r.when=ml),e._zod.check=n=>{let i=n.value;i.size>=t.minimum||n.issues.push({origin:Ci(i),code:"too_small",minimum:t.minimum,inclusive:!0,input:i,inst:e,continue:!t.abort})}}),xl=v("$ZodCheckSizeEquals",(e,t)=>{var r;Ee.init(e,t),(r=e._zod.def).when??(r.when=ml),e._zod.check=n=>{let i=n.value,o=i.size;if(o===t.size)return;let s=o>t.size;n.issues.push({origin:Ci(i),...s?{code:"too_big",maximum:t.size}:{code:"too_small",minimum:t.size},inclusive:!0,exact:!0,input:n.value,inst:e,continue:!t.abort})}}),kl=v("$ZodCheckMaxLength",(e,t)=>{var r;Ee.init(e,t),(r=e._zod.def).when??(r.when=hl),e._zod.check=n=>{let i=n.value,o=i.length;if((typeof i=="string"&&o>t.maximum?Br(i):o)<=t.maximum)return;let a=Di(i);n.issues.push({origin:a,code:"too_big",maximum:t.maximum,inclusive:!0,input:i,inst:e,continue:!t.abort})}}),$l=v("$ZodCheckMinLength",(e,t)=>{var r;Ee.init(e,t),(r=e._zod.def).when??(r.when=hl),e._zod.check=n=>{let i=n.value,o=i.length;if((typeof i=="string"&&o>=t.minimum&&o<t.minimum*2?Br(i):o)>=t.minimum)return;let a=Di(i);n.issues.push({origin:a,code:"too_small",minimum:t.minimum,inclusive:!0,input:i,inst:e,continue:!t.abort})}}),_l=v("$ZodCheckLengthEquals",(e,t)=>{var r;Ee.init(e,t),(r=e._zod.def).when??(r.when=hl),e._zod.check=n=>{let i=n.value,o=i.length,s=typeof i=="string"&&o>=t.length&&o<=t.length*2?Br(i):o;if(s===t.length)return;let a=Di(i),u=s>t.length;n.issues.push({origin:a,...u?{code:"too_big",maximum:t.length}:{code:"too_small",minimum:t.length},inclusive:!0,exact:!0,input:n.value,inst:e,continue:!t.abort})}}),Pn=v("$ZodCheckStringFormat",(e,t)=>{var r,n;Ee.init(e,t),t.pattern?(r=e._zod).check??(r.check=i=>{t.pattern.lastIndex=0,!t.pattern.test(i.value)&&i.issues.push({origin:"string",code:"invalid_format",format:t.format,input:i.value,...t.pattern?{pattern:t.pattern.toString()}:{},inst:e,continue:!t.abort})}):(n=e._zod).check??(n.check=()=>{})}),Al=v("$ZodCheckRegex",(e,t)=>{Pn.init(e,t),e._zod.check=r=>{t.pattern.lastIndex=0,!t.pattern.test(r.value)&&r.issues.push({origin:"string",code:"invalid_format",format:"regex",input:r.value,pattern:t.pattern.toString(),inst:e,continue:!t.abort})}}),Sl=v("$ZodCheckLowerCase",(e,t)=>{t.pattern??(t.pattern=dl),Pn.init(e,t)}),Pl=v("$ZodCheckUpperCase",(e,t)=>{t.pattern??(t.pattern=pl),Pn.init(e,t)}),Rl=v("$ZodCheckIncludes",(e,t)=>{Ee.init(e,t);let r=Ot(t.includes),n=new RegExp(typeof t.position=="number"?`^.{${t.position},}${r}`:r);t.pattern=n,e._zod.check=i=>{i.value.includes(t.includes,t.position)||i.issues.push({origin:"string",code:"invalid_format",format:"includes",includes:t.includes,input:i.value,inst:e,continue:!t.abort})}}),Il=v("$ZodCheckStartsWith",(e,t)=>{Ee.init(e,t);let r=new RegExp(`^${Ot(t.prefix)}.*`);t.pattern??(t.pattern=r),e._zod.check=n=>{n.value.startsWith(t.prefix)||n.issues.push({origin:"string",code:"invalid_format",format:"starts_with",prefix:t.prefix,input:n.value,inst:e,continue:!t.abort})}}),El=v("$ZodCheckEndsWith",(e,t)=>{Ee.init(e,t);let r=new RegExp(`.*${Ot(t.suffix)}$`);t.pattern??(t.pattern=r),e._zod.check=n=>{n.value.endsWith(t.suffix)||n.issues.push({origin:"string",code:"invalid_format",format:"ends_with",suffix:t.suffix,input:n.value,inst:e,continue:!t.abort})}});function vs(e,t,r){e.issues.length&&t.issues.push(...gt(r,e.issues))}var Tl=v("$ZodCheckProperty",(e,t)=>{Ee.init(e,t),e._zod.check=r=>{let n=t.schema._zod.run({value:r.value[t.property],issues:[]},{});if(n instanceof Promise)return n.then(i=>vs(i,r,t.property));vs(n,r,t.property)}}),Ol=v("$ZodCheckProperties",(e,t)=>{Ee.init(e,t),Ni(e,Symbol.iterator,function*(){yield e});let r;e._zod.check=n=>{if(n.value==null){n.issues.push({expected:"object",code:"invalid_type",input:n.value,inst:e});return}r??(r=Reflect.ownKeys(t.shape).map(s=>[s,t.shape[s]]));let i=n.value,o;for(let[s,a]of r){let u=a._zod.run({value:i[s],issues:[]},{});u instanceof Promise?(o??(o=[]),o.push(u.then(c=>vs(c,n,s)))):vs(u,n,s)}if(o)return Promise.all(o).then(()=>{})}}),Cl=v("$ZodCheckMimeType",(e,t)=>{Ee.init(e,t);let r=new Set(t.mime);e._zod.check=n=>{r.has(n.value.type)||n.issues.push({code:"invalid_value",values:t.mime,input:n.value.type,inst:e,continue:!t.abort})}}),Dl=v("$ZodCheckOverwrite",(e,t)=>{Ee.init(e,t),e._zod.check=r=>{r.value=t.tx(r.value)}});var Zr=class{constructor(t=[],r={}){this.content=[],this.indent=0,this.args=t,this.closed=r}indented(t){this.indent+=1;try{t(this)}finally{this.indent-=1}}write(t){if(typeof t=="function"){t(this,{execution:"sync"}),t(this,{execution:"async"});return}let n=t.split(`
`).filter(s=>s),i=Math.min(...n.map(s=>s.length-s.trimStart().length)),o=n.map(s=>s.slice(i)).map(s=>" ".repeat(this.indent*2)+s);for(let s of o)this.content.push(s)}compile(){let t=Function,r=this?.content??[""];return new t(...Object.keys(this.closed),`return function (${this.args.join(", ")}) {
${r.join(`
`)}
};`)(...Object.values(this.closed))}};var Nl={major:4,minor:6,patch:7};var de=v("$ZodType",(e,t)=>{var r;e??(e={}),e._zod.def=t,e._zod.bag=e._zod.bag||{},e._zod.version=Nl;let n=e._zod.def.checks,i=e._zod.traits.has("$ZodCheck")?[e,...n??[]]:n?.length?[...n]:[];for(let o of i)for(let s of o._zod.onattach)s(e);if(i.length===0)(r=e._zod).deferred??(r.deferred=[]),e._zod.deferred?.push(()=>{e._zod.run=e._zod.parse});else{let o=(a,u,c)=>{if(a.memo)return a;let l=st(a),p;for(let f of u){if(f._zod.def.when){if(xu(a)||!f._zod.def.when(a))continue}else if(l)continue;let h=a.issues.length,y=f._zod.check(a);if(y instanceof Promise&&c?.async===!1)throw new yt;if(p||y instanceof Promise)p=(p??Promise.resolve()).then(async()=>{await y,a.issues.length!==h&&(Oi(a.issues,h,e),l||(l=st(a,h)))});else{if(a.issues.length===h)continue;Oi(a.issues,h,e),l||(l=st(a,h))}}return p?p.then(()=>a):a},s=(a,u,c)=>{if(st(a))return a.aborted=!0,a;let l=o(u,i,c);if(l instanceof Promise){if(c.async===!1)throw new yt;return l.then(p=>e._zod.parse(p,c))}return e._zod.parse(l,c)};e._zod.run=(a,u)=>{if(u.skipChecks)return e._zod.parse(a,u);if(u.direction==="backward"){let l=e._zod.parse({value:a.value,issues:[]},{...u,skipChecks:!0});return l instanceof Promise?l.then(p=>s(p,a,u)):s(l,a,u)}let c=e._zod.parse(a,u);if(c instanceof Promise){if(u.async===!1)throw new yt;return c.then(l=>o(l,i,u))}return o(c,i,u)}}},{get"~standard"(){return Ni(this,"~standard",Ss(this))},set"~standard"(e){kr(this,"~standard",e)}}),sb=(e,t)=>e.issues.length?{issues:e.issues.map(r=>bt(r,t,Fe()))}:{value:e.value};async function Hk(e,t){let r={async:!0};return sb(await e._zod.run({value:t,issues:[]},r),r)}function Ss(e){return{validate:t=>{let r={async:!1};try{let n=e._zod.run({value:t,issues:[]},r);if(!(n instanceof Promise))return sb(n,r)}catch{}return Hk(e,t)},vendor:"zod",version:1}}var Vr=v("$ZodString",(e,t)=>{de.init(e,t),e._zod.pattern=t.pattern??ol,e._zod.parse=(r,n)=>{if(t.coerce)try{r.value=String(r.value)}catch{}return typeof r.value=="string"||r.issues.push({expected:"string",code:"invalid_type",input:r.value,inst:e}),r}}),Se=v("$ZodStringFormat",(e,t)=>{Pn.init(e,t),Vr.init(e,t)}),Ll=v("$ZodGUID",(e,t)=>{t.pattern??(t.pattern=Bu),Se.init(e,t)}),zl=v("$ZodUUID",(e,t)=>{if(t.version){let n={v1:1,v2:2,v3:3,v4:4,v5:5,v6:6,v7:7,v8:8}[t.version];if(n===void 0)throw new Error(`Invalid UUID version: "${t.version}"`);t.pattern??(t.pattern=jr(n))}else t.pattern??(t.pattern=jr());Se.init(e,t)}),Ul=v("$ZodEmail",(e,t)=>{t.pattern??(t.pattern=ju),Se.init(e,t)}),Ml=1,Zi=2;function ql(e){try{return typeof URL<"u"&&typeof URL.canParse=="function"?URL.canParse(e):(new URL(e),!0)}catch{return!1}}function Ps(e,t){return!("normalize"in t)&&!("hostname"in t)&&!("protocol"in t)?ql(e)||Zi:ab(e,t)}function ab(e,t){if(!t.normalize&&t.protocol?.source===Mi.source&&!/^https?:\/\//i.test(e))return Ml;try{if(typeof URL<"u"){let r=URL;if(typeof r.parse=="function")return r.parse(e)??Zi}return new URL(e)}catch{return Zi}}var Wk=/[\t\n\r]/g;function Vi(e){return e.replace(Wk,"")}function Rs(e,t){return t.lastIndex=0,t.test(e.hostname)}function Is(e,t){return t.lastIndex=0,t.test(e.protocol.endsWith(":")?e.protocol.slice(0,-1):e.protocol)}var Bl=v("$ZodURL",(e,t)=>{Se.init(e,t),e._zod.check=r=>{try{let n=r.value.trim(),i=Ps(n,t);if(i===Ml){r.issues.push({code:"invalid_format",format:"url",note:"Invalid URL format",input:r.value,inst:e,continue:!t.abort});return}if(i===Zi){r.issues.push({code:"invalid_format",format:"url",input:r.value,inst:e,continue:!t.abort});return}if(i===!0){r.value=Vi(n);return}t.hostname&&!Rs(i,t.hostname)&&r.issues.push({code:"invalid_format",format:"url",note:"Invalid hostname",pattern:t.hostname.source,input:r.value,inst:e,continue:!t.abort}),t.protocol&&!Is(i,t.protocol)&&r.issues.push({code:"invalid_format",format:"url",note:"Invalid protocol",pattern:t.protocol.source,input:r.value,inst:e,continue:!t.abort}),r.value=t.normalize?i.href:Vi(n);return}catch{r.issues.push({code:"invalid_format",format:"url",input:r.value,inst:e,continue:!t.abort})}}}),jl=v("$ZodEmoji",(e,t)=>{t.pattern??(t.pattern=Zu()),Se.init(e,t)}),Zl=v("$ZodNanoID",(e,t)=>{if(t.length!==void 0&&(!Number.isInteger(t.length)||t.length<1))throw new Error(`Invalid nanoid length: ${t.length}`);t.pattern??(t.pattern=t.length===void 0?Uu:Mu(t.length)),Se.init(e,t)}),Vl=v("$ZodCUID",(e,t)=>{t.pattern??(t.pattern=Du),Se.init(e,t)}),Gl=v("$ZodCUID2",(e,t)=>{t.pattern??(t.pattern=Nu),Se.init(e,t)}),Kl=v("$ZodULID",(e,t)=>{t.pattern??(t.pattern=Fu),Se.init(e,t)}),Hl=v("$ZodXID",(e,t)=>{t.pattern??(t.pattern=Lu),Se.init(e,t)}),Wl=v("$ZodKSUID",(e,t)=>{t.pattern??(t.pattern=zu),Se.init(e,t)}),Xl=v("$ZodISODateTime",(e,t)=>{t.pattern??(t.pattern=il(t)),Se.init(e,t)}),Jl=v("$ZodISODate",(e,t)=>{t.pattern??(t.pattern=rl),Se.init(e,t)}),Yl=v("$ZodISOTime",(e,t)=>{t.pattern??(t.pattern=nl(t)),Se.init(e,t)}),Ql=v("$ZodISODuration",(e,t)=>{t.pattern??(t.pattern=qu),Se.init(e,t)}),ed=v("$ZodIPv4",(e,t)=>{t.pattern??(t.pattern=Vu),Se.init(e,t)}),Xk=/^[0-9a-fA-F:.]+$/;function Gi(e){return Xk.test(e)?ql(`http://[${e}]`):!1}var td=v("$ZodIPv6",(e,t)=>{t.pattern??(t.pattern=Gu),Se.init(e,t),e._zod.check=r=>{Gi(r.value)||r.issues.push({code:"invalid_format",format:"ipv6",input:r.value,inst:e,continue:!t.abort})}}),rd=v("$ZodMAC",(e,t)=>{t.pattern??(t.pattern=Ku(t.delimiter)),Se.init(e,t)}),nd=v("$ZodCIDRv4",(e,t)=>{t.pattern??(t.pattern=Hu),Se.init(e,t)});function Es(e){let t=e.split("/");if(t.length!==2)return!1;let[r,n]=t;if(!n)return!1;let i=Number(n);return`${i}`!==n||i<0||i>128?!1:Gi(r)}var id=v("$ZodCIDRv6",(e,t)=>{t.pattern??(t.pattern=Wu),Se.init(e,t),e._zod.check=r=>{Es(r.value)||r.issues.push({code:"invalid_format",format:"cidrv6",input:r.value,inst:e,continue:!t.abort})}});function Ki(e){if(e==="")return!0;if(/\s/.test(e)||e.length%4!==0)return!1;try{return atob(e),!0}catch{return!1}}var Ts=/^[0-9a-zA-Z+/]*={0,2}$/,od=v("$ZodBase64",(e,t)=>{t.pattern??(t.pattern=Ts),Se.init(e,t),e._zod.check=r=>{Ki(r.value)||r.issues.push({code:"invalid_format",format:"base64",input:r.value,inst:e,continue:!t.abort})}}),Hi=/^[A-Za-z0-9_-]*$/;function Os(e){if(!Hi.test(e))return!1;let t=e.replace(/[-_]/g,n=>n==="-"?"+":"/"),r=t.padEnd(Math.ceil(t.length/4)*4,"=");return Ki(r)}var sd=v("$ZodBase64URL",(e,t)=>{t.pattern??(t.pattern=Hi),Se.init(e,t),e._zod.check=r=>{Os(r.value)||r.issues.push({code:"invalid_format",format:"base64url",input:r.value,inst:e,continue:!t.abort})}}),ad=v("$ZodE164",(e,t)=>{t.pattern??(t.pattern=el),Se.init(e,t)}),Jk=/[- ]/g;function Yk(e){let t=e.length,r=1,n=0;for(;t;){let i=e.charCodeAt(--t)-48;r^=1,n+=r?[0,2,4,6,8,1,3,5,7,9][i]:i}return n%10===0}function Cs(e){return gs.test(e)?Yk(e.replace(Jk,"")):!1}var cd=v("$ZodCreditCard",(e,t)=>{t.pattern??(t.pattern=gs),Se.init(e,t),e._zod.check=r=>{Cs(r.value)||r.issues.push({code:"invalid_format",format:"credit_card",input:r.value,inst:e,continue:!t.abort})}});function Qk(e){let t=0,r=e.length;for(let n=4;n<r;n++){let i=e.charCodeAt(n);t=(i>=65?t*100+(i-55):t*10+(i-48))%97}for(let n=0;n<4;n++){let i=e.charCodeAt(n);t=(i>=65?t*100+(i-55):t*10+(i-48))%97}return t===1}function Ds(e){return bs.test(e)?Qk(e):!1}var ud=v("$ZodIBAN",(e,t)=>{t.pattern??(t.pattern=bs),Se.init(e,t),e._zod.check=r=>{Ds(r.value)||r.issues.push({code:"invalid_format",format:"iban",input:r.value,inst:e,continue:!t.abort})}});function Ns(e,t=null){try{let r=e.split(".");if(r.length!==3)return!1;let[n]=r;if(!n)return!1;let i=JSON.parse(atob(n));return!("typ"in i&&i?.typ!=="JWT"||!i.alg||t&&(!("alg"in i)||i.alg!==t))}catch{return!1}}var ld=v("$ZodJWT",(e,t)=>{Se.init(e,t),e._zod.check=r=>{Ns(r.value,t.alg)||r.issues.push({code:"invalid_format",format:"jwt",input:r.value,inst:e,continue:!t.abort})}}),dd=v("$ZodCustomStringFormat",(e,t)=>{Se.init(e,t),e._zod.check=r=>{t.fn(r.value)||r.issues.push({code:"invalid_format",format:t.format,input:r.value,inst:e,continue:!t.abort})}}),Fs=v("$ZodNumber",(e,t)=>{de.init(e,t),e._zod.pattern=sr,e._zod.parse=(r,n)=>{if(t.coerce)try{r.value=Number(r.value)}catch{}let i=r.value;if(typeof i=="number"&&!Number.isNaN(i)&&Number.isFinite(i))return r;let o=typeof i=="number"?Number.isNaN(i)?"NaN":Number.isFinite(i)?void 0:String(i):void 0;return r.issues.push({expected:"number",code:"invalid_type",input:i,inst:e,...o?{received:o}:{}}),r}}),pd=v("$ZodNumberFormat",(e,t)=>{bl.init(e,t),Fs.init(e,t)}),Wi=v("$ZodBoolean",(e,t)=>{de.init(e,t),e._zod.pattern=cl,e._zod.parse=(r,n)=>{if(t.coerce)try{r.value=!!r.value}catch{}let i=r.value;return typeof i=="boolean"||r.issues.push({expected:"boolean",code:"invalid_type",input:i,inst:e}),r}}),Ls=v("$ZodBigInt",(e,t)=>{de.init(e,t),e._zod.pattern=al,e._zod.parse=(r,n)=>{if(t.coerce)try{r.value=BigInt(r.value)}catch{}return typeof r.value=="bigint"||r.issues.push({expected:"bigint",code:"invalid_type",input:r.value,inst:e}),r}}),fd=v("$ZodBigIntFormat",(e,t)=>{yl.init(e,t),Ls.init(e,t)}),md=v("$ZodSymbol",(e,t)=>{de.init(e,t),e._zod.parse=(r,n)=>{let i=r.value;return typeof i=="symbol"||r.issues.push({expected:"symbol",code:"invalid_type",input:i,inst:e}),r}}),hd=v("$ZodUndefined",(e,t)=>{de.init(e,t),e._zod.pattern=ll,e._zod.values=new Set([void 0]),e._zod.parse=(r,n)=>{let i=r.value;return typeof i>"u"||r.issues.push({expected:"undefined",code:"invalid_type",input:i,inst:e}),r}}),gd=v("$ZodNull",(e,t)=>{de.init(e,t),e._zod.pattern=ul,e._zod.values=new Set([null]),e._zod.parse=(r,n)=>{let i=r.value;return i===null||r.issues.push({expected:"null",code:"invalid_type",input:i,inst:e}),r}}),bd=v("$ZodAny",(e,t)=>{de.init(e,t),e._zod.parse=r=>r}),yd=v("$ZodUnknown",(e,t)=>{de.init(e,t),e._zod.parse=r=>r}),vd=v("$ZodNever",(e,t)=>{de.init(e,t),e._zod.parse=(r,n)=>(r.issues.push({expected:"never",code:"invalid_type",input:r.value,inst:e}),r)}),wd=v("$ZodVoid",(e,t)=>{de.init(e,t),e._zod.parse=(r,n)=>{let i=r.value;return typeof i>"u"||r.issues.push({expected:"void",code:"invalid_type",input:i,inst:e}),r}}),xd=v("$ZodDate",(e,t)=>{de.init(e,t),e._zod.parse=(r,n)=>{if(t.coerce)try{r.value=new Date(r.value)}catch{}let i=r.value,o=i instanceof Date;return o&&!Number.isNaN(i.getTime())||r.issues.push({expected:"date",code:"invalid_type",input:i,...o?{received:"Invalid Date"}:{},inst:e}),r}});function kd(e,t){let r=xn(e._zod.def.checks);if(!r.length)return;let n=Math.min(...r.map(o=>o[0])),i=e._zod.parse;e._zod.parse=(o,s)=>{let a=t(o.value);if(a>n&&!s?.skipChecks&&s?.direction!=="backward"){for(let[u,c]of xn(e._zod.def.checks))if(a>u&&c._zod.def.when(o)){let l=o.issues.length;return c._zod.check(o),o.issues[l].continue=!1,Oi(o.issues,l,e),o}}return i(o,s)}}var e$=e=>Array.isArray(e)?e.length:-1,t$=e=>e instanceof Map?e.size:-1,r$=e=>e instanceof Set?e.size:-1;function V0(e,t,r){e.issues.length&&t.issues.push(...gt(r,e.issues)),t.value[r]=e.value}var $d=v("$ZodArray",(e,t)=>{de.init(e,t);let r=Ve.memoizer;r?.attach(e),e._zod.parse=(n,i)=>{let o=n.value;if(!Array.isArray(o))return n.issues.push({expected:"array",code:"invalid_type",input:o,inst:e}),n;n.value=r?r.alloc(e,n,Array(o.length),i):Array(o.length);let s=[],a=i?.abortEarly;for(let u=0;u<o.length;u++){let c=o[u],l=t.element._zod.run({value:c,issues:[]},i);if(l instanceof Promise)s.push(l.then(p=>V0(p,n,u)));else if(V0(l,n,u),a&&l.issues.length!==0&&st(l))break}return s.length?Promise.all(s).then(()=>n):n},kd(e,e$)});function As(e,t,r,n,i,o){let s=r in n,a=o==="optional";if(!(!s&&a&&i==="optional")){if(e.issues.length){if(i!==void 0&&a&&!s)return;t.issues.push(...gt(r,e.issues))}if(!s&&i===void 0){e.issues.length||t.issues.push({code:"invalid_type",expected:"nonoptional",input:void 0,path:[r]});return}e.value===void 0?(s||i==="defaulted"&&!a)&&(t.value[r]=void 0):t.value[r]=e.value}}var n$=[];function cb(e){let t=Object.keys(e.shape),r=Object.getOwnPropertySymbols(e.shape),n=r.length?r:n$,i=n.length?[...t,...n]:t;for(let s of i)if(!e.shape?.[s]?._zod?.traits?.has("$ZodType"))throw new Error(`Invalid element at key "${String(s)}": expected a Zod schema`);let o=wu(e.shape);return{...e,allKeys:i,symbolKeys:n,keySet:new Set(t),numKeys:t.length,optionalKeys:new Set(o)}}function ub(e,t,r,n,i,o,s){let a=[],u=i.keySet,c=i.catchall._zod,l=c.def.type,p=c.optin,f=c.optout,h=0;for(let y in t){if(s&&r.issues.length!==h){if(st(r,h))break;h=r.issues.length}if(u.has(y))continue;if(y==="__proto__"){l==="never"&&a.push(y);continue}if(l==="never"){a.push(y);continue}let g=c.run({value:t[y],issues:[]},n);g instanceof Promise?e.push(g.then($=>As($,r,y,t,p,f))):As(g,r,y,t,p,f)}return a.length&&r.issues.push({code:"unrecognized_keys",keys:a,input:t,inst:o,continue:!0}),e.length?Promise.all(e).then(()=>r):r}var lb=v("$ZodObject",(e,t)=>{de.init(e,t);let r=Object.getOwnPropertyDescriptor(t,"shape"),n=r?.get?r.get.raw:t.shape??{};if(n){let c=()=>{let l={...n};return Object.defineProperty(t,"shape",{value:l}),c.raw=l,l};c.raw=n,Object.defineProperty(t,"shape",{get:c})}let i=vn(()=>cb(t));ge(e,"propValues",c=>{let l=c.def.shape,p={};for(let f in l){let h=l[f]._zod;if(h.values){Object.prototype.hasOwnProperty.call(p,f)||He(p,f,new Set);for(let y of h.values)p[f].add(y);h.optin!==void 0&&p[f].add(void 0)}}return p});let o=qr,s=t.catchall,a,u=Ve.memoizer;u?.attach(e),e._zod.parse=(c,l)=>{a??(a=i.value);let p=c.value;if(!o(p))return c.issues.push({expected:"object",code:"invalid_type",input:p,inst:e}),c;c.value=u?u.alloc(e,c,{},l):{};let f=[],h=a.shape,y=l?.abortEarly,g=c.issues.length;for(let $ of a.allKeys){if(y&&c.issues.length!==g){if(st(c,g))break;g=c.issues.length}if($==="__proto__")continue;let w=h[$],x=w._zod.optin,A=w._zod.optout,F=w._zod.run({value:p[$],issues:[]},l);F instanceof Promise?f.push(F.then(K=>As(K,c,$,p,x,A))):As(F,c,$,p,x,A)}return s?ub(f,p,c,l,i.value,e,y===!0):f.length?Promise.all(f).then(()=>c):c}}),_d=v("$ZodObjectJIT",(e,t)=>{lb.init(e,t);let r=e._zod.parse,n=vn(()=>cb(t)),i=Ve.memoizer,o=h=>{let y=n.value,g=y.symbolKeys,$=new Zr(["payload","ctx"],{shape:h,inst:e,memo:i,syms:g}),w=K=>`shape[${K}]._zod.run({ value: input[${K}], issues: [] }, ctx)`,x=(K,V)=>`
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
          }`;$.write("const input = payload.value;");let A=Object.create(null),F=0;for(let K of y.allKeys)A[K]=`key_${F++}`;$.write(i?"const newResult = memo.alloc(inst, payload, {}, ctx);":"const newResult = {};");for(let K of y.allKeys){if(K==="__proto__")continue;let V=A[K],se=typeof K=="symbol"?`syms[${g.indexOf(K)}]`:ot(K),X=`${se} in input`,Y=h[K],I=Y?._zod?.optin,he=I!==void 0,ve=Y?._zod?.optout==="optional";if($.write(`const ${V} = ${w(se)};`),he&&ve){let we=I==="optional"?`${V}_present`:`${V}.value !== undefined || ${V}_present`;$.write(`
        const ${V}_present = ${X};
        if (!${V}.issues.length || ${V}_present) {
          if (${V}.issues.length) {${x(V,se)}
          }

          if (${we}) {
            newResult[${se}] = ${V}.value;
          }
        }

      `)}else he?($.write(`
        if (${V}.issues.length) {${x(V,se)}
        }
      `),I==="defaulted"?$.write(`newResult[${se}] = ${V}.value;`):$.write(`
        if (${V}.value !== undefined || ${X}) {
          newResult[${se}] = ${V}.value;
        }
      `)):$.write(`
        const ${V}_present = ${X};
        if (${V}.issues.length) {${x(V,se)}
        }
        if (!${V}_present && !${V}.issues.length) {
          payload.issues.push({
            code: "invalid_type",
            expected: "nonoptional",
            input: undefined,
            path: [${se}]
          });
          if (ctx && ctx.abortEarly) {
            payload.value = newResult;
            return payload;
          }
        }

        if (${V}_present) {
          newResult[${se}] = ${V}.value;
        }

      `)}return $.write("payload.value = newResult;"),$.write("return payload;"),$.compile()},s,a=qr,u=!Ve.jitless,l=u&&yu.value,p=t.catchall,f;e._zod.parse=(h,y)=>{f??(f=n.value);let g=h.value;return a(g)?u&&l&&y?.async===!1&&y.jitless!==!0?(s||(s=o(t.shape)),h=s(h,y),p?ub([],g,h,y,f,e,y?.abortEarly===!0):h):r(h,y):(h.issues.push({expected:"object",code:"invalid_type",input:g,inst:e}),h)}});function G0(e,t,r,n){for(let o of e)if(o.issues.length===0)return t.value=o.value,t;let i=e.filter(o=>!st(o));return i.length===1?(t.value=i[0].value,i[0]):(t.issues.push({code:"invalid_union",input:t.value,inst:r,errors:e.map(o=>o.issues.map(s=>bt(s,n,Fe())))}),t)}var Xi=v("$ZodUnion",(e,t)=>{de.init(e,t),ge(e,"optin",n=>n.def.options.some(i=>i._zod.optin==="defaulted")?"defaulted":n.def.options.some(i=>i._zod.optin!==void 0)?"optional":void 0),ge(e,"optout",n=>n.def.options.some(i=>i._zod.optout==="optional")?"optional":void 0),ge(e,"values",n=>{if(n.def.options.every(i=>i._zod.values))return new Set(n.def.options.flatMap(i=>Array.from(i._zod.values)))}),ge(e,"pattern",n=>{if(n.def.options.every(i=>i._zod.pattern)){let i=n.def.options.map(o=>o._zod.pattern);return new RegExp(`^(${i.map(o=>or(o.source)).join("|")})$`)}});let r=t.options.length===1?t.options[0]._zod.run:null;e._zod.parse=(n,i)=>{if(r)return r(n,i);let o=!1,s=[];for(let a of t.options){let u=a._zod.run({value:n.value,issues:[]},i);if(u instanceof Promise)s.push(u),o=!0;else{if(u.issues.length===0)return u;s.push(u)}}return o?Promise.all(s).then(a=>G0(a,n,e,i)):G0(s,n,e,i)}});function K0(e,t,r,n){let i=[];for(let o=0;o<e.length;o++)e[o].issues.length===0&&i.push(o);return i.length===1?(t.value=e[i[0]].value,t):(i.length===0?t.issues.push({code:"invalid_union",input:t.value,inst:r,errors:e.map(o=>o.issues.map(s=>bt(s,n,Fe())))}):t.issues.push({code:"invalid_union",input:t.value,inst:r,errors:[],inclusive:!1,matches:i}),t)}var Ad=v("$ZodXor",(e,t)=>{Xi.init(e,t),t.inclusive=!1;let r=t.options.length===1?t.options[0]._zod.run:null;e._zod.parse=(n,i)=>{if(r)return r(n,i);let o=!1,s=[];for(let a of t.options){let u=a._zod.run({value:n.value,issues:[]},i);u instanceof Promise?(s.push(u),o=!0):s.push(u)}return o?Promise.all(s).then(a=>K0(a,n,e,i)):K0(s,n,e,i)}});function Sd(e,t){let r=e._zod,n=r.bag.optionsMap;n||(n=db(r.def),r.bag.optionsMap=n);let i=n.get(t);if(i===null)throw new Error(`Ambiguous discriminator value "${String(t)}"`);return i}function db(e){let t=new Map;for(let r of e.options){let n=r._zod.propValues?.[e.discriminator];if(!n||n.size===0)throw new Error(`Invalid discriminated union option at index "${e.options.indexOf(r)}"`);for(let i of n)if(t.has(i)){if(i!==void 0)throw new Error(`Duplicate discriminator value "${String(i)}"`);t.set(i,null)}else t.set(i,r)}return t}var Pd=v("$ZodDiscriminatedUnion",(e,t)=>{t.inclusive=!1,Xi.init(e,t);let r=e._zod.parse;ge(e,"propValues",i=>{let o={},s=0;for(let a of i.def.options){let u=a._zod.propValues;if(!u||Object.keys(u).length===0)throw new Error(`Invalid discriminated union option at index "${i.def.options.indexOf(a)}"`);u[i.def.discriminator]?.has(void 0)&&s++;for(let[c,l]of Object.entries(u)){Object.prototype.hasOwnProperty.call(o,c)||He(o,c,new Set);for(let p of l)o[c].add(p)}}return!i.def.unionFallback&&s>1&&o[i.def.discriminator]?.delete(void 0),o}),t.options.forEach((i,o)=>{let s=wn(i._zod.def);if(s&&!Object.prototype.hasOwnProperty.call(s,t.discriminator))throw new Error(`Invalid discriminated union option at index "${o}"`)});let n=vn(()=>db(t));e._zod.parse=(i,o)=>{let s=i.value;if(!qr(s))return i.issues.push({code:"invalid_type",expected:"object",input:s,inst:e}),i;let a=s?.[t.discriminator],u=n.value.get(a);return u&&(a!==void 0||o.direction!=="backward")?u._zod.run(i,o):t.unionFallback||o.direction==="backward"?r(i,o):(i.issues.push({code:"invalid_union",errors:[],note:"No matching discriminator",discriminator:t.discriminator,options:Array.from(n.value.keys()).filter(c=>n.value.get(c)!==null),input:s,path:[t.discriminator],inst:e}),i)}}),Rd=v("$ZodIntersection",(e,t)=>{de.init(e,t),e._zod.parse=(r,n)=>{let i=r.value,o=t.left._zod.run({value:i,issues:[]},n),s=t.right._zod.run({value:i,issues:[]},n);return o instanceof Promise||s instanceof Promise?Promise.all([o,s]).then(([u,c])=>H0(r,u,c)):H0(r,o,s)}});function Rn(e,t){if(e===t)return{valid:!0,data:e};if(e instanceof Date&&t instanceof Date&&+e==+t)return{valid:!0,data:e};if(Tt(e)&&Tt(t)){let r=Object.keys(t),n=Object.keys(e).filter(o=>r.indexOf(o)!==-1),i={...e,...t};Object.prototype.hasOwnProperty.call(i,"__proto__")&&delete i.__proto__;for(let o of n){if(o==="__proto__")continue;let s=Rn(e[o],t[o]);if(!s.valid)return{valid:!1,mergeErrorPath:[o,...s.mergeErrorPath]};i[o]=s.data}return{valid:!0,data:i}}if(Array.isArray(e)&&Array.isArray(t)){if(e.length!==t.length)return{valid:!1,mergeErrorPath:[]};let r=[];for(let n=0;n<e.length;n++){let i=e[n],o=t[n],s=Rn(i,o);if(!s.valid)return{valid:!1,mergeErrorPath:[n,...s.mergeErrorPath]};r.push(s.data)}return{valid:!0,data:r}}return{valid:!1,mergeErrorPath:[]}}function H0(e,t,r){let n=new Map,i,o=new Map,s=(c,l)=>{let p;if(c.code==="unrecognized_keys"&&!c.path?.length)i??(i=c),p=c.keys;else if(c.code==="invalid_key"&&c.origin==="record"&&c.path?.length===1){let f=String(c.path[0]);o.has(f)||o.set(f,c),p=[f]}else return!1;for(let f of p)n.has(f)||n.set(f,{}),n.get(f)[l]=!0;return!0};for(let c of t.issues)s(c,"l")||e.issues.push(c);for(let c of r.issues)s(c,"r")||e.issues.push(c);let a=[...n].filter(([,c])=>c.l&&c.r).map(([c])=>c);if(a.length){let c=i?a.filter(l=>i.keys.includes(l)):[];c.length&&e.issues.push({...i,keys:c});for(let l of a)!c.includes(l)&&o.has(l)&&e.issues.push(o.get(l))}let u=Rn(t.value,r.value);if(!u.valid){if(st(e))return e;throw new Error(`Unmergable intersection. Error path: ${JSON.stringify(u.mergeErrorPath)}`)}return e.value=u.data,e}var zs=v("$ZodTuple",(e,t)=>{de.init(e,t);let r=t.items,n=Ve.memoizer;n?.attach(e),e._zod.parse=(i,o)=>{let s=i.value;if(!Array.isArray(s))return i.issues.push({input:s,inst:e,expected:"tuple",code:"invalid_type"}),i;i.value=n?n.alloc(e,i,[],o):[];let a=[],u=W0(r,"optin"),c=W0(r,"optout");if(!t.rest){if(s.length<u)return i.issues.push({code:"too_small",minimum:u,inclusive:!0,input:s,inst:e,origin:"array"}),i;s.length>r.length&&i.issues.push({code:"too_big",maximum:r.length,inclusive:!0,input:s,inst:e,origin:"array"})}let l=new Array(r.length),p=t.rest?o?.abortEarly:void 0,f=!1;for(let h=0;h<r.length;h++){let y=r[h]._zod.run({value:s[h],issues:[]},o);y instanceof Promise?a.push(y.then(g=>{l[h]=g})):(l[h]=y,p&&!f&&y.issues.length&&(f=st(y)))}if(t.rest&&!f){let h=r.length-1,y=s.slice(r.length),g=i.issues.length;for(let $ of y){if(p&&i.issues.length!==g){if(st(i,g))break;g=i.issues.length}h++;let w=t.rest._zod.run({value:$,issues:[]},o);w instanceof Promise?a.push(w.then(x=>X0(x,i,h))):X0(w,i,h)}}return a.length?Promise.all(a).then(()=>J0(l,i,r,s,c)):J0(l,i,r,s,c)}});function W0(e,t){for(let r=e.length-1;r>=0;r--)if(!(t==="optin"?e[r]._zod.optin!==void 0:e[r]._zod.optout==="optional"))return r+1;return 0}function X0(e,t,r){e.issues.length&&t.issues.push(...gt(r,e.issues)),t.value[r]=e.value}function J0(e,t,r,n,i){for(let o=0;o<r.length;o++){let s=e[o],a=o<n.length;if(!a&&o>=i&&r[o]._zod.optin==="optional"){t.value.length=o;break}if(s.issues.length){if(!a&&o>=i){t.value.length=o;break}t.issues.push(...gt(o,s.issues))}t.value[o]=s.value}for(let o=t.value.length-1;o>=n.length&&(r[o]._zod.optout==="optional"&&t.value[o]===void 0);o--)t.value.length=o;return t}var Id=v("$ZodRecord",(e,t)=>{de.init(e,t);let r=Ve.memoizer;r?.attach(e),e._zod.parse=(n,i)=>{let o=n.value;if(!Tt(o))return n.issues.push({expected:"record",code:"invalid_type",input:o,inst:e}),n;let s=[],a=t.keyType._zod.values;if(a&&!t.partial){n.value=r?r.alloc(e,n,{},i):{};let u=new Set;for(let l of a)if(typeof l=="string"||typeof l=="number"||typeof l=="symbol"){if(u.add(typeof l=="number"?l.toString():l),l==="__proto__")continue;let p=t.keyType._zod.run({value:l,issues:[]},i);if(p instanceof Promise)throw new Error("Async schemas not supported in object keys currently");if(p.issues.length){n.issues.push({code:"invalid_key",origin:"record",issues:p.issues.map(y=>bt(y,i,Fe())),input:l,path:[l],inst:e});continue}let f=p.value;if(f==="__proto__")continue;let h=t.valueType._zod.run({value:o[l],issues:[]},i);h instanceof Promise?s.push(h.then(y=>{y.issues.length&&n.issues.push(...gt(l,y.issues)),n.value[f]=y.value})):(h.issues.length&&n.issues.push(...gt(l,h.issues)),n.value[f]=h.value)}let c;for(let l in o)if(!u.has(l))if(t.mode==="loose"){if(l==="__proto__")continue;n.value[l]=o[l]}else c=c??[],c.push(l);c&&c.length>0&&n.issues.push({code:"unrecognized_keys",input:o,inst:e,keys:c,continue:!0})}else{n.value=r?r.alloc(e,n,{},i):{};let u;for(let c of Reflect.ownKeys(o)){if(c==="__proto__"||!Object.prototype.propertyIsEnumerable.call(o,c))continue;let l=t.keyType._zod.run({value:c,issues:[]},i);if(l instanceof Promise)throw new Error("Async schemas not supported in object keys currently");if(typeof c=="string"&&sr.test(c)&&l.issues.length){let y=t.keyType._zod.run({value:Number(c),issues:[]},i);if(y instanceof Promise)throw new Error("Async schemas not supported in object keys currently");y.issues.length===0&&(l=y)}if(l.issues.length){t.mode==="loose"?n.value[c]=o[c]:a?(u=u??[],u.push(c)):n.issues.push({code:"invalid_key",origin:"record",issues:l.issues.map(y=>bt(y,i,Fe())),input:c,path:[c],inst:e});continue}let f=l.value;if(f==="__proto__")continue;let h=t.valueType._zod.run({value:o[c],issues:[]},i);h instanceof Promise?s.push(h.then(y=>{y.issues.length&&n.issues.push(...gt(c,y.issues)),n.value[f]=y.value})):(h.issues.length&&n.issues.push(...gt(c,h.issues)),n.value[f]=h.value)}u&&u.length>0&&n.issues.push({code:"unrecognized_keys",input:o,inst:e,keys:u,continue:!0})}return s.length?Promise.all(s).then(()=>n):n}}),Ed=v("$ZodMap",(e,t)=>{de.init(e,t);let r=Ve.memoizer;r?.attach(e),e._zod.parse=(n,i)=>{let o=n.value;if(!(o instanceof Map))return n.issues.push({expected:"map",code:"invalid_type",input:o,inst:e}),n;let s=[];n.value=r?r.alloc(e,n,new Map,i):new Map;let a=i?.abortEarly,u=n.issues.length;for(let[c,l]of o){if(a&&n.issues.length!==u){if(st(n,u))break;u=n.issues.length}let p=t.keyType._zod.run({value:c,issues:[]},i),f=t.valueType._zod.run({value:l,issues:[]},i);p instanceof Promise||f instanceof Promise?s.push(Promise.all([p,f]).then(([h,y])=>{Y0(h,y,n,c,o,e,i)})):Y0(p,f,n,c,o,e,i)}return s.length?Promise.all(s).then(()=>n):n},kd(e,t$)});function Y0(e,t,r,n,i,o,s){e.issues.length&&(Ii.has(typeof n)?r.issues.push(...gt(n,e.issues)):r.issues.push({code:"invalid_key",origin:"map",input:i,inst:o,issues:e.issues.map(a=>bt(a,s,Fe()))})),t.issues.length&&(Ii.has(typeof n)?r.issues.push(...gt(n,t.issues)):r.issues.push({origin:"map",code:"invalid_element",input:i,inst:o,key:n,issues:t.issues.map(a=>bt(a,s,Fe()))})),r.value.set(e.value,t.value)}var Td=v("$ZodSet",(e,t)=>{de.init(e,t);let r=Ve.memoizer;r?.attach(e),e._zod.parse=(n,i)=>{let o=n.value;if(!(o instanceof Set))return n.issues.push({input:o,inst:e,expected:"set",code:"invalid_type"}),n;let s=[];n.value=r?r.alloc(e,n,new Set,i):new Set;let a=i?.abortEarly,u=n.issues.length;for(let c of o){if(a&&n.issues.length!==u){if(st(n,u))break;u=n.issues.length}let l=t.valueType._zod.run({value:c,issues:[]},i);l instanceof Promise?s.push(l.then(p=>Q0(p,n))):Q0(l,n)}return s.length?Promise.all(s).then(()=>n):n},kd(e,r$)});function Q0(e,t){e.issues.length&&t.issues.push(...e.issues),t.value.add(e.value)}var Od=v("$ZodEnum",(e,t)=>{de.init(e,t);let r=bn(t.entries),n=new Set(r);e._zod.values=n,ge(e,"pattern",i=>{let o=bn(i.def.entries).filter(s=>Ii.has(typeof s));return new RegExp(o.length?`^(${o.map(s=>Ot(s.toString())).join("|")})$`:"^[^\\s\\S]$")}),e._zod.parse=(i,o)=>{let s=i.value;return n.has(s)||i.issues.push({code:"invalid_value",values:r,input:s,inst:e}),i}}),Cd=v("$ZodLiteral",(e,t)=>{de.init(e,t);let r=new Set(t.values);e._zod.values=r,ge(e,"pattern",n=>{let i=n.def.values;return new RegExp(i.length?`^(${i.map(o=>typeof o=="string"?Ot(o):o?Ot(o.toString()):String(o)).join("|")})$`:"^[^\\s\\S]$")}),e._zod.parse=(n,i)=>{let o=n.value;return r.has(o)||n.issues.push({code:"invalid_value",values:t.values,input:o,inst:e}),n}}),Dd=v("$ZodFile",(e,t)=>{de.init(e,t),e._zod.parse=(r,n)=>{let i=r.value;return i instanceof File||r.issues.push({expected:"file",code:"invalid_type",input:i,inst:e}),r}}),Nd=v("$ZodTransform",(e,t)=>{de.init(e,t),e._zod.optin="optional",Ve.memoizer?.guard(e),e._zod.parse=(r,n)=>{if(n.direction==="backward")throw new $r(e.constructor.name);let i=t.transform(r.value,r);if(n.async)return(i instanceof Promise?i:Promise.resolve(i)).then(s=>(r.value=s,r));if(i instanceof Promise)throw new yt;return r.value=i,r}});function eb(e,t){return e.value=t.issues.length?void 0:t.value,e}var Us=v("$ZodOptional",(e,t)=>{de.init(e,t),ge(e,"optin",r=>r.def.innerType._zod.optin==="defaulted"?"defaulted":"optional"),e._zod.optout="optional",ge(e,"values",r=>{let n=r.def.innerType._zod.values;return n?new Set([...n,void 0]):void 0}),ge(e,"pattern",r=>{let n=r.def.innerType._zod.pattern;return n?new RegExp(`^(${or(n.source)})?$`):void 0}),e._zod.parse=(r,n)=>{if(r.value===void 0){if(t.innerType._zod.optin!=="defaulted")return r;let i=t.innerType._zod.run({value:r.value,issues:[]},n);return i instanceof Promise?i.then(o=>eb(r,o)):eb(r,i)}return t.innerType._zod.run(r,n)}}),Fd=v("$ZodExactOptional",(e,t)=>{Us.init(e,t),ge(e,"values",r=>r.def.innerType._zod.values),ge(e,"pattern",r=>r.def.innerType._zod.pattern),e._zod.parse=(r,n)=>t.innerType._zod.run(r,n)}),Ld=v("$ZodNullable",(e,t)=>{de.init(e,t),ge(e,"optin",r=>r.def.innerType._zod.optin),ge(e,"optout",r=>r.def.innerType._zod.optout),ge(e,"pattern",r=>{let n=r.def.innerType._zod.pattern;return n?new RegExp(`^(${or(n.source)}|null)$`):void 0}),ge(e,"values",r=>r.def.innerType._zod.values?new Set([...r.def.innerType._zod.values,null]):void 0),e._zod.parse=(r,n)=>r.value===null?r:t.innerType._zod.run(r,n)}),zd=v("$ZodDefault",(e,t)=>{de.init(e,t),e._zod.optin="defaulted",ge(e,"values",r=>r.def.innerType._zod.values),e._zod.parse=(r,n)=>{if(n.direction==="backward")return t.innerType._zod.run(r,n);if(r.value===void 0)return r.value=t.defaultValue,r;let i=t.innerType._zod.run(r,n);return i instanceof Promise?i.then(o=>tb(o,t)):tb(i,t)}});function tb(e,t){return e.value===void 0&&(e.value=t.defaultValue),e}var Ud=v("$ZodPrefault",(e,t)=>{de.init(e,t),e._zod.optin="defaulted",ge(e,"values",r=>r.def.innerType._zod.values),e._zod.parse=(r,n)=>(n.direction==="backward"||r.value===void 0&&(r.value=t.defaultValue),t.innerType._zod.run(r,n))}),Md=v("$ZodNonOptional",(e,t)=>{de.init(e,t),ge(e,"values",r=>{let n=r.def.innerType._zod.values;return n?new Set([...n].filter(i=>i!==void 0)):void 0}),e._zod.parse=(r,n)=>{let i=t.innerType._zod.run(r,n);return i instanceof Promise?i.then(o=>rb(o,e)):rb(i,e)}});function rb(e,t){return!e.issues.length&&e.value===void 0&&e.issues.push({code:"invalid_type",expected:"nonoptional",input:e.value,inst:t}),e}var qd=v("$ZodSuccess",(e,t)=>{de.init(e,t),e._zod.parse=(r,n)=>{if(n.direction==="backward")throw new $r("ZodSuccess");let i=t.innerType._zod.run(r,n);return i instanceof Promise?i.then(o=>(r.value=o.issues.length===0,r)):(r.value=i.issues.length===0,r)}});function nb(e,t,r,n){return t.issues.length?(e.value=r.catchValue({...t,value:e.value,error:{issues:t.issues.map(i=>bt(i,n,Fe()))},input:e.value}),e):(e.value=t.value,t.memo&&(e.memo=!0),e)}var Bd=v("$ZodCatch",(e,t)=>{de.init(e,t),ge(e,"optin",r=>r.def.innerType._zod.optin==="defaulted"?"defaulted":"optional"),ge(e,"optout",r=>r.def.innerType._zod.optout),ge(e,"values",r=>r.def.innerType._zod.values),e._zod.parse=(r,n)=>{if(n.direction==="backward")return t.innerType._zod.run(r,n);let i=t.innerType._zod.run({value:r.value,issues:[]},n);return i instanceof Promise?i.then(o=>nb(r,o,t,n)):nb(r,i,t,n)}}),jd=v("$ZodNaN",(e,t)=>{de.init(e,t),e._zod.parse=(r,n)=>((typeof r.value!="number"||!Number.isNaN(r.value))&&r.issues.push({input:r.value,inst:e,expected:"nan",code:"invalid_type"}),r)}),Ms=v("$ZodPipe",(e,t)=>{de.init(e,t),ge(e,"values",r=>r.def.in._zod.values),ge(e,"optin",r=>r.def.in._zod.optin),ge(e,"optout",r=>r.def.out._zod.optout),ge(e,"propValues",r=>r.def.in._zod.propValues),e._zod.parse=(r,n)=>{if(n.direction==="backward"){let o=t.out._zod.run(r,n);return o instanceof Promise?o.then(s=>ks(s,t.in,n)):ks(o,t.in,n)}let i=t.in._zod.run(r,n);return i instanceof Promise?i.then(o=>ks(o,t.out,n)):ks(i,t.out,n)}});function ks(e,t,r){return e.issues.some(n=>n.code!=="unrecognized_keys")?(e.aborted=!0,e):t._zod.run({value:e.value,issues:e.issues},r)}var Ji=v("$ZodCodec",(e,t)=>{de.init(e,t),ge(e,"values",r=>r.def.in._zod.values),ge(e,"optin",r=>r.def.in._zod.optin),ge(e,"optout",r=>r.def.out._zod.optout),ge(e,"propValues",r=>r.def.in._zod.propValues),e._zod.parse=(r,n)=>{if((n.direction||"forward")==="forward"){let o=t.in._zod.run(r,n);return o instanceof Promise?o.then(s=>$s(s,t,n)):$s(o,t,n)}else{let o=t.out._zod.run(r,n);return o instanceof Promise?o.then(s=>$s(s,t,n)):$s(o,t,n)}}});function $s(e,t,r){if(e.issues.length)return e.aborted=!0,e;if((r.direction||"forward")==="forward"){let i=t.transform(e.value,e);return i instanceof Promise?i.then(o=>_s(e,o,t.out,r)):_s(e,i,t.out,r)}else{let i=t.reverseTransform(e.value,e);return i instanceof Promise?i.then(o=>_s(e,o,t.in,r)):_s(e,i,t.in,r)}}function _s(e,t,r,n){return e.issues.length?(e.aborted=!0,e):r._zod.run({value:t,issues:e.issues},n)}var Zd=v("$ZodPreprocess",(e,t)=>{Ms.init(e,t)}),Vd=v("$ZodReadonly",(e,t)=>{de.init(e,t),ge(e,"propValues",r=>r.def.innerType._zod.propValues),ge(e,"values",r=>r.def.innerType._zod.values),ge(e,"optin",r=>r.def.innerType?._zod?.optin),ge(e,"optout",r=>r.def.innerType?._zod?.optout),e._zod.parse=(r,n)=>{if(n.direction==="backward")return t.innerType._zod.run(r,n);let i=t.innerType._zod.run(r,n);return i instanceof Promise?i.then(ib):ib(i)}});function ib(e){return e.memo||(e.value=Object.freeze(e.value)),e}function i$(e){let t=e._zod.def,r=t.pattern,n=!!t.format?.includes("int"),i,o;for(let a of t.checks??[]){let u=a._zod.def;u.pattern&&(r=u.pattern),n||(n=!!u.format?.includes("int"));let c=u.minimum??u.length,l=u.maximum??u.length;c!==void 0&&(i===void 0||c>i)&&(i=c),l!==void 0&&(o===void 0||l<o)&&(o=l)}if(r)return r.source;if(i!==void 0&&o!==void 0&&i>o)return"(?!)";if(i!==void 0||o!==void 0)return sl({minimum:i,maximum:o}).source;let s=e._zod.pattern;return(n&&s===sr?qi:s)?.source}function Fl(e){let t=e._zod.def,r=e._zod.pattern?.source,n=t.innerType??e._zod.innerType;if(n){let i=n._zod.pattern?.source,o=Fl(n);return r&&i&&o&&o!==i?r.replace(or(i),()=>or(o)):r}if(t.options){let i=t.options.map(Fl);if(i.every(Boolean))return`^(${i.map(o=>or(o)).join("|")})$`}return i$(e)}var Gd=v("$ZodTemplateLiteral",(e,t)=>{de.init(e,t);let r=[];for(let n of t.parts)if(typeof n=="object"&&n!==null){let i=Fl(n);if(!i)throw new Error(`Invalid template literal part, no pattern found: ${[...n._zod.traits].shift()}`);r.push(or(i))}else if(n===null||vu.has(typeof n))r.push(Ot(`${n}`));else throw new Error(`Invalid template literal part: ${n}`);e._zod.pattern=new RegExp(`^${r.join("")}$`),e._zod.parse=(n,i)=>typeof n.value!="string"?(n.issues.push({input:n.value,inst:e,expected:"string",code:"invalid_type"}),n):(e._zod.pattern.lastIndex=0,e._zod.pattern.test(n.value)||n.issues.push({input:n.value,inst:e,code:"invalid_format",format:t.format??"template_literal",pattern:e._zod.pattern.source}),n)}),Kd=v("$ZodFunction",(e,t)=>(de.init(e,t),Object.defineProperty(e,"_def",{value:t}),e._zod.def=t,e.implement=r=>{if(typeof r!="function")throw new Error("implement() must be called with a function");return Object.defineProperty(function(...n){let i=e._def.input?ss(e._def.input,n):n,o=Reflect.apply(r,this,i);return e._def.output?ss(e._def.output,o):o},"_zod",{value:e._zod,enumerable:!1})},e.implementAsync=r=>{if(typeof r!="function")throw new Error("implementAsync() must be called with a function");return Object.defineProperty(async function(...n){let i=e._def.input?await as(e._def.input,n):n,o=await Reflect.apply(r,this,i);return e._def.output?await as(e._def.output,o):o},"_zod",{value:e._zod,enumerable:!1})},e._zod.parse=(r,n)=>typeof r.value!="function"?(r.issues.push({code:"invalid_type",expected:"function",input:r.value,inst:e}),r):(e._def.output&&e._def.output._zod.def.type==="promise"?r.value=e.implementAsync(r.value):r.value=e.implement(r.value),r),e.input=(...r)=>{let n=e.constructor;return Array.isArray(r[0])?new n({type:"function",input:new zs({type:"tuple",items:r[0],rest:r[1]}),output:e._def.output}):new n({type:"function",input:r[0],output:e._def.output})},e.output=r=>{let n=e.constructor;return new n({type:"function",input:e._def.input,output:r})},e)),Hd=v("$ZodPromise",(e,t)=>{de.init(e,t),e._zod.parse=(r,n)=>Promise.resolve(r.value).then(i=>t.innerType._zod.run({value:i,issues:[]},n))}),Yi=v("$ZodLazy",(e,t)=>{de.init(e,t),gu(e._zod,"innerType",()=>{let r=t;return r._cachedInner||(r._cachedInner=t.getter()),r._cachedInner}),ge(e,"pattern",r=>r.innerType?._zod?.pattern),ge(e,"propValues",r=>r.innerType?._zod?.propValues),ge(e,"optin",r=>r.innerType?._zod?.optin??void 0),ge(e,"optout",r=>r.innerType?._zod?.optout??void 0),e._zod.parse=(r,n)=>e._zod.innerType._zod.run(r,n)}),Wd=v("$ZodCustom",(e,t)=>{Ee.init(e,t),de.init(e,t),e._zod.parse=(r,n)=>r,e._zod.check=r=>{let n=r.value,i=t.fn(n);if(i instanceof Promise)return i.then(o=>ob(o,r,n,e));ob(i,r,n,e)}});function ob(e,t,r,n){if(!e){let i={code:"custom",input:r,inst:n,path:[...n._zod.def.path??[]],continue:!n._zod.def.abort};n._zod.def.params&&(i.params=n._zod.def.params),t.issues.push(kn(i))}}var Zs=class extends Error{constructor(){super("Cannot parse a reference cycle that closes through a transform"),this.name="ZodCyclicError"}},Jd="~memo",fb=[];function mb(e){return e!==null&&typeof e=="object"}function Xd(e){return e.map(t=>t.path?{...t,path:t.path.slice()}:{...t})}var hb=new WeakMap,In=0,js=1,Qi=2;function eo(e,t,r){let n=hb.get(e);if(n!==void 0)return n?Qi:In;if(t.has(e))return Qi;t.add(e);let i=In,o=l=>{if(i!==Qi&&l?._zod){let p=eo(l,t,r);p>i&&(i=p)}},s=(l,p)=>{let f=In;for(let h of Reflect.ownKeys(l)){let y=Object.getOwnPropertyDescriptor(l,h);if(p&&!y.enumerable)continue;let g=y.get?js:y.value?._zod?eo(y.value,t,r):In;g>f&&(f=g)}return f},a=l=>{l>i&&(i=l)},u=e._zod.def,c=u.type;switch(c){case"object":{let l=wn(u);a(l?s(l,!0):js),o(u.catchall);break}case"array":o(u.element);break;case"tuple":for(let l of u.items)o(l);o(u.rest);break;case"record":case"map":o(u.keyType),o(u.valueType);break;case"set":o(u.valueType);break;case"union":for(let l of u.options)o(l);break;case"intersection":o(u.left),o(u.right);break;case"optional":case"nullable":case"default":case"prefault":case"catch":case"readonly":case"nonoptional":case"promise":case"success":o(u.innerType);break;case"pipe":o(u.in),o(u.out);break;case"function":o(u.input),o(u.output);break;case"lazy":{let l=u._cachedInner??(r?e._zod.innerType:void 0);a(l?eo(l,t,!1):js);break}case"template_literal":case"string":case"number":case"int":case"boolean":case"bigint":case"symbol":case"undefined":case"null":case"void":case"never":case"any":case"unknown":case"date":case"nan":case"enum":case"literal":case"file":case"transform":case"custom":break;default:for(let l in u){let p=Object.getOwnPropertyDescriptor(u,l);if(!p||p.get)continue;let f=p.value;if(!(!f||typeof f!="object")){if(f._zod)o(f);else if(Array.isArray(f))for(let h of f)o(h)}}}return t.delete(e),o$(e,i)}function o$(e,t){return t!==js&&hb.set(e,t===Qi),t}function Vs(e){return eo(e,new Set,!0)!==In}function s$(e,t){let r=e.buckets.get(t);return r||(r=new WeakMap,e.buckets.set(t,r)),r}var qs,Bs=[],a$={alloc(e,t,r){let n=qs;if(!n)return r;qs=void 0;let i={value:r,issues:null};return n.set(t.value,i),Bs.push(i),r},guard(e){var t;(t=e._zod).deferred??(t.deferred=[]),e._zod.deferred.push(()=>{let r=e._zod.parse,n=(i,o)=>{if(o.direction!=="backward"&&Gs(o,i.value))throw new Zs;return r(i,o)};e._zod.parse=n,e._zod.run===r&&(e._zod.run=n)})},attach(e){var t;let r,n=!1,i,o;(t=e._zod).deferred??(t.deferred=[]),e._zod.deferred.push(()=>{let s=e._zod.parse,a=(u,c)=>{if(r===void 0){let w=eo(e,new Set,!1);if(w===In)return e._zod.parse=s,e._zod.run===a&&(e._zod.run=s),s(u,c);w===Qi||n?r=!0:n=!0}let l=u.value;if(!mb(l))return s(u,c);let p=c[Jd];p||(p={buckets:new WeakMap,backEdges:void 0},c[Jd]=p);let f;i===c?f=o:(f=s$(p,e),i=c,o=f);let h=f.get(l);if(h)return u.value=h.value,h.issues?h.issues.length&&u.issues.push(...Xd(h.issues)):(u.memo=!0,p.backEdges??(p.backEdges=new WeakSet),p.backEdges.add(h.value)),u;qs=f;let y=Bs.length,g=s(u,c);qs=void 0;let $=Bs.length>y?Bs.pop():void 0;return g instanceof Promise?g.then(w=>($&&($.issues=w.issues.length?Xd(w.issues):fb),w)):($&&($.issues=g.issues.length?Xd(g.issues):fb),g)};e._zod.parse=a,e._zod.run===s&&(e._zod.run=a)})}};function to(){return a$}function Gs(e,t){let r=e[Jd]?.backEdges;return r!==void 0&&mb(t)&&r.has(t)}var ro={};er(ro,{en:()=>Ks});var c$=()=>{let e={string:{unit:"characters",verb:"to have"},file:{unit:"bytes",verb:"to have"},array:{unit:"items",verb:"to have"},set:{unit:"items",verb:"to have"},map:{unit:"entries",verb:"to have"}};function t(o){return e[o]??null}let r={regex:"input",email:"email address",url:"URL",emoji:"emoji",uuid:"UUID",uuidv4:"UUIDv4",uuidv6:"UUIDv6",nanoid:"nanoid",guid:"GUID",cuid:"cuid",cuid2:"cuid2",ulid:"ULID",xid:"XID",ksuid:"KSUID",datetime:"ISO datetime",date:"ISO date",time:"ISO time",duration:"ISO duration",ipv4:"IPv4 address",ipv6:"IPv6 address",mac:"MAC address",cidrv4:"IPv4 range",cidrv6:"IPv6 range",base64:"base64-encoded string",base64url:"base64url-encoded string",json_string:"JSON string",e164:"E.164 number",currency_code:"currency code",credit_card:"credit card number",iban:"IBAN",jwt:"JWT",template_literal:"input"},n={nan:"NaN"};function i(o,s){return o==="number"&&typeof s=="number"&&!Number.isFinite(s)?String(s):n[o]??o}return o=>{switch(o.code){case"invalid_type":{let s=i(o.expected),a=ku(o.input),u=i(a,o.input);return`Invalid input: expected ${s}, received ${u}`}case"invalid_value":return o.values.length===1?`Invalid input: expected ${rs(o.values[0])}`:`Invalid option: expected one of ${Qo(o.values,"|")}`;case"too_big":{let s=o.exact?"exactly ":o.inclusive?"<=":"<",a=t(o.origin);return a?`Too big: expected ${o.origin??"value"} to have ${s}${o.maximum.toString()} ${a.unit??"elements"}`:`Too big: expected ${o.origin??"value"} to be ${s}${o.maximum.toString()}`}case"too_small":{let s=o.exact?"exactly ":o.inclusive?">=":">",a=t(o.origin);return a?`Too small: expected ${o.origin} to have ${s}${o.minimum.toString()} ${a.unit}`:`Too small: expected ${o.origin} to be ${s}${o.minimum.toString()}`}case"invalid_format":{let s=o;return s.format==="starts_with"?`Invalid string: must start with "${s.prefix}"`:s.format==="ends_with"?`Invalid string: must end with "${s.suffix}"`:s.format==="includes"?`Invalid string: must include "${s.includes}"`:s.format==="regex"?`Invalid string: must match pattern ${s.pattern}`:`Invalid ${r[s.format]??o.format}`}case"not_multiple_of":return`Invalid number: must be a multiple of ${o.divisor}`;case"unrecognized_keys":return`Unrecognized key${o.keys.length>1?"s":""}: ${Qo(o.keys,", ")}`;case"invalid_key":return`Invalid key in ${o.origin}`;case"invalid_union":return o.options&&Array.isArray(o.options)&&o.options.length>0?`Invalid discriminator value. Expected ${o.options.map(a=>`'${a}'`).join(" | ")}`:o.inclusive===!1?"Invalid input: more than one option matched":"Invalid input";case"invalid_element":return`Invalid value in ${o.origin}`;default:return"Invalid input"}}};function Ks(){return{localeError:c$()}}var gb,Yd=Symbol("ZodOutput"),Qd=Symbol("ZodInput"),Hs=class{constructor(){this._map=new WeakMap,this._idmap=new Map}add(t,...r){let n=r[0];return this._map.set(t,n),n&&typeof n=="object"&&"id"in n&&this._idmap.set(n.id,t),this}clear(){return this._map=new WeakMap,this._idmap=new Map,this}remove(t){let r=this._map.get(t);return r&&typeof r=="object"&&"id"in r&&this._idmap.delete(r.id),this._map.delete(t),this}get(t){let r=t._zod.parent;if(r){let n={...this.get(r)??{}};delete n.id;let i={...n,...this._map.get(t)};return Object.keys(i).length?i:void 0}return this._map.get(t)}has(t){return this._map.has(t)}};function Ws(){return new Hs}(gb=globalThis).__zod_globalRegistry??(gb.__zod_globalRegistry=Ws());var We=globalThis.__zod_globalRegistry;var at=Symbol.for("zod.compile.invalid"),bb=Symbol.for("zod.compile.fallback"),Bt=class extends Error{constructor(t="z.compile does not support async refinements, transforms, or checks"){super(t),this.name="ZodCompileAsyncError"}},ye=class extends Error{constructor(t,r=!0){super(`z.compile does not support ${t}; this schema must use the runtime parser`),this.name="ZodCompileUnsupportedError",this.islandable=r}};function l$(e,t){try{return Js(e,{assertOnly:!0})}catch{return t}}function np(e,t){try{let r=Js(e),n=Xs(e,r);return n._zod.bag.validator=l$(e,r),n}catch(r){if(t?.strict)throw r;return e}}function Xs(e,t){if(Vs(e))throw new ye("a schema whose subtree contains a reference cycle");let r=Ae(e),n=e._zod.run,i=n.__originalRun??n,o=(s,a)=>{if(a?.async||a?.direction==="backward"||a?.skipChecks||a?.[bb]||a&&Gs(a,s.value))return i(s,a);let u=t(s.value);return u!==at?(s.value=u,s):(a&&(a[bb]=!0),i(s,a))};return o.__originalRun=i,r._zod.bag.fallbackRun=i,r._zod.bag.validator=t,r._zod.run=o,n.__originalRun||d$(r,e,t),r}function d$(e,t,r){let n=e,i=t;if(typeof i.safeParse=="function"){let o=i.safeParse;n.safeParse=(s,a)=>{let u=r(s);return u!==at?{success:!0,data:u}:o(s,a)}}if(typeof i.parse=="function"){let o=i.parse;n.parse=(s,a)=>{let u=r(s);return u!==at?u:o(s,a)}}}function Js(e,t){let r=!0;try{r=Vs(e)}catch{}if(r)throw new ye("a schema whose subtree contains a reference cycle");let n={constants:new Map,constantCounter:0,varCounter:0,definite:!0},i=new Zr(["input"]),o=De(i,n,e,"input",!t?.assertOnly);i.write(o===null?"return true;":`return ${o};`);let s=["INVALID",...n.constants.keys()],a=[at,...n.constants.values()],u=i.content.join(`
`),c=t?.debug?s.length>0?`// Constants: ${s.join(", ")}
${u}`:u:"",l=Function,p=`return (input) => {
${u}
}`,f;try{f=new l(...s,p)(...a)}catch(h){throw new ye(`this schema (generated code failed to evaluate: ${h.message})`)}return t?.debug&&(f.code=c),f.definite=n.definite,f}function ce(e,t){for(let[n,i]of e.constants)if(i===t)return n;let r=`c${e.constantCounter++}`;return e.constants.set(r,t),r}function Kr(e,t){return e.definite=!1,ce(e,t)}function ee(e){return`v${e.varCounter++}`}function p$(e,t){let r=e._zod.run({value:t,issues:[]},{});if(r&&typeof r.then=="function")return at;let n=r;return n.issues.length===0?n.value:at}function Qe(e,t,r,n,i=!0){let o=e.content.length,s=t.constants.size,a=t.constantCounter,u=t.varCounter;try{return De(e,t,r,n,i)}catch(c){if(!(c instanceof ye)||!c.islandable)throw c;if(e.content.length=o,t.constants.size>s){let l=Array.from(t.constants.keys()).slice(s);for(let p of l)t.constants.delete(p)}return t.constantCounter=a,t.varCounter=u,f$(e,t,r,n)}}function f$(e,t,r,n){t.definite=!1;let i=ce(t,r),o=ce(t,p$),s=ee(t);return e.write(`const ${s} = ${o}(${i}, ${n});`),e.write(`if (${s} === INVALID) return INVALID;`),s}var m$=new Set(["max_size","min_size","size_equals","max_length","min_length","length_equals"]);function h$(e,t,r,n){let i=r._zod.def.checks;if(!i||i.length===0)return n;let o=n;for(let s of i){let a=s._zod.def;if(a.when&&!m$.has(a.check))throw new ye('check with a custom "when" condition');switch(a.check){case"greater_than":g$(e,t,a,o);break;case"less_than":b$(e,t,a,o);break;case"multiple_of":y$(e,t,a,o);break;case"number_format":$b(e,a,o);break;case"min_length":{let u=_r(a.minimum,"min_length"),c=ep(e,t,o,`${o}.length >= ${u} && ${o}.length < ${a.minimum*2}`);e.write(`if (${c} < ${u}) return INVALID;`);break}case"max_length":{let u=_r(a.maximum,"max_length"),c=ep(e,t,o,`${o}.length > ${u}`);e.write(`if (${c} > ${u}) return INVALID;`);break}case"length_equals":{let u=_r(a.length,"length_equals"),c=ep(e,t,o,`${o}.length >= ${u} && ${o}.length <= ${a.length*2}`);e.write(`if (${c} !== ${u}) return INVALID;`);break}case"min_size":e.write(`if (${o}.size < ${_r(a.minimum,"min_size")}) return INVALID;`);break;case"max_size":e.write(`if (${o}.size > ${_r(a.maximum,"max_size")}) return INVALID;`);break;case"size_equals":e.write(`if (${o}.size !== ${_r(a.size,"size_equals")}) return INVALID;`);break;case"string_format":o=_b(e,t,a,o);break;case"custom":o=_$(e,t,s,o);break;case"bigint_format":v$(e,a,o);break;case"mime_type":w$(e,t,a,o);break;case"property":k$(e,t,a,o);break;case"properties":x$(e,t,a,o);break;case"overwrite":{let u=ee(t);$$(e,t,s,o,u),o=u;break}default:throw new ye(`check type ${a.check}`)}}return o}function ep(e,t,r,n){let i=ce(t,Br),o=ee(t);return e.write(`const ${o} = typeof ${r} === "string" && ${n} ? ${i}(${r}) : ${r}.length;`),o}function _r(e,t){if(typeof e!="number"||!Number.isFinite(e))throw new ye(`${t} bound of type ${typeof e}`);return`${e}`}function kb(e,t){if(typeof t=="bigint")return`${t}n`;if(typeof t=="number"){if(Number.isNaN(t))throw new ye("comparison check with NaN bound");return`${t}`}if(t instanceof Date){if(Number.isNaN(t.getTime()))throw new ye("comparison check with Invalid Date bound");return ce(e,t)}throw new ye(`comparison check bound of type ${typeof t}`)}function g$(e,t,r,n){let i=r.inclusive?"<":"<=";e.write(`if (${n} ${i} ${kb(t,r.value)}) return INVALID;`)}function b$(e,t,r,n){let i=r.inclusive?">":">=";e.write(`if (${n} ${i} ${kb(t,r.value)}) return INVALID;`)}function y$(e,t,r,n){if(typeof r.value=="bigint"){if(r.value===BigInt(0))throw new ye("multiple_of check with a zero divisor");e.write(`if (${n} % ${r.value}n !== 0n) return INVALID;`)}else{let i=ce(t,Pi);e.write(`if (${i}(${n}, ${_r(r.value,"multiple_of")}) !== 0) return INVALID;`)}}function $b(e,t,r){let n=t.format;switch(n){case"safeint":e.write(`if (!Number.isSafeInteger(${r})) return INVALID;`);break;case"int32":e.write(`if (!Number.isInteger(${r}) || ${r} < -2147483648 || ${r} > 2147483647) return INVALID;`);break;case"uint32":e.write(`if (!Number.isInteger(${r}) || ${r} < 0 || ${r} > 4294967295) return INVALID;`);break;case"float32":e.write(`if (!Number.isFinite(${r}) || ${r} < -3.4028234663852886e38 || ${r} > 3.4028234663852886e38) return INVALID;`);break;case"float64":e.write(`if (!Number.isFinite(${r})) return INVALID;`);break;default:throw new ye(`number format ${n}`)}}function v$(e,t,r){let n=t.format;if(n)switch(n){case"int64":e.write(`if (${r} < -9223372036854775808n || ${r} > 9223372036854775807n) return INVALID;`);break;case"uint64":e.write(`if (${r} < 0n || ${r} > 18446744073709551615n) return INVALID;`);break;default:throw new ye(`bigint format ${n}`)}}function w$(e,t,r,n){let i=r.mime;if(i&&i.length>0){let o=ce(t,new Set(i));e.write(`if (!${o}.has(${n}.type)) return INVALID;`)}}function x$(e,t,r,n){if(r.when)throw new ye('check with a custom "when" condition');e.write(`if (${n} == null) return INVALID;`);let i=r.shape;for(let o of Reflect.ownKeys(i)){let s=typeof o=="symbol"?ce(t,o):ot(o),a=ee(t);e.write(`const ${a} = ${n}[${s}];`),Qe(e,t,i[o],a,!1)}}function k$(e,t,r,n){let i=`${n}[${JSON.stringify(r.property)}]`;De(e,t,r.schema,i)}function $$(e,t,r,n,i){let o=r._zod.def.tx;if(!o)throw new ye("overwrite check without a transform function");if(Hr(o))throw new Bt("z.compile: async overwrite transforms are not supported");let s=ce(t,o);e.write(`const ${i} = ${s}(${n});`)}function tp(){throw new yt}function ip(e){this.issues.push(e)}function _$(e,t,r,n){let i=r._zod.def;if(i.fn){if(Hr(i.fn))throw new Bt("z.compile: async .refine() predicates are not supported");let o=Kr(t,i.fn),s=ce(t,tp),a=ee(t);return e.write(`const ${a} = ${o}(${n});`),e.write(`if (${a} instanceof Promise) ${s}();`),e.write(`if (!${a}) return INVALID;`),n}if(r._zod.check){if(Hr(r._zod.check))throw new Bt("z.compile: async .superRefine() / check functions are not supported");let o=r._zod.check,a=Kr(t,c=>{let l={value:c,issues:[],addIssue:ip};return o(l)instanceof Promise&&tp(),l.issues.length===0?l.value:at}),u=ee(t);return e.write(`const ${u} = ${a}(${n});`),e.write(`if (${u} === INVALID) return INVALID;`),u}throw new ye("custom check without a predicate or check function")}var A$=new Set(["cidrv4","cuid","cuid2","date","datetime","duration","e164","email","emoji","ends_with","guid","includes","ipv4","ksuid","lowercase","mac","nanoid","regex","starts_with","time","ulid","uppercase","uuid","xid"]);function _b(e,t,r,n,i=!0){let o=r.format;if(o==="base64"){let c=ce(t,Ki);return e.write(`if (!${c}(${n})) return INVALID;`),n}if(o==="base64url"){let c=ce(t,Os);return e.write(`if (!${c}(${n})) return INVALID;`),n}if(o==="jwt"){let c=ce(t,Ns),l=ce(t,r.alg??null);return e.write(`if (!${c}(${n}, ${l})) return INVALID;`),n}if(o==="ipv6"){let c=ce(t,Gi);return e.write(`if (!${c}(${n})) return INVALID;`),n}if(o==="cidrv6"){let c=ce(t,Es);return e.write(`if (!${c}(${n})) return INVALID;`),n}if(o==="credit_card"){let c=ce(t,Cs);return e.write(`if (!${c}(${n})) return INVALID;`),n}if(o==="iban"){let c=ce(t,Ds);return e.write(`if (!${c}(${n})) return INVALID;`),n}let s=r;if(o==="url"||o==="httpurl"||s.normalize||s.hostname!==void 0||s.protocol!==void 0){let c=ce(t,Ps),l=ce(t,r),p=ee(t),f=ee(t);if(e.write(`const ${p} = ${n}.trim();`),e.write(`const ${f} = ${c}(${p}, ${l});`),e.write(`if (typeof ${f} === "number") return INVALID;`),s.hostname!==void 0){let g=ce(t,Rs);e.write(`if (!${g}(${f}, ${l}.hostname)) return INVALID;`)}if(s.protocol!==void 0){let g=ce(t,Is);e.write(`if (!${g}(${f}, ${l}.protocol)) return INVALID;`)}if(!i)return null;let h=ee(t),y=s.normalize?`${f}.href`:`${ce(t,Vi)}(${p})`;return e.write(`const ${h} = ${y};`),h}let a=r.fn;if(a){if(Hr(a))throw new ye(`async string format ${o}`);let c=ce(t,a);return e.write(`if (!${c}(${n})) return INVALID;`),n}if(A$.has(o)&&r.pattern){let c=ce(t,r.pattern);return e.write(`${c}.lastIndex = 0;`),e.write(`if (!${c}.test(${n})) return INVALID;`),n}let u=r.format;switch(u){case"regex":throw new ye("regex format without a pattern");case"lowercase":e.write(`if (${n} !== ${n}.toLowerCase()) return INVALID;`);break;case"uppercase":e.write(`if (${n} !== ${n}.toUpperCase()) return INVALID;`);break;case"includes":e.write(`if (!${n}.includes(${ot(r.includes)})) return INVALID;`);break;case"starts_with":{let c=r.prefix;e.write(`if (${n}.slice(0, ${c.length}) !== ${ot(c)}) return INVALID;`);break}case"ends_with":{let c=r.suffix;e.write(`if (${n}.slice(-${c.length}) !== ${ot(c)}) return INVALID;`);break}default:throw new ye(`string format ${u}`)}return n}function De(e,t,r,n,i=!0){let o=r._zod.def,s=o.type;if(o.coerce)throw new ye(`coercion (z.coerce.${s}())`);let a=i||!!o.checks?.length,u;switch(s){case"string":u=S$(e,t,r,n,a);break;case"number":u=P$(e,r,n);break;case"boolean":u=R$(e,n);break;case"bigint":u=I$(e,r,n);break;case"symbol":u=E$(e,n);break;case"undefined":u=T$(e,n);break;case"null":u=O$(e,n);break;case"any":case"unknown":u=n;break;case"never":e.write("return INVALID;"),u=n;break;case"void":u=C$(e,n);break;case"nan":u=D$(e,n);break;case"date":u=N$(e,n);break;case"object":u=F$(e,t,r,n,a);break;case"optional":u=L$(e,t,r,n,a);break;case"nullable":u=M$(e,t,r,n,a);break;case"array":u=q$(e,t,r,n,a);break;case"literal":u=B$(e,t,r,n);break;case"enum":u=j$(e,t,r,n);break;case"readonly":{let c=vb(e,t,r,n),l=ee(t);e.write(`const ${l} = Object.freeze(${c});`),u=l;break}case"success":vb(e,t,r,n),u="true";break;case"default":case"prefault":u=Z$(e,t,r,n);break;case"nonoptional":u=V$(e,t,r,n);break;case"tuple":u=G$(e,t,r,n);break;case"union":u=K$(e,t,r,n);break;case"intersection":u=X$(e,t,r,n);break;case"record":u=J$(e,t,r,n);break;case"map":u=Q$(e,t,r,n);break;case"set":u=e_(e,t,r,n);break;case"file":u=t_(e,n);break;case"template_literal":u=r_(e,t,r,n);break;case"lazy":u=n_(e,t,r,n);break;case"pipe":u=i_(e,t,r,n);break;case"custom":u=o_(e,t,r,n);break;case"transform":u=c_(e,t,r,n);break;case"catch":u=a_(e,t,r,n);break;default:throw new ye(`schema type ${s}`)}return u===null?null:h$(e,t,r,u)}function S$(e,t,r,n,i=!0){e.write(`if (typeof ${n} !== "string") return INVALID;`);let o=r._zod.def;return o.format===void 0?n:_b(e,t,o,n,i)}function P$(e,t,r){e.write(`if (typeof ${r} !== "number" || !Number.isFinite(${r})) return INVALID;`);let n=t._zod.def;return n.check==="number_format"&&n.format&&$b(e,{format:n.format},r),r}function R$(e,t){return e.write(`if (typeof ${t} !== "boolean") return INVALID;`),t}function I$(e,t,r){e.write(`if (typeof ${r} !== "bigint") return INVALID;`);let n=t._zod.def;if(n.format)switch(n.format){case"int64":e.write(`if (${r} < -9223372036854775808n || ${r} > 9223372036854775807n) return INVALID;`);break;case"uint64":e.write(`if (${r} < 0n || ${r} > 18446744073709551615n) return INVALID;`);break}return r}function E$(e,t){return e.write(`if (typeof ${t} !== "symbol") return INVALID;`),t}function T$(e,t){return e.write(`if (${t} !== undefined) return INVALID;`),t}function O$(e,t){return e.write(`if (${t} !== null) return INVALID;`),t}function C$(e,t){return e.write(`if (${t} !== undefined) return INVALID;`),t}function D$(e,t){return e.write(`if (typeof ${t} !== "number" || !Number.isNaN(${t})) return INVALID;`),t}function N$(e,t){return e.write(`if (!(${t} instanceof Date) || Number.isNaN(${t}.getTime())) return INVALID;`),t}function F$(e,t,r,n,i=!0){let o=r._zod.def;e.write(`if (typeof ${n} !== "object" || ${n} === null || Array.isArray(${n})) return INVALID;`);let s=o.shape,a=Object.keys(s),u=Object.getOwnPropertySymbols(s),c=u.length?[...a,...u]:a,l=x=>typeof x=="symbol"?ce(t,x):ot(x),p=x=>typeof x=="symbol"?`[${l(x)}]`:ot(x),f=s;if(a.includes("__proto__"))throw new ye('object shape key "__proto__"');let h=new Map;for(let x of c){let A=f[x],F=l(x),K=ee(t);if(e.write(`const ${K} = ${n}[${F}];`),A._zod.optin!==void 0){let V=ee(t);e.write(`let ${V} = (() => {`),e.indented(se=>{let X=Qe(se,t,A,K);se.write(`return ${X};`)}),e.write("})();"),A._zod.optout==="optional"?(e.write(`if (${V} === INVALID) {`),e.indented(se=>{se.write(`if (${F} in ${n}) return INVALID;`),se.write(`${V} = undefined;`)}),e.write("}")):e.write(`if (${V} === INVALID) return INVALID;`),h.set(x,V)}else{U$(A)&&e.write(`if (!(${F} in ${n})) return INVALID;`);let V=Qe(e,t,A,K,i);V!==null&&h.set(x,V)}}let y=o.catchall,g="none";if(y){let x=y._zod.def.type;if(x==="never"){let A=a.map(F=>`k !== ${ot(F)}`).join(" && ")||"true";e.write(`for (const k in ${n}) {`),e.indented(F=>{F.write(`if (${A}) return INVALID;`)}),e.write("}")}else(x==="unknown"||x==="any")&&!y._zod.def.checks?.length?g="passthrough":g="schema"}let $=ee(t),w=c.some(x=>yb(f[x])||rp(f[x]));if(!i){if(g==="schema"){let x=a.length>0?ce(t,new Set(a)):null;e.write(`for (const k in ${n}) {`),e.indented(A=>{A.write('if (k === "__proto__") continue;'),x&&A.write(`if (${x}.has(k)) continue;`);let F=ee(t);A.write(`const ${F} = ${n}[k];`),Qe(A,t,y,F,!1)}),e.write("}")}return null}if(w){e.write(`const ${$} = {};`);for(let x of c){let A=l(x),F=h.get(x);rp(f[x])?e.write(`if (${A} in ${n}) ${$}[${A}] = ${F};`):yb(f[x])?e.write(`if (${F} !== undefined || ${A} in ${n}) ${$}[${A}] = ${F};`):e.write(`${$}[${A}] = ${F};`)}}else{let x=c.map(A=>`${p(A)}: ${h.get(A)}`).join(", ");e.write(`const ${$} = { ${x} };`)}if(g!=="none"){let x=a.length>0?ce(t,new Set(a)):null;e.write(`for (const k in ${n}) {`),e.indented(A=>{if(A.write('if (k === "__proto__") continue;'),x&&A.write(`if (${x}.has(k)) continue;`),g==="passthrough")A.write(`${$}[k] = ${n}[k];`);else{let F=ee(t);A.write(`const ${F} = ${n}[k];`);let K=Qe(A,t,y,F);A.write(`${$}[k] = ${K};`)}}),e.write("}")}return $}function L$(e,t,r,n,i=!0){let o=r._zod.def;if(z$(r))return De(e,t,o.innerType,n,i);if(o.innerType._zod.optin==="defaulted"){let a=ee(t),u=ee(t);return e.write(`let ${a};`),e.write(`if (${n} === undefined) {`),e.indented(c=>{c.write(`const ${u} = (() => {`),c.indented(l=>{let p=De(l,t,o.innerType,n);l.write(`return ${p};`)}),c.write("})();"),c.write(`if (${u} !== INVALID) ${a} = ${u};`)}),e.write("} else {"),e.indented(c=>{let l=De(c,t,o.innerType,n);c.write(`${a} = ${l};`)}),e.write("}"),a}let s=i?ee(t):null;return s&&e.write(`let ${s};`),e.write(`if (${n} !== undefined) {`),e.indented(a=>{let u=De(a,t,o.innerType,n,i);s&&u!==null&&a.write(`${s} = ${u};`)}),e.write("}"),s}function z$(e){return e._zod.traits?.has("$ZodExactOptional")===!0}function U$(e){return e._zod.optin===void 0&&Gr(e)}function Gr(e){if(e._zod.def.coerce)return!0;let t=e._zod.def;switch(t.type){case"any":case"unknown":case"undefined":case"void":case"default":case"prefault":case"transform":case"custom":case"lazy":return!0;case"string":case"number":case"boolean":case"bigint":case"symbol":case"null":case"never":case"nan":case"date":case"object":case"array":case"tuple":case"record":case"map":case"set":case"file":case"template_literal":return!1;case"nonoptional":return t.innerType?Gr(t.innerType):!1;case"literal":return!!t.values?.includes(void 0);case"enum":return!!e._zod.values?.has(void 0);case"optional":case"nullable":case"readonly":case"success":return t.innerType?Gr(t.innerType):!0;case"catch":return!0;case"union":return t.options?t.options.some(Gr):!0;case"intersection":return!t.left||!t.right?!0:Gr(t.left)&&Gr(t.right);case"pipe":return t.in?Gr(t.in):!0;default:return!0}}function rp(e){return e._zod.optin==="optional"&&e._zod.optout==="optional"}function yb(e){return(e._zod.optin!=="defaulted"||e._zod.optout==="optional")&&En(e)}function En(e){let t=e._zod.def;switch(t.type){case"string":case"number":case"boolean":case"bigint":case"symbol":case"null":case"nan":case"date":case"object":case"array":case"tuple":case"record":case"map":case"set":case"file":case"template_literal":case"never":case"success":return!1;case"literal":return!!t.values?.includes(void 0);case"enum":return!!e._zod.values?.has(void 0);case"optional":return!0;case"nullable":case"readonly":case"nonoptional":return t.innerType?En(t.innerType):!0;case"union":return t.options?t.options.some(En):!0;case"intersection":return!t.left||!t.right||En(t.left)||En(t.right);case"pipe":return t.out?En(t.out):!0;default:return!0}}function M$(e,t,r,n,i=!0){let o=r._zod.def,s=i?ee(t):null;return s&&e.write(`let ${s} = null;`),e.write(`if (${n} !== null) {`),e.indented(a=>{let u=De(a,t,o.innerType,n,i);s&&u!==null&&a.write(`${s} = ${u};`)}),e.write("}"),s}function op(e,t,r){for(let[n,i]of xn(t._zod.def.checks))e.write(`if (${r} > ${_r(n,i._zod.def.check)}) return INVALID;`)}function q$(e,t,r,n,i=!0){let o=r._zod.def;e.write(`if (!Array.isArray(${n})) return INVALID;`),op(e,r,`${n}.length`);let s=i?ee(t):null,a=ee(t),u=ee(t);return s&&e.write(`const ${s} = new Array(${n}.length);`),e.write(`for (let ${a} = 0; ${a} < ${n}.length; ${a}++) {`),e.indented(c=>{c.write(`const ${u} = ${n}[${a}];`);let l=Qe(c,t,o.element,u,i);s&&l!==null&&c.write(`${s}[${a}] = ${l};`)}),e.write("}"),s}function B$(e,t,r,n){let o=r._zod.def.values;if(o.length!==1){let a=ce(t,new Set(o));return e.write(`if (!${a}.has(${n})) return INVALID;`),n}let s=o[0];if(typeof s=="number"&&Number.isNaN(s)){let a=ce(t,new Set(o));return e.write(`if (!${a}.has(${n})) return INVALID;`),n}if(typeof s=="string")e.write(`if (${n} !== ${ot(s)}) return INVALID;`);else if(typeof s=="number"||typeof s=="boolean")e.write(`if (${n} !== ${s}) return INVALID;`);else if(s===null)e.write(`if (${n} !== null) return INVALID;`);else if(s===void 0)e.write(`if (${n} !== undefined) return INVALID;`);else if(typeof s=="bigint")e.write(`if (${n} !== ${s}n) return INVALID;`);else throw new ye(`literal type ${typeof s}`);return n}function j$(e,t,r,n){let i=r._zod.values;if(!i)throw new ye("enum schema without enumerated values");let o=ce(t,i);return e.write(`if (!${o}.has(${n})) return INVALID;`),n}function vb(e,t,r,n){let i=r._zod.def;return De(e,t,i.innerType,n)}function Z$(e,t,r,n){let i=r._zod.def,s=Object.getOwnPropertyDescriptor(r._zod.def,"defaultValue")?()=>r._zod.def.defaultValue:void 0;if(r._zod.def.type==="prefault"){if(!s)return De(e,t,i.innerType,n);let u=ce(t,s),c=ee(t);return e.write(`let ${c} = ${n};`),e.write(`if (${n} === undefined) ${c} = ${u}();`),De(e,t,i.innerType,c)}let a=ee(t);if(s){let u=ce(t,s),c=ce(t,Ri);e.write(`let ${a};`),e.write(`if (${n} === undefined) {`),e.indented(l=>{l.write(`${a} = ${c}(${u}());`)}),e.write("} else {"),e.indented(l=>{let p=De(l,t,i.innerType,n);l.write(`${a} = ${p} === undefined ? ${c}(${u}()) : ${p};`)}),e.write("}")}else e.write(`let ${a};`),e.write(`if (${n} !== undefined) {`),e.indented(u=>{let c=De(u,t,i.innerType,n);u.write(`${a} = ${c};`)}),e.write("}");return a}function V$(e,t,r,n){let i=r._zod.def,o=De(e,t,i.innerType,n),s=ee(t);return e.write(`const ${s} = ${o};`),e.write(`if (${s} === undefined) return INVALID;`),s}function G$(e,t,r,n){let i=r._zod.def,o=i.items,s=i.rest;e.write(`if (!Array.isArray(${n})) return INVALID;`);let a=wb(o,"optin"),u=wb(o,"optout");s?e.write(`if (${n}.length < ${a}) return INVALID;`):e.write(`if (${n}.length < ${a} || ${n}.length > ${o.length}) return INVALID;`);let c=ee(t);e.write(`const ${c} = [];`);for(let l=0;l<o.length;l++){let p=o[l];if(l>=u)e.write(`if (${c}.length === ${l}) {`),e.indented(f=>{f.write(`if (${l} < ${n}.length) {`),f.indented(h=>{let y=ee(t);h.write(`const ${y} = ${n}[${l}];`);let g=Qe(h,t,p,y);h.write(`${c}[${l}] = ${g};`)}),f.write("} else {"),f.indented(h=>{if(rp(p)){h.write(`${c}.length = ${l};`);return}let y=ee(t),g=ee(t);h.write(`const ${y} = undefined;`),h.write(`const ${g} = (() => {`),h.indented($=>{let w=Qe($,t,p,y);$.write(`return ${w};`)}),h.write("})();"),h.write(`if (${g} === INVALID || ${g} === undefined) ${c}.length = ${l};`),h.write(`else ${c}[${l}] = ${g};`)}),f.write("}")}),e.write("}");else{let f=ee(t);e.write(`const ${f} = ${n}[${l}];`);let h=Qe(e,t,p,f);e.write(`${c}[${l}] = ${h};`)}}if(s){let l=ee(t),p=ee(t);e.write(`for (let ${l} = ${o.length}; ${l} < ${n}.length; ${l}++) {`),e.indented(f=>{f.write(`const ${p} = ${n}[${l}];`);let h=Qe(f,t,s,p);f.write(`${c}[${l}] = ${h};`)}),e.write("}")}return c}function wb(e,t){for(let r=e.length-1;r>=0;r--)if(!(t==="optin"?e[r]._zod.optin!==void 0:e[r]._zod.optout==="optional"))return r+1;return 0}function K$(e,t,r,n){let i=r._zod.def,o=i.options;if(i.discriminator)return H$(e,t,i,n);if(i.inclusive===!1)throw new ye("exclusive unions (z.xor)");if(o.length===0)return e.write("return INVALID;"),n;if(o.length===1)return De(e,t,o[0],n);if(o.every(u=>u._zod.def.type==="literal"&&!u._zod.def.checks?.length)){let u=new Set(o.flatMap(l=>l._zod.def.values)),c=ce(t,u);return e.write(`if (!${c}.has(${n})) return INVALID;`),n}let a=ee(t);e.write(`let ${a};`);for(let u=0;u<o.length;u++){let c=o[u];u===0?e.write(`${a} = (() => {`):e.write(`if (${a} === INVALID) ${a} = (() => {`),e.indented(l=>{let p=De(l,t,c,n);l.write(`return ${p};`)}),e.write("})();")}return e.write(`if (${a} === INVALID) return INVALID;`),a}function H$(e,t,r,n){if(r.unionFallback)throw new ye("discriminated union with unionFallback");if(r.options.length===0)return e.write("return INVALID;"),n;let i=ee(t),o=ee(t);e.write(`const ${i} = ${n}?.[${ot(r.discriminator)}];`),e.write(`let ${o};`);let s=!0,a=new Set;for(let u of r.options){let c=u._zod.propValues?.[r.discriminator];if(!c||c.size===0)throw new ye("discriminated union option without static discriminator values");for(let f of c){if(a.has(f))throw new ye(`duplicate discriminator value ${String(f)}`);a.add(f)}let l=Array.from(c,f=>W$(t,i,f)),p=s?"if":"else if";e.write(`${p} (${l.join(" || ")}) {`),e.indented(f=>{let h=De(f,t,u,n);f.write(`${o} = ${h};`)}),e.write("}"),s=!1}return e.write("else { return INVALID; }"),o}function W$(e,t,r){if(typeof r=="string")return`${t} === ${ot(r)}`;if(typeof r=="number")return Number.isNaN(r)?`Number.isNaN(${t})`:`${t} === ${r}`;if(typeof r=="boolean")return`${t} === ${r}`;if(r===null)return`${t} === null`;if(r===void 0)return`${t} === undefined`;if(typeof r=="bigint")return`${t} === ${r}n`;if(typeof r=="symbol"){let n=ce(e,r);return`${t} === ${n}`}throw new ye(`literal discriminator value ${String(r)}`)}function X$(e,t,r,n){let i=r._zod.def;t.definite=!1;let o=Qe(e,t,i.left,n),s=Qe(e,t,i.right,n),a=ce(t,Rn),u=ee(t);return e.write(`const ${u} = ${a}(${o}, ${s});`),e.write(`if (!${u}.valid) return INVALID;`),`${u}.data`}function J$(e,t,r,n){let i=r._zod.def,o=ce(t,Tt);e.write(`if (!${o}(${n})) return INVALID;`);let s=ee(t),a=ee(t),u=ee(t);e.write(`const ${s} = {};`);let c=i,l=c.partial?void 0:i.keyType._zod.values;if(l){let h=[];for(let g of l){if(!(typeof g=="string"||typeof g=="number"||typeof g=="symbol"))throw new ye(`record key value ${String(g)}`);let $=typeof g=="number"?g.toString():g;if($==="__proto__")throw new ye('record key "__proto__"');h.push($);let w=ce(t,g),x=De(e,t,i.keyType,w),A=ee(t);e.write(`const ${A} = ${n}[${Y$(t,$)}];`);let F=Qe(e,t,i.valueType,A);e.write(`${s}[${x}] = ${F};`)}let y=ce(t,new Set(h));return e.write(`for (const ${a} in ${n}) {`),e.indented(g=>{g.write(`if (${y}.has(${a})) continue;`),c.mode==="loose"?g.write(`if (${a} !== "__proto__") ${s}[${a}] = ${n}[${a}];`):g.write("return INVALID;")}),e.write("}"),s}let p=i.keyType._zod.def;if(!(p.type==="string"&&p.format===void 0&&!p.coerce&&(p.checks?.length??0)===0)){let h=i.mode==="loose",y=Js(i.keyType);y.definite===!1&&(t.definite=!1);let g=ce(t,y),$=ce(t,sr),w=ee(t);return xb(e,t,n,a,x=>{x.write(`let ${w} = ${g}(${a});`),x.write(`if (${w} === INVALID && typeof ${a} === "string" && ${$}.test(${a})) ${w} = ${g}(Number(${a}));`),h?x.write(`if (${w} === INVALID) { ${s}[${a}] = ${n}[${a}]; continue; }`):x.write(`if (${w} === INVALID) return INVALID;`),x.write(`if (${w} === "__proto__") continue;`);let A=ee(t);x.write(`const ${A} = ${n}[${a}];`);let F=Qe(x,t,i.valueType,A);x.write(`${s}[${w}] = ${F};`)}),s}return xb(e,t,n,a,h=>{h.write(`const ${u} = ${n}[${a}];`);let y=Qe(h,t,i.valueType,u);h.write(`${s}[${a}] = ${y};`)},"return INVALID;"),s}function xb(e,t,r,n,i,o){let s=ce(t,Object.prototype.propertyIsEnumerable),a=ee(t),u=ee(t),c=ee(t);e.write(`const ${a} = Object.getOwnPropertySymbols(${r});`),e.write(`const ${u} = Object.getOwnPropertyNames(${r});`),e.write(`for (let ${c} = 0; ${c} < ${u}.length; ${c}++) {`),e.indented(l=>{l.write(`const ${n} = ${u}[${c}];`),l.write(`if (${n} === "__proto__" || !${s}.call(${r}, ${n})) continue;`),i(l)}),e.write("}"),e.write(`for (let ${c} = 0; ${c} < ${a}.length; ${c}++) {`),e.indented(l=>{l.write(`const ${n} = ${a}[${c}];`),l.write(`if (!${s}.call(${r}, ${n})) continue;`),o?l.write(o):i(l)}),e.write("}")}function Y$(e,t){return typeof t=="string"?ot(t):ce(e,t)}function Q$(e,t,r,n){let i=r._zod.def;e.write(`if (!(${n} instanceof Map)) return INVALID;`),op(e,r,`${n}.size`);let o=ee(t),s=ee(t),a=ee(t);return e.write(`const ${o} = new Map();`),e.write(`for (const [${s}, ${a}] of ${n}) {`),e.indented(u=>{let c=De(u,t,i.keyType,s),l=De(u,t,i.valueType,a);u.write(`${o}.set(${c}, ${l});`)}),e.write("}"),o}function e_(e,t,r,n){let i=r._zod.def;e.write(`if (!(${n} instanceof Set)) return INVALID;`),op(e,r,`${n}.size`);let o=ee(t),s=ee(t);return e.write(`const ${o} = new Set();`),e.write(`for (const ${s} of ${n}) {`),e.indented(a=>{let u=De(a,t,i.valueType,s);a.write(`${o}.add(${u});`)}),e.write("}"),o}function t_(e,t){return e.write(`if (!(${t} instanceof File)) return INVALID;`),t}function r_(e,t,r,n){e.write(`if (typeof ${n} !== "string") return INVALID;`);let i=r._zod.pattern;if(i){let o=ce(t,i);e.write(`${o}.lastIndex = 0;`),e.write(`if (!${o}.test(${n})) return INVALID;`)}return n}function n_(e,t,r,n){let i=r._zod.def,o=Kr(t,i.getter),s=ce(t,{parser:null});e.write(`if (!${s}.parser) {`),e.indented(u=>{u.write(`const inner = ${o}();`),u.write(`${s}.parser = function(input) {`),u.indented(c=>{c.write("const result = inner._zod.run({ value: input, issues: [] }, {});"),c.write("return result.issues.length === 0 ? result.value : INVALID;")}),u.write("};")}),e.write("}");let a=ee(t);return e.write(`const ${a} = ${s}.parser(${n});`),e.write(`if (${a} === INVALID) return INVALID;`),a}function i_(e,t,r,n){let i=r._zod.def,o=De(e,t,i.in,n);if(i.transform){if(Hr(i.transform))throw new Bt("z.compile: async transforms in pipes are not supported");let s=i.transform,u=Kr(t,l=>{let p={value:l,issues:[],addIssue:ip},f=s(l,p);return f instanceof Promise?at:p.issues.length===0?f:at}),c=ee(t);return e.write(`const ${c} = ${u}(${o});`),e.write(`if (${c} === INVALID) return INVALID;`),De(e,t,i.out,c)}else return De(e,t,i.out,o)}function Hr(e){return typeof e=="function"&&(e.constructor.name==="AsyncFunction"||e[Symbol.toStringTag]==="AsyncFunction")}function o_(e,t,r,n){let i=r._zod.def;if(i.fn){if(Hr(i.fn))throw new Bt("z.compile: async custom predicates are not supported");let o=Kr(t,i.fn),s=ce(t,tp),a=ee(t);e.write(`const ${a} = ${o}(${n});`),e.write(`if (${a} instanceof Promise) ${s}();`),e.write(`if (!${a}) return INVALID;`)}else throw new ye("custom schema without a predicate function");return n}function s_(e,t,r){let n=e._zod.run({value:r,issues:[]},{});if(n&&typeof n.then=="function")return at;let i=n;return i.issues.length===0?i.value:t()}function a_(e,t,r,n){let i=r._zod.def;if(!i.catchValue[is])throw new ye("catch with a callback (only a constant catch value compiles)",!1);let o=ee(t);e.write(`let ${o} = (() => {`),e.indented(c=>{let l=Qe(c,t,i.innerType,n);c.write(`return ${l};`)}),e.write("})();");let s=ce(t,i.innerType),a=Kr(t,i.catchValue),u=ce(t,s_);return e.write(`if (${o} === INVALID) {`),e.indented(c=>{c.write(`${o} = ${u}(${s}, ${a}, ${n});`),c.write(`if (${o} === INVALID) return INVALID;`)}),e.write("}"),o}function c_(e,t,r,n){let i=r._zod.def;if(i.transform){if(Hr(i.transform))throw new Bt("z.compile: async transforms are not supported");let o=i.transform,a=Kr(t,c=>{let l={value:c,issues:[],addIssue:ip},p=o(c,l);return p instanceof Promise?at:l.issues.length===0?p:at}),u=ee(t);return e.write(`const ${u} = ${a}(${n});`),e.write(`if (${u} === INVALID) return INVALID;`),u}return n}function Ys(e){return e.checks&&(e.checks=[...e.checks]),e}function sp(e,t){return new e(Ys({type:"string",...q(t)}))}function ap(e,t){return new e(Ys({type:"string",coerce:!0,...q(t)}))}function Qs(e,t){return new e({type:"string",format:"email",check:"string_format",abort:!1,...q(t)})}function ea(e,t){return new e({type:"string",format:"guid",check:"string_format",abort:!1,...q(t)})}function ta(e,t){return new e({type:"string",format:"uuid",check:"string_format",abort:!1,...q(t)})}function ra(e,t){return new e({type:"string",format:"uuid",check:"string_format",abort:!1,version:"v4",...q(t)})}function na(e,t){return new e({type:"string",format:"uuid",check:"string_format",abort:!1,version:"v6",...q(t)})}function ia(e,t){return new e({type:"string",format:"uuid",check:"string_format",abort:!1,version:"v7",...q(t)})}function no(e,t){return new e({type:"string",format:"url",check:"string_format",abort:!1,...q(t)})}function oa(e,t){return new e({type:"string",format:"emoji",check:"string_format",abort:!1,...q(t)})}function sa(e,t){return new e({type:"string",format:"nanoid",check:"string_format",abort:!1,...q(t)})}function aa(e,t){return new e({type:"string",format:"cuid",check:"string_format",abort:!1,...q(t)})}function ca(e,t){return new e({type:"string",format:"cuid2",check:"string_format",abort:!1,...q(t)})}function ua(e,t){return new e({type:"string",format:"ulid",check:"string_format",abort:!1,...q(t)})}function la(e,t){return new e({type:"string",format:"xid",check:"string_format",abort:!1,...q(t)})}function da(e,t){return new e({type:"string",format:"ksuid",check:"string_format",abort:!1,...q(t)})}function pa(e,t){return new e({type:"string",format:"ipv4",check:"string_format",abort:!1,...q(t)})}function fa(e,t){return new e({type:"string",format:"ipv6",check:"string_format",abort:!1,...q(t)})}function cp(e,t){return new e({type:"string",format:"mac",check:"string_format",abort:!1,...q(t)})}function ma(e,t){return new e({type:"string",format:"cidrv4",check:"string_format",abort:!1,...q(t)})}function ha(e,t){return new e({type:"string",format:"cidrv6",check:"string_format",abort:!1,...q(t)})}function ga(e,t){return new e({type:"string",format:"base64",check:"string_format",abort:!1,...q(t)})}function ba(e,t){return new e({type:"string",format:"base64url",check:"string_format",abort:!1,...q(t)})}function ya(e,t){return new e({type:"string",format:"e164",check:"string_format",abort:!1,...q(t)})}function up(e,t){return new e({type:"string",format:"credit_card",check:"string_format",abort:!1,...q(t)})}function lp(e,t){return new e({type:"string",format:"iban",check:"string_format",abort:!1,...q(t)})}function va(e,t){return new e({type:"string",format:"jwt",check:"string_format",abort:!1,...q(t)})}var dp={Any:null,Minute:-1,Second:0,Millisecond:3,Microsecond:6};function io(e,t){return new e({type:"string",format:"datetime",check:"string_format",offset:!1,local:!1,precision:null,...q(t)})}function oo(e,t){return new e({type:"string",format:"date",check:"string_format",...q(t)})}function so(e,t){return new e({type:"string",format:"time",check:"string_format",precision:null,...q(t)})}function ao(e,t){return new e({type:"string",format:"duration",check:"string_format",...q(t)})}function pp(e,t){return new e(Ys({type:"number",checks:[],...q(t)}))}function fp(e,t){return new e(Ys({type:"number",coerce:!0,checks:[],...q(t)}))}function mp(e,t){return new e({type:"number",check:"number_format",abort:!1,format:"safeint",...q(t)})}function hp(e,t){return new e({type:"number",check:"number_format",abort:!1,format:"float32",...q(t)})}function gp(e,t){return new e({type:"number",check:"number_format",abort:!1,format:"float64",...q(t)})}function bp(e,t){return new e({type:"number",check:"number_format",abort:!1,format:"int32",...q(t)})}function yp(e,t){return new e({type:"number",check:"number_format",abort:!1,format:"uint32",...q(t)})}function vp(e,t){return new e({type:"boolean",...q(t)})}function wp(e,t){return new e({type:"boolean",coerce:!0,...q(t)})}function xp(e,t){return new e({type:"bigint",...q(t)})}function kp(e,t){return new e({type:"bigint",coerce:!0,...q(t)})}function $p(e,t){return new e({type:"bigint",check:"bigint_format",abort:!1,format:"int64",...q(t)})}function _p(e,t){return new e({type:"bigint",check:"bigint_format",abort:!1,format:"uint64",...q(t)})}function Ap(e,t){return new e({type:"symbol",...q(t)})}function Sp(e,t){return new e({type:"undefined",...q(t)})}function Pp(e,t){return new e({type:"null",...q(t)})}function Rp(e){return new e({type:"any"})}function Ip(e){return new e({type:"unknown"})}function Ep(e,t){return new e({type:"never",...q(t)})}function Tp(e,t){return new e({type:"void",...q(t)})}function Op(e,t){return new e({type:"date",...q(t)})}function Cp(e,t){return new e({type:"date",coerce:!0,...q(t)})}function Dp(e,t){return new e({type:"nan",...q(t)})}function Xt(e,t){return new ws({check:"less_than",...q(t),value:e,inclusive:!1})}function St(e,t){return new ws({check:"less_than",...q(t),value:e,inclusive:!0})}function Jt(e,t){return new xs({check:"greater_than",...q(t),value:e,inclusive:!1})}function Pt(e,t){return new xs({check:"greater_than",...q(t),value:e,inclusive:!0})}function wa(e){return Jt(0,e)}function xa(e){return Xt(0,e)}function ka(e){return St(0,e)}function $a(e){return Pt(0,e)}function Ar(e,t){return new gl({check:"multiple_of",...q(t),value:e})}function Sr(e,t){return new vl({check:"max_size",...q(t),maximum:e})}function Yt(e,t){return new wl({check:"min_size",...q(t),minimum:e})}function Wr(e,t){return new xl({check:"size_equals",...q(t),size:e})}function Xr(e,t){return new kl({check:"max_length",...q(t),maximum:e})}function ar(e,t){return new $l({check:"min_length",...q(t),minimum:e})}function Jr(e,t){return new _l({check:"length_equals",...q(t),length:e})}function Tn(e,t){return new Al({check:"string_format",format:"regex",...q(t),pattern:e})}function On(e){return new Sl({check:"string_format",format:"lowercase",...q(e)})}function Cn(e){return new Pl({check:"string_format",format:"uppercase",...q(e)})}function Dn(e,t){return new Rl({check:"string_format",format:"includes",...q(t),includes:e})}function Nn(e,t){return new Il({check:"string_format",format:"starts_with",...q(t),prefix:e})}function Fn(e,t){return new El({check:"string_format",format:"ends_with",...q(t),suffix:e})}function _a(e,t,r){return new Tl({check:"property",property:e,schema:t,...q(r)})}function Ln(e,t){return new Ol({check:"properties",shape:e,...q(t)})}function zn(e,t){return new Cl({check:"mime_type",mime:e,...q(t)})}function jt(e){return new Dl({check:"overwrite",tx:e})}function Un(e){return jt(t=>t.normalize(e))}function Mn(){return jt(e=>e.trim())}function qn(){return jt(e=>e.toLowerCase())}function Bn(){return jt(e=>e.toUpperCase())}function jn(){return jt(e=>bu(e))}function Np(e,t,r){return new e({type:"array",element:t,...q(r)})}function u_(e,t,r){return new e({type:"union",options:t,...q(r)})}function l_(e,t,r){return new e({type:"union",options:t,inclusive:!1,...q(r)})}function d_(e,t,r,n){return new e({type:"union",options:r,discriminator:t,...q(n)})}function p_(e,t,r){return new e({type:"intersection",left:t,right:r})}function f_(e,t,r,n){let i=r instanceof de,o=i?n:r,s=i?r:null;return new e({type:"tuple",items:t,rest:s,...q(o)})}function m_(e,t,r,n){return new e({type:"record",keyType:t,valueType:r,...q(n)})}function h_(e,t,r,n){return new e({type:"map",keyType:t,valueType:r,...q(n)})}function g_(e,t,r){return new e({type:"set",valueType:t,...q(r)})}function b_(e,t,r){let n=Array.isArray(t)?Object.fromEntries(t.map(i=>[i,i])):t;return new e({type:"enum",entries:n,...q(r)})}function y_(e,t,r){return new e({type:"enum",entries:t,...q(r)})}function v_(e,t,r){return new e({type:"literal",values:Array.isArray(t)?t:[t],...q(r)})}function Fp(e,t){return new e({type:"file",...q(t)})}function w_(e,t){return new e({type:"transform",transform:t})}function x_(e,t){return new e({type:"optional",innerType:t})}function k_(e,t){return new e({type:"nullable",innerType:t})}function $_(e,t,r){return new e({type:"default",innerType:t,get defaultValue(){return typeof r=="function"?r():Ri(r)}})}function __(e,t,r){return new e({type:"nonoptional",innerType:t,...q(r)})}function A_(e,t){return new e({type:"success",innerType:t})}function S_(e,t,r){return new e({type:"catch",innerType:t,catchValue:typeof r=="function"?r:_u(r)})}function P_(e,t,r){return new e({type:"pipe",in:t,out:r})}function R_(e,t){return new e({type:"readonly",innerType:t})}function I_(e,t,r){return new e({type:"template_literal",parts:t,...q(r)})}function E_(e,t){return new e({type:"lazy",getter:t})}function T_(e,t){return new e({type:"promise",innerType:t})}function Lp(e,t,r){let n=q(r);return n.abort??(n.abort=!0),new e({type:"custom",check:"custom",fn:t,...n})}function zp(e,t,r){return new e({type:"custom",check:"custom",fn:t,...q(r)})}function Up(e,t){let r=Ab(n=>(n.addIssue=i=>{if(typeof i=="string")n.issues.push(kn(i,n.value,r._zod.def));else{let o=i;o.fatal&&(o.continue=!1),o.code??(o.code="custom"),"input"in o||(o.input=n.value),o.inst??(o.inst=r),o.continue??(o.continue=!r._zod.def.abort),n.issues.push(kn(o))}},e(n.value,n)),t);return r}function Ab(e,t){let r=new Ee({check:"custom",...q(t)});return r._zod.check=e,r}function Mp(e){let t=new Ee({check:"describe"});return t._zod.onattach=[r=>{let n=We.get(r)??{};We.add(r,{...n,description:e})}],t._zod.check=()=>{},t}function qp(e){let t=new Ee({check:"meta"});return t._zod.onattach=[r=>{let n=We.get(r)??{};We.add(r,{...n,...e})}],t._zod.check=()=>{},t}function Bp(e,t){let r=q(t),n=r.truthy??["true","1","yes","on","y","enabled"],i=r.falsy??["false","0","no","off","n","disabled"];r.case!=="sensitive"&&(n=n.map(h=>typeof h=="string"?h.toLowerCase():h),i=i.map(h=>typeof h=="string"?h.toLowerCase():h));let o=new Set(n),s=new Set(i),a=e.Codec??Ji,u=e.Boolean??Wi,c=e.String??Vr,l=new c({type:"string",error:r.error}),p=new u({type:"boolean",error:r.error}),f=new a({type:"pipe",in:l,out:p,transform:((h,y)=>{let g=h;return r.case!=="sensitive"&&(g=g.toLowerCase()),o.has(g)?!0:s.has(g)?!1:(y.issues.push({code:"invalid_value",expected:"stringbool",values:[...o,...s],input:y.value,inst:f,continue:!1}),{})}),reverseTransform:((h,y)=>h===!0?n[0]||"true":i[0]||"false"),error:r.error});return f._zod.bag.truthy=n,f._zod.bag.falsy=i,f._zod.bag.case=r.case??"insensitive",f}function Yr(e,t,r,n={}){let i=q(n),o={check:"string_format",type:"string",format:t,fn:typeof r=="function"?r:a=>r.test(a),...i};return r instanceof RegExp&&(o.pattern=r),new e(o)}function co(e,...t){for(let r of t)for(let n of Reflect.ownKeys(r))Object.prototype.propertyIsEnumerable.call(r,n)&&He(e,n,r[n]);return e}function Pr(e){let t=e?.target??"draft-2020-12";return t==="draft-4"&&(t="draft-04"),t==="draft-7"&&(t="draft-07"),{processors:e.processors??{},metadataRegistry:e?.metadata??We,target:t,unrepresentable:e?.unrepresentable??"throw",override:e?.override??(()=>{}),io:e?.io??"output",counter:0,seen:new Map,sharedDefsExtractedFor:void 0,sharedEmitDoneFor:void 0,cycles:e?.cycles??"ref",reused:e?.reused??"inline",intersections:[],deferred:[],external:e?.external??void 0}}function je(e,t,r,n,i){let o=typeof t.unrepresentable=="function"?t.unrepresentable({zodSchema:e,path:n.path,message:i}):t.unrepresentable;if(o==="any")return!1;if(o===void 0||o==="throw")throw new Error(i);return Object.assign(r,o),!0}function Pe(e,t,r={path:[],schemaPath:[]}){var n;let i=e._zod.def,o=t.seen.get(e);if(o)return o.count++,r.schemaPath.includes(e)&&(o.cycle=r.path),o.schema;let s={schema:{},count:1,cycle:void 0,path:r.path};t.seen.set(e,s),t.sharedDefsExtractedFor=void 0,t.sharedEmitDoneFor=void 0;let a=e._zod.toJSONSchema?.();if(a)s.schema=a;else{let l={...r,schemaPath:[...r.schemaPath,e],path:r.path};if(e._zod.processJSONSchema)e._zod.processJSONSchema(t,s.schema,l);else{let f=s.schema,h=t.processors[i.type];if(!h)throw new Error(`[toJSONSchema]: Non-representable type encountered: ${i.type}`);h(e,t,f,l)}let p=e._zod.parent;p&&(s.ref||(s.ref=p),Pe(p,t,l),t.seen.get(p).isParent=!0)}let u=t.metadataRegistry.get(e);return u&&co(s.schema,u),t.io==="input"&&ct(e)&&(delete s.schema.examples,delete s.schema.default),t.io==="input"&&"_prefault"in s.schema&&((n=s.schema).default??(n.default=s.schema._prefault)),delete s.schema._prefault,t.seen.get(e).schema}function Sb(e){return e.replace(/~/g,"~0").replace(/\//g,"~1")}function Rr(e,t){let r=e.seen.get(t);if(!r)throw new Error("Unprocessed schema. This is a bug in Zod.");if(e.external&&e.sharedDefsExtractedFor===e.external)return;let n=new Map;for(let s of e.seen.entries()){let a=e.metadataRegistry.get(s[0])?.id;if(a){let u=n.get(a);if(u&&u!==s[0])throw new Error(`Duplicate schema id "${a}" detected during JSON Schema conversion. Two different schemas cannot share the same id when converted together.`);n.set(a,s[0])}}let i=s=>{let a=e.target==="draft-2020-12"?"$defs":"definitions";if(e.external){let p=e.external.registry.get(s[0])?.id,f=e.external.uri??(y=>y);if(p)return{ref:f(p)};let h=s[1].defId??s[1].schema.id??`schema${e.counter++}`;return s[1].defId=h,{defId:h,ref:`${f("__shared")}#/${a}/${Sb(h)}`}}let u="#",c=`${u}/${a}/`;if(s[1]===r&&!s[1].schema.id)return{ref:u};let l=s[1].schema.id??`__schema${e.counter++}`;return{defId:l,ref:c+Sb(l)}},o=s=>{if(s[1].schema.$ref)return;let a=s[1],{ref:u,defId:c}=i(s);a.def={...a.schema},c&&(a.defId=c);let l=a.schema;for(let p in l)delete l[p];l.$ref=u};if(e.cycles==="throw")for(let s of e.seen.entries()){let a=s[1];if(a.cycle)throw new Error(`Cycle detected: #/${a.cycle?.join("/")}/<root>

Set the \`cycles\` parameter to \`"ref"\` to resolve cyclical schemas with defs.`)}for(let s of e.seen.entries()){let a=s[1];if(t===s[0]){o(s);continue}if(e.external){let c=e.external.registry.get(s[0])?.id;if(t!==s[0]&&c){o(s);continue}}if(e.metadataRegistry.get(s[0])?.id){o(s);continue}if(a.cycle){o(s);continue}a.count>1&&e.reused==="ref"&&o(s)}e.external&&(e.sharedDefsExtractedFor=e.external)}function Ib(e){let t=e.anyOf;if(!Array.isArray(t)||t.length===0||e.type!==void 0)return;let r=[];for(let n of t){if(!n||typeof n!="object")return;Ib(n);let i=Object.keys(n);if(i.length!==1||i[0]!=="type")return;let o=n.type;for(let s of Array.isArray(o)?o:[o]){if(typeof s!="string")return;r.includes(s)||r.push(s)}}delete e.anyOf,e.type=r.length===1?r[0]:r}var Eb=new Set(["type","properties","required","additionalProperties"]),Pb=["oneOf","anyOf"];function Rb(e){let t=e.additionalProperties;return t===void 0||t===!1||typeof t!="object"||t===null?null:Object.keys(t).length?t:null}function jp(e){let t=[];for(let o of e){if(typeof o!="object"||o.type!=="object")return null;for(let s in o)if(!Eb.has(s))return null;t.push(o)}let r={},n=new Set;for(let o of t){for(let s in o.properties){if(Object.prototype.hasOwnProperty.call(r,s))continue;let a=[];for(let c of t){let l=c.properties?.[s]??Rb(c);l!=null&&(a.some(p=>JSON.stringify(p)===JSON.stringify(l))||a.push(l))}let u=a.length===1?a[0]:jp(a)??{allOf:a};He(r,s,u)}for(let s of o.required??[])n.add(s)}let i={type:"object",properties:r};if(n.size&&(i.required=[...n]),t.every(o=>o.additionalProperties===!1))i.additionalProperties=!1;else{let o=[];for(let s of t){let a=Rb(s);a&&!o.some(u=>JSON.stringify(u)===JSON.stringify(a))&&o.push(a)}o.length===1?i.additionalProperties=o[0]:o.length>1&&(i.additionalProperties={allOf:o})}return i}function O_(e){let t=e.allOf;if(!Array.isArray(t)||t.length<2)return;for(let i of Eb)if(i in e)return;let r=t.filter(i=>Pb.some(o=>Array.isArray(i[o]))),n=null;if(!r.length)n=jp(t);else{let i=r[0],o=Pb.find(u=>Array.isArray(i[u]));if(Object.keys(i).length!==1)return;let s=t.filter(u=>u!==i),a=i[o].map(u=>jp([...s,u]));if(a.some(u=>!u))return;n={[o]:a}}n&&(delete e.allOf,co(e,n))}function Ir(e,t){let r=e.seen.get(t);if(!r)throw new Error("Unprocessed schema. This is a bug in Zod.");let n=a=>{let u=e.seen.get(a);if(u.ref===null)return;let c=u.def??u.schema,l={...c},p=u.ref;if(u.ref=null,p){n(p);let h=e.seen.get(p),y=h.schema;if(y.$ref&&(e.target==="draft-07"||e.target==="draft-04"||e.target==="openapi-3.0")?(c.allOf=c.allOf??[],c.allOf.push(y)):co(c,y),co(c,l),a._zod.parent===p)for(let $ in c)$==="$ref"||$==="allOf"||$ in l||delete c[$];if(y.$ref&&h.def)for(let $ in c)$==="$ref"||$==="allOf"||$ in h.def&&JSON.stringify(c[$])===JSON.stringify(h.def[$])&&delete c[$]}let f=a._zod.parent;if(f&&f!==p){n(f);let h=e.seen.get(f);if(h?.schema.$ref&&(c.$ref=h.schema.$ref,h.def))for(let y in c)y==="$ref"||y==="allOf"||y in h.def&&JSON.stringify(c[y])===JSON.stringify(h.def[y])&&delete c[y]}e.override({zodSchema:a,jsonSchema:c,path:u.path??[]})};if(!e.external||e.sharedEmitDoneFor!==e.external){for(let a of[...e.seen.entries()].reverse())n(a[0]);if(e.target!=="openapi-3.0")for(let a of e.seen.entries())Ib(a[1].def??a[1].schema);for(let a of e.deferred)a();if(e.intersections.length){let a=new Map;for(let u of e.seen.values())for(let c of[u.schema,u.def]){let l=c?.allOf;if(!Array.isArray(l))continue;let p=a.get(l);p?p.push(c):a.set(l,[c])}for(let u of e.intersections)for(let c of a.get(u)??[])O_(c)}}let i={};if(e.target==="draft-2020-12"?i.$schema="https://json-schema.org/draft/2020-12/schema":e.target==="draft-07"?i.$schema="http://json-schema.org/draft-07/schema#":e.target==="draft-04"?i.$schema="http://json-schema.org/draft-04/schema#":e.target,e.external?.uri){let a=e.external.registry.get(t)?.id;if(!a)throw new Error("Schema is missing an `id` property");i.$id=e.external.uri(a)}co(i,r.defId?r.schema:r.def??r.schema);let o=e.metadataRegistry.get(t)?.id;o!==void 0&&i.id===o&&delete i.id;let s=e.external?.defs??{};if(!e.external||e.sharedEmitDoneFor!==e.external)for(let a of e.seen.entries()){let u=a[1];u.def&&u.defId&&(u.def.id===u.defId&&delete u.def.id,He(s,u.defId,u.def))}e.external&&(e.sharedEmitDoneFor=e.external),e.external||Object.keys(s).length>0&&(e.target==="draft-2020-12"?i.$defs=s:i.definitions=s);try{let a=JSON.parse(JSON.stringify(i));return Object.defineProperty(a,"~standard",{value:{...t["~standard"],jsonSchema:{input:Zn(t,"input",e.processors),output:Zn(t,"output",e.processors)}},enumerable:!1,writable:!1}),a}catch{throw new Error("Error converting schema to JSON.")}}function ct(e,t){let r=t??{seen:new Set};if(r.seen.has(e))return!1;r.seen.add(e);let n=e._zod.def;if(n.type==="transform")return!0;if(n.type==="array")return ct(n.element,r);if(n.type==="set")return ct(n.valueType,r);if(n.type==="lazy")return ct(n.getter(),r);if(n.type==="promise"||n.type==="optional"||n.type==="nonoptional"||n.type==="nullable"||n.type==="readonly"||n.type==="default"||n.type==="prefault"||n.type==="catch")return ct(n.innerType,r);if(n.type==="intersection")return ct(n.left,r)||ct(n.right,r);if(n.type==="record"||n.type==="map")return ct(n.keyType,r)||ct(n.valueType,r);if(n.type==="pipe")return e._zod.traits.has("$ZodCodec")?!0:ct(n.in,r)||ct(n.out,r);if(n.type==="object"){for(let i in n.shape)if(ct(n.shape[i],r))return!0;return!1}if(n.type==="union"){for(let i of n.options)if(ct(i,r))return!0;return!1}if(n.type==="tuple"){for(let i of n.items)if(ct(i,r))return!0;return!!(n.rest&&ct(n.rest,r))}return!1}var Zp=(e,t={})=>r=>{let n=Pr({...r,processors:t});return Pe(e,n),Rr(n,e),Ir(n,e)},Zn=(e,t,r={})=>n=>{let{libraryOptions:i,target:o}=n??{},s=Pr({...i??{},target:o,io:t,processors:r});return Pe(e,s),Rr(s,e),Ir(s,e)};var Vn=(e,t,r)=>{(e[t]===void 0||r>e[t])&&(e[t]=r)},Gn=(e,t,r)=>{(e[t]===void 0||r<e[t])&&(e[t]=r)},Tb=(e,t)=>{Vn(e,"minimum",t),Gn(e,"maximum",t)},Nb=(e,t)=>{e.multipleOf??(e.multipleOf=[]),e.multipleOf.includes(t)||e.multipleOf.push(t)},Fb=(e,t)=>{e.patterns??(e.patterns=new Set),e.patterns.add(t)},Lb=(e,t)=>{e.mime=e.mime?e.mime.filter(r=>t.includes(r)):[...t]},zb=(e,t)=>{e.format=t,t.includes("int")&&(e.isInt=!0)},Ob=(e,t)=>Vn(e,"minimum",t.minimum),Cb=(e,t)=>Gn(e,"maximum",t.maximum),Db=e=>(t,r)=>{zb(t,r.format);let[n,i]=e[r.format];Vn(t,"minimum",n),Gn(t,"maximum",i)},C_={greater_than:(e,t)=>Vn(e,t.inclusive?"minimum":"exclusiveMinimum",t.value),less_than:(e,t)=>Gn(e,t.inclusive?"maximum":"exclusiveMaximum",t.value),multiple_of:(e,t)=>Nb(e,t.value),number_format:Db(Ei),bigint_format:Db(Ti),min_length:Ob,max_length:Cb,length_equals:(e,t)=>Tb(e,t.length),min_size:Ob,max_size:Cb,size_equals:(e,t)=>Tb(e,t.size),string_format:(e,t)=>{zb(e,t.format),t.pattern&&Fb(e,t.pattern),(t.format==="base64"||t.format==="base64url")&&(e.contentEncoding=t.format),(t.local||t.precision===-1)&&(e.laxFormat=!0)},mime_type:(e,t)=>Lb(e,t.mime)};function Ze(e){let t={},r=e._zod.def,n=e._zod.traits.has("$ZodCheck")?[e,...r.checks??[]]:r.checks??[];for(let o of n)C_[o._zod.def.check]?.(t,o._zod.def);let i=e._zod.bag;i.minimum!==void 0&&Vn(t,"minimum",i.minimum),i.exclusiveMinimum!==void 0&&Vn(t,"exclusiveMinimum",i.exclusiveMinimum),i.maximum!==void 0&&Gn(t,"maximum",i.maximum),i.exclusiveMaximum!==void 0&&Gn(t,"exclusiveMaximum",i.exclusiveMaximum),i.multipleOf!==void 0&&Nb(t,i.multipleOf),i.format!==void 0&&(t.format??(t.format=i.format),i.format.includes("int")&&(t.isInt=!0)),i.mime&&Lb(t,i.mime);for(let o of i.patterns??[])Fb(t,o);return t}var D_={guid:"uuid",url:"uri",datetime:"date-time",json_string:"json-string",regex:""},N_=new Map([[Ts,Xu],[Hi,Ju]]),Ub=e=>N_.get(e)??e,Kp=(e,t,r,n)=>{let i=r;i.type="string";let{minimum:o,maximum:s,format:a,patterns:u,contentEncoding:c,laxFormat:l}=Ze(e);if(typeof o=="number"&&(i.minLength=o),typeof s=="number"&&(i.maxLength=s),a&&(i.format=D_[a]??a,i.format===""&&delete i.format,(a==="time"||l)&&delete i.format),c&&(i.contentEncoding=c),u&&u.size>0){let p=[...u].map(Ub);p.length===1?i.pattern=p[0].source:p.length>1&&(i.allOf=[...p.map(f=>({...t.target==="draft-07"||t.target==="draft-04"||t.target==="openapi-3.0"?{type:"string"}:{},pattern:f.source}))])}},Hp=(e,t,r,n)=>{let i=r,{minimum:o,maximum:s,multipleOf:a,exclusiveMaximum:u,exclusiveMinimum:c,isInt:l}=Ze(e);i.type=l?"integer":"number";let p=typeof c=="number"&&c>=(o??Number.NEGATIVE_INFINITY),f=typeof u=="number"&&u<=(s??Number.POSITIVE_INFINITY),h=t.target==="draft-04"||t.target==="openapi-3.0";if(p?h?(i.minimum=c,i.exclusiveMinimum=!0):i.exclusiveMinimum=c:typeof o=="number"&&(i.minimum=o),f?h?(i.maximum=u,i.exclusiveMaximum=!0):i.exclusiveMaximum=u:typeof s=="number"&&(i.maximum=s),a){let y=new Set;for(let w of a)Number.isFinite(w)&&w!==0?y.add(Math.abs(w)):je(e,t,i,n,`A multipleOf divisor of ${w} cannot be represented in JSON Schema`);let[g,...$]=y;g!==void 0&&(i.multipleOf=g),$.length&&(i.allOf=[...i.allOf??[],...$.map(w=>({multipleOf:w}))])}},Wp=(e,t,r,n)=>{r.type="boolean"},Xp=(e,t,r,n)=>{je(e,t,r,n,"BigInt cannot be represented in JSON Schema")},Jp=(e,t,r,n)=>{je(e,t,r,n,"Symbols cannot be represented in JSON Schema")},Yp=(e,t,r,n)=>{t.target==="openapi-3.0"?(r.type="string",r.nullable=!0,r.enum=[null]):r.type="null"},Qp=(e,t,r,n)=>{je(e,t,r,n,"Undefined cannot be represented in JSON Schema")},ef=(e,t,r,n)=>{je(e,t,r,n,"Void cannot be represented in JSON Schema")},tf=(e,t,r,n)=>{r.not={}},rf=(e,t,r,n)=>{},nf=(e,t,r,n)=>{},of=(e,t,r,n)=>{je(e,t,r,n,"Date cannot be represented in JSON Schema")},sf=(e,t,r,n)=>{let i=e._zod.def,o=bn(i.entries);if(o.length===0){r.not={};return}o.every(s=>typeof s=="number")&&(r.type="number"),o.every(s=>typeof s=="string")&&(r.type="string"),r.enum=o},af=(e,t,r,n)=>{let i=e._zod.def;if(i.values.length===0){r.not={};return}let o=[];for(let s of i.values)if(s===void 0){if(je(e,t,r,n,"Literal `undefined` cannot be represented in JSON Schema"))return}else if(typeof s=="bigint"){if(je(e,t,r,n,"BigInt literals cannot be represented in JSON Schema"))return;o.push(Number(s))}else o.push(s);if(o.length!==0)if(o.length===1){let s=o[0];r.type=s===null?"null":typeof s,t.target==="draft-04"||t.target==="openapi-3.0"?r.enum=[s]:r.const=s}else o.every(s=>typeof s=="number")&&(r.type="number"),o.every(s=>typeof s=="string")&&(r.type="string"),o.every(s=>typeof s=="boolean")&&(r.type="boolean"),o.every(s=>s===null)&&(r.type="null"),r.enum=o},cf=(e,t,r,n)=>{je(e,t,r,n,"NaN cannot be represented in JSON Schema")},uf=(e,t,r,n)=>{let i=r,o=e._zod.pattern;if(!o)throw new Error("Pattern not found in template literal");i.type="string",i.pattern=o.source},lf=(e,t,r,n)=>{let i=r;i.type="string",i.format="binary",i.contentEncoding="binary";let{minimum:o,maximum:s,mime:a}=Ze(e);o!==void 0&&(i.minLength=o),s!==void 0&&(i.maxLength=s),a&&(a.length===0?i.not={}:a.length===1?i.contentMediaType=a[0]:i.anyOf=a.map(u=>({contentMediaType:u})))},df=(e,t,r,n)=>{r.type="boolean"},pf=(e,t,r,n)=>{je(e,t,r,n,"Custom types cannot be represented in JSON Schema")},ff=(e,t,r,n)=>{je(e,t,r,n,"Function types cannot be represented in JSON Schema")},mf=(e,t,r,n)=>{je(e,t,r,n,"Transforms cannot be represented in JSON Schema")},hf=(e,t,r,n)=>{je(e,t,r,n,"Map cannot be represented in JSON Schema")},gf=(e,t,r,n)=>{je(e,t,r,n,"Set cannot be represented in JSON Schema")},bf=(e,t,r,n)=>{let i=r,o=e._zod.def,{minimum:s,maximum:a}=Ze(e);typeof s=="number"&&(i.minItems=s),typeof a=="number"&&(i.maxItems=a),i.type="array",i.items=Pe(o.element,t,{...n,path:[...n.path,"items"]})};function uo(e){let t=e._zod.def;return t.type==="pipe"&&t.in._zod.traits.has("$ZodTransform")?uo(t.out):t.type==="catch"?uo(t.innerType):e._zod.optin}var yf=(e,t,r,n)=>{let i=r,o=e._zod.def,s=o.shape;if(Object.getOwnPropertySymbols(s).length&&je(e,t,i,n,"Symbol keys cannot be represented in JSON Schema"))return;i.type="object",i.properties={};for(let c in s)He(i.properties,c,Pe(s[c],t,{...n,path:[...n.path,"properties",c]}));let u=[];for(let c of Object.keys(s)){let l=o.shape[c];(t.io==="input"?uo(l)===void 0:l._zod.optout===void 0)&&u.push(c)}u.length>0&&(i.required=u),o.catchall?._zod.def.type==="never"?i.additionalProperties=!1:o.catchall?o.catchall&&(i.additionalProperties=Pe(o.catchall,t,{...n,path:[...n.path,"additionalProperties"]})):t.io==="output"&&(i.additionalProperties=!1)},Sa=(e,t,r,n)=>{let i=e._zod.def,o=i.inclusive===!1,s=i.options.map((a,u)=>Pe(a,t,{...n,path:[...n.path,o?"oneOf":"anyOf",u]}));o?r.oneOf=s:r.anyOf=s},vf=(e,t,r,n)=>{let i=e._zod.def,o=Pe(i.left,t,{...n,path:[...n.path,"allOf",0]}),s=Pe(i.right,t,{...n,path:[...n.path,"allOf",1]}),a=c=>"allOf"in c&&Object.keys(c).length===1,u=[...a(o)?o.allOf:[o],...a(s)?s.allOf:[s]];r.allOf=u,t.intersections.push(u)},wf=(e,t,r,n)=>{let i=r,o=e._zod.def;i.type="array";let s=t.target==="draft-2020-12"?"prefixItems":"items",a=t.target==="draft-2020-12"||t.target==="openapi-3.0"?"items":"additionalItems",u=o.items.map((g,$)=>Pe(g,t,{...n,path:[...n.path,s,$]})),c=o.rest?Pe(o.rest,t,{...n,path:[...n.path,a,...t.target==="openapi-3.0"?[o.items.length]:[]]}):null,l=o.items.length;for(;l>0;){let g=o.items[l-1];if(!(t.io==="input"?uo(g)!==void 0:g._zod.optout==="optional"))break;l--}let p=o.items.length,f=!o.rest;t.target==="draft-2020-12"?(i.prefixItems=u,f?i.items=!1:c&&(i.items=c),l>0&&(i.minItems=l),f&&(i.maxItems=p)):t.target==="openapi-3.0"?(i.items={anyOf:u},c&&i.items.anyOf.push(c),l>0&&(i.minItems=l),f&&(i.maxItems=p)):(i.items=u,f?i.additionalItems=!1:c&&(i.additionalItems=c),l>0&&(i.minItems=l),f&&(i.maxItems=p));let{minimum:h,maximum:y}=Ze(e);typeof h=="number"&&(i.minItems=h),typeof y=="number"&&(i.maxItems=y)};function Vp(e,t,r){if(t.$ref){if(r.has(t))return t;r.add(t);let y=e.get(t)?.def;if(!y)return t;let g=Vp(e,y,r);return g===y?t:g}for(let y of["anyOf","oneOf"]){let g=t[y];if(!Array.isArray(g))continue;let $=g.map(w=>Vp(e,w,r));$.some((w,x)=>w!==g[x])&&(t={...t,[y]:$})}let n=Array.isArray(t.type)?t.type:[t.type],i=!n.includes("string")&&n.some(y=>y==="number"||y==="integer"),o=t.enum??(t.const!==void 0?[t.const]:void 0);if(!i&&!o?.some(y=>typeof y=="number"))return t;let{minimum:s,maximum:a,exclusiveMinimum:u,exclusiveMaximum:c,multipleOf:l,format:p,id:f,...h}=t;return h.enum?h.enum=h.enum.map(y=>typeof y=="number"?String(y):y):typeof h.const=="number"&&(h.const=String(h.const)),i&&(h.type="string",o||(h.pattern=(n.includes("number")?sr:qi).source)),h}var Gp=new WeakMap;function F_(e){let t=new Map;for(let n of e.seen.values())n.def&&!t.has(n.schema)&&t.set(n.schema,n);let r=new Map;for(let n of Gp.get(e)??[]){let i=e.seen.get(n),o=(i?.def??i?.schema)?.propertyNames;if(!o||o===!0||r.has(o))continue;let s=Vp(t,o,new Set);s!==o&&r.set(o,s)}if(r.size)for(let n of e.seen.values())for(let i of[n.schema,n.def]){let o=i&&r.get(i.propertyNames);o&&(i.propertyNames=o)}}var xf=(e,t,r,n)=>{let i=r,o=e._zod.def;i.type="object";let s=o.keyType,a=Ze(s).patterns;if(o.mode==="loose"&&a&&a.size>0){let l=Pe(o.valueType,t,{...n,path:[...n.path,"patternProperties","*"]});i.patternProperties={};for(let p of a)He(i.patternProperties,Ub(p).source,l)}else{if(t.target==="draft-07"||t.target==="draft-2020-12"){i.propertyNames=Pe(o.keyType,t,{...n,path:[...n.path,"propertyNames"]});let l=Gp.get(t);l||(l=[],Gp.set(t,l),t.deferred.push(()=>F_(t))),l.push(e)}i.additionalProperties=Pe(o.valueType,t,{...n,path:[...n.path,"additionalProperties"]})}let u=s._zod.values,c=t.io==="input"&&uo(o.valueType)!==void 0;if(u&&!o.partial&&!c){let l=[...u].filter(p=>typeof p=="string"||typeof p=="number");l.length>0&&(i.required=l.map(String))}},kf=(e,t,r,n)=>{let i=e._zod.def,o=Pe(i.innerType,t,n),s=t.seen.get(e);t.target==="openapi-3.0"?(s.ref=i.innerType,r.nullable=!0):r.anyOf=[o,{type:"null"}]},$f=(e,t,r,n)=>{let i=e._zod.def;Pe(i.innerType,t,n);let o=t.seen.get(e);o.ref=i.innerType},_f=Symbol();function Mb(e,t,r,n,i){let o=!1,s=JSON.stringify(e,(a,u)=>typeof u!="bigint"?u:(o=!0,null));return o?(je(t,r,n,i,"BigInt defaults cannot be represented in JSON Schema"),_f):JSON.parse(s)}var Af=(e,t,r,n)=>{let i=e._zod.def;Pe(i.innerType,t,n);let o=t.seen.get(e);o.ref=i.innerType;let s=Mb(i.defaultValue,e,t,r,n);s!==_f&&(r.default=s)},Sf=(e,t,r,n)=>{let i=e._zod.def;Pe(i.innerType,t,n);let o=t.seen.get(e);if(o.ref=i.innerType,t.io!=="input")return;let s=Mb(i.defaultValue,e,t,r,n);s!==_f&&(r._prefault=s)},Pf=(e,t,r,n)=>{let i=e._zod.def;Pe(i.innerType,t,n);let o=t.seen.get(e);o.ref=i.innerType;let s;try{s=i.catchValue(void 0)}catch{je(e,t,r,n,"Dynamic catch values are not supported in JSON Schema");return}r.default=s},Rf=(e,t,r,n)=>{let i=e._zod.def,o=i.in._zod.traits.has("$ZodTransform"),s=t.io==="input"?o?i.out:i.in:i.out;Pe(s,t,n);let a=t.seen.get(e);a.ref=s},If=(e,t,r,n)=>{let i=e._zod.def;Pe(i.innerType,t,n);let o=t.seen.get(e);o.ref=i.innerType,r.readOnly=!0},Ef=(e,t,r,n)=>{let i=e._zod.def;Pe(i.innerType,t,n);let o=t.seen.get(e);o.ref=i.innerType},Pa=(e,t,r,n)=>{let i=e._zod.def;Pe(i.innerType,t,n);let o=t.seen.get(e);o.ref=i.innerType},Tf=(e,t,r,n)=>{let i=e._zod.innerType;Pe(i,t,n);let o=t.seen.get(e);o.ref=i},Aa={string:Kp,number:Hp,boolean:Wp,bigint:Xp,symbol:Jp,null:Yp,undefined:Qp,void:ef,never:tf,any:rf,unknown:nf,date:of,enum:sf,literal:af,nan:cf,template_literal:uf,file:lf,success:df,custom:pf,function:ff,transform:mf,map:hf,set:gf,array:bf,object:yf,union:Sa,intersection:vf,tuple:wf,record:xf,nullable:kf,nonoptional:$f,default:Af,prefault:Sf,catch:Pf,pipe:Rf,readonly:If,promise:Ef,optional:Pa,lazy:Tf};function Ra(e,t){if("_idmap"in e){let n=e,i=Pr({...t,processors:Aa}),o={};for(let u of n._idmap.entries()){let[c,l]=u;Pe(l,i)}let s={},a={registry:n,uri:t?.uri,defs:o};i.external=a;for(let u of n._idmap.entries()){let[c,l]=u;Rr(i,l),He(s,c,Ir(i,l))}if(Object.keys(o).length>0){let u=i.target==="draft-2020-12"?"$defs":"definitions";s.__shared={[u]:o}}return{schemas:s}}let r=Pr({...t,processors:Aa});return Pe(e,r),Rr(r,e),Ir(r,e)}var Ia=class{get metadataRegistry(){return this.ctx.metadataRegistry}get target(){return this.ctx.target}get unrepresentable(){return this.ctx.unrepresentable}get override(){return this.ctx.override}get io(){return this.ctx.io}get counter(){return this.ctx.counter}set counter(t){this.ctx.counter=t}get seen(){return this.ctx.seen}constructor(t){let r=t?.target??"draft-2020-12";r==="draft-4"&&(r="draft-04"),r==="draft-7"&&(r="draft-07"),this.ctx=Pr({processors:Aa,target:r,...t?.metadata&&{metadata:t.metadata},...t?.unrepresentable&&{unrepresentable:t.unrepresentable},...t?.override&&{override:t.override},...t?.io&&{io:t.io}})}process(t,r={path:[],schemaPath:[]}){return Pe(t,this.ctx,r)}emit(t,r){r&&(r.cycles&&(this.ctx.cycles=r.cycles),r.reused&&(this.ctx.reused=r.reused),r.external&&(this.ctx.external=r.external)),this.ctx.sharedDefsExtractedFor=void 0,this.ctx.sharedEmitDoneFor=void 0,Rr(this.ctx,t);let n=Ir(this.ctx,t),{"~standard":i,...o}=n;return o}};var qb={};var ei={};er(ei,{ZodAny:()=>Qf,ZodArray:()=>nm,ZodBase64:()=>Ha,ZodBase64URL:()=>Wa,ZodBigInt:()=>Yn,ZodBigIntFormat:()=>Ya,ZodBoolean:()=>Jn,ZodCIDRv4:()=>Ga,ZodCIDRv6:()=>Ka,ZodCUID:()=>Ua,ZodCUID2:()=>Ma,ZodCatch:()=>_m,ZodCodec:()=>wo,ZodCreditCard:()=>Vf,ZodCustom:()=>xo,ZodCustomStringFormat:()=>rn,ZodDate:()=>mo,ZodDefault:()=>ym,ZodDiscriminatedUnion:()=>om,ZodE164:()=>Xa,ZodEmail:()=>Na,ZodEmoji:()=>La,ZodEnum:()=>Hn,ZodExactOptional:()=>rc,ZodFile:()=>mm,ZodFunction:()=>Dm,ZodGUID:()=>Fa,ZodIBAN:()=>Gf,ZodIPv4:()=>Za,ZodIPv6:()=>Va,ZodISODate:()=>Tr,ZodISODateTime:()=>Er,ZodISODuration:()=>Cr,ZodISOTime:()=>Or,ZodInstanceOf:()=>Lm,ZodIntersection:()=>sm,ZodJWT:()=>Ja,ZodKSUID:()=>ja,ZodLazy:()=>Tm,ZodLiteral:()=>fm,ZodMAC:()=>Zf,ZodMap:()=>dm,ZodNaN:()=>Sm,ZodNanoID:()=>za,ZodNever:()=>tm,ZodNonOptional:()=>nc,ZodNull:()=>Jf,ZodNullable:()=>bm,ZodNumber:()=>Xn,ZodNumberFormat:()=>nn,ZodObject:()=>go,ZodOptional:()=>yo,ZodPipe:()=>vo,ZodPrefault:()=>wm,ZodPreprocess:()=>Pm,ZodPromise:()=>Cm,ZodReadonly:()=>Rm,ZodRecord:()=>Kn,ZodSet:()=>pm,ZodString:()=>Wn,ZodStringFormat:()=>Re,ZodSuccess:()=>$m,ZodSymbol:()=>Wf,ZodTemplateLiteral:()=>Em,ZodTransform:()=>hm,ZodTuple:()=>cm,ZodType:()=>me,ZodULID:()=>qa,ZodURL:()=>fo,ZodUUID:()=>Qt,ZodUndefined:()=>Xf,ZodUnion:()=>bo,ZodUnknown:()=>em,ZodVoid:()=>rm,ZodXID:()=>Ba,ZodXor:()=>im,_ZodString:()=>Da,_default:()=>vm,_function:()=>Q1,any:()=>E1,array:()=>ho,base64:()=>l1,base64url:()=>d1,bigint:()=>A1,boolean:()=>Hf,catch:()=>Am,check:()=>ey,cidrv4:()=>c1,cidrv6:()=>u1,codec:()=>W1,creditCard:()=>f1,cuid:()=>e1,cuid2:()=>t1,currencyCode:()=>v1,custom:()=>ty,date:()=>O1,describe:()=>ry,discriminatedUnion:()=>z1,e164:()=>p1,email:()=>Zb,emoji:()=>Yb,enum:()=>ec,exactOptional:()=>gm,file:()=>V1,float32:()=>x1,float64:()=>k1,function:()=>Q1,guid:()=>Vb,hash:()=>w1,hex:()=>y1,hostname:()=>b1,httpUrl:()=>Jb,iban:()=>m1,instanceof:()=>iy,int:()=>Oa,int32:()=>$1,int64:()=>S1,intersection:()=>am,invertCodec:()=>X1,ipv4:()=>o1,ipv6:()=>a1,json:()=>sy,jwt:()=>h1,keyof:()=>C1,ksuid:()=>i1,lazy:()=>Om,literal:()=>Z1,looseObject:()=>F1,looseRecord:()=>M1,mac:()=>s1,map:()=>q1,meta:()=>ny,nan:()=>H1,nanoid:()=>Qb,nativeEnum:()=>j1,never:()=>Qa,nonoptional:()=>km,null:()=>Yf,nullable:()=>po,nullish:()=>G1,number:()=>Kf,object:()=>D1,optional:()=>en,partialRecord:()=>U1,pipe:()=>Ca,prefault:()=>xm,preprocess:()=>ay,promise:()=>Y1,readonly:()=>Im,record:()=>lm,refine:()=>Nm,set:()=>B1,strictObject:()=>N1,string:()=>lo,stringFormat:()=>g1,stringbool:()=>oy,success:()=>K1,superRefine:()=>Fm,symbol:()=>R1,templateLiteral:()=>J1,transform:()=>tc,tuple:()=>um,uint32:()=>_1,uint64:()=>P1,ulid:()=>r1,undefined:()=>I1,union:()=>Qn,unknown:()=>Qr,url:()=>Xb,uuid:()=>Gb,uuidv4:()=>Kb,uuidv6:()=>Hb,uuidv7:()=>Wb,void:()=>T1,xid:()=>n1,xor:()=>L1});var Ea={};er(Ea,{endsWith:()=>Fn,gt:()=>Jt,gte:()=>Pt,includes:()=>Dn,length:()=>Jr,lowercase:()=>On,lt:()=>Xt,lte:()=>St,maxLength:()=>Xr,maxSize:()=>Sr,mime:()=>zn,minLength:()=>ar,minSize:()=>Yt,multipleOf:()=>Ar,negative:()=>xa,nonnegative:()=>$a,nonpositive:()=>ka,normalize:()=>Un,overwrite:()=>jt,positive:()=>wa,properties:()=>Ln,property:()=>_a,regex:()=>Tn,size:()=>Wr,slugify:()=>jn,startsWith:()=>Nn,toLowerCase:()=>qn,toUpperCase:()=>Bn,trim:()=>Mn,uppercase:()=>Cn});var Bb=new WeakSet([Object.prototype,Error.prototype]);function Ta(e,t,r){Object.defineProperty(e,t,{configurable:!0,enumerable:!1,get(){let n=r(this);return Object.defineProperty(this,t,{value:n,configurable:!0,writable:!0}),n},set(n){Object.defineProperty(this,t,{value:n,configurable:!0,writable:!0})}})}var jb=(e,t)=>{Eu.init(e,t),e.name="ZodError";let r=Object.getPrototypeOf(e);Bb.has(r)||(Bb.add(r),Ta(r,"format",n=>i=>Li(n,i)),Ta(r,"flatten",n=>i=>Fi(n,i)),Ta(r,"addIssue",n=>i=>{n.issues.push(i),n.message=JSON.stringify(n.issues,yn,2)}),Ta(r,"addIssues",n=>i=>{n.issues.push(...i),n.message=JSON.stringify(n.issues,yn,2)}),Object.defineProperty(r,"isEmpty",{configurable:!0,enumerable:!1,get(){return this.issues.length===0}}))},z_=v("ZodError",jb),wt=v("ZodError",jb,void 0,{Parent:Error});var Of=$n(wt),Cf=_n(wt),Df=An(wt),Nf=Sn(wt),Ff=cs(wt),Lf=us(wt),zf=ls(wt),Uf=ds(wt),Mf=ps(wt),qf=fs(wt),Bf=ms(wt),jf=hs(wt);function M_(){Ve.localeError||Fe(Ks())}function tn(){Ve.memoizer||Fe({memoizer:to()})}var me=v("ZodType",(e,t)=>(M_(),de.init(e,t),e.def=t,e.type=t.type,e),{check(...e){let t=this.def;return this.clone(H.mergeDefs(t,{checks:[...t.checks??[],...e.map(r=>typeof r=="function"?{_zod:{check:r,def:{check:"custom"},onattach:[]}}:r)]}),{parent:!0})},with(...e){return this.check(...e)},clone(e,t){return Ae(this,e,t)},brand(){return this},register(e,t){return e.add(this,t),this},refine(e,t){return this.check(Nm(e,t))},superRefine(e,t){return this.check(Fm(e,t))},overwrite(e){return this.check(jt(e))},optional(){return en(this)},exactOptional(){return gm(this)},nullable(){return po(this)},nullish(){return en(po(this))},nonoptional(e){return km(this,e)},array(){return ho(this)},or(e){return Qn([this,e])},and(e){return am(this,e)},transform(e){return Ca(this,tc(e))},default(e){return vm(this,e)},prefault(e){return xm(this,e)},catch(e){return Am(this,e)},pipe(e){return Ca(this,e)},readonly(){return Im(this)},describe(e){let t=this.clone();return We.add(t,{description:e}),t},meta(...e){if(e.length===0)return We.get(this);let t=this.clone();return We.add(t,e[0]),t},isOptional(){return this.safeParse(void 0).success},isNullable(){return this.safeParse(null).success},apply(e,...t){return t.length===0?e(this):e(this,...t)},get"~standard"(){return H.hide(this,"~standard",{...Ss(this),jsonSchema:{input:Zn(this,"input"),output:Zn(this,"output")}})},set"~standard"(e){H.own(this,"~standard",e)},parse:function e(t,r){return Of(this,t,r,{callee:e})},parseAsync:async function e(t,r){return await Cf(this,t,r,{callee:e})},safeParse(e,t){return Df(this,e,t)},async safeParseAsync(e,t){return Nf(this,e,t)},get spa(){return this?.safeParseAsync},set spa(e){H.own(this,"spa",e)},validate(e,t){return zi(this,e,t)},validateAsync(e,t){return Ui(this,e,t)},encode:function e(t,r){return Ff(this,t,r,{callee:e})},decode:function e(t,r){return Lf(this,t,r,{callee:e})},encodeAsync:async function e(t,r){return await zf(this,t,r,{callee:e})},decodeAsync:async function e(t,r){return await Uf(this,t,r,{callee:e})},safeEncode(e,t){return Mf(this,e,t)},safeDecode(e,t){return qf(this,e,t)},async safeEncodeAsync(e,t){return Bf(this,e,t)},async safeDecodeAsync(e,t){return jf(this,e,t)},toJSONSchema(e){return Zp(this,{})(e)},get description(){return We.get(this)?.description},get _def(){return this._zod.def}}),Da=v("_ZodString",(e,t)=>{Vr.init(e,t),me.init(e,t),e._zod.processJSONSchema=(r,n,i)=>Kp(e,r,n,i)},H.derived({format:e=>Ze(e).format??null,minLength:e=>Ze(e).minimum??null,maxLength:e=>Ze(e).maximum??null},{regex(...e){return this.check(Tn(...e))},includes(...e){return this.check(Dn(...e))},startsWith(...e){return this.check(Nn(...e))},endsWith(...e){return this.check(Fn(...e))},min(...e){return this.check(ar(...e))},max(...e){return this.check(Xr(...e))},length(...e){return this.check(Jr(...e))},nonempty(...e){return this.check(ar(1,...e))},lowercase(e){return this.check(On(e))},uppercase(e){return this.check(Cn(e))},trim(){return this.check(Mn())},normalize(...e){return this.check(Un(...e))},toLowerCase(){return this.check(qn())},toUpperCase(){return this.check(Bn())},slugify(){return this.check(jn())}})),Wn=v("ZodString",(e,t)=>{Vr.init(e,t),Da.init(e,t)},{email(e){return this.check(Qs(Na,e))},url(e){return this.check(no(fo,e))},jwt(e){return this.check(va(Ja,e))},emoji(e){return this.check(oa(La,e))},guid(e){return this.check(ea(Fa,e))},uuid(e){return this.check(ta(Qt,e))},uuidv4(e){return this.check(ra(Qt,e))},uuidv6(e){return this.check(na(Qt,e))},uuidv7(e){return this.check(ia(Qt,e))},nanoid(e){return this.check(sa(za,e))},cuid(e){return this.check(aa(Ua,e))},cuid2(e){return this.check(ca(Ma,e))},ulid(e){return this.check(ua(qa,e))},base64(e){return this.check(ga(Ha,e))},base64url(e){return this.check(ba(Wa,e))},xid(e){return this.check(la(Ba,e))},ksuid(e){return this.check(da(ja,e))},ipv4(e){return this.check(pa(Za,e))},ipv6(e){return this.check(fa(Va,e))},cidrv4(e){return this.check(ma(Ga,e))},cidrv6(e){return this.check(ha(Ka,e))},e164(e){return this.check(ya(Xa,e))},datetime(e){return this.check(io(Er,e))},date(e){return this.check(oo(Tr,e))},time(e){return this.check(so(Or,e))},duration(e){return this.check(ao(Cr,e))}});function lo(e){return sp(Wn,e)}var Re=v("ZodStringFormat",(e,t)=>{Se.init(e,t),Da.init(e,t)}),Er=v("ZodISODateTime",(e,t)=>{Xl.init(e,t),Re.init(e,t)}),Tr=v("ZodISODate",(e,t)=>{Jl.init(e,t),Re.init(e,t)}),Or=v("ZodISOTime",(e,t)=>{Yl.init(e,t),Re.init(e,t)}),Cr=v("ZodISODuration",(e,t)=>{Ql.init(e,t),Re.init(e,t)}),Na=v("ZodEmail",(e,t)=>{Ul.init(e,t),Re.init(e,t)});function Zb(e){return Qs(Na,e)}var Fa=v("ZodGUID",(e,t)=>{Ll.init(e,t),Re.init(e,t)});function Vb(e){return ea(Fa,e)}var Qt=v("ZodUUID",(e,t)=>{zl.init(e,t),Re.init(e,t)});function Gb(e){return ta(Qt,e)}function Kb(e){return ra(Qt,e)}function Hb(e){return na(Qt,e)}function Wb(e){return ia(Qt,e)}var fo=v("ZodURL",(e,t)=>{Bl.init(e,t),Re.init(e,t)});function Xb(e){return no(fo,e)}function Jb(e){return no(fo,{protocol:Mi,hostname:Qu,...H.normalizeParams(e)})}var La=v("ZodEmoji",(e,t)=>{jl.init(e,t),Re.init(e,t)});function Yb(e){return oa(La,e)}var za=v("ZodNanoID",(e,t)=>{Zl.init(e,t),Re.init(e,t)});function Qb(e){return sa(za,e)}var Ua=v("ZodCUID",(e,t)=>{Vl.init(e,t),Re.init(e,t)});function e1(e){return aa(Ua,e)}var Ma=v("ZodCUID2",(e,t)=>{Gl.init(e,t),Re.init(e,t)});function t1(e){return ca(Ma,e)}var qa=v("ZodULID",(e,t)=>{Kl.init(e,t),Re.init(e,t)});function r1(e){return ua(qa,e)}var Ba=v("ZodXID",(e,t)=>{Hl.init(e,t),Re.init(e,t)});function n1(e){return la(Ba,e)}var ja=v("ZodKSUID",(e,t)=>{Wl.init(e,t),Re.init(e,t)});function i1(e){return da(ja,e)}var Za=v("ZodIPv4",(e,t)=>{ed.init(e,t),Re.init(e,t)});function o1(e){return pa(Za,e)}var Zf=v("ZodMAC",(e,t)=>{rd.init(e,t),Re.init(e,t)});function s1(e){return cp(Zf,e)}var Va=v("ZodIPv6",(e,t)=>{td.init(e,t),Re.init(e,t)});function a1(e){return fa(Va,e)}var Ga=v("ZodCIDRv4",(e,t)=>{nd.init(e,t),Re.init(e,t)});function c1(e){return ma(Ga,e)}var Ka=v("ZodCIDRv6",(e,t)=>{id.init(e,t),Re.init(e,t)});function u1(e){return ha(Ka,e)}var Ha=v("ZodBase64",(e,t)=>{od.init(e,t),Re.init(e,t)});function l1(e){return ga(Ha,e)}var Wa=v("ZodBase64URL",(e,t)=>{sd.init(e,t),Re.init(e,t)});function d1(e){return ba(Wa,e)}var Xa=v("ZodE164",(e,t)=>{ad.init(e,t),Re.init(e,t)});function p1(e){return ya(Xa,e)}var Vf=v("ZodCreditCard",(e,t)=>{cd.init(e,t),Re.init(e,t)});function f1(e){return up(Vf,e)}var Gf=v("ZodIBAN",(e,t)=>{ud.init(e,t),Re.init(e,t)});function m1(e){return lp(Gf,e)}var Ja=v("ZodJWT",(e,t)=>{ld.init(e,t),Re.init(e,t)});function h1(e){return va(Ja,e)}var rn=v("ZodCustomStringFormat",(e,t)=>{dd.init(e,t),Re.init(e,t)});function g1(e,t,r={}){return Yr(rn,e,t,r)}function b1(e){return Yr(rn,"hostname",Yu,e)}function y1(e){return Yr(rn,"hex",fl,e)}function v1(e){return Yr(rn,"currency_code",tl,e)}function w1(e,t){let r=t?.enc??"hex",n=`${e}_${r}`,i=Ct[n];if(!i)throw new Error(`Unrecognized hash format: ${n}`);return Yr(rn,n,i,t)}var Xn=v("ZodNumber",(e,t)=>{Fs.init(e,t),me.init(e,t),e._zod.processJSONSchema=(r,n,i)=>Hp(e,r,n,i),e.isFinite=!0},H.derived({minValue:e=>{let{minimum:t,exclusiveMinimum:r}=Ze(e);return Math.max(t??Number.NEGATIVE_INFINITY,r??Number.NEGATIVE_INFINITY)},maxValue:e=>{let{maximum:t,exclusiveMaximum:r}=Ze(e);return Math.min(t??Number.POSITIVE_INFINITY,r??Number.POSITIVE_INFINITY)},isInt:e=>{let{isInt:t,multipleOf:r}=Ze(e);return!!t||!!r?.some(Number.isSafeInteger)},format:e=>Ze(e).format??null},{gt(e,t){return this.check(Jt(e,t))},gte(e,t){return this.check(Pt(e,t))},min(e,t){return this.check(Pt(e,t))},lt(e,t){return this.check(Xt(e,t))},lte(e,t){return this.check(St(e,t))},max(e,t){return this.check(St(e,t))},int(e){return this.check(Oa(e))},safe(e){return this.check(Oa(e))},positive(e){return this.check(Jt(0,e))},nonnegative(e){return this.check(Pt(0,e))},negative(e){return this.check(Xt(0,e))},nonpositive(e){return this.check(St(0,e))},multipleOf(e,t){return this.check(Ar(e,t))},step(e,t){return this.check(Ar(e,t))},finite(){return this}}));function Kf(e){return pp(Xn,e)}var nn=v("ZodNumberFormat",(e,t)=>{pd.init(e,t),Xn.init(e,t)});function Oa(e){return mp(nn,e)}function x1(e){return hp(nn,e)}function k1(e){return gp(nn,e)}function $1(e){return bp(nn,e)}function _1(e){return yp(nn,e)}var Jn=v("ZodBoolean",(e,t)=>{Wi.init(e,t),me.init(e,t),e._zod.processJSONSchema=(r,n,i)=>Wp(e,r,n,i)});function Hf(e){return vp(Jn,e)}var Yn=v("ZodBigInt",(e,t)=>{Ls.init(e,t),me.init(e,t),e._zod.processJSONSchema=(r,n,i)=>Xp(e,r,n,i)},H.derived({minValue:e=>Ze(e).minimum??null,maxValue:e=>Ze(e).maximum??null,format:e=>Ze(e).format??null},{gte(e,t){return this.check(Pt(e,t))},min(e,t){return this.check(Pt(e,t))},gt(e,t){return this.check(Jt(e,t))},lt(e,t){return this.check(Xt(e,t))},lte(e,t){return this.check(St(e,t))},max(e,t){return this.check(St(e,t))},positive(e){return this.check(Jt(BigInt(0),e))},negative(e){return this.check(Xt(BigInt(0),e))},nonpositive(e){return this.check(St(BigInt(0),e))},nonnegative(e){return this.check(Pt(BigInt(0),e))},multipleOf(e,t){return this.check(Ar(e,t))}}));function A1(e){return xp(Yn,e)}var Ya=v("ZodBigIntFormat",(e,t)=>{fd.init(e,t),Yn.init(e,t)});function S1(e){return $p(Ya,e)}function P1(e){return _p(Ya,e)}var Wf=v("ZodSymbol",(e,t)=>{md.init(e,t),me.init(e,t),e._zod.processJSONSchema=(r,n,i)=>Jp(e,r,n,i)});function R1(e){return Ap(Wf,e)}var Xf=v("ZodUndefined",(e,t)=>{hd.init(e,t),me.init(e,t),e._zod.processJSONSchema=(r,n,i)=>Qp(e,r,n,i)});function I1(e){return Sp(Xf,e)}var Jf=v("ZodNull",(e,t)=>{gd.init(e,t),me.init(e,t),e._zod.processJSONSchema=(r,n,i)=>Yp(e,r,n,i)});function Yf(e){return Pp(Jf,e)}var Qf=v("ZodAny",(e,t)=>{bd.init(e,t),me.init(e,t),e._zod.processJSONSchema=(r,n,i)=>rf(e,r,n,i)});function E1(){return Rp(Qf)}var em=v("ZodUnknown",(e,t)=>{yd.init(e,t),me.init(e,t),e._zod.processJSONSchema=(r,n,i)=>nf(e,r,n,i)});function Qr(){return Ip(em)}var tm=v("ZodNever",(e,t)=>{vd.init(e,t),me.init(e,t),e._zod.processJSONSchema=(r,n,i)=>tf(e,r,n,i)});function Qa(e){return Ep(tm,e)}var rm=v("ZodVoid",(e,t)=>{wd.init(e,t),me.init(e,t),e._zod.processJSONSchema=(r,n,i)=>ef(e,r,n,i)});function T1(e){return Tp(rm,e)}var mo=v("ZodDate",(e,t)=>{xd.init(e,t),me.init(e,t),e._zod.processJSONSchema=(r,n,i)=>of(e,r,n,i),e.min=(r,n)=>e.check(Pt(r,n)),e.max=(r,n)=>e.check(St(r,n))},H.derived({minDate:e=>{let{minimum:t}=Ze(e);return t?new Date(t):null},maxDate:e=>{let{maximum:t}=Ze(e);return t?new Date(t):null}},{}));function O1(e){return Op(mo,e)}var nm=v("ZodArray",(e,t)=>{tn(),$d.init(e,t),me.init(e,t),e._zod.processJSONSchema=(r,n,i)=>bf(e,r,n,i),e.element=t.element},{min(e,t){return this.check(ar(e,t))},nonempty(e){return this.check(ar(1,e))},max(e,t){return this.check(Xr(e,t))},length(e,t){return this.check(Jr(e,t))},unwrap(){return this.element}});function ho(e,t){return Np(nm,e,t)}function C1(e){let t=e._zod.def.shape;return ec(Object.keys(t))}var go=v("ZodObject",(e,t)=>{tn(),_d.init(e,t),me.init(e,t),e._zod.processJSONSchema=(r,n,i)=>yf(e,r,n,i),H.installLazyProp(e,"shape",r=>r._zod.def.shape,!1)},{keyof(){return ec(Object.keys(this._zod.def.shape))},catchall(e){return this.clone(H.mergeDefs(this._zod.def,{catchall:e}))},passthrough(){return this.clone(H.mergeDefs(this._zod.def,{catchall:Qr()}))},loose(){return this.clone(H.mergeDefs(this._zod.def,{catchall:Qr()}))},strict(){return this.clone(H.mergeDefs(this._zod.def,{catchall:Qa()}))},strip(){return this.clone(H.mergeDefs(this._zod.def,{catchall:void 0}))},extend(e){return H.extend(this,e)},safeExtend(e){return H.safeExtend(this,e)},merge(e){return H.merge(this,e)},pick(e){return H.pick(this,e)},omit(e){return H.omit(this,e)},partial(...e){return H.partial(yo,this,e[0])},exactPartial(...e){return H.partial(rc,this,e[0],"exactPartial")},required(...e){return H.required(nc,this,e[0])}});function D1(e,t){let r={type:"object",shape:e??{},...H.normalizeParams(t)};return new go(r)}function N1(e,t){return new go({type:"object",shape:e,catchall:Qa(),...H.normalizeParams(t)})}function F1(e,t){return new go({type:"object",shape:e,catchall:Qr(),...H.normalizeParams(t)})}var bo=v("ZodUnion",(e,t)=>{Xi.init(e,t),me.init(e,t),e._zod.processJSONSchema=(r,n,i)=>Sa(e,r,n,i),e.options=t.options});function Qn(e,t){return new bo({type:"union",options:e,...H.normalizeParams(t)})}var im=v("ZodXor",(e,t)=>{bo.init(e,t),Ad.init(e,t),e._zod.processJSONSchema=(r,n,i)=>Sa(e,r,n,i),e.options=t.options});function L1(e,t){return new im({type:"union",options:e,inclusive:!1,...H.normalizeParams(t)})}var om=v("ZodDiscriminatedUnion",(e,t)=>{bo.init(e,t),Pd.init(e,t)});function z1(e,t,r){return new om({type:"union",options:t,discriminator:e,...H.normalizeParams(r)})}var sm=v("ZodIntersection",(e,t)=>{Rd.init(e,t),me.init(e,t),e._zod.processJSONSchema=(r,n,i)=>vf(e,r,n,i)});function am(e,t){return new sm({type:"intersection",left:e,right:t})}var cm=v("ZodTuple",(e,t)=>{tn(),zs.init(e,t),me.init(e,t),e._zod.processJSONSchema=(r,n,i)=>wf(e,r,n,i)},{rest(e){return this.clone({...this._zod.def,rest:e})},partial(){let e=this._zod.def;if(e.checks?.length)throw new Error(".partial() cannot be used on tuple schemas containing refinements");return this.clone({...e,items:e.items.map(t=>new yo({type:"optional",innerType:t}))})}});function um(e,t,r){let n=t instanceof de,i=n?r:t,o=n?t:null;return new cm({type:"tuple",items:e,rest:o,...H.normalizeParams(i)})}var Kn=v("ZodRecord",(e,t)=>{tn(),Id.init(e,t),me.init(e,t),e._zod.processJSONSchema=(r,n,i)=>xf(e,r,n,i),e.keyType=t.keyType,e.valueType=t.valueType});function lm(e,t,r){return!t||!t._zod?new Kn({type:"record",keyType:lo(),valueType:e,...H.normalizeParams(t)}):new Kn({type:"record",keyType:e,valueType:t,...H.normalizeParams(r)})}function U1(e,t,r){return new Kn({type:"record",keyType:e,valueType:t,...H.normalizeParams(r),partial:!0})}function M1(e,t,r){return new Kn({type:"record",keyType:e,valueType:t,mode:"loose",...H.normalizeParams(r)})}var dm=v("ZodMap",(e,t)=>{tn(),Ed.init(e,t),me.init(e,t),e._zod.processJSONSchema=(r,n,i)=>hf(e,r,n,i),e.keyType=t.keyType,e.valueType=t.valueType,e.min=(...r)=>e.check(Yt(...r)),e.nonempty=r=>e.check(Yt(1,r)),e.max=(...r)=>e.check(Sr(...r)),e.size=(...r)=>e.check(Wr(...r))});function q1(e,t,r){return new dm({type:"map",keyType:e,valueType:t,...H.normalizeParams(r)})}var pm=v("ZodSet",(e,t)=>{tn(),Td.init(e,t),me.init(e,t),e._zod.processJSONSchema=(r,n,i)=>gf(e,r,n,i),e.min=(...r)=>e.check(Yt(...r)),e.nonempty=r=>e.check(Yt(1,r)),e.max=(...r)=>e.check(Sr(...r)),e.size=(...r)=>e.check(Wr(...r))});function B1(e,t){return new pm({type:"set",valueType:e,...H.normalizeParams(t)})}var Hn=v("ZodEnum",(e,t)=>{Od.init(e,t),me.init(e,t),e._zod.processJSONSchema=(n,i,o)=>sf(e,n,i,o),e.enum=t.entries,e.options=[...e._zod.values];let r=new Set(Object.keys(t.entries));e.extract=(n,i)=>{let o={};for(let s of n)if(r.has(s))o[s]=t.entries[s];else throw new Error(`Key ${s} not found in enum`);return new Hn({...t,checks:[],...H.normalizeParams(i),entries:o})},e.exclude=(n,i)=>{let o={...t.entries};for(let s of n)if(r.has(s))delete o[s];else throw new Error(`Key ${s} not found in enum`);return new Hn({...t,checks:[],...H.normalizeParams(i),entries:o})}});function ec(e,t){let r=Array.isArray(e)?Object.fromEntries(e.map(n=>[n,n])):e;return new Hn({type:"enum",entries:r,...H.normalizeParams(t)})}function j1(e,t){return new Hn({type:"enum",entries:e,...H.normalizeParams(t)})}var fm=v("ZodLiteral",(e,t)=>{Cd.init(e,t),me.init(e,t),e._zod.processJSONSchema=(r,n,i)=>af(e,r,n,i),e.values=new Set(t.values),Object.defineProperty(e,"value",{get(){if(t.values.length>1)throw new Error("This schema contains multiple valid literal values. Use `.values` instead.");return t.values[0]}})});function Z1(e,t){return new fm({type:"literal",values:Array.isArray(e)?e:[e],...H.normalizeParams(t)})}var mm=v("ZodFile",(e,t)=>{Dd.init(e,t),me.init(e,t),e._zod.processJSONSchema=(r,n,i)=>lf(e,r,n,i),e.min=(r,n)=>e.check(Yt(r,n)),e.max=(r,n)=>e.check(Sr(r,n)),e.mime=(r,n)=>e.check(zn(Array.isArray(r)?r:[r],n))});function V1(e){return Fp(mm,e)}var hm=v("ZodTransform",(e,t)=>{tn(),Nd.init(e,t),me.init(e,t),e._zod.processJSONSchema=(r,n,i)=>mf(e,r,n,i),e._zod.parse=(r,n)=>{if(n.direction==="backward")throw new $r(e.constructor.name);r.addIssue=o=>{if(typeof o=="string")r.issues.push(H.issue(o,r.value,t));else{let s=o;s.fatal&&(s.continue=!1),s.code??(s.code="custom"),"input"in s||(s.input=r.value),s.inst??(s.inst=e),r.issues.push(H.issue(s))}};let i=t.transform(r.value,r);return i instanceof Promise?i.then(o=>(r.value=o,r)):(r.value=i,r)}});function tc(e){return new hm({type:"transform",transform:e})}var yo=v("ZodOptional",(e,t)=>{Us.init(e,t),me.init(e,t),e._zod.processJSONSchema=(r,n,i)=>Pa(e,r,n,i),e.unwrap=()=>e._zod.def.innerType});function en(e){return new yo({type:"optional",innerType:e})}var rc=v("ZodExactOptional",(e,t)=>{Fd.init(e,t),me.init(e,t),e._zod.processJSONSchema=(r,n,i)=>Pa(e,r,n,i),e.unwrap=()=>e._zod.def.innerType});function gm(e){return new rc({type:"optional",innerType:e})}var bm=v("ZodNullable",(e,t)=>{Ld.init(e,t),me.init(e,t),e._zod.processJSONSchema=(r,n,i)=>kf(e,r,n,i),e.unwrap=()=>e._zod.def.innerType});function po(e){return new bm({type:"nullable",innerType:e})}function G1(e){return en(po(e))}var ym=v("ZodDefault",(e,t)=>{zd.init(e,t),me.init(e,t),e._zod.processJSONSchema=(r,n,i)=>Af(e,r,n,i),e.unwrap=()=>e._zod.def.innerType,e.removeDefault=e.unwrap});function vm(e,t){return new ym({type:"default",innerType:e,get defaultValue(){return typeof t=="function"?t():H.shallowClone(t)}})}var wm=v("ZodPrefault",(e,t)=>{Ud.init(e,t),me.init(e,t),e._zod.processJSONSchema=(r,n,i)=>Sf(e,r,n,i),e.unwrap=()=>e._zod.def.innerType});function xm(e,t){return new wm({type:"prefault",innerType:e,get defaultValue(){return typeof t=="function"?t():H.shallowClone(t)}})}var nc=v("ZodNonOptional",(e,t)=>{Md.init(e,t),me.init(e,t),e._zod.processJSONSchema=(r,n,i)=>$f(e,r,n,i),e.unwrap=()=>e._zod.def.innerType});function km(e,t){return new nc({type:"nonoptional",innerType:e,...H.normalizeParams(t)})}var $m=v("ZodSuccess",(e,t)=>{qd.init(e,t),me.init(e,t),e._zod.processJSONSchema=(r,n,i)=>df(e,r,n,i),e.unwrap=()=>e._zod.def.innerType});function K1(e){return new $m({type:"success",innerType:e})}var _m=v("ZodCatch",(e,t)=>{Bd.init(e,t),me.init(e,t),e._zod.processJSONSchema=(r,n,i)=>Pf(e,r,n,i),e.unwrap=()=>e._zod.def.innerType,e.removeCatch=e.unwrap});function Am(e,t){return new _m({type:"catch",innerType:e,catchValue:typeof t=="function"?t:H.constantCatch(t)})}var Sm=v("ZodNaN",(e,t)=>{jd.init(e,t),me.init(e,t),e._zod.processJSONSchema=(r,n,i)=>cf(e,r,n,i)});function H1(e){return Dp(Sm,e)}var vo=v("ZodPipe",(e,t)=>{Ms.init(e,t),me.init(e,t),e._zod.processJSONSchema=(r,n,i)=>Rf(e,r,n,i),e.in=t.in,e.out=t.out});function Ca(e,t){return new vo({type:"pipe",in:e,out:t})}var wo=v("ZodCodec",(e,t)=>{vo.init(e,t),Ji.init(e,t)});function W1(e,t,r){return new wo({type:"pipe",in:e,out:t,transform:r.decode,reverseTransform:r.encode})}function X1(e){let t=e._zod.def;return new wo({type:"pipe",in:t.out,out:t.in,transform:t.reverseTransform,reverseTransform:t.transform})}var Pm=v("ZodPreprocess",(e,t)=>{vo.init(e,t),Zd.init(e,t)}),Rm=v("ZodReadonly",(e,t)=>{Vd.init(e,t),me.init(e,t),e._zod.processJSONSchema=(r,n,i)=>If(e,r,n,i),e.unwrap=()=>e._zod.def.innerType});function Im(e){return new Rm({type:"readonly",innerType:e})}var Em=v("ZodTemplateLiteral",(e,t)=>{Gd.init(e,t),me.init(e,t),e._zod.processJSONSchema=(r,n,i)=>uf(e,r,n,i)});function J1(e,t){return new Em({type:"template_literal",parts:e,...H.normalizeParams(t)})}var Tm=v("ZodLazy",(e,t)=>{Yi.init(e,t),me.init(e,t),e._zod.processJSONSchema=(r,n,i)=>Tf(e,r,n,i),e.unwrap=()=>e._zod.def.getter()});function Om(e){return new Tm({type:"lazy",getter:e})}var Cm=v("ZodPromise",(e,t)=>{Hd.init(e,t),me.init(e,t),e._zod.processJSONSchema=(r,n,i)=>Ef(e,r,n,i),e.unwrap=()=>e._zod.def.innerType});function Y1(e){return new Cm({type:"promise",innerType:e})}var Dm=v("ZodFunction",(e,t)=>{Kd.init(e,t),me.init(e,t),e._zod.processJSONSchema=(r,n,i)=>ff(e,r,n,i)});function Q1(e){return new Dm({type:"function",input:Array.isArray(e?.input)?um(e?.input):e?.input??ho(Qr()),output:e?.output??Qr()})}var xo=v("ZodCustom",(e,t)=>{Wd.init(e,t),me.init(e,t),e._zod.processJSONSchema=(r,n,i)=>pf(e,r,n,i)});function ey(e){let t=new Ee({check:"custom"});return t._zod.check=e,t}function ty(e,t){return Lp(xo,e??(()=>!0),t)}function Nm(e,t={}){return zp(xo,e,t)}function Fm(e,t){return Up(e,t)}var ry=Mp,ny=qp,Lm=v("ZodInstanceOf",(e,t)=>{xo.init(e,t)},{properties(e,t){return this.check(Ln(e,t))}});function iy(e,t={}){let r=new Lm({type:"custom",check:"custom",fn:n=>n instanceof e,abort:!0,...H.normalizeParams(t)});return r._zod.bag.Class=e,r._zod.check=n=>{n.value instanceof e||n.issues.push({code:"invalid_type",expected:e.name,input:n.value,inst:r,path:[...r._zod.def.path??[]]})},r}var oy=(...e)=>Bp({Codec:wo,Boolean:Jn,String:Wn},...e);function sy(e){let t=Om(()=>Qn([lo(e),Kf(),Hf(),Yf(),ho(t),lm(lo(),t)]));return t}function ay(e,t){return new Pm({type:"pipe",in:tc(e),out:t})}var q_={invalid_type:"invalid_type",too_big:"too_big",too_small:"too_small",invalid_format:"invalid_format",not_multiple_of:"not_multiple_of",unrecognized_keys:"unrecognized_keys",invalid_union:"invalid_union",invalid_key:"invalid_key",invalid_element:"invalid_element",invalid_value:"invalid_value",custom:"custom"};function B_(e){Fe({customError:e})}function j_(){return Fe().customError}var zm;zm||(zm={});var ko={};er(ko,{ZodISODate:()=>Tr,ZodISODateTime:()=>Er,ZodISODuration:()=>Cr,ZodISOTime:()=>Or,date:()=>V_,datetime:()=>Z_,duration:()=>K_,time:()=>G_});function Z_(e){return io(Er,e)}function V_(e){return oo(Tr,e)}function G_(e){return so(Or,e)}function K_(e){return ao(Cr,e)}var G={...ei,...Ea,iso:ko},H_=new Set(["$schema","$ref","$defs","definitions","$id","id","$comment","$anchor","$vocabulary","$dynamicRef","$dynamicAnchor","type","enum","const","anyOf","oneOf","allOf","not","properties","required","additionalProperties","patternProperties","propertyNames","minProperties","maxProperties","items","prefixItems","additionalItems","minItems","maxItems","uniqueItems","contains","minContains","maxContains","minLength","maxLength","pattern","format","minimum","maximum","exclusiveMinimum","exclusiveMaximum","multipleOf","description","default","contentEncoding","contentMediaType","contentSchema","unevaluatedItems","unevaluatedProperties","if","then","else","dependentSchemas","dependentRequired","nullable","readOnly"]);function W_(e,t){let r=e.$schema;return r==="https://json-schema.org/draft/2020-12/schema"?"draft-2020-12":r==="http://json-schema.org/draft-07/schema#"?"draft-7":r==="http://json-schema.org/draft-04/schema#"?"draft-4":t??"draft-2020-12"}function cy(e,t){return e.map((r,n)=>n<t?r:r.optional())}function X_(e){return e.replace(/~1/g,"/").replace(/~0/g,"~")}function J_(e,t){if(!e.startsWith("#"))throw new Error("External $ref is not supported, only local refs (#/...) are allowed");let r=e.slice(1).split("/").filter(Boolean);if(r.length===0)return t.rootSchema;let n=t.version==="draft-2020-12"?"$defs":"definitions";if(r[0]===n){let i=r[1]===void 0?void 0:X_(r[1]);if(!i||!t.defs[i])throw new Error(`Reference not found: ${e}`);return t.defs[i]}throw new Error(`Reference not found: ${e}`)}function Y_(e,t){return G.transform(n=>n).check(n=>{let i=n.value;if(typeof i!="object"||i===null||Array.isArray(i))return;let o=Object.getOwnPropertyNames(i);if(t.minProperties!==void 0&&o.length<t.minProperties&&n.issues.push({origin:"object",code:"too_small",minimum:t.minProperties,inclusive:!0,message:`Too small: expected object to have >=${t.minProperties} properties`,input:i,inst:e,continue:!0}),t.maxProperties!==void 0&&o.length>t.maxProperties&&n.issues.push({origin:"object",code:"too_big",maximum:t.maxProperties,inclusive:!0,message:`Too big: expected object to have <=${t.maxProperties} properties`,input:i,inst:e,continue:!0}),t.keySchema)for(let s of o){let a=t.keySchema.safeParse(s);a.success||n.issues.push({code:"invalid_key",origin:"record",issues:a.error.issues,input:s,path:[s],continue:!0})}}).pipe(e)}function Um(e,t){if(e===null)return"z";let r=typeof e;if(r!=="object"){if(r==="number"&&Number.isNaN(e))return null;let n=String(e);return`${r[0]}${n.length}:${n}`}if(t.has(e))return null;t.add(e);try{if(Array.isArray(e)){let o=[];for(let s of e){let a=Um(s,t);if(a===null)return null;o.push(a)}return`a${o.length}:[${o.join(",")}]`}let n=Object.keys(e).sort(),i=[];for(let o of n){let s=Um(e[o],t);if(s===null)return null;i.push(`${o.length}:${o}=${s}`)}return`o${i.length}:{${i.join(",")}}`}finally{t.delete(e)}}var Q_=new Set(["items","prefixItems","additionalItems","additionalProperties","contains","propertyNames","not","if","then","else","allOf","anyOf","oneOf","unevaluatedItems","unevaluatedProperties","contentSchema"]),eA=new Set(["properties","patternProperties","dependentSchemas","dependencies","$defs","definitions"]);function $o(e){return typeof e!="object"||e===null?!1:Array.isArray(e)?e.some($o):typeof e.$ref=="string"?!0:Object.entries(e).some(([t,r])=>Q_.has(t)?$o(r):!eA.has(t)||typeof r!="object"||r===null?!1:Object.values(r).some($o))}function uy(e){return e===1?"element":"elements"}function tA(e,t){return G.transform(n=>n).check(n=>{let i=n.value;if(Array.isArray(i)){if(t.uniqueItems===!0){let o=new Map;for(let s=0;s<i.length;s++){let a=Um(i[s],new Set);if(a===null)continue;let u=o.get(a);if(u===void 0){o.set(a,s);continue}n.issues.push({code:"custom",message:`Array items must be unique: element at index ${s} duplicates the one at index ${u}`,input:i,path:[s],continue:!0})}}if(t.containsSchema){let o=t.minContains??1,s=t.maxContains!==void 0?t.maxContains+1:Number.POSITIVE_INFINITY,a=0;for(let u of i)if(t.containsSchema.safeParse(u).success&&++a>=s)break;a<o&&n.issues.push({code:"custom",message:`Array must contain at least ${o} matching ${uy(o)}; found ${a}`,input:i,continue:!0}),t.maxContains!==void 0&&a>t.maxContains&&n.issues.push({code:"custom",message:`Array must contain at most ${t.maxContains} matching ${uy(t.maxContains)}`,input:i,continue:!0})}}}).pipe(e)}function ly(e,t){if(e!==!1)return e===void 0||e===!0?G.any():ut(e,t)}var rA=/^(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d+)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;function dy(e,t){if(e.not!==void 0){if(typeof e.not=="object"&&Object.keys(e.not).length===0)return G.never();throw new Error("not is not supported in Zod (except { not: {} } for never)")}if(e.unevaluatedItems!==void 0)throw new Error("unevaluatedItems is not supported");if(e.unevaluatedProperties!==void 0)throw new Error("unevaluatedProperties is not supported");if(e.if!==void 0||e.then!==void 0||e.else!==void 0)throw new Error("Conditional schemas (if/then/else) are not supported");if(e.dependentSchemas!==void 0||e.dependentRequired!==void 0)throw new Error("dependentSchemas and dependentRequired are not supported");if(e.$ref){let i=e.$ref;if(t.refs.has(i))return t.refs.get(i);if(t.processing.has(i))return G.lazy(()=>{if(!t.refs.has(i))throw new Error(`Circular reference not resolved: ${i}`);return t.refs.get(i)});t.processing.add(i);let o=J_(i,t),s=ut(o,t);return t.refs.set(i,s),t.processing.delete(i),s}if(e.enum!==void 0){let i=e.enum;if(t.version==="openapi-3.0"&&e.nullable===!0&&i.length===1&&i[0]===null)return G.null();if(i.length===0)return G.never();if(i.length===1)return G.literal(i[0]);if(i.every(s=>typeof s=="string"))return G.enum(i);let o=i.map(s=>G.literal(s));return o.length<2?o[0]:G.union([o[0],o[1],...o.slice(2)])}if(e.const!==void 0)return G.literal(e.const);let r=e.type;if(Array.isArray(r)){let i=r.map(o=>{let s={...e,type:o};return dy(s,t)});return i.length===0?G.never():i.length===1?i[0]:G.union(i)}if(!r)return G.any();let n;switch(r){case"string":{let i=G.string();if(e.format){let o=e.format;o==="email"?i=i.check(G.email()):o==="uri"||o==="uri-reference"?i=i.check(G.url()):o==="uuid"||o==="guid"?i=i.check(G.uuid()):o==="date-time"?i=i.check(G.iso.datetime({offset:!0})):o==="date"?i=i.check(G.iso.date()):o==="time"?i=i.check(G.regex(rA)):o==="duration"?i=i.check(G.iso.duration()):o==="hostname"?i=i.check(G.hostname()):o==="ipv4"?i=i.check(G.ipv4()):o==="ipv6"?i=i.check(G.ipv6()):o==="mac"?i=i.check(G.mac()):o==="cidr"?i=i.check(G.cidrv4()):o==="cidr-v6"?i=i.check(G.cidrv6()):o==="base64"?i=i.check(G.base64()):o==="base64url"?i=i.check(G.base64url()):o==="e164"?i=i.check(G.e164()):o==="credit_card"?i=i.check(G.creditCard()):o==="iban"?i=i.check(G.iban()):o==="jwt"?i=i.check(G.jwt()):o==="emoji"?i=i.check(G.emoji()):o==="nanoid"?i=i.check(G.nanoid()):o==="cuid"?i=i.check(G.cuid()):o==="cuid2"?i=i.check(G.cuid2()):o==="ulid"?i=i.check(G.ulid()):o==="xid"?i=i.check(G.xid()):o==="ksuid"&&(i=i.check(G.ksuid()))}typeof e.minLength=="number"&&(i=i.min(e.minLength)),typeof e.maxLength=="number"&&(i=i.max(e.maxLength)),e.pattern&&(i=i.regex(new RegExp(e.pattern))),n=i;break}case"number":case"integer":{let i=r==="integer"?G.number().int():G.number();typeof e.minimum=="number"&&e.exclusiveMinimum!==!0&&(i=i.min(e.minimum)),typeof e.maximum=="number"&&e.exclusiveMaximum!==!0&&(i=i.max(e.maximum)),typeof e.exclusiveMinimum=="number"?i=i.gt(e.exclusiveMinimum):e.exclusiveMinimum===!0&&typeof e.minimum=="number"&&(i=i.gt(e.minimum)),typeof e.exclusiveMaximum=="number"?i=i.lt(e.exclusiveMaximum):e.exclusiveMaximum===!0&&typeof e.maximum=="number"&&(i=i.lt(e.maximum)),typeof e.multipleOf=="number"&&(i=i.multipleOf(e.multipleOf)),n=i;break}case"boolean":{n=G.boolean();break}case"null":{n=G.null();break}case"object":{let i={},o=e.properties||{},s=new Set(e.required||[]),a=typeof e.additionalProperties=="object"?ut(e.additionalProperties,t):void 0;for(let[p,f]of Object.entries(o)){let h=ut(f,t);He(i,p,s.has(p)?h:h.optional())}if(e.patternProperties){let p=e.patternProperties,f=Object.keys(p),h=[];for(let g of f){let $=ut(p[g],t),w=G.string().regex(new RegExp(g));h.push(G.looseRecord(w,$))}let y=[];if(Object.keys(i).length>0&&y.push(G.object(i).passthrough()),y.push(...h),y.length===0)n=G.object({}).passthrough();else if(y.length===1)n=y[0];else{let g=G.intersection(y[0],y[1]);for(let $=2;$<y.length;$++)g=G.intersection(g,y[$]);n=g}if(e.additionalProperties===!1){let g=Object.keys(i),$=f.map(x=>new RegExp(x)),w=n;n=n.check(x=>{if(!Tt(x.value))return;let A=[];for(let F of Object.keys(x.value))g.includes(F)||$.some(K=>K.test(F))||A.push(F);A.length&&x.issues.push({code:"unrecognized_keys",keys:A,input:x.value,inst:w})})}}else{let p=G.object(i);e.additionalProperties===!1?n=p.strict():a?n=p.catchall(a):n=p.passthrough()}let u=e.propertyNames!==void 0&&e.propertyNames!==!0,c=typeof e.minProperties=="number"?e.minProperties:void 0,l=typeof e.maxProperties=="number"?e.maxProperties:void 0;if(u||c!==void 0||l!==void 0){let p;if(u){let f=typeof e.propertyNames=="object"&&e.propertyNames.type===void 0?{type:"string",...e.propertyNames}:e.propertyNames;p=ut(f,t)}n=Y_(n,{keySchema:p,minProperties:c,maxProperties:l})}break}case"array":{let i=e.prefixItems,o=e.items;if(i&&Array.isArray(i)){let s=typeof e.minItems=="number"?e.minItems:0,a=i.map(p=>ut(p,t)),u=cy(a,s),c=Array.isArray(o)?void 0:ly(o,t),l=G.tuple(u);n=c?l.rest(c):l,typeof e.minItems=="number"&&(n=n.check(G.minLength(e.minItems))),typeof e.maxItems=="number"&&(n=n.check(G.maxLength(e.maxItems)))}else if(Array.isArray(o)){let s=typeof e.minItems=="number"?e.minItems:0,a=o.map(p=>ut(p,t)),u=cy(a,s),c=ly(e.additionalItems,t),l=G.tuple(u);n=c?l.rest(c):l,typeof e.minItems=="number"&&(n=n.check(G.minLength(e.minItems))),typeof e.maxItems=="number"&&(n=n.check(G.maxLength(e.maxItems)))}else if(o!==void 0){let s=ut(o,t),a=G.array(s);typeof e.minItems=="number"&&(a=a.min(e.minItems)),typeof e.maxItems=="number"&&(a=a.max(e.maxItems)),n=a}else n=G.array(G.any());(e.uniqueItems===!0||e.contains!==void 0)&&(n=tA(n,{uniqueItems:e.uniqueItems===!0,containsSchema:e.contains!==void 0?ut(e.contains,t):void 0,minContains:typeof e.minContains=="number"?e.minContains:void 0,maxContains:typeof e.maxContains=="number"?e.maxContains:void 0}));break}default:throw new Error(`Unsupported type: ${r}`)}return n}function ut(e,t){if(typeof e=="boolean")return e?G.any():G.never();let r=dy(e,t),n=e.type||e.enum!==void 0||e.const!==void 0;if(e.anyOf&&Array.isArray(e.anyOf)){let a=e.anyOf.map(c=>ut(c,t)),u=G.union(a);r=n?G.intersection(r,u):u}if(e.oneOf&&Array.isArray(e.oneOf)){let a=e.oneOf.map(c=>ut(c,t)),u=G.xor(a);r=n?G.intersection(r,u):u}if(e.allOf&&Array.isArray(e.allOf))if(e.allOf.length===0)r=n?r:G.any();else{let a=n?r:ut(e.allOf[0],t),u=n?0:1;for(let c=u;c<e.allOf.length;c++)a=G.intersection(a,ut(e.allOf[c],t));r=a}e.nullable===!0&&t.version==="openapi-3.0"&&(r=G.nullable(r)),e.readOnly===!0&&(r=G.readonly(r)),e.default!==void 0&&(r=r.default(e.default));let i={},o=["$id","id","$comment","$anchor","$vocabulary","$dynamicRef","$dynamicAnchor"];for(let a of o)a in e&&(i[a]=e[a]);let s=["contentEncoding","contentMediaType","contentSchema"];for(let a of s)a in e&&(i[a]=e[a]);if(e.type==="object"&&e.$ref===void 0){e.propertyNames!==void 0&&!$o(e.propertyNames)&&(i.propertyNames=e.propertyNames);for(let a of["minProperties","maxProperties"])e[a]!==void 0&&(i[a]=e[a])}if(e.type==="array"&&e.$ref===void 0){e.contains!==void 0&&!$o(e.contains)&&(i.contains=e.contains);for(let a of["uniqueItems","minContains","maxContains"])e[a]!==void 0&&(i[a]=e[a])}for(let a of Object.keys(e))H_.has(a)||He(i,a,e[a]);return Object.keys(i).length>0&&t.registry.add(r,i),e.description&&(r=r.describe(e.description)),r}function py(e,t){if(typeof e=="boolean")return e?G.any():G.never();let r;try{r=JSON.parse(JSON.stringify(e))}catch{throw new Error("fromJSONSchema input is not valid JSON (possibly cyclic); use $defs/$ref for recursive schemas")}let n=W_(r,t?.defaultTarget),i=r.$defs||r.definitions||{},o={version:n,defs:i,refs:new Map,processing:new Set,rootSchema:r,registry:t?.registry??We};return ut(r,o)}var fy=Symbol("z.visit/resolving");function _o(e,t){let r=typeof t=="function"?t:(s,a)=>{let u=t[s._zod.def.type];return u?u(s,a):s},n=new Map;function i(s){let a=n.get(s);if(a===fy)return new Yi({type:"lazy",getter:()=>n.get(s)});if(a!==void 0)return a;n.set(s,fy);let u=o(s),c=r(u,u!==s);return n.set(s,c),c}function o(s){let a=s._zod.def,u=a.type;switch(u){case"object":{let c=a.shape,l=Object.keys(c),p=!1,f={};for(let y of l){let g=i(c[y]);g!==c[y]&&(p=!0),f[y]=g}let h=a.catchall;return a.catchall&&(h=i(a.catchall),h!==a.catchall&&(p=!0)),p?Ae(s,{...a,shape:f,catchall:h}):s}case"array":{let c=i(a.element);return c===a.element?s:Ae(s,{...a,element:c})}case"tuple":{let c=a.items,l=!1,p=[];for(let h of c){let y=i(h);y!==h&&(l=!0),p.push(y)}let f=a.rest;return a.rest&&(f=i(a.rest),f!==a.rest&&(l=!0)),l?Ae(s,{...a,items:p,rest:f}):s}case"record":case"map":{let c=i(a.keyType),l=i(a.valueType);return c===a.keyType&&l===a.valueType?s:Ae(s,{...a,keyType:c,valueType:l})}case"set":{let c=i(a.valueType);return c===a.valueType?s:Ae(s,{...a,valueType:c})}case"union":{let c=a.options,l=!1,p=[];for(let f of c){let h=i(f);h!==f&&(l=!0),p.push(h)}return l?Ae(s,{...a,options:p}):s}case"intersection":{let c=i(a.left),l=i(a.right);return c===a.left&&l===a.right?s:Ae(s,{...a,left:c,right:l})}case"optional":case"nullable":case"default":case"prefault":case"catch":case"readonly":case"nonoptional":case"promise":case"success":{let c=i(a.innerType);return c===a.innerType?s:Ae(s,{...a,innerType:c})}case"pipe":{let c=i(a.in),l=i(a.out);return c===a.in&&l===a.out?s:Ae(s,{...a,in:c,out:l})}case"function":{let c=i(a.input),l=i(a.output);return c===a.input&&l===a.output?s:Ae(s,{...a,input:c,output:l})}case"lazy":{let c=a.getter,{_cachedInner:l,...p}=a;return Ae(s,{...p,getter:()=>i(c())})}case"template_literal":case"string":case"number":case"int":case"boolean":case"bigint":case"symbol":case"undefined":case"null":case"void":case"never":case"any":case"unknown":case"date":case"nan":case"enum":case"literal":case"file":case"transform":case"custom":return s;default:return s}}return i(e)}function my(e){return _o(e,{object:t=>t.partial(),union:t=>{let r=t._zod.def;return r.discriminator===void 0?t:Qn(r.options)}})}function nA(e,t){if(!t?.length)return e;let r=e._zod.def;return Ae(e,qt(r,{checks:[...r.checks??[],...t]}),{parent:!0})}function hy(e){return nA(e.out,e.checks)}function iA(e){return e.in._zod.traits.has("$ZodTransform")?hy(e):e.in}function gy(e){return _o(e,{pipe:t=>iA(t._zod.def),default:(t,r)=>r?en(t._zod.def.innerType):t,catch:(t,r)=>r?t._zod.def.innerType:t})}function by(e){return _o(e,{pipe:t=>hy(t._zod.def),prefault:(t,r)=>r?t._zod.def.innerType:t})}var Mm={};er(Mm,{bigint:()=>cA,boolean:()=>aA,date:()=>uA,number:()=>sA,string:()=>oA});function oA(e){return ap(Wn,e)}function sA(e){return fp(Xn,e)}function aA(e){return wp(Jn,e)}function cA(e){return kp(Yn,e)}function uA(e){return Cp(mo,e)}var ic={type:"decimal",min:"0",max:"1e12"},Zt=(e,t)=>({type:"decimal",min:e,max:t,integer:!0}),qm={type:"text"},Ao=["sd1.5","sdxl","sd3","flux1-dev","flux1-schnell"],So={runs:ic,results:Zt("1","10000"),width:Zt("1","100000"),height:Zt("1","100000"),resolution:qm,steps:Zt("1","10000"),seconds:{type:"decimal",min:"0",max:"1e7"},fps:Zt("1","1000"),frames:Zt("1","100000"),audio:{type:"boolean"},quality:qm,characters:Zt("0","1e9"),referenceImages:Zt("0","100"),referenceVideoSeconds:{type:"decimal",min:"0",max:"86400"},format:qm,bitDepth:Zt("1","64"),gpuCount:Zt("1","64"),worker:{type:"enum",values:["flex","active"]},coldStarts:ic,coldStartSeconds:{type:"decimal",min:"0",max:"86400"},idleSeconds:{type:"decimal",min:"0",max:"86400"},activeWorkers:Zt("0","100000"),setupSeconds:{type:"decimal",min:"0",max:"86400"},keepAlive:{type:"decimal",min:"0",max:"86400"},teardownSeconds:{type:"decimal",min:"0",max:"86400"},volumeGB:{type:"decimal",min:"0",max:"1e9"},containerDiskGB:{type:"decimal",min:"0",max:"1e9"},gpuPick:{type:"enum",values:["dearest","first"]},architecture:{type:"enum",values:Ao}},Bm=Object.keys(So),yy=["day","week","month"],vy={limit:ic,maxIncrease:ic,maxIncreasePercent:{type:"decimal",min:"0",max:"1e6"},unpriced:{type:"enum",values:["fail","warn"]},judge:{type:"enum",values:["expected","high"]},undeclared:{type:"enum",values:["fail","warn","off"]}},wy={maxVariance:{type:"decimal",min:"0",max:"1e6"}},xy=200,ky=1e6;function oc(e){if(e===null||typeof e!="object")return!1;let t=Object.getPrototypeOf(e);return t===Object.prototype||t===null}var lt=b.string().regex(/^(0|[1-9]\d*)(\.\d+)?$/,{message:'expected a non-negative decimal string such as "0.00116"'}),ur=b.string().regex(/^\d{4}-\d{2}-\d{2}$/,{message:"expected a date as YYYY-MM-DD"}),lA=b.enum(["image","megapixel","video","video_second","audio_second","character","request","gpu_second","gb_month","reference_image","reference_video_second","runner_second","video_token"]),dA=b.enum(["published","measured","modeled","contract","account"]),sc=b.union([b.string(),b.boolean(),b.number()]),pA=b.object({gt:b.number().optional(),gte:b.number().optional(),lt:b.number().optional(),lte:b.number().optional()}).strict().refine(e=>Object.keys(e).length>0,{message:"a range needs at least one of gt, gte, lt, lte"}),fA=b.union([sc,b.array(sc).min(1),pA]),mA=b.object({mode:b.enum(["ceil","floor","half-up"]),step:lt.default("1"),scope:b.enum(["request","total"]).default("request")}).strict(),hA=b.object({upTo:lt.optional(),amount:lt}).strict(),jm=b.object({width:b.number().int().positive(),height:b.number().int().positive(),steps:b.number().int().positive(),amount:lt}).strict(),gA=b.object({low:b.union([lt,b.array(jm).min(1)]).optional(),high:b.union([lt,b.array(jm).min(1)]).optional(),source:b.url().optional(),note:b.string().min(1)}).strict().refine(e=>e.low!==void 0||e.high!==void 0,{message:"a range needs `low`, `high` or both"}),$y={source:b.url({message:"expected the URL where the price is published"}),checkedAt:ur,effectiveFrom:ur,basis:dA,verified:b.boolean().default(!0),note:b.string().optional()},Zm=b.object({charge:b.string().min(1).default("base"),unit:lA,amount:lt.optional(),tiers:b.array(hA).min(1).optional(),measured:b.array(jm).min(1).optional(),per:lt.default("1"),pixelsPerMegapixel:lt.optional(),quantityFrom:b.enum(["volumeGB","containerDiskGB"]).optional(),when:b.record(b.string(),fA).default({}),absent:b.array(b.string().min(1)).min(1).optional(),optional:b.boolean().optional(),rounding:mA.optional(),included:b.object({quantity:lt,amount:lt}).strict().optional(),range:gA.optional(),...$y}).strict().superRefine((e,t)=>{e.range&&bA(e,t),e.included&&e.amount===void 0&&t.addIssue({code:"custom",path:["included"],message:"`included` prices a first block ahead of `amount`: give `amount`, not tiers"}),[e.amount,e.tiers,e.measured].filter(n=>n!==void 0).length!==1&&t.addIssue({code:"custom",message:"give exactly one of `amount`, `tiers` or `measured`"}),e.per==="0"&&t.addIssue({code:"custom",path:["per"],message:"`per` must be greater than 0"}),e.tiers&&e.tiers.forEach((n,i)=>{i===e.tiers.length-1!==(n.upTo===void 0)&&t.addIssue({code:"custom",path:["tiers",i,"upTo"],message:"every tier but the last needs `upTo`; the last has none"})}),e.unit==="megapixel"&&e.pixelsPerMegapixel===void 0&&t.addIssue({code:"custom",path:["pixelsPerMegapixel"],message:"a megapixel rate must say how many pixels make one megapixel"}),e.measured&&e.unit!=="image"&&t.addIssue({code:"custom",path:["unit"],message:"measured runs price one image: use unit `image`"})});function bA(e,t){let r=e.range,n=e.amount!==void 0?"amount":e.measured?"measured":"tiers";for(let i of["low","high"]){let o=r[i];if(o===void 0)continue;let s=["range",i];if(n==="tiers")t.addIssue({code:"custom",path:s,message:"a tiered rate cannot carry a range yet: give the rate as `amount`"});else if(n==="amount"&&typeof o!="string")t.addIssue({code:"custom",path:s,message:`an \`amount\` rate's \`range.${i}\` is an amount such as "0.0013"`});else if(n==="measured"&&typeof o=="string")t.addIssue({code:"custom",path:s,message:`a measured rate's \`range.${i}\` is a list of measured runs`});else if(n==="amount"&&typeof o=="string"){let[a,u]=i==="low"?[o,e.amount]:[e.amount,o];ie(a).greaterThan(u)&&t.addIssue({code:"custom",path:s,message:`\`range.${i}\` ${o} is on the wrong side of \`amount\` ${e.amount}`})}}}var yA=Zm.and(b.object({appliesTo:b.array(b.string()).min(1),except:b.array(b.string()).default([])})),_y=b.record(b.string(),b.array(b.string().min(1)).min(1)).default({}),vA=b.union([b.array(b.number()).min(1),b.object({gte:b.number().optional(),lte:b.number().optional(),integer:b.boolean().default(!1)}).strict()]),wA=b.object({amount:lt,...$y}).strict(),xA=b.object({on:ur,replacement:b.string().min(1),source:b.url()}).strict(),kA=b.enum(["image","video","audio","gpu","storage","other"]),Vm=b.object({id:b.string().min(1),name:b.string().min(1),kind:kA,aliases:b.array(b.string().min(1)).default([]),requires:b.array(b.string()).default([]),defaults:b.record(b.string(),sc).default({}),accepts:_y,allowed:b.record(b.string(),vA).optional(),minimum:wA.optional(),retired:xA.optional(),rates:b.array(Zm).min(1),pool:b.object({id:b.string().min(1),source:b.url(),checkedAt:ur,verified:b.boolean().default(!0),note:b.string().optional()}).strict().optional(),note:b.string().optional()}).strict(),$A=b.object({ids:b.array(b.string().min(1)).min(1),reason:b.enum(["outside-pools","no-published-price","ambiguous","not-offered"]),instead:b.array(b.string().min(1)).min(1).optional(),name:b.string().min(1),pool:b.string().min(1).optional(),source:b.url(),checkedAt:ur,verified:b.boolean().default(!0),note:b.string().optional()}).strict(),_A=b.object({id:b.string().min(1),name:b.string().min(1),source:b.url({message:"expected the URL of the page that states the architecture"}),checkedAt:ur,verified:b.boolean().default(!0),note:b.string().optional()}).strict(),AA=b.object({id:b.enum(Ao),name:b.string().min(1),rates:b.array(Zm).min(1),models:b.array(_A).default([]),note:b.string().optional()}).strict(),SA=b.object({tier:b.number().int().positive(),purchasedUsd:lt,maxMonthlySpendUsd:lt}).strict(),dO=b.object({$schema:b.string().optional(),provider:b.string().regex(/^[a-z][a-z0-9-]*$/,{message:"expected a lower-case provider id"}),name:b.string().min(1),currency:b.enum(["USD","credits"]),credit:b.object({usd:lt,source:b.url(),checkedAt:ur,effectiveFrom:ur}).strict().optional(),billingSource:b.url(),defaults:b.record(b.string(),sc).default({}),accepts:_y,surcharges:b.array(yA).default([]),usageTiers:b.object({source:b.url(),checkedAt:ur,verified:b.boolean().default(!0),note:b.string().optional(),tiers:b.array(SA).min(1)}).strict().optional(),models:b.array(Vm).min(1),unpricedNames:b.array($A).default([]),architectures:b.array(AA).default([]),communitySources:b.array(b.string().regex(/^[a-z0-9-]+$/,{message:"expected an AIR source such as `civitai`"})).default([])}).strict().superRefine((e,t)=>{e.currency==="credits"&&!e.credit&&t.addIssue({code:"custom",path:["credit"],message:"a catalog priced in credits needs `credit.usd`"});let r=new Set;e.architectures.forEach((n,i)=>{r.has(n.id)&&t.addIssue({code:"custom",path:["architectures",i,"id"],message:`architecture \`${n.id}\` is listed twice`}),r.add(n.id)})});function Ay(e){let t="";for(let r of e)typeof r=="number"?t+=`[${r}]`:t+=t===""?String(r):`.${String(r)}`;return t}function RA(e,t){let r=e,n=()=>{for(let o=0;o<20;o++){let s=r.def;if(!s)return;if(s.type==="optional"||s.type==="default"||s.type==="nullable"||s.type==="readonly")r=s.innerType;else if(s.type==="pipe")r=s.in?.def?.type==="transform"?s.out:s.in;else if(s.type==="intersection")r=s.left;else return}};for(let o of t){n();let s=r.def;if(s?.type==="array"&&typeof o=="number")r=s.element;else if(s?.type==="object"&&s.shape&&typeof o=="string")r=s.shape[o];else return[]}n();let i=r.def;return i?.type==="object"&&i.shape?Object.keys(i.shape):[]}var IA={object:"a mapping",array:"a list",string:"a string",boolean:"true or false",number:"a number"};function ac(e){if(e===void 0)return"nothing";if(e===null)return"null";if(typeof e=="number"&&!Number.isFinite(e))return Number.isNaN(e)?".nan":".inf";if(typeof e=="string")return JSON.stringify(e.length>40?e.slice(0,40)+"\u2026":e);if(Array.isArray(e))return"a list";if(typeof e=="object"&&e!==null&&"toFixed"in e){let t=String(e);return t.length>24?t.slice(0,24)+"\u2026":t}return typeof e=="object"?"a mapping":String(e)}function EA(e,t){let r=e;for(let n of t){if(r===null||typeof r!="object")return;r=r[n]}return r}function Sy(e,t,r,n){let i=[];for(let o of e){if(o.code==="unrecognized_keys"){let l=RA(t,o.path);for(let p of o.keys){let f=[...o.path,p],h=vr(p,l),y=r.lineOf(f);i.push(new J(`unknown key \`${p}\``,{file:n,...y!==void 0?{line:y}:{},path:Ay(f)},h?`did you mean \`${h}\`?`:`allowed keys: ${l.join(", ")}`))}continue}let s=r.lineOf(o.path),a=EA(r.value,o.path),u={file:n,...s!==void 0?{line:s}:{},path:Ay(o.path)};if(a===void 0){let l=o.code==="custom"?o.message.replace(/^expected /,"add "):void 0;i.push(new J(`missing required \`${String(o.path.at(-1))}\``,u,l));continue}let c=o.code==="invalid_type"?`expected ${IA[o.expected]??o.expected}, got ${ac(a)}`:o.message.includes(", got ")?o.message:`${o.message}, got ${ac(a)}`;i.push(new J(c,u,TA(o,a)))}return i}function TA(e,t){if(e.code!=="invalid_value"||typeof t!="string")return;let r=e.values.filter(o=>typeof o=="string");if(!r.length)return;let n=String(e.path.at(-1)),i=vr(t,r);return i?`did you mean \`${n}: ${i}\`?`:`write \`${n}:\` as one of ${r.join(", ")}`}var xt=e=>e.trim().toLowerCase();function Py(e){let t=new Map,r=new Map,n=new Map,i=new Map,o=new Map;for(let s of e){if(t.has(s.provider))throw new J(`provider ${s.provider} appears in two catalog files`);t.set(s.provider,s);for(let a of s.models)for(let u of[a.id,...a.aliases]){let c=`${s.provider}\0${xt(u)}`;if(r.has(c))throw new J(`catalog ${s.provider}: model name \`${u}\` is used twice`,void 0,"make ids and aliases unique");r.set(c,{provider:s,model:a}),r.set(`${s.provider}\0${u}`,{provider:s,model:a})}o.set(s.provider,new Set((s.communitySources??[]).map(xt)));for(let a of s.architectures??[]){let u=OA(a);i.set(`${s.provider}\0${a.id}`,{provider:s,model:u,architecture:{entry:a}});for(let c of a.models??[]){let l=`${s.provider}\0${xt(c.id)}`;if(r.has(l))throw new J(`catalog ${s.provider}: community model \`${c.id}\` is also a model name or listed twice`,void 0,"list a community model under one architecture, and not as a model too");let p={provider:s,model:u,architecture:{entry:a,known:c}};r.set(l,p),r.set(`${s.provider}\0${c.id}`,p)}}for(let a of s.unpricedNames??[])for(let u of a.ids){let c=`${s.provider}\0${xt(u)}`;if(r.has(c)||n.has(c))throw new J(`catalog ${s.provider}: unpriced name \`${u}\` is also a model name or listed twice`,void 0,"a name is either a model (priced) or an unpriced name, once");n.set(c,a)}}return Object.freeze({providers:Object.freeze(e),provider:s=>t.get(xt(s)),model:(s,a)=>r.get(`${s}\0${a}`)??r.get(`${xt(s)}\0${xt(a)}`),unpricedName:(s,a)=>n.get(`${xt(s)}\0${xt(a)}`),architecture:(s,a)=>i.get(`${xt(s)}\0${xt(a)}`),isCommunity(s,a){let u=a.indexOf(":");return u>0&&(o.get(xt(s))?.has(xt(a.slice(0,u)))??!1)},suggest(s,a){let u=t.get(xt(s));return u?vr(a,u.models.flatMap(c=>[c.id,...c.aliases]),4):void 0}})}function OA(e){return{id:e.id,name:e.name,kind:"image",aliases:[],requires:[],defaults:{},accepts:{},rates:e.rates,...e.note?{note:e.note}:{}}}function Ry(e,t){let r=t.loOpen?e.greaterThan(t.lo):e.greaterThanOrEqualTo(t.lo),n=t.hiOpen?e.lessThan(t.hi):e.lessThanOrEqualTo(t.hi);return r&&n}var Iy=JSON.parse(String.raw`[
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
]`);var Ey;function cc(){return Ey??=Py(Iy),Ey}var CA=new WeakMap,DA=Object.freeze({priceSource:"catalog"});function uc(e){return CA.get(e)??DA}var Gm="genspend.prices.yml",NA=b.string().regex(/^(0|[1-9]\d?)(\.\d+)?%$/,{message:'expected a percentage under 100 such as "15%" or "12.5%"'}),FA=b.object({discount:NA.optional(),models:b.array(Vm).default([])}).strict(),LA=b.object({$schema:b.string().optional(),version:b.literal(1,{message:"expected `version: 1`"}),providers:b.record(b.string().regex(/^[a-z][a-z0-9-]*$/,{message:"expected a lower-case provider id"}),FA)}).strict();var Km=/[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g,Ty=new RegExp(Km.source),lc=e=>Ty.test(e);function Oy(e){let t=Ty.exec(e);return t?{char:t[0],index:t.index}:void 0}var Cy=e=>`U+${e.codePointAt(0).toString(16).toUpperCase().padStart(4,"0")}`;var Hm=new Map(Bm.map((e,t)=>[e,t]));function zA(e,t,r){let n=Oy(e);n&&r.push(new J(`workload name ${JSON.stringify(e)} holds an invisible or control character (${Cy(n.char)} at position ${n.index+1})`,t,"remove it: a name must read as it is matched"));let i=e.normalize("NFC").trim();return i||r.push(new J("workload name is empty",t,"give the workload a name")),i}function Dy(e,t,r){let n=[],i=new Map,o=e.workloads.map((c,l)=>{let p=r(l),f={file:t,...p!==void 0?{line:p}:{}},h=`workloads[${l}]`,y=zA(c.name,{...f,path:`${h}.name`},n),g=i.get(y);g!==void 0&&n.push(new J(`workload name "${y}" is also used by workloads[${g}]`,{...f,path:`${h}.name`},"give every workload a unique name: the diff matches base and head by name")),i.set(y,l);let $=c.provider.trim().toLowerCase()==="runpod";$&&c.gpu===void 0&&c.model===void 0?n.push(new J("a runpod workload names its GPU with `gpu`",{...f,path:h},"add `gpu: H100 PRO` (see `genspend prices runpod`), or `model: network-volume` for storage")):$&&c.gpu!==void 0&&c.model!==void 0?n.push(new J("give either `gpu` or `model`, not both",{...f,path:h},"keep `gpu` for a GPU endpoint")):!$&&c.model===void 0?n.push(new J("missing required `model`",{...f,path:h},`add \`model:\` with a model id (see \`genspend prices ${c.provider}\`)`)):!$&&c.gpu!==void 0&&n.push(new J("`gpu` applies to runpod workloads only",{...f,path:`${h}.gpu`},"remove it"));let w=Object.keys(c).filter(A=>Hm.has(A)&&c[A]!==void 0);w.sort((A,F)=>Hm.get(A)-Hm.get(F));let x={};for(let A of w)x[A]=c[A];return{name:y,provider:c.provider,model:(Array.isArray(c.gpu)?c.gpu.join(","):c.gpu)??c.model,attributes:x,location:f,...c.endpointId!==void 0?{endpointId:c.endpointId}:{}}});if(n.length)throw new Mt(n);let s={...e.budget.limit!==void 0?{limit:e.budget.limit}:{},...e.budget.maxIncrease!==void 0?{maxIncrease:e.budget.maxIncrease}:{},...e.budget.maxIncreasePercent!==void 0?{maxIncreasePercent:e.budget.maxIncreasePercent}:{},unpriced:e.budget.unpriced??"warn",...e.budget.judge==="high"?{judge:"high"}:{},...e.budget.undeclared!==void 0?{undeclared:e.budget.undeclared}:{}},a=e.reconcile?.maxVariance!==void 0?{reconcile:{maxVariance:e.reconcile.maxVariance}}:{},u=e.scan?.exclude?.length?{scan:{exclude:e.scan.exclude}}:{};return{file:t,period:e.period,budget:s,...a,...u,workloads:o}}var Ny=new WeakMap;function UA(e){let t=new ae(e.min),r=new ae(e.max),n=e.integer?"a whole number":"a number",i=a=>a.greaterThanOrEqualTo(1e6)?a.toExponential().replace("e+","e"):a.toFixed(),o=`${e.positive?"greater than "+i(t):"from "+i(t)} to ${i(r)}`,s=b.custom().superRefine((a,u)=>{if(!(a instanceof ae)){if(typeof a=="number"&&!Number.isFinite(a))u.addIssue({code:"custom",message:`expected ${n} ${o}, got ${Number.isNaN(a)?".nan":".inf"}`});else{if(typeof a=="number")return;u.addIssue({code:"custom",message:`expected ${n} ${o}`})}return}(e.positive?a.lessThanOrEqualTo(t):a.lessThan(t))||a.greaterThan(r)?u.addIssue({code:"custom",message:`expected ${n} ${o}`}):e.integer&&!a.isInteger()&&u.addIssue({code:"custom",message:`expected ${n} ${o}`})});return Ny.set(s,{type:e.integer?"integer":"number",...e.positive?{exclusiveMinimum:t.toNumber()}:{minimum:t.toNumber()},maximum:r.toNumber()}),s}function MA(e){switch(e.type){case"decimal":return UA(e);case"text":return b.string().min(1);case"boolean":return b.boolean();case"enum":return b.enum(e.values)}}var Wm=e=>Object.fromEntries(Object.entries(e).map(([t,r])=>[t,MA(r)]));function ri(e){return b.preprocess(t=>oc(t)||t===void 0?t:qA,e)}var qA=Symbol("not a mapping"),BA=b.enum(yy),ti=Wm(vy),Fy=b.object({limit:ti.limit.optional(),maxIncrease:ti.maxIncrease.optional(),maxIncreasePercent:ti.maxIncreasePercent.optional(),unpriced:ti.unpriced.optional(),judge:ti.judge.optional(),undeclared:ti.undeclared.optional()}).strict(),CO=ri(Fy),jA=b.object({exclude:b.array(b.string().min(1)).max(1e3).optional()}).strict(),ZA=b.object({maxVariance:Wm(wy).maxVariance.optional()}).strict(),VA=Wm(So);var GA=b.union([b.string().min(1),b.array(b.string().min(1)).min(1,{message:"list at least one GPU"})],{error:"expected a GPU name (`gpu: ADA_24`) or a list of them in fallback order (`gpu: [ADA_24, AMPERE_24]`)"}),KA=ri(b.object({name:b.string().min(1).max(xy),description:b.string().optional(),provider:b.string().min(1),endpointId:b.string().min(1).optional(),model:b.string().min(1).optional(),gpu:GA.optional(),...Object.fromEntries(Object.entries(VA).map(([e,t])=>[e,t.optional()]))}).strict()),Ly=b.custom(e=>e instanceof ae?e.equals(1):e===1,{message:"expected `version: 1` (the only manifest version so far)"});Ny.set(Ly,{const:1});var Xm=ri(b.object({$schema:b.string().optional(),version:Ly,period:BA.default("month"),budget:ri(Fy.default({})),reconcile:ri(ZA).optional(),scan:ri(jA).optional(),workloads:b.array(KA).max(ky)}).strict());function zy(e,t){let r=R0(e,t);if(!oc(r.value))throw new J(`expected a mapping with \`version\`, \`period\`, \`budget\` and \`workloads\`, got ${ac(r.value)}`,{file:t,line:1},"see examples/genspend.yml for the shape");let n=Xm.safeParse(r.value);if(!n.success)throw new Mt(Sy(n.error.issues,Xm,r,t));return Dy(n.data,t,i=>r.lineOf(["workloads",i]))}function Jm(e){return Ur(e,({file:t,read:r})=>zy(r(),t))}function Ym(e){if(Array.isArray(e)){let r=e.map(Ym);return n=>r.some(i=>i(n))}if(typeof e=="object"&&e!==null){let r=e,n=r.gt??r.gte,i=r.lt??r.lte,o={lo:n===void 0?new ae(-1/0):new ae(n),loOpen:r.gt!==void 0,hi:i===void 0?new ae(1/0):new ae(i),hiOpen:r.lt!==void 0};return s=>{let a=Uy(s);return a!==void 0&&Ry(a,o)}}if(typeof e=="boolean")return r=>r===e;if(typeof e=="number"){let r=new ae(e);return n=>{let i=Uy(n);return i!==void 0&&i.equals(r)}}let t=e.toLowerCase();return r=>typeof r=="string"&&r.trim().toLowerCase()===t}function Uy(e){if(e instanceof ae)return e;if(typeof e=="string"&&/^-?\d+(\.\d+)?$/.test(e.trim()))return new ae(e.trim())}var HA={gt:">",gte:">=",lt:"<",lte:"<="};function Qm(e){if(Array.isArray(e))return e.map(String).join(" or ");if(typeof e=="object"&&e!==null){let t=e;return["gt","gte","lt","lte"].filter(r=>t[r]!==void 0).map(r=>`${HA[r]} ${t[r]}`).join(" and ")}return String(e)}var My=new WeakMap,WA={ceil:ae.ROUND_CEIL,floor:ae.ROUND_FLOOR,"half-up":ae.ROUND_HALF_UP};function qy(e,t){return{rate:e,amount:e.amount===void 0?void 0:ie(e.amount),per:ie(e.per),perIsOne:ie(e.per).equals(1),rounding:e.rounding&&{step:ie(e.rounding.step),stepIsOne:ie(e.rounding.step).equals(1),mode:WA[e.rounding.mode],scope:e.rounding.scope},tiers:e.tiers?.map(r=>({cap:r.upTo===void 0?void 0:ie(r.upTo),amount:ie(r.amount)})),included:e.included&&{quantity:ie(e.included.quantity),amount:ie(e.included.amount)},conditions:Object.entries(e.when),matchers:Object.entries(e.when).map(([r,n])=>[r,Ym(n)]),ref:Object.freeze({amount:e.amount??null,...e.tiers?{tiers:e.tiers}:{},...e.included?{included:e.included}:{},per:e.per,unit:e.unit,currency:t.currency,basis:e.basis,source:e.source,checkedAt:e.checkedAt,verified:e.verified,...e.note?{note:e.note}:{},...uc(e)})}}function XA(e,t){return e.surcharges.filter(r=>r.appliesTo.includes(t.kind)&&!r.except.includes(t.id))}function By(e,t){let r=My.get(t);if(r)return r;let n=e.currency==="credits"?ie(e.credit.usd):ie(1),i=new Map;for(let o of t.rates)i.set(o.charge,[...i.get(o.charge)??[],qy(o,e)]);return r={charges:[...i.entries()],surcharges:XA(e,t).map(o=>qy(o,e)),conditionKeys:[...new Set(t.rates.flatMap(o=>Object.keys(o.when)))],creditUsd:n,creditUsdIsOne:n.equals(1),defaults:Object.fromEntries(Object.entries({...e.defaults,...t.defaults}).map(([o,s])=>[o,typeof s=="number"?ie(s):s])),required:new Map,priced:new Map,choices:new Map},r.choices=YA(e,t,[...r.charges.flatMap(([,o])=>o),...r.surcharges],r.defaults),My.set(t,r),r}var JA=Object.entries(So).flatMap(([e,t])=>t.type==="enum"?[[e,t.values]]:[]);function YA(e,t,r,n){let i=new Map,o=new Set;for(let{rate:u}of r)for(let[c,l]of Object.entries(u.when)){let p=Array.isArray(l)?l:[l];p.every(f=>typeof f=="string")?i.set(c,[...i.get(c)??[],...p]):o.add(c)}for(let u of o)i.delete(u);for(let[u,c]of Object.entries(e.accepts))i.has(u)&&i.get(u).push(...c);for(let[u,c]of Object.entries(t.accepts))i.set(u,[...i.get(u)??[],...c]);let s=r.some(({rate:u})=>u.unit==="gpu_second");for(let[u,c]of JA)(i.has(u)||u==="worker"&&s)&&i.set(u,[...i.get(u)??[],...c]);let a=new Map;for(let[u,c]of i){let l=n[u],p=new Map;for(let f of typeof l=="string"?[...c,l]:c)p.has(f.trim().toLowerCase())||p.set(f.trim().toLowerCase(),f);a.set(u,p)}return a}function jy(e,t){if(!t.includes(",")||!e.models.some(n=>n.pool))return;let r=t.split(",").map(n=>n.trim()).filter(n=>n.length>0);return r.length>1?r:void 0}function QA(e,t,r){let n=r.models.some(o=>o.pool);if(t.reason==="no-published-price")return`no published price for ${t.pool?`pool ${t.pool}`:`\`${e}\``} (${t.name})`;if(t.reason==="ambiguous"){let o=(t.instead??[]).map(s=>`\`${s}\``).join(", ");return`\`${e}\` does not say which ${n?"GPU":"endpoint"} (${t.name}); write one of: ${o}`}let i=r.models.flatMap(o=>o.pool?[o.pool.id]:[]);if(t.reason==="not-offered"){if(!n){let o=(t.instead??[]).map(s=>`\`${s}\``).join(", ");return`\`${e}\` is not offered by ${r.name} (${t.name})${o?`; use ${o}`:""}`}return`\`${e}\` is no ${r.name} GPU type (${t.name}); pick one of: ${i.join(", ")}`}return`\`${e}\` is a Pods GPU, not in any ${r.name} pool; pick one of: ${i.join(", ")}`}function Zy(e,t,r){let n=e.unpricedName(t.provider,r);return n?QA(r,n,t):void 0}var Dt={day:24,week:168,month:730};function eh(e,t){if(e.measured)return["runs","width","height","steps"];switch(e.unit){case"image":case"video":case"request":return["runs"];case"megapixel":return["runs","width","height"];case"video_second":case"audio_second":return["runs","seconds"];case"character":return["runs","characters"];case"gpu_second":return t==="active"?["activeWorkers"]:["runs","seconds"];case"gb_month":return[e.quantityFrom??"volumeGB"];case"reference_image":return["runs","referenceImages"];case"reference_video_second":return["runs","referenceVideoSeconds"];case"video_token":return["runs","width","height","fps","seconds"];case"runner_second":return["runs","seconds"]}}function Gy(e,t){return e.unit==="gpu_second"?t==="active"?[]:["coldStartSeconds","idleSeconds"]:e.unit==="runner_second"?["setupSeconds","keepAlive"]:[]}function Ky(e,t){let r=eh(e,t);if(e.measured)return[...r,"results"];switch(e.unit){case"image":case"video":case"megapixel":case"video_second":case"video_token":return[...r,"results"];case"gpu_second":return t==="active"?[...r,"worker","gpuCount","runs","seconds"]:[...r,"worker","gpuCount","coldStarts","coldStartSeconds","idleSeconds"];case"runner_second":return[...r,"gpuCount","coldStarts","setupSeconds","keepAlive","teardownSeconds"];default:return r}}function th(e,t,r){let{num:n,value:i}=r,o=a=>i(a)!==void 0,s=()=>o("results")?n("results"):Wt;switch(e){case"image":return[{label:"images",count:ht(n("runs"),s()),each:Wt}];case"video":return[{label:"videos",count:ht(n("runs"),s()),each:Wt}];case"request":return[{label:"requests",count:n("runs"),each:Wt}];case"megapixel":return[{label:"megapixels",count:ht(n("runs"),s()),each:Ut(n("width").times(n("height")),tS(t))}];case"video_second":return[{label:"video seconds",count:ht(n("runs"),s()),each:n("seconds")}];case"audio_second":return[{label:"audio seconds",count:n("runs"),each:n("seconds")}];case"character":return[{label:"characters",count:n("runs"),each:n("characters")}];case"gpu_second":return rS(r);case"gb_month":return[{label:"GB-months",count:Wt,each:n(t.quantityFrom??"volumeGB")}];case"reference_image":return[{label:"reference images",count:n("runs"),each:n("referenceImages")}];case"reference_video_second":return[{label:"reference video seconds",count:n("runs"),each:n("referenceVideoSeconds")}];case"video_token":return[{label:"video tokens",count:ht(n("runs"),s()),each:eS(n)}];case"runner_second":return nS(r)}}function eS(e){return Ut(e("width").times(e("height")).times(e("fps")).times(e("seconds")),1024)}var Vy=new Map;function tS(e){let t=e.pixelsPerMegapixel??"1000000",r=Vy.get(t);return r||Vy.set(t,r=ie(t)),r}function rS({num:e,value:t,period:r}){let n=t("gpuCount")!==void 0?e("gpuCount"):Wt;if(t("worker")==="active")return[{label:"always-on",count:ht(e("activeWorkers"),n),each:ie(Dt[r]).times(3600)}];let i=[{label:"execution",count:ht(e("runs"),n),each:e("seconds")}];return t("coldStarts")!==void 0&&!e("coldStarts").isZero()&&(i.push({label:"cold starts",count:ht(e("coldStarts"),n),each:e("coldStartSeconds")}),i.push({label:"idle timeout",count:ht(e("coldStarts"),n),each:e("idleSeconds")})),i}function nS({num:e,value:t}){let r=t("gpuCount")!==void 0?e("gpuCount"):Wt,n=[{label:"execution",count:ht(e("runs"),r),each:e("seconds")}];if(t("coldStarts")===void 0||e("coldStarts").isZero())return n;let i=ht(e("coldStarts"),r);return n.push({label:"setup",count:i,each:e("setupSeconds")}),n.push({label:"keep-alive",count:i,each:e("keepAlive")}),t("teardownSeconds")!==void 0&&n.push({label:"teardown",count:i,each:e("teardownSeconds")}),n}var Hy={published:2,contract:2,account:2,measured:1,modeled:0},Po={megapixels:{from:["width","height"],compute:e=>e("width").times(e("height")).dividedBy(1e6)}};function rh(e,t,r){let n={name:e.name,provider:e.provider,model:e.model,...e.location?{location:e.location}:{},...e.endpointId!==void 0?{endpointId:e.endpointId}:{},runs:e.attributes.runs instanceof ae?e.attributes.runs:null,cost:null,credits:null,basis:null,lines:[],assumptions:[],warnings:[]},i=t.provider(e.provider);if(!i)return n.unpriced=`unknown provider \`${e.provider}\` (genspend prices ${t.providers.map(g=>g.provider).join(", ")})`,n;let o=i.provider==="runpod"?"GPU":"model";if(!e.model)return n.unpriced=`no ${o} given`,n;let s=t.model(i.provider,e.model);if(!s){let g=jy(i,e.model);if(g)return iS(e,g,t,r,n);let $=Zy(t,i,e.model);if($)return n.unpriced=$,n;let w=oS(e,t,i,n);if(!w)return n;s=w}let{model:a}=s,u=By(i,a),c=cS(e,u,aS(e,i,a,u));dS(e,i,a,u,c),mS(e,i,a,c),pS(e,a,u,c,n,s.architecture!==void 0),s.architecture&&sS(e,s.architecture,n);let l=[];for(let[g,$]of u.charges){let w,x=0;for(let A of $)Wy(A,c.value)&&fS(A,c.value)&&(w=A,x++);if(!(x===0&&$.every(A=>A.rate.optional))){if(x!==1)return n.unpriced=yS(a,g,$,x,c.value),n;l.push(w)}}let p=new Set;for(let g of u.surcharges){if(!g.conditions.some(([w])=>!Po[w]&&e.attributes[w]!==void 0))continue;let $=g.conditions.flatMap(([w])=>Po[w]?.from??[w]).filter(w=>c.value(w)===void 0);if($.length)throw new J(`workload "${e.name}": the ${i.name} "${g.rate.charge}" surcharge needs \`${$[0]}\``,e.location,`add \`${$[0]}:\` to the workload`,{workload:e.name,attribute:$[0],missing:$});if(Wy(g,c.value)){if(p.has(g.rate.charge))return n.unpriced=`two ${i.name} "${g.rate.charge}" surcharges match; the catalog is ambiguous`,n;p.add(g.rate.charge),l.push(g)}}let f={num:c.num,value:c.value,period:r},h=l.map(g=>Yy(g,u,f,n));for(let g of h)n.lines.push(...g);let y=bS(a,u,i,f,n.lines);y&&n.lines.push(y),n.cost=Je(n.lines.map(g=>g.amountUsd)),l.some(g=>g.rate.range)&&vS(a,u,f,l,h,n),i.currency==="credits"&&(n.credits=Je(n.lines.map(g=>g.amount)),n.creditUsd=u.creditUsd),n.basis=n.lines.reduce((g,$)=>Hy[$.basis]<Hy[g]?$.basis:g,n.lines[0]?.basis??"published");for(let g of c.defaulted)n.assumptions.push(`${g}: ${String(c.value(g))} (${i.name} default, not in the manifest)`);c.defaulted.size&&(n.defaulted=Object.fromEntries([...c.defaulted].map(g=>[g,String(c.value(g))])));for(let{rate:g}of l)g.verified||n.warnings.push(`unverified price for ${a.id}${g.charge==="base"?"":` (${g.charge})`}: ${g.note??"not confirmed against its source"}`);if(a.retired){let{on:g,replacement:$}=a.retired;n.warnings.push(`${a.id} was retired by ${i.name} on ${g}; use ${$}`)}return SS(f,c.value,n),n}function iS(e,t,r,n,i){let{gpuPick:o,...s}=e.attributes,a=typeof o=="string"&&o.trim().toLowerCase()==="first",u;for(let h of a?t.slice(0,1):t){let y=rh({...e,model:h,attributes:s},r,n);if(y.cost===null)return i.unpriced=`\`${h}\` in the GPU list ${t.join(", ")}: ${y.unpriced??"unpriced"}`,i;(!u||y.cost.greaterThan(u.estimate.cost))&&(u={id:h,estimate:y})}let{id:c,estimate:l}=u,p=r.model(e.provider,c).model,f=a?`the first of ${t.join(", ")} (gpuPick: first)`:`the dearest of ${t.join(", ")}: an endpoint may run its jobs on any GPU in its list (gpuPick: first prices the first)`;return{...l,model:e.model,assumptions:[`gpu: priced at ${c} (${p.id}), ${f}`,...l.assumptions]}}function oS(e,t,r,n){let i=e.model,o=e.attributes.architecture,s=(r.architectures??[]).map(p=>p.id);if(typeof o=="string"&&s.length){let p=t.architecture(r.provider,o);if(p)return p;n.unpriced=`no ${r.name} price for architecture \`${o}\` yet (the catalog prices ${s.join(", ")})`;return}let a=`add \`architecture:\` (one of ${Ao.join(", ")}) to price it from ${r.name}'s measured runs`;if(t.isCommunity(r.provider,i)){n.unpriced=`${r.name} community model \`${i}\` is billed by its architecture: ${a}`;return}let u=r.provider==="runpod"?"GPU":"model",c=t.suggest(r.provider,i),l=s.length?`; if it is a community model, ${a}`:"";n.unpriced=`unknown ${r.name} ${u} \`${i}\`${c?` (did you mean \`${c}\`?)`:""}${l}`}function sS(e,t,r){let{entry:n,known:i}=t;r.architecture=n.id;let o=i?`the catalog lists ${i.name} as ${n.id} (${i.source})`:`\`architecture: ${n.id}\` in the workload`;r.assumptions.push(`architecture: priced as ${n.name} (\`${n.id}\`) from ${o}`);let s=e.attributes.architecture;i&&typeof s=="string"&&s!==n.id&&r.warnings.push(`\`architecture: ${s}\` ignored: the catalog lists ${e.model} as ${n.id} (${i.source})`),i&&!i.verified&&r.warnings.push(`unverified architecture for ${e.model}: ${i.note??"not confirmed against its source"}`)}function aS(e,t,r,n){let i;for(let[o,s]of Object.entries(e.attributes)){if(typeof s!="string")continue;let a=n.choices.get(o);if(!a)continue;let u=a.get(s.trim().toLowerCase());if(u!==void 0){u!==s&&(i??=new Map).set(o,u);continue}let c=[...a.values()],l=vr(s.trim(),c);throw new J(`workload "${e.name}": ${t.name} ${r.id} does not know \`${o}\` ${JSON.stringify(s)} (allowed: ${c.join(", ")})`,e.location,l?`did you mean \`${o}: ${l}\`?`:`write \`${o}:\` as one of ${c.join(", ")}`,{workload:e.name,attribute:o,value:s,allowed:c,...l?{suggestion:l}:{}})}return i}function cS(e,t,r){let n=t.defaults,i=new Set,o,s=u=>{let c=r?.get(u)??e.attributes[u];if(c!==void 0)return typeof c=="number"?ie(c):c;let l=n[u];if(l!==void 0)return i.add(u),l;let p=Po[u];if(p&&p.from.every(f=>s(f)!==void 0)){let f=o?.get(u);return f||(o??=new Map).set(u,f=p.compute(a)),f}},a=u=>{let c=s(u);if(c instanceof ae)return c;if(typeof c=="string"&&/^\d+(\.\d+)?$/.test(c.trim()))return ie(c.trim());throw new J(`\`${u}\` must be a number, got ${JSON.stringify(c)}`,e.location)};return{value:s,num:a,defaulted:i}}function uS(e,t,r){let n=t.required.get(r);if(!n){let i=new Set(e.requires),o=e.rates.filter(s=>!s.optional);for(let s of o)for(let a of Object.keys(s.when))for(let u of Po[a]?.from??[a])i.add(u);for(let s of o)for(let a of eh(s,r))i.add(a);for(let s of e.rates)for(let a of s.absent??[])i.delete(a);n=[...i],t.required.set(r,n)}return n}function lS(e,t,r){let n=t.priced.get(r);if(!n){let i=new Set(e.requires),o=[...t.charges.flatMap(([,s])=>s),...t.surcharges];for(let{rate:s}of o){for(let a of Object.keys(s.when))for(let u of Po[a]?.from??[a])i.add(u);for(let a of Ky(s,r))i.add(a)}t.priced.set(r,n=i)}return n}function dS(e,t,r,n,i){let o=i.value("worker"),s=typeof o=="string"?o:void 0,a=uS(r,n,s),u=i.value("coldStarts");if(u instanceof ae&&!u.isZero()){let y=new Set(r.rates.flatMap(g=>Gy(g,s)));y.size&&(a=[...a,...y])}let c=a.filter(y=>i.value(y)===void 0),l=c[0];if(l===void 0)return;let p=r.rates.map(y=>y.when[l]).filter(y=>y!==void 0).map(Qm),f=p.length?` (one of: ${[...new Set(p)].join(", ")})`:"",h=c.length>1?`; also missing: ${c.slice(1).map(y=>`\`${y}\``).join(", ")}`:"";throw new J(`workload "${e.name}": ${t.name} ${r.id} needs \`${l}\`${f}${h}`,e.location,`add \`${l}:\` to the workload`,{workload:e.name,attribute:l,missing:c})}function pS(e,t,r,n,i,o){let s=n.value("worker"),a=typeof s=="string"?s:void 0,u=lS(t,r,a),c=a!==void 0&&r.choices.has("worker")?` with \`worker: ${a}\``:"";for(let l of Object.keys(e.attributes))o&&l==="architecture"||u.has(l)||i.warnings.push(`\`${l}\` does not change the price of ${t.id}${c}; ignored`)}function fS(e,t){return(e.rate.absent??[]).every(r=>t(r)===void 0)}function mS(e,t,r,n){for(let[i,o]of Object.entries(r.allowed??{})){let s=n.value(i);if(s===void 0)continue;let a=s instanceof ae?s:typeof s=="string"&&/^\d+(\.\d+)?$/.test(s.trim())?ie(s.trim()):void 0;if(a&&hS(o,a))continue;let u=gS(o);throw new J(`workload "${e.name}": ${t.name} ${r.id} does not accept \`${i}\` ${String(s)} (allowed: ${u})`,e.location,`write \`${i}:\` as ${Array.isArray(o)?`one of ${u}`:u}`,{workload:e.name,attribute:i,value:String(s),allowed:Array.isArray(o)?o.map(String):[u]})}}function hS(e,t){return Array.isArray(e)?e.some(r=>t.equals(r)):e.integer&&!t.isInteger()?!1:(e.gte===void 0||t.greaterThanOrEqualTo(e.gte))&&(e.lte===void 0||t.lessThanOrEqualTo(e.lte))}function gS(e){if(Array.isArray(e))return e.join(", ");let t=e.integer?"a whole number":"a number";return e.gte!==void 0&&e.lte!==void 0?`${t} from ${e.gte} to ${e.lte}`:e.gte!==void 0?`${t} of at least ${e.gte}`:e.lte!==void 0?`${t} up to ${e.lte}`:t}function bS(e,t,r,n,i){let o=e.minimum;if(!o||n.value("runs")===void 0)return;let s=n.num("runs");if(s.isZero())return;let a=Je(i.map(p=>p.amount)),u=s.times(o.amount);if(a.greaterThanOrEqualTo(u))return;let c=u.minus(a),l=r.currency==="credits"?"credits":"USD";return{charge:"minimum",label:`minimum ${o.amount} ${l} per request applied (metered ${mn(Ut(a,s))})`,unit:"request",quantity:s,billedQuantity:s,rate:Object.freeze({amount:o.amount,per:"1",unit:"request",currency:r.currency,basis:o.basis,source:o.source,checkedAt:o.checkedAt,verified:o.verified,...o.note?{note:o.note}:{},...uc(e.rates[0])}),amount:c,amountUsd:t.creditUsdIsOne?c:c.times(t.creditUsd),basis:o.basis}}function Wy(e,t){for(let[r,n]of e.matchers){let i=t(r);if(i===void 0||!n(i))return!1}return!0}function yS(e,t,r,n,i){let s=[...new Set(r.flatMap(u=>Object.keys(u.rate.when)))].map(u=>`${u}: ${String(i(u))}`).join(", ");if(n>1)return`${e.id}: more than one price matches ${s} (the catalog is ambiguous; run \`genspend catalog check\`)`;let a=r.map(u=>Object.entries(u.rate.when).map(([c,l])=>`${c} ${Qm(l)}`).join(", ")).join("; ");return`${e.id} has no ${t==="base"?"":`"${t}" `}price for ${s} (priced: ${a})`}function vS(e,t,r,n,i,o){let s={assumptions:[]},a=l=>{let p=nt;n.forEach((h,y)=>{let g=wS(h,l),$=g?Yy(g,t,r,s):i[y];p=p.plus(Je($.map(w=>w.amount)))});let f=e.minimum&&r.value("runs")!==void 0?r.num("runs"):void 0;return f&&!f.isZero()&&(p=ae.max(p,f.times(e.minimum.amount))),t.creditUsdIsOne?p:p.times(t.creditUsd)},u=ae.min(a("low"),o.cost),c=ae.max(a("high"),o.cost);o.range={low:u,high:c};for(let{rate:l}of n){if(!l.range)continue;let p=l.range.source?` (${l.range.source})`:"";o.assumptions.push(`price range ${Ne(u)} to ${Ne(c)}: ${l.range.note}${p}`)}}var Xy=new WeakMap;function wS(e,t){let r=e.rate.range?.[t];if(r===void 0)return;let n=Xy.get(e);n||Xy.set(e,n={});let i=n[t];return i||(i=typeof r=="string"?{...e,amount:ie(r),rate:{...e.rate,amount:r}}:{...e,rate:{...e.rate,measured:r}},n[t]=i),i}function Yy(e,t,r,n){let{rate:i}=e,o=e.ref,s=i.basis,a,u;if(i.measured){let c=_S(i,r);a=c.amount,o={...o,amount:mn(c.amount)},s=c.basis,c.assumption&&n.assumptions.push(c.assumption),u=th("image",i,r)}else u=th(i.unit,i,r);return u.map(c=>{let l=ht(c.count,c.each),p=xS(e,c,l),f;if(a?f=p.times(a):e.tiers?f=$S(e,p):e.included?f=kS(e,c.count,p):f=e.perIsOne?p.times(e.amount):Ut(p.times(e.amount),e.per),i.unit==="gb_month"){let h=Dt[r.period];f=Ut(f.times(h),Dt.month),r.period!=="month"&&n.assumptions.push(`storage prorated to ${h} of ${Dt.month} hours`)}return{charge:i.charge,label:i.charge==="base"?c.label:`${i.charge}: ${c.label}`,unit:i.unit,quantity:l,billedQuantity:p,rate:o,amount:f,amountUsd:t.creditUsdIsOne?f:f.times(t.creditUsd),basis:s}})}function xS(e,t,r){let n=e.rounding;if(!n)return r;let i=o=>n.stepIsOne?o.toDecimalPlaces(0,n.mode):o.dividedBy(n.step).toDecimalPlaces(0,n.mode).times(n.step);return n.scope==="request"?t.count.times(i(t.each)):i(r)}function kS(e,t,r){if(t.isZero())return nt;let{quantity:n,amount:i}=e.included,o=ae.max(nt,r.dividedBy(t).minus(n)),s=i.plus(e.perIsOne?o.times(e.amount):Ut(o.times(e.amount),e.per));return t.times(s)}function $S(e,t){let r=Ut(t,e.per),n=nt,i=nt;for(let o of e.tiers){let s=o.cap&&Ut(o.cap,e.per),a=s===void 0?r:ae.min(r,s.minus(n));if(a.lessThanOrEqualTo(0))break;i=i.plus(a.times(o.amount)),r=r.minus(a),s!==void 0&&(n=s)}return i}var Jy=new WeakMap;function _S(e,t){let r=`${t.num("width").toString()}x${t.num("height").toString()}x${t.num("steps").toString()}`,n=Jy.get(e);n||Jy.set(e,n=new Map);let i=n.get(r);return i||n.set(r,i=AS(e,t)),i}function AS(e,t){let r=t.num("width"),n=t.num("height"),i=t.num("steps"),o=r.times(n).times(i),s=(l,p)=>{let f=l.dividedBy(p);return ae.max(f,ie(1).dividedBy(f))},a;for(let l of e.measured){if(r.equals(l.width)&&n.equals(l.height)&&i.equals(l.steps))return{amount:ie(l.amount),basis:"measured"};let p={run:l,pixels:s(r.times(n),l.width*l.height),steps:s(i,l.steps)};(!a||p.pixels.lessThan(a.pixels)||p.pixels.equals(a.pixels)&&p.steps.lessThan(a.steps))&&(a=p)}let{run:u}=a;return{amount:Ut(ie(u.amount).times(o),u.width*u.height*u.steps),basis:"modeled",assumption:`modeled: scaled from the measured run at ${u.width}x${u.height}, ${u.steps} steps ($${u.amount} per image) by pixels and steps`}}function SS(e,t,r){if(t("worker")!=="active"||t("runs")===void 0||t("seconds")===void 0)return;let n=e.num("runs").times(e.num("seconds").ceil()),i=e.num("activeWorkers").times(Dt[e.period]*3600);n.greaterThan(i)&&r.warnings.push(`jobs need ${n.toFixed()} GPU-seconds but ${e.num("activeWorkers").toFixed()} active worker(s) provide ${i.toFixed()}: the overflow runs on flex workers and is not priced here; add a flex workload for it`)}function nh(e,t,r){if(new Set(e.map(a=>a.period)).size>1)throw new J(`manifests use different periods (${e.map(a=>`${a.file}: ${a.period}`).join(", ")})`,void 0,"use one `period` in every manifest, or price them separately");let i=r&&PS(r),o=Ur(e,a=>{let u=Ur(a.workloads,p=>{let f=i?.get(`${a.file}\0${p.name}`);return f&&f.period===a.period&&RS(f.spec,p)?ES(f.estimate,p):rh(p,t,a.period)}),c=Je(u.map(p=>p.cost).filter(p=>p!==null)),l=Qy(u.filter(p=>p.cost!==null),p=>p.cost);return{file:a.file,period:a.period,budget:a.budget,...a.reconcile?{reconcile:a.reconcile}:{},workloads:u,total:c,...l?{range:l}:{}}}),s=Qy(o,a=>a.total);return{period:e[0]?.period??"month",total:Je(o.map(a=>a.total)),...s?{range:s}:{},manifests:o}}function Qy(e,t){if(e.some(r=>r.range))return{low:Je(e.map(r=>r.range?.low??t(r))),high:Je(e.map(r=>r.range?.high??t(r)))}}function PS(e){let t=new Map;return e.manifests.forEach((r,n)=>{let i=e.estimate.manifests[n]?.workloads;r.workloads.forEach((o,s)=>{let a=i?.[s];a&&t.set(`${r.file}\0${o.name}`,{spec:o,estimate:a,period:r.period})})}),t}function RS(e,t){if(e.provider!==t.provider||e.model!==t.model||e.endpointId!==t.endpointId)return!1;let r=Object.keys(e.attributes);if(r.length!==Object.keys(t.attributes).length)return!1;for(let n of r){let i=e.attributes[n],o=t.attributes[n];if(i!==o&&!(i instanceof ae&&o instanceof ae&&IS(i,o)))return!1}return!0}function IS(e,t){if(e.s!==t.s||e.e!==t.e||!e.d||!t.d||e.d.length!==t.d.length)return!1;for(let r=0;r<e.d.length;r++)if(e.d[r]!==t.d[r])return!1;return!0}function ES(e,t){let{name:r,provider:n,model:i,location:o,...s}=e;return{name:r,provider:n,model:i,...t.location?{location:t.location}:{},...s}}var ih="a non-negative number such as 50 or 12.5";function oh(e){return/^\d{1,15}(\.\d{1,15})?$/.test(e)?ie(e):null}var OS={"\n":"\\n","\r":"\\r","	":"\\t","\0":"\\0"},CS=e=>{let t=OS[e];if(t)return t;let r=e.charCodeAt(0);return r<=255?`\\x${r.toString(16).padStart(2,"0")}`:`\\u${r.toString(16).padStart(4,"0")}`};function e2(e){return lc(e)?e.replace(Km,CS):e}function ni(e){return!DS.test(e)&&!lc(e)?e:e2(e.replace(/[\r\n]+/g," ")).replace(/&/g,"&amp;").replace(/</g,"&lt;").replace(/>/g,"&gt;").replace(/(^|[^A-Za-z0-9])@(?=[A-Za-z0-9])/g,"$1@\u200B").replace(/([\\`*_{}[\]#+!|~])/g,"\\$1")}var DS=/[\r\n&<>\\`*_{}[\]#+!|~@]/;function Ro(e,t=80){let r=e.replace(/[^\p{L}\p{N} .,:/@+\-()$'=_]+/gu,"_").replace(/\s+/g," ").trim();return r.length>t?`${r.slice(0,t-1)}\u2026`:r}function t2(e){let t=e.places??2,r=n=>`[${n.map(i=>i.toFixed(t)).join(", ")}]`;return["```mermaid","xychart-beta",`  title "${Ro(e.title,120)}"`,`  x-axis [${e.x.map(n=>`"${Ro(n,40)}"`).join(", ")}]`,`  y-axis "${Ro(e.yLabel,40)}"`,...(e.bars??[]).map(n=>`  bar ${r(n)}`),...(e.lines??[]).map(n=>`  line ${r(n)}`),"```"].join(`
`)}function Nt(e,t){return new Date(Date.parse(`${e}T00:00:00Z`)+t*864e5).toISOString().slice(0,10)}function sh(e,t){let r=[];for(let n=e;n<t;n=Nt(n,1))r.push(n);return r}var Io={lowDays:ie(14),criticalDays:ie(3)},NS=e=>ie(Dt[e]).dividedBy(24);function ii(e,t){return t===null||t.greaterThan(FS)?null:Nt(e,t.floor().toNumber())}var FS=36525;function ah(e,t){return t===null||t.lessThanOrEqualTo(0)?null:ae.max(e,0).dividedBy(t)}function ch(e,t=Io){let r=e.burnPerDayUsd??null,n=e.plannedPerPeriodUsd===void 0?null:e.plannedPerPeriodUsd.dividedBy(NS(e.period)),i=ah(e.balanceUsd,r),o=ah(e.balanceUsd,n),s=e.plannedPerPeriodUsd!==void 0&&e.plannedPerPeriodUsd.greaterThan(e.balanceUsd)?e.plannedPerPeriodUsd.minus(e.balanceUsd):null,a=[],u="ok",c=(l,p)=>{a.push(p),(l==="critical"||l==="low"&&u==="ok")&&(u=l)};e.balanceUsd.lessThanOrEqualTo(0)&&c("critical",`balance is ${Ne(e.balanceUsd)}`);for(let[l,p]of[[i,"at the observed burn"],[o,"at the planned spend"]]){if(l===null||e.balanceUsd.lessThanOrEqualTo(0))continue;let f=l.toFixed(1,ae.ROUND_DOWN);l.lessThan(t.criticalDays)?c("critical",`${f} days left ${p} (critical under ${t.criticalDays.toFixed()})`):l.lessThan(t.lowDays)&&c("low",`${f} days left ${p} (low under ${t.lowDays.toFixed()})`)}return t.criticalBalanceUsd&&e.balanceUsd.lessThan(t.criticalBalanceUsd)&&e.balanceUsd.greaterThan(0)?c("critical",`balance ${Ne(e.balanceUsd)} is under ${Ne(t.criticalBalanceUsd)}`):t.lowBalanceUsd&&e.balanceUsd.lessThan(t.lowBalanceUsd)&&e.balanceUsd.greaterThan(0)&&c("low",`balance ${Ne(e.balanceUsd)} is under ${Ne(t.lowBalanceUsd)}`),s&&a.push(`the planned ${e.period} needs ${Ne(s)} more than the balance`),{provider:e.provider,balanceUsd:e.balanceUsd,burnPerDayUsd:r,daysLeft:i,plannedPerDayUsd:n,plannedDaysLeft:o,shortfallUsd:s,status:u,reasons:a}}function uh(e,t){let r=e.provider(t)?.credit?.usd;return r===void 0?void 0:ie(r)}function dc(e,t,r){if(r.credits!==void 0){let n=uh(e,t);if(!n)throw new J(`${t} reports money in credits, but the catalog has no credit value for ${t}`,void 0,`add \`credit.usd\` to the ${t} catalog`);return ie(r.credits).times(n)}if(r.amountUsd===void 0)throw new TypeError(`${t}: an amount needs \`amountUsd\` or \`credits\``);return ie(r.amountUsd)}function r2(e,t,r){return r.map(n=>{let i=o=>dc(e,t,n.credits!==void 0?{credits:o}:{amountUsd:o});return{date:n.date,amountUsd:i(n.credits??n.amountUsd).toFixed(),...n.credits!==void 0?{credits:n.credits}:{},...n.byModel?{byModel:Object.fromEntries(Object.entries(n.byModel).map(([o,s])=>[o,i(s).toFixed()]))}:{}}})}function n2(e,t){let r=Object.prototype.hasOwnProperty.call(e.models,t)?e.models[t]:void 0;return!r||r.maxDailyGenerations===null?null:Math.max(0,r.maxDailyGenerations-r.dailyGenerationsUsed)}function i2(e,t,r,n,i){let o=e.filter(w=>w.provider.toLowerCase()==="runway"&&w.cost!==null),s=ie(24).dividedBy(Dt[r]),a=new Map;for(let w of o)a.set(w.model,(a.get(w.model)??nt).plus(w.runs??nt));let u=[],c=[],l=[...a.entries()].sort(([w],[x])=>w<x?-1:1).map(([w,x])=>{let A=t.models[w],F=x.times(s),K=A?.maxDailyGenerations??null,V=A?.dailyGenerationsUsed??0,se=K===null||F.lessThanOrEqualTo(K);return A||c.push(`${w}: not in the tier's live limits; its daily limit is unknown`),se||u.push(`${w}: the plan needs ${F.toFixed(1)} generations a day; the tier allows ${K}`),{model:w,plannedPerDay:F,maxDailyGenerations:K,usedLast24h:V,leftToday:n2(t,w),maxConcurrentGenerations:A?.maxConcurrentGenerations??null,fits:se,limitKnown:A!==void 0}}),f=Je(o.map(w=>w.credits??nt)).times(720).dividedBy(Dt[r]),h=f.lessThanOrEqualTo(t.maxMonthlyCreditSpend),y=null,g=h?null:LS(f,i),$=g!==null&&g.greaterThanOrEqualTo(Dt[r]/24);if(g!==null&&c.push(`the held credits cover the plan for ${g.toDecimalPlaces(1,ae.ROUND_DOWN).toFixed()} days; after that the monthly purchase cap of ${t.maxMonthlyCreditSpend} credits falls short of the plan`),!h&&!$){let w=n.provider("runway")?.usageTiers?.tiers??[],x=uh(n,"runway");if(x){let A=f.times(x);y=w.find(F=>ie(F.maxMonthlySpendUsd).greaterThanOrEqualTo(A))??null}u.push(`the plan needs ${f.toDecimalPlaces(0,ae.ROUND_UP).toFixed()} credits per 30 days; the tier caps purchases at ${t.maxMonthlyCreditSpend}`+(y?`: tier ${y.tier} (unlocked at $${y.purchasedUsd} purchased) allows $${y.maxMonthlySpendUsd}`:": no published tier covers it; ask Runway"))}return{models:l,plannedCreditsPer30Days:f,maxMonthlyCreditSpend:t.maxMonthlyCreditSpend,fitsMonthlyCap:h,tierNeeded:y,problems:u,capBindsInDays:g,notes:c}}function LS(e,t){return t===void 0||e.isZero()?null:ae.max(t,nt).dividedBy(e.dividedBy(30))}function lh(e,t){if("error"in e)return{provider:e.provider,error:e.error};let{catalog:r,thresholds:n,estimate:i}=t,o=e.provider,s=o2(r,o,e.balance),a=zS(r,e),u=i?US(o,i):void 0,c=ch({provider:o,balanceUsd:s,...a!==void 0?{burnPerDayUsd:a}:{},...u!==void 0?{plannedPerPeriodUsd:u}:{},period:i?.period??"month"},n);a===void 0&&(c.status==="ok"&&(c={...c,status:"low"}),c.reasons.push(`usage history could not be read: ${e.usageError??"no usage figures were given"}`));let l={provider:o,figures:e,...u!==void 0?{plannedUsd:u}:{},...e.usage?{usageUsd:r2(r,o,e.usage.days).map(p=>({date:p.date,amountUsd:ie(p.amountUsd)}))}:{}};if(e.limits&&i){let p=i2(i.manifests.flatMap(f=>f.workloads),e.limits,i.period,r,e.balance.credits!==void 0?ie(e.balance.credits):void 0);p.problems.length&&c.status==="ok"&&(c={...c,status:"low"}),c.reasons.push(...p.problems,...p.notes),l.tier=p}return{...l,forecast:c}}function o2(e,t,r){return dc(e,t,r.credits!==void 0?{credits:r.credits}:{amountUsd:r.amountUsd})}function zS(e,t){return t.burnPerDayCredits!==void 0?dc(e,t.provider,{credits:t.burnPerDayCredits}):t.burnPerDayUsd===void 0?void 0:ie(t.burnPerDayUsd)}function US(e,t){return Je(t.manifests.flatMap(r=>r.workloads).filter(r=>r.provider.toLowerCase()===e&&r.cost!==null).map(r=>r.cost))}function dh(e){return e.some(t=>t.error||!t.forecast)?"error":e.some(t=>t.forecast.status==="critical")?"critical":e.some(t=>t.forecast.status==="low")?"low":"ok"}function oi(e){let t=e.flatMap(r=>[r.forecast?.daysLeft??null,r.forecast?.plannedDaysLeft??null]).filter(r=>r!==null);return t.length?ae.min(...t):null}var Rt=e=>e==null?null:e.toFixed(1,ae.ROUND_DOWN),ph=e=>e?.period??"month";function fh(e){let{reports:t,estimate:r}=e;return{version:2,asOf:e.asOf,burnWindowDays:e.burnWindowDays,period:ph(r),status:e.status,daysLeft:Rt(oi(t)),providers:t.map(n=>{let i=n.forecast,o=n.figures?.balance;return{provider:n.provider,status:i?.status??null,...i&&o?{balanceUsd:i.balanceUsd.toFixed(),...o.credits!==void 0?{credits:o.credits}:{},...o.spendLimitPerHourUsd!==void 0?{spendLimitPerHourUsd:o.spendLimitPerHourUsd}:{},...o.currentSpendPerHourUsd!==void 0?{currentSpendPerHourUsd:o.currentSpendPerHourUsd}:{},burnPerDayUsd:i.burnPerDayUsd?.toFixed()??null,daysLeft:Rt(i.daysLeft),runsOutOn:ii(e.asOf,i.daysLeft),plannedPerPeriodUsd:n.plannedUsd?.toFixed()??null,plannedDaysLeft:Rt(i.plannedDaysLeft),plannedRunsOutOn:ii(e.asOf,i.plannedDaysLeft),shortfallUsd:i.shortfallUsd?.toFixed()??null,reasons:i.reasons}:{},...n.figures?.usageError?{usageError:n.figures.usageError}:{},...n.usageUsd?{daily:s2(e,n).map(s=>({date:s.date,amountUsd:mn(s.amountUsd)}))}:{},...n.tier?{tier:{maxMonthlyCreditSpend:n.tier.maxMonthlyCreditSpend,plannedCreditsPer30Days:n.tier.plannedCreditsPer30Days.toDecimalPlaces(0,ae.ROUND_UP).toFixed(),fitsMonthlyCap:n.tier.fitsMonthlyCap,capBindsInDays:n.tier.capBindsInDays?.toDecimalPlaces(1,ae.ROUND_DOWN).toFixed()??null,tierNeeded:n.tier.tierNeeded?.tier??null,models:n.tier.models.map(s=>({...s,plannedPerDay:s.plannedPerDay.toFixed(1)}))}}:{},...n.error?{error:n.error}:{}}})}}var MS=e=>{let t=e.reports.filter(n=>n.error||!n.forecast).length,r=e.reports.length;return e.status==="error"?`ERROR (${t} of ${r} provider${r===1?"":"s"} could not be read)`:e.status.toUpperCase()};function qS(e){let t=[],r=[];for(let n of e.reports){let i=n.forecast;if(n.error||!i){t.push({provider:n.provider,status:"error",balance:"-",burn:"-",daysLeft:"-",planned:"-",plannedDaysLeft:"-"}),r.push(`${n.provider}: ${n.error?.message??"no answer"}`);continue}let o=n.figures?.balance,s=n.figures?.usageError;t.push({provider:n.provider,status:i.status.toUpperCase(),balance:o?.credits!==void 0?`${Ne(i.balanceUsd)} (${qc(ie(o.credits))})`:Ne(i.balanceUsd),burn:i.burnPerDayUsd?Ne(i.burnPerDayUsd):s?"unknown":"-",daysLeft:Rt(i.daysLeft)??(i.burnPerDayUsd?"not spending":"-"),planned:n.plannedUsd?Ne(n.plannedUsd):"-",plannedDaysLeft:Rt(i.plannedDaysLeft)??"-"}),o?.currentSpendPerHourUsd!==void 0&&r.push(`${n.provider}: spending ${Ne(ie(o.currentSpendPerHourUsd))}/hour now (limit ${o.spendLimitPerHourUsd?Ne(ie(o.spendLimitPerHourUsd)):"none"}/hour)`);for(let a of i.reasons)r.push(`${n.provider}: ${a}`);for(let a of n.tier?.models??[])r.push(`${n.provider} ${a.model}: plan ${a.plannedPerDay.toFixed(1)} generations/day; limit ${a.limitKnown?a.maxDailyGenerations??"none":"unknown"}/day, ${a.limitKnown?a.leftToday??"unlimited":"unknown"} left in the last 24 h; concurrency ${a.limitKnown?a.maxConcurrentGenerations??"unlimited":"unknown"}`)}return{rows:t,notes:r}}function BS(e){let t=ph(e.estimate);return["PROVIDER","STATUS","BALANCE",`BURN/DAY (${e.burnWindowDays}d)`,"DAYS LEFT",...e.estimate?[`PLANNED/${t.toUpperCase()}`,"DAYS LEFT (PLAN)"]:[]]}var jS=(e,t)=>[e.provider,e.status,e.balance,e.burn,e.daysLeft,...t?[e.planned,e.plannedDaysLeft]:[]];var ZS={OK:":green_circle: ok",LOW:":yellow_circle: low",CRITICAL:":red_circle: critical",error:":warning: error"};function mh(e){let{rows:t,notes:r}=qS(e),n=e.estimate!==void 0,i=BS(e).map(s=>s.charAt(0)+s.slice(1).toLowerCase()),o=Rt(oi(e.reports));return["## genspend balance check","",`**Status: ${MS(e)}**${o!==null?` \xB7 fewest days left: ${o}`:""} \xB7 as of ${e.asOf}, burn over the last ${e.burnWindowDays} days`,"",`| ${i.join(" | ")} |`,`| ${i.map((s,a)=>a<2?"---":"---:").join(" | ")} |`,...t.map(s=>`| ${jS({...s,status:ZS[s.status]??s.status},n).join(" | ")} |`),...r.length?["",...r.map(s=>`- ${ni(s)}`)]:[],...e.reports.flatMap(s=>VS(e,s)),""].join(`
`)}function s2(e,t){if(!t.usageUsd)return null;let r=new Map(t.usageUsd.map(n=>[n.date,n.amountUsd]));return sh(Nt(e.asOf,-e.burnWindowDays),e.asOf).map(n=>({date:n,amountUsd:r.get(n)??nt}))}function VS(e,t){let r=s2(e,t),n=t.forecast;if(!r||!n||!n.burnPerDayUsd)return[];let i=ii(e.asOf,n.daysLeft),o=ii(e.asOf,n.plannedDaysLeft),s=i?`at this rate the balance runs out about **${i}** (${Rt(n.daysLeft)} days)`:"at this rate the balance does not run out";return["",`**${ni(t.provider)}**: burn per day over the last ${e.burnWindowDays} days (bars) and its average, ${Ne(n.burnPerDayUsd)} a day (line); ${s}${o?`; at the planned spend about **${o}** (${Rt(n.plannedDaysLeft)} days)`:""}.`,"",t2({title:`${Ro(t.provider)}: burn per day${i?`, runs out about ${i}`:""}`,x:r.map(a=>a.date.slice(5)),yLabel:"USD",bars:[r.map(a=>a.amountUsd)],lines:[r.map(()=>n.burnPerDayUsd)]})]}var GS=new Set(["rate-limited","unavailable","timeout","network"]),Vt=class e extends Error{name="ProviderError";kind;provider;status;retryable;retryAfterMs;constructor(t){super(t.message),this.kind=t.kind,this.provider=t.provider,t.status!==void 0&&(this.status=t.status),this.retryable=GS.has(t.kind),t.retryAfterMs!==void 0&&(this.retryAfterMs=t.retryAfterMs)}redact(t){let r=pc(this.message,t);if(r===this.message)return this;let n={kind:this.kind,provider:this.provider,message:r};return this.status!==void 0&&(n.status=this.status),this.retryAfterMs!==void 0&&(n.retryAfterMs=this.retryAfterMs),new e(n)}};function hh(e){return e instanceof Vt}function pc(e,t){let r=e;for(let n of t)n.length>=4&&(r=r.replace(new RegExp(KS(n),"giu"),"[redacted]"));return r}function KS(e){return e.replace(/[.*+?^${}()|[\]\\]/g,"\\$&")}var Ft=class extends Error{constructor(r,n){super(n);this.kind=r}kind;name="TransportError"};function Dr(e,t,r=!1){let n=`${r?"would take":"took"} longer than ${e.seconds} s (the deadline for one account read)`;return new Ft("deadline",t?`${n}: ${t}`:n)}function HS(e){return e>=1024*1024&&e%(1024*1024)===0?`${e/(1024*1024)} MiB`:e>=1024&&e%1024===0?`${e/1024} KiB`:`${e} bytes`}function si(e){return new Ft("too-large",`the response is larger than ${HS(e)}, the size limit for one answer`)}var on=class{constructor(t){this.text=t}text};function ai(e){return WS.test(e)}var WS=/^-?[0-9]+$/;function fc(e){return XS.test(e)}var XS=/^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;function mc(e,t){if(ai(e))return Number.isSafeInteger(Number.parseInt(e,10));let r=Number.parseFloat(e);if(Number.isInteger(r)&&!Number.isSafeInteger(r))return!1;let n=String(r);if(e===n)return!0;let i=a2(e),o=a2(n);return!!(i===o||t?.approx===!0&&o.length>=14&&i.startsWith(o.substring(0,14)))}var sn=(function(e){return e.underflow="underflow",e.overflow="overflow",e.truncate_integer="truncate_integer",e.truncate_float="truncate_float",e})({});function gh(e){if(mc(e,{approx:!1}))return;if(ai(e))return sn.truncate_integer;let t=Number.parseFloat(e);return Number.isFinite(t)?t===0?sn.underflow:sn.truncate_float:sn.overflow}function a2(e){let{start:t,end:r}=JS(e),n=e.substring(t,r),i=n.indexOf(".");return i===-1?n:n.substring(0,i)+n.substring(i+1)}function JS(e){let t=0;for(e[0]==="-"&&t++;e[t]==="0"||e[t]===".";)t++;let r=e.lastIndexOf("e");for(r===-1&&(r=e.lastIndexOf("E")),r===-1&&(r=e.length);(e[r-1]==="0"||e[r-1]===".")&&r>t;)r--;return{start:t,end:r}}var c2=Symbol.for("lossless-json.LosslessNumber"),an=class{value;isLosslessNumber=!0;get[c2](){return!0}constructor(t){if(!fc(t))throw new Error(`Invalid number (value: "${t}")`);this.value=t}valueOf(){let t=gh(this.value);if(t===void 0||t===sn.truncate_float)return Number.parseFloat(this.value);if(ai(this.value))return BigInt(this.value);throw new Error(`Cannot safely convert to number: the value '${this.value}' would ${t} and become ${Number.parseFloat(this.value)}`)}toString(){return this.value}};function ci(e){return e!==null&&typeof e=="object"&&e[c2]===!0}function bh(e){return new an(e)}function u2(e,t){return yh({"":e},"",e,t)}function yh(e,t,r,n){return Array.isArray(r)?n.call(e,t,e6(r,n)):r&&typeof r=="object"&&!ci(r)?n.call(e,t,QS(r,n)):n.call(e,t,r)}function QS(e,t){for(let r of Object.keys(e)){let n=yh(e,r,e[r],t);n!==void 0?e[r]=n:delete e[r]}return e}function e6(e,t){for(let r=0;r<e.length;r++){let n=yh(e,String(r),e[r],t);n===void 0?delete e[r]:e[r]=n}return e}function xh(e,t,r){let n=typeof r=="function"?{parseNumber:r}:r,i=n?.parseNumber??bh,o=n?.onDuplicateKey??se,s=0,a=l();return w(a),A(),t?u2(a,t):a;function u(){if(e.charCodeAt(s)===s6){s++,f();let Z={},fe=!0;for(;s<e.length&&e.charCodeAt(s)!==p2;){fe?fe=!1:(g(),f());let Oe=s,xe=h();if(xe===void 0){V();return}f(),$();let et=l();if(et===void 0){ve();return}if(Object.prototype.hasOwnProperty.call(Z,xe)&&!wh(et,Z[xe])){let dt=o({key:xe,position:Oe+1,oldValue:Z[xe],newValue:et});dt!==void 0&&l2(Z,xe,dt)}else l2(Z,xe,et)}return e.charCodeAt(s)!==p2&&X(),s++,Z}}function c(){if(e.charCodeAt(s)===a6){s++,f();let Z=[],fe=!0;for(;s<e.length&&e.charCodeAt(s)!==f2;){fe?fe=!1:g();let Oe=l();x(Oe),Z.push(Oe)}return e.charCodeAt(s)!==f2&&Y(),s++,Z}}function l(){f();let Z=h()??y()??u()??c()??p("true",!0)??p("false",!1)??p("null",null);return f(),Z}function p(Z,fe){if(e.slice(s,s+Z.length)===Z)return s+=Z.length,fe}function f(){for(;t6(e.charCodeAt(s));)s++}function h(){if(e.charCodeAt(s)===vh){s++;let Z="";for(;s<e.length&&e.charCodeAt(s)!==vh;){if(e.charCodeAt(s)===o6){let fe=e[s+1],Oe=i6[fe];Oe!==void 0?(Z+=Oe,s++):fe==="u"?hc(e.charCodeAt(s+2))&&hc(e.charCodeAt(s+3))&&hc(e.charCodeAt(s+4))&&hc(e.charCodeAt(s+5))?(Z+=String.fromCharCode(Number.parseInt(e.slice(s+2,s+6),16)),s+=5):we(s):he(s)}else n6(e.charCodeAt(s))?Z+=e[s]:I(e[s]);s++}return K(),s++,Z}}function y(){let Z=s;if(e.charCodeAt(s)===m2&&(s++,F(Z)),e.charCodeAt(s)===kh)s++;else if(r6(e.charCodeAt(s)))for(s++;gc(e.charCodeAt(s));)s++;else return;if(e.charCodeAt(s)===h6)for(s++,F(Z);gc(e.charCodeAt(s));)s++;if(e.charCodeAt(s)===w6||e.charCodeAt(s)===v6)for(s++,(e.charCodeAt(s)===m2||e.charCodeAt(s)===p6)&&s++,F(Z);gc(e.charCodeAt(s));)s++;if(s>Z)return i(e.slice(Z,s))}function g(){if(e.charCodeAt(s)!==m6)throw new SyntaxError(`Comma ',' expected after value ${C()}`);s++}function $(){if(e.charCodeAt(s)!==g6)throw new SyntaxError(`Colon ':' expected after property name ${C()}`);s++}function w(Z){if(Z===void 0)throw new SyntaxError(`JSON value expected ${C()}`)}function x(Z){if(Z===void 0)throw new SyntaxError(`Array item expected ${C()}`)}function A(){if(s<e.length)throw new SyntaxError(`Expected end of input ${C()}`)}function F(Z){if(!gc(e.charCodeAt(s))){let fe=e.slice(Z,s);throw new SyntaxError(`Invalid number '${fe}', expecting a digit ${C()}`)}}function K(){if(e.charCodeAt(s)!==vh)throw new SyntaxError(`End of string '"' expected ${C()}`)}function V(){throw new SyntaxError(`Quoted object key expected ${C()}`)}function se({key:Z,position:fe}){throw new SyntaxError(`Duplicate key '${Z}' encountered at position ${fe}`)}function X(){throw new SyntaxError(`Quoted object key or end of object '}' expected ${C()}`)}function Y(){throw new SyntaxError(`Array item or end of array ']' expected ${C()}`)}function I(Z){throw new SyntaxError(`Invalid character '${Z}' ${S()}`)}function he(Z){let fe=e.slice(Z,Z+2);throw new SyntaxError(`Invalid escape character '${fe}' ${S()}`)}function ve(){throw new SyntaxError(`Object value expected after ':' ${S()}`)}function we(Z){let fe=e.slice(Z,Z+6);throw new SyntaxError(`Invalid unicode character '${fe}' ${S()}`)}function S(){return`at position ${s}`}function P(){return s<e.length?`but got '${e[s]}'`:"but reached end of input"}function C(){return`${P()} ${S()}`}}function l2(e,t,r){t==="__proto__"?Object.defineProperty(e,t,{value:r,writable:!0,enumerable:!0,configurable:!0}):e[t]=r}function t6(e){return e===c6||e===u6||e===l6||e===d6}function hc(e){return e>=kh&&e<=$h||e>=b6&&e<=x6||e>=y6&&e<=k6}function gc(e){return e>=kh&&e<=$h}function r6(e){return e>=f6&&e<=$h}function n6(e){return e>=32&&e<=1114111}function wh(e,t){return e===t?!0:Array.isArray(e)&&Array.isArray(t)?e.length===t.length&&e.every((r,n)=>wh(r,t[n])):d2(e)&&d2(t)?[...new Set([...Object.keys(e),...Object.keys(t)])].every(n=>wh(e[n],t[n])):!1}function d2(e){return typeof e=="object"&&e!==null}var i6={'"':'"',"\\":"\\","/":"/",b:"\b",f:"\f",n:`
`,r:"\r",t:"	"},o6=92,s6=123,p2=125,a6=91,f2=93,c6=32,u6=10,l6=9,d6=13,vh=34,p6=43,m2=45,kh=48,f6=49,$h=57,m6=44,h6=46,g6=58,b6=65,y6=97,v6=69,w6=101,x6=70,k6=102;var $6=/^(mon|tue|wed|thu|fri|sat|sun)[a-z]*,? .*\d{1,2}:\d{2}:\d{2}/i;function bc(e,t){if(e===void 0)return;let r=e.trim(),n;if(/^\d+(\.\d+)?$/.test(r))n=Math.round(Number(r)*1e3);else if($6.test(r)){let i=Date.parse(r);Number.isNaN(i)||(n=Math.max(0,i-t))}return n!==void 0&&Number.isFinite(n)&&n<=864e5?n:void 0}var g2=[{pattern:/user is locked/i,kind:"locked"},{pattern:/not have enough credits|insufficient (credits|balance|funds)/i,kind:"insufficient-credits"},{pattern:/daily task limit/i,kind:"daily-limit"}];function b2(e){return g2.some(t=>t.pattern.test(e))}var _6=/unauthori[sz]ed|invalid api[ _-]?key|api[ _-]?key (is )?(invalid|missing|not valid)|authentication (failed|required)/i,h2=300;function A6(e){if(e instanceof on)return e.text.trimStart().startsWith("<")?void 0:Nr(e.text);if(typeof e=="string")return Nr(e);if(!cn(e))return;let{error:t,errors:r,detail:n,message:i}=e;if(typeof t=="string")return Nr(t);if(cn(t)&&typeof t.message=="string")return Nr(t.message);if(Array.isArray(r)&&cn(r[0])){let o=r[0],s=[o.code,o.message].filter(a=>typeof a=="string").join(": ");return s?Nr(s):void 0}if(typeof n=="string")return Nr(n);if(Array.isArray(n)&&cn(n[0])&&typeof n[0].msg=="string")return Nr(n[0].msg);if(typeof i=="string")return Nr(i)}function y2(e){return cn(e)&&Array.isArray(e.errors)&&e.errors.length>0}function _h(e,t,r,n={},i=Date.now()){let o=A6(r),s=o?`: ${o}`:"",a=`(HTTP ${t})`,u=bc(n["retry-after"],i),c=(p,f)=>new Vt({kind:p,provider:e.provider,status:t,message:`${e.provider} ${e.endpoint}: ${f}`,...u!==void 0&&(p==="rate-limited"||p==="unavailable")?{retryAfterMs:u}:{}});switch((o?g2.find(p=>p.pattern.test(o)):void 0)?.kind){case"locked":return c("locked",`the account is locked ${a}${s}. Top up the balance; retrying will not help`);case"insufficient-credits":return c("insufficient-credits",`not enough credits ${a}${s}. Buy credits before submitting work`);case"daily-limit":return c("daily-limit",`the daily generation limit is reached ${a}${s}. Wait for the rolling 24 hours to pass or move to a higher usage tier`)}if(t===401||t===403)return e.admin?c("admin-key-required",`this endpoint needs an ADMIN API key; the key given was refused ${a}${s}. Create a key with the Admin scope`):c("auth",`the API key was refused ${a}${s}. Check the key`);if(t===404)return c("not-found",`not found ${a}${s}`);if(t===429){let p=u!==void 0?`, retry after ${Math.ceil(u/1e3)} s`:"";return c("rate-limited",`rate limited ${a}${p}${s}`)}return t>=500?c("unavailable",`the provider is unavailable ${a}${s}`):o&&_6.test(o)?c("auth",`the API key was refused ${a}${s}. Check the key`):t>=400?c("bad-request",`the request was rejected ${a}${s}`):c("bad-response",`the provider answered with an error ${a}${s}`)}function Ue(e,t,r){return new Vt({kind:"bad-response",provider:e.provider,message:`${e.provider} ${e.endpoint}: ${t}`,...r!==void 0?{status:r}:{}})}function cn(e){return typeof e=="object"&&e!==null&&!Array.isArray(e)}function Nr(e){let t=e.replace(/\s+/g," ").trim();if(t)return t.length>h2?`${t.slice(0,h2)}...`:t}function v2(e){try{return xh(e,null,{parseNumber:t=>mc(t)?Number(t):new an(t),onDuplicateKey:({newValue:t})=>t})}catch{return new on(e)}}function Me(e){return(t,r,n={})=>{if(t===404&&e.onNotFound)return e.onNotFound();if(t<200||t>299)throw _h(e,t,r,n);if(r instanceof on)throw Ue(e,"the response is not valid JSON (truncated or not JSON)",t);if(e.errorsInBody&&y2(r))throw _h(e,t,r,n);return e.map(yc(e,e.schema,r))}}function yc(e,t,r){let n=t.safeParse(r);if(n.success)return n.data;let i=n.error.issues.slice(0,3).map(o=>{let s=S6(o.path);return s&&P6(r,o.path)===void 0?`missing field ${s}`:`${s?`field ${s}`:"response"}: ${o.message}`});throw Ue(e,i.join("; "))}function S6(e){let t="";for(let r of e)typeof r=="number"?t+=`[${r}]`:typeof r=="string"&&/^[A-Za-z_$][\w$]*$/.test(r)?t+=t?`.${r}`:r:t+=`[${JSON.stringify(String(r))}]`;return t}function P6(e,t){let r=e;for(let n of t)if(Array.isArray(r)&&typeof n=="number")r=r[n];else if(cn(r)&&typeof n=="string")r=r[n];else return;return r}async function qe(e,t,r){let n=T6(t),i;try{if(i=await e(t),i.bodyText.length>16777216)throw si(16777216)}catch(o){throw I6(t,o).redact(n)}try{return r(i.status,v2(i.bodyText),i.headers)}catch(o){throw o instanceof Vt?o.redact(n):o}}var R6={timeout:"timeout",network:"network",deadline:"timeout","too-large":"bad-response"};function I6(e,t){let r=t instanceof Ft?R6[t.kind]:"network",n=t instanceof Error?t.message:String(t);return new Vt({kind:r,provider:e.provider,message:`${e.provider} ${e.endpoint}: ${n}`})}var E6=/^(authorization|x-api-key|x-key|api-key|cookie)$/i;function T6(e){let t=[];for(let[r,n]of Object.entries(e.headers)){if(!E6.test(r))continue;t.push(n);let i=/^\S+\s+(.+)$/.exec(n)?.[1];i&&t.push(i)}return t.sort((r,n)=>n.length-r.length)}function lr(e){if(typeof e?.apiKey!="string"||e.apiKey.trim()==="")throw new TypeError("Expected `apiKey` to be a non-empty string.")}var ui=class extends TypeError{constructor(r,n,i,o){super(`Expected \`${r}\` to be ${n}, got ${i}.${o?` Fix: ${o}.`:""}`);this.option=r;this.expected=n;this.got=i;this.fix=o}option;expected;got;fix};function O6(e){return e.replace(/^([a-z][a-z\d+.-]*:\/\/)?.*@/is,"$1[redacted]@")}function Ge(e,t,r="baseUrl"){if(e===void 0)return t;let n=typeof e=="string"?JSON.stringify(O6(e)):String(e);if(typeof e!="string"||!/^https?:\/\/[^\s/]+/.test(e))throw new ui(r,'an http(s) URL such as "https://api.example.com"',n);if(e.includes("@"))throw new ui(r,"an http(s) URL without a user name or password",n,`remove the "user:password@" part; genspend sends the API key in the provider's own header`);return e.replace(/\/+$/,"")}function un(e){let t=[];for(let[r,n]of Object.entries(e))for(let i of typeof n=="string"?[n]:n??[])t.push(`${r}=${C6(i)}`);return t.length?`?${t.join("&")}`:""}function ln(e){return encodeURIComponent(e).replace(/%3A/gi,":").replace(/%40/g,"@")}function C6(e){return encodeURIComponent(e).replace(/%2F/gi,"/").replace(/%2C/gi,",").replace(/%3A/gi,":").replace(/%40/g,"@")}function kt(e,t,r,n,i){let o=i===void 0?void 0:JSON.stringify(i);return Object.freeze({provider:e.provider,endpoint:e.endpoint,method:t,url:r,headers:Object.freeze({Accept:"application/json",...o!==void 0?{"Content-Type":"application/json"}:{},...n}),...o!==void 0?{body:o}:{}})}function Fr(e,t){if(typeof e!="string"||e.trim()==="")throw new TypeError(`Expected ${t}, got ${JSON.stringify(e)??String(e)}.`);return e.trim()}function x2(e,t){let{sleep:r,retries:n=3,baseDelayMs:i=500,maxDelayMs:o=3e4,random:s=Math.random,now:a=Date.now}=t;if(Sh("retries",n),Sh("baseDelayMs",i),Sh("maxDelayMs",o),typeof r!="function")throw new TypeError("Expected `sleep` to be a function (ms) => Promise<void>.");let u=l=>Math.min(o,i*2**l*(1+s()));return async(l,p={})=>{let{deadline:f}=p;for(let h=0;h<n;h++){w2(f);let y;try{let g=await e(l,p);if(y=c(g,h),y===void 0)return g}catch(g){if(!(g instanceof Ft)||g.kind!=="timeout"&&g.kind!=="network")throw g;let $=u(h);y={ms:$,why:`${g.message}; the next attempt was due in ${Ah($)}`}}if(f&&y.ms>=f.remainingMs())throw Dr(f,y.why,!0);await r(y.ms)}return w2(f),e(l,p)};function c(l,p){if(l.status!==429&&l.status<500||b2(l.bodyText))return;let f=bc(l.headers["retry-after"],a());if(f===void 0){let h=u(p);return{ms:h,why:`HTTP ${l.status}; the next attempt was due in ${Ah(h)}`}}if(!(f>o))return{ms:f,why:`HTTP ${l.status} with Retry-After ${Ah(f)}`}}}function w2(e){if(e&&e.remainingMs()<=0)throw Dr(e)}function Ah(e){return`${Math.round(e/100)/10} s`}function Sh(e,t){if(!Number.isInteger(t)||t<0)throw new TypeError(`Expected \`${e}\` to be a non-negative integer, got ${String(t)}.`)}function Ph(e){let{fetch:t,timeoutMs:r=1e4,timeoutSignal:n=a=>AbortSignal.timeout(a),maxResponseBytes:i=16777216,...o}=e;if(typeof t!="function")throw new TypeError("Expected `fetch` to be a function, such as the global fetch of Node 20.");if(!Number.isInteger(r)||r<=0)throw new TypeError(`Expected \`timeoutMs\` to be a positive integer, got ${String(r)}.`);if(!Number.isInteger(i)||i<=0)throw new TypeError(`Expected \`maxResponseBytes\` to be a positive integer, got ${String(i)}.`);return x2(async(a,u={})=>{let{deadline:c}=u,l=c?Math.ceil(c.remainingMs()):1/0;if(c&&l<=0)throw Dr(c);let p=Math.min(r,l);try{let f=await t(a.url,{method:a.method,headers:{...a.headers},...a.body!==void 0?{body:a.body}:{},signal:n(p)}),h={};f.headers.forEach((g,$)=>h[$.toLowerCase()]=g);let y=await D6(f,h["content-length"],i);return{status:f.status,headers:h,bodyText:y}}catch(f){throw N6(f,p,p<r?c:void 0)}},o)}async function D6(e,t,r){let n=e.body?.getReader();if(t!==void 0&&/^\d+$/.test(t.trim())&&Number(t)>r)throw await n?.cancel().catch(()=>{}),si(r);if(e.body===void 0){let a=await e.text();if(a.length>r)throw si(r);return a}if(!n)return"";let i=new TextDecoder("utf-8"),o="",s=0;for(;;){let{done:a,value:u}=await n.read();if(a)return o+i.decode();if(s+=u?.byteLength??0,s>r)throw await n.cancel().catch(()=>{}),si(r);o+=i.decode(u,{stream:!0})}}function N6(e,t,r){if(e instanceof Ft)return e;let n=e?.name;if(n==="TimeoutError"||n==="AbortError")return r?Dr(r,`no response within the ${t} ms that were left`):new Ft("timeout",`no response within ${t} ms`);let i=e instanceof Error?e.message:String(e),o=e?.cause,s=typeof o?.code=="string"?o.code:typeof o?.message=="string"?o.message:void 0;return new Ft("network",`network error: ${i}${s?` (${s})`:""}`)}var k2=Ho,Le=k2.clone({precision:40,rounding:k2.ROUND_HALF_UP,toExpNeg:-40,toExpPos:40}),F6=/^-?\d+(\.\d+)?$/,Eo=b.union([b.number().transform(e=>String(e)),b.custom(ci,"expected a number").transform(e=>e.value)]),Ie=b.union([Eo,b.string().trim().regex(F6,"expected a decimal amount")]).transform(e=>new Le(e).toFixed());var L6=/^(\d{4})-(\d{2})-(\d{2})$/;function Lr(e){let t=new Map,r=e.some(n=>n.credits!==void 0)?"credits":"amountUsd";for(let n of e){let i=t.get(n.date);i||t.set(n.date,i={total:new Le(0),byModel:new Map,units:new Map});let o=n.credits??n.amountUsd;i.total=i.total.plus(o),n.model!==void 0&&i.byModel.set(n.model,(i.byModel.get(n.model)??new Le(0)).plus(o)),n.model!==void 0&&n.units&&z6(i.units,n.model,n.units)}return[...t.entries()].sort(([n],[i])=>n<i?-1:n>i?1:0).map(([n,i])=>({date:n,[r]:i.total.toFixed(),...i.byModel.size?{byModel:Object.fromEntries([...i.byModel].map(([o,s])=>[o,s.toFixed()]))}:{},...i.units.size?{units:Object.fromEntries([...i.units].map(([o,s])=>[o,M6(s)]))}:{}}))}function z6(e,t,r){let n=e.get(t);if(!n){e.set(t,{quantity:new Le(r.quantity),unit:r.unit,unitPrice:r.unitPrice});return}n.quantity=n.quantity.plus(r.quantity),n.unit!==r.unit&&(n.unit=null),n.unitPrice!==null&&!U6(n.unitPrice,r.unitPrice)&&(n.unitPrice=null)}function U6(e,t){return e===void 0?t===void 0:t!==void 0&&new Le(e).equals(t)}function M6(e){return{...e.unit?{unit:e.unit}:{},quantity:e.quantity.toFixed(),...e.unitPrice?{unitPrice:e.unitPrice}:{}}}function li(e){let t=e.slice(0,10);return di(t)?t:void 0}function di(e){let t=L6.exec(e);return t?new Date(Date.UTC(Number(t[1]),Number(t[2])-1,Number(t[3]))).toISOString().slice(0,10)===e:!1}function Gt(e){for(let t of["startDate","beforeDate"]){let r=e?.[t];if(typeof r!="string"||!di(r))throw new TypeError(`Expected \`${t}\` to be a UTC date as YYYY-MM-DD, got ${JSON.stringify(r)}.`)}if(e.beforeDate<=e.startDate)throw new RangeError(`Expected \`beforeDate\` (${e.beforeDate}) to be after \`startDate\` (${e.startDate}): the window is end-exclusive.`);return e}function $2(e,t){let{days:r}=t;if(!Number.isInteger(r)||r<=0)throw new TypeError(`Expected \`days\` to be a positive integer, got ${String(r)}.`);return e.days.reduce((i,o)=>i.plus(o.credits??o.amountUsd),new Le(0)).dividedBy(r).toFixed()}function Rh(e,t,r){let n=$2(t,{days:r});return e.currency==="credits"?{burnPerDayCredits:n}:{burnPerDayUsd:n}}function Ih(e,t){if(!Number.isInteger(t)||t<=0)throw new TypeError(`Expected \`days\` to be a positive integer, got ${String(t)}.`);if(typeof e!="string"||!di(e))throw new TypeError(`Expected \`today\` to be a UTC date as YYYY-MM-DD, got ${JSON.stringify(e)}.`);return Gt({startDate:Nt(e,-t),beforeDate:e})}var q6=100;async function wc(e,t,r=q6){let n=[],i=new Set,o;for(let s=0;s<r;s++){let a=await t(o);if(n.push(...a.items),a.nextCursor===void 0)return n;if(i.has(a.nextCursor))throw Ue(e,`pagination returned cursor ${JSON.stringify(a.nextCursor)} twice`);i.add(a.nextCursor),o=a.nextCursor}throw Ue(e,`pagination did not end after ${r} pages`)}function _2(e,t){let r=[];for(let n=0;n<e.length;n+=t)r.push(e.slice(n,n+t));return r}var B6="https://api.fal.ai",Eh=50,R2={provider:"fal",endpoint:"/v1/account/billing",admin:!0},pi={provider:"fal",endpoint:"/v1/models/usage",admin:!0},xc={provider:"fal",endpoint:"/v1/models/pricing"},fi={provider:"fal",endpoint:"/v1/models/billing-events",admin:!0};function kc(e,t,r){return lr(t),kt(e,"GET",`${Ge(t.baseUrl,B6)}${r}`,{Authorization:`Key ${t.apiKey}`})}function A2(e){return kc(R2,e,`/v1/account/billing${un({expand:"credits"})}`)}function j6(e,t,r={}){let{startDate:n,beforeDate:i}=Gt(t),o=un({start:`${n}T00:00:00Z`,end:`${i}T00:00:00Z`,timeframe:"day",timezone:"UTC",expand:["time_series","summary"],cursor:r.cursor});return kc(pi,e,`/v1/models/usage${o}`)}function Z6(e,t,r={}){if(t.length<1||t.length>Eh)throw new RangeError(`Expected 1 to ${Eh} endpoint ids per pricing request, got ${t.length}.`);return kc(xc,e,`/v1/models/pricing${un({endpoint_id:t.join(","),cursor:r.cursor})}`)}function V6(e,t,r){let n=Fr(t,"a fal request id");if(typeof r?.start!="string"||Number.isNaN(Date.parse(r.start)))throw new TypeError(`Expected \`start\` to be an ISO timestamp, got ${JSON.stringify(r?.start)}.`);return kc(fi,e,`/v1/models/billing-events${un({request_id:n,start:r.start,cursor:r.cursor})}`)}var Th=b.literal("USD"),Oh={next_cursor:b.string().nullable().optional(),has_more:b.boolean().optional()},G6=Me({...R2,schema:b.object({credits:b.object({current_balance:Ie,currency:Th.optional()})}),map:({credits:e})=>({provider:"fal",amountUsd:e.current_balance,currency:"USD"})}),S2=b.object({endpoint_id:b.string(),unit:b.string().optional(),quantity:Ie.optional(),unit_price:Ie.optional(),cost:Ie.optional(),cost_total:Ie.optional(),currency:Th.optional()}),K6=Me({...pi,schema:b.object({time_series:b.array(b.object({bucket:b.string(),results:b.array(S2)})).optional(),summary:b.array(S2).optional(),...Oh}),map:e=>{let t=(e.time_series??[]).flatMap((n,i)=>{let o=li(n.bucket);if(!o)throw Ue(pi,`field time_series[${i}].bucket: expected a timestamp, got ${JSON.stringify(n.bucket)}`);return n.results.map((s,a)=>({date:o,model:s.endpoint_id,amountUsd:P2(s,`time_series[${i}].results[${a}]`),...s.quantity!==void 0?{units:H6(s,s.quantity)}:{}}))}),r=e.summary?.map((n,i)=>P2(n,`summary[${i}]`)).reduce((n,i)=>n.plus(i),new Le(0)).toFixed();return{items:t,...Ch(pi,e),...r!==void 0?{summaryUsd:r}:{}}}});function H6(e,t){return{...e.unit!==void 0?{unit:e.unit}:{},quantity:t,...e.unit_price!==void 0?{unitPrice:e.unit_price}:{}}}function P2(e,t){let r=e.cost_total??e.cost;if(r!==void 0)return r;if(e.quantity!==void 0&&e.unit_price!==void 0)return new Le(e.quantity).times(e.unit_price).toFixed();throw Ue(pi,`missing field ${t}.cost_total`)}var W6=Me({...xc,schema:b.object({prices:b.array(b.object({endpoint_id:b.string(),unit_price:Ie,unit:b.string(),currency:Th.optional()})),...Oh}),map:e=>({items:e.prices.map(t=>({provider:"fal",model:t.endpoint_id,unit:t.unit,amountUsd:t.unit_price})),...Ch(xc,e)})});function Ch(e,t){if(t.has_more===!1||t.has_more===void 0&&!t.next_cursor)return{};if(!t.next_cursor)throw Ue(e,"missing field next_cursor (has_more is true)");return{nextCursor:t.next_cursor}}var X6=b.object({request_id:b.string(),endpoint_id:b.string().optional(),unit:b.string().optional(),output_units:Ie.nullable().optional(),unit_price:Ie.nullable().optional(),percent_discount:Ie.nullable().optional(),cost_total:Ie.nullable().optional(),cost_estimate_nano_usd:Ie.nullable().optional()}),J6=Me({...fi,schema:b.object({billing_events:b.array(X6),...Oh}),map:e=>({items:e.billing_events,...Ch(fi,e)})});function Y6(e,t){if(e.cost_total!=null)return e.cost_total;if(e.cost_estimate_nano_usd!=null)return new Le(e.cost_estimate_nano_usd).dividedBy(1e9).toFixed();if(e.output_units!=null&&e.unit_price!=null){let r=new Le(1).minus(new Le(e.percent_discount??0).dividedBy(100));return new Le(e.output_units).times(e.unit_price).times(r).toFixed()}throw Ue(fi,`missing field ${t}.cost_total`)}function Q6(e,t,r){let n=t.map((c,l)=>({e:c,i:l})).filter(({e:c})=>c.request_id===e);if(!n.length)throw new Vt({kind:"not-found",provider:"fal",message:`fal ${fi.endpoint}: no billing event for request ${JSON.stringify(e)} since ${r} (fal records an event shortly after the request ends; check the id and that the key is the admin key of the account that ran it)`});let i=n.reduce((c,{e:l,i:p})=>c.plus(Y6(l,`billing_events[${p}]`)),new Le(0)).toFixed(),o=n[0].e,s=n.every(({e:c})=>c.output_units!=null)?n.reduce((c,{e:l})=>c.plus(l.output_units),new Le(0)).toFixed():void 0,a=new Set(n.map(({e:c})=>c.unit_price??void 0)),u=a.size===1?[...a][0]:void 0;return{provider:"fal",id:e,state:"finished",amountUsd:i,...o.endpoint_id!==void 0?{model:o.endpoint_id}:{},...s!==void 0?{units:{quantity:s,...o.unit!==void 0?{unit:o.unit}:{},...u!==void 0?{unitPrice:u}:{}}}:{},source:"fal GET /v1/models/billing-events"}}function I2(e){let{transport:t,...r}=e;return A2(r),Object.freeze({getBalance:()=>qe(t,A2(r),G6),async getUsage(n){let i,o=await wc(pi,async s=>{let a=await qe(t,j6(r,n,s?{cursor:s}:{}),K6);return i??=a.summaryUsd,a});return{provider:"fal",days:Lr(o),source:"fal GET /v1/models/usage",...i!==void 0?{totals:{periodUsd:i}}:{}}},async getLivePrices(n){let i=[...new Set(n)],o=[];for(let a of _2(i,Eh))o.push(...await wc(xc,u=>qe(t,Z6(r,a,u?{cursor:u}:{}),W6)));let s=new Set(o.map(a=>a.model));return{prices:o,missing:i.filter(a=>!s.has(a))}},async getRequestCost(n,i){let o=Fr(n,"a fal request id"),s=await wc(fi,a=>qe(t,V6(r,o,{start:i?.start,...a?{cursor:a}:{}}),J6));return Q6(o,s,i.start)}})}var O2="https://api.runpod.io",C2="https://rest.runpod.io",D2="https://api.runpod.ai",tP=["COMPLETED","FAILED","CANCELLED","TIMED_OUT"],rP="query { myself { clientBalance currentSpendPerHr spendLimit } }",N2={provider:"runpod",endpoint:"graphql myself"},Dh={provider:"runpod",endpoint:"/v1/billing/endpoints"},F2={provider:"runpod",endpoint:"/v2/catalog/gpus"},Nh={provider:"runpod",endpoint:"GET /v2/{endpointId}/status/{id}"};function $c(e){return lr(e),{Authorization:`Bearer ${e.apiKey}`}}function E2(e){return kt(N2,"POST",`${Ge(e.baseUrl,O2)}/graphql`,$c(e),{query:rP})}function nP(e,t){let{startDate:r,beforeDate:n}=Gt(t),i=un({bucketSize:"day",startTime:`${r}T00:00:00Z`,endTime:`${n}T00:00:00Z`,grouping:"endpointId"}),o=Ge(e.restBaseUrl,C2,"restBaseUrl");return kt(Dh,"GET",`${o}/v1/billing/endpoints${i}`,$c(e))}function iP(e){return kt(F2,"GET",`${Ge(e.baseUrl,O2)}/v2/catalog/gpus`,$c(e))}function oP(e,t,r){let n=Fr(t,"a Runpod endpoint id (`endpointId`)"),i=Fr(r,"a Runpod job id"),o=Ge(e.serverlessBaseUrl,D2,"serverlessBaseUrl");return kt(Nh,"GET",`${o}/v2/${ln(n)}/status/${ln(i)}`,$c(e))}var T2=Eo.refine(e=>/^\d+(\.\d+)?$/.test(e),"expected milliseconds, 0 or more"),sP=Me({...Nh,schema:b.object({id:b.string(),status:b.string(),executionTime:T2.optional(),delayTime:T2.optional()}),map:e=>{let t="runpod GET /v2/{endpointId}/status/{id}",r={...e.delayTime!==void 0?{delayMs:e.delayTime}:{}};if(!tP.includes(e.status))return{provider:"runpod",id:e.id,state:"pending",status:e.status,...r,...e.executionTime!==void 0?{executionMs:e.executionTime}:{},source:t};if(e.executionTime===void 0&&e.status==="COMPLETED")throw Ue(Nh,"missing field executionTime");return{provider:"runpod",id:e.id,state:"finished",status:e.status,executionMs:e.executionTime??"0",...r,source:t}}}),aP=Me({...N2,errorsInBody:!0,schema:b.object({data:b.object({myself:b.object({clientBalance:Ie,currentSpendPerHr:Ie.nullable().optional(),spendLimit:Ie.nullable().optional()})})}),map:({data:{myself:e}})=>({provider:"runpod",amountUsd:e.clientBalance,currency:"USD",...e.spendLimit!=null?{spendLimitPerHourUsd:e.spendLimit}:{},...e.currentSpendPerHr!=null?{currentSpendPerHourUsd:e.currentSpendPerHr}:{}})}),cP=Me({...Dh,schema:b.array(b.object({amount:Ie,time:b.string(),endpointId:b.string().optional(),gpuTypeId:b.string().optional()})),map:e=>{let t=e.map((r,n)=>{let i=li(r.time);if(!i)throw Ue(Dh,`field [${n}].time: expected a timestamp, got ${JSON.stringify(r.time)}`);let o=r.endpointId??r.gpuTypeId;return{date:i,amountUsd:r.amount,...o!==void 0?{model:o}:{}}});return{provider:"runpod",days:Lr(t),source:"runpod GET /v1/billing/endpoints"}}}),uP=b.object({id:b.string(),name:b.string().optional(),pool:b.string().min(1).nullable(),price:b.object({serverless:Ie.nullable().optional()})}),lP=Me({...F2,schema:b.preprocess(e=>Array.isArray(e)?{gpus:e}:e,b.object({gpus:b.array(uP)})).transform(e=>e.gpus),map:e=>e.flatMap(t=>t.price.serverless==null?[]:[{provider:"runpod",model:t.id,unit:"gpu-hour",amountUsd:t.price.serverless,...t.name?{name:t.name}:{},pool:t.pool}])});function L2(e){let{transport:t,...r}=e;return E2(r),Ge(r.restBaseUrl,C2,"restBaseUrl"),Ge(r.serverlessBaseUrl,D2,"serverlessBaseUrl"),Object.freeze({getJobStatus:async(n,i)=>qe(t,oP(r,n,i),sP),getBalance:()=>qe(t,E2(r),aP),getUsage:n=>qe(t,nP(r,n),cP),async getLivePrices(n){let i=await qe(t,iP(r),lP);if(!n)return{prices:i,missing:[]};let o=(s,a)=>s.model===a||s.name===a;return{prices:i.filter(s=>n.some(a=>o(s,a))),missing:n.filter(s=>!i.some(a=>o(a,s)))}}})}var pP=/\$\s*(\d[\d,]*(?:\.\d+)?)|(\d[\d,]*(?:\.\d+)?)\s*USD\b/gi,fP=/(?:\bper\b|\/)\s*([a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2})/i;function z2(e){if(/^\s*free\s*$/i.test(e))return{amountUsd:"0"};let t=new Set;for(let i of e.matchAll(pP))t.add(mP(i[1]??i[2]??""));if(t.size!==1)return;let[r]=[...t],n=fP.exec(e)?.[1]?.trim().toLowerCase();return n?{amountUsd:r,unit:n}:{amountUsd:r}}function mP(e){return e.replace(/,/g,"")}var M2="https://api.runware.ai",q2="https://content.runware.ai",Fh={provider:"runware",endpoint:"accountManagement getDetails"},To={provider:"runware",endpoint:"accountManagement getUsageActivity"},B2={provider:"runware",endpoint:"GET /models/{id}/pricing"},Ac={provider:"runware",endpoint:"modelSearch"},j2="Expected `uuid` to be a function returning a v4 UUID, e.g. crypto.randomUUID.",hP=/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;function Uh(e,t,r){return lr(t),kt(e,"POST",`${Ge(t.baseUrl,M2)}/v1`,{Authorization:`Bearer ${t.apiKey}`},r)}function Z2(e){if(typeof e?.uuid!="function")throw new TypeError(j2);let t=e.uuid();if(!hP.test(t))throw new TypeError(`Expected \`uuid\` to return a v4 UUID, got ${JSON.stringify(t)}.`);return t}function Lh(e,t,r={}){return{taskType:"accountManagement",taskUUID:Z2(e),operation:t,...r}}function gP(e,t){return Uh(Fh,e,[Lh(t,"getDetails")])}function bP(e,t,r){let{startDate:n,beforeDate:i}=Gt(t);return Uh(To,e,[Lh(r,"getDetails"),Lh(r,"getUsageActivity",{startDate:n,endDate:Nt(i,-1),groupBy:["date","model"],timezone:"UTC"})])}var yP=30;function vP(e){let{startDate:t,beforeDate:r}=Gt(e),n=[];for(let i=t;i<r;){let o=Nt(i,yP),s={startDate:i,beforeDate:o<r?o:r};n.push(s),i=s.beforeDate}return n}function wP(e){if(e.length===1)return e[0];let t=new Map;for(let s of e.flatMap(a=>a.days)){let a=t.get(s.date);a||t.set(s.date,a={total:new Le(0),byModel:new Map}),a.total=a.total.plus(s.amountUsd);for(let[u,c]of Object.entries(s.byModel??{}))a.byModel.set(u,(a.byModel.get(u)??new Le(0)).plus(c))}let r=[...t.entries()].sort(([s],[a])=>s<a?-1:s>a?1:0).map(([s,a])=>({date:s,amountUsd:a.total.toFixed(),...a.byModel.size?{byModel:Object.fromEntries([...a.byModel].map(([u,c])=>[u,c.toFixed()]))}:{}})),n=e.at(-1).totals??{},i=e.map(s=>s.totals?.periodUsd),o=qh({todayUsd:n.todayUsd,last7DaysUsd:n.last7DaysUsd,last30DaysUsd:n.last30DaysUsd,allTimeUsd:n.allTimeUsd,periodUsd:i.every(s=>s!==void 0)?i.reduce((s,a)=>s.plus(a),new Le(0)).toFixed():void 0});return{...e[0],days:r,totals:o}}function xP(e,t){if(typeof t!="string"||t==="")throw new TypeError('Expected a model id such as "runware:101@1".');let r=Ge(e.contentBaseUrl,q2,"contentBaseUrl");return kt(B2,"GET",`${r}/models/${ln(t)}/pricing`,{})}function kP(e,t,r){if(typeof r!="string"||r==="")throw new TypeError('Expected a model AIR such as "civitai:618692@691639".');return Uh(Ac,e,[{taskType:"modelSearch",taskUUID:Z2(t),search:r,visibility:"all",limit:20}])}var Mh=b.object({data:b.array(b.unknown())}),_c=b.object({credits:Ie.optional()}).optional(),V2=b.object({balance:b.object({amount:Ie,currency:b.literal("USD").optional()}),usage:b.object({today:_c,last7Days:_c,last30Days:_c,total:_c}).optional()}),U2=b.object({totalSpend:Ie.optional(),projectedSpend:Ie.optional()}).optional(),$P=b.object({usage:b.object({timeseries:b.object({data:b.array(b.object({date:b.string(),spend:Ie,model:b.string().optional()})),meta:U2}).optional(),meta:U2})});function zh(e,t,r,n){let i=t.find(o=>o?.operation===r);if(i===void 0)throw Ue(e,`no ${r} result in data[]`);return yc(e,n,i)}var _P=Me({...Fh,schema:Mh,errorsInBody:!0,map:({data:e})=>{let{balance:t}=zh(Fh,e,"getDetails",V2);return{provider:"runware",amountUsd:t.amount,currency:"USD"}}}),AP=Me({...To,schema:Mh,errorsInBody:!0,map:({data:e})=>{let t=zh(To,e,"getDetails",V2),{usage:r}=zh(To,e,"getUsageActivity",$P),n=(r.timeseries?.data??[]).map((s,a)=>{let u=li(s.date);if(!u)throw Ue(To,`field usage.timeseries.data[${a}].date: expected a date, got ${JSON.stringify(s.date)}`);return{date:u,amountUsd:s.spend,...s.model!==void 0?{model:s.model}:{}}}),i=r.timeseries?.meta??r.meta,o=qh({todayUsd:t.usage?.today?.credits,last7DaysUsd:t.usage?.last7Days?.credits,last30DaysUsd:t.usage?.last30Days?.credits,allTimeUsd:t.usage?.total?.credits,periodUsd:i?.totalSpend,projectedUsd:i?.projectedSpend});return{provider:"runware",days:Lr(n),source:"runware POST /v1 accountManagement getUsageActivity",totals:o}}}),SP=b.object({air:b.string(),pricingOverview:b.string().optional(),pricingExamples:b.array(b.object({configuration:b.string(),price:b.union([b.string(),Eo.transform(e=>`$${e}`)])})).optional()}),PP=Me({...B2,schema:SP,onNotFound:()=>null,map:({air:e,pricingOverview:t,pricingExamples:r})=>{let n=(i,o,s)=>{let a=z2(i);if(!a)return[];let u=a.unit??o;return[{provider:"runware",model:e,unit:u,amountUsd:a.amountUsd,raw:i,...s?{configuration:s}:{}}]};return[...t!==void 0?n(t,"unspecified"):[],...(r??[]).flatMap(({configuration:i,price:o})=>n(o,"request",i))]}}),RP=b.object({results:b.array(b.object({air:b.string(),name:b.string().optional(),version:b.string().optional(),architecture:b.string().optional()})).default([])});function IP(e){return Me({...Ac,schema:Mh,errorsInBody:!0,map:({data:t})=>{let r=t.find(o=>o?.taskType==="modelSearch");if(r===void 0)throw Ue(Ac,"no modelSearch result in data[]");let{results:n}=yc(Ac,RP,r),i=n.find(o=>o.air.toLowerCase()===e.toLowerCase());return i?qh({air:i.air,name:i.name,architecture:i.architecture}):null}})}function G2(e){let{transport:t,uuid:r,...n}=e,i={uuid:r};if(lr(n),Ge(n.baseUrl,M2),Ge(n.contentBaseUrl,q2,"contentBaseUrl"),typeof r!="function")throw new TypeError(j2);return Object.freeze({getBalance:()=>qe(t,gP(n,i),_P),async getUsage(o){let s=[];for(let a of vP(o))s.push(await qe(t,bP(n,a,i),AP));return wP(s)},async getLivePrices(o){let s=[],a=[];for(let u of o){let c=await qe(t,xP(n,u),PP);c?.length?s.push(...c):a.push(u)}return{prices:s,missing:a}},getModelInfo:o=>qe(t,kP(n,i,o),IP(o))})}var uN=b.object({taskUUID:b.string().min(1).optional().catch(void 0),taskType:b.string().optional().catch(void 0),cost:Ie});function qh(e){return Object.fromEntries(Object.entries(e).filter(([,t])=>t!==void 0))}var jh="https://api.dev.runwayml.com",TP="2024-11-06",Zh={provider:"runway",endpoint:"/v1/organization"},W2={provider:"runway",endpoint:"/v1/organization/usage"},Bh={provider:"runway",endpoint:"GET /v1/tasks/{id}"},OP=["SUCCEEDED","FAILED","CANCELLED"];function Vh(e){return lr(e),{Authorization:`Bearer ${e.apiKey}`,"X-Runway-Version":TP}}function Gh(e){return kt(Zh,"GET",`${Ge(e.baseUrl,jh)}/v1/organization`,Vh(e))}var CP=Gh,DP=Gh;function NP(e,t){let{startDate:r,beforeDate:n}=Gt(t);return kt(W2,"POST",`${Ge(e.baseUrl,jh)}/v1/organization/usage`,Vh(e),{startDate:r,beforeDate:n})}function FP(e,t){let r=Fr(t,"a Runway task id");return kt(Bh,"GET",`${Ge(e.baseUrl,jh)}/v1/tasks/${ln(r)}`,Vh(e))}var K2=b.number().int().nonnegative().nullable(),X2=b.object({creditBalance:Ie,tier:b.object({maxMonthlyCreditSpend:b.number(),models:b.record(b.string(),b.object({maxConcurrentGenerations:K2,maxDailyGenerations:K2}))}),usage:b.object({models:b.record(b.string(),b.object({dailyGenerations:b.number().int().nonnegative()}))}).optional()}),LP=X2.pick({creditBalance:!0}),zP=Me({...Zh,schema:LP,map:({creditBalance:e})=>({provider:"runway",credits:e,currency:"credits"})}),UP=Me({...Zh,schema:X2,map:({tier:e,usage:t})=>{let r=t?.models??{},n=[...new Set([...Object.keys(e.models),...Object.keys(r)])].sort();return{maxMonthlyCreditSpend:e.maxMonthlyCreditSpend,models:Object.fromEntries(n.map(i=>[i,{maxConcurrentGenerations:e.models[i]?.maxConcurrentGenerations??null,maxDailyGenerations:e.models[i]?.maxDailyGenerations??null,dailyGenerationsUsed:r[i]?.dailyGenerations??0}]))}}}),MP=b.object({results:b.array(b.object({date:b.string().refine(di,"expected a date as YYYY-MM-DD"),usedCredits:b.array(b.object({model:b.string(),amount:Ie}))}))}),qP=Me({...W2,schema:MP,map:({results:e})=>{let t=e.flatMap(({date:r,usedCredits:n})=>n.map(({model:i,amount:o})=>({date:r,model:i,credits:o})));return{provider:"runway",days:Lr(t),source:"runway POST /v1/organization/usage"}}}),H2=b.object({credits:Ie}).nullable().optional(),BP=b.object({id:b.string(),status:b.string(),cost:H2,estimatedCost:H2}),jP=Me({...Bh,schema:BP,map:e=>{let t="runway GET /v1/tasks/{id}";if(!OP.includes(e.status))return{provider:"runway",id:e.id,state:"pending",status:e.status,...e.estimatedCost?{estimatedCredits:e.estimatedCost.credits}:{},source:t};if(!e.cost)throw Ue(Bh,`missing field cost.credits (the task is ${e.status})`);return{provider:"runway",id:e.id,state:"finished",status:e.status,credits:e.cost.credits,source:t}}});function J2(e){let{transport:t,...r}=e;return Gh(r),Object.freeze({getBalance:()=>qe(t,CP(r),zP),getUsage:n=>qe(t,NP(r,n),qP),getTierLimits:()=>qe(t,DP(r),UP),getTaskCost:async n=>qe(t,FP(r,n),jP)})}var dr=["runway","runware","fal","runpod"],pr={runway:"RUNWAYML_API_SECRET",runware:"RUNWARE_API_KEY",fal:"FAL_KEY",runpod:"RUNPOD_API_KEY"},mi=12e4;function Y2(e,t){let{apiKey:r,transport:n,baseUrl:i,restBaseUrl:o,contentBaseUrl:s,uuid:a}=t,u={apiKey:r,transport:n,...i?{baseUrl:i}:{}};switch(e){case"runway":{let c=J2(u);return{getBalance:c.getBalance,getUsage:c.getUsage,getTierLimits:c.getTierLimits}}case"runware":{let c=G2({...u,uuid:a,...s?{contentBaseUrl:s}:{}});return{getBalance:c.getBalance,getUsage:c.getUsage}}case"fal":{let c=I2(u);return{getBalance:c.getBalance,getUsage:c.getUsage}}case"runpod":{let c=L2({...u,...o?{restBaseUrl:o}:{}});return{getBalance:c.getBalance,getUsage:c.getUsage}}}}function Kh(e,t){let r=t[pr[e]]?.trim();if(!r)return;let n=Q2(e),i=c=>t[n[c]]?.trim()||void 0,[o,s,a,u]=[i("baseUrl"),i("restBaseUrl"),i("contentBaseUrl"),i("serverlessBaseUrl")];return{apiKey:r,...o?{baseUrl:o}:{},...s?{restBaseUrl:s}:{},...a?{contentBaseUrl:a}:{},...u?{serverlessBaseUrl:u}:{},settingNames:n}}function Q2(e){let t=r=>`GENSPEND_${e.toUpperCase()}_${r}`;return{baseUrl:t("BASE_URL"),restBaseUrl:t("REST_BASE_URL"),contentBaseUrl:t("CONTENT_BASE_URL"),serverlessBaseUrl:t("SERVERLESS_BASE_URL")}}function ev(e,t,r={}){let n=r[t.option]??`\`${t.option}\``;return`${e}: ${n} must be ${t.expected}, got ${t.got}${t.fix?` (fix: ${t.fix})`:""}`}async function Hh(e,t,r){try{let n=GP(t.deadlineMs??mi,t.now??Date.now),i=Y2(e,{...t,transport:KP(t.transport,n)}),o=Math.round((Date.parse(r.beforeDate)-Date.parse(r.startDate))/864e5),[s,a,u]=await Promise.all([(async()=>i.getBalance())(),(async()=>i.getUsage(r))().catch(c=>{if(hh(c)&&c.kind!=="auth")return c.message;throw c}),(async()=>i.getTierLimits?.())()]);return{provider:e,balance:s,...typeof a=="string"?{usageError:a}:{usage:a,...Rh(s,a,o)},...u?{limits:u}:{}}}catch(n){return VP(e,n,t)}}function VP(e,t,r){if(hh(t))return{provider:e,error:{kind:t.kind,message:t.message}};if(t instanceof ui){let n=ev(e,t,r.settingNames);return{provider:e,error:{kind:"configuration",message:pc(n,[r.apiKey])}}}if(t instanceof TypeError||t instanceof RangeError)return{provider:e,error:{kind:"configuration",message:`${e}: ${pc(t.message,[r.apiKey])}`}};throw t}function GP(e,t){if(!Number.isInteger(e)||e<=0)throw new TypeError(`Expected \`deadlineMs\` to be a positive integer, got ${String(e)}.`);let r=t()+e;return{seconds:e/1e3,remainingMs:()=>r-t()}}function KP(e,t){return(r,n)=>t.remainingMs()<=0?Promise.reject(Dr(t)):e(r,{...n,deadline:t})}var tv=(e,t)=>!!e[pr[t]]?.trim();function Wh(e,t,r){if(!e||e.length===0){let o=dr.filter(s=>tv(t,s));if(o.length===0)throw new J(r.noKeys,void 0,r.giveKeys(dr.map(s=>pr[s])));return o}let n=[...new Set(e)],i=n.filter(o=>!tv(t,o));if(i.length)throw new J(`no key for ${i.join(", ")}${r.namedIn?`, ${r.namedIn}`:""}`,void 0,r.giveKeys(i.map(o=>pr[o])));return n}async function Xh(e,t){let{env:r,transport:n,uuid:i,deadlineMs:o,window:s,catalog:a,thresholds:u,estimate:c}=t;return Promise.all(e.map(async l=>lh(await Hh(l,{...Kh(l,r),transport:n,uuid:i,deadlineMs:o},s),{catalog:a,thresholds:u,...c?{estimate:c}:{}})))}var HP="**/genspend.yml";var Lt=class extends J{},Jh=e=>JSON.stringify(e.length>60?`${e.slice(0,60)}\u2026`:e);function rv(e,t,r,n){if(t==="")return n;if(r.includes(t))return t;throw new Lt(`input \`${e}\` must be one of ${r.join(", ")}, got ${Jh(t)}`)}function Yh(e,t,r){if(t==="")return;let n=oh(t);if(n===null)throw new Lt(`input \`${e}\` must be ${ih} (${r}), got ${Jh(t)}`);return n}function nv(e){let t=e.split(/\r?\n/).map(r=>r.trim()).filter(Boolean);if(t.length===0)return[HP];for(let r of t){let n=r.replace(/^!/,"");if(n.startsWith("/")||/^[A-Za-z]:/.test(n)||n.split(/[\\/]/).includes(".."))throw new Lt(`input \`manifests\`: ${Jh(r)} points outside the workspace; give globs relative to the repository root`)}return t}function iv(e){let t=[];return{get:r=>e(r).trim(),check(r,n){try{return r()}catch(i){if(!(i instanceof Lt))throw i;return t.push(i),n}},done(){if(t.length===1)throw t[0];if(t.length)throw new Mt(t)}}}function ov(e){let t=e.split(/[\s,]+/).map(r=>r.trim().toLowerCase()).filter(Boolean);for(let r of t)if(!dr.includes(r))throw new Lt(`input \`providers\`: unknown provider ${JSON.stringify(r.slice(0,60))} (use ${dr.join(", ")})`);return t.length?[...new Set(t)]:void 0}function sv(e){if(e==="")return mi;if(!/^\d{1,4}$/.test(e)||Number(e)<1||Number(e)>3600)throw new Lt(`input \`deadline\` must be a whole number of seconds from 1 to 3600, got ${JSON.stringify(e.slice(0,60))}`);return Number(e)*1e3}var MN=Object.freeze({file:Gm,explicit:!1});import{closeSync as WP,constants as Qh,fstatSync as XP,lstatSync as JP,openSync as YP,readSync as QP,realpathSync as cv,statSync as eR}from"node:fs";import{isAbsolute as tR,relative as rR,resolve as av}from"node:path";var nR=Qh.O_RDONLY|(Qh.O_NONBLOCK??0)|(Qh.O_NOFOLLOW??0);function eg(e,t){let r=rR(e,t);return r===""||!r.startsWith("..")&&!tR(r)}function uv(e,t,r){let n=av(e,t),i=oR(n,t,r);if(!eg(r.realRoot??cv.native(e),i)){let s=eg(av(e),n)?"is a link to a file outside":"is outside";throw new J(`${s} ${r.rootName}`,{file:t},`genspend reads only files inside ${r.rootName}: copy the manifest in (a link must point inside too)`)}let o;try{o=YP(i,nR)}catch(s){throw fv(s,t,aR(i))}try{let s=XP(o);if(s.isDirectory())throw new J("is a directory, not a manifest",{file:t},`name the file inside it, e.g. ${t.replace(/\/$/,"")}/genspend.yml`);if(!s.isFile())throw pv(t,s);if(s.size>r.maxBytes)throw rg(t,`is ${s.size} bytes,`,r);return iR(o,s.size,t,r)}finally{WP(o)}}function tg(e,t,r){return dv(uv(e,t,r),t,r)}function lv(e,t,r){if(e>r.maxBytes)throw rg(t,`is ${e} bytes,`,r)}function dv(e,t,r){lv(e.length,t,r);try{return new TextDecoder("utf-8",{fatal:!0}).decode(e)}catch{throw new J("file is binary, not UTF-8 YAML text",{file:t},r.binaryFix)}}function iR(e,t,r,n){let i=n.maxBytes+1,o=Buffer.allocUnsafe(Math.min(i,Math.max(t+1,64*1024))),s=0;for(;;){if(s===o.length){if(s===i)break;let u=Buffer.allocUnsafe(Math.min(i,o.length*2));o.copy(u,0,0,s),o=u}let a=QP(e,o,s,o.length-s,null);if(a===0)break;s+=a}if(s>n.maxBytes)throw rg(r,"is",n);return o.subarray(0,s)}function oR(e,t,r){try{return cv.native(e)}catch(n){if(sR(e))throw new J("is a link to a file that does not exist",{file:t},"point the link at a manifest, or name the manifest itself");let i=n.code;throw i==="ENOENT"||i==="ENOTDIR"?new J("no such file",{file:t},`check the path (it is relative to ${r.rootName})`):fv(n,t,void 0)}}function pv(e,t){let r=t.isFIFO()?"a FIFO":t.isSocket()?"a socket":t.isCharacterDevice()||t.isBlockDevice()?"a device":"not a regular file";return new J(`is ${r}, not a manifest file`,{file:e},"point genspend at a YAML manifest")}function fv(e,t,r){if(r&&!r.isFile()&&!r.isDirectory())return pv(t,r);let n=e.code??"an error";return new J(`cannot read it (${n})`,{file:t},"check that the file is readable")}function rg(e,t,r){return new J(`file ${t} over the ${r.maxBytes}-byte limit`,{file:e},r.splitFix)}function sR(e){try{return JP(e).isSymbolicLink()}catch{return!1}}function aR(e){try{return eR(e)}catch{return}}import{realpathSync as Wv}from"node:fs";import{relative as BI,resolve as jI,sep as ZI}from"node:path";import{createRequire as cR}from"module";import{basename as uR,dirname as ig,normalize as lR,relative as dR,resolve as pR,sep as gv}from"path";import*as fR from"fs";var mv=cR(import.meta.url);function mR(e){let t=lR(e);return t.length>1&&t[t.length-1]===gv&&(t=t.substring(0,t.length-1)),t}var hR=/[\\/]/g;function bv(e,t){return e.replace(hR,t)}var gR=/^[a-z]:[\\/]$/i;function bR(e){return e==="/"||gR.test(e)}function ng(e,t){let{resolvePaths:r,normalizePath:n,pathSeparator:i}=t,o=process.platform==="win32"&&e.includes("/")||e.startsWith(".");if(r&&(e=pR(e)),(n||o)&&(e=mR(e)),e===".")return"";let s=e[e.length-1]!==i;return bv(s?e+i:e,i)}function yv(e,t){return t+e}function yR(e,t){return function(r,n){return n.startsWith(e)?n.slice(e.length)+r:bv(dR(e,n),t.pathSeparator)+t.pathSeparator+r}}function vR(e){return e}function wR(e,t,r){return t+e+r}function xR(e,t){let{relativePaths:r,includeBasePath:n}=t;return r&&e?yR(e,t):n?yv:vR}function kR(e){return function(t,r){r.push(t.substring(e.length)||".")}}function $R(e){return function(t,r,n){let i=t.substring(e.length)||".";n.every(o=>o(i,!0))&&r.push(i)}}var _R=(e,t)=>{t.push(e||".")},AR=(e,t,r)=>{let n=e||".";r.every(i=>i(n,!0))&&t.push(n)},SR=()=>{};function PR(e,t){let{includeDirs:r,filters:n,relativePaths:i}=t;return r?i?n&&n.length?$R(e):kR(e):n&&n.length?AR:_R:SR}var RR=(e,t,r,n)=>{n.every(i=>i(e,!1))&&r.files++},IR=(e,t,r,n)=>{n.every(i=>i(e,!1))&&t.push(e)},ER=(e,t,r,n)=>{r.files++},TR=(e,t)=>{t.push(e)},OR=()=>{};function CR(e){let{excludeFiles:t,filters:r,onlyCounts:n}=e;return t?OR:r&&r.length?n?RR:IR:n?ER:TR}var DR=e=>e,NR=()=>[""].slice(0,0);function FR(e){return e.group?NR:DR}var LR=(e,t,r)=>{e.push({directory:t,files:r,dir:t})},zR=()=>{};function UR(e){return e.group?LR:zR}var MR=function(e,t,r){let{queue:n,fs:i,options:{suppressErrors:o}}=t;n.enqueue(),i.realpath(e,(s,a)=>{if(s)return n.dequeue(o?null:s,t);i.stat(a,(u,c)=>{if(u)return n.dequeue(o?null:u,t);if(c.isDirectory()&&vv(e,a,t))return n.dequeue(null,t);r(c,a),n.dequeue(null,t)})})},qR=function(e,t,r){let{queue:n,fs:i,options:{suppressErrors:o}}=t;n.enqueue();try{let s=i.realpathSync(e),a=i.statSync(s);if(a.isDirectory()&&vv(e,s,t))return;r(a,s)}catch(s){if(!o)throw s}};function BR(e,t){return!e.resolveSymlinks||e.excludeSymlinks?null:t?qR:MR}function vv(e,t,r){if(r.options.useRealPaths)return jR(t,r);let n=ig(e),i=1;for(;n!==r.root&&i<2;){let o=r.symlinks.get(n);!!o&&(o===t||o.startsWith(t)||t.startsWith(o))?i++:n=ig(n)}return r.symlinks.set(e,t),i>1}function jR(e,t){return t.visited.includes(e+t.options.pathSeparator)}var ZR=e=>e.counts,VR=e=>e.groups,GR=e=>e.paths,KR=e=>e.paths.slice(0,e.options.maxFiles),HR=(e,t,r)=>(Sc(t,r,e.counts,e.options.suppressErrors),null),WR=(e,t,r)=>(Sc(t,r,e.paths,e.options.suppressErrors),null),XR=(e,t,r)=>(Sc(t,r,e.paths.slice(0,e.options.maxFiles),e.options.suppressErrors),null),JR=(e,t,r)=>(Sc(t,r,e.groups,e.options.suppressErrors),null);function Sc(e,t,r,n){t(e&&!n?e:null,r)}function YR(e,t){let{onlyCounts:r,group:n,maxFiles:i}=e;return r?t?ZR:HR:n?t?VR:JR:i?t?KR:XR:t?GR:WR}var wv={withFileTypes:!0},QR=(e,t,r,n,i)=>{if(e.queue.enqueue(),n<0)return e.queue.dequeue(null,e);let{fs:o}=e;e.visited.push(t),e.counts.directories++,o.readdir(t||".",wv,(s,a=[])=>{i(a,r,n),e.queue.dequeue(e.options.suppressErrors?null:s,e)})},eI=(e,t,r,n,i)=>{let{fs:o}=e;if(n<0)return;e.visited.push(t),e.counts.directories++;let s=[];try{s=o.readdirSync(t||".",wv)}catch(a){if(!e.options.suppressErrors)throw a}i(s,r,n)};function tI(e){return e?eI:QR}var rI=class{count=0;constructor(e){this.onQueueEmpty=e}enqueue(){return this.count++,this.count}dequeue(e,t){this.onQueueEmpty&&(--this.count<=0||e)&&(this.onQueueEmpty(e,t),e&&(t.controller.abort(),this.onQueueEmpty=void 0))}},nI=class{_files=0;_directories=0;set files(e){this._files=e}get files(){return this._files}set directories(e){this._directories=e}get directories(){return this._directories}get dirs(){return this._directories}},iI=class{aborted=!1;abort(){this.aborted=!0}},xv=class{root;isSynchronous;state;joinPath;pushDirectory;pushFile;getArray;groupFiles;resolveSymlink;walkDirectory;callbackInvoker;constructor(e,t,r){this.isSynchronous=!r,this.callbackInvoker=YR(t,this.isSynchronous),this.root=ng(e,t),this.state={root:bR(this.root)?this.root:this.root.slice(0,-1),paths:[""].slice(0,0),groups:[],counts:new nI,options:t,queue:new rI((n,i)=>this.callbackInvoker(i,n,r)),symlinks:new Map,visited:[""].slice(0,0),controller:new iI,fs:t.fs||fR},this.joinPath=xR(this.root,t),this.pushDirectory=PR(this.root,t),this.pushFile=CR(t),this.getArray=FR(t),this.groupFiles=UR(t),this.resolveSymlink=BR(t,this.isSynchronous),this.walkDirectory=tI(this.isSynchronous)}start(){return this.pushDirectory(this.root,this.state.paths,this.state.options.filters),this.walkDirectory(this.state,this.root,this.root,this.state.options.maxDepth,this.walk),this.isSynchronous?this.callbackInvoker(this.state,null):null}walk=(e,t,r)=>{let{paths:n,options:{filters:i,resolveSymlinks:o,excludeSymlinks:s,exclude:a,maxFiles:u,signal:c,useRealPaths:l,pathSeparator:p},controller:f}=this.state;if(f.aborted||c&&c.aborted||u&&n.length>u)return;let h=this.getArray(this.state.paths);for(let y=0;y<e.length;++y){let g=e[y];if(g.isFile()||g.isSymbolicLink()&&!o&&!s){let $=this.joinPath(g.name,t);this.pushFile($,h,this.state.counts,i)}else if(g.isDirectory()){let $=wR(g.name,t,this.state.options.pathSeparator);if(a&&a(g.name,$))continue;this.pushDirectory($,n,i),this.walkDirectory(this.state,$,$,r-1,this.walk)}else if(this.resolveSymlink&&g.isSymbolicLink()){let $=yv(g.name,t);this.resolveSymlink($,this.state,(w,x)=>{if(w.isDirectory()){if(x=ng(x,this.state.options),a&&a(g.name,l?x:$+p))return;this.walkDirectory(this.state,x,l?x:$+p,r-1,this.walk)}else{x=l?x:$;let A=uR(x),F=ng(ig(x),this.state.options);x=this.joinPath(A,F),this.pushFile(x,h,this.state.counts,i)}})}}this.groupFiles(this.state.groups,t,h)}};function oI(e,t){return new Promise((r,n)=>{kv(e,t,(i,o)=>{if(i)return n(i);r(o)})})}function kv(e,t,r){new xv(e,t,r).start()}function sI(e,t){return new xv(e,t).start()}var hv=class{constructor(e,t){this.root=e,this.options=t}withPromise(){return oI(this.root,this.options)}withCallback(e){kv(this.root,this.options,e)}sync(){return sI(this.root,this.options)}},$v=null;try{mv.resolve("picomatch"),$v=mv("picomatch")}catch{}var _v=class{globCache={};options={maxDepth:1/0,suppressErrors:!0,pathSeparator:gv,filters:[]};globFunction;constructor(e){this.options={...this.options,...e},this.globFunction=this.options.globFunction}group(){return this.options.group=!0,this}withPathSeparator(e){return this.options.pathSeparator=e,this}withBasePath(){return this.options.includeBasePath=!0,this}withRelativePaths(){return this.options.relativePaths=!0,this}withDirs(){return this.options.includeDirs=!0,this}withMaxDepth(e){return this.options.maxDepth=e,this}withMaxFiles(e){return this.options.maxFiles=e,this}withFullPaths(){return this.options.resolvePaths=!0,this.options.includeBasePath=!0,this}withErrors(){return this.options.suppressErrors=!1,this}withSymlinks({resolvePaths:e=!0}={}){return this.options.resolveSymlinks=!0,this.options.useRealPaths=e,this.withFullPaths()}withAbortSignal(e){return this.options.signal=e,this}normalize(){return this.options.normalizePath=!0,this}filter(e){return this.options.filters.push(e),this}onlyDirs(){return this.options.excludeFiles=!0,this.options.includeDirs=!0,this}exclude(e){return this.options.exclude=e,this}onlyCounts(){return this.options.onlyCounts=!0,this}crawl(e){return new hv(e||".",this.options)}withGlobFunction(e){return this.globFunction=e,this}crawlWithOptions(e,t){return this.options={...this.options,...t},new hv(e||".",this.options)}glob(...e){return this.globFunction?this.globWithOptions(e):this.globWithOptions(e,{dot:!0})}globWithOptions(e,...t){let r=this.globFunction||$v;if(!r)throw new Error("Please specify a glob function to use glob matching.");var n=this.globCache[e.join("\0")];return n||(n=r(e,...t),this.globCache[e.join("\0")]=n),this.options.filters.push(i=>n(i)),this}};var hg=aw(Hv()),VI=new Set(["node_modules",".git"]),GI=["**/node_modules/**","**/.git/**"];function gg(e,t=[]){if(e.length===0)return()=>!1;let r=o=>o.map(s=>s.replace(/^(?:\.\/)+/,"")),n=(0,hg.default)(r(e)),i=(0,hg.default)([...GI,...r(t)]);return o=>n(o)&&!i(o)}async function bg(e,t,r=[]){let n=gg(t,r),i=await new _v().withRelativePaths().withPathSeparator("/").exclude(o=>VI.has(o)).filter(o=>n(o)).crawl(e).withPromise();return Xv(e,i.sort())}function Xv(e,t){let r;try{r=Wv.native(e)}catch{return[...new Set(t)]}let n=new Map;for(let s of t){let a;try{a=Wv.native(jI(e,s))}catch{a=`unresolved:${s}`}let u=n.get(a);u?u.push(s):n.set(a,[s])}let i=new Set;for(let[s,a]of n){let u=BI(r,s).split(ZI).join("/");i.add(a.find(c=>c.replace(/^(?:\.\/)+/,"")===u)??a[0])}let o=[];for(let s of t)i.delete(s)&&o.push(s);return o}function KI(e){let t=e.filter(n=>!n.startsWith("!")),r=e.filter(n=>n.startsWith("!")).map(n=>n.slice(1));return{include:t,exclude:r}}async function Jv(e,t){let{include:r,exclude:n}=KI(t);return r.length===0?[]:bg(e,r,n)}var HI={maxBytes:_i,rootName:"the repository",splitFix:"split it into several manifests (the `manifests` input takes globs)",binaryFix:"point the `manifests` input at YAML manifests"};function Yv(e,t){return Jm(t.map(r=>({file:r,read:()=>tg(e,r,HI)})))}async function yg(e,t){try{await e.writeSummary(t)}catch(r){e.warning(`genspend: could not write the job summary: ${r.message}`)}}async function Qv(e,t,r){let n,i=Wo(t);if(i){n=i.map(o=>o.format()).join(`
`);for(let o of i.slice(0,10))o.where?.line!==void 0&&r(o.where.file)&&e.error(o.format(),{title:"genspend",file:o.where.file,startLine:o.where.line})}else n=`internal error: ${t instanceof Error?t.message:String(t)}. Please report it with this log.`,t instanceof Error&&t.stack&&e.debug(t.stack);return await yg(e,["## genspend could not run","",...n.split(`
`).map(o=>`- ${ni(o)}`),""].join(`
`)),{verdict:"error",message:`genspend could not run: ${n}`}}var eE=["low","critical","never"];function vg(e,t,r,n){if(t==="")return r;if(!/^\d{1,4}$/.test(t)||Number(t)>n)throw new Lt(`input \`${e}\` must be a whole number from 0 to ${n}, got ${JSON.stringify(t.slice(0,60))}`);return Number(t)}function tE(e){let{get:t,check:r,done:n}=iv(e),i=r(()=>{let p=vg("days",t("days"),30,90);if(p===0)throw new Lt('input `days` must be a whole number from 1 to 90, got "0"');return p},30),o=r(()=>vg("low-days",t("low-days"),Io.lowDays.toNumber(),3650),0),s=r(()=>vg("critical-days",t("critical-days"),Io.criticalDays.toNumber(),3650),0);r(()=>{if(s>o)throw new Lt(`input \`critical-days\` (${s}) must not be more than \`low-days\` (${o})`)},void 0);let a=r(()=>sv(t("deadline")),mi),u=r(()=>Yh("low-balance",t("low-balance"),"USD"),void 0),c=r(()=>Yh("critical-balance",t("critical-balance"),"USD"),void 0),l={manifests:r(()=>nv(e("manifests")),[]),providers:r(()=>ov(t("providers")),void 0),days:i,thresholds:{lowDays:ie(o),criticalDays:ie(s),...u?{lowBalanceUsd:u}:{},...c?{criticalBalanceUsd:c}:{}},failOn:r(()=>rv("fail-on",t("fail-on"),eE,"low"),"low"),deadlineMs:a};return n(),l}async function RF(e){let{toolkit:t,env:r}=e,n=r.GITHUB_WORKSPACE||e.cwd;try{let i=tE(p=>t.getInput(p)),o=p=>p.map(f=>`${f}: \${{ secrets.${f} }}`).join(", "),s=Wh(i.providers,r,{noKeys:"mode `balance` found no provider key in the environment",namedIn:"named in the `providers` input",giveKeys:p=>i.providers?`add to the step's \`env:\` ${o(p)}`:`pass the keys of the accounts to check as \`env:\` of the step, e.g. ${o([pr.runway])}`});for(let p of s)t.setSecret(r[pr[p]].trim());let a=await rE(n,i.manifests,t),u=e.now().toISOString().slice(0,10),c=await Xh(s,{env:r,transport:e.transport??Ph({fetch:globalThis.fetch,sleep:p=>QI(p)}),uuid:e.uuid,deadlineMs:i.deadlineMs,window:Ih(u,i.days),catalog:cc(),thresholds:i.thresholds,...a?{estimate:a}:{}}),l={reports:c,status:dh(c),asOf:u,burnWindowDays:i.days,...a?{estimate:a}:{}};for(let p of c)t.info(`genspend: ${p.provider}: ${nE(p)}`);return oE(t,l,iE(r.RUNNER_TEMP||"",l)),await yg(t,mh(l)),sE(c,t),aE(l,i.failOn)}catch(i){return Qv(t,i,o=>e.exists(YI(n,o)))}}async function rE(e,t,r){let n=await Jv(e,t);if(n.length===0){r.info(`genspend: no manifest matches ${t.join(", ")}: days left at the observed burn only`);return}return r.info(`genspend: planned spend from ${n.length} manifest(s): ${n.join(", ")}`),nh(Yv(e,n),cc())}function nE(e){if(e.error||!e.forecast)return`could not read: ${e.error?.message??"no answer"}`;let t=e.forecast,r=Rt(t.daysLeft);return[t.status.toUpperCase(),`balance ${Ne(t.balanceUsd)}`,t.burnPerDayUsd?`burn ${Ne(t.burnPerDayUsd)}/day`:"burn unknown",...r!==null?[`${r} days left`]:[],...t.reasons].join("; ")}function iE(e,t){let r=ew(WI(ew(e||JI(),"genspend-")),"balance.json");return XI(r,JSON.stringify(fh(t),null,2)+`
`),r}function oE(e,t,r){let n={};for(let i of t.reports)i.forecast&&(n[i.provider]=i.forecast.balanceUsd.toFixed());e.setOutput("status",t.status),e.setOutput("days-left",Rt(oi(t.reports))??""),e.setOutput("balances",JSON.stringify(n));for(let i of dr)e.setOutput(`${i}-balance`,n[i]??"");e.setOutput("report-path",r)}function sE(e,t){for(let r of e)r.error||!r.forecast?t.error(`${r.provider}: could not read the account: ${r.error?.message??"no answer"}`,{title:"genspend balance"}):r.forecast.status==="critical"?t.error(`${r.provider}: ${r.forecast.reasons.join("; ")}`,{title:"genspend balance: critical"}):r.forecast.status==="low"&&t.warning(`${r.provider}: ${r.forecast.reasons.join("; ")}`,{title:"genspend balance: low"})}function aE(e,t){let{status:r,reports:n}=e;if(r==="error"){let s=n.filter(a=>a.error).map(a=>`${a.provider}: ${a.error.message}`);return{verdict:"error",message:`genspend could not read ${s.length===1?"an account":"accounts"}: ${s.join("; ")}`}}if(r==="ok")return{verdict:"pass"};if(!(t==="low"||t==="critical"&&r==="critical"))return{verdict:"warn"};let o=n.filter(s=>s.forecast&&s.forecast.status!=="ok").map(s=>`${s.provider} ${s.forecast.status} (${s.forecast.reasons.join("; ")})`);return{verdict:"fail",message:`genspend: balance ${r}: ${o.join("; ")}`}}export{eE as FAIL_ON,RF as balanceMode,tE as readBalanceInputs};
//# sourceMappingURL=balance.js.map
