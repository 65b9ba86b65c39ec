import { createRequire as __genspendCreateRequire } from 'node:module'; const require = __genspendCreateRequire(import.meta.url);
var Iw=Object.create;var Zc=Object.defineProperty;var Sw=Object.getOwnPropertyDescriptor;var Pw=Object.getOwnPropertyNames;var Rw=Object.getPrototypeOf,Dw=Object.prototype.hasOwnProperty;var hr=(e,t)=>()=>{try{return t||e((t={exports:{}}).exports,t),t.exports}catch(r){throw t=0,r}},rn=(e,t)=>{for(var r in t)Zc(e,r,{get:t[r],enumerable:!0})},Ew=(e,t,r,o)=>{if(t&&typeof t=="object"||typeof t=="function")for(let n of Pw(t))!Dw.call(e,n)&&n!==r&&Zc(e,n,{get:()=>t[n],enumerable:!(o=Sw(t,n))||o.enumerable});return e};var Tw=(e,t,r)=>(r=e!=null?Iw(Rw(e)):{},Ew(t||!e||!e.__esModule?Zc(r,"default",{value:e,enumerable:!0}):r,e));var Co=hr((iM,Q2)=>{"use strict";var W2="[^\\\\/]",WD="(?=.)",J2="[^/]",dh="(?:\\/|$)",X2="(?:^|\\/)",fh=`\\.{1,2}${dh}`,JD="(?!\\.)",XD=`(?!${X2}${fh})`,YD=`(?!\\.{0,1}${dh})`,QD=`(?!${fh})`,eE="[^.\\/]",tE=`${J2}*?`,nE="/",Y2={DOT_LITERAL:"\\.",PLUS_LITERAL:"\\+",QMARK_LITERAL:"\\?",SLASH_LITERAL:"\\/",ONE_CHAR:WD,QMARK:J2,END_ANCHOR:dh,DOTS_SLASH:fh,NO_DOT:JD,NO_DOTS:XD,NO_DOT_SLASH:YD,NO_DOTS_SLASH:QD,QMARK_NO_DOT:eE,STAR:tE,START_ANCHOR:X2,SEP:nE},rE={...Y2,SLASH_LITERAL:"[\\\\/]",QMARK:W2,STAR:`${W2}*?`,DOTS_SLASH:"\\.{1,2}(?:[\\\\/]|$)",NO_DOT:"(?!\\.)",NO_DOTS:"(?!(?:^|[\\\\/])\\.{1,2}(?:[\\\\/]|$))",NO_DOT_SLASH:"(?!\\.{0,1}(?:[\\\\/]|$))",NO_DOTS_SLASH:"(?!\\.{1,2}(?:[\\\\/]|$))",QMARK_NO_DOT:"[^.\\\\/]",START_ANCHOR:"(?:^|[\\\\/])",END_ANCHOR:"(?:[\\\\/]|$)",SEP:"\\"},iE={__proto__:null,alnum:"a-zA-Z0-9",alpha:"a-zA-Z",ascii:"\\x00-\\x7F",blank:" \\t",cntrl:"\\x00-\\x1F\\x7F",digit:"0-9",graph:"\\x21-\\x7E",lower:"a-z",print:"\\x20-\\x7E ",punct:"\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",space:" \\t\\r\\n\\v\\f",upper:"A-Z",word:"A-Za-z0-9_",xdigit:"A-Fa-f0-9"};Q2.exports={DEFAULT_MAX_EXTGLOB_RECURSION:0,MAX_LENGTH:1024*64,POSIX_REGEX_SOURCE:iE,REGEX_BACKSLASH:/\\(?![*+?^${}(|)[\]])/g,REGEX_NON_SPECIAL_CHARS:/^[^@![\].,$*+?^{}()|\\/]+/,REGEX_SPECIAL_CHARS:/[-*+?.^${}(|)[\]]/,REGEX_SPECIAL_CHARS_BACKREF:/(\\?)((\W)(\3*))/g,REGEX_SPECIAL_CHARS_GLOBAL:/([-*+?.^${}(|)[\]])/g,REGEX_REMOVE_BACKSLASH:/(?:\[.*?[^\\]\]|\\(?=.))/g,REPLACEMENTS:{__proto__:null,"***":"*","**/**":"**","**/**/**":"**"},CHAR_0:48,CHAR_9:57,CHAR_UPPERCASE_A:65,CHAR_LOWERCASE_A:97,CHAR_UPPERCASE_Z:90,CHAR_LOWERCASE_Z:122,CHAR_LEFT_PARENTHESES:40,CHAR_RIGHT_PARENTHESES:41,CHAR_ASTERISK:42,CHAR_AMPERSAND:38,CHAR_AT:64,CHAR_BACKWARD_SLASH:92,CHAR_CARRIAGE_RETURN:13,CHAR_CIRCUMFLEX_ACCENT:94,CHAR_COLON:58,CHAR_COMMA:44,CHAR_DOT:46,CHAR_DOUBLE_QUOTE:34,CHAR_EQUAL:61,CHAR_EXCLAMATION_MARK:33,CHAR_FORM_FEED:12,CHAR_FORWARD_SLASH:47,CHAR_GRAVE_ACCENT:96,CHAR_HASH:35,CHAR_HYPHEN_MINUS:45,CHAR_LEFT_ANGLE_BRACKET:60,CHAR_LEFT_CURLY_BRACE:123,CHAR_LEFT_SQUARE_BRACKET:91,CHAR_LINE_FEED:10,CHAR_NO_BREAK_SPACE:160,CHAR_PERCENT:37,CHAR_PLUS:43,CHAR_QUESTION_MARK:63,CHAR_RIGHT_ANGLE_BRACKET:62,CHAR_RIGHT_CURLY_BRACE:125,CHAR_RIGHT_SQUARE_BRACKET:93,CHAR_SEMICOLON:59,CHAR_SINGLE_QUOTE:39,CHAR_SPACE:32,CHAR_TAB:9,CHAR_UNDERSCORE:95,CHAR_VERTICAL_LINE:124,CHAR_ZERO_WIDTH_NOBREAK_SPACE:65279,extglobChars(e){return{"!":{type:"negate",open:"(?:(?!(?:",close:`))${e.STAR})`},"?":{type:"qmark",open:"(?:",close:")?"},"+":{type:"plus",open:"(?:",close:")+"},"*":{type:"star",open:"(?:",close:")*"},"@":{type:"at",open:"(?:",close:")"}}},globChars(e){return e===!0?rE:Y2}}});var jo=hr(St=>{"use strict";var{REGEX_BACKSLASH:oE,REGEX_REMOVE_BACKSLASH:aE,REGEX_SPECIAL_CHARS:sE,REGEX_SPECIAL_CHARS_GLOBAL:cE}=Co();St.isObject=e=>e!==null&&typeof e=="object"&&!Array.isArray(e);St.hasRegexChars=e=>sE.test(e);St.isRegexChar=e=>e.length===1&&St.hasRegexChars(e);St.escapeRegex=e=>e.replace(cE,"\\$1");St.toPosixSlashes=e=>e.replace(oE,"/");St.isWindows=()=>{if(typeof navigator<"u"&&navigator.platform){let e=navigator.platform.toLowerCase();return e==="win32"||e==="windows"}return typeof process<"u"&&process.platform?process.platform==="win32":!1};St.removeBackslashes=e=>e.replace(aE,t=>t==="\\"?"":t);St.escapeLast=(e,t,r)=>{let o=e.lastIndexOf(t,r);return o===-1?e:e[o-1]==="\\"?St.escapeLast(e,t,o-1):`${e.slice(0,o)}\\${e.slice(o)}`};St.removePrefix=(e,t={})=>{let r=e;return r.startsWith("./")&&(r=r.slice(2),t.prefix="./"),r};St.wrapOutput=(e,t={},r={})=>{let o=r.contains?"":"^",n=r.contains?"":"$",i=`${o}(?:${e})${n}`;return t.negated===!0&&(i=`(?:^(?!${i}).*$)`),i};St.basename=(e,{windows:t}={})=>{let r=e.split(t?/[\\/]/:"/"),o=r[r.length-1];return o===""?r[r.length-2]:o}});var sw=hr((aM,aw)=>{"use strict";var ew=jo(),{CHAR_ASTERISK:ph,CHAR_AT:uE,CHAR_BACKWARD_SLASH:hi,CHAR_COMMA:lE,CHAR_DOT:mh,CHAR_EXCLAMATION_MARK:gh,CHAR_FORWARD_SLASH:ow,CHAR_LEFT_CURLY_BRACE:hh,CHAR_LEFT_PARENTHESES:jc,CHAR_LEFT_SQUARE_BRACKET:dE,CHAR_PLUS:fE,CHAR_QUESTION_MARK:tw,CHAR_RIGHT_CURLY_BRACE:pE,CHAR_RIGHT_PARENTHESES:nw,CHAR_RIGHT_SQUARE_BRACKET:mE}=Co(),rw=e=>e===ow||e===hi,iw=e=>{e.isPrefix!==!0&&(e.depth=e.isGlobstar?1/0:1)},gE=(e,t)=>{let r=t||{},o=e.length-1,n=r.parts===!0||r.tokens===!0||r.scanToEnd===!0,i=[],a=[],s=[],u=e,c=-1,l=0,f=0,p=!1,g=!1,v=!1,h=!1,y=!1,_=!1,$=!1,x=!1,F=!1,B=!1,W=0,re,Q,ee={value:"",depth:0,isGlob:!1},D=()=>c>=o,ve=()=>u.charCodeAt(c+1),xe=()=>(re=Q,u.charCodeAt(++c));for(;c<o;){Q=xe();let X;if(Q===hi){$=ee.backslashes=!0,Q=xe(),Q===hh&&(_=!0);continue}if(_===!0||Q===hh){for(W++;D()!==!0&&(Q=xe());){if(Q===hi){$=ee.backslashes=!0,xe();continue}if(Q===hh){W++;continue}if(_!==!0&&Q===mh&&(Q=xe())===mh){if(p=ee.isBrace=!0,v=ee.isGlob=!0,B=!0,n===!0)continue;break}if(_!==!0&&Q===lE){if(p=ee.isBrace=!0,v=ee.isGlob=!0,B=!0,n===!0)continue;break}if(Q===pE&&(W--,W===0)){_=!1,p=ee.isBrace=!0,B=!0;break}}if(n===!0)continue;break}if(Q===ow){if(i.push(c),a.push(ee),ee={value:"",depth:0,isGlob:!1},B===!0)continue;if(re===mh&&c===l+1){l+=2;continue}f=c+1;continue}if(r.noext!==!0&&(Q===fE||Q===uE||Q===ph||Q===tw||Q===gh)===!0&&ve()===jc){if(v=ee.isGlob=!0,h=ee.isExtglob=!0,B=!0,Q===gh&&c===l&&(F=!0),n===!0){let ze=0;for(;D()!==!0&&(Q=xe());){if(Q===hi){$=ee.backslashes=!0,xe();continue}if(Q===jc){ze++;continue}if(Q===nw&&--ze===0){B=!0;break}}continue}break}if(Q===ph){if(re===ph&&(y=ee.isGlobstar=!0),v=ee.isGlob=!0,B=!0,n===!0)continue;break}if(Q===tw){if(v=ee.isGlob=!0,B=!0,n===!0)continue;break}if(Q===dE){for(;D()!==!0&&(X=xe());){if(X===hi){$=ee.backslashes=!0,xe();continue}if(X===mE){g=ee.isBracket=!0,v=ee.isGlob=!0,B=!0;break}}if(n===!0)continue;break}if(r.nonegate!==!0&&Q===gh&&c===l){x=ee.negated=!0,l++;continue}if(r.noparen!==!0&&Q===jc){if(v=ee.isGlob=!0,n===!0){let ge=1;for(;D()!==!0&&(Q=xe());){if(Q===hi){$=ee.backslashes=!0,xe();continue}if(Q===jc){ge++;continue}if(Q===nw&&--ge===0){B=!0;break}}continue}break}if(v===!0){if(B=!0,n===!0)continue;break}}r.noext===!0&&(h=!1,v=!1);let ke=u,S="",P="";l>0&&(S=u.slice(0,l),u=u.slice(l),f-=l),ke&&v===!0&&f>0?(ke=u.slice(0,f),P=u.slice(f)):v===!0?(ke="",P=u):ke=u,ke&&ke!==""&&ke!=="/"&&ke!==u&&rw(ke.charCodeAt(ke.length-1))&&(ke=ke.slice(0,-1)),r.unescape===!0&&(P&&(P=ew.removeBackslashes(P)),ke&&$===!0&&(ke=ew.removeBackslashes(ke)));let C={prefix:S,input:e,start:l,base:ke,glob:P,isBrace:p,isBracket:g,isGlob:v,isExtglob:h,isGlobstar:y,negated:x,negatedExtglob:F};if(r.tokens===!0&&(C.maxDepth=0,rw(Q)||a.push(ee),C.tokens=a),r.parts===!0||r.tokens===!0){let X;for(let _e=0;_e<i.length;_e++){let ot=X!==void 0?X+1:l,gt=i[_e],ht=e.slice(ot,gt);r.tokens&&(_e===0&&l!==0?(a[_e].isPrefix=!0,a[_e].value=S):a[_e].value=ht,iw(a[_e]),C.maxDepth+=a[_e].depth),gt>=l&&(s.push(ht),X=gt)}let ge=X!==void 0?X+1:l,ze=e.slice(ge);s.push(ze),r.tokens&&X&&X+1<e.length&&(a[a.length-1].value=ze,iw(a[a.length-1]),C.maxDepth+=a[a.length-1].depth),C.slashes=i,C.parts=s}return C};aw.exports=gE});var dw=hr((sM,lw)=>{"use strict";var Fo=Co(),Ot=jo(),{MAX_LENGTH:Fc,POSIX_REGEX_SOURCE:hE,REGEX_NON_SPECIAL_CHARS:vE,REGEX_SPECIAL_CHARS_BACKREF:bE,REPLACEMENTS:cw}=Fo,yE=(e,t)=>{if(typeof t.expandRange=="function")return t.expandRange(...e,t);e.sort();let r=`[${e.join("-")}]`;try{new RegExp(r)}catch{return e.map(n=>Ot.escapeRegex(n)).join("..")}return r},vi=(e,t)=>`Missing ${e}: "${t}" - use "\\\\${t}" to match literal characters`,uw=e=>{let t=[],r=0,o=0,n=0,i="",a=!1;for(let s of e){if(a===!0){i+=s,a=!1;continue}if(s==="\\"){i+=s,a=!0;continue}if(s==='"'){n=n===1?0:1,i+=s;continue}if(n===0){if(s==="[")r++;else if(s==="]"&&r>0)r--;else if(r===0){if(s==="(")o++;else if(s===")"&&o>0)o--;else if(s==="|"&&o===0){t.push(i),i="";continue}}}i+=s}return t.push(i),t},$E=e=>{let t=!1;for(let r of e){if(t===!0){t=!1;continue}if(r==="\\"){t=!0;continue}if(/[?*+@!()[\]{}]/.test(r))return!1}return!0},bh=e=>{let t=e.trim(),r=!0;for(;r===!0;)r=!1,/^@\([^\\()[\]{}|]+\)$/.test(t)&&(t=t.slice(2,-1),r=!0);if($E(t))return t.replace(/\\(.)/g,"$1")},wE=e=>{let t=e.map(bh).filter(Boolean);for(let r=0;r<t.length;r++)for(let o=r+1;o<t.length;o++){let n=t[r],i=t[o],a=n[0];if(!(!a||n!==a.repeat(n.length)||i!==a.repeat(i.length))&&(n===i||n.startsWith(i)||i.startsWith(n)))return!0}return!1},vh=(e,t=!0)=>{if(e[0]!=="+"&&e[0]!=="*"||e[1]!=="(")return;let r=0,o=0,n=0,i=!1;for(let a=1;a<e.length;a++){let s=e[a];if(i===!0){i=!1;continue}if(s==="\\"){i=!0;continue}if(s==='"'){n=n===1?0:1;continue}if(n!==1){if(s==="["){r++;continue}if(s==="]"&&r>0){r--;continue}if(!(r>0)){if(s==="("){o++;continue}if(s===")"&&(o--,o===0))return t===!0&&a!==e.length-1?void 0:{type:e[0],body:e.slice(2,a),end:a}}}}},xE=e=>`${e.length===1?Ot.escapeRegex(e[0]):`[${e.map(r=>Ot.escapeRegex(r)).join("")}]`}*`,kE=e=>{let t=0,r=[];for(;t<e.length;){let o=vh(e.slice(t),!1);if(!o||o.type!=="*")return;let n=uw(o.body).map(a=>a.trim());if(n.length!==1)return;let i=bh(n[0]);if(!i||i.length!==1)return;r.push(i),t+=o.end+1}if(!(r.length<1))return r},_E=e=>{let t=0,r=e.trim(),o=vh(r);for(;o;)t++,r=o.body.trim(),o=vh(r);return t},AE=(e,t)=>{if(t.maxExtglobRecursion===!1)return{risky:!1};let r=typeof t.maxExtglobRecursion=="number"?t.maxExtglobRecursion:Fo.DEFAULT_MAX_EXTGLOB_RECURSION,o=uw(e).map(s=>s.trim());if(o.length>1&&(o.some(s=>s==="")||o.some(s=>/^[*?]+$/.test(s))||wE(o)))return{risky:!0};let n=[],i=!1,a=!0;for(let s of o){let u=kE(s);if(u){i=!0,n.push(...u);continue}let c=bh(s);if(c&&c.length===1){n.push(c);continue}if(a=!1,_E(s)>r)return{risky:!0}}return i?a?{risky:!0,safeOutput:xE([...new Set(n)])}:{risky:!0}:{risky:!1}},yh=(e,t)=>{if(typeof e!="string")throw new TypeError("Expected a string");e=cw[e]||e;let r={...t},o=typeof r.maxLength=="number"?Math.min(Fc,r.maxLength):Fc,n=e.length;if(n>o)throw new SyntaxError(`Input length: ${n}, exceeds maximum allowed length: ${o}`);let i={type:"bos",value:"",output:r.prepend||""},a=[i],s=r.capture?"":"?:",u=Fo.globChars(r.windows),c=Fo.extglobChars(u),{DOT_LITERAL:l,PLUS_LITERAL:f,SLASH_LITERAL:p,ONE_CHAR:g,DOTS_SLASH:v,NO_DOT:h,NO_DOT_SLASH:y,NO_DOTS_SLASH:_,QMARK:$,QMARK_NO_DOT:x,STAR:F,START_ANCHOR:B}=u,W=K=>`(${s}(?:(?!${B}${K.dot?v:l}).)*?)`,re=r.dot?"":h,Q=r.dot?$:x,ee=r.bash===!0?W(r):F;r.capture&&(ee=`(${ee})`),typeof r.noext=="boolean"&&(r.noextglob=r.noext);let D={input:e,index:-1,start:0,dot:r.dot===!0,consumed:"",output:"",prefix:"",backtrack:!1,negated:!1,brackets:0,braces:0,parens:0,quotes:0,globstar:!1,tokens:a};e=Ot.removePrefix(e,D),n=e.length;let ve=[],xe=[],ke=[],S=i,P,C=()=>D.index===n-1,X=D.peek=(K=1)=>e[D.index+K],ge=D.advance=()=>e[++D.index]||"",ze=()=>e.slice(D.index+1),_e=(K="",Pe=0)=>{D.consumed+=K,D.index+=Pe},ot=K=>{D.output+=K.output!=null?K.output:K.value,_e(K.value)},gt=()=>{let K=1;for(;X()==="!"&&(X(2)!=="("||X(3)==="?");)ge(),D.start++,K++;return K%2===0?!1:(D.negated=!0,D.start++,!0)},ht=K=>{D[K]++,ke.push(K)},Pt=K=>{D[K]--,ke.pop()},oe=K=>{if(S.type==="globstar"){let Pe=D.braces>0&&(K.type==="comma"||K.type==="brace"),q=K.extglob===!0||ve.length&&(K.type==="pipe"||K.type==="paren");K.type!=="slash"&&K.type!=="paren"&&!Pe&&!q&&(D.output=D.output.slice(0,-S.output.length),S.type="star",S.value="*",S.output=ee,D.output+=S.output)}if(ve.length&&K.type!=="paren"&&(ve[ve.length-1].inner+=K.value),(K.value||K.output)&&ot(K),S&&S.type==="text"&&K.type==="text"){S.output=(S.output||S.value)+K.value,S.value+=K.value;return}K.prev=S,a.push(K),S=K},Rt=(K,Pe)=>{let q={...c[Pe],conditions:1,inner:""};q.prev=S,q.parens=D.parens,q.output=D.output,q.startIndex=D.index,q.tokensIndex=a.length;let le=(r.capture?"(":"")+q.open;ht("parens"),oe({type:K,value:Pe,output:D.output?"":g}),oe({type:"paren",extglob:!0,value:ge(),output:le}),ve.push(q)},Bn=K=>{let Pe=e.slice(K.startIndex,D.index+1),q=e.slice(K.startIndex+2,D.index),le=AE(q,r);if((K.type==="plus"||K.type==="star")&&le.risky){let Ie=le.safeOutput?(K.output?"":g)+(r.capture?`(${le.safeOutput})`:le.safeOutput):void 0,at=a[K.tokensIndex];at.type="text",at.value=Pe,at.output=Ie||Ot.escapeRegex(Pe);for(let Ut=K.tokensIndex+1;Ut<a.length;Ut++)a[Ut].value="",a[Ut].output="",delete a[Ut].suffix;D.output=K.output+at.output,D.backtrack=!0,oe({type:"paren",extglob:!0,value:P,output:""}),Pt("parens");return}let Ae=K.close+(r.capture?")":""),Ce;if(K.type==="negate"){let Ie=ee;if(K.inner&&K.inner.length>1&&K.inner.includes("/")&&(Ie=W(r)),(Ie!==ee||C()||/^\)+$/.test(ze()))&&(Ae=K.close=`)$))${Ie}`),K.inner.includes("*")&&(Ce=ze())&&/^\.[^\\/.]+$/.test(Ce)){let at=yh(Ce,{...t,fastpaths:!1}).output;Ae=K.close=`)${at})${Ie})`}K.prev.type==="bos"&&(D.negatedExtglob=!0)}oe({type:"paren",extglob:!0,value:P,output:Ae}),Pt("parens")};if(r.fastpaths!==!1&&!/(^[*!]|[/()[\]{}"])/.test(e)){let K=!1,Pe=e.replace(bE,(q,le,Ae,Ce,Ie,at)=>Ce==="\\"?(K=!0,q):Ce==="?"?le?le+Ce+(Ie?$.repeat(Ie.length):""):at===0?Q+(Ie?$.repeat(Ie.length):""):$.repeat(Ae.length):Ce==="."?l.repeat(Ae.length):Ce==="*"?le?le+Ce+(Ie?ee:""):ee:le?q:`\\${q}`);return K===!0&&(r.unescape===!0?Pe=Pe.replace(/\\/g,""):Pe=Pe.replace(/\\+/g,q=>q.length%2===0?"\\\\":q?"\\":"")),Pe===e&&r.contains===!0?(D.output=e,D):(D.output=Ot.wrapOutput(Pe,D,t),D)}for(;!C();){if(P=ge(),P==="\0")continue;if(P==="\\"){let q=X();if(q==="/"&&r.bash!==!0||q==="."||q===";")continue;if(!q){P+="\\",oe({type:"text",value:P});continue}let le=/^\\+/.exec(ze()),Ae=0;if(le&&le[0].length>2&&(Ae=le[0].length,D.index+=Ae,Ae%2!==0&&(P+="\\")),r.unescape===!0?P=ge():P+=ge(),D.brackets===0){oe({type:"text",value:P});continue}}if(D.brackets>0&&(P!=="]"||S.value==="["||S.value==="[^")){if(r.posix!==!1&&P===":"){let q=S.value.slice(1);if(q.includes("[")&&(S.posix=!0,q.includes(":"))){let le=S.value.lastIndexOf("["),Ae=S.value.slice(0,le),Ce=S.value.slice(le+2),Ie=hE[Ce];if(Ie){S.value=Ae+Ie,D.backtrack=!0,ge(),!i.output&&a.indexOf(S)===1&&(i.output=g);continue}}}(P==="["&&X()!==":"||P==="-"&&X()==="]")&&(P=`\\${P}`),P==="]"&&(S.value==="["||S.value==="[^")&&(P=`\\${P}`),r.posix===!0&&P==="!"&&S.value==="["&&(P="^"),S.value+=P,ot({value:P});continue}if(D.quotes===1&&P!=='"'){P=Ot.escapeRegex(P),S.value+=P,ot({value:P});continue}if(P==='"'){D.quotes=D.quotes===1?0:1,r.keepQuotes===!0&&oe({type:"text",value:P});continue}if(P==="("){ht("parens"),oe({type:"paren",value:P});continue}if(P===")"){if(D.parens===0&&r.strictBrackets===!0)throw new SyntaxError(vi("opening","("));let q=ve[ve.length-1];if(q&&D.parens===q.parens+1){Bn(ve.pop());continue}oe({type:"paren",value:P,output:D.parens?")":"\\)"}),Pt("parens");continue}if(P==="["){if(r.nobracket===!0||!ze().includes("]")){if(r.nobracket!==!0&&r.strictBrackets===!0)throw new SyntaxError(vi("closing","]"));P=`\\${P}`}else ht("brackets");oe({type:"bracket",value:P});continue}if(P==="]"){if(r.nobracket===!0||S&&S.type==="bracket"&&S.value.length===1){oe({type:"text",value:P,output:`\\${P}`});continue}if(D.brackets===0){if(r.strictBrackets===!0)throw new SyntaxError(vi("opening","["));oe({type:"text",value:P,output:`\\${P}`});continue}Pt("brackets");let q=S.value.slice(1);if(S.posix!==!0&&q[0]==="^"&&!q.includes("/")&&(P=`/${P}`),S.value+=P,ot({value:P}),r.literalBrackets===!1||Ot.hasRegexChars(q))continue;let le=Ot.escapeRegex(S.value);if(D.output=D.output.slice(0,-S.value.length),r.literalBrackets===!0){D.output+=le,S.value=le;continue}S.value=`(${s}${le}|${S.value})`,D.output+=S.value;continue}if(P==="{"&&r.nobrace!==!0){ht("braces");let q={type:"brace",value:P,output:"(",outputIndex:D.output.length,tokensIndex:D.tokens.length};xe.push(q),oe(q);continue}if(P==="}"){let q=xe[xe.length-1];if(r.nobrace===!0||!q){oe({type:"text",value:P,output:P});continue}let le=")";if(q.dots===!0){let Ae=a.slice(),Ce=[];for(let Ie=Ae.length-1;Ie>=0&&(a.pop(),Ae[Ie].type!=="brace");Ie--)Ae[Ie].type!=="dots"&&Ce.unshift(Ae[Ie].value);le=yE(Ce,r),D.backtrack=!0}if(q.comma!==!0&&q.dots!==!0){let Ae=D.output.slice(0,q.outputIndex),Ce=D.tokens.slice(q.tokensIndex);q.value=q.output="\\{",P=le="\\}",D.output=Ae;for(let Ie of Ce)D.output+=Ie.output||Ie.value}oe({type:"brace",value:P,output:le}),Pt("braces"),xe.pop();continue}if(P==="|"){ve.length>0&&ve[ve.length-1].conditions++,oe({type:"text",value:P});continue}if(P===","){let q=P,le=xe[xe.length-1];le&&ke[ke.length-1]==="braces"&&(le.comma=!0,q="|"),oe({type:"comma",value:P,output:q});continue}if(P==="/"){if(S.type==="dot"&&D.index===D.start+1){D.start=D.index+1,D.consumed="",D.output="",a.pop(),S=i;continue}oe({type:"slash",value:P,output:p});continue}if(P==="."){if(D.braces>0&&S.type==="dot"){S.value==="."&&(S.output=l);let q=xe[xe.length-1];S.type="dots",S.output+=P,S.value+=P,q.dots=!0;continue}if(D.braces+D.parens===0&&S.type!=="bos"&&S.type!=="slash"){oe({type:"text",value:P,output:l});continue}oe({type:"dot",value:P,output:l});continue}if(P==="?"){if(!(S&&S.value==="(")&&r.noextglob!==!0&&X()==="("&&X(2)!=="?"){Rt("qmark",P);continue}if(S&&S.type==="paren"){let le=X(),Ae=P;(S.value==="("&&!/[!=<:]/.test(le)||le==="<"&&!/<([!=]|\w+>)/.test(ze()))&&(Ae=`\\${P}`),oe({type:"text",value:P,output:Ae});continue}if(r.dot!==!0&&(S.type==="slash"||S.type==="bos")){oe({type:"qmark",value:P,output:x});continue}oe({type:"qmark",value:P,output:$});continue}if(P==="!"){if(r.noextglob!==!0&&X()==="("&&(X(2)!=="?"||!/[!=<:]/.test(X(3)))){Rt("negate",P);continue}if(r.nonegate!==!0&&D.index===0){gt();continue}}if(P==="+"){if(r.noextglob!==!0&&X()==="("&&X(2)!=="?"){Rt("plus",P);continue}if(S&&S.value==="("||r.regex===!1){oe({type:"plus",value:P,output:f});continue}if(S&&(S.type==="bracket"||S.type==="paren"||S.type==="brace")||D.parens>0){oe({type:"plus",value:P});continue}oe({type:"plus",value:f});continue}if(P==="@"){if(r.noextglob!==!0&&X()==="("&&X(2)!=="?"){oe({type:"at",extglob:!0,value:P,output:""});continue}oe({type:"text",value:P});continue}if(P!=="*"){(P==="$"||P==="^")&&(P=`\\${P}`);let q=vE.exec(ze());q&&(P+=q[0],D.index+=q[0].length),oe({type:"text",value:P});continue}if(S&&(S.type==="globstar"||S.star===!0)){S.type="star",S.star=!0,S.value+=P,S.output=ee,D.backtrack=!0,D.globstar=!0,_e(P);continue}let K=ze();if(r.noextglob!==!0&&/^\([^?]/.test(K)){Rt("star",P);continue}if(S.type==="star"){if(r.noglobstar===!0){_e(P);continue}let q=S.prev,le=q.prev,Ae=q.type==="slash"||q.type==="bos",Ce=le&&(le.type==="star"||le.type==="globstar");if(r.bash===!0&&(!Ae||K[0]&&K[0]!=="/")){oe({type:"star",value:P,output:""});continue}let Ie=D.braces>0&&(q.type==="comma"||q.type==="brace"),at=ve.length&&(q.type==="pipe"||q.type==="paren");if(!Ae&&q.type!=="paren"&&!Ie&&!at){oe({type:"star",value:P,output:""});continue}for(;K.slice(0,3)==="/**";){let st=e[D.index+4];if(st&&st!=="/")break;K=K.slice(3),_e("/**",3)}let Ut=C()||D.parens>0&&K===")".repeat(D.parens)&&!ve.some(st=>st.type==="negate");if(q.type==="bos"&&C()){S.type="globstar",S.value+=P,S.output=W(r),D.output=S.output,D.globstar=!0,_e(P);continue}if(q.type==="slash"&&q.prev.type!=="bos"&&!Ce&&Ut){D.output=D.output.slice(0,-(q.output+S.output).length),q.output=`(?:${q.output}`,S.type="globstar",S.output=W(r)+(r.strictSlashes?")":"|$)"),S.value+=P,D.globstar=!0,D.output+=q.output+S.output,_e(P);continue}if(q.type==="slash"&&q.prev.type!=="bos"&&K[0]==="/"){let st=K[1]!==void 0?"|$":"";D.output=D.output.slice(0,-(q.output+S.output).length),q.output=`(?:${q.output}`,S.type="globstar",S.output=`${W(r)}${p}|${p}${st})`,S.value+=P,D.output+=q.output+S.output,D.globstar=!0,_e(P+ge()),oe({type:"slash",value:"/",output:""});continue}if(q.type==="bos"&&K[0]==="/"){S.type="globstar",S.value+=P,S.output=`(?:^|${p}|${W(r)}${p})`,D.output=S.output,D.globstar=!0,_e(P+ge()),oe({type:"slash",value:"/",output:""});continue}D.output=D.output.slice(0,-S.output.length),S.type="globstar",S.output=W(r),S.value+=P,D.output+=S.output,D.globstar=!0,_e(P);continue}let Pe={type:"star",value:P,output:ee};if(r.bash===!0){Pe.output=".*?",(S.type==="bos"||S.type==="slash")&&(Pe.output=re+Pe.output),oe(Pe);continue}if(S&&(S.type==="bracket"||S.type==="paren")&&r.regex===!0){Pe.output=P,oe(Pe);continue}(D.index===D.start||S.type==="slash"||S.type==="dot")&&(S.type==="dot"?(D.output+=y,S.output+=y):r.dot===!0?(D.output+=_,S.output+=_):(D.output+=re,S.output+=re),X()!=="*"&&(D.output+=g,S.output+=g)),oe(Pe)}for(;D.brackets>0;){if(r.strictBrackets===!0)throw new SyntaxError(vi("closing","]"));D.output=Ot.escapeLast(D.output,"["),Pt("brackets")}for(;D.parens>0;){if(r.strictBrackets===!0)throw new SyntaxError(vi("closing",")"));D.output=Ot.escapeLast(D.output,"("),Pt("parens")}for(;D.braces>0;){if(r.strictBrackets===!0)throw new SyntaxError(vi("closing","}"));D.output=Ot.escapeLast(D.output,"{"),Pt("braces")}if(r.strictSlashes!==!0&&(S.type==="star"||S.type==="bracket")&&oe({type:"maybe_slash",value:"",output:`${p}?`}),D.backtrack===!0){D.output="";for(let K of D.tokens)D.output+=K.output!=null?K.output:K.value,K.suffix&&(D.output+=K.suffix)}return D};yh.fastpaths=(e,t)=>{let r={...t},o=typeof r.maxLength=="number"?Math.min(Fc,r.maxLength):Fc,n=e.length;if(n>o)throw new SyntaxError(`Input length: ${n}, exceeds maximum allowed length: ${o}`);e=cw[e]||e;let{DOT_LITERAL:i,SLASH_LITERAL:a,ONE_CHAR:s,DOTS_SLASH:u,NO_DOT:c,NO_DOTS:l,NO_DOTS_SLASH:f,STAR:p,START_ANCHOR:g}=Fo.globChars(r.windows),v=r.dot?l:c,h=r.dot?f:c,y=r.capture?"":"?:",_={negated:!1,prefix:""},$=r.bash===!0?".*?":p;r.capture&&($=`(${$})`);let x=re=>re.noglobstar===!0?$:`(${y}(?:(?!${g}${re.dot?u:i}).)*?)`,F=re=>{switch(re){case"*":return`${v}${s}${$}`;case".*":return`${i}${s}${$}`;case"*.*":return`${v}${$}${i}${s}${$}`;case"*/*":return`${v}${$}${a}${s}${h}${$}`;case"**":return v+x(r);case"**/*":return`(?:${v}${x(r)}${a})?${h}${s}${$}`;case"**/*.*":return`(?:${v}${x(r)}${a})?${h}${$}${i}${s}${$}`;case"**/.*":return`(?:${v}${x(r)}${a})?${i}${s}${$}`;default:{let Q=/^(.*?)\.(\w+)$/.exec(re);if(!Q)return;let ee=F(Q[1]);return ee?ee+i+Q[2]:void 0}}},B=Ot.removePrefix(e,_),W=F(B);return W&&r.strictSlashes!==!0&&(W+=`${a}?`),W};lw.exports=yh});var mw=hr((cM,pw)=>{"use strict";var IE=sw(),$h=dw(),fw=jo(),SE=Co(),PE=e=>e&&typeof e=="object"&&!Array.isArray(e),Me=(e,t,r=!1)=>{if(Array.isArray(e)){let l=e.map(p=>Me(p,t,r));return p=>{for(let g of l){let v=g(p);if(v)return v}return!1}}let o=PE(e)&&e.tokens&&e.input;if(e===""||typeof e!="string"&&!o)throw new TypeError("Expected pattern to be a non-empty string");let n=t||{},i=n.windows,a=o?Me.compileRe(e,t):Me.makeRe(e,t,!1,!0),s=a.state;delete a.state;let u=()=>!1;if(n.ignore){let l={...t,ignore:null,onMatch:null,onResult:null};u=Me(n.ignore,l,r)}let c=(l,f=!1)=>{let{isMatch:p,match:g,output:v}=Me.test(l,a,t,{glob:e,posix:i}),h={glob:e,state:s,regex:a,posix:i,input:l,output:v,match:g,isMatch:p};return typeof n.onResult=="function"&&n.onResult(h),p===!1?(h.isMatch=!1,f?h:!1):u(l)?(typeof n.onIgnore=="function"&&n.onIgnore(h),h.isMatch=!1,f?h:!1):(typeof n.onMatch=="function"&&n.onMatch(h),f?h:!0)};return r&&(c.state=s),c};Me.test=(e,t,r,{glob:o,posix:n}={})=>{if(typeof e!="string")throw new TypeError("Expected input to be a string");if(e==="")return{isMatch:!1,output:""};let i=r||{},a=i.format||(n?fw.toPosixSlashes:null),s=e===o,u=s&&a?a(e):e;return s===!1&&(u=a?a(e):e,s=u===o),(s===!1||i.capture===!0)&&(i.matchBase===!0||i.basename===!0?s=Me.matchBase(e,t,r,n):s=t.exec(u)),{isMatch:!!s,match:s,output:u}};Me.matchBase=(e,t,r,o=r&&r.windows)=>(t instanceof RegExp?t:Me.makeRe(t,r)).test(fw.basename(e,{windows:o}));Me.isMatch=(e,t,r)=>Me(t,r)(e);Me.parse=(e,t)=>Array.isArray(e)?e.map(r=>Me.parse(r,t)):$h(e,{...t,fastpaths:!1});Me.scan=(e,t)=>IE(e,t);Me.compileRe=(e,t,r=!1,o=!1)=>{if(r===!0)return e.output;let n=t||{},i=n.contains?"":"^",a=n.contains?"":"$",s=`${i}(?:${e.output})${a}`;e&&e.negated===!0&&(s=`^(?!${s}).*$`);let u=Me.toRegex(s,t);return o===!0&&(u.state=e),u};Me.makeRe=(e,t={},r=!1,o=!1)=>{if(!e||typeof e!="string")throw new TypeError("Expected a non-empty string");let n={negated:!1,fastpaths:!0};return t.fastpaths!==!1&&(e[0]==="."||e[0]==="*")&&(n.output=$h.fastpaths(e,t)),n.output||(n=$h(e,t)),Me.compileRe(n,t,r,o)};Me.toRegex=(e,t)=>{try{let r=t||{};return new RegExp(e,r.flags||(r.nocase?"i":""))}catch(r){if(t&&t.debug===!0)throw r;return/$^/}};Me.constants=SE;pw.exports=Me});var bw=hr((uM,vw)=>{"use strict";var gw=mw(),RE=jo();function hw(e,t,r=!1){return t&&(t.windows===null||t.windows===void 0)&&(t={...t,windows:RE.isWindows()}),gw(e,t,r)}Object.assign(hw,gw);vw.exports=hw});import{mkdtempSync as LE,writeFileSync as ME}from"node:fs";import{tmpdir as qE}from"node:os";import{join as Aw,resolve as BE}from"node:path";import{setTimeout as ZE}from"node:timers/promises";var vr=9e15,wn=1e9,Vc="0123456789abcdef",Ko="2.3025850929940456840179914546843642076011014886287729760333279009675726096773524802359972050895982983419677840422862486334095254650828067566662873690987816894829072083255546808437998948262331985283935053089653777326288461633662222876982198867465436674744042432743651550489343149393914796194044002221051017141748003688084012647080685567743216228355220114804663715659121373450747856947683463616792101806445070648000277502684916746550586856935673420670581136429224554405758925724208241314695689016758940256776311356919292033376587141660230105703089634572075440370847469940168269282808481184289314848524948644871927809676271275775397027668605952496716674183485704422507197965004714951050492214776567636938662976979522110718264549734772662425709429322582798502585509785265383207606726317164309505995087807523710333101197857547331541421808427543863591778117054309827482385045648019095610299291824318237525357709750539565187697510374970888692180205189339507238539205144634197265287286965110862571492198849978748873771345686209167058",Ho="3.1415926535897932384626433832795028841971693993751058209749445923078164062862089986280348253421170679821480865132823066470938446095505822317253594081284811174502841027019385211055596446229489549303819644288109756659334461284756482337867831652712019091456485669234603486104543266482133936072602491412737245870066063155881748815209209628292540917153643678925903600113305305488204665213841469519415116094330572703657595919530921861173819326117931051185480744623799627495673518857527248912279381830119491298336733624406566430860213949463952247371907021798609437027705392171762931767523846748184676694051320005681271452635608277857713427577896091736371787214684409012249534301465495853710507922796892589235420199561121290219608640344181598136297747713099605187072113499999983729780499510597317328160963185950244594553469083026425223082533446850352619311881710100031378387528865875332083814206171776691473035982534904287554687311595628638823537875937519577818577805321712268066130019278766111959092164201989380952572010654858632789",Gc={precision:20,rounding:4,modulo:1,toExpNeg:-7,toExpPos:21,minE:-vr,maxE:vr,crypto:!1},Sh,on,fe=!0,Jo="[DecimalError] ",$n=Jo+"Invalid argument: ",Ph=Jo+"Precision limit exceeded",Rh=Jo+"crypto unavailable",Dh="[object Decimal]",nt=Math.floor,Ge=Math.pow,Ow=/^0b([01]+(\.[01]*)?|\.[01]+)(p[+-]?\d+)?$/i,Uw=/^0x([0-9a-f]+(\.[0-9a-f]*)?|\.[0-9a-f]+)(p[+-]?\d+)?$/i,Nw=/^0o([0-7]+(\.[0-7]*)?|\.[0-7]+)(p[+-]?\d+)?$/i,Eh=/^(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i,Ft=1e7,se=7,zw=9007199254740991,Cw=Ko.length-1,Kc=Ho.length-1,L={toStringTag:Dh};L.absoluteValue=L.abs=function(){var e=new this.constructor(this);return e.s<0&&(e.s=1),ne(e)};L.ceil=function(){return ne(new this.constructor(this),this.e+1,2)};L.clampedTo=L.clamp=function(e,t){var r,o=this,n=o.constructor;if(e=new n(e),t=new n(t),!e.s||!t.s)return new n(NaN);if(e.gt(t))throw Error($n+t);return r=o.cmp(e),r<0?e:o.cmp(t)>0?t:new n(o)};L.comparedTo=L.cmp=function(e){var t,r,o,n,i=this,a=i.d,s=(e=new i.constructor(e)).d,u=i.s,c=e.s;if(!a||!s)return!u||!c?NaN:u!==c?u:a===s?0:!a^u<0?1:-1;if(!a[0]||!s[0])return a[0]?u:s[0]?-c:0;if(u!==c)return u;if(i.e!==e.e)return i.e>e.e^u<0?1:-1;for(o=a.length,n=s.length,t=0,r=o<n?o:n;t<r;++t)if(a[t]!==s[t])return a[t]>s[t]^u<0?1:-1;return o===n?0:o>n^u<0?1:-1};L.cosine=L.cos=function(){var e,t,r=this,o=r.constructor;return r.d?r.d[0]?(e=o.precision,t=o.rounding,o.precision=e+Math.max(r.e,r.sd())+se,o.rounding=1,r=jw(o,zh(o,r)),o.precision=e,o.rounding=t,ne(on==2||on==3?r.neg():r,e,t,!0)):new o(1):new o(NaN)};L.cubeRoot=L.cbrt=function(){var e,t,r,o,n,i,a,s,u,c,l=this,f=l.constructor;if(!l.isFinite()||l.isZero())return new f(l);for(fe=!1,i=l.s*Ge(l.s*l,1/3),!i||Math.abs(i)==1/0?(r=Ye(l.d),e=l.e,(i=(e-r.length+1)%3)&&(r+=i==1||i==-2?"0":"00"),i=Ge(r,1/3),e=nt((e+1)/3)-(e%3==(e<0?-1:2)),i==1/0?r="5e"+e:(r=i.toExponential(),r=r.slice(0,r.indexOf("e")+1)+e),o=new f(r),o.s=l.s):o=new f(i.toString()),a=(e=f.precision)+3;;)if(s=o,u=s.times(s).times(s),c=u.plus(l),o=Ne(c.plus(l).times(s),c.plus(u),a+2,1),Ye(s.d).slice(0,a)===(r=Ye(o.d)).slice(0,a))if(r=r.slice(a-3,a+1),r=="9999"||!n&&r=="4999"){if(!n&&(ne(s,e+1,0),s.times(s).times(s).eq(l))){o=s;break}a+=4,n=1}else{(!+r||!+r.slice(1)&&r.charAt(0)=="5")&&(ne(o,e+1,1),t=!o.times(o).times(o).eq(l));break}return fe=!0,ne(o,e,f.rounding,t)};L.decimalPlaces=L.dp=function(){var e,t=this.d,r=NaN;if(t){if(e=t.length-1,r=(e-nt(this.e/se))*se,e=t[e],e)for(;e%10==0;e/=10)r--;r<0&&(r=0)}return r};L.dividedBy=L.div=function(e){return Ne(this,new this.constructor(e))};L.dividedToIntegerBy=L.divToInt=function(e){var t=this,r=t.constructor;return ne(Ne(t,new r(e),0,1,1),r.precision,r.rounding)};L.equals=L.eq=function(e){return this.cmp(e)===0};L.floor=function(){return ne(new this.constructor(this),this.e+1,3)};L.greaterThan=L.gt=function(e){return this.cmp(e)>0};L.greaterThanOrEqualTo=L.gte=function(e){var t=this.cmp(e);return t==1||t===0};L.hyperbolicCosine=L.cosh=function(){var e,t,r,o,n,i=this,a=i.constructor,s=new a(1);if(!i.isFinite())return new a(i.s?1/0:NaN);if(i.isZero())return s;r=a.precision,o=a.rounding,a.precision=r+Math.max(i.e,i.sd())+4,a.rounding=1,n=i.d.length,n<32?(e=Math.ceil(n/3),t=(1/Yo(4,e)).toString()):(e=16,t="2.3283064365386962890625e-10"),i=br(a,1,i.times(t),new a(1),!0);for(var u,c=e,l=new a(8);c--;)u=i.times(i),i=s.minus(u.times(l.minus(u.times(l))));return ne(i,a.precision=r,a.rounding=o,!0)};L.hyperbolicSine=L.sinh=function(){var e,t,r,o,n=this,i=n.constructor;if(!n.isFinite()||n.isZero())return new i(n);if(t=i.precision,r=i.rounding,i.precision=t+Math.max(n.e,n.sd())+4,i.rounding=1,o=n.d.length,o<3)n=br(i,2,n,n,!0);else{e=1.4*Math.sqrt(o),e=e>16?16:e|0,n=n.times(1/Yo(5,e)),n=br(i,2,n,n,!0);for(var a,s=new i(5),u=new i(16),c=new i(20);e--;)a=n.times(n),n=n.times(s.plus(a.times(u.times(a).plus(c))))}return i.precision=t,i.rounding=r,ne(n,t,r,!0)};L.hyperbolicTangent=L.tanh=function(){var e,t,r=this,o=r.constructor;return r.isFinite()?r.isZero()?new o(r):(e=o.precision,t=o.rounding,o.precision=e+7,o.rounding=1,Ne(r.sinh(),r.cosh(),o.precision=e,o.rounding=t)):new o(r.s)};L.inverseCosine=L.acos=function(){var e=this,t=e.constructor,r=e.abs().cmp(1),o=t.precision,n=t.rounding;return r!==-1?r===0?e.isNeg()?Kt(t,o,n):new t(0):new t(NaN):e.isZero()?Kt(t,o+4,n).times(.5):(t.precision=o+6,t.rounding=1,e=new t(1).minus(e).div(e.plus(1)).sqrt().atan(),t.precision=o,t.rounding=n,e.times(2))};L.inverseHyperbolicCosine=L.acosh=function(){var e,t,r=this,o=r.constructor;return r.lte(1)?new o(r.eq(1)?0:NaN):r.isFinite()?(e=o.precision,t=o.rounding,o.precision=e+Math.max(Math.abs(r.e),r.sd())+4,o.rounding=1,fe=!1,r=r.times(r).minus(1).sqrt().plus(r),fe=!0,o.precision=e,o.rounding=t,r.ln()):new o(r)};L.inverseHyperbolicSine=L.asinh=function(){var e,t,r=this,o=r.constructor;return!r.isFinite()||r.isZero()?new o(r):(e=o.precision,t=o.rounding,o.precision=e+2*Math.max(Math.abs(r.e),r.sd())+6,o.rounding=1,fe=!1,r=r.times(r).plus(1).sqrt().plus(r),fe=!0,o.precision=e,o.rounding=t,r.ln())};L.inverseHyperbolicTangent=L.atanh=function(){var e,t,r,o,n=this,i=n.constructor;return n.isFinite()?n.e>=0?new i(n.abs().eq(1)?n.s/0:n.isZero()?n:NaN):(e=i.precision,t=i.rounding,o=n.sd(),Math.max(o,e)<2*-n.e-1?ne(new i(n),e,t,!0):(i.precision=r=o-n.e,n=Ne(n.plus(1),new i(1).minus(n),r+e,1),i.precision=e+4,i.rounding=1,n=n.ln(),i.precision=e,i.rounding=t,n.times(.5))):new i(NaN)};L.inverseSine=L.asin=function(){var e,t,r,o,n=this,i=n.constructor;return n.isZero()?new i(n):(t=n.abs().cmp(1),r=i.precision,o=i.rounding,t!==-1?t===0?(e=Kt(i,r+4,o).times(.5),e.s=n.s,e):new i(NaN):(i.precision=r+6,i.rounding=1,n=n.div(new i(1).minus(n.times(n)).sqrt().plus(1)).atan(),i.precision=r,i.rounding=o,n.times(2)))};L.inverseTangent=L.atan=function(){var e,t,r,o,n,i,a,s,u,c=this,l=c.constructor,f=l.precision,p=l.rounding;if(c.isFinite()){if(c.isZero())return new l(c);if(c.abs().eq(1)&&f+4<=Kc)return a=Kt(l,f+4,p).times(.25),a.s=c.s,a}else{if(!c.s)return new l(NaN);if(f+4<=Kc)return a=Kt(l,f+4,p).times(.5),a.s=c.s,a}for(l.precision=s=f+10,l.rounding=1,r=Math.min(28,s/se+2|0),e=r;e;--e)c=c.div(c.times(c).plus(1).sqrt().plus(1));for(fe=!1,t=Math.ceil(s/se),o=1,u=c.times(c),a=new l(c),n=c;e!==-1;)if(n=n.times(u),i=a.minus(n.div(o+=2)),n=n.times(u),a=i.plus(n.div(o+=2)),a.d[t]!==void 0)for(e=t;a.d[e]===i.d[e]&&e--;);return r&&(a=a.times(2<<r-1)),fe=!0,ne(a,l.precision=f,l.rounding=p,!0)};L.isFinite=function(){return!!this.d};L.isInteger=L.isInt=function(){return!!this.d&&nt(this.e/se)>this.d.length-2};L.isNaN=function(){return!this.s};L.isNegative=L.isNeg=function(){return this.s<0};L.isPositive=L.isPos=function(){return this.s>0};L.isZero=function(){return!!this.d&&this.d[0]===0};L.lessThan=L.lt=function(e){return this.cmp(e)<0};L.lessThanOrEqualTo=L.lte=function(e){return this.cmp(e)<1};L.logarithm=L.log=function(e){var t,r,o,n,i,a,s,u,c=this,l=c.constructor,f=l.precision,p=l.rounding,g=5;if(e==null)e=new l(10),t=!0;else{if(e=new l(e),r=e.d,e.s<0||!r||!r[0]||e.eq(1))return new l(NaN);t=e.eq(10)}if(r=c.d,c.s<0||!r||!r[0]||c.eq(1))return new l(r&&!r[0]?-1/0:c.s!=1?NaN:r?0:1/0);if(t)if(r.length>1)i=!0;else{for(n=r[0];n%10===0;)n/=10;i=n!==1}if(fe=!1,s=f+g,a=yn(c,s),o=t?Wo(l,s+10):yn(e,s),u=Ne(a,o,s,1),wi(u.d,n=f,p))do if(s+=10,a=yn(c,s),o=t?Wo(l,s+10):yn(e,s),u=Ne(a,o,s,1),!i){+Ye(u.d).slice(n+1,n+15)+1==1e14&&(u=ne(u,f+1,0));break}while(wi(u.d,n+=10,p));return fe=!0,ne(u,f,p)};L.minus=L.sub=function(e){var t,r,o,n,i,a,s,u,c,l,f,p,g=this,v=g.constructor;if(e=new v(e),!g.d||!e.d)return!g.s||!e.s?e=new v(NaN):g.d?e.s=-e.s:e=new v(e.d||g.s!==e.s?g:NaN),e;if(g.s!=e.s)return e.s=-e.s,g.plus(e);if(c=g.d,p=e.d,s=v.precision,u=v.rounding,!c[0]||!p[0]){if(p[0])e.s=-e.s;else if(c[0])e=new v(g);else return new v(u===3?-0:0);return fe?ne(e,s,u):e}if(r=nt(e.e/se),l=nt(g.e/se),c=c.slice(),i=l-r,i){for(f=i<0,f?(t=c,i=-i,a=p.length):(t=p,r=l,a=c.length),o=Math.max(Math.ceil(s/se),a)+2,i>o&&(i=o,t.length=1),t.reverse(),o=i;o--;)t.push(0);t.reverse()}else{for(o=c.length,a=p.length,f=o<a,f&&(a=o),o=0;o<a;o++)if(c[o]!=p[o]){f=c[o]<p[o];break}i=0}for(f&&(t=c,c=p,p=t,e.s=-e.s),a=c.length,o=p.length-a;o>0;--o)c[a++]=0;for(o=p.length;o>i;){if(c[--o]<p[o]){for(n=o;n&&c[--n]===0;)c[n]=Ft-1;--c[n],c[o]+=Ft}c[o]-=p[o]}for(;c[--a]===0;)c.pop();for(;c[0]===0;c.shift())--r;return c[0]?(e.d=c,e.e=Xo(c,r),fe?ne(e,s,u):e):new v(u===3?-0:0)};L.modulo=L.mod=function(e){var t,r=this,o=r.constructor;return e=new o(e),!r.d||!e.s||e.d&&!e.d[0]?new o(NaN):!e.d||r.d&&!r.d[0]?ne(new o(r),o.precision,o.rounding):(fe=!1,o.modulo==9?(t=Ne(r,e.abs(),0,3,1),t.s*=e.s):t=Ne(r,e,0,o.modulo,1),t=t.times(e),fe=!0,r.minus(t))};L.naturalExponential=L.exp=function(){return Hc(this)};L.naturalLogarithm=L.ln=function(){return yn(this)};L.negated=L.neg=function(){var e=new this.constructor(this);return e.s=-e.s,ne(e)};L.plus=L.add=function(e){var t,r,o,n,i,a,s,u,c,l,f=this,p=f.constructor;if(e=new p(e),!f.d||!e.d)return!f.s||!e.s?e=new p(NaN):f.d||(e=new p(e.d||f.s===e.s?f:NaN)),e;if(f.s!=e.s)return e.s=-e.s,f.minus(e);if(c=f.d,l=e.d,s=p.precision,u=p.rounding,!c[0]||!l[0])return l[0]||(e=new p(f)),fe?ne(e,s,u):e;if(i=nt(f.e/se),o=nt(e.e/se),c=c.slice(),n=i-o,n){for(n<0?(r=c,n=-n,a=l.length):(r=l,o=i,a=c.length),i=Math.ceil(s/se),a=i>a?i+1:a+1,n>a&&(n=a,r.length=1),r.reverse();n--;)r.push(0);r.reverse()}for(a=c.length,n=l.length,a-n<0&&(n=a,r=l,l=c,c=r),t=0;n;)t=(c[--n]=c[n]+l[n]+t)/Ft|0,c[n]%=Ft;for(t&&(c.unshift(t),++o),a=c.length;c[--a]==0;)c.pop();return e.d=c,e.e=Xo(c,o),fe?ne(e,s,u):e};L.precision=L.sd=function(e){var t,r=this;if(e!==void 0&&e!==!!e&&e!==1&&e!==0)throw Error($n+e);return r.d?(t=Th(r.d),e&&r.e+1>t&&(t=r.e+1)):t=NaN,t};L.round=function(){var e=this,t=e.constructor;return ne(new t(e),e.e+1,t.rounding)};L.sine=L.sin=function(){var e,t,r=this,o=r.constructor;return r.isFinite()?r.isZero()?new o(r):(e=o.precision,t=o.rounding,o.precision=e+Math.max(r.e,r.sd())+se,o.rounding=1,r=Lw(o,zh(o,r)),o.precision=e,o.rounding=t,ne(on>2?r.neg():r,e,t,!0)):new o(NaN)};L.squareRoot=L.sqrt=function(){var e,t,r,o,n,i,a=this,s=a.d,u=a.e,c=a.s,l=a.constructor;if(c!==1||!s||!s[0])return new l(!c||c<0&&(!s||s[0])?NaN:s?a:1/0);for(fe=!1,c=Math.sqrt(+a),c==0||c==1/0?(t=Ye(s),(t.length+u)%2==0&&(t+="0"),c=Math.sqrt(t),u=nt((u+1)/2)-(u<0||u%2),c==1/0?t="5e"+u:(t=c.toExponential(),t=t.slice(0,t.indexOf("e")+1)+u),o=new l(t)):o=new l(c.toString()),r=(u=l.precision)+3;;)if(i=o,o=i.plus(Ne(a,i,r+2,1)).times(.5),Ye(i.d).slice(0,r)===(t=Ye(o.d)).slice(0,r))if(t=t.slice(r-3,r+1),t=="9999"||!n&&t=="4999"){if(!n&&(ne(i,u+1,0),i.times(i).eq(a))){o=i;break}r+=4,n=1}else{(!+t||!+t.slice(1)&&t.charAt(0)=="5")&&(ne(o,u+1,1),e=!o.times(o).eq(a));break}return fe=!0,ne(o,u,l.rounding,e)};L.tangent=L.tan=function(){var e,t,r=this,o=r.constructor;return r.isFinite()?r.isZero()?new o(r):(e=o.precision,t=o.rounding,o.precision=e+10,o.rounding=1,r=r.sin(),r.s=1,r=Ne(r,new o(1).minus(r.times(r)).sqrt(),e+10,0),o.precision=e,o.rounding=t,ne(on==2||on==4?r.neg():r,e,t,!0)):new o(NaN)};L.times=L.mul=function(e){var t,r,o,n,i,a,s,u,c,l=this,f=l.constructor,p=l.d,g=(e=new f(e)).d;if(e.s*=l.s,!p||!p[0]||!g||!g[0])return new f(!e.s||p&&!p[0]&&!g||g&&!g[0]&&!p?NaN:!p||!g?e.s/0:e.s*0);for(r=nt(l.e/se)+nt(e.e/se),u=p.length,c=g.length,u<c&&(i=p,p=g,g=i,a=u,u=c,c=a),i=[],a=u+c,o=a;o--;)i.push(0);for(o=c;--o>=0;){for(t=0,n=u+o;n>o;)s=i[n]+g[o]*p[n-o-1]+t,i[n--]=s%Ft|0,t=s/Ft|0;i[n]=(i[n]+t)%Ft|0}for(;!i[--a];)i.pop();return t?++r:i.shift(),e.d=i,e.e=Xo(i,r),fe?ne(e,f.precision,f.rounding):e};L.toBinary=function(e,t){return Wc(this,2,e,t)};L.toDecimalPlaces=L.toDP=function(e,t){var r=this,o=r.constructor;return r=new o(r),e===void 0?r:(vt(e,0,wn),t===void 0?t=o.rounding:vt(t,0,8),ne(r,e+r.e+1,t))};L.toExponential=function(e,t){var r,o=this,n=o.constructor;return e===void 0?r=Ht(o,!0):(vt(e,0,wn),t===void 0?t=n.rounding:vt(t,0,8),o=ne(new n(o),e+1,t),r=Ht(o,!0,e+1)),o.isNeg()&&!o.isZero()?"-"+r:r};L.toFixed=function(e,t){var r,o,n=this,i=n.constructor;return e===void 0?r=Ht(n):(vt(e,0,wn),t===void 0?t=i.rounding:vt(t,0,8),o=ne(new i(n),e+n.e+1,t),r=Ht(o,!1,e+o.e+1)),n.isNeg()&&!n.isZero()?"-"+r:r};L.toFraction=function(e){var t,r,o,n,i,a,s,u,c,l,f,p,g=this,v=g.d,h=g.constructor;if(!v)return new h(g);if(c=r=new h(1),o=u=new h(0),t=new h(o),i=t.e=Th(v)-g.e-1,a=i%se,t.d[0]=Ge(10,a<0?se+a:a),e==null)e=i>0?t:c;else{if(s=new h(e),!s.isInt()||s.lt(c))throw Error($n+s);e=s.gt(t)?i>0?t:c:s}for(fe=!1,s=new h(Ye(v)),l=h.precision,h.precision=i=v.length*se*2;f=Ne(s,t,0,1,1),n=r.plus(f.times(o)),n.cmp(e)!=1;)r=o,o=n,n=c,c=u.plus(f.times(n)),u=n,n=t,t=s.minus(f.times(n)),s=n;return n=Ne(e.minus(r),o,0,1,1),u=u.plus(n.times(c)),r=r.plus(n.times(o)),u.s=c.s=g.s,p=Ne(c,o,i,1).minus(g).abs().cmp(Ne(u,r,i,1).minus(g).abs())<1?[c,o]:[u,r],h.precision=l,fe=!0,p};L.toHexadecimal=L.toHex=function(e,t){return Wc(this,16,e,t)};L.toNearest=function(e,t){var r=this,o=r.constructor;if(r=new o(r),e==null){if(!r.d)return r;e=new o(1),t=o.rounding}else{if(e=new o(e),t===void 0?t=o.rounding:vt(t,0,8),!r.d)return e.s?r:e;if(!e.d)return e.s&&(e.s=r.s),e}return e.d[0]?(fe=!1,r=Ne(r,e,0,t,1).times(e),fe=!0,ne(r)):(e.s=r.s,r=e),r};L.toNumber=function(){return+this};L.toOctal=function(e,t){return Wc(this,8,e,t)};L.toPower=L.pow=function(e){var t,r,o,n,i,a,s=this,u=s.constructor,c=+(e=new u(e));if(!s.d||!e.d||!s.d[0]||!e.d[0])return new u(Ge(+s,c));if(s=new u(s),s.eq(1))return s;if(o=u.precision,i=u.rounding,e.eq(1))return ne(s,o,i);if(t=nt(e.e/se),t>=e.d.length-1&&(r=c<0?-c:c)<=zw)return n=Oh(u,s,r,o),e.s<0?new u(1).div(n):ne(n,o,i);if(a=s.s,a<0){if(t<e.d.length-1)return new u(NaN);if((e.d[t]&1)==0&&(a=1),s.e==0&&s.d[0]==1&&s.d.length==1)return s.s=a,s}return r=Ge(+s,c),t=r==0||!isFinite(r)?nt(c*(Math.log("0."+Ye(s.d))/Math.LN10+s.e+1)):new u(r+"").e,t>u.maxE+1||t<u.minE-1?new u(t>0?a/0:0):(fe=!1,u.rounding=s.s=1,r=Math.min(12,(t+"").length),n=Hc(e.times(yn(s,o+r)),o),n.d&&(n=ne(n,o+5,1),wi(n.d,o,i)&&(t=o+10,n=ne(Hc(e.times(yn(s,t+r)),t),t+5,1),+Ye(n.d).slice(o+1,o+15)+1==1e14&&(n=ne(n,o+1,0)))),n.s=a,fe=!0,u.rounding=i,ne(n,o,i))};L.toPrecision=function(e,t){var r,o=this,n=o.constructor;return e===void 0?r=Ht(o,o.e<=n.toExpNeg||o.e>=n.toExpPos):(vt(e,1,wn),t===void 0?t=n.rounding:vt(t,0,8),o=ne(new n(o),e,t),r=Ht(o,e<=o.e||o.e<=n.toExpNeg,e)),o.isNeg()&&!o.isZero()?"-"+r:r};L.toSignificantDigits=L.toSD=function(e,t){var r=this,o=r.constructor;return e===void 0?(e=o.precision,t=o.rounding):(vt(e,1,wn),t===void 0?t=o.rounding:vt(t,0,8)),ne(new o(r),e,t)};L.toString=function(){var e=this,t=e.constructor,r=Ht(e,e.e<=t.toExpNeg||e.e>=t.toExpPos);return e.isNeg()&&!e.isZero()?"-"+r:r};L.truncated=L.trunc=function(){return ne(new this.constructor(this),this.e+1,1)};L.valueOf=L.toJSON=function(){var e=this,t=e.constructor,r=Ht(e,e.e<=t.toExpNeg||e.e>=t.toExpPos);return e.isNeg()?"-"+r:r};function Ye(e){var t,r,o,n=e.length-1,i="",a=e[0];if(n>0){for(i+=a,t=1;t<n;t++)o=e[t]+"",r=se-o.length,r&&(i+=bn(r)),i+=o;a=e[t],o=a+"",r=se-o.length,r&&(i+=bn(r))}else if(a===0)return"0";for(;a%10===0;)a/=10;return i+a}function vt(e,t,r){if(e!==~~e||e<t||e>r)throw Error($n+e)}function wi(e,t,r,o){var n,i,a,s;for(i=e[0];i>=10;i/=10)--t;return--t<0?(t+=se,n=0):(n=Math.ceil((t+1)/se),t%=se),i=Ge(10,se-t),s=e[n]%i|0,o==null?t<3?(t==0?s=s/100|0:t==1&&(s=s/10|0),a=r<4&&s==99999||r>3&&s==49999||s==5e4||s==0):a=(r<4&&s+1==i||r>3&&s+1==i/2)&&(e[n+1]/i/100|0)==Ge(10,t-2)-1||(s==i/2||s==0)&&(e[n+1]/i/100|0)==0:t<4?(t==0?s=s/1e3|0:t==1?s=s/100|0:t==2&&(s=s/10|0),a=(o||r<4)&&s==9999||!o&&r>3&&s==4999):a=((o||r<4)&&s+1==i||!o&&r>3&&s+1==i/2)&&(e[n+1]/i/1e3|0)==Ge(10,t-3)-1,a}function Vo(e,t,r){for(var o,n=[0],i,a=0,s=e.length;a<s;){for(i=n.length;i--;)n[i]*=t;for(n[0]+=Vc.indexOf(e.charAt(a++)),o=0;o<n.length;o++)n[o]>r-1&&(n[o+1]===void 0&&(n[o+1]=0),n[o+1]+=n[o]/r|0,n[o]%=r)}return n.reverse()}function jw(e,t){var r,o,n;if(t.isZero())return t;o=t.d.length,o<32?(r=Math.ceil(o/3),n=(1/Yo(4,r)).toString()):(r=16,n="2.3283064365386962890625e-10"),e.precision+=r,t=br(e,1,t.times(n),new e(1));for(var i=r;i--;){var a=t.times(t);t=a.times(a).minus(a).times(8).plus(1)}return e.precision-=r,t}var Ne=(function(){function e(o,n,i){var a,s=0,u=o.length;for(o=o.slice();u--;)a=o[u]*n+s,o[u]=a%i|0,s=a/i|0;return s&&o.unshift(s),o}function t(o,n,i,a){var s,u;if(i!=a)u=i>a?1:-1;else for(s=u=0;s<i;s++)if(o[s]!=n[s]){u=o[s]>n[s]?1:-1;break}return u}function r(o,n,i,a){for(var s=0;i--;)o[i]-=s,s=o[i]<n[i]?1:0,o[i]=s*a+o[i]-n[i];for(;!o[0]&&o.length>1;)o.shift()}return function(o,n,i,a,s,u){var c,l,f,p,g,v,h,y,_,$,x,F,B,W,re,Q,ee,D,ve,xe,ke=o.constructor,S=o.s==n.s?1:-1,P=o.d,C=n.d;if(!P||!P[0]||!C||!C[0])return new ke(!o.s||!n.s||(P?C&&P[0]==C[0]:!C)?NaN:P&&P[0]==0||!C?S*0:S/0);for(u?(g=1,l=o.e-n.e):(u=Ft,g=se,l=nt(o.e/g)-nt(n.e/g)),ve=C.length,ee=P.length,_=new ke(S),$=_.d=[],f=0;C[f]==(P[f]||0);f++);if(C[f]>(P[f]||0)&&l--,i==null?(W=i=ke.precision,a=ke.rounding):s?W=i+(o.e-n.e)+1:W=i,W<0)$.push(1),v=!0;else{if(W=W/g+2|0,f=0,ve==1){for(p=0,C=C[0],W++;(f<ee||p)&&W--;f++)re=p*u+(P[f]||0),$[f]=re/C|0,p=re%C|0;v=p||f<ee}else{for(p=u/(C[0]+1)|0,p>1&&(C=e(C,p,u),P=e(P,p,u),ve=C.length,ee=P.length),Q=ve,x=P.slice(0,ve),F=x.length;F<ve;)x[F++]=0;xe=C.slice(),xe.unshift(0),D=C[0],C[1]>=u/2&&++D;do p=0,c=t(C,x,ve,F),c<0?(B=x[0],ve!=F&&(B=B*u+(x[1]||0)),p=B/D|0,p>1?(p>=u&&(p=u-1),h=e(C,p,u),y=h.length,F=x.length,c=t(h,x,y,F),c==1&&(p--,r(h,ve<y?xe:C,y,u))):(p==0&&(c=p=1),h=C.slice()),y=h.length,y<F&&h.unshift(0),r(x,h,F,u),c==-1&&(F=x.length,c=t(C,x,ve,F),c<1&&(p++,r(x,ve<F?xe:C,F,u))),F=x.length):c===0&&(p++,x=[0]),$[f++]=p,c&&x[0]?x[F++]=P[Q]||0:(x=[P[Q]],F=1);while((Q++<ee||x[0]!==void 0)&&W--);v=x[0]!==void 0}$[0]||$.shift()}if(g==1)_.e=l,Sh=v;else{for(f=1,p=$[0];p>=10;p/=10)f++;_.e=f+l*g-1,ne(_,s?i+_.e+1:i,a,v)}return _}})();function ne(e,t,r,o){var n,i,a,s,u,c,l,f,p,g=e.constructor;e:if(t!=null){if(f=e.d,!f)return e;for(n=1,s=f[0];s>=10;s/=10)n++;if(i=t-n,i<0)i+=se,a=t,l=f[p=0],u=l/Ge(10,n-a-1)%10|0;else if(p=Math.ceil((i+1)/se),s=f.length,p>=s)if(o){for(;s++<=p;)f.push(0);l=u=0,n=1,i%=se,a=i-se+1}else break e;else{for(l=s=f[p],n=1;s>=10;s/=10)n++;i%=se,a=i-se+n,u=a<0?0:l/Ge(10,n-a-1)%10|0}if(o=o||t<0||f[p+1]!==void 0||(a<0?l:l%Ge(10,n-a-1)),c=r<4?(u||o)&&(r==0||r==(e.s<0?3:2)):u>5||u==5&&(r==4||o||r==6&&(i>0?a>0?l/Ge(10,n-a):0:f[p-1])%10&1||r==(e.s<0?8:7)),t<1||!f[0])return f.length=0,c?(t-=e.e+1,f[0]=Ge(10,(se-t%se)%se),e.e=-t||0):f[0]=e.e=0,e;if(i==0?(f.length=p,s=1,p--):(f.length=p+1,s=Ge(10,se-i),f[p]=a>0?(l/Ge(10,n-a)%Ge(10,a)|0)*s:0),c)for(;;)if(p==0){for(i=1,a=f[0];a>=10;a/=10)i++;for(a=f[0]+=s,s=1;a>=10;a/=10)s++;i!=s&&(e.e++,f[0]==Ft&&(f[0]=1));break}else{if(f[p]+=s,f[p]!=Ft)break;f[p--]=0,s=1}for(i=f.length;f[--i]===0;)f.pop()}return fe&&(e.e>g.maxE?(e.d=null,e.e=NaN):e.e<g.minE&&(e.e=0,e.d=[0])),e}function Ht(e,t,r){if(!e.isFinite())return Nh(e);var o,n=e.e,i=Ye(e.d),a=i.length;return t?(r&&(o=r-a)>0?i=i.charAt(0)+"."+i.slice(1)+bn(o):a>1&&(i=i.charAt(0)+"."+i.slice(1)),i=i+(e.e<0?"e":"e+")+e.e):n<0?(i="0."+bn(-n-1)+i,r&&(o=r-a)>0&&(i+=bn(o))):n>=a?(i+=bn(n+1-a),r&&(o=r-n-1)>0&&(i=i+"."+bn(o))):((o=n+1)<a&&(i=i.slice(0,o)+"."+i.slice(o)),r&&(o=r-a)>0&&(n+1===a&&(i+="."),i+=bn(o))),i}function Xo(e,t){var r=e[0];for(t*=se;r>=10;r/=10)t++;return t}function Wo(e,t,r){if(t>Cw)throw fe=!0,r&&(e.precision=r),Error(Ph);return ne(new e(Ko),t,1,!0)}function Kt(e,t,r){if(t>Kc)throw Error(Ph);return ne(new e(Ho),t,r,!0)}function Th(e){var t=e.length-1,r=t*se+1;if(t=e[t],t){for(;t%10==0;t/=10)r--;for(t=e[0];t>=10;t/=10)r++}return r}function bn(e){for(var t="";e--;)t+="0";return t}function Oh(e,t,r,o){var n,i=new e(1),a=Math.ceil(o/se+4);for(fe=!1;;){if(r%2&&(i=i.times(t),Ah(i.d,a)&&(n=!0)),r=nt(r/2),r===0){r=i.d.length-1,n&&i.d[r]===0&&++i.d[r];break}t=t.times(t),Ah(t.d,a)}return fe=!0,i}function _h(e){return e.d[e.d.length-1]&1}function Uh(e,t,r){for(var o,n,i=new e(t[0]),a=0;++a<t.length;){if(n=new e(t[a]),!n.s){i=n;break}o=i.cmp(n),(o===r||o===0&&i.s===r)&&(i=n)}return i}function Hc(e,t){var r,o,n,i,a,s,u,c=0,l=0,f=0,p=e.constructor,g=p.rounding,v=p.precision;if(!e.d||!e.d[0]||e.e>17)return new p(e.d?e.d[0]?e.s<0?0:1/0:1:e.s?e.s<0?0:e:NaN);for(t==null?(fe=!1,u=v):u=t,s=new p(.03125);e.e>-2;)e=e.times(s),f+=5;for(o=Math.log(Ge(2,f))/Math.LN10*2+5|0,u+=o,r=i=a=new p(1),p.precision=u;;){if(i=ne(i.times(e),u,1),r=r.times(++l),s=a.plus(Ne(i,r,u,1)),Ye(s.d).slice(0,u)===Ye(a.d).slice(0,u)){for(n=f;n--;)a=ne(a.times(a),u,1);if(t==null)if(c<3&&wi(a.d,u-o,g,c))p.precision=u+=10,r=i=s=new p(1),l=0,c++;else return ne(a,p.precision=v,g,fe=!0);else return p.precision=v,a}a=s}}function yn(e,t){var r,o,n,i,a,s,u,c,l,f,p,g=1,v=10,h=e,y=h.d,_=h.constructor,$=_.rounding,x=_.precision;if(h.s<0||!y||!y[0]||!h.e&&y[0]==1&&y.length==1)return new _(y&&!y[0]?-1/0:h.s!=1?NaN:y?0:h);if(t==null?(fe=!1,l=x):l=t,_.precision=l+=v,r=Ye(y),o=r.charAt(0),Math.abs(i=h.e)<15e14){for(;o<7&&o!=1||o==1&&r.charAt(1)>3;)h=h.times(e),r=Ye(h.d),o=r.charAt(0),g++;i=h.e,o>1?(h=new _("0."+r),i++):h=new _(o+"."+r.slice(1))}else return c=Wo(_,l+2,x).times(i+""),h=yn(new _(o+"."+r.slice(1)),l-v).plus(c),_.precision=x,t==null?ne(h,x,$,fe=!0):h;for(f=h,u=a=h=Ne(h.minus(1),h.plus(1),l,1),p=ne(h.times(h),l,1),n=3;;){if(a=ne(a.times(p),l,1),c=u.plus(Ne(a,new _(n),l,1)),Ye(c.d).slice(0,l)===Ye(u.d).slice(0,l))if(u=u.times(2),i!==0&&(u=u.plus(Wo(_,l+2,x).times(i+""))),u=Ne(u,new _(g),l,1),t==null)if(wi(u.d,l-v,$,s))_.precision=l+=v,c=a=h=Ne(f.minus(1),f.plus(1),l,1),p=ne(h.times(h),l,1),n=s=1;else return ne(u,_.precision=x,$,fe=!0);else return _.precision=x,u;u=c,n+=2}}function Nh(e){return String(e.s*e.s/0)}function Go(e,t){var r,o,n;for((r=t.indexOf("."))>-1&&(t=t.replace(".","")),(o=t.search(/e/i))>0?(r<0&&(r=o),r+=+t.slice(o+1),t=t.substring(0,o)):r<0&&(r=t.length),o=0;t.charCodeAt(o)===48;o++);for(n=t.length;t.charCodeAt(n-1)===48;--n);if(t=t.slice(o,n),t){if(n-=o,e.e=r=r-o-1,e.d=[],o=(r+1)%se,r<0&&(o+=se),o<n){for(o&&e.d.push(+t.slice(0,o)),n-=se;o<n;)e.d.push(+t.slice(o,o+=se));t=t.slice(o),o=se-t.length}else o-=n;for(;o--;)t+="0";e.d.push(+t),fe&&(e.e>e.constructor.maxE?(e.d=null,e.e=NaN):e.e<e.constructor.minE&&(e.e=0,e.d=[0]))}else e.e=0,e.d=[0];return e}function Fw(e,t){var r,o,n,i,a,s,u,c,l;if(t.indexOf("_")>-1){if(t=t.replace(/(\d)_(?=\d)/g,"$1"),Eh.test(t))return Go(e,t)}else if(t==="Infinity"||t==="NaN")return+t||(e.s=NaN),e.e=NaN,e.d=null,e;if(Uw.test(t))r=16,t=t.toLowerCase();else if(Ow.test(t))r=2;else if(Nw.test(t))r=8;else throw Error($n+t);for(i=t.search(/p/i),i>0?(u=+t.slice(i+1),t=t.substring(2,i)):t=t.slice(2),i=t.indexOf("."),a=i>=0,o=e.constructor,a&&(t=t.replace(".",""),s=t.length,i=s-i,n=Oh(o,new o(r),i,i*2)),c=Vo(t,r,Ft),l=c.length-1,i=l;c[i]===0;--i)c.pop();return i<0?new o(e.s*0):(e.e=Xo(c,l),e.d=c,fe=!1,a&&(e=Ne(e,n,s*4)),u&&(e=e.times(Math.abs(u)<54?Ge(2,u):xi.pow(2,u))),fe=!0,e)}function Lw(e,t){var r,o=t.d.length;if(o<3)return t.isZero()?t:br(e,2,t,t);r=1.4*Math.sqrt(o),r=r>16?16:r|0,t=t.times(1/Yo(5,r)),t=br(e,2,t,t);for(var n,i=new e(5),a=new e(16),s=new e(20);r--;)n=t.times(t),t=t.times(i.plus(n.times(a.times(n).minus(s))));return t}function br(e,t,r,o,n){var i,a,s,u,c=1,l=e.precision,f=Math.ceil(l/se);for(fe=!1,u=r.times(r),s=new e(o);;){if(a=Ne(s.times(u),new e(t++*t++),l,1),s=n?o.plus(a):o.minus(a),o=Ne(a.times(u),new e(t++*t++),l,1),a=s.plus(o),a.d[f]!==void 0){for(i=f;a.d[i]===s.d[i]&&i--;);if(i==-1)break}i=s,s=o,o=a,a=i,c++}return fe=!0,a.d.length=f+1,a}function Yo(e,t){for(var r=e;--t;)r*=e;return r}function zh(e,t){var r,o=t.s<0,n=Kt(e,e.precision,1),i=n.times(.5);if(t=t.abs(),t.lte(i))return on=o?4:1,t;if(r=t.divToInt(n),r.isZero())on=o?3:2;else{if(t=t.minus(r.times(n)),t.lte(i))return on=_h(r)?o?2:3:o?4:1,t;on=_h(r)?o?1:4:o?3:2}return t.minus(n).abs()}function Wc(e,t,r,o){var n,i,a,s,u,c,l,f,p,g=e.constructor,v=r!==void 0;if(v?(vt(r,1,wn),o===void 0?o=g.rounding:vt(o,0,8)):(r=g.precision,o=g.rounding),!e.isFinite())l=Nh(e);else{for(l=Ht(e),a=l.indexOf("."),v?(n=2,t==16?r=r*4-3:t==8&&(r=r*3-2)):n=t,a>=0&&(l=l.replace(".",""),p=new g(1),p.e=l.length-a,p.d=Vo(Ht(p),10,n),p.e=p.d.length),f=Vo(l,10,n),i=u=f.length;f[--u]==0;)f.pop();if(!f[0])l=v?"0p+0":"0";else{if(a<0?i--:(e=new g(e),e.d=f,e.e=i,e=Ne(e,p,r,o,0,n),f=e.d,i=e.e,c=Sh),a=f[r],s=n/2,c=c||f[r+1]!==void 0,c=o<4?(a!==void 0||c)&&(o===0||o===(e.s<0?3:2)):a>s||a===s&&(o===4||c||o===6&&f[r-1]&1||o===(e.s<0?8:7)),f.length=r,c)for(;++f[--r]>n-1;)f[r]=0,r||(++i,f.unshift(1));for(u=f.length;!f[u-1];--u);for(a=0,l="";a<u;a++)l+=Vc.charAt(f[a]);if(v){if(u>1)if(t==16||t==8){for(a=t==16?4:3,--u;u%a;u++)l+="0";for(f=Vo(l,n,t),u=f.length;!f[u-1];--u);for(a=1,l="1.";a<u;a++)l+=Vc.charAt(f[a])}else l=l.charAt(0)+"."+l.slice(1);l=l+(i<0?"p":"p+")+i}else if(i<0){for(;++i;)l="0"+l;l="0."+l}else if(++i>u)for(i-=u;i--;)l+="0";else i<u&&(l=l.slice(0,i)+"."+l.slice(i))}l=(t==16?"0x":t==2?"0b":t==8?"0o":"")+l}return e.s<0?"-"+l:l}function Ah(e,t){if(e.length>t)return e.length=t,!0}function Mw(e){return new this(e).abs()}function qw(e){return new this(e).acos()}function Bw(e){return new this(e).acosh()}function Zw(e,t){return new this(e).plus(t)}function Vw(e){return new this(e).asin()}function Gw(e){return new this(e).asinh()}function Kw(e){return new this(e).atan()}function Hw(e){return new this(e).atanh()}function Ww(e,t){e=new this(e),t=new this(t);var r,o=this.precision,n=this.rounding,i=o+4;return!e.s||!t.s?r=new this(NaN):!e.d&&!t.d?(r=Kt(this,i,1).times(t.s>0?.25:.75),r.s=e.s):!t.d||e.isZero()?(r=t.s<0?Kt(this,o,n):new this(0),r.s=e.s):!e.d||t.isZero()?(r=Kt(this,i,1).times(.5),r.s=e.s):t.s<0?(this.precision=i,this.rounding=1,r=this.atan(Ne(e,t,i,1)),t=Kt(this,i,1),this.precision=o,this.rounding=n,r=e.s<0?r.minus(t):r.plus(t)):r=this.atan(Ne(e,t,i,1)),r}function Jw(e){return new this(e).cbrt()}function Xw(e){return ne(e=new this(e),e.e+1,2)}function Yw(e,t,r){return new this(e).clamp(t,r)}function Qw(e){if(!e||typeof e!="object")throw Error(Jo+"Object expected");var t,r,o,n=e.defaults===!0,i=["precision",1,wn,"rounding",0,8,"toExpNeg",-vr,0,"toExpPos",0,vr,"maxE",0,vr,"minE",-vr,0,"modulo",0,9];for(t=0;t<i.length;t+=3)if(r=i[t],n&&(this[r]=Gc[r]),(o=e[r])!==void 0)if(nt(o)===o&&o>=i[t+1]&&o<=i[t+2])this[r]=o;else throw Error($n+r+": "+o);if(r="crypto",n&&(this[r]=Gc[r]),(o=e[r])!==void 0)if(o===!0||o===!1||o===0||o===1)if(o)if(typeof crypto<"u"&&crypto&&(crypto.getRandomValues||crypto.randomBytes))this[r]=!0;else throw Error(Rh);else this[r]=!1;else throw Error($n+r+": "+o);return this}function ex(e){return new this(e).cos()}function tx(e){return new this(e).cosh()}function Ch(e){var t,r,o;function n(i){var a,s,u,c=this;if(!(c instanceof n))return new n(i);if(c.constructor=n,Ih(i)){c.s=i.s,fe?!i.d||i.e>n.maxE?(c.e=NaN,c.d=null):i.e<n.minE?(c.e=0,c.d=[0]):(c.e=i.e,c.d=i.d.slice()):(c.e=i.e,c.d=i.d?i.d.slice():i.d);return}if(u=typeof i,u==="number"){if(i===0){c.s=1/i<0?-1:1,c.e=0,c.d=[0];return}if(i<0?(i=-i,c.s=-1):c.s=1,i===~~i&&i<1e7){for(a=0,s=i;s>=10;s/=10)a++;fe?a>n.maxE?(c.e=NaN,c.d=null):a<n.minE?(c.e=0,c.d=[0]):(c.e=a,c.d=[i]):(c.e=a,c.d=[i]);return}if(i*0!==0){i||(c.s=NaN),c.e=NaN,c.d=null;return}return Go(c,i.toString())}if(u==="string")return(s=i.charCodeAt(0))===45?(i=i.slice(1),c.s=-1):(s===43&&(i=i.slice(1)),c.s=1),Eh.test(i)?Go(c,i):Fw(c,i);if(u==="bigint")return i<0?(i=-i,c.s=-1):c.s=1,Go(c,i.toString());throw Error($n+i)}if(n.prototype=L,n.ROUND_UP=0,n.ROUND_DOWN=1,n.ROUND_CEIL=2,n.ROUND_FLOOR=3,n.ROUND_HALF_UP=4,n.ROUND_HALF_DOWN=5,n.ROUND_HALF_EVEN=6,n.ROUND_HALF_CEIL=7,n.ROUND_HALF_FLOOR=8,n.EUCLID=9,n.config=n.set=Qw,n.clone=Ch,n.isDecimal=Ih,n.abs=Mw,n.acos=qw,n.acosh=Bw,n.add=Zw,n.asin=Vw,n.asinh=Gw,n.atan=Kw,n.atanh=Hw,n.atan2=Ww,n.cbrt=Jw,n.ceil=Xw,n.clamp=Yw,n.cos=ex,n.cosh=tx,n.div=nx,n.exp=rx,n.floor=ix,n.hypot=ox,n.ln=ax,n.log=sx,n.log10=ux,n.log2=cx,n.max=lx,n.min=dx,n.mod=fx,n.mul=px,n.pow=mx,n.random=gx,n.round=hx,n.sign=vx,n.sin=bx,n.sinh=yx,n.sqrt=$x,n.sub=wx,n.sum=xx,n.tan=kx,n.tanh=_x,n.trunc=Ax,e===void 0&&(e={}),e&&e.defaults!==!0)for(o=["precision","rounding","toExpNeg","toExpPos","maxE","minE","modulo","crypto"],t=0;t<o.length;)e.hasOwnProperty(r=o[t++])||(e[r]=this[r]);return n.config(e),n}function nx(e,t){return new this(e).div(t)}function rx(e){return new this(e).exp()}function ix(e){return ne(e=new this(e),e.e+1,3)}function ox(){var e,t,r=new this(0);for(fe=!1,e=0;e<arguments.length;)if(t=new this(arguments[e++]),t.d)r.d&&(r=r.plus(t.times(t)));else{if(t.s)return fe=!0,new this(1/0);r=t}return fe=!0,r.sqrt()}function Ih(e){return e instanceof xi||e&&e.toStringTag===Dh||!1}function ax(e){return new this(e).ln()}function sx(e,t){return new this(e).log(t)}function cx(e){return new this(e).log(2)}function ux(e){return new this(e).log(10)}function lx(){return Uh(this,arguments,-1)}function dx(){return Uh(this,arguments,1)}function fx(e,t){return new this(e).mod(t)}function px(e,t){return new this(e).mul(t)}function mx(e,t){return new this(e).pow(t)}function gx(e){var t,r,o,n,i=0,a=new this(1),s=[];if(e===void 0?e=this.precision:vt(e,1,wn),o=Math.ceil(e/se),this.crypto)if(crypto.getRandomValues)for(t=crypto.getRandomValues(new Uint32Array(o));i<o;)n=t[i],n>=429e7?t[i]=crypto.getRandomValues(new Uint32Array(1))[0]:s[i++]=n%1e7;else if(crypto.randomBytes){for(t=crypto.randomBytes(o*=4);i<o;)n=t[i]+(t[i+1]<<8)+(t[i+2]<<16)+((t[i+3]&127)<<24),n>=214e7?crypto.randomBytes(4).copy(t,i):(s.push(n%1e7),i+=4);i=o/4}else throw Error(Rh);else for(;i<o;)s[i++]=Math.random()*1e7|0;for(o=s[--i],e%=se,o&&e&&(n=Ge(10,se-e),s[i]=(o/n|0)*n);s[i]===0;i--)s.pop();if(i<0)r=0,s=[0];else{for(r=-1;s[0]===0;r-=se)s.shift();for(o=1,n=s[0];n>=10;n/=10)o++;o<se&&(r-=se-o)}return a.e=r,a.d=s,a}function hx(e){return ne(e=new this(e),e.e+1,this.rounding)}function vx(e){return e=new this(e),e.d?e.d[0]?e.s:0*e.s:e.s||NaN}function bx(e){return new this(e).sin()}function yx(e){return new this(e).sinh()}function $x(e){return new this(e).sqrt()}function wx(e,t){return new this(e).sub(t)}function xx(){var e=0,t=arguments,r=new this(t[e]);for(fe=!1;r.s&&++e<t.length;)r=r.plus(t[e]);return fe=!0,ne(r,this.precision,this.rounding)}function kx(e){return new this(e).tan()}function _x(e){return new this(e).tanh()}function Ax(e){return ne(e=new this(e),e.e+1,1)}L[Symbol.for("nodejs.util.inspect.custom")]=L.toString;L[Symbol.toStringTag]="Decimal";var xi=L.constructor=Ch(Gc);Ko=new xi(Ko);Ho=new xi(Ho);var Qo=xi;var ye=Qo,Jc=100,Ix=40,bt=ye.clone({precision:Jc,rounding:ye.ROUND_HALF_UP,toExpNeg:-40,toExpPos:40}),Sx=bt.clone({precision:Ix}),Px=bt.clone({precision:1e9}),Jt=new bt(0),Wt=new bt(1),Rx=new bt("0.01");function de(e){return new bt(e)}function Fe(e){return e.toFixed()}function ki(e,t){return Se([e,t.negated()])}function Se(e){let t,r;for(let o of e)t===void 0?t=o:r=(r??new Px(t)).plus(o);return r?new bt(r):t===void 0?Jt:t.constructor===bt?t:new bt(t)}function qe(e,t){return new bt(new Sx(e).dividedBy(t))}function yt(e,t){return t===Wt&&e.precision()<=Jc?e:e===Wt&&t.precision()<=Jc?t:e.times(t)}function Qe(e,t={}){let r=e.isNegative()&&!e.isZero(),o=e.abs(),n;return!o.isZero()&&o.lessThan(Rx)?n=o.toSignificantDigits(2,ye.ROUND_HALF_UP).toFixed():n=jh(o.toFixed(2,ye.ROUND_HALF_UP)),`${r?"-":t.sign?"+":""}$${n}`}function yr(e,t={}){let r=e.toFixed(1,ye.ROUND_HALF_UP);return`${t.sign&&e.greaterThan(0)?"+":""}${r}%`}function ea(e){return jh(e.toFixed())}function jh(e){let t=e.startsWith("-"),r=t?e.slice(1):e,[o="0",n]=r.split("."),i=o.replace(/\B(?=(\d{3})+(?!\d))/g,",");return`${t?"-":""}${i}${n!==void 0?`.${n}`:""}`}var J=class extends Error{constructor(r,o,n,i){super(r);this.where=o;this.fix=n;this.detail=i}where;fix;detail;name="GenspendError";format(){let r=[];return this.where&&(r.push(this.where.line!==void 0?`${this.where.file}:${this.where.line}`:this.where.file),this.where.path&&r.push(this.where.path)),r.push(this.fix?`${this.message} (fix: ${this.fix})`:this.message),r.join(": ")}},Dt=class extends Error{constructor(r){super(r.map(o=>o.format()).join(`
`));this.errors=r}errors;name="GenspendErrors";format(){return this.message}};function ta(e){if(e instanceof Dt)return e.errors;if(e instanceof J)return[e]}function Zn(e,t){let r=[],o=[];for(let n of e)try{o.push(t(n))}catch(i){let a=ta(i);if(!a)throw i;r.push(...a)}if(r.length)throw new Dt(r);return o}function xn(e,t,r=3){let o=e.toLowerCase(),n=Math.min(r,Math.max(1,Math.ceil(o.length/2))),i,a=n+1;for(let s of t){let u=Dx(o,s.toLowerCase(),a-1);u<a&&(a=u,i=s)}return i}var an=[];function Dx(e,t,r){if(Math.abs(e.length-t.length)>r)return r+1;an.length<=t.length&&(an=new Array(t.length+1).fill(0));for(let o=0;o<=t.length;o++)an[o]=o;for(let o=1;o<=e.length;o++){let n=an[0];an[0]=o;let i=o,a=e.charCodeAt(o-1);for(let s=1;s<=t.length;s++){let u=an[s],c=Math.min(u+1,an[s-1]+1,n+(a===t.charCodeAt(s-1)?0:1));an[s]=c,c<i&&(i=c),n=u}if(i>r)return r+1}return an[t.length]}function Ex(e){return e&&e.__esModule&&Object.prototype.hasOwnProperty.call(e,"default")?e.default:e}var rt={},na={},kn={},Fh;function _i(){if(Fh)return kn;Fh=1;function e(a){return typeof a>"u"||a===null}function t(a){return typeof a=="object"&&a!==null}function r(a){return Array.isArray(a)?a:e(a)?[]:[a]}function o(a,s){if(s){let u=Object.keys(s);for(let c=0,l=u.length;c<l;c+=1){let f=u[c];a[f]=s[f]}}return a}function n(a,s){let u="";for(let c=0;c<s;c+=1)u+=a;return u}function i(a){return a===0&&Number.NEGATIVE_INFINITY===1/a}return kn.isNothing=e,kn.isObject=t,kn.toArray=r,kn.repeat=n,kn.isNegativeZero=i,kn.extend=o,kn}var Xc,Lh;function Ai(){if(Lh)return Xc;Lh=1;function e(r,o){let n="",i=r.reason||"(unknown reason)";return r.mark?(r.mark.name&&(n+='in "'+r.mark.name+'" '),n+="("+(r.mark.line+1)+":"+(r.mark.column+1)+")",!o&&r.mark.snippet&&(n+=`

`+r.mark.snippet),i+" "+n):i}function t(r,o){Error.call(this),this.name="YAMLException",this.reason=r,this.mark=o,this.message=e(this,!1),Error.captureStackTrace?Error.captureStackTrace(this,this.constructor):this.stack=new Error().stack||""}return t.prototype=Object.create(Error.prototype),t.prototype.constructor=t,t.prototype.toString=function(o){return this.name+": "+e(this,o)},Xc=t,Xc}var Yc,Mh;function Tx(){if(Mh)return Yc;Mh=1;let e=_i();function t(n,i,a,s,u){let c="",l="",f=Math.floor(u/2)-1;return s-i>f&&(c=" ... ",i=s-f+c.length),a-s>f&&(l=" ...",a=s+f-l.length),{str:c+n.slice(i,a).replace(/\t/g,"\u2192")+l,pos:s-i+c.length}}function r(n,i){return e.repeat(" ",i-n.length)+n}function o(n,i){if(i=Object.create(i||null),!n.buffer)return null;i.maxLength||(i.maxLength=79),typeof i.indent!="number"&&(i.indent=1),typeof i.linesBefore!="number"&&(i.linesBefore=3),typeof i.linesAfter!="number"&&(i.linesAfter=2);let a=/\r?\n|\r|\0/g,s=[0],u=[],c,l=-1;for(;c=a.exec(n.buffer);)u.push(c.index),s.push(c.index+c[0].length),n.position<=c.index&&l<0&&(l=s.length-2);l<0&&(l=s.length-1);let f="",p=Math.min(n.line+i.linesAfter,u.length).toString().length,g=i.maxLength-(i.indent+p+3);for(let h=1;h<=i.linesBefore&&!(l-h<0);h++){let y=t(n.buffer,s[l-h],u[l-h],n.position-(s[l]-s[l-h]),g);f=e.repeat(" ",i.indent)+r((n.line-h+1).toString(),p)+" | "+y.str+`
`+f}let v=t(n.buffer,s[l],u[l],n.position,g);f+=e.repeat(" ",i.indent)+r((n.line+1).toString(),p)+" | "+v.str+`
`,f+=e.repeat("-",i.indent+p+3+v.pos)+`^
`;for(let h=1;h<=i.linesAfter&&!(l+h>=u.length);h++){let y=t(n.buffer,s[l+h],u[l+h],n.position-(s[l]-s[l+h]),g);f+=e.repeat(" ",i.indent)+r((n.line+h+1).toString(),p)+" | "+y.str+`
`}return f.replace(/\n$/,"")}return Yc=o,Yc}var Qc,qh;function ct(){if(qh)return Qc;qh=1;let e=Ai(),t=["kind","multi","resolve","construct","instanceOf","predicate","represent","representName","defaultStyle","styleAliases"],r=["scalar","sequence","mapping"];function o(i){let a={};return i!==null&&Object.keys(i).forEach(function(s){i[s].forEach(function(u){a[String(u)]=s})}),a}function n(i,a){if(a=a||{},Object.keys(a).forEach(function(s){if(t.indexOf(s)===-1)throw new e('Unknown option "'+s+'" is met in definition of "'+i+'" YAML type.')}),this.options=a,this.tag=i,this.kind=a.kind||null,this.resolve=a.resolve||function(){return!0},this.construct=a.construct||function(s){return s},this.instanceOf=a.instanceOf||null,this.predicate=a.predicate||null,this.represent=a.represent||null,this.representName=a.representName||null,this.defaultStyle=a.defaultStyle||null,this.multi=a.multi||!1,this.styleAliases=o(a.styleAliases||null),r.indexOf(this.kind)===-1)throw new e('Unknown kind "'+this.kind+'" is specified for "'+i+'" YAML type.')}return Qc=n,Qc}var eu,Bh;function lv(){if(Bh)return eu;Bh=1;let e=Ai(),t=ct();function r(i,a){let s=[];return i[a].forEach(function(u){let c=s.length;s.forEach(function(l,f){l.tag===u.tag&&l.kind===u.kind&&l.multi===u.multi&&(c=f)}),s[c]=u}),s}function o(){let i={scalar:{},sequence:{},mapping:{},fallback:{},multi:{scalar:[],sequence:[],mapping:[],fallback:[]}};function a(s){s.multi?(i.multi[s.kind].push(s),i.multi.fallback.push(s)):i[s.kind][s.tag]=i.fallback[s.tag]=s}for(let s=0,u=arguments.length;s<u;s+=1)arguments[s].forEach(a);return i}function n(i){return this.extend(i)}return n.prototype.extend=function(a){let s=[],u=[];if(a instanceof t)u.push(a);else if(Array.isArray(a))u=u.concat(a);else if(a&&(Array.isArray(a.implicit)||Array.isArray(a.explicit)))a.implicit&&(s=s.concat(a.implicit)),a.explicit&&(u=u.concat(a.explicit));else throw new e("Schema.extend argument should be a Type, [ Type ], or a schema definition ({ implicit: [...], explicit: [...] })");s.forEach(function(l){if(!(l instanceof t))throw new e("Specified list of YAML types (or a single Type object) contains a non-Type object.");if(l.loadKind&&l.loadKind!=="scalar")throw new e("There is a non-scalar type in the implicit list of a schema. Implicit resolving of such types is not supported.");if(l.multi)throw new e("There is a multi type in the implicit list of a schema. Multi tags can only be listed as explicit.")}),u.forEach(function(l){if(!(l instanceof t))throw new e("Specified list of YAML types (or a single Type object) contains a non-Type object.")});let c=Object.create(n.prototype);return c.implicit=(this.implicit||[]).concat(s),c.explicit=(this.explicit||[]).concat(u),c.compiledImplicit=r(c,"implicit"),c.compiledExplicit=r(c,"explicit"),c.compiledTypeMap=o(c.compiledImplicit,c.compiledExplicit),c},eu=n,eu}var tu,Zh;function dv(){if(Zh)return tu;Zh=1;let e=ct();return tu=new e("tag:yaml.org,2002:str",{kind:"scalar",construct:function(t){return t!==null?t:""}}),tu}var nu,Vh;function fv(){if(Vh)return nu;Vh=1;let e=ct();return nu=new e("tag:yaml.org,2002:seq",{kind:"sequence",construct:function(t){return t!==null?t:[]}}),nu}var ru,Gh;function pv(){if(Gh)return ru;Gh=1;let e=ct();return ru=new e("tag:yaml.org,2002:map",{kind:"mapping",construct:function(t){return t!==null?t:{}}}),ru}var iu,Kh;function mv(){if(Kh)return iu;Kh=1;let e=lv();return iu=new e({explicit:[dv(),fv(),pv()]}),iu}var ou,Hh;function gv(){if(Hh)return ou;Hh=1;let e=ct();function t(n){if(n===null)return!0;let i=n.length;return i===1&&n==="~"||i===4&&(n==="null"||n==="Null"||n==="NULL")}function r(){return null}function o(n){return n===null}return ou=new e("tag:yaml.org,2002:null",{kind:"scalar",resolve:t,construct:r,predicate:o,represent:{canonical:function(){return"~"},lowercase:function(){return"null"},uppercase:function(){return"NULL"},camelcase:function(){return"Null"},empty:function(){return""}},defaultStyle:"lowercase"}),ou}var au,Wh;function hv(){if(Wh)return au;Wh=1;let e=ct();function t(n){if(n===null)return!1;let i=n.length;return i===4&&(n==="true"||n==="True"||n==="TRUE")||i===5&&(n==="false"||n==="False"||n==="FALSE")}function r(n){return n==="true"||n==="True"||n==="TRUE"}function o(n){return Object.prototype.toString.call(n)==="[object Boolean]"}return au=new e("tag:yaml.org,2002:bool",{kind:"scalar",resolve:t,construct:r,predicate:o,represent:{lowercase:function(n){return n?"true":"false"},uppercase:function(n){return n?"TRUE":"FALSE"},camelcase:function(n){return n?"True":"False"}},defaultStyle:"lowercase"}),au}var su,Jh;function vv(){if(Jh)return su;Jh=1;let e=_i(),t=ct();function r(c){return c>=48&&c<=57||c>=65&&c<=70||c>=97&&c<=102}function o(c){return c>=48&&c<=55}function n(c){return c>=48&&c<=57}function i(c){if(c===null)return!1;let l=c.length,f=0,p=!1;if(!l)return!1;let g=c[f];if((g==="-"||g==="+")&&(g=c[++f]),g==="0"){if(f+1===l)return!0;if(g=c[++f],g==="b"){for(f++;f<l;f++){if(g=c[f],g!=="0"&&g!=="1")return!1;p=!0}return p&&isFinite(a(c))}if(g==="x"){for(f++;f<l;f++){if(!r(c.charCodeAt(f)))return!1;p=!0}return p&&isFinite(a(c))}if(g==="o"){for(f++;f<l;f++){if(!o(c.charCodeAt(f)))return!1;p=!0}return p&&isFinite(a(c))}}for(;f<l;f++){if(!n(c.charCodeAt(f)))return!1;p=!0}return p?isFinite(a(c)):!1}function a(c){let l=c,f=1,p=l[0];if((p==="-"||p==="+")&&(p==="-"&&(f=-1),l=l.slice(1),p=l[0]),l==="0")return 0;if(p==="0"){if(l[1]==="b")return f*parseInt(l.slice(2),2);if(l[1]==="x")return f*parseInt(l.slice(2),16);if(l[1]==="o")return f*parseInt(l.slice(2),8)}return f*parseInt(l,10)}function s(c){return a(c)}function u(c){return Object.prototype.toString.call(c)==="[object Number]"&&c%1===0&&!e.isNegativeZero(c)}return su=new t("tag:yaml.org,2002:int",{kind:"scalar",resolve:i,construct:s,predicate:u,represent:{binary:function(c){return c>=0?"0b"+c.toString(2):"-0b"+c.toString(2).slice(1)},octal:function(c){return c>=0?"0o"+c.toString(8):"-0o"+c.toString(8).slice(1)},decimal:function(c){return c.toString(10)},hexadecimal:function(c){return c>=0?"0x"+c.toString(16).toUpperCase():"-0x"+c.toString(16).toUpperCase().slice(1)}},defaultStyle:"decimal",styleAliases:{binary:[2,"bin"],octal:[8,"oct"],decimal:[10,"dec"],hexadecimal:[16,"hex"]}}),su}var cu,Xh;function bv(){if(Xh)return cu;Xh=1;let e=_i(),t=ct(),r=new RegExp("^(?:[-+]?(?:[0-9]+)(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$"),o=new RegExp("^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");function n(c){return c===null||!r.test(c)?!1:isFinite(parseFloat(c,10))?!0:o.test(c)}function i(c){let l=c.toLowerCase(),f=l[0]==="-"?-1:1;return"+-".indexOf(l[0])>=0&&(l=l.slice(1)),l===".inf"?f===1?Number.POSITIVE_INFINITY:Number.NEGATIVE_INFINITY:l===".nan"?NaN:f*parseFloat(l,10)}let a=/^[-+]?[0-9]+e/;function s(c,l){if(isNaN(c))switch(l){case"lowercase":return".nan";case"uppercase":return".NAN";case"camelcase":return".NaN"}else if(Number.POSITIVE_INFINITY===c)switch(l){case"lowercase":return".inf";case"uppercase":return".INF";case"camelcase":return".Inf"}else if(Number.NEGATIVE_INFINITY===c)switch(l){case"lowercase":return"-.inf";case"uppercase":return"-.INF";case"camelcase":return"-.Inf"}else if(e.isNegativeZero(c))return"-0.0";let f=c.toString(10);return a.test(f)?f.replace("e",".e"):f}function u(c){return Object.prototype.toString.call(c)==="[object Number]"&&(c%1!==0||e.isNegativeZero(c))}return cu=new t("tag:yaml.org,2002:float",{kind:"scalar",resolve:n,construct:i,predicate:u,represent:s,defaultStyle:"lowercase"}),cu}var uu,Yh;function yv(){return Yh||(Yh=1,uu=mv().extend({implicit:[gv(),hv(),vv(),bv()]})),uu}var lu,Qh;function $v(){return Qh||(Qh=1,lu=yv()),lu}var du,ev;function wv(){if(ev)return du;ev=1;let e=ct(),t=new RegExp("^([0-9][0-9][0-9][0-9])-([0-9][0-9])-([0-9][0-9])$"),r=new RegExp("^([0-9][0-9][0-9][0-9])-([0-9][0-9]?)-([0-9][0-9]?)(?:[Tt]|[ \\t]+)([0-9][0-9]?):([0-9][0-9]):([0-9][0-9])(?:\\.([0-9]*))?(?:[ \\t]*(Z|([-+])([0-9][0-9]?)(?::([0-9][0-9]))?))?$");function o(a){return a===null?!1:t.exec(a)!==null||r.exec(a)!==null}function n(a){let s=0,u=null,c=t.exec(a);if(c===null&&(c=r.exec(a)),c===null)throw new Error("Date resolve error");let l=+c[1],f=+c[2]-1,p=+c[3];if(!c[4])return new Date(Date.UTC(l,f,p));let g=+c[4],v=+c[5],h=+c[6];if(c[7]){for(s=c[7].slice(0,3);s.length<3;)s+="0";s=+s}if(c[9]){let _=+c[10],$=+(c[11]||0);u=(_*60+$)*6e4,c[9]==="-"&&(u=-u)}let y=new Date(Date.UTC(l,f,p,g,v,h,s));return u&&y.setTime(y.getTime()-u),y}function i(a){return a.toISOString()}return du=new e("tag:yaml.org,2002:timestamp",{kind:"scalar",resolve:o,construct:n,instanceOf:Date,represent:i}),du}var fu,tv;function xv(){if(tv)return fu;tv=1;let e=ct();function t(r){return r==="<<"||r===null}return fu=new e("tag:yaml.org,2002:merge",{kind:"scalar",resolve:t}),fu}var pu,nv;function kv(){if(nv)return pu;nv=1;let e=ct(),t=`ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=
\r`;function r(a){if(a===null)return!1;let s=0,u=a.length,c=t;for(let l=0;l<u;l++){let f=c.indexOf(a.charAt(l));if(!(f>64)){if(f<0)return!1;s+=6}}return s%8===0}function o(a){let s=a.replace(/[\r\n=]/g,""),u=s.length,c=t,l=0,f=[];for(let g=0;g<u;g++)g%4===0&&g&&(f.push(l>>16&255),f.push(l>>8&255),f.push(l&255)),l=l<<6|c.indexOf(s.charAt(g));let p=u%4*6;return p===0?(f.push(l>>16&255),f.push(l>>8&255),f.push(l&255)):p===18?(f.push(l>>10&255),f.push(l>>2&255)):p===12&&f.push(l>>4&255),new Uint8Array(f)}function n(a){let s="",u=0,c=a.length,l=t;for(let p=0;p<c;p++)p%3===0&&p&&(s+=l[u>>18&63],s+=l[u>>12&63],s+=l[u>>6&63],s+=l[u&63]),u=(u<<8)+a[p];let f=c%3;return f===0?(s+=l[u>>18&63],s+=l[u>>12&63],s+=l[u>>6&63],s+=l[u&63]):f===2?(s+=l[u>>10&63],s+=l[u>>4&63],s+=l[u<<2&63],s+=l[64]):f===1&&(s+=l[u>>2&63],s+=l[u<<4&63],s+=l[64],s+=l[64]),s}function i(a){return Object.prototype.toString.call(a)==="[object Uint8Array]"}return pu=new e("tag:yaml.org,2002:binary",{kind:"scalar",resolve:r,construct:o,predicate:i,represent:n}),pu}var mu,rv;function _v(){if(rv)return mu;rv=1;let e=ct(),t=Object.prototype.hasOwnProperty,r=Object.prototype.toString;function o(i){if(i===null)return!0;let a={},s=i;for(let u=0,c=s.length;u<c;u+=1){let l=s[u],f=!1;if(r.call(l)!=="[object Object]")return!1;let p;for(p in l)if(t.call(l,p))if(!f)f=!0;else return!1;if(!f||t.call(a,p))return!1;Object.defineProperty(a,p,{value:!0})}return!0}function n(i){return i!==null?i:[]}return mu=new e("tag:yaml.org,2002:omap",{kind:"sequence",resolve:o,construct:n}),mu}var gu,iv;function Av(){if(iv)return gu;iv=1;let e=ct(),t=Object.prototype.toString;function r(n){if(n===null)return!0;let i=n,a=new Array(i.length);for(let s=0,u=i.length;s<u;s+=1){let c=i[s];if(t.call(c)!=="[object Object]")return!1;let l=Object.keys(c);if(l.length!==1)return!1;a[s]=[l[0],c[l[0]]]}return!0}function o(n){if(n===null)return[];let i=n,a=new Array(i.length);for(let s=0,u=i.length;s<u;s+=1){let c=i[s],l=Object.keys(c);a[s]=[l[0],c[l[0]]]}return a}return gu=new e("tag:yaml.org,2002:pairs",{kind:"sequence",resolve:r,construct:o}),gu}var hu,ov;function Iv(){if(ov)return hu;ov=1;let e=ct(),t=Object.prototype.hasOwnProperty;function r(n){if(n===null)return!0;let i=n;for(let a in i)if(t.call(i,a)&&i[a]!==null)return!1;return!0}function o(n){return n!==null?n:{}}return hu=new e("tag:yaml.org,2002:set",{kind:"mapping",resolve:r,construct:o}),hu}var vu,av;function yu(){return av||(av=1,vu=$v().extend({implicit:[wv(),xv()],explicit:[kv(),_v(),Av(),Iv()]})),vu}var sv;function Ox(){if(sv)return na;sv=1;let e=_i(),t=Ai(),r=Tx(),o=yu(),n=Object.prototype.hasOwnProperty,i=1,a=2,s=3,u=4,c=1,l=2,f=3,p=/[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/,g=/[\x85\u2028\u2029]/,v=/[,\[\]{}]/,h=/^(?:!|!!|![0-9A-Za-z-]+!)$/,y=/^(?:!|[^,\[\]{}])(?:%[0-9a-f]{2}|[0-9a-z\-#;/?:@&=+$,_.!~*'()\[\]])*$/i;function _(d){return Object.prototype.toString.call(d)}function $(d){return d===10||d===13}function x(d){return d===9||d===32}function F(d){return d===9||d===32||d===10||d===13}function B(d){return d===44||d===91||d===93||d===123||d===125}function W(d){if(d>=48&&d<=57)return d-48;let A=d|32;return A>=97&&A<=102?A-97+10:-1}function re(d){return d===120?2:d===117?4:d===85?8:0}function Q(d){return d>=48&&d<=57?d-48:-1}function ee(d){switch(d){case 48:return"\0";case 97:return"\x07";case 98:return"\b";case 116:return"	";case 9:return"	";case 110:return`
`;case 118:return"\v";case 102:return"\f";case 114:return"\r";case 101:return"\x1B";case 32:return" ";case 34:return'"';case 47:return"/";case 92:return"\\";case 78:return"\x85";case 95:return"\xA0";case 76:return"\u2028";case 80:return"\u2029";default:return""}}function D(d){return d<=65535?String.fromCharCode(d):String.fromCharCode((d-65536>>10)+55296,(d-65536&1023)+56320)}function ve(d,A,z){A==="__proto__"?Object.defineProperty(d,A,{configurable:!0,enumerable:!0,writable:!0,value:z}):d[A]=z}let xe=new Array(256),ke=new Array(256);for(let d=0;d<256;d++)xe[d]=ee(d)?1:0,ke[d]=ee(d);function S(d,A){this.input=d,this.filename=A.filename||null,this.schema=A.schema||o,this.onWarning=A.onWarning||null,this.legacy=A.legacy||!1,this.json=A.json||!1,this.listener=A.listener||null,this.maxDepth=typeof A.maxDepth=="number"?A.maxDepth:100,this.maxTotalMergeKeys=typeof A.maxTotalMergeKeys=="number"?A.maxTotalMergeKeys:1e4,this.implicitTypes=this.schema.compiledImplicit,this.typeMap=this.schema.compiledTypeMap,this.length=d.length,this.position=0,this.line=0,this.lineStart=0,this.lineIndent=0,this.depth=0,this.totalMergeKeys=0,this.firstTabInLine=-1,this.documents=[],this.anchorMapTransactions=[]}function P(d,A){let z={name:d.filename,buffer:d.input.slice(0,-1),position:d.position,line:d.line,column:d.position-d.lineStart};return z.snippet=r(z),new t(A,z)}function C(d,A){throw P(d,A)}function X(d,A){d.onWarning&&d.onWarning.call(null,P(d,A))}function ge(d,A,z){let j=d.anchorMapTransactions;if(j.length!==0){let E=j[j.length-1];n.call(E,A)||(E[A]={existed:n.call(d.anchorMap,A),value:d.anchorMap[A]})}d.anchorMap[A]=z}function ze(d){d.anchorMapTransactions.push(Object.create(null))}function _e(d){let A=d.anchorMapTransactions.pop(),z=d.anchorMapTransactions;if(z.length===0)return;let j=z[z.length-1],E=Object.keys(A);for(let m=0,I=E.length;m<I;m+=1){let R=E[m];n.call(j,R)||(j[R]=A[R])}}function ot(d){let A=d.anchorMapTransactions.pop(),z=Object.keys(A);for(let j=z.length-1;j>=0;j-=1){let E=A[z[j]];E.existed?d.anchorMap[z[j]]=E.value:delete d.anchorMap[z[j]]}}function gt(d){return{position:d.position,line:d.line,lineStart:d.lineStart,lineIndent:d.lineIndent,firstTabInLine:d.firstTabInLine,tag:d.tag,anchor:d.anchor,kind:d.kind,result:d.result}}function ht(d,A){d.position=A.position,d.line=A.line,d.lineStart=A.lineStart,d.lineIndent=A.lineIndent,d.firstTabInLine=A.firstTabInLine,d.tag=A.tag,d.anchor=A.anchor,d.kind=A.kind,d.result=A.result}let Pt={YAML:function(A,z,j){A.version!==null&&C(A,"duplication of %YAML directive"),j.length!==1&&C(A,"YAML directive accepts exactly one argument");let E=/^([0-9]+)\.([0-9]+)$/.exec(j[0]);E===null&&C(A,"ill-formed argument of the YAML directive");let m=parseInt(E[1],10),I=parseInt(E[2],10);m!==1&&C(A,"unacceptable YAML version of the document"),A.version=j[0],A.checkLineBreaks=I<2,I!==1&&I!==2&&X(A,"unsupported YAML version of the document")},TAG:function(A,z,j){let E;j.length!==2&&C(A,"TAG directive accepts exactly two arguments");let m=j[0];E=j[1],h.test(m)||C(A,"ill-formed tag handle (first argument) of the TAG directive"),n.call(A.tagMap,m)&&C(A,'there is a previously declared suffix for "'+m+'" tag handle'),y.test(E)||C(A,"ill-formed tag prefix (second argument) of the TAG directive");try{E=decodeURIComponent(E)}catch{C(A,"tag prefix is malformed: "+E)}A.tagMap[m]=E}};function oe(d,A,z,j){if(A<z){let E=d.input.slice(A,z);if(j)for(let m=0,I=E.length;m<I;m+=1){let R=E.charCodeAt(m);R===9||R>=32&&R<=1114111||C(d,"expected valid JSON character")}else p.test(E)&&C(d,"the stream contains non-printable characters");d.result+=E}}function Rt(d){d.totalMergeKeys++,d.maxTotalMergeKeys!==-1&&d.totalMergeKeys>d.maxTotalMergeKeys&&C(d,"merge keys exceeded maxTotalMergeKeys ("+d.maxTotalMergeKeys+")")}function Bn(d,A,z,j){e.isObject(z)||C(d,"cannot merge mappings; the provided source object is unacceptable"),Rt(d);let E=Object.keys(z);for(let m=0,I=E.length;m<I;m+=1){let R=E[m];Rt(d),n.call(A,R)||(ve(A,R,z[R]),j[R]=!0)}}function K(d,A,z,j,E,m,I,R,M){if(Array.isArray(E)){E=Array.prototype.slice.call(E);for(let Z=0,V=E.length;Z<V;Z+=1)Array.isArray(E[Z])&&C(d,"nested arrays are not supported inside keys"),typeof E=="object"&&_(E[Z])==="[object Object]"&&(E[Z]="[object Object]")}if(typeof E=="object"&&_(E)==="[object Object]"&&(E="[object Object]"),E=String(E),A===null&&(A={}),j==="tag:yaml.org,2002:merge")if(Array.isArray(m)){m.length>100&&C(d,"abnormal merge sequence size");for(let Z=0,V=m.length;Z<V;Z+=1)Bn(d,A,m[Z],z)}else Bn(d,A,m,z);else!d.json&&!n.call(z,E)&&n.call(A,E)&&(d.line=I||d.line,d.lineStart=R||d.lineStart,d.position=M||d.position,C(d,"duplicated mapping key")),ve(A,E,m),delete z[E];return A}function Pe(d){let A=d.input.charCodeAt(d.position);A===10?d.position++:A===13?(d.position++,d.input.charCodeAt(d.position)===10&&d.position++):C(d,"a line break is expected"),d.line+=1,d.lineStart=d.position,d.firstTabInLine=-1}function q(d,A,z){let j=0,E=d.input.charCodeAt(d.position);for(;E!==0;){for(;x(E);)E===9&&d.firstTabInLine===-1&&(d.firstTabInLine=d.position),E=d.input.charCodeAt(++d.position);if(A&&E===35)do E=d.input.charCodeAt(++d.position);while(E!==10&&E!==13&&E!==0);if($(E))for(Pe(d),E=d.input.charCodeAt(d.position),j++,d.lineIndent=0;E===32;)d.lineIndent++,E=d.input.charCodeAt(++d.position);else break}return z!==-1&&j!==0&&d.lineIndent<z&&X(d,"deficient indentation"),j}function le(d){let A=d.position,z=d.input.charCodeAt(A);return!!((z===45||z===46)&&z===d.input.charCodeAt(A+1)&&z===d.input.charCodeAt(A+2)&&(A+=3,z=d.input.charCodeAt(A),z===0||F(z)))}function Ae(d,A){A===1?d.result+=" ":A>1&&(d.result+=e.repeat(`
`,A-1))}function Ce(d,A,z){let j,E,m,I,R,M,Z=d.kind,V=d.result,N=d.input.charCodeAt(d.position);if(F(N)||B(N)||N===35||N===38||N===42||N===33||N===124||N===62||N===39||N===34||N===37||N===64||N===96)return!1;if(N===63||N===45){let H=d.input.charCodeAt(d.position+1);if(F(H)||z&&B(H))return!1}for(d.kind="scalar",d.result="",j=E=d.position,m=!1;N!==0;){if(N===58){let H=d.input.charCodeAt(d.position+1);if(F(H)||z&&B(H))break}else if(N===35){let H=d.input.charCodeAt(d.position-1);if(F(H))break}else{if(d.position===d.lineStart&&le(d)||z&&B(N))break;if($(N))if(I=d.line,R=d.lineStart,M=d.lineIndent,q(d,!1,-1),d.lineIndent>=A){m=!0,N=d.input.charCodeAt(d.position);continue}else{d.position=E,d.line=I,d.lineStart=R,d.lineIndent=M;break}}m&&(oe(d,j,E,!1),Ae(d,d.line-I),j=E=d.position,m=!1),x(N)||(E=d.position+1),N=d.input.charCodeAt(++d.position)}return oe(d,j,E,!1),d.result?!0:(d.kind=Z,d.result=V,!1)}function Ie(d,A){let z,j,E=d.input.charCodeAt(d.position);if(E!==39)return!1;for(d.kind="scalar",d.result="",d.position++,z=j=d.position;(E=d.input.charCodeAt(d.position))!==0;)if(E===39)if(oe(d,z,d.position,!0),E=d.input.charCodeAt(++d.position),E===39)z=d.position,d.position++,j=d.position;else return!0;else $(E)?(oe(d,z,j,!0),Ae(d,q(d,!1,A)),z=j=d.position):d.position===d.lineStart&&le(d)?C(d,"unexpected end of the document within a single quoted scalar"):(d.position++,x(E)||(j=d.position));C(d,"unexpected end of the stream within a single quoted scalar")}function at(d,A){let z,j,E,m=d.input.charCodeAt(d.position);if(m!==34)return!1;for(d.kind="scalar",d.result="",d.position++,z=j=d.position;(m=d.input.charCodeAt(d.position))!==0;){if(m===34)return oe(d,z,d.position,!0),d.position++,!0;if(m===92){if(oe(d,z,d.position,!0),m=d.input.charCodeAt(++d.position),$(m))q(d,!1,A);else if(m<256&&xe[m])d.result+=ke[m],d.position++;else if((E=re(m))>0){let I=E,R=0;for(;I>0;I--)m=d.input.charCodeAt(++d.position),(E=W(m))>=0?R=(R<<4)+E:C(d,"expected hexadecimal character");d.result+=D(R),d.position++}else C(d,"unknown escape sequence");z=j=d.position}else $(m)?(oe(d,z,j,!0),Ae(d,q(d,!1,A)),z=j=d.position):d.position===d.lineStart&&le(d)?C(d,"unexpected end of the document within a double quoted scalar"):(d.position++,x(m)||(j=d.position))}C(d,"unexpected end of the stream within a double quoted scalar")}function Ut(d,A){let z=!0,j,E,m,I=d.tag,R,M=d.anchor,Z,V,N,H,te=Object.create(null),ae,ce,me,$e=d.input.charCodeAt(d.position);if($e===91)Z=93,H=!1,R=[];else if($e===123)Z=125,H=!0,R={};else return!1;for(d.anchor!==null&&ge(d,d.anchor,R),$e=d.input.charCodeAt(++d.position);$e!==0;){if(q(d,!0,A),$e=d.input.charCodeAt(d.position),$e===Z)return d.position++,d.tag=I,d.anchor=M,d.kind=H?"mapping":"sequence",d.result=R,!0;if(z?$e===44&&C(d,"expected the node content, but found ','"):C(d,"missed comma between flow collection entries"),ce=ae=me=null,V=N=!1,$e===63){let vn=d.input.charCodeAt(d.position+1);F(vn)&&(V=N=!0,d.position++,q(d,!0,A))}j=d.line,E=d.lineStart,m=d.position,hn(d,A,i,!1,!0),ce=d.tag,ae=d.result,q(d,!0,A),$e=d.input.charCodeAt(d.position),(N||d.line===j)&&$e===58&&(V=!0,$e=d.input.charCodeAt(++d.position),q(d,!0,A),hn(d,A,i,!1,!0),me=d.result),H?K(d,R,te,ce,ae,me,j,E,m):V?R.push(K(d,null,te,ce,ae,me,j,E,m)):R.push(ae),q(d,!0,A),$e=d.input.charCodeAt(d.position),$e===44?(z=!0,$e=d.input.charCodeAt(++d.position)):z=!1}C(d,"unexpected end of the stream within a flow collection")}function st(d,A){let z,j=c,E=!1,m=!1,I=A,R=0,M=!1,Z,V=d.input.charCodeAt(d.position);if(V===124)z=!1;else if(V===62)z=!0;else return!1;for(d.kind="scalar",d.result="";V!==0;)if(V=d.input.charCodeAt(++d.position),V===43||V===45)c===j?j=V===43?f:l:C(d,"repeat of a chomping mode identifier");else if((Z=Q(V))>=0)Z===0?C(d,"bad explicit indentation width of a block scalar; it cannot be less than one"):m?C(d,"repeat of an indentation width identifier"):(I=A+Z-1,m=!0);else break;if(x(V)){do V=d.input.charCodeAt(++d.position);while(x(V));if(V===35)do V=d.input.charCodeAt(++d.position);while(!$(V)&&V!==0)}for(;V!==0;){for(Pe(d),d.lineIndent=0,V=d.input.charCodeAt(d.position);(!m||d.lineIndent<I)&&V===32;)d.lineIndent++,V=d.input.charCodeAt(++d.position);if(!m&&d.lineIndent>I&&(I=d.lineIndent),$(V)){R++;continue}if(!m&&I===0&&C(d,"missing indentation for block scalar"),d.lineIndent<I){j===f?d.result+=e.repeat(`
`,E?1+R:R):j===c&&E&&(d.result+=`
`);break}z?x(V)?(M=!0,d.result+=e.repeat(`
`,E?1+R:R)):M?(M=!1,d.result+=e.repeat(`
`,R+1)):R===0?E&&(d.result+=" "):d.result+=e.repeat(`
`,R):d.result+=e.repeat(`
`,E?1+R:R),E=!0,m=!0,R=0;let N=d.position;for(;!$(V)&&V!==0;)V=d.input.charCodeAt(++d.position);oe(d,N,d.position,!1)}return!0}function Lo(d,A){let z=d.tag,j=d.anchor,E=[],m=!1;if(d.firstTabInLine!==-1)return!1;d.anchor!==null&&ge(d,d.anchor,E);let I=d.input.charCodeAt(d.position);for(;I!==0&&(d.firstTabInLine!==-1&&(d.position=d.firstTabInLine,C(d,"tab characters must not be used in indentation")),I===45);){let R=d.input.charCodeAt(d.position+1);if(!F(R))break;if(m=!0,d.position++,q(d,!0,-1)&&d.lineIndent<=A){E.push(null),I=d.input.charCodeAt(d.position);continue}let M=d.line;if(hn(d,A,s,!1,!0),E.push(d.result),q(d,!0,-1),I=d.input.charCodeAt(d.position),(d.line===M||d.lineIndent>A)&&I!==0)C(d,"bad indentation of a sequence entry");else if(d.lineIndent<A)break}return m?(d.tag=z,d.anchor=j,d.kind="sequence",d.result=E,!0):!1}function Mo(d,A,z){let j,E,m,I,R=d.tag,M=d.anchor,Z={},V=Object.create(null),N=null,H=null,te=null,ae=!1,ce=!1;if(d.firstTabInLine!==-1)return!1;d.anchor!==null&&ge(d,d.anchor,Z);let me=d.input.charCodeAt(d.position);for(;me!==0;){!ae&&d.firstTabInLine!==-1&&(d.position=d.firstTabInLine,C(d,"tab characters must not be used in indentation"));let $e=d.input.charCodeAt(d.position+1),vn=d.line;if((me===63||me===58)&&F($e))me===63?(ae&&(K(d,Z,V,N,H,null,E,m,I),N=H=te=null),ce=!0,ae=!0,j=!0):ae?(ae=!1,j=!0):C(d,"incomplete explicit mapping pair; a key node is missed; or followed by a non-tabulated empty line"),d.position+=1,me=$e;else{if(E=d.line,m=d.lineStart,I=d.position,!hn(d,z,a,!1,!0))break;if(d.line===vn){for(me=d.input.charCodeAt(d.position);x(me);)me=d.input.charCodeAt(++d.position);if(me===58)me=d.input.charCodeAt(++d.position),F(me)||C(d,"a whitespace character is expected after the key-value separator within a block mapping"),ae&&(K(d,Z,V,N,H,null,E,m,I),N=H=te=null),ce=!0,ae=!1,j=!1,N=d.tag,H=d.result;else if(ce)C(d,"can not read an implicit mapping pair; a colon is missed");else return d.tag=R,d.anchor=M,!0}else if(ce)C(d,"can not read a block mapping entry; a multiline key may not be an implicit key");else return d.tag=R,d.anchor=M,!0}if((d.line===vn||d.lineIndent>A)&&(ae&&(E=d.line,m=d.lineStart,I=d.position),hn(d,A,u,!0,j)&&(ae?H=d.result:te=d.result),ae||(K(d,Z,V,N,H,te,E,m,I),N=H=te=null),q(d,!0,-1),me=d.input.charCodeAt(d.position)),(d.line===vn||d.lineIndent>A)&&me!==0)C(d,"bad indentation of a mapping entry");else if(d.lineIndent<A)break}return ae&&K(d,Z,V,N,H,null,E,m,I),ce&&(d.tag=R,d.anchor=M,d.kind="mapping",d.result=Z),ce}function qo(d){let A=!1,z=!1,j,E,m=d.input.charCodeAt(d.position);if(m!==33)return!1;d.tag!==null&&C(d,"duplication of a tag property"),m=d.input.charCodeAt(++d.position),m===60?(A=!0,m=d.input.charCodeAt(++d.position)):m===33?(z=!0,j="!!",m=d.input.charCodeAt(++d.position)):j="!";let I=d.position;if(A){do m=d.input.charCodeAt(++d.position);while(m!==0&&m!==62);d.position<d.length?(E=d.input.slice(I,d.position),m=d.input.charCodeAt(++d.position)):C(d,"unexpected end of the stream within a verbatim tag")}else{for(;m!==0&&!F(m);)m===33&&(z?C(d,"tag suffix cannot contain exclamation marks"):(j=d.input.slice(I-1,d.position+1),h.test(j)||C(d,"named tag handle cannot contain such characters"),z=!0,I=d.position+1)),m=d.input.charCodeAt(++d.position);E=d.input.slice(I,d.position),v.test(E)&&C(d,"tag suffix cannot contain flow indicator characters")}E&&!y.test(E)&&C(d,"tag name cannot contain such characters: "+E);try{E=decodeURIComponent(E)}catch{C(d,"tag name is malformed: "+E)}return A?d.tag=E:n.call(d.tagMap,j)?d.tag=d.tagMap[j]+E:j==="!"?d.tag="!"+E:j==="!!"?d.tag="tag:yaml.org,2002:"+E:C(d,'undeclared tag handle "'+j+'"'),!0}function Bo(d){let A=d.input.charCodeAt(d.position);if(A!==38)return!1;d.anchor!==null&&C(d,"duplication of an anchor property"),A=d.input.charCodeAt(++d.position);let z=d.position;for(;A!==0&&!F(A)&&!B(A);)A=d.input.charCodeAt(++d.position);return d.position===z&&C(d,"name of an anchor node must contain at least one character"),d.anchor=d.input.slice(z,d.position),!0}function Lc(d){let A=d.input.charCodeAt(d.position);if(A!==42)return!1;A=d.input.charCodeAt(++d.position);let z=d.position;for(;A!==0&&!F(A)&&!B(A);)A=d.input.charCodeAt(++d.position);d.position===z&&C(d,"name of an alias node must contain at least one character");let j=d.input.slice(z,d.position);return n.call(d.anchorMap,j)||C(d,'unidentified alias "'+j+'"'),d.result=d.anchorMap[j],q(d,!0,-1),!0}function Zo(d,A,z,j){let E=gt(d);return ze(d),ht(d,A),d.tag=null,d.anchor=null,d.kind=null,d.result=null,Mo(d,z,j)&&d.kind==="mapping"?(_e(d),!0):(ot(d),ht(d,E),!1)}function hn(d,A,z,j,E){let m,I,R=1,M=!1,Z=!1,V=null,N,H,te;d.depth>=d.maxDepth&&C(d,"nesting exceeded maxDepth ("+d.maxDepth+")"),d.depth+=1,d.listener!==null&&d.listener("open",d),d.tag=null,d.anchor=null,d.kind=null,d.result=null;let ae=m=I=u===z||s===z;if(j&&q(d,!0,-1)&&(M=!0,d.lineIndent>A?R=1:d.lineIndent===A?R=0:d.lineIndent<A&&(R=-1)),R===1)for(;;){let ce=d.input.charCodeAt(d.position),me=gt(d);if(M&&(ce===33&&d.tag!==null||ce===38&&d.anchor!==null)||!qo(d)&&!Bo(d))break;V===null&&(V=me),q(d,!0,-1)?(M=!0,I=ae,d.lineIndent>A?R=1:d.lineIndent===A?R=0:d.lineIndent<A&&(R=-1)):I=!1}if(I&&(I=M||E),R===1||u===z)if(i===z||a===z?H=A:H=A+1,te=d.position-d.lineStart,R===1)if(I&&(Lo(d,te)||Mo(d,te,H))||Ut(d,H))Z=!0;else{let ce=d.input.charCodeAt(d.position);V!==null&&ae&&!I&&ce!==124&&ce!==62&&Zo(d,V,V.position-V.lineStart,H)||m&&st(d,H)||Ie(d,H)||at(d,H)?Z=!0:Lc(d)?(Z=!0,(d.tag!==null||d.anchor!==null)&&C(d,"alias node should not have any properties")):Ce(d,H,i===z)&&(Z=!0,d.tag===null&&(d.tag="?")),d.anchor!==null&&ge(d,d.anchor,d.result)}else R===0&&(Z=I&&Lo(d,te));if(d.tag===null)d.anchor!==null&&ge(d,d.anchor,d.result);else if(d.tag==="?"){d.result!==null&&d.kind!=="scalar"&&C(d,'unacceptable node kind for !<?> tag; it should be "scalar", not "'+d.kind+'"');for(let ce=0,me=d.implicitTypes.length;ce<me;ce+=1)if(N=d.implicitTypes[ce],N.resolve(d.result)){d.result=N.construct(d.result),d.tag=N.tag,d.anchor!==null&&ge(d,d.anchor,d.result);break}}else if(d.tag!=="!"){if(n.call(d.typeMap[d.kind||"fallback"],d.tag))N=d.typeMap[d.kind||"fallback"][d.tag];else{N=null;let ce=d.typeMap.multi[d.kind||"fallback"];for(let me=0,$e=ce.length;me<$e;me+=1)if(d.tag.slice(0,ce[me].tag.length)===ce[me].tag){N=ce[me];break}}N||C(d,"unknown tag !<"+d.tag+">"),d.result!==null&&N.kind!==d.kind&&C(d,"unacceptable node kind for !<"+d.tag+'> tag; it should be "'+N.kind+'", not "'+d.kind+'"'),N.resolve(d.result,d.tag)?(d.result=N.construct(d.result,d.tag),d.anchor!==null&&ge(d,d.anchor,d.result)):C(d,"cannot resolve a node with !<"+d.tag+"> explicit tag")}return d.listener!==null&&d.listener("close",d),d.depth-=1,d.tag!==null||d.anchor!==null||Z}function Mc(d){let A=d.position,z=!1,j;for(d.version=null,d.checkLineBreaks=d.legacy,d.tagMap=Object.create(null),d.anchorMap=Object.create(null);(j=d.input.charCodeAt(d.position))!==0&&(q(d,!0,-1),j=d.input.charCodeAt(d.position),!(d.lineIndent>0||j!==37));){z=!0,j=d.input.charCodeAt(++d.position);let E=d.position;for(;j!==0&&!F(j);)j=d.input.charCodeAt(++d.position);let m=d.input.slice(E,d.position),I=[];for(m.length<1&&C(d,"directive name must not be less than one character in length");j!==0;){for(;x(j);)j=d.input.charCodeAt(++d.position);if(j===35){do j=d.input.charCodeAt(++d.position);while(j!==0&&!$(j));break}if($(j))break;for(E=d.position;j!==0&&!F(j);)j=d.input.charCodeAt(++d.position);I.push(d.input.slice(E,d.position))}j!==0&&Pe(d),n.call(Pt,m)?Pt[m](d,m,I):X(d,'unknown document directive "'+m+'"')}if(q(d,!0,-1),d.lineIndent===0&&d.input.charCodeAt(d.position)===45&&d.input.charCodeAt(d.position+1)===45&&d.input.charCodeAt(d.position+2)===45?(d.position+=3,q(d,!0,-1)):z&&C(d,"directives end mark is expected"),hn(d,d.lineIndent-1,u,!1,!0),q(d,!0,-1),d.checkLineBreaks&&g.test(d.input.slice(A,d.position))&&X(d,"non-ASCII line breaks are interpreted as content"),d.documents.push(d.result),d.position===d.lineStart&&le(d)){d.input.charCodeAt(d.position)===46&&(d.position+=3,q(d,!0,-1));return}d.position<d.length-1&&C(d,"end of the stream or a document separator is expected")}function bi(d,A){d=String(d),A=A||{},d.length!==0&&(d.charCodeAt(d.length-1)!==10&&d.charCodeAt(d.length-1)!==13&&(d+=`
`),d.charCodeAt(0)===65279&&(d=d.slice(1)));let z=new S(d,A),j=d.indexOf("\0");for(j!==-1&&(z.position=j,C(z,"null byte is not allowed in input")),z.input+="\0";z.input.charCodeAt(z.position)===32;)z.lineIndent+=1,z.position+=1;for(;z.position<z.length-1;)Mc(z);return z.documents}function qc(d,A,z){A!==null&&typeof A=="object"&&typeof z>"u"&&(z=A,A=null);let j=bi(d,z);if(typeof A!="function")return j;for(let E=0,m=j.length;E<m;E+=1)A(j[E])}function Bc(d,A){let z=bi(d,A);if(z.length!==0){if(z.length===1)return z[0];throw new t("expected a single document in the stream, but found more")}}return na.loadAll=qc,na.load=Bc,na}var bu={},cv;function Ux(){if(cv)return bu;cv=1;let e=_i(),t=Ai(),r=yu(),o=Object.prototype.toString,n=Object.prototype.hasOwnProperty,i=65279,a=9,s=10,u=13,c=32,l=33,f=34,p=35,g=37,v=38,h=39,y=42,_=44,$=45,x=58,F=61,B=62,W=63,re=64,Q=91,ee=93,D=96,ve=123,xe=124,ke=125,S={};S[0]="\\0",S[7]="\\a",S[8]="\\b",S[9]="\\t",S[10]="\\n",S[11]="\\v",S[12]="\\f",S[13]="\\r",S[27]="\\e",S[34]='\\"',S[92]="\\\\",S[133]="\\N",S[160]="\\_",S[8232]="\\L",S[8233]="\\P";let P=["y","Y","yes","Yes","YES","on","On","ON","n","N","no","No","NO","off","Off","OFF"],C=/^[-+]?[0-9_]+(?::[0-9_]+)+(?:\.[0-9_]*)?$/;function X(m,I){if(I===null)return{};let R={},M=Object.keys(I);for(let Z=0,V=M.length;Z<V;Z+=1){let N=M[Z],H=String(I[N]);N.slice(0,2)==="!!"&&(N="tag:yaml.org,2002:"+N.slice(2));let te=m.compiledTypeMap.fallback[N];te&&n.call(te.styleAliases,H)&&(H=te.styleAliases[H]),R[N]=H}return R}function ge(m){let I,R,M=m.toString(16).toUpperCase();if(m<=255)I="x",R=2;else if(m<=65535)I="u",R=4;else if(m<=4294967295)I="U",R=8;else throw new t("code point within a string may not be greater than 0xFFFFFFFF");return"\\"+I+e.repeat("0",R-M.length)+M}let ze=1,_e=2;function ot(m){this.schema=m.schema||r,this.indent=Math.max(1,m.indent||2),this.noArrayIndent=m.noArrayIndent||!1,this.skipInvalid=m.skipInvalid||!1,this.flowLevel=e.isNothing(m.flowLevel)?-1:m.flowLevel,this.styleMap=X(this.schema,m.styles||null),this.sortKeys=m.sortKeys||!1,this.lineWidth=m.lineWidth||80,this.noRefs=m.noRefs||!1,this.noCompatMode=m.noCompatMode||!1,this.condenseFlow=m.condenseFlow||!1,this.quotingType=m.quotingType==='"'?_e:ze,this.forceQuotes=m.forceQuotes||!1,this.replacer=typeof m.replacer=="function"?m.replacer:null,this.implicitTypes=this.schema.compiledImplicit,this.explicitTypes=this.schema.compiledExplicit,this.tag=null,this.result="",this.duplicates=[],this.usedDuplicates=null}function gt(m,I){let R=e.repeat(" ",I),M=0,Z="",V=m.length;for(;M<V;){let N,H=m.indexOf(`
`,M);H===-1?(N=m.slice(M),M=V):(N=m.slice(M,H+1),M=H+1),N.length&&N!==`
`&&(Z+=R),Z+=N}return Z}function ht(m,I){return`
`+e.repeat(" ",m.indent*I)}function Pt(m,I){for(let R=0,M=m.implicitTypes.length;R<M;R+=1)if(m.implicitTypes[R].resolve(I))return!0;return!1}function oe(m){return m===c||m===a}function Rt(m){return m>=32&&m<=126||m>=161&&m<=55295&&m!==8232&&m!==8233||m>=57344&&m<=65533&&m!==i||m>=65536&&m<=1114111}function Bn(m){return Rt(m)&&m!==i&&m!==u&&m!==s}function K(m,I,R){let M=Bn(m),Z=M&&!oe(m);return(R?M:M&&m!==_&&m!==Q&&m!==ee&&m!==ve&&m!==ke)&&m!==p&&!(I===x&&!Z)||Bn(I)&&!oe(I)&&m===p||I===x&&Z}function Pe(m){return Rt(m)&&m!==i&&!oe(m)&&m!==$&&m!==W&&m!==x&&m!==_&&m!==Q&&m!==ee&&m!==ve&&m!==ke&&m!==p&&m!==v&&m!==y&&m!==l&&m!==xe&&m!==F&&m!==B&&m!==h&&m!==f&&m!==g&&m!==re&&m!==D}function q(m){return!oe(m)&&m!==x}function le(m,I){let R=m.charCodeAt(I),M;return R>=55296&&R<=56319&&I+1<m.length&&(M=m.charCodeAt(I+1),M>=56320&&M<=57343)?(R-55296)*1024+M-56320+65536:R}function Ae(m){return/^\n* /.test(m)}let Ce=1,Ie=2,at=3,Ut=4,st=5;function Lo(m,I,R,M,Z,V,N,H){let te,ae=0,ce=null,me=!1,$e=!1,vn=M!==-1,yi=-1,$i=Pe(le(m,0))&&q(le(m,m.length-1));if(I||N)for(te=0;te<m.length;ae>=65536?te+=2:te++){if(ae=le(m,te),!Rt(ae))return st;$i=$i&&K(ae,ce,H),ce=ae}else{for(te=0;te<m.length;ae>=65536?te+=2:te++){if(ae=le(m,te),ae===s)me=!0,vn&&($e=$e||te-yi-1>M&&m[yi+1]!==" ",yi=te);else if(!Rt(ae))return st;$i=$i&&K(ae,ce,H),ce=ae}$e=$e||vn&&te-yi-1>M&&m[yi+1]!==" "}return!me&&!$e?$i&&!N&&!Z(m)?Ce:V===_e?st:Ie:R>9&&Ae(m)?st:N?V===_e?st:Ie:$e?Ut:at}function Mo(m,I,R,M,Z){m.dump=(function(){if(I.length===0)return m.quotingType===_e?'""':"''";if(!m.noCompatMode&&(P.indexOf(I)!==-1||C.test(I)))return m.quotingType===_e?'"'+I+'"':"'"+I+"'";let V=m.indent*Math.max(1,R),N=m.lineWidth===-1?-1:Math.max(Math.min(m.lineWidth,40),m.lineWidth-V),H=M||m.flowLevel>-1&&R>=m.flowLevel;function te(ae){return Pt(m,ae)}switch(Lo(I,H,m.indent,N,te,m.quotingType,m.forceQuotes&&!M,Z)){case Ce:return I;case Ie:return"'"+I.replace(/'/g,"''")+"'";case at:return"|"+qo(I,m.indent)+Bo(gt(I,V));case Ut:return">"+qo(I,m.indent)+Bo(gt(Lc(I,N),V));case st:return'"'+hn(I)+'"';default:throw new t("impossible error: invalid scalar style")}})()}function qo(m,I){let R=Ae(m)?String(I):"",M=m[m.length-1]===`
`,V=M&&(m[m.length-2]===`
`||m===`
`)?"+":M?"":"-";return R+V+`
`}function Bo(m){return m[m.length-1]===`
`?m.slice(0,-1):m}function Lc(m,I){let R=/(\n+)([^\n]*)/g,M=(function(){let H=m.indexOf(`
`);return H=H!==-1?H:m.length,R.lastIndex=H,Zo(m.slice(0,H),I)})(),Z=m[0]===`
`||m[0]===" ",V,N;for(;N=R.exec(m);){let H=N[1],te=N[2];V=te[0]===" ",M+=H+(!Z&&!V&&te!==""?`
`:"")+Zo(te,I),Z=V}return M}function Zo(m,I){if(m===""||m[0]===" ")return m;let R=/ [^ ]/g,M,Z=0,V,N=0,H=0,te="";for(;M=R.exec(m);)H=M.index,H-Z>I&&(V=N>Z?N:H,te+=`
`+m.slice(Z,V),Z=V+1),N=H;return te+=`
`,m.length-Z>I&&N>Z?te+=m.slice(Z,N)+`
`+m.slice(N+1):te+=m.slice(Z),te.slice(1)}function hn(m){let I="",R=0;for(let M=0;M<m.length;R>=65536?M+=2:M++){R=le(m,M);let Z=S[R];!Z&&Rt(R)?(I+=m[M],R>=65536&&(I+=m[M+1])):I+=Z||ge(R)}return I}function Mc(m,I,R){let M="",Z=m.tag;for(let V=0,N=R.length;V<N;V+=1){let H=R[V];m.replacer&&(H=m.replacer.call(R,String(V),H)),(A(m,I,H,!1,!1)||typeof H>"u"&&A(m,I,null,!1,!1))&&(M!==""&&(M+=","+(m.condenseFlow?"":" ")),M+=m.dump)}m.tag=Z,m.dump="["+M+"]"}function bi(m,I,R,M){let Z="",V=m.tag;for(let N=0,H=R.length;N<H;N+=1){let te=R[N];m.replacer&&(te=m.replacer.call(R,String(N),te)),(A(m,I+1,te,!0,!0,!1,!0)||typeof te>"u"&&A(m,I+1,null,!0,!0,!1,!0))&&((!M||Z!=="")&&(Z+=ht(m,I)),m.dump&&s===m.dump.charCodeAt(0)?Z+="-":Z+="- ",Z+=m.dump)}m.tag=V,m.dump=Z||"[]"}function qc(m,I,R){let M="",Z=m.tag,V=Object.keys(R);for(let N=0,H=V.length;N<H;N+=1){let te="";M!==""&&(te+=", "),m.condenseFlow&&(te+='"');let ae=V[N],ce=R[ae];m.replacer&&(ce=m.replacer.call(R,ae,ce)),A(m,I,ae,!1,!1)&&(m.dump.length>1024&&(te+="? "),te+=m.dump+(m.condenseFlow?'"':"")+":"+(m.condenseFlow?"":" "),A(m,I,ce,!1,!1)&&(te+=m.dump,M+=te))}m.tag=Z,m.dump="{"+M+"}"}function Bc(m,I,R,M){let Z="",V=m.tag,N=Object.keys(R);if(m.sortKeys===!0)N.sort();else if(typeof m.sortKeys=="function")N.sort(m.sortKeys);else if(m.sortKeys)throw new t("sortKeys must be a boolean or a function");for(let H=0,te=N.length;H<te;H+=1){let ae="";(!M||Z!=="")&&(ae+=ht(m,I));let ce=N[H],me=R[ce];if(m.replacer&&(me=m.replacer.call(R,ce,me)),!A(m,I+1,ce,!0,!0,!0))continue;let $e=m.tag!==null&&m.tag!=="?"||m.dump&&m.dump.length>1024;$e&&(m.dump&&s===m.dump.charCodeAt(0)?ae+="?":ae+="? "),ae+=m.dump,$e&&(ae+=ht(m,I)),A(m,I+1,me,!0,$e)&&(m.dump&&s===m.dump.charCodeAt(0)?ae+=":":ae+=": ",ae+=m.dump,Z+=ae)}m.tag=V,m.dump=Z||"{}"}function d(m,I,R){let M=R?m.explicitTypes:m.implicitTypes;for(let Z=0,V=M.length;Z<V;Z+=1){let N=M[Z];if((N.instanceOf||N.predicate)&&(!N.instanceOf||typeof I=="object"&&I instanceof N.instanceOf)&&(!N.predicate||N.predicate(I))){if(R?N.multi&&N.representName?m.tag=N.representName(I):m.tag=N.tag:m.tag="?",N.represent){let H=m.styleMap[N.tag]||N.defaultStyle,te;if(o.call(N.represent)==="[object Function]")te=N.represent(I,H);else if(n.call(N.represent,H))te=N.represent[H](I,H);else throw new t("!<"+N.tag+'> tag resolver accepts not "'+H+'" style');m.dump=te}return!0}}return!1}function A(m,I,R,M,Z,V,N){m.tag=null,m.dump=R,d(m,R,!1)||d(m,R,!0);let H=o.call(m.dump),te=M;M&&(M=m.flowLevel<0||m.flowLevel>I);let ae=H==="[object Object]"||H==="[object Array]",ce,me;if(ae&&(ce=m.duplicates.indexOf(R),me=ce!==-1),(m.tag!==null&&m.tag!=="?"||me||m.indent!==2&&I>0)&&(Z=!1),me&&m.usedDuplicates[ce])m.dump="*ref_"+ce;else{if(ae&&me&&!m.usedDuplicates[ce]&&(m.usedDuplicates[ce]=!0),H==="[object Object]")M&&Object.keys(m.dump).length!==0?(Bc(m,I,m.dump,Z),me&&(m.dump="&ref_"+ce+m.dump)):(qc(m,I,m.dump),me&&(m.dump="&ref_"+ce+" "+m.dump));else if(H==="[object Array]")M&&m.dump.length!==0?(m.noArrayIndent&&!N&&I>0?bi(m,I-1,m.dump,Z):bi(m,I,m.dump,Z),me&&(m.dump="&ref_"+ce+m.dump)):(Mc(m,I,m.dump),me&&(m.dump="&ref_"+ce+" "+m.dump));else if(H==="[object String]")m.tag!=="?"&&Mo(m,m.dump,I,V,te);else{if(H==="[object Undefined]")return!1;if(m.skipInvalid)return!1;throw new t("unacceptable kind of an object to dump "+H)}if(m.tag!==null&&m.tag!=="?"){let $e=encodeURI(m.tag[0]==="!"?m.tag.slice(1):m.tag).replace(/!/g,"%21");m.tag[0]==="!"?$e="!"+$e:$e.slice(0,18)==="tag:yaml.org,2002:"?$e="!!"+$e.slice(18):$e="!<"+$e+">",m.dump=$e+" "+m.dump}}return!0}function z(m,I){let R=[],M=[];j(m,R,M);let Z=M.length;for(let V=0;V<Z;V+=1)I.duplicates.push(R[M[V]]);I.usedDuplicates=new Array(Z)}function j(m,I,R){if(m!==null&&typeof m=="object"){let M=I.indexOf(m);if(M!==-1)R.indexOf(M)===-1&&R.push(M);else if(I.push(m),Array.isArray(m))for(let Z=0,V=m.length;Z<V;Z+=1)j(m[Z],I,R);else{let Z=Object.keys(m);for(let V=0,N=Z.length;V<N;V+=1)j(m[Z[V]],I,R)}}}function E(m,I){I=I||{};let R=new ot(I);R.noRefs||z(m,R);let M=m;return R.replacer&&(M=R.replacer.call({"":M},"",M)),A(R,0,M,!0,!0)?R.dump+`
`:""}return bu.dump=E,bu}var uv;function Nx(){if(uv)return rt;uv=1;let e=Ox(),t=Ux();function r(o,n){return function(){throw new Error("Function yaml."+o+" is removed in js-yaml 4. Use yaml."+n+" instead, which is now safe by default.")}}return rt.Type=ct(),rt.Schema=lv(),rt.FAILSAFE_SCHEMA=mv(),rt.JSON_SCHEMA=yv(),rt.CORE_SCHEMA=$v(),rt.DEFAULT_SCHEMA=yu(),rt.load=e.load,rt.loadAll=e.loadAll,rt.dump=t.dump,rt.YAMLException=Ai(),rt.types={binary:kv(),float:bv(),map:pv(),null:gv(),pairs:Av(),set:Iv(),timestamp:wv(),bool:hv(),int:vv(),merge:xv(),omap:_v(),seq:fv(),str:dv()},rt.safeLoad=r("safeLoad","load"),rt.safeLoadAll=r("safeLoadAll","loadAll"),rt.safeDump=r("safeDump","dump"),rt}var zx=Nx(),sn=Ex(zx),{Type:tT,Schema:nT,FAILSAFE_SCHEMA:rT,JSON_SCHEMA:iT,CORE_SCHEMA:oT,DEFAULT_SCHEMA:aT,load:sT,loadAll:cT,dump:uT,YAMLException:lT,types:dT,safeLoad:fT,safeLoadAll:pT,safeDump:mT}=sn;var Vn=8*1024*1024,Ii=1e5,ra=1e4,$r=100;function Sv(e,t){let r=Cx(e);if(r>Vn)throw new J(`file is ${r} bytes, over the ${Vn}-byte limit`,{file:t},"split it into several manifests (genspend accepts globs)");if(e.includes("\0")||e.includes("\uFFFD"))throw new J("file is binary, not YAML text",{file:t},"point genspend at a UTF-8 YAML manifest");if(e.trim()===""||/^(\s*#.*\n?)*\s*$/.test(e))throw new J("file is empty",{file:t},"add `version: 1` and a `workloads:` list (see examples/genspend.yml)")}function Cx(e){if(!/[^\x00-\x7f]/.test(e))return e.length;let t=0;for(let r=0;r<e.length;r++){let o=e.charCodeAt(r);o<128?t+=1:o<2048?t+=2:o>=55296&&o<=56319?(t+=4,r++):t+=3}return t}var jx=/^(?:~|null|Null|NULL)?$/,Fx=/^(?:true|True|TRUE|false|False|FALSE)$/,Lx=/^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$/,Mx=/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/,Pv=/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,qx=/^-?[0-9]{1,15}$/;function Bx(e){return qx.test(e)?new bt(Number(e)):new bt(/^0[ox]/.test(e)?BigInt(e).toString():e.replace(/^\+/,""))}function Zx(e){return/nan/i.test(e)?NaN:e.startsWith("-")?-1/0:1/0}var ia=(e,t,r)=>new sn.Type(`tag:yaml.org,2002:${e}`,{kind:"scalar",resolve:o=>typeof o=="string"&&t.test(o),construct:r}),Vx=e=>["scalar","sequence","mapping"].map(t=>new sn.Type("",{kind:t,multi:!0,resolve:(r,o)=>e(o??"")}));function Rv(e,t){let r=o=>e?Bx(o):Number(o.replace(/^\+/,""));return sn.FAILSAFE_SCHEMA.extend({implicit:[ia("null",jx,()=>null),ia("bool",Fx,o=>o.toLowerCase()==="true"),ia("int",Lx,r),ia("float",new RegExp(`${Mx.source}|${Pv.source}`),o=>Pv.test(o)?Zx(o):r(o)),new sn.Type("tag:yaml.org,2002:merge",{kind:"scalar",resolve:o=>o==="<<"})],explicit:Vx(t)})}var Dv=/[ \t]*\*([^\s,[\]{}]+)/y,Ev=/(?:\s|#[^\n]*(?![^\n]))*:/y,Gx="tag:yaml.org,2002:merge",$u=/[ \t]*/y;function oa(e,t,r={}){Sv(e,t);let o=_=>({file:t,line:_}),n=[],i=new WeakMap,a=new WeakMap,s=new WeakMap,u=0,c=0,l=0,f=0,p,g=_=>{throw new J(`unsupported tag \`${_.replace(/^tag:yaml\.org,2002:/,"!!")}\``,o((p?.line??0)+1),"remove the tag: a manifest holds only text, numbers, true/false, lists and mappings")},v=_=>{let $=_.line+1;if(_.depth>$r+1)throw Tv(o($));let x=n.at(-1);if(x){for(;x.children.length>0&&x.children.at(-1).position>=_.position;)x.children.pop();x.children.length===0&&x.anchor===void 0&&(x.anchor=_.anchor)}else{if(l++>0)throw Wx(_.input,f,_.position,t);if(_.version!==null&&_.version!=="1.2")throw Jx(_.version,_.input,_.position,t)}Dv.lastIndex=_.position;let F=Dv.exec(_.input)?.[1];if(F!==void 0&&n.some(B=>B.anchor===F))throw new J(`alias \`*${F}\` is inside the value it names`,o($),"an alias cannot repeat its own parent");if(F!==void 0&&!Object.prototype.hasOwnProperty.call(_.anchorMap,F))throw new J(`undefined alias \`*${F}\``,o($),`define the anchor \`&${F}\` on a value before this alias, or write the value out`);n.push({line:$,position:_.position,children:[],merging:!1})},h=_=>{let $=n.pop(),x=_.result,F=_.kind==="mapping"||_.kind==="sequence",B=_.kind===null&&x!==null&&$.children.length===0,W=1;if(B){if(W=typeof x=="object"&&a.get(x)||1,u+=W,u>Ii||++c>ra)throw new J(u>Ii?`aliases expand to more than ${Ii.toLocaleString("en-US")} values`:`more than ${ra.toLocaleString("en-US")} aliases`,o($.line),"write the values out instead of nesting aliases")}else if(F){if(_.depth>$r)throw Tv(o($.line));for(let xe of $.children)W+=xe.size;a.has(x)||(a.set(x,W),i.set(x,Hx(x,$.children)),r.ranges&&_.kind==="mapping"&&s.set(x,Kx($.children)))}let re=n.at(-1);if(!re){f=_.position;return}Ev.lastIndex=_.position;let Q=Ev.test(_.input),ee=F&&$.children.length>0?$.children[0].line:$.line;if(Q&&x!==null&&typeof x=="object"&&(Array.isArray(x)||wu(x)))throw new J("a key is a list or mapping",o(ee),"keys are plain text: remove the `?` or the brackets around the key");if(re.merging&&(re.merging=!1,!(wu(x)||Array.isArray(x)&&x.every(wu))))throw new J("`<<` merges a mapping or a list of mappings into this one",o(ee),"merge an anchored mapping (`<<: *defaults`), or remove the `<<` key");let D=Q&&_.tag===Gx;D&&(re.merging=!0);let ve={value:x,line:ee,position:$.position,size:W,key:Q,merge:D};r.ranges&&_.kind==="scalar"&&($u.lastIndex=$.position,$u.test(_.input),ve.range=[$u.lastIndex,_.position]),re.children.push(ve)},y;try{y=sn.load(e,{filename:t,schema:Rv(r.exactNumbers??!0,g),maxDepth:$r+2,maxTotalMergeKeys:-1,listener(_,$){p=$,_==="open"?v(p):h(p)}})}catch(_){throw _ instanceof sn.YAMLException?new J(`invalid YAML: ${_.reason}`,o(_.mark.line+1),"fix the YAML syntax at that line"):_}return{value:y,lineOf(_){let $=y,x=1;for(let F of _){if($===null||typeof $!="object")break;let B=i.get($)?.get(Array.isArray($)?F:String(F));if(B===void 0)break;x=B,$=$[F]}return x},rangeOf(_){let $=y;for(let x of _.slice(0,-1)){if($===null||typeof $!="object")return;$=$[x]}return $!==null&&typeof $=="object"?s.get($)?.get(String(_.at(-1))):void 0}}}function Kx(e){let t=new Map;return e.forEach((r,o)=>{let n=e[o+1];r.key&&n&&!n.key&&n.range&&t.set(String(r.value),n.range)}),t}function Hx(e,t){let r=new Map;if(Array.isArray(e))return t.length===e.length&&t.forEach((n,i)=>r.set(i,n.line)),r;let o;for(let n of t)n.key&&(n.merge?o??=n.line:r.set(String(n.value),n.line));if(o!==void 0)for(let n of Object.keys(e))r.has(n)||r.set(n,o);return r}function wu(e){if(e===null||typeof e!="object")return!1;let t=Object.getPrototypeOf(e);return t===Object.prototype||t===null}function Tv(e){return new J(`nesting too deep (more than ${$r} levels)`,e,"a manifest nests four levels: a mapping, its `workloads` list, each workload, its values")}function Ov(e,t){let r=1;for(let o=e.indexOf(`
`);o!==-1&&o<t;o=e.indexOf(`
`,o+1))r++;return r}function Wx(e,t,r,o){let n=/^---/m.exec(e.slice(t,r));return new J("a second YAML document starts here",{file:o,line:Ov(e,n?t+n.index:r)},"keep one document per manifest: remove the `---` line and what follows, or move it to a file of its own")}function Jx(e,t,r,o){let n=/^%YAML/m.exec(t.slice(0,r));return new J(`\`%YAML ${e}\` directive: genspend reads YAML 1.2 only, whose numbers and booleans differ from YAML 1.1 (\`010\`, \`yes\`)`,{file:o,line:Ov(t,n?n.index:0)},"remove the `%YAML` line (and check numbers with leading zeros and yes/no values)")}var b={};rn(b,{$brand:()=>Nu,$input:()=>cf,$output:()=>sf,INVALID:()=>dt,NEVER:()=>Uu,TimePrecision:()=>$f,ZodAny:()=>sm,ZodArray:()=>dm,ZodBase64:()=>tc,ZodBase64URL:()=>nc,ZodBigInt:()=>ii,ZodBigIntFormat:()=>oc,ZodBoolean:()=>ri,ZodCIDRv4:()=>Qs,ZodCIDRv6:()=>ec,ZodCUID:()=>Gs,ZodCUID2:()=>Ks,ZodCatch:()=>Tm,ZodCodec:()=>xo,ZodCompileAsyncError:()=>Mt,ZodCompileUnsupportedError:()=>we,ZodCreditCard:()=>Qp,ZodCustom:()=>ko,ZodCustomStringFormat:()=>cr,ZodDate:()=>ho,ZodDefault:()=>Im,ZodDiscriminatedUnion:()=>pm,ZodE164:()=>rc,ZodEmail:()=>qs,ZodEmoji:()=>Zs,ZodEnum:()=>ei,ZodError:()=>gS,ZodExactOptional:()=>uc,ZodFile:()=>xm,ZodFirstPartyTypeKind:()=>Gm,ZodFunction:()=>qm,ZodGUID:()=>Bs,ZodIBAN:()=>em,ZodIPv4:()=>Xs,ZodIPv6:()=>Ys,ZodISODate:()=>Un,ZodISODateTime:()=>On,ZodISODuration:()=>zn,ZodISOTime:()=>Nn,ZodInstanceOf:()=>Vm,ZodIntersection:()=>mm,ZodIssueCode:()=>bS,ZodJWT:()=>ic,ZodKSUID:()=>Js,ZodLazy:()=>Fm,ZodLiteral:()=>wm,ZodMAC:()=>Yp,ZodMap:()=>ym,ZodNaN:()=>Um,ZodNanoID:()=>Vs,ZodNever:()=>um,ZodNonOptional:()=>lc,ZodNull:()=>om,ZodNullable:()=>Am,ZodNumber:()=>ni,ZodNumberFormat:()=>ur,ZodObject:()=>bo,ZodOptional:()=>$o,ZodPipe:()=>wo,ZodPrefault:()=>Pm,ZodPreprocess:()=>Nm,ZodPromise:()=>Mm,ZodReadonly:()=>zm,ZodRealError:()=>_t,ZodRecord:()=>Qr,ZodSet:()=>$m,ZodString:()=>ti,ZodStringFormat:()=>Te,ZodSuccess:()=>Em,ZodSymbol:()=>rm,ZodTemplateLiteral:()=>jm,ZodTransform:()=>km,ZodTuple:()=>hm,ZodType:()=>he,ZodULID:()=>Hs,ZodURL:()=>go,ZodUUID:()=>en,ZodUndefined:()=>im,ZodUnion:()=>yo,ZodUnknown:()=>cm,ZodVoid:()=>lm,ZodXID:()=>Ws,ZodXor:()=>fm,_ZodString:()=>Ms,_default:()=>Sm,_function:()=>p1,any:()=>Zy,array:()=>vo,base64:()=>_y,base64url:()=>Ay,bigint:()=>Fy,boolean:()=>nm,catch:()=>Om,check:()=>m1,cidrv4:()=>xy,cidrv6:()=>ky,clone:()=>Re,codec:()=>u1,coerce:()=>Hm,compile:()=>ff,config:()=>Le,core:()=>fn,creditCard:()=>Sy,cuid:()=>my,cuid2:()=>gy,currencyCode:()=>Oy,custom:()=>g1,date:()=>Gy,decode:()=>Vp,decodeAsync:()=>Kp,deepPartial:()=>P1,describe:()=>h1,discriminatedUnion:()=>Yy,e164:()=>Iy,email:()=>iy,emoji:()=>fy,encode:()=>Zp,encodeAsync:()=>Gp,endsWith:()=>qr,enum:()=>sc,exactOptional:()=>_m,file:()=>o1,flattenError:()=>Ci,float32:()=>Ny,float64:()=>zy,formatError:()=>ji,fromJSONSchema:()=>I1,function:()=>p1,getDiscriminatedOption:()=>Ud,getErrorMap:()=>$S,globalRegistry:()=>tt,gt:()=>Yt,gte:()=>Tt,guid:()=>oy,hash:()=>Uy,hex:()=>Ty,hostname:()=>Ey,httpUrl:()=>dy,iban:()=>Py,includes:()=>Lr,input:()=>D1,instanceof:()=>b1,int:()=>Fs,int32:()=>Cy,int64:()=>Ly,intersection:()=>gm,invertCodec:()=>l1,ipv4:()=>yy,ipv6:()=>wy,iso:()=>_o,json:()=>$1,jwt:()=>Ry,keyof:()=>Ky,ksuid:()=>by,lazy:()=>Lm,length:()=>rr,literal:()=>i1,locales:()=>io,looseObject:()=>Jy,looseRecord:()=>e1,lowercase:()=>jr,lt:()=>Xt,lte:()=>Et,mac:()=>$y,map:()=>t1,maxLength:()=>nr,maxSize:()=>Rn,memoizer:()=>no,meta:()=>v1,mime:()=>Zr,minLength:()=>dn,minSize:()=>Qt,multipleOf:()=>Pn,nan:()=>c1,nanoid:()=>py,nativeEnum:()=>r1,negative:()=>Ps,never:()=>ac,nonnegative:()=>Ds,nonoptional:()=>Dm,nonpositive:()=>Rs,normalize:()=>Vr,null:()=>am,nullable:()=>mo,nullish:()=>a1,number:()=>tm,object:()=>Hy,optional:()=>ar,output:()=>E1,overwrite:()=>qt,parse:()=>Lp,parseAsync:()=>Mp,partialRecord:()=>Qy,pipe:()=>Ls,positive:()=>Ss,prefault:()=>Rm,preprocess:()=>w1,prettifyError:()=>Lu,promise:()=>f1,properties:()=>Br,property:()=>Es,readonly:()=>Cm,record:()=>bm,refine:()=>Bm,regex:()=>Cr,regexes:()=>Ct,registry:()=>ns,safeDecode:()=>Wp,safeDecodeAsync:()=>Xp,safeEncode:()=>Hp,safeEncodeAsync:()=>Jp,safeParse:()=>qp,safeParseAsync:()=>Bp,set:()=>n1,setErrorMap:()=>yS,size:()=>tr,slugify:()=>Wr,startsWith:()=>Mr,strictObject:()=>Wy,string:()=>po,stringFormat:()=>Dy,stringbool:()=>y1,success:()=>s1,superRefine:()=>Zm,symbol:()=>qy,templateLiteral:()=>d1,toJSONSchema:()=>Ns,toLowerCase:()=>Kr,toUpperCase:()=>Hr,toZod:()=>Si,transform:()=>cc,treeifyError:()=>Fu,trim:()=>Gr,tuple:()=>vm,uint32:()=>jy,uint64:()=>My,ulid:()=>hy,undefined:()=>By,union:()=>oi,unknown:()=>or,uppercase:()=>Fr,url:()=>ly,util:()=>T,uuid:()=>ay,uuidv4:()=>sy,uuidv6:()=>cy,uuidv7:()=>uy,validate:()=>Fi,validateAsync:()=>Li,void:()=>Vy,withParser:()=>rs,xid:()=>vy,xor:()=>Xy});var fn={};rn(fn,{$ZodAny:()=>Ad,$ZodArray:()=>Ed,$ZodAsyncError:()=>xt,$ZodBase64:()=>pd,$ZodBase64URL:()=>md,$ZodBigInt:()=>qa,$ZodBigIntFormat:()=>wd,$ZodBoolean:()=>Ji,$ZodCIDRv4:()=>dd,$ZodCIDRv6:()=>fd,$ZodCUID:()=>Ql,$ZodCUID2:()=>ed,$ZodCatch:()=>Jd,$ZodCheck:()=>Ue,$ZodCheckBigIntFormat:()=>Il,$ZodCheckEndsWith:()=>jl,$ZodCheckGreaterThan:()=>Ia,$ZodCheckIncludes:()=>zl,$ZodCheckLengthEquals:()=>Tl,$ZodCheckLessThan:()=>Aa,$ZodCheckLowerCase:()=>Ul,$ZodCheckMaxLength:()=>Dl,$ZodCheckMaxSize:()=>Sl,$ZodCheckMimeType:()=>Ml,$ZodCheckMinLength:()=>El,$ZodCheckMinSize:()=>Pl,$ZodCheckMultipleOf:()=>_l,$ZodCheckNumberFormat:()=>Al,$ZodCheckOverwrite:()=>ql,$ZodCheckProperties:()=>Ll,$ZodCheckProperty:()=>Fl,$ZodCheckRegex:()=>Ol,$ZodCheckSizeEquals:()=>Rl,$ZodCheckStartsWith:()=>Cl,$ZodCheckStringFormat:()=>Tr,$ZodCheckUpperCase:()=>Nl,$ZodCodec:()=>Yi,$ZodCreditCard:()=>hd,$ZodCustom:()=>rf,$ZodCustomStringFormat:()=>yd,$ZodCyclicError:()=>Wa,$ZodDate:()=>Rd,$ZodDefault:()=>Gd,$ZodDiscriminatedUnion:()=>Nd,$ZodE164:()=>gd,$ZodEmail:()=>Kl,$ZodEmoji:()=>Xl,$ZodEncodeError:()=>In,$ZodEnum:()=>Ld,$ZodError:()=>ju,$ZodExactOptional:()=>Zd,$ZodFile:()=>qd,$ZodFunction:()=>tf,$ZodGUID:()=>Vl,$ZodIBAN:()=>vd,$ZodIPv4:()=>cd,$ZodIPv6:()=>ud,$ZodISODate:()=>od,$ZodISODateTime:()=>id,$ZodISODuration:()=>sd,$ZodISOTime:()=>ad,$ZodIntersection:()=>zd,$ZodJWT:()=>bd,$ZodKSUID:()=>rd,$ZodLazy:()=>Qi,$ZodLiteral:()=>Md,$ZodMAC:()=>ld,$ZodMap:()=>jd,$ZodNaN:()=>Xd,$ZodNanoID:()=>Yl,$ZodNever:()=>Sd,$ZodNonOptional:()=>Hd,$ZodNull:()=>_d,$ZodNullable:()=>Vd,$ZodNumber:()=>Ma,$ZodNumberFormat:()=>$d,$ZodObject:()=>m0,$ZodObjectJIT:()=>Td,$ZodOptional:()=>Za,$ZodPipe:()=>Va,$ZodPrefault:()=>Kd,$ZodPreprocess:()=>Yd,$ZodPromise:()=>nf,$ZodReadonly:()=>Qd,$ZodRealError:()=>kt,$ZodRecord:()=>Cd,$ZodRegistry:()=>ts,$ZodSet:()=>Fd,$ZodString:()=>Xn,$ZodStringFormat:()=>De,$ZodSuccess:()=>Wd,$ZodSymbol:()=>xd,$ZodTemplateLiteral:()=>ef,$ZodTransform:()=>Bd,$ZodTuple:()=>Ba,$ZodType:()=>pe,$ZodULID:()=>td,$ZodURL:()=>Jl,$ZodUUID:()=>Gl,$ZodUndefined:()=>kd,$ZodUnion:()=>Xi,$ZodUnknown:()=>Id,$ZodVoid:()=>Pd,$ZodXID:()=>nd,$ZodXor:()=>Od,$brand:()=>Nu,$constructor:()=>w,$input:()=>cf,$output:()=>sf,Doc:()=>Jn,INVALID:()=>dt,JSONSchema:()=>ty,JSONSchemaGenerator:()=>zs,NEVER:()=>Uu,TimePrecision:()=>$f,URL_BAD_FORMAT:()=>Hl,URL_UNPARSEABLE:()=>Vi,ZodCompileAsyncError:()=>Mt,ZodCompileUnsupportedError:()=>we,_any:()=>Cf,_array:()=>Zf,_base64:()=>ks,_base64url:()=>_s,_bigint:()=>Df,_boolean:()=>Pf,_catch:()=>rS,_check:()=>Fb,_cidrv4:()=>ws,_cidrv6:()=>xs,_coercedBigint:()=>Ef,_coercedBoolean:()=>Rf,_coercedDate:()=>qf,_coercedNumber:()=>xf,_coercedString:()=>hf,_creditCard:()=>bf,_cuid:()=>ms,_cuid2:()=>gs,_custom:()=>Gf,_date:()=>Mf,_decode:()=>ma,_decodeAsync:()=>ha,_default:()=>eS,_discriminatedUnion:()=>qI,_e164:()=>As,_email:()=>as,_emoji:()=>fs,_encode:()=>pa,_encodeAsync:()=>ga,_endsWith:()=>qr,_enum:()=>HI,_file:()=>Vf,_float32:()=>_f,_float64:()=>Af,_gt:()=>Yt,_gte:()=>Tt,_guid:()=>ss,_iban:()=>yf,_includes:()=>Lr,_int:()=>kf,_int32:()=>If,_int64:()=>Tf,_intersection:()=>BI,_ipv4:()=>ys,_ipv6:()=>$s,_isoDate:()=>so,_isoDateTime:()=>ao,_isoDuration:()=>uo,_isoTime:()=>co,_jwt:()=>Is,_ksuid:()=>bs,_lazy:()=>sS,_length:()=>rr,_literal:()=>JI,_lowercase:()=>jr,_lt:()=>Xt,_lte:()=>Et,_mac:()=>vf,_map:()=>GI,_max:()=>Et,_maxLength:()=>nr,_maxSize:()=>Rn,_mime:()=>Zr,_min:()=>Tt,_minLength:()=>dn,_minSize:()=>Qt,_multipleOf:()=>Pn,_nan:()=>Bf,_nanoid:()=>ps,_nativeEnum:()=>WI,_negative:()=>Ps,_never:()=>Ff,_nonnegative:()=>Ds,_nonoptional:()=>tS,_nonpositive:()=>Rs,_normalize:()=>Vr,_null:()=>zf,_nullable:()=>QI,_number:()=>wf,_optional:()=>YI,_overwrite:()=>qt,_parse:()=>Pr,_parseAsync:()=>Rr,_pipe:()=>iS,_positive:()=>Ss,_promise:()=>cS,_properties:()=>Br,_property:()=>Es,_readonly:()=>oS,_record:()=>VI,_refine:()=>Kf,_regex:()=>Cr,_safeDecode:()=>ba,_safeDecodeAsync:()=>$a,_safeEncode:()=>va,_safeEncodeAsync:()=>ya,_safeParse:()=>Dr,_safeParseAsync:()=>Er,_set:()=>KI,_size:()=>tr,_slugify:()=>Wr,_startsWith:()=>Mr,_string:()=>gf,_stringFormat:()=>ir,_stringbool:()=>Xf,_success:()=>nS,_superRefine:()=>Hf,_symbol:()=>Uf,_templateLiteral:()=>aS,_toLowerCase:()=>Kr,_toUpperCase:()=>Hr,_transform:()=>XI,_trim:()=>Gr,_tuple:()=>ZI,_uint32:()=>Sf,_uint64:()=>Of,_ulid:()=>hs,_undefined:()=>Nf,_union:()=>LI,_unknown:()=>jf,_uppercase:()=>Fr,_url:()=>oo,_uuid:()=>cs,_uuidv4:()=>us,_uuidv6:()=>ls,_uuidv7:()=>ds,_void:()=>Lf,_xid:()=>vs,_xor:()=>MI,base64Charset:()=>za,base64urlCharset:()=>Wi,canParseURL:()=>Wl,clone:()=>Re,compile:()=>ff,compileFn:()=>is,config:()=>Le,createStandardJSONSchemaMethod:()=>Jr,createToJSONSchemaMethod:()=>Qf,decode:()=>Mk,decodeAsync:()=>Bk,describe:()=>Wf,encode:()=>Lk,encodeAsync:()=>qk,extractDefs:()=>En,finalize:()=>Tn,flattenError:()=>Ci,formatError:()=>ji,getDiscriminatedOption:()=>Ud,globalConfig:()=>Je,globalRegistry:()=>tt,handleUnrepresentable:()=>Ke,initializeContext:()=>Dn,isBackEdge:()=>Xa,isRecursiveSchema:()=>Ja,isValidBase64:()=>Hi,isValidBase64URL:()=>Ca,isValidCIDRv6:()=>Na,isValidCreditCard:()=>ja,isValidIBAN:()=>Fa,isValidIPv6:()=>Ki,isValidJWT:()=>La,locales:()=>io,memoizer:()=>no,mergeValues:()=>Or,meta:()=>Jf,parse:()=>da,parseAsync:()=>fa,parseURLObject:()=>d0,prettifyError:()=>Lu,process:()=>Ee,processSchema:()=>Ee,regexes:()=>Ct,registry:()=>ns,safeDecode:()=>Vk,safeDecodeAsync:()=>Kk,safeEncode:()=>Zk,safeEncodeAsync:()=>Gk,safeParse:()=>Nk,safeParseAsync:()=>zk,standardProps:()=>Ea,stripTabAndNewline:()=>Gi,toDotPath:()=>Zv,toJSONSchema:()=>Ns,toZod:()=>Si,treeifyError:()=>Fu,urlHostnameOk:()=>Oa,urlProtocolOk:()=>Ua,util:()=>T,validate:()=>Fi,validateAsync:()=>Li,validateURL:()=>Ta,version:()=>Bl,withParser:()=>rs});var T={};rn(T,{BIGINT_FORMAT_RANGES:()=>Ti,CONSTANT_CATCH:()=>ua,Class:()=>_u,NUMBER_FORMAT_RANGES:()=>Ei,aborted:()=>lt,allowsEval:()=>Su,assert:()=>tk,assertEqual:()=>Xx,assertIs:()=>Qx,assertNever:()=>ek,assertNotEqual:()=>Yx,assignProp:()=>et,attachSchema:()=>Oi,base64ToUint8Array:()=>jv,base64urlToUint8Array:()=>$k,cached:()=>_r,captureStackTrace:()=>sa,cleanEnum:()=>yk,cleanRegex:()=>un,clone:()=>Re,cloneDef:()=>ik,codePointLength:()=>Hn,constantCatch:()=>Tu,createTransparentProxy:()=>lk,defineLazy:()=>Au,defineLazyInternal:()=>be,derived:()=>_k,esc:()=>ut,escapeRegex:()=>zt,explicitlyAborted:()=>Du,extend:()=>pk,finalizeIssue:()=>wt,floatSafeRemainder:()=>Pi,getElementAtPath:()=>ok,getEnumValues:()=>xr,getLengthableOrigin:()=>Ni,getParsedType:()=>uk,getSizableOrigin:()=>Ui,hexToUint8Array:()=>xk,hide:()=>zi,installLazyProp:()=>Pk,isObject:()=>Kn,isPlainObject:()=>Nt,issue:()=>Sr,joinValues:()=>k,jsonStringifyReplacer:()=>kr,members:()=>Eu,merge:()=>gk,mergeDefs:()=>Lt,normalizeParams:()=>G,nullish:()=>aa,numKeys:()=>ck,objectClone:()=>nk,omit:()=>fk,optionalKeys:()=>Ru,own:()=>An,parsedType:()=>U,partial:()=>hk,pick:()=>dk,prefixIssues:()=>$t,primitiveTypes:()=>Pu,promiseAllObject:()=>ak,propertyKeyTypes:()=>Di,randomString:()=>sk,rawShape:()=>Ar,required:()=>vk,safeExtend:()=>mk,shallowClone:()=>Ri,sizeCaps:()=>Ir,slugify:()=>Iu,stringifyPrimitive:()=>O,toZod:()=>Si,uint8ArrayToBase64:()=>Fv,uint8ArrayToBase64url:()=>wk,uint8ArrayToHex:()=>kk,unwrapMessage:()=>wr});function Xx(e){return e}function Yx(e){return e}function Si(){return e=>e}function Qx(e){}function ek(e){throw new Error("Unexpected value in exhaustive check")}function tk(e){}function xr(e){let t=Object.values(e).filter(o=>typeof o=="number");return Object.entries(e).filter(([o,n])=>t.indexOf(+o)===-1).map(([o,n])=>n)}function k(e,t="|"){return e.map(r=>O(r)).join(t)}function kr(e,t){return typeof t=="bigint"?t.toString():t}var ku=class{constructor(t){this._getter=t,this._value=void 0}get value(){let t=this._getter;return t!==void 0&&(this._value=t(),this._getter=void 0),this._value}};function _r(e){return new ku(e)}function aa(e){return e==null}function un(e){let t=e.startsWith("^")?1:0,r=e.endsWith("$")?e.length-1:e.length;return e.slice(t,r)}function Pi(e,t){let r=e/t,o=Math.round(r),n=4*Number.EPSILON*Math.max(Math.abs(r),1);return Math.abs(r-o)<n?0:r-o}var Uv=Symbol("evaluating");function Au(e,t,r){let o;Object.defineProperty(e,t,{get(){if(o!==Uv)return o===void 0&&(o=Uv,o=r()),o},set(n){Object.defineProperty(e,t,{value:n})},configurable:!0})}function nk(e){return Object.create(Object.getPrototypeOf(e),Object.getOwnPropertyDescriptors(e))}function et(e,t,r){Object.defineProperty(e,t,{value:r,writable:!0,enumerable:!0,configurable:!0})}function Ar(e){let t=Object.getOwnPropertyDescriptor(e,"shape");return t?.get?t.get.raw:t?.value}function cn(e){return Ar(e._zod.def)??e._zod.def.shape}function Nv(e,t,r){Object.defineProperty(e,t,{get(){let o=r();return et(this,t,o),o},enumerable:!0,configurable:!0})}function zv(e,t,r){t in e?et(e,t,r):e[t]=r}function Gn(e,t,r,o){let n=cn(t);for(let i of r){let a=Object.getOwnPropertyDescriptor(n,i);a.enumerable&&(a.get?Nv(e,i,()=>{let s=t._zod.def.shape[i];return o?o(s,i):s}):zv(e,i,o?o(a.value,i):a.value))}}function rk(e,t){for(let r of Reflect.ownKeys(t)){let o=Object.getOwnPropertyDescriptor(t,r);o.enumerable&&(o.get?Nv(e,r,()=>t[r]):zv(e,r,o.value))}}function Lt(...e){let t={};for(let r of e){let o=Object.getOwnPropertyDescriptors(r);Object.assign(t,o)}return Object.defineProperties({},t)}function ik(e){return Lt(e._zod.def)}function ok(e,t){return t?t.reduce((r,o)=>r?.[o],e):e}function ak(e){let t=Object.keys(e),r=t.map(o=>e[o]);return Promise.all(r).then(o=>{let n={};for(let i=0;i<t.length;i++)n[t[i]]=o[i];return n})}function sk(e=10){let t="abcdefghijklmnopqrstuvwxyz",r="";for(let o=0;o<e;o++)r+=t[Math.floor(Math.random()*t.length)];return r}function ut(e){return JSON.stringify(e)}function Iu(e){return e.toLowerCase().trim().replace(/[^\w\s-]/g,"").replace(/[\s_-]+/g,"-").replace(/^-+|-+$/g,"")}var sa="captureStackTrace"in Error?Error.captureStackTrace:(...e)=>{};function Kn(e){return typeof e=="object"&&e!==null&&!Array.isArray(e)}var Su=_r(()=>{if(Je.jitless||typeof navigator<"u"&&navigator?.userAgent?.includes("Cloudflare"))return!1;try{let e=Function;return new e(""),!0}catch{return!1}});function Nt(e){if(Kn(e)===!1)return!1;let t=e.constructor;if(t===void 0||typeof t!="function")return!0;let r=t.prototype;return!(Kn(r)===!1||Object.prototype.hasOwnProperty.call(r,"isPrototypeOf")===!1)}function Ri(e){return Nt(e)?{...e}:Array.isArray(e)?[...e]:e instanceof Map?new Map(e):e instanceof Set?new Set(e):e}function ck(e){let t=0;for(let r in e)Object.prototype.hasOwnProperty.call(e,r)&&t++;return t}var uk=e=>{let t=typeof e;switch(t){case"undefined":return"undefined";case"string":return"string";case"number":return Number.isNaN(e)?"nan":"number";case"boolean":return"boolean";case"function":return"function";case"bigint":return"bigint";case"symbol":return"symbol";case"object":return Array.isArray(e)?"array":e===null?"null":e.then&&typeof e.then=="function"&&e.catch&&typeof e.catch=="function"?"promise":typeof Map<"u"&&e instanceof Map?"map":typeof Set<"u"&&e instanceof Set?"set":typeof Date<"u"&&e instanceof Date?"date":typeof File<"u"&&e instanceof File?"file":"object";default:throw new Error(`Unknown data type: ${t}`)}},Di=new Set(["string","number","symbol"]),Pu=new Set(["string","number","bigint","boolean","symbol","undefined"]);function zt(e){return e.replace(/[.*+?^${}()|[\]\\]/g,"\\$&")}function Re(e,t,r){let o=new e._zod.constr(t??e._zod.def);return(!t||r?.parent)&&(o._zod.parent=e),o}function G(e){let t=e;if(!t)return{};if(typeof t=="string")return{error:()=>t};if(t?.message!==void 0){if(t?.error!==void 0)throw new Error("Cannot specify both `message` and `error` params");t.error=t.message}return delete t.message,typeof t.error=="string"?{...t,error:()=>t.error}:t}function lk(e){let t;return new Proxy({},{get(r,o,n){return t??(t=e()),Reflect.get(t,o,n)},set(r,o,n,i){return t??(t=e()),Reflect.set(t,o,n,i)},has(r,o){return t??(t=e()),Reflect.has(t,o)},deleteProperty(r,o){return t??(t=e()),Reflect.deleteProperty(t,o)},ownKeys(r){return t??(t=e()),Reflect.ownKeys(t)},getOwnPropertyDescriptor(r,o){return t??(t=e()),Reflect.getOwnPropertyDescriptor(t,o)},defineProperty(r,o,n){return t??(t=e()),Reflect.defineProperty(t,o,n)}})}function O(e){return typeof e=="bigint"?e.toString()+"n":typeof e=="string"?`"${e}"`:`${e}`}function Ru(e){return Object.keys(e).filter(t=>e[t]._zod.optin!==void 0&&e[t]._zod.optout==="optional")}var Ei={safeint:[Number.MIN_SAFE_INTEGER,Number.MAX_SAFE_INTEGER],int32:[-2147483648,2147483647],uint32:[0,4294967295],float32:[-34028234663852886e22,34028234663852886e22],float64:[-Number.MAX_VALUE,Number.MAX_VALUE]},Ti={int64:[BigInt("-9223372036854775808"),BigInt("9223372036854775807")],uint64:[BigInt(0),BigInt("18446744073709551615")]};function dk(e,t){let r=e._zod.def,o=r.checks;if(o&&o.length>0)throw new Error(".pick() cannot be used on object schemas containing refinements");let i={};return Gn(i,e,ca(e,t)),Re(e,Lt(r,{shape:i,checks:[]}))}function ca(e,t){let r=cn(e),o=[];for(let n of Reflect.ownKeys(t)){if(!Object.getOwnPropertyDescriptor(r,n)?.enumerable)throw new Error(`Unrecognized key: "${String(n)}"`);t[n]&&o.push(n)}return o}function fk(e,t){let r=e._zod.def,o=r.checks;if(o&&o.length>0)throw new Error(".omit() cannot be used on object schemas containing refinements");let i=new Set(ca(e,t)),a={};return Gn(a,e,Reflect.ownKeys(cn(e)).filter(s=>!i.has(s))),Re(e,Lt(r,{shape:a,checks:[]}))}function pk(e,t){if(!Nt(t))throw new Error("Invalid input to extend: expected a plain object");let r=e._zod.def.checks;if(r&&r.length>0){let n=cn(e);for(let i of Reflect.ownKeys(t))if(Object.getOwnPropertyDescriptor(n,i)!==void 0)throw new Error("Cannot overwrite keys on object schemas containing refinements. Use `.safeExtend()` instead.")}return Re(e,Lt(e._zod.def,{shape:Cv(e,t)}))}function Cv(e,t){let r={};return Gn(r,e,Reflect.ownKeys(cn(e))),rk(r,t),r}function mk(e,t){if(!Nt(t))throw new Error("Invalid input to safeExtend: expected a plain object");return Re(e,Lt(e._zod.def,{shape:Cv(e,t)}))}function gk(e,t){if(!t?._zod?.def)throw new Error("Invalid input to merge: expected an object schema. To merge a plain shape, use `.extend()`.");if(e._zod.def.checks?.length)throw new Error(".merge() cannot be used on object schemas containing refinements. Use .safeExtend() instead.");let r={};Gn(r,e,Reflect.ownKeys(cn(e))),Gn(r,t,Reflect.ownKeys(cn(t)));let o=Lt(e._zod.def,{shape:r,get catchall(){return t._zod.def.catchall},checks:t._zod.def.checks??[]});return Re(e,o)}function hk(e,t,r,o="partial"){let i=t._zod.def.checks;if(i&&i.length>0)throw new Error(`.${o}() cannot be used on object schemas containing refinements`);let s=r?new Set(ca(t,r)):void 0,u={};return Gn(u,t,Reflect.ownKeys(cn(t)),e&&((c,l)=>s&&!s.has(l)?c:new e({type:"optional",innerType:c}))),Re(t,Lt(t._zod.def,{shape:u,checks:[]}))}function vk(e,t,r){let o=r?new Set(ca(t,r)):void 0,n={};return Gn(n,t,Reflect.ownKeys(cn(t)),(i,a)=>o&&!o.has(a)?i:new e({type:"nonoptional",innerType:i})),Re(t,Lt(t._zod.def,{shape:n}))}function lt(e,t=0){if(e.aborted===!0)return!0;for(let r=t;r<e.issues.length;r++)if(e.issues[r]?.continue!==!0)return!0;return!1}function Du(e,t=0){if(e.aborted===!0)return!0;for(let r=t;r<e.issues.length;r++)if(e.issues[r]?.continue===!1)return!0;return!1}function $t(e,t){return t.map(r=>{var o;return(o=r).path??(o.path=[]),r.path.unshift(e),r})}function wr(e){return typeof e=="string"?e:e?.message}function Ir(e){let t=[];for(let r of e??[]){let o=r._zod.def;if(!/_(length|size)$|_equals$/.test(o.check))break;let n=o.maximum??o.length??o.size;n>=0&&t.push([n,r])}return t}function Oi(e,t,r){var o;for(let n=t;n<e.length;n++)(o=e[n]).schema??(o.schema=r)}function wt(e,t,r){var o;let n=e.inst?._zod?.traits;n?.has("$ZodType")&&(n.has("$ZodCheck")?(o=e).schema??(o.schema=e.inst):e.schema=e.inst);let i=e.schema!==e.inst?e.schema?._zod.def?.error:void 0,a=e.message?e.message:wr(e.inst?._zod.def?.error?.(e))??wr(i?.(e))??wr(t?.error?.(e))??wr(r.customError?.(e))??wr(r.localeError?.(e))??"Invalid input",s={};for(let u of Object.keys(e))u==="inst"||u==="schema"||u==="continue"||u==="input"||u==="__proto__"||(s[u]=e[u]);return s.path??(s.path=[]),s.message=a,t?.reportInput&&(s.input=e.input),s}function Ui(e){return e instanceof Set?"set":e instanceof Map?"map":e instanceof File?"file":"unknown"}var bk=/[\uD800-\uDBFF]/;function Hn(e){let t=e.length;if(!bk.test(e))return t;let r=t;for(let o=0;o<t-1;o++)(e.charCodeAt(o)&64512)===55296&&(e.charCodeAt(o+1)&64512)===56320&&(r--,o++);return r}function Ni(e){return Array.isArray(e)?"array":typeof e=="string"?"string":"unknown"}function U(e){let t=typeof e;switch(t){case"number":return Number.isNaN(e)?"nan":"number";case"object":{if(e===null)return"null";if(Array.isArray(e))return"array";let r=e;if(r&&Object.getPrototypeOf(r)!==Object.prototype&&"constructor"in r&&r.constructor)return r.constructor.name}}return t}function Sr(...e){let[t,r,o]=e;return typeof t=="string"?{message:t,code:"custom",input:r,inst:o}:{...t}}function yk(e){return Object.entries(e).filter(([t,r])=>Number.isNaN(Number.parseInt(t,10))).map(t=>t[1])}function jv(e){let t=atob(e),r=new Uint8Array(t.length);for(let o=0;o<t.length;o++)r[o]=t.charCodeAt(o);return r}function Fv(e){let t="";for(let r=0;r<e.length;r++)t+=String.fromCharCode(e[r]);return btoa(t)}function $k(e){let t=e.replace(/-/g,"+").replace(/_/g,"/"),r="=".repeat((4-t.length%4)%4);return jv(t+r)}function wk(e){return Fv(e).replace(/\+/g,"-").replace(/\//g,"_").replace(/=/g,"")}function xk(e){let t=e.replace(/^0x/,"");if(t.length%2!==0)throw new Error("Invalid hex string length");let r=new Uint8Array(t.length/2);for(let o=0;o<t.length;o+=2)r[o/2]=Number.parseInt(t.slice(o,o+2),16);return r}function kk(e){return Array.from(e).map(t=>t.toString(16).padStart(2,"0")).join("")}var _u=class{constructor(...t){}};function Eu(e,t){for(let r in t){let o=Object.getOwnPropertyDescriptor(t,r);o.get?Object.defineProperty(e,r,{...o,enumerable:!1}):Ak(e,r,o.value)}}function An(e,t,r,o=!0){return Object.defineProperty(e,t,{configurable:!0,writable:!0,enumerable:o,value:r}),r}function zi(e,t,r){return An(e,t,r,!1)}function _k(e,t){for(let r in e){let o=e[r];Object.defineProperty(t,r,{configurable:!0,enumerable:!0,get(){return An(this,r,o(this))},set(n){An(this,r,n)}})}return t}function Ak(e,t,r){Object.defineProperty(e,t,{configurable:!0,get(){return this==null?r:An(this,t,r.bind(this))},set(o){An(this,t,o)}})}function Ik(e,t){let r=Object.getPrototypeOf(e);return t in r?void 0:r}var xu,_n=!1,Sk={configurable:!0,get(){_n=!0}};function be(e,t,r){let o=Object.getPrototypeOf(e._zod);if(t in o&&xu!==e._zod){xu=void 0;return}xu=e._zod,Object.defineProperty(o,t,{configurable:!0,get(){Object.defineProperty(this,t,Sk);let n=_n;_n=!1;try{let i=r(this);return _n?delete this[t]:Object.defineProperty(this,t,{configurable:!0,writable:!0,value:i}),_n=_n||n,i}catch(i){throw delete this[t],_n=_n||n,i}},set(n){Object.defineProperty(this,t,{configurable:!0,writable:!0,value:n})}})}function Pk(e,t,r,o){let n=Ik(e,t);n&&Object.defineProperty(n,t,{configurable:!0,get(){let i={configurable:!0,writable:!0,enumerable:o,value:void 0};return Object.defineProperty(this,t,i),i.value=r(this),Object.defineProperty(this,t,i),i.value},set(i){Object.defineProperty(this,t,{configurable:!0,writable:!0,enumerable:o,value:i})}})}var ua="~constantCatch";function Tu(e){let t=()=>e;return t[ua]=!0,t}var Lv,Uu=Object.freeze({status:"aborted"}),Ou={value:void 0,enumerable:!1},Mv="captureStackTrace"in Error?Error:null;function Rk(e){let t=Mv;if(t){let r=t.stackTraceLimit;if(typeof r=="number"){try{t.stackTraceLimit=0}catch{return Mv=null,new e}try{return new e}finally{t.stackTraceLimit=r}}}return new e}function w(e,t,r,o){let n={};function i(p){this.def=p,this.constr=f,this.traits=new Set}i.prototype=n;let a=r,s=a&&new WeakSet;function u(p,g){if(p._zod){if(p._zod.traits.has(e))return}else{Ou.value=new i(g);try{Object.defineProperty(p,"_zod",Ou)}finally{Ou.value=void 0}}if(p._zod.traits.add(e),t(p,g),s){let h=Object.getPrototypeOf(p),y=p._zod.constr.prototype,_=h;for(;_&&_!==y;)_=Object.getPrototypeOf(_);let $=_??h;s.has($)||(s.add($),Eu($,a))}let v=f.prototype;for(let h in v)Object.prototype.hasOwnProperty.call(v,h)&&(h in p||(p[h]=v[h].bind(p)))}let c=o?.Parent??Object;class l extends c{}Object.defineProperty(l,"name",{value:e});function f(p){let g=o?.Parent?Rk(l):this;u(g,p);let v=g._zod.deferred;if(v){for(let y of v)y();g._zod.deferred=void 0}let h=globalThis.__zod_globalConfig?.postProcessor;return h&&h(g),g}return Object.defineProperty(f,"init",{value:u}),Object.defineProperty(f,Symbol.hasInstance,{value:p=>o?.Parent&&p instanceof o.Parent?!0:p?._zod?.traits?.has(e)}),Object.defineProperty(f,"name",{value:e}),f}var Nu=Symbol("zod_brand"),xt=class extends Error{constructor(){super("Encountered Promise during synchronous parse. Use .parseAsync() instead.")}},In=class extends Error{constructor(t){super(`Encountered unidirectional transform during encode: ${t}`),this.name="ZodEncodeError"}};(Lv=globalThis).__zod_globalConfig??(Lv.__zod_globalConfig={});var Je=globalThis.__zod_globalConfig;function Le(e){return e&&Object.assign(Je,e),Je}function Dk(){let e=this._zod;return e.message??(e.message=JSON.stringify(e.def,kr,2)),e.message}function Ek(e){this._zod.message=e}var Tk={get:Dk,set:Ek,enumerable:!0,configurable:!0},Cu={value:void 0,enumerable:!1},qv=new WeakSet([Object.prototype,Error.prototype]),Bv=(e,t)=>{e.name="$ZodError",Cu.value=t,Object.defineProperty(e,"issues",Cu),Cu.value=void 0,Object.defineProperty(e,"message",Tk);let r=Object.getPrototypeOf(e);qv.has(r)||(qv.add(r),Object.defineProperty(r,"toString",{configurable:!0,enumerable:!1,get(){let o=()=>this.message;return Object.defineProperty(this,"toString",{value:o,configurable:!0,writable:!0}),o},set(o){Object.defineProperty(this,"toString",{value:o,configurable:!0,writable:!0})}}))},ju=w("$ZodError",Bv),kt=w("$ZodError",Bv,void 0,{Parent:Error});function Ok(e,t,r){return Object.prototype.hasOwnProperty.call(e,t)||(t==="__proto__"?Object.defineProperty(e,t,{value:r(),writable:!0,enumerable:!0,configurable:!0}):e[t]=r()),e[t]}function Ci(e,t=r=>r.message){let r={},o=[];for(let n of e.issues)n.path.length>0?Ok(r,n.path[0],()=>[]).push(t(n)):o.push(t(n));return{formErrors:o,fieldErrors:r}}function ji(e,t=r=>r.message){let r={_errors:[]},o=(n,i=[])=>{for(let a of n.issues)if(a.code==="invalid_union"&&a.errors.length)a.errors.map(s=>o({issues:s},[...i,...a.path]));else if(a.code==="invalid_key")o({issues:a.issues},[...i,...a.path]);else if(a.code==="invalid_element")o({issues:a.issues},[...i,...a.path]);else{let s=[...i,...a.path];if(s.length===0)r._errors.push(t(a));else{let u=r,c=0;for(;c<s.length;){let l=s[c],f=c===s.length-1;if(l==="_errors"){f&&u._errors.push(t(a)),c++;continue}Object.prototype.hasOwnProperty.call(u,l)||Object.defineProperty(u,l,{value:{_errors:[]},enumerable:!0,writable:!0,configurable:!0});let p=u[l];f&&p._errors.push(t(a)),u=p,c++}}}};return o(e),r}function Fu(e,t=r=>r.message){let r={errors:[]},o=(n,i=[])=>{var a;for(let s of n.issues)if(s.code==="invalid_union"&&s.errors.length)s.errors.map(u=>o({issues:u},[...i,...s.path]));else if(s.code==="invalid_key")o({issues:s.issues},[...i,...s.path]);else if(s.code==="invalid_element")o({issues:s.issues},[...i,...s.path]);else{let u=[...i,...s.path];if(u.length===0){r.errors.push(t(s));continue}let c=r,l=0;for(;l<u.length;){let f=u[l],p=l===u.length-1;typeof f=="string"?(c.properties??(c.properties={}),Object.prototype.hasOwnProperty.call(c.properties,f)||Object.defineProperty(c.properties,f,{value:{errors:[]},enumerable:!0,writable:!0,configurable:!0}),c=c.properties[f]):(c.items??(c.items=[]),(a=c.items)[f]??(a[f]={errors:[]}),c=c.items[f]),p&&c.errors.push(t(s)),l++}}};return o(e),r}function Zv(e){let t=[],r=e.map(o=>typeof o=="object"?o.key:o);for(let o of r)typeof o=="number"?t.push(`[${o}]`):typeof o=="symbol"?t.push(`[${JSON.stringify(String(o))}]`):/[^\w$]/.test(o)?t.push(`[${JSON.stringify(o)}]`):(t.length&&t.push("."),t.push(o));return t.join("")}function Lu(e){let t=[],r=[...e.issues].sort((o,n)=>(o.path??[]).length-(n.path??[]).length);for(let o of r)t.push(`\u2716 ${o.message}`),o.path?.length&&t.push(`  \u2192 at ${Zv(o.path)}`);return t.join(`
`)}function la(e,t){return{callee:t?.callee??e,Err:t?.Err}}var Pr=e=>{let t=(r,o,n,i)=>{let a=n?{...n,async:!1}:{async:!1},s=r._zod.run({value:o,issues:[]},a);if(s instanceof Promise)throw new xt;if(s.issues.length){let u=new(i?.Err??e)(s.issues.map(c=>wt(c,a,Le())));throw sa(u,i?.callee??t),u}return s.value};return t},da=Pr(kt),Rr=e=>{let t=async(r,o,n,i)=>{let a=n?{...n,async:!0}:{async:!0},s=r._zod.run({value:o,issues:[]},a);if(s instanceof Promise&&(s=await s),s.issues.length){let u=new(i?.Err??e)(s.issues.map(c=>wt(c,a,Le())));throw sa(u,i?.callee??t),u}return s.value};return t},fa=Rr(kt),Dr=e=>(t,r,o)=>{let n=o?{...o,async:!1}:{async:!1},i=t._zod.run({value:r,issues:[]},n);if(i instanceof Promise)throw new xt;return i.issues.length?Vv(e,i.issues,n):{success:!0,data:i.value}},Nk=Dr(kt);function Vv(e,t,r){let o;return{success:!1,get error(){return o||(o=new e(t.map(n=>wt(n,r,Le()))),t=void 0,r=void 0),o},set error(n){o=n,t=void 0,r=void 0}}}var Er=e=>async(t,r,o)=>{let n=o?{...o,async:!0}:{async:!0},i=t._zod.run({value:r,issues:[]},n);return i instanceof Promise&&(i=await i),i.issues.length?Vv(e,i.issues,n):{success:!0,data:i.value}},zk=Er(kt),Ck=Symbol.for("zod.compile.invalid"),jk=Symbol.for("zod.compile.fallback"),Fi=((e,t,r)=>{let o=e._zod.bag.validator;if(o!==void 0){if(o(t)!==Ck)return!0;if(o.definite===!0&&r===void 0)return!1}return Fk(e,t,r)});function Fk(e,t,r){let o=r?{...r,async:!1,abortEarly:!0}:{async:!1,abortEarly:!0},n=e._zod.bag.fallbackRun,i;if(n?(o[jk]=!0,i=n({value:t,issues:[]},o)):i=e._zod.run({value:t,issues:[]},o),i instanceof Promise)throw new xt;return i.issues.length===0}var Li=async(e,t,r)=>{let o=r?{...r,async:!0,abortEarly:!0}:{async:!0,abortEarly:!0},n=e._zod.run({value:t,issues:[]},o);return n instanceof Promise&&(n=await n),n.issues.length===0},pa=e=>{let t=Pr(e),r=(o,n,i,a)=>{let s=i?{...i,direction:"backward"}:{direction:"backward"};return t(o,n,s,la(r,a))};return r},Lk=pa(kt),ma=e=>{let t=Pr(e),r=(o,n,i,a)=>t(o,n,i,la(r,a));return r},Mk=ma(kt),ga=e=>{let t=Rr(e),r=async(o,n,i,a)=>{let s=i?{...i,direction:"backward"}:{direction:"backward"};return await t(o,n,s,la(r,a))};return r},qk=ga(kt),ha=e=>{let t=Rr(e),r=async(o,n,i,a)=>await t(o,n,i,la(r,a));return r},Bk=ha(kt),va=e=>(t,r,o)=>{let n=o?{...o,direction:"backward"}:{direction:"backward"};return Dr(e)(t,r,n)},Zk=va(kt),ba=e=>(t,r,o)=>Dr(e)(t,r,o),Vk=ba(kt),ya=e=>async(t,r,o)=>{let n=o?{...o,direction:"backward"}:{direction:"backward"};return Er(e)(t,r,n)},Gk=ya(kt),$a=e=>async(t,r,o)=>Er(e)(t,r,o),Kk=$a(kt);var Ct={};rn(Ct,{anyString:()=>pl,base64:()=>il,base64url:()=>ol,bigint:()=>gl,boolean:()=>hl,browserEmail:()=>t_,cidrv4:()=>nl,cidrv6:()=>rl,creditCard:()=>wa,cuid:()=>qu,cuid2:()=>Bu,currencyCode:()=>ul,date:()=>ll,datetime:()=>fl,domain:()=>sl,duration:()=>Wu,e164:()=>cl,email:()=>Xu,emoji:()=>Yu,extendedDuration:()=>Hk,guid:()=>Ju,hex:()=>wl,hostname:()=>al,html5Email:()=>Yk,httpProtocol:()=>Mi,iban:()=>xa,idnEmail:()=>e_,integer:()=>qi,ipv4:()=>Qu,ipv6:()=>el,ksuid:()=>Gu,lowercase:()=>yl,mac:()=>tl,md5_base64:()=>o_,md5_base64url:()=>a_,md5_hex:()=>i_,nanoid:()=>Ku,nanoidOfLength:()=>Hu,null:()=>vl,number:()=>ln,rfc5322Email:()=>Qk,sha1_base64:()=>c_,sha1_base64url:()=>u_,sha1_hex:()=>s_,sha256_base64:()=>d_,sha256_base64url:()=>f_,sha256_hex:()=>l_,sha384_base64:()=>m_,sha384_base64url:()=>g_,sha384_hex:()=>p_,sha512_base64:()=>v_,sha512_base64url:()=>b_,sha512_hex:()=>h_,string:()=>ml,time:()=>dl,ulid:()=>Zu,undefined:()=>bl,unicodeEmail:()=>Gv,uppercase:()=>$l,uuid:()=>Wn,uuid4:()=>Wk,uuid6:()=>Jk,uuid7:()=>Xk,xid:()=>Vu});var qu=/^[cC][0-9a-z]{6,}$/,Bu=/^[0-9a-z]+$/,Zu=/^[0-7][0-9A-HJKMNP-TV-Za-hjkmnp-tv-z]{25}$/,Vu=/^[0-9a-vA-V]{20}$/,Gu=/^[A-Za-z0-9]{27}$/,Ku=/^[a-zA-Z0-9_-]{21}$/;function Hu(e){return new RegExp(`^[a-zA-Z0-9_-]{${e}}$`)}var Wu=/^P(?:(\d+W)|(?!.*W)(?=\d|T\d)(\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+([.,]\d+)?S)?)?)$/,Hk=/^[-+]?P(?!$)(?:(?:[-+]?\d+Y)|(?:[-+]?\d+[.,]\d+Y$))?(?:(?:[-+]?\d+M)|(?:[-+]?\d+[.,]\d+M$))?(?:(?:[-+]?\d+W)|(?:[-+]?\d+[.,]\d+W$))?(?:(?:[-+]?\d+D)|(?:[-+]?\d+[.,]\d+D$))?(?:T(?=[\d+-])(?:(?:[-+]?\d+H)|(?:[-+]?\d+[.,]\d+H$))?(?:(?:[-+]?\d+M)|(?:[-+]?\d+[.,]\d+M$))?(?:[-+]?\d+(?:[.,]\d+)?S)?)??$/,Ju=/^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$/,Wn=e=>e?new RegExp(`^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-${e}[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12})$`):/^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$/,Wk=Wn(4),Jk=Wn(6),Xk=Wn(7),Xu=/^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$/,Yk=/^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/,Qk=/^(([^<>()\[\]\\.,;:\s@"]+(\.[^<>()\[\]\\.,;:\s@"]+)*)|(".+"))@((\[[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}])|(([a-zA-Z\-0-9]+\.)+[a-zA-Z]{2,}))$/,Gv=/^[^\s@"]{1,64}@[^\s@]{1,255}$/u,e_=Gv,t_=/^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/,n_="^(?=[\\s\\S]*[\\p{Extended_Pictographic}\\p{Regional_Indicator}\\u20E3])[\\p{Extended_Pictographic}\\p{Emoji_Component}]+$";function Yu(){return new RegExp(n_,"u")}var Qu=/^(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])$/,el=/^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))$/,tl=e=>{let t=zt(e??":");return new RegExp(`^(?:[0-9A-F]{2}${t}){5}[0-9A-F]{2}$|^(?:[0-9a-f]{2}${t}){5}[0-9a-f]{2}$`)},nl=/^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\/([0-9]|[1-2][0-9]|3[0-2])$/,rl=/^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))\/(12[0-8]|1[01][0-9]|[1-9]?[0-9])$/,il=/^$|^(?:[0-9a-zA-Z+/]{4})*(?:(?:[0-9a-zA-Z+/]{2}==)|(?:[0-9a-zA-Z+/]{3}=))?$/,ol=/^(?:[A-Za-z0-9_-]{4})*(?:[A-Za-z0-9_-]{2,3})?$/,al=/^(?=.{1,253}\.?$)[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[-0-9a-zA-Z]{0,61}[0-9a-zA-Z])?)*\.?$/,sl=/^(?=.{1,253}$)([a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\.)+[a-zA-Z]{2,63}$/,Mi=/^https?$/,cl=/^\+[1-9]\d{6,14}$/,wa=/^\d(?:[ -]?\d){11,18}$/,ul=/^(?:AED|AFN|ALL|AMD|AOA|ARS|AUD|AWG|AZN|BAM|BBD|BDT|BHD|BIF|BMD|BND|BOB|BOV|BRL|BSD|BTN|BWP|BYN|BZD|CAD|CDF|CHE|CHF|CHW|CLF|CLP|CNY|COP|COU|CRC|CUP|CVE|CZK|DJF|DKK|DOP|DZD|EGP|ERN|ETB|EUR|FJD|FKP|GBP|GEL|GHS|GIP|GMD|GNF|GTQ|GYD|HKD|HNL|HTG|HUF|IDR|ILS|INR|IQD|IRR|ISK|JMD|JOD|JPY|KES|KGS|KHR|KMF|KPW|KRW|KWD|KYD|KZT|LAK|LBP|LKR|LRD|LSL|LYD|MAD|MDL|MGA|MKD|MMK|MNT|MOP|MRU|MUR|MVR|MWK|MXN|MXV|MYR|MZN|NAD|NGN|NIO|NOK|NPR|NZD|OMR|PAB|PEN|PGK|PHP|PKR|PLN|PYG|QAR|RON|RSD|RUB|RWF|SAR|SBD|SCR|SDG|SEK|SGD|SHP|SLE|SOS|SRD|SSP|STN|SVC|SYP|SZL|THB|TJS|TMT|TND|TOP|TRY|TTD|TWD|TZS|UAH|UGX|USD|USN|UYI|UYU|UYW|UZS|VED|VES|VND|VUV|WST|XAD|XAF|XAG|XAU|XBA|XBB|XBC|XBD|XCD|XCG|XDR|XOF|XPD|XPF|XPT|XSU|XTS|XUA|XXX|YER|ZAR|ZMW|ZWG)$/,xa=/^[A-Z]{2}(?!00|01|99)\d{2}[A-Z0-9]{11,30}$/,Kv="(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))";function r_(e){return new RegExp(`^${e}$`)}var ll=r_(Kv);function Mu(e){let t="(?:[01]\\d|2[0-3]):[0-5]\\d";return typeof e.precision=="number"?e.precision===-1?`${t}`:e.precision===0?`${t}:[0-5]\\d`:`${t}:[0-5]\\d\\.\\d{${e.precision}}`:e.seconds?`${t}:[0-5]\\d(?:\\.\\d+)?`:`${t}(?::[0-5]\\d(?:\\.\\d+)?)?`}function dl(e){return new RegExp(`^${Mu(e)}$`)}function fl(e){let t=["Z"];e.offset&&t.push("([+-](?:[01]\\d|2[0-3]):[0-5]\\d)");let r=`${Mu({precision:e.precision,seconds:!0})}(?:${t.join("|")})`,o=e.local?`${r}|${Mu({precision:e.precision})}`:r;return new RegExp(`^${Kv}T(?:${o})$`)}var pl=/^[\s\S]{0,}$/,ml=e=>{let t=e?`[\\s\\S]{${e?.minimum??0},${e?.maximum??""}}`:"[\\s\\S]*";return new RegExp(`^${t}$`)},gl=/^-?\d+n?$/,qi=/^-?\d+$/,ln=/^-?\d+(?:\.\d+)?$/,hl=/^(?:true|false)$/i,vl=/^null$/i;var bl=/^undefined$/i;var yl=/^[^A-Z]*$/,$l=/^[^a-z]*$/,wl=/^[0-9a-fA-F]*$/;function Bi(e,t){return new RegExp(`^[A-Za-z0-9+/]{${e}}${t}$`)}function Zi(e){return new RegExp(`^[A-Za-z0-9_-]{${e}}$`)}var i_=/^[0-9a-fA-F]{32}$/,o_=Bi(22,"=="),a_=Zi(22),s_=/^[0-9a-fA-F]{40}$/,c_=Bi(27,"="),u_=Zi(27),l_=/^[0-9a-fA-F]{64}$/,d_=Bi(43,"="),f_=Zi(43),p_=/^[0-9a-fA-F]{96}$/,m_=Bi(64,""),g_=Zi(64),h_=/^[0-9a-fA-F]{128}$/,v_=Bi(86,"=="),b_=Zi(86);var Ue=w("$ZodCheck",(e,t)=>{var r;e._zod??(e._zod={}),e._zod.def=t,(r=e._zod).onattach??(r.onattach=[])}),xl=e=>{let t=e.value;return!aa(t)&&t.size!==void 0},kl=e=>{let t=e.value;return!aa(t)&&t.length!==void 0},ka={number:"number",bigint:"bigint",object:"date"},Aa=w("$ZodCheckLessThan",(e,t)=>{Ue.init(e,t);let r=ka[typeof t.value];e._zod.check=o=>{(t.inclusive?o.value<=t.value:o.value<t.value)||o.issues.push({origin:ka[typeof o.value]??r,code:"too_big",maximum:typeof t.value=="object"?t.value.getTime():t.value,input:o.value,inclusive:t.inclusive,inst:e,continue:!t.abort})}}),Ia=w("$ZodCheckGreaterThan",(e,t)=>{Ue.init(e,t);let r=ka[typeof t.value];e._zod.check=o=>{(t.inclusive?o.value>=t.value:o.value>t.value)||o.issues.push({origin:ka[typeof o.value]??r,code:"too_small",minimum:typeof t.value=="object"?t.value.getTime():t.value,input:o.value,inclusive:t.inclusive,inst:e,continue:!t.abort})}}),_l=w("$ZodCheckMultipleOf",(e,t)=>{Ue.init(e,t),e._zod.check=r=>{if(typeof r.value!=typeof t.value)throw new Error("Cannot mix number and bigint in multiple_of check.");(typeof r.value=="bigint"?t.value!==BigInt(0)&&r.value%t.value===BigInt(0):Pi(r.value,t.value)===0)||r.issues.push({origin:typeof r.value,code:"not_multiple_of",divisor:t.value,input:r.value,inst:e,continue:!t.abort})}}),Al=w("$ZodCheckNumberFormat",(e,t)=>{Ue.init(e,t),t.format=t.format||"float64";let r=t.format?.includes("int"),o=r?"int":"number",[n,i]=Ei[t.format];e._zod.check=a=>{let s=a.value;if(r){if(!Number.isInteger(s)){a.issues.push({expected:o,format:t.format,code:"invalid_type",continue:!1,input:s,inst:e});return}if(!Number.isSafeInteger(s)){s>0?a.issues.push({input:s,code:"too_big",maximum:Number.MAX_SAFE_INTEGER,note:"Integers must be within the safe integer range.",inst:e,origin:o,inclusive:!0,continue:!t.abort}):a.issues.push({input:s,code:"too_small",minimum:Number.MIN_SAFE_INTEGER,note:"Integers must be within the safe integer range.",inst:e,origin:o,inclusive:!0,continue:!t.abort});return}}s<n&&a.issues.push({origin:"number",input:s,code:"too_small",minimum:n,inclusive:!0,inst:e,continue:!t.abort}),s>i&&a.issues.push({origin:"number",input:s,code:"too_big",maximum:i,inclusive:!0,inst:e,continue:!t.abort})}}),Il=w("$ZodCheckBigIntFormat",(e,t)=>{Ue.init(e,t);let[r,o]=Ti[t.format];e._zod.check=n=>{let i=n.value;i<r&&n.issues.push({origin:"bigint",input:i,code:"too_small",minimum:r,inclusive:!0,inst:e,continue:!t.abort}),i>o&&n.issues.push({origin:"bigint",input:i,code:"too_big",maximum:o,inclusive:!0,inst:e,continue:!t.abort})}}),Sl=w("$ZodCheckMaxSize",(e,t)=>{var r;Ue.init(e,t),(r=e._zod.def).when??(r.when=xl),e._zod.check=o=>{let n=o.value;n.size<=t.maximum||o.issues.push({origin:Ui(n),code:"too_big",maximum:t.maximum,inclusive:!0,input:n,inst:e,continue:!t.abort})}}),Pl=w("$ZodCheckMinSize",(e,t)=>{var r;Ue.init(e,t),(r=e._zod.def).when??(r.when=xl),e._zod.check=o=>{let n=o.value;n.size>=t.minimum||o.issues.push({origin:Ui(n),code:"too_small",minimum:t.minimum,inclusive:!0,input:n,inst:e,continue:!t.abort})}}),Rl=w("$ZodCheckSizeEquals",(e,t)=>{var r;Ue.init(e,t),(r=e._zod.def).when??(r.when=xl),e._zod.check=o=>{let n=o.value,i=n.size;if(i===t.size)return;let a=i>t.size;o.issues.push({origin:Ui(n),...a?{code:"too_big",maximum:t.size}:{code:"too_small",minimum:t.size},inclusive:!0,exact:!0,input:o.value,inst:e,continue:!t.abort})}}),Dl=w("$ZodCheckMaxLength",(e,t)=>{var r;Ue.init(e,t),(r=e._zod.def).when??(r.when=kl),e._zod.check=o=>{let n=o.value,i=n.length;if((typeof n=="string"&&i>t.maximum?Hn(n):i)<=t.maximum)return;let s=Ni(n);o.issues.push({origin:s,code:"too_big",maximum:t.maximum,inclusive:!0,input:n,inst:e,continue:!t.abort})}}),El=w("$ZodCheckMinLength",(e,t)=>{var r;Ue.init(e,t),(r=e._zod.def).when??(r.when=kl),e._zod.check=o=>{let n=o.value,i=n.length;if((typeof n=="string"&&i>=t.minimum&&i<t.minimum*2?Hn(n):i)>=t.minimum)return;let s=Ni(n);o.issues.push({origin:s,code:"too_small",minimum:t.minimum,inclusive:!0,input:n,inst:e,continue:!t.abort})}}),Tl=w("$ZodCheckLengthEquals",(e,t)=>{var r;Ue.init(e,t),(r=e._zod.def).when??(r.when=kl),e._zod.check=o=>{let n=o.value,i=n.length,a=typeof n=="string"&&i>=t.length&&i<=t.length*2?Hn(n):i;if(a===t.length)return;let s=Ni(n),u=a>t.length;o.issues.push({origin:s,...u?{code:"too_big",maximum:t.length}:{code:"too_small",minimum:t.length},inclusive:!0,exact:!0,input:o.value,inst:e,continue:!t.abort})}}),Tr=w("$ZodCheckStringFormat",(e,t)=>{var r,o;Ue.init(e,t),t.pattern?(r=e._zod).check??(r.check=n=>{t.pattern.lastIndex=0,!t.pattern.test(n.value)&&n.issues.push({origin:"string",code:"invalid_format",format:t.format,input:n.value,...t.pattern?{pattern:t.pattern.toString()}:{},inst:e,continue:!t.abort})}):(o=e._zod).check??(o.check=()=>{})}),Ol=w("$ZodCheckRegex",(e,t)=>{Tr.init(e,t),e._zod.check=r=>{t.pattern.lastIndex=0,!t.pattern.test(r.value)&&r.issues.push({origin:"string",code:"invalid_format",format:"regex",input:r.value,pattern:t.pattern.toString(),inst:e,continue:!t.abort})}}),Ul=w("$ZodCheckLowerCase",(e,t)=>{t.pattern??(t.pattern=yl),Tr.init(e,t)}),Nl=w("$ZodCheckUpperCase",(e,t)=>{t.pattern??(t.pattern=$l),Tr.init(e,t)}),zl=w("$ZodCheckIncludes",(e,t)=>{Ue.init(e,t);let r=zt(t.includes),o=new RegExp(typeof t.position=="number"?`^.{${t.position},}${r}`:r);t.pattern=o,e._zod.check=n=>{n.value.includes(t.includes,t.position)||n.issues.push({origin:"string",code:"invalid_format",format:"includes",includes:t.includes,input:n.value,inst:e,continue:!t.abort})}}),Cl=w("$ZodCheckStartsWith",(e,t)=>{Ue.init(e,t);let r=new RegExp(`^${zt(t.prefix)}.*`);t.pattern??(t.pattern=r),e._zod.check=o=>{o.value.startsWith(t.prefix)||o.issues.push({origin:"string",code:"invalid_format",format:"starts_with",prefix:t.prefix,input:o.value,inst:e,continue:!t.abort})}}),jl=w("$ZodCheckEndsWith",(e,t)=>{Ue.init(e,t);let r=new RegExp(`.*${zt(t.suffix)}$`);t.pattern??(t.pattern=r),e._zod.check=o=>{o.value.endsWith(t.suffix)||o.issues.push({origin:"string",code:"invalid_format",format:"ends_with",suffix:t.suffix,input:o.value,inst:e,continue:!t.abort})}});function _a(e,t,r){e.issues.length&&t.issues.push(...$t(r,e.issues))}var Fl=w("$ZodCheckProperty",(e,t)=>{Ue.init(e,t),e._zod.check=r=>{let o=t.schema._zod.run({value:r.value[t.property],issues:[]},{});if(o instanceof Promise)return o.then(n=>_a(n,r,t.property));_a(o,r,t.property)}}),Ll=w("$ZodCheckProperties",(e,t)=>{Ue.init(e,t),zi(e,Symbol.iterator,function*(){yield e});let r;e._zod.check=o=>{if(o.value==null){o.issues.push({expected:"object",code:"invalid_type",input:o.value,inst:e});return}r??(r=Reflect.ownKeys(t.shape).map(a=>[a,t.shape[a]]));let n=o.value,i;for(let[a,s]of r){let u=s._zod.run({value:n[a],issues:[]},{});u instanceof Promise?(i??(i=[]),i.push(u.then(c=>_a(c,o,a)))):_a(u,o,a)}if(i)return Promise.all(i).then(()=>{})}}),Ml=w("$ZodCheckMimeType",(e,t)=>{Ue.init(e,t);let r=new Set(t.mime);e._zod.check=o=>{r.has(o.value.type)||o.issues.push({code:"invalid_value",values:t.mime,input:o.value.type,inst:e,continue:!t.abort})}}),ql=w("$ZodCheckOverwrite",(e,t)=>{Ue.init(e,t),e._zod.check=r=>{r.value=t.tx(r.value)}});var Jn=class{constructor(t=[],r={}){this.content=[],this.indent=0,this.args=t,this.closed=r}indented(t){this.indent+=1;try{t(this)}finally{this.indent-=1}}write(t){if(typeof t=="function"){t(this,{execution:"sync"}),t(this,{execution:"async"});return}let o=t.split(`
`).filter(a=>a),n=Math.min(...o.map(a=>a.length-a.trimStart().length)),i=o.map(a=>a.slice(n)).map(a=>" ".repeat(this.indent*2)+a);for(let a of i)this.content.push(a)}compile(){let t=Function,r=this?.content??[""];return new t(...Object.keys(this.closed),`return function (${this.args.join(", ")}) {
${r.join(`
`)}
};`)(...Object.values(this.closed))}};var Bl={major:4,minor:6,patch:7};var pe=w("$ZodType",(e,t)=>{var r;e??(e={}),e._zod.def=t,e._zod.bag=e._zod.bag||{},e._zod.version=Bl;let o=e._zod.def.checks,n=e._zod.traits.has("$ZodCheck")?[e,...o??[]]:o?.length?[...o]:[];for(let i of n)for(let a of i._zod.onattach)a(e);if(n.length===0)(r=e._zod).deferred??(r.deferred=[]),e._zod.deferred?.push(()=>{e._zod.run=e._zod.parse});else{let i=(s,u,c)=>{if(s.memo)return s;let l=lt(s),f;for(let p of u){if(p._zod.def.when){if(Du(s)||!p._zod.def.when(s))continue}else if(l)continue;let g=s.issues.length,v=p._zod.check(s);if(v instanceof Promise&&c?.async===!1)throw new xt;if(f||v instanceof Promise)f=(f??Promise.resolve()).then(async()=>{await v,s.issues.length!==g&&(Oi(s.issues,g,e),l||(l=lt(s,g)))});else{if(s.issues.length===g)continue;Oi(s.issues,g,e),l||(l=lt(s,g))}}return f?f.then(()=>s):s},a=(s,u,c)=>{if(lt(s))return s.aborted=!0,s;let l=i(u,n,c);if(l instanceof Promise){if(c.async===!1)throw new xt;return l.then(f=>e._zod.parse(f,c))}return e._zod.parse(l,c)};e._zod.run=(s,u)=>{if(u.skipChecks)return e._zod.parse(s,u);if(u.direction==="backward"){let l=e._zod.parse({value:s.value,issues:[]},{...u,skipChecks:!0});return l instanceof Promise?l.then(f=>a(f,s,u)):a(l,s,u)}let c=e._zod.parse(s,u);if(c instanceof Promise){if(u.async===!1)throw new xt;return c.then(l=>i(l,n,u))}return i(c,n,u)}}},{get"~standard"(){return zi(this,"~standard",Ea(this))},set"~standard"(e){An(this,"~standard",e)}}),l0=(e,t)=>e.issues.length?{issues:e.issues.map(r=>wt(r,t,Le()))}:{value:e.value};async function y_(e,t){let r={async:!0};return l0(await e._zod.run({value:t,issues:[]},r),r)}function Ea(e){return{validate:t=>{let r={async:!1};try{let o=e._zod.run({value:t,issues:[]},r);if(!(o instanceof Promise))return l0(o,r)}catch{}return y_(e,t)},vendor:"zod",version:1}}var Xn=w("$ZodString",(e,t)=>{pe.init(e,t),e._zod.pattern=t.pattern??pl,e._zod.parse=(r,o)=>{if(t.coerce)try{r.value=String(r.value)}catch{}return typeof r.value=="string"||r.issues.push({expected:"string",code:"invalid_type",input:r.value,inst:e}),r}}),De=w("$ZodStringFormat",(e,t)=>{Tr.init(e,t),Xn.init(e,t)}),Vl=w("$ZodGUID",(e,t)=>{t.pattern??(t.pattern=Ju),De.init(e,t)}),Gl=w("$ZodUUID",(e,t)=>{if(t.version){let o={v1:1,v2:2,v3:3,v4:4,v5:5,v6:6,v7:7,v8:8}[t.version];if(o===void 0)throw new Error(`Invalid UUID version: "${t.version}"`);t.pattern??(t.pattern=Wn(o))}else t.pattern??(t.pattern=Wn());De.init(e,t)}),Kl=w("$ZodEmail",(e,t)=>{t.pattern??(t.pattern=Xu),De.init(e,t)}),Hl=1,Vi=2;function Wl(e){try{return typeof URL<"u"&&typeof URL.canParse=="function"?URL.canParse(e):(new URL(e),!0)}catch{return!1}}function Ta(e,t){return!("normalize"in t)&&!("hostname"in t)&&!("protocol"in t)?Wl(e)||Vi:d0(e,t)}function d0(e,t){if(!t.normalize&&t.protocol?.source===Mi.source&&!/^https?:\/\//i.test(e))return Hl;try{if(typeof URL<"u"){let r=URL;if(typeof r.parse=="function")return r.parse(e)??Vi}return new URL(e)}catch{return Vi}}var $_=/[\t\n\r]/g;function Gi(e){return e.replace($_,"")}function Oa(e,t){return t.lastIndex=0,t.test(e.hostname)}function Ua(e,t){return t.lastIndex=0,t.test(e.protocol.endsWith(":")?e.protocol.slice(0,-1):e.protocol)}var Jl=w("$ZodURL",(e,t)=>{De.init(e,t),e._zod.check=r=>{try{let o=r.value.trim(),n=Ta(o,t);if(n===Hl){r.issues.push({code:"invalid_format",format:"url",note:"Invalid URL format",input:r.value,inst:e,continue:!t.abort});return}if(n===Vi){r.issues.push({code:"invalid_format",format:"url",input:r.value,inst:e,continue:!t.abort});return}if(n===!0){r.value=Gi(o);return}t.hostname&&!Oa(n,t.hostname)&&r.issues.push({code:"invalid_format",format:"url",note:"Invalid hostname",pattern:t.hostname.source,input:r.value,inst:e,continue:!t.abort}),t.protocol&&!Ua(n,t.protocol)&&r.issues.push({code:"invalid_format",format:"url",note:"Invalid protocol",pattern:t.protocol.source,input:r.value,inst:e,continue:!t.abort}),r.value=t.normalize?n.href:Gi(o);return}catch{r.issues.push({code:"invalid_format",format:"url",input:r.value,inst:e,continue:!t.abort})}}}),Xl=w("$ZodEmoji",(e,t)=>{t.pattern??(t.pattern=Yu()),De.init(e,t)}),Yl=w("$ZodNanoID",(e,t)=>{if(t.length!==void 0&&(!Number.isInteger(t.length)||t.length<1))throw new Error(`Invalid nanoid length: ${t.length}`);t.pattern??(t.pattern=t.length===void 0?Ku:Hu(t.length)),De.init(e,t)}),Ql=w("$ZodCUID",(e,t)=>{t.pattern??(t.pattern=qu),De.init(e,t)}),ed=w("$ZodCUID2",(e,t)=>{t.pattern??(t.pattern=Bu),De.init(e,t)}),td=w("$ZodULID",(e,t)=>{t.pattern??(t.pattern=Zu),De.init(e,t)}),nd=w("$ZodXID",(e,t)=>{t.pattern??(t.pattern=Vu),De.init(e,t)}),rd=w("$ZodKSUID",(e,t)=>{t.pattern??(t.pattern=Gu),De.init(e,t)}),id=w("$ZodISODateTime",(e,t)=>{t.pattern??(t.pattern=fl(t)),De.init(e,t)}),od=w("$ZodISODate",(e,t)=>{t.pattern??(t.pattern=ll),De.init(e,t)}),ad=w("$ZodISOTime",(e,t)=>{t.pattern??(t.pattern=dl(t)),De.init(e,t)}),sd=w("$ZodISODuration",(e,t)=>{t.pattern??(t.pattern=Wu),De.init(e,t)}),cd=w("$ZodIPv4",(e,t)=>{t.pattern??(t.pattern=Qu),De.init(e,t)}),w_=/^[0-9a-fA-F:.]+$/;function Ki(e){return w_.test(e)?Wl(`http://[${e}]`):!1}var ud=w("$ZodIPv6",(e,t)=>{t.pattern??(t.pattern=el),De.init(e,t),e._zod.check=r=>{Ki(r.value)||r.issues.push({code:"invalid_format",format:"ipv6",input:r.value,inst:e,continue:!t.abort})}}),ld=w("$ZodMAC",(e,t)=>{t.pattern??(t.pattern=tl(t.delimiter)),De.init(e,t)}),dd=w("$ZodCIDRv4",(e,t)=>{t.pattern??(t.pattern=nl),De.init(e,t)});function Na(e){let t=e.split("/");if(t.length!==2)return!1;let[r,o]=t;if(!o)return!1;let n=Number(o);return`${n}`!==o||n<0||n>128?!1:Ki(r)}var fd=w("$ZodCIDRv6",(e,t)=>{t.pattern??(t.pattern=rl),De.init(e,t),e._zod.check=r=>{Na(r.value)||r.issues.push({code:"invalid_format",format:"cidrv6",input:r.value,inst:e,continue:!t.abort})}});function Hi(e){if(e==="")return!0;if(/\s/.test(e)||e.length%4!==0)return!1;try{return atob(e),!0}catch{return!1}}var za=/^[0-9a-zA-Z+/]*={0,2}$/,pd=w("$ZodBase64",(e,t)=>{t.pattern??(t.pattern=za),De.init(e,t),e._zod.check=r=>{Hi(r.value)||r.issues.push({code:"invalid_format",format:"base64",input:r.value,inst:e,continue:!t.abort})}}),Wi=/^[A-Za-z0-9_-]*$/;function Ca(e){if(!Wi.test(e))return!1;let t=e.replace(/[-_]/g,o=>o==="-"?"+":"/"),r=t.padEnd(Math.ceil(t.length/4)*4,"=");return Hi(r)}var md=w("$ZodBase64URL",(e,t)=>{t.pattern??(t.pattern=Wi),De.init(e,t),e._zod.check=r=>{Ca(r.value)||r.issues.push({code:"invalid_format",format:"base64url",input:r.value,inst:e,continue:!t.abort})}}),gd=w("$ZodE164",(e,t)=>{t.pattern??(t.pattern=cl),De.init(e,t)}),x_=/[- ]/g;function k_(e){let t=e.length,r=1,o=0;for(;t;){let n=e.charCodeAt(--t)-48;r^=1,o+=r?[0,2,4,6,8,1,3,5,7,9][n]:n}return o%10===0}function ja(e){return wa.test(e)?k_(e.replace(x_,"")):!1}var hd=w("$ZodCreditCard",(e,t)=>{t.pattern??(t.pattern=wa),De.init(e,t),e._zod.check=r=>{ja(r.value)||r.issues.push({code:"invalid_format",format:"credit_card",input:r.value,inst:e,continue:!t.abort})}});function __(e){let t=0,r=e.length;for(let o=4;o<r;o++){let n=e.charCodeAt(o);t=(n>=65?t*100+(n-55):t*10+(n-48))%97}for(let o=0;o<4;o++){let n=e.charCodeAt(o);t=(n>=65?t*100+(n-55):t*10+(n-48))%97}return t===1}function Fa(e){return xa.test(e)?__(e):!1}var vd=w("$ZodIBAN",(e,t)=>{t.pattern??(t.pattern=xa),De.init(e,t),e._zod.check=r=>{Fa(r.value)||r.issues.push({code:"invalid_format",format:"iban",input:r.value,inst:e,continue:!t.abort})}});function La(e,t=null){try{let r=e.split(".");if(r.length!==3)return!1;let[o]=r;if(!o)return!1;let n=JSON.parse(atob(o));return!("typ"in n&&n?.typ!=="JWT"||!n.alg||t&&(!("alg"in n)||n.alg!==t))}catch{return!1}}var bd=w("$ZodJWT",(e,t)=>{De.init(e,t),e._zod.check=r=>{La(r.value,t.alg)||r.issues.push({code:"invalid_format",format:"jwt",input:r.value,inst:e,continue:!t.abort})}}),yd=w("$ZodCustomStringFormat",(e,t)=>{De.init(e,t),e._zod.check=r=>{t.fn(r.value)||r.issues.push({code:"invalid_format",format:t.format,input:r.value,inst:e,continue:!t.abort})}}),Ma=w("$ZodNumber",(e,t)=>{pe.init(e,t),e._zod.pattern=ln,e._zod.parse=(r,o)=>{if(t.coerce)try{r.value=Number(r.value)}catch{}let n=r.value;if(typeof n=="number"&&!Number.isNaN(n)&&Number.isFinite(n))return r;let i=typeof n=="number"?Number.isNaN(n)?"NaN":Number.isFinite(n)?void 0:String(n):void 0;return r.issues.push({expected:"number",code:"invalid_type",input:n,inst:e,...i?{received:i}:{}}),r}}),$d=w("$ZodNumberFormat",(e,t)=>{Al.init(e,t),Ma.init(e,t)}),Ji=w("$ZodBoolean",(e,t)=>{pe.init(e,t),e._zod.pattern=hl,e._zod.parse=(r,o)=>{if(t.coerce)try{r.value=!!r.value}catch{}let n=r.value;return typeof n=="boolean"||r.issues.push({expected:"boolean",code:"invalid_type",input:n,inst:e}),r}}),qa=w("$ZodBigInt",(e,t)=>{pe.init(e,t),e._zod.pattern=gl,e._zod.parse=(r,o)=>{if(t.coerce)try{r.value=BigInt(r.value)}catch{}return typeof r.value=="bigint"||r.issues.push({expected:"bigint",code:"invalid_type",input:r.value,inst:e}),r}}),wd=w("$ZodBigIntFormat",(e,t)=>{Il.init(e,t),qa.init(e,t)}),xd=w("$ZodSymbol",(e,t)=>{pe.init(e,t),e._zod.parse=(r,o)=>{let n=r.value;return typeof n=="symbol"||r.issues.push({expected:"symbol",code:"invalid_type",input:n,inst:e}),r}}),kd=w("$ZodUndefined",(e,t)=>{pe.init(e,t),e._zod.pattern=bl,e._zod.values=new Set([void 0]),e._zod.parse=(r,o)=>{let n=r.value;return typeof n>"u"||r.issues.push({expected:"undefined",code:"invalid_type",input:n,inst:e}),r}}),_d=w("$ZodNull",(e,t)=>{pe.init(e,t),e._zod.pattern=vl,e._zod.values=new Set([null]),e._zod.parse=(r,o)=>{let n=r.value;return n===null||r.issues.push({expected:"null",code:"invalid_type",input:n,inst:e}),r}}),Ad=w("$ZodAny",(e,t)=>{pe.init(e,t),e._zod.parse=r=>r}),Id=w("$ZodUnknown",(e,t)=>{pe.init(e,t),e._zod.parse=r=>r}),Sd=w("$ZodNever",(e,t)=>{pe.init(e,t),e._zod.parse=(r,o)=>(r.issues.push({expected:"never",code:"invalid_type",input:r.value,inst:e}),r)}),Pd=w("$ZodVoid",(e,t)=>{pe.init(e,t),e._zod.parse=(r,o)=>{let n=r.value;return typeof n>"u"||r.issues.push({expected:"void",code:"invalid_type",input:n,inst:e}),r}}),Rd=w("$ZodDate",(e,t)=>{pe.init(e,t),e._zod.parse=(r,o)=>{if(t.coerce)try{r.value=new Date(r.value)}catch{}let n=r.value,i=n instanceof Date;return i&&!Number.isNaN(n.getTime())||r.issues.push({expected:"date",code:"invalid_type",input:n,...i?{received:"Invalid Date"}:{},inst:e}),r}});function Dd(e,t){let r=Ir(e._zod.def.checks);if(!r.length)return;let o=Math.min(...r.map(i=>i[0])),n=e._zod.parse;e._zod.parse=(i,a)=>{let s=t(i.value);if(s>o&&!a?.skipChecks&&a?.direction!=="backward"){for(let[u,c]of Ir(e._zod.def.checks))if(s>u&&c._zod.def.when(i)){let l=i.issues.length;return c._zod.check(i),i.issues[l].continue=!1,Oi(i.issues,l,e),i}}return n(i,a)}}var A_=e=>Array.isArray(e)?e.length:-1,I_=e=>e instanceof Map?e.size:-1,S_=e=>e instanceof Set?e.size:-1;function Wv(e,t,r){e.issues.length&&t.issues.push(...$t(r,e.issues)),t.value[r]=e.value}var Ed=w("$ZodArray",(e,t)=>{pe.init(e,t);let r=Je.memoizer;r?.attach(e),e._zod.parse=(o,n)=>{let i=o.value;if(!Array.isArray(i))return o.issues.push({expected:"array",code:"invalid_type",input:i,inst:e}),o;o.value=r?r.alloc(e,o,Array(i.length),n):Array(i.length);let a=[],s=n?.abortEarly;for(let u=0;u<i.length;u++){let c=i[u],l=t.element._zod.run({value:c,issues:[]},n);if(l instanceof Promise)a.push(l.then(f=>Wv(f,o,u)));else if(Wv(l,o,u),s&&l.issues.length!==0&&lt(l))break}return a.length?Promise.all(a).then(()=>o):o},Dd(e,A_)});function Da(e,t,r,o,n,i){let a=r in o,s=i==="optional";if(!(!a&&s&&n==="optional")){if(e.issues.length){if(n!==void 0&&s&&!a)return;t.issues.push(...$t(r,e.issues))}if(!a&&n===void 0){e.issues.length||t.issues.push({code:"invalid_type",expected:"nonoptional",input:void 0,path:[r]});return}e.value===void 0?(a||n==="defaulted"&&!s)&&(t.value[r]=void 0):t.value[r]=e.value}}var P_=[];function f0(e){let t=Object.keys(e.shape),r=Object.getOwnPropertySymbols(e.shape),o=r.length?r:P_,n=o.length?[...t,...o]:t;for(let a of n)if(!e.shape?.[a]?._zod?.traits?.has("$ZodType"))throw new Error(`Invalid element at key "${String(a)}": expected a Zod schema`);let i=Ru(e.shape);return{...e,allKeys:n,symbolKeys:o,keySet:new Set(t),numKeys:t.length,optionalKeys:new Set(i)}}function p0(e,t,r,o,n,i,a){let s=[],u=n.keySet,c=n.catchall._zod,l=c.def.type,f=c.optin,p=c.optout,g=0;for(let v in t){if(a&&r.issues.length!==g){if(lt(r,g))break;g=r.issues.length}if(u.has(v))continue;if(v==="__proto__"){l==="never"&&s.push(v);continue}if(l==="never"){s.push(v);continue}let h=c.run({value:t[v],issues:[]},o);h instanceof Promise?e.push(h.then(y=>Da(y,r,v,t,f,p))):Da(h,r,v,t,f,p)}return s.length&&r.issues.push({code:"unrecognized_keys",keys:s,input:t,inst:i,continue:!0}),e.length?Promise.all(e).then(()=>r):r}var m0=w("$ZodObject",(e,t)=>{pe.init(e,t);let r=Object.getOwnPropertyDescriptor(t,"shape"),o=r?.get?r.get.raw:t.shape??{};if(o){let c=()=>{let l={...o};return Object.defineProperty(t,"shape",{value:l}),c.raw=l,l};c.raw=o,Object.defineProperty(t,"shape",{get:c})}let n=_r(()=>f0(t));be(e,"propValues",c=>{let l=c.def.shape,f={};for(let p in l){let g=l[p]._zod;if(g.values){Object.prototype.hasOwnProperty.call(f,p)||et(f,p,new Set);for(let v of g.values)f[p].add(v);g.optin!==void 0&&f[p].add(void 0)}}return f});let i=Kn,a=t.catchall,s,u=Je.memoizer;u?.attach(e),e._zod.parse=(c,l)=>{s??(s=n.value);let f=c.value;if(!i(f))return c.issues.push({expected:"object",code:"invalid_type",input:f,inst:e}),c;c.value=u?u.alloc(e,c,{},l):{};let p=[],g=s.shape,v=l?.abortEarly,h=c.issues.length;for(let y of s.allKeys){if(v&&c.issues.length!==h){if(lt(c,h))break;h=c.issues.length}if(y==="__proto__")continue;let _=g[y],$=_._zod.optin,x=_._zod.optout,F=_._zod.run({value:f[y],issues:[]},l);F instanceof Promise?p.push(F.then(B=>Da(B,c,y,f,$,x))):Da(F,c,y,f,$,x)}return a?p0(p,f,c,l,n.value,e,v===!0):p.length?Promise.all(p).then(()=>c):c}}),Td=w("$ZodObjectJIT",(e,t)=>{m0.init(e,t);let r=e._zod.parse,o=_r(()=>f0(t)),n=Je.memoizer,i=g=>{let v=o.value,h=v.symbolKeys,y=new Jn(["payload","ctx"],{shape:g,inst:e,memo:n,syms:h}),_=B=>`shape[${B}]._zod.run({ value: input[${B}], issues: [] }, ctx)`,$=(B,W)=>`
          let ${B}_ab = false;
          for (let i = 0; i < ${B}.issues.length; i++) {
            const iss = ${B}.issues[i];
            iss.path = iss.path ? [${W}, ...iss.path] : [${W}];
            payload.issues.push(iss);
            if (iss.continue !== true) ${B}_ab = true;
          }
          if (${B}_ab && ctx && ctx.abortEarly) {
            payload.value = newResult;
            return payload;
          }`;y.write("const input = payload.value;");let x=Object.create(null),F=0;for(let B of v.allKeys)x[B]=`key_${F++}`;y.write(n?"const newResult = memo.alloc(inst, payload, {}, ctx);":"const newResult = {};");for(let B of v.allKeys){if(B==="__proto__")continue;let W=x[B],re=typeof B=="symbol"?`syms[${h.indexOf(B)}]`:ut(B),Q=`${re} in input`,ee=g[B],D=ee?._zod?.optin,ve=D!==void 0,xe=ee?._zod?.optout==="optional";if(y.write(`const ${W} = ${_(re)};`),ve&&xe){let ke=D==="optional"?`${W}_present`:`${W}.value !== undefined || ${W}_present`;y.write(`
        const ${W}_present = ${Q};
        if (!${W}.issues.length || ${W}_present) {
          if (${W}.issues.length) {${$(W,re)}
          }

          if (${ke}) {
            newResult[${re}] = ${W}.value;
          }
        }

      `)}else ve?(y.write(`
        if (${W}.issues.length) {${$(W,re)}
        }
      `),D==="defaulted"?y.write(`newResult[${re}] = ${W}.value;`):y.write(`
        if (${W}.value !== undefined || ${Q}) {
          newResult[${re}] = ${W}.value;
        }
      `)):y.write(`
        const ${W}_present = ${Q};
        if (${W}.issues.length) {${$(W,re)}
        }
        if (!${W}_present && !${W}.issues.length) {
          payload.issues.push({
            code: "invalid_type",
            expected: "nonoptional",
            input: undefined,
            path: [${re}]
          });
          if (ctx && ctx.abortEarly) {
            payload.value = newResult;
            return payload;
          }
        }

        if (${W}_present) {
          newResult[${re}] = ${W}.value;
        }

      `)}return y.write("payload.value = newResult;"),y.write("return payload;"),y.compile()},a,s=Kn,u=!Je.jitless,l=u&&Su.value,f=t.catchall,p;e._zod.parse=(g,v)=>{p??(p=o.value);let h=g.value;return s(h)?u&&l&&v?.async===!1&&v.jitless!==!0?(a||(a=i(t.shape)),g=a(g,v),f?p0([],h,g,v,p,e,v?.abortEarly===!0):g):r(g,v):(g.issues.push({expected:"object",code:"invalid_type",input:h,inst:e}),g)}});function Jv(e,t,r,o){for(let i of e)if(i.issues.length===0)return t.value=i.value,t;let n=e.filter(i=>!lt(i));return n.length===1?(t.value=n[0].value,n[0]):(t.issues.push({code:"invalid_union",input:t.value,inst:r,errors:e.map(i=>i.issues.map(a=>wt(a,o,Le())))}),t)}var Xi=w("$ZodUnion",(e,t)=>{pe.init(e,t),be(e,"optin",o=>o.def.options.some(n=>n._zod.optin==="defaulted")?"defaulted":o.def.options.some(n=>n._zod.optin!==void 0)?"optional":void 0),be(e,"optout",o=>o.def.options.some(n=>n._zod.optout==="optional")?"optional":void 0),be(e,"values",o=>{if(o.def.options.every(n=>n._zod.values))return new Set(o.def.options.flatMap(n=>Array.from(n._zod.values)))}),be(e,"pattern",o=>{if(o.def.options.every(n=>n._zod.pattern)){let n=o.def.options.map(i=>i._zod.pattern);return new RegExp(`^(${n.map(i=>un(i.source)).join("|")})$`)}});let r=t.options.length===1?t.options[0]._zod.run:null;e._zod.parse=(o,n)=>{if(r)return r(o,n);let i=!1,a=[];for(let s of t.options){let u=s._zod.run({value:o.value,issues:[]},n);if(u instanceof Promise)a.push(u),i=!0;else{if(u.issues.length===0)return u;a.push(u)}}return i?Promise.all(a).then(s=>Jv(s,o,e,n)):Jv(a,o,e,n)}});function Xv(e,t,r,o){let n=[];for(let i=0;i<e.length;i++)e[i].issues.length===0&&n.push(i);return n.length===1?(t.value=e[n[0]].value,t):(n.length===0?t.issues.push({code:"invalid_union",input:t.value,inst:r,errors:e.map(i=>i.issues.map(a=>wt(a,o,Le())))}):t.issues.push({code:"invalid_union",input:t.value,inst:r,errors:[],inclusive:!1,matches:n}),t)}var Od=w("$ZodXor",(e,t)=>{Xi.init(e,t),t.inclusive=!1;let r=t.options.length===1?t.options[0]._zod.run:null;e._zod.parse=(o,n)=>{if(r)return r(o,n);let i=!1,a=[];for(let s of t.options){let u=s._zod.run({value:o.value,issues:[]},n);u instanceof Promise?(a.push(u),i=!0):a.push(u)}return i?Promise.all(a).then(s=>Xv(s,o,e,n)):Xv(a,o,e,n)}});function Ud(e,t){let r=e._zod,o=r.bag.optionsMap;o||(o=g0(r.def),r.bag.optionsMap=o);let n=o.get(t);if(n===null)throw new Error(`Ambiguous discriminator value "${String(t)}"`);return n}function g0(e){let t=new Map;for(let r of e.options){let o=r._zod.propValues?.[e.discriminator];if(!o||o.size===0)throw new Error(`Invalid discriminated union option at index "${e.options.indexOf(r)}"`);for(let n of o)if(t.has(n)){if(n!==void 0)throw new Error(`Duplicate discriminator value "${String(n)}"`);t.set(n,null)}else t.set(n,r)}return t}var Nd=w("$ZodDiscriminatedUnion",(e,t)=>{t.inclusive=!1,Xi.init(e,t);let r=e._zod.parse;be(e,"propValues",n=>{let i={},a=0;for(let s of n.def.options){let u=s._zod.propValues;if(!u||Object.keys(u).length===0)throw new Error(`Invalid discriminated union option at index "${n.def.options.indexOf(s)}"`);u[n.def.discriminator]?.has(void 0)&&a++;for(let[c,l]of Object.entries(u)){Object.prototype.hasOwnProperty.call(i,c)||et(i,c,new Set);for(let f of l)i[c].add(f)}}return!n.def.unionFallback&&a>1&&i[n.def.discriminator]?.delete(void 0),i}),t.options.forEach((n,i)=>{let a=Ar(n._zod.def);if(a&&!Object.prototype.hasOwnProperty.call(a,t.discriminator))throw new Error(`Invalid discriminated union option at index "${i}"`)});let o=_r(()=>g0(t));e._zod.parse=(n,i)=>{let a=n.value;if(!Kn(a))return n.issues.push({code:"invalid_type",expected:"object",input:a,inst:e}),n;let s=a?.[t.discriminator],u=o.value.get(s);return u&&(s!==void 0||i.direction!=="backward")?u._zod.run(n,i):t.unionFallback||i.direction==="backward"?r(n,i):(n.issues.push({code:"invalid_union",errors:[],note:"No matching discriminator",discriminator:t.discriminator,options:Array.from(o.value.keys()).filter(c=>o.value.get(c)!==null),input:a,path:[t.discriminator],inst:e}),n)}}),zd=w("$ZodIntersection",(e,t)=>{pe.init(e,t),e._zod.parse=(r,o)=>{let n=r.value,i=t.left._zod.run({value:n,issues:[]},o),a=t.right._zod.run({value:n,issues:[]},o);return i instanceof Promise||a instanceof Promise?Promise.all([i,a]).then(([u,c])=>Yv(r,u,c)):Yv(r,i,a)}});function Or(e,t){if(e===t)return{valid:!0,data:e};if(e instanceof Date&&t instanceof Date&&+e==+t)return{valid:!0,data:e};if(Nt(e)&&Nt(t)){let r=Object.keys(t),o=Object.keys(e).filter(i=>r.indexOf(i)!==-1),n={...e,...t};Object.prototype.hasOwnProperty.call(n,"__proto__")&&delete n.__proto__;for(let i of o){if(i==="__proto__")continue;let a=Or(e[i],t[i]);if(!a.valid)return{valid:!1,mergeErrorPath:[i,...a.mergeErrorPath]};n[i]=a.data}return{valid:!0,data:n}}if(Array.isArray(e)&&Array.isArray(t)){if(e.length!==t.length)return{valid:!1,mergeErrorPath:[]};let r=[];for(let o=0;o<e.length;o++){let n=e[o],i=t[o],a=Or(n,i);if(!a.valid)return{valid:!1,mergeErrorPath:[o,...a.mergeErrorPath]};r.push(a.data)}return{valid:!0,data:r}}return{valid:!1,mergeErrorPath:[]}}function Yv(e,t,r){let o=new Map,n,i=new Map,a=(c,l)=>{let f;if(c.code==="unrecognized_keys"&&!c.path?.length)n??(n=c),f=c.keys;else if(c.code==="invalid_key"&&c.origin==="record"&&c.path?.length===1){let p=String(c.path[0]);i.has(p)||i.set(p,c),f=[p]}else return!1;for(let p of f)o.has(p)||o.set(p,{}),o.get(p)[l]=!0;return!0};for(let c of t.issues)a(c,"l")||e.issues.push(c);for(let c of r.issues)a(c,"r")||e.issues.push(c);let s=[...o].filter(([,c])=>c.l&&c.r).map(([c])=>c);if(s.length){let c=n?s.filter(l=>n.keys.includes(l)):[];c.length&&e.issues.push({...n,keys:c});for(let l of s)!c.includes(l)&&i.has(l)&&e.issues.push(i.get(l))}let u=Or(t.value,r.value);if(!u.valid){if(lt(e))return e;throw new Error(`Unmergable intersection. Error path: ${JSON.stringify(u.mergeErrorPath)}`)}return e.value=u.data,e}var Ba=w("$ZodTuple",(e,t)=>{pe.init(e,t);let r=t.items,o=Je.memoizer;o?.attach(e),e._zod.parse=(n,i)=>{let a=n.value;if(!Array.isArray(a))return n.issues.push({input:a,inst:e,expected:"tuple",code:"invalid_type"}),n;n.value=o?o.alloc(e,n,[],i):[];let s=[],u=Qv(r,"optin"),c=Qv(r,"optout");if(!t.rest){if(a.length<u)return n.issues.push({code:"too_small",minimum:u,inclusive:!0,input:a,inst:e,origin:"array"}),n;a.length>r.length&&n.issues.push({code:"too_big",maximum:r.length,inclusive:!0,input:a,inst:e,origin:"array"})}let l=new Array(r.length),f=t.rest?i?.abortEarly:void 0,p=!1;for(let g=0;g<r.length;g++){let v=r[g]._zod.run({value:a[g],issues:[]},i);v instanceof Promise?s.push(v.then(h=>{l[g]=h})):(l[g]=v,f&&!p&&v.issues.length&&(p=lt(v)))}if(t.rest&&!p){let g=r.length-1,v=a.slice(r.length),h=n.issues.length;for(let y of v){if(f&&n.issues.length!==h){if(lt(n,h))break;h=n.issues.length}g++;let _=t.rest._zod.run({value:y,issues:[]},i);_ instanceof Promise?s.push(_.then($=>e0($,n,g))):e0(_,n,g)}}return s.length?Promise.all(s).then(()=>t0(l,n,r,a,c)):t0(l,n,r,a,c)}});function Qv(e,t){for(let r=e.length-1;r>=0;r--)if(!(t==="optin"?e[r]._zod.optin!==void 0:e[r]._zod.optout==="optional"))return r+1;return 0}function e0(e,t,r){e.issues.length&&t.issues.push(...$t(r,e.issues)),t.value[r]=e.value}function t0(e,t,r,o,n){for(let i=0;i<r.length;i++){let a=e[i],s=i<o.length;if(!s&&i>=n&&r[i]._zod.optin==="optional"){t.value.length=i;break}if(a.issues.length){if(!s&&i>=n){t.value.length=i;break}t.issues.push(...$t(i,a.issues))}t.value[i]=a.value}for(let i=t.value.length-1;i>=o.length&&(r[i]._zod.optout==="optional"&&t.value[i]===void 0);i--)t.value.length=i;return t}var Cd=w("$ZodRecord",(e,t)=>{pe.init(e,t);let r=Je.memoizer;r?.attach(e),e._zod.parse=(o,n)=>{let i=o.value;if(!Nt(i))return o.issues.push({expected:"record",code:"invalid_type",input:i,inst:e}),o;let a=[],s=t.keyType._zod.values;if(s&&!t.partial){o.value=r?r.alloc(e,o,{},n):{};let u=new Set;for(let l of s)if(typeof l=="string"||typeof l=="number"||typeof l=="symbol"){if(u.add(typeof l=="number"?l.toString():l),l==="__proto__")continue;let f=t.keyType._zod.run({value:l,issues:[]},n);if(f instanceof Promise)throw new Error("Async schemas not supported in object keys currently");if(f.issues.length){o.issues.push({code:"invalid_key",origin:"record",issues:f.issues.map(v=>wt(v,n,Le())),input:l,path:[l],inst:e});continue}let p=f.value;if(p==="__proto__")continue;let g=t.valueType._zod.run({value:i[l],issues:[]},n);g instanceof Promise?a.push(g.then(v=>{v.issues.length&&o.issues.push(...$t(l,v.issues)),o.value[p]=v.value})):(g.issues.length&&o.issues.push(...$t(l,g.issues)),o.value[p]=g.value)}let c;for(let l in i)if(!u.has(l))if(t.mode==="loose"){if(l==="__proto__")continue;o.value[l]=i[l]}else c=c??[],c.push(l);c&&c.length>0&&o.issues.push({code:"unrecognized_keys",input:i,inst:e,keys:c,continue:!0})}else{o.value=r?r.alloc(e,o,{},n):{};let u;for(let c of Reflect.ownKeys(i)){if(c==="__proto__"||!Object.prototype.propertyIsEnumerable.call(i,c))continue;let l=t.keyType._zod.run({value:c,issues:[]},n);if(l instanceof Promise)throw new Error("Async schemas not supported in object keys currently");if(typeof c=="string"&&ln.test(c)&&l.issues.length){let v=t.keyType._zod.run({value:Number(c),issues:[]},n);if(v instanceof Promise)throw new Error("Async schemas not supported in object keys currently");v.issues.length===0&&(l=v)}if(l.issues.length){t.mode==="loose"?o.value[c]=i[c]:s?(u=u??[],u.push(c)):o.issues.push({code:"invalid_key",origin:"record",issues:l.issues.map(v=>wt(v,n,Le())),input:c,path:[c],inst:e});continue}let p=l.value;if(p==="__proto__")continue;let g=t.valueType._zod.run({value:i[c],issues:[]},n);g instanceof Promise?a.push(g.then(v=>{v.issues.length&&o.issues.push(...$t(c,v.issues)),o.value[p]=v.value})):(g.issues.length&&o.issues.push(...$t(c,g.issues)),o.value[p]=g.value)}u&&u.length>0&&o.issues.push({code:"unrecognized_keys",input:i,inst:e,keys:u,continue:!0})}return a.length?Promise.all(a).then(()=>o):o}}),jd=w("$ZodMap",(e,t)=>{pe.init(e,t);let r=Je.memoizer;r?.attach(e),e._zod.parse=(o,n)=>{let i=o.value;if(!(i instanceof Map))return o.issues.push({expected:"map",code:"invalid_type",input:i,inst:e}),o;let a=[];o.value=r?r.alloc(e,o,new Map,n):new Map;let s=n?.abortEarly,u=o.issues.length;for(let[c,l]of i){if(s&&o.issues.length!==u){if(lt(o,u))break;u=o.issues.length}let f=t.keyType._zod.run({value:c,issues:[]},n),p=t.valueType._zod.run({value:l,issues:[]},n);f instanceof Promise||p instanceof Promise?a.push(Promise.all([f,p]).then(([g,v])=>{n0(g,v,o,c,i,e,n)})):n0(f,p,o,c,i,e,n)}return a.length?Promise.all(a).then(()=>o):o},Dd(e,I_)});function n0(e,t,r,o,n,i,a){e.issues.length&&(Di.has(typeof o)?r.issues.push(...$t(o,e.issues)):r.issues.push({code:"invalid_key",origin:"map",input:n,inst:i,issues:e.issues.map(s=>wt(s,a,Le()))})),t.issues.length&&(Di.has(typeof o)?r.issues.push(...$t(o,t.issues)):r.issues.push({origin:"map",code:"invalid_element",input:n,inst:i,key:o,issues:t.issues.map(s=>wt(s,a,Le()))})),r.value.set(e.value,t.value)}var Fd=w("$ZodSet",(e,t)=>{pe.init(e,t);let r=Je.memoizer;r?.attach(e),e._zod.parse=(o,n)=>{let i=o.value;if(!(i instanceof Set))return o.issues.push({input:i,inst:e,expected:"set",code:"invalid_type"}),o;let a=[];o.value=r?r.alloc(e,o,new Set,n):new Set;let s=n?.abortEarly,u=o.issues.length;for(let c of i){if(s&&o.issues.length!==u){if(lt(o,u))break;u=o.issues.length}let l=t.valueType._zod.run({value:c,issues:[]},n);l instanceof Promise?a.push(l.then(f=>r0(f,o))):r0(l,o)}return a.length?Promise.all(a).then(()=>o):o},Dd(e,S_)});function r0(e,t){e.issues.length&&t.issues.push(...e.issues),t.value.add(e.value)}var Ld=w("$ZodEnum",(e,t)=>{pe.init(e,t);let r=xr(t.entries),o=new Set(r);e._zod.values=o,be(e,"pattern",n=>{let i=xr(n.def.entries).filter(a=>Di.has(typeof a));return new RegExp(i.length?`^(${i.map(a=>zt(a.toString())).join("|")})$`:"^[^\\s\\S]$")}),e._zod.parse=(n,i)=>{let a=n.value;return o.has(a)||n.issues.push({code:"invalid_value",values:r,input:a,inst:e}),n}}),Md=w("$ZodLiteral",(e,t)=>{pe.init(e,t);let r=new Set(t.values);e._zod.values=r,be(e,"pattern",o=>{let n=o.def.values;return new RegExp(n.length?`^(${n.map(i=>typeof i=="string"?zt(i):i?zt(i.toString()):String(i)).join("|")})$`:"^[^\\s\\S]$")}),e._zod.parse=(o,n)=>{let i=o.value;return r.has(i)||o.issues.push({code:"invalid_value",values:t.values,input:i,inst:e}),o}}),qd=w("$ZodFile",(e,t)=>{pe.init(e,t),e._zod.parse=(r,o)=>{let n=r.value;return n instanceof File||r.issues.push({expected:"file",code:"invalid_type",input:n,inst:e}),r}}),Bd=w("$ZodTransform",(e,t)=>{pe.init(e,t),e._zod.optin="optional",Je.memoizer?.guard(e),e._zod.parse=(r,o)=>{if(o.direction==="backward")throw new In(e.constructor.name);let n=t.transform(r.value,r);if(o.async)return(n instanceof Promise?n:Promise.resolve(n)).then(a=>(r.value=a,r));if(n instanceof Promise)throw new xt;return r.value=n,r}});function i0(e,t){return e.value=t.issues.length?void 0:t.value,e}var Za=w("$ZodOptional",(e,t)=>{pe.init(e,t),be(e,"optin",r=>r.def.innerType._zod.optin==="defaulted"?"defaulted":"optional"),e._zod.optout="optional",be(e,"values",r=>{let o=r.def.innerType._zod.values;return o?new Set([...o,void 0]):void 0}),be(e,"pattern",r=>{let o=r.def.innerType._zod.pattern;return o?new RegExp(`^(${un(o.source)})?$`):void 0}),e._zod.parse=(r,o)=>{if(r.value===void 0){if(t.innerType._zod.optin!=="defaulted")return r;let n=t.innerType._zod.run({value:r.value,issues:[]},o);return n instanceof Promise?n.then(i=>i0(r,i)):i0(r,n)}return t.innerType._zod.run(r,o)}}),Zd=w("$ZodExactOptional",(e,t)=>{Za.init(e,t),be(e,"values",r=>r.def.innerType._zod.values),be(e,"pattern",r=>r.def.innerType._zod.pattern),e._zod.parse=(r,o)=>t.innerType._zod.run(r,o)}),Vd=w("$ZodNullable",(e,t)=>{pe.init(e,t),be(e,"optin",r=>r.def.innerType._zod.optin),be(e,"optout",r=>r.def.innerType._zod.optout),be(e,"pattern",r=>{let o=r.def.innerType._zod.pattern;return o?new RegExp(`^(${un(o.source)}|null)$`):void 0}),be(e,"values",r=>r.def.innerType._zod.values?new Set([...r.def.innerType._zod.values,null]):void 0),e._zod.parse=(r,o)=>r.value===null?r:t.innerType._zod.run(r,o)}),Gd=w("$ZodDefault",(e,t)=>{pe.init(e,t),e._zod.optin="defaulted",be(e,"values",r=>r.def.innerType._zod.values),e._zod.parse=(r,o)=>{if(o.direction==="backward")return t.innerType._zod.run(r,o);if(r.value===void 0)return r.value=t.defaultValue,r;let n=t.innerType._zod.run(r,o);return n instanceof Promise?n.then(i=>o0(i,t)):o0(n,t)}});function o0(e,t){return e.value===void 0&&(e.value=t.defaultValue),e}var Kd=w("$ZodPrefault",(e,t)=>{pe.init(e,t),e._zod.optin="defaulted",be(e,"values",r=>r.def.innerType._zod.values),e._zod.parse=(r,o)=>(o.direction==="backward"||r.value===void 0&&(r.value=t.defaultValue),t.innerType._zod.run(r,o))}),Hd=w("$ZodNonOptional",(e,t)=>{pe.init(e,t),be(e,"values",r=>{let o=r.def.innerType._zod.values;return o?new Set([...o].filter(n=>n!==void 0)):void 0}),e._zod.parse=(r,o)=>{let n=t.innerType._zod.run(r,o);return n instanceof Promise?n.then(i=>a0(i,e)):a0(n,e)}});function a0(e,t){return!e.issues.length&&e.value===void 0&&e.issues.push({code:"invalid_type",expected:"nonoptional",input:e.value,inst:t}),e}var Wd=w("$ZodSuccess",(e,t)=>{pe.init(e,t),e._zod.parse=(r,o)=>{if(o.direction==="backward")throw new In("ZodSuccess");let n=t.innerType._zod.run(r,o);return n instanceof Promise?n.then(i=>(r.value=i.issues.length===0,r)):(r.value=n.issues.length===0,r)}});function s0(e,t,r,o){return t.issues.length?(e.value=r.catchValue({...t,value:e.value,error:{issues:t.issues.map(n=>wt(n,o,Le()))},input:e.value}),e):(e.value=t.value,t.memo&&(e.memo=!0),e)}var Jd=w("$ZodCatch",(e,t)=>{pe.init(e,t),be(e,"optin",r=>r.def.innerType._zod.optin==="defaulted"?"defaulted":"optional"),be(e,"optout",r=>r.def.innerType._zod.optout),be(e,"values",r=>r.def.innerType._zod.values),e._zod.parse=(r,o)=>{if(o.direction==="backward")return t.innerType._zod.run(r,o);let n=t.innerType._zod.run({value:r.value,issues:[]},o);return n instanceof Promise?n.then(i=>s0(r,i,t,o)):s0(r,n,t,o)}}),Xd=w("$ZodNaN",(e,t)=>{pe.init(e,t),e._zod.parse=(r,o)=>((typeof r.value!="number"||!Number.isNaN(r.value))&&r.issues.push({input:r.value,inst:e,expected:"nan",code:"invalid_type"}),r)}),Va=w("$ZodPipe",(e,t)=>{pe.init(e,t),be(e,"values",r=>r.def.in._zod.values),be(e,"optin",r=>r.def.in._zod.optin),be(e,"optout",r=>r.def.out._zod.optout),be(e,"propValues",r=>r.def.in._zod.propValues),e._zod.parse=(r,o)=>{if(o.direction==="backward"){let i=t.out._zod.run(r,o);return i instanceof Promise?i.then(a=>Sa(a,t.in,o)):Sa(i,t.in,o)}let n=t.in._zod.run(r,o);return n instanceof Promise?n.then(i=>Sa(i,t.out,o)):Sa(n,t.out,o)}});function Sa(e,t,r){return e.issues.some(o=>o.code!=="unrecognized_keys")?(e.aborted=!0,e):t._zod.run({value:e.value,issues:e.issues},r)}var Yi=w("$ZodCodec",(e,t)=>{pe.init(e,t),be(e,"values",r=>r.def.in._zod.values),be(e,"optin",r=>r.def.in._zod.optin),be(e,"optout",r=>r.def.out._zod.optout),be(e,"propValues",r=>r.def.in._zod.propValues),e._zod.parse=(r,o)=>{if((o.direction||"forward")==="forward"){let i=t.in._zod.run(r,o);return i instanceof Promise?i.then(a=>Pa(a,t,o)):Pa(i,t,o)}else{let i=t.out._zod.run(r,o);return i instanceof Promise?i.then(a=>Pa(a,t,o)):Pa(i,t,o)}}});function Pa(e,t,r){if(e.issues.length)return e.aborted=!0,e;if((r.direction||"forward")==="forward"){let n=t.transform(e.value,e);return n instanceof Promise?n.then(i=>Ra(e,i,t.out,r)):Ra(e,n,t.out,r)}else{let n=t.reverseTransform(e.value,e);return n instanceof Promise?n.then(i=>Ra(e,i,t.in,r)):Ra(e,n,t.in,r)}}function Ra(e,t,r,o){return e.issues.length?(e.aborted=!0,e):r._zod.run({value:t,issues:e.issues},o)}var Yd=w("$ZodPreprocess",(e,t)=>{Va.init(e,t)}),Qd=w("$ZodReadonly",(e,t)=>{pe.init(e,t),be(e,"propValues",r=>r.def.innerType._zod.propValues),be(e,"values",r=>r.def.innerType._zod.values),be(e,"optin",r=>r.def.innerType?._zod?.optin),be(e,"optout",r=>r.def.innerType?._zod?.optout),e._zod.parse=(r,o)=>{if(o.direction==="backward")return t.innerType._zod.run(r,o);let n=t.innerType._zod.run(r,o);return n instanceof Promise?n.then(c0):c0(n)}});function c0(e){return e.memo||(e.value=Object.freeze(e.value)),e}function R_(e){let t=e._zod.def,r=t.pattern,o=!!t.format?.includes("int"),n,i;for(let s of t.checks??[]){let u=s._zod.def;u.pattern&&(r=u.pattern),o||(o=!!u.format?.includes("int"));let c=u.minimum??u.length,l=u.maximum??u.length;c!==void 0&&(n===void 0||c>n)&&(n=c),l!==void 0&&(i===void 0||l<i)&&(i=l)}if(r)return r.source;if(n!==void 0&&i!==void 0&&n>i)return"(?!)";if(n!==void 0||i!==void 0)return ml({minimum:n,maximum:i}).source;let a=e._zod.pattern;return(o&&a===ln?qi:a)?.source}function Zl(e){let t=e._zod.def,r=e._zod.pattern?.source,o=t.innerType??e._zod.innerType;if(o){let n=o._zod.pattern?.source,i=Zl(o);return r&&n&&i&&i!==n?r.replace(un(n),()=>un(i)):r}if(t.options){let n=t.options.map(Zl);if(n.every(Boolean))return`^(${n.map(i=>un(i)).join("|")})$`}return R_(e)}var ef=w("$ZodTemplateLiteral",(e,t)=>{pe.init(e,t);let r=[];for(let o of t.parts)if(typeof o=="object"&&o!==null){let n=Zl(o);if(!n)throw new Error(`Invalid template literal part, no pattern found: ${[...o._zod.traits].shift()}`);r.push(un(n))}else if(o===null||Pu.has(typeof o))r.push(zt(`${o}`));else throw new Error(`Invalid template literal part: ${o}`);e._zod.pattern=new RegExp(`^${r.join("")}$`),e._zod.parse=(o,n)=>typeof o.value!="string"?(o.issues.push({input:o.value,inst:e,expected:"string",code:"invalid_type"}),o):(e._zod.pattern.lastIndex=0,e._zod.pattern.test(o.value)||o.issues.push({input:o.value,inst:e,code:"invalid_format",format:t.format??"template_literal",pattern:e._zod.pattern.source}),o)}),tf=w("$ZodFunction",(e,t)=>(pe.init(e,t),Object.defineProperty(e,"_def",{value:t}),e._zod.def=t,e.implement=r=>{if(typeof r!="function")throw new Error("implement() must be called with a function");return Object.defineProperty(function(...o){let n=e._def.input?da(e._def.input,o):o,i=Reflect.apply(r,this,n);return e._def.output?da(e._def.output,i):i},"_zod",{value:e._zod,enumerable:!1})},e.implementAsync=r=>{if(typeof r!="function")throw new Error("implementAsync() must be called with a function");return Object.defineProperty(async function(...o){let n=e._def.input?await fa(e._def.input,o):o,i=await Reflect.apply(r,this,n);return e._def.output?await fa(e._def.output,i):i},"_zod",{value:e._zod,enumerable:!1})},e._zod.parse=(r,o)=>typeof r.value!="function"?(r.issues.push({code:"invalid_type",expected:"function",input:r.value,inst:e}),r):(e._def.output&&e._def.output._zod.def.type==="promise"?r.value=e.implementAsync(r.value):r.value=e.implement(r.value),r),e.input=(...r)=>{let o=e.constructor;return Array.isArray(r[0])?new o({type:"function",input:new Ba({type:"tuple",items:r[0],rest:r[1]}),output:e._def.output}):new o({type:"function",input:r[0],output:e._def.output})},e.output=r=>{let o=e.constructor;return new o({type:"function",input:e._def.input,output:r})},e)),nf=w("$ZodPromise",(e,t)=>{pe.init(e,t),e._zod.parse=(r,o)=>Promise.resolve(r.value).then(n=>t.innerType._zod.run({value:n,issues:[]},o))}),Qi=w("$ZodLazy",(e,t)=>{pe.init(e,t),Au(e._zod,"innerType",()=>{let r=t;return r._cachedInner||(r._cachedInner=t.getter()),r._cachedInner}),be(e,"pattern",r=>r.innerType?._zod?.pattern),be(e,"propValues",r=>r.innerType?._zod?.propValues),be(e,"optin",r=>r.innerType?._zod?.optin??void 0),be(e,"optout",r=>r.innerType?._zod?.optout??void 0),e._zod.parse=(r,o)=>e._zod.innerType._zod.run(r,o)}),rf=w("$ZodCustom",(e,t)=>{Ue.init(e,t),pe.init(e,t),e._zod.parse=(r,o)=>r,e._zod.check=r=>{let o=r.value,n=t.fn(o);if(n instanceof Promise)return n.then(i=>u0(i,r,o,e));u0(n,r,o,e)}});function u0(e,t,r,o){if(!e){let n={code:"custom",input:r,inst:o,path:[...o._zod.def.path??[]],continue:!o._zod.def.abort};o._zod.def.params&&(n.params=o._zod.def.params),t.issues.push(Sr(n))}}var Wa=class extends Error{constructor(){super("Cannot parse a reference cycle that closes through a transform"),this.name="ZodCyclicError"}},af="~memo",v0=[];function b0(e){return e!==null&&typeof e=="object"}function of(e){return e.map(t=>t.path?{...t,path:t.path.slice()}:{...t})}var y0=new WeakMap,Ur=0,Ha=1,eo=2;function to(e,t,r){let o=y0.get(e);if(o!==void 0)return o?eo:Ur;if(t.has(e))return eo;t.add(e);let n=Ur,i=l=>{if(n!==eo&&l?._zod){let f=to(l,t,r);f>n&&(n=f)}},a=(l,f)=>{let p=Ur;for(let g of Reflect.ownKeys(l)){let v=Object.getOwnPropertyDescriptor(l,g);if(f&&!v.enumerable)continue;let h=v.get?Ha:v.value?._zod?to(v.value,t,r):Ur;h>p&&(p=h)}return p},s=l=>{l>n&&(n=l)},u=e._zod.def,c=u.type;switch(c){case"object":{let l=Ar(u);s(l?a(l,!0):Ha),i(u.catchall);break}case"array":i(u.element);break;case"tuple":for(let l of u.items)i(l);i(u.rest);break;case"record":case"map":i(u.keyType),i(u.valueType);break;case"set":i(u.valueType);break;case"union":for(let l of u.options)i(l);break;case"intersection":i(u.left),i(u.right);break;case"optional":case"nullable":case"default":case"prefault":case"catch":case"readonly":case"nonoptional":case"promise":case"success":i(u.innerType);break;case"pipe":i(u.in),i(u.out);break;case"function":i(u.input),i(u.output);break;case"lazy":{let l=u._cachedInner??(r?e._zod.innerType:void 0);s(l?to(l,t,!1):Ha);break}case"template_literal":case"string":case"number":case"int":case"boolean":case"bigint":case"symbol":case"undefined":case"null":case"void":case"never":case"any":case"unknown":case"date":case"nan":case"enum":case"literal":case"file":case"transform":case"custom":break;default:for(let l in u){let f=Object.getOwnPropertyDescriptor(u,l);if(!f||f.get)continue;let p=f.value;if(!(!p||typeof p!="object")){if(p._zod)i(p);else if(Array.isArray(p))for(let g of p)i(g)}}}return t.delete(e),D_(e,n)}function D_(e,t){return t!==Ha&&y0.set(e,t===eo),t}function Ja(e){return to(e,new Set,!0)!==Ur}function E_(e,t){let r=e.buckets.get(t);return r||(r=new WeakMap,e.buckets.set(t,r)),r}var Ga,Ka=[],T_={alloc(e,t,r){let o=Ga;if(!o)return r;Ga=void 0;let n={value:r,issues:null};return o.set(t.value,n),Ka.push(n),r},guard(e){var t;(t=e._zod).deferred??(t.deferred=[]),e._zod.deferred.push(()=>{let r=e._zod.parse,o=(n,i)=>{if(i.direction!=="backward"&&Xa(i,n.value))throw new Wa;return r(n,i)};e._zod.parse=o,e._zod.run===r&&(e._zod.run=o)})},attach(e){var t;let r,o=!1,n,i;(t=e._zod).deferred??(t.deferred=[]),e._zod.deferred.push(()=>{let a=e._zod.parse,s=(u,c)=>{if(r===void 0){let _=to(e,new Set,!1);if(_===Ur)return e._zod.parse=a,e._zod.run===s&&(e._zod.run=a),a(u,c);_===eo||o?r=!0:o=!0}let l=u.value;if(!b0(l))return a(u,c);let f=c[af];f||(f={buckets:new WeakMap,backEdges:void 0},c[af]=f);let p;n===c?p=i:(p=E_(f,e),n=c,i=p);let g=p.get(l);if(g)return u.value=g.value,g.issues?g.issues.length&&u.issues.push(...of(g.issues)):(u.memo=!0,f.backEdges??(f.backEdges=new WeakSet),f.backEdges.add(g.value)),u;Ga=p;let v=Ka.length,h=a(u,c);Ga=void 0;let y=Ka.length>v?Ka.pop():void 0;return h instanceof Promise?h.then(_=>(y&&(y.issues=_.issues.length?of(_.issues):v0),_)):(y&&(y.issues=h.issues.length?of(h.issues):v0),h)};e._zod.parse=s,e._zod.run===a&&(e._zod.run=s)})}};function no(){return T_}function Xa(e,t){let r=e[af]?.backEdges;return r!==void 0&&b0(t)&&r.has(t)}var io={};rn(io,{ar:()=>$0,az:()=>w0,be:()=>k0,bg:()=>_0,bn:()=>A0,ca:()=>I0,ckb:()=>S0,cs:()=>P0,da:()=>R0,de:()=>D0,el:()=>E0,en:()=>Ya,eo:()=>T0,es:()=>O0,fa:()=>U0,fi:()=>N0,fr:()=>z0,frCA:()=>C0,gu:()=>j0,he:()=>F0,hi:()=>L0,hr:()=>M0,hu:()=>q0,hy:()=>Z0,id:()=>V0,is:()=>G0,it:()=>K0,ja:()=>H0,ka:()=>W0,kh:()=>J0,km:()=>Qa,kn:()=>X0,ko:()=>Y0,lt:()=>eb,mk:()=>tb,ms:()=>nb,ne:()=>rb,nl:()=>ib,nn:()=>ob,no:()=>ab,ota:()=>sb,pl:()=>ub,ps:()=>cb,pt:()=>lb,ptBR:()=>db,ro:()=>fb,ru:()=>mb,sk:()=>gb,sl:()=>hb,sv:()=>vb,ta:()=>bb,tg:()=>yb,th:()=>$b,tk:()=>wb,tr:()=>xb,ua:()=>kb,uk:()=>es,ur:()=>_b,uz:()=>Ab,vi:()=>Ib,yo:()=>Rb,zhCN:()=>Sb,zhTW:()=>Pb});var O_=()=>{let e={string:{unit:"\u062D\u0631\u0641",verb:"\u0623\u0646 \u064A\u062D\u0648\u064A"},file:{unit:"\u0628\u0627\u064A\u062A",verb:"\u0623\u0646 \u064A\u062D\u0648\u064A"},array:{unit:"\u0639\u0646\u0635\u0631",verb:"\u0623\u0646 \u064A\u062D\u0648\u064A"},set:{unit:"\u0639\u0646\u0635\u0631",verb:"\u0623\u0646 \u064A\u062D\u0648\u064A"},map:{unit:"\u0639\u0646\u0635\u0631",verb:"\u0623\u0646 \u064A\u062D\u0648\u064A"}};function t(n){return e[n]??null}let r={regex:"\u0645\u062F\u062E\u0644",email:"\u0628\u0631\u064A\u062F \u0625\u0644\u0643\u062A\u0631\u0648\u0646\u064A",url:"\u0631\u0627\u0628\u0637",emoji:"\u0625\u064A\u0645\u0648\u062C\u064A",uuid:"UUID",uuidv4:"UUIDv4",uuidv6:"UUIDv6",nanoid:"nanoid",guid:"GUID",cuid:"cuid",cuid2:"cuid2",ulid:"ULID",xid:"XID",ksuid:"KSUID",datetime:"\u062A\u0627\u0631\u064A\u062E \u0648\u0648\u0642\u062A \u0628\u0645\u0639\u064A\u0627\u0631 ISO",date:"\u062A\u0627\u0631\u064A\u062E \u0628\u0645\u0639\u064A\u0627\u0631 ISO",time:"\u0648\u0642\u062A \u0628\u0645\u0639\u064A\u0627\u0631 ISO",duration:"\u0645\u062F\u0629 \u0628\u0645\u0639\u064A\u0627\u0631 ISO",ipv4:"\u0639\u0646\u0648\u0627\u0646 IPv4",ipv6:"\u0639\u0646\u0648\u0627\u0646 IPv6",mac:"\u0639\u0646\u0648\u0627\u0646 MAC",cidrv4:"\u0645\u062F\u0649 \u0639\u0646\u0627\u0648\u064A\u0646 \u0628\u0635\u064A\u063A\u0629 IPv4",cidrv6:"\u0645\u062F\u0649 \u0639\u0646\u0627\u0648\u064A\u0646 \u0628\u0635\u064A\u063A\u0629 IPv6",base64:"\u0646\u064E\u0635 \u0628\u062A\u0631\u0645\u064A\u0632 base64-encoded",base64url:"\u0646\u064E\u0635 \u0628\u062A\u0631\u0645\u064A\u0632 base64url-encoded",json_string:"\u0646\u064E\u0635 \u0639\u0644\u0649 \u0647\u064A\u0626\u0629 JSON",e164:"\u0631\u0642\u0645 \u0647\u0627\u062A\u0641 \u0628\u0645\u0639\u064A\u0627\u0631 E.164",credit_card:"\u0631\u0642\u0645 \u0628\u0637\u0627\u0642\u0629 \u0627\u0644\u0627\u0626\u062A\u0645\u0627\u0646",currency_code:"\u0631\u0645\u0632 \u0627\u0644\u0639\u0645\u0644\u0629",iban:"IBAN",jwt:"JWT",template_literal:"\u0645\u062F\u062E\u0644"},o={nan:"NaN"};return n=>{switch(n.code){case"invalid_type":{let i=o[n.expected]??n.expected,a=U(n.input),s=o[a]??a;return/^[A-Z]/.test(n.expected)?`\u0645\u062F\u062E\u0644\u0627\u062A \u063A\u064A\u0631 \u0645\u0642\u0628\u0648\u0644\u0629: \u064A\u0641\u062A\u0631\u0636 \u0625\u062F\u062E\u0627\u0644 instanceof ${n.expected}\u060C \u0648\u0644\u0643\u0646 \u062A\u0645 \u0625\u062F\u062E\u0627\u0644 ${s}`:`\u0645\u062F\u062E\u0644\u0627\u062A \u063A\u064A\u0631 \u0645\u0642\u0628\u0648\u0644\u0629: \u064A\u0641\u062A\u0631\u0636 \u0625\u062F\u062E\u0627\u0644 ${i}\u060C \u0648\u0644\u0643\u0646 \u062A\u0645 \u0625\u062F\u062E\u0627\u0644 ${s}`}case"invalid_value":return n.values.length===1?`\u0645\u062F\u062E\u0644\u0627\u062A \u063A\u064A\u0631 \u0645\u0642\u0628\u0648\u0644\u0629: \u064A\u0641\u062A\u0631\u0636 \u0625\u062F\u062E\u0627\u0644 ${O(n.values[0])}`:`\u0627\u062E\u062A\u064A\u0627\u0631 \u063A\u064A\u0631 \u0645\u0642\u0628\u0648\u0644: \u064A\u062A\u0648\u0642\u0639 \u0627\u0646\u062A\u0642\u0627\u0621 \u0623\u062D\u062F \u0647\u0630\u0647 \u0627\u0644\u062E\u064A\u0627\u0631\u0627\u062A: ${k(n.values,"|")}`;case"too_big":{let i=n.inclusive?"<=":"<",a=t(n.origin);return a?` \u0623\u0643\u0628\u0631 \u0645\u0646 \u0627\u0644\u0644\u0627\u0632\u0645: \u064A\u0641\u062A\u0631\u0636 \u0623\u0646 \u062A\u0643\u0648\u0646 ${n.origin??"\u0627\u0644\u0642\u064A\u0645\u0629"} ${i} ${n.maximum.toString()} ${a.unit??"\u0639\u0646\u0635\u0631"}`:`\u0623\u0643\u0628\u0631 \u0645\u0646 \u0627\u0644\u0644\u0627\u0632\u0645: \u064A\u0641\u062A\u0631\u0636 \u0623\u0646 \u062A\u0643\u0648\u0646 ${n.origin??"\u0627\u0644\u0642\u064A\u0645\u0629"} ${i} ${n.maximum.toString()}`}case"too_small":{let i=n.inclusive?">=":">",a=t(n.origin);return a?`\u0623\u0635\u063A\u0631 \u0645\u0646 \u0627\u0644\u0644\u0627\u0632\u0645: \u064A\u0641\u062A\u0631\u0636 \u0644\u0640 ${n.origin} \u0623\u0646 \u064A\u0643\u0648\u0646 ${i} ${n.minimum.toString()} ${a.unit}`:`\u0623\u0635\u063A\u0631 \u0645\u0646 \u0627\u0644\u0644\u0627\u0632\u0645: \u064A\u0641\u062A\u0631\u0636 \u0644\u0640 ${n.origin} \u0623\u0646 \u064A\u0643\u0648\u0646 ${i} ${n.minimum.toString()}`}case"invalid_format":{let i=n;return i.format==="starts_with"?`\u0646\u064E\u0635 \u063A\u064A\u0631 \u0645\u0642\u0628\u0648\u0644: \u064A\u062C\u0628 \u0623\u0646 \u064A\u0628\u062F\u0623 \u0628\u0640 "${n.prefix}"`:i.format==="ends_with"?`\u0646\u064E\u0635 \u063A\u064A\u0631 \u0645\u0642\u0628\u0648\u0644: \u064A\u062C\u0628 \u0623\u0646 \u064A\u0646\u062A\u0647\u064A \u0628\u0640 "${i.suffix}"`:i.format==="includes"?`\u0646\u064E\u0635 \u063A\u064A\u0631 \u0645\u0642\u0628\u0648\u0644: \u064A\u062C\u0628 \u0623\u0646 \u064A\u062A\u0636\u0645\u0651\u064E\u0646 "${i.includes}"`:i.format==="regex"?`\u0646\u064E\u0635 \u063A\u064A\u0631 \u0645\u0642\u0628\u0648\u0644: \u064A\u062C\u0628 \u0623\u0646 \u064A\u0637\u0627\u0628\u0642 \u0627\u0644\u0646\u0645\u0637 ${i.pattern}`:`${r[i.format]??n.format} \u063A\u064A\u0631 \u0645\u0642\u0628\u0648\u0644`}case"not_multiple_of":return`\u0631\u0642\u0645 \u063A\u064A\u0631 \u0645\u0642\u0628\u0648\u0644: \u064A\u062C\u0628 \u0623\u0646 \u064A\u0643\u0648\u0646 \u0645\u0646 \u0645\u0636\u0627\u0639\u0641\u0627\u062A ${n.divisor}`;case"unrecognized_keys":return`\u0645\u0639\u0631\u0641${n.keys.length>1?"\u0627\u062A":""} \u063A\u0631\u064A\u0628${n.keys.length>1?"\u0629":""}: ${k(n.keys,"\u060C ")}`;case"invalid_key":return`\u0645\u0639\u0631\u0641 \u063A\u064A\u0631 \u0645\u0642\u0628\u0648\u0644 \u0641\u064A ${n.origin}`;case"invalid_union":return"\u0645\u062F\u062E\u0644 \u063A\u064A\u0631 \u0645\u0642\u0628\u0648\u0644";case"invalid_element":return`\u0645\u062F\u062E\u0644 \u063A\u064A\u0631 \u0645\u0642\u0628\u0648\u0644 \u0641\u064A ${n.origin}`;default:return"\u0645\u062F\u062E\u0644 \u063A\u064A\u0631 \u0645\u0642\u0628\u0648\u0644"}}};function $0(){return{localeError:O_()}}var U_=()=>{let e={string:{unit:"simvol",verb:"olmal\u0131d\u0131r"},file:{unit:"bayt",verb:"olmal\u0131d\u0131r"},array:{unit:"element",verb:"olmal\u0131d\u0131r"},set:{unit:"element",verb:"olmal\u0131d\u0131r"},map:{unit:"element",verb:"olmal\u0131d\u0131r"}};function t(n){return e[n]??null}let r={regex:"input",email:"email address",url:"URL",emoji:"emoji",uuid:"UUID",uuidv4:"UUIDv4",uuidv6:"UUIDv6",nanoid:"nanoid",guid:"GUID",cuid:"cuid",cuid2:"cuid2",ulid:"ULID",xid:"XID",ksuid:"KSUID",datetime:"ISO datetime",date:"ISO date",time:"ISO time",duration:"ISO duration",ipv4:"IPv4 address",ipv6:"IPv6 address",mac:"MAC address",cidrv4:"IPv4 range",cidrv6:"IPv6 range",base64:"base64-encoded string",base64url:"base64url-encoded string",json_string:"JSON string",e164:"E.164 number",credit_card:"kredit kart\u0131 n\xF6mr\u0259si",currency_code:"valyuta kodu",iban:"IBAN",jwt:"JWT",template_literal:"input"},o={nan:"NaN"};return n=>{switch(n.code){case"invalid_type":{let i=o[n.expected]??n.expected,a=U(n.input),s=o[a]??a;return/^[A-Z]/.test(n.expected)?`Yanl\u0131\u015F d\u0259y\u0259r: g\xF6zl\u0259nil\u0259n instanceof ${n.expected}, daxil olan ${s}`:`Yanl\u0131\u015F d\u0259y\u0259r: g\xF6zl\u0259nil\u0259n ${i}, daxil olan ${s}`}case"invalid_value":return n.values.length===1?`Yanl\u0131\u015F d\u0259y\u0259r: g\xF6zl\u0259nil\u0259n ${O(n.values[0])}`:`Yanl\u0131\u015F se\xE7im: a\u015Fa\u011F\u0131dak\u0131lardan biri olmal\u0131d\u0131r: ${k(n.values,"|")}`;case"too_big":{let i=n.inclusive?"<=":"<",a=t(n.origin);return a?`\xC7ox b\xF6y\xFCk: g\xF6zl\u0259nil\u0259n ${n.origin??"d\u0259y\u0259r"} ${i}${n.maximum.toString()} ${a.unit??"element"}`:`\xC7ox b\xF6y\xFCk: g\xF6zl\u0259nil\u0259n ${n.origin??"d\u0259y\u0259r"} ${i}${n.maximum.toString()}`}case"too_small":{let i=n.inclusive?">=":">",a=t(n.origin);return a?`\xC7ox ki\xE7ik: g\xF6zl\u0259nil\u0259n ${n.origin} ${i}${n.minimum.toString()} ${a.unit}`:`\xC7ox ki\xE7ik: g\xF6zl\u0259nil\u0259n ${n.origin} ${i}${n.minimum.toString()}`}case"invalid_format":{let i=n;return i.format==="starts_with"?`Yanl\u0131\u015F m\u0259tn: "${i.prefix}" il\u0259 ba\u015Flamal\u0131d\u0131r`:i.format==="ends_with"?`Yanl\u0131\u015F m\u0259tn: "${i.suffix}" il\u0259 bitm\u0259lidir`:i.format==="includes"?`Yanl\u0131\u015F m\u0259tn: "${i.includes}" daxil olmal\u0131d\u0131r`:i.format==="regex"?`Yanl\u0131\u015F m\u0259tn: ${i.pattern} \u015Fablonuna uy\u011Fun olmal\u0131d\u0131r`:`Yanl\u0131\u015F ${r[i.format]??n.format}`}case"not_multiple_of":return`Yanl\u0131\u015F \u0259d\u0259d: ${n.divisor} il\u0259 b\xF6l\xFCn\u0259 bil\u0259n olmal\u0131d\u0131r`;case"unrecognized_keys":return`Tan\u0131nmayan a\xE7ar${n.keys.length>1?"lar":""}: ${k(n.keys,", ")}`;case"invalid_key":return`${n.origin} daxilind\u0259 yanl\u0131\u015F a\xE7ar`;case"invalid_union":return"Yanl\u0131\u015F d\u0259y\u0259r";case"invalid_element":return`${n.origin} daxilind\u0259 yanl\u0131\u015F d\u0259y\u0259r`;default:return"Yanl\u0131\u015F d\u0259y\u0259r"}}};function w0(){return{localeError:U_()}}function x0(e,t,r,o){let n=Math.abs(e),i=n%10,a=n%100;return a>=11&&a<=19?o:i===1?t:i>=2&&i<=4?r:o}var N_=()=>{let e={string:{unit:{one:"\u0441\u0456\u043C\u0432\u0430\u043B",few:"\u0441\u0456\u043C\u0432\u0430\u043B\u044B",many:"\u0441\u0456\u043C\u0432\u0430\u043B\u0430\u045E"},verb:"\u043C\u0435\u0446\u044C"},array:{unit:{one:"\u044D\u043B\u0435\u043C\u0435\u043D\u0442",few:"\u044D\u043B\u0435\u043C\u0435\u043D\u0442\u044B",many:"\u044D\u043B\u0435\u043C\u0435\u043D\u0442\u0430\u045E"},verb:"\u043C\u0435\u0446\u044C"},set:{unit:{one:"\u044D\u043B\u0435\u043C\u0435\u043D\u0442",few:"\u044D\u043B\u0435\u043C\u0435\u043D\u0442\u044B",many:"\u044D\u043B\u0435\u043C\u0435\u043D\u0442\u0430\u045E"},verb:"\u043C\u0435\u0446\u044C"},map:{unit:{one:"\u044D\u043B\u0435\u043C\u0435\u043D\u0442",few:"\u044D\u043B\u0435\u043C\u0435\u043D\u0442\u044B",many:"\u044D\u043B\u0435\u043C\u0435\u043D\u0442\u0430\u045E"},verb:"\u043C\u0435\u0446\u044C"},file:{unit:{one:"\u0431\u0430\u0439\u0442",few:"\u0431\u0430\u0439\u0442\u044B",many:"\u0431\u0430\u0439\u0442\u0430\u045E"},verb:"\u043C\u0435\u0446\u044C"}};function t(n){return e[n]??null}let r={regex:"\u0443\u0432\u043E\u0434",email:"email \u0430\u0434\u0440\u0430\u0441",url:"URL",emoji:"\u044D\u043C\u043E\u0434\u0437\u0456",uuid:"UUID",uuidv4:"UUIDv4",uuidv6:"UUIDv6",nanoid:"nanoid",guid:"GUID",cuid:"cuid",cuid2:"cuid2",ulid:"ULID",xid:"XID",ksuid:"KSUID",datetime:"ISO \u0434\u0430\u0442\u0430 \u0456 \u0447\u0430\u0441",date:"ISO \u0434\u0430\u0442\u0430",time:"ISO \u0447\u0430\u0441",duration:"ISO \u043F\u0440\u0430\u0446\u044F\u0433\u043B\u0430\u0441\u0446\u044C",ipv4:"IPv4 \u0430\u0434\u0440\u0430\u0441",ipv6:"IPv6 \u0430\u0434\u0440\u0430\u0441",mac:"MAC \u0430\u0434\u0440\u0430\u0441",cidrv4:"IPv4 \u0434\u044B\u044F\u043F\u0430\u0437\u043E\u043D",cidrv6:"IPv6 \u0434\u044B\u044F\u043F\u0430\u0437\u043E\u043D",base64:"\u0440\u0430\u0434\u043E\u043A \u0443 \u0444\u0430\u0440\u043C\u0430\u0446\u0435 base64",base64url:"\u0440\u0430\u0434\u043E\u043A \u0443 \u0444\u0430\u0440\u043C\u0430\u0446\u0435 base64url",json_string:"JSON \u0440\u0430\u0434\u043E\u043A",e164:"\u043D\u0443\u043C\u0430\u0440 E.164",credit_card:"\u043D\u0443\u043C\u0430\u0440 \u043A\u0440\u044D\u0434\u044B\u0442\u043D\u0430\u0439 \u043A\u0430\u0440\u0442\u044B",currency_code:"\u043A\u043E\u0434 \u0432\u0430\u043B\u044E\u0442\u044B",iban:"IBAN",jwt:"JWT",template_literal:"\u0443\u0432\u043E\u0434"},o={nan:"NaN",number:"\u043B\u0456\u043A",array:"\u043C\u0430\u0441\u0456\u045E"};return n=>{switch(n.code){case"invalid_type":{let i=o[n.expected]??n.expected,a=U(n.input),s=o[a]??a;return/^[A-Z]/.test(n.expected)?`\u041D\u044F\u043F\u0440\u0430\u0432\u0456\u043B\u044C\u043D\u044B \u045E\u0432\u043E\u0434: \u0447\u0430\u043A\u0430\u045E\u0441\u044F instanceof ${n.expected}, \u0430\u0442\u0440\u044B\u043C\u0430\u043D\u0430 ${s}`:`\u041D\u044F\u043F\u0440\u0430\u0432\u0456\u043B\u044C\u043D\u044B \u045E\u0432\u043E\u0434: \u0447\u0430\u043A\u0430\u045E\u0441\u044F ${i}, \u0430\u0442\u0440\u044B\u043C\u0430\u043D\u0430 ${s}`}case"invalid_value":return n.values.length===1?`\u041D\u044F\u043F\u0440\u0430\u0432\u0456\u043B\u044C\u043D\u044B \u045E\u0432\u043E\u0434: \u0447\u0430\u043A\u0430\u043B\u0430\u0441\u044F ${O(n.values[0])}`:`\u041D\u044F\u043F\u0440\u0430\u0432\u0456\u043B\u044C\u043D\u044B \u0432\u0430\u0440\u044B\u044F\u043D\u0442: \u0447\u0430\u043A\u0430\u045E\u0441\u044F \u0430\u0434\u0437\u0456\u043D \u0437 ${k(n.values,"|")}`;case"too_big":{let i=n.inclusive?"<=":"<",a=t(n.origin);if(a){let s=Number(n.maximum),u=x0(s,a.unit.one,a.unit.few,a.unit.many);return`\u0417\u0430\u043D\u0430\u0434\u0442\u0430 \u0432\u044F\u043B\u0456\u043A\u0456: \u0447\u0430\u043A\u0430\u043B\u0430\u0441\u044F, \u0448\u0442\u043E ${n.origin??"\u0437\u043D\u0430\u0447\u044D\u043D\u043D\u0435"} \u043F\u0430\u0432\u0456\u043D\u043D\u0430 ${a.verb} ${i}${n.maximum.toString()} ${u}`}return`\u0417\u0430\u043D\u0430\u0434\u0442\u0430 \u0432\u044F\u043B\u0456\u043A\u0456: \u0447\u0430\u043A\u0430\u043B\u0430\u0441\u044F, \u0448\u0442\u043E ${n.origin??"\u0437\u043D\u0430\u0447\u044D\u043D\u043D\u0435"} \u043F\u0430\u0432\u0456\u043D\u043D\u0430 \u0431\u044B\u0446\u044C ${i}${n.maximum.toString()}`}case"too_small":{let i=n.inclusive?">=":">",a=t(n.origin);if(a){let s=Number(n.minimum),u=x0(s,a.unit.one,a.unit.few,a.unit.many);return`\u0417\u0430\u043D\u0430\u0434\u0442\u0430 \u043C\u0430\u043B\u044B: \u0447\u0430\u043A\u0430\u043B\u0430\u0441\u044F, \u0448\u0442\u043E ${n.origin} \u043F\u0430\u0432\u0456\u043D\u043D\u0430 ${a.verb} ${i}${n.minimum.toString()} ${u}`}return`\u0417\u0430\u043D\u0430\u0434\u0442\u0430 \u043C\u0430\u043B\u044B: \u0447\u0430\u043A\u0430\u043B\u0430\u0441\u044F, \u0448\u0442\u043E ${n.origin} \u043F\u0430\u0432\u0456\u043D\u043D\u0430 \u0431\u044B\u0446\u044C ${i}${n.minimum.toString()}`}case"invalid_format":{let i=n;return i.format==="starts_with"?`\u041D\u044F\u043F\u0440\u0430\u0432\u0456\u043B\u044C\u043D\u044B \u0440\u0430\u0434\u043E\u043A: \u043F\u0430\u0432\u0456\u043D\u0435\u043D \u043F\u0430\u0447\u044B\u043D\u0430\u0446\u0446\u0430 \u0437 "${i.prefix}"`:i.format==="ends_with"?`\u041D\u044F\u043F\u0440\u0430\u0432\u0456\u043B\u044C\u043D\u044B \u0440\u0430\u0434\u043E\u043A: \u043F\u0430\u0432\u0456\u043D\u0435\u043D \u0437\u0430\u043A\u0430\u043D\u0447\u0432\u0430\u0446\u0446\u0430 \u043D\u0430 "${i.suffix}"`:i.format==="includes"?`\u041D\u044F\u043F\u0440\u0430\u0432\u0456\u043B\u044C\u043D\u044B \u0440\u0430\u0434\u043E\u043A: \u043F\u0430\u0432\u0456\u043D\u0435\u043D \u0437\u043C\u044F\u0448\u0447\u0430\u0446\u044C "${i.includes}"`:i.format==="regex"?`\u041D\u044F\u043F\u0440\u0430\u0432\u0456\u043B\u044C\u043D\u044B \u0440\u0430\u0434\u043E\u043A: \u043F\u0430\u0432\u0456\u043D\u0435\u043D \u0430\u0434\u043F\u0430\u0432\u044F\u0434\u0430\u0446\u044C \u0448\u0430\u0431\u043B\u043E\u043D\u0443 ${i.pattern}`:`\u041D\u044F\u043F\u0440\u0430\u0432\u0456\u043B\u044C\u043D\u044B ${r[i.format]??n.format}`}case"not_multiple_of":return`\u041D\u044F\u043F\u0440\u0430\u0432\u0456\u043B\u044C\u043D\u044B \u043B\u0456\u043A: \u043F\u0430\u0432\u0456\u043D\u0435\u043D \u0431\u044B\u0446\u044C \u043A\u0440\u0430\u0442\u043D\u044B\u043C ${n.divisor}`;case"unrecognized_keys":return`\u041D\u0435\u0440\u0430\u0441\u043F\u0430\u0437\u043D\u0430\u043D\u044B ${n.keys.length>1?"\u043A\u043B\u044E\u0447\u044B":"\u043A\u043B\u044E\u0447"}: ${k(n.keys,", ")}`;case"invalid_key":return`\u041D\u044F\u043F\u0440\u0430\u0432\u0456\u043B\u044C\u043D\u044B \u043A\u043B\u044E\u0447 \u0443 ${n.origin}`;case"invalid_union":return"\u041D\u044F\u043F\u0440\u0430\u0432\u0456\u043B\u044C\u043D\u044B \u045E\u0432\u043E\u0434";case"invalid_element":return`\u041D\u044F\u043F\u0440\u0430\u0432\u0456\u043B\u044C\u043D\u0430\u0435 \u0437\u043D\u0430\u0447\u044D\u043D\u043D\u0435 \u045E ${n.origin}`;default:return"\u041D\u044F\u043F\u0440\u0430\u0432\u0456\u043B\u044C\u043D\u044B \u045E\u0432\u043E\u0434"}}};function k0(){return{localeError:N_()}}var z_=()=>{let e={string:{unit:"\u0441\u0438\u043C\u0432\u043E\u043B\u0430",verb:"\u0434\u0430 \u0441\u044A\u0434\u044A\u0440\u0436\u0430"},file:{unit:"\u0431\u0430\u0439\u0442\u0430",verb:"\u0434\u0430 \u0441\u044A\u0434\u044A\u0440\u0436\u0430"},array:{unit:"\u0435\u043B\u0435\u043C\u0435\u043D\u0442\u0430",verb:"\u0434\u0430 \u0441\u044A\u0434\u044A\u0440\u0436\u0430"},set:{unit:"\u0435\u043B\u0435\u043C\u0435\u043D\u0442\u0430",verb:"\u0434\u0430 \u0441\u044A\u0434\u044A\u0440\u0436\u0430"},map:{unit:"\u0435\u043B\u0435\u043C\u0435\u043D\u0442\u0430",verb:"\u0434\u0430 \u0441\u044A\u0434\u044A\u0440\u0436\u0430"}};function t(n){return e[n]??null}let r={regex:"\u0432\u0445\u043E\u0434",email:"\u0438\u043C\u0435\u0439\u043B \u0430\u0434\u0440\u0435\u0441",url:"URL",emoji:"\u0435\u043C\u043E\u0434\u0436\u0438",uuid:"UUID",uuidv4:"UUIDv4",uuidv6:"UUIDv6",nanoid:"nanoid",guid:"GUID",cuid:"cuid",cuid2:"cuid2",ulid:"ULID",xid:"XID",ksuid:"KSUID",datetime:"ISO \u0432\u0440\u0435\u043C\u0435",date:"ISO \u0434\u0430\u0442\u0430",time:"ISO \u0432\u0440\u0435\u043C\u0435",duration:"ISO \u043F\u0440\u043E\u0434\u044A\u043B\u0436\u0438\u0442\u0435\u043B\u043D\u043E\u0441\u0442",ipv4:"IPv4 \u0430\u0434\u0440\u0435\u0441",ipv6:"IPv6 \u0430\u0434\u0440\u0435\u0441",mac:"MAC \u0430\u0434\u0440\u0435\u0441",cidrv4:"IPv4 \u0434\u0438\u0430\u043F\u0430\u0437\u043E\u043D",cidrv6:"IPv6 \u0434\u0438\u0430\u043F\u0430\u0437\u043E\u043D",base64:"base64-\u043A\u043E\u0434\u0438\u0440\u0430\u043D \u043D\u0438\u0437",base64url:"base64url-\u043A\u043E\u0434\u0438\u0440\u0430\u043D \u043D\u0438\u0437",json_string:"JSON \u043D\u0438\u0437",e164:"E.164 \u043D\u043E\u043C\u0435\u0440",credit_card:"\u043D\u043E\u043C\u0435\u0440 \u043D\u0430 \u043A\u0440\u0435\u0434\u0438\u0442\u043D\u0430 \u043A\u0430\u0440\u0442\u0430",currency_code:"\u043A\u043E\u0434 \u043D\u0430 \u0432\u0430\u043B\u0443\u0442\u0430",iban:"IBAN",jwt:"JWT",template_literal:"\u0432\u0445\u043E\u0434"},o={nan:"NaN",number:"\u0447\u0438\u0441\u043B\u043E",array:"\u043C\u0430\u0441\u0438\u0432"};return n=>{switch(n.code){case"invalid_type":{let i=o[n.expected]??n.expected,a=U(n.input),s=o[a]??a;return/^[A-Z]/.test(n.expected)?`\u041D\u0435\u0432\u0430\u043B\u0438\u0434\u0435\u043D \u0432\u0445\u043E\u0434: \u043E\u0447\u0430\u043A\u0432\u0430\u043D instanceof ${n.expected}, \u043F\u043E\u043B\u0443\u0447\u0435\u043D ${s}`:`\u041D\u0435\u0432\u0430\u043B\u0438\u0434\u0435\u043D \u0432\u0445\u043E\u0434: \u043E\u0447\u0430\u043A\u0432\u0430\u043D ${i}, \u043F\u043E\u043B\u0443\u0447\u0435\u043D ${s}`}case"invalid_value":return n.values.length===1?`\u041D\u0435\u0432\u0430\u043B\u0438\u0434\u0435\u043D \u0432\u0445\u043E\u0434: \u043E\u0447\u0430\u043A\u0432\u0430\u043D ${O(n.values[0])}`:`\u041D\u0435\u0432\u0430\u043B\u0438\u0434\u043D\u0430 \u043E\u043F\u0446\u0438\u044F: \u043E\u0447\u0430\u043A\u0432\u0430\u043D\u043E \u0435\u0434\u043D\u043E \u043E\u0442 ${k(n.values,"|")}`;case"too_big":{let i=n.inclusive?"<=":"<",a=t(n.origin);return a?`\u0422\u0432\u044A\u0440\u0434\u0435 \u0433\u043E\u043B\u044F\u043C\u043E: \u043E\u0447\u0430\u043A\u0432\u0430 \u0441\u0435 ${n.origin??"\u0441\u0442\u043E\u0439\u043D\u043E\u0441\u0442"} \u0434\u0430 \u0441\u044A\u0434\u044A\u0440\u0436\u0430 ${i}${n.maximum.toString()} ${a.unit??"\u0435\u043B\u0435\u043C\u0435\u043D\u0442\u0430"}`:`\u0422\u0432\u044A\u0440\u0434\u0435 \u0433\u043E\u043B\u044F\u043C\u043E: \u043E\u0447\u0430\u043A\u0432\u0430 \u0441\u0435 ${n.origin??"\u0441\u0442\u043E\u0439\u043D\u043E\u0441\u0442"} \u0434\u0430 \u0431\u044A\u0434\u0435 ${i}${n.maximum.toString()}`}case"too_small":{let i=n.inclusive?">=":">",a=t(n.origin);return a?`\u0422\u0432\u044A\u0440\u0434\u0435 \u043C\u0430\u043B\u043A\u043E: \u043E\u0447\u0430\u043A\u0432\u0430 \u0441\u0435 ${n.origin} \u0434\u0430 \u0441\u044A\u0434\u044A\u0440\u0436\u0430 ${i}${n.minimum.toString()} ${a.unit}`:`\u0422\u0432\u044A\u0440\u0434\u0435 \u043C\u0430\u043B\u043A\u043E: \u043E\u0447\u0430\u043A\u0432\u0430 \u0441\u0435 ${n.origin} \u0434\u0430 \u0431\u044A\u0434\u0435 ${i}${n.minimum.toString()}`}case"invalid_format":{let i=n;if(i.format==="starts_with")return`\u041D\u0435\u0432\u0430\u043B\u0438\u0434\u0435\u043D \u043D\u0438\u0437: \u0442\u0440\u044F\u0431\u0432\u0430 \u0434\u0430 \u0437\u0430\u043F\u043E\u0447\u0432\u0430 \u0441 "${i.prefix}"`;if(i.format==="ends_with")return`\u041D\u0435\u0432\u0430\u043B\u0438\u0434\u0435\u043D \u043D\u0438\u0437: \u0442\u0440\u044F\u0431\u0432\u0430 \u0434\u0430 \u0437\u0430\u0432\u044A\u0440\u0448\u0432\u0430 \u0441 "${i.suffix}"`;if(i.format==="includes")return`\u041D\u0435\u0432\u0430\u043B\u0438\u0434\u0435\u043D \u043D\u0438\u0437: \u0442\u0440\u044F\u0431\u0432\u0430 \u0434\u0430 \u0432\u043A\u043B\u044E\u0447\u0432\u0430 "${i.includes}"`;if(i.format==="regex")return`\u041D\u0435\u0432\u0430\u043B\u0438\u0434\u0435\u043D \u043D\u0438\u0437: \u0442\u0440\u044F\u0431\u0432\u0430 \u0434\u0430 \u0441\u044A\u0432\u043F\u0430\u0434\u0430 \u0441 ${i.pattern}`;let a="\u041D\u0435\u0432\u0430\u043B\u0438\u0434\u0435\u043D";return i.format==="emoji"&&(a="\u041D\u0435\u0432\u0430\u043B\u0438\u0434\u043D\u043E"),i.format==="datetime"&&(a="\u041D\u0435\u0432\u0430\u043B\u0438\u0434\u043D\u043E"),i.format==="date"&&(a="\u041D\u0435\u0432\u0430\u043B\u0438\u0434\u043D\u0430"),i.format==="time"&&(a="\u041D\u0435\u0432\u0430\u043B\u0438\u0434\u043D\u043E"),i.format==="duration"&&(a="\u041D\u0435\u0432\u0430\u043B\u0438\u0434\u043D\u0430"),`${a} ${r[i.format]??n.format}`}case"not_multiple_of":return`\u041D\u0435\u0432\u0430\u043B\u0438\u0434\u043D\u043E \u0447\u0438\u0441\u043B\u043E: \u0442\u0440\u044F\u0431\u0432\u0430 \u0434\u0430 \u0431\u044A\u0434\u0435 \u043A\u0440\u0430\u0442\u043D\u043E \u043D\u0430 ${n.divisor}`;case"unrecognized_keys":return`\u041D\u0435\u0440\u0430\u0437\u043F\u043E\u0437\u043D\u0430\u0442${n.keys.length>1?"\u0438":""} \u043A\u043B\u044E\u0447${n.keys.length>1?"\u043E\u0432\u0435":""}: ${k(n.keys,", ")}`;case"invalid_key":return`\u041D\u0435\u0432\u0430\u043B\u0438\u0434\u0435\u043D \u043A\u043B\u044E\u0447 \u0432 ${n.origin}`;case"invalid_union":return"\u041D\u0435\u0432\u0430\u043B\u0438\u0434\u0435\u043D \u0432\u0445\u043E\u0434";case"invalid_element":return`\u041D\u0435\u0432\u0430\u043B\u0438\u0434\u043D\u0430 \u0441\u0442\u043E\u0439\u043D\u043E\u0441\u0442 \u0432 ${n.origin}`;default:return"\u041D\u0435\u0432\u0430\u043B\u0438\u0434\u0435\u043D \u0432\u0445\u043E\u0434"}}};function _0(){return{localeError:z_()}}var C_=()=>{let e={string:{unit:"\u0985\u0995\u09CD\u09B7\u09B0",verb:"\u09A5\u09BE\u0995\u09A4\u09C7 \u09B9\u09AC\u09C7"},file:{unit:"\u09AC\u09BE\u0987\u099F",verb:"\u09A5\u09BE\u0995\u09A4\u09C7 \u09B9\u09AC\u09C7"},array:{unit:"\u0986\u0987\u099F\u09C7\u09AE",verb:"\u09A5\u09BE\u0995\u09A4\u09C7 \u09B9\u09AC\u09C7"},set:{unit:"\u0986\u0987\u099F\u09C7\u09AE",verb:"\u09A5\u09BE\u0995\u09A4\u09C7 \u09B9\u09AC\u09C7"},map:{unit:"\u098F\u09A8\u09CD\u099F\u09CD\u09B0\u09BF",verb:"\u09A5\u09BE\u0995\u09A4\u09C7 \u09B9\u09AC\u09C7"}};function t(n){return e[n]??null}let r={regex:"\u0987\u09A8\u09AA\u09C1\u099F",email:"\u0987\u09AE\u09C7\u0987\u09B2 \u09A0\u09BF\u0995\u09BE\u09A8\u09BE",url:"URL",emoji:"\u0987\u09AE\u09CB\u099C\u09BF",uuid:"UUID",uuidv4:"UUIDv4",uuidv6:"UUIDv6",nanoid:"nanoid",guid:"GUID",cuid:"cuid",cuid2:"cuid2",ulid:"ULID",xid:"XID",ksuid:"KSUID",datetime:"ISO \u09A4\u09BE\u09B0\u09BF\u0996 \u0993 \u09B8\u09AE\u09AF\u09BC",date:"ISO \u09A4\u09BE\u09B0\u09BF\u0996",time:"ISO \u09B8\u09AE\u09AF\u09BC",duration:"ISO \u09B8\u09AE\u09AF\u09BC\u0995\u09BE\u09B2",ipv4:"IPv4 \u09A0\u09BF\u0995\u09BE\u09A8\u09BE",ipv6:"IPv6 \u09A0\u09BF\u0995\u09BE\u09A8\u09BE",mac:"MAC \u09A0\u09BF\u0995\u09BE\u09A8\u09BE",cidrv4:"IPv4 \u09B0\u09C7\u099E\u09CD\u099C",cidrv6:"IPv6 \u09B0\u09C7\u099E\u09CD\u099C",base64:"base64-\u098F\u09A8\u0995\u09CB\u09A1\u09C7\u09A1 \u09B8\u09CD\u099F\u09CD\u09B0\u09BF\u0982",base64url:"base64url-\u098F\u09A8\u0995\u09CB\u09A1\u09C7\u09A1 \u09B8\u09CD\u099F\u09CD\u09B0\u09BF\u0982",json_string:"JSON \u09B8\u09CD\u099F\u09CD\u09B0\u09BF\u0982",e164:"E.164 \u09A8\u09AE\u09CD\u09AC\u09B0",credit_card:"\u0995\u09CD\u09B0\u09C7\u09A1\u09BF\u099F \u0995\u09BE\u09B0\u09CD\u09A1 \u09A8\u09AE\u09CD\u09AC\u09B0",currency_code:"\u09AE\u09C1\u09A6\u09CD\u09B0\u09BE \u0995\u09CB\u09A1",iban:"IBAN",jwt:"JWT",template_literal:"\u0987\u09A8\u09AA\u09C1\u099F"},o={nan:"NaN"};return n=>{switch(n.code){case"invalid_type":{let i=o[n.expected]??n.expected,a=U(n.input),s=o[a]??a;return`\u0985\u09AC\u09C8\u09A7 \u0987\u09A8\u09AA\u09C1\u099F: \u09AA\u09CD\u09B0\u09A4\u09CD\u09AF\u09BE\u09B6\u09BF\u09A4 ${i}, \u09AA\u09CD\u09B0\u09BE\u09AA\u09CD\u09A4 ${s}`}case"invalid_value":return n.values.length===1?`\u0985\u09AC\u09C8\u09A7 \u0987\u09A8\u09AA\u09C1\u099F: \u09AA\u09CD\u09B0\u09A4\u09CD\u09AF\u09BE\u09B6\u09BF\u09A4 ${O(n.values[0])}`:`\u0985\u09AC\u09C8\u09A7 \u0985\u09AA\u09B6\u09A8: ${k(n.values," | ")} \u098F\u09B0 \u09AE\u09A7\u09CD\u09AF\u09C7 \u098F\u0995\u099F\u09BF \u09AA\u09CD\u09B0\u09A4\u09CD\u09AF\u09BE\u09B6\u09BF\u09A4`;case"too_big":{let i=n.inclusive?"<=":"<",a=t(n.origin);return a?`\u0985\u09A8\u09C7\u0995 \u09AC\u09A1\u09BC: ${n.origin??"\u09AE\u09BE\u09A8"} ${i}${n.maximum.toString()} ${a.unit??"\u098F\u09B2\u09BF\u09AE\u09C7\u09A8\u09CD\u099F"} \u09B9\u09A4\u09C7 \u09B9\u09AC\u09C7`:`\u0985\u09A8\u09C7\u0995 \u09AC\u09A1\u09BC: ${n.origin??"\u09AE\u09BE\u09A8"} ${i}${n.maximum.toString()} \u09B9\u09A4\u09C7 \u09B9\u09AC\u09C7`}case"too_small":{let i=n.inclusive?">=":">",a=t(n.origin);return a?`\u0985\u09A8\u09C7\u0995 \u099B\u09CB\u099F: ${n.origin} ${i}${n.minimum.toString()} ${a.unit} \u09B9\u09A4\u09C7 \u09B9\u09AC\u09C7`:`\u0985\u09A8\u09C7\u0995 \u099B\u09CB\u099F: ${n.origin} ${i}${n.minimum.toString()} \u09B9\u09A4\u09C7 \u09B9\u09AC\u09C7`}case"invalid_format":{let i=n;return i.format==="starts_with"?`\u0985\u09AC\u09C8\u09A7 \u09B8\u09CD\u099F\u09CD\u09B0\u09BF\u0982: "${i.prefix}" \u09A6\u09BF\u09AF\u09BC\u09C7 \u09B6\u09C1\u09B0\u09C1 \u09B9\u09A4\u09C7 \u09B9\u09AC\u09C7`:i.format==="ends_with"?`\u0985\u09AC\u09C8\u09A7 \u09B8\u09CD\u099F\u09CD\u09B0\u09BF\u0982: "${i.suffix}" \u09A6\u09BF\u09AF\u09BC\u09C7 \u09B6\u09C7\u09B7 \u09B9\u09A4\u09C7 \u09B9\u09AC\u09C7`:i.format==="includes"?`\u0985\u09AC\u09C8\u09A7 \u09B8\u09CD\u099F\u09CD\u09B0\u09BF\u0982: "${i.includes}" \u0985\u09A8\u09CD\u09A4\u09B0\u09CD\u09AD\u09C1\u0995\u09CD\u09A4 \u09A5\u09BE\u0995\u09A4\u09C7 \u09B9\u09AC\u09C7`:i.format==="regex"?`\u0985\u09AC\u09C8\u09A7 \u09B8\u09CD\u099F\u09CD\u09B0\u09BF\u0982: ${i.pattern} \u09AA\u09CD\u09AF\u09BE\u099F\u09BE\u09B0\u09CD\u09A8 \u09AE\u09BF\u09B2\u09A4\u09C7 \u09B9\u09AC\u09C7`:`\u0985\u09AC\u09C8\u09A7 ${r[i.format]??n.format}`}case"not_multiple_of":return`\u0985\u09AC\u09C8\u09A7 \u09A8\u09AE\u09CD\u09AC\u09B0: ${n.divisor} \u098F\u09B0 \u0997\u09C1\u09A3\u09BF\u09A4\u0995 \u09B9\u09A4\u09C7 \u09B9\u09AC\u09C7`;case"unrecognized_keys":return`\u0985\u099A\u09C7\u09A8\u09BE \u0995\u09C0${n.keys.length>1?"\u0997\u09C1\u09B2\u09CB":""}: ${k(n.keys,", ")}`;case"invalid_key":return`${n.origin} \u098F \u0985\u09AC\u09C8\u09A7 \u0995\u09C0`;case"invalid_union":return n.options&&Array.isArray(n.options)&&n.options.length>0?`\u0985\u09AC\u09C8\u09A7 \u09A1\u09BF\u09B8\u0995\u09CD\u09B0\u09BF\u09AE\u09BF\u09A8\u09C7\u099F\u09B0 \u09AE\u09BE\u09A8\u0964 \u09AA\u09CD\u09B0\u09A4\u09CD\u09AF\u09BE\u09B6\u09BF\u09A4 ${n.options.map(a=>`'${a}'`).join(" | ")}`:"\u0985\u09AC\u09C8\u09A7 \u0987\u09A8\u09AA\u09C1\u099F";case"invalid_element":return`${n.origin} \u098F \u0985\u09AC\u09C8\u09A7 \u09AE\u09BE\u09A8`;default:return"\u0985\u09AC\u09C8\u09A7 \u0987\u09A8\u09AA\u09C1\u099F"}}};function A0(){return{localeError:C_()}}var j_=()=>{let e={string:{unit:"car\xE0cters",verb:"contenir"},file:{unit:"bytes",verb:"contenir"},array:{unit:"elements",verb:"contenir"},set:{unit:"elements",verb:"contenir"},map:{unit:"elements",verb:"contenir"}};function t(n){return e[n]??null}let r={regex:"entrada",email:"adre\xE7a electr\xF2nica",url:"URL",emoji:"emoji",uuid:"UUID",uuidv4:"UUIDv4",uuidv6:"UUIDv6",nanoid:"nanoid",guid:"GUID",cuid:"cuid",cuid2:"cuid2",ulid:"ULID",xid:"XID",ksuid:"KSUID",datetime:"data i hora ISO",date:"data ISO",time:"hora ISO",duration:"durada ISO",ipv4:"adre\xE7a IPv4",ipv6:"adre\xE7a IPv6",mac:"adre\xE7a MAC",cidrv4:"rang IPv4",cidrv6:"rang IPv6",base64:"cadena codificada en base64",base64url:"cadena codificada en base64url",json_string:"cadena JSON",e164:"n\xFAmero E.164",credit_card:"n\xFAmero de targeta de cr\xE8dit",currency_code:"codi de moneda",iban:"IBAN",jwt:"JWT",template_literal:"entrada"},o={nan:"NaN"};return n=>{switch(n.code){case"invalid_type":{let i=o[n.expected]??n.expected,a=U(n.input),s=o[a]??a;return/^[A-Z]/.test(n.expected)?`Tipus inv\xE0lid: s'esperava instanceof ${n.expected}, s'ha rebut ${s}`:`Tipus inv\xE0lid: s'esperava ${i}, s'ha rebut ${s}`}case"invalid_value":return n.values.length===1?`Valor inv\xE0lid: s'esperava ${O(n.values[0])}`:`Opci\xF3 inv\xE0lida: s'esperava una de ${k(n.values," o ")}`;case"too_big":{let i=n.inclusive?"com a m\xE0xim":"menys de",a=t(n.origin);return a?`Massa gran: s'esperava que ${n.origin??"el valor"} contingu\xE9s ${i} ${n.maximum.toString()} ${a.unit??"elements"}`:`Massa gran: s'esperava que ${n.origin??"el valor"} fos ${i} ${n.maximum.toString()}`}case"too_small":{let i=n.inclusive?"com a m\xEDnim":"m\xE9s de",a=t(n.origin);return a?`Massa petit: s'esperava que ${n.origin} contingu\xE9s ${i} ${n.minimum.toString()} ${a.unit}`:`Massa petit: s'esperava que ${n.origin} fos ${i} ${n.minimum.toString()}`}case"invalid_format":{let i=n;return i.format==="starts_with"?`Format inv\xE0lid: ha de comen\xE7ar amb "${i.prefix}"`:i.format==="ends_with"?`Format inv\xE0lid: ha d'acabar amb "${i.suffix}"`:i.format==="includes"?`Format inv\xE0lid: ha d'incloure "${i.includes}"`:i.format==="regex"?`Format inv\xE0lid: ha de coincidir amb el patr\xF3 ${i.pattern}`:`Format inv\xE0lid per a ${r[i.format]??n.format}`}case"not_multiple_of":return`N\xFAmero inv\xE0lid: ha de ser m\xFAltiple de ${n.divisor}`;case"unrecognized_keys":return`Clau${n.keys.length>1?"s":""} no reconeguda${n.keys.length>1?"s":""}: ${k(n.keys,", ")}`;case"invalid_key":return`Clau inv\xE0lida a ${n.origin}`;case"invalid_union":return"Entrada inv\xE0lida";case"invalid_element":return`Element inv\xE0lid a ${n.origin}`;default:return"Entrada inv\xE0lida"}}};function I0(){return{localeError:j_()}}var F_=()=>{let e={string:{unit:"\u067E\u06CC\u062A",verb:"\u0628\u06CE\u062A"},file:{unit:"\u0628\u0627\u06CC\u062A",verb:"\u0628\u06CE\u062A"},array:{unit:"\u062F\u0627\u0646\u06D5",verb:"\u0628\u06CE\u062A"},set:{unit:"\u062F\u0627\u0646\u06D5",verb:"\u0628\u06CE\u062A"},map:{unit:"\u062F\u0627\u0646\u06D5",verb:"\u0628\u06CE\u062A"}};function t(n){return e[n]??null}let r={regex:"regex",email:"\u0626\u06CC\u0645\u06D5\u06CC\u06B5",url:"\u0628\u06D5\u0633\u062A\u06D5\u0631 (URL)",emoji:"\u0626\u06CC\u0645\u06C6\u062C\u06CC",uuid:"UUID",uuidv4:"UUIDv4",uuidv6:"UUIDv6",nanoid:"nanoid",guid:"GUID",cuid:"cuid",cuid2:"cuid2",ulid:"ULID",xid:"XID",ksuid:"KSUID",datetime:"\u0695\u06CE\u06A9\u06D5\u0648\u062A \u0648 \u06A9\u0627\u062A",date:"\u0695\u06CE\u06A9\u06D5\u0648\u062A",time:"\u06A9\u0627\u062A",duration:"\u0645\u0627\u0648\u06D5",ipv4:"\u0646\u0627\u0648\u0646\u06CC\u0634\u0627\u0646\u06CC IPv4",ipv6:"\u0646\u0627\u0648\u0646\u06CC\u0634\u0627\u0646\u06CC IPv6",mac:"\u0646\u0627\u0648\u0646\u06CC\u0634\u0627\u0646\u06CC MAC",cidrv4:"\u0645\u06D5\u0648\u062F\u0627\u06CC IPv4",cidrv6:"\u0645\u06D5\u0648\u062F\u0627\u06CC IPv6",base64:"\u062F\u06D5\u0642\u06CC base64",base64url:"\u062F\u06D5\u0642\u06CC base64url",json_string:"\u062F\u06D5\u0642\u06CC JSON",e164:"\u0698\u0645\u0627\u0631\u06D5\u06CC E.164",credit_card:"\u0698\u0645\u0627\u0631\u06D5\u06CC \u06A9\u0627\u0631\u062A\u06CC \u06A9\u0631\u06CE\u062F\u06CC\u062A",currency_code:"\u06A9\u06C6\u062F\u06CC \u062F\u0631\u0627\u0648",iban:"IBAN",jwt:"JWT",template_literal:"\u062A\u06CE\u06A9\u0631\u062F\u06D5"},o={nan:"NaN",string:"\u0646\u0648\u0648\u0633\u06CC\u0646",number:"\u0698\u0645\u0627\u0631\u06D5",boolean:"boolean",array:"array",object:"object",date:"\u0695\u06CE\u06A9\u06D5\u0648\u062A",integer:"\u0698\u0645\u0627\u0631\u06D5",float:"\u0698\u0645\u0627\u0631\u06D5",null:"null",undefined:"undefined",function:"function",symbol:"symbol",unknown:"unknown",promise:"promise",void:"void",never:"never",map:"map",set:"set"};return n=>{switch(n.code){case"invalid_type":{let i=o[n.expected]??n.expected,a=U(n.input),s=o[a]??a,u=["\u0627","\u0648","\u06C6","\u0648\u0648","\u06D5","\u06CC","\u06CE"].some(l=>s.endsWith(l))?"\u06CC\u06D5":"\u06D5",c=/^[a-zA-Z]+$/.test(s);return a==="null"||a==="undefined"?"\u062F\u0627\u0648\u0627\u06A9\u0631\u0627\u0648\u06D5":`\u0686\u0627\u0648\u06D5\u0695\u0648\u0627\u0646\u06A9\u0631\u0627\u0648\u06D5 ${i} \u0628\u06CE\u062A\u060C \u0628\u06D5\u06B5\u0627\u0645 ${s}${c?"":u}`}case"invalid_value":return n.values.length===1?`\u0628\u06D5\u0647\u0627\u06A9\u06D5 \u0646\u0627\u062F\u0631\u0648\u0648\u0633\u062A\u06D5: \u0686\u0627\u0648\u06D5\u0695\u0648\u0627\u0646\u06A9\u0631\u0627\u0648\u06D5 ${O(n.values[0])} \u0628\u06CE\u062A`:`\u0647\u06D5\u06B5\u0628\u0698\u0627\u0631\u062F\u06D5\u06CC \u0646\u0627\u062F\u0631\u0648\u0633\u062A: \u0686\u0627\u0648\u06D5\u0695\u0648\u0627\u0646\u06A9\u0631\u0627\u0648\u06D5 \u06CC\u06D5\u06A9\u06CE\u06A9 \u0628\u06CE\u062A \u0644\u06D5 ${k(n.values,"|")}`;case"too_big":{let i=t(n.origin);return i?`\u067E\u06CE\u0648\u06CC\u0633\u062A\u06D5 \u0628\u06D5 \u0644\u0627\u06CC\u06D5\u0646\u06CC \u0632\u06C6\u0631\u06D5\u0648\u06D5 ${n.maximum.toString()} ${i.unit} ${i.verb}`:`\u067E\u06CE\u0648\u06CC\u0633\u062A\u06D5 \u0628\u06D5 \u0644\u0627\u06CC\u06D5\u0646\u06CC \u0632\u06C6\u0631\u06D5\u0648\u06D5 ${n.maximum.toString()} \u0628\u06CE\u062A`}case"too_small":{let i=t(n.origin);return i?`\u067E\u06CE\u0648\u06CC\u0633\u062A\u06D5 \u0628\u06D5 \u0644\u0627\u06CC\u06D5\u0646\u06CC \u06A9\u06D5\u0645\u06D5\u0648\u06D5 ${n.minimum.toString()} ${i.unit} ${i.verb}`:`\u067E\u06CE\u0648\u06CC\u0633\u062A\u06D5 \u0628\u06D5 \u0644\u0627\u06CC\u06D5\u0646\u06CC \u06A9\u06D5\u0645\u06D5\u0648\u06D5 ${n.minimum.toString()} \u0628\u06CE\u062A`}case"invalid_format":{let i=n;return i.format==="starts_with"?`\u062F\u06D5\u0642\u06CC \u0646\u0627\u062F\u0631\u0648\u0633\u062A: \u067E\u06CE\u0648\u06CC\u0633\u062A\u06D5 \u062F\u06D5\u0633\u062A\u067E\u06CE\u0628\u06A9\u0627\u062A \u0628\u06D5 "${i.prefix}"`:i.format==="ends_with"?`\u062F\u06D5\u0642\u06CC \u0646\u0627\u062F\u0631\u0648\u0633\u062A: \u067E\u06CE\u0648\u06CC\u0633\u062A\u06D5 \u06A9\u06C6\u062A\u0627\u06CC\u06CC\u0628\u06CE\u062A \u0628\u06D5 "${i.suffix}"`:i.format==="includes"?`\u062F\u06D5\u0642\u06CC \u0646\u0627\u062F\u0631\u0648\u0633\u062A: \u067E\u06CE\u0648\u06CC\u0633\u062A\u06D5 "${i.includes}" \u0644\u06D5\u062E\u06C6\u0628\u06AF\u0631\u06CE\u062A`:i.format==="regex"?`\u062F\u06D5\u0642\u06CC \u0646\u0627\u062F\u0631\u0648\u0633\u062A: \u067E\u06CE\u0648\u06CC\u0633\u062A\u06D5 \u0644\u06D5\u06AF\u06D5\u06B5 \u067E\u0627\u062A\u06CE\u0631\u0646\u06CC ${i.pattern} \u0628\u06AF\u0648\u0646\u062C\u06CE\u062A`:`\u0628\u06D5\u0647\u0627\u06CC ${r[i.format]??n.format} \u0646\u0627\u062F\u0631\u0648\u0633\u062A\u06D5`}case"not_multiple_of":return`\u0698\u0645\u0627\u0631\u06D5\u06CC \u0646\u0627\u062F\u0631\u0648\u0633\u062A: \u062F\u06D5\u0628\u06CE\u062A \u0686\u06D5\u0646\u062F \u0647\u06CE\u0646\u062F\u06D5 \u0628\u06CE\u062A \u0628\u06C6 ${n.divisor}`;case"unrecognized_keys":return`\u06A9\u0644\u06CC\u0644\u06CC \u0646\u06D5\u0646\u0627\u0633\u0631\u0627\u0648: ${k(n.keys,", ")}`;case"invalid_key":return`\u06A9\u0644\u06CC\u0644\u06CC \u0646\u0627\u062F\u0631\u0648\u0633\u062A \u0644\u06D5 ${n.origin}`;case"invalid_union":return n.options&&Array.isArray(n.options)&&n.options.length>0?`\u0628\u06D5\u0647\u0627\u06CC \u0646\u06D5\u0646\u0627\u0633\u0631\u0627\u0648 \u0647\u06D5\u06CC\u06D5. \u0628\u06D5\u0647\u0627\u06CC \u0686\u0627\u0648\u06D5\u0695\u0648\u0627\u0646\u06A9\u0631\u0627\u0648: ${n.options.map(a=>`'${a}'`).join(" | ")}`:"\u06CC\u06D5\u06A9\u06AF\u0631\u062A\u0646\u06CC \u0646\u0627\u062F\u0631\u0648\u0633\u062A";case"invalid_element":return`${n.origin} \u0628\u06D5\u0647\u0627\u06A9\u06D5 \u0646\u0627\u062F\u0631\u0648\u0633\u062A\u06D5`;default:return"\u062A\u06CE\u06A9\u0631\u062F\u06D5\u06CC \u0646\u0627\u062F\u0631\u0648\u0633\u062A"}}};function S0(){return{localeError:F_()}}var L_=()=>{let e={string:{unit:"znak\u016F",verb:"m\xEDt"},file:{unit:"bajt\u016F",verb:"m\xEDt"},array:{unit:"prvk\u016F",verb:"m\xEDt"},set:{unit:"prvk\u016F",verb:"m\xEDt"},map:{unit:"prvk\u016F",verb:"m\xEDt"}};function t(n){return e[n]??null}let r={regex:"regul\xE1rn\xED v\xFDraz",email:"e-mailov\xE1 adresa",url:"URL",emoji:"emoji",uuid:"UUID",uuidv4:"UUIDv4",uuidv6:"UUIDv6",nanoid:"nanoid",guid:"GUID",cuid:"cuid",cuid2:"cuid2",ulid:"ULID",xid:"XID",ksuid:"KSUID",datetime:"datum a \u010Das ve form\xE1tu ISO",date:"datum ve form\xE1tu ISO",time:"\u010Das ve form\xE1tu ISO",duration:"doba trv\xE1n\xED ISO",ipv4:"IPv4 adresa",ipv6:"IPv6 adresa",mac:"MAC adresa",cidrv4:"rozsah IPv4",cidrv6:"rozsah IPv6",base64:"\u0159et\u011Bzec zak\xF3dovan\xFD ve form\xE1tu base64",base64url:"\u0159et\u011Bzec zak\xF3dovan\xFD ve form\xE1tu base64url",json_string:"\u0159et\u011Bzec ve form\xE1tu JSON",e164:"\u010D\xEDslo E.164",credit_card:"\u010D\xEDslo kreditn\xED karty",currency_code:"k\xF3d m\u011Bny",iban:"IBAN",jwt:"JWT",template_literal:"vstup"},o={nan:"NaN",number:"\u010D\xEDslo",string:"\u0159et\u011Bzec",function:"funkce",array:"pole"};return n=>{switch(n.code){case"invalid_type":{let i=o[n.expected]??n.expected,a=U(n.input),s=o[a]??a;return/^[A-Z]/.test(n.expected)?`Neplatn\xFD vstup: o\u010Dek\xE1v\xE1no instanceof ${n.expected}, obdr\u017Eeno ${s}`:`Neplatn\xFD vstup: o\u010Dek\xE1v\xE1no ${i}, obdr\u017Eeno ${s}`}case"invalid_value":return n.values.length===1?`Neplatn\xFD vstup: o\u010Dek\xE1v\xE1no ${O(n.values[0])}`:`Neplatn\xE1 mo\u017Enost: o\u010Dek\xE1v\xE1na jedna z hodnot ${k(n.values,"|")}`;case"too_big":{let i=n.inclusive?"<=":"<",a=t(n.origin);return a?`Hodnota je p\u0159\xEDli\u0161 velk\xE1: ${n.origin??"hodnota"} mus\xED m\xEDt ${i}${n.maximum.toString()} ${a.unit??"prvk\u016F"}`:`Hodnota je p\u0159\xEDli\u0161 velk\xE1: ${n.origin??"hodnota"} mus\xED b\xFDt ${i}${n.maximum.toString()}`}case"too_small":{let i=n.inclusive?">=":">",a=t(n.origin);return a?`Hodnota je p\u0159\xEDli\u0161 mal\xE1: ${n.origin??"hodnota"} mus\xED m\xEDt ${i}${n.minimum.toString()} ${a.unit??"prvk\u016F"}`:`Hodnota je p\u0159\xEDli\u0161 mal\xE1: ${n.origin??"hodnota"} mus\xED b\xFDt ${i}${n.minimum.toString()}`}case"invalid_format":{let i=n;return i.format==="starts_with"?`Neplatn\xFD \u0159et\u011Bzec: mus\xED za\u010D\xEDnat na "${i.prefix}"`:i.format==="ends_with"?`Neplatn\xFD \u0159et\u011Bzec: mus\xED kon\u010Dit na "${i.suffix}"`:i.format==="includes"?`Neplatn\xFD \u0159et\u011Bzec: mus\xED obsahovat "${i.includes}"`:i.format==="regex"?`Neplatn\xFD \u0159et\u011Bzec: mus\xED odpov\xEDdat vzoru ${i.pattern}`:`Neplatn\xFD form\xE1t ${r[i.format]??n.format}`}case"not_multiple_of":return`Neplatn\xE9 \u010D\xEDslo: mus\xED b\xFDt n\xE1sobkem ${n.divisor}`;case"unrecognized_keys":return`Nezn\xE1m\xE9 kl\xED\u010De: ${k(n.keys,", ")}`;case"invalid_key":return`Neplatn\xFD kl\xED\u010D v ${n.origin}`;case"invalid_union":return"Neplatn\xFD vstup";case"invalid_element":return`Neplatn\xE1 hodnota v ${n.origin}`;default:return"Neplatn\xFD vstup"}}};function P0(){return{localeError:L_()}}var M_=()=>{let e={string:{unit:"tegn",verb:"havde"},file:{unit:"bytes",verb:"havde"},array:{unit:"elementer",verb:"indeholdt"},set:{unit:"elementer",verb:"indeholdt"},map:{unit:"elementer",verb:"indeholdt"}};function t(n){return e[n]??null}let r={regex:"input",email:"e-mailadresse",url:"URL",emoji:"emoji",uuid:"UUID",uuidv4:"UUIDv4",uuidv6:"UUIDv6",nanoid:"nanoid",guid:"GUID",cuid:"cuid",cuid2:"cuid2",ulid:"ULID",xid:"XID",ksuid:"KSUID",datetime:"ISO dato- og klokkesl\xE6t",date:"ISO-dato",time:"ISO-klokkesl\xE6t",duration:"ISO-varighed",ipv4:"IPv4-adresse",ipv6:"IPv6-adresse",mac:"MAC-adresse",cidrv4:"IPv4-spektrum",cidrv6:"IPv6-spektrum",base64:"base64-kodet streng",base64url:"base64url-kodet streng",json_string:"JSON-streng",e164:"E.164-nummer",credit_card:"kreditkortnummer",currency_code:"valutakode",iban:"IBAN",jwt:"JWT",template_literal:"input"},o={nan:"NaN",string:"streng",number:"tal",boolean:"boolean",array:"liste",object:"objekt",set:"s\xE6t",file:"fil"};return n=>{switch(n.code){case"invalid_type":{let i=o[n.expected]??n.expected,a=U(n.input),s=o[a]??a;return/^[A-Z]/.test(n.expected)?`Ugyldigt input: forventede instanceof ${n.expected}, fik ${s}`:`Ugyldigt input: forventede ${i}, fik ${s}`}case"invalid_value":return n.values.length===1?`Ugyldig v\xE6rdi: forventede ${O(n.values[0])}`:`Ugyldigt valg: forventede en af f\xF8lgende ${k(n.values,"|")}`;case"too_big":{let i=n.inclusive?"<=":"<",a=t(n.origin),s=o[n.origin]??n.origin;return a?`For stor: forventede ${s??"value"} ${a.verb} ${i} ${n.maximum.toString()} ${a.unit??"elementer"}`:`For stor: forventede ${s??"value"} havde ${i} ${n.maximum.toString()}`}case"too_small":{let i=n.inclusive?">=":">",a=t(n.origin),s=o[n.origin]??n.origin;return a?`For lille: forventede ${s} ${a.verb} ${i} ${n.minimum.toString()} ${a.unit}`:`For lille: forventede ${s} havde ${i} ${n.minimum.toString()}`}case"invalid_format":{let i=n;return i.format==="starts_with"?`Ugyldig streng: skal starte med "${i.prefix}"`:i.format==="ends_with"?`Ugyldig streng: skal ende med "${i.suffix}"`:i.format==="includes"?`Ugyldig streng: skal indeholde "${i.includes}"`:i.format==="regex"?`Ugyldig streng: skal matche m\xF8nsteret ${i.pattern}`:`Ugyldig ${r[i.format]??n.format}`}case"not_multiple_of":return`Ugyldigt tal: skal v\xE6re deleligt med ${n.divisor}`;case"unrecognized_keys":return`${n.keys.length>1?"Ukendte n\xF8gler":"Ukendt n\xF8gle"}: ${k(n.keys,", ")}`;case"invalid_key":return`Ugyldig n\xF8gle i ${n.origin}`;case"invalid_union":return"Ugyldigt input: matcher ingen af de tilladte typer";case"invalid_element":return`Ugyldig v\xE6rdi i ${n.origin}`;default:return"Ugyldigt input"}}};function R0(){return{localeError:M_()}}var q_=()=>{let e={string:{unit:"Zeichen",verb:"zu haben"},file:{unit:"Bytes",verb:"zu haben"},array:{unit:"Elemente",verb:"zu haben"},set:{unit:"Elemente",verb:"zu haben"},map:{unit:"Elemente",verb:"zu haben"}};function t(n){return e[n]??null}let r={regex:"Eingabe",email:"E-Mail-Adresse",url:"URL",emoji:"Emoji",uuid:"UUID",uuidv4:"UUIDv4",uuidv6:"UUIDv6",nanoid:"nanoid",guid:"GUID",cuid:"cuid",cuid2:"cuid2",ulid:"ULID",xid:"XID",ksuid:"KSUID",datetime:"ISO-Datum und -Uhrzeit",date:"ISO-Datum",time:"ISO-Uhrzeit",duration:"ISO-Dauer",ipv4:"IPv4-Adresse",ipv6:"IPv6-Adresse",mac:"MAC-Adresse",cidrv4:"IPv4-Bereich",cidrv6:"IPv6-Bereich",base64:"Base64-codierter String",base64url:"Base64-URL-codierter String",json_string:"JSON-String",e164:"E.164-Nummer",credit_card:"Kreditkartennummer",currency_code:"W\xE4hrungscode",iban:"IBAN",jwt:"JWT",template_literal:"Eingabe"},o={nan:"NaN",number:"Zahl",array:"Array"};return n=>{switch(n.code){case"invalid_type":{let i=o[n.expected]??n.expected,a=U(n.input),s=o[a]??a;return/^[A-Z]/.test(n.expected)?`Ung\xFCltige Eingabe: erwartet instanceof ${n.expected}, erhalten ${s}`:`Ung\xFCltige Eingabe: erwartet ${i}, erhalten ${s}`}case"invalid_value":return n.values.length===1?`Ung\xFCltige Eingabe: erwartet ${O(n.values[0])}`:`Ung\xFCltige Option: erwartet eine von ${k(n.values,"|")}`;case"too_big":{let i=n.inclusive?"<=":"<",a=t(n.origin);return a?`Zu gro\xDF: erwartet, dass ${n.origin??"Wert"} ${i}${n.maximum.toString()} ${a.unit??"Elemente"} hat`:`Zu gro\xDF: erwartet, dass ${n.origin??"Wert"} ${i}${n.maximum.toString()} ist`}case"too_small":{let i=n.inclusive?">=":">",a=t(n.origin);return a?`Zu klein: erwartet, dass ${n.origin} ${i}${n.minimum.toString()} ${a.unit} hat`:`Zu klein: erwartet, dass ${n.origin} ${i}${n.minimum.toString()} ist`}case"invalid_format":{let i=n;return i.format==="starts_with"?`Ung\xFCltiger String: muss mit "${i.prefix}" beginnen`:i.format==="ends_with"?`Ung\xFCltiger String: muss mit "${i.suffix}" enden`:i.format==="includes"?`Ung\xFCltiger String: muss "${i.includes}" enthalten`:i.format==="regex"?`Ung\xFCltiger String: muss dem Muster ${i.pattern} entsprechen`:`Ung\xFCltig: ${r[i.format]??n.format}`}case"not_multiple_of":return`Ung\xFCltige Zahl: muss ein Vielfaches von ${n.divisor} sein`;case"unrecognized_keys":return`${n.keys.length>1?"Unbekannte Schl\xFCssel":"Unbekannter Schl\xFCssel"}: ${k(n.keys,", ")}`;case"invalid_key":return`Ung\xFCltiger Schl\xFCssel in ${n.origin}`;case"invalid_union":return"Ung\xFCltige Eingabe";case"invalid_element":return`Ung\xFCltiger Wert in ${n.origin}`;default:return"Ung\xFCltige Eingabe"}}};function D0(){return{localeError:q_()}}var B_=()=>{let e={string:{unit:"\u03C7\u03B1\u03C1\u03B1\u03BA\u03C4\u03AE\u03C1\u03B5\u03C2",verb:"\u03BD\u03B1 \u03AD\u03C7\u03B5\u03B9"},file:{unit:"bytes",verb:"\u03BD\u03B1 \u03AD\u03C7\u03B5\u03B9"},array:{unit:"\u03C3\u03C4\u03BF\u03B9\u03C7\u03B5\u03AF\u03B1",verb:"\u03BD\u03B1 \u03AD\u03C7\u03B5\u03B9"},set:{unit:"\u03C3\u03C4\u03BF\u03B9\u03C7\u03B5\u03AF\u03B1",verb:"\u03BD\u03B1 \u03AD\u03C7\u03B5\u03B9"},map:{unit:"\u03BA\u03B1\u03C4\u03B1\u03C7\u03C9\u03C1\u03AE\u03C3\u03B5\u03B9\u03C2",verb:"\u03BD\u03B1 \u03AD\u03C7\u03B5\u03B9"}};function t(n){return e[n]??null}let r={regex:"\u03B5\u03AF\u03C3\u03BF\u03B4\u03BF\u03C2",email:"\u03B4\u03B9\u03B5\u03CD\u03B8\u03C5\u03BD\u03C3\u03B7 email",url:"URL",emoji:"emoji",uuid:"UUID",uuidv4:"UUIDv4",uuidv6:"UUIDv6",nanoid:"nanoid",guid:"GUID",cuid:"cuid",cuid2:"cuid2",ulid:"ULID",xid:"XID",ksuid:"KSUID",datetime:"ISO \u03B7\u03BC\u03B5\u03C1\u03BF\u03BC\u03B7\u03BD\u03AF\u03B1 \u03BA\u03B1\u03B9 \u03CE\u03C1\u03B1",date:"ISO \u03B7\u03BC\u03B5\u03C1\u03BF\u03BC\u03B7\u03BD\u03AF\u03B1",time:"ISO \u03CE\u03C1\u03B1",duration:"ISO \u03B4\u03B9\u03AC\u03C1\u03BA\u03B5\u03B9\u03B1",ipv4:"\u03B4\u03B9\u03B5\u03CD\u03B8\u03C5\u03BD\u03C3\u03B7 IPv4",ipv6:"\u03B4\u03B9\u03B5\u03CD\u03B8\u03C5\u03BD\u03C3\u03B7 IPv6",mac:"\u03B4\u03B9\u03B5\u03CD\u03B8\u03C5\u03BD\u03C3\u03B7 MAC",cidrv4:"\u03B5\u03CD\u03C1\u03BF\u03C2 IPv4",cidrv6:"\u03B5\u03CD\u03C1\u03BF\u03C2 IPv6",base64:"\u03C3\u03C5\u03BC\u03B2\u03BF\u03BB\u03BF\u03C3\u03B5\u03B9\u03C1\u03AC \u03BA\u03C9\u03B4\u03B9\u03BA\u03BF\u03C0\u03BF\u03B9\u03B7\u03BC\u03AD\u03BD\u03B7 \u03C3\u03B5 base64",base64url:"\u03C3\u03C5\u03BC\u03B2\u03BF\u03BB\u03BF\u03C3\u03B5\u03B9\u03C1\u03AC \u03BA\u03C9\u03B4\u03B9\u03BA\u03BF\u03C0\u03BF\u03B9\u03B7\u03BC\u03AD\u03BD\u03B7 \u03C3\u03B5 base64url",json_string:"\u03C3\u03C5\u03BC\u03B2\u03BF\u03BB\u03BF\u03C3\u03B5\u03B9\u03C1\u03AC JSON",e164:"\u03B1\u03C1\u03B9\u03B8\u03BC\u03CC\u03C2 E.164",credit_card:"\u03B1\u03C1\u03B9\u03B8\u03BC\u03CC\u03C2 \u03C0\u03B9\u03C3\u03C4\u03C9\u03C4\u03B9\u03BA\u03AE\u03C2 \u03BA\u03AC\u03C1\u03C4\u03B1\u03C2",currency_code:"\u03BA\u03C9\u03B4\u03B9\u03BA\u03CC\u03C2 \u03BD\u03BF\u03BC\u03AF\u03C3\u03BC\u03B1\u03C4\u03BF\u03C2",iban:"IBAN",jwt:"JWT",template_literal:"\u03B5\u03AF\u03C3\u03BF\u03B4\u03BF\u03C2"},o={nan:"NaN"};return n=>{switch(n.code){case"invalid_type":{let i=o[n.expected]??n.expected,a=U(n.input),s=o[a]??a;return typeof n.expected=="string"&&/^[A-Z]/.test(n.expected)?`\u039C\u03B7 \u03AD\u03B3\u03BA\u03C5\u03C1\u03B7 \u03B5\u03AF\u03C3\u03BF\u03B4\u03BF\u03C2: \u03B1\u03BD\u03B1\u03BC\u03B5\u03BD\u03CC\u03C4\u03B1\u03BD instanceof ${n.expected}, \u03BB\u03AE\u03C6\u03B8\u03B7\u03BA\u03B5 ${s}`:`\u039C\u03B7 \u03AD\u03B3\u03BA\u03C5\u03C1\u03B7 \u03B5\u03AF\u03C3\u03BF\u03B4\u03BF\u03C2: \u03B1\u03BD\u03B1\u03BC\u03B5\u03BD\u03CC\u03C4\u03B1\u03BD ${i}, \u03BB\u03AE\u03C6\u03B8\u03B7\u03BA\u03B5 ${s}`}case"invalid_value":return n.values.length===1?`\u039C\u03B7 \u03AD\u03B3\u03BA\u03C5\u03C1\u03B7 \u03B5\u03AF\u03C3\u03BF\u03B4\u03BF\u03C2: \u03B1\u03BD\u03B1\u03BC\u03B5\u03BD\u03CC\u03C4\u03B1\u03BD ${O(n.values[0])}`:`\u039C\u03B7 \u03AD\u03B3\u03BA\u03C5\u03C1\u03B7 \u03B5\u03C0\u03B9\u03BB\u03BF\u03B3\u03AE: \u03B1\u03BD\u03B1\u03BC\u03B5\u03BD\u03CC\u03C4\u03B1\u03BD \u03AD\u03BD\u03B1 \u03B1\u03C0\u03CC ${k(n.values,"|")}`;case"too_big":{let i=n.inclusive?"<=":"<",a=t(n.origin);return a?`\u03A0\u03BF\u03BB\u03CD \u03BC\u03B5\u03B3\u03AC\u03BB\u03BF: \u03B1\u03BD\u03B1\u03BC\u03B5\u03BD\u03CC\u03C4\u03B1\u03BD ${n.origin??"\u03C4\u03B9\u03BC\u03AE"} \u03BD\u03B1 \u03AD\u03C7\u03B5\u03B9 ${i}${n.maximum.toString()} ${a.unit??"\u03C3\u03C4\u03BF\u03B9\u03C7\u03B5\u03AF\u03B1"}`:`\u03A0\u03BF\u03BB\u03CD \u03BC\u03B5\u03B3\u03AC\u03BB\u03BF: \u03B1\u03BD\u03B1\u03BC\u03B5\u03BD\u03CC\u03C4\u03B1\u03BD ${n.origin??"\u03C4\u03B9\u03BC\u03AE"} \u03BD\u03B1 \u03B5\u03AF\u03BD\u03B1\u03B9 ${i}${n.maximum.toString()}`}case"too_small":{let i=n.inclusive?">=":">",a=t(n.origin);return a?`\u03A0\u03BF\u03BB\u03CD \u03BC\u03B9\u03BA\u03C1\u03CC: \u03B1\u03BD\u03B1\u03BC\u03B5\u03BD\u03CC\u03C4\u03B1\u03BD ${n.origin} \u03BD\u03B1 \u03AD\u03C7\u03B5\u03B9 ${i}${n.minimum.toString()} ${a.unit}`:`\u03A0\u03BF\u03BB\u03CD \u03BC\u03B9\u03BA\u03C1\u03CC: \u03B1\u03BD\u03B1\u03BC\u03B5\u03BD\u03CC\u03C4\u03B1\u03BD ${n.origin} \u03BD\u03B1 \u03B5\u03AF\u03BD\u03B1\u03B9 ${i}${n.minimum.toString()}`}case"invalid_format":{let i=n;return i.format==="starts_with"?`\u039C\u03B7 \u03AD\u03B3\u03BA\u03C5\u03C1\u03B7 \u03C3\u03C5\u03BC\u03B2\u03BF\u03BB\u03BF\u03C3\u03B5\u03B9\u03C1\u03AC: \u03C0\u03C1\u03AD\u03C0\u03B5\u03B9 \u03BD\u03B1 \u03BE\u03B5\u03BA\u03B9\u03BD\u03AC \u03BC\u03B5 "${i.prefix}"`:i.format==="ends_with"?`\u039C\u03B7 \u03AD\u03B3\u03BA\u03C5\u03C1\u03B7 \u03C3\u03C5\u03BC\u03B2\u03BF\u03BB\u03BF\u03C3\u03B5\u03B9\u03C1\u03AC: \u03C0\u03C1\u03AD\u03C0\u03B5\u03B9 \u03BD\u03B1 \u03C4\u03B5\u03BB\u03B5\u03B9\u03CE\u03BD\u03B5\u03B9 \u03BC\u03B5 "${i.suffix}"`:i.format==="includes"?`\u039C\u03B7 \u03AD\u03B3\u03BA\u03C5\u03C1\u03B7 \u03C3\u03C5\u03BC\u03B2\u03BF\u03BB\u03BF\u03C3\u03B5\u03B9\u03C1\u03AC: \u03C0\u03C1\u03AD\u03C0\u03B5\u03B9 \u03BD\u03B1 \u03C0\u03B5\u03C1\u03B9\u03AD\u03C7\u03B5\u03B9 "${i.includes}"`:i.format==="regex"?`\u039C\u03B7 \u03AD\u03B3\u03BA\u03C5\u03C1\u03B7 \u03C3\u03C5\u03BC\u03B2\u03BF\u03BB\u03BF\u03C3\u03B5\u03B9\u03C1\u03AC: \u03C0\u03C1\u03AD\u03C0\u03B5\u03B9 \u03BD\u03B1 \u03C4\u03B1\u03B9\u03C1\u03B9\u03AC\u03B6\u03B5\u03B9 \u03BC\u03B5 \u03C4\u03BF \u03BC\u03BF\u03C4\u03AF\u03B2\u03BF ${i.pattern}`:`\u039C\u03B7 \u03AD\u03B3\u03BA\u03C5\u03C1\u03BF: ${r[i.format]??n.format}`}case"not_multiple_of":return`\u039C\u03B7 \u03AD\u03B3\u03BA\u03C5\u03C1\u03BF\u03C2 \u03B1\u03C1\u03B9\u03B8\u03BC\u03CC\u03C2: \u03C0\u03C1\u03AD\u03C0\u03B5\u03B9 \u03BD\u03B1 \u03B5\u03AF\u03BD\u03B1\u03B9 \u03C0\u03BF\u03BB\u03BB\u03B1\u03C0\u03BB\u03AC\u03C3\u03B9\u03BF \u03C4\u03BF\u03C5 ${n.divisor}`;case"unrecognized_keys":return`\u0386\u03B3\u03BD\u03C9\u03C3\u03C4${n.keys.length>1?"\u03B1":"\u03BF"} \u03BA\u03BB\u03B5\u03B9\u03B4${n.keys.length>1?"\u03B9\u03AC":"\u03AF"}: ${k(n.keys,", ")}`;case"invalid_key":return`\u039C\u03B7 \u03AD\u03B3\u03BA\u03C5\u03C1\u03BF \u03BA\u03BB\u03B5\u03B9\u03B4\u03AF \u03C3\u03C4\u03BF ${n.origin}`;case"invalid_union":return"\u039C\u03B7 \u03AD\u03B3\u03BA\u03C5\u03C1\u03B7 \u03B5\u03AF\u03C3\u03BF\u03B4\u03BF\u03C2";case"invalid_element":return`\u039C\u03B7 \u03AD\u03B3\u03BA\u03C5\u03C1\u03B7 \u03C4\u03B9\u03BC\u03AE \u03C3\u03C4\u03BF ${n.origin}`;default:return"\u039C\u03B7 \u03AD\u03B3\u03BA\u03C5\u03C1\u03B7 \u03B5\u03AF\u03C3\u03BF\u03B4\u03BF\u03C2"}}};function E0(){return{localeError:B_()}}var Z_=()=>{let e={string:{unit:"characters",verb:"to have"},file:{unit:"bytes",verb:"to have"},array:{unit:"items",verb:"to have"},set:{unit:"items",verb:"to have"},map:{unit:"entries",verb:"to have"}};function t(i){return e[i]??null}let r={regex:"input",email:"email address",url:"URL",emoji:"emoji",uuid:"UUID",uuidv4:"UUIDv4",uuidv6:"UUIDv6",nanoid:"nanoid",guid:"GUID",cuid:"cuid",cuid2:"cuid2",ulid:"ULID",xid:"XID",ksuid:"KSUID",datetime:"ISO datetime",date:"ISO date",time:"ISO time",duration:"ISO duration",ipv4:"IPv4 address",ipv6:"IPv6 address",mac:"MAC address",cidrv4:"IPv4 range",cidrv6:"IPv6 range",base64:"base64-encoded string",base64url:"base64url-encoded string",json_string:"JSON string",e164:"E.164 number",currency_code:"currency code",credit_card:"credit card number",iban:"IBAN",jwt:"JWT",template_literal:"input"},o={nan:"NaN"};function n(i,a){return i==="number"&&typeof a=="number"&&!Number.isFinite(a)?String(a):o[i]??i}return i=>{switch(i.code){case"invalid_type":{let a=n(i.expected),s=U(i.input),u=n(s,i.input);return`Invalid input: expected ${a}, received ${u}`}case"invalid_value":return i.values.length===1?`Invalid input: expected ${O(i.values[0])}`:`Invalid option: expected one of ${k(i.values,"|")}`;case"too_big":{let a=i.exact?"exactly ":i.inclusive?"<=":"<",s=t(i.origin);return s?`Too big: expected ${i.origin??"value"} to have ${a}${i.maximum.toString()} ${s.unit??"elements"}`:`Too big: expected ${i.origin??"value"} to be ${a}${i.maximum.toString()}`}case"too_small":{let a=i.exact?"exactly ":i.inclusive?">=":">",s=t(i.origin);return s?`Too small: expected ${i.origin} to have ${a}${i.minimum.toString()} ${s.unit}`:`Too small: expected ${i.origin} to be ${a}${i.minimum.toString()}`}case"invalid_format":{let a=i;return a.format==="starts_with"?`Invalid string: must start with "${a.prefix}"`:a.format==="ends_with"?`Invalid string: must end with "${a.suffix}"`:a.format==="includes"?`Invalid string: must include "${a.includes}"`:a.format==="regex"?`Invalid string: must match pattern ${a.pattern}`:`Invalid ${r[a.format]??i.format}`}case"not_multiple_of":return`Invalid number: must be a multiple of ${i.divisor}`;case"unrecognized_keys":return`Unrecognized key${i.keys.length>1?"s":""}: ${k(i.keys,", ")}`;case"invalid_key":return`Invalid key in ${i.origin}`;case"invalid_union":return i.options&&Array.isArray(i.options)&&i.options.length>0?`Invalid discriminator value. Expected ${i.options.map(s=>`'${s}'`).join(" | ")}`:i.inclusive===!1?"Invalid input: more than one option matched":"Invalid input";case"invalid_element":return`Invalid value in ${i.origin}`;default:return"Invalid input"}}};function Ya(){return{localeError:Z_()}}var V_=()=>{let e={string:{unit:"karaktrojn",verb:"havi"},file:{unit:"bajtojn",verb:"havi"},array:{unit:"elementojn",verb:"havi"},set:{unit:"elementojn",verb:"havi"},map:{unit:"elementojn",verb:"havi"}};function t(n){return e[n]??null}let r={regex:"enigo",email:"retadreso",url:"URL",emoji:"emo\u011Dio",uuid:"UUID",uuidv4:"UUIDv4",uuidv6:"UUIDv6",nanoid:"nanoid",guid:"GUID",cuid:"cuid",cuid2:"cuid2",ulid:"ULID",xid:"XID",ksuid:"KSUID",datetime:"ISO-datotempo",date:"ISO-dato",time:"ISO-tempo",duration:"ISO-da\u016Dro",ipv4:"IPv4-adreso",ipv6:"IPv6-adreso",mac:"MAC-adreso",cidrv4:"IPv4-rango",cidrv6:"IPv6-rango",base64:"64-ume kodita karaktraro",base64url:"URL-64-ume kodita karaktraro",json_string:"JSON-karaktraro",e164:"E.164-nombro",credit_card:"kreditkarta numero",currency_code:"valuta kodo",iban:"IBAN",jwt:"JWT",template_literal:"enigo"},o={nan:"NaN",number:"nombro",array:"tabelo",null:"senvalora"};return n=>{switch(n.code){case"invalid_type":{let i=o[n.expected]??n.expected,a=U(n.input),s=o[a]??a;return/^[A-Z]/.test(n.expected)?`Nevalida enigo: atendi\u011Dis instanceof ${n.expected}, ricevi\u011Dis ${s}`:`Nevalida enigo: atendi\u011Dis ${i}, ricevi\u011Dis ${s}`}case"invalid_value":return n.values.length===1?`Nevalida enigo: atendi\u011Dis ${O(n.values[0])}`:`Nevalida opcio: atendi\u011Dis unu el ${k(n.values,"|")}`;case"too_big":{let i=n.inclusive?"<=":"<",a=t(n.origin);return a?`Tro granda: atendi\u011Dis ke ${n.origin??"valoro"} havu ${i}${n.maximum.toString()} ${a.unit??"elementojn"}`:`Tro granda: atendi\u011Dis ke ${n.origin??"valoro"} havu ${i}${n.maximum.toString()}`}case"too_small":{let i=n.inclusive?">=":">",a=t(n.origin);return a?`Tro malgranda: atendi\u011Dis ke ${n.origin} havu ${i}${n.minimum.toString()} ${a.unit}`:`Tro malgranda: atendi\u011Dis ke ${n.origin} estu ${i}${n.minimum.toString()}`}case"invalid_format":{let i=n;return i.format==="starts_with"?`Nevalida karaktraro: devas komenci\u011Di per "${i.prefix}"`:i.format==="ends_with"?`Nevalida karaktraro: devas fini\u011Di per "${i.suffix}"`:i.format==="includes"?`Nevalida karaktraro: devas inkluzivi "${i.includes}"`:i.format==="regex"?`Nevalida karaktraro: devas kongrui kun la modelo ${i.pattern}`:`Nevalida ${r[i.format]??n.format}`}case"not_multiple_of":return`Nevalida nombro: devas esti oblo de ${n.divisor}`;case"unrecognized_keys":return`Nekonata${n.keys.length>1?"j":""} \u015Dlosilo${n.keys.length>1?"j":""}: ${k(n.keys,", ")}`;case"invalid_key":return`Nevalida \u015Dlosilo en ${n.origin}`;case"invalid_union":return"Nevalida enigo";case"invalid_element":return`Nevalida valoro en ${n.origin}`;default:return"Nevalida enigo"}}};function T0(){return{localeError:V_()}}var G_=()=>{let e={string:{unit:"caracteres",verb:"tener"},file:{unit:"bytes",verb:"tener"},array:{unit:"elementos",verb:"tener"},set:{unit:"elementos",verb:"tener"}};function t(n){return e[n]??null}let r={regex:"entrada",email:"direcci\xF3n de correo electr\xF3nico",url:"URL",emoji:"emoji",uuid:"UUID",uuidv4:"UUIDv4",uuidv6:"UUIDv6",nanoid:"nanoid",guid:"GUID",cuid:"cuid",cuid2:"cuid2",ulid:"ULID",xid:"XID",ksuid:"KSUID",datetime:"fecha y hora ISO",date:"fecha ISO",time:"hora ISO",duration:"duraci\xF3n ISO",ipv4:"direcci\xF3n IPv4",ipv6:"direcci\xF3n IPv6",mac:"direcci\xF3n MAC",cidrv4:"rango IPv4",cidrv6:"rango IPv6",base64:"cadena codificada en base64",base64url:"URL codificada en base64",json_string:"cadena JSON",e164:"n\xFAmero E.164",credit_card:"n\xFAmero de tarjeta de cr\xE9dito",currency_code:"c\xF3digo de moneda",iban:"IBAN",jwt:"JWT",template_literal:"entrada"},o={nan:"NaN",string:"texto",number:"n\xFAmero",boolean:"booleano",array:"arreglo",object:"objeto",set:"conjunto",file:"archivo",date:"fecha",bigint:"n\xFAmero grande",symbol:"s\xEDmbolo",undefined:"indefinido",null:"nulo",function:"funci\xF3n",map:"mapa",record:"registro",tuple:"tupla",enum:"enumeraci\xF3n",union:"uni\xF3n",literal:"literal",promise:"promesa",void:"vac\xEDo",never:"nunca",unknown:"desconocido",any:"cualquiera"};return n=>{switch(n.code){case"invalid_type":{let i=o[n.expected]??n.expected,a=U(n.input),s=o[a]??a;return/^[A-Z]/.test(n.expected)?`Entrada inv\xE1lida: se esperaba instanceof ${n.expected}, recibido ${s}`:`Entrada inv\xE1lida: se esperaba ${i}, recibido ${s}`}case"invalid_value":return n.values.length===1?`Entrada inv\xE1lida: se esperaba ${O(n.values[0])}`:`Opci\xF3n inv\xE1lida: se esperaba una de ${k(n.values,"|")}`;case"too_big":{let i=n.inclusive?"<=":"<",a=t(n.origin),s=o[n.origin]??n.origin;return a?`Demasiado grande: se esperaba que ${s??"valor"} tuviera ${i}${n.maximum.toString()} ${a.unit??"elementos"}`:`Demasiado grande: se esperaba que ${s??"valor"} fuera ${i}${n.maximum.toString()}`}case"too_small":{let i=n.inclusive?">=":">",a=t(n.origin),s=o[n.origin]??n.origin;return a?`Demasiado peque\xF1o: se esperaba que ${s} tuviera ${i}${n.minimum.toString()} ${a.unit}`:`Demasiado peque\xF1o: se esperaba que ${s} fuera ${i}${n.minimum.toString()}`}case"invalid_format":{let i=n;return i.format==="starts_with"?`Cadena inv\xE1lida: debe comenzar con "${i.prefix}"`:i.format==="ends_with"?`Cadena inv\xE1lida: debe terminar en "${i.suffix}"`:i.format==="includes"?`Cadena inv\xE1lida: debe incluir "${i.includes}"`:i.format==="regex"?`Cadena inv\xE1lida: debe coincidir con el patr\xF3n ${i.pattern}`:`Inv\xE1lido ${r[i.format]??n.format}`}case"not_multiple_of":return`N\xFAmero inv\xE1lido: debe ser m\xFAltiplo de ${n.divisor}`;case"unrecognized_keys":return`Llave${n.keys.length>1?"s":""} desconocida${n.keys.length>1?"s":""}: ${k(n.keys,", ")}`;case"invalid_key":return`Llave inv\xE1lida en ${o[n.origin]??n.origin}`;case"invalid_union":return"Entrada inv\xE1lida";case"invalid_element":return`Valor inv\xE1lido en ${o[n.origin]??n.origin}`;default:return"Entrada inv\xE1lida"}}};function O0(){return{localeError:G_()}}var K_=()=>{let e={string:{unit:"\u06A9\u0627\u0631\u0627\u06A9\u062A\u0631",verb:"\u062F\u0627\u0634\u062A\u0647 \u0628\u0627\u0634\u062F"},file:{unit:"\u0628\u0627\u06CC\u062A",verb:"\u062F\u0627\u0634\u062A\u0647 \u0628\u0627\u0634\u062F"},array:{unit:"\u0622\u06CC\u062A\u0645",verb:"\u062F\u0627\u0634\u062A\u0647 \u0628\u0627\u0634\u062F"},set:{unit:"\u0622\u06CC\u062A\u0645",verb:"\u062F\u0627\u0634\u062A\u0647 \u0628\u0627\u0634\u062F"},map:{unit:"\u0622\u06CC\u062A\u0645",verb:"\u062F\u0627\u0634\u062A\u0647 \u0628\u0627\u0634\u062F"}};function t(n){return e[n]??null}let r={regex:"\u0648\u0631\u0648\u062F\u06CC",email:"\u0622\u062F\u0631\u0633 \u0627\u06CC\u0645\u06CC\u0644",url:"URL",emoji:"\u0627\u06CC\u0645\u0648\u062C\u06CC",uuid:"UUID",uuidv4:"UUIDv4",uuidv6:"UUIDv6",nanoid:"nanoid",guid:"GUID",cuid:"cuid",cuid2:"cuid2",ulid:"ULID",xid:"XID",ksuid:"KSUID",datetime:"\u062A\u0627\u0631\u06CC\u062E \u0648 \u0632\u0645\u0627\u0646 \u0627\u06CC\u0632\u0648",date:"\u062A\u0627\u0631\u06CC\u062E \u0627\u06CC\u0632\u0648",time:"\u0632\u0645\u0627\u0646 \u0627\u06CC\u0632\u0648",duration:"\u0645\u062F\u062A \u0632\u0645\u0627\u0646 \u0627\u06CC\u0632\u0648",ipv4:"IPv4 \u0622\u062F\u0631\u0633",ipv6:"IPv6 \u0622\u062F\u0631\u0633",mac:"MAC \u0622\u062F\u0631\u0633",cidrv4:"IPv4 \u062F\u0627\u0645\u0646\u0647",cidrv6:"IPv6 \u062F\u0627\u0645\u0646\u0647",base64:"base64-encoded \u0631\u0634\u062A\u0647",base64url:"base64url-encoded \u0631\u0634\u062A\u0647",json_string:"JSON \u0631\u0634\u062A\u0647",e164:"E.164 \u0639\u062F\u062F",credit_card:"\u0634\u0645\u0627\u0631\u0647 \u06A9\u0627\u0631\u062A \u0627\u0639\u062A\u0628\u0627\u0631\u06CC",currency_code:"\u06A9\u062F \u0627\u0631\u0632",iban:"IBAN",jwt:"JWT",template_literal:"\u0648\u0631\u0648\u062F\u06CC"},o={nan:"NaN",number:"\u0639\u062F\u062F",array:"\u0622\u0631\u0627\u06CC\u0647"};return n=>{switch(n.code){case"invalid_type":{let i=o[n.expected]??n.expected,a=U(n.input),s=o[a]??a;return/^[A-Z]/.test(n.expected)?`\u0648\u0631\u0648\u062F\u06CC \u0646\u0627\u0645\u0639\u062A\u0628\u0631: \u0645\u06CC\u200C\u0628\u0627\u06CC\u0633\u062A instanceof ${n.expected} \u0645\u06CC\u200C\u0628\u0648\u062F\u060C ${s} \u062F\u0631\u06CC\u0627\u0641\u062A \u0634\u062F`:`\u0648\u0631\u0648\u062F\u06CC \u0646\u0627\u0645\u0639\u062A\u0628\u0631: \u0645\u06CC\u200C\u0628\u0627\u06CC\u0633\u062A ${i} \u0645\u06CC\u200C\u0628\u0648\u062F\u060C ${s} \u062F\u0631\u06CC\u0627\u0641\u062A \u0634\u062F`}case"invalid_value":return n.values.length===1?`\u0648\u0631\u0648\u062F\u06CC \u0646\u0627\u0645\u0639\u062A\u0628\u0631: \u0645\u06CC\u200C\u0628\u0627\u06CC\u0633\u062A ${O(n.values[0])} \u0645\u06CC\u200C\u0628\u0648\u062F`:`\u06AF\u0632\u06CC\u0646\u0647 \u0646\u0627\u0645\u0639\u062A\u0628\u0631: \u0645\u06CC\u200C\u0628\u0627\u06CC\u0633\u062A \u06CC\u06A9\u06CC \u0627\u0632 ${k(n.values,"|")} \u0645\u06CC\u200C\u0628\u0648\u062F`;case"too_big":{let i=n.inclusive?"<=":"<",a=t(n.origin);return a?`\u062E\u06CC\u0644\u06CC \u0628\u0632\u0631\u06AF: ${n.origin??"\u0645\u0642\u062F\u0627\u0631"} \u0628\u0627\u06CC\u062F ${i}${n.maximum.toString()} ${a.unit??"\u0639\u0646\u0635\u0631"} \u0628\u0627\u0634\u062F`:`\u062E\u06CC\u0644\u06CC \u0628\u0632\u0631\u06AF: ${n.origin??"\u0645\u0642\u062F\u0627\u0631"} \u0628\u0627\u06CC\u062F ${i}${n.maximum.toString()} \u0628\u0627\u0634\u062F`}case"too_small":{let i=n.inclusive?">=":">",a=t(n.origin);return a?`\u062E\u06CC\u0644\u06CC \u06A9\u0648\u0686\u06A9: ${n.origin} \u0628\u0627\u06CC\u062F ${i}${n.minimum.toString()} ${a.unit} \u0628\u0627\u0634\u062F`:`\u062E\u06CC\u0644\u06CC \u06A9\u0648\u0686\u06A9: ${n.origin} \u0628\u0627\u06CC\u062F ${i}${n.minimum.toString()} \u0628\u0627\u0634\u062F`}case"invalid_format":{let i=n;return i.format==="starts_with"?`\u0631\u0634\u062A\u0647 \u0646\u0627\u0645\u0639\u062A\u0628\u0631: \u0628\u0627\u06CC\u062F \u0628\u0627 "${i.prefix}" \u0634\u0631\u0648\u0639 \u0634\u0648\u062F`:i.format==="ends_with"?`\u0631\u0634\u062A\u0647 \u0646\u0627\u0645\u0639\u062A\u0628\u0631: \u0628\u0627\u06CC\u062F \u0628\u0627 "${i.suffix}" \u062A\u0645\u0627\u0645 \u0634\u0648\u062F`:i.format==="includes"?`\u0631\u0634\u062A\u0647 \u0646\u0627\u0645\u0639\u062A\u0628\u0631: \u0628\u0627\u06CC\u062F \u0634\u0627\u0645\u0644 "${i.includes}" \u0628\u0627\u0634\u062F`:i.format==="regex"?`\u0631\u0634\u062A\u0647 \u0646\u0627\u0645\u0639\u062A\u0628\u0631: \u0628\u0627\u06CC\u062F \u0628\u0627 \u0627\u0644\u06AF\u0648\u06CC ${i.pattern} \u0645\u0637\u0627\u0628\u0642\u062A \u062F\u0627\u0634\u062A\u0647 \u0628\u0627\u0634\u062F`:`${r[i.format]??n.format} \u0646\u0627\u0645\u0639\u062A\u0628\u0631`}case"not_multiple_of":return`\u0639\u062F\u062F \u0646\u0627\u0645\u0639\u062A\u0628\u0631: \u0628\u0627\u06CC\u062F \u0645\u0636\u0631\u0628 ${n.divisor} \u0628\u0627\u0634\u062F`;case"unrecognized_keys":return`\u06A9\u0644\u06CC\u062F${n.keys.length>1?"\u0647\u0627\u06CC":""} \u0646\u0627\u0634\u0646\u0627\u0633: ${k(n.keys,", ")}`;case"invalid_key":return`\u06A9\u0644\u06CC\u062F \u0646\u0627\u0634\u0646\u0627\u0633 \u062F\u0631 ${n.origin}`;case"invalid_union":return"\u0648\u0631\u0648\u062F\u06CC \u0646\u0627\u0645\u0639\u062A\u0628\u0631";case"invalid_element":return`\u0645\u0642\u062F\u0627\u0631 \u0646\u0627\u0645\u0639\u062A\u0628\u0631 \u062F\u0631 ${n.origin}`;default:return"\u0648\u0631\u0648\u062F\u06CC \u0646\u0627\u0645\u0639\u062A\u0628\u0631"}}};function U0(){return{localeError:K_()}}var H_=()=>{let e={string:{unit:"merkki\xE4",subject:"merkkijonon"},file:{unit:"tavua",subject:"tiedoston"},array:{unit:"alkiota",subject:"listan"},set:{unit:"alkiota",subject:"joukon"},map:{unit:"alkiota",subject:"kuvauksen"},number:{unit:"",subject:"luvun"},bigint:{unit:"",subject:"suuren kokonaisluvun"},int:{unit:"",subject:"kokonaisluvun"},date:{unit:"",subject:"p\xE4iv\xE4m\xE4\xE4r\xE4n"}};function t(n){return e[n]??null}let r={regex:"s\xE4\xE4nn\xF6llinen lauseke",email:"s\xE4hk\xF6postiosoite",url:"URL-osoite",emoji:"emoji",uuid:"UUID",uuidv4:"UUIDv4",uuidv6:"UUIDv6",nanoid:"nanoid",guid:"GUID",cuid:"cuid",cuid2:"cuid2",ulid:"ULID",xid:"XID",ksuid:"KSUID",datetime:"ISO-aikaleima",date:"ISO-p\xE4iv\xE4m\xE4\xE4r\xE4",time:"ISO-aika",duration:"ISO-kesto",ipv4:"IPv4-osoite",ipv6:"IPv6-osoite",mac:"MAC-osoite",cidrv4:"IPv4-alue",cidrv6:"IPv6-alue",base64:"base64-koodattu merkkijono",base64url:"base64url-koodattu merkkijono",json_string:"JSON-merkkijono",e164:"E.164-luku",credit_card:"luottokortin numero",currency_code:"valuuttakoodi",iban:"IBAN",jwt:"JWT",template_literal:"templaattimerkkijono"},o={nan:"NaN"};return n=>{switch(n.code){case"invalid_type":{let i=o[n.expected]??n.expected,a=U(n.input),s=o[a]??a;return/^[A-Z]/.test(n.expected)?`Virheellinen tyyppi: odotettiin instanceof ${n.expected}, oli ${s}`:`Virheellinen tyyppi: odotettiin ${i}, oli ${s}`}case"invalid_value":return n.values.length===1?`Virheellinen sy\xF6te: t\xE4ytyy olla ${O(n.values[0])}`:`Virheellinen valinta: t\xE4ytyy olla yksi seuraavista: ${k(n.values,"|")}`;case"too_big":{let i=n.inclusive?"<=":"<",a=t(n.origin);return a?`Liian suuri: ${a.subject} t\xE4ytyy olla ${i}${n.maximum.toString()} ${a.unit}`.trim():`Liian suuri: arvon t\xE4ytyy olla ${i}${n.maximum.toString()}`}case"too_small":{let i=n.inclusive?">=":">",a=t(n.origin);return a?`Liian pieni: ${a.subject} t\xE4ytyy olla ${i}${n.minimum.toString()} ${a.unit}`.trim():`Liian pieni: arvon t\xE4ytyy olla ${i}${n.minimum.toString()}`}case"invalid_format":{let i=n;return i.format==="starts_with"?`Virheellinen sy\xF6te: t\xE4ytyy alkaa "${i.prefix}"`:i.format==="ends_with"?`Virheellinen sy\xF6te: t\xE4ytyy loppua "${i.suffix}"`:i.format==="includes"?`Virheellinen sy\xF6te: t\xE4ytyy sis\xE4lt\xE4\xE4 "${i.includes}"`:i.format==="regex"?`Virheellinen sy\xF6te: t\xE4ytyy vastata s\xE4\xE4nn\xF6llist\xE4 lauseketta ${i.pattern}`:`Virheellinen ${r[i.format]??n.format}`}case"not_multiple_of":return`Virheellinen luku: t\xE4ytyy olla luvun ${n.divisor} monikerta`;case"unrecognized_keys":return`${n.keys.length>1?"Tuntemattomat avaimet":"Tuntematon avain"}: ${k(n.keys,", ")}`;case"invalid_key":return"Virheellinen avain tietueessa";case"invalid_union":return"Virheellinen unioni";case"invalid_element":return"Virheellinen arvo joukossa";default:return"Virheellinen sy\xF6te"}}};function N0(){return{localeError:H_()}}var W_=()=>{let e={string:{unit:"caract\xE8res",verb:"avoir"},file:{unit:"octets",verb:"avoir"},array:{unit:"\xE9l\xE9ments",verb:"avoir"},set:{unit:"\xE9l\xE9ments",verb:"avoir"}};function t(n){return e[n]??null}let r={regex:"expression r\xE9guli\xE8re",email:"adresse e-mail",url:"URL",emoji:"emoji",uuid:"UUID",uuidv4:"UUIDv4",uuidv6:"UUIDv6",nanoid:"nanoid",guid:"GUID",cuid:"cuid",cuid2:"cuid2",ulid:"ULID",xid:"XID",ksuid:"KSUID",datetime:"date et heure ISO",date:"date ISO",time:"heure ISO",duration:"dur\xE9e ISO",ipv4:"adresse IPv4",ipv6:"adresse IPv6",mac:"adresse MAC",cidrv4:"plage IPv4",cidrv6:"plage IPv6",base64:"cha\xEEne de caract\xE8res encod\xE9e en base64",base64url:"cha\xEEne de caract\xE8res encod\xE9e en base64url",json_string:"cha\xEEne de caract\xE8res JSON",e164:"num\xE9ro au format E.164",credit_card:"num\xE9ro de carte de cr\xE9dit",currency_code:"code de devise",iban:"IBAN",jwt:"JWT",template_literal:"entr\xE9e"},o={string:"cha\xEEne de caract\xE8res",number:"nombre",int:"entier",boolean:"bool\xE9en",bigint:"grand entier",symbol:"symbole",undefined:"ind\xE9fini",null:"null",never:"jamais",void:"vide",date:"date",array:"tableau",object:"objet",tuple:"tuple",record:"record",map:"map",set:"ensemble",file:"fichier",nonoptional:"non optionnel",nan:"NaN",function:"fonction"};return n=>{switch(n.code){case"invalid_type":{let i=o[n.expected]??n.expected,a=U(n.input),s=o[a]??a;return/^[A-Z]/.test(n.expected)?`Entr\xE9e invalide : instance de ${n.expected} attendu, ${s} re\xE7u`:`Entr\xE9e invalide : ${i} attendu, ${s} re\xE7u`}case"invalid_value":return n.values.length===1?`Entr\xE9e invalide : ${O(n.values[0])} attendu`:`Option invalide : une valeur parmi ${k(n.values,"|")} attendue`;case"too_big":{let i=n.inclusive?"<=":"<",a=t(n.origin);return a?`Trop grand : ${o[n.origin]??"valeur"} doit ${a.verb} ${i}${n.maximum.toString()} ${a.unit??"\xE9l\xE9ment(s)"}`:`Trop grand : ${o[n.origin]??"valeur"} doit \xEAtre ${i}${n.maximum.toString()}`}case"too_small":{let i=n.inclusive?">=":">",a=t(n.origin);return a?`Trop petit : ${o[n.origin]??"valeur"} doit ${a.verb} ${i}${n.minimum.toString()} ${a.unit}`:`Trop petit : ${o[n.origin]??"valeur"} doit \xEAtre ${i}${n.minimum.toString()}`}case"invalid_format":{let i=n;return i.format==="starts_with"?`Cha\xEEne de caract\xE8res invalide : doit commencer par "${i.prefix}"`:i.format==="ends_with"?`Cha\xEEne de caract\xE8res invalide : doit se terminer par "${i.suffix}"`:i.format==="includes"?`Cha\xEEne de caract\xE8res invalide : doit inclure "${i.includes}"`:i.format==="regex"?`Cha\xEEne de caract\xE8res invalide : doit correspondre au motif ${i.pattern}`:`${r[i.format]??n.format} invalide`}case"not_multiple_of":return`Nombre invalide : doit \xEAtre un multiple de ${n.divisor}`;case"unrecognized_keys":return`Cl\xE9${n.keys.length>1?"s":""} non reconnue${n.keys.length>1?"s":""} : ${k(n.keys,", ")}`;case"invalid_key":return`Cl\xE9 invalide dans ${n.origin}`;case"invalid_union":return"Entr\xE9e invalide";case"invalid_element":return`Valeur invalide dans ${n.origin}`;default:return"Entr\xE9e invalide"}}};function z0(){return{localeError:W_()}}var J_=()=>{let e={string:{unit:"caract\xE8res",verb:"avoir"},file:{unit:"octets",verb:"avoir"},array:{unit:"\xE9l\xE9ments",verb:"avoir"},set:{unit:"\xE9l\xE9ments",verb:"avoir"},map:{unit:"\xE9l\xE9ments",verb:"avoir"}};function t(n){return e[n]??null}let r={regex:"entr\xE9e",email:"adresse courriel",url:"URL",emoji:"emoji",uuid:"UUID",uuidv4:"UUIDv4",uuidv6:"UUIDv6",nanoid:"nanoid",guid:"GUID",cuid:"cuid",cuid2:"cuid2",ulid:"ULID",xid:"XID",ksuid:"KSUID",datetime:"date-heure ISO",date:"date ISO",time:"heure ISO",duration:"dur\xE9e ISO",ipv4:"adresse IPv4",ipv6:"adresse IPv6",mac:"adresse MAC",cidrv4:"plage IPv4",cidrv6:"plage IPv6",base64:"cha\xEEne encod\xE9e en base64",base64url:"cha\xEEne encod\xE9e en base64url",json_string:"cha\xEEne JSON",e164:"num\xE9ro E.164",credit_card:"num\xE9ro de carte de cr\xE9dit",currency_code:"code de devise",iban:"IBAN",jwt:"JWT",template_literal:"entr\xE9e"},o={nan:"NaN"};return n=>{switch(n.code){case"invalid_type":{let i=o[n.expected]??n.expected,a=U(n.input),s=o[a]??a;return/^[A-Z]/.test(n.expected)?`Entr\xE9e invalide : attendu instanceof ${n.expected}, re\xE7u ${s}`:`Entr\xE9e invalide : attendu ${i}, re\xE7u ${s}`}case"invalid_value":return n.values.length===1?`Entr\xE9e invalide : attendu ${O(n.values[0])}`:`Option invalide : attendu l'une des valeurs suivantes ${k(n.values,"|")}`;case"too_big":{let i=n.inclusive?"\u2264":"<",a=t(n.origin);return a?`Trop grand : attendu que ${n.origin??"la valeur"} ait ${i}${n.maximum.toString()} ${a.unit}`:`Trop grand : attendu que ${n.origin??"la valeur"} soit ${i}${n.maximum.toString()}`}case"too_small":{let i=n.inclusive?"\u2265":">",a=t(n.origin);return a?`Trop petit : attendu que ${n.origin} ait ${i}${n.minimum.toString()} ${a.unit}`:`Trop petit : attendu que ${n.origin} soit ${i}${n.minimum.toString()}`}case"invalid_format":{let i=n;return i.format==="starts_with"?`Cha\xEEne invalide : doit commencer par "${i.prefix}"`:i.format==="ends_with"?`Cha\xEEne invalide : doit se terminer par "${i.suffix}"`:i.format==="includes"?`Cha\xEEne invalide : doit inclure "${i.includes}"`:i.format==="regex"?`Cha\xEEne invalide : doit correspondre au motif ${i.pattern}`:`${r[i.format]??n.format} invalide`}case"not_multiple_of":return`Nombre invalide : doit \xEAtre un multiple de ${n.divisor}`;case"unrecognized_keys":return`Cl\xE9${n.keys.length>1?"s":""} non reconnue${n.keys.length>1?"s":""} : ${k(n.keys,", ")}`;case"invalid_key":return`Cl\xE9 invalide dans ${n.origin}`;case"invalid_union":return"Entr\xE9e invalide";case"invalid_element":return`Valeur invalide dans ${n.origin}`;default:return"Entr\xE9e invalide"}}};function C0(){return{localeError:J_()}}var X_=()=>{let e={string:{unit:"\u0A85\u0A95\u0ACD\u0AB7\u0AB0",verb:"\u0AB9\u0ACB\u0AB5\u0ABE \u0A9C\u0ACB\u0A88\u0A8F"},file:{unit:"\u0AAC\u0ABE\u0AAF\u0A9F",verb:"\u0AB9\u0ACB\u0AB5\u0ABE \u0A9C\u0ACB\u0A88\u0A8F"},array:{unit:"\u0A86\u0A87\u0A9F\u0AAE",verb:"\u0AB9\u0ACB\u0AB5\u0ABE \u0A9C\u0ACB\u0A88\u0A8F"},set:{unit:"\u0A86\u0A87\u0A9F\u0AAE",verb:"\u0AB9\u0ACB\u0AB5\u0ABE \u0A9C\u0ACB\u0A88\u0A8F"},map:{unit:"\u0A8F\u0AA8\u0ACD\u0A9F\u0ACD\u0AB0\u0AC0",verb:"\u0AB9\u0ACB\u0AB5\u0ABE \u0A9C\u0ACB\u0A88\u0A8F"}};function t(n){return e[n]??null}let r={regex:"\u0A87\u0AA8\u0AAA\u0AC1\u0A9F",email:"\u0A88\u0AAE\u0AC7\u0A87\u0AB2 \u0A8F\u0AA1\u0ACD\u0AB0\u0AC7\u0AB8",url:"URL",emoji:"\u0A87\u0AAE\u0ACB\u0A9C\u0AC0",uuid:"UUID",uuidv4:"UUIDv4",uuidv6:"UUIDv6",nanoid:"nanoid",guid:"GUID",cuid:"cuid",cuid2:"cuid2",ulid:"ULID",xid:"XID",ksuid:"KSUID",datetime:"ISO \u0AA4\u0ABE\u0AB0\u0AC0\u0A96 \u0A85\u0AA8\u0AC7 \u0AB8\u0AAE\u0AAF",date:"ISO \u0AA4\u0ABE\u0AB0\u0AC0\u0A96",time:"ISO \u0AB8\u0AAE\u0AAF",duration:"ISO \u0A85\u0AB5\u0AA7\u0ABF",ipv4:"IPv4 \u0A8F\u0AA1\u0ACD\u0AB0\u0AC7\u0AB8",ipv6:"IPv6 \u0A8F\u0AA1\u0ACD\u0AB0\u0AC7\u0AB8",mac:"MAC \u0A8F\u0AA1\u0ACD\u0AB0\u0AC7\u0AB8",cidrv4:"IPv4 \u0AB6\u0ACD\u0AB0\u0AC7\u0AA3\u0AC0",cidrv6:"IPv6 \u0AB6\u0ACD\u0AB0\u0AC7\u0AA3\u0AC0",base64:"base64-\u0A8F\u0AA8\u0ACD\u0A95\u0ACB\u0AA1\u0AC7\u0AA1 \u0AB8\u0ACD\u0A9F\u0ACD\u0AB0\u0ABF\u0A82\u0A97",base64url:"base64url-\u0A8F\u0AA8\u0ACD\u0A95\u0ACB\u0AA1\u0AC7\u0AA1 \u0AB8\u0ACD\u0A9F\u0ACD\u0AB0\u0ABF\u0A82\u0A97",json_string:"JSON \u0AB8\u0ACD\u0A9F\u0ACD\u0AB0\u0ABF\u0A82\u0A97",e164:"E.164 \u0AA8\u0A82\u0AAC\u0AB0",credit_card:"\u0A95\u0ACD\u0AB0\u0AC7\u0AA1\u0ABF\u0A9F \u0A95\u0ABE\u0AB0\u0ACD\u0AA1 \u0AA8\u0A82\u0AAC\u0AB0",currency_code:"\u0A9A\u0AB2\u0AA3 \u0A95\u0ACB\u0AA1",iban:"IBAN",jwt:"JWT",template_literal:"\u0A87\u0AA8\u0AAA\u0AC1\u0A9F"},o={nan:"NaN"};return n=>{switch(n.code){case"invalid_type":{let i=o[n.expected]??n.expected,a=U(n.input),s=o[a]??a;return`\u0A85\u0AAE\u0ABE\u0AA8\u0ACD\u0AAF \u0A87\u0AA8\u0AAA\u0AC1\u0A9F: \u0A85\u0AAA\u0AC7\u0A95\u0ACD\u0AB7\u0ABF\u0AA4 ${i}, \u0AAA\u0ACD\u0AB0\u0ABE\u0AAA\u0ACD\u0AA4 ${s}`}case"invalid_value":return n.values.length===1?`\u0A85\u0AAE\u0ABE\u0AA8\u0ACD\u0AAF \u0A87\u0AA8\u0AAA\u0AC1\u0A9F: \u0A85\u0AAA\u0AC7\u0A95\u0ACD\u0AB7\u0ABF\u0AA4 ${O(n.values[0])}`:`\u0A85\u0AAE\u0ABE\u0AA8\u0ACD\u0AAF \u0AB5\u0ABF\u0A95\u0AB2\u0ACD\u0AAA: ${k(n.values," | ")} \u0AAE\u0ABE\u0AA7\u0ACD\u0AAF\u0AAE\u0AA5\u0AC0 \u0A8F\u0A95 \u0A85\u0AAA\u0AC7\u0A95\u0ACD\u0AB7\u0ABF\u0AA4`;case"too_big":{let i=n.inclusive?"<=":"<",a=t(n.origin);return a?`\u0A96\u0AC2\u0AAC \u0AAE\u0ACB\u0A9F\u0AC1\u0A82: ${n.origin??"\u0AAE\u0AC2\u0AB2\u0ACD\u0AAF"} ${i}${n.maximum.toString()} ${a.unit??"\u0A8F\u0AB2\u0ABF\u0AAE\u0AC7\u0AA8\u0ACD\u0A9F"} \u0AB9\u0ACB\u0AB5\u0ABE \u0A9C\u0ACB\u0A88\u0A8F`:`\u0A96\u0AC2\u0AAC \u0AAE\u0ACB\u0A9F\u0AC1\u0A82: ${n.origin??"\u0AAE\u0AC2\u0AB2\u0ACD\u0AAF"} ${i}${n.maximum.toString()} \u0AB9\u0ACB\u0AB5\u0AC1\u0A82 \u0A9C\u0ACB\u0A88\u0A8F`}case"too_small":{let i=n.inclusive?">=":">",a=t(n.origin);return a?`\u0A96\u0AC2\u0AAC \u0AA8\u0ABE\u0AA8\u0AC1\u0A82: ${n.origin} ${i}${n.minimum.toString()} ${a.unit} \u0AB9\u0ACB\u0AB5\u0ABE \u0A9C\u0ACB\u0A88\u0A8F`:`\u0A96\u0AC2\u0AAC \u0AA8\u0ABE\u0AA8\u0AC1\u0A82: ${n.origin} ${i}${n.minimum.toString()} \u0AB9\u0ACB\u0AB5\u0AC1\u0A82 \u0A9C\u0ACB\u0A88\u0A8F`}case"invalid_format":{let i=n;return i.format==="starts_with"?`\u0A85\u0AAE\u0ABE\u0AA8\u0ACD\u0AAF \u0AB8\u0ACD\u0A9F\u0ACD\u0AB0\u0ABF\u0A82\u0A97: "${i.prefix}" \u0AA5\u0AC0 \u0AB6\u0AB0\u0AC2 \u0AA5\u0AB5\u0AC1\u0A82 \u0A9C\u0ACB\u0A88\u0A8F`:i.format==="ends_with"?`\u0A85\u0AAE\u0ABE\u0AA8\u0ACD\u0AAF \u0AB8\u0ACD\u0A9F\u0ACD\u0AB0\u0ABF\u0A82\u0A97: "${i.suffix}" \u0AAA\u0AB0 \u0AB8\u0AAE\u0ABE\u0AAA\u0ACD\u0AA4 \u0AA5\u0AB5\u0AC1\u0A82 \u0A9C\u0ACB\u0A88\u0A8F`:i.format==="includes"?`\u0A85\u0AAE\u0ABE\u0AA8\u0ACD\u0AAF \u0AB8\u0ACD\u0A9F\u0ACD\u0AB0\u0ABF\u0A82\u0A97: "${i.includes}" \u0AB6\u0ABE\u0AAE\u0AC7\u0AB2 \u0AB9\u0ACB\u0AB5\u0AC1\u0A82 \u0A9C\u0ACB\u0A88\u0A8F`:i.format==="regex"?`\u0A85\u0AAE\u0ABE\u0AA8\u0ACD\u0AAF \u0AB8\u0ACD\u0A9F\u0ACD\u0AB0\u0ABF\u0A82\u0A97: \u0AAA\u0AC7\u0A9F\u0AB0\u0ACD\u0AA8 ${i.pattern} \u0AB8\u0ABE\u0AA5\u0AC7 \u0AAE\u0AC7\u0AB3 \u0A96\u0ABE\u0AB5\u0AC1\u0A82 \u0A9C\u0ACB\u0A88\u0A8F`:`\u0A85\u0AAE\u0ABE\u0AA8\u0ACD\u0AAF ${r[i.format]??n.format}`}case"not_multiple_of":return`\u0A85\u0AAE\u0ABE\u0AA8\u0ACD\u0AAF \u0AA8\u0A82\u0AAC\u0AB0: ${n.divisor} \u0AA8\u0ACB \u0A97\u0AC1\u0AA3\u0ABE\u0A82\u0A95 \u0AB9\u0ACB\u0AB5\u0ACB \u0A9C\u0ACB\u0A88\u0A8F`;case"unrecognized_keys":return`\u0A93\u0AB3\u0A96\u0AC0 \u0AB6\u0A95\u0ABE\u0AA4\u0ABE \u0AA8\u0AB9\u0AC0\u0A82 \u0AA4\u0AC7 \u0A95\u0AC0${n.keys.length>1?"\u0A93":""}: ${k(n.keys,", ")}`;case"invalid_key":return`${n.origin} \u0AAE\u0ABE\u0A82 \u0A85\u0AAE\u0ABE\u0AA8\u0ACD\u0AAF \u0A95\u0AC0`;case"invalid_union":return n.options&&Array.isArray(n.options)&&n.options.length>0?`\u0A85\u0AAE\u0ABE\u0AA8\u0ACD\u0AAF \u0AA1\u0ABF\u0AB8\u0ACD\u0A95\u0ACD\u0AB0\u0ABF\u0AAE\u0ABF\u0AA8\u0AC7\u0A9F\u0AB0 \u0AAE\u0AC2\u0AB2\u0ACD\u0AAF. \u0A85\u0AAA\u0AC7\u0A95\u0ACD\u0AB7\u0ABF\u0AA4 ${n.options.map(a=>`'${a}'`).join(" | ")}`:"\u0A85\u0AAE\u0ABE\u0AA8\u0ACD\u0AAF \u0A87\u0AA8\u0AAA\u0AC1\u0A9F";case"invalid_element":return`${n.origin} \u0AAE\u0ABE\u0A82 \u0A85\u0AAE\u0ABE\u0AA8\u0ACD\u0AAF \u0AAE\u0AC2\u0AB2\u0ACD\u0AAF`;default:return"\u0A85\u0AAE\u0ABE\u0AA8\u0ACD\u0AAF \u0A87\u0AA8\u0AAA\u0AC1\u0A9F"}}};function j0(){return{localeError:X_()}}var Y_=()=>{let e={string:{label:"\u05DE\u05D7\u05E8\u05D5\u05D6\u05EA",gender:"f"},number:{label:"\u05DE\u05E1\u05E4\u05E8",gender:"m"},boolean:{label:"\u05E2\u05E8\u05DA \u05D1\u05D5\u05DC\u05D9\u05D0\u05E0\u05D9",gender:"m"},bigint:{label:"BigInt",gender:"m"},date:{label:"\u05EA\u05D0\u05E8\u05D9\u05DA",gender:"m"},array:{label:"\u05DE\u05E2\u05E8\u05DA",gender:"m"},object:{label:"\u05D0\u05D5\u05D1\u05D9\u05D9\u05E7\u05D8",gender:"m"},null:{label:"\u05E2\u05E8\u05DA \u05E8\u05D9\u05E7 (null)",gender:"m"},undefined:{label:"\u05E2\u05E8\u05DA \u05DC\u05D0 \u05DE\u05D5\u05D2\u05D3\u05E8 (undefined)",gender:"m"},symbol:{label:"\u05E1\u05D9\u05DE\u05D1\u05D5\u05DC (Symbol)",gender:"m"},function:{label:"\u05E4\u05D5\u05E0\u05E7\u05E6\u05D9\u05D4",gender:"f"},map:{label:"\u05DE\u05E4\u05D4 (Map)",gender:"f"},set:{label:"\u05E7\u05D1\u05D5\u05E6\u05D4 (Set)",gender:"f"},file:{label:"\u05E7\u05D5\u05D1\u05E5",gender:"m"},promise:{label:"Promise",gender:"m"},NaN:{label:"NaN",gender:"m"},unknown:{label:"\u05E2\u05E8\u05DA \u05DC\u05D0 \u05D9\u05D3\u05D5\u05E2",gender:"m"},value:{label:"\u05E2\u05E8\u05DA",gender:"m"}},t={string:{unit:"\u05EA\u05D5\u05D5\u05D9\u05DD",shortLabel:"\u05E7\u05E6\u05E8",longLabel:"\u05D0\u05E8\u05D5\u05DA"},file:{unit:"\u05D1\u05D9\u05D9\u05D8\u05D9\u05DD",shortLabel:"\u05E7\u05D8\u05DF",longLabel:"\u05D2\u05D3\u05D5\u05DC"},array:{unit:"\u05E4\u05E8\u05D9\u05D8\u05D9\u05DD",shortLabel:"\u05E7\u05D8\u05DF",longLabel:"\u05D2\u05D3\u05D5\u05DC"},set:{unit:"\u05E4\u05E8\u05D9\u05D8\u05D9\u05DD",shortLabel:"\u05E7\u05D8\u05DF",longLabel:"\u05D2\u05D3\u05D5\u05DC"},number:{unit:"",shortLabel:"\u05E7\u05D8\u05DF",longLabel:"\u05D2\u05D3\u05D5\u05DC"}},r=c=>c?e[c]:void 0,o=c=>{let l=r(c);return l?l.label:c??e.unknown.label},n=c=>`\u05D4${o(c)}`,i=c=>(r(c)?.gender??"m")==="f"?"\u05E6\u05E8\u05D9\u05DB\u05D4 \u05DC\u05D4\u05D9\u05D5\u05EA":"\u05E6\u05E8\u05D9\u05DA \u05DC\u05D4\u05D9\u05D5\u05EA",a=c=>c?t[c]??null:null,s={regex:{label:"\u05E7\u05DC\u05D8",gender:"m"},email:{label:"\u05DB\u05EA\u05D5\u05D1\u05EA \u05D0\u05D9\u05DE\u05D9\u05D9\u05DC",gender:"f"},url:{label:"\u05DB\u05EA\u05D5\u05D1\u05EA \u05E8\u05E9\u05EA",gender:"f"},emoji:{label:"\u05D0\u05D9\u05DE\u05D5\u05D2'\u05D9",gender:"m"},uuid:{label:"UUID",gender:"m"},uuidv4:{label:"UUIDv4",gender:"m"},uuidv6:{label:"UUIDv6",gender:"m"},nanoid:{label:"nanoid",gender:"m"},guid:{label:"GUID",gender:"m"},cuid:{label:"cuid",gender:"m"},cuid2:{label:"cuid2",gender:"m"},ulid:{label:"ULID",gender:"m"},xid:{label:"XID",gender:"m"},ksuid:{label:"KSUID",gender:"m"},datetime:{label:"\u05EA\u05D0\u05E8\u05D9\u05DA \u05D5\u05D6\u05DE\u05DF ISO",gender:"m"},date:{label:"\u05EA\u05D0\u05E8\u05D9\u05DA ISO",gender:"m"},time:{label:"\u05D6\u05DE\u05DF ISO",gender:"m"},duration:{label:"\u05DE\u05E9\u05DA \u05D6\u05DE\u05DF ISO",gender:"m"},ipv4:{label:"\u05DB\u05EA\u05D5\u05D1\u05EA IPv4",gender:"f"},ipv6:{label:"\u05DB\u05EA\u05D5\u05D1\u05EA IPv6",gender:"f"},mac:{label:"\u05DB\u05EA\u05D5\u05D1\u05EA MAC",gender:"f"},cidrv4:{label:"\u05D8\u05D5\u05D5\u05D7 IPv4",gender:"m"},cidrv6:{label:"\u05D8\u05D5\u05D5\u05D7 IPv6",gender:"m"},base64:{label:"\u05DE\u05D7\u05E8\u05D5\u05D6\u05EA \u05D1\u05D1\u05E1\u05D9\u05E1 64",gender:"f"},base64url:{label:"\u05DE\u05D7\u05E8\u05D5\u05D6\u05EA \u05D1\u05D1\u05E1\u05D9\u05E1 64 \u05DC\u05DB\u05EA\u05D5\u05D1\u05D5\u05EA \u05E8\u05E9\u05EA",gender:"f"},json_string:{label:"\u05DE\u05D7\u05E8\u05D5\u05D6\u05EA JSON",gender:"f"},e164:{label:"\u05DE\u05E1\u05E4\u05E8 E.164",gender:"m"},credit_card:{label:"\u05DE\u05E1\u05E4\u05E8 \u05DB\u05E8\u05D8\u05D9\u05E1 \u05D0\u05E9\u05E8\u05D0\u05D9",gender:"m"},currency_code:{label:"\u05E7\u05D5\u05D3 \u05DE\u05D8\u05D1\u05E2",gender:"m"},iban:{label:"IBAN",gender:"m"},jwt:{label:"JWT",gender:"m"},template_literal:{label:"\u05E7\u05DC\u05D8",gender:"m"},ends_with:{label:"\u05E7\u05DC\u05D8",gender:"m"},includes:{label:"\u05E7\u05DC\u05D8",gender:"m"},lowercase:{label:"\u05E7\u05DC\u05D8",gender:"m"},starts_with:{label:"\u05E7\u05DC\u05D8",gender:"m"},uppercase:{label:"\u05E7\u05DC\u05D8",gender:"m"}},u={nan:"NaN"};return c=>{switch(c.code){case"invalid_type":{let l=c.expected,f=u[l??""]??o(l),p=U(c.input),g=u[p]??e[p]?.label??p;return/^[A-Z]/.test(c.expected)?`\u05E7\u05DC\u05D8 \u05DC\u05D0 \u05EA\u05E7\u05D9\u05DF: \u05E6\u05E8\u05D9\u05DA \u05DC\u05D4\u05D9\u05D5\u05EA instanceof ${c.expected}, \u05D4\u05EA\u05E7\u05D1\u05DC ${g}`:`\u05E7\u05DC\u05D8 \u05DC\u05D0 \u05EA\u05E7\u05D9\u05DF: \u05E6\u05E8\u05D9\u05DA \u05DC\u05D4\u05D9\u05D5\u05EA ${f}, \u05D4\u05EA\u05E7\u05D1\u05DC ${g}`}case"invalid_value":{if(c.values.length===1)return`\u05E2\u05E8\u05DA \u05DC\u05D0 \u05EA\u05E7\u05D9\u05DF: \u05D4\u05E2\u05E8\u05DA \u05D7\u05D9\u05D9\u05D1 \u05DC\u05D4\u05D9\u05D5\u05EA ${O(c.values[0])}`;let l=c.values.map(g=>O(g));if(c.values.length===2)return`\u05E2\u05E8\u05DA \u05DC\u05D0 \u05EA\u05E7\u05D9\u05DF: \u05D4\u05D0\u05E4\u05E9\u05E8\u05D5\u05D9\u05D5\u05EA \u05D4\u05DE\u05EA\u05D0\u05D9\u05DE\u05D5\u05EA \u05D4\u05DF ${l[0]} \u05D0\u05D5 ${l[1]}`;let f=l[l.length-1];return`\u05E2\u05E8\u05DA \u05DC\u05D0 \u05EA\u05E7\u05D9\u05DF: \u05D4\u05D0\u05E4\u05E9\u05E8\u05D5\u05D9\u05D5\u05EA \u05D4\u05DE\u05EA\u05D0\u05D9\u05DE\u05D5\u05EA \u05D4\u05DF ${l.slice(0,-1).join(", ")} \u05D0\u05D5 ${f}`}case"too_big":{let l=a(c.origin),f=n(c.origin??"value");if(c.origin==="string")return`${l?.longLabel??"\u05D0\u05E8\u05D5\u05DA"} \u05DE\u05D3\u05D9: ${f} \u05E6\u05E8\u05D9\u05DB\u05D4 \u05DC\u05D4\u05DB\u05D9\u05DC ${c.maximum.toString()} ${l?.unit??""} ${c.inclusive?"\u05D0\u05D5 \u05E4\u05D7\u05D5\u05EA":"\u05DC\u05DB\u05DC \u05D4\u05D9\u05D5\u05EA\u05E8"}`.trim();if(c.origin==="number"){let v=c.inclusive?`\u05E7\u05D8\u05DF \u05D0\u05D5 \u05E9\u05D5\u05D5\u05D4 \u05DC-${c.maximum}`:`\u05E7\u05D8\u05DF \u05DE-${c.maximum}`;return`\u05D2\u05D3\u05D5\u05DC \u05DE\u05D3\u05D9: ${f} \u05E6\u05E8\u05D9\u05DA \u05DC\u05D4\u05D9\u05D5\u05EA ${v}`}if(c.origin==="array"||c.origin==="set"){let v=c.origin==="set"?"\u05E6\u05E8\u05D9\u05DB\u05D4":"\u05E6\u05E8\u05D9\u05DA",h=c.inclusive?`${c.maximum} ${l?.unit??""} \u05D0\u05D5 \u05E4\u05D7\u05D5\u05EA`:`\u05E4\u05D7\u05D5\u05EA \u05DE-${c.maximum} ${l?.unit??""}`;return`\u05D2\u05D3\u05D5\u05DC \u05DE\u05D3\u05D9: ${f} ${v} \u05DC\u05D4\u05DB\u05D9\u05DC ${h}`.trim()}let p=c.inclusive?"<=":"<",g=i(c.origin??"value");return l?.unit?`${l.longLabel} \u05DE\u05D3\u05D9: ${f} ${g} ${p}${c.maximum.toString()} ${l.unit}`:`${l?.longLabel??"\u05D2\u05D3\u05D5\u05DC"} \u05DE\u05D3\u05D9: ${f} ${g} ${p}${c.maximum.toString()}`}case"too_small":{let l=a(c.origin),f=n(c.origin??"value");if(c.origin==="string")return`${l?.shortLabel??"\u05E7\u05E6\u05E8"} \u05DE\u05D3\u05D9: ${f} \u05E6\u05E8\u05D9\u05DB\u05D4 \u05DC\u05D4\u05DB\u05D9\u05DC ${c.minimum.toString()} ${l?.unit??""} ${c.inclusive?"\u05D0\u05D5 \u05D9\u05D5\u05EA\u05E8":"\u05DC\u05E4\u05D7\u05D5\u05EA"}`.trim();if(c.origin==="number"){let v=c.inclusive?`\u05D2\u05D3\u05D5\u05DC \u05D0\u05D5 \u05E9\u05D5\u05D5\u05D4 \u05DC-${c.minimum}`:`\u05D2\u05D3\u05D5\u05DC \u05DE-${c.minimum}`;return`\u05E7\u05D8\u05DF \u05DE\u05D3\u05D9: ${f} \u05E6\u05E8\u05D9\u05DA \u05DC\u05D4\u05D9\u05D5\u05EA ${v}`}if(c.origin==="array"||c.origin==="set"){let v=c.origin==="set"?"\u05E6\u05E8\u05D9\u05DB\u05D4":"\u05E6\u05E8\u05D9\u05DA";if(c.minimum===1&&c.inclusive){let y=(c.origin==="set","\u05DC\u05E4\u05D7\u05D5\u05EA \u05E4\u05E8\u05D9\u05D8 \u05D0\u05D7\u05D3");return`\u05E7\u05D8\u05DF \u05DE\u05D3\u05D9: ${f} ${v} \u05DC\u05D4\u05DB\u05D9\u05DC ${y}`}let h=c.inclusive?`${c.minimum} ${l?.unit??""} \u05D0\u05D5 \u05D9\u05D5\u05EA\u05E8`:`\u05D9\u05D5\u05EA\u05E8 \u05DE-${c.minimum} ${l?.unit??""}`;return`\u05E7\u05D8\u05DF \u05DE\u05D3\u05D9: ${f} ${v} \u05DC\u05D4\u05DB\u05D9\u05DC ${h}`.trim()}let p=c.inclusive?">=":">",g=i(c.origin??"value");return l?.unit?`${l.shortLabel} \u05DE\u05D3\u05D9: ${f} ${g} ${p}${c.minimum.toString()} ${l.unit}`:`${l?.shortLabel??"\u05E7\u05D8\u05DF"} \u05DE\u05D3\u05D9: ${f} ${g} ${p}${c.minimum.toString()}`}case"invalid_format":{let l=c;if(l.format==="starts_with")return`\u05D4\u05DE\u05D7\u05E8\u05D5\u05D6\u05EA \u05D7\u05D9\u05D9\u05D1\u05EA \u05DC\u05D4\u05EA\u05D7\u05D9\u05DC \u05D1 "${l.prefix}"`;if(l.format==="ends_with")return`\u05D4\u05DE\u05D7\u05E8\u05D5\u05D6\u05EA \u05D7\u05D9\u05D9\u05D1\u05EA \u05DC\u05D4\u05E1\u05EA\u05D9\u05D9\u05DD \u05D1 "${l.suffix}"`;if(l.format==="includes")return`\u05D4\u05DE\u05D7\u05E8\u05D5\u05D6\u05EA \u05D7\u05D9\u05D9\u05D1\u05EA \u05DC\u05DB\u05DC\u05D5\u05DC "${l.includes}"`;if(l.format==="regex")return`\u05D4\u05DE\u05D7\u05E8\u05D5\u05D6\u05EA \u05D7\u05D9\u05D9\u05D1\u05EA \u05DC\u05D4\u05EA\u05D0\u05D9\u05DD \u05DC\u05EA\u05D1\u05E0\u05D9\u05EA ${l.pattern}`;let f=s[l.format],p=f?.label??l.format,v=(f?.gender??"m")==="f"?"\u05EA\u05E7\u05D9\u05E0\u05D4":"\u05EA\u05E7\u05D9\u05DF";return`${p} \u05DC\u05D0 ${v}`}case"not_multiple_of":return`\u05DE\u05E1\u05E4\u05E8 \u05DC\u05D0 \u05EA\u05E7\u05D9\u05DF: \u05D7\u05D9\u05D9\u05D1 \u05DC\u05D4\u05D9\u05D5\u05EA \u05DE\u05DB\u05E4\u05DC\u05D4 \u05E9\u05DC ${c.divisor}`;case"unrecognized_keys":return`\u05DE\u05E4\u05EA\u05D7${c.keys.length>1?"\u05D5\u05EA":""} \u05DC\u05D0 \u05DE\u05D6\u05D5\u05D4${c.keys.length>1?"\u05D9\u05DD":"\u05D4"}: ${k(c.keys,", ")}`;case"invalid_key":return"\u05E9\u05D3\u05D4 \u05DC\u05D0 \u05EA\u05E7\u05D9\u05DF \u05D1\u05D0\u05D5\u05D1\u05D9\u05D9\u05E7\u05D8";case"invalid_union":return"\u05E7\u05DC\u05D8 \u05DC\u05D0 \u05EA\u05E7\u05D9\u05DF";case"invalid_element":return`\u05E2\u05E8\u05DA \u05DC\u05D0 \u05EA\u05E7\u05D9\u05DF \u05D1${n(c.origin??"array")}`;default:return"\u05E7\u05DC\u05D8 \u05DC\u05D0 \u05EA\u05E7\u05D9\u05DF"}}};function F0(){return{localeError:Y_()}}var Q_=()=>{let e={string:{unit:"\u0905\u0915\u094D\u0937\u0930",verb:"\u0930\u0916\u0928\u0947 \u0915\u0947 \u0932\u093F\u090F"},file:{unit:"\u092C\u093E\u0907\u091F\u094D\u0938",verb:"\u0930\u0916\u0928\u0947 \u0915\u0947 \u0932\u093F\u090F"},array:{unit:"\u0924\u0924\u094D\u0935",verb:"\u0930\u0916\u0928\u0947 \u0915\u0947 \u0932\u093F\u090F"},set:{unit:"\u0924\u0924\u094D\u0935",verb:"\u0930\u0916\u0928\u0947 \u0915\u0947 \u0932\u093F\u090F"},map:{unit:"\u092A\u094D\u0930\u0935\u093F\u0937\u094D\u091F\u093F\u092F\u093E\u0901",verb:"\u0930\u0916\u0928\u0947 \u0915\u0947 \u0932\u093F\u090F"}};function t(n){return e[n]??null}let r={regex:"\u0907\u0928\u092A\u0941\u091F",email:"\u0908\u092E\u0947\u0932 \u092A\u0924\u093E",url:"URL",emoji:"\u0907\u092E\u094B\u091C\u0940",uuid:"UUID",uuidv4:"UUIDv4",uuidv6:"UUIDv6",nanoid:"nanoid",guid:"GUID",cuid:"cuid",cuid2:"cuid2",ulid:"ULID",xid:"XID",ksuid:"KSUID",datetime:"ISO \u0924\u093F\u0925\u093F \u0914\u0930 \u0938\u092E\u092F",date:"ISO \u0924\u093F\u0925\u093F",time:"ISO \u0938\u092E\u092F",duration:"ISO \u0905\u0935\u0927\u093F",ipv4:"IPv4 \u092A\u0924\u093E",ipv6:"IPv6 \u092A\u0924\u093E",mac:"MAC \u092A\u0924\u093E",cidrv4:"IPv4 \u0936\u094D\u0930\u0947\u0923\u0940",cidrv6:"IPv6 \u0936\u094D\u0930\u0947\u0923\u0940",base64:"Base64-\u090F\u0928\u094D\u0915\u094B\u0921\u0947\u0921 \u0938\u094D\u091F\u094D\u0930\u093F\u0902\u0917",base64url:"Base64URL-\u090F\u0928\u094D\u0915\u094B\u0921\u0947\u0921 \u0938\u094D\u091F\u094D\u0930\u093F\u0902\u0917",json_string:"JSON \u0938\u094D\u091F\u094D\u0930\u093F\u0902\u0917",e164:"E.164 \u0938\u0902\u0916\u094D\u092F\u093E",credit_card:"\u0915\u094D\u0930\u0947\u0921\u093F\u091F \u0915\u093E\u0930\u094D\u0921 \u0938\u0902\u0916\u094D\u092F\u093E",currency_code:"\u092E\u0941\u0926\u094D\u0930\u093E \u0915\u094B\u0921",iban:"IBAN",jwt:"JWT",template_literal:"\u0907\u0928\u092A\u0941\u091F"},o={nan:"NaN"};return n=>{switch(n.code){case"invalid_type":{let i=o[n.expected]??n.expected,a=U(n.input),s=o[a]??a;return`\u0905\u092E\u093E\u0928\u094D\u092F \u0907\u0928\u092A\u0941\u091F: \u0905\u092A\u0947\u0915\u094D\u0937\u093F\u0924 ${i}, \u092A\u094D\u0930\u093E\u092A\u094D\u0924 ${s}`}case"invalid_value":return n.values.length===1?`\u0905\u092E\u093E\u0928\u094D\u092F \u0907\u0928\u092A\u0941\u091F: \u0905\u092A\u0947\u0915\u094D\u0937\u093F\u0924 ${O(n.values[0])}`:`\u0905\u092E\u093E\u0928\u094D\u092F \u0935\u093F\u0915\u0932\u094D\u092A: \u0905\u092A\u0947\u0915\u094D\u0937\u093F\u0924 \u092E\u093E\u0928\u094B\u0902 \u092E\u0947\u0902 \u0938\u0947 \u090F\u0915 ${k(n.values,"|")}`;case"too_big":{let i=n.inclusive?"<=":"<",a=t(n.origin);return a?`\u092C\u0939\u0941\u0924 \u092C\u0921\u093C\u093E: \u0905\u092A\u0947\u0915\u094D\u0937\u093F\u0924 \u0925\u093E \u0915\u093F ${n.origin??"\u092E\u093E\u0928"} \u092E\u0947\u0902 ${i}${n.maximum} ${a.unit} \u0939\u094B\u0902`:`\u092C\u0939\u0941\u0924 \u092C\u0921\u093C\u093E: \u0905\u092A\u0947\u0915\u094D\u0937\u093F\u0924 \u0925\u093E \u0915\u093F ${n.origin??"\u092E\u093E\u0928"} ${i}${n.maximum} \u0939\u094B`}case"too_small":{let i=n.inclusive?">=":">",a=t(n.origin);return a?`\u092C\u0939\u0941\u0924 \u091B\u094B\u091F\u093E: \u0905\u092A\u0947\u0915\u094D\u0937\u093F\u0924 \u0925\u093E \u0915\u093F ${n.origin} \u092E\u0947\u0902 ${i}${n.minimum} ${a.unit} \u0939\u094B\u0902`:`\u092C\u0939\u0941\u0924 \u091B\u094B\u091F\u093E: \u0905\u092A\u0947\u0915\u094D\u0937\u093F\u0924 \u0925\u093E \u0915\u093F ${n.origin} ${i}${n.minimum} \u0939\u094B`}case"invalid_format":{let i=n;return i.format==="starts_with"?`\u0905\u092E\u093E\u0928\u094D\u092F \u0938\u094D\u091F\u094D\u0930\u093F\u0902\u0917: "${i.prefix}" \u0938\u0947 \u0936\u0941\u0930\u0942 \u0939\u094B\u0928\u093E \u091A\u093E\u0939\u093F\u090F`:i.format==="ends_with"?`\u0905\u092E\u093E\u0928\u094D\u092F \u0938\u094D\u091F\u094D\u0930\u093F\u0902\u0917: "${i.suffix}" \u092A\u0930 \u0938\u092E\u093E\u092A\u094D\u0924 \u0939\u094B\u0928\u093E \u091A\u093E\u0939\u093F\u090F`:i.format==="includes"?`\u0905\u092E\u093E\u0928\u094D\u092F \u0938\u094D\u091F\u094D\u0930\u093F\u0902\u0917: \u0907\u0938\u092E\u0947\u0902 "${i.includes}" \u0936\u093E\u092E\u093F\u0932 \u0939\u094B\u0928\u093E \u091A\u093E\u0939\u093F\u090F`:i.format==="regex"?`\u0905\u092E\u093E\u0928\u094D\u092F \u0938\u094D\u091F\u094D\u0930\u093F\u0902\u0917: \u092A\u0948\u091F\u0930\u094D\u0928 ${i.pattern} \u0938\u0947 \u092E\u0947\u0932 \u0916\u093E\u0928\u093E \u091A\u093E\u0939\u093F\u090F`:`\u0905\u092E\u093E\u0928\u094D\u092F ${r[i.format]??n.format}`}case"not_multiple_of":return`\u0905\u092E\u093E\u0928\u094D\u092F \u0938\u0902\u0916\u094D\u092F\u093E: \u092F\u0939 ${n.divisor} \u0915\u093E \u0917\u0941\u0923\u091C \u0939\u094B\u0928\u093E \u091A\u093E\u0939\u093F\u090F`;case"unrecognized_keys":return`\u0905\u092A\u0930\u093F\u091A\u093F\u0924 \u0915\u0941\u0902\u091C\u0940${n.keys.length>1?"\u092F\u093E\u0901":""}: ${k(n.keys,", ")}`;case"invalid_key":return`\u0905\u092E\u093E\u0928\u094D\u092F \u0915\u0941\u0902\u091C\u0940: ${n.origin} \u092E\u0947\u0902`;case"invalid_union":return n.options&&Array.isArray(n.options)&&n.options.length>0?`\u0905\u092E\u093E\u0928\u094D\u092F \u0921\u093F\u0938\u094D\u0915\u094D\u0930\u093F\u092E\u093F\u0928\u0947\u091F\u0930 \u092E\u093E\u0928: \u0905\u092A\u0947\u0915\u094D\u0937\u093F\u0924 ${n.options.map(a=>`'${a}'`).join(" | ")}`:"\u0905\u092E\u093E\u0928\u094D\u092F \u0907\u0928\u092A\u0941\u091F";case"invalid_element":return`\u0905\u092E\u093E\u0928\u094D\u092F \u092E\u093E\u0928: ${n.origin} \u092E\u0947\u0902`;default:return"\u0905\u092E\u093E\u0928\u094D\u092F \u0907\u0928\u092A\u0941\u091F"}}};function L0(){return{localeError:Q_()}}var eA=()=>{let e={string:{unit:"znakova",verb:"imati"},file:{unit:"bajtova",verb:"imati"},array:{unit:"stavki",verb:"imati"},set:{unit:"stavki",verb:"imati"}};function t(n){return e[n]??null}let r={regex:"unos",email:"email adresa",url:"URL",emoji:"emoji",uuid:"UUID",uuidv4:"UUIDv4",uuidv6:"UUIDv6",nanoid:"nanoid",guid:"GUID",cuid:"cuid",cuid2:"cuid2",ulid:"ULID",xid:"XID",ksuid:"KSUID",datetime:"ISO datum i vrijeme",date:"ISO datum",time:"ISO vrijeme",duration:"ISO trajanje",ipv4:"IPv4 adresa",ipv6:"IPv6 adresa",mac:"MAC adresa",cidrv4:"IPv4 raspon",cidrv6:"IPv6 raspon",base64:"base64 kodirani tekst",base64url:"base64url kodirani tekst",json_string:"JSON tekst",e164:"E.164 broj",credit_card:"broj kreditne kartice",currency_code:"kod valute",iban:"IBAN",jwt:"JWT",template_literal:"unos"},o={nan:"NaN",string:"tekst",number:"broj",boolean:"boolean",array:"niz",object:"objekt",set:"skup",file:"datoteka",date:"datum",bigint:"bigint",symbol:"simbol",undefined:"undefined",null:"null",function:"funkcija",map:"mapa"};return n=>{switch(n.code){case"invalid_type":{let i=o[n.expected]??n.expected,a=U(n.input),s=o[a]??a;return/^[A-Z]/.test(n.expected)?`Neispravan unos: o\u010Dekuje se instanceof ${n.expected}, a primljeno je ${s}`:`Neispravan unos: o\u010Dekuje se ${i}, a primljeno je ${s}`}case"invalid_value":return n.values.length===1?`Neispravna vrijednost: o\u010Dekivano ${O(n.values[0])}`:`Neispravna opcija: o\u010Dekivano jedno od ${k(n.values,"|")}`;case"too_big":{let i=n.inclusive?"<=":"<",a=t(n.origin),s=o[n.origin]??n.origin;return a?`Preveliko: o\u010Dekivano da ${s??"vrijednost"} ima ${i}${n.maximum.toString()} ${a.unit??"elemenata"}`:`Preveliko: o\u010Dekivano da ${s??"vrijednost"} bude ${i}${n.maximum.toString()}`}case"too_small":{let i=n.inclusive?">=":">",a=t(n.origin),s=o[n.origin]??n.origin;return a?`Premalo: o\u010Dekivano da ${s} ima ${i}${n.minimum.toString()} ${a.unit}`:`Premalo: o\u010Dekivano da ${s} bude ${i}${n.minimum.toString()}`}case"invalid_format":{let i=n;return i.format==="starts_with"?`Neispravan tekst: mora zapo\u010Dinjati s "${i.prefix}"`:i.format==="ends_with"?`Neispravan tekst: mora zavr\u0161avati s "${i.suffix}"`:i.format==="includes"?`Neispravan tekst: mora sadr\u017Eavati "${i.includes}"`:i.format==="regex"?`Neispravan tekst: mora odgovarati uzorku ${i.pattern}`:`Neispravna ${r[i.format]??n.format}`}case"not_multiple_of":return`Neispravan broj: mora biti vi\u0161ekratnik od ${n.divisor}`;case"unrecognized_keys":return`Neprepoznat${n.keys.length>1?"i klju\u010Devi":" klju\u010D"}: ${k(n.keys,", ")}`;case"invalid_key":return`Neispravan klju\u010D u ${o[n.origin]??n.origin}`;case"invalid_union":return"Neispravan unos";case"invalid_element":return`Neispravna vrijednost u ${o[n.origin]??n.origin}`;default:return"Neispravan unos"}}};function M0(){return{localeError:eA()}}var tA=()=>{let e={string:{unit:"karakter",verb:"legyen"},file:{unit:"byte",verb:"legyen"},array:{unit:"elem",verb:"legyen"},set:{unit:"elem",verb:"legyen"},map:{unit:"elem",verb:"legyen"}};function t(n){return e[n]??null}let r={regex:"bemenet",email:"email c\xEDm",url:"URL",emoji:"emoji",uuid:"UUID",uuidv4:"UUIDv4",uuidv6:"UUIDv6",nanoid:"nanoid",guid:"GUID",cuid:"cuid",cuid2:"cuid2",ulid:"ULID",xid:"XID",ksuid:"KSUID",datetime:"ISO id\u0151b\xE9lyeg",date:"ISO d\xE1tum",time:"ISO id\u0151",duration:"ISO id\u0151intervallum",ipv4:"IPv4 c\xEDm",ipv6:"IPv6 c\xEDm",mac:"MAC c\xEDm",cidrv4:"IPv4 tartom\xE1ny",cidrv6:"IPv6 tartom\xE1ny",base64:"base64-k\xF3dolt string",base64url:"base64url-k\xF3dolt string",json_string:"JSON string",e164:"E.164 sz\xE1m",credit_card:"hitelk\xE1rtyasz\xE1m",currency_code:"p\xE9nznemk\xF3d",iban:"IBAN",jwt:"JWT",template_literal:"bemenet"},o={nan:"NaN",number:"sz\xE1m",array:"t\xF6mb"};return n=>{switch(n.code){case"invalid_type":{let i=o[n.expected]??n.expected,a=U(n.input),s=o[a]??a;return/^[A-Z]/.test(n.expected)?`\xC9rv\xE9nytelen bemenet: a v\xE1rt \xE9rt\xE9k instanceof ${n.expected}, a kapott \xE9rt\xE9k ${s}`:`\xC9rv\xE9nytelen bemenet: a v\xE1rt \xE9rt\xE9k ${i}, a kapott \xE9rt\xE9k ${s}`}case"invalid_value":return n.values.length===1?`\xC9rv\xE9nytelen bemenet: a v\xE1rt \xE9rt\xE9k ${O(n.values[0])}`:`\xC9rv\xE9nytelen opci\xF3: valamelyik \xE9rt\xE9k v\xE1rt ${k(n.values,"|")}`;case"too_big":{let i=n.inclusive?"<=":"<",a=t(n.origin);return a?`T\xFAl nagy: ${n.origin??"\xE9rt\xE9k"} m\xE9rete t\xFAl nagy ${i}${n.maximum.toString()} ${a.unit??"elem"}`:`T\xFAl nagy: a bemeneti \xE9rt\xE9k ${n.origin??"\xE9rt\xE9k"} t\xFAl nagy: ${i}${n.maximum.toString()}`}case"too_small":{let i=n.inclusive?">=":">",a=t(n.origin);return a?`T\xFAl kicsi: a bemeneti \xE9rt\xE9k ${n.origin} m\xE9rete t\xFAl kicsi ${i}${n.minimum.toString()} ${a.unit}`:`T\xFAl kicsi: a bemeneti \xE9rt\xE9k ${n.origin} t\xFAl kicsi ${i}${n.minimum.toString()}`}case"invalid_format":{let i=n;return i.format==="starts_with"?`\xC9rv\xE9nytelen string: "${i.prefix}" \xE9rt\xE9kkel kell kezd\u0151dnie`:i.format==="ends_with"?`\xC9rv\xE9nytelen string: "${i.suffix}" \xE9rt\xE9kkel kell v\xE9gz\u0151dnie`:i.format==="includes"?`\xC9rv\xE9nytelen string: "${i.includes}" \xE9rt\xE9ket kell tartalmaznia`:i.format==="regex"?`\xC9rv\xE9nytelen string: ${i.pattern} mint\xE1nak kell megfelelnie`:`\xC9rv\xE9nytelen ${r[i.format]??n.format}`}case"not_multiple_of":return`\xC9rv\xE9nytelen sz\xE1m: ${n.divisor} t\xF6bbsz\xF6r\xF6s\xE9nek kell lennie`;case"unrecognized_keys":return`Ismeretlen kulcs${n.keys.length>1?"s":""}: ${k(n.keys,", ")}`;case"invalid_key":return`\xC9rv\xE9nytelen kulcs ${n.origin}`;case"invalid_union":return"\xC9rv\xE9nytelen bemenet";case"invalid_element":return`\xC9rv\xE9nytelen \xE9rt\xE9k: ${n.origin}`;default:return"\xC9rv\xE9nytelen bemenet"}}};function q0(){return{localeError:tA()}}function B0(e,t,r){return Math.abs(e)===1?t:r}function Nr(e){if(!e)return"";let t=["\u0561","\u0565","\u0568","\u056B","\u0578","\u0578\u0582","\u0585"],r=e[e.length-1];return e+(t.includes(r)?"\u0576":"\u0568")}var nA=()=>{let e={string:{unit:{one:"\u0576\u0577\u0561\u0576",many:"\u0576\u0577\u0561\u0576\u0576\u0565\u0580"},verb:"\u0578\u0582\u0576\u0565\u0576\u0561\u056C"},file:{unit:{one:"\u0562\u0561\u0575\u0569",many:"\u0562\u0561\u0575\u0569\u0565\u0580"},verb:"\u0578\u0582\u0576\u0565\u0576\u0561\u056C"},array:{unit:{one:"\u057F\u0561\u0580\u0580",many:"\u057F\u0561\u0580\u0580\u0565\u0580"},verb:"\u0578\u0582\u0576\u0565\u0576\u0561\u056C"},set:{unit:{one:"\u057F\u0561\u0580\u0580",many:"\u057F\u0561\u0580\u0580\u0565\u0580"},verb:"\u0578\u0582\u0576\u0565\u0576\u0561\u056C"},map:{unit:{one:"\u057F\u0561\u0580\u0580",many:"\u057F\u0561\u0580\u0580\u0565\u0580"},verb:"\u0578\u0582\u0576\u0565\u0576\u0561\u056C"}};function t(n){return e[n]??null}let r={regex:"\u0574\u0578\u0582\u057F\u0584",email:"\u0567\u056C. \u0570\u0561\u057D\u0581\u0565",url:"URL",emoji:"\u0567\u0574\u0578\u057B\u056B",uuid:"UUID",uuidv4:"UUIDv4",uuidv6:"UUIDv6",nanoid:"nanoid",guid:"GUID",cuid:"cuid",cuid2:"cuid2",ulid:"ULID",xid:"XID",ksuid:"KSUID",datetime:"ISO \u0561\u0574\u057D\u0561\u0569\u056B\u057E \u0587 \u056A\u0561\u0574",date:"ISO \u0561\u0574\u057D\u0561\u0569\u056B\u057E",time:"ISO \u056A\u0561\u0574",duration:"ISO \u057F\u0587\u0578\u0572\u0578\u0582\u0569\u0575\u0578\u0582\u0576",ipv4:"IPv4 \u0570\u0561\u057D\u0581\u0565",ipv6:"IPv6 \u0570\u0561\u057D\u0581\u0565",mac:"MAC \u0570\u0561\u057D\u0581\u0565",cidrv4:"IPv4 \u0574\u056B\u057B\u0561\u056F\u0561\u0575\u0584",cidrv6:"IPv6 \u0574\u056B\u057B\u0561\u056F\u0561\u0575\u0584",base64:"base64 \u0571\u0587\u0561\u0579\u0561\u0583\u0578\u057E \u057F\u0578\u0572",base64url:"base64url \u0571\u0587\u0561\u0579\u0561\u0583\u0578\u057E \u057F\u0578\u0572",json_string:"JSON \u057F\u0578\u0572",e164:"E.164 \u0570\u0561\u0574\u0561\u0580",credit_card:"\u056F\u0580\u0565\u0564\u056B\u057F \u0584\u0561\u0580\u057F\u056B \u0570\u0561\u0574\u0561\u0580",currency_code:"\u0561\u0580\u056A\u0578\u0582\u0575\u0569\u056B \u056F\u0578\u0564",iban:"IBAN",jwt:"JWT",template_literal:"\u0574\u0578\u0582\u057F\u0584"},o={nan:"NaN",number:"\u0569\u056B\u057E",array:"\u0566\u0561\u0576\u0563\u057E\u0561\u056E"};return n=>{switch(n.code){case"invalid_type":{let i=o[n.expected]??n.expected,a=U(n.input),s=o[a]??a;return/^[A-Z]/.test(n.expected)?`\u054D\u056D\u0561\u056C \u0574\u0578\u0582\u057F\u0584\u0561\u0563\u0580\u0578\u0582\u0574\u2024 \u057D\u057A\u0561\u057D\u057E\u0578\u0582\u0574 \u0567\u0580 instanceof ${n.expected}, \u057D\u057F\u0561\u0581\u057E\u0565\u056C \u0567 ${s}`:`\u054D\u056D\u0561\u056C \u0574\u0578\u0582\u057F\u0584\u0561\u0563\u0580\u0578\u0582\u0574\u2024 \u057D\u057A\u0561\u057D\u057E\u0578\u0582\u0574 \u0567\u0580 ${i}, \u057D\u057F\u0561\u0581\u057E\u0565\u056C \u0567 ${s}`}case"invalid_value":return n.values.length===1?`\u054D\u056D\u0561\u056C \u0574\u0578\u0582\u057F\u0584\u0561\u0563\u0580\u0578\u0582\u0574\u2024 \u057D\u057A\u0561\u057D\u057E\u0578\u0582\u0574 \u0567\u0580 ${O(n.values[1])}`:`\u054D\u056D\u0561\u056C \u057F\u0561\u0580\u0562\u0565\u0580\u0561\u056F\u2024 \u057D\u057A\u0561\u057D\u057E\u0578\u0582\u0574 \u0567\u0580 \u0570\u0565\u057F\u0587\u0575\u0561\u056C\u0576\u0565\u0580\u056B\u0581 \u0574\u0565\u056F\u0568\u055D ${k(n.values,"|")}`;case"too_big":{let i=n.inclusive?"<=":"<",a=t(n.origin);if(a){let s=Number(n.maximum),u=B0(s,a.unit.one,a.unit.many);return`\u0549\u0561\u0583\u0561\u0566\u0561\u0576\u0581 \u0574\u0565\u056E \u0561\u0580\u056A\u0565\u0584\u2024 \u057D\u057A\u0561\u057D\u057E\u0578\u0582\u0574 \u0567, \u0578\u0580 ${Nr(n.origin??"\u0561\u0580\u056A\u0565\u0584")} \u056F\u0578\u0582\u0576\u0565\u0576\u0561 ${i}${n.maximum.toString()} ${u}`}return`\u0549\u0561\u0583\u0561\u0566\u0561\u0576\u0581 \u0574\u0565\u056E \u0561\u0580\u056A\u0565\u0584\u2024 \u057D\u057A\u0561\u057D\u057E\u0578\u0582\u0574 \u0567, \u0578\u0580 ${Nr(n.origin??"\u0561\u0580\u056A\u0565\u0584")} \u056C\u056B\u0576\u056B ${i}${n.maximum.toString()}`}case"too_small":{let i=n.inclusive?">=":">",a=t(n.origin);if(a){let s=Number(n.minimum),u=B0(s,a.unit.one,a.unit.many);return`\u0549\u0561\u0583\u0561\u0566\u0561\u0576\u0581 \u0583\u0578\u0584\u0580 \u0561\u0580\u056A\u0565\u0584\u2024 \u057D\u057A\u0561\u057D\u057E\u0578\u0582\u0574 \u0567, \u0578\u0580 ${Nr(n.origin)} \u056F\u0578\u0582\u0576\u0565\u0576\u0561 ${i}${n.minimum.toString()} ${u}`}return`\u0549\u0561\u0583\u0561\u0566\u0561\u0576\u0581 \u0583\u0578\u0584\u0580 \u0561\u0580\u056A\u0565\u0584\u2024 \u057D\u057A\u0561\u057D\u057E\u0578\u0582\u0574 \u0567, \u0578\u0580 ${Nr(n.origin)} \u056C\u056B\u0576\u056B ${i}${n.minimum.toString()}`}case"invalid_format":{let i=n;return i.format==="starts_with"?`\u054D\u056D\u0561\u056C \u057F\u0578\u0572\u2024 \u057A\u0565\u057F\u0584 \u0567 \u057D\u056F\u057D\u057E\u056B "${i.prefix}"-\u0578\u057E`:i.format==="ends_with"?`\u054D\u056D\u0561\u056C \u057F\u0578\u0572\u2024 \u057A\u0565\u057F\u0584 \u0567 \u0561\u057E\u0561\u0580\u057F\u057E\u056B "${i.suffix}"-\u0578\u057E`:i.format==="includes"?`\u054D\u056D\u0561\u056C \u057F\u0578\u0572\u2024 \u057A\u0565\u057F\u0584 \u0567 \u057A\u0561\u0580\u0578\u0582\u0576\u0561\u056F\u056B "${i.includes}"`:i.format==="regex"?`\u054D\u056D\u0561\u056C \u057F\u0578\u0572\u2024 \u057A\u0565\u057F\u0584 \u0567 \u0570\u0561\u0574\u0561\u057A\u0561\u057F\u0561\u057D\u056D\u0561\u0576\u056B ${i.pattern} \u0571\u0587\u0561\u0579\u0561\u0583\u056B\u0576`:`\u054D\u056D\u0561\u056C ${r[i.format]??n.format}`}case"not_multiple_of":return`\u054D\u056D\u0561\u056C \u0569\u056B\u057E\u2024 \u057A\u0565\u057F\u0584 \u0567 \u0562\u0561\u0566\u0574\u0561\u057A\u0561\u057F\u056B\u056F \u056C\u056B\u0576\u056B ${n.divisor}-\u056B`;case"unrecognized_keys":return`\u0549\u0573\u0561\u0576\u0561\u0579\u057E\u0561\u056E \u0562\u0561\u0576\u0561\u056C\u056B${n.keys.length>1?"\u0576\u0565\u0580":""}. ${k(n.keys,", ")}`;case"invalid_key":return`\u054D\u056D\u0561\u056C \u0562\u0561\u0576\u0561\u056C\u056B ${Nr(n.origin)}-\u0578\u0582\u0574`;case"invalid_union":return"\u054D\u056D\u0561\u056C \u0574\u0578\u0582\u057F\u0584\u0561\u0563\u0580\u0578\u0582\u0574";case"invalid_element":return`\u054D\u056D\u0561\u056C \u0561\u0580\u056A\u0565\u0584 ${Nr(n.origin)}-\u0578\u0582\u0574`;default:return"\u054D\u056D\u0561\u056C \u0574\u0578\u0582\u057F\u0584\u0561\u0563\u0580\u0578\u0582\u0574"}}};function Z0(){return{localeError:nA()}}var rA=()=>{let e={string:{unit:"karakter",verb:"memiliki"},file:{unit:"byte",verb:"memiliki"},array:{unit:"item",verb:"memiliki"},set:{unit:"item",verb:"memiliki"},map:{unit:"item",verb:"memiliki"}};function t(n){return e[n]??null}let r={regex:"input",email:"alamat email",url:"URL",emoji:"emoji",uuid:"UUID",uuidv4:"UUIDv4",uuidv6:"UUIDv6",nanoid:"nanoid",guid:"GUID",cuid:"cuid",cuid2:"cuid2",ulid:"ULID",xid:"XID",ksuid:"KSUID",datetime:"tanggal dan waktu format ISO",date:"tanggal format ISO",time:"jam format ISO",duration:"durasi format ISO",ipv4:"alamat IPv4",ipv6:"alamat IPv6",mac:"alamat MAC",cidrv4:"rentang alamat IPv4",cidrv6:"rentang alamat IPv6",base64:"string dengan enkode base64",base64url:"string dengan enkode base64url",json_string:"string JSON",e164:"angka E.164",credit_card:"nomor kartu kredit",currency_code:"kode mata uang",iban:"IBAN",jwt:"JWT",template_literal:"input"},o={nan:"NaN"};return n=>{switch(n.code){case"invalid_type":{let i=o[n.expected]??n.expected,a=U(n.input),s=o[a]??a;return/^[A-Z]/.test(n.expected)?`Input tidak valid: diharapkan instanceof ${n.expected}, diterima ${s}`:`Input tidak valid: diharapkan ${i}, diterima ${s}`}case"invalid_value":return n.values.length===1?`Input tidak valid: diharapkan ${O(n.values[0])}`:`Pilihan tidak valid: diharapkan salah satu dari ${k(n.values,"|")}`;case"too_big":{let i=n.inclusive?"<=":"<",a=t(n.origin);return a?`Terlalu besar: diharapkan ${n.origin??"value"} memiliki ${i}${n.maximum.toString()} ${a.unit??"elemen"}`:`Terlalu besar: diharapkan ${n.origin??"value"} menjadi ${i}${n.maximum.toString()}`}case"too_small":{let i=n.inclusive?">=":">",a=t(n.origin);return a?`Terlalu kecil: diharapkan ${n.origin} memiliki ${i}${n.minimum.toString()} ${a.unit}`:`Terlalu kecil: diharapkan ${n.origin} menjadi ${i}${n.minimum.toString()}`}case"invalid_format":{let i=n;return i.format==="starts_with"?`String tidak valid: harus dimulai dengan "${i.prefix}"`:i.format==="ends_with"?`String tidak valid: harus berakhir dengan "${i.suffix}"`:i.format==="includes"?`String tidak valid: harus menyertakan "${i.includes}"`:i.format==="regex"?`String tidak valid: harus sesuai pola ${i.pattern}`:`${r[i.format]??n.format} tidak valid`}case"not_multiple_of":return`Angka tidak valid: harus kelipatan dari ${n.divisor}`;case"unrecognized_keys":return`Kunci tidak dikenali ${n.keys.length>1?"s":""}: ${k(n.keys,", ")}`;case"invalid_key":return`Kunci tidak valid di ${n.origin}`;case"invalid_union":return"Input tidak valid";case"invalid_element":return`Nilai tidak valid di ${n.origin}`;default:return"Input tidak valid"}}};function V0(){return{localeError:rA()}}var iA=()=>{let e={string:{unit:"stafi",verb:"a\xF0 hafa"},file:{unit:"b\xE6ti",verb:"a\xF0 hafa"},array:{unit:"hluti",verb:"a\xF0 hafa"},set:{unit:"hluti",verb:"a\xF0 hafa"},map:{unit:"hluti",verb:"a\xF0 hafa"}};function t(n){return e[n]??null}let r={regex:"gildi",email:"netfang",url:"vefsl\xF3\xF0",emoji:"emoji",uuid:"UUID",uuidv4:"UUIDv4",uuidv6:"UUIDv6",nanoid:"nanoid",guid:"GUID",cuid:"cuid",cuid2:"cuid2",ulid:"ULID",xid:"XID",ksuid:"KSUID",datetime:"ISO dagsetning og t\xEDmi",date:"ISO dagsetning",time:"ISO t\xEDmi",duration:"ISO t\xEDmalengd",ipv4:"IPv4 address",ipv6:"IPv6 address",mac:"MAC address",cidrv4:"IPv4 range",cidrv6:"IPv6 range",base64:"base64-encoded strengur",base64url:"base64url-encoded strengur",json_string:"JSON strengur",e164:"E.164 t\xF6lugildi",credit_card:"kreditkortan\xFAmer",currency_code:"gjaldmi\xF0ilsk\xF3\xF0i",iban:"IBAN",jwt:"JWT",template_literal:"gildi"},o={nan:"NaN",number:"n\xFAmer",array:"fylki"};return n=>{switch(n.code){case"invalid_type":{let i=o[n.expected]??n.expected,a=U(n.input),s=o[a]??a;return/^[A-Z]/.test(n.expected)?`Rangt gildi: \xDE\xFA sl\xF3st inn ${s} \xFEar sem \xE1 a\xF0 vera instanceof ${n.expected}`:`Rangt gildi: \xDE\xFA sl\xF3st inn ${s} \xFEar sem \xE1 a\xF0 vera ${i}`}case"invalid_value":return n.values.length===1?`Rangt gildi: gert r\xE1\xF0 fyrir ${O(n.values[0])}`:`\xD3gilt val: m\xE1 vera eitt af eftirfarandi ${k(n.values,"|")}`;case"too_big":{let i=n.inclusive?"<=":"<",a=t(n.origin);return a?`Of st\xF3rt: gert er r\xE1\xF0 fyrir a\xF0 ${n.origin??"gildi"} hafi ${i}${n.maximum.toString()} ${a.unit??"hluti"}`:`Of st\xF3rt: gert er r\xE1\xF0 fyrir a\xF0 ${n.origin??"gildi"} s\xE9 ${i}${n.maximum.toString()}`}case"too_small":{let i=n.inclusive?">=":">",a=t(n.origin);return a?`Of l\xEDti\xF0: gert er r\xE1\xF0 fyrir a\xF0 ${n.origin} hafi ${i}${n.minimum.toString()} ${a.unit}`:`Of l\xEDti\xF0: gert er r\xE1\xF0 fyrir a\xF0 ${n.origin} s\xE9 ${i}${n.minimum.toString()}`}case"invalid_format":{let i=n;return i.format==="starts_with"?`\xD3gildur strengur: ver\xF0ur a\xF0 byrja \xE1 "${i.prefix}"`:i.format==="ends_with"?`\xD3gildur strengur: ver\xF0ur a\xF0 enda \xE1 "${i.suffix}"`:i.format==="includes"?`\xD3gildur strengur: ver\xF0ur a\xF0 innihalda "${i.includes}"`:i.format==="regex"?`\xD3gildur strengur: ver\xF0ur a\xF0 fylgja mynstri ${i.pattern}`:`Rangt ${r[i.format]??n.format}`}case"not_multiple_of":return`R\xF6ng tala: ver\xF0ur a\xF0 vera margfeldi af ${n.divisor}`;case"unrecognized_keys":return`\xD3\xFEekkt ${n.keys.length>1?"ir lyklar":"ur lykill"}: ${k(n.keys,", ")}`;case"invalid_key":return`Rangur lykill \xED ${n.origin}`;case"invalid_union":return"Rangt gildi";case"invalid_element":return`Rangt gildi \xED ${n.origin}`;default:return"Rangt gildi"}}};function G0(){return{localeError:iA()}}var oA=()=>{let e={string:{unit:"caratteri",verb:"avere"},file:{unit:"byte",verb:"avere"},array:{unit:"elementi",verb:"avere"},set:{unit:"elementi",verb:"avere"},map:{unit:"elementi",verb:"avere"}};function t(n){return e[n]??null}let r={regex:"input",email:"indirizzo email",url:"URL",emoji:"emoji",uuid:"UUID",uuidv4:"UUIDv4",uuidv6:"UUIDv6",nanoid:"nanoid",guid:"GUID",cuid:"cuid",cuid2:"cuid2",ulid:"ULID",xid:"XID",ksuid:"KSUID",datetime:"data e ora ISO",date:"data ISO",time:"ora ISO",duration:"durata ISO",ipv4:"indirizzo IPv4",ipv6:"indirizzo IPv6",mac:"indirizzo MAC",cidrv4:"intervallo IPv4",cidrv6:"intervallo IPv6",base64:"stringa codificata in base64",base64url:"URL codificata in base64",json_string:"stringa JSON",e164:"numero E.164",credit_card:"numero di carta di credito",currency_code:"codice valuta",iban:"IBAN",jwt:"JWT",template_literal:"input"},o={nan:"NaN",number:"numero",array:"vettore"};return n=>{switch(n.code){case"invalid_type":{let i=o[n.expected]??n.expected,a=U(n.input),s=o[a]??a;return/^[A-Z]/.test(n.expected)?`Input non valido: atteso instanceof ${n.expected}, ricevuto ${s}`:`Input non valido: atteso ${i}, ricevuto ${s}`}case"invalid_value":return n.values.length===1?`Input non valido: atteso ${O(n.values[0])}`:`Opzione non valida: atteso uno tra ${k(n.values,"|")}`;case"too_big":{let i=n.inclusive?"<=":"<",a=t(n.origin);return a?`Troppo grande: ${n.origin??"valore"} deve avere ${i}${n.maximum.toString()} ${a.unit??"elementi"}`:`Troppo grande: ${n.origin??"valore"} deve essere ${i}${n.maximum.toString()}`}case"too_small":{let i=n.inclusive?">=":">",a=t(n.origin);return a?`Troppo piccolo: ${n.origin} deve avere ${i}${n.minimum.toString()} ${a.unit}`:`Troppo piccolo: ${n.origin} deve essere ${i}${n.minimum.toString()}`}case"invalid_format":{let i=n;return i.format==="starts_with"?`Stringa non valida: deve iniziare con "${i.prefix}"`:i.format==="ends_with"?`Stringa non valida: deve terminare con "${i.suffix}"`:i.format==="includes"?`Stringa non valida: deve includere "${i.includes}"`:i.format==="regex"?`Stringa non valida: deve corrispondere al pattern ${i.pattern}`:`Input non valido: ${r[i.format]??n.format}`}case"not_multiple_of":return`Numero non valido: deve essere un multiplo di ${n.divisor}`;case"unrecognized_keys":return`Chiav${n.keys.length>1?"i":"e"} non riconosciut${n.keys.length>1?"e":"a"}: ${k(n.keys,", ")}`;case"invalid_key":return`Chiave non valida in ${n.origin}`;case"invalid_union":return"Input non valido";case"invalid_element":return`Valore non valido in ${n.origin}`;default:return"Input non valido"}}};function K0(){return{localeError:oA()}}var aA=()=>{let e={string:{unit:"\u6587\u5B57",verb:"\u3067\u3042\u308B"},file:{unit:"\u30D0\u30A4\u30C8",verb:"\u3067\u3042\u308B"},array:{unit:"\u8981\u7D20",verb:"\u3067\u3042\u308B"},set:{unit:"\u8981\u7D20",verb:"\u3067\u3042\u308B"},map:{unit:"\u8981\u7D20",verb:"\u3067\u3042\u308B"}};function t(n){return e[n]??null}let r={regex:"\u5165\u529B\u5024",email:"\u30E1\u30FC\u30EB\u30A2\u30C9\u30EC\u30B9",url:"URL",emoji:"\u7D75\u6587\u5B57",uuid:"UUID",uuidv4:"UUIDv4",uuidv6:"UUIDv6",nanoid:"nanoid",guid:"GUID",cuid:"cuid",cuid2:"cuid2",ulid:"ULID",xid:"XID",ksuid:"KSUID",datetime:"ISO\u65E5\u6642",date:"ISO\u65E5\u4ED8",time:"ISO\u6642\u523B",duration:"ISO\u671F\u9593",ipv4:"IPv4\u30A2\u30C9\u30EC\u30B9",ipv6:"IPv6\u30A2\u30C9\u30EC\u30B9",mac:"MAC\u30A2\u30C9\u30EC\u30B9",cidrv4:"IPv4\u7BC4\u56F2",cidrv6:"IPv6\u7BC4\u56F2",base64:"base64\u30A8\u30F3\u30B3\u30FC\u30C9\u6587\u5B57\u5217",base64url:"base64url\u30A8\u30F3\u30B3\u30FC\u30C9\u6587\u5B57\u5217",json_string:"JSON\u6587\u5B57\u5217",e164:"E.164\u756A\u53F7",credit_card:"\u30AF\u30EC\u30B8\u30C3\u30C8\u30AB\u30FC\u30C9\u756A\u53F7",currency_code:"\u901A\u8CA8\u30B3\u30FC\u30C9",iban:"IBAN",jwt:"JWT",template_literal:"\u5165\u529B\u5024"},o={nan:"NaN",number:"\u6570\u5024",array:"\u914D\u5217"};return n=>{switch(n.code){case"invalid_type":{let i=o[n.expected]??n.expected,a=U(n.input),s=o[a]??a;return/^[A-Z]/.test(n.expected)?`\u7121\u52B9\u306A\u5165\u529B: instanceof ${n.expected}\u304C\u671F\u5F85\u3055\u308C\u307E\u3057\u305F\u304C\u3001${s}\u304C\u5165\u529B\u3055\u308C\u307E\u3057\u305F`:`\u7121\u52B9\u306A\u5165\u529B: ${i}\u304C\u671F\u5F85\u3055\u308C\u307E\u3057\u305F\u304C\u3001${s}\u304C\u5165\u529B\u3055\u308C\u307E\u3057\u305F`}case"invalid_value":return n.values.length===1?`\u7121\u52B9\u306A\u5165\u529B: ${O(n.values[0])}\u304C\u671F\u5F85\u3055\u308C\u307E\u3057\u305F`:`\u7121\u52B9\u306A\u9078\u629E: ${k(n.values,"\u3001")}\u306E\u3044\u305A\u308C\u304B\u3067\u3042\u308B\u5FC5\u8981\u304C\u3042\u308A\u307E\u3059`;case"too_big":{let i=n.inclusive?"\u4EE5\u4E0B\u3067\u3042\u308B":"\u3088\u308A\u5C0F\u3055\u3044",a=t(n.origin);return a?`\u5927\u304D\u3059\u304E\u308B\u5024: ${n.origin??"\u5024"}\u306F${n.maximum.toString()}${a.unit??"\u8981\u7D20"}${i}\u5FC5\u8981\u304C\u3042\u308A\u307E\u3059`:`\u5927\u304D\u3059\u304E\u308B\u5024: ${n.origin??"\u5024"}\u306F${n.maximum.toString()}${i}\u5FC5\u8981\u304C\u3042\u308A\u307E\u3059`}case"too_small":{let i=n.inclusive?"\u4EE5\u4E0A\u3067\u3042\u308B":"\u3088\u308A\u5927\u304D\u3044",a=t(n.origin);return a?`\u5C0F\u3055\u3059\u304E\u308B\u5024: ${n.origin}\u306F${n.minimum.toString()}${a.unit}${i}\u5FC5\u8981\u304C\u3042\u308A\u307E\u3059`:`\u5C0F\u3055\u3059\u304E\u308B\u5024: ${n.origin}\u306F${n.minimum.toString()}${i}\u5FC5\u8981\u304C\u3042\u308A\u307E\u3059`}case"invalid_format":{let i=n;return i.format==="starts_with"?`\u7121\u52B9\u306A\u6587\u5B57\u5217: "${i.prefix}"\u3067\u59CB\u307E\u308B\u5FC5\u8981\u304C\u3042\u308A\u307E\u3059`:i.format==="ends_with"?`\u7121\u52B9\u306A\u6587\u5B57\u5217: "${i.suffix}"\u3067\u7D42\u308F\u308B\u5FC5\u8981\u304C\u3042\u308A\u307E\u3059`:i.format==="includes"?`\u7121\u52B9\u306A\u6587\u5B57\u5217: "${i.includes}"\u3092\u542B\u3080\u5FC5\u8981\u304C\u3042\u308A\u307E\u3059`:i.format==="regex"?`\u7121\u52B9\u306A\u6587\u5B57\u5217: \u30D1\u30BF\u30FC\u30F3${i.pattern}\u306B\u4E00\u81F4\u3059\u308B\u5FC5\u8981\u304C\u3042\u308A\u307E\u3059`:`\u7121\u52B9\u306A${r[i.format]??n.format}`}case"not_multiple_of":return`\u7121\u52B9\u306A\u6570\u5024: ${n.divisor}\u306E\u500D\u6570\u3067\u3042\u308B\u5FC5\u8981\u304C\u3042\u308A\u307E\u3059`;case"unrecognized_keys":return`\u8A8D\u8B58\u3055\u308C\u3066\u3044\u306A\u3044\u30AD\u30FC${n.keys.length>1?"\u7FA4":""}: ${k(n.keys,"\u3001")}`;case"invalid_key":return`${n.origin}\u5185\u306E\u7121\u52B9\u306A\u30AD\u30FC`;case"invalid_union":return"\u7121\u52B9\u306A\u5165\u529B";case"invalid_element":return`${n.origin}\u5185\u306E\u7121\u52B9\u306A\u5024`;default:return"\u7121\u52B9\u306A\u5165\u529B"}}};function H0(){return{localeError:aA()}}var sA=()=>{let e={string:{unit:"\u10E1\u10D8\u10DB\u10D1\u10DD\u10DA\u10DD",verb:"\u10E3\u10DC\u10D3\u10D0 \u10E8\u10D4\u10D8\u10EA\u10D0\u10D5\u10D3\u10D4\u10E1"},file:{unit:"\u10D1\u10D0\u10D8\u10E2\u10D8",verb:"\u10E3\u10DC\u10D3\u10D0 \u10E8\u10D4\u10D8\u10EA\u10D0\u10D5\u10D3\u10D4\u10E1"},array:{unit:"\u10D4\u10DA\u10D4\u10DB\u10D4\u10DC\u10E2\u10D8",verb:"\u10E3\u10DC\u10D3\u10D0 \u10E8\u10D4\u10D8\u10EA\u10D0\u10D5\u10D3\u10D4\u10E1"},set:{unit:"\u10D4\u10DA\u10D4\u10DB\u10D4\u10DC\u10E2\u10D8",verb:"\u10E3\u10DC\u10D3\u10D0 \u10E8\u10D4\u10D8\u10EA\u10D0\u10D5\u10D3\u10D4\u10E1"},map:{unit:"\u10D4\u10DA\u10D4\u10DB\u10D4\u10DC\u10E2\u10D8",verb:"\u10E3\u10DC\u10D3\u10D0 \u10E8\u10D4\u10D8\u10EA\u10D0\u10D5\u10D3\u10D4\u10E1"}};function t(n){return e[n]??null}let r={regex:"\u10E8\u10D4\u10E7\u10D5\u10D0\u10DC\u10D0",email:"\u10D4\u10DA-\u10E4\u10DD\u10E1\u10E2\u10D8\u10E1 \u10DB\u10D8\u10E1\u10D0\u10DB\u10D0\u10E0\u10D7\u10D8",url:"URL",emoji:"\u10D4\u10DB\u10DD\u10EF\u10D8",uuid:"UUID",uuidv4:"UUIDv4",uuidv6:"UUIDv6",nanoid:"nanoid",guid:"GUID",cuid:"cuid",cuid2:"cuid2",ulid:"ULID",xid:"XID",ksuid:"KSUID",datetime:"\u10D7\u10D0\u10E0\u10D8\u10E6\u10D8-\u10D3\u10E0\u10DD",date:"\u10D7\u10D0\u10E0\u10D8\u10E6\u10D8",time:"\u10D3\u10E0\u10DD",duration:"\u10EE\u10D0\u10DC\u10D2\u10E0\u10EB\u10DA\u10D8\u10D5\u10DD\u10D1\u10D0",ipv4:"IPv4 \u10DB\u10D8\u10E1\u10D0\u10DB\u10D0\u10E0\u10D7\u10D8",ipv6:"IPv6 \u10DB\u10D8\u10E1\u10D0\u10DB\u10D0\u10E0\u10D7\u10D8",mac:"MAC \u10DB\u10D8\u10E1\u10D0\u10DB\u10D0\u10E0\u10D7\u10D8",cidrv4:"IPv4 \u10D3\u10D8\u10D0\u10DE\u10D0\u10D6\u10DD\u10DC\u10D8",cidrv6:"IPv6 \u10D3\u10D8\u10D0\u10DE\u10D0\u10D6\u10DD\u10DC\u10D8",base64:"base64-\u10D9\u10DD\u10D3\u10D8\u10E0\u10D4\u10D1\u10E3\u10DA\u10D8 \u10D5\u10D4\u10DA\u10D8",base64url:"base64url-\u10D9\u10DD\u10D3\u10D8\u10E0\u10D4\u10D1\u10E3\u10DA\u10D8 \u10D5\u10D4\u10DA\u10D8",json_string:"JSON \u10D5\u10D4\u10DA\u10D8",e164:"E.164 \u10DC\u10DD\u10DB\u10D4\u10E0\u10D8",credit_card:"\u10E1\u10D0\u10D9\u10E0\u10D4\u10D3\u10D8\u10E2\u10DD \u10D1\u10D0\u10E0\u10D0\u10D7\u10D8\u10E1 \u10DC\u10DD\u10DB\u10D4\u10E0\u10D8",currency_code:"\u10D5\u10D0\u10DA\u10E3\u10E2\u10D8\u10E1 \u10D9\u10DD\u10D3\u10D8",iban:"IBAN",jwt:"JWT",template_literal:"\u10E8\u10D4\u10E7\u10D5\u10D0\u10DC\u10D0"},o={nan:"NaN",number:"\u10E0\u10D8\u10EA\u10EE\u10D5\u10D8",string:"\u10D5\u10D4\u10DA\u10D8",boolean:"\u10D1\u10E3\u10DA\u10D4\u10D0\u10DC\u10D8",function:"\u10E4\u10E3\u10DC\u10E5\u10EA\u10D8\u10D0",array:"\u10DB\u10D0\u10E1\u10D8\u10D5\u10D8"};return n=>{switch(n.code){case"invalid_type":{let i=o[n.expected]??n.expected,a=U(n.input),s=o[a]??a;return/^[A-Z]/.test(n.expected)?`\u10D0\u10E0\u10D0\u10E1\u10EC\u10DD\u10E0\u10D8 \u10E8\u10D4\u10E7\u10D5\u10D0\u10DC\u10D0: \u10DB\u10DD\u10E1\u10D0\u10DA\u10DD\u10D3\u10DC\u10D4\u10DA\u10D8 instanceof ${n.expected}, \u10DB\u10D8\u10E6\u10D4\u10D1\u10E3\u10DA\u10D8 ${s}`:`\u10D0\u10E0\u10D0\u10E1\u10EC\u10DD\u10E0\u10D8 \u10E8\u10D4\u10E7\u10D5\u10D0\u10DC\u10D0: \u10DB\u10DD\u10E1\u10D0\u10DA\u10DD\u10D3\u10DC\u10D4\u10DA\u10D8 ${i}, \u10DB\u10D8\u10E6\u10D4\u10D1\u10E3\u10DA\u10D8 ${s}`}case"invalid_value":return n.values.length===1?`\u10D0\u10E0\u10D0\u10E1\u10EC\u10DD\u10E0\u10D8 \u10E8\u10D4\u10E7\u10D5\u10D0\u10DC\u10D0: \u10DB\u10DD\u10E1\u10D0\u10DA\u10DD\u10D3\u10DC\u10D4\u10DA\u10D8 ${O(n.values[0])}`:`\u10D0\u10E0\u10D0\u10E1\u10EC\u10DD\u10E0\u10D8 \u10D5\u10D0\u10E0\u10D8\u10D0\u10DC\u10E2\u10D8: \u10DB\u10DD\u10E1\u10D0\u10DA\u10DD\u10D3\u10DC\u10D4\u10DA\u10D8\u10D0 \u10D4\u10E0\u10D7-\u10D4\u10E0\u10D7\u10D8 ${k(n.values,"|")}-\u10D3\u10D0\u10DC`;case"too_big":{let i=n.inclusive?"<=":"<",a=t(n.origin);return a?`\u10D6\u10D4\u10D3\u10DB\u10D4\u10E2\u10D0\u10D3 \u10D3\u10D8\u10D3\u10D8: \u10DB\u10DD\u10E1\u10D0\u10DA\u10DD\u10D3\u10DC\u10D4\u10DA\u10D8 ${n.origin??"\u10DB\u10DC\u10D8\u10E8\u10D5\u10DC\u10D4\u10DA\u10DD\u10D1\u10D0"} ${a.verb} ${i}${n.maximum.toString()} ${a.unit}`:`\u10D6\u10D4\u10D3\u10DB\u10D4\u10E2\u10D0\u10D3 \u10D3\u10D8\u10D3\u10D8: \u10DB\u10DD\u10E1\u10D0\u10DA\u10DD\u10D3\u10DC\u10D4\u10DA\u10D8 ${n.origin??"\u10DB\u10DC\u10D8\u10E8\u10D5\u10DC\u10D4\u10DA\u10DD\u10D1\u10D0"} \u10D8\u10E7\u10DD\u10E1 ${i}${n.maximum.toString()}`}case"too_small":{let i=n.inclusive?">=":">",a=t(n.origin);return a?`\u10D6\u10D4\u10D3\u10DB\u10D4\u10E2\u10D0\u10D3 \u10DE\u10D0\u10E2\u10D0\u10E0\u10D0: \u10DB\u10DD\u10E1\u10D0\u10DA\u10DD\u10D3\u10DC\u10D4\u10DA\u10D8 ${n.origin} ${a.verb} ${i}${n.minimum.toString()} ${a.unit}`:`\u10D6\u10D4\u10D3\u10DB\u10D4\u10E2\u10D0\u10D3 \u10DE\u10D0\u10E2\u10D0\u10E0\u10D0: \u10DB\u10DD\u10E1\u10D0\u10DA\u10DD\u10D3\u10DC\u10D4\u10DA\u10D8 ${n.origin} \u10D8\u10E7\u10DD\u10E1 ${i}${n.minimum.toString()}`}case"invalid_format":{let i=n;return i.format==="starts_with"?`\u10D0\u10E0\u10D0\u10E1\u10EC\u10DD\u10E0\u10D8 \u10D5\u10D4\u10DA\u10D8: \u10E3\u10DC\u10D3\u10D0 \u10D8\u10EC\u10E7\u10D4\u10D1\u10DD\u10D3\u10D4\u10E1 "${i.prefix}"-\u10D8\u10D7`:i.format==="ends_with"?`\u10D0\u10E0\u10D0\u10E1\u10EC\u10DD\u10E0\u10D8 \u10D5\u10D4\u10DA\u10D8: \u10E3\u10DC\u10D3\u10D0 \u10DB\u10D7\u10D0\u10D5\u10E0\u10D3\u10D4\u10D1\u10DD\u10D3\u10D4\u10E1 "${i.suffix}"-\u10D8\u10D7`:i.format==="includes"?`\u10D0\u10E0\u10D0\u10E1\u10EC\u10DD\u10E0\u10D8 \u10D5\u10D4\u10DA\u10D8: \u10E3\u10DC\u10D3\u10D0 \u10E8\u10D4\u10D8\u10EA\u10D0\u10D5\u10D3\u10D4\u10E1 "${i.includes}"-\u10E1`:i.format==="regex"?`\u10D0\u10E0\u10D0\u10E1\u10EC\u10DD\u10E0\u10D8 \u10D5\u10D4\u10DA\u10D8: \u10E3\u10DC\u10D3\u10D0 \u10E8\u10D4\u10D4\u10E1\u10D0\u10D1\u10D0\u10DB\u10D4\u10D1\u10DD\u10D3\u10D4\u10E1 \u10E8\u10D0\u10D1\u10DA\u10DD\u10DC\u10E1 ${i.pattern}`:`\u10D0\u10E0\u10D0\u10E1\u10EC\u10DD\u10E0\u10D8 ${r[i.format]??n.format}`}case"not_multiple_of":return`\u10D0\u10E0\u10D0\u10E1\u10EC\u10DD\u10E0\u10D8 \u10E0\u10D8\u10EA\u10EE\u10D5\u10D8: \u10E3\u10DC\u10D3\u10D0 \u10D8\u10E7\u10DD\u10E1 ${n.divisor}-\u10D8\u10E1 \u10EF\u10D4\u10E0\u10D0\u10D3\u10D8`;case"unrecognized_keys":return`\u10E3\u10EA\u10DC\u10DD\u10D1\u10D8 \u10D2\u10D0\u10E1\u10D0\u10E6\u10D4\u10D1${n.keys.length>1?"\u10D4\u10D1\u10D8":"\u10D8"}: ${k(n.keys,", ")}`;case"invalid_key":return`\u10D0\u10E0\u10D0\u10E1\u10EC\u10DD\u10E0\u10D8 \u10D2\u10D0\u10E1\u10D0\u10E6\u10D4\u10D1\u10D8 ${n.origin}-\u10E8\u10D8`;case"invalid_union":return"\u10D0\u10E0\u10D0\u10E1\u10EC\u10DD\u10E0\u10D8 \u10E8\u10D4\u10E7\u10D5\u10D0\u10DC\u10D0";case"invalid_element":return`\u10D0\u10E0\u10D0\u10E1\u10EC\u10DD\u10E0\u10D8 \u10DB\u10DC\u10D8\u10E8\u10D5\u10DC\u10D4\u10DA\u10DD\u10D1\u10D0 ${n.origin}-\u10E8\u10D8`;default:return"\u10D0\u10E0\u10D0\u10E1\u10EC\u10DD\u10E0\u10D8 \u10E8\u10D4\u10E7\u10D5\u10D0\u10DC\u10D0"}}};function W0(){return{localeError:sA()}}var cA=()=>{let e={string:{unit:"\u178F\u17BD\u17A2\u1780\u17D2\u179F\u179A",verb:"\u1782\u17BD\u179A\u1798\u17B6\u1793"},file:{unit:"\u1794\u17C3",verb:"\u1782\u17BD\u179A\u1798\u17B6\u1793"},array:{unit:"\u1792\u17B6\u178F\u17BB",verb:"\u1782\u17BD\u179A\u1798\u17B6\u1793"},set:{unit:"\u1792\u17B6\u178F\u17BB",verb:"\u1782\u17BD\u179A\u1798\u17B6\u1793"},map:{unit:"\u1792\u17B6\u178F\u17BB",verb:"\u1782\u17BD\u179A\u1798\u17B6\u1793"}};function t(n){return e[n]??null}let r={regex:"\u1791\u17B7\u1793\u17D2\u1793\u1793\u17D0\u1799\u1794\u1789\u17D2\u1785\u17BC\u179B",email:"\u17A2\u17B6\u179F\u1799\u178A\u17D2\u178B\u17B6\u1793\u17A2\u17CA\u17B8\u1798\u17C2\u179B",url:"URL",emoji:"\u179F\u1789\u17D2\u1789\u17B6\u17A2\u17B6\u179A\u1798\u17D2\u1798\u178E\u17CD",uuid:"UUID",uuidv4:"UUIDv4",uuidv6:"UUIDv6",nanoid:"nanoid",guid:"GUID",cuid:"cuid",cuid2:"cuid2",ulid:"ULID",xid:"XID",ksuid:"KSUID",datetime:"\u1780\u17B6\u179B\u1794\u179A\u17B7\u1785\u17D2\u1786\u17C1\u1791 \u1793\u17B7\u1784\u1798\u17C9\u17C4\u1784 ISO",date:"\u1780\u17B6\u179B\u1794\u179A\u17B7\u1785\u17D2\u1786\u17C1\u1791 ISO",time:"\u1798\u17C9\u17C4\u1784 ISO",duration:"\u179A\u1799\u17C8\u1796\u17C1\u179B ISO",ipv4:"\u17A2\u17B6\u179F\u1799\u178A\u17D2\u178B\u17B6\u1793 IPv4",ipv6:"\u17A2\u17B6\u179F\u1799\u178A\u17D2\u178B\u17B6\u1793 IPv6",mac:"\u17A2\u17B6\u179F\u1799\u178A\u17D2\u178B\u17B6\u1793 MAC",cidrv4:"\u178A\u17C2\u1793\u17A2\u17B6\u179F\u1799\u178A\u17D2\u178B\u17B6\u1793 IPv4",cidrv6:"\u178A\u17C2\u1793\u17A2\u17B6\u179F\u1799\u178A\u17D2\u178B\u17B6\u1793 IPv6",base64:"\u1781\u17D2\u179F\u17C2\u17A2\u1780\u17D2\u179F\u179A\u17A2\u17CA\u17B7\u1780\u17BC\u178A base64",base64url:"\u1781\u17D2\u179F\u17C2\u17A2\u1780\u17D2\u179F\u179A\u17A2\u17CA\u17B7\u1780\u17BC\u178A base64url",json_string:"\u1781\u17D2\u179F\u17C2\u17A2\u1780\u17D2\u179F\u179A JSON",e164:"\u179B\u17C1\u1781 E.164",credit_card:"\u179B\u17C1\u1781\u1794\u17D0\u178E\u17D2\u178E\u17A5\u178E\u1791\u17B6\u1793",currency_code:"\u1780\u17BC\u178A\u179A\u17BC\u1794\u17B7\u1799\u1794\u17D0\u178E\u17D2\u178E",iban:"IBAN",jwt:"JWT",template_literal:"\u1791\u17B7\u1793\u17D2\u1793\u1793\u17D0\u1799\u1794\u1789\u17D2\u1785\u17BC\u179B"},o={nan:"NaN",number:"\u179B\u17C1\u1781",array:"\u17A2\u17B6\u179A\u17C1 (Array)",null:"\u1782\u17D2\u1798\u17B6\u1793\u178F\u1798\u17D2\u179B\u17C3 (null)"};return n=>{switch(n.code){case"invalid_type":{let i=o[n.expected]??n.expected,a=U(n.input),s=o[a]??a;return/^[A-Z]/.test(n.expected)?`\u1791\u17B7\u1793\u17D2\u1793\u1793\u17D0\u1799\u1794\u1789\u17D2\u1785\u17BC\u179B\u1798\u17B7\u1793\u178F\u17D2\u179A\u17B9\u1798\u178F\u17D2\u179A\u17BC\u179C\u17D6 \u178F\u17D2\u179A\u17BC\u179C\u1780\u17B6\u179A instanceof ${n.expected} \u1794\u17C9\u17BB\u1793\u17D2\u178F\u17C2\u1791\u1791\u17BD\u179B\u1794\u17B6\u1793 ${s}`:`\u1791\u17B7\u1793\u17D2\u1793\u1793\u17D0\u1799\u1794\u1789\u17D2\u1785\u17BC\u179B\u1798\u17B7\u1793\u178F\u17D2\u179A\u17B9\u1798\u178F\u17D2\u179A\u17BC\u179C\u17D6 \u178F\u17D2\u179A\u17BC\u179C\u1780\u17B6\u179A ${i} \u1794\u17C9\u17BB\u1793\u17D2\u178F\u17C2\u1791\u1791\u17BD\u179B\u1794\u17B6\u1793 ${s}`}case"invalid_value":return n.values.length===1?`\u1791\u17B7\u1793\u17D2\u1793\u1793\u17D0\u1799\u1794\u1789\u17D2\u1785\u17BC\u179B\u1798\u17B7\u1793\u178F\u17D2\u179A\u17B9\u1798\u178F\u17D2\u179A\u17BC\u179C\u17D6 \u178F\u17D2\u179A\u17BC\u179C\u1780\u17B6\u179A ${O(n.values[0])}`:`\u1787\u1798\u17D2\u179A\u17BE\u179F\u1798\u17B7\u1793\u178F\u17D2\u179A\u17B9\u1798\u178F\u17D2\u179A\u17BC\u179C\u17D6 \u178F\u17D2\u179A\u17BC\u179C\u1787\u17B6\u1798\u17BD\u1799\u1780\u17D2\u1793\u17BB\u1784\u1785\u17C6\u178E\u17C4\u1798 ${k(n.values,"|")}`;case"too_big":{let i=n.inclusive?"<=":"<",a=t(n.origin);return a?`\u1792\u17C6\u1796\u17C1\u1780\u17D6 \u178F\u17D2\u179A\u17BC\u179C\u1780\u17B6\u179A ${n.origin??"\u178F\u1798\u17D2\u179B\u17C3"} ${i} ${n.maximum.toString()} ${a.unit??"\u1792\u17B6\u178F\u17BB"}`:`\u1792\u17C6\u1796\u17C1\u1780\u17D6 \u178F\u17D2\u179A\u17BC\u179C\u1780\u17B6\u179A ${n.origin??"\u178F\u1798\u17D2\u179B\u17C3"} ${i} ${n.maximum.toString()}`}case"too_small":{let i=n.inclusive?">=":">",a=t(n.origin);return a?`\u178F\u17BC\u1785\u1796\u17C1\u1780\u17D6 \u178F\u17D2\u179A\u17BC\u179C\u1780\u17B6\u179A ${n.origin} ${i} ${n.minimum.toString()} ${a.unit}`:`\u178F\u17BC\u1785\u1796\u17C1\u1780\u17D6 \u178F\u17D2\u179A\u17BC\u179C\u1780\u17B6\u179A ${n.origin} ${i} ${n.minimum.toString()}`}case"invalid_format":{let i=n;return i.format==="starts_with"?`\u1781\u17D2\u179F\u17C2\u17A2\u1780\u17D2\u179F\u179A\u1798\u17B7\u1793\u178F\u17D2\u179A\u17B9\u1798\u178F\u17D2\u179A\u17BC\u179C\u17D6 \u178F\u17D2\u179A\u17BC\u179C\u1785\u17B6\u1794\u17CB\u1795\u17D2\u178F\u17BE\u1798\u178A\u17C4\u1799 "${i.prefix}"`:i.format==="ends_with"?`\u1781\u17D2\u179F\u17C2\u17A2\u1780\u17D2\u179F\u179A\u1798\u17B7\u1793\u178F\u17D2\u179A\u17B9\u1798\u178F\u17D2\u179A\u17BC\u179C\u17D6 \u178F\u17D2\u179A\u17BC\u179C\u1794\u1789\u17D2\u1785\u1794\u17CB\u178A\u17C4\u1799 "${i.suffix}"`:i.format==="includes"?`\u1781\u17D2\u179F\u17C2\u17A2\u1780\u17D2\u179F\u179A\u1798\u17B7\u1793\u178F\u17D2\u179A\u17B9\u1798\u178F\u17D2\u179A\u17BC\u179C\u17D6 \u178F\u17D2\u179A\u17BC\u179C\u1798\u17B6\u1793 "${i.includes}"`:i.format==="regex"?`\u1781\u17D2\u179F\u17C2\u17A2\u1780\u17D2\u179F\u179A\u1798\u17B7\u1793\u178F\u17D2\u179A\u17B9\u1798\u178F\u17D2\u179A\u17BC\u179C\u17D6 \u178F\u17D2\u179A\u17BC\u179C\u178F\u17C2\u1795\u17D2\u1782\u17BC\u1795\u17D2\u1782\u1784\u1793\u17B9\u1784\u1791\u1798\u17D2\u179A\u1784\u17CB\u178A\u17C2\u179B\u1794\u17B6\u1793\u1780\u17C6\u178E\u178F\u17CB ${i.pattern}`:`\u1798\u17B7\u1793\u178F\u17D2\u179A\u17B9\u1798\u178F\u17D2\u179A\u17BC\u179C\u17D6 ${r[i.format]??n.format}`}case"not_multiple_of":return`\u179B\u17C1\u1781\u1798\u17B7\u1793\u178F\u17D2\u179A\u17B9\u1798\u178F\u17D2\u179A\u17BC\u179C\u17D6 \u178F\u17D2\u179A\u17BC\u179C\u178F\u17C2\u1787\u17B6\u1796\u17A0\u17BB\u1782\u17BB\u178E\u1793\u17C3 ${n.divisor}`;case"unrecognized_keys":return`\u179A\u1780\u1783\u17BE\u1789\u179F\u17C4\u1798\u17B7\u1793\u179F\u17D2\u1782\u17B6\u179B\u17CB\u17D6 ${k(n.keys,", ")}`;case"invalid_key":return`\u179F\u17C4\u1798\u17B7\u1793\u178F\u17D2\u179A\u17B9\u1798\u178F\u17D2\u179A\u17BC\u179C\u1793\u17C5\u1780\u17D2\u1793\u17BB\u1784 ${n.origin}`;case"invalid_union":return"\u1791\u17B7\u1793\u17D2\u1793\u1793\u17D0\u1799\u1798\u17B7\u1793\u178F\u17D2\u179A\u17B9\u1798\u178F\u17D2\u179A\u17BC\u179C";case"invalid_element":return`\u1791\u17B7\u1793\u17D2\u1793\u1793\u17D0\u1799\u1798\u17B7\u1793\u178F\u17D2\u179A\u17B9\u1798\u178F\u17D2\u179A\u17BC\u179C\u1793\u17C5\u1780\u17D2\u1793\u17BB\u1784 ${n.origin}`;default:return"\u1791\u17B7\u1793\u17D2\u1793\u1793\u17D0\u1799\u1798\u17B7\u1793\u178F\u17D2\u179A\u17B9\u1798\u178F\u17D2\u179A\u17BC\u179C"}}};function Qa(){return{localeError:cA()}}function J0(){return Qa()}var uA=()=>{let e={string:{unit:"\u0C85\u0C95\u0CCD\u0CB7\u0CB0\u0C97\u0CB3\u0CC1",verb:"\u0CB9\u0CCA\u0C82\u0CA6\u0CB2\u0CC1"},file:{unit:"\u0CAC\u0CC8\u0C9F\u0CCD\u200C\u0C97\u0CB3\u0CC1",verb:"\u0CB9\u0CCA\u0C82\u0CA6\u0CB2\u0CC1"},array:{unit:"\u0CB5\u0CB8\u0CCD\u0CA4\u0CC1\u0C97\u0CB3\u0CC1",verb:"\u0CB9\u0CCA\u0C82\u0CA6\u0CB2\u0CC1"},set:{unit:"\u0CB5\u0CB8\u0CCD\u0CA4\u0CC1\u0C97\u0CB3\u0CC1",verb:"\u0CB9\u0CCA\u0C82\u0CA6\u0CB2\u0CC1"},map:{unit:"entries",verb:"\u0CB9\u0CCA\u0C82\u0CA6\u0CB2\u0CC1"}};function t(n){return e[n]??null}let r={regex:"\u0C87\u0CA8\u0CCD\u0CAA\u0CC1\u0C9F\u0CCD",email:"email \u0CB5\u0CBF\u0CB3\u0CBE\u0CB8",url:"URL",emoji:"emoji",uuid:"UUID",uuidv4:"UUIDv4",uuidv6:"UUIDv6",nanoid:"nanoid",guid:"GUID",cuid:"cuid",cuid2:"cuid2",ulid:"ULID",xid:"XID",ksuid:"KSUID",datetime:"ISO \u0CA6\u0CBF\u0CA8\u0CBE\u0C82\u0C95\u0CA6 \u0CB8\u0CAE\u0CAF",date:"ISO \u0CA6\u0CBF\u0CA8\u0CBE\u0C82\u0C95",time:"ISO \u0CB8\u0CAE\u0CAF",duration:"ISO \u0C85\u0CB5\u0CA7\u0CBF",ipv4:"IPv4 \u0CB5\u0CBF\u0CB3\u0CBE\u0CB8",ipv6:"IPv6 \u0CB5\u0CBF\u0CB3\u0CBE\u0CB8",mac:"MAC \u0CB5\u0CBF\u0CB3\u0CBE\u0CB8",cidrv4:"IPv4 \u0CB5\u0CCD\u0CAF\u0CBE\u0CAA\u0CCD\u0CA4\u0CBF\u0CAF",cidrv6:"IPv6 \u0CB5\u0CCD\u0CAF\u0CBE\u0CAA\u0CCD\u0CA4\u0CBF\u0CAF",base64:"base64-encoded\u0CB8\u0CCD\u0C9F\u0CCD\u0CB0\u0CBF\u0C82\u0C97\u0CCD",base64url:"base64url-encoded\u0CB8\u0CCD\u0C9F\u0CCD\u0CB0\u0CBF\u0C82\u0C97\u0CCD",json_string:"JSON\u0CB8\u0CCD\u0C9F\u0CCD\u0CB0\u0CBF\u0C82\u0C97\u0CCD",e164:"E.164 \u0CB8\u0C82\u0C96\u0CCD\u0CAF\u0CC6",credit_card:"\u0C95\u0CCD\u0CB0\u0CC6\u0CA1\u0CBF\u0C9F\u0CCD \u0C95\u0CBE\u0CB0\u0CCD\u0CA1\u0CCD \u0CB8\u0C82\u0C96\u0CCD\u0CAF\u0CC6",currency_code:"\u0C95\u0CB0\u0CC6\u0CA8\u0CCD\u0CB8\u0CBF \u0C95\u0CCB\u0CA1\u0CCD",iban:"IBAN",jwt:"JWT",template_literal:"\u0C87\u0CA8\u0CCD\u0CAA\u0CC1\u0C9F\u0CCD"},o={nan:"NaN"};return n=>{switch(n.code){case"invalid_type":{let i=o[n.expected]??n.expected,a=U(n.input),s=o[a]??a;return`\u0C85\u0CAE\u0CBE\u0CA8\u0CCD\u0CAF \u0C87\u0CA8\u0CCD\u200C\u0CAA\u0CC1\u0C9F\u0CCD: \u0CA8\u0CBF\u0CB0\u0CC0\u0C95\u0CCD\u0CB7\u0CBF\u0CB8\u0CB2\u0CBE\u0C97\u0CBF\u0CA6\u0CC6 ${i}, \u0CB8\u0CCD\u0CB5\u0CC0\u0C95\u0CB0\u0CBF\u0CB8\u0CBF\u0CA6\u0CA8\u0CC1 ${s}`}case"invalid_value":return n.values.length===1?`\u0C85\u0CAE\u0CBE\u0CA8\u0CCD\u0CAF \u0C87\u0CA8\u0CCD\u200C\u0CAA\u0CC1\u0C9F\u0CCD: \u0CA8\u0CBF\u0CB0\u0CC0\u0C95\u0CCD\u0CB7\u0CBF\u0CB8\u0CB2\u0CBE\u0C97\u0CBF\u0CA6\u0CC6 ${O(n.values[0])}`:`\u0C85\u0CAE\u0CBE\u0CA8\u0CCD\u0CAF \u0C86\u0CAF\u0CCD\u0C95\u0CC6: \u0C87\u0CB5\u0CC1\u0C97\u0CB3\u0CB2\u0CCD\u0CB2\u0CBF \u0C92\u0C82\u0CA6\u0CA8\u0CCD\u0CA8\u0CC1 \u0CA8\u0CBF\u0CB0\u0CC0\u0C95\u0CCD\u0CB7\u0CBF\u0CB8\u0CB2\u0CBE\u0C97\u0CBF\u0CA6\u0CC6 ${k(n.values,"|")}`;case"too_big":{let i=n.inclusive?"<=":"<",a=t(n.origin);return a?`\u0CA4\u0CC1\u0C82\u0CAC\u0CBE \u0CA6\u0CCA\u0CA1\u0CCD\u0CA1\u0CA6\u0CC1: \u0CA8\u0CBF\u0CB0\u0CC0\u0C95\u0CCD\u0CB7\u0CBF\u0CB8\u0CB2\u0CBE\u0C97\u0CBF\u0CA6\u0CC6 ${n.origin??"value"} \u0CB9\u0CCA\u0C82\u0CA6\u0CB2\u0CC1 ${i}${n.maximum.toString()} ${a.unit??"\u0C85\u0C82\u0CB6\u0C97\u0CB3\u0CC1"}`:`\u0CA4\u0CC1\u0C82\u0CAC\u0CBE \u0CA6\u0CCA\u0CA1\u0CCD\u0CA1\u0CA6\u0CC1: \u0CA8\u0CBF\u0CB0\u0CC0\u0C95\u0CCD\u0CB7\u0CBF\u0CB8\u0CB2\u0CBE\u0C97\u0CBF\u0CA6\u0CC6 ${n.origin??"value"} \u0C8E\u0C82\u0CA6\u0CC1 ${i}${n.maximum.toString()}`}case"too_small":{let i=n.inclusive?">=":">",a=t(n.origin);return a?`\u0CA4\u0CC1\u0C82\u0CAC\u0CBE \u0C9A\u0CBF\u0C95\u0CCD\u0C95\u0CA6\u0CC1: \u0CA8\u0CBF\u0CB0\u0CC0\u0C95\u0CCD\u0CB7\u0CBF\u0CB8\u0CB2\u0CBE\u0C97\u0CBF\u0CA6\u0CC6 ${n.origin} \u0CB9\u0CCA\u0C82\u0CA6\u0CB2\u0CC1 ${i}${n.minimum.toString()} ${a.unit}`:`\u0CA4\u0CC1\u0C82\u0CAC\u0CBE \u0C9A\u0CBF\u0C95\u0CCD\u0C95\u0CA6\u0CC1: \u0CA8\u0CBF\u0CB0\u0CC0\u0C95\u0CCD\u0CB7\u0CBF\u0CB8\u0CB2\u0CBE\u0C97\u0CBF\u0CA6\u0CC6 ${n.origin} \u0C8E\u0C82\u0CA6\u0CC1 ${i}${n.minimum.toString()}`}case"invalid_format":{let i=n;return i.format==="starts_with"?`\u0C85\u0CAE\u0CBE\u0CA8\u0CCD\u0CAF\u0CB5\u0CBE\u0CA6 \u0CB8\u0CCD\u0C9F\u0CCD\u0CB0\u0CBF\u0C82\u0C97\u0CCD: \u0C87\u0CA6\u0CB0\u0CCA\u0C82\u0CA6\u0CBF\u0C97\u0CC6 \u0CAA\u0CCD\u0CB0\u0CBE\u0CB0\u0C82\u0CAD\u0CBF\u0CB8\u0CAC\u0CC7\u0C95\u0CC1 "${i.prefix}"`:i.format==="ends_with"?`\u0C85\u0CAE\u0CBE\u0CA8\u0CCD\u0CAF\u0CB5\u0CBE\u0CA6 \u0CB8\u0CCD\u0C9F\u0CCD\u0CB0\u0CBF\u0C82\u0C97\u0CCD: \u0C87\u0CA6\u0CB0\u0CCA\u0C82\u0CA6\u0CBF\u0C97\u0CC6 \u0C95\u0CCA\u0CA8\u0CC6\u0C97\u0CCA\u0CB3\u0CCD\u0CB3\u0CAC\u0CC7\u0C95\u0CC1 "${i.suffix}"`:i.format==="includes"?`\u0C85\u0CAE\u0CBE\u0CA8\u0CCD\u0CAF \u0CB8\u0CCD\u0C9F\u0CCD\u0CB0\u0CBF\u0C82\u0C97\u0CCD: \u0C92\u0CB3\u0C97\u0CCA\u0C82\u0CA1\u0CBF\u0CB0\u0CAC\u0CC7\u0C95\u0CC1 "${i.includes}"`:i.format==="regex"?`\u0C85\u0CAE\u0CBE\u0CA8\u0CCD\u0CAF\u0CB5\u0CBE\u0CA6 \u0CB8\u0CCD\u0C9F\u0CCD\u0CB0\u0CBF\u0C82\u0C97\u0CCD: \u0CAE\u0CBE\u0CA6\u0CB0\u0CBF\u0C97\u0CC6 \u0CB9\u0CCA\u0C82\u0CA6\u0CBF\u0C95\u0CC6\u0CAF\u0CBE\u0C97\u0CAC\u0CC7\u0C95\u0CC1 ${i.pattern}`:`\u0C85\u0CAE\u0CBE\u0CA8\u0CCD\u0CAF ${r[i.format]??n.format}`}case"not_multiple_of":return`\u0C85\u0CAE\u0CBE\u0CA8\u0CCD\u0CAF \u0CB8\u0C82\u0C96\u0CCD\u0CAF\u0CC6: \u0CAC\u0CB9\u0CC1\u0CB8\u0C82\u0C96\u0CCD\u0CAF\u0CC6\u0CAF\u0CBE\u0C97\u0CBF\u0CB0\u0CAC\u0CC7\u0C95\u0CC1 ${n.divisor}`;case"unrecognized_keys":return`\u0C97\u0CC1\u0CB0\u0CC1\u0CA4\u0CBF\u0CB8\u0CB2\u0CBE\u0C97\u0CA6 \u0C95\u0CC0 ${n.keys.length>1?"s":""}: ${k(n.keys,", ")}`;case"invalid_key":return`\u0C85\u0CAE\u0CBE\u0CA8\u0CCD\u0CAF\u0CB5\u0CBE\u0CA6 \u0C95\u0CC0 \u0C87\u0CA8\u0CCD ${n.origin}`;case"invalid_union":return n.options&&Array.isArray(n.options)&&n.options.length>0?`\u0C85\u0CAE\u0CBE\u0CA8\u0CCD\u0CAF \u0CA4\u0CBE\u0CB0\u0CA4\u0CAE\u0CCD\u0CAF \u0CAE\u0CCC\u0CB2\u0CCD\u0CAF. \u0CA8\u0CBF\u0CB0\u0CC0\u0C95\u0CCD\u0CB7\u0CBF\u0CB8\u0CB2\u0CBE\u0C97\u0CBF\u0CA6\u0CC6 ${n.options.map(a=>`'${a}'`).join(" | ")}`:"\u0C85\u0CAE\u0CBE\u0CA8\u0CCD\u0CAF \u0C87\u0CA8\u0CCD\u200C\u0CAA\u0CC1\u0C9F\u0CCD";case"invalid_element":return`\u0CB0\u0CB2\u0CCD\u0CB2\u0CBF \u0C85\u0CAE\u0CBE\u0CA8\u0CCD\u0CAF \u0CAE\u0CCC\u0CB2\u0CCD\u0CAF ${n.origin}`;default:return"\u0C85\u0CAE\u0CBE\u0CA8\u0CCD\u0CAF \u0C87\u0CA8\u0CCD\u200C\u0CAA\u0CC1\u0C9F\u0CCD"}}};function X0(){return{localeError:uA()}}var lA=()=>{let e={string:{unit:"\uBB38\uC790",verb:"to have"},file:{unit:"\uBC14\uC774\uD2B8",verb:"to have"},array:{unit:"\uAC1C",verb:"to have"},set:{unit:"\uAC1C",verb:"to have"},map:{unit:"\uAC1C",verb:"to have"}};function t(n){return e[n]??null}let r={regex:"\uC785\uB825",email:"\uC774\uBA54\uC77C \uC8FC\uC18C",url:"URL",emoji:"\uC774\uBAA8\uC9C0",uuid:"UUID",uuidv4:"UUIDv4",uuidv6:"UUIDv6",nanoid:"nanoid",guid:"GUID",cuid:"cuid",cuid2:"cuid2",ulid:"ULID",xid:"XID",ksuid:"KSUID",datetime:"ISO \uB0A0\uC9DC\uC2DC\uAC04",date:"ISO \uB0A0\uC9DC",time:"ISO \uC2DC\uAC04",duration:"ISO \uAE30\uAC04",ipv4:"IPv4 \uC8FC\uC18C",ipv6:"IPv6 \uC8FC\uC18C",mac:"MAC \uC8FC\uC18C",cidrv4:"IPv4 \uBC94\uC704",cidrv6:"IPv6 \uBC94\uC704",base64:"base64 \uC778\uCF54\uB529 \uBB38\uC790\uC5F4",base64url:"base64url \uC778\uCF54\uB529 \uBB38\uC790\uC5F4",json_string:"JSON \uBB38\uC790\uC5F4",e164:"E.164 \uBC88\uD638",credit_card:"\uC2E0\uC6A9\uCE74\uB4DC \uBC88\uD638",currency_code:"\uD1B5\uD654 \uCF54\uB4DC",iban:"IBAN",jwt:"JWT",template_literal:"\uC785\uB825"},o={nan:"NaN"};return n=>{switch(n.code){case"invalid_type":{let i=o[n.expected]??n.expected,a=U(n.input),s=o[a]??a;return/^[A-Z]/.test(n.expected)?`\uC798\uBABB\uB41C \uC785\uB825: \uC608\uC0C1 \uD0C0\uC785\uC740 instanceof ${n.expected}, \uBC1B\uC740 \uD0C0\uC785\uC740 ${s}\uC785\uB2C8\uB2E4`:`\uC798\uBABB\uB41C \uC785\uB825: \uC608\uC0C1 \uD0C0\uC785\uC740 ${i}, \uBC1B\uC740 \uD0C0\uC785\uC740 ${s}\uC785\uB2C8\uB2E4`}case"invalid_value":return n.values.length===1?`\uC798\uBABB\uB41C \uC785\uB825: \uAC12\uC740 ${O(n.values[0])} \uC774\uC5B4\uC57C \uD569\uB2C8\uB2E4`:`\uC798\uBABB\uB41C \uC635\uC158: ${k(n.values,"\uB610\uB294 ")} \uC911 \uD558\uB098\uC5EC\uC57C \uD569\uB2C8\uB2E4`;case"too_big":{let i=n.inclusive?"\uC774\uD558":"\uBBF8\uB9CC",a=i==="\uBBF8\uB9CC"?"\uC774\uC5B4\uC57C \uD569\uB2C8\uB2E4":"\uC5EC\uC57C \uD569\uB2C8\uB2E4",s=t(n.origin),u=s?.unit??"\uC694\uC18C";return s?`${n.origin??"\uAC12"}\uC774 \uB108\uBB34 \uD07D\uB2C8\uB2E4: ${n.maximum.toString()}${u} ${i}${a}`:`${n.origin??"\uAC12"}\uC774 \uB108\uBB34 \uD07D\uB2C8\uB2E4: ${n.maximum.toString()} ${i}${a}`}case"too_small":{let i=n.inclusive?"\uC774\uC0C1":"\uCD08\uACFC",a=i==="\uC774\uC0C1"?"\uC774\uC5B4\uC57C \uD569\uB2C8\uB2E4":"\uC5EC\uC57C \uD569\uB2C8\uB2E4",s=t(n.origin),u=s?.unit??"\uC694\uC18C";return s?`${n.origin??"\uAC12"}\uC774 \uB108\uBB34 \uC791\uC2B5\uB2C8\uB2E4: ${n.minimum.toString()}${u} ${i}${a}`:`${n.origin??"\uAC12"}\uC774 \uB108\uBB34 \uC791\uC2B5\uB2C8\uB2E4: ${n.minimum.toString()} ${i}${a}`}case"invalid_format":{let i=n;return i.format==="starts_with"?`\uC798\uBABB\uB41C \uBB38\uC790\uC5F4: "${i.prefix}"(\uC73C)\uB85C \uC2DC\uC791\uD574\uC57C \uD569\uB2C8\uB2E4`:i.format==="ends_with"?`\uC798\uBABB\uB41C \uBB38\uC790\uC5F4: "${i.suffix}"(\uC73C)\uB85C \uB05D\uB098\uC57C \uD569\uB2C8\uB2E4`:i.format==="includes"?`\uC798\uBABB\uB41C \uBB38\uC790\uC5F4: "${i.includes}"\uC744(\uB97C) \uD3EC\uD568\uD574\uC57C \uD569\uB2C8\uB2E4`:i.format==="regex"?`\uC798\uBABB\uB41C \uBB38\uC790\uC5F4: \uC815\uADDC\uC2DD ${i.pattern} \uD328\uD134\uACFC \uC77C\uCE58\uD574\uC57C \uD569\uB2C8\uB2E4`:`\uC798\uBABB\uB41C ${r[i.format]??n.format}`}case"not_multiple_of":return`\uC798\uBABB\uB41C \uC22B\uC790: ${n.divisor}\uC758 \uBC30\uC218\uC5EC\uC57C \uD569\uB2C8\uB2E4`;case"unrecognized_keys":return`\uC778\uC2DD\uD560 \uC218 \uC5C6\uB294 \uD0A4: ${k(n.keys,", ")}`;case"invalid_key":return`\uC798\uBABB\uB41C \uD0A4: ${n.origin}`;case"invalid_union":return"\uC798\uBABB\uB41C \uC785\uB825";case"invalid_element":return`\uC798\uBABB\uB41C \uAC12: ${n.origin}`;default:return"\uC798\uBABB\uB41C \uC785\uB825"}}};function Y0(){return{localeError:lA()}}var ro=e=>e.charAt(0).toUpperCase()+e.slice(1);function Q0(e){let t=Math.abs(e),r=t%10,o=t%100;return o>=11&&o<=19||r===0?"many":r===1?"one":"few"}var dA=()=>{let e={string:{unit:{one:"simbolis",few:"simboliai",many:"simboli\u0173"},verb:{smaller:{inclusive:"turi b\u016Bti ne ilgesn\u0117 kaip",notInclusive:"turi b\u016Bti trumpesn\u0117 kaip"},bigger:{inclusive:"turi b\u016Bti ne trumpesn\u0117 kaip",notInclusive:"turi b\u016Bti ilgesn\u0117 kaip"}}},file:{unit:{one:"baitas",few:"baitai",many:"bait\u0173"},verb:{smaller:{inclusive:"turi b\u016Bti ne didesnis kaip",notInclusive:"turi b\u016Bti ma\u017Eesnis kaip"},bigger:{inclusive:"turi b\u016Bti ne ma\u017Eesnis kaip",notInclusive:"turi b\u016Bti didesnis kaip"}}},array:{unit:{one:"element\u0105",few:"elementus",many:"element\u0173"},verb:{smaller:{inclusive:"turi tur\u0117ti ne daugiau kaip",notInclusive:"turi tur\u0117ti ma\u017Eiau kaip"},bigger:{inclusive:"turi tur\u0117ti ne ma\u017Eiau kaip",notInclusive:"turi tur\u0117ti daugiau kaip"}}},set:{unit:{one:"element\u0105",few:"elementus",many:"element\u0173"},verb:{smaller:{inclusive:"turi tur\u0117ti ne daugiau kaip",notInclusive:"turi tur\u0117ti ma\u017Eiau kaip"},bigger:{inclusive:"turi tur\u0117ti ne ma\u017Eiau kaip",notInclusive:"turi tur\u0117ti daugiau kaip"}}}};function t(n,i,a,s){let u=e[n]??null;return u===null?u:{unit:u.unit[i],verb:u.verb[s][a?"inclusive":"notInclusive"]}}let r={regex:"\u012Fvestis",email:"el. pa\u0161to adresas",url:"URL",emoji:"jaustukas",uuid:"UUID",uuidv4:"UUIDv4",uuidv6:"UUIDv6",nanoid:"nanoid",guid:"GUID",cuid:"cuid",cuid2:"cuid2",ulid:"ULID",xid:"XID",ksuid:"KSUID",datetime:"ISO data ir laikas",date:"ISO data",time:"ISO laikas",duration:"ISO trukm\u0117",ipv4:"IPv4 adresas",ipv6:"IPv6 adresas",mac:"MAC adresas",cidrv4:"IPv4 tinklo prefiksas (CIDR)",cidrv6:"IPv6 tinklo prefiksas (CIDR)",base64:"base64 u\u017Ekoduota eilut\u0117",base64url:"base64url u\u017Ekoduota eilut\u0117",json_string:"JSON eilut\u0117",e164:"E.164 numeris",credit_card:"kredito kortel\u0117s numeris",currency_code:"valiutos kodas",iban:"IBAN",jwt:"JWT",template_literal:"\u012Fvestis"},o={nan:"NaN",number:"skai\u010Dius",bigint:"sveikasis skai\u010Dius",string:"eilut\u0117",boolean:"login\u0117 reik\u0161m\u0117",undefined:"neapibr\u0117\u017Eta reik\u0161m\u0117",function:"funkcija",symbol:"simbolis",array:"masyvas",object:"objektas",null:"nulin\u0117 reik\u0161m\u0117"};return n=>{switch(n.code){case"invalid_type":{let i=o[n.expected]??n.expected,a=U(n.input),s=o[a]??a;return/^[A-Z]/.test(n.expected)?`Gautas tipas ${s}, o tik\u0117tasi - instanceof ${n.expected}`:`Gautas tipas ${s}, o tik\u0117tasi - ${i}`}case"invalid_value":return n.values.length===1?`Privalo b\u016Bti ${O(n.values[0])}`:`Privalo b\u016Bti vienas i\u0161 ${k(n.values,"|")} pasirinkim\u0173`;case"too_big":{let i=o[n.origin]??n.origin,a=t(n.origin,Q0(Number(n.maximum)),n.inclusive??!1,"smaller");if(a?.verb)return`${ro(i??n.origin??"reik\u0161m\u0117")} ${a.verb} ${n.maximum.toString()} ${a.unit??"element\u0173"}`;let s=n.inclusive?"ne didesnis kaip":"ma\u017Eesnis kaip";return`${ro(i??n.origin??"reik\u0161m\u0117")} turi b\u016Bti ${s} ${n.maximum.toString()} ${a?.unit}`}case"too_small":{let i=o[n.origin]??n.origin,a=t(n.origin,Q0(Number(n.minimum)),n.inclusive??!1,"bigger");if(a?.verb)return`${ro(i??n.origin??"reik\u0161m\u0117")} ${a.verb} ${n.minimum.toString()} ${a.unit??"element\u0173"}`;let s=n.inclusive?"ne ma\u017Eesnis kaip":"didesnis kaip";return`${ro(i??n.origin??"reik\u0161m\u0117")} turi b\u016Bti ${s} ${n.minimum.toString()} ${a?.unit}`}case"invalid_format":{let i=n;return i.format==="starts_with"?`Eilut\u0117 privalo prasid\u0117ti "${i.prefix}"`:i.format==="ends_with"?`Eilut\u0117 privalo pasibaigti "${i.suffix}"`:i.format==="includes"?`Eilut\u0117 privalo \u012Ftraukti "${i.includes}"`:i.format==="regex"?`Eilut\u0117 privalo atitikti ${i.pattern}`:`Neteisingas ${r[i.format]??n.format}`}case"not_multiple_of":return`Skai\u010Dius privalo b\u016Bti ${n.divisor} kartotinis.`;case"unrecognized_keys":return`Neatpa\u017Eint${n.keys.length>1?"i":"as"} rakt${n.keys.length>1?"ai":"as"}: ${k(n.keys,", ")}`;case"invalid_key":return"Rastas klaidingas raktas";case"invalid_union":return"Klaidinga \u012Fvestis";case"invalid_element":{let i=o[n.origin]??n.origin;return`${ro(i??n.origin??"reik\u0161m\u0117")} turi klaiding\u0105 \u012Fvest\u012F`}default:return"Klaidinga \u012Fvestis"}}};function eb(){return{localeError:dA()}}var fA=()=>{let e={string:{unit:"\u0437\u043D\u0430\u0446\u0438",verb:"\u0434\u0430 \u0438\u043C\u0430\u0430\u0442"},file:{unit:"\u0431\u0430\u0458\u0442\u0438",verb:"\u0434\u0430 \u0438\u043C\u0430\u0430\u0442"},array:{unit:"\u0441\u0442\u0430\u0432\u043A\u0438",verb:"\u0434\u0430 \u0438\u043C\u0430\u0430\u0442"},set:{unit:"\u0441\u0442\u0430\u0432\u043A\u0438",verb:"\u0434\u0430 \u0438\u043C\u0430\u0430\u0442"},map:{unit:"\u0441\u0442\u0430\u0432\u043A\u0438",verb:"\u0434\u0430 \u0438\u043C\u0430\u0430\u0442"}};function t(n){return e[n]??null}let r={regex:"\u0432\u043D\u0435\u0441",email:"\u0430\u0434\u0440\u0435\u0441\u0430 \u043D\u0430 \u0435-\u043F\u043E\u0448\u0442\u0430",url:"URL",emoji:"\u0435\u043C\u043E\u045F\u0438",uuid:"UUID",uuidv4:"UUIDv4",uuidv6:"UUIDv6",nanoid:"nanoid",guid:"GUID",cuid:"cuid",cuid2:"cuid2",ulid:"ULID",xid:"XID",ksuid:"KSUID",datetime:"ISO \u0434\u0430\u0442\u0443\u043C \u0438 \u0432\u0440\u0435\u043C\u0435",date:"ISO \u0434\u0430\u0442\u0443\u043C",time:"ISO \u0432\u0440\u0435\u043C\u0435",duration:"ISO \u0432\u0440\u0435\u043C\u0435\u0442\u0440\u0430\u0435\u045A\u0435",ipv4:"IPv4 \u0430\u0434\u0440\u0435\u0441\u0430",ipv6:"IPv6 \u0430\u0434\u0440\u0435\u0441\u0430",mac:"MAC \u0430\u0434\u0440\u0435\u0441\u0430",cidrv4:"IPv4 \u043E\u043F\u0441\u0435\u0433",cidrv6:"IPv6 \u043E\u043F\u0441\u0435\u0433",base64:"base64-\u0435\u043D\u043A\u043E\u0434\u0438\u0440\u0430\u043D\u0430 \u043D\u0438\u0437\u0430",base64url:"base64url-\u0435\u043D\u043A\u043E\u0434\u0438\u0440\u0430\u043D\u0430 \u043D\u0438\u0437\u0430",json_string:"JSON \u043D\u0438\u0437\u0430",e164:"E.164 \u0431\u0440\u043E\u0458",credit_card:"\u0431\u0440\u043E\u0458 \u043D\u0430 \u043A\u0440\u0435\u0434\u0438\u0442\u043D\u0430 \u043A\u0430\u0440\u0442\u0438\u0447\u043A\u0430",currency_code:"\u043A\u043E\u0434 \u043D\u0430 \u0432\u0430\u043B\u0443\u0442\u0430",iban:"IBAN",jwt:"JWT",template_literal:"\u0432\u043D\u0435\u0441"},o={nan:"NaN",number:"\u0431\u0440\u043E\u0458",array:"\u043D\u0438\u0437\u0430"};return n=>{switch(n.code){case"invalid_type":{let i=o[n.expected]??n.expected,a=U(n.input),s=o[a]??a;return/^[A-Z]/.test(n.expected)?`\u0413\u0440\u0435\u0448\u0435\u043D \u0432\u043D\u0435\u0441: \u0441\u0435 \u043E\u0447\u0435\u043A\u0443\u0432\u0430 instanceof ${n.expected}, \u043F\u0440\u0438\u043C\u0435\u043D\u043E ${s}`:`\u0413\u0440\u0435\u0448\u0435\u043D \u0432\u043D\u0435\u0441: \u0441\u0435 \u043E\u0447\u0435\u043A\u0443\u0432\u0430 ${i}, \u043F\u0440\u0438\u043C\u0435\u043D\u043E ${s}`}case"invalid_value":return n.values.length===1?`Invalid input: expected ${O(n.values[0])}`:`\u0413\u0440\u0435\u0448\u0430\u043D\u0430 \u043E\u043F\u0446\u0438\u0458\u0430: \u0441\u0435 \u043E\u0447\u0435\u043A\u0443\u0432\u0430 \u0435\u0434\u043D\u0430 ${k(n.values,"|")}`;case"too_big":{let i=n.inclusive?"<=":"<",a=t(n.origin);return a?`\u041F\u0440\u0435\u043C\u043D\u043E\u0433\u0443 \u0433\u043E\u043B\u0435\u043C: \u0441\u0435 \u043E\u0447\u0435\u043A\u0443\u0432\u0430 ${n.origin??"\u0432\u0440\u0435\u0434\u043D\u043E\u0441\u0442\u0430"} \u0434\u0430 \u0438\u043C\u0430 ${i}${n.maximum.toString()} ${a.unit??"\u0435\u043B\u0435\u043C\u0435\u043D\u0442\u0438"}`:`\u041F\u0440\u0435\u043C\u043D\u043E\u0433\u0443 \u0433\u043E\u043B\u0435\u043C: \u0441\u0435 \u043E\u0447\u0435\u043A\u0443\u0432\u0430 ${n.origin??"\u0432\u0440\u0435\u0434\u043D\u043E\u0441\u0442\u0430"} \u0434\u0430 \u0431\u0438\u0434\u0435 ${i}${n.maximum.toString()}`}case"too_small":{let i=n.inclusive?">=":">",a=t(n.origin);return a?`\u041F\u0440\u0435\u043C\u043D\u043E\u0433\u0443 \u043C\u0430\u043B: \u0441\u0435 \u043E\u0447\u0435\u043A\u0443\u0432\u0430 ${n.origin} \u0434\u0430 \u0438\u043C\u0430 ${i}${n.minimum.toString()} ${a.unit}`:`\u041F\u0440\u0435\u043C\u043D\u043E\u0433\u0443 \u043C\u0430\u043B: \u0441\u0435 \u043E\u0447\u0435\u043A\u0443\u0432\u0430 ${n.origin} \u0434\u0430 \u0431\u0438\u0434\u0435 ${i}${n.minimum.toString()}`}case"invalid_format":{let i=n;return i.format==="starts_with"?`\u041D\u0435\u0432\u0430\u0436\u0435\u0447\u043A\u0430 \u043D\u0438\u0437\u0430: \u043C\u043E\u0440\u0430 \u0434\u0430 \u0437\u0430\u043F\u043E\u0447\u043D\u0443\u0432\u0430 \u0441\u043E "${i.prefix}"`:i.format==="ends_with"?`\u041D\u0435\u0432\u0430\u0436\u0435\u0447\u043A\u0430 \u043D\u0438\u0437\u0430: \u043C\u043E\u0440\u0430 \u0434\u0430 \u0437\u0430\u0432\u0440\u0448\u0443\u0432\u0430 \u0441\u043E "${i.suffix}"`:i.format==="includes"?`\u041D\u0435\u0432\u0430\u0436\u0435\u0447\u043A\u0430 \u043D\u0438\u0437\u0430: \u043C\u043E\u0440\u0430 \u0434\u0430 \u0432\u043A\u043B\u0443\u0447\u0443\u0432\u0430 "${i.includes}"`:i.format==="regex"?`\u041D\u0435\u0432\u0430\u0436\u0435\u0447\u043A\u0430 \u043D\u0438\u0437\u0430: \u043C\u043E\u0440\u0430 \u0434\u0430 \u043E\u0434\u0433\u043E\u0430\u0440\u0430 \u043D\u0430 \u043F\u0430\u0442\u0435\u0440\u043D\u043E\u0442 ${i.pattern}`:`Invalid ${r[i.format]??n.format}`}case"not_multiple_of":return`\u0413\u0440\u0435\u0448\u0435\u043D \u0431\u0440\u043E\u0458: \u043C\u043E\u0440\u0430 \u0434\u0430 \u0431\u0438\u0434\u0435 \u0434\u0435\u043B\u0438\u0432 \u0441\u043E ${n.divisor}`;case"unrecognized_keys":return`${n.keys.length>1?"\u041D\u0435\u043F\u0440\u0435\u043F\u043E\u0437\u043D\u0430\u0435\u043D\u0438 \u043A\u043B\u0443\u0447\u0435\u0432\u0438":"\u041D\u0435\u043F\u0440\u0435\u043F\u043E\u0437\u043D\u0430\u0435\u043D \u043A\u043B\u0443\u0447"}: ${k(n.keys,", ")}`;case"invalid_key":return`\u0413\u0440\u0435\u0448\u0435\u043D \u043A\u043B\u0443\u0447 \u0432\u043E ${n.origin}`;case"invalid_union":return"\u0413\u0440\u0435\u0448\u0435\u043D \u0432\u043D\u0435\u0441";case"invalid_element":return`\u0413\u0440\u0435\u0448\u043D\u0430 \u0432\u0440\u0435\u0434\u043D\u043E\u0441\u0442 \u0432\u043E ${n.origin}`;default:return"\u0413\u0440\u0435\u0448\u0435\u043D \u0432\u043D\u0435\u0441"}}};function tb(){return{localeError:fA()}}var pA=()=>{let e={string:{unit:"aksara",verb:"mempunyai"},file:{unit:"bait",verb:"mempunyai"},array:{unit:"elemen",verb:"mempunyai"},set:{unit:"elemen",verb:"mempunyai"},map:{unit:"elemen",verb:"mempunyai"}};function t(n){return e[n]??null}let r={regex:"input",email:"alamat e-mel",url:"URL",emoji:"emoji",uuid:"UUID",uuidv4:"UUIDv4",uuidv6:"UUIDv6",nanoid:"nanoid",guid:"GUID",cuid:"cuid",cuid2:"cuid2",ulid:"ULID",xid:"XID",ksuid:"KSUID",datetime:"tarikh masa ISO",date:"tarikh ISO",time:"masa ISO",duration:"tempoh ISO",ipv4:"alamat IPv4",ipv6:"alamat IPv6",mac:"alamat MAC",cidrv4:"julat IPv4",cidrv6:"julat IPv6",base64:"string dikodkan base64",base64url:"string dikodkan base64url",json_string:"string JSON",e164:"nombor E.164",credit_card:"nombor kad kredit",currency_code:"kod mata wang",iban:"IBAN",jwt:"JWT",template_literal:"input"},o={nan:"NaN",number:"nombor"};return n=>{switch(n.code){case"invalid_type":{let i=o[n.expected]??n.expected,a=U(n.input),s=o[a]??a;return/^[A-Z]/.test(n.expected)?`Input tidak sah: dijangka instanceof ${n.expected}, diterima ${s}`:`Input tidak sah: dijangka ${i}, diterima ${s}`}case"invalid_value":return n.values.length===1?`Input tidak sah: dijangka ${O(n.values[0])}`:`Pilihan tidak sah: dijangka salah satu daripada ${k(n.values,"|")}`;case"too_big":{let i=n.inclusive?"<=":"<",a=t(n.origin);return a?`Terlalu besar: dijangka ${n.origin??"nilai"} ${a.verb} ${i}${n.maximum.toString()} ${a.unit??"elemen"}`:`Terlalu besar: dijangka ${n.origin??"nilai"} adalah ${i}${n.maximum.toString()}`}case"too_small":{let i=n.inclusive?">=":">",a=t(n.origin);return a?`Terlalu kecil: dijangka ${n.origin} ${a.verb} ${i}${n.minimum.toString()} ${a.unit}`:`Terlalu kecil: dijangka ${n.origin} adalah ${i}${n.minimum.toString()}`}case"invalid_format":{let i=n;return i.format==="starts_with"?`String tidak sah: mesti bermula dengan "${i.prefix}"`:i.format==="ends_with"?`String tidak sah: mesti berakhir dengan "${i.suffix}"`:i.format==="includes"?`String tidak sah: mesti mengandungi "${i.includes}"`:i.format==="regex"?`String tidak sah: mesti sepadan dengan corak ${i.pattern}`:`${r[i.format]??n.format} tidak sah`}case"not_multiple_of":return`Nombor tidak sah: perlu gandaan ${n.divisor}`;case"unrecognized_keys":return`Kunci tidak dikenali: ${k(n.keys,", ")}`;case"invalid_key":return`Kunci tidak sah dalam ${n.origin}`;case"invalid_union":return"Input tidak sah";case"invalid_element":return`Nilai tidak sah dalam ${n.origin}`;default:return"Input tidak sah"}}};function nb(){return{localeError:pA()}}var mA=()=>{let e={string:{unit:"\u0905\u0915\u094D\u0937\u0930",verb:"\u0939\u0941\u0928\u0941\u092A\u0930\u094D\u091B"},file:{unit:"\u092C\u093E\u0907\u091F",verb:"\u0939\u0941\u0928\u0941\u092A\u0930\u094D\u091B"},array:{unit:"\u0924\u0924\u094D\u0935",verb:"\u0939\u0941\u0928\u0941\u092A\u0930\u094D\u091B"},set:{unit:"\u0924\u0924\u094D\u0935",verb:"\u0939\u0941\u0928\u0941\u092A\u0930\u094D\u091B"},map:{unit:"\u092A\u094D\u0930\u0935\u093F\u0937\u094D\u091F\u093F",verb:"\u0939\u0941\u0928\u0941\u092A\u0930\u094D\u091B"}};function t(n){return e[n]??null}let r={regex:"\u0907\u0928\u092A\u0941\u091F",email:"\u0907\u092E\u0947\u0932 \u0920\u0947\u0917\u093E\u0928\u093E",url:"URL",emoji:"\u0907\u092E\u094B\u091C\u0940",uuid:"UUID",uuidv4:"UUIDv4",uuidv6:"UUIDv6",nanoid:"nanoid",guid:"GUID",cuid:"cuid",cuid2:"cuid2",ulid:"ULID",xid:"XID",ksuid:"KSUID",datetime:"ISO \u092E\u093F\u0924\u093F \u0930 \u0938\u092E\u092F",date:"ISO \u092E\u093F\u0924\u093F",time:"ISO \u0938\u092E\u092F",duration:"ISO \u0905\u0935\u0927\u093F",ipv4:"IPv4 \u0920\u0947\u0917\u093E\u0928\u093E",ipv6:"IPv6 \u0920\u0947\u0917\u093E\u0928\u093E",mac:"MAC \u0920\u0947\u0917\u093E\u0928\u093E",cidrv4:"IPv4 \u0926\u093E\u092F\u0930\u093E",cidrv6:"IPv6 \u0926\u093E\u092F\u0930\u093E",base64:"base64-\u0907\u0928\u094D\u0915\u094B\u0921 \u0917\u0930\u093F\u090F\u0915\u094B \u0938\u094D\u091F\u094D\u0930\u093F\u0919",base64url:"base64url-\u0907\u0928\u094D\u0915\u094B\u0921 \u0917\u0930\u093F\u090F\u0915\u094B \u0938\u094D\u091F\u094D\u0930\u093F\u0919",json_string:"JSON \u0938\u094D\u091F\u094D\u0930\u093F\u0919",e164:"E.164 \u0928\u092E\u094D\u092C\u0930",credit_card:"\u0915\u094D\u0930\u0947\u0921\u093F\u091F \u0915\u093E\u0930\u094D\u0921 \u0928\u092E\u094D\u092C\u0930",currency_code:"\u092E\u0941\u0926\u094D\u0930\u093E \u0915\u094B\u0921",iban:"IBAN",jwt:"JWT",template_literal:"\u0907\u0928\u092A\u0941\u091F"},o={nan:"NaN"};return n=>{switch(n.code){case"invalid_type":{let i=o[n.expected]??n.expected,a=U(n.input),s=o[a]??a;return`\u0905\u092E\u093E\u0928\u094D\u092F \u0907\u0928\u092A\u0941\u091F: \u0905\u092A\u0947\u0915\u094D\u0937\u093F\u0924 ${i}, \u092A\u094D\u0930\u093E\u092A\u094D\u0924 ${s}`}case"invalid_value":return n.values.length===1?`\u0905\u092E\u093E\u0928\u094D\u092F \u0907\u0928\u092A\u0941\u091F: \u0905\u092A\u0947\u0915\u094D\u0937\u093F\u0924 ${O(n.values[0])}`:`\u0905\u092E\u093E\u0928\u094D\u092F \u0935\u093F\u0915\u0932\u094D\u092A: \u0905\u092A\u0947\u0915\u094D\u0937\u093F\u0924 \u092E\u093E\u0928\u0939\u0930\u0942 \u092E\u0927\u094D\u092F\u0947 \u090F\u0915 ${k(n.values,"|")}`;case"too_big":{let i=n.inclusive?"<=":"<",a=t(n.origin);return a?`\u0927\u0947\u0930\u0948 \u0920\u0942\u0932\u094B: ${n.origin??"\u092E\u093E\u0928"} \u092E\u093E ${i}${n.maximum.toString()} ${a.unit} ${a.verb}`:`\u0927\u0947\u0930\u0948 \u0920\u0942\u0932\u094B: ${n.origin??"\u092E\u093E\u0928"} ${i}${n.maximum.toString()} \u0939\u0941\u0928\u0941\u092A\u0930\u094D\u091B`}case"too_small":{let i=n.inclusive?">=":">",a=t(n.origin);return a?`\u0927\u0947\u0930\u0948 \u0938\u093E\u0928\u094B: ${n.origin} \u092E\u093E ${i}${n.minimum.toString()} ${a.unit} ${a.verb}`:`\u0927\u0947\u0930\u0948 \u0938\u093E\u0928\u094B: ${n.origin} ${i}${n.minimum.toString()} \u0939\u0941\u0928\u0941\u092A\u0930\u094D\u091B`}case"invalid_format":{let i=n;return i.format==="starts_with"?`\u0905\u092E\u093E\u0928\u094D\u092F \u0938\u094D\u091F\u094D\u0930\u093F\u0919: "${i.prefix}" \u092C\u093E\u091F \u0938\u0941\u0930\u0941 \u0939\u0941\u0928\u0941\u092A\u0930\u094D\u091B`:i.format==="ends_with"?`\u0905\u092E\u093E\u0928\u094D\u092F \u0938\u094D\u091F\u094D\u0930\u093F\u0919: "${i.suffix}" \u092E\u093E \u0938\u092E\u093E\u092A\u094D\u0924 \u0939\u0941\u0928\u0941\u092A\u0930\u094D\u091B`:i.format==="includes"?`\u0905\u092E\u093E\u0928\u094D\u092F \u0938\u094D\u091F\u094D\u0930\u093F\u0919: "${i.includes}" \u0938\u092E\u093E\u0935\u0947\u0936 \u0939\u0941\u0928\u0941\u092A\u0930\u094D\u091B`:i.format==="regex"?`\u0905\u092E\u093E\u0928\u094D\u092F \u0938\u094D\u091F\u094D\u0930\u093F\u0919: \u0922\u093E\u0901\u091A\u093E ${i.pattern} \u0938\u0901\u0917 \u092E\u0947\u0932 \u0916\u093E\u0928\u0941\u092A\u0930\u094D\u091B`:`\u0905\u092E\u093E\u0928\u094D\u092F ${r[i.format]??n.format}`}case"not_multiple_of":return`\u0905\u092E\u093E\u0928\u094D\u092F \u0938\u0902\u0916\u094D\u092F\u093E: ${n.divisor} \u0915\u094B \u0917\u0941\u0923\u091C \u0939\u0941\u0928\u0941\u092A\u0930\u094D\u091B`;case"unrecognized_keys":return`\u0905\u092A\u0930\u093F\u091A\u093F\u0924 \u0915\u0941\u091E\u094D\u091C\u0940${n.keys.length>1?"\u0939\u0930\u0942":""}: ${k(n.keys,", ")}`;case"invalid_key":return`\u0905\u092E\u093E\u0928\u094D\u092F \u0915\u0941\u091E\u094D\u091C\u0940: ${n.origin} \u092E\u093E`;case"invalid_union":return n.options&&Array.isArray(n.options)&&n.options.length>0?`\u0905\u092E\u093E\u0928\u094D\u092F \u0921\u093F\u0938\u094D\u0915\u094D\u0930\u093F\u092E\u093F\u0928\u0947\u091F\u0930 \u092E\u093E\u0928: \u0905\u092A\u0947\u0915\u094D\u0937\u093F\u0924 ${n.options.map(a=>`'${a}'`).join(" | ")}`:"\u0905\u092E\u093E\u0928\u094D\u092F \u0907\u0928\u092A\u0941\u091F";case"invalid_element":return`\u0905\u092E\u093E\u0928\u094D\u092F \u092E\u093E\u0928: ${n.origin} \u092E\u093E`;default:return"\u0905\u092E\u093E\u0928\u094D\u092F \u0907\u0928\u092A\u0941\u091F"}}};function rb(){return{localeError:mA()}}var gA=()=>{let e={string:{unit:"tekens",verb:"heeft"},file:{unit:"bytes",verb:"heeft"},array:{unit:"elementen",verb:"heeft"},set:{unit:"elementen",verb:"heeft"},map:{unit:"elementen",verb:"heeft"}};function t(n){return e[n]??null}let r={regex:"invoer",email:"emailadres",url:"URL",emoji:"emoji",uuid:"UUID",uuidv4:"UUIDv4",uuidv6:"UUIDv6",nanoid:"nanoid",guid:"GUID",cuid:"cuid",cuid2:"cuid2",ulid:"ULID",xid:"XID",ksuid:"KSUID",datetime:"ISO datum en tijd",date:"ISO datum",time:"ISO tijd",duration:"ISO duur",ipv4:"IPv4-adres",ipv6:"IPv6-adres",mac:"MAC-adres",cidrv4:"IPv4-bereik",cidrv6:"IPv6-bereik",base64:"base64-gecodeerde tekst",base64url:"base64 URL-gecodeerde tekst",json_string:"JSON string",e164:"E.164-nummer",credit_card:"creditcardnummer",currency_code:"valutacode",iban:"IBAN",jwt:"JWT",template_literal:"invoer"},o={nan:"NaN",number:"getal"};return n=>{switch(n.code){case"invalid_type":{let i=o[n.expected]??n.expected,a=U(n.input),s=o[a]??a;return/^[A-Z]/.test(n.expected)?`Ongeldige invoer: verwacht instanceof ${n.expected}, ontving ${s}`:`Ongeldige invoer: verwacht ${i}, ontving ${s}`}case"invalid_value":return n.values.length===1?`Ongeldige invoer: verwacht ${O(n.values[0])}`:`Ongeldige optie: verwacht \xE9\xE9n van ${k(n.values,"|")}`;case"too_big":{let i=n.inclusive?"<=":"<",a=t(n.origin),s=n.origin==="date"?"laat":n.origin==="string"?"lang":"groot";return a?`Te ${s}: verwacht dat ${n.origin??"waarde"} ${i}${n.maximum.toString()} ${a.unit??"elementen"} ${a.verb}`:`Te ${s}: verwacht dat ${n.origin??"waarde"} ${i}${n.maximum.toString()} is`}case"too_small":{let i=n.inclusive?">=":">",a=t(n.origin),s=n.origin==="date"?"vroeg":n.origin==="string"?"kort":"klein";return a?`Te ${s}: verwacht dat ${n.origin} ${i}${n.minimum.toString()} ${a.unit} ${a.verb}`:`Te ${s}: verwacht dat ${n.origin} ${i}${n.minimum.toString()} is`}case"invalid_format":{let i=n;return i.format==="starts_with"?`Ongeldige tekst: moet met "${i.prefix}" beginnen`:i.format==="ends_with"?`Ongeldige tekst: moet op "${i.suffix}" eindigen`:i.format==="includes"?`Ongeldige tekst: moet "${i.includes}" bevatten`:i.format==="regex"?`Ongeldige tekst: moet overeenkomen met patroon ${i.pattern}`:`Ongeldig: ${r[i.format]??n.format}`}case"not_multiple_of":return`Ongeldig getal: moet een veelvoud van ${n.divisor} zijn`;case"unrecognized_keys":return`Onbekende key${n.keys.length>1?"s":""}: ${k(n.keys,", ")}`;case"invalid_key":return`Ongeldige key in ${n.origin}`;case"invalid_union":return"Ongeldige invoer";case"invalid_element":return`Ongeldige waarde in ${n.origin}`;default:return"Ongeldige invoer"}}};function ib(){return{localeError:gA()}}var hA=()=>{let e={string:{unit:"teikn",verb:"\xE5 ha"},file:{unit:"bytes",verb:"\xE5 ha"},array:{unit:"element",verb:"\xE5 innehalde"},set:{unit:"element",verb:"\xE5 innehalde"},map:{unit:"element",verb:"\xE5 innehalde"}};function t(n){return e[n]??null}let r={regex:"input",email:"e-postadresse",url:"URL",emoji:"emoji",uuid:"UUID",uuidv4:"UUIDv4",uuidv6:"UUIDv6",nanoid:"nanoid",guid:"GUID",cuid:"cuid",cuid2:"cuid2",ulid:"ULID",xid:"XID",ksuid:"KSUID",datetime:"ISO dato- og klokkeslett",date:"ISO-dato",time:"ISO-klokkeslett",duration:"ISO-varigheit",ipv4:"IPv4-adresse",ipv6:"IPv6-adresse",mac:"MAC-adresse",cidrv4:"IPv4-spekter",cidrv6:"IPv6-spekter",base64:"base64-enkoda streng",base64url:"base64url-enkoda streng",json_string:"JSON-streng",e164:"E.164-nummer",credit_card:"kredittkortnummer",currency_code:"valutakode",iban:"IBAN",jwt:"JWT",template_literal:"input"},o={nan:"NaN",number:"tal",array:"liste"};return n=>{switch(n.code){case"invalid_type":{let i=o[n.expected]??n.expected,a=U(n.input),s=o[a]??a;return/^[A-Z]/.test(n.expected)?`Ugyldig input: forventa instanceof ${n.expected}, fekk ${s}`:`Ugyldig input: forventa ${i}, fekk ${s}`}case"invalid_value":return n.values.length===1?`Ugyldig verdi: forventa ${O(n.values[0])}`:`Ugyldig val: forventa eitt av ${k(n.values,"|")}`;case"too_big":{let i=n.inclusive?"<=":"<",a=t(n.origin);return a?`For stor(t): forventa ${n.origin??"value"} til \xE5 ha ${i}${n.maximum.toString()} ${a.unit??"element"}`:`For stor(t): forventa ${n.origin??"value"} til \xE5 ha ${i}${n.maximum.toString()}`}case"too_small":{let i=n.inclusive?">=":">",a=t(n.origin);return a?`For lite(n): forventa ${n.origin} til \xE5 ha ${i}${n.minimum.toString()} ${a.unit}`:`For lite(n): forventa ${n.origin} til \xE5 ha ${i}${n.minimum.toString()}`}case"invalid_format":{let i=n;return i.format==="starts_with"?`Ugyldig streng: m\xE5 starte med "${i.prefix}"`:i.format==="ends_with"?`Ugyldig streng: m\xE5 slutte med "${i.suffix}"`:i.format==="includes"?`Ugyldig streng: m\xE5 innehalde "${i.includes}"`:i.format==="regex"?`Ugyldig streng: m\xE5 matche m\xF8nsteret ${i.pattern}`:`Ugyldig ${r[i.format]??n.format}`}case"not_multiple_of":return`Ugyldig tal: m\xE5 vere eit multiplum av ${n.divisor}`;case"unrecognized_keys":return`${n.keys.length>1?"Ukjende n\xF8klar":"Ukjend n\xF8kkel"}: ${k(n.keys,", ")}`;case"invalid_key":return`Ugyldig n\xF8kkel i ${n.origin}`;case"invalid_union":return"Ugyldig input";case"invalid_element":return`Ugyldig verdi i ${n.origin}`;default:return"Ugyldig input"}}};function ob(){return{localeError:hA()}}var vA=()=>{let e={string:{unit:"tegn",verb:"\xE5 ha"},file:{unit:"bytes",verb:"\xE5 ha"},array:{unit:"elementer",verb:"\xE5 inneholde"},set:{unit:"elementer",verb:"\xE5 inneholde"},map:{unit:"elementer",verb:"\xE5 inneholde"}};function t(n){return e[n]??null}let r={regex:"input",email:"e-postadresse",url:"URL",emoji:"emoji",uuid:"UUID",uuidv4:"UUIDv4",uuidv6:"UUIDv6",nanoid:"nanoid",guid:"GUID",cuid:"cuid",cuid2:"cuid2",ulid:"ULID",xid:"XID",ksuid:"KSUID",datetime:"ISO dato- og klokkeslett",date:"ISO-dato",time:"ISO-klokkeslett",duration:"ISO-varighet",ipv4:"IPv4-adresse",ipv6:"IPv6-adresse",mac:"MAC-adresse",cidrv4:"IPv4-spekter",cidrv6:"IPv6-spekter",base64:"base64-enkodet streng",base64url:"base64url-enkodet streng",json_string:"JSON-streng",e164:"E.164-nummer",credit_card:"kredittkortnummer",currency_code:"valutakode",iban:"IBAN",jwt:"JWT",template_literal:"input"},o={nan:"NaN",number:"tall",array:"liste"};return n=>{switch(n.code){case"invalid_type":{let i=o[n.expected]??n.expected,a=U(n.input),s=o[a]??a;return/^[A-Z]/.test(n.expected)?`Ugyldig input: forventet instanceof ${n.expected}, fikk ${s}`:`Ugyldig input: forventet ${i}, fikk ${s}`}case"invalid_value":return n.values.length===1?`Ugyldig verdi: forventet ${O(n.values[0])}`:`Ugyldig valg: forventet en av ${k(n.values,"|")}`;case"too_big":{let i=n.inclusive?"<=":"<",a=t(n.origin);return a?`For stor(t): forventet ${n.origin??"value"} til \xE5 ha ${i}${n.maximum.toString()} ${a.unit??"elementer"}`:`For stor(t): forventet ${n.origin??"value"} til \xE5 ha ${i}${n.maximum.toString()}`}case"too_small":{let i=n.inclusive?">=":">",a=t(n.origin);return a?`For lite(n): forventet ${n.origin} til \xE5 ha ${i}${n.minimum.toString()} ${a.unit}`:`For lite(n): forventet ${n.origin} til \xE5 ha ${i}${n.minimum.toString()}`}case"invalid_format":{let i=n;return i.format==="starts_with"?`Ugyldig streng: m\xE5 starte med "${i.prefix}"`:i.format==="ends_with"?`Ugyldig streng: m\xE5 ende med "${i.suffix}"`:i.format==="includes"?`Ugyldig streng: m\xE5 inneholde "${i.includes}"`:i.format==="regex"?`Ugyldig streng: m\xE5 matche m\xF8nsteret ${i.pattern}`:`Ugyldig ${r[i.format]??n.format}`}case"not_multiple_of":return`Ugyldig tall: m\xE5 v\xE6re et multiplum av ${n.divisor}`;case"unrecognized_keys":return`${n.keys.length>1?"Ukjente n\xF8kler":"Ukjent n\xF8kkel"}: ${k(n.keys,", ")}`;case"invalid_key":return`Ugyldig n\xF8kkel i ${n.origin}`;case"invalid_union":return"Ugyldig input";case"invalid_element":return`Ugyldig verdi i ${n.origin}`;default:return"Ugyldig input"}}};function ab(){return{localeError:vA()}}var bA=()=>{let e={string:{unit:"harf",verb:"olmal\u0131d\u0131r"},file:{unit:"bayt",verb:"olmal\u0131d\u0131r"},array:{unit:"unsur",verb:"olmal\u0131d\u0131r"},set:{unit:"unsur",verb:"olmal\u0131d\u0131r"},map:{unit:"unsur",verb:"olmal\u0131d\u0131r"}};function t(n){return e[n]??null}let r={regex:"giren",email:"epostag\xE2h",url:"URL",emoji:"emoji",uuid:"UUID",uuidv4:"UUIDv4",uuidv6:"UUIDv6",nanoid:"nanoid",guid:"GUID",cuid:"cuid",cuid2:"cuid2",ulid:"ULID",xid:"XID",ksuid:"KSUID",datetime:"ISO heng\xE2m\u0131",date:"ISO tarihi",time:"ISO zaman\u0131",duration:"ISO m\xFCddeti",ipv4:"IPv4 ni\u015F\xE2n\u0131",ipv6:"IPv6 ni\u015F\xE2n\u0131",mac:"MAC ni\u015F\xE2n\u0131",cidrv4:"IPv4 menzili",cidrv6:"IPv6 menzili",base64:"base64-\u015Fifreli metin",base64url:"base64url-\u015Fifreli metin",json_string:"JSON metin",e164:"E.164 say\u0131s\u0131",credit_card:"i'tib\xE2r kart\u0131 numaras\u0131",currency_code:"para birimi kodu",iban:"IBAN",jwt:"JWT",template_literal:"giren"},o={nan:"NaN",number:"numara",array:"saf",null:"gayb"};return n=>{switch(n.code){case"invalid_type":{let i=o[n.expected]??n.expected,a=U(n.input),s=o[a]??a;return/^[A-Z]/.test(n.expected)?`F\xE2sit giren: umulan instanceof ${n.expected}, al\u0131nan ${s}`:`F\xE2sit giren: umulan ${i}, al\u0131nan ${s}`}case"invalid_value":return n.values.length===1?`F\xE2sit giren: umulan ${O(n.values[0])}`:`F\xE2sit tercih: m\xFBteberler ${k(n.values,"|")}`;case"too_big":{let i=n.inclusive?"<=":"<",a=t(n.origin);return a?`Fazla b\xFCy\xFCk: ${n.origin??"value"}, ${i}${n.maximum.toString()} ${a.unit??"elements"} sahip olmal\u0131yd\u0131.`:`Fazla b\xFCy\xFCk: ${n.origin??"value"}, ${i}${n.maximum.toString()} olmal\u0131yd\u0131.`}case"too_small":{let i=n.inclusive?">=":">",a=t(n.origin);return a?`Fazla k\xFC\xE7\xFCk: ${n.origin}, ${i}${n.minimum.toString()} ${a.unit} sahip olmal\u0131yd\u0131.`:`Fazla k\xFC\xE7\xFCk: ${n.origin}, ${i}${n.minimum.toString()} olmal\u0131yd\u0131.`}case"invalid_format":{let i=n;return i.format==="starts_with"?`F\xE2sit metin: "${i.prefix}" ile ba\u015Flamal\u0131.`:i.format==="ends_with"?`F\xE2sit metin: "${i.suffix}" ile bitmeli.`:i.format==="includes"?`F\xE2sit metin: "${i.includes}" ihtiv\xE2 etmeli.`:i.format==="regex"?`F\xE2sit metin: ${i.pattern} nak\u015F\u0131na uymal\u0131.`:`F\xE2sit ${r[i.format]??n.format}`}case"not_multiple_of":return`F\xE2sit say\u0131: ${n.divisor} kat\u0131 olmal\u0131yd\u0131.`;case"unrecognized_keys":return`Tan\u0131nmayan anahtar ${n.keys.length>1?"s":""}: ${k(n.keys,", ")}`;case"invalid_key":return`${n.origin} i\xE7in tan\u0131nmayan anahtar var.`;case"invalid_union":return"Giren tan\u0131namad\u0131.";case"invalid_element":return`${n.origin} i\xE7in tan\u0131nmayan k\u0131ymet var.`;default:return"K\u0131ymet tan\u0131namad\u0131."}}};function sb(){return{localeError:bA()}}var yA=()=>{let e={string:{unit:"\u062A\u0648\u06A9\u064A",verb:"\u0648\u0644\u0631\u064A"},file:{unit:"\u0628\u0627\u06CC\u067C\u0633",verb:"\u0648\u0644\u0631\u064A"},array:{unit:"\u062A\u0648\u06A9\u064A",verb:"\u0648\u0644\u0631\u064A"},set:{unit:"\u062A\u0648\u06A9\u064A",verb:"\u0648\u0644\u0631\u064A"},map:{unit:"\u062A\u0648\u06A9\u064A",verb:"\u0648\u0644\u0631\u064A"}};function t(n){return e[n]??null}let r={regex:"\u0648\u0631\u0648\u062F\u064A",email:"\u0628\u0631\u06CC\u069A\u0646\u0627\u0644\u06CC\u06A9",url:"\u06CC\u0648 \u0622\u0631 \u0627\u0644",emoji:"\u0627\u06CC\u0645\u0648\u062C\u064A",uuid:"UUID",uuidv4:"UUIDv4",uuidv6:"UUIDv6",nanoid:"nanoid",guid:"GUID",cuid:"cuid",cuid2:"cuid2",ulid:"ULID",xid:"XID",ksuid:"KSUID",datetime:"\u0646\u06CC\u067C\u0647 \u0627\u0648 \u0648\u062E\u062A",date:"\u0646\u06D0\u067C\u0647",time:"\u0648\u062E\u062A",duration:"\u0645\u0648\u062F\u0647",ipv4:"\u062F IPv4 \u067E\u062A\u0647",ipv6:"\u062F IPv6 \u067E\u062A\u0647",mac:"\u062F MAC \u067E\u062A\u0647",cidrv4:"\u062F IPv4 \u0633\u0627\u062D\u0647",cidrv6:"\u062F IPv6 \u0633\u0627\u062D\u0647",base64:"base64-encoded \u0645\u062A\u0646",base64url:"base64url-encoded \u0645\u062A\u0646",json_string:"JSON \u0645\u062A\u0646",e164:"\u062F E.164 \u0634\u0645\u06D0\u0631\u0647",credit_card:"\u062F \u06A9\u0631\u06CC\u0689\u06CC\u067C \u06A9\u0627\u0631\u062A \u0634\u0645\u06CC\u0631\u0647",currency_code:"\u062F \u0627\u0633\u0639\u0627\u0631\u0648 \u06A9\u0648\u0689",iban:"IBAN",jwt:"JWT",template_literal:"\u0648\u0631\u0648\u062F\u064A"},o={nan:"NaN",number:"\u0639\u062F\u062F",array:"\u0627\u0631\u06D0"};return n=>{switch(n.code){case"invalid_type":{let i=o[n.expected]??n.expected,a=U(n.input),s=o[a]??a;return/^[A-Z]/.test(n.expected)?`\u0646\u0627\u0633\u0645 \u0648\u0631\u0648\u062F\u064A: \u0628\u0627\u06CC\u062F instanceof ${n.expected} \u0648\u0627\u06CC, \u0645\u06AB\u0631 ${s} \u062A\u0631\u0644\u0627\u0633\u0647 \u0634\u0648`:`\u0646\u0627\u0633\u0645 \u0648\u0631\u0648\u062F\u064A: \u0628\u0627\u06CC\u062F ${i} \u0648\u0627\u06CC, \u0645\u06AB\u0631 ${s} \u062A\u0631\u0644\u0627\u0633\u0647 \u0634\u0648`}case"invalid_value":return n.values.length===1?`\u0646\u0627\u0633\u0645 \u0648\u0631\u0648\u062F\u064A: \u0628\u0627\u06CC\u062F ${O(n.values[0])} \u0648\u0627\u06CC`:`\u0646\u0627\u0633\u0645 \u0627\u0646\u062A\u062E\u0627\u0628: \u0628\u0627\u06CC\u062F \u06CC\u0648 \u0644\u0647 ${k(n.values,"|")} \u0685\u062E\u0647 \u0648\u0627\u06CC`;case"too_big":{let i=n.inclusive?"<=":"<",a=t(n.origin);return a?`\u0689\u06CC\u0631 \u0644\u0648\u06CC: ${n.origin??"\u0627\u0631\u0632\u069A\u062A"} \u0628\u0627\u06CC\u062F ${i}${n.maximum.toString()} ${a.unit??"\u0639\u0646\u0635\u0631\u0648\u0646\u0647"} \u0648\u0644\u0631\u064A`:`\u0689\u06CC\u0631 \u0644\u0648\u06CC: ${n.origin??"\u0627\u0631\u0632\u069A\u062A"} \u0628\u0627\u06CC\u062F ${i}${n.maximum.toString()} \u0648\u064A`}case"too_small":{let i=n.inclusive?">=":">",a=t(n.origin);return a?`\u0689\u06CC\u0631 \u06A9\u0648\u0686\u0646\u06CC: ${n.origin} \u0628\u0627\u06CC\u062F ${i}${n.minimum.toString()} ${a.unit} \u0648\u0644\u0631\u064A`:`\u0689\u06CC\u0631 \u06A9\u0648\u0686\u0646\u06CC: ${n.origin} \u0628\u0627\u06CC\u062F ${i}${n.minimum.toString()} \u0648\u064A`}case"invalid_format":{let i=n;return i.format==="starts_with"?`\u0646\u0627\u0633\u0645 \u0645\u062A\u0646: \u0628\u0627\u06CC\u062F \u062F "${i.prefix}" \u0633\u0631\u0647 \u067E\u06CC\u0644 \u0634\u064A`:i.format==="ends_with"?`\u0646\u0627\u0633\u0645 \u0645\u062A\u0646: \u0628\u0627\u06CC\u062F \u062F "${i.suffix}" \u0633\u0631\u0647 \u067E\u0627\u06CC \u062A\u0647 \u0648\u0631\u0633\u064A\u0696\u064A`:i.format==="includes"?`\u0646\u0627\u0633\u0645 \u0645\u062A\u0646: \u0628\u0627\u06CC\u062F "${i.includes}" \u0648\u0644\u0631\u064A`:i.format==="regex"?`\u0646\u0627\u0633\u0645 \u0645\u062A\u0646: \u0628\u0627\u06CC\u062F \u062F ${i.pattern} \u0633\u0631\u0647 \u0645\u0637\u0627\u0628\u0642\u062A \u0648\u0644\u0631\u064A`:`${r[i.format]??n.format} \u0646\u0627\u0633\u0645 \u062F\u06CC`}case"not_multiple_of":return`\u0646\u0627\u0633\u0645 \u0639\u062F\u062F: \u0628\u0627\u06CC\u062F \u062F ${n.divisor} \u0645\u0636\u0631\u0628 \u0648\u064A`;case"unrecognized_keys":return`\u0646\u0627\u0633\u0645 ${n.keys.length>1?"\u06A9\u0644\u06CC\u0689\u0648\u0646\u0647":"\u06A9\u0644\u06CC\u0689"}: ${k(n.keys,", ")}`;case"invalid_key":return`\u0646\u0627\u0633\u0645 \u06A9\u0644\u06CC\u0689 \u067E\u0647 ${n.origin} \u06A9\u06D0`;case"invalid_union":return"\u0646\u0627\u0633\u0645\u0647 \u0648\u0631\u0648\u062F\u064A";case"invalid_element":return`\u0646\u0627\u0633\u0645 \u0639\u0646\u0635\u0631 \u067E\u0647 ${n.origin} \u06A9\u06D0`;default:return"\u0646\u0627\u0633\u0645\u0647 \u0648\u0631\u0648\u062F\u064A"}}};function cb(){return{localeError:yA()}}var $A=()=>{let e={string:{unit:"znak\xF3w",verb:"mie\u0107"},file:{unit:"bajt\xF3w",verb:"mie\u0107"},array:{unit:"element\xF3w",verb:"mie\u0107"},set:{unit:"element\xF3w",verb:"mie\u0107"},map:{unit:"element\xF3w",verb:"mie\u0107"}};function t(n){return e[n]??null}let r={regex:"wyra\u017Cenie",email:"adres email",url:"URL",emoji:"emoji",uuid:"UUID",uuidv4:"UUIDv4",uuidv6:"UUIDv6",nanoid:"nanoid",guid:"GUID",cuid:"cuid",cuid2:"cuid2",ulid:"ULID",xid:"XID",ksuid:"KSUID",datetime:"data i godzina w formacie ISO",date:"data w formacie ISO",time:"godzina w formacie ISO",duration:"czas trwania ISO",ipv4:"adres IPv4",ipv6:"adres IPv6",mac:"adres MAC",cidrv4:"zakres IPv4",cidrv6:"zakres IPv6",base64:"ci\u0105g znak\xF3w zakodowany w formacie base64",base64url:"ci\u0105g znak\xF3w zakodowany w formacie base64url",json_string:"ci\u0105g znak\xF3w w formacie JSON",e164:"liczba E.164",credit_card:"numer karty kredytowej",currency_code:"kod waluty",iban:"IBAN",jwt:"JWT",template_literal:"wej\u015Bcie"},o={nan:"NaN",number:"liczba",array:"tablica"};return n=>{switch(n.code){case"invalid_type":{let i=o[n.expected]??n.expected,a=U(n.input),s=o[a]??a;return/^[A-Z]/.test(n.expected)?`Nieprawid\u0142owe dane wej\u015Bciowe: oczekiwano instanceof ${n.expected}, otrzymano ${s}`:`Nieprawid\u0142owe dane wej\u015Bciowe: oczekiwano ${i}, otrzymano ${s}`}case"invalid_value":return n.values.length===1?`Nieprawid\u0142owe dane wej\u015Bciowe: oczekiwano ${O(n.values[0])}`:`Nieprawid\u0142owa opcja: oczekiwano jednej z warto\u015Bci ${k(n.values,"|")}`;case"too_big":{let i=n.inclusive?"<=":"<",a=t(n.origin);return a?`Za du\u017Ca warto\u015B\u0107: oczekiwano, \u017Ce ${n.origin??"warto\u015B\u0107"} b\u0119dzie mie\u0107 ${i}${n.maximum.toString()} ${a.unit??"element\xF3w"}`:`Zbyt du\u017C(y/a/e): oczekiwano, \u017Ce ${n.origin??"warto\u015B\u0107"} b\u0119dzie wynosi\u0107 ${i}${n.maximum.toString()}`}case"too_small":{let i=n.inclusive?">=":">",a=t(n.origin);return a?`Za ma\u0142a warto\u015B\u0107: oczekiwano, \u017Ce ${n.origin??"warto\u015B\u0107"} b\u0119dzie mie\u0107 ${i}${n.minimum.toString()} ${a.unit??"element\xF3w"}`:`Zbyt ma\u0142(y/a/e): oczekiwano, \u017Ce ${n.origin??"warto\u015B\u0107"} b\u0119dzie wynosi\u0107 ${i}${n.minimum.toString()}`}case"invalid_format":{let i=n;return i.format==="starts_with"?`Nieprawid\u0142owy ci\u0105g znak\xF3w: musi zaczyna\u0107 si\u0119 od "${i.prefix}"`:i.format==="ends_with"?`Nieprawid\u0142owy ci\u0105g znak\xF3w: musi ko\u0144czy\u0107 si\u0119 na "${i.suffix}"`:i.format==="includes"?`Nieprawid\u0142owy ci\u0105g znak\xF3w: musi zawiera\u0107 "${i.includes}"`:i.format==="regex"?`Nieprawid\u0142owy ci\u0105g znak\xF3w: musi odpowiada\u0107 wzorcowi ${i.pattern}`:`Nieprawid\u0142ow(y/a/e) ${r[i.format]??n.format}`}case"not_multiple_of":return`Nieprawid\u0142owa liczba: musi by\u0107 wielokrotno\u015Bci\u0105 ${n.divisor}`;case"unrecognized_keys":return`Nierozpoznane klucze${n.keys.length>1?"s":""}: ${k(n.keys,", ")}`;case"invalid_key":return`Nieprawid\u0142owy klucz w ${n.origin}`;case"invalid_union":return"Nieprawid\u0142owe dane wej\u015Bciowe";case"invalid_element":return`Nieprawid\u0142owa warto\u015B\u0107 w ${n.origin}`;default:return"Nieprawid\u0142owe dane wej\u015Bciowe"}}};function ub(){return{localeError:$A()}}var wA=()=>{let e={string:{unit:"caracteres"},file:{unit:"bytes"},array:{unit:"elementos"},set:{unit:"elementos"},map:{unit:"entradas"}};function t(a){return e[a]??null}let r={regex:"a entrada",email:"o endere\xE7o de e-mail",url:"o URL",emoji:"o emoji",uuid:"o UUID",uuidv4:"o UUIDv4",uuidv6:"o UUIDv6",nanoid:"o nanoid",guid:"o GUID",cuid:"o cuid",cuid2:"o cuid2",ulid:"o ULID",xid:"o XID",ksuid:"o KSUID",datetime:"a data e hora ISO",date:"a data ISO",time:"a hora ISO",duration:"a dura\xE7\xE3o ISO",ipv4:"o endere\xE7o IPv4",ipv6:"o endere\xE7o IPv6",mac:"o endere\xE7o MAC",cidrv4:"o intervalo de endere\xE7os IPv4",cidrv6:"o intervalo de endere\xE7os IPv6",base64:"o texto codificado em base64",base64url:"o texto codificado em base64url",json_string:"o texto JSON",e164:"o n\xFAmero E.164",credit_card:"o n\xFAmero de cart\xE3o de cr\xE9dito",currency_code:"o c\xF3digo de moeda",iban:"o IBAN",jwt:"o JWT",template_literal:"a entrada"},o={masculine:{definite:"o",indefinite:"um"},feminine:{definite:"a",indefinite:"uma"}},n={string:{name:"texto",articles:o.masculine},number:{name:"n\xFAmero",articles:o.masculine},int:{name:"n\xFAmero inteiro",articles:o.masculine},boolean:{name:"valor booleano",articles:o.masculine},bigint:{name:"n\xFAmero bigint",articles:o.masculine},symbol:{name:"s\xEDmbolo",articles:o.masculine},undefined:{name:'valor "undefined"',articles:o.masculine},null:{name:'valor "nulo"',articles:o.masculine},never:{name:'valor "never"',articles:o.masculine},void:{name:'valor "void"',articles:o.masculine},date:{name:"data",articles:o.feminine},array:{name:"vetor",articles:o.masculine},object:{name:"objeto",articles:o.masculine},tuple:{name:"tuplo",articles:o.masculine},record:{name:"registo",articles:o.masculine},map:{name:"mapa",articles:o.masculine},set:{name:"conjunto",articles:o.masculine},file:{name:"ficheiro",articles:o.masculine},nonoptional:{name:"valor n\xE3o opcional",articles:o.masculine},nan:{name:'valor "NaN"',articles:o.masculine},function:{name:"fun\xE7\xE3o",articles:o.feminine}};function i(a,s){let u=n[a]??{name:`valor "${a}"`,articles:o.masculine};return`${u.articles[s]} ${u.name}`}return a=>{switch(a.code){case"invalid_type":{let s=i(a.expected,"indefinite"),u=U(a.input),c=i(u,"indefinite");return`Entrada inv\xE1lida: esperava ${s}, recebeu ${c}`}case"invalid_value":return a.values.length===1?`Entrada inv\xE1lida: esperava ${O(a.values[0])}`:`Op\xE7\xE3o inv\xE1lida: esperava uma das seguintes op\xE7\xF5es: ${k(a.values,"|")}`;case"too_big":{let s=a.inclusive?"<=":"<",u=t(a.origin);return u?`Demasiado grande: esperava que ${i(a.origin,"definite")} tivesse ${s} ${a.maximum.toString()} ${u.unit??"elementos"}`:`Demasiado grande: esperava que ${i(a.origin,"definite")} fosse ${s} ${a.maximum.toString()}`}case"too_small":{let s=a.inclusive?">=":">",u=t(a.origin);return u?`Demasiado pequeno: esperava que ${i(a.origin,"definite")} tivesse ${s} ${a.minimum.toString()} ${u.unit??"elementos"}`:`Demasiado pequeno: esperava que ${i(a.origin,"definite")} fosse ${s} ${a.minimum.toString()}`}case"invalid_format":{let s=a;return s.format==="starts_with"?`Texto inv\xE1lido: deve come\xE7ar por "${s.prefix}"`:s.format==="ends_with"?`Texto inv\xE1lido: deve terminar em "${s.suffix}"`:s.format==="includes"?`Texto inv\xE1lido: deve incluir "${s.includes}"`:s.format==="regex"?`Texto inv\xE1lido: deve corresponder ao padr\xE3o ${s.pattern}`:`Formato d${r[s.format]??a.format} inv\xE1lido`}case"not_multiple_of":return`N\xFAmero inv\xE1lido: deve ser m\xFAltiplo de ${a.divisor}`;case"unrecognized_keys":{let s=a.keys.length>1?"s":"";return`Chave${s} inv\xE1lida${s}: ${k(a.keys,", ")}`}case"invalid_key":return`Entrada inv\xE1lida n${i(a.origin,"definite")}`;case"invalid_union":return a.options&&Array.isArray(a.options)&&a.options.length>0?`Valor de discrimina\xE7\xE3o inv\xE1lido. Esperava ${a.options.map(u=>`'${u}'`).join(" | ")}`:"Entrada inv\xE1lida";case"invalid_element":return`Entrada inv\xE1lida n${i(a.origin,"definite")}`;default:return"Entrada inv\xE1lida"}}};function lb(){return{localeError:wA()}}var xA=()=>{let e={string:{unit:"caracteres"},file:{unit:"bytes"},array:{unit:"elementos"},set:{unit:"elementos"},map:{unit:"entradas"}};function t(a){return e[a]??null}let r={regex:"a entrada",email:"o endere\xE7o de e-mail",url:"o URL",emoji:"o emoji",uuid:"o UUID",uuidv4:"o UUIDv4",uuidv6:"o UUIDv6",nanoid:"o nanoid",guid:"o GUID",cuid:"o cuid",cuid2:"o cuid2",ulid:"o ULID",xid:"o XID",ksuid:"o KSUID",datetime:"a data e hora ISO",date:"a data ISO",time:"a hora ISO",duration:"a dura\xE7\xE3o ISO",ipv4:"o endere\xE7o IPv4",ipv6:"o endere\xE7o IPv6",mac:"o endere\xE7o MAC",cidrv4:"a faixa de endere\xE7os IPv4",cidrv6:"a faixa de endere\xE7os IPv6",base64:"o texto codificado em base64",base64url:"o texto codificado em base64url",json_string:"o texto JSON",e164:"o n\xFAmero E.164",credit_card:"o n\xFAmero de cart\xE3o de cr\xE9dito",currency_code:"o c\xF3digo de moeda",iban:"o IBAN",jwt:"o JWT",template_literal:"a entrada"},o={masculine:{definite:"o",indefinite:"um"},feminine:{definite:"a",indefinite:"uma"}},n={string:{name:"texto",articles:o.masculine},number:{name:"n\xFAmero",articles:o.masculine},int:{name:"n\xFAmero inteiro",articles:o.masculine},boolean:{name:"valor booleano",articles:o.masculine},bigint:{name:"n\xFAmero bigint",articles:o.masculine},symbol:{name:"s\xEDmbolo",articles:o.masculine},undefined:{name:'valor "undefined"',articles:o.masculine},null:{name:'valor "nulo"',articles:o.masculine},never:{name:'valor "never"',articles:o.masculine},void:{name:'valor "void"',articles:o.masculine},date:{name:"data",articles:o.feminine},array:{name:"vetor",articles:o.masculine},object:{name:"objeto",articles:o.masculine},tuple:{name:"tupla",articles:o.feminine},record:{name:"registro",articles:o.masculine},map:{name:"mapa",articles:o.masculine},set:{name:"conjunto",articles:o.masculine},file:{name:"arquivo",articles:o.masculine},nonoptional:{name:"valor n\xE3o opcional",articles:o.masculine},nan:{name:'valor "NaN"',articles:o.masculine},function:{name:"fun\xE7\xE3o",articles:o.feminine}};function i(a,s){let u=n[a]??{name:`valor "${a}"`,articles:o.masculine};return`${u.articles[s]} ${u.name}`}return a=>{switch(a.code){case"invalid_type":{let s=i(a.expected,"indefinite"),u=U(a.input),c=i(u,"indefinite");return`Entrada inv\xE1lida: esperava ${s}, recebeu ${c}`}case"invalid_value":return a.values.length===1?`Entrada inv\xE1lida: esperava ${O(a.values[0])}`:`Op\xE7\xE3o inv\xE1lida: esperava uma das seguintes op\xE7\xF5es: ${k(a.values,"|")}`;case"too_big":{let s=a.inclusive?"<=":"<",u=t(a.origin);return u?`Grande demais: esperava que ${i(a.origin,"definite")} tivesse ${s} ${a.maximum.toString()} ${u.unit??"elementos"}`:`Grande demais: esperava que ${i(a.origin,"definite")} fosse ${s} ${a.maximum.toString()}`}case"too_small":{let s=a.inclusive?">=":">",u=t(a.origin);return u?`Pequeno demais: esperava que ${i(a.origin,"definite")} tivesse ${s} ${a.minimum.toString()} ${u.unit??"elementos"}`:`Pequeno demais: esperava que ${i(a.origin,"definite")} fosse ${s} ${a.minimum.toString()}`}case"invalid_format":{let s=a;return s.format==="starts_with"?`Texto inv\xE1lido: deve come\xE7ar com "${s.prefix}"`:s.format==="ends_with"?`Texto inv\xE1lido: deve terminar com "${s.suffix}"`:s.format==="includes"?`Texto inv\xE1lido: deve incluir "${s.includes}"`:s.format==="regex"?`Texto inv\xE1lido: deve corresponder ao padr\xE3o ${s.pattern}`:`Formato d${r[s.format]??a.format} inv\xE1lido`}case"not_multiple_of":return`N\xFAmero inv\xE1lido: deve ser m\xFAltiplo de ${a.divisor}`;case"unrecognized_keys":{let s=a.keys.length>1?"s":"";return`Chave${s} inv\xE1lida${s}: ${k(a.keys,", ")}`}case"invalid_key":return`Entrada inv\xE1lida n${i(a.origin,"definite")}`;case"invalid_union":return a.options&&Array.isArray(a.options)&&a.options.length>0?`Valor de discrimina\xE7\xE3o inv\xE1lido. Esperava ${a.options.map(u=>`'${u}'`).join(" | ")}`:"Entrada inv\xE1lida";case"invalid_element":return`Entrada inv\xE1lida n${i(a.origin,"definite")}`;default:return"Entrada inv\xE1lida"}}};function db(){return{localeError:xA()}}var kA=()=>{let e={string:{unit:"caractere",verb:"s\u0103 aib\u0103"},file:{unit:"octe\u021Bi",verb:"s\u0103 aib\u0103"},array:{unit:"elemente",verb:"s\u0103 aib\u0103"},set:{unit:"elemente",verb:"s\u0103 aib\u0103"},map:{unit:"intr\u0103ri",verb:"s\u0103 aib\u0103"}};function t(n){return e[n]??null}let r={regex:"intrare",email:"adres\u0103 de email",url:"URL",emoji:"emoji",uuid:"UUID",uuidv4:"UUIDv4",uuidv6:"UUIDv6",nanoid:"nanoid",guid:"GUID",cuid:"cuid",cuid2:"cuid2",ulid:"ULID",xid:"XID",ksuid:"KSUID",datetime:"dat\u0103 \u0219i or\u0103 ISO",date:"dat\u0103 ISO",time:"or\u0103 ISO",duration:"durat\u0103 ISO",ipv4:"adres\u0103 IPv4",ipv6:"adres\u0103 IPv6",mac:"adres\u0103 MAC",cidrv4:"interval IPv4",cidrv6:"interval IPv6",base64:"\u0219ir codat base64",base64url:"\u0219ir codat base64url",json_string:"\u0219ir JSON",e164:"num\u0103r E.164",credit_card:"num\u0103r de card de credit",currency_code:"cod valutar",iban:"IBAN",jwt:"JWT",template_literal:"intrare"},o={nan:"NaN",string:"\u0219ir",number:"num\u0103r",boolean:"boolean",function:"func\u021Bie",array:"matrice",object:"obiect",undefined:"nedefinit",symbol:"simbol",bigint:"num\u0103r mare",void:"void",never:"never",map:"hart\u0103",set:"set"};return n=>{switch(n.code){case"invalid_type":{let i=o[n.expected]??n.expected,a=U(n.input),s=o[a]??a;return`Intrare invalid\u0103: a\u0219teptat ${i}, primit ${s}`}case"invalid_value":return n.values.length===1?`Intrare invalid\u0103: a\u0219teptat ${O(n.values[0])}`:`Op\u021Biune invalid\u0103: a\u0219teptat una dintre ${k(n.values,"|")}`;case"too_big":{let i=n.inclusive?"<=":"<",a=t(n.origin);return a?`Prea mare: a\u0219teptat ca ${n.origin??"valoarea"} ${a.verb} ${i}${n.maximum.toString()} ${a.unit??"elemente"}`:`Prea mare: a\u0219teptat ca ${n.origin??"valoarea"} s\u0103 fie ${i}${n.maximum.toString()}`}case"too_small":{let i=n.inclusive?">=":">",a=t(n.origin);return a?`Prea mic: a\u0219teptat ca ${n.origin} ${a.verb} ${i}${n.minimum.toString()} ${a.unit}`:`Prea mic: a\u0219teptat ca ${n.origin} s\u0103 fie ${i}${n.minimum.toString()}`}case"invalid_format":{let i=n;return i.format==="starts_with"?`\u0218ir invalid: trebuie s\u0103 \xEEnceap\u0103 cu "${i.prefix}"`:i.format==="ends_with"?`\u0218ir invalid: trebuie s\u0103 se termine cu "${i.suffix}"`:i.format==="includes"?`\u0218ir invalid: trebuie s\u0103 includ\u0103 "${i.includes}"`:i.format==="regex"?`\u0218ir invalid: trebuie s\u0103 se potriveasc\u0103 cu modelul ${i.pattern}`:`Format invalid: ${r[i.format]??n.format}`}case"not_multiple_of":return`Num\u0103r invalid: trebuie s\u0103 fie multiplu de ${n.divisor}`;case"unrecognized_keys":return`Chei nerecunoscute: ${k(n.keys,", ")}`;case"invalid_key":return`Cheie invalid\u0103 \xEEn ${n.origin}`;case"invalid_union":return"Intrare invalid\u0103";case"invalid_element":return`Valoare invalid\u0103 \xEEn ${n.origin}`;default:return"Intrare invalid\u0103"}}};function fb(){return{localeError:kA()}}function pb(e,t,r,o){let n=Math.abs(e),i=n%10,a=n%100;return a>=11&&a<=19?o:i===1?t:i>=2&&i<=4?r:o}var _A=()=>{let e={string:{unit:{one:"\u0441\u0438\u043C\u0432\u043E\u043B",few:"\u0441\u0438\u043C\u0432\u043E\u043B\u0430",many:"\u0441\u0438\u043C\u0432\u043E\u043B\u043E\u0432"},verb:"\u0438\u043C\u0435\u0442\u044C"},file:{unit:{one:"\u0431\u0430\u0439\u0442",few:"\u0431\u0430\u0439\u0442\u0430",many:"\u0431\u0430\u0439\u0442"},verb:"\u0438\u043C\u0435\u0442\u044C"},array:{unit:{one:"\u044D\u043B\u0435\u043C\u0435\u043D\u0442",few:"\u044D\u043B\u0435\u043C\u0435\u043D\u0442\u0430",many:"\u044D\u043B\u0435\u043C\u0435\u043D\u0442\u043E\u0432"},verb:"\u0438\u043C\u0435\u0442\u044C"},set:{unit:{one:"\u044D\u043B\u0435\u043C\u0435\u043D\u0442",few:"\u044D\u043B\u0435\u043C\u0435\u043D\u0442\u0430",many:"\u044D\u043B\u0435\u043C\u0435\u043D\u0442\u043E\u0432"},verb:"\u0438\u043C\u0435\u0442\u044C"},map:{unit:{one:"\u044D\u043B\u0435\u043C\u0435\u043D\u0442",few:"\u044D\u043B\u0435\u043C\u0435\u043D\u0442\u0430",many:"\u044D\u043B\u0435\u043C\u0435\u043D\u0442\u043E\u0432"},verb:"\u0438\u043C\u0435\u0442\u044C"}};function t(n){return e[n]??null}let r={regex:"\u0432\u0432\u043E\u0434",email:"email \u0430\u0434\u0440\u0435\u0441",url:"URL",emoji:"\u044D\u043C\u043E\u0434\u0437\u0438",uuid:"UUID",uuidv4:"UUIDv4",uuidv6:"UUIDv6",nanoid:"nanoid",guid:"GUID",cuid:"cuid",cuid2:"cuid2",ulid:"ULID",xid:"XID",ksuid:"KSUID",datetime:"ISO \u0434\u0430\u0442\u0430 \u0438 \u0432\u0440\u0435\u043C\u044F",date:"ISO \u0434\u0430\u0442\u0430",time:"ISO \u0432\u0440\u0435\u043C\u044F",duration:"ISO \u0434\u043B\u0438\u0442\u0435\u043B\u044C\u043D\u043E\u0441\u0442\u044C",ipv4:"IPv4 \u0430\u0434\u0440\u0435\u0441",ipv6:"IPv6 \u0430\u0434\u0440\u0435\u0441",mac:"MAC \u0430\u0434\u0440\u0435\u0441",cidrv4:"IPv4 \u0434\u0438\u0430\u043F\u0430\u0437\u043E\u043D",cidrv6:"IPv6 \u0434\u0438\u0430\u043F\u0430\u0437\u043E\u043D",base64:"\u0441\u0442\u0440\u043E\u043A\u0430 \u0432 \u0444\u043E\u0440\u043C\u0430\u0442\u0435 base64",base64url:"\u0441\u0442\u0440\u043E\u043A\u0430 \u0432 \u0444\u043E\u0440\u043C\u0430\u0442\u0435 base64url",json_string:"JSON \u0441\u0442\u0440\u043E\u043A\u0430",e164:"\u043D\u043E\u043C\u0435\u0440 E.164",credit_card:"\u043D\u043E\u043C\u0435\u0440 \u043A\u0440\u0435\u0434\u0438\u0442\u043D\u043E\u0439 \u043A\u0430\u0440\u0442\u044B",currency_code:"\u043A\u043E\u0434 \u0432\u0430\u043B\u044E\u0442\u044B",iban:"IBAN",jwt:"JWT",template_literal:"\u0432\u0432\u043E\u0434"},o={nan:"NaN",number:"\u0447\u0438\u0441\u043B\u043E",array:"\u043C\u0430\u0441\u0441\u0438\u0432"};return n=>{switch(n.code){case"invalid_type":{let i=o[n.expected]??n.expected,a=U(n.input),s=o[a]??a;return/^[A-Z]/.test(n.expected)?`\u041D\u0435\u0432\u0435\u0440\u043D\u044B\u0439 \u0432\u0432\u043E\u0434: \u043E\u0436\u0438\u0434\u0430\u043B\u043E\u0441\u044C instanceof ${n.expected}, \u043F\u043E\u043B\u0443\u0447\u0435\u043D\u043E ${s}`:`\u041D\u0435\u0432\u0435\u0440\u043D\u044B\u0439 \u0432\u0432\u043E\u0434: \u043E\u0436\u0438\u0434\u0430\u043B\u043E\u0441\u044C ${i}, \u043F\u043E\u043B\u0443\u0447\u0435\u043D\u043E ${s}`}case"invalid_value":return n.values.length===1?`\u041D\u0435\u0432\u0435\u0440\u043D\u044B\u0439 \u0432\u0432\u043E\u0434: \u043E\u0436\u0438\u0434\u0430\u043B\u043E\u0441\u044C ${O(n.values[0])}`:`\u041D\u0435\u0432\u0435\u0440\u043D\u044B\u0439 \u0432\u0430\u0440\u0438\u0430\u043D\u0442: \u043E\u0436\u0438\u0434\u0430\u043B\u043E\u0441\u044C \u043E\u0434\u043D\u043E \u0438\u0437 ${k(n.values,"|")}`;case"too_big":{let i=n.inclusive?"<=":"<",a=t(n.origin);if(a){let s=Number(n.maximum),u=pb(s,a.unit.one,a.unit.few,a.unit.many);return`\u0421\u043B\u0438\u0448\u043A\u043E\u043C \u0431\u043E\u043B\u044C\u0448\u043E\u0435 \u0437\u043D\u0430\u0447\u0435\u043D\u0438\u0435: \u043E\u0436\u0438\u0434\u0430\u043B\u043E\u0441\u044C, \u0447\u0442\u043E ${n.origin??"\u0437\u043D\u0430\u0447\u0435\u043D\u0438\u0435"} \u0431\u0443\u0434\u0435\u0442 \u0438\u043C\u0435\u0442\u044C ${i}${n.maximum.toString()} ${u}`}return`\u0421\u043B\u0438\u0448\u043A\u043E\u043C \u0431\u043E\u043B\u044C\u0448\u043E\u0435 \u0437\u043D\u0430\u0447\u0435\u043D\u0438\u0435: \u043E\u0436\u0438\u0434\u0430\u043B\u043E\u0441\u044C, \u0447\u0442\u043E ${n.origin??"\u0437\u043D\u0430\u0447\u0435\u043D\u0438\u0435"} \u0431\u0443\u0434\u0435\u0442 ${i}${n.maximum.toString()}`}case"too_small":{let i=n.inclusive?">=":">",a=t(n.origin);if(a){let s=Number(n.minimum),u=pb(s,a.unit.one,a.unit.few,a.unit.many);return`\u0421\u043B\u0438\u0448\u043A\u043E\u043C \u043C\u0430\u043B\u0435\u043D\u044C\u043A\u043E\u0435 \u0437\u043D\u0430\u0447\u0435\u043D\u0438\u0435: \u043E\u0436\u0438\u0434\u0430\u043B\u043E\u0441\u044C, \u0447\u0442\u043E ${n.origin} \u0431\u0443\u0434\u0435\u0442 \u0438\u043C\u0435\u0442\u044C ${i}${n.minimum.toString()} ${u}`}return`\u0421\u043B\u0438\u0448\u043A\u043E\u043C \u043C\u0430\u043B\u0435\u043D\u044C\u043A\u043E\u0435 \u0437\u043D\u0430\u0447\u0435\u043D\u0438\u0435: \u043E\u0436\u0438\u0434\u0430\u043B\u043E\u0441\u044C, \u0447\u0442\u043E ${n.origin} \u0431\u0443\u0434\u0435\u0442 ${i}${n.minimum.toString()}`}case"invalid_format":{let i=n;return i.format==="starts_with"?`\u041D\u0435\u0432\u0435\u0440\u043D\u0430\u044F \u0441\u0442\u0440\u043E\u043A\u0430: \u0434\u043E\u043B\u0436\u043D\u0430 \u043D\u0430\u0447\u0438\u043D\u0430\u0442\u044C\u0441\u044F \u0441 "${i.prefix}"`:i.format==="ends_with"?`\u041D\u0435\u0432\u0435\u0440\u043D\u0430\u044F \u0441\u0442\u0440\u043E\u043A\u0430: \u0434\u043E\u043B\u0436\u043D\u0430 \u0437\u0430\u043A\u0430\u043D\u0447\u0438\u0432\u0430\u0442\u044C\u0441\u044F \u043D\u0430 "${i.suffix}"`:i.format==="includes"?`\u041D\u0435\u0432\u0435\u0440\u043D\u0430\u044F \u0441\u0442\u0440\u043E\u043A\u0430: \u0434\u043E\u043B\u0436\u043D\u0430 \u0441\u043E\u0434\u0435\u0440\u0436\u0430\u0442\u044C "${i.includes}"`:i.format==="regex"?`\u041D\u0435\u0432\u0435\u0440\u043D\u0430\u044F \u0441\u0442\u0440\u043E\u043A\u0430: \u0434\u043E\u043B\u0436\u043D\u0430 \u0441\u043E\u043E\u0442\u0432\u0435\u0442\u0441\u0442\u0432\u043E\u0432\u0430\u0442\u044C \u0448\u0430\u0431\u043B\u043E\u043D\u0443 ${i.pattern}`:`\u041D\u0435\u0432\u0435\u0440\u043D\u044B\u0439 ${r[i.format]??n.format}`}case"not_multiple_of":return`\u041D\u0435\u0432\u0435\u0440\u043D\u043E\u0435 \u0447\u0438\u0441\u043B\u043E: \u0434\u043E\u043B\u0436\u043D\u043E \u0431\u044B\u0442\u044C \u043A\u0440\u0430\u0442\u043D\u044B\u043C ${n.divisor}`;case"unrecognized_keys":return`\u041D\u0435\u0440\u0430\u0441\u043F\u043E\u0437\u043D\u0430\u043D\u043D${n.keys.length>1?"\u044B\u0435":"\u044B\u0439"} \u043A\u043B\u044E\u0447${n.keys.length>1?"\u0438":""}: ${k(n.keys,", ")}`;case"invalid_key":return`\u041D\u0435\u0432\u0435\u0440\u043D\u044B\u0439 \u043A\u043B\u044E\u0447 \u0432 ${n.origin}`;case"invalid_union":return"\u041D\u0435\u0432\u0435\u0440\u043D\u044B\u0435 \u0432\u0445\u043E\u0434\u043D\u044B\u0435 \u0434\u0430\u043D\u043D\u044B\u0435";case"invalid_element":return`\u041D\u0435\u0432\u0435\u0440\u043D\u043E\u0435 \u0437\u043D\u0430\u0447\u0435\u043D\u0438\u0435 \u0432 ${n.origin}`;default:return"\u041D\u0435\u0432\u0435\u0440\u043D\u044B\u0435 \u0432\u0445\u043E\u0434\u043D\u044B\u0435 \u0434\u0430\u043D\u043D\u044B\u0435"}}};function mb(){return{localeError:_A()}}var AA=()=>{let e={string:{unit:"znakov",verb:"ma\u0165"},file:{unit:"bajtov",verb:"ma\u0165"},array:{unit:"prvkov",verb:"ma\u0165"},set:{unit:"prvkov",verb:"ma\u0165"},map:{unit:"polo\u017Eiek",verb:"ma\u0165"}};function t(n){return e[n]??null}let r={regex:"regul\xE1rny v\xFDraz",email:"e-mailov\xE1 adresa",url:"URL",emoji:"emoji",uuid:"UUID",uuidv4:"UUIDv4",uuidv6:"UUIDv6",nanoid:"nanoid",guid:"GUID",cuid:"cuid",cuid2:"cuid2",ulid:"ULID",xid:"XID",ksuid:"KSUID",datetime:"d\xE1tum a \u010Das vo form\xE1te ISO",date:"d\xE1tum vo form\xE1te ISO",time:"\u010Das vo form\xE1te ISO",duration:"doba trvania ISO",ipv4:"IPv4 adresa",ipv6:"IPv6 adresa",mac:"MAC adresa",cidrv4:"rozsah IPv4",cidrv6:"rozsah IPv6",base64:"re\u0165azec zak\xF3dovan\xFD vo form\xE1te base64",base64url:"re\u0165azec zak\xF3dovan\xFD vo form\xE1te base64url",json_string:"re\u0165azec vo form\xE1te JSON",e164:"\u010D\xEDslo E.164",credit_card:"\u010D\xEDslo kreditnej karty",currency_code:"k\xF3d meny",iban:"IBAN",jwt:"JWT",template_literal:"vstup"},o={nan:"NaN",number:"\u010D\xEDslo",string:"re\u0165azec",function:"funkcia",array:"pole"};return n=>{switch(n.code){case"invalid_type":{let i=o[n.expected]??n.expected,a=U(n.input),s=o[a]??a;return/^[A-Z]/.test(n.expected)?`Neplatn\xFD vstup: o\u010Dak\xE1van\xE9 instanceof ${n.expected}, obdr\u017Ean\xE9 ${s}`:`Neplatn\xFD vstup: o\u010Dak\xE1van\xE9 ${i}, obdr\u017Ean\xE9 ${s}`}case"invalid_value":return n.values.length===1?`Neplatn\xFD vstup: o\u010Dak\xE1van\xE9 ${O(n.values[0])}`:`Neplatn\xFD vstup: o\u010Dak\xE1van\xE1 jedna z hodn\xF4t ${k(n.values,"|")}`;case"too_big":{let i=n.inclusive?"<=":"<",a=t(n.origin);return a?`Hodnota je pr\xEDli\u0161 ve\u013Ek\xE1: ${n.origin??"hodnota"} mus\xED ma\u0165 ${i}${n.maximum.toString()} ${a.unit??"prvkov"}`:`Hodnota je pr\xEDli\u0161 ve\u013Ek\xE1: ${n.origin??"hodnota"} mus\xED by\u0165 ${i}${n.maximum.toString()}`}case"too_small":{let i=n.inclusive?">=":">",a=t(n.origin);return a?`Hodnota je pr\xEDli\u0161 mal\xE1: ${n.origin??"hodnota"} mus\xED ma\u0165 ${i}${n.minimum.toString()} ${a.unit??"prvkov"}`:`Hodnota je pr\xEDli\u0161 mal\xE1: ${n.origin??"hodnota"} mus\xED by\u0165 ${i}${n.minimum.toString()}`}case"invalid_format":{let i=n;return i.format==="starts_with"?`Neplatn\xFD re\u0165azec: mus\xED za\u010D\xEDna\u0165 na "${i.prefix}"`:i.format==="ends_with"?`Neplatn\xFD re\u0165azec: mus\xED kon\u010Di\u0165 na "${i.suffix}"`:i.format==="includes"?`Neplatn\xFD re\u0165azec: mus\xED obsahova\u0165 "${i.includes}"`:i.format==="regex"?`Neplatn\xFD re\u0165azec: mus\xED zodpoveda\u0165 vzoru ${i.pattern}`:`Neplatn\xFD form\xE1t ${r[i.format]??n.format}`}case"not_multiple_of":return`Neplatn\xE9 \u010D\xEDslo: mus\xED by\u0165 n\xE1sobkom ${n.divisor}`;case"unrecognized_keys":return`Nezn\xE1me kl\xFA\u010De: ${k(n.keys,", ")}`;case"invalid_key":return`Neplatn\xFD kl\xFA\u010D v ${n.origin}`;case"invalid_union":return"Neplatn\xFD vstup";case"invalid_element":return`Neplatn\xE1 hodnota v ${n.origin}`;default:return"Neplatn\xFD vstup"}}};function gb(){return{localeError:AA()}}var IA=()=>{let e={string:{unit:"znakov",verb:"imeti"},file:{unit:"bajtov",verb:"imeti"},array:{unit:"elementov",verb:"imeti"},set:{unit:"elementov",verb:"imeti"},map:{unit:"elementov",verb:"imeti"}};function t(n){return e[n]??null}let r={regex:"vnos",email:"e-po\u0161tni naslov",url:"URL",emoji:"emoji",uuid:"UUID",uuidv4:"UUIDv4",uuidv6:"UUIDv6",nanoid:"nanoid",guid:"GUID",cuid:"cuid",cuid2:"cuid2",ulid:"ULID",xid:"XID",ksuid:"KSUID",datetime:"ISO datum in \u010Das",date:"ISO datum",time:"ISO \u010Das",duration:"ISO trajanje",ipv4:"IPv4 naslov",ipv6:"IPv6 naslov",mac:"MAC naslov",cidrv4:"obseg IPv4",cidrv6:"obseg IPv6",base64:"base64 kodiran niz",base64url:"base64url kodiran niz",json_string:"JSON niz",e164:"E.164 \u0161tevilka",credit_card:"\u0161tevilka kreditne kartice",currency_code:"koda valute",iban:"IBAN",jwt:"JWT",template_literal:"vnos"},o={nan:"NaN",number:"\u0161tevilo",array:"tabela"};return n=>{switch(n.code){case"invalid_type":{let i=o[n.expected]??n.expected,a=U(n.input),s=o[a]??a;return/^[A-Z]/.test(n.expected)?`Neveljaven vnos: pri\u010Dakovano instanceof ${n.expected}, prejeto ${s}`:`Neveljaven vnos: pri\u010Dakovano ${i}, prejeto ${s}`}case"invalid_value":return n.values.length===1?`Neveljaven vnos: pri\u010Dakovano ${O(n.values[0])}`:`Neveljavna mo\u017Enost: pri\u010Dakovano eno izmed ${k(n.values,"|")}`;case"too_big":{let i=n.inclusive?"<=":"<",a=t(n.origin);return a?`Preveliko: pri\u010Dakovano, da bo ${n.origin??"vrednost"} imelo ${i}${n.maximum.toString()} ${a.unit??"elementov"}`:`Preveliko: pri\u010Dakovano, da bo ${n.origin??"vrednost"} ${i}${n.maximum.toString()}`}case"too_small":{let i=n.inclusive?">=":">",a=t(n.origin);return a?`Premajhno: pri\u010Dakovano, da bo ${n.origin} imelo ${i}${n.minimum.toString()} ${a.unit}`:`Premajhno: pri\u010Dakovano, da bo ${n.origin} ${i}${n.minimum.toString()}`}case"invalid_format":{let i=n;return i.format==="starts_with"?`Neveljaven niz: mora se za\u010Deti z "${i.prefix}"`:i.format==="ends_with"?`Neveljaven niz: mora se kon\u010Dati z "${i.suffix}"`:i.format==="includes"?`Neveljaven niz: mora vsebovati "${i.includes}"`:i.format==="regex"?`Neveljaven niz: mora ustrezati vzorcu ${i.pattern}`:`Neveljaven ${r[i.format]??n.format}`}case"not_multiple_of":return`Neveljavno \u0161tevilo: mora biti ve\u010Dkratnik ${n.divisor}`;case"unrecognized_keys":return`Neprepoznan${n.keys.length>1?"i klju\u010Di":" klju\u010D"}: ${k(n.keys,", ")}`;case"invalid_key":return`Neveljaven klju\u010D v ${n.origin}`;case"invalid_union":return"Neveljaven vnos";case"invalid_element":return`Neveljavna vrednost v ${n.origin}`;default:return"Neveljaven vnos"}}};function hb(){return{localeError:IA()}}var SA=()=>{let e={string:{unit:"tecken",verb:"att ha"},file:{unit:"bytes",verb:"att ha"},array:{unit:"objekt",verb:"att inneh\xE5lla"},set:{unit:"objekt",verb:"att inneh\xE5lla"},map:{unit:"objekt",verb:"att inneh\xE5lla"}};function t(n){return e[n]??null}let r={regex:"regulj\xE4rt uttryck",email:"e-postadress",url:"URL",emoji:"emoji",uuid:"UUID",uuidv4:"UUIDv4",uuidv6:"UUIDv6",nanoid:"nanoid",guid:"GUID",cuid:"cuid",cuid2:"cuid2",ulid:"ULID",xid:"XID",ksuid:"KSUID",datetime:"ISO-datum och tid",date:"ISO-datum",time:"ISO-tid",duration:"ISO-varaktighet",ipv4:"IPv4-adress",ipv6:"IPv6-adress",mac:"MAC-adress",cidrv4:"IPv4-spektrum",cidrv6:"IPv6-spektrum",base64:"base64-kodad str\xE4ng",base64url:"base64url-kodad str\xE4ng",json_string:"JSON-str\xE4ng",e164:"E.164-nummer",credit_card:"kreditkortsnummer",currency_code:"valutakod",iban:"IBAN",jwt:"JWT",template_literal:"mall-literal"},o={nan:"NaN",number:"antal",array:"lista"};return n=>{switch(n.code){case"invalid_type":{let i=o[n.expected]??n.expected,a=U(n.input),s=o[a]??a;return/^[A-Z]/.test(n.expected)?`Ogiltig inmatning: f\xF6rv\xE4ntat instanceof ${n.expected}, fick ${s}`:`Ogiltig inmatning: f\xF6rv\xE4ntat ${i}, fick ${s}`}case"invalid_value":return n.values.length===1?`Ogiltig inmatning: f\xF6rv\xE4ntat ${O(n.values[0])}`:`Ogiltigt val: f\xF6rv\xE4ntade en av ${k(n.values,"|")}`;case"too_big":{let i=n.inclusive?"<=":"<",a=t(n.origin);return a?`F\xF6r stor(t): f\xF6rv\xE4ntade ${n.origin??"v\xE4rdet"} att ha ${i}${n.maximum.toString()} ${a.unit??"element"}`:`F\xF6r stor(t): f\xF6rv\xE4ntat ${n.origin??"v\xE4rdet"} att ha ${i}${n.maximum.toString()}`}case"too_small":{let i=n.inclusive?">=":">",a=t(n.origin);return a?`F\xF6r lite(t): f\xF6rv\xE4ntade ${n.origin??"v\xE4rdet"} att ha ${i}${n.minimum.toString()} ${a.unit}`:`F\xF6r lite(t): f\xF6rv\xE4ntade ${n.origin??"v\xE4rdet"} att ha ${i}${n.minimum.toString()}`}case"invalid_format":{let i=n;return i.format==="starts_with"?`Ogiltig str\xE4ng: m\xE5ste b\xF6rja med "${i.prefix}"`:i.format==="ends_with"?`Ogiltig str\xE4ng: m\xE5ste sluta med "${i.suffix}"`:i.format==="includes"?`Ogiltig str\xE4ng: m\xE5ste inneh\xE5lla "${i.includes}"`:i.format==="regex"?`Ogiltig str\xE4ng: m\xE5ste matcha m\xF6nstret "${i.pattern}"`:`Ogiltig(t) ${r[i.format]??n.format}`}case"not_multiple_of":return`Ogiltigt tal: m\xE5ste vara en multipel av ${n.divisor}`;case"unrecognized_keys":return`${n.keys.length>1?"Ok\xE4nda nycklar":"Ok\xE4nd nyckel"}: ${k(n.keys,", ")}`;case"invalid_key":return`Ogiltig nyckel i ${n.origin??"v\xE4rdet"}`;case"invalid_union":return"Ogiltig input";case"invalid_element":return`Ogiltigt v\xE4rde i ${n.origin??"v\xE4rdet"}`;default:return"Ogiltig input"}}};function vb(){return{localeError:SA()}}var PA=()=>{let e={string:{unit:"\u0B8E\u0BB4\u0BC1\u0BA4\u0BCD\u0BA4\u0BC1\u0B95\u0BCD\u0B95\u0BB3\u0BCD",verb:"\u0B95\u0BCA\u0BA3\u0BCD\u0B9F\u0BBF\u0BB0\u0BC1\u0B95\u0BCD\u0B95 \u0BB5\u0BC7\u0BA3\u0BCD\u0B9F\u0BC1\u0BAE\u0BCD"},file:{unit:"\u0BAA\u0BC8\u0B9F\u0BCD\u0B9F\u0BC1\u0B95\u0BB3\u0BCD",verb:"\u0B95\u0BCA\u0BA3\u0BCD\u0B9F\u0BBF\u0BB0\u0BC1\u0B95\u0BCD\u0B95 \u0BB5\u0BC7\u0BA3\u0BCD\u0B9F\u0BC1\u0BAE\u0BCD"},array:{unit:"\u0B89\u0BB1\u0BC1\u0BAA\u0BCD\u0BAA\u0BC1\u0B95\u0BB3\u0BCD",verb:"\u0B95\u0BCA\u0BA3\u0BCD\u0B9F\u0BBF\u0BB0\u0BC1\u0B95\u0BCD\u0B95 \u0BB5\u0BC7\u0BA3\u0BCD\u0B9F\u0BC1\u0BAE\u0BCD"},set:{unit:"\u0B89\u0BB1\u0BC1\u0BAA\u0BCD\u0BAA\u0BC1\u0B95\u0BB3\u0BCD",verb:"\u0B95\u0BCA\u0BA3\u0BCD\u0B9F\u0BBF\u0BB0\u0BC1\u0B95\u0BCD\u0B95 \u0BB5\u0BC7\u0BA3\u0BCD\u0B9F\u0BC1\u0BAE\u0BCD"},map:{unit:"\u0B89\u0BB1\u0BC1\u0BAA\u0BCD\u0BAA\u0BC1\u0B95\u0BB3\u0BCD",verb:"\u0B95\u0BCA\u0BA3\u0BCD\u0B9F\u0BBF\u0BB0\u0BC1\u0B95\u0BCD\u0B95 \u0BB5\u0BC7\u0BA3\u0BCD\u0B9F\u0BC1\u0BAE\u0BCD"}};function t(n){return e[n]??null}let r={regex:"\u0B89\u0BB3\u0BCD\u0BB3\u0BC0\u0B9F\u0BC1",email:"\u0BAE\u0BBF\u0BA9\u0BCD\u0BA9\u0B9E\u0BCD\u0B9A\u0BB2\u0BCD \u0BAE\u0BC1\u0B95\u0BB5\u0BB0\u0BBF",url:"URL",emoji:"emoji",uuid:"UUID",uuidv4:"UUIDv4",uuidv6:"UUIDv6",nanoid:"nanoid",guid:"GUID",cuid:"cuid",cuid2:"cuid2",ulid:"ULID",xid:"XID",ksuid:"KSUID",datetime:"ISO \u0BA4\u0BC7\u0BA4\u0BBF \u0BA8\u0BC7\u0BB0\u0BAE\u0BCD",date:"ISO \u0BA4\u0BC7\u0BA4\u0BBF",time:"ISO \u0BA8\u0BC7\u0BB0\u0BAE\u0BCD",duration:"ISO \u0B95\u0BBE\u0BB2 \u0B85\u0BB3\u0BB5\u0BC1",ipv4:"IPv4 \u0BAE\u0BC1\u0B95\u0BB5\u0BB0\u0BBF",ipv6:"IPv6 \u0BAE\u0BC1\u0B95\u0BB5\u0BB0\u0BBF",mac:"MAC \u0BAE\u0BC1\u0B95\u0BB5\u0BB0\u0BBF",cidrv4:"IPv4 \u0BB5\u0BB0\u0BAE\u0BCD\u0BAA\u0BC1",cidrv6:"IPv6 \u0BB5\u0BB0\u0BAE\u0BCD\u0BAA\u0BC1",base64:"base64-encoded \u0B9A\u0BB0\u0BAE\u0BCD",base64url:"base64url-encoded \u0B9A\u0BB0\u0BAE\u0BCD",json_string:"JSON \u0B9A\u0BB0\u0BAE\u0BCD",e164:"E.164 \u0B8E\u0BA3\u0BCD",credit_card:"\u0B95\u0B9F\u0BA9\u0BCD \u0B85\u0B9F\u0BCD\u0B9F\u0BC8 \u0B8E\u0BA3\u0BCD",currency_code:"\u0BA8\u0BBE\u0BA3\u0BAF\u0B95\u0BCD \u0B95\u0BC1\u0BB1\u0BBF\u0BAF\u0BC0\u0B9F\u0BC1",iban:"IBAN",jwt:"JWT",template_literal:"input"},o={nan:"NaN",number:"\u0B8E\u0BA3\u0BCD",array:"\u0B85\u0BA3\u0BBF",null:"\u0BB5\u0BC6\u0BB1\u0BC1\u0BAE\u0BC8"};return n=>{switch(n.code){case"invalid_type":{let i=o[n.expected]??n.expected,a=U(n.input),s=o[a]??a;return/^[A-Z]/.test(n.expected)?`\u0BA4\u0BB5\u0BB1\u0BBE\u0BA9 \u0B89\u0BB3\u0BCD\u0BB3\u0BC0\u0B9F\u0BC1: \u0B8E\u0BA4\u0BBF\u0BB0\u0BCD\u0BAA\u0BBE\u0BB0\u0BCD\u0B95\u0BCD\u0B95\u0BAA\u0BCD\u0BAA\u0B9F\u0BCD\u0B9F\u0BA4\u0BC1 instanceof ${n.expected}, \u0BAA\u0BC6\u0BB1\u0BAA\u0BCD\u0BAA\u0B9F\u0BCD\u0B9F\u0BA4\u0BC1 ${s}`:`\u0BA4\u0BB5\u0BB1\u0BBE\u0BA9 \u0B89\u0BB3\u0BCD\u0BB3\u0BC0\u0B9F\u0BC1: \u0B8E\u0BA4\u0BBF\u0BB0\u0BCD\u0BAA\u0BBE\u0BB0\u0BCD\u0B95\u0BCD\u0B95\u0BAA\u0BCD\u0BAA\u0B9F\u0BCD\u0B9F\u0BA4\u0BC1 ${i}, \u0BAA\u0BC6\u0BB1\u0BAA\u0BCD\u0BAA\u0B9F\u0BCD\u0B9F\u0BA4\u0BC1 ${s}`}case"invalid_value":return n.values.length===1?`\u0BA4\u0BB5\u0BB1\u0BBE\u0BA9 \u0B89\u0BB3\u0BCD\u0BB3\u0BC0\u0B9F\u0BC1: \u0B8E\u0BA4\u0BBF\u0BB0\u0BCD\u0BAA\u0BBE\u0BB0\u0BCD\u0B95\u0BCD\u0B95\u0BAA\u0BCD\u0BAA\u0B9F\u0BCD\u0B9F\u0BA4\u0BC1 ${O(n.values[0])}`:`\u0BA4\u0BB5\u0BB1\u0BBE\u0BA9 \u0BB5\u0BBF\u0BB0\u0BC1\u0BAA\u0BCD\u0BAA\u0BAE\u0BCD: \u0B8E\u0BA4\u0BBF\u0BB0\u0BCD\u0BAA\u0BBE\u0BB0\u0BCD\u0B95\u0BCD\u0B95\u0BAA\u0BCD\u0BAA\u0B9F\u0BCD\u0B9F\u0BA4\u0BC1 ${k(n.values,"|")} \u0B87\u0BB2\u0BCD \u0B92\u0BA9\u0BCD\u0BB1\u0BC1`;case"too_big":{let i=n.inclusive?"<=":"<",a=t(n.origin);return a?`\u0BAE\u0BBF\u0B95 \u0BAA\u0BC6\u0BB0\u0BBF\u0BAF\u0BA4\u0BC1: \u0B8E\u0BA4\u0BBF\u0BB0\u0BCD\u0BAA\u0BBE\u0BB0\u0BCD\u0B95\u0BCD\u0B95\u0BAA\u0BCD\u0BAA\u0B9F\u0BCD\u0B9F\u0BA4\u0BC1 ${n.origin??"\u0BAE\u0BA4\u0BBF\u0BAA\u0BCD\u0BAA\u0BC1"} ${i}${n.maximum.toString()} ${a.unit??"\u0B89\u0BB1\u0BC1\u0BAA\u0BCD\u0BAA\u0BC1\u0B95\u0BB3\u0BCD"} \u0B86\u0B95 \u0B87\u0BB0\u0BC1\u0B95\u0BCD\u0B95 \u0BB5\u0BC7\u0BA3\u0BCD\u0B9F\u0BC1\u0BAE\u0BCD`:`\u0BAE\u0BBF\u0B95 \u0BAA\u0BC6\u0BB0\u0BBF\u0BAF\u0BA4\u0BC1: \u0B8E\u0BA4\u0BBF\u0BB0\u0BCD\u0BAA\u0BBE\u0BB0\u0BCD\u0B95\u0BCD\u0B95\u0BAA\u0BCD\u0BAA\u0B9F\u0BCD\u0B9F\u0BA4\u0BC1 ${n.origin??"\u0BAE\u0BA4\u0BBF\u0BAA\u0BCD\u0BAA\u0BC1"} ${i}${n.maximum.toString()} \u0B86\u0B95 \u0B87\u0BB0\u0BC1\u0B95\u0BCD\u0B95 \u0BB5\u0BC7\u0BA3\u0BCD\u0B9F\u0BC1\u0BAE\u0BCD`}case"too_small":{let i=n.inclusive?">=":">",a=t(n.origin);return a?`\u0BAE\u0BBF\u0B95\u0B9A\u0BCD \u0B9A\u0BBF\u0BB1\u0BBF\u0BAF\u0BA4\u0BC1: \u0B8E\u0BA4\u0BBF\u0BB0\u0BCD\u0BAA\u0BBE\u0BB0\u0BCD\u0B95\u0BCD\u0B95\u0BAA\u0BCD\u0BAA\u0B9F\u0BCD\u0B9F\u0BA4\u0BC1 ${n.origin} ${i}${n.minimum.toString()} ${a.unit} \u0B86\u0B95 \u0B87\u0BB0\u0BC1\u0B95\u0BCD\u0B95 \u0BB5\u0BC7\u0BA3\u0BCD\u0B9F\u0BC1\u0BAE\u0BCD`:`\u0BAE\u0BBF\u0B95\u0B9A\u0BCD \u0B9A\u0BBF\u0BB1\u0BBF\u0BAF\u0BA4\u0BC1: \u0B8E\u0BA4\u0BBF\u0BB0\u0BCD\u0BAA\u0BBE\u0BB0\u0BCD\u0B95\u0BCD\u0B95\u0BAA\u0BCD\u0BAA\u0B9F\u0BCD\u0B9F\u0BA4\u0BC1 ${n.origin} ${i}${n.minimum.toString()} \u0B86\u0B95 \u0B87\u0BB0\u0BC1\u0B95\u0BCD\u0B95 \u0BB5\u0BC7\u0BA3\u0BCD\u0B9F\u0BC1\u0BAE\u0BCD`}case"invalid_format":{let i=n;return i.format==="starts_with"?`\u0BA4\u0BB5\u0BB1\u0BBE\u0BA9 \u0B9A\u0BB0\u0BAE\u0BCD: "${i.prefix}" \u0B87\u0BB2\u0BCD \u0BA4\u0BCA\u0B9F\u0B99\u0BCD\u0B95 \u0BB5\u0BC7\u0BA3\u0BCD\u0B9F\u0BC1\u0BAE\u0BCD`:i.format==="ends_with"?`\u0BA4\u0BB5\u0BB1\u0BBE\u0BA9 \u0B9A\u0BB0\u0BAE\u0BCD: "${i.suffix}" \u0B87\u0BB2\u0BCD \u0BAE\u0BC1\u0B9F\u0BBF\u0BB5\u0B9F\u0BC8\u0BAF \u0BB5\u0BC7\u0BA3\u0BCD\u0B9F\u0BC1\u0BAE\u0BCD`:i.format==="includes"?`\u0BA4\u0BB5\u0BB1\u0BBE\u0BA9 \u0B9A\u0BB0\u0BAE\u0BCD: "${i.includes}" \u0B90 \u0B89\u0BB3\u0BCD\u0BB3\u0B9F\u0B95\u0BCD\u0B95 \u0BB5\u0BC7\u0BA3\u0BCD\u0B9F\u0BC1\u0BAE\u0BCD`:i.format==="regex"?`\u0BA4\u0BB5\u0BB1\u0BBE\u0BA9 \u0B9A\u0BB0\u0BAE\u0BCD: ${i.pattern} \u0BAE\u0BC1\u0BB1\u0BC8\u0BAA\u0BBE\u0B9F\u0BCD\u0B9F\u0BC1\u0B9F\u0BA9\u0BCD \u0BAA\u0BCA\u0BB0\u0BC1\u0BA8\u0BCD\u0BA4 \u0BB5\u0BC7\u0BA3\u0BCD\u0B9F\u0BC1\u0BAE\u0BCD`:`\u0BA4\u0BB5\u0BB1\u0BBE\u0BA9 ${r[i.format]??n.format}`}case"not_multiple_of":return`\u0BA4\u0BB5\u0BB1\u0BBE\u0BA9 \u0B8E\u0BA3\u0BCD: ${n.divisor} \u0B87\u0BA9\u0BCD \u0BAA\u0BB2\u0BAE\u0BBE\u0B95 \u0B87\u0BB0\u0BC1\u0B95\u0BCD\u0B95 \u0BB5\u0BC7\u0BA3\u0BCD\u0B9F\u0BC1\u0BAE\u0BCD`;case"unrecognized_keys":return`\u0B85\u0B9F\u0BC8\u0BAF\u0BBE\u0BB3\u0BAE\u0BCD \u0BA4\u0BC6\u0BB0\u0BBF\u0BAF\u0BBE\u0BA4 \u0BB5\u0BBF\u0B9A\u0BC8${n.keys.length>1?"\u0B95\u0BB3\u0BCD":""}: ${k(n.keys,", ")}`;case"invalid_key":return`${n.origin} \u0B87\u0BB2\u0BCD \u0BA4\u0BB5\u0BB1\u0BBE\u0BA9 \u0BB5\u0BBF\u0B9A\u0BC8`;case"invalid_union":return"\u0BA4\u0BB5\u0BB1\u0BBE\u0BA9 \u0B89\u0BB3\u0BCD\u0BB3\u0BC0\u0B9F\u0BC1";case"invalid_element":return`${n.origin} \u0B87\u0BB2\u0BCD \u0BA4\u0BB5\u0BB1\u0BBE\u0BA9 \u0BAE\u0BA4\u0BBF\u0BAA\u0BCD\u0BAA\u0BC1`;default:return"\u0BA4\u0BB5\u0BB1\u0BBE\u0BA9 \u0B89\u0BB3\u0BCD\u0BB3\u0BC0\u0B9F\u0BC1"}}};function bb(){return{localeError:PA()}}var RA=()=>{let e={string:{unit:"\u0430\u043B\u043E\u043C\u0430\u0442",verb:"\u0434\u043E\u0448\u0442\u0430 \u0431\u043E\u0448\u0430\u0434"},file:{unit:"\u0431\u0430\u0439\u0442",verb:"\u0434\u043E\u0448\u0442\u0430 \u0431\u043E\u0448\u0430\u0434"},array:{unit:"\u0443\u043D\u0441\u0443\u0440",verb:"\u0434\u043E\u0448\u0442\u0430 \u0431\u043E\u0448\u0430\u0434"},set:{unit:"\u0443\u043D\u0441\u0443\u0440",verb:"\u0434\u043E\u0448\u0442\u0430 \u0431\u043E\u0448\u0430\u0434"},map:{unit:"\u0441\u0430\u0431\u0442",verb:"\u0434\u043E\u0448\u0442\u0430 \u0431\u043E\u0448\u0430\u0434"}};function t(n){return e[n]??null}let r={regex:"\u0432\u0443\u0440\u0443\u0434",email:"\u0441\u0443\u0440\u043E\u0493\u0430\u0438 email",url:"URL",emoji:"\u044D\u043C\u043E\u04B7\u0438",uuid:"UUID",uuidv4:"UUIDv4",uuidv6:"UUIDv6",nanoid:"nanoid",guid:"GUID",cuid:"cuid",cuid2:"cuid2",ulid:"ULID",xid:"XID",ksuid:"KSUID",datetime:"\u0441\u0430\u043D\u0430\u0432\u0443 \u0432\u0430\u049B\u0442\u0438 ISO",date:"\u0441\u0430\u043D\u0430\u0438 ISO",time:"\u0432\u0430\u049B\u0442\u0438 ISO",duration:"\u0434\u0430\u0432\u043E\u043C\u043D\u043E\u043A\u0438\u0438 ISO",ipv4:"\u0441\u0443\u0440\u043E\u0493\u0430\u0438 IPv4",ipv6:"\u0441\u0443\u0440\u043E\u0493\u0430\u0438 IPv6",mac:"\u0441\u0443\u0440\u043E\u0493\u0430\u0438 MAC",cidrv4:"\u043C\u0430\u04B3\u0434\u0443\u0434\u0430\u0438 IPv4",cidrv6:"\u043C\u0430\u04B3\u0434\u0443\u0434\u0430\u0438 IPv6",base64:"\u0441\u0430\u0442\u0440\u0438 \u0434\u0430\u0440 \u0444\u043E\u0440\u043C\u0430\u0442\u0438 base64",base64url:"\u0441\u0430\u0442\u0440\u0438 \u0434\u0430\u0440 \u0444\u043E\u0440\u043C\u0430\u0442\u0438 base64url",json_string:"\u0441\u0430\u0442\u0440\u0438 JSON",e164:"\u0440\u0430\u049B\u0430\u043C\u0438 E.164",credit_card:"\u0440\u0430\u049B\u0430\u043C\u0438 \u043A\u043E\u0440\u0442\u0438 \u043A\u0440\u0435\u0434\u0438\u0442\u04E3",currency_code:"\u0440\u0430\u043C\u0437\u0438 \u0430\u0441\u044A\u043E\u0440",iban:"IBAN",jwt:"JWT",template_literal:"\u0432\u0443\u0440\u0443\u0434"},o={nan:"NaN",number:"\u0440\u0430\u049B\u0430\u043C",string:"\u0441\u0430\u0442\u0440",array:"\u043C\u0430\u0441\u0441\u0438\u0432",object:"\u043E\u0431\u044A\u0435\u043A\u0442",date:"\u0441\u0430\u043D\u0430"};return n=>{switch(n.code){case"invalid_type":{let i=o[n.expected]??n.expected,a=U(n.input),s=o[a]??a;return`\u0412\u0443\u0440\u0443\u0434\u0438 \u043D\u043E\u0434\u0443\u0440\u0443\u0441\u0442: ${i} \u0438\u043D\u0442\u0438\u0437\u043E\u0440 \u043C\u0435\u0440\u0430\u0444\u0442, ${s} \u0433\u0438\u0440\u0438\u0444\u0442\u0430 \u0448\u0443\u0434`}case"invalid_value":return n.values.length===1?`\u0412\u0443\u0440\u0443\u0434\u0438 \u043D\u043E\u0434\u0443\u0440\u0443\u0441\u0442: ${O(n.values[0])} \u0438\u043D\u0442\u0438\u0437\u043E\u0440 \u043C\u0435\u0440\u0430\u0444\u0442`:`\u0418\u043D\u0442\u0438\u0445\u043E\u0431\u0438 \u043D\u043E\u0434\u0443\u0440\u0443\u0441\u0442: \u044F\u043A\u0435 \u0430\u0437 ${k(n.values,"|")} \u0438\u043D\u0442\u0438\u0437\u043E\u0440 \u043C\u0435\u0440\u0430\u0444\u0442`;case"too_big":{let i=n.inclusive?"<=":"<",a=t(n.origin);return a?`\u0425\u0435\u043B\u0435 \u043A\u0430\u043B\u043E\u043D: ${n.origin??"\u049B\u0438\u043C\u0430\u0442"} \u0431\u043E\u044F\u0434 ${i}${n.maximum.toString()} ${a.unit} ${a.verb}`:`\u0425\u0435\u043B\u0435 \u043A\u0430\u043B\u043E\u043D: ${n.origin??"\u049B\u0438\u043C\u0430\u0442"} \u0431\u043E\u044F\u0434 ${i}${n.maximum.toString()} \u0431\u043E\u0448\u0430\u0434`}case"too_small":{let i=n.inclusive?">=":">",a=t(n.origin);return a?`\u0425\u0435\u043B\u0435 \u0445\u0443\u0440\u0434: ${n.origin} \u0431\u043E\u044F\u0434 ${i}${n.minimum.toString()} ${a.unit} ${a.verb}`:`\u0425\u0435\u043B\u0435 \u0445\u0443\u0440\u0434: ${n.origin} \u0431\u043E\u044F\u0434 ${i}${n.minimum.toString()} \u0431\u043E\u0448\u0430\u0434`}case"invalid_format":{let i=n;return i.format==="starts_with"?`\u0421\u0430\u0442\u0440\u0438 \u043D\u043E\u0434\u0443\u0440\u0443\u0441\u0442: \u0431\u043E\u044F\u0434 \u0431\u043E "${i.prefix}" \u043E\u0493\u043E\u0437 \u0448\u0430\u0432\u0430\u0434`:i.format==="ends_with"?`\u0421\u0430\u0442\u0440\u0438 \u043D\u043E\u0434\u0443\u0440\u0443\u0441\u0442: \u0431\u043E\u044F\u0434 \u0431\u043E "${i.suffix}" \u0430\u043D\u04B7\u043E\u043C \u0451\u0431\u0430\u0434`:i.format==="includes"?`\u0421\u0430\u0442\u0440\u0438 \u043D\u043E\u0434\u0443\u0440\u0443\u0441\u0442: \u0431\u043E\u044F\u0434 "${i.includes}"-\u0440\u043E \u0434\u0430\u0440 \u0431\u0430\u0440 \u0433\u0438\u0440\u0430\u0434`:i.format==="regex"?`\u0421\u0430\u0442\u0440\u0438 \u043D\u043E\u0434\u0443\u0440\u0443\u0441\u0442: \u0431\u043E\u044F\u0434 \u0431\u0430 \u043D\u0430\u043C\u0443\u043D\u0430\u0438 ${i.pattern} \u043C\u0443\u0432\u043E\u0444\u0438\u049B\u0430\u0442 \u043A\u0443\u043D\u0430\u0434`:`${r[i.format]??n.format}-\u0438 \u043D\u043E\u0434\u0443\u0440\u0443\u0441\u0442`}case"not_multiple_of":return`\u0420\u0430\u049B\u0430\u043C\u0438 \u043D\u043E\u0434\u0443\u0440\u0443\u0441\u0442: \u0431\u043E\u044F\u0434 \u0431\u0430 ${n.divisor} \u0431\u0435 \u0431\u0430\u049B\u0438\u044F \u0442\u0430\u049B\u0441\u0438\u043C \u0448\u0430\u0432\u0430\u0434`;case"unrecognized_keys":return`\u041A\u0430\u043B\u0438\u0434${n.keys.length>1?"\u04B3\u043E\u0438":"\u0438"} \u043D\u043E\u043C\u0430\u044A\u043B\u0443\u043C: ${k(n.keys,", ")}`;case"invalid_key":return`\u041A\u0430\u043B\u0438\u0434\u0438 \u043D\u043E\u0434\u0443\u0440\u0443\u0441\u0442 \u0434\u0430\u0440 ${n.origin}`;case"invalid_union":return n.options&&Array.isArray(n.options)&&n.options.length>0?`\u049A\u0438\u043C\u0430\u0442\u0438 \u043D\u043E\u0434\u0443\u0440\u0443\u0441\u0442\u0438 \u0434\u0438\u0441\u043A\u0440\u0438\u043C\u0438\u043D\u0430\u0442\u043E\u0440: ${n.options.map(a=>`'${a}'`).join(" | ")} \u0438\u043D\u0442\u0438\u0437\u043E\u0440 \u043C\u0435\u0440\u0430\u0444\u0442`:"\u0412\u0443\u0440\u0443\u0434\u0438 \u043D\u043E\u0434\u0443\u0440\u0443\u0441\u0442";case"invalid_element":return`\u049A\u0438\u043C\u0430\u0442\u0438 \u043D\u043E\u0434\u0443\u0440\u0443\u0441\u0442 \u0434\u0430\u0440 ${n.origin}`;default:return"\u0412\u0443\u0440\u0443\u0434\u0438 \u043D\u043E\u0434\u0443\u0440\u0443\u0441\u0442"}}};function yb(){return{localeError:RA()}}var DA=()=>{let e={string:{unit:"\u0E15\u0E31\u0E27\u0E2D\u0E31\u0E01\u0E29\u0E23",verb:"\u0E04\u0E27\u0E23\u0E21\u0E35"},file:{unit:"\u0E44\u0E1A\u0E15\u0E4C",verb:"\u0E04\u0E27\u0E23\u0E21\u0E35"},array:{unit:"\u0E23\u0E32\u0E22\u0E01\u0E32\u0E23",verb:"\u0E04\u0E27\u0E23\u0E21\u0E35"},set:{unit:"\u0E23\u0E32\u0E22\u0E01\u0E32\u0E23",verb:"\u0E04\u0E27\u0E23\u0E21\u0E35"},map:{unit:"\u0E23\u0E32\u0E22\u0E01\u0E32\u0E23",verb:"\u0E04\u0E27\u0E23\u0E21\u0E35"}};function t(n){return e[n]??null}let r={regex:"\u0E02\u0E49\u0E2D\u0E21\u0E39\u0E25\u0E17\u0E35\u0E48\u0E1B\u0E49\u0E2D\u0E19",email:"\u0E17\u0E35\u0E48\u0E2D\u0E22\u0E39\u0E48\u0E2D\u0E35\u0E40\u0E21\u0E25",url:"URL",emoji:"\u0E2D\u0E34\u0E42\u0E21\u0E08\u0E34",uuid:"UUID",uuidv4:"UUIDv4",uuidv6:"UUIDv6",nanoid:"nanoid",guid:"GUID",cuid:"cuid",cuid2:"cuid2",ulid:"ULID",xid:"XID",ksuid:"KSUID",datetime:"\u0E27\u0E31\u0E19\u0E17\u0E35\u0E48\u0E40\u0E27\u0E25\u0E32\u0E41\u0E1A\u0E1A ISO",date:"\u0E27\u0E31\u0E19\u0E17\u0E35\u0E48\u0E41\u0E1A\u0E1A ISO",time:"\u0E40\u0E27\u0E25\u0E32\u0E41\u0E1A\u0E1A ISO",duration:"\u0E0A\u0E48\u0E27\u0E07\u0E40\u0E27\u0E25\u0E32\u0E41\u0E1A\u0E1A ISO",ipv4:"\u0E17\u0E35\u0E48\u0E2D\u0E22\u0E39\u0E48 IPv4",ipv6:"\u0E17\u0E35\u0E48\u0E2D\u0E22\u0E39\u0E48 IPv6",mac:"\u0E17\u0E35\u0E48\u0E2D\u0E22\u0E39\u0E48 MAC",cidrv4:"\u0E0A\u0E48\u0E27\u0E07 IP \u0E41\u0E1A\u0E1A IPv4",cidrv6:"\u0E0A\u0E48\u0E27\u0E07 IP \u0E41\u0E1A\u0E1A IPv6",base64:"\u0E02\u0E49\u0E2D\u0E04\u0E27\u0E32\u0E21\u0E41\u0E1A\u0E1A Base64",base64url:"\u0E02\u0E49\u0E2D\u0E04\u0E27\u0E32\u0E21\u0E41\u0E1A\u0E1A Base64 \u0E2A\u0E33\u0E2B\u0E23\u0E31\u0E1A URL",json_string:"\u0E02\u0E49\u0E2D\u0E04\u0E27\u0E32\u0E21\u0E41\u0E1A\u0E1A JSON",e164:"\u0E40\u0E1A\u0E2D\u0E23\u0E4C\u0E42\u0E17\u0E23\u0E28\u0E31\u0E1E\u0E17\u0E4C\u0E23\u0E30\u0E2B\u0E27\u0E48\u0E32\u0E07\u0E1B\u0E23\u0E30\u0E40\u0E17\u0E28 (E.164)",credit_card:"\u0E2B\u0E21\u0E32\u0E22\u0E40\u0E25\u0E02\u0E1A\u0E31\u0E15\u0E23\u0E40\u0E04\u0E23\u0E14\u0E34\u0E15",currency_code:"\u0E23\u0E2B\u0E31\u0E2A\u0E2A\u0E01\u0E38\u0E25\u0E40\u0E07\u0E34\u0E19",iban:"IBAN",jwt:"\u0E42\u0E17\u0E40\u0E04\u0E19 JWT",template_literal:"\u0E02\u0E49\u0E2D\u0E21\u0E39\u0E25\u0E17\u0E35\u0E48\u0E1B\u0E49\u0E2D\u0E19"},o={nan:"NaN",number:"\u0E15\u0E31\u0E27\u0E40\u0E25\u0E02",array:"\u0E2D\u0E32\u0E23\u0E4C\u0E40\u0E23\u0E22\u0E4C (Array)",null:"\u0E44\u0E21\u0E48\u0E21\u0E35\u0E04\u0E48\u0E32 (null)"};return n=>{switch(n.code){case"invalid_type":{let i=o[n.expected]??n.expected,a=U(n.input),s=o[a]??a;return/^[A-Z]/.test(n.expected)?`\u0E1B\u0E23\u0E30\u0E40\u0E20\u0E17\u0E02\u0E49\u0E2D\u0E21\u0E39\u0E25\u0E44\u0E21\u0E48\u0E16\u0E39\u0E01\u0E15\u0E49\u0E2D\u0E07: \u0E04\u0E27\u0E23\u0E40\u0E1B\u0E47\u0E19 instanceof ${n.expected} \u0E41\u0E15\u0E48\u0E44\u0E14\u0E49\u0E23\u0E31\u0E1A ${s}`:`\u0E1B\u0E23\u0E30\u0E40\u0E20\u0E17\u0E02\u0E49\u0E2D\u0E21\u0E39\u0E25\u0E44\u0E21\u0E48\u0E16\u0E39\u0E01\u0E15\u0E49\u0E2D\u0E07: \u0E04\u0E27\u0E23\u0E40\u0E1B\u0E47\u0E19 ${i} \u0E41\u0E15\u0E48\u0E44\u0E14\u0E49\u0E23\u0E31\u0E1A ${s}`}case"invalid_value":return n.values.length===1?`\u0E04\u0E48\u0E32\u0E44\u0E21\u0E48\u0E16\u0E39\u0E01\u0E15\u0E49\u0E2D\u0E07: \u0E04\u0E27\u0E23\u0E40\u0E1B\u0E47\u0E19 ${O(n.values[0])}`:`\u0E15\u0E31\u0E27\u0E40\u0E25\u0E37\u0E2D\u0E01\u0E44\u0E21\u0E48\u0E16\u0E39\u0E01\u0E15\u0E49\u0E2D\u0E07: \u0E04\u0E27\u0E23\u0E40\u0E1B\u0E47\u0E19\u0E2B\u0E19\u0E36\u0E48\u0E07\u0E43\u0E19 ${k(n.values,"|")}`;case"too_big":{let i=n.inclusive?"\u0E44\u0E21\u0E48\u0E40\u0E01\u0E34\u0E19":"\u0E19\u0E49\u0E2D\u0E22\u0E01\u0E27\u0E48\u0E32",a=t(n.origin);return a?`\u0E40\u0E01\u0E34\u0E19\u0E01\u0E33\u0E2B\u0E19\u0E14: ${n.origin??"\u0E04\u0E48\u0E32"} \u0E04\u0E27\u0E23\u0E21\u0E35${i} ${n.maximum.toString()} ${a.unit??"\u0E23\u0E32\u0E22\u0E01\u0E32\u0E23"}`:`\u0E40\u0E01\u0E34\u0E19\u0E01\u0E33\u0E2B\u0E19\u0E14: ${n.origin??"\u0E04\u0E48\u0E32"} \u0E04\u0E27\u0E23\u0E21\u0E35${i} ${n.maximum.toString()}`}case"too_small":{let i=n.inclusive?"\u0E2D\u0E22\u0E48\u0E32\u0E07\u0E19\u0E49\u0E2D\u0E22":"\u0E21\u0E32\u0E01\u0E01\u0E27\u0E48\u0E32",a=t(n.origin);return a?`\u0E19\u0E49\u0E2D\u0E22\u0E01\u0E27\u0E48\u0E32\u0E01\u0E33\u0E2B\u0E19\u0E14: ${n.origin} \u0E04\u0E27\u0E23\u0E21\u0E35${i} ${n.minimum.toString()} ${a.unit}`:`\u0E19\u0E49\u0E2D\u0E22\u0E01\u0E27\u0E48\u0E32\u0E01\u0E33\u0E2B\u0E19\u0E14: ${n.origin} \u0E04\u0E27\u0E23\u0E21\u0E35${i} ${n.minimum.toString()}`}case"invalid_format":{let i=n;return i.format==="starts_with"?`\u0E23\u0E39\u0E1B\u0E41\u0E1A\u0E1A\u0E44\u0E21\u0E48\u0E16\u0E39\u0E01\u0E15\u0E49\u0E2D\u0E07: \u0E02\u0E49\u0E2D\u0E04\u0E27\u0E32\u0E21\u0E15\u0E49\u0E2D\u0E07\u0E02\u0E36\u0E49\u0E19\u0E15\u0E49\u0E19\u0E14\u0E49\u0E27\u0E22 "${i.prefix}"`:i.format==="ends_with"?`\u0E23\u0E39\u0E1B\u0E41\u0E1A\u0E1A\u0E44\u0E21\u0E48\u0E16\u0E39\u0E01\u0E15\u0E49\u0E2D\u0E07: \u0E02\u0E49\u0E2D\u0E04\u0E27\u0E32\u0E21\u0E15\u0E49\u0E2D\u0E07\u0E25\u0E07\u0E17\u0E49\u0E32\u0E22\u0E14\u0E49\u0E27\u0E22 "${i.suffix}"`:i.format==="includes"?`\u0E23\u0E39\u0E1B\u0E41\u0E1A\u0E1A\u0E44\u0E21\u0E48\u0E16\u0E39\u0E01\u0E15\u0E49\u0E2D\u0E07: \u0E02\u0E49\u0E2D\u0E04\u0E27\u0E32\u0E21\u0E15\u0E49\u0E2D\u0E07\u0E21\u0E35 "${i.includes}" \u0E2D\u0E22\u0E39\u0E48\u0E43\u0E19\u0E02\u0E49\u0E2D\u0E04\u0E27\u0E32\u0E21`:i.format==="regex"?`\u0E23\u0E39\u0E1B\u0E41\u0E1A\u0E1A\u0E44\u0E21\u0E48\u0E16\u0E39\u0E01\u0E15\u0E49\u0E2D\u0E07: \u0E15\u0E49\u0E2D\u0E07\u0E15\u0E23\u0E07\u0E01\u0E31\u0E1A\u0E23\u0E39\u0E1B\u0E41\u0E1A\u0E1A\u0E17\u0E35\u0E48\u0E01\u0E33\u0E2B\u0E19\u0E14 ${i.pattern}`:`\u0E23\u0E39\u0E1B\u0E41\u0E1A\u0E1A\u0E44\u0E21\u0E48\u0E16\u0E39\u0E01\u0E15\u0E49\u0E2D\u0E07: ${r[i.format]??n.format}`}case"not_multiple_of":return`\u0E15\u0E31\u0E27\u0E40\u0E25\u0E02\u0E44\u0E21\u0E48\u0E16\u0E39\u0E01\u0E15\u0E49\u0E2D\u0E07: \u0E15\u0E49\u0E2D\u0E07\u0E40\u0E1B\u0E47\u0E19\u0E08\u0E33\u0E19\u0E27\u0E19\u0E17\u0E35\u0E48\u0E2B\u0E32\u0E23\u0E14\u0E49\u0E27\u0E22 ${n.divisor} \u0E44\u0E14\u0E49\u0E25\u0E07\u0E15\u0E31\u0E27`;case"unrecognized_keys":return`\u0E1E\u0E1A\u0E04\u0E35\u0E22\u0E4C\u0E17\u0E35\u0E48\u0E44\u0E21\u0E48\u0E23\u0E39\u0E49\u0E08\u0E31\u0E01: ${k(n.keys,", ")}`;case"invalid_key":return`\u0E04\u0E35\u0E22\u0E4C\u0E44\u0E21\u0E48\u0E16\u0E39\u0E01\u0E15\u0E49\u0E2D\u0E07\u0E43\u0E19 ${n.origin}`;case"invalid_union":return"\u0E02\u0E49\u0E2D\u0E21\u0E39\u0E25\u0E44\u0E21\u0E48\u0E16\u0E39\u0E01\u0E15\u0E49\u0E2D\u0E07: \u0E44\u0E21\u0E48\u0E15\u0E23\u0E07\u0E01\u0E31\u0E1A\u0E23\u0E39\u0E1B\u0E41\u0E1A\u0E1A\u0E22\u0E39\u0E40\u0E19\u0E35\u0E22\u0E19\u0E17\u0E35\u0E48\u0E01\u0E33\u0E2B\u0E19\u0E14\u0E44\u0E27\u0E49";case"invalid_element":return`\u0E02\u0E49\u0E2D\u0E21\u0E39\u0E25\u0E44\u0E21\u0E48\u0E16\u0E39\u0E01\u0E15\u0E49\u0E2D\u0E07\u0E43\u0E19 ${n.origin}`;default:return"\u0E02\u0E49\u0E2D\u0E21\u0E39\u0E25\u0E44\u0E21\u0E48\u0E16\u0E39\u0E01\u0E15\u0E49\u0E2D\u0E07"}}};function $b(){return{localeError:DA()}}var EA=()=>{let e={string:{unit:"simwol",verb:"bolmaly"},file:{unit:"ba\xFDt",verb:"bolmaly"},array:{unit:"elementler",verb:"bolmaly"},set:{unit:"elementler",verb:"bolmaly"},map:{unit:"elementler",verb:"bolmaly"}};function t(n){return e[n]??null}let r={regex:"giri\u015F",email:"e-po\xE7ta salgysy",url:"URL",emoji:"emoji",uuid:"UUID",uuidv4:"UUIDv4",uuidv6:"UUIDv6",nanoid:"nanoid",guid:"GUID",cuid:"cuid",cuid2:"cuid2",ulid:"ULID",xid:"XID",ksuid:"KSUID",datetime:"ISO sene we wagt",date:"ISO sene",time:"ISO wagt",duration:"ISO wagt aralygy",ipv4:"IPv4 salgysy",ipv6:"IPv6 salgysy",mac:"MAC salgysy",cidrv4:"IPv4 aralygy",cidrv6:"IPv6 aralygy",base64:"base64 bilen \u015Fifrlenen setir",base64url:"base64url bilen \u015Fifrlenen setir",json_string:"JSON setiri",e164:"E.164 nomeri",credit_card:"kredit kartyny\u0148 nomeri",currency_code:"wal\xFDuta kody",iban:"IBAN",jwt:"JWT",template_literal:"\u015Fablon"},o={nan:"NaN"};return n=>{switch(n.code){case"invalid_type":{let i=o[n.expected]??n.expected,a=U(n.input),s=o[a]??a;return`N\xE4dogry baha: gara\u015Fylan ${i} \xFDerine ${s} alyndy`}case"invalid_value":return n.values.length===1?`N\xE4dogry baha: ${O(n.values[0])} bolmaly`:`N\xE4dogry sa\xFDlaw: a\u015Fakdakylardan biri bolmaly: ${k(n.values,"|")}`;case"too_big":{let i=n.inclusive?"<=":"<",a=t(n.origin);return a?`Has uly: gara\u015Fyl\xFDan ${n.origin??"baha"} ${i} ${n.maximum.toString()} ${a.unit??"element"}`:`Has uly: gara\u015Fyl\xFDan ${n.origin??"baha"} ${i} ${n.maximum.toString()}`}case"too_small":{let i=n.inclusive?">=":">",a=t(n.origin);return a?`Has ki\xE7i: gara\u015Fyl\xFDan ${n.origin} ${i} ${n.minimum.toString()} ${a.unit}`:`Has ki\xE7i: gara\u015Fyl\xFDan ${n.origin} ${i} ${n.minimum.toString()}`}case"invalid_format":{let i=n;return i.format==="starts_with"?`N\xE4dogry setir: "${i.prefix}" bilen ba\u015Flamaly`:i.format==="ends_with"?`N\xE4dogry setir: "${i.suffix}" bilen gutarmaly`:i.format==="includes"?`N\xE4dogry setir: "${i.includes}" saklamaly`:i.format==="regex"?`N\xE4dogry setir: ${i.pattern} nusga la\xFDyk bolmaly`:`N\xE4dogry ${r[i.format]??n.format}`}case"not_multiple_of":return`N\xE4dogry san: ${n.divisor} bilen galyndysyz b\xF6l\xFCnmeli`;case"unrecognized_keys":return`Tanalma\xFDan a\xE7ar${n.keys.length>1?"lar":""}: ${k(n.keys,", ")}`;case"invalid_key":return`${n.origin} i\xE7inde n\xE4dogry a\xE7ar`;case"invalid_union":return"N\xE4dogry baha";case"invalid_element":return`${n.origin} i\xE7inde n\xE4dogry baha`;default:return"N\xE4dogry baha"}}};function wb(){return{localeError:EA()}}var TA=()=>{let e={string:{unit:"karakter",verb:"olmal\u0131"},file:{unit:"bayt",verb:"olmal\u0131"},array:{unit:"\xF6\u011Fe",verb:"olmal\u0131"},set:{unit:"\xF6\u011Fe",verb:"olmal\u0131"},map:{unit:"\xF6\u011Fe",verb:"olmal\u0131"}};function t(n){return e[n]??null}let r={regex:"girdi",email:"e-posta adresi",url:"URL",emoji:"emoji",uuid:"UUID",uuidv4:"UUIDv4",uuidv6:"UUIDv6",nanoid:"nanoid",guid:"GUID",cuid:"cuid",cuid2:"cuid2",ulid:"ULID",xid:"XID",ksuid:"KSUID",datetime:"ISO tarih ve saat",date:"ISO tarih",time:"ISO saat",duration:"ISO s\xFCre",ipv4:"IPv4 adresi",ipv6:"IPv6 adresi",mac:"MAC adresi",cidrv4:"IPv4 aral\u0131\u011F\u0131",cidrv6:"IPv6 aral\u0131\u011F\u0131",base64:"base64 ile \u015Fifrelenmi\u015F metin",base64url:"base64url ile \u015Fifrelenmi\u015F metin",json_string:"JSON dizesi",e164:"E.164 say\u0131s\u0131",credit_card:"kredi kart\u0131 numaras\u0131",currency_code:"para birimi kodu",iban:"IBAN",jwt:"JWT",template_literal:"\u015Eablon dizesi"},o={nan:"NaN"};return n=>{switch(n.code){case"invalid_type":{let i=o[n.expected]??n.expected,a=U(n.input),s=o[a]??a;return/^[A-Z]/.test(n.expected)?`Ge\xE7ersiz de\u011Fer: beklenen instanceof ${n.expected}, al\u0131nan ${s}`:`Ge\xE7ersiz de\u011Fer: beklenen ${i}, al\u0131nan ${s}`}case"invalid_value":return n.values.length===1?`Ge\xE7ersiz de\u011Fer: beklenen ${O(n.values[0])}`:`Ge\xE7ersiz se\xE7enek: a\u015Fa\u011F\u0131dakilerden biri olmal\u0131: ${k(n.values,"|")}`;case"too_big":{let i=n.inclusive?"<=":"<",a=t(n.origin);return a?`\xC7ok b\xFCy\xFCk: beklenen ${n.origin??"de\u011Fer"} ${i}${n.maximum.toString()} ${a.unit??"\xF6\u011Fe"}`:`\xC7ok b\xFCy\xFCk: beklenen ${n.origin??"de\u011Fer"} ${i}${n.maximum.toString()}`}case"too_small":{let i=n.inclusive?">=":">",a=t(n.origin);return a?`\xC7ok k\xFC\xE7\xFCk: beklenen ${n.origin} ${i}${n.minimum.toString()} ${a.unit}`:`\xC7ok k\xFC\xE7\xFCk: beklenen ${n.origin} ${i}${n.minimum.toString()}`}case"invalid_format":{let i=n;return i.format==="starts_with"?`Ge\xE7ersiz metin: "${i.prefix}" ile ba\u015Flamal\u0131`:i.format==="ends_with"?`Ge\xE7ersiz metin: "${i.suffix}" ile bitmeli`:i.format==="includes"?`Ge\xE7ersiz metin: "${i.includes}" i\xE7ermeli`:i.format==="regex"?`Ge\xE7ersiz metin: ${i.pattern} desenine uymal\u0131`:`Ge\xE7ersiz ${r[i.format]??n.format}`}case"not_multiple_of":return`Ge\xE7ersiz say\u0131: ${n.divisor} ile tam b\xF6l\xFCnebilmeli`;case"unrecognized_keys":return`Tan\u0131nmayan anahtar${n.keys.length>1?"lar":""}: ${k(n.keys,", ")}`;case"invalid_key":return`${n.origin} i\xE7inde ge\xE7ersiz anahtar`;case"invalid_union":return"Ge\xE7ersiz de\u011Fer";case"invalid_element":return`${n.origin} i\xE7inde ge\xE7ersiz de\u011Fer`;default:return"Ge\xE7ersiz de\u011Fer"}}};function xb(){return{localeError:TA()}}var OA=()=>{let e={string:{unit:"\u0441\u0438\u043C\u0432\u043E\u043B\u0456\u0432",verb:"\u043C\u0430\u0442\u0438\u043C\u0435"},file:{unit:"\u0431\u0430\u0439\u0442\u0456\u0432",verb:"\u043C\u0430\u0442\u0438\u043C\u0435"},array:{unit:"\u0435\u043B\u0435\u043C\u0435\u043D\u0442\u0456\u0432",verb:"\u043C\u0430\u0442\u0438\u043C\u0435"},set:{unit:"\u0435\u043B\u0435\u043C\u0435\u043D\u0442\u0456\u0432",verb:"\u043C\u0430\u0442\u0438\u043C\u0435"},map:{unit:"\u0435\u043B\u0435\u043C\u0435\u043D\u0442\u0456\u0432",verb:"\u043C\u0430\u0442\u0438\u043C\u0435"}};function t(n){return e[n]??null}let r={regex:"\u0432\u0445\u0456\u0434\u043D\u0456 \u0434\u0430\u043D\u0456",email:"\u0430\u0434\u0440\u0435\u0441\u0430 \u0435\u043B\u0435\u043A\u0442\u0440\u043E\u043D\u043D\u043E\u0457 \u043F\u043E\u0448\u0442\u0438",url:"URL",emoji:"\u0435\u043C\u043E\u0434\u0437\u0456",uuid:"UUID",uuidv4:"UUIDv4",uuidv6:"UUIDv6",nanoid:"nanoid",guid:"GUID",cuid:"cuid",cuid2:"cuid2",ulid:"ULID",xid:"XID",ksuid:"KSUID",datetime:"\u0434\u0430\u0442\u0430 \u0442\u0430 \u0447\u0430\u0441 ISO",date:"\u0434\u0430\u0442\u0430 ISO",time:"\u0447\u0430\u0441 ISO",duration:"\u0442\u0440\u0438\u0432\u0430\u043B\u0456\u0441\u0442\u044C ISO",ipv4:"\u0430\u0434\u0440\u0435\u0441\u0430 IPv4",ipv6:"\u0430\u0434\u0440\u0435\u0441\u0430 IPv6",mac:"\u0430\u0434\u0440\u0435\u0441\u0430 MAC",cidrv4:"\u0434\u0456\u0430\u043F\u0430\u0437\u043E\u043D IPv4",cidrv6:"\u0434\u0456\u0430\u043F\u0430\u0437\u043E\u043D IPv6",base64:"\u0440\u044F\u0434\u043E\u043A \u0443 \u043A\u043E\u0434\u0443\u0432\u0430\u043D\u043D\u0456 base64",base64url:"\u0440\u044F\u0434\u043E\u043A \u0443 \u043A\u043E\u0434\u0443\u0432\u0430\u043D\u043D\u0456 base64url",json_string:"\u0440\u044F\u0434\u043E\u043A JSON",e164:"\u043D\u043E\u043C\u0435\u0440 E.164",credit_card:"\u043D\u043E\u043C\u0435\u0440 \u043A\u0440\u0435\u0434\u0438\u0442\u043D\u043E\u0457 \u043A\u0430\u0440\u0442\u043A\u0438",currency_code:"\u043A\u043E\u0434 \u0432\u0430\u043B\u044E\u0442\u0438",iban:"IBAN",jwt:"JWT",template_literal:"\u0432\u0445\u0456\u0434\u043D\u0456 \u0434\u0430\u043D\u0456"},o={nan:"NaN",number:"\u0447\u0438\u0441\u043B\u043E",array:"\u043C\u0430\u0441\u0438\u0432"};return n=>{switch(n.code){case"invalid_type":{let i=o[n.expected]??n.expected,a=U(n.input),s=o[a]??a;return/^[A-Z]/.test(n.expected)?`\u041D\u0435\u043F\u0440\u0430\u0432\u0438\u043B\u044C\u043D\u0456 \u0432\u0445\u0456\u0434\u043D\u0456 \u0434\u0430\u043D\u0456: \u043E\u0447\u0456\u043A\u0443\u0454\u0442\u044C\u0441\u044F instanceof ${n.expected}, \u043E\u0442\u0440\u0438\u043C\u0430\u043D\u043E ${s}`:`\u041D\u0435\u043F\u0440\u0430\u0432\u0438\u043B\u044C\u043D\u0456 \u0432\u0445\u0456\u0434\u043D\u0456 \u0434\u0430\u043D\u0456: \u043E\u0447\u0456\u043A\u0443\u0454\u0442\u044C\u0441\u044F ${i}, \u043E\u0442\u0440\u0438\u043C\u0430\u043D\u043E ${s}`}case"invalid_value":return n.values.length===1?`\u041D\u0435\u043F\u0440\u0430\u0432\u0438\u043B\u044C\u043D\u0456 \u0432\u0445\u0456\u0434\u043D\u0456 \u0434\u0430\u043D\u0456: \u043E\u0447\u0456\u043A\u0443\u0454\u0442\u044C\u0441\u044F ${O(n.values[0])}`:`\u041D\u0435\u043F\u0440\u0430\u0432\u0438\u043B\u044C\u043D\u0430 \u043E\u043F\u0446\u0456\u044F: \u043E\u0447\u0456\u043A\u0443\u0454\u0442\u044C\u0441\u044F \u043E\u0434\u043D\u0435 \u0437 ${k(n.values,"|")}`;case"too_big":{let i=n.inclusive?"<=":"<",a=t(n.origin);return a?`\u0417\u0430\u043D\u0430\u0434\u0442\u043E \u0432\u0435\u043B\u0438\u043A\u0435: \u043E\u0447\u0456\u043A\u0443\u0454\u0442\u044C\u0441\u044F, \u0449\u043E ${n.origin??"\u0437\u043D\u0430\u0447\u0435\u043D\u043D\u044F"} ${a.verb} ${i}${n.maximum.toString()} ${a.unit??"\u0435\u043B\u0435\u043C\u0435\u043D\u0442\u0456\u0432"}`:`\u0417\u0430\u043D\u0430\u0434\u0442\u043E \u0432\u0435\u043B\u0438\u043A\u0435: \u043E\u0447\u0456\u043A\u0443\u0454\u0442\u044C\u0441\u044F, \u0449\u043E ${n.origin??"\u0437\u043D\u0430\u0447\u0435\u043D\u043D\u044F"} \u0431\u0443\u0434\u0435 ${i}${n.maximum.toString()}`}case"too_small":{let i=n.inclusive?">=":">",a=t(n.origin);return a?`\u0417\u0430\u043D\u0430\u0434\u0442\u043E \u043C\u0430\u043B\u0435: \u043E\u0447\u0456\u043A\u0443\u0454\u0442\u044C\u0441\u044F, \u0449\u043E ${n.origin} ${a.verb} ${i}${n.minimum.toString()} ${a.unit}`:`\u0417\u0430\u043D\u0430\u0434\u0442\u043E \u043C\u0430\u043B\u0435: \u043E\u0447\u0456\u043A\u0443\u0454\u0442\u044C\u0441\u044F, \u0449\u043E ${n.origin} \u0431\u0443\u0434\u0435 ${i}${n.minimum.toString()}`}case"invalid_format":{let i=n;return i.format==="starts_with"?`\u041D\u0435\u043F\u0440\u0430\u0432\u0438\u043B\u044C\u043D\u0438\u0439 \u0440\u044F\u0434\u043E\u043A: \u043F\u043E\u0432\u0438\u043D\u0435\u043D \u043F\u043E\u0447\u0438\u043D\u0430\u0442\u0438\u0441\u044F \u0437 "${i.prefix}"`:i.format==="ends_with"?`\u041D\u0435\u043F\u0440\u0430\u0432\u0438\u043B\u044C\u043D\u0438\u0439 \u0440\u044F\u0434\u043E\u043A: \u043F\u043E\u0432\u0438\u043D\u0435\u043D \u0437\u0430\u043A\u0456\u043D\u0447\u0443\u0432\u0430\u0442\u0438\u0441\u044F \u043D\u0430 "${i.suffix}"`:i.format==="includes"?`\u041D\u0435\u043F\u0440\u0430\u0432\u0438\u043B\u044C\u043D\u0438\u0439 \u0440\u044F\u0434\u043E\u043A: \u043F\u043E\u0432\u0438\u043D\u0435\u043D \u043C\u0456\u0441\u0442\u0438\u0442\u0438 "${i.includes}"`:i.format==="regex"?`\u041D\u0435\u043F\u0440\u0430\u0432\u0438\u043B\u044C\u043D\u0438\u0439 \u0440\u044F\u0434\u043E\u043A: \u043F\u043E\u0432\u0438\u043D\u0435\u043D \u0432\u0456\u0434\u043F\u043E\u0432\u0456\u0434\u0430\u0442\u0438 \u0448\u0430\u0431\u043B\u043E\u043D\u0443 ${i.pattern}`:`\u041D\u0435\u043F\u0440\u0430\u0432\u0438\u043B\u044C\u043D\u0438\u0439 ${r[i.format]??n.format}`}case"not_multiple_of":return`\u041D\u0435\u043F\u0440\u0430\u0432\u0438\u043B\u044C\u043D\u0435 \u0447\u0438\u0441\u043B\u043E: \u043F\u043E\u0432\u0438\u043D\u043D\u043E \u0431\u0443\u0442\u0438 \u043A\u0440\u0430\u0442\u043D\u0438\u043C ${n.divisor}`;case"unrecognized_keys":return`\u041D\u0435\u0440\u043E\u0437\u043F\u0456\u0437\u043D\u0430\u043D\u0438\u0439 \u043A\u043B\u044E\u0447${n.keys.length>1?"\u0456":""}: ${k(n.keys,", ")}`;case"invalid_key":return`\u041D\u0435\u043F\u0440\u0430\u0432\u0438\u043B\u044C\u043D\u0438\u0439 \u043A\u043B\u044E\u0447 \u0443 ${n.origin}`;case"invalid_union":return"\u041D\u0435\u043F\u0440\u0430\u0432\u0438\u043B\u044C\u043D\u0456 \u0432\u0445\u0456\u0434\u043D\u0456 \u0434\u0430\u043D\u0456";case"invalid_element":return`\u041D\u0435\u043F\u0440\u0430\u0432\u0438\u043B\u044C\u043D\u0435 \u0437\u043D\u0430\u0447\u0435\u043D\u043D\u044F \u0443 ${n.origin}`;default:return"\u041D\u0435\u043F\u0440\u0430\u0432\u0438\u043B\u044C\u043D\u0456 \u0432\u0445\u0456\u0434\u043D\u0456 \u0434\u0430\u043D\u0456"}}};function es(){return{localeError:OA()}}function kb(){return es()}var UA=()=>{let e={string:{unit:"\u062D\u0631\u0648\u0641",verb:"\u06C1\u0648\u0646\u0627"},file:{unit:"\u0628\u0627\u0626\u0679\u0633",verb:"\u06C1\u0648\u0646\u0627"},array:{unit:"\u0622\u0626\u0679\u0645\u0632",verb:"\u06C1\u0648\u0646\u0627"},set:{unit:"\u0622\u0626\u0679\u0645\u0632",verb:"\u06C1\u0648\u0646\u0627"},map:{unit:"\u0622\u0626\u0679\u0645\u0632",verb:"\u06C1\u0648\u0646\u0627"}};function t(n){return e[n]??null}let r={regex:"\u0627\u0646 \u067E\u0679",email:"\u0627\u06CC \u0645\u06CC\u0644 \u0627\u06CC\u0688\u0631\u06CC\u0633",url:"\u06CC\u0648 \u0622\u0631 \u0627\u06CC\u0644",emoji:"\u0627\u06CC\u0645\u0648\u062C\u06CC",uuid:"\u06CC\u0648 \u06CC\u0648 \u0622\u0626\u06CC \u0688\u06CC",uuidv4:"\u06CC\u0648 \u06CC\u0648 \u0622\u0626\u06CC \u0688\u06CC \u0648\u06CC 4",uuidv6:"\u06CC\u0648 \u06CC\u0648 \u0622\u0626\u06CC \u0688\u06CC \u0648\u06CC 6",nanoid:"\u0646\u06CC\u0646\u0648 \u0622\u0626\u06CC \u0688\u06CC",guid:"\u062C\u06CC \u06CC\u0648 \u0622\u0626\u06CC \u0688\u06CC",cuid:"\u0633\u06CC \u06CC\u0648 \u0622\u0626\u06CC \u0688\u06CC",cuid2:"\u0633\u06CC \u06CC\u0648 \u0622\u0626\u06CC \u0688\u06CC 2",ulid:"\u06CC\u0648 \u0627\u06CC\u0644 \u0622\u0626\u06CC \u0688\u06CC",xid:"\u0627\u06CC\u06A9\u0633 \u0622\u0626\u06CC \u0688\u06CC",ksuid:"\u06A9\u06D2 \u0627\u06CC\u0633 \u06CC\u0648 \u0622\u0626\u06CC \u0688\u06CC",datetime:"\u0622\u0626\u06CC \u0627\u06CC\u0633 \u0627\u0648 \u0688\u06CC\u0679 \u0679\u0627\u0626\u0645",date:"\u0622\u0626\u06CC \u0627\u06CC\u0633 \u0627\u0648 \u062A\u0627\u0631\u06CC\u062E",time:"\u0622\u0626\u06CC \u0627\u06CC\u0633 \u0627\u0648 \u0648\u0642\u062A",duration:"\u0622\u0626\u06CC \u0627\u06CC\u0633 \u0627\u0648 \u0645\u062F\u062A",ipv4:"\u0622\u0626\u06CC \u067E\u06CC \u0648\u06CC 4 \u0627\u06CC\u0688\u0631\u06CC\u0633",ipv6:"\u0622\u0626\u06CC \u067E\u06CC \u0648\u06CC 6 \u0627\u06CC\u0688\u0631\u06CC\u0633",mac:"\u0627\u06CC\u0645 \u0627\u06D2 \u0633\u06CC \u0627\u06CC\u0688\u0631\u06CC\u0633",cidrv4:"\u0622\u0626\u06CC \u067E\u06CC \u0648\u06CC 4 \u0631\u06CC\u0646\u062C",cidrv6:"\u0622\u0626\u06CC \u067E\u06CC \u0648\u06CC 6 \u0631\u06CC\u0646\u062C",base64:"\u0628\u06CC\u0633 64 \u0627\u0646 \u06A9\u0648\u0688\u0688 \u0633\u0679\u0631\u0646\u06AF",base64url:"\u0628\u06CC\u0633 64 \u06CC\u0648 \u0622\u0631 \u0627\u06CC\u0644 \u0627\u0646 \u06A9\u0648\u0688\u0688 \u0633\u0679\u0631\u0646\u06AF",json_string:"\u062C\u06D2 \u0627\u06CC\u0633 \u0627\u0648 \u0627\u06CC\u0646 \u0633\u0679\u0631\u0646\u06AF",e164:"\u0627\u06CC 164 \u0646\u0645\u0628\u0631",credit_card:"\u06A9\u0631\u06CC\u0688\u0679 \u06A9\u0627\u0631\u0688 \u0646\u0645\u0628\u0631",currency_code:"\u06A9\u0631\u0646\u0633\u06CC \u06A9\u0648\u0688",iban:"IBAN",jwt:"\u062C\u06D2 \u0688\u0628\u0644\u06CC\u0648 \u0679\u06CC",template_literal:"\u0627\u0646 \u067E\u0679"},o={nan:"NaN",number:"\u0646\u0645\u0628\u0631",array:"\u0622\u0631\u06D2",null:"\u0646\u0644"};return n=>{switch(n.code){case"invalid_type":{let i=o[n.expected]??n.expected,a=U(n.input),s=o[a]??a;return/^[A-Z]/.test(n.expected)?`\u063A\u0644\u0637 \u0627\u0646 \u067E\u0679: instanceof ${n.expected} \u0645\u062A\u0648\u0642\u0639 \u062A\u06BE\u0627\u060C ${s} \u0645\u0648\u0635\u0648\u0644 \u06C1\u0648\u0627`:`\u063A\u0644\u0637 \u0627\u0646 \u067E\u0679: ${i} \u0645\u062A\u0648\u0642\u0639 \u062A\u06BE\u0627\u060C ${s} \u0645\u0648\u0635\u0648\u0644 \u06C1\u0648\u0627`}case"invalid_value":return n.values.length===1?`\u063A\u0644\u0637 \u0627\u0646 \u067E\u0679: ${O(n.values[0])} \u0645\u062A\u0648\u0642\u0639 \u062A\u06BE\u0627`:`\u063A\u0644\u0637 \u0622\u067E\u0634\u0646: ${k(n.values,"|")} \u0645\u06CC\u06BA \u0633\u06D2 \u0627\u06CC\u06A9 \u0645\u062A\u0648\u0642\u0639 \u062A\u06BE\u0627`;case"too_big":{let i=n.inclusive?"<=":"<",a=t(n.origin);return a?`\u0628\u06C1\u062A \u0628\u0691\u0627: ${n.origin??"\u0648\u06CC\u0644\u06CC\u0648"} \u06A9\u06D2 ${i}${n.maximum.toString()} ${a.unit??"\u0639\u0646\u0627\u0635\u0631"} \u06C1\u0648\u0646\u06D2 \u0645\u062A\u0648\u0642\u0639 \u062A\u06BE\u06D2`:`\u0628\u06C1\u062A \u0628\u0691\u0627: ${n.origin??"\u0648\u06CC\u0644\u06CC\u0648"} \u06A9\u0627 ${i}${n.maximum.toString()} \u06C1\u0648\u0646\u0627 \u0645\u062A\u0648\u0642\u0639 \u062A\u06BE\u0627`}case"too_small":{let i=n.inclusive?">=":">",a=t(n.origin);return a?`\u0628\u06C1\u062A \u0686\u06BE\u0648\u0679\u0627: ${n.origin} \u06A9\u06D2 ${i}${n.minimum.toString()} ${a.unit} \u06C1\u0648\u0646\u06D2 \u0645\u062A\u0648\u0642\u0639 \u062A\u06BE\u06D2`:`\u0628\u06C1\u062A \u0686\u06BE\u0648\u0679\u0627: ${n.origin} \u06A9\u0627 ${i}${n.minimum.toString()} \u06C1\u0648\u0646\u0627 \u0645\u062A\u0648\u0642\u0639 \u062A\u06BE\u0627`}case"invalid_format":{let i=n;return i.format==="starts_with"?`\u063A\u0644\u0637 \u0633\u0679\u0631\u0646\u06AF: "${i.prefix}" \u0633\u06D2 \u0634\u0631\u0648\u0639 \u06C1\u0648\u0646\u0627 \u0686\u0627\u06C1\u06CC\u06D2`:i.format==="ends_with"?`\u063A\u0644\u0637 \u0633\u0679\u0631\u0646\u06AF: "${i.suffix}" \u067E\u0631 \u062E\u062A\u0645 \u06C1\u0648\u0646\u0627 \u0686\u0627\u06C1\u06CC\u06D2`:i.format==="includes"?`\u063A\u0644\u0637 \u0633\u0679\u0631\u0646\u06AF: "${i.includes}" \u0634\u0627\u0645\u0644 \u06C1\u0648\u0646\u0627 \u0686\u0627\u06C1\u06CC\u06D2`:i.format==="regex"?`\u063A\u0644\u0637 \u0633\u0679\u0631\u0646\u06AF: \u067E\u06CC\u0679\u0631\u0646 ${i.pattern} \u0633\u06D2 \u0645\u06CC\u0686 \u06C1\u0648\u0646\u0627 \u0686\u0627\u06C1\u06CC\u06D2`:`\u063A\u0644\u0637 ${r[i.format]??n.format}`}case"not_multiple_of":return`\u063A\u0644\u0637 \u0646\u0645\u0628\u0631: ${n.divisor} \u06A9\u0627 \u0645\u0636\u0627\u0639\u0641 \u06C1\u0648\u0646\u0627 \u0686\u0627\u06C1\u06CC\u06D2`;case"unrecognized_keys":return`\u063A\u06CC\u0631 \u062A\u0633\u0644\u06CC\u0645 \u0634\u062F\u06C1 \u06A9\u06CC${n.keys.length>1?"\u0632":""}: ${k(n.keys,"\u060C ")}`;case"invalid_key":return`${n.origin} \u0645\u06CC\u06BA \u063A\u0644\u0637 \u06A9\u06CC`;case"invalid_union":return"\u063A\u0644\u0637 \u0627\u0646 \u067E\u0679";case"invalid_element":return`${n.origin} \u0645\u06CC\u06BA \u063A\u0644\u0637 \u0648\u06CC\u0644\u06CC\u0648`;default:return"\u063A\u0644\u0637 \u0627\u0646 \u067E\u0679"}}};function _b(){return{localeError:UA()}}var NA=()=>{let e={string:{unit:"belgi",verb:"bo\u2018lishi kerak"},file:{unit:"bayt",verb:"bo\u2018lishi kerak"},array:{unit:"element",verb:"bo\u2018lishi kerak"},set:{unit:"element",verb:"bo\u2018lishi kerak"},map:{unit:"yozuv",verb:"bo\u2018lishi kerak"}};function t(n){return e[n]??null}let r={regex:"kirish",email:"elektron pochta manzili",url:"URL",emoji:"emoji",uuid:"UUID",uuidv4:"UUIDv4",uuidv6:"UUIDv6",nanoid:"nanoid",guid:"GUID",cuid:"cuid",cuid2:"cuid2",ulid:"ULID",xid:"XID",ksuid:"KSUID",datetime:"ISO sana va vaqti",date:"ISO sana",time:"ISO vaqt",duration:"ISO davomiylik",ipv4:"IPv4 manzil",ipv6:"IPv6 manzil",mac:"MAC manzil",cidrv4:"IPv4 diapazon",cidrv6:"IPv6 diapazon",base64:"base64 kodlangan satr",base64url:"base64url kodlangan satr",json_string:"JSON satr",e164:"E.164 raqam",credit_card:"kredit karta raqami",currency_code:"valyuta kodi",iban:"IBAN",jwt:"JWT",template_literal:"kirish"},o={nan:"NaN",number:"raqam",array:"massiv"};return n=>{switch(n.code){case"invalid_type":{let i=o[n.expected]??n.expected,a=U(n.input),s=o[a]??a;return/^[A-Z]/.test(n.expected)?`Noto\u2018g\u2018ri kirish: kutilgan instanceof ${n.expected}, qabul qilingan ${s}`:`Noto\u2018g\u2018ri kirish: kutilgan ${i}, qabul qilingan ${s}`}case"invalid_value":return n.values.length===1?`Noto\u2018g\u2018ri kirish: kutilgan ${O(n.values[0])}`:`Noto\u2018g\u2018ri variant: quyidagilardan biri kutilgan ${k(n.values,"|")}`;case"too_big":{let i=n.inclusive?"<=":"<",a=t(n.origin);return a?`Juda katta: kutilgan ${n.origin??"qiymat"} ${i}${n.maximum.toString()} ${a.unit} ${a.verb}`:`Juda katta: kutilgan ${n.origin??"qiymat"} ${i}${n.maximum.toString()}`}case"too_small":{let i=n.inclusive?">=":">",a=t(n.origin);return a?`Juda kichik: kutilgan ${n.origin} ${i}${n.minimum.toString()} ${a.unit} ${a.verb}`:`Juda kichik: kutilgan ${n.origin} ${i}${n.minimum.toString()}`}case"invalid_format":{let i=n;return i.format==="starts_with"?`Noto\u2018g\u2018ri satr: "${i.prefix}" bilan boshlanishi kerak`:i.format==="ends_with"?`Noto\u2018g\u2018ri satr: "${i.suffix}" bilan tugashi kerak`:i.format==="includes"?`Noto\u2018g\u2018ri satr: "${i.includes}" ni o\u2018z ichiga olishi kerak`:i.format==="regex"?`Noto\u2018g\u2018ri satr: ${i.pattern} shabloniga mos kelishi kerak`:`Noto\u2018g\u2018ri ${r[i.format]??n.format}`}case"not_multiple_of":return`Noto\u2018g\u2018ri raqam: ${n.divisor} ning karralisi bo\u2018lishi kerak`;case"unrecognized_keys":return`Noma\u2019lum kalit${n.keys.length>1?"lar":""}: ${k(n.keys,", ")}`;case"invalid_key":return`${n.origin} dagi kalit noto\u2018g\u2018ri`;case"invalid_union":return"Noto\u2018g\u2018ri kirish";case"invalid_element":return`${n.origin} da noto\u2018g\u2018ri qiymat`;default:return"Noto\u2018g\u2018ri kirish"}}};function Ab(){return{localeError:NA()}}var zA=()=>{let e={string:{unit:"k\xFD t\u1EF1",verb:"c\xF3"},file:{unit:"byte",verb:"c\xF3"},array:{unit:"ph\u1EA7n t\u1EED",verb:"c\xF3"},set:{unit:"ph\u1EA7n t\u1EED",verb:"c\xF3"},map:{unit:"ph\u1EA7n t\u1EED",verb:"c\xF3"}};function t(n){return e[n]??null}let r={regex:"\u0111\u1EA7u v\xE0o",email:"\u0111\u1ECBa ch\u1EC9 email",url:"URL",emoji:"emoji",uuid:"UUID",uuidv4:"UUIDv4",uuidv6:"UUIDv6",nanoid:"nanoid",guid:"GUID",cuid:"cuid",cuid2:"cuid2",ulid:"ULID",xid:"XID",ksuid:"KSUID",datetime:"ng\xE0y gi\u1EDD ISO",date:"ng\xE0y ISO",time:"gi\u1EDD ISO",duration:"kho\u1EA3ng th\u1EDDi gian ISO",ipv4:"\u0111\u1ECBa ch\u1EC9 IPv4",ipv6:"\u0111\u1ECBa ch\u1EC9 IPv6",mac:"\u0111\u1ECBa ch\u1EC9 MAC",cidrv4:"d\u1EA3i IPv4",cidrv6:"d\u1EA3i IPv6",base64:"chu\u1ED7i m\xE3 h\xF3a base64",base64url:"chu\u1ED7i m\xE3 h\xF3a base64url",json_string:"chu\u1ED7i JSON",e164:"s\u1ED1 E.164",credit_card:"s\u1ED1 th\u1EBB t\xEDn d\u1EE5ng",currency_code:"m\xE3 ti\u1EC1n t\u1EC7",iban:"IBAN",jwt:"JWT",template_literal:"\u0111\u1EA7u v\xE0o"},o={nan:"NaN",number:"s\u1ED1",array:"m\u1EA3ng"};return n=>{switch(n.code){case"invalid_type":{let i=o[n.expected]??n.expected,a=U(n.input),s=o[a]??a;return/^[A-Z]/.test(n.expected)?`\u0110\u1EA7u v\xE0o kh\xF4ng h\u1EE3p l\u1EC7: mong \u0111\u1EE3i instanceof ${n.expected}, nh\u1EADn \u0111\u01B0\u1EE3c ${s}`:`\u0110\u1EA7u v\xE0o kh\xF4ng h\u1EE3p l\u1EC7: mong \u0111\u1EE3i ${i}, nh\u1EADn \u0111\u01B0\u1EE3c ${s}`}case"invalid_value":return n.values.length===1?`\u0110\u1EA7u v\xE0o kh\xF4ng h\u1EE3p l\u1EC7: mong \u0111\u1EE3i ${O(n.values[0])}`:`T\xF9y ch\u1ECDn kh\xF4ng h\u1EE3p l\u1EC7: mong \u0111\u1EE3i m\u1ED9t trong c\xE1c gi\xE1 tr\u1ECB ${k(n.values,"|")}`;case"too_big":{let i=n.inclusive?"<=":"<",a=t(n.origin);return a?`Qu\xE1 l\u1EDBn: mong \u0111\u1EE3i ${n.origin??"gi\xE1 tr\u1ECB"} ${a.verb} ${i}${n.maximum.toString()} ${a.unit??"ph\u1EA7n t\u1EED"}`:`Qu\xE1 l\u1EDBn: mong \u0111\u1EE3i ${n.origin??"gi\xE1 tr\u1ECB"} ${i}${n.maximum.toString()}`}case"too_small":{let i=n.inclusive?">=":">",a=t(n.origin);return a?`Qu\xE1 nh\u1ECF: mong \u0111\u1EE3i ${n.origin} ${a.verb} ${i}${n.minimum.toString()} ${a.unit}`:`Qu\xE1 nh\u1ECF: mong \u0111\u1EE3i ${n.origin} ${i}${n.minimum.toString()}`}case"invalid_format":{let i=n;return i.format==="starts_with"?`Chu\u1ED7i kh\xF4ng h\u1EE3p l\u1EC7: ph\u1EA3i b\u1EAFt \u0111\u1EA7u b\u1EB1ng "${i.prefix}"`:i.format==="ends_with"?`Chu\u1ED7i kh\xF4ng h\u1EE3p l\u1EC7: ph\u1EA3i k\u1EBFt th\xFAc b\u1EB1ng "${i.suffix}"`:i.format==="includes"?`Chu\u1ED7i kh\xF4ng h\u1EE3p l\u1EC7: ph\u1EA3i bao g\u1ED3m "${i.includes}"`:i.format==="regex"?`Chu\u1ED7i kh\xF4ng h\u1EE3p l\u1EC7: ph\u1EA3i kh\u1EDBp v\u1EDBi m\u1EABu ${i.pattern}`:`${r[i.format]??n.format} kh\xF4ng h\u1EE3p l\u1EC7`}case"not_multiple_of":return`S\u1ED1 kh\xF4ng h\u1EE3p l\u1EC7: ph\u1EA3i l\xE0 b\u1ED9i s\u1ED1 c\u1EE7a ${n.divisor}`;case"unrecognized_keys":return`Kh\xF3a kh\xF4ng \u0111\u01B0\u1EE3c nh\u1EADn d\u1EA1ng: ${k(n.keys,", ")}`;case"invalid_key":return`Kh\xF3a kh\xF4ng h\u1EE3p l\u1EC7 trong ${n.origin}`;case"invalid_union":return"\u0110\u1EA7u v\xE0o kh\xF4ng h\u1EE3p l\u1EC7";case"invalid_element":return`Gi\xE1 tr\u1ECB kh\xF4ng h\u1EE3p l\u1EC7 trong ${n.origin}`;default:return"\u0110\u1EA7u v\xE0o kh\xF4ng h\u1EE3p l\u1EC7"}}};function Ib(){return{localeError:zA()}}var CA=()=>{let e={string:{unit:"\u5B57\u7B26",verb:"\u5305\u542B"},file:{unit:"\u5B57\u8282",verb:"\u5305\u542B"},array:{unit:"\u9879",verb:"\u5305\u542B"},set:{unit:"\u9879",verb:"\u5305\u542B"},map:{unit:"\u9879",verb:"\u5305\u542B"}};function t(n){return e[n]??null}let r={regex:"\u8F93\u5165",email:"\u7535\u5B50\u90AE\u4EF6",url:"URL",emoji:"\u8868\u60C5\u7B26\u53F7",uuid:"UUID",uuidv4:"UUIDv4",uuidv6:"UUIDv6",nanoid:"nanoid",guid:"GUID",cuid:"cuid",cuid2:"cuid2",ulid:"ULID",xid:"XID",ksuid:"KSUID",datetime:"ISO\u65E5\u671F\u65F6\u95F4",date:"ISO\u65E5\u671F",time:"ISO\u65F6\u95F4",duration:"ISO\u65F6\u957F",ipv4:"IPv4\u5730\u5740",ipv6:"IPv6\u5730\u5740",mac:"MAC\u5730\u5740",cidrv4:"IPv4\u7F51\u6BB5",cidrv6:"IPv6\u7F51\u6BB5",base64:"base64\u7F16\u7801\u5B57\u7B26\u4E32",base64url:"base64url\u7F16\u7801\u5B57\u7B26\u4E32",json_string:"JSON\u5B57\u7B26\u4E32",e164:"E.164\u53F7\u7801",credit_card:"\u4FE1\u7528\u5361\u53F7",currency_code:"\u8D27\u5E01\u4EE3\u7801",iban:"IBAN",jwt:"JWT",template_literal:"\u8F93\u5165"},o={nan:"NaN",number:"\u6570\u5B57",array:"\u6570\u7EC4",null:"\u7A7A\u503C(null)"};return n=>{switch(n.code){case"invalid_type":{let i=o[n.expected]??n.expected,a=U(n.input),s=o[a]??a;return/^[A-Z]/.test(n.expected)?`\u65E0\u6548\u8F93\u5165\uFF1A\u671F\u671B instanceof ${n.expected}\uFF0C\u5B9E\u9645\u63A5\u6536 ${s}`:`\u65E0\u6548\u8F93\u5165\uFF1A\u671F\u671B ${i}\uFF0C\u5B9E\u9645\u63A5\u6536 ${s}`}case"invalid_value":return n.values.length===1?`\u65E0\u6548\u8F93\u5165\uFF1A\u671F\u671B ${O(n.values[0])}`:`\u65E0\u6548\u9009\u9879\uFF1A\u671F\u671B\u4EE5\u4E0B\u4E4B\u4E00 ${k(n.values,"|")}`;case"too_big":{let i=n.inclusive?"<=":"<",a=t(n.origin);return a?`\u6570\u503C\u8FC7\u5927\uFF1A\u671F\u671B ${n.origin??"\u503C"} ${i}${n.maximum.toString()} ${a.unit??"\u4E2A\u5143\u7D20"}`:`\u6570\u503C\u8FC7\u5927\uFF1A\u671F\u671B ${n.origin??"\u503C"} ${i}${n.maximum.toString()}`}case"too_small":{let i=n.inclusive?">=":">",a=t(n.origin);return a?`\u6570\u503C\u8FC7\u5C0F\uFF1A\u671F\u671B ${n.origin} ${i}${n.minimum.toString()} ${a.unit}`:`\u6570\u503C\u8FC7\u5C0F\uFF1A\u671F\u671B ${n.origin} ${i}${n.minimum.toString()}`}case"invalid_format":{let i=n;return i.format==="starts_with"?`\u65E0\u6548\u5B57\u7B26\u4E32\uFF1A\u5FC5\u987B\u4EE5 "${i.prefix}" \u5F00\u5934`:i.format==="ends_with"?`\u65E0\u6548\u5B57\u7B26\u4E32\uFF1A\u5FC5\u987B\u4EE5 "${i.suffix}" \u7ED3\u5C3E`:i.format==="includes"?`\u65E0\u6548\u5B57\u7B26\u4E32\uFF1A\u5FC5\u987B\u5305\u542B "${i.includes}"`:i.format==="regex"?`\u65E0\u6548\u5B57\u7B26\u4E32\uFF1A\u5FC5\u987B\u6EE1\u8DB3\u6B63\u5219\u8868\u8FBE\u5F0F ${i.pattern}`:`\u65E0\u6548${r[i.format]??n.format}`}case"not_multiple_of":return`\u65E0\u6548\u6570\u5B57\uFF1A\u5FC5\u987B\u662F ${n.divisor} \u7684\u500D\u6570`;case"unrecognized_keys":return`\u51FA\u73B0\u672A\u77E5\u7684\u952E(key): ${k(n.keys,", ")}`;case"invalid_key":return`${n.origin} \u4E2D\u7684\u952E(key)\u65E0\u6548`;case"invalid_union":return"\u65E0\u6548\u8F93\u5165";case"invalid_element":return`${n.origin} \u4E2D\u5305\u542B\u65E0\u6548\u503C(value)`;default:return"\u65E0\u6548\u8F93\u5165"}}};function Sb(){return{localeError:CA()}}var jA=()=>{let e={string:{unit:"\u5B57\u5143",verb:"\u64C1\u6709"},file:{unit:"\u4F4D\u5143\u7D44",verb:"\u64C1\u6709"},array:{unit:"\u9805\u76EE",verb:"\u64C1\u6709"},set:{unit:"\u9805\u76EE",verb:"\u64C1\u6709"},map:{unit:"\u9805\u76EE",verb:"\u64C1\u6709"}};function t(n){return e[n]??null}let r={regex:"\u8F38\u5165",email:"\u90F5\u4EF6\u5730\u5740",url:"URL",emoji:"emoji",uuid:"UUID",uuidv4:"UUIDv4",uuidv6:"UUIDv6",nanoid:"nanoid",guid:"GUID",cuid:"cuid",cuid2:"cuid2",ulid:"ULID",xid:"XID",ksuid:"KSUID",datetime:"ISO \u65E5\u671F\u6642\u9593",date:"ISO \u65E5\u671F",time:"ISO \u6642\u9593",duration:"ISO \u671F\u9593",ipv4:"IPv4 \u4F4D\u5740",ipv6:"IPv6 \u4F4D\u5740",mac:"MAC \u4F4D\u5740",cidrv4:"IPv4 \u7BC4\u570D",cidrv6:"IPv6 \u7BC4\u570D",base64:"base64 \u7DE8\u78BC\u5B57\u4E32",base64url:"base64url \u7DE8\u78BC\u5B57\u4E32",json_string:"JSON \u5B57\u4E32",e164:"E.164 \u6578\u503C",credit_card:"\u4FE1\u7528\u5361\u865F",currency_code:"\u8CA8\u5E63\u4EE3\u78BC",iban:"IBAN",jwt:"JWT",template_literal:"\u8F38\u5165"},o={nan:"NaN"};return n=>{switch(n.code){case"invalid_type":{let i=o[n.expected]??n.expected,a=U(n.input),s=o[a]??a;return/^[A-Z]/.test(n.expected)?`\u7121\u6548\u7684\u8F38\u5165\u503C\uFF1A\u9810\u671F\u70BA instanceof ${n.expected}\uFF0C\u4F46\u6536\u5230 ${s}`:`\u7121\u6548\u7684\u8F38\u5165\u503C\uFF1A\u9810\u671F\u70BA ${i}\uFF0C\u4F46\u6536\u5230 ${s}`}case"invalid_value":return n.values.length===1?`\u7121\u6548\u7684\u8F38\u5165\u503C\uFF1A\u9810\u671F\u70BA ${O(n.values[0])}`:`\u7121\u6548\u7684\u9078\u9805\uFF1A\u9810\u671F\u70BA\u4EE5\u4E0B\u5176\u4E2D\u4E4B\u4E00 ${k(n.values,"|")}`;case"too_big":{let i=n.inclusive?"<=":"<",a=t(n.origin);return a?`\u6578\u503C\u904E\u5927\uFF1A\u9810\u671F ${n.origin??"\u503C"} \u61C9\u70BA ${i}${n.maximum.toString()} ${a.unit??"\u500B\u5143\u7D20"}`:`\u6578\u503C\u904E\u5927\uFF1A\u9810\u671F ${n.origin??"\u503C"} \u61C9\u70BA ${i}${n.maximum.toString()}`}case"too_small":{let i=n.inclusive?">=":">",a=t(n.origin);return a?`\u6578\u503C\u904E\u5C0F\uFF1A\u9810\u671F ${n.origin} \u61C9\u70BA ${i}${n.minimum.toString()} ${a.unit}`:`\u6578\u503C\u904E\u5C0F\uFF1A\u9810\u671F ${n.origin} \u61C9\u70BA ${i}${n.minimum.toString()}`}case"invalid_format":{let i=n;return i.format==="starts_with"?`\u7121\u6548\u7684\u5B57\u4E32\uFF1A\u5FC5\u9808\u4EE5 "${i.prefix}" \u958B\u982D`:i.format==="ends_with"?`\u7121\u6548\u7684\u5B57\u4E32\uFF1A\u5FC5\u9808\u4EE5 "${i.suffix}" \u7D50\u5C3E`:i.format==="includes"?`\u7121\u6548\u7684\u5B57\u4E32\uFF1A\u5FC5\u9808\u5305\u542B "${i.includes}"`:i.format==="regex"?`\u7121\u6548\u7684\u5B57\u4E32\uFF1A\u5FC5\u9808\u7B26\u5408\u683C\u5F0F ${i.pattern}`:`\u7121\u6548\u7684 ${r[i.format]??n.format}`}case"not_multiple_of":return`\u7121\u6548\u7684\u6578\u5B57\uFF1A\u5FC5\u9808\u70BA ${n.divisor} \u7684\u500D\u6578`;case"unrecognized_keys":return`\u7121\u6CD5\u8B58\u5225\u7684\u9375\u503C${n.keys.length>1?"\u5011":""}\uFF1A${k(n.keys,"\u3001")}`;case"invalid_key":return`${n.origin} \u4E2D\u6709\u7121\u6548\u7684\u9375\u503C`;case"invalid_union":return"\u7121\u6548\u7684\u8F38\u5165\u503C";case"invalid_element":return`${n.origin} \u4E2D\u6709\u7121\u6548\u7684\u503C`;default:return"\u7121\u6548\u7684\u8F38\u5165\u503C"}}};function Pb(){return{localeError:jA()}}var FA=()=>{let e={string:{unit:"\xE0mi",verb:"n\xED"},file:{unit:"bytes",verb:"n\xED"},array:{unit:"nkan",verb:"n\xED"},set:{unit:"nkan",verb:"n\xED"},map:{unit:"nkan",verb:"n\xED"}};function t(n){return e[n]??null}let r={regex:"\u1EB9\u0300r\u1ECD \xECb\xE1w\u1ECDl\xE9",email:"\xE0d\xEDr\u1EB9\u0301s\xEC \xECm\u1EB9\u0301l\xEC",url:"URL",emoji:"emoji",uuid:"UUID",uuidv4:"UUIDv4",uuidv6:"UUIDv6",nanoid:"nanoid",guid:"GUID",cuid:"cuid",cuid2:"cuid2",ulid:"ULID",xid:"XID",ksuid:"KSUID",datetime:"\xE0k\xF3k\xF2 ISO",date:"\u1ECDj\u1ECD\u0301 ISO",time:"\xE0k\xF3k\xF2 ISO",duration:"\xE0k\xF3k\xF2 t\xF3 p\xE9 ISO",ipv4:"\xE0d\xEDr\u1EB9\u0301s\xEC IPv4",ipv6:"\xE0d\xEDr\u1EB9\u0301s\xEC IPv6",mac:"\xE0d\xEDr\u1EB9\u0301s\xEC MAC",cidrv4:"\xE0gb\xE8gb\xE8 IPv4",cidrv6:"\xE0gb\xE8gb\xE8 IPv6",base64:"\u1ECD\u0300r\u1ECD\u0300 t\xED a k\u1ECD\u0301 n\xED base64",base64url:"\u1ECD\u0300r\u1ECD\u0300 base64url",json_string:"\u1ECD\u0300r\u1ECD\u0300 JSON",e164:"n\u1ECD\u0301mb\xE0 E.164",credit_card:"n\u1ECDmba kaadi gbese",currency_code:"koodu ow\xF3",iban:"IBAN",jwt:"JWT",template_literal:"\u1EB9\u0300r\u1ECD \xECb\xE1w\u1ECDl\xE9"},o={nan:"NaN",number:"n\u1ECD\u0301mb\xE0",array:"akop\u1ECD"};return n=>{switch(n.code){case"invalid_type":{let i=o[n.expected]??n.expected,a=U(n.input),s=o[a]??a;return/^[A-Z]/.test(n.expected)?`\xCCb\xE1w\u1ECDl\xE9 a\u1E63\xEC\u1E63e: a n\xED l\xE1ti fi instanceof ${n.expected}, \xE0m\u1ECD\u0300 a r\xED ${s}`:`\xCCb\xE1w\u1ECDl\xE9 a\u1E63\xEC\u1E63e: a n\xED l\xE1ti fi ${i}, \xE0m\u1ECD\u0300 a r\xED ${s}`}case"invalid_value":return n.values.length===1?`\xCCb\xE1w\u1ECDl\xE9 a\u1E63\xEC\u1E63e: a n\xED l\xE1ti fi ${O(n.values[0])}`:`\xC0\u1E63\xE0y\xE0n a\u1E63\xEC\u1E63e: yan \u1ECD\u0300kan l\xE1ra ${k(n.values,"|")}`;case"too_big":{let i=n.inclusive?"<=":"<",a=t(n.origin);return a?`T\xF3 p\u1ECD\u0300 j\xF9: a n\xED l\xE1ti j\u1EB9\u0301 p\xE9 ${n.origin??"iye"} ${a.verb} ${i}${n.maximum} ${a.unit}`:`T\xF3 p\u1ECD\u0300 j\xF9: a n\xED l\xE1ti j\u1EB9\u0301 ${i}${n.maximum}`}case"too_small":{let i=n.inclusive?">=":">",a=t(n.origin);return a?`K\xE9r\xE9 ju: a n\xED l\xE1ti j\u1EB9\u0301 p\xE9 ${n.origin} ${a.verb} ${i}${n.minimum} ${a.unit}`:`K\xE9r\xE9 ju: a n\xED l\xE1ti j\u1EB9\u0301 ${i}${n.minimum}`}case"invalid_format":{let i=n;return i.format==="starts_with"?`\u1ECC\u0300r\u1ECD\u0300 a\u1E63\xEC\u1E63e: gb\u1ECD\u0301d\u1ECD\u0300 b\u1EB9\u0300r\u1EB9\u0300 p\u1EB9\u0300l\xFA "${i.prefix}"`:i.format==="ends_with"?`\u1ECC\u0300r\u1ECD\u0300 a\u1E63\xEC\u1E63e: gb\u1ECD\u0301d\u1ECD\u0300 par\xED p\u1EB9\u0300l\xFA "${i.suffix}"`:i.format==="includes"?`\u1ECC\u0300r\u1ECD\u0300 a\u1E63\xEC\u1E63e: gb\u1ECD\u0301d\u1ECD\u0300 n\xED "${i.includes}"`:i.format==="regex"?`\u1ECC\u0300r\u1ECD\u0300 a\u1E63\xEC\u1E63e: gb\u1ECD\u0301d\u1ECD\u0300 b\xE1 \xE0p\u1EB9\u1EB9r\u1EB9 mu ${i.pattern}`:`A\u1E63\xEC\u1E63e: ${r[i.format]??n.format}`}case"not_multiple_of":return`N\u1ECD\u0301mb\xE0 a\u1E63\xEC\u1E63e: gb\u1ECD\u0301d\u1ECD\u0300 j\u1EB9\u0301 \xE8y\xE0 p\xEDp\xEDn ti ${n.divisor}`;case"unrecognized_keys":return`B\u1ECDt\xECn\xEC \xE0\xECm\u1ECD\u0300: ${k(n.keys,", ")}`;case"invalid_key":return`B\u1ECDt\xECn\xEC a\u1E63\xEC\u1E63e n\xEDn\xFA ${n.origin}`;case"invalid_union":return"\xCCb\xE1w\u1ECDl\xE9 a\u1E63\xEC\u1E63e";case"invalid_element":return`Iye a\u1E63\xEC\u1E63e n\xEDn\xFA ${n.origin}`;default:return"\xCCb\xE1w\u1ECDl\xE9 a\u1E63\xEC\u1E63e"}}};function Rb(){return{localeError:FA()}}var Db,sf=Symbol("ZodOutput"),cf=Symbol("ZodInput"),ts=class{constructor(){this._map=new WeakMap,this._idmap=new Map}add(t,...r){let o=r[0];return this._map.set(t,o),o&&typeof o=="object"&&"id"in o&&this._idmap.set(o.id,t),this}clear(){return this._map=new WeakMap,this._idmap=new Map,this}remove(t){let r=this._map.get(t);return r&&typeof r=="object"&&"id"in r&&this._idmap.delete(r.id),this._map.delete(t),this}get(t){let r=t._zod.parent;if(r){let o={...this.get(r)??{}};delete o.id;let n={...o,...this._map.get(t)};return Object.keys(n).length?n:void 0}return this._map.get(t)}has(t){return this._map.has(t)}};function ns(){return new ts}(Db=globalThis).__zod_globalRegistry??(Db.__zod_globalRegistry=ns());var tt=globalThis.__zod_globalRegistry;var dt=Symbol.for("zod.compile.invalid"),Eb=Symbol.for("zod.compile.fallback"),Mt=class extends Error{constructor(t="z.compile does not support async refinements, transforms, or checks"){super(t),this.name="ZodCompileAsyncError"}},we=class extends Error{constructor(t,r=!0){super(`z.compile does not support ${t}; this schema must use the runtime parser`),this.name="ZodCompileUnsupportedError",this.islandable=r}};function MA(e,t){try{return is(e,{assertOnly:!0})}catch{return t}}function ff(e,t){try{let r=is(e),o=rs(e,r);return o._zod.bag.validator=MA(e,r),o}catch(r){if(t?.strict)throw r;return e}}function rs(e,t){if(Ja(e))throw new we("a schema whose subtree contains a reference cycle");let r=Re(e),o=e._zod.run,n=o.__originalRun??o,i=(a,s)=>{if(s?.async||s?.direction==="backward"||s?.skipChecks||s?.[Eb]||s&&Xa(s,a.value))return n(a,s);let u=t(a.value);return u!==dt?(a.value=u,a):(s&&(s[Eb]=!0),n(a,s))};return i.__originalRun=n,r._zod.bag.fallbackRun=n,r._zod.bag.validator=t,r._zod.run=i,o.__originalRun||qA(r,e,t),r}function qA(e,t,r){let o=e,n=t;if(typeof n.safeParse=="function"){let i=n.safeParse;o.safeParse=(a,s)=>{let u=r(a);return u!==dt?{success:!0,data:u}:i(a,s)}}if(typeof n.parse=="function"){let i=n.parse;o.parse=(a,s)=>{let u=r(a);return u!==dt?u:i(a,s)}}}function is(e,t){let r=!0;try{r=Ja(e)}catch{}if(r)throw new we("a schema whose subtree contains a reference cycle");let o={constants:new Map,constantCounter:0,varCounter:0,definite:!0},n=new Jn(["input"]),i=je(n,o,e,"input",!t?.assertOnly);n.write(i===null?"return true;":`return ${i};`);let a=["INVALID",...o.constants.keys()],s=[dt,...o.constants.values()],u=n.content.join(`
`),c=t?.debug?a.length>0?`// Constants: ${a.join(", ")}
${u}`:u:"",l=Function,f=`return (input) => {
${u}
}`,p;try{p=new l(...a,f)(...s)}catch(g){throw new we(`this schema (generated code failed to evaluate: ${g.message})`)}return t?.debug&&(p.code=c),p.definite=o.definite,p}function ue(e,t){for(let[o,n]of e.constants)if(n===t)return o;let r=`c${e.constantCounter++}`;return e.constants.set(r,t),r}function Qn(e,t){return e.definite=!1,ue(e,t)}function ie(e){return`v${e.varCounter++}`}function BA(e,t){let r=e._zod.run({value:t,issues:[]},{});if(r&&typeof r.then=="function")return dt;let o=r;return o.issues.length===0?o.value:dt}function it(e,t,r,o,n=!0){let i=e.content.length,a=t.constants.size,s=t.constantCounter,u=t.varCounter;try{return je(e,t,r,o,n)}catch(c){if(!(c instanceof we)||!c.islandable)throw c;if(e.content.length=i,t.constants.size>a){let l=Array.from(t.constants.keys()).slice(a);for(let f of l)t.constants.delete(f)}return t.constantCounter=s,t.varCounter=u,ZA(e,t,r,o)}}function ZA(e,t,r,o){t.definite=!1;let n=ue(t,r),i=ue(t,BA),a=ie(t);return e.write(`const ${a} = ${i}(${n}, ${o});`),e.write(`if (${a} === INVALID) return INVALID;`),a}var VA=new Set(["max_size","min_size","size_equals","max_length","min_length","length_equals"]);function GA(e,t,r,o){let n=r._zod.def.checks;if(!n||n.length===0)return o;let i=o;for(let a of n){let s=a._zod.def;if(s.when&&!VA.has(s.check))throw new we('check with a custom "when" condition');switch(s.check){case"greater_than":KA(e,t,s,i);break;case"less_than":HA(e,t,s,i);break;case"multiple_of":WA(e,t,s,i);break;case"number_format":Cb(e,s,i);break;case"min_length":{let u=Sn(s.minimum,"min_length"),c=uf(e,t,i,`${i}.length >= ${u} && ${i}.length < ${s.minimum*2}`);e.write(`if (${c} < ${u}) return INVALID;`);break}case"max_length":{let u=Sn(s.maximum,"max_length"),c=uf(e,t,i,`${i}.length > ${u}`);e.write(`if (${c} > ${u}) return INVALID;`);break}case"length_equals":{let u=Sn(s.length,"length_equals"),c=uf(e,t,i,`${i}.length >= ${u} && ${i}.length <= ${s.length*2}`);e.write(`if (${c} !== ${u}) return INVALID;`);break}case"min_size":e.write(`if (${i}.size < ${Sn(s.minimum,"min_size")}) return INVALID;`);break;case"max_size":e.write(`if (${i}.size > ${Sn(s.maximum,"max_size")}) return INVALID;`);break;case"size_equals":e.write(`if (${i}.size !== ${Sn(s.size,"size_equals")}) return INVALID;`);break;case"string_format":i=jb(e,t,s,i);break;case"custom":i=tI(e,t,a,i);break;case"bigint_format":JA(e,s,i);break;case"mime_type":XA(e,t,s,i);break;case"property":QA(e,t,s,i);break;case"properties":YA(e,t,s,i);break;case"overwrite":{let u=ie(t);eI(e,t,a,i,u),i=u;break}default:throw new we(`check type ${s.check}`)}}return i}function uf(e,t,r,o){let n=ue(t,Hn),i=ie(t);return e.write(`const ${i} = typeof ${r} === "string" && ${o} ? ${n}(${r}) : ${r}.length;`),i}function Sn(e,t){if(typeof e!="number"||!Number.isFinite(e))throw new we(`${t} bound of type ${typeof e}`);return`${e}`}function zb(e,t){if(typeof t=="bigint")return`${t}n`;if(typeof t=="number"){if(Number.isNaN(t))throw new we("comparison check with NaN bound");return`${t}`}if(t instanceof Date){if(Number.isNaN(t.getTime()))throw new we("comparison check with Invalid Date bound");return ue(e,t)}throw new we(`comparison check bound of type ${typeof t}`)}function KA(e,t,r,o){let n=r.inclusive?"<":"<=";e.write(`if (${o} ${n} ${zb(t,r.value)}) return INVALID;`)}function HA(e,t,r,o){let n=r.inclusive?">":">=";e.write(`if (${o} ${n} ${zb(t,r.value)}) return INVALID;`)}function WA(e,t,r,o){if(typeof r.value=="bigint"){if(r.value===BigInt(0))throw new we("multiple_of check with a zero divisor");e.write(`if (${o} % ${r.value}n !== 0n) return INVALID;`)}else{let n=ue(t,Pi);e.write(`if (${n}(${o}, ${Sn(r.value,"multiple_of")}) !== 0) return INVALID;`)}}function Cb(e,t,r){let o=t.format;switch(o){case"safeint":e.write(`if (!Number.isSafeInteger(${r})) return INVALID;`);break;case"int32":e.write(`if (!Number.isInteger(${r}) || ${r} < -2147483648 || ${r} > 2147483647) return INVALID;`);break;case"uint32":e.write(`if (!Number.isInteger(${r}) || ${r} < 0 || ${r} > 4294967295) return INVALID;`);break;case"float32":e.write(`if (!Number.isFinite(${r}) || ${r} < -3.4028234663852886e38 || ${r} > 3.4028234663852886e38) return INVALID;`);break;case"float64":e.write(`if (!Number.isFinite(${r})) return INVALID;`);break;default:throw new we(`number format ${o}`)}}function JA(e,t,r){let o=t.format;if(o)switch(o){case"int64":e.write(`if (${r} < -9223372036854775808n || ${r} > 9223372036854775807n) return INVALID;`);break;case"uint64":e.write(`if (${r} < 0n || ${r} > 18446744073709551615n) return INVALID;`);break;default:throw new we(`bigint format ${o}`)}}function XA(e,t,r,o){let n=r.mime;if(n&&n.length>0){let i=ue(t,new Set(n));e.write(`if (!${i}.has(${o}.type)) return INVALID;`)}}function YA(e,t,r,o){if(r.when)throw new we('check with a custom "when" condition');e.write(`if (${o} == null) return INVALID;`);let n=r.shape;for(let i of Reflect.ownKeys(n)){let a=typeof i=="symbol"?ue(t,i):ut(i),s=ie(t);e.write(`const ${s} = ${o}[${a}];`),it(e,t,n[i],s,!1)}}function QA(e,t,r,o){let n=`${o}[${JSON.stringify(r.property)}]`;je(e,t,r.schema,n)}function eI(e,t,r,o,n){let i=r._zod.def.tx;if(!i)throw new we("overwrite check without a transform function");if(er(i))throw new Mt("z.compile: async overwrite transforms are not supported");let a=ue(t,i);e.write(`const ${n} = ${a}(${o});`)}function lf(){throw new xt}function pf(e){this.issues.push(e)}function tI(e,t,r,o){let n=r._zod.def;if(n.fn){if(er(n.fn))throw new Mt("z.compile: async .refine() predicates are not supported");let i=Qn(t,n.fn),a=ue(t,lf),s=ie(t);return e.write(`const ${s} = ${i}(${o});`),e.write(`if (${s} instanceof Promise) ${a}();`),e.write(`if (!${s}) return INVALID;`),o}if(r._zod.check){if(er(r._zod.check))throw new Mt("z.compile: async .superRefine() / check functions are not supported");let i=r._zod.check,s=Qn(t,c=>{let l={value:c,issues:[],addIssue:pf};return i(l)instanceof Promise&&lf(),l.issues.length===0?l.value:dt}),u=ie(t);return e.write(`const ${u} = ${s}(${o});`),e.write(`if (${u} === INVALID) return INVALID;`),u}throw new we("custom check without a predicate or check function")}var nI=new Set(["cidrv4","cuid","cuid2","date","datetime","duration","e164","email","emoji","ends_with","guid","includes","ipv4","ksuid","lowercase","mac","nanoid","regex","starts_with","time","ulid","uppercase","uuid","xid"]);function jb(e,t,r,o,n=!0){let i=r.format;if(i==="base64"){let c=ue(t,Hi);return e.write(`if (!${c}(${o})) return INVALID;`),o}if(i==="base64url"){let c=ue(t,Ca);return e.write(`if (!${c}(${o})) return INVALID;`),o}if(i==="jwt"){let c=ue(t,La),l=ue(t,r.alg??null);return e.write(`if (!${c}(${o}, ${l})) return INVALID;`),o}if(i==="ipv6"){let c=ue(t,Ki);return e.write(`if (!${c}(${o})) return INVALID;`),o}if(i==="cidrv6"){let c=ue(t,Na);return e.write(`if (!${c}(${o})) return INVALID;`),o}if(i==="credit_card"){let c=ue(t,ja);return e.write(`if (!${c}(${o})) return INVALID;`),o}if(i==="iban"){let c=ue(t,Fa);return e.write(`if (!${c}(${o})) return INVALID;`),o}let a=r;if(i==="url"||i==="httpurl"||a.normalize||a.hostname!==void 0||a.protocol!==void 0){let c=ue(t,Ta),l=ue(t,r),f=ie(t),p=ie(t);if(e.write(`const ${f} = ${o}.trim();`),e.write(`const ${p} = ${c}(${f}, ${l});`),e.write(`if (typeof ${p} === "number") return INVALID;`),a.hostname!==void 0){let h=ue(t,Oa);e.write(`if (!${h}(${p}, ${l}.hostname)) return INVALID;`)}if(a.protocol!==void 0){let h=ue(t,Ua);e.write(`if (!${h}(${p}, ${l}.protocol)) return INVALID;`)}if(!n)return null;let g=ie(t),v=a.normalize?`${p}.href`:`${ue(t,Gi)}(${f})`;return e.write(`const ${g} = ${v};`),g}let s=r.fn;if(s){if(er(s))throw new we(`async string format ${i}`);let c=ue(t,s);return e.write(`if (!${c}(${o})) return INVALID;`),o}if(nI.has(i)&&r.pattern){let c=ue(t,r.pattern);return e.write(`${c}.lastIndex = 0;`),e.write(`if (!${c}.test(${o})) return INVALID;`),o}let u=r.format;switch(u){case"regex":throw new we("regex format without a pattern");case"lowercase":e.write(`if (${o} !== ${o}.toLowerCase()) return INVALID;`);break;case"uppercase":e.write(`if (${o} !== ${o}.toUpperCase()) return INVALID;`);break;case"includes":e.write(`if (!${o}.includes(${ut(r.includes)})) return INVALID;`);break;case"starts_with":{let c=r.prefix;e.write(`if (${o}.slice(0, ${c.length}) !== ${ut(c)}) return INVALID;`);break}case"ends_with":{let c=r.suffix;e.write(`if (${o}.slice(-${c.length}) !== ${ut(c)}) return INVALID;`);break}default:throw new we(`string format ${u}`)}return o}function je(e,t,r,o,n=!0){let i=r._zod.def,a=i.type;if(i.coerce)throw new we(`coercion (z.coerce.${a}())`);let s=n||!!i.checks?.length,u;switch(a){case"string":u=rI(e,t,r,o,s);break;case"number":u=iI(e,r,o);break;case"boolean":u=oI(e,o);break;case"bigint":u=aI(e,r,o);break;case"symbol":u=sI(e,o);break;case"undefined":u=cI(e,o);break;case"null":u=uI(e,o);break;case"any":case"unknown":u=o;break;case"never":e.write("return INVALID;"),u=o;break;case"void":u=lI(e,o);break;case"nan":u=dI(e,o);break;case"date":u=fI(e,o);break;case"object":u=pI(e,t,r,o,s);break;case"optional":u=mI(e,t,r,o,s);break;case"nullable":u=vI(e,t,r,o,s);break;case"array":u=bI(e,t,r,o,s);break;case"literal":u=yI(e,t,r,o);break;case"enum":u=$I(e,t,r,o);break;case"readonly":{let c=Ob(e,t,r,o),l=ie(t);e.write(`const ${l} = Object.freeze(${c});`),u=l;break}case"success":Ob(e,t,r,o),u="true";break;case"default":case"prefault":u=wI(e,t,r,o);break;case"nonoptional":u=xI(e,t,r,o);break;case"tuple":u=kI(e,t,r,o);break;case"union":u=_I(e,t,r,o);break;case"intersection":u=SI(e,t,r,o);break;case"record":u=PI(e,t,r,o);break;case"map":u=DI(e,t,r,o);break;case"set":u=EI(e,t,r,o);break;case"file":u=TI(e,o);break;case"template_literal":u=OI(e,t,r,o);break;case"lazy":u=UI(e,t,r,o);break;case"pipe":u=NI(e,t,r,o);break;case"custom":u=zI(e,t,r,o);break;case"transform":u=FI(e,t,r,o);break;case"catch":u=jI(e,t,r,o);break;default:throw new we(`schema type ${a}`)}return u===null?null:GA(e,t,r,u)}function rI(e,t,r,o,n=!0){e.write(`if (typeof ${o} !== "string") return INVALID;`);let i=r._zod.def;return i.format===void 0?o:jb(e,t,i,o,n)}function iI(e,t,r){e.write(`if (typeof ${r} !== "number" || !Number.isFinite(${r})) return INVALID;`);let o=t._zod.def;return o.check==="number_format"&&o.format&&Cb(e,{format:o.format},r),r}function oI(e,t){return e.write(`if (typeof ${t} !== "boolean") return INVALID;`),t}function aI(e,t,r){e.write(`if (typeof ${r} !== "bigint") return INVALID;`);let o=t._zod.def;if(o.format)switch(o.format){case"int64":e.write(`if (${r} < -9223372036854775808n || ${r} > 9223372036854775807n) return INVALID;`);break;case"uint64":e.write(`if (${r} < 0n || ${r} > 18446744073709551615n) return INVALID;`);break}return r}function sI(e,t){return e.write(`if (typeof ${t} !== "symbol") return INVALID;`),t}function cI(e,t){return e.write(`if (${t} !== undefined) return INVALID;`),t}function uI(e,t){return e.write(`if (${t} !== null) return INVALID;`),t}function lI(e,t){return e.write(`if (${t} !== undefined) return INVALID;`),t}function dI(e,t){return e.write(`if (typeof ${t} !== "number" || !Number.isNaN(${t})) return INVALID;`),t}function fI(e,t){return e.write(`if (!(${t} instanceof Date) || Number.isNaN(${t}.getTime())) return INVALID;`),t}function pI(e,t,r,o,n=!0){let i=r._zod.def;e.write(`if (typeof ${o} !== "object" || ${o} === null || Array.isArray(${o})) return INVALID;`);let a=i.shape,s=Object.keys(a),u=Object.getOwnPropertySymbols(a),c=u.length?[...s,...u]:s,l=$=>typeof $=="symbol"?ue(t,$):ut($),f=$=>typeof $=="symbol"?`[${l($)}]`:ut($),p=a;if(s.includes("__proto__"))throw new we('object shape key "__proto__"');let g=new Map;for(let $ of c){let x=p[$],F=l($),B=ie(t);if(e.write(`const ${B} = ${o}[${F}];`),x._zod.optin!==void 0){let W=ie(t);e.write(`let ${W} = (() => {`),e.indented(re=>{let Q=it(re,t,x,B);re.write(`return ${Q};`)}),e.write("})();"),x._zod.optout==="optional"?(e.write(`if (${W} === INVALID) {`),e.indented(re=>{re.write(`if (${F} in ${o}) return INVALID;`),re.write(`${W} = undefined;`)}),e.write("}")):e.write(`if (${W} === INVALID) return INVALID;`),g.set($,W)}else{hI(x)&&e.write(`if (!(${F} in ${o})) return INVALID;`);let W=it(e,t,x,B,n);W!==null&&g.set($,W)}}let v=i.catchall,h="none";if(v){let $=v._zod.def.type;if($==="never"){let x=s.map(F=>`k !== ${ut(F)}`).join(" && ")||"true";e.write(`for (const k in ${o}) {`),e.indented(F=>{F.write(`if (${x}) return INVALID;`)}),e.write("}")}else($==="unknown"||$==="any")&&!v._zod.def.checks?.length?h="passthrough":h="schema"}let y=ie(t),_=c.some($=>Tb(p[$])||df(p[$]));if(!n){if(h==="schema"){let $=s.length>0?ue(t,new Set(s)):null;e.write(`for (const k in ${o}) {`),e.indented(x=>{x.write('if (k === "__proto__") continue;'),$&&x.write(`if (${$}.has(k)) continue;`);let F=ie(t);x.write(`const ${F} = ${o}[k];`),it(x,t,v,F,!1)}),e.write("}")}return null}if(_){e.write(`const ${y} = {};`);for(let $ of c){let x=l($),F=g.get($);df(p[$])?e.write(`if (${x} in ${o}) ${y}[${x}] = ${F};`):Tb(p[$])?e.write(`if (${F} !== undefined || ${x} in ${o}) ${y}[${x}] = ${F};`):e.write(`${y}[${x}] = ${F};`)}}else{let $=c.map(x=>`${f(x)}: ${g.get(x)}`).join(", ");e.write(`const ${y} = { ${$} };`)}if(h!=="none"){let $=s.length>0?ue(t,new Set(s)):null;e.write(`for (const k in ${o}) {`),e.indented(x=>{if(x.write('if (k === "__proto__") continue;'),$&&x.write(`if (${$}.has(k)) continue;`),h==="passthrough")x.write(`${y}[k] = ${o}[k];`);else{let F=ie(t);x.write(`const ${F} = ${o}[k];`);let B=it(x,t,v,F);x.write(`${y}[k] = ${B};`)}}),e.write("}")}return y}function mI(e,t,r,o,n=!0){let i=r._zod.def;if(gI(r))return je(e,t,i.innerType,o,n);if(i.innerType._zod.optin==="defaulted"){let s=ie(t),u=ie(t);return e.write(`let ${s};`),e.write(`if (${o} === undefined) {`),e.indented(c=>{c.write(`const ${u} = (() => {`),c.indented(l=>{let f=je(l,t,i.innerType,o);l.write(`return ${f};`)}),c.write("})();"),c.write(`if (${u} !== INVALID) ${s} = ${u};`)}),e.write("} else {"),e.indented(c=>{let l=je(c,t,i.innerType,o);c.write(`${s} = ${l};`)}),e.write("}"),s}let a=n?ie(t):null;return a&&e.write(`let ${a};`),e.write(`if (${o} !== undefined) {`),e.indented(s=>{let u=je(s,t,i.innerType,o,n);a&&u!==null&&s.write(`${a} = ${u};`)}),e.write("}"),a}function gI(e){return e._zod.traits?.has("$ZodExactOptional")===!0}function hI(e){return e._zod.optin===void 0&&Yn(e)}function Yn(e){if(e._zod.def.coerce)return!0;let t=e._zod.def;switch(t.type){case"any":case"unknown":case"undefined":case"void":case"default":case"prefault":case"transform":case"custom":case"lazy":return!0;case"string":case"number":case"boolean":case"bigint":case"symbol":case"null":case"never":case"nan":case"date":case"object":case"array":case"tuple":case"record":case"map":case"set":case"file":case"template_literal":return!1;case"nonoptional":return t.innerType?Yn(t.innerType):!1;case"literal":return!!t.values?.includes(void 0);case"enum":return!!e._zod.values?.has(void 0);case"optional":case"nullable":case"readonly":case"success":return t.innerType?Yn(t.innerType):!0;case"catch":return!0;case"union":return t.options?t.options.some(Yn):!0;case"intersection":return!t.left||!t.right?!0:Yn(t.left)&&Yn(t.right);case"pipe":return t.in?Yn(t.in):!0;default:return!0}}function df(e){return e._zod.optin==="optional"&&e._zod.optout==="optional"}function Tb(e){return(e._zod.optin!=="defaulted"||e._zod.optout==="optional")&&zr(e)}function zr(e){let t=e._zod.def;switch(t.type){case"string":case"number":case"boolean":case"bigint":case"symbol":case"null":case"nan":case"date":case"object":case"array":case"tuple":case"record":case"map":case"set":case"file":case"template_literal":case"never":case"success":return!1;case"literal":return!!t.values?.includes(void 0);case"enum":return!!e._zod.values?.has(void 0);case"optional":return!0;case"nullable":case"readonly":case"nonoptional":return t.innerType?zr(t.innerType):!0;case"union":return t.options?t.options.some(zr):!0;case"intersection":return!t.left||!t.right||zr(t.left)||zr(t.right);case"pipe":return t.out?zr(t.out):!0;default:return!0}}function vI(e,t,r,o,n=!0){let i=r._zod.def,a=n?ie(t):null;return a&&e.write(`let ${a} = null;`),e.write(`if (${o} !== null) {`),e.indented(s=>{let u=je(s,t,i.innerType,o,n);a&&u!==null&&s.write(`${a} = ${u};`)}),e.write("}"),a}function mf(e,t,r){for(let[o,n]of Ir(t._zod.def.checks))e.write(`if (${r} > ${Sn(o,n._zod.def.check)}) return INVALID;`)}function bI(e,t,r,o,n=!0){let i=r._zod.def;e.write(`if (!Array.isArray(${o})) return INVALID;`),mf(e,r,`${o}.length`);let a=n?ie(t):null,s=ie(t),u=ie(t);return a&&e.write(`const ${a} = new Array(${o}.length);`),e.write(`for (let ${s} = 0; ${s} < ${o}.length; ${s}++) {`),e.indented(c=>{c.write(`const ${u} = ${o}[${s}];`);let l=it(c,t,i.element,u,n);a&&l!==null&&c.write(`${a}[${s}] = ${l};`)}),e.write("}"),a}function yI(e,t,r,o){let i=r._zod.def.values;if(i.length!==1){let s=ue(t,new Set(i));return e.write(`if (!${s}.has(${o})) return INVALID;`),o}let a=i[0];if(typeof a=="number"&&Number.isNaN(a)){let s=ue(t,new Set(i));return e.write(`if (!${s}.has(${o})) return INVALID;`),o}if(typeof a=="string")e.write(`if (${o} !== ${ut(a)}) return INVALID;`);else if(typeof a=="number"||typeof a=="boolean")e.write(`if (${o} !== ${a}) return INVALID;`);else if(a===null)e.write(`if (${o} !== null) return INVALID;`);else if(a===void 0)e.write(`if (${o} !== undefined) return INVALID;`);else if(typeof a=="bigint")e.write(`if (${o} !== ${a}n) return INVALID;`);else throw new we(`literal type ${typeof a}`);return o}function $I(e,t,r,o){let n=r._zod.values;if(!n)throw new we("enum schema without enumerated values");let i=ue(t,n);return e.write(`if (!${i}.has(${o})) return INVALID;`),o}function Ob(e,t,r,o){let n=r._zod.def;return je(e,t,n.innerType,o)}function wI(e,t,r,o){let n=r._zod.def,a=Object.getOwnPropertyDescriptor(r._zod.def,"defaultValue")?()=>r._zod.def.defaultValue:void 0;if(r._zod.def.type==="prefault"){if(!a)return je(e,t,n.innerType,o);let u=ue(t,a),c=ie(t);return e.write(`let ${c} = ${o};`),e.write(`if (${o} === undefined) ${c} = ${u}();`),je(e,t,n.innerType,c)}let s=ie(t);if(a){let u=ue(t,a),c=ue(t,Ri);e.write(`let ${s};`),e.write(`if (${o} === undefined) {`),e.indented(l=>{l.write(`${s} = ${c}(${u}());`)}),e.write("} else {"),e.indented(l=>{let f=je(l,t,n.innerType,o);l.write(`${s} = ${f} === undefined ? ${c}(${u}()) : ${f};`)}),e.write("}")}else e.write(`let ${s};`),e.write(`if (${o} !== undefined) {`),e.indented(u=>{let c=je(u,t,n.innerType,o);u.write(`${s} = ${c};`)}),e.write("}");return s}function xI(e,t,r,o){let n=r._zod.def,i=je(e,t,n.innerType,o),a=ie(t);return e.write(`const ${a} = ${i};`),e.write(`if (${a} === undefined) return INVALID;`),a}function kI(e,t,r,o){let n=r._zod.def,i=n.items,a=n.rest;e.write(`if (!Array.isArray(${o})) return INVALID;`);let s=Ub(i,"optin"),u=Ub(i,"optout");a?e.write(`if (${o}.length < ${s}) return INVALID;`):e.write(`if (${o}.length < ${s} || ${o}.length > ${i.length}) return INVALID;`);let c=ie(t);e.write(`const ${c} = [];`);for(let l=0;l<i.length;l++){let f=i[l];if(l>=u)e.write(`if (${c}.length === ${l}) {`),e.indented(p=>{p.write(`if (${l} < ${o}.length) {`),p.indented(g=>{let v=ie(t);g.write(`const ${v} = ${o}[${l}];`);let h=it(g,t,f,v);g.write(`${c}[${l}] = ${h};`)}),p.write("} else {"),p.indented(g=>{if(df(f)){g.write(`${c}.length = ${l};`);return}let v=ie(t),h=ie(t);g.write(`const ${v} = undefined;`),g.write(`const ${h} = (() => {`),g.indented(y=>{let _=it(y,t,f,v);y.write(`return ${_};`)}),g.write("})();"),g.write(`if (${h} === INVALID || ${h} === undefined) ${c}.length = ${l};`),g.write(`else ${c}[${l}] = ${h};`)}),p.write("}")}),e.write("}");else{let p=ie(t);e.write(`const ${p} = ${o}[${l}];`);let g=it(e,t,f,p);e.write(`${c}[${l}] = ${g};`)}}if(a){let l=ie(t),f=ie(t);e.write(`for (let ${l} = ${i.length}; ${l} < ${o}.length; ${l}++) {`),e.indented(p=>{p.write(`const ${f} = ${o}[${l}];`);let g=it(p,t,a,f);p.write(`${c}[${l}] = ${g};`)}),e.write("}")}return c}function Ub(e,t){for(let r=e.length-1;r>=0;r--)if(!(t==="optin"?e[r]._zod.optin!==void 0:e[r]._zod.optout==="optional"))return r+1;return 0}function _I(e,t,r,o){let n=r._zod.def,i=n.options;if(n.discriminator)return AI(e,t,n,o);if(n.inclusive===!1)throw new we("exclusive unions (z.xor)");if(i.length===0)return e.write("return INVALID;"),o;if(i.length===1)return je(e,t,i[0],o);if(i.every(u=>u._zod.def.type==="literal"&&!u._zod.def.checks?.length)){let u=new Set(i.flatMap(l=>l._zod.def.values)),c=ue(t,u);return e.write(`if (!${c}.has(${o})) return INVALID;`),o}let s=ie(t);e.write(`let ${s};`);for(let u=0;u<i.length;u++){let c=i[u];u===0?e.write(`${s} = (() => {`):e.write(`if (${s} === INVALID) ${s} = (() => {`),e.indented(l=>{let f=je(l,t,c,o);l.write(`return ${f};`)}),e.write("})();")}return e.write(`if (${s} === INVALID) return INVALID;`),s}function AI(e,t,r,o){if(r.unionFallback)throw new we("discriminated union with unionFallback");if(r.options.length===0)return e.write("return INVALID;"),o;let n=ie(t),i=ie(t);e.write(`const ${n} = ${o}?.[${ut(r.discriminator)}];`),e.write(`let ${i};`);let a=!0,s=new Set;for(let u of r.options){let c=u._zod.propValues?.[r.discriminator];if(!c||c.size===0)throw new we("discriminated union option without static discriminator values");for(let p of c){if(s.has(p))throw new we(`duplicate discriminator value ${String(p)}`);s.add(p)}let l=Array.from(c,p=>II(t,n,p)),f=a?"if":"else if";e.write(`${f} (${l.join(" || ")}) {`),e.indented(p=>{let g=je(p,t,u,o);p.write(`${i} = ${g};`)}),e.write("}"),a=!1}return e.write("else { return INVALID; }"),i}function II(e,t,r){if(typeof r=="string")return`${t} === ${ut(r)}`;if(typeof r=="number")return Number.isNaN(r)?`Number.isNaN(${t})`:`${t} === ${r}`;if(typeof r=="boolean")return`${t} === ${r}`;if(r===null)return`${t} === null`;if(r===void 0)return`${t} === undefined`;if(typeof r=="bigint")return`${t} === ${r}n`;if(typeof r=="symbol"){let o=ue(e,r);return`${t} === ${o}`}throw new we(`literal discriminator value ${String(r)}`)}function SI(e,t,r,o){let n=r._zod.def;t.definite=!1;let i=it(e,t,n.left,o),a=it(e,t,n.right,o),s=ue(t,Or),u=ie(t);return e.write(`const ${u} = ${s}(${i}, ${a});`),e.write(`if (!${u}.valid) return INVALID;`),`${u}.data`}function PI(e,t,r,o){let n=r._zod.def,i=ue(t,Nt);e.write(`if (!${i}(${o})) return INVALID;`);let a=ie(t),s=ie(t),u=ie(t);e.write(`const ${a} = {};`);let c=n,l=c.partial?void 0:n.keyType._zod.values;if(l){let g=[];for(let h of l){if(!(typeof h=="string"||typeof h=="number"||typeof h=="symbol"))throw new we(`record key value ${String(h)}`);let y=typeof h=="number"?h.toString():h;if(y==="__proto__")throw new we('record key "__proto__"');g.push(y);let _=ue(t,h),$=je(e,t,n.keyType,_),x=ie(t);e.write(`const ${x} = ${o}[${RI(t,y)}];`);let F=it(e,t,n.valueType,x);e.write(`${a}[${$}] = ${F};`)}let v=ue(t,new Set(g));return e.write(`for (const ${s} in ${o}) {`),e.indented(h=>{h.write(`if (${v}.has(${s})) continue;`),c.mode==="loose"?h.write(`if (${s} !== "__proto__") ${a}[${s}] = ${o}[${s}];`):h.write("return INVALID;")}),e.write("}"),a}let f=n.keyType._zod.def;if(!(f.type==="string"&&f.format===void 0&&!f.coerce&&(f.checks?.length??0)===0)){let g=n.mode==="loose",v=is(n.keyType);v.definite===!1&&(t.definite=!1);let h=ue(t,v),y=ue(t,ln),_=ie(t);return Nb(e,t,o,s,$=>{$.write(`let ${_} = ${h}(${s});`),$.write(`if (${_} === INVALID && typeof ${s} === "string" && ${y}.test(${s})) ${_} = ${h}(Number(${s}));`),g?$.write(`if (${_} === INVALID) { ${a}[${s}] = ${o}[${s}]; continue; }`):$.write(`if (${_} === INVALID) return INVALID;`),$.write(`if (${_} === "__proto__") continue;`);let x=ie(t);$.write(`const ${x} = ${o}[${s}];`);let F=it($,t,n.valueType,x);$.write(`${a}[${_}] = ${F};`)}),a}return Nb(e,t,o,s,g=>{g.write(`const ${u} = ${o}[${s}];`);let v=it(g,t,n.valueType,u);g.write(`${a}[${s}] = ${v};`)},"return INVALID;"),a}function Nb(e,t,r,o,n,i){let a=ue(t,Object.prototype.propertyIsEnumerable),s=ie(t),u=ie(t),c=ie(t);e.write(`const ${s} = Object.getOwnPropertySymbols(${r});`),e.write(`const ${u} = Object.getOwnPropertyNames(${r});`),e.write(`for (let ${c} = 0; ${c} < ${u}.length; ${c}++) {`),e.indented(l=>{l.write(`const ${o} = ${u}[${c}];`),l.write(`if (${o} === "__proto__" || !${a}.call(${r}, ${o})) continue;`),n(l)}),e.write("}"),e.write(`for (let ${c} = 0; ${c} < ${s}.length; ${c}++) {`),e.indented(l=>{l.write(`const ${o} = ${s}[${c}];`),l.write(`if (!${a}.call(${r}, ${o})) continue;`),i?l.write(i):n(l)}),e.write("}")}function RI(e,t){return typeof t=="string"?ut(t):ue(e,t)}function DI(e,t,r,o){let n=r._zod.def;e.write(`if (!(${o} instanceof Map)) return INVALID;`),mf(e,r,`${o}.size`);let i=ie(t),a=ie(t),s=ie(t);return e.write(`const ${i} = new Map();`),e.write(`for (const [${a}, ${s}] of ${o}) {`),e.indented(u=>{let c=je(u,t,n.keyType,a),l=je(u,t,n.valueType,s);u.write(`${i}.set(${c}, ${l});`)}),e.write("}"),i}function EI(e,t,r,o){let n=r._zod.def;e.write(`if (!(${o} instanceof Set)) return INVALID;`),mf(e,r,`${o}.size`);let i=ie(t),a=ie(t);return e.write(`const ${i} = new Set();`),e.write(`for (const ${a} of ${o}) {`),e.indented(s=>{let u=je(s,t,n.valueType,a);s.write(`${i}.add(${u});`)}),e.write("}"),i}function TI(e,t){return e.write(`if (!(${t} instanceof File)) return INVALID;`),t}function OI(e,t,r,o){e.write(`if (typeof ${o} !== "string") return INVALID;`);let n=r._zod.pattern;if(n){let i=ue(t,n);e.write(`${i}.lastIndex = 0;`),e.write(`if (!${i}.test(${o})) return INVALID;`)}return o}function UI(e,t,r,o){let n=r._zod.def,i=Qn(t,n.getter),a=ue(t,{parser:null});e.write(`if (!${a}.parser) {`),e.indented(u=>{u.write(`const inner = ${i}();`),u.write(`${a}.parser = function(input) {`),u.indented(c=>{c.write("const result = inner._zod.run({ value: input, issues: [] }, {});"),c.write("return result.issues.length === 0 ? result.value : INVALID;")}),u.write("};")}),e.write("}");let s=ie(t);return e.write(`const ${s} = ${a}.parser(${o});`),e.write(`if (${s} === INVALID) return INVALID;`),s}function NI(e,t,r,o){let n=r._zod.def,i=je(e,t,n.in,o);if(n.transform){if(er(n.transform))throw new Mt("z.compile: async transforms in pipes are not supported");let a=n.transform,u=Qn(t,l=>{let f={value:l,issues:[],addIssue:pf},p=a(l,f);return p instanceof Promise?dt:f.issues.length===0?p:dt}),c=ie(t);return e.write(`const ${c} = ${u}(${i});`),e.write(`if (${c} === INVALID) return INVALID;`),je(e,t,n.out,c)}else return je(e,t,n.out,i)}function er(e){return typeof e=="function"&&(e.constructor.name==="AsyncFunction"||e[Symbol.toStringTag]==="AsyncFunction")}function zI(e,t,r,o){let n=r._zod.def;if(n.fn){if(er(n.fn))throw new Mt("z.compile: async custom predicates are not supported");let i=Qn(t,n.fn),a=ue(t,lf),s=ie(t);e.write(`const ${s} = ${i}(${o});`),e.write(`if (${s} instanceof Promise) ${a}();`),e.write(`if (!${s}) return INVALID;`)}else throw new we("custom schema without a predicate function");return o}function CI(e,t,r){let o=e._zod.run({value:r,issues:[]},{});if(o&&typeof o.then=="function")return dt;let n=o;return n.issues.length===0?n.value:t()}function jI(e,t,r,o){let n=r._zod.def;if(!n.catchValue[ua])throw new we("catch with a callback (only a constant catch value compiles)",!1);let i=ie(t);e.write(`let ${i} = (() => {`),e.indented(c=>{let l=it(c,t,n.innerType,o);c.write(`return ${l};`)}),e.write("})();");let a=ue(t,n.innerType),s=Qn(t,n.catchValue),u=ue(t,CI);return e.write(`if (${i} === INVALID) {`),e.indented(c=>{c.write(`${i} = ${u}(${a}, ${s}, ${o});`),c.write(`if (${i} === INVALID) return INVALID;`)}),e.write("}"),i}function FI(e,t,r,o){let n=r._zod.def;if(n.transform){if(er(n.transform))throw new Mt("z.compile: async transforms are not supported");let i=n.transform,s=Qn(t,c=>{let l={value:c,issues:[],addIssue:pf},f=i(c,l);return f instanceof Promise?dt:l.issues.length===0?f:dt}),u=ie(t);return e.write(`const ${u} = ${s}(${o});`),e.write(`if (${u} === INVALID) return INVALID;`),u}return o}function os(e){return e.checks&&(e.checks=[...e.checks]),e}function gf(e,t){return new e(os({type:"string",...G(t)}))}function hf(e,t){return new e(os({type:"string",coerce:!0,...G(t)}))}function as(e,t){return new e({type:"string",format:"email",check:"string_format",abort:!1,...G(t)})}function ss(e,t){return new e({type:"string",format:"guid",check:"string_format",abort:!1,...G(t)})}function cs(e,t){return new e({type:"string",format:"uuid",check:"string_format",abort:!1,...G(t)})}function us(e,t){return new e({type:"string",format:"uuid",check:"string_format",abort:!1,version:"v4",...G(t)})}function ls(e,t){return new e({type:"string",format:"uuid",check:"string_format",abort:!1,version:"v6",...G(t)})}function ds(e,t){return new e({type:"string",format:"uuid",check:"string_format",abort:!1,version:"v7",...G(t)})}function oo(e,t){return new e({type:"string",format:"url",check:"string_format",abort:!1,...G(t)})}function fs(e,t){return new e({type:"string",format:"emoji",check:"string_format",abort:!1,...G(t)})}function ps(e,t){return new e({type:"string",format:"nanoid",check:"string_format",abort:!1,...G(t)})}function ms(e,t){return new e({type:"string",format:"cuid",check:"string_format",abort:!1,...G(t)})}function gs(e,t){return new e({type:"string",format:"cuid2",check:"string_format",abort:!1,...G(t)})}function hs(e,t){return new e({type:"string",format:"ulid",check:"string_format",abort:!1,...G(t)})}function vs(e,t){return new e({type:"string",format:"xid",check:"string_format",abort:!1,...G(t)})}function bs(e,t){return new e({type:"string",format:"ksuid",check:"string_format",abort:!1,...G(t)})}function ys(e,t){return new e({type:"string",format:"ipv4",check:"string_format",abort:!1,...G(t)})}function $s(e,t){return new e({type:"string",format:"ipv6",check:"string_format",abort:!1,...G(t)})}function vf(e,t){return new e({type:"string",format:"mac",check:"string_format",abort:!1,...G(t)})}function ws(e,t){return new e({type:"string",format:"cidrv4",check:"string_format",abort:!1,...G(t)})}function xs(e,t){return new e({type:"string",format:"cidrv6",check:"string_format",abort:!1,...G(t)})}function ks(e,t){return new e({type:"string",format:"base64",check:"string_format",abort:!1,...G(t)})}function _s(e,t){return new e({type:"string",format:"base64url",check:"string_format",abort:!1,...G(t)})}function As(e,t){return new e({type:"string",format:"e164",check:"string_format",abort:!1,...G(t)})}function bf(e,t){return new e({type:"string",format:"credit_card",check:"string_format",abort:!1,...G(t)})}function yf(e,t){return new e({type:"string",format:"iban",check:"string_format",abort:!1,...G(t)})}function Is(e,t){return new e({type:"string",format:"jwt",check:"string_format",abort:!1,...G(t)})}var $f={Any:null,Minute:-1,Second:0,Millisecond:3,Microsecond:6};function ao(e,t){return new e({type:"string",format:"datetime",check:"string_format",offset:!1,local:!1,precision:null,...G(t)})}function so(e,t){return new e({type:"string",format:"date",check:"string_format",...G(t)})}function co(e,t){return new e({type:"string",format:"time",check:"string_format",precision:null,...G(t)})}function uo(e,t){return new e({type:"string",format:"duration",check:"string_format",...G(t)})}function wf(e,t){return new e(os({type:"number",checks:[],...G(t)}))}function xf(e,t){return new e(os({type:"number",coerce:!0,checks:[],...G(t)}))}function kf(e,t){return new e({type:"number",check:"number_format",abort:!1,format:"safeint",...G(t)})}function _f(e,t){return new e({type:"number",check:"number_format",abort:!1,format:"float32",...G(t)})}function Af(e,t){return new e({type:"number",check:"number_format",abort:!1,format:"float64",...G(t)})}function If(e,t){return new e({type:"number",check:"number_format",abort:!1,format:"int32",...G(t)})}function Sf(e,t){return new e({type:"number",check:"number_format",abort:!1,format:"uint32",...G(t)})}function Pf(e,t){return new e({type:"boolean",...G(t)})}function Rf(e,t){return new e({type:"boolean",coerce:!0,...G(t)})}function Df(e,t){return new e({type:"bigint",...G(t)})}function Ef(e,t){return new e({type:"bigint",coerce:!0,...G(t)})}function Tf(e,t){return new e({type:"bigint",check:"bigint_format",abort:!1,format:"int64",...G(t)})}function Of(e,t){return new e({type:"bigint",check:"bigint_format",abort:!1,format:"uint64",...G(t)})}function Uf(e,t){return new e({type:"symbol",...G(t)})}function Nf(e,t){return new e({type:"undefined",...G(t)})}function zf(e,t){return new e({type:"null",...G(t)})}function Cf(e){return new e({type:"any"})}function jf(e){return new e({type:"unknown"})}function Ff(e,t){return new e({type:"never",...G(t)})}function Lf(e,t){return new e({type:"void",...G(t)})}function Mf(e,t){return new e({type:"date",...G(t)})}function qf(e,t){return new e({type:"date",coerce:!0,...G(t)})}function Bf(e,t){return new e({type:"nan",...G(t)})}function Xt(e,t){return new Aa({check:"less_than",...G(t),value:e,inclusive:!1})}function Et(e,t){return new Aa({check:"less_than",...G(t),value:e,inclusive:!0})}function Yt(e,t){return new Ia({check:"greater_than",...G(t),value:e,inclusive:!1})}function Tt(e,t){return new Ia({check:"greater_than",...G(t),value:e,inclusive:!0})}function Ss(e){return Yt(0,e)}function Ps(e){return Xt(0,e)}function Rs(e){return Et(0,e)}function Ds(e){return Tt(0,e)}function Pn(e,t){return new _l({check:"multiple_of",...G(t),value:e})}function Rn(e,t){return new Sl({check:"max_size",...G(t),maximum:e})}function Qt(e,t){return new Pl({check:"min_size",...G(t),minimum:e})}function tr(e,t){return new Rl({check:"size_equals",...G(t),size:e})}function nr(e,t){return new Dl({check:"max_length",...G(t),maximum:e})}function dn(e,t){return new El({check:"min_length",...G(t),minimum:e})}function rr(e,t){return new Tl({check:"length_equals",...G(t),length:e})}function Cr(e,t){return new Ol({check:"string_format",format:"regex",...G(t),pattern:e})}function jr(e){return new Ul({check:"string_format",format:"lowercase",...G(e)})}function Fr(e){return new Nl({check:"string_format",format:"uppercase",...G(e)})}function Lr(e,t){return new zl({check:"string_format",format:"includes",...G(t),includes:e})}function Mr(e,t){return new Cl({check:"string_format",format:"starts_with",...G(t),prefix:e})}function qr(e,t){return new jl({check:"string_format",format:"ends_with",...G(t),suffix:e})}function Es(e,t,r){return new Fl({check:"property",property:e,schema:t,...G(r)})}function Br(e,t){return new Ll({check:"properties",shape:e,...G(t)})}function Zr(e,t){return new Ml({check:"mime_type",mime:e,...G(t)})}function qt(e){return new ql({check:"overwrite",tx:e})}function Vr(e){return qt(t=>t.normalize(e))}function Gr(){return qt(e=>e.trim())}function Kr(){return qt(e=>e.toLowerCase())}function Hr(){return qt(e=>e.toUpperCase())}function Wr(){return qt(e=>Iu(e))}function Zf(e,t,r){return new e({type:"array",element:t,...G(r)})}function LI(e,t,r){return new e({type:"union",options:t,...G(r)})}function MI(e,t,r){return new e({type:"union",options:t,inclusive:!1,...G(r)})}function qI(e,t,r,o){return new e({type:"union",options:r,discriminator:t,...G(o)})}function BI(e,t,r){return new e({type:"intersection",left:t,right:r})}function ZI(e,t,r,o){let n=r instanceof pe,i=n?o:r,a=n?r:null;return new e({type:"tuple",items:t,rest:a,...G(i)})}function VI(e,t,r,o){return new e({type:"record",keyType:t,valueType:r,...G(o)})}function GI(e,t,r,o){return new e({type:"map",keyType:t,valueType:r,...G(o)})}function KI(e,t,r){return new e({type:"set",valueType:t,...G(r)})}function HI(e,t,r){let o=Array.isArray(t)?Object.fromEntries(t.map(n=>[n,n])):t;return new e({type:"enum",entries:o,...G(r)})}function WI(e,t,r){return new e({type:"enum",entries:t,...G(r)})}function JI(e,t,r){return new e({type:"literal",values:Array.isArray(t)?t:[t],...G(r)})}function Vf(e,t){return new e({type:"file",...G(t)})}function XI(e,t){return new e({type:"transform",transform:t})}function YI(e,t){return new e({type:"optional",innerType:t})}function QI(e,t){return new e({type:"nullable",innerType:t})}function eS(e,t,r){return new e({type:"default",innerType:t,get defaultValue(){return typeof r=="function"?r():Ri(r)}})}function tS(e,t,r){return new e({type:"nonoptional",innerType:t,...G(r)})}function nS(e,t){return new e({type:"success",innerType:t})}function rS(e,t,r){return new e({type:"catch",innerType:t,catchValue:typeof r=="function"?r:Tu(r)})}function iS(e,t,r){return new e({type:"pipe",in:t,out:r})}function oS(e,t){return new e({type:"readonly",innerType:t})}function aS(e,t,r){return new e({type:"template_literal",parts:t,...G(r)})}function sS(e,t){return new e({type:"lazy",getter:t})}function cS(e,t){return new e({type:"promise",innerType:t})}function Gf(e,t,r){let o=G(r);return o.abort??(o.abort=!0),new e({type:"custom",check:"custom",fn:t,...o})}function Kf(e,t,r){return new e({type:"custom",check:"custom",fn:t,...G(r)})}function Hf(e,t){let r=Fb(o=>(o.addIssue=n=>{if(typeof n=="string")o.issues.push(Sr(n,o.value,r._zod.def));else{let i=n;i.fatal&&(i.continue=!1),i.code??(i.code="custom"),"input"in i||(i.input=o.value),i.inst??(i.inst=r),i.continue??(i.continue=!r._zod.def.abort),o.issues.push(Sr(i))}},e(o.value,o)),t);return r}function Fb(e,t){let r=new Ue({check:"custom",...G(t)});return r._zod.check=e,r}function Wf(e){let t=new Ue({check:"describe"});return t._zod.onattach=[r=>{let o=tt.get(r)??{};tt.add(r,{...o,description:e})}],t._zod.check=()=>{},t}function Jf(e){let t=new Ue({check:"meta"});return t._zod.onattach=[r=>{let o=tt.get(r)??{};tt.add(r,{...o,...e})}],t._zod.check=()=>{},t}function Xf(e,t){let r=G(t),o=r.truthy??["true","1","yes","on","y","enabled"],n=r.falsy??["false","0","no","off","n","disabled"];r.case!=="sensitive"&&(o=o.map(g=>typeof g=="string"?g.toLowerCase():g),n=n.map(g=>typeof g=="string"?g.toLowerCase():g));let i=new Set(o),a=new Set(n),s=e.Codec??Yi,u=e.Boolean??Ji,c=e.String??Xn,l=new c({type:"string",error:r.error}),f=new u({type:"boolean",error:r.error}),p=new s({type:"pipe",in:l,out:f,transform:((g,v)=>{let h=g;return r.case!=="sensitive"&&(h=h.toLowerCase()),i.has(h)?!0:a.has(h)?!1:(v.issues.push({code:"invalid_value",expected:"stringbool",values:[...i,...a],input:v.value,inst:p,continue:!1}),{})}),reverseTransform:((g,v)=>g===!0?o[0]||"true":n[0]||"false"),error:r.error});return p._zod.bag.truthy=o,p._zod.bag.falsy=n,p._zod.bag.case=r.case??"insensitive",p}function ir(e,t,r,o={}){let n=G(o),i={check:"string_format",type:"string",format:t,fn:typeof r=="function"?r:s=>r.test(s),...n};return r instanceof RegExp&&(i.pattern=r),new e(i)}function lo(e,...t){for(let r of t)for(let o of Reflect.ownKeys(r))Object.prototype.propertyIsEnumerable.call(r,o)&&et(e,o,r[o]);return e}function Dn(e){let t=e?.target??"draft-2020-12";return t==="draft-4"&&(t="draft-04"),t==="draft-7"&&(t="draft-07"),{processors:e.processors??{},metadataRegistry:e?.metadata??tt,target:t,unrepresentable:e?.unrepresentable??"throw",override:e?.override??(()=>{}),io:e?.io??"output",counter:0,seen:new Map,sharedDefsExtractedFor:void 0,sharedEmitDoneFor:void 0,cycles:e?.cycles??"ref",reused:e?.reused??"inline",intersections:[],deferred:[],external:e?.external??void 0}}function Ke(e,t,r,o,n){let i=typeof t.unrepresentable=="function"?t.unrepresentable({zodSchema:e,path:o.path,message:n}):t.unrepresentable;if(i==="any")return!1;if(i===void 0||i==="throw")throw new Error(n);return Object.assign(r,i),!0}function Ee(e,t,r={path:[],schemaPath:[]}){var o;let n=e._zod.def,i=t.seen.get(e);if(i)return i.count++,r.schemaPath.includes(e)&&(i.cycle=r.path),i.schema;let a={schema:{},count:1,cycle:void 0,path:r.path};t.seen.set(e,a),t.sharedDefsExtractedFor=void 0,t.sharedEmitDoneFor=void 0;let s=e._zod.toJSONSchema?.();if(s)a.schema=s;else{let l={...r,schemaPath:[...r.schemaPath,e],path:r.path};if(e._zod.processJSONSchema)e._zod.processJSONSchema(t,a.schema,l);else{let p=a.schema,g=t.processors[n.type];if(!g)throw new Error(`[toJSONSchema]: Non-representable type encountered: ${n.type}`);g(e,t,p,l)}let f=e._zod.parent;f&&(a.ref||(a.ref=f),Ee(f,t,l),t.seen.get(f).isParent=!0)}let u=t.metadataRegistry.get(e);return u&&lo(a.schema,u),t.io==="input"&&ft(e)&&(delete a.schema.examples,delete a.schema.default),t.io==="input"&&"_prefault"in a.schema&&((o=a.schema).default??(o.default=a.schema._prefault)),delete a.schema._prefault,t.seen.get(e).schema}function Lb(e){return e.replace(/~/g,"~0").replace(/\//g,"~1")}function En(e,t){let r=e.seen.get(t);if(!r)throw new Error("Unprocessed schema. This is a bug in Zod.");if(e.external&&e.sharedDefsExtractedFor===e.external)return;let o=new Map;for(let a of e.seen.entries()){let s=e.metadataRegistry.get(a[0])?.id;if(s){let u=o.get(s);if(u&&u!==a[0])throw new Error(`Duplicate schema id "${s}" detected during JSON Schema conversion. Two different schemas cannot share the same id when converted together.`);o.set(s,a[0])}}let n=a=>{let s=e.target==="draft-2020-12"?"$defs":"definitions";if(e.external){let f=e.external.registry.get(a[0])?.id,p=e.external.uri??(v=>v);if(f)return{ref:p(f)};let g=a[1].defId??a[1].schema.id??`schema${e.counter++}`;return a[1].defId=g,{defId:g,ref:`${p("__shared")}#/${s}/${Lb(g)}`}}let u="#",c=`${u}/${s}/`;if(a[1]===r&&!a[1].schema.id)return{ref:u};let l=a[1].schema.id??`__schema${e.counter++}`;return{defId:l,ref:c+Lb(l)}},i=a=>{if(a[1].schema.$ref)return;let s=a[1],{ref:u,defId:c}=n(a);s.def={...s.schema},c&&(s.defId=c);let l=s.schema;for(let f in l)delete l[f];l.$ref=u};if(e.cycles==="throw")for(let a of e.seen.entries()){let s=a[1];if(s.cycle)throw new Error(`Cycle detected: #/${s.cycle?.join("/")}/<root>

Set the \`cycles\` parameter to \`"ref"\` to resolve cyclical schemas with defs.`)}for(let a of e.seen.entries()){let s=a[1];if(t===a[0]){i(a);continue}if(e.external){let c=e.external.registry.get(a[0])?.id;if(t!==a[0]&&c){i(a);continue}}if(e.metadataRegistry.get(a[0])?.id){i(a);continue}if(s.cycle){i(a);continue}s.count>1&&e.reused==="ref"&&i(a)}e.external&&(e.sharedDefsExtractedFor=e.external)}function Bb(e){let t=e.anyOf;if(!Array.isArray(t)||t.length===0||e.type!==void 0)return;let r=[];for(let o of t){if(!o||typeof o!="object")return;Bb(o);let n=Object.keys(o);if(n.length!==1||n[0]!=="type")return;let i=o.type;for(let a of Array.isArray(i)?i:[i]){if(typeof a!="string")return;r.includes(a)||r.push(a)}}delete e.anyOf,e.type=r.length===1?r[0]:r}var Zb=new Set(["type","properties","required","additionalProperties"]),Mb=["oneOf","anyOf"];function qb(e){let t=e.additionalProperties;return t===void 0||t===!1||typeof t!="object"||t===null?null:Object.keys(t).length?t:null}function Yf(e){let t=[];for(let i of e){if(typeof i!="object"||i.type!=="object")return null;for(let a in i)if(!Zb.has(a))return null;t.push(i)}let r={},o=new Set;for(let i of t){for(let a in i.properties){if(Object.prototype.hasOwnProperty.call(r,a))continue;let s=[];for(let c of t){let l=c.properties?.[a]??qb(c);l!=null&&(s.some(f=>JSON.stringify(f)===JSON.stringify(l))||s.push(l))}let u=s.length===1?s[0]:Yf(s)??{allOf:s};et(r,a,u)}for(let a of i.required??[])o.add(a)}let n={type:"object",properties:r};if(o.size&&(n.required=[...o]),t.every(i=>i.additionalProperties===!1))n.additionalProperties=!1;else{let i=[];for(let a of t){let s=qb(a);s&&!i.some(u=>JSON.stringify(u)===JSON.stringify(s))&&i.push(s)}i.length===1?n.additionalProperties=i[0]:i.length>1&&(n.additionalProperties={allOf:i})}return n}function uS(e){let t=e.allOf;if(!Array.isArray(t)||t.length<2)return;for(let n of Zb)if(n in e)return;let r=t.filter(n=>Mb.some(i=>Array.isArray(n[i]))),o=null;if(!r.length)o=Yf(t);else{let n=r[0],i=Mb.find(u=>Array.isArray(n[u]));if(Object.keys(n).length!==1)return;let a=t.filter(u=>u!==n),s=n[i].map(u=>Yf([...a,u]));if(s.some(u=>!u))return;o={[i]:s}}o&&(delete e.allOf,lo(e,o))}function Tn(e,t){let r=e.seen.get(t);if(!r)throw new Error("Unprocessed schema. This is a bug in Zod.");let o=s=>{let u=e.seen.get(s);if(u.ref===null)return;let c=u.def??u.schema,l={...c},f=u.ref;if(u.ref=null,f){o(f);let g=e.seen.get(f),v=g.schema;if(v.$ref&&(e.target==="draft-07"||e.target==="draft-04"||e.target==="openapi-3.0")?(c.allOf=c.allOf??[],c.allOf.push(v)):lo(c,v),lo(c,l),s._zod.parent===f)for(let y in c)y==="$ref"||y==="allOf"||y in l||delete c[y];if(v.$ref&&g.def)for(let y in c)y==="$ref"||y==="allOf"||y in g.def&&JSON.stringify(c[y])===JSON.stringify(g.def[y])&&delete c[y]}let p=s._zod.parent;if(p&&p!==f){o(p);let g=e.seen.get(p);if(g?.schema.$ref&&(c.$ref=g.schema.$ref,g.def))for(let v in c)v==="$ref"||v==="allOf"||v in g.def&&JSON.stringify(c[v])===JSON.stringify(g.def[v])&&delete c[v]}e.override({zodSchema:s,jsonSchema:c,path:u.path??[]})};if(!e.external||e.sharedEmitDoneFor!==e.external){for(let s of[...e.seen.entries()].reverse())o(s[0]);if(e.target!=="openapi-3.0")for(let s of e.seen.entries())Bb(s[1].def??s[1].schema);for(let s of e.deferred)s();if(e.intersections.length){let s=new Map;for(let u of e.seen.values())for(let c of[u.schema,u.def]){let l=c?.allOf;if(!Array.isArray(l))continue;let f=s.get(l);f?f.push(c):s.set(l,[c])}for(let u of e.intersections)for(let c of s.get(u)??[])uS(c)}}let n={};if(e.target==="draft-2020-12"?n.$schema="https://json-schema.org/draft/2020-12/schema":e.target==="draft-07"?n.$schema="http://json-schema.org/draft-07/schema#":e.target==="draft-04"?n.$schema="http://json-schema.org/draft-04/schema#":e.target,e.external?.uri){let s=e.external.registry.get(t)?.id;if(!s)throw new Error("Schema is missing an `id` property");n.$id=e.external.uri(s)}lo(n,r.defId?r.schema:r.def??r.schema);let i=e.metadataRegistry.get(t)?.id;i!==void 0&&n.id===i&&delete n.id;let a=e.external?.defs??{};if(!e.external||e.sharedEmitDoneFor!==e.external)for(let s of e.seen.entries()){let u=s[1];u.def&&u.defId&&(u.def.id===u.defId&&delete u.def.id,et(a,u.defId,u.def))}e.external&&(e.sharedEmitDoneFor=e.external),e.external||Object.keys(a).length>0&&(e.target==="draft-2020-12"?n.$defs=a:n.definitions=a);try{let s=JSON.parse(JSON.stringify(n));return Object.defineProperty(s,"~standard",{value:{...t["~standard"],jsonSchema:{input:Jr(t,"input",e.processors),output:Jr(t,"output",e.processors)}},enumerable:!1,writable:!1}),s}catch{throw new Error("Error converting schema to JSON.")}}function ft(e,t){let r=t??{seen:new Set};if(r.seen.has(e))return!1;r.seen.add(e);let o=e._zod.def;if(o.type==="transform")return!0;if(o.type==="array")return ft(o.element,r);if(o.type==="set")return ft(o.valueType,r);if(o.type==="lazy")return ft(o.getter(),r);if(o.type==="promise"||o.type==="optional"||o.type==="nonoptional"||o.type==="nullable"||o.type==="readonly"||o.type==="default"||o.type==="prefault"||o.type==="catch")return ft(o.innerType,r);if(o.type==="intersection")return ft(o.left,r)||ft(o.right,r);if(o.type==="record"||o.type==="map")return ft(o.keyType,r)||ft(o.valueType,r);if(o.type==="pipe")return e._zod.traits.has("$ZodCodec")?!0:ft(o.in,r)||ft(o.out,r);if(o.type==="object"){for(let n in o.shape)if(ft(o.shape[n],r))return!0;return!1}if(o.type==="union"){for(let n of o.options)if(ft(n,r))return!0;return!1}if(o.type==="tuple"){for(let n of o.items)if(ft(n,r))return!0;return!!(o.rest&&ft(o.rest,r))}return!1}var Qf=(e,t={})=>r=>{let o=Dn({...r,processors:t});return Ee(e,o),En(o,e),Tn(o,e)},Jr=(e,t,r={})=>o=>{let{libraryOptions:n,target:i}=o??{},a=Dn({...n??{},target:i,io:t,processors:r});return Ee(e,a),En(a,e),Tn(a,e)};var Xr=(e,t,r)=>{(e[t]===void 0||r>e[t])&&(e[t]=r)},Yr=(e,t,r)=>{(e[t]===void 0||r<e[t])&&(e[t]=r)},Vb=(e,t)=>{Xr(e,"minimum",t),Yr(e,"maximum",t)},Wb=(e,t)=>{e.multipleOf??(e.multipleOf=[]),e.multipleOf.includes(t)||e.multipleOf.push(t)},Jb=(e,t)=>{e.patterns??(e.patterns=new Set),e.patterns.add(t)},Xb=(e,t)=>{e.mime=e.mime?e.mime.filter(r=>t.includes(r)):[...t]},Yb=(e,t)=>{e.format=t,t.includes("int")&&(e.isInt=!0)},Gb=(e,t)=>Xr(e,"minimum",t.minimum),Kb=(e,t)=>Yr(e,"maximum",t.maximum),Hb=e=>(t,r)=>{Yb(t,r.format);let[o,n]=e[r.format];Xr(t,"minimum",o),Yr(t,"maximum",n)},lS={greater_than:(e,t)=>Xr(e,t.inclusive?"minimum":"exclusiveMinimum",t.value),less_than:(e,t)=>Yr(e,t.inclusive?"maximum":"exclusiveMaximum",t.value),multiple_of:(e,t)=>Wb(e,t.value),number_format:Hb(Ei),bigint_format:Hb(Ti),min_length:Gb,max_length:Kb,length_equals:(e,t)=>Vb(e,t.length),min_size:Gb,max_size:Kb,size_equals:(e,t)=>Vb(e,t.size),string_format:(e,t)=>{Yb(e,t.format),t.pattern&&Jb(e,t.pattern),(t.format==="base64"||t.format==="base64url")&&(e.contentEncoding=t.format),(t.local||t.precision===-1)&&(e.laxFormat=!0)},mime_type:(e,t)=>Xb(e,t.mime)};function He(e){let t={},r=e._zod.def,o=e._zod.traits.has("$ZodCheck")?[e,...r.checks??[]]:r.checks??[];for(let i of o)lS[i._zod.def.check]?.(t,i._zod.def);let n=e._zod.bag;n.minimum!==void 0&&Xr(t,"minimum",n.minimum),n.exclusiveMinimum!==void 0&&Xr(t,"exclusiveMinimum",n.exclusiveMinimum),n.maximum!==void 0&&Yr(t,"maximum",n.maximum),n.exclusiveMaximum!==void 0&&Yr(t,"exclusiveMaximum",n.exclusiveMaximum),n.multipleOf!==void 0&&Wb(t,n.multipleOf),n.format!==void 0&&(t.format??(t.format=n.format),n.format.includes("int")&&(t.isInt=!0)),n.mime&&Xb(t,n.mime);for(let i of n.patterns??[])Jb(t,i);return t}var dS={guid:"uuid",url:"uri",datetime:"date-time",json_string:"json-string",regex:""},fS=new Map([[za,il],[Wi,ol]]),Qb=e=>fS.get(e)??e,np=(e,t,r,o)=>{let n=r;n.type="string";let{minimum:i,maximum:a,format:s,patterns:u,contentEncoding:c,laxFormat:l}=He(e);if(typeof i=="number"&&(n.minLength=i),typeof a=="number"&&(n.maxLength=a),s&&(n.format=dS[s]??s,n.format===""&&delete n.format,(s==="time"||l)&&delete n.format),c&&(n.contentEncoding=c),u&&u.size>0){let f=[...u].map(Qb);f.length===1?n.pattern=f[0].source:f.length>1&&(n.allOf=[...f.map(p=>({...t.target==="draft-07"||t.target==="draft-04"||t.target==="openapi-3.0"?{type:"string"}:{},pattern:p.source}))])}},rp=(e,t,r,o)=>{let n=r,{minimum:i,maximum:a,multipleOf:s,exclusiveMaximum:u,exclusiveMinimum:c,isInt:l}=He(e);n.type=l?"integer":"number";let f=typeof c=="number"&&c>=(i??Number.NEGATIVE_INFINITY),p=typeof u=="number"&&u<=(a??Number.POSITIVE_INFINITY),g=t.target==="draft-04"||t.target==="openapi-3.0";if(f?g?(n.minimum=c,n.exclusiveMinimum=!0):n.exclusiveMinimum=c:typeof i=="number"&&(n.minimum=i),p?g?(n.maximum=u,n.exclusiveMaximum=!0):n.exclusiveMaximum=u:typeof a=="number"&&(n.maximum=a),s){let v=new Set;for(let _ of s)Number.isFinite(_)&&_!==0?v.add(Math.abs(_)):Ke(e,t,n,o,`A multipleOf divisor of ${_} cannot be represented in JSON Schema`);let[h,...y]=v;h!==void 0&&(n.multipleOf=h),y.length&&(n.allOf=[...n.allOf??[],...y.map(_=>({multipleOf:_}))])}},ip=(e,t,r,o)=>{r.type="boolean"},op=(e,t,r,o)=>{Ke(e,t,r,o,"BigInt cannot be represented in JSON Schema")},ap=(e,t,r,o)=>{Ke(e,t,r,o,"Symbols cannot be represented in JSON Schema")},sp=(e,t,r,o)=>{t.target==="openapi-3.0"?(r.type="string",r.nullable=!0,r.enum=[null]):r.type="null"},cp=(e,t,r,o)=>{Ke(e,t,r,o,"Undefined cannot be represented in JSON Schema")},up=(e,t,r,o)=>{Ke(e,t,r,o,"Void cannot be represented in JSON Schema")},lp=(e,t,r,o)=>{r.not={}},dp=(e,t,r,o)=>{},fp=(e,t,r,o)=>{},pp=(e,t,r,o)=>{Ke(e,t,r,o,"Date cannot be represented in JSON Schema")},mp=(e,t,r,o)=>{let n=e._zod.def,i=xr(n.entries);if(i.length===0){r.not={};return}i.every(a=>typeof a=="number")&&(r.type="number"),i.every(a=>typeof a=="string")&&(r.type="string"),r.enum=i},gp=(e,t,r,o)=>{let n=e._zod.def;if(n.values.length===0){r.not={};return}let i=[];for(let a of n.values)if(a===void 0){if(Ke(e,t,r,o,"Literal `undefined` cannot be represented in JSON Schema"))return}else if(typeof a=="bigint"){if(Ke(e,t,r,o,"BigInt literals cannot be represented in JSON Schema"))return;i.push(Number(a))}else i.push(a);if(i.length!==0)if(i.length===1){let a=i[0];r.type=a===null?"null":typeof a,t.target==="draft-04"||t.target==="openapi-3.0"?r.enum=[a]:r.const=a}else i.every(a=>typeof a=="number")&&(r.type="number"),i.every(a=>typeof a=="string")&&(r.type="string"),i.every(a=>typeof a=="boolean")&&(r.type="boolean"),i.every(a=>a===null)&&(r.type="null"),r.enum=i},hp=(e,t,r,o)=>{Ke(e,t,r,o,"NaN cannot be represented in JSON Schema")},vp=(e,t,r,o)=>{let n=r,i=e._zod.pattern;if(!i)throw new Error("Pattern not found in template literal");n.type="string",n.pattern=i.source},bp=(e,t,r,o)=>{let n=r;n.type="string",n.format="binary",n.contentEncoding="binary";let{minimum:i,maximum:a,mime:s}=He(e);i!==void 0&&(n.minLength=i),a!==void 0&&(n.maxLength=a),s&&(s.length===0?n.not={}:s.length===1?n.contentMediaType=s[0]:n.anyOf=s.map(u=>({contentMediaType:u})))},yp=(e,t,r,o)=>{r.type="boolean"},$p=(e,t,r,o)=>{Ke(e,t,r,o,"Custom types cannot be represented in JSON Schema")},wp=(e,t,r,o)=>{Ke(e,t,r,o,"Function types cannot be represented in JSON Schema")},xp=(e,t,r,o)=>{Ke(e,t,r,o,"Transforms cannot be represented in JSON Schema")},kp=(e,t,r,o)=>{Ke(e,t,r,o,"Map cannot be represented in JSON Schema")},_p=(e,t,r,o)=>{Ke(e,t,r,o,"Set cannot be represented in JSON Schema")},Ap=(e,t,r,o)=>{let n=r,i=e._zod.def,{minimum:a,maximum:s}=He(e);typeof a=="number"&&(n.minItems=a),typeof s=="number"&&(n.maxItems=s),n.type="array",n.items=Ee(i.element,t,{...o,path:[...o.path,"items"]})};function fo(e){let t=e._zod.def;return t.type==="pipe"&&t.in._zod.traits.has("$ZodTransform")?fo(t.out):t.type==="catch"?fo(t.innerType):e._zod.optin}var Ip=(e,t,r,o)=>{let n=r,i=e._zod.def,a=i.shape;if(Object.getOwnPropertySymbols(a).length&&Ke(e,t,n,o,"Symbol keys cannot be represented in JSON Schema"))return;n.type="object",n.properties={};for(let c in a)et(n.properties,c,Ee(a[c],t,{...o,path:[...o.path,"properties",c]}));let u=[];for(let c of Object.keys(a)){let l=i.shape[c];(t.io==="input"?fo(l)===void 0:l._zod.optout===void 0)&&u.push(c)}u.length>0&&(n.required=u),i.catchall?._zod.def.type==="never"?n.additionalProperties=!1:i.catchall?i.catchall&&(n.additionalProperties=Ee(i.catchall,t,{...o,path:[...o.path,"additionalProperties"]})):t.io==="output"&&(n.additionalProperties=!1)},Os=(e,t,r,o)=>{let n=e._zod.def,i=n.inclusive===!1,a=n.options.map((s,u)=>Ee(s,t,{...o,path:[...o.path,i?"oneOf":"anyOf",u]}));i?r.oneOf=a:r.anyOf=a},Sp=(e,t,r,o)=>{let n=e._zod.def,i=Ee(n.left,t,{...o,path:[...o.path,"allOf",0]}),a=Ee(n.right,t,{...o,path:[...o.path,"allOf",1]}),s=c=>"allOf"in c&&Object.keys(c).length===1,u=[...s(i)?i.allOf:[i],...s(a)?a.allOf:[a]];r.allOf=u,t.intersections.push(u)},Pp=(e,t,r,o)=>{let n=r,i=e._zod.def;n.type="array";let a=t.target==="draft-2020-12"?"prefixItems":"items",s=t.target==="draft-2020-12"||t.target==="openapi-3.0"?"items":"additionalItems",u=i.items.map((h,y)=>Ee(h,t,{...o,path:[...o.path,a,y]})),c=i.rest?Ee(i.rest,t,{...o,path:[...o.path,s,...t.target==="openapi-3.0"?[i.items.length]:[]]}):null,l=i.items.length;for(;l>0;){let h=i.items[l-1];if(!(t.io==="input"?fo(h)!==void 0:h._zod.optout==="optional"))break;l--}let f=i.items.length,p=!i.rest;t.target==="draft-2020-12"?(n.prefixItems=u,p?n.items=!1:c&&(n.items=c),l>0&&(n.minItems=l),p&&(n.maxItems=f)):t.target==="openapi-3.0"?(n.items={anyOf:u},c&&n.items.anyOf.push(c),l>0&&(n.minItems=l),p&&(n.maxItems=f)):(n.items=u,p?n.additionalItems=!1:c&&(n.additionalItems=c),l>0&&(n.minItems=l),p&&(n.maxItems=f));let{minimum:g,maximum:v}=He(e);typeof g=="number"&&(n.minItems=g),typeof v=="number"&&(n.maxItems=v)};function ep(e,t,r){if(t.$ref){if(r.has(t))return t;r.add(t);let v=e.get(t)?.def;if(!v)return t;let h=ep(e,v,r);return h===v?t:h}for(let v of["anyOf","oneOf"]){let h=t[v];if(!Array.isArray(h))continue;let y=h.map(_=>ep(e,_,r));y.some((_,$)=>_!==h[$])&&(t={...t,[v]:y})}let o=Array.isArray(t.type)?t.type:[t.type],n=!o.includes("string")&&o.some(v=>v==="number"||v==="integer"),i=t.enum??(t.const!==void 0?[t.const]:void 0);if(!n&&!i?.some(v=>typeof v=="number"))return t;let{minimum:a,maximum:s,exclusiveMinimum:u,exclusiveMaximum:c,multipleOf:l,format:f,id:p,...g}=t;return g.enum?g.enum=g.enum.map(v=>typeof v=="number"?String(v):v):typeof g.const=="number"&&(g.const=String(g.const)),n&&(g.type="string",i||(g.pattern=(o.includes("number")?ln:qi).source)),g}var tp=new WeakMap;function pS(e){let t=new Map;for(let o of e.seen.values())o.def&&!t.has(o.schema)&&t.set(o.schema,o);let r=new Map;for(let o of tp.get(e)??[]){let n=e.seen.get(o),i=(n?.def??n?.schema)?.propertyNames;if(!i||i===!0||r.has(i))continue;let a=ep(t,i,new Set);a!==i&&r.set(i,a)}if(r.size)for(let o of e.seen.values())for(let n of[o.schema,o.def]){let i=n&&r.get(n.propertyNames);i&&(n.propertyNames=i)}}var Rp=(e,t,r,o)=>{let n=r,i=e._zod.def;n.type="object";let a=i.keyType,s=He(a).patterns;if(i.mode==="loose"&&s&&s.size>0){let l=Ee(i.valueType,t,{...o,path:[...o.path,"patternProperties","*"]});n.patternProperties={};for(let f of s)et(n.patternProperties,Qb(f).source,l)}else{if(t.target==="draft-07"||t.target==="draft-2020-12"){n.propertyNames=Ee(i.keyType,t,{...o,path:[...o.path,"propertyNames"]});let l=tp.get(t);l||(l=[],tp.set(t,l),t.deferred.push(()=>pS(t))),l.push(e)}n.additionalProperties=Ee(i.valueType,t,{...o,path:[...o.path,"additionalProperties"]})}let u=a._zod.values,c=t.io==="input"&&fo(i.valueType)!==void 0;if(u&&!i.partial&&!c){let l=[...u].filter(f=>typeof f=="string"||typeof f=="number");l.length>0&&(n.required=l.map(String))}},Dp=(e,t,r,o)=>{let n=e._zod.def,i=Ee(n.innerType,t,o),a=t.seen.get(e);t.target==="openapi-3.0"?(a.ref=n.innerType,r.nullable=!0):r.anyOf=[i,{type:"null"}]},Ep=(e,t,r,o)=>{let n=e._zod.def;Ee(n.innerType,t,o);let i=t.seen.get(e);i.ref=n.innerType},Tp=Symbol();function ey(e,t,r,o,n){let i=!1,a=JSON.stringify(e,(s,u)=>typeof u!="bigint"?u:(i=!0,null));return i?(Ke(t,r,o,n,"BigInt defaults cannot be represented in JSON Schema"),Tp):JSON.parse(a)}var Op=(e,t,r,o)=>{let n=e._zod.def;Ee(n.innerType,t,o);let i=t.seen.get(e);i.ref=n.innerType;let a=ey(n.defaultValue,e,t,r,o);a!==Tp&&(r.default=a)},Up=(e,t,r,o)=>{let n=e._zod.def;Ee(n.innerType,t,o);let i=t.seen.get(e);if(i.ref=n.innerType,t.io!=="input")return;let a=ey(n.defaultValue,e,t,r,o);a!==Tp&&(r._prefault=a)},Np=(e,t,r,o)=>{let n=e._zod.def;Ee(n.innerType,t,o);let i=t.seen.get(e);i.ref=n.innerType;let a;try{a=n.catchValue(void 0)}catch{Ke(e,t,r,o,"Dynamic catch values are not supported in JSON Schema");return}r.default=a},zp=(e,t,r,o)=>{let n=e._zod.def,i=n.in._zod.traits.has("$ZodTransform"),a=t.io==="input"?i?n.out:n.in:n.out;Ee(a,t,o);let s=t.seen.get(e);s.ref=a},Cp=(e,t,r,o)=>{let n=e._zod.def;Ee(n.innerType,t,o);let i=t.seen.get(e);i.ref=n.innerType,r.readOnly=!0},jp=(e,t,r,o)=>{let n=e._zod.def;Ee(n.innerType,t,o);let i=t.seen.get(e);i.ref=n.innerType},Us=(e,t,r,o)=>{let n=e._zod.def;Ee(n.innerType,t,o);let i=t.seen.get(e);i.ref=n.innerType},Fp=(e,t,r,o)=>{let n=e._zod.innerType;Ee(n,t,o);let i=t.seen.get(e);i.ref=n},Ts={string:np,number:rp,boolean:ip,bigint:op,symbol:ap,null:sp,undefined:cp,void:up,never:lp,any:dp,unknown:fp,date:pp,enum:mp,literal:gp,nan:hp,template_literal:vp,file:bp,success:yp,custom:$p,function:wp,transform:xp,map:kp,set:_p,array:Ap,object:Ip,union:Os,intersection:Sp,tuple:Pp,record:Rp,nullable:Dp,nonoptional:Ep,default:Op,prefault:Up,catch:Np,pipe:zp,readonly:Cp,promise:jp,optional:Us,lazy:Fp};function Ns(e,t){if("_idmap"in e){let o=e,n=Dn({...t,processors:Ts}),i={};for(let u of o._idmap.entries()){let[c,l]=u;Ee(l,n)}let a={},s={registry:o,uri:t?.uri,defs:i};n.external=s;for(let u of o._idmap.entries()){let[c,l]=u;En(n,l),et(a,c,Tn(n,l))}if(Object.keys(i).length>0){let u=n.target==="draft-2020-12"?"$defs":"definitions";a.__shared={[u]:i}}return{schemas:a}}let r=Dn({...t,processors:Ts});return Ee(e,r),En(r,e),Tn(r,e)}var zs=class{get metadataRegistry(){return this.ctx.metadataRegistry}get target(){return this.ctx.target}get unrepresentable(){return this.ctx.unrepresentable}get override(){return this.ctx.override}get io(){return this.ctx.io}get counter(){return this.ctx.counter}set counter(t){this.ctx.counter=t}get seen(){return this.ctx.seen}constructor(t){let r=t?.target??"draft-2020-12";r==="draft-4"&&(r="draft-04"),r==="draft-7"&&(r="draft-07"),this.ctx=Dn({processors:Ts,target:r,...t?.metadata&&{metadata:t.metadata},...t?.unrepresentable&&{unrepresentable:t.unrepresentable},...t?.override&&{override:t.override},...t?.io&&{io:t.io}})}process(t,r={path:[],schemaPath:[]}){return Ee(t,this.ctx,r)}emit(t,r){r&&(r.cycles&&(this.ctx.cycles=r.cycles),r.reused&&(this.ctx.reused=r.reused),r.external&&(this.ctx.external=r.external)),this.ctx.sharedDefsExtractedFor=void 0,this.ctx.sharedEmitDoneFor=void 0,En(this.ctx,t);let o=Tn(this.ctx,t),{"~standard":n,...i}=o;return i}};var ty={};var ai={};rn(ai,{ZodAny:()=>sm,ZodArray:()=>dm,ZodBase64:()=>tc,ZodBase64URL:()=>nc,ZodBigInt:()=>ii,ZodBigIntFormat:()=>oc,ZodBoolean:()=>ri,ZodCIDRv4:()=>Qs,ZodCIDRv6:()=>ec,ZodCUID:()=>Gs,ZodCUID2:()=>Ks,ZodCatch:()=>Tm,ZodCodec:()=>xo,ZodCreditCard:()=>Qp,ZodCustom:()=>ko,ZodCustomStringFormat:()=>cr,ZodDate:()=>ho,ZodDefault:()=>Im,ZodDiscriminatedUnion:()=>pm,ZodE164:()=>rc,ZodEmail:()=>qs,ZodEmoji:()=>Zs,ZodEnum:()=>ei,ZodExactOptional:()=>uc,ZodFile:()=>xm,ZodFunction:()=>qm,ZodGUID:()=>Bs,ZodIBAN:()=>em,ZodIPv4:()=>Xs,ZodIPv6:()=>Ys,ZodISODate:()=>Un,ZodISODateTime:()=>On,ZodISODuration:()=>zn,ZodISOTime:()=>Nn,ZodInstanceOf:()=>Vm,ZodIntersection:()=>mm,ZodJWT:()=>ic,ZodKSUID:()=>Js,ZodLazy:()=>Fm,ZodLiteral:()=>wm,ZodMAC:()=>Yp,ZodMap:()=>ym,ZodNaN:()=>Um,ZodNanoID:()=>Vs,ZodNever:()=>um,ZodNonOptional:()=>lc,ZodNull:()=>om,ZodNullable:()=>Am,ZodNumber:()=>ni,ZodNumberFormat:()=>ur,ZodObject:()=>bo,ZodOptional:()=>$o,ZodPipe:()=>wo,ZodPrefault:()=>Pm,ZodPreprocess:()=>Nm,ZodPromise:()=>Mm,ZodReadonly:()=>zm,ZodRecord:()=>Qr,ZodSet:()=>$m,ZodString:()=>ti,ZodStringFormat:()=>Te,ZodSuccess:()=>Em,ZodSymbol:()=>rm,ZodTemplateLiteral:()=>jm,ZodTransform:()=>km,ZodTuple:()=>hm,ZodType:()=>he,ZodULID:()=>Hs,ZodURL:()=>go,ZodUUID:()=>en,ZodUndefined:()=>im,ZodUnion:()=>yo,ZodUnknown:()=>cm,ZodVoid:()=>lm,ZodXID:()=>Ws,ZodXor:()=>fm,_ZodString:()=>Ms,_default:()=>Sm,_function:()=>p1,any:()=>Zy,array:()=>vo,base64:()=>_y,base64url:()=>Ay,bigint:()=>Fy,boolean:()=>nm,catch:()=>Om,check:()=>m1,cidrv4:()=>xy,cidrv6:()=>ky,codec:()=>u1,creditCard:()=>Sy,cuid:()=>my,cuid2:()=>gy,currencyCode:()=>Oy,custom:()=>g1,date:()=>Gy,describe:()=>h1,discriminatedUnion:()=>Yy,e164:()=>Iy,email:()=>iy,emoji:()=>fy,enum:()=>sc,exactOptional:()=>_m,file:()=>o1,float32:()=>Ny,float64:()=>zy,function:()=>p1,guid:()=>oy,hash:()=>Uy,hex:()=>Ty,hostname:()=>Ey,httpUrl:()=>dy,iban:()=>Py,instanceof:()=>b1,int:()=>Fs,int32:()=>Cy,int64:()=>Ly,intersection:()=>gm,invertCodec:()=>l1,ipv4:()=>yy,ipv6:()=>wy,json:()=>$1,jwt:()=>Ry,keyof:()=>Ky,ksuid:()=>by,lazy:()=>Lm,literal:()=>i1,looseObject:()=>Jy,looseRecord:()=>e1,mac:()=>$y,map:()=>t1,meta:()=>v1,nan:()=>c1,nanoid:()=>py,nativeEnum:()=>r1,never:()=>ac,nonoptional:()=>Dm,null:()=>am,nullable:()=>mo,nullish:()=>a1,number:()=>tm,object:()=>Hy,optional:()=>ar,partialRecord:()=>Qy,pipe:()=>Ls,prefault:()=>Rm,preprocess:()=>w1,promise:()=>f1,readonly:()=>Cm,record:()=>bm,refine:()=>Bm,set:()=>n1,strictObject:()=>Wy,string:()=>po,stringFormat:()=>Dy,stringbool:()=>y1,success:()=>s1,superRefine:()=>Zm,symbol:()=>qy,templateLiteral:()=>d1,transform:()=>cc,tuple:()=>vm,uint32:()=>jy,uint64:()=>My,ulid:()=>hy,undefined:()=>By,union:()=>oi,unknown:()=>or,url:()=>ly,uuid:()=>ay,uuidv4:()=>sy,uuidv6:()=>cy,uuidv7:()=>uy,void:()=>Vy,xid:()=>vy,xor:()=>Xy});var Cs={};rn(Cs,{endsWith:()=>qr,gt:()=>Yt,gte:()=>Tt,includes:()=>Lr,length:()=>rr,lowercase:()=>jr,lt:()=>Xt,lte:()=>Et,maxLength:()=>nr,maxSize:()=>Rn,mime:()=>Zr,minLength:()=>dn,minSize:()=>Qt,multipleOf:()=>Pn,negative:()=>Ps,nonnegative:()=>Ds,nonpositive:()=>Rs,normalize:()=>Vr,overwrite:()=>qt,positive:()=>Ss,properties:()=>Br,property:()=>Es,regex:()=>Cr,size:()=>tr,slugify:()=>Wr,startsWith:()=>Mr,toLowerCase:()=>Kr,toUpperCase:()=>Hr,trim:()=>Gr,uppercase:()=>Fr});var ny=new WeakSet([Object.prototype,Error.prototype]);function js(e,t,r){Object.defineProperty(e,t,{configurable:!0,enumerable:!1,get(){let o=r(this);return Object.defineProperty(this,t,{value:o,configurable:!0,writable:!0}),o},set(o){Object.defineProperty(this,t,{value:o,configurable:!0,writable:!0})}})}var ry=(e,t)=>{ju.init(e,t),e.name="ZodError";let r=Object.getPrototypeOf(e);ny.has(r)||(ny.add(r),js(r,"format",o=>n=>ji(o,n)),js(r,"flatten",o=>n=>Ci(o,n)),js(r,"addIssue",o=>n=>{o.issues.push(n),o.message=JSON.stringify(o.issues,kr,2)}),js(r,"addIssues",o=>n=>{o.issues.push(...n),o.message=JSON.stringify(o.issues,kr,2)}),Object.defineProperty(r,"isEmpty",{configurable:!0,enumerable:!1,get(){return this.issues.length===0}}))},gS=w("ZodError",ry),_t=w("ZodError",ry,void 0,{Parent:Error});var Lp=Pr(_t),Mp=Rr(_t),qp=Dr(_t),Bp=Er(_t),Zp=pa(_t),Vp=ma(_t),Gp=ga(_t),Kp=ha(_t),Hp=va(_t),Wp=ba(_t),Jp=ya(_t),Xp=$a(_t);function vS(){Je.localeError||Le(Ya())}function sr(){Je.memoizer||Le({memoizer:no()})}var he=w("ZodType",(e,t)=>(vS(),pe.init(e,t),e.def=t,e.type=t.type,e),{check(...e){let t=this.def;return this.clone(T.mergeDefs(t,{checks:[...t.checks??[],...e.map(r=>typeof r=="function"?{_zod:{check:r,def:{check:"custom"},onattach:[]}}:r)]}),{parent:!0})},with(...e){return this.check(...e)},clone(e,t){return Re(this,e,t)},brand(){return this},register(e,t){return e.add(this,t),this},refine(e,t){return this.check(Bm(e,t))},superRefine(e,t){return this.check(Zm(e,t))},overwrite(e){return this.check(qt(e))},optional(){return ar(this)},exactOptional(){return _m(this)},nullable(){return mo(this)},nullish(){return ar(mo(this))},nonoptional(e){return Dm(this,e)},array(){return vo(this)},or(e){return oi([this,e])},and(e){return gm(this,e)},transform(e){return Ls(this,cc(e))},default(e){return Sm(this,e)},prefault(e){return Rm(this,e)},catch(e){return Om(this,e)},pipe(e){return Ls(this,e)},readonly(){return Cm(this)},describe(e){let t=this.clone();return tt.add(t,{description:e}),t},meta(...e){if(e.length===0)return tt.get(this);let t=this.clone();return tt.add(t,e[0]),t},isOptional(){return this.safeParse(void 0).success},isNullable(){return this.safeParse(null).success},apply(e,...t){return t.length===0?e(this):e(this,...t)},get"~standard"(){return T.hide(this,"~standard",{...Ea(this),jsonSchema:{input:Jr(this,"input"),output:Jr(this,"output")}})},set"~standard"(e){T.own(this,"~standard",e)},parse:function e(t,r){return Lp(this,t,r,{callee:e})},parseAsync:async function e(t,r){return await Mp(this,t,r,{callee:e})},safeParse(e,t){return qp(this,e,t)},async safeParseAsync(e,t){return Bp(this,e,t)},get spa(){return this?.safeParseAsync},set spa(e){T.own(this,"spa",e)},validate(e,t){return Fi(this,e,t)},validateAsync(e,t){return Li(this,e,t)},encode:function e(t,r){return Zp(this,t,r,{callee:e})},decode:function e(t,r){return Vp(this,t,r,{callee:e})},encodeAsync:async function e(t,r){return await Gp(this,t,r,{callee:e})},decodeAsync:async function e(t,r){return await Kp(this,t,r,{callee:e})},safeEncode(e,t){return Hp(this,e,t)},safeDecode(e,t){return Wp(this,e,t)},async safeEncodeAsync(e,t){return Jp(this,e,t)},async safeDecodeAsync(e,t){return Xp(this,e,t)},toJSONSchema(e){return Qf(this,{})(e)},get description(){return tt.get(this)?.description},get _def(){return this._zod.def}}),Ms=w("_ZodString",(e,t)=>{Xn.init(e,t),he.init(e,t),e._zod.processJSONSchema=(r,o,n)=>np(e,r,o,n)},T.derived({format:e=>He(e).format??null,minLength:e=>He(e).minimum??null,maxLength:e=>He(e).maximum??null},{regex(...e){return this.check(Cr(...e))},includes(...e){return this.check(Lr(...e))},startsWith(...e){return this.check(Mr(...e))},endsWith(...e){return this.check(qr(...e))},min(...e){return this.check(dn(...e))},max(...e){return this.check(nr(...e))},length(...e){return this.check(rr(...e))},nonempty(...e){return this.check(dn(1,...e))},lowercase(e){return this.check(jr(e))},uppercase(e){return this.check(Fr(e))},trim(){return this.check(Gr())},normalize(...e){return this.check(Vr(...e))},toLowerCase(){return this.check(Kr())},toUpperCase(){return this.check(Hr())},slugify(){return this.check(Wr())}})),ti=w("ZodString",(e,t)=>{Xn.init(e,t),Ms.init(e,t)},{email(e){return this.check(as(qs,e))},url(e){return this.check(oo(go,e))},jwt(e){return this.check(Is(ic,e))},emoji(e){return this.check(fs(Zs,e))},guid(e){return this.check(ss(Bs,e))},uuid(e){return this.check(cs(en,e))},uuidv4(e){return this.check(us(en,e))},uuidv6(e){return this.check(ls(en,e))},uuidv7(e){return this.check(ds(en,e))},nanoid(e){return this.check(ps(Vs,e))},cuid(e){return this.check(ms(Gs,e))},cuid2(e){return this.check(gs(Ks,e))},ulid(e){return this.check(hs(Hs,e))},base64(e){return this.check(ks(tc,e))},base64url(e){return this.check(_s(nc,e))},xid(e){return this.check(vs(Ws,e))},ksuid(e){return this.check(bs(Js,e))},ipv4(e){return this.check(ys(Xs,e))},ipv6(e){return this.check($s(Ys,e))},cidrv4(e){return this.check(ws(Qs,e))},cidrv6(e){return this.check(xs(ec,e))},e164(e){return this.check(As(rc,e))},datetime(e){return this.check(ao(On,e))},date(e){return this.check(so(Un,e))},time(e){return this.check(co(Nn,e))},duration(e){return this.check(uo(zn,e))}});function po(e){return gf(ti,e)}var Te=w("ZodStringFormat",(e,t)=>{De.init(e,t),Ms.init(e,t)}),On=w("ZodISODateTime",(e,t)=>{id.init(e,t),Te.init(e,t)}),Un=w("ZodISODate",(e,t)=>{od.init(e,t),Te.init(e,t)}),Nn=w("ZodISOTime",(e,t)=>{ad.init(e,t),Te.init(e,t)}),zn=w("ZodISODuration",(e,t)=>{sd.init(e,t),Te.init(e,t)}),qs=w("ZodEmail",(e,t)=>{Kl.init(e,t),Te.init(e,t)});function iy(e){return as(qs,e)}var Bs=w("ZodGUID",(e,t)=>{Vl.init(e,t),Te.init(e,t)});function oy(e){return ss(Bs,e)}var en=w("ZodUUID",(e,t)=>{Gl.init(e,t),Te.init(e,t)});function ay(e){return cs(en,e)}function sy(e){return us(en,e)}function cy(e){return ls(en,e)}function uy(e){return ds(en,e)}var go=w("ZodURL",(e,t)=>{Jl.init(e,t),Te.init(e,t)});function ly(e){return oo(go,e)}function dy(e){return oo(go,{protocol:Mi,hostname:sl,...T.normalizeParams(e)})}var Zs=w("ZodEmoji",(e,t)=>{Xl.init(e,t),Te.init(e,t)});function fy(e){return fs(Zs,e)}var Vs=w("ZodNanoID",(e,t)=>{Yl.init(e,t),Te.init(e,t)});function py(e){return ps(Vs,e)}var Gs=w("ZodCUID",(e,t)=>{Ql.init(e,t),Te.init(e,t)});function my(e){return ms(Gs,e)}var Ks=w("ZodCUID2",(e,t)=>{ed.init(e,t),Te.init(e,t)});function gy(e){return gs(Ks,e)}var Hs=w("ZodULID",(e,t)=>{td.init(e,t),Te.init(e,t)});function hy(e){return hs(Hs,e)}var Ws=w("ZodXID",(e,t)=>{nd.init(e,t),Te.init(e,t)});function vy(e){return vs(Ws,e)}var Js=w("ZodKSUID",(e,t)=>{rd.init(e,t),Te.init(e,t)});function by(e){return bs(Js,e)}var Xs=w("ZodIPv4",(e,t)=>{cd.init(e,t),Te.init(e,t)});function yy(e){return ys(Xs,e)}var Yp=w("ZodMAC",(e,t)=>{ld.init(e,t),Te.init(e,t)});function $y(e){return vf(Yp,e)}var Ys=w("ZodIPv6",(e,t)=>{ud.init(e,t),Te.init(e,t)});function wy(e){return $s(Ys,e)}var Qs=w("ZodCIDRv4",(e,t)=>{dd.init(e,t),Te.init(e,t)});function xy(e){return ws(Qs,e)}var ec=w("ZodCIDRv6",(e,t)=>{fd.init(e,t),Te.init(e,t)});function ky(e){return xs(ec,e)}var tc=w("ZodBase64",(e,t)=>{pd.init(e,t),Te.init(e,t)});function _y(e){return ks(tc,e)}var nc=w("ZodBase64URL",(e,t)=>{md.init(e,t),Te.init(e,t)});function Ay(e){return _s(nc,e)}var rc=w("ZodE164",(e,t)=>{gd.init(e,t),Te.init(e,t)});function Iy(e){return As(rc,e)}var Qp=w("ZodCreditCard",(e,t)=>{hd.init(e,t),Te.init(e,t)});function Sy(e){return bf(Qp,e)}var em=w("ZodIBAN",(e,t)=>{vd.init(e,t),Te.init(e,t)});function Py(e){return yf(em,e)}var ic=w("ZodJWT",(e,t)=>{bd.init(e,t),Te.init(e,t)});function Ry(e){return Is(ic,e)}var cr=w("ZodCustomStringFormat",(e,t)=>{yd.init(e,t),Te.init(e,t)});function Dy(e,t,r={}){return ir(cr,e,t,r)}function Ey(e){return ir(cr,"hostname",al,e)}function Ty(e){return ir(cr,"hex",wl,e)}function Oy(e){return ir(cr,"currency_code",ul,e)}function Uy(e,t){let r=t?.enc??"hex",o=`${e}_${r}`,n=Ct[o];if(!n)throw new Error(`Unrecognized hash format: ${o}`);return ir(cr,o,n,t)}var ni=w("ZodNumber",(e,t)=>{Ma.init(e,t),he.init(e,t),e._zod.processJSONSchema=(r,o,n)=>rp(e,r,o,n),e.isFinite=!0},T.derived({minValue:e=>{let{minimum:t,exclusiveMinimum:r}=He(e);return Math.max(t??Number.NEGATIVE_INFINITY,r??Number.NEGATIVE_INFINITY)},maxValue:e=>{let{maximum:t,exclusiveMaximum:r}=He(e);return Math.min(t??Number.POSITIVE_INFINITY,r??Number.POSITIVE_INFINITY)},isInt:e=>{let{isInt:t,multipleOf:r}=He(e);return!!t||!!r?.some(Number.isSafeInteger)},format:e=>He(e).format??null},{gt(e,t){return this.check(Yt(e,t))},gte(e,t){return this.check(Tt(e,t))},min(e,t){return this.check(Tt(e,t))},lt(e,t){return this.check(Xt(e,t))},lte(e,t){return this.check(Et(e,t))},max(e,t){return this.check(Et(e,t))},int(e){return this.check(Fs(e))},safe(e){return this.check(Fs(e))},positive(e){return this.check(Yt(0,e))},nonnegative(e){return this.check(Tt(0,e))},negative(e){return this.check(Xt(0,e))},nonpositive(e){return this.check(Et(0,e))},multipleOf(e,t){return this.check(Pn(e,t))},step(e,t){return this.check(Pn(e,t))},finite(){return this}}));function tm(e){return wf(ni,e)}var ur=w("ZodNumberFormat",(e,t)=>{$d.init(e,t),ni.init(e,t)});function Fs(e){return kf(ur,e)}function Ny(e){return _f(ur,e)}function zy(e){return Af(ur,e)}function Cy(e){return If(ur,e)}function jy(e){return Sf(ur,e)}var ri=w("ZodBoolean",(e,t)=>{Ji.init(e,t),he.init(e,t),e._zod.processJSONSchema=(r,o,n)=>ip(e,r,o,n)});function nm(e){return Pf(ri,e)}var ii=w("ZodBigInt",(e,t)=>{qa.init(e,t),he.init(e,t),e._zod.processJSONSchema=(r,o,n)=>op(e,r,o,n)},T.derived({minValue:e=>He(e).minimum??null,maxValue:e=>He(e).maximum??null,format:e=>He(e).format??null},{gte(e,t){return this.check(Tt(e,t))},min(e,t){return this.check(Tt(e,t))},gt(e,t){return this.check(Yt(e,t))},lt(e,t){return this.check(Xt(e,t))},lte(e,t){return this.check(Et(e,t))},max(e,t){return this.check(Et(e,t))},positive(e){return this.check(Yt(BigInt(0),e))},negative(e){return this.check(Xt(BigInt(0),e))},nonpositive(e){return this.check(Et(BigInt(0),e))},nonnegative(e){return this.check(Tt(BigInt(0),e))},multipleOf(e,t){return this.check(Pn(e,t))}}));function Fy(e){return Df(ii,e)}var oc=w("ZodBigIntFormat",(e,t)=>{wd.init(e,t),ii.init(e,t)});function Ly(e){return Tf(oc,e)}function My(e){return Of(oc,e)}var rm=w("ZodSymbol",(e,t)=>{xd.init(e,t),he.init(e,t),e._zod.processJSONSchema=(r,o,n)=>ap(e,r,o,n)});function qy(e){return Uf(rm,e)}var im=w("ZodUndefined",(e,t)=>{kd.init(e,t),he.init(e,t),e._zod.processJSONSchema=(r,o,n)=>cp(e,r,o,n)});function By(e){return Nf(im,e)}var om=w("ZodNull",(e,t)=>{_d.init(e,t),he.init(e,t),e._zod.processJSONSchema=(r,o,n)=>sp(e,r,o,n)});function am(e){return zf(om,e)}var sm=w("ZodAny",(e,t)=>{Ad.init(e,t),he.init(e,t),e._zod.processJSONSchema=(r,o,n)=>dp(e,r,o,n)});function Zy(){return Cf(sm)}var cm=w("ZodUnknown",(e,t)=>{Id.init(e,t),he.init(e,t),e._zod.processJSONSchema=(r,o,n)=>fp(e,r,o,n)});function or(){return jf(cm)}var um=w("ZodNever",(e,t)=>{Sd.init(e,t),he.init(e,t),e._zod.processJSONSchema=(r,o,n)=>lp(e,r,o,n)});function ac(e){return Ff(um,e)}var lm=w("ZodVoid",(e,t)=>{Pd.init(e,t),he.init(e,t),e._zod.processJSONSchema=(r,o,n)=>up(e,r,o,n)});function Vy(e){return Lf(lm,e)}var ho=w("ZodDate",(e,t)=>{Rd.init(e,t),he.init(e,t),e._zod.processJSONSchema=(r,o,n)=>pp(e,r,o,n),e.min=(r,o)=>e.check(Tt(r,o)),e.max=(r,o)=>e.check(Et(r,o))},T.derived({minDate:e=>{let{minimum:t}=He(e);return t?new Date(t):null},maxDate:e=>{let{maximum:t}=He(e);return t?new Date(t):null}},{}));function Gy(e){return Mf(ho,e)}var dm=w("ZodArray",(e,t)=>{sr(),Ed.init(e,t),he.init(e,t),e._zod.processJSONSchema=(r,o,n)=>Ap(e,r,o,n),e.element=t.element},{min(e,t){return this.check(dn(e,t))},nonempty(e){return this.check(dn(1,e))},max(e,t){return this.check(nr(e,t))},length(e,t){return this.check(rr(e,t))},unwrap(){return this.element}});function vo(e,t){return Zf(dm,e,t)}function Ky(e){let t=e._zod.def.shape;return sc(Object.keys(t))}var bo=w("ZodObject",(e,t)=>{sr(),Td.init(e,t),he.init(e,t),e._zod.processJSONSchema=(r,o,n)=>Ip(e,r,o,n),T.installLazyProp(e,"shape",r=>r._zod.def.shape,!1)},{keyof(){return sc(Object.keys(this._zod.def.shape))},catchall(e){return this.clone(T.mergeDefs(this._zod.def,{catchall:e}))},passthrough(){return this.clone(T.mergeDefs(this._zod.def,{catchall:or()}))},loose(){return this.clone(T.mergeDefs(this._zod.def,{catchall:or()}))},strict(){return this.clone(T.mergeDefs(this._zod.def,{catchall:ac()}))},strip(){return this.clone(T.mergeDefs(this._zod.def,{catchall:void 0}))},extend(e){return T.extend(this,e)},safeExtend(e){return T.safeExtend(this,e)},merge(e){return T.merge(this,e)},pick(e){return T.pick(this,e)},omit(e){return T.omit(this,e)},partial(...e){return T.partial($o,this,e[0])},exactPartial(...e){return T.partial(uc,this,e[0],"exactPartial")},required(...e){return T.required(lc,this,e[0])}});function Hy(e,t){let r={type:"object",shape:e??{},...T.normalizeParams(t)};return new bo(r)}function Wy(e,t){return new bo({type:"object",shape:e,catchall:ac(),...T.normalizeParams(t)})}function Jy(e,t){return new bo({type:"object",shape:e,catchall:or(),...T.normalizeParams(t)})}var yo=w("ZodUnion",(e,t)=>{Xi.init(e,t),he.init(e,t),e._zod.processJSONSchema=(r,o,n)=>Os(e,r,o,n),e.options=t.options});function oi(e,t){return new yo({type:"union",options:e,...T.normalizeParams(t)})}var fm=w("ZodXor",(e,t)=>{yo.init(e,t),Od.init(e,t),e._zod.processJSONSchema=(r,o,n)=>Os(e,r,o,n),e.options=t.options});function Xy(e,t){return new fm({type:"union",options:e,inclusive:!1,...T.normalizeParams(t)})}var pm=w("ZodDiscriminatedUnion",(e,t)=>{yo.init(e,t),Nd.init(e,t)});function Yy(e,t,r){return new pm({type:"union",options:t,discriminator:e,...T.normalizeParams(r)})}var mm=w("ZodIntersection",(e,t)=>{zd.init(e,t),he.init(e,t),e._zod.processJSONSchema=(r,o,n)=>Sp(e,r,o,n)});function gm(e,t){return new mm({type:"intersection",left:e,right:t})}var hm=w("ZodTuple",(e,t)=>{sr(),Ba.init(e,t),he.init(e,t),e._zod.processJSONSchema=(r,o,n)=>Pp(e,r,o,n)},{rest(e){return this.clone({...this._zod.def,rest:e})},partial(){let e=this._zod.def;if(e.checks?.length)throw new Error(".partial() cannot be used on tuple schemas containing refinements");return this.clone({...e,items:e.items.map(t=>new $o({type:"optional",innerType:t}))})}});function vm(e,t,r){let o=t instanceof pe,n=o?r:t,i=o?t:null;return new hm({type:"tuple",items:e,rest:i,...T.normalizeParams(n)})}var Qr=w("ZodRecord",(e,t)=>{sr(),Cd.init(e,t),he.init(e,t),e._zod.processJSONSchema=(r,o,n)=>Rp(e,r,o,n),e.keyType=t.keyType,e.valueType=t.valueType});function bm(e,t,r){return!t||!t._zod?new Qr({type:"record",keyType:po(),valueType:e,...T.normalizeParams(t)}):new Qr({type:"record",keyType:e,valueType:t,...T.normalizeParams(r)})}function Qy(e,t,r){return new Qr({type:"record",keyType:e,valueType:t,...T.normalizeParams(r),partial:!0})}function e1(e,t,r){return new Qr({type:"record",keyType:e,valueType:t,mode:"loose",...T.normalizeParams(r)})}var ym=w("ZodMap",(e,t)=>{sr(),jd.init(e,t),he.init(e,t),e._zod.processJSONSchema=(r,o,n)=>kp(e,r,o,n),e.keyType=t.keyType,e.valueType=t.valueType,e.min=(...r)=>e.check(Qt(...r)),e.nonempty=r=>e.check(Qt(1,r)),e.max=(...r)=>e.check(Rn(...r)),e.size=(...r)=>e.check(tr(...r))});function t1(e,t,r){return new ym({type:"map",keyType:e,valueType:t,...T.normalizeParams(r)})}var $m=w("ZodSet",(e,t)=>{sr(),Fd.init(e,t),he.init(e,t),e._zod.processJSONSchema=(r,o,n)=>_p(e,r,o,n),e.min=(...r)=>e.check(Qt(...r)),e.nonempty=r=>e.check(Qt(1,r)),e.max=(...r)=>e.check(Rn(...r)),e.size=(...r)=>e.check(tr(...r))});function n1(e,t){return new $m({type:"set",valueType:e,...T.normalizeParams(t)})}var ei=w("ZodEnum",(e,t)=>{Ld.init(e,t),he.init(e,t),e._zod.processJSONSchema=(o,n,i)=>mp(e,o,n,i),e.enum=t.entries,e.options=[...e._zod.values];let r=new Set(Object.keys(t.entries));e.extract=(o,n)=>{let i={};for(let a of o)if(r.has(a))i[a]=t.entries[a];else throw new Error(`Key ${a} not found in enum`);return new ei({...t,checks:[],...T.normalizeParams(n),entries:i})},e.exclude=(o,n)=>{let i={...t.entries};for(let a of o)if(r.has(a))delete i[a];else throw new Error(`Key ${a} not found in enum`);return new ei({...t,checks:[],...T.normalizeParams(n),entries:i})}});function sc(e,t){let r=Array.isArray(e)?Object.fromEntries(e.map(o=>[o,o])):e;return new ei({type:"enum",entries:r,...T.normalizeParams(t)})}function r1(e,t){return new ei({type:"enum",entries:e,...T.normalizeParams(t)})}var wm=w("ZodLiteral",(e,t)=>{Md.init(e,t),he.init(e,t),e._zod.processJSONSchema=(r,o,n)=>gp(e,r,o,n),e.values=new Set(t.values),Object.defineProperty(e,"value",{get(){if(t.values.length>1)throw new Error("This schema contains multiple valid literal values. Use `.values` instead.");return t.values[0]}})});function i1(e,t){return new wm({type:"literal",values:Array.isArray(e)?e:[e],...T.normalizeParams(t)})}var xm=w("ZodFile",(e,t)=>{qd.init(e,t),he.init(e,t),e._zod.processJSONSchema=(r,o,n)=>bp(e,r,o,n),e.min=(r,o)=>e.check(Qt(r,o)),e.max=(r,o)=>e.check(Rn(r,o)),e.mime=(r,o)=>e.check(Zr(Array.isArray(r)?r:[r],o))});function o1(e){return Vf(xm,e)}var km=w("ZodTransform",(e,t)=>{sr(),Bd.init(e,t),he.init(e,t),e._zod.processJSONSchema=(r,o,n)=>xp(e,r,o,n),e._zod.parse=(r,o)=>{if(o.direction==="backward")throw new In(e.constructor.name);r.addIssue=i=>{if(typeof i=="string")r.issues.push(T.issue(i,r.value,t));else{let a=i;a.fatal&&(a.continue=!1),a.code??(a.code="custom"),"input"in a||(a.input=r.value),a.inst??(a.inst=e),r.issues.push(T.issue(a))}};let n=t.transform(r.value,r);return n instanceof Promise?n.then(i=>(r.value=i,r)):(r.value=n,r)}});function cc(e){return new km({type:"transform",transform:e})}var $o=w("ZodOptional",(e,t)=>{Za.init(e,t),he.init(e,t),e._zod.processJSONSchema=(r,o,n)=>Us(e,r,o,n),e.unwrap=()=>e._zod.def.innerType});function ar(e){return new $o({type:"optional",innerType:e})}var uc=w("ZodExactOptional",(e,t)=>{Zd.init(e,t),he.init(e,t),e._zod.processJSONSchema=(r,o,n)=>Us(e,r,o,n),e.unwrap=()=>e._zod.def.innerType});function _m(e){return new uc({type:"optional",innerType:e})}var Am=w("ZodNullable",(e,t)=>{Vd.init(e,t),he.init(e,t),e._zod.processJSONSchema=(r,o,n)=>Dp(e,r,o,n),e.unwrap=()=>e._zod.def.innerType});function mo(e){return new Am({type:"nullable",innerType:e})}function a1(e){return ar(mo(e))}var Im=w("ZodDefault",(e,t)=>{Gd.init(e,t),he.init(e,t),e._zod.processJSONSchema=(r,o,n)=>Op(e,r,o,n),e.unwrap=()=>e._zod.def.innerType,e.removeDefault=e.unwrap});function Sm(e,t){return new Im({type:"default",innerType:e,get defaultValue(){return typeof t=="function"?t():T.shallowClone(t)}})}var Pm=w("ZodPrefault",(e,t)=>{Kd.init(e,t),he.init(e,t),e._zod.processJSONSchema=(r,o,n)=>Up(e,r,o,n),e.unwrap=()=>e._zod.def.innerType});function Rm(e,t){return new Pm({type:"prefault",innerType:e,get defaultValue(){return typeof t=="function"?t():T.shallowClone(t)}})}var lc=w("ZodNonOptional",(e,t)=>{Hd.init(e,t),he.init(e,t),e._zod.processJSONSchema=(r,o,n)=>Ep(e,r,o,n),e.unwrap=()=>e._zod.def.innerType});function Dm(e,t){return new lc({type:"nonoptional",innerType:e,...T.normalizeParams(t)})}var Em=w("ZodSuccess",(e,t)=>{Wd.init(e,t),he.init(e,t),e._zod.processJSONSchema=(r,o,n)=>yp(e,r,o,n),e.unwrap=()=>e._zod.def.innerType});function s1(e){return new Em({type:"success",innerType:e})}var Tm=w("ZodCatch",(e,t)=>{Jd.init(e,t),he.init(e,t),e._zod.processJSONSchema=(r,o,n)=>Np(e,r,o,n),e.unwrap=()=>e._zod.def.innerType,e.removeCatch=e.unwrap});function Om(e,t){return new Tm({type:"catch",innerType:e,catchValue:typeof t=="function"?t:T.constantCatch(t)})}var Um=w("ZodNaN",(e,t)=>{Xd.init(e,t),he.init(e,t),e._zod.processJSONSchema=(r,o,n)=>hp(e,r,o,n)});function c1(e){return Bf(Um,e)}var wo=w("ZodPipe",(e,t)=>{Va.init(e,t),he.init(e,t),e._zod.processJSONSchema=(r,o,n)=>zp(e,r,o,n),e.in=t.in,e.out=t.out});function Ls(e,t){return new wo({type:"pipe",in:e,out:t})}var xo=w("ZodCodec",(e,t)=>{wo.init(e,t),Yi.init(e,t)});function u1(e,t,r){return new xo({type:"pipe",in:e,out:t,transform:r.decode,reverseTransform:r.encode})}function l1(e){let t=e._zod.def;return new xo({type:"pipe",in:t.out,out:t.in,transform:t.reverseTransform,reverseTransform:t.transform})}var Nm=w("ZodPreprocess",(e,t)=>{wo.init(e,t),Yd.init(e,t)}),zm=w("ZodReadonly",(e,t)=>{Qd.init(e,t),he.init(e,t),e._zod.processJSONSchema=(r,o,n)=>Cp(e,r,o,n),e.unwrap=()=>e._zod.def.innerType});function Cm(e){return new zm({type:"readonly",innerType:e})}var jm=w("ZodTemplateLiteral",(e,t)=>{ef.init(e,t),he.init(e,t),e._zod.processJSONSchema=(r,o,n)=>vp(e,r,o,n)});function d1(e,t){return new jm({type:"template_literal",parts:e,...T.normalizeParams(t)})}var Fm=w("ZodLazy",(e,t)=>{Qi.init(e,t),he.init(e,t),e._zod.processJSONSchema=(r,o,n)=>Fp(e,r,o,n),e.unwrap=()=>e._zod.def.getter()});function Lm(e){return new Fm({type:"lazy",getter:e})}var Mm=w("ZodPromise",(e,t)=>{nf.init(e,t),he.init(e,t),e._zod.processJSONSchema=(r,o,n)=>jp(e,r,o,n),e.unwrap=()=>e._zod.def.innerType});function f1(e){return new Mm({type:"promise",innerType:e})}var qm=w("ZodFunction",(e,t)=>{tf.init(e,t),he.init(e,t),e._zod.processJSONSchema=(r,o,n)=>wp(e,r,o,n)});function p1(e){return new qm({type:"function",input:Array.isArray(e?.input)?vm(e?.input):e?.input??vo(or()),output:e?.output??or()})}var ko=w("ZodCustom",(e,t)=>{rf.init(e,t),he.init(e,t),e._zod.processJSONSchema=(r,o,n)=>$p(e,r,o,n)});function m1(e){let t=new Ue({check:"custom"});return t._zod.check=e,t}function g1(e,t){return Gf(ko,e??(()=>!0),t)}function Bm(e,t={}){return Kf(ko,e,t)}function Zm(e,t){return Hf(e,t)}var h1=Wf,v1=Jf,Vm=w("ZodInstanceOf",(e,t)=>{ko.init(e,t)},{properties(e,t){return this.check(Br(e,t))}});function b1(e,t={}){let r=new Vm({type:"custom",check:"custom",fn:o=>o instanceof e,abort:!0,...T.normalizeParams(t)});return r._zod.bag.Class=e,r._zod.check=o=>{o.value instanceof e||o.issues.push({code:"invalid_type",expected:e.name,input:o.value,inst:r,path:[...r._zod.def.path??[]]})},r}var y1=(...e)=>Xf({Codec:xo,Boolean:ri,String:ti},...e);function $1(e){let t=Lm(()=>oi([po(e),tm(),nm(),am(),vo(t),bm(po(),t)]));return t}function w1(e,t){return new Nm({type:"pipe",in:cc(e),out:t})}var bS={invalid_type:"invalid_type",too_big:"too_big",too_small:"too_small",invalid_format:"invalid_format",not_multiple_of:"not_multiple_of",unrecognized_keys:"unrecognized_keys",invalid_union:"invalid_union",invalid_key:"invalid_key",invalid_element:"invalid_element",invalid_value:"invalid_value",custom:"custom"};function yS(e){Le({customError:e})}function $S(){return Le().customError}var Gm;Gm||(Gm={});var _o={};rn(_o,{ZodISODate:()=>Un,ZodISODateTime:()=>On,ZodISODuration:()=>zn,ZodISOTime:()=>Nn,date:()=>xS,datetime:()=>wS,duration:()=>_S,time:()=>kS});function wS(e){return ao(On,e)}function xS(e){return so(Un,e)}function kS(e){return co(Nn,e)}function _S(e){return uo(zn,e)}var Y={...ai,...Cs,iso:_o},AS=new Set(["$schema","$ref","$defs","definitions","$id","id","$comment","$anchor","$vocabulary","$dynamicRef","$dynamicAnchor","type","enum","const","anyOf","oneOf","allOf","not","properties","required","additionalProperties","patternProperties","propertyNames","minProperties","maxProperties","items","prefixItems","additionalItems","minItems","maxItems","uniqueItems","contains","minContains","maxContains","minLength","maxLength","pattern","format","minimum","maximum","exclusiveMinimum","exclusiveMaximum","multipleOf","description","default","contentEncoding","contentMediaType","contentSchema","unevaluatedItems","unevaluatedProperties","if","then","else","dependentSchemas","dependentRequired","nullable","readOnly"]);function IS(e,t){let r=e.$schema;return r==="https://json-schema.org/draft/2020-12/schema"?"draft-2020-12":r==="http://json-schema.org/draft-07/schema#"?"draft-7":r==="http://json-schema.org/draft-04/schema#"?"draft-4":t??"draft-2020-12"}function x1(e,t){return e.map((r,o)=>o<t?r:r.optional())}function SS(e){return e.replace(/~1/g,"/").replace(/~0/g,"~")}function PS(e,t){if(!e.startsWith("#"))throw new Error("External $ref is not supported, only local refs (#/...) are allowed");let r=e.slice(1).split("/").filter(Boolean);if(r.length===0)return t.rootSchema;let o=t.version==="draft-2020-12"?"$defs":"definitions";if(r[0]===o){let n=r[1]===void 0?void 0:SS(r[1]);if(!n||!t.defs[n])throw new Error(`Reference not found: ${e}`);return t.defs[n]}throw new Error(`Reference not found: ${e}`)}function RS(e,t){return Y.transform(o=>o).check(o=>{let n=o.value;if(typeof n!="object"||n===null||Array.isArray(n))return;let i=Object.getOwnPropertyNames(n);if(t.minProperties!==void 0&&i.length<t.minProperties&&o.issues.push({origin:"object",code:"too_small",minimum:t.minProperties,inclusive:!0,message:`Too small: expected object to have >=${t.minProperties} properties`,input:n,inst:e,continue:!0}),t.maxProperties!==void 0&&i.length>t.maxProperties&&o.issues.push({origin:"object",code:"too_big",maximum:t.maxProperties,inclusive:!0,message:`Too big: expected object to have <=${t.maxProperties} properties`,input:n,inst:e,continue:!0}),t.keySchema)for(let a of i){let s=t.keySchema.safeParse(a);s.success||o.issues.push({code:"invalid_key",origin:"record",issues:s.error.issues,input:a,path:[a],continue:!0})}}).pipe(e)}function Km(e,t){if(e===null)return"z";let r=typeof e;if(r!=="object"){if(r==="number"&&Number.isNaN(e))return null;let o=String(e);return`${r[0]}${o.length}:${o}`}if(t.has(e))return null;t.add(e);try{if(Array.isArray(e)){let i=[];for(let a of e){let s=Km(a,t);if(s===null)return null;i.push(s)}return`a${i.length}:[${i.join(",")}]`}let o=Object.keys(e).sort(),n=[];for(let i of o){let a=Km(e[i],t);if(a===null)return null;n.push(`${i.length}:${i}=${a}`)}return`o${n.length}:{${n.join(",")}}`}finally{t.delete(e)}}var DS=new Set(["items","prefixItems","additionalItems","additionalProperties","contains","propertyNames","not","if","then","else","allOf","anyOf","oneOf","unevaluatedItems","unevaluatedProperties","contentSchema"]),ES=new Set(["properties","patternProperties","dependentSchemas","dependencies","$defs","definitions"]);function Ao(e){return typeof e!="object"||e===null?!1:Array.isArray(e)?e.some(Ao):typeof e.$ref=="string"?!0:Object.entries(e).some(([t,r])=>DS.has(t)?Ao(r):!ES.has(t)||typeof r!="object"||r===null?!1:Object.values(r).some(Ao))}function k1(e){return e===1?"element":"elements"}function TS(e,t){return Y.transform(o=>o).check(o=>{let n=o.value;if(Array.isArray(n)){if(t.uniqueItems===!0){let i=new Map;for(let a=0;a<n.length;a++){let s=Km(n[a],new Set);if(s===null)continue;let u=i.get(s);if(u===void 0){i.set(s,a);continue}o.issues.push({code:"custom",message:`Array items must be unique: element at index ${a} duplicates the one at index ${u}`,input:n,path:[a],continue:!0})}}if(t.containsSchema){let i=t.minContains??1,a=t.maxContains!==void 0?t.maxContains+1:Number.POSITIVE_INFINITY,s=0;for(let u of n)if(t.containsSchema.safeParse(u).success&&++s>=a)break;s<i&&o.issues.push({code:"custom",message:`Array must contain at least ${i} matching ${k1(i)}; found ${s}`,input:n,continue:!0}),t.maxContains!==void 0&&s>t.maxContains&&o.issues.push({code:"custom",message:`Array must contain at most ${t.maxContains} matching ${k1(t.maxContains)}`,input:n,continue:!0})}}}).pipe(e)}function _1(e,t){if(e!==!1)return e===void 0||e===!0?Y.any():pt(e,t)}var OS=/^(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d+)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;function A1(e,t){if(e.not!==void 0){if(typeof e.not=="object"&&Object.keys(e.not).length===0)return Y.never();throw new Error("not is not supported in Zod (except { not: {} } for never)")}if(e.unevaluatedItems!==void 0)throw new Error("unevaluatedItems is not supported");if(e.unevaluatedProperties!==void 0)throw new Error("unevaluatedProperties is not supported");if(e.if!==void 0||e.then!==void 0||e.else!==void 0)throw new Error("Conditional schemas (if/then/else) are not supported");if(e.dependentSchemas!==void 0||e.dependentRequired!==void 0)throw new Error("dependentSchemas and dependentRequired are not supported");if(e.$ref){let n=e.$ref;if(t.refs.has(n))return t.refs.get(n);if(t.processing.has(n))return Y.lazy(()=>{if(!t.refs.has(n))throw new Error(`Circular reference not resolved: ${n}`);return t.refs.get(n)});t.processing.add(n);let i=PS(n,t),a=pt(i,t);return t.refs.set(n,a),t.processing.delete(n),a}if(e.enum!==void 0){let n=e.enum;if(t.version==="openapi-3.0"&&e.nullable===!0&&n.length===1&&n[0]===null)return Y.null();if(n.length===0)return Y.never();if(n.length===1)return Y.literal(n[0]);if(n.every(a=>typeof a=="string"))return Y.enum(n);let i=n.map(a=>Y.literal(a));return i.length<2?i[0]:Y.union([i[0],i[1],...i.slice(2)])}if(e.const!==void 0)return Y.literal(e.const);let r=e.type;if(Array.isArray(r)){let n=r.map(i=>{let a={...e,type:i};return A1(a,t)});return n.length===0?Y.never():n.length===1?n[0]:Y.union(n)}if(!r)return Y.any();let o;switch(r){case"string":{let n=Y.string();if(e.format){let i=e.format;i==="email"?n=n.check(Y.email()):i==="uri"||i==="uri-reference"?n=n.check(Y.url()):i==="uuid"||i==="guid"?n=n.check(Y.uuid()):i==="date-time"?n=n.check(Y.iso.datetime({offset:!0})):i==="date"?n=n.check(Y.iso.date()):i==="time"?n=n.check(Y.regex(OS)):i==="duration"?n=n.check(Y.iso.duration()):i==="hostname"?n=n.check(Y.hostname()):i==="ipv4"?n=n.check(Y.ipv4()):i==="ipv6"?n=n.check(Y.ipv6()):i==="mac"?n=n.check(Y.mac()):i==="cidr"?n=n.check(Y.cidrv4()):i==="cidr-v6"?n=n.check(Y.cidrv6()):i==="base64"?n=n.check(Y.base64()):i==="base64url"?n=n.check(Y.base64url()):i==="e164"?n=n.check(Y.e164()):i==="credit_card"?n=n.check(Y.creditCard()):i==="iban"?n=n.check(Y.iban()):i==="jwt"?n=n.check(Y.jwt()):i==="emoji"?n=n.check(Y.emoji()):i==="nanoid"?n=n.check(Y.nanoid()):i==="cuid"?n=n.check(Y.cuid()):i==="cuid2"?n=n.check(Y.cuid2()):i==="ulid"?n=n.check(Y.ulid()):i==="xid"?n=n.check(Y.xid()):i==="ksuid"&&(n=n.check(Y.ksuid()))}typeof e.minLength=="number"&&(n=n.min(e.minLength)),typeof e.maxLength=="number"&&(n=n.max(e.maxLength)),e.pattern&&(n=n.regex(new RegExp(e.pattern))),o=n;break}case"number":case"integer":{let n=r==="integer"?Y.number().int():Y.number();typeof e.minimum=="number"&&e.exclusiveMinimum!==!0&&(n=n.min(e.minimum)),typeof e.maximum=="number"&&e.exclusiveMaximum!==!0&&(n=n.max(e.maximum)),typeof e.exclusiveMinimum=="number"?n=n.gt(e.exclusiveMinimum):e.exclusiveMinimum===!0&&typeof e.minimum=="number"&&(n=n.gt(e.minimum)),typeof e.exclusiveMaximum=="number"?n=n.lt(e.exclusiveMaximum):e.exclusiveMaximum===!0&&typeof e.maximum=="number"&&(n=n.lt(e.maximum)),typeof e.multipleOf=="number"&&(n=n.multipleOf(e.multipleOf)),o=n;break}case"boolean":{o=Y.boolean();break}case"null":{o=Y.null();break}case"object":{let n={},i=e.properties||{},a=new Set(e.required||[]),s=typeof e.additionalProperties=="object"?pt(e.additionalProperties,t):void 0;for(let[f,p]of Object.entries(i)){let g=pt(p,t);et(n,f,a.has(f)?g:g.optional())}if(e.patternProperties){let f=e.patternProperties,p=Object.keys(f),g=[];for(let h of p){let y=pt(f[h],t),_=Y.string().regex(new RegExp(h));g.push(Y.looseRecord(_,y))}let v=[];if(Object.keys(n).length>0&&v.push(Y.object(n).passthrough()),v.push(...g),v.length===0)o=Y.object({}).passthrough();else if(v.length===1)o=v[0];else{let h=Y.intersection(v[0],v[1]);for(let y=2;y<v.length;y++)h=Y.intersection(h,v[y]);o=h}if(e.additionalProperties===!1){let h=Object.keys(n),y=p.map($=>new RegExp($)),_=o;o=o.check($=>{if(!Nt($.value))return;let x=[];for(let F of Object.keys($.value))h.includes(F)||y.some(B=>B.test(F))||x.push(F);x.length&&$.issues.push({code:"unrecognized_keys",keys:x,input:$.value,inst:_})})}}else{let f=Y.object(n);e.additionalProperties===!1?o=f.strict():s?o=f.catchall(s):o=f.passthrough()}let u=e.propertyNames!==void 0&&e.propertyNames!==!0,c=typeof e.minProperties=="number"?e.minProperties:void 0,l=typeof e.maxProperties=="number"?e.maxProperties:void 0;if(u||c!==void 0||l!==void 0){let f;if(u){let p=typeof e.propertyNames=="object"&&e.propertyNames.type===void 0?{type:"string",...e.propertyNames}:e.propertyNames;f=pt(p,t)}o=RS(o,{keySchema:f,minProperties:c,maxProperties:l})}break}case"array":{let n=e.prefixItems,i=e.items;if(n&&Array.isArray(n)){let a=typeof e.minItems=="number"?e.minItems:0,s=n.map(f=>pt(f,t)),u=x1(s,a),c=Array.isArray(i)?void 0:_1(i,t),l=Y.tuple(u);o=c?l.rest(c):l,typeof e.minItems=="number"&&(o=o.check(Y.minLength(e.minItems))),typeof e.maxItems=="number"&&(o=o.check(Y.maxLength(e.maxItems)))}else if(Array.isArray(i)){let a=typeof e.minItems=="number"?e.minItems:0,s=i.map(f=>pt(f,t)),u=x1(s,a),c=_1(e.additionalItems,t),l=Y.tuple(u);o=c?l.rest(c):l,typeof e.minItems=="number"&&(o=o.check(Y.minLength(e.minItems))),typeof e.maxItems=="number"&&(o=o.check(Y.maxLength(e.maxItems)))}else if(i!==void 0){let a=pt(i,t),s=Y.array(a);typeof e.minItems=="number"&&(s=s.min(e.minItems)),typeof e.maxItems=="number"&&(s=s.max(e.maxItems)),o=s}else o=Y.array(Y.any());(e.uniqueItems===!0||e.contains!==void 0)&&(o=TS(o,{uniqueItems:e.uniqueItems===!0,containsSchema:e.contains!==void 0?pt(e.contains,t):void 0,minContains:typeof e.minContains=="number"?e.minContains:void 0,maxContains:typeof e.maxContains=="number"?e.maxContains:void 0}));break}default:throw new Error(`Unsupported type: ${r}`)}return o}function pt(e,t){if(typeof e=="boolean")return e?Y.any():Y.never();let r=A1(e,t),o=e.type||e.enum!==void 0||e.const!==void 0;if(e.anyOf&&Array.isArray(e.anyOf)){let s=e.anyOf.map(c=>pt(c,t)),u=Y.union(s);r=o?Y.intersection(r,u):u}if(e.oneOf&&Array.isArray(e.oneOf)){let s=e.oneOf.map(c=>pt(c,t)),u=Y.xor(s);r=o?Y.intersection(r,u):u}if(e.allOf&&Array.isArray(e.allOf))if(e.allOf.length===0)r=o?r:Y.any();else{let s=o?r:pt(e.allOf[0],t),u=o?0:1;for(let c=u;c<e.allOf.length;c++)s=Y.intersection(s,pt(e.allOf[c],t));r=s}e.nullable===!0&&t.version==="openapi-3.0"&&(r=Y.nullable(r)),e.readOnly===!0&&(r=Y.readonly(r)),e.default!==void 0&&(r=r.default(e.default));let n={},i=["$id","id","$comment","$anchor","$vocabulary","$dynamicRef","$dynamicAnchor"];for(let s of i)s in e&&(n[s]=e[s]);let a=["contentEncoding","contentMediaType","contentSchema"];for(let s of a)s in e&&(n[s]=e[s]);if(e.type==="object"&&e.$ref===void 0){e.propertyNames!==void 0&&!Ao(e.propertyNames)&&(n.propertyNames=e.propertyNames);for(let s of["minProperties","maxProperties"])e[s]!==void 0&&(n[s]=e[s])}if(e.type==="array"&&e.$ref===void 0){e.contains!==void 0&&!Ao(e.contains)&&(n.contains=e.contains);for(let s of["uniqueItems","minContains","maxContains"])e[s]!==void 0&&(n[s]=e[s])}for(let s of Object.keys(e))AS.has(s)||et(n,s,e[s]);return Object.keys(n).length>0&&t.registry.add(r,n),e.description&&(r=r.describe(e.description)),r}function I1(e,t){if(typeof e=="boolean")return e?Y.any():Y.never();let r;try{r=JSON.parse(JSON.stringify(e))}catch{throw new Error("fromJSONSchema input is not valid JSON (possibly cyclic); use $defs/$ref for recursive schemas")}let o=IS(r,t?.defaultTarget),n=r.$defs||r.definitions||{},i={version:o,defs:n,refs:new Map,processing:new Set,rootSchema:r,registry:t?.registry??tt};return pt(r,i)}var S1=Symbol("z.visit/resolving");function Io(e,t){let r=typeof t=="function"?t:(a,s)=>{let u=t[a._zod.def.type];return u?u(a,s):a},o=new Map;function n(a){let s=o.get(a);if(s===S1)return new Qi({type:"lazy",getter:()=>o.get(a)});if(s!==void 0)return s;o.set(a,S1);let u=i(a),c=r(u,u!==a);return o.set(a,c),c}function i(a){let s=a._zod.def,u=s.type;switch(u){case"object":{let c=s.shape,l=Object.keys(c),f=!1,p={};for(let v of l){let h=n(c[v]);h!==c[v]&&(f=!0),p[v]=h}let g=s.catchall;return s.catchall&&(g=n(s.catchall),g!==s.catchall&&(f=!0)),f?Re(a,{...s,shape:p,catchall:g}):a}case"array":{let c=n(s.element);return c===s.element?a:Re(a,{...s,element:c})}case"tuple":{let c=s.items,l=!1,f=[];for(let g of c){let v=n(g);v!==g&&(l=!0),f.push(v)}let p=s.rest;return s.rest&&(p=n(s.rest),p!==s.rest&&(l=!0)),l?Re(a,{...s,items:f,rest:p}):a}case"record":case"map":{let c=n(s.keyType),l=n(s.valueType);return c===s.keyType&&l===s.valueType?a:Re(a,{...s,keyType:c,valueType:l})}case"set":{let c=n(s.valueType);return c===s.valueType?a:Re(a,{...s,valueType:c})}case"union":{let c=s.options,l=!1,f=[];for(let p of c){let g=n(p);g!==p&&(l=!0),f.push(g)}return l?Re(a,{...s,options:f}):a}case"intersection":{let c=n(s.left),l=n(s.right);return c===s.left&&l===s.right?a:Re(a,{...s,left:c,right:l})}case"optional":case"nullable":case"default":case"prefault":case"catch":case"readonly":case"nonoptional":case"promise":case"success":{let c=n(s.innerType);return c===s.innerType?a:Re(a,{...s,innerType:c})}case"pipe":{let c=n(s.in),l=n(s.out);return c===s.in&&l===s.out?a:Re(a,{...s,in:c,out:l})}case"function":{let c=n(s.input),l=n(s.output);return c===s.input&&l===s.output?a:Re(a,{...s,input:c,output:l})}case"lazy":{let c=s.getter,{_cachedInner:l,...f}=s;return Re(a,{...f,getter:()=>n(c())})}case"template_literal":case"string":case"number":case"int":case"boolean":case"bigint":case"symbol":case"undefined":case"null":case"void":case"never":case"any":case"unknown":case"date":case"nan":case"enum":case"literal":case"file":case"transform":case"custom":return a;default:return a}}return n(e)}function P1(e){return Io(e,{object:t=>t.partial(),union:t=>{let r=t._zod.def;return r.discriminator===void 0?t:oi(r.options)}})}function US(e,t){if(!t?.length)return e;let r=e._zod.def;return Re(e,Lt(r,{checks:[...r.checks??[],...t]}),{parent:!0})}function R1(e){return US(e.out,e.checks)}function NS(e){return e.in._zod.traits.has("$ZodTransform")?R1(e):e.in}function D1(e){return Io(e,{pipe:t=>NS(t._zod.def),default:(t,r)=>r?ar(t._zod.def.innerType):t,catch:(t,r)=>r?t._zod.def.innerType:t})}function E1(e){return Io(e,{pipe:t=>R1(t._zod.def),prefault:(t,r)=>r?t._zod.def.innerType:t})}var Hm={};rn(Hm,{bigint:()=>FS,boolean:()=>jS,date:()=>LS,number:()=>CS,string:()=>zS});function zS(e){return hf(ti,e)}function CS(e){return xf(ni,e)}function jS(e){return Rf(ri,e)}function FS(e){return Ef(ii,e)}function LS(e){return qf(ho,e)}var dc={type:"decimal",min:"0",max:"1e12"},Bt=(e,t)=>({type:"decimal",min:e,max:t,integer:!0}),Wm={type:"text"},So=["sd1.5","sdxl","sd3","flux1-dev","flux1-schnell"],Po={runs:dc,results:Bt("1","10000"),width:Bt("1","100000"),height:Bt("1","100000"),resolution:Wm,steps:Bt("1","10000"),seconds:{type:"decimal",min:"0",max:"1e7"},fps:Bt("1","1000"),frames:Bt("1","100000"),audio:{type:"boolean"},quality:Wm,characters:Bt("0","1e9"),referenceImages:Bt("0","100"),referenceVideoSeconds:{type:"decimal",min:"0",max:"86400"},format:Wm,bitDepth:Bt("1","64"),gpuCount:Bt("1","64"),worker:{type:"enum",values:["flex","active"]},coldStarts:dc,coldStartSeconds:{type:"decimal",min:"0",max:"86400"},idleSeconds:{type:"decimal",min:"0",max:"86400"},activeWorkers:Bt("0","100000"),setupSeconds:{type:"decimal",min:"0",max:"86400"},keepAlive:{type:"decimal",min:"0",max:"86400"},teardownSeconds:{type:"decimal",min:"0",max:"86400"},volumeGB:{type:"decimal",min:"0",max:"1e9"},containerDiskGB:{type:"decimal",min:"0",max:"1e9"},gpuPick:{type:"enum",values:["dearest","first"]},architecture:{type:"enum",values:So}},Jm=Object.keys(Po),T1=["day","week","month"],O1={limit:dc,maxIncrease:dc,maxIncreasePercent:{type:"decimal",min:"0",max:"1e6"},unpriced:{type:"enum",values:["fail","warn"]},judge:{type:"enum",values:["expected","high"]},undeclared:{type:"enum",values:["fail","warn","off"]}},U1={maxVariance:{type:"decimal",min:"0",max:"1e6"}},N1=200,z1=1e6;function fc(e){if(e===null||typeof e!="object")return!1;let t=Object.getPrototypeOf(e);return t===Object.prototype||t===null}var mt=b.string().regex(/^(0|[1-9]\d*)(\.\d+)?$/,{message:'expected a non-negative decimal string such as "0.00116"'}),pn=b.string().regex(/^\d{4}-\d{2}-\d{2}$/,{message:"expected a date as YYYY-MM-DD"}),MS=b.enum(["image","megapixel","video","video_second","audio_second","character","request","gpu_second","gb_month","reference_image","reference_video_second","runner_second","video_token"]),qS=b.enum(["published","measured","modeled","contract","account"]),pc=b.union([b.string(),b.boolean(),b.number()]),BS=b.object({gt:b.number().optional(),gte:b.number().optional(),lt:b.number().optional(),lte:b.number().optional()}).strict().refine(e=>Object.keys(e).length>0,{message:"a range needs at least one of gt, gte, lt, lte"}),ZS=b.union([pc,b.array(pc).min(1),BS]),VS=b.object({mode:b.enum(["ceil","floor","half-up"]),step:mt.default("1"),scope:b.enum(["request","total"]).default("request")}).strict(),GS=b.object({upTo:mt.optional(),amount:mt}).strict(),Xm=b.object({width:b.number().int().positive(),height:b.number().int().positive(),steps:b.number().int().positive(),amount:mt}).strict(),KS=b.object({low:b.union([mt,b.array(Xm).min(1)]).optional(),high:b.union([mt,b.array(Xm).min(1)]).optional(),source:b.url().optional(),note:b.string().min(1)}).strict().refine(e=>e.low!==void 0||e.high!==void 0,{message:"a range needs `low`, `high` or both"}),C1={source:b.url({message:"expected the URL where the price is published"}),checkedAt:pn,effectiveFrom:pn,basis:qS,verified:b.boolean().default(!0),note:b.string().optional()},Ym=b.object({charge:b.string().min(1).default("base"),unit:MS,amount:mt.optional(),tiers:b.array(GS).min(1).optional(),measured:b.array(Xm).min(1).optional(),per:mt.default("1"),pixelsPerMegapixel:mt.optional(),quantityFrom:b.enum(["volumeGB","containerDiskGB"]).optional(),when:b.record(b.string(),ZS).default({}),absent:b.array(b.string().min(1)).min(1).optional(),optional:b.boolean().optional(),rounding:VS.optional(),included:b.object({quantity:mt,amount:mt}).strict().optional(),range:KS.optional(),...C1}).strict().superRefine((e,t)=>{e.range&&HS(e,t),e.included&&e.amount===void 0&&t.addIssue({code:"custom",path:["included"],message:"`included` prices a first block ahead of `amount`: give `amount`, not tiers"}),[e.amount,e.tiers,e.measured].filter(o=>o!==void 0).length!==1&&t.addIssue({code:"custom",message:"give exactly one of `amount`, `tiers` or `measured`"}),e.per==="0"&&t.addIssue({code:"custom",path:["per"],message:"`per` must be greater than 0"}),e.tiers&&e.tiers.forEach((o,n)=>{n===e.tiers.length-1!==(o.upTo===void 0)&&t.addIssue({code:"custom",path:["tiers",n,"upTo"],message:"every tier but the last needs `upTo`; the last has none"})}),e.unit==="megapixel"&&e.pixelsPerMegapixel===void 0&&t.addIssue({code:"custom",path:["pixelsPerMegapixel"],message:"a megapixel rate must say how many pixels make one megapixel"}),e.measured&&e.unit!=="image"&&t.addIssue({code:"custom",path:["unit"],message:"measured runs price one image: use unit `image`"})});function HS(e,t){let r=e.range,o=e.amount!==void 0?"amount":e.measured?"measured":"tiers";for(let n of["low","high"]){let i=r[n];if(i===void 0)continue;let a=["range",n];if(o==="tiers")t.addIssue({code:"custom",path:a,message:"a tiered rate cannot carry a range yet: give the rate as `amount`"});else if(o==="amount"&&typeof i!="string")t.addIssue({code:"custom",path:a,message:`an \`amount\` rate's \`range.${n}\` is an amount such as "0.0013"`});else if(o==="measured"&&typeof i=="string")t.addIssue({code:"custom",path:a,message:`a measured rate's \`range.${n}\` is a list of measured runs`});else if(o==="amount"&&typeof i=="string"){let[s,u]=n==="low"?[i,e.amount]:[e.amount,i];de(s).greaterThan(u)&&t.addIssue({code:"custom",path:a,message:`\`range.${n}\` ${i} is on the wrong side of \`amount\` ${e.amount}`})}}}var WS=Ym.and(b.object({appliesTo:b.array(b.string()).min(1),except:b.array(b.string()).default([])})),j1=b.record(b.string(),b.array(b.string().min(1)).min(1)).default({}),JS=b.union([b.array(b.number()).min(1),b.object({gte:b.number().optional(),lte:b.number().optional(),integer:b.boolean().default(!1)}).strict()]),XS=b.object({amount:mt,...C1}).strict(),YS=b.object({on:pn,replacement:b.string().min(1),source:b.url()}).strict(),QS=b.enum(["image","video","audio","gpu","storage","other"]),Qm=b.object({id:b.string().min(1),name:b.string().min(1),kind:QS,aliases:b.array(b.string().min(1)).default([]),requires:b.array(b.string()).default([]),defaults:b.record(b.string(),pc).default({}),accepts:j1,allowed:b.record(b.string(),JS).optional(),minimum:XS.optional(),retired:YS.optional(),rates:b.array(Ym).min(1),pool:b.object({id:b.string().min(1),source:b.url(),checkedAt:pn,verified:b.boolean().default(!0),note:b.string().optional()}).strict().optional(),note:b.string().optional()}).strict(),e6=b.object({ids:b.array(b.string().min(1)).min(1),reason:b.enum(["outside-pools","no-published-price","ambiguous","not-offered"]),instead:b.array(b.string().min(1)).min(1).optional(),name:b.string().min(1),pool:b.string().min(1).optional(),source:b.url(),checkedAt:pn,verified:b.boolean().default(!0),note:b.string().optional()}).strict(),t6=b.object({id:b.string().min(1),name:b.string().min(1),source:b.url({message:"expected the URL of the page that states the architecture"}),checkedAt:pn,verified:b.boolean().default(!0),note:b.string().optional()}).strict(),n6=b.object({id:b.enum(So),name:b.string().min(1),rates:b.array(Ym).min(1),models:b.array(t6).default([]),note:b.string().optional()}).strict(),r6=b.object({tier:b.number().int().positive(),purchasedUsd:mt,maxMonthlySpendUsd:mt}).strict(),vz=b.object({$schema:b.string().optional(),provider:b.string().regex(/^[a-z][a-z0-9-]*$/,{message:"expected a lower-case provider id"}),name:b.string().min(1),currency:b.enum(["USD","credits"]),credit:b.object({usd:mt,source:b.url(),checkedAt:pn,effectiveFrom:pn}).strict().optional(),billingSource:b.url(),defaults:b.record(b.string(),pc).default({}),accepts:j1,surcharges:b.array(WS).default([]),usageTiers:b.object({source:b.url(),checkedAt:pn,verified:b.boolean().default(!0),note:b.string().optional(),tiers:b.array(r6).min(1)}).strict().optional(),models:b.array(Qm).min(1),unpricedNames:b.array(e6).default([]),architectures:b.array(n6).default([]),communitySources:b.array(b.string().regex(/^[a-z0-9-]+$/,{message:"expected an AIR source such as `civitai`"})).default([])}).strict().superRefine((e,t)=>{e.currency==="credits"&&!e.credit&&t.addIssue({code:"custom",path:["credit"],message:"a catalog priced in credits needs `credit.usd`"});let r=new Set;e.architectures.forEach((o,n)=>{r.has(o.id)&&t.addIssue({code:"custom",path:["architectures",n,"id"],message:`architecture \`${o.id}\` is listed twice`}),r.add(o.id)})});function F1(e){let t="";for(let r of e)typeof r=="number"?t+=`[${r}]`:t+=t===""?String(r):`.${String(r)}`;return t}function o6(e,t){let r=e,o=()=>{for(let i=0;i<20;i++){let a=r.def;if(!a)return;if(a.type==="optional"||a.type==="default"||a.type==="nullable"||a.type==="readonly")r=a.innerType;else if(a.type==="pipe")r=a.in?.def?.type==="transform"?a.out:a.in;else if(a.type==="intersection")r=a.left;else return}};for(let i of t){o();let a=r.def;if(a?.type==="array"&&typeof i=="number")r=a.element;else if(a?.type==="object"&&a.shape&&typeof i=="string")r=a.shape[i];else return[]}o();let n=r.def;return n?.type==="object"&&n.shape?Object.keys(n.shape):[]}var a6={object:"a mapping",array:"a list",string:"a string",boolean:"true or false",number:"a number"};function mc(e){if(e===void 0)return"nothing";if(e===null)return"null";if(typeof e=="number"&&!Number.isFinite(e))return Number.isNaN(e)?".nan":".inf";if(typeof e=="string")return JSON.stringify(e.length>40?e.slice(0,40)+"\u2026":e);if(Array.isArray(e))return"a list";if(typeof e=="object"&&e!==null&&"toFixed"in e){let t=String(e);return t.length>24?t.slice(0,24)+"\u2026":t}return typeof e=="object"?"a mapping":String(e)}function s6(e,t){let r=e;for(let o of t){if(r===null||typeof r!="object")return;r=r[o]}return r}function gc(e,t,r,o){let n=[];for(let i of e){if(i.code==="unrecognized_keys"){let l=o6(t,i.path);for(let f of i.keys){let p=[...i.path,f],g=xn(f,l),v=r.lineOf(p);n.push(new J(`unknown key \`${f}\``,{file:o,...v!==void 0?{line:v}:{},path:F1(p)},g?`did you mean \`${g}\`?`:`allowed keys: ${l.join(", ")}`))}continue}let a=r.lineOf(i.path),s=s6(r.value,i.path),u={file:o,...a!==void 0?{line:a}:{},path:F1(i.path)};if(s===void 0){let l=i.code==="custom"?i.message.replace(/^expected /,"add "):void 0;n.push(new J(`missing required \`${String(i.path.at(-1))}\``,u,l));continue}let c=i.code==="invalid_type"?`expected ${a6[i.expected]??i.expected}, got ${mc(s)}`:i.message.includes(", got ")?i.message:`${i.message}, got ${mc(s)}`;n.push(new J(c,u,c6(i,s)))}return n}function c6(e,t){if(e.code!=="invalid_value"||typeof t!="string")return;let r=e.values.filter(i=>typeof i=="string");if(!r.length)return;let o=String(e.path.at(-1)),n=xn(t,r);return n?`did you mean \`${o}: ${n}\`?`:`write \`${o}:\` as one of ${r.join(", ")}`}var At=e=>e.trim().toLowerCase();function hc(e){let t=new Map,r=new Map,o=new Map,n=new Map,i=new Map;for(let a of e){if(t.has(a.provider))throw new J(`provider ${a.provider} appears in two catalog files`);t.set(a.provider,a);for(let s of a.models)for(let u of[s.id,...s.aliases]){let c=`${a.provider}\0${At(u)}`;if(r.has(c))throw new J(`catalog ${a.provider}: model name \`${u}\` is used twice`,void 0,"make ids and aliases unique");r.set(c,{provider:a,model:s}),r.set(`${a.provider}\0${u}`,{provider:a,model:s})}i.set(a.provider,new Set((a.communitySources??[]).map(At)));for(let s of a.architectures??[]){let u=u6(s);n.set(`${a.provider}\0${s.id}`,{provider:a,model:u,architecture:{entry:s}});for(let c of s.models??[]){let l=`${a.provider}\0${At(c.id)}`;if(r.has(l))throw new J(`catalog ${a.provider}: community model \`${c.id}\` is also a model name or listed twice`,void 0,"list a community model under one architecture, and not as a model too");let f={provider:a,model:u,architecture:{entry:s,known:c}};r.set(l,f),r.set(`${a.provider}\0${c.id}`,f)}}for(let s of a.unpricedNames??[])for(let u of s.ids){let c=`${a.provider}\0${At(u)}`;if(r.has(c)||o.has(c))throw new J(`catalog ${a.provider}: unpriced name \`${u}\` is also a model name or listed twice`,void 0,"a name is either a model (priced) or an unpriced name, once");o.set(c,s)}}return Object.freeze({providers:Object.freeze(e),provider:a=>t.get(At(a)),model:(a,s)=>r.get(`${a}\0${s}`)??r.get(`${At(a)}\0${At(s)}`),unpricedName:(a,s)=>o.get(`${At(a)}\0${At(s)}`),architecture:(a,s)=>n.get(`${At(a)}\0${At(s)}`),isCommunity(a,s){let u=s.indexOf(":");return u>0&&(i.get(At(a))?.has(At(s.slice(0,u)))??!1)},suggest(a,s){let u=t.get(At(a));return u?xn(s,u.models.flatMap(c=>[c.id,...c.aliases]),4):void 0}})}function u6(e){return{id:e.id,name:e.name,kind:"image",aliases:[],requires:[],defaults:{},accepts:{},rates:e.rates,...e.note?{note:e.note}:{}}}function L1(e,t){let r=t.loOpen?e.greaterThan(t.lo):e.greaterThanOrEqualTo(t.lo),o=t.hiOpen?e.lessThan(t.hi):e.lessThanOrEqualTo(t.hi);return r&&o}var M1=JSON.parse(String.raw`[
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
]`);var q1;function eg(){return q1??=hc(M1),q1}var B1=new WeakMap,l6=Object.freeze({priceSource:"catalog"});function vc(e){return B1.get(e)??l6}function Z1(e,t){B1.set(e,t)}var Ro="genspend.prices.yml",d6=b.string().regex(/^(0|[1-9]\d?)(\.\d+)?%$/,{message:'expected a percentage under 100 such as "15%" or "12.5%"'}),f6=b.object({discount:d6.optional(),models:b.array(Qm).default([])}).strict(),tg=b.object({$schema:b.string().optional(),version:b.literal(1,{message:"expected `version: 1`"}),providers:b.record(b.string().regex(/^[a-z][a-z0-9-]*$/,{message:"expected a lower-case provider id"}),f6)}).strict();function V1(e,t){let r=oa(e,t,{exactNumbers:!1}),o=tg.safeParse(r.value);if(!o.success)throw new Dt(gc(o.error.issues,tg,r,t));return o.data}function G1(e,t,r=Ro){let o=e.providers.map(n=>{let i=t.providers[n.provider];if(!i)return n;let a=i.discount?new ye(1).minus(new ye(i.discount.slice(0,-1)).div(100)):void 0,s=(f,p)=>{let g={...f};return Z1(g,p),g},u=i.models.map(f=>({...f,rates:f.rates.map(p=>s(p,{priceSource:r}))})),c=new Set(i.models.flatMap(f=>[f.id,...f.aliases]).map(f=>f.toLowerCase())),l=n.models.filter(f=>![f.id,...f.aliases].some(p=>c.has(p.toLowerCase()))).map(f=>a?{...f,...f.minimum?{minimum:{...f.minimum,amount:K1(f.minimum.amount,a)}}:{},rates:f.rates.map(p=>s(p6(p,a),{priceSource:r,discount:i.discount}))}:f);return{...n,models:[...u,...l]}});for(let n of Object.keys(t.providers))if(!e.provider(n))throw new J(`${r}: providers.${n}: genspend has no provider \`${n}\``,{file:r},`use one of ${e.providers.map(i=>i.provider).join(", ")}`);return hc(o)}var K1=(e,t)=>new ye(e).times(t).toFixed();function p6(e,t){let r=o=>K1(o,t);return{...e,...e.included?{included:{...e.included,amount:r(e.included.amount)}}:{},...e.amount!==void 0?{amount:r(e.amount)}:{},...e.tiers?{tiers:e.tiers.map(o=>({...o,amount:r(o.amount)}))}:{},...e.measured?{measured:e.measured.map(o=>({...o,amount:r(o.amount)}))}:{},...e.range?{range:m6(e.range,r)}:{}}}function Do(e,t,r=Ro){return t===void 0?e:G1(e,V1(t,r),r)}function m6(e,t){let r=i=>i===void 0?void 0:typeof i=="string"?t(i):i.map(a=>({...a,amount:t(a.amount)})),o=r(e.low),n=r(e.high);return{...e,...o!==void 0?{low:o}:{},...n!==void 0?{high:n}:{}}}function ng(e,t){if(t.base===null)return{catalog:Do(e,t.head,t.file)};let r=Do(e,t.base,t.file);if(t.base===t.head)return{catalog:r};Do(e,t.head,t.file);let o=t.base===void 0?"adds":t.head===void 0?"removes":"changes",n=t.subject?`this ${t.subject} ${o}`:`the head ${o}`;return{catalog:r,reason:{rule:"budget",level:"warn",scope:"pr",file:t.file,message:`${n} the price file \`${t.file}\` (applies after merge; until then ${t.base===void 0?"the built-in catalog prices":"the base's price file prices"} both sides)`,workloads:[]}}}var rg=/[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g,H1=new RegExp(rg.source),bc=e=>H1.test(e);function W1(e){let t=H1.exec(e);return t?{char:t[0],index:t.index}:void 0}var J1=e=>`U+${e.codePointAt(0).toString(16).toUpperCase().padStart(4,"0")}`;var ig=new Map(Jm.map((e,t)=>[e,t]));function g6(e,t,r){let o=W1(e);o&&r.push(new J(`workload name ${JSON.stringify(e)} holds an invisible or control character (${J1(o.char)} at position ${o.index+1})`,t,"remove it: a name must read as it is matched"));let n=e.normalize("NFC").trim();return n||r.push(new J("workload name is empty",t,"give the workload a name")),n}function X1(e,t,r){let o=[],n=new Map,i=e.workloads.map((c,l)=>{let f=r(l),p={file:t,...f!==void 0?{line:f}:{}},g=`workloads[${l}]`,v=g6(c.name,{...p,path:`${g}.name`},o),h=n.get(v);h!==void 0&&o.push(new J(`workload name "${v}" is also used by workloads[${h}]`,{...p,path:`${g}.name`},"give every workload a unique name: the diff matches base and head by name")),n.set(v,l);let y=c.provider.trim().toLowerCase()==="runpod";y&&c.gpu===void 0&&c.model===void 0?o.push(new J("a runpod workload names its GPU with `gpu`",{...p,path:g},"add `gpu: H100 PRO` (see `genspend prices runpod`), or `model: network-volume` for storage")):y&&c.gpu!==void 0&&c.model!==void 0?o.push(new J("give either `gpu` or `model`, not both",{...p,path:g},"keep `gpu` for a GPU endpoint")):!y&&c.model===void 0?o.push(new J("missing required `model`",{...p,path:g},`add \`model:\` with a model id (see \`genspend prices ${c.provider}\`)`)):!y&&c.gpu!==void 0&&o.push(new J("`gpu` applies to runpod workloads only",{...p,path:`${g}.gpu`},"remove it"));let _=Object.keys(c).filter(x=>ig.has(x)&&c[x]!==void 0);_.sort((x,F)=>ig.get(x)-ig.get(F));let $={};for(let x of _)$[x]=c[x];return{name:v,provider:c.provider,model:(Array.isArray(c.gpu)?c.gpu.join(","):c.gpu)??c.model,attributes:$,location:p,...c.endpointId!==void 0?{endpointId:c.endpointId}:{}}});if(o.length)throw new Dt(o);let a={...e.budget.limit!==void 0?{limit:e.budget.limit}:{},...e.budget.maxIncrease!==void 0?{maxIncrease:e.budget.maxIncrease}:{},...e.budget.maxIncreasePercent!==void 0?{maxIncreasePercent:e.budget.maxIncreasePercent}:{},unpriced:e.budget.unpriced??"warn",...e.budget.judge==="high"?{judge:"high"}:{},...e.budget.undeclared!==void 0?{undeclared:e.budget.undeclared}:{}},s=e.reconcile?.maxVariance!==void 0?{reconcile:{maxVariance:e.reconcile.maxVariance}}:{},u=e.scan?.exclude?.length?{scan:{exclude:e.scan.exclude}}:{};return{file:t,period:e.period,budget:a,...s,...u,workloads:i}}var Y1=new WeakMap;function h6(e){let t=new ye(e.min),r=new ye(e.max),o=e.integer?"a whole number":"a number",n=s=>s.greaterThanOrEqualTo(1e6)?s.toExponential().replace("e+","e"):s.toFixed(),i=`${e.positive?"greater than "+n(t):"from "+n(t)} to ${n(r)}`,a=b.custom().superRefine((s,u)=>{if(!(s instanceof ye)){if(typeof s=="number"&&!Number.isFinite(s))u.addIssue({code:"custom",message:`expected ${o} ${i}, got ${Number.isNaN(s)?".nan":".inf"}`});else{if(typeof s=="number")return;u.addIssue({code:"custom",message:`expected ${o} ${i}`})}return}(e.positive?s.lessThanOrEqualTo(t):s.lessThan(t))||s.greaterThan(r)?u.addIssue({code:"custom",message:`expected ${o} ${i}`}):e.integer&&!s.isInteger()&&u.addIssue({code:"custom",message:`expected ${o} ${i}`})});return Y1.set(a,{type:e.integer?"integer":"number",...e.positive?{exclusiveMinimum:t.toNumber()}:{minimum:t.toNumber()},maximum:r.toNumber()}),a}function v6(e){switch(e.type){case"decimal":return h6(e);case"text":return b.string().min(1);case"boolean":return b.boolean();case"enum":return b.enum(e.values)}}var og=e=>Object.fromEntries(Object.entries(e).map(([t,r])=>[t,v6(r)]));function ci(e){return b.preprocess(t=>fc(t)||t===void 0?t:b6,e)}var b6=Symbol("not a mapping"),y6=b.enum(T1),si=og(O1),Q1=b.object({limit:si.limit.optional(),maxIncrease:si.maxIncrease.optional(),maxIncreasePercent:si.maxIncreasePercent.optional(),unpriced:si.unpriced.optional(),judge:si.judge.optional(),undeclared:si.undeclared.optional()}).strict(),Kz=ci(Q1),$6=b.object({exclude:b.array(b.string().min(1)).max(1e3).optional()}).strict(),w6=b.object({maxVariance:og(U1).maxVariance.optional()}).strict(),x6=og(Po);var k6=b.union([b.string().min(1),b.array(b.string().min(1)).min(1,{message:"list at least one GPU"})],{error:"expected a GPU name (`gpu: ADA_24`) or a list of them in fallback order (`gpu: [ADA_24, AMPERE_24]`)"}),_6=ci(b.object({name:b.string().min(1).max(N1),description:b.string().optional(),provider:b.string().min(1),endpointId:b.string().min(1).optional(),model:b.string().min(1).optional(),gpu:k6.optional(),...Object.fromEntries(Object.entries(x6).map(([e,t])=>[e,t.optional()]))}).strict()),e$=b.custom(e=>e instanceof ye?e.equals(1):e===1,{message:"expected `version: 1` (the only manifest version so far)"});Y1.set(e$,{const:1});var ag=ci(b.object({$schema:b.string().optional(),version:e$,period:y6.default("month"),budget:ci(Q1.default({})),reconcile:ci(w6).optional(),scan:ci($6).optional(),workloads:b.array(_6).max(z1)}).strict());function t$(e,t){let r=oa(e,t);if(!fc(r.value))throw new J(`expected a mapping with \`version\`, \`period\`, \`budget\` and \`workloads\`, got ${mc(r.value)}`,{file:t,line:1},"see examples/genspend.yml for the shape");let o=ag.safeParse(r.value);if(!o.success)throw new Dt(gc(o.error.issues,ag,r,t));return X1(o.data,t,n=>r.lineOf(["workloads",n]))}function sg(e){return Zn(e,({file:t,read:r})=>t$(r(),t))}function cg(e){if(Array.isArray(e)){let r=e.map(cg);return o=>r.some(n=>n(o))}if(typeof e=="object"&&e!==null){let r=e,o=r.gt??r.gte,n=r.lt??r.lte,i={lo:o===void 0?new ye(-1/0):new ye(o),loOpen:r.gt!==void 0,hi:n===void 0?new ye(1/0):new ye(n),hiOpen:r.lt!==void 0};return a=>{let s=n$(a);return s!==void 0&&L1(s,i)}}if(typeof e=="boolean")return r=>r===e;if(typeof e=="number"){let r=new ye(e);return o=>{let n=n$(o);return n!==void 0&&n.equals(r)}}let t=e.toLowerCase();return r=>typeof r=="string"&&r.trim().toLowerCase()===t}function n$(e){if(e instanceof ye)return e;if(typeof e=="string"&&/^-?\d+(\.\d+)?$/.test(e.trim()))return new ye(e.trim())}var A6={gt:">",gte:">=",lt:"<",lte:"<="};function ug(e){if(Array.isArray(e))return e.map(String).join(" or ");if(typeof e=="object"&&e!==null){let t=e;return["gt","gte","lt","lte"].filter(r=>t[r]!==void 0).map(r=>`${A6[r]} ${t[r]}`).join(" and ")}return String(e)}var r$=new WeakMap,I6={ceil:ye.ROUND_CEIL,floor:ye.ROUND_FLOOR,"half-up":ye.ROUND_HALF_UP};function i$(e,t){return{rate:e,amount:e.amount===void 0?void 0:de(e.amount),per:de(e.per),perIsOne:de(e.per).equals(1),rounding:e.rounding&&{step:de(e.rounding.step),stepIsOne:de(e.rounding.step).equals(1),mode:I6[e.rounding.mode],scope:e.rounding.scope},tiers:e.tiers?.map(r=>({cap:r.upTo===void 0?void 0:de(r.upTo),amount:de(r.amount)})),included:e.included&&{quantity:de(e.included.quantity),amount:de(e.included.amount)},conditions:Object.entries(e.when),matchers:Object.entries(e.when).map(([r,o])=>[r,cg(o)]),ref:Object.freeze({amount:e.amount??null,...e.tiers?{tiers:e.tiers}:{},...e.included?{included:e.included}:{},per:e.per,unit:e.unit,currency:t.currency,basis:e.basis,source:e.source,checkedAt:e.checkedAt,verified:e.verified,...e.note?{note:e.note}:{},...vc(e)})}}function S6(e,t){return e.surcharges.filter(r=>r.appliesTo.includes(t.kind)&&!r.except.includes(t.id))}function o$(e,t){let r=r$.get(t);if(r)return r;let o=e.currency==="credits"?de(e.credit.usd):de(1),n=new Map;for(let i of t.rates)n.set(i.charge,[...n.get(i.charge)??[],i$(i,e)]);return r={charges:[...n.entries()],surcharges:S6(e,t).map(i=>i$(i,e)),conditionKeys:[...new Set(t.rates.flatMap(i=>Object.keys(i.when)))],creditUsd:o,creditUsdIsOne:o.equals(1),defaults:Object.fromEntries(Object.entries({...e.defaults,...t.defaults}).map(([i,a])=>[i,typeof a=="number"?de(a):a])),required:new Map,priced:new Map,choices:new Map},r.choices=R6(e,t,[...r.charges.flatMap(([,i])=>i),...r.surcharges],r.defaults),r$.set(t,r),r}var P6=Object.entries(Po).flatMap(([e,t])=>t.type==="enum"?[[e,t.values]]:[]);function R6(e,t,r,o){let n=new Map,i=new Set;for(let{rate:u}of r)for(let[c,l]of Object.entries(u.when)){let f=Array.isArray(l)?l:[l];f.every(p=>typeof p=="string")?n.set(c,[...n.get(c)??[],...f]):i.add(c)}for(let u of i)n.delete(u);for(let[u,c]of Object.entries(e.accepts))n.has(u)&&n.get(u).push(...c);for(let[u,c]of Object.entries(t.accepts))n.set(u,[...n.get(u)??[],...c]);let a=r.some(({rate:u})=>u.unit==="gpu_second");for(let[u,c]of P6)(n.has(u)||u==="worker"&&a)&&n.set(u,[...n.get(u)??[],...c]);let s=new Map;for(let[u,c]of n){let l=o[u],f=new Map;for(let p of typeof l=="string"?[...c,l]:c)f.has(p.trim().toLowerCase())||f.set(p.trim().toLowerCase(),p);s.set(u,f)}return s}function a$(e,t){if(!t.includes(",")||!e.models.some(o=>o.pool))return;let r=t.split(",").map(o=>o.trim()).filter(o=>o.length>0);return r.length>1?r:void 0}function D6(e,t,r){let o=r.models.some(i=>i.pool);if(t.reason==="no-published-price")return`no published price for ${t.pool?`pool ${t.pool}`:`\`${e}\``} (${t.name})`;if(t.reason==="ambiguous"){let i=(t.instead??[]).map(a=>`\`${a}\``).join(", ");return`\`${e}\` does not say which ${o?"GPU":"endpoint"} (${t.name}); write one of: ${i}`}let n=r.models.flatMap(i=>i.pool?[i.pool.id]:[]);if(t.reason==="not-offered"){if(!o){let i=(t.instead??[]).map(a=>`\`${a}\``).join(", ");return`\`${e}\` is not offered by ${r.name} (${t.name})${i?`; use ${i}`:""}`}return`\`${e}\` is no ${r.name} GPU type (${t.name}); pick one of: ${n.join(", ")}`}return`\`${e}\` is a Pods GPU, not in any ${r.name} pool; pick one of: ${n.join(", ")}`}function s$(e,t,r){let o=e.unpricedName(t.provider,r);return o?D6(r,o,t):void 0}var Cn={day:24,week:168,month:730};function lg(e,t){if(e.measured)return["runs","width","height","steps"];switch(e.unit){case"image":case"video":case"request":return["runs"];case"megapixel":return["runs","width","height"];case"video_second":case"audio_second":return["runs","seconds"];case"character":return["runs","characters"];case"gpu_second":return t==="active"?["activeWorkers"]:["runs","seconds"];case"gb_month":return[e.quantityFrom??"volumeGB"];case"reference_image":return["runs","referenceImages"];case"reference_video_second":return["runs","referenceVideoSeconds"];case"video_token":return["runs","width","height","fps","seconds"];case"runner_second":return["runs","seconds"]}}function u$(e,t){return e.unit==="gpu_second"?t==="active"?[]:["coldStartSeconds","idleSeconds"]:e.unit==="runner_second"?["setupSeconds","keepAlive"]:[]}function l$(e,t){let r=lg(e,t);if(e.measured)return[...r,"results"];switch(e.unit){case"image":case"video":case"megapixel":case"video_second":case"video_token":return[...r,"results"];case"gpu_second":return t==="active"?[...r,"worker","gpuCount","runs","seconds"]:[...r,"worker","gpuCount","coldStarts","coldStartSeconds","idleSeconds"];case"runner_second":return[...r,"gpuCount","coldStarts","setupSeconds","keepAlive","teardownSeconds"];default:return r}}function dg(e,t,r){let{num:o,value:n}=r,i=s=>n(s)!==void 0,a=()=>i("results")?o("results"):Wt;switch(e){case"image":return[{label:"images",count:yt(o("runs"),a()),each:Wt}];case"video":return[{label:"videos",count:yt(o("runs"),a()),each:Wt}];case"request":return[{label:"requests",count:o("runs"),each:Wt}];case"megapixel":return[{label:"megapixels",count:yt(o("runs"),a()),each:qe(o("width").times(o("height")),T6(t))}];case"video_second":return[{label:"video seconds",count:yt(o("runs"),a()),each:o("seconds")}];case"audio_second":return[{label:"audio seconds",count:o("runs"),each:o("seconds")}];case"character":return[{label:"characters",count:o("runs"),each:o("characters")}];case"gpu_second":return O6(r);case"gb_month":return[{label:"GB-months",count:Wt,each:o(t.quantityFrom??"volumeGB")}];case"reference_image":return[{label:"reference images",count:o("runs"),each:o("referenceImages")}];case"reference_video_second":return[{label:"reference video seconds",count:o("runs"),each:o("referenceVideoSeconds")}];case"video_token":return[{label:"video tokens",count:yt(o("runs"),a()),each:E6(o)}];case"runner_second":return U6(r)}}function E6(e){return qe(e("width").times(e("height")).times(e("fps")).times(e("seconds")),1024)}var c$=new Map;function T6(e){let t=e.pixelsPerMegapixel??"1000000",r=c$.get(t);return r||c$.set(t,r=de(t)),r}function O6({num:e,value:t,period:r}){let o=t("gpuCount")!==void 0?e("gpuCount"):Wt;if(t("worker")==="active")return[{label:"always-on",count:yt(e("activeWorkers"),o),each:de(Cn[r]).times(3600)}];let n=[{label:"execution",count:yt(e("runs"),o),each:e("seconds")}];return t("coldStarts")!==void 0&&!e("coldStarts").isZero()&&(n.push({label:"cold starts",count:yt(e("coldStarts"),o),each:e("coldStartSeconds")}),n.push({label:"idle timeout",count:yt(e("coldStarts"),o),each:e("idleSeconds")})),n}function U6({num:e,value:t}){let r=t("gpuCount")!==void 0?e("gpuCount"):Wt,o=[{label:"execution",count:yt(e("runs"),r),each:e("seconds")}];if(t("coldStarts")===void 0||e("coldStarts").isZero())return o;let n=yt(e("coldStarts"),r);return o.push({label:"setup",count:n,each:e("setupSeconds")}),o.push({label:"keep-alive",count:n,each:e("keepAlive")}),t("teardownSeconds")!==void 0&&o.push({label:"teardown",count:n,each:e("teardownSeconds")}),o}var d$={published:2,contract:2,account:2,measured:1,modeled:0},Eo={megapixels:{from:["width","height"],compute:e=>e("width").times(e("height")).dividedBy(1e6)}};function fg(e,t,r){let o={name:e.name,provider:e.provider,model:e.model,...e.location?{location:e.location}:{},...e.endpointId!==void 0?{endpointId:e.endpointId}:{},runs:e.attributes.runs instanceof ye?e.attributes.runs:null,cost:null,credits:null,basis:null,lines:[],assumptions:[],warnings:[]},n=t.provider(e.provider);if(!n)return o.unpriced=`unknown provider \`${e.provider}\` (genspend prices ${t.providers.map(h=>h.provider).join(", ")})`,o;let i=n.provider==="runpod"?"GPU":"model";if(!e.model)return o.unpriced=`no ${i} given`,o;let a=t.model(n.provider,e.model);if(!a){let h=a$(n,e.model);if(h)return N6(e,h,t,r,o);let y=s$(t,n,e.model);if(y)return o.unpriced=y,o;let _=z6(e,t,n,o);if(!_)return o;a=_}let{model:s}=a,u=o$(n,s),c=F6(e,u,j6(e,n,s,u));q6(e,n,s,u,c),V6(e,n,s,c),B6(e,s,u,c,o,a.architecture!==void 0),a.architecture&&C6(e,a.architecture,o);let l=[];for(let[h,y]of u.charges){let _,$=0;for(let x of y)f$(x,c.value)&&Z6(x,c.value)&&(_=x,$++);if(!($===0&&y.every(x=>x.rate.optional))){if($!==1)return o.unpriced=W6(s,h,y,$,c.value),o;l.push(_)}}let f=new Set;for(let h of u.surcharges){if(!h.conditions.some(([_])=>!Eo[_]&&e.attributes[_]!==void 0))continue;let y=h.conditions.flatMap(([_])=>Eo[_]?.from??[_]).filter(_=>c.value(_)===void 0);if(y.length)throw new J(`workload "${e.name}": the ${n.name} "${h.rate.charge}" surcharge needs \`${y[0]}\``,e.location,`add \`${y[0]}:\` to the workload`,{workload:e.name,attribute:y[0],missing:y});if(f$(h,c.value)){if(f.has(h.rate.charge))return o.unpriced=`two ${n.name} "${h.rate.charge}" surcharges match; the catalog is ambiguous`,o;f.add(h.rate.charge),l.push(h)}}let p={num:c.num,value:c.value,period:r},g=l.map(h=>g$(h,u,p,o));for(let h of g)o.lines.push(...h);let v=H6(s,u,n,p,o.lines);v&&o.lines.push(v),o.cost=Se(o.lines.map(h=>h.amountUsd)),l.some(h=>h.rate.range)&&J6(s,u,p,l,g,o),n.currency==="credits"&&(o.credits=Se(o.lines.map(h=>h.amount)),o.creditUsd=u.creditUsd),o.basis=o.lines.reduce((h,y)=>d$[y.basis]<d$[h]?y.basis:h,o.lines[0]?.basis??"published");for(let h of c.defaulted)o.assumptions.push(`${h}: ${String(c.value(h))} (${n.name} default, not in the manifest)`);c.defaulted.size&&(o.defaulted=Object.fromEntries([...c.defaulted].map(h=>[h,String(c.value(h))])));for(let{rate:h}of l)h.verified||o.warnings.push(`unverified price for ${s.id}${h.charge==="base"?"":` (${h.charge})`}: ${h.note??"not confirmed against its source"}`);if(s.retired){let{on:h,replacement:y}=s.retired;o.warnings.push(`${s.id} was retired by ${n.name} on ${h}; use ${y}`)}return rP(p,c.value,o),o}function N6(e,t,r,o,n){let{gpuPick:i,...a}=e.attributes,s=typeof i=="string"&&i.trim().toLowerCase()==="first",u;for(let g of s?t.slice(0,1):t){let v=fg({...e,model:g,attributes:a},r,o);if(v.cost===null)return n.unpriced=`\`${g}\` in the GPU list ${t.join(", ")}: ${v.unpriced??"unpriced"}`,n;(!u||v.cost.greaterThan(u.estimate.cost))&&(u={id:g,estimate:v})}let{id:c,estimate:l}=u,f=r.model(e.provider,c).model,p=s?`the first of ${t.join(", ")} (gpuPick: first)`:`the dearest of ${t.join(", ")}: an endpoint may run its jobs on any GPU in its list (gpuPick: first prices the first)`;return{...l,model:e.model,assumptions:[`gpu: priced at ${c} (${f.id}), ${p}`,...l.assumptions]}}function z6(e,t,r,o){let n=e.model,i=e.attributes.architecture,a=(r.architectures??[]).map(f=>f.id);if(typeof i=="string"&&a.length){let f=t.architecture(r.provider,i);if(f)return f;o.unpriced=`no ${r.name} price for architecture \`${i}\` yet (the catalog prices ${a.join(", ")})`;return}let s=`add \`architecture:\` (one of ${So.join(", ")}) to price it from ${r.name}'s measured runs`;if(t.isCommunity(r.provider,n)){o.unpriced=`${r.name} community model \`${n}\` is billed by its architecture: ${s}`;return}let u=r.provider==="runpod"?"GPU":"model",c=t.suggest(r.provider,n),l=a.length?`; if it is a community model, ${s}`:"";o.unpriced=`unknown ${r.name} ${u} \`${n}\`${c?` (did you mean \`${c}\`?)`:""}${l}`}function C6(e,t,r){let{entry:o,known:n}=t;r.architecture=o.id;let i=n?`the catalog lists ${n.name} as ${o.id} (${n.source})`:`\`architecture: ${o.id}\` in the workload`;r.assumptions.push(`architecture: priced as ${o.name} (\`${o.id}\`) from ${i}`);let a=e.attributes.architecture;n&&typeof a=="string"&&a!==o.id&&r.warnings.push(`\`architecture: ${a}\` ignored: the catalog lists ${e.model} as ${o.id} (${n.source})`),n&&!n.verified&&r.warnings.push(`unverified architecture for ${e.model}: ${n.note??"not confirmed against its source"}`)}function j6(e,t,r,o){let n;for(let[i,a]of Object.entries(e.attributes)){if(typeof a!="string")continue;let s=o.choices.get(i);if(!s)continue;let u=s.get(a.trim().toLowerCase());if(u!==void 0){u!==a&&(n??=new Map).set(i,u);continue}let c=[...s.values()],l=xn(a.trim(),c);throw new J(`workload "${e.name}": ${t.name} ${r.id} does not know \`${i}\` ${JSON.stringify(a)} (allowed: ${c.join(", ")})`,e.location,l?`did you mean \`${i}: ${l}\`?`:`write \`${i}:\` as one of ${c.join(", ")}`,{workload:e.name,attribute:i,value:a,allowed:c,...l?{suggestion:l}:{}})}return n}function F6(e,t,r){let o=t.defaults,n=new Set,i,a=u=>{let c=r?.get(u)??e.attributes[u];if(c!==void 0)return typeof c=="number"?de(c):c;let l=o[u];if(l!==void 0)return n.add(u),l;let f=Eo[u];if(f&&f.from.every(p=>a(p)!==void 0)){let p=i?.get(u);return p||(i??=new Map).set(u,p=f.compute(s)),p}},s=u=>{let c=a(u);if(c instanceof ye)return c;if(typeof c=="string"&&/^\d+(\.\d+)?$/.test(c.trim()))return de(c.trim());throw new J(`\`${u}\` must be a number, got ${JSON.stringify(c)}`,e.location)};return{value:a,num:s,defaulted:n}}function L6(e,t,r){let o=t.required.get(r);if(!o){let n=new Set(e.requires),i=e.rates.filter(a=>!a.optional);for(let a of i)for(let s of Object.keys(a.when))for(let u of Eo[s]?.from??[s])n.add(u);for(let a of i)for(let s of lg(a,r))n.add(s);for(let a of e.rates)for(let s of a.absent??[])n.delete(s);o=[...n],t.required.set(r,o)}return o}function M6(e,t,r){let o=t.priced.get(r);if(!o){let n=new Set(e.requires),i=[...t.charges.flatMap(([,a])=>a),...t.surcharges];for(let{rate:a}of i){for(let s of Object.keys(a.when))for(let u of Eo[s]?.from??[s])n.add(u);for(let s of l$(a,r))n.add(s)}t.priced.set(r,o=n)}return o}function q6(e,t,r,o,n){let i=n.value("worker"),a=typeof i=="string"?i:void 0,s=L6(r,o,a),u=n.value("coldStarts");if(u instanceof ye&&!u.isZero()){let v=new Set(r.rates.flatMap(h=>u$(h,a)));v.size&&(s=[...s,...v])}let c=s.filter(v=>n.value(v)===void 0),l=c[0];if(l===void 0)return;let f=r.rates.map(v=>v.when[l]).filter(v=>v!==void 0).map(ug),p=f.length?` (one of: ${[...new Set(f)].join(", ")})`:"",g=c.length>1?`; also missing: ${c.slice(1).map(v=>`\`${v}\``).join(", ")}`:"";throw new J(`workload "${e.name}": ${t.name} ${r.id} needs \`${l}\`${p}${g}`,e.location,`add \`${l}:\` to the workload`,{workload:e.name,attribute:l,missing:c})}function B6(e,t,r,o,n,i){let a=o.value("worker"),s=typeof a=="string"?a:void 0,u=M6(t,r,s),c=s!==void 0&&r.choices.has("worker")?` with \`worker: ${s}\``:"";for(let l of Object.keys(e.attributes))i&&l==="architecture"||u.has(l)||n.warnings.push(`\`${l}\` does not change the price of ${t.id}${c}; ignored`)}function Z6(e,t){return(e.rate.absent??[]).every(r=>t(r)===void 0)}function V6(e,t,r,o){for(let[n,i]of Object.entries(r.allowed??{})){let a=o.value(n);if(a===void 0)continue;let s=a instanceof ye?a:typeof a=="string"&&/^\d+(\.\d+)?$/.test(a.trim())?de(a.trim()):void 0;if(s&&G6(i,s))continue;let u=K6(i);throw new J(`workload "${e.name}": ${t.name} ${r.id} does not accept \`${n}\` ${String(a)} (allowed: ${u})`,e.location,`write \`${n}:\` as ${Array.isArray(i)?`one of ${u}`:u}`,{workload:e.name,attribute:n,value:String(a),allowed:Array.isArray(i)?i.map(String):[u]})}}function G6(e,t){return Array.isArray(e)?e.some(r=>t.equals(r)):e.integer&&!t.isInteger()?!1:(e.gte===void 0||t.greaterThanOrEqualTo(e.gte))&&(e.lte===void 0||t.lessThanOrEqualTo(e.lte))}function K6(e){if(Array.isArray(e))return e.join(", ");let t=e.integer?"a whole number":"a number";return e.gte!==void 0&&e.lte!==void 0?`${t} from ${e.gte} to ${e.lte}`:e.gte!==void 0?`${t} of at least ${e.gte}`:e.lte!==void 0?`${t} up to ${e.lte}`:t}function H6(e,t,r,o,n){let i=e.minimum;if(!i||o.value("runs")===void 0)return;let a=o.num("runs");if(a.isZero())return;let s=Se(n.map(f=>f.amount)),u=a.times(i.amount);if(s.greaterThanOrEqualTo(u))return;let c=u.minus(s),l=r.currency==="credits"?"credits":"USD";return{charge:"minimum",label:`minimum ${i.amount} ${l} per request applied (metered ${Fe(qe(s,a))})`,unit:"request",quantity:a,billedQuantity:a,rate:Object.freeze({amount:i.amount,per:"1",unit:"request",currency:r.currency,basis:i.basis,source:i.source,checkedAt:i.checkedAt,verified:i.verified,...i.note?{note:i.note}:{},...vc(e.rates[0])}),amount:c,amountUsd:t.creditUsdIsOne?c:c.times(t.creditUsd),basis:i.basis}}function f$(e,t){for(let[r,o]of e.matchers){let n=t(r);if(n===void 0||!o(n))return!1}return!0}function W6(e,t,r,o,n){let a=[...new Set(r.flatMap(u=>Object.keys(u.rate.when)))].map(u=>`${u}: ${String(n(u))}`).join(", ");if(o>1)return`${e.id}: more than one price matches ${a} (the catalog is ambiguous; run \`genspend catalog check\`)`;let s=r.map(u=>Object.entries(u.rate.when).map(([c,l])=>`${c} ${ug(l)}`).join(", ")).join("; ");return`${e.id} has no ${t==="base"?"":`"${t}" `}price for ${a} (priced: ${s})`}function J6(e,t,r,o,n,i){let a={assumptions:[]},s=l=>{let f=Jt;o.forEach((g,v)=>{let h=X6(g,l),y=h?g$(h,t,r,a):n[v];f=f.plus(Se(y.map(_=>_.amount)))});let p=e.minimum&&r.value("runs")!==void 0?r.num("runs"):void 0;return p&&!p.isZero()&&(f=ye.max(f,p.times(e.minimum.amount))),t.creditUsdIsOne?f:f.times(t.creditUsd)},u=ye.min(s("low"),i.cost),c=ye.max(s("high"),i.cost);i.range={low:u,high:c};for(let{rate:l}of o){if(!l.range)continue;let f=l.range.source?` (${l.range.source})`:"";i.assumptions.push(`price range ${Qe(u)} to ${Qe(c)}: ${l.range.note}${f}`)}}var p$=new WeakMap;function X6(e,t){let r=e.rate.range?.[t];if(r===void 0)return;let o=p$.get(e);o||p$.set(e,o={});let n=o[t];return n||(n=typeof r=="string"?{...e,amount:de(r),rate:{...e.rate,amount:r}}:{...e,rate:{...e.rate,measured:r}},o[t]=n),n}function g$(e,t,r,o){let{rate:n}=e,i=e.ref,a=n.basis,s,u;if(n.measured){let c=tP(n,r);s=c.amount,i={...i,amount:Fe(c.amount)},a=c.basis,c.assumption&&o.assumptions.push(c.assumption),u=dg("image",n,r)}else u=dg(n.unit,n,r);return u.map(c=>{let l=yt(c.count,c.each),f=Y6(e,c,l),p;if(s?p=f.times(s):e.tiers?p=eP(e,f):e.included?p=Q6(e,c.count,f):p=e.perIsOne?f.times(e.amount):qe(f.times(e.amount),e.per),n.unit==="gb_month"){let g=Cn[r.period];p=qe(p.times(g),Cn.month),r.period!=="month"&&o.assumptions.push(`storage prorated to ${g} of ${Cn.month} hours`)}return{charge:n.charge,label:n.charge==="base"?c.label:`${n.charge}: ${c.label}`,unit:n.unit,quantity:l,billedQuantity:f,rate:i,amount:p,amountUsd:t.creditUsdIsOne?p:p.times(t.creditUsd),basis:a}})}function Y6(e,t,r){let o=e.rounding;if(!o)return r;let n=i=>o.stepIsOne?i.toDecimalPlaces(0,o.mode):i.dividedBy(o.step).toDecimalPlaces(0,o.mode).times(o.step);return o.scope==="request"?t.count.times(n(t.each)):n(r)}function Q6(e,t,r){if(t.isZero())return Jt;let{quantity:o,amount:n}=e.included,i=ye.max(Jt,r.dividedBy(t).minus(o)),a=n.plus(e.perIsOne?i.times(e.amount):qe(i.times(e.amount),e.per));return t.times(a)}function eP(e,t){let r=qe(t,e.per),o=Jt,n=Jt;for(let i of e.tiers){let a=i.cap&&qe(i.cap,e.per),s=a===void 0?r:ye.min(r,a.minus(o));if(s.lessThanOrEqualTo(0))break;n=n.plus(s.times(i.amount)),r=r.minus(s),a!==void 0&&(o=a)}return n}var m$=new WeakMap;function tP(e,t){let r=`${t.num("width").toString()}x${t.num("height").toString()}x${t.num("steps").toString()}`,o=m$.get(e);o||m$.set(e,o=new Map);let n=o.get(r);return n||o.set(r,n=nP(e,t)),n}function nP(e,t){let r=t.num("width"),o=t.num("height"),n=t.num("steps"),i=r.times(o).times(n),a=(l,f)=>{let p=l.dividedBy(f);return ye.max(p,de(1).dividedBy(p))},s;for(let l of e.measured){if(r.equals(l.width)&&o.equals(l.height)&&n.equals(l.steps))return{amount:de(l.amount),basis:"measured"};let f={run:l,pixels:a(r.times(o),l.width*l.height),steps:a(n,l.steps)};(!s||f.pixels.lessThan(s.pixels)||f.pixels.equals(s.pixels)&&f.steps.lessThan(s.steps))&&(s=f)}let{run:u}=s;return{amount:qe(de(u.amount).times(i),u.width*u.height*u.steps),basis:"modeled",assumption:`modeled: scaled from the measured run at ${u.width}x${u.height}, ${u.steps} steps ($${u.amount} per image) by pixels and steps`}}function rP(e,t,r){if(t("worker")!=="active"||t("runs")===void 0||t("seconds")===void 0)return;let o=e.num("runs").times(e.num("seconds").ceil()),n=e.num("activeWorkers").times(Cn[e.period]*3600);o.greaterThan(n)&&r.warnings.push(`jobs need ${o.toFixed()} GPU-seconds but ${e.num("activeWorkers").toFixed()} active worker(s) provide ${n.toFixed()}: the overflow runs on flex workers and is not priced here; add a flex workload for it`)}function pg(e,t,r){if(new Set(e.map(s=>s.period)).size>1)throw new J(`manifests use different periods (${e.map(s=>`${s.file}: ${s.period}`).join(", ")})`,void 0,"use one `period` in every manifest, or price them separately");let n=r&&iP(r),i=Zn(e,s=>{let u=Zn(s.workloads,f=>{let p=n?.get(`${s.file}\0${f.name}`);return p&&p.period===s.period&&oP(p.spec,f)?sP(p.estimate,f):fg(f,t,s.period)}),c=Se(u.map(f=>f.cost).filter(f=>f!==null)),l=h$(u.filter(f=>f.cost!==null),f=>f.cost);return{file:s.file,period:s.period,budget:s.budget,...s.reconcile?{reconcile:s.reconcile}:{},workloads:u,total:c,...l?{range:l}:{}}}),a=h$(i,s=>s.total);return{period:e[0]?.period??"month",total:Se(i.map(s=>s.total)),...a?{range:a}:{},manifests:i}}function h$(e,t){if(e.some(r=>r.range))return{low:Se(e.map(r=>r.range?.low??t(r))),high:Se(e.map(r=>r.range?.high??t(r)))}}function iP(e){let t=new Map;return e.manifests.forEach((r,o)=>{let n=e.estimate.manifests[o]?.workloads;r.workloads.forEach((i,a)=>{let s=n?.[a];s&&t.set(`${r.file}\0${i.name}`,{spec:i,estimate:s,period:r.period})})}),t}function oP(e,t){if(e.provider!==t.provider||e.model!==t.model||e.endpointId!==t.endpointId)return!1;let r=Object.keys(e.attributes);if(r.length!==Object.keys(t.attributes).length)return!1;for(let o of r){let n=e.attributes[o],i=t.attributes[o];if(n!==i&&!(n instanceof ye&&i instanceof ye&&aP(n,i)))return!1}return!0}function aP(e,t){if(e.s!==t.s||e.e!==t.e||!e.d||!t.d||e.d.length!==t.d.length)return!1;for(let r=0;r<e.d.length;r++)if(e.d[r]!==t.d[r])return!1;return!0}function sP(e,t){let{name:r,provider:o,model:n,location:i,...a}=e;return{name:r,provider:o,model:n,...t.location?{location:t.location}:{},...a}}var cP={"\n":"\\n","\r":"\\r","	":"\\t","\0":"\\0"},uP=e=>{let t=cP[e];if(t)return t;let r=e.charCodeAt(0);return r<=255?`\\x${r.toString(16).padStart(2,"0")}`:`\\u${r.toString(16).padStart(4,"0")}`};function v$(e){return bc(e)?e.replace(rg,uP):e}function To(e){return!lP.test(e)&&!bc(e)?e:v$(e.replace(/[\r\n]+/g," ")).replace(/&/g,"&amp;").replace(/</g,"&lt;").replace(/>/g,"&gt;").replace(/(^|[^A-Za-z0-9])@(?=[A-Za-z0-9])/g,"$1@\u200B").replace(/([\\`*_{}[\]#+!|~])/g,"\\$1")}var lP=/[\r\n&<>\\`*_{}[\]#+!|~@]/;function mg(e,t=80){let r=e.replace(/[^\p{L}\p{N} .,:/@+\-()$'=_]+/gu,"_").replace(/\s+/g," ").trim();return r.length>t?`${r.slice(0,t-1)}\u2026`:r}function b$(e){let t=e.places??2,r=o=>`[${o.map(n=>n.toFixed(t)).join(", ")}]`;return["```mermaid","xychart-beta",`  title "${mg(e.title,120)}"`,`  x-axis [${e.x.map(o=>`"${mg(o,40)}"`).join(", ")}]`,`  y-axis "${mg(e.yLabel,40)}"`,...(e.bars??[]).map(o=>`  bar ${r(o)}`),...(e.lines??[]).map(o=>`  line ${r(o)}`),"```"].join(`
`)}function tn(e,t){return new Date(Date.parse(`${e}T00:00:00Z`)+t*864e5).toISOString().slice(0,10)}function gg(e,t){let r=[];for(let o=e;o<t;o=tn(o,1))r.push(o);return r}function dP(e,t){let r=e.provider(t)?.credit?.usd;return r===void 0?void 0:de(r)}function y$(e,t,r){if(r.credits!==void 0){let o=dP(e,t);if(!o)throw new J(`${t} reports money in credits, but the catalog has no credit value for ${t}`,void 0,`add \`credit.usd\` to the ${t} catalog`);return de(r.credits).times(o)}if(r.amountUsd===void 0)throw new TypeError(`${t}: an amount needs \`amountUsd\` or \`credits\``);return de(r.amountUsd)}var vg="25";function bg(e){let t=/^\s*(\d+(?:\.\d+)?)\s*%?\s*$/.exec(e);return t?de(t[1]):null}var fP=/^\d{4}-\d{2}-\d{2}$/,pP=864e5;function yg(e,t,r,o){let n=mP(r),i=n*24,a=Cn[e.period],s=new Set(t.providers.map(x=>x.toLowerCase())),u=new Map,c=[];for(let x of e.manifests){let F=x.reconcile?.maxVariance;for(let B of x.workloads){let W=B.provider.trim().toLowerCase();if(!s.has(W))continue;let re=gP(o.catalog,W,B);if(re===void 0){c.push(hP(B,x.file,o.maxVariance??F??de(vg)));continue}let Q=`${W}\0${re.toLowerCase()}`,ee=u.get(Q);ee||u.set(Q,ee={provider:W,model:re,workloads:[],rows:[]}),ee.workloads.push({w:B,file:x.file,maxVariance:F})}}let l=new Map,f=new Map;for(let x of t.rows){let F=x.provider.toLowerCase();if(!s.has(F)||x.date<r.startDate||x.date>=r.beforeDate)continue;let B=x.model===void 0?void 0:w$(o.catalog,F,x.model),W=B===void 0?void 0:u.get(`${F}\0${B.toLowerCase()}`),re=f.get(x.date);re||f.set(x.date,re={billed:[],unplanned:[]});let Q=$g(o.catalog,x);if(re.billed.push(Q),W)W.rows.push(x);else{re.unplanned.push(Q);let ee=`${F}\0${x.model??""}`;l.set(ee,[...l.get(ee)??[],x])}}let p=[...u.values()].map(x=>vP(x,o,i,a)),g=[...l.values()].map(x=>wP(o.catalog,x)).sort(xP),v=[...p,...c],h=Se(g.map(x=>x.billedUsd)),y=Se(v.flatMap(x=>x.plannedUsd?[x.plannedUsd]:[])),_=qe(y,n),$=gg(r.startDate,r.beforeDate).map(x=>({date:x,plannedUsd:_,billedUsd:Se(f.get(x)?.billed??[]),unplannedUsd:Se(f.get(x)?.unplanned??[])}));return{window:{startDate:r.startDate,beforeDate:r.beforeDate,days:n},period:e.period,prorate:{hours:i,periodHours:a},lines:v,unplanned:g,plannedUsd:y,billedUsd:Se([...v.map(x=>x.billedUsd),h]),unplannedUsd:h,daily:$,verdict:v.some(x=>x.verdict==="fail")?"fail":"pass"}}function mP(e){for(let r of["startDate","beforeDate"]){let o=e[r];if(!fP.test(o)||Number.isNaN(Date.parse(`${o}T00:00:00Z`)))throw new J(`the window's ${r} must be a date as YYYY-MM-DD, got ${JSON.stringify(o)}`)}let t=Math.round((Date.parse(e.beforeDate)-Date.parse(e.startDate))/pP);if(t<1)throw new J(`the window ends (${e.beforeDate}, exclusive) before it starts (${e.startDate})`,void 0,"give an end after the start");return t}function gP(e,t,r){return t==="runpod"?r.endpointId:r.model===void 0?void 0:w$(e,t,r.model)}function w$(e,t,r){if(t==="runpod")return r;let o=e.model(t,r);return o&&!o.architecture?o.model.id:r.trim()}function hP(e,t,r){return{provider:e.provider,model:e.model??"",billedAs:[],workloads:[x$(e,t)],plannedUsd:null,billedUsd:Jt,differenceUsd:null,ratio:null,variancePercent:null,maxVariance:r,verdict:"unmatched",reasons:["Runpod bills per endpoint: add `endpointId` to the workload to match its billed spend"]}}var x$=(e,t)=>({file:t,name:e.name,...e.location?.line!==void 0?{line:e.location.line}:{}}),hg=(e,t,r)=>qe(e.times(t),r);function vP(e,t,r,o){let n=e.workloads.map(B=>B.maxVariance).filter(B=>B!==void 0),i=t.maxVariance??(n.length?bP(n):de(vg)),a=e.workloads.filter(({w:B})=>B.cost===null),s=a.length?null:Se(e.workloads.map(({w:B})=>B.cost)),u=s&&hg(s,r,o),c=Se(e.rows.map(B=>$g(t.catalog,B))),l=e.provider==="runway",f=l&&!a.length&&e.workloads.every(({w:B})=>B.credits!==null)?hg(Se(e.workloads.map(({w:B})=>B.credits)),r,o):null,p=l?Se(e.rows.filter(B=>B.credits!==void 0).map(B=>de(B.credits))):void 0,g=u&&ki(c,u),v=u&&!u.isZero()?qe(c,u):null,h=u&&!u.isZero()?qe(g.times(100),u):null,y=[],_="pass";u?h===null?c.isZero()||(_="fail",y.push(`billed ${Qe(c)} against a plan of $0`)):h.abs().greaterThan(i)&&(_="fail",y.push(`billed ${Qe(c)} against ${Qe(u)} planned for the window: ${yr(h,{sign:!0})}, more than the ${i.toFixed()}% allowed`)):(_="unpriced",y.push(`${a.map(({w:B})=>B.name).join(", ")}: unpriced, so the bill cannot be judged against the plan`));let $=e.provider==="fal"?yP(e):void 0;$&&!$.comparable?y.push(`fal billed ${$.billedUnit} where the plan counts ${$.plannedUnit}: the unit prices are not compared`):$&&$.variancePercent.abs().greaterThan(i)&&(_=_==="unpriced"?_:"fail",y.push(`unit price billed ${$.billed.toFixed()} per ${$.billedUnit??$.plannedUnit} against ${$.planned.toFixed()} per ${$.plannedUnit} planned: ${yr($.variancePercent,{sign:!0})}, more than the ${i.toFixed()}% allowed`));let x=e.provider==="fal"?$P(e,r,o):void 0,F=[...new Set(e.rows.map(B=>B.model))].filter(B=>B!==e.model).sort();return{provider:e.provider,model:e.model,billedAs:F,workloads:e.workloads.map(({w:B,file:W})=>x$(B,W)),plannedUsd:u,billedUsd:c,...l?{plannedCredits:f,billedCredits:p}:{},differenceUsd:g,ratio:v,variancePercent:h,...$?{unitPrice:$}:{},...x?{quantity:x}:{},maxVariance:i,verdict:_,reasons:y}}function bP(e){return e.reduce((t,r)=>r.lessThan(t)?r:t)}function $g(e,t){return y$(e,t.provider.toLowerCase(),t.credits!==void 0?{credits:t.credits}:{amountUsd:t.amountUsd})}function yP(e){let t=e.workloads.map(({w:f})=>f.lines[0]?.rate),r=t[0];if(!r||r.amount===null||t.some(f=>!f||f.amount!==r.amount||f.per!==r.per||f.unit!==r.unit))return;let o=qe(de(r.amount),r.per),n=e.rows.filter(f=>f.units);if(!n.length||o.isZero())return;let i=new Set(n.map(f=>f.units.unitPrice===void 0?void 0:de(f.units.unitPrice).toFixed())),a=new Set(n.map(f=>f.units.unit)),s,[u]=i;if(i.size===1&&u!==void 0)s=de(u);else{let f=Se(n.map(p=>de(p.units.quantity)));if(f.isZero())return;s=qe(Se(n.map(p=>de(p.amountUsd??"0"))),f)}let[c]=a,l=a.size===1?c:void 0;return{...l!==void 0?{billedUnit:l}:{},plannedUnit:r.unit,comparable:l===void 0||$$(l)===$$(r.unit),billed:s,planned:o,variancePercent:qe(ki(s,o).times(100),o)}}function $$(e){return e.trim().toLowerCase().replace(/[\s-]+/g,"_").replace(/s$/,"")}function $P(e,t,r){let o=e.rows.filter(u=>u.units);if(!o.length)return;let n=Se(o.map(u=>de(u.units.quantity))),i=e.workloads.map(({w:u})=>u.lines[0]),a=i[0]?.unit,s=a!==void 0&&i.every(u=>u?.unit===a)?hg(Se(i.map(u=>u.billedQuantity)),t,r):null;return{billed:n,planned:s,ratio:s&&!s.isZero()?qe(n,s):null}}function wP(e,t){let r=t[0],o=t.some(s=>s.credits!==void 0),n=t.filter(s=>s.units),i=new Set(n.map(s=>s.units.unit)),[a]=i;return{provider:r.provider.toLowerCase(),model:r.model??null,billedUsd:Se(t.map(s=>$g(e,s))),...o?{billedCredits:Se(t.filter(s=>s.credits!==void 0).map(s=>de(s.credits)))}:{},...n.length?{quantity:{...i.size===1&&a!==void 0?{unit:a}:{},billed:Se(n.map(s=>de(s.units.quantity)))}}:{}}}function xP(e,t){let r=t.billedUsd.comparedTo(e.billedUsd);if(r)return r;let o=`${e.provider} ${e.model??""}`,n=`${t.provider} ${t.model??""}`;return o<n?-1:o>n?1:0}function wg(e){let t=r=>e.days.some(o=>o.credits!==void 0)?{credits:r}:{amountUsd:r};return e.days.flatMap(r=>{let o=Object.entries(r.byModel??{}),n=o.map(([a,s])=>{let u=r.units?.[a];return{provider:e.provider,model:a,date:r.date,...t(s),...u?{units:u}:{}}}),i=ki(de(r.credits??r.amountUsd),Se(o.map(([,a])=>de(a))));return(!i.isZero()||!o.length)&&n.push({provider:e.provider,date:r.date,...t(i.toFixed())}),n})}var S$=2,yc=e=>e==null?null:Fe(e),k$=e=>e===null?null:e.toFixed(2),_$=e=>e===null?null:e.toFixed(4);function xg(e,t){let r=t.filter(o=>o.error);return{version:S$,status:r.length?"error":e.verdict,window:e.window,period:e.period,prorate:{hours:e.prorate.hours,periodHours:e.prorate.periodHours,fraction:`${e.prorate.hours}/${e.prorate.periodHours}`},providers:t.map(({provider:o,...n})=>({provider:o,status:n.error?"error":"ok",...n})),totals:{plannedUsd:Fe(e.plannedUsd),billedUsd:Fe(e.billedUsd),unplannedUsd:Fe(e.unplannedUsd)},workloads:e.lines.map(kP),unplanned:e.unplanned.map(_P),daily:e.daily.map(o=>({date:o.date,plannedUsd:Fe(o.plannedUsd),billedUsd:Fe(o.billedUsd),unplannedUsd:Fe(o.unplannedUsd)}))}}function kP(e){return{provider:e.provider,model:e.model,billedAs:e.billedAs,workloads:e.workloads,verdict:e.verdict,plannedUsd:yc(e.plannedUsd),billedUsd:Fe(e.billedUsd),...e.billedCredits!==void 0?{plannedCredits:yc(e.plannedCredits),billedCredits:Fe(e.billedCredits)}:{},differenceUsd:yc(e.differenceUsd),ratio:_$(e.ratio),variancePercent:k$(e.variancePercent),maxVariancePercent:Fe(e.maxVariance),...e.unitPrice?{unitPrice:{billedUnit:e.unitPrice.billedUnit??null,plannedUnit:e.unitPrice.plannedUnit,billedUsd:Fe(e.unitPrice.billed),plannedUsd:Fe(e.unitPrice.planned),variancePercent:k$(e.unitPrice.variancePercent),compared:e.unitPrice.comparable}}:{},...e.quantity?{quantity:{billed:Fe(e.quantity.billed),planned:yc(e.quantity.planned),ratio:_$(e.quantity.ratio)}}:{},reasons:e.reasons}}function _P(e){return{provider:e.provider,model:e.model,billedUsd:Fe(e.billedUsd),...e.billedCredits!==void 0?{billedCredits:Fe(e.billedCredits)}:{},...e.quantity?{quantity:{unit:e.quantity.unit??null,billed:Fe(e.quantity.billed)}}:{}}}var AP={pass:"ok",fail:"OVER",unpriced:"unpriced",unmatched:"unmatched"},A$=e=>e.workloads.map(t=>t.name).join(", "),IP=e=>e.billedAs.length?`${e.model} (billed as ${e.billedAs.join(", ")})`:e.model,SP=e=>e===null?"unpriced":Qe(e),P$=e=>e===null?"-":yr(e,{sign:!0}),I$=e=>`$${e.toSignificantDigits(6).toFixed()}`,PP=e=>e.unitPrice?`${I$(e.unitPrice.billed)}/${e.unitPrice.billedUnit??e.unitPrice.plannedUnit} vs ${I$(e.unitPrice.planned)}/${e.unitPrice.plannedUnit} (${P$(e.unitPrice.variancePercent)})`:"",RP=e=>e.quantity?`${ea(e.quantity.billed)} of ${e.quantity.planned?ea(e.quantity.planned.toDecimalPlaces(2)):"?"}`:"";function DP(e,t){let r=t.filter(i=>i.error),o=e.lines.filter(i=>i.verdict==="fail").length;return`genspend reconcile: ${r.length?`ERROR (${r.length} of ${t.length} providers could not be read: ${r.map(i=>i.provider).join(", ")})`:o?`OVER (${o} of ${e.lines.length} over the variance)`:"OK"}; ${e.window.startDate} to ${e.window.beforeDate} (exclusive), ${e.window.days} days = ${e.prorate.hours}/${e.prorate.periodHours} of a ${e.period}`}function kg(e,t){let r=To,o=[`### ${r(DP(e,t).replace(/^genspend reconcile: /,"Reconcile: "))}`,""];o.push("| | Workload | Provider | Model | Planned | Billed | Difference | Variance | fal unit price | fal quantity |"),o.push("|---|---|---|---|--:|--:|--:|--:|---|---|");for(let i of e.lines)o.push(`| ${AP[i.verdict]} | ${r(A$(i))} | ${r(i.provider)} | ${r(IP(i))} | ${SP(i.plannedUsd)} | ${Qe(i.billedUsd)} | ${i.differenceUsd?Qe(i.differenceUsd,{sign:!0}):"-"} | ${P$(i.variancePercent)} | ${r(PP(i))} | ${r(RP(i))} |`);if(o.push("",`Planned ${Qe(e.plannedUsd)}, billed ${Qe(e.billedUsd)} (unplanned ${Qe(e.unplannedUsd)}).`),e.unplanned.length){o.push("","**Unplanned spend** (models no manifest declares), largest first:","","| Provider | Model | Billed |","|---|---|--:|");for(let i of e.unplanned)o.push(`| ${r(i.provider)} | ${r(i.model??"(not split by model)")} | ${Qe(i.billedUsd)} |`)}let n=e.lines.flatMap(i=>i.reasons.map(a=>`- ${r(A$(i))}: ${r(a)}`));for(let i of t)i.error&&n.push(`- ${r(i.error.message)}`);return n.length&&o.push("",...n),o.push("",...EP(e)),o.join(`
`)+`
`}function EP(e){return[`**Planned against billed per day** (USD; bars: billed, unplanned spend included; line: the plan spread evenly, ${Qe(e.daily[0]?.plannedUsd??e.plannedUsd)} a day):`,"",b$({title:`Billed and planned per day, ${e.window.startDate} to ${e.daily.at(-1)?.date??e.window.startDate}`,x:e.daily.map(t=>t.date.slice(5)),yLabel:"USD",bars:[e.daily.map(t=>t.billedUsd)],lines:[e.daily.map(t=>t.plannedUsd)]})]}var TP=new Set(["rate-limited","unavailable","timeout","network"]),Zt=class e extends Error{name="ProviderError";kind;provider;status;retryable;retryAfterMs;constructor(t){super(t.message),this.kind=t.kind,this.provider=t.provider,t.status!==void 0&&(this.status=t.status),this.retryable=TP.has(t.kind),t.retryAfterMs!==void 0&&(this.retryAfterMs=t.retryAfterMs)}redact(t){let r=$c(this.message,t);if(r===this.message)return this;let o={kind:this.kind,provider:this.provider,message:r};return this.status!==void 0&&(o.status=this.status),this.retryAfterMs!==void 0&&(o.retryAfterMs=this.retryAfterMs),new e(o)}};function R$(e){return e instanceof Zt}function $c(e,t){let r=e;for(let o of t)o.length>=4&&(r=r.replace(new RegExp(OP(o),"giu"),"[redacted]"));return r}function OP(e){return e.replace(/[.*+?^${}()|[\]\\]/g,"\\$&")}var jt=class extends Error{constructor(r,o){super(o);this.kind=r}kind;name="TransportError"};function jn(e,t,r=!1){let o=`${r?"would take":"took"} longer than ${e.seconds} s (the deadline for one account read)`;return new jt("deadline",t?`${o}: ${t}`:o)}function UP(e){return e>=1024*1024&&e%(1024*1024)===0?`${e/(1024*1024)} MiB`:e>=1024&&e%1024===0?`${e/1024} KiB`:`${e} bytes`}function ui(e){return new jt("too-large",`the response is larger than ${UP(e)}, the size limit for one answer`)}var lr=class{constructor(t){this.text=t}text};function li(e){return NP.test(e)}var NP=/^-?[0-9]+$/;function wc(e){return zP.test(e)}var zP=/^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;function xc(e,t){if(li(e))return Number.isSafeInteger(Number.parseInt(e,10));let r=Number.parseFloat(e);if(Number.isInteger(r)&&!Number.isSafeInteger(r))return!1;let o=String(r);if(e===o)return!0;let n=D$(e),i=D$(o);return!!(n===i||t?.approx===!0&&i.length>=14&&n.startsWith(i.substring(0,14)))}var dr=(function(e){return e.underflow="underflow",e.overflow="overflow",e.truncate_integer="truncate_integer",e.truncate_float="truncate_float",e})({});function _g(e){if(xc(e,{approx:!1}))return;if(li(e))return dr.truncate_integer;let t=Number.parseFloat(e);return Number.isFinite(t)?t===0?dr.underflow:dr.truncate_float:dr.overflow}function D$(e){let{start:t,end:r}=CP(e),o=e.substring(t,r),n=o.indexOf(".");return n===-1?o:o.substring(0,n)+o.substring(n+1)}function CP(e){let t=0;for(e[0]==="-"&&t++;e[t]==="0"||e[t]===".";)t++;let r=e.lastIndexOf("e");for(r===-1&&(r=e.lastIndexOf("E")),r===-1&&(r=e.length);(e[r-1]==="0"||e[r-1]===".")&&r>t;)r--;return{start:t,end:r}}var E$=Symbol.for("lossless-json.LosslessNumber"),fr=class{value;isLosslessNumber=!0;get[E$](){return!0}constructor(t){if(!wc(t))throw new Error(`Invalid number (value: "${t}")`);this.value=t}valueOf(){let t=_g(this.value);if(t===void 0||t===dr.truncate_float)return Number.parseFloat(this.value);if(li(this.value))return BigInt(this.value);throw new Error(`Cannot safely convert to number: the value '${this.value}' would ${t} and become ${Number.parseFloat(this.value)}`)}toString(){return this.value}};function di(e){return e!==null&&typeof e=="object"&&e[E$]===!0}function Ag(e){return new fr(e)}function T$(e,t){return Ig({"":e},"",e,t)}function Ig(e,t,r,o){return Array.isArray(r)?o.call(e,t,LP(r,o)):r&&typeof r=="object"&&!di(r)?o.call(e,t,FP(r,o)):o.call(e,t,r)}function FP(e,t){for(let r of Object.keys(e)){let o=Ig(e,r,e[r],t);o!==void 0?e[r]=o:delete e[r]}return e}function LP(e,t){for(let r=0;r<e.length;r++){let o=Ig(e,String(r),e[r],t);o===void 0?delete e[r]:e[r]=o}return e}function Rg(e,t,r){let o=typeof r=="function"?{parseNumber:r}:r,n=o?.parseNumber??Ag,i=o?.onDuplicateKey??re,a=0,s=l();return _(s),x(),t?T$(s,t):s;function u(){if(e.charCodeAt(a)===GP){a++,p();let X={},ge=!0;for(;a<e.length&&e.charCodeAt(a)!==N$;){ge?ge=!1:(h(),p());let ze=a,_e=g();if(_e===void 0){W();return}p(),y();let ot=l();if(ot===void 0){xe();return}if(Object.prototype.hasOwnProperty.call(X,_e)&&!Pg(ot,X[_e])){let gt=i({key:_e,position:ze+1,oldValue:X[_e],newValue:ot});gt!==void 0&&O$(X,_e,gt)}else O$(X,_e,ot)}return e.charCodeAt(a)!==N$&&Q(),a++,X}}function c(){if(e.charCodeAt(a)===KP){a++,p();let X=[],ge=!0;for(;a<e.length&&e.charCodeAt(a)!==z$;){ge?ge=!1:h();let ze=l();$(ze),X.push(ze)}return e.charCodeAt(a)!==z$&&ee(),a++,X}}function l(){p();let X=g()??v()??u()??c()??f("true",!0)??f("false",!1)??f("null",null);return p(),X}function f(X,ge){if(e.slice(a,a+X.length)===X)return a+=X.length,ge}function p(){for(;MP(e.charCodeAt(a));)a++}function g(){if(e.charCodeAt(a)===Sg){a++;let X="";for(;a<e.length&&e.charCodeAt(a)!==Sg;){if(e.charCodeAt(a)===VP){let ge=e[a+1],ze=ZP[ge];ze!==void 0?(X+=ze,a++):ge==="u"?kc(e.charCodeAt(a+2))&&kc(e.charCodeAt(a+3))&&kc(e.charCodeAt(a+4))&&kc(e.charCodeAt(a+5))?(X+=String.fromCharCode(Number.parseInt(e.slice(a+2,a+6),16)),a+=5):ke(a):ve(a)}else BP(e.charCodeAt(a))?X+=e[a]:D(e[a]);a++}return B(),a++,X}}function v(){let X=a;if(e.charCodeAt(a)===C$&&(a++,F(X)),e.charCodeAt(a)===Dg)a++;else if(qP(e.charCodeAt(a)))for(a++;_c(e.charCodeAt(a));)a++;else return;if(e.charCodeAt(a)===t4)for(a++,F(X);_c(e.charCodeAt(a));)a++;if(e.charCodeAt(a)===a4||e.charCodeAt(a)===o4)for(a++,(e.charCodeAt(a)===C$||e.charCodeAt(a)===YP)&&a++,F(X);_c(e.charCodeAt(a));)a++;if(a>X)return n(e.slice(X,a))}function h(){if(e.charCodeAt(a)!==e4)throw new SyntaxError(`Comma ',' expected after value ${C()}`);a++}function y(){if(e.charCodeAt(a)!==n4)throw new SyntaxError(`Colon ':' expected after property name ${C()}`);a++}function _(X){if(X===void 0)throw new SyntaxError(`JSON value expected ${C()}`)}function $(X){if(X===void 0)throw new SyntaxError(`Array item expected ${C()}`)}function x(){if(a<e.length)throw new SyntaxError(`Expected end of input ${C()}`)}function F(X){if(!_c(e.charCodeAt(a))){let ge=e.slice(X,a);throw new SyntaxError(`Invalid number '${ge}', expecting a digit ${C()}`)}}function B(){if(e.charCodeAt(a)!==Sg)throw new SyntaxError(`End of string '"' expected ${C()}`)}function W(){throw new SyntaxError(`Quoted object key expected ${C()}`)}function re({key:X,position:ge}){throw new SyntaxError(`Duplicate key '${X}' encountered at position ${ge}`)}function Q(){throw new SyntaxError(`Quoted object key or end of object '}' expected ${C()}`)}function ee(){throw new SyntaxError(`Array item or end of array ']' expected ${C()}`)}function D(X){throw new SyntaxError(`Invalid character '${X}' ${S()}`)}function ve(X){let ge=e.slice(X,X+2);throw new SyntaxError(`Invalid escape character '${ge}' ${S()}`)}function xe(){throw new SyntaxError(`Object value expected after ':' ${S()}`)}function ke(X){let ge=e.slice(X,X+6);throw new SyntaxError(`Invalid unicode character '${ge}' ${S()}`)}function S(){return`at position ${a}`}function P(){return a<e.length?`but got '${e[a]}'`:"but reached end of input"}function C(){return`${P()} ${S()}`}}function O$(e,t,r){t==="__proto__"?Object.defineProperty(e,t,{value:r,writable:!0,enumerable:!0,configurable:!0}):e[t]=r}function MP(e){return e===HP||e===WP||e===JP||e===XP}function kc(e){return e>=Dg&&e<=Eg||e>=r4&&e<=s4||e>=i4&&e<=c4}function _c(e){return e>=Dg&&e<=Eg}function qP(e){return e>=QP&&e<=Eg}function BP(e){return e>=32&&e<=1114111}function Pg(e,t){return e===t?!0:Array.isArray(e)&&Array.isArray(t)?e.length===t.length&&e.every((r,o)=>Pg(r,t[o])):U$(e)&&U$(t)?[...new Set([...Object.keys(e),...Object.keys(t)])].every(o=>Pg(e[o],t[o])):!1}function U$(e){return typeof e=="object"&&e!==null}var ZP={'"':'"',"\\":"\\","/":"/",b:"\b",f:"\f",n:`
`,r:"\r",t:"	"},VP=92,GP=123,N$=125,KP=91,z$=93,HP=32,WP=10,JP=9,XP=13,Sg=34,YP=43,C$=45,Dg=48,QP=49,Eg=57,e4=44,t4=46,n4=58,r4=65,i4=97,o4=69,a4=101,s4=70,c4=102;var u4=/^(mon|tue|wed|thu|fri|sat|sun)[a-z]*,? .*\d{1,2}:\d{2}:\d{2}/i;function Ac(e,t){if(e===void 0)return;let r=e.trim(),o;if(/^\d+(\.\d+)?$/.test(r))o=Math.round(Number(r)*1e3);else if(u4.test(r)){let n=Date.parse(r);Number.isNaN(n)||(o=Math.max(0,n-t))}return o!==void 0&&Number.isFinite(o)&&o<=864e5?o:void 0}var F$=[{pattern:/user is locked/i,kind:"locked"},{pattern:/not have enough credits|insufficient (credits|balance|funds)/i,kind:"insufficient-credits"},{pattern:/daily task limit/i,kind:"daily-limit"}];function L$(e){return F$.some(t=>t.pattern.test(e))}var l4=/unauthori[sz]ed|invalid api[ _-]?key|api[ _-]?key (is )?(invalid|missing|not valid)|authentication (failed|required)/i,j$=300;function d4(e){if(e instanceof lr)return e.text.trimStart().startsWith("<")?void 0:Fn(e.text);if(typeof e=="string")return Fn(e);if(!pr(e))return;let{error:t,errors:r,detail:o,message:n}=e;if(typeof t=="string")return Fn(t);if(pr(t)&&typeof t.message=="string")return Fn(t.message);if(Array.isArray(r)&&pr(r[0])){let i=r[0],a=[i.code,i.message].filter(s=>typeof s=="string").join(": ");return a?Fn(a):void 0}if(typeof o=="string")return Fn(o);if(Array.isArray(o)&&pr(o[0])&&typeof o[0].msg=="string")return Fn(o[0].msg);if(typeof n=="string")return Fn(n)}function M$(e){return pr(e)&&Array.isArray(e.errors)&&e.errors.length>0}function Tg(e,t,r,o={},n=Date.now()){let i=d4(r),a=i?`: ${i}`:"",s=`(HTTP ${t})`,u=Ac(o["retry-after"],n),c=(f,p)=>new Zt({kind:f,provider:e.provider,status:t,message:`${e.provider} ${e.endpoint}: ${p}`,...u!==void 0&&(f==="rate-limited"||f==="unavailable")?{retryAfterMs:u}:{}});switch((i?F$.find(f=>f.pattern.test(i)):void 0)?.kind){case"locked":return c("locked",`the account is locked ${s}${a}. Top up the balance; retrying will not help`);case"insufficient-credits":return c("insufficient-credits",`not enough credits ${s}${a}. Buy credits before submitting work`);case"daily-limit":return c("daily-limit",`the daily generation limit is reached ${s}${a}. Wait for the rolling 24 hours to pass or move to a higher usage tier`)}if(t===401||t===403)return e.admin?c("admin-key-required",`this endpoint needs an ADMIN API key; the key given was refused ${s}${a}. Create a key with the Admin scope`):c("auth",`the API key was refused ${s}${a}. Check the key`);if(t===404)return c("not-found",`not found ${s}${a}`);if(t===429){let f=u!==void 0?`, retry after ${Math.ceil(u/1e3)} s`:"";return c("rate-limited",`rate limited ${s}${f}${a}`)}return t>=500?c("unavailable",`the provider is unavailable ${s}${a}`):i&&l4.test(i)?c("auth",`the API key was refused ${s}${a}. Check the key`):t>=400?c("bad-request",`the request was rejected ${s}${a}`):c("bad-response",`the provider answered with an error ${s}${a}`)}function Be(e,t,r){return new Zt({kind:"bad-response",provider:e.provider,message:`${e.provider} ${e.endpoint}: ${t}`,...r!==void 0?{status:r}:{}})}function pr(e){return typeof e=="object"&&e!==null&&!Array.isArray(e)}function Fn(e){let t=e.replace(/\s+/g," ").trim();if(t)return t.length>j$?`${t.slice(0,j$)}...`:t}function q$(e){try{return Rg(e,null,{parseNumber:t=>xc(t)?Number(t):new fr(t),onDuplicateKey:({newValue:t})=>t})}catch{return new lr(e)}}function Ze(e){return(t,r,o={})=>{if(t===404&&e.onNotFound)return e.onNotFound();if(t<200||t>299)throw Tg(e,t,r,o);if(r instanceof lr)throw Be(e,"the response is not valid JSON (truncated or not JSON)",t);if(e.errorsInBody&&M$(r))throw Tg(e,t,r,o);return e.map(Ic(e,e.schema,r))}}function Ic(e,t,r){let o=t.safeParse(r);if(o.success)return o.data;let n=o.error.issues.slice(0,3).map(i=>{let a=f4(i.path);return a&&p4(r,i.path)===void 0?`missing field ${a}`:`${a?`field ${a}`:"response"}: ${i.message}`});throw Be(e,n.join("; "))}function f4(e){let t="";for(let r of e)typeof r=="number"?t+=`[${r}]`:typeof r=="string"&&/^[A-Za-z_$][\w$]*$/.test(r)?t+=t?`.${r}`:r:t+=`[${JSON.stringify(String(r))}]`;return t}function p4(e,t){let r=e;for(let o of t)if(Array.isArray(r)&&typeof o=="number")r=r[o];else if(pr(r)&&typeof o=="string")r=r[o];else return;return r}async function Ve(e,t,r){let o=v4(t),n;try{if(n=await e(t),n.bodyText.length>16777216)throw ui(16777216)}catch(i){throw g4(t,i).redact(o)}try{return r(n.status,q$(n.bodyText),n.headers)}catch(i){throw i instanceof Zt?i.redact(o):i}}var m4={timeout:"timeout",network:"network",deadline:"timeout","too-large":"bad-response"};function g4(e,t){let r=t instanceof jt?m4[t.kind]:"network",o=t instanceof Error?t.message:String(t);return new Zt({kind:r,provider:e.provider,message:`${e.provider} ${e.endpoint}: ${o}`})}var h4=/^(authorization|x-api-key|x-key|api-key|cookie)$/i;function v4(e){let t=[];for(let[r,o]of Object.entries(e.headers)){if(!h4.test(r))continue;t.push(o);let n=/^\S+\s+(.+)$/.exec(o)?.[1];n&&t.push(n)}return t.sort((r,o)=>o.length-r.length)}function mn(e){if(typeof e?.apiKey!="string"||e.apiKey.trim()==="")throw new TypeError("Expected `apiKey` to be a non-empty string.")}var fi=class extends TypeError{constructor(r,o,n,i){super(`Expected \`${r}\` to be ${o}, got ${n}.${i?` Fix: ${i}.`:""}`);this.option=r;this.expected=o;this.got=n;this.fix=i}option;expected;got;fix};function b4(e){return e.replace(/^([a-z][a-z\d+.-]*:\/\/)?.*@/is,"$1[redacted]@")}function Xe(e,t,r="baseUrl"){if(e===void 0)return t;let o=typeof e=="string"?JSON.stringify(b4(e)):String(e);if(typeof e!="string"||!/^https?:\/\/[^\s/]+/.test(e))throw new fi(r,'an http(s) URL such as "https://api.example.com"',o);if(e.includes("@"))throw new fi(r,"an http(s) URL without a user name or password",o,`remove the "user:password@" part; genspend sends the API key in the provider's own header`);return e.replace(/\/+$/,"")}function mr(e){let t=[];for(let[r,o]of Object.entries(e))for(let n of typeof o=="string"?[o]:o??[])t.push(`${r}=${y4(n)}`);return t.length?`?${t.join("&")}`:""}function gr(e){return encodeURIComponent(e).replace(/%3A/gi,":").replace(/%40/g,"@")}function y4(e){return encodeURIComponent(e).replace(/%2F/gi,"/").replace(/%2C/gi,",").replace(/%3A/gi,":").replace(/%40/g,"@")}function It(e,t,r,o,n){let i=n===void 0?void 0:JSON.stringify(n);return Object.freeze({provider:e.provider,endpoint:e.endpoint,method:t,url:r,headers:Object.freeze({Accept:"application/json",...i!==void 0?{"Content-Type":"application/json"}:{},...o}),...i!==void 0?{body:i}:{}})}function Ln(e,t){if(typeof e!="string"||e.trim()==="")throw new TypeError(`Expected ${t}, got ${JSON.stringify(e)??String(e)}.`);return e.trim()}function Z$(e,t){let{sleep:r,retries:o=3,baseDelayMs:n=500,maxDelayMs:i=3e4,random:a=Math.random,now:s=Date.now}=t;if(Ug("retries",o),Ug("baseDelayMs",n),Ug("maxDelayMs",i),typeof r!="function")throw new TypeError("Expected `sleep` to be a function (ms) => Promise<void>.");let u=l=>Math.min(i,n*2**l*(1+a()));return async(l,f={})=>{let{deadline:p}=f;for(let g=0;g<o;g++){B$(p);let v;try{let h=await e(l,f);if(v=c(h,g),v===void 0)return h}catch(h){if(!(h instanceof jt)||h.kind!=="timeout"&&h.kind!=="network")throw h;let y=u(g);v={ms:y,why:`${h.message}; the next attempt was due in ${Og(y)}`}}if(p&&v.ms>=p.remainingMs())throw jn(p,v.why,!0);await r(v.ms)}return B$(p),e(l,f)};function c(l,f){if(l.status!==429&&l.status<500||L$(l.bodyText))return;let p=Ac(l.headers["retry-after"],s());if(p===void 0){let g=u(f);return{ms:g,why:`HTTP ${l.status}; the next attempt was due in ${Og(g)}`}}if(!(p>i))return{ms:p,why:`HTTP ${l.status} with Retry-After ${Og(p)}`}}}function B$(e){if(e&&e.remainingMs()<=0)throw jn(e)}function Og(e){return`${Math.round(e/100)/10} s`}function Ug(e,t){if(!Number.isInteger(t)||t<0)throw new TypeError(`Expected \`${e}\` to be a non-negative integer, got ${String(t)}.`)}function Ng(e){let{fetch:t,timeoutMs:r=1e4,timeoutSignal:o=s=>AbortSignal.timeout(s),maxResponseBytes:n=16777216,...i}=e;if(typeof t!="function")throw new TypeError("Expected `fetch` to be a function, such as the global fetch of Node 20.");if(!Number.isInteger(r)||r<=0)throw new TypeError(`Expected \`timeoutMs\` to be a positive integer, got ${String(r)}.`);if(!Number.isInteger(n)||n<=0)throw new TypeError(`Expected \`maxResponseBytes\` to be a positive integer, got ${String(n)}.`);return Z$(async(s,u={})=>{let{deadline:c}=u,l=c?Math.ceil(c.remainingMs()):1/0;if(c&&l<=0)throw jn(c);let f=Math.min(r,l);try{let p=await t(s.url,{method:s.method,headers:{...s.headers},...s.body!==void 0?{body:s.body}:{},signal:o(f)}),g={};p.headers.forEach((h,y)=>g[y.toLowerCase()]=h);let v=await $4(p,g["content-length"],n);return{status:p.status,headers:g,bodyText:v}}catch(p){throw w4(p,f,f<r?c:void 0)}},i)}async function $4(e,t,r){let o=e.body?.getReader();if(t!==void 0&&/^\d+$/.test(t.trim())&&Number(t)>r)throw await o?.cancel().catch(()=>{}),ui(r);if(e.body===void 0){let s=await e.text();if(s.length>r)throw ui(r);return s}if(!o)return"";let n=new TextDecoder("utf-8"),i="",a=0;for(;;){let{done:s,value:u}=await o.read();if(s)return i+n.decode();if(a+=u?.byteLength??0,a>r)throw await o.cancel().catch(()=>{}),ui(r);i+=n.decode(u,{stream:!0})}}function w4(e,t,r){if(e instanceof jt)return e;let o=e?.name;if(o==="TimeoutError"||o==="AbortError")return r?jn(r,`no response within the ${t} ms that were left`):new jt("timeout",`no response within ${t} ms`);let n=e instanceof Error?e.message:String(e),i=e?.cause,a=typeof i?.code=="string"?i.code:typeof i?.message=="string"?i.message:void 0;return new jt("network",`network error: ${n}${a?` (${a})`:""}`)}var V$=Qo,We=V$.clone({precision:40,rounding:V$.ROUND_HALF_UP,toExpNeg:-40,toExpPos:40}),x4=/^-?\d+(\.\d+)?$/,Oo=b.union([b.number().transform(e=>String(e)),b.custom(di,"expected a number").transform(e=>e.value)]),Oe=b.union([Oo,b.string().trim().regex(x4,"expected a decimal amount")]).transform(e=>new We(e).toFixed());var k4=/^(\d{4})-(\d{2})-(\d{2})$/;function Mn(e){let t=new Map,r=e.some(o=>o.credits!==void 0)?"credits":"amountUsd";for(let o of e){let n=t.get(o.date);n||t.set(o.date,n={total:new We(0),byModel:new Map,units:new Map});let i=o.credits??o.amountUsd;n.total=n.total.plus(i),o.model!==void 0&&n.byModel.set(o.model,(n.byModel.get(o.model)??new We(0)).plus(i)),o.model!==void 0&&o.units&&_4(n.units,o.model,o.units)}return[...t.entries()].sort(([o],[n])=>o<n?-1:o>n?1:0).map(([o,n])=>({date:o,[r]:n.total.toFixed(),...n.byModel.size?{byModel:Object.fromEntries([...n.byModel].map(([i,a])=>[i,a.toFixed()]))}:{},...n.units.size?{units:Object.fromEntries([...n.units].map(([i,a])=>[i,I4(a)]))}:{}}))}function _4(e,t,r){let o=e.get(t);if(!o){e.set(t,{quantity:new We(r.quantity),unit:r.unit,unitPrice:r.unitPrice});return}o.quantity=o.quantity.plus(r.quantity),o.unit!==r.unit&&(o.unit=null),o.unitPrice!==null&&!A4(o.unitPrice,r.unitPrice)&&(o.unitPrice=null)}function A4(e,t){return e===void 0?t===void 0:t!==void 0&&new We(e).equals(t)}function I4(e){return{...e.unit?{unit:e.unit}:{},quantity:e.quantity.toFixed(),...e.unitPrice?{unitPrice:e.unitPrice}:{}}}function pi(e){let t=e.slice(0,10);return qn(t)?t:void 0}function qn(e){let t=k4.exec(e);return t?new Date(Date.UTC(Number(t[1]),Number(t[2])-1,Number(t[3]))).toISOString().slice(0,10)===e:!1}function Vt(e){for(let t of["startDate","beforeDate"]){let r=e?.[t];if(typeof r!="string"||!qn(r))throw new TypeError(`Expected \`${t}\` to be a UTC date as YYYY-MM-DD, got ${JSON.stringify(r)}.`)}if(e.beforeDate<=e.startDate)throw new RangeError(`Expected \`beforeDate\` (${e.beforeDate}) to be after \`startDate\` (${e.startDate}): the window is end-exclusive.`);return e}function G$(e,t){if(!Number.isInteger(t)||t<=0)throw new TypeError(`Expected \`days\` to be a positive integer, got ${String(t)}.`);if(typeof e!="string"||!qn(e))throw new TypeError(`Expected \`today\` to be a UTC date as YYYY-MM-DD, got ${JSON.stringify(e)}.`);return Vt({startDate:tn(e,-t),beforeDate:e})}var S4=100;async function Pc(e,t,r=S4){let o=[],n=new Set,i;for(let a=0;a<r;a++){let s=await t(i);if(o.push(...s.items),s.nextCursor===void 0)return o;if(n.has(s.nextCursor))throw Be(e,`pagination returned cursor ${JSON.stringify(s.nextCursor)} twice`);n.add(s.nextCursor),i=s.nextCursor}throw Be(e,`pagination did not end after ${r} pages`)}function K$(e,t){let r=[];for(let o=0;o<e.length;o+=t)r.push(e.slice(o,o+t));return r}var P4="https://api.fal.ai",zg=50,X$={provider:"fal",endpoint:"/v1/account/billing",admin:!0},mi={provider:"fal",endpoint:"/v1/models/usage",admin:!0},Rc={provider:"fal",endpoint:"/v1/models/pricing"},gi={provider:"fal",endpoint:"/v1/models/billing-events",admin:!0};function Dc(e,t,r){return mn(t),It(e,"GET",`${Xe(t.baseUrl,P4)}${r}`,{Authorization:`Key ${t.apiKey}`})}function H$(e){return Dc(X$,e,`/v1/account/billing${mr({expand:"credits"})}`)}function R4(e,t,r={}){let{startDate:o,beforeDate:n}=Vt(t),i=mr({start:`${o}T00:00:00Z`,end:`${n}T00:00:00Z`,timeframe:"day",timezone:"UTC",expand:["time_series","summary"],cursor:r.cursor});return Dc(mi,e,`/v1/models/usage${i}`)}function D4(e,t,r={}){if(t.length<1||t.length>zg)throw new RangeError(`Expected 1 to ${zg} endpoint ids per pricing request, got ${t.length}.`);return Dc(Rc,e,`/v1/models/pricing${mr({endpoint_id:t.join(","),cursor:r.cursor})}`)}function E4(e,t,r){let o=Ln(t,"a fal request id");if(typeof r?.start!="string"||Number.isNaN(Date.parse(r.start)))throw new TypeError(`Expected \`start\` to be an ISO timestamp, got ${JSON.stringify(r?.start)}.`);return Dc(gi,e,`/v1/models/billing-events${mr({request_id:o,start:r.start,cursor:r.cursor})}`)}var Cg=b.literal("USD"),jg={next_cursor:b.string().nullable().optional(),has_more:b.boolean().optional()},T4=Ze({...X$,schema:b.object({credits:b.object({current_balance:Oe,currency:Cg.optional()})}),map:({credits:e})=>({provider:"fal",amountUsd:e.current_balance,currency:"USD"})}),W$=b.object({endpoint_id:b.string(),unit:b.string().optional(),quantity:Oe.optional(),unit_price:Oe.optional(),cost:Oe.optional(),cost_total:Oe.optional(),currency:Cg.optional()}),O4=Ze({...mi,schema:b.object({time_series:b.array(b.object({bucket:b.string(),results:b.array(W$)})).optional(),summary:b.array(W$).optional(),...jg}),map:e=>{let t=(e.time_series??[]).flatMap((o,n)=>{let i=pi(o.bucket);if(!i)throw Be(mi,`field time_series[${n}].bucket: expected a timestamp, got ${JSON.stringify(o.bucket)}`);return o.results.map((a,s)=>({date:i,model:a.endpoint_id,amountUsd:J$(a,`time_series[${n}].results[${s}]`),...a.quantity!==void 0?{units:U4(a,a.quantity)}:{}}))}),r=e.summary?.map((o,n)=>J$(o,`summary[${n}]`)).reduce((o,n)=>o.plus(n),new We(0)).toFixed();return{items:t,...Fg(mi,e),...r!==void 0?{summaryUsd:r}:{}}}});function U4(e,t){return{...e.unit!==void 0?{unit:e.unit}:{},quantity:t,...e.unit_price!==void 0?{unitPrice:e.unit_price}:{}}}function J$(e,t){let r=e.cost_total??e.cost;if(r!==void 0)return r;if(e.quantity!==void 0&&e.unit_price!==void 0)return new We(e.quantity).times(e.unit_price).toFixed();throw Be(mi,`missing field ${t}.cost_total`)}var N4=Ze({...Rc,schema:b.object({prices:b.array(b.object({endpoint_id:b.string(),unit_price:Oe,unit:b.string(),currency:Cg.optional()})),...jg}),map:e=>({items:e.prices.map(t=>({provider:"fal",model:t.endpoint_id,unit:t.unit,amountUsd:t.unit_price})),...Fg(Rc,e)})});function Fg(e,t){if(t.has_more===!1||t.has_more===void 0&&!t.next_cursor)return{};if(!t.next_cursor)throw Be(e,"missing field next_cursor (has_more is true)");return{nextCursor:t.next_cursor}}var z4=b.object({request_id:b.string(),endpoint_id:b.string().optional(),unit:b.string().optional(),output_units:Oe.nullable().optional(),unit_price:Oe.nullable().optional(),percent_discount:Oe.nullable().optional(),cost_total:Oe.nullable().optional(),cost_estimate_nano_usd:Oe.nullable().optional()}),C4=Ze({...gi,schema:b.object({billing_events:b.array(z4),...jg}),map:e=>({items:e.billing_events,...Fg(gi,e)})});function j4(e,t){if(e.cost_total!=null)return e.cost_total;if(e.cost_estimate_nano_usd!=null)return new We(e.cost_estimate_nano_usd).dividedBy(1e9).toFixed();if(e.output_units!=null&&e.unit_price!=null){let r=new We(1).minus(new We(e.percent_discount??0).dividedBy(100));return new We(e.output_units).times(e.unit_price).times(r).toFixed()}throw Be(gi,`missing field ${t}.cost_total`)}function F4(e,t,r){let o=t.map((c,l)=>({e:c,i:l})).filter(({e:c})=>c.request_id===e);if(!o.length)throw new Zt({kind:"not-found",provider:"fal",message:`fal ${gi.endpoint}: no billing event for request ${JSON.stringify(e)} since ${r} (fal records an event shortly after the request ends; check the id and that the key is the admin key of the account that ran it)`});let n=o.reduce((c,{e:l,i:f})=>c.plus(j4(l,`billing_events[${f}]`)),new We(0)).toFixed(),i=o[0].e,a=o.every(({e:c})=>c.output_units!=null)?o.reduce((c,{e:l})=>c.plus(l.output_units),new We(0)).toFixed():void 0,s=new Set(o.map(({e:c})=>c.unit_price??void 0)),u=s.size===1?[...s][0]:void 0;return{provider:"fal",id:e,state:"finished",amountUsd:n,...i.endpoint_id!==void 0?{model:i.endpoint_id}:{},...a!==void 0?{units:{quantity:a,...i.unit!==void 0?{unit:i.unit}:{},...u!==void 0?{unitPrice:u}:{}}}:{},source:"fal GET /v1/models/billing-events"}}function Y$(e){let{transport:t,...r}=e;return H$(r),Object.freeze({getBalance:()=>Ve(t,H$(r),T4),async getUsage(o){let n,i=await Pc(mi,async a=>{let s=await Ve(t,R4(r,o,a?{cursor:a}:{}),O4);return n??=s.summaryUsd,s});return{provider:"fal",days:Mn(i),source:"fal GET /v1/models/usage",...n!==void 0?{totals:{periodUsd:n}}:{}}},async getLivePrices(o){let n=[...new Set(o)],i=[];for(let s of K$(n,zg))i.push(...await Pc(Rc,u=>Ve(t,D4(r,s,u?{cursor:u}:{}),N4)));let a=new Set(i.map(s=>s.model));return{prices:i,missing:n.filter(s=>!a.has(s))}},async getRequestCost(o,n){let i=Ln(o,"a fal request id"),a=await Pc(gi,s=>Ve(t,E4(r,i,{start:n?.start,...s?{cursor:s}:{}}),C4));return F4(i,a,n.start)}})}var t2="https://api.runpod.io",n2="https://rest.runpod.io",r2="https://api.runpod.ai",M4=["COMPLETED","FAILED","CANCELLED","TIMED_OUT"],q4="query { myself { clientBalance currentSpendPerHr spendLimit } }",i2={provider:"runpod",endpoint:"graphql myself"},Lg={provider:"runpod",endpoint:"/v1/billing/endpoints"},o2={provider:"runpod",endpoint:"/v2/catalog/gpus"},Mg={provider:"runpod",endpoint:"GET /v2/{endpointId}/status/{id}"};function Ec(e){return mn(e),{Authorization:`Bearer ${e.apiKey}`}}function Q$(e){return It(i2,"POST",`${Xe(e.baseUrl,t2)}/graphql`,Ec(e),{query:q4})}function B4(e,t){let{startDate:r,beforeDate:o}=Vt(t),n=mr({bucketSize:"day",startTime:`${r}T00:00:00Z`,endTime:`${o}T00:00:00Z`,grouping:"endpointId"}),i=Xe(e.restBaseUrl,n2,"restBaseUrl");return It(Lg,"GET",`${i}/v1/billing/endpoints${n}`,Ec(e))}function Z4(e){return It(o2,"GET",`${Xe(e.baseUrl,t2)}/v2/catalog/gpus`,Ec(e))}function V4(e,t,r){let o=Ln(t,"a Runpod endpoint id (`endpointId`)"),n=Ln(r,"a Runpod job id"),i=Xe(e.serverlessBaseUrl,r2,"serverlessBaseUrl");return It(Mg,"GET",`${i}/v2/${gr(o)}/status/${gr(n)}`,Ec(e))}var e2=Oo.refine(e=>/^\d+(\.\d+)?$/.test(e),"expected milliseconds, 0 or more"),G4=Ze({...Mg,schema:b.object({id:b.string(),status:b.string(),executionTime:e2.optional(),delayTime:e2.optional()}),map:e=>{let t="runpod GET /v2/{endpointId}/status/{id}",r={...e.delayTime!==void 0?{delayMs:e.delayTime}:{}};if(!M4.includes(e.status))return{provider:"runpod",id:e.id,state:"pending",status:e.status,...r,...e.executionTime!==void 0?{executionMs:e.executionTime}:{},source:t};if(e.executionTime===void 0&&e.status==="COMPLETED")throw Be(Mg,"missing field executionTime");return{provider:"runpod",id:e.id,state:"finished",status:e.status,executionMs:e.executionTime??"0",...r,source:t}}}),K4=Ze({...i2,errorsInBody:!0,schema:b.object({data:b.object({myself:b.object({clientBalance:Oe,currentSpendPerHr:Oe.nullable().optional(),spendLimit:Oe.nullable().optional()})})}),map:({data:{myself:e}})=>({provider:"runpod",amountUsd:e.clientBalance,currency:"USD",...e.spendLimit!=null?{spendLimitPerHourUsd:e.spendLimit}:{},...e.currentSpendPerHr!=null?{currentSpendPerHourUsd:e.currentSpendPerHr}:{}})}),H4=Ze({...Lg,schema:b.array(b.object({amount:Oe,time:b.string(),endpointId:b.string().optional(),gpuTypeId:b.string().optional()})),map:e=>{let t=e.map((r,o)=>{let n=pi(r.time);if(!n)throw Be(Lg,`field [${o}].time: expected a timestamp, got ${JSON.stringify(r.time)}`);let i=r.endpointId??r.gpuTypeId;return{date:n,amountUsd:r.amount,...i!==void 0?{model:i}:{}}});return{provider:"runpod",days:Mn(t),source:"runpod GET /v1/billing/endpoints"}}}),W4=b.object({id:b.string(),name:b.string().optional(),pool:b.string().min(1).nullable(),price:b.object({serverless:Oe.nullable().optional()})}),J4=Ze({...o2,schema:b.preprocess(e=>Array.isArray(e)?{gpus:e}:e,b.object({gpus:b.array(W4)})).transform(e=>e.gpus),map:e=>e.flatMap(t=>t.price.serverless==null?[]:[{provider:"runpod",model:t.id,unit:"gpu-hour",amountUsd:t.price.serverless,...t.name?{name:t.name}:{},pool:t.pool}])});function a2(e){let{transport:t,...r}=e;return Q$(r),Xe(r.restBaseUrl,n2,"restBaseUrl"),Xe(r.serverlessBaseUrl,r2,"serverlessBaseUrl"),Object.freeze({getJobStatus:async(o,n)=>Ve(t,V4(r,o,n),G4),getBalance:()=>Ve(t,Q$(r),K4),getUsage:o=>Ve(t,B4(r,o),H4),async getLivePrices(o){let n=await Ve(t,Z4(r),J4);if(!o)return{prices:n,missing:[]};let i=(a,s)=>a.model===s||a.name===s;return{prices:n.filter(a=>o.some(s=>i(a,s))),missing:o.filter(a=>!n.some(s=>i(s,a)))}}})}var Y4=/\$\s*(\d[\d,]*(?:\.\d+)?)|(\d[\d,]*(?:\.\d+)?)\s*USD\b/gi,Q4=/(?:\bper\b|\/)\s*([a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2})/i;function s2(e){if(/^\s*free\s*$/i.test(e))return{amountUsd:"0"};let t=new Set;for(let n of e.matchAll(Y4))t.add(eR(n[1]??n[2]??""));if(t.size!==1)return;let[r]=[...t],o=Q4.exec(e)?.[1]?.trim().toLowerCase();return o?{amountUsd:r,unit:o}:{amountUsd:r}}function eR(e){return e.replace(/,/g,"")}var u2="https://api.runware.ai",l2="https://content.runware.ai",qg={provider:"runware",endpoint:"accountManagement getDetails"},Uo={provider:"runware",endpoint:"accountManagement getUsageActivity"},d2={provider:"runware",endpoint:"GET /models/{id}/pricing"},Oc={provider:"runware",endpoint:"modelSearch"},f2="Expected `uuid` to be a function returning a v4 UUID, e.g. crypto.randomUUID.",tR=/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;function Vg(e,t,r){return mn(t),It(e,"POST",`${Xe(t.baseUrl,u2)}/v1`,{Authorization:`Bearer ${t.apiKey}`},r)}function p2(e){if(typeof e?.uuid!="function")throw new TypeError(f2);let t=e.uuid();if(!tR.test(t))throw new TypeError(`Expected \`uuid\` to return a v4 UUID, got ${JSON.stringify(t)}.`);return t}function Bg(e,t,r={}){return{taskType:"accountManagement",taskUUID:p2(e),operation:t,...r}}function nR(e,t){return Vg(qg,e,[Bg(t,"getDetails")])}function rR(e,t,r){let{startDate:o,beforeDate:n}=Vt(t);return Vg(Uo,e,[Bg(r,"getDetails"),Bg(r,"getUsageActivity",{startDate:o,endDate:tn(n,-1),groupBy:["date","model"],timezone:"UTC"})])}var iR=30;function oR(e){let{startDate:t,beforeDate:r}=Vt(e),o=[];for(let n=t;n<r;){let i=tn(n,iR),a={startDate:n,beforeDate:i<r?i:r};o.push(a),n=a.beforeDate}return o}function aR(e){if(e.length===1)return e[0];let t=new Map;for(let a of e.flatMap(s=>s.days)){let s=t.get(a.date);s||t.set(a.date,s={total:new We(0),byModel:new Map}),s.total=s.total.plus(a.amountUsd);for(let[u,c]of Object.entries(a.byModel??{}))s.byModel.set(u,(s.byModel.get(u)??new We(0)).plus(c))}let r=[...t.entries()].sort(([a],[s])=>a<s?-1:a>s?1:0).map(([a,s])=>({date:a,amountUsd:s.total.toFixed(),...s.byModel.size?{byModel:Object.fromEntries([...s.byModel].map(([u,c])=>[u,c.toFixed()]))}:{}})),o=e.at(-1).totals??{},n=e.map(a=>a.totals?.periodUsd),i=Kg({todayUsd:o.todayUsd,last7DaysUsd:o.last7DaysUsd,last30DaysUsd:o.last30DaysUsd,allTimeUsd:o.allTimeUsd,periodUsd:n.every(a=>a!==void 0)?n.reduce((a,s)=>a.plus(s),new We(0)).toFixed():void 0});return{...e[0],days:r,totals:i}}function sR(e,t){if(typeof t!="string"||t==="")throw new TypeError('Expected a model id such as "runware:101@1".');let r=Xe(e.contentBaseUrl,l2,"contentBaseUrl");return It(d2,"GET",`${r}/models/${gr(t)}/pricing`,{})}function cR(e,t,r){if(typeof r!="string"||r==="")throw new TypeError('Expected a model AIR such as "civitai:618692@691639".');return Vg(Oc,e,[{taskType:"modelSearch",taskUUID:p2(t),search:r,visibility:"all",limit:20}])}var Gg=b.object({data:b.array(b.unknown())}),Tc=b.object({credits:Oe.optional()}).optional(),m2=b.object({balance:b.object({amount:Oe,currency:b.literal("USD").optional()}),usage:b.object({today:Tc,last7Days:Tc,last30Days:Tc,total:Tc}).optional()}),c2=b.object({totalSpend:Oe.optional(),projectedSpend:Oe.optional()}).optional(),uR=b.object({usage:b.object({timeseries:b.object({data:b.array(b.object({date:b.string(),spend:Oe,model:b.string().optional()})),meta:c2}).optional(),meta:c2})});function Zg(e,t,r,o){let n=t.find(i=>i?.operation===r);if(n===void 0)throw Be(e,`no ${r} result in data[]`);return Ic(e,o,n)}var lR=Ze({...qg,schema:Gg,errorsInBody:!0,map:({data:e})=>{let{balance:t}=Zg(qg,e,"getDetails",m2);return{provider:"runware",amountUsd:t.amount,currency:"USD"}}}),dR=Ze({...Uo,schema:Gg,errorsInBody:!0,map:({data:e})=>{let t=Zg(Uo,e,"getDetails",m2),{usage:r}=Zg(Uo,e,"getUsageActivity",uR),o=(r.timeseries?.data??[]).map((a,s)=>{let u=pi(a.date);if(!u)throw Be(Uo,`field usage.timeseries.data[${s}].date: expected a date, got ${JSON.stringify(a.date)}`);return{date:u,amountUsd:a.spend,...a.model!==void 0?{model:a.model}:{}}}),n=r.timeseries?.meta??r.meta,i=Kg({todayUsd:t.usage?.today?.credits,last7DaysUsd:t.usage?.last7Days?.credits,last30DaysUsd:t.usage?.last30Days?.credits,allTimeUsd:t.usage?.total?.credits,periodUsd:n?.totalSpend,projectedUsd:n?.projectedSpend});return{provider:"runware",days:Mn(o),source:"runware POST /v1 accountManagement getUsageActivity",totals:i}}}),fR=b.object({air:b.string(),pricingOverview:b.string().optional(),pricingExamples:b.array(b.object({configuration:b.string(),price:b.union([b.string(),Oo.transform(e=>`$${e}`)])})).optional()}),pR=Ze({...d2,schema:fR,onNotFound:()=>null,map:({air:e,pricingOverview:t,pricingExamples:r})=>{let o=(n,i,a)=>{let s=s2(n);if(!s)return[];let u=s.unit??i;return[{provider:"runware",model:e,unit:u,amountUsd:s.amountUsd,raw:n,...a?{configuration:a}:{}}]};return[...t!==void 0?o(t,"unspecified"):[],...(r??[]).flatMap(({configuration:n,price:i})=>o(i,"request",n))]}}),mR=b.object({results:b.array(b.object({air:b.string(),name:b.string().optional(),version:b.string().optional(),architecture:b.string().optional()})).default([])});function gR(e){return Ze({...Oc,schema:Gg,errorsInBody:!0,map:({data:t})=>{let r=t.find(i=>i?.taskType==="modelSearch");if(r===void 0)throw Be(Oc,"no modelSearch result in data[]");let{results:o}=Ic(Oc,mR,r),n=o.find(i=>i.air.toLowerCase()===e.toLowerCase());return n?Kg({air:n.air,name:n.name,architecture:n.architecture}):null}})}function g2(e){let{transport:t,uuid:r,...o}=e,n={uuid:r};if(mn(o),Xe(o.baseUrl,u2),Xe(o.contentBaseUrl,l2,"contentBaseUrl"),typeof r!="function")throw new TypeError(f2);return Object.freeze({getBalance:()=>Ve(t,nR(o,n),lR),async getUsage(i){let a=[];for(let s of oR(i))a.push(await Ve(t,rR(o,s,n),dR));return aR(a)},async getLivePrices(i){let a=[],s=[];for(let u of i){let c=await Ve(t,sR(o,u),pR);c?.length?a.push(...c):s.push(u)}return{prices:a,missing:s}},getModelInfo:i=>Ve(t,cR(o,n,i),gR(i))})}var iL=b.object({taskUUID:b.string().min(1).optional().catch(void 0),taskType:b.string().optional().catch(void 0),cost:Oe});function Kg(e){return Object.fromEntries(Object.entries(e).filter(([,t])=>t!==void 0))}var Wg="https://api.dev.runwayml.com",vR="2024-11-06",Jg={provider:"runway",endpoint:"/v1/organization"},b2={provider:"runway",endpoint:"/v1/organization/usage"},Hg={provider:"runway",endpoint:"GET /v1/tasks/{id}"},bR=["SUCCEEDED","FAILED","CANCELLED"];function Xg(e){return mn(e),{Authorization:`Bearer ${e.apiKey}`,"X-Runway-Version":vR}}function Yg(e){return It(Jg,"GET",`${Xe(e.baseUrl,Wg)}/v1/organization`,Xg(e))}var yR=Yg,$R=Yg;function wR(e,t){let{startDate:r,beforeDate:o}=Vt(t);return It(b2,"POST",`${Xe(e.baseUrl,Wg)}/v1/organization/usage`,Xg(e),{startDate:r,beforeDate:o})}function xR(e,t){let r=Ln(t,"a Runway task id");return It(Hg,"GET",`${Xe(e.baseUrl,Wg)}/v1/tasks/${gr(r)}`,Xg(e))}var h2=b.number().int().nonnegative().nullable(),y2=b.object({creditBalance:Oe,tier:b.object({maxMonthlyCreditSpend:b.number(),models:b.record(b.string(),b.object({maxConcurrentGenerations:h2,maxDailyGenerations:h2}))}),usage:b.object({models:b.record(b.string(),b.object({dailyGenerations:b.number().int().nonnegative()}))}).optional()}),kR=y2.pick({creditBalance:!0}),_R=Ze({...Jg,schema:kR,map:({creditBalance:e})=>({provider:"runway",credits:e,currency:"credits"})}),AR=Ze({...Jg,schema:y2,map:({tier:e,usage:t})=>{let r=t?.models??{},o=[...new Set([...Object.keys(e.models),...Object.keys(r)])].sort();return{maxMonthlyCreditSpend:e.maxMonthlyCreditSpend,models:Object.fromEntries(o.map(n=>[n,{maxConcurrentGenerations:e.models[n]?.maxConcurrentGenerations??null,maxDailyGenerations:e.models[n]?.maxDailyGenerations??null,dailyGenerationsUsed:r[n]?.dailyGenerations??0}]))}}}),IR=b.object({results:b.array(b.object({date:b.string().refine(qn,"expected a date as YYYY-MM-DD"),usedCredits:b.array(b.object({model:b.string(),amount:Oe}))}))}),SR=Ze({...b2,schema:IR,map:({results:e})=>{let t=e.flatMap(({date:r,usedCredits:o})=>o.map(({model:n,amount:i})=>({date:r,model:n,credits:i})));return{provider:"runway",days:Mn(t),source:"runway POST /v1/organization/usage"}}}),v2=b.object({credits:Oe}).nullable().optional(),PR=b.object({id:b.string(),status:b.string(),cost:v2,estimatedCost:v2}),RR=Ze({...Hg,schema:PR,map:e=>{let t="runway GET /v1/tasks/{id}";if(!bR.includes(e.status))return{provider:"runway",id:e.id,state:"pending",status:e.status,...e.estimatedCost?{estimatedCredits:e.estimatedCost.credits}:{},source:t};if(!e.cost)throw Be(Hg,`missing field cost.credits (the task is ${e.status})`);return{provider:"runway",id:e.id,state:"finished",status:e.status,credits:e.cost.credits,source:t}}});function $2(e){let{transport:t,...r}=e;return Yg(r),Object.freeze({getBalance:()=>Ve(t,yR(r),_R),getUsage:o=>Ve(t,wR(r,o),SR),getTierLimits:()=>Ve(t,$R(r),AR),getTaskCost:async o=>Ve(t,xR(r,o),RR)})}var gn=["runway","runware","fal","runpod"],Gt={runway:"RUNWAYML_API_SECRET",runware:"RUNWARE_API_KEY",fal:"FAL_KEY",runpod:"RUNPOD_API_KEY"},Uc=12e4;function w2(e,t){let{apiKey:r,transport:o,baseUrl:n,restBaseUrl:i,contentBaseUrl:a,uuid:s}=t,u={apiKey:r,transport:o,...n?{baseUrl:n}:{}};switch(e){case"runway":{let c=$2(u);return{getBalance:c.getBalance,getUsage:c.getUsage,getTierLimits:c.getTierLimits}}case"runware":{let c=g2({...u,uuid:s,...a?{contentBaseUrl:a}:{}});return{getBalance:c.getBalance,getUsage:c.getUsage}}case"fal":{let c=Y$(u);return{getBalance:c.getBalance,getUsage:c.getUsage}}case"runpod":{let c=a2({...u,...i?{restBaseUrl:i}:{}});return{getBalance:c.getBalance,getUsage:c.getUsage}}}}function Nc(e,t){let r=t[Gt[e]]?.trim();if(!r)return;let o=x2(e),n=c=>t[o[c]]?.trim()||void 0,[i,a,s,u]=[n("baseUrl"),n("restBaseUrl"),n("contentBaseUrl"),n("serverlessBaseUrl")];return{apiKey:r,...i?{baseUrl:i}:{},...a?{restBaseUrl:a}:{},...s?{contentBaseUrl:s}:{},...u?{serverlessBaseUrl:u}:{},settingNames:o}}function x2(e){let t=r=>`GENSPEND_${e.toUpperCase()}_${r}`;return{baseUrl:t("BASE_URL"),restBaseUrl:t("REST_BASE_URL"),contentBaseUrl:t("CONTENT_BASE_URL"),serverlessBaseUrl:t("SERVERLESS_BASE_URL")}}function k2(e,t,r={}){let o=r[t.option]??`\`${t.option}\``;return`${e}: ${o} must be ${t.expected}, got ${t.got}${t.fix?` (fix: ${t.fix})`:""}`}async function Qg(e,t,r){try{let o=TR(t.deadlineMs??Uc,t.now??Date.now),n=w2(e,{...t,transport:OR(t.transport,o)});return{provider:e,usage:await n.getUsage(r)}}catch(o){return ER(e,o,t)}}function ER(e,t,r){if(R$(t))return{provider:e,error:{kind:t.kind,message:t.message}};if(t instanceof fi){let o=k2(e,t,r.settingNames);return{provider:e,error:{kind:"configuration",message:$c(o,[r.apiKey])}}}if(t instanceof TypeError||t instanceof RangeError)return{provider:e,error:{kind:"configuration",message:`${e}: ${$c(t.message,[r.apiKey])}`}};throw t}function TR(e,t){if(!Number.isInteger(e)||e<=0)throw new TypeError(`Expected \`deadlineMs\` to be a positive integer, got ${String(e)}.`);let r=t()+e;return{seconds:e/1e3,remainingMs:()=>r-t()}}function OR(e,t){return(r,o)=>t.remainingMs()<=0?Promise.reject(jn(t)):e(r,{...o,deadline:t})}var _2=(e,t)=>!!e[Gt[t]]?.trim();function eh(e,t,r){if(!e||e.length===0){let i=gn.filter(a=>_2(t,a));if(i.length===0)throw new J(r.noKeys,void 0,r.giveKeys(gn.map(a=>Gt[a])));return i}let o=[...new Set(e)],n=o.filter(i=>!_2(t,i));if(n.length)throw new J(`no key for ${n.join(", ")}${r.namedIn?`, ${r.namedIn}`:""}`,void 0,r.giveKeys(n.map(i=>Gt[i])));return o}var No=90,NR=30;function th(e,t,r){let{from:o,to:n}=e;if(o===void 0&&n===void 0){let s=e.days??String(NR);if(!/^\d+$/.test(s)||Number(s)<1||Number(s)>No)throw new J(`${r.days} must be a whole number from 1 to ${No}, got ${JSON.stringify(s.slice(0,60))}`);return G$(t,Number(s))}if(e.days!==void 0)throw new J(`give either ${r.days} or ${r.from} and ${r.to}, not both`);if(o===void 0||n===void 0)throw new J(`give both ${r.from} and ${r.to} (YYYY-MM-DD, both days included)`);for(let[s,u]of[[r.from,o],[r.to,n]])if(!qn(u))throw new J(`${s} must be a UTC date as YYYY-MM-DD, got ${JSON.stringify(u.slice(0,40))}`);if(n<o)throw new J(`${r.to} (${n}) is before ${r.from} (${o})`);let i=tn(n,1);if(i>t)throw new J(`${r.to} (${n}) must be before today (${t}): a day's bill is complete only after it ends`);let a=Math.round((Date.parse(i)-Date.parse(o))/864e5);if(a>No)throw new J(`${r.from} to ${r.to} spans ${a} days; the providers give at most ${No} at once`);return{startDate:o,beforeDate:i}}function nh(e,t,r,o){if(e?.length)return eh(e,r,o);let i=[...new Set(t.map(a=>a.trim().toLowerCase()))].filter(a=>gn.includes(a)).filter(a=>!r[Gt[a]]?.trim());if(i.length)throw new J(`no key for ${i.join(", ")}, which the manifests use`,void 0,o.giveKeys(i.map(a=>Gt[a])));return eh(void 0,r,o)}async function rh(e,t,r){let{env:o,transport:n,uuid:i,deadlineMs:a}=t,s=await Promise.all(e.map(l=>Qg(l,{...Nc(l,o),transport:n,uuid:i,deadlineMs:a},r))),u=[],c=s.map(l=>"error"in l?{provider:l.provider,error:l.error}:(u.push(...wg(l.usage)),{provider:l.provider,source:l.usage.source}));return{billed:{providers:s.filter(l=>!("error"in l)).map(l=>l.provider),rows:u},reads:c}}async function ih(e,t){try{await e.writeSummary(t)}catch(r){e.warning(`genspend: could not write the job summary: ${r.message}`)}}async function A2(e,t,r){let o,n=ta(t);if(n){o=n.map(i=>i.format()).join(`
`);for(let i of n.slice(0,10))i.where?.line!==void 0&&r(i.where.file)&&e.error(i.format(),{title:"genspend",file:i.where.file,startLine:i.where.line})}else o=`internal error: ${t instanceof Error?t.message:String(t)}. Please report it with this log.`,t instanceof Error&&t.stack&&e.debug(t.stack);return await ih(e,["## genspend could not run","",...o.split(`
`).map(i=>`- ${To(i)}`),""].join(`
`)),{verdict:"error",message:`genspend could not run: ${o}`}}var zR="**/genspend.yml";var nn=class extends J{},I2=e=>JSON.stringify(e.length>60?`${e.slice(0,60)}\u2026`:e);function S2(e){let t=e.split(/\r?\n/).map(r=>r.trim()).filter(Boolean);if(t.length===0)return[zR];for(let r of t){let o=r.replace(/^!/,"");if(o.startsWith("/")||/^[A-Za-z]:/.test(o)||o.split(/[\\/]/).includes(".."))throw new nn(`input \`manifests\`: ${I2(r)} points outside the workspace; give globs relative to the repository root`)}return t}function P2(e){let t=[];return{get:r=>e(r).trim(),check(r,o){try{return r()}catch(n){if(!(n instanceof nn))throw n;return t.push(n),o}},done(){if(t.length===1)throw t[0];if(t.length)throw new Dt(t)}}}function R2(e){let t=e.split(/[\s,]+/).map(r=>r.trim().toLowerCase()).filter(Boolean);for(let r of t)if(!gn.includes(r))throw new nn(`input \`providers\`: unknown provider ${JSON.stringify(r.slice(0,60))} (use ${gn.join(", ")})`);return t.length?[...new Set(t)]:void 0}function D2(e){if(e==="")return Uc;if(!/^\d{1,4}$/.test(e)||Number(e)<1||Number(e)>3600)throw new nn(`input \`deadline\` must be a whole number of seconds from 1 to 3600, got ${JSON.stringify(e.slice(0,60))}`);return Number(e)*1e3}var oh=Object.freeze({file:Ro,explicit:!1});function E2(e){if(e==="")return oh;if(e.startsWith("/")||e.split("/").includes("..")||/[\x00-\x1f]/.test(e))throw new nn(`input \`prices\` must be a path inside the repository, got ${I2(e)}`);return{file:e,explicit:!0}}import{closeSync as CR,constants as ah,fstatSync as jR,lstatSync as FR,openSync as LR,readSync as MR,realpathSync as O2,statSync as qR}from"node:fs";import{isAbsolute as BR,relative as ZR,resolve as T2}from"node:path";var VR=ah.O_RDONLY|(ah.O_NONBLOCK??0)|(ah.O_NOFOLLOW??0);function sh(e,t){let r=ZR(e,t);return r===""||!r.startsWith("..")&&!BR(r)}function U2(e,t,r){let o=T2(e,t),n=KR(o,t,r);if(!sh(r.realRoot??O2.native(e),n)){let a=sh(T2(e),o)?"is a link to a file outside":"is outside";throw new J(`${a} ${r.rootName}`,{file:t},`genspend reads only files inside ${r.rootName}: copy the manifest in (a link must point inside too)`)}let i;try{i=LR(n,VR)}catch(a){throw C2(a,t,WR(n))}try{let a=jR(i);if(a.isDirectory())throw new J("is a directory, not a manifest",{file:t},`name the file inside it, e.g. ${t.replace(/\/$/,"")}/genspend.yml`);if(!a.isFile())throw z2(t,a);if(a.size>r.maxBytes)throw ch(t,`is ${a.size} bytes,`,r);return GR(i,a.size,t,r)}finally{CR(i)}}function zo(e,t,r){return zc(U2(e,t,r),t,r)}function N2(e,t,r){if(e>r.maxBytes)throw ch(t,`is ${e} bytes,`,r)}function zc(e,t,r){N2(e.length,t,r);try{return new TextDecoder("utf-8",{fatal:!0}).decode(e)}catch{throw new J("file is binary, not UTF-8 YAML text",{file:t},r.binaryFix)}}function GR(e,t,r,o){let n=o.maxBytes+1,i=Buffer.allocUnsafe(Math.min(n,Math.max(t+1,64*1024))),a=0;for(;;){if(a===i.length){if(a===n)break;let u=Buffer.allocUnsafe(Math.min(n,i.length*2));i.copy(u,0,0,a),i=u}let s=MR(e,i,a,i.length-a,null);if(s===0)break;a+=s}if(a>o.maxBytes)throw ch(r,"is",o);return i.subarray(0,a)}function KR(e,t,r){try{return O2.native(e)}catch(o){if(HR(e))throw new J("is a link to a file that does not exist",{file:t},"point the link at a manifest, or name the manifest itself");let n=o.code;throw n==="ENOENT"||n==="ENOTDIR"?new J("no such file",{file:t},`check the path (it is relative to ${r.rootName})`):C2(o,t,void 0)}}function z2(e,t){let r=t.isFIFO()?"a FIFO":t.isSocket()?"a socket":t.isCharacterDevice()||t.isBlockDevice()?"a device":"not a regular file";return new J(`is ${r}, not a manifest file`,{file:e},"point genspend at a YAML manifest")}function C2(e,t,r){if(r&&!r.isFile()&&!r.isDirectory())return z2(t,r);let o=e.code??"an error";return new J(`cannot read it (${o})`,{file:t},"check that the file is readable")}function ch(e,t,r){return new J(`file ${t} over the ${r.maxBytes}-byte limit`,{file:e},r.splitFix)}function HR(e){try{return FR(e).isSymbolicLink()}catch{return!1}}function WR(e){try{return qR(e)}catch{return}}import{realpathSync as yw}from"node:fs";import{relative as DE,resolve as EE,sep as TE}from"node:path";import{createRequire as JR}from"module";import{basename as XR,dirname as lh,normalize as YR,relative as QR,resolve as eD,sep as L2}from"path";import*as tD from"fs";var j2=JR(import.meta.url);function nD(e){let t=YR(e);return t.length>1&&t[t.length-1]===L2&&(t=t.substring(0,t.length-1)),t}var rD=/[\\/]/g;function M2(e,t){return e.replace(rD,t)}var iD=/^[a-z]:[\\/]$/i;function oD(e){return e==="/"||iD.test(e)}function uh(e,t){let{resolvePaths:r,normalizePath:o,pathSeparator:n}=t,i=process.platform==="win32"&&e.includes("/")||e.startsWith(".");if(r&&(e=eD(e)),(o||i)&&(e=nD(e)),e===".")return"";let a=e[e.length-1]!==n;return M2(a?e+n:e,n)}function q2(e,t){return t+e}function aD(e,t){return function(r,o){return o.startsWith(e)?o.slice(e.length)+r:M2(QR(e,o),t.pathSeparator)+t.pathSeparator+r}}function sD(e){return e}function cD(e,t,r){return t+e+r}function uD(e,t){let{relativePaths:r,includeBasePath:o}=t;return r&&e?aD(e,t):o?q2:sD}function lD(e){return function(t,r){r.push(t.substring(e.length)||".")}}function dD(e){return function(t,r,o){let n=t.substring(e.length)||".";o.every(i=>i(n,!0))&&r.push(n)}}var fD=(e,t)=>{t.push(e||".")},pD=(e,t,r)=>{let o=e||".";r.every(n=>n(o,!0))&&t.push(o)},mD=()=>{};function gD(e,t){let{includeDirs:r,filters:o,relativePaths:n}=t;return r?n?o&&o.length?dD(e):lD(e):o&&o.length?pD:fD:mD}var hD=(e,t,r,o)=>{o.every(n=>n(e,!1))&&r.files++},vD=(e,t,r,o)=>{o.every(n=>n(e,!1))&&t.push(e)},bD=(e,t,r,o)=>{r.files++},yD=(e,t)=>{t.push(e)},$D=()=>{};function wD(e){let{excludeFiles:t,filters:r,onlyCounts:o}=e;return t?$D:r&&r.length?o?hD:vD:o?bD:yD}var xD=e=>e,kD=()=>[""].slice(0,0);function _D(e){return e.group?kD:xD}var AD=(e,t,r)=>{e.push({directory:t,files:r,dir:t})},ID=()=>{};function SD(e){return e.group?AD:ID}var PD=function(e,t,r){let{queue:o,fs:n,options:{suppressErrors:i}}=t;o.enqueue(),n.realpath(e,(a,s)=>{if(a)return o.dequeue(i?null:a,t);n.stat(s,(u,c)=>{if(u)return o.dequeue(i?null:u,t);if(c.isDirectory()&&B2(e,s,t))return o.dequeue(null,t);r(c,s),o.dequeue(null,t)})})},RD=function(e,t,r){let{queue:o,fs:n,options:{suppressErrors:i}}=t;o.enqueue();try{let a=n.realpathSync(e),s=n.statSync(a);if(s.isDirectory()&&B2(e,a,t))return;r(s,a)}catch(a){if(!i)throw a}};function DD(e,t){return!e.resolveSymlinks||e.excludeSymlinks?null:t?RD:PD}function B2(e,t,r){if(r.options.useRealPaths)return ED(t,r);let o=lh(e),n=1;for(;o!==r.root&&n<2;){let i=r.symlinks.get(o);!!i&&(i===t||i.startsWith(t)||t.startsWith(i))?n++:o=lh(o)}return r.symlinks.set(e,t),n>1}function ED(e,t){return t.visited.includes(e+t.options.pathSeparator)}var TD=e=>e.counts,OD=e=>e.groups,UD=e=>e.paths,ND=e=>e.paths.slice(0,e.options.maxFiles),zD=(e,t,r)=>(Cc(t,r,e.counts,e.options.suppressErrors),null),CD=(e,t,r)=>(Cc(t,r,e.paths,e.options.suppressErrors),null),jD=(e,t,r)=>(Cc(t,r,e.paths.slice(0,e.options.maxFiles),e.options.suppressErrors),null),FD=(e,t,r)=>(Cc(t,r,e.groups,e.options.suppressErrors),null);function Cc(e,t,r,o){t(e&&!o?e:null,r)}function LD(e,t){let{onlyCounts:r,group:o,maxFiles:n}=e;return r?t?TD:zD:o?t?OD:FD:n?t?ND:jD:t?UD:CD}var Z2={withFileTypes:!0},MD=(e,t,r,o,n)=>{if(e.queue.enqueue(),o<0)return e.queue.dequeue(null,e);let{fs:i}=e;e.visited.push(t),e.counts.directories++,i.readdir(t||".",Z2,(a,s=[])=>{n(s,r,o),e.queue.dequeue(e.options.suppressErrors?null:a,e)})},qD=(e,t,r,o,n)=>{let{fs:i}=e;if(o<0)return;e.visited.push(t),e.counts.directories++;let a=[];try{a=i.readdirSync(t||".",Z2)}catch(s){if(!e.options.suppressErrors)throw s}n(a,r,o)};function BD(e){return e?qD:MD}var ZD=class{count=0;constructor(e){this.onQueueEmpty=e}enqueue(){return this.count++,this.count}dequeue(e,t){this.onQueueEmpty&&(--this.count<=0||e)&&(this.onQueueEmpty(e,t),e&&(t.controller.abort(),this.onQueueEmpty=void 0))}},VD=class{_files=0;_directories=0;set files(e){this._files=e}get files(){return this._files}set directories(e){this._directories=e}get directories(){return this._directories}get dirs(){return this._directories}},GD=class{aborted=!1;abort(){this.aborted=!0}},V2=class{root;isSynchronous;state;joinPath;pushDirectory;pushFile;getArray;groupFiles;resolveSymlink;walkDirectory;callbackInvoker;constructor(e,t,r){this.isSynchronous=!r,this.callbackInvoker=LD(t,this.isSynchronous),this.root=uh(e,t),this.state={root:oD(this.root)?this.root:this.root.slice(0,-1),paths:[""].slice(0,0),groups:[],counts:new VD,options:t,queue:new ZD((o,n)=>this.callbackInvoker(n,o,r)),symlinks:new Map,visited:[""].slice(0,0),controller:new GD,fs:t.fs||tD},this.joinPath=uD(this.root,t),this.pushDirectory=gD(this.root,t),this.pushFile=wD(t),this.getArray=_D(t),this.groupFiles=SD(t),this.resolveSymlink=DD(t,this.isSynchronous),this.walkDirectory=BD(this.isSynchronous)}start(){return this.pushDirectory(this.root,this.state.paths,this.state.options.filters),this.walkDirectory(this.state,this.root,this.root,this.state.options.maxDepth,this.walk),this.isSynchronous?this.callbackInvoker(this.state,null):null}walk=(e,t,r)=>{let{paths:o,options:{filters:n,resolveSymlinks:i,excludeSymlinks:a,exclude:s,maxFiles:u,signal:c,useRealPaths:l,pathSeparator:f},controller:p}=this.state;if(p.aborted||c&&c.aborted||u&&o.length>u)return;let g=this.getArray(this.state.paths);for(let v=0;v<e.length;++v){let h=e[v];if(h.isFile()||h.isSymbolicLink()&&!i&&!a){let y=this.joinPath(h.name,t);this.pushFile(y,g,this.state.counts,n)}else if(h.isDirectory()){let y=cD(h.name,t,this.state.options.pathSeparator);if(s&&s(h.name,y))continue;this.pushDirectory(y,o,n),this.walkDirectory(this.state,y,y,r-1,this.walk)}else if(this.resolveSymlink&&h.isSymbolicLink()){let y=q2(h.name,t);this.resolveSymlink(y,this.state,(_,$)=>{if(_.isDirectory()){if($=uh($,this.state.options),s&&s(h.name,l?$:y+f))return;this.walkDirectory(this.state,$,l?$:y+f,r-1,this.walk)}else{$=l?$:y;let x=XR($),F=uh(lh($),this.state.options);$=this.joinPath(x,F),this.pushFile($,g,this.state.counts,n)}})}}this.groupFiles(this.state.groups,t,g)}};function KD(e,t){return new Promise((r,o)=>{G2(e,t,(n,i)=>{if(n)return o(n);r(i)})})}function G2(e,t,r){new V2(e,t,r).start()}function HD(e,t){return new V2(e,t).start()}var F2=class{constructor(e,t){this.root=e,this.options=t}withPromise(){return KD(this.root,this.options)}withCallback(e){G2(this.root,this.options,e)}sync(){return HD(this.root,this.options)}},K2=null;try{j2.resolve("picomatch"),K2=j2("picomatch")}catch{}var H2=class{globCache={};options={maxDepth:1/0,suppressErrors:!0,pathSeparator:L2,filters:[]};globFunction;constructor(e){this.options={...this.options,...e},this.globFunction=this.options.globFunction}group(){return this.options.group=!0,this}withPathSeparator(e){return this.options.pathSeparator=e,this}withBasePath(){return this.options.includeBasePath=!0,this}withRelativePaths(){return this.options.relativePaths=!0,this}withDirs(){return this.options.includeDirs=!0,this}withMaxDepth(e){return this.options.maxDepth=e,this}withMaxFiles(e){return this.options.maxFiles=e,this}withFullPaths(){return this.options.resolvePaths=!0,this.options.includeBasePath=!0,this}withErrors(){return this.options.suppressErrors=!1,this}withSymlinks({resolvePaths:e=!0}={}){return this.options.resolveSymlinks=!0,this.options.useRealPaths=e,this.withFullPaths()}withAbortSignal(e){return this.options.signal=e,this}normalize(){return this.options.normalizePath=!0,this}filter(e){return this.options.filters.push(e),this}onlyDirs(){return this.options.excludeFiles=!0,this.options.includeDirs=!0,this}exclude(e){return this.options.exclude=e,this}onlyCounts(){return this.options.onlyCounts=!0,this}crawl(e){return new F2(e||".",this.options)}withGlobFunction(e){return this.globFunction=e,this}crawlWithOptions(e,t){return this.options={...this.options,...t},new F2(e||".",this.options)}glob(...e){return this.globFunction?this.globWithOptions(e):this.globWithOptions(e,{dot:!0})}globWithOptions(e,...t){let r=this.globFunction||K2;if(!r)throw new Error("Please specify a glob function to use glob matching.");var o=this.globCache[e.join("\0")];return o||(o=r(e,...t),this.globCache[e.join("\0")]=o),this.options.filters.push(n=>o(n)),this}};var wh=Tw(bw()),OE=new Set(["node_modules",".git"]),UE=["**/node_modules/**","**/.git/**"];function xh(e,t=[]){if(e.length===0)return()=>!1;let r=i=>i.map(a=>a.replace(/^(?:\.\/)+/,"")),o=(0,wh.default)(r(e)),n=(0,wh.default)([...UE,...r(t)]);return i=>o(i)&&!n(i)}async function kh(e,t,r=[]){let o=xh(t,r),n=await new H2().withRelativePaths().withPathSeparator("/").exclude(i=>OE.has(i)).filter(i=>o(i)).crawl(e).withPromise();return $w(e,n.sort())}function $w(e,t){let r;try{r=yw.native(e)}catch{return[...new Set(t)]}let o=new Map;for(let a of t){let s;try{s=yw.native(EE(e,a))}catch{s=`unresolved:${a}`}let u=o.get(s);u?u.push(a):o.set(s,[a])}let n=new Set;for(let[a,s]of o){let u=DE(r,a).split(TE).join("/");n.add(s.find(c=>c.replace(/^(?:\.\/)+/,"")===u)??s[0])}let i=[];for(let a of t)n.delete(a)&&i.push(a);return i}function NE(e){let t=e.filter(o=>!o.startsWith("!")),r=e.filter(o=>o.startsWith("!")).map(o=>o.slice(1));return{include:t,exclude:r}}async function ww(e,t){let{include:r,exclude:o}=NE(t);return r.length===0?[]:kh(e,r,o)}var zE={maxBytes:Vn,rootName:"the repository",splitFix:"split it into several manifests (the `manifests` input takes globs)",binaryFix:"point the `manifests` input at YAML manifests"};function xw(e,t){return sg(t.map(r=>({file:r,read:()=>zo(e,r,zE)})))}import{existsSync as CE}from"node:fs";import{resolve as jE}from"node:path";var kw={maxBytes:Vn,rootName:"the repository",splitFix:"keep only the models that differ from the built-in catalog",binaryFix:"point the `prices` input at a YAML price file"};async function _w(e){let{workspace:t,file:r}=e,o=[],n=CE(jE(t,r));if(!n&&e.explicit)throw new J(`price file \`${r}\` does not exist in the workspace`,void 0,"fix the `prices` input, or remove it");let i=n?zo(t,r,kw):void 0,a=null;if(e.base?.file){let u=await e.base.file(r);a=u?zc(u,`${r}@base`,kw):void 0}else e.base&&(a=void 0,o.push(`genspend: the base commit is not in the checkout: ${r} at the base is taken as absent`));return(i!==void 0||a)&&o.push(`genspend: prices from ${r}${a===null?"":" (as at the base)"} over the built-in catalog`),{...ng(eg(),{file:r,head:i,base:a,...e.subject?{subject:e.subject}:{}}),log:o}}function VE(e,t){let{get:r,check:o,done:n}=P2(e),i=s=>r(s)||void 0,a={manifests:o(()=>S2(e("manifests")),[]),providers:o(()=>R2(r("providers")),void 0),window:o(()=>{try{let s={days:"input `days`",from:"input `from`",to:"input `to`"};return th({days:i("days"),from:i("from"),to:i("to")},t,s)}catch(s){throw s instanceof J?new nn(s.message):s}},{startDate:t,beforeDate:t}),maxVariance:o(()=>{let s=r("max-variance");if(s==="")return;let u=bg(s);if(!u)throw new nn(`input \`max-variance\` must be a percent such as 25%, got ${JSON.stringify(s.slice(0,60))}`);return u},void 0),deadlineMs:o(()=>D2(r("deadline")),0),prices:o(()=>E2(r("prices")),oh)};return n(),a}async function zM(e){let{toolkit:t,env:r}=e,o=r.GITHUB_WORKSPACE||e.cwd;try{let n=e.now().toISOString().slice(0,10),i=VE(y=>t.getInput(y),n),a=await ww(o,i.manifests);if(a.length===0)throw new J(`no manifest matches ${i.manifests.map(y=>`\`${y}\``).join(", ")} in the workspace`,void 0,"set the `manifests` input to the path or glob of your genspend.yml, relative to the repository root, and check the repository out first");let s=xw(o,a),u=await _w({workspace:o,file:i.prices.file,explicit:i.prices.explicit,base:void 0});for(let y of u.log)t.info(y);let c=pg(s,u.catalog),l=y=>y.map(_=>`${_}: \${{ secrets.${_} }}`).join(", "),f=nh(i.providers,s.flatMap(y=>y.workloads.map(_=>_.provider)),r,{noKeys:"mode `reconcile` found no provider key in the environment",namedIn:"named in the `providers` input",giveKeys:y=>`add to the step's \`env:\` ${l(y)}, or leave the provider out with the \`providers\` input`});for(let y of f)t.setSecret(r[Gt[y]].trim());t.info(`genspend: reconciling ${a.length} manifest(s) from ${i.window.startDate} to ${i.window.beforeDate} (exclusive)`);let{billed:p,reads:g}=await rh(f,{env:r,transport:e.transport??Ng({fetch:globalThis.fetch,sleep:y=>ZE(y)}),uuid:e.uuid,deadlineMs:i.deadlineMs},i.window),v=yg(c,p,i.window,{catalog:u.catalog,...i.maxVariance?{maxVariance:i.maxVariance}:{}}),h=xg(v,g);for(let y of g)t.info(`genspend: ${y.provider}: ${y.error?`could not read the usage: ${y.error.message}`:`read (${y.source??"usage"})`}`);return t.setOutput("verdict",h.status),t.setOutput("unplanned-usd",Fe(v.unplannedUsd)),t.setOutput("report-path",GE(r.RUNNER_TEMP||"",h)),await ih(t,kg(v,g)),HE(v,g,t),WE(v,g)}catch(n){return A2(t,n,i=>e.exists(BE(o,i)))}}function GE(e,t){let r=Aw(LE(Aw(e||qE(),"genspend-")),"reconcile.json");return ME(r,JSON.stringify(t,null,2)+`
`),r}var KE=e=>e.workloads.map(t=>t.name).join(", ");function HE(e,t,r){let o={error:0,warning:0},n=0,i=(a,s,u)=>{o[a]++>=10?n++:r[a](s,u)};for(let a of t)a.error&&i("error",`${a.provider}: could not read the usage: ${a.error.message}`,{title:"genspend reconcile"});for(let a of e.lines){if(a.verdict==="pass")continue;let s=a.verdict==="fail"?"error":"warning",u=a.verdict==="fail"?"genspend reconcile: over the variance":`genspend reconcile: ${a.verdict}`;for(let c of a.workloads)i(s,`${c.name}: ${a.reasons.join("; ")}`,{title:u,file:c.file,...c.line!==void 0?{startLine:c.line}:{}})}n&&r.info(`genspend: ${n} more annotation${n===1?"":"s"} not shown (GitHub shows 10 per level); see the report`)}function WE(e,t){let r=t.filter(n=>n.error);if(r.length)return{verdict:"error",message:`genspend could not read the usage of ${r.map(n=>n.provider).join(", ")}, so its workloads are not judged: ${r.map(n=>n.error.message).join("; ")}`};let o=e.lines.filter(n=>n.verdict==="fail");return o.length?{verdict:"fail",message:`genspend: reconcile: ${o.length} of ${e.lines.length} over the variance: ${o.map(n=>`${KE(n)} (${n.reasons.join("; ")})`).join("; ")}`}:{verdict:"pass"}}export{VE as readReconcileInputs,zM as reconcileMode};
//# sourceMappingURL=reconcile.js.map
