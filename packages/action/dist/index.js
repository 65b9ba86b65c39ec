import { createRequire as __genspendCreateRequire } from 'node:module'; const require = __genspendCreateRequire(import.meta.url);
var D2=Object.create;var vu=Object.defineProperty;var z2=Object.getOwnPropertyDescriptor;var N2=Object.getOwnPropertyNames;var C2=Object.getPrototypeOf,U2=Object.prototype.hasOwnProperty;var er=(e,t)=>()=>{try{return t||e((t={exports:{}}).exports,t),t.exports}catch(r){throw t=0,r}},Kt=(e,t)=>{for(var r in t)vu(e,r,{get:t[r],enumerable:!0})},j2=(e,t,r,o)=>{if(t&&typeof t=="object"||typeof t=="function")for(let n of N2(t))!U2.call(e,n)&&n!==r&&vu(e,n,{get:()=>t[n],enumerable:!(o=z2(t,n))||o.enumerable});return e};var F2=(e,t,r)=>(r=e!=null?D2(C2(e)):{},j2(t||!e||!e.__esModule?vu(r,"default",{value:e,enumerable:!0}):r,e));var go=er((kC,A$)=>{"use strict";var k$="[^\\\\/]",Q4="(?=.)",x$="[^/]",$g="(?:\\/|$)",_$="(?:^|\\/)",wg=`\\.{1,2}${$g}`,eP="(?!\\.)",tP=`(?!${_$}${wg})`,nP=`(?!\\.{0,1}${$g})`,rP=`(?!${wg})`,iP="[^.\\/]",oP=`${x$}*?`,aP="/",I$={DOT_LITERAL:"\\.",PLUS_LITERAL:"\\+",QMARK_LITERAL:"\\?",SLASH_LITERAL:"\\/",ONE_CHAR:Q4,QMARK:x$,END_ANCHOR:$g,DOTS_SLASH:wg,NO_DOT:eP,NO_DOTS:tP,NO_DOT_SLASH:nP,NO_DOTS_SLASH:rP,QMARK_NO_DOT:iP,STAR:oP,START_ANCHOR:_$,SEP:aP},sP={...I$,SLASH_LITERAL:"[\\\\/]",QMARK:k$,STAR:`${k$}*?`,DOTS_SLASH:"\\.{1,2}(?:[\\\\/]|$)",NO_DOT:"(?!\\.)",NO_DOTS:"(?!(?:^|[\\\\/])\\.{1,2}(?:[\\\\/]|$))",NO_DOT_SLASH:"(?!\\.{0,1}(?:[\\\\/]|$))",NO_DOTS_SLASH:"(?!\\.{1,2}(?:[\\\\/]|$))",QMARK_NO_DOT:"[^.\\\\/]",START_ANCHOR:"(?:^|[\\\\/])",END_ANCHOR:"(?:[\\\\/]|$)",SEP:"\\"},uP={__proto__:null,alnum:"a-zA-Z0-9",alpha:"a-zA-Z",ascii:"\\x00-\\x7F",blank:" \\t",cntrl:"\\x00-\\x1F\\x7F",digit:"0-9",graph:"\\x21-\\x7E",lower:"a-z",print:"\\x20-\\x7E ",punct:"\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",space:" \\t\\r\\n\\v\\f",upper:"A-Z",word:"A-Za-z0-9_",xdigit:"A-Fa-f0-9"};A$.exports={DEFAULT_MAX_EXTGLOB_RECURSION:0,MAX_LENGTH:1024*64,POSIX_REGEX_SOURCE:uP,REGEX_BACKSLASH:/\\(?![*+?^${}(|)[\]])/g,REGEX_NON_SPECIAL_CHARS:/^[^@![\].,$*+?^{}()|\\/]+/,REGEX_SPECIAL_CHARS:/[-*+?.^${}(|)[\]]/,REGEX_SPECIAL_CHARS_BACKREF:/(\\?)((\W)(\3*))/g,REGEX_SPECIAL_CHARS_GLOBAL:/([-*+?.^${}(|)[\]])/g,REGEX_REMOVE_BACKSLASH:/(?:\[.*?[^\\]\]|\\(?=.))/g,REPLACEMENTS:{__proto__:null,"***":"*","**/**":"**","**/**/**":"**"},CHAR_0:48,CHAR_9:57,CHAR_UPPERCASE_A:65,CHAR_LOWERCASE_A:97,CHAR_UPPERCASE_Z:90,CHAR_LOWERCASE_Z:122,CHAR_LEFT_PARENTHESES:40,CHAR_RIGHT_PARENTHESES:41,CHAR_ASTERISK:42,CHAR_AMPERSAND:38,CHAR_AT:64,CHAR_BACKWARD_SLASH:92,CHAR_CARRIAGE_RETURN:13,CHAR_CIRCUMFLEX_ACCENT:94,CHAR_COLON:58,CHAR_COMMA:44,CHAR_DOT:46,CHAR_DOUBLE_QUOTE:34,CHAR_EQUAL:61,CHAR_EXCLAMATION_MARK:33,CHAR_FORM_FEED:12,CHAR_FORWARD_SLASH:47,CHAR_GRAVE_ACCENT:96,CHAR_HASH:35,CHAR_HYPHEN_MINUS:45,CHAR_LEFT_ANGLE_BRACKET:60,CHAR_LEFT_CURLY_BRACE:123,CHAR_LEFT_SQUARE_BRACKET:91,CHAR_LINE_FEED:10,CHAR_NO_BREAK_SPACE:160,CHAR_PERCENT:37,CHAR_PLUS:43,CHAR_QUESTION_MARK:63,CHAR_RIGHT_ANGLE_BRACKET:62,CHAR_RIGHT_CURLY_BRACE:125,CHAR_RIGHT_SQUARE_BRACKET:93,CHAR_SEMICOLON:59,CHAR_SINGLE_QUOTE:39,CHAR_SPACE:32,CHAR_TAB:9,CHAR_UNDERSCORE:95,CHAR_VERTICAL_LINE:124,CHAR_ZERO_WIDTH_NOBREAK_SPACE:65279,extglobChars(e){return{"!":{type:"negate",open:"(?:(?!(?:",close:`))${e.STAR})`},"?":{type:"qmark",open:"(?:",close:")?"},"+":{type:"plus",open:"(?:",close:")+"},"*":{type:"star",open:"(?:",close:")*"},"@":{type:"at",open:"(?:",close:")"}}},globChars(e){return e===!0?sP:I$}}});var ho=er(yt=>{"use strict";var{REGEX_BACKSLASH:cP,REGEX_REMOVE_BACKSLASH:lP,REGEX_SPECIAL_CHARS:dP,REGEX_SPECIAL_CHARS_GLOBAL:fP}=go();yt.isObject=e=>e!==null&&typeof e=="object"&&!Array.isArray(e);yt.hasRegexChars=e=>dP.test(e);yt.isRegexChar=e=>e.length===1&&yt.hasRegexChars(e);yt.escapeRegex=e=>e.replace(fP,"\\$1");yt.toPosixSlashes=e=>e.replace(cP,"/");yt.isWindows=()=>{if(typeof navigator<"u"&&navigator.platform){let e=navigator.platform.toLowerCase();return e==="win32"||e==="windows"}return typeof process<"u"&&process.platform?process.platform==="win32":!1};yt.removeBackslashes=e=>e.replace(lP,t=>t==="\\"?"":t);yt.escapeLast=(e,t,r)=>{let o=e.lastIndexOf(t,r);return o===-1?e:e[o-1]==="\\"?yt.escapeLast(e,t,o-1):`${e.slice(0,o)}\\${e.slice(o)}`};yt.removePrefix=(e,t={})=>{let r=e;return r.startsWith("./")&&(r=r.slice(2),t.prefix="./"),r};yt.wrapOutput=(e,t={},r={})=>{let o=r.contains?"":"^",n=r.contains?"":"$",i=`${o}(?:${e})${n}`;return t.negated===!0&&(i=`(?:^(?!${i}).*$)`),i};yt.basename=(e,{windows:t}={})=>{let r=e.split(t?/[\\/]/:"/"),o=r[r.length-1];return o===""?r[r.length-2]:o}});var z$=er((_C,D$)=>{"use strict";var S$=ho(),{CHAR_ASTERISK:kg,CHAR_AT:pP,CHAR_BACKWARD_SLASH:Kr,CHAR_COMMA:mP,CHAR_DOT:xg,CHAR_EXCLAMATION_MARK:_g,CHAR_FORWARD_SLASH:O$,CHAR_LEFT_CURLY_BRACE:Ig,CHAR_LEFT_PARENTHESES:au,CHAR_LEFT_SQUARE_BRACKET:gP,CHAR_PLUS:hP,CHAR_QUESTION_MARK:P$,CHAR_RIGHT_CURLY_BRACE:vP,CHAR_RIGHT_PARENTHESES:R$,CHAR_RIGHT_SQUARE_BRACKET:bP}=go(),E$=e=>e===O$||e===Kr,T$=e=>{e.isPrefix!==!0&&(e.depth=e.isGlobstar?1/0:1)},yP=(e,t)=>{let r=t||{},o=e.length-1,n=r.parts===!0||r.tokens===!0||r.scanToEnd===!0,i=[],a=[],s=[],c=e,u=-1,l=0,f=0,p=!1,g=!1,v=!1,h=!1,_=!1,k=!1,y=!1,A=!1,q=!1,X=!1,J=0,fe,Q,ne={value:"",depth:0,isGlob:!1},E=()=>u>=o,ve=()=>c.charCodeAt(u+1),ke=()=>(fe=Q,c.charCodeAt(++u));for(;u<o;){Q=ke();let $e;if(Q===Kr){y=ne.backslashes=!0,Q=ke(),Q===Ig&&(k=!0);continue}if(k===!0||Q===Ig){for(J++;E()!==!0&&(Q=ke());){if(Q===Kr){y=ne.backslashes=!0,ke();continue}if(Q===Ig){J++;continue}if(k!==!0&&Q===xg&&(Q=ke())===xg){if(p=ne.isBrace=!0,v=ne.isGlob=!0,X=!0,n===!0)continue;break}if(k!==!0&&Q===mP){if(p=ne.isBrace=!0,v=ne.isGlob=!0,X=!0,n===!0)continue;break}if(Q===vP&&(J--,J===0)){k=!1,p=ne.isBrace=!0,X=!0;break}}if(n===!0)continue;break}if(Q===O$){if(i.push(u),a.push(ne),ne={value:"",depth:0,isGlob:!1},X===!0)continue;if(fe===xg&&u===l+1){l+=2;continue}f=u+1;continue}if(r.noext!==!0&&(Q===hP||Q===pP||Q===kg||Q===P$||Q===_g)===!0&&ve()===au){if(v=ne.isGlob=!0,h=ne.isExtglob=!0,X=!0,Q===_g&&u===l&&(q=!0),n===!0){let Ge=0;for(;E()!==!0&&(Q=ke());){if(Q===Kr){y=ne.backslashes=!0,ke();continue}if(Q===au){Ge++;continue}if(Q===R$&&--Ge===0){X=!0;break}}continue}break}if(Q===kg){if(fe===kg&&(_=ne.isGlobstar=!0),v=ne.isGlob=!0,X=!0,n===!0)continue;break}if(Q===P$){if(v=ne.isGlob=!0,X=!0,n===!0)continue;break}if(Q===gP){for(;E()!==!0&&($e=ke());){if($e===Kr){y=ne.backslashes=!0,ke();continue}if($e===bP){g=ne.isBracket=!0,v=ne.isGlob=!0,X=!0;break}}if(n===!0)continue;break}if(r.nonegate!==!0&&Q===_g&&u===l){A=ne.negated=!0,l++;continue}if(r.noparen!==!0&&Q===au){if(v=ne.isGlob=!0,n===!0){let Ce=1;for(;E()!==!0&&(Q=ke());){if(Q===Kr){y=ne.backslashes=!0,ke();continue}if(Q===au){Ce++;continue}if(Q===R$&&--Ce===0){X=!0;break}}continue}break}if(v===!0){if(X=!0,n===!0)continue;break}}r.noext===!0&&(h=!1,v=!1);let xe=c,P="",R="";l>0&&(P=c.slice(0,l),c=c.slice(l),f-=l),xe&&v===!0&&f>0?(xe=c.slice(0,f),R=c.slice(f)):v===!0?(xe="",R=c):xe=c,xe&&xe!==""&&xe!=="/"&&xe!==c&&E$(xe.charCodeAt(xe.length-1))&&(xe=xe.slice(0,-1)),r.unescape===!0&&(R&&(R=S$.removeBackslashes(R)),xe&&y===!0&&(xe=S$.removeBackslashes(xe)));let L={prefix:P,input:e,start:l,base:xe,glob:R,isBrace:p,isBracket:g,isGlob:v,isExtglob:h,isGlobstar:_,negated:A,negatedExtglob:q};if(r.tokens===!0&&(L.maxDepth=0,E$(Q)||a.push(ne),L.tokens=a),r.parts===!0||r.tokens===!0){let $e;for(let De=0;De<i.length;De++){let jt=$e!==void 0?$e+1:l,Et=i[De],ct=e.slice(jt,Et);r.tokens&&(De===0&&l!==0?(a[De].isPrefix=!0,a[De].value=P):a[De].value=ct,T$(a[De]),L.maxDepth+=a[De].depth),Et>=l&&(s.push(ct),$e=Et)}let Ce=$e!==void 0?$e+1:l,Ge=e.slice(Ce);s.push(Ge),r.tokens&&$e&&$e+1<e.length&&(a[a.length-1].value=Ge,T$(a[a.length-1]),L.maxDepth+=a[a.length-1].depth),L.slashes=i,L.parts=s}return L};D$.exports=yP});var j$=er((IC,U$)=>{"use strict";var vo=go(),_t=ho(),{MAX_LENGTH:su,POSIX_REGEX_SOURCE:$P,REGEX_NON_SPECIAL_CHARS:wP,REGEX_SPECIAL_CHARS_BACKREF:kP,REPLACEMENTS:N$}=vo,xP=(e,t)=>{if(typeof t.expandRange=="function")return t.expandRange(...e,t);e.sort();let r=`[${e.join("-")}]`;try{new RegExp(r)}catch{return e.map(n=>_t.escapeRegex(n)).join("..")}return r},Hr=(e,t)=>`Missing ${e}: "${t}" - use "\\\\${t}" to match literal characters`,C$=e=>{let t=[],r=0,o=0,n=0,i="",a=!1;for(let s of e){if(a===!0){i+=s,a=!1;continue}if(s==="\\"){i+=s,a=!0;continue}if(s==='"'){n=n===1?0:1,i+=s;continue}if(n===0){if(s==="[")r++;else if(s==="]"&&r>0)r--;else if(r===0){if(s==="(")o++;else if(s===")"&&o>0)o--;else if(s==="|"&&o===0){t.push(i),i="";continue}}}i+=s}return t.push(i),t},_P=e=>{let t=!1;for(let r of e){if(t===!0){t=!1;continue}if(r==="\\"){t=!0;continue}if(/[?*+@!()[\]{}]/.test(r))return!1}return!0},Sg=e=>{let t=e.trim(),r=!0;for(;r===!0;)r=!1,/^@\([^\\()[\]{}|]+\)$/.test(t)&&(t=t.slice(2,-1),r=!0);if(_P(t))return t.replace(/\\(.)/g,"$1")},IP=e=>{let t=e.map(Sg).filter(Boolean);for(let r=0;r<t.length;r++)for(let o=r+1;o<t.length;o++){let n=t[r],i=t[o],a=n[0];if(!(!a||n!==a.repeat(n.length)||i!==a.repeat(i.length))&&(n===i||n.startsWith(i)||i.startsWith(n)))return!0}return!1},Ag=(e,t=!0)=>{if(e[0]!=="+"&&e[0]!=="*"||e[1]!=="(")return;let r=0,o=0,n=0,i=!1;for(let a=1;a<e.length;a++){let s=e[a];if(i===!0){i=!1;continue}if(s==="\\"){i=!0;continue}if(s==='"'){n=n===1?0:1;continue}if(n!==1){if(s==="["){r++;continue}if(s==="]"&&r>0){r--;continue}if(!(r>0)){if(s==="("){o++;continue}if(s===")"&&(o--,o===0))return t===!0&&a!==e.length-1?void 0:{type:e[0],body:e.slice(2,a),end:a}}}}},AP=e=>`${e.length===1?_t.escapeRegex(e[0]):`[${e.map(r=>_t.escapeRegex(r)).join("")}]`}*`,SP=e=>{let t=0,r=[];for(;t<e.length;){let o=Ag(e.slice(t),!1);if(!o||o.type!=="*")return;let n=C$(o.body).map(a=>a.trim());if(n.length!==1)return;let i=Sg(n[0]);if(!i||i.length!==1)return;r.push(i),t+=o.end+1}if(!(r.length<1))return r},PP=e=>{let t=0,r=e.trim(),o=Ag(r);for(;o;)t++,r=o.body.trim(),o=Ag(r);return t},RP=(e,t)=>{if(t.maxExtglobRecursion===!1)return{risky:!1};let r=typeof t.maxExtglobRecursion=="number"?t.maxExtglobRecursion:vo.DEFAULT_MAX_EXTGLOB_RECURSION,o=C$(e).map(s=>s.trim());if(o.length>1&&(o.some(s=>s==="")||o.some(s=>/^[*?]+$/.test(s))||IP(o)))return{risky:!0};let n=[],i=!1,a=!0;for(let s of o){let c=SP(s);if(c){i=!0,n.push(...c);continue}let u=Sg(s);if(u&&u.length===1){n.push(u);continue}if(a=!1,PP(s)>r)return{risky:!0}}return i?a?{risky:!0,safeOutput:AP([...new Set(n)])}:{risky:!0}:{risky:!1}},Pg=(e,t)=>{if(typeof e!="string")throw new TypeError("Expected a string");e=N$[e]||e;let r={...t},o=typeof r.maxLength=="number"?Math.min(su,r.maxLength):su,n=e.length;if(n>o)throw new SyntaxError(`Input length: ${n}, exceeds maximum allowed length: ${o}`);let i={type:"bos",value:"",output:r.prepend||""},a=[i],s=r.capture?"":"?:",c=vo.globChars(r.windows),u=vo.extglobChars(c),{DOT_LITERAL:l,PLUS_LITERAL:f,SLASH_LITERAL:p,ONE_CHAR:g,DOTS_SLASH:v,NO_DOT:h,NO_DOT_SLASH:_,NO_DOTS_SLASH:k,QMARK:y,QMARK_NO_DOT:A,STAR:q,START_ANCHOR:X}=c,J=G=>`(${s}(?:(?!${X}${G.dot?v:l}).)*?)`,fe=r.dot?"":h,Q=r.dot?y:A,ne=r.bash===!0?J(r):q;r.capture&&(ne=`(${ne})`),typeof r.noext=="boolean"&&(r.noextglob=r.noext);let E={input:e,index:-1,start:0,dot:r.dot===!0,consumed:"",output:"",prefix:"",backtrack:!1,negated:!1,brackets:0,braces:0,parens:0,quotes:0,globstar:!1,tokens:a};e=_t.removePrefix(e,E),n=e.length;let ve=[],ke=[],xe=[],P=i,R,L=()=>E.index===n-1,$e=E.peek=(G=1)=>e[E.index+G],Ce=E.advance=()=>e[++E.index]||"",Ge=()=>e.slice(E.index+1),De=(G="",Ae=0)=>{E.consumed+=G,E.index+=Ae},jt=G=>{E.output+=G.output!=null?G.output:G.value,De(G.value)},Et=()=>{let G=1;for(;$e()==="!"&&($e(2)!=="("||$e(3)==="?");)Ce(),E.start++,G++;return G%2===0?!1:(E.negated=!0,E.start++,!0)},ct=G=>{E[G]++,xe.push(G)},$t=G=>{E[G]--,xe.pop()},re=G=>{if(P.type==="globstar"){let Ae=E.braces>0&&(G.type==="comma"||G.type==="brace"),M=G.extglob===!0||ve.length&&(G.type==="pipe"||G.type==="paren");G.type!=="slash"&&G.type!=="paren"&&!Ae&&!M&&(E.output=E.output.slice(0,-P.output.length),P.type="star",P.value="*",P.output=ne,E.output+=P.output)}if(ve.length&&G.type!=="paren"&&(ve[ve.length-1].inner+=G.value),(G.value||G.output)&&jt(G),P&&P.type==="text"&&G.type==="text"){P.output=(P.output||P.value)+G.value,P.value+=G.value;return}G.prev=P,a.push(G),P=G},wt=(G,Ae)=>{let M={...u[Ae],conditions:1,inner:""};M.prev=P,M.parens=E.parens,M.output=E.output,M.startIndex=E.index,M.tokensIndex=a.length;let ue=(r.capture?"(":"")+M.open;ct("parens"),re({type:G,value:Ae,output:E.output?"":g}),re({type:"paren",extglob:!0,value:Ce(),output:ue}),ve.push(M)},Tn=G=>{let Ae=e.slice(G.startIndex,E.index+1),M=e.slice(G.startIndex+2,E.index),ue=RP(M,r);if((G.type==="plus"||G.type==="star")&&ue.risky){let Ie=ue.safeOutput?(G.output?"":g)+(r.capture?`(${ue.safeOutput})`:ue.safeOutput):void 0,Qe=a[G.tokensIndex];Qe.type="text",Qe.value=Ae,Qe.output=Ie||_t.escapeRegex(Ae);for(let It=G.tokensIndex+1;It<a.length;It++)a[It].value="",a[It].output="",delete a[It].suffix;E.output=G.output+Qe.output,E.backtrack=!0,re({type:"paren",extglob:!0,value:R,output:""}),$t("parens");return}let _e=G.close+(r.capture?")":""),Ue;if(G.type==="negate"){let Ie=ne;if(G.inner&&G.inner.length>1&&G.inner.includes("/")&&(Ie=J(r)),(Ie!==ne||L()||/^\)+$/.test(Ge()))&&(_e=G.close=`)$))${Ie}`),G.inner.includes("*")&&(Ue=Ge())&&/^\.[^\\/.]+$/.test(Ue)){let Qe=Pg(Ue,{...t,fastpaths:!1}).output;_e=G.close=`)${Qe})${Ie})`}G.prev.type==="bos"&&(E.negatedExtglob=!0)}re({type:"paren",extglob:!0,value:R,output:_e}),$t("parens")};if(r.fastpaths!==!1&&!/(^[*!]|[/()[\]{}"])/.test(e)){let G=!1,Ae=e.replace(kP,(M,ue,_e,Ue,Ie,Qe)=>Ue==="\\"?(G=!0,M):Ue==="?"?ue?ue+Ue+(Ie?y.repeat(Ie.length):""):Qe===0?Q+(Ie?y.repeat(Ie.length):""):y.repeat(_e.length):Ue==="."?l.repeat(_e.length):Ue==="*"?ue?ue+Ue+(Ie?ne:""):ne:ue?M:`\\${M}`);return G===!0&&(r.unescape===!0?Ae=Ae.replace(/\\/g,""):Ae=Ae.replace(/\\+/g,M=>M.length%2===0?"\\\\":M?"\\":"")),Ae===e&&r.contains===!0?(E.output=e,E):(E.output=_t.wrapOutput(Ae,E,t),E)}for(;!L();){if(R=Ce(),R==="\0")continue;if(R==="\\"){let M=$e();if(M==="/"&&r.bash!==!0||M==="."||M===";")continue;if(!M){R+="\\",re({type:"text",value:R});continue}let ue=/^\\+/.exec(Ge()),_e=0;if(ue&&ue[0].length>2&&(_e=ue[0].length,E.index+=_e,_e%2!==0&&(R+="\\")),r.unescape===!0?R=Ce():R+=Ce(),E.brackets===0){re({type:"text",value:R});continue}}if(E.brackets>0&&(R!=="]"||P.value==="["||P.value==="[^")){if(r.posix!==!1&&R===":"){let M=P.value.slice(1);if(M.includes("[")&&(P.posix=!0,M.includes(":"))){let ue=P.value.lastIndexOf("["),_e=P.value.slice(0,ue),Ue=P.value.slice(ue+2),Ie=$P[Ue];if(Ie){P.value=_e+Ie,E.backtrack=!0,Ce(),!i.output&&a.indexOf(P)===1&&(i.output=g);continue}}}(R==="["&&$e()!==":"||R==="-"&&$e()==="]")&&(R=`\\${R}`),R==="]"&&(P.value==="["||P.value==="[^")&&(R=`\\${R}`),r.posix===!0&&R==="!"&&P.value==="["&&(R="^"),P.value+=R,jt({value:R});continue}if(E.quotes===1&&R!=='"'){R=_t.escapeRegex(R),P.value+=R,jt({value:R});continue}if(R==='"'){E.quotes=E.quotes===1?0:1,r.keepQuotes===!0&&re({type:"text",value:R});continue}if(R==="("){ct("parens"),re({type:"paren",value:R});continue}if(R===")"){if(E.parens===0&&r.strictBrackets===!0)throw new SyntaxError(Hr("opening","("));let M=ve[ve.length-1];if(M&&E.parens===M.parens+1){Tn(ve.pop());continue}re({type:"paren",value:R,output:E.parens?")":"\\)"}),$t("parens");continue}if(R==="["){if(r.nobracket===!0||!Ge().includes("]")){if(r.nobracket!==!0&&r.strictBrackets===!0)throw new SyntaxError(Hr("closing","]"));R=`\\${R}`}else ct("brackets");re({type:"bracket",value:R});continue}if(R==="]"){if(r.nobracket===!0||P&&P.type==="bracket"&&P.value.length===1){re({type:"text",value:R,output:`\\${R}`});continue}if(E.brackets===0){if(r.strictBrackets===!0)throw new SyntaxError(Hr("opening","["));re({type:"text",value:R,output:`\\${R}`});continue}$t("brackets");let M=P.value.slice(1);if(P.posix!==!0&&M[0]==="^"&&!M.includes("/")&&(R=`/${R}`),P.value+=R,jt({value:R}),r.literalBrackets===!1||_t.hasRegexChars(M))continue;let ue=_t.escapeRegex(P.value);if(E.output=E.output.slice(0,-P.value.length),r.literalBrackets===!0){E.output+=ue,P.value=ue;continue}P.value=`(${s}${ue}|${P.value})`,E.output+=P.value;continue}if(R==="{"&&r.nobrace!==!0){ct("braces");let M={type:"brace",value:R,output:"(",outputIndex:E.output.length,tokensIndex:E.tokens.length};ke.push(M),re(M);continue}if(R==="}"){let M=ke[ke.length-1];if(r.nobrace===!0||!M){re({type:"text",value:R,output:R});continue}let ue=")";if(M.dots===!0){let _e=a.slice(),Ue=[];for(let Ie=_e.length-1;Ie>=0&&(a.pop(),_e[Ie].type!=="brace");Ie--)_e[Ie].type!=="dots"&&Ue.unshift(_e[Ie].value);ue=xP(Ue,r),E.backtrack=!0}if(M.comma!==!0&&M.dots!==!0){let _e=E.output.slice(0,M.outputIndex),Ue=E.tokens.slice(M.tokensIndex);M.value=M.output="\\{",R=ue="\\}",E.output=_e;for(let Ie of Ue)E.output+=Ie.output||Ie.value}re({type:"brace",value:R,output:ue}),$t("braces"),ke.pop();continue}if(R==="|"){ve.length>0&&ve[ve.length-1].conditions++,re({type:"text",value:R});continue}if(R===","){let M=R,ue=ke[ke.length-1];ue&&xe[xe.length-1]==="braces"&&(ue.comma=!0,M="|"),re({type:"comma",value:R,output:M});continue}if(R==="/"){if(P.type==="dot"&&E.index===E.start+1){E.start=E.index+1,E.consumed="",E.output="",a.pop(),P=i;continue}re({type:"slash",value:R,output:p});continue}if(R==="."){if(E.braces>0&&P.type==="dot"){P.value==="."&&(P.output=l);let M=ke[ke.length-1];P.type="dots",P.output+=R,P.value+=R,M.dots=!0;continue}if(E.braces+E.parens===0&&P.type!=="bos"&&P.type!=="slash"){re({type:"text",value:R,output:l});continue}re({type:"dot",value:R,output:l});continue}if(R==="?"){if(!(P&&P.value==="(")&&r.noextglob!==!0&&$e()==="("&&$e(2)!=="?"){wt("qmark",R);continue}if(P&&P.type==="paren"){let ue=$e(),_e=R;(P.value==="("&&!/[!=<:]/.test(ue)||ue==="<"&&!/<([!=]|\w+>)/.test(Ge()))&&(_e=`\\${R}`),re({type:"text",value:R,output:_e});continue}if(r.dot!==!0&&(P.type==="slash"||P.type==="bos")){re({type:"qmark",value:R,output:A});continue}re({type:"qmark",value:R,output:y});continue}if(R==="!"){if(r.noextglob!==!0&&$e()==="("&&($e(2)!=="?"||!/[!=<:]/.test($e(3)))){wt("negate",R);continue}if(r.nonegate!==!0&&E.index===0){Et();continue}}if(R==="+"){if(r.noextglob!==!0&&$e()==="("&&$e(2)!=="?"){wt("plus",R);continue}if(P&&P.value==="("||r.regex===!1){re({type:"plus",value:R,output:f});continue}if(P&&(P.type==="bracket"||P.type==="paren"||P.type==="brace")||E.parens>0){re({type:"plus",value:R});continue}re({type:"plus",value:f});continue}if(R==="@"){if(r.noextglob!==!0&&$e()==="("&&$e(2)!=="?"){re({type:"at",extglob:!0,value:R,output:""});continue}re({type:"text",value:R});continue}if(R!=="*"){(R==="$"||R==="^")&&(R=`\\${R}`);let M=wP.exec(Ge());M&&(R+=M[0],E.index+=M[0].length),re({type:"text",value:R});continue}if(P&&(P.type==="globstar"||P.star===!0)){P.type="star",P.star=!0,P.value+=R,P.output=ne,E.backtrack=!0,E.globstar=!0,De(R);continue}let G=Ge();if(r.noextglob!==!0&&/^\([^?]/.test(G)){wt("star",R);continue}if(P.type==="star"){if(r.noglobstar===!0){De(R);continue}let M=P.prev,ue=M.prev,_e=M.type==="slash"||M.type==="bos",Ue=ue&&(ue.type==="star"||ue.type==="globstar");if(r.bash===!0&&(!_e||G[0]&&G[0]!=="/")){re({type:"star",value:R,output:""});continue}let Ie=E.braces>0&&(M.type==="comma"||M.type==="brace"),Qe=ve.length&&(M.type==="pipe"||M.type==="paren");if(!_e&&M.type!=="paren"&&!Ie&&!Qe){re({type:"star",value:R,output:""});continue}for(;G.slice(0,3)==="/**";){let et=e[E.index+4];if(et&&et!=="/")break;G=G.slice(3),De("/**",3)}let It=L()||E.parens>0&&G===")".repeat(E.parens)&&!ve.some(et=>et.type==="negate");if(M.type==="bos"&&L()){P.type="globstar",P.value+=R,P.output=J(r),E.output=P.output,E.globstar=!0,De(R);continue}if(M.type==="slash"&&M.prev.type!=="bos"&&!Ue&&It){E.output=E.output.slice(0,-(M.output+P.output).length),M.output=`(?:${M.output}`,P.type="globstar",P.output=J(r)+(r.strictSlashes?")":"|$)"),P.value+=R,E.globstar=!0,E.output+=M.output+P.output,De(R);continue}if(M.type==="slash"&&M.prev.type!=="bos"&&G[0]==="/"){let et=G[1]!==void 0?"|$":"";E.output=E.output.slice(0,-(M.output+P.output).length),M.output=`(?:${M.output}`,P.type="globstar",P.output=`${J(r)}${p}|${p}${et})`,P.value+=R,E.output+=M.output+P.output,E.globstar=!0,De(R+Ce()),re({type:"slash",value:"/",output:""});continue}if(M.type==="bos"&&G[0]==="/"){P.type="globstar",P.value+=R,P.output=`(?:^|${p}|${J(r)}${p})`,E.output=P.output,E.globstar=!0,De(R+Ce()),re({type:"slash",value:"/",output:""});continue}E.output=E.output.slice(0,-P.output.length),P.type="globstar",P.output=J(r),P.value+=R,E.output+=P.output,E.globstar=!0,De(R);continue}let Ae={type:"star",value:R,output:ne};if(r.bash===!0){Ae.output=".*?",(P.type==="bos"||P.type==="slash")&&(Ae.output=fe+Ae.output),re(Ae);continue}if(P&&(P.type==="bracket"||P.type==="paren")&&r.regex===!0){Ae.output=R,re(Ae);continue}(E.index===E.start||P.type==="slash"||P.type==="dot")&&(P.type==="dot"?(E.output+=_,P.output+=_):r.dot===!0?(E.output+=k,P.output+=k):(E.output+=fe,P.output+=fe),$e()!=="*"&&(E.output+=g,P.output+=g)),re(Ae)}for(;E.brackets>0;){if(r.strictBrackets===!0)throw new SyntaxError(Hr("closing","]"));E.output=_t.escapeLast(E.output,"["),$t("brackets")}for(;E.parens>0;){if(r.strictBrackets===!0)throw new SyntaxError(Hr("closing",")"));E.output=_t.escapeLast(E.output,"("),$t("parens")}for(;E.braces>0;){if(r.strictBrackets===!0)throw new SyntaxError(Hr("closing","}"));E.output=_t.escapeLast(E.output,"{"),$t("braces")}if(r.strictSlashes!==!0&&(P.type==="star"||P.type==="bracket")&&re({type:"maybe_slash",value:"",output:`${p}?`}),E.backtrack===!0){E.output="";for(let G of E.tokens)E.output+=G.output!=null?G.output:G.value,G.suffix&&(E.output+=G.suffix)}return E};Pg.fastpaths=(e,t)=>{let r={...t},o=typeof r.maxLength=="number"?Math.min(su,r.maxLength):su,n=e.length;if(n>o)throw new SyntaxError(`Input length: ${n}, exceeds maximum allowed length: ${o}`);e=N$[e]||e;let{DOT_LITERAL:i,SLASH_LITERAL:a,ONE_CHAR:s,DOTS_SLASH:c,NO_DOT:u,NO_DOTS:l,NO_DOTS_SLASH:f,STAR:p,START_ANCHOR:g}=vo.globChars(r.windows),v=r.dot?l:u,h=r.dot?f:u,_=r.capture?"":"?:",k={negated:!1,prefix:""},y=r.bash===!0?".*?":p;r.capture&&(y=`(${y})`);let A=fe=>fe.noglobstar===!0?y:`(${_}(?:(?!${g}${fe.dot?c:i}).)*?)`,q=fe=>{switch(fe){case"*":return`${v}${s}${y}`;case".*":return`${i}${s}${y}`;case"*.*":return`${v}${y}${i}${s}${y}`;case"*/*":return`${v}${y}${a}${s}${h}${y}`;case"**":return v+A(r);case"**/*":return`(?:${v}${A(r)}${a})?${h}${s}${y}`;case"**/*.*":return`(?:${v}${A(r)}${a})?${h}${y}${i}${s}${y}`;case"**/.*":return`(?:${v}${A(r)}${a})?${i}${s}${y}`;default:{let Q=/^(.*?)\.(\w+)$/.exec(fe);if(!Q)return;let ne=q(Q[1]);return ne?ne+i+Q[2]:void 0}}},X=_t.removePrefix(e,k),J=q(X);return J&&r.strictSlashes!==!0&&(J+=`${a}?`),J};U$.exports=Pg});var M$=er((AC,L$)=>{"use strict";var EP=z$(),Rg=j$(),F$=ho(),TP=go(),OP=e=>e&&typeof e=="object"&&!Array.isArray(e),Le=(e,t,r=!1)=>{if(Array.isArray(e)){let l=e.map(p=>Le(p,t,r));return p=>{for(let g of l){let v=g(p);if(v)return v}return!1}}let o=OP(e)&&e.tokens&&e.input;if(e===""||typeof e!="string"&&!o)throw new TypeError("Expected pattern to be a non-empty string");let n=t||{},i=n.windows,a=o?Le.compileRe(e,t):Le.makeRe(e,t,!1,!0),s=a.state;delete a.state;let c=()=>!1;if(n.ignore){let l={...t,ignore:null,onMatch:null,onResult:null};c=Le(n.ignore,l,r)}let u=(l,f=!1)=>{let{isMatch:p,match:g,output:v}=Le.test(l,a,t,{glob:e,posix:i}),h={glob:e,state:s,regex:a,posix:i,input:l,output:v,match:g,isMatch:p};return typeof n.onResult=="function"&&n.onResult(h),p===!1?(h.isMatch=!1,f?h:!1):c(l)?(typeof n.onIgnore=="function"&&n.onIgnore(h),h.isMatch=!1,f?h:!1):(typeof n.onMatch=="function"&&n.onMatch(h),f?h:!0)};return r&&(u.state=s),u};Le.test=(e,t,r,{glob:o,posix:n}={})=>{if(typeof e!="string")throw new TypeError("Expected input to be a string");if(e==="")return{isMatch:!1,output:""};let i=r||{},a=i.format||(n?F$.toPosixSlashes:null),s=e===o,c=s&&a?a(e):e;return s===!1&&(c=a?a(e):e,s=c===o),(s===!1||i.capture===!0)&&(i.matchBase===!0||i.basename===!0?s=Le.matchBase(e,t,r,n):s=t.exec(c)),{isMatch:!!s,match:s,output:c}};Le.matchBase=(e,t,r,o=r&&r.windows)=>(t instanceof RegExp?t:Le.makeRe(t,r)).test(F$.basename(e,{windows:o}));Le.isMatch=(e,t,r)=>Le(t,r)(e);Le.parse=(e,t)=>Array.isArray(e)?e.map(r=>Le.parse(r,t)):Rg(e,{...t,fastpaths:!1});Le.scan=(e,t)=>EP(e,t);Le.compileRe=(e,t,r=!1,o=!1)=>{if(r===!0)return e.output;let n=t||{},i=n.contains?"":"^",a=n.contains?"":"$",s=`${i}(?:${e.output})${a}`;e&&e.negated===!0&&(s=`^(?!${s}).*$`);let c=Le.toRegex(s,t);return o===!0&&(c.state=e),c};Le.makeRe=(e,t={},r=!1,o=!1)=>{if(!e||typeof e!="string")throw new TypeError("Expected a non-empty string");let n={negated:!1,fastpaths:!0};return t.fastpaths!==!1&&(e[0]==="."||e[0]==="*")&&(n.output=Rg.fastpaths(e,t)),n.output||(n=Rg(e,t)),Le.compileRe(n,t,r,o)};Le.toRegex=(e,t)=>{try{let r=t||{};return new RegExp(e,r.flags||(r.nocase?"i":""))}catch(r){if(t&&t.debug===!0)throw r;return/$^/}};Le.constants=TP;L$.exports=Le});var V$=er((SC,B$)=>{"use strict";var Z$=M$(),DP=ho();function q$(e,t,r=!1){return t&&(t.windows===null||t.windows===void 0)&&(t={...t,windows:DP.isWindows()}),Z$(e,t,r)}Object.assign(q$,Z$);B$.exports=q$});import{randomUUID as xR}from"node:crypto";import{existsSync as _R,readFileSync as IR}from"node:fs";import*as Cg from"os";function un(e){return e==null?"":typeof e=="string"||e instanceof String?e:JSON.stringify(e)}function bu(e){return Object.keys(e).length?{title:e.title,file:e.file,line:e.startLine,endLine:e.endLine,col:e.startColumn,endColumn:e.endColumn}:{}}function tr(e,t,r){let o=new yu(e,t,r);process.stdout.write(o.toString()+Cg.EOL)}var Ng="::",yu=class{constructor(t,r,o){t||(t="missing.command"),this.command=t,this.properties=r,this.message=o}toString(){let t=Ng+this.command;if(this.properties&&Object.keys(this.properties).length>0){t+=" ";let r=!0;for(let o in this.properties)if(this.properties.hasOwnProperty(o)){let n=this.properties[o];n&&(r?r=!1:t+=",",t+=`${o}=${M2(n)}`)}}return t+=`${Ng}${L2(this.message)}`,t}};function L2(e){return un(e).replace(/%/g,"%25").replace(/\r/g,"%0D").replace(/\n/g,"%0A")}function M2(e){return un(e).replace(/%/g,"%25").replace(/\r/g,"%0D").replace(/\n/g,"%0A").replace(/:/g,"%3A").replace(/,/g,"%2C")}import*as Ug from"crypto";import*as Io from"fs";import*as _o from"os";function jg(e,t){let r=process.env[`GITHUB_${e}`];if(!r)throw new Error(`Unable to find environment variable for file command ${e}`);if(!Io.existsSync(r))throw new Error(`Missing file at path: ${r}`);Io.appendFileSync(r,`${un(t)}${_o.EOL}`,{encoding:"utf8"})}function Fg(e,t){let r=`ghadelimiter_${Ug.randomUUID()}`,o=un(t);if(e.includes(r))throw new Error(`Unexpected input: name should not contain the delimiter "${r}"`);if(o.includes(r))throw new Error(`Unexpected input: value should not contain the delimiter "${r}"`);return`${e}<<${r}${_o.EOL}${o}${_o.EOL}${r}`}import*as _u from"os";import{EOL as Z2}from"os";import{constants as Lg,promises as q2}from"fs";var $u=function(e,t,r,o){function n(i){return i instanceof r?i:new r(function(a){a(i)})}return new(r||(r=Promise))(function(i,a){function s(l){try{u(o.next(l))}catch(f){a(f)}}function c(l){try{u(o.throw(l))}catch(f){a(f)}}function u(l){l.done?i(l.value):n(l.value).then(s,c)}u((o=o.apply(e,t||[])).next())})},{access:B2,appendFile:V2,writeFile:G2}=q2,Mg="GITHUB_STEP_SUMMARY";var wu=class{constructor(){this._buffer=""}filePath(){return $u(this,void 0,void 0,function*(){if(this._filePath)return this._filePath;let t=process.env[Mg];if(!t)throw new Error(`Unable to find environment variable for $${Mg}. Check if your runtime environment supports job summaries.`);try{yield B2(t,Lg.R_OK|Lg.W_OK)}catch{throw new Error(`Unable to access summary file: '${t}'. Check if the file has correct read/write permissions.`)}return this._filePath=t,this._filePath})}wrap(t,r,o={}){let n=Object.entries(o).map(([i,a])=>` ${i}="${a}"`).join("");return r?`<${t}${n}>${r}</${t}>`:`<${t}${n}>`}write(t){return $u(this,void 0,void 0,function*(){let r=!!t?.overwrite,o=yield this.filePath();return yield(r?G2:V2)(o,this._buffer,{encoding:"utf8"}),this.emptyBuffer()})}clear(){return $u(this,void 0,void 0,function*(){return this.emptyBuffer().write({overwrite:!0})})}stringify(){return this._buffer}isEmptyBuffer(){return this._buffer.length===0}emptyBuffer(){return this._buffer="",this}addRaw(t,r=!1){return this._buffer+=t,r?this.addEOL():this}addEOL(){return this.addRaw(Z2)}addCodeBlock(t,r){let o=Object.assign({},r&&{lang:r}),n=this.wrap("pre",this.wrap("code",t),o);return this.addRaw(n).addEOL()}addList(t,r=!1){let o=r?"ol":"ul",n=t.map(a=>this.wrap("li",a)).join(""),i=this.wrap(o,n);return this.addRaw(i).addEOL()}addTable(t){let r=t.map(n=>{let i=n.map(a=>{if(typeof a=="string")return this.wrap("td",a);let{header:s,data:c,colspan:u,rowspan:l}=a,f=s?"th":"td",p=Object.assign(Object.assign({},u&&{colspan:u}),l&&{rowspan:l});return this.wrap(f,c,p)}).join("");return this.wrap("tr",i)}).join(""),o=this.wrap("table",r);return this.addRaw(o).addEOL()}addDetails(t,r){let o=this.wrap("details",this.wrap("summary",t)+r);return this.addRaw(o).addEOL()}addImage(t,r,o){let{width:n,height:i}=o||{},a=Object.assign(Object.assign({},n&&{width:n}),i&&{height:i}),s=this.wrap("img",null,Object.assign({src:t,alt:r},a));return this.addRaw(s).addEOL()}addHeading(t,r){let o=`h${r}`,n=["h1","h2","h3","h4","h5","h6"].includes(o)?o:"h1",i=this.wrap(n,t);return this.addRaw(i).addEOL()}addSeparator(){let t=this.wrap("hr",null);return this.addRaw(t).addEOL()}addBreak(){let t=this.wrap("br",null);return this.addRaw(t).addEOL()}addQuote(t,r){let o=Object.assign({},r&&{cite:r}),n=this.wrap("blockquote",t,o);return this.addRaw(n).addEOL()}addLink(t,r){let o=this.wrap("a",t,{href:r});return this.addRaw(o).addEOL()}},K2=new wu;var ku=K2;var xu;(function(e){e[e.Success=0]="Success",e[e.Failure=1]="Failure"})(xu||(xu={}));function Zg(e){tr("add-mask",{},e)}function qg(e,t){let r=process.env[`INPUT_${e.replace(/ /g,"_").toUpperCase()}`]||"";if(t&&t.required&&!r)throw new Error(`Input required and not supplied: ${e}`);return t&&t.trimWhitespace===!1?r:r.trim()}function Bg(e,t){if(process.env.GITHUB_OUTPUT||"")return jg("OUTPUT",Fg(e,t));process.stdout.write(_u.EOL),tr("set-output",{name:e},un(t))}function Vg(e){process.exitCode=xu.Failure,Au(e)}function Iu(e){tr("debug",{},e)}function Au(e,t={}){tr("error",bu(t),e instanceof Error?e.toString():e)}function Gg(e,t={}){tr("warning",bu(t),e instanceof Error?e.toString():e)}function Kg(e){process.stdout.write(e+_u.EOL)}var nr=9e15,fn=1e9,Su="0123456789abcdef",Po="2.3025850929940456840179914546843642076011014886287729760333279009675726096773524802359972050895982983419677840422862486334095254650828067566662873690987816894829072083255546808437998948262331985283935053089653777326288461633662222876982198867465436674744042432743651550489343149393914796194044002221051017141748003688084012647080685567743216228355220114804663715659121373450747856947683463616792101806445070648000277502684916746550586856935673420670581136429224554405758925724208241314695689016758940256776311356919292033376587141660230105703089634572075440370847469940168269282808481184289314848524948644871927809676271275775397027668605952496716674183485704422507197965004714951050492214776567636938662976979522110718264549734772662425709429322582798502585509785265383207606726317164309505995087807523710333101197857547331541421808427543863591778117054309827482385045648019095610299291824318237525357709750539565187697510374970888692180205189339507238539205144634197265287286965110862571492198849978748873771345686209167058",Ro="3.1415926535897932384626433832795028841971693993751058209749445923078164062862089986280348253421170679821480865132823066470938446095505822317253594081284811174502841027019385211055596446229489549303819644288109756659334461284756482337867831652712019091456485669234603486104543266482133936072602491412737245870066063155881748815209209628292540917153643678925903600113305305488204665213841469519415116094330572703657595919530921861173819326117931051185480744623799627495673518857527248912279381830119491298336733624406566430860213949463952247371907021798609437027705392171762931767523846748184676694051320005681271452635608277857713427577896091736371787214684409012249534301465495853710507922796892589235420199561121290219608640344181598136297747713099605187072113499999983729780499510597317328160963185950244594553469083026425223082533446850352619311881710100031378387528865875332083814206171776691473035982534904287554687311595628638823537875937519577818577805321712268066130019278766111959092164201989380952572010654858632789",Pu={precision:20,rounding:4,modulo:1,toExpNeg:-7,toExpPos:21,minE:-nr,maxE:nr,crypto:!1},Xg,Ht,le=!0,To="[DecimalError] ",dn=To+"Invalid argument: ",Yg=To+"Precision limit exceeded",Qg=To+"crypto unavailable",eh="[object Decimal]",Je=Math.floor,Me=Math.pow,W2=/^0b([01]+(\.[01]*)?|\.[01]+)(p[+-]?\d+)?$/i,J2=/^0x([0-9a-f]+(\.[0-9a-f]*)?|\.[0-9a-f]+)(p[+-]?\d+)?$/i,X2=/^0o([0-7]+(\.[0-7]*)?|\.[0-7]+)(p[+-]?\d+)?$/i,th=/^(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i,Tt=1e7,oe=7,Y2=9007199254740991,Q2=Po.length-1,Ru=Ro.length-1,j={toStringTag:eh};j.absoluteValue=j.abs=function(){var e=new this.constructor(this);return e.s<0&&(e.s=1),ee(e)};j.ceil=function(){return ee(new this.constructor(this),this.e+1,2)};j.clampedTo=j.clamp=function(e,t){var r,o=this,n=o.constructor;if(e=new n(e),t=new n(t),!e.s||!t.s)return new n(NaN);if(e.gt(t))throw Error(dn+t);return r=o.cmp(e),r<0?e:o.cmp(t)>0?t:new n(o)};j.comparedTo=j.cmp=function(e){var t,r,o,n,i=this,a=i.d,s=(e=new i.constructor(e)).d,c=i.s,u=e.s;if(!a||!s)return!c||!u?NaN:c!==u?c:a===s?0:!a^c<0?1:-1;if(!a[0]||!s[0])return a[0]?c:s[0]?-u:0;if(c!==u)return c;if(i.e!==e.e)return i.e>e.e^c<0?1:-1;for(o=a.length,n=s.length,t=0,r=o<n?o:n;t<r;++t)if(a[t]!==s[t])return a[t]>s[t]^c<0?1:-1;return o===n?0:o>n^c<0?1:-1};j.cosine=j.cos=function(){var e,t,r=this,o=r.constructor;return r.d?r.d[0]?(e=o.precision,t=o.rounding,o.precision=e+Math.max(r.e,r.sd())+oe,o.rounding=1,r=ew(o,ah(o,r)),o.precision=e,o.rounding=t,ee(Ht==2||Ht==3?r.neg():r,e,t,!0)):new o(1):new o(NaN)};j.cubeRoot=j.cbrt=function(){var e,t,r,o,n,i,a,s,c,u,l=this,f=l.constructor;if(!l.isFinite()||l.isZero())return new f(l);for(le=!1,i=l.s*Me(l.s*l,1/3),!i||Math.abs(i)==1/0?(r=Ke(l.d),e=l.e,(i=(e-r.length+1)%3)&&(r+=i==1||i==-2?"0":"00"),i=Me(r,1/3),e=Je((e+1)/3)-(e%3==(e<0?-1:2)),i==1/0?r="5e"+e:(r=i.toExponential(),r=r.slice(0,r.indexOf("e")+1)+e),o=new f(r),o.s=l.s):o=new f(i.toString()),a=(e=f.precision)+3;;)if(s=o,c=s.times(s).times(s),u=c.plus(l),o=ze(u.plus(l).times(s),u.plus(c),a+2,1),Ke(s.d).slice(0,a)===(r=Ke(o.d)).slice(0,a))if(r=r.slice(a-3,a+1),r=="9999"||!n&&r=="4999"){if(!n&&(ee(s,e+1,0),s.times(s).times(s).eq(l))){o=s;break}a+=4,n=1}else{(!+r||!+r.slice(1)&&r.charAt(0)=="5")&&(ee(o,e+1,1),t=!o.times(o).times(o).eq(l));break}return le=!0,ee(o,e,f.rounding,t)};j.decimalPlaces=j.dp=function(){var e,t=this.d,r=NaN;if(t){if(e=t.length-1,r=(e-Je(this.e/oe))*oe,e=t[e],e)for(;e%10==0;e/=10)r--;r<0&&(r=0)}return r};j.dividedBy=j.div=function(e){return ze(this,new this.constructor(e))};j.dividedToIntegerBy=j.divToInt=function(e){var t=this,r=t.constructor;return ee(ze(t,new r(e),0,1,1),r.precision,r.rounding)};j.equals=j.eq=function(e){return this.cmp(e)===0};j.floor=function(){return ee(new this.constructor(this),this.e+1,3)};j.greaterThan=j.gt=function(e){return this.cmp(e)>0};j.greaterThanOrEqualTo=j.gte=function(e){var t=this.cmp(e);return t==1||t===0};j.hyperbolicCosine=j.cosh=function(){var e,t,r,o,n,i=this,a=i.constructor,s=new a(1);if(!i.isFinite())return new a(i.s?1/0:NaN);if(i.isZero())return s;r=a.precision,o=a.rounding,a.precision=r+Math.max(i.e,i.sd())+4,a.rounding=1,n=i.d.length,n<32?(e=Math.ceil(n/3),t=(1/Do(4,e)).toString()):(e=16,t="2.3283064365386962890625e-10"),i=rr(a,1,i.times(t),new a(1),!0);for(var c,u=e,l=new a(8);u--;)c=i.times(i),i=s.minus(c.times(l.minus(c.times(l))));return ee(i,a.precision=r,a.rounding=o,!0)};j.hyperbolicSine=j.sinh=function(){var e,t,r,o,n=this,i=n.constructor;if(!n.isFinite()||n.isZero())return new i(n);if(t=i.precision,r=i.rounding,i.precision=t+Math.max(n.e,n.sd())+4,i.rounding=1,o=n.d.length,o<3)n=rr(i,2,n,n,!0);else{e=1.4*Math.sqrt(o),e=e>16?16:e|0,n=n.times(1/Do(5,e)),n=rr(i,2,n,n,!0);for(var a,s=new i(5),c=new i(16),u=new i(20);e--;)a=n.times(n),n=n.times(s.plus(a.times(c.times(a).plus(u))))}return i.precision=t,i.rounding=r,ee(n,t,r,!0)};j.hyperbolicTangent=j.tanh=function(){var e,t,r=this,o=r.constructor;return r.isFinite()?r.isZero()?new o(r):(e=o.precision,t=o.rounding,o.precision=e+7,o.rounding=1,ze(r.sinh(),r.cosh(),o.precision=e,o.rounding=t)):new o(r.s)};j.inverseCosine=j.acos=function(){var e=this,t=e.constructor,r=e.abs().cmp(1),o=t.precision,n=t.rounding;return r!==-1?r===0?e.isNeg()?Ft(t,o,n):new t(0):new t(NaN):e.isZero()?Ft(t,o+4,n).times(.5):(t.precision=o+6,t.rounding=1,e=new t(1).minus(e).div(e.plus(1)).sqrt().atan(),t.precision=o,t.rounding=n,e.times(2))};j.inverseHyperbolicCosine=j.acosh=function(){var e,t,r=this,o=r.constructor;return r.lte(1)?new o(r.eq(1)?0:NaN):r.isFinite()?(e=o.precision,t=o.rounding,o.precision=e+Math.max(Math.abs(r.e),r.sd())+4,o.rounding=1,le=!1,r=r.times(r).minus(1).sqrt().plus(r),le=!0,o.precision=e,o.rounding=t,r.ln()):new o(r)};j.inverseHyperbolicSine=j.asinh=function(){var e,t,r=this,o=r.constructor;return!r.isFinite()||r.isZero()?new o(r):(e=o.precision,t=o.rounding,o.precision=e+2*Math.max(Math.abs(r.e),r.sd())+6,o.rounding=1,le=!1,r=r.times(r).plus(1).sqrt().plus(r),le=!0,o.precision=e,o.rounding=t,r.ln())};j.inverseHyperbolicTangent=j.atanh=function(){var e,t,r,o,n=this,i=n.constructor;return n.isFinite()?n.e>=0?new i(n.abs().eq(1)?n.s/0:n.isZero()?n:NaN):(e=i.precision,t=i.rounding,o=n.sd(),Math.max(o,e)<2*-n.e-1?ee(new i(n),e,t,!0):(i.precision=r=o-n.e,n=ze(n.plus(1),new i(1).minus(n),r+e,1),i.precision=e+4,i.rounding=1,n=n.ln(),i.precision=e,i.rounding=t,n.times(.5))):new i(NaN)};j.inverseSine=j.asin=function(){var e,t,r,o,n=this,i=n.constructor;return n.isZero()?new i(n):(t=n.abs().cmp(1),r=i.precision,o=i.rounding,t!==-1?t===0?(e=Ft(i,r+4,o).times(.5),e.s=n.s,e):new i(NaN):(i.precision=r+6,i.rounding=1,n=n.div(new i(1).minus(n.times(n)).sqrt().plus(1)).atan(),i.precision=r,i.rounding=o,n.times(2)))};j.inverseTangent=j.atan=function(){var e,t,r,o,n,i,a,s,c,u=this,l=u.constructor,f=l.precision,p=l.rounding;if(u.isFinite()){if(u.isZero())return new l(u);if(u.abs().eq(1)&&f+4<=Ru)return a=Ft(l,f+4,p).times(.25),a.s=u.s,a}else{if(!u.s)return new l(NaN);if(f+4<=Ru)return a=Ft(l,f+4,p).times(.5),a.s=u.s,a}for(l.precision=s=f+10,l.rounding=1,r=Math.min(28,s/oe+2|0),e=r;e;--e)u=u.div(u.times(u).plus(1).sqrt().plus(1));for(le=!1,t=Math.ceil(s/oe),o=1,c=u.times(u),a=new l(u),n=u;e!==-1;)if(n=n.times(c),i=a.minus(n.div(o+=2)),n=n.times(c),a=i.plus(n.div(o+=2)),a.d[t]!==void 0)for(e=t;a.d[e]===i.d[e]&&e--;);return r&&(a=a.times(2<<r-1)),le=!0,ee(a,l.precision=f,l.rounding=p,!0)};j.isFinite=function(){return!!this.d};j.isInteger=j.isInt=function(){return!!this.d&&Je(this.e/oe)>this.d.length-2};j.isNaN=function(){return!this.s};j.isNegative=j.isNeg=function(){return this.s<0};j.isPositive=j.isPos=function(){return this.s>0};j.isZero=function(){return!!this.d&&this.d[0]===0};j.lessThan=j.lt=function(e){return this.cmp(e)<0};j.lessThanOrEqualTo=j.lte=function(e){return this.cmp(e)<1};j.logarithm=j.log=function(e){var t,r,o,n,i,a,s,c,u=this,l=u.constructor,f=l.precision,p=l.rounding,g=5;if(e==null)e=new l(10),t=!0;else{if(e=new l(e),r=e.d,e.s<0||!r||!r[0]||e.eq(1))return new l(NaN);t=e.eq(10)}if(r=u.d,u.s<0||!r||!r[0]||u.eq(1))return new l(r&&!r[0]?-1/0:u.s!=1?NaN:r?0:1/0);if(t)if(r.length>1)i=!0;else{for(n=r[0];n%10===0;)n/=10;i=n!==1}if(le=!1,s=f+g,a=ln(u,s),o=t?Eo(l,s+10):ln(e,s),c=ze(a,o,s,1),Qr(c.d,n=f,p))do if(s+=10,a=ln(u,s),o=t?Eo(l,s+10):ln(e,s),c=ze(a,o,s,1),!i){+Ke(c.d).slice(n+1,n+15)+1==1e14&&(c=ee(c,f+1,0));break}while(Qr(c.d,n+=10,p));return le=!0,ee(c,f,p)};j.minus=j.sub=function(e){var t,r,o,n,i,a,s,c,u,l,f,p,g=this,v=g.constructor;if(e=new v(e),!g.d||!e.d)return!g.s||!e.s?e=new v(NaN):g.d?e.s=-e.s:e=new v(e.d||g.s!==e.s?g:NaN),e;if(g.s!=e.s)return e.s=-e.s,g.plus(e);if(u=g.d,p=e.d,s=v.precision,c=v.rounding,!u[0]||!p[0]){if(p[0])e.s=-e.s;else if(u[0])e=new v(g);else return new v(c===3?-0:0);return le?ee(e,s,c):e}if(r=Je(e.e/oe),l=Je(g.e/oe),u=u.slice(),i=l-r,i){for(f=i<0,f?(t=u,i=-i,a=p.length):(t=p,r=l,a=u.length),o=Math.max(Math.ceil(s/oe),a)+2,i>o&&(i=o,t.length=1),t.reverse(),o=i;o--;)t.push(0);t.reverse()}else{for(o=u.length,a=p.length,f=o<a,f&&(a=o),o=0;o<a;o++)if(u[o]!=p[o]){f=u[o]<p[o];break}i=0}for(f&&(t=u,u=p,p=t,e.s=-e.s),a=u.length,o=p.length-a;o>0;--o)u[a++]=0;for(o=p.length;o>i;){if(u[--o]<p[o]){for(n=o;n&&u[--n]===0;)u[n]=Tt-1;--u[n],u[o]+=Tt}u[o]-=p[o]}for(;u[--a]===0;)u.pop();for(;u[0]===0;u.shift())--r;return u[0]?(e.d=u,e.e=Oo(u,r),le?ee(e,s,c):e):new v(c===3?-0:0)};j.modulo=j.mod=function(e){var t,r=this,o=r.constructor;return e=new o(e),!r.d||!e.s||e.d&&!e.d[0]?new o(NaN):!e.d||r.d&&!r.d[0]?ee(new o(r),o.precision,o.rounding):(le=!1,o.modulo==9?(t=ze(r,e.abs(),0,3,1),t.s*=e.s):t=ze(r,e,0,o.modulo,1),t=t.times(e),le=!0,r.minus(t))};j.naturalExponential=j.exp=function(){return Eu(this)};j.naturalLogarithm=j.ln=function(){return ln(this)};j.negated=j.neg=function(){var e=new this.constructor(this);return e.s=-e.s,ee(e)};j.plus=j.add=function(e){var t,r,o,n,i,a,s,c,u,l,f=this,p=f.constructor;if(e=new p(e),!f.d||!e.d)return!f.s||!e.s?e=new p(NaN):f.d||(e=new p(e.d||f.s===e.s?f:NaN)),e;if(f.s!=e.s)return e.s=-e.s,f.minus(e);if(u=f.d,l=e.d,s=p.precision,c=p.rounding,!u[0]||!l[0])return l[0]||(e=new p(f)),le?ee(e,s,c):e;if(i=Je(f.e/oe),o=Je(e.e/oe),u=u.slice(),n=i-o,n){for(n<0?(r=u,n=-n,a=l.length):(r=l,o=i,a=u.length),i=Math.ceil(s/oe),a=i>a?i+1:a+1,n>a&&(n=a,r.length=1),r.reverse();n--;)r.push(0);r.reverse()}for(a=u.length,n=l.length,a-n<0&&(n=a,r=l,l=u,u=r),t=0;n;)t=(u[--n]=u[n]+l[n]+t)/Tt|0,u[n]%=Tt;for(t&&(u.unshift(t),++o),a=u.length;u[--a]==0;)u.pop();return e.d=u,e.e=Oo(u,o),le?ee(e,s,c):e};j.precision=j.sd=function(e){var t,r=this;if(e!==void 0&&e!==!!e&&e!==1&&e!==0)throw Error(dn+e);return r.d?(t=nh(r.d),e&&r.e+1>t&&(t=r.e+1)):t=NaN,t};j.round=function(){var e=this,t=e.constructor;return ee(new t(e),e.e+1,t.rounding)};j.sine=j.sin=function(){var e,t,r=this,o=r.constructor;return r.isFinite()?r.isZero()?new o(r):(e=o.precision,t=o.rounding,o.precision=e+Math.max(r.e,r.sd())+oe,o.rounding=1,r=nw(o,ah(o,r)),o.precision=e,o.rounding=t,ee(Ht>2?r.neg():r,e,t,!0)):new o(NaN)};j.squareRoot=j.sqrt=function(){var e,t,r,o,n,i,a=this,s=a.d,c=a.e,u=a.s,l=a.constructor;if(u!==1||!s||!s[0])return new l(!u||u<0&&(!s||s[0])?NaN:s?a:1/0);for(le=!1,u=Math.sqrt(+a),u==0||u==1/0?(t=Ke(s),(t.length+c)%2==0&&(t+="0"),u=Math.sqrt(t),c=Je((c+1)/2)-(c<0||c%2),u==1/0?t="5e"+c:(t=u.toExponential(),t=t.slice(0,t.indexOf("e")+1)+c),o=new l(t)):o=new l(u.toString()),r=(c=l.precision)+3;;)if(i=o,o=i.plus(ze(a,i,r+2,1)).times(.5),Ke(i.d).slice(0,r)===(t=Ke(o.d)).slice(0,r))if(t=t.slice(r-3,r+1),t=="9999"||!n&&t=="4999"){if(!n&&(ee(i,c+1,0),i.times(i).eq(a))){o=i;break}r+=4,n=1}else{(!+t||!+t.slice(1)&&t.charAt(0)=="5")&&(ee(o,c+1,1),e=!o.times(o).eq(a));break}return le=!0,ee(o,c,l.rounding,e)};j.tangent=j.tan=function(){var e,t,r=this,o=r.constructor;return r.isFinite()?r.isZero()?new o(r):(e=o.precision,t=o.rounding,o.precision=e+10,o.rounding=1,r=r.sin(),r.s=1,r=ze(r,new o(1).minus(r.times(r)).sqrt(),e+10,0),o.precision=e,o.rounding=t,ee(Ht==2||Ht==4?r.neg():r,e,t,!0)):new o(NaN)};j.times=j.mul=function(e){var t,r,o,n,i,a,s,c,u,l=this,f=l.constructor,p=l.d,g=(e=new f(e)).d;if(e.s*=l.s,!p||!p[0]||!g||!g[0])return new f(!e.s||p&&!p[0]&&!g||g&&!g[0]&&!p?NaN:!p||!g?e.s/0:e.s*0);for(r=Je(l.e/oe)+Je(e.e/oe),c=p.length,u=g.length,c<u&&(i=p,p=g,g=i,a=c,c=u,u=a),i=[],a=c+u,o=a;o--;)i.push(0);for(o=u;--o>=0;){for(t=0,n=c+o;n>o;)s=i[n]+g[o]*p[n-o-1]+t,i[n--]=s%Tt|0,t=s/Tt|0;i[n]=(i[n]+t)%Tt|0}for(;!i[--a];)i.pop();return t?++r:i.shift(),e.d=i,e.e=Oo(i,r),le?ee(e,f.precision,f.rounding):e};j.toBinary=function(e,t){return Tu(this,2,e,t)};j.toDecimalPlaces=j.toDP=function(e,t){var r=this,o=r.constructor;return r=new o(r),e===void 0?r:(lt(e,0,fn),t===void 0?t=o.rounding:lt(t,0,8),ee(r,e+r.e+1,t))};j.toExponential=function(e,t){var r,o=this,n=o.constructor;return e===void 0?r=Lt(o,!0):(lt(e,0,fn),t===void 0?t=n.rounding:lt(t,0,8),o=ee(new n(o),e+1,t),r=Lt(o,!0,e+1)),o.isNeg()&&!o.isZero()?"-"+r:r};j.toFixed=function(e,t){var r,o,n=this,i=n.constructor;return e===void 0?r=Lt(n):(lt(e,0,fn),t===void 0?t=i.rounding:lt(t,0,8),o=ee(new i(n),e+n.e+1,t),r=Lt(o,!1,e+o.e+1)),n.isNeg()&&!n.isZero()?"-"+r:r};j.toFraction=function(e){var t,r,o,n,i,a,s,c,u,l,f,p,g=this,v=g.d,h=g.constructor;if(!v)return new h(g);if(u=r=new h(1),o=c=new h(0),t=new h(o),i=t.e=nh(v)-g.e-1,a=i%oe,t.d[0]=Me(10,a<0?oe+a:a),e==null)e=i>0?t:u;else{if(s=new h(e),!s.isInt()||s.lt(u))throw Error(dn+s);e=s.gt(t)?i>0?t:u:s}for(le=!1,s=new h(Ke(v)),l=h.precision,h.precision=i=v.length*oe*2;f=ze(s,t,0,1,1),n=r.plus(f.times(o)),n.cmp(e)!=1;)r=o,o=n,n=u,u=c.plus(f.times(n)),c=n,n=t,t=s.minus(f.times(n)),s=n;return n=ze(e.minus(r),o,0,1,1),c=c.plus(n.times(u)),r=r.plus(n.times(o)),c.s=u.s=g.s,p=ze(u,o,i,1).minus(g).abs().cmp(ze(c,r,i,1).minus(g).abs())<1?[u,o]:[c,r],h.precision=l,le=!0,p};j.toHexadecimal=j.toHex=function(e,t){return Tu(this,16,e,t)};j.toNearest=function(e,t){var r=this,o=r.constructor;if(r=new o(r),e==null){if(!r.d)return r;e=new o(1),t=o.rounding}else{if(e=new o(e),t===void 0?t=o.rounding:lt(t,0,8),!r.d)return e.s?r:e;if(!e.d)return e.s&&(e.s=r.s),e}return e.d[0]?(le=!1,r=ze(r,e,0,t,1).times(e),le=!0,ee(r)):(e.s=r.s,r=e),r};j.toNumber=function(){return+this};j.toOctal=function(e,t){return Tu(this,8,e,t)};j.toPower=j.pow=function(e){var t,r,o,n,i,a,s=this,c=s.constructor,u=+(e=new c(e));if(!s.d||!e.d||!s.d[0]||!e.d[0])return new c(Me(+s,u));if(s=new c(s),s.eq(1))return s;if(o=c.precision,i=c.rounding,e.eq(1))return ee(s,o,i);if(t=Je(e.e/oe),t>=e.d.length-1&&(r=u<0?-u:u)<=Y2)return n=rh(c,s,r,o),e.s<0?new c(1).div(n):ee(n,o,i);if(a=s.s,a<0){if(t<e.d.length-1)return new c(NaN);if((e.d[t]&1)==0&&(a=1),s.e==0&&s.d[0]==1&&s.d.length==1)return s.s=a,s}return r=Me(+s,u),t=r==0||!isFinite(r)?Je(u*(Math.log("0."+Ke(s.d))/Math.LN10+s.e+1)):new c(r+"").e,t>c.maxE+1||t<c.minE-1?new c(t>0?a/0:0):(le=!1,c.rounding=s.s=1,r=Math.min(12,(t+"").length),n=Eu(e.times(ln(s,o+r)),o),n.d&&(n=ee(n,o+5,1),Qr(n.d,o,i)&&(t=o+10,n=ee(Eu(e.times(ln(s,t+r)),t),t+5,1),+Ke(n.d).slice(o+1,o+15)+1==1e14&&(n=ee(n,o+1,0)))),n.s=a,le=!0,c.rounding=i,ee(n,o,i))};j.toPrecision=function(e,t){var r,o=this,n=o.constructor;return e===void 0?r=Lt(o,o.e<=n.toExpNeg||o.e>=n.toExpPos):(lt(e,1,fn),t===void 0?t=n.rounding:lt(t,0,8),o=ee(new n(o),e,t),r=Lt(o,e<=o.e||o.e<=n.toExpNeg,e)),o.isNeg()&&!o.isZero()?"-"+r:r};j.toSignificantDigits=j.toSD=function(e,t){var r=this,o=r.constructor;return e===void 0?(e=o.precision,t=o.rounding):(lt(e,1,fn),t===void 0?t=o.rounding:lt(t,0,8)),ee(new o(r),e,t)};j.toString=function(){var e=this,t=e.constructor,r=Lt(e,e.e<=t.toExpNeg||e.e>=t.toExpPos);return e.isNeg()&&!e.isZero()?"-"+r:r};j.truncated=j.trunc=function(){return ee(new this.constructor(this),this.e+1,1)};j.valueOf=j.toJSON=function(){var e=this,t=e.constructor,r=Lt(e,e.e<=t.toExpNeg||e.e>=t.toExpPos);return e.isNeg()?"-"+r:r};function Ke(e){var t,r,o,n=e.length-1,i="",a=e[0];if(n>0){for(i+=a,t=1;t<n;t++)o=e[t]+"",r=oe-o.length,r&&(i+=cn(r)),i+=o;a=e[t],o=a+"",r=oe-o.length,r&&(i+=cn(r))}else if(a===0)return"0";for(;a%10===0;)a/=10;return i+a}function lt(e,t,r){if(e!==~~e||e<t||e>r)throw Error(dn+e)}function Qr(e,t,r,o){var n,i,a,s;for(i=e[0];i>=10;i/=10)--t;return--t<0?(t+=oe,n=0):(n=Math.ceil((t+1)/oe),t%=oe),i=Me(10,oe-t),s=e[n]%i|0,o==null?t<3?(t==0?s=s/100|0:t==1&&(s=s/10|0),a=r<4&&s==99999||r>3&&s==49999||s==5e4||s==0):a=(r<4&&s+1==i||r>3&&s+1==i/2)&&(e[n+1]/i/100|0)==Me(10,t-2)-1||(s==i/2||s==0)&&(e[n+1]/i/100|0)==0:t<4?(t==0?s=s/1e3|0:t==1?s=s/100|0:t==2&&(s=s/10|0),a=(o||r<4)&&s==9999||!o&&r>3&&s==4999):a=((o||r<4)&&s+1==i||!o&&r>3&&s+1==i/2)&&(e[n+1]/i/1e3|0)==Me(10,t-3)-1,a}function Ao(e,t,r){for(var o,n=[0],i,a=0,s=e.length;a<s;){for(i=n.length;i--;)n[i]*=t;for(n[0]+=Su.indexOf(e.charAt(a++)),o=0;o<n.length;o++)n[o]>r-1&&(n[o+1]===void 0&&(n[o+1]=0),n[o+1]+=n[o]/r|0,n[o]%=r)}return n.reverse()}function ew(e,t){var r,o,n;if(t.isZero())return t;o=t.d.length,o<32?(r=Math.ceil(o/3),n=(1/Do(4,r)).toString()):(r=16,n="2.3283064365386962890625e-10"),e.precision+=r,t=rr(e,1,t.times(n),new e(1));for(var i=r;i--;){var a=t.times(t);t=a.times(a).minus(a).times(8).plus(1)}return e.precision-=r,t}var ze=(function(){function e(o,n,i){var a,s=0,c=o.length;for(o=o.slice();c--;)a=o[c]*n+s,o[c]=a%i|0,s=a/i|0;return s&&o.unshift(s),o}function t(o,n,i,a){var s,c;if(i!=a)c=i>a?1:-1;else for(s=c=0;s<i;s++)if(o[s]!=n[s]){c=o[s]>n[s]?1:-1;break}return c}function r(o,n,i,a){for(var s=0;i--;)o[i]-=s,s=o[i]<n[i]?1:0,o[i]=s*a+o[i]-n[i];for(;!o[0]&&o.length>1;)o.shift()}return function(o,n,i,a,s,c){var u,l,f,p,g,v,h,_,k,y,A,q,X,J,fe,Q,ne,E,ve,ke,xe=o.constructor,P=o.s==n.s?1:-1,R=o.d,L=n.d;if(!R||!R[0]||!L||!L[0])return new xe(!o.s||!n.s||(R?L&&R[0]==L[0]:!L)?NaN:R&&R[0]==0||!L?P*0:P/0);for(c?(g=1,l=o.e-n.e):(c=Tt,g=oe,l=Je(o.e/g)-Je(n.e/g)),ve=L.length,ne=R.length,k=new xe(P),y=k.d=[],f=0;L[f]==(R[f]||0);f++);if(L[f]>(R[f]||0)&&l--,i==null?(J=i=xe.precision,a=xe.rounding):s?J=i+(o.e-n.e)+1:J=i,J<0)y.push(1),v=!0;else{if(J=J/g+2|0,f=0,ve==1){for(p=0,L=L[0],J++;(f<ne||p)&&J--;f++)fe=p*c+(R[f]||0),y[f]=fe/L|0,p=fe%L|0;v=p||f<ne}else{for(p=c/(L[0]+1)|0,p>1&&(L=e(L,p,c),R=e(R,p,c),ve=L.length,ne=R.length),Q=ve,A=R.slice(0,ve),q=A.length;q<ve;)A[q++]=0;ke=L.slice(),ke.unshift(0),E=L[0],L[1]>=c/2&&++E;do p=0,u=t(L,A,ve,q),u<0?(X=A[0],ve!=q&&(X=X*c+(A[1]||0)),p=X/E|0,p>1?(p>=c&&(p=c-1),h=e(L,p,c),_=h.length,q=A.length,u=t(h,A,_,q),u==1&&(p--,r(h,ve<_?ke:L,_,c))):(p==0&&(u=p=1),h=L.slice()),_=h.length,_<q&&h.unshift(0),r(A,h,q,c),u==-1&&(q=A.length,u=t(L,A,ve,q),u<1&&(p++,r(A,ve<q?ke:L,q,c))),q=A.length):u===0&&(p++,A=[0]),y[f++]=p,u&&A[0]?A[q++]=R[Q]||0:(A=[R[Q]],q=1);while((Q++<ne||A[0]!==void 0)&&J--);v=A[0]!==void 0}y[0]||y.shift()}if(g==1)k.e=l,Xg=v;else{for(f=1,p=y[0];p>=10;p/=10)f++;k.e=f+l*g-1,ee(k,s?i+k.e+1:i,a,v)}return k}})();function ee(e,t,r,o){var n,i,a,s,c,u,l,f,p,g=e.constructor;e:if(t!=null){if(f=e.d,!f)return e;for(n=1,s=f[0];s>=10;s/=10)n++;if(i=t-n,i<0)i+=oe,a=t,l=f[p=0],c=l/Me(10,n-a-1)%10|0;else if(p=Math.ceil((i+1)/oe),s=f.length,p>=s)if(o){for(;s++<=p;)f.push(0);l=c=0,n=1,i%=oe,a=i-oe+1}else break e;else{for(l=s=f[p],n=1;s>=10;s/=10)n++;i%=oe,a=i-oe+n,c=a<0?0:l/Me(10,n-a-1)%10|0}if(o=o||t<0||f[p+1]!==void 0||(a<0?l:l%Me(10,n-a-1)),u=r<4?(c||o)&&(r==0||r==(e.s<0?3:2)):c>5||c==5&&(r==4||o||r==6&&(i>0?a>0?l/Me(10,n-a):0:f[p-1])%10&1||r==(e.s<0?8:7)),t<1||!f[0])return f.length=0,u?(t-=e.e+1,f[0]=Me(10,(oe-t%oe)%oe),e.e=-t||0):f[0]=e.e=0,e;if(i==0?(f.length=p,s=1,p--):(f.length=p+1,s=Me(10,oe-i),f[p]=a>0?(l/Me(10,n-a)%Me(10,a)|0)*s:0),u)for(;;)if(p==0){for(i=1,a=f[0];a>=10;a/=10)i++;for(a=f[0]+=s,s=1;a>=10;a/=10)s++;i!=s&&(e.e++,f[0]==Tt&&(f[0]=1));break}else{if(f[p]+=s,f[p]!=Tt)break;f[p--]=0,s=1}for(i=f.length;f[--i]===0;)f.pop()}return le&&(e.e>g.maxE?(e.d=null,e.e=NaN):e.e<g.minE&&(e.e=0,e.d=[0])),e}function Lt(e,t,r){if(!e.isFinite())return oh(e);var o,n=e.e,i=Ke(e.d),a=i.length;return t?(r&&(o=r-a)>0?i=i.charAt(0)+"."+i.slice(1)+cn(o):a>1&&(i=i.charAt(0)+"."+i.slice(1)),i=i+(e.e<0?"e":"e+")+e.e):n<0?(i="0."+cn(-n-1)+i,r&&(o=r-a)>0&&(i+=cn(o))):n>=a?(i+=cn(n+1-a),r&&(o=r-n-1)>0&&(i=i+"."+cn(o))):((o=n+1)<a&&(i=i.slice(0,o)+"."+i.slice(o)),r&&(o=r-a)>0&&(n+1===a&&(i+="."),i+=cn(o))),i}function Oo(e,t){var r=e[0];for(t*=oe;r>=10;r/=10)t++;return t}function Eo(e,t,r){if(t>Q2)throw le=!0,r&&(e.precision=r),Error(Yg);return ee(new e(Po),t,1,!0)}function Ft(e,t,r){if(t>Ru)throw Error(Yg);return ee(new e(Ro),t,r,!0)}function nh(e){var t=e.length-1,r=t*oe+1;if(t=e[t],t){for(;t%10==0;t/=10)r--;for(t=e[0];t>=10;t/=10)r++}return r}function cn(e){for(var t="";e--;)t+="0";return t}function rh(e,t,r,o){var n,i=new e(1),a=Math.ceil(o/oe+4);for(le=!1;;){if(r%2&&(i=i.times(t),Wg(i.d,a)&&(n=!0)),r=Je(r/2),r===0){r=i.d.length-1,n&&i.d[r]===0&&++i.d[r];break}t=t.times(t),Wg(t.d,a)}return le=!0,i}function Hg(e){return e.d[e.d.length-1]&1}function ih(e,t,r){for(var o,n,i=new e(t[0]),a=0;++a<t.length;){if(n=new e(t[a]),!n.s){i=n;break}o=i.cmp(n),(o===r||o===0&&i.s===r)&&(i=n)}return i}function Eu(e,t){var r,o,n,i,a,s,c,u=0,l=0,f=0,p=e.constructor,g=p.rounding,v=p.precision;if(!e.d||!e.d[0]||e.e>17)return new p(e.d?e.d[0]?e.s<0?0:1/0:1:e.s?e.s<0?0:e:NaN);for(t==null?(le=!1,c=v):c=t,s=new p(.03125);e.e>-2;)e=e.times(s),f+=5;for(o=Math.log(Me(2,f))/Math.LN10*2+5|0,c+=o,r=i=a=new p(1),p.precision=c;;){if(i=ee(i.times(e),c,1),r=r.times(++l),s=a.plus(ze(i,r,c,1)),Ke(s.d).slice(0,c)===Ke(a.d).slice(0,c)){for(n=f;n--;)a=ee(a.times(a),c,1);if(t==null)if(u<3&&Qr(a.d,c-o,g,u))p.precision=c+=10,r=i=s=new p(1),l=0,u++;else return ee(a,p.precision=v,g,le=!0);else return p.precision=v,a}a=s}}function ln(e,t){var r,o,n,i,a,s,c,u,l,f,p,g=1,v=10,h=e,_=h.d,k=h.constructor,y=k.rounding,A=k.precision;if(h.s<0||!_||!_[0]||!h.e&&_[0]==1&&_.length==1)return new k(_&&!_[0]?-1/0:h.s!=1?NaN:_?0:h);if(t==null?(le=!1,l=A):l=t,k.precision=l+=v,r=Ke(_),o=r.charAt(0),Math.abs(i=h.e)<15e14){for(;o<7&&o!=1||o==1&&r.charAt(1)>3;)h=h.times(e),r=Ke(h.d),o=r.charAt(0),g++;i=h.e,o>1?(h=new k("0."+r),i++):h=new k(o+"."+r.slice(1))}else return u=Eo(k,l+2,A).times(i+""),h=ln(new k(o+"."+r.slice(1)),l-v).plus(u),k.precision=A,t==null?ee(h,A,y,le=!0):h;for(f=h,c=a=h=ze(h.minus(1),h.plus(1),l,1),p=ee(h.times(h),l,1),n=3;;){if(a=ee(a.times(p),l,1),u=c.plus(ze(a,new k(n),l,1)),Ke(u.d).slice(0,l)===Ke(c.d).slice(0,l))if(c=c.times(2),i!==0&&(c=c.plus(Eo(k,l+2,A).times(i+""))),c=ze(c,new k(g),l,1),t==null)if(Qr(c.d,l-v,y,s))k.precision=l+=v,u=a=h=ze(f.minus(1),f.plus(1),l,1),p=ee(h.times(h),l,1),n=s=1;else return ee(c,k.precision=A,y,le=!0);else return k.precision=A,c;c=u,n+=2}}function oh(e){return String(e.s*e.s/0)}function So(e,t){var r,o,n;for((r=t.indexOf("."))>-1&&(t=t.replace(".","")),(o=t.search(/e/i))>0?(r<0&&(r=o),r+=+t.slice(o+1),t=t.substring(0,o)):r<0&&(r=t.length),o=0;t.charCodeAt(o)===48;o++);for(n=t.length;t.charCodeAt(n-1)===48;--n);if(t=t.slice(o,n),t){if(n-=o,e.e=r=r-o-1,e.d=[],o=(r+1)%oe,r<0&&(o+=oe),o<n){for(o&&e.d.push(+t.slice(0,o)),n-=oe;o<n;)e.d.push(+t.slice(o,o+=oe));t=t.slice(o),o=oe-t.length}else o-=n;for(;o--;)t+="0";e.d.push(+t),le&&(e.e>e.constructor.maxE?(e.d=null,e.e=NaN):e.e<e.constructor.minE&&(e.e=0,e.d=[0]))}else e.e=0,e.d=[0];return e}function tw(e,t){var r,o,n,i,a,s,c,u,l;if(t.indexOf("_")>-1){if(t=t.replace(/(\d)_(?=\d)/g,"$1"),th.test(t))return So(e,t)}else if(t==="Infinity"||t==="NaN")return+t||(e.s=NaN),e.e=NaN,e.d=null,e;if(J2.test(t))r=16,t=t.toLowerCase();else if(W2.test(t))r=2;else if(X2.test(t))r=8;else throw Error(dn+t);for(i=t.search(/p/i),i>0?(c=+t.slice(i+1),t=t.substring(2,i)):t=t.slice(2),i=t.indexOf("."),a=i>=0,o=e.constructor,a&&(t=t.replace(".",""),s=t.length,i=s-i,n=rh(o,new o(r),i,i*2)),u=Ao(t,r,Tt),l=u.length-1,i=l;u[i]===0;--i)u.pop();return i<0?new o(e.s*0):(e.e=Oo(u,l),e.d=u,le=!1,a&&(e=ze(e,n,s*4)),c&&(e=e.times(Math.abs(c)<54?Me(2,c):ei.pow(2,c))),le=!0,e)}function nw(e,t){var r,o=t.d.length;if(o<3)return t.isZero()?t:rr(e,2,t,t);r=1.4*Math.sqrt(o),r=r>16?16:r|0,t=t.times(1/Do(5,r)),t=rr(e,2,t,t);for(var n,i=new e(5),a=new e(16),s=new e(20);r--;)n=t.times(t),t=t.times(i.plus(n.times(a.times(n).minus(s))));return t}function rr(e,t,r,o,n){var i,a,s,c,u=1,l=e.precision,f=Math.ceil(l/oe);for(le=!1,c=r.times(r),s=new e(o);;){if(a=ze(s.times(c),new e(t++*t++),l,1),s=n?o.plus(a):o.minus(a),o=ze(a.times(c),new e(t++*t++),l,1),a=s.plus(o),a.d[f]!==void 0){for(i=f;a.d[i]===s.d[i]&&i--;);if(i==-1)break}i=s,s=o,o=a,a=i,u++}return le=!0,a.d.length=f+1,a}function Do(e,t){for(var r=e;--t;)r*=e;return r}function ah(e,t){var r,o=t.s<0,n=Ft(e,e.precision,1),i=n.times(.5);if(t=t.abs(),t.lte(i))return Ht=o?4:1,t;if(r=t.divToInt(n),r.isZero())Ht=o?3:2;else{if(t=t.minus(r.times(n)),t.lte(i))return Ht=Hg(r)?o?2:3:o?4:1,t;Ht=Hg(r)?o?1:4:o?3:2}return t.minus(n).abs()}function Tu(e,t,r,o){var n,i,a,s,c,u,l,f,p,g=e.constructor,v=r!==void 0;if(v?(lt(r,1,fn),o===void 0?o=g.rounding:lt(o,0,8)):(r=g.precision,o=g.rounding),!e.isFinite())l=oh(e);else{for(l=Lt(e),a=l.indexOf("."),v?(n=2,t==16?r=r*4-3:t==8&&(r=r*3-2)):n=t,a>=0&&(l=l.replace(".",""),p=new g(1),p.e=l.length-a,p.d=Ao(Lt(p),10,n),p.e=p.d.length),f=Ao(l,10,n),i=c=f.length;f[--c]==0;)f.pop();if(!f[0])l=v?"0p+0":"0";else{if(a<0?i--:(e=new g(e),e.d=f,e.e=i,e=ze(e,p,r,o,0,n),f=e.d,i=e.e,u=Xg),a=f[r],s=n/2,u=u||f[r+1]!==void 0,u=o<4?(a!==void 0||u)&&(o===0||o===(e.s<0?3:2)):a>s||a===s&&(o===4||u||o===6&&f[r-1]&1||o===(e.s<0?8:7)),f.length=r,u)for(;++f[--r]>n-1;)f[r]=0,r||(++i,f.unshift(1));for(c=f.length;!f[c-1];--c);for(a=0,l="";a<c;a++)l+=Su.charAt(f[a]);if(v){if(c>1)if(t==16||t==8){for(a=t==16?4:3,--c;c%a;c++)l+="0";for(f=Ao(l,n,t),c=f.length;!f[c-1];--c);for(a=1,l="1.";a<c;a++)l+=Su.charAt(f[a])}else l=l.charAt(0)+"."+l.slice(1);l=l+(i<0?"p":"p+")+i}else if(i<0){for(;++i;)l="0"+l;l="0."+l}else if(++i>c)for(i-=c;i--;)l+="0";else i<c&&(l=l.slice(0,i)+"."+l.slice(i))}l=(t==16?"0x":t==2?"0b":t==8?"0o":"")+l}return e.s<0?"-"+l:l}function Wg(e,t){if(e.length>t)return e.length=t,!0}function rw(e){return new this(e).abs()}function iw(e){return new this(e).acos()}function ow(e){return new this(e).acosh()}function aw(e,t){return new this(e).plus(t)}function sw(e){return new this(e).asin()}function uw(e){return new this(e).asinh()}function cw(e){return new this(e).atan()}function lw(e){return new this(e).atanh()}function dw(e,t){e=new this(e),t=new this(t);var r,o=this.precision,n=this.rounding,i=o+4;return!e.s||!t.s?r=new this(NaN):!e.d&&!t.d?(r=Ft(this,i,1).times(t.s>0?.25:.75),r.s=e.s):!t.d||e.isZero()?(r=t.s<0?Ft(this,o,n):new this(0),r.s=e.s):!e.d||t.isZero()?(r=Ft(this,i,1).times(.5),r.s=e.s):t.s<0?(this.precision=i,this.rounding=1,r=this.atan(ze(e,t,i,1)),t=Ft(this,i,1),this.precision=o,this.rounding=n,r=e.s<0?r.minus(t):r.plus(t)):r=this.atan(ze(e,t,i,1)),r}function fw(e){return new this(e).cbrt()}function pw(e){return ee(e=new this(e),e.e+1,2)}function mw(e,t,r){return new this(e).clamp(t,r)}function gw(e){if(!e||typeof e!="object")throw Error(To+"Object expected");var t,r,o,n=e.defaults===!0,i=["precision",1,fn,"rounding",0,8,"toExpNeg",-nr,0,"toExpPos",0,nr,"maxE",0,nr,"minE",-nr,0,"modulo",0,9];for(t=0;t<i.length;t+=3)if(r=i[t],n&&(this[r]=Pu[r]),(o=e[r])!==void 0)if(Je(o)===o&&o>=i[t+1]&&o<=i[t+2])this[r]=o;else throw Error(dn+r+": "+o);if(r="crypto",n&&(this[r]=Pu[r]),(o=e[r])!==void 0)if(o===!0||o===!1||o===0||o===1)if(o)if(typeof crypto<"u"&&crypto&&(crypto.getRandomValues||crypto.randomBytes))this[r]=!0;else throw Error(Qg);else this[r]=!1;else throw Error(dn+r+": "+o);return this}function hw(e){return new this(e).cos()}function vw(e){return new this(e).cosh()}function sh(e){var t,r,o;function n(i){var a,s,c,u=this;if(!(u instanceof n))return new n(i);if(u.constructor=n,Jg(i)){u.s=i.s,le?!i.d||i.e>n.maxE?(u.e=NaN,u.d=null):i.e<n.minE?(u.e=0,u.d=[0]):(u.e=i.e,u.d=i.d.slice()):(u.e=i.e,u.d=i.d?i.d.slice():i.d);return}if(c=typeof i,c==="number"){if(i===0){u.s=1/i<0?-1:1,u.e=0,u.d=[0];return}if(i<0?(i=-i,u.s=-1):u.s=1,i===~~i&&i<1e7){for(a=0,s=i;s>=10;s/=10)a++;le?a>n.maxE?(u.e=NaN,u.d=null):a<n.minE?(u.e=0,u.d=[0]):(u.e=a,u.d=[i]):(u.e=a,u.d=[i]);return}if(i*0!==0){i||(u.s=NaN),u.e=NaN,u.d=null;return}return So(u,i.toString())}if(c==="string")return(s=i.charCodeAt(0))===45?(i=i.slice(1),u.s=-1):(s===43&&(i=i.slice(1)),u.s=1),th.test(i)?So(u,i):tw(u,i);if(c==="bigint")return i<0?(i=-i,u.s=-1):u.s=1,So(u,i.toString());throw Error(dn+i)}if(n.prototype=j,n.ROUND_UP=0,n.ROUND_DOWN=1,n.ROUND_CEIL=2,n.ROUND_FLOOR=3,n.ROUND_HALF_UP=4,n.ROUND_HALF_DOWN=5,n.ROUND_HALF_EVEN=6,n.ROUND_HALF_CEIL=7,n.ROUND_HALF_FLOOR=8,n.EUCLID=9,n.config=n.set=gw,n.clone=sh,n.isDecimal=Jg,n.abs=rw,n.acos=iw,n.acosh=ow,n.add=aw,n.asin=sw,n.asinh=uw,n.atan=cw,n.atanh=lw,n.atan2=dw,n.cbrt=fw,n.ceil=pw,n.clamp=mw,n.cos=hw,n.cosh=vw,n.div=bw,n.exp=yw,n.floor=$w,n.hypot=ww,n.ln=kw,n.log=xw,n.log10=Iw,n.log2=_w,n.max=Aw,n.min=Sw,n.mod=Pw,n.mul=Rw,n.pow=Ew,n.random=Tw,n.round=Ow,n.sign=Dw,n.sin=zw,n.sinh=Nw,n.sqrt=Cw,n.sub=Uw,n.sum=jw,n.tan=Fw,n.tanh=Lw,n.trunc=Mw,e===void 0&&(e={}),e&&e.defaults!==!0)for(o=["precision","rounding","toExpNeg","toExpPos","maxE","minE","modulo","crypto"],t=0;t<o.length;)e.hasOwnProperty(r=o[t++])||(e[r]=this[r]);return n.config(e),n}function bw(e,t){return new this(e).div(t)}function yw(e){return new this(e).exp()}function $w(e){return ee(e=new this(e),e.e+1,3)}function ww(){var e,t,r=new this(0);for(le=!1,e=0;e<arguments.length;)if(t=new this(arguments[e++]),t.d)r.d&&(r=r.plus(t.times(t)));else{if(t.s)return le=!0,new this(1/0);r=t}return le=!0,r.sqrt()}function Jg(e){return e instanceof ei||e&&e.toStringTag===eh||!1}function kw(e){return new this(e).ln()}function xw(e,t){return new this(e).log(t)}function _w(e){return new this(e).log(2)}function Iw(e){return new this(e).log(10)}function Aw(){return ih(this,arguments,-1)}function Sw(){return ih(this,arguments,1)}function Pw(e,t){return new this(e).mod(t)}function Rw(e,t){return new this(e).mul(t)}function Ew(e,t){return new this(e).pow(t)}function Tw(e){var t,r,o,n,i=0,a=new this(1),s=[];if(e===void 0?e=this.precision:lt(e,1,fn),o=Math.ceil(e/oe),this.crypto)if(crypto.getRandomValues)for(t=crypto.getRandomValues(new Uint32Array(o));i<o;)n=t[i],n>=429e7?t[i]=crypto.getRandomValues(new Uint32Array(1))[0]:s[i++]=n%1e7;else if(crypto.randomBytes){for(t=crypto.randomBytes(o*=4);i<o;)n=t[i]+(t[i+1]<<8)+(t[i+2]<<16)+((t[i+3]&127)<<24),n>=214e7?crypto.randomBytes(4).copy(t,i):(s.push(n%1e7),i+=4);i=o/4}else throw Error(Qg);else for(;i<o;)s[i++]=Math.random()*1e7|0;for(o=s[--i],e%=oe,o&&e&&(n=Me(10,oe-e),s[i]=(o/n|0)*n);s[i]===0;i--)s.pop();if(i<0)r=0,s=[0];else{for(r=-1;s[0]===0;r-=oe)s.shift();for(o=1,n=s[0];n>=10;n/=10)o++;o<oe&&(r-=oe-o)}return a.e=r,a.d=s,a}function Ow(e){return ee(e=new this(e),e.e+1,this.rounding)}function Dw(e){return e=new this(e),e.d?e.d[0]?e.s:0*e.s:e.s||NaN}function zw(e){return new this(e).sin()}function Nw(e){return new this(e).sinh()}function Cw(e){return new this(e).sqrt()}function Uw(e,t){return new this(e).sub(t)}function jw(){var e=0,t=arguments,r=new this(t[e]);for(le=!1;r.s&&++e<t.length;)r=r.plus(t[e]);return le=!0,ee(r,this.precision,this.rounding)}function Fw(e){return new this(e).tan()}function Lw(e){return new this(e).tanh()}function Mw(e){return ee(e=new this(e),e.e+1,1)}j[Symbol.for("nodejs.util.inspect.custom")]=j.toString;j[Symbol.toStringTag]="Decimal";var ei=j.constructor=sh(Pu);Po=new ei(Po);Ro=new ei(Ro);var uh=ei;var he=uh,Ou=100,Zw=40,dt=he.clone({precision:Ou,rounding:he.ROUND_HALF_UP,toExpNeg:-40,toExpPos:40}),qw=dt.clone({precision:Zw}),Bw=dt.clone({precision:1e9}),At=new dt(0),Mt=new dt(1),Vw=new dt("0.01");function we(e){return new dt(e)}function Se(e){return e.toFixed()}function zo(e,t){return Be([e,t.negated()])}function Be(e){let t,r;for(let o of e)t===void 0?t=o:r=(r??new Bw(t)).plus(o);return r?new dt(r):t===void 0?At:t.constructor===dt?t:new dt(t)}function Ot(e,t){return new dt(new qw(e).dividedBy(t))}function ft(e,t){return t===Mt&&e.precision()<=Ou?e:e===Mt&&t.precision()<=Ou?t:e.times(t)}function ce(e,t={}){let r=e.isNegative()&&!e.isZero(),o=e.abs(),n;return!o.isZero()&&o.lessThan(Vw)?n=o.toSignificantDigits(2,he.ROUND_HALF_UP).toFixed():n=ch(o.toFixed(2,he.ROUND_HALF_UP)),`${r?"-":t.sign?"+":""}$${n}`}function Dt(e,t={}){let r=e.toFixed(1,he.ROUND_HALF_UP);return`${t.sign&&e.greaterThan(0)?"+":""}${r}%`}function Wt(e){return ch(e.toFixed())}function ch(e){let t=e.startsWith("-"),r=t?e.slice(1):e,[o="0",n]=r.split("."),i=o.replace(/\B(?=(\d{3})+(?!\d))/g,",");return`${t?"-":""}${i}${n!==void 0?`.${n}`:""}`}var H=class extends Error{constructor(r,o,n,i){super(r);this.where=o;this.fix=n;this.detail=i}where;fix;detail;name="GenspendError";format(){let r=[];return this.where&&(r.push(this.where.line!==void 0?`${this.where.file}:${this.where.line}`:this.where.file),this.where.path&&r.push(this.where.path)),r.push(this.fix?`${this.message} (fix: ${this.fix})`:this.message),r.join(": ")}},tt=class extends Error{constructor(r){super(r.map(o=>o.format()).join(`
`));this.errors=r}errors;name="GenspendErrors";format(){return this.message}};function On(e){if(e instanceof tt)return e.errors;if(e instanceof H)return[e]}function Dn(e,t){let r=[],o=[];for(let n of e)try{o.push(t(n))}catch(i){let a=On(i);if(!a)throw i;r.push(...a)}if(r.length)throw new tt(r);return o}function pn(e,t,r=3){let o=e.toLowerCase(),n=Math.min(r,Math.max(1,Math.ceil(o.length/2))),i,a=n+1;for(let s of t){let c=Gw(o,s.toLowerCase(),a-1);c<a&&(a=c,i=s)}return i}var Jt=[];function Gw(e,t,r){if(Math.abs(e.length-t.length)>r)return r+1;Jt.length<=t.length&&(Jt=new Array(t.length+1).fill(0));for(let o=0;o<=t.length;o++)Jt[o]=o;for(let o=1;o<=e.length;o++){let n=Jt[0];Jt[0]=o;let i=o,a=e.charCodeAt(o-1);for(let s=1;s<=t.length;s++){let c=Jt[s],u=Math.min(c+1,Jt[s-1]+1,n+(a===t.charCodeAt(s-1)?0:1));Jt[s]=u,u<i&&(i=u),n=c}if(i>r)return r+1}return Jt[t.length]}function Kw(e){return e&&e.__esModule&&Object.prototype.hasOwnProperty.call(e,"default")?e.default:e}var Xe={},No={},mn={},lh;function ti(){if(lh)return mn;lh=1;function e(a){return typeof a>"u"||a===null}function t(a){return typeof a=="object"&&a!==null}function r(a){return Array.isArray(a)?a:e(a)?[]:[a]}function o(a,s){if(s){let c=Object.keys(s);for(let u=0,l=c.length;u<l;u+=1){let f=c[u];a[f]=s[f]}}return a}function n(a,s){let c="";for(let u=0;u<s;u+=1)c+=a;return c}function i(a){return a===0&&Number.NEGATIVE_INFINITY===1/a}return mn.isNothing=e,mn.isObject=t,mn.toArray=r,mn.repeat=n,mn.isNegativeZero=i,mn.extend=o,mn}var Du,dh;function ni(){if(dh)return Du;dh=1;function e(r,o){let n="",i=r.reason||"(unknown reason)";return r.mark?(r.mark.name&&(n+='in "'+r.mark.name+'" '),n+="("+(r.mark.line+1)+":"+(r.mark.column+1)+")",!o&&r.mark.snippet&&(n+=`

`+r.mark.snippet),i+" "+n):i}function t(r,o){Error.call(this),this.name="YAMLException",this.reason=r,this.mark=o,this.message=e(this,!1),Error.captureStackTrace?Error.captureStackTrace(this,this.constructor):this.stack=new Error().stack||""}return t.prototype=Object.create(Error.prototype),t.prototype.constructor=t,t.prototype.toString=function(o){return this.name+": "+e(this,o)},Du=t,Du}var zu,fh;function Hw(){if(fh)return zu;fh=1;let e=ti();function t(n,i,a,s,c){let u="",l="",f=Math.floor(c/2)-1;return s-i>f&&(u=" ... ",i=s-f+u.length),a-s>f&&(l=" ...",a=s+f-l.length),{str:u+n.slice(i,a).replace(/\t/g,"\u2192")+l,pos:s-i+u.length}}function r(n,i){return e.repeat(" ",i-n.length)+n}function o(n,i){if(i=Object.create(i||null),!n.buffer)return null;i.maxLength||(i.maxLength=79),typeof i.indent!="number"&&(i.indent=1),typeof i.linesBefore!="number"&&(i.linesBefore=3),typeof i.linesAfter!="number"&&(i.linesAfter=2);let a=/\r?\n|\r|\0/g,s=[0],c=[],u,l=-1;for(;u=a.exec(n.buffer);)c.push(u.index),s.push(u.index+u[0].length),n.position<=u.index&&l<0&&(l=s.length-2);l<0&&(l=s.length-1);let f="",p=Math.min(n.line+i.linesAfter,c.length).toString().length,g=i.maxLength-(i.indent+p+3);for(let h=1;h<=i.linesBefore&&!(l-h<0);h++){let _=t(n.buffer,s[l-h],c[l-h],n.position-(s[l]-s[l-h]),g);f=e.repeat(" ",i.indent)+r((n.line-h+1).toString(),p)+" | "+_.str+`
`+f}let v=t(n.buffer,s[l],c[l],n.position,g);f+=e.repeat(" ",i.indent)+r((n.line+1).toString(),p)+" | "+v.str+`
`,f+=e.repeat("-",i.indent+p+3+v.pos)+`^
`;for(let h=1;h<=i.linesAfter&&!(l+h>=c.length);h++){let _=t(n.buffer,s[l+h],c[l+h],n.position-(s[l]-s[l+h]),g);f+=e.repeat(" ",i.indent)+r((n.line+h+1).toString(),p)+" | "+_.str+`
`}return f.replace(/\n$/,"")}return zu=o,zu}var Nu,ph;function nt(){if(ph)return Nu;ph=1;let e=ni(),t=["kind","multi","resolve","construct","instanceOf","predicate","represent","representName","defaultStyle","styleAliases"],r=["scalar","sequence","mapping"];function o(i){let a={};return i!==null&&Object.keys(i).forEach(function(s){i[s].forEach(function(c){a[String(c)]=s})}),a}function n(i,a){if(a=a||{},Object.keys(a).forEach(function(s){if(t.indexOf(s)===-1)throw new e('Unknown option "'+s+'" is met in definition of "'+i+'" YAML type.')}),this.options=a,this.tag=i,this.kind=a.kind||null,this.resolve=a.resolve||function(){return!0},this.construct=a.construct||function(s){return s},this.instanceOf=a.instanceOf||null,this.predicate=a.predicate||null,this.represent=a.represent||null,this.representName=a.representName||null,this.defaultStyle=a.defaultStyle||null,this.multi=a.multi||!1,this.styleAliases=o(a.styleAliases||null),r.indexOf(this.kind)===-1)throw new e('Unknown kind "'+this.kind+'" is specified for "'+i+'" YAML type.')}return Nu=n,Nu}var Cu,mh;function Nh(){if(mh)return Cu;mh=1;let e=ni(),t=nt();function r(i,a){let s=[];return i[a].forEach(function(c){let u=s.length;s.forEach(function(l,f){l.tag===c.tag&&l.kind===c.kind&&l.multi===c.multi&&(u=f)}),s[u]=c}),s}function o(){let i={scalar:{},sequence:{},mapping:{},fallback:{},multi:{scalar:[],sequence:[],mapping:[],fallback:[]}};function a(s){s.multi?(i.multi[s.kind].push(s),i.multi.fallback.push(s)):i[s.kind][s.tag]=i.fallback[s.tag]=s}for(let s=0,c=arguments.length;s<c;s+=1)arguments[s].forEach(a);return i}function n(i){return this.extend(i)}return n.prototype.extend=function(a){let s=[],c=[];if(a instanceof t)c.push(a);else if(Array.isArray(a))c=c.concat(a);else if(a&&(Array.isArray(a.implicit)||Array.isArray(a.explicit)))a.implicit&&(s=s.concat(a.implicit)),a.explicit&&(c=c.concat(a.explicit));else throw new e("Schema.extend argument should be a Type, [ Type ], or a schema definition ({ implicit: [...], explicit: [...] })");s.forEach(function(l){if(!(l instanceof t))throw new e("Specified list of YAML types (or a single Type object) contains a non-Type object.");if(l.loadKind&&l.loadKind!=="scalar")throw new e("There is a non-scalar type in the implicit list of a schema. Implicit resolving of such types is not supported.");if(l.multi)throw new e("There is a multi type in the implicit list of a schema. Multi tags can only be listed as explicit.")}),c.forEach(function(l){if(!(l instanceof t))throw new e("Specified list of YAML types (or a single Type object) contains a non-Type object.")});let u=Object.create(n.prototype);return u.implicit=(this.implicit||[]).concat(s),u.explicit=(this.explicit||[]).concat(c),u.compiledImplicit=r(u,"implicit"),u.compiledExplicit=r(u,"explicit"),u.compiledTypeMap=o(u.compiledImplicit,u.compiledExplicit),u},Cu=n,Cu}var Uu,gh;function Ch(){if(gh)return Uu;gh=1;let e=nt();return Uu=new e("tag:yaml.org,2002:str",{kind:"scalar",construct:function(t){return t!==null?t:""}}),Uu}var ju,hh;function Uh(){if(hh)return ju;hh=1;let e=nt();return ju=new e("tag:yaml.org,2002:seq",{kind:"sequence",construct:function(t){return t!==null?t:[]}}),ju}var Fu,vh;function jh(){if(vh)return Fu;vh=1;let e=nt();return Fu=new e("tag:yaml.org,2002:map",{kind:"mapping",construct:function(t){return t!==null?t:{}}}),Fu}var Lu,bh;function Fh(){if(bh)return Lu;bh=1;let e=Nh();return Lu=new e({explicit:[Ch(),Uh(),jh()]}),Lu}var Mu,yh;function Lh(){if(yh)return Mu;yh=1;let e=nt();function t(n){if(n===null)return!0;let i=n.length;return i===1&&n==="~"||i===4&&(n==="null"||n==="Null"||n==="NULL")}function r(){return null}function o(n){return n===null}return Mu=new e("tag:yaml.org,2002:null",{kind:"scalar",resolve:t,construct:r,predicate:o,represent:{canonical:function(){return"~"},lowercase:function(){return"null"},uppercase:function(){return"NULL"},camelcase:function(){return"Null"},empty:function(){return""}},defaultStyle:"lowercase"}),Mu}var Zu,$h;function Mh(){if($h)return Zu;$h=1;let e=nt();function t(n){if(n===null)return!1;let i=n.length;return i===4&&(n==="true"||n==="True"||n==="TRUE")||i===5&&(n==="false"||n==="False"||n==="FALSE")}function r(n){return n==="true"||n==="True"||n==="TRUE"}function o(n){return Object.prototype.toString.call(n)==="[object Boolean]"}return Zu=new e("tag:yaml.org,2002:bool",{kind:"scalar",resolve:t,construct:r,predicate:o,represent:{lowercase:function(n){return n?"true":"false"},uppercase:function(n){return n?"TRUE":"FALSE"},camelcase:function(n){return n?"True":"False"}},defaultStyle:"lowercase"}),Zu}var qu,wh;function Zh(){if(wh)return qu;wh=1;let e=ti(),t=nt();function r(u){return u>=48&&u<=57||u>=65&&u<=70||u>=97&&u<=102}function o(u){return u>=48&&u<=55}function n(u){return u>=48&&u<=57}function i(u){if(u===null)return!1;let l=u.length,f=0,p=!1;if(!l)return!1;let g=u[f];if((g==="-"||g==="+")&&(g=u[++f]),g==="0"){if(f+1===l)return!0;if(g=u[++f],g==="b"){for(f++;f<l;f++){if(g=u[f],g!=="0"&&g!=="1")return!1;p=!0}return p&&isFinite(a(u))}if(g==="x"){for(f++;f<l;f++){if(!r(u.charCodeAt(f)))return!1;p=!0}return p&&isFinite(a(u))}if(g==="o"){for(f++;f<l;f++){if(!o(u.charCodeAt(f)))return!1;p=!0}return p&&isFinite(a(u))}}for(;f<l;f++){if(!n(u.charCodeAt(f)))return!1;p=!0}return p?isFinite(a(u)):!1}function a(u){let l=u,f=1,p=l[0];if((p==="-"||p==="+")&&(p==="-"&&(f=-1),l=l.slice(1),p=l[0]),l==="0")return 0;if(p==="0"){if(l[1]==="b")return f*parseInt(l.slice(2),2);if(l[1]==="x")return f*parseInt(l.slice(2),16);if(l[1]==="o")return f*parseInt(l.slice(2),8)}return f*parseInt(l,10)}function s(u){return a(u)}function c(u){return Object.prototype.toString.call(u)==="[object Number]"&&u%1===0&&!e.isNegativeZero(u)}return qu=new t("tag:yaml.org,2002:int",{kind:"scalar",resolve:i,construct:s,predicate:c,represent:{binary:function(u){return u>=0?"0b"+u.toString(2):"-0b"+u.toString(2).slice(1)},octal:function(u){return u>=0?"0o"+u.toString(8):"-0o"+u.toString(8).slice(1)},decimal:function(u){return u.toString(10)},hexadecimal:function(u){return u>=0?"0x"+u.toString(16).toUpperCase():"-0x"+u.toString(16).toUpperCase().slice(1)}},defaultStyle:"decimal",styleAliases:{binary:[2,"bin"],octal:[8,"oct"],decimal:[10,"dec"],hexadecimal:[16,"hex"]}}),qu}var Bu,kh;function qh(){if(kh)return Bu;kh=1;let e=ti(),t=nt(),r=new RegExp("^(?:[-+]?(?:[0-9]+)(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$"),o=new RegExp("^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");function n(u){return u===null||!r.test(u)?!1:isFinite(parseFloat(u,10))?!0:o.test(u)}function i(u){let l=u.toLowerCase(),f=l[0]==="-"?-1:1;return"+-".indexOf(l[0])>=0&&(l=l.slice(1)),l===".inf"?f===1?Number.POSITIVE_INFINITY:Number.NEGATIVE_INFINITY:l===".nan"?NaN:f*parseFloat(l,10)}let a=/^[-+]?[0-9]+e/;function s(u,l){if(isNaN(u))switch(l){case"lowercase":return".nan";case"uppercase":return".NAN";case"camelcase":return".NaN"}else if(Number.POSITIVE_INFINITY===u)switch(l){case"lowercase":return".inf";case"uppercase":return".INF";case"camelcase":return".Inf"}else if(Number.NEGATIVE_INFINITY===u)switch(l){case"lowercase":return"-.inf";case"uppercase":return"-.INF";case"camelcase":return"-.Inf"}else if(e.isNegativeZero(u))return"-0.0";let f=u.toString(10);return a.test(f)?f.replace("e",".e"):f}function c(u){return Object.prototype.toString.call(u)==="[object Number]"&&(u%1!==0||e.isNegativeZero(u))}return Bu=new t("tag:yaml.org,2002:float",{kind:"scalar",resolve:n,construct:i,predicate:c,represent:s,defaultStyle:"lowercase"}),Bu}var Vu,xh;function Bh(){return xh||(xh=1,Vu=Fh().extend({implicit:[Lh(),Mh(),Zh(),qh()]})),Vu}var Gu,_h;function Vh(){return _h||(_h=1,Gu=Bh()),Gu}var Ku,Ih;function Gh(){if(Ih)return Ku;Ih=1;let e=nt(),t=new RegExp("^([0-9][0-9][0-9][0-9])-([0-9][0-9])-([0-9][0-9])$"),r=new RegExp("^([0-9][0-9][0-9][0-9])-([0-9][0-9]?)-([0-9][0-9]?)(?:[Tt]|[ \\t]+)([0-9][0-9]?):([0-9][0-9]):([0-9][0-9])(?:\\.([0-9]*))?(?:[ \\t]*(Z|([-+])([0-9][0-9]?)(?::([0-9][0-9]))?))?$");function o(a){return a===null?!1:t.exec(a)!==null||r.exec(a)!==null}function n(a){let s=0,c=null,u=t.exec(a);if(u===null&&(u=r.exec(a)),u===null)throw new Error("Date resolve error");let l=+u[1],f=+u[2]-1,p=+u[3];if(!u[4])return new Date(Date.UTC(l,f,p));let g=+u[4],v=+u[5],h=+u[6];if(u[7]){for(s=u[7].slice(0,3);s.length<3;)s+="0";s=+s}if(u[9]){let k=+u[10],y=+(u[11]||0);c=(k*60+y)*6e4,u[9]==="-"&&(c=-c)}let _=new Date(Date.UTC(l,f,p,g,v,h,s));return c&&_.setTime(_.getTime()-c),_}function i(a){return a.toISOString()}return Ku=new e("tag:yaml.org,2002:timestamp",{kind:"scalar",resolve:o,construct:n,instanceOf:Date,represent:i}),Ku}var Hu,Ah;function Kh(){if(Ah)return Hu;Ah=1;let e=nt();function t(r){return r==="<<"||r===null}return Hu=new e("tag:yaml.org,2002:merge",{kind:"scalar",resolve:t}),Hu}var Wu,Sh;function Hh(){if(Sh)return Wu;Sh=1;let e=nt(),t=`ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=
\r`;function r(a){if(a===null)return!1;let s=0,c=a.length,u=t;for(let l=0;l<c;l++){let f=u.indexOf(a.charAt(l));if(!(f>64)){if(f<0)return!1;s+=6}}return s%8===0}function o(a){let s=a.replace(/[\r\n=]/g,""),c=s.length,u=t,l=0,f=[];for(let g=0;g<c;g++)g%4===0&&g&&(f.push(l>>16&255),f.push(l>>8&255),f.push(l&255)),l=l<<6|u.indexOf(s.charAt(g));let p=c%4*6;return p===0?(f.push(l>>16&255),f.push(l>>8&255),f.push(l&255)):p===18?(f.push(l>>10&255),f.push(l>>2&255)):p===12&&f.push(l>>4&255),new Uint8Array(f)}function n(a){let s="",c=0,u=a.length,l=t;for(let p=0;p<u;p++)p%3===0&&p&&(s+=l[c>>18&63],s+=l[c>>12&63],s+=l[c>>6&63],s+=l[c&63]),c=(c<<8)+a[p];let f=u%3;return f===0?(s+=l[c>>18&63],s+=l[c>>12&63],s+=l[c>>6&63],s+=l[c&63]):f===2?(s+=l[c>>10&63],s+=l[c>>4&63],s+=l[c<<2&63],s+=l[64]):f===1&&(s+=l[c>>2&63],s+=l[c<<4&63],s+=l[64],s+=l[64]),s}function i(a){return Object.prototype.toString.call(a)==="[object Uint8Array]"}return Wu=new e("tag:yaml.org,2002:binary",{kind:"scalar",resolve:r,construct:o,predicate:i,represent:n}),Wu}var Ju,Ph;function Wh(){if(Ph)return Ju;Ph=1;let e=nt(),t=Object.prototype.hasOwnProperty,r=Object.prototype.toString;function o(i){if(i===null)return!0;let a={},s=i;for(let c=0,u=s.length;c<u;c+=1){let l=s[c],f=!1;if(r.call(l)!=="[object Object]")return!1;let p;for(p in l)if(t.call(l,p))if(!f)f=!0;else return!1;if(!f||t.call(a,p))return!1;Object.defineProperty(a,p,{value:!0})}return!0}function n(i){return i!==null?i:[]}return Ju=new e("tag:yaml.org,2002:omap",{kind:"sequence",resolve:o,construct:n}),Ju}var Xu,Rh;function Jh(){if(Rh)return Xu;Rh=1;let e=nt(),t=Object.prototype.toString;function r(n){if(n===null)return!0;let i=n,a=new Array(i.length);for(let s=0,c=i.length;s<c;s+=1){let u=i[s];if(t.call(u)!=="[object Object]")return!1;let l=Object.keys(u);if(l.length!==1)return!1;a[s]=[l[0],u[l[0]]]}return!0}function o(n){if(n===null)return[];let i=n,a=new Array(i.length);for(let s=0,c=i.length;s<c;s+=1){let u=i[s],l=Object.keys(u);a[s]=[l[0],u[l[0]]]}return a}return Xu=new e("tag:yaml.org,2002:pairs",{kind:"sequence",resolve:r,construct:o}),Xu}var Yu,Eh;function Xh(){if(Eh)return Yu;Eh=1;let e=nt(),t=Object.prototype.hasOwnProperty;function r(n){if(n===null)return!0;let i=n;for(let a in i)if(t.call(i,a)&&i[a]!==null)return!1;return!0}function o(n){return n!==null?n:{}}return Yu=new e("tag:yaml.org,2002:set",{kind:"mapping",resolve:r,construct:o}),Yu}var Qu,Th;function tc(){return Th||(Th=1,Qu=Vh().extend({implicit:[Gh(),Kh()],explicit:[Hh(),Wh(),Jh(),Xh()]})),Qu}var Oh;function Ww(){if(Oh)return No;Oh=1;let e=ti(),t=ni(),r=Hw(),o=tc(),n=Object.prototype.hasOwnProperty,i=1,a=2,s=3,c=4,u=1,l=2,f=3,p=/[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/,g=/[\x85\u2028\u2029]/,v=/[,\[\]{}]/,h=/^(?:!|!!|![0-9A-Za-z-]+!)$/,_=/^(?:!|[^,\[\]{}])(?:%[0-9a-f]{2}|[0-9a-z\-#;/?:@&=+$,_.!~*'()\[\]])*$/i;function k(d){return Object.prototype.toString.call(d)}function y(d){return d===10||d===13}function A(d){return d===9||d===32}function q(d){return d===9||d===32||d===10||d===13}function X(d){return d===44||d===91||d===93||d===123||d===125}function J(d){if(d>=48&&d<=57)return d-48;let w=d|32;return w>=97&&w<=102?w-97+10:-1}function fe(d){return d===120?2:d===117?4:d===85?8:0}function Q(d){return d>=48&&d<=57?d-48:-1}function ne(d){switch(d){case 48:return"\0";case 97:return"\x07";case 98:return"\b";case 116:return"	";case 9:return"	";case 110:return`
`;case 118:return"\v";case 102:return"\f";case 114:return"\r";case 101:return"\x1B";case 32:return" ";case 34:return'"';case 47:return"/";case 92:return"\\";case 78:return"\x85";case 95:return"\xA0";case 76:return"\u2028";case 80:return"\u2029";default:return""}}function E(d){return d<=65535?String.fromCharCode(d):String.fromCharCode((d-65536>>10)+55296,(d-65536&1023)+56320)}function ve(d,w,C){w==="__proto__"?Object.defineProperty(d,w,{configurable:!0,enumerable:!0,writable:!0,value:C}):d[w]=C}let ke=new Array(256),xe=new Array(256);for(let d=0;d<256;d++)ke[d]=ne(d)?1:0,xe[d]=ne(d);function P(d,w){this.input=d,this.filename=w.filename||null,this.schema=w.schema||o,this.onWarning=w.onWarning||null,this.legacy=w.legacy||!1,this.json=w.json||!1,this.listener=w.listener||null,this.maxDepth=typeof w.maxDepth=="number"?w.maxDepth:100,this.maxTotalMergeKeys=typeof w.maxTotalMergeKeys=="number"?w.maxTotalMergeKeys:1e4,this.implicitTypes=this.schema.compiledImplicit,this.typeMap=this.schema.compiledTypeMap,this.length=d.length,this.position=0,this.line=0,this.lineStart=0,this.lineIndent=0,this.depth=0,this.totalMergeKeys=0,this.firstTabInLine=-1,this.documents=[],this.anchorMapTransactions=[]}function R(d,w){let C={name:d.filename,buffer:d.input.slice(0,-1),position:d.position,line:d.line,column:d.position-d.lineStart};return C.snippet=r(C),new t(w,C)}function L(d,w){throw R(d,w)}function $e(d,w){d.onWarning&&d.onWarning.call(null,R(d,w))}function Ce(d,w,C){let U=d.anchorMapTransactions;if(U.length!==0){let T=U[U.length-1];n.call(T,w)||(T[w]={existed:n.call(d.anchorMap,w),value:d.anchorMap[w]})}d.anchorMap[w]=C}function Ge(d){d.anchorMapTransactions.push(Object.create(null))}function De(d){let w=d.anchorMapTransactions.pop(),C=d.anchorMapTransactions;if(C.length===0)return;let U=C[C.length-1],T=Object.keys(w);for(let m=0,I=T.length;m<I;m+=1){let S=T[m];n.call(U,S)||(U[S]=w[S])}}function jt(d){let w=d.anchorMapTransactions.pop(),C=Object.keys(w);for(let U=C.length-1;U>=0;U-=1){let T=w[C[U]];T.existed?d.anchorMap[C[U]]=T.value:delete d.anchorMap[C[U]]}}function Et(d){return{position:d.position,line:d.line,lineStart:d.lineStart,lineIndent:d.lineIndent,firstTabInLine:d.firstTabInLine,tag:d.tag,anchor:d.anchor,kind:d.kind,result:d.result}}function ct(d,w){d.position=w.position,d.line=w.line,d.lineStart=w.lineStart,d.lineIndent=w.lineIndent,d.firstTabInLine=w.firstTabInLine,d.tag=w.tag,d.anchor=w.anchor,d.kind=w.kind,d.result=w.result}let $t={YAML:function(w,C,U){w.version!==null&&L(w,"duplication of %YAML directive"),U.length!==1&&L(w,"YAML directive accepts exactly one argument");let T=/^([0-9]+)\.([0-9]+)$/.exec(U[0]);T===null&&L(w,"ill-formed argument of the YAML directive");let m=parseInt(T[1],10),I=parseInt(T[2],10);m!==1&&L(w,"unacceptable YAML version of the document"),w.version=U[0],w.checkLineBreaks=I<2,I!==1&&I!==2&&$e(w,"unsupported YAML version of the document")},TAG:function(w,C,U){let T;U.length!==2&&L(w,"TAG directive accepts exactly two arguments");let m=U[0];T=U[1],h.test(m)||L(w,"ill-formed tag handle (first argument) of the TAG directive"),n.call(w.tagMap,m)&&L(w,'there is a previously declared suffix for "'+m+'" tag handle'),_.test(T)||L(w,"ill-formed tag prefix (second argument) of the TAG directive");try{T=decodeURIComponent(T)}catch{L(w,"tag prefix is malformed: "+T)}w.tagMap[m]=T}};function re(d,w,C,U){if(w<C){let T=d.input.slice(w,C);if(U)for(let m=0,I=T.length;m<I;m+=1){let S=T.charCodeAt(m);S===9||S>=32&&S<=1114111||L(d,"expected valid JSON character")}else p.test(T)&&L(d,"the stream contains non-printable characters");d.result+=T}}function wt(d){d.totalMergeKeys++,d.maxTotalMergeKeys!==-1&&d.totalMergeKeys>d.maxTotalMergeKeys&&L(d,"merge keys exceeded maxTotalMergeKeys ("+d.maxTotalMergeKeys+")")}function Tn(d,w,C,U){e.isObject(C)||L(d,"cannot merge mappings; the provided source object is unacceptable"),wt(d);let T=Object.keys(C);for(let m=0,I=T.length;m<I;m+=1){let S=T[m];wt(d),n.call(w,S)||(ve(w,S,C[S]),U[S]=!0)}}function G(d,w,C,U,T,m,I,S,F){if(Array.isArray(T)){T=Array.prototype.slice.call(T);for(let Z=0,B=T.length;Z<B;Z+=1)Array.isArray(T[Z])&&L(d,"nested arrays are not supported inside keys"),typeof T=="object"&&k(T[Z])==="[object Object]"&&(T[Z]="[object Object]")}if(typeof T=="object"&&k(T)==="[object Object]"&&(T="[object Object]"),T=String(T),w===null&&(w={}),U==="tag:yaml.org,2002:merge")if(Array.isArray(m)){m.length>100&&L(d,"abnormal merge sequence size");for(let Z=0,B=m.length;Z<B;Z+=1)Tn(d,w,m[Z],C)}else Tn(d,w,m,C);else!d.json&&!n.call(C,T)&&n.call(w,T)&&(d.line=I||d.line,d.lineStart=S||d.lineStart,d.position=F||d.position,L(d,"duplicated mapping key")),ve(w,T,m),delete C[T];return w}function Ae(d){let w=d.input.charCodeAt(d.position);w===10?d.position++:w===13?(d.position++,d.input.charCodeAt(d.position)===10&&d.position++):L(d,"a line break is expected"),d.line+=1,d.lineStart=d.position,d.firstTabInLine=-1}function M(d,w,C){let U=0,T=d.input.charCodeAt(d.position);for(;T!==0;){for(;A(T);)T===9&&d.firstTabInLine===-1&&(d.firstTabInLine=d.position),T=d.input.charCodeAt(++d.position);if(w&&T===35)do T=d.input.charCodeAt(++d.position);while(T!==10&&T!==13&&T!==0);if(y(T))for(Ae(d),T=d.input.charCodeAt(d.position),U++,d.lineIndent=0;T===32;)d.lineIndent++,T=d.input.charCodeAt(++d.position);else break}return C!==-1&&U!==0&&d.lineIndent<C&&$e(d,"deficient indentation"),U}function ue(d){let w=d.position,C=d.input.charCodeAt(w);return!!((C===45||C===46)&&C===d.input.charCodeAt(w+1)&&C===d.input.charCodeAt(w+2)&&(w+=3,C=d.input.charCodeAt(w),C===0||q(C)))}function _e(d,w){w===1?d.result+=" ":w>1&&(d.result+=e.repeat(`
`,w-1))}function Ue(d,w,C){let U,T,m,I,S,F,Z=d.kind,B=d.result,N=d.input.charCodeAt(d.position);if(q(N)||X(N)||N===35||N===38||N===42||N===33||N===124||N===62||N===39||N===34||N===37||N===64||N===96)return!1;if(N===63||N===45){let K=d.input.charCodeAt(d.position+1);if(q(K)||C&&X(K))return!1}for(d.kind="scalar",d.result="",U=T=d.position,m=!1;N!==0;){if(N===58){let K=d.input.charCodeAt(d.position+1);if(q(K)||C&&X(K))break}else if(N===35){let K=d.input.charCodeAt(d.position-1);if(q(K))break}else{if(d.position===d.lineStart&&ue(d)||C&&X(N))break;if(y(N))if(I=d.line,S=d.lineStart,F=d.lineIndent,M(d,!1,-1),d.lineIndent>=w){m=!0,N=d.input.charCodeAt(d.position);continue}else{d.position=T,d.line=I,d.lineStart=S,d.lineIndent=F;break}}m&&(re(d,U,T,!1),_e(d,d.line-I),U=T=d.position,m=!1),A(N)||(T=d.position+1),N=d.input.charCodeAt(++d.position)}return re(d,U,T,!1),d.result?!0:(d.kind=Z,d.result=B,!1)}function Ie(d,w){let C,U,T=d.input.charCodeAt(d.position);if(T!==39)return!1;for(d.kind="scalar",d.result="",d.position++,C=U=d.position;(T=d.input.charCodeAt(d.position))!==0;)if(T===39)if(re(d,C,d.position,!0),T=d.input.charCodeAt(++d.position),T===39)C=d.position,d.position++,U=d.position;else return!0;else y(T)?(re(d,C,U,!0),_e(d,M(d,!1,w)),C=U=d.position):d.position===d.lineStart&&ue(d)?L(d,"unexpected end of the document within a single quoted scalar"):(d.position++,A(T)||(U=d.position));L(d,"unexpected end of the stream within a single quoted scalar")}function Qe(d,w){let C,U,T,m=d.input.charCodeAt(d.position);if(m!==34)return!1;for(d.kind="scalar",d.result="",d.position++,C=U=d.position;(m=d.input.charCodeAt(d.position))!==0;){if(m===34)return re(d,C,d.position,!0),d.position++,!0;if(m===92){if(re(d,C,d.position,!0),m=d.input.charCodeAt(++d.position),y(m))M(d,!1,w);else if(m<256&&ke[m])d.result+=xe[m],d.position++;else if((T=fe(m))>0){let I=T,S=0;for(;I>0;I--)m=d.input.charCodeAt(++d.position),(T=J(m))>=0?S=(S<<4)+T:L(d,"expected hexadecimal character");d.result+=E(S),d.position++}else L(d,"unknown escape sequence");C=U=d.position}else y(m)?(re(d,C,U,!0),_e(d,M(d,!1,w)),C=U=d.position):d.position===d.lineStart&&ue(d)?L(d,"unexpected end of the document within a double quoted scalar"):(d.position++,A(m)||(U=d.position))}L(d,"unexpected end of the stream within a double quoted scalar")}function It(d,w){let C=!0,U,T,m,I=d.tag,S,F=d.anchor,Z,B,N,K,Y=Object.create(null),ie,ae,pe,be=d.input.charCodeAt(d.position);if(be===91)Z=93,K=!1,S=[];else if(be===123)Z=125,K=!0,S={};else return!1;for(d.anchor!==null&&Ce(d,d.anchor,S),be=d.input.charCodeAt(++d.position);be!==0;){if(M(d,!0,w),be=d.input.charCodeAt(d.position),be===Z)return d.position++,d.tag=I,d.anchor=F,d.kind=K?"mapping":"sequence",d.result=S,!0;if(C?be===44&&L(d,"expected the node content, but found ','"):L(d,"missed comma between flow collection entries"),ae=ie=pe=null,B=N=!1,be===63){let sn=d.input.charCodeAt(d.position+1);q(sn)&&(B=N=!0,d.position++,M(d,!0,w))}U=d.line,T=d.lineStart,m=d.position,an(d,w,i,!1,!0),ae=d.tag,ie=d.result,M(d,!0,w),be=d.input.charCodeAt(d.position),(N||d.line===U)&&be===58&&(B=!0,be=d.input.charCodeAt(++d.position),M(d,!0,w),an(d,w,i,!1,!0),pe=d.result),K?G(d,S,Y,ae,ie,pe,U,T,m):B?S.push(G(d,null,Y,ae,ie,pe,U,T,m)):S.push(ie),M(d,!0,w),be=d.input.charCodeAt(d.position),be===44?(C=!0,be=d.input.charCodeAt(++d.position)):C=!1}L(d,"unexpected end of the stream within a flow collection")}function et(d,w){let C,U=u,T=!1,m=!1,I=w,S=0,F=!1,Z,B=d.input.charCodeAt(d.position);if(B===124)C=!1;else if(B===62)C=!0;else return!1;for(d.kind="scalar",d.result="";B!==0;)if(B=d.input.charCodeAt(++d.position),B===43||B===45)u===U?U=B===43?f:l:L(d,"repeat of a chomping mode identifier");else if((Z=Q(B))>=0)Z===0?L(d,"bad explicit indentation width of a block scalar; it cannot be less than one"):m?L(d,"repeat of an indentation width identifier"):(I=w+Z-1,m=!0);else break;if(A(B)){do B=d.input.charCodeAt(++d.position);while(A(B));if(B===35)do B=d.input.charCodeAt(++d.position);while(!y(B)&&B!==0)}for(;B!==0;){for(Ae(d),d.lineIndent=0,B=d.input.charCodeAt(d.position);(!m||d.lineIndent<I)&&B===32;)d.lineIndent++,B=d.input.charCodeAt(++d.position);if(!m&&d.lineIndent>I&&(I=d.lineIndent),y(B)){S++;continue}if(!m&&I===0&&L(d,"missing indentation for block scalar"),d.lineIndent<I){U===f?d.result+=e.repeat(`
`,T?1+S:S):U===u&&T&&(d.result+=`
`);break}C?A(B)?(F=!0,d.result+=e.repeat(`
`,T?1+S:S)):F?(F=!1,d.result+=e.repeat(`
`,S+1)):S===0?T&&(d.result+=" "):d.result+=e.repeat(`
`,S):d.result+=e.repeat(`
`,T?1+S:S),T=!0,m=!0,S=0;let N=d.position;for(;!y(B)&&B!==0;)B=d.input.charCodeAt(++d.position);re(d,N,d.position,!1)}return!0}function yo(d,w){let C=d.tag,U=d.anchor,T=[],m=!1;if(d.firstTabInLine!==-1)return!1;d.anchor!==null&&Ce(d,d.anchor,T);let I=d.input.charCodeAt(d.position);for(;I!==0&&(d.firstTabInLine!==-1&&(d.position=d.firstTabInLine,L(d,"tab characters must not be used in indentation")),I===45);){let S=d.input.charCodeAt(d.position+1);if(!q(S))break;if(m=!0,d.position++,M(d,!0,-1)&&d.lineIndent<=w){T.push(null),I=d.input.charCodeAt(d.position);continue}let F=d.line;if(an(d,w,s,!1,!0),T.push(d.result),M(d,!0,-1),I=d.input.charCodeAt(d.position),(d.line===F||d.lineIndent>w)&&I!==0)L(d,"bad indentation of a sequence entry");else if(d.lineIndent<w)break}return m?(d.tag=C,d.anchor=U,d.kind="sequence",d.result=T,!0):!1}function $o(d,w,C){let U,T,m,I,S=d.tag,F=d.anchor,Z={},B=Object.create(null),N=null,K=null,Y=null,ie=!1,ae=!1;if(d.firstTabInLine!==-1)return!1;d.anchor!==null&&Ce(d,d.anchor,Z);let pe=d.input.charCodeAt(d.position);for(;pe!==0;){!ie&&d.firstTabInLine!==-1&&(d.position=d.firstTabInLine,L(d,"tab characters must not be used in indentation"));let be=d.input.charCodeAt(d.position+1),sn=d.line;if((pe===63||pe===58)&&q(be))pe===63?(ie&&(G(d,Z,B,N,K,null,T,m,I),N=K=Y=null),ae=!0,ie=!0,U=!0):ie?(ie=!1,U=!0):L(d,"incomplete explicit mapping pair; a key node is missed; or followed by a non-tabulated empty line"),d.position+=1,pe=be;else{if(T=d.line,m=d.lineStart,I=d.position,!an(d,C,a,!1,!0))break;if(d.line===sn){for(pe=d.input.charCodeAt(d.position);A(pe);)pe=d.input.charCodeAt(++d.position);if(pe===58)pe=d.input.charCodeAt(++d.position),q(pe)||L(d,"a whitespace character is expected after the key-value separator within a block mapping"),ie&&(G(d,Z,B,N,K,null,T,m,I),N=K=Y=null),ae=!0,ie=!1,U=!1,N=d.tag,K=d.result;else if(ae)L(d,"can not read an implicit mapping pair; a colon is missed");else return d.tag=S,d.anchor=F,!0}else if(ae)L(d,"can not read a block mapping entry; a multiline key may not be an implicit key");else return d.tag=S,d.anchor=F,!0}if((d.line===sn||d.lineIndent>w)&&(ie&&(T=d.line,m=d.lineStart,I=d.position),an(d,w,c,!0,U)&&(ie?K=d.result:Y=d.result),ie||(G(d,Z,B,N,K,Y,T,m,I),N=K=Y=null),M(d,!0,-1),pe=d.input.charCodeAt(d.position)),(d.line===sn||d.lineIndent>w)&&pe!==0)L(d,"bad indentation of a mapping entry");else if(d.lineIndent<w)break}return ie&&G(d,Z,B,N,K,null,T,m,I),ae&&(d.tag=S,d.anchor=F,d.kind="mapping",d.result=Z),ae}function wo(d){let w=!1,C=!1,U,T,m=d.input.charCodeAt(d.position);if(m!==33)return!1;d.tag!==null&&L(d,"duplication of a tag property"),m=d.input.charCodeAt(++d.position),m===60?(w=!0,m=d.input.charCodeAt(++d.position)):m===33?(C=!0,U="!!",m=d.input.charCodeAt(++d.position)):U="!";let I=d.position;if(w){do m=d.input.charCodeAt(++d.position);while(m!==0&&m!==62);d.position<d.length?(T=d.input.slice(I,d.position),m=d.input.charCodeAt(++d.position)):L(d,"unexpected end of the stream within a verbatim tag")}else{for(;m!==0&&!q(m);)m===33&&(C?L(d,"tag suffix cannot contain exclamation marks"):(U=d.input.slice(I-1,d.position+1),h.test(U)||L(d,"named tag handle cannot contain such characters"),C=!0,I=d.position+1)),m=d.input.charCodeAt(++d.position);T=d.input.slice(I,d.position),v.test(T)&&L(d,"tag suffix cannot contain flow indicator characters")}T&&!_.test(T)&&L(d,"tag name cannot contain such characters: "+T);try{T=decodeURIComponent(T)}catch{L(d,"tag name is malformed: "+T)}return w?d.tag=T:n.call(d.tagMap,U)?d.tag=d.tagMap[U]+T:U==="!"?d.tag="!"+T:U==="!!"?d.tag="tag:yaml.org,2002:"+T:L(d,'undeclared tag handle "'+U+'"'),!0}function ko(d){let w=d.input.charCodeAt(d.position);if(w!==38)return!1;d.anchor!==null&&L(d,"duplication of an anchor property"),w=d.input.charCodeAt(++d.position);let C=d.position;for(;w!==0&&!q(w)&&!X(w);)w=d.input.charCodeAt(++d.position);return d.position===C&&L(d,"name of an anchor node must contain at least one character"),d.anchor=d.input.slice(C,d.position),!0}function pu(d){let w=d.input.charCodeAt(d.position);if(w!==42)return!1;w=d.input.charCodeAt(++d.position);let C=d.position;for(;w!==0&&!q(w)&&!X(w);)w=d.input.charCodeAt(++d.position);d.position===C&&L(d,"name of an alias node must contain at least one character");let U=d.input.slice(C,d.position);return n.call(d.anchorMap,U)||L(d,'unidentified alias "'+U+'"'),d.result=d.anchorMap[U],M(d,!0,-1),!0}function xo(d,w,C,U){let T=Et(d);return Ge(d),ct(d,w),d.tag=null,d.anchor=null,d.kind=null,d.result=null,$o(d,C,U)&&d.kind==="mapping"?(De(d),!0):(jt(d),ct(d,T),!1)}function an(d,w,C,U,T){let m,I,S=1,F=!1,Z=!1,B=null,N,K,Y;d.depth>=d.maxDepth&&L(d,"nesting exceeded maxDepth ("+d.maxDepth+")"),d.depth+=1,d.listener!==null&&d.listener("open",d),d.tag=null,d.anchor=null,d.kind=null,d.result=null;let ie=m=I=c===C||s===C;if(U&&M(d,!0,-1)&&(F=!0,d.lineIndent>w?S=1:d.lineIndent===w?S=0:d.lineIndent<w&&(S=-1)),S===1)for(;;){let ae=d.input.charCodeAt(d.position),pe=Et(d);if(F&&(ae===33&&d.tag!==null||ae===38&&d.anchor!==null)||!wo(d)&&!ko(d))break;B===null&&(B=pe),M(d,!0,-1)?(F=!0,I=ie,d.lineIndent>w?S=1:d.lineIndent===w?S=0:d.lineIndent<w&&(S=-1)):I=!1}if(I&&(I=F||T),S===1||c===C)if(i===C||a===C?K=w:K=w+1,Y=d.position-d.lineStart,S===1)if(I&&(yo(d,Y)||$o(d,Y,K))||It(d,K))Z=!0;else{let ae=d.input.charCodeAt(d.position);B!==null&&ie&&!I&&ae!==124&&ae!==62&&xo(d,B,B.position-B.lineStart,K)||m&&et(d,K)||Ie(d,K)||Qe(d,K)?Z=!0:pu(d)?(Z=!0,(d.tag!==null||d.anchor!==null)&&L(d,"alias node should not have any properties")):Ue(d,K,i===C)&&(Z=!0,d.tag===null&&(d.tag="?")),d.anchor!==null&&Ce(d,d.anchor,d.result)}else S===0&&(Z=I&&yo(d,Y));if(d.tag===null)d.anchor!==null&&Ce(d,d.anchor,d.result);else if(d.tag==="?"){d.result!==null&&d.kind!=="scalar"&&L(d,'unacceptable node kind for !<?> tag; it should be "scalar", not "'+d.kind+'"');for(let ae=0,pe=d.implicitTypes.length;ae<pe;ae+=1)if(N=d.implicitTypes[ae],N.resolve(d.result)){d.result=N.construct(d.result),d.tag=N.tag,d.anchor!==null&&Ce(d,d.anchor,d.result);break}}else if(d.tag!=="!"){if(n.call(d.typeMap[d.kind||"fallback"],d.tag))N=d.typeMap[d.kind||"fallback"][d.tag];else{N=null;let ae=d.typeMap.multi[d.kind||"fallback"];for(let pe=0,be=ae.length;pe<be;pe+=1)if(d.tag.slice(0,ae[pe].tag.length)===ae[pe].tag){N=ae[pe];break}}N||L(d,"unknown tag !<"+d.tag+">"),d.result!==null&&N.kind!==d.kind&&L(d,"unacceptable node kind for !<"+d.tag+'> tag; it should be "'+N.kind+'", not "'+d.kind+'"'),N.resolve(d.result,d.tag)?(d.result=N.construct(d.result,d.tag),d.anchor!==null&&Ce(d,d.anchor,d.result)):L(d,"cannot resolve a node with !<"+d.tag+"> explicit tag")}return d.listener!==null&&d.listener("close",d),d.depth-=1,d.tag!==null||d.anchor!==null||Z}function mu(d){let w=d.position,C=!1,U;for(d.version=null,d.checkLineBreaks=d.legacy,d.tagMap=Object.create(null),d.anchorMap=Object.create(null);(U=d.input.charCodeAt(d.position))!==0&&(M(d,!0,-1),U=d.input.charCodeAt(d.position),!(d.lineIndent>0||U!==37));){C=!0,U=d.input.charCodeAt(++d.position);let T=d.position;for(;U!==0&&!q(U);)U=d.input.charCodeAt(++d.position);let m=d.input.slice(T,d.position),I=[];for(m.length<1&&L(d,"directive name must not be less than one character in length");U!==0;){for(;A(U);)U=d.input.charCodeAt(++d.position);if(U===35){do U=d.input.charCodeAt(++d.position);while(U!==0&&!y(U));break}if(y(U))break;for(T=d.position;U!==0&&!q(U);)U=d.input.charCodeAt(++d.position);I.push(d.input.slice(T,d.position))}U!==0&&Ae(d),n.call($t,m)?$t[m](d,m,I):$e(d,'unknown document directive "'+m+'"')}if(M(d,!0,-1),d.lineIndent===0&&d.input.charCodeAt(d.position)===45&&d.input.charCodeAt(d.position+1)===45&&d.input.charCodeAt(d.position+2)===45?(d.position+=3,M(d,!0,-1)):C&&L(d,"directives end mark is expected"),an(d,d.lineIndent-1,c,!1,!0),M(d,!0,-1),d.checkLineBreaks&&g.test(d.input.slice(w,d.position))&&$e(d,"non-ASCII line breaks are interpreted as content"),d.documents.push(d.result),d.position===d.lineStart&&ue(d)){d.input.charCodeAt(d.position)===46&&(d.position+=3,M(d,!0,-1));return}d.position<d.length-1&&L(d,"end of the stream or a document separator is expected")}function Jr(d,w){d=String(d),w=w||{},d.length!==0&&(d.charCodeAt(d.length-1)!==10&&d.charCodeAt(d.length-1)!==13&&(d+=`
`),d.charCodeAt(0)===65279&&(d=d.slice(1)));let C=new P(d,w),U=d.indexOf("\0");for(U!==-1&&(C.position=U,L(C,"null byte is not allowed in input")),C.input+="\0";C.input.charCodeAt(C.position)===32;)C.lineIndent+=1,C.position+=1;for(;C.position<C.length-1;)mu(C);return C.documents}function gu(d,w,C){w!==null&&typeof w=="object"&&typeof C>"u"&&(C=w,w=null);let U=Jr(d,C);if(typeof w!="function")return U;for(let T=0,m=U.length;T<m;T+=1)w(U[T])}function hu(d,w){let C=Jr(d,w);if(C.length!==0){if(C.length===1)return C[0];throw new t("expected a single document in the stream, but found more")}}return No.loadAll=gu,No.load=hu,No}var ec={},Dh;function Jw(){if(Dh)return ec;Dh=1;let e=ti(),t=ni(),r=tc(),o=Object.prototype.toString,n=Object.prototype.hasOwnProperty,i=65279,a=9,s=10,c=13,u=32,l=33,f=34,p=35,g=37,v=38,h=39,_=42,k=44,y=45,A=58,q=61,X=62,J=63,fe=64,Q=91,ne=93,E=96,ve=123,ke=124,xe=125,P={};P[0]="\\0",P[7]="\\a",P[8]="\\b",P[9]="\\t",P[10]="\\n",P[11]="\\v",P[12]="\\f",P[13]="\\r",P[27]="\\e",P[34]='\\"',P[92]="\\\\",P[133]="\\N",P[160]="\\_",P[8232]="\\L",P[8233]="\\P";let R=["y","Y","yes","Yes","YES","on","On","ON","n","N","no","No","NO","off","Off","OFF"],L=/^[-+]?[0-9_]+(?::[0-9_]+)+(?:\.[0-9_]*)?$/;function $e(m,I){if(I===null)return{};let S={},F=Object.keys(I);for(let Z=0,B=F.length;Z<B;Z+=1){let N=F[Z],K=String(I[N]);N.slice(0,2)==="!!"&&(N="tag:yaml.org,2002:"+N.slice(2));let Y=m.compiledTypeMap.fallback[N];Y&&n.call(Y.styleAliases,K)&&(K=Y.styleAliases[K]),S[N]=K}return S}function Ce(m){let I,S,F=m.toString(16).toUpperCase();if(m<=255)I="x",S=2;else if(m<=65535)I="u",S=4;else if(m<=4294967295)I="U",S=8;else throw new t("code point within a string may not be greater than 0xFFFFFFFF");return"\\"+I+e.repeat("0",S-F.length)+F}let Ge=1,De=2;function jt(m){this.schema=m.schema||r,this.indent=Math.max(1,m.indent||2),this.noArrayIndent=m.noArrayIndent||!1,this.skipInvalid=m.skipInvalid||!1,this.flowLevel=e.isNothing(m.flowLevel)?-1:m.flowLevel,this.styleMap=$e(this.schema,m.styles||null),this.sortKeys=m.sortKeys||!1,this.lineWidth=m.lineWidth||80,this.noRefs=m.noRefs||!1,this.noCompatMode=m.noCompatMode||!1,this.condenseFlow=m.condenseFlow||!1,this.quotingType=m.quotingType==='"'?De:Ge,this.forceQuotes=m.forceQuotes||!1,this.replacer=typeof m.replacer=="function"?m.replacer:null,this.implicitTypes=this.schema.compiledImplicit,this.explicitTypes=this.schema.compiledExplicit,this.tag=null,this.result="",this.duplicates=[],this.usedDuplicates=null}function Et(m,I){let S=e.repeat(" ",I),F=0,Z="",B=m.length;for(;F<B;){let N,K=m.indexOf(`
`,F);K===-1?(N=m.slice(F),F=B):(N=m.slice(F,K+1),F=K+1),N.length&&N!==`
`&&(Z+=S),Z+=N}return Z}function ct(m,I){return`
`+e.repeat(" ",m.indent*I)}function $t(m,I){for(let S=0,F=m.implicitTypes.length;S<F;S+=1)if(m.implicitTypes[S].resolve(I))return!0;return!1}function re(m){return m===u||m===a}function wt(m){return m>=32&&m<=126||m>=161&&m<=55295&&m!==8232&&m!==8233||m>=57344&&m<=65533&&m!==i||m>=65536&&m<=1114111}function Tn(m){return wt(m)&&m!==i&&m!==c&&m!==s}function G(m,I,S){let F=Tn(m),Z=F&&!re(m);return(S?F:F&&m!==k&&m!==Q&&m!==ne&&m!==ve&&m!==xe)&&m!==p&&!(I===A&&!Z)||Tn(I)&&!re(I)&&m===p||I===A&&Z}function Ae(m){return wt(m)&&m!==i&&!re(m)&&m!==y&&m!==J&&m!==A&&m!==k&&m!==Q&&m!==ne&&m!==ve&&m!==xe&&m!==p&&m!==v&&m!==_&&m!==l&&m!==ke&&m!==q&&m!==X&&m!==h&&m!==f&&m!==g&&m!==fe&&m!==E}function M(m){return!re(m)&&m!==A}function ue(m,I){let S=m.charCodeAt(I),F;return S>=55296&&S<=56319&&I+1<m.length&&(F=m.charCodeAt(I+1),F>=56320&&F<=57343)?(S-55296)*1024+F-56320+65536:S}function _e(m){return/^\n* /.test(m)}let Ue=1,Ie=2,Qe=3,It=4,et=5;function yo(m,I,S,F,Z,B,N,K){let Y,ie=0,ae=null,pe=!1,be=!1,sn=F!==-1,Xr=-1,Yr=Ae(ue(m,0))&&M(ue(m,m.length-1));if(I||N)for(Y=0;Y<m.length;ie>=65536?Y+=2:Y++){if(ie=ue(m,Y),!wt(ie))return et;Yr=Yr&&G(ie,ae,K),ae=ie}else{for(Y=0;Y<m.length;ie>=65536?Y+=2:Y++){if(ie=ue(m,Y),ie===s)pe=!0,sn&&(be=be||Y-Xr-1>F&&m[Xr+1]!==" ",Xr=Y);else if(!wt(ie))return et;Yr=Yr&&G(ie,ae,K),ae=ie}be=be||sn&&Y-Xr-1>F&&m[Xr+1]!==" "}return!pe&&!be?Yr&&!N&&!Z(m)?Ue:B===De?et:Ie:S>9&&_e(m)?et:N?B===De?et:Ie:be?It:Qe}function $o(m,I,S,F,Z){m.dump=(function(){if(I.length===0)return m.quotingType===De?'""':"''";if(!m.noCompatMode&&(R.indexOf(I)!==-1||L.test(I)))return m.quotingType===De?'"'+I+'"':"'"+I+"'";let B=m.indent*Math.max(1,S),N=m.lineWidth===-1?-1:Math.max(Math.min(m.lineWidth,40),m.lineWidth-B),K=F||m.flowLevel>-1&&S>=m.flowLevel;function Y(ie){return $t(m,ie)}switch(yo(I,K,m.indent,N,Y,m.quotingType,m.forceQuotes&&!F,Z)){case Ue:return I;case Ie:return"'"+I.replace(/'/g,"''")+"'";case Qe:return"|"+wo(I,m.indent)+ko(Et(I,B));case It:return">"+wo(I,m.indent)+ko(Et(pu(I,N),B));case et:return'"'+an(I)+'"';default:throw new t("impossible error: invalid scalar style")}})()}function wo(m,I){let S=_e(m)?String(I):"",F=m[m.length-1]===`
`,B=F&&(m[m.length-2]===`
`||m===`
`)?"+":F?"":"-";return S+B+`
`}function ko(m){return m[m.length-1]===`
`?m.slice(0,-1):m}function pu(m,I){let S=/(\n+)([^\n]*)/g,F=(function(){let K=m.indexOf(`
`);return K=K!==-1?K:m.length,S.lastIndex=K,xo(m.slice(0,K),I)})(),Z=m[0]===`
`||m[0]===" ",B,N;for(;N=S.exec(m);){let K=N[1],Y=N[2];B=Y[0]===" ",F+=K+(!Z&&!B&&Y!==""?`
`:"")+xo(Y,I),Z=B}return F}function xo(m,I){if(m===""||m[0]===" ")return m;let S=/ [^ ]/g,F,Z=0,B,N=0,K=0,Y="";for(;F=S.exec(m);)K=F.index,K-Z>I&&(B=N>Z?N:K,Y+=`
`+m.slice(Z,B),Z=B+1),N=K;return Y+=`
`,m.length-Z>I&&N>Z?Y+=m.slice(Z,N)+`
`+m.slice(N+1):Y+=m.slice(Z),Y.slice(1)}function an(m){let I="",S=0;for(let F=0;F<m.length;S>=65536?F+=2:F++){S=ue(m,F);let Z=P[S];!Z&&wt(S)?(I+=m[F],S>=65536&&(I+=m[F+1])):I+=Z||Ce(S)}return I}function mu(m,I,S){let F="",Z=m.tag;for(let B=0,N=S.length;B<N;B+=1){let K=S[B];m.replacer&&(K=m.replacer.call(S,String(B),K)),(w(m,I,K,!1,!1)||typeof K>"u"&&w(m,I,null,!1,!1))&&(F!==""&&(F+=","+(m.condenseFlow?"":" ")),F+=m.dump)}m.tag=Z,m.dump="["+F+"]"}function Jr(m,I,S,F){let Z="",B=m.tag;for(let N=0,K=S.length;N<K;N+=1){let Y=S[N];m.replacer&&(Y=m.replacer.call(S,String(N),Y)),(w(m,I+1,Y,!0,!0,!1,!0)||typeof Y>"u"&&w(m,I+1,null,!0,!0,!1,!0))&&((!F||Z!=="")&&(Z+=ct(m,I)),m.dump&&s===m.dump.charCodeAt(0)?Z+="-":Z+="- ",Z+=m.dump)}m.tag=B,m.dump=Z||"[]"}function gu(m,I,S){let F="",Z=m.tag,B=Object.keys(S);for(let N=0,K=B.length;N<K;N+=1){let Y="";F!==""&&(Y+=", "),m.condenseFlow&&(Y+='"');let ie=B[N],ae=S[ie];m.replacer&&(ae=m.replacer.call(S,ie,ae)),w(m,I,ie,!1,!1)&&(m.dump.length>1024&&(Y+="? "),Y+=m.dump+(m.condenseFlow?'"':"")+":"+(m.condenseFlow?"":" "),w(m,I,ae,!1,!1)&&(Y+=m.dump,F+=Y))}m.tag=Z,m.dump="{"+F+"}"}function hu(m,I,S,F){let Z="",B=m.tag,N=Object.keys(S);if(m.sortKeys===!0)N.sort();else if(typeof m.sortKeys=="function")N.sort(m.sortKeys);else if(m.sortKeys)throw new t("sortKeys must be a boolean or a function");for(let K=0,Y=N.length;K<Y;K+=1){let ie="";(!F||Z!=="")&&(ie+=ct(m,I));let ae=N[K],pe=S[ae];if(m.replacer&&(pe=m.replacer.call(S,ae,pe)),!w(m,I+1,ae,!0,!0,!0))continue;let be=m.tag!==null&&m.tag!=="?"||m.dump&&m.dump.length>1024;be&&(m.dump&&s===m.dump.charCodeAt(0)?ie+="?":ie+="? "),ie+=m.dump,be&&(ie+=ct(m,I)),w(m,I+1,pe,!0,be)&&(m.dump&&s===m.dump.charCodeAt(0)?ie+=":":ie+=": ",ie+=m.dump,Z+=ie)}m.tag=B,m.dump=Z||"{}"}function d(m,I,S){let F=S?m.explicitTypes:m.implicitTypes;for(let Z=0,B=F.length;Z<B;Z+=1){let N=F[Z];if((N.instanceOf||N.predicate)&&(!N.instanceOf||typeof I=="object"&&I instanceof N.instanceOf)&&(!N.predicate||N.predicate(I))){if(S?N.multi&&N.representName?m.tag=N.representName(I):m.tag=N.tag:m.tag="?",N.represent){let K=m.styleMap[N.tag]||N.defaultStyle,Y;if(o.call(N.represent)==="[object Function]")Y=N.represent(I,K);else if(n.call(N.represent,K))Y=N.represent[K](I,K);else throw new t("!<"+N.tag+'> tag resolver accepts not "'+K+'" style');m.dump=Y}return!0}}return!1}function w(m,I,S,F,Z,B,N){m.tag=null,m.dump=S,d(m,S,!1)||d(m,S,!0);let K=o.call(m.dump),Y=F;F&&(F=m.flowLevel<0||m.flowLevel>I);let ie=K==="[object Object]"||K==="[object Array]",ae,pe;if(ie&&(ae=m.duplicates.indexOf(S),pe=ae!==-1),(m.tag!==null&&m.tag!=="?"||pe||m.indent!==2&&I>0)&&(Z=!1),pe&&m.usedDuplicates[ae])m.dump="*ref_"+ae;else{if(ie&&pe&&!m.usedDuplicates[ae]&&(m.usedDuplicates[ae]=!0),K==="[object Object]")F&&Object.keys(m.dump).length!==0?(hu(m,I,m.dump,Z),pe&&(m.dump="&ref_"+ae+m.dump)):(gu(m,I,m.dump),pe&&(m.dump="&ref_"+ae+" "+m.dump));else if(K==="[object Array]")F&&m.dump.length!==0?(m.noArrayIndent&&!N&&I>0?Jr(m,I-1,m.dump,Z):Jr(m,I,m.dump,Z),pe&&(m.dump="&ref_"+ae+m.dump)):(mu(m,I,m.dump),pe&&(m.dump="&ref_"+ae+" "+m.dump));else if(K==="[object String]")m.tag!=="?"&&$o(m,m.dump,I,B,Y);else{if(K==="[object Undefined]")return!1;if(m.skipInvalid)return!1;throw new t("unacceptable kind of an object to dump "+K)}if(m.tag!==null&&m.tag!=="?"){let be=encodeURI(m.tag[0]==="!"?m.tag.slice(1):m.tag).replace(/!/g,"%21");m.tag[0]==="!"?be="!"+be:be.slice(0,18)==="tag:yaml.org,2002:"?be="!!"+be.slice(18):be="!<"+be+">",m.dump=be+" "+m.dump}}return!0}function C(m,I){let S=[],F=[];U(m,S,F);let Z=F.length;for(let B=0;B<Z;B+=1)I.duplicates.push(S[F[B]]);I.usedDuplicates=new Array(Z)}function U(m,I,S){if(m!==null&&typeof m=="object"){let F=I.indexOf(m);if(F!==-1)S.indexOf(F)===-1&&S.push(F);else if(I.push(m),Array.isArray(m))for(let Z=0,B=m.length;Z<B;Z+=1)U(m[Z],I,S);else{let Z=Object.keys(m);for(let B=0,N=Z.length;B<N;B+=1)U(m[Z[B]],I,S)}}}function T(m,I){I=I||{};let S=new jt(I);S.noRefs||C(m,S);let F=m;return S.replacer&&(F=S.replacer.call({"":F},"",F)),w(S,0,F,!0,!0)?S.dump+`
`:""}return ec.dump=T,ec}var zh;function Xw(){if(zh)return Xe;zh=1;let e=Ww(),t=Jw();function r(o,n){return function(){throw new Error("Function yaml."+o+" is removed in js-yaml 4. Use yaml."+n+" instead, which is now safe by default.")}}return Xe.Type=nt(),Xe.Schema=Nh(),Xe.FAILSAFE_SCHEMA=Fh(),Xe.JSON_SCHEMA=Bh(),Xe.CORE_SCHEMA=Vh(),Xe.DEFAULT_SCHEMA=tc(),Xe.load=e.load,Xe.loadAll=e.loadAll,Xe.dump=t.dump,Xe.YAMLException=ni(),Xe.types={binary:Hh(),float:qh(),map:jh(),null:Lh(),pairs:Jh(),set:Xh(),timestamp:Gh(),bool:Mh(),int:Zh(),merge:Kh(),omap:Wh(),seq:Uh(),str:Ch()},Xe.safeLoad=r("safeLoad","load"),Xe.safeLoadAll=r("safeLoadAll","loadAll"),Xe.safeDump=r("safeDump","dump"),Xe}var Yw=Xw(),Xt=Kw(Yw),{Type:KR,Schema:HR,FAILSAFE_SCHEMA:WR,JSON_SCHEMA:JR,CORE_SCHEMA:XR,DEFAULT_SCHEMA:YR,load:QR,loadAll:eE,dump:tE,YAMLException:nE,types:rE,safeLoad:iE,safeLoadAll:oE,safeDump:aE}=Xt;var zn=8*1024*1024,ri=1e5,Co=1e4,ir=100;function Yh(e,t){let r=Qw(e);if(r>zn)throw new H(`file is ${r} bytes, over the ${zn}-byte limit`,{file:t},"split it into several manifests (genspend accepts globs)");if(e.includes("\0")||e.includes("\uFFFD"))throw new H("file is binary, not YAML text",{file:t},"point genspend at a UTF-8 YAML manifest");if(e.trim()===""||/^(\s*#.*\n?)*\s*$/.test(e))throw new H("file is empty",{file:t},"add `version: 1` and a `workloads:` list (see examples/genspend.yml)")}function Qw(e){if(!/[^\x00-\x7f]/.test(e))return e.length;let t=0;for(let r=0;r<e.length;r++){let o=e.charCodeAt(r);o<128?t+=1:o<2048?t+=2:o>=55296&&o<=56319?(t+=4,r++):t+=3}return t}var ek=/^(?:~|null|Null|NULL)?$/,tk=/^(?:true|True|TRUE|false|False|FALSE)$/,nk=/^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$/,rk=/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/,Qh=/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,ik=/^-?[0-9]{1,15}$/;function ok(e){return ik.test(e)?new dt(Number(e)):new dt(/^0[ox]/.test(e)?BigInt(e).toString():e.replace(/^\+/,""))}function ak(e){return/nan/i.test(e)?NaN:e.startsWith("-")?-1/0:1/0}var Uo=(e,t,r)=>new Xt.Type(`tag:yaml.org,2002:${e}`,{kind:"scalar",resolve:o=>typeof o=="string"&&t.test(o),construct:r}),sk=e=>["scalar","sequence","mapping"].map(t=>new Xt.Type("",{kind:t,multi:!0,resolve:(r,o)=>e(o??"")}));function ev(e,t){let r=o=>e?ok(o):Number(o.replace(/^\+/,""));return Xt.FAILSAFE_SCHEMA.extend({implicit:[Uo("null",ek,()=>null),Uo("bool",tk,o=>o.toLowerCase()==="true"),Uo("int",nk,r),Uo("float",new RegExp(`${rk.source}|${Qh.source}`),o=>Qh.test(o)?ak(o):r(o)),new Xt.Type("tag:yaml.org,2002:merge",{kind:"scalar",resolve:o=>o==="<<"})],explicit:sk(t)})}var tv=/[ \t]*\*([^\s,[\]{}]+)/y,nv=/(?:\s|#[^\n]*(?![^\n]))*:/y,uk="tag:yaml.org,2002:merge",nc=/[ \t]*/y;function jo(e,t,r={}){Yh(e,t);let o=k=>({file:t,line:k}),n=[],i=new WeakMap,a=new WeakMap,s=new WeakMap,c=0,u=0,l=0,f=0,p,g=k=>{throw new H(`unsupported tag \`${k.replace(/^tag:yaml\.org,2002:/,"!!")}\``,o((p?.line??0)+1),"remove the tag: a manifest holds only text, numbers, true/false, lists and mappings")},v=k=>{let y=k.line+1;if(k.depth>ir+1)throw rv(o(y));let A=n.at(-1);if(A){for(;A.children.length>0&&A.children.at(-1).position>=k.position;)A.children.pop();A.children.length===0&&A.anchor===void 0&&(A.anchor=k.anchor)}else{if(l++>0)throw dk(k.input,f,k.position,t);if(k.version!==null&&k.version!=="1.2")throw fk(k.version,k.input,k.position,t)}tv.lastIndex=k.position;let q=tv.exec(k.input)?.[1];if(q!==void 0&&n.some(X=>X.anchor===q))throw new H(`alias \`*${q}\` is inside the value it names`,o(y),"an alias cannot repeat its own parent");if(q!==void 0&&!Object.prototype.hasOwnProperty.call(k.anchorMap,q))throw new H(`undefined alias \`*${q}\``,o(y),`define the anchor \`&${q}\` on a value before this alias, or write the value out`);n.push({line:y,position:k.position,children:[],merging:!1})},h=k=>{let y=n.pop(),A=k.result,q=k.kind==="mapping"||k.kind==="sequence",X=k.kind===null&&A!==null&&y.children.length===0,J=1;if(X){if(J=typeof A=="object"&&a.get(A)||1,c+=J,c>ri||++u>Co)throw new H(c>ri?`aliases expand to more than ${ri.toLocaleString("en-US")} values`:`more than ${Co.toLocaleString("en-US")} aliases`,o(y.line),"write the values out instead of nesting aliases")}else if(q){if(k.depth>ir)throw rv(o(y.line));for(let ke of y.children)J+=ke.size;a.has(A)||(a.set(A,J),i.set(A,lk(A,y.children)),r.ranges&&k.kind==="mapping"&&s.set(A,ck(y.children)))}let fe=n.at(-1);if(!fe){f=k.position;return}nv.lastIndex=k.position;let Q=nv.test(k.input),ne=q&&y.children.length>0?y.children[0].line:y.line;if(Q&&A!==null&&typeof A=="object"&&(Array.isArray(A)||rc(A)))throw new H("a key is a list or mapping",o(ne),"keys are plain text: remove the `?` or the brackets around the key");if(fe.merging&&(fe.merging=!1,!(rc(A)||Array.isArray(A)&&A.every(rc))))throw new H("`<<` merges a mapping or a list of mappings into this one",o(ne),"merge an anchored mapping (`<<: *defaults`), or remove the `<<` key");let E=Q&&k.tag===uk;E&&(fe.merging=!0);let ve={value:A,line:ne,position:y.position,size:J,key:Q,merge:E};r.ranges&&k.kind==="scalar"&&(nc.lastIndex=y.position,nc.test(k.input),ve.range=[nc.lastIndex,k.position]),fe.children.push(ve)},_;try{_=Xt.load(e,{filename:t,schema:ev(r.exactNumbers??!0,g),maxDepth:ir+2,maxTotalMergeKeys:-1,listener(k,y){p=y,k==="open"?v(p):h(p)}})}catch(k){throw k instanceof Xt.YAMLException?new H(`invalid YAML: ${k.reason}`,o(k.mark.line+1),"fix the YAML syntax at that line"):k}return{value:_,lineOf(k){let y=_,A=1;for(let q of k){if(y===null||typeof y!="object")break;let X=i.get(y)?.get(Array.isArray(y)?q:String(q));if(X===void 0)break;A=X,y=y[q]}return A},rangeOf(k){let y=_;for(let A of k.slice(0,-1)){if(y===null||typeof y!="object")return;y=y[A]}return y!==null&&typeof y=="object"?s.get(y)?.get(String(k.at(-1))):void 0}}}function ck(e){let t=new Map;return e.forEach((r,o)=>{let n=e[o+1];r.key&&n&&!n.key&&n.range&&t.set(String(r.value),n.range)}),t}function lk(e,t){let r=new Map;if(Array.isArray(e))return t.length===e.length&&t.forEach((n,i)=>r.set(i,n.line)),r;let o;for(let n of t)n.key&&(n.merge?o??=n.line:r.set(String(n.value),n.line));if(o!==void 0)for(let n of Object.keys(e))r.has(n)||r.set(n,o);return r}function rc(e){if(e===null||typeof e!="object")return!1;let t=Object.getPrototypeOf(e);return t===Object.prototype||t===null}function rv(e){return new H(`nesting too deep (more than ${ir} levels)`,e,"a manifest nests four levels: a mapping, its `workloads` list, each workload, its values")}function iv(e,t){let r=1;for(let o=e.indexOf(`
`);o!==-1&&o<t;o=e.indexOf(`
`,o+1))r++;return r}function dk(e,t,r,o){let n=/^---/m.exec(e.slice(t,r));return new H("a second YAML document starts here",{file:o,line:iv(e,n?t+n.index:r)},"keep one document per manifest: remove the `---` line and what follows, or move it to a file of its own")}function fk(e,t,r,o){let n=/^%YAML/m.exec(t.slice(0,r));return new H(`\`%YAML ${e}\` directive: genspend reads YAML 1.2 only, whose numbers and booleans differ from YAML 1.1 (\`010\`, \`yes\`)`,{file:o,line:iv(t,n?n.index:0)},"remove the `%YAML` line (and check numbers with leading zeros and yes/no values)")}var x={};Kt(x,{$brand:()=>vc,$input:()=>qd,$output:()=>Zd,INVALID:()=>ot,NEVER:()=>hc,TimePrecision:()=>tf,ZodAny:()=>qp,ZodArray:()=>Kp,ZodBase64:()=>zs,ZodBase64URL:()=>Ns,ZodBigInt:()=>Zr,ZodBigIntFormat:()=>js,ZodBoolean:()=>Mr,ZodCIDRv4:()=>Os,ZodCIDRv6:()=>Ds,ZodCUID:()=>Is,ZodCUID2:()=>As,ZodCatch:()=>mm,ZodCodec:()=>Yi,ZodCompileAsyncError:()=>Nt,ZodCompileUnsupportedError:()=>ye,ZodCreditCard:()=>Np,ZodCustom:()=>Qi,ZodCustomStringFormat:()=>Xn,ZodDate:()=>Gi,ZodDefault:()=>um,ZodDiscriminatedUnion:()=>Wp,ZodE164:()=>Cs,ZodEmail:()=>ws,ZodEmoji:()=>xs,ZodEnum:()=>jr,ZodError:()=>TA,ZodExactOptional:()=>Zs,ZodFile:()=>im,ZodFirstPartyTypeKind:()=>Pm,ZodFunction:()=>_m,ZodGUID:()=>ks,ZodIBAN:()=>Cp,ZodIPv4:()=>Es,ZodIPv6:()=>Ts,ZodISODate:()=>In,ZodISODateTime:()=>_n,ZodISODuration:()=>Sn,ZodISOTime:()=>An,ZodInstanceOf:()=>Sm,ZodIntersection:()=>Jp,ZodIssueCode:()=>zA,ZodJWT:()=>Us,ZodKSUID:()=>Rs,ZodLazy:()=>wm,ZodLiteral:()=>rm,ZodMAC:()=>zp,ZodMap:()=>tm,ZodNaN:()=>hm,ZodNanoID:()=>_s,ZodNever:()=>Vp,ZodNonOptional:()=>qs,ZodNull:()=>Mp,ZodNullable:()=>sm,ZodNumber:()=>Lr,ZodNumberFormat:()=>Yn,ZodObject:()=>Hi,ZodOptional:()=>Ji,ZodPipe:()=>Xi,ZodPrefault:()=>lm,ZodPreprocess:()=>vm,ZodPromise:()=>xm,ZodReadonly:()=>bm,ZodRealError:()=>vt,ZodRecord:()=>Ur,ZodSet:()=>nm,ZodString:()=>Fr,ZodStringFormat:()=>Te,ZodSuccess:()=>pm,ZodSymbol:()=>Fp,ZodTemplateLiteral:()=>$m,ZodTransform:()=>om,ZodTuple:()=>Yp,ZodType:()=>me,ZodULID:()=>Ss,ZodURL:()=>Vi,ZodUUID:()=>Vt,ZodUndefined:()=>Lp,ZodUnion:()=>Wi,ZodUnknown:()=>Bp,ZodVoid:()=>Gp,ZodXID:()=>Ps,ZodXor:()=>Hp,_ZodString:()=>$s,_default:()=>cm,_function:()=>jy,any:()=>gy,array:()=>Ki,base64:()=>Wb,base64url:()=>Jb,bigint:()=>ly,boolean:()=>jp,catch:()=>gm,check:()=>Fy,cidrv4:()=>Kb,cidrv6:()=>Hb,clone:()=>Pe,codec:()=>zy,coerce:()=>Em,compile:()=>Kd,config:()=>Fe,core:()=>nn,creditCard:()=>Yb,cuid:()=>Fb,cuid2:()=>Lb,currencyCode:()=>iy,custom:()=>Ly,date:()=>vy,decode:()=>Sp,decodeAsync:()=>Rp,deepPartial:()=>Qy,describe:()=>My,discriminatedUnion:()=>xy,e164:()=>Xb,email:()=>Rb,emoji:()=>Ub,encode:()=>Ap,encodeAsync:()=>Pp,endsWith:()=>Ar,enum:()=>Ls,exactOptional:()=>am,file:()=>Ey,flattenError:()=>mi,float32:()=>ay,float64:()=>sy,formatError:()=>gi,fromJSONSchema:()=>Xy,function:()=>jy,getDiscriminatedOption:()=>hd,getErrorMap:()=>CA,globalRegistry:()=>We,gt:()=>qt,gte:()=>xt,guid:()=>Eb,hash:()=>oy,hex:()=>ry,hostname:()=>ny,httpUrl:()=>Cb,iban:()=>Qb,includes:()=>_r,input:()=>t1,instanceof:()=>qy,int:()=>bs,int32:()=>uy,int64:()=>dy,intersection:()=>Xp,invertCodec:()=>Ny,ipv4:()=>Bb,ipv6:()=>Gb,iso:()=>eo,json:()=>Vy,jwt:()=>ey,keyof:()=>by,ksuid:()=>qb,lazy:()=>km,length:()=>Gn,literal:()=>Ry,locales:()=>Ni,looseObject:()=>wy,looseRecord:()=>Iy,lowercase:()=>kr,lt:()=>Zt,lte:()=>kt,mac:()=>Vb,map:()=>Ay,maxLength:()=>Vn,maxSize:()=>$n,memoizer:()=>Di,meta:()=>Zy,mime:()=>Pr,minLength:()=>tn,minSize:()=>Bt,multipleOf:()=>yn,nan:()=>Dy,nanoid:()=>jb,nativeEnum:()=>Py,negative:()=>ss,never:()=>Fs,nonnegative:()=>cs,nonoptional:()=>fm,nonpositive:()=>us,normalize:()=>Rr,null:()=>Zp,nullable:()=>Bi,nullish:()=>Ty,number:()=>Up,object:()=>yy,optional:()=>Wn,output:()=>n1,overwrite:()=>Ct,parse:()=>kp,parseAsync:()=>xp,partialRecord:()=>_y,pipe:()=>ys,positive:()=>as,prefault:()=>dm,preprocess:()=>Gy,prettifyError:()=>kc,promise:()=>Uy,properties:()=>Sr,property:()=>ls,readonly:()=>ym,record:()=>em,refine:()=>Im,regex:()=>wr,regexes:()=>Rt,registry:()=>Na,safeDecode:()=>Tp,safeDecodeAsync:()=>Dp,safeEncode:()=>Ep,safeEncodeAsync:()=>Op,safeParse:()=>_p,safeParseAsync:()=>Ip,set:()=>Sy,setErrorMap:()=>NA,size:()=>Bn,slugify:()=>Dr,startsWith:()=>Ir,strictObject:()=>$y,string:()=>qi,stringFormat:()=>ty,stringbool:()=>By,success:()=>Oy,superRefine:()=>Am,symbol:()=>py,templateLiteral:()=>Cy,toJSONSchema:()=>ms,toLowerCase:()=>Tr,toUpperCase:()=>Or,toZod:()=>ii,transform:()=>Ms,treeifyError:()=>wc,trim:()=>Er,tuple:()=>Qp,uint32:()=>cy,uint64:()=>fy,ulid:()=>Mb,undefined:()=>my,union:()=>qr,unknown:()=>Hn,uppercase:()=>xr,url:()=>Nb,util:()=>O,uuid:()=>Tb,uuidv4:()=>Ob,uuidv6:()=>Db,uuidv7:()=>zb,validate:()=>hi,validateAsync:()=>vi,void:()=>hy,withParser:()=>Ca,xid:()=>Zb,xor:()=>ky});var nn={};Kt(nn,{$ZodAny:()=>sd,$ZodArray:()=>pd,$ZodAsyncError:()=>gt,$ZodBase64:()=>Wl,$ZodBase64URL:()=>Jl,$ZodBigInt:()=>wa,$ZodBigIntFormat:()=>rd,$ZodBoolean:()=>Si,$ZodCIDRv4:()=>Kl,$ZodCIDRv6:()=>Hl,$ZodCUID:()=>Nl,$ZodCUID2:()=>Cl,$ZodCatch:()=>Od,$ZodCheck:()=>Oe,$ZodCheckBigIntFormat:()=>ul,$ZodCheckEndsWith:()=>$l,$ZodCheckGreaterThan:()=>oa,$ZodCheckIncludes:()=>bl,$ZodCheckLengthEquals:()=>ml,$ZodCheckLessThan:()=>ia,$ZodCheckLowerCase:()=>hl,$ZodCheckMaxLength:()=>fl,$ZodCheckMaxSize:()=>cl,$ZodCheckMimeType:()=>xl,$ZodCheckMinLength:()=>pl,$ZodCheckMinSize:()=>ll,$ZodCheckMultipleOf:()=>al,$ZodCheckNumberFormat:()=>sl,$ZodCheckOverwrite:()=>_l,$ZodCheckProperties:()=>kl,$ZodCheckProperty:()=>wl,$ZodCheckRegex:()=>gl,$ZodCheckSizeEquals:()=>dl,$ZodCheckStartsWith:()=>yl,$ZodCheckStringFormat:()=>hr,$ZodCheckUpperCase:()=>vl,$ZodCodec:()=>Ri,$ZodCreditCard:()=>Yl,$ZodCustom:()=>Fd,$ZodCustomStringFormat:()=>td,$ZodCyclicError:()=>Pa,$ZodDate:()=>dd,$ZodDefault:()=>Pd,$ZodDiscriminatedUnion:()=>vd,$ZodE164:()=>Xl,$ZodEmail:()=>Rl,$ZodEmoji:()=>Dl,$ZodEncodeError:()=>vn,$ZodEnum:()=>kd,$ZodError:()=>$c,$ZodExactOptional:()=>Ad,$ZodFile:()=>_d,$ZodFunction:()=>Ud,$ZodGUID:()=>Sl,$ZodIBAN:()=>Ql,$ZodIPv4:()=>Bl,$ZodIPv6:()=>Vl,$ZodISODate:()=>Ml,$ZodISODateTime:()=>Ll,$ZodISODuration:()=>ql,$ZodISOTime:()=>Zl,$ZodIntersection:()=>bd,$ZodJWT:()=>ed,$ZodKSUID:()=>Fl,$ZodLazy:()=>Ei,$ZodLiteral:()=>xd,$ZodMAC:()=>Gl,$ZodMap:()=>$d,$ZodNaN:()=>Dd,$ZodNanoID:()=>zl,$ZodNever:()=>cd,$ZodNonOptional:()=>Ed,$ZodNull:()=>ad,$ZodNullable:()=>Sd,$ZodNumber:()=>$a,$ZodNumberFormat:()=>nd,$ZodObject:()=>Fv,$ZodObjectJIT:()=>md,$ZodOptional:()=>xa,$ZodPipe:()=>_a,$ZodPrefault:()=>Rd,$ZodPreprocess:()=>zd,$ZodPromise:()=>jd,$ZodReadonly:()=>Nd,$ZodRealError:()=>ht,$ZodRecord:()=>yd,$ZodRegistry:()=>za,$ZodSet:()=>wd,$ZodString:()=>Ln,$ZodStringFormat:()=>Re,$ZodSuccess:()=>Td,$ZodSymbol:()=>id,$ZodTemplateLiteral:()=>Cd,$ZodTransform:()=>Id,$ZodTuple:()=>ka,$ZodType:()=>de,$ZodULID:()=>Ul,$ZodURL:()=>Ol,$ZodUUID:()=>Pl,$ZodUndefined:()=>od,$ZodUnion:()=>Pi,$ZodUnknown:()=>ud,$ZodVoid:()=>ld,$ZodXID:()=>jl,$ZodXor:()=>gd,$brand:()=>vc,$constructor:()=>b,$input:()=>qd,$output:()=>Zd,Doc:()=>Fn,INVALID:()=>ot,JSONSchema:()=>Ab,JSONSchemaGenerator:()=>gs,NEVER:()=>hc,TimePrecision:()=>tf,URL_BAD_FORMAT:()=>El,URL_UNPARSEABLE:()=>ki,ZodCompileAsyncError:()=>Nt,ZodCompileUnsupportedError:()=>ye,_any:()=>yf,_array:()=>Af,_base64:()=>ns,_base64url:()=>rs,_bigint:()=>ff,_boolean:()=>lf,_catch:()=>yA,_check:()=>lb,_cidrv4:()=>es,_cidrv6:()=>ts,_coercedBigint:()=>pf,_coercedBoolean:()=>df,_coercedDate:()=>_f,_coercedNumber:()=>rf,_coercedString:()=>Xd,_creditCard:()=>Qd,_cuid:()=>Ka,_cuid2:()=>Ha,_custom:()=>Pf,_date:()=>xf,_decode:()=>Ko,_decodeAsync:()=>Wo,_default:()=>hA,_discriminatedUnion:()=>iA,_e164:()=>is,_email:()=>Fa,_emoji:()=>Va,_encode:()=>Go,_encodeAsync:()=>Ho,_endsWith:()=>Ar,_enum:()=>lA,_file:()=>Sf,_float32:()=>af,_float64:()=>sf,_gt:()=>qt,_gte:()=>xt,_guid:()=>La,_iban:()=>ef,_includes:()=>_r,_int:()=>of,_int32:()=>uf,_int64:()=>mf,_intersection:()=>oA,_ipv4:()=>Ya,_ipv6:()=>Qa,_isoDate:()=>ji,_isoDateTime:()=>Ui,_isoDuration:()=>Li,_isoTime:()=>Fi,_jwt:()=>os,_ksuid:()=>Xa,_lazy:()=>xA,_length:()=>Gn,_literal:()=>fA,_lowercase:()=>kr,_lt:()=>Zt,_lte:()=>kt,_mac:()=>Yd,_map:()=>uA,_max:()=>kt,_maxLength:()=>Vn,_maxSize:()=>$n,_mime:()=>Pr,_min:()=>xt,_minLength:()=>tn,_minSize:()=>Bt,_multipleOf:()=>yn,_nan:()=>If,_nanoid:()=>Ga,_nativeEnum:()=>dA,_negative:()=>ss,_never:()=>wf,_nonnegative:()=>cs,_nonoptional:()=>vA,_nonpositive:()=>us,_normalize:()=>Rr,_null:()=>bf,_nullable:()=>gA,_number:()=>nf,_optional:()=>mA,_overwrite:()=>Ct,_parse:()=>fr,_parseAsync:()=>pr,_pipe:()=>$A,_positive:()=>as,_promise:()=>_A,_properties:()=>Sr,_property:()=>ls,_readonly:()=>wA,_record:()=>sA,_refine:()=>Rf,_regex:()=>wr,_safeDecode:()=>Xo,_safeDecodeAsync:()=>Qo,_safeEncode:()=>Jo,_safeEncodeAsync:()=>Yo,_safeParse:()=>mr,_safeParseAsync:()=>gr,_set:()=>cA,_size:()=>Bn,_slugify:()=>Dr,_startsWith:()=>Ir,_string:()=>Jd,_stringFormat:()=>Kn,_stringbool:()=>Df,_success:()=>bA,_superRefine:()=>Ef,_symbol:()=>hf,_templateLiteral:()=>kA,_toLowerCase:()=>Tr,_toUpperCase:()=>Or,_transform:()=>pA,_trim:()=>Er,_tuple:()=>aA,_uint32:()=>cf,_uint64:()=>gf,_ulid:()=>Wa,_undefined:()=>vf,_union:()=>nA,_unknown:()=>$f,_uppercase:()=>xr,_url:()=>Ci,_uuid:()=>Ma,_uuidv4:()=>Za,_uuidv6:()=>qa,_uuidv7:()=>Ba,_void:()=>kf,_xid:()=>Ja,_xor:()=>rA,base64Charset:()=>ga,base64urlCharset:()=>Ai,canParseURL:()=>Tl,clone:()=>Pe,compile:()=>Kd,compileFn:()=>Ua,config:()=>Fe,createStandardJSONSchemaMethod:()=>zr,createToJSONSchemaMethod:()=>Nf,decode:()=>rx,decodeAsync:()=>ox,describe:()=>Tf,encode:()=>nx,encodeAsync:()=>ix,extractDefs:()=>kn,finalize:()=>xn,flattenError:()=>mi,formatError:()=>gi,getDiscriminatedOption:()=>hd,globalConfig:()=>Ve,globalRegistry:()=>We,handleUnrepresentable:()=>Ze,initializeContext:()=>wn,isBackEdge:()=>Ea,isRecursiveSchema:()=>Ra,isValidBase64:()=>Ii,isValidBase64URL:()=>ha,isValidCIDRv6:()=>ma,isValidCreditCard:()=>va,isValidIBAN:()=>ba,isValidIPv6:()=>_i,isValidJWT:()=>ya,locales:()=>Ni,memoizer:()=>Di,mergeValues:()=>vr,meta:()=>Of,parse:()=>Bo,parseAsync:()=>Vo,parseURLObject:()=>Cv,prettifyError:()=>kc,process:()=>Ee,processSchema:()=>Ee,regexes:()=>Rt,registry:()=>Na,safeDecode:()=>sx,safeDecodeAsync:()=>cx,safeEncode:()=>ax,safeEncodeAsync:()=>ux,safeParse:()=>Xk,safeParseAsync:()=>Yk,standardProps:()=>la,stripTabAndNewline:()=>xi,toDotPath:()=>gv,toJSONSchema:()=>ms,toZod:()=>ii,treeifyError:()=>wc,urlHostnameOk:()=>fa,urlProtocolOk:()=>pa,util:()=>O,validate:()=>hi,validateAsync:()=>vi,validateURL:()=>da,version:()=>Il,withParser:()=>Ca});var O={};Kt(O,{BIGINT_FORMAT_RANGES:()=>ci,CONSTANT_CATCH:()=>Zo,Class:()=>ac,NUMBER_FORMAT_RANGES:()=>ui,aborted:()=>it,allowsEval:()=>cc,assert:()=>vk,assertEqual:()=>pk,assertIs:()=>gk,assertNever:()=>hk,assertNotEqual:()=>mk,assignProp:()=>He,attachSchema:()=>li,base64ToUint8Array:()=>cv,base64urlToUint8Array:()=>Ck,cached:()=>ur,captureStackTrace:()=>Lo,cleanEnum:()=>Nk,cleanRegex:()=>Qt,clone:()=>Pe,cloneDef:()=>$k,codePointLength:()=>Un,constantCatch:()=>mc,createTransparentProxy:()=>Ak,defineLazy:()=>sc,defineLazyInternal:()=>ge,derived:()=>Lk,esc:()=>rt,escapeRegex:()=>Pt,explicitlyAborted:()=>fc,extend:()=>Rk,finalizeIssue:()=>mt,floatSafeRemainder:()=>oi,getElementAtPath:()=>wk,getEnumValues:()=>ar,getLengthableOrigin:()=>fi,getParsedType:()=>Ik,getSizableOrigin:()=>di,hexToUint8Array:()=>jk,hide:()=>pi,installLazyProp:()=>Bk,isObject:()=>Cn,isPlainObject:()=>St,issue:()=>dr,joinValues:()=>$,jsonStringifyReplacer:()=>sr,members:()=>pc,merge:()=>Tk,mergeDefs:()=>zt,normalizeParams:()=>V,nullish:()=>Fo,numKeys:()=>_k,objectClone:()=>bk,omit:()=>Pk,optionalKeys:()=>dc,own:()=>hn,parsedType:()=>z,partial:()=>Ok,pick:()=>Sk,prefixIssues:()=>pt,primitiveTypes:()=>lc,promiseAllObject:()=>kk,propertyKeyTypes:()=>si,randomString:()=>xk,rawShape:()=>cr,required:()=>Dk,safeExtend:()=>Ek,shallowClone:()=>ai,sizeCaps:()=>lr,slugify:()=>uc,stringifyPrimitive:()=>D,toZod:()=>ii,uint8ArrayToBase64:()=>lv,uint8ArrayToBase64url:()=>Uk,uint8ArrayToHex:()=>Fk,unwrapMessage:()=>or});function pk(e){return e}function mk(e){return e}function ii(){return e=>e}function gk(e){}function hk(e){throw new Error("Unexpected value in exhaustive check")}function vk(e){}function ar(e){let t=Object.values(e).filter(o=>typeof o=="number");return Object.entries(e).filter(([o,n])=>t.indexOf(+o)===-1).map(([o,n])=>n)}function $(e,t="|"){return e.map(r=>D(r)).join(t)}function sr(e,t){return typeof t=="bigint"?t.toString():t}var oc=class{constructor(t){this._getter=t,this._value=void 0}get value(){let t=this._getter;return t!==void 0&&(this._value=t(),this._getter=void 0),this._value}};function ur(e){return new oc(e)}function Fo(e){return e==null}function Qt(e){let t=e.startsWith("^")?1:0,r=e.endsWith("$")?e.length-1:e.length;return e.slice(t,r)}function oi(e,t){let r=e/t,o=Math.round(r),n=4*Number.EPSILON*Math.max(Math.abs(r),1);return Math.abs(r-o)<n?0:r-o}var ov=Symbol("evaluating");function sc(e,t,r){let o;Object.defineProperty(e,t,{get(){if(o!==ov)return o===void 0&&(o=ov,o=r()),o},set(n){Object.defineProperty(e,t,{value:n})},configurable:!0})}function bk(e){return Object.create(Object.getPrototypeOf(e),Object.getOwnPropertyDescriptors(e))}function He(e,t,r){Object.defineProperty(e,t,{value:r,writable:!0,enumerable:!0,configurable:!0})}function cr(e){let t=Object.getOwnPropertyDescriptor(e,"shape");return t?.get?t.get.raw:t?.value}function Yt(e){return cr(e._zod.def)??e._zod.def.shape}function av(e,t,r){Object.defineProperty(e,t,{get(){let o=r();return He(this,t,o),o},enumerable:!0,configurable:!0})}function sv(e,t,r){t in e?He(e,t,r):e[t]=r}function Nn(e,t,r,o){let n=Yt(t);for(let i of r){let a=Object.getOwnPropertyDescriptor(n,i);a.enumerable&&(a.get?av(e,i,()=>{let s=t._zod.def.shape[i];return o?o(s,i):s}):sv(e,i,o?o(a.value,i):a.value))}}function yk(e,t){for(let r of Reflect.ownKeys(t)){let o=Object.getOwnPropertyDescriptor(t,r);o.enumerable&&(o.get?av(e,r,()=>t[r]):sv(e,r,o.value))}}function zt(...e){let t={};for(let r of e){let o=Object.getOwnPropertyDescriptors(r);Object.assign(t,o)}return Object.defineProperties({},t)}function $k(e){return zt(e._zod.def)}function wk(e,t){return t?t.reduce((r,o)=>r?.[o],e):e}function kk(e){let t=Object.keys(e),r=t.map(o=>e[o]);return Promise.all(r).then(o=>{let n={};for(let i=0;i<t.length;i++)n[t[i]]=o[i];return n})}function xk(e=10){let t="abcdefghijklmnopqrstuvwxyz",r="";for(let o=0;o<e;o++)r+=t[Math.floor(Math.random()*t.length)];return r}function rt(e){return JSON.stringify(e)}function uc(e){return e.toLowerCase().trim().replace(/[^\w\s-]/g,"").replace(/[\s_-]+/g,"-").replace(/^-+|-+$/g,"")}var Lo="captureStackTrace"in Error?Error.captureStackTrace:(...e)=>{};function Cn(e){return typeof e=="object"&&e!==null&&!Array.isArray(e)}var cc=ur(()=>{if(Ve.jitless||typeof navigator<"u"&&navigator?.userAgent?.includes("Cloudflare"))return!1;try{let e=Function;return new e(""),!0}catch{return!1}});function St(e){if(Cn(e)===!1)return!1;let t=e.constructor;if(t===void 0||typeof t!="function")return!0;let r=t.prototype;return!(Cn(r)===!1||Object.prototype.hasOwnProperty.call(r,"isPrototypeOf")===!1)}function ai(e){return St(e)?{...e}:Array.isArray(e)?[...e]:e instanceof Map?new Map(e):e instanceof Set?new Set(e):e}function _k(e){let t=0;for(let r in e)Object.prototype.hasOwnProperty.call(e,r)&&t++;return t}var Ik=e=>{let t=typeof e;switch(t){case"undefined":return"undefined";case"string":return"string";case"number":return Number.isNaN(e)?"nan":"number";case"boolean":return"boolean";case"function":return"function";case"bigint":return"bigint";case"symbol":return"symbol";case"object":return Array.isArray(e)?"array":e===null?"null":e.then&&typeof e.then=="function"&&e.catch&&typeof e.catch=="function"?"promise":typeof Map<"u"&&e instanceof Map?"map":typeof Set<"u"&&e instanceof Set?"set":typeof Date<"u"&&e instanceof Date?"date":typeof File<"u"&&e instanceof File?"file":"object";default:throw new Error(`Unknown data type: ${t}`)}},si=new Set(["string","number","symbol"]),lc=new Set(["string","number","bigint","boolean","symbol","undefined"]);function Pt(e){return e.replace(/[.*+?^${}()|[\]\\]/g,"\\$&")}function Pe(e,t,r){let o=new e._zod.constr(t??e._zod.def);return(!t||r?.parent)&&(o._zod.parent=e),o}function V(e){let t=e;if(!t)return{};if(typeof t=="string")return{error:()=>t};if(t?.message!==void 0){if(t?.error!==void 0)throw new Error("Cannot specify both `message` and `error` params");t.error=t.message}return delete t.message,typeof t.error=="string"?{...t,error:()=>t.error}:t}function Ak(e){let t;return new Proxy({},{get(r,o,n){return t??(t=e()),Reflect.get(t,o,n)},set(r,o,n,i){return t??(t=e()),Reflect.set(t,o,n,i)},has(r,o){return t??(t=e()),Reflect.has(t,o)},deleteProperty(r,o){return t??(t=e()),Reflect.deleteProperty(t,o)},ownKeys(r){return t??(t=e()),Reflect.ownKeys(t)},getOwnPropertyDescriptor(r,o){return t??(t=e()),Reflect.getOwnPropertyDescriptor(t,o)},defineProperty(r,o,n){return t??(t=e()),Reflect.defineProperty(t,o,n)}})}function D(e){return typeof e=="bigint"?e.toString()+"n":typeof e=="string"?`"${e}"`:`${e}`}function dc(e){return Object.keys(e).filter(t=>e[t]._zod.optin!==void 0&&e[t]._zod.optout==="optional")}var ui={safeint:[Number.MIN_SAFE_INTEGER,Number.MAX_SAFE_INTEGER],int32:[-2147483648,2147483647],uint32:[0,4294967295],float32:[-34028234663852886e22,34028234663852886e22],float64:[-Number.MAX_VALUE,Number.MAX_VALUE]},ci={int64:[BigInt("-9223372036854775808"),BigInt("9223372036854775807")],uint64:[BigInt(0),BigInt("18446744073709551615")]};function Sk(e,t){let r=e._zod.def,o=r.checks;if(o&&o.length>0)throw new Error(".pick() cannot be used on object schemas containing refinements");let i={};return Nn(i,e,Mo(e,t)),Pe(e,zt(r,{shape:i,checks:[]}))}function Mo(e,t){let r=Yt(e),o=[];for(let n of Reflect.ownKeys(t)){if(!Object.getOwnPropertyDescriptor(r,n)?.enumerable)throw new Error(`Unrecognized key: "${String(n)}"`);t[n]&&o.push(n)}return o}function Pk(e,t){let r=e._zod.def,o=r.checks;if(o&&o.length>0)throw new Error(".omit() cannot be used on object schemas containing refinements");let i=new Set(Mo(e,t)),a={};return Nn(a,e,Reflect.ownKeys(Yt(e)).filter(s=>!i.has(s))),Pe(e,zt(r,{shape:a,checks:[]}))}function Rk(e,t){if(!St(t))throw new Error("Invalid input to extend: expected a plain object");let r=e._zod.def.checks;if(r&&r.length>0){let n=Yt(e);for(let i of Reflect.ownKeys(t))if(Object.getOwnPropertyDescriptor(n,i)!==void 0)throw new Error("Cannot overwrite keys on object schemas containing refinements. Use `.safeExtend()` instead.")}return Pe(e,zt(e._zod.def,{shape:uv(e,t)}))}function uv(e,t){let r={};return Nn(r,e,Reflect.ownKeys(Yt(e))),yk(r,t),r}function Ek(e,t){if(!St(t))throw new Error("Invalid input to safeExtend: expected a plain object");return Pe(e,zt(e._zod.def,{shape:uv(e,t)}))}function Tk(e,t){if(!t?._zod?.def)throw new Error("Invalid input to merge: expected an object schema. To merge a plain shape, use `.extend()`.");if(e._zod.def.checks?.length)throw new Error(".merge() cannot be used on object schemas containing refinements. Use .safeExtend() instead.");let r={};Nn(r,e,Reflect.ownKeys(Yt(e))),Nn(r,t,Reflect.ownKeys(Yt(t)));let o=zt(e._zod.def,{shape:r,get catchall(){return t._zod.def.catchall},checks:t._zod.def.checks??[]});return Pe(e,o)}function Ok(e,t,r,o="partial"){let i=t._zod.def.checks;if(i&&i.length>0)throw new Error(`.${o}() cannot be used on object schemas containing refinements`);let s=r?new Set(Mo(t,r)):void 0,c={};return Nn(c,t,Reflect.ownKeys(Yt(t)),e&&((u,l)=>s&&!s.has(l)?u:new e({type:"optional",innerType:u}))),Pe(t,zt(t._zod.def,{shape:c,checks:[]}))}function Dk(e,t,r){let o=r?new Set(Mo(t,r)):void 0,n={};return Nn(n,t,Reflect.ownKeys(Yt(t)),(i,a)=>o&&!o.has(a)?i:new e({type:"nonoptional",innerType:i})),Pe(t,zt(t._zod.def,{shape:n}))}function it(e,t=0){if(e.aborted===!0)return!0;for(let r=t;r<e.issues.length;r++)if(e.issues[r]?.continue!==!0)return!0;return!1}function fc(e,t=0){if(e.aborted===!0)return!0;for(let r=t;r<e.issues.length;r++)if(e.issues[r]?.continue===!1)return!0;return!1}function pt(e,t){return t.map(r=>{var o;return(o=r).path??(o.path=[]),r.path.unshift(e),r})}function or(e){return typeof e=="string"?e:e?.message}function lr(e){let t=[];for(let r of e??[]){let o=r._zod.def;if(!/_(length|size)$|_equals$/.test(o.check))break;let n=o.maximum??o.length??o.size;n>=0&&t.push([n,r])}return t}function li(e,t,r){var o;for(let n=t;n<e.length;n++)(o=e[n]).schema??(o.schema=r)}function mt(e,t,r){var o;let n=e.inst?._zod?.traits;n?.has("$ZodType")&&(n.has("$ZodCheck")?(o=e).schema??(o.schema=e.inst):e.schema=e.inst);let i=e.schema!==e.inst?e.schema?._zod.def?.error:void 0,a=e.message?e.message:or(e.inst?._zod.def?.error?.(e))??or(i?.(e))??or(t?.error?.(e))??or(r.customError?.(e))??or(r.localeError?.(e))??"Invalid input",s={};for(let c of Object.keys(e))c==="inst"||c==="schema"||c==="continue"||c==="input"||c==="__proto__"||(s[c]=e[c]);return s.path??(s.path=[]),s.message=a,t?.reportInput&&(s.input=e.input),s}function di(e){return e instanceof Set?"set":e instanceof Map?"map":e instanceof File?"file":"unknown"}var zk=/[\uD800-\uDBFF]/;function Un(e){let t=e.length;if(!zk.test(e))return t;let r=t;for(let o=0;o<t-1;o++)(e.charCodeAt(o)&64512)===55296&&(e.charCodeAt(o+1)&64512)===56320&&(r--,o++);return r}function fi(e){return Array.isArray(e)?"array":typeof e=="string"?"string":"unknown"}function z(e){let t=typeof e;switch(t){case"number":return Number.isNaN(e)?"nan":"number";case"object":{if(e===null)return"null";if(Array.isArray(e))return"array";let r=e;if(r&&Object.getPrototypeOf(r)!==Object.prototype&&"constructor"in r&&r.constructor)return r.constructor.name}}return t}function dr(...e){let[t,r,o]=e;return typeof t=="string"?{message:t,code:"custom",input:r,inst:o}:{...t}}function Nk(e){return Object.entries(e).filter(([t,r])=>Number.isNaN(Number.parseInt(t,10))).map(t=>t[1])}function cv(e){let t=atob(e),r=new Uint8Array(t.length);for(let o=0;o<t.length;o++)r[o]=t.charCodeAt(o);return r}function lv(e){let t="";for(let r=0;r<e.length;r++)t+=String.fromCharCode(e[r]);return btoa(t)}function Ck(e){let t=e.replace(/-/g,"+").replace(/_/g,"/"),r="=".repeat((4-t.length%4)%4);return cv(t+r)}function Uk(e){return lv(e).replace(/\+/g,"-").replace(/\//g,"_").replace(/=/g,"")}function jk(e){let t=e.replace(/^0x/,"");if(t.length%2!==0)throw new Error("Invalid hex string length");let r=new Uint8Array(t.length/2);for(let o=0;o<t.length;o+=2)r[o/2]=Number.parseInt(t.slice(o,o+2),16);return r}function Fk(e){return Array.from(e).map(t=>t.toString(16).padStart(2,"0")).join("")}var ac=class{constructor(...t){}};function pc(e,t){for(let r in t){let o=Object.getOwnPropertyDescriptor(t,r);o.get?Object.defineProperty(e,r,{...o,enumerable:!1}):Mk(e,r,o.value)}}function hn(e,t,r,o=!0){return Object.defineProperty(e,t,{configurable:!0,writable:!0,enumerable:o,value:r}),r}function pi(e,t,r){return hn(e,t,r,!1)}function Lk(e,t){for(let r in e){let o=e[r];Object.defineProperty(t,r,{configurable:!0,enumerable:!0,get(){return hn(this,r,o(this))},set(n){hn(this,r,n)}})}return t}function Mk(e,t,r){Object.defineProperty(e,t,{configurable:!0,get(){return this==null?r:hn(this,t,r.bind(this))},set(o){hn(this,t,o)}})}function Zk(e,t){let r=Object.getPrototypeOf(e);return t in r?void 0:r}var ic,gn=!1,qk={configurable:!0,get(){gn=!0}};function ge(e,t,r){let o=Object.getPrototypeOf(e._zod);if(t in o&&ic!==e._zod){ic=void 0;return}ic=e._zod,Object.defineProperty(o,t,{configurable:!0,get(){Object.defineProperty(this,t,qk);let n=gn;gn=!1;try{let i=r(this);return gn?delete this[t]:Object.defineProperty(this,t,{configurable:!0,writable:!0,value:i}),gn=gn||n,i}catch(i){throw delete this[t],gn=gn||n,i}},set(n){Object.defineProperty(this,t,{configurable:!0,writable:!0,value:n})}})}function Bk(e,t,r,o){let n=Zk(e,t);n&&Object.defineProperty(n,t,{configurable:!0,get(){let i={configurable:!0,writable:!0,enumerable:o,value:void 0};return Object.defineProperty(this,t,i),i.value=r(this),Object.defineProperty(this,t,i),i.value},set(i){Object.defineProperty(this,t,{configurable:!0,writable:!0,enumerable:o,value:i})}})}var Zo="~constantCatch";function mc(e){let t=()=>e;return t[Zo]=!0,t}var dv,hc=Object.freeze({status:"aborted"}),gc={value:void 0,enumerable:!1},fv="captureStackTrace"in Error?Error:null;function Vk(e){let t=fv;if(t){let r=t.stackTraceLimit;if(typeof r=="number"){try{t.stackTraceLimit=0}catch{return fv=null,new e}try{return new e}finally{t.stackTraceLimit=r}}}return new e}function b(e,t,r,o){let n={};function i(p){this.def=p,this.constr=f,this.traits=new Set}i.prototype=n;let a=r,s=a&&new WeakSet;function c(p,g){if(p._zod){if(p._zod.traits.has(e))return}else{gc.value=new i(g);try{Object.defineProperty(p,"_zod",gc)}finally{gc.value=void 0}}if(p._zod.traits.add(e),t(p,g),s){let h=Object.getPrototypeOf(p),_=p._zod.constr.prototype,k=h;for(;k&&k!==_;)k=Object.getPrototypeOf(k);let y=k??h;s.has(y)||(s.add(y),pc(y,a))}let v=f.prototype;for(let h in v)Object.prototype.hasOwnProperty.call(v,h)&&(h in p||(p[h]=v[h].bind(p)))}let u=o?.Parent??Object;class l extends u{}Object.defineProperty(l,"name",{value:e});function f(p){let g=o?.Parent?Vk(l):this;c(g,p);let v=g._zod.deferred;if(v){for(let _ of v)_();g._zod.deferred=void 0}let h=globalThis.__zod_globalConfig?.postProcessor;return h&&h(g),g}return Object.defineProperty(f,"init",{value:c}),Object.defineProperty(f,Symbol.hasInstance,{value:p=>o?.Parent&&p instanceof o.Parent?!0:p?._zod?.traits?.has(e)}),Object.defineProperty(f,"name",{value:e}),f}var vc=Symbol("zod_brand"),gt=class extends Error{constructor(){super("Encountered Promise during synchronous parse. Use .parseAsync() instead.")}},vn=class extends Error{constructor(t){super(`Encountered unidirectional transform during encode: ${t}`),this.name="ZodEncodeError"}};(dv=globalThis).__zod_globalConfig??(dv.__zod_globalConfig={});var Ve=globalThis.__zod_globalConfig;function Fe(e){return e&&Object.assign(Ve,e),Ve}function Gk(){let e=this._zod;return e.message??(e.message=JSON.stringify(e.def,sr,2)),e.message}function Kk(e){this._zod.message=e}var Hk={get:Gk,set:Kk,enumerable:!0,configurable:!0},yc={value:void 0,enumerable:!1},pv=new WeakSet([Object.prototype,Error.prototype]),mv=(e,t)=>{e.name="$ZodError",yc.value=t,Object.defineProperty(e,"issues",yc),yc.value=void 0,Object.defineProperty(e,"message",Hk);let r=Object.getPrototypeOf(e);pv.has(r)||(pv.add(r),Object.defineProperty(r,"toString",{configurable:!0,enumerable:!1,get(){let o=()=>this.message;return Object.defineProperty(this,"toString",{value:o,configurable:!0,writable:!0}),o},set(o){Object.defineProperty(this,"toString",{value:o,configurable:!0,writable:!0})}}))},$c=b("$ZodError",mv),ht=b("$ZodError",mv,void 0,{Parent:Error});function Wk(e,t,r){return Object.prototype.hasOwnProperty.call(e,t)||(t==="__proto__"?Object.defineProperty(e,t,{value:r(),writable:!0,enumerable:!0,configurable:!0}):e[t]=r()),e[t]}function mi(e,t=r=>r.message){let r={},o=[];for(let n of e.issues)n.path.length>0?Wk(r,n.path[0],()=>[]).push(t(n)):o.push(t(n));return{formErrors:o,fieldErrors:r}}function gi(e,t=r=>r.message){let r={_errors:[]},o=(n,i=[])=>{for(let a of n.issues)if(a.code==="invalid_union"&&a.errors.length)a.errors.map(s=>o({issues:s},[...i,...a.path]));else if(a.code==="invalid_key")o({issues:a.issues},[...i,...a.path]);else if(a.code==="invalid_element")o({issues:a.issues},[...i,...a.path]);else{let s=[...i,...a.path];if(s.length===0)r._errors.push(t(a));else{let c=r,u=0;for(;u<s.length;){let l=s[u],f=u===s.length-1;if(l==="_errors"){f&&c._errors.push(t(a)),u++;continue}Object.prototype.hasOwnProperty.call(c,l)||Object.defineProperty(c,l,{value:{_errors:[]},enumerable:!0,writable:!0,configurable:!0});let p=c[l];f&&p._errors.push(t(a)),c=p,u++}}}};return o(e),r}function wc(e,t=r=>r.message){let r={errors:[]},o=(n,i=[])=>{var a;for(let s of n.issues)if(s.code==="invalid_union"&&s.errors.length)s.errors.map(c=>o({issues:c},[...i,...s.path]));else if(s.code==="invalid_key")o({issues:s.issues},[...i,...s.path]);else if(s.code==="invalid_element")o({issues:s.issues},[...i,...s.path]);else{let c=[...i,...s.path];if(c.length===0){r.errors.push(t(s));continue}let u=r,l=0;for(;l<c.length;){let f=c[l],p=l===c.length-1;typeof f=="string"?(u.properties??(u.properties={}),Object.prototype.hasOwnProperty.call(u.properties,f)||Object.defineProperty(u.properties,f,{value:{errors:[]},enumerable:!0,writable:!0,configurable:!0}),u=u.properties[f]):(u.items??(u.items=[]),(a=u.items)[f]??(a[f]={errors:[]}),u=u.items[f]),p&&u.errors.push(t(s)),l++}}};return o(e),r}function gv(e){let t=[],r=e.map(o=>typeof o=="object"?o.key:o);for(let o of r)typeof o=="number"?t.push(`[${o}]`):typeof o=="symbol"?t.push(`[${JSON.stringify(String(o))}]`):/[^\w$]/.test(o)?t.push(`[${JSON.stringify(o)}]`):(t.length&&t.push("."),t.push(o));return t.join("")}function kc(e){let t=[],r=[...e.issues].sort((o,n)=>(o.path??[]).length-(n.path??[]).length);for(let o of r)t.push(`\u2716 ${o.message}`),o.path?.length&&t.push(`  \u2192 at ${gv(o.path)}`);return t.join(`
`)}function qo(e,t){return{callee:t?.callee??e,Err:t?.Err}}var fr=e=>{let t=(r,o,n,i)=>{let a=n?{...n,async:!1}:{async:!1},s=r._zod.run({value:o,issues:[]},a);if(s instanceof Promise)throw new gt;if(s.issues.length){let c=new(i?.Err??e)(s.issues.map(u=>mt(u,a,Fe())));throw Lo(c,i?.callee??t),c}return s.value};return t},Bo=fr(ht),pr=e=>{let t=async(r,o,n,i)=>{let a=n?{...n,async:!0}:{async:!0},s=r._zod.run({value:o,issues:[]},a);if(s instanceof Promise&&(s=await s),s.issues.length){let c=new(i?.Err??e)(s.issues.map(u=>mt(u,a,Fe())));throw Lo(c,i?.callee??t),c}return s.value};return t},Vo=pr(ht),mr=e=>(t,r,o)=>{let n=o?{...o,async:!1}:{async:!1},i=t._zod.run({value:r,issues:[]},n);if(i instanceof Promise)throw new gt;return i.issues.length?hv(e,i.issues,n):{success:!0,data:i.value}},Xk=mr(ht);function hv(e,t,r){let o;return{success:!1,get error(){return o||(o=new e(t.map(n=>mt(n,r,Fe()))),t=void 0,r=void 0),o},set error(n){o=n,t=void 0,r=void 0}}}var gr=e=>async(t,r,o)=>{let n=o?{...o,async:!0}:{async:!0},i=t._zod.run({value:r,issues:[]},n);return i instanceof Promise&&(i=await i),i.issues.length?hv(e,i.issues,n):{success:!0,data:i.value}},Yk=gr(ht),Qk=Symbol.for("zod.compile.invalid"),ex=Symbol.for("zod.compile.fallback"),hi=((e,t,r)=>{let o=e._zod.bag.validator;if(o!==void 0){if(o(t)!==Qk)return!0;if(o.definite===!0&&r===void 0)return!1}return tx(e,t,r)});function tx(e,t,r){let o=r?{...r,async:!1,abortEarly:!0}:{async:!1,abortEarly:!0},n=e._zod.bag.fallbackRun,i;if(n?(o[ex]=!0,i=n({value:t,issues:[]},o)):i=e._zod.run({value:t,issues:[]},o),i instanceof Promise)throw new gt;return i.issues.length===0}var vi=async(e,t,r)=>{let o=r?{...r,async:!0,abortEarly:!0}:{async:!0,abortEarly:!0},n=e._zod.run({value:t,issues:[]},o);return n instanceof Promise&&(n=await n),n.issues.length===0},Go=e=>{let t=fr(e),r=(o,n,i,a)=>{let s=i?{...i,direction:"backward"}:{direction:"backward"};return t(o,n,s,qo(r,a))};return r},nx=Go(ht),Ko=e=>{let t=fr(e),r=(o,n,i,a)=>t(o,n,i,qo(r,a));return r},rx=Ko(ht),Ho=e=>{let t=pr(e),r=async(o,n,i,a)=>{let s=i?{...i,direction:"backward"}:{direction:"backward"};return await t(o,n,s,qo(r,a))};return r},ix=Ho(ht),Wo=e=>{let t=pr(e),r=async(o,n,i,a)=>await t(o,n,i,qo(r,a));return r},ox=Wo(ht),Jo=e=>(t,r,o)=>{let n=o?{...o,direction:"backward"}:{direction:"backward"};return mr(e)(t,r,n)},ax=Jo(ht),Xo=e=>(t,r,o)=>mr(e)(t,r,o),sx=Xo(ht),Yo=e=>async(t,r,o)=>{let n=o?{...o,direction:"backward"}:{direction:"backward"};return gr(e)(t,r,n)},ux=Yo(ht),Qo=e=>async(t,r,o)=>gr(e)(t,r,o),cx=Qo(ht);var Rt={};Kt(Rt,{anyString:()=>Wc,base64:()=>Lc,base64url:()=>Mc,bigint:()=>Xc,boolean:()=>Yc,browserEmail:()=>vx,cidrv4:()=>jc,cidrv6:()=>Fc,creditCard:()=>ea,cuid:()=>_c,cuid2:()=>Ic,currencyCode:()=>Vc,date:()=>Gc,datetime:()=>Hc,domain:()=>qc,duration:()=>Tc,e164:()=>Bc,email:()=>Dc,emoji:()=>zc,extendedDuration:()=>lx,guid:()=>Oc,hex:()=>rl,hostname:()=>Zc,html5Email:()=>mx,httpProtocol:()=>bi,iban:()=>ta,idnEmail:()=>hx,integer:()=>yi,ipv4:()=>Nc,ipv6:()=>Cc,ksuid:()=>Pc,lowercase:()=>tl,mac:()=>Uc,md5_base64:()=>wx,md5_base64url:()=>kx,md5_hex:()=>$x,nanoid:()=>Rc,nanoidOfLength:()=>Ec,null:()=>Qc,number:()=>en,rfc5322Email:()=>gx,sha1_base64:()=>_x,sha1_base64url:()=>Ix,sha1_hex:()=>xx,sha256_base64:()=>Sx,sha256_base64url:()=>Px,sha256_hex:()=>Ax,sha384_base64:()=>Ex,sha384_base64url:()=>Tx,sha384_hex:()=>Rx,sha512_base64:()=>Dx,sha512_base64url:()=>zx,sha512_hex:()=>Ox,string:()=>Jc,time:()=>Kc,ulid:()=>Ac,undefined:()=>el,unicodeEmail:()=>vv,uppercase:()=>nl,uuid:()=>jn,uuid4:()=>dx,uuid6:()=>fx,uuid7:()=>px,xid:()=>Sc});var _c=/^[cC][0-9a-z]{6,}$/,Ic=/^[0-9a-z]+$/,Ac=/^[0-7][0-9A-HJKMNP-TV-Za-hjkmnp-tv-z]{25}$/,Sc=/^[0-9a-vA-V]{20}$/,Pc=/^[A-Za-z0-9]{27}$/,Rc=/^[a-zA-Z0-9_-]{21}$/;function Ec(e){return new RegExp(`^[a-zA-Z0-9_-]{${e}}$`)}var Tc=/^P(?:(\d+W)|(?!.*W)(?=\d|T\d)(\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+([.,]\d+)?S)?)?)$/,lx=/^[-+]?P(?!$)(?:(?:[-+]?\d+Y)|(?:[-+]?\d+[.,]\d+Y$))?(?:(?:[-+]?\d+M)|(?:[-+]?\d+[.,]\d+M$))?(?:(?:[-+]?\d+W)|(?:[-+]?\d+[.,]\d+W$))?(?:(?:[-+]?\d+D)|(?:[-+]?\d+[.,]\d+D$))?(?:T(?=[\d+-])(?:(?:[-+]?\d+H)|(?:[-+]?\d+[.,]\d+H$))?(?:(?:[-+]?\d+M)|(?:[-+]?\d+[.,]\d+M$))?(?:[-+]?\d+(?:[.,]\d+)?S)?)??$/,Oc=/^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$/,jn=e=>e?new RegExp(`^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-${e}[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12})$`):/^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$/,dx=jn(4),fx=jn(6),px=jn(7),Dc=/^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$/,mx=/^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/,gx=/^(([^<>()\[\]\\.,;:\s@"]+(\.[^<>()\[\]\\.,;:\s@"]+)*)|(".+"))@((\[[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}])|(([a-zA-Z\-0-9]+\.)+[a-zA-Z]{2,}))$/,vv=/^[^\s@"]{1,64}@[^\s@]{1,255}$/u,hx=vv,vx=/^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/,bx="^(?=[\\s\\S]*[\\p{Extended_Pictographic}\\p{Regional_Indicator}\\u20E3])[\\p{Extended_Pictographic}\\p{Emoji_Component}]+$";function zc(){return new RegExp(bx,"u")}var Nc=/^(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])$/,Cc=/^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))$/,Uc=e=>{let t=Pt(e??":");return new RegExp(`^(?:[0-9A-F]{2}${t}){5}[0-9A-F]{2}$|^(?:[0-9a-f]{2}${t}){5}[0-9a-f]{2}$`)},jc=/^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\/([0-9]|[1-2][0-9]|3[0-2])$/,Fc=/^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))\/(12[0-8]|1[01][0-9]|[1-9]?[0-9])$/,Lc=/^$|^(?:[0-9a-zA-Z+/]{4})*(?:(?:[0-9a-zA-Z+/]{2}==)|(?:[0-9a-zA-Z+/]{3}=))?$/,Mc=/^(?:[A-Za-z0-9_-]{4})*(?:[A-Za-z0-9_-]{2,3})?$/,Zc=/^(?=.{1,253}\.?$)[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[-0-9a-zA-Z]{0,61}[0-9a-zA-Z])?)*\.?$/,qc=/^(?=.{1,253}$)([a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\.)+[a-zA-Z]{2,63}$/,bi=/^https?$/,Bc=/^\+[1-9]\d{6,14}$/,ea=/^\d(?:[ -]?\d){11,18}$/,Vc=/^(?:AED|AFN|ALL|AMD|AOA|ARS|AUD|AWG|AZN|BAM|BBD|BDT|BHD|BIF|BMD|BND|BOB|BOV|BRL|BSD|BTN|BWP|BYN|BZD|CAD|CDF|CHE|CHF|CHW|CLF|CLP|CNY|COP|COU|CRC|CUP|CVE|CZK|DJF|DKK|DOP|DZD|EGP|ERN|ETB|EUR|FJD|FKP|GBP|GEL|GHS|GIP|GMD|GNF|GTQ|GYD|HKD|HNL|HTG|HUF|IDR|ILS|INR|IQD|IRR|ISK|JMD|JOD|JPY|KES|KGS|KHR|KMF|KPW|KRW|KWD|KYD|KZT|LAK|LBP|LKR|LRD|LSL|LYD|MAD|MDL|MGA|MKD|MMK|MNT|MOP|MRU|MUR|MVR|MWK|MXN|MXV|MYR|MZN|NAD|NGN|NIO|NOK|NPR|NZD|OMR|PAB|PEN|PGK|PHP|PKR|PLN|PYG|QAR|RON|RSD|RUB|RWF|SAR|SBD|SCR|SDG|SEK|SGD|SHP|SLE|SOS|SRD|SSP|STN|SVC|SYP|SZL|THB|TJS|TMT|TND|TOP|TRY|TTD|TWD|TZS|UAH|UGX|USD|USN|UYI|UYU|UYW|UZS|VED|VES|VND|VUV|WST|XAD|XAF|XAG|XAU|XBA|XBB|XBC|XBD|XCD|XCG|XDR|XOF|XPD|XPF|XPT|XSU|XTS|XUA|XXX|YER|ZAR|ZMW|ZWG)$/,ta=/^[A-Z]{2}(?!00|01|99)\d{2}[A-Z0-9]{11,30}$/,bv="(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))";function yx(e){return new RegExp(`^${e}$`)}var Gc=yx(bv);function xc(e){let t="(?:[01]\\d|2[0-3]):[0-5]\\d";return typeof e.precision=="number"?e.precision===-1?`${t}`:e.precision===0?`${t}:[0-5]\\d`:`${t}:[0-5]\\d\\.\\d{${e.precision}}`:e.seconds?`${t}:[0-5]\\d(?:\\.\\d+)?`:`${t}(?::[0-5]\\d(?:\\.\\d+)?)?`}function Kc(e){return new RegExp(`^${xc(e)}$`)}function Hc(e){let t=["Z"];e.offset&&t.push("([+-](?:[01]\\d|2[0-3]):[0-5]\\d)");let r=`${xc({precision:e.precision,seconds:!0})}(?:${t.join("|")})`,o=e.local?`${r}|${xc({precision:e.precision})}`:r;return new RegExp(`^${bv}T(?:${o})$`)}var Wc=/^[\s\S]{0,}$/,Jc=e=>{let t=e?`[\\s\\S]{${e?.minimum??0},${e?.maximum??""}}`:"[\\s\\S]*";return new RegExp(`^${t}$`)},Xc=/^-?\d+n?$/,yi=/^-?\d+$/,en=/^-?\d+(?:\.\d+)?$/,Yc=/^(?:true|false)$/i,Qc=/^null$/i;var el=/^undefined$/i;var tl=/^[^A-Z]*$/,nl=/^[^a-z]*$/,rl=/^[0-9a-fA-F]*$/;function $i(e,t){return new RegExp(`^[A-Za-z0-9+/]{${e}}${t}$`)}function wi(e){return new RegExp(`^[A-Za-z0-9_-]{${e}}$`)}var $x=/^[0-9a-fA-F]{32}$/,wx=$i(22,"=="),kx=wi(22),xx=/^[0-9a-fA-F]{40}$/,_x=$i(27,"="),Ix=wi(27),Ax=/^[0-9a-fA-F]{64}$/,Sx=$i(43,"="),Px=wi(43),Rx=/^[0-9a-fA-F]{96}$/,Ex=$i(64,""),Tx=wi(64),Ox=/^[0-9a-fA-F]{128}$/,Dx=$i(86,"=="),zx=wi(86);var Oe=b("$ZodCheck",(e,t)=>{var r;e._zod??(e._zod={}),e._zod.def=t,(r=e._zod).onattach??(r.onattach=[])}),il=e=>{let t=e.value;return!Fo(t)&&t.size!==void 0},ol=e=>{let t=e.value;return!Fo(t)&&t.length!==void 0},na={number:"number",bigint:"bigint",object:"date"},ia=b("$ZodCheckLessThan",(e,t)=>{Oe.init(e,t);let r=na[typeof t.value];e._zod.check=o=>{(t.inclusive?o.value<=t.value:o.value<t.value)||o.issues.push({origin:na[typeof o.value]??r,code:"too_big",maximum:typeof t.value=="object"?t.value.getTime():t.value,input:o.value,inclusive:t.inclusive,inst:e,continue:!t.abort})}}),oa=b("$ZodCheckGreaterThan",(e,t)=>{Oe.init(e,t);let r=na[typeof t.value];e._zod.check=o=>{(t.inclusive?o.value>=t.value:o.value>t.value)||o.issues.push({origin:na[typeof o.value]??r,code:"too_small",minimum:typeof t.value=="object"?t.value.getTime():t.value,input:o.value,inclusive:t.inclusive,inst:e,continue:!t.abort})}}),al=b("$ZodCheckMultipleOf",(e,t)=>{Oe.init(e,t),e._zod.check=r=>{if(typeof r.value!=typeof t.value)throw new Error("Cannot mix number and bigint in multiple_of check.");(typeof r.value=="bigint"?t.value!==BigInt(0)&&r.value%t.value===BigInt(0):oi(r.value,t.value)===0)||r.issues.push({origin:typeof r.value,code:"not_multiple_of",divisor:t.value,input:r.value,inst:e,continue:!t.abort})}}),sl=b("$ZodCheckNumberFormat",(e,t)=>{Oe.init(e,t),t.format=t.format||"float64";let r=t.format?.includes("int"),o=r?"int":"number",[n,i]=ui[t.format];e._zod.check=a=>{let s=a.value;if(r){if(!Number.isInteger(s)){a.issues.push({expected:o,format:t.format,code:"invalid_type",continue:!1,input:s,inst:e});return}if(!Number.isSafeInteger(s)){s>0?a.issues.push({input:s,code:"too_big",maximum:Number.MAX_SAFE_INTEGER,note:"Integers must be within the safe integer range.",inst:e,origin:o,inclusive:!0,continue:!t.abort}):a.issues.push({input:s,code:"too_small",minimum:Number.MIN_SAFE_INTEGER,note:"Integers must be within the safe integer range.",inst:e,origin:o,inclusive:!0,continue:!t.abort});return}}s<n&&a.issues.push({origin:"number",input:s,code:"too_small",minimum:n,inclusive:!0,inst:e,continue:!t.abort}),s>i&&a.issues.push({origin:"number",input:s,code:"too_big",maximum:i,inclusive:!0,inst:e,continue:!t.abort})}}),ul=b("$ZodCheckBigIntFormat",(e,t)=>{Oe.init(e,t);let[r,o]=ci[t.format];e._zod.check=n=>{let i=n.value;i<r&&n.issues.push({origin:"bigint",input:i,code:"too_small",minimum:r,inclusive:!0,inst:e,continue:!t.abort}),i>o&&n.issues.push({origin:"bigint",input:i,code:"too_big",maximum:o,inclusive:!0,inst:e,continue:!t.abort})}}),cl=b("$ZodCheckMaxSize",(e,t)=>{var r;Oe.init(e,t),(r=e._zod.def).when??(r.when=il),e._zod.check=o=>{let n=o.value;n.size<=t.maximum||o.issues.push({origin:di(n),code:"too_big",maximum:t.maximum,inclusive:!0,input:n,inst:e,continue:!t.abort})}}),ll=b("$ZodCheckMinSize",(e,t)=>{var r;Oe.init(e,t),(r=e._zod.def).when??(r.when=il),e._zod.check=o=>{let n=o.value;n.size>=t.minimum||o.issues.push({origin:di(n),code:"too_small",minimum:t.minimum,inclusive:!0,input:n,inst:e,continue:!t.abort})}}),dl=b("$ZodCheckSizeEquals",(e,t)=>{var r;Oe.init(e,t),(r=e._zod.def).when??(r.when=il),e._zod.check=o=>{let n=o.value,i=n.size;if(i===t.size)return;let a=i>t.size;o.issues.push({origin:di(n),...a?{code:"too_big",maximum:t.size}:{code:"too_small",minimum:t.size},inclusive:!0,exact:!0,input:o.value,inst:e,continue:!t.abort})}}),fl=b("$ZodCheckMaxLength",(e,t)=>{var r;Oe.init(e,t),(r=e._zod.def).when??(r.when=ol),e._zod.check=o=>{let n=o.value,i=n.length;if((typeof n=="string"&&i>t.maximum?Un(n):i)<=t.maximum)return;let s=fi(n);o.issues.push({origin:s,code:"too_big",maximum:t.maximum,inclusive:!0,input:n,inst:e,continue:!t.abort})}}),pl=b("$ZodCheckMinLength",(e,t)=>{var r;Oe.init(e,t),(r=e._zod.def).when??(r.when=ol),e._zod.check=o=>{let n=o.value,i=n.length;if((typeof n=="string"&&i>=t.minimum&&i<t.minimum*2?Un(n):i)>=t.minimum)return;let s=fi(n);o.issues.push({origin:s,code:"too_small",minimum:t.minimum,inclusive:!0,input:n,inst:e,continue:!t.abort})}}),ml=b("$ZodCheckLengthEquals",(e,t)=>{var r;Oe.init(e,t),(r=e._zod.def).when??(r.when=ol),e._zod.check=o=>{let n=o.value,i=n.length,a=typeof n=="string"&&i>=t.length&&i<=t.length*2?Un(n):i;if(a===t.length)return;let s=fi(n),c=a>t.length;o.issues.push({origin:s,...c?{code:"too_big",maximum:t.length}:{code:"too_small",minimum:t.length},inclusive:!0,exact:!0,input:o.value,inst:e,continue:!t.abort})}}),hr=b("$ZodCheckStringFormat",(e,t)=>{var r,o;Oe.init(e,t),t.pattern?(r=e._zod).check??(r.check=n=>{t.pattern.lastIndex=0,!t.pattern.test(n.value)&&n.issues.push({origin:"string",code:"invalid_format",format:t.format,input:n.value,...t.pattern?{pattern:t.pattern.toString()}:{},inst:e,continue:!t.abort})}):(o=e._zod).check??(o.check=()=>{})}),gl=b("$ZodCheckRegex",(e,t)=>{hr.init(e,t),e._zod.check=r=>{t.pattern.lastIndex=0,!t.pattern.test(r.value)&&r.issues.push({origin:"string",code:"invalid_format",format:"regex",input:r.value,pattern:t.pattern.toString(),inst:e,continue:!t.abort})}}),hl=b("$ZodCheckLowerCase",(e,t)=>{t.pattern??(t.pattern=tl),hr.init(e,t)}),vl=b("$ZodCheckUpperCase",(e,t)=>{t.pattern??(t.pattern=nl),hr.init(e,t)}),bl=b("$ZodCheckIncludes",(e,t)=>{Oe.init(e,t);let r=Pt(t.includes),o=new RegExp(typeof t.position=="number"?`^.{${t.position},}${r}`:r);t.pattern=o,e._zod.check=n=>{n.value.includes(t.includes,t.position)||n.issues.push({origin:"string",code:"invalid_format",format:"includes",includes:t.includes,input:n.value,inst:e,continue:!t.abort})}}),yl=b("$ZodCheckStartsWith",(e,t)=>{Oe.init(e,t);let r=new RegExp(`^${Pt(t.prefix)}.*`);t.pattern??(t.pattern=r),e._zod.check=o=>{o.value.startsWith(t.prefix)||o.issues.push({origin:"string",code:"invalid_format",format:"starts_with",prefix:t.prefix,input:o.value,inst:e,continue:!t.abort})}}),$l=b("$ZodCheckEndsWith",(e,t)=>{Oe.init(e,t);let r=new RegExp(`.*${Pt(t.suffix)}$`);t.pattern??(t.pattern=r),e._zod.check=o=>{o.value.endsWith(t.suffix)||o.issues.push({origin:"string",code:"invalid_format",format:"ends_with",suffix:t.suffix,input:o.value,inst:e,continue:!t.abort})}});function ra(e,t,r){e.issues.length&&t.issues.push(...pt(r,e.issues))}var wl=b("$ZodCheckProperty",(e,t)=>{Oe.init(e,t),e._zod.check=r=>{let o=t.schema._zod.run({value:r.value[t.property],issues:[]},{});if(o instanceof Promise)return o.then(n=>ra(n,r,t.property));ra(o,r,t.property)}}),kl=b("$ZodCheckProperties",(e,t)=>{Oe.init(e,t),pi(e,Symbol.iterator,function*(){yield e});let r;e._zod.check=o=>{if(o.value==null){o.issues.push({expected:"object",code:"invalid_type",input:o.value,inst:e});return}r??(r=Reflect.ownKeys(t.shape).map(a=>[a,t.shape[a]]));let n=o.value,i;for(let[a,s]of r){let c=s._zod.run({value:n[a],issues:[]},{});c instanceof Promise?(i??(i=[]),i.push(c.then(u=>ra(u,o,a)))):ra(c,o,a)}if(i)return Promise.all(i).then(()=>{})}}),xl=b("$ZodCheckMimeType",(e,t)=>{Oe.init(e,t);let r=new Set(t.mime);e._zod.check=o=>{r.has(o.value.type)||o.issues.push({code:"invalid_value",values:t.mime,input:o.value.type,inst:e,continue:!t.abort})}}),_l=b("$ZodCheckOverwrite",(e,t)=>{Oe.init(e,t),e._zod.check=r=>{r.value=t.tx(r.value)}});var Fn=class{constructor(t=[],r={}){this.content=[],this.indent=0,this.args=t,this.closed=r}indented(t){this.indent+=1;try{t(this)}finally{this.indent-=1}}write(t){if(typeof t=="function"){t(this,{execution:"sync"}),t(this,{execution:"async"});return}let o=t.split(`
`).filter(a=>a),n=Math.min(...o.map(a=>a.length-a.trimStart().length)),i=o.map(a=>a.slice(n)).map(a=>" ".repeat(this.indent*2)+a);for(let a of i)this.content.push(a)}compile(){let t=Function,r=this?.content??[""];return new t(...Object.keys(this.closed),`return function (${this.args.join(", ")}) {
${r.join(`
`)}
};`)(...Object.values(this.closed))}};var Il={major:4,minor:6,patch:7};var de=b("$ZodType",(e,t)=>{var r;e??(e={}),e._zod.def=t,e._zod.bag=e._zod.bag||{},e._zod.version=Il;let o=e._zod.def.checks,n=e._zod.traits.has("$ZodCheck")?[e,...o??[]]:o?.length?[...o]:[];for(let i of n)for(let a of i._zod.onattach)a(e);if(n.length===0)(r=e._zod).deferred??(r.deferred=[]),e._zod.deferred?.push(()=>{e._zod.run=e._zod.parse});else{let i=(s,c,u)=>{if(s.memo)return s;let l=it(s),f;for(let p of c){if(p._zod.def.when){if(fc(s)||!p._zod.def.when(s))continue}else if(l)continue;let g=s.issues.length,v=p._zod.check(s);if(v instanceof Promise&&u?.async===!1)throw new gt;if(f||v instanceof Promise)f=(f??Promise.resolve()).then(async()=>{await v,s.issues.length!==g&&(li(s.issues,g,e),l||(l=it(s,g)))});else{if(s.issues.length===g)continue;li(s.issues,g,e),l||(l=it(s,g))}}return f?f.then(()=>s):s},a=(s,c,u)=>{if(it(s))return s.aborted=!0,s;let l=i(c,n,u);if(l instanceof Promise){if(u.async===!1)throw new gt;return l.then(f=>e._zod.parse(f,u))}return e._zod.parse(l,u)};e._zod.run=(s,c)=>{if(c.skipChecks)return e._zod.parse(s,c);if(c.direction==="backward"){let l=e._zod.parse({value:s.value,issues:[]},{...c,skipChecks:!0});return l instanceof Promise?l.then(f=>a(f,s,c)):a(l,s,c)}let u=e._zod.parse(s,c);if(u instanceof Promise){if(c.async===!1)throw new gt;return u.then(l=>i(l,n,c))}return i(u,n,c)}}},{get"~standard"(){return pi(this,"~standard",la(this))},set"~standard"(e){hn(this,"~standard",e)}}),Nv=(e,t)=>e.issues.length?{issues:e.issues.map(r=>mt(r,t,Fe()))}:{value:e.value};async function Nx(e,t){let r={async:!0};return Nv(await e._zod.run({value:t,issues:[]},r),r)}function la(e){return{validate:t=>{let r={async:!1};try{let o=e._zod.run({value:t,issues:[]},r);if(!(o instanceof Promise))return Nv(o,r)}catch{}return Nx(e,t)},vendor:"zod",version:1}}var Ln=b("$ZodString",(e,t)=>{de.init(e,t),e._zod.pattern=t.pattern??Wc,e._zod.parse=(r,o)=>{if(t.coerce)try{r.value=String(r.value)}catch{}return typeof r.value=="string"||r.issues.push({expected:"string",code:"invalid_type",input:r.value,inst:e}),r}}),Re=b("$ZodStringFormat",(e,t)=>{hr.init(e,t),Ln.init(e,t)}),Sl=b("$ZodGUID",(e,t)=>{t.pattern??(t.pattern=Oc),Re.init(e,t)}),Pl=b("$ZodUUID",(e,t)=>{if(t.version){let o={v1:1,v2:2,v3:3,v4:4,v5:5,v6:6,v7:7,v8:8}[t.version];if(o===void 0)throw new Error(`Invalid UUID version: "${t.version}"`);t.pattern??(t.pattern=jn(o))}else t.pattern??(t.pattern=jn());Re.init(e,t)}),Rl=b("$ZodEmail",(e,t)=>{t.pattern??(t.pattern=Dc),Re.init(e,t)}),El=1,ki=2;function Tl(e){try{return typeof URL<"u"&&typeof URL.canParse=="function"?URL.canParse(e):(new URL(e),!0)}catch{return!1}}function da(e,t){return!("normalize"in t)&&!("hostname"in t)&&!("protocol"in t)?Tl(e)||ki:Cv(e,t)}function Cv(e,t){if(!t.normalize&&t.protocol?.source===bi.source&&!/^https?:\/\//i.test(e))return El;try{if(typeof URL<"u"){let r=URL;if(typeof r.parse=="function")return r.parse(e)??ki}return new URL(e)}catch{return ki}}var Cx=/[\t\n\r]/g;function xi(e){return e.replace(Cx,"")}function fa(e,t){return t.lastIndex=0,t.test(e.hostname)}function pa(e,t){return t.lastIndex=0,t.test(e.protocol.endsWith(":")?e.protocol.slice(0,-1):e.protocol)}var Ol=b("$ZodURL",(e,t)=>{Re.init(e,t),e._zod.check=r=>{try{let o=r.value.trim(),n=da(o,t);if(n===El){r.issues.push({code:"invalid_format",format:"url",note:"Invalid URL format",input:r.value,inst:e,continue:!t.abort});return}if(n===ki){r.issues.push({code:"invalid_format",format:"url",input:r.value,inst:e,continue:!t.abort});return}if(n===!0){r.value=xi(o);return}t.hostname&&!fa(n,t.hostname)&&r.issues.push({code:"invalid_format",format:"url",note:"Invalid hostname",pattern:t.hostname.source,input:r.value,inst:e,continue:!t.abort}),t.protocol&&!pa(n,t.protocol)&&r.issues.push({code:"invalid_format",format:"url",note:"Invalid protocol",pattern:t.protocol.source,input:r.value,inst:e,continue:!t.abort}),r.value=t.normalize?n.href:xi(o);return}catch{r.issues.push({code:"invalid_format",format:"url",input:r.value,inst:e,continue:!t.abort})}}}),Dl=b("$ZodEmoji",(e,t)=>{t.pattern??(t.pattern=zc()),Re.init(e,t)}),zl=b("$ZodNanoID",(e,t)=>{if(t.length!==void 0&&(!Number.isInteger(t.length)||t.length<1))throw new Error(`Invalid nanoid length: ${t.length}`);t.pattern??(t.pattern=t.length===void 0?Rc:Ec(t.length)),Re.init(e,t)}),Nl=b("$ZodCUID",(e,t)=>{t.pattern??(t.pattern=_c),Re.init(e,t)}),Cl=b("$ZodCUID2",(e,t)=>{t.pattern??(t.pattern=Ic),Re.init(e,t)}),Ul=b("$ZodULID",(e,t)=>{t.pattern??(t.pattern=Ac),Re.init(e,t)}),jl=b("$ZodXID",(e,t)=>{t.pattern??(t.pattern=Sc),Re.init(e,t)}),Fl=b("$ZodKSUID",(e,t)=>{t.pattern??(t.pattern=Pc),Re.init(e,t)}),Ll=b("$ZodISODateTime",(e,t)=>{t.pattern??(t.pattern=Hc(t)),Re.init(e,t)}),Ml=b("$ZodISODate",(e,t)=>{t.pattern??(t.pattern=Gc),Re.init(e,t)}),Zl=b("$ZodISOTime",(e,t)=>{t.pattern??(t.pattern=Kc(t)),Re.init(e,t)}),ql=b("$ZodISODuration",(e,t)=>{t.pattern??(t.pattern=Tc),Re.init(e,t)}),Bl=b("$ZodIPv4",(e,t)=>{t.pattern??(t.pattern=Nc),Re.init(e,t)}),Ux=/^[0-9a-fA-F:.]+$/;function _i(e){return Ux.test(e)?Tl(`http://[${e}]`):!1}var Vl=b("$ZodIPv6",(e,t)=>{t.pattern??(t.pattern=Cc),Re.init(e,t),e._zod.check=r=>{_i(r.value)||r.issues.push({code:"invalid_format",format:"ipv6",input:r.value,inst:e,continue:!t.abort})}}),Gl=b("$ZodMAC",(e,t)=>{t.pattern??(t.pattern=Uc(t.delimiter)),Re.init(e,t)}),Kl=b("$ZodCIDRv4",(e,t)=>{t.pattern??(t.pattern=jc),Re.init(e,t)});function ma(e){let t=e.split("/");if(t.length!==2)return!1;let[r,o]=t;if(!o)return!1;let n=Number(o);return`${n}`!==o||n<0||n>128?!1:_i(r)}var Hl=b("$ZodCIDRv6",(e,t)=>{t.pattern??(t.pattern=Fc),Re.init(e,t),e._zod.check=r=>{ma(r.value)||r.issues.push({code:"invalid_format",format:"cidrv6",input:r.value,inst:e,continue:!t.abort})}});function Ii(e){if(e==="")return!0;if(/\s/.test(e)||e.length%4!==0)return!1;try{return atob(e),!0}catch{return!1}}var ga=/^[0-9a-zA-Z+/]*={0,2}$/,Wl=b("$ZodBase64",(e,t)=>{t.pattern??(t.pattern=ga),Re.init(e,t),e._zod.check=r=>{Ii(r.value)||r.issues.push({code:"invalid_format",format:"base64",input:r.value,inst:e,continue:!t.abort})}}),Ai=/^[A-Za-z0-9_-]*$/;function ha(e){if(!Ai.test(e))return!1;let t=e.replace(/[-_]/g,o=>o==="-"?"+":"/"),r=t.padEnd(Math.ceil(t.length/4)*4,"=");return Ii(r)}var Jl=b("$ZodBase64URL",(e,t)=>{t.pattern??(t.pattern=Ai),Re.init(e,t),e._zod.check=r=>{ha(r.value)||r.issues.push({code:"invalid_format",format:"base64url",input:r.value,inst:e,continue:!t.abort})}}),Xl=b("$ZodE164",(e,t)=>{t.pattern??(t.pattern=Bc),Re.init(e,t)}),jx=/[- ]/g;function Fx(e){let t=e.length,r=1,o=0;for(;t;){let n=e.charCodeAt(--t)-48;r^=1,o+=r?[0,2,4,6,8,1,3,5,7,9][n]:n}return o%10===0}function va(e){return ea.test(e)?Fx(e.replace(jx,"")):!1}var Yl=b("$ZodCreditCard",(e,t)=>{t.pattern??(t.pattern=ea),Re.init(e,t),e._zod.check=r=>{va(r.value)||r.issues.push({code:"invalid_format",format:"credit_card",input:r.value,inst:e,continue:!t.abort})}});function Lx(e){let t=0,r=e.length;for(let o=4;o<r;o++){let n=e.charCodeAt(o);t=(n>=65?t*100+(n-55):t*10+(n-48))%97}for(let o=0;o<4;o++){let n=e.charCodeAt(o);t=(n>=65?t*100+(n-55):t*10+(n-48))%97}return t===1}function ba(e){return ta.test(e)?Lx(e):!1}var Ql=b("$ZodIBAN",(e,t)=>{t.pattern??(t.pattern=ta),Re.init(e,t),e._zod.check=r=>{ba(r.value)||r.issues.push({code:"invalid_format",format:"iban",input:r.value,inst:e,continue:!t.abort})}});function ya(e,t=null){try{let r=e.split(".");if(r.length!==3)return!1;let[o]=r;if(!o)return!1;let n=JSON.parse(atob(o));return!("typ"in n&&n?.typ!=="JWT"||!n.alg||t&&(!("alg"in n)||n.alg!==t))}catch{return!1}}var ed=b("$ZodJWT",(e,t)=>{Re.init(e,t),e._zod.check=r=>{ya(r.value,t.alg)||r.issues.push({code:"invalid_format",format:"jwt",input:r.value,inst:e,continue:!t.abort})}}),td=b("$ZodCustomStringFormat",(e,t)=>{Re.init(e,t),e._zod.check=r=>{t.fn(r.value)||r.issues.push({code:"invalid_format",format:t.format,input:r.value,inst:e,continue:!t.abort})}}),$a=b("$ZodNumber",(e,t)=>{de.init(e,t),e._zod.pattern=en,e._zod.parse=(r,o)=>{if(t.coerce)try{r.value=Number(r.value)}catch{}let n=r.value;if(typeof n=="number"&&!Number.isNaN(n)&&Number.isFinite(n))return r;let i=typeof n=="number"?Number.isNaN(n)?"NaN":Number.isFinite(n)?void 0:String(n):void 0;return r.issues.push({expected:"number",code:"invalid_type",input:n,inst:e,...i?{received:i}:{}}),r}}),nd=b("$ZodNumberFormat",(e,t)=>{sl.init(e,t),$a.init(e,t)}),Si=b("$ZodBoolean",(e,t)=>{de.init(e,t),e._zod.pattern=Yc,e._zod.parse=(r,o)=>{if(t.coerce)try{r.value=!!r.value}catch{}let n=r.value;return typeof n=="boolean"||r.issues.push({expected:"boolean",code:"invalid_type",input:n,inst:e}),r}}),wa=b("$ZodBigInt",(e,t)=>{de.init(e,t),e._zod.pattern=Xc,e._zod.parse=(r,o)=>{if(t.coerce)try{r.value=BigInt(r.value)}catch{}return typeof r.value=="bigint"||r.issues.push({expected:"bigint",code:"invalid_type",input:r.value,inst:e}),r}}),rd=b("$ZodBigIntFormat",(e,t)=>{ul.init(e,t),wa.init(e,t)}),id=b("$ZodSymbol",(e,t)=>{de.init(e,t),e._zod.parse=(r,o)=>{let n=r.value;return typeof n=="symbol"||r.issues.push({expected:"symbol",code:"invalid_type",input:n,inst:e}),r}}),od=b("$ZodUndefined",(e,t)=>{de.init(e,t),e._zod.pattern=el,e._zod.values=new Set([void 0]),e._zod.parse=(r,o)=>{let n=r.value;return typeof n>"u"||r.issues.push({expected:"undefined",code:"invalid_type",input:n,inst:e}),r}}),ad=b("$ZodNull",(e,t)=>{de.init(e,t),e._zod.pattern=Qc,e._zod.values=new Set([null]),e._zod.parse=(r,o)=>{let n=r.value;return n===null||r.issues.push({expected:"null",code:"invalid_type",input:n,inst:e}),r}}),sd=b("$ZodAny",(e,t)=>{de.init(e,t),e._zod.parse=r=>r}),ud=b("$ZodUnknown",(e,t)=>{de.init(e,t),e._zod.parse=r=>r}),cd=b("$ZodNever",(e,t)=>{de.init(e,t),e._zod.parse=(r,o)=>(r.issues.push({expected:"never",code:"invalid_type",input:r.value,inst:e}),r)}),ld=b("$ZodVoid",(e,t)=>{de.init(e,t),e._zod.parse=(r,o)=>{let n=r.value;return typeof n>"u"||r.issues.push({expected:"void",code:"invalid_type",input:n,inst:e}),r}}),dd=b("$ZodDate",(e,t)=>{de.init(e,t),e._zod.parse=(r,o)=>{if(t.coerce)try{r.value=new Date(r.value)}catch{}let n=r.value,i=n instanceof Date;return i&&!Number.isNaN(n.getTime())||r.issues.push({expected:"date",code:"invalid_type",input:n,...i?{received:"Invalid Date"}:{},inst:e}),r}});function fd(e,t){let r=lr(e._zod.def.checks);if(!r.length)return;let o=Math.min(...r.map(i=>i[0])),n=e._zod.parse;e._zod.parse=(i,a)=>{let s=t(i.value);if(s>o&&!a?.skipChecks&&a?.direction!=="backward"){for(let[c,u]of lr(e._zod.def.checks))if(s>c&&u._zod.def.when(i)){let l=i.issues.length;return u._zod.check(i),i.issues[l].continue=!1,li(i.issues,l,e),i}}return n(i,a)}}var Mx=e=>Array.isArray(e)?e.length:-1,Zx=e=>e instanceof Map?e.size:-1,qx=e=>e instanceof Set?e.size:-1;function $v(e,t,r){e.issues.length&&t.issues.push(...pt(r,e.issues)),t.value[r]=e.value}var pd=b("$ZodArray",(e,t)=>{de.init(e,t);let r=Ve.memoizer;r?.attach(e),e._zod.parse=(o,n)=>{let i=o.value;if(!Array.isArray(i))return o.issues.push({expected:"array",code:"invalid_type",input:i,inst:e}),o;o.value=r?r.alloc(e,o,Array(i.length),n):Array(i.length);let a=[],s=n?.abortEarly;for(let c=0;c<i.length;c++){let u=i[c],l=t.element._zod.run({value:u,issues:[]},n);if(l instanceof Promise)a.push(l.then(f=>$v(f,o,c)));else if($v(l,o,c),s&&l.issues.length!==0&&it(l))break}return a.length?Promise.all(a).then(()=>o):o},fd(e,Mx)});function ca(e,t,r,o,n,i){let a=r in o,s=i==="optional";if(!(!a&&s&&n==="optional")){if(e.issues.length){if(n!==void 0&&s&&!a)return;t.issues.push(...pt(r,e.issues))}if(!a&&n===void 0){e.issues.length||t.issues.push({code:"invalid_type",expected:"nonoptional",input:void 0,path:[r]});return}e.value===void 0?(a||n==="defaulted"&&!s)&&(t.value[r]=void 0):t.value[r]=e.value}}var Bx=[];function Uv(e){let t=Object.keys(e.shape),r=Object.getOwnPropertySymbols(e.shape),o=r.length?r:Bx,n=o.length?[...t,...o]:t;for(let a of n)if(!e.shape?.[a]?._zod?.traits?.has("$ZodType"))throw new Error(`Invalid element at key "${String(a)}": expected a Zod schema`);let i=dc(e.shape);return{...e,allKeys:n,symbolKeys:o,keySet:new Set(t),numKeys:t.length,optionalKeys:new Set(i)}}function jv(e,t,r,o,n,i,a){let s=[],c=n.keySet,u=n.catchall._zod,l=u.def.type,f=u.optin,p=u.optout,g=0;for(let v in t){if(a&&r.issues.length!==g){if(it(r,g))break;g=r.issues.length}if(c.has(v))continue;if(v==="__proto__"){l==="never"&&s.push(v);continue}if(l==="never"){s.push(v);continue}let h=u.run({value:t[v],issues:[]},o);h instanceof Promise?e.push(h.then(_=>ca(_,r,v,t,f,p))):ca(h,r,v,t,f,p)}return s.length&&r.issues.push({code:"unrecognized_keys",keys:s,input:t,inst:i,continue:!0}),e.length?Promise.all(e).then(()=>r):r}var Fv=b("$ZodObject",(e,t)=>{de.init(e,t);let r=Object.getOwnPropertyDescriptor(t,"shape"),o=r?.get?r.get.raw:t.shape??{};if(o){let u=()=>{let l={...o};return Object.defineProperty(t,"shape",{value:l}),u.raw=l,l};u.raw=o,Object.defineProperty(t,"shape",{get:u})}let n=ur(()=>Uv(t));ge(e,"propValues",u=>{let l=u.def.shape,f={};for(let p in l){let g=l[p]._zod;if(g.values){Object.prototype.hasOwnProperty.call(f,p)||He(f,p,new Set);for(let v of g.values)f[p].add(v);g.optin!==void 0&&f[p].add(void 0)}}return f});let i=Cn,a=t.catchall,s,c=Ve.memoizer;c?.attach(e),e._zod.parse=(u,l)=>{s??(s=n.value);let f=u.value;if(!i(f))return u.issues.push({expected:"object",code:"invalid_type",input:f,inst:e}),u;u.value=c?c.alloc(e,u,{},l):{};let p=[],g=s.shape,v=l?.abortEarly,h=u.issues.length;for(let _ of s.allKeys){if(v&&u.issues.length!==h){if(it(u,h))break;h=u.issues.length}if(_==="__proto__")continue;let k=g[_],y=k._zod.optin,A=k._zod.optout,q=k._zod.run({value:f[_],issues:[]},l);q instanceof Promise?p.push(q.then(X=>ca(X,u,_,f,y,A))):ca(q,u,_,f,y,A)}return a?jv(p,f,u,l,n.value,e,v===!0):p.length?Promise.all(p).then(()=>u):u}}),md=b("$ZodObjectJIT",(e,t)=>{Fv.init(e,t);let r=e._zod.parse,o=ur(()=>Uv(t)),n=Ve.memoizer,i=g=>{let v=o.value,h=v.symbolKeys,_=new Fn(["payload","ctx"],{shape:g,inst:e,memo:n,syms:h}),k=X=>`shape[${X}]._zod.run({ value: input[${X}], issues: [] }, ctx)`,y=(X,J)=>`
          let ${X}_ab = false;
          for (let i = 0; i < ${X}.issues.length; i++) {
            const iss = ${X}.issues[i];
            iss.path = iss.path ? [${J}, ...iss.path] : [${J}];
            payload.issues.push(iss);
            if (iss.continue !== true) ${X}_ab = true;
          }
          if (${X}_ab && ctx && ctx.abortEarly) {
            payload.value = newResult;
            return payload;
          }`;_.write("const input = payload.value;");let A=Object.create(null),q=0;for(let X of v.allKeys)A[X]=`key_${q++}`;_.write(n?"const newResult = memo.alloc(inst, payload, {}, ctx);":"const newResult = {};");for(let X of v.allKeys){if(X==="__proto__")continue;let J=A[X],fe=typeof X=="symbol"?`syms[${h.indexOf(X)}]`:rt(X),Q=`${fe} in input`,ne=g[X],E=ne?._zod?.optin,ve=E!==void 0,ke=ne?._zod?.optout==="optional";if(_.write(`const ${J} = ${k(fe)};`),ve&&ke){let xe=E==="optional"?`${J}_present`:`${J}.value !== undefined || ${J}_present`;_.write(`
        const ${J}_present = ${Q};
        if (!${J}.issues.length || ${J}_present) {
          if (${J}.issues.length) {${y(J,fe)}
          }

          if (${xe}) {
            newResult[${fe}] = ${J}.value;
          }
        }

      `)}else ve?(_.write(`
        if (${J}.issues.length) {${y(J,fe)}
        }
      `),E==="defaulted"?_.write(`newResult[${fe}] = ${J}.value;`):_.write(`
        if (${J}.value !== undefined || ${Q}) {
          newResult[${fe}] = ${J}.value;
        }
      `)):_.write(`
        const ${J}_present = ${Q};
        if (${J}.issues.length) {${y(J,fe)}
        }
        if (!${J}_present && !${J}.issues.length) {
          payload.issues.push({
            code: "invalid_type",
            expected: "nonoptional",
            input: undefined,
            path: [${fe}]
          });
          if (ctx && ctx.abortEarly) {
            payload.value = newResult;
            return payload;
          }
        }

        if (${J}_present) {
          newResult[${fe}] = ${J}.value;
        }

      `)}return _.write("payload.value = newResult;"),_.write("return payload;"),_.compile()},a,s=Cn,c=!Ve.jitless,l=c&&cc.value,f=t.catchall,p;e._zod.parse=(g,v)=>{p??(p=o.value);let h=g.value;return s(h)?c&&l&&v?.async===!1&&v.jitless!==!0?(a||(a=i(t.shape)),g=a(g,v),f?jv([],h,g,v,p,e,v?.abortEarly===!0):g):r(g,v):(g.issues.push({expected:"object",code:"invalid_type",input:h,inst:e}),g)}});function wv(e,t,r,o){for(let i of e)if(i.issues.length===0)return t.value=i.value,t;let n=e.filter(i=>!it(i));return n.length===1?(t.value=n[0].value,n[0]):(t.issues.push({code:"invalid_union",input:t.value,inst:r,errors:e.map(i=>i.issues.map(a=>mt(a,o,Fe())))}),t)}var Pi=b("$ZodUnion",(e,t)=>{de.init(e,t),ge(e,"optin",o=>o.def.options.some(n=>n._zod.optin==="defaulted")?"defaulted":o.def.options.some(n=>n._zod.optin!==void 0)?"optional":void 0),ge(e,"optout",o=>o.def.options.some(n=>n._zod.optout==="optional")?"optional":void 0),ge(e,"values",o=>{if(o.def.options.every(n=>n._zod.values))return new Set(o.def.options.flatMap(n=>Array.from(n._zod.values)))}),ge(e,"pattern",o=>{if(o.def.options.every(n=>n._zod.pattern)){let n=o.def.options.map(i=>i._zod.pattern);return new RegExp(`^(${n.map(i=>Qt(i.source)).join("|")})$`)}});let r=t.options.length===1?t.options[0]._zod.run:null;e._zod.parse=(o,n)=>{if(r)return r(o,n);let i=!1,a=[];for(let s of t.options){let c=s._zod.run({value:o.value,issues:[]},n);if(c instanceof Promise)a.push(c),i=!0;else{if(c.issues.length===0)return c;a.push(c)}}return i?Promise.all(a).then(s=>wv(s,o,e,n)):wv(a,o,e,n)}});function kv(e,t,r,o){let n=[];for(let i=0;i<e.length;i++)e[i].issues.length===0&&n.push(i);return n.length===1?(t.value=e[n[0]].value,t):(n.length===0?t.issues.push({code:"invalid_union",input:t.value,inst:r,errors:e.map(i=>i.issues.map(a=>mt(a,o,Fe())))}):t.issues.push({code:"invalid_union",input:t.value,inst:r,errors:[],inclusive:!1,matches:n}),t)}var gd=b("$ZodXor",(e,t)=>{Pi.init(e,t),t.inclusive=!1;let r=t.options.length===1?t.options[0]._zod.run:null;e._zod.parse=(o,n)=>{if(r)return r(o,n);let i=!1,a=[];for(let s of t.options){let c=s._zod.run({value:o.value,issues:[]},n);c instanceof Promise?(a.push(c),i=!0):a.push(c)}return i?Promise.all(a).then(s=>kv(s,o,e,n)):kv(a,o,e,n)}});function hd(e,t){let r=e._zod,o=r.bag.optionsMap;o||(o=Lv(r.def),r.bag.optionsMap=o);let n=o.get(t);if(n===null)throw new Error(`Ambiguous discriminator value "${String(t)}"`);return n}function Lv(e){let t=new Map;for(let r of e.options){let o=r._zod.propValues?.[e.discriminator];if(!o||o.size===0)throw new Error(`Invalid discriminated union option at index "${e.options.indexOf(r)}"`);for(let n of o)if(t.has(n)){if(n!==void 0)throw new Error(`Duplicate discriminator value "${String(n)}"`);t.set(n,null)}else t.set(n,r)}return t}var vd=b("$ZodDiscriminatedUnion",(e,t)=>{t.inclusive=!1,Pi.init(e,t);let r=e._zod.parse;ge(e,"propValues",n=>{let i={},a=0;for(let s of n.def.options){let c=s._zod.propValues;if(!c||Object.keys(c).length===0)throw new Error(`Invalid discriminated union option at index "${n.def.options.indexOf(s)}"`);c[n.def.discriminator]?.has(void 0)&&a++;for(let[u,l]of Object.entries(c)){Object.prototype.hasOwnProperty.call(i,u)||He(i,u,new Set);for(let f of l)i[u].add(f)}}return!n.def.unionFallback&&a>1&&i[n.def.discriminator]?.delete(void 0),i}),t.options.forEach((n,i)=>{let a=cr(n._zod.def);if(a&&!Object.prototype.hasOwnProperty.call(a,t.discriminator))throw new Error(`Invalid discriminated union option at index "${i}"`)});let o=ur(()=>Lv(t));e._zod.parse=(n,i)=>{let a=n.value;if(!Cn(a))return n.issues.push({code:"invalid_type",expected:"object",input:a,inst:e}),n;let s=a?.[t.discriminator],c=o.value.get(s);return c&&(s!==void 0||i.direction!=="backward")?c._zod.run(n,i):t.unionFallback||i.direction==="backward"?r(n,i):(n.issues.push({code:"invalid_union",errors:[],note:"No matching discriminator",discriminator:t.discriminator,options:Array.from(o.value.keys()).filter(u=>o.value.get(u)!==null),input:a,path:[t.discriminator],inst:e}),n)}}),bd=b("$ZodIntersection",(e,t)=>{de.init(e,t),e._zod.parse=(r,o)=>{let n=r.value,i=t.left._zod.run({value:n,issues:[]},o),a=t.right._zod.run({value:n,issues:[]},o);return i instanceof Promise||a instanceof Promise?Promise.all([i,a]).then(([c,u])=>xv(r,c,u)):xv(r,i,a)}});function vr(e,t){if(e===t)return{valid:!0,data:e};if(e instanceof Date&&t instanceof Date&&+e==+t)return{valid:!0,data:e};if(St(e)&&St(t)){let r=Object.keys(t),o=Object.keys(e).filter(i=>r.indexOf(i)!==-1),n={...e,...t};Object.prototype.hasOwnProperty.call(n,"__proto__")&&delete n.__proto__;for(let i of o){if(i==="__proto__")continue;let a=vr(e[i],t[i]);if(!a.valid)return{valid:!1,mergeErrorPath:[i,...a.mergeErrorPath]};n[i]=a.data}return{valid:!0,data:n}}if(Array.isArray(e)&&Array.isArray(t)){if(e.length!==t.length)return{valid:!1,mergeErrorPath:[]};let r=[];for(let o=0;o<e.length;o++){let n=e[o],i=t[o],a=vr(n,i);if(!a.valid)return{valid:!1,mergeErrorPath:[o,...a.mergeErrorPath]};r.push(a.data)}return{valid:!0,data:r}}return{valid:!1,mergeErrorPath:[]}}function xv(e,t,r){let o=new Map,n,i=new Map,a=(u,l)=>{let f;if(u.code==="unrecognized_keys"&&!u.path?.length)n??(n=u),f=u.keys;else if(u.code==="invalid_key"&&u.origin==="record"&&u.path?.length===1){let p=String(u.path[0]);i.has(p)||i.set(p,u),f=[p]}else return!1;for(let p of f)o.has(p)||o.set(p,{}),o.get(p)[l]=!0;return!0};for(let u of t.issues)a(u,"l")||e.issues.push(u);for(let u of r.issues)a(u,"r")||e.issues.push(u);let s=[...o].filter(([,u])=>u.l&&u.r).map(([u])=>u);if(s.length){let u=n?s.filter(l=>n.keys.includes(l)):[];u.length&&e.issues.push({...n,keys:u});for(let l of s)!u.includes(l)&&i.has(l)&&e.issues.push(i.get(l))}let c=vr(t.value,r.value);if(!c.valid){if(it(e))return e;throw new Error(`Unmergable intersection. Error path: ${JSON.stringify(c.mergeErrorPath)}`)}return e.value=c.data,e}var ka=b("$ZodTuple",(e,t)=>{de.init(e,t);let r=t.items,o=Ve.memoizer;o?.attach(e),e._zod.parse=(n,i)=>{let a=n.value;if(!Array.isArray(a))return n.issues.push({input:a,inst:e,expected:"tuple",code:"invalid_type"}),n;n.value=o?o.alloc(e,n,[],i):[];let s=[],c=_v(r,"optin"),u=_v(r,"optout");if(!t.rest){if(a.length<c)return n.issues.push({code:"too_small",minimum:c,inclusive:!0,input:a,inst:e,origin:"array"}),n;a.length>r.length&&n.issues.push({code:"too_big",maximum:r.length,inclusive:!0,input:a,inst:e,origin:"array"})}let l=new Array(r.length),f=t.rest?i?.abortEarly:void 0,p=!1;for(let g=0;g<r.length;g++){let v=r[g]._zod.run({value:a[g],issues:[]},i);v instanceof Promise?s.push(v.then(h=>{l[g]=h})):(l[g]=v,f&&!p&&v.issues.length&&(p=it(v)))}if(t.rest&&!p){let g=r.length-1,v=a.slice(r.length),h=n.issues.length;for(let _ of v){if(f&&n.issues.length!==h){if(it(n,h))break;h=n.issues.length}g++;let k=t.rest._zod.run({value:_,issues:[]},i);k instanceof Promise?s.push(k.then(y=>Iv(y,n,g))):Iv(k,n,g)}}return s.length?Promise.all(s).then(()=>Av(l,n,r,a,u)):Av(l,n,r,a,u)}});function _v(e,t){for(let r=e.length-1;r>=0;r--)if(!(t==="optin"?e[r]._zod.optin!==void 0:e[r]._zod.optout==="optional"))return r+1;return 0}function Iv(e,t,r){e.issues.length&&t.issues.push(...pt(r,e.issues)),t.value[r]=e.value}function Av(e,t,r,o,n){for(let i=0;i<r.length;i++){let a=e[i],s=i<o.length;if(!s&&i>=n&&r[i]._zod.optin==="optional"){t.value.length=i;break}if(a.issues.length){if(!s&&i>=n){t.value.length=i;break}t.issues.push(...pt(i,a.issues))}t.value[i]=a.value}for(let i=t.value.length-1;i>=o.length&&(r[i]._zod.optout==="optional"&&t.value[i]===void 0);i--)t.value.length=i;return t}var yd=b("$ZodRecord",(e,t)=>{de.init(e,t);let r=Ve.memoizer;r?.attach(e),e._zod.parse=(o,n)=>{let i=o.value;if(!St(i))return o.issues.push({expected:"record",code:"invalid_type",input:i,inst:e}),o;let a=[],s=t.keyType._zod.values;if(s&&!t.partial){o.value=r?r.alloc(e,o,{},n):{};let c=new Set;for(let l of s)if(typeof l=="string"||typeof l=="number"||typeof l=="symbol"){if(c.add(typeof l=="number"?l.toString():l),l==="__proto__")continue;let f=t.keyType._zod.run({value:l,issues:[]},n);if(f instanceof Promise)throw new Error("Async schemas not supported in object keys currently");if(f.issues.length){o.issues.push({code:"invalid_key",origin:"record",issues:f.issues.map(v=>mt(v,n,Fe())),input:l,path:[l],inst:e});continue}let p=f.value;if(p==="__proto__")continue;let g=t.valueType._zod.run({value:i[l],issues:[]},n);g instanceof Promise?a.push(g.then(v=>{v.issues.length&&o.issues.push(...pt(l,v.issues)),o.value[p]=v.value})):(g.issues.length&&o.issues.push(...pt(l,g.issues)),o.value[p]=g.value)}let u;for(let l in i)if(!c.has(l))if(t.mode==="loose"){if(l==="__proto__")continue;o.value[l]=i[l]}else u=u??[],u.push(l);u&&u.length>0&&o.issues.push({code:"unrecognized_keys",input:i,inst:e,keys:u,continue:!0})}else{o.value=r?r.alloc(e,o,{},n):{};let c;for(let u of Reflect.ownKeys(i)){if(u==="__proto__"||!Object.prototype.propertyIsEnumerable.call(i,u))continue;let l=t.keyType._zod.run({value:u,issues:[]},n);if(l instanceof Promise)throw new Error("Async schemas not supported in object keys currently");if(typeof u=="string"&&en.test(u)&&l.issues.length){let v=t.keyType._zod.run({value:Number(u),issues:[]},n);if(v instanceof Promise)throw new Error("Async schemas not supported in object keys currently");v.issues.length===0&&(l=v)}if(l.issues.length){t.mode==="loose"?o.value[u]=i[u]:s?(c=c??[],c.push(u)):o.issues.push({code:"invalid_key",origin:"record",issues:l.issues.map(v=>mt(v,n,Fe())),input:u,path:[u],inst:e});continue}let p=l.value;if(p==="__proto__")continue;let g=t.valueType._zod.run({value:i[u],issues:[]},n);g instanceof Promise?a.push(g.then(v=>{v.issues.length&&o.issues.push(...pt(u,v.issues)),o.value[p]=v.value})):(g.issues.length&&o.issues.push(...pt(u,g.issues)),o.value[p]=g.value)}c&&c.length>0&&o.issues.push({code:"unrecognized_keys",input:i,inst:e,keys:c,continue:!0})}return a.length?Promise.all(a).then(()=>o):o}}),$d=b("$ZodMap",(e,t)=>{de.init(e,t);let r=Ve.memoizer;r?.attach(e),e._zod.parse=(o,n)=>{let i=o.value;if(!(i instanceof Map))return o.issues.push({expected:"map",code:"invalid_type",input:i,inst:e}),o;let a=[];o.value=r?r.alloc(e,o,new Map,n):new Map;let s=n?.abortEarly,c=o.issues.length;for(let[u,l]of i){if(s&&o.issues.length!==c){if(it(o,c))break;c=o.issues.length}let f=t.keyType._zod.run({value:u,issues:[]},n),p=t.valueType._zod.run({value:l,issues:[]},n);f instanceof Promise||p instanceof Promise?a.push(Promise.all([f,p]).then(([g,v])=>{Sv(g,v,o,u,i,e,n)})):Sv(f,p,o,u,i,e,n)}return a.length?Promise.all(a).then(()=>o):o},fd(e,Zx)});function Sv(e,t,r,o,n,i,a){e.issues.length&&(si.has(typeof o)?r.issues.push(...pt(o,e.issues)):r.issues.push({code:"invalid_key",origin:"map",input:n,inst:i,issues:e.issues.map(s=>mt(s,a,Fe()))})),t.issues.length&&(si.has(typeof o)?r.issues.push(...pt(o,t.issues)):r.issues.push({origin:"map",code:"invalid_element",input:n,inst:i,key:o,issues:t.issues.map(s=>mt(s,a,Fe()))})),r.value.set(e.value,t.value)}var wd=b("$ZodSet",(e,t)=>{de.init(e,t);let r=Ve.memoizer;r?.attach(e),e._zod.parse=(o,n)=>{let i=o.value;if(!(i instanceof Set))return o.issues.push({input:i,inst:e,expected:"set",code:"invalid_type"}),o;let a=[];o.value=r?r.alloc(e,o,new Set,n):new Set;let s=n?.abortEarly,c=o.issues.length;for(let u of i){if(s&&o.issues.length!==c){if(it(o,c))break;c=o.issues.length}let l=t.valueType._zod.run({value:u,issues:[]},n);l instanceof Promise?a.push(l.then(f=>Pv(f,o))):Pv(l,o)}return a.length?Promise.all(a).then(()=>o):o},fd(e,qx)});function Pv(e,t){e.issues.length&&t.issues.push(...e.issues),t.value.add(e.value)}var kd=b("$ZodEnum",(e,t)=>{de.init(e,t);let r=ar(t.entries),o=new Set(r);e._zod.values=o,ge(e,"pattern",n=>{let i=ar(n.def.entries).filter(a=>si.has(typeof a));return new RegExp(i.length?`^(${i.map(a=>Pt(a.toString())).join("|")})$`:"^[^\\s\\S]$")}),e._zod.parse=(n,i)=>{let a=n.value;return o.has(a)||n.issues.push({code:"invalid_value",values:r,input:a,inst:e}),n}}),xd=b("$ZodLiteral",(e,t)=>{de.init(e,t);let r=new Set(t.values);e._zod.values=r,ge(e,"pattern",o=>{let n=o.def.values;return new RegExp(n.length?`^(${n.map(i=>typeof i=="string"?Pt(i):i?Pt(i.toString()):String(i)).join("|")})$`:"^[^\\s\\S]$")}),e._zod.parse=(o,n)=>{let i=o.value;return r.has(i)||o.issues.push({code:"invalid_value",values:t.values,input:i,inst:e}),o}}),_d=b("$ZodFile",(e,t)=>{de.init(e,t),e._zod.parse=(r,o)=>{let n=r.value;return n instanceof File||r.issues.push({expected:"file",code:"invalid_type",input:n,inst:e}),r}}),Id=b("$ZodTransform",(e,t)=>{de.init(e,t),e._zod.optin="optional",Ve.memoizer?.guard(e),e._zod.parse=(r,o)=>{if(o.direction==="backward")throw new vn(e.constructor.name);let n=t.transform(r.value,r);if(o.async)return(n instanceof Promise?n:Promise.resolve(n)).then(a=>(r.value=a,r));if(n instanceof Promise)throw new gt;return r.value=n,r}});function Rv(e,t){return e.value=t.issues.length?void 0:t.value,e}var xa=b("$ZodOptional",(e,t)=>{de.init(e,t),ge(e,"optin",r=>r.def.innerType._zod.optin==="defaulted"?"defaulted":"optional"),e._zod.optout="optional",ge(e,"values",r=>{let o=r.def.innerType._zod.values;return o?new Set([...o,void 0]):void 0}),ge(e,"pattern",r=>{let o=r.def.innerType._zod.pattern;return o?new RegExp(`^(${Qt(o.source)})?$`):void 0}),e._zod.parse=(r,o)=>{if(r.value===void 0){if(t.innerType._zod.optin!=="defaulted")return r;let n=t.innerType._zod.run({value:r.value,issues:[]},o);return n instanceof Promise?n.then(i=>Rv(r,i)):Rv(r,n)}return t.innerType._zod.run(r,o)}}),Ad=b("$ZodExactOptional",(e,t)=>{xa.init(e,t),ge(e,"values",r=>r.def.innerType._zod.values),ge(e,"pattern",r=>r.def.innerType._zod.pattern),e._zod.parse=(r,o)=>t.innerType._zod.run(r,o)}),Sd=b("$ZodNullable",(e,t)=>{de.init(e,t),ge(e,"optin",r=>r.def.innerType._zod.optin),ge(e,"optout",r=>r.def.innerType._zod.optout),ge(e,"pattern",r=>{let o=r.def.innerType._zod.pattern;return o?new RegExp(`^(${Qt(o.source)}|null)$`):void 0}),ge(e,"values",r=>r.def.innerType._zod.values?new Set([...r.def.innerType._zod.values,null]):void 0),e._zod.parse=(r,o)=>r.value===null?r:t.innerType._zod.run(r,o)}),Pd=b("$ZodDefault",(e,t)=>{de.init(e,t),e._zod.optin="defaulted",ge(e,"values",r=>r.def.innerType._zod.values),e._zod.parse=(r,o)=>{if(o.direction==="backward")return t.innerType._zod.run(r,o);if(r.value===void 0)return r.value=t.defaultValue,r;let n=t.innerType._zod.run(r,o);return n instanceof Promise?n.then(i=>Ev(i,t)):Ev(n,t)}});function Ev(e,t){return e.value===void 0&&(e.value=t.defaultValue),e}var Rd=b("$ZodPrefault",(e,t)=>{de.init(e,t),e._zod.optin="defaulted",ge(e,"values",r=>r.def.innerType._zod.values),e._zod.parse=(r,o)=>(o.direction==="backward"||r.value===void 0&&(r.value=t.defaultValue),t.innerType._zod.run(r,o))}),Ed=b("$ZodNonOptional",(e,t)=>{de.init(e,t),ge(e,"values",r=>{let o=r.def.innerType._zod.values;return o?new Set([...o].filter(n=>n!==void 0)):void 0}),e._zod.parse=(r,o)=>{let n=t.innerType._zod.run(r,o);return n instanceof Promise?n.then(i=>Tv(i,e)):Tv(n,e)}});function Tv(e,t){return!e.issues.length&&e.value===void 0&&e.issues.push({code:"invalid_type",expected:"nonoptional",input:e.value,inst:t}),e}var Td=b("$ZodSuccess",(e,t)=>{de.init(e,t),e._zod.parse=(r,o)=>{if(o.direction==="backward")throw new vn("ZodSuccess");let n=t.innerType._zod.run(r,o);return n instanceof Promise?n.then(i=>(r.value=i.issues.length===0,r)):(r.value=n.issues.length===0,r)}});function Ov(e,t,r,o){return t.issues.length?(e.value=r.catchValue({...t,value:e.value,error:{issues:t.issues.map(n=>mt(n,o,Fe()))},input:e.value}),e):(e.value=t.value,t.memo&&(e.memo=!0),e)}var Od=b("$ZodCatch",(e,t)=>{de.init(e,t),ge(e,"optin",r=>r.def.innerType._zod.optin==="defaulted"?"defaulted":"optional"),ge(e,"optout",r=>r.def.innerType._zod.optout),ge(e,"values",r=>r.def.innerType._zod.values),e._zod.parse=(r,o)=>{if(o.direction==="backward")return t.innerType._zod.run(r,o);let n=t.innerType._zod.run({value:r.value,issues:[]},o);return n instanceof Promise?n.then(i=>Ov(r,i,t,o)):Ov(r,n,t,o)}}),Dd=b("$ZodNaN",(e,t)=>{de.init(e,t),e._zod.parse=(r,o)=>((typeof r.value!="number"||!Number.isNaN(r.value))&&r.issues.push({input:r.value,inst:e,expected:"nan",code:"invalid_type"}),r)}),_a=b("$ZodPipe",(e,t)=>{de.init(e,t),ge(e,"values",r=>r.def.in._zod.values),ge(e,"optin",r=>r.def.in._zod.optin),ge(e,"optout",r=>r.def.out._zod.optout),ge(e,"propValues",r=>r.def.in._zod.propValues),e._zod.parse=(r,o)=>{if(o.direction==="backward"){let i=t.out._zod.run(r,o);return i instanceof Promise?i.then(a=>aa(a,t.in,o)):aa(i,t.in,o)}let n=t.in._zod.run(r,o);return n instanceof Promise?n.then(i=>aa(i,t.out,o)):aa(n,t.out,o)}});function aa(e,t,r){return e.issues.some(o=>o.code!=="unrecognized_keys")?(e.aborted=!0,e):t._zod.run({value:e.value,issues:e.issues},r)}var Ri=b("$ZodCodec",(e,t)=>{de.init(e,t),ge(e,"values",r=>r.def.in._zod.values),ge(e,"optin",r=>r.def.in._zod.optin),ge(e,"optout",r=>r.def.out._zod.optout),ge(e,"propValues",r=>r.def.in._zod.propValues),e._zod.parse=(r,o)=>{if((o.direction||"forward")==="forward"){let i=t.in._zod.run(r,o);return i instanceof Promise?i.then(a=>sa(a,t,o)):sa(i,t,o)}else{let i=t.out._zod.run(r,o);return i instanceof Promise?i.then(a=>sa(a,t,o)):sa(i,t,o)}}});function sa(e,t,r){if(e.issues.length)return e.aborted=!0,e;if((r.direction||"forward")==="forward"){let n=t.transform(e.value,e);return n instanceof Promise?n.then(i=>ua(e,i,t.out,r)):ua(e,n,t.out,r)}else{let n=t.reverseTransform(e.value,e);return n instanceof Promise?n.then(i=>ua(e,i,t.in,r)):ua(e,n,t.in,r)}}function ua(e,t,r,o){return e.issues.length?(e.aborted=!0,e):r._zod.run({value:t,issues:e.issues},o)}var zd=b("$ZodPreprocess",(e,t)=>{_a.init(e,t)}),Nd=b("$ZodReadonly",(e,t)=>{de.init(e,t),ge(e,"propValues",r=>r.def.innerType._zod.propValues),ge(e,"values",r=>r.def.innerType._zod.values),ge(e,"optin",r=>r.def.innerType?._zod?.optin),ge(e,"optout",r=>r.def.innerType?._zod?.optout),e._zod.parse=(r,o)=>{if(o.direction==="backward")return t.innerType._zod.run(r,o);let n=t.innerType._zod.run(r,o);return n instanceof Promise?n.then(Dv):Dv(n)}});function Dv(e){return e.memo||(e.value=Object.freeze(e.value)),e}function Vx(e){let t=e._zod.def,r=t.pattern,o=!!t.format?.includes("int"),n,i;for(let s of t.checks??[]){let c=s._zod.def;c.pattern&&(r=c.pattern),o||(o=!!c.format?.includes("int"));let u=c.minimum??c.length,l=c.maximum??c.length;u!==void 0&&(n===void 0||u>n)&&(n=u),l!==void 0&&(i===void 0||l<i)&&(i=l)}if(r)return r.source;if(n!==void 0&&i!==void 0&&n>i)return"(?!)";if(n!==void 0||i!==void 0)return Jc({minimum:n,maximum:i}).source;let a=e._zod.pattern;return(o&&a===en?yi:a)?.source}function Al(e){let t=e._zod.def,r=e._zod.pattern?.source,o=t.innerType??e._zod.innerType;if(o){let n=o._zod.pattern?.source,i=Al(o);return r&&n&&i&&i!==n?r.replace(Qt(n),()=>Qt(i)):r}if(t.options){let n=t.options.map(Al);if(n.every(Boolean))return`^(${n.map(i=>Qt(i)).join("|")})$`}return Vx(e)}var Cd=b("$ZodTemplateLiteral",(e,t)=>{de.init(e,t);let r=[];for(let o of t.parts)if(typeof o=="object"&&o!==null){let n=Al(o);if(!n)throw new Error(`Invalid template literal part, no pattern found: ${[...o._zod.traits].shift()}`);r.push(Qt(n))}else if(o===null||lc.has(typeof o))r.push(Pt(`${o}`));else throw new Error(`Invalid template literal part: ${o}`);e._zod.pattern=new RegExp(`^${r.join("")}$`),e._zod.parse=(o,n)=>typeof o.value!="string"?(o.issues.push({input:o.value,inst:e,expected:"string",code:"invalid_type"}),o):(e._zod.pattern.lastIndex=0,e._zod.pattern.test(o.value)||o.issues.push({input:o.value,inst:e,code:"invalid_format",format:t.format??"template_literal",pattern:e._zod.pattern.source}),o)}),Ud=b("$ZodFunction",(e,t)=>(de.init(e,t),Object.defineProperty(e,"_def",{value:t}),e._zod.def=t,e.implement=r=>{if(typeof r!="function")throw new Error("implement() must be called with a function");return Object.defineProperty(function(...o){let n=e._def.input?Bo(e._def.input,o):o,i=Reflect.apply(r,this,n);return e._def.output?Bo(e._def.output,i):i},"_zod",{value:e._zod,enumerable:!1})},e.implementAsync=r=>{if(typeof r!="function")throw new Error("implementAsync() must be called with a function");return Object.defineProperty(async function(...o){let n=e._def.input?await Vo(e._def.input,o):o,i=await Reflect.apply(r,this,n);return e._def.output?await Vo(e._def.output,i):i},"_zod",{value:e._zod,enumerable:!1})},e._zod.parse=(r,o)=>typeof r.value!="function"?(r.issues.push({code:"invalid_type",expected:"function",input:r.value,inst:e}),r):(e._def.output&&e._def.output._zod.def.type==="promise"?r.value=e.implementAsync(r.value):r.value=e.implement(r.value),r),e.input=(...r)=>{let o=e.constructor;return Array.isArray(r[0])?new o({type:"function",input:new ka({type:"tuple",items:r[0],rest:r[1]}),output:e._def.output}):new o({type:"function",input:r[0],output:e._def.output})},e.output=r=>{let o=e.constructor;return new o({type:"function",input:e._def.input,output:r})},e)),jd=b("$ZodPromise",(e,t)=>{de.init(e,t),e._zod.parse=(r,o)=>Promise.resolve(r.value).then(n=>t.innerType._zod.run({value:n,issues:[]},o))}),Ei=b("$ZodLazy",(e,t)=>{de.init(e,t),sc(e._zod,"innerType",()=>{let r=t;return r._cachedInner||(r._cachedInner=t.getter()),r._cachedInner}),ge(e,"pattern",r=>r.innerType?._zod?.pattern),ge(e,"propValues",r=>r.innerType?._zod?.propValues),ge(e,"optin",r=>r.innerType?._zod?.optin??void 0),ge(e,"optout",r=>r.innerType?._zod?.optout??void 0),e._zod.parse=(r,o)=>e._zod.innerType._zod.run(r,o)}),Fd=b("$ZodCustom",(e,t)=>{Oe.init(e,t),de.init(e,t),e._zod.parse=(r,o)=>r,e._zod.check=r=>{let o=r.value,n=t.fn(o);if(n instanceof Promise)return n.then(i=>zv(i,r,o,e));zv(n,r,o,e)}});function zv(e,t,r,o){if(!e){let n={code:"custom",input:r,inst:o,path:[...o._zod.def.path??[]],continue:!o._zod.def.abort};o._zod.def.params&&(n.params=o._zod.def.params),t.issues.push(dr(n))}}var Pa=class extends Error{constructor(){super("Cannot parse a reference cycle that closes through a transform"),this.name="ZodCyclicError"}},Md="~memo",Zv=[];function qv(e){return e!==null&&typeof e=="object"}function Ld(e){return e.map(t=>t.path?{...t,path:t.path.slice()}:{...t})}var Bv=new WeakMap,br=0,Sa=1,Ti=2;function Oi(e,t,r){let o=Bv.get(e);if(o!==void 0)return o?Ti:br;if(t.has(e))return Ti;t.add(e);let n=br,i=l=>{if(n!==Ti&&l?._zod){let f=Oi(l,t,r);f>n&&(n=f)}},a=(l,f)=>{let p=br;for(let g of Reflect.ownKeys(l)){let v=Object.getOwnPropertyDescriptor(l,g);if(f&&!v.enumerable)continue;let h=v.get?Sa:v.value?._zod?Oi(v.value,t,r):br;h>p&&(p=h)}return p},s=l=>{l>n&&(n=l)},c=e._zod.def,u=c.type;switch(u){case"object":{let l=cr(c);s(l?a(l,!0):Sa),i(c.catchall);break}case"array":i(c.element);break;case"tuple":for(let l of c.items)i(l);i(c.rest);break;case"record":case"map":i(c.keyType),i(c.valueType);break;case"set":i(c.valueType);break;case"union":for(let l of c.options)i(l);break;case"intersection":i(c.left),i(c.right);break;case"optional":case"nullable":case"default":case"prefault":case"catch":case"readonly":case"nonoptional":case"promise":case"success":i(c.innerType);break;case"pipe":i(c.in),i(c.out);break;case"function":i(c.input),i(c.output);break;case"lazy":{let l=c._cachedInner??(r?e._zod.innerType:void 0);s(l?Oi(l,t,!1):Sa);break}case"template_literal":case"string":case"number":case"int":case"boolean":case"bigint":case"symbol":case"undefined":case"null":case"void":case"never":case"any":case"unknown":case"date":case"nan":case"enum":case"literal":case"file":case"transform":case"custom":break;default:for(let l in c){let f=Object.getOwnPropertyDescriptor(c,l);if(!f||f.get)continue;let p=f.value;if(!(!p||typeof p!="object")){if(p._zod)i(p);else if(Array.isArray(p))for(let g of p)i(g)}}}return t.delete(e),Gx(e,n)}function Gx(e,t){return t!==Sa&&Bv.set(e,t===Ti),t}function Ra(e){return Oi(e,new Set,!0)!==br}function Kx(e,t){let r=e.buckets.get(t);return r||(r=new WeakMap,e.buckets.set(t,r)),r}var Ia,Aa=[],Hx={alloc(e,t,r){let o=Ia;if(!o)return r;Ia=void 0;let n={value:r,issues:null};return o.set(t.value,n),Aa.push(n),r},guard(e){var t;(t=e._zod).deferred??(t.deferred=[]),e._zod.deferred.push(()=>{let r=e._zod.parse,o=(n,i)=>{if(i.direction!=="backward"&&Ea(i,n.value))throw new Pa;return r(n,i)};e._zod.parse=o,e._zod.run===r&&(e._zod.run=o)})},attach(e){var t;let r,o=!1,n,i;(t=e._zod).deferred??(t.deferred=[]),e._zod.deferred.push(()=>{let a=e._zod.parse,s=(c,u)=>{if(r===void 0){let k=Oi(e,new Set,!1);if(k===br)return e._zod.parse=a,e._zod.run===s&&(e._zod.run=a),a(c,u);k===Ti||o?r=!0:o=!0}let l=c.value;if(!qv(l))return a(c,u);let f=u[Md];f||(f={buckets:new WeakMap,backEdges:void 0},u[Md]=f);let p;n===u?p=i:(p=Kx(f,e),n=u,i=p);let g=p.get(l);if(g)return c.value=g.value,g.issues?g.issues.length&&c.issues.push(...Ld(g.issues)):(c.memo=!0,f.backEdges??(f.backEdges=new WeakSet),f.backEdges.add(g.value)),c;Ia=p;let v=Aa.length,h=a(c,u);Ia=void 0;let _=Aa.length>v?Aa.pop():void 0;return h instanceof Promise?h.then(k=>(_&&(_.issues=k.issues.length?Ld(k.issues):Zv),k)):(_&&(_.issues=h.issues.length?Ld(h.issues):Zv),h)};e._zod.parse=s,e._zod.run===a&&(e._zod.run=s)})}};function Di(){return Hx}function Ea(e,t){let r=e[Md]?.backEdges;return r!==void 0&&qv(t)&&r.has(t)}var Ni={};Kt(Ni,{ar:()=>Vv,az:()=>Gv,be:()=>Hv,bg:()=>Wv,bn:()=>Jv,ca:()=>Xv,ckb:()=>Yv,cs:()=>Qv,da:()=>e0,de:()=>t0,el:()=>n0,en:()=>Ta,eo:()=>r0,es:()=>i0,fa:()=>o0,fi:()=>a0,fr:()=>s0,frCA:()=>u0,gu:()=>c0,he:()=>l0,hi:()=>d0,hr:()=>f0,hu:()=>p0,hy:()=>g0,id:()=>h0,is:()=>v0,it:()=>b0,ja:()=>y0,ka:()=>$0,kh:()=>w0,km:()=>Oa,kn:()=>k0,ko:()=>x0,lt:()=>I0,mk:()=>A0,ms:()=>S0,ne:()=>P0,nl:()=>R0,nn:()=>E0,no:()=>T0,ota:()=>O0,pl:()=>z0,ps:()=>D0,pt:()=>N0,ptBR:()=>C0,ro:()=>U0,ru:()=>F0,sk:()=>L0,sl:()=>M0,sv:()=>Z0,ta:()=>q0,tg:()=>B0,th:()=>V0,tk:()=>G0,tr:()=>K0,ua:()=>H0,uk:()=>Da,ur:()=>W0,uz:()=>J0,vi:()=>X0,yo:()=>eb,zhCN:()=>Y0,zhTW:()=>Q0});var Wx=()=>{let e={string:{unit:"\u062D\u0631\u0641",verb:"\u0623\u0646 \u064A\u062D\u0648\u064A"},file:{unit:"\u0628\u0627\u064A\u062A",verb:"\u0623\u0646 \u064A\u062D\u0648\u064A"},array:{unit:"\u0639\u0646\u0635\u0631",verb:"\u0623\u0646 \u064A\u062D\u0648\u064A"},set:{unit:"\u0639\u0646\u0635\u0631",verb:"\u0623\u0646 \u064A\u062D\u0648\u064A"},map:{unit:"\u0639\u0646\u0635\u0631",verb:"\u0623\u0646 \u064A\u062D\u0648\u064A"}};function t(n){return e[n]??null}let r={regex:"\u0645\u062F\u062E\u0644",email:"\u0628\u0631\u064A\u062F \u0625\u0644\u0643\u062A\u0631\u0648\u0646\u064A",url:"\u0631\u0627\u0628\u0637",emoji:"\u0625\u064A\u0645\u0648\u062C\u064A",uuid:"UUID",uuidv4:"UUIDv4",uuidv6:"UUIDv6",nanoid:"nanoid",guid:"GUID",cuid:"cuid",cuid2:"cuid2",ulid:"ULID",xid:"XID",ksuid:"KSUID",datetime:"\u062A\u0627\u0631\u064A\u062E \u0648\u0648\u0642\u062A \u0628\u0645\u0639\u064A\u0627\u0631 ISO",date:"\u062A\u0627\u0631\u064A\u062E \u0628\u0645\u0639\u064A\u0627\u0631 ISO",time:"\u0648\u0642\u062A \u0628\u0645\u0639\u064A\u0627\u0631 ISO",duration:"\u0645\u062F\u0629 \u0628\u0645\u0639\u064A\u0627\u0631 ISO",ipv4:"\u0639\u0646\u0648\u0627\u0646 IPv4",ipv6:"\u0639\u0646\u0648\u0627\u0646 IPv6",mac:"\u0639\u0646\u0648\u0627\u0646 MAC",cidrv4:"\u0645\u062F\u0649 \u0639\u0646\u0627\u0648\u064A\u0646 \u0628\u0635\u064A\u063A\u0629 IPv4",cidrv6:"\u0645\u062F\u0649 \u0639\u0646\u0627\u0648\u064A\u0646 \u0628\u0635\u064A\u063A\u0629 IPv6",base64:"\u0646\u064E\u0635 \u0628\u062A\u0631\u0645\u064A\u0632 base64-encoded",base64url:"\u0646\u064E\u0635 \u0628\u062A\u0631\u0645\u064A\u0632 base64url-encoded",json_string:"\u0646\u064E\u0635 \u0639\u0644\u0649 \u0647\u064A\u0626\u0629 JSON",e164:"\u0631\u0642\u0645 \u0647\u0627\u062A\u0641 \u0628\u0645\u0639\u064A\u0627\u0631 E.164",credit_card:"\u0631\u0642\u0645 \u0628\u0637\u0627\u0642\u0629 \u0627\u0644\u0627\u0626\u062A\u0645\u0627\u0646",currency_code:"\u0631\u0645\u0632 \u0627\u0644\u0639\u0645\u0644\u0629",iban:"IBAN",jwt:"JWT",template_literal:"\u0645\u062F\u062E\u0644"},o={nan:"NaN"};return n=>{switch(n.code){case"invalid_type":{let i=o[n.expected]??n.expected,a=z(n.input),s=o[a]??a;return/^[A-Z]/.test(n.expected)?`\u0645\u062F\u062E\u0644\u0627\u062A \u063A\u064A\u0631 \u0645\u0642\u0628\u0648\u0644\u0629: \u064A\u0641\u062A\u0631\u0636 \u0625\u062F\u062E\u0627\u0644 instanceof ${n.expected}\u060C \u0648\u0644\u0643\u0646 \u062A\u0645 \u0625\u062F\u062E\u0627\u0644 ${s}`:`\u0645\u062F\u062E\u0644\u0627\u062A \u063A\u064A\u0631 \u0645\u0642\u0628\u0648\u0644\u0629: \u064A\u0641\u062A\u0631\u0636 \u0625\u062F\u062E\u0627\u0644 ${i}\u060C \u0648\u0644\u0643\u0646 \u062A\u0645 \u0625\u062F\u062E\u0627\u0644 ${s}`}case"invalid_value":return n.values.length===1?`\u0645\u062F\u062E\u0644\u0627\u062A \u063A\u064A\u0631 \u0645\u0642\u0628\u0648\u0644\u0629: \u064A\u0641\u062A\u0631\u0636 \u0625\u062F\u062E\u0627\u0644 ${D(n.values[0])}`:`\u0627\u062E\u062A\u064A\u0627\u0631 \u063A\u064A\u0631 \u0645\u0642\u0628\u0648\u0644: \u064A\u062A\u0648\u0642\u0639 \u0627\u0646\u062A\u0642\u0627\u0621 \u0623\u062D\u062F \u0647\u0630\u0647 \u0627\u0644\u062E\u064A\u0627\u0631\u0627\u062A: ${$(n.values,"|")}`;case"too_big":{let i=n.inclusive?"<=":"<",a=t(n.origin);return a?` \u0623\u0643\u0628\u0631 \u0645\u0646 \u0627\u0644\u0644\u0627\u0632\u0645: \u064A\u0641\u062A\u0631\u0636 \u0623\u0646 \u062A\u0643\u0648\u0646 ${n.origin??"\u0627\u0644\u0642\u064A\u0645\u0629"} ${i} ${n.maximum.toString()} ${a.unit??"\u0639\u0646\u0635\u0631"}`:`\u0623\u0643\u0628\u0631 \u0645\u0646 \u0627\u0644\u0644\u0627\u0632\u0645: \u064A\u0641\u062A\u0631\u0636 \u0623\u0646 \u062A\u0643\u0648\u0646 ${n.origin??"\u0627\u0644\u0642\u064A\u0645\u0629"} ${i} ${n.maximum.toString()}`}case"too_small":{let i=n.inclusive?">=":">",a=t(n.origin);return a?`\u0623\u0635\u063A\u0631 \u0645\u0646 \u0627\u0644\u0644\u0627\u0632\u0645: \u064A\u0641\u062A\u0631\u0636 \u0644\u0640 ${n.origin} \u0623\u0646 \u064A\u0643\u0648\u0646 ${i} ${n.minimum.toString()} ${a.unit}`:`\u0623\u0635\u063A\u0631 \u0645\u0646 \u0627\u0644\u0644\u0627\u0632\u0645: \u064A\u0641\u062A\u0631\u0636 \u0644\u0640 ${n.origin} \u0623\u0646 \u064A\u0643\u0648\u0646 ${i} ${n.minimum.toString()}`}case"invalid_format":{let i=n;return i.format==="starts_with"?`\u0646\u064E\u0635 \u063A\u064A\u0631 \u0645\u0642\u0628\u0648\u0644: \u064A\u062C\u0628 \u0623\u0646 \u064A\u0628\u062F\u0623 \u0628\u0640 "${n.prefix}"`:i.format==="ends_with"?`\u0646\u064E\u0635 \u063A\u064A\u0631 \u0645\u0642\u0628\u0648\u0644: \u064A\u062C\u0628 \u0623\u0646 \u064A\u0646\u062A\u0647\u064A \u0628\u0640 "${i.suffix}"`:i.format==="includes"?`\u0646\u064E\u0635 \u063A\u064A\u0631 \u0645\u0642\u0628\u0648\u0644: \u064A\u062C\u0628 \u0623\u0646 \u064A\u062A\u0636\u0645\u0651\u064E\u0646 "${i.includes}"`:i.format==="regex"?`\u0646\u064E\u0635 \u063A\u064A\u0631 \u0645\u0642\u0628\u0648\u0644: \u064A\u062C\u0628 \u0623\u0646 \u064A\u0637\u0627\u0628\u0642 \u0627\u0644\u0646\u0645\u0637 ${i.pattern}`:`${r[i.format]??n.format} \u063A\u064A\u0631 \u0645\u0642\u0628\u0648\u0644`}case"not_multiple_of":return`\u0631\u0642\u0645 \u063A\u064A\u0631 \u0645\u0642\u0628\u0648\u0644: \u064A\u062C\u0628 \u0623\u0646 \u064A\u0643\u0648\u0646 \u0645\u0646 \u0645\u0636\u0627\u0639\u0641\u0627\u062A ${n.divisor}`;case"unrecognized_keys":return`\u0645\u0639\u0631\u0641${n.keys.length>1?"\u0627\u062A":""} \u063A\u0631\u064A\u0628${n.keys.length>1?"\u0629":""}: ${$(n.keys,"\u060C ")}`;case"invalid_key":return`\u0645\u0639\u0631\u0641 \u063A\u064A\u0631 \u0645\u0642\u0628\u0648\u0644 \u0641\u064A ${n.origin}`;case"invalid_union":return"\u0645\u062F\u062E\u0644 \u063A\u064A\u0631 \u0645\u0642\u0628\u0648\u0644";case"invalid_element":return`\u0645\u062F\u062E\u0644 \u063A\u064A\u0631 \u0645\u0642\u0628\u0648\u0644 \u0641\u064A ${n.origin}`;default:return"\u0645\u062F\u062E\u0644 \u063A\u064A\u0631 \u0645\u0642\u0628\u0648\u0644"}}};function Vv(){return{localeError:Wx()}}var Jx=()=>{let e={string:{unit:"simvol",verb:"olmal\u0131d\u0131r"},file:{unit:"bayt",verb:"olmal\u0131d\u0131r"},array:{unit:"element",verb:"olmal\u0131d\u0131r"},set:{unit:"element",verb:"olmal\u0131d\u0131r"},map:{unit:"element",verb:"olmal\u0131d\u0131r"}};function t(n){return e[n]??null}let r={regex:"input",email:"email address",url:"URL",emoji:"emoji",uuid:"UUID",uuidv4:"UUIDv4",uuidv6:"UUIDv6",nanoid:"nanoid",guid:"GUID",cuid:"cuid",cuid2:"cuid2",ulid:"ULID",xid:"XID",ksuid:"KSUID",datetime:"ISO datetime",date:"ISO date",time:"ISO time",duration:"ISO duration",ipv4:"IPv4 address",ipv6:"IPv6 address",mac:"MAC address",cidrv4:"IPv4 range",cidrv6:"IPv6 range",base64:"base64-encoded string",base64url:"base64url-encoded string",json_string:"JSON string",e164:"E.164 number",credit_card:"kredit kart\u0131 n\xF6mr\u0259si",currency_code:"valyuta kodu",iban:"IBAN",jwt:"JWT",template_literal:"input"},o={nan:"NaN"};return n=>{switch(n.code){case"invalid_type":{let i=o[n.expected]??n.expected,a=z(n.input),s=o[a]??a;return/^[A-Z]/.test(n.expected)?`Yanl\u0131\u015F d\u0259y\u0259r: g\xF6zl\u0259nil\u0259n instanceof ${n.expected}, daxil olan ${s}`:`Yanl\u0131\u015F d\u0259y\u0259r: g\xF6zl\u0259nil\u0259n ${i}, daxil olan ${s}`}case"invalid_value":return n.values.length===1?`Yanl\u0131\u015F d\u0259y\u0259r: g\xF6zl\u0259nil\u0259n ${D(n.values[0])}`:`Yanl\u0131\u015F se\xE7im: a\u015Fa\u011F\u0131dak\u0131lardan biri olmal\u0131d\u0131r: ${$(n.values,"|")}`;case"too_big":{let i=n.inclusive?"<=":"<",a=t(n.origin);return a?`\xC7ox b\xF6y\xFCk: g\xF6zl\u0259nil\u0259n ${n.origin??"d\u0259y\u0259r"} ${i}${n.maximum.toString()} ${a.unit??"element"}`:`\xC7ox b\xF6y\xFCk: g\xF6zl\u0259nil\u0259n ${n.origin??"d\u0259y\u0259r"} ${i}${n.maximum.toString()}`}case"too_small":{let i=n.inclusive?">=":">",a=t(n.origin);return a?`\xC7ox ki\xE7ik: g\xF6zl\u0259nil\u0259n ${n.origin} ${i}${n.minimum.toString()} ${a.unit}`:`\xC7ox ki\xE7ik: g\xF6zl\u0259nil\u0259n ${n.origin} ${i}${n.minimum.toString()}`}case"invalid_format":{let i=n;return i.format==="starts_with"?`Yanl\u0131\u015F m\u0259tn: "${i.prefix}" il\u0259 ba\u015Flamal\u0131d\u0131r`:i.format==="ends_with"?`Yanl\u0131\u015F m\u0259tn: "${i.suffix}" il\u0259 bitm\u0259lidir`:i.format==="includes"?`Yanl\u0131\u015F m\u0259tn: "${i.includes}" daxil olmal\u0131d\u0131r`:i.format==="regex"?`Yanl\u0131\u015F m\u0259tn: ${i.pattern} \u015Fablonuna uy\u011Fun olmal\u0131d\u0131r`:`Yanl\u0131\u015F ${r[i.format]??n.format}`}case"not_multiple_of":return`Yanl\u0131\u015F \u0259d\u0259d: ${n.divisor} il\u0259 b\xF6l\xFCn\u0259 bil\u0259n olmal\u0131d\u0131r`;case"unrecognized_keys":return`Tan\u0131nmayan a\xE7ar${n.keys.length>1?"lar":""}: ${$(n.keys,", ")}`;case"invalid_key":return`${n.origin} daxilind\u0259 yanl\u0131\u015F a\xE7ar`;case"invalid_union":return"Yanl\u0131\u015F d\u0259y\u0259r";case"invalid_element":return`${n.origin} daxilind\u0259 yanl\u0131\u015F d\u0259y\u0259r`;default:return"Yanl\u0131\u015F d\u0259y\u0259r"}}};function Gv(){return{localeError:Jx()}}function Kv(e,t,r,o){let n=Math.abs(e),i=n%10,a=n%100;return a>=11&&a<=19?o:i===1?t:i>=2&&i<=4?r:o}var Xx=()=>{let e={string:{unit:{one:"\u0441\u0456\u043C\u0432\u0430\u043B",few:"\u0441\u0456\u043C\u0432\u0430\u043B\u044B",many:"\u0441\u0456\u043C\u0432\u0430\u043B\u0430\u045E"},verb:"\u043C\u0435\u0446\u044C"},array:{unit:{one:"\u044D\u043B\u0435\u043C\u0435\u043D\u0442",few:"\u044D\u043B\u0435\u043C\u0435\u043D\u0442\u044B",many:"\u044D\u043B\u0435\u043C\u0435\u043D\u0442\u0430\u045E"},verb:"\u043C\u0435\u0446\u044C"},set:{unit:{one:"\u044D\u043B\u0435\u043C\u0435\u043D\u0442",few:"\u044D\u043B\u0435\u043C\u0435\u043D\u0442\u044B",many:"\u044D\u043B\u0435\u043C\u0435\u043D\u0442\u0430\u045E"},verb:"\u043C\u0435\u0446\u044C"},map:{unit:{one:"\u044D\u043B\u0435\u043C\u0435\u043D\u0442",few:"\u044D\u043B\u0435\u043C\u0435\u043D\u0442\u044B",many:"\u044D\u043B\u0435\u043C\u0435\u043D\u0442\u0430\u045E"},verb:"\u043C\u0435\u0446\u044C"},file:{unit:{one:"\u0431\u0430\u0439\u0442",few:"\u0431\u0430\u0439\u0442\u044B",many:"\u0431\u0430\u0439\u0442\u0430\u045E"},verb:"\u043C\u0435\u0446\u044C"}};function t(n){return e[n]??null}let r={regex:"\u0443\u0432\u043E\u0434",email:"email \u0430\u0434\u0440\u0430\u0441",url:"URL",emoji:"\u044D\u043C\u043E\u0434\u0437\u0456",uuid:"UUID",uuidv4:"UUIDv4",uuidv6:"UUIDv6",nanoid:"nanoid",guid:"GUID",cuid:"cuid",cuid2:"cuid2",ulid:"ULID",xid:"XID",ksuid:"KSUID",datetime:"ISO \u0434\u0430\u0442\u0430 \u0456 \u0447\u0430\u0441",date:"ISO \u0434\u0430\u0442\u0430",time:"ISO \u0447\u0430\u0441",duration:"ISO \u043F\u0440\u0430\u0446\u044F\u0433\u043B\u0430\u0441\u0446\u044C",ipv4:"IPv4 \u0430\u0434\u0440\u0430\u0441",ipv6:"IPv6 \u0430\u0434\u0440\u0430\u0441",mac:"MAC \u0430\u0434\u0440\u0430\u0441",cidrv4:"IPv4 \u0434\u044B\u044F\u043F\u0430\u0437\u043E\u043D",cidrv6:"IPv6 \u0434\u044B\u044F\u043F\u0430\u0437\u043E\u043D",base64:"\u0440\u0430\u0434\u043E\u043A \u0443 \u0444\u0430\u0440\u043C\u0430\u0446\u0435 base64",base64url:"\u0440\u0430\u0434\u043E\u043A \u0443 \u0444\u0430\u0440\u043C\u0430\u0446\u0435 base64url",json_string:"JSON \u0440\u0430\u0434\u043E\u043A",e164:"\u043D\u0443\u043C\u0430\u0440 E.164",credit_card:"\u043D\u0443\u043C\u0430\u0440 \u043A\u0440\u044D\u0434\u044B\u0442\u043D\u0430\u0439 \u043A\u0430\u0440\u0442\u044B",currency_code:"\u043A\u043E\u0434 \u0432\u0430\u043B\u044E\u0442\u044B",iban:"IBAN",jwt:"JWT",template_literal:"\u0443\u0432\u043E\u0434"},o={nan:"NaN",number:"\u043B\u0456\u043A",array:"\u043C\u0430\u0441\u0456\u045E"};return n=>{switch(n.code){case"invalid_type":{let i=o[n.expected]??n.expected,a=z(n.input),s=o[a]??a;return/^[A-Z]/.test(n.expected)?`\u041D\u044F\u043F\u0440\u0430\u0432\u0456\u043B\u044C\u043D\u044B \u045E\u0432\u043E\u0434: \u0447\u0430\u043A\u0430\u045E\u0441\u044F instanceof ${n.expected}, \u0430\u0442\u0440\u044B\u043C\u0430\u043D\u0430 ${s}`:`\u041D\u044F\u043F\u0440\u0430\u0432\u0456\u043B\u044C\u043D\u044B \u045E\u0432\u043E\u0434: \u0447\u0430\u043A\u0430\u045E\u0441\u044F ${i}, \u0430\u0442\u0440\u044B\u043C\u0430\u043D\u0430 ${s}`}case"invalid_value":return n.values.length===1?`\u041D\u044F\u043F\u0440\u0430\u0432\u0456\u043B\u044C\u043D\u044B \u045E\u0432\u043E\u0434: \u0447\u0430\u043A\u0430\u043B\u0430\u0441\u044F ${D(n.values[0])}`:`\u041D\u044F\u043F\u0440\u0430\u0432\u0456\u043B\u044C\u043D\u044B \u0432\u0430\u0440\u044B\u044F\u043D\u0442: \u0447\u0430\u043A\u0430\u045E\u0441\u044F \u0430\u0434\u0437\u0456\u043D \u0437 ${$(n.values,"|")}`;case"too_big":{let i=n.inclusive?"<=":"<",a=t(n.origin);if(a){let s=Number(n.maximum),c=Kv(s,a.unit.one,a.unit.few,a.unit.many);return`\u0417\u0430\u043D\u0430\u0434\u0442\u0430 \u0432\u044F\u043B\u0456\u043A\u0456: \u0447\u0430\u043A\u0430\u043B\u0430\u0441\u044F, \u0448\u0442\u043E ${n.origin??"\u0437\u043D\u0430\u0447\u044D\u043D\u043D\u0435"} \u043F\u0430\u0432\u0456\u043D\u043D\u0430 ${a.verb} ${i}${n.maximum.toString()} ${c}`}return`\u0417\u0430\u043D\u0430\u0434\u0442\u0430 \u0432\u044F\u043B\u0456\u043A\u0456: \u0447\u0430\u043A\u0430\u043B\u0430\u0441\u044F, \u0448\u0442\u043E ${n.origin??"\u0437\u043D\u0430\u0447\u044D\u043D\u043D\u0435"} \u043F\u0430\u0432\u0456\u043D\u043D\u0430 \u0431\u044B\u0446\u044C ${i}${n.maximum.toString()}`}case"too_small":{let i=n.inclusive?">=":">",a=t(n.origin);if(a){let s=Number(n.minimum),c=Kv(s,a.unit.one,a.unit.few,a.unit.many);return`\u0417\u0430\u043D\u0430\u0434\u0442\u0430 \u043C\u0430\u043B\u044B: \u0447\u0430\u043A\u0430\u043B\u0430\u0441\u044F, \u0448\u0442\u043E ${n.origin} \u043F\u0430\u0432\u0456\u043D\u043D\u0430 ${a.verb} ${i}${n.minimum.toString()} ${c}`}return`\u0417\u0430\u043D\u0430\u0434\u0442\u0430 \u043C\u0430\u043B\u044B: \u0447\u0430\u043A\u0430\u043B\u0430\u0441\u044F, \u0448\u0442\u043E ${n.origin} \u043F\u0430\u0432\u0456\u043D\u043D\u0430 \u0431\u044B\u0446\u044C ${i}${n.minimum.toString()}`}case"invalid_format":{let i=n;return i.format==="starts_with"?`\u041D\u044F\u043F\u0440\u0430\u0432\u0456\u043B\u044C\u043D\u044B \u0440\u0430\u0434\u043E\u043A: \u043F\u0430\u0432\u0456\u043D\u0435\u043D \u043F\u0430\u0447\u044B\u043D\u0430\u0446\u0446\u0430 \u0437 "${i.prefix}"`:i.format==="ends_with"?`\u041D\u044F\u043F\u0440\u0430\u0432\u0456\u043B\u044C\u043D\u044B \u0440\u0430\u0434\u043E\u043A: \u043F\u0430\u0432\u0456\u043D\u0435\u043D \u0437\u0430\u043A\u0430\u043D\u0447\u0432\u0430\u0446\u0446\u0430 \u043D\u0430 "${i.suffix}"`:i.format==="includes"?`\u041D\u044F\u043F\u0440\u0430\u0432\u0456\u043B\u044C\u043D\u044B \u0440\u0430\u0434\u043E\u043A: \u043F\u0430\u0432\u0456\u043D\u0435\u043D \u0437\u043C\u044F\u0448\u0447\u0430\u0446\u044C "${i.includes}"`:i.format==="regex"?`\u041D\u044F\u043F\u0440\u0430\u0432\u0456\u043B\u044C\u043D\u044B \u0440\u0430\u0434\u043E\u043A: \u043F\u0430\u0432\u0456\u043D\u0435\u043D \u0430\u0434\u043F\u0430\u0432\u044F\u0434\u0430\u0446\u044C \u0448\u0430\u0431\u043B\u043E\u043D\u0443 ${i.pattern}`:`\u041D\u044F\u043F\u0440\u0430\u0432\u0456\u043B\u044C\u043D\u044B ${r[i.format]??n.format}`}case"not_multiple_of":return`\u041D\u044F\u043F\u0440\u0430\u0432\u0456\u043B\u044C\u043D\u044B \u043B\u0456\u043A: \u043F\u0430\u0432\u0456\u043D\u0435\u043D \u0431\u044B\u0446\u044C \u043A\u0440\u0430\u0442\u043D\u044B\u043C ${n.divisor}`;case"unrecognized_keys":return`\u041D\u0435\u0440\u0430\u0441\u043F\u0430\u0437\u043D\u0430\u043D\u044B ${n.keys.length>1?"\u043A\u043B\u044E\u0447\u044B":"\u043A\u043B\u044E\u0447"}: ${$(n.keys,", ")}`;case"invalid_key":return`\u041D\u044F\u043F\u0440\u0430\u0432\u0456\u043B\u044C\u043D\u044B \u043A\u043B\u044E\u0447 \u0443 ${n.origin}`;case"invalid_union":return"\u041D\u044F\u043F\u0440\u0430\u0432\u0456\u043B\u044C\u043D\u044B \u045E\u0432\u043E\u0434";case"invalid_element":return`\u041D\u044F\u043F\u0440\u0430\u0432\u0456\u043B\u044C\u043D\u0430\u0435 \u0437\u043D\u0430\u0447\u044D\u043D\u043D\u0435 \u045E ${n.origin}`;default:return"\u041D\u044F\u043F\u0440\u0430\u0432\u0456\u043B\u044C\u043D\u044B \u045E\u0432\u043E\u0434"}}};function Hv(){return{localeError:Xx()}}var Yx=()=>{let e={string:{unit:"\u0441\u0438\u043C\u0432\u043E\u043B\u0430",verb:"\u0434\u0430 \u0441\u044A\u0434\u044A\u0440\u0436\u0430"},file:{unit:"\u0431\u0430\u0439\u0442\u0430",verb:"\u0434\u0430 \u0441\u044A\u0434\u044A\u0440\u0436\u0430"},array:{unit:"\u0435\u043B\u0435\u043C\u0435\u043D\u0442\u0430",verb:"\u0434\u0430 \u0441\u044A\u0434\u044A\u0440\u0436\u0430"},set:{unit:"\u0435\u043B\u0435\u043C\u0435\u043D\u0442\u0430",verb:"\u0434\u0430 \u0441\u044A\u0434\u044A\u0440\u0436\u0430"},map:{unit:"\u0435\u043B\u0435\u043C\u0435\u043D\u0442\u0430",verb:"\u0434\u0430 \u0441\u044A\u0434\u044A\u0440\u0436\u0430"}};function t(n){return e[n]??null}let r={regex:"\u0432\u0445\u043E\u0434",email:"\u0438\u043C\u0435\u0439\u043B \u0430\u0434\u0440\u0435\u0441",url:"URL",emoji:"\u0435\u043C\u043E\u0434\u0436\u0438",uuid:"UUID",uuidv4:"UUIDv4",uuidv6:"UUIDv6",nanoid:"nanoid",guid:"GUID",cuid:"cuid",cuid2:"cuid2",ulid:"ULID",xid:"XID",ksuid:"KSUID",datetime:"ISO \u0432\u0440\u0435\u043C\u0435",date:"ISO \u0434\u0430\u0442\u0430",time:"ISO \u0432\u0440\u0435\u043C\u0435",duration:"ISO \u043F\u0440\u043E\u0434\u044A\u043B\u0436\u0438\u0442\u0435\u043B\u043D\u043E\u0441\u0442",ipv4:"IPv4 \u0430\u0434\u0440\u0435\u0441",ipv6:"IPv6 \u0430\u0434\u0440\u0435\u0441",mac:"MAC \u0430\u0434\u0440\u0435\u0441",cidrv4:"IPv4 \u0434\u0438\u0430\u043F\u0430\u0437\u043E\u043D",cidrv6:"IPv6 \u0434\u0438\u0430\u043F\u0430\u0437\u043E\u043D",base64:"base64-\u043A\u043E\u0434\u0438\u0440\u0430\u043D \u043D\u0438\u0437",base64url:"base64url-\u043A\u043E\u0434\u0438\u0440\u0430\u043D \u043D\u0438\u0437",json_string:"JSON \u043D\u0438\u0437",e164:"E.164 \u043D\u043E\u043C\u0435\u0440",credit_card:"\u043D\u043E\u043C\u0435\u0440 \u043D\u0430 \u043A\u0440\u0435\u0434\u0438\u0442\u043D\u0430 \u043A\u0430\u0440\u0442\u0430",currency_code:"\u043A\u043E\u0434 \u043D\u0430 \u0432\u0430\u043B\u0443\u0442\u0430",iban:"IBAN",jwt:"JWT",template_literal:"\u0432\u0445\u043E\u0434"},o={nan:"NaN",number:"\u0447\u0438\u0441\u043B\u043E",array:"\u043C\u0430\u0441\u0438\u0432"};return n=>{switch(n.code){case"invalid_type":{let i=o[n.expected]??n.expected,a=z(n.input),s=o[a]??a;return/^[A-Z]/.test(n.expected)?`\u041D\u0435\u0432\u0430\u043B\u0438\u0434\u0435\u043D \u0432\u0445\u043E\u0434: \u043E\u0447\u0430\u043A\u0432\u0430\u043D instanceof ${n.expected}, \u043F\u043E\u043B\u0443\u0447\u0435\u043D ${s}`:`\u041D\u0435\u0432\u0430\u043B\u0438\u0434\u0435\u043D \u0432\u0445\u043E\u0434: \u043E\u0447\u0430\u043A\u0432\u0430\u043D ${i}, \u043F\u043E\u043B\u0443\u0447\u0435\u043D ${s}`}case"invalid_value":return n.values.length===1?`\u041D\u0435\u0432\u0430\u043B\u0438\u0434\u0435\u043D \u0432\u0445\u043E\u0434: \u043E\u0447\u0430\u043A\u0432\u0430\u043D ${D(n.values[0])}`:`\u041D\u0435\u0432\u0430\u043B\u0438\u0434\u043D\u0430 \u043E\u043F\u0446\u0438\u044F: \u043E\u0447\u0430\u043A\u0432\u0430\u043D\u043E \u0435\u0434\u043D\u043E \u043E\u0442 ${$(n.values,"|")}`;case"too_big":{let i=n.inclusive?"<=":"<",a=t(n.origin);return a?`\u0422\u0432\u044A\u0440\u0434\u0435 \u0433\u043E\u043B\u044F\u043C\u043E: \u043E\u0447\u0430\u043A\u0432\u0430 \u0441\u0435 ${n.origin??"\u0441\u0442\u043E\u0439\u043D\u043E\u0441\u0442"} \u0434\u0430 \u0441\u044A\u0434\u044A\u0440\u0436\u0430 ${i}${n.maximum.toString()} ${a.unit??"\u0435\u043B\u0435\u043C\u0435\u043D\u0442\u0430"}`:`\u0422\u0432\u044A\u0440\u0434\u0435 \u0433\u043E\u043B\u044F\u043C\u043E: \u043E\u0447\u0430\u043A\u0432\u0430 \u0441\u0435 ${n.origin??"\u0441\u0442\u043E\u0439\u043D\u043E\u0441\u0442"} \u0434\u0430 \u0431\u044A\u0434\u0435 ${i}${n.maximum.toString()}`}case"too_small":{let i=n.inclusive?">=":">",a=t(n.origin);return a?`\u0422\u0432\u044A\u0440\u0434\u0435 \u043C\u0430\u043B\u043A\u043E: \u043E\u0447\u0430\u043A\u0432\u0430 \u0441\u0435 ${n.origin} \u0434\u0430 \u0441\u044A\u0434\u044A\u0440\u0436\u0430 ${i}${n.minimum.toString()} ${a.unit}`:`\u0422\u0432\u044A\u0440\u0434\u0435 \u043C\u0430\u043B\u043A\u043E: \u043E\u0447\u0430\u043A\u0432\u0430 \u0441\u0435 ${n.origin} \u0434\u0430 \u0431\u044A\u0434\u0435 ${i}${n.minimum.toString()}`}case"invalid_format":{let i=n;if(i.format==="starts_with")return`\u041D\u0435\u0432\u0430\u043B\u0438\u0434\u0435\u043D \u043D\u0438\u0437: \u0442\u0440\u044F\u0431\u0432\u0430 \u0434\u0430 \u0437\u0430\u043F\u043E\u0447\u0432\u0430 \u0441 "${i.prefix}"`;if(i.format==="ends_with")return`\u041D\u0435\u0432\u0430\u043B\u0438\u0434\u0435\u043D \u043D\u0438\u0437: \u0442\u0440\u044F\u0431\u0432\u0430 \u0434\u0430 \u0437\u0430\u0432\u044A\u0440\u0448\u0432\u0430 \u0441 "${i.suffix}"`;if(i.format==="includes")return`\u041D\u0435\u0432\u0430\u043B\u0438\u0434\u0435\u043D \u043D\u0438\u0437: \u0442\u0440\u044F\u0431\u0432\u0430 \u0434\u0430 \u0432\u043A\u043B\u044E\u0447\u0432\u0430 "${i.includes}"`;if(i.format==="regex")return`\u041D\u0435\u0432\u0430\u043B\u0438\u0434\u0435\u043D \u043D\u0438\u0437: \u0442\u0440\u044F\u0431\u0432\u0430 \u0434\u0430 \u0441\u044A\u0432\u043F\u0430\u0434\u0430 \u0441 ${i.pattern}`;let a="\u041D\u0435\u0432\u0430\u043B\u0438\u0434\u0435\u043D";return i.format==="emoji"&&(a="\u041D\u0435\u0432\u0430\u043B\u0438\u0434\u043D\u043E"),i.format==="datetime"&&(a="\u041D\u0435\u0432\u0430\u043B\u0438\u0434\u043D\u043E"),i.format==="date"&&(a="\u041D\u0435\u0432\u0430\u043B\u0438\u0434\u043D\u0430"),i.format==="time"&&(a="\u041D\u0435\u0432\u0430\u043B\u0438\u0434\u043D\u043E"),i.format==="duration"&&(a="\u041D\u0435\u0432\u0430\u043B\u0438\u0434\u043D\u0430"),`${a} ${r[i.format]??n.format}`}case"not_multiple_of":return`\u041D\u0435\u0432\u0430\u043B\u0438\u0434\u043D\u043E \u0447\u0438\u0441\u043B\u043E: \u0442\u0440\u044F\u0431\u0432\u0430 \u0434\u0430 \u0431\u044A\u0434\u0435 \u043A\u0440\u0430\u0442\u043D\u043E \u043D\u0430 ${n.divisor}`;case"unrecognized_keys":return`\u041D\u0435\u0440\u0430\u0437\u043F\u043E\u0437\u043D\u0430\u0442${n.keys.length>1?"\u0438":""} \u043A\u043B\u044E\u0447${n.keys.length>1?"\u043E\u0432\u0435":""}: ${$(n.keys,", ")}`;case"invalid_key":return`\u041D\u0435\u0432\u0430\u043B\u0438\u0434\u0435\u043D \u043A\u043B\u044E\u0447 \u0432 ${n.origin}`;case"invalid_union":return"\u041D\u0435\u0432\u0430\u043B\u0438\u0434\u0435\u043D \u0432\u0445\u043E\u0434";case"invalid_element":return`\u041D\u0435\u0432\u0430\u043B\u0438\u0434\u043D\u0430 \u0441\u0442\u043E\u0439\u043D\u043E\u0441\u0442 \u0432 ${n.origin}`;default:return"\u041D\u0435\u0432\u0430\u043B\u0438\u0434\u0435\u043D \u0432\u0445\u043E\u0434"}}};function Wv(){return{localeError:Yx()}}var Qx=()=>{let e={string:{unit:"\u0985\u0995\u09CD\u09B7\u09B0",verb:"\u09A5\u09BE\u0995\u09A4\u09C7 \u09B9\u09AC\u09C7"},file:{unit:"\u09AC\u09BE\u0987\u099F",verb:"\u09A5\u09BE\u0995\u09A4\u09C7 \u09B9\u09AC\u09C7"},array:{unit:"\u0986\u0987\u099F\u09C7\u09AE",verb:"\u09A5\u09BE\u0995\u09A4\u09C7 \u09B9\u09AC\u09C7"},set:{unit:"\u0986\u0987\u099F\u09C7\u09AE",verb:"\u09A5\u09BE\u0995\u09A4\u09C7 \u09B9\u09AC\u09C7"},map:{unit:"\u098F\u09A8\u09CD\u099F\u09CD\u09B0\u09BF",verb:"\u09A5\u09BE\u0995\u09A4\u09C7 \u09B9\u09AC\u09C7"}};function t(n){return e[n]??null}let r={regex:"\u0987\u09A8\u09AA\u09C1\u099F",email:"\u0987\u09AE\u09C7\u0987\u09B2 \u09A0\u09BF\u0995\u09BE\u09A8\u09BE",url:"URL",emoji:"\u0987\u09AE\u09CB\u099C\u09BF",uuid:"UUID",uuidv4:"UUIDv4",uuidv6:"UUIDv6",nanoid:"nanoid",guid:"GUID",cuid:"cuid",cuid2:"cuid2",ulid:"ULID",xid:"XID",ksuid:"KSUID",datetime:"ISO \u09A4\u09BE\u09B0\u09BF\u0996 \u0993 \u09B8\u09AE\u09AF\u09BC",date:"ISO \u09A4\u09BE\u09B0\u09BF\u0996",time:"ISO \u09B8\u09AE\u09AF\u09BC",duration:"ISO \u09B8\u09AE\u09AF\u09BC\u0995\u09BE\u09B2",ipv4:"IPv4 \u09A0\u09BF\u0995\u09BE\u09A8\u09BE",ipv6:"IPv6 \u09A0\u09BF\u0995\u09BE\u09A8\u09BE",mac:"MAC \u09A0\u09BF\u0995\u09BE\u09A8\u09BE",cidrv4:"IPv4 \u09B0\u09C7\u099E\u09CD\u099C",cidrv6:"IPv6 \u09B0\u09C7\u099E\u09CD\u099C",base64:"base64-\u098F\u09A8\u0995\u09CB\u09A1\u09C7\u09A1 \u09B8\u09CD\u099F\u09CD\u09B0\u09BF\u0982",base64url:"base64url-\u098F\u09A8\u0995\u09CB\u09A1\u09C7\u09A1 \u09B8\u09CD\u099F\u09CD\u09B0\u09BF\u0982",json_string:"JSON \u09B8\u09CD\u099F\u09CD\u09B0\u09BF\u0982",e164:"E.164 \u09A8\u09AE\u09CD\u09AC\u09B0",credit_card:"\u0995\u09CD\u09B0\u09C7\u09A1\u09BF\u099F \u0995\u09BE\u09B0\u09CD\u09A1 \u09A8\u09AE\u09CD\u09AC\u09B0",currency_code:"\u09AE\u09C1\u09A6\u09CD\u09B0\u09BE \u0995\u09CB\u09A1",iban:"IBAN",jwt:"JWT",template_literal:"\u0987\u09A8\u09AA\u09C1\u099F"},o={nan:"NaN"};return n=>{switch(n.code){case"invalid_type":{let i=o[n.expected]??n.expected,a=z(n.input),s=o[a]??a;return`\u0985\u09AC\u09C8\u09A7 \u0987\u09A8\u09AA\u09C1\u099F: \u09AA\u09CD\u09B0\u09A4\u09CD\u09AF\u09BE\u09B6\u09BF\u09A4 ${i}, \u09AA\u09CD\u09B0\u09BE\u09AA\u09CD\u09A4 ${s}`}case"invalid_value":return n.values.length===1?`\u0985\u09AC\u09C8\u09A7 \u0987\u09A8\u09AA\u09C1\u099F: \u09AA\u09CD\u09B0\u09A4\u09CD\u09AF\u09BE\u09B6\u09BF\u09A4 ${D(n.values[0])}`:`\u0985\u09AC\u09C8\u09A7 \u0985\u09AA\u09B6\u09A8: ${$(n.values," | ")} \u098F\u09B0 \u09AE\u09A7\u09CD\u09AF\u09C7 \u098F\u0995\u099F\u09BF \u09AA\u09CD\u09B0\u09A4\u09CD\u09AF\u09BE\u09B6\u09BF\u09A4`;case"too_big":{let i=n.inclusive?"<=":"<",a=t(n.origin);return a?`\u0985\u09A8\u09C7\u0995 \u09AC\u09A1\u09BC: ${n.origin??"\u09AE\u09BE\u09A8"} ${i}${n.maximum.toString()} ${a.unit??"\u098F\u09B2\u09BF\u09AE\u09C7\u09A8\u09CD\u099F"} \u09B9\u09A4\u09C7 \u09B9\u09AC\u09C7`:`\u0985\u09A8\u09C7\u0995 \u09AC\u09A1\u09BC: ${n.origin??"\u09AE\u09BE\u09A8"} ${i}${n.maximum.toString()} \u09B9\u09A4\u09C7 \u09B9\u09AC\u09C7`}case"too_small":{let i=n.inclusive?">=":">",a=t(n.origin);return a?`\u0985\u09A8\u09C7\u0995 \u099B\u09CB\u099F: ${n.origin} ${i}${n.minimum.toString()} ${a.unit} \u09B9\u09A4\u09C7 \u09B9\u09AC\u09C7`:`\u0985\u09A8\u09C7\u0995 \u099B\u09CB\u099F: ${n.origin} ${i}${n.minimum.toString()} \u09B9\u09A4\u09C7 \u09B9\u09AC\u09C7`}case"invalid_format":{let i=n;return i.format==="starts_with"?`\u0985\u09AC\u09C8\u09A7 \u09B8\u09CD\u099F\u09CD\u09B0\u09BF\u0982: "${i.prefix}" \u09A6\u09BF\u09AF\u09BC\u09C7 \u09B6\u09C1\u09B0\u09C1 \u09B9\u09A4\u09C7 \u09B9\u09AC\u09C7`:i.format==="ends_with"?`\u0985\u09AC\u09C8\u09A7 \u09B8\u09CD\u099F\u09CD\u09B0\u09BF\u0982: "${i.suffix}" \u09A6\u09BF\u09AF\u09BC\u09C7 \u09B6\u09C7\u09B7 \u09B9\u09A4\u09C7 \u09B9\u09AC\u09C7`:i.format==="includes"?`\u0985\u09AC\u09C8\u09A7 \u09B8\u09CD\u099F\u09CD\u09B0\u09BF\u0982: "${i.includes}" \u0985\u09A8\u09CD\u09A4\u09B0\u09CD\u09AD\u09C1\u0995\u09CD\u09A4 \u09A5\u09BE\u0995\u09A4\u09C7 \u09B9\u09AC\u09C7`:i.format==="regex"?`\u0985\u09AC\u09C8\u09A7 \u09B8\u09CD\u099F\u09CD\u09B0\u09BF\u0982: ${i.pattern} \u09AA\u09CD\u09AF\u09BE\u099F\u09BE\u09B0\u09CD\u09A8 \u09AE\u09BF\u09B2\u09A4\u09C7 \u09B9\u09AC\u09C7`:`\u0985\u09AC\u09C8\u09A7 ${r[i.format]??n.format}`}case"not_multiple_of":return`\u0985\u09AC\u09C8\u09A7 \u09A8\u09AE\u09CD\u09AC\u09B0: ${n.divisor} \u098F\u09B0 \u0997\u09C1\u09A3\u09BF\u09A4\u0995 \u09B9\u09A4\u09C7 \u09B9\u09AC\u09C7`;case"unrecognized_keys":return`\u0985\u099A\u09C7\u09A8\u09BE \u0995\u09C0${n.keys.length>1?"\u0997\u09C1\u09B2\u09CB":""}: ${$(n.keys,", ")}`;case"invalid_key":return`${n.origin} \u098F \u0985\u09AC\u09C8\u09A7 \u0995\u09C0`;case"invalid_union":return n.options&&Array.isArray(n.options)&&n.options.length>0?`\u0985\u09AC\u09C8\u09A7 \u09A1\u09BF\u09B8\u0995\u09CD\u09B0\u09BF\u09AE\u09BF\u09A8\u09C7\u099F\u09B0 \u09AE\u09BE\u09A8\u0964 \u09AA\u09CD\u09B0\u09A4\u09CD\u09AF\u09BE\u09B6\u09BF\u09A4 ${n.options.map(a=>`'${a}'`).join(" | ")}`:"\u0985\u09AC\u09C8\u09A7 \u0987\u09A8\u09AA\u09C1\u099F";case"invalid_element":return`${n.origin} \u098F \u0985\u09AC\u09C8\u09A7 \u09AE\u09BE\u09A8`;default:return"\u0985\u09AC\u09C8\u09A7 \u0987\u09A8\u09AA\u09C1\u099F"}}};function Jv(){return{localeError:Qx()}}var e_=()=>{let e={string:{unit:"car\xE0cters",verb:"contenir"},file:{unit:"bytes",verb:"contenir"},array:{unit:"elements",verb:"contenir"},set:{unit:"elements",verb:"contenir"},map:{unit:"elements",verb:"contenir"}};function t(n){return e[n]??null}let r={regex:"entrada",email:"adre\xE7a electr\xF2nica",url:"URL",emoji:"emoji",uuid:"UUID",uuidv4:"UUIDv4",uuidv6:"UUIDv6",nanoid:"nanoid",guid:"GUID",cuid:"cuid",cuid2:"cuid2",ulid:"ULID",xid:"XID",ksuid:"KSUID",datetime:"data i hora ISO",date:"data ISO",time:"hora ISO",duration:"durada ISO",ipv4:"adre\xE7a IPv4",ipv6:"adre\xE7a IPv6",mac:"adre\xE7a MAC",cidrv4:"rang IPv4",cidrv6:"rang IPv6",base64:"cadena codificada en base64",base64url:"cadena codificada en base64url",json_string:"cadena JSON",e164:"n\xFAmero E.164",credit_card:"n\xFAmero de targeta de cr\xE8dit",currency_code:"codi de moneda",iban:"IBAN",jwt:"JWT",template_literal:"entrada"},o={nan:"NaN"};return n=>{switch(n.code){case"invalid_type":{let i=o[n.expected]??n.expected,a=z(n.input),s=o[a]??a;return/^[A-Z]/.test(n.expected)?`Tipus inv\xE0lid: s'esperava instanceof ${n.expected}, s'ha rebut ${s}`:`Tipus inv\xE0lid: s'esperava ${i}, s'ha rebut ${s}`}case"invalid_value":return n.values.length===1?`Valor inv\xE0lid: s'esperava ${D(n.values[0])}`:`Opci\xF3 inv\xE0lida: s'esperava una de ${$(n.values," o ")}`;case"too_big":{let i=n.inclusive?"com a m\xE0xim":"menys de",a=t(n.origin);return a?`Massa gran: s'esperava que ${n.origin??"el valor"} contingu\xE9s ${i} ${n.maximum.toString()} ${a.unit??"elements"}`:`Massa gran: s'esperava que ${n.origin??"el valor"} fos ${i} ${n.maximum.toString()}`}case"too_small":{let i=n.inclusive?"com a m\xEDnim":"m\xE9s de",a=t(n.origin);return a?`Massa petit: s'esperava que ${n.origin} contingu\xE9s ${i} ${n.minimum.toString()} ${a.unit}`:`Massa petit: s'esperava que ${n.origin} fos ${i} ${n.minimum.toString()}`}case"invalid_format":{let i=n;return i.format==="starts_with"?`Format inv\xE0lid: ha de comen\xE7ar amb "${i.prefix}"`:i.format==="ends_with"?`Format inv\xE0lid: ha d'acabar amb "${i.suffix}"`:i.format==="includes"?`Format inv\xE0lid: ha d'incloure "${i.includes}"`:i.format==="regex"?`Format inv\xE0lid: ha de coincidir amb el patr\xF3 ${i.pattern}`:`Format inv\xE0lid per a ${r[i.format]??n.format}`}case"not_multiple_of":return`N\xFAmero inv\xE0lid: ha de ser m\xFAltiple de ${n.divisor}`;case"unrecognized_keys":return`Clau${n.keys.length>1?"s":""} no reconeguda${n.keys.length>1?"s":""}: ${$(n.keys,", ")}`;case"invalid_key":return`Clau inv\xE0lida a ${n.origin}`;case"invalid_union":return"Entrada inv\xE0lida";case"invalid_element":return`Element inv\xE0lid a ${n.origin}`;default:return"Entrada inv\xE0lida"}}};function Xv(){return{localeError:e_()}}var t_=()=>{let e={string:{unit:"\u067E\u06CC\u062A",verb:"\u0628\u06CE\u062A"},file:{unit:"\u0628\u0627\u06CC\u062A",verb:"\u0628\u06CE\u062A"},array:{unit:"\u062F\u0627\u0646\u06D5",verb:"\u0628\u06CE\u062A"},set:{unit:"\u062F\u0627\u0646\u06D5",verb:"\u0628\u06CE\u062A"},map:{unit:"\u062F\u0627\u0646\u06D5",verb:"\u0628\u06CE\u062A"}};function t(n){return e[n]??null}let r={regex:"regex",email:"\u0626\u06CC\u0645\u06D5\u06CC\u06B5",url:"\u0628\u06D5\u0633\u062A\u06D5\u0631 (URL)",emoji:"\u0626\u06CC\u0645\u06C6\u062C\u06CC",uuid:"UUID",uuidv4:"UUIDv4",uuidv6:"UUIDv6",nanoid:"nanoid",guid:"GUID",cuid:"cuid",cuid2:"cuid2",ulid:"ULID",xid:"XID",ksuid:"KSUID",datetime:"\u0695\u06CE\u06A9\u06D5\u0648\u062A \u0648 \u06A9\u0627\u062A",date:"\u0695\u06CE\u06A9\u06D5\u0648\u062A",time:"\u06A9\u0627\u062A",duration:"\u0645\u0627\u0648\u06D5",ipv4:"\u0646\u0627\u0648\u0646\u06CC\u0634\u0627\u0646\u06CC IPv4",ipv6:"\u0646\u0627\u0648\u0646\u06CC\u0634\u0627\u0646\u06CC IPv6",mac:"\u0646\u0627\u0648\u0646\u06CC\u0634\u0627\u0646\u06CC MAC",cidrv4:"\u0645\u06D5\u0648\u062F\u0627\u06CC IPv4",cidrv6:"\u0645\u06D5\u0648\u062F\u0627\u06CC IPv6",base64:"\u062F\u06D5\u0642\u06CC base64",base64url:"\u062F\u06D5\u0642\u06CC base64url",json_string:"\u062F\u06D5\u0642\u06CC JSON",e164:"\u0698\u0645\u0627\u0631\u06D5\u06CC E.164",credit_card:"\u0698\u0645\u0627\u0631\u06D5\u06CC \u06A9\u0627\u0631\u062A\u06CC \u06A9\u0631\u06CE\u062F\u06CC\u062A",currency_code:"\u06A9\u06C6\u062F\u06CC \u062F\u0631\u0627\u0648",iban:"IBAN",jwt:"JWT",template_literal:"\u062A\u06CE\u06A9\u0631\u062F\u06D5"},o={nan:"NaN",string:"\u0646\u0648\u0648\u0633\u06CC\u0646",number:"\u0698\u0645\u0627\u0631\u06D5",boolean:"boolean",array:"array",object:"object",date:"\u0695\u06CE\u06A9\u06D5\u0648\u062A",integer:"\u0698\u0645\u0627\u0631\u06D5",float:"\u0698\u0645\u0627\u0631\u06D5",null:"null",undefined:"undefined",function:"function",symbol:"symbol",unknown:"unknown",promise:"promise",void:"void",never:"never",map:"map",set:"set"};return n=>{switch(n.code){case"invalid_type":{let i=o[n.expected]??n.expected,a=z(n.input),s=o[a]??a,c=["\u0627","\u0648","\u06C6","\u0648\u0648","\u06D5","\u06CC","\u06CE"].some(l=>s.endsWith(l))?"\u06CC\u06D5":"\u06D5",u=/^[a-zA-Z]+$/.test(s);return a==="null"||a==="undefined"?"\u062F\u0627\u0648\u0627\u06A9\u0631\u0627\u0648\u06D5":`\u0686\u0627\u0648\u06D5\u0695\u0648\u0627\u0646\u06A9\u0631\u0627\u0648\u06D5 ${i} \u0628\u06CE\u062A\u060C \u0628\u06D5\u06B5\u0627\u0645 ${s}${u?"":c}`}case"invalid_value":return n.values.length===1?`\u0628\u06D5\u0647\u0627\u06A9\u06D5 \u0646\u0627\u062F\u0631\u0648\u0648\u0633\u062A\u06D5: \u0686\u0627\u0648\u06D5\u0695\u0648\u0627\u0646\u06A9\u0631\u0627\u0648\u06D5 ${D(n.values[0])} \u0628\u06CE\u062A`:`\u0647\u06D5\u06B5\u0628\u0698\u0627\u0631\u062F\u06D5\u06CC \u0646\u0627\u062F\u0631\u0648\u0633\u062A: \u0686\u0627\u0648\u06D5\u0695\u0648\u0627\u0646\u06A9\u0631\u0627\u0648\u06D5 \u06CC\u06D5\u06A9\u06CE\u06A9 \u0628\u06CE\u062A \u0644\u06D5 ${$(n.values,"|")}`;case"too_big":{let i=t(n.origin);return i?`\u067E\u06CE\u0648\u06CC\u0633\u062A\u06D5 \u0628\u06D5 \u0644\u0627\u06CC\u06D5\u0646\u06CC \u0632\u06C6\u0631\u06D5\u0648\u06D5 ${n.maximum.toString()} ${i.unit} ${i.verb}`:`\u067E\u06CE\u0648\u06CC\u0633\u062A\u06D5 \u0628\u06D5 \u0644\u0627\u06CC\u06D5\u0646\u06CC \u0632\u06C6\u0631\u06D5\u0648\u06D5 ${n.maximum.toString()} \u0628\u06CE\u062A`}case"too_small":{let i=t(n.origin);return i?`\u067E\u06CE\u0648\u06CC\u0633\u062A\u06D5 \u0628\u06D5 \u0644\u0627\u06CC\u06D5\u0646\u06CC \u06A9\u06D5\u0645\u06D5\u0648\u06D5 ${n.minimum.toString()} ${i.unit} ${i.verb}`:`\u067E\u06CE\u0648\u06CC\u0633\u062A\u06D5 \u0628\u06D5 \u0644\u0627\u06CC\u06D5\u0646\u06CC \u06A9\u06D5\u0645\u06D5\u0648\u06D5 ${n.minimum.toString()} \u0628\u06CE\u062A`}case"invalid_format":{let i=n;return i.format==="starts_with"?`\u062F\u06D5\u0642\u06CC \u0646\u0627\u062F\u0631\u0648\u0633\u062A: \u067E\u06CE\u0648\u06CC\u0633\u062A\u06D5 \u062F\u06D5\u0633\u062A\u067E\u06CE\u0628\u06A9\u0627\u062A \u0628\u06D5 "${i.prefix}"`:i.format==="ends_with"?`\u062F\u06D5\u0642\u06CC \u0646\u0627\u062F\u0631\u0648\u0633\u062A: \u067E\u06CE\u0648\u06CC\u0633\u062A\u06D5 \u06A9\u06C6\u062A\u0627\u06CC\u06CC\u0628\u06CE\u062A \u0628\u06D5 "${i.suffix}"`:i.format==="includes"?`\u062F\u06D5\u0642\u06CC \u0646\u0627\u062F\u0631\u0648\u0633\u062A: \u067E\u06CE\u0648\u06CC\u0633\u062A\u06D5 "${i.includes}" \u0644\u06D5\u062E\u06C6\u0628\u06AF\u0631\u06CE\u062A`:i.format==="regex"?`\u062F\u06D5\u0642\u06CC \u0646\u0627\u062F\u0631\u0648\u0633\u062A: \u067E\u06CE\u0648\u06CC\u0633\u062A\u06D5 \u0644\u06D5\u06AF\u06D5\u06B5 \u067E\u0627\u062A\u06CE\u0631\u0646\u06CC ${i.pattern} \u0628\u06AF\u0648\u0646\u062C\u06CE\u062A`:`\u0628\u06D5\u0647\u0627\u06CC ${r[i.format]??n.format} \u0646\u0627\u062F\u0631\u0648\u0633\u062A\u06D5`}case"not_multiple_of":return`\u0698\u0645\u0627\u0631\u06D5\u06CC \u0646\u0627\u062F\u0631\u0648\u0633\u062A: \u062F\u06D5\u0628\u06CE\u062A \u0686\u06D5\u0646\u062F \u0647\u06CE\u0646\u062F\u06D5 \u0628\u06CE\u062A \u0628\u06C6 ${n.divisor}`;case"unrecognized_keys":return`\u06A9\u0644\u06CC\u0644\u06CC \u0646\u06D5\u0646\u0627\u0633\u0631\u0627\u0648: ${$(n.keys,", ")}`;case"invalid_key":return`\u06A9\u0644\u06CC\u0644\u06CC \u0646\u0627\u062F\u0631\u0648\u0633\u062A \u0644\u06D5 ${n.origin}`;case"invalid_union":return n.options&&Array.isArray(n.options)&&n.options.length>0?`\u0628\u06D5\u0647\u0627\u06CC \u0646\u06D5\u0646\u0627\u0633\u0631\u0627\u0648 \u0647\u06D5\u06CC\u06D5. \u0628\u06D5\u0647\u0627\u06CC \u0686\u0627\u0648\u06D5\u0695\u0648\u0627\u0646\u06A9\u0631\u0627\u0648: ${n.options.map(a=>`'${a}'`).join(" | ")}`:"\u06CC\u06D5\u06A9\u06AF\u0631\u062A\u0646\u06CC \u0646\u0627\u062F\u0631\u0648\u0633\u062A";case"invalid_element":return`${n.origin} \u0628\u06D5\u0647\u0627\u06A9\u06D5 \u0646\u0627\u062F\u0631\u0648\u0633\u062A\u06D5`;default:return"\u062A\u06CE\u06A9\u0631\u062F\u06D5\u06CC \u0646\u0627\u062F\u0631\u0648\u0633\u062A"}}};function Yv(){return{localeError:t_()}}var n_=()=>{let e={string:{unit:"znak\u016F",verb:"m\xEDt"},file:{unit:"bajt\u016F",verb:"m\xEDt"},array:{unit:"prvk\u016F",verb:"m\xEDt"},set:{unit:"prvk\u016F",verb:"m\xEDt"},map:{unit:"prvk\u016F",verb:"m\xEDt"}};function t(n){return e[n]??null}let r={regex:"regul\xE1rn\xED v\xFDraz",email:"e-mailov\xE1 adresa",url:"URL",emoji:"emoji",uuid:"UUID",uuidv4:"UUIDv4",uuidv6:"UUIDv6",nanoid:"nanoid",guid:"GUID",cuid:"cuid",cuid2:"cuid2",ulid:"ULID",xid:"XID",ksuid:"KSUID",datetime:"datum a \u010Das ve form\xE1tu ISO",date:"datum ve form\xE1tu ISO",time:"\u010Das ve form\xE1tu ISO",duration:"doba trv\xE1n\xED ISO",ipv4:"IPv4 adresa",ipv6:"IPv6 adresa",mac:"MAC adresa",cidrv4:"rozsah IPv4",cidrv6:"rozsah IPv6",base64:"\u0159et\u011Bzec zak\xF3dovan\xFD ve form\xE1tu base64",base64url:"\u0159et\u011Bzec zak\xF3dovan\xFD ve form\xE1tu base64url",json_string:"\u0159et\u011Bzec ve form\xE1tu JSON",e164:"\u010D\xEDslo E.164",credit_card:"\u010D\xEDslo kreditn\xED karty",currency_code:"k\xF3d m\u011Bny",iban:"IBAN",jwt:"JWT",template_literal:"vstup"},o={nan:"NaN",number:"\u010D\xEDslo",string:"\u0159et\u011Bzec",function:"funkce",array:"pole"};return n=>{switch(n.code){case"invalid_type":{let i=o[n.expected]??n.expected,a=z(n.input),s=o[a]??a;return/^[A-Z]/.test(n.expected)?`Neplatn\xFD vstup: o\u010Dek\xE1v\xE1no instanceof ${n.expected}, obdr\u017Eeno ${s}`:`Neplatn\xFD vstup: o\u010Dek\xE1v\xE1no ${i}, obdr\u017Eeno ${s}`}case"invalid_value":return n.values.length===1?`Neplatn\xFD vstup: o\u010Dek\xE1v\xE1no ${D(n.values[0])}`:`Neplatn\xE1 mo\u017Enost: o\u010Dek\xE1v\xE1na jedna z hodnot ${$(n.values,"|")}`;case"too_big":{let i=n.inclusive?"<=":"<",a=t(n.origin);return a?`Hodnota je p\u0159\xEDli\u0161 velk\xE1: ${n.origin??"hodnota"} mus\xED m\xEDt ${i}${n.maximum.toString()} ${a.unit??"prvk\u016F"}`:`Hodnota je p\u0159\xEDli\u0161 velk\xE1: ${n.origin??"hodnota"} mus\xED b\xFDt ${i}${n.maximum.toString()}`}case"too_small":{let i=n.inclusive?">=":">",a=t(n.origin);return a?`Hodnota je p\u0159\xEDli\u0161 mal\xE1: ${n.origin??"hodnota"} mus\xED m\xEDt ${i}${n.minimum.toString()} ${a.unit??"prvk\u016F"}`:`Hodnota je p\u0159\xEDli\u0161 mal\xE1: ${n.origin??"hodnota"} mus\xED b\xFDt ${i}${n.minimum.toString()}`}case"invalid_format":{let i=n;return i.format==="starts_with"?`Neplatn\xFD \u0159et\u011Bzec: mus\xED za\u010D\xEDnat na "${i.prefix}"`:i.format==="ends_with"?`Neplatn\xFD \u0159et\u011Bzec: mus\xED kon\u010Dit na "${i.suffix}"`:i.format==="includes"?`Neplatn\xFD \u0159et\u011Bzec: mus\xED obsahovat "${i.includes}"`:i.format==="regex"?`Neplatn\xFD \u0159et\u011Bzec: mus\xED odpov\xEDdat vzoru ${i.pattern}`:`Neplatn\xFD form\xE1t ${r[i.format]??n.format}`}case"not_multiple_of":return`Neplatn\xE9 \u010D\xEDslo: mus\xED b\xFDt n\xE1sobkem ${n.divisor}`;case"unrecognized_keys":return`Nezn\xE1m\xE9 kl\xED\u010De: ${$(n.keys,", ")}`;case"invalid_key":return`Neplatn\xFD kl\xED\u010D v ${n.origin}`;case"invalid_union":return"Neplatn\xFD vstup";case"invalid_element":return`Neplatn\xE1 hodnota v ${n.origin}`;default:return"Neplatn\xFD vstup"}}};function Qv(){return{localeError:n_()}}var r_=()=>{let e={string:{unit:"tegn",verb:"havde"},file:{unit:"bytes",verb:"havde"},array:{unit:"elementer",verb:"indeholdt"},set:{unit:"elementer",verb:"indeholdt"},map:{unit:"elementer",verb:"indeholdt"}};function t(n){return e[n]??null}let r={regex:"input",email:"e-mailadresse",url:"URL",emoji:"emoji",uuid:"UUID",uuidv4:"UUIDv4",uuidv6:"UUIDv6",nanoid:"nanoid",guid:"GUID",cuid:"cuid",cuid2:"cuid2",ulid:"ULID",xid:"XID",ksuid:"KSUID",datetime:"ISO dato- og klokkesl\xE6t",date:"ISO-dato",time:"ISO-klokkesl\xE6t",duration:"ISO-varighed",ipv4:"IPv4-adresse",ipv6:"IPv6-adresse",mac:"MAC-adresse",cidrv4:"IPv4-spektrum",cidrv6:"IPv6-spektrum",base64:"base64-kodet streng",base64url:"base64url-kodet streng",json_string:"JSON-streng",e164:"E.164-nummer",credit_card:"kreditkortnummer",currency_code:"valutakode",iban:"IBAN",jwt:"JWT",template_literal:"input"},o={nan:"NaN",string:"streng",number:"tal",boolean:"boolean",array:"liste",object:"objekt",set:"s\xE6t",file:"fil"};return n=>{switch(n.code){case"invalid_type":{let i=o[n.expected]??n.expected,a=z(n.input),s=o[a]??a;return/^[A-Z]/.test(n.expected)?`Ugyldigt input: forventede instanceof ${n.expected}, fik ${s}`:`Ugyldigt input: forventede ${i}, fik ${s}`}case"invalid_value":return n.values.length===1?`Ugyldig v\xE6rdi: forventede ${D(n.values[0])}`:`Ugyldigt valg: forventede en af f\xF8lgende ${$(n.values,"|")}`;case"too_big":{let i=n.inclusive?"<=":"<",a=t(n.origin),s=o[n.origin]??n.origin;return a?`For stor: forventede ${s??"value"} ${a.verb} ${i} ${n.maximum.toString()} ${a.unit??"elementer"}`:`For stor: forventede ${s??"value"} havde ${i} ${n.maximum.toString()}`}case"too_small":{let i=n.inclusive?">=":">",a=t(n.origin),s=o[n.origin]??n.origin;return a?`For lille: forventede ${s} ${a.verb} ${i} ${n.minimum.toString()} ${a.unit}`:`For lille: forventede ${s} havde ${i} ${n.minimum.toString()}`}case"invalid_format":{let i=n;return i.format==="starts_with"?`Ugyldig streng: skal starte med "${i.prefix}"`:i.format==="ends_with"?`Ugyldig streng: skal ende med "${i.suffix}"`:i.format==="includes"?`Ugyldig streng: skal indeholde "${i.includes}"`:i.format==="regex"?`Ugyldig streng: skal matche m\xF8nsteret ${i.pattern}`:`Ugyldig ${r[i.format]??n.format}`}case"not_multiple_of":return`Ugyldigt tal: skal v\xE6re deleligt med ${n.divisor}`;case"unrecognized_keys":return`${n.keys.length>1?"Ukendte n\xF8gler":"Ukendt n\xF8gle"}: ${$(n.keys,", ")}`;case"invalid_key":return`Ugyldig n\xF8gle i ${n.origin}`;case"invalid_union":return"Ugyldigt input: matcher ingen af de tilladte typer";case"invalid_element":return`Ugyldig v\xE6rdi i ${n.origin}`;default:return"Ugyldigt input"}}};function e0(){return{localeError:r_()}}var i_=()=>{let e={string:{unit:"Zeichen",verb:"zu haben"},file:{unit:"Bytes",verb:"zu haben"},array:{unit:"Elemente",verb:"zu haben"},set:{unit:"Elemente",verb:"zu haben"},map:{unit:"Elemente",verb:"zu haben"}};function t(n){return e[n]??null}let r={regex:"Eingabe",email:"E-Mail-Adresse",url:"URL",emoji:"Emoji",uuid:"UUID",uuidv4:"UUIDv4",uuidv6:"UUIDv6",nanoid:"nanoid",guid:"GUID",cuid:"cuid",cuid2:"cuid2",ulid:"ULID",xid:"XID",ksuid:"KSUID",datetime:"ISO-Datum und -Uhrzeit",date:"ISO-Datum",time:"ISO-Uhrzeit",duration:"ISO-Dauer",ipv4:"IPv4-Adresse",ipv6:"IPv6-Adresse",mac:"MAC-Adresse",cidrv4:"IPv4-Bereich",cidrv6:"IPv6-Bereich",base64:"Base64-codierter String",base64url:"Base64-URL-codierter String",json_string:"JSON-String",e164:"E.164-Nummer",credit_card:"Kreditkartennummer",currency_code:"W\xE4hrungscode",iban:"IBAN",jwt:"JWT",template_literal:"Eingabe"},o={nan:"NaN",number:"Zahl",array:"Array"};return n=>{switch(n.code){case"invalid_type":{let i=o[n.expected]??n.expected,a=z(n.input),s=o[a]??a;return/^[A-Z]/.test(n.expected)?`Ung\xFCltige Eingabe: erwartet instanceof ${n.expected}, erhalten ${s}`:`Ung\xFCltige Eingabe: erwartet ${i}, erhalten ${s}`}case"invalid_value":return n.values.length===1?`Ung\xFCltige Eingabe: erwartet ${D(n.values[0])}`:`Ung\xFCltige Option: erwartet eine von ${$(n.values,"|")}`;case"too_big":{let i=n.inclusive?"<=":"<",a=t(n.origin);return a?`Zu gro\xDF: erwartet, dass ${n.origin??"Wert"} ${i}${n.maximum.toString()} ${a.unit??"Elemente"} hat`:`Zu gro\xDF: erwartet, dass ${n.origin??"Wert"} ${i}${n.maximum.toString()} ist`}case"too_small":{let i=n.inclusive?">=":">",a=t(n.origin);return a?`Zu klein: erwartet, dass ${n.origin} ${i}${n.minimum.toString()} ${a.unit} hat`:`Zu klein: erwartet, dass ${n.origin} ${i}${n.minimum.toString()} ist`}case"invalid_format":{let i=n;return i.format==="starts_with"?`Ung\xFCltiger String: muss mit "${i.prefix}" beginnen`:i.format==="ends_with"?`Ung\xFCltiger String: muss mit "${i.suffix}" enden`:i.format==="includes"?`Ung\xFCltiger String: muss "${i.includes}" enthalten`:i.format==="regex"?`Ung\xFCltiger String: muss dem Muster ${i.pattern} entsprechen`:`Ung\xFCltig: ${r[i.format]??n.format}`}case"not_multiple_of":return`Ung\xFCltige Zahl: muss ein Vielfaches von ${n.divisor} sein`;case"unrecognized_keys":return`${n.keys.length>1?"Unbekannte Schl\xFCssel":"Unbekannter Schl\xFCssel"}: ${$(n.keys,", ")}`;case"invalid_key":return`Ung\xFCltiger Schl\xFCssel in ${n.origin}`;case"invalid_union":return"Ung\xFCltige Eingabe";case"invalid_element":return`Ung\xFCltiger Wert in ${n.origin}`;default:return"Ung\xFCltige Eingabe"}}};function t0(){return{localeError:i_()}}var o_=()=>{let e={string:{unit:"\u03C7\u03B1\u03C1\u03B1\u03BA\u03C4\u03AE\u03C1\u03B5\u03C2",verb:"\u03BD\u03B1 \u03AD\u03C7\u03B5\u03B9"},file:{unit:"bytes",verb:"\u03BD\u03B1 \u03AD\u03C7\u03B5\u03B9"},array:{unit:"\u03C3\u03C4\u03BF\u03B9\u03C7\u03B5\u03AF\u03B1",verb:"\u03BD\u03B1 \u03AD\u03C7\u03B5\u03B9"},set:{unit:"\u03C3\u03C4\u03BF\u03B9\u03C7\u03B5\u03AF\u03B1",verb:"\u03BD\u03B1 \u03AD\u03C7\u03B5\u03B9"},map:{unit:"\u03BA\u03B1\u03C4\u03B1\u03C7\u03C9\u03C1\u03AE\u03C3\u03B5\u03B9\u03C2",verb:"\u03BD\u03B1 \u03AD\u03C7\u03B5\u03B9"}};function t(n){return e[n]??null}let r={regex:"\u03B5\u03AF\u03C3\u03BF\u03B4\u03BF\u03C2",email:"\u03B4\u03B9\u03B5\u03CD\u03B8\u03C5\u03BD\u03C3\u03B7 email",url:"URL",emoji:"emoji",uuid:"UUID",uuidv4:"UUIDv4",uuidv6:"UUIDv6",nanoid:"nanoid",guid:"GUID",cuid:"cuid",cuid2:"cuid2",ulid:"ULID",xid:"XID",ksuid:"KSUID",datetime:"ISO \u03B7\u03BC\u03B5\u03C1\u03BF\u03BC\u03B7\u03BD\u03AF\u03B1 \u03BA\u03B1\u03B9 \u03CE\u03C1\u03B1",date:"ISO \u03B7\u03BC\u03B5\u03C1\u03BF\u03BC\u03B7\u03BD\u03AF\u03B1",time:"ISO \u03CE\u03C1\u03B1",duration:"ISO \u03B4\u03B9\u03AC\u03C1\u03BA\u03B5\u03B9\u03B1",ipv4:"\u03B4\u03B9\u03B5\u03CD\u03B8\u03C5\u03BD\u03C3\u03B7 IPv4",ipv6:"\u03B4\u03B9\u03B5\u03CD\u03B8\u03C5\u03BD\u03C3\u03B7 IPv6",mac:"\u03B4\u03B9\u03B5\u03CD\u03B8\u03C5\u03BD\u03C3\u03B7 MAC",cidrv4:"\u03B5\u03CD\u03C1\u03BF\u03C2 IPv4",cidrv6:"\u03B5\u03CD\u03C1\u03BF\u03C2 IPv6",base64:"\u03C3\u03C5\u03BC\u03B2\u03BF\u03BB\u03BF\u03C3\u03B5\u03B9\u03C1\u03AC \u03BA\u03C9\u03B4\u03B9\u03BA\u03BF\u03C0\u03BF\u03B9\u03B7\u03BC\u03AD\u03BD\u03B7 \u03C3\u03B5 base64",base64url:"\u03C3\u03C5\u03BC\u03B2\u03BF\u03BB\u03BF\u03C3\u03B5\u03B9\u03C1\u03AC \u03BA\u03C9\u03B4\u03B9\u03BA\u03BF\u03C0\u03BF\u03B9\u03B7\u03BC\u03AD\u03BD\u03B7 \u03C3\u03B5 base64url",json_string:"\u03C3\u03C5\u03BC\u03B2\u03BF\u03BB\u03BF\u03C3\u03B5\u03B9\u03C1\u03AC JSON",e164:"\u03B1\u03C1\u03B9\u03B8\u03BC\u03CC\u03C2 E.164",credit_card:"\u03B1\u03C1\u03B9\u03B8\u03BC\u03CC\u03C2 \u03C0\u03B9\u03C3\u03C4\u03C9\u03C4\u03B9\u03BA\u03AE\u03C2 \u03BA\u03AC\u03C1\u03C4\u03B1\u03C2",currency_code:"\u03BA\u03C9\u03B4\u03B9\u03BA\u03CC\u03C2 \u03BD\u03BF\u03BC\u03AF\u03C3\u03BC\u03B1\u03C4\u03BF\u03C2",iban:"IBAN",jwt:"JWT",template_literal:"\u03B5\u03AF\u03C3\u03BF\u03B4\u03BF\u03C2"},o={nan:"NaN"};return n=>{switch(n.code){case"invalid_type":{let i=o[n.expected]??n.expected,a=z(n.input),s=o[a]??a;return typeof n.expected=="string"&&/^[A-Z]/.test(n.expected)?`\u039C\u03B7 \u03AD\u03B3\u03BA\u03C5\u03C1\u03B7 \u03B5\u03AF\u03C3\u03BF\u03B4\u03BF\u03C2: \u03B1\u03BD\u03B1\u03BC\u03B5\u03BD\u03CC\u03C4\u03B1\u03BD instanceof ${n.expected}, \u03BB\u03AE\u03C6\u03B8\u03B7\u03BA\u03B5 ${s}`:`\u039C\u03B7 \u03AD\u03B3\u03BA\u03C5\u03C1\u03B7 \u03B5\u03AF\u03C3\u03BF\u03B4\u03BF\u03C2: \u03B1\u03BD\u03B1\u03BC\u03B5\u03BD\u03CC\u03C4\u03B1\u03BD ${i}, \u03BB\u03AE\u03C6\u03B8\u03B7\u03BA\u03B5 ${s}`}case"invalid_value":return n.values.length===1?`\u039C\u03B7 \u03AD\u03B3\u03BA\u03C5\u03C1\u03B7 \u03B5\u03AF\u03C3\u03BF\u03B4\u03BF\u03C2: \u03B1\u03BD\u03B1\u03BC\u03B5\u03BD\u03CC\u03C4\u03B1\u03BD ${D(n.values[0])}`:`\u039C\u03B7 \u03AD\u03B3\u03BA\u03C5\u03C1\u03B7 \u03B5\u03C0\u03B9\u03BB\u03BF\u03B3\u03AE: \u03B1\u03BD\u03B1\u03BC\u03B5\u03BD\u03CC\u03C4\u03B1\u03BD \u03AD\u03BD\u03B1 \u03B1\u03C0\u03CC ${$(n.values,"|")}`;case"too_big":{let i=n.inclusive?"<=":"<",a=t(n.origin);return a?`\u03A0\u03BF\u03BB\u03CD \u03BC\u03B5\u03B3\u03AC\u03BB\u03BF: \u03B1\u03BD\u03B1\u03BC\u03B5\u03BD\u03CC\u03C4\u03B1\u03BD ${n.origin??"\u03C4\u03B9\u03BC\u03AE"} \u03BD\u03B1 \u03AD\u03C7\u03B5\u03B9 ${i}${n.maximum.toString()} ${a.unit??"\u03C3\u03C4\u03BF\u03B9\u03C7\u03B5\u03AF\u03B1"}`:`\u03A0\u03BF\u03BB\u03CD \u03BC\u03B5\u03B3\u03AC\u03BB\u03BF: \u03B1\u03BD\u03B1\u03BC\u03B5\u03BD\u03CC\u03C4\u03B1\u03BD ${n.origin??"\u03C4\u03B9\u03BC\u03AE"} \u03BD\u03B1 \u03B5\u03AF\u03BD\u03B1\u03B9 ${i}${n.maximum.toString()}`}case"too_small":{let i=n.inclusive?">=":">",a=t(n.origin);return a?`\u03A0\u03BF\u03BB\u03CD \u03BC\u03B9\u03BA\u03C1\u03CC: \u03B1\u03BD\u03B1\u03BC\u03B5\u03BD\u03CC\u03C4\u03B1\u03BD ${n.origin} \u03BD\u03B1 \u03AD\u03C7\u03B5\u03B9 ${i}${n.minimum.toString()} ${a.unit}`:`\u03A0\u03BF\u03BB\u03CD \u03BC\u03B9\u03BA\u03C1\u03CC: \u03B1\u03BD\u03B1\u03BC\u03B5\u03BD\u03CC\u03C4\u03B1\u03BD ${n.origin} \u03BD\u03B1 \u03B5\u03AF\u03BD\u03B1\u03B9 ${i}${n.minimum.toString()}`}case"invalid_format":{let i=n;return i.format==="starts_with"?`\u039C\u03B7 \u03AD\u03B3\u03BA\u03C5\u03C1\u03B7 \u03C3\u03C5\u03BC\u03B2\u03BF\u03BB\u03BF\u03C3\u03B5\u03B9\u03C1\u03AC: \u03C0\u03C1\u03AD\u03C0\u03B5\u03B9 \u03BD\u03B1 \u03BE\u03B5\u03BA\u03B9\u03BD\u03AC \u03BC\u03B5 "${i.prefix}"`:i.format==="ends_with"?`\u039C\u03B7 \u03AD\u03B3\u03BA\u03C5\u03C1\u03B7 \u03C3\u03C5\u03BC\u03B2\u03BF\u03BB\u03BF\u03C3\u03B5\u03B9\u03C1\u03AC: \u03C0\u03C1\u03AD\u03C0\u03B5\u03B9 \u03BD\u03B1 \u03C4\u03B5\u03BB\u03B5\u03B9\u03CE\u03BD\u03B5\u03B9 \u03BC\u03B5 "${i.suffix}"`:i.format==="includes"?`\u039C\u03B7 \u03AD\u03B3\u03BA\u03C5\u03C1\u03B7 \u03C3\u03C5\u03BC\u03B2\u03BF\u03BB\u03BF\u03C3\u03B5\u03B9\u03C1\u03AC: \u03C0\u03C1\u03AD\u03C0\u03B5\u03B9 \u03BD\u03B1 \u03C0\u03B5\u03C1\u03B9\u03AD\u03C7\u03B5\u03B9 "${i.includes}"`:i.format==="regex"?`\u039C\u03B7 \u03AD\u03B3\u03BA\u03C5\u03C1\u03B7 \u03C3\u03C5\u03BC\u03B2\u03BF\u03BB\u03BF\u03C3\u03B5\u03B9\u03C1\u03AC: \u03C0\u03C1\u03AD\u03C0\u03B5\u03B9 \u03BD\u03B1 \u03C4\u03B1\u03B9\u03C1\u03B9\u03AC\u03B6\u03B5\u03B9 \u03BC\u03B5 \u03C4\u03BF \u03BC\u03BF\u03C4\u03AF\u03B2\u03BF ${i.pattern}`:`\u039C\u03B7 \u03AD\u03B3\u03BA\u03C5\u03C1\u03BF: ${r[i.format]??n.format}`}case"not_multiple_of":return`\u039C\u03B7 \u03AD\u03B3\u03BA\u03C5\u03C1\u03BF\u03C2 \u03B1\u03C1\u03B9\u03B8\u03BC\u03CC\u03C2: \u03C0\u03C1\u03AD\u03C0\u03B5\u03B9 \u03BD\u03B1 \u03B5\u03AF\u03BD\u03B1\u03B9 \u03C0\u03BF\u03BB\u03BB\u03B1\u03C0\u03BB\u03AC\u03C3\u03B9\u03BF \u03C4\u03BF\u03C5 ${n.divisor}`;case"unrecognized_keys":return`\u0386\u03B3\u03BD\u03C9\u03C3\u03C4${n.keys.length>1?"\u03B1":"\u03BF"} \u03BA\u03BB\u03B5\u03B9\u03B4${n.keys.length>1?"\u03B9\u03AC":"\u03AF"}: ${$(n.keys,", ")}`;case"invalid_key":return`\u039C\u03B7 \u03AD\u03B3\u03BA\u03C5\u03C1\u03BF \u03BA\u03BB\u03B5\u03B9\u03B4\u03AF \u03C3\u03C4\u03BF ${n.origin}`;case"invalid_union":return"\u039C\u03B7 \u03AD\u03B3\u03BA\u03C5\u03C1\u03B7 \u03B5\u03AF\u03C3\u03BF\u03B4\u03BF\u03C2";case"invalid_element":return`\u039C\u03B7 \u03AD\u03B3\u03BA\u03C5\u03C1\u03B7 \u03C4\u03B9\u03BC\u03AE \u03C3\u03C4\u03BF ${n.origin}`;default:return"\u039C\u03B7 \u03AD\u03B3\u03BA\u03C5\u03C1\u03B7 \u03B5\u03AF\u03C3\u03BF\u03B4\u03BF\u03C2"}}};function n0(){return{localeError:o_()}}var a_=()=>{let e={string:{unit:"characters",verb:"to have"},file:{unit:"bytes",verb:"to have"},array:{unit:"items",verb:"to have"},set:{unit:"items",verb:"to have"},map:{unit:"entries",verb:"to have"}};function t(i){return e[i]??null}let r={regex:"input",email:"email address",url:"URL",emoji:"emoji",uuid:"UUID",uuidv4:"UUIDv4",uuidv6:"UUIDv6",nanoid:"nanoid",guid:"GUID",cuid:"cuid",cuid2:"cuid2",ulid:"ULID",xid:"XID",ksuid:"KSUID",datetime:"ISO datetime",date:"ISO date",time:"ISO time",duration:"ISO duration",ipv4:"IPv4 address",ipv6:"IPv6 address",mac:"MAC address",cidrv4:"IPv4 range",cidrv6:"IPv6 range",base64:"base64-encoded string",base64url:"base64url-encoded string",json_string:"JSON string",e164:"E.164 number",currency_code:"currency code",credit_card:"credit card number",iban:"IBAN",jwt:"JWT",template_literal:"input"},o={nan:"NaN"};function n(i,a){return i==="number"&&typeof a=="number"&&!Number.isFinite(a)?String(a):o[i]??i}return i=>{switch(i.code){case"invalid_type":{let a=n(i.expected),s=z(i.input),c=n(s,i.input);return`Invalid input: expected ${a}, received ${c}`}case"invalid_value":return i.values.length===1?`Invalid input: expected ${D(i.values[0])}`:`Invalid option: expected one of ${$(i.values,"|")}`;case"too_big":{let a=i.exact?"exactly ":i.inclusive?"<=":"<",s=t(i.origin);return s?`Too big: expected ${i.origin??"value"} to have ${a}${i.maximum.toString()} ${s.unit??"elements"}`:`Too big: expected ${i.origin??"value"} to be ${a}${i.maximum.toString()}`}case"too_small":{let a=i.exact?"exactly ":i.inclusive?">=":">",s=t(i.origin);return s?`Too small: expected ${i.origin} to have ${a}${i.minimum.toString()} ${s.unit}`:`Too small: expected ${i.origin} to be ${a}${i.minimum.toString()}`}case"invalid_format":{let a=i;return a.format==="starts_with"?`Invalid string: must start with "${a.prefix}"`:a.format==="ends_with"?`Invalid string: must end with "${a.suffix}"`:a.format==="includes"?`Invalid string: must include "${a.includes}"`:a.format==="regex"?`Invalid string: must match pattern ${a.pattern}`:`Invalid ${r[a.format]??i.format}`}case"not_multiple_of":return`Invalid number: must be a multiple of ${i.divisor}`;case"unrecognized_keys":return`Unrecognized key${i.keys.length>1?"s":""}: ${$(i.keys,", ")}`;case"invalid_key":return`Invalid key in ${i.origin}`;case"invalid_union":return i.options&&Array.isArray(i.options)&&i.options.length>0?`Invalid discriminator value. Expected ${i.options.map(s=>`'${s}'`).join(" | ")}`:i.inclusive===!1?"Invalid input: more than one option matched":"Invalid input";case"invalid_element":return`Invalid value in ${i.origin}`;default:return"Invalid input"}}};function Ta(){return{localeError:a_()}}var s_=()=>{let e={string:{unit:"karaktrojn",verb:"havi"},file:{unit:"bajtojn",verb:"havi"},array:{unit:"elementojn",verb:"havi"},set:{unit:"elementojn",verb:"havi"},map:{unit:"elementojn",verb:"havi"}};function t(n){return e[n]??null}let r={regex:"enigo",email:"retadreso",url:"URL",emoji:"emo\u011Dio",uuid:"UUID",uuidv4:"UUIDv4",uuidv6:"UUIDv6",nanoid:"nanoid",guid:"GUID",cuid:"cuid",cuid2:"cuid2",ulid:"ULID",xid:"XID",ksuid:"KSUID",datetime:"ISO-datotempo",date:"ISO-dato",time:"ISO-tempo",duration:"ISO-da\u016Dro",ipv4:"IPv4-adreso",ipv6:"IPv6-adreso",mac:"MAC-adreso",cidrv4:"IPv4-rango",cidrv6:"IPv6-rango",base64:"64-ume kodita karaktraro",base64url:"URL-64-ume kodita karaktraro",json_string:"JSON-karaktraro",e164:"E.164-nombro",credit_card:"kreditkarta numero",currency_code:"valuta kodo",iban:"IBAN",jwt:"JWT",template_literal:"enigo"},o={nan:"NaN",number:"nombro",array:"tabelo",null:"senvalora"};return n=>{switch(n.code){case"invalid_type":{let i=o[n.expected]??n.expected,a=z(n.input),s=o[a]??a;return/^[A-Z]/.test(n.expected)?`Nevalida enigo: atendi\u011Dis instanceof ${n.expected}, ricevi\u011Dis ${s}`:`Nevalida enigo: atendi\u011Dis ${i}, ricevi\u011Dis ${s}`}case"invalid_value":return n.values.length===1?`Nevalida enigo: atendi\u011Dis ${D(n.values[0])}`:`Nevalida opcio: atendi\u011Dis unu el ${$(n.values,"|")}`;case"too_big":{let i=n.inclusive?"<=":"<",a=t(n.origin);return a?`Tro granda: atendi\u011Dis ke ${n.origin??"valoro"} havu ${i}${n.maximum.toString()} ${a.unit??"elementojn"}`:`Tro granda: atendi\u011Dis ke ${n.origin??"valoro"} havu ${i}${n.maximum.toString()}`}case"too_small":{let i=n.inclusive?">=":">",a=t(n.origin);return a?`Tro malgranda: atendi\u011Dis ke ${n.origin} havu ${i}${n.minimum.toString()} ${a.unit}`:`Tro malgranda: atendi\u011Dis ke ${n.origin} estu ${i}${n.minimum.toString()}`}case"invalid_format":{let i=n;return i.format==="starts_with"?`Nevalida karaktraro: devas komenci\u011Di per "${i.prefix}"`:i.format==="ends_with"?`Nevalida karaktraro: devas fini\u011Di per "${i.suffix}"`:i.format==="includes"?`Nevalida karaktraro: devas inkluzivi "${i.includes}"`:i.format==="regex"?`Nevalida karaktraro: devas kongrui kun la modelo ${i.pattern}`:`Nevalida ${r[i.format]??n.format}`}case"not_multiple_of":return`Nevalida nombro: devas esti oblo de ${n.divisor}`;case"unrecognized_keys":return`Nekonata${n.keys.length>1?"j":""} \u015Dlosilo${n.keys.length>1?"j":""}: ${$(n.keys,", ")}`;case"invalid_key":return`Nevalida \u015Dlosilo en ${n.origin}`;case"invalid_union":return"Nevalida enigo";case"invalid_element":return`Nevalida valoro en ${n.origin}`;default:return"Nevalida enigo"}}};function r0(){return{localeError:s_()}}var u_=()=>{let e={string:{unit:"caracteres",verb:"tener"},file:{unit:"bytes",verb:"tener"},array:{unit:"elementos",verb:"tener"},set:{unit:"elementos",verb:"tener"}};function t(n){return e[n]??null}let r={regex:"entrada",email:"direcci\xF3n de correo electr\xF3nico",url:"URL",emoji:"emoji",uuid:"UUID",uuidv4:"UUIDv4",uuidv6:"UUIDv6",nanoid:"nanoid",guid:"GUID",cuid:"cuid",cuid2:"cuid2",ulid:"ULID",xid:"XID",ksuid:"KSUID",datetime:"fecha y hora ISO",date:"fecha ISO",time:"hora ISO",duration:"duraci\xF3n ISO",ipv4:"direcci\xF3n IPv4",ipv6:"direcci\xF3n IPv6",mac:"direcci\xF3n MAC",cidrv4:"rango IPv4",cidrv6:"rango IPv6",base64:"cadena codificada en base64",base64url:"URL codificada en base64",json_string:"cadena JSON",e164:"n\xFAmero E.164",credit_card:"n\xFAmero de tarjeta de cr\xE9dito",currency_code:"c\xF3digo de moneda",iban:"IBAN",jwt:"JWT",template_literal:"entrada"},o={nan:"NaN",string:"texto",number:"n\xFAmero",boolean:"booleano",array:"arreglo",object:"objeto",set:"conjunto",file:"archivo",date:"fecha",bigint:"n\xFAmero grande",symbol:"s\xEDmbolo",undefined:"indefinido",null:"nulo",function:"funci\xF3n",map:"mapa",record:"registro",tuple:"tupla",enum:"enumeraci\xF3n",union:"uni\xF3n",literal:"literal",promise:"promesa",void:"vac\xEDo",never:"nunca",unknown:"desconocido",any:"cualquiera"};return n=>{switch(n.code){case"invalid_type":{let i=o[n.expected]??n.expected,a=z(n.input),s=o[a]??a;return/^[A-Z]/.test(n.expected)?`Entrada inv\xE1lida: se esperaba instanceof ${n.expected}, recibido ${s}`:`Entrada inv\xE1lida: se esperaba ${i}, recibido ${s}`}case"invalid_value":return n.values.length===1?`Entrada inv\xE1lida: se esperaba ${D(n.values[0])}`:`Opci\xF3n inv\xE1lida: se esperaba una de ${$(n.values,"|")}`;case"too_big":{let i=n.inclusive?"<=":"<",a=t(n.origin),s=o[n.origin]??n.origin;return a?`Demasiado grande: se esperaba que ${s??"valor"} tuviera ${i}${n.maximum.toString()} ${a.unit??"elementos"}`:`Demasiado grande: se esperaba que ${s??"valor"} fuera ${i}${n.maximum.toString()}`}case"too_small":{let i=n.inclusive?">=":">",a=t(n.origin),s=o[n.origin]??n.origin;return a?`Demasiado peque\xF1o: se esperaba que ${s} tuviera ${i}${n.minimum.toString()} ${a.unit}`:`Demasiado peque\xF1o: se esperaba que ${s} fuera ${i}${n.minimum.toString()}`}case"invalid_format":{let i=n;return i.format==="starts_with"?`Cadena inv\xE1lida: debe comenzar con "${i.prefix}"`:i.format==="ends_with"?`Cadena inv\xE1lida: debe terminar en "${i.suffix}"`:i.format==="includes"?`Cadena inv\xE1lida: debe incluir "${i.includes}"`:i.format==="regex"?`Cadena inv\xE1lida: debe coincidir con el patr\xF3n ${i.pattern}`:`Inv\xE1lido ${r[i.format]??n.format}`}case"not_multiple_of":return`N\xFAmero inv\xE1lido: debe ser m\xFAltiplo de ${n.divisor}`;case"unrecognized_keys":return`Llave${n.keys.length>1?"s":""} desconocida${n.keys.length>1?"s":""}: ${$(n.keys,", ")}`;case"invalid_key":return`Llave inv\xE1lida en ${o[n.origin]??n.origin}`;case"invalid_union":return"Entrada inv\xE1lida";case"invalid_element":return`Valor inv\xE1lido en ${o[n.origin]??n.origin}`;default:return"Entrada inv\xE1lida"}}};function i0(){return{localeError:u_()}}var c_=()=>{let e={string:{unit:"\u06A9\u0627\u0631\u0627\u06A9\u062A\u0631",verb:"\u062F\u0627\u0634\u062A\u0647 \u0628\u0627\u0634\u062F"},file:{unit:"\u0628\u0627\u06CC\u062A",verb:"\u062F\u0627\u0634\u062A\u0647 \u0628\u0627\u0634\u062F"},array:{unit:"\u0622\u06CC\u062A\u0645",verb:"\u062F\u0627\u0634\u062A\u0647 \u0628\u0627\u0634\u062F"},set:{unit:"\u0622\u06CC\u062A\u0645",verb:"\u062F\u0627\u0634\u062A\u0647 \u0628\u0627\u0634\u062F"},map:{unit:"\u0622\u06CC\u062A\u0645",verb:"\u062F\u0627\u0634\u062A\u0647 \u0628\u0627\u0634\u062F"}};function t(n){return e[n]??null}let r={regex:"\u0648\u0631\u0648\u062F\u06CC",email:"\u0622\u062F\u0631\u0633 \u0627\u06CC\u0645\u06CC\u0644",url:"URL",emoji:"\u0627\u06CC\u0645\u0648\u062C\u06CC",uuid:"UUID",uuidv4:"UUIDv4",uuidv6:"UUIDv6",nanoid:"nanoid",guid:"GUID",cuid:"cuid",cuid2:"cuid2",ulid:"ULID",xid:"XID",ksuid:"KSUID",datetime:"\u062A\u0627\u0631\u06CC\u062E \u0648 \u0632\u0645\u0627\u0646 \u0627\u06CC\u0632\u0648",date:"\u062A\u0627\u0631\u06CC\u062E \u0627\u06CC\u0632\u0648",time:"\u0632\u0645\u0627\u0646 \u0627\u06CC\u0632\u0648",duration:"\u0645\u062F\u062A \u0632\u0645\u0627\u0646 \u0627\u06CC\u0632\u0648",ipv4:"IPv4 \u0622\u062F\u0631\u0633",ipv6:"IPv6 \u0622\u062F\u0631\u0633",mac:"MAC \u0622\u062F\u0631\u0633",cidrv4:"IPv4 \u062F\u0627\u0645\u0646\u0647",cidrv6:"IPv6 \u062F\u0627\u0645\u0646\u0647",base64:"base64-encoded \u0631\u0634\u062A\u0647",base64url:"base64url-encoded \u0631\u0634\u062A\u0647",json_string:"JSON \u0631\u0634\u062A\u0647",e164:"E.164 \u0639\u062F\u062F",credit_card:"\u0634\u0645\u0627\u0631\u0647 \u06A9\u0627\u0631\u062A \u0627\u0639\u062A\u0628\u0627\u0631\u06CC",currency_code:"\u06A9\u062F \u0627\u0631\u0632",iban:"IBAN",jwt:"JWT",template_literal:"\u0648\u0631\u0648\u062F\u06CC"},o={nan:"NaN",number:"\u0639\u062F\u062F",array:"\u0622\u0631\u0627\u06CC\u0647"};return n=>{switch(n.code){case"invalid_type":{let i=o[n.expected]??n.expected,a=z(n.input),s=o[a]??a;return/^[A-Z]/.test(n.expected)?`\u0648\u0631\u0648\u062F\u06CC \u0646\u0627\u0645\u0639\u062A\u0628\u0631: \u0645\u06CC\u200C\u0628\u0627\u06CC\u0633\u062A instanceof ${n.expected} \u0645\u06CC\u200C\u0628\u0648\u062F\u060C ${s} \u062F\u0631\u06CC\u0627\u0641\u062A \u0634\u062F`:`\u0648\u0631\u0648\u062F\u06CC \u0646\u0627\u0645\u0639\u062A\u0628\u0631: \u0645\u06CC\u200C\u0628\u0627\u06CC\u0633\u062A ${i} \u0645\u06CC\u200C\u0628\u0648\u062F\u060C ${s} \u062F\u0631\u06CC\u0627\u0641\u062A \u0634\u062F`}case"invalid_value":return n.values.length===1?`\u0648\u0631\u0648\u062F\u06CC \u0646\u0627\u0645\u0639\u062A\u0628\u0631: \u0645\u06CC\u200C\u0628\u0627\u06CC\u0633\u062A ${D(n.values[0])} \u0645\u06CC\u200C\u0628\u0648\u062F`:`\u06AF\u0632\u06CC\u0646\u0647 \u0646\u0627\u0645\u0639\u062A\u0628\u0631: \u0645\u06CC\u200C\u0628\u0627\u06CC\u0633\u062A \u06CC\u06A9\u06CC \u0627\u0632 ${$(n.values,"|")} \u0645\u06CC\u200C\u0628\u0648\u062F`;case"too_big":{let i=n.inclusive?"<=":"<",a=t(n.origin);return a?`\u062E\u06CC\u0644\u06CC \u0628\u0632\u0631\u06AF: ${n.origin??"\u0645\u0642\u062F\u0627\u0631"} \u0628\u0627\u06CC\u062F ${i}${n.maximum.toString()} ${a.unit??"\u0639\u0646\u0635\u0631"} \u0628\u0627\u0634\u062F`:`\u062E\u06CC\u0644\u06CC \u0628\u0632\u0631\u06AF: ${n.origin??"\u0645\u0642\u062F\u0627\u0631"} \u0628\u0627\u06CC\u062F ${i}${n.maximum.toString()} \u0628\u0627\u0634\u062F`}case"too_small":{let i=n.inclusive?">=":">",a=t(n.origin);return a?`\u062E\u06CC\u0644\u06CC \u06A9\u0648\u0686\u06A9: ${n.origin} \u0628\u0627\u06CC\u062F ${i}${n.minimum.toString()} ${a.unit} \u0628\u0627\u0634\u062F`:`\u062E\u06CC\u0644\u06CC \u06A9\u0648\u0686\u06A9: ${n.origin} \u0628\u0627\u06CC\u062F ${i}${n.minimum.toString()} \u0628\u0627\u0634\u062F`}case"invalid_format":{let i=n;return i.format==="starts_with"?`\u0631\u0634\u062A\u0647 \u0646\u0627\u0645\u0639\u062A\u0628\u0631: \u0628\u0627\u06CC\u062F \u0628\u0627 "${i.prefix}" \u0634\u0631\u0648\u0639 \u0634\u0648\u062F`:i.format==="ends_with"?`\u0631\u0634\u062A\u0647 \u0646\u0627\u0645\u0639\u062A\u0628\u0631: \u0628\u0627\u06CC\u062F \u0628\u0627 "${i.suffix}" \u062A\u0645\u0627\u0645 \u0634\u0648\u062F`:i.format==="includes"?`\u0631\u0634\u062A\u0647 \u0646\u0627\u0645\u0639\u062A\u0628\u0631: \u0628\u0627\u06CC\u062F \u0634\u0627\u0645\u0644 "${i.includes}" \u0628\u0627\u0634\u062F`:i.format==="regex"?`\u0631\u0634\u062A\u0647 \u0646\u0627\u0645\u0639\u062A\u0628\u0631: \u0628\u0627\u06CC\u062F \u0628\u0627 \u0627\u0644\u06AF\u0648\u06CC ${i.pattern} \u0645\u0637\u0627\u0628\u0642\u062A \u062F\u0627\u0634\u062A\u0647 \u0628\u0627\u0634\u062F`:`${r[i.format]??n.format} \u0646\u0627\u0645\u0639\u062A\u0628\u0631`}case"not_multiple_of":return`\u0639\u062F\u062F \u0646\u0627\u0645\u0639\u062A\u0628\u0631: \u0628\u0627\u06CC\u062F \u0645\u0636\u0631\u0628 ${n.divisor} \u0628\u0627\u0634\u062F`;case"unrecognized_keys":return`\u06A9\u0644\u06CC\u062F${n.keys.length>1?"\u0647\u0627\u06CC":""} \u0646\u0627\u0634\u0646\u0627\u0633: ${$(n.keys,", ")}`;case"invalid_key":return`\u06A9\u0644\u06CC\u062F \u0646\u0627\u0634\u0646\u0627\u0633 \u062F\u0631 ${n.origin}`;case"invalid_union":return"\u0648\u0631\u0648\u062F\u06CC \u0646\u0627\u0645\u0639\u062A\u0628\u0631";case"invalid_element":return`\u0645\u0642\u062F\u0627\u0631 \u0646\u0627\u0645\u0639\u062A\u0628\u0631 \u062F\u0631 ${n.origin}`;default:return"\u0648\u0631\u0648\u062F\u06CC \u0646\u0627\u0645\u0639\u062A\u0628\u0631"}}};function o0(){return{localeError:c_()}}var l_=()=>{let e={string:{unit:"merkki\xE4",subject:"merkkijonon"},file:{unit:"tavua",subject:"tiedoston"},array:{unit:"alkiota",subject:"listan"},set:{unit:"alkiota",subject:"joukon"},map:{unit:"alkiota",subject:"kuvauksen"},number:{unit:"",subject:"luvun"},bigint:{unit:"",subject:"suuren kokonaisluvun"},int:{unit:"",subject:"kokonaisluvun"},date:{unit:"",subject:"p\xE4iv\xE4m\xE4\xE4r\xE4n"}};function t(n){return e[n]??null}let r={regex:"s\xE4\xE4nn\xF6llinen lauseke",email:"s\xE4hk\xF6postiosoite",url:"URL-osoite",emoji:"emoji",uuid:"UUID",uuidv4:"UUIDv4",uuidv6:"UUIDv6",nanoid:"nanoid",guid:"GUID",cuid:"cuid",cuid2:"cuid2",ulid:"ULID",xid:"XID",ksuid:"KSUID",datetime:"ISO-aikaleima",date:"ISO-p\xE4iv\xE4m\xE4\xE4r\xE4",time:"ISO-aika",duration:"ISO-kesto",ipv4:"IPv4-osoite",ipv6:"IPv6-osoite",mac:"MAC-osoite",cidrv4:"IPv4-alue",cidrv6:"IPv6-alue",base64:"base64-koodattu merkkijono",base64url:"base64url-koodattu merkkijono",json_string:"JSON-merkkijono",e164:"E.164-luku",credit_card:"luottokortin numero",currency_code:"valuuttakoodi",iban:"IBAN",jwt:"JWT",template_literal:"templaattimerkkijono"},o={nan:"NaN"};return n=>{switch(n.code){case"invalid_type":{let i=o[n.expected]??n.expected,a=z(n.input),s=o[a]??a;return/^[A-Z]/.test(n.expected)?`Virheellinen tyyppi: odotettiin instanceof ${n.expected}, oli ${s}`:`Virheellinen tyyppi: odotettiin ${i}, oli ${s}`}case"invalid_value":return n.values.length===1?`Virheellinen sy\xF6te: t\xE4ytyy olla ${D(n.values[0])}`:`Virheellinen valinta: t\xE4ytyy olla yksi seuraavista: ${$(n.values,"|")}`;case"too_big":{let i=n.inclusive?"<=":"<",a=t(n.origin);return a?`Liian suuri: ${a.subject} t\xE4ytyy olla ${i}${n.maximum.toString()} ${a.unit}`.trim():`Liian suuri: arvon t\xE4ytyy olla ${i}${n.maximum.toString()}`}case"too_small":{let i=n.inclusive?">=":">",a=t(n.origin);return a?`Liian pieni: ${a.subject} t\xE4ytyy olla ${i}${n.minimum.toString()} ${a.unit}`.trim():`Liian pieni: arvon t\xE4ytyy olla ${i}${n.minimum.toString()}`}case"invalid_format":{let i=n;return i.format==="starts_with"?`Virheellinen sy\xF6te: t\xE4ytyy alkaa "${i.prefix}"`:i.format==="ends_with"?`Virheellinen sy\xF6te: t\xE4ytyy loppua "${i.suffix}"`:i.format==="includes"?`Virheellinen sy\xF6te: t\xE4ytyy sis\xE4lt\xE4\xE4 "${i.includes}"`:i.format==="regex"?`Virheellinen sy\xF6te: t\xE4ytyy vastata s\xE4\xE4nn\xF6llist\xE4 lauseketta ${i.pattern}`:`Virheellinen ${r[i.format]??n.format}`}case"not_multiple_of":return`Virheellinen luku: t\xE4ytyy olla luvun ${n.divisor} monikerta`;case"unrecognized_keys":return`${n.keys.length>1?"Tuntemattomat avaimet":"Tuntematon avain"}: ${$(n.keys,", ")}`;case"invalid_key":return"Virheellinen avain tietueessa";case"invalid_union":return"Virheellinen unioni";case"invalid_element":return"Virheellinen arvo joukossa";default:return"Virheellinen sy\xF6te"}}};function a0(){return{localeError:l_()}}var d_=()=>{let e={string:{unit:"caract\xE8res",verb:"avoir"},file:{unit:"octets",verb:"avoir"},array:{unit:"\xE9l\xE9ments",verb:"avoir"},set:{unit:"\xE9l\xE9ments",verb:"avoir"}};function t(n){return e[n]??null}let r={regex:"expression r\xE9guli\xE8re",email:"adresse e-mail",url:"URL",emoji:"emoji",uuid:"UUID",uuidv4:"UUIDv4",uuidv6:"UUIDv6",nanoid:"nanoid",guid:"GUID",cuid:"cuid",cuid2:"cuid2",ulid:"ULID",xid:"XID",ksuid:"KSUID",datetime:"date et heure ISO",date:"date ISO",time:"heure ISO",duration:"dur\xE9e ISO",ipv4:"adresse IPv4",ipv6:"adresse IPv6",mac:"adresse MAC",cidrv4:"plage IPv4",cidrv6:"plage IPv6",base64:"cha\xEEne de caract\xE8res encod\xE9e en base64",base64url:"cha\xEEne de caract\xE8res encod\xE9e en base64url",json_string:"cha\xEEne de caract\xE8res JSON",e164:"num\xE9ro au format E.164",credit_card:"num\xE9ro de carte de cr\xE9dit",currency_code:"code de devise",iban:"IBAN",jwt:"JWT",template_literal:"entr\xE9e"},o={string:"cha\xEEne de caract\xE8res",number:"nombre",int:"entier",boolean:"bool\xE9en",bigint:"grand entier",symbol:"symbole",undefined:"ind\xE9fini",null:"null",never:"jamais",void:"vide",date:"date",array:"tableau",object:"objet",tuple:"tuple",record:"record",map:"map",set:"ensemble",file:"fichier",nonoptional:"non optionnel",nan:"NaN",function:"fonction"};return n=>{switch(n.code){case"invalid_type":{let i=o[n.expected]??n.expected,a=z(n.input),s=o[a]??a;return/^[A-Z]/.test(n.expected)?`Entr\xE9e invalide : instance de ${n.expected} attendu, ${s} re\xE7u`:`Entr\xE9e invalide : ${i} attendu, ${s} re\xE7u`}case"invalid_value":return n.values.length===1?`Entr\xE9e invalide : ${D(n.values[0])} attendu`:`Option invalide : une valeur parmi ${$(n.values,"|")} attendue`;case"too_big":{let i=n.inclusive?"<=":"<",a=t(n.origin);return a?`Trop grand : ${o[n.origin]??"valeur"} doit ${a.verb} ${i}${n.maximum.toString()} ${a.unit??"\xE9l\xE9ment(s)"}`:`Trop grand : ${o[n.origin]??"valeur"} doit \xEAtre ${i}${n.maximum.toString()}`}case"too_small":{let i=n.inclusive?">=":">",a=t(n.origin);return a?`Trop petit : ${o[n.origin]??"valeur"} doit ${a.verb} ${i}${n.minimum.toString()} ${a.unit}`:`Trop petit : ${o[n.origin]??"valeur"} doit \xEAtre ${i}${n.minimum.toString()}`}case"invalid_format":{let i=n;return i.format==="starts_with"?`Cha\xEEne de caract\xE8res invalide : doit commencer par "${i.prefix}"`:i.format==="ends_with"?`Cha\xEEne de caract\xE8res invalide : doit se terminer par "${i.suffix}"`:i.format==="includes"?`Cha\xEEne de caract\xE8res invalide : doit inclure "${i.includes}"`:i.format==="regex"?`Cha\xEEne de caract\xE8res invalide : doit correspondre au motif ${i.pattern}`:`${r[i.format]??n.format} invalide`}case"not_multiple_of":return`Nombre invalide : doit \xEAtre un multiple de ${n.divisor}`;case"unrecognized_keys":return`Cl\xE9${n.keys.length>1?"s":""} non reconnue${n.keys.length>1?"s":""} : ${$(n.keys,", ")}`;case"invalid_key":return`Cl\xE9 invalide dans ${n.origin}`;case"invalid_union":return"Entr\xE9e invalide";case"invalid_element":return`Valeur invalide dans ${n.origin}`;default:return"Entr\xE9e invalide"}}};function s0(){return{localeError:d_()}}var f_=()=>{let e={string:{unit:"caract\xE8res",verb:"avoir"},file:{unit:"octets",verb:"avoir"},array:{unit:"\xE9l\xE9ments",verb:"avoir"},set:{unit:"\xE9l\xE9ments",verb:"avoir"},map:{unit:"\xE9l\xE9ments",verb:"avoir"}};function t(n){return e[n]??null}let r={regex:"entr\xE9e",email:"adresse courriel",url:"URL",emoji:"emoji",uuid:"UUID",uuidv4:"UUIDv4",uuidv6:"UUIDv6",nanoid:"nanoid",guid:"GUID",cuid:"cuid",cuid2:"cuid2",ulid:"ULID",xid:"XID",ksuid:"KSUID",datetime:"date-heure ISO",date:"date ISO",time:"heure ISO",duration:"dur\xE9e ISO",ipv4:"adresse IPv4",ipv6:"adresse IPv6",mac:"adresse MAC",cidrv4:"plage IPv4",cidrv6:"plage IPv6",base64:"cha\xEEne encod\xE9e en base64",base64url:"cha\xEEne encod\xE9e en base64url",json_string:"cha\xEEne JSON",e164:"num\xE9ro E.164",credit_card:"num\xE9ro de carte de cr\xE9dit",currency_code:"code de devise",iban:"IBAN",jwt:"JWT",template_literal:"entr\xE9e"},o={nan:"NaN"};return n=>{switch(n.code){case"invalid_type":{let i=o[n.expected]??n.expected,a=z(n.input),s=o[a]??a;return/^[A-Z]/.test(n.expected)?`Entr\xE9e invalide : attendu instanceof ${n.expected}, re\xE7u ${s}`:`Entr\xE9e invalide : attendu ${i}, re\xE7u ${s}`}case"invalid_value":return n.values.length===1?`Entr\xE9e invalide : attendu ${D(n.values[0])}`:`Option invalide : attendu l'une des valeurs suivantes ${$(n.values,"|")}`;case"too_big":{let i=n.inclusive?"\u2264":"<",a=t(n.origin);return a?`Trop grand : attendu que ${n.origin??"la valeur"} ait ${i}${n.maximum.toString()} ${a.unit}`:`Trop grand : attendu que ${n.origin??"la valeur"} soit ${i}${n.maximum.toString()}`}case"too_small":{let i=n.inclusive?"\u2265":">",a=t(n.origin);return a?`Trop petit : attendu que ${n.origin} ait ${i}${n.minimum.toString()} ${a.unit}`:`Trop petit : attendu que ${n.origin} soit ${i}${n.minimum.toString()}`}case"invalid_format":{let i=n;return i.format==="starts_with"?`Cha\xEEne invalide : doit commencer par "${i.prefix}"`:i.format==="ends_with"?`Cha\xEEne invalide : doit se terminer par "${i.suffix}"`:i.format==="includes"?`Cha\xEEne invalide : doit inclure "${i.includes}"`:i.format==="regex"?`Cha\xEEne invalide : doit correspondre au motif ${i.pattern}`:`${r[i.format]??n.format} invalide`}case"not_multiple_of":return`Nombre invalide : doit \xEAtre un multiple de ${n.divisor}`;case"unrecognized_keys":return`Cl\xE9${n.keys.length>1?"s":""} non reconnue${n.keys.length>1?"s":""} : ${$(n.keys,", ")}`;case"invalid_key":return`Cl\xE9 invalide dans ${n.origin}`;case"invalid_union":return"Entr\xE9e invalide";case"invalid_element":return`Valeur invalide dans ${n.origin}`;default:return"Entr\xE9e invalide"}}};function u0(){return{localeError:f_()}}var p_=()=>{let e={string:{unit:"\u0A85\u0A95\u0ACD\u0AB7\u0AB0",verb:"\u0AB9\u0ACB\u0AB5\u0ABE \u0A9C\u0ACB\u0A88\u0A8F"},file:{unit:"\u0AAC\u0ABE\u0AAF\u0A9F",verb:"\u0AB9\u0ACB\u0AB5\u0ABE \u0A9C\u0ACB\u0A88\u0A8F"},array:{unit:"\u0A86\u0A87\u0A9F\u0AAE",verb:"\u0AB9\u0ACB\u0AB5\u0ABE \u0A9C\u0ACB\u0A88\u0A8F"},set:{unit:"\u0A86\u0A87\u0A9F\u0AAE",verb:"\u0AB9\u0ACB\u0AB5\u0ABE \u0A9C\u0ACB\u0A88\u0A8F"},map:{unit:"\u0A8F\u0AA8\u0ACD\u0A9F\u0ACD\u0AB0\u0AC0",verb:"\u0AB9\u0ACB\u0AB5\u0ABE \u0A9C\u0ACB\u0A88\u0A8F"}};function t(n){return e[n]??null}let r={regex:"\u0A87\u0AA8\u0AAA\u0AC1\u0A9F",email:"\u0A88\u0AAE\u0AC7\u0A87\u0AB2 \u0A8F\u0AA1\u0ACD\u0AB0\u0AC7\u0AB8",url:"URL",emoji:"\u0A87\u0AAE\u0ACB\u0A9C\u0AC0",uuid:"UUID",uuidv4:"UUIDv4",uuidv6:"UUIDv6",nanoid:"nanoid",guid:"GUID",cuid:"cuid",cuid2:"cuid2",ulid:"ULID",xid:"XID",ksuid:"KSUID",datetime:"ISO \u0AA4\u0ABE\u0AB0\u0AC0\u0A96 \u0A85\u0AA8\u0AC7 \u0AB8\u0AAE\u0AAF",date:"ISO \u0AA4\u0ABE\u0AB0\u0AC0\u0A96",time:"ISO \u0AB8\u0AAE\u0AAF",duration:"ISO \u0A85\u0AB5\u0AA7\u0ABF",ipv4:"IPv4 \u0A8F\u0AA1\u0ACD\u0AB0\u0AC7\u0AB8",ipv6:"IPv6 \u0A8F\u0AA1\u0ACD\u0AB0\u0AC7\u0AB8",mac:"MAC \u0A8F\u0AA1\u0ACD\u0AB0\u0AC7\u0AB8",cidrv4:"IPv4 \u0AB6\u0ACD\u0AB0\u0AC7\u0AA3\u0AC0",cidrv6:"IPv6 \u0AB6\u0ACD\u0AB0\u0AC7\u0AA3\u0AC0",base64:"base64-\u0A8F\u0AA8\u0ACD\u0A95\u0ACB\u0AA1\u0AC7\u0AA1 \u0AB8\u0ACD\u0A9F\u0ACD\u0AB0\u0ABF\u0A82\u0A97",base64url:"base64url-\u0A8F\u0AA8\u0ACD\u0A95\u0ACB\u0AA1\u0AC7\u0AA1 \u0AB8\u0ACD\u0A9F\u0ACD\u0AB0\u0ABF\u0A82\u0A97",json_string:"JSON \u0AB8\u0ACD\u0A9F\u0ACD\u0AB0\u0ABF\u0A82\u0A97",e164:"E.164 \u0AA8\u0A82\u0AAC\u0AB0",credit_card:"\u0A95\u0ACD\u0AB0\u0AC7\u0AA1\u0ABF\u0A9F \u0A95\u0ABE\u0AB0\u0ACD\u0AA1 \u0AA8\u0A82\u0AAC\u0AB0",currency_code:"\u0A9A\u0AB2\u0AA3 \u0A95\u0ACB\u0AA1",iban:"IBAN",jwt:"JWT",template_literal:"\u0A87\u0AA8\u0AAA\u0AC1\u0A9F"},o={nan:"NaN"};return n=>{switch(n.code){case"invalid_type":{let i=o[n.expected]??n.expected,a=z(n.input),s=o[a]??a;return`\u0A85\u0AAE\u0ABE\u0AA8\u0ACD\u0AAF \u0A87\u0AA8\u0AAA\u0AC1\u0A9F: \u0A85\u0AAA\u0AC7\u0A95\u0ACD\u0AB7\u0ABF\u0AA4 ${i}, \u0AAA\u0ACD\u0AB0\u0ABE\u0AAA\u0ACD\u0AA4 ${s}`}case"invalid_value":return n.values.length===1?`\u0A85\u0AAE\u0ABE\u0AA8\u0ACD\u0AAF \u0A87\u0AA8\u0AAA\u0AC1\u0A9F: \u0A85\u0AAA\u0AC7\u0A95\u0ACD\u0AB7\u0ABF\u0AA4 ${D(n.values[0])}`:`\u0A85\u0AAE\u0ABE\u0AA8\u0ACD\u0AAF \u0AB5\u0ABF\u0A95\u0AB2\u0ACD\u0AAA: ${$(n.values," | ")} \u0AAE\u0ABE\u0AA7\u0ACD\u0AAF\u0AAE\u0AA5\u0AC0 \u0A8F\u0A95 \u0A85\u0AAA\u0AC7\u0A95\u0ACD\u0AB7\u0ABF\u0AA4`;case"too_big":{let i=n.inclusive?"<=":"<",a=t(n.origin);return a?`\u0A96\u0AC2\u0AAC \u0AAE\u0ACB\u0A9F\u0AC1\u0A82: ${n.origin??"\u0AAE\u0AC2\u0AB2\u0ACD\u0AAF"} ${i}${n.maximum.toString()} ${a.unit??"\u0A8F\u0AB2\u0ABF\u0AAE\u0AC7\u0AA8\u0ACD\u0A9F"} \u0AB9\u0ACB\u0AB5\u0ABE \u0A9C\u0ACB\u0A88\u0A8F`:`\u0A96\u0AC2\u0AAC \u0AAE\u0ACB\u0A9F\u0AC1\u0A82: ${n.origin??"\u0AAE\u0AC2\u0AB2\u0ACD\u0AAF"} ${i}${n.maximum.toString()} \u0AB9\u0ACB\u0AB5\u0AC1\u0A82 \u0A9C\u0ACB\u0A88\u0A8F`}case"too_small":{let i=n.inclusive?">=":">",a=t(n.origin);return a?`\u0A96\u0AC2\u0AAC \u0AA8\u0ABE\u0AA8\u0AC1\u0A82: ${n.origin} ${i}${n.minimum.toString()} ${a.unit} \u0AB9\u0ACB\u0AB5\u0ABE \u0A9C\u0ACB\u0A88\u0A8F`:`\u0A96\u0AC2\u0AAC \u0AA8\u0ABE\u0AA8\u0AC1\u0A82: ${n.origin} ${i}${n.minimum.toString()} \u0AB9\u0ACB\u0AB5\u0AC1\u0A82 \u0A9C\u0ACB\u0A88\u0A8F`}case"invalid_format":{let i=n;return i.format==="starts_with"?`\u0A85\u0AAE\u0ABE\u0AA8\u0ACD\u0AAF \u0AB8\u0ACD\u0A9F\u0ACD\u0AB0\u0ABF\u0A82\u0A97: "${i.prefix}" \u0AA5\u0AC0 \u0AB6\u0AB0\u0AC2 \u0AA5\u0AB5\u0AC1\u0A82 \u0A9C\u0ACB\u0A88\u0A8F`:i.format==="ends_with"?`\u0A85\u0AAE\u0ABE\u0AA8\u0ACD\u0AAF \u0AB8\u0ACD\u0A9F\u0ACD\u0AB0\u0ABF\u0A82\u0A97: "${i.suffix}" \u0AAA\u0AB0 \u0AB8\u0AAE\u0ABE\u0AAA\u0ACD\u0AA4 \u0AA5\u0AB5\u0AC1\u0A82 \u0A9C\u0ACB\u0A88\u0A8F`:i.format==="includes"?`\u0A85\u0AAE\u0ABE\u0AA8\u0ACD\u0AAF \u0AB8\u0ACD\u0A9F\u0ACD\u0AB0\u0ABF\u0A82\u0A97: "${i.includes}" \u0AB6\u0ABE\u0AAE\u0AC7\u0AB2 \u0AB9\u0ACB\u0AB5\u0AC1\u0A82 \u0A9C\u0ACB\u0A88\u0A8F`:i.format==="regex"?`\u0A85\u0AAE\u0ABE\u0AA8\u0ACD\u0AAF \u0AB8\u0ACD\u0A9F\u0ACD\u0AB0\u0ABF\u0A82\u0A97: \u0AAA\u0AC7\u0A9F\u0AB0\u0ACD\u0AA8 ${i.pattern} \u0AB8\u0ABE\u0AA5\u0AC7 \u0AAE\u0AC7\u0AB3 \u0A96\u0ABE\u0AB5\u0AC1\u0A82 \u0A9C\u0ACB\u0A88\u0A8F`:`\u0A85\u0AAE\u0ABE\u0AA8\u0ACD\u0AAF ${r[i.format]??n.format}`}case"not_multiple_of":return`\u0A85\u0AAE\u0ABE\u0AA8\u0ACD\u0AAF \u0AA8\u0A82\u0AAC\u0AB0: ${n.divisor} \u0AA8\u0ACB \u0A97\u0AC1\u0AA3\u0ABE\u0A82\u0A95 \u0AB9\u0ACB\u0AB5\u0ACB \u0A9C\u0ACB\u0A88\u0A8F`;case"unrecognized_keys":return`\u0A93\u0AB3\u0A96\u0AC0 \u0AB6\u0A95\u0ABE\u0AA4\u0ABE \u0AA8\u0AB9\u0AC0\u0A82 \u0AA4\u0AC7 \u0A95\u0AC0${n.keys.length>1?"\u0A93":""}: ${$(n.keys,", ")}`;case"invalid_key":return`${n.origin} \u0AAE\u0ABE\u0A82 \u0A85\u0AAE\u0ABE\u0AA8\u0ACD\u0AAF \u0A95\u0AC0`;case"invalid_union":return n.options&&Array.isArray(n.options)&&n.options.length>0?`\u0A85\u0AAE\u0ABE\u0AA8\u0ACD\u0AAF \u0AA1\u0ABF\u0AB8\u0ACD\u0A95\u0ACD\u0AB0\u0ABF\u0AAE\u0ABF\u0AA8\u0AC7\u0A9F\u0AB0 \u0AAE\u0AC2\u0AB2\u0ACD\u0AAF. \u0A85\u0AAA\u0AC7\u0A95\u0ACD\u0AB7\u0ABF\u0AA4 ${n.options.map(a=>`'${a}'`).join(" | ")}`:"\u0A85\u0AAE\u0ABE\u0AA8\u0ACD\u0AAF \u0A87\u0AA8\u0AAA\u0AC1\u0A9F";case"invalid_element":return`${n.origin} \u0AAE\u0ABE\u0A82 \u0A85\u0AAE\u0ABE\u0AA8\u0ACD\u0AAF \u0AAE\u0AC2\u0AB2\u0ACD\u0AAF`;default:return"\u0A85\u0AAE\u0ABE\u0AA8\u0ACD\u0AAF \u0A87\u0AA8\u0AAA\u0AC1\u0A9F"}}};function c0(){return{localeError:p_()}}var m_=()=>{let e={string:{label:"\u05DE\u05D7\u05E8\u05D5\u05D6\u05EA",gender:"f"},number:{label:"\u05DE\u05E1\u05E4\u05E8",gender:"m"},boolean:{label:"\u05E2\u05E8\u05DA \u05D1\u05D5\u05DC\u05D9\u05D0\u05E0\u05D9",gender:"m"},bigint:{label:"BigInt",gender:"m"},date:{label:"\u05EA\u05D0\u05E8\u05D9\u05DA",gender:"m"},array:{label:"\u05DE\u05E2\u05E8\u05DA",gender:"m"},object:{label:"\u05D0\u05D5\u05D1\u05D9\u05D9\u05E7\u05D8",gender:"m"},null:{label:"\u05E2\u05E8\u05DA \u05E8\u05D9\u05E7 (null)",gender:"m"},undefined:{label:"\u05E2\u05E8\u05DA \u05DC\u05D0 \u05DE\u05D5\u05D2\u05D3\u05E8 (undefined)",gender:"m"},symbol:{label:"\u05E1\u05D9\u05DE\u05D1\u05D5\u05DC (Symbol)",gender:"m"},function:{label:"\u05E4\u05D5\u05E0\u05E7\u05E6\u05D9\u05D4",gender:"f"},map:{label:"\u05DE\u05E4\u05D4 (Map)",gender:"f"},set:{label:"\u05E7\u05D1\u05D5\u05E6\u05D4 (Set)",gender:"f"},file:{label:"\u05E7\u05D5\u05D1\u05E5",gender:"m"},promise:{label:"Promise",gender:"m"},NaN:{label:"NaN",gender:"m"},unknown:{label:"\u05E2\u05E8\u05DA \u05DC\u05D0 \u05D9\u05D3\u05D5\u05E2",gender:"m"},value:{label:"\u05E2\u05E8\u05DA",gender:"m"}},t={string:{unit:"\u05EA\u05D5\u05D5\u05D9\u05DD",shortLabel:"\u05E7\u05E6\u05E8",longLabel:"\u05D0\u05E8\u05D5\u05DA"},file:{unit:"\u05D1\u05D9\u05D9\u05D8\u05D9\u05DD",shortLabel:"\u05E7\u05D8\u05DF",longLabel:"\u05D2\u05D3\u05D5\u05DC"},array:{unit:"\u05E4\u05E8\u05D9\u05D8\u05D9\u05DD",shortLabel:"\u05E7\u05D8\u05DF",longLabel:"\u05D2\u05D3\u05D5\u05DC"},set:{unit:"\u05E4\u05E8\u05D9\u05D8\u05D9\u05DD",shortLabel:"\u05E7\u05D8\u05DF",longLabel:"\u05D2\u05D3\u05D5\u05DC"},number:{unit:"",shortLabel:"\u05E7\u05D8\u05DF",longLabel:"\u05D2\u05D3\u05D5\u05DC"}},r=u=>u?e[u]:void 0,o=u=>{let l=r(u);return l?l.label:u??e.unknown.label},n=u=>`\u05D4${o(u)}`,i=u=>(r(u)?.gender??"m")==="f"?"\u05E6\u05E8\u05D9\u05DB\u05D4 \u05DC\u05D4\u05D9\u05D5\u05EA":"\u05E6\u05E8\u05D9\u05DA \u05DC\u05D4\u05D9\u05D5\u05EA",a=u=>u?t[u]??null:null,s={regex:{label:"\u05E7\u05DC\u05D8",gender:"m"},email:{label:"\u05DB\u05EA\u05D5\u05D1\u05EA \u05D0\u05D9\u05DE\u05D9\u05D9\u05DC",gender:"f"},url:{label:"\u05DB\u05EA\u05D5\u05D1\u05EA \u05E8\u05E9\u05EA",gender:"f"},emoji:{label:"\u05D0\u05D9\u05DE\u05D5\u05D2'\u05D9",gender:"m"},uuid:{label:"UUID",gender:"m"},uuidv4:{label:"UUIDv4",gender:"m"},uuidv6:{label:"UUIDv6",gender:"m"},nanoid:{label:"nanoid",gender:"m"},guid:{label:"GUID",gender:"m"},cuid:{label:"cuid",gender:"m"},cuid2:{label:"cuid2",gender:"m"},ulid:{label:"ULID",gender:"m"},xid:{label:"XID",gender:"m"},ksuid:{label:"KSUID",gender:"m"},datetime:{label:"\u05EA\u05D0\u05E8\u05D9\u05DA \u05D5\u05D6\u05DE\u05DF ISO",gender:"m"},date:{label:"\u05EA\u05D0\u05E8\u05D9\u05DA ISO",gender:"m"},time:{label:"\u05D6\u05DE\u05DF ISO",gender:"m"},duration:{label:"\u05DE\u05E9\u05DA \u05D6\u05DE\u05DF ISO",gender:"m"},ipv4:{label:"\u05DB\u05EA\u05D5\u05D1\u05EA IPv4",gender:"f"},ipv6:{label:"\u05DB\u05EA\u05D5\u05D1\u05EA IPv6",gender:"f"},mac:{label:"\u05DB\u05EA\u05D5\u05D1\u05EA MAC",gender:"f"},cidrv4:{label:"\u05D8\u05D5\u05D5\u05D7 IPv4",gender:"m"},cidrv6:{label:"\u05D8\u05D5\u05D5\u05D7 IPv6",gender:"m"},base64:{label:"\u05DE\u05D7\u05E8\u05D5\u05D6\u05EA \u05D1\u05D1\u05E1\u05D9\u05E1 64",gender:"f"},base64url:{label:"\u05DE\u05D7\u05E8\u05D5\u05D6\u05EA \u05D1\u05D1\u05E1\u05D9\u05E1 64 \u05DC\u05DB\u05EA\u05D5\u05D1\u05D5\u05EA \u05E8\u05E9\u05EA",gender:"f"},json_string:{label:"\u05DE\u05D7\u05E8\u05D5\u05D6\u05EA JSON",gender:"f"},e164:{label:"\u05DE\u05E1\u05E4\u05E8 E.164",gender:"m"},credit_card:{label:"\u05DE\u05E1\u05E4\u05E8 \u05DB\u05E8\u05D8\u05D9\u05E1 \u05D0\u05E9\u05E8\u05D0\u05D9",gender:"m"},currency_code:{label:"\u05E7\u05D5\u05D3 \u05DE\u05D8\u05D1\u05E2",gender:"m"},iban:{label:"IBAN",gender:"m"},jwt:{label:"JWT",gender:"m"},template_literal:{label:"\u05E7\u05DC\u05D8",gender:"m"},ends_with:{label:"\u05E7\u05DC\u05D8",gender:"m"},includes:{label:"\u05E7\u05DC\u05D8",gender:"m"},lowercase:{label:"\u05E7\u05DC\u05D8",gender:"m"},starts_with:{label:"\u05E7\u05DC\u05D8",gender:"m"},uppercase:{label:"\u05E7\u05DC\u05D8",gender:"m"}},c={nan:"NaN"};return u=>{switch(u.code){case"invalid_type":{let l=u.expected,f=c[l??""]??o(l),p=z(u.input),g=c[p]??e[p]?.label??p;return/^[A-Z]/.test(u.expected)?`\u05E7\u05DC\u05D8 \u05DC\u05D0 \u05EA\u05E7\u05D9\u05DF: \u05E6\u05E8\u05D9\u05DA \u05DC\u05D4\u05D9\u05D5\u05EA instanceof ${u.expected}, \u05D4\u05EA\u05E7\u05D1\u05DC ${g}`:`\u05E7\u05DC\u05D8 \u05DC\u05D0 \u05EA\u05E7\u05D9\u05DF: \u05E6\u05E8\u05D9\u05DA \u05DC\u05D4\u05D9\u05D5\u05EA ${f}, \u05D4\u05EA\u05E7\u05D1\u05DC ${g}`}case"invalid_value":{if(u.values.length===1)return`\u05E2\u05E8\u05DA \u05DC\u05D0 \u05EA\u05E7\u05D9\u05DF: \u05D4\u05E2\u05E8\u05DA \u05D7\u05D9\u05D9\u05D1 \u05DC\u05D4\u05D9\u05D5\u05EA ${D(u.values[0])}`;let l=u.values.map(g=>D(g));if(u.values.length===2)return`\u05E2\u05E8\u05DA \u05DC\u05D0 \u05EA\u05E7\u05D9\u05DF: \u05D4\u05D0\u05E4\u05E9\u05E8\u05D5\u05D9\u05D5\u05EA \u05D4\u05DE\u05EA\u05D0\u05D9\u05DE\u05D5\u05EA \u05D4\u05DF ${l[0]} \u05D0\u05D5 ${l[1]}`;let f=l[l.length-1];return`\u05E2\u05E8\u05DA \u05DC\u05D0 \u05EA\u05E7\u05D9\u05DF: \u05D4\u05D0\u05E4\u05E9\u05E8\u05D5\u05D9\u05D5\u05EA \u05D4\u05DE\u05EA\u05D0\u05D9\u05DE\u05D5\u05EA \u05D4\u05DF ${l.slice(0,-1).join(", ")} \u05D0\u05D5 ${f}`}case"too_big":{let l=a(u.origin),f=n(u.origin??"value");if(u.origin==="string")return`${l?.longLabel??"\u05D0\u05E8\u05D5\u05DA"} \u05DE\u05D3\u05D9: ${f} \u05E6\u05E8\u05D9\u05DB\u05D4 \u05DC\u05D4\u05DB\u05D9\u05DC ${u.maximum.toString()} ${l?.unit??""} ${u.inclusive?"\u05D0\u05D5 \u05E4\u05D7\u05D5\u05EA":"\u05DC\u05DB\u05DC \u05D4\u05D9\u05D5\u05EA\u05E8"}`.trim();if(u.origin==="number"){let v=u.inclusive?`\u05E7\u05D8\u05DF \u05D0\u05D5 \u05E9\u05D5\u05D5\u05D4 \u05DC-${u.maximum}`:`\u05E7\u05D8\u05DF \u05DE-${u.maximum}`;return`\u05D2\u05D3\u05D5\u05DC \u05DE\u05D3\u05D9: ${f} \u05E6\u05E8\u05D9\u05DA \u05DC\u05D4\u05D9\u05D5\u05EA ${v}`}if(u.origin==="array"||u.origin==="set"){let v=u.origin==="set"?"\u05E6\u05E8\u05D9\u05DB\u05D4":"\u05E6\u05E8\u05D9\u05DA",h=u.inclusive?`${u.maximum} ${l?.unit??""} \u05D0\u05D5 \u05E4\u05D7\u05D5\u05EA`:`\u05E4\u05D7\u05D5\u05EA \u05DE-${u.maximum} ${l?.unit??""}`;return`\u05D2\u05D3\u05D5\u05DC \u05DE\u05D3\u05D9: ${f} ${v} \u05DC\u05D4\u05DB\u05D9\u05DC ${h}`.trim()}let p=u.inclusive?"<=":"<",g=i(u.origin??"value");return l?.unit?`${l.longLabel} \u05DE\u05D3\u05D9: ${f} ${g} ${p}${u.maximum.toString()} ${l.unit}`:`${l?.longLabel??"\u05D2\u05D3\u05D5\u05DC"} \u05DE\u05D3\u05D9: ${f} ${g} ${p}${u.maximum.toString()}`}case"too_small":{let l=a(u.origin),f=n(u.origin??"value");if(u.origin==="string")return`${l?.shortLabel??"\u05E7\u05E6\u05E8"} \u05DE\u05D3\u05D9: ${f} \u05E6\u05E8\u05D9\u05DB\u05D4 \u05DC\u05D4\u05DB\u05D9\u05DC ${u.minimum.toString()} ${l?.unit??""} ${u.inclusive?"\u05D0\u05D5 \u05D9\u05D5\u05EA\u05E8":"\u05DC\u05E4\u05D7\u05D5\u05EA"}`.trim();if(u.origin==="number"){let v=u.inclusive?`\u05D2\u05D3\u05D5\u05DC \u05D0\u05D5 \u05E9\u05D5\u05D5\u05D4 \u05DC-${u.minimum}`:`\u05D2\u05D3\u05D5\u05DC \u05DE-${u.minimum}`;return`\u05E7\u05D8\u05DF \u05DE\u05D3\u05D9: ${f} \u05E6\u05E8\u05D9\u05DA \u05DC\u05D4\u05D9\u05D5\u05EA ${v}`}if(u.origin==="array"||u.origin==="set"){let v=u.origin==="set"?"\u05E6\u05E8\u05D9\u05DB\u05D4":"\u05E6\u05E8\u05D9\u05DA";if(u.minimum===1&&u.inclusive){let _=(u.origin==="set","\u05DC\u05E4\u05D7\u05D5\u05EA \u05E4\u05E8\u05D9\u05D8 \u05D0\u05D7\u05D3");return`\u05E7\u05D8\u05DF \u05DE\u05D3\u05D9: ${f} ${v} \u05DC\u05D4\u05DB\u05D9\u05DC ${_}`}let h=u.inclusive?`${u.minimum} ${l?.unit??""} \u05D0\u05D5 \u05D9\u05D5\u05EA\u05E8`:`\u05D9\u05D5\u05EA\u05E8 \u05DE-${u.minimum} ${l?.unit??""}`;return`\u05E7\u05D8\u05DF \u05DE\u05D3\u05D9: ${f} ${v} \u05DC\u05D4\u05DB\u05D9\u05DC ${h}`.trim()}let p=u.inclusive?">=":">",g=i(u.origin??"value");return l?.unit?`${l.shortLabel} \u05DE\u05D3\u05D9: ${f} ${g} ${p}${u.minimum.toString()} ${l.unit}`:`${l?.shortLabel??"\u05E7\u05D8\u05DF"} \u05DE\u05D3\u05D9: ${f} ${g} ${p}${u.minimum.toString()}`}case"invalid_format":{let l=u;if(l.format==="starts_with")return`\u05D4\u05DE\u05D7\u05E8\u05D5\u05D6\u05EA \u05D7\u05D9\u05D9\u05D1\u05EA \u05DC\u05D4\u05EA\u05D7\u05D9\u05DC \u05D1 "${l.prefix}"`;if(l.format==="ends_with")return`\u05D4\u05DE\u05D7\u05E8\u05D5\u05D6\u05EA \u05D7\u05D9\u05D9\u05D1\u05EA \u05DC\u05D4\u05E1\u05EA\u05D9\u05D9\u05DD \u05D1 "${l.suffix}"`;if(l.format==="includes")return`\u05D4\u05DE\u05D7\u05E8\u05D5\u05D6\u05EA \u05D7\u05D9\u05D9\u05D1\u05EA \u05DC\u05DB\u05DC\u05D5\u05DC "${l.includes}"`;if(l.format==="regex")return`\u05D4\u05DE\u05D7\u05E8\u05D5\u05D6\u05EA \u05D7\u05D9\u05D9\u05D1\u05EA \u05DC\u05D4\u05EA\u05D0\u05D9\u05DD \u05DC\u05EA\u05D1\u05E0\u05D9\u05EA ${l.pattern}`;let f=s[l.format],p=f?.label??l.format,v=(f?.gender??"m")==="f"?"\u05EA\u05E7\u05D9\u05E0\u05D4":"\u05EA\u05E7\u05D9\u05DF";return`${p} \u05DC\u05D0 ${v}`}case"not_multiple_of":return`\u05DE\u05E1\u05E4\u05E8 \u05DC\u05D0 \u05EA\u05E7\u05D9\u05DF: \u05D7\u05D9\u05D9\u05D1 \u05DC\u05D4\u05D9\u05D5\u05EA \u05DE\u05DB\u05E4\u05DC\u05D4 \u05E9\u05DC ${u.divisor}`;case"unrecognized_keys":return`\u05DE\u05E4\u05EA\u05D7${u.keys.length>1?"\u05D5\u05EA":""} \u05DC\u05D0 \u05DE\u05D6\u05D5\u05D4${u.keys.length>1?"\u05D9\u05DD":"\u05D4"}: ${$(u.keys,", ")}`;case"invalid_key":return"\u05E9\u05D3\u05D4 \u05DC\u05D0 \u05EA\u05E7\u05D9\u05DF \u05D1\u05D0\u05D5\u05D1\u05D9\u05D9\u05E7\u05D8";case"invalid_union":return"\u05E7\u05DC\u05D8 \u05DC\u05D0 \u05EA\u05E7\u05D9\u05DF";case"invalid_element":return`\u05E2\u05E8\u05DA \u05DC\u05D0 \u05EA\u05E7\u05D9\u05DF \u05D1${n(u.origin??"array")}`;default:return"\u05E7\u05DC\u05D8 \u05DC\u05D0 \u05EA\u05E7\u05D9\u05DF"}}};function l0(){return{localeError:m_()}}var g_=()=>{let e={string:{unit:"\u0905\u0915\u094D\u0937\u0930",verb:"\u0930\u0916\u0928\u0947 \u0915\u0947 \u0932\u093F\u090F"},file:{unit:"\u092C\u093E\u0907\u091F\u094D\u0938",verb:"\u0930\u0916\u0928\u0947 \u0915\u0947 \u0932\u093F\u090F"},array:{unit:"\u0924\u0924\u094D\u0935",verb:"\u0930\u0916\u0928\u0947 \u0915\u0947 \u0932\u093F\u090F"},set:{unit:"\u0924\u0924\u094D\u0935",verb:"\u0930\u0916\u0928\u0947 \u0915\u0947 \u0932\u093F\u090F"},map:{unit:"\u092A\u094D\u0930\u0935\u093F\u0937\u094D\u091F\u093F\u092F\u093E\u0901",verb:"\u0930\u0916\u0928\u0947 \u0915\u0947 \u0932\u093F\u090F"}};function t(n){return e[n]??null}let r={regex:"\u0907\u0928\u092A\u0941\u091F",email:"\u0908\u092E\u0947\u0932 \u092A\u0924\u093E",url:"URL",emoji:"\u0907\u092E\u094B\u091C\u0940",uuid:"UUID",uuidv4:"UUIDv4",uuidv6:"UUIDv6",nanoid:"nanoid",guid:"GUID",cuid:"cuid",cuid2:"cuid2",ulid:"ULID",xid:"XID",ksuid:"KSUID",datetime:"ISO \u0924\u093F\u0925\u093F \u0914\u0930 \u0938\u092E\u092F",date:"ISO \u0924\u093F\u0925\u093F",time:"ISO \u0938\u092E\u092F",duration:"ISO \u0905\u0935\u0927\u093F",ipv4:"IPv4 \u092A\u0924\u093E",ipv6:"IPv6 \u092A\u0924\u093E",mac:"MAC \u092A\u0924\u093E",cidrv4:"IPv4 \u0936\u094D\u0930\u0947\u0923\u0940",cidrv6:"IPv6 \u0936\u094D\u0930\u0947\u0923\u0940",base64:"Base64-\u090F\u0928\u094D\u0915\u094B\u0921\u0947\u0921 \u0938\u094D\u091F\u094D\u0930\u093F\u0902\u0917",base64url:"Base64URL-\u090F\u0928\u094D\u0915\u094B\u0921\u0947\u0921 \u0938\u094D\u091F\u094D\u0930\u093F\u0902\u0917",json_string:"JSON \u0938\u094D\u091F\u094D\u0930\u093F\u0902\u0917",e164:"E.164 \u0938\u0902\u0916\u094D\u092F\u093E",credit_card:"\u0915\u094D\u0930\u0947\u0921\u093F\u091F \u0915\u093E\u0930\u094D\u0921 \u0938\u0902\u0916\u094D\u092F\u093E",currency_code:"\u092E\u0941\u0926\u094D\u0930\u093E \u0915\u094B\u0921",iban:"IBAN",jwt:"JWT",template_literal:"\u0907\u0928\u092A\u0941\u091F"},o={nan:"NaN"};return n=>{switch(n.code){case"invalid_type":{let i=o[n.expected]??n.expected,a=z(n.input),s=o[a]??a;return`\u0905\u092E\u093E\u0928\u094D\u092F \u0907\u0928\u092A\u0941\u091F: \u0905\u092A\u0947\u0915\u094D\u0937\u093F\u0924 ${i}, \u092A\u094D\u0930\u093E\u092A\u094D\u0924 ${s}`}case"invalid_value":return n.values.length===1?`\u0905\u092E\u093E\u0928\u094D\u092F \u0907\u0928\u092A\u0941\u091F: \u0905\u092A\u0947\u0915\u094D\u0937\u093F\u0924 ${D(n.values[0])}`:`\u0905\u092E\u093E\u0928\u094D\u092F \u0935\u093F\u0915\u0932\u094D\u092A: \u0905\u092A\u0947\u0915\u094D\u0937\u093F\u0924 \u092E\u093E\u0928\u094B\u0902 \u092E\u0947\u0902 \u0938\u0947 \u090F\u0915 ${$(n.values,"|")}`;case"too_big":{let i=n.inclusive?"<=":"<",a=t(n.origin);return a?`\u092C\u0939\u0941\u0924 \u092C\u0921\u093C\u093E: \u0905\u092A\u0947\u0915\u094D\u0937\u093F\u0924 \u0925\u093E \u0915\u093F ${n.origin??"\u092E\u093E\u0928"} \u092E\u0947\u0902 ${i}${n.maximum} ${a.unit} \u0939\u094B\u0902`:`\u092C\u0939\u0941\u0924 \u092C\u0921\u093C\u093E: \u0905\u092A\u0947\u0915\u094D\u0937\u093F\u0924 \u0925\u093E \u0915\u093F ${n.origin??"\u092E\u093E\u0928"} ${i}${n.maximum} \u0939\u094B`}case"too_small":{let i=n.inclusive?">=":">",a=t(n.origin);return a?`\u092C\u0939\u0941\u0924 \u091B\u094B\u091F\u093E: \u0905\u092A\u0947\u0915\u094D\u0937\u093F\u0924 \u0925\u093E \u0915\u093F ${n.origin} \u092E\u0947\u0902 ${i}${n.minimum} ${a.unit} \u0939\u094B\u0902`:`\u092C\u0939\u0941\u0924 \u091B\u094B\u091F\u093E: \u0905\u092A\u0947\u0915\u094D\u0937\u093F\u0924 \u0925\u093E \u0915\u093F ${n.origin} ${i}${n.minimum} \u0939\u094B`}case"invalid_format":{let i=n;return i.format==="starts_with"?`\u0905\u092E\u093E\u0928\u094D\u092F \u0938\u094D\u091F\u094D\u0930\u093F\u0902\u0917: "${i.prefix}" \u0938\u0947 \u0936\u0941\u0930\u0942 \u0939\u094B\u0928\u093E \u091A\u093E\u0939\u093F\u090F`:i.format==="ends_with"?`\u0905\u092E\u093E\u0928\u094D\u092F \u0938\u094D\u091F\u094D\u0930\u093F\u0902\u0917: "${i.suffix}" \u092A\u0930 \u0938\u092E\u093E\u092A\u094D\u0924 \u0939\u094B\u0928\u093E \u091A\u093E\u0939\u093F\u090F`:i.format==="includes"?`\u0905\u092E\u093E\u0928\u094D\u092F \u0938\u094D\u091F\u094D\u0930\u093F\u0902\u0917: \u0907\u0938\u092E\u0947\u0902 "${i.includes}" \u0936\u093E\u092E\u093F\u0932 \u0939\u094B\u0928\u093E \u091A\u093E\u0939\u093F\u090F`:i.format==="regex"?`\u0905\u092E\u093E\u0928\u094D\u092F \u0938\u094D\u091F\u094D\u0930\u093F\u0902\u0917: \u092A\u0948\u091F\u0930\u094D\u0928 ${i.pattern} \u0938\u0947 \u092E\u0947\u0932 \u0916\u093E\u0928\u093E \u091A\u093E\u0939\u093F\u090F`:`\u0905\u092E\u093E\u0928\u094D\u092F ${r[i.format]??n.format}`}case"not_multiple_of":return`\u0905\u092E\u093E\u0928\u094D\u092F \u0938\u0902\u0916\u094D\u092F\u093E: \u092F\u0939 ${n.divisor} \u0915\u093E \u0917\u0941\u0923\u091C \u0939\u094B\u0928\u093E \u091A\u093E\u0939\u093F\u090F`;case"unrecognized_keys":return`\u0905\u092A\u0930\u093F\u091A\u093F\u0924 \u0915\u0941\u0902\u091C\u0940${n.keys.length>1?"\u092F\u093E\u0901":""}: ${$(n.keys,", ")}`;case"invalid_key":return`\u0905\u092E\u093E\u0928\u094D\u092F \u0915\u0941\u0902\u091C\u0940: ${n.origin} \u092E\u0947\u0902`;case"invalid_union":return n.options&&Array.isArray(n.options)&&n.options.length>0?`\u0905\u092E\u093E\u0928\u094D\u092F \u0921\u093F\u0938\u094D\u0915\u094D\u0930\u093F\u092E\u093F\u0928\u0947\u091F\u0930 \u092E\u093E\u0928: \u0905\u092A\u0947\u0915\u094D\u0937\u093F\u0924 ${n.options.map(a=>`'${a}'`).join(" | ")}`:"\u0905\u092E\u093E\u0928\u094D\u092F \u0907\u0928\u092A\u0941\u091F";case"invalid_element":return`\u0905\u092E\u093E\u0928\u094D\u092F \u092E\u093E\u0928: ${n.origin} \u092E\u0947\u0902`;default:return"\u0905\u092E\u093E\u0928\u094D\u092F \u0907\u0928\u092A\u0941\u091F"}}};function d0(){return{localeError:g_()}}var h_=()=>{let e={string:{unit:"znakova",verb:"imati"},file:{unit:"bajtova",verb:"imati"},array:{unit:"stavki",verb:"imati"},set:{unit:"stavki",verb:"imati"}};function t(n){return e[n]??null}let r={regex:"unos",email:"email adresa",url:"URL",emoji:"emoji",uuid:"UUID",uuidv4:"UUIDv4",uuidv6:"UUIDv6",nanoid:"nanoid",guid:"GUID",cuid:"cuid",cuid2:"cuid2",ulid:"ULID",xid:"XID",ksuid:"KSUID",datetime:"ISO datum i vrijeme",date:"ISO datum",time:"ISO vrijeme",duration:"ISO trajanje",ipv4:"IPv4 adresa",ipv6:"IPv6 adresa",mac:"MAC adresa",cidrv4:"IPv4 raspon",cidrv6:"IPv6 raspon",base64:"base64 kodirani tekst",base64url:"base64url kodirani tekst",json_string:"JSON tekst",e164:"E.164 broj",credit_card:"broj kreditne kartice",currency_code:"kod valute",iban:"IBAN",jwt:"JWT",template_literal:"unos"},o={nan:"NaN",string:"tekst",number:"broj",boolean:"boolean",array:"niz",object:"objekt",set:"skup",file:"datoteka",date:"datum",bigint:"bigint",symbol:"simbol",undefined:"undefined",null:"null",function:"funkcija",map:"mapa"};return n=>{switch(n.code){case"invalid_type":{let i=o[n.expected]??n.expected,a=z(n.input),s=o[a]??a;return/^[A-Z]/.test(n.expected)?`Neispravan unos: o\u010Dekuje se instanceof ${n.expected}, a primljeno je ${s}`:`Neispravan unos: o\u010Dekuje se ${i}, a primljeno je ${s}`}case"invalid_value":return n.values.length===1?`Neispravna vrijednost: o\u010Dekivano ${D(n.values[0])}`:`Neispravna opcija: o\u010Dekivano jedno od ${$(n.values,"|")}`;case"too_big":{let i=n.inclusive?"<=":"<",a=t(n.origin),s=o[n.origin]??n.origin;return a?`Preveliko: o\u010Dekivano da ${s??"vrijednost"} ima ${i}${n.maximum.toString()} ${a.unit??"elemenata"}`:`Preveliko: o\u010Dekivano da ${s??"vrijednost"} bude ${i}${n.maximum.toString()}`}case"too_small":{let i=n.inclusive?">=":">",a=t(n.origin),s=o[n.origin]??n.origin;return a?`Premalo: o\u010Dekivano da ${s} ima ${i}${n.minimum.toString()} ${a.unit}`:`Premalo: o\u010Dekivano da ${s} bude ${i}${n.minimum.toString()}`}case"invalid_format":{let i=n;return i.format==="starts_with"?`Neispravan tekst: mora zapo\u010Dinjati s "${i.prefix}"`:i.format==="ends_with"?`Neispravan tekst: mora zavr\u0161avati s "${i.suffix}"`:i.format==="includes"?`Neispravan tekst: mora sadr\u017Eavati "${i.includes}"`:i.format==="regex"?`Neispravan tekst: mora odgovarati uzorku ${i.pattern}`:`Neispravna ${r[i.format]??n.format}`}case"not_multiple_of":return`Neispravan broj: mora biti vi\u0161ekratnik od ${n.divisor}`;case"unrecognized_keys":return`Neprepoznat${n.keys.length>1?"i klju\u010Devi":" klju\u010D"}: ${$(n.keys,", ")}`;case"invalid_key":return`Neispravan klju\u010D u ${o[n.origin]??n.origin}`;case"invalid_union":return"Neispravan unos";case"invalid_element":return`Neispravna vrijednost u ${o[n.origin]??n.origin}`;default:return"Neispravan unos"}}};function f0(){return{localeError:h_()}}var v_=()=>{let e={string:{unit:"karakter",verb:"legyen"},file:{unit:"byte",verb:"legyen"},array:{unit:"elem",verb:"legyen"},set:{unit:"elem",verb:"legyen"},map:{unit:"elem",verb:"legyen"}};function t(n){return e[n]??null}let r={regex:"bemenet",email:"email c\xEDm",url:"URL",emoji:"emoji",uuid:"UUID",uuidv4:"UUIDv4",uuidv6:"UUIDv6",nanoid:"nanoid",guid:"GUID",cuid:"cuid",cuid2:"cuid2",ulid:"ULID",xid:"XID",ksuid:"KSUID",datetime:"ISO id\u0151b\xE9lyeg",date:"ISO d\xE1tum",time:"ISO id\u0151",duration:"ISO id\u0151intervallum",ipv4:"IPv4 c\xEDm",ipv6:"IPv6 c\xEDm",mac:"MAC c\xEDm",cidrv4:"IPv4 tartom\xE1ny",cidrv6:"IPv6 tartom\xE1ny",base64:"base64-k\xF3dolt string",base64url:"base64url-k\xF3dolt string",json_string:"JSON string",e164:"E.164 sz\xE1m",credit_card:"hitelk\xE1rtyasz\xE1m",currency_code:"p\xE9nznemk\xF3d",iban:"IBAN",jwt:"JWT",template_literal:"bemenet"},o={nan:"NaN",number:"sz\xE1m",array:"t\xF6mb"};return n=>{switch(n.code){case"invalid_type":{let i=o[n.expected]??n.expected,a=z(n.input),s=o[a]??a;return/^[A-Z]/.test(n.expected)?`\xC9rv\xE9nytelen bemenet: a v\xE1rt \xE9rt\xE9k instanceof ${n.expected}, a kapott \xE9rt\xE9k ${s}`:`\xC9rv\xE9nytelen bemenet: a v\xE1rt \xE9rt\xE9k ${i}, a kapott \xE9rt\xE9k ${s}`}case"invalid_value":return n.values.length===1?`\xC9rv\xE9nytelen bemenet: a v\xE1rt \xE9rt\xE9k ${D(n.values[0])}`:`\xC9rv\xE9nytelen opci\xF3: valamelyik \xE9rt\xE9k v\xE1rt ${$(n.values,"|")}`;case"too_big":{let i=n.inclusive?"<=":"<",a=t(n.origin);return a?`T\xFAl nagy: ${n.origin??"\xE9rt\xE9k"} m\xE9rete t\xFAl nagy ${i}${n.maximum.toString()} ${a.unit??"elem"}`:`T\xFAl nagy: a bemeneti \xE9rt\xE9k ${n.origin??"\xE9rt\xE9k"} t\xFAl nagy: ${i}${n.maximum.toString()}`}case"too_small":{let i=n.inclusive?">=":">",a=t(n.origin);return a?`T\xFAl kicsi: a bemeneti \xE9rt\xE9k ${n.origin} m\xE9rete t\xFAl kicsi ${i}${n.minimum.toString()} ${a.unit}`:`T\xFAl kicsi: a bemeneti \xE9rt\xE9k ${n.origin} t\xFAl kicsi ${i}${n.minimum.toString()}`}case"invalid_format":{let i=n;return i.format==="starts_with"?`\xC9rv\xE9nytelen string: "${i.prefix}" \xE9rt\xE9kkel kell kezd\u0151dnie`:i.format==="ends_with"?`\xC9rv\xE9nytelen string: "${i.suffix}" \xE9rt\xE9kkel kell v\xE9gz\u0151dnie`:i.format==="includes"?`\xC9rv\xE9nytelen string: "${i.includes}" \xE9rt\xE9ket kell tartalmaznia`:i.format==="regex"?`\xC9rv\xE9nytelen string: ${i.pattern} mint\xE1nak kell megfelelnie`:`\xC9rv\xE9nytelen ${r[i.format]??n.format}`}case"not_multiple_of":return`\xC9rv\xE9nytelen sz\xE1m: ${n.divisor} t\xF6bbsz\xF6r\xF6s\xE9nek kell lennie`;case"unrecognized_keys":return`Ismeretlen kulcs${n.keys.length>1?"s":""}: ${$(n.keys,", ")}`;case"invalid_key":return`\xC9rv\xE9nytelen kulcs ${n.origin}`;case"invalid_union":return"\xC9rv\xE9nytelen bemenet";case"invalid_element":return`\xC9rv\xE9nytelen \xE9rt\xE9k: ${n.origin}`;default:return"\xC9rv\xE9nytelen bemenet"}}};function p0(){return{localeError:v_()}}function m0(e,t,r){return Math.abs(e)===1?t:r}function yr(e){if(!e)return"";let t=["\u0561","\u0565","\u0568","\u056B","\u0578","\u0578\u0582","\u0585"],r=e[e.length-1];return e+(t.includes(r)?"\u0576":"\u0568")}var b_=()=>{let e={string:{unit:{one:"\u0576\u0577\u0561\u0576",many:"\u0576\u0577\u0561\u0576\u0576\u0565\u0580"},verb:"\u0578\u0582\u0576\u0565\u0576\u0561\u056C"},file:{unit:{one:"\u0562\u0561\u0575\u0569",many:"\u0562\u0561\u0575\u0569\u0565\u0580"},verb:"\u0578\u0582\u0576\u0565\u0576\u0561\u056C"},array:{unit:{one:"\u057F\u0561\u0580\u0580",many:"\u057F\u0561\u0580\u0580\u0565\u0580"},verb:"\u0578\u0582\u0576\u0565\u0576\u0561\u056C"},set:{unit:{one:"\u057F\u0561\u0580\u0580",many:"\u057F\u0561\u0580\u0580\u0565\u0580"},verb:"\u0578\u0582\u0576\u0565\u0576\u0561\u056C"},map:{unit:{one:"\u057F\u0561\u0580\u0580",many:"\u057F\u0561\u0580\u0580\u0565\u0580"},verb:"\u0578\u0582\u0576\u0565\u0576\u0561\u056C"}};function t(n){return e[n]??null}let r={regex:"\u0574\u0578\u0582\u057F\u0584",email:"\u0567\u056C. \u0570\u0561\u057D\u0581\u0565",url:"URL",emoji:"\u0567\u0574\u0578\u057B\u056B",uuid:"UUID",uuidv4:"UUIDv4",uuidv6:"UUIDv6",nanoid:"nanoid",guid:"GUID",cuid:"cuid",cuid2:"cuid2",ulid:"ULID",xid:"XID",ksuid:"KSUID",datetime:"ISO \u0561\u0574\u057D\u0561\u0569\u056B\u057E \u0587 \u056A\u0561\u0574",date:"ISO \u0561\u0574\u057D\u0561\u0569\u056B\u057E",time:"ISO \u056A\u0561\u0574",duration:"ISO \u057F\u0587\u0578\u0572\u0578\u0582\u0569\u0575\u0578\u0582\u0576",ipv4:"IPv4 \u0570\u0561\u057D\u0581\u0565",ipv6:"IPv6 \u0570\u0561\u057D\u0581\u0565",mac:"MAC \u0570\u0561\u057D\u0581\u0565",cidrv4:"IPv4 \u0574\u056B\u057B\u0561\u056F\u0561\u0575\u0584",cidrv6:"IPv6 \u0574\u056B\u057B\u0561\u056F\u0561\u0575\u0584",base64:"base64 \u0571\u0587\u0561\u0579\u0561\u0583\u0578\u057E \u057F\u0578\u0572",base64url:"base64url \u0571\u0587\u0561\u0579\u0561\u0583\u0578\u057E \u057F\u0578\u0572",json_string:"JSON \u057F\u0578\u0572",e164:"E.164 \u0570\u0561\u0574\u0561\u0580",credit_card:"\u056F\u0580\u0565\u0564\u056B\u057F \u0584\u0561\u0580\u057F\u056B \u0570\u0561\u0574\u0561\u0580",currency_code:"\u0561\u0580\u056A\u0578\u0582\u0575\u0569\u056B \u056F\u0578\u0564",iban:"IBAN",jwt:"JWT",template_literal:"\u0574\u0578\u0582\u057F\u0584"},o={nan:"NaN",number:"\u0569\u056B\u057E",array:"\u0566\u0561\u0576\u0563\u057E\u0561\u056E"};return n=>{switch(n.code){case"invalid_type":{let i=o[n.expected]??n.expected,a=z(n.input),s=o[a]??a;return/^[A-Z]/.test(n.expected)?`\u054D\u056D\u0561\u056C \u0574\u0578\u0582\u057F\u0584\u0561\u0563\u0580\u0578\u0582\u0574\u2024 \u057D\u057A\u0561\u057D\u057E\u0578\u0582\u0574 \u0567\u0580 instanceof ${n.expected}, \u057D\u057F\u0561\u0581\u057E\u0565\u056C \u0567 ${s}`:`\u054D\u056D\u0561\u056C \u0574\u0578\u0582\u057F\u0584\u0561\u0563\u0580\u0578\u0582\u0574\u2024 \u057D\u057A\u0561\u057D\u057E\u0578\u0582\u0574 \u0567\u0580 ${i}, \u057D\u057F\u0561\u0581\u057E\u0565\u056C \u0567 ${s}`}case"invalid_value":return n.values.length===1?`\u054D\u056D\u0561\u056C \u0574\u0578\u0582\u057F\u0584\u0561\u0563\u0580\u0578\u0582\u0574\u2024 \u057D\u057A\u0561\u057D\u057E\u0578\u0582\u0574 \u0567\u0580 ${D(n.values[1])}`:`\u054D\u056D\u0561\u056C \u057F\u0561\u0580\u0562\u0565\u0580\u0561\u056F\u2024 \u057D\u057A\u0561\u057D\u057E\u0578\u0582\u0574 \u0567\u0580 \u0570\u0565\u057F\u0587\u0575\u0561\u056C\u0576\u0565\u0580\u056B\u0581 \u0574\u0565\u056F\u0568\u055D ${$(n.values,"|")}`;case"too_big":{let i=n.inclusive?"<=":"<",a=t(n.origin);if(a){let s=Number(n.maximum),c=m0(s,a.unit.one,a.unit.many);return`\u0549\u0561\u0583\u0561\u0566\u0561\u0576\u0581 \u0574\u0565\u056E \u0561\u0580\u056A\u0565\u0584\u2024 \u057D\u057A\u0561\u057D\u057E\u0578\u0582\u0574 \u0567, \u0578\u0580 ${yr(n.origin??"\u0561\u0580\u056A\u0565\u0584")} \u056F\u0578\u0582\u0576\u0565\u0576\u0561 ${i}${n.maximum.toString()} ${c}`}return`\u0549\u0561\u0583\u0561\u0566\u0561\u0576\u0581 \u0574\u0565\u056E \u0561\u0580\u056A\u0565\u0584\u2024 \u057D\u057A\u0561\u057D\u057E\u0578\u0582\u0574 \u0567, \u0578\u0580 ${yr(n.origin??"\u0561\u0580\u056A\u0565\u0584")} \u056C\u056B\u0576\u056B ${i}${n.maximum.toString()}`}case"too_small":{let i=n.inclusive?">=":">",a=t(n.origin);if(a){let s=Number(n.minimum),c=m0(s,a.unit.one,a.unit.many);return`\u0549\u0561\u0583\u0561\u0566\u0561\u0576\u0581 \u0583\u0578\u0584\u0580 \u0561\u0580\u056A\u0565\u0584\u2024 \u057D\u057A\u0561\u057D\u057E\u0578\u0582\u0574 \u0567, \u0578\u0580 ${yr(n.origin)} \u056F\u0578\u0582\u0576\u0565\u0576\u0561 ${i}${n.minimum.toString()} ${c}`}return`\u0549\u0561\u0583\u0561\u0566\u0561\u0576\u0581 \u0583\u0578\u0584\u0580 \u0561\u0580\u056A\u0565\u0584\u2024 \u057D\u057A\u0561\u057D\u057E\u0578\u0582\u0574 \u0567, \u0578\u0580 ${yr(n.origin)} \u056C\u056B\u0576\u056B ${i}${n.minimum.toString()}`}case"invalid_format":{let i=n;return i.format==="starts_with"?`\u054D\u056D\u0561\u056C \u057F\u0578\u0572\u2024 \u057A\u0565\u057F\u0584 \u0567 \u057D\u056F\u057D\u057E\u056B "${i.prefix}"-\u0578\u057E`:i.format==="ends_with"?`\u054D\u056D\u0561\u056C \u057F\u0578\u0572\u2024 \u057A\u0565\u057F\u0584 \u0567 \u0561\u057E\u0561\u0580\u057F\u057E\u056B "${i.suffix}"-\u0578\u057E`:i.format==="includes"?`\u054D\u056D\u0561\u056C \u057F\u0578\u0572\u2024 \u057A\u0565\u057F\u0584 \u0567 \u057A\u0561\u0580\u0578\u0582\u0576\u0561\u056F\u056B "${i.includes}"`:i.format==="regex"?`\u054D\u056D\u0561\u056C \u057F\u0578\u0572\u2024 \u057A\u0565\u057F\u0584 \u0567 \u0570\u0561\u0574\u0561\u057A\u0561\u057F\u0561\u057D\u056D\u0561\u0576\u056B ${i.pattern} \u0571\u0587\u0561\u0579\u0561\u0583\u056B\u0576`:`\u054D\u056D\u0561\u056C ${r[i.format]??n.format}`}case"not_multiple_of":return`\u054D\u056D\u0561\u056C \u0569\u056B\u057E\u2024 \u057A\u0565\u057F\u0584 \u0567 \u0562\u0561\u0566\u0574\u0561\u057A\u0561\u057F\u056B\u056F \u056C\u056B\u0576\u056B ${n.divisor}-\u056B`;case"unrecognized_keys":return`\u0549\u0573\u0561\u0576\u0561\u0579\u057E\u0561\u056E \u0562\u0561\u0576\u0561\u056C\u056B${n.keys.length>1?"\u0576\u0565\u0580":""}. ${$(n.keys,", ")}`;case"invalid_key":return`\u054D\u056D\u0561\u056C \u0562\u0561\u0576\u0561\u056C\u056B ${yr(n.origin)}-\u0578\u0582\u0574`;case"invalid_union":return"\u054D\u056D\u0561\u056C \u0574\u0578\u0582\u057F\u0584\u0561\u0563\u0580\u0578\u0582\u0574";case"invalid_element":return`\u054D\u056D\u0561\u056C \u0561\u0580\u056A\u0565\u0584 ${yr(n.origin)}-\u0578\u0582\u0574`;default:return"\u054D\u056D\u0561\u056C \u0574\u0578\u0582\u057F\u0584\u0561\u0563\u0580\u0578\u0582\u0574"}}};function g0(){return{localeError:b_()}}var y_=()=>{let e={string:{unit:"karakter",verb:"memiliki"},file:{unit:"byte",verb:"memiliki"},array:{unit:"item",verb:"memiliki"},set:{unit:"item",verb:"memiliki"},map:{unit:"item",verb:"memiliki"}};function t(n){return e[n]??null}let r={regex:"input",email:"alamat email",url:"URL",emoji:"emoji",uuid:"UUID",uuidv4:"UUIDv4",uuidv6:"UUIDv6",nanoid:"nanoid",guid:"GUID",cuid:"cuid",cuid2:"cuid2",ulid:"ULID",xid:"XID",ksuid:"KSUID",datetime:"tanggal dan waktu format ISO",date:"tanggal format ISO",time:"jam format ISO",duration:"durasi format ISO",ipv4:"alamat IPv4",ipv6:"alamat IPv6",mac:"alamat MAC",cidrv4:"rentang alamat IPv4",cidrv6:"rentang alamat IPv6",base64:"string dengan enkode base64",base64url:"string dengan enkode base64url",json_string:"string JSON",e164:"angka E.164",credit_card:"nomor kartu kredit",currency_code:"kode mata uang",iban:"IBAN",jwt:"JWT",template_literal:"input"},o={nan:"NaN"};return n=>{switch(n.code){case"invalid_type":{let i=o[n.expected]??n.expected,a=z(n.input),s=o[a]??a;return/^[A-Z]/.test(n.expected)?`Input tidak valid: diharapkan instanceof ${n.expected}, diterima ${s}`:`Input tidak valid: diharapkan ${i}, diterima ${s}`}case"invalid_value":return n.values.length===1?`Input tidak valid: diharapkan ${D(n.values[0])}`:`Pilihan tidak valid: diharapkan salah satu dari ${$(n.values,"|")}`;case"too_big":{let i=n.inclusive?"<=":"<",a=t(n.origin);return a?`Terlalu besar: diharapkan ${n.origin??"value"} memiliki ${i}${n.maximum.toString()} ${a.unit??"elemen"}`:`Terlalu besar: diharapkan ${n.origin??"value"} menjadi ${i}${n.maximum.toString()}`}case"too_small":{let i=n.inclusive?">=":">",a=t(n.origin);return a?`Terlalu kecil: diharapkan ${n.origin} memiliki ${i}${n.minimum.toString()} ${a.unit}`:`Terlalu kecil: diharapkan ${n.origin} menjadi ${i}${n.minimum.toString()}`}case"invalid_format":{let i=n;return i.format==="starts_with"?`String tidak valid: harus dimulai dengan "${i.prefix}"`:i.format==="ends_with"?`String tidak valid: harus berakhir dengan "${i.suffix}"`:i.format==="includes"?`String tidak valid: harus menyertakan "${i.includes}"`:i.format==="regex"?`String tidak valid: harus sesuai pola ${i.pattern}`:`${r[i.format]??n.format} tidak valid`}case"not_multiple_of":return`Angka tidak valid: harus kelipatan dari ${n.divisor}`;case"unrecognized_keys":return`Kunci tidak dikenali ${n.keys.length>1?"s":""}: ${$(n.keys,", ")}`;case"invalid_key":return`Kunci tidak valid di ${n.origin}`;case"invalid_union":return"Input tidak valid";case"invalid_element":return`Nilai tidak valid di ${n.origin}`;default:return"Input tidak valid"}}};function h0(){return{localeError:y_()}}var $_=()=>{let e={string:{unit:"stafi",verb:"a\xF0 hafa"},file:{unit:"b\xE6ti",verb:"a\xF0 hafa"},array:{unit:"hluti",verb:"a\xF0 hafa"},set:{unit:"hluti",verb:"a\xF0 hafa"},map:{unit:"hluti",verb:"a\xF0 hafa"}};function t(n){return e[n]??null}let r={regex:"gildi",email:"netfang",url:"vefsl\xF3\xF0",emoji:"emoji",uuid:"UUID",uuidv4:"UUIDv4",uuidv6:"UUIDv6",nanoid:"nanoid",guid:"GUID",cuid:"cuid",cuid2:"cuid2",ulid:"ULID",xid:"XID",ksuid:"KSUID",datetime:"ISO dagsetning og t\xEDmi",date:"ISO dagsetning",time:"ISO t\xEDmi",duration:"ISO t\xEDmalengd",ipv4:"IPv4 address",ipv6:"IPv6 address",mac:"MAC address",cidrv4:"IPv4 range",cidrv6:"IPv6 range",base64:"base64-encoded strengur",base64url:"base64url-encoded strengur",json_string:"JSON strengur",e164:"E.164 t\xF6lugildi",credit_card:"kreditkortan\xFAmer",currency_code:"gjaldmi\xF0ilsk\xF3\xF0i",iban:"IBAN",jwt:"JWT",template_literal:"gildi"},o={nan:"NaN",number:"n\xFAmer",array:"fylki"};return n=>{switch(n.code){case"invalid_type":{let i=o[n.expected]??n.expected,a=z(n.input),s=o[a]??a;return/^[A-Z]/.test(n.expected)?`Rangt gildi: \xDE\xFA sl\xF3st inn ${s} \xFEar sem \xE1 a\xF0 vera instanceof ${n.expected}`:`Rangt gildi: \xDE\xFA sl\xF3st inn ${s} \xFEar sem \xE1 a\xF0 vera ${i}`}case"invalid_value":return n.values.length===1?`Rangt gildi: gert r\xE1\xF0 fyrir ${D(n.values[0])}`:`\xD3gilt val: m\xE1 vera eitt af eftirfarandi ${$(n.values,"|")}`;case"too_big":{let i=n.inclusive?"<=":"<",a=t(n.origin);return a?`Of st\xF3rt: gert er r\xE1\xF0 fyrir a\xF0 ${n.origin??"gildi"} hafi ${i}${n.maximum.toString()} ${a.unit??"hluti"}`:`Of st\xF3rt: gert er r\xE1\xF0 fyrir a\xF0 ${n.origin??"gildi"} s\xE9 ${i}${n.maximum.toString()}`}case"too_small":{let i=n.inclusive?">=":">",a=t(n.origin);return a?`Of l\xEDti\xF0: gert er r\xE1\xF0 fyrir a\xF0 ${n.origin} hafi ${i}${n.minimum.toString()} ${a.unit}`:`Of l\xEDti\xF0: gert er r\xE1\xF0 fyrir a\xF0 ${n.origin} s\xE9 ${i}${n.minimum.toString()}`}case"invalid_format":{let i=n;return i.format==="starts_with"?`\xD3gildur strengur: ver\xF0ur a\xF0 byrja \xE1 "${i.prefix}"`:i.format==="ends_with"?`\xD3gildur strengur: ver\xF0ur a\xF0 enda \xE1 "${i.suffix}"`:i.format==="includes"?`\xD3gildur strengur: ver\xF0ur a\xF0 innihalda "${i.includes}"`:i.format==="regex"?`\xD3gildur strengur: ver\xF0ur a\xF0 fylgja mynstri ${i.pattern}`:`Rangt ${r[i.format]??n.format}`}case"not_multiple_of":return`R\xF6ng tala: ver\xF0ur a\xF0 vera margfeldi af ${n.divisor}`;case"unrecognized_keys":return`\xD3\xFEekkt ${n.keys.length>1?"ir lyklar":"ur lykill"}: ${$(n.keys,", ")}`;case"invalid_key":return`Rangur lykill \xED ${n.origin}`;case"invalid_union":return"Rangt gildi";case"invalid_element":return`Rangt gildi \xED ${n.origin}`;default:return"Rangt gildi"}}};function v0(){return{localeError:$_()}}var w_=()=>{let e={string:{unit:"caratteri",verb:"avere"},file:{unit:"byte",verb:"avere"},array:{unit:"elementi",verb:"avere"},set:{unit:"elementi",verb:"avere"},map:{unit:"elementi",verb:"avere"}};function t(n){return e[n]??null}let r={regex:"input",email:"indirizzo email",url:"URL",emoji:"emoji",uuid:"UUID",uuidv4:"UUIDv4",uuidv6:"UUIDv6",nanoid:"nanoid",guid:"GUID",cuid:"cuid",cuid2:"cuid2",ulid:"ULID",xid:"XID",ksuid:"KSUID",datetime:"data e ora ISO",date:"data ISO",time:"ora ISO",duration:"durata ISO",ipv4:"indirizzo IPv4",ipv6:"indirizzo IPv6",mac:"indirizzo MAC",cidrv4:"intervallo IPv4",cidrv6:"intervallo IPv6",base64:"stringa codificata in base64",base64url:"URL codificata in base64",json_string:"stringa JSON",e164:"numero E.164",credit_card:"numero di carta di credito",currency_code:"codice valuta",iban:"IBAN",jwt:"JWT",template_literal:"input"},o={nan:"NaN",number:"numero",array:"vettore"};return n=>{switch(n.code){case"invalid_type":{let i=o[n.expected]??n.expected,a=z(n.input),s=o[a]??a;return/^[A-Z]/.test(n.expected)?`Input non valido: atteso instanceof ${n.expected}, ricevuto ${s}`:`Input non valido: atteso ${i}, ricevuto ${s}`}case"invalid_value":return n.values.length===1?`Input non valido: atteso ${D(n.values[0])}`:`Opzione non valida: atteso uno tra ${$(n.values,"|")}`;case"too_big":{let i=n.inclusive?"<=":"<",a=t(n.origin);return a?`Troppo grande: ${n.origin??"valore"} deve avere ${i}${n.maximum.toString()} ${a.unit??"elementi"}`:`Troppo grande: ${n.origin??"valore"} deve essere ${i}${n.maximum.toString()}`}case"too_small":{let i=n.inclusive?">=":">",a=t(n.origin);return a?`Troppo piccolo: ${n.origin} deve avere ${i}${n.minimum.toString()} ${a.unit}`:`Troppo piccolo: ${n.origin} deve essere ${i}${n.minimum.toString()}`}case"invalid_format":{let i=n;return i.format==="starts_with"?`Stringa non valida: deve iniziare con "${i.prefix}"`:i.format==="ends_with"?`Stringa non valida: deve terminare con "${i.suffix}"`:i.format==="includes"?`Stringa non valida: deve includere "${i.includes}"`:i.format==="regex"?`Stringa non valida: deve corrispondere al pattern ${i.pattern}`:`Input non valido: ${r[i.format]??n.format}`}case"not_multiple_of":return`Numero non valido: deve essere un multiplo di ${n.divisor}`;case"unrecognized_keys":return`Chiav${n.keys.length>1?"i":"e"} non riconosciut${n.keys.length>1?"e":"a"}: ${$(n.keys,", ")}`;case"invalid_key":return`Chiave non valida in ${n.origin}`;case"invalid_union":return"Input non valido";case"invalid_element":return`Valore non valido in ${n.origin}`;default:return"Input non valido"}}};function b0(){return{localeError:w_()}}var k_=()=>{let e={string:{unit:"\u6587\u5B57",verb:"\u3067\u3042\u308B"},file:{unit:"\u30D0\u30A4\u30C8",verb:"\u3067\u3042\u308B"},array:{unit:"\u8981\u7D20",verb:"\u3067\u3042\u308B"},set:{unit:"\u8981\u7D20",verb:"\u3067\u3042\u308B"},map:{unit:"\u8981\u7D20",verb:"\u3067\u3042\u308B"}};function t(n){return e[n]??null}let r={regex:"\u5165\u529B\u5024",email:"\u30E1\u30FC\u30EB\u30A2\u30C9\u30EC\u30B9",url:"URL",emoji:"\u7D75\u6587\u5B57",uuid:"UUID",uuidv4:"UUIDv4",uuidv6:"UUIDv6",nanoid:"nanoid",guid:"GUID",cuid:"cuid",cuid2:"cuid2",ulid:"ULID",xid:"XID",ksuid:"KSUID",datetime:"ISO\u65E5\u6642",date:"ISO\u65E5\u4ED8",time:"ISO\u6642\u523B",duration:"ISO\u671F\u9593",ipv4:"IPv4\u30A2\u30C9\u30EC\u30B9",ipv6:"IPv6\u30A2\u30C9\u30EC\u30B9",mac:"MAC\u30A2\u30C9\u30EC\u30B9",cidrv4:"IPv4\u7BC4\u56F2",cidrv6:"IPv6\u7BC4\u56F2",base64:"base64\u30A8\u30F3\u30B3\u30FC\u30C9\u6587\u5B57\u5217",base64url:"base64url\u30A8\u30F3\u30B3\u30FC\u30C9\u6587\u5B57\u5217",json_string:"JSON\u6587\u5B57\u5217",e164:"E.164\u756A\u53F7",credit_card:"\u30AF\u30EC\u30B8\u30C3\u30C8\u30AB\u30FC\u30C9\u756A\u53F7",currency_code:"\u901A\u8CA8\u30B3\u30FC\u30C9",iban:"IBAN",jwt:"JWT",template_literal:"\u5165\u529B\u5024"},o={nan:"NaN",number:"\u6570\u5024",array:"\u914D\u5217"};return n=>{switch(n.code){case"invalid_type":{let i=o[n.expected]??n.expected,a=z(n.input),s=o[a]??a;return/^[A-Z]/.test(n.expected)?`\u7121\u52B9\u306A\u5165\u529B: instanceof ${n.expected}\u304C\u671F\u5F85\u3055\u308C\u307E\u3057\u305F\u304C\u3001${s}\u304C\u5165\u529B\u3055\u308C\u307E\u3057\u305F`:`\u7121\u52B9\u306A\u5165\u529B: ${i}\u304C\u671F\u5F85\u3055\u308C\u307E\u3057\u305F\u304C\u3001${s}\u304C\u5165\u529B\u3055\u308C\u307E\u3057\u305F`}case"invalid_value":return n.values.length===1?`\u7121\u52B9\u306A\u5165\u529B: ${D(n.values[0])}\u304C\u671F\u5F85\u3055\u308C\u307E\u3057\u305F`:`\u7121\u52B9\u306A\u9078\u629E: ${$(n.values,"\u3001")}\u306E\u3044\u305A\u308C\u304B\u3067\u3042\u308B\u5FC5\u8981\u304C\u3042\u308A\u307E\u3059`;case"too_big":{let i=n.inclusive?"\u4EE5\u4E0B\u3067\u3042\u308B":"\u3088\u308A\u5C0F\u3055\u3044",a=t(n.origin);return a?`\u5927\u304D\u3059\u304E\u308B\u5024: ${n.origin??"\u5024"}\u306F${n.maximum.toString()}${a.unit??"\u8981\u7D20"}${i}\u5FC5\u8981\u304C\u3042\u308A\u307E\u3059`:`\u5927\u304D\u3059\u304E\u308B\u5024: ${n.origin??"\u5024"}\u306F${n.maximum.toString()}${i}\u5FC5\u8981\u304C\u3042\u308A\u307E\u3059`}case"too_small":{let i=n.inclusive?"\u4EE5\u4E0A\u3067\u3042\u308B":"\u3088\u308A\u5927\u304D\u3044",a=t(n.origin);return a?`\u5C0F\u3055\u3059\u304E\u308B\u5024: ${n.origin}\u306F${n.minimum.toString()}${a.unit}${i}\u5FC5\u8981\u304C\u3042\u308A\u307E\u3059`:`\u5C0F\u3055\u3059\u304E\u308B\u5024: ${n.origin}\u306F${n.minimum.toString()}${i}\u5FC5\u8981\u304C\u3042\u308A\u307E\u3059`}case"invalid_format":{let i=n;return i.format==="starts_with"?`\u7121\u52B9\u306A\u6587\u5B57\u5217: "${i.prefix}"\u3067\u59CB\u307E\u308B\u5FC5\u8981\u304C\u3042\u308A\u307E\u3059`:i.format==="ends_with"?`\u7121\u52B9\u306A\u6587\u5B57\u5217: "${i.suffix}"\u3067\u7D42\u308F\u308B\u5FC5\u8981\u304C\u3042\u308A\u307E\u3059`:i.format==="includes"?`\u7121\u52B9\u306A\u6587\u5B57\u5217: "${i.includes}"\u3092\u542B\u3080\u5FC5\u8981\u304C\u3042\u308A\u307E\u3059`:i.format==="regex"?`\u7121\u52B9\u306A\u6587\u5B57\u5217: \u30D1\u30BF\u30FC\u30F3${i.pattern}\u306B\u4E00\u81F4\u3059\u308B\u5FC5\u8981\u304C\u3042\u308A\u307E\u3059`:`\u7121\u52B9\u306A${r[i.format]??n.format}`}case"not_multiple_of":return`\u7121\u52B9\u306A\u6570\u5024: ${n.divisor}\u306E\u500D\u6570\u3067\u3042\u308B\u5FC5\u8981\u304C\u3042\u308A\u307E\u3059`;case"unrecognized_keys":return`\u8A8D\u8B58\u3055\u308C\u3066\u3044\u306A\u3044\u30AD\u30FC${n.keys.length>1?"\u7FA4":""}: ${$(n.keys,"\u3001")}`;case"invalid_key":return`${n.origin}\u5185\u306E\u7121\u52B9\u306A\u30AD\u30FC`;case"invalid_union":return"\u7121\u52B9\u306A\u5165\u529B";case"invalid_element":return`${n.origin}\u5185\u306E\u7121\u52B9\u306A\u5024`;default:return"\u7121\u52B9\u306A\u5165\u529B"}}};function y0(){return{localeError:k_()}}var x_=()=>{let e={string:{unit:"\u10E1\u10D8\u10DB\u10D1\u10DD\u10DA\u10DD",verb:"\u10E3\u10DC\u10D3\u10D0 \u10E8\u10D4\u10D8\u10EA\u10D0\u10D5\u10D3\u10D4\u10E1"},file:{unit:"\u10D1\u10D0\u10D8\u10E2\u10D8",verb:"\u10E3\u10DC\u10D3\u10D0 \u10E8\u10D4\u10D8\u10EA\u10D0\u10D5\u10D3\u10D4\u10E1"},array:{unit:"\u10D4\u10DA\u10D4\u10DB\u10D4\u10DC\u10E2\u10D8",verb:"\u10E3\u10DC\u10D3\u10D0 \u10E8\u10D4\u10D8\u10EA\u10D0\u10D5\u10D3\u10D4\u10E1"},set:{unit:"\u10D4\u10DA\u10D4\u10DB\u10D4\u10DC\u10E2\u10D8",verb:"\u10E3\u10DC\u10D3\u10D0 \u10E8\u10D4\u10D8\u10EA\u10D0\u10D5\u10D3\u10D4\u10E1"},map:{unit:"\u10D4\u10DA\u10D4\u10DB\u10D4\u10DC\u10E2\u10D8",verb:"\u10E3\u10DC\u10D3\u10D0 \u10E8\u10D4\u10D8\u10EA\u10D0\u10D5\u10D3\u10D4\u10E1"}};function t(n){return e[n]??null}let r={regex:"\u10E8\u10D4\u10E7\u10D5\u10D0\u10DC\u10D0",email:"\u10D4\u10DA-\u10E4\u10DD\u10E1\u10E2\u10D8\u10E1 \u10DB\u10D8\u10E1\u10D0\u10DB\u10D0\u10E0\u10D7\u10D8",url:"URL",emoji:"\u10D4\u10DB\u10DD\u10EF\u10D8",uuid:"UUID",uuidv4:"UUIDv4",uuidv6:"UUIDv6",nanoid:"nanoid",guid:"GUID",cuid:"cuid",cuid2:"cuid2",ulid:"ULID",xid:"XID",ksuid:"KSUID",datetime:"\u10D7\u10D0\u10E0\u10D8\u10E6\u10D8-\u10D3\u10E0\u10DD",date:"\u10D7\u10D0\u10E0\u10D8\u10E6\u10D8",time:"\u10D3\u10E0\u10DD",duration:"\u10EE\u10D0\u10DC\u10D2\u10E0\u10EB\u10DA\u10D8\u10D5\u10DD\u10D1\u10D0",ipv4:"IPv4 \u10DB\u10D8\u10E1\u10D0\u10DB\u10D0\u10E0\u10D7\u10D8",ipv6:"IPv6 \u10DB\u10D8\u10E1\u10D0\u10DB\u10D0\u10E0\u10D7\u10D8",mac:"MAC \u10DB\u10D8\u10E1\u10D0\u10DB\u10D0\u10E0\u10D7\u10D8",cidrv4:"IPv4 \u10D3\u10D8\u10D0\u10DE\u10D0\u10D6\u10DD\u10DC\u10D8",cidrv6:"IPv6 \u10D3\u10D8\u10D0\u10DE\u10D0\u10D6\u10DD\u10DC\u10D8",base64:"base64-\u10D9\u10DD\u10D3\u10D8\u10E0\u10D4\u10D1\u10E3\u10DA\u10D8 \u10D5\u10D4\u10DA\u10D8",base64url:"base64url-\u10D9\u10DD\u10D3\u10D8\u10E0\u10D4\u10D1\u10E3\u10DA\u10D8 \u10D5\u10D4\u10DA\u10D8",json_string:"JSON \u10D5\u10D4\u10DA\u10D8",e164:"E.164 \u10DC\u10DD\u10DB\u10D4\u10E0\u10D8",credit_card:"\u10E1\u10D0\u10D9\u10E0\u10D4\u10D3\u10D8\u10E2\u10DD \u10D1\u10D0\u10E0\u10D0\u10D7\u10D8\u10E1 \u10DC\u10DD\u10DB\u10D4\u10E0\u10D8",currency_code:"\u10D5\u10D0\u10DA\u10E3\u10E2\u10D8\u10E1 \u10D9\u10DD\u10D3\u10D8",iban:"IBAN",jwt:"JWT",template_literal:"\u10E8\u10D4\u10E7\u10D5\u10D0\u10DC\u10D0"},o={nan:"NaN",number:"\u10E0\u10D8\u10EA\u10EE\u10D5\u10D8",string:"\u10D5\u10D4\u10DA\u10D8",boolean:"\u10D1\u10E3\u10DA\u10D4\u10D0\u10DC\u10D8",function:"\u10E4\u10E3\u10DC\u10E5\u10EA\u10D8\u10D0",array:"\u10DB\u10D0\u10E1\u10D8\u10D5\u10D8"};return n=>{switch(n.code){case"invalid_type":{let i=o[n.expected]??n.expected,a=z(n.input),s=o[a]??a;return/^[A-Z]/.test(n.expected)?`\u10D0\u10E0\u10D0\u10E1\u10EC\u10DD\u10E0\u10D8 \u10E8\u10D4\u10E7\u10D5\u10D0\u10DC\u10D0: \u10DB\u10DD\u10E1\u10D0\u10DA\u10DD\u10D3\u10DC\u10D4\u10DA\u10D8 instanceof ${n.expected}, \u10DB\u10D8\u10E6\u10D4\u10D1\u10E3\u10DA\u10D8 ${s}`:`\u10D0\u10E0\u10D0\u10E1\u10EC\u10DD\u10E0\u10D8 \u10E8\u10D4\u10E7\u10D5\u10D0\u10DC\u10D0: \u10DB\u10DD\u10E1\u10D0\u10DA\u10DD\u10D3\u10DC\u10D4\u10DA\u10D8 ${i}, \u10DB\u10D8\u10E6\u10D4\u10D1\u10E3\u10DA\u10D8 ${s}`}case"invalid_value":return n.values.length===1?`\u10D0\u10E0\u10D0\u10E1\u10EC\u10DD\u10E0\u10D8 \u10E8\u10D4\u10E7\u10D5\u10D0\u10DC\u10D0: \u10DB\u10DD\u10E1\u10D0\u10DA\u10DD\u10D3\u10DC\u10D4\u10DA\u10D8 ${D(n.values[0])}`:`\u10D0\u10E0\u10D0\u10E1\u10EC\u10DD\u10E0\u10D8 \u10D5\u10D0\u10E0\u10D8\u10D0\u10DC\u10E2\u10D8: \u10DB\u10DD\u10E1\u10D0\u10DA\u10DD\u10D3\u10DC\u10D4\u10DA\u10D8\u10D0 \u10D4\u10E0\u10D7-\u10D4\u10E0\u10D7\u10D8 ${$(n.values,"|")}-\u10D3\u10D0\u10DC`;case"too_big":{let i=n.inclusive?"<=":"<",a=t(n.origin);return a?`\u10D6\u10D4\u10D3\u10DB\u10D4\u10E2\u10D0\u10D3 \u10D3\u10D8\u10D3\u10D8: \u10DB\u10DD\u10E1\u10D0\u10DA\u10DD\u10D3\u10DC\u10D4\u10DA\u10D8 ${n.origin??"\u10DB\u10DC\u10D8\u10E8\u10D5\u10DC\u10D4\u10DA\u10DD\u10D1\u10D0"} ${a.verb} ${i}${n.maximum.toString()} ${a.unit}`:`\u10D6\u10D4\u10D3\u10DB\u10D4\u10E2\u10D0\u10D3 \u10D3\u10D8\u10D3\u10D8: \u10DB\u10DD\u10E1\u10D0\u10DA\u10DD\u10D3\u10DC\u10D4\u10DA\u10D8 ${n.origin??"\u10DB\u10DC\u10D8\u10E8\u10D5\u10DC\u10D4\u10DA\u10DD\u10D1\u10D0"} \u10D8\u10E7\u10DD\u10E1 ${i}${n.maximum.toString()}`}case"too_small":{let i=n.inclusive?">=":">",a=t(n.origin);return a?`\u10D6\u10D4\u10D3\u10DB\u10D4\u10E2\u10D0\u10D3 \u10DE\u10D0\u10E2\u10D0\u10E0\u10D0: \u10DB\u10DD\u10E1\u10D0\u10DA\u10DD\u10D3\u10DC\u10D4\u10DA\u10D8 ${n.origin} ${a.verb} ${i}${n.minimum.toString()} ${a.unit}`:`\u10D6\u10D4\u10D3\u10DB\u10D4\u10E2\u10D0\u10D3 \u10DE\u10D0\u10E2\u10D0\u10E0\u10D0: \u10DB\u10DD\u10E1\u10D0\u10DA\u10DD\u10D3\u10DC\u10D4\u10DA\u10D8 ${n.origin} \u10D8\u10E7\u10DD\u10E1 ${i}${n.minimum.toString()}`}case"invalid_format":{let i=n;return i.format==="starts_with"?`\u10D0\u10E0\u10D0\u10E1\u10EC\u10DD\u10E0\u10D8 \u10D5\u10D4\u10DA\u10D8: \u10E3\u10DC\u10D3\u10D0 \u10D8\u10EC\u10E7\u10D4\u10D1\u10DD\u10D3\u10D4\u10E1 "${i.prefix}"-\u10D8\u10D7`:i.format==="ends_with"?`\u10D0\u10E0\u10D0\u10E1\u10EC\u10DD\u10E0\u10D8 \u10D5\u10D4\u10DA\u10D8: \u10E3\u10DC\u10D3\u10D0 \u10DB\u10D7\u10D0\u10D5\u10E0\u10D3\u10D4\u10D1\u10DD\u10D3\u10D4\u10E1 "${i.suffix}"-\u10D8\u10D7`:i.format==="includes"?`\u10D0\u10E0\u10D0\u10E1\u10EC\u10DD\u10E0\u10D8 \u10D5\u10D4\u10DA\u10D8: \u10E3\u10DC\u10D3\u10D0 \u10E8\u10D4\u10D8\u10EA\u10D0\u10D5\u10D3\u10D4\u10E1 "${i.includes}"-\u10E1`:i.format==="regex"?`\u10D0\u10E0\u10D0\u10E1\u10EC\u10DD\u10E0\u10D8 \u10D5\u10D4\u10DA\u10D8: \u10E3\u10DC\u10D3\u10D0 \u10E8\u10D4\u10D4\u10E1\u10D0\u10D1\u10D0\u10DB\u10D4\u10D1\u10DD\u10D3\u10D4\u10E1 \u10E8\u10D0\u10D1\u10DA\u10DD\u10DC\u10E1 ${i.pattern}`:`\u10D0\u10E0\u10D0\u10E1\u10EC\u10DD\u10E0\u10D8 ${r[i.format]??n.format}`}case"not_multiple_of":return`\u10D0\u10E0\u10D0\u10E1\u10EC\u10DD\u10E0\u10D8 \u10E0\u10D8\u10EA\u10EE\u10D5\u10D8: \u10E3\u10DC\u10D3\u10D0 \u10D8\u10E7\u10DD\u10E1 ${n.divisor}-\u10D8\u10E1 \u10EF\u10D4\u10E0\u10D0\u10D3\u10D8`;case"unrecognized_keys":return`\u10E3\u10EA\u10DC\u10DD\u10D1\u10D8 \u10D2\u10D0\u10E1\u10D0\u10E6\u10D4\u10D1${n.keys.length>1?"\u10D4\u10D1\u10D8":"\u10D8"}: ${$(n.keys,", ")}`;case"invalid_key":return`\u10D0\u10E0\u10D0\u10E1\u10EC\u10DD\u10E0\u10D8 \u10D2\u10D0\u10E1\u10D0\u10E6\u10D4\u10D1\u10D8 ${n.origin}-\u10E8\u10D8`;case"invalid_union":return"\u10D0\u10E0\u10D0\u10E1\u10EC\u10DD\u10E0\u10D8 \u10E8\u10D4\u10E7\u10D5\u10D0\u10DC\u10D0";case"invalid_element":return`\u10D0\u10E0\u10D0\u10E1\u10EC\u10DD\u10E0\u10D8 \u10DB\u10DC\u10D8\u10E8\u10D5\u10DC\u10D4\u10DA\u10DD\u10D1\u10D0 ${n.origin}-\u10E8\u10D8`;default:return"\u10D0\u10E0\u10D0\u10E1\u10EC\u10DD\u10E0\u10D8 \u10E8\u10D4\u10E7\u10D5\u10D0\u10DC\u10D0"}}};function $0(){return{localeError:x_()}}var __=()=>{let e={string:{unit:"\u178F\u17BD\u17A2\u1780\u17D2\u179F\u179A",verb:"\u1782\u17BD\u179A\u1798\u17B6\u1793"},file:{unit:"\u1794\u17C3",verb:"\u1782\u17BD\u179A\u1798\u17B6\u1793"},array:{unit:"\u1792\u17B6\u178F\u17BB",verb:"\u1782\u17BD\u179A\u1798\u17B6\u1793"},set:{unit:"\u1792\u17B6\u178F\u17BB",verb:"\u1782\u17BD\u179A\u1798\u17B6\u1793"},map:{unit:"\u1792\u17B6\u178F\u17BB",verb:"\u1782\u17BD\u179A\u1798\u17B6\u1793"}};function t(n){return e[n]??null}let r={regex:"\u1791\u17B7\u1793\u17D2\u1793\u1793\u17D0\u1799\u1794\u1789\u17D2\u1785\u17BC\u179B",email:"\u17A2\u17B6\u179F\u1799\u178A\u17D2\u178B\u17B6\u1793\u17A2\u17CA\u17B8\u1798\u17C2\u179B",url:"URL",emoji:"\u179F\u1789\u17D2\u1789\u17B6\u17A2\u17B6\u179A\u1798\u17D2\u1798\u178E\u17CD",uuid:"UUID",uuidv4:"UUIDv4",uuidv6:"UUIDv6",nanoid:"nanoid",guid:"GUID",cuid:"cuid",cuid2:"cuid2",ulid:"ULID",xid:"XID",ksuid:"KSUID",datetime:"\u1780\u17B6\u179B\u1794\u179A\u17B7\u1785\u17D2\u1786\u17C1\u1791 \u1793\u17B7\u1784\u1798\u17C9\u17C4\u1784 ISO",date:"\u1780\u17B6\u179B\u1794\u179A\u17B7\u1785\u17D2\u1786\u17C1\u1791 ISO",time:"\u1798\u17C9\u17C4\u1784 ISO",duration:"\u179A\u1799\u17C8\u1796\u17C1\u179B ISO",ipv4:"\u17A2\u17B6\u179F\u1799\u178A\u17D2\u178B\u17B6\u1793 IPv4",ipv6:"\u17A2\u17B6\u179F\u1799\u178A\u17D2\u178B\u17B6\u1793 IPv6",mac:"\u17A2\u17B6\u179F\u1799\u178A\u17D2\u178B\u17B6\u1793 MAC",cidrv4:"\u178A\u17C2\u1793\u17A2\u17B6\u179F\u1799\u178A\u17D2\u178B\u17B6\u1793 IPv4",cidrv6:"\u178A\u17C2\u1793\u17A2\u17B6\u179F\u1799\u178A\u17D2\u178B\u17B6\u1793 IPv6",base64:"\u1781\u17D2\u179F\u17C2\u17A2\u1780\u17D2\u179F\u179A\u17A2\u17CA\u17B7\u1780\u17BC\u178A base64",base64url:"\u1781\u17D2\u179F\u17C2\u17A2\u1780\u17D2\u179F\u179A\u17A2\u17CA\u17B7\u1780\u17BC\u178A base64url",json_string:"\u1781\u17D2\u179F\u17C2\u17A2\u1780\u17D2\u179F\u179A JSON",e164:"\u179B\u17C1\u1781 E.164",credit_card:"\u179B\u17C1\u1781\u1794\u17D0\u178E\u17D2\u178E\u17A5\u178E\u1791\u17B6\u1793",currency_code:"\u1780\u17BC\u178A\u179A\u17BC\u1794\u17B7\u1799\u1794\u17D0\u178E\u17D2\u178E",iban:"IBAN",jwt:"JWT",template_literal:"\u1791\u17B7\u1793\u17D2\u1793\u1793\u17D0\u1799\u1794\u1789\u17D2\u1785\u17BC\u179B"},o={nan:"NaN",number:"\u179B\u17C1\u1781",array:"\u17A2\u17B6\u179A\u17C1 (Array)",null:"\u1782\u17D2\u1798\u17B6\u1793\u178F\u1798\u17D2\u179B\u17C3 (null)"};return n=>{switch(n.code){case"invalid_type":{let i=o[n.expected]??n.expected,a=z(n.input),s=o[a]??a;return/^[A-Z]/.test(n.expected)?`\u1791\u17B7\u1793\u17D2\u1793\u1793\u17D0\u1799\u1794\u1789\u17D2\u1785\u17BC\u179B\u1798\u17B7\u1793\u178F\u17D2\u179A\u17B9\u1798\u178F\u17D2\u179A\u17BC\u179C\u17D6 \u178F\u17D2\u179A\u17BC\u179C\u1780\u17B6\u179A instanceof ${n.expected} \u1794\u17C9\u17BB\u1793\u17D2\u178F\u17C2\u1791\u1791\u17BD\u179B\u1794\u17B6\u1793 ${s}`:`\u1791\u17B7\u1793\u17D2\u1793\u1793\u17D0\u1799\u1794\u1789\u17D2\u1785\u17BC\u179B\u1798\u17B7\u1793\u178F\u17D2\u179A\u17B9\u1798\u178F\u17D2\u179A\u17BC\u179C\u17D6 \u178F\u17D2\u179A\u17BC\u179C\u1780\u17B6\u179A ${i} \u1794\u17C9\u17BB\u1793\u17D2\u178F\u17C2\u1791\u1791\u17BD\u179B\u1794\u17B6\u1793 ${s}`}case"invalid_value":return n.values.length===1?`\u1791\u17B7\u1793\u17D2\u1793\u1793\u17D0\u1799\u1794\u1789\u17D2\u1785\u17BC\u179B\u1798\u17B7\u1793\u178F\u17D2\u179A\u17B9\u1798\u178F\u17D2\u179A\u17BC\u179C\u17D6 \u178F\u17D2\u179A\u17BC\u179C\u1780\u17B6\u179A ${D(n.values[0])}`:`\u1787\u1798\u17D2\u179A\u17BE\u179F\u1798\u17B7\u1793\u178F\u17D2\u179A\u17B9\u1798\u178F\u17D2\u179A\u17BC\u179C\u17D6 \u178F\u17D2\u179A\u17BC\u179C\u1787\u17B6\u1798\u17BD\u1799\u1780\u17D2\u1793\u17BB\u1784\u1785\u17C6\u178E\u17C4\u1798 ${$(n.values,"|")}`;case"too_big":{let i=n.inclusive?"<=":"<",a=t(n.origin);return a?`\u1792\u17C6\u1796\u17C1\u1780\u17D6 \u178F\u17D2\u179A\u17BC\u179C\u1780\u17B6\u179A ${n.origin??"\u178F\u1798\u17D2\u179B\u17C3"} ${i} ${n.maximum.toString()} ${a.unit??"\u1792\u17B6\u178F\u17BB"}`:`\u1792\u17C6\u1796\u17C1\u1780\u17D6 \u178F\u17D2\u179A\u17BC\u179C\u1780\u17B6\u179A ${n.origin??"\u178F\u1798\u17D2\u179B\u17C3"} ${i} ${n.maximum.toString()}`}case"too_small":{let i=n.inclusive?">=":">",a=t(n.origin);return a?`\u178F\u17BC\u1785\u1796\u17C1\u1780\u17D6 \u178F\u17D2\u179A\u17BC\u179C\u1780\u17B6\u179A ${n.origin} ${i} ${n.minimum.toString()} ${a.unit}`:`\u178F\u17BC\u1785\u1796\u17C1\u1780\u17D6 \u178F\u17D2\u179A\u17BC\u179C\u1780\u17B6\u179A ${n.origin} ${i} ${n.minimum.toString()}`}case"invalid_format":{let i=n;return i.format==="starts_with"?`\u1781\u17D2\u179F\u17C2\u17A2\u1780\u17D2\u179F\u179A\u1798\u17B7\u1793\u178F\u17D2\u179A\u17B9\u1798\u178F\u17D2\u179A\u17BC\u179C\u17D6 \u178F\u17D2\u179A\u17BC\u179C\u1785\u17B6\u1794\u17CB\u1795\u17D2\u178F\u17BE\u1798\u178A\u17C4\u1799 "${i.prefix}"`:i.format==="ends_with"?`\u1781\u17D2\u179F\u17C2\u17A2\u1780\u17D2\u179F\u179A\u1798\u17B7\u1793\u178F\u17D2\u179A\u17B9\u1798\u178F\u17D2\u179A\u17BC\u179C\u17D6 \u178F\u17D2\u179A\u17BC\u179C\u1794\u1789\u17D2\u1785\u1794\u17CB\u178A\u17C4\u1799 "${i.suffix}"`:i.format==="includes"?`\u1781\u17D2\u179F\u17C2\u17A2\u1780\u17D2\u179F\u179A\u1798\u17B7\u1793\u178F\u17D2\u179A\u17B9\u1798\u178F\u17D2\u179A\u17BC\u179C\u17D6 \u178F\u17D2\u179A\u17BC\u179C\u1798\u17B6\u1793 "${i.includes}"`:i.format==="regex"?`\u1781\u17D2\u179F\u17C2\u17A2\u1780\u17D2\u179F\u179A\u1798\u17B7\u1793\u178F\u17D2\u179A\u17B9\u1798\u178F\u17D2\u179A\u17BC\u179C\u17D6 \u178F\u17D2\u179A\u17BC\u179C\u178F\u17C2\u1795\u17D2\u1782\u17BC\u1795\u17D2\u1782\u1784\u1793\u17B9\u1784\u1791\u1798\u17D2\u179A\u1784\u17CB\u178A\u17C2\u179B\u1794\u17B6\u1793\u1780\u17C6\u178E\u178F\u17CB ${i.pattern}`:`\u1798\u17B7\u1793\u178F\u17D2\u179A\u17B9\u1798\u178F\u17D2\u179A\u17BC\u179C\u17D6 ${r[i.format]??n.format}`}case"not_multiple_of":return`\u179B\u17C1\u1781\u1798\u17B7\u1793\u178F\u17D2\u179A\u17B9\u1798\u178F\u17D2\u179A\u17BC\u179C\u17D6 \u178F\u17D2\u179A\u17BC\u179C\u178F\u17C2\u1787\u17B6\u1796\u17A0\u17BB\u1782\u17BB\u178E\u1793\u17C3 ${n.divisor}`;case"unrecognized_keys":return`\u179A\u1780\u1783\u17BE\u1789\u179F\u17C4\u1798\u17B7\u1793\u179F\u17D2\u1782\u17B6\u179B\u17CB\u17D6 ${$(n.keys,", ")}`;case"invalid_key":return`\u179F\u17C4\u1798\u17B7\u1793\u178F\u17D2\u179A\u17B9\u1798\u178F\u17D2\u179A\u17BC\u179C\u1793\u17C5\u1780\u17D2\u1793\u17BB\u1784 ${n.origin}`;case"invalid_union":return"\u1791\u17B7\u1793\u17D2\u1793\u1793\u17D0\u1799\u1798\u17B7\u1793\u178F\u17D2\u179A\u17B9\u1798\u178F\u17D2\u179A\u17BC\u179C";case"invalid_element":return`\u1791\u17B7\u1793\u17D2\u1793\u1793\u17D0\u1799\u1798\u17B7\u1793\u178F\u17D2\u179A\u17B9\u1798\u178F\u17D2\u179A\u17BC\u179C\u1793\u17C5\u1780\u17D2\u1793\u17BB\u1784 ${n.origin}`;default:return"\u1791\u17B7\u1793\u17D2\u1793\u1793\u17D0\u1799\u1798\u17B7\u1793\u178F\u17D2\u179A\u17B9\u1798\u178F\u17D2\u179A\u17BC\u179C"}}};function Oa(){return{localeError:__()}}function w0(){return Oa()}var I_=()=>{let e={string:{unit:"\u0C85\u0C95\u0CCD\u0CB7\u0CB0\u0C97\u0CB3\u0CC1",verb:"\u0CB9\u0CCA\u0C82\u0CA6\u0CB2\u0CC1"},file:{unit:"\u0CAC\u0CC8\u0C9F\u0CCD\u200C\u0C97\u0CB3\u0CC1",verb:"\u0CB9\u0CCA\u0C82\u0CA6\u0CB2\u0CC1"},array:{unit:"\u0CB5\u0CB8\u0CCD\u0CA4\u0CC1\u0C97\u0CB3\u0CC1",verb:"\u0CB9\u0CCA\u0C82\u0CA6\u0CB2\u0CC1"},set:{unit:"\u0CB5\u0CB8\u0CCD\u0CA4\u0CC1\u0C97\u0CB3\u0CC1",verb:"\u0CB9\u0CCA\u0C82\u0CA6\u0CB2\u0CC1"},map:{unit:"entries",verb:"\u0CB9\u0CCA\u0C82\u0CA6\u0CB2\u0CC1"}};function t(n){return e[n]??null}let r={regex:"\u0C87\u0CA8\u0CCD\u0CAA\u0CC1\u0C9F\u0CCD",email:"email \u0CB5\u0CBF\u0CB3\u0CBE\u0CB8",url:"URL",emoji:"emoji",uuid:"UUID",uuidv4:"UUIDv4",uuidv6:"UUIDv6",nanoid:"nanoid",guid:"GUID",cuid:"cuid",cuid2:"cuid2",ulid:"ULID",xid:"XID",ksuid:"KSUID",datetime:"ISO \u0CA6\u0CBF\u0CA8\u0CBE\u0C82\u0C95\u0CA6 \u0CB8\u0CAE\u0CAF",date:"ISO \u0CA6\u0CBF\u0CA8\u0CBE\u0C82\u0C95",time:"ISO \u0CB8\u0CAE\u0CAF",duration:"ISO \u0C85\u0CB5\u0CA7\u0CBF",ipv4:"IPv4 \u0CB5\u0CBF\u0CB3\u0CBE\u0CB8",ipv6:"IPv6 \u0CB5\u0CBF\u0CB3\u0CBE\u0CB8",mac:"MAC \u0CB5\u0CBF\u0CB3\u0CBE\u0CB8",cidrv4:"IPv4 \u0CB5\u0CCD\u0CAF\u0CBE\u0CAA\u0CCD\u0CA4\u0CBF\u0CAF",cidrv6:"IPv6 \u0CB5\u0CCD\u0CAF\u0CBE\u0CAA\u0CCD\u0CA4\u0CBF\u0CAF",base64:"base64-encoded\u0CB8\u0CCD\u0C9F\u0CCD\u0CB0\u0CBF\u0C82\u0C97\u0CCD",base64url:"base64url-encoded\u0CB8\u0CCD\u0C9F\u0CCD\u0CB0\u0CBF\u0C82\u0C97\u0CCD",json_string:"JSON\u0CB8\u0CCD\u0C9F\u0CCD\u0CB0\u0CBF\u0C82\u0C97\u0CCD",e164:"E.164 \u0CB8\u0C82\u0C96\u0CCD\u0CAF\u0CC6",credit_card:"\u0C95\u0CCD\u0CB0\u0CC6\u0CA1\u0CBF\u0C9F\u0CCD \u0C95\u0CBE\u0CB0\u0CCD\u0CA1\u0CCD \u0CB8\u0C82\u0C96\u0CCD\u0CAF\u0CC6",currency_code:"\u0C95\u0CB0\u0CC6\u0CA8\u0CCD\u0CB8\u0CBF \u0C95\u0CCB\u0CA1\u0CCD",iban:"IBAN",jwt:"JWT",template_literal:"\u0C87\u0CA8\u0CCD\u0CAA\u0CC1\u0C9F\u0CCD"},o={nan:"NaN"};return n=>{switch(n.code){case"invalid_type":{let i=o[n.expected]??n.expected,a=z(n.input),s=o[a]??a;return`\u0C85\u0CAE\u0CBE\u0CA8\u0CCD\u0CAF \u0C87\u0CA8\u0CCD\u200C\u0CAA\u0CC1\u0C9F\u0CCD: \u0CA8\u0CBF\u0CB0\u0CC0\u0C95\u0CCD\u0CB7\u0CBF\u0CB8\u0CB2\u0CBE\u0C97\u0CBF\u0CA6\u0CC6 ${i}, \u0CB8\u0CCD\u0CB5\u0CC0\u0C95\u0CB0\u0CBF\u0CB8\u0CBF\u0CA6\u0CA8\u0CC1 ${s}`}case"invalid_value":return n.values.length===1?`\u0C85\u0CAE\u0CBE\u0CA8\u0CCD\u0CAF \u0C87\u0CA8\u0CCD\u200C\u0CAA\u0CC1\u0C9F\u0CCD: \u0CA8\u0CBF\u0CB0\u0CC0\u0C95\u0CCD\u0CB7\u0CBF\u0CB8\u0CB2\u0CBE\u0C97\u0CBF\u0CA6\u0CC6 ${D(n.values[0])}`:`\u0C85\u0CAE\u0CBE\u0CA8\u0CCD\u0CAF \u0C86\u0CAF\u0CCD\u0C95\u0CC6: \u0C87\u0CB5\u0CC1\u0C97\u0CB3\u0CB2\u0CCD\u0CB2\u0CBF \u0C92\u0C82\u0CA6\u0CA8\u0CCD\u0CA8\u0CC1 \u0CA8\u0CBF\u0CB0\u0CC0\u0C95\u0CCD\u0CB7\u0CBF\u0CB8\u0CB2\u0CBE\u0C97\u0CBF\u0CA6\u0CC6 ${$(n.values,"|")}`;case"too_big":{let i=n.inclusive?"<=":"<",a=t(n.origin);return a?`\u0CA4\u0CC1\u0C82\u0CAC\u0CBE \u0CA6\u0CCA\u0CA1\u0CCD\u0CA1\u0CA6\u0CC1: \u0CA8\u0CBF\u0CB0\u0CC0\u0C95\u0CCD\u0CB7\u0CBF\u0CB8\u0CB2\u0CBE\u0C97\u0CBF\u0CA6\u0CC6 ${n.origin??"value"} \u0CB9\u0CCA\u0C82\u0CA6\u0CB2\u0CC1 ${i}${n.maximum.toString()} ${a.unit??"\u0C85\u0C82\u0CB6\u0C97\u0CB3\u0CC1"}`:`\u0CA4\u0CC1\u0C82\u0CAC\u0CBE \u0CA6\u0CCA\u0CA1\u0CCD\u0CA1\u0CA6\u0CC1: \u0CA8\u0CBF\u0CB0\u0CC0\u0C95\u0CCD\u0CB7\u0CBF\u0CB8\u0CB2\u0CBE\u0C97\u0CBF\u0CA6\u0CC6 ${n.origin??"value"} \u0C8E\u0C82\u0CA6\u0CC1 ${i}${n.maximum.toString()}`}case"too_small":{let i=n.inclusive?">=":">",a=t(n.origin);return a?`\u0CA4\u0CC1\u0C82\u0CAC\u0CBE \u0C9A\u0CBF\u0C95\u0CCD\u0C95\u0CA6\u0CC1: \u0CA8\u0CBF\u0CB0\u0CC0\u0C95\u0CCD\u0CB7\u0CBF\u0CB8\u0CB2\u0CBE\u0C97\u0CBF\u0CA6\u0CC6 ${n.origin} \u0CB9\u0CCA\u0C82\u0CA6\u0CB2\u0CC1 ${i}${n.minimum.toString()} ${a.unit}`:`\u0CA4\u0CC1\u0C82\u0CAC\u0CBE \u0C9A\u0CBF\u0C95\u0CCD\u0C95\u0CA6\u0CC1: \u0CA8\u0CBF\u0CB0\u0CC0\u0C95\u0CCD\u0CB7\u0CBF\u0CB8\u0CB2\u0CBE\u0C97\u0CBF\u0CA6\u0CC6 ${n.origin} \u0C8E\u0C82\u0CA6\u0CC1 ${i}${n.minimum.toString()}`}case"invalid_format":{let i=n;return i.format==="starts_with"?`\u0C85\u0CAE\u0CBE\u0CA8\u0CCD\u0CAF\u0CB5\u0CBE\u0CA6 \u0CB8\u0CCD\u0C9F\u0CCD\u0CB0\u0CBF\u0C82\u0C97\u0CCD: \u0C87\u0CA6\u0CB0\u0CCA\u0C82\u0CA6\u0CBF\u0C97\u0CC6 \u0CAA\u0CCD\u0CB0\u0CBE\u0CB0\u0C82\u0CAD\u0CBF\u0CB8\u0CAC\u0CC7\u0C95\u0CC1 "${i.prefix}"`:i.format==="ends_with"?`\u0C85\u0CAE\u0CBE\u0CA8\u0CCD\u0CAF\u0CB5\u0CBE\u0CA6 \u0CB8\u0CCD\u0C9F\u0CCD\u0CB0\u0CBF\u0C82\u0C97\u0CCD: \u0C87\u0CA6\u0CB0\u0CCA\u0C82\u0CA6\u0CBF\u0C97\u0CC6 \u0C95\u0CCA\u0CA8\u0CC6\u0C97\u0CCA\u0CB3\u0CCD\u0CB3\u0CAC\u0CC7\u0C95\u0CC1 "${i.suffix}"`:i.format==="includes"?`\u0C85\u0CAE\u0CBE\u0CA8\u0CCD\u0CAF \u0CB8\u0CCD\u0C9F\u0CCD\u0CB0\u0CBF\u0C82\u0C97\u0CCD: \u0C92\u0CB3\u0C97\u0CCA\u0C82\u0CA1\u0CBF\u0CB0\u0CAC\u0CC7\u0C95\u0CC1 "${i.includes}"`:i.format==="regex"?`\u0C85\u0CAE\u0CBE\u0CA8\u0CCD\u0CAF\u0CB5\u0CBE\u0CA6 \u0CB8\u0CCD\u0C9F\u0CCD\u0CB0\u0CBF\u0C82\u0C97\u0CCD: \u0CAE\u0CBE\u0CA6\u0CB0\u0CBF\u0C97\u0CC6 \u0CB9\u0CCA\u0C82\u0CA6\u0CBF\u0C95\u0CC6\u0CAF\u0CBE\u0C97\u0CAC\u0CC7\u0C95\u0CC1 ${i.pattern}`:`\u0C85\u0CAE\u0CBE\u0CA8\u0CCD\u0CAF ${r[i.format]??n.format}`}case"not_multiple_of":return`\u0C85\u0CAE\u0CBE\u0CA8\u0CCD\u0CAF \u0CB8\u0C82\u0C96\u0CCD\u0CAF\u0CC6: \u0CAC\u0CB9\u0CC1\u0CB8\u0C82\u0C96\u0CCD\u0CAF\u0CC6\u0CAF\u0CBE\u0C97\u0CBF\u0CB0\u0CAC\u0CC7\u0C95\u0CC1 ${n.divisor}`;case"unrecognized_keys":return`\u0C97\u0CC1\u0CB0\u0CC1\u0CA4\u0CBF\u0CB8\u0CB2\u0CBE\u0C97\u0CA6 \u0C95\u0CC0 ${n.keys.length>1?"s":""}: ${$(n.keys,", ")}`;case"invalid_key":return`\u0C85\u0CAE\u0CBE\u0CA8\u0CCD\u0CAF\u0CB5\u0CBE\u0CA6 \u0C95\u0CC0 \u0C87\u0CA8\u0CCD ${n.origin}`;case"invalid_union":return n.options&&Array.isArray(n.options)&&n.options.length>0?`\u0C85\u0CAE\u0CBE\u0CA8\u0CCD\u0CAF \u0CA4\u0CBE\u0CB0\u0CA4\u0CAE\u0CCD\u0CAF \u0CAE\u0CCC\u0CB2\u0CCD\u0CAF. \u0CA8\u0CBF\u0CB0\u0CC0\u0C95\u0CCD\u0CB7\u0CBF\u0CB8\u0CB2\u0CBE\u0C97\u0CBF\u0CA6\u0CC6 ${n.options.map(a=>`'${a}'`).join(" | ")}`:"\u0C85\u0CAE\u0CBE\u0CA8\u0CCD\u0CAF \u0C87\u0CA8\u0CCD\u200C\u0CAA\u0CC1\u0C9F\u0CCD";case"invalid_element":return`\u0CB0\u0CB2\u0CCD\u0CB2\u0CBF \u0C85\u0CAE\u0CBE\u0CA8\u0CCD\u0CAF \u0CAE\u0CCC\u0CB2\u0CCD\u0CAF ${n.origin}`;default:return"\u0C85\u0CAE\u0CBE\u0CA8\u0CCD\u0CAF \u0C87\u0CA8\u0CCD\u200C\u0CAA\u0CC1\u0C9F\u0CCD"}}};function k0(){return{localeError:I_()}}var A_=()=>{let e={string:{unit:"\uBB38\uC790",verb:"to have"},file:{unit:"\uBC14\uC774\uD2B8",verb:"to have"},array:{unit:"\uAC1C",verb:"to have"},set:{unit:"\uAC1C",verb:"to have"},map:{unit:"\uAC1C",verb:"to have"}};function t(n){return e[n]??null}let r={regex:"\uC785\uB825",email:"\uC774\uBA54\uC77C \uC8FC\uC18C",url:"URL",emoji:"\uC774\uBAA8\uC9C0",uuid:"UUID",uuidv4:"UUIDv4",uuidv6:"UUIDv6",nanoid:"nanoid",guid:"GUID",cuid:"cuid",cuid2:"cuid2",ulid:"ULID",xid:"XID",ksuid:"KSUID",datetime:"ISO \uB0A0\uC9DC\uC2DC\uAC04",date:"ISO \uB0A0\uC9DC",time:"ISO \uC2DC\uAC04",duration:"ISO \uAE30\uAC04",ipv4:"IPv4 \uC8FC\uC18C",ipv6:"IPv6 \uC8FC\uC18C",mac:"MAC \uC8FC\uC18C",cidrv4:"IPv4 \uBC94\uC704",cidrv6:"IPv6 \uBC94\uC704",base64:"base64 \uC778\uCF54\uB529 \uBB38\uC790\uC5F4",base64url:"base64url \uC778\uCF54\uB529 \uBB38\uC790\uC5F4",json_string:"JSON \uBB38\uC790\uC5F4",e164:"E.164 \uBC88\uD638",credit_card:"\uC2E0\uC6A9\uCE74\uB4DC \uBC88\uD638",currency_code:"\uD1B5\uD654 \uCF54\uB4DC",iban:"IBAN",jwt:"JWT",template_literal:"\uC785\uB825"},o={nan:"NaN"};return n=>{switch(n.code){case"invalid_type":{let i=o[n.expected]??n.expected,a=z(n.input),s=o[a]??a;return/^[A-Z]/.test(n.expected)?`\uC798\uBABB\uB41C \uC785\uB825: \uC608\uC0C1 \uD0C0\uC785\uC740 instanceof ${n.expected}, \uBC1B\uC740 \uD0C0\uC785\uC740 ${s}\uC785\uB2C8\uB2E4`:`\uC798\uBABB\uB41C \uC785\uB825: \uC608\uC0C1 \uD0C0\uC785\uC740 ${i}, \uBC1B\uC740 \uD0C0\uC785\uC740 ${s}\uC785\uB2C8\uB2E4`}case"invalid_value":return n.values.length===1?`\uC798\uBABB\uB41C \uC785\uB825: \uAC12\uC740 ${D(n.values[0])} \uC774\uC5B4\uC57C \uD569\uB2C8\uB2E4`:`\uC798\uBABB\uB41C \uC635\uC158: ${$(n.values,"\uB610\uB294 ")} \uC911 \uD558\uB098\uC5EC\uC57C \uD569\uB2C8\uB2E4`;case"too_big":{let i=n.inclusive?"\uC774\uD558":"\uBBF8\uB9CC",a=i==="\uBBF8\uB9CC"?"\uC774\uC5B4\uC57C \uD569\uB2C8\uB2E4":"\uC5EC\uC57C \uD569\uB2C8\uB2E4",s=t(n.origin),c=s?.unit??"\uC694\uC18C";return s?`${n.origin??"\uAC12"}\uC774 \uB108\uBB34 \uD07D\uB2C8\uB2E4: ${n.maximum.toString()}${c} ${i}${a}`:`${n.origin??"\uAC12"}\uC774 \uB108\uBB34 \uD07D\uB2C8\uB2E4: ${n.maximum.toString()} ${i}${a}`}case"too_small":{let i=n.inclusive?"\uC774\uC0C1":"\uCD08\uACFC",a=i==="\uC774\uC0C1"?"\uC774\uC5B4\uC57C \uD569\uB2C8\uB2E4":"\uC5EC\uC57C \uD569\uB2C8\uB2E4",s=t(n.origin),c=s?.unit??"\uC694\uC18C";return s?`${n.origin??"\uAC12"}\uC774 \uB108\uBB34 \uC791\uC2B5\uB2C8\uB2E4: ${n.minimum.toString()}${c} ${i}${a}`:`${n.origin??"\uAC12"}\uC774 \uB108\uBB34 \uC791\uC2B5\uB2C8\uB2E4: ${n.minimum.toString()} ${i}${a}`}case"invalid_format":{let i=n;return i.format==="starts_with"?`\uC798\uBABB\uB41C \uBB38\uC790\uC5F4: "${i.prefix}"(\uC73C)\uB85C \uC2DC\uC791\uD574\uC57C \uD569\uB2C8\uB2E4`:i.format==="ends_with"?`\uC798\uBABB\uB41C \uBB38\uC790\uC5F4: "${i.suffix}"(\uC73C)\uB85C \uB05D\uB098\uC57C \uD569\uB2C8\uB2E4`:i.format==="includes"?`\uC798\uBABB\uB41C \uBB38\uC790\uC5F4: "${i.includes}"\uC744(\uB97C) \uD3EC\uD568\uD574\uC57C \uD569\uB2C8\uB2E4`:i.format==="regex"?`\uC798\uBABB\uB41C \uBB38\uC790\uC5F4: \uC815\uADDC\uC2DD ${i.pattern} \uD328\uD134\uACFC \uC77C\uCE58\uD574\uC57C \uD569\uB2C8\uB2E4`:`\uC798\uBABB\uB41C ${r[i.format]??n.format}`}case"not_multiple_of":return`\uC798\uBABB\uB41C \uC22B\uC790: ${n.divisor}\uC758 \uBC30\uC218\uC5EC\uC57C \uD569\uB2C8\uB2E4`;case"unrecognized_keys":return`\uC778\uC2DD\uD560 \uC218 \uC5C6\uB294 \uD0A4: ${$(n.keys,", ")}`;case"invalid_key":return`\uC798\uBABB\uB41C \uD0A4: ${n.origin}`;case"invalid_union":return"\uC798\uBABB\uB41C \uC785\uB825";case"invalid_element":return`\uC798\uBABB\uB41C \uAC12: ${n.origin}`;default:return"\uC798\uBABB\uB41C \uC785\uB825"}}};function x0(){return{localeError:A_()}}var zi=e=>e.charAt(0).toUpperCase()+e.slice(1);function _0(e){let t=Math.abs(e),r=t%10,o=t%100;return o>=11&&o<=19||r===0?"many":r===1?"one":"few"}var S_=()=>{let e={string:{unit:{one:"simbolis",few:"simboliai",many:"simboli\u0173"},verb:{smaller:{inclusive:"turi b\u016Bti ne ilgesn\u0117 kaip",notInclusive:"turi b\u016Bti trumpesn\u0117 kaip"},bigger:{inclusive:"turi b\u016Bti ne trumpesn\u0117 kaip",notInclusive:"turi b\u016Bti ilgesn\u0117 kaip"}}},file:{unit:{one:"baitas",few:"baitai",many:"bait\u0173"},verb:{smaller:{inclusive:"turi b\u016Bti ne didesnis kaip",notInclusive:"turi b\u016Bti ma\u017Eesnis kaip"},bigger:{inclusive:"turi b\u016Bti ne ma\u017Eesnis kaip",notInclusive:"turi b\u016Bti didesnis kaip"}}},array:{unit:{one:"element\u0105",few:"elementus",many:"element\u0173"},verb:{smaller:{inclusive:"turi tur\u0117ti ne daugiau kaip",notInclusive:"turi tur\u0117ti ma\u017Eiau kaip"},bigger:{inclusive:"turi tur\u0117ti ne ma\u017Eiau kaip",notInclusive:"turi tur\u0117ti daugiau kaip"}}},set:{unit:{one:"element\u0105",few:"elementus",many:"element\u0173"},verb:{smaller:{inclusive:"turi tur\u0117ti ne daugiau kaip",notInclusive:"turi tur\u0117ti ma\u017Eiau kaip"},bigger:{inclusive:"turi tur\u0117ti ne ma\u017Eiau kaip",notInclusive:"turi tur\u0117ti daugiau kaip"}}}};function t(n,i,a,s){let c=e[n]??null;return c===null?c:{unit:c.unit[i],verb:c.verb[s][a?"inclusive":"notInclusive"]}}let r={regex:"\u012Fvestis",email:"el. pa\u0161to adresas",url:"URL",emoji:"jaustukas",uuid:"UUID",uuidv4:"UUIDv4",uuidv6:"UUIDv6",nanoid:"nanoid",guid:"GUID",cuid:"cuid",cuid2:"cuid2",ulid:"ULID",xid:"XID",ksuid:"KSUID",datetime:"ISO data ir laikas",date:"ISO data",time:"ISO laikas",duration:"ISO trukm\u0117",ipv4:"IPv4 adresas",ipv6:"IPv6 adresas",mac:"MAC adresas",cidrv4:"IPv4 tinklo prefiksas (CIDR)",cidrv6:"IPv6 tinklo prefiksas (CIDR)",base64:"base64 u\u017Ekoduota eilut\u0117",base64url:"base64url u\u017Ekoduota eilut\u0117",json_string:"JSON eilut\u0117",e164:"E.164 numeris",credit_card:"kredito kortel\u0117s numeris",currency_code:"valiutos kodas",iban:"IBAN",jwt:"JWT",template_literal:"\u012Fvestis"},o={nan:"NaN",number:"skai\u010Dius",bigint:"sveikasis skai\u010Dius",string:"eilut\u0117",boolean:"login\u0117 reik\u0161m\u0117",undefined:"neapibr\u0117\u017Eta reik\u0161m\u0117",function:"funkcija",symbol:"simbolis",array:"masyvas",object:"objektas",null:"nulin\u0117 reik\u0161m\u0117"};return n=>{switch(n.code){case"invalid_type":{let i=o[n.expected]??n.expected,a=z(n.input),s=o[a]??a;return/^[A-Z]/.test(n.expected)?`Gautas tipas ${s}, o tik\u0117tasi - instanceof ${n.expected}`:`Gautas tipas ${s}, o tik\u0117tasi - ${i}`}case"invalid_value":return n.values.length===1?`Privalo b\u016Bti ${D(n.values[0])}`:`Privalo b\u016Bti vienas i\u0161 ${$(n.values,"|")} pasirinkim\u0173`;case"too_big":{let i=o[n.origin]??n.origin,a=t(n.origin,_0(Number(n.maximum)),n.inclusive??!1,"smaller");if(a?.verb)return`${zi(i??n.origin??"reik\u0161m\u0117")} ${a.verb} ${n.maximum.toString()} ${a.unit??"element\u0173"}`;let s=n.inclusive?"ne didesnis kaip":"ma\u017Eesnis kaip";return`${zi(i??n.origin??"reik\u0161m\u0117")} turi b\u016Bti ${s} ${n.maximum.toString()} ${a?.unit}`}case"too_small":{let i=o[n.origin]??n.origin,a=t(n.origin,_0(Number(n.minimum)),n.inclusive??!1,"bigger");if(a?.verb)return`${zi(i??n.origin??"reik\u0161m\u0117")} ${a.verb} ${n.minimum.toString()} ${a.unit??"element\u0173"}`;let s=n.inclusive?"ne ma\u017Eesnis kaip":"didesnis kaip";return`${zi(i??n.origin??"reik\u0161m\u0117")} turi b\u016Bti ${s} ${n.minimum.toString()} ${a?.unit}`}case"invalid_format":{let i=n;return i.format==="starts_with"?`Eilut\u0117 privalo prasid\u0117ti "${i.prefix}"`:i.format==="ends_with"?`Eilut\u0117 privalo pasibaigti "${i.suffix}"`:i.format==="includes"?`Eilut\u0117 privalo \u012Ftraukti "${i.includes}"`:i.format==="regex"?`Eilut\u0117 privalo atitikti ${i.pattern}`:`Neteisingas ${r[i.format]??n.format}`}case"not_multiple_of":return`Skai\u010Dius privalo b\u016Bti ${n.divisor} kartotinis.`;case"unrecognized_keys":return`Neatpa\u017Eint${n.keys.length>1?"i":"as"} rakt${n.keys.length>1?"ai":"as"}: ${$(n.keys,", ")}`;case"invalid_key":return"Rastas klaidingas raktas";case"invalid_union":return"Klaidinga \u012Fvestis";case"invalid_element":{let i=o[n.origin]??n.origin;return`${zi(i??n.origin??"reik\u0161m\u0117")} turi klaiding\u0105 \u012Fvest\u012F`}default:return"Klaidinga \u012Fvestis"}}};function I0(){return{localeError:S_()}}var P_=()=>{let e={string:{unit:"\u0437\u043D\u0430\u0446\u0438",verb:"\u0434\u0430 \u0438\u043C\u0430\u0430\u0442"},file:{unit:"\u0431\u0430\u0458\u0442\u0438",verb:"\u0434\u0430 \u0438\u043C\u0430\u0430\u0442"},array:{unit:"\u0441\u0442\u0430\u0432\u043A\u0438",verb:"\u0434\u0430 \u0438\u043C\u0430\u0430\u0442"},set:{unit:"\u0441\u0442\u0430\u0432\u043A\u0438",verb:"\u0434\u0430 \u0438\u043C\u0430\u0430\u0442"},map:{unit:"\u0441\u0442\u0430\u0432\u043A\u0438",verb:"\u0434\u0430 \u0438\u043C\u0430\u0430\u0442"}};function t(n){return e[n]??null}let r={regex:"\u0432\u043D\u0435\u0441",email:"\u0430\u0434\u0440\u0435\u0441\u0430 \u043D\u0430 \u0435-\u043F\u043E\u0448\u0442\u0430",url:"URL",emoji:"\u0435\u043C\u043E\u045F\u0438",uuid:"UUID",uuidv4:"UUIDv4",uuidv6:"UUIDv6",nanoid:"nanoid",guid:"GUID",cuid:"cuid",cuid2:"cuid2",ulid:"ULID",xid:"XID",ksuid:"KSUID",datetime:"ISO \u0434\u0430\u0442\u0443\u043C \u0438 \u0432\u0440\u0435\u043C\u0435",date:"ISO \u0434\u0430\u0442\u0443\u043C",time:"ISO \u0432\u0440\u0435\u043C\u0435",duration:"ISO \u0432\u0440\u0435\u043C\u0435\u0442\u0440\u0430\u0435\u045A\u0435",ipv4:"IPv4 \u0430\u0434\u0440\u0435\u0441\u0430",ipv6:"IPv6 \u0430\u0434\u0440\u0435\u0441\u0430",mac:"MAC \u0430\u0434\u0440\u0435\u0441\u0430",cidrv4:"IPv4 \u043E\u043F\u0441\u0435\u0433",cidrv6:"IPv6 \u043E\u043F\u0441\u0435\u0433",base64:"base64-\u0435\u043D\u043A\u043E\u0434\u0438\u0440\u0430\u043D\u0430 \u043D\u0438\u0437\u0430",base64url:"base64url-\u0435\u043D\u043A\u043E\u0434\u0438\u0440\u0430\u043D\u0430 \u043D\u0438\u0437\u0430",json_string:"JSON \u043D\u0438\u0437\u0430",e164:"E.164 \u0431\u0440\u043E\u0458",credit_card:"\u0431\u0440\u043E\u0458 \u043D\u0430 \u043A\u0440\u0435\u0434\u0438\u0442\u043D\u0430 \u043A\u0430\u0440\u0442\u0438\u0447\u043A\u0430",currency_code:"\u043A\u043E\u0434 \u043D\u0430 \u0432\u0430\u043B\u0443\u0442\u0430",iban:"IBAN",jwt:"JWT",template_literal:"\u0432\u043D\u0435\u0441"},o={nan:"NaN",number:"\u0431\u0440\u043E\u0458",array:"\u043D\u0438\u0437\u0430"};return n=>{switch(n.code){case"invalid_type":{let i=o[n.expected]??n.expected,a=z(n.input),s=o[a]??a;return/^[A-Z]/.test(n.expected)?`\u0413\u0440\u0435\u0448\u0435\u043D \u0432\u043D\u0435\u0441: \u0441\u0435 \u043E\u0447\u0435\u043A\u0443\u0432\u0430 instanceof ${n.expected}, \u043F\u0440\u0438\u043C\u0435\u043D\u043E ${s}`:`\u0413\u0440\u0435\u0448\u0435\u043D \u0432\u043D\u0435\u0441: \u0441\u0435 \u043E\u0447\u0435\u043A\u0443\u0432\u0430 ${i}, \u043F\u0440\u0438\u043C\u0435\u043D\u043E ${s}`}case"invalid_value":return n.values.length===1?`Invalid input: expected ${D(n.values[0])}`:`\u0413\u0440\u0435\u0448\u0430\u043D\u0430 \u043E\u043F\u0446\u0438\u0458\u0430: \u0441\u0435 \u043E\u0447\u0435\u043A\u0443\u0432\u0430 \u0435\u0434\u043D\u0430 ${$(n.values,"|")}`;case"too_big":{let i=n.inclusive?"<=":"<",a=t(n.origin);return a?`\u041F\u0440\u0435\u043C\u043D\u043E\u0433\u0443 \u0433\u043E\u043B\u0435\u043C: \u0441\u0435 \u043E\u0447\u0435\u043A\u0443\u0432\u0430 ${n.origin??"\u0432\u0440\u0435\u0434\u043D\u043E\u0441\u0442\u0430"} \u0434\u0430 \u0438\u043C\u0430 ${i}${n.maximum.toString()} ${a.unit??"\u0435\u043B\u0435\u043C\u0435\u043D\u0442\u0438"}`:`\u041F\u0440\u0435\u043C\u043D\u043E\u0433\u0443 \u0433\u043E\u043B\u0435\u043C: \u0441\u0435 \u043E\u0447\u0435\u043A\u0443\u0432\u0430 ${n.origin??"\u0432\u0440\u0435\u0434\u043D\u043E\u0441\u0442\u0430"} \u0434\u0430 \u0431\u0438\u0434\u0435 ${i}${n.maximum.toString()}`}case"too_small":{let i=n.inclusive?">=":">",a=t(n.origin);return a?`\u041F\u0440\u0435\u043C\u043D\u043E\u0433\u0443 \u043C\u0430\u043B: \u0441\u0435 \u043E\u0447\u0435\u043A\u0443\u0432\u0430 ${n.origin} \u0434\u0430 \u0438\u043C\u0430 ${i}${n.minimum.toString()} ${a.unit}`:`\u041F\u0440\u0435\u043C\u043D\u043E\u0433\u0443 \u043C\u0430\u043B: \u0441\u0435 \u043E\u0447\u0435\u043A\u0443\u0432\u0430 ${n.origin} \u0434\u0430 \u0431\u0438\u0434\u0435 ${i}${n.minimum.toString()}`}case"invalid_format":{let i=n;return i.format==="starts_with"?`\u041D\u0435\u0432\u0430\u0436\u0435\u0447\u043A\u0430 \u043D\u0438\u0437\u0430: \u043C\u043E\u0440\u0430 \u0434\u0430 \u0437\u0430\u043F\u043E\u0447\u043D\u0443\u0432\u0430 \u0441\u043E "${i.prefix}"`:i.format==="ends_with"?`\u041D\u0435\u0432\u0430\u0436\u0435\u0447\u043A\u0430 \u043D\u0438\u0437\u0430: \u043C\u043E\u0440\u0430 \u0434\u0430 \u0437\u0430\u0432\u0440\u0448\u0443\u0432\u0430 \u0441\u043E "${i.suffix}"`:i.format==="includes"?`\u041D\u0435\u0432\u0430\u0436\u0435\u0447\u043A\u0430 \u043D\u0438\u0437\u0430: \u043C\u043E\u0440\u0430 \u0434\u0430 \u0432\u043A\u043B\u0443\u0447\u0443\u0432\u0430 "${i.includes}"`:i.format==="regex"?`\u041D\u0435\u0432\u0430\u0436\u0435\u0447\u043A\u0430 \u043D\u0438\u0437\u0430: \u043C\u043E\u0440\u0430 \u0434\u0430 \u043E\u0434\u0433\u043E\u0430\u0440\u0430 \u043D\u0430 \u043F\u0430\u0442\u0435\u0440\u043D\u043E\u0442 ${i.pattern}`:`Invalid ${r[i.format]??n.format}`}case"not_multiple_of":return`\u0413\u0440\u0435\u0448\u0435\u043D \u0431\u0440\u043E\u0458: \u043C\u043E\u0440\u0430 \u0434\u0430 \u0431\u0438\u0434\u0435 \u0434\u0435\u043B\u0438\u0432 \u0441\u043E ${n.divisor}`;case"unrecognized_keys":return`${n.keys.length>1?"\u041D\u0435\u043F\u0440\u0435\u043F\u043E\u0437\u043D\u0430\u0435\u043D\u0438 \u043A\u043B\u0443\u0447\u0435\u0432\u0438":"\u041D\u0435\u043F\u0440\u0435\u043F\u043E\u0437\u043D\u0430\u0435\u043D \u043A\u043B\u0443\u0447"}: ${$(n.keys,", ")}`;case"invalid_key":return`\u0413\u0440\u0435\u0448\u0435\u043D \u043A\u043B\u0443\u0447 \u0432\u043E ${n.origin}`;case"invalid_union":return"\u0413\u0440\u0435\u0448\u0435\u043D \u0432\u043D\u0435\u0441";case"invalid_element":return`\u0413\u0440\u0435\u0448\u043D\u0430 \u0432\u0440\u0435\u0434\u043D\u043E\u0441\u0442 \u0432\u043E ${n.origin}`;default:return"\u0413\u0440\u0435\u0448\u0435\u043D \u0432\u043D\u0435\u0441"}}};function A0(){return{localeError:P_()}}var R_=()=>{let e={string:{unit:"aksara",verb:"mempunyai"},file:{unit:"bait",verb:"mempunyai"},array:{unit:"elemen",verb:"mempunyai"},set:{unit:"elemen",verb:"mempunyai"},map:{unit:"elemen",verb:"mempunyai"}};function t(n){return e[n]??null}let r={regex:"input",email:"alamat e-mel",url:"URL",emoji:"emoji",uuid:"UUID",uuidv4:"UUIDv4",uuidv6:"UUIDv6",nanoid:"nanoid",guid:"GUID",cuid:"cuid",cuid2:"cuid2",ulid:"ULID",xid:"XID",ksuid:"KSUID",datetime:"tarikh masa ISO",date:"tarikh ISO",time:"masa ISO",duration:"tempoh ISO",ipv4:"alamat IPv4",ipv6:"alamat IPv6",mac:"alamat MAC",cidrv4:"julat IPv4",cidrv6:"julat IPv6",base64:"string dikodkan base64",base64url:"string dikodkan base64url",json_string:"string JSON",e164:"nombor E.164",credit_card:"nombor kad kredit",currency_code:"kod mata wang",iban:"IBAN",jwt:"JWT",template_literal:"input"},o={nan:"NaN",number:"nombor"};return n=>{switch(n.code){case"invalid_type":{let i=o[n.expected]??n.expected,a=z(n.input),s=o[a]??a;return/^[A-Z]/.test(n.expected)?`Input tidak sah: dijangka instanceof ${n.expected}, diterima ${s}`:`Input tidak sah: dijangka ${i}, diterima ${s}`}case"invalid_value":return n.values.length===1?`Input tidak sah: dijangka ${D(n.values[0])}`:`Pilihan tidak sah: dijangka salah satu daripada ${$(n.values,"|")}`;case"too_big":{let i=n.inclusive?"<=":"<",a=t(n.origin);return a?`Terlalu besar: dijangka ${n.origin??"nilai"} ${a.verb} ${i}${n.maximum.toString()} ${a.unit??"elemen"}`:`Terlalu besar: dijangka ${n.origin??"nilai"} adalah ${i}${n.maximum.toString()}`}case"too_small":{let i=n.inclusive?">=":">",a=t(n.origin);return a?`Terlalu kecil: dijangka ${n.origin} ${a.verb} ${i}${n.minimum.toString()} ${a.unit}`:`Terlalu kecil: dijangka ${n.origin} adalah ${i}${n.minimum.toString()}`}case"invalid_format":{let i=n;return i.format==="starts_with"?`String tidak sah: mesti bermula dengan "${i.prefix}"`:i.format==="ends_with"?`String tidak sah: mesti berakhir dengan "${i.suffix}"`:i.format==="includes"?`String tidak sah: mesti mengandungi "${i.includes}"`:i.format==="regex"?`String tidak sah: mesti sepadan dengan corak ${i.pattern}`:`${r[i.format]??n.format} tidak sah`}case"not_multiple_of":return`Nombor tidak sah: perlu gandaan ${n.divisor}`;case"unrecognized_keys":return`Kunci tidak dikenali: ${$(n.keys,", ")}`;case"invalid_key":return`Kunci tidak sah dalam ${n.origin}`;case"invalid_union":return"Input tidak sah";case"invalid_element":return`Nilai tidak sah dalam ${n.origin}`;default:return"Input tidak sah"}}};function S0(){return{localeError:R_()}}var E_=()=>{let e={string:{unit:"\u0905\u0915\u094D\u0937\u0930",verb:"\u0939\u0941\u0928\u0941\u092A\u0930\u094D\u091B"},file:{unit:"\u092C\u093E\u0907\u091F",verb:"\u0939\u0941\u0928\u0941\u092A\u0930\u094D\u091B"},array:{unit:"\u0924\u0924\u094D\u0935",verb:"\u0939\u0941\u0928\u0941\u092A\u0930\u094D\u091B"},set:{unit:"\u0924\u0924\u094D\u0935",verb:"\u0939\u0941\u0928\u0941\u092A\u0930\u094D\u091B"},map:{unit:"\u092A\u094D\u0930\u0935\u093F\u0937\u094D\u091F\u093F",verb:"\u0939\u0941\u0928\u0941\u092A\u0930\u094D\u091B"}};function t(n){return e[n]??null}let r={regex:"\u0907\u0928\u092A\u0941\u091F",email:"\u0907\u092E\u0947\u0932 \u0920\u0947\u0917\u093E\u0928\u093E",url:"URL",emoji:"\u0907\u092E\u094B\u091C\u0940",uuid:"UUID",uuidv4:"UUIDv4",uuidv6:"UUIDv6",nanoid:"nanoid",guid:"GUID",cuid:"cuid",cuid2:"cuid2",ulid:"ULID",xid:"XID",ksuid:"KSUID",datetime:"ISO \u092E\u093F\u0924\u093F \u0930 \u0938\u092E\u092F",date:"ISO \u092E\u093F\u0924\u093F",time:"ISO \u0938\u092E\u092F",duration:"ISO \u0905\u0935\u0927\u093F",ipv4:"IPv4 \u0920\u0947\u0917\u093E\u0928\u093E",ipv6:"IPv6 \u0920\u0947\u0917\u093E\u0928\u093E",mac:"MAC \u0920\u0947\u0917\u093E\u0928\u093E",cidrv4:"IPv4 \u0926\u093E\u092F\u0930\u093E",cidrv6:"IPv6 \u0926\u093E\u092F\u0930\u093E",base64:"base64-\u0907\u0928\u094D\u0915\u094B\u0921 \u0917\u0930\u093F\u090F\u0915\u094B \u0938\u094D\u091F\u094D\u0930\u093F\u0919",base64url:"base64url-\u0907\u0928\u094D\u0915\u094B\u0921 \u0917\u0930\u093F\u090F\u0915\u094B \u0938\u094D\u091F\u094D\u0930\u093F\u0919",json_string:"JSON \u0938\u094D\u091F\u094D\u0930\u093F\u0919",e164:"E.164 \u0928\u092E\u094D\u092C\u0930",credit_card:"\u0915\u094D\u0930\u0947\u0921\u093F\u091F \u0915\u093E\u0930\u094D\u0921 \u0928\u092E\u094D\u092C\u0930",currency_code:"\u092E\u0941\u0926\u094D\u0930\u093E \u0915\u094B\u0921",iban:"IBAN",jwt:"JWT",template_literal:"\u0907\u0928\u092A\u0941\u091F"},o={nan:"NaN"};return n=>{switch(n.code){case"invalid_type":{let i=o[n.expected]??n.expected,a=z(n.input),s=o[a]??a;return`\u0905\u092E\u093E\u0928\u094D\u092F \u0907\u0928\u092A\u0941\u091F: \u0905\u092A\u0947\u0915\u094D\u0937\u093F\u0924 ${i}, \u092A\u094D\u0930\u093E\u092A\u094D\u0924 ${s}`}case"invalid_value":return n.values.length===1?`\u0905\u092E\u093E\u0928\u094D\u092F \u0907\u0928\u092A\u0941\u091F: \u0905\u092A\u0947\u0915\u094D\u0937\u093F\u0924 ${D(n.values[0])}`:`\u0905\u092E\u093E\u0928\u094D\u092F \u0935\u093F\u0915\u0932\u094D\u092A: \u0905\u092A\u0947\u0915\u094D\u0937\u093F\u0924 \u092E\u093E\u0928\u0939\u0930\u0942 \u092E\u0927\u094D\u092F\u0947 \u090F\u0915 ${$(n.values,"|")}`;case"too_big":{let i=n.inclusive?"<=":"<",a=t(n.origin);return a?`\u0927\u0947\u0930\u0948 \u0920\u0942\u0932\u094B: ${n.origin??"\u092E\u093E\u0928"} \u092E\u093E ${i}${n.maximum.toString()} ${a.unit} ${a.verb}`:`\u0927\u0947\u0930\u0948 \u0920\u0942\u0932\u094B: ${n.origin??"\u092E\u093E\u0928"} ${i}${n.maximum.toString()} \u0939\u0941\u0928\u0941\u092A\u0930\u094D\u091B`}case"too_small":{let i=n.inclusive?">=":">",a=t(n.origin);return a?`\u0927\u0947\u0930\u0948 \u0938\u093E\u0928\u094B: ${n.origin} \u092E\u093E ${i}${n.minimum.toString()} ${a.unit} ${a.verb}`:`\u0927\u0947\u0930\u0948 \u0938\u093E\u0928\u094B: ${n.origin} ${i}${n.minimum.toString()} \u0939\u0941\u0928\u0941\u092A\u0930\u094D\u091B`}case"invalid_format":{let i=n;return i.format==="starts_with"?`\u0905\u092E\u093E\u0928\u094D\u092F \u0938\u094D\u091F\u094D\u0930\u093F\u0919: "${i.prefix}" \u092C\u093E\u091F \u0938\u0941\u0930\u0941 \u0939\u0941\u0928\u0941\u092A\u0930\u094D\u091B`:i.format==="ends_with"?`\u0905\u092E\u093E\u0928\u094D\u092F \u0938\u094D\u091F\u094D\u0930\u093F\u0919: "${i.suffix}" \u092E\u093E \u0938\u092E\u093E\u092A\u094D\u0924 \u0939\u0941\u0928\u0941\u092A\u0930\u094D\u091B`:i.format==="includes"?`\u0905\u092E\u093E\u0928\u094D\u092F \u0938\u094D\u091F\u094D\u0930\u093F\u0919: "${i.includes}" \u0938\u092E\u093E\u0935\u0947\u0936 \u0939\u0941\u0928\u0941\u092A\u0930\u094D\u091B`:i.format==="regex"?`\u0905\u092E\u093E\u0928\u094D\u092F \u0938\u094D\u091F\u094D\u0930\u093F\u0919: \u0922\u093E\u0901\u091A\u093E ${i.pattern} \u0938\u0901\u0917 \u092E\u0947\u0932 \u0916\u093E\u0928\u0941\u092A\u0930\u094D\u091B`:`\u0905\u092E\u093E\u0928\u094D\u092F ${r[i.format]??n.format}`}case"not_multiple_of":return`\u0905\u092E\u093E\u0928\u094D\u092F \u0938\u0902\u0916\u094D\u092F\u093E: ${n.divisor} \u0915\u094B \u0917\u0941\u0923\u091C \u0939\u0941\u0928\u0941\u092A\u0930\u094D\u091B`;case"unrecognized_keys":return`\u0905\u092A\u0930\u093F\u091A\u093F\u0924 \u0915\u0941\u091E\u094D\u091C\u0940${n.keys.length>1?"\u0939\u0930\u0942":""}: ${$(n.keys,", ")}`;case"invalid_key":return`\u0905\u092E\u093E\u0928\u094D\u092F \u0915\u0941\u091E\u094D\u091C\u0940: ${n.origin} \u092E\u093E`;case"invalid_union":return n.options&&Array.isArray(n.options)&&n.options.length>0?`\u0905\u092E\u093E\u0928\u094D\u092F \u0921\u093F\u0938\u094D\u0915\u094D\u0930\u093F\u092E\u093F\u0928\u0947\u091F\u0930 \u092E\u093E\u0928: \u0905\u092A\u0947\u0915\u094D\u0937\u093F\u0924 ${n.options.map(a=>`'${a}'`).join(" | ")}`:"\u0905\u092E\u093E\u0928\u094D\u092F \u0907\u0928\u092A\u0941\u091F";case"invalid_element":return`\u0905\u092E\u093E\u0928\u094D\u092F \u092E\u093E\u0928: ${n.origin} \u092E\u093E`;default:return"\u0905\u092E\u093E\u0928\u094D\u092F \u0907\u0928\u092A\u0941\u091F"}}};function P0(){return{localeError:E_()}}var T_=()=>{let e={string:{unit:"tekens",verb:"heeft"},file:{unit:"bytes",verb:"heeft"},array:{unit:"elementen",verb:"heeft"},set:{unit:"elementen",verb:"heeft"},map:{unit:"elementen",verb:"heeft"}};function t(n){return e[n]??null}let r={regex:"invoer",email:"emailadres",url:"URL",emoji:"emoji",uuid:"UUID",uuidv4:"UUIDv4",uuidv6:"UUIDv6",nanoid:"nanoid",guid:"GUID",cuid:"cuid",cuid2:"cuid2",ulid:"ULID",xid:"XID",ksuid:"KSUID",datetime:"ISO datum en tijd",date:"ISO datum",time:"ISO tijd",duration:"ISO duur",ipv4:"IPv4-adres",ipv6:"IPv6-adres",mac:"MAC-adres",cidrv4:"IPv4-bereik",cidrv6:"IPv6-bereik",base64:"base64-gecodeerde tekst",base64url:"base64 URL-gecodeerde tekst",json_string:"JSON string",e164:"E.164-nummer",credit_card:"creditcardnummer",currency_code:"valutacode",iban:"IBAN",jwt:"JWT",template_literal:"invoer"},o={nan:"NaN",number:"getal"};return n=>{switch(n.code){case"invalid_type":{let i=o[n.expected]??n.expected,a=z(n.input),s=o[a]??a;return/^[A-Z]/.test(n.expected)?`Ongeldige invoer: verwacht instanceof ${n.expected}, ontving ${s}`:`Ongeldige invoer: verwacht ${i}, ontving ${s}`}case"invalid_value":return n.values.length===1?`Ongeldige invoer: verwacht ${D(n.values[0])}`:`Ongeldige optie: verwacht \xE9\xE9n van ${$(n.values,"|")}`;case"too_big":{let i=n.inclusive?"<=":"<",a=t(n.origin),s=n.origin==="date"?"laat":n.origin==="string"?"lang":"groot";return a?`Te ${s}: verwacht dat ${n.origin??"waarde"} ${i}${n.maximum.toString()} ${a.unit??"elementen"} ${a.verb}`:`Te ${s}: verwacht dat ${n.origin??"waarde"} ${i}${n.maximum.toString()} is`}case"too_small":{let i=n.inclusive?">=":">",a=t(n.origin),s=n.origin==="date"?"vroeg":n.origin==="string"?"kort":"klein";return a?`Te ${s}: verwacht dat ${n.origin} ${i}${n.minimum.toString()} ${a.unit} ${a.verb}`:`Te ${s}: verwacht dat ${n.origin} ${i}${n.minimum.toString()} is`}case"invalid_format":{let i=n;return i.format==="starts_with"?`Ongeldige tekst: moet met "${i.prefix}" beginnen`:i.format==="ends_with"?`Ongeldige tekst: moet op "${i.suffix}" eindigen`:i.format==="includes"?`Ongeldige tekst: moet "${i.includes}" bevatten`:i.format==="regex"?`Ongeldige tekst: moet overeenkomen met patroon ${i.pattern}`:`Ongeldig: ${r[i.format]??n.format}`}case"not_multiple_of":return`Ongeldig getal: moet een veelvoud van ${n.divisor} zijn`;case"unrecognized_keys":return`Onbekende key${n.keys.length>1?"s":""}: ${$(n.keys,", ")}`;case"invalid_key":return`Ongeldige key in ${n.origin}`;case"invalid_union":return"Ongeldige invoer";case"invalid_element":return`Ongeldige waarde in ${n.origin}`;default:return"Ongeldige invoer"}}};function R0(){return{localeError:T_()}}var O_=()=>{let e={string:{unit:"teikn",verb:"\xE5 ha"},file:{unit:"bytes",verb:"\xE5 ha"},array:{unit:"element",verb:"\xE5 innehalde"},set:{unit:"element",verb:"\xE5 innehalde"},map:{unit:"element",verb:"\xE5 innehalde"}};function t(n){return e[n]??null}let r={regex:"input",email:"e-postadresse",url:"URL",emoji:"emoji",uuid:"UUID",uuidv4:"UUIDv4",uuidv6:"UUIDv6",nanoid:"nanoid",guid:"GUID",cuid:"cuid",cuid2:"cuid2",ulid:"ULID",xid:"XID",ksuid:"KSUID",datetime:"ISO dato- og klokkeslett",date:"ISO-dato",time:"ISO-klokkeslett",duration:"ISO-varigheit",ipv4:"IPv4-adresse",ipv6:"IPv6-adresse",mac:"MAC-adresse",cidrv4:"IPv4-spekter",cidrv6:"IPv6-spekter",base64:"base64-enkoda streng",base64url:"base64url-enkoda streng",json_string:"JSON-streng",e164:"E.164-nummer",credit_card:"kredittkortnummer",currency_code:"valutakode",iban:"IBAN",jwt:"JWT",template_literal:"input"},o={nan:"NaN",number:"tal",array:"liste"};return n=>{switch(n.code){case"invalid_type":{let i=o[n.expected]??n.expected,a=z(n.input),s=o[a]??a;return/^[A-Z]/.test(n.expected)?`Ugyldig input: forventa instanceof ${n.expected}, fekk ${s}`:`Ugyldig input: forventa ${i}, fekk ${s}`}case"invalid_value":return n.values.length===1?`Ugyldig verdi: forventa ${D(n.values[0])}`:`Ugyldig val: forventa eitt av ${$(n.values,"|")}`;case"too_big":{let i=n.inclusive?"<=":"<",a=t(n.origin);return a?`For stor(t): forventa ${n.origin??"value"} til \xE5 ha ${i}${n.maximum.toString()} ${a.unit??"element"}`:`For stor(t): forventa ${n.origin??"value"} til \xE5 ha ${i}${n.maximum.toString()}`}case"too_small":{let i=n.inclusive?">=":">",a=t(n.origin);return a?`For lite(n): forventa ${n.origin} til \xE5 ha ${i}${n.minimum.toString()} ${a.unit}`:`For lite(n): forventa ${n.origin} til \xE5 ha ${i}${n.minimum.toString()}`}case"invalid_format":{let i=n;return i.format==="starts_with"?`Ugyldig streng: m\xE5 starte med "${i.prefix}"`:i.format==="ends_with"?`Ugyldig streng: m\xE5 slutte med "${i.suffix}"`:i.format==="includes"?`Ugyldig streng: m\xE5 innehalde "${i.includes}"`:i.format==="regex"?`Ugyldig streng: m\xE5 matche m\xF8nsteret ${i.pattern}`:`Ugyldig ${r[i.format]??n.format}`}case"not_multiple_of":return`Ugyldig tal: m\xE5 vere eit multiplum av ${n.divisor}`;case"unrecognized_keys":return`${n.keys.length>1?"Ukjende n\xF8klar":"Ukjend n\xF8kkel"}: ${$(n.keys,", ")}`;case"invalid_key":return`Ugyldig n\xF8kkel i ${n.origin}`;case"invalid_union":return"Ugyldig input";case"invalid_element":return`Ugyldig verdi i ${n.origin}`;default:return"Ugyldig input"}}};function E0(){return{localeError:O_()}}var D_=()=>{let e={string:{unit:"tegn",verb:"\xE5 ha"},file:{unit:"bytes",verb:"\xE5 ha"},array:{unit:"elementer",verb:"\xE5 inneholde"},set:{unit:"elementer",verb:"\xE5 inneholde"},map:{unit:"elementer",verb:"\xE5 inneholde"}};function t(n){return e[n]??null}let r={regex:"input",email:"e-postadresse",url:"URL",emoji:"emoji",uuid:"UUID",uuidv4:"UUIDv4",uuidv6:"UUIDv6",nanoid:"nanoid",guid:"GUID",cuid:"cuid",cuid2:"cuid2",ulid:"ULID",xid:"XID",ksuid:"KSUID",datetime:"ISO dato- og klokkeslett",date:"ISO-dato",time:"ISO-klokkeslett",duration:"ISO-varighet",ipv4:"IPv4-adresse",ipv6:"IPv6-adresse",mac:"MAC-adresse",cidrv4:"IPv4-spekter",cidrv6:"IPv6-spekter",base64:"base64-enkodet streng",base64url:"base64url-enkodet streng",json_string:"JSON-streng",e164:"E.164-nummer",credit_card:"kredittkortnummer",currency_code:"valutakode",iban:"IBAN",jwt:"JWT",template_literal:"input"},o={nan:"NaN",number:"tall",array:"liste"};return n=>{switch(n.code){case"invalid_type":{let i=o[n.expected]??n.expected,a=z(n.input),s=o[a]??a;return/^[A-Z]/.test(n.expected)?`Ugyldig input: forventet instanceof ${n.expected}, fikk ${s}`:`Ugyldig input: forventet ${i}, fikk ${s}`}case"invalid_value":return n.values.length===1?`Ugyldig verdi: forventet ${D(n.values[0])}`:`Ugyldig valg: forventet en av ${$(n.values,"|")}`;case"too_big":{let i=n.inclusive?"<=":"<",a=t(n.origin);return a?`For stor(t): forventet ${n.origin??"value"} til \xE5 ha ${i}${n.maximum.toString()} ${a.unit??"elementer"}`:`For stor(t): forventet ${n.origin??"value"} til \xE5 ha ${i}${n.maximum.toString()}`}case"too_small":{let i=n.inclusive?">=":">",a=t(n.origin);return a?`For lite(n): forventet ${n.origin} til \xE5 ha ${i}${n.minimum.toString()} ${a.unit}`:`For lite(n): forventet ${n.origin} til \xE5 ha ${i}${n.minimum.toString()}`}case"invalid_format":{let i=n;return i.format==="starts_with"?`Ugyldig streng: m\xE5 starte med "${i.prefix}"`:i.format==="ends_with"?`Ugyldig streng: m\xE5 ende med "${i.suffix}"`:i.format==="includes"?`Ugyldig streng: m\xE5 inneholde "${i.includes}"`:i.format==="regex"?`Ugyldig streng: m\xE5 matche m\xF8nsteret ${i.pattern}`:`Ugyldig ${r[i.format]??n.format}`}case"not_multiple_of":return`Ugyldig tall: m\xE5 v\xE6re et multiplum av ${n.divisor}`;case"unrecognized_keys":return`${n.keys.length>1?"Ukjente n\xF8kler":"Ukjent n\xF8kkel"}: ${$(n.keys,", ")}`;case"invalid_key":return`Ugyldig n\xF8kkel i ${n.origin}`;case"invalid_union":return"Ugyldig input";case"invalid_element":return`Ugyldig verdi i ${n.origin}`;default:return"Ugyldig input"}}};function T0(){return{localeError:D_()}}var z_=()=>{let e={string:{unit:"harf",verb:"olmal\u0131d\u0131r"},file:{unit:"bayt",verb:"olmal\u0131d\u0131r"},array:{unit:"unsur",verb:"olmal\u0131d\u0131r"},set:{unit:"unsur",verb:"olmal\u0131d\u0131r"},map:{unit:"unsur",verb:"olmal\u0131d\u0131r"}};function t(n){return e[n]??null}let r={regex:"giren",email:"epostag\xE2h",url:"URL",emoji:"emoji",uuid:"UUID",uuidv4:"UUIDv4",uuidv6:"UUIDv6",nanoid:"nanoid",guid:"GUID",cuid:"cuid",cuid2:"cuid2",ulid:"ULID",xid:"XID",ksuid:"KSUID",datetime:"ISO heng\xE2m\u0131",date:"ISO tarihi",time:"ISO zaman\u0131",duration:"ISO m\xFCddeti",ipv4:"IPv4 ni\u015F\xE2n\u0131",ipv6:"IPv6 ni\u015F\xE2n\u0131",mac:"MAC ni\u015F\xE2n\u0131",cidrv4:"IPv4 menzili",cidrv6:"IPv6 menzili",base64:"base64-\u015Fifreli metin",base64url:"base64url-\u015Fifreli metin",json_string:"JSON metin",e164:"E.164 say\u0131s\u0131",credit_card:"i'tib\xE2r kart\u0131 numaras\u0131",currency_code:"para birimi kodu",iban:"IBAN",jwt:"JWT",template_literal:"giren"},o={nan:"NaN",number:"numara",array:"saf",null:"gayb"};return n=>{switch(n.code){case"invalid_type":{let i=o[n.expected]??n.expected,a=z(n.input),s=o[a]??a;return/^[A-Z]/.test(n.expected)?`F\xE2sit giren: umulan instanceof ${n.expected}, al\u0131nan ${s}`:`F\xE2sit giren: umulan ${i}, al\u0131nan ${s}`}case"invalid_value":return n.values.length===1?`F\xE2sit giren: umulan ${D(n.values[0])}`:`F\xE2sit tercih: m\xFBteberler ${$(n.values,"|")}`;case"too_big":{let i=n.inclusive?"<=":"<",a=t(n.origin);return a?`Fazla b\xFCy\xFCk: ${n.origin??"value"}, ${i}${n.maximum.toString()} ${a.unit??"elements"} sahip olmal\u0131yd\u0131.`:`Fazla b\xFCy\xFCk: ${n.origin??"value"}, ${i}${n.maximum.toString()} olmal\u0131yd\u0131.`}case"too_small":{let i=n.inclusive?">=":">",a=t(n.origin);return a?`Fazla k\xFC\xE7\xFCk: ${n.origin}, ${i}${n.minimum.toString()} ${a.unit} sahip olmal\u0131yd\u0131.`:`Fazla k\xFC\xE7\xFCk: ${n.origin}, ${i}${n.minimum.toString()} olmal\u0131yd\u0131.`}case"invalid_format":{let i=n;return i.format==="starts_with"?`F\xE2sit metin: "${i.prefix}" ile ba\u015Flamal\u0131.`:i.format==="ends_with"?`F\xE2sit metin: "${i.suffix}" ile bitmeli.`:i.format==="includes"?`F\xE2sit metin: "${i.includes}" ihtiv\xE2 etmeli.`:i.format==="regex"?`F\xE2sit metin: ${i.pattern} nak\u015F\u0131na uymal\u0131.`:`F\xE2sit ${r[i.format]??n.format}`}case"not_multiple_of":return`F\xE2sit say\u0131: ${n.divisor} kat\u0131 olmal\u0131yd\u0131.`;case"unrecognized_keys":return`Tan\u0131nmayan anahtar ${n.keys.length>1?"s":""}: ${$(n.keys,", ")}`;case"invalid_key":return`${n.origin} i\xE7in tan\u0131nmayan anahtar var.`;case"invalid_union":return"Giren tan\u0131namad\u0131.";case"invalid_element":return`${n.origin} i\xE7in tan\u0131nmayan k\u0131ymet var.`;default:return"K\u0131ymet tan\u0131namad\u0131."}}};function O0(){return{localeError:z_()}}var N_=()=>{let e={string:{unit:"\u062A\u0648\u06A9\u064A",verb:"\u0648\u0644\u0631\u064A"},file:{unit:"\u0628\u0627\u06CC\u067C\u0633",verb:"\u0648\u0644\u0631\u064A"},array:{unit:"\u062A\u0648\u06A9\u064A",verb:"\u0648\u0644\u0631\u064A"},set:{unit:"\u062A\u0648\u06A9\u064A",verb:"\u0648\u0644\u0631\u064A"},map:{unit:"\u062A\u0648\u06A9\u064A",verb:"\u0648\u0644\u0631\u064A"}};function t(n){return e[n]??null}let r={regex:"\u0648\u0631\u0648\u062F\u064A",email:"\u0628\u0631\u06CC\u069A\u0646\u0627\u0644\u06CC\u06A9",url:"\u06CC\u0648 \u0622\u0631 \u0627\u0644",emoji:"\u0627\u06CC\u0645\u0648\u062C\u064A",uuid:"UUID",uuidv4:"UUIDv4",uuidv6:"UUIDv6",nanoid:"nanoid",guid:"GUID",cuid:"cuid",cuid2:"cuid2",ulid:"ULID",xid:"XID",ksuid:"KSUID",datetime:"\u0646\u06CC\u067C\u0647 \u0627\u0648 \u0648\u062E\u062A",date:"\u0646\u06D0\u067C\u0647",time:"\u0648\u062E\u062A",duration:"\u0645\u0648\u062F\u0647",ipv4:"\u062F IPv4 \u067E\u062A\u0647",ipv6:"\u062F IPv6 \u067E\u062A\u0647",mac:"\u062F MAC \u067E\u062A\u0647",cidrv4:"\u062F IPv4 \u0633\u0627\u062D\u0647",cidrv6:"\u062F IPv6 \u0633\u0627\u062D\u0647",base64:"base64-encoded \u0645\u062A\u0646",base64url:"base64url-encoded \u0645\u062A\u0646",json_string:"JSON \u0645\u062A\u0646",e164:"\u062F E.164 \u0634\u0645\u06D0\u0631\u0647",credit_card:"\u062F \u06A9\u0631\u06CC\u0689\u06CC\u067C \u06A9\u0627\u0631\u062A \u0634\u0645\u06CC\u0631\u0647",currency_code:"\u062F \u0627\u0633\u0639\u0627\u0631\u0648 \u06A9\u0648\u0689",iban:"IBAN",jwt:"JWT",template_literal:"\u0648\u0631\u0648\u062F\u064A"},o={nan:"NaN",number:"\u0639\u062F\u062F",array:"\u0627\u0631\u06D0"};return n=>{switch(n.code){case"invalid_type":{let i=o[n.expected]??n.expected,a=z(n.input),s=o[a]??a;return/^[A-Z]/.test(n.expected)?`\u0646\u0627\u0633\u0645 \u0648\u0631\u0648\u062F\u064A: \u0628\u0627\u06CC\u062F instanceof ${n.expected} \u0648\u0627\u06CC, \u0645\u06AB\u0631 ${s} \u062A\u0631\u0644\u0627\u0633\u0647 \u0634\u0648`:`\u0646\u0627\u0633\u0645 \u0648\u0631\u0648\u062F\u064A: \u0628\u0627\u06CC\u062F ${i} \u0648\u0627\u06CC, \u0645\u06AB\u0631 ${s} \u062A\u0631\u0644\u0627\u0633\u0647 \u0634\u0648`}case"invalid_value":return n.values.length===1?`\u0646\u0627\u0633\u0645 \u0648\u0631\u0648\u062F\u064A: \u0628\u0627\u06CC\u062F ${D(n.values[0])} \u0648\u0627\u06CC`:`\u0646\u0627\u0633\u0645 \u0627\u0646\u062A\u062E\u0627\u0628: \u0628\u0627\u06CC\u062F \u06CC\u0648 \u0644\u0647 ${$(n.values,"|")} \u0685\u062E\u0647 \u0648\u0627\u06CC`;case"too_big":{let i=n.inclusive?"<=":"<",a=t(n.origin);return a?`\u0689\u06CC\u0631 \u0644\u0648\u06CC: ${n.origin??"\u0627\u0631\u0632\u069A\u062A"} \u0628\u0627\u06CC\u062F ${i}${n.maximum.toString()} ${a.unit??"\u0639\u0646\u0635\u0631\u0648\u0646\u0647"} \u0648\u0644\u0631\u064A`:`\u0689\u06CC\u0631 \u0644\u0648\u06CC: ${n.origin??"\u0627\u0631\u0632\u069A\u062A"} \u0628\u0627\u06CC\u062F ${i}${n.maximum.toString()} \u0648\u064A`}case"too_small":{let i=n.inclusive?">=":">",a=t(n.origin);return a?`\u0689\u06CC\u0631 \u06A9\u0648\u0686\u0646\u06CC: ${n.origin} \u0628\u0627\u06CC\u062F ${i}${n.minimum.toString()} ${a.unit} \u0648\u0644\u0631\u064A`:`\u0689\u06CC\u0631 \u06A9\u0648\u0686\u0646\u06CC: ${n.origin} \u0628\u0627\u06CC\u062F ${i}${n.minimum.toString()} \u0648\u064A`}case"invalid_format":{let i=n;return i.format==="starts_with"?`\u0646\u0627\u0633\u0645 \u0645\u062A\u0646: \u0628\u0627\u06CC\u062F \u062F "${i.prefix}" \u0633\u0631\u0647 \u067E\u06CC\u0644 \u0634\u064A`:i.format==="ends_with"?`\u0646\u0627\u0633\u0645 \u0645\u062A\u0646: \u0628\u0627\u06CC\u062F \u062F "${i.suffix}" \u0633\u0631\u0647 \u067E\u0627\u06CC \u062A\u0647 \u0648\u0631\u0633\u064A\u0696\u064A`:i.format==="includes"?`\u0646\u0627\u0633\u0645 \u0645\u062A\u0646: \u0628\u0627\u06CC\u062F "${i.includes}" \u0648\u0644\u0631\u064A`:i.format==="regex"?`\u0646\u0627\u0633\u0645 \u0645\u062A\u0646: \u0628\u0627\u06CC\u062F \u062F ${i.pattern} \u0633\u0631\u0647 \u0645\u0637\u0627\u0628\u0642\u062A \u0648\u0644\u0631\u064A`:`${r[i.format]??n.format} \u0646\u0627\u0633\u0645 \u062F\u06CC`}case"not_multiple_of":return`\u0646\u0627\u0633\u0645 \u0639\u062F\u062F: \u0628\u0627\u06CC\u062F \u062F ${n.divisor} \u0645\u0636\u0631\u0628 \u0648\u064A`;case"unrecognized_keys":return`\u0646\u0627\u0633\u0645 ${n.keys.length>1?"\u06A9\u0644\u06CC\u0689\u0648\u0646\u0647":"\u06A9\u0644\u06CC\u0689"}: ${$(n.keys,", ")}`;case"invalid_key":return`\u0646\u0627\u0633\u0645 \u06A9\u0644\u06CC\u0689 \u067E\u0647 ${n.origin} \u06A9\u06D0`;case"invalid_union":return"\u0646\u0627\u0633\u0645\u0647 \u0648\u0631\u0648\u062F\u064A";case"invalid_element":return`\u0646\u0627\u0633\u0645 \u0639\u0646\u0635\u0631 \u067E\u0647 ${n.origin} \u06A9\u06D0`;default:return"\u0646\u0627\u0633\u0645\u0647 \u0648\u0631\u0648\u062F\u064A"}}};function D0(){return{localeError:N_()}}var C_=()=>{let e={string:{unit:"znak\xF3w",verb:"mie\u0107"},file:{unit:"bajt\xF3w",verb:"mie\u0107"},array:{unit:"element\xF3w",verb:"mie\u0107"},set:{unit:"element\xF3w",verb:"mie\u0107"},map:{unit:"element\xF3w",verb:"mie\u0107"}};function t(n){return e[n]??null}let r={regex:"wyra\u017Cenie",email:"adres email",url:"URL",emoji:"emoji",uuid:"UUID",uuidv4:"UUIDv4",uuidv6:"UUIDv6",nanoid:"nanoid",guid:"GUID",cuid:"cuid",cuid2:"cuid2",ulid:"ULID",xid:"XID",ksuid:"KSUID",datetime:"data i godzina w formacie ISO",date:"data w formacie ISO",time:"godzina w formacie ISO",duration:"czas trwania ISO",ipv4:"adres IPv4",ipv6:"adres IPv6",mac:"adres MAC",cidrv4:"zakres IPv4",cidrv6:"zakres IPv6",base64:"ci\u0105g znak\xF3w zakodowany w formacie base64",base64url:"ci\u0105g znak\xF3w zakodowany w formacie base64url",json_string:"ci\u0105g znak\xF3w w formacie JSON",e164:"liczba E.164",credit_card:"numer karty kredytowej",currency_code:"kod waluty",iban:"IBAN",jwt:"JWT",template_literal:"wej\u015Bcie"},o={nan:"NaN",number:"liczba",array:"tablica"};return n=>{switch(n.code){case"invalid_type":{let i=o[n.expected]??n.expected,a=z(n.input),s=o[a]??a;return/^[A-Z]/.test(n.expected)?`Nieprawid\u0142owe dane wej\u015Bciowe: oczekiwano instanceof ${n.expected}, otrzymano ${s}`:`Nieprawid\u0142owe dane wej\u015Bciowe: oczekiwano ${i}, otrzymano ${s}`}case"invalid_value":return n.values.length===1?`Nieprawid\u0142owe dane wej\u015Bciowe: oczekiwano ${D(n.values[0])}`:`Nieprawid\u0142owa opcja: oczekiwano jednej z warto\u015Bci ${$(n.values,"|")}`;case"too_big":{let i=n.inclusive?"<=":"<",a=t(n.origin);return a?`Za du\u017Ca warto\u015B\u0107: oczekiwano, \u017Ce ${n.origin??"warto\u015B\u0107"} b\u0119dzie mie\u0107 ${i}${n.maximum.toString()} ${a.unit??"element\xF3w"}`:`Zbyt du\u017C(y/a/e): oczekiwano, \u017Ce ${n.origin??"warto\u015B\u0107"} b\u0119dzie wynosi\u0107 ${i}${n.maximum.toString()}`}case"too_small":{let i=n.inclusive?">=":">",a=t(n.origin);return a?`Za ma\u0142a warto\u015B\u0107: oczekiwano, \u017Ce ${n.origin??"warto\u015B\u0107"} b\u0119dzie mie\u0107 ${i}${n.minimum.toString()} ${a.unit??"element\xF3w"}`:`Zbyt ma\u0142(y/a/e): oczekiwano, \u017Ce ${n.origin??"warto\u015B\u0107"} b\u0119dzie wynosi\u0107 ${i}${n.minimum.toString()}`}case"invalid_format":{let i=n;return i.format==="starts_with"?`Nieprawid\u0142owy ci\u0105g znak\xF3w: musi zaczyna\u0107 si\u0119 od "${i.prefix}"`:i.format==="ends_with"?`Nieprawid\u0142owy ci\u0105g znak\xF3w: musi ko\u0144czy\u0107 si\u0119 na "${i.suffix}"`:i.format==="includes"?`Nieprawid\u0142owy ci\u0105g znak\xF3w: musi zawiera\u0107 "${i.includes}"`:i.format==="regex"?`Nieprawid\u0142owy ci\u0105g znak\xF3w: musi odpowiada\u0107 wzorcowi ${i.pattern}`:`Nieprawid\u0142ow(y/a/e) ${r[i.format]??n.format}`}case"not_multiple_of":return`Nieprawid\u0142owa liczba: musi by\u0107 wielokrotno\u015Bci\u0105 ${n.divisor}`;case"unrecognized_keys":return`Nierozpoznane klucze${n.keys.length>1?"s":""}: ${$(n.keys,", ")}`;case"invalid_key":return`Nieprawid\u0142owy klucz w ${n.origin}`;case"invalid_union":return"Nieprawid\u0142owe dane wej\u015Bciowe";case"invalid_element":return`Nieprawid\u0142owa warto\u015B\u0107 w ${n.origin}`;default:return"Nieprawid\u0142owe dane wej\u015Bciowe"}}};function z0(){return{localeError:C_()}}var U_=()=>{let e={string:{unit:"caracteres"},file:{unit:"bytes"},array:{unit:"elementos"},set:{unit:"elementos"},map:{unit:"entradas"}};function t(a){return e[a]??null}let r={regex:"a entrada",email:"o endere\xE7o de e-mail",url:"o URL",emoji:"o emoji",uuid:"o UUID",uuidv4:"o UUIDv4",uuidv6:"o UUIDv6",nanoid:"o nanoid",guid:"o GUID",cuid:"o cuid",cuid2:"o cuid2",ulid:"o ULID",xid:"o XID",ksuid:"o KSUID",datetime:"a data e hora ISO",date:"a data ISO",time:"a hora ISO",duration:"a dura\xE7\xE3o ISO",ipv4:"o endere\xE7o IPv4",ipv6:"o endere\xE7o IPv6",mac:"o endere\xE7o MAC",cidrv4:"o intervalo de endere\xE7os IPv4",cidrv6:"o intervalo de endere\xE7os IPv6",base64:"o texto codificado em base64",base64url:"o texto codificado em base64url",json_string:"o texto JSON",e164:"o n\xFAmero E.164",credit_card:"o n\xFAmero de cart\xE3o de cr\xE9dito",currency_code:"o c\xF3digo de moeda",iban:"o IBAN",jwt:"o JWT",template_literal:"a entrada"},o={masculine:{definite:"o",indefinite:"um"},feminine:{definite:"a",indefinite:"uma"}},n={string:{name:"texto",articles:o.masculine},number:{name:"n\xFAmero",articles:o.masculine},int:{name:"n\xFAmero inteiro",articles:o.masculine},boolean:{name:"valor booleano",articles:o.masculine},bigint:{name:"n\xFAmero bigint",articles:o.masculine},symbol:{name:"s\xEDmbolo",articles:o.masculine},undefined:{name:'valor "undefined"',articles:o.masculine},null:{name:'valor "nulo"',articles:o.masculine},never:{name:'valor "never"',articles:o.masculine},void:{name:'valor "void"',articles:o.masculine},date:{name:"data",articles:o.feminine},array:{name:"vetor",articles:o.masculine},object:{name:"objeto",articles:o.masculine},tuple:{name:"tuplo",articles:o.masculine},record:{name:"registo",articles:o.masculine},map:{name:"mapa",articles:o.masculine},set:{name:"conjunto",articles:o.masculine},file:{name:"ficheiro",articles:o.masculine},nonoptional:{name:"valor n\xE3o opcional",articles:o.masculine},nan:{name:'valor "NaN"',articles:o.masculine},function:{name:"fun\xE7\xE3o",articles:o.feminine}};function i(a,s){let c=n[a]??{name:`valor "${a}"`,articles:o.masculine};return`${c.articles[s]} ${c.name}`}return a=>{switch(a.code){case"invalid_type":{let s=i(a.expected,"indefinite"),c=z(a.input),u=i(c,"indefinite");return`Entrada inv\xE1lida: esperava ${s}, recebeu ${u}`}case"invalid_value":return a.values.length===1?`Entrada inv\xE1lida: esperava ${D(a.values[0])}`:`Op\xE7\xE3o inv\xE1lida: esperava uma das seguintes op\xE7\xF5es: ${$(a.values,"|")}`;case"too_big":{let s=a.inclusive?"<=":"<",c=t(a.origin);return c?`Demasiado grande: esperava que ${i(a.origin,"definite")} tivesse ${s} ${a.maximum.toString()} ${c.unit??"elementos"}`:`Demasiado grande: esperava que ${i(a.origin,"definite")} fosse ${s} ${a.maximum.toString()}`}case"too_small":{let s=a.inclusive?">=":">",c=t(a.origin);return c?`Demasiado pequeno: esperava que ${i(a.origin,"definite")} tivesse ${s} ${a.minimum.toString()} ${c.unit??"elementos"}`:`Demasiado pequeno: esperava que ${i(a.origin,"definite")} fosse ${s} ${a.minimum.toString()}`}case"invalid_format":{let s=a;return s.format==="starts_with"?`Texto inv\xE1lido: deve come\xE7ar por "${s.prefix}"`:s.format==="ends_with"?`Texto inv\xE1lido: deve terminar em "${s.suffix}"`:s.format==="includes"?`Texto inv\xE1lido: deve incluir "${s.includes}"`:s.format==="regex"?`Texto inv\xE1lido: deve corresponder ao padr\xE3o ${s.pattern}`:`Formato d${r[s.format]??a.format} inv\xE1lido`}case"not_multiple_of":return`N\xFAmero inv\xE1lido: deve ser m\xFAltiplo de ${a.divisor}`;case"unrecognized_keys":{let s=a.keys.length>1?"s":"";return`Chave${s} inv\xE1lida${s}: ${$(a.keys,", ")}`}case"invalid_key":return`Entrada inv\xE1lida n${i(a.origin,"definite")}`;case"invalid_union":return a.options&&Array.isArray(a.options)&&a.options.length>0?`Valor de discrimina\xE7\xE3o inv\xE1lido. Esperava ${a.options.map(c=>`'${c}'`).join(" | ")}`:"Entrada inv\xE1lida";case"invalid_element":return`Entrada inv\xE1lida n${i(a.origin,"definite")}`;default:return"Entrada inv\xE1lida"}}};function N0(){return{localeError:U_()}}var j_=()=>{let e={string:{unit:"caracteres"},file:{unit:"bytes"},array:{unit:"elementos"},set:{unit:"elementos"},map:{unit:"entradas"}};function t(a){return e[a]??null}let r={regex:"a entrada",email:"o endere\xE7o de e-mail",url:"o URL",emoji:"o emoji",uuid:"o UUID",uuidv4:"o UUIDv4",uuidv6:"o UUIDv6",nanoid:"o nanoid",guid:"o GUID",cuid:"o cuid",cuid2:"o cuid2",ulid:"o ULID",xid:"o XID",ksuid:"o KSUID",datetime:"a data e hora ISO",date:"a data ISO",time:"a hora ISO",duration:"a dura\xE7\xE3o ISO",ipv4:"o endere\xE7o IPv4",ipv6:"o endere\xE7o IPv6",mac:"o endere\xE7o MAC",cidrv4:"a faixa de endere\xE7os IPv4",cidrv6:"a faixa de endere\xE7os IPv6",base64:"o texto codificado em base64",base64url:"o texto codificado em base64url",json_string:"o texto JSON",e164:"o n\xFAmero E.164",credit_card:"o n\xFAmero de cart\xE3o de cr\xE9dito",currency_code:"o c\xF3digo de moeda",iban:"o IBAN",jwt:"o JWT",template_literal:"a entrada"},o={masculine:{definite:"o",indefinite:"um"},feminine:{definite:"a",indefinite:"uma"}},n={string:{name:"texto",articles:o.masculine},number:{name:"n\xFAmero",articles:o.masculine},int:{name:"n\xFAmero inteiro",articles:o.masculine},boolean:{name:"valor booleano",articles:o.masculine},bigint:{name:"n\xFAmero bigint",articles:o.masculine},symbol:{name:"s\xEDmbolo",articles:o.masculine},undefined:{name:'valor "undefined"',articles:o.masculine},null:{name:'valor "nulo"',articles:o.masculine},never:{name:'valor "never"',articles:o.masculine},void:{name:'valor "void"',articles:o.masculine},date:{name:"data",articles:o.feminine},array:{name:"vetor",articles:o.masculine},object:{name:"objeto",articles:o.masculine},tuple:{name:"tupla",articles:o.feminine},record:{name:"registro",articles:o.masculine},map:{name:"mapa",articles:o.masculine},set:{name:"conjunto",articles:o.masculine},file:{name:"arquivo",articles:o.masculine},nonoptional:{name:"valor n\xE3o opcional",articles:o.masculine},nan:{name:'valor "NaN"',articles:o.masculine},function:{name:"fun\xE7\xE3o",articles:o.feminine}};function i(a,s){let c=n[a]??{name:`valor "${a}"`,articles:o.masculine};return`${c.articles[s]} ${c.name}`}return a=>{switch(a.code){case"invalid_type":{let s=i(a.expected,"indefinite"),c=z(a.input),u=i(c,"indefinite");return`Entrada inv\xE1lida: esperava ${s}, recebeu ${u}`}case"invalid_value":return a.values.length===1?`Entrada inv\xE1lida: esperava ${D(a.values[0])}`:`Op\xE7\xE3o inv\xE1lida: esperava uma das seguintes op\xE7\xF5es: ${$(a.values,"|")}`;case"too_big":{let s=a.inclusive?"<=":"<",c=t(a.origin);return c?`Grande demais: esperava que ${i(a.origin,"definite")} tivesse ${s} ${a.maximum.toString()} ${c.unit??"elementos"}`:`Grande demais: esperava que ${i(a.origin,"definite")} fosse ${s} ${a.maximum.toString()}`}case"too_small":{let s=a.inclusive?">=":">",c=t(a.origin);return c?`Pequeno demais: esperava que ${i(a.origin,"definite")} tivesse ${s} ${a.minimum.toString()} ${c.unit??"elementos"}`:`Pequeno demais: esperava que ${i(a.origin,"definite")} fosse ${s} ${a.minimum.toString()}`}case"invalid_format":{let s=a;return s.format==="starts_with"?`Texto inv\xE1lido: deve come\xE7ar com "${s.prefix}"`:s.format==="ends_with"?`Texto inv\xE1lido: deve terminar com "${s.suffix}"`:s.format==="includes"?`Texto inv\xE1lido: deve incluir "${s.includes}"`:s.format==="regex"?`Texto inv\xE1lido: deve corresponder ao padr\xE3o ${s.pattern}`:`Formato d${r[s.format]??a.format} inv\xE1lido`}case"not_multiple_of":return`N\xFAmero inv\xE1lido: deve ser m\xFAltiplo de ${a.divisor}`;case"unrecognized_keys":{let s=a.keys.length>1?"s":"";return`Chave${s} inv\xE1lida${s}: ${$(a.keys,", ")}`}case"invalid_key":return`Entrada inv\xE1lida n${i(a.origin,"definite")}`;case"invalid_union":return a.options&&Array.isArray(a.options)&&a.options.length>0?`Valor de discrimina\xE7\xE3o inv\xE1lido. Esperava ${a.options.map(c=>`'${c}'`).join(" | ")}`:"Entrada inv\xE1lida";case"invalid_element":return`Entrada inv\xE1lida n${i(a.origin,"definite")}`;default:return"Entrada inv\xE1lida"}}};function C0(){return{localeError:j_()}}var F_=()=>{let e={string:{unit:"caractere",verb:"s\u0103 aib\u0103"},file:{unit:"octe\u021Bi",verb:"s\u0103 aib\u0103"},array:{unit:"elemente",verb:"s\u0103 aib\u0103"},set:{unit:"elemente",verb:"s\u0103 aib\u0103"},map:{unit:"intr\u0103ri",verb:"s\u0103 aib\u0103"}};function t(n){return e[n]??null}let r={regex:"intrare",email:"adres\u0103 de email",url:"URL",emoji:"emoji",uuid:"UUID",uuidv4:"UUIDv4",uuidv6:"UUIDv6",nanoid:"nanoid",guid:"GUID",cuid:"cuid",cuid2:"cuid2",ulid:"ULID",xid:"XID",ksuid:"KSUID",datetime:"dat\u0103 \u0219i or\u0103 ISO",date:"dat\u0103 ISO",time:"or\u0103 ISO",duration:"durat\u0103 ISO",ipv4:"adres\u0103 IPv4",ipv6:"adres\u0103 IPv6",mac:"adres\u0103 MAC",cidrv4:"interval IPv4",cidrv6:"interval IPv6",base64:"\u0219ir codat base64",base64url:"\u0219ir codat base64url",json_string:"\u0219ir JSON",e164:"num\u0103r E.164",credit_card:"num\u0103r de card de credit",currency_code:"cod valutar",iban:"IBAN",jwt:"JWT",template_literal:"intrare"},o={nan:"NaN",string:"\u0219ir",number:"num\u0103r",boolean:"boolean",function:"func\u021Bie",array:"matrice",object:"obiect",undefined:"nedefinit",symbol:"simbol",bigint:"num\u0103r mare",void:"void",never:"never",map:"hart\u0103",set:"set"};return n=>{switch(n.code){case"invalid_type":{let i=o[n.expected]??n.expected,a=z(n.input),s=o[a]??a;return`Intrare invalid\u0103: a\u0219teptat ${i}, primit ${s}`}case"invalid_value":return n.values.length===1?`Intrare invalid\u0103: a\u0219teptat ${D(n.values[0])}`:`Op\u021Biune invalid\u0103: a\u0219teptat una dintre ${$(n.values,"|")}`;case"too_big":{let i=n.inclusive?"<=":"<",a=t(n.origin);return a?`Prea mare: a\u0219teptat ca ${n.origin??"valoarea"} ${a.verb} ${i}${n.maximum.toString()} ${a.unit??"elemente"}`:`Prea mare: a\u0219teptat ca ${n.origin??"valoarea"} s\u0103 fie ${i}${n.maximum.toString()}`}case"too_small":{let i=n.inclusive?">=":">",a=t(n.origin);return a?`Prea mic: a\u0219teptat ca ${n.origin} ${a.verb} ${i}${n.minimum.toString()} ${a.unit}`:`Prea mic: a\u0219teptat ca ${n.origin} s\u0103 fie ${i}${n.minimum.toString()}`}case"invalid_format":{let i=n;return i.format==="starts_with"?`\u0218ir invalid: trebuie s\u0103 \xEEnceap\u0103 cu "${i.prefix}"`:i.format==="ends_with"?`\u0218ir invalid: trebuie s\u0103 se termine cu "${i.suffix}"`:i.format==="includes"?`\u0218ir invalid: trebuie s\u0103 includ\u0103 "${i.includes}"`:i.format==="regex"?`\u0218ir invalid: trebuie s\u0103 se potriveasc\u0103 cu modelul ${i.pattern}`:`Format invalid: ${r[i.format]??n.format}`}case"not_multiple_of":return`Num\u0103r invalid: trebuie s\u0103 fie multiplu de ${n.divisor}`;case"unrecognized_keys":return`Chei nerecunoscute: ${$(n.keys,", ")}`;case"invalid_key":return`Cheie invalid\u0103 \xEEn ${n.origin}`;case"invalid_union":return"Intrare invalid\u0103";case"invalid_element":return`Valoare invalid\u0103 \xEEn ${n.origin}`;default:return"Intrare invalid\u0103"}}};function U0(){return{localeError:F_()}}function j0(e,t,r,o){let n=Math.abs(e),i=n%10,a=n%100;return a>=11&&a<=19?o:i===1?t:i>=2&&i<=4?r:o}var L_=()=>{let e={string:{unit:{one:"\u0441\u0438\u043C\u0432\u043E\u043B",few:"\u0441\u0438\u043C\u0432\u043E\u043B\u0430",many:"\u0441\u0438\u043C\u0432\u043E\u043B\u043E\u0432"},verb:"\u0438\u043C\u0435\u0442\u044C"},file:{unit:{one:"\u0431\u0430\u0439\u0442",few:"\u0431\u0430\u0439\u0442\u0430",many:"\u0431\u0430\u0439\u0442"},verb:"\u0438\u043C\u0435\u0442\u044C"},array:{unit:{one:"\u044D\u043B\u0435\u043C\u0435\u043D\u0442",few:"\u044D\u043B\u0435\u043C\u0435\u043D\u0442\u0430",many:"\u044D\u043B\u0435\u043C\u0435\u043D\u0442\u043E\u0432"},verb:"\u0438\u043C\u0435\u0442\u044C"},set:{unit:{one:"\u044D\u043B\u0435\u043C\u0435\u043D\u0442",few:"\u044D\u043B\u0435\u043C\u0435\u043D\u0442\u0430",many:"\u044D\u043B\u0435\u043C\u0435\u043D\u0442\u043E\u0432"},verb:"\u0438\u043C\u0435\u0442\u044C"},map:{unit:{one:"\u044D\u043B\u0435\u043C\u0435\u043D\u0442",few:"\u044D\u043B\u0435\u043C\u0435\u043D\u0442\u0430",many:"\u044D\u043B\u0435\u043C\u0435\u043D\u0442\u043E\u0432"},verb:"\u0438\u043C\u0435\u0442\u044C"}};function t(n){return e[n]??null}let r={regex:"\u0432\u0432\u043E\u0434",email:"email \u0430\u0434\u0440\u0435\u0441",url:"URL",emoji:"\u044D\u043C\u043E\u0434\u0437\u0438",uuid:"UUID",uuidv4:"UUIDv4",uuidv6:"UUIDv6",nanoid:"nanoid",guid:"GUID",cuid:"cuid",cuid2:"cuid2",ulid:"ULID",xid:"XID",ksuid:"KSUID",datetime:"ISO \u0434\u0430\u0442\u0430 \u0438 \u0432\u0440\u0435\u043C\u044F",date:"ISO \u0434\u0430\u0442\u0430",time:"ISO \u0432\u0440\u0435\u043C\u044F",duration:"ISO \u0434\u043B\u0438\u0442\u0435\u043B\u044C\u043D\u043E\u0441\u0442\u044C",ipv4:"IPv4 \u0430\u0434\u0440\u0435\u0441",ipv6:"IPv6 \u0430\u0434\u0440\u0435\u0441",mac:"MAC \u0430\u0434\u0440\u0435\u0441",cidrv4:"IPv4 \u0434\u0438\u0430\u043F\u0430\u0437\u043E\u043D",cidrv6:"IPv6 \u0434\u0438\u0430\u043F\u0430\u0437\u043E\u043D",base64:"\u0441\u0442\u0440\u043E\u043A\u0430 \u0432 \u0444\u043E\u0440\u043C\u0430\u0442\u0435 base64",base64url:"\u0441\u0442\u0440\u043E\u043A\u0430 \u0432 \u0444\u043E\u0440\u043C\u0430\u0442\u0435 base64url",json_string:"JSON \u0441\u0442\u0440\u043E\u043A\u0430",e164:"\u043D\u043E\u043C\u0435\u0440 E.164",credit_card:"\u043D\u043E\u043C\u0435\u0440 \u043A\u0440\u0435\u0434\u0438\u0442\u043D\u043E\u0439 \u043A\u0430\u0440\u0442\u044B",currency_code:"\u043A\u043E\u0434 \u0432\u0430\u043B\u044E\u0442\u044B",iban:"IBAN",jwt:"JWT",template_literal:"\u0432\u0432\u043E\u0434"},o={nan:"NaN",number:"\u0447\u0438\u0441\u043B\u043E",array:"\u043C\u0430\u0441\u0441\u0438\u0432"};return n=>{switch(n.code){case"invalid_type":{let i=o[n.expected]??n.expected,a=z(n.input),s=o[a]??a;return/^[A-Z]/.test(n.expected)?`\u041D\u0435\u0432\u0435\u0440\u043D\u044B\u0439 \u0432\u0432\u043E\u0434: \u043E\u0436\u0438\u0434\u0430\u043B\u043E\u0441\u044C instanceof ${n.expected}, \u043F\u043E\u043B\u0443\u0447\u0435\u043D\u043E ${s}`:`\u041D\u0435\u0432\u0435\u0440\u043D\u044B\u0439 \u0432\u0432\u043E\u0434: \u043E\u0436\u0438\u0434\u0430\u043B\u043E\u0441\u044C ${i}, \u043F\u043E\u043B\u0443\u0447\u0435\u043D\u043E ${s}`}case"invalid_value":return n.values.length===1?`\u041D\u0435\u0432\u0435\u0440\u043D\u044B\u0439 \u0432\u0432\u043E\u0434: \u043E\u0436\u0438\u0434\u0430\u043B\u043E\u0441\u044C ${D(n.values[0])}`:`\u041D\u0435\u0432\u0435\u0440\u043D\u044B\u0439 \u0432\u0430\u0440\u0438\u0430\u043D\u0442: \u043E\u0436\u0438\u0434\u0430\u043B\u043E\u0441\u044C \u043E\u0434\u043D\u043E \u0438\u0437 ${$(n.values,"|")}`;case"too_big":{let i=n.inclusive?"<=":"<",a=t(n.origin);if(a){let s=Number(n.maximum),c=j0(s,a.unit.one,a.unit.few,a.unit.many);return`\u0421\u043B\u0438\u0448\u043A\u043E\u043C \u0431\u043E\u043B\u044C\u0448\u043E\u0435 \u0437\u043D\u0430\u0447\u0435\u043D\u0438\u0435: \u043E\u0436\u0438\u0434\u0430\u043B\u043E\u0441\u044C, \u0447\u0442\u043E ${n.origin??"\u0437\u043D\u0430\u0447\u0435\u043D\u0438\u0435"} \u0431\u0443\u0434\u0435\u0442 \u0438\u043C\u0435\u0442\u044C ${i}${n.maximum.toString()} ${c}`}return`\u0421\u043B\u0438\u0448\u043A\u043E\u043C \u0431\u043E\u043B\u044C\u0448\u043E\u0435 \u0437\u043D\u0430\u0447\u0435\u043D\u0438\u0435: \u043E\u0436\u0438\u0434\u0430\u043B\u043E\u0441\u044C, \u0447\u0442\u043E ${n.origin??"\u0437\u043D\u0430\u0447\u0435\u043D\u0438\u0435"} \u0431\u0443\u0434\u0435\u0442 ${i}${n.maximum.toString()}`}case"too_small":{let i=n.inclusive?">=":">",a=t(n.origin);if(a){let s=Number(n.minimum),c=j0(s,a.unit.one,a.unit.few,a.unit.many);return`\u0421\u043B\u0438\u0448\u043A\u043E\u043C \u043C\u0430\u043B\u0435\u043D\u044C\u043A\u043E\u0435 \u0437\u043D\u0430\u0447\u0435\u043D\u0438\u0435: \u043E\u0436\u0438\u0434\u0430\u043B\u043E\u0441\u044C, \u0447\u0442\u043E ${n.origin} \u0431\u0443\u0434\u0435\u0442 \u0438\u043C\u0435\u0442\u044C ${i}${n.minimum.toString()} ${c}`}return`\u0421\u043B\u0438\u0448\u043A\u043E\u043C \u043C\u0430\u043B\u0435\u043D\u044C\u043A\u043E\u0435 \u0437\u043D\u0430\u0447\u0435\u043D\u0438\u0435: \u043E\u0436\u0438\u0434\u0430\u043B\u043E\u0441\u044C, \u0447\u0442\u043E ${n.origin} \u0431\u0443\u0434\u0435\u0442 ${i}${n.minimum.toString()}`}case"invalid_format":{let i=n;return i.format==="starts_with"?`\u041D\u0435\u0432\u0435\u0440\u043D\u0430\u044F \u0441\u0442\u0440\u043E\u043A\u0430: \u0434\u043E\u043B\u0436\u043D\u0430 \u043D\u0430\u0447\u0438\u043D\u0430\u0442\u044C\u0441\u044F \u0441 "${i.prefix}"`:i.format==="ends_with"?`\u041D\u0435\u0432\u0435\u0440\u043D\u0430\u044F \u0441\u0442\u0440\u043E\u043A\u0430: \u0434\u043E\u043B\u0436\u043D\u0430 \u0437\u0430\u043A\u0430\u043D\u0447\u0438\u0432\u0430\u0442\u044C\u0441\u044F \u043D\u0430 "${i.suffix}"`:i.format==="includes"?`\u041D\u0435\u0432\u0435\u0440\u043D\u0430\u044F \u0441\u0442\u0440\u043E\u043A\u0430: \u0434\u043E\u043B\u0436\u043D\u0430 \u0441\u043E\u0434\u0435\u0440\u0436\u0430\u0442\u044C "${i.includes}"`:i.format==="regex"?`\u041D\u0435\u0432\u0435\u0440\u043D\u0430\u044F \u0441\u0442\u0440\u043E\u043A\u0430: \u0434\u043E\u043B\u0436\u043D\u0430 \u0441\u043E\u043E\u0442\u0432\u0435\u0442\u0441\u0442\u0432\u043E\u0432\u0430\u0442\u044C \u0448\u0430\u0431\u043B\u043E\u043D\u0443 ${i.pattern}`:`\u041D\u0435\u0432\u0435\u0440\u043D\u044B\u0439 ${r[i.format]??n.format}`}case"not_multiple_of":return`\u041D\u0435\u0432\u0435\u0440\u043D\u043E\u0435 \u0447\u0438\u0441\u043B\u043E: \u0434\u043E\u043B\u0436\u043D\u043E \u0431\u044B\u0442\u044C \u043A\u0440\u0430\u0442\u043D\u044B\u043C ${n.divisor}`;case"unrecognized_keys":return`\u041D\u0435\u0440\u0430\u0441\u043F\u043E\u0437\u043D\u0430\u043D\u043D${n.keys.length>1?"\u044B\u0435":"\u044B\u0439"} \u043A\u043B\u044E\u0447${n.keys.length>1?"\u0438":""}: ${$(n.keys,", ")}`;case"invalid_key":return`\u041D\u0435\u0432\u0435\u0440\u043D\u044B\u0439 \u043A\u043B\u044E\u0447 \u0432 ${n.origin}`;case"invalid_union":return"\u041D\u0435\u0432\u0435\u0440\u043D\u044B\u0435 \u0432\u0445\u043E\u0434\u043D\u044B\u0435 \u0434\u0430\u043D\u043D\u044B\u0435";case"invalid_element":return`\u041D\u0435\u0432\u0435\u0440\u043D\u043E\u0435 \u0437\u043D\u0430\u0447\u0435\u043D\u0438\u0435 \u0432 ${n.origin}`;default:return"\u041D\u0435\u0432\u0435\u0440\u043D\u044B\u0435 \u0432\u0445\u043E\u0434\u043D\u044B\u0435 \u0434\u0430\u043D\u043D\u044B\u0435"}}};function F0(){return{localeError:L_()}}var M_=()=>{let e={string:{unit:"znakov",verb:"ma\u0165"},file:{unit:"bajtov",verb:"ma\u0165"},array:{unit:"prvkov",verb:"ma\u0165"},set:{unit:"prvkov",verb:"ma\u0165"},map:{unit:"polo\u017Eiek",verb:"ma\u0165"}};function t(n){return e[n]??null}let r={regex:"regul\xE1rny v\xFDraz",email:"e-mailov\xE1 adresa",url:"URL",emoji:"emoji",uuid:"UUID",uuidv4:"UUIDv4",uuidv6:"UUIDv6",nanoid:"nanoid",guid:"GUID",cuid:"cuid",cuid2:"cuid2",ulid:"ULID",xid:"XID",ksuid:"KSUID",datetime:"d\xE1tum a \u010Das vo form\xE1te ISO",date:"d\xE1tum vo form\xE1te ISO",time:"\u010Das vo form\xE1te ISO",duration:"doba trvania ISO",ipv4:"IPv4 adresa",ipv6:"IPv6 adresa",mac:"MAC adresa",cidrv4:"rozsah IPv4",cidrv6:"rozsah IPv6",base64:"re\u0165azec zak\xF3dovan\xFD vo form\xE1te base64",base64url:"re\u0165azec zak\xF3dovan\xFD vo form\xE1te base64url",json_string:"re\u0165azec vo form\xE1te JSON",e164:"\u010D\xEDslo E.164",credit_card:"\u010D\xEDslo kreditnej karty",currency_code:"k\xF3d meny",iban:"IBAN",jwt:"JWT",template_literal:"vstup"},o={nan:"NaN",number:"\u010D\xEDslo",string:"re\u0165azec",function:"funkcia",array:"pole"};return n=>{switch(n.code){case"invalid_type":{let i=o[n.expected]??n.expected,a=z(n.input),s=o[a]??a;return/^[A-Z]/.test(n.expected)?`Neplatn\xFD vstup: o\u010Dak\xE1van\xE9 instanceof ${n.expected}, obdr\u017Ean\xE9 ${s}`:`Neplatn\xFD vstup: o\u010Dak\xE1van\xE9 ${i}, obdr\u017Ean\xE9 ${s}`}case"invalid_value":return n.values.length===1?`Neplatn\xFD vstup: o\u010Dak\xE1van\xE9 ${D(n.values[0])}`:`Neplatn\xFD vstup: o\u010Dak\xE1van\xE1 jedna z hodn\xF4t ${$(n.values,"|")}`;case"too_big":{let i=n.inclusive?"<=":"<",a=t(n.origin);return a?`Hodnota je pr\xEDli\u0161 ve\u013Ek\xE1: ${n.origin??"hodnota"} mus\xED ma\u0165 ${i}${n.maximum.toString()} ${a.unit??"prvkov"}`:`Hodnota je pr\xEDli\u0161 ve\u013Ek\xE1: ${n.origin??"hodnota"} mus\xED by\u0165 ${i}${n.maximum.toString()}`}case"too_small":{let i=n.inclusive?">=":">",a=t(n.origin);return a?`Hodnota je pr\xEDli\u0161 mal\xE1: ${n.origin??"hodnota"} mus\xED ma\u0165 ${i}${n.minimum.toString()} ${a.unit??"prvkov"}`:`Hodnota je pr\xEDli\u0161 mal\xE1: ${n.origin??"hodnota"} mus\xED by\u0165 ${i}${n.minimum.toString()}`}case"invalid_format":{let i=n;return i.format==="starts_with"?`Neplatn\xFD re\u0165azec: mus\xED za\u010D\xEDna\u0165 na "${i.prefix}"`:i.format==="ends_with"?`Neplatn\xFD re\u0165azec: mus\xED kon\u010Di\u0165 na "${i.suffix}"`:i.format==="includes"?`Neplatn\xFD re\u0165azec: mus\xED obsahova\u0165 "${i.includes}"`:i.format==="regex"?`Neplatn\xFD re\u0165azec: mus\xED zodpoveda\u0165 vzoru ${i.pattern}`:`Neplatn\xFD form\xE1t ${r[i.format]??n.format}`}case"not_multiple_of":return`Neplatn\xE9 \u010D\xEDslo: mus\xED by\u0165 n\xE1sobkom ${n.divisor}`;case"unrecognized_keys":return`Nezn\xE1me kl\xFA\u010De: ${$(n.keys,", ")}`;case"invalid_key":return`Neplatn\xFD kl\xFA\u010D v ${n.origin}`;case"invalid_union":return"Neplatn\xFD vstup";case"invalid_element":return`Neplatn\xE1 hodnota v ${n.origin}`;default:return"Neplatn\xFD vstup"}}};function L0(){return{localeError:M_()}}var Z_=()=>{let e={string:{unit:"znakov",verb:"imeti"},file:{unit:"bajtov",verb:"imeti"},array:{unit:"elementov",verb:"imeti"},set:{unit:"elementov",verb:"imeti"},map:{unit:"elementov",verb:"imeti"}};function t(n){return e[n]??null}let r={regex:"vnos",email:"e-po\u0161tni naslov",url:"URL",emoji:"emoji",uuid:"UUID",uuidv4:"UUIDv4",uuidv6:"UUIDv6",nanoid:"nanoid",guid:"GUID",cuid:"cuid",cuid2:"cuid2",ulid:"ULID",xid:"XID",ksuid:"KSUID",datetime:"ISO datum in \u010Das",date:"ISO datum",time:"ISO \u010Das",duration:"ISO trajanje",ipv4:"IPv4 naslov",ipv6:"IPv6 naslov",mac:"MAC naslov",cidrv4:"obseg IPv4",cidrv6:"obseg IPv6",base64:"base64 kodiran niz",base64url:"base64url kodiran niz",json_string:"JSON niz",e164:"E.164 \u0161tevilka",credit_card:"\u0161tevilka kreditne kartice",currency_code:"koda valute",iban:"IBAN",jwt:"JWT",template_literal:"vnos"},o={nan:"NaN",number:"\u0161tevilo",array:"tabela"};return n=>{switch(n.code){case"invalid_type":{let i=o[n.expected]??n.expected,a=z(n.input),s=o[a]??a;return/^[A-Z]/.test(n.expected)?`Neveljaven vnos: pri\u010Dakovano instanceof ${n.expected}, prejeto ${s}`:`Neveljaven vnos: pri\u010Dakovano ${i}, prejeto ${s}`}case"invalid_value":return n.values.length===1?`Neveljaven vnos: pri\u010Dakovano ${D(n.values[0])}`:`Neveljavna mo\u017Enost: pri\u010Dakovano eno izmed ${$(n.values,"|")}`;case"too_big":{let i=n.inclusive?"<=":"<",a=t(n.origin);return a?`Preveliko: pri\u010Dakovano, da bo ${n.origin??"vrednost"} imelo ${i}${n.maximum.toString()} ${a.unit??"elementov"}`:`Preveliko: pri\u010Dakovano, da bo ${n.origin??"vrednost"} ${i}${n.maximum.toString()}`}case"too_small":{let i=n.inclusive?">=":">",a=t(n.origin);return a?`Premajhno: pri\u010Dakovano, da bo ${n.origin} imelo ${i}${n.minimum.toString()} ${a.unit}`:`Premajhno: pri\u010Dakovano, da bo ${n.origin} ${i}${n.minimum.toString()}`}case"invalid_format":{let i=n;return i.format==="starts_with"?`Neveljaven niz: mora se za\u010Deti z "${i.prefix}"`:i.format==="ends_with"?`Neveljaven niz: mora se kon\u010Dati z "${i.suffix}"`:i.format==="includes"?`Neveljaven niz: mora vsebovati "${i.includes}"`:i.format==="regex"?`Neveljaven niz: mora ustrezati vzorcu ${i.pattern}`:`Neveljaven ${r[i.format]??n.format}`}case"not_multiple_of":return`Neveljavno \u0161tevilo: mora biti ve\u010Dkratnik ${n.divisor}`;case"unrecognized_keys":return`Neprepoznan${n.keys.length>1?"i klju\u010Di":" klju\u010D"}: ${$(n.keys,", ")}`;case"invalid_key":return`Neveljaven klju\u010D v ${n.origin}`;case"invalid_union":return"Neveljaven vnos";case"invalid_element":return`Neveljavna vrednost v ${n.origin}`;default:return"Neveljaven vnos"}}};function M0(){return{localeError:Z_()}}var q_=()=>{let e={string:{unit:"tecken",verb:"att ha"},file:{unit:"bytes",verb:"att ha"},array:{unit:"objekt",verb:"att inneh\xE5lla"},set:{unit:"objekt",verb:"att inneh\xE5lla"},map:{unit:"objekt",verb:"att inneh\xE5lla"}};function t(n){return e[n]??null}let r={regex:"regulj\xE4rt uttryck",email:"e-postadress",url:"URL",emoji:"emoji",uuid:"UUID",uuidv4:"UUIDv4",uuidv6:"UUIDv6",nanoid:"nanoid",guid:"GUID",cuid:"cuid",cuid2:"cuid2",ulid:"ULID",xid:"XID",ksuid:"KSUID",datetime:"ISO-datum och tid",date:"ISO-datum",time:"ISO-tid",duration:"ISO-varaktighet",ipv4:"IPv4-adress",ipv6:"IPv6-adress",mac:"MAC-adress",cidrv4:"IPv4-spektrum",cidrv6:"IPv6-spektrum",base64:"base64-kodad str\xE4ng",base64url:"base64url-kodad str\xE4ng",json_string:"JSON-str\xE4ng",e164:"E.164-nummer",credit_card:"kreditkortsnummer",currency_code:"valutakod",iban:"IBAN",jwt:"JWT",template_literal:"mall-literal"},o={nan:"NaN",number:"antal",array:"lista"};return n=>{switch(n.code){case"invalid_type":{let i=o[n.expected]??n.expected,a=z(n.input),s=o[a]??a;return/^[A-Z]/.test(n.expected)?`Ogiltig inmatning: f\xF6rv\xE4ntat instanceof ${n.expected}, fick ${s}`:`Ogiltig inmatning: f\xF6rv\xE4ntat ${i}, fick ${s}`}case"invalid_value":return n.values.length===1?`Ogiltig inmatning: f\xF6rv\xE4ntat ${D(n.values[0])}`:`Ogiltigt val: f\xF6rv\xE4ntade en av ${$(n.values,"|")}`;case"too_big":{let i=n.inclusive?"<=":"<",a=t(n.origin);return a?`F\xF6r stor(t): f\xF6rv\xE4ntade ${n.origin??"v\xE4rdet"} att ha ${i}${n.maximum.toString()} ${a.unit??"element"}`:`F\xF6r stor(t): f\xF6rv\xE4ntat ${n.origin??"v\xE4rdet"} att ha ${i}${n.maximum.toString()}`}case"too_small":{let i=n.inclusive?">=":">",a=t(n.origin);return a?`F\xF6r lite(t): f\xF6rv\xE4ntade ${n.origin??"v\xE4rdet"} att ha ${i}${n.minimum.toString()} ${a.unit}`:`F\xF6r lite(t): f\xF6rv\xE4ntade ${n.origin??"v\xE4rdet"} att ha ${i}${n.minimum.toString()}`}case"invalid_format":{let i=n;return i.format==="starts_with"?`Ogiltig str\xE4ng: m\xE5ste b\xF6rja med "${i.prefix}"`:i.format==="ends_with"?`Ogiltig str\xE4ng: m\xE5ste sluta med "${i.suffix}"`:i.format==="includes"?`Ogiltig str\xE4ng: m\xE5ste inneh\xE5lla "${i.includes}"`:i.format==="regex"?`Ogiltig str\xE4ng: m\xE5ste matcha m\xF6nstret "${i.pattern}"`:`Ogiltig(t) ${r[i.format]??n.format}`}case"not_multiple_of":return`Ogiltigt tal: m\xE5ste vara en multipel av ${n.divisor}`;case"unrecognized_keys":return`${n.keys.length>1?"Ok\xE4nda nycklar":"Ok\xE4nd nyckel"}: ${$(n.keys,", ")}`;case"invalid_key":return`Ogiltig nyckel i ${n.origin??"v\xE4rdet"}`;case"invalid_union":return"Ogiltig input";case"invalid_element":return`Ogiltigt v\xE4rde i ${n.origin??"v\xE4rdet"}`;default:return"Ogiltig input"}}};function Z0(){return{localeError:q_()}}var B_=()=>{let e={string:{unit:"\u0B8E\u0BB4\u0BC1\u0BA4\u0BCD\u0BA4\u0BC1\u0B95\u0BCD\u0B95\u0BB3\u0BCD",verb:"\u0B95\u0BCA\u0BA3\u0BCD\u0B9F\u0BBF\u0BB0\u0BC1\u0B95\u0BCD\u0B95 \u0BB5\u0BC7\u0BA3\u0BCD\u0B9F\u0BC1\u0BAE\u0BCD"},file:{unit:"\u0BAA\u0BC8\u0B9F\u0BCD\u0B9F\u0BC1\u0B95\u0BB3\u0BCD",verb:"\u0B95\u0BCA\u0BA3\u0BCD\u0B9F\u0BBF\u0BB0\u0BC1\u0B95\u0BCD\u0B95 \u0BB5\u0BC7\u0BA3\u0BCD\u0B9F\u0BC1\u0BAE\u0BCD"},array:{unit:"\u0B89\u0BB1\u0BC1\u0BAA\u0BCD\u0BAA\u0BC1\u0B95\u0BB3\u0BCD",verb:"\u0B95\u0BCA\u0BA3\u0BCD\u0B9F\u0BBF\u0BB0\u0BC1\u0B95\u0BCD\u0B95 \u0BB5\u0BC7\u0BA3\u0BCD\u0B9F\u0BC1\u0BAE\u0BCD"},set:{unit:"\u0B89\u0BB1\u0BC1\u0BAA\u0BCD\u0BAA\u0BC1\u0B95\u0BB3\u0BCD",verb:"\u0B95\u0BCA\u0BA3\u0BCD\u0B9F\u0BBF\u0BB0\u0BC1\u0B95\u0BCD\u0B95 \u0BB5\u0BC7\u0BA3\u0BCD\u0B9F\u0BC1\u0BAE\u0BCD"},map:{unit:"\u0B89\u0BB1\u0BC1\u0BAA\u0BCD\u0BAA\u0BC1\u0B95\u0BB3\u0BCD",verb:"\u0B95\u0BCA\u0BA3\u0BCD\u0B9F\u0BBF\u0BB0\u0BC1\u0B95\u0BCD\u0B95 \u0BB5\u0BC7\u0BA3\u0BCD\u0B9F\u0BC1\u0BAE\u0BCD"}};function t(n){return e[n]??null}let r={regex:"\u0B89\u0BB3\u0BCD\u0BB3\u0BC0\u0B9F\u0BC1",email:"\u0BAE\u0BBF\u0BA9\u0BCD\u0BA9\u0B9E\u0BCD\u0B9A\u0BB2\u0BCD \u0BAE\u0BC1\u0B95\u0BB5\u0BB0\u0BBF",url:"URL",emoji:"emoji",uuid:"UUID",uuidv4:"UUIDv4",uuidv6:"UUIDv6",nanoid:"nanoid",guid:"GUID",cuid:"cuid",cuid2:"cuid2",ulid:"ULID",xid:"XID",ksuid:"KSUID",datetime:"ISO \u0BA4\u0BC7\u0BA4\u0BBF \u0BA8\u0BC7\u0BB0\u0BAE\u0BCD",date:"ISO \u0BA4\u0BC7\u0BA4\u0BBF",time:"ISO \u0BA8\u0BC7\u0BB0\u0BAE\u0BCD",duration:"ISO \u0B95\u0BBE\u0BB2 \u0B85\u0BB3\u0BB5\u0BC1",ipv4:"IPv4 \u0BAE\u0BC1\u0B95\u0BB5\u0BB0\u0BBF",ipv6:"IPv6 \u0BAE\u0BC1\u0B95\u0BB5\u0BB0\u0BBF",mac:"MAC \u0BAE\u0BC1\u0B95\u0BB5\u0BB0\u0BBF",cidrv4:"IPv4 \u0BB5\u0BB0\u0BAE\u0BCD\u0BAA\u0BC1",cidrv6:"IPv6 \u0BB5\u0BB0\u0BAE\u0BCD\u0BAA\u0BC1",base64:"base64-encoded \u0B9A\u0BB0\u0BAE\u0BCD",base64url:"base64url-encoded \u0B9A\u0BB0\u0BAE\u0BCD",json_string:"JSON \u0B9A\u0BB0\u0BAE\u0BCD",e164:"E.164 \u0B8E\u0BA3\u0BCD",credit_card:"\u0B95\u0B9F\u0BA9\u0BCD \u0B85\u0B9F\u0BCD\u0B9F\u0BC8 \u0B8E\u0BA3\u0BCD",currency_code:"\u0BA8\u0BBE\u0BA3\u0BAF\u0B95\u0BCD \u0B95\u0BC1\u0BB1\u0BBF\u0BAF\u0BC0\u0B9F\u0BC1",iban:"IBAN",jwt:"JWT",template_literal:"input"},o={nan:"NaN",number:"\u0B8E\u0BA3\u0BCD",array:"\u0B85\u0BA3\u0BBF",null:"\u0BB5\u0BC6\u0BB1\u0BC1\u0BAE\u0BC8"};return n=>{switch(n.code){case"invalid_type":{let i=o[n.expected]??n.expected,a=z(n.input),s=o[a]??a;return/^[A-Z]/.test(n.expected)?`\u0BA4\u0BB5\u0BB1\u0BBE\u0BA9 \u0B89\u0BB3\u0BCD\u0BB3\u0BC0\u0B9F\u0BC1: \u0B8E\u0BA4\u0BBF\u0BB0\u0BCD\u0BAA\u0BBE\u0BB0\u0BCD\u0B95\u0BCD\u0B95\u0BAA\u0BCD\u0BAA\u0B9F\u0BCD\u0B9F\u0BA4\u0BC1 instanceof ${n.expected}, \u0BAA\u0BC6\u0BB1\u0BAA\u0BCD\u0BAA\u0B9F\u0BCD\u0B9F\u0BA4\u0BC1 ${s}`:`\u0BA4\u0BB5\u0BB1\u0BBE\u0BA9 \u0B89\u0BB3\u0BCD\u0BB3\u0BC0\u0B9F\u0BC1: \u0B8E\u0BA4\u0BBF\u0BB0\u0BCD\u0BAA\u0BBE\u0BB0\u0BCD\u0B95\u0BCD\u0B95\u0BAA\u0BCD\u0BAA\u0B9F\u0BCD\u0B9F\u0BA4\u0BC1 ${i}, \u0BAA\u0BC6\u0BB1\u0BAA\u0BCD\u0BAA\u0B9F\u0BCD\u0B9F\u0BA4\u0BC1 ${s}`}case"invalid_value":return n.values.length===1?`\u0BA4\u0BB5\u0BB1\u0BBE\u0BA9 \u0B89\u0BB3\u0BCD\u0BB3\u0BC0\u0B9F\u0BC1: \u0B8E\u0BA4\u0BBF\u0BB0\u0BCD\u0BAA\u0BBE\u0BB0\u0BCD\u0B95\u0BCD\u0B95\u0BAA\u0BCD\u0BAA\u0B9F\u0BCD\u0B9F\u0BA4\u0BC1 ${D(n.values[0])}`:`\u0BA4\u0BB5\u0BB1\u0BBE\u0BA9 \u0BB5\u0BBF\u0BB0\u0BC1\u0BAA\u0BCD\u0BAA\u0BAE\u0BCD: \u0B8E\u0BA4\u0BBF\u0BB0\u0BCD\u0BAA\u0BBE\u0BB0\u0BCD\u0B95\u0BCD\u0B95\u0BAA\u0BCD\u0BAA\u0B9F\u0BCD\u0B9F\u0BA4\u0BC1 ${$(n.values,"|")} \u0B87\u0BB2\u0BCD \u0B92\u0BA9\u0BCD\u0BB1\u0BC1`;case"too_big":{let i=n.inclusive?"<=":"<",a=t(n.origin);return a?`\u0BAE\u0BBF\u0B95 \u0BAA\u0BC6\u0BB0\u0BBF\u0BAF\u0BA4\u0BC1: \u0B8E\u0BA4\u0BBF\u0BB0\u0BCD\u0BAA\u0BBE\u0BB0\u0BCD\u0B95\u0BCD\u0B95\u0BAA\u0BCD\u0BAA\u0B9F\u0BCD\u0B9F\u0BA4\u0BC1 ${n.origin??"\u0BAE\u0BA4\u0BBF\u0BAA\u0BCD\u0BAA\u0BC1"} ${i}${n.maximum.toString()} ${a.unit??"\u0B89\u0BB1\u0BC1\u0BAA\u0BCD\u0BAA\u0BC1\u0B95\u0BB3\u0BCD"} \u0B86\u0B95 \u0B87\u0BB0\u0BC1\u0B95\u0BCD\u0B95 \u0BB5\u0BC7\u0BA3\u0BCD\u0B9F\u0BC1\u0BAE\u0BCD`:`\u0BAE\u0BBF\u0B95 \u0BAA\u0BC6\u0BB0\u0BBF\u0BAF\u0BA4\u0BC1: \u0B8E\u0BA4\u0BBF\u0BB0\u0BCD\u0BAA\u0BBE\u0BB0\u0BCD\u0B95\u0BCD\u0B95\u0BAA\u0BCD\u0BAA\u0B9F\u0BCD\u0B9F\u0BA4\u0BC1 ${n.origin??"\u0BAE\u0BA4\u0BBF\u0BAA\u0BCD\u0BAA\u0BC1"} ${i}${n.maximum.toString()} \u0B86\u0B95 \u0B87\u0BB0\u0BC1\u0B95\u0BCD\u0B95 \u0BB5\u0BC7\u0BA3\u0BCD\u0B9F\u0BC1\u0BAE\u0BCD`}case"too_small":{let i=n.inclusive?">=":">",a=t(n.origin);return a?`\u0BAE\u0BBF\u0B95\u0B9A\u0BCD \u0B9A\u0BBF\u0BB1\u0BBF\u0BAF\u0BA4\u0BC1: \u0B8E\u0BA4\u0BBF\u0BB0\u0BCD\u0BAA\u0BBE\u0BB0\u0BCD\u0B95\u0BCD\u0B95\u0BAA\u0BCD\u0BAA\u0B9F\u0BCD\u0B9F\u0BA4\u0BC1 ${n.origin} ${i}${n.minimum.toString()} ${a.unit} \u0B86\u0B95 \u0B87\u0BB0\u0BC1\u0B95\u0BCD\u0B95 \u0BB5\u0BC7\u0BA3\u0BCD\u0B9F\u0BC1\u0BAE\u0BCD`:`\u0BAE\u0BBF\u0B95\u0B9A\u0BCD \u0B9A\u0BBF\u0BB1\u0BBF\u0BAF\u0BA4\u0BC1: \u0B8E\u0BA4\u0BBF\u0BB0\u0BCD\u0BAA\u0BBE\u0BB0\u0BCD\u0B95\u0BCD\u0B95\u0BAA\u0BCD\u0BAA\u0B9F\u0BCD\u0B9F\u0BA4\u0BC1 ${n.origin} ${i}${n.minimum.toString()} \u0B86\u0B95 \u0B87\u0BB0\u0BC1\u0B95\u0BCD\u0B95 \u0BB5\u0BC7\u0BA3\u0BCD\u0B9F\u0BC1\u0BAE\u0BCD`}case"invalid_format":{let i=n;return i.format==="starts_with"?`\u0BA4\u0BB5\u0BB1\u0BBE\u0BA9 \u0B9A\u0BB0\u0BAE\u0BCD: "${i.prefix}" \u0B87\u0BB2\u0BCD \u0BA4\u0BCA\u0B9F\u0B99\u0BCD\u0B95 \u0BB5\u0BC7\u0BA3\u0BCD\u0B9F\u0BC1\u0BAE\u0BCD`:i.format==="ends_with"?`\u0BA4\u0BB5\u0BB1\u0BBE\u0BA9 \u0B9A\u0BB0\u0BAE\u0BCD: "${i.suffix}" \u0B87\u0BB2\u0BCD \u0BAE\u0BC1\u0B9F\u0BBF\u0BB5\u0B9F\u0BC8\u0BAF \u0BB5\u0BC7\u0BA3\u0BCD\u0B9F\u0BC1\u0BAE\u0BCD`:i.format==="includes"?`\u0BA4\u0BB5\u0BB1\u0BBE\u0BA9 \u0B9A\u0BB0\u0BAE\u0BCD: "${i.includes}" \u0B90 \u0B89\u0BB3\u0BCD\u0BB3\u0B9F\u0B95\u0BCD\u0B95 \u0BB5\u0BC7\u0BA3\u0BCD\u0B9F\u0BC1\u0BAE\u0BCD`:i.format==="regex"?`\u0BA4\u0BB5\u0BB1\u0BBE\u0BA9 \u0B9A\u0BB0\u0BAE\u0BCD: ${i.pattern} \u0BAE\u0BC1\u0BB1\u0BC8\u0BAA\u0BBE\u0B9F\u0BCD\u0B9F\u0BC1\u0B9F\u0BA9\u0BCD \u0BAA\u0BCA\u0BB0\u0BC1\u0BA8\u0BCD\u0BA4 \u0BB5\u0BC7\u0BA3\u0BCD\u0B9F\u0BC1\u0BAE\u0BCD`:`\u0BA4\u0BB5\u0BB1\u0BBE\u0BA9 ${r[i.format]??n.format}`}case"not_multiple_of":return`\u0BA4\u0BB5\u0BB1\u0BBE\u0BA9 \u0B8E\u0BA3\u0BCD: ${n.divisor} \u0B87\u0BA9\u0BCD \u0BAA\u0BB2\u0BAE\u0BBE\u0B95 \u0B87\u0BB0\u0BC1\u0B95\u0BCD\u0B95 \u0BB5\u0BC7\u0BA3\u0BCD\u0B9F\u0BC1\u0BAE\u0BCD`;case"unrecognized_keys":return`\u0B85\u0B9F\u0BC8\u0BAF\u0BBE\u0BB3\u0BAE\u0BCD \u0BA4\u0BC6\u0BB0\u0BBF\u0BAF\u0BBE\u0BA4 \u0BB5\u0BBF\u0B9A\u0BC8${n.keys.length>1?"\u0B95\u0BB3\u0BCD":""}: ${$(n.keys,", ")}`;case"invalid_key":return`${n.origin} \u0B87\u0BB2\u0BCD \u0BA4\u0BB5\u0BB1\u0BBE\u0BA9 \u0BB5\u0BBF\u0B9A\u0BC8`;case"invalid_union":return"\u0BA4\u0BB5\u0BB1\u0BBE\u0BA9 \u0B89\u0BB3\u0BCD\u0BB3\u0BC0\u0B9F\u0BC1";case"invalid_element":return`${n.origin} \u0B87\u0BB2\u0BCD \u0BA4\u0BB5\u0BB1\u0BBE\u0BA9 \u0BAE\u0BA4\u0BBF\u0BAA\u0BCD\u0BAA\u0BC1`;default:return"\u0BA4\u0BB5\u0BB1\u0BBE\u0BA9 \u0B89\u0BB3\u0BCD\u0BB3\u0BC0\u0B9F\u0BC1"}}};function q0(){return{localeError:B_()}}var V_=()=>{let e={string:{unit:"\u0430\u043B\u043E\u043C\u0430\u0442",verb:"\u0434\u043E\u0448\u0442\u0430 \u0431\u043E\u0448\u0430\u0434"},file:{unit:"\u0431\u0430\u0439\u0442",verb:"\u0434\u043E\u0448\u0442\u0430 \u0431\u043E\u0448\u0430\u0434"},array:{unit:"\u0443\u043D\u0441\u0443\u0440",verb:"\u0434\u043E\u0448\u0442\u0430 \u0431\u043E\u0448\u0430\u0434"},set:{unit:"\u0443\u043D\u0441\u0443\u0440",verb:"\u0434\u043E\u0448\u0442\u0430 \u0431\u043E\u0448\u0430\u0434"},map:{unit:"\u0441\u0430\u0431\u0442",verb:"\u0434\u043E\u0448\u0442\u0430 \u0431\u043E\u0448\u0430\u0434"}};function t(n){return e[n]??null}let r={regex:"\u0432\u0443\u0440\u0443\u0434",email:"\u0441\u0443\u0440\u043E\u0493\u0430\u0438 email",url:"URL",emoji:"\u044D\u043C\u043E\u04B7\u0438",uuid:"UUID",uuidv4:"UUIDv4",uuidv6:"UUIDv6",nanoid:"nanoid",guid:"GUID",cuid:"cuid",cuid2:"cuid2",ulid:"ULID",xid:"XID",ksuid:"KSUID",datetime:"\u0441\u0430\u043D\u0430\u0432\u0443 \u0432\u0430\u049B\u0442\u0438 ISO",date:"\u0441\u0430\u043D\u0430\u0438 ISO",time:"\u0432\u0430\u049B\u0442\u0438 ISO",duration:"\u0434\u0430\u0432\u043E\u043C\u043D\u043E\u043A\u0438\u0438 ISO",ipv4:"\u0441\u0443\u0440\u043E\u0493\u0430\u0438 IPv4",ipv6:"\u0441\u0443\u0440\u043E\u0493\u0430\u0438 IPv6",mac:"\u0441\u0443\u0440\u043E\u0493\u0430\u0438 MAC",cidrv4:"\u043C\u0430\u04B3\u0434\u0443\u0434\u0430\u0438 IPv4",cidrv6:"\u043C\u0430\u04B3\u0434\u0443\u0434\u0430\u0438 IPv6",base64:"\u0441\u0430\u0442\u0440\u0438 \u0434\u0430\u0440 \u0444\u043E\u0440\u043C\u0430\u0442\u0438 base64",base64url:"\u0441\u0430\u0442\u0440\u0438 \u0434\u0430\u0440 \u0444\u043E\u0440\u043C\u0430\u0442\u0438 base64url",json_string:"\u0441\u0430\u0442\u0440\u0438 JSON",e164:"\u0440\u0430\u049B\u0430\u043C\u0438 E.164",credit_card:"\u0440\u0430\u049B\u0430\u043C\u0438 \u043A\u043E\u0440\u0442\u0438 \u043A\u0440\u0435\u0434\u0438\u0442\u04E3",currency_code:"\u0440\u0430\u043C\u0437\u0438 \u0430\u0441\u044A\u043E\u0440",iban:"IBAN",jwt:"JWT",template_literal:"\u0432\u0443\u0440\u0443\u0434"},o={nan:"NaN",number:"\u0440\u0430\u049B\u0430\u043C",string:"\u0441\u0430\u0442\u0440",array:"\u043C\u0430\u0441\u0441\u0438\u0432",object:"\u043E\u0431\u044A\u0435\u043A\u0442",date:"\u0441\u0430\u043D\u0430"};return n=>{switch(n.code){case"invalid_type":{let i=o[n.expected]??n.expected,a=z(n.input),s=o[a]??a;return`\u0412\u0443\u0440\u0443\u0434\u0438 \u043D\u043E\u0434\u0443\u0440\u0443\u0441\u0442: ${i} \u0438\u043D\u0442\u0438\u0437\u043E\u0440 \u043C\u0435\u0440\u0430\u0444\u0442, ${s} \u0433\u0438\u0440\u0438\u0444\u0442\u0430 \u0448\u0443\u0434`}case"invalid_value":return n.values.length===1?`\u0412\u0443\u0440\u0443\u0434\u0438 \u043D\u043E\u0434\u0443\u0440\u0443\u0441\u0442: ${D(n.values[0])} \u0438\u043D\u0442\u0438\u0437\u043E\u0440 \u043C\u0435\u0440\u0430\u0444\u0442`:`\u0418\u043D\u0442\u0438\u0445\u043E\u0431\u0438 \u043D\u043E\u0434\u0443\u0440\u0443\u0441\u0442: \u044F\u043A\u0435 \u0430\u0437 ${$(n.values,"|")} \u0438\u043D\u0442\u0438\u0437\u043E\u0440 \u043C\u0435\u0440\u0430\u0444\u0442`;case"too_big":{let i=n.inclusive?"<=":"<",a=t(n.origin);return a?`\u0425\u0435\u043B\u0435 \u043A\u0430\u043B\u043E\u043D: ${n.origin??"\u049B\u0438\u043C\u0430\u0442"} \u0431\u043E\u044F\u0434 ${i}${n.maximum.toString()} ${a.unit} ${a.verb}`:`\u0425\u0435\u043B\u0435 \u043A\u0430\u043B\u043E\u043D: ${n.origin??"\u049B\u0438\u043C\u0430\u0442"} \u0431\u043E\u044F\u0434 ${i}${n.maximum.toString()} \u0431\u043E\u0448\u0430\u0434`}case"too_small":{let i=n.inclusive?">=":">",a=t(n.origin);return a?`\u0425\u0435\u043B\u0435 \u0445\u0443\u0440\u0434: ${n.origin} \u0431\u043E\u044F\u0434 ${i}${n.minimum.toString()} ${a.unit} ${a.verb}`:`\u0425\u0435\u043B\u0435 \u0445\u0443\u0440\u0434: ${n.origin} \u0431\u043E\u044F\u0434 ${i}${n.minimum.toString()} \u0431\u043E\u0448\u0430\u0434`}case"invalid_format":{let i=n;return i.format==="starts_with"?`\u0421\u0430\u0442\u0440\u0438 \u043D\u043E\u0434\u0443\u0440\u0443\u0441\u0442: \u0431\u043E\u044F\u0434 \u0431\u043E "${i.prefix}" \u043E\u0493\u043E\u0437 \u0448\u0430\u0432\u0430\u0434`:i.format==="ends_with"?`\u0421\u0430\u0442\u0440\u0438 \u043D\u043E\u0434\u0443\u0440\u0443\u0441\u0442: \u0431\u043E\u044F\u0434 \u0431\u043E "${i.suffix}" \u0430\u043D\u04B7\u043E\u043C \u0451\u0431\u0430\u0434`:i.format==="includes"?`\u0421\u0430\u0442\u0440\u0438 \u043D\u043E\u0434\u0443\u0440\u0443\u0441\u0442: \u0431\u043E\u044F\u0434 "${i.includes}"-\u0440\u043E \u0434\u0430\u0440 \u0431\u0430\u0440 \u0433\u0438\u0440\u0430\u0434`:i.format==="regex"?`\u0421\u0430\u0442\u0440\u0438 \u043D\u043E\u0434\u0443\u0440\u0443\u0441\u0442: \u0431\u043E\u044F\u0434 \u0431\u0430 \u043D\u0430\u043C\u0443\u043D\u0430\u0438 ${i.pattern} \u043C\u0443\u0432\u043E\u0444\u0438\u049B\u0430\u0442 \u043A\u0443\u043D\u0430\u0434`:`${r[i.format]??n.format}-\u0438 \u043D\u043E\u0434\u0443\u0440\u0443\u0441\u0442`}case"not_multiple_of":return`\u0420\u0430\u049B\u0430\u043C\u0438 \u043D\u043E\u0434\u0443\u0440\u0443\u0441\u0442: \u0431\u043E\u044F\u0434 \u0431\u0430 ${n.divisor} \u0431\u0435 \u0431\u0430\u049B\u0438\u044F \u0442\u0430\u049B\u0441\u0438\u043C \u0448\u0430\u0432\u0430\u0434`;case"unrecognized_keys":return`\u041A\u0430\u043B\u0438\u0434${n.keys.length>1?"\u04B3\u043E\u0438":"\u0438"} \u043D\u043E\u043C\u0430\u044A\u043B\u0443\u043C: ${$(n.keys,", ")}`;case"invalid_key":return`\u041A\u0430\u043B\u0438\u0434\u0438 \u043D\u043E\u0434\u0443\u0440\u0443\u0441\u0442 \u0434\u0430\u0440 ${n.origin}`;case"invalid_union":return n.options&&Array.isArray(n.options)&&n.options.length>0?`\u049A\u0438\u043C\u0430\u0442\u0438 \u043D\u043E\u0434\u0443\u0440\u0443\u0441\u0442\u0438 \u0434\u0438\u0441\u043A\u0440\u0438\u043C\u0438\u043D\u0430\u0442\u043E\u0440: ${n.options.map(a=>`'${a}'`).join(" | ")} \u0438\u043D\u0442\u0438\u0437\u043E\u0440 \u043C\u0435\u0440\u0430\u0444\u0442`:"\u0412\u0443\u0440\u0443\u0434\u0438 \u043D\u043E\u0434\u0443\u0440\u0443\u0441\u0442";case"invalid_element":return`\u049A\u0438\u043C\u0430\u0442\u0438 \u043D\u043E\u0434\u0443\u0440\u0443\u0441\u0442 \u0434\u0430\u0440 ${n.origin}`;default:return"\u0412\u0443\u0440\u0443\u0434\u0438 \u043D\u043E\u0434\u0443\u0440\u0443\u0441\u0442"}}};function B0(){return{localeError:V_()}}var G_=()=>{let e={string:{unit:"\u0E15\u0E31\u0E27\u0E2D\u0E31\u0E01\u0E29\u0E23",verb:"\u0E04\u0E27\u0E23\u0E21\u0E35"},file:{unit:"\u0E44\u0E1A\u0E15\u0E4C",verb:"\u0E04\u0E27\u0E23\u0E21\u0E35"},array:{unit:"\u0E23\u0E32\u0E22\u0E01\u0E32\u0E23",verb:"\u0E04\u0E27\u0E23\u0E21\u0E35"},set:{unit:"\u0E23\u0E32\u0E22\u0E01\u0E32\u0E23",verb:"\u0E04\u0E27\u0E23\u0E21\u0E35"},map:{unit:"\u0E23\u0E32\u0E22\u0E01\u0E32\u0E23",verb:"\u0E04\u0E27\u0E23\u0E21\u0E35"}};function t(n){return e[n]??null}let r={regex:"\u0E02\u0E49\u0E2D\u0E21\u0E39\u0E25\u0E17\u0E35\u0E48\u0E1B\u0E49\u0E2D\u0E19",email:"\u0E17\u0E35\u0E48\u0E2D\u0E22\u0E39\u0E48\u0E2D\u0E35\u0E40\u0E21\u0E25",url:"URL",emoji:"\u0E2D\u0E34\u0E42\u0E21\u0E08\u0E34",uuid:"UUID",uuidv4:"UUIDv4",uuidv6:"UUIDv6",nanoid:"nanoid",guid:"GUID",cuid:"cuid",cuid2:"cuid2",ulid:"ULID",xid:"XID",ksuid:"KSUID",datetime:"\u0E27\u0E31\u0E19\u0E17\u0E35\u0E48\u0E40\u0E27\u0E25\u0E32\u0E41\u0E1A\u0E1A ISO",date:"\u0E27\u0E31\u0E19\u0E17\u0E35\u0E48\u0E41\u0E1A\u0E1A ISO",time:"\u0E40\u0E27\u0E25\u0E32\u0E41\u0E1A\u0E1A ISO",duration:"\u0E0A\u0E48\u0E27\u0E07\u0E40\u0E27\u0E25\u0E32\u0E41\u0E1A\u0E1A ISO",ipv4:"\u0E17\u0E35\u0E48\u0E2D\u0E22\u0E39\u0E48 IPv4",ipv6:"\u0E17\u0E35\u0E48\u0E2D\u0E22\u0E39\u0E48 IPv6",mac:"\u0E17\u0E35\u0E48\u0E2D\u0E22\u0E39\u0E48 MAC",cidrv4:"\u0E0A\u0E48\u0E27\u0E07 IP \u0E41\u0E1A\u0E1A IPv4",cidrv6:"\u0E0A\u0E48\u0E27\u0E07 IP \u0E41\u0E1A\u0E1A IPv6",base64:"\u0E02\u0E49\u0E2D\u0E04\u0E27\u0E32\u0E21\u0E41\u0E1A\u0E1A Base64",base64url:"\u0E02\u0E49\u0E2D\u0E04\u0E27\u0E32\u0E21\u0E41\u0E1A\u0E1A Base64 \u0E2A\u0E33\u0E2B\u0E23\u0E31\u0E1A URL",json_string:"\u0E02\u0E49\u0E2D\u0E04\u0E27\u0E32\u0E21\u0E41\u0E1A\u0E1A JSON",e164:"\u0E40\u0E1A\u0E2D\u0E23\u0E4C\u0E42\u0E17\u0E23\u0E28\u0E31\u0E1E\u0E17\u0E4C\u0E23\u0E30\u0E2B\u0E27\u0E48\u0E32\u0E07\u0E1B\u0E23\u0E30\u0E40\u0E17\u0E28 (E.164)",credit_card:"\u0E2B\u0E21\u0E32\u0E22\u0E40\u0E25\u0E02\u0E1A\u0E31\u0E15\u0E23\u0E40\u0E04\u0E23\u0E14\u0E34\u0E15",currency_code:"\u0E23\u0E2B\u0E31\u0E2A\u0E2A\u0E01\u0E38\u0E25\u0E40\u0E07\u0E34\u0E19",iban:"IBAN",jwt:"\u0E42\u0E17\u0E40\u0E04\u0E19 JWT",template_literal:"\u0E02\u0E49\u0E2D\u0E21\u0E39\u0E25\u0E17\u0E35\u0E48\u0E1B\u0E49\u0E2D\u0E19"},o={nan:"NaN",number:"\u0E15\u0E31\u0E27\u0E40\u0E25\u0E02",array:"\u0E2D\u0E32\u0E23\u0E4C\u0E40\u0E23\u0E22\u0E4C (Array)",null:"\u0E44\u0E21\u0E48\u0E21\u0E35\u0E04\u0E48\u0E32 (null)"};return n=>{switch(n.code){case"invalid_type":{let i=o[n.expected]??n.expected,a=z(n.input),s=o[a]??a;return/^[A-Z]/.test(n.expected)?`\u0E1B\u0E23\u0E30\u0E40\u0E20\u0E17\u0E02\u0E49\u0E2D\u0E21\u0E39\u0E25\u0E44\u0E21\u0E48\u0E16\u0E39\u0E01\u0E15\u0E49\u0E2D\u0E07: \u0E04\u0E27\u0E23\u0E40\u0E1B\u0E47\u0E19 instanceof ${n.expected} \u0E41\u0E15\u0E48\u0E44\u0E14\u0E49\u0E23\u0E31\u0E1A ${s}`:`\u0E1B\u0E23\u0E30\u0E40\u0E20\u0E17\u0E02\u0E49\u0E2D\u0E21\u0E39\u0E25\u0E44\u0E21\u0E48\u0E16\u0E39\u0E01\u0E15\u0E49\u0E2D\u0E07: \u0E04\u0E27\u0E23\u0E40\u0E1B\u0E47\u0E19 ${i} \u0E41\u0E15\u0E48\u0E44\u0E14\u0E49\u0E23\u0E31\u0E1A ${s}`}case"invalid_value":return n.values.length===1?`\u0E04\u0E48\u0E32\u0E44\u0E21\u0E48\u0E16\u0E39\u0E01\u0E15\u0E49\u0E2D\u0E07: \u0E04\u0E27\u0E23\u0E40\u0E1B\u0E47\u0E19 ${D(n.values[0])}`:`\u0E15\u0E31\u0E27\u0E40\u0E25\u0E37\u0E2D\u0E01\u0E44\u0E21\u0E48\u0E16\u0E39\u0E01\u0E15\u0E49\u0E2D\u0E07: \u0E04\u0E27\u0E23\u0E40\u0E1B\u0E47\u0E19\u0E2B\u0E19\u0E36\u0E48\u0E07\u0E43\u0E19 ${$(n.values,"|")}`;case"too_big":{let i=n.inclusive?"\u0E44\u0E21\u0E48\u0E40\u0E01\u0E34\u0E19":"\u0E19\u0E49\u0E2D\u0E22\u0E01\u0E27\u0E48\u0E32",a=t(n.origin);return a?`\u0E40\u0E01\u0E34\u0E19\u0E01\u0E33\u0E2B\u0E19\u0E14: ${n.origin??"\u0E04\u0E48\u0E32"} \u0E04\u0E27\u0E23\u0E21\u0E35${i} ${n.maximum.toString()} ${a.unit??"\u0E23\u0E32\u0E22\u0E01\u0E32\u0E23"}`:`\u0E40\u0E01\u0E34\u0E19\u0E01\u0E33\u0E2B\u0E19\u0E14: ${n.origin??"\u0E04\u0E48\u0E32"} \u0E04\u0E27\u0E23\u0E21\u0E35${i} ${n.maximum.toString()}`}case"too_small":{let i=n.inclusive?"\u0E2D\u0E22\u0E48\u0E32\u0E07\u0E19\u0E49\u0E2D\u0E22":"\u0E21\u0E32\u0E01\u0E01\u0E27\u0E48\u0E32",a=t(n.origin);return a?`\u0E19\u0E49\u0E2D\u0E22\u0E01\u0E27\u0E48\u0E32\u0E01\u0E33\u0E2B\u0E19\u0E14: ${n.origin} \u0E04\u0E27\u0E23\u0E21\u0E35${i} ${n.minimum.toString()} ${a.unit}`:`\u0E19\u0E49\u0E2D\u0E22\u0E01\u0E27\u0E48\u0E32\u0E01\u0E33\u0E2B\u0E19\u0E14: ${n.origin} \u0E04\u0E27\u0E23\u0E21\u0E35${i} ${n.minimum.toString()}`}case"invalid_format":{let i=n;return i.format==="starts_with"?`\u0E23\u0E39\u0E1B\u0E41\u0E1A\u0E1A\u0E44\u0E21\u0E48\u0E16\u0E39\u0E01\u0E15\u0E49\u0E2D\u0E07: \u0E02\u0E49\u0E2D\u0E04\u0E27\u0E32\u0E21\u0E15\u0E49\u0E2D\u0E07\u0E02\u0E36\u0E49\u0E19\u0E15\u0E49\u0E19\u0E14\u0E49\u0E27\u0E22 "${i.prefix}"`:i.format==="ends_with"?`\u0E23\u0E39\u0E1B\u0E41\u0E1A\u0E1A\u0E44\u0E21\u0E48\u0E16\u0E39\u0E01\u0E15\u0E49\u0E2D\u0E07: \u0E02\u0E49\u0E2D\u0E04\u0E27\u0E32\u0E21\u0E15\u0E49\u0E2D\u0E07\u0E25\u0E07\u0E17\u0E49\u0E32\u0E22\u0E14\u0E49\u0E27\u0E22 "${i.suffix}"`:i.format==="includes"?`\u0E23\u0E39\u0E1B\u0E41\u0E1A\u0E1A\u0E44\u0E21\u0E48\u0E16\u0E39\u0E01\u0E15\u0E49\u0E2D\u0E07: \u0E02\u0E49\u0E2D\u0E04\u0E27\u0E32\u0E21\u0E15\u0E49\u0E2D\u0E07\u0E21\u0E35 "${i.includes}" \u0E2D\u0E22\u0E39\u0E48\u0E43\u0E19\u0E02\u0E49\u0E2D\u0E04\u0E27\u0E32\u0E21`:i.format==="regex"?`\u0E23\u0E39\u0E1B\u0E41\u0E1A\u0E1A\u0E44\u0E21\u0E48\u0E16\u0E39\u0E01\u0E15\u0E49\u0E2D\u0E07: \u0E15\u0E49\u0E2D\u0E07\u0E15\u0E23\u0E07\u0E01\u0E31\u0E1A\u0E23\u0E39\u0E1B\u0E41\u0E1A\u0E1A\u0E17\u0E35\u0E48\u0E01\u0E33\u0E2B\u0E19\u0E14 ${i.pattern}`:`\u0E23\u0E39\u0E1B\u0E41\u0E1A\u0E1A\u0E44\u0E21\u0E48\u0E16\u0E39\u0E01\u0E15\u0E49\u0E2D\u0E07: ${r[i.format]??n.format}`}case"not_multiple_of":return`\u0E15\u0E31\u0E27\u0E40\u0E25\u0E02\u0E44\u0E21\u0E48\u0E16\u0E39\u0E01\u0E15\u0E49\u0E2D\u0E07: \u0E15\u0E49\u0E2D\u0E07\u0E40\u0E1B\u0E47\u0E19\u0E08\u0E33\u0E19\u0E27\u0E19\u0E17\u0E35\u0E48\u0E2B\u0E32\u0E23\u0E14\u0E49\u0E27\u0E22 ${n.divisor} \u0E44\u0E14\u0E49\u0E25\u0E07\u0E15\u0E31\u0E27`;case"unrecognized_keys":return`\u0E1E\u0E1A\u0E04\u0E35\u0E22\u0E4C\u0E17\u0E35\u0E48\u0E44\u0E21\u0E48\u0E23\u0E39\u0E49\u0E08\u0E31\u0E01: ${$(n.keys,", ")}`;case"invalid_key":return`\u0E04\u0E35\u0E22\u0E4C\u0E44\u0E21\u0E48\u0E16\u0E39\u0E01\u0E15\u0E49\u0E2D\u0E07\u0E43\u0E19 ${n.origin}`;case"invalid_union":return"\u0E02\u0E49\u0E2D\u0E21\u0E39\u0E25\u0E44\u0E21\u0E48\u0E16\u0E39\u0E01\u0E15\u0E49\u0E2D\u0E07: \u0E44\u0E21\u0E48\u0E15\u0E23\u0E07\u0E01\u0E31\u0E1A\u0E23\u0E39\u0E1B\u0E41\u0E1A\u0E1A\u0E22\u0E39\u0E40\u0E19\u0E35\u0E22\u0E19\u0E17\u0E35\u0E48\u0E01\u0E33\u0E2B\u0E19\u0E14\u0E44\u0E27\u0E49";case"invalid_element":return`\u0E02\u0E49\u0E2D\u0E21\u0E39\u0E25\u0E44\u0E21\u0E48\u0E16\u0E39\u0E01\u0E15\u0E49\u0E2D\u0E07\u0E43\u0E19 ${n.origin}`;default:return"\u0E02\u0E49\u0E2D\u0E21\u0E39\u0E25\u0E44\u0E21\u0E48\u0E16\u0E39\u0E01\u0E15\u0E49\u0E2D\u0E07"}}};function V0(){return{localeError:G_()}}var K_=()=>{let e={string:{unit:"simwol",verb:"bolmaly"},file:{unit:"ba\xFDt",verb:"bolmaly"},array:{unit:"elementler",verb:"bolmaly"},set:{unit:"elementler",verb:"bolmaly"},map:{unit:"elementler",verb:"bolmaly"}};function t(n){return e[n]??null}let r={regex:"giri\u015F",email:"e-po\xE7ta salgysy",url:"URL",emoji:"emoji",uuid:"UUID",uuidv4:"UUIDv4",uuidv6:"UUIDv6",nanoid:"nanoid",guid:"GUID",cuid:"cuid",cuid2:"cuid2",ulid:"ULID",xid:"XID",ksuid:"KSUID",datetime:"ISO sene we wagt",date:"ISO sene",time:"ISO wagt",duration:"ISO wagt aralygy",ipv4:"IPv4 salgysy",ipv6:"IPv6 salgysy",mac:"MAC salgysy",cidrv4:"IPv4 aralygy",cidrv6:"IPv6 aralygy",base64:"base64 bilen \u015Fifrlenen setir",base64url:"base64url bilen \u015Fifrlenen setir",json_string:"JSON setiri",e164:"E.164 nomeri",credit_card:"kredit kartyny\u0148 nomeri",currency_code:"wal\xFDuta kody",iban:"IBAN",jwt:"JWT",template_literal:"\u015Fablon"},o={nan:"NaN"};return n=>{switch(n.code){case"invalid_type":{let i=o[n.expected]??n.expected,a=z(n.input),s=o[a]??a;return`N\xE4dogry baha: gara\u015Fylan ${i} \xFDerine ${s} alyndy`}case"invalid_value":return n.values.length===1?`N\xE4dogry baha: ${D(n.values[0])} bolmaly`:`N\xE4dogry sa\xFDlaw: a\u015Fakdakylardan biri bolmaly: ${$(n.values,"|")}`;case"too_big":{let i=n.inclusive?"<=":"<",a=t(n.origin);return a?`Has uly: gara\u015Fyl\xFDan ${n.origin??"baha"} ${i} ${n.maximum.toString()} ${a.unit??"element"}`:`Has uly: gara\u015Fyl\xFDan ${n.origin??"baha"} ${i} ${n.maximum.toString()}`}case"too_small":{let i=n.inclusive?">=":">",a=t(n.origin);return a?`Has ki\xE7i: gara\u015Fyl\xFDan ${n.origin} ${i} ${n.minimum.toString()} ${a.unit}`:`Has ki\xE7i: gara\u015Fyl\xFDan ${n.origin} ${i} ${n.minimum.toString()}`}case"invalid_format":{let i=n;return i.format==="starts_with"?`N\xE4dogry setir: "${i.prefix}" bilen ba\u015Flamaly`:i.format==="ends_with"?`N\xE4dogry setir: "${i.suffix}" bilen gutarmaly`:i.format==="includes"?`N\xE4dogry setir: "${i.includes}" saklamaly`:i.format==="regex"?`N\xE4dogry setir: ${i.pattern} nusga la\xFDyk bolmaly`:`N\xE4dogry ${r[i.format]??n.format}`}case"not_multiple_of":return`N\xE4dogry san: ${n.divisor} bilen galyndysyz b\xF6l\xFCnmeli`;case"unrecognized_keys":return`Tanalma\xFDan a\xE7ar${n.keys.length>1?"lar":""}: ${$(n.keys,", ")}`;case"invalid_key":return`${n.origin} i\xE7inde n\xE4dogry a\xE7ar`;case"invalid_union":return"N\xE4dogry baha";case"invalid_element":return`${n.origin} i\xE7inde n\xE4dogry baha`;default:return"N\xE4dogry baha"}}};function G0(){return{localeError:K_()}}var H_=()=>{let e={string:{unit:"karakter",verb:"olmal\u0131"},file:{unit:"bayt",verb:"olmal\u0131"},array:{unit:"\xF6\u011Fe",verb:"olmal\u0131"},set:{unit:"\xF6\u011Fe",verb:"olmal\u0131"},map:{unit:"\xF6\u011Fe",verb:"olmal\u0131"}};function t(n){return e[n]??null}let r={regex:"girdi",email:"e-posta adresi",url:"URL",emoji:"emoji",uuid:"UUID",uuidv4:"UUIDv4",uuidv6:"UUIDv6",nanoid:"nanoid",guid:"GUID",cuid:"cuid",cuid2:"cuid2",ulid:"ULID",xid:"XID",ksuid:"KSUID",datetime:"ISO tarih ve saat",date:"ISO tarih",time:"ISO saat",duration:"ISO s\xFCre",ipv4:"IPv4 adresi",ipv6:"IPv6 adresi",mac:"MAC adresi",cidrv4:"IPv4 aral\u0131\u011F\u0131",cidrv6:"IPv6 aral\u0131\u011F\u0131",base64:"base64 ile \u015Fifrelenmi\u015F metin",base64url:"base64url ile \u015Fifrelenmi\u015F metin",json_string:"JSON dizesi",e164:"E.164 say\u0131s\u0131",credit_card:"kredi kart\u0131 numaras\u0131",currency_code:"para birimi kodu",iban:"IBAN",jwt:"JWT",template_literal:"\u015Eablon dizesi"},o={nan:"NaN"};return n=>{switch(n.code){case"invalid_type":{let i=o[n.expected]??n.expected,a=z(n.input),s=o[a]??a;return/^[A-Z]/.test(n.expected)?`Ge\xE7ersiz de\u011Fer: beklenen instanceof ${n.expected}, al\u0131nan ${s}`:`Ge\xE7ersiz de\u011Fer: beklenen ${i}, al\u0131nan ${s}`}case"invalid_value":return n.values.length===1?`Ge\xE7ersiz de\u011Fer: beklenen ${D(n.values[0])}`:`Ge\xE7ersiz se\xE7enek: a\u015Fa\u011F\u0131dakilerden biri olmal\u0131: ${$(n.values,"|")}`;case"too_big":{let i=n.inclusive?"<=":"<",a=t(n.origin);return a?`\xC7ok b\xFCy\xFCk: beklenen ${n.origin??"de\u011Fer"} ${i}${n.maximum.toString()} ${a.unit??"\xF6\u011Fe"}`:`\xC7ok b\xFCy\xFCk: beklenen ${n.origin??"de\u011Fer"} ${i}${n.maximum.toString()}`}case"too_small":{let i=n.inclusive?">=":">",a=t(n.origin);return a?`\xC7ok k\xFC\xE7\xFCk: beklenen ${n.origin} ${i}${n.minimum.toString()} ${a.unit}`:`\xC7ok k\xFC\xE7\xFCk: beklenen ${n.origin} ${i}${n.minimum.toString()}`}case"invalid_format":{let i=n;return i.format==="starts_with"?`Ge\xE7ersiz metin: "${i.prefix}" ile ba\u015Flamal\u0131`:i.format==="ends_with"?`Ge\xE7ersiz metin: "${i.suffix}" ile bitmeli`:i.format==="includes"?`Ge\xE7ersiz metin: "${i.includes}" i\xE7ermeli`:i.format==="regex"?`Ge\xE7ersiz metin: ${i.pattern} desenine uymal\u0131`:`Ge\xE7ersiz ${r[i.format]??n.format}`}case"not_multiple_of":return`Ge\xE7ersiz say\u0131: ${n.divisor} ile tam b\xF6l\xFCnebilmeli`;case"unrecognized_keys":return`Tan\u0131nmayan anahtar${n.keys.length>1?"lar":""}: ${$(n.keys,", ")}`;case"invalid_key":return`${n.origin} i\xE7inde ge\xE7ersiz anahtar`;case"invalid_union":return"Ge\xE7ersiz de\u011Fer";case"invalid_element":return`${n.origin} i\xE7inde ge\xE7ersiz de\u011Fer`;default:return"Ge\xE7ersiz de\u011Fer"}}};function K0(){return{localeError:H_()}}var W_=()=>{let e={string:{unit:"\u0441\u0438\u043C\u0432\u043E\u043B\u0456\u0432",verb:"\u043C\u0430\u0442\u0438\u043C\u0435"},file:{unit:"\u0431\u0430\u0439\u0442\u0456\u0432",verb:"\u043C\u0430\u0442\u0438\u043C\u0435"},array:{unit:"\u0435\u043B\u0435\u043C\u0435\u043D\u0442\u0456\u0432",verb:"\u043C\u0430\u0442\u0438\u043C\u0435"},set:{unit:"\u0435\u043B\u0435\u043C\u0435\u043D\u0442\u0456\u0432",verb:"\u043C\u0430\u0442\u0438\u043C\u0435"},map:{unit:"\u0435\u043B\u0435\u043C\u0435\u043D\u0442\u0456\u0432",verb:"\u043C\u0430\u0442\u0438\u043C\u0435"}};function t(n){return e[n]??null}let r={regex:"\u0432\u0445\u0456\u0434\u043D\u0456 \u0434\u0430\u043D\u0456",email:"\u0430\u0434\u0440\u0435\u0441\u0430 \u0435\u043B\u0435\u043A\u0442\u0440\u043E\u043D\u043D\u043E\u0457 \u043F\u043E\u0448\u0442\u0438",url:"URL",emoji:"\u0435\u043C\u043E\u0434\u0437\u0456",uuid:"UUID",uuidv4:"UUIDv4",uuidv6:"UUIDv6",nanoid:"nanoid",guid:"GUID",cuid:"cuid",cuid2:"cuid2",ulid:"ULID",xid:"XID",ksuid:"KSUID",datetime:"\u0434\u0430\u0442\u0430 \u0442\u0430 \u0447\u0430\u0441 ISO",date:"\u0434\u0430\u0442\u0430 ISO",time:"\u0447\u0430\u0441 ISO",duration:"\u0442\u0440\u0438\u0432\u0430\u043B\u0456\u0441\u0442\u044C ISO",ipv4:"\u0430\u0434\u0440\u0435\u0441\u0430 IPv4",ipv6:"\u0430\u0434\u0440\u0435\u0441\u0430 IPv6",mac:"\u0430\u0434\u0440\u0435\u0441\u0430 MAC",cidrv4:"\u0434\u0456\u0430\u043F\u0430\u0437\u043E\u043D IPv4",cidrv6:"\u0434\u0456\u0430\u043F\u0430\u0437\u043E\u043D IPv6",base64:"\u0440\u044F\u0434\u043E\u043A \u0443 \u043A\u043E\u0434\u0443\u0432\u0430\u043D\u043D\u0456 base64",base64url:"\u0440\u044F\u0434\u043E\u043A \u0443 \u043A\u043E\u0434\u0443\u0432\u0430\u043D\u043D\u0456 base64url",json_string:"\u0440\u044F\u0434\u043E\u043A JSON",e164:"\u043D\u043E\u043C\u0435\u0440 E.164",credit_card:"\u043D\u043E\u043C\u0435\u0440 \u043A\u0440\u0435\u0434\u0438\u0442\u043D\u043E\u0457 \u043A\u0430\u0440\u0442\u043A\u0438",currency_code:"\u043A\u043E\u0434 \u0432\u0430\u043B\u044E\u0442\u0438",iban:"IBAN",jwt:"JWT",template_literal:"\u0432\u0445\u0456\u0434\u043D\u0456 \u0434\u0430\u043D\u0456"},o={nan:"NaN",number:"\u0447\u0438\u0441\u043B\u043E",array:"\u043C\u0430\u0441\u0438\u0432"};return n=>{switch(n.code){case"invalid_type":{let i=o[n.expected]??n.expected,a=z(n.input),s=o[a]??a;return/^[A-Z]/.test(n.expected)?`\u041D\u0435\u043F\u0440\u0430\u0432\u0438\u043B\u044C\u043D\u0456 \u0432\u0445\u0456\u0434\u043D\u0456 \u0434\u0430\u043D\u0456: \u043E\u0447\u0456\u043A\u0443\u0454\u0442\u044C\u0441\u044F instanceof ${n.expected}, \u043E\u0442\u0440\u0438\u043C\u0430\u043D\u043E ${s}`:`\u041D\u0435\u043F\u0440\u0430\u0432\u0438\u043B\u044C\u043D\u0456 \u0432\u0445\u0456\u0434\u043D\u0456 \u0434\u0430\u043D\u0456: \u043E\u0447\u0456\u043A\u0443\u0454\u0442\u044C\u0441\u044F ${i}, \u043E\u0442\u0440\u0438\u043C\u0430\u043D\u043E ${s}`}case"invalid_value":return n.values.length===1?`\u041D\u0435\u043F\u0440\u0430\u0432\u0438\u043B\u044C\u043D\u0456 \u0432\u0445\u0456\u0434\u043D\u0456 \u0434\u0430\u043D\u0456: \u043E\u0447\u0456\u043A\u0443\u0454\u0442\u044C\u0441\u044F ${D(n.values[0])}`:`\u041D\u0435\u043F\u0440\u0430\u0432\u0438\u043B\u044C\u043D\u0430 \u043E\u043F\u0446\u0456\u044F: \u043E\u0447\u0456\u043A\u0443\u0454\u0442\u044C\u0441\u044F \u043E\u0434\u043D\u0435 \u0437 ${$(n.values,"|")}`;case"too_big":{let i=n.inclusive?"<=":"<",a=t(n.origin);return a?`\u0417\u0430\u043D\u0430\u0434\u0442\u043E \u0432\u0435\u043B\u0438\u043A\u0435: \u043E\u0447\u0456\u043A\u0443\u0454\u0442\u044C\u0441\u044F, \u0449\u043E ${n.origin??"\u0437\u043D\u0430\u0447\u0435\u043D\u043D\u044F"} ${a.verb} ${i}${n.maximum.toString()} ${a.unit??"\u0435\u043B\u0435\u043C\u0435\u043D\u0442\u0456\u0432"}`:`\u0417\u0430\u043D\u0430\u0434\u0442\u043E \u0432\u0435\u043B\u0438\u043A\u0435: \u043E\u0447\u0456\u043A\u0443\u0454\u0442\u044C\u0441\u044F, \u0449\u043E ${n.origin??"\u0437\u043D\u0430\u0447\u0435\u043D\u043D\u044F"} \u0431\u0443\u0434\u0435 ${i}${n.maximum.toString()}`}case"too_small":{let i=n.inclusive?">=":">",a=t(n.origin);return a?`\u0417\u0430\u043D\u0430\u0434\u0442\u043E \u043C\u0430\u043B\u0435: \u043E\u0447\u0456\u043A\u0443\u0454\u0442\u044C\u0441\u044F, \u0449\u043E ${n.origin} ${a.verb} ${i}${n.minimum.toString()} ${a.unit}`:`\u0417\u0430\u043D\u0430\u0434\u0442\u043E \u043C\u0430\u043B\u0435: \u043E\u0447\u0456\u043A\u0443\u0454\u0442\u044C\u0441\u044F, \u0449\u043E ${n.origin} \u0431\u0443\u0434\u0435 ${i}${n.minimum.toString()}`}case"invalid_format":{let i=n;return i.format==="starts_with"?`\u041D\u0435\u043F\u0440\u0430\u0432\u0438\u043B\u044C\u043D\u0438\u0439 \u0440\u044F\u0434\u043E\u043A: \u043F\u043E\u0432\u0438\u043D\u0435\u043D \u043F\u043E\u0447\u0438\u043D\u0430\u0442\u0438\u0441\u044F \u0437 "${i.prefix}"`:i.format==="ends_with"?`\u041D\u0435\u043F\u0440\u0430\u0432\u0438\u043B\u044C\u043D\u0438\u0439 \u0440\u044F\u0434\u043E\u043A: \u043F\u043E\u0432\u0438\u043D\u0435\u043D \u0437\u0430\u043A\u0456\u043D\u0447\u0443\u0432\u0430\u0442\u0438\u0441\u044F \u043D\u0430 "${i.suffix}"`:i.format==="includes"?`\u041D\u0435\u043F\u0440\u0430\u0432\u0438\u043B\u044C\u043D\u0438\u0439 \u0440\u044F\u0434\u043E\u043A: \u043F\u043E\u0432\u0438\u043D\u0435\u043D \u043C\u0456\u0441\u0442\u0438\u0442\u0438 "${i.includes}"`:i.format==="regex"?`\u041D\u0435\u043F\u0440\u0430\u0432\u0438\u043B\u044C\u043D\u0438\u0439 \u0440\u044F\u0434\u043E\u043A: \u043F\u043E\u0432\u0438\u043D\u0435\u043D \u0432\u0456\u0434\u043F\u043E\u0432\u0456\u0434\u0430\u0442\u0438 \u0448\u0430\u0431\u043B\u043E\u043D\u0443 ${i.pattern}`:`\u041D\u0435\u043F\u0440\u0430\u0432\u0438\u043B\u044C\u043D\u0438\u0439 ${r[i.format]??n.format}`}case"not_multiple_of":return`\u041D\u0435\u043F\u0440\u0430\u0432\u0438\u043B\u044C\u043D\u0435 \u0447\u0438\u0441\u043B\u043E: \u043F\u043E\u0432\u0438\u043D\u043D\u043E \u0431\u0443\u0442\u0438 \u043A\u0440\u0430\u0442\u043D\u0438\u043C ${n.divisor}`;case"unrecognized_keys":return`\u041D\u0435\u0440\u043E\u0437\u043F\u0456\u0437\u043D\u0430\u043D\u0438\u0439 \u043A\u043B\u044E\u0447${n.keys.length>1?"\u0456":""}: ${$(n.keys,", ")}`;case"invalid_key":return`\u041D\u0435\u043F\u0440\u0430\u0432\u0438\u043B\u044C\u043D\u0438\u0439 \u043A\u043B\u044E\u0447 \u0443 ${n.origin}`;case"invalid_union":return"\u041D\u0435\u043F\u0440\u0430\u0432\u0438\u043B\u044C\u043D\u0456 \u0432\u0445\u0456\u0434\u043D\u0456 \u0434\u0430\u043D\u0456";case"invalid_element":return`\u041D\u0435\u043F\u0440\u0430\u0432\u0438\u043B\u044C\u043D\u0435 \u0437\u043D\u0430\u0447\u0435\u043D\u043D\u044F \u0443 ${n.origin}`;default:return"\u041D\u0435\u043F\u0440\u0430\u0432\u0438\u043B\u044C\u043D\u0456 \u0432\u0445\u0456\u0434\u043D\u0456 \u0434\u0430\u043D\u0456"}}};function Da(){return{localeError:W_()}}function H0(){return Da()}var J_=()=>{let e={string:{unit:"\u062D\u0631\u0648\u0641",verb:"\u06C1\u0648\u0646\u0627"},file:{unit:"\u0628\u0627\u0626\u0679\u0633",verb:"\u06C1\u0648\u0646\u0627"},array:{unit:"\u0622\u0626\u0679\u0645\u0632",verb:"\u06C1\u0648\u0646\u0627"},set:{unit:"\u0622\u0626\u0679\u0645\u0632",verb:"\u06C1\u0648\u0646\u0627"},map:{unit:"\u0622\u0626\u0679\u0645\u0632",verb:"\u06C1\u0648\u0646\u0627"}};function t(n){return e[n]??null}let r={regex:"\u0627\u0646 \u067E\u0679",email:"\u0627\u06CC \u0645\u06CC\u0644 \u0627\u06CC\u0688\u0631\u06CC\u0633",url:"\u06CC\u0648 \u0622\u0631 \u0627\u06CC\u0644",emoji:"\u0627\u06CC\u0645\u0648\u062C\u06CC",uuid:"\u06CC\u0648 \u06CC\u0648 \u0622\u0626\u06CC \u0688\u06CC",uuidv4:"\u06CC\u0648 \u06CC\u0648 \u0622\u0626\u06CC \u0688\u06CC \u0648\u06CC 4",uuidv6:"\u06CC\u0648 \u06CC\u0648 \u0622\u0626\u06CC \u0688\u06CC \u0648\u06CC 6",nanoid:"\u0646\u06CC\u0646\u0648 \u0622\u0626\u06CC \u0688\u06CC",guid:"\u062C\u06CC \u06CC\u0648 \u0622\u0626\u06CC \u0688\u06CC",cuid:"\u0633\u06CC \u06CC\u0648 \u0622\u0626\u06CC \u0688\u06CC",cuid2:"\u0633\u06CC \u06CC\u0648 \u0622\u0626\u06CC \u0688\u06CC 2",ulid:"\u06CC\u0648 \u0627\u06CC\u0644 \u0622\u0626\u06CC \u0688\u06CC",xid:"\u0627\u06CC\u06A9\u0633 \u0622\u0626\u06CC \u0688\u06CC",ksuid:"\u06A9\u06D2 \u0627\u06CC\u0633 \u06CC\u0648 \u0622\u0626\u06CC \u0688\u06CC",datetime:"\u0622\u0626\u06CC \u0627\u06CC\u0633 \u0627\u0648 \u0688\u06CC\u0679 \u0679\u0627\u0626\u0645",date:"\u0622\u0626\u06CC \u0627\u06CC\u0633 \u0627\u0648 \u062A\u0627\u0631\u06CC\u062E",time:"\u0622\u0626\u06CC \u0627\u06CC\u0633 \u0627\u0648 \u0648\u0642\u062A",duration:"\u0622\u0626\u06CC \u0627\u06CC\u0633 \u0627\u0648 \u0645\u062F\u062A",ipv4:"\u0622\u0626\u06CC \u067E\u06CC \u0648\u06CC 4 \u0627\u06CC\u0688\u0631\u06CC\u0633",ipv6:"\u0622\u0626\u06CC \u067E\u06CC \u0648\u06CC 6 \u0627\u06CC\u0688\u0631\u06CC\u0633",mac:"\u0627\u06CC\u0645 \u0627\u06D2 \u0633\u06CC \u0627\u06CC\u0688\u0631\u06CC\u0633",cidrv4:"\u0622\u0626\u06CC \u067E\u06CC \u0648\u06CC 4 \u0631\u06CC\u0646\u062C",cidrv6:"\u0622\u0626\u06CC \u067E\u06CC \u0648\u06CC 6 \u0631\u06CC\u0646\u062C",base64:"\u0628\u06CC\u0633 64 \u0627\u0646 \u06A9\u0648\u0688\u0688 \u0633\u0679\u0631\u0646\u06AF",base64url:"\u0628\u06CC\u0633 64 \u06CC\u0648 \u0622\u0631 \u0627\u06CC\u0644 \u0627\u0646 \u06A9\u0648\u0688\u0688 \u0633\u0679\u0631\u0646\u06AF",json_string:"\u062C\u06D2 \u0627\u06CC\u0633 \u0627\u0648 \u0627\u06CC\u0646 \u0633\u0679\u0631\u0646\u06AF",e164:"\u0627\u06CC 164 \u0646\u0645\u0628\u0631",credit_card:"\u06A9\u0631\u06CC\u0688\u0679 \u06A9\u0627\u0631\u0688 \u0646\u0645\u0628\u0631",currency_code:"\u06A9\u0631\u0646\u0633\u06CC \u06A9\u0648\u0688",iban:"IBAN",jwt:"\u062C\u06D2 \u0688\u0628\u0644\u06CC\u0648 \u0679\u06CC",template_literal:"\u0627\u0646 \u067E\u0679"},o={nan:"NaN",number:"\u0646\u0645\u0628\u0631",array:"\u0622\u0631\u06D2",null:"\u0646\u0644"};return n=>{switch(n.code){case"invalid_type":{let i=o[n.expected]??n.expected,a=z(n.input),s=o[a]??a;return/^[A-Z]/.test(n.expected)?`\u063A\u0644\u0637 \u0627\u0646 \u067E\u0679: instanceof ${n.expected} \u0645\u062A\u0648\u0642\u0639 \u062A\u06BE\u0627\u060C ${s} \u0645\u0648\u0635\u0648\u0644 \u06C1\u0648\u0627`:`\u063A\u0644\u0637 \u0627\u0646 \u067E\u0679: ${i} \u0645\u062A\u0648\u0642\u0639 \u062A\u06BE\u0627\u060C ${s} \u0645\u0648\u0635\u0648\u0644 \u06C1\u0648\u0627`}case"invalid_value":return n.values.length===1?`\u063A\u0644\u0637 \u0627\u0646 \u067E\u0679: ${D(n.values[0])} \u0645\u062A\u0648\u0642\u0639 \u062A\u06BE\u0627`:`\u063A\u0644\u0637 \u0622\u067E\u0634\u0646: ${$(n.values,"|")} \u0645\u06CC\u06BA \u0633\u06D2 \u0627\u06CC\u06A9 \u0645\u062A\u0648\u0642\u0639 \u062A\u06BE\u0627`;case"too_big":{let i=n.inclusive?"<=":"<",a=t(n.origin);return a?`\u0628\u06C1\u062A \u0628\u0691\u0627: ${n.origin??"\u0648\u06CC\u0644\u06CC\u0648"} \u06A9\u06D2 ${i}${n.maximum.toString()} ${a.unit??"\u0639\u0646\u0627\u0635\u0631"} \u06C1\u0648\u0646\u06D2 \u0645\u062A\u0648\u0642\u0639 \u062A\u06BE\u06D2`:`\u0628\u06C1\u062A \u0628\u0691\u0627: ${n.origin??"\u0648\u06CC\u0644\u06CC\u0648"} \u06A9\u0627 ${i}${n.maximum.toString()} \u06C1\u0648\u0646\u0627 \u0645\u062A\u0648\u0642\u0639 \u062A\u06BE\u0627`}case"too_small":{let i=n.inclusive?">=":">",a=t(n.origin);return a?`\u0628\u06C1\u062A \u0686\u06BE\u0648\u0679\u0627: ${n.origin} \u06A9\u06D2 ${i}${n.minimum.toString()} ${a.unit} \u06C1\u0648\u0646\u06D2 \u0645\u062A\u0648\u0642\u0639 \u062A\u06BE\u06D2`:`\u0628\u06C1\u062A \u0686\u06BE\u0648\u0679\u0627: ${n.origin} \u06A9\u0627 ${i}${n.minimum.toString()} \u06C1\u0648\u0646\u0627 \u0645\u062A\u0648\u0642\u0639 \u062A\u06BE\u0627`}case"invalid_format":{let i=n;return i.format==="starts_with"?`\u063A\u0644\u0637 \u0633\u0679\u0631\u0646\u06AF: "${i.prefix}" \u0633\u06D2 \u0634\u0631\u0648\u0639 \u06C1\u0648\u0646\u0627 \u0686\u0627\u06C1\u06CC\u06D2`:i.format==="ends_with"?`\u063A\u0644\u0637 \u0633\u0679\u0631\u0646\u06AF: "${i.suffix}" \u067E\u0631 \u062E\u062A\u0645 \u06C1\u0648\u0646\u0627 \u0686\u0627\u06C1\u06CC\u06D2`:i.format==="includes"?`\u063A\u0644\u0637 \u0633\u0679\u0631\u0646\u06AF: "${i.includes}" \u0634\u0627\u0645\u0644 \u06C1\u0648\u0646\u0627 \u0686\u0627\u06C1\u06CC\u06D2`:i.format==="regex"?`\u063A\u0644\u0637 \u0633\u0679\u0631\u0646\u06AF: \u067E\u06CC\u0679\u0631\u0646 ${i.pattern} \u0633\u06D2 \u0645\u06CC\u0686 \u06C1\u0648\u0646\u0627 \u0686\u0627\u06C1\u06CC\u06D2`:`\u063A\u0644\u0637 ${r[i.format]??n.format}`}case"not_multiple_of":return`\u063A\u0644\u0637 \u0646\u0645\u0628\u0631: ${n.divisor} \u06A9\u0627 \u0645\u0636\u0627\u0639\u0641 \u06C1\u0648\u0646\u0627 \u0686\u0627\u06C1\u06CC\u06D2`;case"unrecognized_keys":return`\u063A\u06CC\u0631 \u062A\u0633\u0644\u06CC\u0645 \u0634\u062F\u06C1 \u06A9\u06CC${n.keys.length>1?"\u0632":""}: ${$(n.keys,"\u060C ")}`;case"invalid_key":return`${n.origin} \u0645\u06CC\u06BA \u063A\u0644\u0637 \u06A9\u06CC`;case"invalid_union":return"\u063A\u0644\u0637 \u0627\u0646 \u067E\u0679";case"invalid_element":return`${n.origin} \u0645\u06CC\u06BA \u063A\u0644\u0637 \u0648\u06CC\u0644\u06CC\u0648`;default:return"\u063A\u0644\u0637 \u0627\u0646 \u067E\u0679"}}};function W0(){return{localeError:J_()}}var X_=()=>{let e={string:{unit:"belgi",verb:"bo\u2018lishi kerak"},file:{unit:"bayt",verb:"bo\u2018lishi kerak"},array:{unit:"element",verb:"bo\u2018lishi kerak"},set:{unit:"element",verb:"bo\u2018lishi kerak"},map:{unit:"yozuv",verb:"bo\u2018lishi kerak"}};function t(n){return e[n]??null}let r={regex:"kirish",email:"elektron pochta manzili",url:"URL",emoji:"emoji",uuid:"UUID",uuidv4:"UUIDv4",uuidv6:"UUIDv6",nanoid:"nanoid",guid:"GUID",cuid:"cuid",cuid2:"cuid2",ulid:"ULID",xid:"XID",ksuid:"KSUID",datetime:"ISO sana va vaqti",date:"ISO sana",time:"ISO vaqt",duration:"ISO davomiylik",ipv4:"IPv4 manzil",ipv6:"IPv6 manzil",mac:"MAC manzil",cidrv4:"IPv4 diapazon",cidrv6:"IPv6 diapazon",base64:"base64 kodlangan satr",base64url:"base64url kodlangan satr",json_string:"JSON satr",e164:"E.164 raqam",credit_card:"kredit karta raqami",currency_code:"valyuta kodi",iban:"IBAN",jwt:"JWT",template_literal:"kirish"},o={nan:"NaN",number:"raqam",array:"massiv"};return n=>{switch(n.code){case"invalid_type":{let i=o[n.expected]??n.expected,a=z(n.input),s=o[a]??a;return/^[A-Z]/.test(n.expected)?`Noto\u2018g\u2018ri kirish: kutilgan instanceof ${n.expected}, qabul qilingan ${s}`:`Noto\u2018g\u2018ri kirish: kutilgan ${i}, qabul qilingan ${s}`}case"invalid_value":return n.values.length===1?`Noto\u2018g\u2018ri kirish: kutilgan ${D(n.values[0])}`:`Noto\u2018g\u2018ri variant: quyidagilardan biri kutilgan ${$(n.values,"|")}`;case"too_big":{let i=n.inclusive?"<=":"<",a=t(n.origin);return a?`Juda katta: kutilgan ${n.origin??"qiymat"} ${i}${n.maximum.toString()} ${a.unit} ${a.verb}`:`Juda katta: kutilgan ${n.origin??"qiymat"} ${i}${n.maximum.toString()}`}case"too_small":{let i=n.inclusive?">=":">",a=t(n.origin);return a?`Juda kichik: kutilgan ${n.origin} ${i}${n.minimum.toString()} ${a.unit} ${a.verb}`:`Juda kichik: kutilgan ${n.origin} ${i}${n.minimum.toString()}`}case"invalid_format":{let i=n;return i.format==="starts_with"?`Noto\u2018g\u2018ri satr: "${i.prefix}" bilan boshlanishi kerak`:i.format==="ends_with"?`Noto\u2018g\u2018ri satr: "${i.suffix}" bilan tugashi kerak`:i.format==="includes"?`Noto\u2018g\u2018ri satr: "${i.includes}" ni o\u2018z ichiga olishi kerak`:i.format==="regex"?`Noto\u2018g\u2018ri satr: ${i.pattern} shabloniga mos kelishi kerak`:`Noto\u2018g\u2018ri ${r[i.format]??n.format}`}case"not_multiple_of":return`Noto\u2018g\u2018ri raqam: ${n.divisor} ning karralisi bo\u2018lishi kerak`;case"unrecognized_keys":return`Noma\u2019lum kalit${n.keys.length>1?"lar":""}: ${$(n.keys,", ")}`;case"invalid_key":return`${n.origin} dagi kalit noto\u2018g\u2018ri`;case"invalid_union":return"Noto\u2018g\u2018ri kirish";case"invalid_element":return`${n.origin} da noto\u2018g\u2018ri qiymat`;default:return"Noto\u2018g\u2018ri kirish"}}};function J0(){return{localeError:X_()}}var Y_=()=>{let e={string:{unit:"k\xFD t\u1EF1",verb:"c\xF3"},file:{unit:"byte",verb:"c\xF3"},array:{unit:"ph\u1EA7n t\u1EED",verb:"c\xF3"},set:{unit:"ph\u1EA7n t\u1EED",verb:"c\xF3"},map:{unit:"ph\u1EA7n t\u1EED",verb:"c\xF3"}};function t(n){return e[n]??null}let r={regex:"\u0111\u1EA7u v\xE0o",email:"\u0111\u1ECBa ch\u1EC9 email",url:"URL",emoji:"emoji",uuid:"UUID",uuidv4:"UUIDv4",uuidv6:"UUIDv6",nanoid:"nanoid",guid:"GUID",cuid:"cuid",cuid2:"cuid2",ulid:"ULID",xid:"XID",ksuid:"KSUID",datetime:"ng\xE0y gi\u1EDD ISO",date:"ng\xE0y ISO",time:"gi\u1EDD ISO",duration:"kho\u1EA3ng th\u1EDDi gian ISO",ipv4:"\u0111\u1ECBa ch\u1EC9 IPv4",ipv6:"\u0111\u1ECBa ch\u1EC9 IPv6",mac:"\u0111\u1ECBa ch\u1EC9 MAC",cidrv4:"d\u1EA3i IPv4",cidrv6:"d\u1EA3i IPv6",base64:"chu\u1ED7i m\xE3 h\xF3a base64",base64url:"chu\u1ED7i m\xE3 h\xF3a base64url",json_string:"chu\u1ED7i JSON",e164:"s\u1ED1 E.164",credit_card:"s\u1ED1 th\u1EBB t\xEDn d\u1EE5ng",currency_code:"m\xE3 ti\u1EC1n t\u1EC7",iban:"IBAN",jwt:"JWT",template_literal:"\u0111\u1EA7u v\xE0o"},o={nan:"NaN",number:"s\u1ED1",array:"m\u1EA3ng"};return n=>{switch(n.code){case"invalid_type":{let i=o[n.expected]??n.expected,a=z(n.input),s=o[a]??a;return/^[A-Z]/.test(n.expected)?`\u0110\u1EA7u v\xE0o kh\xF4ng h\u1EE3p l\u1EC7: mong \u0111\u1EE3i instanceof ${n.expected}, nh\u1EADn \u0111\u01B0\u1EE3c ${s}`:`\u0110\u1EA7u v\xE0o kh\xF4ng h\u1EE3p l\u1EC7: mong \u0111\u1EE3i ${i}, nh\u1EADn \u0111\u01B0\u1EE3c ${s}`}case"invalid_value":return n.values.length===1?`\u0110\u1EA7u v\xE0o kh\xF4ng h\u1EE3p l\u1EC7: mong \u0111\u1EE3i ${D(n.values[0])}`:`T\xF9y ch\u1ECDn kh\xF4ng h\u1EE3p l\u1EC7: mong \u0111\u1EE3i m\u1ED9t trong c\xE1c gi\xE1 tr\u1ECB ${$(n.values,"|")}`;case"too_big":{let i=n.inclusive?"<=":"<",a=t(n.origin);return a?`Qu\xE1 l\u1EDBn: mong \u0111\u1EE3i ${n.origin??"gi\xE1 tr\u1ECB"} ${a.verb} ${i}${n.maximum.toString()} ${a.unit??"ph\u1EA7n t\u1EED"}`:`Qu\xE1 l\u1EDBn: mong \u0111\u1EE3i ${n.origin??"gi\xE1 tr\u1ECB"} ${i}${n.maximum.toString()}`}case"too_small":{let i=n.inclusive?">=":">",a=t(n.origin);return a?`Qu\xE1 nh\u1ECF: mong \u0111\u1EE3i ${n.origin} ${a.verb} ${i}${n.minimum.toString()} ${a.unit}`:`Qu\xE1 nh\u1ECF: mong \u0111\u1EE3i ${n.origin} ${i}${n.minimum.toString()}`}case"invalid_format":{let i=n;return i.format==="starts_with"?`Chu\u1ED7i kh\xF4ng h\u1EE3p l\u1EC7: ph\u1EA3i b\u1EAFt \u0111\u1EA7u b\u1EB1ng "${i.prefix}"`:i.format==="ends_with"?`Chu\u1ED7i kh\xF4ng h\u1EE3p l\u1EC7: ph\u1EA3i k\u1EBFt th\xFAc b\u1EB1ng "${i.suffix}"`:i.format==="includes"?`Chu\u1ED7i kh\xF4ng h\u1EE3p l\u1EC7: ph\u1EA3i bao g\u1ED3m "${i.includes}"`:i.format==="regex"?`Chu\u1ED7i kh\xF4ng h\u1EE3p l\u1EC7: ph\u1EA3i kh\u1EDBp v\u1EDBi m\u1EABu ${i.pattern}`:`${r[i.format]??n.format} kh\xF4ng h\u1EE3p l\u1EC7`}case"not_multiple_of":return`S\u1ED1 kh\xF4ng h\u1EE3p l\u1EC7: ph\u1EA3i l\xE0 b\u1ED9i s\u1ED1 c\u1EE7a ${n.divisor}`;case"unrecognized_keys":return`Kh\xF3a kh\xF4ng \u0111\u01B0\u1EE3c nh\u1EADn d\u1EA1ng: ${$(n.keys,", ")}`;case"invalid_key":return`Kh\xF3a kh\xF4ng h\u1EE3p l\u1EC7 trong ${n.origin}`;case"invalid_union":return"\u0110\u1EA7u v\xE0o kh\xF4ng h\u1EE3p l\u1EC7";case"invalid_element":return`Gi\xE1 tr\u1ECB kh\xF4ng h\u1EE3p l\u1EC7 trong ${n.origin}`;default:return"\u0110\u1EA7u v\xE0o kh\xF4ng h\u1EE3p l\u1EC7"}}};function X0(){return{localeError:Y_()}}var Q_=()=>{let e={string:{unit:"\u5B57\u7B26",verb:"\u5305\u542B"},file:{unit:"\u5B57\u8282",verb:"\u5305\u542B"},array:{unit:"\u9879",verb:"\u5305\u542B"},set:{unit:"\u9879",verb:"\u5305\u542B"},map:{unit:"\u9879",verb:"\u5305\u542B"}};function t(n){return e[n]??null}let r={regex:"\u8F93\u5165",email:"\u7535\u5B50\u90AE\u4EF6",url:"URL",emoji:"\u8868\u60C5\u7B26\u53F7",uuid:"UUID",uuidv4:"UUIDv4",uuidv6:"UUIDv6",nanoid:"nanoid",guid:"GUID",cuid:"cuid",cuid2:"cuid2",ulid:"ULID",xid:"XID",ksuid:"KSUID",datetime:"ISO\u65E5\u671F\u65F6\u95F4",date:"ISO\u65E5\u671F",time:"ISO\u65F6\u95F4",duration:"ISO\u65F6\u957F",ipv4:"IPv4\u5730\u5740",ipv6:"IPv6\u5730\u5740",mac:"MAC\u5730\u5740",cidrv4:"IPv4\u7F51\u6BB5",cidrv6:"IPv6\u7F51\u6BB5",base64:"base64\u7F16\u7801\u5B57\u7B26\u4E32",base64url:"base64url\u7F16\u7801\u5B57\u7B26\u4E32",json_string:"JSON\u5B57\u7B26\u4E32",e164:"E.164\u53F7\u7801",credit_card:"\u4FE1\u7528\u5361\u53F7",currency_code:"\u8D27\u5E01\u4EE3\u7801",iban:"IBAN",jwt:"JWT",template_literal:"\u8F93\u5165"},o={nan:"NaN",number:"\u6570\u5B57",array:"\u6570\u7EC4",null:"\u7A7A\u503C(null)"};return n=>{switch(n.code){case"invalid_type":{let i=o[n.expected]??n.expected,a=z(n.input),s=o[a]??a;return/^[A-Z]/.test(n.expected)?`\u65E0\u6548\u8F93\u5165\uFF1A\u671F\u671B instanceof ${n.expected}\uFF0C\u5B9E\u9645\u63A5\u6536 ${s}`:`\u65E0\u6548\u8F93\u5165\uFF1A\u671F\u671B ${i}\uFF0C\u5B9E\u9645\u63A5\u6536 ${s}`}case"invalid_value":return n.values.length===1?`\u65E0\u6548\u8F93\u5165\uFF1A\u671F\u671B ${D(n.values[0])}`:`\u65E0\u6548\u9009\u9879\uFF1A\u671F\u671B\u4EE5\u4E0B\u4E4B\u4E00 ${$(n.values,"|")}`;case"too_big":{let i=n.inclusive?"<=":"<",a=t(n.origin);return a?`\u6570\u503C\u8FC7\u5927\uFF1A\u671F\u671B ${n.origin??"\u503C"} ${i}${n.maximum.toString()} ${a.unit??"\u4E2A\u5143\u7D20"}`:`\u6570\u503C\u8FC7\u5927\uFF1A\u671F\u671B ${n.origin??"\u503C"} ${i}${n.maximum.toString()}`}case"too_small":{let i=n.inclusive?">=":">",a=t(n.origin);return a?`\u6570\u503C\u8FC7\u5C0F\uFF1A\u671F\u671B ${n.origin} ${i}${n.minimum.toString()} ${a.unit}`:`\u6570\u503C\u8FC7\u5C0F\uFF1A\u671F\u671B ${n.origin} ${i}${n.minimum.toString()}`}case"invalid_format":{let i=n;return i.format==="starts_with"?`\u65E0\u6548\u5B57\u7B26\u4E32\uFF1A\u5FC5\u987B\u4EE5 "${i.prefix}" \u5F00\u5934`:i.format==="ends_with"?`\u65E0\u6548\u5B57\u7B26\u4E32\uFF1A\u5FC5\u987B\u4EE5 "${i.suffix}" \u7ED3\u5C3E`:i.format==="includes"?`\u65E0\u6548\u5B57\u7B26\u4E32\uFF1A\u5FC5\u987B\u5305\u542B "${i.includes}"`:i.format==="regex"?`\u65E0\u6548\u5B57\u7B26\u4E32\uFF1A\u5FC5\u987B\u6EE1\u8DB3\u6B63\u5219\u8868\u8FBE\u5F0F ${i.pattern}`:`\u65E0\u6548${r[i.format]??n.format}`}case"not_multiple_of":return`\u65E0\u6548\u6570\u5B57\uFF1A\u5FC5\u987B\u662F ${n.divisor} \u7684\u500D\u6570`;case"unrecognized_keys":return`\u51FA\u73B0\u672A\u77E5\u7684\u952E(key): ${$(n.keys,", ")}`;case"invalid_key":return`${n.origin} \u4E2D\u7684\u952E(key)\u65E0\u6548`;case"invalid_union":return"\u65E0\u6548\u8F93\u5165";case"invalid_element":return`${n.origin} \u4E2D\u5305\u542B\u65E0\u6548\u503C(value)`;default:return"\u65E0\u6548\u8F93\u5165"}}};function Y0(){return{localeError:Q_()}}var eI=()=>{let e={string:{unit:"\u5B57\u5143",verb:"\u64C1\u6709"},file:{unit:"\u4F4D\u5143\u7D44",verb:"\u64C1\u6709"},array:{unit:"\u9805\u76EE",verb:"\u64C1\u6709"},set:{unit:"\u9805\u76EE",verb:"\u64C1\u6709"},map:{unit:"\u9805\u76EE",verb:"\u64C1\u6709"}};function t(n){return e[n]??null}let r={regex:"\u8F38\u5165",email:"\u90F5\u4EF6\u5730\u5740",url:"URL",emoji:"emoji",uuid:"UUID",uuidv4:"UUIDv4",uuidv6:"UUIDv6",nanoid:"nanoid",guid:"GUID",cuid:"cuid",cuid2:"cuid2",ulid:"ULID",xid:"XID",ksuid:"KSUID",datetime:"ISO \u65E5\u671F\u6642\u9593",date:"ISO \u65E5\u671F",time:"ISO \u6642\u9593",duration:"ISO \u671F\u9593",ipv4:"IPv4 \u4F4D\u5740",ipv6:"IPv6 \u4F4D\u5740",mac:"MAC \u4F4D\u5740",cidrv4:"IPv4 \u7BC4\u570D",cidrv6:"IPv6 \u7BC4\u570D",base64:"base64 \u7DE8\u78BC\u5B57\u4E32",base64url:"base64url \u7DE8\u78BC\u5B57\u4E32",json_string:"JSON \u5B57\u4E32",e164:"E.164 \u6578\u503C",credit_card:"\u4FE1\u7528\u5361\u865F",currency_code:"\u8CA8\u5E63\u4EE3\u78BC",iban:"IBAN",jwt:"JWT",template_literal:"\u8F38\u5165"},o={nan:"NaN"};return n=>{switch(n.code){case"invalid_type":{let i=o[n.expected]??n.expected,a=z(n.input),s=o[a]??a;return/^[A-Z]/.test(n.expected)?`\u7121\u6548\u7684\u8F38\u5165\u503C\uFF1A\u9810\u671F\u70BA instanceof ${n.expected}\uFF0C\u4F46\u6536\u5230 ${s}`:`\u7121\u6548\u7684\u8F38\u5165\u503C\uFF1A\u9810\u671F\u70BA ${i}\uFF0C\u4F46\u6536\u5230 ${s}`}case"invalid_value":return n.values.length===1?`\u7121\u6548\u7684\u8F38\u5165\u503C\uFF1A\u9810\u671F\u70BA ${D(n.values[0])}`:`\u7121\u6548\u7684\u9078\u9805\uFF1A\u9810\u671F\u70BA\u4EE5\u4E0B\u5176\u4E2D\u4E4B\u4E00 ${$(n.values,"|")}`;case"too_big":{let i=n.inclusive?"<=":"<",a=t(n.origin);return a?`\u6578\u503C\u904E\u5927\uFF1A\u9810\u671F ${n.origin??"\u503C"} \u61C9\u70BA ${i}${n.maximum.toString()} ${a.unit??"\u500B\u5143\u7D20"}`:`\u6578\u503C\u904E\u5927\uFF1A\u9810\u671F ${n.origin??"\u503C"} \u61C9\u70BA ${i}${n.maximum.toString()}`}case"too_small":{let i=n.inclusive?">=":">",a=t(n.origin);return a?`\u6578\u503C\u904E\u5C0F\uFF1A\u9810\u671F ${n.origin} \u61C9\u70BA ${i}${n.minimum.toString()} ${a.unit}`:`\u6578\u503C\u904E\u5C0F\uFF1A\u9810\u671F ${n.origin} \u61C9\u70BA ${i}${n.minimum.toString()}`}case"invalid_format":{let i=n;return i.format==="starts_with"?`\u7121\u6548\u7684\u5B57\u4E32\uFF1A\u5FC5\u9808\u4EE5 "${i.prefix}" \u958B\u982D`:i.format==="ends_with"?`\u7121\u6548\u7684\u5B57\u4E32\uFF1A\u5FC5\u9808\u4EE5 "${i.suffix}" \u7D50\u5C3E`:i.format==="includes"?`\u7121\u6548\u7684\u5B57\u4E32\uFF1A\u5FC5\u9808\u5305\u542B "${i.includes}"`:i.format==="regex"?`\u7121\u6548\u7684\u5B57\u4E32\uFF1A\u5FC5\u9808\u7B26\u5408\u683C\u5F0F ${i.pattern}`:`\u7121\u6548\u7684 ${r[i.format]??n.format}`}case"not_multiple_of":return`\u7121\u6548\u7684\u6578\u5B57\uFF1A\u5FC5\u9808\u70BA ${n.divisor} \u7684\u500D\u6578`;case"unrecognized_keys":return`\u7121\u6CD5\u8B58\u5225\u7684\u9375\u503C${n.keys.length>1?"\u5011":""}\uFF1A${$(n.keys,"\u3001")}`;case"invalid_key":return`${n.origin} \u4E2D\u6709\u7121\u6548\u7684\u9375\u503C`;case"invalid_union":return"\u7121\u6548\u7684\u8F38\u5165\u503C";case"invalid_element":return`${n.origin} \u4E2D\u6709\u7121\u6548\u7684\u503C`;default:return"\u7121\u6548\u7684\u8F38\u5165\u503C"}}};function Q0(){return{localeError:eI()}}var tI=()=>{let e={string:{unit:"\xE0mi",verb:"n\xED"},file:{unit:"bytes",verb:"n\xED"},array:{unit:"nkan",verb:"n\xED"},set:{unit:"nkan",verb:"n\xED"},map:{unit:"nkan",verb:"n\xED"}};function t(n){return e[n]??null}let r={regex:"\u1EB9\u0300r\u1ECD \xECb\xE1w\u1ECDl\xE9",email:"\xE0d\xEDr\u1EB9\u0301s\xEC \xECm\u1EB9\u0301l\xEC",url:"URL",emoji:"emoji",uuid:"UUID",uuidv4:"UUIDv4",uuidv6:"UUIDv6",nanoid:"nanoid",guid:"GUID",cuid:"cuid",cuid2:"cuid2",ulid:"ULID",xid:"XID",ksuid:"KSUID",datetime:"\xE0k\xF3k\xF2 ISO",date:"\u1ECDj\u1ECD\u0301 ISO",time:"\xE0k\xF3k\xF2 ISO",duration:"\xE0k\xF3k\xF2 t\xF3 p\xE9 ISO",ipv4:"\xE0d\xEDr\u1EB9\u0301s\xEC IPv4",ipv6:"\xE0d\xEDr\u1EB9\u0301s\xEC IPv6",mac:"\xE0d\xEDr\u1EB9\u0301s\xEC MAC",cidrv4:"\xE0gb\xE8gb\xE8 IPv4",cidrv6:"\xE0gb\xE8gb\xE8 IPv6",base64:"\u1ECD\u0300r\u1ECD\u0300 t\xED a k\u1ECD\u0301 n\xED base64",base64url:"\u1ECD\u0300r\u1ECD\u0300 base64url",json_string:"\u1ECD\u0300r\u1ECD\u0300 JSON",e164:"n\u1ECD\u0301mb\xE0 E.164",credit_card:"n\u1ECDmba kaadi gbese",currency_code:"koodu ow\xF3",iban:"IBAN",jwt:"JWT",template_literal:"\u1EB9\u0300r\u1ECD \xECb\xE1w\u1ECDl\xE9"},o={nan:"NaN",number:"n\u1ECD\u0301mb\xE0",array:"akop\u1ECD"};return n=>{switch(n.code){case"invalid_type":{let i=o[n.expected]??n.expected,a=z(n.input),s=o[a]??a;return/^[A-Z]/.test(n.expected)?`\xCCb\xE1w\u1ECDl\xE9 a\u1E63\xEC\u1E63e: a n\xED l\xE1ti fi instanceof ${n.expected}, \xE0m\u1ECD\u0300 a r\xED ${s}`:`\xCCb\xE1w\u1ECDl\xE9 a\u1E63\xEC\u1E63e: a n\xED l\xE1ti fi ${i}, \xE0m\u1ECD\u0300 a r\xED ${s}`}case"invalid_value":return n.values.length===1?`\xCCb\xE1w\u1ECDl\xE9 a\u1E63\xEC\u1E63e: a n\xED l\xE1ti fi ${D(n.values[0])}`:`\xC0\u1E63\xE0y\xE0n a\u1E63\xEC\u1E63e: yan \u1ECD\u0300kan l\xE1ra ${$(n.values,"|")}`;case"too_big":{let i=n.inclusive?"<=":"<",a=t(n.origin);return a?`T\xF3 p\u1ECD\u0300 j\xF9: a n\xED l\xE1ti j\u1EB9\u0301 p\xE9 ${n.origin??"iye"} ${a.verb} ${i}${n.maximum} ${a.unit}`:`T\xF3 p\u1ECD\u0300 j\xF9: a n\xED l\xE1ti j\u1EB9\u0301 ${i}${n.maximum}`}case"too_small":{let i=n.inclusive?">=":">",a=t(n.origin);return a?`K\xE9r\xE9 ju: a n\xED l\xE1ti j\u1EB9\u0301 p\xE9 ${n.origin} ${a.verb} ${i}${n.minimum} ${a.unit}`:`K\xE9r\xE9 ju: a n\xED l\xE1ti j\u1EB9\u0301 ${i}${n.minimum}`}case"invalid_format":{let i=n;return i.format==="starts_with"?`\u1ECC\u0300r\u1ECD\u0300 a\u1E63\xEC\u1E63e: gb\u1ECD\u0301d\u1ECD\u0300 b\u1EB9\u0300r\u1EB9\u0300 p\u1EB9\u0300l\xFA "${i.prefix}"`:i.format==="ends_with"?`\u1ECC\u0300r\u1ECD\u0300 a\u1E63\xEC\u1E63e: gb\u1ECD\u0301d\u1ECD\u0300 par\xED p\u1EB9\u0300l\xFA "${i.suffix}"`:i.format==="includes"?`\u1ECC\u0300r\u1ECD\u0300 a\u1E63\xEC\u1E63e: gb\u1ECD\u0301d\u1ECD\u0300 n\xED "${i.includes}"`:i.format==="regex"?`\u1ECC\u0300r\u1ECD\u0300 a\u1E63\xEC\u1E63e: gb\u1ECD\u0301d\u1ECD\u0300 b\xE1 \xE0p\u1EB9\u1EB9r\u1EB9 mu ${i.pattern}`:`A\u1E63\xEC\u1E63e: ${r[i.format]??n.format}`}case"not_multiple_of":return`N\u1ECD\u0301mb\xE0 a\u1E63\xEC\u1E63e: gb\u1ECD\u0301d\u1ECD\u0300 j\u1EB9\u0301 \xE8y\xE0 p\xEDp\xEDn ti ${n.divisor}`;case"unrecognized_keys":return`B\u1ECDt\xECn\xEC \xE0\xECm\u1ECD\u0300: ${$(n.keys,", ")}`;case"invalid_key":return`B\u1ECDt\xECn\xEC a\u1E63\xEC\u1E63e n\xEDn\xFA ${n.origin}`;case"invalid_union":return"\xCCb\xE1w\u1ECDl\xE9 a\u1E63\xEC\u1E63e";case"invalid_element":return`Iye a\u1E63\xEC\u1E63e n\xEDn\xFA ${n.origin}`;default:return"\xCCb\xE1w\u1ECDl\xE9 a\u1E63\xEC\u1E63e"}}};function eb(){return{localeError:tI()}}var tb,Zd=Symbol("ZodOutput"),qd=Symbol("ZodInput"),za=class{constructor(){this._map=new WeakMap,this._idmap=new Map}add(t,...r){let o=r[0];return this._map.set(t,o),o&&typeof o=="object"&&"id"in o&&this._idmap.set(o.id,t),this}clear(){return this._map=new WeakMap,this._idmap=new Map,this}remove(t){let r=this._map.get(t);return r&&typeof r=="object"&&"id"in r&&this._idmap.delete(r.id),this._map.delete(t),this}get(t){let r=t._zod.parent;if(r){let o={...this.get(r)??{}};delete o.id;let n={...o,...this._map.get(t)};return Object.keys(n).length?n:void 0}return this._map.get(t)}has(t){return this._map.has(t)}};function Na(){return new za}(tb=globalThis).__zod_globalRegistry??(tb.__zod_globalRegistry=Na());var We=globalThis.__zod_globalRegistry;var ot=Symbol.for("zod.compile.invalid"),nb=Symbol.for("zod.compile.fallback"),Nt=class extends Error{constructor(t="z.compile does not support async refinements, transforms, or checks"){super(t),this.name="ZodCompileAsyncError"}},ye=class extends Error{constructor(t,r=!0){super(`z.compile does not support ${t}; this schema must use the runtime parser`),this.name="ZodCompileUnsupportedError",this.islandable=r}};function rI(e,t){try{return Ua(e,{assertOnly:!0})}catch{return t}}function Kd(e,t){try{let r=Ua(e),o=Ca(e,r);return o._zod.bag.validator=rI(e,r),o}catch(r){if(t?.strict)throw r;return e}}function Ca(e,t){if(Ra(e))throw new ye("a schema whose subtree contains a reference cycle");let r=Pe(e),o=e._zod.run,n=o.__originalRun??o,i=(a,s)=>{if(s?.async||s?.direction==="backward"||s?.skipChecks||s?.[nb]||s&&Ea(s,a.value))return n(a,s);let c=t(a.value);return c!==ot?(a.value=c,a):(s&&(s[nb]=!0),n(a,s))};return i.__originalRun=n,r._zod.bag.fallbackRun=n,r._zod.bag.validator=t,r._zod.run=i,o.__originalRun||iI(r,e,t),r}function iI(e,t,r){let o=e,n=t;if(typeof n.safeParse=="function"){let i=n.safeParse;o.safeParse=(a,s)=>{let c=r(a);return c!==ot?{success:!0,data:c}:i(a,s)}}if(typeof n.parse=="function"){let i=n.parse;o.parse=(a,s)=>{let c=r(a);return c!==ot?c:i(a,s)}}}function Ua(e,t){let r=!0;try{r=Ra(e)}catch{}if(r)throw new ye("a schema whose subtree contains a reference cycle");let o={constants:new Map,constantCounter:0,varCounter:0,definite:!0},n=new Fn(["input"]),i=je(n,o,e,"input",!t?.assertOnly);n.write(i===null?"return true;":`return ${i};`);let a=["INVALID",...o.constants.keys()],s=[ot,...o.constants.values()],c=n.content.join(`
`),u=t?.debug?a.length>0?`// Constants: ${a.join(", ")}
${c}`:c:"",l=Function,f=`return (input) => {
${c}
}`,p;try{p=new l(...a,f)(...s)}catch(g){throw new ye(`this schema (generated code failed to evaluate: ${g.message})`)}return t?.debug&&(p.code=u),p.definite=o.definite,p}function se(e,t){for(let[o,n]of e.constants)if(n===t)return o;let r=`c${e.constantCounter++}`;return e.constants.set(r,t),r}function Zn(e,t){return e.definite=!1,se(e,t)}function te(e){return`v${e.varCounter++}`}function oI(e,t){let r=e._zod.run({value:t,issues:[]},{});if(r&&typeof r.then=="function")return ot;let o=r;return o.issues.length===0?o.value:ot}function Ye(e,t,r,o,n=!0){let i=e.content.length,a=t.constants.size,s=t.constantCounter,c=t.varCounter;try{return je(e,t,r,o,n)}catch(u){if(!(u instanceof ye)||!u.islandable)throw u;if(e.content.length=i,t.constants.size>a){let l=Array.from(t.constants.keys()).slice(a);for(let f of l)t.constants.delete(f)}return t.constantCounter=s,t.varCounter=c,aI(e,t,r,o)}}function aI(e,t,r,o){t.definite=!1;let n=se(t,r),i=se(t,oI),a=te(t);return e.write(`const ${a} = ${i}(${n}, ${o});`),e.write(`if (${a} === INVALID) return INVALID;`),a}var sI=new Set(["max_size","min_size","size_equals","max_length","min_length","length_equals"]);function uI(e,t,r,o){let n=r._zod.def.checks;if(!n||n.length===0)return o;let i=o;for(let a of n){let s=a._zod.def;if(s.when&&!sI.has(s.check))throw new ye('check with a custom "when" condition');switch(s.check){case"greater_than":cI(e,t,s,i);break;case"less_than":lI(e,t,s,i);break;case"multiple_of":dI(e,t,s,i);break;case"number_format":ub(e,s,i);break;case"min_length":{let c=bn(s.minimum,"min_length"),u=Bd(e,t,i,`${i}.length >= ${c} && ${i}.length < ${s.minimum*2}`);e.write(`if (${u} < ${c}) return INVALID;`);break}case"max_length":{let c=bn(s.maximum,"max_length"),u=Bd(e,t,i,`${i}.length > ${c}`);e.write(`if (${u} > ${c}) return INVALID;`);break}case"length_equals":{let c=bn(s.length,"length_equals"),u=Bd(e,t,i,`${i}.length >= ${c} && ${i}.length <= ${s.length*2}`);e.write(`if (${u} !== ${c}) return INVALID;`);break}case"min_size":e.write(`if (${i}.size < ${bn(s.minimum,"min_size")}) return INVALID;`);break;case"max_size":e.write(`if (${i}.size > ${bn(s.maximum,"max_size")}) return INVALID;`);break;case"size_equals":e.write(`if (${i}.size !== ${bn(s.size,"size_equals")}) return INVALID;`);break;case"string_format":i=cb(e,t,s,i);break;case"custom":i=vI(e,t,a,i);break;case"bigint_format":fI(e,s,i);break;case"mime_type":pI(e,t,s,i);break;case"property":gI(e,t,s,i);break;case"properties":mI(e,t,s,i);break;case"overwrite":{let c=te(t);hI(e,t,a,i,c),i=c;break}default:throw new ye(`check type ${s.check}`)}}return i}function Bd(e,t,r,o){let n=se(t,Un),i=te(t);return e.write(`const ${i} = typeof ${r} === "string" && ${o} ? ${n}(${r}) : ${r}.length;`),i}function bn(e,t){if(typeof e!="number"||!Number.isFinite(e))throw new ye(`${t} bound of type ${typeof e}`);return`${e}`}function sb(e,t){if(typeof t=="bigint")return`${t}n`;if(typeof t=="number"){if(Number.isNaN(t))throw new ye("comparison check with NaN bound");return`${t}`}if(t instanceof Date){if(Number.isNaN(t.getTime()))throw new ye("comparison check with Invalid Date bound");return se(e,t)}throw new ye(`comparison check bound of type ${typeof t}`)}function cI(e,t,r,o){let n=r.inclusive?"<":"<=";e.write(`if (${o} ${n} ${sb(t,r.value)}) return INVALID;`)}function lI(e,t,r,o){let n=r.inclusive?">":">=";e.write(`if (${o} ${n} ${sb(t,r.value)}) return INVALID;`)}function dI(e,t,r,o){if(typeof r.value=="bigint"){if(r.value===BigInt(0))throw new ye("multiple_of check with a zero divisor");e.write(`if (${o} % ${r.value}n !== 0n) return INVALID;`)}else{let n=se(t,oi);e.write(`if (${n}(${o}, ${bn(r.value,"multiple_of")}) !== 0) return INVALID;`)}}function ub(e,t,r){let o=t.format;switch(o){case"safeint":e.write(`if (!Number.isSafeInteger(${r})) return INVALID;`);break;case"int32":e.write(`if (!Number.isInteger(${r}) || ${r} < -2147483648 || ${r} > 2147483647) return INVALID;`);break;case"uint32":e.write(`if (!Number.isInteger(${r}) || ${r} < 0 || ${r} > 4294967295) return INVALID;`);break;case"float32":e.write(`if (!Number.isFinite(${r}) || ${r} < -3.4028234663852886e38 || ${r} > 3.4028234663852886e38) return INVALID;`);break;case"float64":e.write(`if (!Number.isFinite(${r})) return INVALID;`);break;default:throw new ye(`number format ${o}`)}}function fI(e,t,r){let o=t.format;if(o)switch(o){case"int64":e.write(`if (${r} < -9223372036854775808n || ${r} > 9223372036854775807n) return INVALID;`);break;case"uint64":e.write(`if (${r} < 0n || ${r} > 18446744073709551615n) return INVALID;`);break;default:throw new ye(`bigint format ${o}`)}}function pI(e,t,r,o){let n=r.mime;if(n&&n.length>0){let i=se(t,new Set(n));e.write(`if (!${i}.has(${o}.type)) return INVALID;`)}}function mI(e,t,r,o){if(r.when)throw new ye('check with a custom "when" condition');e.write(`if (${o} == null) return INVALID;`);let n=r.shape;for(let i of Reflect.ownKeys(n)){let a=typeof i=="symbol"?se(t,i):rt(i),s=te(t);e.write(`const ${s} = ${o}[${a}];`),Ye(e,t,n[i],s,!1)}}function gI(e,t,r,o){let n=`${o}[${JSON.stringify(r.property)}]`;je(e,t,r.schema,n)}function hI(e,t,r,o,n){let i=r._zod.def.tx;if(!i)throw new ye("overwrite check without a transform function");if(qn(i))throw new Nt("z.compile: async overwrite transforms are not supported");let a=se(t,i);e.write(`const ${n} = ${a}(${o});`)}function Vd(){throw new gt}function Hd(e){this.issues.push(e)}function vI(e,t,r,o){let n=r._zod.def;if(n.fn){if(qn(n.fn))throw new Nt("z.compile: async .refine() predicates are not supported");let i=Zn(t,n.fn),a=se(t,Vd),s=te(t);return e.write(`const ${s} = ${i}(${o});`),e.write(`if (${s} instanceof Promise) ${a}();`),e.write(`if (!${s}) return INVALID;`),o}if(r._zod.check){if(qn(r._zod.check))throw new Nt("z.compile: async .superRefine() / check functions are not supported");let i=r._zod.check,s=Zn(t,u=>{let l={value:u,issues:[],addIssue:Hd};return i(l)instanceof Promise&&Vd(),l.issues.length===0?l.value:ot}),c=te(t);return e.write(`const ${c} = ${s}(${o});`),e.write(`if (${c} === INVALID) return INVALID;`),c}throw new ye("custom check without a predicate or check function")}var bI=new Set(["cidrv4","cuid","cuid2","date","datetime","duration","e164","email","emoji","ends_with","guid","includes","ipv4","ksuid","lowercase","mac","nanoid","regex","starts_with","time","ulid","uppercase","uuid","xid"]);function cb(e,t,r,o,n=!0){let i=r.format;if(i==="base64"){let u=se(t,Ii);return e.write(`if (!${u}(${o})) return INVALID;`),o}if(i==="base64url"){let u=se(t,ha);return e.write(`if (!${u}(${o})) return INVALID;`),o}if(i==="jwt"){let u=se(t,ya),l=se(t,r.alg??null);return e.write(`if (!${u}(${o}, ${l})) return INVALID;`),o}if(i==="ipv6"){let u=se(t,_i);return e.write(`if (!${u}(${o})) return INVALID;`),o}if(i==="cidrv6"){let u=se(t,ma);return e.write(`if (!${u}(${o})) return INVALID;`),o}if(i==="credit_card"){let u=se(t,va);return e.write(`if (!${u}(${o})) return INVALID;`),o}if(i==="iban"){let u=se(t,ba);return e.write(`if (!${u}(${o})) return INVALID;`),o}let a=r;if(i==="url"||i==="httpurl"||a.normalize||a.hostname!==void 0||a.protocol!==void 0){let u=se(t,da),l=se(t,r),f=te(t),p=te(t);if(e.write(`const ${f} = ${o}.trim();`),e.write(`const ${p} = ${u}(${f}, ${l});`),e.write(`if (typeof ${p} === "number") return INVALID;`),a.hostname!==void 0){let h=se(t,fa);e.write(`if (!${h}(${p}, ${l}.hostname)) return INVALID;`)}if(a.protocol!==void 0){let h=se(t,pa);e.write(`if (!${h}(${p}, ${l}.protocol)) return INVALID;`)}if(!n)return null;let g=te(t),v=a.normalize?`${p}.href`:`${se(t,xi)}(${f})`;return e.write(`const ${g} = ${v};`),g}let s=r.fn;if(s){if(qn(s))throw new ye(`async string format ${i}`);let u=se(t,s);return e.write(`if (!${u}(${o})) return INVALID;`),o}if(bI.has(i)&&r.pattern){let u=se(t,r.pattern);return e.write(`${u}.lastIndex = 0;`),e.write(`if (!${u}.test(${o})) return INVALID;`),o}let c=r.format;switch(c){case"regex":throw new ye("regex format without a pattern");case"lowercase":e.write(`if (${o} !== ${o}.toLowerCase()) return INVALID;`);break;case"uppercase":e.write(`if (${o} !== ${o}.toUpperCase()) return INVALID;`);break;case"includes":e.write(`if (!${o}.includes(${rt(r.includes)})) return INVALID;`);break;case"starts_with":{let u=r.prefix;e.write(`if (${o}.slice(0, ${u.length}) !== ${rt(u)}) return INVALID;`);break}case"ends_with":{let u=r.suffix;e.write(`if (${o}.slice(-${u.length}) !== ${rt(u)}) return INVALID;`);break}default:throw new ye(`string format ${c}`)}return o}function je(e,t,r,o,n=!0){let i=r._zod.def,a=i.type;if(i.coerce)throw new ye(`coercion (z.coerce.${a}())`);let s=n||!!i.checks?.length,c;switch(a){case"string":c=yI(e,t,r,o,s);break;case"number":c=$I(e,r,o);break;case"boolean":c=wI(e,o);break;case"bigint":c=kI(e,r,o);break;case"symbol":c=xI(e,o);break;case"undefined":c=_I(e,o);break;case"null":c=II(e,o);break;case"any":case"unknown":c=o;break;case"never":e.write("return INVALID;"),c=o;break;case"void":c=AI(e,o);break;case"nan":c=SI(e,o);break;case"date":c=PI(e,o);break;case"object":c=RI(e,t,r,o,s);break;case"optional":c=EI(e,t,r,o,s);break;case"nullable":c=DI(e,t,r,o,s);break;case"array":c=zI(e,t,r,o,s);break;case"literal":c=NI(e,t,r,o);break;case"enum":c=CI(e,t,r,o);break;case"readonly":{let u=ib(e,t,r,o),l=te(t);e.write(`const ${l} = Object.freeze(${u});`),c=l;break}case"success":ib(e,t,r,o),c="true";break;case"default":case"prefault":c=UI(e,t,r,o);break;case"nonoptional":c=jI(e,t,r,o);break;case"tuple":c=FI(e,t,r,o);break;case"union":c=LI(e,t,r,o);break;case"intersection":c=qI(e,t,r,o);break;case"record":c=BI(e,t,r,o);break;case"map":c=GI(e,t,r,o);break;case"set":c=KI(e,t,r,o);break;case"file":c=HI(e,o);break;case"template_literal":c=WI(e,t,r,o);break;case"lazy":c=JI(e,t,r,o);break;case"pipe":c=XI(e,t,r,o);break;case"custom":c=YI(e,t,r,o);break;case"transform":c=tA(e,t,r,o);break;case"catch":c=eA(e,t,r,o);break;default:throw new ye(`schema type ${a}`)}return c===null?null:uI(e,t,r,c)}function yI(e,t,r,o,n=!0){e.write(`if (typeof ${o} !== "string") return INVALID;`);let i=r._zod.def;return i.format===void 0?o:cb(e,t,i,o,n)}function $I(e,t,r){e.write(`if (typeof ${r} !== "number" || !Number.isFinite(${r})) return INVALID;`);let o=t._zod.def;return o.check==="number_format"&&o.format&&ub(e,{format:o.format},r),r}function wI(e,t){return e.write(`if (typeof ${t} !== "boolean") return INVALID;`),t}function kI(e,t,r){e.write(`if (typeof ${r} !== "bigint") return INVALID;`);let o=t._zod.def;if(o.format)switch(o.format){case"int64":e.write(`if (${r} < -9223372036854775808n || ${r} > 9223372036854775807n) return INVALID;`);break;case"uint64":e.write(`if (${r} < 0n || ${r} > 18446744073709551615n) return INVALID;`);break}return r}function xI(e,t){return e.write(`if (typeof ${t} !== "symbol") return INVALID;`),t}function _I(e,t){return e.write(`if (${t} !== undefined) return INVALID;`),t}function II(e,t){return e.write(`if (${t} !== null) return INVALID;`),t}function AI(e,t){return e.write(`if (${t} !== undefined) return INVALID;`),t}function SI(e,t){return e.write(`if (typeof ${t} !== "number" || !Number.isNaN(${t})) return INVALID;`),t}function PI(e,t){return e.write(`if (!(${t} instanceof Date) || Number.isNaN(${t}.getTime())) return INVALID;`),t}function RI(e,t,r,o,n=!0){let i=r._zod.def;e.write(`if (typeof ${o} !== "object" || ${o} === null || Array.isArray(${o})) return INVALID;`);let a=i.shape,s=Object.keys(a),c=Object.getOwnPropertySymbols(a),u=c.length?[...s,...c]:s,l=y=>typeof y=="symbol"?se(t,y):rt(y),f=y=>typeof y=="symbol"?`[${l(y)}]`:rt(y),p=a;if(s.includes("__proto__"))throw new ye('object shape key "__proto__"');let g=new Map;for(let y of u){let A=p[y],q=l(y),X=te(t);if(e.write(`const ${X} = ${o}[${q}];`),A._zod.optin!==void 0){let J=te(t);e.write(`let ${J} = (() => {`),e.indented(fe=>{let Q=Ye(fe,t,A,X);fe.write(`return ${Q};`)}),e.write("})();"),A._zod.optout==="optional"?(e.write(`if (${J} === INVALID) {`),e.indented(fe=>{fe.write(`if (${q} in ${o}) return INVALID;`),fe.write(`${J} = undefined;`)}),e.write("}")):e.write(`if (${J} === INVALID) return INVALID;`),g.set(y,J)}else{OI(A)&&e.write(`if (!(${q} in ${o})) return INVALID;`);let J=Ye(e,t,A,X,n);J!==null&&g.set(y,J)}}let v=i.catchall,h="none";if(v){let y=v._zod.def.type;if(y==="never"){let A=s.map(q=>`k !== ${rt(q)}`).join(" && ")||"true";e.write(`for (const k in ${o}) {`),e.indented(q=>{q.write(`if (${A}) return INVALID;`)}),e.write("}")}else(y==="unknown"||y==="any")&&!v._zod.def.checks?.length?h="passthrough":h="schema"}let _=te(t),k=u.some(y=>rb(p[y])||Gd(p[y]));if(!n){if(h==="schema"){let y=s.length>0?se(t,new Set(s)):null;e.write(`for (const k in ${o}) {`),e.indented(A=>{A.write('if (k === "__proto__") continue;'),y&&A.write(`if (${y}.has(k)) continue;`);let q=te(t);A.write(`const ${q} = ${o}[k];`),Ye(A,t,v,q,!1)}),e.write("}")}return null}if(k){e.write(`const ${_} = {};`);for(let y of u){let A=l(y),q=g.get(y);Gd(p[y])?e.write(`if (${A} in ${o}) ${_}[${A}] = ${q};`):rb(p[y])?e.write(`if (${q} !== undefined || ${A} in ${o}) ${_}[${A}] = ${q};`):e.write(`${_}[${A}] = ${q};`)}}else{let y=u.map(A=>`${f(A)}: ${g.get(A)}`).join(", ");e.write(`const ${_} = { ${y} };`)}if(h!=="none"){let y=s.length>0?se(t,new Set(s)):null;e.write(`for (const k in ${o}) {`),e.indented(A=>{if(A.write('if (k === "__proto__") continue;'),y&&A.write(`if (${y}.has(k)) continue;`),h==="passthrough")A.write(`${_}[k] = ${o}[k];`);else{let q=te(t);A.write(`const ${q} = ${o}[k];`);let X=Ye(A,t,v,q);A.write(`${_}[k] = ${X};`)}}),e.write("}")}return _}function EI(e,t,r,o,n=!0){let i=r._zod.def;if(TI(r))return je(e,t,i.innerType,o,n);if(i.innerType._zod.optin==="defaulted"){let s=te(t),c=te(t);return e.write(`let ${s};`),e.write(`if (${o} === undefined) {`),e.indented(u=>{u.write(`const ${c} = (() => {`),u.indented(l=>{let f=je(l,t,i.innerType,o);l.write(`return ${f};`)}),u.write("})();"),u.write(`if (${c} !== INVALID) ${s} = ${c};`)}),e.write("} else {"),e.indented(u=>{let l=je(u,t,i.innerType,o);u.write(`${s} = ${l};`)}),e.write("}"),s}let a=n?te(t):null;return a&&e.write(`let ${a};`),e.write(`if (${o} !== undefined) {`),e.indented(s=>{let c=je(s,t,i.innerType,o,n);a&&c!==null&&s.write(`${a} = ${c};`)}),e.write("}"),a}function TI(e){return e._zod.traits?.has("$ZodExactOptional")===!0}function OI(e){return e._zod.optin===void 0&&Mn(e)}function Mn(e){if(e._zod.def.coerce)return!0;let t=e._zod.def;switch(t.type){case"any":case"unknown":case"undefined":case"void":case"default":case"prefault":case"transform":case"custom":case"lazy":return!0;case"string":case"number":case"boolean":case"bigint":case"symbol":case"null":case"never":case"nan":case"date":case"object":case"array":case"tuple":case"record":case"map":case"set":case"file":case"template_literal":return!1;case"nonoptional":return t.innerType?Mn(t.innerType):!1;case"literal":return!!t.values?.includes(void 0);case"enum":return!!e._zod.values?.has(void 0);case"optional":case"nullable":case"readonly":case"success":return t.innerType?Mn(t.innerType):!0;case"catch":return!0;case"union":return t.options?t.options.some(Mn):!0;case"intersection":return!t.left||!t.right?!0:Mn(t.left)&&Mn(t.right);case"pipe":return t.in?Mn(t.in):!0;default:return!0}}function Gd(e){return e._zod.optin==="optional"&&e._zod.optout==="optional"}function rb(e){return(e._zod.optin!=="defaulted"||e._zod.optout==="optional")&&$r(e)}function $r(e){let t=e._zod.def;switch(t.type){case"string":case"number":case"boolean":case"bigint":case"symbol":case"null":case"nan":case"date":case"object":case"array":case"tuple":case"record":case"map":case"set":case"file":case"template_literal":case"never":case"success":return!1;case"literal":return!!t.values?.includes(void 0);case"enum":return!!e._zod.values?.has(void 0);case"optional":return!0;case"nullable":case"readonly":case"nonoptional":return t.innerType?$r(t.innerType):!0;case"union":return t.options?t.options.some($r):!0;case"intersection":return!t.left||!t.right||$r(t.left)||$r(t.right);case"pipe":return t.out?$r(t.out):!0;default:return!0}}function DI(e,t,r,o,n=!0){let i=r._zod.def,a=n?te(t):null;return a&&e.write(`let ${a} = null;`),e.write(`if (${o} !== null) {`),e.indented(s=>{let c=je(s,t,i.innerType,o,n);a&&c!==null&&s.write(`${a} = ${c};`)}),e.write("}"),a}function Wd(e,t,r){for(let[o,n]of lr(t._zod.def.checks))e.write(`if (${r} > ${bn(o,n._zod.def.check)}) return INVALID;`)}function zI(e,t,r,o,n=!0){let i=r._zod.def;e.write(`if (!Array.isArray(${o})) return INVALID;`),Wd(e,r,`${o}.length`);let a=n?te(t):null,s=te(t),c=te(t);return a&&e.write(`const ${a} = new Array(${o}.length);`),e.write(`for (let ${s} = 0; ${s} < ${o}.length; ${s}++) {`),e.indented(u=>{u.write(`const ${c} = ${o}[${s}];`);let l=Ye(u,t,i.element,c,n);a&&l!==null&&u.write(`${a}[${s}] = ${l};`)}),e.write("}"),a}function NI(e,t,r,o){let i=r._zod.def.values;if(i.length!==1){let s=se(t,new Set(i));return e.write(`if (!${s}.has(${o})) return INVALID;`),o}let a=i[0];if(typeof a=="number"&&Number.isNaN(a)){let s=se(t,new Set(i));return e.write(`if (!${s}.has(${o})) return INVALID;`),o}if(typeof a=="string")e.write(`if (${o} !== ${rt(a)}) return INVALID;`);else if(typeof a=="number"||typeof a=="boolean")e.write(`if (${o} !== ${a}) return INVALID;`);else if(a===null)e.write(`if (${o} !== null) return INVALID;`);else if(a===void 0)e.write(`if (${o} !== undefined) return INVALID;`);else if(typeof a=="bigint")e.write(`if (${o} !== ${a}n) return INVALID;`);else throw new ye(`literal type ${typeof a}`);return o}function CI(e,t,r,o){let n=r._zod.values;if(!n)throw new ye("enum schema without enumerated values");let i=se(t,n);return e.write(`if (!${i}.has(${o})) return INVALID;`),o}function ib(e,t,r,o){let n=r._zod.def;return je(e,t,n.innerType,o)}function UI(e,t,r,o){let n=r._zod.def,a=Object.getOwnPropertyDescriptor(r._zod.def,"defaultValue")?()=>r._zod.def.defaultValue:void 0;if(r._zod.def.type==="prefault"){if(!a)return je(e,t,n.innerType,o);let c=se(t,a),u=te(t);return e.write(`let ${u} = ${o};`),e.write(`if (${o} === undefined) ${u} = ${c}();`),je(e,t,n.innerType,u)}let s=te(t);if(a){let c=se(t,a),u=se(t,ai);e.write(`let ${s};`),e.write(`if (${o} === undefined) {`),e.indented(l=>{l.write(`${s} = ${u}(${c}());`)}),e.write("} else {"),e.indented(l=>{let f=je(l,t,n.innerType,o);l.write(`${s} = ${f} === undefined ? ${u}(${c}()) : ${f};`)}),e.write("}")}else e.write(`let ${s};`),e.write(`if (${o} !== undefined) {`),e.indented(c=>{let u=je(c,t,n.innerType,o);c.write(`${s} = ${u};`)}),e.write("}");return s}function jI(e,t,r,o){let n=r._zod.def,i=je(e,t,n.innerType,o),a=te(t);return e.write(`const ${a} = ${i};`),e.write(`if (${a} === undefined) return INVALID;`),a}function FI(e,t,r,o){let n=r._zod.def,i=n.items,a=n.rest;e.write(`if (!Array.isArray(${o})) return INVALID;`);let s=ob(i,"optin"),c=ob(i,"optout");a?e.write(`if (${o}.length < ${s}) return INVALID;`):e.write(`if (${o}.length < ${s} || ${o}.length > ${i.length}) return INVALID;`);let u=te(t);e.write(`const ${u} = [];`);for(let l=0;l<i.length;l++){let f=i[l];if(l>=c)e.write(`if (${u}.length === ${l}) {`),e.indented(p=>{p.write(`if (${l} < ${o}.length) {`),p.indented(g=>{let v=te(t);g.write(`const ${v} = ${o}[${l}];`);let h=Ye(g,t,f,v);g.write(`${u}[${l}] = ${h};`)}),p.write("} else {"),p.indented(g=>{if(Gd(f)){g.write(`${u}.length = ${l};`);return}let v=te(t),h=te(t);g.write(`const ${v} = undefined;`),g.write(`const ${h} = (() => {`),g.indented(_=>{let k=Ye(_,t,f,v);_.write(`return ${k};`)}),g.write("})();"),g.write(`if (${h} === INVALID || ${h} === undefined) ${u}.length = ${l};`),g.write(`else ${u}[${l}] = ${h};`)}),p.write("}")}),e.write("}");else{let p=te(t);e.write(`const ${p} = ${o}[${l}];`);let g=Ye(e,t,f,p);e.write(`${u}[${l}] = ${g};`)}}if(a){let l=te(t),f=te(t);e.write(`for (let ${l} = ${i.length}; ${l} < ${o}.length; ${l}++) {`),e.indented(p=>{p.write(`const ${f} = ${o}[${l}];`);let g=Ye(p,t,a,f);p.write(`${u}[${l}] = ${g};`)}),e.write("}")}return u}function ob(e,t){for(let r=e.length-1;r>=0;r--)if(!(t==="optin"?e[r]._zod.optin!==void 0:e[r]._zod.optout==="optional"))return r+1;return 0}function LI(e,t,r,o){let n=r._zod.def,i=n.options;if(n.discriminator)return MI(e,t,n,o);if(n.inclusive===!1)throw new ye("exclusive unions (z.xor)");if(i.length===0)return e.write("return INVALID;"),o;if(i.length===1)return je(e,t,i[0],o);if(i.every(c=>c._zod.def.type==="literal"&&!c._zod.def.checks?.length)){let c=new Set(i.flatMap(l=>l._zod.def.values)),u=se(t,c);return e.write(`if (!${u}.has(${o})) return INVALID;`),o}let s=te(t);e.write(`let ${s};`);for(let c=0;c<i.length;c++){let u=i[c];c===0?e.write(`${s} = (() => {`):e.write(`if (${s} === INVALID) ${s} = (() => {`),e.indented(l=>{let f=je(l,t,u,o);l.write(`return ${f};`)}),e.write("})();")}return e.write(`if (${s} === INVALID) return INVALID;`),s}function MI(e,t,r,o){if(r.unionFallback)throw new ye("discriminated union with unionFallback");if(r.options.length===0)return e.write("return INVALID;"),o;let n=te(t),i=te(t);e.write(`const ${n} = ${o}?.[${rt(r.discriminator)}];`),e.write(`let ${i};`);let a=!0,s=new Set;for(let c of r.options){let u=c._zod.propValues?.[r.discriminator];if(!u||u.size===0)throw new ye("discriminated union option without static discriminator values");for(let p of u){if(s.has(p))throw new ye(`duplicate discriminator value ${String(p)}`);s.add(p)}let l=Array.from(u,p=>ZI(t,n,p)),f=a?"if":"else if";e.write(`${f} (${l.join(" || ")}) {`),e.indented(p=>{let g=je(p,t,c,o);p.write(`${i} = ${g};`)}),e.write("}"),a=!1}return e.write("else { return INVALID; }"),i}function ZI(e,t,r){if(typeof r=="string")return`${t} === ${rt(r)}`;if(typeof r=="number")return Number.isNaN(r)?`Number.isNaN(${t})`:`${t} === ${r}`;if(typeof r=="boolean")return`${t} === ${r}`;if(r===null)return`${t} === null`;if(r===void 0)return`${t} === undefined`;if(typeof r=="bigint")return`${t} === ${r}n`;if(typeof r=="symbol"){let o=se(e,r);return`${t} === ${o}`}throw new ye(`literal discriminator value ${String(r)}`)}function qI(e,t,r,o){let n=r._zod.def;t.definite=!1;let i=Ye(e,t,n.left,o),a=Ye(e,t,n.right,o),s=se(t,vr),c=te(t);return e.write(`const ${c} = ${s}(${i}, ${a});`),e.write(`if (!${c}.valid) return INVALID;`),`${c}.data`}function BI(e,t,r,o){let n=r._zod.def,i=se(t,St);e.write(`if (!${i}(${o})) return INVALID;`);let a=te(t),s=te(t),c=te(t);e.write(`const ${a} = {};`);let u=n,l=u.partial?void 0:n.keyType._zod.values;if(l){let g=[];for(let h of l){if(!(typeof h=="string"||typeof h=="number"||typeof h=="symbol"))throw new ye(`record key value ${String(h)}`);let _=typeof h=="number"?h.toString():h;if(_==="__proto__")throw new ye('record key "__proto__"');g.push(_);let k=se(t,h),y=je(e,t,n.keyType,k),A=te(t);e.write(`const ${A} = ${o}[${VI(t,_)}];`);let q=Ye(e,t,n.valueType,A);e.write(`${a}[${y}] = ${q};`)}let v=se(t,new Set(g));return e.write(`for (const ${s} in ${o}) {`),e.indented(h=>{h.write(`if (${v}.has(${s})) continue;`),u.mode==="loose"?h.write(`if (${s} !== "__proto__") ${a}[${s}] = ${o}[${s}];`):h.write("return INVALID;")}),e.write("}"),a}let f=n.keyType._zod.def;if(!(f.type==="string"&&f.format===void 0&&!f.coerce&&(f.checks?.length??0)===0)){let g=n.mode==="loose",v=Ua(n.keyType);v.definite===!1&&(t.definite=!1);let h=se(t,v),_=se(t,en),k=te(t);return ab(e,t,o,s,y=>{y.write(`let ${k} = ${h}(${s});`),y.write(`if (${k} === INVALID && typeof ${s} === "string" && ${_}.test(${s})) ${k} = ${h}(Number(${s}));`),g?y.write(`if (${k} === INVALID) { ${a}[${s}] = ${o}[${s}]; continue; }`):y.write(`if (${k} === INVALID) return INVALID;`),y.write(`if (${k} === "__proto__") continue;`);let A=te(t);y.write(`const ${A} = ${o}[${s}];`);let q=Ye(y,t,n.valueType,A);y.write(`${a}[${k}] = ${q};`)}),a}return ab(e,t,o,s,g=>{g.write(`const ${c} = ${o}[${s}];`);let v=Ye(g,t,n.valueType,c);g.write(`${a}[${s}] = ${v};`)},"return INVALID;"),a}function ab(e,t,r,o,n,i){let a=se(t,Object.prototype.propertyIsEnumerable),s=te(t),c=te(t),u=te(t);e.write(`const ${s} = Object.getOwnPropertySymbols(${r});`),e.write(`const ${c} = Object.getOwnPropertyNames(${r});`),e.write(`for (let ${u} = 0; ${u} < ${c}.length; ${u}++) {`),e.indented(l=>{l.write(`const ${o} = ${c}[${u}];`),l.write(`if (${o} === "__proto__" || !${a}.call(${r}, ${o})) continue;`),n(l)}),e.write("}"),e.write(`for (let ${u} = 0; ${u} < ${s}.length; ${u}++) {`),e.indented(l=>{l.write(`const ${o} = ${s}[${u}];`),l.write(`if (!${a}.call(${r}, ${o})) continue;`),i?l.write(i):n(l)}),e.write("}")}function VI(e,t){return typeof t=="string"?rt(t):se(e,t)}function GI(e,t,r,o){let n=r._zod.def;e.write(`if (!(${o} instanceof Map)) return INVALID;`),Wd(e,r,`${o}.size`);let i=te(t),a=te(t),s=te(t);return e.write(`const ${i} = new Map();`),e.write(`for (const [${a}, ${s}] of ${o}) {`),e.indented(c=>{let u=je(c,t,n.keyType,a),l=je(c,t,n.valueType,s);c.write(`${i}.set(${u}, ${l});`)}),e.write("}"),i}function KI(e,t,r,o){let n=r._zod.def;e.write(`if (!(${o} instanceof Set)) return INVALID;`),Wd(e,r,`${o}.size`);let i=te(t),a=te(t);return e.write(`const ${i} = new Set();`),e.write(`for (const ${a} of ${o}) {`),e.indented(s=>{let c=je(s,t,n.valueType,a);s.write(`${i}.add(${c});`)}),e.write("}"),i}function HI(e,t){return e.write(`if (!(${t} instanceof File)) return INVALID;`),t}function WI(e,t,r,o){e.write(`if (typeof ${o} !== "string") return INVALID;`);let n=r._zod.pattern;if(n){let i=se(t,n);e.write(`${i}.lastIndex = 0;`),e.write(`if (!${i}.test(${o})) return INVALID;`)}return o}function JI(e,t,r,o){let n=r._zod.def,i=Zn(t,n.getter),a=se(t,{parser:null});e.write(`if (!${a}.parser) {`),e.indented(c=>{c.write(`const inner = ${i}();`),c.write(`${a}.parser = function(input) {`),c.indented(u=>{u.write("const result = inner._zod.run({ value: input, issues: [] }, {});"),u.write("return result.issues.length === 0 ? result.value : INVALID;")}),c.write("};")}),e.write("}");let s=te(t);return e.write(`const ${s} = ${a}.parser(${o});`),e.write(`if (${s} === INVALID) return INVALID;`),s}function XI(e,t,r,o){let n=r._zod.def,i=je(e,t,n.in,o);if(n.transform){if(qn(n.transform))throw new Nt("z.compile: async transforms in pipes are not supported");let a=n.transform,c=Zn(t,l=>{let f={value:l,issues:[],addIssue:Hd},p=a(l,f);return p instanceof Promise?ot:f.issues.length===0?p:ot}),u=te(t);return e.write(`const ${u} = ${c}(${i});`),e.write(`if (${u} === INVALID) return INVALID;`),je(e,t,n.out,u)}else return je(e,t,n.out,i)}function qn(e){return typeof e=="function"&&(e.constructor.name==="AsyncFunction"||e[Symbol.toStringTag]==="AsyncFunction")}function YI(e,t,r,o){let n=r._zod.def;if(n.fn){if(qn(n.fn))throw new Nt("z.compile: async custom predicates are not supported");let i=Zn(t,n.fn),a=se(t,Vd),s=te(t);e.write(`const ${s} = ${i}(${o});`),e.write(`if (${s} instanceof Promise) ${a}();`),e.write(`if (!${s}) return INVALID;`)}else throw new ye("custom schema without a predicate function");return o}function QI(e,t,r){let o=e._zod.run({value:r,issues:[]},{});if(o&&typeof o.then=="function")return ot;let n=o;return n.issues.length===0?n.value:t()}function eA(e,t,r,o){let n=r._zod.def;if(!n.catchValue[Zo])throw new ye("catch with a callback (only a constant catch value compiles)",!1);let i=te(t);e.write(`let ${i} = (() => {`),e.indented(u=>{let l=Ye(u,t,n.innerType,o);u.write(`return ${l};`)}),e.write("})();");let a=se(t,n.innerType),s=Zn(t,n.catchValue),c=se(t,QI);return e.write(`if (${i} === INVALID) {`),e.indented(u=>{u.write(`${i} = ${c}(${a}, ${s}, ${o});`),u.write(`if (${i} === INVALID) return INVALID;`)}),e.write("}"),i}function tA(e,t,r,o){let n=r._zod.def;if(n.transform){if(qn(n.transform))throw new Nt("z.compile: async transforms are not supported");let i=n.transform,s=Zn(t,u=>{let l={value:u,issues:[],addIssue:Hd},f=i(u,l);return f instanceof Promise?ot:l.issues.length===0?f:ot}),c=te(t);return e.write(`const ${c} = ${s}(${o});`),e.write(`if (${c} === INVALID) return INVALID;`),c}return o}function ja(e){return e.checks&&(e.checks=[...e.checks]),e}function Jd(e,t){return new e(ja({type:"string",...V(t)}))}function Xd(e,t){return new e(ja({type:"string",coerce:!0,...V(t)}))}function Fa(e,t){return new e({type:"string",format:"email",check:"string_format",abort:!1,...V(t)})}function La(e,t){return new e({type:"string",format:"guid",check:"string_format",abort:!1,...V(t)})}function Ma(e,t){return new e({type:"string",format:"uuid",check:"string_format",abort:!1,...V(t)})}function Za(e,t){return new e({type:"string",format:"uuid",check:"string_format",abort:!1,version:"v4",...V(t)})}function qa(e,t){return new e({type:"string",format:"uuid",check:"string_format",abort:!1,version:"v6",...V(t)})}function Ba(e,t){return new e({type:"string",format:"uuid",check:"string_format",abort:!1,version:"v7",...V(t)})}function Ci(e,t){return new e({type:"string",format:"url",check:"string_format",abort:!1,...V(t)})}function Va(e,t){return new e({type:"string",format:"emoji",check:"string_format",abort:!1,...V(t)})}function Ga(e,t){return new e({type:"string",format:"nanoid",check:"string_format",abort:!1,...V(t)})}function Ka(e,t){return new e({type:"string",format:"cuid",check:"string_format",abort:!1,...V(t)})}function Ha(e,t){return new e({type:"string",format:"cuid2",check:"string_format",abort:!1,...V(t)})}function Wa(e,t){return new e({type:"string",format:"ulid",check:"string_format",abort:!1,...V(t)})}function Ja(e,t){return new e({type:"string",format:"xid",check:"string_format",abort:!1,...V(t)})}function Xa(e,t){return new e({type:"string",format:"ksuid",check:"string_format",abort:!1,...V(t)})}function Ya(e,t){return new e({type:"string",format:"ipv4",check:"string_format",abort:!1,...V(t)})}function Qa(e,t){return new e({type:"string",format:"ipv6",check:"string_format",abort:!1,...V(t)})}function Yd(e,t){return new e({type:"string",format:"mac",check:"string_format",abort:!1,...V(t)})}function es(e,t){return new e({type:"string",format:"cidrv4",check:"string_format",abort:!1,...V(t)})}function ts(e,t){return new e({type:"string",format:"cidrv6",check:"string_format",abort:!1,...V(t)})}function ns(e,t){return new e({type:"string",format:"base64",check:"string_format",abort:!1,...V(t)})}function rs(e,t){return new e({type:"string",format:"base64url",check:"string_format",abort:!1,...V(t)})}function is(e,t){return new e({type:"string",format:"e164",check:"string_format",abort:!1,...V(t)})}function Qd(e,t){return new e({type:"string",format:"credit_card",check:"string_format",abort:!1,...V(t)})}function ef(e,t){return new e({type:"string",format:"iban",check:"string_format",abort:!1,...V(t)})}function os(e,t){return new e({type:"string",format:"jwt",check:"string_format",abort:!1,...V(t)})}var tf={Any:null,Minute:-1,Second:0,Millisecond:3,Microsecond:6};function Ui(e,t){return new e({type:"string",format:"datetime",check:"string_format",offset:!1,local:!1,precision:null,...V(t)})}function ji(e,t){return new e({type:"string",format:"date",check:"string_format",...V(t)})}function Fi(e,t){return new e({type:"string",format:"time",check:"string_format",precision:null,...V(t)})}function Li(e,t){return new e({type:"string",format:"duration",check:"string_format",...V(t)})}function nf(e,t){return new e(ja({type:"number",checks:[],...V(t)}))}function rf(e,t){return new e(ja({type:"number",coerce:!0,checks:[],...V(t)}))}function of(e,t){return new e({type:"number",check:"number_format",abort:!1,format:"safeint",...V(t)})}function af(e,t){return new e({type:"number",check:"number_format",abort:!1,format:"float32",...V(t)})}function sf(e,t){return new e({type:"number",check:"number_format",abort:!1,format:"float64",...V(t)})}function uf(e,t){return new e({type:"number",check:"number_format",abort:!1,format:"int32",...V(t)})}function cf(e,t){return new e({type:"number",check:"number_format",abort:!1,format:"uint32",...V(t)})}function lf(e,t){return new e({type:"boolean",...V(t)})}function df(e,t){return new e({type:"boolean",coerce:!0,...V(t)})}function ff(e,t){return new e({type:"bigint",...V(t)})}function pf(e,t){return new e({type:"bigint",coerce:!0,...V(t)})}function mf(e,t){return new e({type:"bigint",check:"bigint_format",abort:!1,format:"int64",...V(t)})}function gf(e,t){return new e({type:"bigint",check:"bigint_format",abort:!1,format:"uint64",...V(t)})}function hf(e,t){return new e({type:"symbol",...V(t)})}function vf(e,t){return new e({type:"undefined",...V(t)})}function bf(e,t){return new e({type:"null",...V(t)})}function yf(e){return new e({type:"any"})}function $f(e){return new e({type:"unknown"})}function wf(e,t){return new e({type:"never",...V(t)})}function kf(e,t){return new e({type:"void",...V(t)})}function xf(e,t){return new e({type:"date",...V(t)})}function _f(e,t){return new e({type:"date",coerce:!0,...V(t)})}function If(e,t){return new e({type:"nan",...V(t)})}function Zt(e,t){return new ia({check:"less_than",...V(t),value:e,inclusive:!1})}function kt(e,t){return new ia({check:"less_than",...V(t),value:e,inclusive:!0})}function qt(e,t){return new oa({check:"greater_than",...V(t),value:e,inclusive:!1})}function xt(e,t){return new oa({check:"greater_than",...V(t),value:e,inclusive:!0})}function as(e){return qt(0,e)}function ss(e){return Zt(0,e)}function us(e){return kt(0,e)}function cs(e){return xt(0,e)}function yn(e,t){return new al({check:"multiple_of",...V(t),value:e})}function $n(e,t){return new cl({check:"max_size",...V(t),maximum:e})}function Bt(e,t){return new ll({check:"min_size",...V(t),minimum:e})}function Bn(e,t){return new dl({check:"size_equals",...V(t),size:e})}function Vn(e,t){return new fl({check:"max_length",...V(t),maximum:e})}function tn(e,t){return new pl({check:"min_length",...V(t),minimum:e})}function Gn(e,t){return new ml({check:"length_equals",...V(t),length:e})}function wr(e,t){return new gl({check:"string_format",format:"regex",...V(t),pattern:e})}function kr(e){return new hl({check:"string_format",format:"lowercase",...V(e)})}function xr(e){return new vl({check:"string_format",format:"uppercase",...V(e)})}function _r(e,t){return new bl({check:"string_format",format:"includes",...V(t),includes:e})}function Ir(e,t){return new yl({check:"string_format",format:"starts_with",...V(t),prefix:e})}function Ar(e,t){return new $l({check:"string_format",format:"ends_with",...V(t),suffix:e})}function ls(e,t,r){return new wl({check:"property",property:e,schema:t,...V(r)})}function Sr(e,t){return new kl({check:"properties",shape:e,...V(t)})}function Pr(e,t){return new xl({check:"mime_type",mime:e,...V(t)})}function Ct(e){return new _l({check:"overwrite",tx:e})}function Rr(e){return Ct(t=>t.normalize(e))}function Er(){return Ct(e=>e.trim())}function Tr(){return Ct(e=>e.toLowerCase())}function Or(){return Ct(e=>e.toUpperCase())}function Dr(){return Ct(e=>uc(e))}function Af(e,t,r){return new e({type:"array",element:t,...V(r)})}function nA(e,t,r){return new e({type:"union",options:t,...V(r)})}function rA(e,t,r){return new e({type:"union",options:t,inclusive:!1,...V(r)})}function iA(e,t,r,o){return new e({type:"union",options:r,discriminator:t,...V(o)})}function oA(e,t,r){return new e({type:"intersection",left:t,right:r})}function aA(e,t,r,o){let n=r instanceof de,i=n?o:r,a=n?r:null;return new e({type:"tuple",items:t,rest:a,...V(i)})}function sA(e,t,r,o){return new e({type:"record",keyType:t,valueType:r,...V(o)})}function uA(e,t,r,o){return new e({type:"map",keyType:t,valueType:r,...V(o)})}function cA(e,t,r){return new e({type:"set",valueType:t,...V(r)})}function lA(e,t,r){let o=Array.isArray(t)?Object.fromEntries(t.map(n=>[n,n])):t;return new e({type:"enum",entries:o,...V(r)})}function dA(e,t,r){return new e({type:"enum",entries:t,...V(r)})}function fA(e,t,r){return new e({type:"literal",values:Array.isArray(t)?t:[t],...V(r)})}function Sf(e,t){return new e({type:"file",...V(t)})}function pA(e,t){return new e({type:"transform",transform:t})}function mA(e,t){return new e({type:"optional",innerType:t})}function gA(e,t){return new e({type:"nullable",innerType:t})}function hA(e,t,r){return new e({type:"default",innerType:t,get defaultValue(){return typeof r=="function"?r():ai(r)}})}function vA(e,t,r){return new e({type:"nonoptional",innerType:t,...V(r)})}function bA(e,t){return new e({type:"success",innerType:t})}function yA(e,t,r){return new e({type:"catch",innerType:t,catchValue:typeof r=="function"?r:mc(r)})}function $A(e,t,r){return new e({type:"pipe",in:t,out:r})}function wA(e,t){return new e({type:"readonly",innerType:t})}function kA(e,t,r){return new e({type:"template_literal",parts:t,...V(r)})}function xA(e,t){return new e({type:"lazy",getter:t})}function _A(e,t){return new e({type:"promise",innerType:t})}function Pf(e,t,r){let o=V(r);return o.abort??(o.abort=!0),new e({type:"custom",check:"custom",fn:t,...o})}function Rf(e,t,r){return new e({type:"custom",check:"custom",fn:t,...V(r)})}function Ef(e,t){let r=lb(o=>(o.addIssue=n=>{if(typeof n=="string")o.issues.push(dr(n,o.value,r._zod.def));else{let i=n;i.fatal&&(i.continue=!1),i.code??(i.code="custom"),"input"in i||(i.input=o.value),i.inst??(i.inst=r),i.continue??(i.continue=!r._zod.def.abort),o.issues.push(dr(i))}},e(o.value,o)),t);return r}function lb(e,t){let r=new Oe({check:"custom",...V(t)});return r._zod.check=e,r}function Tf(e){let t=new Oe({check:"describe"});return t._zod.onattach=[r=>{let o=We.get(r)??{};We.add(r,{...o,description:e})}],t._zod.check=()=>{},t}function Of(e){let t=new Oe({check:"meta"});return t._zod.onattach=[r=>{let o=We.get(r)??{};We.add(r,{...o,...e})}],t._zod.check=()=>{},t}function Df(e,t){let r=V(t),o=r.truthy??["true","1","yes","on","y","enabled"],n=r.falsy??["false","0","no","off","n","disabled"];r.case!=="sensitive"&&(o=o.map(g=>typeof g=="string"?g.toLowerCase():g),n=n.map(g=>typeof g=="string"?g.toLowerCase():g));let i=new Set(o),a=new Set(n),s=e.Codec??Ri,c=e.Boolean??Si,u=e.String??Ln,l=new u({type:"string",error:r.error}),f=new c({type:"boolean",error:r.error}),p=new s({type:"pipe",in:l,out:f,transform:((g,v)=>{let h=g;return r.case!=="sensitive"&&(h=h.toLowerCase()),i.has(h)?!0:a.has(h)?!1:(v.issues.push({code:"invalid_value",expected:"stringbool",values:[...i,...a],input:v.value,inst:p,continue:!1}),{})}),reverseTransform:((g,v)=>g===!0?o[0]||"true":n[0]||"false"),error:r.error});return p._zod.bag.truthy=o,p._zod.bag.falsy=n,p._zod.bag.case=r.case??"insensitive",p}function Kn(e,t,r,o={}){let n=V(o),i={check:"string_format",type:"string",format:t,fn:typeof r=="function"?r:s=>r.test(s),...n};return r instanceof RegExp&&(i.pattern=r),new e(i)}function Mi(e,...t){for(let r of t)for(let o of Reflect.ownKeys(r))Object.prototype.propertyIsEnumerable.call(r,o)&&He(e,o,r[o]);return e}function wn(e){let t=e?.target??"draft-2020-12";return t==="draft-4"&&(t="draft-04"),t==="draft-7"&&(t="draft-07"),{processors:e.processors??{},metadataRegistry:e?.metadata??We,target:t,unrepresentable:e?.unrepresentable??"throw",override:e?.override??(()=>{}),io:e?.io??"output",counter:0,seen:new Map,sharedDefsExtractedFor:void 0,sharedEmitDoneFor:void 0,cycles:e?.cycles??"ref",reused:e?.reused??"inline",intersections:[],deferred:[],external:e?.external??void 0}}function Ze(e,t,r,o,n){let i=typeof t.unrepresentable=="function"?t.unrepresentable({zodSchema:e,path:o.path,message:n}):t.unrepresentable;if(i==="any")return!1;if(i===void 0||i==="throw")throw new Error(n);return Object.assign(r,i),!0}function Ee(e,t,r={path:[],schemaPath:[]}){var o;let n=e._zod.def,i=t.seen.get(e);if(i)return i.count++,r.schemaPath.includes(e)&&(i.cycle=r.path),i.schema;let a={schema:{},count:1,cycle:void 0,path:r.path};t.seen.set(e,a),t.sharedDefsExtractedFor=void 0,t.sharedEmitDoneFor=void 0;let s=e._zod.toJSONSchema?.();if(s)a.schema=s;else{let l={...r,schemaPath:[...r.schemaPath,e],path:r.path};if(e._zod.processJSONSchema)e._zod.processJSONSchema(t,a.schema,l);else{let p=a.schema,g=t.processors[n.type];if(!g)throw new Error(`[toJSONSchema]: Non-representable type encountered: ${n.type}`);g(e,t,p,l)}let f=e._zod.parent;f&&(a.ref||(a.ref=f),Ee(f,t,l),t.seen.get(f).isParent=!0)}let c=t.metadataRegistry.get(e);return c&&Mi(a.schema,c),t.io==="input"&&at(e)&&(delete a.schema.examples,delete a.schema.default),t.io==="input"&&"_prefault"in a.schema&&((o=a.schema).default??(o.default=a.schema._prefault)),delete a.schema._prefault,t.seen.get(e).schema}function db(e){return e.replace(/~/g,"~0").replace(/\//g,"~1")}function kn(e,t){let r=e.seen.get(t);if(!r)throw new Error("Unprocessed schema. This is a bug in Zod.");if(e.external&&e.sharedDefsExtractedFor===e.external)return;let o=new Map;for(let a of e.seen.entries()){let s=e.metadataRegistry.get(a[0])?.id;if(s){let c=o.get(s);if(c&&c!==a[0])throw new Error(`Duplicate schema id "${s}" detected during JSON Schema conversion. Two different schemas cannot share the same id when converted together.`);o.set(s,a[0])}}let n=a=>{let s=e.target==="draft-2020-12"?"$defs":"definitions";if(e.external){let f=e.external.registry.get(a[0])?.id,p=e.external.uri??(v=>v);if(f)return{ref:p(f)};let g=a[1].defId??a[1].schema.id??`schema${e.counter++}`;return a[1].defId=g,{defId:g,ref:`${p("__shared")}#/${s}/${db(g)}`}}let c="#",u=`${c}/${s}/`;if(a[1]===r&&!a[1].schema.id)return{ref:c};let l=a[1].schema.id??`__schema${e.counter++}`;return{defId:l,ref:u+db(l)}},i=a=>{if(a[1].schema.$ref)return;let s=a[1],{ref:c,defId:u}=n(a);s.def={...s.schema},u&&(s.defId=u);let l=s.schema;for(let f in l)delete l[f];l.$ref=c};if(e.cycles==="throw")for(let a of e.seen.entries()){let s=a[1];if(s.cycle)throw new Error(`Cycle detected: #/${s.cycle?.join("/")}/<root>

Set the \`cycles\` parameter to \`"ref"\` to resolve cyclical schemas with defs.`)}for(let a of e.seen.entries()){let s=a[1];if(t===a[0]){i(a);continue}if(e.external){let u=e.external.registry.get(a[0])?.id;if(t!==a[0]&&u){i(a);continue}}if(e.metadataRegistry.get(a[0])?.id){i(a);continue}if(s.cycle){i(a);continue}s.count>1&&e.reused==="ref"&&i(a)}e.external&&(e.sharedDefsExtractedFor=e.external)}function mb(e){let t=e.anyOf;if(!Array.isArray(t)||t.length===0||e.type!==void 0)return;let r=[];for(let o of t){if(!o||typeof o!="object")return;mb(o);let n=Object.keys(o);if(n.length!==1||n[0]!=="type")return;let i=o.type;for(let a of Array.isArray(i)?i:[i]){if(typeof a!="string")return;r.includes(a)||r.push(a)}}delete e.anyOf,e.type=r.length===1?r[0]:r}var gb=new Set(["type","properties","required","additionalProperties"]),fb=["oneOf","anyOf"];function pb(e){let t=e.additionalProperties;return t===void 0||t===!1||typeof t!="object"||t===null?null:Object.keys(t).length?t:null}function zf(e){let t=[];for(let i of e){if(typeof i!="object"||i.type!=="object")return null;for(let a in i)if(!gb.has(a))return null;t.push(i)}let r={},o=new Set;for(let i of t){for(let a in i.properties){if(Object.prototype.hasOwnProperty.call(r,a))continue;let s=[];for(let u of t){let l=u.properties?.[a]??pb(u);l!=null&&(s.some(f=>JSON.stringify(f)===JSON.stringify(l))||s.push(l))}let c=s.length===1?s[0]:zf(s)??{allOf:s};He(r,a,c)}for(let a of i.required??[])o.add(a)}let n={type:"object",properties:r};if(o.size&&(n.required=[...o]),t.every(i=>i.additionalProperties===!1))n.additionalProperties=!1;else{let i=[];for(let a of t){let s=pb(a);s&&!i.some(c=>JSON.stringify(c)===JSON.stringify(s))&&i.push(s)}i.length===1?n.additionalProperties=i[0]:i.length>1&&(n.additionalProperties={allOf:i})}return n}function IA(e){let t=e.allOf;if(!Array.isArray(t)||t.length<2)return;for(let n of gb)if(n in e)return;let r=t.filter(n=>fb.some(i=>Array.isArray(n[i]))),o=null;if(!r.length)o=zf(t);else{let n=r[0],i=fb.find(c=>Array.isArray(n[c]));if(Object.keys(n).length!==1)return;let a=t.filter(c=>c!==n),s=n[i].map(c=>zf([...a,c]));if(s.some(c=>!c))return;o={[i]:s}}o&&(delete e.allOf,Mi(e,o))}function xn(e,t){let r=e.seen.get(t);if(!r)throw new Error("Unprocessed schema. This is a bug in Zod.");let o=s=>{let c=e.seen.get(s);if(c.ref===null)return;let u=c.def??c.schema,l={...u},f=c.ref;if(c.ref=null,f){o(f);let g=e.seen.get(f),v=g.schema;if(v.$ref&&(e.target==="draft-07"||e.target==="draft-04"||e.target==="openapi-3.0")?(u.allOf=u.allOf??[],u.allOf.push(v)):Mi(u,v),Mi(u,l),s._zod.parent===f)for(let _ in u)_==="$ref"||_==="allOf"||_ in l||delete u[_];if(v.$ref&&g.def)for(let _ in u)_==="$ref"||_==="allOf"||_ in g.def&&JSON.stringify(u[_])===JSON.stringify(g.def[_])&&delete u[_]}let p=s._zod.parent;if(p&&p!==f){o(p);let g=e.seen.get(p);if(g?.schema.$ref&&(u.$ref=g.schema.$ref,g.def))for(let v in u)v==="$ref"||v==="allOf"||v in g.def&&JSON.stringify(u[v])===JSON.stringify(g.def[v])&&delete u[v]}e.override({zodSchema:s,jsonSchema:u,path:c.path??[]})};if(!e.external||e.sharedEmitDoneFor!==e.external){for(let s of[...e.seen.entries()].reverse())o(s[0]);if(e.target!=="openapi-3.0")for(let s of e.seen.entries())mb(s[1].def??s[1].schema);for(let s of e.deferred)s();if(e.intersections.length){let s=new Map;for(let c of e.seen.values())for(let u of[c.schema,c.def]){let l=u?.allOf;if(!Array.isArray(l))continue;let f=s.get(l);f?f.push(u):s.set(l,[u])}for(let c of e.intersections)for(let u of s.get(c)??[])IA(u)}}let n={};if(e.target==="draft-2020-12"?n.$schema="https://json-schema.org/draft/2020-12/schema":e.target==="draft-07"?n.$schema="http://json-schema.org/draft-07/schema#":e.target==="draft-04"?n.$schema="http://json-schema.org/draft-04/schema#":e.target,e.external?.uri){let s=e.external.registry.get(t)?.id;if(!s)throw new Error("Schema is missing an `id` property");n.$id=e.external.uri(s)}Mi(n,r.defId?r.schema:r.def??r.schema);let i=e.metadataRegistry.get(t)?.id;i!==void 0&&n.id===i&&delete n.id;let a=e.external?.defs??{};if(!e.external||e.sharedEmitDoneFor!==e.external)for(let s of e.seen.entries()){let c=s[1];c.def&&c.defId&&(c.def.id===c.defId&&delete c.def.id,He(a,c.defId,c.def))}e.external&&(e.sharedEmitDoneFor=e.external),e.external||Object.keys(a).length>0&&(e.target==="draft-2020-12"?n.$defs=a:n.definitions=a);try{let s=JSON.parse(JSON.stringify(n));return Object.defineProperty(s,"~standard",{value:{...t["~standard"],jsonSchema:{input:zr(t,"input",e.processors),output:zr(t,"output",e.processors)}},enumerable:!1,writable:!1}),s}catch{throw new Error("Error converting schema to JSON.")}}function at(e,t){let r=t??{seen:new Set};if(r.seen.has(e))return!1;r.seen.add(e);let o=e._zod.def;if(o.type==="transform")return!0;if(o.type==="array")return at(o.element,r);if(o.type==="set")return at(o.valueType,r);if(o.type==="lazy")return at(o.getter(),r);if(o.type==="promise"||o.type==="optional"||o.type==="nonoptional"||o.type==="nullable"||o.type==="readonly"||o.type==="default"||o.type==="prefault"||o.type==="catch")return at(o.innerType,r);if(o.type==="intersection")return at(o.left,r)||at(o.right,r);if(o.type==="record"||o.type==="map")return at(o.keyType,r)||at(o.valueType,r);if(o.type==="pipe")return e._zod.traits.has("$ZodCodec")?!0:at(o.in,r)||at(o.out,r);if(o.type==="object"){for(let n in o.shape)if(at(o.shape[n],r))return!0;return!1}if(o.type==="union"){for(let n of o.options)if(at(n,r))return!0;return!1}if(o.type==="tuple"){for(let n of o.items)if(at(n,r))return!0;return!!(o.rest&&at(o.rest,r))}return!1}var Nf=(e,t={})=>r=>{let o=wn({...r,processors:t});return Ee(e,o),kn(o,e),xn(o,e)},zr=(e,t,r={})=>o=>{let{libraryOptions:n,target:i}=o??{},a=wn({...n??{},target:i,io:t,processors:r});return Ee(e,a),kn(a,e),xn(a,e)};var Nr=(e,t,r)=>{(e[t]===void 0||r>e[t])&&(e[t]=r)},Cr=(e,t,r)=>{(e[t]===void 0||r<e[t])&&(e[t]=r)},hb=(e,t)=>{Nr(e,"minimum",t),Cr(e,"maximum",t)},$b=(e,t)=>{e.multipleOf??(e.multipleOf=[]),e.multipleOf.includes(t)||e.multipleOf.push(t)},wb=(e,t)=>{e.patterns??(e.patterns=new Set),e.patterns.add(t)},kb=(e,t)=>{e.mime=e.mime?e.mime.filter(r=>t.includes(r)):[...t]},xb=(e,t)=>{e.format=t,t.includes("int")&&(e.isInt=!0)},vb=(e,t)=>Nr(e,"minimum",t.minimum),bb=(e,t)=>Cr(e,"maximum",t.maximum),yb=e=>(t,r)=>{xb(t,r.format);let[o,n]=e[r.format];Nr(t,"minimum",o),Cr(t,"maximum",n)},AA={greater_than:(e,t)=>Nr(e,t.inclusive?"minimum":"exclusiveMinimum",t.value),less_than:(e,t)=>Cr(e,t.inclusive?"maximum":"exclusiveMaximum",t.value),multiple_of:(e,t)=>$b(e,t.value),number_format:yb(ui),bigint_format:yb(ci),min_length:vb,max_length:bb,length_equals:(e,t)=>hb(e,t.length),min_size:vb,max_size:bb,size_equals:(e,t)=>hb(e,t.size),string_format:(e,t)=>{xb(e,t.format),t.pattern&&wb(e,t.pattern),(t.format==="base64"||t.format==="base64url")&&(e.contentEncoding=t.format),(t.local||t.precision===-1)&&(e.laxFormat=!0)},mime_type:(e,t)=>kb(e,t.mime)};function qe(e){let t={},r=e._zod.def,o=e._zod.traits.has("$ZodCheck")?[e,...r.checks??[]]:r.checks??[];for(let i of o)AA[i._zod.def.check]?.(t,i._zod.def);let n=e._zod.bag;n.minimum!==void 0&&Nr(t,"minimum",n.minimum),n.exclusiveMinimum!==void 0&&Nr(t,"exclusiveMinimum",n.exclusiveMinimum),n.maximum!==void 0&&Cr(t,"maximum",n.maximum),n.exclusiveMaximum!==void 0&&Cr(t,"exclusiveMaximum",n.exclusiveMaximum),n.multipleOf!==void 0&&$b(t,n.multipleOf),n.format!==void 0&&(t.format??(t.format=n.format),n.format.includes("int")&&(t.isInt=!0)),n.mime&&kb(t,n.mime);for(let i of n.patterns??[])wb(t,i);return t}var SA={guid:"uuid",url:"uri",datetime:"date-time",json_string:"json-string",regex:""},PA=new Map([[ga,Lc],[Ai,Mc]]),_b=e=>PA.get(e)??e,jf=(e,t,r,o)=>{let n=r;n.type="string";let{minimum:i,maximum:a,format:s,patterns:c,contentEncoding:u,laxFormat:l}=qe(e);if(typeof i=="number"&&(n.minLength=i),typeof a=="number"&&(n.maxLength=a),s&&(n.format=SA[s]??s,n.format===""&&delete n.format,(s==="time"||l)&&delete n.format),u&&(n.contentEncoding=u),c&&c.size>0){let f=[...c].map(_b);f.length===1?n.pattern=f[0].source:f.length>1&&(n.allOf=[...f.map(p=>({...t.target==="draft-07"||t.target==="draft-04"||t.target==="openapi-3.0"?{type:"string"}:{},pattern:p.source}))])}},Ff=(e,t,r,o)=>{let n=r,{minimum:i,maximum:a,multipleOf:s,exclusiveMaximum:c,exclusiveMinimum:u,isInt:l}=qe(e);n.type=l?"integer":"number";let f=typeof u=="number"&&u>=(i??Number.NEGATIVE_INFINITY),p=typeof c=="number"&&c<=(a??Number.POSITIVE_INFINITY),g=t.target==="draft-04"||t.target==="openapi-3.0";if(f?g?(n.minimum=u,n.exclusiveMinimum=!0):n.exclusiveMinimum=u:typeof i=="number"&&(n.minimum=i),p?g?(n.maximum=c,n.exclusiveMaximum=!0):n.exclusiveMaximum=c:typeof a=="number"&&(n.maximum=a),s){let v=new Set;for(let k of s)Number.isFinite(k)&&k!==0?v.add(Math.abs(k)):Ze(e,t,n,o,`A multipleOf divisor of ${k} cannot be represented in JSON Schema`);let[h,..._]=v;h!==void 0&&(n.multipleOf=h),_.length&&(n.allOf=[...n.allOf??[],..._.map(k=>({multipleOf:k}))])}},Lf=(e,t,r,o)=>{r.type="boolean"},Mf=(e,t,r,o)=>{Ze(e,t,r,o,"BigInt cannot be represented in JSON Schema")},Zf=(e,t,r,o)=>{Ze(e,t,r,o,"Symbols cannot be represented in JSON Schema")},qf=(e,t,r,o)=>{t.target==="openapi-3.0"?(r.type="string",r.nullable=!0,r.enum=[null]):r.type="null"},Bf=(e,t,r,o)=>{Ze(e,t,r,o,"Undefined cannot be represented in JSON Schema")},Vf=(e,t,r,o)=>{Ze(e,t,r,o,"Void cannot be represented in JSON Schema")},Gf=(e,t,r,o)=>{r.not={}},Kf=(e,t,r,o)=>{},Hf=(e,t,r,o)=>{},Wf=(e,t,r,o)=>{Ze(e,t,r,o,"Date cannot be represented in JSON Schema")},Jf=(e,t,r,o)=>{let n=e._zod.def,i=ar(n.entries);if(i.length===0){r.not={};return}i.every(a=>typeof a=="number")&&(r.type="number"),i.every(a=>typeof a=="string")&&(r.type="string"),r.enum=i},Xf=(e,t,r,o)=>{let n=e._zod.def;if(n.values.length===0){r.not={};return}let i=[];for(let a of n.values)if(a===void 0){if(Ze(e,t,r,o,"Literal `undefined` cannot be represented in JSON Schema"))return}else if(typeof a=="bigint"){if(Ze(e,t,r,o,"BigInt literals cannot be represented in JSON Schema"))return;i.push(Number(a))}else i.push(a);if(i.length!==0)if(i.length===1){let a=i[0];r.type=a===null?"null":typeof a,t.target==="draft-04"||t.target==="openapi-3.0"?r.enum=[a]:r.const=a}else i.every(a=>typeof a=="number")&&(r.type="number"),i.every(a=>typeof a=="string")&&(r.type="string"),i.every(a=>typeof a=="boolean")&&(r.type="boolean"),i.every(a=>a===null)&&(r.type="null"),r.enum=i},Yf=(e,t,r,o)=>{Ze(e,t,r,o,"NaN cannot be represented in JSON Schema")},Qf=(e,t,r,o)=>{let n=r,i=e._zod.pattern;if(!i)throw new Error("Pattern not found in template literal");n.type="string",n.pattern=i.source},ep=(e,t,r,o)=>{let n=r;n.type="string",n.format="binary",n.contentEncoding="binary";let{minimum:i,maximum:a,mime:s}=qe(e);i!==void 0&&(n.minLength=i),a!==void 0&&(n.maxLength=a),s&&(s.length===0?n.not={}:s.length===1?n.contentMediaType=s[0]:n.anyOf=s.map(c=>({contentMediaType:c})))},tp=(e,t,r,o)=>{r.type="boolean"},np=(e,t,r,o)=>{Ze(e,t,r,o,"Custom types cannot be represented in JSON Schema")},rp=(e,t,r,o)=>{Ze(e,t,r,o,"Function types cannot be represented in JSON Schema")},ip=(e,t,r,o)=>{Ze(e,t,r,o,"Transforms cannot be represented in JSON Schema")},op=(e,t,r,o)=>{Ze(e,t,r,o,"Map cannot be represented in JSON Schema")},ap=(e,t,r,o)=>{Ze(e,t,r,o,"Set cannot be represented in JSON Schema")},sp=(e,t,r,o)=>{let n=r,i=e._zod.def,{minimum:a,maximum:s}=qe(e);typeof a=="number"&&(n.minItems=a),typeof s=="number"&&(n.maxItems=s),n.type="array",n.items=Ee(i.element,t,{...o,path:[...o.path,"items"]})};function Zi(e){let t=e._zod.def;return t.type==="pipe"&&t.in._zod.traits.has("$ZodTransform")?Zi(t.out):t.type==="catch"?Zi(t.innerType):e._zod.optin}var up=(e,t,r,o)=>{let n=r,i=e._zod.def,a=i.shape;if(Object.getOwnPropertySymbols(a).length&&Ze(e,t,n,o,"Symbol keys cannot be represented in JSON Schema"))return;n.type="object",n.properties={};for(let u in a)He(n.properties,u,Ee(a[u],t,{...o,path:[...o.path,"properties",u]}));let c=[];for(let u of Object.keys(a)){let l=i.shape[u];(t.io==="input"?Zi(l)===void 0:l._zod.optout===void 0)&&c.push(u)}c.length>0&&(n.required=c),i.catchall?._zod.def.type==="never"?n.additionalProperties=!1:i.catchall?i.catchall&&(n.additionalProperties=Ee(i.catchall,t,{...o,path:[...o.path,"additionalProperties"]})):t.io==="output"&&(n.additionalProperties=!1)},fs=(e,t,r,o)=>{let n=e._zod.def,i=n.inclusive===!1,a=n.options.map((s,c)=>Ee(s,t,{...o,path:[...o.path,i?"oneOf":"anyOf",c]}));i?r.oneOf=a:r.anyOf=a},cp=(e,t,r,o)=>{let n=e._zod.def,i=Ee(n.left,t,{...o,path:[...o.path,"allOf",0]}),a=Ee(n.right,t,{...o,path:[...o.path,"allOf",1]}),s=u=>"allOf"in u&&Object.keys(u).length===1,c=[...s(i)?i.allOf:[i],...s(a)?a.allOf:[a]];r.allOf=c,t.intersections.push(c)},lp=(e,t,r,o)=>{let n=r,i=e._zod.def;n.type="array";let a=t.target==="draft-2020-12"?"prefixItems":"items",s=t.target==="draft-2020-12"||t.target==="openapi-3.0"?"items":"additionalItems",c=i.items.map((h,_)=>Ee(h,t,{...o,path:[...o.path,a,_]})),u=i.rest?Ee(i.rest,t,{...o,path:[...o.path,s,...t.target==="openapi-3.0"?[i.items.length]:[]]}):null,l=i.items.length;for(;l>0;){let h=i.items[l-1];if(!(t.io==="input"?Zi(h)!==void 0:h._zod.optout==="optional"))break;l--}let f=i.items.length,p=!i.rest;t.target==="draft-2020-12"?(n.prefixItems=c,p?n.items=!1:u&&(n.items=u),l>0&&(n.minItems=l),p&&(n.maxItems=f)):t.target==="openapi-3.0"?(n.items={anyOf:c},u&&n.items.anyOf.push(u),l>0&&(n.minItems=l),p&&(n.maxItems=f)):(n.items=c,p?n.additionalItems=!1:u&&(n.additionalItems=u),l>0&&(n.minItems=l),p&&(n.maxItems=f));let{minimum:g,maximum:v}=qe(e);typeof g=="number"&&(n.minItems=g),typeof v=="number"&&(n.maxItems=v)};function Cf(e,t,r){if(t.$ref){if(r.has(t))return t;r.add(t);let v=e.get(t)?.def;if(!v)return t;let h=Cf(e,v,r);return h===v?t:h}for(let v of["anyOf","oneOf"]){let h=t[v];if(!Array.isArray(h))continue;let _=h.map(k=>Cf(e,k,r));_.some((k,y)=>k!==h[y])&&(t={...t,[v]:_})}let o=Array.isArray(t.type)?t.type:[t.type],n=!o.includes("string")&&o.some(v=>v==="number"||v==="integer"),i=t.enum??(t.const!==void 0?[t.const]:void 0);if(!n&&!i?.some(v=>typeof v=="number"))return t;let{minimum:a,maximum:s,exclusiveMinimum:c,exclusiveMaximum:u,multipleOf:l,format:f,id:p,...g}=t;return g.enum?g.enum=g.enum.map(v=>typeof v=="number"?String(v):v):typeof g.const=="number"&&(g.const=String(g.const)),n&&(g.type="string",i||(g.pattern=(o.includes("number")?en:yi).source)),g}var Uf=new WeakMap;function RA(e){let t=new Map;for(let o of e.seen.values())o.def&&!t.has(o.schema)&&t.set(o.schema,o);let r=new Map;for(let o of Uf.get(e)??[]){let n=e.seen.get(o),i=(n?.def??n?.schema)?.propertyNames;if(!i||i===!0||r.has(i))continue;let a=Cf(t,i,new Set);a!==i&&r.set(i,a)}if(r.size)for(let o of e.seen.values())for(let n of[o.schema,o.def]){let i=n&&r.get(n.propertyNames);i&&(n.propertyNames=i)}}var dp=(e,t,r,o)=>{let n=r,i=e._zod.def;n.type="object";let a=i.keyType,s=qe(a).patterns;if(i.mode==="loose"&&s&&s.size>0){let l=Ee(i.valueType,t,{...o,path:[...o.path,"patternProperties","*"]});n.patternProperties={};for(let f of s)He(n.patternProperties,_b(f).source,l)}else{if(t.target==="draft-07"||t.target==="draft-2020-12"){n.propertyNames=Ee(i.keyType,t,{...o,path:[...o.path,"propertyNames"]});let l=Uf.get(t);l||(l=[],Uf.set(t,l),t.deferred.push(()=>RA(t))),l.push(e)}n.additionalProperties=Ee(i.valueType,t,{...o,path:[...o.path,"additionalProperties"]})}let c=a._zod.values,u=t.io==="input"&&Zi(i.valueType)!==void 0;if(c&&!i.partial&&!u){let l=[...c].filter(f=>typeof f=="string"||typeof f=="number");l.length>0&&(n.required=l.map(String))}},fp=(e,t,r,o)=>{let n=e._zod.def,i=Ee(n.innerType,t,o),a=t.seen.get(e);t.target==="openapi-3.0"?(a.ref=n.innerType,r.nullable=!0):r.anyOf=[i,{type:"null"}]},pp=(e,t,r,o)=>{let n=e._zod.def;Ee(n.innerType,t,o);let i=t.seen.get(e);i.ref=n.innerType},mp=Symbol();function Ib(e,t,r,o,n){let i=!1,a=JSON.stringify(e,(s,c)=>typeof c!="bigint"?c:(i=!0,null));return i?(Ze(t,r,o,n,"BigInt defaults cannot be represented in JSON Schema"),mp):JSON.parse(a)}var gp=(e,t,r,o)=>{let n=e._zod.def;Ee(n.innerType,t,o);let i=t.seen.get(e);i.ref=n.innerType;let a=Ib(n.defaultValue,e,t,r,o);a!==mp&&(r.default=a)},hp=(e,t,r,o)=>{let n=e._zod.def;Ee(n.innerType,t,o);let i=t.seen.get(e);if(i.ref=n.innerType,t.io!=="input")return;let a=Ib(n.defaultValue,e,t,r,o);a!==mp&&(r._prefault=a)},vp=(e,t,r,o)=>{let n=e._zod.def;Ee(n.innerType,t,o);let i=t.seen.get(e);i.ref=n.innerType;let a;try{a=n.catchValue(void 0)}catch{Ze(e,t,r,o,"Dynamic catch values are not supported in JSON Schema");return}r.default=a},bp=(e,t,r,o)=>{let n=e._zod.def,i=n.in._zod.traits.has("$ZodTransform"),a=t.io==="input"?i?n.out:n.in:n.out;Ee(a,t,o);let s=t.seen.get(e);s.ref=a},yp=(e,t,r,o)=>{let n=e._zod.def;Ee(n.innerType,t,o);let i=t.seen.get(e);i.ref=n.innerType,r.readOnly=!0},$p=(e,t,r,o)=>{let n=e._zod.def;Ee(n.innerType,t,o);let i=t.seen.get(e);i.ref=n.innerType},ps=(e,t,r,o)=>{let n=e._zod.def;Ee(n.innerType,t,o);let i=t.seen.get(e);i.ref=n.innerType},wp=(e,t,r,o)=>{let n=e._zod.innerType;Ee(n,t,o);let i=t.seen.get(e);i.ref=n},ds={string:jf,number:Ff,boolean:Lf,bigint:Mf,symbol:Zf,null:qf,undefined:Bf,void:Vf,never:Gf,any:Kf,unknown:Hf,date:Wf,enum:Jf,literal:Xf,nan:Yf,template_literal:Qf,file:ep,success:tp,custom:np,function:rp,transform:ip,map:op,set:ap,array:sp,object:up,union:fs,intersection:cp,tuple:lp,record:dp,nullable:fp,nonoptional:pp,default:gp,prefault:hp,catch:vp,pipe:bp,readonly:yp,promise:$p,optional:ps,lazy:wp};function ms(e,t){if("_idmap"in e){let o=e,n=wn({...t,processors:ds}),i={};for(let c of o._idmap.entries()){let[u,l]=c;Ee(l,n)}let a={},s={registry:o,uri:t?.uri,defs:i};n.external=s;for(let c of o._idmap.entries()){let[u,l]=c;kn(n,l),He(a,u,xn(n,l))}if(Object.keys(i).length>0){let c=n.target==="draft-2020-12"?"$defs":"definitions";a.__shared={[c]:i}}return{schemas:a}}let r=wn({...t,processors:ds});return Ee(e,r),kn(r,e),xn(r,e)}var gs=class{get metadataRegistry(){return this.ctx.metadataRegistry}get target(){return this.ctx.target}get unrepresentable(){return this.ctx.unrepresentable}get override(){return this.ctx.override}get io(){return this.ctx.io}get counter(){return this.ctx.counter}set counter(t){this.ctx.counter=t}get seen(){return this.ctx.seen}constructor(t){let r=t?.target??"draft-2020-12";r==="draft-4"&&(r="draft-04"),r==="draft-7"&&(r="draft-07"),this.ctx=wn({processors:ds,target:r,...t?.metadata&&{metadata:t.metadata},...t?.unrepresentable&&{unrepresentable:t.unrepresentable},...t?.override&&{override:t.override},...t?.io&&{io:t.io}})}process(t,r={path:[],schemaPath:[]}){return Ee(t,this.ctx,r)}emit(t,r){r&&(r.cycles&&(this.ctx.cycles=r.cycles),r.reused&&(this.ctx.reused=r.reused),r.external&&(this.ctx.external=r.external)),this.ctx.sharedDefsExtractedFor=void 0,this.ctx.sharedEmitDoneFor=void 0,kn(this.ctx,t);let o=xn(this.ctx,t),{"~standard":n,...i}=o;return i}};var Ab={};var Br={};Kt(Br,{ZodAny:()=>qp,ZodArray:()=>Kp,ZodBase64:()=>zs,ZodBase64URL:()=>Ns,ZodBigInt:()=>Zr,ZodBigIntFormat:()=>js,ZodBoolean:()=>Mr,ZodCIDRv4:()=>Os,ZodCIDRv6:()=>Ds,ZodCUID:()=>Is,ZodCUID2:()=>As,ZodCatch:()=>mm,ZodCodec:()=>Yi,ZodCreditCard:()=>Np,ZodCustom:()=>Qi,ZodCustomStringFormat:()=>Xn,ZodDate:()=>Gi,ZodDefault:()=>um,ZodDiscriminatedUnion:()=>Wp,ZodE164:()=>Cs,ZodEmail:()=>ws,ZodEmoji:()=>xs,ZodEnum:()=>jr,ZodExactOptional:()=>Zs,ZodFile:()=>im,ZodFunction:()=>_m,ZodGUID:()=>ks,ZodIBAN:()=>Cp,ZodIPv4:()=>Es,ZodIPv6:()=>Ts,ZodISODate:()=>In,ZodISODateTime:()=>_n,ZodISODuration:()=>Sn,ZodISOTime:()=>An,ZodInstanceOf:()=>Sm,ZodIntersection:()=>Jp,ZodJWT:()=>Us,ZodKSUID:()=>Rs,ZodLazy:()=>wm,ZodLiteral:()=>rm,ZodMAC:()=>zp,ZodMap:()=>tm,ZodNaN:()=>hm,ZodNanoID:()=>_s,ZodNever:()=>Vp,ZodNonOptional:()=>qs,ZodNull:()=>Mp,ZodNullable:()=>sm,ZodNumber:()=>Lr,ZodNumberFormat:()=>Yn,ZodObject:()=>Hi,ZodOptional:()=>Ji,ZodPipe:()=>Xi,ZodPrefault:()=>lm,ZodPreprocess:()=>vm,ZodPromise:()=>xm,ZodReadonly:()=>bm,ZodRecord:()=>Ur,ZodSet:()=>nm,ZodString:()=>Fr,ZodStringFormat:()=>Te,ZodSuccess:()=>pm,ZodSymbol:()=>Fp,ZodTemplateLiteral:()=>$m,ZodTransform:()=>om,ZodTuple:()=>Yp,ZodType:()=>me,ZodULID:()=>Ss,ZodURL:()=>Vi,ZodUUID:()=>Vt,ZodUndefined:()=>Lp,ZodUnion:()=>Wi,ZodUnknown:()=>Bp,ZodVoid:()=>Gp,ZodXID:()=>Ps,ZodXor:()=>Hp,_ZodString:()=>$s,_default:()=>cm,_function:()=>jy,any:()=>gy,array:()=>Ki,base64:()=>Wb,base64url:()=>Jb,bigint:()=>ly,boolean:()=>jp,catch:()=>gm,check:()=>Fy,cidrv4:()=>Kb,cidrv6:()=>Hb,codec:()=>zy,creditCard:()=>Yb,cuid:()=>Fb,cuid2:()=>Lb,currencyCode:()=>iy,custom:()=>Ly,date:()=>vy,describe:()=>My,discriminatedUnion:()=>xy,e164:()=>Xb,email:()=>Rb,emoji:()=>Ub,enum:()=>Ls,exactOptional:()=>am,file:()=>Ey,float32:()=>ay,float64:()=>sy,function:()=>jy,guid:()=>Eb,hash:()=>oy,hex:()=>ry,hostname:()=>ny,httpUrl:()=>Cb,iban:()=>Qb,instanceof:()=>qy,int:()=>bs,int32:()=>uy,int64:()=>dy,intersection:()=>Xp,invertCodec:()=>Ny,ipv4:()=>Bb,ipv6:()=>Gb,json:()=>Vy,jwt:()=>ey,keyof:()=>by,ksuid:()=>qb,lazy:()=>km,literal:()=>Ry,looseObject:()=>wy,looseRecord:()=>Iy,mac:()=>Vb,map:()=>Ay,meta:()=>Zy,nan:()=>Dy,nanoid:()=>jb,nativeEnum:()=>Py,never:()=>Fs,nonoptional:()=>fm,null:()=>Zp,nullable:()=>Bi,nullish:()=>Ty,number:()=>Up,object:()=>yy,optional:()=>Wn,partialRecord:()=>_y,pipe:()=>ys,prefault:()=>dm,preprocess:()=>Gy,promise:()=>Uy,readonly:()=>ym,record:()=>em,refine:()=>Im,set:()=>Sy,strictObject:()=>$y,string:()=>qi,stringFormat:()=>ty,stringbool:()=>By,success:()=>Oy,superRefine:()=>Am,symbol:()=>py,templateLiteral:()=>Cy,transform:()=>Ms,tuple:()=>Qp,uint32:()=>cy,uint64:()=>fy,ulid:()=>Mb,undefined:()=>my,union:()=>qr,unknown:()=>Hn,url:()=>Nb,uuid:()=>Tb,uuidv4:()=>Ob,uuidv6:()=>Db,uuidv7:()=>zb,void:()=>hy,xid:()=>Zb,xor:()=>ky});var hs={};Kt(hs,{endsWith:()=>Ar,gt:()=>qt,gte:()=>xt,includes:()=>_r,length:()=>Gn,lowercase:()=>kr,lt:()=>Zt,lte:()=>kt,maxLength:()=>Vn,maxSize:()=>$n,mime:()=>Pr,minLength:()=>tn,minSize:()=>Bt,multipleOf:()=>yn,negative:()=>ss,nonnegative:()=>cs,nonpositive:()=>us,normalize:()=>Rr,overwrite:()=>Ct,positive:()=>as,properties:()=>Sr,property:()=>ls,regex:()=>wr,size:()=>Bn,slugify:()=>Dr,startsWith:()=>Ir,toLowerCase:()=>Tr,toUpperCase:()=>Or,trim:()=>Er,uppercase:()=>xr});var Sb=new WeakSet([Object.prototype,Error.prototype]);function vs(e,t,r){Object.defineProperty(e,t,{configurable:!0,enumerable:!1,get(){let o=r(this);return Object.defineProperty(this,t,{value:o,configurable:!0,writable:!0}),o},set(o){Object.defineProperty(this,t,{value:o,configurable:!0,writable:!0})}})}var Pb=(e,t)=>{$c.init(e,t),e.name="ZodError";let r=Object.getPrototypeOf(e);Sb.has(r)||(Sb.add(r),vs(r,"format",o=>n=>gi(o,n)),vs(r,"flatten",o=>n=>mi(o,n)),vs(r,"addIssue",o=>n=>{o.issues.push(n),o.message=JSON.stringify(o.issues,sr,2)}),vs(r,"addIssues",o=>n=>{o.issues.push(...n),o.message=JSON.stringify(o.issues,sr,2)}),Object.defineProperty(r,"isEmpty",{configurable:!0,enumerable:!1,get(){return this.issues.length===0}}))},TA=b("ZodError",Pb),vt=b("ZodError",Pb,void 0,{Parent:Error});var kp=fr(vt),xp=pr(vt),_p=mr(vt),Ip=gr(vt),Ap=Go(vt),Sp=Ko(vt),Pp=Ho(vt),Rp=Wo(vt),Ep=Jo(vt),Tp=Xo(vt),Op=Yo(vt),Dp=Qo(vt);function DA(){Ve.localeError||Fe(Ta())}function Jn(){Ve.memoizer||Fe({memoizer:Di()})}var me=b("ZodType",(e,t)=>(DA(),de.init(e,t),e.def=t,e.type=t.type,e),{check(...e){let t=this.def;return this.clone(O.mergeDefs(t,{checks:[...t.checks??[],...e.map(r=>typeof r=="function"?{_zod:{check:r,def:{check:"custom"},onattach:[]}}:r)]}),{parent:!0})},with(...e){return this.check(...e)},clone(e,t){return Pe(this,e,t)},brand(){return this},register(e,t){return e.add(this,t),this},refine(e,t){return this.check(Im(e,t))},superRefine(e,t){return this.check(Am(e,t))},overwrite(e){return this.check(Ct(e))},optional(){return Wn(this)},exactOptional(){return am(this)},nullable(){return Bi(this)},nullish(){return Wn(Bi(this))},nonoptional(e){return fm(this,e)},array(){return Ki(this)},or(e){return qr([this,e])},and(e){return Xp(this,e)},transform(e){return ys(this,Ms(e))},default(e){return cm(this,e)},prefault(e){return dm(this,e)},catch(e){return gm(this,e)},pipe(e){return ys(this,e)},readonly(){return ym(this)},describe(e){let t=this.clone();return We.add(t,{description:e}),t},meta(...e){if(e.length===0)return We.get(this);let t=this.clone();return We.add(t,e[0]),t},isOptional(){return this.safeParse(void 0).success},isNullable(){return this.safeParse(null).success},apply(e,...t){return t.length===0?e(this):e(this,...t)},get"~standard"(){return O.hide(this,"~standard",{...la(this),jsonSchema:{input:zr(this,"input"),output:zr(this,"output")}})},set"~standard"(e){O.own(this,"~standard",e)},parse:function e(t,r){return kp(this,t,r,{callee:e})},parseAsync:async function e(t,r){return await xp(this,t,r,{callee:e})},safeParse(e,t){return _p(this,e,t)},async safeParseAsync(e,t){return Ip(this,e,t)},get spa(){return this?.safeParseAsync},set spa(e){O.own(this,"spa",e)},validate(e,t){return hi(this,e,t)},validateAsync(e,t){return vi(this,e,t)},encode:function e(t,r){return Ap(this,t,r,{callee:e})},decode:function e(t,r){return Sp(this,t,r,{callee:e})},encodeAsync:async function e(t,r){return await Pp(this,t,r,{callee:e})},decodeAsync:async function e(t,r){return await Rp(this,t,r,{callee:e})},safeEncode(e,t){return Ep(this,e,t)},safeDecode(e,t){return Tp(this,e,t)},async safeEncodeAsync(e,t){return Op(this,e,t)},async safeDecodeAsync(e,t){return Dp(this,e,t)},toJSONSchema(e){return Nf(this,{})(e)},get description(){return We.get(this)?.description},get _def(){return this._zod.def}}),$s=b("_ZodString",(e,t)=>{Ln.init(e,t),me.init(e,t),e._zod.processJSONSchema=(r,o,n)=>jf(e,r,o,n)},O.derived({format:e=>qe(e).format??null,minLength:e=>qe(e).minimum??null,maxLength:e=>qe(e).maximum??null},{regex(...e){return this.check(wr(...e))},includes(...e){return this.check(_r(...e))},startsWith(...e){return this.check(Ir(...e))},endsWith(...e){return this.check(Ar(...e))},min(...e){return this.check(tn(...e))},max(...e){return this.check(Vn(...e))},length(...e){return this.check(Gn(...e))},nonempty(...e){return this.check(tn(1,...e))},lowercase(e){return this.check(kr(e))},uppercase(e){return this.check(xr(e))},trim(){return this.check(Er())},normalize(...e){return this.check(Rr(...e))},toLowerCase(){return this.check(Tr())},toUpperCase(){return this.check(Or())},slugify(){return this.check(Dr())}})),Fr=b("ZodString",(e,t)=>{Ln.init(e,t),$s.init(e,t)},{email(e){return this.check(Fa(ws,e))},url(e){return this.check(Ci(Vi,e))},jwt(e){return this.check(os(Us,e))},emoji(e){return this.check(Va(xs,e))},guid(e){return this.check(La(ks,e))},uuid(e){return this.check(Ma(Vt,e))},uuidv4(e){return this.check(Za(Vt,e))},uuidv6(e){return this.check(qa(Vt,e))},uuidv7(e){return this.check(Ba(Vt,e))},nanoid(e){return this.check(Ga(_s,e))},cuid(e){return this.check(Ka(Is,e))},cuid2(e){return this.check(Ha(As,e))},ulid(e){return this.check(Wa(Ss,e))},base64(e){return this.check(ns(zs,e))},base64url(e){return this.check(rs(Ns,e))},xid(e){return this.check(Ja(Ps,e))},ksuid(e){return this.check(Xa(Rs,e))},ipv4(e){return this.check(Ya(Es,e))},ipv6(e){return this.check(Qa(Ts,e))},cidrv4(e){return this.check(es(Os,e))},cidrv6(e){return this.check(ts(Ds,e))},e164(e){return this.check(is(Cs,e))},datetime(e){return this.check(Ui(_n,e))},date(e){return this.check(ji(In,e))},time(e){return this.check(Fi(An,e))},duration(e){return this.check(Li(Sn,e))}});function qi(e){return Jd(Fr,e)}var Te=b("ZodStringFormat",(e,t)=>{Re.init(e,t),$s.init(e,t)}),_n=b("ZodISODateTime",(e,t)=>{Ll.init(e,t),Te.init(e,t)}),In=b("ZodISODate",(e,t)=>{Ml.init(e,t),Te.init(e,t)}),An=b("ZodISOTime",(e,t)=>{Zl.init(e,t),Te.init(e,t)}),Sn=b("ZodISODuration",(e,t)=>{ql.init(e,t),Te.init(e,t)}),ws=b("ZodEmail",(e,t)=>{Rl.init(e,t),Te.init(e,t)});function Rb(e){return Fa(ws,e)}var ks=b("ZodGUID",(e,t)=>{Sl.init(e,t),Te.init(e,t)});function Eb(e){return La(ks,e)}var Vt=b("ZodUUID",(e,t)=>{Pl.init(e,t),Te.init(e,t)});function Tb(e){return Ma(Vt,e)}function Ob(e){return Za(Vt,e)}function Db(e){return qa(Vt,e)}function zb(e){return Ba(Vt,e)}var Vi=b("ZodURL",(e,t)=>{Ol.init(e,t),Te.init(e,t)});function Nb(e){return Ci(Vi,e)}function Cb(e){return Ci(Vi,{protocol:bi,hostname:qc,...O.normalizeParams(e)})}var xs=b("ZodEmoji",(e,t)=>{Dl.init(e,t),Te.init(e,t)});function Ub(e){return Va(xs,e)}var _s=b("ZodNanoID",(e,t)=>{zl.init(e,t),Te.init(e,t)});function jb(e){return Ga(_s,e)}var Is=b("ZodCUID",(e,t)=>{Nl.init(e,t),Te.init(e,t)});function Fb(e){return Ka(Is,e)}var As=b("ZodCUID2",(e,t)=>{Cl.init(e,t),Te.init(e,t)});function Lb(e){return Ha(As,e)}var Ss=b("ZodULID",(e,t)=>{Ul.init(e,t),Te.init(e,t)});function Mb(e){return Wa(Ss,e)}var Ps=b("ZodXID",(e,t)=>{jl.init(e,t),Te.init(e,t)});function Zb(e){return Ja(Ps,e)}var Rs=b("ZodKSUID",(e,t)=>{Fl.init(e,t),Te.init(e,t)});function qb(e){return Xa(Rs,e)}var Es=b("ZodIPv4",(e,t)=>{Bl.init(e,t),Te.init(e,t)});function Bb(e){return Ya(Es,e)}var zp=b("ZodMAC",(e,t)=>{Gl.init(e,t),Te.init(e,t)});function Vb(e){return Yd(zp,e)}var Ts=b("ZodIPv6",(e,t)=>{Vl.init(e,t),Te.init(e,t)});function Gb(e){return Qa(Ts,e)}var Os=b("ZodCIDRv4",(e,t)=>{Kl.init(e,t),Te.init(e,t)});function Kb(e){return es(Os,e)}var Ds=b("ZodCIDRv6",(e,t)=>{Hl.init(e,t),Te.init(e,t)});function Hb(e){return ts(Ds,e)}var zs=b("ZodBase64",(e,t)=>{Wl.init(e,t),Te.init(e,t)});function Wb(e){return ns(zs,e)}var Ns=b("ZodBase64URL",(e,t)=>{Jl.init(e,t),Te.init(e,t)});function Jb(e){return rs(Ns,e)}var Cs=b("ZodE164",(e,t)=>{Xl.init(e,t),Te.init(e,t)});function Xb(e){return is(Cs,e)}var Np=b("ZodCreditCard",(e,t)=>{Yl.init(e,t),Te.init(e,t)});function Yb(e){return Qd(Np,e)}var Cp=b("ZodIBAN",(e,t)=>{Ql.init(e,t),Te.init(e,t)});function Qb(e){return ef(Cp,e)}var Us=b("ZodJWT",(e,t)=>{ed.init(e,t),Te.init(e,t)});function ey(e){return os(Us,e)}var Xn=b("ZodCustomStringFormat",(e,t)=>{td.init(e,t),Te.init(e,t)});function ty(e,t,r={}){return Kn(Xn,e,t,r)}function ny(e){return Kn(Xn,"hostname",Zc,e)}function ry(e){return Kn(Xn,"hex",rl,e)}function iy(e){return Kn(Xn,"currency_code",Vc,e)}function oy(e,t){let r=t?.enc??"hex",o=`${e}_${r}`,n=Rt[o];if(!n)throw new Error(`Unrecognized hash format: ${o}`);return Kn(Xn,o,n,t)}var Lr=b("ZodNumber",(e,t)=>{$a.init(e,t),me.init(e,t),e._zod.processJSONSchema=(r,o,n)=>Ff(e,r,o,n),e.isFinite=!0},O.derived({minValue:e=>{let{minimum:t,exclusiveMinimum:r}=qe(e);return Math.max(t??Number.NEGATIVE_INFINITY,r??Number.NEGATIVE_INFINITY)},maxValue:e=>{let{maximum:t,exclusiveMaximum:r}=qe(e);return Math.min(t??Number.POSITIVE_INFINITY,r??Number.POSITIVE_INFINITY)},isInt:e=>{let{isInt:t,multipleOf:r}=qe(e);return!!t||!!r?.some(Number.isSafeInteger)},format:e=>qe(e).format??null},{gt(e,t){return this.check(qt(e,t))},gte(e,t){return this.check(xt(e,t))},min(e,t){return this.check(xt(e,t))},lt(e,t){return this.check(Zt(e,t))},lte(e,t){return this.check(kt(e,t))},max(e,t){return this.check(kt(e,t))},int(e){return this.check(bs(e))},safe(e){return this.check(bs(e))},positive(e){return this.check(qt(0,e))},nonnegative(e){return this.check(xt(0,e))},negative(e){return this.check(Zt(0,e))},nonpositive(e){return this.check(kt(0,e))},multipleOf(e,t){return this.check(yn(e,t))},step(e,t){return this.check(yn(e,t))},finite(){return this}}));function Up(e){return nf(Lr,e)}var Yn=b("ZodNumberFormat",(e,t)=>{nd.init(e,t),Lr.init(e,t)});function bs(e){return of(Yn,e)}function ay(e){return af(Yn,e)}function sy(e){return sf(Yn,e)}function uy(e){return uf(Yn,e)}function cy(e){return cf(Yn,e)}var Mr=b("ZodBoolean",(e,t)=>{Si.init(e,t),me.init(e,t),e._zod.processJSONSchema=(r,o,n)=>Lf(e,r,o,n)});function jp(e){return lf(Mr,e)}var Zr=b("ZodBigInt",(e,t)=>{wa.init(e,t),me.init(e,t),e._zod.processJSONSchema=(r,o,n)=>Mf(e,r,o,n)},O.derived({minValue:e=>qe(e).minimum??null,maxValue:e=>qe(e).maximum??null,format:e=>qe(e).format??null},{gte(e,t){return this.check(xt(e,t))},min(e,t){return this.check(xt(e,t))},gt(e,t){return this.check(qt(e,t))},lt(e,t){return this.check(Zt(e,t))},lte(e,t){return this.check(kt(e,t))},max(e,t){return this.check(kt(e,t))},positive(e){return this.check(qt(BigInt(0),e))},negative(e){return this.check(Zt(BigInt(0),e))},nonpositive(e){return this.check(kt(BigInt(0),e))},nonnegative(e){return this.check(xt(BigInt(0),e))},multipleOf(e,t){return this.check(yn(e,t))}}));function ly(e){return ff(Zr,e)}var js=b("ZodBigIntFormat",(e,t)=>{rd.init(e,t),Zr.init(e,t)});function dy(e){return mf(js,e)}function fy(e){return gf(js,e)}var Fp=b("ZodSymbol",(e,t)=>{id.init(e,t),me.init(e,t),e._zod.processJSONSchema=(r,o,n)=>Zf(e,r,o,n)});function py(e){return hf(Fp,e)}var Lp=b("ZodUndefined",(e,t)=>{od.init(e,t),me.init(e,t),e._zod.processJSONSchema=(r,o,n)=>Bf(e,r,o,n)});function my(e){return vf(Lp,e)}var Mp=b("ZodNull",(e,t)=>{ad.init(e,t),me.init(e,t),e._zod.processJSONSchema=(r,o,n)=>qf(e,r,o,n)});function Zp(e){return bf(Mp,e)}var qp=b("ZodAny",(e,t)=>{sd.init(e,t),me.init(e,t),e._zod.processJSONSchema=(r,o,n)=>Kf(e,r,o,n)});function gy(){return yf(qp)}var Bp=b("ZodUnknown",(e,t)=>{ud.init(e,t),me.init(e,t),e._zod.processJSONSchema=(r,o,n)=>Hf(e,r,o,n)});function Hn(){return $f(Bp)}var Vp=b("ZodNever",(e,t)=>{cd.init(e,t),me.init(e,t),e._zod.processJSONSchema=(r,o,n)=>Gf(e,r,o,n)});function Fs(e){return wf(Vp,e)}var Gp=b("ZodVoid",(e,t)=>{ld.init(e,t),me.init(e,t),e._zod.processJSONSchema=(r,o,n)=>Vf(e,r,o,n)});function hy(e){return kf(Gp,e)}var Gi=b("ZodDate",(e,t)=>{dd.init(e,t),me.init(e,t),e._zod.processJSONSchema=(r,o,n)=>Wf(e,r,o,n),e.min=(r,o)=>e.check(xt(r,o)),e.max=(r,o)=>e.check(kt(r,o))},O.derived({minDate:e=>{let{minimum:t}=qe(e);return t?new Date(t):null},maxDate:e=>{let{maximum:t}=qe(e);return t?new Date(t):null}},{}));function vy(e){return xf(Gi,e)}var Kp=b("ZodArray",(e,t)=>{Jn(),pd.init(e,t),me.init(e,t),e._zod.processJSONSchema=(r,o,n)=>sp(e,r,o,n),e.element=t.element},{min(e,t){return this.check(tn(e,t))},nonempty(e){return this.check(tn(1,e))},max(e,t){return this.check(Vn(e,t))},length(e,t){return this.check(Gn(e,t))},unwrap(){return this.element}});function Ki(e,t){return Af(Kp,e,t)}function by(e){let t=e._zod.def.shape;return Ls(Object.keys(t))}var Hi=b("ZodObject",(e,t)=>{Jn(),md.init(e,t),me.init(e,t),e._zod.processJSONSchema=(r,o,n)=>up(e,r,o,n),O.installLazyProp(e,"shape",r=>r._zod.def.shape,!1)},{keyof(){return Ls(Object.keys(this._zod.def.shape))},catchall(e){return this.clone(O.mergeDefs(this._zod.def,{catchall:e}))},passthrough(){return this.clone(O.mergeDefs(this._zod.def,{catchall:Hn()}))},loose(){return this.clone(O.mergeDefs(this._zod.def,{catchall:Hn()}))},strict(){return this.clone(O.mergeDefs(this._zod.def,{catchall:Fs()}))},strip(){return this.clone(O.mergeDefs(this._zod.def,{catchall:void 0}))},extend(e){return O.extend(this,e)},safeExtend(e){return O.safeExtend(this,e)},merge(e){return O.merge(this,e)},pick(e){return O.pick(this,e)},omit(e){return O.omit(this,e)},partial(...e){return O.partial(Ji,this,e[0])},exactPartial(...e){return O.partial(Zs,this,e[0],"exactPartial")},required(...e){return O.required(qs,this,e[0])}});function yy(e,t){let r={type:"object",shape:e??{},...O.normalizeParams(t)};return new Hi(r)}function $y(e,t){return new Hi({type:"object",shape:e,catchall:Fs(),...O.normalizeParams(t)})}function wy(e,t){return new Hi({type:"object",shape:e,catchall:Hn(),...O.normalizeParams(t)})}var Wi=b("ZodUnion",(e,t)=>{Pi.init(e,t),me.init(e,t),e._zod.processJSONSchema=(r,o,n)=>fs(e,r,o,n),e.options=t.options});function qr(e,t){return new Wi({type:"union",options:e,...O.normalizeParams(t)})}var Hp=b("ZodXor",(e,t)=>{Wi.init(e,t),gd.init(e,t),e._zod.processJSONSchema=(r,o,n)=>fs(e,r,o,n),e.options=t.options});function ky(e,t){return new Hp({type:"union",options:e,inclusive:!1,...O.normalizeParams(t)})}var Wp=b("ZodDiscriminatedUnion",(e,t)=>{Wi.init(e,t),vd.init(e,t)});function xy(e,t,r){return new Wp({type:"union",options:t,discriminator:e,...O.normalizeParams(r)})}var Jp=b("ZodIntersection",(e,t)=>{bd.init(e,t),me.init(e,t),e._zod.processJSONSchema=(r,o,n)=>cp(e,r,o,n)});function Xp(e,t){return new Jp({type:"intersection",left:e,right:t})}var Yp=b("ZodTuple",(e,t)=>{Jn(),ka.init(e,t),me.init(e,t),e._zod.processJSONSchema=(r,o,n)=>lp(e,r,o,n)},{rest(e){return this.clone({...this._zod.def,rest:e})},partial(){let e=this._zod.def;if(e.checks?.length)throw new Error(".partial() cannot be used on tuple schemas containing refinements");return this.clone({...e,items:e.items.map(t=>new Ji({type:"optional",innerType:t}))})}});function Qp(e,t,r){let o=t instanceof de,n=o?r:t,i=o?t:null;return new Yp({type:"tuple",items:e,rest:i,...O.normalizeParams(n)})}var Ur=b("ZodRecord",(e,t)=>{Jn(),yd.init(e,t),me.init(e,t),e._zod.processJSONSchema=(r,o,n)=>dp(e,r,o,n),e.keyType=t.keyType,e.valueType=t.valueType});function em(e,t,r){return!t||!t._zod?new Ur({type:"record",keyType:qi(),valueType:e,...O.normalizeParams(t)}):new Ur({type:"record",keyType:e,valueType:t,...O.normalizeParams(r)})}function _y(e,t,r){return new Ur({type:"record",keyType:e,valueType:t,...O.normalizeParams(r),partial:!0})}function Iy(e,t,r){return new Ur({type:"record",keyType:e,valueType:t,mode:"loose",...O.normalizeParams(r)})}var tm=b("ZodMap",(e,t)=>{Jn(),$d.init(e,t),me.init(e,t),e._zod.processJSONSchema=(r,o,n)=>op(e,r,o,n),e.keyType=t.keyType,e.valueType=t.valueType,e.min=(...r)=>e.check(Bt(...r)),e.nonempty=r=>e.check(Bt(1,r)),e.max=(...r)=>e.check($n(...r)),e.size=(...r)=>e.check(Bn(...r))});function Ay(e,t,r){return new tm({type:"map",keyType:e,valueType:t,...O.normalizeParams(r)})}var nm=b("ZodSet",(e,t)=>{Jn(),wd.init(e,t),me.init(e,t),e._zod.processJSONSchema=(r,o,n)=>ap(e,r,o,n),e.min=(...r)=>e.check(Bt(...r)),e.nonempty=r=>e.check(Bt(1,r)),e.max=(...r)=>e.check($n(...r)),e.size=(...r)=>e.check(Bn(...r))});function Sy(e,t){return new nm({type:"set",valueType:e,...O.normalizeParams(t)})}var jr=b("ZodEnum",(e,t)=>{kd.init(e,t),me.init(e,t),e._zod.processJSONSchema=(o,n,i)=>Jf(e,o,n,i),e.enum=t.entries,e.options=[...e._zod.values];let r=new Set(Object.keys(t.entries));e.extract=(o,n)=>{let i={};for(let a of o)if(r.has(a))i[a]=t.entries[a];else throw new Error(`Key ${a} not found in enum`);return new jr({...t,checks:[],...O.normalizeParams(n),entries:i})},e.exclude=(o,n)=>{let i={...t.entries};for(let a of o)if(r.has(a))delete i[a];else throw new Error(`Key ${a} not found in enum`);return new jr({...t,checks:[],...O.normalizeParams(n),entries:i})}});function Ls(e,t){let r=Array.isArray(e)?Object.fromEntries(e.map(o=>[o,o])):e;return new jr({type:"enum",entries:r,...O.normalizeParams(t)})}function Py(e,t){return new jr({type:"enum",entries:e,...O.normalizeParams(t)})}var rm=b("ZodLiteral",(e,t)=>{xd.init(e,t),me.init(e,t),e._zod.processJSONSchema=(r,o,n)=>Xf(e,r,o,n),e.values=new Set(t.values),Object.defineProperty(e,"value",{get(){if(t.values.length>1)throw new Error("This schema contains multiple valid literal values. Use `.values` instead.");return t.values[0]}})});function Ry(e,t){return new rm({type:"literal",values:Array.isArray(e)?e:[e],...O.normalizeParams(t)})}var im=b("ZodFile",(e,t)=>{_d.init(e,t),me.init(e,t),e._zod.processJSONSchema=(r,o,n)=>ep(e,r,o,n),e.min=(r,o)=>e.check(Bt(r,o)),e.max=(r,o)=>e.check($n(r,o)),e.mime=(r,o)=>e.check(Pr(Array.isArray(r)?r:[r],o))});function Ey(e){return Sf(im,e)}var om=b("ZodTransform",(e,t)=>{Jn(),Id.init(e,t),me.init(e,t),e._zod.processJSONSchema=(r,o,n)=>ip(e,r,o,n),e._zod.parse=(r,o)=>{if(o.direction==="backward")throw new vn(e.constructor.name);r.addIssue=i=>{if(typeof i=="string")r.issues.push(O.issue(i,r.value,t));else{let a=i;a.fatal&&(a.continue=!1),a.code??(a.code="custom"),"input"in a||(a.input=r.value),a.inst??(a.inst=e),r.issues.push(O.issue(a))}};let n=t.transform(r.value,r);return n instanceof Promise?n.then(i=>(r.value=i,r)):(r.value=n,r)}});function Ms(e){return new om({type:"transform",transform:e})}var Ji=b("ZodOptional",(e,t)=>{xa.init(e,t),me.init(e,t),e._zod.processJSONSchema=(r,o,n)=>ps(e,r,o,n),e.unwrap=()=>e._zod.def.innerType});function Wn(e){return new Ji({type:"optional",innerType:e})}var Zs=b("ZodExactOptional",(e,t)=>{Ad.init(e,t),me.init(e,t),e._zod.processJSONSchema=(r,o,n)=>ps(e,r,o,n),e.unwrap=()=>e._zod.def.innerType});function am(e){return new Zs({type:"optional",innerType:e})}var sm=b("ZodNullable",(e,t)=>{Sd.init(e,t),me.init(e,t),e._zod.processJSONSchema=(r,o,n)=>fp(e,r,o,n),e.unwrap=()=>e._zod.def.innerType});function Bi(e){return new sm({type:"nullable",innerType:e})}function Ty(e){return Wn(Bi(e))}var um=b("ZodDefault",(e,t)=>{Pd.init(e,t),me.init(e,t),e._zod.processJSONSchema=(r,o,n)=>gp(e,r,o,n),e.unwrap=()=>e._zod.def.innerType,e.removeDefault=e.unwrap});function cm(e,t){return new um({type:"default",innerType:e,get defaultValue(){return typeof t=="function"?t():O.shallowClone(t)}})}var lm=b("ZodPrefault",(e,t)=>{Rd.init(e,t),me.init(e,t),e._zod.processJSONSchema=(r,o,n)=>hp(e,r,o,n),e.unwrap=()=>e._zod.def.innerType});function dm(e,t){return new lm({type:"prefault",innerType:e,get defaultValue(){return typeof t=="function"?t():O.shallowClone(t)}})}var qs=b("ZodNonOptional",(e,t)=>{Ed.init(e,t),me.init(e,t),e._zod.processJSONSchema=(r,o,n)=>pp(e,r,o,n),e.unwrap=()=>e._zod.def.innerType});function fm(e,t){return new qs({type:"nonoptional",innerType:e,...O.normalizeParams(t)})}var pm=b("ZodSuccess",(e,t)=>{Td.init(e,t),me.init(e,t),e._zod.processJSONSchema=(r,o,n)=>tp(e,r,o,n),e.unwrap=()=>e._zod.def.innerType});function Oy(e){return new pm({type:"success",innerType:e})}var mm=b("ZodCatch",(e,t)=>{Od.init(e,t),me.init(e,t),e._zod.processJSONSchema=(r,o,n)=>vp(e,r,o,n),e.unwrap=()=>e._zod.def.innerType,e.removeCatch=e.unwrap});function gm(e,t){return new mm({type:"catch",innerType:e,catchValue:typeof t=="function"?t:O.constantCatch(t)})}var hm=b("ZodNaN",(e,t)=>{Dd.init(e,t),me.init(e,t),e._zod.processJSONSchema=(r,o,n)=>Yf(e,r,o,n)});function Dy(e){return If(hm,e)}var Xi=b("ZodPipe",(e,t)=>{_a.init(e,t),me.init(e,t),e._zod.processJSONSchema=(r,o,n)=>bp(e,r,o,n),e.in=t.in,e.out=t.out});function ys(e,t){return new Xi({type:"pipe",in:e,out:t})}var Yi=b("ZodCodec",(e,t)=>{Xi.init(e,t),Ri.init(e,t)});function zy(e,t,r){return new Yi({type:"pipe",in:e,out:t,transform:r.decode,reverseTransform:r.encode})}function Ny(e){let t=e._zod.def;return new Yi({type:"pipe",in:t.out,out:t.in,transform:t.reverseTransform,reverseTransform:t.transform})}var vm=b("ZodPreprocess",(e,t)=>{Xi.init(e,t),zd.init(e,t)}),bm=b("ZodReadonly",(e,t)=>{Nd.init(e,t),me.init(e,t),e._zod.processJSONSchema=(r,o,n)=>yp(e,r,o,n),e.unwrap=()=>e._zod.def.innerType});function ym(e){return new bm({type:"readonly",innerType:e})}var $m=b("ZodTemplateLiteral",(e,t)=>{Cd.init(e,t),me.init(e,t),e._zod.processJSONSchema=(r,o,n)=>Qf(e,r,o,n)});function Cy(e,t){return new $m({type:"template_literal",parts:e,...O.normalizeParams(t)})}var wm=b("ZodLazy",(e,t)=>{Ei.init(e,t),me.init(e,t),e._zod.processJSONSchema=(r,o,n)=>wp(e,r,o,n),e.unwrap=()=>e._zod.def.getter()});function km(e){return new wm({type:"lazy",getter:e})}var xm=b("ZodPromise",(e,t)=>{jd.init(e,t),me.init(e,t),e._zod.processJSONSchema=(r,o,n)=>$p(e,r,o,n),e.unwrap=()=>e._zod.def.innerType});function Uy(e){return new xm({type:"promise",innerType:e})}var _m=b("ZodFunction",(e,t)=>{Ud.init(e,t),me.init(e,t),e._zod.processJSONSchema=(r,o,n)=>rp(e,r,o,n)});function jy(e){return new _m({type:"function",input:Array.isArray(e?.input)?Qp(e?.input):e?.input??Ki(Hn()),output:e?.output??Hn()})}var Qi=b("ZodCustom",(e,t)=>{Fd.init(e,t),me.init(e,t),e._zod.processJSONSchema=(r,o,n)=>np(e,r,o,n)});function Fy(e){let t=new Oe({check:"custom"});return t._zod.check=e,t}function Ly(e,t){return Pf(Qi,e??(()=>!0),t)}function Im(e,t={}){return Rf(Qi,e,t)}function Am(e,t){return Ef(e,t)}var My=Tf,Zy=Of,Sm=b("ZodInstanceOf",(e,t)=>{Qi.init(e,t)},{properties(e,t){return this.check(Sr(e,t))}});function qy(e,t={}){let r=new Sm({type:"custom",check:"custom",fn:o=>o instanceof e,abort:!0,...O.normalizeParams(t)});return r._zod.bag.Class=e,r._zod.check=o=>{o.value instanceof e||o.issues.push({code:"invalid_type",expected:e.name,input:o.value,inst:r,path:[...r._zod.def.path??[]]})},r}var By=(...e)=>Df({Codec:Yi,Boolean:Mr,String:Fr},...e);function Vy(e){let t=km(()=>qr([qi(e),Up(),jp(),Zp(),Ki(t),em(qi(),t)]));return t}function Gy(e,t){return new vm({type:"pipe",in:Ms(e),out:t})}var zA={invalid_type:"invalid_type",too_big:"too_big",too_small:"too_small",invalid_format:"invalid_format",not_multiple_of:"not_multiple_of",unrecognized_keys:"unrecognized_keys",invalid_union:"invalid_union",invalid_key:"invalid_key",invalid_element:"invalid_element",invalid_value:"invalid_value",custom:"custom"};function NA(e){Fe({customError:e})}function CA(){return Fe().customError}var Pm;Pm||(Pm={});var eo={};Kt(eo,{ZodISODate:()=>In,ZodISODateTime:()=>_n,ZodISODuration:()=>Sn,ZodISOTime:()=>An,date:()=>jA,datetime:()=>UA,duration:()=>LA,time:()=>FA});function UA(e){return Ui(_n,e)}function jA(e){return ji(In,e)}function FA(e){return Fi(An,e)}function LA(e){return Li(Sn,e)}var W={...Br,...hs,iso:eo},MA=new Set(["$schema","$ref","$defs","definitions","$id","id","$comment","$anchor","$vocabulary","$dynamicRef","$dynamicAnchor","type","enum","const","anyOf","oneOf","allOf","not","properties","required","additionalProperties","patternProperties","propertyNames","minProperties","maxProperties","items","prefixItems","additionalItems","minItems","maxItems","uniqueItems","contains","minContains","maxContains","minLength","maxLength","pattern","format","minimum","maximum","exclusiveMinimum","exclusiveMaximum","multipleOf","description","default","contentEncoding","contentMediaType","contentSchema","unevaluatedItems","unevaluatedProperties","if","then","else","dependentSchemas","dependentRequired","nullable","readOnly"]);function ZA(e,t){let r=e.$schema;return r==="https://json-schema.org/draft/2020-12/schema"?"draft-2020-12":r==="http://json-schema.org/draft-07/schema#"?"draft-7":r==="http://json-schema.org/draft-04/schema#"?"draft-4":t??"draft-2020-12"}function Ky(e,t){return e.map((r,o)=>o<t?r:r.optional())}function qA(e){return e.replace(/~1/g,"/").replace(/~0/g,"~")}function BA(e,t){if(!e.startsWith("#"))throw new Error("External $ref is not supported, only local refs (#/...) are allowed");let r=e.slice(1).split("/").filter(Boolean);if(r.length===0)return t.rootSchema;let o=t.version==="draft-2020-12"?"$defs":"definitions";if(r[0]===o){let n=r[1]===void 0?void 0:qA(r[1]);if(!n||!t.defs[n])throw new Error(`Reference not found: ${e}`);return t.defs[n]}throw new Error(`Reference not found: ${e}`)}function VA(e,t){return W.transform(o=>o).check(o=>{let n=o.value;if(typeof n!="object"||n===null||Array.isArray(n))return;let i=Object.getOwnPropertyNames(n);if(t.minProperties!==void 0&&i.length<t.minProperties&&o.issues.push({origin:"object",code:"too_small",minimum:t.minProperties,inclusive:!0,message:`Too small: expected object to have >=${t.minProperties} properties`,input:n,inst:e,continue:!0}),t.maxProperties!==void 0&&i.length>t.maxProperties&&o.issues.push({origin:"object",code:"too_big",maximum:t.maxProperties,inclusive:!0,message:`Too big: expected object to have <=${t.maxProperties} properties`,input:n,inst:e,continue:!0}),t.keySchema)for(let a of i){let s=t.keySchema.safeParse(a);s.success||o.issues.push({code:"invalid_key",origin:"record",issues:s.error.issues,input:a,path:[a],continue:!0})}}).pipe(e)}function Rm(e,t){if(e===null)return"z";let r=typeof e;if(r!=="object"){if(r==="number"&&Number.isNaN(e))return null;let o=String(e);return`${r[0]}${o.length}:${o}`}if(t.has(e))return null;t.add(e);try{if(Array.isArray(e)){let i=[];for(let a of e){let s=Rm(a,t);if(s===null)return null;i.push(s)}return`a${i.length}:[${i.join(",")}]`}let o=Object.keys(e).sort(),n=[];for(let i of o){let a=Rm(e[i],t);if(a===null)return null;n.push(`${i.length}:${i}=${a}`)}return`o${n.length}:{${n.join(",")}}`}finally{t.delete(e)}}var GA=new Set(["items","prefixItems","additionalItems","additionalProperties","contains","propertyNames","not","if","then","else","allOf","anyOf","oneOf","unevaluatedItems","unevaluatedProperties","contentSchema"]),KA=new Set(["properties","patternProperties","dependentSchemas","dependencies","$defs","definitions"]);function to(e){return typeof e!="object"||e===null?!1:Array.isArray(e)?e.some(to):typeof e.$ref=="string"?!0:Object.entries(e).some(([t,r])=>GA.has(t)?to(r):!KA.has(t)||typeof r!="object"||r===null?!1:Object.values(r).some(to))}function Hy(e){return e===1?"element":"elements"}function HA(e,t){return W.transform(o=>o).check(o=>{let n=o.value;if(Array.isArray(n)){if(t.uniqueItems===!0){let i=new Map;for(let a=0;a<n.length;a++){let s=Rm(n[a],new Set);if(s===null)continue;let c=i.get(s);if(c===void 0){i.set(s,a);continue}o.issues.push({code:"custom",message:`Array items must be unique: element at index ${a} duplicates the one at index ${c}`,input:n,path:[a],continue:!0})}}if(t.containsSchema){let i=t.minContains??1,a=t.maxContains!==void 0?t.maxContains+1:Number.POSITIVE_INFINITY,s=0;for(let c of n)if(t.containsSchema.safeParse(c).success&&++s>=a)break;s<i&&o.issues.push({code:"custom",message:`Array must contain at least ${i} matching ${Hy(i)}; found ${s}`,input:n,continue:!0}),t.maxContains!==void 0&&s>t.maxContains&&o.issues.push({code:"custom",message:`Array must contain at most ${t.maxContains} matching ${Hy(t.maxContains)}`,input:n,continue:!0})}}}).pipe(e)}function Wy(e,t){if(e!==!1)return e===void 0||e===!0?W.any():st(e,t)}var WA=/^(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d+)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;function Jy(e,t){if(e.not!==void 0){if(typeof e.not=="object"&&Object.keys(e.not).length===0)return W.never();throw new Error("not is not supported in Zod (except { not: {} } for never)")}if(e.unevaluatedItems!==void 0)throw new Error("unevaluatedItems is not supported");if(e.unevaluatedProperties!==void 0)throw new Error("unevaluatedProperties is not supported");if(e.if!==void 0||e.then!==void 0||e.else!==void 0)throw new Error("Conditional schemas (if/then/else) are not supported");if(e.dependentSchemas!==void 0||e.dependentRequired!==void 0)throw new Error("dependentSchemas and dependentRequired are not supported");if(e.$ref){let n=e.$ref;if(t.refs.has(n))return t.refs.get(n);if(t.processing.has(n))return W.lazy(()=>{if(!t.refs.has(n))throw new Error(`Circular reference not resolved: ${n}`);return t.refs.get(n)});t.processing.add(n);let i=BA(n,t),a=st(i,t);return t.refs.set(n,a),t.processing.delete(n),a}if(e.enum!==void 0){let n=e.enum;if(t.version==="openapi-3.0"&&e.nullable===!0&&n.length===1&&n[0]===null)return W.null();if(n.length===0)return W.never();if(n.length===1)return W.literal(n[0]);if(n.every(a=>typeof a=="string"))return W.enum(n);let i=n.map(a=>W.literal(a));return i.length<2?i[0]:W.union([i[0],i[1],...i.slice(2)])}if(e.const!==void 0)return W.literal(e.const);let r=e.type;if(Array.isArray(r)){let n=r.map(i=>{let a={...e,type:i};return Jy(a,t)});return n.length===0?W.never():n.length===1?n[0]:W.union(n)}if(!r)return W.any();let o;switch(r){case"string":{let n=W.string();if(e.format){let i=e.format;i==="email"?n=n.check(W.email()):i==="uri"||i==="uri-reference"?n=n.check(W.url()):i==="uuid"||i==="guid"?n=n.check(W.uuid()):i==="date-time"?n=n.check(W.iso.datetime({offset:!0})):i==="date"?n=n.check(W.iso.date()):i==="time"?n=n.check(W.regex(WA)):i==="duration"?n=n.check(W.iso.duration()):i==="hostname"?n=n.check(W.hostname()):i==="ipv4"?n=n.check(W.ipv4()):i==="ipv6"?n=n.check(W.ipv6()):i==="mac"?n=n.check(W.mac()):i==="cidr"?n=n.check(W.cidrv4()):i==="cidr-v6"?n=n.check(W.cidrv6()):i==="base64"?n=n.check(W.base64()):i==="base64url"?n=n.check(W.base64url()):i==="e164"?n=n.check(W.e164()):i==="credit_card"?n=n.check(W.creditCard()):i==="iban"?n=n.check(W.iban()):i==="jwt"?n=n.check(W.jwt()):i==="emoji"?n=n.check(W.emoji()):i==="nanoid"?n=n.check(W.nanoid()):i==="cuid"?n=n.check(W.cuid()):i==="cuid2"?n=n.check(W.cuid2()):i==="ulid"?n=n.check(W.ulid()):i==="xid"?n=n.check(W.xid()):i==="ksuid"&&(n=n.check(W.ksuid()))}typeof e.minLength=="number"&&(n=n.min(e.minLength)),typeof e.maxLength=="number"&&(n=n.max(e.maxLength)),e.pattern&&(n=n.regex(new RegExp(e.pattern))),o=n;break}case"number":case"integer":{let n=r==="integer"?W.number().int():W.number();typeof e.minimum=="number"&&e.exclusiveMinimum!==!0&&(n=n.min(e.minimum)),typeof e.maximum=="number"&&e.exclusiveMaximum!==!0&&(n=n.max(e.maximum)),typeof e.exclusiveMinimum=="number"?n=n.gt(e.exclusiveMinimum):e.exclusiveMinimum===!0&&typeof e.minimum=="number"&&(n=n.gt(e.minimum)),typeof e.exclusiveMaximum=="number"?n=n.lt(e.exclusiveMaximum):e.exclusiveMaximum===!0&&typeof e.maximum=="number"&&(n=n.lt(e.maximum)),typeof e.multipleOf=="number"&&(n=n.multipleOf(e.multipleOf)),o=n;break}case"boolean":{o=W.boolean();break}case"null":{o=W.null();break}case"object":{let n={},i=e.properties||{},a=new Set(e.required||[]),s=typeof e.additionalProperties=="object"?st(e.additionalProperties,t):void 0;for(let[f,p]of Object.entries(i)){let g=st(p,t);He(n,f,a.has(f)?g:g.optional())}if(e.patternProperties){let f=e.patternProperties,p=Object.keys(f),g=[];for(let h of p){let _=st(f[h],t),k=W.string().regex(new RegExp(h));g.push(W.looseRecord(k,_))}let v=[];if(Object.keys(n).length>0&&v.push(W.object(n).passthrough()),v.push(...g),v.length===0)o=W.object({}).passthrough();else if(v.length===1)o=v[0];else{let h=W.intersection(v[0],v[1]);for(let _=2;_<v.length;_++)h=W.intersection(h,v[_]);o=h}if(e.additionalProperties===!1){let h=Object.keys(n),_=p.map(y=>new RegExp(y)),k=o;o=o.check(y=>{if(!St(y.value))return;let A=[];for(let q of Object.keys(y.value))h.includes(q)||_.some(X=>X.test(q))||A.push(q);A.length&&y.issues.push({code:"unrecognized_keys",keys:A,input:y.value,inst:k})})}}else{let f=W.object(n);e.additionalProperties===!1?o=f.strict():s?o=f.catchall(s):o=f.passthrough()}let c=e.propertyNames!==void 0&&e.propertyNames!==!0,u=typeof e.minProperties=="number"?e.minProperties:void 0,l=typeof e.maxProperties=="number"?e.maxProperties:void 0;if(c||u!==void 0||l!==void 0){let f;if(c){let p=typeof e.propertyNames=="object"&&e.propertyNames.type===void 0?{type:"string",...e.propertyNames}:e.propertyNames;f=st(p,t)}o=VA(o,{keySchema:f,minProperties:u,maxProperties:l})}break}case"array":{let n=e.prefixItems,i=e.items;if(n&&Array.isArray(n)){let a=typeof e.minItems=="number"?e.minItems:0,s=n.map(f=>st(f,t)),c=Ky(s,a),u=Array.isArray(i)?void 0:Wy(i,t),l=W.tuple(c);o=u?l.rest(u):l,typeof e.minItems=="number"&&(o=o.check(W.minLength(e.minItems))),typeof e.maxItems=="number"&&(o=o.check(W.maxLength(e.maxItems)))}else if(Array.isArray(i)){let a=typeof e.minItems=="number"?e.minItems:0,s=i.map(f=>st(f,t)),c=Ky(s,a),u=Wy(e.additionalItems,t),l=W.tuple(c);o=u?l.rest(u):l,typeof e.minItems=="number"&&(o=o.check(W.minLength(e.minItems))),typeof e.maxItems=="number"&&(o=o.check(W.maxLength(e.maxItems)))}else if(i!==void 0){let a=st(i,t),s=W.array(a);typeof e.minItems=="number"&&(s=s.min(e.minItems)),typeof e.maxItems=="number"&&(s=s.max(e.maxItems)),o=s}else o=W.array(W.any());(e.uniqueItems===!0||e.contains!==void 0)&&(o=HA(o,{uniqueItems:e.uniqueItems===!0,containsSchema:e.contains!==void 0?st(e.contains,t):void 0,minContains:typeof e.minContains=="number"?e.minContains:void 0,maxContains:typeof e.maxContains=="number"?e.maxContains:void 0}));break}default:throw new Error(`Unsupported type: ${r}`)}return o}function st(e,t){if(typeof e=="boolean")return e?W.any():W.never();let r=Jy(e,t),o=e.type||e.enum!==void 0||e.const!==void 0;if(e.anyOf&&Array.isArray(e.anyOf)){let s=e.anyOf.map(u=>st(u,t)),c=W.union(s);r=o?W.intersection(r,c):c}if(e.oneOf&&Array.isArray(e.oneOf)){let s=e.oneOf.map(u=>st(u,t)),c=W.xor(s);r=o?W.intersection(r,c):c}if(e.allOf&&Array.isArray(e.allOf))if(e.allOf.length===0)r=o?r:W.any();else{let s=o?r:st(e.allOf[0],t),c=o?0:1;for(let u=c;u<e.allOf.length;u++)s=W.intersection(s,st(e.allOf[u],t));r=s}e.nullable===!0&&t.version==="openapi-3.0"&&(r=W.nullable(r)),e.readOnly===!0&&(r=W.readonly(r)),e.default!==void 0&&(r=r.default(e.default));let n={},i=["$id","id","$comment","$anchor","$vocabulary","$dynamicRef","$dynamicAnchor"];for(let s of i)s in e&&(n[s]=e[s]);let a=["contentEncoding","contentMediaType","contentSchema"];for(let s of a)s in e&&(n[s]=e[s]);if(e.type==="object"&&e.$ref===void 0){e.propertyNames!==void 0&&!to(e.propertyNames)&&(n.propertyNames=e.propertyNames);for(let s of["minProperties","maxProperties"])e[s]!==void 0&&(n[s]=e[s])}if(e.type==="array"&&e.$ref===void 0){e.contains!==void 0&&!to(e.contains)&&(n.contains=e.contains);for(let s of["uniqueItems","minContains","maxContains"])e[s]!==void 0&&(n[s]=e[s])}for(let s of Object.keys(e))MA.has(s)||He(n,s,e[s]);return Object.keys(n).length>0&&t.registry.add(r,n),e.description&&(r=r.describe(e.description)),r}function Xy(e,t){if(typeof e=="boolean")return e?W.any():W.never();let r;try{r=JSON.parse(JSON.stringify(e))}catch{throw new Error("fromJSONSchema input is not valid JSON (possibly cyclic); use $defs/$ref for recursive schemas")}let o=ZA(r,t?.defaultTarget),n=r.$defs||r.definitions||{},i={version:o,defs:n,refs:new Map,processing:new Set,rootSchema:r,registry:t?.registry??We};return st(r,i)}var Yy=Symbol("z.visit/resolving");function no(e,t){let r=typeof t=="function"?t:(a,s)=>{let c=t[a._zod.def.type];return c?c(a,s):a},o=new Map;function n(a){let s=o.get(a);if(s===Yy)return new Ei({type:"lazy",getter:()=>o.get(a)});if(s!==void 0)return s;o.set(a,Yy);let c=i(a),u=r(c,c!==a);return o.set(a,u),u}function i(a){let s=a._zod.def,c=s.type;switch(c){case"object":{let u=s.shape,l=Object.keys(u),f=!1,p={};for(let v of l){let h=n(u[v]);h!==u[v]&&(f=!0),p[v]=h}let g=s.catchall;return s.catchall&&(g=n(s.catchall),g!==s.catchall&&(f=!0)),f?Pe(a,{...s,shape:p,catchall:g}):a}case"array":{let u=n(s.element);return u===s.element?a:Pe(a,{...s,element:u})}case"tuple":{let u=s.items,l=!1,f=[];for(let g of u){let v=n(g);v!==g&&(l=!0),f.push(v)}let p=s.rest;return s.rest&&(p=n(s.rest),p!==s.rest&&(l=!0)),l?Pe(a,{...s,items:f,rest:p}):a}case"record":case"map":{let u=n(s.keyType),l=n(s.valueType);return u===s.keyType&&l===s.valueType?a:Pe(a,{...s,keyType:u,valueType:l})}case"set":{let u=n(s.valueType);return u===s.valueType?a:Pe(a,{...s,valueType:u})}case"union":{let u=s.options,l=!1,f=[];for(let p of u){let g=n(p);g!==p&&(l=!0),f.push(g)}return l?Pe(a,{...s,options:f}):a}case"intersection":{let u=n(s.left),l=n(s.right);return u===s.left&&l===s.right?a:Pe(a,{...s,left:u,right:l})}case"optional":case"nullable":case"default":case"prefault":case"catch":case"readonly":case"nonoptional":case"promise":case"success":{let u=n(s.innerType);return u===s.innerType?a:Pe(a,{...s,innerType:u})}case"pipe":{let u=n(s.in),l=n(s.out);return u===s.in&&l===s.out?a:Pe(a,{...s,in:u,out:l})}case"function":{let u=n(s.input),l=n(s.output);return u===s.input&&l===s.output?a:Pe(a,{...s,input:u,output:l})}case"lazy":{let u=s.getter,{_cachedInner:l,...f}=s;return Pe(a,{...f,getter:()=>n(u())})}case"template_literal":case"string":case"number":case"int":case"boolean":case"bigint":case"symbol":case"undefined":case"null":case"void":case"never":case"any":case"unknown":case"date":case"nan":case"enum":case"literal":case"file":case"transform":case"custom":return a;default:return a}}return n(e)}function Qy(e){return no(e,{object:t=>t.partial(),union:t=>{let r=t._zod.def;return r.discriminator===void 0?t:qr(r.options)}})}function JA(e,t){if(!t?.length)return e;let r=e._zod.def;return Pe(e,zt(r,{checks:[...r.checks??[],...t]}),{parent:!0})}function e1(e){return JA(e.out,e.checks)}function XA(e){return e.in._zod.traits.has("$ZodTransform")?e1(e):e.in}function t1(e){return no(e,{pipe:t=>XA(t._zod.def),default:(t,r)=>r?Wn(t._zod.def.innerType):t,catch:(t,r)=>r?t._zod.def.innerType:t})}function n1(e){return no(e,{pipe:t=>e1(t._zod.def),prefault:(t,r)=>r?t._zod.def.innerType:t})}var Em={};Kt(Em,{bigint:()=>t6,boolean:()=>e6,date:()=>n6,number:()=>QA,string:()=>YA});function YA(e){return Xd(Fr,e)}function QA(e){return rf(Lr,e)}function e6(e){return df(Mr,e)}function t6(e){return pf(Zr,e)}function n6(e){return _f(Gi,e)}var Bs={type:"decimal",min:"0",max:"1e12"},Ut=(e,t)=>({type:"decimal",min:e,max:t,integer:!0}),Tm={type:"text"},ro=["sd1.5","sdxl","sd3","flux1-dev","flux1-schnell"],io={runs:Bs,results:Ut("1","10000"),width:Ut("1","100000"),height:Ut("1","100000"),resolution:Tm,steps:Ut("1","10000"),seconds:{type:"decimal",min:"0",max:"1e7"},fps:Ut("1","1000"),frames:Ut("1","100000"),audio:{type:"boolean"},quality:Tm,characters:Ut("0","1e9"),referenceImages:Ut("0","100"),referenceVideoSeconds:{type:"decimal",min:"0",max:"86400"},format:Tm,bitDepth:Ut("1","64"),gpuCount:Ut("1","64"),worker:{type:"enum",values:["flex","active"]},coldStarts:Bs,coldStartSeconds:{type:"decimal",min:"0",max:"86400"},idleSeconds:{type:"decimal",min:"0",max:"86400"},activeWorkers:Ut("0","100000"),setupSeconds:{type:"decimal",min:"0",max:"86400"},keepAlive:{type:"decimal",min:"0",max:"86400"},teardownSeconds:{type:"decimal",min:"0",max:"86400"},volumeGB:{type:"decimal",min:"0",max:"1e9"},containerDiskGB:{type:"decimal",min:"0",max:"1e9"},gpuPick:{type:"enum",values:["dearest","first"]},architecture:{type:"enum",values:ro}},Om=Object.keys(io),r1=["day","week","month"],i1={limit:Bs,maxIncrease:Bs,maxIncreasePercent:{type:"decimal",min:"0",max:"1e6"},unpriced:{type:"enum",values:["fail","warn"]},judge:{type:"enum",values:["expected","high"]}},o1={maxVariance:{type:"decimal",min:"0",max:"1e6"}},a1=200,s1=1e6;function Vs(e){if(e===null||typeof e!="object")return!1;let t=Object.getPrototypeOf(e);return t===Object.prototype||t===null}var ut=x.string().regex(/^(0|[1-9]\d*)(\.\d+)?$/,{message:'expected a non-negative decimal string such as "0.00116"'}),rn=x.string().regex(/^\d{4}-\d{2}-\d{2}$/,{message:"expected a date as YYYY-MM-DD"}),r6=x.enum(["image","megapixel","video","video_second","audio_second","character","request","gpu_second","gb_month","reference_image","reference_video_second","runner_second","video_token"]),i6=x.enum(["published","measured","modeled","contract","account"]),Gs=x.union([x.string(),x.boolean(),x.number()]),o6=x.object({gt:x.number().optional(),gte:x.number().optional(),lt:x.number().optional(),lte:x.number().optional()}).strict().refine(e=>Object.keys(e).length>0,{message:"a range needs at least one of gt, gte, lt, lte"}),a6=x.union([Gs,x.array(Gs).min(1),o6]),s6=x.object({mode:x.enum(["ceil","floor","half-up"]),step:ut.default("1"),scope:x.enum(["request","total"]).default("request")}).strict(),u6=x.object({upTo:ut.optional(),amount:ut}).strict(),Dm=x.object({width:x.number().int().positive(),height:x.number().int().positive(),steps:x.number().int().positive(),amount:ut}).strict(),c6=x.object({low:x.union([ut,x.array(Dm).min(1)]).optional(),high:x.union([ut,x.array(Dm).min(1)]).optional(),source:x.url().optional(),note:x.string().min(1)}).strict().refine(e=>e.low!==void 0||e.high!==void 0,{message:"a range needs `low`, `high` or both"}),u1={source:x.url({message:"expected the URL where the price is published"}),checkedAt:rn,effectiveFrom:rn,basis:i6,verified:x.boolean().default(!0),note:x.string().optional()},zm=x.object({charge:x.string().min(1).default("base"),unit:r6,amount:ut.optional(),tiers:x.array(u6).min(1).optional(),measured:x.array(Dm).min(1).optional(),per:ut.default("1"),pixelsPerMegapixel:ut.optional(),quantityFrom:x.enum(["volumeGB","containerDiskGB"]).optional(),when:x.record(x.string(),a6).default({}),absent:x.array(x.string().min(1)).min(1).optional(),optional:x.boolean().optional(),rounding:s6.optional(),included:x.object({quantity:ut,amount:ut}).strict().optional(),range:c6.optional(),...u1}).strict().superRefine((e,t)=>{e.range&&l6(e,t),e.included&&e.amount===void 0&&t.addIssue({code:"custom",path:["included"],message:"`included` prices a first block ahead of `amount`: give `amount`, not tiers"}),[e.amount,e.tiers,e.measured].filter(o=>o!==void 0).length!==1&&t.addIssue({code:"custom",message:"give exactly one of `amount`, `tiers` or `measured`"}),e.per==="0"&&t.addIssue({code:"custom",path:["per"],message:"`per` must be greater than 0"}),e.tiers&&e.tiers.forEach((o,n)=>{n===e.tiers.length-1!==(o.upTo===void 0)&&t.addIssue({code:"custom",path:["tiers",n,"upTo"],message:"every tier but the last needs `upTo`; the last has none"})}),e.unit==="megapixel"&&e.pixelsPerMegapixel===void 0&&t.addIssue({code:"custom",path:["pixelsPerMegapixel"],message:"a megapixel rate must say how many pixels make one megapixel"}),e.measured&&e.unit!=="image"&&t.addIssue({code:"custom",path:["unit"],message:"measured runs price one image: use unit `image`"})});function l6(e,t){let r=e.range,o=e.amount!==void 0?"amount":e.measured?"measured":"tiers";for(let n of["low","high"]){let i=r[n];if(i===void 0)continue;let a=["range",n];if(o==="tiers")t.addIssue({code:"custom",path:a,message:"a tiered rate cannot carry a range yet: give the rate as `amount`"});else if(o==="amount"&&typeof i!="string")t.addIssue({code:"custom",path:a,message:`an \`amount\` rate's \`range.${n}\` is an amount such as "0.0013"`});else if(o==="measured"&&typeof i=="string")t.addIssue({code:"custom",path:a,message:`a measured rate's \`range.${n}\` is a list of measured runs`});else if(o==="amount"&&typeof i=="string"){let[s,c]=n==="low"?[i,e.amount]:[e.amount,i];we(s).greaterThan(c)&&t.addIssue({code:"custom",path:a,message:`\`range.${n}\` ${i} is on the wrong side of \`amount\` ${e.amount}`})}}}var d6=zm.and(x.object({appliesTo:x.array(x.string()).min(1),except:x.array(x.string()).default([])})),c1=x.record(x.string(),x.array(x.string().min(1)).min(1)).default({}),f6=x.union([x.array(x.number()).min(1),x.object({gte:x.number().optional(),lte:x.number().optional(),integer:x.boolean().default(!1)}).strict()]),p6=x.object({amount:ut,...u1}).strict(),m6=x.object({on:rn,replacement:x.string().min(1),source:x.url()}).strict(),g6=x.enum(["image","video","audio","gpu","storage","other"]),Nm=x.object({id:x.string().min(1),name:x.string().min(1),kind:g6,aliases:x.array(x.string().min(1)).default([]),requires:x.array(x.string()).default([]),defaults:x.record(x.string(),Gs).default({}),accepts:c1,allowed:x.record(x.string(),f6).optional(),minimum:p6.optional(),retired:m6.optional(),rates:x.array(zm).min(1),pool:x.object({id:x.string().min(1),source:x.url(),checkedAt:rn,verified:x.boolean().default(!0),note:x.string().optional()}).strict().optional(),note:x.string().optional()}).strict(),h6=x.object({ids:x.array(x.string().min(1)).min(1),reason:x.enum(["outside-pools","no-published-price","ambiguous","not-offered"]),instead:x.array(x.string().min(1)).min(1).optional(),name:x.string().min(1),pool:x.string().min(1).optional(),source:x.url(),checkedAt:rn,verified:x.boolean().default(!0),note:x.string().optional()}).strict(),v6=x.object({id:x.string().min(1),name:x.string().min(1),source:x.url({message:"expected the URL of the page that states the architecture"}),checkedAt:rn,verified:x.boolean().default(!0),note:x.string().optional()}).strict(),b6=x.object({id:x.enum(ro),name:x.string().min(1),rates:x.array(zm).min(1),models:x.array(v6).default([]),note:x.string().optional()}).strict(),y6=x.object({tier:x.number().int().positive(),purchasedUsd:ut,maxMonthlySpendUsd:ut}).strict(),cz=x.object({$schema:x.string().optional(),provider:x.string().regex(/^[a-z][a-z0-9-]*$/,{message:"expected a lower-case provider id"}),name:x.string().min(1),currency:x.enum(["USD","credits"]),credit:x.object({usd:ut,source:x.url(),checkedAt:rn,effectiveFrom:rn}).strict().optional(),billingSource:x.url(),defaults:x.record(x.string(),Gs).default({}),accepts:c1,surcharges:x.array(d6).default([]),usageTiers:x.object({source:x.url(),checkedAt:rn,verified:x.boolean().default(!0),note:x.string().optional(),tiers:x.array(y6).min(1)}).strict().optional(),models:x.array(Nm).min(1),unpricedNames:x.array(h6).default([]),architectures:x.array(b6).default([]),communitySources:x.array(x.string().regex(/^[a-z0-9-]+$/,{message:"expected an AIR source such as `civitai`"})).default([])}).strict().superRefine((e,t)=>{e.currency==="credits"&&!e.credit&&t.addIssue({code:"custom",path:["credit"],message:"a catalog priced in credits needs `credit.usd`"});let r=new Set;e.architectures.forEach((o,n)=>{r.has(o.id)&&t.addIssue({code:"custom",path:["architectures",n,"id"],message:`architecture \`${o.id}\` is listed twice`}),r.add(o.id)})});function l1(e){let t="";for(let r of e)typeof r=="number"?t+=`[${r}]`:t+=t===""?String(r):`.${String(r)}`;return t}function w6(e,t){let r=e,o=()=>{for(let i=0;i<20;i++){let a=r.def;if(!a)return;if(a.type==="optional"||a.type==="default"||a.type==="nullable"||a.type==="readonly")r=a.innerType;else if(a.type==="pipe")r=a.in?.def?.type==="transform"?a.out:a.in;else if(a.type==="intersection")r=a.left;else return}};for(let i of t){o();let a=r.def;if(a?.type==="array"&&typeof i=="number")r=a.element;else if(a?.type==="object"&&a.shape&&typeof i=="string")r=a.shape[i];else return[]}o();let n=r.def;return n?.type==="object"&&n.shape?Object.keys(n.shape):[]}var k6={object:"a mapping",array:"a list",string:"a string",boolean:"true or false",number:"a number"};function Ks(e){if(e===void 0)return"nothing";if(e===null)return"null";if(typeof e=="number"&&!Number.isFinite(e))return Number.isNaN(e)?".nan":".inf";if(typeof e=="string")return JSON.stringify(e.length>40?e.slice(0,40)+"\u2026":e);if(Array.isArray(e))return"a list";if(typeof e=="object"&&e!==null&&"toFixed"in e){let t=String(e);return t.length>24?t.slice(0,24)+"\u2026":t}return typeof e=="object"?"a mapping":String(e)}function x6(e,t){let r=e;for(let o of t){if(r===null||typeof r!="object")return;r=r[o]}return r}function Hs(e,t,r,o){let n=[];for(let i of e){if(i.code==="unrecognized_keys"){let l=w6(t,i.path);for(let f of i.keys){let p=[...i.path,f],g=pn(f,l),v=r.lineOf(p);n.push(new H(`unknown key \`${f}\``,{file:o,...v!==void 0?{line:v}:{},path:l1(p)},g?`did you mean \`${g}\`?`:`allowed keys: ${l.join(", ")}`))}continue}let a=r.lineOf(i.path),s=x6(r.value,i.path),c={file:o,...a!==void 0?{line:a}:{},path:l1(i.path)};if(s===void 0){let l=i.code==="custom"?i.message.replace(/^expected /,"add "):void 0;n.push(new H(`missing required \`${String(i.path.at(-1))}\``,c,l));continue}let u=i.code==="invalid_type"?`expected ${k6[i.expected]??i.expected}, got ${Ks(s)}`:i.message.includes(", got ")?i.message:`${i.message}, got ${Ks(s)}`;n.push(new H(u,c,_6(i,s)))}return n}function _6(e,t){if(e.code!=="invalid_value"||typeof t!="string")return;let r=e.values.filter(i=>typeof i=="string");if(!r.length)return;let o=String(e.path.at(-1)),n=pn(t,r);return n?`did you mean \`${o}: ${n}\`?`:`write \`${o}:\` as one of ${r.join(", ")}`}var bt=e=>e.trim().toLowerCase();function Ws(e){let t=new Map,r=new Map,o=new Map,n=new Map,i=new Map;for(let a of e){if(t.has(a.provider))throw new H(`provider ${a.provider} appears in two catalog files`);t.set(a.provider,a);for(let s of a.models)for(let c of[s.id,...s.aliases]){let u=`${a.provider}\0${bt(c)}`;if(r.has(u))throw new H(`catalog ${a.provider}: model name \`${c}\` is used twice`,void 0,"make ids and aliases unique");r.set(u,{provider:a,model:s}),r.set(`${a.provider}\0${c}`,{provider:a,model:s})}i.set(a.provider,new Set((a.communitySources??[]).map(bt)));for(let s of a.architectures??[]){let c=I6(s);n.set(`${a.provider}\0${s.id}`,{provider:a,model:c,architecture:{entry:s}});for(let u of s.models??[]){let l=`${a.provider}\0${bt(u.id)}`;if(r.has(l))throw new H(`catalog ${a.provider}: community model \`${u.id}\` is also a model name or listed twice`,void 0,"list a community model under one architecture, and not as a model too");let f={provider:a,model:c,architecture:{entry:s,known:u}};r.set(l,f),r.set(`${a.provider}\0${u.id}`,f)}}for(let s of a.unpricedNames??[])for(let c of s.ids){let u=`${a.provider}\0${bt(c)}`;if(r.has(u)||o.has(u))throw new H(`catalog ${a.provider}: unpriced name \`${c}\` is also a model name or listed twice`,void 0,"a name is either a model (priced) or an unpriced name, once");o.set(u,s)}}return Object.freeze({providers:Object.freeze(e),provider:a=>t.get(bt(a)),model:(a,s)=>r.get(`${a}\0${s}`)??r.get(`${bt(a)}\0${bt(s)}`),unpricedName:(a,s)=>o.get(`${bt(a)}\0${bt(s)}`),architecture:(a,s)=>n.get(`${bt(a)}\0${bt(s)}`),isCommunity(a,s){let c=s.indexOf(":");return c>0&&(i.get(bt(a))?.has(bt(s.slice(0,c)))??!1)},suggest(a,s){let c=t.get(bt(a));return c?pn(s,c.models.flatMap(u=>[u.id,...u.aliases]),4):void 0}})}function I6(e){return{id:e.id,name:e.name,kind:"image",aliases:[],requires:[],defaults:{},accepts:{},rates:e.rates,...e.note?{note:e.note}:{}}}var oo=30;function Cm(e,t){let r=/^\s*(\d{1,5})\s*d?\s*$/.exec(e);if(!r)throw new H(`${t}: expected a number of days such as \`30d\`, got \`${e}\``,void 0,`pass ${t} 30d`);return Number(r[1])}function Um(e,t,r=oo){let o=Math.floor((Date.parse(`${t}T00:00:00Z`)-Date.parse(`${e}T00:00:00Z`))/864e5);return o>r?o:void 0}function d1(e,t){let r=t.loOpen?e.greaterThan(t.lo):e.greaterThanOrEqualTo(t.lo),o=t.hiOpen?e.lessThan(t.hi):e.lessThanOrEqualTo(t.hi);return r&&o}var f1=JSON.parse(String.raw`[
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
]`);var p1;function ao(){return p1??=Ws(f1),p1}var m1=new WeakMap,A6=Object.freeze({priceSource:"catalog"});function Js(e){return m1.get(e)??A6}function g1(e,t){m1.set(e,t)}var so="genspend.prices.yml",S6=x.string().regex(/^(0|[1-9]\d?)(\.\d+)?%$/,{message:'expected a percentage under 100 such as "15%" or "12.5%"'}),P6=x.object({discount:S6.optional(),models:x.array(Nm).default([])}).strict(),jm=x.object({$schema:x.string().optional(),version:x.literal(1,{message:"expected `version: 1`"}),providers:x.record(x.string().regex(/^[a-z][a-z0-9-]*$/,{message:"expected a lower-case provider id"}),P6)}).strict();function h1(e,t){let r=jo(e,t,{exactNumbers:!1}),o=jm.safeParse(r.value);if(!o.success)throw new tt(Hs(o.error.issues,jm,r,t));return o.data}function v1(e,t,r=so){let o=e.providers.map(n=>{let i=t.providers[n.provider];if(!i)return n;let a=i.discount?new he(1).minus(new he(i.discount.slice(0,-1)).div(100)):void 0,s=(f,p)=>{let g={...f};return g1(g,p),g},c=i.models.map(f=>({...f,rates:f.rates.map(p=>s(p,{priceSource:r}))})),u=new Set(i.models.flatMap(f=>[f.id,...f.aliases]).map(f=>f.toLowerCase())),l=n.models.filter(f=>![f.id,...f.aliases].some(p=>u.has(p.toLowerCase()))).map(f=>a?{...f,...f.minimum?{minimum:{...f.minimum,amount:b1(f.minimum.amount,a)}}:{},rates:f.rates.map(p=>s(R6(p,a),{priceSource:r,discount:i.discount}))}:f);return{...n,models:[...c,...l]}});for(let n of Object.keys(t.providers))if(!e.provider(n))throw new H(`${r}: providers.${n}: genspend has no provider \`${n}\``,{file:r},`use one of ${e.providers.map(i=>i.provider).join(", ")}`);return Ws(o)}var b1=(e,t)=>new he(e).times(t).toFixed();function R6(e,t){let r=o=>b1(o,t);return{...e,...e.included?{included:{...e.included,amount:r(e.included.amount)}}:{},...e.amount!==void 0?{amount:r(e.amount)}:{},...e.tiers?{tiers:e.tiers.map(o=>({...o,amount:r(o.amount)}))}:{},...e.measured?{measured:e.measured.map(o=>({...o,amount:r(o.amount)}))}:{},...e.range?{range:E6(e.range,r)}:{}}}function uo(e,t,r=so){return t===void 0?e:v1(e,h1(t,r),r)}function E6(e,t){let r=i=>i===void 0?void 0:typeof i=="string"?t(i):i.map(a=>({...a,amount:t(a.amount)})),o=r(e.low),n=r(e.high);return{...e,...o!==void 0?{low:o}:{},...n!==void 0?{high:n}:{}}}function Fm(e,t){if(t.base===null)return{catalog:uo(e,t.head,t.file)};let r=uo(e,t.base,t.file);if(t.base===t.head)return{catalog:r};uo(e,t.head,t.file);let o=t.base===void 0?"adds":t.head===void 0?"removes":"changes",n=t.subject?`this ${t.subject} ${o}`:`the head ${o}`;return{catalog:r,reason:{rule:"budget",level:"warn",scope:"pr",file:t.file,message:`${n} the price file \`${t.file}\` (applies after merge; until then ${t.base===void 0?"the built-in catalog prices":"the base's price file prices"} both sides)`,workloads:[]}}}function Lm(e,t){return t?{...e,verdict:e.verdict==="pass"?"warn":e.verdict,reasons:[...e.reasons,t]}:e}var Mm=/[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g,y1=new RegExp(Mm.source),Xs=e=>y1.test(e);function $1(e){let t=y1.exec(e);return t?{char:t[0],index:t.index}:void 0}var w1=e=>`U+${e.codePointAt(0).toString(16).toUpperCase().padStart(4,"0")}`;var Zm=new Map(Om.map((e,t)=>[e,t]));function T6(e,t,r){let o=$1(e);o&&r.push(new H(`workload name ${JSON.stringify(e)} holds an invisible or control character (${w1(o.char)} at position ${o.index+1})`,t,"remove it: a name must read as it is matched"));let n=e.normalize("NFC").trim();return n||r.push(new H("workload name is empty",t,"give the workload a name")),n}function k1(e,t,r){let o=[],n=new Map,i=e.workloads.map((c,u)=>{let l=r(u),f={file:t,...l!==void 0?{line:l}:{}},p=`workloads[${u}]`,g=T6(c.name,{...f,path:`${p}.name`},o),v=n.get(g);v!==void 0&&o.push(new H(`workload name "${g}" is also used by workloads[${v}]`,{...f,path:`${p}.name`},"give every workload a unique name: the diff matches base and head by name")),n.set(g,u);let h=c.provider.trim().toLowerCase()==="runpod";h&&c.gpu===void 0&&c.model===void 0?o.push(new H("a runpod workload names its GPU with `gpu`",{...f,path:p},"add `gpu: H100 PRO` (see `genspend prices runpod`), or `model: network-volume` for storage")):h&&c.gpu!==void 0&&c.model!==void 0?o.push(new H("give either `gpu` or `model`, not both",{...f,path:p},"keep `gpu` for a GPU endpoint")):!h&&c.model===void 0?o.push(new H("missing required `model`",{...f,path:p},`add \`model:\` with a model id (see \`genspend prices ${c.provider}\`)`)):!h&&c.gpu!==void 0&&o.push(new H("`gpu` applies to runpod workloads only",{...f,path:`${p}.gpu`},"remove it"));let _=Object.keys(c).filter(y=>Zm.has(y)&&c[y]!==void 0);_.sort((y,A)=>Zm.get(y)-Zm.get(A));let k={};for(let y of _)k[y]=c[y];return{name:g,provider:c.provider,model:(Array.isArray(c.gpu)?c.gpu.join(","):c.gpu)??c.model,attributes:k,location:f,...c.endpointId!==void 0?{endpointId:c.endpointId}:{}}});if(o.length)throw new tt(o);let a={...e.budget.limit!==void 0?{limit:e.budget.limit}:{},...e.budget.maxIncrease!==void 0?{maxIncrease:e.budget.maxIncrease}:{},...e.budget.maxIncreasePercent!==void 0?{maxIncreasePercent:e.budget.maxIncreasePercent}:{},unpriced:e.budget.unpriced??"warn",...e.budget.judge==="high"?{judge:"high"}:{}},s=e.reconcile?.maxVariance!==void 0?{reconcile:{maxVariance:e.reconcile.maxVariance}}:{};return{file:t,period:e.period,budget:a,...s,workloads:i}}var x1=new WeakMap;function O6(e){let t=new he(e.min),r=new he(e.max),o=e.integer?"a whole number":"a number",n=s=>s.greaterThanOrEqualTo(1e6)?s.toExponential().replace("e+","e"):s.toFixed(),i=`${e.positive?"greater than "+n(t):"from "+n(t)} to ${n(r)}`,a=x.custom().superRefine((s,c)=>{if(!(s instanceof he)){if(typeof s=="number"&&!Number.isFinite(s))c.addIssue({code:"custom",message:`expected ${o} ${i}, got ${Number.isNaN(s)?".nan":".inf"}`});else{if(typeof s=="number")return;c.addIssue({code:"custom",message:`expected ${o} ${i}`})}return}(e.positive?s.lessThanOrEqualTo(t):s.lessThan(t))||s.greaterThan(r)?c.addIssue({code:"custom",message:`expected ${o} ${i}`}):e.integer&&!s.isInteger()&&c.addIssue({code:"custom",message:`expected ${o} ${i}`})});return x1.set(a,{type:e.integer?"integer":"number",...e.positive?{exclusiveMinimum:t.toNumber()}:{minimum:t.toNumber()},maximum:r.toNumber()}),a}function D6(e){switch(e.type){case"decimal":return O6(e);case"text":return x.string().min(1);case"boolean":return x.boolean();case"enum":return x.enum(e.values)}}var qm=e=>Object.fromEntries(Object.entries(e).map(([t,r])=>[t,D6(r)]));function lo(e){return x.preprocess(t=>Vs(t)||t===void 0?t:z6,e)}var z6=Symbol("not a mapping"),N6=x.enum(r1),co=qm(i1),_1=x.object({limit:co.limit.optional(),maxIncrease:co.maxIncrease.optional(),maxIncreasePercent:co.maxIncreasePercent.optional(),unpriced:co.unpriced.optional(),judge:co.judge.optional()}).strict(),Lz=lo(_1),C6=x.object({maxVariance:qm(o1).maxVariance.optional()}).strict(),U6=qm(io);var j6=x.union([x.string().min(1),x.array(x.string().min(1)).min(1,{message:"list at least one GPU"})],{error:"expected a GPU name (`gpu: ADA_24`) or a list of them in fallback order (`gpu: [ADA_24, AMPERE_24]`)"}),F6=lo(x.object({name:x.string().min(1).max(a1),description:x.string().optional(),provider:x.string().min(1),endpointId:x.string().min(1).optional(),model:x.string().min(1).optional(),gpu:j6.optional(),...Object.fromEntries(Object.entries(U6).map(([e,t])=>[e,t.optional()]))}).strict()),I1=x.custom(e=>e instanceof he?e.equals(1):e===1,{message:"expected `version: 1` (the only manifest version so far)"});x1.set(I1,{const:1});var Bm=lo(x.object({$schema:x.string().optional(),version:I1,period:N6.default("month"),budget:lo(_1.default({})),reconcile:lo(C6).optional(),workloads:x.array(F6).max(s1)}).strict());function Ys(e,t){let r=jo(e,t);if(!Vs(r.value))throw new H(`expected a mapping with \`version\`, \`period\`, \`budget\` and \`workloads\`, got ${Ks(r.value)}`,{file:t,line:1},"see examples/genspend.yml for the shape");let o=Bm.safeParse(r.value);if(!o.success)throw new tt(Hs(o.error.issues,Bm,r,t));return k1(o.data,t,n=>r.lineOf(["workloads",n]))}function Vm(e){return Dn(e,({file:t,read:r})=>Ys(r(),t))}function Gm(e){if(Array.isArray(e)){let r=e.map(Gm);return o=>r.some(n=>n(o))}if(typeof e=="object"&&e!==null){let r=e,o=r.gt??r.gte,n=r.lt??r.lte,i={lo:o===void 0?new he(-1/0):new he(o),loOpen:r.gt!==void 0,hi:n===void 0?new he(1/0):new he(n),hiOpen:r.lt!==void 0};return a=>{let s=A1(a);return s!==void 0&&d1(s,i)}}if(typeof e=="boolean")return r=>r===e;if(typeof e=="number"){let r=new he(e);return o=>{let n=A1(o);return n!==void 0&&n.equals(r)}}let t=e.toLowerCase();return r=>typeof r=="string"&&r.trim().toLowerCase()===t}function A1(e){if(e instanceof he)return e;if(typeof e=="string"&&/^-?\d+(\.\d+)?$/.test(e.trim()))return new he(e.trim())}var L6={gt:">",gte:">=",lt:"<",lte:"<="};function Km(e){if(Array.isArray(e))return e.map(String).join(" or ");if(typeof e=="object"&&e!==null){let t=e;return["gt","gte","lt","lte"].filter(r=>t[r]!==void 0).map(r=>`${L6[r]} ${t[r]}`).join(" and ")}return String(e)}var S1=new WeakMap,M6={ceil:he.ROUND_CEIL,floor:he.ROUND_FLOOR,"half-up":he.ROUND_HALF_UP};function P1(e,t){return{rate:e,amount:e.amount===void 0?void 0:we(e.amount),per:we(e.per),perIsOne:we(e.per).equals(1),rounding:e.rounding&&{step:we(e.rounding.step),stepIsOne:we(e.rounding.step).equals(1),mode:M6[e.rounding.mode],scope:e.rounding.scope},tiers:e.tiers?.map(r=>({cap:r.upTo===void 0?void 0:we(r.upTo),amount:we(r.amount)})),included:e.included&&{quantity:we(e.included.quantity),amount:we(e.included.amount)},conditions:Object.entries(e.when),matchers:Object.entries(e.when).map(([r,o])=>[r,Gm(o)]),ref:Object.freeze({amount:e.amount??null,...e.tiers?{tiers:e.tiers}:{},...e.included?{included:e.included}:{},per:e.per,unit:e.unit,currency:t.currency,basis:e.basis,source:e.source,checkedAt:e.checkedAt,verified:e.verified,...e.note?{note:e.note}:{},...Js(e)})}}function Z6(e,t){return e.surcharges.filter(r=>r.appliesTo.includes(t.kind)&&!r.except.includes(t.id))}function R1(e,t){let r=S1.get(t);if(r)return r;let o=e.currency==="credits"?we(e.credit.usd):we(1),n=new Map;for(let i of t.rates)n.set(i.charge,[...n.get(i.charge)??[],P1(i,e)]);return r={charges:[...n.entries()],surcharges:Z6(e,t).map(i=>P1(i,e)),conditionKeys:[...new Set(t.rates.flatMap(i=>Object.keys(i.when)))],creditUsd:o,creditUsdIsOne:o.equals(1),defaults:Object.fromEntries(Object.entries({...e.defaults,...t.defaults}).map(([i,a])=>[i,typeof a=="number"?we(a):a])),required:new Map,priced:new Map,choices:new Map},r.choices=B6(e,t,[...r.charges.flatMap(([,i])=>i),...r.surcharges],r.defaults),S1.set(t,r),r}var q6=Object.entries(io).flatMap(([e,t])=>t.type==="enum"?[[e,t.values]]:[]);function B6(e,t,r,o){let n=new Map,i=new Set;for(let{rate:c}of r)for(let[u,l]of Object.entries(c.when)){let f=Array.isArray(l)?l:[l];f.every(p=>typeof p=="string")?n.set(u,[...n.get(u)??[],...f]):i.add(u)}for(let c of i)n.delete(c);for(let[c,u]of Object.entries(e.accepts))n.has(c)&&n.get(c).push(...u);for(let[c,u]of Object.entries(t.accepts))n.set(c,[...n.get(c)??[],...u]);let a=r.some(({rate:c})=>c.unit==="gpu_second");for(let[c,u]of q6)(n.has(c)||c==="worker"&&a)&&n.set(c,[...n.get(c)??[],...u]);let s=new Map;for(let[c,u]of n){let l=o[c],f=new Map;for(let p of typeof l=="string"?[...u,l]:u)f.has(p.trim().toLowerCase())||f.set(p.trim().toLowerCase(),p);s.set(c,f)}return s}function E1(e,t){if(!t.includes(",")||!e.models.some(o=>o.pool))return;let r=t.split(",").map(o=>o.trim()).filter(o=>o.length>0);return r.length>1?r:void 0}function V6(e,t,r){let o=r.models.some(i=>i.pool);if(t.reason==="no-published-price")return`no published price for ${t.pool?`pool ${t.pool}`:`\`${e}\``} (${t.name})`;if(t.reason==="ambiguous"){let i=(t.instead??[]).map(a=>`\`${a}\``).join(", ");return`\`${e}\` does not say which ${o?"GPU":"endpoint"} (${t.name}); write one of: ${i}`}let n=r.models.flatMap(i=>i.pool?[i.pool.id]:[]);if(t.reason==="not-offered"){if(!o){let i=(t.instead??[]).map(a=>`\`${a}\``).join(", ");return`\`${e}\` is not offered by ${r.name} (${t.name})${i?`; use ${i}`:""}`}return`\`${e}\` is no ${r.name} GPU type (${t.name}); pick one of: ${n.join(", ")}`}return`\`${e}\` is a Pods GPU, not in any ${r.name} pool; pick one of: ${n.join(", ")}`}function T1(e,t,r){let o=e.unpricedName(t.provider,r);return o?V6(r,o,t):void 0}var Pn={day:24,week:168,month:730};function Hm(e,t){if(e.measured)return["runs","width","height","steps"];switch(e.unit){case"image":case"video":case"request":return["runs"];case"megapixel":return["runs","width","height"];case"video_second":case"audio_second":return["runs","seconds"];case"character":return["runs","characters"];case"gpu_second":return t==="active"?["activeWorkers"]:["runs","seconds"];case"gb_month":return[e.quantityFrom??"volumeGB"];case"reference_image":return["runs","referenceImages"];case"reference_video_second":return["runs","referenceVideoSeconds"];case"video_token":return["runs","width","height","fps","seconds"];case"runner_second":return["runs","seconds"]}}function D1(e,t){return e.unit==="gpu_second"?t==="active"?[]:["coldStartSeconds","idleSeconds"]:e.unit==="runner_second"?["setupSeconds","keepAlive"]:[]}function z1(e,t){let r=Hm(e,t);if(e.measured)return[...r,"results"];switch(e.unit){case"image":case"video":case"megapixel":case"video_second":case"video_token":return[...r,"results"];case"gpu_second":return t==="active"?[...r,"worker","gpuCount","runs","seconds"]:[...r,"worker","gpuCount","coldStarts","coldStartSeconds","idleSeconds"];case"runner_second":return[...r,"gpuCount","coldStarts","setupSeconds","keepAlive","teardownSeconds"];default:return r}}function Wm(e,t,r){let{num:o,value:n}=r,i=s=>n(s)!==void 0,a=()=>i("results")?o("results"):Mt;switch(e){case"image":return[{label:"images",count:ft(o("runs"),a()),each:Mt}];case"video":return[{label:"videos",count:ft(o("runs"),a()),each:Mt}];case"request":return[{label:"requests",count:o("runs"),each:Mt}];case"megapixel":return[{label:"megapixels",count:ft(o("runs"),a()),each:Ot(o("width").times(o("height")),K6(t))}];case"video_second":return[{label:"video seconds",count:ft(o("runs"),a()),each:o("seconds")}];case"audio_second":return[{label:"audio seconds",count:o("runs"),each:o("seconds")}];case"character":return[{label:"characters",count:o("runs"),each:o("characters")}];case"gpu_second":return H6(r);case"gb_month":return[{label:"GB-months",count:Mt,each:o(t.quantityFrom??"volumeGB")}];case"reference_image":return[{label:"reference images",count:o("runs"),each:o("referenceImages")}];case"reference_video_second":return[{label:"reference video seconds",count:o("runs"),each:o("referenceVideoSeconds")}];case"video_token":return[{label:"video tokens",count:ft(o("runs"),a()),each:G6(o)}];case"runner_second":return W6(r)}}function G6(e){return Ot(e("width").times(e("height")).times(e("fps")).times(e("seconds")),1024)}var O1=new Map;function K6(e){let t=e.pixelsPerMegapixel??"1000000",r=O1.get(t);return r||O1.set(t,r=we(t)),r}function H6({num:e,value:t,period:r}){let o=t("gpuCount")!==void 0?e("gpuCount"):Mt;if(t("worker")==="active")return[{label:"always-on",count:ft(e("activeWorkers"),o),each:we(Pn[r]).times(3600)}];let n=[{label:"execution",count:ft(e("runs"),o),each:e("seconds")}];return t("coldStarts")!==void 0&&!e("coldStarts").isZero()&&(n.push({label:"cold starts",count:ft(e("coldStarts"),o),each:e("coldStartSeconds")}),n.push({label:"idle timeout",count:ft(e("coldStarts"),o),each:e("idleSeconds")})),n}function W6({num:e,value:t}){let r=t("gpuCount")!==void 0?e("gpuCount"):Mt,o=[{label:"execution",count:ft(e("runs"),r),each:e("seconds")}];if(t("coldStarts")===void 0||e("coldStarts").isZero())return o;let n=ft(e("coldStarts"),r);return o.push({label:"setup",count:n,each:e("setupSeconds")}),o.push({label:"keep-alive",count:n,each:e("keepAlive")}),t("teardownSeconds")!==void 0&&o.push({label:"teardown",count:n,each:e("teardownSeconds")}),o}var N1={published:2,contract:2,account:2,measured:1,modeled:0},fo={megapixels:{from:["width","height"],compute:e=>e("width").times(e("height")).dividedBy(1e6)}};function Jm(e,t,r){let o={name:e.name,provider:e.provider,model:e.model,...e.location?{location:e.location}:{},...e.endpointId!==void 0?{endpointId:e.endpointId}:{},runs:e.attributes.runs instanceof he?e.attributes.runs:null,cost:null,credits:null,basis:null,lines:[],assumptions:[],warnings:[]},n=t.provider(e.provider);if(!n)return o.unpriced=`unknown provider \`${e.provider}\` (genspend prices ${t.providers.map(h=>h.provider).join(", ")})`,o;let i=n.provider==="runpod"?"GPU":"model";if(!e.model)return o.unpriced=`no ${i} given`,o;let a=t.model(n.provider,e.model);if(!a){let h=E1(n,e.model);if(h)return J6(e,h,t,r,o);let _=T1(t,n,e.model);if(_)return o.unpriced=_,o;let k=X6(e,t,n,o);if(!k)return o;a=k}let{model:s}=a,c=R1(n,s),u=eS(e,c,Q6(e,n,s,c));rS(e,n,s,c,u),aS(e,n,s,u),iS(e,s,c,u,o,a.architecture!==void 0),a.architecture&&Y6(e,a.architecture,o);let l=[];for(let[h,_]of c.charges){let k,y=0;for(let A of _)C1(A,u.value)&&oS(A,u.value)&&(k=A,y++);if(!(y===0&&_.every(A=>A.rate.optional))){if(y!==1)return o.unpriced=lS(s,h,_,y,u.value),o;l.push(k)}}let f=new Set;for(let h of c.surcharges){if(!h.conditions.some(([k])=>!fo[k]&&e.attributes[k]!==void 0))continue;let _=h.conditions.flatMap(([k])=>fo[k]?.from??[k]).filter(k=>u.value(k)===void 0);if(_.length)throw new H(`workload "${e.name}": the ${n.name} "${h.rate.charge}" surcharge needs \`${_[0]}\``,e.location,`add \`${_[0]}:\` to the workload`,{workload:e.name,attribute:_[0],missing:_});if(C1(h,u.value)){if(f.has(h.rate.charge))return o.unpriced=`two ${n.name} "${h.rate.charge}" surcharges match; the catalog is ambiguous`,o;f.add(h.rate.charge),l.push(h)}}let p={num:u.num,value:u.value,period:r},g=l.map(h=>F1(h,c,p,o));for(let h of g)o.lines.push(...h);let v=cS(s,c,n,p,o.lines);v&&o.lines.push(v),o.cost=Be(o.lines.map(h=>h.amountUsd)),l.some(h=>h.rate.range)&&dS(s,c,p,l,g,o),n.currency==="credits"&&(o.credits=Be(o.lines.map(h=>h.amount)),o.creditUsd=c.creditUsd),o.basis=o.lines.reduce((h,_)=>N1[_.basis]<N1[h]?_.basis:h,o.lines[0]?.basis??"published");for(let h of u.defaulted)o.assumptions.push(`${h}: ${String(u.value(h))} (${n.name} default, not in the manifest)`);u.defaulted.size&&(o.defaulted=Object.fromEntries([...u.defaulted].map(h=>[h,String(u.value(h))])));for(let{rate:h}of l)h.verified||o.warnings.push(`unverified price for ${s.id}${h.charge==="base"?"":` (${h.charge})`}: ${h.note??"not confirmed against its source"}`);if(s.retired){let{on:h,replacement:_}=s.retired;o.warnings.push(`${s.id} was retired by ${n.name} on ${h}; use ${_}`)}return bS(p,u.value,o),o}function J6(e,t,r,o,n){let{gpuPick:i,...a}=e.attributes,s=typeof i=="string"&&i.trim().toLowerCase()==="first",c;for(let g of s?t.slice(0,1):t){let v=Jm({...e,model:g,attributes:a},r,o);if(v.cost===null)return n.unpriced=`\`${g}\` in the GPU list ${t.join(", ")}: ${v.unpriced??"unpriced"}`,n;(!c||v.cost.greaterThan(c.estimate.cost))&&(c={id:g,estimate:v})}let{id:u,estimate:l}=c,f=r.model(e.provider,u).model,p=s?`the first of ${t.join(", ")} (gpuPick: first)`:`the dearest of ${t.join(", ")}: an endpoint may run its jobs on any GPU in its list (gpuPick: first prices the first)`;return{...l,model:e.model,assumptions:[`gpu: priced at ${u} (${f.id}), ${p}`,...l.assumptions]}}function X6(e,t,r,o){let n=e.model,i=e.attributes.architecture,a=(r.architectures??[]).map(f=>f.id);if(typeof i=="string"&&a.length){let f=t.architecture(r.provider,i);if(f)return f;o.unpriced=`no ${r.name} price for architecture \`${i}\` yet (the catalog prices ${a.join(", ")})`;return}let s=`add \`architecture:\` (one of ${ro.join(", ")}) to price it from ${r.name}'s measured runs`;if(t.isCommunity(r.provider,n)){o.unpriced=`${r.name} community model \`${n}\` is billed by its architecture: ${s}`;return}let c=r.provider==="runpod"?"GPU":"model",u=t.suggest(r.provider,n),l=a.length?`; if it is a community model, ${s}`:"";o.unpriced=`unknown ${r.name} ${c} \`${n}\`${u?` (did you mean \`${u}\`?)`:""}${l}`}function Y6(e,t,r){let{entry:o,known:n}=t;r.architecture=o.id;let i=n?`the catalog lists ${n.name} as ${o.id} (${n.source})`:`\`architecture: ${o.id}\` in the workload`;r.assumptions.push(`architecture: priced as ${o.name} (\`${o.id}\`) from ${i}`);let a=e.attributes.architecture;n&&typeof a=="string"&&a!==o.id&&r.warnings.push(`\`architecture: ${a}\` ignored: the catalog lists ${e.model} as ${o.id} (${n.source})`),n&&!n.verified&&r.warnings.push(`unverified architecture for ${e.model}: ${n.note??"not confirmed against its source"}`)}function Q6(e,t,r,o){let n;for(let[i,a]of Object.entries(e.attributes)){if(typeof a!="string")continue;let s=o.choices.get(i);if(!s)continue;let c=s.get(a.trim().toLowerCase());if(c!==void 0){c!==a&&(n??=new Map).set(i,c);continue}let u=[...s.values()],l=pn(a.trim(),u);throw new H(`workload "${e.name}": ${t.name} ${r.id} does not know \`${i}\` ${JSON.stringify(a)} (allowed: ${u.join(", ")})`,e.location,l?`did you mean \`${i}: ${l}\`?`:`write \`${i}:\` as one of ${u.join(", ")}`,{workload:e.name,attribute:i,value:a,allowed:u,...l?{suggestion:l}:{}})}return n}function eS(e,t,r){let o=t.defaults,n=new Set,i,a=c=>{let u=r?.get(c)??e.attributes[c];if(u!==void 0)return typeof u=="number"?we(u):u;let l=o[c];if(l!==void 0)return n.add(c),l;let f=fo[c];if(f&&f.from.every(p=>a(p)!==void 0)){let p=i?.get(c);return p||(i??=new Map).set(c,p=f.compute(s)),p}},s=c=>{let u=a(c);if(u instanceof he)return u;if(typeof u=="string"&&/^\d+(\.\d+)?$/.test(u.trim()))return we(u.trim());throw new H(`\`${c}\` must be a number, got ${JSON.stringify(u)}`,e.location)};return{value:a,num:s,defaulted:n}}function tS(e,t,r){let o=t.required.get(r);if(!o){let n=new Set(e.requires),i=e.rates.filter(a=>!a.optional);for(let a of i)for(let s of Object.keys(a.when))for(let c of fo[s]?.from??[s])n.add(c);for(let a of i)for(let s of Hm(a,r))n.add(s);for(let a of e.rates)for(let s of a.absent??[])n.delete(s);o=[...n],t.required.set(r,o)}return o}function nS(e,t,r){let o=t.priced.get(r);if(!o){let n=new Set(e.requires),i=[...t.charges.flatMap(([,a])=>a),...t.surcharges];for(let{rate:a}of i){for(let s of Object.keys(a.when))for(let c of fo[s]?.from??[s])n.add(c);for(let s of z1(a,r))n.add(s)}t.priced.set(r,o=n)}return o}function rS(e,t,r,o,n){let i=n.value("worker"),a=typeof i=="string"?i:void 0,s=tS(r,o,a),c=n.value("coldStarts");if(c instanceof he&&!c.isZero()){let v=new Set(r.rates.flatMap(h=>D1(h,a)));v.size&&(s=[...s,...v])}let u=s.filter(v=>n.value(v)===void 0),l=u[0];if(l===void 0)return;let f=r.rates.map(v=>v.when[l]).filter(v=>v!==void 0).map(Km),p=f.length?` (one of: ${[...new Set(f)].join(", ")})`:"",g=u.length>1?`; also missing: ${u.slice(1).map(v=>`\`${v}\``).join(", ")}`:"";throw new H(`workload "${e.name}": ${t.name} ${r.id} needs \`${l}\`${p}${g}`,e.location,`add \`${l}:\` to the workload`,{workload:e.name,attribute:l,missing:u})}function iS(e,t,r,o,n,i){let a=o.value("worker"),s=typeof a=="string"?a:void 0,c=nS(t,r,s),u=s!==void 0&&r.choices.has("worker")?` with \`worker: ${s}\``:"";for(let l of Object.keys(e.attributes))i&&l==="architecture"||c.has(l)||n.warnings.push(`\`${l}\` does not change the price of ${t.id}${u}; ignored`)}function oS(e,t){return(e.rate.absent??[]).every(r=>t(r)===void 0)}function aS(e,t,r,o){for(let[n,i]of Object.entries(r.allowed??{})){let a=o.value(n);if(a===void 0)continue;let s=a instanceof he?a:typeof a=="string"&&/^\d+(\.\d+)?$/.test(a.trim())?we(a.trim()):void 0;if(s&&sS(i,s))continue;let c=uS(i);throw new H(`workload "${e.name}": ${t.name} ${r.id} does not accept \`${n}\` ${String(a)} (allowed: ${c})`,e.location,`write \`${n}:\` as ${Array.isArray(i)?`one of ${c}`:c}`,{workload:e.name,attribute:n,value:String(a),allowed:Array.isArray(i)?i.map(String):[c]})}}function sS(e,t){return Array.isArray(e)?e.some(r=>t.equals(r)):e.integer&&!t.isInteger()?!1:(e.gte===void 0||t.greaterThanOrEqualTo(e.gte))&&(e.lte===void 0||t.lessThanOrEqualTo(e.lte))}function uS(e){if(Array.isArray(e))return e.join(", ");let t=e.integer?"a whole number":"a number";return e.gte!==void 0&&e.lte!==void 0?`${t} from ${e.gte} to ${e.lte}`:e.gte!==void 0?`${t} of at least ${e.gte}`:e.lte!==void 0?`${t} up to ${e.lte}`:t}function cS(e,t,r,o,n){let i=e.minimum;if(!i||o.value("runs")===void 0)return;let a=o.num("runs");if(a.isZero())return;let s=Be(n.map(f=>f.amount)),c=a.times(i.amount);if(s.greaterThanOrEqualTo(c))return;let u=c.minus(s),l=r.currency==="credits"?"credits":"USD";return{charge:"minimum",label:`minimum ${i.amount} ${l} per request applied (metered ${Se(Ot(s,a))})`,unit:"request",quantity:a,billedQuantity:a,rate:Object.freeze({amount:i.amount,per:"1",unit:"request",currency:r.currency,basis:i.basis,source:i.source,checkedAt:i.checkedAt,verified:i.verified,...i.note?{note:i.note}:{},...Js(e.rates[0])}),amount:u,amountUsd:t.creditUsdIsOne?u:u.times(t.creditUsd),basis:i.basis}}function C1(e,t){for(let[r,o]of e.matchers){let n=t(r);if(n===void 0||!o(n))return!1}return!0}function lS(e,t,r,o,n){let a=[...new Set(r.flatMap(c=>Object.keys(c.rate.when)))].map(c=>`${c}: ${String(n(c))}`).join(", ");if(o>1)return`${e.id}: more than one price matches ${a} (the catalog is ambiguous; run \`genspend catalog check\`)`;let s=r.map(c=>Object.entries(c.rate.when).map(([u,l])=>`${u} ${Km(l)}`).join(", ")).join("; ");return`${e.id} has no ${t==="base"?"":`"${t}" `}price for ${a} (priced: ${s})`}function dS(e,t,r,o,n,i){let a={assumptions:[]},s=l=>{let f=At;o.forEach((g,v)=>{let h=fS(g,l),_=h?F1(h,t,r,a):n[v];f=f.plus(Be(_.map(k=>k.amount)))});let p=e.minimum&&r.value("runs")!==void 0?r.num("runs"):void 0;return p&&!p.isZero()&&(f=he.max(f,p.times(e.minimum.amount))),t.creditUsdIsOne?f:f.times(t.creditUsd)},c=he.min(s("low"),i.cost),u=he.max(s("high"),i.cost);i.range={low:c,high:u};for(let{rate:l}of o){if(!l.range)continue;let f=l.range.source?` (${l.range.source})`:"";i.assumptions.push(`price range ${ce(c)} to ${ce(u)}: ${l.range.note}${f}`)}}var U1=new WeakMap;function fS(e,t){let r=e.rate.range?.[t];if(r===void 0)return;let o=U1.get(e);o||U1.set(e,o={});let n=o[t];return n||(n=typeof r=="string"?{...e,amount:we(r),rate:{...e.rate,amount:r}}:{...e,rate:{...e.rate,measured:r}},o[t]=n),n}function F1(e,t,r,o){let{rate:n}=e,i=e.ref,a=n.basis,s,c;if(n.measured){let u=hS(n,r);s=u.amount,i={...i,amount:Se(u.amount)},a=u.basis,u.assumption&&o.assumptions.push(u.assumption),c=Wm("image",n,r)}else c=Wm(n.unit,n,r);return c.map(u=>{let l=ft(u.count,u.each),f=pS(e,u,l),p;if(s?p=f.times(s):e.tiers?p=gS(e,f):e.included?p=mS(e,u.count,f):p=e.perIsOne?f.times(e.amount):Ot(f.times(e.amount),e.per),n.unit==="gb_month"){let g=Pn[r.period];p=Ot(p.times(g),Pn.month),r.period!=="month"&&o.assumptions.push(`storage prorated to ${g} of ${Pn.month} hours`)}return{charge:n.charge,label:n.charge==="base"?u.label:`${n.charge}: ${u.label}`,unit:n.unit,quantity:l,billedQuantity:f,rate:i,amount:p,amountUsd:t.creditUsdIsOne?p:p.times(t.creditUsd),basis:a}})}function pS(e,t,r){let o=e.rounding;if(!o)return r;let n=i=>o.stepIsOne?i.toDecimalPlaces(0,o.mode):i.dividedBy(o.step).toDecimalPlaces(0,o.mode).times(o.step);return o.scope==="request"?t.count.times(n(t.each)):n(r)}function mS(e,t,r){if(t.isZero())return At;let{quantity:o,amount:n}=e.included,i=he.max(At,r.dividedBy(t).minus(o)),a=n.plus(e.perIsOne?i.times(e.amount):Ot(i.times(e.amount),e.per));return t.times(a)}function gS(e,t){let r=Ot(t,e.per),o=At,n=At;for(let i of e.tiers){let a=i.cap&&Ot(i.cap,e.per),s=a===void 0?r:he.min(r,a.minus(o));if(s.lessThanOrEqualTo(0))break;n=n.plus(s.times(i.amount)),r=r.minus(s),a!==void 0&&(o=a)}return n}var j1=new WeakMap;function hS(e,t){let r=`${t.num("width").toString()}x${t.num("height").toString()}x${t.num("steps").toString()}`,o=j1.get(e);o||j1.set(e,o=new Map);let n=o.get(r);return n||o.set(r,n=vS(e,t)),n}function vS(e,t){let r=t.num("width"),o=t.num("height"),n=t.num("steps"),i=r.times(o).times(n),a=(l,f)=>{let p=l.dividedBy(f);return he.max(p,we(1).dividedBy(p))},s;for(let l of e.measured){if(r.equals(l.width)&&o.equals(l.height)&&n.equals(l.steps))return{amount:we(l.amount),basis:"measured"};let f={run:l,pixels:a(r.times(o),l.width*l.height),steps:a(n,l.steps)};(!s||f.pixels.lessThan(s.pixels)||f.pixels.equals(s.pixels)&&f.steps.lessThan(s.steps))&&(s=f)}let{run:c}=s;return{amount:Ot(we(c.amount).times(i),c.width*c.height*c.steps),basis:"modeled",assumption:`modeled: scaled from the measured run at ${c.width}x${c.height}, ${c.steps} steps ($${c.amount} per image) by pixels and steps`}}function bS(e,t,r){if(t("worker")!=="active"||t("runs")===void 0||t("seconds")===void 0)return;let o=e.num("runs").times(e.num("seconds").ceil()),n=e.num("activeWorkers").times(Pn[e.period]*3600);o.greaterThan(n)&&r.warnings.push(`jobs need ${o.toFixed()} GPU-seconds but ${e.num("activeWorkers").toFixed()} active worker(s) provide ${n.toFixed()}: the overflow runs on flex workers and is not priced here; add a flex workload for it`)}function Xm(e,t,r){if(new Set(e.map(s=>s.period)).size>1)throw new H(`manifests use different periods (${e.map(s=>`${s.file}: ${s.period}`).join(", ")})`,void 0,"use one `period` in every manifest, or price them separately");let n=r&&yS(r),i=Dn(e,s=>{let c=Dn(s.workloads,f=>{let p=n?.get(`${s.file}\0${f.name}`);return p&&p.period===s.period&&$S(p.spec,f)?kS(p.estimate,f):Jm(f,t,s.period)}),u=Be(c.map(f=>f.cost).filter(f=>f!==null)),l=L1(c.filter(f=>f.cost!==null),f=>f.cost);return{file:s.file,period:s.period,budget:s.budget,...s.reconcile?{reconcile:s.reconcile}:{},workloads:c,total:u,...l?{range:l}:{}}}),a=L1(i,s=>s.total);return{period:e[0]?.period??"month",total:Be(i.map(s=>s.total)),...a?{range:a}:{},manifests:i}}function L1(e,t){if(e.some(r=>r.range))return{low:Be(e.map(r=>r.range?.low??t(r))),high:Be(e.map(r=>r.range?.high??t(r)))}}function yS(e){let t=new Map;return e.manifests.forEach((r,o)=>{let n=e.estimate.manifests[o]?.workloads;r.workloads.forEach((i,a)=>{let s=n?.[a];s&&t.set(`${r.file}\0${i.name}`,{spec:i,estimate:s,period:r.period})})}),t}function $S(e,t){if(e.provider!==t.provider||e.model!==t.model||e.endpointId!==t.endpointId)return!1;let r=Object.keys(e.attributes);if(r.length!==Object.keys(t.attributes).length)return!1;for(let o of r){let n=e.attributes[o],i=t.attributes[o];if(n!==i&&!(n instanceof he&&i instanceof he&&wS(n,i)))return!1}return!0}function wS(e,t){if(e.s!==t.s||e.e!==t.e||!e.d||!t.d||e.d.length!==t.d.length)return!1;for(let r=0;r<e.d.length;r++)if(e.d[r]!==t.d[r])return!1;return!0}function kS(e,t){let{name:r,provider:o,model:n,location:i,...a}=e;return{name:r,provider:o,model:n,...t.location?{location:t.location}:{},...a}}function po(e){return e.baseError!==void 0?" (base unreadable)":e.base?e.head?"":" (removed)":" (new)"}function Ym(e,t){return e.isZero()?null:t.dividedBy(e).times(100)}var M1=e=>e?.cost??At;function Qs(e,t,r=[]){let o=new Map;for(let u of e?.manifests??[])o.set(u.file,{base:u,head:null});for(let u of t.manifests)o.set(u.file,{base:o.get(u.file)?.base??null,head:u});let n=new Map(r.map(u=>[u.file,u.error]));for(let u of n.keys())o.has(u)||o.set(u,{base:null,head:null});let i=[...o.entries()].sort(([u],[l])=>u<l?-1:u>l?1:0).map(([u,l])=>{let f=xS(u,l.base,l.head),p=n.get(u);return p===void 0?f:{...f,baseError:p}}),a=Be(i.map(u=>u.baseTotal)),s=Be(i.map(u=>u.headTotal)),c=zo(s,a);return{baseTotal:a,headTotal:s,delta:c,deltaPercent:Ym(a,c),manifests:i}}function xS(e,t,r){let o=new Map;for(let c of t?.workloads??[])o.set(c.name,{base:c,head:null});for(let c of r?.workloads??[])o.set(c.name,{base:o.get(c.name)?.base??null,head:c});let n=[...o.entries()].map(([c,u])=>{let l=M1(u.base),f=M1(u.head),p=zo(f,l),g=u.base?u.head?p.isZero()&&u.base.unpriced===u.head.unpriced?"unchanged":"changed":"removed":"added";return{file:e,name:c,base:u.base,head:u.head,baseCost:l,headCost:f,delta:p,status:g}}),i=t?.total??At,a=r?.total??At,s=zo(a,i);return{file:e,base:t,head:r,baseTotal:i,headTotal:a,delta:s,deltaPercent:Ym(i,s),workloads:n}}function Qm(e){return e.range?{...e,total:e.range.high,manifests:e.manifests.map(t=>t.range?{...t,total:t.range.high,workloads:t.workloads.map(r=>r.range?{...r,cost:r.range.high}:r)}:t)}:e}var Qn=e=>e.scope==="pr"?"PR-level":e.file,tg="a non-negative number such as 50 or 12.5";function ng(e){return/^\d{1,15}(\.\d{1,15})?$/.test(e)?we(e):null}function rg(e,t){let r=_S(t.pr??{}),o=t.high,n=AS(r.judge==="high"&&o?o:e,r,t.hasBase,r.judge==="high"),i=[];for(let s of e.manifests){let c=Z1(s);c&&i.push(c);let u=c?.budget??{unpriced:"warn"},l=u.judge==="high"?o?.manifests.find(f=>f.file===s.file):void 0;n.push(...SS(s,u,t.hasBase,r,t.subject,l))}return{verdict:n.some(s=>s.level==="fail")?"fail":n.length?"warn":"pass",reasons:n,rules:{pr:r,manifests:i,hasBase:t.hasBase}}}function Z1(e){if(e.base)return{file:e.file,budget:e.base.budget,from:"base"};if(e.head)return{file:e.file,budget:e.head.budget,from:"head"}}function _S(e){return Object.fromEntries(Object.entries(e).filter(([,t])=>t!==void 0))}var IS=(e,t)=>t.delta.comparedTo(e.delta);function eg(e,t){return e.filter(r=>r.delta.greaterThan(0)).sort(IS).map(r=>({name:r.name,...t?{file:r.file}:{},...r.head?.location?.line!==void 0?{line:r.head.location.line}:{}}))}var q1=e=>(e.head?.workloads??[]).filter(t=>t.cost===null);function B1(e,t,r){let o=[];if(t.limit!==void 0&&e.headTotal.greaterThan(t.limit)){let i=r&&e.baseTotal.greaterThan(t.limit);o.push({rule:"limit",level:i?"warn":"fail",message:`${e.total(ce(e.headTotal))} is over the ${ce(t.limit)} limit by ${ce(e.headTotal.minus(t.limit))}`+(i?`, but the base was already over (${ce(e.baseTotal)}), so this change does not fail on it`:""),threshold:t.limit,actual:e.headTotal,workloads:e.workloads()})}if(!r||!e.increaseRules)return o;t.maxIncrease!==void 0&&e.delta.greaterThan(t.maxIncrease)&&o.push({rule:"maxIncrease",level:"fail",message:`${e.increase(ce(e.delta))} is over the ${ce(t.maxIncrease)} maximum by ${ce(e.delta.minus(t.maxIncrease))}${e.note}`,threshold:t.maxIncrease,actual:e.delta,workloads:e.workloads()});let n=t.maxIncreasePercent;if(n!==void 0&&e.delta.greaterThan(0))if(e.deltaBase.isZero())e.zeroBase==="fail"&&o.push({rule:"maxIncreasePercent",level:"fail",message:`${e.increase(ce(e.delta))} is from a $0 base: over any percent maximum (${Dt(n)})${e.note}`,threshold:n,workloads:e.workloads()});else{let i=e.delta.dividedBy(e.deltaBase).times(100);i.greaterThan(n)&&o.push({rule:"maxIncreasePercent",level:"fail",message:`${e.increase(Dt(i))} is over the ${Dt(n)} maximum${e.note}`,threshold:n,actual:i,workloads:e.workloads()})}return o}var eu=" at the high end of its price range";function AS(e,t,r,o){let n=[],i=c=>{n.push({scope:"pr",file:"",...c})},a=e.manifests.filter(c=>c.baseError===void 0),s=e.manifests.filter(c=>c.baseError!==void 0).map(c=>`\`${c.file}\``);if(B1({headTotal:e.headTotal,baseTotal:e.baseTotal,delta:Be(a.map(c=>c.delta)),deltaBase:Be(a.map(c=>c.baseTotal)),increaseRules:!0,zeroBase:"fail",workloads:()=>eg(a.flatMap(c=>c.workloads),!0),total:c=>`the total of every manifest${o?eu:""}, ${c},`,increase:c=>`the increase over every manifest${o?eu:""}, ${c},`,note:s.length?` (not counting ${s.join(", ")}, whose base could not be read)`:""},t,r).forEach(i),t.unpriced==="fail"){let c=e.manifests.filter(u=>Z1(u)?.budget.unpriced!=="fail").flatMap(u=>q1(u).map(l=>({file:u.file,w:l})));c.length&&i({rule:"unpriced",level:"fail",message:`${c.length} workload${c.length===1?"":"s"} could not be priced, and the PR-level rule is \`unpriced: fail\`: ${c.map(({file:u,w:l})=>`"${l.name}" in ${u}`).join("; ")}`,workloads:c.map(({file:u,w:l})=>({name:l.name,file:u,...l.location?.line!==void 0?{line:l.location.line}:{}}))})}return n}function SS(e,t,r,o,n,i){let a=[],s=i??e,c=p=>{a.push({scope:"manifest",file:e.file,...p})},u=eg(e.workloads,!1);if(e.base&&e.head){let p=G1(e.base.budget,e.head.budget);p.length&&c({rule:"budget",level:"warn",message:`${n?`this ${n} changes the budget of \`${e.file}\``:`the budget of \`${e.file}\` changes`}: ${p.join(", ")} (applies after merge; until then the base's budget judges it)`,workloads:[]})}e.baseError!==void 0&&c({rule:"baseline",level:"warn",message:`the base of this manifest could not be read (${e.baseError}): it counts as unpriced at the base, so the increase rules are not judged for it`,workloads:[]}),B1({headTotal:s.headTotal,baseTotal:s.baseTotal,delta:s.delta,deltaBase:s.baseTotal,increaseRules:e.baseError===void 0,zeroBase:"skip",workloads:()=>i?eg(i.workloads,!1):u,total:p=>i?`total${eu}, ${p},`:`total ${p}`,increase:p=>i?`increase${eu}, ${p},`:`increase of ${p}`,note:""},t,r).forEach(c);let l=q1(e);l.length&&!(o.unpriced==="fail"&&t.unpriced!=="fail")&&c({rule:"unpriced",level:t.unpriced,message:`${l.length} workload${l.length===1?"":"s"} could not be priced: ${l.map(p=>`"${p.name}" (${p.unpriced})`).join("; ")}`,workloads:l.map(p=>({name:p.name,...p.location?.line!==void 0?{line:p.location.line}:{}}))});let f=r?(e.base?.workloads??[]).filter(p=>p.cost===null):[];return f.length&&c({rule:"baseline",level:"warn",message:`the base has ${f.length} unpriced workload${f.length===1?"":"s"} (${f.map(p=>`"${p.name}"`).join(", ")}): the change is measured against an incomplete baseline`,workloads:[]}),a}function tu(e){let t=[];for(let[r,o]of V1){let n=e[r];n!==void 0&&t.push(`${r} ${o(n)}`)}return e.unpriced!==void 0&&t.push(`unpriced ${e.unpriced}`),e.judge==="high"&&t.push("judged at the high end of price ranges"),t.join(", ")}var V1=[["limit",ce],["maxIncrease",ce],["maxIncreasePercent",Dt]];function G1(e,t){let r=[];for(let[o,n]of V1){let i=e[o],a=t[o];i===void 0&&a===void 0||i!==void 0&&a!==void 0&&i.equals(a)||r.push(`${o} ${i===void 0?"none":n(i)} \u2192 ${a===void 0?"none":n(a)}`)}return e.unpriced!==t.unpriced&&r.push(`unpriced ${e.unpriced} \u2192 ${t.unpriced}`),(e.judge??"expected")!==(t.judge??"expected")&&r.push(`judge ${e.judge??"expected"} \u2192 ${t.judge??"expected"}`),r}function ig(e){let t=e.catalog??ao(),r=e.base!==void 0,o=e.base?.manifests??[],n=Xm(e.head,t),i=o.length?Xm(o,t,{manifests:e.head,estimate:n}):null;if(i&&e.head.length&&i.period!==n.period)throw new H(`the base is priced per ${i.period} and the head per ${n.period}`,void 0,"change `period` in a change of its own, or compare manifests with the same period");i&&!e.head.length&&(n={...n,period:i.period});let a=Qs(i,n,e.base?.unreadable),s=PS(e,i,n)?Qs(i&&Qm(i),Qm(n),e.base?.unreadable):void 0,c=rg(a,{hasBase:r,...e.pr?{pr:e.pr}:{},...e.subject?{subject:e.subject}:{},...s?{high:s}:{}});return{base:i,head:n,diff:a,budget:c,hasBase:r}}function PS(e,t,r){return!r.range&&!t?.range?!1:e.pr?.judge==="high"?!0:[...t?.manifests??[],...r.manifests].some(o=>o.budget.judge==="high")}var K1=e=>e===null?null:e.toFixed(2),H1=()=>({lines:new Map,figures:new Map});function og(e,t){let r=t.figures.get(e);return r===void 0&&t.figures.set(e,r=Se(e)),r}function RS(e,t){let r=t.lines.get(e);if(r)return r;let o=Se(e.quantity),n=Se(e.amount),i={charge:e.charge,label:e.label,unit:e.unit,quantity:o,billedQuantity:e.billedQuantity===e.quantity?o:Se(e.billedQuantity),rate:{amount:e.rate.amount,...e.rate.tiers?{tiers:e.rate.tiers}:{},...e.rate.included?{included:e.rate.included}:{},per:e.rate.per,unit:e.rate.unit,currency:e.rate.currency,basis:e.basis,source:e.rate.source,checkedAt:e.rate.checkedAt,verified:e.rate.verified},amount:n,amountUsd:e.amountUsd===e.amount?n:Se(e.amountUsd),priceSource:e.rate.priceSource};return e.rate.discount&&(i.discount=e.rate.discount),t.lines.set(e,i),i}function ES(e,t){let r={name:e.name};return e.location&&(r.file=e.location.file),e.location?.line!==void 0&&(r.line=e.location.line),r.provider=e.provider,r.model=e.model??null,r.cost=e.cost===null?null:og(e.cost,t),e.credits!==null&&(r.credits=Se(e.credits)),e.range&&e.cost!==null&&(r.range=ug(e.range,r.cost)),r.basis=e.basis,r.lines=e.lines.map(o=>RS(o,t)),r.assumptions=e.assumptions,r.warnings=e.warnings,r}function ug(e,t){return{low:Se(e.low),expected:t,high:Se(e.high)}}function ag(e){return{...e.limit!==void 0?{limit:Se(e.limit)}:{},...e.maxIncrease!==void 0?{maxIncrease:Se(e.maxIncrease)}:{},...e.maxIncreasePercent!==void 0?{maxIncreasePercent:Se(e.maxIncreasePercent)}:{},...e.unpriced!==void 0?{unpriced:e.unpriced}:{},...e.judge!==void 0?{judge:e.judge}:{}}}function TS(e){let t=Se(e.total);return{file:e.file,total:t,...e.range?{range:ug(e.range,t)}:{},budget:{...ag(e.budget),unpriced:e.budget.unpriced}}}function OS(e){return{pr:ag(e.rules.pr),manifests:e.rules.manifests.map(t=>({file:t.file,from:t.from,budget:ag(t.budget)}))}}function W1(e){return e.reasons.map(t=>({rule:t.rule,level:t.level,scope:t.scope,file:t.file,message:t.message,...t.threshold!==void 0?{threshold:Se(t.threshold)}:{},...t.actual!==void 0?{actual:Se(t.actual)}:{},workloads:t.workloads}))}function cg(e,t){return sg(e,t,H1())}function sg(e,t,r){let o=e.manifests.flatMap(n=>n.workloads);return{version:1,currency:"USD",period:e.period,total:Se(e.total),...e.range?{range:ug(e.range,Se(e.total))}:{},manifests:e.manifests.map(TS),workloads:o.map(n=>ES(n,r)),unpriced:o.filter(n=>n.cost===null).map(n=>({name:n.name,...n.location?{file:n.location.file}:{},...n.location?.line!==void 0?{line:n.location.line}:{},provider:n.provider,model:n.model??null,reason:n.unpriced??"unpriced"})),verdict:t.verdict,reasons:W1(t)}}function lg(e,t,r,o){let n={verdict:"pass",reasons:[],rules:{pr:{},manifests:[],hasBase:!1}},i=H1();return{version:1,currency:"USD",period:t.period,base:e?sg(e,n,i):null,head:sg(t,n,i),delta:Se(r.delta),deltaPercent:K1(r.deltaPercent),verdict:o.verdict,reasons:W1(o),rules:OS(o),manifests:r.manifests.map(a=>({file:a.file,status:a.head?!a.base&&a.baseError===void 0?"added":"changed":"removed",...a.baseError!==void 0?{baseError:a.baseError}:{},baseTotal:Se(a.baseTotal),headTotal:Se(a.headTotal),delta:Se(a.delta),deltaPercent:K1(a.deltaPercent),workloads:a.workloads.map(s=>({name:s.name,status:s.status,baseCost:s.base?.cost?og(s.base.cost,i):s.base?null:"0",headCost:s.head?.cost?og(s.head.cost,i):s.head?null:"0",delta:Se(s.delta)}))}))}}var DS={"\n":"\\n","\r":"\\r","	":"\\t","\0":"\\0"},zS=e=>{let t=DS[e];if(t)return t;let r=e.charCodeAt(0);return r<=255?`\\x${r.toString(16).padStart(2,"0")}`:`\\u${r.toString(16).padStart(4,"0")}`};function Rn(e){return Xs(e)?e.replace(Mm,zS):e}function dg(e){let t=Rn(e),r=t.length-t.trimStart().length,o=t.slice(r);return o.startsWith("::")||o.startsWith("##[")?`${t.slice(0,r)}\\${o}`:t}var on=e=>e?.manifests.flatMap(t=>t.workloads)??[];function X1(e){let t=new Set;t.add(`a ${e.period} is ${Pn[e.period]} hours; usage (runs, seconds, sizes) is as declared in the manifest`);for(let o of on(e))for(let n of o.assumptions)t.add(`${o.name}: ${n}`);let r=on(e).filter(o=>o.basis==="modeled").length;r&&t.add(`${r} workload${r===1?" is":"s are"} priced from a model of the provider's measured runs, not a published rate`);for(let o of on(e))o.credits!==null&&o.creditUsd&&t.add(`Runway credits are converted at $${o.creditUsd.toFixed()} per credit`);return[...t]}function Y1(e){let t=new Set;for(let r of on(e))for(let o of r.warnings)t.add(`${r.name}: ${o}`);return[...t]}var NS={image:"image",megapixel:"MP",video:"video",video_second:"s",audio_second:"s audio",character:"chars",request:"request",gpu_second:"GPU-s",gb_month:"GB-month",video_token:"video tokens",runner_second:"GPU-s"};function Q1(e){let t=NS[e.unit]??e.unit,r=e.quantity.equals(1)||!["image","video","request"].includes(t)?t:`${t}s`;return{usage:e.quantity===e.billedQuantity||e.quantity.equals(e.billedQuantity)?`${Wt(e.billedQuantity)} ${r}`:`${Wt(e.quantity)} ${r}, billed ${Wt(e.billedQuantity)}`,rate:CS(e.rate,t)}}var J1=new WeakMap;function CS(e,t){let r=J1.get(e);return r?.unit!==t&&J1.set(e,r={unit:t,words:jS(e,t)+US(e)}),r.words}function US(e){return e.priceSource==="catalog"?"":e.discount?` (catalog less ${e.discount}, ${e.priceSource})`:` (${e.priceSource})`}function jS(e,t){let r=e.per==="1"?t:`${Wt(we(e.per))} ${t}`;if(e.amount===null){let s=e.currency==="credits"?"":"$";return`${(e.tiers??[]).map(u=>`${s}${we(u.amount).toFixed()}${u.upTo?` to ${Wt(we(u.upTo))}`:" beyond"}`).join(", ")} per ${r}`}let o=we(e.amount),n=o.toSignificantDigits(5),i=n.equals(o)?"":"~",a=e.currency==="credits"?`${i}${n.toFixed()} ${n.equals(1)?"credit":"credits"}`:`${i}$${n.toFixed()}`;return e.included?`${e.currency==="credits"?`${e.included.amount} credits`:`$${we(e.included.amount).toFixed()}`} for the first ${Wt(we(e.included.quantity))} ${t} of each request, then ${a} per ${r}`:`${a} per ${r}`}function fg(e){return e.cost===null?"unpriced":(e.credits!==null?`${ce(e.cost)} (${Wt(e.credits)} cr)`:ce(e.cost))+nu(e.range)}function nu(e){return e?` (range ${ce(e.low)} to ${ce(e.high)})`:""}function Ne(e){return!FS.test(e)&&!Xs(e)?e:Rn(e.replace(/[\r\n]+/g," ")).replace(/&/g,"&amp;").replace(/</g,"&lt;").replace(/>/g,"&gt;").replace(/(^|[^A-Za-z0-9])@(?=[A-Za-z0-9])/g,"$1@\u200B").replace(/([\\`*_{}[\]#+!|~])/g,"\\$1")}var FS=/[\r\n&<>\\`*_{}[\]#+!|~@]/,LS={pass:":white_check_mark: **Budget: pass**",warn:":warning: **Budget: pass with warnings**",fail:":x: **Budget: fail**"},e$=e=>`- ${e.level==="fail"?"**fail**":"warn"} (\`${e.rule}\`, ${Ne(Qn(e))}): ${Ne(e.message)}`;function ru(e){let t=e.reasons.filter(o=>o.level==="fail"),r=e.reasons.filter(o=>o.level!=="fail");return[LS[e.verdict],...t.map(e$),...r.map(e$)]}function n$(e){let{pr:t,manifests:r,hasBase:o}=e.rules,n=i=>o?i.from==="base"?"its budget as merged, at the base":"its own budget: new here, or no readable base":"its budget";return["<details><summary>Budget rules</summary>","",`- PR-level (the whole change, every manifest together): ${tu(t)||"none set"}`,...r.map(i=>`- ${Ne(i.file)} (${n(i)}): ${tu(i.budget)||"none set"}`),"","</details>"]}function r$(e){return[...n$(e),"",...ru(e)]}function i$(e){let t=[],r=on(e).filter(n=>n.cost===null);if(r.length){t.push("",`**Not priced (${r.length})**, not in the totals:`,"");for(let n of r)t.push(`- ${Ne(n.name)} (${Ne(n.provider)} ${Ne(n.model??"")}): ${Ne(n.unpriced??"")}`)}let o=Y1(e);return o.length&&t.push("","**Warnings**","",...o.map(n=>`- ${Ne(n)}`)),t.push("","<details><summary>Assumptions</summary>","",...X1(e).map(n=>`- ${Ne(n)}`),"","</details>"),t}function o$(e){let t=["| Workload | Line | Usage | Rate | Amount |","|---|---|---|---|---:|"];for(let r of on(e))for(let o of r.lines){let n=Q1(o);t.push(`| ${Ne(r.name)} | ${Ne(o.label)} | ${Ne(n.usage)} | ${Ne(n.rate)} | ${ce(o.amountUsd)} |`)}return["<details><summary>Line items</summary>","",...t,"","</details>"]}function pg(e,t){let r=on(e).length;return["## genspend: projected spend","",`**${ce(e.total)} per ${e.period}**${nu(e.range)} across ${r} workload${r===1?"":"s"}.`,"",`| Workload | Provider | Model | Cost / ${e.period} | Basis |`,"|---|---|---|---:|---|",...on(e).map(n=>`| ${Ne(n.name)} | ${Ne(n.provider)} | ${Ne(n.model??"-")} | ${fg(n)} | ${n.basis??"-"} |`),`| **Total** | | | **${ce(e.total)}**${nu(e.range)} | |`,"",...o$(e),...i$(e),"",...r$(t),""].join(`
`)}function t$(e,t){return`${ce(e,{sign:!0})}${t?` (${Dt(t,{sign:!0})})`:""}`}function Vr(e,t,r="This change"){if(e.delta.isZero())return`${r} does not change projected spend (${ce(e.headTotal)} per ${t}).`;let o=e.delta.greaterThan(0)?"adds":"removes",n=e.deltaPercent?` (${Dt(e.deltaPercent,{sign:!0})})`:" (from $0)";return`${r} ${o} ${ce(e.delta.abs())} per ${t} of projected spend${n}: ${ce(e.baseTotal)} \u2192 ${ce(e.headTotal)}.`}function mg(e,t,r,o){let n=["| Manifest / workload | Base | Head | Change |","|---|---:|---:|---:|"],i=0;for(let a of e.manifests){let s=po(a);n.push(`| **${Ne(a.file)}**${s} | ${ce(a.baseTotal)} | ${ce(a.headTotal)} | ${t$(a.delta,a.deltaPercent)} |`);for(let c of a.workloads){if(c.status==="unchanged"){i++;continue}let u=f=>f?fg(f):"-",l=c.status==="added"?" (new)":c.status==="removed"?" (removed)":"";n.push(`| ${Ne(c.name)}${l} | ${u(c.base)} | ${u(c.head)} | ${ce(c.delta,{sign:!0})} |`)}}return n.push(`| **Total** | **${ce(e.baseTotal)}** | **${ce(e.headTotal)}** | **${t$(e.delta,e.deltaPercent)}** |`),["## genspend: projected spend","",Vr(e,t.period,o),"",...n,...i?["",`${i} unchanged workload${i===1?"":"s"} not shown.`]:[],"",...o$(t),...i$(t),"",...r$(r),""].join(`
`)}import{execFileSync as FP}from"node:child_process";import{posix as LP}from"node:path";import{closeSync as MS,constants as gg,fstatSync as ZS,lstatSync as qS,openSync as BS,readSync as VS,realpathSync as s$,statSync as GS}from"node:fs";import{isAbsolute as KS,relative as HS,resolve as a$}from"node:path";var WS=gg.O_RDONLY|(gg.O_NONBLOCK??0)|(gg.O_NOFOLLOW??0);function hg(e,t){let r=HS(e,t);return r===""||!r.startsWith("..")&&!KS(r)}function u$(e,t,r){let o=a$(e,t),n=XS(o,t,r);if(!hg(s$(e),n)){let a=hg(a$(e),o)?"is a link to a file outside":"is outside";throw new H(`${a} ${r.rootName}`,{file:t},`genspend reads only files inside ${r.rootName}: copy the manifest in (a link must point inside too)`)}let i;try{i=BS(n,WS)}catch(a){throw l$(a,t,QS(n))}try{let a=ZS(i);if(a.isDirectory())throw new H("is a directory, not a manifest",{file:t},`name the file inside it, e.g. ${t.replace(/\/$/,"")}/genspend.yml`);if(!a.isFile())throw c$(t,a);if(a.size>r.maxBytes)throw vg(t,`is ${a.size} bytes,`,r);return JS(i,a.size,t,r)}finally{MS(i)}}function mo(e,t,r){return Gr(u$(e,t,r),t,r)}function iu(e,t,r){if(e>r.maxBytes)throw vg(t,`is ${e} bytes,`,r)}function Gr(e,t,r){iu(e.length,t,r);try{return new TextDecoder("utf-8",{fatal:!0}).decode(e)}catch{throw new H("file is binary, not UTF-8 YAML text",{file:t},r.binaryFix)}}function JS(e,t,r,o){let n=o.maxBytes+1,i=Buffer.allocUnsafe(Math.min(n,Math.max(t+1,64*1024))),a=0;for(;;){if(a===i.length){if(a===n)break;let c=Buffer.allocUnsafe(Math.min(n,i.length*2));i.copy(c,0,0,a),i=c}let s=VS(e,i,a,i.length-a,null);if(s===0)break;a+=s}if(a>o.maxBytes)throw vg(r,"is",o);return i.subarray(0,a)}function XS(e,t,r){try{return s$(e)}catch(o){if(YS(e))throw new H("is a link to a file that does not exist",{file:t},"point the link at a manifest, or name the manifest itself");let n=o.code;throw n==="ENOENT"||n==="ENOTDIR"?new H("no such file",{file:t},`check the path (it is relative to ${r.rootName})`):l$(o,t,void 0)}}function c$(e,t){let r=t.isFIFO()?"a FIFO":t.isSocket()?"a socket":t.isCharacterDevice()||t.isBlockDevice()?"a device":"not a regular file";return new H(`is ${r}, not a manifest file`,{file:e},"point genspend at a YAML manifest")}function l$(e,t,r){if(r&&!r.isFile()&&!r.isDirectory())return c$(t,r);let o=e.code??"an error";return new H(`cannot read it (${o})`,{file:t},"check that the file is readable")}function vg(e,t,r){return new H(`file ${t} over the ${r.maxBytes}-byte limit`,{file:e},r.splitFix)}function YS(e){try{return qS(e).isSymbolicLink()}catch{return!1}}function QS(e){try{return GS(e)}catch{return}}import{realpathSync as G$}from"node:fs";import{relative as zP,resolve as NP,sep as CP}from"node:path";import{createRequire as e4}from"module";import{basename as t4,dirname as yg,normalize as n4,relative as r4,resolve as i4,sep as p$}from"path";import*as o4 from"fs";var d$=e4(import.meta.url);function a4(e){let t=n4(e);return t.length>1&&t[t.length-1]===p$&&(t=t.substring(0,t.length-1)),t}var s4=/[\\/]/g;function m$(e,t){return e.replace(s4,t)}var u4=/^[a-z]:[\\/]$/i;function c4(e){return e==="/"||u4.test(e)}function bg(e,t){let{resolvePaths:r,normalizePath:o,pathSeparator:n}=t,i=process.platform==="win32"&&e.includes("/")||e.startsWith(".");if(r&&(e=i4(e)),(o||i)&&(e=a4(e)),e===".")return"";let a=e[e.length-1]!==n;return m$(a?e+n:e,n)}function g$(e,t){return t+e}function l4(e,t){return function(r,o){return o.startsWith(e)?o.slice(e.length)+r:m$(r4(e,o),t.pathSeparator)+t.pathSeparator+r}}function d4(e){return e}function f4(e,t,r){return t+e+r}function p4(e,t){let{relativePaths:r,includeBasePath:o}=t;return r&&e?l4(e,t):o?g$:d4}function m4(e){return function(t,r){r.push(t.substring(e.length)||".")}}function g4(e){return function(t,r,o){let n=t.substring(e.length)||".";o.every(i=>i(n,!0))&&r.push(n)}}var h4=(e,t)=>{t.push(e||".")},v4=(e,t,r)=>{let o=e||".";r.every(n=>n(o,!0))&&t.push(o)},b4=()=>{};function y4(e,t){let{includeDirs:r,filters:o,relativePaths:n}=t;return r?n?o&&o.length?g4(e):m4(e):o&&o.length?v4:h4:b4}var $4=(e,t,r,o)=>{o.every(n=>n(e,!1))&&r.files++},w4=(e,t,r,o)=>{o.every(n=>n(e,!1))&&t.push(e)},k4=(e,t,r,o)=>{r.files++},x4=(e,t)=>{t.push(e)},_4=()=>{};function I4(e){let{excludeFiles:t,filters:r,onlyCounts:o}=e;return t?_4:r&&r.length?o?$4:w4:o?k4:x4}var A4=e=>e,S4=()=>[""].slice(0,0);function P4(e){return e.group?S4:A4}var R4=(e,t,r)=>{e.push({directory:t,files:r,dir:t})},E4=()=>{};function T4(e){return e.group?R4:E4}var O4=function(e,t,r){let{queue:o,fs:n,options:{suppressErrors:i}}=t;o.enqueue(),n.realpath(e,(a,s)=>{if(a)return o.dequeue(i?null:a,t);n.stat(s,(c,u)=>{if(c)return o.dequeue(i?null:c,t);if(u.isDirectory()&&h$(e,s,t))return o.dequeue(null,t);r(u,s),o.dequeue(null,t)})})},D4=function(e,t,r){let{queue:o,fs:n,options:{suppressErrors:i}}=t;o.enqueue();try{let a=n.realpathSync(e),s=n.statSync(a);if(s.isDirectory()&&h$(e,a,t))return;r(s,a)}catch(a){if(!i)throw a}};function z4(e,t){return!e.resolveSymlinks||e.excludeSymlinks?null:t?D4:O4}function h$(e,t,r){if(r.options.useRealPaths)return N4(t,r);let o=yg(e),n=1;for(;o!==r.root&&n<2;){let i=r.symlinks.get(o);!!i&&(i===t||i.startsWith(t)||t.startsWith(i))?n++:o=yg(o)}return r.symlinks.set(e,t),n>1}function N4(e,t){return t.visited.includes(e+t.options.pathSeparator)}var C4=e=>e.counts,U4=e=>e.groups,j4=e=>e.paths,F4=e=>e.paths.slice(0,e.options.maxFiles),L4=(e,t,r)=>(ou(t,r,e.counts,e.options.suppressErrors),null),M4=(e,t,r)=>(ou(t,r,e.paths,e.options.suppressErrors),null),Z4=(e,t,r)=>(ou(t,r,e.paths.slice(0,e.options.maxFiles),e.options.suppressErrors),null),q4=(e,t,r)=>(ou(t,r,e.groups,e.options.suppressErrors),null);function ou(e,t,r,o){t(e&&!o?e:null,r)}function B4(e,t){let{onlyCounts:r,group:o,maxFiles:n}=e;return r?t?C4:L4:o?t?U4:q4:n?t?F4:Z4:t?j4:M4}var v$={withFileTypes:!0},V4=(e,t,r,o,n)=>{if(e.queue.enqueue(),o<0)return e.queue.dequeue(null,e);let{fs:i}=e;e.visited.push(t),e.counts.directories++,i.readdir(t||".",v$,(a,s=[])=>{n(s,r,o),e.queue.dequeue(e.options.suppressErrors?null:a,e)})},G4=(e,t,r,o,n)=>{let{fs:i}=e;if(o<0)return;e.visited.push(t),e.counts.directories++;let a=[];try{a=i.readdirSync(t||".",v$)}catch(s){if(!e.options.suppressErrors)throw s}n(a,r,o)};function K4(e){return e?G4:V4}var H4=class{count=0;constructor(e){this.onQueueEmpty=e}enqueue(){return this.count++,this.count}dequeue(e,t){this.onQueueEmpty&&(--this.count<=0||e)&&(this.onQueueEmpty(e,t),e&&(t.controller.abort(),this.onQueueEmpty=void 0))}},W4=class{_files=0;_directories=0;set files(e){this._files=e}get files(){return this._files}set directories(e){this._directories=e}get directories(){return this._directories}get dirs(){return this._directories}},J4=class{aborted=!1;abort(){this.aborted=!0}},b$=class{root;isSynchronous;state;joinPath;pushDirectory;pushFile;getArray;groupFiles;resolveSymlink;walkDirectory;callbackInvoker;constructor(e,t,r){this.isSynchronous=!r,this.callbackInvoker=B4(t,this.isSynchronous),this.root=bg(e,t),this.state={root:c4(this.root)?this.root:this.root.slice(0,-1),paths:[""].slice(0,0),groups:[],counts:new W4,options:t,queue:new H4((o,n)=>this.callbackInvoker(n,o,r)),symlinks:new Map,visited:[""].slice(0,0),controller:new J4,fs:t.fs||o4},this.joinPath=p4(this.root,t),this.pushDirectory=y4(this.root,t),this.pushFile=I4(t),this.getArray=P4(t),this.groupFiles=T4(t),this.resolveSymlink=z4(t,this.isSynchronous),this.walkDirectory=K4(this.isSynchronous)}start(){return this.pushDirectory(this.root,this.state.paths,this.state.options.filters),this.walkDirectory(this.state,this.root,this.root,this.state.options.maxDepth,this.walk),this.isSynchronous?this.callbackInvoker(this.state,null):null}walk=(e,t,r)=>{let{paths:o,options:{filters:n,resolveSymlinks:i,excludeSymlinks:a,exclude:s,maxFiles:c,signal:u,useRealPaths:l,pathSeparator:f},controller:p}=this.state;if(p.aborted||u&&u.aborted||c&&o.length>c)return;let g=this.getArray(this.state.paths);for(let v=0;v<e.length;++v){let h=e[v];if(h.isFile()||h.isSymbolicLink()&&!i&&!a){let _=this.joinPath(h.name,t);this.pushFile(_,g,this.state.counts,n)}else if(h.isDirectory()){let _=f4(h.name,t,this.state.options.pathSeparator);if(s&&s(h.name,_))continue;this.pushDirectory(_,o,n),this.walkDirectory(this.state,_,_,r-1,this.walk)}else if(this.resolveSymlink&&h.isSymbolicLink()){let _=g$(h.name,t);this.resolveSymlink(_,this.state,(k,y)=>{if(k.isDirectory()){if(y=bg(y,this.state.options),s&&s(h.name,l?y:_+f))return;this.walkDirectory(this.state,y,l?y:_+f,r-1,this.walk)}else{y=l?y:_;let A=t4(y),q=bg(yg(y),this.state.options);y=this.joinPath(A,q),this.pushFile(y,g,this.state.counts,n)}})}}this.groupFiles(this.state.groups,t,g)}};function X4(e,t){return new Promise((r,o)=>{y$(e,t,(n,i)=>{if(n)return o(n);r(i)})})}function y$(e,t,r){new b$(e,t,r).start()}function Y4(e,t){return new b$(e,t).start()}var f$=class{constructor(e,t){this.root=e,this.options=t}withPromise(){return X4(this.root,this.options)}withCallback(e){y$(this.root,this.options,e)}sync(){return Y4(this.root,this.options)}},$$=null;try{d$.resolve("picomatch"),$$=d$("picomatch")}catch{}var w$=class{globCache={};options={maxDepth:1/0,suppressErrors:!0,pathSeparator:p$,filters:[]};globFunction;constructor(e){this.options={...this.options,...e},this.globFunction=this.options.globFunction}group(){return this.options.group=!0,this}withPathSeparator(e){return this.options.pathSeparator=e,this}withBasePath(){return this.options.includeBasePath=!0,this}withRelativePaths(){return this.options.relativePaths=!0,this}withDirs(){return this.options.includeDirs=!0,this}withMaxDepth(e){return this.options.maxDepth=e,this}withMaxFiles(e){return this.options.maxFiles=e,this}withFullPaths(){return this.options.resolvePaths=!0,this.options.includeBasePath=!0,this}withErrors(){return this.options.suppressErrors=!1,this}withSymlinks({resolvePaths:e=!0}={}){return this.options.resolveSymlinks=!0,this.options.useRealPaths=e,this.withFullPaths()}withAbortSignal(e){return this.options.signal=e,this}normalize(){return this.options.normalizePath=!0,this}filter(e){return this.options.filters.push(e),this}onlyDirs(){return this.options.excludeFiles=!0,this.options.includeDirs=!0,this}exclude(e){return this.options.exclude=e,this}onlyCounts(){return this.options.onlyCounts=!0,this}crawl(e){return new f$(e||".",this.options)}withGlobFunction(e){return this.globFunction=e,this}crawlWithOptions(e,t){return this.options={...this.options,...t},new f$(e||".",this.options)}glob(...e){return this.globFunction?this.globWithOptions(e):this.globWithOptions(e,{dot:!0})}globWithOptions(e,...t){let r=this.globFunction||$$;if(!r)throw new Error("Please specify a glob function to use glob matching.");var o=this.globCache[e.join("\0")];return o||(o=r(e,...t),this.globCache[e.join("\0")]=o),this.options.filters.push(n=>o(n)),this}};var Eg=F2(V$()),UP=new Set(["node_modules",".git"]),jP=["**/node_modules/**","**/.git/**"];function uu(e,t=[]){if(e.length===0)return()=>!1;let r=i=>i.map(a=>a.replace(/^(?:\.\/)+/,"")),o=(0,Eg.default)(r(e)),n=(0,Eg.default)([...jP,...r(t)]);return i=>o(i)&&!n(i)}async function Tg(e,t,r=[]){let o=uu(t,r),n=await new w$().withRelativePaths().withPathSeparator("/").exclude(i=>UP.has(i)).filter(i=>o(i)).crawl(e).withPromise();return K$(e,n.sort())}function K$(e,t){let r;try{r=G$(e)}catch{return[...new Set(t)]}let o=new Map;for(let a of t){let s;try{s=G$(NP(e,a))}catch{s=`unresolved:${a}`}let c=o.get(s);c?c.push(a):o.set(s,[a])}let n=new Set;for(let[a,s]of o){let c=zP(r,a).split(CP).join("/");n.add(s.find(u=>u.replace(/^(?:\.\/)+/,"")===c)??s[0])}let i=[];for(let a of t)n.delete(a)&&i.push(a);return i}function H$(e){let t=e.filter(o=>!o.startsWith("!")),r=e.filter(o=>o.startsWith("!")).map(o=>o.slice(1));return{include:t,exclude:r}}async function W$(e,t){let{include:r,exclude:o}=H$(t);return r.length===0?[]:Tg(e,r,o)}function J$(e){let{include:t,exclude:r}=H$(e);return uu(t,r)}var cu={maxBytes:zn,rootName:"the repository",splitFix:"split it into several manifests (the `manifests` input takes globs)",binaryFix:"point the `manifests` input at YAML manifests"};function X$(e,t){return Vm(t.map(r=>({file:r,read:()=>mo(e,r,cu)})))}function Q$(e){return(t,r={})=>{try{return{ok:!0,out:FP("git",t,{cwd:e,stdio:["ignore","pipe","pipe"],timeout:r.timeoutMs??3e4,maxBuffer:268435456,env:{...process.env,GIT_TERMINAL_PROMPT:"0",LC_ALL:"C"}})}}catch(o){return{ok:!1,err:(o.stderr?.toString().trim()||o.message).split(`
`)[0]??""}}}}var MP=12e4,ZP="120000";async function e2(e){let{ref:t,git:r,log:o}=e,n=r(["rev-parse","--show-prefix"]),i=n.ok?n.out.toString().trim():"",a,s=!1,c="git";if(n.ok){let h=Y$(r,t);if(!h){o(`genspend: base ${t} is not in the checkout; fetching it from origin (git fetch --depth=1)`);let _=r(["fetch","--no-tags","--no-recurse-submodules","--depth=1","origin",t],{timeoutMs:MP});_.ok?(h=Y$(r,"FETCH_HEAD"),c="git fetch"):o(`genspend: git fetch failed (${_.err}); reading the base through the contents API`)}h&&(a=BP(r,h),s=!0)}if(!a){if(!e.api)throw new H(`cannot read the base ${t}: it is not in the checkout, could not be fetched, and no GitHub token was given for the contents API`,void 0,"check out with `fetch-depth: 0`, or keep the default `github-token` input");a=await VP(e.api,t,i,e.headFiles),c="contents API"}a.partial&&o("genspend: the base tree is too large to list in full; a manifest deleted by this change may be missed");let u=new Set(e.headFiles);for(let h of a.links??[])(u.has(h)||e.matches(h))&&o(`genspend: ${JSON.stringify(h)} is a symbolic link at the base, not a manifest; it is read as absent there`);let l=[...a.files.keys()].filter(h=>u.has(h)||e.matches(h)).sort(),f=[],p=[];for(let h of l){let _=a.files.get(h),k=`${h}@${t.slice(0,12)}`;try{iu(_.size,k,cu);let y=await _.read();if(y===null)continue;let A=Gr(y,k,cu);try{f.push(Ys(A,h))}catch(q){throw qP(q,t)}}catch(y){let A=On(y);if(!A)throw y;p.push({file:h,error:A.map(q=>q.format()).join("; ")})}}let g=a.files;return{manifests:f,unreadable:p,via:c,prefix:i,...s?{file:async h=>await g.get(LP.normalize(h))?.read()??void 0}:{}}}function qP(e,t){let r=n=>new H(n.message,n.where?{...n.where,file:`${n.where.file}@${t.slice(0,12)}`}:void 0,n.fix),o=On(e);return o?new tt(o.map(r)):e}function Y$(e,t){let r=e(["rev-parse","--verify","--quiet",`${t}^{commit}`]);return r.ok?r.out.toString().trim():void 0}function BP(e,t){let r=e(["ls-tree","-r","-l","-z",t,"--","."]);if(!r.ok)throw new H(`cannot list the base ${t.slice(0,12)}: ${r.err}`);let o=new Map,n=[];for(let i of r.out.toString("utf8").split("\0")){let a=/^(\d+) blob ([0-9a-f]+) +(\d+)\t(.+)$/s.exec(i);if(!a)continue;let[,s,c,u,l]=a;if(s===ZP){n.push(l);continue}o.set(l,{size:Number(u),read:async()=>{let f=e(["cat-file","blob",c]);if(!f.ok)throw new H(`cannot read it at the base: ${f.err}`,{file:l});return f.out}})}return{files:o,partial:!1,links:n}}async function VP(e,t,r,o){let n=await e.tree(t);if(!n)throw new H(`the base ${t} is not in the repository`,void 0,"check the `base-ref` input, or that the base branch exists");let i=new Map;for(let a of n.entries){if(!a.path.startsWith(r))continue;let s=a.path.slice(r.length);i.set(s,{size:a.size,read:()=>e.file(a.path,t)})}if(n.truncated)for(let a of o)i.has(a)||i.set(a,{size:0,read:()=>e.file(r+a,t)});return{files:i,partial:n.truncated}}function En(e){let t=e?.status;return typeof t=="number"?t:void 0}var GP=50,t2=e=>({id:e.id,nodeId:e.node_id,body:e.body??"",authorLogin:e.user?.login,authorType:e.user?.type,url:e.html_url}),KP=e=>e.split("/").map(encodeURIComponent).join("/");function n2(e,t){return{async authenticatedLogin(){try{let r=await e.graphql("query { viewer { login } }");if(typeof r.viewer?.login=="string")return r.viewer.login}catch{}try{let{data:r}=await e.request("GET /user");return typeof r.login=="string"?r.login:null}catch(r){if([401,403,404].includes(En(r)??0))return null;throw r}},async listComments(r){let o=[],n=0,i=e.paginate.iterator("GET /repos/{owner}/{repo}/issues/{issue_number}/comments",{...t,issue_number:r,per_page:100});for await(let a of i)if(o.push(...a.data.map(t2)),++n>=GP)break;return o},async createComment(r,o){let{data:n}=await e.request("POST /repos/{owner}/{repo}/issues/{issue_number}/comments",{...t,issue_number:r,body:o});return t2(n)},async updateComment(r,o){await e.request("PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}",{...t,comment_id:r,body:o})},async deleteComment(r){await e.request("DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}",{...t,comment_id:r})},async minimizeComment(r){await e.graphql("mutation ($id: ID!) { minimizeComment(input: { subjectId: $id, classifier: OUTDATED }) { minimizedComment { isMinimized } } }",{id:r})},async tree(r){try{let{data:o}=await e.request("GET /repos/{owner}/{repo}/git/trees/{tree_sha}",{...t,tree_sha:r,recursive:"1"});return{entries:o.tree.filter(i=>i.type==="blob"&&i.mode!=="120000"&&typeof i.path=="string").map(i=>({path:i.path,size:i.size??0})),truncated:o.truncated}}catch(o){if([404,409,422].includes(En(o)??0))return null;throw o}},async file(r,o){try{let{data:n}=await e.request(`GET /repos/{owner}/{repo}/contents/${KP(r)}`,{...t,ref:o,mediaType:{format:"raw"}});return typeof n=="string"?new TextEncoder().encode(n):n instanceof ArrayBuffer?new Uint8Array(n):null}catch(n){if(En(n)===404)return null;throw n}}}}function r2(e){let t,r=()=>t??=e();return{authenticatedLogin:async()=>(await r()).authenticatedLogin(),listComments:async o=>(await r()).listComments(o),createComment:async(o,n)=>(await r()).createComment(o,n),updateComment:async(o,n)=>(await r()).updateComment(o,n),deleteComment:async o=>(await r()).deleteComment(o),minimizeComment:async o=>(await r()).minimizeComment(o),tree:async o=>(await r()).tree(o),file:async(o,n)=>(await r()).file(o,n)}}import{resolve as kR}from"node:path";async function Og(e,t){try{await e.writeSummary(t)}catch(r){e.warning(`genspend: could not write the job summary: ${r.message}`)}}async function lu(e,t,r){let o,n=On(t);if(n){o=n.map(i=>i.format()).join(`
`);for(let i of n.slice(0,10))i.where?.line!==void 0&&r(i.where.file)&&e.error(i.format(),{title:"genspend",file:i.where.file,startLine:i.where.line})}else o=`internal error: ${t instanceof Error?t.message:String(t)}. Please report it with this log.`,t instanceof Error&&t.stack&&e.debug(t.stack);return await Og(e,["## genspend could not run","",...o.split(`
`).map(i=>`- ${Ne(i)}`),""].join(`
`)),{verdict:"error",message:`genspend could not run: ${o}`}}import{resolve as bR}from"node:path";function i2(e,t,r,o){let n={fail:0,warn:0},i=0,a=s=>t.manifests.some(c=>c.file===s&&c.head);for(let s of e.reasons){let c=`genspend: ${s.rule}${s.scope==="pr"?" (PR-level)":""}`,u=s.workloads.some(l=>l.line!==void 0)?s.workloads.filter(l=>l.line!==void 0).map(l=>({message:`${l.name}: ${s.message}`,file:l.file??s.file,line:l.line})):[{message:s.message,file:s.file,line:void 0}];for(let l of u){if(n[s.level]++>=10){i++;continue}let f=l.file&&a(l.file)?`${o}${l.file}`:void 0,p={title:c,...f?{file:f}:{},...f&&l.line!==void 0?{startLine:l.line}:{}};s.level==="fail"?r.error(l.message,p):r.warning(l.message,p)}}i&&r.info(`genspend: ${i} more annotation${i===1?"":"s"} not shown (GitHub shows 10 per level); see the report`)}function du(e,t){return`<!-- genspend:comment tag=${encodeURIComponent(e)} run=${t.id}.${t.attempt} -->`}var HP=/^<!-- genspend:comment tag=(\S*) run=(\d{1,30})\.(\d{1,30}) -->\n/;function WP(e){let t=HP.exec(e);if(!t)return null;let r;try{r=decodeURIComponent(t[1])}catch{return null}return{tag:r,run:{id:BigInt(t[2]),attempt:BigInt(t[3])},rest:e.slice(t[0].length)}}var o2=(e,t)=>e.id>t.id||e.id===t.id&&e.attempt>t.attempt;async function a2(e,t){let r=await e.authenticatedLogin(),o=(await e.listComments(t.issue)).map(l=>({comment:l,stamp:WP(l.body)})).filter(l=>l.stamp?.tag===t.tag),n=r!==null?[r]:[...new Set(o.filter(l=>l.comment.authorType==="Bot").map(l=>l.comment.authorLogin))],i=l=>r===null&&[403,404].includes(En(l)??0),a=[];for(let l of n.length?n:[void 0]){a=l===void 0?[]:o.filter(p=>p.comment.authorLogin===l);let f=await JP(e,t,a,i);if(f)return f;if(t.mode!=="update")break}if(r===null&&(a=t.mode==="update"?[]:o.filter(l=>l.comment.authorType==="Bot")),!t.wanted)return{kind:"skipped",url:a.at(-1)?.comment.url,why:"the `comment-on` condition is not met"};let s=await e.createComment(t.issue,`${du(t.tag,t.run)}
${t.body}`),c=0,u=0;for(let{comment:l}of a)try{t.mode==="hide-and-new"?(await e.minimizeComment(l.nodeId),c++):t.mode==="delete-and-new"&&(await e.deleteComment(l.id),u++)}catch(f){if(!i(f))throw f}return{kind:"created",url:s.url,hidden:c,deleted:u}}async function JP(e,t,r,o){let n=r.reduce((a,s)=>!a||o2(s.stamp.run,a)?s.stamp.run:a,void 0),i=r.at(-1);if(n&&o2(n,t.run))return{kind:"skipped",url:i?.comment.url,why:`a newer run (${n.id}, attempt ${n.attempt}) already wrote the comment; this run (${t.run.id}) leaves it`};if(i&&i.stamp.rest===t.body)return{kind:"unchanged",url:i.comment.url,why:"the comment already says this"};if(t.mode==="update"&&i)try{return await e.updateComment(i.comment.id,`${du(t.tag,t.run)}
${t.body}`),{kind:"updated",url:i.comment.url,hidden:0,deleted:0}}catch(a){if(!o(a))throw a}}var s2=/^[0-9a-f]{40}([0-9a-f]{24})?$/,XP=new Set(["pull_request","pull_request_target"]);function u2(e){return e&&/^\d{1,30}$/.test(e)?BigInt(e):0n}function c2(e,t,r){let o=e.GITHUB_EVENT_NAME??"",[n,i,...a]=(e.GITHUB_REPOSITORY??"").split("/"),s={eventName:o,repo:n&&i&&a.length===0?{owner:n,repo:i}:void 0,run:{id:u2(e.GITHUB_RUN_ID),attempt:u2(e.GITHUB_RUN_ATTEMPT??"1")},workspace:e.GITHUB_WORKSPACE||r,tempDir:e.RUNNER_TEMP||""};return XP.has(o)?{...s,pr:YP(e.GITHUB_EVENT_PATH,t)}:{...s,pr:void 0}}function YP(e,t){let r="run genspend from a workflow triggered by `pull_request`, whose event payload names the base commit";if(!e)throw new H("GITHUB_EVENT_PATH is not set on a pull_request event",void 0,r);let o;try{o=JSON.parse(t(e))}catch(c){throw new H(`cannot read the event payload: ${c.message}`,{file:e},r)}let n=o?.pull_request,i=n?.base,a=n?.head;if(!n||typeof n.number!="number"||typeof i?.sha!="string"||!s2.test(i.sha))throw new H("the event payload has no pull_request with a number and a base sha",{file:e},r);let s=a?.repo?.full_name;return{number:n.number,baseSha:i.sha,headSha:typeof a?.sha=="string"&&s2.test(a.sha)?a.sha:void 0,fork:s!==i.repo?.full_name}}var QP=["update","new","hide-and-new","delete-and-new","off"],eR=["always","change","failure"],tR="**/genspend.yml",l2=100,Gt=class extends H{},Wr=e=>JSON.stringify(e.length>60?`${e.slice(0,60)}\u2026`:e);function bo(e,t,r,o){if(t==="")return o;if(r.includes(t))return t;throw new Gt(`input \`${e}\` must be one of ${r.join(", ")}, got ${Wr(t)}`)}function Dg(e,t,r){if(t==="")return;let o=ng(t);if(o===null)throw new Gt(`input \`${e}\` must be ${tg} (${r}), got ${Wr(t)}`);return o}function nR(e){let t=e.split(/\r?\n/).map(r=>r.trim()).filter(Boolean);if(t.length===0)return[tR];for(let r of t){let o=r.replace(/^!/,"");if(o.startsWith("/")||/^[A-Za-z]:/.test(o)||o.split(/[\\/]/).includes(".."))throw new Gt(`input \`manifests\`: ${Wr(r)} points outside the workspace; give globs relative to the repository root`)}return t}function rR(e){if(e!==""){if(!/^[A-Za-z0-9_][A-Za-z0-9._/-]{0,250}$/.test(e)||e.includes("..")||e.endsWith("/")||e.endsWith(".lock"))throw new Gt(`input \`base-ref\` must be a branch, tag or commit sha (letters, digits, \`. _ / -\`), got ${Wr(e)}`);return e}}function iR(e){let t=[];return{get:r=>e(r).trim(),check(r,o){try{return r()}catch(n){if(!(n instanceof Gt))throw n;return t.push(n),o}},done(){if(t.length===1)throw t[0];if(t.length)throw new tt(t)}}}var oR=["gate","balance","reconcile"];function d2(e){return bo("mode",e("mode").trim(),oR,"gate")}function f2(e){let{get:t,check:r,done:o}=iR(e),n=r(()=>{let f=t("tag");if(f.length>l2)throw new Gt(`input \`tag\` must be at most ${l2} characters, got ${f.length}`);return f},""),i=r(()=>Dg("limit",t("limit"),"USD per period"),void 0),a=r(()=>Dg("max-increase",t("max-increase"),"USD per period"),void 0),s=r(()=>Dg("max-increase-percent",t("max-increase-percent"),"percent of the base"),void 0),c=r(()=>t("unpriced")?bo("unpriced",t("unpriced"),["fail","warn"],"warn"):void 0,void 0),u=r(()=>t("judge")?bo("judge",t("judge"),["expected","high"],"expected"):void 0,void 0),l={manifests:Object.freeze(r(()=>nR(e("manifests")),[])),token:e("github-token").trim(),comment:r(()=>bo("comment",t("comment"),QP,"update"),"off"),commentOn:r(()=>bo("comment-on",t("comment-on"),eR,"always"),"always"),tag:n,pr:Object.freeze({...i?{limit:i}:{},...a?{maxIncrease:a}:{},...s?{maxIncreasePercent:s}:{},...c?{unpriced:c}:{},...u?{judge:u}:{}}),baseRef:r(()=>rR(t("base-ref")),void 0),prices:r(()=>aR(t("prices")),p2),maxPriceAge:r(()=>sR(t("max-price-age")),oo)};return o(),Object.freeze(l)}var p2=Object.freeze({file:so,explicit:!1});function aR(e){if(e==="")return p2;if(e.startsWith("/")||e.split("/").includes("..")||/[\x00-\x1f]/.test(e))throw new Gt(`input \`prices\` must be a path inside the repository, got ${Wr(e)}`);return{file:e,explicit:!0}}function sR(e){if(e==="")return oo;try{return Cm(e,"max-price-age")}catch{throw new Gt(`input \`max-price-age\` must be a number of days such as \`30d\`, got ${Wr(e)}`)}}import{mkdtempSync as uR,writeFileSync as cR}from"node:fs";import{tmpdir as lR}from"node:os";import{join as m2}from"node:path";function g2(e,t){let r=t.hasBase?lg(t.base,t.head,t.diff,t.budget):cg(t.head,t.budget),o=m2(uR(m2(e||lR(),"genspend-")),"report.json");return cR(o,JSON.stringify(r)+`
`),o}function h2(e,t,r){let{diff:o}=t;e.setOutput("base-total",t.hasBase?Se(o.baseTotal):""),e.setOutput("head-total",Se(o.headTotal)),e.setOutput("delta",t.hasBase?Se(o.delta):""),e.setOutput("delta-percent",t.hasBase&&o.deltaPercent?o.deltaPercent.toFixed(2):""),e.setOutput("verdict",t.budget.verdict),e.setOutput("report-path",r)}import{existsSync as dR}from"node:fs";import{resolve as fR}from"node:path";var v2={maxBytes:zn,rootName:"the repository",splitFix:"keep only the models that differ from the built-in catalog",binaryFix:"point the `prices` input at a YAML price file"};async function b2(e){let{workspace:t,file:r}=e,o=[],n=dR(fR(t,r));if(!n&&e.explicit)throw new H(`price file \`${r}\` does not exist in the workspace`,void 0,"fix the `prices` input, or remove it");let i=n?mo(t,r,v2):void 0,a=null;if(e.base?.file){let c=await e.base.file(r);a=c?Gr(c,`${r}@base`,v2):void 0}else e.base&&(a=void 0,o.push(`genspend: the base commit is not in the checkout: ${r} at the base is taken as absent`));return(i!==void 0||a)&&o.push(`genspend: prices from ${r}${a===null?"":" (as at the base)"} over the built-in catalog`),{...Fm(ao(),{file:r,head:i,base:a,...e.subject?{subject:e.subject}:{}}),log:o}}var $2=65536,w2=1e6,k2=e=>e.length,x2=e=>Buffer.byteLength(e,"utf8"),fu="## genspend: projected spend",_2=(e,t)=>t&&e.startsWith(fu)?`${fu} (${Ne(t)})${e.slice(fu.length)}`:e;function I2(e,t){return _2(e.hasBase?mg(e.diff,e.head,e.budget,t.subject):pg(e.head,e.budget),t.tag)}function zg(e,t,r){if(r.measure(e)<=r.limit)return e;let o=mR(t,r),n=_2(gR(t,r,e),r.tag),i=r.limit-r.measure(o)-1;return`${r.measure(n)<=i?n:hR(n,{...r,limit:i})}
${o}`}var pR=1e3;function mR(e,t){let[r,...o]=ru(e.budget),n=e.budget.reasons.filter(u=>u.level==="fail").length,i=[r],a=t.measure(r)+1,s=0;for(let u of o.slice(0,n)){let l=A2(u,pR,t.measure);if(a+t.measure(l)+1>t.limit/2)break;i.push(l),a+=t.measure(l)+1,s++}s<n&&i.push(`- \u2026 and ${n-s} more failing rule${n-s===1?"":"s"}: see ${t.fullReportAt}`);let c=o.length-n;return c&&i.push(`- ${c} warning${c===1?"":"s"}: see ${t.fullReportAt}`),[...i,""].join(`
`)}function A2(e,t,r){if(r(e)<=t)return e;let o=Math.min(e.length,t-1);for(;o>0&&r(e.slice(0,o))>t-1;)o=Math.floor(o*.9);return o>0&&/[\uD800-\uDBFF]/.test(e[o-1])&&o--,`${e.slice(0,o)}\u2026`}var y2=(e,t)=>`${ce(e,{sign:!0})}${t?` (${Dt(t,{sign:!0})})`:""}`;function gR(e,t,r){let{diff:o,head:n}=e,i=o.manifests.reduce((c,u)=>c+(u.head?.workloads.length??0),0),a=o.manifests.reduce((c,u)=>c+(u.head?.workloads.filter(l=>l.cost===null).length??0),0),s=e.hasBase?["| Manifest | Base | Head | Change |","|---|---:|---:|---:|",...o.manifests.map(c=>{let u=po(c);return`| ${Ne(c.file)}${u} | ${ce(c.baseTotal)} | ${ce(c.headTotal)} | ${y2(c.delta,c.deltaPercent)} |`}),`| **Total** | **${ce(o.baseTotal)}** | **${ce(o.headTotal)}** | **${y2(o.delta,o.deltaPercent)}** |`]:[`| Manifest | Cost / ${n.period} |`,"|---|---:|",...o.manifests.map(c=>`| ${Ne(c.file)} | ${ce(c.headTotal)} |`),`| **Total** | **${ce(o.headTotal)}** |`];return[fu,"",e.hasBase?Vr(o,n.period,t.subject):`**${ce(n.total)} per ${n.period}** across ${i} workload${i===1?"":"s"}.`,"",...s,"",`> Totals per manifest only: the full report (${i.toLocaleString("en-US")} workloads, ${r.length.toLocaleString("en-US")} characters) is over ${t.limitName}. Line items, assumptions and the unpriced list are in ${t.fullReportAt}.`,...a?["",`**${a} workload${a===1?"":"s"} could not be priced** and are not in the totals.`]:[],""].join(`
`)}function hR(e,t){let{limit:r,measure:o}=t,n=e.split(`
`),i=`
> \u2026 cut here: this report is over ${t.limitName}. The full report is in ${t.fullReportAt}.
`,a=r-o(i)-2,s=0,c=(f,p)=>{if(p-s-1<=0)return;let g=A2(f,p-s-1,o);return s+=o(g)+1,g},u=[];for(let f=n.length-1;f>=0;f--){let p=c(n[f],Math.floor(a/3));if(p===void 0||(u.unshift(p),p!==n[f]))break}let l=[];for(let f=0;f<n.length-u.length;f++){let p=c(n[f],a);if(p===void 0||(l.push(p),p!==n[f]))break}return[...l,i,...u].join(`
`)}function vR(e){if(e.rule==="unpriced")return`${e.workloads.length} unpriced workload${e.workloads.length===1?"":"s"}`;if(e.actual===void 0||e.threshold===void 0)return"an unknown amount";let t=e.actual.minus(e.threshold);return e.rule==="maxIncreasePercent"?`${t.toFixed(1)} percentage points`:ce(t)}function S2(e){return e.reasons.filter(t=>t.level==="fail").map(t=>`genspend: budget rule failed: ${t.rule} by ${vR(t)} (${Qn(t)}: ${t.message})`).join(`
`)}function P2(e){return e.manifests.some(t=>!t.base||!t.head||!t.delta.isZero()||t.workloads.some(r=>r.status!=="unchanged"))}async function R2(e){let{toolkit:t}=e;try{let r=f2(f=>t.getInput(f));r.token&&t.setSecret(r.token);let o=c2(e.env,e.readFile,e.cwd),n=r.token&&o.repo?e.github(r.token,o.repo):void 0,{priced:i,prefix:a}=await yR(r,o,e,n),s=i.hasBase?Vr(i.diff,i.head.period,o.pr?"This PR":void 0):`Projected spend: ${ce(i.head.total)} per ${i.head.period} (an estimate: no base to compare with).`;t.info(`genspend: ${s}`);for(let f of i.budget.reasons)t.info(`genspend: ${f.level} (${f.rule}, ${Qn(f)}): ${f.message}`);h2(t,i,g2(o.tempDir,i));let c={subject:o.pr?"This PR":void 0,tag:r.tag},u=I2(i,c);await Og(t,zg(u,i,{...c,limit:w2,measure:x2,limitName:"GitHub's 1 MiB limit for a job summary",fullReportAt:"the JSON report (the `report-path` output)"})),i2(i.budget,i.diff,t,a),await wR(t,r,o,i,n,u);let l=i.budget.verdict;return l==="fail"?{verdict:l,message:S2(i.budget)}:{verdict:l}}catch(r){let o=e.env.GITHUB_WORKSPACE||e.cwd;return lu(t,r,n=>e.exists(bR(o,n)))}}async function yR(e,t,r,o){let n=await W$(t.workspace,e.manifests),i=X$(t.workspace,n),a=e.baseRef??t.pr?.baseSha,s=a?await e2({ref:a,headFiles:n,matches:J$(e.manifests),git:r.git(t.workspace),api:o,log:l=>r.toolkit.info(l)}):void 0;if(s&&r.toolkit.info(`genspend: read ${s.manifests.length} manifest(s) at the base ${a} (${s.via})`),n.length===0&&!s?.manifests.length)throw new H(`no manifest matches ${e.manifests.map(l=>`\`${l}\``).join(", ")} in ${t.workspace}`,void 0,"set the `manifests` input to the path or glob of your genspend.yml, relative to the repository root, and check the repository out first");let c=await b2({workspace:t.workspace,file:e.prices.file,explicit:e.prices.explicit,base:s,...t.pr?{subject:"PR"}:{}});for(let l of c.log)r.toolkit.info(l);let u=ig({head:i,...s?{base:{manifests:s.manifests,unreadable:s.unreadable}}:{},pr:e.pr,...t.pr?{subject:"PR"}:{},catalog:c.catalog});return $R(u,e.maxPriceAge,r),{priced:{...u,budget:Lm(u.budget,c.reason)},prefix:s?.prefix??""}}function $R(e,t,r){let o=(r.now?.()??new Date).toISOString().slice(0,10),n=new Set;for(let i of e.head.manifests.flatMap(a=>a.workloads))for(let a of i.lines){let s=Um(a.rate.checkedAt,o,t),c=`${i.provider}\0${i.model}\0${a.charge}`;if(s===void 0||n.has(c))continue;n.add(c);let u=a.rate.priceSource==="catalog"?`update genspend, or run \`genspend prices sync ${i.provider}\``:`run \`genspend prices lock\` and commit ${a.rate.priceSource}`;r.toolkit.warning(`genspend: the ${i.provider} price of ${i.model??"-"} (${a.charge}) was last checked ${a.rate.checkedAt}, ${s} days ago: ${u}`)}}async function wR(e,t,r,o,n,i){if(t.comment==="off")return;if(!r.pr){e.info(`genspend: no PR comment on a ${r.eventName||"non-pull_request"} event (estimate only)`);return}if(!n){e.warning("genspend: no PR comment: the `github-token` input is empty (or GITHUB_REPOSITORY is not set)");return}let a=t.commentOn==="always"||t.commentOn==="failure"&&o.budget.verdict==="fail"||t.commentOn==="change"&&P2(o.diff),s=du(t.tag,r.run),c=zg(i,o,{subject:"This PR",tag:t.tag,limit:$2-s.length-1,measure:k2,limitName:"GitHub's 65,536-character limit for a comment",fullReportAt:"the job summary of this run"});try{let u=await a2(n,{issue:r.pr.number,tag:t.tag,run:r.run,body:c,mode:t.comment,wanted:a});if("why"in u)e.info(`genspend: PR comment not written: ${u.why}`);else{let l=u.hidden?`, hid ${u.hidden} older`:u.deleted?`, deleted ${u.deleted} older`:"";e.info(`genspend: PR comment ${u.kind}${l}${u.url?`: ${u.url}`:""}`)}}catch(u){let l=En(u);if(l===403||l===404){let f=r.pr.fork?"this pull request comes from a fork, and GitHub gives fork workflows a read-only token":"the token cannot write to pull requests (give the job `permissions: pull-requests: write`)";e.warning(`genspend: no PR comment (HTTP ${l}): ${f}. The job summary, annotations and verdict still apply. To comment on fork PRs, post the report from a separate \`workflow_run\` workflow (see the README).`)}else e.warning(`genspend: no PR comment: ${u.message}`)}}async function E2(e){let t;try{t=d2(o=>e.toolkit.getInput(o))}catch(o){return lu(e.toolkit,o,n=>e.exists(kR(e.env.GITHUB_WORKSPACE||e.cwd,n)))}if(t==="gate")return R2(e);if(t==="reconcile"){let{reconcileMode:o}=await import("./reconcile.js");return o(e)}let{balanceMode:r}=await import("./balance.js");return r(e)}var AR=2,SR={getInput:e=>qg(e),info:e=>Kg(dg(e)),warning:(e,t)=>Gg(Rn(e),t),error:(e,t)=>Au(Rn(e),t),debug:e=>Iu(e),setOutput:(e,t)=>Bg(e,t),writeSummary:async e=>{await ku.addRaw(e,!0).write()},setSecret:e=>Zg(e)};async function O2(){try{let e=await E2({toolkit:SR,env:process.env,cwd:process.cwd(),readFile:t=>IR(t,"utf8"),exists:_R,git:Q$,github:(t,r)=>r2(async()=>n2((await import("./github.js")).getOctokit(t),r)),uuid:xR,now:()=>new Date});T2(e)}catch(e){Iu(e instanceof Error&&e.stack?e.stack:String(e)),T2({verdict:"error",message:`genspend could not run: internal error: ${e instanceof Error?e.message:String(e)}`})}}function T2(e){(e.verdict==="fail"||e.verdict==="error")&&Vg(e.message.split(`
`).map(Rn).join(`
`)),e.verdict==="error"&&(process.exitCode=AR)}await O2();
//# sourceMappingURL=index.js.map
