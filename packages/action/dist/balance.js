import { createRequire as __genspendCreateRequire } from 'node:module'; const require = __genspendCreateRequire(import.meta.url);
var gw=Object.create;var jc=Object.defineProperty;var hw=Object.getOwnPropertyDescriptor;var vw=Object.getOwnPropertyNames;var bw=Object.getPrototypeOf,yw=Object.prototype.hasOwnProperty;var mn=(e,t)=>()=>{try{return t||e((t={exports:{}}).exports,t),t.exports}catch(n){throw t=0,n}},nr=(e,t)=>{for(var n in t)jc(e,n,{get:t[n],enumerable:!0})},$w=(e,t,n,i)=>{if(t&&typeof t=="object"||typeof t=="function")for(let r of vw(t))!yw.call(e,r)&&r!==n&&jc(e,r,{get:()=>t[r],enumerable:!(i=hw(t,r))||i.enumerable});return e};var ww=(e,t,n)=>(n=e!=null?gw(bw(e)):{},$w(t||!e||!e.__esModule?jc(n,"default",{value:e,enumerable:!0}):n,e));var Co=mn((FL,q2)=>{"use strict";var F2="[^\\\\/]",IT="(?=.)",L2="[^/]",uh="(?:\\/|$)",M2="(?:^|\\/)",lh=`\\.{1,2}${uh}`,PT="(?!\\.)",DT=`(?!${M2}${lh})`,TT=`(?!\\.{0,1}${uh})`,RT=`(?!${lh})`,ET="[^.\\/]",OT=`${L2}*?`,UT="/",B2={DOT_LITERAL:"\\.",PLUS_LITERAL:"\\+",QMARK_LITERAL:"\\?",SLASH_LITERAL:"\\/",ONE_CHAR:IT,QMARK:L2,END_ANCHOR:uh,DOTS_SLASH:lh,NO_DOT:PT,NO_DOTS:DT,NO_DOT_SLASH:TT,NO_DOTS_SLASH:RT,QMARK_NO_DOT:ET,STAR:OT,START_ANCHOR:M2,SEP:UT},NT={...B2,SLASH_LITERAL:"[\\\\/]",QMARK:F2,STAR:`${F2}*?`,DOTS_SLASH:"\\.{1,2}(?:[\\\\/]|$)",NO_DOT:"(?!\\.)",NO_DOTS:"(?!(?:^|[\\\\/])\\.{1,2}(?:[\\\\/]|$))",NO_DOT_SLASH:"(?!\\.{0,1}(?:[\\\\/]|$))",NO_DOTS_SLASH:"(?!\\.{1,2}(?:[\\\\/]|$))",QMARK_NO_DOT:"[^.\\\\/]",START_ANCHOR:"(?:^|[\\\\/])",END_ANCHOR:"(?:[\\\\/]|$)",SEP:"\\"},zT={__proto__:null,alnum:"a-zA-Z0-9",alpha:"a-zA-Z",ascii:"\\x00-\\x7F",blank:" \\t",cntrl:"\\x00-\\x1F\\x7F",digit:"0-9",graph:"\\x21-\\x7E",lower:"a-z",print:"\\x20-\\x7E ",punct:"\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",space:" \\t\\r\\n\\v\\f",upper:"A-Z",word:"A-Za-z0-9_",xdigit:"A-Fa-f0-9"};q2.exports={DEFAULT_MAX_EXTGLOB_RECURSION:0,MAX_LENGTH:1024*64,POSIX_REGEX_SOURCE:zT,REGEX_BACKSLASH:/\\(?![*+?^${}(|)[\]])/g,REGEX_NON_SPECIAL_CHARS:/^[^@![\].,$*+?^{}()|\\/]+/,REGEX_SPECIAL_CHARS:/[-*+?.^${}(|)[\]]/,REGEX_SPECIAL_CHARS_BACKREF:/(\\?)((\W)(\3*))/g,REGEX_SPECIAL_CHARS_GLOBAL:/([-*+?.^${}(|)[\]])/g,REGEX_REMOVE_BACKSLASH:/(?:\[.*?[^\\]\]|\\(?=.))/g,REPLACEMENTS:{__proto__:null,"***":"*","**/**":"**","**/**/**":"**"},CHAR_0:48,CHAR_9:57,CHAR_UPPERCASE_A:65,CHAR_LOWERCASE_A:97,CHAR_UPPERCASE_Z:90,CHAR_LOWERCASE_Z:122,CHAR_LEFT_PARENTHESES:40,CHAR_RIGHT_PARENTHESES:41,CHAR_ASTERISK:42,CHAR_AMPERSAND:38,CHAR_AT:64,CHAR_BACKWARD_SLASH:92,CHAR_CARRIAGE_RETURN:13,CHAR_CIRCUMFLEX_ACCENT:94,CHAR_COLON:58,CHAR_COMMA:44,CHAR_DOT:46,CHAR_DOUBLE_QUOTE:34,CHAR_EQUAL:61,CHAR_EXCLAMATION_MARK:33,CHAR_FORM_FEED:12,CHAR_FORWARD_SLASH:47,CHAR_GRAVE_ACCENT:96,CHAR_HASH:35,CHAR_HYPHEN_MINUS:45,CHAR_LEFT_ANGLE_BRACKET:60,CHAR_LEFT_CURLY_BRACE:123,CHAR_LEFT_SQUARE_BRACKET:91,CHAR_LINE_FEED:10,CHAR_NO_BREAK_SPACE:160,CHAR_PERCENT:37,CHAR_PLUS:43,CHAR_QUESTION_MARK:63,CHAR_RIGHT_ANGLE_BRACKET:62,CHAR_RIGHT_CURLY_BRACE:125,CHAR_RIGHT_SQUARE_BRACKET:93,CHAR_SEMICOLON:59,CHAR_SINGLE_QUOTE:39,CHAR_SPACE:32,CHAR_TAB:9,CHAR_UNDERSCORE:95,CHAR_VERTICAL_LINE:124,CHAR_ZERO_WIDTH_NOBREAK_SPACE:65279,extglobChars(e){return{"!":{type:"negate",open:"(?:(?!(?:",close:`))${e.STAR})`},"?":{type:"qmark",open:"(?:",close:")?"},"+":{type:"plus",open:"(?:",close:")+"},"*":{type:"star",open:"(?:",close:")*"},"@":{type:"at",open:"(?:",close:")"}}},globChars(e){return e===!0?NT:B2}}});var jo=mn(St=>{"use strict";var{REGEX_BACKSLASH:CT,REGEX_REMOVE_BACKSLASH:jT,REGEX_SPECIAL_CHARS:FT,REGEX_SPECIAL_CHARS_GLOBAL:LT}=Co();St.isObject=e=>e!==null&&typeof e=="object"&&!Array.isArray(e);St.hasRegexChars=e=>FT.test(e);St.isRegexChar=e=>e.length===1&&St.hasRegexChars(e);St.escapeRegex=e=>e.replace(LT,"\\$1");St.toPosixSlashes=e=>e.replace(CT,"/");St.isWindows=()=>{if(typeof navigator<"u"&&navigator.platform){let e=navigator.platform.toLowerCase();return e==="win32"||e==="windows"}return typeof process<"u"&&process.platform?process.platform==="win32":!1};St.removeBackslashes=e=>e.replace(jT,t=>t==="\\"?"":t);St.escapeLast=(e,t,n)=>{let i=e.lastIndexOf(t,n);return i===-1?e:e[i-1]==="\\"?St.escapeLast(e,t,i-1):`${e.slice(0,i)}\\${e.slice(i)}`};St.removePrefix=(e,t={})=>{let n=e;return n.startsWith("./")&&(n=n.slice(2),t.prefix="./"),n};St.wrapOutput=(e,t={},n={})=>{let i=n.contains?"":"^",r=n.contains?"":"$",o=`${i}(?:${e})${r}`;return t.negated===!0&&(o=`(?:^(?!${o}).*$)`),o};St.basename=(e,{windows:t}={})=>{let n=e.split(t?/[\\/]/:"/"),i=n[n.length-1];return i===""?n[n.length-2]:i}});var X2=mn((ML,J2)=>{"use strict";var Z2=jo(),{CHAR_ASTERISK:dh,CHAR_AT:MT,CHAR_BACKWARD_SLASH:yi,CHAR_COMMA:BT,CHAR_DOT:fh,CHAR_EXCLAMATION_MARK:ph,CHAR_FORWARD_SLASH:W2,CHAR_LEFT_CURLY_BRACE:mh,CHAR_LEFT_PARENTHESES:Ec,CHAR_LEFT_SQUARE_BRACKET:qT,CHAR_PLUS:ZT,CHAR_QUESTION_MARK:V2,CHAR_RIGHT_CURLY_BRACE:VT,CHAR_RIGHT_PARENTHESES:G2,CHAR_RIGHT_SQUARE_BRACKET:GT}=Co(),K2=e=>e===W2||e===yi,H2=e=>{e.isPrefix!==!0&&(e.depth=e.isGlobstar?1/0:1)},KT=(e,t)=>{let n=t||{},i=e.length-1,r=n.parts===!0||n.tokens===!0||n.scanToEnd===!0,o=[],a=[],s=[],u=e,c=-1,l=0,f=0,p=!1,g=!1,v=!1,h=!1,_=!1,w=!1,x=!1,S=!1,L=!1,X=!1,W=0,ue,Q,te={value:"",depth:0,isGlob:!1},T=()=>c>=i,be=()=>u.charCodeAt(c+1),xe=()=>(ue=Q,u.charCodeAt(++c));for(;c<i;){Q=xe();let H;if(Q===yi){x=te.backslashes=!0,Q=xe(),Q===mh&&(w=!0);continue}if(w===!0||Q===mh){for(W++;T()!==!0&&(Q=xe());){if(Q===yi){x=te.backslashes=!0,xe();continue}if(Q===mh){W++;continue}if(w!==!0&&Q===fh&&(Q=xe())===fh){if(p=te.isBrace=!0,v=te.isGlob=!0,X=!0,r===!0)continue;break}if(w!==!0&&Q===BT){if(p=te.isBrace=!0,v=te.isGlob=!0,X=!0,r===!0)continue;break}if(Q===VT&&(W--,W===0)){w=!1,p=te.isBrace=!0,X=!0;break}}if(r===!0)continue;break}if(Q===W2){if(o.push(c),a.push(te),te={value:"",depth:0,isGlob:!1},X===!0)continue;if(ue===fh&&c===l+1){l+=2;continue}f=c+1;continue}if(n.noext!==!0&&(Q===ZT||Q===MT||Q===dh||Q===V2||Q===ph)===!0&&be()===Ec){if(v=te.isGlob=!0,h=te.isExtglob=!0,X=!0,Q===ph&&c===l&&(L=!0),r===!0){let Ne=0;for(;T()!==!0&&(Q=xe());){if(Q===yi){x=te.backslashes=!0,xe();continue}if(Q===Ec){Ne++;continue}if(Q===G2&&--Ne===0){X=!0;break}}continue}break}if(Q===dh){if(ue===dh&&(_=te.isGlobstar=!0),v=te.isGlob=!0,X=!0,r===!0)continue;break}if(Q===V2){if(v=te.isGlob=!0,X=!0,r===!0)continue;break}if(Q===qT){for(;T()!==!0&&(H=xe());){if(H===yi){x=te.backslashes=!0,xe();continue}if(H===GT){g=te.isBracket=!0,v=te.isGlob=!0,X=!0;break}}if(r===!0)continue;break}if(n.nonegate!==!0&&Q===ph&&c===l){S=te.negated=!0,l++;continue}if(n.noparen!==!0&&Q===Ec){if(v=te.isGlob=!0,r===!0){let he=1;for(;T()!==!0&&(Q=xe());){if(Q===yi){x=te.backslashes=!0,xe();continue}if(Q===Ec){he++;continue}if(Q===G2&&--he===0){X=!0;break}}continue}break}if(v===!0){if(X=!0,r===!0)continue;break}}n.noext===!0&&(h=!1,v=!1);let ke=u,I="",P="";l>0&&(I=u.slice(0,l),u=u.slice(l),f-=l),ke&&v===!0&&f>0?(ke=u.slice(0,f),P=u.slice(f)):v===!0?(ke="",P=u):ke=u,ke&&ke!==""&&ke!=="/"&&ke!==u&&K2(ke.charCodeAt(ke.length-1))&&(ke=ke.slice(0,-1)),n.unescape===!0&&(P&&(P=Z2.removeBackslashes(P)),ke&&x===!0&&(ke=Z2.removeBackslashes(ke)));let C={prefix:I,input:e,start:l,base:ke,glob:P,isBrace:p,isBracket:g,isGlob:v,isExtglob:h,isGlobstar:_,negated:S,negatedExtglob:L};if(n.tokens===!0&&(C.maxDepth=0,K2(Q)||a.push(te),C.tokens=a),n.parts===!0||n.tokens===!0){let H;for(let _e=0;_e<o.length;_e++){let nt=H!==void 0?H+1:l,mt=o[_e],gt=e.slice(nt,mt);n.tokens&&(_e===0&&l!==0?(a[_e].isPrefix=!0,a[_e].value=I):a[_e].value=gt,H2(a[_e]),C.maxDepth+=a[_e].depth),mt>=l&&(s.push(gt),H=mt)}let he=H!==void 0?H+1:l,Ne=e.slice(he);s.push(Ne),n.tokens&&H&&H+1<e.length&&(a[a.length-1].value=Ne,H2(a[a.length-1]),C.maxDepth+=a[a.length-1].depth),C.slashes=o,C.parts=s}return C};J2.exports=KT});var tw=mn((BL,ew)=>{"use strict";var Fo=Co(),Et=jo(),{MAX_LENGTH:Oc,POSIX_REGEX_SOURCE:HT,REGEX_NON_SPECIAL_CHARS:WT,REGEX_SPECIAL_CHARS_BACKREF:JT,REPLACEMENTS:Y2}=Fo,XT=(e,t)=>{if(typeof t.expandRange=="function")return t.expandRange(...e,t);e.sort();let n=`[${e.join("-")}]`;try{new RegExp(n)}catch{return e.map(r=>Et.escapeRegex(r)).join("..")}return n},$i=(e,t)=>`Missing ${e}: "${t}" - use "\\\\${t}" to match literal characters`,Q2=e=>{let t=[],n=0,i=0,r=0,o="",a=!1;for(let s of e){if(a===!0){o+=s,a=!1;continue}if(s==="\\"){o+=s,a=!0;continue}if(s==='"'){r=r===1?0:1,o+=s;continue}if(r===0){if(s==="[")n++;else if(s==="]"&&n>0)n--;else if(n===0){if(s==="(")i++;else if(s===")"&&i>0)i--;else if(s==="|"&&i===0){t.push(o),o="";continue}}}o+=s}return t.push(o),t},YT=e=>{let t=!1;for(let n of e){if(t===!0){t=!1;continue}if(n==="\\"){t=!0;continue}if(/[?*+@!()[\]{}]/.test(n))return!1}return!0},hh=e=>{let t=e.trim(),n=!0;for(;n===!0;)n=!1,/^@\([^\\()[\]{}|]+\)$/.test(t)&&(t=t.slice(2,-1),n=!0);if(YT(t))return t.replace(/\\(.)/g,"$1")},QT=e=>{let t=e.map(hh).filter(Boolean);for(let n=0;n<t.length;n++)for(let i=n+1;i<t.length;i++){let r=t[n],o=t[i],a=r[0];if(!(!a||r!==a.repeat(r.length)||o!==a.repeat(o.length))&&(r===o||r.startsWith(o)||o.startsWith(r)))return!0}return!1},gh=(e,t=!0)=>{if(e[0]!=="+"&&e[0]!=="*"||e[1]!=="(")return;let n=0,i=0,r=0,o=!1;for(let a=1;a<e.length;a++){let s=e[a];if(o===!0){o=!1;continue}if(s==="\\"){o=!0;continue}if(s==='"'){r=r===1?0:1;continue}if(r!==1){if(s==="["){n++;continue}if(s==="]"&&n>0){n--;continue}if(!(n>0)){if(s==="("){i++;continue}if(s===")"&&(i--,i===0))return t===!0&&a!==e.length-1?void 0:{type:e[0],body:e.slice(2,a),end:a}}}}},eR=e=>`${e.length===1?Et.escapeRegex(e[0]):`[${e.map(n=>Et.escapeRegex(n)).join("")}]`}*`,tR=e=>{let t=0,n=[];for(;t<e.length;){let i=gh(e.slice(t),!1);if(!i||i.type!=="*")return;let r=Q2(i.body).map(a=>a.trim());if(r.length!==1)return;let o=hh(r[0]);if(!o||o.length!==1)return;n.push(o),t+=i.end+1}if(!(n.length<1))return n},rR=e=>{let t=0,n=e.trim(),i=gh(n);for(;i;)t++,n=i.body.trim(),i=gh(n);return t},nR=(e,t)=>{if(t.maxExtglobRecursion===!1)return{risky:!1};let n=typeof t.maxExtglobRecursion=="number"?t.maxExtglobRecursion:Fo.DEFAULT_MAX_EXTGLOB_RECURSION,i=Q2(e).map(s=>s.trim());if(i.length>1&&(i.some(s=>s==="")||i.some(s=>/^[*?]+$/.test(s))||QT(i)))return{risky:!0};let r=[],o=!1,a=!0;for(let s of i){let u=tR(s);if(u){o=!0,r.push(...u);continue}let c=hh(s);if(c&&c.length===1){r.push(c);continue}if(a=!1,rR(s)>n)return{risky:!0}}return o?a?{risky:!0,safeOutput:eR([...new Set(r)])}:{risky:!0}:{risky:!1}},vh=(e,t)=>{if(typeof e!="string")throw new TypeError("Expected a string");e=Y2[e]||e;let n={...t},i=typeof n.maxLength=="number"?Math.min(Oc,n.maxLength):Oc,r=e.length;if(r>i)throw new SyntaxError(`Input length: ${r}, exceeds maximum allowed length: ${i}`);let o={type:"bos",value:"",output:n.prepend||""},a=[o],s=n.capture?"":"?:",u=Fo.globChars(n.windows),c=Fo.extglobChars(u),{DOT_LITERAL:l,PLUS_LITERAL:f,SLASH_LITERAL:p,ONE_CHAR:g,DOTS_SLASH:v,NO_DOT:h,NO_DOT_SLASH:_,NO_DOTS_SLASH:w,QMARK:x,QMARK_NO_DOT:S,STAR:L,START_ANCHOR:X}=u,W=G=>`(${s}(?:(?!${X}${G.dot?v:l}).)*?)`,ue=n.dot?"":h,Q=n.dot?x:S,te=n.bash===!0?W(n):L;n.capture&&(te=`(${te})`),typeof n.noext=="boolean"&&(n.noextglob=n.noext);let T={input:e,index:-1,start:0,dot:n.dot===!0,consumed:"",output:"",prefix:"",backtrack:!1,negated:!1,brackets:0,braces:0,parens:0,quotes:0,globstar:!1,tokens:a};e=Et.removePrefix(e,T),r=e.length;let be=[],xe=[],ke=[],I=o,P,C=()=>T.index===r-1,H=T.peek=(G=1)=>e[T.index+G],he=T.advance=()=>e[++T.index]||"",Ne=()=>e.slice(T.index+1),_e=(G="",Ie=0)=>{T.consumed+=G,T.index+=Ie},nt=G=>{T.output+=G.output!=null?G.output:G.value,_e(G.value)},mt=()=>{let G=1;for(;H()==="!"&&(H(2)!=="("||H(3)==="?");)he(),T.start++,G++;return G%2===0?!1:(T.negated=!0,T.start++,!0)},gt=G=>{T[G]++,ke.push(G)},It=G=>{T[G]--,ke.pop()},ie=G=>{if(I.type==="globstar"){let Ie=T.braces>0&&(G.type==="comma"||G.type==="brace"),B=G.extglob===!0||be.length&&(G.type==="pipe"||G.type==="paren");G.type!=="slash"&&G.type!=="paren"&&!Ie&&!B&&(T.output=T.output.slice(0,-I.output.length),I.type="star",I.value="*",I.output=te,T.output+=I.output)}if(be.length&&G.type!=="paren"&&(be[be.length-1].inner+=G.value),(G.value||G.output)&&nt(G),I&&I.type==="text"&&G.type==="text"){I.output=(I.output||I.value)+G.value,I.value+=G.value;return}G.prev=I,a.push(G),I=G},Pt=(G,Ie)=>{let B={...c[Ie],conditions:1,inner:""};B.prev=I,B.parens=T.parens,B.output=T.output,B.startIndex=T.index,B.tokensIndex=a.length;let fe=(n.capture?"(":"")+B.open;gt("parens"),ie({type:G,value:Ie,output:T.output?"":g}),ie({type:"paren",extglob:!0,value:he(),output:fe}),be.push(B)},Mr=G=>{let Ie=e.slice(G.startIndex,T.index+1),B=e.slice(G.startIndex+2,T.index),fe=nR(B,n);if((G.type==="plus"||G.type==="star")&&fe.risky){let Se=fe.safeOutput?(G.output?"":g)+(n.capture?`(${fe.safeOutput})`:fe.safeOutput):void 0,it=a[G.tokensIndex];it.type="text",it.value=Ie,it.output=Se||Et.escapeRegex(Ie);for(let Ot=G.tokensIndex+1;Ot<a.length;Ot++)a[Ot].value="",a[Ot].output="",delete a[Ot].suffix;T.output=G.output+it.output,T.backtrack=!0,ie({type:"paren",extglob:!0,value:P,output:""}),It("parens");return}let Ae=G.close+(n.capture?")":""),ze;if(G.type==="negate"){let Se=te;if(G.inner&&G.inner.length>1&&G.inner.includes("/")&&(Se=W(n)),(Se!==te||C()||/^\)+$/.test(Ne()))&&(Ae=G.close=`)$))${Se}`),G.inner.includes("*")&&(ze=Ne())&&/^\.[^\\/.]+$/.test(ze)){let it=vh(ze,{...t,fastpaths:!1}).output;Ae=G.close=`)${it})${Se})`}G.prev.type==="bos"&&(T.negatedExtglob=!0)}ie({type:"paren",extglob:!0,value:P,output:Ae}),It("parens")};if(n.fastpaths!==!1&&!/(^[*!]|[/()[\]{}"])/.test(e)){let G=!1,Ie=e.replace(JT,(B,fe,Ae,ze,Se,it)=>ze==="\\"?(G=!0,B):ze==="?"?fe?fe+ze+(Se?x.repeat(Se.length):""):it===0?Q+(Se?x.repeat(Se.length):""):x.repeat(Ae.length):ze==="."?l.repeat(Ae.length):ze==="*"?fe?fe+ze+(Se?te:""):te:fe?B:`\\${B}`);return G===!0&&(n.unescape===!0?Ie=Ie.replace(/\\/g,""):Ie=Ie.replace(/\\+/g,B=>B.length%2===0?"\\\\":B?"\\":"")),Ie===e&&n.contains===!0?(T.output=e,T):(T.output=Et.wrapOutput(Ie,T,t),T)}for(;!C();){if(P=he(),P==="\0")continue;if(P==="\\"){let B=H();if(B==="/"&&n.bash!==!0||B==="."||B===";")continue;if(!B){P+="\\",ie({type:"text",value:P});continue}let fe=/^\\+/.exec(Ne()),Ae=0;if(fe&&fe[0].length>2&&(Ae=fe[0].length,T.index+=Ae,Ae%2!==0&&(P+="\\")),n.unescape===!0?P=he():P+=he(),T.brackets===0){ie({type:"text",value:P});continue}}if(T.brackets>0&&(P!=="]"||I.value==="["||I.value==="[^")){if(n.posix!==!1&&P===":"){let B=I.value.slice(1);if(B.includes("[")&&(I.posix=!0,B.includes(":"))){let fe=I.value.lastIndexOf("["),Ae=I.value.slice(0,fe),ze=I.value.slice(fe+2),Se=HT[ze];if(Se){I.value=Ae+Se,T.backtrack=!0,he(),!o.output&&a.indexOf(I)===1&&(o.output=g);continue}}}(P==="["&&H()!==":"||P==="-"&&H()==="]")&&(P=`\\${P}`),P==="]"&&(I.value==="["||I.value==="[^")&&(P=`\\${P}`),n.posix===!0&&P==="!"&&I.value==="["&&(P="^"),I.value+=P,nt({value:P});continue}if(T.quotes===1&&P!=='"'){P=Et.escapeRegex(P),I.value+=P,nt({value:P});continue}if(P==='"'){T.quotes=T.quotes===1?0:1,n.keepQuotes===!0&&ie({type:"text",value:P});continue}if(P==="("){gt("parens"),ie({type:"paren",value:P});continue}if(P===")"){if(T.parens===0&&n.strictBrackets===!0)throw new SyntaxError($i("opening","("));let B=be[be.length-1];if(B&&T.parens===B.parens+1){Mr(be.pop());continue}ie({type:"paren",value:P,output:T.parens?")":"\\)"}),It("parens");continue}if(P==="["){if(n.nobracket===!0||!Ne().includes("]")){if(n.nobracket!==!0&&n.strictBrackets===!0)throw new SyntaxError($i("closing","]"));P=`\\${P}`}else gt("brackets");ie({type:"bracket",value:P});continue}if(P==="]"){if(n.nobracket===!0||I&&I.type==="bracket"&&I.value.length===1){ie({type:"text",value:P,output:`\\${P}`});continue}if(T.brackets===0){if(n.strictBrackets===!0)throw new SyntaxError($i("opening","["));ie({type:"text",value:P,output:`\\${P}`});continue}It("brackets");let B=I.value.slice(1);if(I.posix!==!0&&B[0]==="^"&&!B.includes("/")&&(P=`/${P}`),I.value+=P,nt({value:P}),n.literalBrackets===!1||Et.hasRegexChars(B))continue;let fe=Et.escapeRegex(I.value);if(T.output=T.output.slice(0,-I.value.length),n.literalBrackets===!0){T.output+=fe,I.value=fe;continue}I.value=`(${s}${fe}|${I.value})`,T.output+=I.value;continue}if(P==="{"&&n.nobrace!==!0){gt("braces");let B={type:"brace",value:P,output:"(",outputIndex:T.output.length,tokensIndex:T.tokens.length};xe.push(B),ie(B);continue}if(P==="}"){let B=xe[xe.length-1];if(n.nobrace===!0||!B){ie({type:"text",value:P,output:P});continue}let fe=")";if(B.dots===!0){let Ae=a.slice(),ze=[];for(let Se=Ae.length-1;Se>=0&&(a.pop(),Ae[Se].type!=="brace");Se--)Ae[Se].type!=="dots"&&ze.unshift(Ae[Se].value);fe=XT(ze,n),T.backtrack=!0}if(B.comma!==!0&&B.dots!==!0){let Ae=T.output.slice(0,B.outputIndex),ze=T.tokens.slice(B.tokensIndex);B.value=B.output="\\{",P=fe="\\}",T.output=Ae;for(let Se of ze)T.output+=Se.output||Se.value}ie({type:"brace",value:P,output:fe}),It("braces"),xe.pop();continue}if(P==="|"){be.length>0&&be[be.length-1].conditions++,ie({type:"text",value:P});continue}if(P===","){let B=P,fe=xe[xe.length-1];fe&&ke[ke.length-1]==="braces"&&(fe.comma=!0,B="|"),ie({type:"comma",value:P,output:B});continue}if(P==="/"){if(I.type==="dot"&&T.index===T.start+1){T.start=T.index+1,T.consumed="",T.output="",a.pop(),I=o;continue}ie({type:"slash",value:P,output:p});continue}if(P==="."){if(T.braces>0&&I.type==="dot"){I.value==="."&&(I.output=l);let B=xe[xe.length-1];I.type="dots",I.output+=P,I.value+=P,B.dots=!0;continue}if(T.braces+T.parens===0&&I.type!=="bos"&&I.type!=="slash"){ie({type:"text",value:P,output:l});continue}ie({type:"dot",value:P,output:l});continue}if(P==="?"){if(!(I&&I.value==="(")&&n.noextglob!==!0&&H()==="("&&H(2)!=="?"){Pt("qmark",P);continue}if(I&&I.type==="paren"){let fe=H(),Ae=P;(I.value==="("&&!/[!=<:]/.test(fe)||fe==="<"&&!/<([!=]|\w+>)/.test(Ne()))&&(Ae=`\\${P}`),ie({type:"text",value:P,output:Ae});continue}if(n.dot!==!0&&(I.type==="slash"||I.type==="bos")){ie({type:"qmark",value:P,output:S});continue}ie({type:"qmark",value:P,output:x});continue}if(P==="!"){if(n.noextglob!==!0&&H()==="("&&(H(2)!=="?"||!/[!=<:]/.test(H(3)))){Pt("negate",P);continue}if(n.nonegate!==!0&&T.index===0){mt();continue}}if(P==="+"){if(n.noextglob!==!0&&H()==="("&&H(2)!=="?"){Pt("plus",P);continue}if(I&&I.value==="("||n.regex===!1){ie({type:"plus",value:P,output:f});continue}if(I&&(I.type==="bracket"||I.type==="paren"||I.type==="brace")||T.parens>0){ie({type:"plus",value:P});continue}ie({type:"plus",value:f});continue}if(P==="@"){if(n.noextglob!==!0&&H()==="("&&H(2)!=="?"){ie({type:"at",extglob:!0,value:P,output:""});continue}ie({type:"text",value:P});continue}if(P!=="*"){(P==="$"||P==="^")&&(P=`\\${P}`);let B=WT.exec(Ne());B&&(P+=B[0],T.index+=B[0].length),ie({type:"text",value:P});continue}if(I&&(I.type==="globstar"||I.star===!0)){I.type="star",I.star=!0,I.value+=P,I.output=te,T.backtrack=!0,T.globstar=!0,_e(P);continue}let G=Ne();if(n.noextglob!==!0&&/^\([^?]/.test(G)){Pt("star",P);continue}if(I.type==="star"){if(n.noglobstar===!0){_e(P);continue}let B=I.prev,fe=B.prev,Ae=B.type==="slash"||B.type==="bos",ze=fe&&(fe.type==="star"||fe.type==="globstar");if(n.bash===!0&&(!Ae||G[0]&&G[0]!=="/")){ie({type:"star",value:P,output:""});continue}let Se=T.braces>0&&(B.type==="comma"||B.type==="brace"),it=be.length&&(B.type==="pipe"||B.type==="paren");if(!Ae&&B.type!=="paren"&&!Se&&!it){ie({type:"star",value:P,output:""});continue}for(;G.slice(0,3)==="/**";){let ot=e[T.index+4];if(ot&&ot!=="/")break;G=G.slice(3),_e("/**",3)}let Ot=C()||T.parens>0&&G===")".repeat(T.parens)&&!be.some(ot=>ot.type==="negate");if(B.type==="bos"&&C()){I.type="globstar",I.value+=P,I.output=W(n),T.output=I.output,T.globstar=!0,_e(P);continue}if(B.type==="slash"&&B.prev.type!=="bos"&&!ze&&Ot){T.output=T.output.slice(0,-(B.output+I.output).length),B.output=`(?:${B.output}`,I.type="globstar",I.output=W(n)+(n.strictSlashes?")":"|$)"),I.value+=P,T.globstar=!0,T.output+=B.output+I.output,_e(P);continue}if(B.type==="slash"&&B.prev.type!=="bos"&&G[0]==="/"){let ot=G[1]!==void 0?"|$":"";T.output=T.output.slice(0,-(B.output+I.output).length),B.output=`(?:${B.output}`,I.type="globstar",I.output=`${W(n)}${p}|${p}${ot})`,I.value+=P,T.output+=B.output+I.output,T.globstar=!0,_e(P+he()),ie({type:"slash",value:"/",output:""});continue}if(B.type==="bos"&&G[0]==="/"){I.type="globstar",I.value+=P,I.output=`(?:^|${p}|${W(n)}${p})`,T.output=I.output,T.globstar=!0,_e(P+he()),ie({type:"slash",value:"/",output:""});continue}T.output=T.output.slice(0,-I.output.length),I.type="globstar",I.output=W(n),I.value+=P,T.output+=I.output,T.globstar=!0,_e(P);continue}let Ie={type:"star",value:P,output:te};if(n.bash===!0){Ie.output=".*?",(I.type==="bos"||I.type==="slash")&&(Ie.output=ue+Ie.output),ie(Ie);continue}if(I&&(I.type==="bracket"||I.type==="paren")&&n.regex===!0){Ie.output=P,ie(Ie);continue}(T.index===T.start||I.type==="slash"||I.type==="dot")&&(I.type==="dot"?(T.output+=_,I.output+=_):n.dot===!0?(T.output+=w,I.output+=w):(T.output+=ue,I.output+=ue),H()!=="*"&&(T.output+=g,I.output+=g)),ie(Ie)}for(;T.brackets>0;){if(n.strictBrackets===!0)throw new SyntaxError($i("closing","]"));T.output=Et.escapeLast(T.output,"["),It("brackets")}for(;T.parens>0;){if(n.strictBrackets===!0)throw new SyntaxError($i("closing",")"));T.output=Et.escapeLast(T.output,"("),It("parens")}for(;T.braces>0;){if(n.strictBrackets===!0)throw new SyntaxError($i("closing","}"));T.output=Et.escapeLast(T.output,"{"),It("braces")}if(n.strictSlashes!==!0&&(I.type==="star"||I.type==="bracket")&&ie({type:"maybe_slash",value:"",output:`${p}?`}),T.backtrack===!0){T.output="";for(let G of T.tokens)T.output+=G.output!=null?G.output:G.value,G.suffix&&(T.output+=G.suffix)}return T};vh.fastpaths=(e,t)=>{let n={...t},i=typeof n.maxLength=="number"?Math.min(Oc,n.maxLength):Oc,r=e.length;if(r>i)throw new SyntaxError(`Input length: ${r}, exceeds maximum allowed length: ${i}`);e=Y2[e]||e;let{DOT_LITERAL:o,SLASH_LITERAL:a,ONE_CHAR:s,DOTS_SLASH:u,NO_DOT:c,NO_DOTS:l,NO_DOTS_SLASH:f,STAR:p,START_ANCHOR:g}=Fo.globChars(n.windows),v=n.dot?l:c,h=n.dot?f:c,_=n.capture?"":"?:",w={negated:!1,prefix:""},x=n.bash===!0?".*?":p;n.capture&&(x=`(${x})`);let S=ue=>ue.noglobstar===!0?x:`(${_}(?:(?!${g}${ue.dot?u:o}).)*?)`,L=ue=>{switch(ue){case"*":return`${v}${s}${x}`;case".*":return`${o}${s}${x}`;case"*.*":return`${v}${x}${o}${s}${x}`;case"*/*":return`${v}${x}${a}${s}${h}${x}`;case"**":return v+S(n);case"**/*":return`(?:${v}${S(n)}${a})?${h}${s}${x}`;case"**/*.*":return`(?:${v}${S(n)}${a})?${h}${x}${o}${s}${x}`;case"**/.*":return`(?:${v}${S(n)}${a})?${o}${s}${x}`;default:{let Q=/^(.*?)\.(\w+)$/.exec(ue);if(!Q)return;let te=L(Q[1]);return te?te+o+Q[2]:void 0}}},X=Et.removePrefix(e,w),W=L(X);return W&&n.strictSlashes!==!0&&(W+=`${a}?`),W};ew.exports=vh});var iw=mn((qL,nw)=>{"use strict";var iR=X2(),bh=tw(),rw=jo(),oR=Co(),aR=e=>e&&typeof e=="object"&&!Array.isArray(e),Me=(e,t,n=!1)=>{if(Array.isArray(e)){let l=e.map(p=>Me(p,t,n));return p=>{for(let g of l){let v=g(p);if(v)return v}return!1}}let i=aR(e)&&e.tokens&&e.input;if(e===""||typeof e!="string"&&!i)throw new TypeError("Expected pattern to be a non-empty string");let r=t||{},o=r.windows,a=i?Me.compileRe(e,t):Me.makeRe(e,t,!1,!0),s=a.state;delete a.state;let u=()=>!1;if(r.ignore){let l={...t,ignore:null,onMatch:null,onResult:null};u=Me(r.ignore,l,n)}let c=(l,f=!1)=>{let{isMatch:p,match:g,output:v}=Me.test(l,a,t,{glob:e,posix:o}),h={glob:e,state:s,regex:a,posix:o,input:l,output:v,match:g,isMatch:p};return typeof r.onResult=="function"&&r.onResult(h),p===!1?(h.isMatch=!1,f?h:!1):u(l)?(typeof r.onIgnore=="function"&&r.onIgnore(h),h.isMatch=!1,f?h:!1):(typeof r.onMatch=="function"&&r.onMatch(h),f?h:!0)};return n&&(c.state=s),c};Me.test=(e,t,n,{glob:i,posix:r}={})=>{if(typeof e!="string")throw new TypeError("Expected input to be a string");if(e==="")return{isMatch:!1,output:""};let o=n||{},a=o.format||(r?rw.toPosixSlashes:null),s=e===i,u=s&&a?a(e):e;return s===!1&&(u=a?a(e):e,s=u===i),(s===!1||o.capture===!0)&&(o.matchBase===!0||o.basename===!0?s=Me.matchBase(e,t,n,r):s=t.exec(u)),{isMatch:!!s,match:s,output:u}};Me.matchBase=(e,t,n,i=n&&n.windows)=>(t instanceof RegExp?t:Me.makeRe(t,n)).test(rw.basename(e,{windows:i}));Me.isMatch=(e,t,n)=>Me(t,n)(e);Me.parse=(e,t)=>Array.isArray(e)?e.map(n=>Me.parse(n,t)):bh(e,{...t,fastpaths:!1});Me.scan=(e,t)=>iR(e,t);Me.compileRe=(e,t,n=!1,i=!1)=>{if(n===!0)return e.output;let r=t||{},o=r.contains?"":"^",a=r.contains?"":"$",s=`${o}(?:${e.output})${a}`;e&&e.negated===!0&&(s=`^(?!${s}).*$`);let u=Me.toRegex(s,t);return i===!0&&(u.state=e),u};Me.makeRe=(e,t={},n=!1,i=!1)=>{if(!e||typeof e!="string")throw new TypeError("Expected a non-empty string");let r={negated:!1,fastpaths:!0};return t.fastpaths!==!1&&(e[0]==="."||e[0]==="*")&&(r.output=bh.fastpaths(e,t)),r.output||(r=bh(e,t)),Me.compileRe(r,t,n,i)};Me.toRegex=(e,t)=>{try{let n=t||{};return new RegExp(e,n.flags||(n.nocase?"i":""))}catch(n){if(t&&t.debug===!0)throw n;return/$^/}};Me.constants=oR;nw.exports=Me});var cw=mn((ZL,sw)=>{"use strict";var ow=iw(),sR=jo();function aw(e,t,n=!1){return t&&(t.windows===null||t.windows===void 0)&&(t={...t,windows:sR.isWindows()}),ow(e,t,n)}Object.assign(aw,ow);sw.exports=aw});import{mkdtempSync as gR,writeFileSync as hR}from"node:fs";import{tmpdir as vR}from"node:os";import{join as mw,resolve as bR}from"node:path";import{setTimeout as yR}from"node:timers/promises";var gn=9e15,wr=1e9,Fc="0123456789abcdef",Ko="2.3025850929940456840179914546843642076011014886287729760333279009675726096773524802359972050895982983419677840422862486334095254650828067566662873690987816894829072083255546808437998948262331985283935053089653777326288461633662222876982198867465436674744042432743651550489343149393914796194044002221051017141748003688084012647080685567743216228355220114804663715659121373450747856947683463616792101806445070648000277502684916746550586856935673420670581136429224554405758925724208241314695689016758940256776311356919292033376587141660230105703089634572075440370847469940168269282808481184289314848524948644871927809676271275775397027668605952496716674183485704422507197965004714951050492214776567636938662976979522110718264549734772662425709429322582798502585509785265383207606726317164309505995087807523710333101197857547331541421808427543863591778117054309827482385045648019095610299291824318237525357709750539565187697510374970888692180205189339507238539205144634197265287286965110862571492198849978748873771345686209167058",Ho="3.1415926535897932384626433832795028841971693993751058209749445923078164062862089986280348253421170679821480865132823066470938446095505822317253594081284811174502841027019385211055596446229489549303819644288109756659334461284756482337867831652712019091456485669234603486104543266482133936072602491412737245870066063155881748815209209628292540917153643678925903600113305305488204665213841469519415116094330572703657595919530921861173819326117931051185480744623799627495673518857527248912279381830119491298336733624406566430860213949463952247371907021798609437027705392171762931767523846748184676694051320005681271452635608277857713427577896091736371787214684409012249534301465495853710507922796892589235420199561121290219608640344181598136297747713099605187072113499999983729780499510597317328160963185950244594553469083026425223082533446850352619311881710100031378387528865875332083814206171776691473035982534904287554687311595628638823537875937519577818577805321712268066130019278766111959092164201989380952572010654858632789",Lc={precision:20,rounding:4,modulo:1,toExpNeg:-7,toExpPos:21,minE:-gn,maxE:gn,crypto:!1},Ih,ir,pe=!0,Jo="[DecimalError] ",$r=Jo+"Invalid argument: ",Ph=Jo+"Precision limit exceeded",Dh=Jo+"crypto unavailable",Th="[object Decimal]",Qe=Math.floor,Ve=Math.pow,xw=/^0b([01]+(\.[01]*)?|\.[01]+)(p[+-]?\d+)?$/i,kw=/^0x([0-9a-f]+(\.[0-9a-f]*)?|\.[0-9a-f]+)(p[+-]?\d+)?$/i,_w=/^0o([0-7]+(\.[0-7]*)?|\.[0-7]+)(p[+-]?\d+)?$/i,Rh=/^(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i,Mt=1e7,ae=7,Aw=9007199254740991,Sw=Ko.length-1,Mc=Ho.length-1,F={toStringTag:Th};F.absoluteValue=F.abs=function(){var e=new this.constructor(this);return e.s<0&&(e.s=1),re(e)};F.ceil=function(){return re(new this.constructor(this),this.e+1,2)};F.clampedTo=F.clamp=function(e,t){var n,i=this,r=i.constructor;if(e=new r(e),t=new r(t),!e.s||!t.s)return new r(NaN);if(e.gt(t))throw Error($r+t);return n=i.cmp(e),n<0?e:i.cmp(t)>0?t:new r(i)};F.comparedTo=F.cmp=function(e){var t,n,i,r,o=this,a=o.d,s=(e=new o.constructor(e)).d,u=o.s,c=e.s;if(!a||!s)return!u||!c?NaN:u!==c?u:a===s?0:!a^u<0?1:-1;if(!a[0]||!s[0])return a[0]?u:s[0]?-c:0;if(u!==c)return u;if(o.e!==e.e)return o.e>e.e^u<0?1:-1;for(i=a.length,r=s.length,t=0,n=i<r?i:r;t<n;++t)if(a[t]!==s[t])return a[t]>s[t]^u<0?1:-1;return i===r?0:i>r^u<0?1:-1};F.cosine=F.cos=function(){var e,t,n=this,i=n.constructor;return n.d?n.d[0]?(e=i.precision,t=i.rounding,i.precision=e+Math.max(n.e,n.sd())+ae,i.rounding=1,n=Iw(i,zh(i,n)),i.precision=e,i.rounding=t,re(ir==2||ir==3?n.neg():n,e,t,!0)):new i(1):new i(NaN)};F.cubeRoot=F.cbrt=function(){var e,t,n,i,r,o,a,s,u,c,l=this,f=l.constructor;if(!l.isFinite()||l.isZero())return new f(l);for(pe=!1,o=l.s*Ve(l.s*l,1/3),!o||Math.abs(o)==1/0?(n=Je(l.d),e=l.e,(o=(e-n.length+1)%3)&&(n+=o==1||o==-2?"0":"00"),o=Ve(n,1/3),e=Qe((e+1)/3)-(e%3==(e<0?-1:2)),o==1/0?n="5e"+e:(n=o.toExponential(),n=n.slice(0,n.indexOf("e")+1)+e),i=new f(n),i.s=l.s):i=new f(o.toString()),a=(e=f.precision)+3;;)if(s=i,u=s.times(s).times(s),c=u.plus(l),i=Ue(c.plus(l).times(s),c.plus(u),a+2,1),Je(s.d).slice(0,a)===(n=Je(i.d)).slice(0,a))if(n=n.slice(a-3,a+1),n=="9999"||!r&&n=="4999"){if(!r&&(re(s,e+1,0),s.times(s).times(s).eq(l))){i=s;break}a+=4,r=1}else{(!+n||!+n.slice(1)&&n.charAt(0)=="5")&&(re(i,e+1,1),t=!i.times(i).times(i).eq(l));break}return pe=!0,re(i,e,f.rounding,t)};F.decimalPlaces=F.dp=function(){var e,t=this.d,n=NaN;if(t){if(e=t.length-1,n=(e-Qe(this.e/ae))*ae,e=t[e],e)for(;e%10==0;e/=10)n--;n<0&&(n=0)}return n};F.dividedBy=F.div=function(e){return Ue(this,new this.constructor(e))};F.dividedToIntegerBy=F.divToInt=function(e){var t=this,n=t.constructor;return re(Ue(t,new n(e),0,1,1),n.precision,n.rounding)};F.equals=F.eq=function(e){return this.cmp(e)===0};F.floor=function(){return re(new this.constructor(this),this.e+1,3)};F.greaterThan=F.gt=function(e){return this.cmp(e)>0};F.greaterThanOrEqualTo=F.gte=function(e){var t=this.cmp(e);return t==1||t===0};F.hyperbolicCosine=F.cosh=function(){var e,t,n,i,r,o=this,a=o.constructor,s=new a(1);if(!o.isFinite())return new a(o.s?1/0:NaN);if(o.isZero())return s;n=a.precision,i=a.rounding,a.precision=n+Math.max(o.e,o.sd())+4,a.rounding=1,r=o.d.length,r<32?(e=Math.ceil(r/3),t=(1/Yo(4,e)).toString()):(e=16,t="2.3283064365386962890625e-10"),o=hn(a,1,o.times(t),new a(1),!0);for(var u,c=e,l=new a(8);c--;)u=o.times(o),o=s.minus(u.times(l.minus(u.times(l))));return re(o,a.precision=n,a.rounding=i,!0)};F.hyperbolicSine=F.sinh=function(){var e,t,n,i,r=this,o=r.constructor;if(!r.isFinite()||r.isZero())return new o(r);if(t=o.precision,n=o.rounding,o.precision=t+Math.max(r.e,r.sd())+4,o.rounding=1,i=r.d.length,i<3)r=hn(o,2,r,r,!0);else{e=1.4*Math.sqrt(i),e=e>16?16:e|0,r=r.times(1/Yo(5,e)),r=hn(o,2,r,r,!0);for(var a,s=new o(5),u=new o(16),c=new o(20);e--;)a=r.times(r),r=r.times(s.plus(a.times(u.times(a).plus(c))))}return o.precision=t,o.rounding=n,re(r,t,n,!0)};F.hyperbolicTangent=F.tanh=function(){var e,t,n=this,i=n.constructor;return n.isFinite()?n.isZero()?new i(n):(e=i.precision,t=i.rounding,i.precision=e+7,i.rounding=1,Ue(n.sinh(),n.cosh(),i.precision=e,i.rounding=t)):new i(n.s)};F.inverseCosine=F.acos=function(){var e=this,t=e.constructor,n=e.abs().cmp(1),i=t.precision,r=t.rounding;return n!==-1?n===0?e.isNeg()?Jt(t,i,r):new t(0):new t(NaN):e.isZero()?Jt(t,i+4,r).times(.5):(t.precision=i+6,t.rounding=1,e=new t(1).minus(e).div(e.plus(1)).sqrt().atan(),t.precision=i,t.rounding=r,e.times(2))};F.inverseHyperbolicCosine=F.acosh=function(){var e,t,n=this,i=n.constructor;return n.lte(1)?new i(n.eq(1)?0:NaN):n.isFinite()?(e=i.precision,t=i.rounding,i.precision=e+Math.max(Math.abs(n.e),n.sd())+4,i.rounding=1,pe=!1,n=n.times(n).minus(1).sqrt().plus(n),pe=!0,i.precision=e,i.rounding=t,n.ln()):new i(n)};F.inverseHyperbolicSine=F.asinh=function(){var e,t,n=this,i=n.constructor;return!n.isFinite()||n.isZero()?new i(n):(e=i.precision,t=i.rounding,i.precision=e+2*Math.max(Math.abs(n.e),n.sd())+6,i.rounding=1,pe=!1,n=n.times(n).plus(1).sqrt().plus(n),pe=!0,i.precision=e,i.rounding=t,n.ln())};F.inverseHyperbolicTangent=F.atanh=function(){var e,t,n,i,r=this,o=r.constructor;return r.isFinite()?r.e>=0?new o(r.abs().eq(1)?r.s/0:r.isZero()?r:NaN):(e=o.precision,t=o.rounding,i=r.sd(),Math.max(i,e)<2*-r.e-1?re(new o(r),e,t,!0):(o.precision=n=i-r.e,r=Ue(r.plus(1),new o(1).minus(r),n+e,1),o.precision=e+4,o.rounding=1,r=r.ln(),o.precision=e,o.rounding=t,r.times(.5))):new o(NaN)};F.inverseSine=F.asin=function(){var e,t,n,i,r=this,o=r.constructor;return r.isZero()?new o(r):(t=r.abs().cmp(1),n=o.precision,i=o.rounding,t!==-1?t===0?(e=Jt(o,n+4,i).times(.5),e.s=r.s,e):new o(NaN):(o.precision=n+6,o.rounding=1,r=r.div(new o(1).minus(r.times(r)).sqrt().plus(1)).atan(),o.precision=n,o.rounding=i,r.times(2)))};F.inverseTangent=F.atan=function(){var e,t,n,i,r,o,a,s,u,c=this,l=c.constructor,f=l.precision,p=l.rounding;if(c.isFinite()){if(c.isZero())return new l(c);if(c.abs().eq(1)&&f+4<=Mc)return a=Jt(l,f+4,p).times(.25),a.s=c.s,a}else{if(!c.s)return new l(NaN);if(f+4<=Mc)return a=Jt(l,f+4,p).times(.5),a.s=c.s,a}for(l.precision=s=f+10,l.rounding=1,n=Math.min(28,s/ae+2|0),e=n;e;--e)c=c.div(c.times(c).plus(1).sqrt().plus(1));for(pe=!1,t=Math.ceil(s/ae),i=1,u=c.times(c),a=new l(c),r=c;e!==-1;)if(r=r.times(u),o=a.minus(r.div(i+=2)),r=r.times(u),a=o.plus(r.div(i+=2)),a.d[t]!==void 0)for(e=t;a.d[e]===o.d[e]&&e--;);return n&&(a=a.times(2<<n-1)),pe=!0,re(a,l.precision=f,l.rounding=p,!0)};F.isFinite=function(){return!!this.d};F.isInteger=F.isInt=function(){return!!this.d&&Qe(this.e/ae)>this.d.length-2};F.isNaN=function(){return!this.s};F.isNegative=F.isNeg=function(){return this.s<0};F.isPositive=F.isPos=function(){return this.s>0};F.isZero=function(){return!!this.d&&this.d[0]===0};F.lessThan=F.lt=function(e){return this.cmp(e)<0};F.lessThanOrEqualTo=F.lte=function(e){return this.cmp(e)<1};F.logarithm=F.log=function(e){var t,n,i,r,o,a,s,u,c=this,l=c.constructor,f=l.precision,p=l.rounding,g=5;if(e==null)e=new l(10),t=!0;else{if(e=new l(e),n=e.d,e.s<0||!n||!n[0]||e.eq(1))return new l(NaN);t=e.eq(10)}if(n=c.d,c.s<0||!n||!n[0]||c.eq(1))return new l(n&&!n[0]?-1/0:c.s!=1?NaN:n?0:1/0);if(t)if(n.length>1)o=!0;else{for(r=n[0];r%10===0;)r/=10;o=r!==1}if(pe=!1,s=f+g,a=yr(c,s),i=t?Wo(l,s+10):yr(e,s),u=Ue(a,i,s,1),_i(u.d,r=f,p))do if(s+=10,a=yr(c,s),i=t?Wo(l,s+10):yr(e,s),u=Ue(a,i,s,1),!o){+Je(u.d).slice(r+1,r+15)+1==1e14&&(u=re(u,f+1,0));break}while(_i(u.d,r+=10,p));return pe=!0,re(u,f,p)};F.minus=F.sub=function(e){var t,n,i,r,o,a,s,u,c,l,f,p,g=this,v=g.constructor;if(e=new v(e),!g.d||!e.d)return!g.s||!e.s?e=new v(NaN):g.d?e.s=-e.s:e=new v(e.d||g.s!==e.s?g:NaN),e;if(g.s!=e.s)return e.s=-e.s,g.plus(e);if(c=g.d,p=e.d,s=v.precision,u=v.rounding,!c[0]||!p[0]){if(p[0])e.s=-e.s;else if(c[0])e=new v(g);else return new v(u===3?-0:0);return pe?re(e,s,u):e}if(n=Qe(e.e/ae),l=Qe(g.e/ae),c=c.slice(),o=l-n,o){for(f=o<0,f?(t=c,o=-o,a=p.length):(t=p,n=l,a=c.length),i=Math.max(Math.ceil(s/ae),a)+2,o>i&&(o=i,t.length=1),t.reverse(),i=o;i--;)t.push(0);t.reverse()}else{for(i=c.length,a=p.length,f=i<a,f&&(a=i),i=0;i<a;i++)if(c[i]!=p[i]){f=c[i]<p[i];break}o=0}for(f&&(t=c,c=p,p=t,e.s=-e.s),a=c.length,i=p.length-a;i>0;--i)c[a++]=0;for(i=p.length;i>o;){if(c[--i]<p[i]){for(r=i;r&&c[--r]===0;)c[r]=Mt-1;--c[r],c[i]+=Mt}c[i]-=p[i]}for(;c[--a]===0;)c.pop();for(;c[0]===0;c.shift())--n;return c[0]?(e.d=c,e.e=Xo(c,n),pe?re(e,s,u):e):new v(u===3?-0:0)};F.modulo=F.mod=function(e){var t,n=this,i=n.constructor;return e=new i(e),!n.d||!e.s||e.d&&!e.d[0]?new i(NaN):!e.d||n.d&&!n.d[0]?re(new i(n),i.precision,i.rounding):(pe=!1,i.modulo==9?(t=Ue(n,e.abs(),0,3,1),t.s*=e.s):t=Ue(n,e,0,i.modulo,1),t=t.times(e),pe=!0,n.minus(t))};F.naturalExponential=F.exp=function(){return Bc(this)};F.naturalLogarithm=F.ln=function(){return yr(this)};F.negated=F.neg=function(){var e=new this.constructor(this);return e.s=-e.s,re(e)};F.plus=F.add=function(e){var t,n,i,r,o,a,s,u,c,l,f=this,p=f.constructor;if(e=new p(e),!f.d||!e.d)return!f.s||!e.s?e=new p(NaN):f.d||(e=new p(e.d||f.s===e.s?f:NaN)),e;if(f.s!=e.s)return e.s=-e.s,f.minus(e);if(c=f.d,l=e.d,s=p.precision,u=p.rounding,!c[0]||!l[0])return l[0]||(e=new p(f)),pe?re(e,s,u):e;if(o=Qe(f.e/ae),i=Qe(e.e/ae),c=c.slice(),r=o-i,r){for(r<0?(n=c,r=-r,a=l.length):(n=l,i=o,a=c.length),o=Math.ceil(s/ae),a=o>a?o+1:a+1,r>a&&(r=a,n.length=1),n.reverse();r--;)n.push(0);n.reverse()}for(a=c.length,r=l.length,a-r<0&&(r=a,n=l,l=c,c=n),t=0;r;)t=(c[--r]=c[r]+l[r]+t)/Mt|0,c[r]%=Mt;for(t&&(c.unshift(t),++i),a=c.length;c[--a]==0;)c.pop();return e.d=c,e.e=Xo(c,i),pe?re(e,s,u):e};F.precision=F.sd=function(e){var t,n=this;if(e!==void 0&&e!==!!e&&e!==1&&e!==0)throw Error($r+e);return n.d?(t=Eh(n.d),e&&n.e+1>t&&(t=n.e+1)):t=NaN,t};F.round=function(){var e=this,t=e.constructor;return re(new t(e),e.e+1,t.rounding)};F.sine=F.sin=function(){var e,t,n=this,i=n.constructor;return n.isFinite()?n.isZero()?new i(n):(e=i.precision,t=i.rounding,i.precision=e+Math.max(n.e,n.sd())+ae,i.rounding=1,n=Dw(i,zh(i,n)),i.precision=e,i.rounding=t,re(ir>2?n.neg():n,e,t,!0)):new i(NaN)};F.squareRoot=F.sqrt=function(){var e,t,n,i,r,o,a=this,s=a.d,u=a.e,c=a.s,l=a.constructor;if(c!==1||!s||!s[0])return new l(!c||c<0&&(!s||s[0])?NaN:s?a:1/0);for(pe=!1,c=Math.sqrt(+a),c==0||c==1/0?(t=Je(s),(t.length+u)%2==0&&(t+="0"),c=Math.sqrt(t),u=Qe((u+1)/2)-(u<0||u%2),c==1/0?t="5e"+u:(t=c.toExponential(),t=t.slice(0,t.indexOf("e")+1)+u),i=new l(t)):i=new l(c.toString()),n=(u=l.precision)+3;;)if(o=i,i=o.plus(Ue(a,o,n+2,1)).times(.5),Je(o.d).slice(0,n)===(t=Je(i.d)).slice(0,n))if(t=t.slice(n-3,n+1),t=="9999"||!r&&t=="4999"){if(!r&&(re(o,u+1,0),o.times(o).eq(a))){i=o;break}n+=4,r=1}else{(!+t||!+t.slice(1)&&t.charAt(0)=="5")&&(re(i,u+1,1),e=!i.times(i).eq(a));break}return pe=!0,re(i,u,l.rounding,e)};F.tangent=F.tan=function(){var e,t,n=this,i=n.constructor;return n.isFinite()?n.isZero()?new i(n):(e=i.precision,t=i.rounding,i.precision=e+10,i.rounding=1,n=n.sin(),n.s=1,n=Ue(n,new i(1).minus(n.times(n)).sqrt(),e+10,0),i.precision=e,i.rounding=t,re(ir==2||ir==4?n.neg():n,e,t,!0)):new i(NaN)};F.times=F.mul=function(e){var t,n,i,r,o,a,s,u,c,l=this,f=l.constructor,p=l.d,g=(e=new f(e)).d;if(e.s*=l.s,!p||!p[0]||!g||!g[0])return new f(!e.s||p&&!p[0]&&!g||g&&!g[0]&&!p?NaN:!p||!g?e.s/0:e.s*0);for(n=Qe(l.e/ae)+Qe(e.e/ae),u=p.length,c=g.length,u<c&&(o=p,p=g,g=o,a=u,u=c,c=a),o=[],a=u+c,i=a;i--;)o.push(0);for(i=c;--i>=0;){for(t=0,r=u+i;r>i;)s=o[r]+g[i]*p[r-i-1]+t,o[r--]=s%Mt|0,t=s/Mt|0;o[r]=(o[r]+t)%Mt|0}for(;!o[--a];)o.pop();return t?++n:o.shift(),e.d=o,e.e=Xo(o,n),pe?re(e,f.precision,f.rounding):e};F.toBinary=function(e,t){return qc(this,2,e,t)};F.toDecimalPlaces=F.toDP=function(e,t){var n=this,i=n.constructor;return n=new i(n),e===void 0?n:(ht(e,0,wr),t===void 0?t=i.rounding:ht(t,0,8),re(n,e+n.e+1,t))};F.toExponential=function(e,t){var n,i=this,r=i.constructor;return e===void 0?n=Xt(i,!0):(ht(e,0,wr),t===void 0?t=r.rounding:ht(t,0,8),i=re(new r(i),e+1,t),n=Xt(i,!0,e+1)),i.isNeg()&&!i.isZero()?"-"+n:n};F.toFixed=function(e,t){var n,i,r=this,o=r.constructor;return e===void 0?n=Xt(r):(ht(e,0,wr),t===void 0?t=o.rounding:ht(t,0,8),i=re(new o(r),e+r.e+1,t),n=Xt(i,!1,e+i.e+1)),r.isNeg()&&!r.isZero()?"-"+n:n};F.toFraction=function(e){var t,n,i,r,o,a,s,u,c,l,f,p,g=this,v=g.d,h=g.constructor;if(!v)return new h(g);if(c=n=new h(1),i=u=new h(0),t=new h(i),o=t.e=Eh(v)-g.e-1,a=o%ae,t.d[0]=Ve(10,a<0?ae+a:a),e==null)e=o>0?t:c;else{if(s=new h(e),!s.isInt()||s.lt(c))throw Error($r+s);e=s.gt(t)?o>0?t:c:s}for(pe=!1,s=new h(Je(v)),l=h.precision,h.precision=o=v.length*ae*2;f=Ue(s,t,0,1,1),r=n.plus(f.times(i)),r.cmp(e)!=1;)n=i,i=r,r=c,c=u.plus(f.times(r)),u=r,r=t,t=s.minus(f.times(r)),s=r;return r=Ue(e.minus(n),i,0,1,1),u=u.plus(r.times(c)),n=n.plus(r.times(i)),u.s=c.s=g.s,p=Ue(c,i,o,1).minus(g).abs().cmp(Ue(u,n,o,1).minus(g).abs())<1?[c,i]:[u,n],h.precision=l,pe=!0,p};F.toHexadecimal=F.toHex=function(e,t){return qc(this,16,e,t)};F.toNearest=function(e,t){var n=this,i=n.constructor;if(n=new i(n),e==null){if(!n.d)return n;e=new i(1),t=i.rounding}else{if(e=new i(e),t===void 0?t=i.rounding:ht(t,0,8),!n.d)return e.s?n:e;if(!e.d)return e.s&&(e.s=n.s),e}return e.d[0]?(pe=!1,n=Ue(n,e,0,t,1).times(e),pe=!0,re(n)):(e.s=n.s,n=e),n};F.toNumber=function(){return+this};F.toOctal=function(e,t){return qc(this,8,e,t)};F.toPower=F.pow=function(e){var t,n,i,r,o,a,s=this,u=s.constructor,c=+(e=new u(e));if(!s.d||!e.d||!s.d[0]||!e.d[0])return new u(Ve(+s,c));if(s=new u(s),s.eq(1))return s;if(i=u.precision,o=u.rounding,e.eq(1))return re(s,i,o);if(t=Qe(e.e/ae),t>=e.d.length-1&&(n=c<0?-c:c)<=Aw)return r=Oh(u,s,n,i),e.s<0?new u(1).div(r):re(r,i,o);if(a=s.s,a<0){if(t<e.d.length-1)return new u(NaN);if((e.d[t]&1)==0&&(a=1),s.e==0&&s.d[0]==1&&s.d.length==1)return s.s=a,s}return n=Ve(+s,c),t=n==0||!isFinite(n)?Qe(c*(Math.log("0."+Je(s.d))/Math.LN10+s.e+1)):new u(n+"").e,t>u.maxE+1||t<u.minE-1?new u(t>0?a/0:0):(pe=!1,u.rounding=s.s=1,n=Math.min(12,(t+"").length),r=Bc(e.times(yr(s,i+n)),i),r.d&&(r=re(r,i+5,1),_i(r.d,i,o)&&(t=i+10,r=re(Bc(e.times(yr(s,t+n)),t),t+5,1),+Je(r.d).slice(i+1,i+15)+1==1e14&&(r=re(r,i+1,0)))),r.s=a,pe=!0,u.rounding=o,re(r,i,o))};F.toPrecision=function(e,t){var n,i=this,r=i.constructor;return e===void 0?n=Xt(i,i.e<=r.toExpNeg||i.e>=r.toExpPos):(ht(e,1,wr),t===void 0?t=r.rounding:ht(t,0,8),i=re(new r(i),e,t),n=Xt(i,e<=i.e||i.e<=r.toExpNeg,e)),i.isNeg()&&!i.isZero()?"-"+n:n};F.toSignificantDigits=F.toSD=function(e,t){var n=this,i=n.constructor;return e===void 0?(e=i.precision,t=i.rounding):(ht(e,1,wr),t===void 0?t=i.rounding:ht(t,0,8)),re(new i(n),e,t)};F.toString=function(){var e=this,t=e.constructor,n=Xt(e,e.e<=t.toExpNeg||e.e>=t.toExpPos);return e.isNeg()&&!e.isZero()?"-"+n:n};F.truncated=F.trunc=function(){return re(new this.constructor(this),this.e+1,1)};F.valueOf=F.toJSON=function(){var e=this,t=e.constructor,n=Xt(e,e.e<=t.toExpNeg||e.e>=t.toExpPos);return e.isNeg()?"-"+n:n};function Je(e){var t,n,i,r=e.length-1,o="",a=e[0];if(r>0){for(o+=a,t=1;t<r;t++)i=e[t]+"",n=ae-i.length,n&&(o+=br(n)),o+=i;a=e[t],i=a+"",n=ae-i.length,n&&(o+=br(n))}else if(a===0)return"0";for(;a%10===0;)a/=10;return o+a}function ht(e,t,n){if(e!==~~e||e<t||e>n)throw Error($r+e)}function _i(e,t,n,i){var r,o,a,s;for(o=e[0];o>=10;o/=10)--t;return--t<0?(t+=ae,r=0):(r=Math.ceil((t+1)/ae),t%=ae),o=Ve(10,ae-t),s=e[r]%o|0,i==null?t<3?(t==0?s=s/100|0:t==1&&(s=s/10|0),a=n<4&&s==99999||n>3&&s==49999||s==5e4||s==0):a=(n<4&&s+1==o||n>3&&s+1==o/2)&&(e[r+1]/o/100|0)==Ve(10,t-2)-1||(s==o/2||s==0)&&(e[r+1]/o/100|0)==0:t<4?(t==0?s=s/1e3|0:t==1?s=s/100|0:t==2&&(s=s/10|0),a=(i||n<4)&&s==9999||!i&&n>3&&s==4999):a=((i||n<4)&&s+1==o||!i&&n>3&&s+1==o/2)&&(e[r+1]/o/1e3|0)==Ve(10,t-3)-1,a}function Vo(e,t,n){for(var i,r=[0],o,a=0,s=e.length;a<s;){for(o=r.length;o--;)r[o]*=t;for(r[0]+=Fc.indexOf(e.charAt(a++)),i=0;i<r.length;i++)r[i]>n-1&&(r[i+1]===void 0&&(r[i+1]=0),r[i+1]+=r[i]/n|0,r[i]%=n)}return r.reverse()}function Iw(e,t){var n,i,r;if(t.isZero())return t;i=t.d.length,i<32?(n=Math.ceil(i/3),r=(1/Yo(4,n)).toString()):(n=16,r="2.3283064365386962890625e-10"),e.precision+=n,t=hn(e,1,t.times(r),new e(1));for(var o=n;o--;){var a=t.times(t);t=a.times(a).minus(a).times(8).plus(1)}return e.precision-=n,t}var Ue=(function(){function e(i,r,o){var a,s=0,u=i.length;for(i=i.slice();u--;)a=i[u]*r+s,i[u]=a%o|0,s=a/o|0;return s&&i.unshift(s),i}function t(i,r,o,a){var s,u;if(o!=a)u=o>a?1:-1;else for(s=u=0;s<o;s++)if(i[s]!=r[s]){u=i[s]>r[s]?1:-1;break}return u}function n(i,r,o,a){for(var s=0;o--;)i[o]-=s,s=i[o]<r[o]?1:0,i[o]=s*a+i[o]-r[o];for(;!i[0]&&i.length>1;)i.shift()}return function(i,r,o,a,s,u){var c,l,f,p,g,v,h,_,w,x,S,L,X,W,ue,Q,te,T,be,xe,ke=i.constructor,I=i.s==r.s?1:-1,P=i.d,C=r.d;if(!P||!P[0]||!C||!C[0])return new ke(!i.s||!r.s||(P?C&&P[0]==C[0]:!C)?NaN:P&&P[0]==0||!C?I*0:I/0);for(u?(g=1,l=i.e-r.e):(u=Mt,g=ae,l=Qe(i.e/g)-Qe(r.e/g)),be=C.length,te=P.length,w=new ke(I),x=w.d=[],f=0;C[f]==(P[f]||0);f++);if(C[f]>(P[f]||0)&&l--,o==null?(W=o=ke.precision,a=ke.rounding):s?W=o+(i.e-r.e)+1:W=o,W<0)x.push(1),v=!0;else{if(W=W/g+2|0,f=0,be==1){for(p=0,C=C[0],W++;(f<te||p)&&W--;f++)ue=p*u+(P[f]||0),x[f]=ue/C|0,p=ue%C|0;v=p||f<te}else{for(p=u/(C[0]+1)|0,p>1&&(C=e(C,p,u),P=e(P,p,u),be=C.length,te=P.length),Q=be,S=P.slice(0,be),L=S.length;L<be;)S[L++]=0;xe=C.slice(),xe.unshift(0),T=C[0],C[1]>=u/2&&++T;do p=0,c=t(C,S,be,L),c<0?(X=S[0],be!=L&&(X=X*u+(S[1]||0)),p=X/T|0,p>1?(p>=u&&(p=u-1),h=e(C,p,u),_=h.length,L=S.length,c=t(h,S,_,L),c==1&&(p--,n(h,be<_?xe:C,_,u))):(p==0&&(c=p=1),h=C.slice()),_=h.length,_<L&&h.unshift(0),n(S,h,L,u),c==-1&&(L=S.length,c=t(C,S,be,L),c<1&&(p++,n(S,be<L?xe:C,L,u))),L=S.length):c===0&&(p++,S=[0]),x[f++]=p,c&&S[0]?S[L++]=P[Q]||0:(S=[P[Q]],L=1);while((Q++<te||S[0]!==void 0)&&W--);v=S[0]!==void 0}x[0]||x.shift()}if(g==1)w.e=l,Ih=v;else{for(f=1,p=x[0];p>=10;p/=10)f++;w.e=f+l*g-1,re(w,s?o+w.e+1:o,a,v)}return w}})();function re(e,t,n,i){var r,o,a,s,u,c,l,f,p,g=e.constructor;e:if(t!=null){if(f=e.d,!f)return e;for(r=1,s=f[0];s>=10;s/=10)r++;if(o=t-r,o<0)o+=ae,a=t,l=f[p=0],u=l/Ve(10,r-a-1)%10|0;else if(p=Math.ceil((o+1)/ae),s=f.length,p>=s)if(i){for(;s++<=p;)f.push(0);l=u=0,r=1,o%=ae,a=o-ae+1}else break e;else{for(l=s=f[p],r=1;s>=10;s/=10)r++;o%=ae,a=o-ae+r,u=a<0?0:l/Ve(10,r-a-1)%10|0}if(i=i||t<0||f[p+1]!==void 0||(a<0?l:l%Ve(10,r-a-1)),c=n<4?(u||i)&&(n==0||n==(e.s<0?3:2)):u>5||u==5&&(n==4||i||n==6&&(o>0?a>0?l/Ve(10,r-a):0:f[p-1])%10&1||n==(e.s<0?8:7)),t<1||!f[0])return f.length=0,c?(t-=e.e+1,f[0]=Ve(10,(ae-t%ae)%ae),e.e=-t||0):f[0]=e.e=0,e;if(o==0?(f.length=p,s=1,p--):(f.length=p+1,s=Ve(10,ae-o),f[p]=a>0?(l/Ve(10,r-a)%Ve(10,a)|0)*s:0),c)for(;;)if(p==0){for(o=1,a=f[0];a>=10;a/=10)o++;for(a=f[0]+=s,s=1;a>=10;a/=10)s++;o!=s&&(e.e++,f[0]==Mt&&(f[0]=1));break}else{if(f[p]+=s,f[p]!=Mt)break;f[p--]=0,s=1}for(o=f.length;f[--o]===0;)f.pop()}return pe&&(e.e>g.maxE?(e.d=null,e.e=NaN):e.e<g.minE&&(e.e=0,e.d=[0])),e}function Xt(e,t,n){if(!e.isFinite())return Nh(e);var i,r=e.e,o=Je(e.d),a=o.length;return t?(n&&(i=n-a)>0?o=o.charAt(0)+"."+o.slice(1)+br(i):a>1&&(o=o.charAt(0)+"."+o.slice(1)),o=o+(e.e<0?"e":"e+")+e.e):r<0?(o="0."+br(-r-1)+o,n&&(i=n-a)>0&&(o+=br(i))):r>=a?(o+=br(r+1-a),n&&(i=n-r-1)>0&&(o=o+"."+br(i))):((i=r+1)<a&&(o=o.slice(0,i)+"."+o.slice(i)),n&&(i=n-a)>0&&(r+1===a&&(o+="."),o+=br(i))),o}function Xo(e,t){var n=e[0];for(t*=ae;n>=10;n/=10)t++;return t}function Wo(e,t,n){if(t>Sw)throw pe=!0,n&&(e.precision=n),Error(Ph);return re(new e(Ko),t,1,!0)}function Jt(e,t,n){if(t>Mc)throw Error(Ph);return re(new e(Ho),t,n,!0)}function Eh(e){var t=e.length-1,n=t*ae+1;if(t=e[t],t){for(;t%10==0;t/=10)n--;for(t=e[0];t>=10;t/=10)n++}return n}function br(e){for(var t="";e--;)t+="0";return t}function Oh(e,t,n,i){var r,o=new e(1),a=Math.ceil(i/ae+4);for(pe=!1;;){if(n%2&&(o=o.times(t),Ah(o.d,a)&&(r=!0)),n=Qe(n/2),n===0){n=o.d.length-1,r&&o.d[n]===0&&++o.d[n];break}t=t.times(t),Ah(t.d,a)}return pe=!0,o}function _h(e){return e.d[e.d.length-1]&1}function Uh(e,t,n){for(var i,r,o=new e(t[0]),a=0;++a<t.length;){if(r=new e(t[a]),!r.s){o=r;break}i=o.cmp(r),(i===n||i===0&&o.s===n)&&(o=r)}return o}function Bc(e,t){var n,i,r,o,a,s,u,c=0,l=0,f=0,p=e.constructor,g=p.rounding,v=p.precision;if(!e.d||!e.d[0]||e.e>17)return new p(e.d?e.d[0]?e.s<0?0:1/0:1:e.s?e.s<0?0:e:NaN);for(t==null?(pe=!1,u=v):u=t,s=new p(.03125);e.e>-2;)e=e.times(s),f+=5;for(i=Math.log(Ve(2,f))/Math.LN10*2+5|0,u+=i,n=o=a=new p(1),p.precision=u;;){if(o=re(o.times(e),u,1),n=n.times(++l),s=a.plus(Ue(o,n,u,1)),Je(s.d).slice(0,u)===Je(a.d).slice(0,u)){for(r=f;r--;)a=re(a.times(a),u,1);if(t==null)if(c<3&&_i(a.d,u-i,g,c))p.precision=u+=10,n=o=s=new p(1),l=0,c++;else return re(a,p.precision=v,g,pe=!0);else return p.precision=v,a}a=s}}function yr(e,t){var n,i,r,o,a,s,u,c,l,f,p,g=1,v=10,h=e,_=h.d,w=h.constructor,x=w.rounding,S=w.precision;if(h.s<0||!_||!_[0]||!h.e&&_[0]==1&&_.length==1)return new w(_&&!_[0]?-1/0:h.s!=1?NaN:_?0:h);if(t==null?(pe=!1,l=S):l=t,w.precision=l+=v,n=Je(_),i=n.charAt(0),Math.abs(o=h.e)<15e14){for(;i<7&&i!=1||i==1&&n.charAt(1)>3;)h=h.times(e),n=Je(h.d),i=n.charAt(0),g++;o=h.e,i>1?(h=new w("0."+n),o++):h=new w(i+"."+n.slice(1))}else return c=Wo(w,l+2,S).times(o+""),h=yr(new w(i+"."+n.slice(1)),l-v).plus(c),w.precision=S,t==null?re(h,S,x,pe=!0):h;for(f=h,u=a=h=Ue(h.minus(1),h.plus(1),l,1),p=re(h.times(h),l,1),r=3;;){if(a=re(a.times(p),l,1),c=u.plus(Ue(a,new w(r),l,1)),Je(c.d).slice(0,l)===Je(u.d).slice(0,l))if(u=u.times(2),o!==0&&(u=u.plus(Wo(w,l+2,S).times(o+""))),u=Ue(u,new w(g),l,1),t==null)if(_i(u.d,l-v,x,s))w.precision=l+=v,c=a=h=Ue(f.minus(1),f.plus(1),l,1),p=re(h.times(h),l,1),r=s=1;else return re(u,w.precision=S,x,pe=!0);else return w.precision=S,u;u=c,r+=2}}function Nh(e){return String(e.s*e.s/0)}function Go(e,t){var n,i,r;for((n=t.indexOf("."))>-1&&(t=t.replace(".","")),(i=t.search(/e/i))>0?(n<0&&(n=i),n+=+t.slice(i+1),t=t.substring(0,i)):n<0&&(n=t.length),i=0;t.charCodeAt(i)===48;i++);for(r=t.length;t.charCodeAt(r-1)===48;--r);if(t=t.slice(i,r),t){if(r-=i,e.e=n=n-i-1,e.d=[],i=(n+1)%ae,n<0&&(i+=ae),i<r){for(i&&e.d.push(+t.slice(0,i)),r-=ae;i<r;)e.d.push(+t.slice(i,i+=ae));t=t.slice(i),i=ae-t.length}else i-=r;for(;i--;)t+="0";e.d.push(+t),pe&&(e.e>e.constructor.maxE?(e.d=null,e.e=NaN):e.e<e.constructor.minE&&(e.e=0,e.d=[0]))}else e.e=0,e.d=[0];return e}function Pw(e,t){var n,i,r,o,a,s,u,c,l;if(t.indexOf("_")>-1){if(t=t.replace(/(\d)_(?=\d)/g,"$1"),Rh.test(t))return Go(e,t)}else if(t==="Infinity"||t==="NaN")return+t||(e.s=NaN),e.e=NaN,e.d=null,e;if(kw.test(t))n=16,t=t.toLowerCase();else if(xw.test(t))n=2;else if(_w.test(t))n=8;else throw Error($r+t);for(o=t.search(/p/i),o>0?(u=+t.slice(o+1),t=t.substring(2,o)):t=t.slice(2),o=t.indexOf("."),a=o>=0,i=e.constructor,a&&(t=t.replace(".",""),s=t.length,o=s-o,r=Oh(i,new i(n),o,o*2)),c=Vo(t,n,Mt),l=c.length-1,o=l;c[o]===0;--o)c.pop();return o<0?new i(e.s*0):(e.e=Xo(c,l),e.d=c,pe=!1,a&&(e=Ue(e,r,s*4)),u&&(e=e.times(Math.abs(u)<54?Ve(2,u):Ai.pow(2,u))),pe=!0,e)}function Dw(e,t){var n,i=t.d.length;if(i<3)return t.isZero()?t:hn(e,2,t,t);n=1.4*Math.sqrt(i),n=n>16?16:n|0,t=t.times(1/Yo(5,n)),t=hn(e,2,t,t);for(var r,o=new e(5),a=new e(16),s=new e(20);n--;)r=t.times(t),t=t.times(o.plus(r.times(a.times(r).minus(s))));return t}function hn(e,t,n,i,r){var o,a,s,u,c=1,l=e.precision,f=Math.ceil(l/ae);for(pe=!1,u=n.times(n),s=new e(i);;){if(a=Ue(s.times(u),new e(t++*t++),l,1),s=r?i.plus(a):i.minus(a),i=Ue(a.times(u),new e(t++*t++),l,1),a=s.plus(i),a.d[f]!==void 0){for(o=f;a.d[o]===s.d[o]&&o--;);if(o==-1)break}o=s,s=i,i=a,a=o,c++}return pe=!0,a.d.length=f+1,a}function Yo(e,t){for(var n=e;--t;)n*=e;return n}function zh(e,t){var n,i=t.s<0,r=Jt(e,e.precision,1),o=r.times(.5);if(t=t.abs(),t.lte(o))return ir=i?4:1,t;if(n=t.divToInt(r),n.isZero())ir=i?3:2;else{if(t=t.minus(n.times(r)),t.lte(o))return ir=_h(n)?i?2:3:i?4:1,t;ir=_h(n)?i?1:4:i?3:2}return t.minus(r).abs()}function qc(e,t,n,i){var r,o,a,s,u,c,l,f,p,g=e.constructor,v=n!==void 0;if(v?(ht(n,1,wr),i===void 0?i=g.rounding:ht(i,0,8)):(n=g.precision,i=g.rounding),!e.isFinite())l=Nh(e);else{for(l=Xt(e),a=l.indexOf("."),v?(r=2,t==16?n=n*4-3:t==8&&(n=n*3-2)):r=t,a>=0&&(l=l.replace(".",""),p=new g(1),p.e=l.length-a,p.d=Vo(Xt(p),10,r),p.e=p.d.length),f=Vo(l,10,r),o=u=f.length;f[--u]==0;)f.pop();if(!f[0])l=v?"0p+0":"0";else{if(a<0?o--:(e=new g(e),e.d=f,e.e=o,e=Ue(e,p,n,i,0,r),f=e.d,o=e.e,c=Ih),a=f[n],s=r/2,c=c||f[n+1]!==void 0,c=i<4?(a!==void 0||c)&&(i===0||i===(e.s<0?3:2)):a>s||a===s&&(i===4||c||i===6&&f[n-1]&1||i===(e.s<0?8:7)),f.length=n,c)for(;++f[--n]>r-1;)f[n]=0,n||(++o,f.unshift(1));for(u=f.length;!f[u-1];--u);for(a=0,l="";a<u;a++)l+=Fc.charAt(f[a]);if(v){if(u>1)if(t==16||t==8){for(a=t==16?4:3,--u;u%a;u++)l+="0";for(f=Vo(l,r,t),u=f.length;!f[u-1];--u);for(a=1,l="1.";a<u;a++)l+=Fc.charAt(f[a])}else l=l.charAt(0)+"."+l.slice(1);l=l+(o<0?"p":"p+")+o}else if(o<0){for(;++o;)l="0"+l;l="0."+l}else if(++o>u)for(o-=u;o--;)l+="0";else o<u&&(l=l.slice(0,o)+"."+l.slice(o))}l=(t==16?"0x":t==2?"0b":t==8?"0o":"")+l}return e.s<0?"-"+l:l}function Ah(e,t){if(e.length>t)return e.length=t,!0}function Tw(e){return new this(e).abs()}function Rw(e){return new this(e).acos()}function Ew(e){return new this(e).acosh()}function Ow(e,t){return new this(e).plus(t)}function Uw(e){return new this(e).asin()}function Nw(e){return new this(e).asinh()}function zw(e){return new this(e).atan()}function Cw(e){return new this(e).atanh()}function jw(e,t){e=new this(e),t=new this(t);var n,i=this.precision,r=this.rounding,o=i+4;return!e.s||!t.s?n=new this(NaN):!e.d&&!t.d?(n=Jt(this,o,1).times(t.s>0?.25:.75),n.s=e.s):!t.d||e.isZero()?(n=t.s<0?Jt(this,i,r):new this(0),n.s=e.s):!e.d||t.isZero()?(n=Jt(this,o,1).times(.5),n.s=e.s):t.s<0?(this.precision=o,this.rounding=1,n=this.atan(Ue(e,t,o,1)),t=Jt(this,o,1),this.precision=i,this.rounding=r,n=e.s<0?n.minus(t):n.plus(t)):n=this.atan(Ue(e,t,o,1)),n}function Fw(e){return new this(e).cbrt()}function Lw(e){return re(e=new this(e),e.e+1,2)}function Mw(e,t,n){return new this(e).clamp(t,n)}function Bw(e){if(!e||typeof e!="object")throw Error(Jo+"Object expected");var t,n,i,r=e.defaults===!0,o=["precision",1,wr,"rounding",0,8,"toExpNeg",-gn,0,"toExpPos",0,gn,"maxE",0,gn,"minE",-gn,0,"modulo",0,9];for(t=0;t<o.length;t+=3)if(n=o[t],r&&(this[n]=Lc[n]),(i=e[n])!==void 0)if(Qe(i)===i&&i>=o[t+1]&&i<=o[t+2])this[n]=i;else throw Error($r+n+": "+i);if(n="crypto",r&&(this[n]=Lc[n]),(i=e[n])!==void 0)if(i===!0||i===!1||i===0||i===1)if(i)if(typeof crypto<"u"&&crypto&&(crypto.getRandomValues||crypto.randomBytes))this[n]=!0;else throw Error(Dh);else this[n]=!1;else throw Error($r+n+": "+i);return this}function qw(e){return new this(e).cos()}function Zw(e){return new this(e).cosh()}function Ch(e){var t,n,i;function r(o){var a,s,u,c=this;if(!(c instanceof r))return new r(o);if(c.constructor=r,Sh(o)){c.s=o.s,pe?!o.d||o.e>r.maxE?(c.e=NaN,c.d=null):o.e<r.minE?(c.e=0,c.d=[0]):(c.e=o.e,c.d=o.d.slice()):(c.e=o.e,c.d=o.d?o.d.slice():o.d);return}if(u=typeof o,u==="number"){if(o===0){c.s=1/o<0?-1:1,c.e=0,c.d=[0];return}if(o<0?(o=-o,c.s=-1):c.s=1,o===~~o&&o<1e7){for(a=0,s=o;s>=10;s/=10)a++;pe?a>r.maxE?(c.e=NaN,c.d=null):a<r.minE?(c.e=0,c.d=[0]):(c.e=a,c.d=[o]):(c.e=a,c.d=[o]);return}if(o*0!==0){o||(c.s=NaN),c.e=NaN,c.d=null;return}return Go(c,o.toString())}if(u==="string")return(s=o.charCodeAt(0))===45?(o=o.slice(1),c.s=-1):(s===43&&(o=o.slice(1)),c.s=1),Rh.test(o)?Go(c,o):Pw(c,o);if(u==="bigint")return o<0?(o=-o,c.s=-1):c.s=1,Go(c,o.toString());throw Error($r+o)}if(r.prototype=F,r.ROUND_UP=0,r.ROUND_DOWN=1,r.ROUND_CEIL=2,r.ROUND_FLOOR=3,r.ROUND_HALF_UP=4,r.ROUND_HALF_DOWN=5,r.ROUND_HALF_EVEN=6,r.ROUND_HALF_CEIL=7,r.ROUND_HALF_FLOOR=8,r.EUCLID=9,r.config=r.set=Bw,r.clone=Ch,r.isDecimal=Sh,r.abs=Tw,r.acos=Rw,r.acosh=Ew,r.add=Ow,r.asin=Uw,r.asinh=Nw,r.atan=zw,r.atanh=Cw,r.atan2=jw,r.cbrt=Fw,r.ceil=Lw,r.clamp=Mw,r.cos=qw,r.cosh=Zw,r.div=Vw,r.exp=Gw,r.floor=Kw,r.hypot=Hw,r.ln=Ww,r.log=Jw,r.log10=Yw,r.log2=Xw,r.max=Qw,r.min=ex,r.mod=tx,r.mul=rx,r.pow=nx,r.random=ix,r.round=ox,r.sign=ax,r.sin=sx,r.sinh=cx,r.sqrt=ux,r.sub=lx,r.sum=dx,r.tan=fx,r.tanh=px,r.trunc=mx,e===void 0&&(e={}),e&&e.defaults!==!0)for(i=["precision","rounding","toExpNeg","toExpPos","maxE","minE","modulo","crypto"],t=0;t<i.length;)e.hasOwnProperty(n=i[t++])||(e[n]=this[n]);return r.config(e),r}function Vw(e,t){return new this(e).div(t)}function Gw(e){return new this(e).exp()}function Kw(e){return re(e=new this(e),e.e+1,3)}function Hw(){var e,t,n=new this(0);for(pe=!1,e=0;e<arguments.length;)if(t=new this(arguments[e++]),t.d)n.d&&(n=n.plus(t.times(t)));else{if(t.s)return pe=!0,new this(1/0);n=t}return pe=!0,n.sqrt()}function Sh(e){return e instanceof Ai||e&&e.toStringTag===Th||!1}function Ww(e){return new this(e).ln()}function Jw(e,t){return new this(e).log(t)}function Xw(e){return new this(e).log(2)}function Yw(e){return new this(e).log(10)}function Qw(){return Uh(this,arguments,-1)}function ex(){return Uh(this,arguments,1)}function tx(e,t){return new this(e).mod(t)}function rx(e,t){return new this(e).mul(t)}function nx(e,t){return new this(e).pow(t)}function ix(e){var t,n,i,r,o=0,a=new this(1),s=[];if(e===void 0?e=this.precision:ht(e,1,wr),i=Math.ceil(e/ae),this.crypto)if(crypto.getRandomValues)for(t=crypto.getRandomValues(new Uint32Array(i));o<i;)r=t[o],r>=429e7?t[o]=crypto.getRandomValues(new Uint32Array(1))[0]:s[o++]=r%1e7;else if(crypto.randomBytes){for(t=crypto.randomBytes(i*=4);o<i;)r=t[o]+(t[o+1]<<8)+(t[o+2]<<16)+((t[o+3]&127)<<24),r>=214e7?crypto.randomBytes(4).copy(t,o):(s.push(r%1e7),o+=4);o=i/4}else throw Error(Dh);else for(;o<i;)s[o++]=Math.random()*1e7|0;for(i=s[--o],e%=ae,i&&e&&(r=Ve(10,ae-e),s[o]=(i/r|0)*r);s[o]===0;o--)s.pop();if(o<0)n=0,s=[0];else{for(n=-1;s[0]===0;n-=ae)s.shift();for(i=1,r=s[0];r>=10;r/=10)i++;i<ae&&(n-=ae-i)}return a.e=n,a.d=s,a}function ox(e){return re(e=new this(e),e.e+1,this.rounding)}function ax(e){return e=new this(e),e.d?e.d[0]?e.s:0*e.s:e.s||NaN}function sx(e){return new this(e).sin()}function cx(e){return new this(e).sinh()}function ux(e){return new this(e).sqrt()}function lx(e,t){return new this(e).sub(t)}function dx(){var e=0,t=arguments,n=new this(t[e]);for(pe=!1;n.s&&++e<t.length;)n=n.plus(t[e]);return pe=!0,re(n,this.precision,this.rounding)}function fx(e){return new this(e).tan()}function px(e){return new this(e).tanh()}function mx(e){return re(e=new this(e),e.e+1,1)}F[Symbol.for("nodejs.util.inspect.custom")]=F.toString;F[Symbol.toStringTag]="Decimal";var Ai=F.constructor=Ch(Lc);Ko=new Ai(Ko);Ho=new Ai(Ho);var Qo=Ai;var le=Qo,Zc=100,gx=40,vt=le.clone({precision:Zc,rounding:le.ROUND_HALF_UP,toExpNeg:-40,toExpPos:40}),hx=vt.clone({precision:gx}),vx=vt.clone({precision:1e9}),at=new vt(0),Yt=new vt(1),bx=new vt("0.01");function se(e){return new vt(e)}function vn(e){return e.toFixed()}function et(e){let t,n;for(let i of e)t===void 0?t=i:n=(n??new vx(t)).plus(i);return n?new vt(n):t===void 0?at:t.constructor===vt?t:new vt(t)}function Bt(e,t){return new vt(new hx(e).dividedBy(t))}function bt(e,t){return t===Yt&&e.precision()<=Zc?e:e===Yt&&t.precision()<=Zc?t:e.times(t)}function je(e,t={}){let n=e.isNegative()&&!e.isZero(),i=e.abs(),r;return!i.isZero()&&i.lessThan(bx)?r=i.toSignificantDigits(2,le.ROUND_HALF_UP).toFixed():r=Vc(i.toFixed(2,le.ROUND_HALF_UP)),`${n?"-":t.sign?"+":""}$${r}`}function Gc(e,t={}){let n=e.isNegative()&&!e.isZero(),i=e.abs(),r=i.isInteger()?Vc(i.toFixed(0)):Vc(i.toFixed(2,le.ROUND_HALF_UP));return`${n?"-":t.sign?"+":""}${r} credits`}function Vc(e){let t=e.startsWith("-"),n=t?e.slice(1):e,[i="0",r]=n.split("."),o=i.replace(/\B(?=(\d{3})+(?!\d))/g,",");return`${t?"-":""}${o}${r!==void 0?`.${r}`:""}`}var ee=class extends Error{constructor(n,i,r,o){super(n);this.where=i;this.fix=r;this.detail=o}where;fix;detail;name="GenspendError";format(){let n=[];return this.where&&(n.push(this.where.line!==void 0?`${this.where.file}:${this.where.line}`:this.where.file),this.where.path&&n.push(this.where.path)),n.push(this.fix?`${this.message} (fix: ${this.fix})`:this.message),n.join(": ")}},qt=class extends Error{constructor(n){super(n.map(i=>i.format()).join(`
`));this.errors=n}errors;name="GenspendErrors";format(){return this.message}};function ea(e){if(e instanceof qt)return e.errors;if(e instanceof ee)return[e]}function Br(e,t){let n=[],i=[];for(let r of e)try{i.push(t(r))}catch(o){let a=ea(o);if(!a)throw o;n.push(...a)}if(n.length)throw new qt(n);return i}function xr(e,t,n=3){let i=e.toLowerCase(),r=Math.min(n,Math.max(1,Math.ceil(i.length/2))),o,a=r+1;for(let s of t){let u=yx(i,s.toLowerCase(),a-1);u<a&&(a=u,o=s)}return o}var or=[];function yx(e,t,n){if(Math.abs(e.length-t.length)>n)return n+1;or.length<=t.length&&(or=new Array(t.length+1).fill(0));for(let i=0;i<=t.length;i++)or[i]=i;for(let i=1;i<=e.length;i++){let r=or[0];or[0]=i;let o=i,a=e.charCodeAt(i-1);for(let s=1;s<=t.length;s++){let u=or[s],c=Math.min(u+1,or[s-1]+1,r+(a===t.charCodeAt(s-1)?0:1));or[s]=c,c<o&&(o=c),r=u}if(o>n)return n+1}return or[t.length]}function $x(e){return e&&e.__esModule&&Object.prototype.hasOwnProperty.call(e,"default")?e.default:e}var tt={},ta={},kr={},jh;function Si(){if(jh)return kr;jh=1;function e(a){return typeof a>"u"||a===null}function t(a){return typeof a=="object"&&a!==null}function n(a){return Array.isArray(a)?a:e(a)?[]:[a]}function i(a,s){if(s){let u=Object.keys(s);for(let c=0,l=u.length;c<l;c+=1){let f=u[c];a[f]=s[f]}}return a}function r(a,s){let u="";for(let c=0;c<s;c+=1)u+=a;return u}function o(a){return a===0&&Number.NEGATIVE_INFINITY===1/a}return kr.isNothing=e,kr.isObject=t,kr.toArray=n,kr.repeat=r,kr.isNegativeZero=o,kr.extend=i,kr}var Kc,Fh;function Ii(){if(Fh)return Kc;Fh=1;function e(n,i){let r="",o=n.reason||"(unknown reason)";return n.mark?(n.mark.name&&(r+='in "'+n.mark.name+'" '),r+="("+(n.mark.line+1)+":"+(n.mark.column+1)+")",!i&&n.mark.snippet&&(r+=`

`+n.mark.snippet),o+" "+r):o}function t(n,i){Error.call(this),this.name="YAMLException",this.reason=n,this.mark=i,this.message=e(this,!1),Error.captureStackTrace?Error.captureStackTrace(this,this.constructor):this.stack=new Error().stack||""}return t.prototype=Object.create(Error.prototype),t.prototype.constructor=t,t.prototype.toString=function(i){return this.name+": "+e(this,i)},Kc=t,Kc}var Hc,Lh;function wx(){if(Lh)return Hc;Lh=1;let e=Si();function t(r,o,a,s,u){let c="",l="",f=Math.floor(u/2)-1;return s-o>f&&(c=" ... ",o=s-f+c.length),a-s>f&&(l=" ...",a=s+f-l.length),{str:c+r.slice(o,a).replace(/\t/g,"\u2192")+l,pos:s-o+c.length}}function n(r,o){return e.repeat(" ",o-r.length)+r}function i(r,o){if(o=Object.create(o||null),!r.buffer)return null;o.maxLength||(o.maxLength=79),typeof o.indent!="number"&&(o.indent=1),typeof o.linesBefore!="number"&&(o.linesBefore=3),typeof o.linesAfter!="number"&&(o.linesAfter=2);let a=/\r?\n|\r|\0/g,s=[0],u=[],c,l=-1;for(;c=a.exec(r.buffer);)u.push(c.index),s.push(c.index+c[0].length),r.position<=c.index&&l<0&&(l=s.length-2);l<0&&(l=s.length-1);let f="",p=Math.min(r.line+o.linesAfter,u.length).toString().length,g=o.maxLength-(o.indent+p+3);for(let h=1;h<=o.linesBefore&&!(l-h<0);h++){let _=t(r.buffer,s[l-h],u[l-h],r.position-(s[l]-s[l-h]),g);f=e.repeat(" ",o.indent)+n((r.line-h+1).toString(),p)+" | "+_.str+`
`+f}let v=t(r.buffer,s[l],u[l],r.position,g);f+=e.repeat(" ",o.indent)+n((r.line+1).toString(),p)+" | "+v.str+`
`,f+=e.repeat("-",o.indent+p+3+v.pos)+`^
`;for(let h=1;h<=o.linesAfter&&!(l+h>=u.length);h++){let _=t(r.buffer,s[l+h],u[l+h],r.position-(s[l]-s[l+h]),g);f+=e.repeat(" ",o.indent)+n((r.line+h+1).toString(),p)+" | "+_.str+`
`}return f.replace(/\n$/,"")}return Hc=i,Hc}var Wc,Mh;function st(){if(Mh)return Wc;Mh=1;let e=Ii(),t=["kind","multi","resolve","construct","instanceOf","predicate","represent","representName","defaultStyle","styleAliases"],n=["scalar","sequence","mapping"];function i(o){let a={};return o!==null&&Object.keys(o).forEach(function(s){o[s].forEach(function(u){a[String(u)]=s})}),a}function r(o,a){if(a=a||{},Object.keys(a).forEach(function(s){if(t.indexOf(s)===-1)throw new e('Unknown option "'+s+'" is met in definition of "'+o+'" YAML type.')}),this.options=a,this.tag=o,this.kind=a.kind||null,this.resolve=a.resolve||function(){return!0},this.construct=a.construct||function(s){return s},this.instanceOf=a.instanceOf||null,this.predicate=a.predicate||null,this.represent=a.represent||null,this.representName=a.representName||null,this.defaultStyle=a.defaultStyle||null,this.multi=a.multi||!1,this.styleAliases=i(a.styleAliases||null),n.indexOf(this.kind)===-1)throw new e('Unknown kind "'+this.kind+'" is specified for "'+o+'" YAML type.')}return Wc=r,Wc}var Jc,Bh;function uv(){if(Bh)return Jc;Bh=1;let e=Ii(),t=st();function n(o,a){let s=[];return o[a].forEach(function(u){let c=s.length;s.forEach(function(l,f){l.tag===u.tag&&l.kind===u.kind&&l.multi===u.multi&&(c=f)}),s[c]=u}),s}function i(){let o={scalar:{},sequence:{},mapping:{},fallback:{},multi:{scalar:[],sequence:[],mapping:[],fallback:[]}};function a(s){s.multi?(o.multi[s.kind].push(s),o.multi.fallback.push(s)):o[s.kind][s.tag]=o.fallback[s.tag]=s}for(let s=0,u=arguments.length;s<u;s+=1)arguments[s].forEach(a);return o}function r(o){return this.extend(o)}return r.prototype.extend=function(a){let s=[],u=[];if(a instanceof t)u.push(a);else if(Array.isArray(a))u=u.concat(a);else if(a&&(Array.isArray(a.implicit)||Array.isArray(a.explicit)))a.implicit&&(s=s.concat(a.implicit)),a.explicit&&(u=u.concat(a.explicit));else throw new e("Schema.extend argument should be a Type, [ Type ], or a schema definition ({ implicit: [...], explicit: [...] })");s.forEach(function(l){if(!(l instanceof t))throw new e("Specified list of YAML types (or a single Type object) contains a non-Type object.");if(l.loadKind&&l.loadKind!=="scalar")throw new e("There is a non-scalar type in the implicit list of a schema. Implicit resolving of such types is not supported.");if(l.multi)throw new e("There is a multi type in the implicit list of a schema. Multi tags can only be listed as explicit.")}),u.forEach(function(l){if(!(l instanceof t))throw new e("Specified list of YAML types (or a single Type object) contains a non-Type object.")});let c=Object.create(r.prototype);return c.implicit=(this.implicit||[]).concat(s),c.explicit=(this.explicit||[]).concat(u),c.compiledImplicit=n(c,"implicit"),c.compiledExplicit=n(c,"explicit"),c.compiledTypeMap=i(c.compiledImplicit,c.compiledExplicit),c},Jc=r,Jc}var Xc,qh;function lv(){if(qh)return Xc;qh=1;let e=st();return Xc=new e("tag:yaml.org,2002:str",{kind:"scalar",construct:function(t){return t!==null?t:""}}),Xc}var Yc,Zh;function dv(){if(Zh)return Yc;Zh=1;let e=st();return Yc=new e("tag:yaml.org,2002:seq",{kind:"sequence",construct:function(t){return t!==null?t:[]}}),Yc}var Qc,Vh;function fv(){if(Vh)return Qc;Vh=1;let e=st();return Qc=new e("tag:yaml.org,2002:map",{kind:"mapping",construct:function(t){return t!==null?t:{}}}),Qc}var eu,Gh;function pv(){if(Gh)return eu;Gh=1;let e=uv();return eu=new e({explicit:[lv(),dv(),fv()]}),eu}var tu,Kh;function mv(){if(Kh)return tu;Kh=1;let e=st();function t(r){if(r===null)return!0;let o=r.length;return o===1&&r==="~"||o===4&&(r==="null"||r==="Null"||r==="NULL")}function n(){return null}function i(r){return r===null}return tu=new e("tag:yaml.org,2002:null",{kind:"scalar",resolve:t,construct:n,predicate:i,represent:{canonical:function(){return"~"},lowercase:function(){return"null"},uppercase:function(){return"NULL"},camelcase:function(){return"Null"},empty:function(){return""}},defaultStyle:"lowercase"}),tu}var ru,Hh;function gv(){if(Hh)return ru;Hh=1;let e=st();function t(r){if(r===null)return!1;let o=r.length;return o===4&&(r==="true"||r==="True"||r==="TRUE")||o===5&&(r==="false"||r==="False"||r==="FALSE")}function n(r){return r==="true"||r==="True"||r==="TRUE"}function i(r){return Object.prototype.toString.call(r)==="[object Boolean]"}return ru=new e("tag:yaml.org,2002:bool",{kind:"scalar",resolve:t,construct:n,predicate:i,represent:{lowercase:function(r){return r?"true":"false"},uppercase:function(r){return r?"TRUE":"FALSE"},camelcase:function(r){return r?"True":"False"}},defaultStyle:"lowercase"}),ru}var nu,Wh;function hv(){if(Wh)return nu;Wh=1;let e=Si(),t=st();function n(c){return c>=48&&c<=57||c>=65&&c<=70||c>=97&&c<=102}function i(c){return c>=48&&c<=55}function r(c){return c>=48&&c<=57}function o(c){if(c===null)return!1;let l=c.length,f=0,p=!1;if(!l)return!1;let g=c[f];if((g==="-"||g==="+")&&(g=c[++f]),g==="0"){if(f+1===l)return!0;if(g=c[++f],g==="b"){for(f++;f<l;f++){if(g=c[f],g!=="0"&&g!=="1")return!1;p=!0}return p&&isFinite(a(c))}if(g==="x"){for(f++;f<l;f++){if(!n(c.charCodeAt(f)))return!1;p=!0}return p&&isFinite(a(c))}if(g==="o"){for(f++;f<l;f++){if(!i(c.charCodeAt(f)))return!1;p=!0}return p&&isFinite(a(c))}}for(;f<l;f++){if(!r(c.charCodeAt(f)))return!1;p=!0}return p?isFinite(a(c)):!1}function a(c){let l=c,f=1,p=l[0];if((p==="-"||p==="+")&&(p==="-"&&(f=-1),l=l.slice(1),p=l[0]),l==="0")return 0;if(p==="0"){if(l[1]==="b")return f*parseInt(l.slice(2),2);if(l[1]==="x")return f*parseInt(l.slice(2),16);if(l[1]==="o")return f*parseInt(l.slice(2),8)}return f*parseInt(l,10)}function s(c){return a(c)}function u(c){return Object.prototype.toString.call(c)==="[object Number]"&&c%1===0&&!e.isNegativeZero(c)}return nu=new t("tag:yaml.org,2002:int",{kind:"scalar",resolve:o,construct:s,predicate:u,represent:{binary:function(c){return c>=0?"0b"+c.toString(2):"-0b"+c.toString(2).slice(1)},octal:function(c){return c>=0?"0o"+c.toString(8):"-0o"+c.toString(8).slice(1)},decimal:function(c){return c.toString(10)},hexadecimal:function(c){return c>=0?"0x"+c.toString(16).toUpperCase():"-0x"+c.toString(16).toUpperCase().slice(1)}},defaultStyle:"decimal",styleAliases:{binary:[2,"bin"],octal:[8,"oct"],decimal:[10,"dec"],hexadecimal:[16,"hex"]}}),nu}var iu,Jh;function vv(){if(Jh)return iu;Jh=1;let e=Si(),t=st(),n=new RegExp("^(?:[-+]?(?:[0-9]+)(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$"),i=new RegExp("^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");function r(c){return c===null||!n.test(c)?!1:isFinite(parseFloat(c,10))?!0:i.test(c)}function o(c){let l=c.toLowerCase(),f=l[0]==="-"?-1:1;return"+-".indexOf(l[0])>=0&&(l=l.slice(1)),l===".inf"?f===1?Number.POSITIVE_INFINITY:Number.NEGATIVE_INFINITY:l===".nan"?NaN:f*parseFloat(l,10)}let a=/^[-+]?[0-9]+e/;function s(c,l){if(isNaN(c))switch(l){case"lowercase":return".nan";case"uppercase":return".NAN";case"camelcase":return".NaN"}else if(Number.POSITIVE_INFINITY===c)switch(l){case"lowercase":return".inf";case"uppercase":return".INF";case"camelcase":return".Inf"}else if(Number.NEGATIVE_INFINITY===c)switch(l){case"lowercase":return"-.inf";case"uppercase":return"-.INF";case"camelcase":return"-.Inf"}else if(e.isNegativeZero(c))return"-0.0";let f=c.toString(10);return a.test(f)?f.replace("e",".e"):f}function u(c){return Object.prototype.toString.call(c)==="[object Number]"&&(c%1!==0||e.isNegativeZero(c))}return iu=new t("tag:yaml.org,2002:float",{kind:"scalar",resolve:r,construct:o,predicate:u,represent:s,defaultStyle:"lowercase"}),iu}var ou,Xh;function bv(){return Xh||(Xh=1,ou=pv().extend({implicit:[mv(),gv(),hv(),vv()]})),ou}var au,Yh;function yv(){return Yh||(Yh=1,au=bv()),au}var su,Qh;function $v(){if(Qh)return su;Qh=1;let e=st(),t=new RegExp("^([0-9][0-9][0-9][0-9])-([0-9][0-9])-([0-9][0-9])$"),n=new RegExp("^([0-9][0-9][0-9][0-9])-([0-9][0-9]?)-([0-9][0-9]?)(?:[Tt]|[ \\t]+)([0-9][0-9]?):([0-9][0-9]):([0-9][0-9])(?:\\.([0-9]*))?(?:[ \\t]*(Z|([-+])([0-9][0-9]?)(?::([0-9][0-9]))?))?$");function i(a){return a===null?!1:t.exec(a)!==null||n.exec(a)!==null}function r(a){let s=0,u=null,c=t.exec(a);if(c===null&&(c=n.exec(a)),c===null)throw new Error("Date resolve error");let l=+c[1],f=+c[2]-1,p=+c[3];if(!c[4])return new Date(Date.UTC(l,f,p));let g=+c[4],v=+c[5],h=+c[6];if(c[7]){for(s=c[7].slice(0,3);s.length<3;)s+="0";s=+s}if(c[9]){let w=+c[10],x=+(c[11]||0);u=(w*60+x)*6e4,c[9]==="-"&&(u=-u)}let _=new Date(Date.UTC(l,f,p,g,v,h,s));return u&&_.setTime(_.getTime()-u),_}function o(a){return a.toISOString()}return su=new e("tag:yaml.org,2002:timestamp",{kind:"scalar",resolve:i,construct:r,instanceOf:Date,represent:o}),su}var cu,ev;function wv(){if(ev)return cu;ev=1;let e=st();function t(n){return n==="<<"||n===null}return cu=new e("tag:yaml.org,2002:merge",{kind:"scalar",resolve:t}),cu}var uu,tv;function xv(){if(tv)return uu;tv=1;let e=st(),t=`ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=
\r`;function n(a){if(a===null)return!1;let s=0,u=a.length,c=t;for(let l=0;l<u;l++){let f=c.indexOf(a.charAt(l));if(!(f>64)){if(f<0)return!1;s+=6}}return s%8===0}function i(a){let s=a.replace(/[\r\n=]/g,""),u=s.length,c=t,l=0,f=[];for(let g=0;g<u;g++)g%4===0&&g&&(f.push(l>>16&255),f.push(l>>8&255),f.push(l&255)),l=l<<6|c.indexOf(s.charAt(g));let p=u%4*6;return p===0?(f.push(l>>16&255),f.push(l>>8&255),f.push(l&255)):p===18?(f.push(l>>10&255),f.push(l>>2&255)):p===12&&f.push(l>>4&255),new Uint8Array(f)}function r(a){let s="",u=0,c=a.length,l=t;for(let p=0;p<c;p++)p%3===0&&p&&(s+=l[u>>18&63],s+=l[u>>12&63],s+=l[u>>6&63],s+=l[u&63]),u=(u<<8)+a[p];let f=c%3;return f===0?(s+=l[u>>18&63],s+=l[u>>12&63],s+=l[u>>6&63],s+=l[u&63]):f===2?(s+=l[u>>10&63],s+=l[u>>4&63],s+=l[u<<2&63],s+=l[64]):f===1&&(s+=l[u>>2&63],s+=l[u<<4&63],s+=l[64],s+=l[64]),s}function o(a){return Object.prototype.toString.call(a)==="[object Uint8Array]"}return uu=new e("tag:yaml.org,2002:binary",{kind:"scalar",resolve:n,construct:i,predicate:o,represent:r}),uu}var lu,rv;function kv(){if(rv)return lu;rv=1;let e=st(),t=Object.prototype.hasOwnProperty,n=Object.prototype.toString;function i(o){if(o===null)return!0;let a={},s=o;for(let u=0,c=s.length;u<c;u+=1){let l=s[u],f=!1;if(n.call(l)!=="[object Object]")return!1;let p;for(p in l)if(t.call(l,p))if(!f)f=!0;else return!1;if(!f||t.call(a,p))return!1;Object.defineProperty(a,p,{value:!0})}return!0}function r(o){return o!==null?o:[]}return lu=new e("tag:yaml.org,2002:omap",{kind:"sequence",resolve:i,construct:r}),lu}var du,nv;function _v(){if(nv)return du;nv=1;let e=st(),t=Object.prototype.toString;function n(r){if(r===null)return!0;let o=r,a=new Array(o.length);for(let s=0,u=o.length;s<u;s+=1){let c=o[s];if(t.call(c)!=="[object Object]")return!1;let l=Object.keys(c);if(l.length!==1)return!1;a[s]=[l[0],c[l[0]]]}return!0}function i(r){if(r===null)return[];let o=r,a=new Array(o.length);for(let s=0,u=o.length;s<u;s+=1){let c=o[s],l=Object.keys(c);a[s]=[l[0],c[l[0]]]}return a}return du=new e("tag:yaml.org,2002:pairs",{kind:"sequence",resolve:n,construct:i}),du}var fu,iv;function Av(){if(iv)return fu;iv=1;let e=st(),t=Object.prototype.hasOwnProperty;function n(r){if(r===null)return!0;let o=r;for(let a in o)if(t.call(o,a)&&o[a]!==null)return!1;return!0}function i(r){return r!==null?r:{}}return fu=new e("tag:yaml.org,2002:set",{kind:"mapping",resolve:n,construct:i}),fu}var pu,ov;function gu(){return ov||(ov=1,pu=yv().extend({implicit:[$v(),wv()],explicit:[xv(),kv(),_v(),Av()]})),pu}var av;function xx(){if(av)return ta;av=1;let e=Si(),t=Ii(),n=wx(),i=gu(),r=Object.prototype.hasOwnProperty,o=1,a=2,s=3,u=4,c=1,l=2,f=3,p=/[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/,g=/[\x85\u2028\u2029]/,v=/[,\[\]{}]/,h=/^(?:!|!!|![0-9A-Za-z-]+!)$/,_=/^(?:!|[^,\[\]{}])(?:%[0-9a-f]{2}|[0-9a-z\-#;/?:@&=+$,_.!~*'()\[\]])*$/i;function w(d){return Object.prototype.toString.call(d)}function x(d){return d===10||d===13}function S(d){return d===9||d===32}function L(d){return d===9||d===32||d===10||d===13}function X(d){return d===44||d===91||d===93||d===123||d===125}function W(d){if(d>=48&&d<=57)return d-48;let k=d|32;return k>=97&&k<=102?k-97+10:-1}function ue(d){return d===120?2:d===117?4:d===85?8:0}function Q(d){return d>=48&&d<=57?d-48:-1}function te(d){switch(d){case 48:return"\0";case 97:return"\x07";case 98:return"\b";case 116:return"	";case 9:return"	";case 110:return`
`;case 118:return"\v";case 102:return"\f";case 114:return"\r";case 101:return"\x1B";case 32:return" ";case 34:return'"';case 47:return"/";case 92:return"\\";case 78:return"\x85";case 95:return"\xA0";case 76:return"\u2028";case 80:return"\u2029";default:return""}}function T(d){return d<=65535?String.fromCharCode(d):String.fromCharCode((d-65536>>10)+55296,(d-65536&1023)+56320)}function be(d,k,z){k==="__proto__"?Object.defineProperty(d,k,{configurable:!0,enumerable:!0,writable:!0,value:z}):d[k]=z}let xe=new Array(256),ke=new Array(256);for(let d=0;d<256;d++)xe[d]=te(d)?1:0,ke[d]=te(d);function I(d,k){this.input=d,this.filename=k.filename||null,this.schema=k.schema||i,this.onWarning=k.onWarning||null,this.legacy=k.legacy||!1,this.json=k.json||!1,this.listener=k.listener||null,this.maxDepth=typeof k.maxDepth=="number"?k.maxDepth:100,this.maxTotalMergeKeys=typeof k.maxTotalMergeKeys=="number"?k.maxTotalMergeKeys:1e4,this.implicitTypes=this.schema.compiledImplicit,this.typeMap=this.schema.compiledTypeMap,this.length=d.length,this.position=0,this.line=0,this.lineStart=0,this.lineIndent=0,this.depth=0,this.totalMergeKeys=0,this.firstTabInLine=-1,this.documents=[],this.anchorMapTransactions=[]}function P(d,k){let z={name:d.filename,buffer:d.input.slice(0,-1),position:d.position,line:d.line,column:d.position-d.lineStart};return z.snippet=n(z),new t(k,z)}function C(d,k){throw P(d,k)}function H(d,k){d.onWarning&&d.onWarning.call(null,P(d,k))}function he(d,k,z){let j=d.anchorMapTransactions;if(j.length!==0){let R=j[j.length-1];r.call(R,k)||(R[k]={existed:r.call(d.anchorMap,k),value:d.anchorMap[k]})}d.anchorMap[k]=z}function Ne(d){d.anchorMapTransactions.push(Object.create(null))}function _e(d){let k=d.anchorMapTransactions.pop(),z=d.anchorMapTransactions;if(z.length===0)return;let j=z[z.length-1],R=Object.keys(k);for(let m=0,A=R.length;m<A;m+=1){let D=R[m];r.call(j,D)||(j[D]=k[D])}}function nt(d){let k=d.anchorMapTransactions.pop(),z=Object.keys(k);for(let j=z.length-1;j>=0;j-=1){let R=k[z[j]];R.existed?d.anchorMap[z[j]]=R.value:delete d.anchorMap[z[j]]}}function mt(d){return{position:d.position,line:d.line,lineStart:d.lineStart,lineIndent:d.lineIndent,firstTabInLine:d.firstTabInLine,tag:d.tag,anchor:d.anchor,kind:d.kind,result:d.result}}function gt(d,k){d.position=k.position,d.line=k.line,d.lineStart=k.lineStart,d.lineIndent=k.lineIndent,d.firstTabInLine=k.firstTabInLine,d.tag=k.tag,d.anchor=k.anchor,d.kind=k.kind,d.result=k.result}let It={YAML:function(k,z,j){k.version!==null&&C(k,"duplication of %YAML directive"),j.length!==1&&C(k,"YAML directive accepts exactly one argument");let R=/^([0-9]+)\.([0-9]+)$/.exec(j[0]);R===null&&C(k,"ill-formed argument of the YAML directive");let m=parseInt(R[1],10),A=parseInt(R[2],10);m!==1&&C(k,"unacceptable YAML version of the document"),k.version=j[0],k.checkLineBreaks=A<2,A!==1&&A!==2&&H(k,"unsupported YAML version of the document")},TAG:function(k,z,j){let R;j.length!==2&&C(k,"TAG directive accepts exactly two arguments");let m=j[0];R=j[1],h.test(m)||C(k,"ill-formed tag handle (first argument) of the TAG directive"),r.call(k.tagMap,m)&&C(k,'there is a previously declared suffix for "'+m+'" tag handle'),_.test(R)||C(k,"ill-formed tag prefix (second argument) of the TAG directive");try{R=decodeURIComponent(R)}catch{C(k,"tag prefix is malformed: "+R)}k.tagMap[m]=R}};function ie(d,k,z,j){if(k<z){let R=d.input.slice(k,z);if(j)for(let m=0,A=R.length;m<A;m+=1){let D=R.charCodeAt(m);D===9||D>=32&&D<=1114111||C(d,"expected valid JSON character")}else p.test(R)&&C(d,"the stream contains non-printable characters");d.result+=R}}function Pt(d){d.totalMergeKeys++,d.maxTotalMergeKeys!==-1&&d.totalMergeKeys>d.maxTotalMergeKeys&&C(d,"merge keys exceeded maxTotalMergeKeys ("+d.maxTotalMergeKeys+")")}function Mr(d,k,z,j){e.isObject(z)||C(d,"cannot merge mappings; the provided source object is unacceptable"),Pt(d);let R=Object.keys(z);for(let m=0,A=R.length;m<A;m+=1){let D=R[m];Pt(d),r.call(k,D)||(be(k,D,z[D]),j[D]=!0)}}function G(d,k,z,j,R,m,A,D,M){if(Array.isArray(R)){R=Array.prototype.slice.call(R);for(let q=0,Z=R.length;q<Z;q+=1)Array.isArray(R[q])&&C(d,"nested arrays are not supported inside keys"),typeof R=="object"&&w(R[q])==="[object Object]"&&(R[q]="[object Object]")}if(typeof R=="object"&&w(R)==="[object Object]"&&(R="[object Object]"),R=String(R),k===null&&(k={}),j==="tag:yaml.org,2002:merge")if(Array.isArray(m)){m.length>100&&C(d,"abnormal merge sequence size");for(let q=0,Z=m.length;q<Z;q+=1)Mr(d,k,m[q],z)}else Mr(d,k,m,z);else!d.json&&!r.call(z,R)&&r.call(k,R)&&(d.line=A||d.line,d.lineStart=D||d.lineStart,d.position=M||d.position,C(d,"duplicated mapping key")),be(k,R,m),delete z[R];return k}function Ie(d){let k=d.input.charCodeAt(d.position);k===10?d.position++:k===13?(d.position++,d.input.charCodeAt(d.position)===10&&d.position++):C(d,"a line break is expected"),d.line+=1,d.lineStart=d.position,d.firstTabInLine=-1}function B(d,k,z){let j=0,R=d.input.charCodeAt(d.position);for(;R!==0;){for(;S(R);)R===9&&d.firstTabInLine===-1&&(d.firstTabInLine=d.position),R=d.input.charCodeAt(++d.position);if(k&&R===35)do R=d.input.charCodeAt(++d.position);while(R!==10&&R!==13&&R!==0);if(x(R))for(Ie(d),R=d.input.charCodeAt(d.position),j++,d.lineIndent=0;R===32;)d.lineIndent++,R=d.input.charCodeAt(++d.position);else break}return z!==-1&&j!==0&&d.lineIndent<z&&H(d,"deficient indentation"),j}function fe(d){let k=d.position,z=d.input.charCodeAt(k);return!!((z===45||z===46)&&z===d.input.charCodeAt(k+1)&&z===d.input.charCodeAt(k+2)&&(k+=3,z=d.input.charCodeAt(k),z===0||L(z)))}function Ae(d,k){k===1?d.result+=" ":k>1&&(d.result+=e.repeat(`
`,k-1))}function ze(d,k,z){let j,R,m,A,D,M,q=d.kind,Z=d.result,N=d.input.charCodeAt(d.position);if(L(N)||X(N)||N===35||N===38||N===42||N===33||N===124||N===62||N===39||N===34||N===37||N===64||N===96)return!1;if(N===63||N===45){let K=d.input.charCodeAt(d.position+1);if(L(K)||z&&X(K))return!1}for(d.kind="scalar",d.result="",j=R=d.position,m=!1;N!==0;){if(N===58){let K=d.input.charCodeAt(d.position+1);if(L(K)||z&&X(K))break}else if(N===35){let K=d.input.charCodeAt(d.position-1);if(L(K))break}else{if(d.position===d.lineStart&&fe(d)||z&&X(N))break;if(x(N))if(A=d.line,D=d.lineStart,M=d.lineIndent,B(d,!1,-1),d.lineIndent>=k){m=!0,N=d.input.charCodeAt(d.position);continue}else{d.position=R,d.line=A,d.lineStart=D,d.lineIndent=M;break}}m&&(ie(d,j,R,!1),Ae(d,d.line-A),j=R=d.position,m=!1),S(N)||(R=d.position+1),N=d.input.charCodeAt(++d.position)}return ie(d,j,R,!1),d.result?!0:(d.kind=q,d.result=Z,!1)}function Se(d,k){let z,j,R=d.input.charCodeAt(d.position);if(R!==39)return!1;for(d.kind="scalar",d.result="",d.position++,z=j=d.position;(R=d.input.charCodeAt(d.position))!==0;)if(R===39)if(ie(d,z,d.position,!0),R=d.input.charCodeAt(++d.position),R===39)z=d.position,d.position++,j=d.position;else return!0;else x(R)?(ie(d,z,j,!0),Ae(d,B(d,!1,k)),z=j=d.position):d.position===d.lineStart&&fe(d)?C(d,"unexpected end of the document within a single quoted scalar"):(d.position++,S(R)||(j=d.position));C(d,"unexpected end of the stream within a single quoted scalar")}function it(d,k){let z,j,R,m=d.input.charCodeAt(d.position);if(m!==34)return!1;for(d.kind="scalar",d.result="",d.position++,z=j=d.position;(m=d.input.charCodeAt(d.position))!==0;){if(m===34)return ie(d,z,d.position,!0),d.position++,!0;if(m===92){if(ie(d,z,d.position,!0),m=d.input.charCodeAt(++d.position),x(m))B(d,!1,k);else if(m<256&&xe[m])d.result+=ke[m],d.position++;else if((R=ue(m))>0){let A=R,D=0;for(;A>0;A--)m=d.input.charCodeAt(++d.position),(R=W(m))>=0?D=(D<<4)+R:C(d,"expected hexadecimal character");d.result+=T(D),d.position++}else C(d,"unknown escape sequence");z=j=d.position}else x(m)?(ie(d,z,j,!0),Ae(d,B(d,!1,k)),z=j=d.position):d.position===d.lineStart&&fe(d)?C(d,"unexpected end of the document within a double quoted scalar"):(d.position++,S(m)||(j=d.position))}C(d,"unexpected end of the stream within a double quoted scalar")}function Ot(d,k){let z=!0,j,R,m,A=d.tag,D,M=d.anchor,q,Z,N,K,Y=Object.create(null),oe,ce,ge,$e=d.input.charCodeAt(d.position);if($e===91)q=93,K=!1,D=[];else if($e===123)q=125,K=!0,D={};else return!1;for(d.anchor!==null&&he(d,d.anchor,D),$e=d.input.charCodeAt(++d.position);$e!==0;){if(B(d,!0,k),$e=d.input.charCodeAt(d.position),$e===q)return d.position++,d.tag=A,d.anchor=M,d.kind=K?"mapping":"sequence",d.result=D,!0;if(z?$e===44&&C(d,"expected the node content, but found ','"):C(d,"missed comma between flow collection entries"),ce=oe=ge=null,Z=N=!1,$e===63){let vr=d.input.charCodeAt(d.position+1);L(vr)&&(Z=N=!0,d.position++,B(d,!0,k))}j=d.line,R=d.lineStart,m=d.position,hr(d,k,o,!1,!0),ce=d.tag,oe=d.result,B(d,!0,k),$e=d.input.charCodeAt(d.position),(N||d.line===j)&&$e===58&&(Z=!0,$e=d.input.charCodeAt(++d.position),B(d,!0,k),hr(d,k,o,!1,!0),ge=d.result),K?G(d,D,Y,ce,oe,ge,j,R,m):Z?D.push(G(d,null,Y,ce,oe,ge,j,R,m)):D.push(oe),B(d,!0,k),$e=d.input.charCodeAt(d.position),$e===44?(z=!0,$e=d.input.charCodeAt(++d.position)):z=!1}C(d,"unexpected end of the stream within a flow collection")}function ot(d,k){let z,j=c,R=!1,m=!1,A=k,D=0,M=!1,q,Z=d.input.charCodeAt(d.position);if(Z===124)z=!1;else if(Z===62)z=!0;else return!1;for(d.kind="scalar",d.result="";Z!==0;)if(Z=d.input.charCodeAt(++d.position),Z===43||Z===45)c===j?j=Z===43?f:l:C(d,"repeat of a chomping mode identifier");else if((q=Q(Z))>=0)q===0?C(d,"bad explicit indentation width of a block scalar; it cannot be less than one"):m?C(d,"repeat of an indentation width identifier"):(A=k+q-1,m=!0);else break;if(S(Z)){do Z=d.input.charCodeAt(++d.position);while(S(Z));if(Z===35)do Z=d.input.charCodeAt(++d.position);while(!x(Z)&&Z!==0)}for(;Z!==0;){for(Ie(d),d.lineIndent=0,Z=d.input.charCodeAt(d.position);(!m||d.lineIndent<A)&&Z===32;)d.lineIndent++,Z=d.input.charCodeAt(++d.position);if(!m&&d.lineIndent>A&&(A=d.lineIndent),x(Z)){D++;continue}if(!m&&A===0&&C(d,"missing indentation for block scalar"),d.lineIndent<A){j===f?d.result+=e.repeat(`
`,R?1+D:D):j===c&&R&&(d.result+=`
`);break}z?S(Z)?(M=!0,d.result+=e.repeat(`
`,R?1+D:D)):M?(M=!1,d.result+=e.repeat(`
`,D+1)):D===0?R&&(d.result+=" "):d.result+=e.repeat(`
`,D):d.result+=e.repeat(`
`,R?1+D:D),R=!0,m=!0,D=0;let N=d.position;for(;!x(Z)&&Z!==0;)Z=d.input.charCodeAt(++d.position);ie(d,N,d.position,!1)}return!0}function Lo(d,k){let z=d.tag,j=d.anchor,R=[],m=!1;if(d.firstTabInLine!==-1)return!1;d.anchor!==null&&he(d,d.anchor,R);let A=d.input.charCodeAt(d.position);for(;A!==0&&(d.firstTabInLine!==-1&&(d.position=d.firstTabInLine,C(d,"tab characters must not be used in indentation")),A===45);){let D=d.input.charCodeAt(d.position+1);if(!L(D))break;if(m=!0,d.position++,B(d,!0,-1)&&d.lineIndent<=k){R.push(null),A=d.input.charCodeAt(d.position);continue}let M=d.line;if(hr(d,k,s,!1,!0),R.push(d.result),B(d,!0,-1),A=d.input.charCodeAt(d.position),(d.line===M||d.lineIndent>k)&&A!==0)C(d,"bad indentation of a sequence entry");else if(d.lineIndent<k)break}return m?(d.tag=z,d.anchor=j,d.kind="sequence",d.result=R,!0):!1}function Mo(d,k,z){let j,R,m,A,D=d.tag,M=d.anchor,q={},Z=Object.create(null),N=null,K=null,Y=null,oe=!1,ce=!1;if(d.firstTabInLine!==-1)return!1;d.anchor!==null&&he(d,d.anchor,q);let ge=d.input.charCodeAt(d.position);for(;ge!==0;){!oe&&d.firstTabInLine!==-1&&(d.position=d.firstTabInLine,C(d,"tab characters must not be used in indentation"));let $e=d.input.charCodeAt(d.position+1),vr=d.line;if((ge===63||ge===58)&&L($e))ge===63?(oe&&(G(d,q,Z,N,K,null,R,m,A),N=K=Y=null),ce=!0,oe=!0,j=!0):oe?(oe=!1,j=!0):C(d,"incomplete explicit mapping pair; a key node is missed; or followed by a non-tabulated empty line"),d.position+=1,ge=$e;else{if(R=d.line,m=d.lineStart,A=d.position,!hr(d,z,a,!1,!0))break;if(d.line===vr){for(ge=d.input.charCodeAt(d.position);S(ge);)ge=d.input.charCodeAt(++d.position);if(ge===58)ge=d.input.charCodeAt(++d.position),L(ge)||C(d,"a whitespace character is expected after the key-value separator within a block mapping"),oe&&(G(d,q,Z,N,K,null,R,m,A),N=K=Y=null),ce=!0,oe=!1,j=!1,N=d.tag,K=d.result;else if(ce)C(d,"can not read an implicit mapping pair; a colon is missed");else return d.tag=D,d.anchor=M,!0}else if(ce)C(d,"can not read a block mapping entry; a multiline key may not be an implicit key");else return d.tag=D,d.anchor=M,!0}if((d.line===vr||d.lineIndent>k)&&(oe&&(R=d.line,m=d.lineStart,A=d.position),hr(d,k,u,!0,j)&&(oe?K=d.result:Y=d.result),oe||(G(d,q,Z,N,K,Y,R,m,A),N=K=Y=null),B(d,!0,-1),ge=d.input.charCodeAt(d.position)),(d.line===vr||d.lineIndent>k)&&ge!==0)C(d,"bad indentation of a mapping entry");else if(d.lineIndent<k)break}return oe&&G(d,q,Z,N,K,null,R,m,A),ce&&(d.tag=D,d.anchor=M,d.kind="mapping",d.result=q),ce}function Bo(d){let k=!1,z=!1,j,R,m=d.input.charCodeAt(d.position);if(m!==33)return!1;d.tag!==null&&C(d,"duplication of a tag property"),m=d.input.charCodeAt(++d.position),m===60?(k=!0,m=d.input.charCodeAt(++d.position)):m===33?(z=!0,j="!!",m=d.input.charCodeAt(++d.position)):j="!";let A=d.position;if(k){do m=d.input.charCodeAt(++d.position);while(m!==0&&m!==62);d.position<d.length?(R=d.input.slice(A,d.position),m=d.input.charCodeAt(++d.position)):C(d,"unexpected end of the stream within a verbatim tag")}else{for(;m!==0&&!L(m);)m===33&&(z?C(d,"tag suffix cannot contain exclamation marks"):(j=d.input.slice(A-1,d.position+1),h.test(j)||C(d,"named tag handle cannot contain such characters"),z=!0,A=d.position+1)),m=d.input.charCodeAt(++d.position);R=d.input.slice(A,d.position),v.test(R)&&C(d,"tag suffix cannot contain flow indicator characters")}R&&!_.test(R)&&C(d,"tag name cannot contain such characters: "+R);try{R=decodeURIComponent(R)}catch{C(d,"tag name is malformed: "+R)}return k?d.tag=R:r.call(d.tagMap,j)?d.tag=d.tagMap[j]+R:j==="!"?d.tag="!"+R:j==="!!"?d.tag="tag:yaml.org,2002:"+R:C(d,'undeclared tag handle "'+j+'"'),!0}function qo(d){let k=d.input.charCodeAt(d.position);if(k!==38)return!1;d.anchor!==null&&C(d,"duplication of an anchor property"),k=d.input.charCodeAt(++d.position);let z=d.position;for(;k!==0&&!L(k)&&!X(k);)k=d.input.charCodeAt(++d.position);return d.position===z&&C(d,"name of an anchor node must contain at least one character"),d.anchor=d.input.slice(z,d.position),!0}function Uc(d){let k=d.input.charCodeAt(d.position);if(k!==42)return!1;k=d.input.charCodeAt(++d.position);let z=d.position;for(;k!==0&&!L(k)&&!X(k);)k=d.input.charCodeAt(++d.position);d.position===z&&C(d,"name of an alias node must contain at least one character");let j=d.input.slice(z,d.position);return r.call(d.anchorMap,j)||C(d,'unidentified alias "'+j+'"'),d.result=d.anchorMap[j],B(d,!0,-1),!0}function Zo(d,k,z,j){let R=mt(d);return Ne(d),gt(d,k),d.tag=null,d.anchor=null,d.kind=null,d.result=null,Mo(d,z,j)&&d.kind==="mapping"?(_e(d),!0):(nt(d),gt(d,R),!1)}function hr(d,k,z,j,R){let m,A,D=1,M=!1,q=!1,Z=null,N,K,Y;d.depth>=d.maxDepth&&C(d,"nesting exceeded maxDepth ("+d.maxDepth+")"),d.depth+=1,d.listener!==null&&d.listener("open",d),d.tag=null,d.anchor=null,d.kind=null,d.result=null;let oe=m=A=u===z||s===z;if(j&&B(d,!0,-1)&&(M=!0,d.lineIndent>k?D=1:d.lineIndent===k?D=0:d.lineIndent<k&&(D=-1)),D===1)for(;;){let ce=d.input.charCodeAt(d.position),ge=mt(d);if(M&&(ce===33&&d.tag!==null||ce===38&&d.anchor!==null)||!Bo(d)&&!qo(d))break;Z===null&&(Z=ge),B(d,!0,-1)?(M=!0,A=oe,d.lineIndent>k?D=1:d.lineIndent===k?D=0:d.lineIndent<k&&(D=-1)):A=!1}if(A&&(A=M||R),D===1||u===z)if(o===z||a===z?K=k:K=k+1,Y=d.position-d.lineStart,D===1)if(A&&(Lo(d,Y)||Mo(d,Y,K))||Ot(d,K))q=!0;else{let ce=d.input.charCodeAt(d.position);Z!==null&&oe&&!A&&ce!==124&&ce!==62&&Zo(d,Z,Z.position-Z.lineStart,K)||m&&ot(d,K)||Se(d,K)||it(d,K)?q=!0:Uc(d)?(q=!0,(d.tag!==null||d.anchor!==null)&&C(d,"alias node should not have any properties")):ze(d,K,o===z)&&(q=!0,d.tag===null&&(d.tag="?")),d.anchor!==null&&he(d,d.anchor,d.result)}else D===0&&(q=A&&Lo(d,Y));if(d.tag===null)d.anchor!==null&&he(d,d.anchor,d.result);else if(d.tag==="?"){d.result!==null&&d.kind!=="scalar"&&C(d,'unacceptable node kind for !<?> tag; it should be "scalar", not "'+d.kind+'"');for(let ce=0,ge=d.implicitTypes.length;ce<ge;ce+=1)if(N=d.implicitTypes[ce],N.resolve(d.result)){d.result=N.construct(d.result),d.tag=N.tag,d.anchor!==null&&he(d,d.anchor,d.result);break}}else if(d.tag!=="!"){if(r.call(d.typeMap[d.kind||"fallback"],d.tag))N=d.typeMap[d.kind||"fallback"][d.tag];else{N=null;let ce=d.typeMap.multi[d.kind||"fallback"];for(let ge=0,$e=ce.length;ge<$e;ge+=1)if(d.tag.slice(0,ce[ge].tag.length)===ce[ge].tag){N=ce[ge];break}}N||C(d,"unknown tag !<"+d.tag+">"),d.result!==null&&N.kind!==d.kind&&C(d,"unacceptable node kind for !<"+d.tag+'> tag; it should be "'+N.kind+'", not "'+d.kind+'"'),N.resolve(d.result,d.tag)?(d.result=N.construct(d.result,d.tag),d.anchor!==null&&he(d,d.anchor,d.result)):C(d,"cannot resolve a node with !<"+d.tag+"> explicit tag")}return d.listener!==null&&d.listener("close",d),d.depth-=1,d.tag!==null||d.anchor!==null||q}function Nc(d){let k=d.position,z=!1,j;for(d.version=null,d.checkLineBreaks=d.legacy,d.tagMap=Object.create(null),d.anchorMap=Object.create(null);(j=d.input.charCodeAt(d.position))!==0&&(B(d,!0,-1),j=d.input.charCodeAt(d.position),!(d.lineIndent>0||j!==37));){z=!0,j=d.input.charCodeAt(++d.position);let R=d.position;for(;j!==0&&!L(j);)j=d.input.charCodeAt(++d.position);let m=d.input.slice(R,d.position),A=[];for(m.length<1&&C(d,"directive name must not be less than one character in length");j!==0;){for(;S(j);)j=d.input.charCodeAt(++d.position);if(j===35){do j=d.input.charCodeAt(++d.position);while(j!==0&&!x(j));break}if(x(j))break;for(R=d.position;j!==0&&!L(j);)j=d.input.charCodeAt(++d.position);A.push(d.input.slice(R,d.position))}j!==0&&Ie(d),r.call(It,m)?It[m](d,m,A):H(d,'unknown document directive "'+m+'"')}if(B(d,!0,-1),d.lineIndent===0&&d.input.charCodeAt(d.position)===45&&d.input.charCodeAt(d.position+1)===45&&d.input.charCodeAt(d.position+2)===45?(d.position+=3,B(d,!0,-1)):z&&C(d,"directives end mark is expected"),hr(d,d.lineIndent-1,u,!1,!0),B(d,!0,-1),d.checkLineBreaks&&g.test(d.input.slice(k,d.position))&&H(d,"non-ASCII line breaks are interpreted as content"),d.documents.push(d.result),d.position===d.lineStart&&fe(d)){d.input.charCodeAt(d.position)===46&&(d.position+=3,B(d,!0,-1));return}d.position<d.length-1&&C(d,"end of the stream or a document separator is expected")}function wi(d,k){d=String(d),k=k||{},d.length!==0&&(d.charCodeAt(d.length-1)!==10&&d.charCodeAt(d.length-1)!==13&&(d+=`
`),d.charCodeAt(0)===65279&&(d=d.slice(1)));let z=new I(d,k),j=d.indexOf("\0");for(j!==-1&&(z.position=j,C(z,"null byte is not allowed in input")),z.input+="\0";z.input.charCodeAt(z.position)===32;)z.lineIndent+=1,z.position+=1;for(;z.position<z.length-1;)Nc(z);return z.documents}function zc(d,k,z){k!==null&&typeof k=="object"&&typeof z>"u"&&(z=k,k=null);let j=wi(d,z);if(typeof k!="function")return j;for(let R=0,m=j.length;R<m;R+=1)k(j[R])}function Cc(d,k){let z=wi(d,k);if(z.length!==0){if(z.length===1)return z[0];throw new t("expected a single document in the stream, but found more")}}return ta.loadAll=zc,ta.load=Cc,ta}var mu={},sv;function kx(){if(sv)return mu;sv=1;let e=Si(),t=Ii(),n=gu(),i=Object.prototype.toString,r=Object.prototype.hasOwnProperty,o=65279,a=9,s=10,u=13,c=32,l=33,f=34,p=35,g=37,v=38,h=39,_=42,w=44,x=45,S=58,L=61,X=62,W=63,ue=64,Q=91,te=93,T=96,be=123,xe=124,ke=125,I={};I[0]="\\0",I[7]="\\a",I[8]="\\b",I[9]="\\t",I[10]="\\n",I[11]="\\v",I[12]="\\f",I[13]="\\r",I[27]="\\e",I[34]='\\"',I[92]="\\\\",I[133]="\\N",I[160]="\\_",I[8232]="\\L",I[8233]="\\P";let P=["y","Y","yes","Yes","YES","on","On","ON","n","N","no","No","NO","off","Off","OFF"],C=/^[-+]?[0-9_]+(?::[0-9_]+)+(?:\.[0-9_]*)?$/;function H(m,A){if(A===null)return{};let D={},M=Object.keys(A);for(let q=0,Z=M.length;q<Z;q+=1){let N=M[q],K=String(A[N]);N.slice(0,2)==="!!"&&(N="tag:yaml.org,2002:"+N.slice(2));let Y=m.compiledTypeMap.fallback[N];Y&&r.call(Y.styleAliases,K)&&(K=Y.styleAliases[K]),D[N]=K}return D}function he(m){let A,D,M=m.toString(16).toUpperCase();if(m<=255)A="x",D=2;else if(m<=65535)A="u",D=4;else if(m<=4294967295)A="U",D=8;else throw new t("code point within a string may not be greater than 0xFFFFFFFF");return"\\"+A+e.repeat("0",D-M.length)+M}let Ne=1,_e=2;function nt(m){this.schema=m.schema||n,this.indent=Math.max(1,m.indent||2),this.noArrayIndent=m.noArrayIndent||!1,this.skipInvalid=m.skipInvalid||!1,this.flowLevel=e.isNothing(m.flowLevel)?-1:m.flowLevel,this.styleMap=H(this.schema,m.styles||null),this.sortKeys=m.sortKeys||!1,this.lineWidth=m.lineWidth||80,this.noRefs=m.noRefs||!1,this.noCompatMode=m.noCompatMode||!1,this.condenseFlow=m.condenseFlow||!1,this.quotingType=m.quotingType==='"'?_e:Ne,this.forceQuotes=m.forceQuotes||!1,this.replacer=typeof m.replacer=="function"?m.replacer:null,this.implicitTypes=this.schema.compiledImplicit,this.explicitTypes=this.schema.compiledExplicit,this.tag=null,this.result="",this.duplicates=[],this.usedDuplicates=null}function mt(m,A){let D=e.repeat(" ",A),M=0,q="",Z=m.length;for(;M<Z;){let N,K=m.indexOf(`
`,M);K===-1?(N=m.slice(M),M=Z):(N=m.slice(M,K+1),M=K+1),N.length&&N!==`
`&&(q+=D),q+=N}return q}function gt(m,A){return`
`+e.repeat(" ",m.indent*A)}function It(m,A){for(let D=0,M=m.implicitTypes.length;D<M;D+=1)if(m.implicitTypes[D].resolve(A))return!0;return!1}function ie(m){return m===c||m===a}function Pt(m){return m>=32&&m<=126||m>=161&&m<=55295&&m!==8232&&m!==8233||m>=57344&&m<=65533&&m!==o||m>=65536&&m<=1114111}function Mr(m){return Pt(m)&&m!==o&&m!==u&&m!==s}function G(m,A,D){let M=Mr(m),q=M&&!ie(m);return(D?M:M&&m!==w&&m!==Q&&m!==te&&m!==be&&m!==ke)&&m!==p&&!(A===S&&!q)||Mr(A)&&!ie(A)&&m===p||A===S&&q}function Ie(m){return Pt(m)&&m!==o&&!ie(m)&&m!==x&&m!==W&&m!==S&&m!==w&&m!==Q&&m!==te&&m!==be&&m!==ke&&m!==p&&m!==v&&m!==_&&m!==l&&m!==xe&&m!==L&&m!==X&&m!==h&&m!==f&&m!==g&&m!==ue&&m!==T}function B(m){return!ie(m)&&m!==S}function fe(m,A){let D=m.charCodeAt(A),M;return D>=55296&&D<=56319&&A+1<m.length&&(M=m.charCodeAt(A+1),M>=56320&&M<=57343)?(D-55296)*1024+M-56320+65536:D}function Ae(m){return/^\n* /.test(m)}let ze=1,Se=2,it=3,Ot=4,ot=5;function Lo(m,A,D,M,q,Z,N,K){let Y,oe=0,ce=null,ge=!1,$e=!1,vr=M!==-1,xi=-1,ki=Ie(fe(m,0))&&B(fe(m,m.length-1));if(A||N)for(Y=0;Y<m.length;oe>=65536?Y+=2:Y++){if(oe=fe(m,Y),!Pt(oe))return ot;ki=ki&&G(oe,ce,K),ce=oe}else{for(Y=0;Y<m.length;oe>=65536?Y+=2:Y++){if(oe=fe(m,Y),oe===s)ge=!0,vr&&($e=$e||Y-xi-1>M&&m[xi+1]!==" ",xi=Y);else if(!Pt(oe))return ot;ki=ki&&G(oe,ce,K),ce=oe}$e=$e||vr&&Y-xi-1>M&&m[xi+1]!==" "}return!ge&&!$e?ki&&!N&&!q(m)?ze:Z===_e?ot:Se:D>9&&Ae(m)?ot:N?Z===_e?ot:Se:$e?Ot:it}function Mo(m,A,D,M,q){m.dump=(function(){if(A.length===0)return m.quotingType===_e?'""':"''";if(!m.noCompatMode&&(P.indexOf(A)!==-1||C.test(A)))return m.quotingType===_e?'"'+A+'"':"'"+A+"'";let Z=m.indent*Math.max(1,D),N=m.lineWidth===-1?-1:Math.max(Math.min(m.lineWidth,40),m.lineWidth-Z),K=M||m.flowLevel>-1&&D>=m.flowLevel;function Y(oe){return It(m,oe)}switch(Lo(A,K,m.indent,N,Y,m.quotingType,m.forceQuotes&&!M,q)){case ze:return A;case Se:return"'"+A.replace(/'/g,"''")+"'";case it:return"|"+Bo(A,m.indent)+qo(mt(A,Z));case Ot:return">"+Bo(A,m.indent)+qo(mt(Uc(A,N),Z));case ot:return'"'+hr(A)+'"';default:throw new t("impossible error: invalid scalar style")}})()}function Bo(m,A){let D=Ae(m)?String(A):"",M=m[m.length-1]===`
`,Z=M&&(m[m.length-2]===`
`||m===`
`)?"+":M?"":"-";return D+Z+`
`}function qo(m){return m[m.length-1]===`
`?m.slice(0,-1):m}function Uc(m,A){let D=/(\n+)([^\n]*)/g,M=(function(){let K=m.indexOf(`
`);return K=K!==-1?K:m.length,D.lastIndex=K,Zo(m.slice(0,K),A)})(),q=m[0]===`
`||m[0]===" ",Z,N;for(;N=D.exec(m);){let K=N[1],Y=N[2];Z=Y[0]===" ",M+=K+(!q&&!Z&&Y!==""?`
`:"")+Zo(Y,A),q=Z}return M}function Zo(m,A){if(m===""||m[0]===" ")return m;let D=/ [^ ]/g,M,q=0,Z,N=0,K=0,Y="";for(;M=D.exec(m);)K=M.index,K-q>A&&(Z=N>q?N:K,Y+=`
`+m.slice(q,Z),q=Z+1),N=K;return Y+=`
`,m.length-q>A&&N>q?Y+=m.slice(q,N)+`
`+m.slice(N+1):Y+=m.slice(q),Y.slice(1)}function hr(m){let A="",D=0;for(let M=0;M<m.length;D>=65536?M+=2:M++){D=fe(m,M);let q=I[D];!q&&Pt(D)?(A+=m[M],D>=65536&&(A+=m[M+1])):A+=q||he(D)}return A}function Nc(m,A,D){let M="",q=m.tag;for(let Z=0,N=D.length;Z<N;Z+=1){let K=D[Z];m.replacer&&(K=m.replacer.call(D,String(Z),K)),(k(m,A,K,!1,!1)||typeof K>"u"&&k(m,A,null,!1,!1))&&(M!==""&&(M+=","+(m.condenseFlow?"":" ")),M+=m.dump)}m.tag=q,m.dump="["+M+"]"}function wi(m,A,D,M){let q="",Z=m.tag;for(let N=0,K=D.length;N<K;N+=1){let Y=D[N];m.replacer&&(Y=m.replacer.call(D,String(N),Y)),(k(m,A+1,Y,!0,!0,!1,!0)||typeof Y>"u"&&k(m,A+1,null,!0,!0,!1,!0))&&((!M||q!=="")&&(q+=gt(m,A)),m.dump&&s===m.dump.charCodeAt(0)?q+="-":q+="- ",q+=m.dump)}m.tag=Z,m.dump=q||"[]"}function zc(m,A,D){let M="",q=m.tag,Z=Object.keys(D);for(let N=0,K=Z.length;N<K;N+=1){let Y="";M!==""&&(Y+=", "),m.condenseFlow&&(Y+='"');let oe=Z[N],ce=D[oe];m.replacer&&(ce=m.replacer.call(D,oe,ce)),k(m,A,oe,!1,!1)&&(m.dump.length>1024&&(Y+="? "),Y+=m.dump+(m.condenseFlow?'"':"")+":"+(m.condenseFlow?"":" "),k(m,A,ce,!1,!1)&&(Y+=m.dump,M+=Y))}m.tag=q,m.dump="{"+M+"}"}function Cc(m,A,D,M){let q="",Z=m.tag,N=Object.keys(D);if(m.sortKeys===!0)N.sort();else if(typeof m.sortKeys=="function")N.sort(m.sortKeys);else if(m.sortKeys)throw new t("sortKeys must be a boolean or a function");for(let K=0,Y=N.length;K<Y;K+=1){let oe="";(!M||q!=="")&&(oe+=gt(m,A));let ce=N[K],ge=D[ce];if(m.replacer&&(ge=m.replacer.call(D,ce,ge)),!k(m,A+1,ce,!0,!0,!0))continue;let $e=m.tag!==null&&m.tag!=="?"||m.dump&&m.dump.length>1024;$e&&(m.dump&&s===m.dump.charCodeAt(0)?oe+="?":oe+="? "),oe+=m.dump,$e&&(oe+=gt(m,A)),k(m,A+1,ge,!0,$e)&&(m.dump&&s===m.dump.charCodeAt(0)?oe+=":":oe+=": ",oe+=m.dump,q+=oe)}m.tag=Z,m.dump=q||"{}"}function d(m,A,D){let M=D?m.explicitTypes:m.implicitTypes;for(let q=0,Z=M.length;q<Z;q+=1){let N=M[q];if((N.instanceOf||N.predicate)&&(!N.instanceOf||typeof A=="object"&&A instanceof N.instanceOf)&&(!N.predicate||N.predicate(A))){if(D?N.multi&&N.representName?m.tag=N.representName(A):m.tag=N.tag:m.tag="?",N.represent){let K=m.styleMap[N.tag]||N.defaultStyle,Y;if(i.call(N.represent)==="[object Function]")Y=N.represent(A,K);else if(r.call(N.represent,K))Y=N.represent[K](A,K);else throw new t("!<"+N.tag+'> tag resolver accepts not "'+K+'" style');m.dump=Y}return!0}}return!1}function k(m,A,D,M,q,Z,N){m.tag=null,m.dump=D,d(m,D,!1)||d(m,D,!0);let K=i.call(m.dump),Y=M;M&&(M=m.flowLevel<0||m.flowLevel>A);let oe=K==="[object Object]"||K==="[object Array]",ce,ge;if(oe&&(ce=m.duplicates.indexOf(D),ge=ce!==-1),(m.tag!==null&&m.tag!=="?"||ge||m.indent!==2&&A>0)&&(q=!1),ge&&m.usedDuplicates[ce])m.dump="*ref_"+ce;else{if(oe&&ge&&!m.usedDuplicates[ce]&&(m.usedDuplicates[ce]=!0),K==="[object Object]")M&&Object.keys(m.dump).length!==0?(Cc(m,A,m.dump,q),ge&&(m.dump="&ref_"+ce+m.dump)):(zc(m,A,m.dump),ge&&(m.dump="&ref_"+ce+" "+m.dump));else if(K==="[object Array]")M&&m.dump.length!==0?(m.noArrayIndent&&!N&&A>0?wi(m,A-1,m.dump,q):wi(m,A,m.dump,q),ge&&(m.dump="&ref_"+ce+m.dump)):(Nc(m,A,m.dump),ge&&(m.dump="&ref_"+ce+" "+m.dump));else if(K==="[object String]")m.tag!=="?"&&Mo(m,m.dump,A,Z,Y);else{if(K==="[object Undefined]")return!1;if(m.skipInvalid)return!1;throw new t("unacceptable kind of an object to dump "+K)}if(m.tag!==null&&m.tag!=="?"){let $e=encodeURI(m.tag[0]==="!"?m.tag.slice(1):m.tag).replace(/!/g,"%21");m.tag[0]==="!"?$e="!"+$e:$e.slice(0,18)==="tag:yaml.org,2002:"?$e="!!"+$e.slice(18):$e="!<"+$e+">",m.dump=$e+" "+m.dump}}return!0}function z(m,A){let D=[],M=[];j(m,D,M);let q=M.length;for(let Z=0;Z<q;Z+=1)A.duplicates.push(D[M[Z]]);A.usedDuplicates=new Array(q)}function j(m,A,D){if(m!==null&&typeof m=="object"){let M=A.indexOf(m);if(M!==-1)D.indexOf(M)===-1&&D.push(M);else if(A.push(m),Array.isArray(m))for(let q=0,Z=m.length;q<Z;q+=1)j(m[q],A,D);else{let q=Object.keys(m);for(let Z=0,N=q.length;Z<N;Z+=1)j(m[q[Z]],A,D)}}}function R(m,A){A=A||{};let D=new nt(A);D.noRefs||z(m,D);let M=m;return D.replacer&&(M=D.replacer.call({"":M},"",M)),k(D,0,M,!0,!0)?D.dump+`
`:""}return mu.dump=R,mu}var cv;function _x(){if(cv)return tt;cv=1;let e=xx(),t=kx();function n(i,r){return function(){throw new Error("Function yaml."+i+" is removed in js-yaml 4. Use yaml."+r+" instead, which is now safe by default.")}}return tt.Type=st(),tt.Schema=uv(),tt.FAILSAFE_SCHEMA=pv(),tt.JSON_SCHEMA=bv(),tt.CORE_SCHEMA=yv(),tt.DEFAULT_SCHEMA=gu(),tt.load=e.load,tt.loadAll=e.loadAll,tt.dump=t.dump,tt.YAMLException=Ii(),tt.types={binary:xv(),float:vv(),map:fv(),null:mv(),pairs:_v(),set:Av(),timestamp:$v(),bool:gv(),int:hv(),merge:wv(),omap:kv(),seq:dv(),str:lv()},tt.safeLoad=n("safeLoad","load"),tt.safeLoadAll=n("safeLoadAll","loadAll"),tt.safeDump=n("safeDump","dump"),tt}var Ax=_x(),ar=$x(Ax),{Type:OR,Schema:UR,FAILSAFE_SCHEMA:NR,JSON_SCHEMA:zR,CORE_SCHEMA:CR,DEFAULT_SCHEMA:jR,load:FR,loadAll:LR,dump:MR,YAMLException:BR,types:qR,safeLoad:ZR,safeLoadAll:VR,safeDump:GR}=ar;var Pi=8*1024*1024,Di=1e5,ra=1e4,bn=100;function Sv(e,t){let n=Sx(e);if(n>Pi)throw new ee(`file is ${n} bytes, over the ${Pi}-byte limit`,{file:t},"split it into several manifests (genspend accepts globs)");if(e.includes("\0")||e.includes("\uFFFD"))throw new ee("file is binary, not YAML text",{file:t},"point genspend at a UTF-8 YAML manifest");if(e.trim()===""||/^(\s*#.*\n?)*\s*$/.test(e))throw new ee("file is empty",{file:t},"add `version: 1` and a `workloads:` list (see examples/genspend.yml)")}function Sx(e){if(!/[^\x00-\x7f]/.test(e))return e.length;let t=0;for(let n=0;n<e.length;n++){let i=e.charCodeAt(n);i<128?t+=1:i<2048?t+=2:i>=55296&&i<=56319?(t+=4,n++):t+=3}return t}var Ix=/^(?:~|null|Null|NULL)?$/,Px=/^(?:true|True|TRUE|false|False|FALSE)$/,Dx=/^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$/,Tx=/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/,Iv=/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,Rx=/^-?[0-9]{1,15}$/;function Ex(e){return Rx.test(e)?new vt(Number(e)):new vt(/^0[ox]/.test(e)?BigInt(e).toString():e.replace(/^\+/,""))}function Ox(e){return/nan/i.test(e)?NaN:e.startsWith("-")?-1/0:1/0}var na=(e,t,n)=>new ar.Type(`tag:yaml.org,2002:${e}`,{kind:"scalar",resolve:i=>typeof i=="string"&&t.test(i),construct:n}),Ux=e=>["scalar","sequence","mapping"].map(t=>new ar.Type("",{kind:t,multi:!0,resolve:(n,i)=>e(i??"")}));function Pv(e,t){let n=i=>e?Ex(i):Number(i.replace(/^\+/,""));return ar.FAILSAFE_SCHEMA.extend({implicit:[na("null",Ix,()=>null),na("bool",Px,i=>i.toLowerCase()==="true"),na("int",Dx,n),na("float",new RegExp(`${Tx.source}|${Iv.source}`),i=>Iv.test(i)?Ox(i):n(i)),new ar.Type("tag:yaml.org,2002:merge",{kind:"scalar",resolve:i=>i==="<<"})],explicit:Ux(t)})}var Dv=/[ \t]*\*([^\s,[\]{}]+)/y,Tv=/(?:\s|#[^\n]*(?![^\n]))*:/y,Nx="tag:yaml.org,2002:merge",hu=/[ \t]*/y;function Ev(e,t,n={}){Sv(e,t);let i=w=>({file:t,line:w}),r=[],o=new WeakMap,a=new WeakMap,s=new WeakMap,u=0,c=0,l=0,f=0,p,g=w=>{throw new ee(`unsupported tag \`${w.replace(/^tag:yaml\.org,2002:/,"!!")}\``,i((p?.line??0)+1),"remove the tag: a manifest holds only text, numbers, true/false, lists and mappings")},v=w=>{let x=w.line+1;if(w.depth>bn+1)throw Rv(i(x));let S=r.at(-1);if(S){for(;S.children.length>0&&S.children.at(-1).position>=w.position;)S.children.pop();S.children.length===0&&S.anchor===void 0&&(S.anchor=w.anchor)}else{if(l++>0)throw jx(w.input,f,w.position,t);if(w.version!==null&&w.version!=="1.2")throw Fx(w.version,w.input,w.position,t)}Dv.lastIndex=w.position;let L=Dv.exec(w.input)?.[1];if(L!==void 0&&r.some(X=>X.anchor===L))throw new ee(`alias \`*${L}\` is inside the value it names`,i(x),"an alias cannot repeat its own parent");if(L!==void 0&&!Object.prototype.hasOwnProperty.call(w.anchorMap,L))throw new ee(`undefined alias \`*${L}\``,i(x),`define the anchor \`&${L}\` on a value before this alias, or write the value out`);r.push({line:x,position:w.position,children:[],merging:!1})},h=w=>{let x=r.pop(),S=w.result,L=w.kind==="mapping"||w.kind==="sequence",X=w.kind===null&&S!==null&&x.children.length===0,W=1;if(X){if(W=typeof S=="object"&&a.get(S)||1,u+=W,u>Di||++c>ra)throw new ee(u>Di?`aliases expand to more than ${Di.toLocaleString("en-US")} values`:`more than ${ra.toLocaleString("en-US")} aliases`,i(x.line),"write the values out instead of nesting aliases")}else if(L){if(w.depth>bn)throw Rv(i(x.line));for(let xe of x.children)W+=xe.size;a.has(S)||(a.set(S,W),o.set(S,Cx(S,x.children)),n.ranges&&w.kind==="mapping"&&s.set(S,zx(x.children)))}let ue=r.at(-1);if(!ue){f=w.position;return}Tv.lastIndex=w.position;let Q=Tv.test(w.input),te=L&&x.children.length>0?x.children[0].line:x.line;if(Q&&S!==null&&typeof S=="object"&&(Array.isArray(S)||vu(S)))throw new ee("a key is a list or mapping",i(te),"keys are plain text: remove the `?` or the brackets around the key");if(ue.merging&&(ue.merging=!1,!(vu(S)||Array.isArray(S)&&S.every(vu))))throw new ee("`<<` merges a mapping or a list of mappings into this one",i(te),"merge an anchored mapping (`<<: *defaults`), or remove the `<<` key");let T=Q&&w.tag===Nx;T&&(ue.merging=!0);let be={value:S,line:te,position:x.position,size:W,key:Q,merge:T};n.ranges&&w.kind==="scalar"&&(hu.lastIndex=x.position,hu.test(w.input),be.range=[hu.lastIndex,w.position]),ue.children.push(be)},_;try{_=ar.load(e,{filename:t,schema:Pv(n.exactNumbers??!0,g),maxDepth:bn+2,maxTotalMergeKeys:-1,listener(w,x){p=x,w==="open"?v(p):h(p)}})}catch(w){throw w instanceof ar.YAMLException?new ee(`invalid YAML: ${w.reason}`,i(w.mark.line+1),"fix the YAML syntax at that line"):w}return{value:_,lineOf(w){let x=_,S=1;for(let L of w){if(x===null||typeof x!="object")break;let X=o.get(x)?.get(Array.isArray(x)?L:String(L));if(X===void 0)break;S=X,x=x[L]}return S},rangeOf(w){let x=_;for(let S of w.slice(0,-1)){if(x===null||typeof x!="object")return;x=x[S]}return x!==null&&typeof x=="object"?s.get(x)?.get(String(w.at(-1))):void 0}}}function zx(e){let t=new Map;return e.forEach((n,i)=>{let r=e[i+1];n.key&&r&&!r.key&&r.range&&t.set(String(n.value),r.range)}),t}function Cx(e,t){let n=new Map;if(Array.isArray(e))return t.length===e.length&&t.forEach((r,o)=>n.set(o,r.line)),n;let i;for(let r of t)r.key&&(r.merge?i??=r.line:n.set(String(r.value),r.line));if(i!==void 0)for(let r of Object.keys(e))n.has(r)||n.set(r,i);return n}function vu(e){if(e===null||typeof e!="object")return!1;let t=Object.getPrototypeOf(e);return t===Object.prototype||t===null}function Rv(e){return new ee(`nesting too deep (more than ${bn} levels)`,e,"a manifest nests four levels: a mapping, its `workloads` list, each workload, its values")}function Ov(e,t){let n=1;for(let i=e.indexOf(`
`);i!==-1&&i<t;i=e.indexOf(`
`,i+1))n++;return n}function jx(e,t,n,i){let r=/^---/m.exec(e.slice(t,n));return new ee("a second YAML document starts here",{file:i,line:Ov(e,r?t+r.index:n)},"keep one document per manifest: remove the `---` line and what follows, or move it to a file of its own")}function Fx(e,t,n,i){let r=/^%YAML/m.exec(t.slice(0,n));return new ee(`\`%YAML ${e}\` directive: genspend reads YAML 1.2 only, whose numbers and booleans differ from YAML 1.1 (\`010\`, \`yes\`)`,{file:i,line:Ov(t,r?r.index:0)},"remove the `%YAML` line (and check numbers with leading zeros and yes/no values)")}var b={};nr(b,{$brand:()=>Ru,$input:()=>nf,$output:()=>rf,INVALID:()=>lt,NEVER:()=>Tu,TimePrecision:()=>hf,ZodAny:()=>nm,ZodArray:()=>sm,ZodBase64:()=>Qs,ZodBase64URL:()=>ec,ZodBigInt:()=>ri,ZodBigIntFormat:()=>nc,ZodBoolean:()=>ti,ZodCIDRv4:()=>Xs,ZodCIDRv6:()=>Ys,ZodCUID:()=>Zs,ZodCUID2:()=>Vs,ZodCatch:()=>Pm,ZodCodec:()=>Ao,ZodCompileAsyncError:()=>Vt,ZodCompileUnsupportedError:()=>we,ZodCreditCard:()=>Wp,ZodCustom:()=>So,ZodCustomStringFormat:()=>an,ZodDate:()=>yo,ZodDefault:()=>xm,ZodDiscriminatedUnion:()=>um,ZodE164:()=>tc,ZodEmail:()=>Ls,ZodEmoji:()=>Bs,ZodEnum:()=>Yn,ZodError:()=>iI,ZodExactOptional:()=>sc,ZodFile:()=>bm,ZodFirstPartyTypeKind:()=>Bm,ZodFunction:()=>jm,ZodGUID:()=>Ms,ZodIBAN:()=>Jp,ZodIPv4:()=>Ws,ZodIPv6:()=>Js,ZodISODate:()=>Ur,ZodISODateTime:()=>Or,ZodISODuration:()=>zr,ZodISOTime:()=>Nr,ZodInstanceOf:()=>Mm,ZodIntersection:()=>lm,ZodIssueCode:()=>sI,ZodJWT:()=>rc,ZodKSUID:()=>Hs,ZodLazy:()=>Nm,ZodLiteral:()=>vm,ZodMAC:()=>Hp,ZodMap:()=>gm,ZodNaN:()=>Tm,ZodNanoID:()=>qs,ZodNever:()=>om,ZodNonOptional:()=>cc,ZodNull:()=>tm,ZodNullable:()=>wm,ZodNumber:()=>ei,ZodNumberFormat:()=>sn,ZodObject:()=>wo,ZodOptional:()=>ko,ZodPipe:()=>_o,ZodPrefault:()=>_m,ZodPreprocess:()=>Rm,ZodPromise:()=>Cm,ZodReadonly:()=>Em,ZodRealError:()=>kt,ZodRecord:()=>Xn,ZodSet:()=>hm,ZodString:()=>Qn,ZodStringFormat:()=>Re,ZodSuccess:()=>Im,ZodSymbol:()=>Qp,ZodTemplateLiteral:()=>Um,ZodTransform:()=>ym,ZodTuple:()=>fm,ZodType:()=>ve,ZodULID:()=>Gs,ZodURL:()=>bo,ZodUUID:()=>rr,ZodUndefined:()=>em,ZodUnion:()=>xo,ZodUnknown:()=>im,ZodVoid:()=>am,ZodXID:()=>Ks,ZodXor:()=>cm,_ZodString:()=>Fs,_default:()=>km,_function:()=>p1,any:()=>Zy,array:()=>$o,base64:()=>_y,base64url:()=>Ay,bigint:()=>Fy,boolean:()=>Yp,catch:()=>Dm,check:()=>m1,cidrv4:()=>xy,cidrv6:()=>ky,clone:()=>Pe,codec:()=>u1,coerce:()=>Zm,compile:()=>cf,config:()=>Fe,core:()=>dr,creditCard:()=>Iy,cuid:()=>my,cuid2:()=>gy,currencyCode:()=>Oy,custom:()=>g1,date:()=>Gy,decode:()=>Mp,decodeAsync:()=>qp,deepPartial:()=>P1,describe:()=>h1,discriminatedUnion:()=>Yy,e164:()=>Sy,email:()=>iy,emoji:()=>fy,encode:()=>Lp,encodeAsync:()=>Bp,endsWith:()=>Ln,enum:()=>oc,exactOptional:()=>$m,file:()=>o1,flattenError:()=>Li,float32:()=>Ny,float64:()=>zy,formatError:()=>Mi,fromJSONSchema:()=>S1,function:()=>p1,getDiscriminatedOption:()=>Td,getErrorMap:()=>uI,globalRegistry:()=>Ye,gt:()=>er,gte:()=>Tt,guid:()=>oy,hash:()=>Uy,hex:()=>Ey,hostname:()=>Ry,httpUrl:()=>dy,iban:()=>Py,includes:()=>jn,input:()=>T1,instanceof:()=>b1,int:()=>Cs,int32:()=>Cy,int64:()=>Ly,intersection:()=>dm,invertCodec:()=>l1,ipv4:()=>yy,ipv6:()=>wy,iso:()=>Io,json:()=>$1,jwt:()=>Dy,keyof:()=>Ky,ksuid:()=>by,lazy:()=>zm,length:()=>en,literal:()=>i1,locales:()=>so,looseObject:()=>Jy,looseRecord:()=>e1,lowercase:()=>zn,lt:()=>Qt,lte:()=>Dt,mac:()=>$y,map:()=>t1,maxLength:()=>Qr,maxSize:()=>Dr,memoizer:()=>oo,meta:()=>v1,mime:()=>Bn,minLength:()=>lr,minSize:()=>tr,multipleOf:()=>Pr,nan:()=>c1,nanoid:()=>py,nativeEnum:()=>n1,negative:()=>Ss,never:()=>ic,nonnegative:()=>Ps,nonoptional:()=>Sm,nonpositive:()=>Is,normalize:()=>qn,null:()=>rm,nullable:()=>vo,nullish:()=>a1,number:()=>Xp,object:()=>Hy,optional:()=>nn,output:()=>R1,overwrite:()=>Gt,parse:()=>zp,parseAsync:()=>Cp,partialRecord:()=>Qy,pipe:()=>js,positive:()=>As,prefault:()=>Am,preprocess:()=>w1,prettifyError:()=>zu,promise:()=>f1,properties:()=>Mn,property:()=>Ds,readonly:()=>Om,record:()=>mm,refine:()=>Fm,regex:()=>Nn,regexes:()=>zt,registry:()=>es,safeDecode:()=>Vp,safeDecodeAsync:()=>Kp,safeEncode:()=>Zp,safeEncodeAsync:()=>Gp,safeParse:()=>jp,safeParseAsync:()=>Fp,set:()=>r1,setErrorMap:()=>cI,size:()=>Yr,slugify:()=>Kn,startsWith:()=>Fn,strictObject:()=>Wy,string:()=>ho,stringFormat:()=>Ty,stringbool:()=>y1,success:()=>s1,superRefine:()=>Lm,symbol:()=>By,templateLiteral:()=>d1,toJSONSchema:()=>Os,toLowerCase:()=>Vn,toUpperCase:()=>Gn,toZod:()=>Ti,transform:()=>ac,treeifyError:()=>Nu,trim:()=>Zn,tuple:()=>pm,uint32:()=>jy,uint64:()=>My,ulid:()=>hy,undefined:()=>qy,union:()=>ni,unknown:()=>rn,uppercase:()=>Cn,url:()=>ly,util:()=>E,uuid:()=>ay,uuidv4:()=>sy,uuidv6:()=>cy,uuidv7:()=>uy,validate:()=>Bi,validateAsync:()=>qi,void:()=>Vy,withParser:()=>ts,xid:()=>vy,xor:()=>Xy});var dr={};nr(dr,{$ZodAny:()=>wd,$ZodArray:()=>Id,$ZodAsyncError:()=>wt,$ZodBase64:()=>ud,$ZodBase64URL:()=>ld,$ZodBigInt:()=>La,$ZodBigIntFormat:()=>vd,$ZodBoolean:()=>Qi,$ZodCIDRv4:()=>sd,$ZodCIDRv6:()=>cd,$ZodCUID:()=>Wl,$ZodCUID2:()=>Jl,$ZodCatch:()=>Gd,$ZodCheck:()=>Oe,$ZodCheckBigIntFormat:()=>xl,$ZodCheckEndsWith:()=>Ul,$ZodCheckGreaterThan:()=>_a,$ZodCheckIncludes:()=>El,$ZodCheckLengthEquals:()=>Pl,$ZodCheckLessThan:()=>ka,$ZodCheckLowerCase:()=>Tl,$ZodCheckMaxLength:()=>Sl,$ZodCheckMaxSize:()=>kl,$ZodCheckMimeType:()=>Cl,$ZodCheckMinLength:()=>Il,$ZodCheckMinSize:()=>_l,$ZodCheckMultipleOf:()=>$l,$ZodCheckNumberFormat:()=>wl,$ZodCheckOverwrite:()=>jl,$ZodCheckProperties:()=>zl,$ZodCheckProperty:()=>Nl,$ZodCheckRegex:()=>Dl,$ZodCheckSizeEquals:()=>Al,$ZodCheckStartsWith:()=>Ol,$ZodCheckStringFormat:()=>Tn,$ZodCheckUpperCase:()=>Rl,$ZodCodec:()=>to,$ZodCreditCard:()=>fd,$ZodCustom:()=>Qd,$ZodCustomStringFormat:()=>gd,$ZodCyclicError:()=>Ka,$ZodDate:()=>Ad,$ZodDefault:()=>Bd,$ZodDiscriminatedUnion:()=>Rd,$ZodE164:()=>dd,$ZodEmail:()=>ql,$ZodEmoji:()=>Kl,$ZodEncodeError:()=>Sr,$ZodEnum:()=>zd,$ZodError:()=>Uu,$ZodExactOptional:()=>Ld,$ZodFile:()=>jd,$ZodFunction:()=>Xd,$ZodGUID:()=>Ml,$ZodIBAN:()=>pd,$ZodIPv4:()=>id,$ZodIPv6:()=>od,$ZodISODate:()=>td,$ZodISODateTime:()=>ed,$ZodISODuration:()=>nd,$ZodISOTime:()=>rd,$ZodIntersection:()=>Ed,$ZodJWT:()=>md,$ZodKSUID:()=>Ql,$ZodLazy:()=>ro,$ZodLiteral:()=>Cd,$ZodMAC:()=>ad,$ZodMap:()=>Ud,$ZodNaN:()=>Kd,$ZodNanoID:()=>Hl,$ZodNever:()=>kd,$ZodNonOptional:()=>Zd,$ZodNull:()=>$d,$ZodNullable:()=>Md,$ZodNumber:()=>Fa,$ZodNumberFormat:()=>hd,$ZodObject:()=>m0,$ZodObjectJIT:()=>Pd,$ZodOptional:()=>Ba,$ZodPipe:()=>qa,$ZodPrefault:()=>qd,$ZodPreprocess:()=>Hd,$ZodPromise:()=>Yd,$ZodReadonly:()=>Wd,$ZodRealError:()=>xt,$ZodRecord:()=>Od,$ZodRegistry:()=>Qa,$ZodSet:()=>Nd,$ZodString:()=>Hr,$ZodStringFormat:()=>De,$ZodSuccess:()=>Vd,$ZodSymbol:()=>bd,$ZodTemplateLiteral:()=>Jd,$ZodTransform:()=>Fd,$ZodTuple:()=>Ma,$ZodType:()=>me,$ZodULID:()=>Xl,$ZodURL:()=>Gl,$ZodUUID:()=>Bl,$ZodUndefined:()=>yd,$ZodUnion:()=>eo,$ZodUnknown:()=>xd,$ZodVoid:()=>_d,$ZodXID:()=>Yl,$ZodXor:()=>Dd,$brand:()=>Ru,$constructor:()=>y,$input:()=>nf,$output:()=>rf,Doc:()=>Kr,INVALID:()=>lt,JSONSchema:()=>ty,JSONSchemaGenerator:()=>Us,NEVER:()=>Tu,TimePrecision:()=>hf,URL_BAD_FORMAT:()=>Zl,URL_UNPARSEABLE:()=>Hi,ZodCompileAsyncError:()=>Vt,ZodCompileUnsupportedError:()=>we,_any:()=>Of,_array:()=>Lf,_base64:()=>ws,_base64url:()=>xs,_bigint:()=>Sf,_boolean:()=>_f,_catch:()=>GS,_check:()=>Fb,_cidrv4:()=>ys,_cidrv6:()=>$s,_coercedBigint:()=>If,_coercedBoolean:()=>Af,_coercedDate:()=>jf,_coercedNumber:()=>bf,_coercedString:()=>ff,_creditCard:()=>mf,_cuid:()=>fs,_cuid2:()=>ps,_custom:()=>Bf,_date:()=>Cf,_decode:()=>fa,_decodeAsync:()=>ma,_default:()=>qS,_discriminatedUnion:()=>RS,_e164:()=>ks,_email:()=>is,_emoji:()=>ls,_encode:()=>da,_encodeAsync:()=>pa,_endsWith:()=>Ln,_enum:()=>CS,_file:()=>Mf,_float32:()=>$f,_float64:()=>wf,_gt:()=>er,_gte:()=>Tt,_guid:()=>os,_iban:()=>gf,_includes:()=>jn,_int:()=>yf,_int32:()=>xf,_int64:()=>Pf,_intersection:()=>ES,_ipv4:()=>vs,_ipv6:()=>bs,_isoDate:()=>lo,_isoDateTime:()=>uo,_isoDuration:()=>po,_isoTime:()=>fo,_jwt:()=>_s,_ksuid:()=>hs,_lazy:()=>JS,_length:()=>en,_literal:()=>FS,_lowercase:()=>zn,_lt:()=>Qt,_lte:()=>Dt,_mac:()=>pf,_map:()=>NS,_max:()=>Dt,_maxLength:()=>Qr,_maxSize:()=>Dr,_mime:()=>Bn,_min:()=>Tt,_minLength:()=>lr,_minSize:()=>tr,_multipleOf:()=>Pr,_nan:()=>Ff,_nanoid:()=>ds,_nativeEnum:()=>jS,_negative:()=>Ss,_never:()=>Nf,_nonnegative:()=>Ps,_nonoptional:()=>ZS,_nonpositive:()=>Is,_normalize:()=>qn,_null:()=>Ef,_nullable:()=>BS,_number:()=>vf,_optional:()=>MS,_overwrite:()=>Gt,_parse:()=>Sn,_parseAsync:()=>In,_pipe:()=>KS,_positive:()=>As,_promise:()=>XS,_properties:()=>Mn,_property:()=>Ds,_readonly:()=>HS,_record:()=>US,_refine:()=>qf,_regex:()=>Nn,_safeDecode:()=>ha,_safeDecodeAsync:()=>ba,_safeEncode:()=>ga,_safeEncodeAsync:()=>va,_safeParse:()=>Pn,_safeParseAsync:()=>Dn,_set:()=>zS,_size:()=>Yr,_slugify:()=>Kn,_startsWith:()=>Fn,_string:()=>df,_stringFormat:()=>tn,_stringbool:()=>Kf,_success:()=>VS,_superRefine:()=>Zf,_symbol:()=>Tf,_templateLiteral:()=>WS,_toLowerCase:()=>Vn,_toUpperCase:()=>Gn,_transform:()=>LS,_trim:()=>Zn,_tuple:()=>OS,_uint32:()=>kf,_uint64:()=>Df,_ulid:()=>ms,_undefined:()=>Rf,_union:()=>DS,_unknown:()=>Uf,_uppercase:()=>Cn,_url:()=>co,_uuid:()=>as,_uuidv4:()=>ss,_uuidv6:()=>cs,_uuidv7:()=>us,_void:()=>zf,_xid:()=>gs,_xor:()=>TS,base64Charset:()=>Ua,base64urlCharset:()=>Yi,canParseURL:()=>Vl,clone:()=>Pe,compile:()=>cf,compileFn:()=>rs,config:()=>Fe,createStandardJSONSchemaMethod:()=>Hn,createToJSONSchemaMethod:()=>Wf,decode:()=>Tk,decodeAsync:()=>Ek,describe:()=>Vf,encode:()=>Dk,encodeAsync:()=>Rk,extractDefs:()=>Rr,finalize:()=>Er,flattenError:()=>Li,formatError:()=>Mi,getDiscriminatedOption:()=>Td,globalConfig:()=>He,globalRegistry:()=>Ye,handleUnrepresentable:()=>Ge,initializeContext:()=>Tr,isBackEdge:()=>Wa,isRecursiveSchema:()=>Ha,isValidBase64:()=>Xi,isValidBase64URL:()=>Na,isValidCIDRv6:()=>Oa,isValidCreditCard:()=>za,isValidIBAN:()=>Ca,isValidIPv6:()=>Ji,isValidJWT:()=>ja,locales:()=>so,memoizer:()=>oo,mergeValues:()=>Rn,meta:()=>Gf,parse:()=>ua,parseAsync:()=>la,parseURLObject:()=>d0,prettifyError:()=>zu,process:()=>Te,processSchema:()=>Te,regexes:()=>zt,registry:()=>es,safeDecode:()=>Uk,safeDecodeAsync:()=>zk,safeEncode:()=>Ok,safeEncodeAsync:()=>Nk,safeParse:()=>_k,safeParseAsync:()=>Ak,standardProps:()=>Da,stripTabAndNewline:()=>Wi,toDotPath:()=>Zv,toJSONSchema:()=>Os,toZod:()=>Ti,treeifyError:()=>Nu,urlHostnameOk:()=>Ra,urlProtocolOk:()=>Ea,util:()=>E,validate:()=>Bi,validateAsync:()=>qi,validateURL:()=>Ta,version:()=>Fl,withParser:()=>ts});var E={};nr(E,{BIGINT_FORMAT_RANGES:()=>Ni,CONSTANT_CATCH:()=>sa,Class:()=>$u,NUMBER_FORMAT_RANGES:()=>Ui,aborted:()=>ut,allowsEval:()=>ku,assert:()=>Zx,assertEqual:()=>Lx,assertIs:()=>Bx,assertNever:()=>qx,assertNotEqual:()=>Mx,assignProp:()=>Xe,attachSchema:()=>zi,base64ToUint8Array:()=>jv,base64urlToUint8Array:()=>uk,cached:()=>xn,captureStackTrace:()=>oa,cleanEnum:()=>ck,cleanRegex:()=>cr,clone:()=>Pe,cloneDef:()=>Kx,codePointLength:()=>Vr,constantCatch:()=>Pu,createTransparentProxy:()=>Qx,defineLazy:()=>wu,defineLazyInternal:()=>ye,derived:()=>pk,esc:()=>ct,escapeRegex:()=>Nt,explicitlyAborted:()=>Su,extend:()=>rk,finalizeIssue:()=>$t,floatSafeRemainder:()=>Ri,getElementAtPath:()=>Hx,getEnumValues:()=>$n,getLengthableOrigin:()=>ji,getParsedType:()=>Yx,getSizableOrigin:()=>Ci,hexToUint8Array:()=>dk,hide:()=>Fi,installLazyProp:()=>vk,isObject:()=>Zr,isPlainObject:()=>Ut,issue:()=>An,joinValues:()=>$,jsonStringifyReplacer:()=>wn,members:()=>Iu,merge:()=>ik,mergeDefs:()=>Zt,normalizeParams:()=>V,nullish:()=>ia,numKeys:()=>Xx,objectClone:()=>Vx,omit:()=>tk,optionalKeys:()=>Au,own:()=>Ar,parsedType:()=>U,partial:()=>ok,pick:()=>ek,prefixIssues:()=>yt,primitiveTypes:()=>_u,promiseAllObject:()=>Wx,propertyKeyTypes:()=>Oi,randomString:()=>Jx,rawShape:()=>kn,required:()=>ak,safeExtend:()=>nk,shallowClone:()=>Ei,sizeCaps:()=>_n,slugify:()=>xu,stringifyPrimitive:()=>O,toZod:()=>Ti,uint8ArrayToBase64:()=>Fv,uint8ArrayToBase64url:()=>lk,uint8ArrayToHex:()=>fk,unwrapMessage:()=>yn});function Lx(e){return e}function Mx(e){return e}function Ti(){return e=>e}function Bx(e){}function qx(e){throw new Error("Unexpected value in exhaustive check")}function Zx(e){}function $n(e){let t=Object.values(e).filter(i=>typeof i=="number");return Object.entries(e).filter(([i,r])=>t.indexOf(+i)===-1).map(([i,r])=>r)}function $(e,t="|"){return e.map(n=>O(n)).join(t)}function wn(e,t){return typeof t=="bigint"?t.toString():t}var yu=class{constructor(t){this._getter=t,this._value=void 0}get value(){let t=this._getter;return t!==void 0&&(this._value=t(),this._getter=void 0),this._value}};function xn(e){return new yu(e)}function ia(e){return e==null}function cr(e){let t=e.startsWith("^")?1:0,n=e.endsWith("$")?e.length-1:e.length;return e.slice(t,n)}function Ri(e,t){let n=e/t,i=Math.round(n),r=4*Number.EPSILON*Math.max(Math.abs(n),1);return Math.abs(n-i)<r?0:n-i}var Uv=Symbol("evaluating");function wu(e,t,n){let i;Object.defineProperty(e,t,{get(){if(i!==Uv)return i===void 0&&(i=Uv,i=n()),i},set(r){Object.defineProperty(e,t,{value:r})},configurable:!0})}function Vx(e){return Object.create(Object.getPrototypeOf(e),Object.getOwnPropertyDescriptors(e))}function Xe(e,t,n){Object.defineProperty(e,t,{value:n,writable:!0,enumerable:!0,configurable:!0})}function kn(e){let t=Object.getOwnPropertyDescriptor(e,"shape");return t?.get?t.get.raw:t?.value}function sr(e){return kn(e._zod.def)??e._zod.def.shape}function Nv(e,t,n){Object.defineProperty(e,t,{get(){let i=n();return Xe(this,t,i),i},enumerable:!0,configurable:!0})}function zv(e,t,n){t in e?Xe(e,t,n):e[t]=n}function qr(e,t,n,i){let r=sr(t);for(let o of n){let a=Object.getOwnPropertyDescriptor(r,o);a.enumerable&&(a.get?Nv(e,o,()=>{let s=t._zod.def.shape[o];return i?i(s,o):s}):zv(e,o,i?i(a.value,o):a.value))}}function Gx(e,t){for(let n of Reflect.ownKeys(t)){let i=Object.getOwnPropertyDescriptor(t,n);i.enumerable&&(i.get?Nv(e,n,()=>t[n]):zv(e,n,i.value))}}function Zt(...e){let t={};for(let n of e){let i=Object.getOwnPropertyDescriptors(n);Object.assign(t,i)}return Object.defineProperties({},t)}function Kx(e){return Zt(e._zod.def)}function Hx(e,t){return t?t.reduce((n,i)=>n?.[i],e):e}function Wx(e){let t=Object.keys(e),n=t.map(i=>e[i]);return Promise.all(n).then(i=>{let r={};for(let o=0;o<t.length;o++)r[t[o]]=i[o];return r})}function Jx(e=10){let t="abcdefghijklmnopqrstuvwxyz",n="";for(let i=0;i<e;i++)n+=t[Math.floor(Math.random()*t.length)];return n}function ct(e){return JSON.stringify(e)}function xu(e){return e.toLowerCase().trim().replace(/[^\w\s-]/g,"").replace(/[\s_-]+/g,"-").replace(/^-+|-+$/g,"")}var oa="captureStackTrace"in Error?Error.captureStackTrace:(...e)=>{};function Zr(e){return typeof e=="object"&&e!==null&&!Array.isArray(e)}var ku=xn(()=>{if(He.jitless||typeof navigator<"u"&&navigator?.userAgent?.includes("Cloudflare"))return!1;try{let e=Function;return new e(""),!0}catch{return!1}});function Ut(e){if(Zr(e)===!1)return!1;let t=e.constructor;if(t===void 0||typeof t!="function")return!0;let n=t.prototype;return!(Zr(n)===!1||Object.prototype.hasOwnProperty.call(n,"isPrototypeOf")===!1)}function Ei(e){return Ut(e)?{...e}:Array.isArray(e)?[...e]:e instanceof Map?new Map(e):e instanceof Set?new Set(e):e}function Xx(e){let t=0;for(let n in e)Object.prototype.hasOwnProperty.call(e,n)&&t++;return t}var Yx=e=>{let t=typeof e;switch(t){case"undefined":return"undefined";case"string":return"string";case"number":return Number.isNaN(e)?"nan":"number";case"boolean":return"boolean";case"function":return"function";case"bigint":return"bigint";case"symbol":return"symbol";case"object":return Array.isArray(e)?"array":e===null?"null":e.then&&typeof e.then=="function"&&e.catch&&typeof e.catch=="function"?"promise":typeof Map<"u"&&e instanceof Map?"map":typeof Set<"u"&&e instanceof Set?"set":typeof Date<"u"&&e instanceof Date?"date":typeof File<"u"&&e instanceof File?"file":"object";default:throw new Error(`Unknown data type: ${t}`)}},Oi=new Set(["string","number","symbol"]),_u=new Set(["string","number","bigint","boolean","symbol","undefined"]);function Nt(e){return e.replace(/[.*+?^${}()|[\]\\]/g,"\\$&")}function Pe(e,t,n){let i=new e._zod.constr(t??e._zod.def);return(!t||n?.parent)&&(i._zod.parent=e),i}function V(e){let t=e;if(!t)return{};if(typeof t=="string")return{error:()=>t};if(t?.message!==void 0){if(t?.error!==void 0)throw new Error("Cannot specify both `message` and `error` params");t.error=t.message}return delete t.message,typeof t.error=="string"?{...t,error:()=>t.error}:t}function Qx(e){let t;return new Proxy({},{get(n,i,r){return t??(t=e()),Reflect.get(t,i,r)},set(n,i,r,o){return t??(t=e()),Reflect.set(t,i,r,o)},has(n,i){return t??(t=e()),Reflect.has(t,i)},deleteProperty(n,i){return t??(t=e()),Reflect.deleteProperty(t,i)},ownKeys(n){return t??(t=e()),Reflect.ownKeys(t)},getOwnPropertyDescriptor(n,i){return t??(t=e()),Reflect.getOwnPropertyDescriptor(t,i)},defineProperty(n,i,r){return t??(t=e()),Reflect.defineProperty(t,i,r)}})}function O(e){return typeof e=="bigint"?e.toString()+"n":typeof e=="string"?`"${e}"`:`${e}`}function Au(e){return Object.keys(e).filter(t=>e[t]._zod.optin!==void 0&&e[t]._zod.optout==="optional")}var Ui={safeint:[Number.MIN_SAFE_INTEGER,Number.MAX_SAFE_INTEGER],int32:[-2147483648,2147483647],uint32:[0,4294967295],float32:[-34028234663852886e22,34028234663852886e22],float64:[-Number.MAX_VALUE,Number.MAX_VALUE]},Ni={int64:[BigInt("-9223372036854775808"),BigInt("9223372036854775807")],uint64:[BigInt(0),BigInt("18446744073709551615")]};function ek(e,t){let n=e._zod.def,i=n.checks;if(i&&i.length>0)throw new Error(".pick() cannot be used on object schemas containing refinements");let o={};return qr(o,e,aa(e,t)),Pe(e,Zt(n,{shape:o,checks:[]}))}function aa(e,t){let n=sr(e),i=[];for(let r of Reflect.ownKeys(t)){if(!Object.getOwnPropertyDescriptor(n,r)?.enumerable)throw new Error(`Unrecognized key: "${String(r)}"`);t[r]&&i.push(r)}return i}function tk(e,t){let n=e._zod.def,i=n.checks;if(i&&i.length>0)throw new Error(".omit() cannot be used on object schemas containing refinements");let o=new Set(aa(e,t)),a={};return qr(a,e,Reflect.ownKeys(sr(e)).filter(s=>!o.has(s))),Pe(e,Zt(n,{shape:a,checks:[]}))}function rk(e,t){if(!Ut(t))throw new Error("Invalid input to extend: expected a plain object");let n=e._zod.def.checks;if(n&&n.length>0){let r=sr(e);for(let o of Reflect.ownKeys(t))if(Object.getOwnPropertyDescriptor(r,o)!==void 0)throw new Error("Cannot overwrite keys on object schemas containing refinements. Use `.safeExtend()` instead.")}return Pe(e,Zt(e._zod.def,{shape:Cv(e,t)}))}function Cv(e,t){let n={};return qr(n,e,Reflect.ownKeys(sr(e))),Gx(n,t),n}function nk(e,t){if(!Ut(t))throw new Error("Invalid input to safeExtend: expected a plain object");return Pe(e,Zt(e._zod.def,{shape:Cv(e,t)}))}function ik(e,t){if(!t?._zod?.def)throw new Error("Invalid input to merge: expected an object schema. To merge a plain shape, use `.extend()`.");if(e._zod.def.checks?.length)throw new Error(".merge() cannot be used on object schemas containing refinements. Use .safeExtend() instead.");let n={};qr(n,e,Reflect.ownKeys(sr(e))),qr(n,t,Reflect.ownKeys(sr(t)));let i=Zt(e._zod.def,{shape:n,get catchall(){return t._zod.def.catchall},checks:t._zod.def.checks??[]});return Pe(e,i)}function ok(e,t,n,i="partial"){let o=t._zod.def.checks;if(o&&o.length>0)throw new Error(`.${i}() cannot be used on object schemas containing refinements`);let s=n?new Set(aa(t,n)):void 0,u={};return qr(u,t,Reflect.ownKeys(sr(t)),e&&((c,l)=>s&&!s.has(l)?c:new e({type:"optional",innerType:c}))),Pe(t,Zt(t._zod.def,{shape:u,checks:[]}))}function ak(e,t,n){let i=n?new Set(aa(t,n)):void 0,r={};return qr(r,t,Reflect.ownKeys(sr(t)),(o,a)=>i&&!i.has(a)?o:new e({type:"nonoptional",innerType:o})),Pe(t,Zt(t._zod.def,{shape:r}))}function ut(e,t=0){if(e.aborted===!0)return!0;for(let n=t;n<e.issues.length;n++)if(e.issues[n]?.continue!==!0)return!0;return!1}function Su(e,t=0){if(e.aborted===!0)return!0;for(let n=t;n<e.issues.length;n++)if(e.issues[n]?.continue===!1)return!0;return!1}function yt(e,t){return t.map(n=>{var i;return(i=n).path??(i.path=[]),n.path.unshift(e),n})}function yn(e){return typeof e=="string"?e:e?.message}function _n(e){let t=[];for(let n of e??[]){let i=n._zod.def;if(!/_(length|size)$|_equals$/.test(i.check))break;let r=i.maximum??i.length??i.size;r>=0&&t.push([r,n])}return t}function zi(e,t,n){var i;for(let r=t;r<e.length;r++)(i=e[r]).schema??(i.schema=n)}function $t(e,t,n){var i;let r=e.inst?._zod?.traits;r?.has("$ZodType")&&(r.has("$ZodCheck")?(i=e).schema??(i.schema=e.inst):e.schema=e.inst);let o=e.schema!==e.inst?e.schema?._zod.def?.error:void 0,a=e.message?e.message:yn(e.inst?._zod.def?.error?.(e))??yn(o?.(e))??yn(t?.error?.(e))??yn(n.customError?.(e))??yn(n.localeError?.(e))??"Invalid input",s={};for(let u of Object.keys(e))u==="inst"||u==="schema"||u==="continue"||u==="input"||u==="__proto__"||(s[u]=e[u]);return s.path??(s.path=[]),s.message=a,t?.reportInput&&(s.input=e.input),s}function Ci(e){return e instanceof Set?"set":e instanceof Map?"map":e instanceof File?"file":"unknown"}var sk=/[\uD800-\uDBFF]/;function Vr(e){let t=e.length;if(!sk.test(e))return t;let n=t;for(let i=0;i<t-1;i++)(e.charCodeAt(i)&64512)===55296&&(e.charCodeAt(i+1)&64512)===56320&&(n--,i++);return n}function ji(e){return Array.isArray(e)?"array":typeof e=="string"?"string":"unknown"}function U(e){let t=typeof e;switch(t){case"number":return Number.isNaN(e)?"nan":"number";case"object":{if(e===null)return"null";if(Array.isArray(e))return"array";let n=e;if(n&&Object.getPrototypeOf(n)!==Object.prototype&&"constructor"in n&&n.constructor)return n.constructor.name}}return t}function An(...e){let[t,n,i]=e;return typeof t=="string"?{message:t,code:"custom",input:n,inst:i}:{...t}}function ck(e){return Object.entries(e).filter(([t,n])=>Number.isNaN(Number.parseInt(t,10))).map(t=>t[1])}function jv(e){let t=atob(e),n=new Uint8Array(t.length);for(let i=0;i<t.length;i++)n[i]=t.charCodeAt(i);return n}function Fv(e){let t="";for(let n=0;n<e.length;n++)t+=String.fromCharCode(e[n]);return btoa(t)}function uk(e){let t=e.replace(/-/g,"+").replace(/_/g,"/"),n="=".repeat((4-t.length%4)%4);return jv(t+n)}function lk(e){return Fv(e).replace(/\+/g,"-").replace(/\//g,"_").replace(/=/g,"")}function dk(e){let t=e.replace(/^0x/,"");if(t.length%2!==0)throw new Error("Invalid hex string length");let n=new Uint8Array(t.length/2);for(let i=0;i<t.length;i+=2)n[i/2]=Number.parseInt(t.slice(i,i+2),16);return n}function fk(e){return Array.from(e).map(t=>t.toString(16).padStart(2,"0")).join("")}var $u=class{constructor(...t){}};function Iu(e,t){for(let n in t){let i=Object.getOwnPropertyDescriptor(t,n);i.get?Object.defineProperty(e,n,{...i,enumerable:!1}):mk(e,n,i.value)}}function Ar(e,t,n,i=!0){return Object.defineProperty(e,t,{configurable:!0,writable:!0,enumerable:i,value:n}),n}function Fi(e,t,n){return Ar(e,t,n,!1)}function pk(e,t){for(let n in e){let i=e[n];Object.defineProperty(t,n,{configurable:!0,enumerable:!0,get(){return Ar(this,n,i(this))},set(r){Ar(this,n,r)}})}return t}function mk(e,t,n){Object.defineProperty(e,t,{configurable:!0,get(){return this==null?n:Ar(this,t,n.bind(this))},set(i){Ar(this,t,i)}})}function gk(e,t){let n=Object.getPrototypeOf(e);return t in n?void 0:n}var bu,_r=!1,hk={configurable:!0,get(){_r=!0}};function ye(e,t,n){let i=Object.getPrototypeOf(e._zod);if(t in i&&bu!==e._zod){bu=void 0;return}bu=e._zod,Object.defineProperty(i,t,{configurable:!0,get(){Object.defineProperty(this,t,hk);let r=_r;_r=!1;try{let o=n(this);return _r?delete this[t]:Object.defineProperty(this,t,{configurable:!0,writable:!0,value:o}),_r=_r||r,o}catch(o){throw delete this[t],_r=_r||r,o}},set(r){Object.defineProperty(this,t,{configurable:!0,writable:!0,value:r})}})}function vk(e,t,n,i){let r=gk(e,t);r&&Object.defineProperty(r,t,{configurable:!0,get(){let o={configurable:!0,writable:!0,enumerable:i,value:void 0};return Object.defineProperty(this,t,o),o.value=n(this),Object.defineProperty(this,t,o),o.value},set(o){Object.defineProperty(this,t,{configurable:!0,writable:!0,enumerable:i,value:o})}})}var sa="~constantCatch";function Pu(e){let t=()=>e;return t[sa]=!0,t}var Lv,Tu=Object.freeze({status:"aborted"}),Du={value:void 0,enumerable:!1},Mv="captureStackTrace"in Error?Error:null;function bk(e){let t=Mv;if(t){let n=t.stackTraceLimit;if(typeof n=="number"){try{t.stackTraceLimit=0}catch{return Mv=null,new e}try{return new e}finally{t.stackTraceLimit=n}}}return new e}function y(e,t,n,i){let r={};function o(p){this.def=p,this.constr=f,this.traits=new Set}o.prototype=r;let a=n,s=a&&new WeakSet;function u(p,g){if(p._zod){if(p._zod.traits.has(e))return}else{Du.value=new o(g);try{Object.defineProperty(p,"_zod",Du)}finally{Du.value=void 0}}if(p._zod.traits.add(e),t(p,g),s){let h=Object.getPrototypeOf(p),_=p._zod.constr.prototype,w=h;for(;w&&w!==_;)w=Object.getPrototypeOf(w);let x=w??h;s.has(x)||(s.add(x),Iu(x,a))}let v=f.prototype;for(let h in v)Object.prototype.hasOwnProperty.call(v,h)&&(h in p||(p[h]=v[h].bind(p)))}let c=i?.Parent??Object;class l extends c{}Object.defineProperty(l,"name",{value:e});function f(p){let g=i?.Parent?bk(l):this;u(g,p);let v=g._zod.deferred;if(v){for(let _ of v)_();g._zod.deferred=void 0}let h=globalThis.__zod_globalConfig?.postProcessor;return h&&h(g),g}return Object.defineProperty(f,"init",{value:u}),Object.defineProperty(f,Symbol.hasInstance,{value:p=>i?.Parent&&p instanceof i.Parent?!0:p?._zod?.traits?.has(e)}),Object.defineProperty(f,"name",{value:e}),f}var Ru=Symbol("zod_brand"),wt=class extends Error{constructor(){super("Encountered Promise during synchronous parse. Use .parseAsync() instead.")}},Sr=class extends Error{constructor(t){super(`Encountered unidirectional transform during encode: ${t}`),this.name="ZodEncodeError"}};(Lv=globalThis).__zod_globalConfig??(Lv.__zod_globalConfig={});var He=globalThis.__zod_globalConfig;function Fe(e){return e&&Object.assign(He,e),He}function yk(){let e=this._zod;return e.message??(e.message=JSON.stringify(e.def,wn,2)),e.message}function $k(e){this._zod.message=e}var wk={get:yk,set:$k,enumerable:!0,configurable:!0},Ou={value:void 0,enumerable:!1},Bv=new WeakSet([Object.prototype,Error.prototype]),qv=(e,t)=>{e.name="$ZodError",Ou.value=t,Object.defineProperty(e,"issues",Ou),Ou.value=void 0,Object.defineProperty(e,"message",wk);let n=Object.getPrototypeOf(e);Bv.has(n)||(Bv.add(n),Object.defineProperty(n,"toString",{configurable:!0,enumerable:!1,get(){let i=()=>this.message;return Object.defineProperty(this,"toString",{value:i,configurable:!0,writable:!0}),i},set(i){Object.defineProperty(this,"toString",{value:i,configurable:!0,writable:!0})}}))},Uu=y("$ZodError",qv),xt=y("$ZodError",qv,void 0,{Parent:Error});function xk(e,t,n){return Object.prototype.hasOwnProperty.call(e,t)||(t==="__proto__"?Object.defineProperty(e,t,{value:n(),writable:!0,enumerable:!0,configurable:!0}):e[t]=n()),e[t]}function Li(e,t=n=>n.message){let n={},i=[];for(let r of e.issues)r.path.length>0?xk(n,r.path[0],()=>[]).push(t(r)):i.push(t(r));return{formErrors:i,fieldErrors:n}}function Mi(e,t=n=>n.message){let n={_errors:[]},i=(r,o=[])=>{for(let a of r.issues)if(a.code==="invalid_union"&&a.errors.length)a.errors.map(s=>i({issues:s},[...o,...a.path]));else if(a.code==="invalid_key")i({issues:a.issues},[...o,...a.path]);else if(a.code==="invalid_element")i({issues:a.issues},[...o,...a.path]);else{let s=[...o,...a.path];if(s.length===0)n._errors.push(t(a));else{let u=n,c=0;for(;c<s.length;){let l=s[c],f=c===s.length-1;if(l==="_errors"){f&&u._errors.push(t(a)),c++;continue}Object.prototype.hasOwnProperty.call(u,l)||Object.defineProperty(u,l,{value:{_errors:[]},enumerable:!0,writable:!0,configurable:!0});let p=u[l];f&&p._errors.push(t(a)),u=p,c++}}}};return i(e),n}function Nu(e,t=n=>n.message){let n={errors:[]},i=(r,o=[])=>{var a;for(let s of r.issues)if(s.code==="invalid_union"&&s.errors.length)s.errors.map(u=>i({issues:u},[...o,...s.path]));else if(s.code==="invalid_key")i({issues:s.issues},[...o,...s.path]);else if(s.code==="invalid_element")i({issues:s.issues},[...o,...s.path]);else{let u=[...o,...s.path];if(u.length===0){n.errors.push(t(s));continue}let c=n,l=0;for(;l<u.length;){let f=u[l],p=l===u.length-1;typeof f=="string"?(c.properties??(c.properties={}),Object.prototype.hasOwnProperty.call(c.properties,f)||Object.defineProperty(c.properties,f,{value:{errors:[]},enumerable:!0,writable:!0,configurable:!0}),c=c.properties[f]):(c.items??(c.items=[]),(a=c.items)[f]??(a[f]={errors:[]}),c=c.items[f]),p&&c.errors.push(t(s)),l++}}};return i(e),n}function Zv(e){let t=[],n=e.map(i=>typeof i=="object"?i.key:i);for(let i of n)typeof i=="number"?t.push(`[${i}]`):typeof i=="symbol"?t.push(`[${JSON.stringify(String(i))}]`):/[^\w$]/.test(i)?t.push(`[${JSON.stringify(i)}]`):(t.length&&t.push("."),t.push(i));return t.join("")}function zu(e){let t=[],n=[...e.issues].sort((i,r)=>(i.path??[]).length-(r.path??[]).length);for(let i of n)t.push(`\u2716 ${i.message}`),i.path?.length&&t.push(`  \u2192 at ${Zv(i.path)}`);return t.join(`
`)}function ca(e,t){return{callee:t?.callee??e,Err:t?.Err}}var Sn=e=>{let t=(n,i,r,o)=>{let a=r?{...r,async:!1}:{async:!1},s=n._zod.run({value:i,issues:[]},a);if(s instanceof Promise)throw new wt;if(s.issues.length){let u=new(o?.Err??e)(s.issues.map(c=>$t(c,a,Fe())));throw oa(u,o?.callee??t),u}return s.value};return t},ua=Sn(xt),In=e=>{let t=async(n,i,r,o)=>{let a=r?{...r,async:!0}:{async:!0},s=n._zod.run({value:i,issues:[]},a);if(s instanceof Promise&&(s=await s),s.issues.length){let u=new(o?.Err??e)(s.issues.map(c=>$t(c,a,Fe())));throw oa(u,o?.callee??t),u}return s.value};return t},la=In(xt),Pn=e=>(t,n,i)=>{let r=i?{...i,async:!1}:{async:!1},o=t._zod.run({value:n,issues:[]},r);if(o instanceof Promise)throw new wt;return o.issues.length?Vv(e,o.issues,r):{success:!0,data:o.value}},_k=Pn(xt);function Vv(e,t,n){let i;return{success:!1,get error(){return i||(i=new e(t.map(r=>$t(r,n,Fe()))),t=void 0,n=void 0),i},set error(r){i=r,t=void 0,n=void 0}}}var Dn=e=>async(t,n,i)=>{let r=i?{...i,async:!0}:{async:!0},o=t._zod.run({value:n,issues:[]},r);return o instanceof Promise&&(o=await o),o.issues.length?Vv(e,o.issues,r):{success:!0,data:o.value}},Ak=Dn(xt),Sk=Symbol.for("zod.compile.invalid"),Ik=Symbol.for("zod.compile.fallback"),Bi=((e,t,n)=>{let i=e._zod.bag.validator;if(i!==void 0){if(i(t)!==Sk)return!0;if(i.definite===!0&&n===void 0)return!1}return Pk(e,t,n)});function Pk(e,t,n){let i=n?{...n,async:!1,abortEarly:!0}:{async:!1,abortEarly:!0},r=e._zod.bag.fallbackRun,o;if(r?(i[Ik]=!0,o=r({value:t,issues:[]},i)):o=e._zod.run({value:t,issues:[]},i),o instanceof Promise)throw new wt;return o.issues.length===0}var qi=async(e,t,n)=>{let i=n?{...n,async:!0,abortEarly:!0}:{async:!0,abortEarly:!0},r=e._zod.run({value:t,issues:[]},i);return r instanceof Promise&&(r=await r),r.issues.length===0},da=e=>{let t=Sn(e),n=(i,r,o,a)=>{let s=o?{...o,direction:"backward"}:{direction:"backward"};return t(i,r,s,ca(n,a))};return n},Dk=da(xt),fa=e=>{let t=Sn(e),n=(i,r,o,a)=>t(i,r,o,ca(n,a));return n},Tk=fa(xt),pa=e=>{let t=In(e),n=async(i,r,o,a)=>{let s=o?{...o,direction:"backward"}:{direction:"backward"};return await t(i,r,s,ca(n,a))};return n},Rk=pa(xt),ma=e=>{let t=In(e),n=async(i,r,o,a)=>await t(i,r,o,ca(n,a));return n},Ek=ma(xt),ga=e=>(t,n,i)=>{let r=i?{...i,direction:"backward"}:{direction:"backward"};return Pn(e)(t,n,r)},Ok=ga(xt),ha=e=>(t,n,i)=>Pn(e)(t,n,i),Uk=ha(xt),va=e=>async(t,n,i)=>{let r=i?{...i,direction:"backward"}:{direction:"backward"};return Dn(e)(t,n,r)},Nk=va(xt),ba=e=>async(t,n,i)=>Dn(e)(t,n,i),zk=ba(xt);var zt={};nr(zt,{anyString:()=>ul,base64:()=>el,base64url:()=>tl,bigint:()=>dl,boolean:()=>fl,browserEmail:()=>Zk,cidrv4:()=>Yu,cidrv6:()=>Qu,creditCard:()=>ya,cuid:()=>ju,cuid2:()=>Fu,currencyCode:()=>ol,date:()=>al,datetime:()=>cl,domain:()=>nl,duration:()=>Vu,e164:()=>il,email:()=>Ku,emoji:()=>Hu,extendedDuration:()=>Ck,guid:()=>Gu,hex:()=>vl,hostname:()=>rl,html5Email:()=>Mk,httpProtocol:()=>Zi,iban:()=>$a,idnEmail:()=>qk,integer:()=>Vi,ipv4:()=>Wu,ipv6:()=>Ju,ksuid:()=>Bu,lowercase:()=>gl,mac:()=>Xu,md5_base64:()=>Hk,md5_base64url:()=>Wk,md5_hex:()=>Kk,nanoid:()=>qu,nanoidOfLength:()=>Zu,null:()=>pl,number:()=>ur,rfc5322Email:()=>Bk,sha1_base64:()=>Xk,sha1_base64url:()=>Yk,sha1_hex:()=>Jk,sha256_base64:()=>e_,sha256_base64url:()=>t_,sha256_hex:()=>Qk,sha384_base64:()=>n_,sha384_base64url:()=>i_,sha384_hex:()=>r_,sha512_base64:()=>a_,sha512_base64url:()=>s_,sha512_hex:()=>o_,string:()=>ll,time:()=>sl,ulid:()=>Lu,undefined:()=>ml,unicodeEmail:()=>Gv,uppercase:()=>hl,uuid:()=>Gr,uuid4:()=>jk,uuid6:()=>Fk,uuid7:()=>Lk,xid:()=>Mu});var ju=/^[cC][0-9a-z]{6,}$/,Fu=/^[0-9a-z]+$/,Lu=/^[0-7][0-9A-HJKMNP-TV-Za-hjkmnp-tv-z]{25}$/,Mu=/^[0-9a-vA-V]{20}$/,Bu=/^[A-Za-z0-9]{27}$/,qu=/^[a-zA-Z0-9_-]{21}$/;function Zu(e){return new RegExp(`^[a-zA-Z0-9_-]{${e}}$`)}var Vu=/^P(?:(\d+W)|(?!.*W)(?=\d|T\d)(\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+([.,]\d+)?S)?)?)$/,Ck=/^[-+]?P(?!$)(?:(?:[-+]?\d+Y)|(?:[-+]?\d+[.,]\d+Y$))?(?:(?:[-+]?\d+M)|(?:[-+]?\d+[.,]\d+M$))?(?:(?:[-+]?\d+W)|(?:[-+]?\d+[.,]\d+W$))?(?:(?:[-+]?\d+D)|(?:[-+]?\d+[.,]\d+D$))?(?:T(?=[\d+-])(?:(?:[-+]?\d+H)|(?:[-+]?\d+[.,]\d+H$))?(?:(?:[-+]?\d+M)|(?:[-+]?\d+[.,]\d+M$))?(?:[-+]?\d+(?:[.,]\d+)?S)?)??$/,Gu=/^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$/,Gr=e=>e?new RegExp(`^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-${e}[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12})$`):/^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$/,jk=Gr(4),Fk=Gr(6),Lk=Gr(7),Ku=/^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$/,Mk=/^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/,Bk=/^(([^<>()\[\]\\.,;:\s@"]+(\.[^<>()\[\]\\.,;:\s@"]+)*)|(".+"))@((\[[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}])|(([a-zA-Z\-0-9]+\.)+[a-zA-Z]{2,}))$/,Gv=/^[^\s@"]{1,64}@[^\s@]{1,255}$/u,qk=Gv,Zk=/^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/,Vk="^(?=[\\s\\S]*[\\p{Extended_Pictographic}\\p{Regional_Indicator}\\u20E3])[\\p{Extended_Pictographic}\\p{Emoji_Component}]+$";function Hu(){return new RegExp(Vk,"u")}var Wu=/^(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])$/,Ju=/^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))$/,Xu=e=>{let t=Nt(e??":");return new RegExp(`^(?:[0-9A-F]{2}${t}){5}[0-9A-F]{2}$|^(?:[0-9a-f]{2}${t}){5}[0-9a-f]{2}$`)},Yu=/^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\/([0-9]|[1-2][0-9]|3[0-2])$/,Qu=/^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))\/(12[0-8]|1[01][0-9]|[1-9]?[0-9])$/,el=/^$|^(?:[0-9a-zA-Z+/]{4})*(?:(?:[0-9a-zA-Z+/]{2}==)|(?:[0-9a-zA-Z+/]{3}=))?$/,tl=/^(?:[A-Za-z0-9_-]{4})*(?:[A-Za-z0-9_-]{2,3})?$/,rl=/^(?=.{1,253}\.?$)[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[-0-9a-zA-Z]{0,61}[0-9a-zA-Z])?)*\.?$/,nl=/^(?=.{1,253}$)([a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\.)+[a-zA-Z]{2,63}$/,Zi=/^https?$/,il=/^\+[1-9]\d{6,14}$/,ya=/^\d(?:[ -]?\d){11,18}$/,ol=/^(?:AED|AFN|ALL|AMD|AOA|ARS|AUD|AWG|AZN|BAM|BBD|BDT|BHD|BIF|BMD|BND|BOB|BOV|BRL|BSD|BTN|BWP|BYN|BZD|CAD|CDF|CHE|CHF|CHW|CLF|CLP|CNY|COP|COU|CRC|CUP|CVE|CZK|DJF|DKK|DOP|DZD|EGP|ERN|ETB|EUR|FJD|FKP|GBP|GEL|GHS|GIP|GMD|GNF|GTQ|GYD|HKD|HNL|HTG|HUF|IDR|ILS|INR|IQD|IRR|ISK|JMD|JOD|JPY|KES|KGS|KHR|KMF|KPW|KRW|KWD|KYD|KZT|LAK|LBP|LKR|LRD|LSL|LYD|MAD|MDL|MGA|MKD|MMK|MNT|MOP|MRU|MUR|MVR|MWK|MXN|MXV|MYR|MZN|NAD|NGN|NIO|NOK|NPR|NZD|OMR|PAB|PEN|PGK|PHP|PKR|PLN|PYG|QAR|RON|RSD|RUB|RWF|SAR|SBD|SCR|SDG|SEK|SGD|SHP|SLE|SOS|SRD|SSP|STN|SVC|SYP|SZL|THB|TJS|TMT|TND|TOP|TRY|TTD|TWD|TZS|UAH|UGX|USD|USN|UYI|UYU|UYW|UZS|VED|VES|VND|VUV|WST|XAD|XAF|XAG|XAU|XBA|XBB|XBC|XBD|XCD|XCG|XDR|XOF|XPD|XPF|XPT|XSU|XTS|XUA|XXX|YER|ZAR|ZMW|ZWG)$/,$a=/^[A-Z]{2}(?!00|01|99)\d{2}[A-Z0-9]{11,30}$/,Kv="(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))";function Gk(e){return new RegExp(`^${e}$`)}var al=Gk(Kv);function Cu(e){let t="(?:[01]\\d|2[0-3]):[0-5]\\d";return typeof e.precision=="number"?e.precision===-1?`${t}`:e.precision===0?`${t}:[0-5]\\d`:`${t}:[0-5]\\d\\.\\d{${e.precision}}`:e.seconds?`${t}:[0-5]\\d(?:\\.\\d+)?`:`${t}(?::[0-5]\\d(?:\\.\\d+)?)?`}function sl(e){return new RegExp(`^${Cu(e)}$`)}function cl(e){let t=["Z"];e.offset&&t.push("([+-](?:[01]\\d|2[0-3]):[0-5]\\d)");let n=`${Cu({precision:e.precision,seconds:!0})}(?:${t.join("|")})`,i=e.local?`${n}|${Cu({precision:e.precision})}`:n;return new RegExp(`^${Kv}T(?:${i})$`)}var ul=/^[\s\S]{0,}$/,ll=e=>{let t=e?`[\\s\\S]{${e?.minimum??0},${e?.maximum??""}}`:"[\\s\\S]*";return new RegExp(`^${t}$`)},dl=/^-?\d+n?$/,Vi=/^-?\d+$/,ur=/^-?\d+(?:\.\d+)?$/,fl=/^(?:true|false)$/i,pl=/^null$/i;var ml=/^undefined$/i;var gl=/^[^A-Z]*$/,hl=/^[^a-z]*$/,vl=/^[0-9a-fA-F]*$/;function Gi(e,t){return new RegExp(`^[A-Za-z0-9+/]{${e}}${t}$`)}function Ki(e){return new RegExp(`^[A-Za-z0-9_-]{${e}}$`)}var Kk=/^[0-9a-fA-F]{32}$/,Hk=Gi(22,"=="),Wk=Ki(22),Jk=/^[0-9a-fA-F]{40}$/,Xk=Gi(27,"="),Yk=Ki(27),Qk=/^[0-9a-fA-F]{64}$/,e_=Gi(43,"="),t_=Ki(43),r_=/^[0-9a-fA-F]{96}$/,n_=Gi(64,""),i_=Ki(64),o_=/^[0-9a-fA-F]{128}$/,a_=Gi(86,"=="),s_=Ki(86);var Oe=y("$ZodCheck",(e,t)=>{var n;e._zod??(e._zod={}),e._zod.def=t,(n=e._zod).onattach??(n.onattach=[])}),bl=e=>{let t=e.value;return!ia(t)&&t.size!==void 0},yl=e=>{let t=e.value;return!ia(t)&&t.length!==void 0},wa={number:"number",bigint:"bigint",object:"date"},ka=y("$ZodCheckLessThan",(e,t)=>{Oe.init(e,t);let n=wa[typeof t.value];e._zod.check=i=>{(t.inclusive?i.value<=t.value:i.value<t.value)||i.issues.push({origin:wa[typeof i.value]??n,code:"too_big",maximum:typeof t.value=="object"?t.value.getTime():t.value,input:i.value,inclusive:t.inclusive,inst:e,continue:!t.abort})}}),_a=y("$ZodCheckGreaterThan",(e,t)=>{Oe.init(e,t);let n=wa[typeof t.value];e._zod.check=i=>{(t.inclusive?i.value>=t.value:i.value>t.value)||i.issues.push({origin:wa[typeof i.value]??n,code:"too_small",minimum:typeof t.value=="object"?t.value.getTime():t.value,input:i.value,inclusive:t.inclusive,inst:e,continue:!t.abort})}}),$l=y("$ZodCheckMultipleOf",(e,t)=>{Oe.init(e,t),e._zod.check=n=>{if(typeof n.value!=typeof t.value)throw new Error("Cannot mix number and bigint in multiple_of check.");(typeof n.value=="bigint"?t.value!==BigInt(0)&&n.value%t.value===BigInt(0):Ri(n.value,t.value)===0)||n.issues.push({origin:typeof n.value,code:"not_multiple_of",divisor:t.value,input:n.value,inst:e,continue:!t.abort})}}),wl=y("$ZodCheckNumberFormat",(e,t)=>{Oe.init(e,t),t.format=t.format||"float64";let n=t.format?.includes("int"),i=n?"int":"number",[r,o]=Ui[t.format];e._zod.check=a=>{let s=a.value;if(n){if(!Number.isInteger(s)){a.issues.push({expected:i,format:t.format,code:"invalid_type",continue:!1,input:s,inst:e});return}if(!Number.isSafeInteger(s)){s>0?a.issues.push({input:s,code:"too_big",maximum:Number.MAX_SAFE_INTEGER,note:"Integers must be within the safe integer range.",inst:e,origin:i,inclusive:!0,continue:!t.abort}):a.issues.push({input:s,code:"too_small",minimum:Number.MIN_SAFE_INTEGER,note:"Integers must be within the safe integer range.",inst:e,origin:i,inclusive:!0,continue:!t.abort});return}}s<r&&a.issues.push({origin:"number",input:s,code:"too_small",minimum:r,inclusive:!0,inst:e,continue:!t.abort}),s>o&&a.issues.push({origin:"number",input:s,code:"too_big",maximum:o,inclusive:!0,inst:e,continue:!t.abort})}}),xl=y("$ZodCheckBigIntFormat",(e,t)=>{Oe.init(e,t);let[n,i]=Ni[t.format];e._zod.check=r=>{let o=r.value;o<n&&r.issues.push({origin:"bigint",input:o,code:"too_small",minimum:n,inclusive:!0,inst:e,continue:!t.abort}),o>i&&r.issues.push({origin:"bigint",input:o,code:"too_big",maximum:i,inclusive:!0,inst:e,continue:!t.abort})}}),kl=y("$ZodCheckMaxSize",(e,t)=>{var n;Oe.init(e,t),(n=e._zod.def).when??(n.when=bl),e._zod.check=i=>{let r=i.value;r.size<=t.maximum||i.issues.push({origin:Ci(r),code:"too_big",maximum:t.maximum,inclusive:!0,input:r,inst:e,continue:!t.abort})}}),_l=y("$ZodCheckMinSize",(e,t)=>{var n;Oe.init(e,t),(n=e._zod.def).when??(n.when=bl),e._zod.check=i=>{let r=i.value;r.size>=t.minimum||i.issues.push({origin:Ci(r),code:"too_small",minimum:t.minimum,inclusive:!0,input:r,inst:e,continue:!t.abort})}}),Al=y("$ZodCheckSizeEquals",(e,t)=>{var n;Oe.init(e,t),(n=e._zod.def).when??(n.when=bl),e._zod.check=i=>{let r=i.value,o=r.size;if(o===t.size)return;let a=o>t.size;i.issues.push({origin:Ci(r),...a?{code:"too_big",maximum:t.size}:{code:"too_small",minimum:t.size},inclusive:!0,exact:!0,input:i.value,inst:e,continue:!t.abort})}}),Sl=y("$ZodCheckMaxLength",(e,t)=>{var n;Oe.init(e,t),(n=e._zod.def).when??(n.when=yl),e._zod.check=i=>{let r=i.value,o=r.length;if((typeof r=="string"&&o>t.maximum?Vr(r):o)<=t.maximum)return;let s=ji(r);i.issues.push({origin:s,code:"too_big",maximum:t.maximum,inclusive:!0,input:r,inst:e,continue:!t.abort})}}),Il=y("$ZodCheckMinLength",(e,t)=>{var n;Oe.init(e,t),(n=e._zod.def).when??(n.when=yl),e._zod.check=i=>{let r=i.value,o=r.length;if((typeof r=="string"&&o>=t.minimum&&o<t.minimum*2?Vr(r):o)>=t.minimum)return;let s=ji(r);i.issues.push({origin:s,code:"too_small",minimum:t.minimum,inclusive:!0,input:r,inst:e,continue:!t.abort})}}),Pl=y("$ZodCheckLengthEquals",(e,t)=>{var n;Oe.init(e,t),(n=e._zod.def).when??(n.when=yl),e._zod.check=i=>{let r=i.value,o=r.length,a=typeof r=="string"&&o>=t.length&&o<=t.length*2?Vr(r):o;if(a===t.length)return;let s=ji(r),u=a>t.length;i.issues.push({origin:s,...u?{code:"too_big",maximum:t.length}:{code:"too_small",minimum:t.length},inclusive:!0,exact:!0,input:i.value,inst:e,continue:!t.abort})}}),Tn=y("$ZodCheckStringFormat",(e,t)=>{var n,i;Oe.init(e,t),t.pattern?(n=e._zod).check??(n.check=r=>{t.pattern.lastIndex=0,!t.pattern.test(r.value)&&r.issues.push({origin:"string",code:"invalid_format",format:t.format,input:r.value,...t.pattern?{pattern:t.pattern.toString()}:{},inst:e,continue:!t.abort})}):(i=e._zod).check??(i.check=()=>{})}),Dl=y("$ZodCheckRegex",(e,t)=>{Tn.init(e,t),e._zod.check=n=>{t.pattern.lastIndex=0,!t.pattern.test(n.value)&&n.issues.push({origin:"string",code:"invalid_format",format:"regex",input:n.value,pattern:t.pattern.toString(),inst:e,continue:!t.abort})}}),Tl=y("$ZodCheckLowerCase",(e,t)=>{t.pattern??(t.pattern=gl),Tn.init(e,t)}),Rl=y("$ZodCheckUpperCase",(e,t)=>{t.pattern??(t.pattern=hl),Tn.init(e,t)}),El=y("$ZodCheckIncludes",(e,t)=>{Oe.init(e,t);let n=Nt(t.includes),i=new RegExp(typeof t.position=="number"?`^.{${t.position},}${n}`:n);t.pattern=i,e._zod.check=r=>{r.value.includes(t.includes,t.position)||r.issues.push({origin:"string",code:"invalid_format",format:"includes",includes:t.includes,input:r.value,inst:e,continue:!t.abort})}}),Ol=y("$ZodCheckStartsWith",(e,t)=>{Oe.init(e,t);let n=new RegExp(`^${Nt(t.prefix)}.*`);t.pattern??(t.pattern=n),e._zod.check=i=>{i.value.startsWith(t.prefix)||i.issues.push({origin:"string",code:"invalid_format",format:"starts_with",prefix:t.prefix,input:i.value,inst:e,continue:!t.abort})}}),Ul=y("$ZodCheckEndsWith",(e,t)=>{Oe.init(e,t);let n=new RegExp(`.*${Nt(t.suffix)}$`);t.pattern??(t.pattern=n),e._zod.check=i=>{i.value.endsWith(t.suffix)||i.issues.push({origin:"string",code:"invalid_format",format:"ends_with",suffix:t.suffix,input:i.value,inst:e,continue:!t.abort})}});function xa(e,t,n){e.issues.length&&t.issues.push(...yt(n,e.issues))}var Nl=y("$ZodCheckProperty",(e,t)=>{Oe.init(e,t),e._zod.check=n=>{let i=t.schema._zod.run({value:n.value[t.property],issues:[]},{});if(i instanceof Promise)return i.then(r=>xa(r,n,t.property));xa(i,n,t.property)}}),zl=y("$ZodCheckProperties",(e,t)=>{Oe.init(e,t),Fi(e,Symbol.iterator,function*(){yield e});let n;e._zod.check=i=>{if(i.value==null){i.issues.push({expected:"object",code:"invalid_type",input:i.value,inst:e});return}n??(n=Reflect.ownKeys(t.shape).map(a=>[a,t.shape[a]]));let r=i.value,o;for(let[a,s]of n){let u=s._zod.run({value:r[a],issues:[]},{});u instanceof Promise?(o??(o=[]),o.push(u.then(c=>xa(c,i,a)))):xa(u,i,a)}if(o)return Promise.all(o).then(()=>{})}}),Cl=y("$ZodCheckMimeType",(e,t)=>{Oe.init(e,t);let n=new Set(t.mime);e._zod.check=i=>{n.has(i.value.type)||i.issues.push({code:"invalid_value",values:t.mime,input:i.value.type,inst:e,continue:!t.abort})}}),jl=y("$ZodCheckOverwrite",(e,t)=>{Oe.init(e,t),e._zod.check=n=>{n.value=t.tx(n.value)}});var Kr=class{constructor(t=[],n={}){this.content=[],this.indent=0,this.args=t,this.closed=n}indented(t){this.indent+=1;try{t(this)}finally{this.indent-=1}}write(t){if(typeof t=="function"){t(this,{execution:"sync"}),t(this,{execution:"async"});return}let i=t.split(`
`).filter(a=>a),r=Math.min(...i.map(a=>a.length-a.trimStart().length)),o=i.map(a=>a.slice(r)).map(a=>" ".repeat(this.indent*2)+a);for(let a of o)this.content.push(a)}compile(){let t=Function,n=this?.content??[""];return new t(...Object.keys(this.closed),`return function (${this.args.join(", ")}) {
${n.join(`
`)}
};`)(...Object.values(this.closed))}};var Fl={major:4,minor:6,patch:7};var me=y("$ZodType",(e,t)=>{var n;e??(e={}),e._zod.def=t,e._zod.bag=e._zod.bag||{},e._zod.version=Fl;let i=e._zod.def.checks,r=e._zod.traits.has("$ZodCheck")?[e,...i??[]]:i?.length?[...i]:[];for(let o of r)for(let a of o._zod.onattach)a(e);if(r.length===0)(n=e._zod).deferred??(n.deferred=[]),e._zod.deferred?.push(()=>{e._zod.run=e._zod.parse});else{let o=(s,u,c)=>{if(s.memo)return s;let l=ut(s),f;for(let p of u){if(p._zod.def.when){if(Su(s)||!p._zod.def.when(s))continue}else if(l)continue;let g=s.issues.length,v=p._zod.check(s);if(v instanceof Promise&&c?.async===!1)throw new wt;if(f||v instanceof Promise)f=(f??Promise.resolve()).then(async()=>{await v,s.issues.length!==g&&(zi(s.issues,g,e),l||(l=ut(s,g)))});else{if(s.issues.length===g)continue;zi(s.issues,g,e),l||(l=ut(s,g))}}return f?f.then(()=>s):s},a=(s,u,c)=>{if(ut(s))return s.aborted=!0,s;let l=o(u,r,c);if(l instanceof Promise){if(c.async===!1)throw new wt;return l.then(f=>e._zod.parse(f,c))}return e._zod.parse(l,c)};e._zod.run=(s,u)=>{if(u.skipChecks)return e._zod.parse(s,u);if(u.direction==="backward"){let l=e._zod.parse({value:s.value,issues:[]},{...u,skipChecks:!0});return l instanceof Promise?l.then(f=>a(f,s,u)):a(l,s,u)}let c=e._zod.parse(s,u);if(c instanceof Promise){if(u.async===!1)throw new wt;return c.then(l=>o(l,r,u))}return o(c,r,u)}}},{get"~standard"(){return Fi(this,"~standard",Da(this))},set"~standard"(e){Ar(this,"~standard",e)}}),l0=(e,t)=>e.issues.length?{issues:e.issues.map(n=>$t(n,t,Fe()))}:{value:e.value};async function c_(e,t){let n={async:!0};return l0(await e._zod.run({value:t,issues:[]},n),n)}function Da(e){return{validate:t=>{let n={async:!1};try{let i=e._zod.run({value:t,issues:[]},n);if(!(i instanceof Promise))return l0(i,n)}catch{}return c_(e,t)},vendor:"zod",version:1}}var Hr=y("$ZodString",(e,t)=>{me.init(e,t),e._zod.pattern=t.pattern??ul,e._zod.parse=(n,i)=>{if(t.coerce)try{n.value=String(n.value)}catch{}return typeof n.value=="string"||n.issues.push({expected:"string",code:"invalid_type",input:n.value,inst:e}),n}}),De=y("$ZodStringFormat",(e,t)=>{Tn.init(e,t),Hr.init(e,t)}),Ml=y("$ZodGUID",(e,t)=>{t.pattern??(t.pattern=Gu),De.init(e,t)}),Bl=y("$ZodUUID",(e,t)=>{if(t.version){let i={v1:1,v2:2,v3:3,v4:4,v5:5,v6:6,v7:7,v8:8}[t.version];if(i===void 0)throw new Error(`Invalid UUID version: "${t.version}"`);t.pattern??(t.pattern=Gr(i))}else t.pattern??(t.pattern=Gr());De.init(e,t)}),ql=y("$ZodEmail",(e,t)=>{t.pattern??(t.pattern=Ku),De.init(e,t)}),Zl=1,Hi=2;function Vl(e){try{return typeof URL<"u"&&typeof URL.canParse=="function"?URL.canParse(e):(new URL(e),!0)}catch{return!1}}function Ta(e,t){return!("normalize"in t)&&!("hostname"in t)&&!("protocol"in t)?Vl(e)||Hi:d0(e,t)}function d0(e,t){if(!t.normalize&&t.protocol?.source===Zi.source&&!/^https?:\/\//i.test(e))return Zl;try{if(typeof URL<"u"){let n=URL;if(typeof n.parse=="function")return n.parse(e)??Hi}return new URL(e)}catch{return Hi}}var u_=/[\t\n\r]/g;function Wi(e){return e.replace(u_,"")}function Ra(e,t){return t.lastIndex=0,t.test(e.hostname)}function Ea(e,t){return t.lastIndex=0,t.test(e.protocol.endsWith(":")?e.protocol.slice(0,-1):e.protocol)}var Gl=y("$ZodURL",(e,t)=>{De.init(e,t),e._zod.check=n=>{try{let i=n.value.trim(),r=Ta(i,t);if(r===Zl){n.issues.push({code:"invalid_format",format:"url",note:"Invalid URL format",input:n.value,inst:e,continue:!t.abort});return}if(r===Hi){n.issues.push({code:"invalid_format",format:"url",input:n.value,inst:e,continue:!t.abort});return}if(r===!0){n.value=Wi(i);return}t.hostname&&!Ra(r,t.hostname)&&n.issues.push({code:"invalid_format",format:"url",note:"Invalid hostname",pattern:t.hostname.source,input:n.value,inst:e,continue:!t.abort}),t.protocol&&!Ea(r,t.protocol)&&n.issues.push({code:"invalid_format",format:"url",note:"Invalid protocol",pattern:t.protocol.source,input:n.value,inst:e,continue:!t.abort}),n.value=t.normalize?r.href:Wi(i);return}catch{n.issues.push({code:"invalid_format",format:"url",input:n.value,inst:e,continue:!t.abort})}}}),Kl=y("$ZodEmoji",(e,t)=>{t.pattern??(t.pattern=Hu()),De.init(e,t)}),Hl=y("$ZodNanoID",(e,t)=>{if(t.length!==void 0&&(!Number.isInteger(t.length)||t.length<1))throw new Error(`Invalid nanoid length: ${t.length}`);t.pattern??(t.pattern=t.length===void 0?qu:Zu(t.length)),De.init(e,t)}),Wl=y("$ZodCUID",(e,t)=>{t.pattern??(t.pattern=ju),De.init(e,t)}),Jl=y("$ZodCUID2",(e,t)=>{t.pattern??(t.pattern=Fu),De.init(e,t)}),Xl=y("$ZodULID",(e,t)=>{t.pattern??(t.pattern=Lu),De.init(e,t)}),Yl=y("$ZodXID",(e,t)=>{t.pattern??(t.pattern=Mu),De.init(e,t)}),Ql=y("$ZodKSUID",(e,t)=>{t.pattern??(t.pattern=Bu),De.init(e,t)}),ed=y("$ZodISODateTime",(e,t)=>{t.pattern??(t.pattern=cl(t)),De.init(e,t)}),td=y("$ZodISODate",(e,t)=>{t.pattern??(t.pattern=al),De.init(e,t)}),rd=y("$ZodISOTime",(e,t)=>{t.pattern??(t.pattern=sl(t)),De.init(e,t)}),nd=y("$ZodISODuration",(e,t)=>{t.pattern??(t.pattern=Vu),De.init(e,t)}),id=y("$ZodIPv4",(e,t)=>{t.pattern??(t.pattern=Wu),De.init(e,t)}),l_=/^[0-9a-fA-F:.]+$/;function Ji(e){return l_.test(e)?Vl(`http://[${e}]`):!1}var od=y("$ZodIPv6",(e,t)=>{t.pattern??(t.pattern=Ju),De.init(e,t),e._zod.check=n=>{Ji(n.value)||n.issues.push({code:"invalid_format",format:"ipv6",input:n.value,inst:e,continue:!t.abort})}}),ad=y("$ZodMAC",(e,t)=>{t.pattern??(t.pattern=Xu(t.delimiter)),De.init(e,t)}),sd=y("$ZodCIDRv4",(e,t)=>{t.pattern??(t.pattern=Yu),De.init(e,t)});function Oa(e){let t=e.split("/");if(t.length!==2)return!1;let[n,i]=t;if(!i)return!1;let r=Number(i);return`${r}`!==i||r<0||r>128?!1:Ji(n)}var cd=y("$ZodCIDRv6",(e,t)=>{t.pattern??(t.pattern=Qu),De.init(e,t),e._zod.check=n=>{Oa(n.value)||n.issues.push({code:"invalid_format",format:"cidrv6",input:n.value,inst:e,continue:!t.abort})}});function Xi(e){if(e==="")return!0;if(/\s/.test(e)||e.length%4!==0)return!1;try{return atob(e),!0}catch{return!1}}var Ua=/^[0-9a-zA-Z+/]*={0,2}$/,ud=y("$ZodBase64",(e,t)=>{t.pattern??(t.pattern=Ua),De.init(e,t),e._zod.check=n=>{Xi(n.value)||n.issues.push({code:"invalid_format",format:"base64",input:n.value,inst:e,continue:!t.abort})}}),Yi=/^[A-Za-z0-9_-]*$/;function Na(e){if(!Yi.test(e))return!1;let t=e.replace(/[-_]/g,i=>i==="-"?"+":"/"),n=t.padEnd(Math.ceil(t.length/4)*4,"=");return Xi(n)}var ld=y("$ZodBase64URL",(e,t)=>{t.pattern??(t.pattern=Yi),De.init(e,t),e._zod.check=n=>{Na(n.value)||n.issues.push({code:"invalid_format",format:"base64url",input:n.value,inst:e,continue:!t.abort})}}),dd=y("$ZodE164",(e,t)=>{t.pattern??(t.pattern=il),De.init(e,t)}),d_=/[- ]/g;function f_(e){let t=e.length,n=1,i=0;for(;t;){let r=e.charCodeAt(--t)-48;n^=1,i+=n?[0,2,4,6,8,1,3,5,7,9][r]:r}return i%10===0}function za(e){return ya.test(e)?f_(e.replace(d_,"")):!1}var fd=y("$ZodCreditCard",(e,t)=>{t.pattern??(t.pattern=ya),De.init(e,t),e._zod.check=n=>{za(n.value)||n.issues.push({code:"invalid_format",format:"credit_card",input:n.value,inst:e,continue:!t.abort})}});function p_(e){let t=0,n=e.length;for(let i=4;i<n;i++){let r=e.charCodeAt(i);t=(r>=65?t*100+(r-55):t*10+(r-48))%97}for(let i=0;i<4;i++){let r=e.charCodeAt(i);t=(r>=65?t*100+(r-55):t*10+(r-48))%97}return t===1}function Ca(e){return $a.test(e)?p_(e):!1}var pd=y("$ZodIBAN",(e,t)=>{t.pattern??(t.pattern=$a),De.init(e,t),e._zod.check=n=>{Ca(n.value)||n.issues.push({code:"invalid_format",format:"iban",input:n.value,inst:e,continue:!t.abort})}});function ja(e,t=null){try{let n=e.split(".");if(n.length!==3)return!1;let[i]=n;if(!i)return!1;let r=JSON.parse(atob(i));return!("typ"in r&&r?.typ!=="JWT"||!r.alg||t&&(!("alg"in r)||r.alg!==t))}catch{return!1}}var md=y("$ZodJWT",(e,t)=>{De.init(e,t),e._zod.check=n=>{ja(n.value,t.alg)||n.issues.push({code:"invalid_format",format:"jwt",input:n.value,inst:e,continue:!t.abort})}}),gd=y("$ZodCustomStringFormat",(e,t)=>{De.init(e,t),e._zod.check=n=>{t.fn(n.value)||n.issues.push({code:"invalid_format",format:t.format,input:n.value,inst:e,continue:!t.abort})}}),Fa=y("$ZodNumber",(e,t)=>{me.init(e,t),e._zod.pattern=ur,e._zod.parse=(n,i)=>{if(t.coerce)try{n.value=Number(n.value)}catch{}let r=n.value;if(typeof r=="number"&&!Number.isNaN(r)&&Number.isFinite(r))return n;let o=typeof r=="number"?Number.isNaN(r)?"NaN":Number.isFinite(r)?void 0:String(r):void 0;return n.issues.push({expected:"number",code:"invalid_type",input:r,inst:e,...o?{received:o}:{}}),n}}),hd=y("$ZodNumberFormat",(e,t)=>{wl.init(e,t),Fa.init(e,t)}),Qi=y("$ZodBoolean",(e,t)=>{me.init(e,t),e._zod.pattern=fl,e._zod.parse=(n,i)=>{if(t.coerce)try{n.value=!!n.value}catch{}let r=n.value;return typeof r=="boolean"||n.issues.push({expected:"boolean",code:"invalid_type",input:r,inst:e}),n}}),La=y("$ZodBigInt",(e,t)=>{me.init(e,t),e._zod.pattern=dl,e._zod.parse=(n,i)=>{if(t.coerce)try{n.value=BigInt(n.value)}catch{}return typeof n.value=="bigint"||n.issues.push({expected:"bigint",code:"invalid_type",input:n.value,inst:e}),n}}),vd=y("$ZodBigIntFormat",(e,t)=>{xl.init(e,t),La.init(e,t)}),bd=y("$ZodSymbol",(e,t)=>{me.init(e,t),e._zod.parse=(n,i)=>{let r=n.value;return typeof r=="symbol"||n.issues.push({expected:"symbol",code:"invalid_type",input:r,inst:e}),n}}),yd=y("$ZodUndefined",(e,t)=>{me.init(e,t),e._zod.pattern=ml,e._zod.values=new Set([void 0]),e._zod.parse=(n,i)=>{let r=n.value;return typeof r>"u"||n.issues.push({expected:"undefined",code:"invalid_type",input:r,inst:e}),n}}),$d=y("$ZodNull",(e,t)=>{me.init(e,t),e._zod.pattern=pl,e._zod.values=new Set([null]),e._zod.parse=(n,i)=>{let r=n.value;return r===null||n.issues.push({expected:"null",code:"invalid_type",input:r,inst:e}),n}}),wd=y("$ZodAny",(e,t)=>{me.init(e,t),e._zod.parse=n=>n}),xd=y("$ZodUnknown",(e,t)=>{me.init(e,t),e._zod.parse=n=>n}),kd=y("$ZodNever",(e,t)=>{me.init(e,t),e._zod.parse=(n,i)=>(n.issues.push({expected:"never",code:"invalid_type",input:n.value,inst:e}),n)}),_d=y("$ZodVoid",(e,t)=>{me.init(e,t),e._zod.parse=(n,i)=>{let r=n.value;return typeof r>"u"||n.issues.push({expected:"void",code:"invalid_type",input:r,inst:e}),n}}),Ad=y("$ZodDate",(e,t)=>{me.init(e,t),e._zod.parse=(n,i)=>{if(t.coerce)try{n.value=new Date(n.value)}catch{}let r=n.value,o=r instanceof Date;return o&&!Number.isNaN(r.getTime())||n.issues.push({expected:"date",code:"invalid_type",input:r,...o?{received:"Invalid Date"}:{},inst:e}),n}});function Sd(e,t){let n=_n(e._zod.def.checks);if(!n.length)return;let i=Math.min(...n.map(o=>o[0])),r=e._zod.parse;e._zod.parse=(o,a)=>{let s=t(o.value);if(s>i&&!a?.skipChecks&&a?.direction!=="backward"){for(let[u,c]of _n(e._zod.def.checks))if(s>u&&c._zod.def.when(o)){let l=o.issues.length;return c._zod.check(o),o.issues[l].continue=!1,zi(o.issues,l,e),o}}return r(o,a)}}var m_=e=>Array.isArray(e)?e.length:-1,g_=e=>e instanceof Map?e.size:-1,h_=e=>e instanceof Set?e.size:-1;function Wv(e,t,n){e.issues.length&&t.issues.push(...yt(n,e.issues)),t.value[n]=e.value}var Id=y("$ZodArray",(e,t)=>{me.init(e,t);let n=He.memoizer;n?.attach(e),e._zod.parse=(i,r)=>{let o=i.value;if(!Array.isArray(o))return i.issues.push({expected:"array",code:"invalid_type",input:o,inst:e}),i;i.value=n?n.alloc(e,i,Array(o.length),r):Array(o.length);let a=[],s=r?.abortEarly;for(let u=0;u<o.length;u++){let c=o[u],l=t.element._zod.run({value:c,issues:[]},r);if(l instanceof Promise)a.push(l.then(f=>Wv(f,i,u)));else if(Wv(l,i,u),s&&l.issues.length!==0&&ut(l))break}return a.length?Promise.all(a).then(()=>i):i},Sd(e,m_)});function Pa(e,t,n,i,r,o){let a=n in i,s=o==="optional";if(!(!a&&s&&r==="optional")){if(e.issues.length){if(r!==void 0&&s&&!a)return;t.issues.push(...yt(n,e.issues))}if(!a&&r===void 0){e.issues.length||t.issues.push({code:"invalid_type",expected:"nonoptional",input:void 0,path:[n]});return}e.value===void 0?(a||r==="defaulted"&&!s)&&(t.value[n]=void 0):t.value[n]=e.value}}var v_=[];function f0(e){let t=Object.keys(e.shape),n=Object.getOwnPropertySymbols(e.shape),i=n.length?n:v_,r=i.length?[...t,...i]:t;for(let a of r)if(!e.shape?.[a]?._zod?.traits?.has("$ZodType"))throw new Error(`Invalid element at key "${String(a)}": expected a Zod schema`);let o=Au(e.shape);return{...e,allKeys:r,symbolKeys:i,keySet:new Set(t),numKeys:t.length,optionalKeys:new Set(o)}}function p0(e,t,n,i,r,o,a){let s=[],u=r.keySet,c=r.catchall._zod,l=c.def.type,f=c.optin,p=c.optout,g=0;for(let v in t){if(a&&n.issues.length!==g){if(ut(n,g))break;g=n.issues.length}if(u.has(v))continue;if(v==="__proto__"){l==="never"&&s.push(v);continue}if(l==="never"){s.push(v);continue}let h=c.run({value:t[v],issues:[]},i);h instanceof Promise?e.push(h.then(_=>Pa(_,n,v,t,f,p))):Pa(h,n,v,t,f,p)}return s.length&&n.issues.push({code:"unrecognized_keys",keys:s,input:t,inst:o,continue:!0}),e.length?Promise.all(e).then(()=>n):n}var m0=y("$ZodObject",(e,t)=>{me.init(e,t);let n=Object.getOwnPropertyDescriptor(t,"shape"),i=n?.get?n.get.raw:t.shape??{};if(i){let c=()=>{let l={...i};return Object.defineProperty(t,"shape",{value:l}),c.raw=l,l};c.raw=i,Object.defineProperty(t,"shape",{get:c})}let r=xn(()=>f0(t));ye(e,"propValues",c=>{let l=c.def.shape,f={};for(let p in l){let g=l[p]._zod;if(g.values){Object.prototype.hasOwnProperty.call(f,p)||Xe(f,p,new Set);for(let v of g.values)f[p].add(v);g.optin!==void 0&&f[p].add(void 0)}}return f});let o=Zr,a=t.catchall,s,u=He.memoizer;u?.attach(e),e._zod.parse=(c,l)=>{s??(s=r.value);let f=c.value;if(!o(f))return c.issues.push({expected:"object",code:"invalid_type",input:f,inst:e}),c;c.value=u?u.alloc(e,c,{},l):{};let p=[],g=s.shape,v=l?.abortEarly,h=c.issues.length;for(let _ of s.allKeys){if(v&&c.issues.length!==h){if(ut(c,h))break;h=c.issues.length}if(_==="__proto__")continue;let w=g[_],x=w._zod.optin,S=w._zod.optout,L=w._zod.run({value:f[_],issues:[]},l);L instanceof Promise?p.push(L.then(X=>Pa(X,c,_,f,x,S))):Pa(L,c,_,f,x,S)}return a?p0(p,f,c,l,r.value,e,v===!0):p.length?Promise.all(p).then(()=>c):c}}),Pd=y("$ZodObjectJIT",(e,t)=>{m0.init(e,t);let n=e._zod.parse,i=xn(()=>f0(t)),r=He.memoizer,o=g=>{let v=i.value,h=v.symbolKeys,_=new Kr(["payload","ctx"],{shape:g,inst:e,memo:r,syms:h}),w=X=>`shape[${X}]._zod.run({ value: input[${X}], issues: [] }, ctx)`,x=(X,W)=>`
          let ${X}_ab = false;
          for (let i = 0; i < ${X}.issues.length; i++) {
            const iss = ${X}.issues[i];
            iss.path = iss.path ? [${W}, ...iss.path] : [${W}];
            payload.issues.push(iss);
            if (iss.continue !== true) ${X}_ab = true;
          }
          if (${X}_ab && ctx && ctx.abortEarly) {
            payload.value = newResult;
            return payload;
          }`;_.write("const input = payload.value;");let S=Object.create(null),L=0;for(let X of v.allKeys)S[X]=`key_${L++}`;_.write(r?"const newResult = memo.alloc(inst, payload, {}, ctx);":"const newResult = {};");for(let X of v.allKeys){if(X==="__proto__")continue;let W=S[X],ue=typeof X=="symbol"?`syms[${h.indexOf(X)}]`:ct(X),Q=`${ue} in input`,te=g[X],T=te?._zod?.optin,be=T!==void 0,xe=te?._zod?.optout==="optional";if(_.write(`const ${W} = ${w(ue)};`),be&&xe){let ke=T==="optional"?`${W}_present`:`${W}.value !== undefined || ${W}_present`;_.write(`
        const ${W}_present = ${Q};
        if (!${W}.issues.length || ${W}_present) {
          if (${W}.issues.length) {${x(W,ue)}
          }

          if (${ke}) {
            newResult[${ue}] = ${W}.value;
          }
        }

      `)}else be?(_.write(`
        if (${W}.issues.length) {${x(W,ue)}
        }
      `),T==="defaulted"?_.write(`newResult[${ue}] = ${W}.value;`):_.write(`
        if (${W}.value !== undefined || ${Q}) {
          newResult[${ue}] = ${W}.value;
        }
      `)):_.write(`
        const ${W}_present = ${Q};
        if (${W}.issues.length) {${x(W,ue)}
        }
        if (!${W}_present && !${W}.issues.length) {
          payload.issues.push({
            code: "invalid_type",
            expected: "nonoptional",
            input: undefined,
            path: [${ue}]
          });
          if (ctx && ctx.abortEarly) {
            payload.value = newResult;
            return payload;
          }
        }

        if (${W}_present) {
          newResult[${ue}] = ${W}.value;
        }

      `)}return _.write("payload.value = newResult;"),_.write("return payload;"),_.compile()},a,s=Zr,u=!He.jitless,l=u&&ku.value,f=t.catchall,p;e._zod.parse=(g,v)=>{p??(p=i.value);let h=g.value;return s(h)?u&&l&&v?.async===!1&&v.jitless!==!0?(a||(a=o(t.shape)),g=a(g,v),f?p0([],h,g,v,p,e,v?.abortEarly===!0):g):n(g,v):(g.issues.push({expected:"object",code:"invalid_type",input:h,inst:e}),g)}});function Jv(e,t,n,i){for(let o of e)if(o.issues.length===0)return t.value=o.value,t;let r=e.filter(o=>!ut(o));return r.length===1?(t.value=r[0].value,r[0]):(t.issues.push({code:"invalid_union",input:t.value,inst:n,errors:e.map(o=>o.issues.map(a=>$t(a,i,Fe())))}),t)}var eo=y("$ZodUnion",(e,t)=>{me.init(e,t),ye(e,"optin",i=>i.def.options.some(r=>r._zod.optin==="defaulted")?"defaulted":i.def.options.some(r=>r._zod.optin!==void 0)?"optional":void 0),ye(e,"optout",i=>i.def.options.some(r=>r._zod.optout==="optional")?"optional":void 0),ye(e,"values",i=>{if(i.def.options.every(r=>r._zod.values))return new Set(i.def.options.flatMap(r=>Array.from(r._zod.values)))}),ye(e,"pattern",i=>{if(i.def.options.every(r=>r._zod.pattern)){let r=i.def.options.map(o=>o._zod.pattern);return new RegExp(`^(${r.map(o=>cr(o.source)).join("|")})$`)}});let n=t.options.length===1?t.options[0]._zod.run:null;e._zod.parse=(i,r)=>{if(n)return n(i,r);let o=!1,a=[];for(let s of t.options){let u=s._zod.run({value:i.value,issues:[]},r);if(u instanceof Promise)a.push(u),o=!0;else{if(u.issues.length===0)return u;a.push(u)}}return o?Promise.all(a).then(s=>Jv(s,i,e,r)):Jv(a,i,e,r)}});function Xv(e,t,n,i){let r=[];for(let o=0;o<e.length;o++)e[o].issues.length===0&&r.push(o);return r.length===1?(t.value=e[r[0]].value,t):(r.length===0?t.issues.push({code:"invalid_union",input:t.value,inst:n,errors:e.map(o=>o.issues.map(a=>$t(a,i,Fe())))}):t.issues.push({code:"invalid_union",input:t.value,inst:n,errors:[],inclusive:!1,matches:r}),t)}var Dd=y("$ZodXor",(e,t)=>{eo.init(e,t),t.inclusive=!1;let n=t.options.length===1?t.options[0]._zod.run:null;e._zod.parse=(i,r)=>{if(n)return n(i,r);let o=!1,a=[];for(let s of t.options){let u=s._zod.run({value:i.value,issues:[]},r);u instanceof Promise?(a.push(u),o=!0):a.push(u)}return o?Promise.all(a).then(s=>Xv(s,i,e,r)):Xv(a,i,e,r)}});function Td(e,t){let n=e._zod,i=n.bag.optionsMap;i||(i=g0(n.def),n.bag.optionsMap=i);let r=i.get(t);if(r===null)throw new Error(`Ambiguous discriminator value "${String(t)}"`);return r}function g0(e){let t=new Map;for(let n of e.options){let i=n._zod.propValues?.[e.discriminator];if(!i||i.size===0)throw new Error(`Invalid discriminated union option at index "${e.options.indexOf(n)}"`);for(let r of i)if(t.has(r)){if(r!==void 0)throw new Error(`Duplicate discriminator value "${String(r)}"`);t.set(r,null)}else t.set(r,n)}return t}var Rd=y("$ZodDiscriminatedUnion",(e,t)=>{t.inclusive=!1,eo.init(e,t);let n=e._zod.parse;ye(e,"propValues",r=>{let o={},a=0;for(let s of r.def.options){let u=s._zod.propValues;if(!u||Object.keys(u).length===0)throw new Error(`Invalid discriminated union option at index "${r.def.options.indexOf(s)}"`);u[r.def.discriminator]?.has(void 0)&&a++;for(let[c,l]of Object.entries(u)){Object.prototype.hasOwnProperty.call(o,c)||Xe(o,c,new Set);for(let f of l)o[c].add(f)}}return!r.def.unionFallback&&a>1&&o[r.def.discriminator]?.delete(void 0),o}),t.options.forEach((r,o)=>{let a=kn(r._zod.def);if(a&&!Object.prototype.hasOwnProperty.call(a,t.discriminator))throw new Error(`Invalid discriminated union option at index "${o}"`)});let i=xn(()=>g0(t));e._zod.parse=(r,o)=>{let a=r.value;if(!Zr(a))return r.issues.push({code:"invalid_type",expected:"object",input:a,inst:e}),r;let s=a?.[t.discriminator],u=i.value.get(s);return u&&(s!==void 0||o.direction!=="backward")?u._zod.run(r,o):t.unionFallback||o.direction==="backward"?n(r,o):(r.issues.push({code:"invalid_union",errors:[],note:"No matching discriminator",discriminator:t.discriminator,options:Array.from(i.value.keys()).filter(c=>i.value.get(c)!==null),input:a,path:[t.discriminator],inst:e}),r)}}),Ed=y("$ZodIntersection",(e,t)=>{me.init(e,t),e._zod.parse=(n,i)=>{let r=n.value,o=t.left._zod.run({value:r,issues:[]},i),a=t.right._zod.run({value:r,issues:[]},i);return o instanceof Promise||a instanceof Promise?Promise.all([o,a]).then(([u,c])=>Yv(n,u,c)):Yv(n,o,a)}});function Rn(e,t){if(e===t)return{valid:!0,data:e};if(e instanceof Date&&t instanceof Date&&+e==+t)return{valid:!0,data:e};if(Ut(e)&&Ut(t)){let n=Object.keys(t),i=Object.keys(e).filter(o=>n.indexOf(o)!==-1),r={...e,...t};Object.prototype.hasOwnProperty.call(r,"__proto__")&&delete r.__proto__;for(let o of i){if(o==="__proto__")continue;let a=Rn(e[o],t[o]);if(!a.valid)return{valid:!1,mergeErrorPath:[o,...a.mergeErrorPath]};r[o]=a.data}return{valid:!0,data:r}}if(Array.isArray(e)&&Array.isArray(t)){if(e.length!==t.length)return{valid:!1,mergeErrorPath:[]};let n=[];for(let i=0;i<e.length;i++){let r=e[i],o=t[i],a=Rn(r,o);if(!a.valid)return{valid:!1,mergeErrorPath:[i,...a.mergeErrorPath]};n.push(a.data)}return{valid:!0,data:n}}return{valid:!1,mergeErrorPath:[]}}function Yv(e,t,n){let i=new Map,r,o=new Map,a=(c,l)=>{let f;if(c.code==="unrecognized_keys"&&!c.path?.length)r??(r=c),f=c.keys;else if(c.code==="invalid_key"&&c.origin==="record"&&c.path?.length===1){let p=String(c.path[0]);o.has(p)||o.set(p,c),f=[p]}else return!1;for(let p of f)i.has(p)||i.set(p,{}),i.get(p)[l]=!0;return!0};for(let c of t.issues)a(c,"l")||e.issues.push(c);for(let c of n.issues)a(c,"r")||e.issues.push(c);let s=[...i].filter(([,c])=>c.l&&c.r).map(([c])=>c);if(s.length){let c=r?s.filter(l=>r.keys.includes(l)):[];c.length&&e.issues.push({...r,keys:c});for(let l of s)!c.includes(l)&&o.has(l)&&e.issues.push(o.get(l))}let u=Rn(t.value,n.value);if(!u.valid){if(ut(e))return e;throw new Error(`Unmergable intersection. Error path: ${JSON.stringify(u.mergeErrorPath)}`)}return e.value=u.data,e}var Ma=y("$ZodTuple",(e,t)=>{me.init(e,t);let n=t.items,i=He.memoizer;i?.attach(e),e._zod.parse=(r,o)=>{let a=r.value;if(!Array.isArray(a))return r.issues.push({input:a,inst:e,expected:"tuple",code:"invalid_type"}),r;r.value=i?i.alloc(e,r,[],o):[];let s=[],u=Qv(n,"optin"),c=Qv(n,"optout");if(!t.rest){if(a.length<u)return r.issues.push({code:"too_small",minimum:u,inclusive:!0,input:a,inst:e,origin:"array"}),r;a.length>n.length&&r.issues.push({code:"too_big",maximum:n.length,inclusive:!0,input:a,inst:e,origin:"array"})}let l=new Array(n.length),f=t.rest?o?.abortEarly:void 0,p=!1;for(let g=0;g<n.length;g++){let v=n[g]._zod.run({value:a[g],issues:[]},o);v instanceof Promise?s.push(v.then(h=>{l[g]=h})):(l[g]=v,f&&!p&&v.issues.length&&(p=ut(v)))}if(t.rest&&!p){let g=n.length-1,v=a.slice(n.length),h=r.issues.length;for(let _ of v){if(f&&r.issues.length!==h){if(ut(r,h))break;h=r.issues.length}g++;let w=t.rest._zod.run({value:_,issues:[]},o);w instanceof Promise?s.push(w.then(x=>e0(x,r,g))):e0(w,r,g)}}return s.length?Promise.all(s).then(()=>t0(l,r,n,a,c)):t0(l,r,n,a,c)}});function Qv(e,t){for(let n=e.length-1;n>=0;n--)if(!(t==="optin"?e[n]._zod.optin!==void 0:e[n]._zod.optout==="optional"))return n+1;return 0}function e0(e,t,n){e.issues.length&&t.issues.push(...yt(n,e.issues)),t.value[n]=e.value}function t0(e,t,n,i,r){for(let o=0;o<n.length;o++){let a=e[o],s=o<i.length;if(!s&&o>=r&&n[o]._zod.optin==="optional"){t.value.length=o;break}if(a.issues.length){if(!s&&o>=r){t.value.length=o;break}t.issues.push(...yt(o,a.issues))}t.value[o]=a.value}for(let o=t.value.length-1;o>=i.length&&(n[o]._zod.optout==="optional"&&t.value[o]===void 0);o--)t.value.length=o;return t}var Od=y("$ZodRecord",(e,t)=>{me.init(e,t);let n=He.memoizer;n?.attach(e),e._zod.parse=(i,r)=>{let o=i.value;if(!Ut(o))return i.issues.push({expected:"record",code:"invalid_type",input:o,inst:e}),i;let a=[],s=t.keyType._zod.values;if(s&&!t.partial){i.value=n?n.alloc(e,i,{},r):{};let u=new Set;for(let l of s)if(typeof l=="string"||typeof l=="number"||typeof l=="symbol"){if(u.add(typeof l=="number"?l.toString():l),l==="__proto__")continue;let f=t.keyType._zod.run({value:l,issues:[]},r);if(f instanceof Promise)throw new Error("Async schemas not supported in object keys currently");if(f.issues.length){i.issues.push({code:"invalid_key",origin:"record",issues:f.issues.map(v=>$t(v,r,Fe())),input:l,path:[l],inst:e});continue}let p=f.value;if(p==="__proto__")continue;let g=t.valueType._zod.run({value:o[l],issues:[]},r);g instanceof Promise?a.push(g.then(v=>{v.issues.length&&i.issues.push(...yt(l,v.issues)),i.value[p]=v.value})):(g.issues.length&&i.issues.push(...yt(l,g.issues)),i.value[p]=g.value)}let c;for(let l in o)if(!u.has(l))if(t.mode==="loose"){if(l==="__proto__")continue;i.value[l]=o[l]}else c=c??[],c.push(l);c&&c.length>0&&i.issues.push({code:"unrecognized_keys",input:o,inst:e,keys:c,continue:!0})}else{i.value=n?n.alloc(e,i,{},r):{};let u;for(let c of Reflect.ownKeys(o)){if(c==="__proto__"||!Object.prototype.propertyIsEnumerable.call(o,c))continue;let l=t.keyType._zod.run({value:c,issues:[]},r);if(l instanceof Promise)throw new Error("Async schemas not supported in object keys currently");if(typeof c=="string"&&ur.test(c)&&l.issues.length){let v=t.keyType._zod.run({value:Number(c),issues:[]},r);if(v instanceof Promise)throw new Error("Async schemas not supported in object keys currently");v.issues.length===0&&(l=v)}if(l.issues.length){t.mode==="loose"?i.value[c]=o[c]:s?(u=u??[],u.push(c)):i.issues.push({code:"invalid_key",origin:"record",issues:l.issues.map(v=>$t(v,r,Fe())),input:c,path:[c],inst:e});continue}let p=l.value;if(p==="__proto__")continue;let g=t.valueType._zod.run({value:o[c],issues:[]},r);g instanceof Promise?a.push(g.then(v=>{v.issues.length&&i.issues.push(...yt(c,v.issues)),i.value[p]=v.value})):(g.issues.length&&i.issues.push(...yt(c,g.issues)),i.value[p]=g.value)}u&&u.length>0&&i.issues.push({code:"unrecognized_keys",input:o,inst:e,keys:u,continue:!0})}return a.length?Promise.all(a).then(()=>i):i}}),Ud=y("$ZodMap",(e,t)=>{me.init(e,t);let n=He.memoizer;n?.attach(e),e._zod.parse=(i,r)=>{let o=i.value;if(!(o instanceof Map))return i.issues.push({expected:"map",code:"invalid_type",input:o,inst:e}),i;let a=[];i.value=n?n.alloc(e,i,new Map,r):new Map;let s=r?.abortEarly,u=i.issues.length;for(let[c,l]of o){if(s&&i.issues.length!==u){if(ut(i,u))break;u=i.issues.length}let f=t.keyType._zod.run({value:c,issues:[]},r),p=t.valueType._zod.run({value:l,issues:[]},r);f instanceof Promise||p instanceof Promise?a.push(Promise.all([f,p]).then(([g,v])=>{r0(g,v,i,c,o,e,r)})):r0(f,p,i,c,o,e,r)}return a.length?Promise.all(a).then(()=>i):i},Sd(e,g_)});function r0(e,t,n,i,r,o,a){e.issues.length&&(Oi.has(typeof i)?n.issues.push(...yt(i,e.issues)):n.issues.push({code:"invalid_key",origin:"map",input:r,inst:o,issues:e.issues.map(s=>$t(s,a,Fe()))})),t.issues.length&&(Oi.has(typeof i)?n.issues.push(...yt(i,t.issues)):n.issues.push({origin:"map",code:"invalid_element",input:r,inst:o,key:i,issues:t.issues.map(s=>$t(s,a,Fe()))})),n.value.set(e.value,t.value)}var Nd=y("$ZodSet",(e,t)=>{me.init(e,t);let n=He.memoizer;n?.attach(e),e._zod.parse=(i,r)=>{let o=i.value;if(!(o instanceof Set))return i.issues.push({input:o,inst:e,expected:"set",code:"invalid_type"}),i;let a=[];i.value=n?n.alloc(e,i,new Set,r):new Set;let s=r?.abortEarly,u=i.issues.length;for(let c of o){if(s&&i.issues.length!==u){if(ut(i,u))break;u=i.issues.length}let l=t.valueType._zod.run({value:c,issues:[]},r);l instanceof Promise?a.push(l.then(f=>n0(f,i))):n0(l,i)}return a.length?Promise.all(a).then(()=>i):i},Sd(e,h_)});function n0(e,t){e.issues.length&&t.issues.push(...e.issues),t.value.add(e.value)}var zd=y("$ZodEnum",(e,t)=>{me.init(e,t);let n=$n(t.entries),i=new Set(n);e._zod.values=i,ye(e,"pattern",r=>{let o=$n(r.def.entries).filter(a=>Oi.has(typeof a));return new RegExp(o.length?`^(${o.map(a=>Nt(a.toString())).join("|")})$`:"^[^\\s\\S]$")}),e._zod.parse=(r,o)=>{let a=r.value;return i.has(a)||r.issues.push({code:"invalid_value",values:n,input:a,inst:e}),r}}),Cd=y("$ZodLiteral",(e,t)=>{me.init(e,t);let n=new Set(t.values);e._zod.values=n,ye(e,"pattern",i=>{let r=i.def.values;return new RegExp(r.length?`^(${r.map(o=>typeof o=="string"?Nt(o):o?Nt(o.toString()):String(o)).join("|")})$`:"^[^\\s\\S]$")}),e._zod.parse=(i,r)=>{let o=i.value;return n.has(o)||i.issues.push({code:"invalid_value",values:t.values,input:o,inst:e}),i}}),jd=y("$ZodFile",(e,t)=>{me.init(e,t),e._zod.parse=(n,i)=>{let r=n.value;return r instanceof File||n.issues.push({expected:"file",code:"invalid_type",input:r,inst:e}),n}}),Fd=y("$ZodTransform",(e,t)=>{me.init(e,t),e._zod.optin="optional",He.memoizer?.guard(e),e._zod.parse=(n,i)=>{if(i.direction==="backward")throw new Sr(e.constructor.name);let r=t.transform(n.value,n);if(i.async)return(r instanceof Promise?r:Promise.resolve(r)).then(a=>(n.value=a,n));if(r instanceof Promise)throw new wt;return n.value=r,n}});function i0(e,t){return e.value=t.issues.length?void 0:t.value,e}var Ba=y("$ZodOptional",(e,t)=>{me.init(e,t),ye(e,"optin",n=>n.def.innerType._zod.optin==="defaulted"?"defaulted":"optional"),e._zod.optout="optional",ye(e,"values",n=>{let i=n.def.innerType._zod.values;return i?new Set([...i,void 0]):void 0}),ye(e,"pattern",n=>{let i=n.def.innerType._zod.pattern;return i?new RegExp(`^(${cr(i.source)})?$`):void 0}),e._zod.parse=(n,i)=>{if(n.value===void 0){if(t.innerType._zod.optin!=="defaulted")return n;let r=t.innerType._zod.run({value:n.value,issues:[]},i);return r instanceof Promise?r.then(o=>i0(n,o)):i0(n,r)}return t.innerType._zod.run(n,i)}}),Ld=y("$ZodExactOptional",(e,t)=>{Ba.init(e,t),ye(e,"values",n=>n.def.innerType._zod.values),ye(e,"pattern",n=>n.def.innerType._zod.pattern),e._zod.parse=(n,i)=>t.innerType._zod.run(n,i)}),Md=y("$ZodNullable",(e,t)=>{me.init(e,t),ye(e,"optin",n=>n.def.innerType._zod.optin),ye(e,"optout",n=>n.def.innerType._zod.optout),ye(e,"pattern",n=>{let i=n.def.innerType._zod.pattern;return i?new RegExp(`^(${cr(i.source)}|null)$`):void 0}),ye(e,"values",n=>n.def.innerType._zod.values?new Set([...n.def.innerType._zod.values,null]):void 0),e._zod.parse=(n,i)=>n.value===null?n:t.innerType._zod.run(n,i)}),Bd=y("$ZodDefault",(e,t)=>{me.init(e,t),e._zod.optin="defaulted",ye(e,"values",n=>n.def.innerType._zod.values),e._zod.parse=(n,i)=>{if(i.direction==="backward")return t.innerType._zod.run(n,i);if(n.value===void 0)return n.value=t.defaultValue,n;let r=t.innerType._zod.run(n,i);return r instanceof Promise?r.then(o=>o0(o,t)):o0(r,t)}});function o0(e,t){return e.value===void 0&&(e.value=t.defaultValue),e}var qd=y("$ZodPrefault",(e,t)=>{me.init(e,t),e._zod.optin="defaulted",ye(e,"values",n=>n.def.innerType._zod.values),e._zod.parse=(n,i)=>(i.direction==="backward"||n.value===void 0&&(n.value=t.defaultValue),t.innerType._zod.run(n,i))}),Zd=y("$ZodNonOptional",(e,t)=>{me.init(e,t),ye(e,"values",n=>{let i=n.def.innerType._zod.values;return i?new Set([...i].filter(r=>r!==void 0)):void 0}),e._zod.parse=(n,i)=>{let r=t.innerType._zod.run(n,i);return r instanceof Promise?r.then(o=>a0(o,e)):a0(r,e)}});function a0(e,t){return!e.issues.length&&e.value===void 0&&e.issues.push({code:"invalid_type",expected:"nonoptional",input:e.value,inst:t}),e}var Vd=y("$ZodSuccess",(e,t)=>{me.init(e,t),e._zod.parse=(n,i)=>{if(i.direction==="backward")throw new Sr("ZodSuccess");let r=t.innerType._zod.run(n,i);return r instanceof Promise?r.then(o=>(n.value=o.issues.length===0,n)):(n.value=r.issues.length===0,n)}});function s0(e,t,n,i){return t.issues.length?(e.value=n.catchValue({...t,value:e.value,error:{issues:t.issues.map(r=>$t(r,i,Fe()))},input:e.value}),e):(e.value=t.value,t.memo&&(e.memo=!0),e)}var Gd=y("$ZodCatch",(e,t)=>{me.init(e,t),ye(e,"optin",n=>n.def.innerType._zod.optin==="defaulted"?"defaulted":"optional"),ye(e,"optout",n=>n.def.innerType._zod.optout),ye(e,"values",n=>n.def.innerType._zod.values),e._zod.parse=(n,i)=>{if(i.direction==="backward")return t.innerType._zod.run(n,i);let r=t.innerType._zod.run({value:n.value,issues:[]},i);return r instanceof Promise?r.then(o=>s0(n,o,t,i)):s0(n,r,t,i)}}),Kd=y("$ZodNaN",(e,t)=>{me.init(e,t),e._zod.parse=(n,i)=>((typeof n.value!="number"||!Number.isNaN(n.value))&&n.issues.push({input:n.value,inst:e,expected:"nan",code:"invalid_type"}),n)}),qa=y("$ZodPipe",(e,t)=>{me.init(e,t),ye(e,"values",n=>n.def.in._zod.values),ye(e,"optin",n=>n.def.in._zod.optin),ye(e,"optout",n=>n.def.out._zod.optout),ye(e,"propValues",n=>n.def.in._zod.propValues),e._zod.parse=(n,i)=>{if(i.direction==="backward"){let o=t.out._zod.run(n,i);return o instanceof Promise?o.then(a=>Aa(a,t.in,i)):Aa(o,t.in,i)}let r=t.in._zod.run(n,i);return r instanceof Promise?r.then(o=>Aa(o,t.out,i)):Aa(r,t.out,i)}});function Aa(e,t,n){return e.issues.some(i=>i.code!=="unrecognized_keys")?(e.aborted=!0,e):t._zod.run({value:e.value,issues:e.issues},n)}var to=y("$ZodCodec",(e,t)=>{me.init(e,t),ye(e,"values",n=>n.def.in._zod.values),ye(e,"optin",n=>n.def.in._zod.optin),ye(e,"optout",n=>n.def.out._zod.optout),ye(e,"propValues",n=>n.def.in._zod.propValues),e._zod.parse=(n,i)=>{if((i.direction||"forward")==="forward"){let o=t.in._zod.run(n,i);return o instanceof Promise?o.then(a=>Sa(a,t,i)):Sa(o,t,i)}else{let o=t.out._zod.run(n,i);return o instanceof Promise?o.then(a=>Sa(a,t,i)):Sa(o,t,i)}}});function Sa(e,t,n){if(e.issues.length)return e.aborted=!0,e;if((n.direction||"forward")==="forward"){let r=t.transform(e.value,e);return r instanceof Promise?r.then(o=>Ia(e,o,t.out,n)):Ia(e,r,t.out,n)}else{let r=t.reverseTransform(e.value,e);return r instanceof Promise?r.then(o=>Ia(e,o,t.in,n)):Ia(e,r,t.in,n)}}function Ia(e,t,n,i){return e.issues.length?(e.aborted=!0,e):n._zod.run({value:t,issues:e.issues},i)}var Hd=y("$ZodPreprocess",(e,t)=>{qa.init(e,t)}),Wd=y("$ZodReadonly",(e,t)=>{me.init(e,t),ye(e,"propValues",n=>n.def.innerType._zod.propValues),ye(e,"values",n=>n.def.innerType._zod.values),ye(e,"optin",n=>n.def.innerType?._zod?.optin),ye(e,"optout",n=>n.def.innerType?._zod?.optout),e._zod.parse=(n,i)=>{if(i.direction==="backward")return t.innerType._zod.run(n,i);let r=t.innerType._zod.run(n,i);return r instanceof Promise?r.then(c0):c0(r)}});function c0(e){return e.memo||(e.value=Object.freeze(e.value)),e}function b_(e){let t=e._zod.def,n=t.pattern,i=!!t.format?.includes("int"),r,o;for(let s of t.checks??[]){let u=s._zod.def;u.pattern&&(n=u.pattern),i||(i=!!u.format?.includes("int"));let c=u.minimum??u.length,l=u.maximum??u.length;c!==void 0&&(r===void 0||c>r)&&(r=c),l!==void 0&&(o===void 0||l<o)&&(o=l)}if(n)return n.source;if(r!==void 0&&o!==void 0&&r>o)return"(?!)";if(r!==void 0||o!==void 0)return ll({minimum:r,maximum:o}).source;let a=e._zod.pattern;return(i&&a===ur?Vi:a)?.source}function Ll(e){let t=e._zod.def,n=e._zod.pattern?.source,i=t.innerType??e._zod.innerType;if(i){let r=i._zod.pattern?.source,o=Ll(i);return n&&r&&o&&o!==r?n.replace(cr(r),()=>cr(o)):n}if(t.options){let r=t.options.map(Ll);if(r.every(Boolean))return`^(${r.map(o=>cr(o)).join("|")})$`}return b_(e)}var Jd=y("$ZodTemplateLiteral",(e,t)=>{me.init(e,t);let n=[];for(let i of t.parts)if(typeof i=="object"&&i!==null){let r=Ll(i);if(!r)throw new Error(`Invalid template literal part, no pattern found: ${[...i._zod.traits].shift()}`);n.push(cr(r))}else if(i===null||_u.has(typeof i))n.push(Nt(`${i}`));else throw new Error(`Invalid template literal part: ${i}`);e._zod.pattern=new RegExp(`^${n.join("")}$`),e._zod.parse=(i,r)=>typeof i.value!="string"?(i.issues.push({input:i.value,inst:e,expected:"string",code:"invalid_type"}),i):(e._zod.pattern.lastIndex=0,e._zod.pattern.test(i.value)||i.issues.push({input:i.value,inst:e,code:"invalid_format",format:t.format??"template_literal",pattern:e._zod.pattern.source}),i)}),Xd=y("$ZodFunction",(e,t)=>(me.init(e,t),Object.defineProperty(e,"_def",{value:t}),e._zod.def=t,e.implement=n=>{if(typeof n!="function")throw new Error("implement() must be called with a function");return Object.defineProperty(function(...i){let r=e._def.input?ua(e._def.input,i):i,o=Reflect.apply(n,this,r);return e._def.output?ua(e._def.output,o):o},"_zod",{value:e._zod,enumerable:!1})},e.implementAsync=n=>{if(typeof n!="function")throw new Error("implementAsync() must be called with a function");return Object.defineProperty(async function(...i){let r=e._def.input?await la(e._def.input,i):i,o=await Reflect.apply(n,this,r);return e._def.output?await la(e._def.output,o):o},"_zod",{value:e._zod,enumerable:!1})},e._zod.parse=(n,i)=>typeof n.value!="function"?(n.issues.push({code:"invalid_type",expected:"function",input:n.value,inst:e}),n):(e._def.output&&e._def.output._zod.def.type==="promise"?n.value=e.implementAsync(n.value):n.value=e.implement(n.value),n),e.input=(...n)=>{let i=e.constructor;return Array.isArray(n[0])?new i({type:"function",input:new Ma({type:"tuple",items:n[0],rest:n[1]}),output:e._def.output}):new i({type:"function",input:n[0],output:e._def.output})},e.output=n=>{let i=e.constructor;return new i({type:"function",input:e._def.input,output:n})},e)),Yd=y("$ZodPromise",(e,t)=>{me.init(e,t),e._zod.parse=(n,i)=>Promise.resolve(n.value).then(r=>t.innerType._zod.run({value:r,issues:[]},i))}),ro=y("$ZodLazy",(e,t)=>{me.init(e,t),wu(e._zod,"innerType",()=>{let n=t;return n._cachedInner||(n._cachedInner=t.getter()),n._cachedInner}),ye(e,"pattern",n=>n.innerType?._zod?.pattern),ye(e,"propValues",n=>n.innerType?._zod?.propValues),ye(e,"optin",n=>n.innerType?._zod?.optin??void 0),ye(e,"optout",n=>n.innerType?._zod?.optout??void 0),e._zod.parse=(n,i)=>e._zod.innerType._zod.run(n,i)}),Qd=y("$ZodCustom",(e,t)=>{Oe.init(e,t),me.init(e,t),e._zod.parse=(n,i)=>n,e._zod.check=n=>{let i=n.value,r=t.fn(i);if(r instanceof Promise)return r.then(o=>u0(o,n,i,e));u0(r,n,i,e)}});function u0(e,t,n,i){if(!e){let r={code:"custom",input:n,inst:i,path:[...i._zod.def.path??[]],continue:!i._zod.def.abort};i._zod.def.params&&(r.params=i._zod.def.params),t.issues.push(An(r))}}var Ka=class extends Error{constructor(){super("Cannot parse a reference cycle that closes through a transform"),this.name="ZodCyclicError"}},tf="~memo",v0=[];function b0(e){return e!==null&&typeof e=="object"}function ef(e){return e.map(t=>t.path?{...t,path:t.path.slice()}:{...t})}var y0=new WeakMap,En=0,Ga=1,no=2;function io(e,t,n){let i=y0.get(e);if(i!==void 0)return i?no:En;if(t.has(e))return no;t.add(e);let r=En,o=l=>{if(r!==no&&l?._zod){let f=io(l,t,n);f>r&&(r=f)}},a=(l,f)=>{let p=En;for(let g of Reflect.ownKeys(l)){let v=Object.getOwnPropertyDescriptor(l,g);if(f&&!v.enumerable)continue;let h=v.get?Ga:v.value?._zod?io(v.value,t,n):En;h>p&&(p=h)}return p},s=l=>{l>r&&(r=l)},u=e._zod.def,c=u.type;switch(c){case"object":{let l=kn(u);s(l?a(l,!0):Ga),o(u.catchall);break}case"array":o(u.element);break;case"tuple":for(let l of u.items)o(l);o(u.rest);break;case"record":case"map":o(u.keyType),o(u.valueType);break;case"set":o(u.valueType);break;case"union":for(let l of u.options)o(l);break;case"intersection":o(u.left),o(u.right);break;case"optional":case"nullable":case"default":case"prefault":case"catch":case"readonly":case"nonoptional":case"promise":case"success":o(u.innerType);break;case"pipe":o(u.in),o(u.out);break;case"function":o(u.input),o(u.output);break;case"lazy":{let l=u._cachedInner??(n?e._zod.innerType:void 0);s(l?io(l,t,!1):Ga);break}case"template_literal":case"string":case"number":case"int":case"boolean":case"bigint":case"symbol":case"undefined":case"null":case"void":case"never":case"any":case"unknown":case"date":case"nan":case"enum":case"literal":case"file":case"transform":case"custom":break;default:for(let l in u){let f=Object.getOwnPropertyDescriptor(u,l);if(!f||f.get)continue;let p=f.value;if(!(!p||typeof p!="object")){if(p._zod)o(p);else if(Array.isArray(p))for(let g of p)o(g)}}}return t.delete(e),y_(e,r)}function y_(e,t){return t!==Ga&&y0.set(e,t===no),t}function Ha(e){return io(e,new Set,!0)!==En}function $_(e,t){let n=e.buckets.get(t);return n||(n=new WeakMap,e.buckets.set(t,n)),n}var Za,Va=[],w_={alloc(e,t,n){let i=Za;if(!i)return n;Za=void 0;let r={value:n,issues:null};return i.set(t.value,r),Va.push(r),n},guard(e){var t;(t=e._zod).deferred??(t.deferred=[]),e._zod.deferred.push(()=>{let n=e._zod.parse,i=(r,o)=>{if(o.direction!=="backward"&&Wa(o,r.value))throw new Ka;return n(r,o)};e._zod.parse=i,e._zod.run===n&&(e._zod.run=i)})},attach(e){var t;let n,i=!1,r,o;(t=e._zod).deferred??(t.deferred=[]),e._zod.deferred.push(()=>{let a=e._zod.parse,s=(u,c)=>{if(n===void 0){let w=io(e,new Set,!1);if(w===En)return e._zod.parse=a,e._zod.run===s&&(e._zod.run=a),a(u,c);w===no||i?n=!0:i=!0}let l=u.value;if(!b0(l))return a(u,c);let f=c[tf];f||(f={buckets:new WeakMap,backEdges:void 0},c[tf]=f);let p;r===c?p=o:(p=$_(f,e),r=c,o=p);let g=p.get(l);if(g)return u.value=g.value,g.issues?g.issues.length&&u.issues.push(...ef(g.issues)):(u.memo=!0,f.backEdges??(f.backEdges=new WeakSet),f.backEdges.add(g.value)),u;Za=p;let v=Va.length,h=a(u,c);Za=void 0;let _=Va.length>v?Va.pop():void 0;return h instanceof Promise?h.then(w=>(_&&(_.issues=w.issues.length?ef(w.issues):v0),w)):(_&&(_.issues=h.issues.length?ef(h.issues):v0),h)};e._zod.parse=s,e._zod.run===a&&(e._zod.run=s)})}};function oo(){return w_}function Wa(e,t){let n=e[tf]?.backEdges;return n!==void 0&&b0(t)&&n.has(t)}var so={};nr(so,{ar:()=>$0,az:()=>w0,be:()=>k0,bg:()=>_0,bn:()=>A0,ca:()=>S0,ckb:()=>I0,cs:()=>P0,da:()=>D0,de:()=>T0,el:()=>R0,en:()=>Ja,eo:()=>E0,es:()=>O0,fa:()=>U0,fi:()=>N0,fr:()=>z0,frCA:()=>C0,gu:()=>j0,he:()=>F0,hi:()=>L0,hr:()=>M0,hu:()=>B0,hy:()=>Z0,id:()=>V0,is:()=>G0,it:()=>K0,ja:()=>H0,ka:()=>W0,kh:()=>J0,km:()=>Xa,kn:()=>X0,ko:()=>Y0,lt:()=>eb,mk:()=>tb,ms:()=>rb,ne:()=>nb,nl:()=>ib,nn:()=>ob,no:()=>ab,ota:()=>sb,pl:()=>ub,ps:()=>cb,pt:()=>lb,ptBR:()=>db,ro:()=>fb,ru:()=>mb,sk:()=>gb,sl:()=>hb,sv:()=>vb,ta:()=>bb,tg:()=>yb,th:()=>$b,tk:()=>wb,tr:()=>xb,ua:()=>kb,uk:()=>Ya,ur:()=>_b,uz:()=>Ab,vi:()=>Sb,yo:()=>Db,zhCN:()=>Ib,zhTW:()=>Pb});var x_=()=>{let e={string:{unit:"\u062D\u0631\u0641",verb:"\u0623\u0646 \u064A\u062D\u0648\u064A"},file:{unit:"\u0628\u0627\u064A\u062A",verb:"\u0623\u0646 \u064A\u062D\u0648\u064A"},array:{unit:"\u0639\u0646\u0635\u0631",verb:"\u0623\u0646 \u064A\u062D\u0648\u064A"},set:{unit:"\u0639\u0646\u0635\u0631",verb:"\u0623\u0646 \u064A\u062D\u0648\u064A"},map:{unit:"\u0639\u0646\u0635\u0631",verb:"\u0623\u0646 \u064A\u062D\u0648\u064A"}};function t(r){return e[r]??null}let n={regex:"\u0645\u062F\u062E\u0644",email:"\u0628\u0631\u064A\u062F \u0625\u0644\u0643\u062A\u0631\u0648\u0646\u064A",url:"\u0631\u0627\u0628\u0637",emoji:"\u0625\u064A\u0645\u0648\u062C\u064A",uuid:"UUID",uuidv4:"UUIDv4",uuidv6:"UUIDv6",nanoid:"nanoid",guid:"GUID",cuid:"cuid",cuid2:"cuid2",ulid:"ULID",xid:"XID",ksuid:"KSUID",datetime:"\u062A\u0627\u0631\u064A\u062E \u0648\u0648\u0642\u062A \u0628\u0645\u0639\u064A\u0627\u0631 ISO",date:"\u062A\u0627\u0631\u064A\u062E \u0628\u0645\u0639\u064A\u0627\u0631 ISO",time:"\u0648\u0642\u062A \u0628\u0645\u0639\u064A\u0627\u0631 ISO",duration:"\u0645\u062F\u0629 \u0628\u0645\u0639\u064A\u0627\u0631 ISO",ipv4:"\u0639\u0646\u0648\u0627\u0646 IPv4",ipv6:"\u0639\u0646\u0648\u0627\u0646 IPv6",mac:"\u0639\u0646\u0648\u0627\u0646 MAC",cidrv4:"\u0645\u062F\u0649 \u0639\u0646\u0627\u0648\u064A\u0646 \u0628\u0635\u064A\u063A\u0629 IPv4",cidrv6:"\u0645\u062F\u0649 \u0639\u0646\u0627\u0648\u064A\u0646 \u0628\u0635\u064A\u063A\u0629 IPv6",base64:"\u0646\u064E\u0635 \u0628\u062A\u0631\u0645\u064A\u0632 base64-encoded",base64url:"\u0646\u064E\u0635 \u0628\u062A\u0631\u0645\u064A\u0632 base64url-encoded",json_string:"\u0646\u064E\u0635 \u0639\u0644\u0649 \u0647\u064A\u0626\u0629 JSON",e164:"\u0631\u0642\u0645 \u0647\u0627\u062A\u0641 \u0628\u0645\u0639\u064A\u0627\u0631 E.164",credit_card:"\u0631\u0642\u0645 \u0628\u0637\u0627\u0642\u0629 \u0627\u0644\u0627\u0626\u062A\u0645\u0627\u0646",currency_code:"\u0631\u0645\u0632 \u0627\u0644\u0639\u0645\u0644\u0629",iban:"IBAN",jwt:"JWT",template_literal:"\u0645\u062F\u062E\u0644"},i={nan:"NaN"};return r=>{switch(r.code){case"invalid_type":{let o=i[r.expected]??r.expected,a=U(r.input),s=i[a]??a;return/^[A-Z]/.test(r.expected)?`\u0645\u062F\u062E\u0644\u0627\u062A \u063A\u064A\u0631 \u0645\u0642\u0628\u0648\u0644\u0629: \u064A\u0641\u062A\u0631\u0636 \u0625\u062F\u062E\u0627\u0644 instanceof ${r.expected}\u060C \u0648\u0644\u0643\u0646 \u062A\u0645 \u0625\u062F\u062E\u0627\u0644 ${s}`:`\u0645\u062F\u062E\u0644\u0627\u062A \u063A\u064A\u0631 \u0645\u0642\u0628\u0648\u0644\u0629: \u064A\u0641\u062A\u0631\u0636 \u0625\u062F\u062E\u0627\u0644 ${o}\u060C \u0648\u0644\u0643\u0646 \u062A\u0645 \u0625\u062F\u062E\u0627\u0644 ${s}`}case"invalid_value":return r.values.length===1?`\u0645\u062F\u062E\u0644\u0627\u062A \u063A\u064A\u0631 \u0645\u0642\u0628\u0648\u0644\u0629: \u064A\u0641\u062A\u0631\u0636 \u0625\u062F\u062E\u0627\u0644 ${O(r.values[0])}`:`\u0627\u062E\u062A\u064A\u0627\u0631 \u063A\u064A\u0631 \u0645\u0642\u0628\u0648\u0644: \u064A\u062A\u0648\u0642\u0639 \u0627\u0646\u062A\u0642\u0627\u0621 \u0623\u062D\u062F \u0647\u0630\u0647 \u0627\u0644\u062E\u064A\u0627\u0631\u0627\u062A: ${$(r.values,"|")}`;case"too_big":{let o=r.inclusive?"<=":"<",a=t(r.origin);return a?` \u0623\u0643\u0628\u0631 \u0645\u0646 \u0627\u0644\u0644\u0627\u0632\u0645: \u064A\u0641\u062A\u0631\u0636 \u0623\u0646 \u062A\u0643\u0648\u0646 ${r.origin??"\u0627\u0644\u0642\u064A\u0645\u0629"} ${o} ${r.maximum.toString()} ${a.unit??"\u0639\u0646\u0635\u0631"}`:`\u0623\u0643\u0628\u0631 \u0645\u0646 \u0627\u0644\u0644\u0627\u0632\u0645: \u064A\u0641\u062A\u0631\u0636 \u0623\u0646 \u062A\u0643\u0648\u0646 ${r.origin??"\u0627\u0644\u0642\u064A\u0645\u0629"} ${o} ${r.maximum.toString()}`}case"too_small":{let o=r.inclusive?">=":">",a=t(r.origin);return a?`\u0623\u0635\u063A\u0631 \u0645\u0646 \u0627\u0644\u0644\u0627\u0632\u0645: \u064A\u0641\u062A\u0631\u0636 \u0644\u0640 ${r.origin} \u0623\u0646 \u064A\u0643\u0648\u0646 ${o} ${r.minimum.toString()} ${a.unit}`:`\u0623\u0635\u063A\u0631 \u0645\u0646 \u0627\u0644\u0644\u0627\u0632\u0645: \u064A\u0641\u062A\u0631\u0636 \u0644\u0640 ${r.origin} \u0623\u0646 \u064A\u0643\u0648\u0646 ${o} ${r.minimum.toString()}`}case"invalid_format":{let o=r;return o.format==="starts_with"?`\u0646\u064E\u0635 \u063A\u064A\u0631 \u0645\u0642\u0628\u0648\u0644: \u064A\u062C\u0628 \u0623\u0646 \u064A\u0628\u062F\u0623 \u0628\u0640 "${r.prefix}"`:o.format==="ends_with"?`\u0646\u064E\u0635 \u063A\u064A\u0631 \u0645\u0642\u0628\u0648\u0644: \u064A\u062C\u0628 \u0623\u0646 \u064A\u0646\u062A\u0647\u064A \u0628\u0640 "${o.suffix}"`:o.format==="includes"?`\u0646\u064E\u0635 \u063A\u064A\u0631 \u0645\u0642\u0628\u0648\u0644: \u064A\u062C\u0628 \u0623\u0646 \u064A\u062A\u0636\u0645\u0651\u064E\u0646 "${o.includes}"`:o.format==="regex"?`\u0646\u064E\u0635 \u063A\u064A\u0631 \u0645\u0642\u0628\u0648\u0644: \u064A\u062C\u0628 \u0623\u0646 \u064A\u0637\u0627\u0628\u0642 \u0627\u0644\u0646\u0645\u0637 ${o.pattern}`:`${n[o.format]??r.format} \u063A\u064A\u0631 \u0645\u0642\u0628\u0648\u0644`}case"not_multiple_of":return`\u0631\u0642\u0645 \u063A\u064A\u0631 \u0645\u0642\u0628\u0648\u0644: \u064A\u062C\u0628 \u0623\u0646 \u064A\u0643\u0648\u0646 \u0645\u0646 \u0645\u0636\u0627\u0639\u0641\u0627\u062A ${r.divisor}`;case"unrecognized_keys":return`\u0645\u0639\u0631\u0641${r.keys.length>1?"\u0627\u062A":""} \u063A\u0631\u064A\u0628${r.keys.length>1?"\u0629":""}: ${$(r.keys,"\u060C ")}`;case"invalid_key":return`\u0645\u0639\u0631\u0641 \u063A\u064A\u0631 \u0645\u0642\u0628\u0648\u0644 \u0641\u064A ${r.origin}`;case"invalid_union":return"\u0645\u062F\u062E\u0644 \u063A\u064A\u0631 \u0645\u0642\u0628\u0648\u0644";case"invalid_element":return`\u0645\u062F\u062E\u0644 \u063A\u064A\u0631 \u0645\u0642\u0628\u0648\u0644 \u0641\u064A ${r.origin}`;default:return"\u0645\u062F\u062E\u0644 \u063A\u064A\u0631 \u0645\u0642\u0628\u0648\u0644"}}};function $0(){return{localeError:x_()}}var k_=()=>{let e={string:{unit:"simvol",verb:"olmal\u0131d\u0131r"},file:{unit:"bayt",verb:"olmal\u0131d\u0131r"},array:{unit:"element",verb:"olmal\u0131d\u0131r"},set:{unit:"element",verb:"olmal\u0131d\u0131r"},map:{unit:"element",verb:"olmal\u0131d\u0131r"}};function t(r){return e[r]??null}let n={regex:"input",email:"email address",url:"URL",emoji:"emoji",uuid:"UUID",uuidv4:"UUIDv4",uuidv6:"UUIDv6",nanoid:"nanoid",guid:"GUID",cuid:"cuid",cuid2:"cuid2",ulid:"ULID",xid:"XID",ksuid:"KSUID",datetime:"ISO datetime",date:"ISO date",time:"ISO time",duration:"ISO duration",ipv4:"IPv4 address",ipv6:"IPv6 address",mac:"MAC address",cidrv4:"IPv4 range",cidrv6:"IPv6 range",base64:"base64-encoded string",base64url:"base64url-encoded string",json_string:"JSON string",e164:"E.164 number",credit_card:"kredit kart\u0131 n\xF6mr\u0259si",currency_code:"valyuta kodu",iban:"IBAN",jwt:"JWT",template_literal:"input"},i={nan:"NaN"};return r=>{switch(r.code){case"invalid_type":{let o=i[r.expected]??r.expected,a=U(r.input),s=i[a]??a;return/^[A-Z]/.test(r.expected)?`Yanl\u0131\u015F d\u0259y\u0259r: g\xF6zl\u0259nil\u0259n instanceof ${r.expected}, daxil olan ${s}`:`Yanl\u0131\u015F d\u0259y\u0259r: g\xF6zl\u0259nil\u0259n ${o}, daxil olan ${s}`}case"invalid_value":return r.values.length===1?`Yanl\u0131\u015F d\u0259y\u0259r: g\xF6zl\u0259nil\u0259n ${O(r.values[0])}`:`Yanl\u0131\u015F se\xE7im: a\u015Fa\u011F\u0131dak\u0131lardan biri olmal\u0131d\u0131r: ${$(r.values,"|")}`;case"too_big":{let o=r.inclusive?"<=":"<",a=t(r.origin);return a?`\xC7ox b\xF6y\xFCk: g\xF6zl\u0259nil\u0259n ${r.origin??"d\u0259y\u0259r"} ${o}${r.maximum.toString()} ${a.unit??"element"}`:`\xC7ox b\xF6y\xFCk: g\xF6zl\u0259nil\u0259n ${r.origin??"d\u0259y\u0259r"} ${o}${r.maximum.toString()}`}case"too_small":{let o=r.inclusive?">=":">",a=t(r.origin);return a?`\xC7ox ki\xE7ik: g\xF6zl\u0259nil\u0259n ${r.origin} ${o}${r.minimum.toString()} ${a.unit}`:`\xC7ox ki\xE7ik: g\xF6zl\u0259nil\u0259n ${r.origin} ${o}${r.minimum.toString()}`}case"invalid_format":{let o=r;return o.format==="starts_with"?`Yanl\u0131\u015F m\u0259tn: "${o.prefix}" il\u0259 ba\u015Flamal\u0131d\u0131r`:o.format==="ends_with"?`Yanl\u0131\u015F m\u0259tn: "${o.suffix}" il\u0259 bitm\u0259lidir`:o.format==="includes"?`Yanl\u0131\u015F m\u0259tn: "${o.includes}" daxil olmal\u0131d\u0131r`:o.format==="regex"?`Yanl\u0131\u015F m\u0259tn: ${o.pattern} \u015Fablonuna uy\u011Fun olmal\u0131d\u0131r`:`Yanl\u0131\u015F ${n[o.format]??r.format}`}case"not_multiple_of":return`Yanl\u0131\u015F \u0259d\u0259d: ${r.divisor} il\u0259 b\xF6l\xFCn\u0259 bil\u0259n olmal\u0131d\u0131r`;case"unrecognized_keys":return`Tan\u0131nmayan a\xE7ar${r.keys.length>1?"lar":""}: ${$(r.keys,", ")}`;case"invalid_key":return`${r.origin} daxilind\u0259 yanl\u0131\u015F a\xE7ar`;case"invalid_union":return"Yanl\u0131\u015F d\u0259y\u0259r";case"invalid_element":return`${r.origin} daxilind\u0259 yanl\u0131\u015F d\u0259y\u0259r`;default:return"Yanl\u0131\u015F d\u0259y\u0259r"}}};function w0(){return{localeError:k_()}}function x0(e,t,n,i){let r=Math.abs(e),o=r%10,a=r%100;return a>=11&&a<=19?i:o===1?t:o>=2&&o<=4?n:i}var __=()=>{let e={string:{unit:{one:"\u0441\u0456\u043C\u0432\u0430\u043B",few:"\u0441\u0456\u043C\u0432\u0430\u043B\u044B",many:"\u0441\u0456\u043C\u0432\u0430\u043B\u0430\u045E"},verb:"\u043C\u0435\u0446\u044C"},array:{unit:{one:"\u044D\u043B\u0435\u043C\u0435\u043D\u0442",few:"\u044D\u043B\u0435\u043C\u0435\u043D\u0442\u044B",many:"\u044D\u043B\u0435\u043C\u0435\u043D\u0442\u0430\u045E"},verb:"\u043C\u0435\u0446\u044C"},set:{unit:{one:"\u044D\u043B\u0435\u043C\u0435\u043D\u0442",few:"\u044D\u043B\u0435\u043C\u0435\u043D\u0442\u044B",many:"\u044D\u043B\u0435\u043C\u0435\u043D\u0442\u0430\u045E"},verb:"\u043C\u0435\u0446\u044C"},map:{unit:{one:"\u044D\u043B\u0435\u043C\u0435\u043D\u0442",few:"\u044D\u043B\u0435\u043C\u0435\u043D\u0442\u044B",many:"\u044D\u043B\u0435\u043C\u0435\u043D\u0442\u0430\u045E"},verb:"\u043C\u0435\u0446\u044C"},file:{unit:{one:"\u0431\u0430\u0439\u0442",few:"\u0431\u0430\u0439\u0442\u044B",many:"\u0431\u0430\u0439\u0442\u0430\u045E"},verb:"\u043C\u0435\u0446\u044C"}};function t(r){return e[r]??null}let n={regex:"\u0443\u0432\u043E\u0434",email:"email \u0430\u0434\u0440\u0430\u0441",url:"URL",emoji:"\u044D\u043C\u043E\u0434\u0437\u0456",uuid:"UUID",uuidv4:"UUIDv4",uuidv6:"UUIDv6",nanoid:"nanoid",guid:"GUID",cuid:"cuid",cuid2:"cuid2",ulid:"ULID",xid:"XID",ksuid:"KSUID",datetime:"ISO \u0434\u0430\u0442\u0430 \u0456 \u0447\u0430\u0441",date:"ISO \u0434\u0430\u0442\u0430",time:"ISO \u0447\u0430\u0441",duration:"ISO \u043F\u0440\u0430\u0446\u044F\u0433\u043B\u0430\u0441\u0446\u044C",ipv4:"IPv4 \u0430\u0434\u0440\u0430\u0441",ipv6:"IPv6 \u0430\u0434\u0440\u0430\u0441",mac:"MAC \u0430\u0434\u0440\u0430\u0441",cidrv4:"IPv4 \u0434\u044B\u044F\u043F\u0430\u0437\u043E\u043D",cidrv6:"IPv6 \u0434\u044B\u044F\u043F\u0430\u0437\u043E\u043D",base64:"\u0440\u0430\u0434\u043E\u043A \u0443 \u0444\u0430\u0440\u043C\u0430\u0446\u0435 base64",base64url:"\u0440\u0430\u0434\u043E\u043A \u0443 \u0444\u0430\u0440\u043C\u0430\u0446\u0435 base64url",json_string:"JSON \u0440\u0430\u0434\u043E\u043A",e164:"\u043D\u0443\u043C\u0430\u0440 E.164",credit_card:"\u043D\u0443\u043C\u0430\u0440 \u043A\u0440\u044D\u0434\u044B\u0442\u043D\u0430\u0439 \u043A\u0430\u0440\u0442\u044B",currency_code:"\u043A\u043E\u0434 \u0432\u0430\u043B\u044E\u0442\u044B",iban:"IBAN",jwt:"JWT",template_literal:"\u0443\u0432\u043E\u0434"},i={nan:"NaN",number:"\u043B\u0456\u043A",array:"\u043C\u0430\u0441\u0456\u045E"};return r=>{switch(r.code){case"invalid_type":{let o=i[r.expected]??r.expected,a=U(r.input),s=i[a]??a;return/^[A-Z]/.test(r.expected)?`\u041D\u044F\u043F\u0440\u0430\u0432\u0456\u043B\u044C\u043D\u044B \u045E\u0432\u043E\u0434: \u0447\u0430\u043A\u0430\u045E\u0441\u044F instanceof ${r.expected}, \u0430\u0442\u0440\u044B\u043C\u0430\u043D\u0430 ${s}`:`\u041D\u044F\u043F\u0440\u0430\u0432\u0456\u043B\u044C\u043D\u044B \u045E\u0432\u043E\u0434: \u0447\u0430\u043A\u0430\u045E\u0441\u044F ${o}, \u0430\u0442\u0440\u044B\u043C\u0430\u043D\u0430 ${s}`}case"invalid_value":return r.values.length===1?`\u041D\u044F\u043F\u0440\u0430\u0432\u0456\u043B\u044C\u043D\u044B \u045E\u0432\u043E\u0434: \u0447\u0430\u043A\u0430\u043B\u0430\u0441\u044F ${O(r.values[0])}`:`\u041D\u044F\u043F\u0440\u0430\u0432\u0456\u043B\u044C\u043D\u044B \u0432\u0430\u0440\u044B\u044F\u043D\u0442: \u0447\u0430\u043A\u0430\u045E\u0441\u044F \u0430\u0434\u0437\u0456\u043D \u0437 ${$(r.values,"|")}`;case"too_big":{let o=r.inclusive?"<=":"<",a=t(r.origin);if(a){let s=Number(r.maximum),u=x0(s,a.unit.one,a.unit.few,a.unit.many);return`\u0417\u0430\u043D\u0430\u0434\u0442\u0430 \u0432\u044F\u043B\u0456\u043A\u0456: \u0447\u0430\u043A\u0430\u043B\u0430\u0441\u044F, \u0448\u0442\u043E ${r.origin??"\u0437\u043D\u0430\u0447\u044D\u043D\u043D\u0435"} \u043F\u0430\u0432\u0456\u043D\u043D\u0430 ${a.verb} ${o}${r.maximum.toString()} ${u}`}return`\u0417\u0430\u043D\u0430\u0434\u0442\u0430 \u0432\u044F\u043B\u0456\u043A\u0456: \u0447\u0430\u043A\u0430\u043B\u0430\u0441\u044F, \u0448\u0442\u043E ${r.origin??"\u0437\u043D\u0430\u0447\u044D\u043D\u043D\u0435"} \u043F\u0430\u0432\u0456\u043D\u043D\u0430 \u0431\u044B\u0446\u044C ${o}${r.maximum.toString()}`}case"too_small":{let o=r.inclusive?">=":">",a=t(r.origin);if(a){let s=Number(r.minimum),u=x0(s,a.unit.one,a.unit.few,a.unit.many);return`\u0417\u0430\u043D\u0430\u0434\u0442\u0430 \u043C\u0430\u043B\u044B: \u0447\u0430\u043A\u0430\u043B\u0430\u0441\u044F, \u0448\u0442\u043E ${r.origin} \u043F\u0430\u0432\u0456\u043D\u043D\u0430 ${a.verb} ${o}${r.minimum.toString()} ${u}`}return`\u0417\u0430\u043D\u0430\u0434\u0442\u0430 \u043C\u0430\u043B\u044B: \u0447\u0430\u043A\u0430\u043B\u0430\u0441\u044F, \u0448\u0442\u043E ${r.origin} \u043F\u0430\u0432\u0456\u043D\u043D\u0430 \u0431\u044B\u0446\u044C ${o}${r.minimum.toString()}`}case"invalid_format":{let o=r;return o.format==="starts_with"?`\u041D\u044F\u043F\u0440\u0430\u0432\u0456\u043B\u044C\u043D\u044B \u0440\u0430\u0434\u043E\u043A: \u043F\u0430\u0432\u0456\u043D\u0435\u043D \u043F\u0430\u0447\u044B\u043D\u0430\u0446\u0446\u0430 \u0437 "${o.prefix}"`:o.format==="ends_with"?`\u041D\u044F\u043F\u0440\u0430\u0432\u0456\u043B\u044C\u043D\u044B \u0440\u0430\u0434\u043E\u043A: \u043F\u0430\u0432\u0456\u043D\u0435\u043D \u0437\u0430\u043A\u0430\u043D\u0447\u0432\u0430\u0446\u0446\u0430 \u043D\u0430 "${o.suffix}"`:o.format==="includes"?`\u041D\u044F\u043F\u0440\u0430\u0432\u0456\u043B\u044C\u043D\u044B \u0440\u0430\u0434\u043E\u043A: \u043F\u0430\u0432\u0456\u043D\u0435\u043D \u0437\u043C\u044F\u0448\u0447\u0430\u0446\u044C "${o.includes}"`:o.format==="regex"?`\u041D\u044F\u043F\u0440\u0430\u0432\u0456\u043B\u044C\u043D\u044B \u0440\u0430\u0434\u043E\u043A: \u043F\u0430\u0432\u0456\u043D\u0435\u043D \u0430\u0434\u043F\u0430\u0432\u044F\u0434\u0430\u0446\u044C \u0448\u0430\u0431\u043B\u043E\u043D\u0443 ${o.pattern}`:`\u041D\u044F\u043F\u0440\u0430\u0432\u0456\u043B\u044C\u043D\u044B ${n[o.format]??r.format}`}case"not_multiple_of":return`\u041D\u044F\u043F\u0440\u0430\u0432\u0456\u043B\u044C\u043D\u044B \u043B\u0456\u043A: \u043F\u0430\u0432\u0456\u043D\u0435\u043D \u0431\u044B\u0446\u044C \u043A\u0440\u0430\u0442\u043D\u044B\u043C ${r.divisor}`;case"unrecognized_keys":return`\u041D\u0435\u0440\u0430\u0441\u043F\u0430\u0437\u043D\u0430\u043D\u044B ${r.keys.length>1?"\u043A\u043B\u044E\u0447\u044B":"\u043A\u043B\u044E\u0447"}: ${$(r.keys,", ")}`;case"invalid_key":return`\u041D\u044F\u043F\u0440\u0430\u0432\u0456\u043B\u044C\u043D\u044B \u043A\u043B\u044E\u0447 \u0443 ${r.origin}`;case"invalid_union":return"\u041D\u044F\u043F\u0440\u0430\u0432\u0456\u043B\u044C\u043D\u044B \u045E\u0432\u043E\u0434";case"invalid_element":return`\u041D\u044F\u043F\u0440\u0430\u0432\u0456\u043B\u044C\u043D\u0430\u0435 \u0437\u043D\u0430\u0447\u044D\u043D\u043D\u0435 \u045E ${r.origin}`;default:return"\u041D\u044F\u043F\u0440\u0430\u0432\u0456\u043B\u044C\u043D\u044B \u045E\u0432\u043E\u0434"}}};function k0(){return{localeError:__()}}var A_=()=>{let e={string:{unit:"\u0441\u0438\u043C\u0432\u043E\u043B\u0430",verb:"\u0434\u0430 \u0441\u044A\u0434\u044A\u0440\u0436\u0430"},file:{unit:"\u0431\u0430\u0439\u0442\u0430",verb:"\u0434\u0430 \u0441\u044A\u0434\u044A\u0440\u0436\u0430"},array:{unit:"\u0435\u043B\u0435\u043C\u0435\u043D\u0442\u0430",verb:"\u0434\u0430 \u0441\u044A\u0434\u044A\u0440\u0436\u0430"},set:{unit:"\u0435\u043B\u0435\u043C\u0435\u043D\u0442\u0430",verb:"\u0434\u0430 \u0441\u044A\u0434\u044A\u0440\u0436\u0430"},map:{unit:"\u0435\u043B\u0435\u043C\u0435\u043D\u0442\u0430",verb:"\u0434\u0430 \u0441\u044A\u0434\u044A\u0440\u0436\u0430"}};function t(r){return e[r]??null}let n={regex:"\u0432\u0445\u043E\u0434",email:"\u0438\u043C\u0435\u0439\u043B \u0430\u0434\u0440\u0435\u0441",url:"URL",emoji:"\u0435\u043C\u043E\u0434\u0436\u0438",uuid:"UUID",uuidv4:"UUIDv4",uuidv6:"UUIDv6",nanoid:"nanoid",guid:"GUID",cuid:"cuid",cuid2:"cuid2",ulid:"ULID",xid:"XID",ksuid:"KSUID",datetime:"ISO \u0432\u0440\u0435\u043C\u0435",date:"ISO \u0434\u0430\u0442\u0430",time:"ISO \u0432\u0440\u0435\u043C\u0435",duration:"ISO \u043F\u0440\u043E\u0434\u044A\u043B\u0436\u0438\u0442\u0435\u043B\u043D\u043E\u0441\u0442",ipv4:"IPv4 \u0430\u0434\u0440\u0435\u0441",ipv6:"IPv6 \u0430\u0434\u0440\u0435\u0441",mac:"MAC \u0430\u0434\u0440\u0435\u0441",cidrv4:"IPv4 \u0434\u0438\u0430\u043F\u0430\u0437\u043E\u043D",cidrv6:"IPv6 \u0434\u0438\u0430\u043F\u0430\u0437\u043E\u043D",base64:"base64-\u043A\u043E\u0434\u0438\u0440\u0430\u043D \u043D\u0438\u0437",base64url:"base64url-\u043A\u043E\u0434\u0438\u0440\u0430\u043D \u043D\u0438\u0437",json_string:"JSON \u043D\u0438\u0437",e164:"E.164 \u043D\u043E\u043C\u0435\u0440",credit_card:"\u043D\u043E\u043C\u0435\u0440 \u043D\u0430 \u043A\u0440\u0435\u0434\u0438\u0442\u043D\u0430 \u043A\u0430\u0440\u0442\u0430",currency_code:"\u043A\u043E\u0434 \u043D\u0430 \u0432\u0430\u043B\u0443\u0442\u0430",iban:"IBAN",jwt:"JWT",template_literal:"\u0432\u0445\u043E\u0434"},i={nan:"NaN",number:"\u0447\u0438\u0441\u043B\u043E",array:"\u043C\u0430\u0441\u0438\u0432"};return r=>{switch(r.code){case"invalid_type":{let o=i[r.expected]??r.expected,a=U(r.input),s=i[a]??a;return/^[A-Z]/.test(r.expected)?`\u041D\u0435\u0432\u0430\u043B\u0438\u0434\u0435\u043D \u0432\u0445\u043E\u0434: \u043E\u0447\u0430\u043A\u0432\u0430\u043D instanceof ${r.expected}, \u043F\u043E\u043B\u0443\u0447\u0435\u043D ${s}`:`\u041D\u0435\u0432\u0430\u043B\u0438\u0434\u0435\u043D \u0432\u0445\u043E\u0434: \u043E\u0447\u0430\u043A\u0432\u0430\u043D ${o}, \u043F\u043E\u043B\u0443\u0447\u0435\u043D ${s}`}case"invalid_value":return r.values.length===1?`\u041D\u0435\u0432\u0430\u043B\u0438\u0434\u0435\u043D \u0432\u0445\u043E\u0434: \u043E\u0447\u0430\u043A\u0432\u0430\u043D ${O(r.values[0])}`:`\u041D\u0435\u0432\u0430\u043B\u0438\u0434\u043D\u0430 \u043E\u043F\u0446\u0438\u044F: \u043E\u0447\u0430\u043A\u0432\u0430\u043D\u043E \u0435\u0434\u043D\u043E \u043E\u0442 ${$(r.values,"|")}`;case"too_big":{let o=r.inclusive?"<=":"<",a=t(r.origin);return a?`\u0422\u0432\u044A\u0440\u0434\u0435 \u0433\u043E\u043B\u044F\u043C\u043E: \u043E\u0447\u0430\u043A\u0432\u0430 \u0441\u0435 ${r.origin??"\u0441\u0442\u043E\u0439\u043D\u043E\u0441\u0442"} \u0434\u0430 \u0441\u044A\u0434\u044A\u0440\u0436\u0430 ${o}${r.maximum.toString()} ${a.unit??"\u0435\u043B\u0435\u043C\u0435\u043D\u0442\u0430"}`:`\u0422\u0432\u044A\u0440\u0434\u0435 \u0433\u043E\u043B\u044F\u043C\u043E: \u043E\u0447\u0430\u043A\u0432\u0430 \u0441\u0435 ${r.origin??"\u0441\u0442\u043E\u0439\u043D\u043E\u0441\u0442"} \u0434\u0430 \u0431\u044A\u0434\u0435 ${o}${r.maximum.toString()}`}case"too_small":{let o=r.inclusive?">=":">",a=t(r.origin);return a?`\u0422\u0432\u044A\u0440\u0434\u0435 \u043C\u0430\u043B\u043A\u043E: \u043E\u0447\u0430\u043A\u0432\u0430 \u0441\u0435 ${r.origin} \u0434\u0430 \u0441\u044A\u0434\u044A\u0440\u0436\u0430 ${o}${r.minimum.toString()} ${a.unit}`:`\u0422\u0432\u044A\u0440\u0434\u0435 \u043C\u0430\u043B\u043A\u043E: \u043E\u0447\u0430\u043A\u0432\u0430 \u0441\u0435 ${r.origin} \u0434\u0430 \u0431\u044A\u0434\u0435 ${o}${r.minimum.toString()}`}case"invalid_format":{let o=r;if(o.format==="starts_with")return`\u041D\u0435\u0432\u0430\u043B\u0438\u0434\u0435\u043D \u043D\u0438\u0437: \u0442\u0440\u044F\u0431\u0432\u0430 \u0434\u0430 \u0437\u0430\u043F\u043E\u0447\u0432\u0430 \u0441 "${o.prefix}"`;if(o.format==="ends_with")return`\u041D\u0435\u0432\u0430\u043B\u0438\u0434\u0435\u043D \u043D\u0438\u0437: \u0442\u0440\u044F\u0431\u0432\u0430 \u0434\u0430 \u0437\u0430\u0432\u044A\u0440\u0448\u0432\u0430 \u0441 "${o.suffix}"`;if(o.format==="includes")return`\u041D\u0435\u0432\u0430\u043B\u0438\u0434\u0435\u043D \u043D\u0438\u0437: \u0442\u0440\u044F\u0431\u0432\u0430 \u0434\u0430 \u0432\u043A\u043B\u044E\u0447\u0432\u0430 "${o.includes}"`;if(o.format==="regex")return`\u041D\u0435\u0432\u0430\u043B\u0438\u0434\u0435\u043D \u043D\u0438\u0437: \u0442\u0440\u044F\u0431\u0432\u0430 \u0434\u0430 \u0441\u044A\u0432\u043F\u0430\u0434\u0430 \u0441 ${o.pattern}`;let a="\u041D\u0435\u0432\u0430\u043B\u0438\u0434\u0435\u043D";return o.format==="emoji"&&(a="\u041D\u0435\u0432\u0430\u043B\u0438\u0434\u043D\u043E"),o.format==="datetime"&&(a="\u041D\u0435\u0432\u0430\u043B\u0438\u0434\u043D\u043E"),o.format==="date"&&(a="\u041D\u0435\u0432\u0430\u043B\u0438\u0434\u043D\u0430"),o.format==="time"&&(a="\u041D\u0435\u0432\u0430\u043B\u0438\u0434\u043D\u043E"),o.format==="duration"&&(a="\u041D\u0435\u0432\u0430\u043B\u0438\u0434\u043D\u0430"),`${a} ${n[o.format]??r.format}`}case"not_multiple_of":return`\u041D\u0435\u0432\u0430\u043B\u0438\u0434\u043D\u043E \u0447\u0438\u0441\u043B\u043E: \u0442\u0440\u044F\u0431\u0432\u0430 \u0434\u0430 \u0431\u044A\u0434\u0435 \u043A\u0440\u0430\u0442\u043D\u043E \u043D\u0430 ${r.divisor}`;case"unrecognized_keys":return`\u041D\u0435\u0440\u0430\u0437\u043F\u043E\u0437\u043D\u0430\u0442${r.keys.length>1?"\u0438":""} \u043A\u043B\u044E\u0447${r.keys.length>1?"\u043E\u0432\u0435":""}: ${$(r.keys,", ")}`;case"invalid_key":return`\u041D\u0435\u0432\u0430\u043B\u0438\u0434\u0435\u043D \u043A\u043B\u044E\u0447 \u0432 ${r.origin}`;case"invalid_union":return"\u041D\u0435\u0432\u0430\u043B\u0438\u0434\u0435\u043D \u0432\u0445\u043E\u0434";case"invalid_element":return`\u041D\u0435\u0432\u0430\u043B\u0438\u0434\u043D\u0430 \u0441\u0442\u043E\u0439\u043D\u043E\u0441\u0442 \u0432 ${r.origin}`;default:return"\u041D\u0435\u0432\u0430\u043B\u0438\u0434\u0435\u043D \u0432\u0445\u043E\u0434"}}};function _0(){return{localeError:A_()}}var S_=()=>{let e={string:{unit:"\u0985\u0995\u09CD\u09B7\u09B0",verb:"\u09A5\u09BE\u0995\u09A4\u09C7 \u09B9\u09AC\u09C7"},file:{unit:"\u09AC\u09BE\u0987\u099F",verb:"\u09A5\u09BE\u0995\u09A4\u09C7 \u09B9\u09AC\u09C7"},array:{unit:"\u0986\u0987\u099F\u09C7\u09AE",verb:"\u09A5\u09BE\u0995\u09A4\u09C7 \u09B9\u09AC\u09C7"},set:{unit:"\u0986\u0987\u099F\u09C7\u09AE",verb:"\u09A5\u09BE\u0995\u09A4\u09C7 \u09B9\u09AC\u09C7"},map:{unit:"\u098F\u09A8\u09CD\u099F\u09CD\u09B0\u09BF",verb:"\u09A5\u09BE\u0995\u09A4\u09C7 \u09B9\u09AC\u09C7"}};function t(r){return e[r]??null}let n={regex:"\u0987\u09A8\u09AA\u09C1\u099F",email:"\u0987\u09AE\u09C7\u0987\u09B2 \u09A0\u09BF\u0995\u09BE\u09A8\u09BE",url:"URL",emoji:"\u0987\u09AE\u09CB\u099C\u09BF",uuid:"UUID",uuidv4:"UUIDv4",uuidv6:"UUIDv6",nanoid:"nanoid",guid:"GUID",cuid:"cuid",cuid2:"cuid2",ulid:"ULID",xid:"XID",ksuid:"KSUID",datetime:"ISO \u09A4\u09BE\u09B0\u09BF\u0996 \u0993 \u09B8\u09AE\u09AF\u09BC",date:"ISO \u09A4\u09BE\u09B0\u09BF\u0996",time:"ISO \u09B8\u09AE\u09AF\u09BC",duration:"ISO \u09B8\u09AE\u09AF\u09BC\u0995\u09BE\u09B2",ipv4:"IPv4 \u09A0\u09BF\u0995\u09BE\u09A8\u09BE",ipv6:"IPv6 \u09A0\u09BF\u0995\u09BE\u09A8\u09BE",mac:"MAC \u09A0\u09BF\u0995\u09BE\u09A8\u09BE",cidrv4:"IPv4 \u09B0\u09C7\u099E\u09CD\u099C",cidrv6:"IPv6 \u09B0\u09C7\u099E\u09CD\u099C",base64:"base64-\u098F\u09A8\u0995\u09CB\u09A1\u09C7\u09A1 \u09B8\u09CD\u099F\u09CD\u09B0\u09BF\u0982",base64url:"base64url-\u098F\u09A8\u0995\u09CB\u09A1\u09C7\u09A1 \u09B8\u09CD\u099F\u09CD\u09B0\u09BF\u0982",json_string:"JSON \u09B8\u09CD\u099F\u09CD\u09B0\u09BF\u0982",e164:"E.164 \u09A8\u09AE\u09CD\u09AC\u09B0",credit_card:"\u0995\u09CD\u09B0\u09C7\u09A1\u09BF\u099F \u0995\u09BE\u09B0\u09CD\u09A1 \u09A8\u09AE\u09CD\u09AC\u09B0",currency_code:"\u09AE\u09C1\u09A6\u09CD\u09B0\u09BE \u0995\u09CB\u09A1",iban:"IBAN",jwt:"JWT",template_literal:"\u0987\u09A8\u09AA\u09C1\u099F"},i={nan:"NaN"};return r=>{switch(r.code){case"invalid_type":{let o=i[r.expected]??r.expected,a=U(r.input),s=i[a]??a;return`\u0985\u09AC\u09C8\u09A7 \u0987\u09A8\u09AA\u09C1\u099F: \u09AA\u09CD\u09B0\u09A4\u09CD\u09AF\u09BE\u09B6\u09BF\u09A4 ${o}, \u09AA\u09CD\u09B0\u09BE\u09AA\u09CD\u09A4 ${s}`}case"invalid_value":return r.values.length===1?`\u0985\u09AC\u09C8\u09A7 \u0987\u09A8\u09AA\u09C1\u099F: \u09AA\u09CD\u09B0\u09A4\u09CD\u09AF\u09BE\u09B6\u09BF\u09A4 ${O(r.values[0])}`:`\u0985\u09AC\u09C8\u09A7 \u0985\u09AA\u09B6\u09A8: ${$(r.values," | ")} \u098F\u09B0 \u09AE\u09A7\u09CD\u09AF\u09C7 \u098F\u0995\u099F\u09BF \u09AA\u09CD\u09B0\u09A4\u09CD\u09AF\u09BE\u09B6\u09BF\u09A4`;case"too_big":{let o=r.inclusive?"<=":"<",a=t(r.origin);return a?`\u0985\u09A8\u09C7\u0995 \u09AC\u09A1\u09BC: ${r.origin??"\u09AE\u09BE\u09A8"} ${o}${r.maximum.toString()} ${a.unit??"\u098F\u09B2\u09BF\u09AE\u09C7\u09A8\u09CD\u099F"} \u09B9\u09A4\u09C7 \u09B9\u09AC\u09C7`:`\u0985\u09A8\u09C7\u0995 \u09AC\u09A1\u09BC: ${r.origin??"\u09AE\u09BE\u09A8"} ${o}${r.maximum.toString()} \u09B9\u09A4\u09C7 \u09B9\u09AC\u09C7`}case"too_small":{let o=r.inclusive?">=":">",a=t(r.origin);return a?`\u0985\u09A8\u09C7\u0995 \u099B\u09CB\u099F: ${r.origin} ${o}${r.minimum.toString()} ${a.unit} \u09B9\u09A4\u09C7 \u09B9\u09AC\u09C7`:`\u0985\u09A8\u09C7\u0995 \u099B\u09CB\u099F: ${r.origin} ${o}${r.minimum.toString()} \u09B9\u09A4\u09C7 \u09B9\u09AC\u09C7`}case"invalid_format":{let o=r;return o.format==="starts_with"?`\u0985\u09AC\u09C8\u09A7 \u09B8\u09CD\u099F\u09CD\u09B0\u09BF\u0982: "${o.prefix}" \u09A6\u09BF\u09AF\u09BC\u09C7 \u09B6\u09C1\u09B0\u09C1 \u09B9\u09A4\u09C7 \u09B9\u09AC\u09C7`:o.format==="ends_with"?`\u0985\u09AC\u09C8\u09A7 \u09B8\u09CD\u099F\u09CD\u09B0\u09BF\u0982: "${o.suffix}" \u09A6\u09BF\u09AF\u09BC\u09C7 \u09B6\u09C7\u09B7 \u09B9\u09A4\u09C7 \u09B9\u09AC\u09C7`:o.format==="includes"?`\u0985\u09AC\u09C8\u09A7 \u09B8\u09CD\u099F\u09CD\u09B0\u09BF\u0982: "${o.includes}" \u0985\u09A8\u09CD\u09A4\u09B0\u09CD\u09AD\u09C1\u0995\u09CD\u09A4 \u09A5\u09BE\u0995\u09A4\u09C7 \u09B9\u09AC\u09C7`:o.format==="regex"?`\u0985\u09AC\u09C8\u09A7 \u09B8\u09CD\u099F\u09CD\u09B0\u09BF\u0982: ${o.pattern} \u09AA\u09CD\u09AF\u09BE\u099F\u09BE\u09B0\u09CD\u09A8 \u09AE\u09BF\u09B2\u09A4\u09C7 \u09B9\u09AC\u09C7`:`\u0985\u09AC\u09C8\u09A7 ${n[o.format]??r.format}`}case"not_multiple_of":return`\u0985\u09AC\u09C8\u09A7 \u09A8\u09AE\u09CD\u09AC\u09B0: ${r.divisor} \u098F\u09B0 \u0997\u09C1\u09A3\u09BF\u09A4\u0995 \u09B9\u09A4\u09C7 \u09B9\u09AC\u09C7`;case"unrecognized_keys":return`\u0985\u099A\u09C7\u09A8\u09BE \u0995\u09C0${r.keys.length>1?"\u0997\u09C1\u09B2\u09CB":""}: ${$(r.keys,", ")}`;case"invalid_key":return`${r.origin} \u098F \u0985\u09AC\u09C8\u09A7 \u0995\u09C0`;case"invalid_union":return r.options&&Array.isArray(r.options)&&r.options.length>0?`\u0985\u09AC\u09C8\u09A7 \u09A1\u09BF\u09B8\u0995\u09CD\u09B0\u09BF\u09AE\u09BF\u09A8\u09C7\u099F\u09B0 \u09AE\u09BE\u09A8\u0964 \u09AA\u09CD\u09B0\u09A4\u09CD\u09AF\u09BE\u09B6\u09BF\u09A4 ${r.options.map(a=>`'${a}'`).join(" | ")}`:"\u0985\u09AC\u09C8\u09A7 \u0987\u09A8\u09AA\u09C1\u099F";case"invalid_element":return`${r.origin} \u098F \u0985\u09AC\u09C8\u09A7 \u09AE\u09BE\u09A8`;default:return"\u0985\u09AC\u09C8\u09A7 \u0987\u09A8\u09AA\u09C1\u099F"}}};function A0(){return{localeError:S_()}}var I_=()=>{let e={string:{unit:"car\xE0cters",verb:"contenir"},file:{unit:"bytes",verb:"contenir"},array:{unit:"elements",verb:"contenir"},set:{unit:"elements",verb:"contenir"},map:{unit:"elements",verb:"contenir"}};function t(r){return e[r]??null}let n={regex:"entrada",email:"adre\xE7a electr\xF2nica",url:"URL",emoji:"emoji",uuid:"UUID",uuidv4:"UUIDv4",uuidv6:"UUIDv6",nanoid:"nanoid",guid:"GUID",cuid:"cuid",cuid2:"cuid2",ulid:"ULID",xid:"XID",ksuid:"KSUID",datetime:"data i hora ISO",date:"data ISO",time:"hora ISO",duration:"durada ISO",ipv4:"adre\xE7a IPv4",ipv6:"adre\xE7a IPv6",mac:"adre\xE7a MAC",cidrv4:"rang IPv4",cidrv6:"rang IPv6",base64:"cadena codificada en base64",base64url:"cadena codificada en base64url",json_string:"cadena JSON",e164:"n\xFAmero E.164",credit_card:"n\xFAmero de targeta de cr\xE8dit",currency_code:"codi de moneda",iban:"IBAN",jwt:"JWT",template_literal:"entrada"},i={nan:"NaN"};return r=>{switch(r.code){case"invalid_type":{let o=i[r.expected]??r.expected,a=U(r.input),s=i[a]??a;return/^[A-Z]/.test(r.expected)?`Tipus inv\xE0lid: s'esperava instanceof ${r.expected}, s'ha rebut ${s}`:`Tipus inv\xE0lid: s'esperava ${o}, s'ha rebut ${s}`}case"invalid_value":return r.values.length===1?`Valor inv\xE0lid: s'esperava ${O(r.values[0])}`:`Opci\xF3 inv\xE0lida: s'esperava una de ${$(r.values," o ")}`;case"too_big":{let o=r.inclusive?"com a m\xE0xim":"menys de",a=t(r.origin);return a?`Massa gran: s'esperava que ${r.origin??"el valor"} contingu\xE9s ${o} ${r.maximum.toString()} ${a.unit??"elements"}`:`Massa gran: s'esperava que ${r.origin??"el valor"} fos ${o} ${r.maximum.toString()}`}case"too_small":{let o=r.inclusive?"com a m\xEDnim":"m\xE9s de",a=t(r.origin);return a?`Massa petit: s'esperava que ${r.origin} contingu\xE9s ${o} ${r.minimum.toString()} ${a.unit}`:`Massa petit: s'esperava que ${r.origin} fos ${o} ${r.minimum.toString()}`}case"invalid_format":{let o=r;return o.format==="starts_with"?`Format inv\xE0lid: ha de comen\xE7ar amb "${o.prefix}"`:o.format==="ends_with"?`Format inv\xE0lid: ha d'acabar amb "${o.suffix}"`:o.format==="includes"?`Format inv\xE0lid: ha d'incloure "${o.includes}"`:o.format==="regex"?`Format inv\xE0lid: ha de coincidir amb el patr\xF3 ${o.pattern}`:`Format inv\xE0lid per a ${n[o.format]??r.format}`}case"not_multiple_of":return`N\xFAmero inv\xE0lid: ha de ser m\xFAltiple de ${r.divisor}`;case"unrecognized_keys":return`Clau${r.keys.length>1?"s":""} no reconeguda${r.keys.length>1?"s":""}: ${$(r.keys,", ")}`;case"invalid_key":return`Clau inv\xE0lida a ${r.origin}`;case"invalid_union":return"Entrada inv\xE0lida";case"invalid_element":return`Element inv\xE0lid a ${r.origin}`;default:return"Entrada inv\xE0lida"}}};function S0(){return{localeError:I_()}}var P_=()=>{let e={string:{unit:"\u067E\u06CC\u062A",verb:"\u0628\u06CE\u062A"},file:{unit:"\u0628\u0627\u06CC\u062A",verb:"\u0628\u06CE\u062A"},array:{unit:"\u062F\u0627\u0646\u06D5",verb:"\u0628\u06CE\u062A"},set:{unit:"\u062F\u0627\u0646\u06D5",verb:"\u0628\u06CE\u062A"},map:{unit:"\u062F\u0627\u0646\u06D5",verb:"\u0628\u06CE\u062A"}};function t(r){return e[r]??null}let n={regex:"regex",email:"\u0626\u06CC\u0645\u06D5\u06CC\u06B5",url:"\u0628\u06D5\u0633\u062A\u06D5\u0631 (URL)",emoji:"\u0626\u06CC\u0645\u06C6\u062C\u06CC",uuid:"UUID",uuidv4:"UUIDv4",uuidv6:"UUIDv6",nanoid:"nanoid",guid:"GUID",cuid:"cuid",cuid2:"cuid2",ulid:"ULID",xid:"XID",ksuid:"KSUID",datetime:"\u0695\u06CE\u06A9\u06D5\u0648\u062A \u0648 \u06A9\u0627\u062A",date:"\u0695\u06CE\u06A9\u06D5\u0648\u062A",time:"\u06A9\u0627\u062A",duration:"\u0645\u0627\u0648\u06D5",ipv4:"\u0646\u0627\u0648\u0646\u06CC\u0634\u0627\u0646\u06CC IPv4",ipv6:"\u0646\u0627\u0648\u0646\u06CC\u0634\u0627\u0646\u06CC IPv6",mac:"\u0646\u0627\u0648\u0646\u06CC\u0634\u0627\u0646\u06CC MAC",cidrv4:"\u0645\u06D5\u0648\u062F\u0627\u06CC IPv4",cidrv6:"\u0645\u06D5\u0648\u062F\u0627\u06CC IPv6",base64:"\u062F\u06D5\u0642\u06CC base64",base64url:"\u062F\u06D5\u0642\u06CC base64url",json_string:"\u062F\u06D5\u0642\u06CC JSON",e164:"\u0698\u0645\u0627\u0631\u06D5\u06CC E.164",credit_card:"\u0698\u0645\u0627\u0631\u06D5\u06CC \u06A9\u0627\u0631\u062A\u06CC \u06A9\u0631\u06CE\u062F\u06CC\u062A",currency_code:"\u06A9\u06C6\u062F\u06CC \u062F\u0631\u0627\u0648",iban:"IBAN",jwt:"JWT",template_literal:"\u062A\u06CE\u06A9\u0631\u062F\u06D5"},i={nan:"NaN",string:"\u0646\u0648\u0648\u0633\u06CC\u0646",number:"\u0698\u0645\u0627\u0631\u06D5",boolean:"boolean",array:"array",object:"object",date:"\u0695\u06CE\u06A9\u06D5\u0648\u062A",integer:"\u0698\u0645\u0627\u0631\u06D5",float:"\u0698\u0645\u0627\u0631\u06D5",null:"null",undefined:"undefined",function:"function",symbol:"symbol",unknown:"unknown",promise:"promise",void:"void",never:"never",map:"map",set:"set"};return r=>{switch(r.code){case"invalid_type":{let o=i[r.expected]??r.expected,a=U(r.input),s=i[a]??a,u=["\u0627","\u0648","\u06C6","\u0648\u0648","\u06D5","\u06CC","\u06CE"].some(l=>s.endsWith(l))?"\u06CC\u06D5":"\u06D5",c=/^[a-zA-Z]+$/.test(s);return a==="null"||a==="undefined"?"\u062F\u0627\u0648\u0627\u06A9\u0631\u0627\u0648\u06D5":`\u0686\u0627\u0648\u06D5\u0695\u0648\u0627\u0646\u06A9\u0631\u0627\u0648\u06D5 ${o} \u0628\u06CE\u062A\u060C \u0628\u06D5\u06B5\u0627\u0645 ${s}${c?"":u}`}case"invalid_value":return r.values.length===1?`\u0628\u06D5\u0647\u0627\u06A9\u06D5 \u0646\u0627\u062F\u0631\u0648\u0648\u0633\u062A\u06D5: \u0686\u0627\u0648\u06D5\u0695\u0648\u0627\u0646\u06A9\u0631\u0627\u0648\u06D5 ${O(r.values[0])} \u0628\u06CE\u062A`:`\u0647\u06D5\u06B5\u0628\u0698\u0627\u0631\u062F\u06D5\u06CC \u0646\u0627\u062F\u0631\u0648\u0633\u062A: \u0686\u0627\u0648\u06D5\u0695\u0648\u0627\u0646\u06A9\u0631\u0627\u0648\u06D5 \u06CC\u06D5\u06A9\u06CE\u06A9 \u0628\u06CE\u062A \u0644\u06D5 ${$(r.values,"|")}`;case"too_big":{let o=t(r.origin);return o?`\u067E\u06CE\u0648\u06CC\u0633\u062A\u06D5 \u0628\u06D5 \u0644\u0627\u06CC\u06D5\u0646\u06CC \u0632\u06C6\u0631\u06D5\u0648\u06D5 ${r.maximum.toString()} ${o.unit} ${o.verb}`:`\u067E\u06CE\u0648\u06CC\u0633\u062A\u06D5 \u0628\u06D5 \u0644\u0627\u06CC\u06D5\u0646\u06CC \u0632\u06C6\u0631\u06D5\u0648\u06D5 ${r.maximum.toString()} \u0628\u06CE\u062A`}case"too_small":{let o=t(r.origin);return o?`\u067E\u06CE\u0648\u06CC\u0633\u062A\u06D5 \u0628\u06D5 \u0644\u0627\u06CC\u06D5\u0646\u06CC \u06A9\u06D5\u0645\u06D5\u0648\u06D5 ${r.minimum.toString()} ${o.unit} ${o.verb}`:`\u067E\u06CE\u0648\u06CC\u0633\u062A\u06D5 \u0628\u06D5 \u0644\u0627\u06CC\u06D5\u0646\u06CC \u06A9\u06D5\u0645\u06D5\u0648\u06D5 ${r.minimum.toString()} \u0628\u06CE\u062A`}case"invalid_format":{let o=r;return o.format==="starts_with"?`\u062F\u06D5\u0642\u06CC \u0646\u0627\u062F\u0631\u0648\u0633\u062A: \u067E\u06CE\u0648\u06CC\u0633\u062A\u06D5 \u062F\u06D5\u0633\u062A\u067E\u06CE\u0628\u06A9\u0627\u062A \u0628\u06D5 "${o.prefix}"`:o.format==="ends_with"?`\u062F\u06D5\u0642\u06CC \u0646\u0627\u062F\u0631\u0648\u0633\u062A: \u067E\u06CE\u0648\u06CC\u0633\u062A\u06D5 \u06A9\u06C6\u062A\u0627\u06CC\u06CC\u0628\u06CE\u062A \u0628\u06D5 "${o.suffix}"`:o.format==="includes"?`\u062F\u06D5\u0642\u06CC \u0646\u0627\u062F\u0631\u0648\u0633\u062A: \u067E\u06CE\u0648\u06CC\u0633\u062A\u06D5 "${o.includes}" \u0644\u06D5\u062E\u06C6\u0628\u06AF\u0631\u06CE\u062A`:o.format==="regex"?`\u062F\u06D5\u0642\u06CC \u0646\u0627\u062F\u0631\u0648\u0633\u062A: \u067E\u06CE\u0648\u06CC\u0633\u062A\u06D5 \u0644\u06D5\u06AF\u06D5\u06B5 \u067E\u0627\u062A\u06CE\u0631\u0646\u06CC ${o.pattern} \u0628\u06AF\u0648\u0646\u062C\u06CE\u062A`:`\u0628\u06D5\u0647\u0627\u06CC ${n[o.format]??r.format} \u0646\u0627\u062F\u0631\u0648\u0633\u062A\u06D5`}case"not_multiple_of":return`\u0698\u0645\u0627\u0631\u06D5\u06CC \u0646\u0627\u062F\u0631\u0648\u0633\u062A: \u062F\u06D5\u0628\u06CE\u062A \u0686\u06D5\u0646\u062F \u0647\u06CE\u0646\u062F\u06D5 \u0628\u06CE\u062A \u0628\u06C6 ${r.divisor}`;case"unrecognized_keys":return`\u06A9\u0644\u06CC\u0644\u06CC \u0646\u06D5\u0646\u0627\u0633\u0631\u0627\u0648: ${$(r.keys,", ")}`;case"invalid_key":return`\u06A9\u0644\u06CC\u0644\u06CC \u0646\u0627\u062F\u0631\u0648\u0633\u062A \u0644\u06D5 ${r.origin}`;case"invalid_union":return r.options&&Array.isArray(r.options)&&r.options.length>0?`\u0628\u06D5\u0647\u0627\u06CC \u0646\u06D5\u0646\u0627\u0633\u0631\u0627\u0648 \u0647\u06D5\u06CC\u06D5. \u0628\u06D5\u0647\u0627\u06CC \u0686\u0627\u0648\u06D5\u0695\u0648\u0627\u0646\u06A9\u0631\u0627\u0648: ${r.options.map(a=>`'${a}'`).join(" | ")}`:"\u06CC\u06D5\u06A9\u06AF\u0631\u062A\u0646\u06CC \u0646\u0627\u062F\u0631\u0648\u0633\u062A";case"invalid_element":return`${r.origin} \u0628\u06D5\u0647\u0627\u06A9\u06D5 \u0646\u0627\u062F\u0631\u0648\u0633\u062A\u06D5`;default:return"\u062A\u06CE\u06A9\u0631\u062F\u06D5\u06CC \u0646\u0627\u062F\u0631\u0648\u0633\u062A"}}};function I0(){return{localeError:P_()}}var D_=()=>{let e={string:{unit:"znak\u016F",verb:"m\xEDt"},file:{unit:"bajt\u016F",verb:"m\xEDt"},array:{unit:"prvk\u016F",verb:"m\xEDt"},set:{unit:"prvk\u016F",verb:"m\xEDt"},map:{unit:"prvk\u016F",verb:"m\xEDt"}};function t(r){return e[r]??null}let n={regex:"regul\xE1rn\xED v\xFDraz",email:"e-mailov\xE1 adresa",url:"URL",emoji:"emoji",uuid:"UUID",uuidv4:"UUIDv4",uuidv6:"UUIDv6",nanoid:"nanoid",guid:"GUID",cuid:"cuid",cuid2:"cuid2",ulid:"ULID",xid:"XID",ksuid:"KSUID",datetime:"datum a \u010Das ve form\xE1tu ISO",date:"datum ve form\xE1tu ISO",time:"\u010Das ve form\xE1tu ISO",duration:"doba trv\xE1n\xED ISO",ipv4:"IPv4 adresa",ipv6:"IPv6 adresa",mac:"MAC adresa",cidrv4:"rozsah IPv4",cidrv6:"rozsah IPv6",base64:"\u0159et\u011Bzec zak\xF3dovan\xFD ve form\xE1tu base64",base64url:"\u0159et\u011Bzec zak\xF3dovan\xFD ve form\xE1tu base64url",json_string:"\u0159et\u011Bzec ve form\xE1tu JSON",e164:"\u010D\xEDslo E.164",credit_card:"\u010D\xEDslo kreditn\xED karty",currency_code:"k\xF3d m\u011Bny",iban:"IBAN",jwt:"JWT",template_literal:"vstup"},i={nan:"NaN",number:"\u010D\xEDslo",string:"\u0159et\u011Bzec",function:"funkce",array:"pole"};return r=>{switch(r.code){case"invalid_type":{let o=i[r.expected]??r.expected,a=U(r.input),s=i[a]??a;return/^[A-Z]/.test(r.expected)?`Neplatn\xFD vstup: o\u010Dek\xE1v\xE1no instanceof ${r.expected}, obdr\u017Eeno ${s}`:`Neplatn\xFD vstup: o\u010Dek\xE1v\xE1no ${o}, obdr\u017Eeno ${s}`}case"invalid_value":return r.values.length===1?`Neplatn\xFD vstup: o\u010Dek\xE1v\xE1no ${O(r.values[0])}`:`Neplatn\xE1 mo\u017Enost: o\u010Dek\xE1v\xE1na jedna z hodnot ${$(r.values,"|")}`;case"too_big":{let o=r.inclusive?"<=":"<",a=t(r.origin);return a?`Hodnota je p\u0159\xEDli\u0161 velk\xE1: ${r.origin??"hodnota"} mus\xED m\xEDt ${o}${r.maximum.toString()} ${a.unit??"prvk\u016F"}`:`Hodnota je p\u0159\xEDli\u0161 velk\xE1: ${r.origin??"hodnota"} mus\xED b\xFDt ${o}${r.maximum.toString()}`}case"too_small":{let o=r.inclusive?">=":">",a=t(r.origin);return a?`Hodnota je p\u0159\xEDli\u0161 mal\xE1: ${r.origin??"hodnota"} mus\xED m\xEDt ${o}${r.minimum.toString()} ${a.unit??"prvk\u016F"}`:`Hodnota je p\u0159\xEDli\u0161 mal\xE1: ${r.origin??"hodnota"} mus\xED b\xFDt ${o}${r.minimum.toString()}`}case"invalid_format":{let o=r;return o.format==="starts_with"?`Neplatn\xFD \u0159et\u011Bzec: mus\xED za\u010D\xEDnat na "${o.prefix}"`:o.format==="ends_with"?`Neplatn\xFD \u0159et\u011Bzec: mus\xED kon\u010Dit na "${o.suffix}"`:o.format==="includes"?`Neplatn\xFD \u0159et\u011Bzec: mus\xED obsahovat "${o.includes}"`:o.format==="regex"?`Neplatn\xFD \u0159et\u011Bzec: mus\xED odpov\xEDdat vzoru ${o.pattern}`:`Neplatn\xFD form\xE1t ${n[o.format]??r.format}`}case"not_multiple_of":return`Neplatn\xE9 \u010D\xEDslo: mus\xED b\xFDt n\xE1sobkem ${r.divisor}`;case"unrecognized_keys":return`Nezn\xE1m\xE9 kl\xED\u010De: ${$(r.keys,", ")}`;case"invalid_key":return`Neplatn\xFD kl\xED\u010D v ${r.origin}`;case"invalid_union":return"Neplatn\xFD vstup";case"invalid_element":return`Neplatn\xE1 hodnota v ${r.origin}`;default:return"Neplatn\xFD vstup"}}};function P0(){return{localeError:D_()}}var T_=()=>{let e={string:{unit:"tegn",verb:"havde"},file:{unit:"bytes",verb:"havde"},array:{unit:"elementer",verb:"indeholdt"},set:{unit:"elementer",verb:"indeholdt"},map:{unit:"elementer",verb:"indeholdt"}};function t(r){return e[r]??null}let n={regex:"input",email:"e-mailadresse",url:"URL",emoji:"emoji",uuid:"UUID",uuidv4:"UUIDv4",uuidv6:"UUIDv6",nanoid:"nanoid",guid:"GUID",cuid:"cuid",cuid2:"cuid2",ulid:"ULID",xid:"XID",ksuid:"KSUID",datetime:"ISO dato- og klokkesl\xE6t",date:"ISO-dato",time:"ISO-klokkesl\xE6t",duration:"ISO-varighed",ipv4:"IPv4-adresse",ipv6:"IPv6-adresse",mac:"MAC-adresse",cidrv4:"IPv4-spektrum",cidrv6:"IPv6-spektrum",base64:"base64-kodet streng",base64url:"base64url-kodet streng",json_string:"JSON-streng",e164:"E.164-nummer",credit_card:"kreditkortnummer",currency_code:"valutakode",iban:"IBAN",jwt:"JWT",template_literal:"input"},i={nan:"NaN",string:"streng",number:"tal",boolean:"boolean",array:"liste",object:"objekt",set:"s\xE6t",file:"fil"};return r=>{switch(r.code){case"invalid_type":{let o=i[r.expected]??r.expected,a=U(r.input),s=i[a]??a;return/^[A-Z]/.test(r.expected)?`Ugyldigt input: forventede instanceof ${r.expected}, fik ${s}`:`Ugyldigt input: forventede ${o}, fik ${s}`}case"invalid_value":return r.values.length===1?`Ugyldig v\xE6rdi: forventede ${O(r.values[0])}`:`Ugyldigt valg: forventede en af f\xF8lgende ${$(r.values,"|")}`;case"too_big":{let o=r.inclusive?"<=":"<",a=t(r.origin),s=i[r.origin]??r.origin;return a?`For stor: forventede ${s??"value"} ${a.verb} ${o} ${r.maximum.toString()} ${a.unit??"elementer"}`:`For stor: forventede ${s??"value"} havde ${o} ${r.maximum.toString()}`}case"too_small":{let o=r.inclusive?">=":">",a=t(r.origin),s=i[r.origin]??r.origin;return a?`For lille: forventede ${s} ${a.verb} ${o} ${r.minimum.toString()} ${a.unit}`:`For lille: forventede ${s} havde ${o} ${r.minimum.toString()}`}case"invalid_format":{let o=r;return o.format==="starts_with"?`Ugyldig streng: skal starte med "${o.prefix}"`:o.format==="ends_with"?`Ugyldig streng: skal ende med "${o.suffix}"`:o.format==="includes"?`Ugyldig streng: skal indeholde "${o.includes}"`:o.format==="regex"?`Ugyldig streng: skal matche m\xF8nsteret ${o.pattern}`:`Ugyldig ${n[o.format]??r.format}`}case"not_multiple_of":return`Ugyldigt tal: skal v\xE6re deleligt med ${r.divisor}`;case"unrecognized_keys":return`${r.keys.length>1?"Ukendte n\xF8gler":"Ukendt n\xF8gle"}: ${$(r.keys,", ")}`;case"invalid_key":return`Ugyldig n\xF8gle i ${r.origin}`;case"invalid_union":return"Ugyldigt input: matcher ingen af de tilladte typer";case"invalid_element":return`Ugyldig v\xE6rdi i ${r.origin}`;default:return"Ugyldigt input"}}};function D0(){return{localeError:T_()}}var R_=()=>{let e={string:{unit:"Zeichen",verb:"zu haben"},file:{unit:"Bytes",verb:"zu haben"},array:{unit:"Elemente",verb:"zu haben"},set:{unit:"Elemente",verb:"zu haben"},map:{unit:"Elemente",verb:"zu haben"}};function t(r){return e[r]??null}let n={regex:"Eingabe",email:"E-Mail-Adresse",url:"URL",emoji:"Emoji",uuid:"UUID",uuidv4:"UUIDv4",uuidv6:"UUIDv6",nanoid:"nanoid",guid:"GUID",cuid:"cuid",cuid2:"cuid2",ulid:"ULID",xid:"XID",ksuid:"KSUID",datetime:"ISO-Datum und -Uhrzeit",date:"ISO-Datum",time:"ISO-Uhrzeit",duration:"ISO-Dauer",ipv4:"IPv4-Adresse",ipv6:"IPv6-Adresse",mac:"MAC-Adresse",cidrv4:"IPv4-Bereich",cidrv6:"IPv6-Bereich",base64:"Base64-codierter String",base64url:"Base64-URL-codierter String",json_string:"JSON-String",e164:"E.164-Nummer",credit_card:"Kreditkartennummer",currency_code:"W\xE4hrungscode",iban:"IBAN",jwt:"JWT",template_literal:"Eingabe"},i={nan:"NaN",number:"Zahl",array:"Array"};return r=>{switch(r.code){case"invalid_type":{let o=i[r.expected]??r.expected,a=U(r.input),s=i[a]??a;return/^[A-Z]/.test(r.expected)?`Ung\xFCltige Eingabe: erwartet instanceof ${r.expected}, erhalten ${s}`:`Ung\xFCltige Eingabe: erwartet ${o}, erhalten ${s}`}case"invalid_value":return r.values.length===1?`Ung\xFCltige Eingabe: erwartet ${O(r.values[0])}`:`Ung\xFCltige Option: erwartet eine von ${$(r.values,"|")}`;case"too_big":{let o=r.inclusive?"<=":"<",a=t(r.origin);return a?`Zu gro\xDF: erwartet, dass ${r.origin??"Wert"} ${o}${r.maximum.toString()} ${a.unit??"Elemente"} hat`:`Zu gro\xDF: erwartet, dass ${r.origin??"Wert"} ${o}${r.maximum.toString()} ist`}case"too_small":{let o=r.inclusive?">=":">",a=t(r.origin);return a?`Zu klein: erwartet, dass ${r.origin} ${o}${r.minimum.toString()} ${a.unit} hat`:`Zu klein: erwartet, dass ${r.origin} ${o}${r.minimum.toString()} ist`}case"invalid_format":{let o=r;return o.format==="starts_with"?`Ung\xFCltiger String: muss mit "${o.prefix}" beginnen`:o.format==="ends_with"?`Ung\xFCltiger String: muss mit "${o.suffix}" enden`:o.format==="includes"?`Ung\xFCltiger String: muss "${o.includes}" enthalten`:o.format==="regex"?`Ung\xFCltiger String: muss dem Muster ${o.pattern} entsprechen`:`Ung\xFCltig: ${n[o.format]??r.format}`}case"not_multiple_of":return`Ung\xFCltige Zahl: muss ein Vielfaches von ${r.divisor} sein`;case"unrecognized_keys":return`${r.keys.length>1?"Unbekannte Schl\xFCssel":"Unbekannter Schl\xFCssel"}: ${$(r.keys,", ")}`;case"invalid_key":return`Ung\xFCltiger Schl\xFCssel in ${r.origin}`;case"invalid_union":return"Ung\xFCltige Eingabe";case"invalid_element":return`Ung\xFCltiger Wert in ${r.origin}`;default:return"Ung\xFCltige Eingabe"}}};function T0(){return{localeError:R_()}}var E_=()=>{let e={string:{unit:"\u03C7\u03B1\u03C1\u03B1\u03BA\u03C4\u03AE\u03C1\u03B5\u03C2",verb:"\u03BD\u03B1 \u03AD\u03C7\u03B5\u03B9"},file:{unit:"bytes",verb:"\u03BD\u03B1 \u03AD\u03C7\u03B5\u03B9"},array:{unit:"\u03C3\u03C4\u03BF\u03B9\u03C7\u03B5\u03AF\u03B1",verb:"\u03BD\u03B1 \u03AD\u03C7\u03B5\u03B9"},set:{unit:"\u03C3\u03C4\u03BF\u03B9\u03C7\u03B5\u03AF\u03B1",verb:"\u03BD\u03B1 \u03AD\u03C7\u03B5\u03B9"},map:{unit:"\u03BA\u03B1\u03C4\u03B1\u03C7\u03C9\u03C1\u03AE\u03C3\u03B5\u03B9\u03C2",verb:"\u03BD\u03B1 \u03AD\u03C7\u03B5\u03B9"}};function t(r){return e[r]??null}let n={regex:"\u03B5\u03AF\u03C3\u03BF\u03B4\u03BF\u03C2",email:"\u03B4\u03B9\u03B5\u03CD\u03B8\u03C5\u03BD\u03C3\u03B7 email",url:"URL",emoji:"emoji",uuid:"UUID",uuidv4:"UUIDv4",uuidv6:"UUIDv6",nanoid:"nanoid",guid:"GUID",cuid:"cuid",cuid2:"cuid2",ulid:"ULID",xid:"XID",ksuid:"KSUID",datetime:"ISO \u03B7\u03BC\u03B5\u03C1\u03BF\u03BC\u03B7\u03BD\u03AF\u03B1 \u03BA\u03B1\u03B9 \u03CE\u03C1\u03B1",date:"ISO \u03B7\u03BC\u03B5\u03C1\u03BF\u03BC\u03B7\u03BD\u03AF\u03B1",time:"ISO \u03CE\u03C1\u03B1",duration:"ISO \u03B4\u03B9\u03AC\u03C1\u03BA\u03B5\u03B9\u03B1",ipv4:"\u03B4\u03B9\u03B5\u03CD\u03B8\u03C5\u03BD\u03C3\u03B7 IPv4",ipv6:"\u03B4\u03B9\u03B5\u03CD\u03B8\u03C5\u03BD\u03C3\u03B7 IPv6",mac:"\u03B4\u03B9\u03B5\u03CD\u03B8\u03C5\u03BD\u03C3\u03B7 MAC",cidrv4:"\u03B5\u03CD\u03C1\u03BF\u03C2 IPv4",cidrv6:"\u03B5\u03CD\u03C1\u03BF\u03C2 IPv6",base64:"\u03C3\u03C5\u03BC\u03B2\u03BF\u03BB\u03BF\u03C3\u03B5\u03B9\u03C1\u03AC \u03BA\u03C9\u03B4\u03B9\u03BA\u03BF\u03C0\u03BF\u03B9\u03B7\u03BC\u03AD\u03BD\u03B7 \u03C3\u03B5 base64",base64url:"\u03C3\u03C5\u03BC\u03B2\u03BF\u03BB\u03BF\u03C3\u03B5\u03B9\u03C1\u03AC \u03BA\u03C9\u03B4\u03B9\u03BA\u03BF\u03C0\u03BF\u03B9\u03B7\u03BC\u03AD\u03BD\u03B7 \u03C3\u03B5 base64url",json_string:"\u03C3\u03C5\u03BC\u03B2\u03BF\u03BB\u03BF\u03C3\u03B5\u03B9\u03C1\u03AC JSON",e164:"\u03B1\u03C1\u03B9\u03B8\u03BC\u03CC\u03C2 E.164",credit_card:"\u03B1\u03C1\u03B9\u03B8\u03BC\u03CC\u03C2 \u03C0\u03B9\u03C3\u03C4\u03C9\u03C4\u03B9\u03BA\u03AE\u03C2 \u03BA\u03AC\u03C1\u03C4\u03B1\u03C2",currency_code:"\u03BA\u03C9\u03B4\u03B9\u03BA\u03CC\u03C2 \u03BD\u03BF\u03BC\u03AF\u03C3\u03BC\u03B1\u03C4\u03BF\u03C2",iban:"IBAN",jwt:"JWT",template_literal:"\u03B5\u03AF\u03C3\u03BF\u03B4\u03BF\u03C2"},i={nan:"NaN"};return r=>{switch(r.code){case"invalid_type":{let o=i[r.expected]??r.expected,a=U(r.input),s=i[a]??a;return typeof r.expected=="string"&&/^[A-Z]/.test(r.expected)?`\u039C\u03B7 \u03AD\u03B3\u03BA\u03C5\u03C1\u03B7 \u03B5\u03AF\u03C3\u03BF\u03B4\u03BF\u03C2: \u03B1\u03BD\u03B1\u03BC\u03B5\u03BD\u03CC\u03C4\u03B1\u03BD instanceof ${r.expected}, \u03BB\u03AE\u03C6\u03B8\u03B7\u03BA\u03B5 ${s}`:`\u039C\u03B7 \u03AD\u03B3\u03BA\u03C5\u03C1\u03B7 \u03B5\u03AF\u03C3\u03BF\u03B4\u03BF\u03C2: \u03B1\u03BD\u03B1\u03BC\u03B5\u03BD\u03CC\u03C4\u03B1\u03BD ${o}, \u03BB\u03AE\u03C6\u03B8\u03B7\u03BA\u03B5 ${s}`}case"invalid_value":return r.values.length===1?`\u039C\u03B7 \u03AD\u03B3\u03BA\u03C5\u03C1\u03B7 \u03B5\u03AF\u03C3\u03BF\u03B4\u03BF\u03C2: \u03B1\u03BD\u03B1\u03BC\u03B5\u03BD\u03CC\u03C4\u03B1\u03BD ${O(r.values[0])}`:`\u039C\u03B7 \u03AD\u03B3\u03BA\u03C5\u03C1\u03B7 \u03B5\u03C0\u03B9\u03BB\u03BF\u03B3\u03AE: \u03B1\u03BD\u03B1\u03BC\u03B5\u03BD\u03CC\u03C4\u03B1\u03BD \u03AD\u03BD\u03B1 \u03B1\u03C0\u03CC ${$(r.values,"|")}`;case"too_big":{let o=r.inclusive?"<=":"<",a=t(r.origin);return a?`\u03A0\u03BF\u03BB\u03CD \u03BC\u03B5\u03B3\u03AC\u03BB\u03BF: \u03B1\u03BD\u03B1\u03BC\u03B5\u03BD\u03CC\u03C4\u03B1\u03BD ${r.origin??"\u03C4\u03B9\u03BC\u03AE"} \u03BD\u03B1 \u03AD\u03C7\u03B5\u03B9 ${o}${r.maximum.toString()} ${a.unit??"\u03C3\u03C4\u03BF\u03B9\u03C7\u03B5\u03AF\u03B1"}`:`\u03A0\u03BF\u03BB\u03CD \u03BC\u03B5\u03B3\u03AC\u03BB\u03BF: \u03B1\u03BD\u03B1\u03BC\u03B5\u03BD\u03CC\u03C4\u03B1\u03BD ${r.origin??"\u03C4\u03B9\u03BC\u03AE"} \u03BD\u03B1 \u03B5\u03AF\u03BD\u03B1\u03B9 ${o}${r.maximum.toString()}`}case"too_small":{let o=r.inclusive?">=":">",a=t(r.origin);return a?`\u03A0\u03BF\u03BB\u03CD \u03BC\u03B9\u03BA\u03C1\u03CC: \u03B1\u03BD\u03B1\u03BC\u03B5\u03BD\u03CC\u03C4\u03B1\u03BD ${r.origin} \u03BD\u03B1 \u03AD\u03C7\u03B5\u03B9 ${o}${r.minimum.toString()} ${a.unit}`:`\u03A0\u03BF\u03BB\u03CD \u03BC\u03B9\u03BA\u03C1\u03CC: \u03B1\u03BD\u03B1\u03BC\u03B5\u03BD\u03CC\u03C4\u03B1\u03BD ${r.origin} \u03BD\u03B1 \u03B5\u03AF\u03BD\u03B1\u03B9 ${o}${r.minimum.toString()}`}case"invalid_format":{let o=r;return o.format==="starts_with"?`\u039C\u03B7 \u03AD\u03B3\u03BA\u03C5\u03C1\u03B7 \u03C3\u03C5\u03BC\u03B2\u03BF\u03BB\u03BF\u03C3\u03B5\u03B9\u03C1\u03AC: \u03C0\u03C1\u03AD\u03C0\u03B5\u03B9 \u03BD\u03B1 \u03BE\u03B5\u03BA\u03B9\u03BD\u03AC \u03BC\u03B5 "${o.prefix}"`:o.format==="ends_with"?`\u039C\u03B7 \u03AD\u03B3\u03BA\u03C5\u03C1\u03B7 \u03C3\u03C5\u03BC\u03B2\u03BF\u03BB\u03BF\u03C3\u03B5\u03B9\u03C1\u03AC: \u03C0\u03C1\u03AD\u03C0\u03B5\u03B9 \u03BD\u03B1 \u03C4\u03B5\u03BB\u03B5\u03B9\u03CE\u03BD\u03B5\u03B9 \u03BC\u03B5 "${o.suffix}"`:o.format==="includes"?`\u039C\u03B7 \u03AD\u03B3\u03BA\u03C5\u03C1\u03B7 \u03C3\u03C5\u03BC\u03B2\u03BF\u03BB\u03BF\u03C3\u03B5\u03B9\u03C1\u03AC: \u03C0\u03C1\u03AD\u03C0\u03B5\u03B9 \u03BD\u03B1 \u03C0\u03B5\u03C1\u03B9\u03AD\u03C7\u03B5\u03B9 "${o.includes}"`:o.format==="regex"?`\u039C\u03B7 \u03AD\u03B3\u03BA\u03C5\u03C1\u03B7 \u03C3\u03C5\u03BC\u03B2\u03BF\u03BB\u03BF\u03C3\u03B5\u03B9\u03C1\u03AC: \u03C0\u03C1\u03AD\u03C0\u03B5\u03B9 \u03BD\u03B1 \u03C4\u03B1\u03B9\u03C1\u03B9\u03AC\u03B6\u03B5\u03B9 \u03BC\u03B5 \u03C4\u03BF \u03BC\u03BF\u03C4\u03AF\u03B2\u03BF ${o.pattern}`:`\u039C\u03B7 \u03AD\u03B3\u03BA\u03C5\u03C1\u03BF: ${n[o.format]??r.format}`}case"not_multiple_of":return`\u039C\u03B7 \u03AD\u03B3\u03BA\u03C5\u03C1\u03BF\u03C2 \u03B1\u03C1\u03B9\u03B8\u03BC\u03CC\u03C2: \u03C0\u03C1\u03AD\u03C0\u03B5\u03B9 \u03BD\u03B1 \u03B5\u03AF\u03BD\u03B1\u03B9 \u03C0\u03BF\u03BB\u03BB\u03B1\u03C0\u03BB\u03AC\u03C3\u03B9\u03BF \u03C4\u03BF\u03C5 ${r.divisor}`;case"unrecognized_keys":return`\u0386\u03B3\u03BD\u03C9\u03C3\u03C4${r.keys.length>1?"\u03B1":"\u03BF"} \u03BA\u03BB\u03B5\u03B9\u03B4${r.keys.length>1?"\u03B9\u03AC":"\u03AF"}: ${$(r.keys,", ")}`;case"invalid_key":return`\u039C\u03B7 \u03AD\u03B3\u03BA\u03C5\u03C1\u03BF \u03BA\u03BB\u03B5\u03B9\u03B4\u03AF \u03C3\u03C4\u03BF ${r.origin}`;case"invalid_union":return"\u039C\u03B7 \u03AD\u03B3\u03BA\u03C5\u03C1\u03B7 \u03B5\u03AF\u03C3\u03BF\u03B4\u03BF\u03C2";case"invalid_element":return`\u039C\u03B7 \u03AD\u03B3\u03BA\u03C5\u03C1\u03B7 \u03C4\u03B9\u03BC\u03AE \u03C3\u03C4\u03BF ${r.origin}`;default:return"\u039C\u03B7 \u03AD\u03B3\u03BA\u03C5\u03C1\u03B7 \u03B5\u03AF\u03C3\u03BF\u03B4\u03BF\u03C2"}}};function R0(){return{localeError:E_()}}var O_=()=>{let e={string:{unit:"characters",verb:"to have"},file:{unit:"bytes",verb:"to have"},array:{unit:"items",verb:"to have"},set:{unit:"items",verb:"to have"},map:{unit:"entries",verb:"to have"}};function t(o){return e[o]??null}let n={regex:"input",email:"email address",url:"URL",emoji:"emoji",uuid:"UUID",uuidv4:"UUIDv4",uuidv6:"UUIDv6",nanoid:"nanoid",guid:"GUID",cuid:"cuid",cuid2:"cuid2",ulid:"ULID",xid:"XID",ksuid:"KSUID",datetime:"ISO datetime",date:"ISO date",time:"ISO time",duration:"ISO duration",ipv4:"IPv4 address",ipv6:"IPv6 address",mac:"MAC address",cidrv4:"IPv4 range",cidrv6:"IPv6 range",base64:"base64-encoded string",base64url:"base64url-encoded string",json_string:"JSON string",e164:"E.164 number",currency_code:"currency code",credit_card:"credit card number",iban:"IBAN",jwt:"JWT",template_literal:"input"},i={nan:"NaN"};function r(o,a){return o==="number"&&typeof a=="number"&&!Number.isFinite(a)?String(a):i[o]??o}return o=>{switch(o.code){case"invalid_type":{let a=r(o.expected),s=U(o.input),u=r(s,o.input);return`Invalid input: expected ${a}, received ${u}`}case"invalid_value":return o.values.length===1?`Invalid input: expected ${O(o.values[0])}`:`Invalid option: expected one of ${$(o.values,"|")}`;case"too_big":{let a=o.exact?"exactly ":o.inclusive?"<=":"<",s=t(o.origin);return s?`Too big: expected ${o.origin??"value"} to have ${a}${o.maximum.toString()} ${s.unit??"elements"}`:`Too big: expected ${o.origin??"value"} to be ${a}${o.maximum.toString()}`}case"too_small":{let a=o.exact?"exactly ":o.inclusive?">=":">",s=t(o.origin);return s?`Too small: expected ${o.origin} to have ${a}${o.minimum.toString()} ${s.unit}`:`Too small: expected ${o.origin} to be ${a}${o.minimum.toString()}`}case"invalid_format":{let a=o;return a.format==="starts_with"?`Invalid string: must start with "${a.prefix}"`:a.format==="ends_with"?`Invalid string: must end with "${a.suffix}"`:a.format==="includes"?`Invalid string: must include "${a.includes}"`:a.format==="regex"?`Invalid string: must match pattern ${a.pattern}`:`Invalid ${n[a.format]??o.format}`}case"not_multiple_of":return`Invalid number: must be a multiple of ${o.divisor}`;case"unrecognized_keys":return`Unrecognized key${o.keys.length>1?"s":""}: ${$(o.keys,", ")}`;case"invalid_key":return`Invalid key in ${o.origin}`;case"invalid_union":return o.options&&Array.isArray(o.options)&&o.options.length>0?`Invalid discriminator value. Expected ${o.options.map(s=>`'${s}'`).join(" | ")}`:o.inclusive===!1?"Invalid input: more than one option matched":"Invalid input";case"invalid_element":return`Invalid value in ${o.origin}`;default:return"Invalid input"}}};function Ja(){return{localeError:O_()}}var U_=()=>{let e={string:{unit:"karaktrojn",verb:"havi"},file:{unit:"bajtojn",verb:"havi"},array:{unit:"elementojn",verb:"havi"},set:{unit:"elementojn",verb:"havi"},map:{unit:"elementojn",verb:"havi"}};function t(r){return e[r]??null}let n={regex:"enigo",email:"retadreso",url:"URL",emoji:"emo\u011Dio",uuid:"UUID",uuidv4:"UUIDv4",uuidv6:"UUIDv6",nanoid:"nanoid",guid:"GUID",cuid:"cuid",cuid2:"cuid2",ulid:"ULID",xid:"XID",ksuid:"KSUID",datetime:"ISO-datotempo",date:"ISO-dato",time:"ISO-tempo",duration:"ISO-da\u016Dro",ipv4:"IPv4-adreso",ipv6:"IPv6-adreso",mac:"MAC-adreso",cidrv4:"IPv4-rango",cidrv6:"IPv6-rango",base64:"64-ume kodita karaktraro",base64url:"URL-64-ume kodita karaktraro",json_string:"JSON-karaktraro",e164:"E.164-nombro",credit_card:"kreditkarta numero",currency_code:"valuta kodo",iban:"IBAN",jwt:"JWT",template_literal:"enigo"},i={nan:"NaN",number:"nombro",array:"tabelo",null:"senvalora"};return r=>{switch(r.code){case"invalid_type":{let o=i[r.expected]??r.expected,a=U(r.input),s=i[a]??a;return/^[A-Z]/.test(r.expected)?`Nevalida enigo: atendi\u011Dis instanceof ${r.expected}, ricevi\u011Dis ${s}`:`Nevalida enigo: atendi\u011Dis ${o}, ricevi\u011Dis ${s}`}case"invalid_value":return r.values.length===1?`Nevalida enigo: atendi\u011Dis ${O(r.values[0])}`:`Nevalida opcio: atendi\u011Dis unu el ${$(r.values,"|")}`;case"too_big":{let o=r.inclusive?"<=":"<",a=t(r.origin);return a?`Tro granda: atendi\u011Dis ke ${r.origin??"valoro"} havu ${o}${r.maximum.toString()} ${a.unit??"elementojn"}`:`Tro granda: atendi\u011Dis ke ${r.origin??"valoro"} havu ${o}${r.maximum.toString()}`}case"too_small":{let o=r.inclusive?">=":">",a=t(r.origin);return a?`Tro malgranda: atendi\u011Dis ke ${r.origin} havu ${o}${r.minimum.toString()} ${a.unit}`:`Tro malgranda: atendi\u011Dis ke ${r.origin} estu ${o}${r.minimum.toString()}`}case"invalid_format":{let o=r;return o.format==="starts_with"?`Nevalida karaktraro: devas komenci\u011Di per "${o.prefix}"`:o.format==="ends_with"?`Nevalida karaktraro: devas fini\u011Di per "${o.suffix}"`:o.format==="includes"?`Nevalida karaktraro: devas inkluzivi "${o.includes}"`:o.format==="regex"?`Nevalida karaktraro: devas kongrui kun la modelo ${o.pattern}`:`Nevalida ${n[o.format]??r.format}`}case"not_multiple_of":return`Nevalida nombro: devas esti oblo de ${r.divisor}`;case"unrecognized_keys":return`Nekonata${r.keys.length>1?"j":""} \u015Dlosilo${r.keys.length>1?"j":""}: ${$(r.keys,", ")}`;case"invalid_key":return`Nevalida \u015Dlosilo en ${r.origin}`;case"invalid_union":return"Nevalida enigo";case"invalid_element":return`Nevalida valoro en ${r.origin}`;default:return"Nevalida enigo"}}};function E0(){return{localeError:U_()}}var N_=()=>{let e={string:{unit:"caracteres",verb:"tener"},file:{unit:"bytes",verb:"tener"},array:{unit:"elementos",verb:"tener"},set:{unit:"elementos",verb:"tener"}};function t(r){return e[r]??null}let n={regex:"entrada",email:"direcci\xF3n de correo electr\xF3nico",url:"URL",emoji:"emoji",uuid:"UUID",uuidv4:"UUIDv4",uuidv6:"UUIDv6",nanoid:"nanoid",guid:"GUID",cuid:"cuid",cuid2:"cuid2",ulid:"ULID",xid:"XID",ksuid:"KSUID",datetime:"fecha y hora ISO",date:"fecha ISO",time:"hora ISO",duration:"duraci\xF3n ISO",ipv4:"direcci\xF3n IPv4",ipv6:"direcci\xF3n IPv6",mac:"direcci\xF3n MAC",cidrv4:"rango IPv4",cidrv6:"rango IPv6",base64:"cadena codificada en base64",base64url:"URL codificada en base64",json_string:"cadena JSON",e164:"n\xFAmero E.164",credit_card:"n\xFAmero de tarjeta de cr\xE9dito",currency_code:"c\xF3digo de moneda",iban:"IBAN",jwt:"JWT",template_literal:"entrada"},i={nan:"NaN",string:"texto",number:"n\xFAmero",boolean:"booleano",array:"arreglo",object:"objeto",set:"conjunto",file:"archivo",date:"fecha",bigint:"n\xFAmero grande",symbol:"s\xEDmbolo",undefined:"indefinido",null:"nulo",function:"funci\xF3n",map:"mapa",record:"registro",tuple:"tupla",enum:"enumeraci\xF3n",union:"uni\xF3n",literal:"literal",promise:"promesa",void:"vac\xEDo",never:"nunca",unknown:"desconocido",any:"cualquiera"};return r=>{switch(r.code){case"invalid_type":{let o=i[r.expected]??r.expected,a=U(r.input),s=i[a]??a;return/^[A-Z]/.test(r.expected)?`Entrada inv\xE1lida: se esperaba instanceof ${r.expected}, recibido ${s}`:`Entrada inv\xE1lida: se esperaba ${o}, recibido ${s}`}case"invalid_value":return r.values.length===1?`Entrada inv\xE1lida: se esperaba ${O(r.values[0])}`:`Opci\xF3n inv\xE1lida: se esperaba una de ${$(r.values,"|")}`;case"too_big":{let o=r.inclusive?"<=":"<",a=t(r.origin),s=i[r.origin]??r.origin;return a?`Demasiado grande: se esperaba que ${s??"valor"} tuviera ${o}${r.maximum.toString()} ${a.unit??"elementos"}`:`Demasiado grande: se esperaba que ${s??"valor"} fuera ${o}${r.maximum.toString()}`}case"too_small":{let o=r.inclusive?">=":">",a=t(r.origin),s=i[r.origin]??r.origin;return a?`Demasiado peque\xF1o: se esperaba que ${s} tuviera ${o}${r.minimum.toString()} ${a.unit}`:`Demasiado peque\xF1o: se esperaba que ${s} fuera ${o}${r.minimum.toString()}`}case"invalid_format":{let o=r;return o.format==="starts_with"?`Cadena inv\xE1lida: debe comenzar con "${o.prefix}"`:o.format==="ends_with"?`Cadena inv\xE1lida: debe terminar en "${o.suffix}"`:o.format==="includes"?`Cadena inv\xE1lida: debe incluir "${o.includes}"`:o.format==="regex"?`Cadena inv\xE1lida: debe coincidir con el patr\xF3n ${o.pattern}`:`Inv\xE1lido ${n[o.format]??r.format}`}case"not_multiple_of":return`N\xFAmero inv\xE1lido: debe ser m\xFAltiplo de ${r.divisor}`;case"unrecognized_keys":return`Llave${r.keys.length>1?"s":""} desconocida${r.keys.length>1?"s":""}: ${$(r.keys,", ")}`;case"invalid_key":return`Llave inv\xE1lida en ${i[r.origin]??r.origin}`;case"invalid_union":return"Entrada inv\xE1lida";case"invalid_element":return`Valor inv\xE1lido en ${i[r.origin]??r.origin}`;default:return"Entrada inv\xE1lida"}}};function O0(){return{localeError:N_()}}var z_=()=>{let e={string:{unit:"\u06A9\u0627\u0631\u0627\u06A9\u062A\u0631",verb:"\u062F\u0627\u0634\u062A\u0647 \u0628\u0627\u0634\u062F"},file:{unit:"\u0628\u0627\u06CC\u062A",verb:"\u062F\u0627\u0634\u062A\u0647 \u0628\u0627\u0634\u062F"},array:{unit:"\u0622\u06CC\u062A\u0645",verb:"\u062F\u0627\u0634\u062A\u0647 \u0628\u0627\u0634\u062F"},set:{unit:"\u0622\u06CC\u062A\u0645",verb:"\u062F\u0627\u0634\u062A\u0647 \u0628\u0627\u0634\u062F"},map:{unit:"\u0622\u06CC\u062A\u0645",verb:"\u062F\u0627\u0634\u062A\u0647 \u0628\u0627\u0634\u062F"}};function t(r){return e[r]??null}let n={regex:"\u0648\u0631\u0648\u062F\u06CC",email:"\u0622\u062F\u0631\u0633 \u0627\u06CC\u0645\u06CC\u0644",url:"URL",emoji:"\u0627\u06CC\u0645\u0648\u062C\u06CC",uuid:"UUID",uuidv4:"UUIDv4",uuidv6:"UUIDv6",nanoid:"nanoid",guid:"GUID",cuid:"cuid",cuid2:"cuid2",ulid:"ULID",xid:"XID",ksuid:"KSUID",datetime:"\u062A\u0627\u0631\u06CC\u062E \u0648 \u0632\u0645\u0627\u0646 \u0627\u06CC\u0632\u0648",date:"\u062A\u0627\u0631\u06CC\u062E \u0627\u06CC\u0632\u0648",time:"\u0632\u0645\u0627\u0646 \u0627\u06CC\u0632\u0648",duration:"\u0645\u062F\u062A \u0632\u0645\u0627\u0646 \u0627\u06CC\u0632\u0648",ipv4:"IPv4 \u0622\u062F\u0631\u0633",ipv6:"IPv6 \u0622\u062F\u0631\u0633",mac:"MAC \u0622\u062F\u0631\u0633",cidrv4:"IPv4 \u062F\u0627\u0645\u0646\u0647",cidrv6:"IPv6 \u062F\u0627\u0645\u0646\u0647",base64:"base64-encoded \u0631\u0634\u062A\u0647",base64url:"base64url-encoded \u0631\u0634\u062A\u0647",json_string:"JSON \u0631\u0634\u062A\u0647",e164:"E.164 \u0639\u062F\u062F",credit_card:"\u0634\u0645\u0627\u0631\u0647 \u06A9\u0627\u0631\u062A \u0627\u0639\u062A\u0628\u0627\u0631\u06CC",currency_code:"\u06A9\u062F \u0627\u0631\u0632",iban:"IBAN",jwt:"JWT",template_literal:"\u0648\u0631\u0648\u062F\u06CC"},i={nan:"NaN",number:"\u0639\u062F\u062F",array:"\u0622\u0631\u0627\u06CC\u0647"};return r=>{switch(r.code){case"invalid_type":{let o=i[r.expected]??r.expected,a=U(r.input),s=i[a]??a;return/^[A-Z]/.test(r.expected)?`\u0648\u0631\u0648\u062F\u06CC \u0646\u0627\u0645\u0639\u062A\u0628\u0631: \u0645\u06CC\u200C\u0628\u0627\u06CC\u0633\u062A instanceof ${r.expected} \u0645\u06CC\u200C\u0628\u0648\u062F\u060C ${s} \u062F\u0631\u06CC\u0627\u0641\u062A \u0634\u062F`:`\u0648\u0631\u0648\u062F\u06CC \u0646\u0627\u0645\u0639\u062A\u0628\u0631: \u0645\u06CC\u200C\u0628\u0627\u06CC\u0633\u062A ${o} \u0645\u06CC\u200C\u0628\u0648\u062F\u060C ${s} \u062F\u0631\u06CC\u0627\u0641\u062A \u0634\u062F`}case"invalid_value":return r.values.length===1?`\u0648\u0631\u0648\u062F\u06CC \u0646\u0627\u0645\u0639\u062A\u0628\u0631: \u0645\u06CC\u200C\u0628\u0627\u06CC\u0633\u062A ${O(r.values[0])} \u0645\u06CC\u200C\u0628\u0648\u062F`:`\u06AF\u0632\u06CC\u0646\u0647 \u0646\u0627\u0645\u0639\u062A\u0628\u0631: \u0645\u06CC\u200C\u0628\u0627\u06CC\u0633\u062A \u06CC\u06A9\u06CC \u0627\u0632 ${$(r.values,"|")} \u0645\u06CC\u200C\u0628\u0648\u062F`;case"too_big":{let o=r.inclusive?"<=":"<",a=t(r.origin);return a?`\u062E\u06CC\u0644\u06CC \u0628\u0632\u0631\u06AF: ${r.origin??"\u0645\u0642\u062F\u0627\u0631"} \u0628\u0627\u06CC\u062F ${o}${r.maximum.toString()} ${a.unit??"\u0639\u0646\u0635\u0631"} \u0628\u0627\u0634\u062F`:`\u062E\u06CC\u0644\u06CC \u0628\u0632\u0631\u06AF: ${r.origin??"\u0645\u0642\u062F\u0627\u0631"} \u0628\u0627\u06CC\u062F ${o}${r.maximum.toString()} \u0628\u0627\u0634\u062F`}case"too_small":{let o=r.inclusive?">=":">",a=t(r.origin);return a?`\u062E\u06CC\u0644\u06CC \u06A9\u0648\u0686\u06A9: ${r.origin} \u0628\u0627\u06CC\u062F ${o}${r.minimum.toString()} ${a.unit} \u0628\u0627\u0634\u062F`:`\u062E\u06CC\u0644\u06CC \u06A9\u0648\u0686\u06A9: ${r.origin} \u0628\u0627\u06CC\u062F ${o}${r.minimum.toString()} \u0628\u0627\u0634\u062F`}case"invalid_format":{let o=r;return o.format==="starts_with"?`\u0631\u0634\u062A\u0647 \u0646\u0627\u0645\u0639\u062A\u0628\u0631: \u0628\u0627\u06CC\u062F \u0628\u0627 "${o.prefix}" \u0634\u0631\u0648\u0639 \u0634\u0648\u062F`:o.format==="ends_with"?`\u0631\u0634\u062A\u0647 \u0646\u0627\u0645\u0639\u062A\u0628\u0631: \u0628\u0627\u06CC\u062F \u0628\u0627 "${o.suffix}" \u062A\u0645\u0627\u0645 \u0634\u0648\u062F`:o.format==="includes"?`\u0631\u0634\u062A\u0647 \u0646\u0627\u0645\u0639\u062A\u0628\u0631: \u0628\u0627\u06CC\u062F \u0634\u0627\u0645\u0644 "${o.includes}" \u0628\u0627\u0634\u062F`:o.format==="regex"?`\u0631\u0634\u062A\u0647 \u0646\u0627\u0645\u0639\u062A\u0628\u0631: \u0628\u0627\u06CC\u062F \u0628\u0627 \u0627\u0644\u06AF\u0648\u06CC ${o.pattern} \u0645\u0637\u0627\u0628\u0642\u062A \u062F\u0627\u0634\u062A\u0647 \u0628\u0627\u0634\u062F`:`${n[o.format]??r.format} \u0646\u0627\u0645\u0639\u062A\u0628\u0631`}case"not_multiple_of":return`\u0639\u062F\u062F \u0646\u0627\u0645\u0639\u062A\u0628\u0631: \u0628\u0627\u06CC\u062F \u0645\u0636\u0631\u0628 ${r.divisor} \u0628\u0627\u0634\u062F`;case"unrecognized_keys":return`\u06A9\u0644\u06CC\u062F${r.keys.length>1?"\u0647\u0627\u06CC":""} \u0646\u0627\u0634\u0646\u0627\u0633: ${$(r.keys,", ")}`;case"invalid_key":return`\u06A9\u0644\u06CC\u062F \u0646\u0627\u0634\u0646\u0627\u0633 \u062F\u0631 ${r.origin}`;case"invalid_union":return"\u0648\u0631\u0648\u062F\u06CC \u0646\u0627\u0645\u0639\u062A\u0628\u0631";case"invalid_element":return`\u0645\u0642\u062F\u0627\u0631 \u0646\u0627\u0645\u0639\u062A\u0628\u0631 \u062F\u0631 ${r.origin}`;default:return"\u0648\u0631\u0648\u062F\u06CC \u0646\u0627\u0645\u0639\u062A\u0628\u0631"}}};function U0(){return{localeError:z_()}}var C_=()=>{let e={string:{unit:"merkki\xE4",subject:"merkkijonon"},file:{unit:"tavua",subject:"tiedoston"},array:{unit:"alkiota",subject:"listan"},set:{unit:"alkiota",subject:"joukon"},map:{unit:"alkiota",subject:"kuvauksen"},number:{unit:"",subject:"luvun"},bigint:{unit:"",subject:"suuren kokonaisluvun"},int:{unit:"",subject:"kokonaisluvun"},date:{unit:"",subject:"p\xE4iv\xE4m\xE4\xE4r\xE4n"}};function t(r){return e[r]??null}let n={regex:"s\xE4\xE4nn\xF6llinen lauseke",email:"s\xE4hk\xF6postiosoite",url:"URL-osoite",emoji:"emoji",uuid:"UUID",uuidv4:"UUIDv4",uuidv6:"UUIDv6",nanoid:"nanoid",guid:"GUID",cuid:"cuid",cuid2:"cuid2",ulid:"ULID",xid:"XID",ksuid:"KSUID",datetime:"ISO-aikaleima",date:"ISO-p\xE4iv\xE4m\xE4\xE4r\xE4",time:"ISO-aika",duration:"ISO-kesto",ipv4:"IPv4-osoite",ipv6:"IPv6-osoite",mac:"MAC-osoite",cidrv4:"IPv4-alue",cidrv6:"IPv6-alue",base64:"base64-koodattu merkkijono",base64url:"base64url-koodattu merkkijono",json_string:"JSON-merkkijono",e164:"E.164-luku",credit_card:"luottokortin numero",currency_code:"valuuttakoodi",iban:"IBAN",jwt:"JWT",template_literal:"templaattimerkkijono"},i={nan:"NaN"};return r=>{switch(r.code){case"invalid_type":{let o=i[r.expected]??r.expected,a=U(r.input),s=i[a]??a;return/^[A-Z]/.test(r.expected)?`Virheellinen tyyppi: odotettiin instanceof ${r.expected}, oli ${s}`:`Virheellinen tyyppi: odotettiin ${o}, oli ${s}`}case"invalid_value":return r.values.length===1?`Virheellinen sy\xF6te: t\xE4ytyy olla ${O(r.values[0])}`:`Virheellinen valinta: t\xE4ytyy olla yksi seuraavista: ${$(r.values,"|")}`;case"too_big":{let o=r.inclusive?"<=":"<",a=t(r.origin);return a?`Liian suuri: ${a.subject} t\xE4ytyy olla ${o}${r.maximum.toString()} ${a.unit}`.trim():`Liian suuri: arvon t\xE4ytyy olla ${o}${r.maximum.toString()}`}case"too_small":{let o=r.inclusive?">=":">",a=t(r.origin);return a?`Liian pieni: ${a.subject} t\xE4ytyy olla ${o}${r.minimum.toString()} ${a.unit}`.trim():`Liian pieni: arvon t\xE4ytyy olla ${o}${r.minimum.toString()}`}case"invalid_format":{let o=r;return o.format==="starts_with"?`Virheellinen sy\xF6te: t\xE4ytyy alkaa "${o.prefix}"`:o.format==="ends_with"?`Virheellinen sy\xF6te: t\xE4ytyy loppua "${o.suffix}"`:o.format==="includes"?`Virheellinen sy\xF6te: t\xE4ytyy sis\xE4lt\xE4\xE4 "${o.includes}"`:o.format==="regex"?`Virheellinen sy\xF6te: t\xE4ytyy vastata s\xE4\xE4nn\xF6llist\xE4 lauseketta ${o.pattern}`:`Virheellinen ${n[o.format]??r.format}`}case"not_multiple_of":return`Virheellinen luku: t\xE4ytyy olla luvun ${r.divisor} monikerta`;case"unrecognized_keys":return`${r.keys.length>1?"Tuntemattomat avaimet":"Tuntematon avain"}: ${$(r.keys,", ")}`;case"invalid_key":return"Virheellinen avain tietueessa";case"invalid_union":return"Virheellinen unioni";case"invalid_element":return"Virheellinen arvo joukossa";default:return"Virheellinen sy\xF6te"}}};function N0(){return{localeError:C_()}}var j_=()=>{let e={string:{unit:"caract\xE8res",verb:"avoir"},file:{unit:"octets",verb:"avoir"},array:{unit:"\xE9l\xE9ments",verb:"avoir"},set:{unit:"\xE9l\xE9ments",verb:"avoir"}};function t(r){return e[r]??null}let n={regex:"expression r\xE9guli\xE8re",email:"adresse e-mail",url:"URL",emoji:"emoji",uuid:"UUID",uuidv4:"UUIDv4",uuidv6:"UUIDv6",nanoid:"nanoid",guid:"GUID",cuid:"cuid",cuid2:"cuid2",ulid:"ULID",xid:"XID",ksuid:"KSUID",datetime:"date et heure ISO",date:"date ISO",time:"heure ISO",duration:"dur\xE9e ISO",ipv4:"adresse IPv4",ipv6:"adresse IPv6",mac:"adresse MAC",cidrv4:"plage IPv4",cidrv6:"plage IPv6",base64:"cha\xEEne de caract\xE8res encod\xE9e en base64",base64url:"cha\xEEne de caract\xE8res encod\xE9e en base64url",json_string:"cha\xEEne de caract\xE8res JSON",e164:"num\xE9ro au format E.164",credit_card:"num\xE9ro de carte de cr\xE9dit",currency_code:"code de devise",iban:"IBAN",jwt:"JWT",template_literal:"entr\xE9e"},i={string:"cha\xEEne de caract\xE8res",number:"nombre",int:"entier",boolean:"bool\xE9en",bigint:"grand entier",symbol:"symbole",undefined:"ind\xE9fini",null:"null",never:"jamais",void:"vide",date:"date",array:"tableau",object:"objet",tuple:"tuple",record:"record",map:"map",set:"ensemble",file:"fichier",nonoptional:"non optionnel",nan:"NaN",function:"fonction"};return r=>{switch(r.code){case"invalid_type":{let o=i[r.expected]??r.expected,a=U(r.input),s=i[a]??a;return/^[A-Z]/.test(r.expected)?`Entr\xE9e invalide : instance de ${r.expected} attendu, ${s} re\xE7u`:`Entr\xE9e invalide : ${o} attendu, ${s} re\xE7u`}case"invalid_value":return r.values.length===1?`Entr\xE9e invalide : ${O(r.values[0])} attendu`:`Option invalide : une valeur parmi ${$(r.values,"|")} attendue`;case"too_big":{let o=r.inclusive?"<=":"<",a=t(r.origin);return a?`Trop grand : ${i[r.origin]??"valeur"} doit ${a.verb} ${o}${r.maximum.toString()} ${a.unit??"\xE9l\xE9ment(s)"}`:`Trop grand : ${i[r.origin]??"valeur"} doit \xEAtre ${o}${r.maximum.toString()}`}case"too_small":{let o=r.inclusive?">=":">",a=t(r.origin);return a?`Trop petit : ${i[r.origin]??"valeur"} doit ${a.verb} ${o}${r.minimum.toString()} ${a.unit}`:`Trop petit : ${i[r.origin]??"valeur"} doit \xEAtre ${o}${r.minimum.toString()}`}case"invalid_format":{let o=r;return o.format==="starts_with"?`Cha\xEEne de caract\xE8res invalide : doit commencer par "${o.prefix}"`:o.format==="ends_with"?`Cha\xEEne de caract\xE8res invalide : doit se terminer par "${o.suffix}"`:o.format==="includes"?`Cha\xEEne de caract\xE8res invalide : doit inclure "${o.includes}"`:o.format==="regex"?`Cha\xEEne de caract\xE8res invalide : doit correspondre au motif ${o.pattern}`:`${n[o.format]??r.format} invalide`}case"not_multiple_of":return`Nombre invalide : doit \xEAtre un multiple de ${r.divisor}`;case"unrecognized_keys":return`Cl\xE9${r.keys.length>1?"s":""} non reconnue${r.keys.length>1?"s":""} : ${$(r.keys,", ")}`;case"invalid_key":return`Cl\xE9 invalide dans ${r.origin}`;case"invalid_union":return"Entr\xE9e invalide";case"invalid_element":return`Valeur invalide dans ${r.origin}`;default:return"Entr\xE9e invalide"}}};function z0(){return{localeError:j_()}}var F_=()=>{let e={string:{unit:"caract\xE8res",verb:"avoir"},file:{unit:"octets",verb:"avoir"},array:{unit:"\xE9l\xE9ments",verb:"avoir"},set:{unit:"\xE9l\xE9ments",verb:"avoir"},map:{unit:"\xE9l\xE9ments",verb:"avoir"}};function t(r){return e[r]??null}let n={regex:"entr\xE9e",email:"adresse courriel",url:"URL",emoji:"emoji",uuid:"UUID",uuidv4:"UUIDv4",uuidv6:"UUIDv6",nanoid:"nanoid",guid:"GUID",cuid:"cuid",cuid2:"cuid2",ulid:"ULID",xid:"XID",ksuid:"KSUID",datetime:"date-heure ISO",date:"date ISO",time:"heure ISO",duration:"dur\xE9e ISO",ipv4:"adresse IPv4",ipv6:"adresse IPv6",mac:"adresse MAC",cidrv4:"plage IPv4",cidrv6:"plage IPv6",base64:"cha\xEEne encod\xE9e en base64",base64url:"cha\xEEne encod\xE9e en base64url",json_string:"cha\xEEne JSON",e164:"num\xE9ro E.164",credit_card:"num\xE9ro de carte de cr\xE9dit",currency_code:"code de devise",iban:"IBAN",jwt:"JWT",template_literal:"entr\xE9e"},i={nan:"NaN"};return r=>{switch(r.code){case"invalid_type":{let o=i[r.expected]??r.expected,a=U(r.input),s=i[a]??a;return/^[A-Z]/.test(r.expected)?`Entr\xE9e invalide : attendu instanceof ${r.expected}, re\xE7u ${s}`:`Entr\xE9e invalide : attendu ${o}, re\xE7u ${s}`}case"invalid_value":return r.values.length===1?`Entr\xE9e invalide : attendu ${O(r.values[0])}`:`Option invalide : attendu l'une des valeurs suivantes ${$(r.values,"|")}`;case"too_big":{let o=r.inclusive?"\u2264":"<",a=t(r.origin);return a?`Trop grand : attendu que ${r.origin??"la valeur"} ait ${o}${r.maximum.toString()} ${a.unit}`:`Trop grand : attendu que ${r.origin??"la valeur"} soit ${o}${r.maximum.toString()}`}case"too_small":{let o=r.inclusive?"\u2265":">",a=t(r.origin);return a?`Trop petit : attendu que ${r.origin} ait ${o}${r.minimum.toString()} ${a.unit}`:`Trop petit : attendu que ${r.origin} soit ${o}${r.minimum.toString()}`}case"invalid_format":{let o=r;return o.format==="starts_with"?`Cha\xEEne invalide : doit commencer par "${o.prefix}"`:o.format==="ends_with"?`Cha\xEEne invalide : doit se terminer par "${o.suffix}"`:o.format==="includes"?`Cha\xEEne invalide : doit inclure "${o.includes}"`:o.format==="regex"?`Cha\xEEne invalide : doit correspondre au motif ${o.pattern}`:`${n[o.format]??r.format} invalide`}case"not_multiple_of":return`Nombre invalide : doit \xEAtre un multiple de ${r.divisor}`;case"unrecognized_keys":return`Cl\xE9${r.keys.length>1?"s":""} non reconnue${r.keys.length>1?"s":""} : ${$(r.keys,", ")}`;case"invalid_key":return`Cl\xE9 invalide dans ${r.origin}`;case"invalid_union":return"Entr\xE9e invalide";case"invalid_element":return`Valeur invalide dans ${r.origin}`;default:return"Entr\xE9e invalide"}}};function C0(){return{localeError:F_()}}var L_=()=>{let e={string:{unit:"\u0A85\u0A95\u0ACD\u0AB7\u0AB0",verb:"\u0AB9\u0ACB\u0AB5\u0ABE \u0A9C\u0ACB\u0A88\u0A8F"},file:{unit:"\u0AAC\u0ABE\u0AAF\u0A9F",verb:"\u0AB9\u0ACB\u0AB5\u0ABE \u0A9C\u0ACB\u0A88\u0A8F"},array:{unit:"\u0A86\u0A87\u0A9F\u0AAE",verb:"\u0AB9\u0ACB\u0AB5\u0ABE \u0A9C\u0ACB\u0A88\u0A8F"},set:{unit:"\u0A86\u0A87\u0A9F\u0AAE",verb:"\u0AB9\u0ACB\u0AB5\u0ABE \u0A9C\u0ACB\u0A88\u0A8F"},map:{unit:"\u0A8F\u0AA8\u0ACD\u0A9F\u0ACD\u0AB0\u0AC0",verb:"\u0AB9\u0ACB\u0AB5\u0ABE \u0A9C\u0ACB\u0A88\u0A8F"}};function t(r){return e[r]??null}let n={regex:"\u0A87\u0AA8\u0AAA\u0AC1\u0A9F",email:"\u0A88\u0AAE\u0AC7\u0A87\u0AB2 \u0A8F\u0AA1\u0ACD\u0AB0\u0AC7\u0AB8",url:"URL",emoji:"\u0A87\u0AAE\u0ACB\u0A9C\u0AC0",uuid:"UUID",uuidv4:"UUIDv4",uuidv6:"UUIDv6",nanoid:"nanoid",guid:"GUID",cuid:"cuid",cuid2:"cuid2",ulid:"ULID",xid:"XID",ksuid:"KSUID",datetime:"ISO \u0AA4\u0ABE\u0AB0\u0AC0\u0A96 \u0A85\u0AA8\u0AC7 \u0AB8\u0AAE\u0AAF",date:"ISO \u0AA4\u0ABE\u0AB0\u0AC0\u0A96",time:"ISO \u0AB8\u0AAE\u0AAF",duration:"ISO \u0A85\u0AB5\u0AA7\u0ABF",ipv4:"IPv4 \u0A8F\u0AA1\u0ACD\u0AB0\u0AC7\u0AB8",ipv6:"IPv6 \u0A8F\u0AA1\u0ACD\u0AB0\u0AC7\u0AB8",mac:"MAC \u0A8F\u0AA1\u0ACD\u0AB0\u0AC7\u0AB8",cidrv4:"IPv4 \u0AB6\u0ACD\u0AB0\u0AC7\u0AA3\u0AC0",cidrv6:"IPv6 \u0AB6\u0ACD\u0AB0\u0AC7\u0AA3\u0AC0",base64:"base64-\u0A8F\u0AA8\u0ACD\u0A95\u0ACB\u0AA1\u0AC7\u0AA1 \u0AB8\u0ACD\u0A9F\u0ACD\u0AB0\u0ABF\u0A82\u0A97",base64url:"base64url-\u0A8F\u0AA8\u0ACD\u0A95\u0ACB\u0AA1\u0AC7\u0AA1 \u0AB8\u0ACD\u0A9F\u0ACD\u0AB0\u0ABF\u0A82\u0A97",json_string:"JSON \u0AB8\u0ACD\u0A9F\u0ACD\u0AB0\u0ABF\u0A82\u0A97",e164:"E.164 \u0AA8\u0A82\u0AAC\u0AB0",credit_card:"\u0A95\u0ACD\u0AB0\u0AC7\u0AA1\u0ABF\u0A9F \u0A95\u0ABE\u0AB0\u0ACD\u0AA1 \u0AA8\u0A82\u0AAC\u0AB0",currency_code:"\u0A9A\u0AB2\u0AA3 \u0A95\u0ACB\u0AA1",iban:"IBAN",jwt:"JWT",template_literal:"\u0A87\u0AA8\u0AAA\u0AC1\u0A9F"},i={nan:"NaN"};return r=>{switch(r.code){case"invalid_type":{let o=i[r.expected]??r.expected,a=U(r.input),s=i[a]??a;return`\u0A85\u0AAE\u0ABE\u0AA8\u0ACD\u0AAF \u0A87\u0AA8\u0AAA\u0AC1\u0A9F: \u0A85\u0AAA\u0AC7\u0A95\u0ACD\u0AB7\u0ABF\u0AA4 ${o}, \u0AAA\u0ACD\u0AB0\u0ABE\u0AAA\u0ACD\u0AA4 ${s}`}case"invalid_value":return r.values.length===1?`\u0A85\u0AAE\u0ABE\u0AA8\u0ACD\u0AAF \u0A87\u0AA8\u0AAA\u0AC1\u0A9F: \u0A85\u0AAA\u0AC7\u0A95\u0ACD\u0AB7\u0ABF\u0AA4 ${O(r.values[0])}`:`\u0A85\u0AAE\u0ABE\u0AA8\u0ACD\u0AAF \u0AB5\u0ABF\u0A95\u0AB2\u0ACD\u0AAA: ${$(r.values," | ")} \u0AAE\u0ABE\u0AA7\u0ACD\u0AAF\u0AAE\u0AA5\u0AC0 \u0A8F\u0A95 \u0A85\u0AAA\u0AC7\u0A95\u0ACD\u0AB7\u0ABF\u0AA4`;case"too_big":{let o=r.inclusive?"<=":"<",a=t(r.origin);return a?`\u0A96\u0AC2\u0AAC \u0AAE\u0ACB\u0A9F\u0AC1\u0A82: ${r.origin??"\u0AAE\u0AC2\u0AB2\u0ACD\u0AAF"} ${o}${r.maximum.toString()} ${a.unit??"\u0A8F\u0AB2\u0ABF\u0AAE\u0AC7\u0AA8\u0ACD\u0A9F"} \u0AB9\u0ACB\u0AB5\u0ABE \u0A9C\u0ACB\u0A88\u0A8F`:`\u0A96\u0AC2\u0AAC \u0AAE\u0ACB\u0A9F\u0AC1\u0A82: ${r.origin??"\u0AAE\u0AC2\u0AB2\u0ACD\u0AAF"} ${o}${r.maximum.toString()} \u0AB9\u0ACB\u0AB5\u0AC1\u0A82 \u0A9C\u0ACB\u0A88\u0A8F`}case"too_small":{let o=r.inclusive?">=":">",a=t(r.origin);return a?`\u0A96\u0AC2\u0AAC \u0AA8\u0ABE\u0AA8\u0AC1\u0A82: ${r.origin} ${o}${r.minimum.toString()} ${a.unit} \u0AB9\u0ACB\u0AB5\u0ABE \u0A9C\u0ACB\u0A88\u0A8F`:`\u0A96\u0AC2\u0AAC \u0AA8\u0ABE\u0AA8\u0AC1\u0A82: ${r.origin} ${o}${r.minimum.toString()} \u0AB9\u0ACB\u0AB5\u0AC1\u0A82 \u0A9C\u0ACB\u0A88\u0A8F`}case"invalid_format":{let o=r;return o.format==="starts_with"?`\u0A85\u0AAE\u0ABE\u0AA8\u0ACD\u0AAF \u0AB8\u0ACD\u0A9F\u0ACD\u0AB0\u0ABF\u0A82\u0A97: "${o.prefix}" \u0AA5\u0AC0 \u0AB6\u0AB0\u0AC2 \u0AA5\u0AB5\u0AC1\u0A82 \u0A9C\u0ACB\u0A88\u0A8F`:o.format==="ends_with"?`\u0A85\u0AAE\u0ABE\u0AA8\u0ACD\u0AAF \u0AB8\u0ACD\u0A9F\u0ACD\u0AB0\u0ABF\u0A82\u0A97: "${o.suffix}" \u0AAA\u0AB0 \u0AB8\u0AAE\u0ABE\u0AAA\u0ACD\u0AA4 \u0AA5\u0AB5\u0AC1\u0A82 \u0A9C\u0ACB\u0A88\u0A8F`:o.format==="includes"?`\u0A85\u0AAE\u0ABE\u0AA8\u0ACD\u0AAF \u0AB8\u0ACD\u0A9F\u0ACD\u0AB0\u0ABF\u0A82\u0A97: "${o.includes}" \u0AB6\u0ABE\u0AAE\u0AC7\u0AB2 \u0AB9\u0ACB\u0AB5\u0AC1\u0A82 \u0A9C\u0ACB\u0A88\u0A8F`:o.format==="regex"?`\u0A85\u0AAE\u0ABE\u0AA8\u0ACD\u0AAF \u0AB8\u0ACD\u0A9F\u0ACD\u0AB0\u0ABF\u0A82\u0A97: \u0AAA\u0AC7\u0A9F\u0AB0\u0ACD\u0AA8 ${o.pattern} \u0AB8\u0ABE\u0AA5\u0AC7 \u0AAE\u0AC7\u0AB3 \u0A96\u0ABE\u0AB5\u0AC1\u0A82 \u0A9C\u0ACB\u0A88\u0A8F`:`\u0A85\u0AAE\u0ABE\u0AA8\u0ACD\u0AAF ${n[o.format]??r.format}`}case"not_multiple_of":return`\u0A85\u0AAE\u0ABE\u0AA8\u0ACD\u0AAF \u0AA8\u0A82\u0AAC\u0AB0: ${r.divisor} \u0AA8\u0ACB \u0A97\u0AC1\u0AA3\u0ABE\u0A82\u0A95 \u0AB9\u0ACB\u0AB5\u0ACB \u0A9C\u0ACB\u0A88\u0A8F`;case"unrecognized_keys":return`\u0A93\u0AB3\u0A96\u0AC0 \u0AB6\u0A95\u0ABE\u0AA4\u0ABE \u0AA8\u0AB9\u0AC0\u0A82 \u0AA4\u0AC7 \u0A95\u0AC0${r.keys.length>1?"\u0A93":""}: ${$(r.keys,", ")}`;case"invalid_key":return`${r.origin} \u0AAE\u0ABE\u0A82 \u0A85\u0AAE\u0ABE\u0AA8\u0ACD\u0AAF \u0A95\u0AC0`;case"invalid_union":return r.options&&Array.isArray(r.options)&&r.options.length>0?`\u0A85\u0AAE\u0ABE\u0AA8\u0ACD\u0AAF \u0AA1\u0ABF\u0AB8\u0ACD\u0A95\u0ACD\u0AB0\u0ABF\u0AAE\u0ABF\u0AA8\u0AC7\u0A9F\u0AB0 \u0AAE\u0AC2\u0AB2\u0ACD\u0AAF. \u0A85\u0AAA\u0AC7\u0A95\u0ACD\u0AB7\u0ABF\u0AA4 ${r.options.map(a=>`'${a}'`).join(" | ")}`:"\u0A85\u0AAE\u0ABE\u0AA8\u0ACD\u0AAF \u0A87\u0AA8\u0AAA\u0AC1\u0A9F";case"invalid_element":return`${r.origin} \u0AAE\u0ABE\u0A82 \u0A85\u0AAE\u0ABE\u0AA8\u0ACD\u0AAF \u0AAE\u0AC2\u0AB2\u0ACD\u0AAF`;default:return"\u0A85\u0AAE\u0ABE\u0AA8\u0ACD\u0AAF \u0A87\u0AA8\u0AAA\u0AC1\u0A9F"}}};function j0(){return{localeError:L_()}}var M_=()=>{let e={string:{label:"\u05DE\u05D7\u05E8\u05D5\u05D6\u05EA",gender:"f"},number:{label:"\u05DE\u05E1\u05E4\u05E8",gender:"m"},boolean:{label:"\u05E2\u05E8\u05DA \u05D1\u05D5\u05DC\u05D9\u05D0\u05E0\u05D9",gender:"m"},bigint:{label:"BigInt",gender:"m"},date:{label:"\u05EA\u05D0\u05E8\u05D9\u05DA",gender:"m"},array:{label:"\u05DE\u05E2\u05E8\u05DA",gender:"m"},object:{label:"\u05D0\u05D5\u05D1\u05D9\u05D9\u05E7\u05D8",gender:"m"},null:{label:"\u05E2\u05E8\u05DA \u05E8\u05D9\u05E7 (null)",gender:"m"},undefined:{label:"\u05E2\u05E8\u05DA \u05DC\u05D0 \u05DE\u05D5\u05D2\u05D3\u05E8 (undefined)",gender:"m"},symbol:{label:"\u05E1\u05D9\u05DE\u05D1\u05D5\u05DC (Symbol)",gender:"m"},function:{label:"\u05E4\u05D5\u05E0\u05E7\u05E6\u05D9\u05D4",gender:"f"},map:{label:"\u05DE\u05E4\u05D4 (Map)",gender:"f"},set:{label:"\u05E7\u05D1\u05D5\u05E6\u05D4 (Set)",gender:"f"},file:{label:"\u05E7\u05D5\u05D1\u05E5",gender:"m"},promise:{label:"Promise",gender:"m"},NaN:{label:"NaN",gender:"m"},unknown:{label:"\u05E2\u05E8\u05DA \u05DC\u05D0 \u05D9\u05D3\u05D5\u05E2",gender:"m"},value:{label:"\u05E2\u05E8\u05DA",gender:"m"}},t={string:{unit:"\u05EA\u05D5\u05D5\u05D9\u05DD",shortLabel:"\u05E7\u05E6\u05E8",longLabel:"\u05D0\u05E8\u05D5\u05DA"},file:{unit:"\u05D1\u05D9\u05D9\u05D8\u05D9\u05DD",shortLabel:"\u05E7\u05D8\u05DF",longLabel:"\u05D2\u05D3\u05D5\u05DC"},array:{unit:"\u05E4\u05E8\u05D9\u05D8\u05D9\u05DD",shortLabel:"\u05E7\u05D8\u05DF",longLabel:"\u05D2\u05D3\u05D5\u05DC"},set:{unit:"\u05E4\u05E8\u05D9\u05D8\u05D9\u05DD",shortLabel:"\u05E7\u05D8\u05DF",longLabel:"\u05D2\u05D3\u05D5\u05DC"},number:{unit:"",shortLabel:"\u05E7\u05D8\u05DF",longLabel:"\u05D2\u05D3\u05D5\u05DC"}},n=c=>c?e[c]:void 0,i=c=>{let l=n(c);return l?l.label:c??e.unknown.label},r=c=>`\u05D4${i(c)}`,o=c=>(n(c)?.gender??"m")==="f"?"\u05E6\u05E8\u05D9\u05DB\u05D4 \u05DC\u05D4\u05D9\u05D5\u05EA":"\u05E6\u05E8\u05D9\u05DA \u05DC\u05D4\u05D9\u05D5\u05EA",a=c=>c?t[c]??null:null,s={regex:{label:"\u05E7\u05DC\u05D8",gender:"m"},email:{label:"\u05DB\u05EA\u05D5\u05D1\u05EA \u05D0\u05D9\u05DE\u05D9\u05D9\u05DC",gender:"f"},url:{label:"\u05DB\u05EA\u05D5\u05D1\u05EA \u05E8\u05E9\u05EA",gender:"f"},emoji:{label:"\u05D0\u05D9\u05DE\u05D5\u05D2'\u05D9",gender:"m"},uuid:{label:"UUID",gender:"m"},uuidv4:{label:"UUIDv4",gender:"m"},uuidv6:{label:"UUIDv6",gender:"m"},nanoid:{label:"nanoid",gender:"m"},guid:{label:"GUID",gender:"m"},cuid:{label:"cuid",gender:"m"},cuid2:{label:"cuid2",gender:"m"},ulid:{label:"ULID",gender:"m"},xid:{label:"XID",gender:"m"},ksuid:{label:"KSUID",gender:"m"},datetime:{label:"\u05EA\u05D0\u05E8\u05D9\u05DA \u05D5\u05D6\u05DE\u05DF ISO",gender:"m"},date:{label:"\u05EA\u05D0\u05E8\u05D9\u05DA ISO",gender:"m"},time:{label:"\u05D6\u05DE\u05DF ISO",gender:"m"},duration:{label:"\u05DE\u05E9\u05DA \u05D6\u05DE\u05DF ISO",gender:"m"},ipv4:{label:"\u05DB\u05EA\u05D5\u05D1\u05EA IPv4",gender:"f"},ipv6:{label:"\u05DB\u05EA\u05D5\u05D1\u05EA IPv6",gender:"f"},mac:{label:"\u05DB\u05EA\u05D5\u05D1\u05EA MAC",gender:"f"},cidrv4:{label:"\u05D8\u05D5\u05D5\u05D7 IPv4",gender:"m"},cidrv6:{label:"\u05D8\u05D5\u05D5\u05D7 IPv6",gender:"m"},base64:{label:"\u05DE\u05D7\u05E8\u05D5\u05D6\u05EA \u05D1\u05D1\u05E1\u05D9\u05E1 64",gender:"f"},base64url:{label:"\u05DE\u05D7\u05E8\u05D5\u05D6\u05EA \u05D1\u05D1\u05E1\u05D9\u05E1 64 \u05DC\u05DB\u05EA\u05D5\u05D1\u05D5\u05EA \u05E8\u05E9\u05EA",gender:"f"},json_string:{label:"\u05DE\u05D7\u05E8\u05D5\u05D6\u05EA JSON",gender:"f"},e164:{label:"\u05DE\u05E1\u05E4\u05E8 E.164",gender:"m"},credit_card:{label:"\u05DE\u05E1\u05E4\u05E8 \u05DB\u05E8\u05D8\u05D9\u05E1 \u05D0\u05E9\u05E8\u05D0\u05D9",gender:"m"},currency_code:{label:"\u05E7\u05D5\u05D3 \u05DE\u05D8\u05D1\u05E2",gender:"m"},iban:{label:"IBAN",gender:"m"},jwt:{label:"JWT",gender:"m"},template_literal:{label:"\u05E7\u05DC\u05D8",gender:"m"},ends_with:{label:"\u05E7\u05DC\u05D8",gender:"m"},includes:{label:"\u05E7\u05DC\u05D8",gender:"m"},lowercase:{label:"\u05E7\u05DC\u05D8",gender:"m"},starts_with:{label:"\u05E7\u05DC\u05D8",gender:"m"},uppercase:{label:"\u05E7\u05DC\u05D8",gender:"m"}},u={nan:"NaN"};return c=>{switch(c.code){case"invalid_type":{let l=c.expected,f=u[l??""]??i(l),p=U(c.input),g=u[p]??e[p]?.label??p;return/^[A-Z]/.test(c.expected)?`\u05E7\u05DC\u05D8 \u05DC\u05D0 \u05EA\u05E7\u05D9\u05DF: \u05E6\u05E8\u05D9\u05DA \u05DC\u05D4\u05D9\u05D5\u05EA instanceof ${c.expected}, \u05D4\u05EA\u05E7\u05D1\u05DC ${g}`:`\u05E7\u05DC\u05D8 \u05DC\u05D0 \u05EA\u05E7\u05D9\u05DF: \u05E6\u05E8\u05D9\u05DA \u05DC\u05D4\u05D9\u05D5\u05EA ${f}, \u05D4\u05EA\u05E7\u05D1\u05DC ${g}`}case"invalid_value":{if(c.values.length===1)return`\u05E2\u05E8\u05DA \u05DC\u05D0 \u05EA\u05E7\u05D9\u05DF: \u05D4\u05E2\u05E8\u05DA \u05D7\u05D9\u05D9\u05D1 \u05DC\u05D4\u05D9\u05D5\u05EA ${O(c.values[0])}`;let l=c.values.map(g=>O(g));if(c.values.length===2)return`\u05E2\u05E8\u05DA \u05DC\u05D0 \u05EA\u05E7\u05D9\u05DF: \u05D4\u05D0\u05E4\u05E9\u05E8\u05D5\u05D9\u05D5\u05EA \u05D4\u05DE\u05EA\u05D0\u05D9\u05DE\u05D5\u05EA \u05D4\u05DF ${l[0]} \u05D0\u05D5 ${l[1]}`;let f=l[l.length-1];return`\u05E2\u05E8\u05DA \u05DC\u05D0 \u05EA\u05E7\u05D9\u05DF: \u05D4\u05D0\u05E4\u05E9\u05E8\u05D5\u05D9\u05D5\u05EA \u05D4\u05DE\u05EA\u05D0\u05D9\u05DE\u05D5\u05EA \u05D4\u05DF ${l.slice(0,-1).join(", ")} \u05D0\u05D5 ${f}`}case"too_big":{let l=a(c.origin),f=r(c.origin??"value");if(c.origin==="string")return`${l?.longLabel??"\u05D0\u05E8\u05D5\u05DA"} \u05DE\u05D3\u05D9: ${f} \u05E6\u05E8\u05D9\u05DB\u05D4 \u05DC\u05D4\u05DB\u05D9\u05DC ${c.maximum.toString()} ${l?.unit??""} ${c.inclusive?"\u05D0\u05D5 \u05E4\u05D7\u05D5\u05EA":"\u05DC\u05DB\u05DC \u05D4\u05D9\u05D5\u05EA\u05E8"}`.trim();if(c.origin==="number"){let v=c.inclusive?`\u05E7\u05D8\u05DF \u05D0\u05D5 \u05E9\u05D5\u05D5\u05D4 \u05DC-${c.maximum}`:`\u05E7\u05D8\u05DF \u05DE-${c.maximum}`;return`\u05D2\u05D3\u05D5\u05DC \u05DE\u05D3\u05D9: ${f} \u05E6\u05E8\u05D9\u05DA \u05DC\u05D4\u05D9\u05D5\u05EA ${v}`}if(c.origin==="array"||c.origin==="set"){let v=c.origin==="set"?"\u05E6\u05E8\u05D9\u05DB\u05D4":"\u05E6\u05E8\u05D9\u05DA",h=c.inclusive?`${c.maximum} ${l?.unit??""} \u05D0\u05D5 \u05E4\u05D7\u05D5\u05EA`:`\u05E4\u05D7\u05D5\u05EA \u05DE-${c.maximum} ${l?.unit??""}`;return`\u05D2\u05D3\u05D5\u05DC \u05DE\u05D3\u05D9: ${f} ${v} \u05DC\u05D4\u05DB\u05D9\u05DC ${h}`.trim()}let p=c.inclusive?"<=":"<",g=o(c.origin??"value");return l?.unit?`${l.longLabel} \u05DE\u05D3\u05D9: ${f} ${g} ${p}${c.maximum.toString()} ${l.unit}`:`${l?.longLabel??"\u05D2\u05D3\u05D5\u05DC"} \u05DE\u05D3\u05D9: ${f} ${g} ${p}${c.maximum.toString()}`}case"too_small":{let l=a(c.origin),f=r(c.origin??"value");if(c.origin==="string")return`${l?.shortLabel??"\u05E7\u05E6\u05E8"} \u05DE\u05D3\u05D9: ${f} \u05E6\u05E8\u05D9\u05DB\u05D4 \u05DC\u05D4\u05DB\u05D9\u05DC ${c.minimum.toString()} ${l?.unit??""} ${c.inclusive?"\u05D0\u05D5 \u05D9\u05D5\u05EA\u05E8":"\u05DC\u05E4\u05D7\u05D5\u05EA"}`.trim();if(c.origin==="number"){let v=c.inclusive?`\u05D2\u05D3\u05D5\u05DC \u05D0\u05D5 \u05E9\u05D5\u05D5\u05D4 \u05DC-${c.minimum}`:`\u05D2\u05D3\u05D5\u05DC \u05DE-${c.minimum}`;return`\u05E7\u05D8\u05DF \u05DE\u05D3\u05D9: ${f} \u05E6\u05E8\u05D9\u05DA \u05DC\u05D4\u05D9\u05D5\u05EA ${v}`}if(c.origin==="array"||c.origin==="set"){let v=c.origin==="set"?"\u05E6\u05E8\u05D9\u05DB\u05D4":"\u05E6\u05E8\u05D9\u05DA";if(c.minimum===1&&c.inclusive){let _=(c.origin==="set","\u05DC\u05E4\u05D7\u05D5\u05EA \u05E4\u05E8\u05D9\u05D8 \u05D0\u05D7\u05D3");return`\u05E7\u05D8\u05DF \u05DE\u05D3\u05D9: ${f} ${v} \u05DC\u05D4\u05DB\u05D9\u05DC ${_}`}let h=c.inclusive?`${c.minimum} ${l?.unit??""} \u05D0\u05D5 \u05D9\u05D5\u05EA\u05E8`:`\u05D9\u05D5\u05EA\u05E8 \u05DE-${c.minimum} ${l?.unit??""}`;return`\u05E7\u05D8\u05DF \u05DE\u05D3\u05D9: ${f} ${v} \u05DC\u05D4\u05DB\u05D9\u05DC ${h}`.trim()}let p=c.inclusive?">=":">",g=o(c.origin??"value");return l?.unit?`${l.shortLabel} \u05DE\u05D3\u05D9: ${f} ${g} ${p}${c.minimum.toString()} ${l.unit}`:`${l?.shortLabel??"\u05E7\u05D8\u05DF"} \u05DE\u05D3\u05D9: ${f} ${g} ${p}${c.minimum.toString()}`}case"invalid_format":{let l=c;if(l.format==="starts_with")return`\u05D4\u05DE\u05D7\u05E8\u05D5\u05D6\u05EA \u05D7\u05D9\u05D9\u05D1\u05EA \u05DC\u05D4\u05EA\u05D7\u05D9\u05DC \u05D1 "${l.prefix}"`;if(l.format==="ends_with")return`\u05D4\u05DE\u05D7\u05E8\u05D5\u05D6\u05EA \u05D7\u05D9\u05D9\u05D1\u05EA \u05DC\u05D4\u05E1\u05EA\u05D9\u05D9\u05DD \u05D1 "${l.suffix}"`;if(l.format==="includes")return`\u05D4\u05DE\u05D7\u05E8\u05D5\u05D6\u05EA \u05D7\u05D9\u05D9\u05D1\u05EA \u05DC\u05DB\u05DC\u05D5\u05DC "${l.includes}"`;if(l.format==="regex")return`\u05D4\u05DE\u05D7\u05E8\u05D5\u05D6\u05EA \u05D7\u05D9\u05D9\u05D1\u05EA \u05DC\u05D4\u05EA\u05D0\u05D9\u05DD \u05DC\u05EA\u05D1\u05E0\u05D9\u05EA ${l.pattern}`;let f=s[l.format],p=f?.label??l.format,v=(f?.gender??"m")==="f"?"\u05EA\u05E7\u05D9\u05E0\u05D4":"\u05EA\u05E7\u05D9\u05DF";return`${p} \u05DC\u05D0 ${v}`}case"not_multiple_of":return`\u05DE\u05E1\u05E4\u05E8 \u05DC\u05D0 \u05EA\u05E7\u05D9\u05DF: \u05D7\u05D9\u05D9\u05D1 \u05DC\u05D4\u05D9\u05D5\u05EA \u05DE\u05DB\u05E4\u05DC\u05D4 \u05E9\u05DC ${c.divisor}`;case"unrecognized_keys":return`\u05DE\u05E4\u05EA\u05D7${c.keys.length>1?"\u05D5\u05EA":""} \u05DC\u05D0 \u05DE\u05D6\u05D5\u05D4${c.keys.length>1?"\u05D9\u05DD":"\u05D4"}: ${$(c.keys,", ")}`;case"invalid_key":return"\u05E9\u05D3\u05D4 \u05DC\u05D0 \u05EA\u05E7\u05D9\u05DF \u05D1\u05D0\u05D5\u05D1\u05D9\u05D9\u05E7\u05D8";case"invalid_union":return"\u05E7\u05DC\u05D8 \u05DC\u05D0 \u05EA\u05E7\u05D9\u05DF";case"invalid_element":return`\u05E2\u05E8\u05DA \u05DC\u05D0 \u05EA\u05E7\u05D9\u05DF \u05D1${r(c.origin??"array")}`;default:return"\u05E7\u05DC\u05D8 \u05DC\u05D0 \u05EA\u05E7\u05D9\u05DF"}}};function F0(){return{localeError:M_()}}var B_=()=>{let e={string:{unit:"\u0905\u0915\u094D\u0937\u0930",verb:"\u0930\u0916\u0928\u0947 \u0915\u0947 \u0932\u093F\u090F"},file:{unit:"\u092C\u093E\u0907\u091F\u094D\u0938",verb:"\u0930\u0916\u0928\u0947 \u0915\u0947 \u0932\u093F\u090F"},array:{unit:"\u0924\u0924\u094D\u0935",verb:"\u0930\u0916\u0928\u0947 \u0915\u0947 \u0932\u093F\u090F"},set:{unit:"\u0924\u0924\u094D\u0935",verb:"\u0930\u0916\u0928\u0947 \u0915\u0947 \u0932\u093F\u090F"},map:{unit:"\u092A\u094D\u0930\u0935\u093F\u0937\u094D\u091F\u093F\u092F\u093E\u0901",verb:"\u0930\u0916\u0928\u0947 \u0915\u0947 \u0932\u093F\u090F"}};function t(r){return e[r]??null}let n={regex:"\u0907\u0928\u092A\u0941\u091F",email:"\u0908\u092E\u0947\u0932 \u092A\u0924\u093E",url:"URL",emoji:"\u0907\u092E\u094B\u091C\u0940",uuid:"UUID",uuidv4:"UUIDv4",uuidv6:"UUIDv6",nanoid:"nanoid",guid:"GUID",cuid:"cuid",cuid2:"cuid2",ulid:"ULID",xid:"XID",ksuid:"KSUID",datetime:"ISO \u0924\u093F\u0925\u093F \u0914\u0930 \u0938\u092E\u092F",date:"ISO \u0924\u093F\u0925\u093F",time:"ISO \u0938\u092E\u092F",duration:"ISO \u0905\u0935\u0927\u093F",ipv4:"IPv4 \u092A\u0924\u093E",ipv6:"IPv6 \u092A\u0924\u093E",mac:"MAC \u092A\u0924\u093E",cidrv4:"IPv4 \u0936\u094D\u0930\u0947\u0923\u0940",cidrv6:"IPv6 \u0936\u094D\u0930\u0947\u0923\u0940",base64:"Base64-\u090F\u0928\u094D\u0915\u094B\u0921\u0947\u0921 \u0938\u094D\u091F\u094D\u0930\u093F\u0902\u0917",base64url:"Base64URL-\u090F\u0928\u094D\u0915\u094B\u0921\u0947\u0921 \u0938\u094D\u091F\u094D\u0930\u093F\u0902\u0917",json_string:"JSON \u0938\u094D\u091F\u094D\u0930\u093F\u0902\u0917",e164:"E.164 \u0938\u0902\u0916\u094D\u092F\u093E",credit_card:"\u0915\u094D\u0930\u0947\u0921\u093F\u091F \u0915\u093E\u0930\u094D\u0921 \u0938\u0902\u0916\u094D\u092F\u093E",currency_code:"\u092E\u0941\u0926\u094D\u0930\u093E \u0915\u094B\u0921",iban:"IBAN",jwt:"JWT",template_literal:"\u0907\u0928\u092A\u0941\u091F"},i={nan:"NaN"};return r=>{switch(r.code){case"invalid_type":{let o=i[r.expected]??r.expected,a=U(r.input),s=i[a]??a;return`\u0905\u092E\u093E\u0928\u094D\u092F \u0907\u0928\u092A\u0941\u091F: \u0905\u092A\u0947\u0915\u094D\u0937\u093F\u0924 ${o}, \u092A\u094D\u0930\u093E\u092A\u094D\u0924 ${s}`}case"invalid_value":return r.values.length===1?`\u0905\u092E\u093E\u0928\u094D\u092F \u0907\u0928\u092A\u0941\u091F: \u0905\u092A\u0947\u0915\u094D\u0937\u093F\u0924 ${O(r.values[0])}`:`\u0905\u092E\u093E\u0928\u094D\u092F \u0935\u093F\u0915\u0932\u094D\u092A: \u0905\u092A\u0947\u0915\u094D\u0937\u093F\u0924 \u092E\u093E\u0928\u094B\u0902 \u092E\u0947\u0902 \u0938\u0947 \u090F\u0915 ${$(r.values,"|")}`;case"too_big":{let o=r.inclusive?"<=":"<",a=t(r.origin);return a?`\u092C\u0939\u0941\u0924 \u092C\u0921\u093C\u093E: \u0905\u092A\u0947\u0915\u094D\u0937\u093F\u0924 \u0925\u093E \u0915\u093F ${r.origin??"\u092E\u093E\u0928"} \u092E\u0947\u0902 ${o}${r.maximum} ${a.unit} \u0939\u094B\u0902`:`\u092C\u0939\u0941\u0924 \u092C\u0921\u093C\u093E: \u0905\u092A\u0947\u0915\u094D\u0937\u093F\u0924 \u0925\u093E \u0915\u093F ${r.origin??"\u092E\u093E\u0928"} ${o}${r.maximum} \u0939\u094B`}case"too_small":{let o=r.inclusive?">=":">",a=t(r.origin);return a?`\u092C\u0939\u0941\u0924 \u091B\u094B\u091F\u093E: \u0905\u092A\u0947\u0915\u094D\u0937\u093F\u0924 \u0925\u093E \u0915\u093F ${r.origin} \u092E\u0947\u0902 ${o}${r.minimum} ${a.unit} \u0939\u094B\u0902`:`\u092C\u0939\u0941\u0924 \u091B\u094B\u091F\u093E: \u0905\u092A\u0947\u0915\u094D\u0937\u093F\u0924 \u0925\u093E \u0915\u093F ${r.origin} ${o}${r.minimum} \u0939\u094B`}case"invalid_format":{let o=r;return o.format==="starts_with"?`\u0905\u092E\u093E\u0928\u094D\u092F \u0938\u094D\u091F\u094D\u0930\u093F\u0902\u0917: "${o.prefix}" \u0938\u0947 \u0936\u0941\u0930\u0942 \u0939\u094B\u0928\u093E \u091A\u093E\u0939\u093F\u090F`:o.format==="ends_with"?`\u0905\u092E\u093E\u0928\u094D\u092F \u0938\u094D\u091F\u094D\u0930\u093F\u0902\u0917: "${o.suffix}" \u092A\u0930 \u0938\u092E\u093E\u092A\u094D\u0924 \u0939\u094B\u0928\u093E \u091A\u093E\u0939\u093F\u090F`:o.format==="includes"?`\u0905\u092E\u093E\u0928\u094D\u092F \u0938\u094D\u091F\u094D\u0930\u093F\u0902\u0917: \u0907\u0938\u092E\u0947\u0902 "${o.includes}" \u0936\u093E\u092E\u093F\u0932 \u0939\u094B\u0928\u093E \u091A\u093E\u0939\u093F\u090F`:o.format==="regex"?`\u0905\u092E\u093E\u0928\u094D\u092F \u0938\u094D\u091F\u094D\u0930\u093F\u0902\u0917: \u092A\u0948\u091F\u0930\u094D\u0928 ${o.pattern} \u0938\u0947 \u092E\u0947\u0932 \u0916\u093E\u0928\u093E \u091A\u093E\u0939\u093F\u090F`:`\u0905\u092E\u093E\u0928\u094D\u092F ${n[o.format]??r.format}`}case"not_multiple_of":return`\u0905\u092E\u093E\u0928\u094D\u092F \u0938\u0902\u0916\u094D\u092F\u093E: \u092F\u0939 ${r.divisor} \u0915\u093E \u0917\u0941\u0923\u091C \u0939\u094B\u0928\u093E \u091A\u093E\u0939\u093F\u090F`;case"unrecognized_keys":return`\u0905\u092A\u0930\u093F\u091A\u093F\u0924 \u0915\u0941\u0902\u091C\u0940${r.keys.length>1?"\u092F\u093E\u0901":""}: ${$(r.keys,", ")}`;case"invalid_key":return`\u0905\u092E\u093E\u0928\u094D\u092F \u0915\u0941\u0902\u091C\u0940: ${r.origin} \u092E\u0947\u0902`;case"invalid_union":return r.options&&Array.isArray(r.options)&&r.options.length>0?`\u0905\u092E\u093E\u0928\u094D\u092F \u0921\u093F\u0938\u094D\u0915\u094D\u0930\u093F\u092E\u093F\u0928\u0947\u091F\u0930 \u092E\u093E\u0928: \u0905\u092A\u0947\u0915\u094D\u0937\u093F\u0924 ${r.options.map(a=>`'${a}'`).join(" | ")}`:"\u0905\u092E\u093E\u0928\u094D\u092F \u0907\u0928\u092A\u0941\u091F";case"invalid_element":return`\u0905\u092E\u093E\u0928\u094D\u092F \u092E\u093E\u0928: ${r.origin} \u092E\u0947\u0902`;default:return"\u0905\u092E\u093E\u0928\u094D\u092F \u0907\u0928\u092A\u0941\u091F"}}};function L0(){return{localeError:B_()}}var q_=()=>{let e={string:{unit:"znakova",verb:"imati"},file:{unit:"bajtova",verb:"imati"},array:{unit:"stavki",verb:"imati"},set:{unit:"stavki",verb:"imati"}};function t(r){return e[r]??null}let n={regex:"unos",email:"email adresa",url:"URL",emoji:"emoji",uuid:"UUID",uuidv4:"UUIDv4",uuidv6:"UUIDv6",nanoid:"nanoid",guid:"GUID",cuid:"cuid",cuid2:"cuid2",ulid:"ULID",xid:"XID",ksuid:"KSUID",datetime:"ISO datum i vrijeme",date:"ISO datum",time:"ISO vrijeme",duration:"ISO trajanje",ipv4:"IPv4 adresa",ipv6:"IPv6 adresa",mac:"MAC adresa",cidrv4:"IPv4 raspon",cidrv6:"IPv6 raspon",base64:"base64 kodirani tekst",base64url:"base64url kodirani tekst",json_string:"JSON tekst",e164:"E.164 broj",credit_card:"broj kreditne kartice",currency_code:"kod valute",iban:"IBAN",jwt:"JWT",template_literal:"unos"},i={nan:"NaN",string:"tekst",number:"broj",boolean:"boolean",array:"niz",object:"objekt",set:"skup",file:"datoteka",date:"datum",bigint:"bigint",symbol:"simbol",undefined:"undefined",null:"null",function:"funkcija",map:"mapa"};return r=>{switch(r.code){case"invalid_type":{let o=i[r.expected]??r.expected,a=U(r.input),s=i[a]??a;return/^[A-Z]/.test(r.expected)?`Neispravan unos: o\u010Dekuje se instanceof ${r.expected}, a primljeno je ${s}`:`Neispravan unos: o\u010Dekuje se ${o}, a primljeno je ${s}`}case"invalid_value":return r.values.length===1?`Neispravna vrijednost: o\u010Dekivano ${O(r.values[0])}`:`Neispravna opcija: o\u010Dekivano jedno od ${$(r.values,"|")}`;case"too_big":{let o=r.inclusive?"<=":"<",a=t(r.origin),s=i[r.origin]??r.origin;return a?`Preveliko: o\u010Dekivano da ${s??"vrijednost"} ima ${o}${r.maximum.toString()} ${a.unit??"elemenata"}`:`Preveliko: o\u010Dekivano da ${s??"vrijednost"} bude ${o}${r.maximum.toString()}`}case"too_small":{let o=r.inclusive?">=":">",a=t(r.origin),s=i[r.origin]??r.origin;return a?`Premalo: o\u010Dekivano da ${s} ima ${o}${r.minimum.toString()} ${a.unit}`:`Premalo: o\u010Dekivano da ${s} bude ${o}${r.minimum.toString()}`}case"invalid_format":{let o=r;return o.format==="starts_with"?`Neispravan tekst: mora zapo\u010Dinjati s "${o.prefix}"`:o.format==="ends_with"?`Neispravan tekst: mora zavr\u0161avati s "${o.suffix}"`:o.format==="includes"?`Neispravan tekst: mora sadr\u017Eavati "${o.includes}"`:o.format==="regex"?`Neispravan tekst: mora odgovarati uzorku ${o.pattern}`:`Neispravna ${n[o.format]??r.format}`}case"not_multiple_of":return`Neispravan broj: mora biti vi\u0161ekratnik od ${r.divisor}`;case"unrecognized_keys":return`Neprepoznat${r.keys.length>1?"i klju\u010Devi":" klju\u010D"}: ${$(r.keys,", ")}`;case"invalid_key":return`Neispravan klju\u010D u ${i[r.origin]??r.origin}`;case"invalid_union":return"Neispravan unos";case"invalid_element":return`Neispravna vrijednost u ${i[r.origin]??r.origin}`;default:return"Neispravan unos"}}};function M0(){return{localeError:q_()}}var Z_=()=>{let e={string:{unit:"karakter",verb:"legyen"},file:{unit:"byte",verb:"legyen"},array:{unit:"elem",verb:"legyen"},set:{unit:"elem",verb:"legyen"},map:{unit:"elem",verb:"legyen"}};function t(r){return e[r]??null}let n={regex:"bemenet",email:"email c\xEDm",url:"URL",emoji:"emoji",uuid:"UUID",uuidv4:"UUIDv4",uuidv6:"UUIDv6",nanoid:"nanoid",guid:"GUID",cuid:"cuid",cuid2:"cuid2",ulid:"ULID",xid:"XID",ksuid:"KSUID",datetime:"ISO id\u0151b\xE9lyeg",date:"ISO d\xE1tum",time:"ISO id\u0151",duration:"ISO id\u0151intervallum",ipv4:"IPv4 c\xEDm",ipv6:"IPv6 c\xEDm",mac:"MAC c\xEDm",cidrv4:"IPv4 tartom\xE1ny",cidrv6:"IPv6 tartom\xE1ny",base64:"base64-k\xF3dolt string",base64url:"base64url-k\xF3dolt string",json_string:"JSON string",e164:"E.164 sz\xE1m",credit_card:"hitelk\xE1rtyasz\xE1m",currency_code:"p\xE9nznemk\xF3d",iban:"IBAN",jwt:"JWT",template_literal:"bemenet"},i={nan:"NaN",number:"sz\xE1m",array:"t\xF6mb"};return r=>{switch(r.code){case"invalid_type":{let o=i[r.expected]??r.expected,a=U(r.input),s=i[a]??a;return/^[A-Z]/.test(r.expected)?`\xC9rv\xE9nytelen bemenet: a v\xE1rt \xE9rt\xE9k instanceof ${r.expected}, a kapott \xE9rt\xE9k ${s}`:`\xC9rv\xE9nytelen bemenet: a v\xE1rt \xE9rt\xE9k ${o}, a kapott \xE9rt\xE9k ${s}`}case"invalid_value":return r.values.length===1?`\xC9rv\xE9nytelen bemenet: a v\xE1rt \xE9rt\xE9k ${O(r.values[0])}`:`\xC9rv\xE9nytelen opci\xF3: valamelyik \xE9rt\xE9k v\xE1rt ${$(r.values,"|")}`;case"too_big":{let o=r.inclusive?"<=":"<",a=t(r.origin);return a?`T\xFAl nagy: ${r.origin??"\xE9rt\xE9k"} m\xE9rete t\xFAl nagy ${o}${r.maximum.toString()} ${a.unit??"elem"}`:`T\xFAl nagy: a bemeneti \xE9rt\xE9k ${r.origin??"\xE9rt\xE9k"} t\xFAl nagy: ${o}${r.maximum.toString()}`}case"too_small":{let o=r.inclusive?">=":">",a=t(r.origin);return a?`T\xFAl kicsi: a bemeneti \xE9rt\xE9k ${r.origin} m\xE9rete t\xFAl kicsi ${o}${r.minimum.toString()} ${a.unit}`:`T\xFAl kicsi: a bemeneti \xE9rt\xE9k ${r.origin} t\xFAl kicsi ${o}${r.minimum.toString()}`}case"invalid_format":{let o=r;return o.format==="starts_with"?`\xC9rv\xE9nytelen string: "${o.prefix}" \xE9rt\xE9kkel kell kezd\u0151dnie`:o.format==="ends_with"?`\xC9rv\xE9nytelen string: "${o.suffix}" \xE9rt\xE9kkel kell v\xE9gz\u0151dnie`:o.format==="includes"?`\xC9rv\xE9nytelen string: "${o.includes}" \xE9rt\xE9ket kell tartalmaznia`:o.format==="regex"?`\xC9rv\xE9nytelen string: ${o.pattern} mint\xE1nak kell megfelelnie`:`\xC9rv\xE9nytelen ${n[o.format]??r.format}`}case"not_multiple_of":return`\xC9rv\xE9nytelen sz\xE1m: ${r.divisor} t\xF6bbsz\xF6r\xF6s\xE9nek kell lennie`;case"unrecognized_keys":return`Ismeretlen kulcs${r.keys.length>1?"s":""}: ${$(r.keys,", ")}`;case"invalid_key":return`\xC9rv\xE9nytelen kulcs ${r.origin}`;case"invalid_union":return"\xC9rv\xE9nytelen bemenet";case"invalid_element":return`\xC9rv\xE9nytelen \xE9rt\xE9k: ${r.origin}`;default:return"\xC9rv\xE9nytelen bemenet"}}};function B0(){return{localeError:Z_()}}function q0(e,t,n){return Math.abs(e)===1?t:n}function On(e){if(!e)return"";let t=["\u0561","\u0565","\u0568","\u056B","\u0578","\u0578\u0582","\u0585"],n=e[e.length-1];return e+(t.includes(n)?"\u0576":"\u0568")}var V_=()=>{let e={string:{unit:{one:"\u0576\u0577\u0561\u0576",many:"\u0576\u0577\u0561\u0576\u0576\u0565\u0580"},verb:"\u0578\u0582\u0576\u0565\u0576\u0561\u056C"},file:{unit:{one:"\u0562\u0561\u0575\u0569",many:"\u0562\u0561\u0575\u0569\u0565\u0580"},verb:"\u0578\u0582\u0576\u0565\u0576\u0561\u056C"},array:{unit:{one:"\u057F\u0561\u0580\u0580",many:"\u057F\u0561\u0580\u0580\u0565\u0580"},verb:"\u0578\u0582\u0576\u0565\u0576\u0561\u056C"},set:{unit:{one:"\u057F\u0561\u0580\u0580",many:"\u057F\u0561\u0580\u0580\u0565\u0580"},verb:"\u0578\u0582\u0576\u0565\u0576\u0561\u056C"},map:{unit:{one:"\u057F\u0561\u0580\u0580",many:"\u057F\u0561\u0580\u0580\u0565\u0580"},verb:"\u0578\u0582\u0576\u0565\u0576\u0561\u056C"}};function t(r){return e[r]??null}let n={regex:"\u0574\u0578\u0582\u057F\u0584",email:"\u0567\u056C. \u0570\u0561\u057D\u0581\u0565",url:"URL",emoji:"\u0567\u0574\u0578\u057B\u056B",uuid:"UUID",uuidv4:"UUIDv4",uuidv6:"UUIDv6",nanoid:"nanoid",guid:"GUID",cuid:"cuid",cuid2:"cuid2",ulid:"ULID",xid:"XID",ksuid:"KSUID",datetime:"ISO \u0561\u0574\u057D\u0561\u0569\u056B\u057E \u0587 \u056A\u0561\u0574",date:"ISO \u0561\u0574\u057D\u0561\u0569\u056B\u057E",time:"ISO \u056A\u0561\u0574",duration:"ISO \u057F\u0587\u0578\u0572\u0578\u0582\u0569\u0575\u0578\u0582\u0576",ipv4:"IPv4 \u0570\u0561\u057D\u0581\u0565",ipv6:"IPv6 \u0570\u0561\u057D\u0581\u0565",mac:"MAC \u0570\u0561\u057D\u0581\u0565",cidrv4:"IPv4 \u0574\u056B\u057B\u0561\u056F\u0561\u0575\u0584",cidrv6:"IPv6 \u0574\u056B\u057B\u0561\u056F\u0561\u0575\u0584",base64:"base64 \u0571\u0587\u0561\u0579\u0561\u0583\u0578\u057E \u057F\u0578\u0572",base64url:"base64url \u0571\u0587\u0561\u0579\u0561\u0583\u0578\u057E \u057F\u0578\u0572",json_string:"JSON \u057F\u0578\u0572",e164:"E.164 \u0570\u0561\u0574\u0561\u0580",credit_card:"\u056F\u0580\u0565\u0564\u056B\u057F \u0584\u0561\u0580\u057F\u056B \u0570\u0561\u0574\u0561\u0580",currency_code:"\u0561\u0580\u056A\u0578\u0582\u0575\u0569\u056B \u056F\u0578\u0564",iban:"IBAN",jwt:"JWT",template_literal:"\u0574\u0578\u0582\u057F\u0584"},i={nan:"NaN",number:"\u0569\u056B\u057E",array:"\u0566\u0561\u0576\u0563\u057E\u0561\u056E"};return r=>{switch(r.code){case"invalid_type":{let o=i[r.expected]??r.expected,a=U(r.input),s=i[a]??a;return/^[A-Z]/.test(r.expected)?`\u054D\u056D\u0561\u056C \u0574\u0578\u0582\u057F\u0584\u0561\u0563\u0580\u0578\u0582\u0574\u2024 \u057D\u057A\u0561\u057D\u057E\u0578\u0582\u0574 \u0567\u0580 instanceof ${r.expected}, \u057D\u057F\u0561\u0581\u057E\u0565\u056C \u0567 ${s}`:`\u054D\u056D\u0561\u056C \u0574\u0578\u0582\u057F\u0584\u0561\u0563\u0580\u0578\u0582\u0574\u2024 \u057D\u057A\u0561\u057D\u057E\u0578\u0582\u0574 \u0567\u0580 ${o}, \u057D\u057F\u0561\u0581\u057E\u0565\u056C \u0567 ${s}`}case"invalid_value":return r.values.length===1?`\u054D\u056D\u0561\u056C \u0574\u0578\u0582\u057F\u0584\u0561\u0563\u0580\u0578\u0582\u0574\u2024 \u057D\u057A\u0561\u057D\u057E\u0578\u0582\u0574 \u0567\u0580 ${O(r.values[1])}`:`\u054D\u056D\u0561\u056C \u057F\u0561\u0580\u0562\u0565\u0580\u0561\u056F\u2024 \u057D\u057A\u0561\u057D\u057E\u0578\u0582\u0574 \u0567\u0580 \u0570\u0565\u057F\u0587\u0575\u0561\u056C\u0576\u0565\u0580\u056B\u0581 \u0574\u0565\u056F\u0568\u055D ${$(r.values,"|")}`;case"too_big":{let o=r.inclusive?"<=":"<",a=t(r.origin);if(a){let s=Number(r.maximum),u=q0(s,a.unit.one,a.unit.many);return`\u0549\u0561\u0583\u0561\u0566\u0561\u0576\u0581 \u0574\u0565\u056E \u0561\u0580\u056A\u0565\u0584\u2024 \u057D\u057A\u0561\u057D\u057E\u0578\u0582\u0574 \u0567, \u0578\u0580 ${On(r.origin??"\u0561\u0580\u056A\u0565\u0584")} \u056F\u0578\u0582\u0576\u0565\u0576\u0561 ${o}${r.maximum.toString()} ${u}`}return`\u0549\u0561\u0583\u0561\u0566\u0561\u0576\u0581 \u0574\u0565\u056E \u0561\u0580\u056A\u0565\u0584\u2024 \u057D\u057A\u0561\u057D\u057E\u0578\u0582\u0574 \u0567, \u0578\u0580 ${On(r.origin??"\u0561\u0580\u056A\u0565\u0584")} \u056C\u056B\u0576\u056B ${o}${r.maximum.toString()}`}case"too_small":{let o=r.inclusive?">=":">",a=t(r.origin);if(a){let s=Number(r.minimum),u=q0(s,a.unit.one,a.unit.many);return`\u0549\u0561\u0583\u0561\u0566\u0561\u0576\u0581 \u0583\u0578\u0584\u0580 \u0561\u0580\u056A\u0565\u0584\u2024 \u057D\u057A\u0561\u057D\u057E\u0578\u0582\u0574 \u0567, \u0578\u0580 ${On(r.origin)} \u056F\u0578\u0582\u0576\u0565\u0576\u0561 ${o}${r.minimum.toString()} ${u}`}return`\u0549\u0561\u0583\u0561\u0566\u0561\u0576\u0581 \u0583\u0578\u0584\u0580 \u0561\u0580\u056A\u0565\u0584\u2024 \u057D\u057A\u0561\u057D\u057E\u0578\u0582\u0574 \u0567, \u0578\u0580 ${On(r.origin)} \u056C\u056B\u0576\u056B ${o}${r.minimum.toString()}`}case"invalid_format":{let o=r;return o.format==="starts_with"?`\u054D\u056D\u0561\u056C \u057F\u0578\u0572\u2024 \u057A\u0565\u057F\u0584 \u0567 \u057D\u056F\u057D\u057E\u056B "${o.prefix}"-\u0578\u057E`:o.format==="ends_with"?`\u054D\u056D\u0561\u056C \u057F\u0578\u0572\u2024 \u057A\u0565\u057F\u0584 \u0567 \u0561\u057E\u0561\u0580\u057F\u057E\u056B "${o.suffix}"-\u0578\u057E`:o.format==="includes"?`\u054D\u056D\u0561\u056C \u057F\u0578\u0572\u2024 \u057A\u0565\u057F\u0584 \u0567 \u057A\u0561\u0580\u0578\u0582\u0576\u0561\u056F\u056B "${o.includes}"`:o.format==="regex"?`\u054D\u056D\u0561\u056C \u057F\u0578\u0572\u2024 \u057A\u0565\u057F\u0584 \u0567 \u0570\u0561\u0574\u0561\u057A\u0561\u057F\u0561\u057D\u056D\u0561\u0576\u056B ${o.pattern} \u0571\u0587\u0561\u0579\u0561\u0583\u056B\u0576`:`\u054D\u056D\u0561\u056C ${n[o.format]??r.format}`}case"not_multiple_of":return`\u054D\u056D\u0561\u056C \u0569\u056B\u057E\u2024 \u057A\u0565\u057F\u0584 \u0567 \u0562\u0561\u0566\u0574\u0561\u057A\u0561\u057F\u056B\u056F \u056C\u056B\u0576\u056B ${r.divisor}-\u056B`;case"unrecognized_keys":return`\u0549\u0573\u0561\u0576\u0561\u0579\u057E\u0561\u056E \u0562\u0561\u0576\u0561\u056C\u056B${r.keys.length>1?"\u0576\u0565\u0580":""}. ${$(r.keys,", ")}`;case"invalid_key":return`\u054D\u056D\u0561\u056C \u0562\u0561\u0576\u0561\u056C\u056B ${On(r.origin)}-\u0578\u0582\u0574`;case"invalid_union":return"\u054D\u056D\u0561\u056C \u0574\u0578\u0582\u057F\u0584\u0561\u0563\u0580\u0578\u0582\u0574";case"invalid_element":return`\u054D\u056D\u0561\u056C \u0561\u0580\u056A\u0565\u0584 ${On(r.origin)}-\u0578\u0582\u0574`;default:return"\u054D\u056D\u0561\u056C \u0574\u0578\u0582\u057F\u0584\u0561\u0563\u0580\u0578\u0582\u0574"}}};function Z0(){return{localeError:V_()}}var G_=()=>{let e={string:{unit:"karakter",verb:"memiliki"},file:{unit:"byte",verb:"memiliki"},array:{unit:"item",verb:"memiliki"},set:{unit:"item",verb:"memiliki"},map:{unit:"item",verb:"memiliki"}};function t(r){return e[r]??null}let n={regex:"input",email:"alamat email",url:"URL",emoji:"emoji",uuid:"UUID",uuidv4:"UUIDv4",uuidv6:"UUIDv6",nanoid:"nanoid",guid:"GUID",cuid:"cuid",cuid2:"cuid2",ulid:"ULID",xid:"XID",ksuid:"KSUID",datetime:"tanggal dan waktu format ISO",date:"tanggal format ISO",time:"jam format ISO",duration:"durasi format ISO",ipv4:"alamat IPv4",ipv6:"alamat IPv6",mac:"alamat MAC",cidrv4:"rentang alamat IPv4",cidrv6:"rentang alamat IPv6",base64:"string dengan enkode base64",base64url:"string dengan enkode base64url",json_string:"string JSON",e164:"angka E.164",credit_card:"nomor kartu kredit",currency_code:"kode mata uang",iban:"IBAN",jwt:"JWT",template_literal:"input"},i={nan:"NaN"};return r=>{switch(r.code){case"invalid_type":{let o=i[r.expected]??r.expected,a=U(r.input),s=i[a]??a;return/^[A-Z]/.test(r.expected)?`Input tidak valid: diharapkan instanceof ${r.expected}, diterima ${s}`:`Input tidak valid: diharapkan ${o}, diterima ${s}`}case"invalid_value":return r.values.length===1?`Input tidak valid: diharapkan ${O(r.values[0])}`:`Pilihan tidak valid: diharapkan salah satu dari ${$(r.values,"|")}`;case"too_big":{let o=r.inclusive?"<=":"<",a=t(r.origin);return a?`Terlalu besar: diharapkan ${r.origin??"value"} memiliki ${o}${r.maximum.toString()} ${a.unit??"elemen"}`:`Terlalu besar: diharapkan ${r.origin??"value"} menjadi ${o}${r.maximum.toString()}`}case"too_small":{let o=r.inclusive?">=":">",a=t(r.origin);return a?`Terlalu kecil: diharapkan ${r.origin} memiliki ${o}${r.minimum.toString()} ${a.unit}`:`Terlalu kecil: diharapkan ${r.origin} menjadi ${o}${r.minimum.toString()}`}case"invalid_format":{let o=r;return o.format==="starts_with"?`String tidak valid: harus dimulai dengan "${o.prefix}"`:o.format==="ends_with"?`String tidak valid: harus berakhir dengan "${o.suffix}"`:o.format==="includes"?`String tidak valid: harus menyertakan "${o.includes}"`:o.format==="regex"?`String tidak valid: harus sesuai pola ${o.pattern}`:`${n[o.format]??r.format} tidak valid`}case"not_multiple_of":return`Angka tidak valid: harus kelipatan dari ${r.divisor}`;case"unrecognized_keys":return`Kunci tidak dikenali ${r.keys.length>1?"s":""}: ${$(r.keys,", ")}`;case"invalid_key":return`Kunci tidak valid di ${r.origin}`;case"invalid_union":return"Input tidak valid";case"invalid_element":return`Nilai tidak valid di ${r.origin}`;default:return"Input tidak valid"}}};function V0(){return{localeError:G_()}}var K_=()=>{let e={string:{unit:"stafi",verb:"a\xF0 hafa"},file:{unit:"b\xE6ti",verb:"a\xF0 hafa"},array:{unit:"hluti",verb:"a\xF0 hafa"},set:{unit:"hluti",verb:"a\xF0 hafa"},map:{unit:"hluti",verb:"a\xF0 hafa"}};function t(r){return e[r]??null}let n={regex:"gildi",email:"netfang",url:"vefsl\xF3\xF0",emoji:"emoji",uuid:"UUID",uuidv4:"UUIDv4",uuidv6:"UUIDv6",nanoid:"nanoid",guid:"GUID",cuid:"cuid",cuid2:"cuid2",ulid:"ULID",xid:"XID",ksuid:"KSUID",datetime:"ISO dagsetning og t\xEDmi",date:"ISO dagsetning",time:"ISO t\xEDmi",duration:"ISO t\xEDmalengd",ipv4:"IPv4 address",ipv6:"IPv6 address",mac:"MAC address",cidrv4:"IPv4 range",cidrv6:"IPv6 range",base64:"base64-encoded strengur",base64url:"base64url-encoded strengur",json_string:"JSON strengur",e164:"E.164 t\xF6lugildi",credit_card:"kreditkortan\xFAmer",currency_code:"gjaldmi\xF0ilsk\xF3\xF0i",iban:"IBAN",jwt:"JWT",template_literal:"gildi"},i={nan:"NaN",number:"n\xFAmer",array:"fylki"};return r=>{switch(r.code){case"invalid_type":{let o=i[r.expected]??r.expected,a=U(r.input),s=i[a]??a;return/^[A-Z]/.test(r.expected)?`Rangt gildi: \xDE\xFA sl\xF3st inn ${s} \xFEar sem \xE1 a\xF0 vera instanceof ${r.expected}`:`Rangt gildi: \xDE\xFA sl\xF3st inn ${s} \xFEar sem \xE1 a\xF0 vera ${o}`}case"invalid_value":return r.values.length===1?`Rangt gildi: gert r\xE1\xF0 fyrir ${O(r.values[0])}`:`\xD3gilt val: m\xE1 vera eitt af eftirfarandi ${$(r.values,"|")}`;case"too_big":{let o=r.inclusive?"<=":"<",a=t(r.origin);return a?`Of st\xF3rt: gert er r\xE1\xF0 fyrir a\xF0 ${r.origin??"gildi"} hafi ${o}${r.maximum.toString()} ${a.unit??"hluti"}`:`Of st\xF3rt: gert er r\xE1\xF0 fyrir a\xF0 ${r.origin??"gildi"} s\xE9 ${o}${r.maximum.toString()}`}case"too_small":{let o=r.inclusive?">=":">",a=t(r.origin);return a?`Of l\xEDti\xF0: gert er r\xE1\xF0 fyrir a\xF0 ${r.origin} hafi ${o}${r.minimum.toString()} ${a.unit}`:`Of l\xEDti\xF0: gert er r\xE1\xF0 fyrir a\xF0 ${r.origin} s\xE9 ${o}${r.minimum.toString()}`}case"invalid_format":{let o=r;return o.format==="starts_with"?`\xD3gildur strengur: ver\xF0ur a\xF0 byrja \xE1 "${o.prefix}"`:o.format==="ends_with"?`\xD3gildur strengur: ver\xF0ur a\xF0 enda \xE1 "${o.suffix}"`:o.format==="includes"?`\xD3gildur strengur: ver\xF0ur a\xF0 innihalda "${o.includes}"`:o.format==="regex"?`\xD3gildur strengur: ver\xF0ur a\xF0 fylgja mynstri ${o.pattern}`:`Rangt ${n[o.format]??r.format}`}case"not_multiple_of":return`R\xF6ng tala: ver\xF0ur a\xF0 vera margfeldi af ${r.divisor}`;case"unrecognized_keys":return`\xD3\xFEekkt ${r.keys.length>1?"ir lyklar":"ur lykill"}: ${$(r.keys,", ")}`;case"invalid_key":return`Rangur lykill \xED ${r.origin}`;case"invalid_union":return"Rangt gildi";case"invalid_element":return`Rangt gildi \xED ${r.origin}`;default:return"Rangt gildi"}}};function G0(){return{localeError:K_()}}var H_=()=>{let e={string:{unit:"caratteri",verb:"avere"},file:{unit:"byte",verb:"avere"},array:{unit:"elementi",verb:"avere"},set:{unit:"elementi",verb:"avere"},map:{unit:"elementi",verb:"avere"}};function t(r){return e[r]??null}let n={regex:"input",email:"indirizzo email",url:"URL",emoji:"emoji",uuid:"UUID",uuidv4:"UUIDv4",uuidv6:"UUIDv6",nanoid:"nanoid",guid:"GUID",cuid:"cuid",cuid2:"cuid2",ulid:"ULID",xid:"XID",ksuid:"KSUID",datetime:"data e ora ISO",date:"data ISO",time:"ora ISO",duration:"durata ISO",ipv4:"indirizzo IPv4",ipv6:"indirizzo IPv6",mac:"indirizzo MAC",cidrv4:"intervallo IPv4",cidrv6:"intervallo IPv6",base64:"stringa codificata in base64",base64url:"URL codificata in base64",json_string:"stringa JSON",e164:"numero E.164",credit_card:"numero di carta di credito",currency_code:"codice valuta",iban:"IBAN",jwt:"JWT",template_literal:"input"},i={nan:"NaN",number:"numero",array:"vettore"};return r=>{switch(r.code){case"invalid_type":{let o=i[r.expected]??r.expected,a=U(r.input),s=i[a]??a;return/^[A-Z]/.test(r.expected)?`Input non valido: atteso instanceof ${r.expected}, ricevuto ${s}`:`Input non valido: atteso ${o}, ricevuto ${s}`}case"invalid_value":return r.values.length===1?`Input non valido: atteso ${O(r.values[0])}`:`Opzione non valida: atteso uno tra ${$(r.values,"|")}`;case"too_big":{let o=r.inclusive?"<=":"<",a=t(r.origin);return a?`Troppo grande: ${r.origin??"valore"} deve avere ${o}${r.maximum.toString()} ${a.unit??"elementi"}`:`Troppo grande: ${r.origin??"valore"} deve essere ${o}${r.maximum.toString()}`}case"too_small":{let o=r.inclusive?">=":">",a=t(r.origin);return a?`Troppo piccolo: ${r.origin} deve avere ${o}${r.minimum.toString()} ${a.unit}`:`Troppo piccolo: ${r.origin} deve essere ${o}${r.minimum.toString()}`}case"invalid_format":{let o=r;return o.format==="starts_with"?`Stringa non valida: deve iniziare con "${o.prefix}"`:o.format==="ends_with"?`Stringa non valida: deve terminare con "${o.suffix}"`:o.format==="includes"?`Stringa non valida: deve includere "${o.includes}"`:o.format==="regex"?`Stringa non valida: deve corrispondere al pattern ${o.pattern}`:`Input non valido: ${n[o.format]??r.format}`}case"not_multiple_of":return`Numero non valido: deve essere un multiplo di ${r.divisor}`;case"unrecognized_keys":return`Chiav${r.keys.length>1?"i":"e"} non riconosciut${r.keys.length>1?"e":"a"}: ${$(r.keys,", ")}`;case"invalid_key":return`Chiave non valida in ${r.origin}`;case"invalid_union":return"Input non valido";case"invalid_element":return`Valore non valido in ${r.origin}`;default:return"Input non valido"}}};function K0(){return{localeError:H_()}}var W_=()=>{let e={string:{unit:"\u6587\u5B57",verb:"\u3067\u3042\u308B"},file:{unit:"\u30D0\u30A4\u30C8",verb:"\u3067\u3042\u308B"},array:{unit:"\u8981\u7D20",verb:"\u3067\u3042\u308B"},set:{unit:"\u8981\u7D20",verb:"\u3067\u3042\u308B"},map:{unit:"\u8981\u7D20",verb:"\u3067\u3042\u308B"}};function t(r){return e[r]??null}let n={regex:"\u5165\u529B\u5024",email:"\u30E1\u30FC\u30EB\u30A2\u30C9\u30EC\u30B9",url:"URL",emoji:"\u7D75\u6587\u5B57",uuid:"UUID",uuidv4:"UUIDv4",uuidv6:"UUIDv6",nanoid:"nanoid",guid:"GUID",cuid:"cuid",cuid2:"cuid2",ulid:"ULID",xid:"XID",ksuid:"KSUID",datetime:"ISO\u65E5\u6642",date:"ISO\u65E5\u4ED8",time:"ISO\u6642\u523B",duration:"ISO\u671F\u9593",ipv4:"IPv4\u30A2\u30C9\u30EC\u30B9",ipv6:"IPv6\u30A2\u30C9\u30EC\u30B9",mac:"MAC\u30A2\u30C9\u30EC\u30B9",cidrv4:"IPv4\u7BC4\u56F2",cidrv6:"IPv6\u7BC4\u56F2",base64:"base64\u30A8\u30F3\u30B3\u30FC\u30C9\u6587\u5B57\u5217",base64url:"base64url\u30A8\u30F3\u30B3\u30FC\u30C9\u6587\u5B57\u5217",json_string:"JSON\u6587\u5B57\u5217",e164:"E.164\u756A\u53F7",credit_card:"\u30AF\u30EC\u30B8\u30C3\u30C8\u30AB\u30FC\u30C9\u756A\u53F7",currency_code:"\u901A\u8CA8\u30B3\u30FC\u30C9",iban:"IBAN",jwt:"JWT",template_literal:"\u5165\u529B\u5024"},i={nan:"NaN",number:"\u6570\u5024",array:"\u914D\u5217"};return r=>{switch(r.code){case"invalid_type":{let o=i[r.expected]??r.expected,a=U(r.input),s=i[a]??a;return/^[A-Z]/.test(r.expected)?`\u7121\u52B9\u306A\u5165\u529B: instanceof ${r.expected}\u304C\u671F\u5F85\u3055\u308C\u307E\u3057\u305F\u304C\u3001${s}\u304C\u5165\u529B\u3055\u308C\u307E\u3057\u305F`:`\u7121\u52B9\u306A\u5165\u529B: ${o}\u304C\u671F\u5F85\u3055\u308C\u307E\u3057\u305F\u304C\u3001${s}\u304C\u5165\u529B\u3055\u308C\u307E\u3057\u305F`}case"invalid_value":return r.values.length===1?`\u7121\u52B9\u306A\u5165\u529B: ${O(r.values[0])}\u304C\u671F\u5F85\u3055\u308C\u307E\u3057\u305F`:`\u7121\u52B9\u306A\u9078\u629E: ${$(r.values,"\u3001")}\u306E\u3044\u305A\u308C\u304B\u3067\u3042\u308B\u5FC5\u8981\u304C\u3042\u308A\u307E\u3059`;case"too_big":{let o=r.inclusive?"\u4EE5\u4E0B\u3067\u3042\u308B":"\u3088\u308A\u5C0F\u3055\u3044",a=t(r.origin);return a?`\u5927\u304D\u3059\u304E\u308B\u5024: ${r.origin??"\u5024"}\u306F${r.maximum.toString()}${a.unit??"\u8981\u7D20"}${o}\u5FC5\u8981\u304C\u3042\u308A\u307E\u3059`:`\u5927\u304D\u3059\u304E\u308B\u5024: ${r.origin??"\u5024"}\u306F${r.maximum.toString()}${o}\u5FC5\u8981\u304C\u3042\u308A\u307E\u3059`}case"too_small":{let o=r.inclusive?"\u4EE5\u4E0A\u3067\u3042\u308B":"\u3088\u308A\u5927\u304D\u3044",a=t(r.origin);return a?`\u5C0F\u3055\u3059\u304E\u308B\u5024: ${r.origin}\u306F${r.minimum.toString()}${a.unit}${o}\u5FC5\u8981\u304C\u3042\u308A\u307E\u3059`:`\u5C0F\u3055\u3059\u304E\u308B\u5024: ${r.origin}\u306F${r.minimum.toString()}${o}\u5FC5\u8981\u304C\u3042\u308A\u307E\u3059`}case"invalid_format":{let o=r;return o.format==="starts_with"?`\u7121\u52B9\u306A\u6587\u5B57\u5217: "${o.prefix}"\u3067\u59CB\u307E\u308B\u5FC5\u8981\u304C\u3042\u308A\u307E\u3059`:o.format==="ends_with"?`\u7121\u52B9\u306A\u6587\u5B57\u5217: "${o.suffix}"\u3067\u7D42\u308F\u308B\u5FC5\u8981\u304C\u3042\u308A\u307E\u3059`:o.format==="includes"?`\u7121\u52B9\u306A\u6587\u5B57\u5217: "${o.includes}"\u3092\u542B\u3080\u5FC5\u8981\u304C\u3042\u308A\u307E\u3059`:o.format==="regex"?`\u7121\u52B9\u306A\u6587\u5B57\u5217: \u30D1\u30BF\u30FC\u30F3${o.pattern}\u306B\u4E00\u81F4\u3059\u308B\u5FC5\u8981\u304C\u3042\u308A\u307E\u3059`:`\u7121\u52B9\u306A${n[o.format]??r.format}`}case"not_multiple_of":return`\u7121\u52B9\u306A\u6570\u5024: ${r.divisor}\u306E\u500D\u6570\u3067\u3042\u308B\u5FC5\u8981\u304C\u3042\u308A\u307E\u3059`;case"unrecognized_keys":return`\u8A8D\u8B58\u3055\u308C\u3066\u3044\u306A\u3044\u30AD\u30FC${r.keys.length>1?"\u7FA4":""}: ${$(r.keys,"\u3001")}`;case"invalid_key":return`${r.origin}\u5185\u306E\u7121\u52B9\u306A\u30AD\u30FC`;case"invalid_union":return"\u7121\u52B9\u306A\u5165\u529B";case"invalid_element":return`${r.origin}\u5185\u306E\u7121\u52B9\u306A\u5024`;default:return"\u7121\u52B9\u306A\u5165\u529B"}}};function H0(){return{localeError:W_()}}var J_=()=>{let e={string:{unit:"\u10E1\u10D8\u10DB\u10D1\u10DD\u10DA\u10DD",verb:"\u10E3\u10DC\u10D3\u10D0 \u10E8\u10D4\u10D8\u10EA\u10D0\u10D5\u10D3\u10D4\u10E1"},file:{unit:"\u10D1\u10D0\u10D8\u10E2\u10D8",verb:"\u10E3\u10DC\u10D3\u10D0 \u10E8\u10D4\u10D8\u10EA\u10D0\u10D5\u10D3\u10D4\u10E1"},array:{unit:"\u10D4\u10DA\u10D4\u10DB\u10D4\u10DC\u10E2\u10D8",verb:"\u10E3\u10DC\u10D3\u10D0 \u10E8\u10D4\u10D8\u10EA\u10D0\u10D5\u10D3\u10D4\u10E1"},set:{unit:"\u10D4\u10DA\u10D4\u10DB\u10D4\u10DC\u10E2\u10D8",verb:"\u10E3\u10DC\u10D3\u10D0 \u10E8\u10D4\u10D8\u10EA\u10D0\u10D5\u10D3\u10D4\u10E1"},map:{unit:"\u10D4\u10DA\u10D4\u10DB\u10D4\u10DC\u10E2\u10D8",verb:"\u10E3\u10DC\u10D3\u10D0 \u10E8\u10D4\u10D8\u10EA\u10D0\u10D5\u10D3\u10D4\u10E1"}};function t(r){return e[r]??null}let n={regex:"\u10E8\u10D4\u10E7\u10D5\u10D0\u10DC\u10D0",email:"\u10D4\u10DA-\u10E4\u10DD\u10E1\u10E2\u10D8\u10E1 \u10DB\u10D8\u10E1\u10D0\u10DB\u10D0\u10E0\u10D7\u10D8",url:"URL",emoji:"\u10D4\u10DB\u10DD\u10EF\u10D8",uuid:"UUID",uuidv4:"UUIDv4",uuidv6:"UUIDv6",nanoid:"nanoid",guid:"GUID",cuid:"cuid",cuid2:"cuid2",ulid:"ULID",xid:"XID",ksuid:"KSUID",datetime:"\u10D7\u10D0\u10E0\u10D8\u10E6\u10D8-\u10D3\u10E0\u10DD",date:"\u10D7\u10D0\u10E0\u10D8\u10E6\u10D8",time:"\u10D3\u10E0\u10DD",duration:"\u10EE\u10D0\u10DC\u10D2\u10E0\u10EB\u10DA\u10D8\u10D5\u10DD\u10D1\u10D0",ipv4:"IPv4 \u10DB\u10D8\u10E1\u10D0\u10DB\u10D0\u10E0\u10D7\u10D8",ipv6:"IPv6 \u10DB\u10D8\u10E1\u10D0\u10DB\u10D0\u10E0\u10D7\u10D8",mac:"MAC \u10DB\u10D8\u10E1\u10D0\u10DB\u10D0\u10E0\u10D7\u10D8",cidrv4:"IPv4 \u10D3\u10D8\u10D0\u10DE\u10D0\u10D6\u10DD\u10DC\u10D8",cidrv6:"IPv6 \u10D3\u10D8\u10D0\u10DE\u10D0\u10D6\u10DD\u10DC\u10D8",base64:"base64-\u10D9\u10DD\u10D3\u10D8\u10E0\u10D4\u10D1\u10E3\u10DA\u10D8 \u10D5\u10D4\u10DA\u10D8",base64url:"base64url-\u10D9\u10DD\u10D3\u10D8\u10E0\u10D4\u10D1\u10E3\u10DA\u10D8 \u10D5\u10D4\u10DA\u10D8",json_string:"JSON \u10D5\u10D4\u10DA\u10D8",e164:"E.164 \u10DC\u10DD\u10DB\u10D4\u10E0\u10D8",credit_card:"\u10E1\u10D0\u10D9\u10E0\u10D4\u10D3\u10D8\u10E2\u10DD \u10D1\u10D0\u10E0\u10D0\u10D7\u10D8\u10E1 \u10DC\u10DD\u10DB\u10D4\u10E0\u10D8",currency_code:"\u10D5\u10D0\u10DA\u10E3\u10E2\u10D8\u10E1 \u10D9\u10DD\u10D3\u10D8",iban:"IBAN",jwt:"JWT",template_literal:"\u10E8\u10D4\u10E7\u10D5\u10D0\u10DC\u10D0"},i={nan:"NaN",number:"\u10E0\u10D8\u10EA\u10EE\u10D5\u10D8",string:"\u10D5\u10D4\u10DA\u10D8",boolean:"\u10D1\u10E3\u10DA\u10D4\u10D0\u10DC\u10D8",function:"\u10E4\u10E3\u10DC\u10E5\u10EA\u10D8\u10D0",array:"\u10DB\u10D0\u10E1\u10D8\u10D5\u10D8"};return r=>{switch(r.code){case"invalid_type":{let o=i[r.expected]??r.expected,a=U(r.input),s=i[a]??a;return/^[A-Z]/.test(r.expected)?`\u10D0\u10E0\u10D0\u10E1\u10EC\u10DD\u10E0\u10D8 \u10E8\u10D4\u10E7\u10D5\u10D0\u10DC\u10D0: \u10DB\u10DD\u10E1\u10D0\u10DA\u10DD\u10D3\u10DC\u10D4\u10DA\u10D8 instanceof ${r.expected}, \u10DB\u10D8\u10E6\u10D4\u10D1\u10E3\u10DA\u10D8 ${s}`:`\u10D0\u10E0\u10D0\u10E1\u10EC\u10DD\u10E0\u10D8 \u10E8\u10D4\u10E7\u10D5\u10D0\u10DC\u10D0: \u10DB\u10DD\u10E1\u10D0\u10DA\u10DD\u10D3\u10DC\u10D4\u10DA\u10D8 ${o}, \u10DB\u10D8\u10E6\u10D4\u10D1\u10E3\u10DA\u10D8 ${s}`}case"invalid_value":return r.values.length===1?`\u10D0\u10E0\u10D0\u10E1\u10EC\u10DD\u10E0\u10D8 \u10E8\u10D4\u10E7\u10D5\u10D0\u10DC\u10D0: \u10DB\u10DD\u10E1\u10D0\u10DA\u10DD\u10D3\u10DC\u10D4\u10DA\u10D8 ${O(r.values[0])}`:`\u10D0\u10E0\u10D0\u10E1\u10EC\u10DD\u10E0\u10D8 \u10D5\u10D0\u10E0\u10D8\u10D0\u10DC\u10E2\u10D8: \u10DB\u10DD\u10E1\u10D0\u10DA\u10DD\u10D3\u10DC\u10D4\u10DA\u10D8\u10D0 \u10D4\u10E0\u10D7-\u10D4\u10E0\u10D7\u10D8 ${$(r.values,"|")}-\u10D3\u10D0\u10DC`;case"too_big":{let o=r.inclusive?"<=":"<",a=t(r.origin);return a?`\u10D6\u10D4\u10D3\u10DB\u10D4\u10E2\u10D0\u10D3 \u10D3\u10D8\u10D3\u10D8: \u10DB\u10DD\u10E1\u10D0\u10DA\u10DD\u10D3\u10DC\u10D4\u10DA\u10D8 ${r.origin??"\u10DB\u10DC\u10D8\u10E8\u10D5\u10DC\u10D4\u10DA\u10DD\u10D1\u10D0"} ${a.verb} ${o}${r.maximum.toString()} ${a.unit}`:`\u10D6\u10D4\u10D3\u10DB\u10D4\u10E2\u10D0\u10D3 \u10D3\u10D8\u10D3\u10D8: \u10DB\u10DD\u10E1\u10D0\u10DA\u10DD\u10D3\u10DC\u10D4\u10DA\u10D8 ${r.origin??"\u10DB\u10DC\u10D8\u10E8\u10D5\u10DC\u10D4\u10DA\u10DD\u10D1\u10D0"} \u10D8\u10E7\u10DD\u10E1 ${o}${r.maximum.toString()}`}case"too_small":{let o=r.inclusive?">=":">",a=t(r.origin);return a?`\u10D6\u10D4\u10D3\u10DB\u10D4\u10E2\u10D0\u10D3 \u10DE\u10D0\u10E2\u10D0\u10E0\u10D0: \u10DB\u10DD\u10E1\u10D0\u10DA\u10DD\u10D3\u10DC\u10D4\u10DA\u10D8 ${r.origin} ${a.verb} ${o}${r.minimum.toString()} ${a.unit}`:`\u10D6\u10D4\u10D3\u10DB\u10D4\u10E2\u10D0\u10D3 \u10DE\u10D0\u10E2\u10D0\u10E0\u10D0: \u10DB\u10DD\u10E1\u10D0\u10DA\u10DD\u10D3\u10DC\u10D4\u10DA\u10D8 ${r.origin} \u10D8\u10E7\u10DD\u10E1 ${o}${r.minimum.toString()}`}case"invalid_format":{let o=r;return o.format==="starts_with"?`\u10D0\u10E0\u10D0\u10E1\u10EC\u10DD\u10E0\u10D8 \u10D5\u10D4\u10DA\u10D8: \u10E3\u10DC\u10D3\u10D0 \u10D8\u10EC\u10E7\u10D4\u10D1\u10DD\u10D3\u10D4\u10E1 "${o.prefix}"-\u10D8\u10D7`:o.format==="ends_with"?`\u10D0\u10E0\u10D0\u10E1\u10EC\u10DD\u10E0\u10D8 \u10D5\u10D4\u10DA\u10D8: \u10E3\u10DC\u10D3\u10D0 \u10DB\u10D7\u10D0\u10D5\u10E0\u10D3\u10D4\u10D1\u10DD\u10D3\u10D4\u10E1 "${o.suffix}"-\u10D8\u10D7`:o.format==="includes"?`\u10D0\u10E0\u10D0\u10E1\u10EC\u10DD\u10E0\u10D8 \u10D5\u10D4\u10DA\u10D8: \u10E3\u10DC\u10D3\u10D0 \u10E8\u10D4\u10D8\u10EA\u10D0\u10D5\u10D3\u10D4\u10E1 "${o.includes}"-\u10E1`:o.format==="regex"?`\u10D0\u10E0\u10D0\u10E1\u10EC\u10DD\u10E0\u10D8 \u10D5\u10D4\u10DA\u10D8: \u10E3\u10DC\u10D3\u10D0 \u10E8\u10D4\u10D4\u10E1\u10D0\u10D1\u10D0\u10DB\u10D4\u10D1\u10DD\u10D3\u10D4\u10E1 \u10E8\u10D0\u10D1\u10DA\u10DD\u10DC\u10E1 ${o.pattern}`:`\u10D0\u10E0\u10D0\u10E1\u10EC\u10DD\u10E0\u10D8 ${n[o.format]??r.format}`}case"not_multiple_of":return`\u10D0\u10E0\u10D0\u10E1\u10EC\u10DD\u10E0\u10D8 \u10E0\u10D8\u10EA\u10EE\u10D5\u10D8: \u10E3\u10DC\u10D3\u10D0 \u10D8\u10E7\u10DD\u10E1 ${r.divisor}-\u10D8\u10E1 \u10EF\u10D4\u10E0\u10D0\u10D3\u10D8`;case"unrecognized_keys":return`\u10E3\u10EA\u10DC\u10DD\u10D1\u10D8 \u10D2\u10D0\u10E1\u10D0\u10E6\u10D4\u10D1${r.keys.length>1?"\u10D4\u10D1\u10D8":"\u10D8"}: ${$(r.keys,", ")}`;case"invalid_key":return`\u10D0\u10E0\u10D0\u10E1\u10EC\u10DD\u10E0\u10D8 \u10D2\u10D0\u10E1\u10D0\u10E6\u10D4\u10D1\u10D8 ${r.origin}-\u10E8\u10D8`;case"invalid_union":return"\u10D0\u10E0\u10D0\u10E1\u10EC\u10DD\u10E0\u10D8 \u10E8\u10D4\u10E7\u10D5\u10D0\u10DC\u10D0";case"invalid_element":return`\u10D0\u10E0\u10D0\u10E1\u10EC\u10DD\u10E0\u10D8 \u10DB\u10DC\u10D8\u10E8\u10D5\u10DC\u10D4\u10DA\u10DD\u10D1\u10D0 ${r.origin}-\u10E8\u10D8`;default:return"\u10D0\u10E0\u10D0\u10E1\u10EC\u10DD\u10E0\u10D8 \u10E8\u10D4\u10E7\u10D5\u10D0\u10DC\u10D0"}}};function W0(){return{localeError:J_()}}var X_=()=>{let e={string:{unit:"\u178F\u17BD\u17A2\u1780\u17D2\u179F\u179A",verb:"\u1782\u17BD\u179A\u1798\u17B6\u1793"},file:{unit:"\u1794\u17C3",verb:"\u1782\u17BD\u179A\u1798\u17B6\u1793"},array:{unit:"\u1792\u17B6\u178F\u17BB",verb:"\u1782\u17BD\u179A\u1798\u17B6\u1793"},set:{unit:"\u1792\u17B6\u178F\u17BB",verb:"\u1782\u17BD\u179A\u1798\u17B6\u1793"},map:{unit:"\u1792\u17B6\u178F\u17BB",verb:"\u1782\u17BD\u179A\u1798\u17B6\u1793"}};function t(r){return e[r]??null}let n={regex:"\u1791\u17B7\u1793\u17D2\u1793\u1793\u17D0\u1799\u1794\u1789\u17D2\u1785\u17BC\u179B",email:"\u17A2\u17B6\u179F\u1799\u178A\u17D2\u178B\u17B6\u1793\u17A2\u17CA\u17B8\u1798\u17C2\u179B",url:"URL",emoji:"\u179F\u1789\u17D2\u1789\u17B6\u17A2\u17B6\u179A\u1798\u17D2\u1798\u178E\u17CD",uuid:"UUID",uuidv4:"UUIDv4",uuidv6:"UUIDv6",nanoid:"nanoid",guid:"GUID",cuid:"cuid",cuid2:"cuid2",ulid:"ULID",xid:"XID",ksuid:"KSUID",datetime:"\u1780\u17B6\u179B\u1794\u179A\u17B7\u1785\u17D2\u1786\u17C1\u1791 \u1793\u17B7\u1784\u1798\u17C9\u17C4\u1784 ISO",date:"\u1780\u17B6\u179B\u1794\u179A\u17B7\u1785\u17D2\u1786\u17C1\u1791 ISO",time:"\u1798\u17C9\u17C4\u1784 ISO",duration:"\u179A\u1799\u17C8\u1796\u17C1\u179B ISO",ipv4:"\u17A2\u17B6\u179F\u1799\u178A\u17D2\u178B\u17B6\u1793 IPv4",ipv6:"\u17A2\u17B6\u179F\u1799\u178A\u17D2\u178B\u17B6\u1793 IPv6",mac:"\u17A2\u17B6\u179F\u1799\u178A\u17D2\u178B\u17B6\u1793 MAC",cidrv4:"\u178A\u17C2\u1793\u17A2\u17B6\u179F\u1799\u178A\u17D2\u178B\u17B6\u1793 IPv4",cidrv6:"\u178A\u17C2\u1793\u17A2\u17B6\u179F\u1799\u178A\u17D2\u178B\u17B6\u1793 IPv6",base64:"\u1781\u17D2\u179F\u17C2\u17A2\u1780\u17D2\u179F\u179A\u17A2\u17CA\u17B7\u1780\u17BC\u178A base64",base64url:"\u1781\u17D2\u179F\u17C2\u17A2\u1780\u17D2\u179F\u179A\u17A2\u17CA\u17B7\u1780\u17BC\u178A base64url",json_string:"\u1781\u17D2\u179F\u17C2\u17A2\u1780\u17D2\u179F\u179A JSON",e164:"\u179B\u17C1\u1781 E.164",credit_card:"\u179B\u17C1\u1781\u1794\u17D0\u178E\u17D2\u178E\u17A5\u178E\u1791\u17B6\u1793",currency_code:"\u1780\u17BC\u178A\u179A\u17BC\u1794\u17B7\u1799\u1794\u17D0\u178E\u17D2\u178E",iban:"IBAN",jwt:"JWT",template_literal:"\u1791\u17B7\u1793\u17D2\u1793\u1793\u17D0\u1799\u1794\u1789\u17D2\u1785\u17BC\u179B"},i={nan:"NaN",number:"\u179B\u17C1\u1781",array:"\u17A2\u17B6\u179A\u17C1 (Array)",null:"\u1782\u17D2\u1798\u17B6\u1793\u178F\u1798\u17D2\u179B\u17C3 (null)"};return r=>{switch(r.code){case"invalid_type":{let o=i[r.expected]??r.expected,a=U(r.input),s=i[a]??a;return/^[A-Z]/.test(r.expected)?`\u1791\u17B7\u1793\u17D2\u1793\u1793\u17D0\u1799\u1794\u1789\u17D2\u1785\u17BC\u179B\u1798\u17B7\u1793\u178F\u17D2\u179A\u17B9\u1798\u178F\u17D2\u179A\u17BC\u179C\u17D6 \u178F\u17D2\u179A\u17BC\u179C\u1780\u17B6\u179A instanceof ${r.expected} \u1794\u17C9\u17BB\u1793\u17D2\u178F\u17C2\u1791\u1791\u17BD\u179B\u1794\u17B6\u1793 ${s}`:`\u1791\u17B7\u1793\u17D2\u1793\u1793\u17D0\u1799\u1794\u1789\u17D2\u1785\u17BC\u179B\u1798\u17B7\u1793\u178F\u17D2\u179A\u17B9\u1798\u178F\u17D2\u179A\u17BC\u179C\u17D6 \u178F\u17D2\u179A\u17BC\u179C\u1780\u17B6\u179A ${o} \u1794\u17C9\u17BB\u1793\u17D2\u178F\u17C2\u1791\u1791\u17BD\u179B\u1794\u17B6\u1793 ${s}`}case"invalid_value":return r.values.length===1?`\u1791\u17B7\u1793\u17D2\u1793\u1793\u17D0\u1799\u1794\u1789\u17D2\u1785\u17BC\u179B\u1798\u17B7\u1793\u178F\u17D2\u179A\u17B9\u1798\u178F\u17D2\u179A\u17BC\u179C\u17D6 \u178F\u17D2\u179A\u17BC\u179C\u1780\u17B6\u179A ${O(r.values[0])}`:`\u1787\u1798\u17D2\u179A\u17BE\u179F\u1798\u17B7\u1793\u178F\u17D2\u179A\u17B9\u1798\u178F\u17D2\u179A\u17BC\u179C\u17D6 \u178F\u17D2\u179A\u17BC\u179C\u1787\u17B6\u1798\u17BD\u1799\u1780\u17D2\u1793\u17BB\u1784\u1785\u17C6\u178E\u17C4\u1798 ${$(r.values,"|")}`;case"too_big":{let o=r.inclusive?"<=":"<",a=t(r.origin);return a?`\u1792\u17C6\u1796\u17C1\u1780\u17D6 \u178F\u17D2\u179A\u17BC\u179C\u1780\u17B6\u179A ${r.origin??"\u178F\u1798\u17D2\u179B\u17C3"} ${o} ${r.maximum.toString()} ${a.unit??"\u1792\u17B6\u178F\u17BB"}`:`\u1792\u17C6\u1796\u17C1\u1780\u17D6 \u178F\u17D2\u179A\u17BC\u179C\u1780\u17B6\u179A ${r.origin??"\u178F\u1798\u17D2\u179B\u17C3"} ${o} ${r.maximum.toString()}`}case"too_small":{let o=r.inclusive?">=":">",a=t(r.origin);return a?`\u178F\u17BC\u1785\u1796\u17C1\u1780\u17D6 \u178F\u17D2\u179A\u17BC\u179C\u1780\u17B6\u179A ${r.origin} ${o} ${r.minimum.toString()} ${a.unit}`:`\u178F\u17BC\u1785\u1796\u17C1\u1780\u17D6 \u178F\u17D2\u179A\u17BC\u179C\u1780\u17B6\u179A ${r.origin} ${o} ${r.minimum.toString()}`}case"invalid_format":{let o=r;return o.format==="starts_with"?`\u1781\u17D2\u179F\u17C2\u17A2\u1780\u17D2\u179F\u179A\u1798\u17B7\u1793\u178F\u17D2\u179A\u17B9\u1798\u178F\u17D2\u179A\u17BC\u179C\u17D6 \u178F\u17D2\u179A\u17BC\u179C\u1785\u17B6\u1794\u17CB\u1795\u17D2\u178F\u17BE\u1798\u178A\u17C4\u1799 "${o.prefix}"`:o.format==="ends_with"?`\u1781\u17D2\u179F\u17C2\u17A2\u1780\u17D2\u179F\u179A\u1798\u17B7\u1793\u178F\u17D2\u179A\u17B9\u1798\u178F\u17D2\u179A\u17BC\u179C\u17D6 \u178F\u17D2\u179A\u17BC\u179C\u1794\u1789\u17D2\u1785\u1794\u17CB\u178A\u17C4\u1799 "${o.suffix}"`:o.format==="includes"?`\u1781\u17D2\u179F\u17C2\u17A2\u1780\u17D2\u179F\u179A\u1798\u17B7\u1793\u178F\u17D2\u179A\u17B9\u1798\u178F\u17D2\u179A\u17BC\u179C\u17D6 \u178F\u17D2\u179A\u17BC\u179C\u1798\u17B6\u1793 "${o.includes}"`:o.format==="regex"?`\u1781\u17D2\u179F\u17C2\u17A2\u1780\u17D2\u179F\u179A\u1798\u17B7\u1793\u178F\u17D2\u179A\u17B9\u1798\u178F\u17D2\u179A\u17BC\u179C\u17D6 \u178F\u17D2\u179A\u17BC\u179C\u178F\u17C2\u1795\u17D2\u1782\u17BC\u1795\u17D2\u1782\u1784\u1793\u17B9\u1784\u1791\u1798\u17D2\u179A\u1784\u17CB\u178A\u17C2\u179B\u1794\u17B6\u1793\u1780\u17C6\u178E\u178F\u17CB ${o.pattern}`:`\u1798\u17B7\u1793\u178F\u17D2\u179A\u17B9\u1798\u178F\u17D2\u179A\u17BC\u179C\u17D6 ${n[o.format]??r.format}`}case"not_multiple_of":return`\u179B\u17C1\u1781\u1798\u17B7\u1793\u178F\u17D2\u179A\u17B9\u1798\u178F\u17D2\u179A\u17BC\u179C\u17D6 \u178F\u17D2\u179A\u17BC\u179C\u178F\u17C2\u1787\u17B6\u1796\u17A0\u17BB\u1782\u17BB\u178E\u1793\u17C3 ${r.divisor}`;case"unrecognized_keys":return`\u179A\u1780\u1783\u17BE\u1789\u179F\u17C4\u1798\u17B7\u1793\u179F\u17D2\u1782\u17B6\u179B\u17CB\u17D6 ${$(r.keys,", ")}`;case"invalid_key":return`\u179F\u17C4\u1798\u17B7\u1793\u178F\u17D2\u179A\u17B9\u1798\u178F\u17D2\u179A\u17BC\u179C\u1793\u17C5\u1780\u17D2\u1793\u17BB\u1784 ${r.origin}`;case"invalid_union":return"\u1791\u17B7\u1793\u17D2\u1793\u1793\u17D0\u1799\u1798\u17B7\u1793\u178F\u17D2\u179A\u17B9\u1798\u178F\u17D2\u179A\u17BC\u179C";case"invalid_element":return`\u1791\u17B7\u1793\u17D2\u1793\u1793\u17D0\u1799\u1798\u17B7\u1793\u178F\u17D2\u179A\u17B9\u1798\u178F\u17D2\u179A\u17BC\u179C\u1793\u17C5\u1780\u17D2\u1793\u17BB\u1784 ${r.origin}`;default:return"\u1791\u17B7\u1793\u17D2\u1793\u1793\u17D0\u1799\u1798\u17B7\u1793\u178F\u17D2\u179A\u17B9\u1798\u178F\u17D2\u179A\u17BC\u179C"}}};function Xa(){return{localeError:X_()}}function J0(){return Xa()}var Y_=()=>{let e={string:{unit:"\u0C85\u0C95\u0CCD\u0CB7\u0CB0\u0C97\u0CB3\u0CC1",verb:"\u0CB9\u0CCA\u0C82\u0CA6\u0CB2\u0CC1"},file:{unit:"\u0CAC\u0CC8\u0C9F\u0CCD\u200C\u0C97\u0CB3\u0CC1",verb:"\u0CB9\u0CCA\u0C82\u0CA6\u0CB2\u0CC1"},array:{unit:"\u0CB5\u0CB8\u0CCD\u0CA4\u0CC1\u0C97\u0CB3\u0CC1",verb:"\u0CB9\u0CCA\u0C82\u0CA6\u0CB2\u0CC1"},set:{unit:"\u0CB5\u0CB8\u0CCD\u0CA4\u0CC1\u0C97\u0CB3\u0CC1",verb:"\u0CB9\u0CCA\u0C82\u0CA6\u0CB2\u0CC1"},map:{unit:"entries",verb:"\u0CB9\u0CCA\u0C82\u0CA6\u0CB2\u0CC1"}};function t(r){return e[r]??null}let n={regex:"\u0C87\u0CA8\u0CCD\u0CAA\u0CC1\u0C9F\u0CCD",email:"email \u0CB5\u0CBF\u0CB3\u0CBE\u0CB8",url:"URL",emoji:"emoji",uuid:"UUID",uuidv4:"UUIDv4",uuidv6:"UUIDv6",nanoid:"nanoid",guid:"GUID",cuid:"cuid",cuid2:"cuid2",ulid:"ULID",xid:"XID",ksuid:"KSUID",datetime:"ISO \u0CA6\u0CBF\u0CA8\u0CBE\u0C82\u0C95\u0CA6 \u0CB8\u0CAE\u0CAF",date:"ISO \u0CA6\u0CBF\u0CA8\u0CBE\u0C82\u0C95",time:"ISO \u0CB8\u0CAE\u0CAF",duration:"ISO \u0C85\u0CB5\u0CA7\u0CBF",ipv4:"IPv4 \u0CB5\u0CBF\u0CB3\u0CBE\u0CB8",ipv6:"IPv6 \u0CB5\u0CBF\u0CB3\u0CBE\u0CB8",mac:"MAC \u0CB5\u0CBF\u0CB3\u0CBE\u0CB8",cidrv4:"IPv4 \u0CB5\u0CCD\u0CAF\u0CBE\u0CAA\u0CCD\u0CA4\u0CBF\u0CAF",cidrv6:"IPv6 \u0CB5\u0CCD\u0CAF\u0CBE\u0CAA\u0CCD\u0CA4\u0CBF\u0CAF",base64:"base64-encoded\u0CB8\u0CCD\u0C9F\u0CCD\u0CB0\u0CBF\u0C82\u0C97\u0CCD",base64url:"base64url-encoded\u0CB8\u0CCD\u0C9F\u0CCD\u0CB0\u0CBF\u0C82\u0C97\u0CCD",json_string:"JSON\u0CB8\u0CCD\u0C9F\u0CCD\u0CB0\u0CBF\u0C82\u0C97\u0CCD",e164:"E.164 \u0CB8\u0C82\u0C96\u0CCD\u0CAF\u0CC6",credit_card:"\u0C95\u0CCD\u0CB0\u0CC6\u0CA1\u0CBF\u0C9F\u0CCD \u0C95\u0CBE\u0CB0\u0CCD\u0CA1\u0CCD \u0CB8\u0C82\u0C96\u0CCD\u0CAF\u0CC6",currency_code:"\u0C95\u0CB0\u0CC6\u0CA8\u0CCD\u0CB8\u0CBF \u0C95\u0CCB\u0CA1\u0CCD",iban:"IBAN",jwt:"JWT",template_literal:"\u0C87\u0CA8\u0CCD\u0CAA\u0CC1\u0C9F\u0CCD"},i={nan:"NaN"};return r=>{switch(r.code){case"invalid_type":{let o=i[r.expected]??r.expected,a=U(r.input),s=i[a]??a;return`\u0C85\u0CAE\u0CBE\u0CA8\u0CCD\u0CAF \u0C87\u0CA8\u0CCD\u200C\u0CAA\u0CC1\u0C9F\u0CCD: \u0CA8\u0CBF\u0CB0\u0CC0\u0C95\u0CCD\u0CB7\u0CBF\u0CB8\u0CB2\u0CBE\u0C97\u0CBF\u0CA6\u0CC6 ${o}, \u0CB8\u0CCD\u0CB5\u0CC0\u0C95\u0CB0\u0CBF\u0CB8\u0CBF\u0CA6\u0CA8\u0CC1 ${s}`}case"invalid_value":return r.values.length===1?`\u0C85\u0CAE\u0CBE\u0CA8\u0CCD\u0CAF \u0C87\u0CA8\u0CCD\u200C\u0CAA\u0CC1\u0C9F\u0CCD: \u0CA8\u0CBF\u0CB0\u0CC0\u0C95\u0CCD\u0CB7\u0CBF\u0CB8\u0CB2\u0CBE\u0C97\u0CBF\u0CA6\u0CC6 ${O(r.values[0])}`:`\u0C85\u0CAE\u0CBE\u0CA8\u0CCD\u0CAF \u0C86\u0CAF\u0CCD\u0C95\u0CC6: \u0C87\u0CB5\u0CC1\u0C97\u0CB3\u0CB2\u0CCD\u0CB2\u0CBF \u0C92\u0C82\u0CA6\u0CA8\u0CCD\u0CA8\u0CC1 \u0CA8\u0CBF\u0CB0\u0CC0\u0C95\u0CCD\u0CB7\u0CBF\u0CB8\u0CB2\u0CBE\u0C97\u0CBF\u0CA6\u0CC6 ${$(r.values,"|")}`;case"too_big":{let o=r.inclusive?"<=":"<",a=t(r.origin);return a?`\u0CA4\u0CC1\u0C82\u0CAC\u0CBE \u0CA6\u0CCA\u0CA1\u0CCD\u0CA1\u0CA6\u0CC1: \u0CA8\u0CBF\u0CB0\u0CC0\u0C95\u0CCD\u0CB7\u0CBF\u0CB8\u0CB2\u0CBE\u0C97\u0CBF\u0CA6\u0CC6 ${r.origin??"value"} \u0CB9\u0CCA\u0C82\u0CA6\u0CB2\u0CC1 ${o}${r.maximum.toString()} ${a.unit??"\u0C85\u0C82\u0CB6\u0C97\u0CB3\u0CC1"}`:`\u0CA4\u0CC1\u0C82\u0CAC\u0CBE \u0CA6\u0CCA\u0CA1\u0CCD\u0CA1\u0CA6\u0CC1: \u0CA8\u0CBF\u0CB0\u0CC0\u0C95\u0CCD\u0CB7\u0CBF\u0CB8\u0CB2\u0CBE\u0C97\u0CBF\u0CA6\u0CC6 ${r.origin??"value"} \u0C8E\u0C82\u0CA6\u0CC1 ${o}${r.maximum.toString()}`}case"too_small":{let o=r.inclusive?">=":">",a=t(r.origin);return a?`\u0CA4\u0CC1\u0C82\u0CAC\u0CBE \u0C9A\u0CBF\u0C95\u0CCD\u0C95\u0CA6\u0CC1: \u0CA8\u0CBF\u0CB0\u0CC0\u0C95\u0CCD\u0CB7\u0CBF\u0CB8\u0CB2\u0CBE\u0C97\u0CBF\u0CA6\u0CC6 ${r.origin} \u0CB9\u0CCA\u0C82\u0CA6\u0CB2\u0CC1 ${o}${r.minimum.toString()} ${a.unit}`:`\u0CA4\u0CC1\u0C82\u0CAC\u0CBE \u0C9A\u0CBF\u0C95\u0CCD\u0C95\u0CA6\u0CC1: \u0CA8\u0CBF\u0CB0\u0CC0\u0C95\u0CCD\u0CB7\u0CBF\u0CB8\u0CB2\u0CBE\u0C97\u0CBF\u0CA6\u0CC6 ${r.origin} \u0C8E\u0C82\u0CA6\u0CC1 ${o}${r.minimum.toString()}`}case"invalid_format":{let o=r;return o.format==="starts_with"?`\u0C85\u0CAE\u0CBE\u0CA8\u0CCD\u0CAF\u0CB5\u0CBE\u0CA6 \u0CB8\u0CCD\u0C9F\u0CCD\u0CB0\u0CBF\u0C82\u0C97\u0CCD: \u0C87\u0CA6\u0CB0\u0CCA\u0C82\u0CA6\u0CBF\u0C97\u0CC6 \u0CAA\u0CCD\u0CB0\u0CBE\u0CB0\u0C82\u0CAD\u0CBF\u0CB8\u0CAC\u0CC7\u0C95\u0CC1 "${o.prefix}"`:o.format==="ends_with"?`\u0C85\u0CAE\u0CBE\u0CA8\u0CCD\u0CAF\u0CB5\u0CBE\u0CA6 \u0CB8\u0CCD\u0C9F\u0CCD\u0CB0\u0CBF\u0C82\u0C97\u0CCD: \u0C87\u0CA6\u0CB0\u0CCA\u0C82\u0CA6\u0CBF\u0C97\u0CC6 \u0C95\u0CCA\u0CA8\u0CC6\u0C97\u0CCA\u0CB3\u0CCD\u0CB3\u0CAC\u0CC7\u0C95\u0CC1 "${o.suffix}"`:o.format==="includes"?`\u0C85\u0CAE\u0CBE\u0CA8\u0CCD\u0CAF \u0CB8\u0CCD\u0C9F\u0CCD\u0CB0\u0CBF\u0C82\u0C97\u0CCD: \u0C92\u0CB3\u0C97\u0CCA\u0C82\u0CA1\u0CBF\u0CB0\u0CAC\u0CC7\u0C95\u0CC1 "${o.includes}"`:o.format==="regex"?`\u0C85\u0CAE\u0CBE\u0CA8\u0CCD\u0CAF\u0CB5\u0CBE\u0CA6 \u0CB8\u0CCD\u0C9F\u0CCD\u0CB0\u0CBF\u0C82\u0C97\u0CCD: \u0CAE\u0CBE\u0CA6\u0CB0\u0CBF\u0C97\u0CC6 \u0CB9\u0CCA\u0C82\u0CA6\u0CBF\u0C95\u0CC6\u0CAF\u0CBE\u0C97\u0CAC\u0CC7\u0C95\u0CC1 ${o.pattern}`:`\u0C85\u0CAE\u0CBE\u0CA8\u0CCD\u0CAF ${n[o.format]??r.format}`}case"not_multiple_of":return`\u0C85\u0CAE\u0CBE\u0CA8\u0CCD\u0CAF \u0CB8\u0C82\u0C96\u0CCD\u0CAF\u0CC6: \u0CAC\u0CB9\u0CC1\u0CB8\u0C82\u0C96\u0CCD\u0CAF\u0CC6\u0CAF\u0CBE\u0C97\u0CBF\u0CB0\u0CAC\u0CC7\u0C95\u0CC1 ${r.divisor}`;case"unrecognized_keys":return`\u0C97\u0CC1\u0CB0\u0CC1\u0CA4\u0CBF\u0CB8\u0CB2\u0CBE\u0C97\u0CA6 \u0C95\u0CC0 ${r.keys.length>1?"s":""}: ${$(r.keys,", ")}`;case"invalid_key":return`\u0C85\u0CAE\u0CBE\u0CA8\u0CCD\u0CAF\u0CB5\u0CBE\u0CA6 \u0C95\u0CC0 \u0C87\u0CA8\u0CCD ${r.origin}`;case"invalid_union":return r.options&&Array.isArray(r.options)&&r.options.length>0?`\u0C85\u0CAE\u0CBE\u0CA8\u0CCD\u0CAF \u0CA4\u0CBE\u0CB0\u0CA4\u0CAE\u0CCD\u0CAF \u0CAE\u0CCC\u0CB2\u0CCD\u0CAF. \u0CA8\u0CBF\u0CB0\u0CC0\u0C95\u0CCD\u0CB7\u0CBF\u0CB8\u0CB2\u0CBE\u0C97\u0CBF\u0CA6\u0CC6 ${r.options.map(a=>`'${a}'`).join(" | ")}`:"\u0C85\u0CAE\u0CBE\u0CA8\u0CCD\u0CAF \u0C87\u0CA8\u0CCD\u200C\u0CAA\u0CC1\u0C9F\u0CCD";case"invalid_element":return`\u0CB0\u0CB2\u0CCD\u0CB2\u0CBF \u0C85\u0CAE\u0CBE\u0CA8\u0CCD\u0CAF \u0CAE\u0CCC\u0CB2\u0CCD\u0CAF ${r.origin}`;default:return"\u0C85\u0CAE\u0CBE\u0CA8\u0CCD\u0CAF \u0C87\u0CA8\u0CCD\u200C\u0CAA\u0CC1\u0C9F\u0CCD"}}};function X0(){return{localeError:Y_()}}var Q_=()=>{let e={string:{unit:"\uBB38\uC790",verb:"to have"},file:{unit:"\uBC14\uC774\uD2B8",verb:"to have"},array:{unit:"\uAC1C",verb:"to have"},set:{unit:"\uAC1C",verb:"to have"},map:{unit:"\uAC1C",verb:"to have"}};function t(r){return e[r]??null}let n={regex:"\uC785\uB825",email:"\uC774\uBA54\uC77C \uC8FC\uC18C",url:"URL",emoji:"\uC774\uBAA8\uC9C0",uuid:"UUID",uuidv4:"UUIDv4",uuidv6:"UUIDv6",nanoid:"nanoid",guid:"GUID",cuid:"cuid",cuid2:"cuid2",ulid:"ULID",xid:"XID",ksuid:"KSUID",datetime:"ISO \uB0A0\uC9DC\uC2DC\uAC04",date:"ISO \uB0A0\uC9DC",time:"ISO \uC2DC\uAC04",duration:"ISO \uAE30\uAC04",ipv4:"IPv4 \uC8FC\uC18C",ipv6:"IPv6 \uC8FC\uC18C",mac:"MAC \uC8FC\uC18C",cidrv4:"IPv4 \uBC94\uC704",cidrv6:"IPv6 \uBC94\uC704",base64:"base64 \uC778\uCF54\uB529 \uBB38\uC790\uC5F4",base64url:"base64url \uC778\uCF54\uB529 \uBB38\uC790\uC5F4",json_string:"JSON \uBB38\uC790\uC5F4",e164:"E.164 \uBC88\uD638",credit_card:"\uC2E0\uC6A9\uCE74\uB4DC \uBC88\uD638",currency_code:"\uD1B5\uD654 \uCF54\uB4DC",iban:"IBAN",jwt:"JWT",template_literal:"\uC785\uB825"},i={nan:"NaN"};return r=>{switch(r.code){case"invalid_type":{let o=i[r.expected]??r.expected,a=U(r.input),s=i[a]??a;return/^[A-Z]/.test(r.expected)?`\uC798\uBABB\uB41C \uC785\uB825: \uC608\uC0C1 \uD0C0\uC785\uC740 instanceof ${r.expected}, \uBC1B\uC740 \uD0C0\uC785\uC740 ${s}\uC785\uB2C8\uB2E4`:`\uC798\uBABB\uB41C \uC785\uB825: \uC608\uC0C1 \uD0C0\uC785\uC740 ${o}, \uBC1B\uC740 \uD0C0\uC785\uC740 ${s}\uC785\uB2C8\uB2E4`}case"invalid_value":return r.values.length===1?`\uC798\uBABB\uB41C \uC785\uB825: \uAC12\uC740 ${O(r.values[0])} \uC774\uC5B4\uC57C \uD569\uB2C8\uB2E4`:`\uC798\uBABB\uB41C \uC635\uC158: ${$(r.values,"\uB610\uB294 ")} \uC911 \uD558\uB098\uC5EC\uC57C \uD569\uB2C8\uB2E4`;case"too_big":{let o=r.inclusive?"\uC774\uD558":"\uBBF8\uB9CC",a=o==="\uBBF8\uB9CC"?"\uC774\uC5B4\uC57C \uD569\uB2C8\uB2E4":"\uC5EC\uC57C \uD569\uB2C8\uB2E4",s=t(r.origin),u=s?.unit??"\uC694\uC18C";return s?`${r.origin??"\uAC12"}\uC774 \uB108\uBB34 \uD07D\uB2C8\uB2E4: ${r.maximum.toString()}${u} ${o}${a}`:`${r.origin??"\uAC12"}\uC774 \uB108\uBB34 \uD07D\uB2C8\uB2E4: ${r.maximum.toString()} ${o}${a}`}case"too_small":{let o=r.inclusive?"\uC774\uC0C1":"\uCD08\uACFC",a=o==="\uC774\uC0C1"?"\uC774\uC5B4\uC57C \uD569\uB2C8\uB2E4":"\uC5EC\uC57C \uD569\uB2C8\uB2E4",s=t(r.origin),u=s?.unit??"\uC694\uC18C";return s?`${r.origin??"\uAC12"}\uC774 \uB108\uBB34 \uC791\uC2B5\uB2C8\uB2E4: ${r.minimum.toString()}${u} ${o}${a}`:`${r.origin??"\uAC12"}\uC774 \uB108\uBB34 \uC791\uC2B5\uB2C8\uB2E4: ${r.minimum.toString()} ${o}${a}`}case"invalid_format":{let o=r;return o.format==="starts_with"?`\uC798\uBABB\uB41C \uBB38\uC790\uC5F4: "${o.prefix}"(\uC73C)\uB85C \uC2DC\uC791\uD574\uC57C \uD569\uB2C8\uB2E4`:o.format==="ends_with"?`\uC798\uBABB\uB41C \uBB38\uC790\uC5F4: "${o.suffix}"(\uC73C)\uB85C \uB05D\uB098\uC57C \uD569\uB2C8\uB2E4`:o.format==="includes"?`\uC798\uBABB\uB41C \uBB38\uC790\uC5F4: "${o.includes}"\uC744(\uB97C) \uD3EC\uD568\uD574\uC57C \uD569\uB2C8\uB2E4`:o.format==="regex"?`\uC798\uBABB\uB41C \uBB38\uC790\uC5F4: \uC815\uADDC\uC2DD ${o.pattern} \uD328\uD134\uACFC \uC77C\uCE58\uD574\uC57C \uD569\uB2C8\uB2E4`:`\uC798\uBABB\uB41C ${n[o.format]??r.format}`}case"not_multiple_of":return`\uC798\uBABB\uB41C \uC22B\uC790: ${r.divisor}\uC758 \uBC30\uC218\uC5EC\uC57C \uD569\uB2C8\uB2E4`;case"unrecognized_keys":return`\uC778\uC2DD\uD560 \uC218 \uC5C6\uB294 \uD0A4: ${$(r.keys,", ")}`;case"invalid_key":return`\uC798\uBABB\uB41C \uD0A4: ${r.origin}`;case"invalid_union":return"\uC798\uBABB\uB41C \uC785\uB825";case"invalid_element":return`\uC798\uBABB\uB41C \uAC12: ${r.origin}`;default:return"\uC798\uBABB\uB41C \uC785\uB825"}}};function Y0(){return{localeError:Q_()}}var ao=e=>e.charAt(0).toUpperCase()+e.slice(1);function Q0(e){let t=Math.abs(e),n=t%10,i=t%100;return i>=11&&i<=19||n===0?"many":n===1?"one":"few"}var eA=()=>{let e={string:{unit:{one:"simbolis",few:"simboliai",many:"simboli\u0173"},verb:{smaller:{inclusive:"turi b\u016Bti ne ilgesn\u0117 kaip",notInclusive:"turi b\u016Bti trumpesn\u0117 kaip"},bigger:{inclusive:"turi b\u016Bti ne trumpesn\u0117 kaip",notInclusive:"turi b\u016Bti ilgesn\u0117 kaip"}}},file:{unit:{one:"baitas",few:"baitai",many:"bait\u0173"},verb:{smaller:{inclusive:"turi b\u016Bti ne didesnis kaip",notInclusive:"turi b\u016Bti ma\u017Eesnis kaip"},bigger:{inclusive:"turi b\u016Bti ne ma\u017Eesnis kaip",notInclusive:"turi b\u016Bti didesnis kaip"}}},array:{unit:{one:"element\u0105",few:"elementus",many:"element\u0173"},verb:{smaller:{inclusive:"turi tur\u0117ti ne daugiau kaip",notInclusive:"turi tur\u0117ti ma\u017Eiau kaip"},bigger:{inclusive:"turi tur\u0117ti ne ma\u017Eiau kaip",notInclusive:"turi tur\u0117ti daugiau kaip"}}},set:{unit:{one:"element\u0105",few:"elementus",many:"element\u0173"},verb:{smaller:{inclusive:"turi tur\u0117ti ne daugiau kaip",notInclusive:"turi tur\u0117ti ma\u017Eiau kaip"},bigger:{inclusive:"turi tur\u0117ti ne ma\u017Eiau kaip",notInclusive:"turi tur\u0117ti daugiau kaip"}}}};function t(r,o,a,s){let u=e[r]??null;return u===null?u:{unit:u.unit[o],verb:u.verb[s][a?"inclusive":"notInclusive"]}}let n={regex:"\u012Fvestis",email:"el. pa\u0161to adresas",url:"URL",emoji:"jaustukas",uuid:"UUID",uuidv4:"UUIDv4",uuidv6:"UUIDv6",nanoid:"nanoid",guid:"GUID",cuid:"cuid",cuid2:"cuid2",ulid:"ULID",xid:"XID",ksuid:"KSUID",datetime:"ISO data ir laikas",date:"ISO data",time:"ISO laikas",duration:"ISO trukm\u0117",ipv4:"IPv4 adresas",ipv6:"IPv6 adresas",mac:"MAC adresas",cidrv4:"IPv4 tinklo prefiksas (CIDR)",cidrv6:"IPv6 tinklo prefiksas (CIDR)",base64:"base64 u\u017Ekoduota eilut\u0117",base64url:"base64url u\u017Ekoduota eilut\u0117",json_string:"JSON eilut\u0117",e164:"E.164 numeris",credit_card:"kredito kortel\u0117s numeris",currency_code:"valiutos kodas",iban:"IBAN",jwt:"JWT",template_literal:"\u012Fvestis"},i={nan:"NaN",number:"skai\u010Dius",bigint:"sveikasis skai\u010Dius",string:"eilut\u0117",boolean:"login\u0117 reik\u0161m\u0117",undefined:"neapibr\u0117\u017Eta reik\u0161m\u0117",function:"funkcija",symbol:"simbolis",array:"masyvas",object:"objektas",null:"nulin\u0117 reik\u0161m\u0117"};return r=>{switch(r.code){case"invalid_type":{let o=i[r.expected]??r.expected,a=U(r.input),s=i[a]??a;return/^[A-Z]/.test(r.expected)?`Gautas tipas ${s}, o tik\u0117tasi - instanceof ${r.expected}`:`Gautas tipas ${s}, o tik\u0117tasi - ${o}`}case"invalid_value":return r.values.length===1?`Privalo b\u016Bti ${O(r.values[0])}`:`Privalo b\u016Bti vienas i\u0161 ${$(r.values,"|")} pasirinkim\u0173`;case"too_big":{let o=i[r.origin]??r.origin,a=t(r.origin,Q0(Number(r.maximum)),r.inclusive??!1,"smaller");if(a?.verb)return`${ao(o??r.origin??"reik\u0161m\u0117")} ${a.verb} ${r.maximum.toString()} ${a.unit??"element\u0173"}`;let s=r.inclusive?"ne didesnis kaip":"ma\u017Eesnis kaip";return`${ao(o??r.origin??"reik\u0161m\u0117")} turi b\u016Bti ${s} ${r.maximum.toString()} ${a?.unit}`}case"too_small":{let o=i[r.origin]??r.origin,a=t(r.origin,Q0(Number(r.minimum)),r.inclusive??!1,"bigger");if(a?.verb)return`${ao(o??r.origin??"reik\u0161m\u0117")} ${a.verb} ${r.minimum.toString()} ${a.unit??"element\u0173"}`;let s=r.inclusive?"ne ma\u017Eesnis kaip":"didesnis kaip";return`${ao(o??r.origin??"reik\u0161m\u0117")} turi b\u016Bti ${s} ${r.minimum.toString()} ${a?.unit}`}case"invalid_format":{let o=r;return o.format==="starts_with"?`Eilut\u0117 privalo prasid\u0117ti "${o.prefix}"`:o.format==="ends_with"?`Eilut\u0117 privalo pasibaigti "${o.suffix}"`:o.format==="includes"?`Eilut\u0117 privalo \u012Ftraukti "${o.includes}"`:o.format==="regex"?`Eilut\u0117 privalo atitikti ${o.pattern}`:`Neteisingas ${n[o.format]??r.format}`}case"not_multiple_of":return`Skai\u010Dius privalo b\u016Bti ${r.divisor} kartotinis.`;case"unrecognized_keys":return`Neatpa\u017Eint${r.keys.length>1?"i":"as"} rakt${r.keys.length>1?"ai":"as"}: ${$(r.keys,", ")}`;case"invalid_key":return"Rastas klaidingas raktas";case"invalid_union":return"Klaidinga \u012Fvestis";case"invalid_element":{let o=i[r.origin]??r.origin;return`${ao(o??r.origin??"reik\u0161m\u0117")} turi klaiding\u0105 \u012Fvest\u012F`}default:return"Klaidinga \u012Fvestis"}}};function eb(){return{localeError:eA()}}var tA=()=>{let e={string:{unit:"\u0437\u043D\u0430\u0446\u0438",verb:"\u0434\u0430 \u0438\u043C\u0430\u0430\u0442"},file:{unit:"\u0431\u0430\u0458\u0442\u0438",verb:"\u0434\u0430 \u0438\u043C\u0430\u0430\u0442"},array:{unit:"\u0441\u0442\u0430\u0432\u043A\u0438",verb:"\u0434\u0430 \u0438\u043C\u0430\u0430\u0442"},set:{unit:"\u0441\u0442\u0430\u0432\u043A\u0438",verb:"\u0434\u0430 \u0438\u043C\u0430\u0430\u0442"},map:{unit:"\u0441\u0442\u0430\u0432\u043A\u0438",verb:"\u0434\u0430 \u0438\u043C\u0430\u0430\u0442"}};function t(r){return e[r]??null}let n={regex:"\u0432\u043D\u0435\u0441",email:"\u0430\u0434\u0440\u0435\u0441\u0430 \u043D\u0430 \u0435-\u043F\u043E\u0448\u0442\u0430",url:"URL",emoji:"\u0435\u043C\u043E\u045F\u0438",uuid:"UUID",uuidv4:"UUIDv4",uuidv6:"UUIDv6",nanoid:"nanoid",guid:"GUID",cuid:"cuid",cuid2:"cuid2",ulid:"ULID",xid:"XID",ksuid:"KSUID",datetime:"ISO \u0434\u0430\u0442\u0443\u043C \u0438 \u0432\u0440\u0435\u043C\u0435",date:"ISO \u0434\u0430\u0442\u0443\u043C",time:"ISO \u0432\u0440\u0435\u043C\u0435",duration:"ISO \u0432\u0440\u0435\u043C\u0435\u0442\u0440\u0430\u0435\u045A\u0435",ipv4:"IPv4 \u0430\u0434\u0440\u0435\u0441\u0430",ipv6:"IPv6 \u0430\u0434\u0440\u0435\u0441\u0430",mac:"MAC \u0430\u0434\u0440\u0435\u0441\u0430",cidrv4:"IPv4 \u043E\u043F\u0441\u0435\u0433",cidrv6:"IPv6 \u043E\u043F\u0441\u0435\u0433",base64:"base64-\u0435\u043D\u043A\u043E\u0434\u0438\u0440\u0430\u043D\u0430 \u043D\u0438\u0437\u0430",base64url:"base64url-\u0435\u043D\u043A\u043E\u0434\u0438\u0440\u0430\u043D\u0430 \u043D\u0438\u0437\u0430",json_string:"JSON \u043D\u0438\u0437\u0430",e164:"E.164 \u0431\u0440\u043E\u0458",credit_card:"\u0431\u0440\u043E\u0458 \u043D\u0430 \u043A\u0440\u0435\u0434\u0438\u0442\u043D\u0430 \u043A\u0430\u0440\u0442\u0438\u0447\u043A\u0430",currency_code:"\u043A\u043E\u0434 \u043D\u0430 \u0432\u0430\u043B\u0443\u0442\u0430",iban:"IBAN",jwt:"JWT",template_literal:"\u0432\u043D\u0435\u0441"},i={nan:"NaN",number:"\u0431\u0440\u043E\u0458",array:"\u043D\u0438\u0437\u0430"};return r=>{switch(r.code){case"invalid_type":{let o=i[r.expected]??r.expected,a=U(r.input),s=i[a]??a;return/^[A-Z]/.test(r.expected)?`\u0413\u0440\u0435\u0448\u0435\u043D \u0432\u043D\u0435\u0441: \u0441\u0435 \u043E\u0447\u0435\u043A\u0443\u0432\u0430 instanceof ${r.expected}, \u043F\u0440\u0438\u043C\u0435\u043D\u043E ${s}`:`\u0413\u0440\u0435\u0448\u0435\u043D \u0432\u043D\u0435\u0441: \u0441\u0435 \u043E\u0447\u0435\u043A\u0443\u0432\u0430 ${o}, \u043F\u0440\u0438\u043C\u0435\u043D\u043E ${s}`}case"invalid_value":return r.values.length===1?`Invalid input: expected ${O(r.values[0])}`:`\u0413\u0440\u0435\u0448\u0430\u043D\u0430 \u043E\u043F\u0446\u0438\u0458\u0430: \u0441\u0435 \u043E\u0447\u0435\u043A\u0443\u0432\u0430 \u0435\u0434\u043D\u0430 ${$(r.values,"|")}`;case"too_big":{let o=r.inclusive?"<=":"<",a=t(r.origin);return a?`\u041F\u0440\u0435\u043C\u043D\u043E\u0433\u0443 \u0433\u043E\u043B\u0435\u043C: \u0441\u0435 \u043E\u0447\u0435\u043A\u0443\u0432\u0430 ${r.origin??"\u0432\u0440\u0435\u0434\u043D\u043E\u0441\u0442\u0430"} \u0434\u0430 \u0438\u043C\u0430 ${o}${r.maximum.toString()} ${a.unit??"\u0435\u043B\u0435\u043C\u0435\u043D\u0442\u0438"}`:`\u041F\u0440\u0435\u043C\u043D\u043E\u0433\u0443 \u0433\u043E\u043B\u0435\u043C: \u0441\u0435 \u043E\u0447\u0435\u043A\u0443\u0432\u0430 ${r.origin??"\u0432\u0440\u0435\u0434\u043D\u043E\u0441\u0442\u0430"} \u0434\u0430 \u0431\u0438\u0434\u0435 ${o}${r.maximum.toString()}`}case"too_small":{let o=r.inclusive?">=":">",a=t(r.origin);return a?`\u041F\u0440\u0435\u043C\u043D\u043E\u0433\u0443 \u043C\u0430\u043B: \u0441\u0435 \u043E\u0447\u0435\u043A\u0443\u0432\u0430 ${r.origin} \u0434\u0430 \u0438\u043C\u0430 ${o}${r.minimum.toString()} ${a.unit}`:`\u041F\u0440\u0435\u043C\u043D\u043E\u0433\u0443 \u043C\u0430\u043B: \u0441\u0435 \u043E\u0447\u0435\u043A\u0443\u0432\u0430 ${r.origin} \u0434\u0430 \u0431\u0438\u0434\u0435 ${o}${r.minimum.toString()}`}case"invalid_format":{let o=r;return o.format==="starts_with"?`\u041D\u0435\u0432\u0430\u0436\u0435\u0447\u043A\u0430 \u043D\u0438\u0437\u0430: \u043C\u043E\u0440\u0430 \u0434\u0430 \u0437\u0430\u043F\u043E\u0447\u043D\u0443\u0432\u0430 \u0441\u043E "${o.prefix}"`:o.format==="ends_with"?`\u041D\u0435\u0432\u0430\u0436\u0435\u0447\u043A\u0430 \u043D\u0438\u0437\u0430: \u043C\u043E\u0440\u0430 \u0434\u0430 \u0437\u0430\u0432\u0440\u0448\u0443\u0432\u0430 \u0441\u043E "${o.suffix}"`:o.format==="includes"?`\u041D\u0435\u0432\u0430\u0436\u0435\u0447\u043A\u0430 \u043D\u0438\u0437\u0430: \u043C\u043E\u0440\u0430 \u0434\u0430 \u0432\u043A\u043B\u0443\u0447\u0443\u0432\u0430 "${o.includes}"`:o.format==="regex"?`\u041D\u0435\u0432\u0430\u0436\u0435\u0447\u043A\u0430 \u043D\u0438\u0437\u0430: \u043C\u043E\u0440\u0430 \u0434\u0430 \u043E\u0434\u0433\u043E\u0430\u0440\u0430 \u043D\u0430 \u043F\u0430\u0442\u0435\u0440\u043D\u043E\u0442 ${o.pattern}`:`Invalid ${n[o.format]??r.format}`}case"not_multiple_of":return`\u0413\u0440\u0435\u0448\u0435\u043D \u0431\u0440\u043E\u0458: \u043C\u043E\u0440\u0430 \u0434\u0430 \u0431\u0438\u0434\u0435 \u0434\u0435\u043B\u0438\u0432 \u0441\u043E ${r.divisor}`;case"unrecognized_keys":return`${r.keys.length>1?"\u041D\u0435\u043F\u0440\u0435\u043F\u043E\u0437\u043D\u0430\u0435\u043D\u0438 \u043A\u043B\u0443\u0447\u0435\u0432\u0438":"\u041D\u0435\u043F\u0440\u0435\u043F\u043E\u0437\u043D\u0430\u0435\u043D \u043A\u043B\u0443\u0447"}: ${$(r.keys,", ")}`;case"invalid_key":return`\u0413\u0440\u0435\u0448\u0435\u043D \u043A\u043B\u0443\u0447 \u0432\u043E ${r.origin}`;case"invalid_union":return"\u0413\u0440\u0435\u0448\u0435\u043D \u0432\u043D\u0435\u0441";case"invalid_element":return`\u0413\u0440\u0435\u0448\u043D\u0430 \u0432\u0440\u0435\u0434\u043D\u043E\u0441\u0442 \u0432\u043E ${r.origin}`;default:return"\u0413\u0440\u0435\u0448\u0435\u043D \u0432\u043D\u0435\u0441"}}};function tb(){return{localeError:tA()}}var rA=()=>{let e={string:{unit:"aksara",verb:"mempunyai"},file:{unit:"bait",verb:"mempunyai"},array:{unit:"elemen",verb:"mempunyai"},set:{unit:"elemen",verb:"mempunyai"},map:{unit:"elemen",verb:"mempunyai"}};function t(r){return e[r]??null}let n={regex:"input",email:"alamat e-mel",url:"URL",emoji:"emoji",uuid:"UUID",uuidv4:"UUIDv4",uuidv6:"UUIDv6",nanoid:"nanoid",guid:"GUID",cuid:"cuid",cuid2:"cuid2",ulid:"ULID",xid:"XID",ksuid:"KSUID",datetime:"tarikh masa ISO",date:"tarikh ISO",time:"masa ISO",duration:"tempoh ISO",ipv4:"alamat IPv4",ipv6:"alamat IPv6",mac:"alamat MAC",cidrv4:"julat IPv4",cidrv6:"julat IPv6",base64:"string dikodkan base64",base64url:"string dikodkan base64url",json_string:"string JSON",e164:"nombor E.164",credit_card:"nombor kad kredit",currency_code:"kod mata wang",iban:"IBAN",jwt:"JWT",template_literal:"input"},i={nan:"NaN",number:"nombor"};return r=>{switch(r.code){case"invalid_type":{let o=i[r.expected]??r.expected,a=U(r.input),s=i[a]??a;return/^[A-Z]/.test(r.expected)?`Input tidak sah: dijangka instanceof ${r.expected}, diterima ${s}`:`Input tidak sah: dijangka ${o}, diterima ${s}`}case"invalid_value":return r.values.length===1?`Input tidak sah: dijangka ${O(r.values[0])}`:`Pilihan tidak sah: dijangka salah satu daripada ${$(r.values,"|")}`;case"too_big":{let o=r.inclusive?"<=":"<",a=t(r.origin);return a?`Terlalu besar: dijangka ${r.origin??"nilai"} ${a.verb} ${o}${r.maximum.toString()} ${a.unit??"elemen"}`:`Terlalu besar: dijangka ${r.origin??"nilai"} adalah ${o}${r.maximum.toString()}`}case"too_small":{let o=r.inclusive?">=":">",a=t(r.origin);return a?`Terlalu kecil: dijangka ${r.origin} ${a.verb} ${o}${r.minimum.toString()} ${a.unit}`:`Terlalu kecil: dijangka ${r.origin} adalah ${o}${r.minimum.toString()}`}case"invalid_format":{let o=r;return o.format==="starts_with"?`String tidak sah: mesti bermula dengan "${o.prefix}"`:o.format==="ends_with"?`String tidak sah: mesti berakhir dengan "${o.suffix}"`:o.format==="includes"?`String tidak sah: mesti mengandungi "${o.includes}"`:o.format==="regex"?`String tidak sah: mesti sepadan dengan corak ${o.pattern}`:`${n[o.format]??r.format} tidak sah`}case"not_multiple_of":return`Nombor tidak sah: perlu gandaan ${r.divisor}`;case"unrecognized_keys":return`Kunci tidak dikenali: ${$(r.keys,", ")}`;case"invalid_key":return`Kunci tidak sah dalam ${r.origin}`;case"invalid_union":return"Input tidak sah";case"invalid_element":return`Nilai tidak sah dalam ${r.origin}`;default:return"Input tidak sah"}}};function rb(){return{localeError:rA()}}var nA=()=>{let e={string:{unit:"\u0905\u0915\u094D\u0937\u0930",verb:"\u0939\u0941\u0928\u0941\u092A\u0930\u094D\u091B"},file:{unit:"\u092C\u093E\u0907\u091F",verb:"\u0939\u0941\u0928\u0941\u092A\u0930\u094D\u091B"},array:{unit:"\u0924\u0924\u094D\u0935",verb:"\u0939\u0941\u0928\u0941\u092A\u0930\u094D\u091B"},set:{unit:"\u0924\u0924\u094D\u0935",verb:"\u0939\u0941\u0928\u0941\u092A\u0930\u094D\u091B"},map:{unit:"\u092A\u094D\u0930\u0935\u093F\u0937\u094D\u091F\u093F",verb:"\u0939\u0941\u0928\u0941\u092A\u0930\u094D\u091B"}};function t(r){return e[r]??null}let n={regex:"\u0907\u0928\u092A\u0941\u091F",email:"\u0907\u092E\u0947\u0932 \u0920\u0947\u0917\u093E\u0928\u093E",url:"URL",emoji:"\u0907\u092E\u094B\u091C\u0940",uuid:"UUID",uuidv4:"UUIDv4",uuidv6:"UUIDv6",nanoid:"nanoid",guid:"GUID",cuid:"cuid",cuid2:"cuid2",ulid:"ULID",xid:"XID",ksuid:"KSUID",datetime:"ISO \u092E\u093F\u0924\u093F \u0930 \u0938\u092E\u092F",date:"ISO \u092E\u093F\u0924\u093F",time:"ISO \u0938\u092E\u092F",duration:"ISO \u0905\u0935\u0927\u093F",ipv4:"IPv4 \u0920\u0947\u0917\u093E\u0928\u093E",ipv6:"IPv6 \u0920\u0947\u0917\u093E\u0928\u093E",mac:"MAC \u0920\u0947\u0917\u093E\u0928\u093E",cidrv4:"IPv4 \u0926\u093E\u092F\u0930\u093E",cidrv6:"IPv6 \u0926\u093E\u092F\u0930\u093E",base64:"base64-\u0907\u0928\u094D\u0915\u094B\u0921 \u0917\u0930\u093F\u090F\u0915\u094B \u0938\u094D\u091F\u094D\u0930\u093F\u0919",base64url:"base64url-\u0907\u0928\u094D\u0915\u094B\u0921 \u0917\u0930\u093F\u090F\u0915\u094B \u0938\u094D\u091F\u094D\u0930\u093F\u0919",json_string:"JSON \u0938\u094D\u091F\u094D\u0930\u093F\u0919",e164:"E.164 \u0928\u092E\u094D\u092C\u0930",credit_card:"\u0915\u094D\u0930\u0947\u0921\u093F\u091F \u0915\u093E\u0930\u094D\u0921 \u0928\u092E\u094D\u092C\u0930",currency_code:"\u092E\u0941\u0926\u094D\u0930\u093E \u0915\u094B\u0921",iban:"IBAN",jwt:"JWT",template_literal:"\u0907\u0928\u092A\u0941\u091F"},i={nan:"NaN"};return r=>{switch(r.code){case"invalid_type":{let o=i[r.expected]??r.expected,a=U(r.input),s=i[a]??a;return`\u0905\u092E\u093E\u0928\u094D\u092F \u0907\u0928\u092A\u0941\u091F: \u0905\u092A\u0947\u0915\u094D\u0937\u093F\u0924 ${o}, \u092A\u094D\u0930\u093E\u092A\u094D\u0924 ${s}`}case"invalid_value":return r.values.length===1?`\u0905\u092E\u093E\u0928\u094D\u092F \u0907\u0928\u092A\u0941\u091F: \u0905\u092A\u0947\u0915\u094D\u0937\u093F\u0924 ${O(r.values[0])}`:`\u0905\u092E\u093E\u0928\u094D\u092F \u0935\u093F\u0915\u0932\u094D\u092A: \u0905\u092A\u0947\u0915\u094D\u0937\u093F\u0924 \u092E\u093E\u0928\u0939\u0930\u0942 \u092E\u0927\u094D\u092F\u0947 \u090F\u0915 ${$(r.values,"|")}`;case"too_big":{let o=r.inclusive?"<=":"<",a=t(r.origin);return a?`\u0927\u0947\u0930\u0948 \u0920\u0942\u0932\u094B: ${r.origin??"\u092E\u093E\u0928"} \u092E\u093E ${o}${r.maximum.toString()} ${a.unit} ${a.verb}`:`\u0927\u0947\u0930\u0948 \u0920\u0942\u0932\u094B: ${r.origin??"\u092E\u093E\u0928"} ${o}${r.maximum.toString()} \u0939\u0941\u0928\u0941\u092A\u0930\u094D\u091B`}case"too_small":{let o=r.inclusive?">=":">",a=t(r.origin);return a?`\u0927\u0947\u0930\u0948 \u0938\u093E\u0928\u094B: ${r.origin} \u092E\u093E ${o}${r.minimum.toString()} ${a.unit} ${a.verb}`:`\u0927\u0947\u0930\u0948 \u0938\u093E\u0928\u094B: ${r.origin} ${o}${r.minimum.toString()} \u0939\u0941\u0928\u0941\u092A\u0930\u094D\u091B`}case"invalid_format":{let o=r;return o.format==="starts_with"?`\u0905\u092E\u093E\u0928\u094D\u092F \u0938\u094D\u091F\u094D\u0930\u093F\u0919: "${o.prefix}" \u092C\u093E\u091F \u0938\u0941\u0930\u0941 \u0939\u0941\u0928\u0941\u092A\u0930\u094D\u091B`:o.format==="ends_with"?`\u0905\u092E\u093E\u0928\u094D\u092F \u0938\u094D\u091F\u094D\u0930\u093F\u0919: "${o.suffix}" \u092E\u093E \u0938\u092E\u093E\u092A\u094D\u0924 \u0939\u0941\u0928\u0941\u092A\u0930\u094D\u091B`:o.format==="includes"?`\u0905\u092E\u093E\u0928\u094D\u092F \u0938\u094D\u091F\u094D\u0930\u093F\u0919: "${o.includes}" \u0938\u092E\u093E\u0935\u0947\u0936 \u0939\u0941\u0928\u0941\u092A\u0930\u094D\u091B`:o.format==="regex"?`\u0905\u092E\u093E\u0928\u094D\u092F \u0938\u094D\u091F\u094D\u0930\u093F\u0919: \u0922\u093E\u0901\u091A\u093E ${o.pattern} \u0938\u0901\u0917 \u092E\u0947\u0932 \u0916\u093E\u0928\u0941\u092A\u0930\u094D\u091B`:`\u0905\u092E\u093E\u0928\u094D\u092F ${n[o.format]??r.format}`}case"not_multiple_of":return`\u0905\u092E\u093E\u0928\u094D\u092F \u0938\u0902\u0916\u094D\u092F\u093E: ${r.divisor} \u0915\u094B \u0917\u0941\u0923\u091C \u0939\u0941\u0928\u0941\u092A\u0930\u094D\u091B`;case"unrecognized_keys":return`\u0905\u092A\u0930\u093F\u091A\u093F\u0924 \u0915\u0941\u091E\u094D\u091C\u0940${r.keys.length>1?"\u0939\u0930\u0942":""}: ${$(r.keys,", ")}`;case"invalid_key":return`\u0905\u092E\u093E\u0928\u094D\u092F \u0915\u0941\u091E\u094D\u091C\u0940: ${r.origin} \u092E\u093E`;case"invalid_union":return r.options&&Array.isArray(r.options)&&r.options.length>0?`\u0905\u092E\u093E\u0928\u094D\u092F \u0921\u093F\u0938\u094D\u0915\u094D\u0930\u093F\u092E\u093F\u0928\u0947\u091F\u0930 \u092E\u093E\u0928: \u0905\u092A\u0947\u0915\u094D\u0937\u093F\u0924 ${r.options.map(a=>`'${a}'`).join(" | ")}`:"\u0905\u092E\u093E\u0928\u094D\u092F \u0907\u0928\u092A\u0941\u091F";case"invalid_element":return`\u0905\u092E\u093E\u0928\u094D\u092F \u092E\u093E\u0928: ${r.origin} \u092E\u093E`;default:return"\u0905\u092E\u093E\u0928\u094D\u092F \u0907\u0928\u092A\u0941\u091F"}}};function nb(){return{localeError:nA()}}var iA=()=>{let e={string:{unit:"tekens",verb:"heeft"},file:{unit:"bytes",verb:"heeft"},array:{unit:"elementen",verb:"heeft"},set:{unit:"elementen",verb:"heeft"},map:{unit:"elementen",verb:"heeft"}};function t(r){return e[r]??null}let n={regex:"invoer",email:"emailadres",url:"URL",emoji:"emoji",uuid:"UUID",uuidv4:"UUIDv4",uuidv6:"UUIDv6",nanoid:"nanoid",guid:"GUID",cuid:"cuid",cuid2:"cuid2",ulid:"ULID",xid:"XID",ksuid:"KSUID",datetime:"ISO datum en tijd",date:"ISO datum",time:"ISO tijd",duration:"ISO duur",ipv4:"IPv4-adres",ipv6:"IPv6-adres",mac:"MAC-adres",cidrv4:"IPv4-bereik",cidrv6:"IPv6-bereik",base64:"base64-gecodeerde tekst",base64url:"base64 URL-gecodeerde tekst",json_string:"JSON string",e164:"E.164-nummer",credit_card:"creditcardnummer",currency_code:"valutacode",iban:"IBAN",jwt:"JWT",template_literal:"invoer"},i={nan:"NaN",number:"getal"};return r=>{switch(r.code){case"invalid_type":{let o=i[r.expected]??r.expected,a=U(r.input),s=i[a]??a;return/^[A-Z]/.test(r.expected)?`Ongeldige invoer: verwacht instanceof ${r.expected}, ontving ${s}`:`Ongeldige invoer: verwacht ${o}, ontving ${s}`}case"invalid_value":return r.values.length===1?`Ongeldige invoer: verwacht ${O(r.values[0])}`:`Ongeldige optie: verwacht \xE9\xE9n van ${$(r.values,"|")}`;case"too_big":{let o=r.inclusive?"<=":"<",a=t(r.origin),s=r.origin==="date"?"laat":r.origin==="string"?"lang":"groot";return a?`Te ${s}: verwacht dat ${r.origin??"waarde"} ${o}${r.maximum.toString()} ${a.unit??"elementen"} ${a.verb}`:`Te ${s}: verwacht dat ${r.origin??"waarde"} ${o}${r.maximum.toString()} is`}case"too_small":{let o=r.inclusive?">=":">",a=t(r.origin),s=r.origin==="date"?"vroeg":r.origin==="string"?"kort":"klein";return a?`Te ${s}: verwacht dat ${r.origin} ${o}${r.minimum.toString()} ${a.unit} ${a.verb}`:`Te ${s}: verwacht dat ${r.origin} ${o}${r.minimum.toString()} is`}case"invalid_format":{let o=r;return o.format==="starts_with"?`Ongeldige tekst: moet met "${o.prefix}" beginnen`:o.format==="ends_with"?`Ongeldige tekst: moet op "${o.suffix}" eindigen`:o.format==="includes"?`Ongeldige tekst: moet "${o.includes}" bevatten`:o.format==="regex"?`Ongeldige tekst: moet overeenkomen met patroon ${o.pattern}`:`Ongeldig: ${n[o.format]??r.format}`}case"not_multiple_of":return`Ongeldig getal: moet een veelvoud van ${r.divisor} zijn`;case"unrecognized_keys":return`Onbekende key${r.keys.length>1?"s":""}: ${$(r.keys,", ")}`;case"invalid_key":return`Ongeldige key in ${r.origin}`;case"invalid_union":return"Ongeldige invoer";case"invalid_element":return`Ongeldige waarde in ${r.origin}`;default:return"Ongeldige invoer"}}};function ib(){return{localeError:iA()}}var oA=()=>{let e={string:{unit:"teikn",verb:"\xE5 ha"},file:{unit:"bytes",verb:"\xE5 ha"},array:{unit:"element",verb:"\xE5 innehalde"},set:{unit:"element",verb:"\xE5 innehalde"},map:{unit:"element",verb:"\xE5 innehalde"}};function t(r){return e[r]??null}let n={regex:"input",email:"e-postadresse",url:"URL",emoji:"emoji",uuid:"UUID",uuidv4:"UUIDv4",uuidv6:"UUIDv6",nanoid:"nanoid",guid:"GUID",cuid:"cuid",cuid2:"cuid2",ulid:"ULID",xid:"XID",ksuid:"KSUID",datetime:"ISO dato- og klokkeslett",date:"ISO-dato",time:"ISO-klokkeslett",duration:"ISO-varigheit",ipv4:"IPv4-adresse",ipv6:"IPv6-adresse",mac:"MAC-adresse",cidrv4:"IPv4-spekter",cidrv6:"IPv6-spekter",base64:"base64-enkoda streng",base64url:"base64url-enkoda streng",json_string:"JSON-streng",e164:"E.164-nummer",credit_card:"kredittkortnummer",currency_code:"valutakode",iban:"IBAN",jwt:"JWT",template_literal:"input"},i={nan:"NaN",number:"tal",array:"liste"};return r=>{switch(r.code){case"invalid_type":{let o=i[r.expected]??r.expected,a=U(r.input),s=i[a]??a;return/^[A-Z]/.test(r.expected)?`Ugyldig input: forventa instanceof ${r.expected}, fekk ${s}`:`Ugyldig input: forventa ${o}, fekk ${s}`}case"invalid_value":return r.values.length===1?`Ugyldig verdi: forventa ${O(r.values[0])}`:`Ugyldig val: forventa eitt av ${$(r.values,"|")}`;case"too_big":{let o=r.inclusive?"<=":"<",a=t(r.origin);return a?`For stor(t): forventa ${r.origin??"value"} til \xE5 ha ${o}${r.maximum.toString()} ${a.unit??"element"}`:`For stor(t): forventa ${r.origin??"value"} til \xE5 ha ${o}${r.maximum.toString()}`}case"too_small":{let o=r.inclusive?">=":">",a=t(r.origin);return a?`For lite(n): forventa ${r.origin} til \xE5 ha ${o}${r.minimum.toString()} ${a.unit}`:`For lite(n): forventa ${r.origin} til \xE5 ha ${o}${r.minimum.toString()}`}case"invalid_format":{let o=r;return o.format==="starts_with"?`Ugyldig streng: m\xE5 starte med "${o.prefix}"`:o.format==="ends_with"?`Ugyldig streng: m\xE5 slutte med "${o.suffix}"`:o.format==="includes"?`Ugyldig streng: m\xE5 innehalde "${o.includes}"`:o.format==="regex"?`Ugyldig streng: m\xE5 matche m\xF8nsteret ${o.pattern}`:`Ugyldig ${n[o.format]??r.format}`}case"not_multiple_of":return`Ugyldig tal: m\xE5 vere eit multiplum av ${r.divisor}`;case"unrecognized_keys":return`${r.keys.length>1?"Ukjende n\xF8klar":"Ukjend n\xF8kkel"}: ${$(r.keys,", ")}`;case"invalid_key":return`Ugyldig n\xF8kkel i ${r.origin}`;case"invalid_union":return"Ugyldig input";case"invalid_element":return`Ugyldig verdi i ${r.origin}`;default:return"Ugyldig input"}}};function ob(){return{localeError:oA()}}var aA=()=>{let e={string:{unit:"tegn",verb:"\xE5 ha"},file:{unit:"bytes",verb:"\xE5 ha"},array:{unit:"elementer",verb:"\xE5 inneholde"},set:{unit:"elementer",verb:"\xE5 inneholde"},map:{unit:"elementer",verb:"\xE5 inneholde"}};function t(r){return e[r]??null}let n={regex:"input",email:"e-postadresse",url:"URL",emoji:"emoji",uuid:"UUID",uuidv4:"UUIDv4",uuidv6:"UUIDv6",nanoid:"nanoid",guid:"GUID",cuid:"cuid",cuid2:"cuid2",ulid:"ULID",xid:"XID",ksuid:"KSUID",datetime:"ISO dato- og klokkeslett",date:"ISO-dato",time:"ISO-klokkeslett",duration:"ISO-varighet",ipv4:"IPv4-adresse",ipv6:"IPv6-adresse",mac:"MAC-adresse",cidrv4:"IPv4-spekter",cidrv6:"IPv6-spekter",base64:"base64-enkodet streng",base64url:"base64url-enkodet streng",json_string:"JSON-streng",e164:"E.164-nummer",credit_card:"kredittkortnummer",currency_code:"valutakode",iban:"IBAN",jwt:"JWT",template_literal:"input"},i={nan:"NaN",number:"tall",array:"liste"};return r=>{switch(r.code){case"invalid_type":{let o=i[r.expected]??r.expected,a=U(r.input),s=i[a]??a;return/^[A-Z]/.test(r.expected)?`Ugyldig input: forventet instanceof ${r.expected}, fikk ${s}`:`Ugyldig input: forventet ${o}, fikk ${s}`}case"invalid_value":return r.values.length===1?`Ugyldig verdi: forventet ${O(r.values[0])}`:`Ugyldig valg: forventet en av ${$(r.values,"|")}`;case"too_big":{let o=r.inclusive?"<=":"<",a=t(r.origin);return a?`For stor(t): forventet ${r.origin??"value"} til \xE5 ha ${o}${r.maximum.toString()} ${a.unit??"elementer"}`:`For stor(t): forventet ${r.origin??"value"} til \xE5 ha ${o}${r.maximum.toString()}`}case"too_small":{let o=r.inclusive?">=":">",a=t(r.origin);return a?`For lite(n): forventet ${r.origin} til \xE5 ha ${o}${r.minimum.toString()} ${a.unit}`:`For lite(n): forventet ${r.origin} til \xE5 ha ${o}${r.minimum.toString()}`}case"invalid_format":{let o=r;return o.format==="starts_with"?`Ugyldig streng: m\xE5 starte med "${o.prefix}"`:o.format==="ends_with"?`Ugyldig streng: m\xE5 ende med "${o.suffix}"`:o.format==="includes"?`Ugyldig streng: m\xE5 inneholde "${o.includes}"`:o.format==="regex"?`Ugyldig streng: m\xE5 matche m\xF8nsteret ${o.pattern}`:`Ugyldig ${n[o.format]??r.format}`}case"not_multiple_of":return`Ugyldig tall: m\xE5 v\xE6re et multiplum av ${r.divisor}`;case"unrecognized_keys":return`${r.keys.length>1?"Ukjente n\xF8kler":"Ukjent n\xF8kkel"}: ${$(r.keys,", ")}`;case"invalid_key":return`Ugyldig n\xF8kkel i ${r.origin}`;case"invalid_union":return"Ugyldig input";case"invalid_element":return`Ugyldig verdi i ${r.origin}`;default:return"Ugyldig input"}}};function ab(){return{localeError:aA()}}var sA=()=>{let e={string:{unit:"harf",verb:"olmal\u0131d\u0131r"},file:{unit:"bayt",verb:"olmal\u0131d\u0131r"},array:{unit:"unsur",verb:"olmal\u0131d\u0131r"},set:{unit:"unsur",verb:"olmal\u0131d\u0131r"},map:{unit:"unsur",verb:"olmal\u0131d\u0131r"}};function t(r){return e[r]??null}let n={regex:"giren",email:"epostag\xE2h",url:"URL",emoji:"emoji",uuid:"UUID",uuidv4:"UUIDv4",uuidv6:"UUIDv6",nanoid:"nanoid",guid:"GUID",cuid:"cuid",cuid2:"cuid2",ulid:"ULID",xid:"XID",ksuid:"KSUID",datetime:"ISO heng\xE2m\u0131",date:"ISO tarihi",time:"ISO zaman\u0131",duration:"ISO m\xFCddeti",ipv4:"IPv4 ni\u015F\xE2n\u0131",ipv6:"IPv6 ni\u015F\xE2n\u0131",mac:"MAC ni\u015F\xE2n\u0131",cidrv4:"IPv4 menzili",cidrv6:"IPv6 menzili",base64:"base64-\u015Fifreli metin",base64url:"base64url-\u015Fifreli metin",json_string:"JSON metin",e164:"E.164 say\u0131s\u0131",credit_card:"i'tib\xE2r kart\u0131 numaras\u0131",currency_code:"para birimi kodu",iban:"IBAN",jwt:"JWT",template_literal:"giren"},i={nan:"NaN",number:"numara",array:"saf",null:"gayb"};return r=>{switch(r.code){case"invalid_type":{let o=i[r.expected]??r.expected,a=U(r.input),s=i[a]??a;return/^[A-Z]/.test(r.expected)?`F\xE2sit giren: umulan instanceof ${r.expected}, al\u0131nan ${s}`:`F\xE2sit giren: umulan ${o}, al\u0131nan ${s}`}case"invalid_value":return r.values.length===1?`F\xE2sit giren: umulan ${O(r.values[0])}`:`F\xE2sit tercih: m\xFBteberler ${$(r.values,"|")}`;case"too_big":{let o=r.inclusive?"<=":"<",a=t(r.origin);return a?`Fazla b\xFCy\xFCk: ${r.origin??"value"}, ${o}${r.maximum.toString()} ${a.unit??"elements"} sahip olmal\u0131yd\u0131.`:`Fazla b\xFCy\xFCk: ${r.origin??"value"}, ${o}${r.maximum.toString()} olmal\u0131yd\u0131.`}case"too_small":{let o=r.inclusive?">=":">",a=t(r.origin);return a?`Fazla k\xFC\xE7\xFCk: ${r.origin}, ${o}${r.minimum.toString()} ${a.unit} sahip olmal\u0131yd\u0131.`:`Fazla k\xFC\xE7\xFCk: ${r.origin}, ${o}${r.minimum.toString()} olmal\u0131yd\u0131.`}case"invalid_format":{let o=r;return o.format==="starts_with"?`F\xE2sit metin: "${o.prefix}" ile ba\u015Flamal\u0131.`:o.format==="ends_with"?`F\xE2sit metin: "${o.suffix}" ile bitmeli.`:o.format==="includes"?`F\xE2sit metin: "${o.includes}" ihtiv\xE2 etmeli.`:o.format==="regex"?`F\xE2sit metin: ${o.pattern} nak\u015F\u0131na uymal\u0131.`:`F\xE2sit ${n[o.format]??r.format}`}case"not_multiple_of":return`F\xE2sit say\u0131: ${r.divisor} kat\u0131 olmal\u0131yd\u0131.`;case"unrecognized_keys":return`Tan\u0131nmayan anahtar ${r.keys.length>1?"s":""}: ${$(r.keys,", ")}`;case"invalid_key":return`${r.origin} i\xE7in tan\u0131nmayan anahtar var.`;case"invalid_union":return"Giren tan\u0131namad\u0131.";case"invalid_element":return`${r.origin} i\xE7in tan\u0131nmayan k\u0131ymet var.`;default:return"K\u0131ymet tan\u0131namad\u0131."}}};function sb(){return{localeError:sA()}}var cA=()=>{let e={string:{unit:"\u062A\u0648\u06A9\u064A",verb:"\u0648\u0644\u0631\u064A"},file:{unit:"\u0628\u0627\u06CC\u067C\u0633",verb:"\u0648\u0644\u0631\u064A"},array:{unit:"\u062A\u0648\u06A9\u064A",verb:"\u0648\u0644\u0631\u064A"},set:{unit:"\u062A\u0648\u06A9\u064A",verb:"\u0648\u0644\u0631\u064A"},map:{unit:"\u062A\u0648\u06A9\u064A",verb:"\u0648\u0644\u0631\u064A"}};function t(r){return e[r]??null}let n={regex:"\u0648\u0631\u0648\u062F\u064A",email:"\u0628\u0631\u06CC\u069A\u0646\u0627\u0644\u06CC\u06A9",url:"\u06CC\u0648 \u0622\u0631 \u0627\u0644",emoji:"\u0627\u06CC\u0645\u0648\u062C\u064A",uuid:"UUID",uuidv4:"UUIDv4",uuidv6:"UUIDv6",nanoid:"nanoid",guid:"GUID",cuid:"cuid",cuid2:"cuid2",ulid:"ULID",xid:"XID",ksuid:"KSUID",datetime:"\u0646\u06CC\u067C\u0647 \u0627\u0648 \u0648\u062E\u062A",date:"\u0646\u06D0\u067C\u0647",time:"\u0648\u062E\u062A",duration:"\u0645\u0648\u062F\u0647",ipv4:"\u062F IPv4 \u067E\u062A\u0647",ipv6:"\u062F IPv6 \u067E\u062A\u0647",mac:"\u062F MAC \u067E\u062A\u0647",cidrv4:"\u062F IPv4 \u0633\u0627\u062D\u0647",cidrv6:"\u062F IPv6 \u0633\u0627\u062D\u0647",base64:"base64-encoded \u0645\u062A\u0646",base64url:"base64url-encoded \u0645\u062A\u0646",json_string:"JSON \u0645\u062A\u0646",e164:"\u062F E.164 \u0634\u0645\u06D0\u0631\u0647",credit_card:"\u062F \u06A9\u0631\u06CC\u0689\u06CC\u067C \u06A9\u0627\u0631\u062A \u0634\u0645\u06CC\u0631\u0647",currency_code:"\u062F \u0627\u0633\u0639\u0627\u0631\u0648 \u06A9\u0648\u0689",iban:"IBAN",jwt:"JWT",template_literal:"\u0648\u0631\u0648\u062F\u064A"},i={nan:"NaN",number:"\u0639\u062F\u062F",array:"\u0627\u0631\u06D0"};return r=>{switch(r.code){case"invalid_type":{let o=i[r.expected]??r.expected,a=U(r.input),s=i[a]??a;return/^[A-Z]/.test(r.expected)?`\u0646\u0627\u0633\u0645 \u0648\u0631\u0648\u062F\u064A: \u0628\u0627\u06CC\u062F instanceof ${r.expected} \u0648\u0627\u06CC, \u0645\u06AB\u0631 ${s} \u062A\u0631\u0644\u0627\u0633\u0647 \u0634\u0648`:`\u0646\u0627\u0633\u0645 \u0648\u0631\u0648\u062F\u064A: \u0628\u0627\u06CC\u062F ${o} \u0648\u0627\u06CC, \u0645\u06AB\u0631 ${s} \u062A\u0631\u0644\u0627\u0633\u0647 \u0634\u0648`}case"invalid_value":return r.values.length===1?`\u0646\u0627\u0633\u0645 \u0648\u0631\u0648\u062F\u064A: \u0628\u0627\u06CC\u062F ${O(r.values[0])} \u0648\u0627\u06CC`:`\u0646\u0627\u0633\u0645 \u0627\u0646\u062A\u062E\u0627\u0628: \u0628\u0627\u06CC\u062F \u06CC\u0648 \u0644\u0647 ${$(r.values,"|")} \u0685\u062E\u0647 \u0648\u0627\u06CC`;case"too_big":{let o=r.inclusive?"<=":"<",a=t(r.origin);return a?`\u0689\u06CC\u0631 \u0644\u0648\u06CC: ${r.origin??"\u0627\u0631\u0632\u069A\u062A"} \u0628\u0627\u06CC\u062F ${o}${r.maximum.toString()} ${a.unit??"\u0639\u0646\u0635\u0631\u0648\u0646\u0647"} \u0648\u0644\u0631\u064A`:`\u0689\u06CC\u0631 \u0644\u0648\u06CC: ${r.origin??"\u0627\u0631\u0632\u069A\u062A"} \u0628\u0627\u06CC\u062F ${o}${r.maximum.toString()} \u0648\u064A`}case"too_small":{let o=r.inclusive?">=":">",a=t(r.origin);return a?`\u0689\u06CC\u0631 \u06A9\u0648\u0686\u0646\u06CC: ${r.origin} \u0628\u0627\u06CC\u062F ${o}${r.minimum.toString()} ${a.unit} \u0648\u0644\u0631\u064A`:`\u0689\u06CC\u0631 \u06A9\u0648\u0686\u0646\u06CC: ${r.origin} \u0628\u0627\u06CC\u062F ${o}${r.minimum.toString()} \u0648\u064A`}case"invalid_format":{let o=r;return o.format==="starts_with"?`\u0646\u0627\u0633\u0645 \u0645\u062A\u0646: \u0628\u0627\u06CC\u062F \u062F "${o.prefix}" \u0633\u0631\u0647 \u067E\u06CC\u0644 \u0634\u064A`:o.format==="ends_with"?`\u0646\u0627\u0633\u0645 \u0645\u062A\u0646: \u0628\u0627\u06CC\u062F \u062F "${o.suffix}" \u0633\u0631\u0647 \u067E\u0627\u06CC \u062A\u0647 \u0648\u0631\u0633\u064A\u0696\u064A`:o.format==="includes"?`\u0646\u0627\u0633\u0645 \u0645\u062A\u0646: \u0628\u0627\u06CC\u062F "${o.includes}" \u0648\u0644\u0631\u064A`:o.format==="regex"?`\u0646\u0627\u0633\u0645 \u0645\u062A\u0646: \u0628\u0627\u06CC\u062F \u062F ${o.pattern} \u0633\u0631\u0647 \u0645\u0637\u0627\u0628\u0642\u062A \u0648\u0644\u0631\u064A`:`${n[o.format]??r.format} \u0646\u0627\u0633\u0645 \u062F\u06CC`}case"not_multiple_of":return`\u0646\u0627\u0633\u0645 \u0639\u062F\u062F: \u0628\u0627\u06CC\u062F \u062F ${r.divisor} \u0645\u0636\u0631\u0628 \u0648\u064A`;case"unrecognized_keys":return`\u0646\u0627\u0633\u0645 ${r.keys.length>1?"\u06A9\u0644\u06CC\u0689\u0648\u0646\u0647":"\u06A9\u0644\u06CC\u0689"}: ${$(r.keys,", ")}`;case"invalid_key":return`\u0646\u0627\u0633\u0645 \u06A9\u0644\u06CC\u0689 \u067E\u0647 ${r.origin} \u06A9\u06D0`;case"invalid_union":return"\u0646\u0627\u0633\u0645\u0647 \u0648\u0631\u0648\u062F\u064A";case"invalid_element":return`\u0646\u0627\u0633\u0645 \u0639\u0646\u0635\u0631 \u067E\u0647 ${r.origin} \u06A9\u06D0`;default:return"\u0646\u0627\u0633\u0645\u0647 \u0648\u0631\u0648\u062F\u064A"}}};function cb(){return{localeError:cA()}}var uA=()=>{let e={string:{unit:"znak\xF3w",verb:"mie\u0107"},file:{unit:"bajt\xF3w",verb:"mie\u0107"},array:{unit:"element\xF3w",verb:"mie\u0107"},set:{unit:"element\xF3w",verb:"mie\u0107"},map:{unit:"element\xF3w",verb:"mie\u0107"}};function t(r){return e[r]??null}let n={regex:"wyra\u017Cenie",email:"adres email",url:"URL",emoji:"emoji",uuid:"UUID",uuidv4:"UUIDv4",uuidv6:"UUIDv6",nanoid:"nanoid",guid:"GUID",cuid:"cuid",cuid2:"cuid2",ulid:"ULID",xid:"XID",ksuid:"KSUID",datetime:"data i godzina w formacie ISO",date:"data w formacie ISO",time:"godzina w formacie ISO",duration:"czas trwania ISO",ipv4:"adres IPv4",ipv6:"adres IPv6",mac:"adres MAC",cidrv4:"zakres IPv4",cidrv6:"zakres IPv6",base64:"ci\u0105g znak\xF3w zakodowany w formacie base64",base64url:"ci\u0105g znak\xF3w zakodowany w formacie base64url",json_string:"ci\u0105g znak\xF3w w formacie JSON",e164:"liczba E.164",credit_card:"numer karty kredytowej",currency_code:"kod waluty",iban:"IBAN",jwt:"JWT",template_literal:"wej\u015Bcie"},i={nan:"NaN",number:"liczba",array:"tablica"};return r=>{switch(r.code){case"invalid_type":{let o=i[r.expected]??r.expected,a=U(r.input),s=i[a]??a;return/^[A-Z]/.test(r.expected)?`Nieprawid\u0142owe dane wej\u015Bciowe: oczekiwano instanceof ${r.expected}, otrzymano ${s}`:`Nieprawid\u0142owe dane wej\u015Bciowe: oczekiwano ${o}, otrzymano ${s}`}case"invalid_value":return r.values.length===1?`Nieprawid\u0142owe dane wej\u015Bciowe: oczekiwano ${O(r.values[0])}`:`Nieprawid\u0142owa opcja: oczekiwano jednej z warto\u015Bci ${$(r.values,"|")}`;case"too_big":{let o=r.inclusive?"<=":"<",a=t(r.origin);return a?`Za du\u017Ca warto\u015B\u0107: oczekiwano, \u017Ce ${r.origin??"warto\u015B\u0107"} b\u0119dzie mie\u0107 ${o}${r.maximum.toString()} ${a.unit??"element\xF3w"}`:`Zbyt du\u017C(y/a/e): oczekiwano, \u017Ce ${r.origin??"warto\u015B\u0107"} b\u0119dzie wynosi\u0107 ${o}${r.maximum.toString()}`}case"too_small":{let o=r.inclusive?">=":">",a=t(r.origin);return a?`Za ma\u0142a warto\u015B\u0107: oczekiwano, \u017Ce ${r.origin??"warto\u015B\u0107"} b\u0119dzie mie\u0107 ${o}${r.minimum.toString()} ${a.unit??"element\xF3w"}`:`Zbyt ma\u0142(y/a/e): oczekiwano, \u017Ce ${r.origin??"warto\u015B\u0107"} b\u0119dzie wynosi\u0107 ${o}${r.minimum.toString()}`}case"invalid_format":{let o=r;return o.format==="starts_with"?`Nieprawid\u0142owy ci\u0105g znak\xF3w: musi zaczyna\u0107 si\u0119 od "${o.prefix}"`:o.format==="ends_with"?`Nieprawid\u0142owy ci\u0105g znak\xF3w: musi ko\u0144czy\u0107 si\u0119 na "${o.suffix}"`:o.format==="includes"?`Nieprawid\u0142owy ci\u0105g znak\xF3w: musi zawiera\u0107 "${o.includes}"`:o.format==="regex"?`Nieprawid\u0142owy ci\u0105g znak\xF3w: musi odpowiada\u0107 wzorcowi ${o.pattern}`:`Nieprawid\u0142ow(y/a/e) ${n[o.format]??r.format}`}case"not_multiple_of":return`Nieprawid\u0142owa liczba: musi by\u0107 wielokrotno\u015Bci\u0105 ${r.divisor}`;case"unrecognized_keys":return`Nierozpoznane klucze${r.keys.length>1?"s":""}: ${$(r.keys,", ")}`;case"invalid_key":return`Nieprawid\u0142owy klucz w ${r.origin}`;case"invalid_union":return"Nieprawid\u0142owe dane wej\u015Bciowe";case"invalid_element":return`Nieprawid\u0142owa warto\u015B\u0107 w ${r.origin}`;default:return"Nieprawid\u0142owe dane wej\u015Bciowe"}}};function ub(){return{localeError:uA()}}var lA=()=>{let e={string:{unit:"caracteres"},file:{unit:"bytes"},array:{unit:"elementos"},set:{unit:"elementos"},map:{unit:"entradas"}};function t(a){return e[a]??null}let n={regex:"a entrada",email:"o endere\xE7o de e-mail",url:"o URL",emoji:"o emoji",uuid:"o UUID",uuidv4:"o UUIDv4",uuidv6:"o UUIDv6",nanoid:"o nanoid",guid:"o GUID",cuid:"o cuid",cuid2:"o cuid2",ulid:"o ULID",xid:"o XID",ksuid:"o KSUID",datetime:"a data e hora ISO",date:"a data ISO",time:"a hora ISO",duration:"a dura\xE7\xE3o ISO",ipv4:"o endere\xE7o IPv4",ipv6:"o endere\xE7o IPv6",mac:"o endere\xE7o MAC",cidrv4:"o intervalo de endere\xE7os IPv4",cidrv6:"o intervalo de endere\xE7os IPv6",base64:"o texto codificado em base64",base64url:"o texto codificado em base64url",json_string:"o texto JSON",e164:"o n\xFAmero E.164",credit_card:"o n\xFAmero de cart\xE3o de cr\xE9dito",currency_code:"o c\xF3digo de moeda",iban:"o IBAN",jwt:"o JWT",template_literal:"a entrada"},i={masculine:{definite:"o",indefinite:"um"},feminine:{definite:"a",indefinite:"uma"}},r={string:{name:"texto",articles:i.masculine},number:{name:"n\xFAmero",articles:i.masculine},int:{name:"n\xFAmero inteiro",articles:i.masculine},boolean:{name:"valor booleano",articles:i.masculine},bigint:{name:"n\xFAmero bigint",articles:i.masculine},symbol:{name:"s\xEDmbolo",articles:i.masculine},undefined:{name:'valor "undefined"',articles:i.masculine},null:{name:'valor "nulo"',articles:i.masculine},never:{name:'valor "never"',articles:i.masculine},void:{name:'valor "void"',articles:i.masculine},date:{name:"data",articles:i.feminine},array:{name:"vetor",articles:i.masculine},object:{name:"objeto",articles:i.masculine},tuple:{name:"tuplo",articles:i.masculine},record:{name:"registo",articles:i.masculine},map:{name:"mapa",articles:i.masculine},set:{name:"conjunto",articles:i.masculine},file:{name:"ficheiro",articles:i.masculine},nonoptional:{name:"valor n\xE3o opcional",articles:i.masculine},nan:{name:'valor "NaN"',articles:i.masculine},function:{name:"fun\xE7\xE3o",articles:i.feminine}};function o(a,s){let u=r[a]??{name:`valor "${a}"`,articles:i.masculine};return`${u.articles[s]} ${u.name}`}return a=>{switch(a.code){case"invalid_type":{let s=o(a.expected,"indefinite"),u=U(a.input),c=o(u,"indefinite");return`Entrada inv\xE1lida: esperava ${s}, recebeu ${c}`}case"invalid_value":return a.values.length===1?`Entrada inv\xE1lida: esperava ${O(a.values[0])}`:`Op\xE7\xE3o inv\xE1lida: esperava uma das seguintes op\xE7\xF5es: ${$(a.values,"|")}`;case"too_big":{let s=a.inclusive?"<=":"<",u=t(a.origin);return u?`Demasiado grande: esperava que ${o(a.origin,"definite")} tivesse ${s} ${a.maximum.toString()} ${u.unit??"elementos"}`:`Demasiado grande: esperava que ${o(a.origin,"definite")} fosse ${s} ${a.maximum.toString()}`}case"too_small":{let s=a.inclusive?">=":">",u=t(a.origin);return u?`Demasiado pequeno: esperava que ${o(a.origin,"definite")} tivesse ${s} ${a.minimum.toString()} ${u.unit??"elementos"}`:`Demasiado pequeno: esperava que ${o(a.origin,"definite")} fosse ${s} ${a.minimum.toString()}`}case"invalid_format":{let s=a;return s.format==="starts_with"?`Texto inv\xE1lido: deve come\xE7ar por "${s.prefix}"`:s.format==="ends_with"?`Texto inv\xE1lido: deve terminar em "${s.suffix}"`:s.format==="includes"?`Texto inv\xE1lido: deve incluir "${s.includes}"`:s.format==="regex"?`Texto inv\xE1lido: deve corresponder ao padr\xE3o ${s.pattern}`:`Formato d${n[s.format]??a.format} inv\xE1lido`}case"not_multiple_of":return`N\xFAmero inv\xE1lido: deve ser m\xFAltiplo de ${a.divisor}`;case"unrecognized_keys":{let s=a.keys.length>1?"s":"";return`Chave${s} inv\xE1lida${s}: ${$(a.keys,", ")}`}case"invalid_key":return`Entrada inv\xE1lida n${o(a.origin,"definite")}`;case"invalid_union":return a.options&&Array.isArray(a.options)&&a.options.length>0?`Valor de discrimina\xE7\xE3o inv\xE1lido. Esperava ${a.options.map(u=>`'${u}'`).join(" | ")}`:"Entrada inv\xE1lida";case"invalid_element":return`Entrada inv\xE1lida n${o(a.origin,"definite")}`;default:return"Entrada inv\xE1lida"}}};function lb(){return{localeError:lA()}}var dA=()=>{let e={string:{unit:"caracteres"},file:{unit:"bytes"},array:{unit:"elementos"},set:{unit:"elementos"},map:{unit:"entradas"}};function t(a){return e[a]??null}let n={regex:"a entrada",email:"o endere\xE7o de e-mail",url:"o URL",emoji:"o emoji",uuid:"o UUID",uuidv4:"o UUIDv4",uuidv6:"o UUIDv6",nanoid:"o nanoid",guid:"o GUID",cuid:"o cuid",cuid2:"o cuid2",ulid:"o ULID",xid:"o XID",ksuid:"o KSUID",datetime:"a data e hora ISO",date:"a data ISO",time:"a hora ISO",duration:"a dura\xE7\xE3o ISO",ipv4:"o endere\xE7o IPv4",ipv6:"o endere\xE7o IPv6",mac:"o endere\xE7o MAC",cidrv4:"a faixa de endere\xE7os IPv4",cidrv6:"a faixa de endere\xE7os IPv6",base64:"o texto codificado em base64",base64url:"o texto codificado em base64url",json_string:"o texto JSON",e164:"o n\xFAmero E.164",credit_card:"o n\xFAmero de cart\xE3o de cr\xE9dito",currency_code:"o c\xF3digo de moeda",iban:"o IBAN",jwt:"o JWT",template_literal:"a entrada"},i={masculine:{definite:"o",indefinite:"um"},feminine:{definite:"a",indefinite:"uma"}},r={string:{name:"texto",articles:i.masculine},number:{name:"n\xFAmero",articles:i.masculine},int:{name:"n\xFAmero inteiro",articles:i.masculine},boolean:{name:"valor booleano",articles:i.masculine},bigint:{name:"n\xFAmero bigint",articles:i.masculine},symbol:{name:"s\xEDmbolo",articles:i.masculine},undefined:{name:'valor "undefined"',articles:i.masculine},null:{name:'valor "nulo"',articles:i.masculine},never:{name:'valor "never"',articles:i.masculine},void:{name:'valor "void"',articles:i.masculine},date:{name:"data",articles:i.feminine},array:{name:"vetor",articles:i.masculine},object:{name:"objeto",articles:i.masculine},tuple:{name:"tupla",articles:i.feminine},record:{name:"registro",articles:i.masculine},map:{name:"mapa",articles:i.masculine},set:{name:"conjunto",articles:i.masculine},file:{name:"arquivo",articles:i.masculine},nonoptional:{name:"valor n\xE3o opcional",articles:i.masculine},nan:{name:'valor "NaN"',articles:i.masculine},function:{name:"fun\xE7\xE3o",articles:i.feminine}};function o(a,s){let u=r[a]??{name:`valor "${a}"`,articles:i.masculine};return`${u.articles[s]} ${u.name}`}return a=>{switch(a.code){case"invalid_type":{let s=o(a.expected,"indefinite"),u=U(a.input),c=o(u,"indefinite");return`Entrada inv\xE1lida: esperava ${s}, recebeu ${c}`}case"invalid_value":return a.values.length===1?`Entrada inv\xE1lida: esperava ${O(a.values[0])}`:`Op\xE7\xE3o inv\xE1lida: esperava uma das seguintes op\xE7\xF5es: ${$(a.values,"|")}`;case"too_big":{let s=a.inclusive?"<=":"<",u=t(a.origin);return u?`Grande demais: esperava que ${o(a.origin,"definite")} tivesse ${s} ${a.maximum.toString()} ${u.unit??"elementos"}`:`Grande demais: esperava que ${o(a.origin,"definite")} fosse ${s} ${a.maximum.toString()}`}case"too_small":{let s=a.inclusive?">=":">",u=t(a.origin);return u?`Pequeno demais: esperava que ${o(a.origin,"definite")} tivesse ${s} ${a.minimum.toString()} ${u.unit??"elementos"}`:`Pequeno demais: esperava que ${o(a.origin,"definite")} fosse ${s} ${a.minimum.toString()}`}case"invalid_format":{let s=a;return s.format==="starts_with"?`Texto inv\xE1lido: deve come\xE7ar com "${s.prefix}"`:s.format==="ends_with"?`Texto inv\xE1lido: deve terminar com "${s.suffix}"`:s.format==="includes"?`Texto inv\xE1lido: deve incluir "${s.includes}"`:s.format==="regex"?`Texto inv\xE1lido: deve corresponder ao padr\xE3o ${s.pattern}`:`Formato d${n[s.format]??a.format} inv\xE1lido`}case"not_multiple_of":return`N\xFAmero inv\xE1lido: deve ser m\xFAltiplo de ${a.divisor}`;case"unrecognized_keys":{let s=a.keys.length>1?"s":"";return`Chave${s} inv\xE1lida${s}: ${$(a.keys,", ")}`}case"invalid_key":return`Entrada inv\xE1lida n${o(a.origin,"definite")}`;case"invalid_union":return a.options&&Array.isArray(a.options)&&a.options.length>0?`Valor de discrimina\xE7\xE3o inv\xE1lido. Esperava ${a.options.map(u=>`'${u}'`).join(" | ")}`:"Entrada inv\xE1lida";case"invalid_element":return`Entrada inv\xE1lida n${o(a.origin,"definite")}`;default:return"Entrada inv\xE1lida"}}};function db(){return{localeError:dA()}}var fA=()=>{let e={string:{unit:"caractere",verb:"s\u0103 aib\u0103"},file:{unit:"octe\u021Bi",verb:"s\u0103 aib\u0103"},array:{unit:"elemente",verb:"s\u0103 aib\u0103"},set:{unit:"elemente",verb:"s\u0103 aib\u0103"},map:{unit:"intr\u0103ri",verb:"s\u0103 aib\u0103"}};function t(r){return e[r]??null}let n={regex:"intrare",email:"adres\u0103 de email",url:"URL",emoji:"emoji",uuid:"UUID",uuidv4:"UUIDv4",uuidv6:"UUIDv6",nanoid:"nanoid",guid:"GUID",cuid:"cuid",cuid2:"cuid2",ulid:"ULID",xid:"XID",ksuid:"KSUID",datetime:"dat\u0103 \u0219i or\u0103 ISO",date:"dat\u0103 ISO",time:"or\u0103 ISO",duration:"durat\u0103 ISO",ipv4:"adres\u0103 IPv4",ipv6:"adres\u0103 IPv6",mac:"adres\u0103 MAC",cidrv4:"interval IPv4",cidrv6:"interval IPv6",base64:"\u0219ir codat base64",base64url:"\u0219ir codat base64url",json_string:"\u0219ir JSON",e164:"num\u0103r E.164",credit_card:"num\u0103r de card de credit",currency_code:"cod valutar",iban:"IBAN",jwt:"JWT",template_literal:"intrare"},i={nan:"NaN",string:"\u0219ir",number:"num\u0103r",boolean:"boolean",function:"func\u021Bie",array:"matrice",object:"obiect",undefined:"nedefinit",symbol:"simbol",bigint:"num\u0103r mare",void:"void",never:"never",map:"hart\u0103",set:"set"};return r=>{switch(r.code){case"invalid_type":{let o=i[r.expected]??r.expected,a=U(r.input),s=i[a]??a;return`Intrare invalid\u0103: a\u0219teptat ${o}, primit ${s}`}case"invalid_value":return r.values.length===1?`Intrare invalid\u0103: a\u0219teptat ${O(r.values[0])}`:`Op\u021Biune invalid\u0103: a\u0219teptat una dintre ${$(r.values,"|")}`;case"too_big":{let o=r.inclusive?"<=":"<",a=t(r.origin);return a?`Prea mare: a\u0219teptat ca ${r.origin??"valoarea"} ${a.verb} ${o}${r.maximum.toString()} ${a.unit??"elemente"}`:`Prea mare: a\u0219teptat ca ${r.origin??"valoarea"} s\u0103 fie ${o}${r.maximum.toString()}`}case"too_small":{let o=r.inclusive?">=":">",a=t(r.origin);return a?`Prea mic: a\u0219teptat ca ${r.origin} ${a.verb} ${o}${r.minimum.toString()} ${a.unit}`:`Prea mic: a\u0219teptat ca ${r.origin} s\u0103 fie ${o}${r.minimum.toString()}`}case"invalid_format":{let o=r;return o.format==="starts_with"?`\u0218ir invalid: trebuie s\u0103 \xEEnceap\u0103 cu "${o.prefix}"`:o.format==="ends_with"?`\u0218ir invalid: trebuie s\u0103 se termine cu "${o.suffix}"`:o.format==="includes"?`\u0218ir invalid: trebuie s\u0103 includ\u0103 "${o.includes}"`:o.format==="regex"?`\u0218ir invalid: trebuie s\u0103 se potriveasc\u0103 cu modelul ${o.pattern}`:`Format invalid: ${n[o.format]??r.format}`}case"not_multiple_of":return`Num\u0103r invalid: trebuie s\u0103 fie multiplu de ${r.divisor}`;case"unrecognized_keys":return`Chei nerecunoscute: ${$(r.keys,", ")}`;case"invalid_key":return`Cheie invalid\u0103 \xEEn ${r.origin}`;case"invalid_union":return"Intrare invalid\u0103";case"invalid_element":return`Valoare invalid\u0103 \xEEn ${r.origin}`;default:return"Intrare invalid\u0103"}}};function fb(){return{localeError:fA()}}function pb(e,t,n,i){let r=Math.abs(e),o=r%10,a=r%100;return a>=11&&a<=19?i:o===1?t:o>=2&&o<=4?n:i}var pA=()=>{let e={string:{unit:{one:"\u0441\u0438\u043C\u0432\u043E\u043B",few:"\u0441\u0438\u043C\u0432\u043E\u043B\u0430",many:"\u0441\u0438\u043C\u0432\u043E\u043B\u043E\u0432"},verb:"\u0438\u043C\u0435\u0442\u044C"},file:{unit:{one:"\u0431\u0430\u0439\u0442",few:"\u0431\u0430\u0439\u0442\u0430",many:"\u0431\u0430\u0439\u0442"},verb:"\u0438\u043C\u0435\u0442\u044C"},array:{unit:{one:"\u044D\u043B\u0435\u043C\u0435\u043D\u0442",few:"\u044D\u043B\u0435\u043C\u0435\u043D\u0442\u0430",many:"\u044D\u043B\u0435\u043C\u0435\u043D\u0442\u043E\u0432"},verb:"\u0438\u043C\u0435\u0442\u044C"},set:{unit:{one:"\u044D\u043B\u0435\u043C\u0435\u043D\u0442",few:"\u044D\u043B\u0435\u043C\u0435\u043D\u0442\u0430",many:"\u044D\u043B\u0435\u043C\u0435\u043D\u0442\u043E\u0432"},verb:"\u0438\u043C\u0435\u0442\u044C"},map:{unit:{one:"\u044D\u043B\u0435\u043C\u0435\u043D\u0442",few:"\u044D\u043B\u0435\u043C\u0435\u043D\u0442\u0430",many:"\u044D\u043B\u0435\u043C\u0435\u043D\u0442\u043E\u0432"},verb:"\u0438\u043C\u0435\u0442\u044C"}};function t(r){return e[r]??null}let n={regex:"\u0432\u0432\u043E\u0434",email:"email \u0430\u0434\u0440\u0435\u0441",url:"URL",emoji:"\u044D\u043C\u043E\u0434\u0437\u0438",uuid:"UUID",uuidv4:"UUIDv4",uuidv6:"UUIDv6",nanoid:"nanoid",guid:"GUID",cuid:"cuid",cuid2:"cuid2",ulid:"ULID",xid:"XID",ksuid:"KSUID",datetime:"ISO \u0434\u0430\u0442\u0430 \u0438 \u0432\u0440\u0435\u043C\u044F",date:"ISO \u0434\u0430\u0442\u0430",time:"ISO \u0432\u0440\u0435\u043C\u044F",duration:"ISO \u0434\u043B\u0438\u0442\u0435\u043B\u044C\u043D\u043E\u0441\u0442\u044C",ipv4:"IPv4 \u0430\u0434\u0440\u0435\u0441",ipv6:"IPv6 \u0430\u0434\u0440\u0435\u0441",mac:"MAC \u0430\u0434\u0440\u0435\u0441",cidrv4:"IPv4 \u0434\u0438\u0430\u043F\u0430\u0437\u043E\u043D",cidrv6:"IPv6 \u0434\u0438\u0430\u043F\u0430\u0437\u043E\u043D",base64:"\u0441\u0442\u0440\u043E\u043A\u0430 \u0432 \u0444\u043E\u0440\u043C\u0430\u0442\u0435 base64",base64url:"\u0441\u0442\u0440\u043E\u043A\u0430 \u0432 \u0444\u043E\u0440\u043C\u0430\u0442\u0435 base64url",json_string:"JSON \u0441\u0442\u0440\u043E\u043A\u0430",e164:"\u043D\u043E\u043C\u0435\u0440 E.164",credit_card:"\u043D\u043E\u043C\u0435\u0440 \u043A\u0440\u0435\u0434\u0438\u0442\u043D\u043E\u0439 \u043A\u0430\u0440\u0442\u044B",currency_code:"\u043A\u043E\u0434 \u0432\u0430\u043B\u044E\u0442\u044B",iban:"IBAN",jwt:"JWT",template_literal:"\u0432\u0432\u043E\u0434"},i={nan:"NaN",number:"\u0447\u0438\u0441\u043B\u043E",array:"\u043C\u0430\u0441\u0441\u0438\u0432"};return r=>{switch(r.code){case"invalid_type":{let o=i[r.expected]??r.expected,a=U(r.input),s=i[a]??a;return/^[A-Z]/.test(r.expected)?`\u041D\u0435\u0432\u0435\u0440\u043D\u044B\u0439 \u0432\u0432\u043E\u0434: \u043E\u0436\u0438\u0434\u0430\u043B\u043E\u0441\u044C instanceof ${r.expected}, \u043F\u043E\u043B\u0443\u0447\u0435\u043D\u043E ${s}`:`\u041D\u0435\u0432\u0435\u0440\u043D\u044B\u0439 \u0432\u0432\u043E\u0434: \u043E\u0436\u0438\u0434\u0430\u043B\u043E\u0441\u044C ${o}, \u043F\u043E\u043B\u0443\u0447\u0435\u043D\u043E ${s}`}case"invalid_value":return r.values.length===1?`\u041D\u0435\u0432\u0435\u0440\u043D\u044B\u0439 \u0432\u0432\u043E\u0434: \u043E\u0436\u0438\u0434\u0430\u043B\u043E\u0441\u044C ${O(r.values[0])}`:`\u041D\u0435\u0432\u0435\u0440\u043D\u044B\u0439 \u0432\u0430\u0440\u0438\u0430\u043D\u0442: \u043E\u0436\u0438\u0434\u0430\u043B\u043E\u0441\u044C \u043E\u0434\u043D\u043E \u0438\u0437 ${$(r.values,"|")}`;case"too_big":{let o=r.inclusive?"<=":"<",a=t(r.origin);if(a){let s=Number(r.maximum),u=pb(s,a.unit.one,a.unit.few,a.unit.many);return`\u0421\u043B\u0438\u0448\u043A\u043E\u043C \u0431\u043E\u043B\u044C\u0448\u043E\u0435 \u0437\u043D\u0430\u0447\u0435\u043D\u0438\u0435: \u043E\u0436\u0438\u0434\u0430\u043B\u043E\u0441\u044C, \u0447\u0442\u043E ${r.origin??"\u0437\u043D\u0430\u0447\u0435\u043D\u0438\u0435"} \u0431\u0443\u0434\u0435\u0442 \u0438\u043C\u0435\u0442\u044C ${o}${r.maximum.toString()} ${u}`}return`\u0421\u043B\u0438\u0448\u043A\u043E\u043C \u0431\u043E\u043B\u044C\u0448\u043E\u0435 \u0437\u043D\u0430\u0447\u0435\u043D\u0438\u0435: \u043E\u0436\u0438\u0434\u0430\u043B\u043E\u0441\u044C, \u0447\u0442\u043E ${r.origin??"\u0437\u043D\u0430\u0447\u0435\u043D\u0438\u0435"} \u0431\u0443\u0434\u0435\u0442 ${o}${r.maximum.toString()}`}case"too_small":{let o=r.inclusive?">=":">",a=t(r.origin);if(a){let s=Number(r.minimum),u=pb(s,a.unit.one,a.unit.few,a.unit.many);return`\u0421\u043B\u0438\u0448\u043A\u043E\u043C \u043C\u0430\u043B\u0435\u043D\u044C\u043A\u043E\u0435 \u0437\u043D\u0430\u0447\u0435\u043D\u0438\u0435: \u043E\u0436\u0438\u0434\u0430\u043B\u043E\u0441\u044C, \u0447\u0442\u043E ${r.origin} \u0431\u0443\u0434\u0435\u0442 \u0438\u043C\u0435\u0442\u044C ${o}${r.minimum.toString()} ${u}`}return`\u0421\u043B\u0438\u0448\u043A\u043E\u043C \u043C\u0430\u043B\u0435\u043D\u044C\u043A\u043E\u0435 \u0437\u043D\u0430\u0447\u0435\u043D\u0438\u0435: \u043E\u0436\u0438\u0434\u0430\u043B\u043E\u0441\u044C, \u0447\u0442\u043E ${r.origin} \u0431\u0443\u0434\u0435\u0442 ${o}${r.minimum.toString()}`}case"invalid_format":{let o=r;return o.format==="starts_with"?`\u041D\u0435\u0432\u0435\u0440\u043D\u0430\u044F \u0441\u0442\u0440\u043E\u043A\u0430: \u0434\u043E\u043B\u0436\u043D\u0430 \u043D\u0430\u0447\u0438\u043D\u0430\u0442\u044C\u0441\u044F \u0441 "${o.prefix}"`:o.format==="ends_with"?`\u041D\u0435\u0432\u0435\u0440\u043D\u0430\u044F \u0441\u0442\u0440\u043E\u043A\u0430: \u0434\u043E\u043B\u0436\u043D\u0430 \u0437\u0430\u043A\u0430\u043D\u0447\u0438\u0432\u0430\u0442\u044C\u0441\u044F \u043D\u0430 "${o.suffix}"`:o.format==="includes"?`\u041D\u0435\u0432\u0435\u0440\u043D\u0430\u044F \u0441\u0442\u0440\u043E\u043A\u0430: \u0434\u043E\u043B\u0436\u043D\u0430 \u0441\u043E\u0434\u0435\u0440\u0436\u0430\u0442\u044C "${o.includes}"`:o.format==="regex"?`\u041D\u0435\u0432\u0435\u0440\u043D\u0430\u044F \u0441\u0442\u0440\u043E\u043A\u0430: \u0434\u043E\u043B\u0436\u043D\u0430 \u0441\u043E\u043E\u0442\u0432\u0435\u0442\u0441\u0442\u0432\u043E\u0432\u0430\u0442\u044C \u0448\u0430\u0431\u043B\u043E\u043D\u0443 ${o.pattern}`:`\u041D\u0435\u0432\u0435\u0440\u043D\u044B\u0439 ${n[o.format]??r.format}`}case"not_multiple_of":return`\u041D\u0435\u0432\u0435\u0440\u043D\u043E\u0435 \u0447\u0438\u0441\u043B\u043E: \u0434\u043E\u043B\u0436\u043D\u043E \u0431\u044B\u0442\u044C \u043A\u0440\u0430\u0442\u043D\u044B\u043C ${r.divisor}`;case"unrecognized_keys":return`\u041D\u0435\u0440\u0430\u0441\u043F\u043E\u0437\u043D\u0430\u043D\u043D${r.keys.length>1?"\u044B\u0435":"\u044B\u0439"} \u043A\u043B\u044E\u0447${r.keys.length>1?"\u0438":""}: ${$(r.keys,", ")}`;case"invalid_key":return`\u041D\u0435\u0432\u0435\u0440\u043D\u044B\u0439 \u043A\u043B\u044E\u0447 \u0432 ${r.origin}`;case"invalid_union":return"\u041D\u0435\u0432\u0435\u0440\u043D\u044B\u0435 \u0432\u0445\u043E\u0434\u043D\u044B\u0435 \u0434\u0430\u043D\u043D\u044B\u0435";case"invalid_element":return`\u041D\u0435\u0432\u0435\u0440\u043D\u043E\u0435 \u0437\u043D\u0430\u0447\u0435\u043D\u0438\u0435 \u0432 ${r.origin}`;default:return"\u041D\u0435\u0432\u0435\u0440\u043D\u044B\u0435 \u0432\u0445\u043E\u0434\u043D\u044B\u0435 \u0434\u0430\u043D\u043D\u044B\u0435"}}};function mb(){return{localeError:pA()}}var mA=()=>{let e={string:{unit:"znakov",verb:"ma\u0165"},file:{unit:"bajtov",verb:"ma\u0165"},array:{unit:"prvkov",verb:"ma\u0165"},set:{unit:"prvkov",verb:"ma\u0165"},map:{unit:"polo\u017Eiek",verb:"ma\u0165"}};function t(r){return e[r]??null}let n={regex:"regul\xE1rny v\xFDraz",email:"e-mailov\xE1 adresa",url:"URL",emoji:"emoji",uuid:"UUID",uuidv4:"UUIDv4",uuidv6:"UUIDv6",nanoid:"nanoid",guid:"GUID",cuid:"cuid",cuid2:"cuid2",ulid:"ULID",xid:"XID",ksuid:"KSUID",datetime:"d\xE1tum a \u010Das vo form\xE1te ISO",date:"d\xE1tum vo form\xE1te ISO",time:"\u010Das vo form\xE1te ISO",duration:"doba trvania ISO",ipv4:"IPv4 adresa",ipv6:"IPv6 adresa",mac:"MAC adresa",cidrv4:"rozsah IPv4",cidrv6:"rozsah IPv6",base64:"re\u0165azec zak\xF3dovan\xFD vo form\xE1te base64",base64url:"re\u0165azec zak\xF3dovan\xFD vo form\xE1te base64url",json_string:"re\u0165azec vo form\xE1te JSON",e164:"\u010D\xEDslo E.164",credit_card:"\u010D\xEDslo kreditnej karty",currency_code:"k\xF3d meny",iban:"IBAN",jwt:"JWT",template_literal:"vstup"},i={nan:"NaN",number:"\u010D\xEDslo",string:"re\u0165azec",function:"funkcia",array:"pole"};return r=>{switch(r.code){case"invalid_type":{let o=i[r.expected]??r.expected,a=U(r.input),s=i[a]??a;return/^[A-Z]/.test(r.expected)?`Neplatn\xFD vstup: o\u010Dak\xE1van\xE9 instanceof ${r.expected}, obdr\u017Ean\xE9 ${s}`:`Neplatn\xFD vstup: o\u010Dak\xE1van\xE9 ${o}, obdr\u017Ean\xE9 ${s}`}case"invalid_value":return r.values.length===1?`Neplatn\xFD vstup: o\u010Dak\xE1van\xE9 ${O(r.values[0])}`:`Neplatn\xFD vstup: o\u010Dak\xE1van\xE1 jedna z hodn\xF4t ${$(r.values,"|")}`;case"too_big":{let o=r.inclusive?"<=":"<",a=t(r.origin);return a?`Hodnota je pr\xEDli\u0161 ve\u013Ek\xE1: ${r.origin??"hodnota"} mus\xED ma\u0165 ${o}${r.maximum.toString()} ${a.unit??"prvkov"}`:`Hodnota je pr\xEDli\u0161 ve\u013Ek\xE1: ${r.origin??"hodnota"} mus\xED by\u0165 ${o}${r.maximum.toString()}`}case"too_small":{let o=r.inclusive?">=":">",a=t(r.origin);return a?`Hodnota je pr\xEDli\u0161 mal\xE1: ${r.origin??"hodnota"} mus\xED ma\u0165 ${o}${r.minimum.toString()} ${a.unit??"prvkov"}`:`Hodnota je pr\xEDli\u0161 mal\xE1: ${r.origin??"hodnota"} mus\xED by\u0165 ${o}${r.minimum.toString()}`}case"invalid_format":{let o=r;return o.format==="starts_with"?`Neplatn\xFD re\u0165azec: mus\xED za\u010D\xEDna\u0165 na "${o.prefix}"`:o.format==="ends_with"?`Neplatn\xFD re\u0165azec: mus\xED kon\u010Di\u0165 na "${o.suffix}"`:o.format==="includes"?`Neplatn\xFD re\u0165azec: mus\xED obsahova\u0165 "${o.includes}"`:o.format==="regex"?`Neplatn\xFD re\u0165azec: mus\xED zodpoveda\u0165 vzoru ${o.pattern}`:`Neplatn\xFD form\xE1t ${n[o.format]??r.format}`}case"not_multiple_of":return`Neplatn\xE9 \u010D\xEDslo: mus\xED by\u0165 n\xE1sobkom ${r.divisor}`;case"unrecognized_keys":return`Nezn\xE1me kl\xFA\u010De: ${$(r.keys,", ")}`;case"invalid_key":return`Neplatn\xFD kl\xFA\u010D v ${r.origin}`;case"invalid_union":return"Neplatn\xFD vstup";case"invalid_element":return`Neplatn\xE1 hodnota v ${r.origin}`;default:return"Neplatn\xFD vstup"}}};function gb(){return{localeError:mA()}}var gA=()=>{let e={string:{unit:"znakov",verb:"imeti"},file:{unit:"bajtov",verb:"imeti"},array:{unit:"elementov",verb:"imeti"},set:{unit:"elementov",verb:"imeti"},map:{unit:"elementov",verb:"imeti"}};function t(r){return e[r]??null}let n={regex:"vnos",email:"e-po\u0161tni naslov",url:"URL",emoji:"emoji",uuid:"UUID",uuidv4:"UUIDv4",uuidv6:"UUIDv6",nanoid:"nanoid",guid:"GUID",cuid:"cuid",cuid2:"cuid2",ulid:"ULID",xid:"XID",ksuid:"KSUID",datetime:"ISO datum in \u010Das",date:"ISO datum",time:"ISO \u010Das",duration:"ISO trajanje",ipv4:"IPv4 naslov",ipv6:"IPv6 naslov",mac:"MAC naslov",cidrv4:"obseg IPv4",cidrv6:"obseg IPv6",base64:"base64 kodiran niz",base64url:"base64url kodiran niz",json_string:"JSON niz",e164:"E.164 \u0161tevilka",credit_card:"\u0161tevilka kreditne kartice",currency_code:"koda valute",iban:"IBAN",jwt:"JWT",template_literal:"vnos"},i={nan:"NaN",number:"\u0161tevilo",array:"tabela"};return r=>{switch(r.code){case"invalid_type":{let o=i[r.expected]??r.expected,a=U(r.input),s=i[a]??a;return/^[A-Z]/.test(r.expected)?`Neveljaven vnos: pri\u010Dakovano instanceof ${r.expected}, prejeto ${s}`:`Neveljaven vnos: pri\u010Dakovano ${o}, prejeto ${s}`}case"invalid_value":return r.values.length===1?`Neveljaven vnos: pri\u010Dakovano ${O(r.values[0])}`:`Neveljavna mo\u017Enost: pri\u010Dakovano eno izmed ${$(r.values,"|")}`;case"too_big":{let o=r.inclusive?"<=":"<",a=t(r.origin);return a?`Preveliko: pri\u010Dakovano, da bo ${r.origin??"vrednost"} imelo ${o}${r.maximum.toString()} ${a.unit??"elementov"}`:`Preveliko: pri\u010Dakovano, da bo ${r.origin??"vrednost"} ${o}${r.maximum.toString()}`}case"too_small":{let o=r.inclusive?">=":">",a=t(r.origin);return a?`Premajhno: pri\u010Dakovano, da bo ${r.origin} imelo ${o}${r.minimum.toString()} ${a.unit}`:`Premajhno: pri\u010Dakovano, da bo ${r.origin} ${o}${r.minimum.toString()}`}case"invalid_format":{let o=r;return o.format==="starts_with"?`Neveljaven niz: mora se za\u010Deti z "${o.prefix}"`:o.format==="ends_with"?`Neveljaven niz: mora se kon\u010Dati z "${o.suffix}"`:o.format==="includes"?`Neveljaven niz: mora vsebovati "${o.includes}"`:o.format==="regex"?`Neveljaven niz: mora ustrezati vzorcu ${o.pattern}`:`Neveljaven ${n[o.format]??r.format}`}case"not_multiple_of":return`Neveljavno \u0161tevilo: mora biti ve\u010Dkratnik ${r.divisor}`;case"unrecognized_keys":return`Neprepoznan${r.keys.length>1?"i klju\u010Di":" klju\u010D"}: ${$(r.keys,", ")}`;case"invalid_key":return`Neveljaven klju\u010D v ${r.origin}`;case"invalid_union":return"Neveljaven vnos";case"invalid_element":return`Neveljavna vrednost v ${r.origin}`;default:return"Neveljaven vnos"}}};function hb(){return{localeError:gA()}}var hA=()=>{let e={string:{unit:"tecken",verb:"att ha"},file:{unit:"bytes",verb:"att ha"},array:{unit:"objekt",verb:"att inneh\xE5lla"},set:{unit:"objekt",verb:"att inneh\xE5lla"},map:{unit:"objekt",verb:"att inneh\xE5lla"}};function t(r){return e[r]??null}let n={regex:"regulj\xE4rt uttryck",email:"e-postadress",url:"URL",emoji:"emoji",uuid:"UUID",uuidv4:"UUIDv4",uuidv6:"UUIDv6",nanoid:"nanoid",guid:"GUID",cuid:"cuid",cuid2:"cuid2",ulid:"ULID",xid:"XID",ksuid:"KSUID",datetime:"ISO-datum och tid",date:"ISO-datum",time:"ISO-tid",duration:"ISO-varaktighet",ipv4:"IPv4-adress",ipv6:"IPv6-adress",mac:"MAC-adress",cidrv4:"IPv4-spektrum",cidrv6:"IPv6-spektrum",base64:"base64-kodad str\xE4ng",base64url:"base64url-kodad str\xE4ng",json_string:"JSON-str\xE4ng",e164:"E.164-nummer",credit_card:"kreditkortsnummer",currency_code:"valutakod",iban:"IBAN",jwt:"JWT",template_literal:"mall-literal"},i={nan:"NaN",number:"antal",array:"lista"};return r=>{switch(r.code){case"invalid_type":{let o=i[r.expected]??r.expected,a=U(r.input),s=i[a]??a;return/^[A-Z]/.test(r.expected)?`Ogiltig inmatning: f\xF6rv\xE4ntat instanceof ${r.expected}, fick ${s}`:`Ogiltig inmatning: f\xF6rv\xE4ntat ${o}, fick ${s}`}case"invalid_value":return r.values.length===1?`Ogiltig inmatning: f\xF6rv\xE4ntat ${O(r.values[0])}`:`Ogiltigt val: f\xF6rv\xE4ntade en av ${$(r.values,"|")}`;case"too_big":{let o=r.inclusive?"<=":"<",a=t(r.origin);return a?`F\xF6r stor(t): f\xF6rv\xE4ntade ${r.origin??"v\xE4rdet"} att ha ${o}${r.maximum.toString()} ${a.unit??"element"}`:`F\xF6r stor(t): f\xF6rv\xE4ntat ${r.origin??"v\xE4rdet"} att ha ${o}${r.maximum.toString()}`}case"too_small":{let o=r.inclusive?">=":">",a=t(r.origin);return a?`F\xF6r lite(t): f\xF6rv\xE4ntade ${r.origin??"v\xE4rdet"} att ha ${o}${r.minimum.toString()} ${a.unit}`:`F\xF6r lite(t): f\xF6rv\xE4ntade ${r.origin??"v\xE4rdet"} att ha ${o}${r.minimum.toString()}`}case"invalid_format":{let o=r;return o.format==="starts_with"?`Ogiltig str\xE4ng: m\xE5ste b\xF6rja med "${o.prefix}"`:o.format==="ends_with"?`Ogiltig str\xE4ng: m\xE5ste sluta med "${o.suffix}"`:o.format==="includes"?`Ogiltig str\xE4ng: m\xE5ste inneh\xE5lla "${o.includes}"`:o.format==="regex"?`Ogiltig str\xE4ng: m\xE5ste matcha m\xF6nstret "${o.pattern}"`:`Ogiltig(t) ${n[o.format]??r.format}`}case"not_multiple_of":return`Ogiltigt tal: m\xE5ste vara en multipel av ${r.divisor}`;case"unrecognized_keys":return`${r.keys.length>1?"Ok\xE4nda nycklar":"Ok\xE4nd nyckel"}: ${$(r.keys,", ")}`;case"invalid_key":return`Ogiltig nyckel i ${r.origin??"v\xE4rdet"}`;case"invalid_union":return"Ogiltig input";case"invalid_element":return`Ogiltigt v\xE4rde i ${r.origin??"v\xE4rdet"}`;default:return"Ogiltig input"}}};function vb(){return{localeError:hA()}}var vA=()=>{let e={string:{unit:"\u0B8E\u0BB4\u0BC1\u0BA4\u0BCD\u0BA4\u0BC1\u0B95\u0BCD\u0B95\u0BB3\u0BCD",verb:"\u0B95\u0BCA\u0BA3\u0BCD\u0B9F\u0BBF\u0BB0\u0BC1\u0B95\u0BCD\u0B95 \u0BB5\u0BC7\u0BA3\u0BCD\u0B9F\u0BC1\u0BAE\u0BCD"},file:{unit:"\u0BAA\u0BC8\u0B9F\u0BCD\u0B9F\u0BC1\u0B95\u0BB3\u0BCD",verb:"\u0B95\u0BCA\u0BA3\u0BCD\u0B9F\u0BBF\u0BB0\u0BC1\u0B95\u0BCD\u0B95 \u0BB5\u0BC7\u0BA3\u0BCD\u0B9F\u0BC1\u0BAE\u0BCD"},array:{unit:"\u0B89\u0BB1\u0BC1\u0BAA\u0BCD\u0BAA\u0BC1\u0B95\u0BB3\u0BCD",verb:"\u0B95\u0BCA\u0BA3\u0BCD\u0B9F\u0BBF\u0BB0\u0BC1\u0B95\u0BCD\u0B95 \u0BB5\u0BC7\u0BA3\u0BCD\u0B9F\u0BC1\u0BAE\u0BCD"},set:{unit:"\u0B89\u0BB1\u0BC1\u0BAA\u0BCD\u0BAA\u0BC1\u0B95\u0BB3\u0BCD",verb:"\u0B95\u0BCA\u0BA3\u0BCD\u0B9F\u0BBF\u0BB0\u0BC1\u0B95\u0BCD\u0B95 \u0BB5\u0BC7\u0BA3\u0BCD\u0B9F\u0BC1\u0BAE\u0BCD"},map:{unit:"\u0B89\u0BB1\u0BC1\u0BAA\u0BCD\u0BAA\u0BC1\u0B95\u0BB3\u0BCD",verb:"\u0B95\u0BCA\u0BA3\u0BCD\u0B9F\u0BBF\u0BB0\u0BC1\u0B95\u0BCD\u0B95 \u0BB5\u0BC7\u0BA3\u0BCD\u0B9F\u0BC1\u0BAE\u0BCD"}};function t(r){return e[r]??null}let n={regex:"\u0B89\u0BB3\u0BCD\u0BB3\u0BC0\u0B9F\u0BC1",email:"\u0BAE\u0BBF\u0BA9\u0BCD\u0BA9\u0B9E\u0BCD\u0B9A\u0BB2\u0BCD \u0BAE\u0BC1\u0B95\u0BB5\u0BB0\u0BBF",url:"URL",emoji:"emoji",uuid:"UUID",uuidv4:"UUIDv4",uuidv6:"UUIDv6",nanoid:"nanoid",guid:"GUID",cuid:"cuid",cuid2:"cuid2",ulid:"ULID",xid:"XID",ksuid:"KSUID",datetime:"ISO \u0BA4\u0BC7\u0BA4\u0BBF \u0BA8\u0BC7\u0BB0\u0BAE\u0BCD",date:"ISO \u0BA4\u0BC7\u0BA4\u0BBF",time:"ISO \u0BA8\u0BC7\u0BB0\u0BAE\u0BCD",duration:"ISO \u0B95\u0BBE\u0BB2 \u0B85\u0BB3\u0BB5\u0BC1",ipv4:"IPv4 \u0BAE\u0BC1\u0B95\u0BB5\u0BB0\u0BBF",ipv6:"IPv6 \u0BAE\u0BC1\u0B95\u0BB5\u0BB0\u0BBF",mac:"MAC \u0BAE\u0BC1\u0B95\u0BB5\u0BB0\u0BBF",cidrv4:"IPv4 \u0BB5\u0BB0\u0BAE\u0BCD\u0BAA\u0BC1",cidrv6:"IPv6 \u0BB5\u0BB0\u0BAE\u0BCD\u0BAA\u0BC1",base64:"base64-encoded \u0B9A\u0BB0\u0BAE\u0BCD",base64url:"base64url-encoded \u0B9A\u0BB0\u0BAE\u0BCD",json_string:"JSON \u0B9A\u0BB0\u0BAE\u0BCD",e164:"E.164 \u0B8E\u0BA3\u0BCD",credit_card:"\u0B95\u0B9F\u0BA9\u0BCD \u0B85\u0B9F\u0BCD\u0B9F\u0BC8 \u0B8E\u0BA3\u0BCD",currency_code:"\u0BA8\u0BBE\u0BA3\u0BAF\u0B95\u0BCD \u0B95\u0BC1\u0BB1\u0BBF\u0BAF\u0BC0\u0B9F\u0BC1",iban:"IBAN",jwt:"JWT",template_literal:"input"},i={nan:"NaN",number:"\u0B8E\u0BA3\u0BCD",array:"\u0B85\u0BA3\u0BBF",null:"\u0BB5\u0BC6\u0BB1\u0BC1\u0BAE\u0BC8"};return r=>{switch(r.code){case"invalid_type":{let o=i[r.expected]??r.expected,a=U(r.input),s=i[a]??a;return/^[A-Z]/.test(r.expected)?`\u0BA4\u0BB5\u0BB1\u0BBE\u0BA9 \u0B89\u0BB3\u0BCD\u0BB3\u0BC0\u0B9F\u0BC1: \u0B8E\u0BA4\u0BBF\u0BB0\u0BCD\u0BAA\u0BBE\u0BB0\u0BCD\u0B95\u0BCD\u0B95\u0BAA\u0BCD\u0BAA\u0B9F\u0BCD\u0B9F\u0BA4\u0BC1 instanceof ${r.expected}, \u0BAA\u0BC6\u0BB1\u0BAA\u0BCD\u0BAA\u0B9F\u0BCD\u0B9F\u0BA4\u0BC1 ${s}`:`\u0BA4\u0BB5\u0BB1\u0BBE\u0BA9 \u0B89\u0BB3\u0BCD\u0BB3\u0BC0\u0B9F\u0BC1: \u0B8E\u0BA4\u0BBF\u0BB0\u0BCD\u0BAA\u0BBE\u0BB0\u0BCD\u0B95\u0BCD\u0B95\u0BAA\u0BCD\u0BAA\u0B9F\u0BCD\u0B9F\u0BA4\u0BC1 ${o}, \u0BAA\u0BC6\u0BB1\u0BAA\u0BCD\u0BAA\u0B9F\u0BCD\u0B9F\u0BA4\u0BC1 ${s}`}case"invalid_value":return r.values.length===1?`\u0BA4\u0BB5\u0BB1\u0BBE\u0BA9 \u0B89\u0BB3\u0BCD\u0BB3\u0BC0\u0B9F\u0BC1: \u0B8E\u0BA4\u0BBF\u0BB0\u0BCD\u0BAA\u0BBE\u0BB0\u0BCD\u0B95\u0BCD\u0B95\u0BAA\u0BCD\u0BAA\u0B9F\u0BCD\u0B9F\u0BA4\u0BC1 ${O(r.values[0])}`:`\u0BA4\u0BB5\u0BB1\u0BBE\u0BA9 \u0BB5\u0BBF\u0BB0\u0BC1\u0BAA\u0BCD\u0BAA\u0BAE\u0BCD: \u0B8E\u0BA4\u0BBF\u0BB0\u0BCD\u0BAA\u0BBE\u0BB0\u0BCD\u0B95\u0BCD\u0B95\u0BAA\u0BCD\u0BAA\u0B9F\u0BCD\u0B9F\u0BA4\u0BC1 ${$(r.values,"|")} \u0B87\u0BB2\u0BCD \u0B92\u0BA9\u0BCD\u0BB1\u0BC1`;case"too_big":{let o=r.inclusive?"<=":"<",a=t(r.origin);return a?`\u0BAE\u0BBF\u0B95 \u0BAA\u0BC6\u0BB0\u0BBF\u0BAF\u0BA4\u0BC1: \u0B8E\u0BA4\u0BBF\u0BB0\u0BCD\u0BAA\u0BBE\u0BB0\u0BCD\u0B95\u0BCD\u0B95\u0BAA\u0BCD\u0BAA\u0B9F\u0BCD\u0B9F\u0BA4\u0BC1 ${r.origin??"\u0BAE\u0BA4\u0BBF\u0BAA\u0BCD\u0BAA\u0BC1"} ${o}${r.maximum.toString()} ${a.unit??"\u0B89\u0BB1\u0BC1\u0BAA\u0BCD\u0BAA\u0BC1\u0B95\u0BB3\u0BCD"} \u0B86\u0B95 \u0B87\u0BB0\u0BC1\u0B95\u0BCD\u0B95 \u0BB5\u0BC7\u0BA3\u0BCD\u0B9F\u0BC1\u0BAE\u0BCD`:`\u0BAE\u0BBF\u0B95 \u0BAA\u0BC6\u0BB0\u0BBF\u0BAF\u0BA4\u0BC1: \u0B8E\u0BA4\u0BBF\u0BB0\u0BCD\u0BAA\u0BBE\u0BB0\u0BCD\u0B95\u0BCD\u0B95\u0BAA\u0BCD\u0BAA\u0B9F\u0BCD\u0B9F\u0BA4\u0BC1 ${r.origin??"\u0BAE\u0BA4\u0BBF\u0BAA\u0BCD\u0BAA\u0BC1"} ${o}${r.maximum.toString()} \u0B86\u0B95 \u0B87\u0BB0\u0BC1\u0B95\u0BCD\u0B95 \u0BB5\u0BC7\u0BA3\u0BCD\u0B9F\u0BC1\u0BAE\u0BCD`}case"too_small":{let o=r.inclusive?">=":">",a=t(r.origin);return a?`\u0BAE\u0BBF\u0B95\u0B9A\u0BCD \u0B9A\u0BBF\u0BB1\u0BBF\u0BAF\u0BA4\u0BC1: \u0B8E\u0BA4\u0BBF\u0BB0\u0BCD\u0BAA\u0BBE\u0BB0\u0BCD\u0B95\u0BCD\u0B95\u0BAA\u0BCD\u0BAA\u0B9F\u0BCD\u0B9F\u0BA4\u0BC1 ${r.origin} ${o}${r.minimum.toString()} ${a.unit} \u0B86\u0B95 \u0B87\u0BB0\u0BC1\u0B95\u0BCD\u0B95 \u0BB5\u0BC7\u0BA3\u0BCD\u0B9F\u0BC1\u0BAE\u0BCD`:`\u0BAE\u0BBF\u0B95\u0B9A\u0BCD \u0B9A\u0BBF\u0BB1\u0BBF\u0BAF\u0BA4\u0BC1: \u0B8E\u0BA4\u0BBF\u0BB0\u0BCD\u0BAA\u0BBE\u0BB0\u0BCD\u0B95\u0BCD\u0B95\u0BAA\u0BCD\u0BAA\u0B9F\u0BCD\u0B9F\u0BA4\u0BC1 ${r.origin} ${o}${r.minimum.toString()} \u0B86\u0B95 \u0B87\u0BB0\u0BC1\u0B95\u0BCD\u0B95 \u0BB5\u0BC7\u0BA3\u0BCD\u0B9F\u0BC1\u0BAE\u0BCD`}case"invalid_format":{let o=r;return o.format==="starts_with"?`\u0BA4\u0BB5\u0BB1\u0BBE\u0BA9 \u0B9A\u0BB0\u0BAE\u0BCD: "${o.prefix}" \u0B87\u0BB2\u0BCD \u0BA4\u0BCA\u0B9F\u0B99\u0BCD\u0B95 \u0BB5\u0BC7\u0BA3\u0BCD\u0B9F\u0BC1\u0BAE\u0BCD`:o.format==="ends_with"?`\u0BA4\u0BB5\u0BB1\u0BBE\u0BA9 \u0B9A\u0BB0\u0BAE\u0BCD: "${o.suffix}" \u0B87\u0BB2\u0BCD \u0BAE\u0BC1\u0B9F\u0BBF\u0BB5\u0B9F\u0BC8\u0BAF \u0BB5\u0BC7\u0BA3\u0BCD\u0B9F\u0BC1\u0BAE\u0BCD`:o.format==="includes"?`\u0BA4\u0BB5\u0BB1\u0BBE\u0BA9 \u0B9A\u0BB0\u0BAE\u0BCD: "${o.includes}" \u0B90 \u0B89\u0BB3\u0BCD\u0BB3\u0B9F\u0B95\u0BCD\u0B95 \u0BB5\u0BC7\u0BA3\u0BCD\u0B9F\u0BC1\u0BAE\u0BCD`:o.format==="regex"?`\u0BA4\u0BB5\u0BB1\u0BBE\u0BA9 \u0B9A\u0BB0\u0BAE\u0BCD: ${o.pattern} \u0BAE\u0BC1\u0BB1\u0BC8\u0BAA\u0BBE\u0B9F\u0BCD\u0B9F\u0BC1\u0B9F\u0BA9\u0BCD \u0BAA\u0BCA\u0BB0\u0BC1\u0BA8\u0BCD\u0BA4 \u0BB5\u0BC7\u0BA3\u0BCD\u0B9F\u0BC1\u0BAE\u0BCD`:`\u0BA4\u0BB5\u0BB1\u0BBE\u0BA9 ${n[o.format]??r.format}`}case"not_multiple_of":return`\u0BA4\u0BB5\u0BB1\u0BBE\u0BA9 \u0B8E\u0BA3\u0BCD: ${r.divisor} \u0B87\u0BA9\u0BCD \u0BAA\u0BB2\u0BAE\u0BBE\u0B95 \u0B87\u0BB0\u0BC1\u0B95\u0BCD\u0B95 \u0BB5\u0BC7\u0BA3\u0BCD\u0B9F\u0BC1\u0BAE\u0BCD`;case"unrecognized_keys":return`\u0B85\u0B9F\u0BC8\u0BAF\u0BBE\u0BB3\u0BAE\u0BCD \u0BA4\u0BC6\u0BB0\u0BBF\u0BAF\u0BBE\u0BA4 \u0BB5\u0BBF\u0B9A\u0BC8${r.keys.length>1?"\u0B95\u0BB3\u0BCD":""}: ${$(r.keys,", ")}`;case"invalid_key":return`${r.origin} \u0B87\u0BB2\u0BCD \u0BA4\u0BB5\u0BB1\u0BBE\u0BA9 \u0BB5\u0BBF\u0B9A\u0BC8`;case"invalid_union":return"\u0BA4\u0BB5\u0BB1\u0BBE\u0BA9 \u0B89\u0BB3\u0BCD\u0BB3\u0BC0\u0B9F\u0BC1";case"invalid_element":return`${r.origin} \u0B87\u0BB2\u0BCD \u0BA4\u0BB5\u0BB1\u0BBE\u0BA9 \u0BAE\u0BA4\u0BBF\u0BAA\u0BCD\u0BAA\u0BC1`;default:return"\u0BA4\u0BB5\u0BB1\u0BBE\u0BA9 \u0B89\u0BB3\u0BCD\u0BB3\u0BC0\u0B9F\u0BC1"}}};function bb(){return{localeError:vA()}}var bA=()=>{let e={string:{unit:"\u0430\u043B\u043E\u043C\u0430\u0442",verb:"\u0434\u043E\u0448\u0442\u0430 \u0431\u043E\u0448\u0430\u0434"},file:{unit:"\u0431\u0430\u0439\u0442",verb:"\u0434\u043E\u0448\u0442\u0430 \u0431\u043E\u0448\u0430\u0434"},array:{unit:"\u0443\u043D\u0441\u0443\u0440",verb:"\u0434\u043E\u0448\u0442\u0430 \u0431\u043E\u0448\u0430\u0434"},set:{unit:"\u0443\u043D\u0441\u0443\u0440",verb:"\u0434\u043E\u0448\u0442\u0430 \u0431\u043E\u0448\u0430\u0434"},map:{unit:"\u0441\u0430\u0431\u0442",verb:"\u0434\u043E\u0448\u0442\u0430 \u0431\u043E\u0448\u0430\u0434"}};function t(r){return e[r]??null}let n={regex:"\u0432\u0443\u0440\u0443\u0434",email:"\u0441\u0443\u0440\u043E\u0493\u0430\u0438 email",url:"URL",emoji:"\u044D\u043C\u043E\u04B7\u0438",uuid:"UUID",uuidv4:"UUIDv4",uuidv6:"UUIDv6",nanoid:"nanoid",guid:"GUID",cuid:"cuid",cuid2:"cuid2",ulid:"ULID",xid:"XID",ksuid:"KSUID",datetime:"\u0441\u0430\u043D\u0430\u0432\u0443 \u0432\u0430\u049B\u0442\u0438 ISO",date:"\u0441\u0430\u043D\u0430\u0438 ISO",time:"\u0432\u0430\u049B\u0442\u0438 ISO",duration:"\u0434\u0430\u0432\u043E\u043C\u043D\u043E\u043A\u0438\u0438 ISO",ipv4:"\u0441\u0443\u0440\u043E\u0493\u0430\u0438 IPv4",ipv6:"\u0441\u0443\u0440\u043E\u0493\u0430\u0438 IPv6",mac:"\u0441\u0443\u0440\u043E\u0493\u0430\u0438 MAC",cidrv4:"\u043C\u0430\u04B3\u0434\u0443\u0434\u0430\u0438 IPv4",cidrv6:"\u043C\u0430\u04B3\u0434\u0443\u0434\u0430\u0438 IPv6",base64:"\u0441\u0430\u0442\u0440\u0438 \u0434\u0430\u0440 \u0444\u043E\u0440\u043C\u0430\u0442\u0438 base64",base64url:"\u0441\u0430\u0442\u0440\u0438 \u0434\u0430\u0440 \u0444\u043E\u0440\u043C\u0430\u0442\u0438 base64url",json_string:"\u0441\u0430\u0442\u0440\u0438 JSON",e164:"\u0440\u0430\u049B\u0430\u043C\u0438 E.164",credit_card:"\u0440\u0430\u049B\u0430\u043C\u0438 \u043A\u043E\u0440\u0442\u0438 \u043A\u0440\u0435\u0434\u0438\u0442\u04E3",currency_code:"\u0440\u0430\u043C\u0437\u0438 \u0430\u0441\u044A\u043E\u0440",iban:"IBAN",jwt:"JWT",template_literal:"\u0432\u0443\u0440\u0443\u0434"},i={nan:"NaN",number:"\u0440\u0430\u049B\u0430\u043C",string:"\u0441\u0430\u0442\u0440",array:"\u043C\u0430\u0441\u0441\u0438\u0432",object:"\u043E\u0431\u044A\u0435\u043A\u0442",date:"\u0441\u0430\u043D\u0430"};return r=>{switch(r.code){case"invalid_type":{let o=i[r.expected]??r.expected,a=U(r.input),s=i[a]??a;return`\u0412\u0443\u0440\u0443\u0434\u0438 \u043D\u043E\u0434\u0443\u0440\u0443\u0441\u0442: ${o} \u0438\u043D\u0442\u0438\u0437\u043E\u0440 \u043C\u0435\u0440\u0430\u0444\u0442, ${s} \u0433\u0438\u0440\u0438\u0444\u0442\u0430 \u0448\u0443\u0434`}case"invalid_value":return r.values.length===1?`\u0412\u0443\u0440\u0443\u0434\u0438 \u043D\u043E\u0434\u0443\u0440\u0443\u0441\u0442: ${O(r.values[0])} \u0438\u043D\u0442\u0438\u0437\u043E\u0440 \u043C\u0435\u0440\u0430\u0444\u0442`:`\u0418\u043D\u0442\u0438\u0445\u043E\u0431\u0438 \u043D\u043E\u0434\u0443\u0440\u0443\u0441\u0442: \u044F\u043A\u0435 \u0430\u0437 ${$(r.values,"|")} \u0438\u043D\u0442\u0438\u0437\u043E\u0440 \u043C\u0435\u0440\u0430\u0444\u0442`;case"too_big":{let o=r.inclusive?"<=":"<",a=t(r.origin);return a?`\u0425\u0435\u043B\u0435 \u043A\u0430\u043B\u043E\u043D: ${r.origin??"\u049B\u0438\u043C\u0430\u0442"} \u0431\u043E\u044F\u0434 ${o}${r.maximum.toString()} ${a.unit} ${a.verb}`:`\u0425\u0435\u043B\u0435 \u043A\u0430\u043B\u043E\u043D: ${r.origin??"\u049B\u0438\u043C\u0430\u0442"} \u0431\u043E\u044F\u0434 ${o}${r.maximum.toString()} \u0431\u043E\u0448\u0430\u0434`}case"too_small":{let o=r.inclusive?">=":">",a=t(r.origin);return a?`\u0425\u0435\u043B\u0435 \u0445\u0443\u0440\u0434: ${r.origin} \u0431\u043E\u044F\u0434 ${o}${r.minimum.toString()} ${a.unit} ${a.verb}`:`\u0425\u0435\u043B\u0435 \u0445\u0443\u0440\u0434: ${r.origin} \u0431\u043E\u044F\u0434 ${o}${r.minimum.toString()} \u0431\u043E\u0448\u0430\u0434`}case"invalid_format":{let o=r;return o.format==="starts_with"?`\u0421\u0430\u0442\u0440\u0438 \u043D\u043E\u0434\u0443\u0440\u0443\u0441\u0442: \u0431\u043E\u044F\u0434 \u0431\u043E "${o.prefix}" \u043E\u0493\u043E\u0437 \u0448\u0430\u0432\u0430\u0434`:o.format==="ends_with"?`\u0421\u0430\u0442\u0440\u0438 \u043D\u043E\u0434\u0443\u0440\u0443\u0441\u0442: \u0431\u043E\u044F\u0434 \u0431\u043E "${o.suffix}" \u0430\u043D\u04B7\u043E\u043C \u0451\u0431\u0430\u0434`:o.format==="includes"?`\u0421\u0430\u0442\u0440\u0438 \u043D\u043E\u0434\u0443\u0440\u0443\u0441\u0442: \u0431\u043E\u044F\u0434 "${o.includes}"-\u0440\u043E \u0434\u0430\u0440 \u0431\u0430\u0440 \u0433\u0438\u0440\u0430\u0434`:o.format==="regex"?`\u0421\u0430\u0442\u0440\u0438 \u043D\u043E\u0434\u0443\u0440\u0443\u0441\u0442: \u0431\u043E\u044F\u0434 \u0431\u0430 \u043D\u0430\u043C\u0443\u043D\u0430\u0438 ${o.pattern} \u043C\u0443\u0432\u043E\u0444\u0438\u049B\u0430\u0442 \u043A\u0443\u043D\u0430\u0434`:`${n[o.format]??r.format}-\u0438 \u043D\u043E\u0434\u0443\u0440\u0443\u0441\u0442`}case"not_multiple_of":return`\u0420\u0430\u049B\u0430\u043C\u0438 \u043D\u043E\u0434\u0443\u0440\u0443\u0441\u0442: \u0431\u043E\u044F\u0434 \u0431\u0430 ${r.divisor} \u0431\u0435 \u0431\u0430\u049B\u0438\u044F \u0442\u0430\u049B\u0441\u0438\u043C \u0448\u0430\u0432\u0430\u0434`;case"unrecognized_keys":return`\u041A\u0430\u043B\u0438\u0434${r.keys.length>1?"\u04B3\u043E\u0438":"\u0438"} \u043D\u043E\u043C\u0430\u044A\u043B\u0443\u043C: ${$(r.keys,", ")}`;case"invalid_key":return`\u041A\u0430\u043B\u0438\u0434\u0438 \u043D\u043E\u0434\u0443\u0440\u0443\u0441\u0442 \u0434\u0430\u0440 ${r.origin}`;case"invalid_union":return r.options&&Array.isArray(r.options)&&r.options.length>0?`\u049A\u0438\u043C\u0430\u0442\u0438 \u043D\u043E\u0434\u0443\u0440\u0443\u0441\u0442\u0438 \u0434\u0438\u0441\u043A\u0440\u0438\u043C\u0438\u043D\u0430\u0442\u043E\u0440: ${r.options.map(a=>`'${a}'`).join(" | ")} \u0438\u043D\u0442\u0438\u0437\u043E\u0440 \u043C\u0435\u0440\u0430\u0444\u0442`:"\u0412\u0443\u0440\u0443\u0434\u0438 \u043D\u043E\u0434\u0443\u0440\u0443\u0441\u0442";case"invalid_element":return`\u049A\u0438\u043C\u0430\u0442\u0438 \u043D\u043E\u0434\u0443\u0440\u0443\u0441\u0442 \u0434\u0430\u0440 ${r.origin}`;default:return"\u0412\u0443\u0440\u0443\u0434\u0438 \u043D\u043E\u0434\u0443\u0440\u0443\u0441\u0442"}}};function yb(){return{localeError:bA()}}var yA=()=>{let e={string:{unit:"\u0E15\u0E31\u0E27\u0E2D\u0E31\u0E01\u0E29\u0E23",verb:"\u0E04\u0E27\u0E23\u0E21\u0E35"},file:{unit:"\u0E44\u0E1A\u0E15\u0E4C",verb:"\u0E04\u0E27\u0E23\u0E21\u0E35"},array:{unit:"\u0E23\u0E32\u0E22\u0E01\u0E32\u0E23",verb:"\u0E04\u0E27\u0E23\u0E21\u0E35"},set:{unit:"\u0E23\u0E32\u0E22\u0E01\u0E32\u0E23",verb:"\u0E04\u0E27\u0E23\u0E21\u0E35"},map:{unit:"\u0E23\u0E32\u0E22\u0E01\u0E32\u0E23",verb:"\u0E04\u0E27\u0E23\u0E21\u0E35"}};function t(r){return e[r]??null}let n={regex:"\u0E02\u0E49\u0E2D\u0E21\u0E39\u0E25\u0E17\u0E35\u0E48\u0E1B\u0E49\u0E2D\u0E19",email:"\u0E17\u0E35\u0E48\u0E2D\u0E22\u0E39\u0E48\u0E2D\u0E35\u0E40\u0E21\u0E25",url:"URL",emoji:"\u0E2D\u0E34\u0E42\u0E21\u0E08\u0E34",uuid:"UUID",uuidv4:"UUIDv4",uuidv6:"UUIDv6",nanoid:"nanoid",guid:"GUID",cuid:"cuid",cuid2:"cuid2",ulid:"ULID",xid:"XID",ksuid:"KSUID",datetime:"\u0E27\u0E31\u0E19\u0E17\u0E35\u0E48\u0E40\u0E27\u0E25\u0E32\u0E41\u0E1A\u0E1A ISO",date:"\u0E27\u0E31\u0E19\u0E17\u0E35\u0E48\u0E41\u0E1A\u0E1A ISO",time:"\u0E40\u0E27\u0E25\u0E32\u0E41\u0E1A\u0E1A ISO",duration:"\u0E0A\u0E48\u0E27\u0E07\u0E40\u0E27\u0E25\u0E32\u0E41\u0E1A\u0E1A ISO",ipv4:"\u0E17\u0E35\u0E48\u0E2D\u0E22\u0E39\u0E48 IPv4",ipv6:"\u0E17\u0E35\u0E48\u0E2D\u0E22\u0E39\u0E48 IPv6",mac:"\u0E17\u0E35\u0E48\u0E2D\u0E22\u0E39\u0E48 MAC",cidrv4:"\u0E0A\u0E48\u0E27\u0E07 IP \u0E41\u0E1A\u0E1A IPv4",cidrv6:"\u0E0A\u0E48\u0E27\u0E07 IP \u0E41\u0E1A\u0E1A IPv6",base64:"\u0E02\u0E49\u0E2D\u0E04\u0E27\u0E32\u0E21\u0E41\u0E1A\u0E1A Base64",base64url:"\u0E02\u0E49\u0E2D\u0E04\u0E27\u0E32\u0E21\u0E41\u0E1A\u0E1A Base64 \u0E2A\u0E33\u0E2B\u0E23\u0E31\u0E1A URL",json_string:"\u0E02\u0E49\u0E2D\u0E04\u0E27\u0E32\u0E21\u0E41\u0E1A\u0E1A JSON",e164:"\u0E40\u0E1A\u0E2D\u0E23\u0E4C\u0E42\u0E17\u0E23\u0E28\u0E31\u0E1E\u0E17\u0E4C\u0E23\u0E30\u0E2B\u0E27\u0E48\u0E32\u0E07\u0E1B\u0E23\u0E30\u0E40\u0E17\u0E28 (E.164)",credit_card:"\u0E2B\u0E21\u0E32\u0E22\u0E40\u0E25\u0E02\u0E1A\u0E31\u0E15\u0E23\u0E40\u0E04\u0E23\u0E14\u0E34\u0E15",currency_code:"\u0E23\u0E2B\u0E31\u0E2A\u0E2A\u0E01\u0E38\u0E25\u0E40\u0E07\u0E34\u0E19",iban:"IBAN",jwt:"\u0E42\u0E17\u0E40\u0E04\u0E19 JWT",template_literal:"\u0E02\u0E49\u0E2D\u0E21\u0E39\u0E25\u0E17\u0E35\u0E48\u0E1B\u0E49\u0E2D\u0E19"},i={nan:"NaN",number:"\u0E15\u0E31\u0E27\u0E40\u0E25\u0E02",array:"\u0E2D\u0E32\u0E23\u0E4C\u0E40\u0E23\u0E22\u0E4C (Array)",null:"\u0E44\u0E21\u0E48\u0E21\u0E35\u0E04\u0E48\u0E32 (null)"};return r=>{switch(r.code){case"invalid_type":{let o=i[r.expected]??r.expected,a=U(r.input),s=i[a]??a;return/^[A-Z]/.test(r.expected)?`\u0E1B\u0E23\u0E30\u0E40\u0E20\u0E17\u0E02\u0E49\u0E2D\u0E21\u0E39\u0E25\u0E44\u0E21\u0E48\u0E16\u0E39\u0E01\u0E15\u0E49\u0E2D\u0E07: \u0E04\u0E27\u0E23\u0E40\u0E1B\u0E47\u0E19 instanceof ${r.expected} \u0E41\u0E15\u0E48\u0E44\u0E14\u0E49\u0E23\u0E31\u0E1A ${s}`:`\u0E1B\u0E23\u0E30\u0E40\u0E20\u0E17\u0E02\u0E49\u0E2D\u0E21\u0E39\u0E25\u0E44\u0E21\u0E48\u0E16\u0E39\u0E01\u0E15\u0E49\u0E2D\u0E07: \u0E04\u0E27\u0E23\u0E40\u0E1B\u0E47\u0E19 ${o} \u0E41\u0E15\u0E48\u0E44\u0E14\u0E49\u0E23\u0E31\u0E1A ${s}`}case"invalid_value":return r.values.length===1?`\u0E04\u0E48\u0E32\u0E44\u0E21\u0E48\u0E16\u0E39\u0E01\u0E15\u0E49\u0E2D\u0E07: \u0E04\u0E27\u0E23\u0E40\u0E1B\u0E47\u0E19 ${O(r.values[0])}`:`\u0E15\u0E31\u0E27\u0E40\u0E25\u0E37\u0E2D\u0E01\u0E44\u0E21\u0E48\u0E16\u0E39\u0E01\u0E15\u0E49\u0E2D\u0E07: \u0E04\u0E27\u0E23\u0E40\u0E1B\u0E47\u0E19\u0E2B\u0E19\u0E36\u0E48\u0E07\u0E43\u0E19 ${$(r.values,"|")}`;case"too_big":{let o=r.inclusive?"\u0E44\u0E21\u0E48\u0E40\u0E01\u0E34\u0E19":"\u0E19\u0E49\u0E2D\u0E22\u0E01\u0E27\u0E48\u0E32",a=t(r.origin);return a?`\u0E40\u0E01\u0E34\u0E19\u0E01\u0E33\u0E2B\u0E19\u0E14: ${r.origin??"\u0E04\u0E48\u0E32"} \u0E04\u0E27\u0E23\u0E21\u0E35${o} ${r.maximum.toString()} ${a.unit??"\u0E23\u0E32\u0E22\u0E01\u0E32\u0E23"}`:`\u0E40\u0E01\u0E34\u0E19\u0E01\u0E33\u0E2B\u0E19\u0E14: ${r.origin??"\u0E04\u0E48\u0E32"} \u0E04\u0E27\u0E23\u0E21\u0E35${o} ${r.maximum.toString()}`}case"too_small":{let o=r.inclusive?"\u0E2D\u0E22\u0E48\u0E32\u0E07\u0E19\u0E49\u0E2D\u0E22":"\u0E21\u0E32\u0E01\u0E01\u0E27\u0E48\u0E32",a=t(r.origin);return a?`\u0E19\u0E49\u0E2D\u0E22\u0E01\u0E27\u0E48\u0E32\u0E01\u0E33\u0E2B\u0E19\u0E14: ${r.origin} \u0E04\u0E27\u0E23\u0E21\u0E35${o} ${r.minimum.toString()} ${a.unit}`:`\u0E19\u0E49\u0E2D\u0E22\u0E01\u0E27\u0E48\u0E32\u0E01\u0E33\u0E2B\u0E19\u0E14: ${r.origin} \u0E04\u0E27\u0E23\u0E21\u0E35${o} ${r.minimum.toString()}`}case"invalid_format":{let o=r;return o.format==="starts_with"?`\u0E23\u0E39\u0E1B\u0E41\u0E1A\u0E1A\u0E44\u0E21\u0E48\u0E16\u0E39\u0E01\u0E15\u0E49\u0E2D\u0E07: \u0E02\u0E49\u0E2D\u0E04\u0E27\u0E32\u0E21\u0E15\u0E49\u0E2D\u0E07\u0E02\u0E36\u0E49\u0E19\u0E15\u0E49\u0E19\u0E14\u0E49\u0E27\u0E22 "${o.prefix}"`:o.format==="ends_with"?`\u0E23\u0E39\u0E1B\u0E41\u0E1A\u0E1A\u0E44\u0E21\u0E48\u0E16\u0E39\u0E01\u0E15\u0E49\u0E2D\u0E07: \u0E02\u0E49\u0E2D\u0E04\u0E27\u0E32\u0E21\u0E15\u0E49\u0E2D\u0E07\u0E25\u0E07\u0E17\u0E49\u0E32\u0E22\u0E14\u0E49\u0E27\u0E22 "${o.suffix}"`:o.format==="includes"?`\u0E23\u0E39\u0E1B\u0E41\u0E1A\u0E1A\u0E44\u0E21\u0E48\u0E16\u0E39\u0E01\u0E15\u0E49\u0E2D\u0E07: \u0E02\u0E49\u0E2D\u0E04\u0E27\u0E32\u0E21\u0E15\u0E49\u0E2D\u0E07\u0E21\u0E35 "${o.includes}" \u0E2D\u0E22\u0E39\u0E48\u0E43\u0E19\u0E02\u0E49\u0E2D\u0E04\u0E27\u0E32\u0E21`:o.format==="regex"?`\u0E23\u0E39\u0E1B\u0E41\u0E1A\u0E1A\u0E44\u0E21\u0E48\u0E16\u0E39\u0E01\u0E15\u0E49\u0E2D\u0E07: \u0E15\u0E49\u0E2D\u0E07\u0E15\u0E23\u0E07\u0E01\u0E31\u0E1A\u0E23\u0E39\u0E1B\u0E41\u0E1A\u0E1A\u0E17\u0E35\u0E48\u0E01\u0E33\u0E2B\u0E19\u0E14 ${o.pattern}`:`\u0E23\u0E39\u0E1B\u0E41\u0E1A\u0E1A\u0E44\u0E21\u0E48\u0E16\u0E39\u0E01\u0E15\u0E49\u0E2D\u0E07: ${n[o.format]??r.format}`}case"not_multiple_of":return`\u0E15\u0E31\u0E27\u0E40\u0E25\u0E02\u0E44\u0E21\u0E48\u0E16\u0E39\u0E01\u0E15\u0E49\u0E2D\u0E07: \u0E15\u0E49\u0E2D\u0E07\u0E40\u0E1B\u0E47\u0E19\u0E08\u0E33\u0E19\u0E27\u0E19\u0E17\u0E35\u0E48\u0E2B\u0E32\u0E23\u0E14\u0E49\u0E27\u0E22 ${r.divisor} \u0E44\u0E14\u0E49\u0E25\u0E07\u0E15\u0E31\u0E27`;case"unrecognized_keys":return`\u0E1E\u0E1A\u0E04\u0E35\u0E22\u0E4C\u0E17\u0E35\u0E48\u0E44\u0E21\u0E48\u0E23\u0E39\u0E49\u0E08\u0E31\u0E01: ${$(r.keys,", ")}`;case"invalid_key":return`\u0E04\u0E35\u0E22\u0E4C\u0E44\u0E21\u0E48\u0E16\u0E39\u0E01\u0E15\u0E49\u0E2D\u0E07\u0E43\u0E19 ${r.origin}`;case"invalid_union":return"\u0E02\u0E49\u0E2D\u0E21\u0E39\u0E25\u0E44\u0E21\u0E48\u0E16\u0E39\u0E01\u0E15\u0E49\u0E2D\u0E07: \u0E44\u0E21\u0E48\u0E15\u0E23\u0E07\u0E01\u0E31\u0E1A\u0E23\u0E39\u0E1B\u0E41\u0E1A\u0E1A\u0E22\u0E39\u0E40\u0E19\u0E35\u0E22\u0E19\u0E17\u0E35\u0E48\u0E01\u0E33\u0E2B\u0E19\u0E14\u0E44\u0E27\u0E49";case"invalid_element":return`\u0E02\u0E49\u0E2D\u0E21\u0E39\u0E25\u0E44\u0E21\u0E48\u0E16\u0E39\u0E01\u0E15\u0E49\u0E2D\u0E07\u0E43\u0E19 ${r.origin}`;default:return"\u0E02\u0E49\u0E2D\u0E21\u0E39\u0E25\u0E44\u0E21\u0E48\u0E16\u0E39\u0E01\u0E15\u0E49\u0E2D\u0E07"}}};function $b(){return{localeError:yA()}}var $A=()=>{let e={string:{unit:"simwol",verb:"bolmaly"},file:{unit:"ba\xFDt",verb:"bolmaly"},array:{unit:"elementler",verb:"bolmaly"},set:{unit:"elementler",verb:"bolmaly"},map:{unit:"elementler",verb:"bolmaly"}};function t(r){return e[r]??null}let n={regex:"giri\u015F",email:"e-po\xE7ta salgysy",url:"URL",emoji:"emoji",uuid:"UUID",uuidv4:"UUIDv4",uuidv6:"UUIDv6",nanoid:"nanoid",guid:"GUID",cuid:"cuid",cuid2:"cuid2",ulid:"ULID",xid:"XID",ksuid:"KSUID",datetime:"ISO sene we wagt",date:"ISO sene",time:"ISO wagt",duration:"ISO wagt aralygy",ipv4:"IPv4 salgysy",ipv6:"IPv6 salgysy",mac:"MAC salgysy",cidrv4:"IPv4 aralygy",cidrv6:"IPv6 aralygy",base64:"base64 bilen \u015Fifrlenen setir",base64url:"base64url bilen \u015Fifrlenen setir",json_string:"JSON setiri",e164:"E.164 nomeri",credit_card:"kredit kartyny\u0148 nomeri",currency_code:"wal\xFDuta kody",iban:"IBAN",jwt:"JWT",template_literal:"\u015Fablon"},i={nan:"NaN"};return r=>{switch(r.code){case"invalid_type":{let o=i[r.expected]??r.expected,a=U(r.input),s=i[a]??a;return`N\xE4dogry baha: gara\u015Fylan ${o} \xFDerine ${s} alyndy`}case"invalid_value":return r.values.length===1?`N\xE4dogry baha: ${O(r.values[0])} bolmaly`:`N\xE4dogry sa\xFDlaw: a\u015Fakdakylardan biri bolmaly: ${$(r.values,"|")}`;case"too_big":{let o=r.inclusive?"<=":"<",a=t(r.origin);return a?`Has uly: gara\u015Fyl\xFDan ${r.origin??"baha"} ${o} ${r.maximum.toString()} ${a.unit??"element"}`:`Has uly: gara\u015Fyl\xFDan ${r.origin??"baha"} ${o} ${r.maximum.toString()}`}case"too_small":{let o=r.inclusive?">=":">",a=t(r.origin);return a?`Has ki\xE7i: gara\u015Fyl\xFDan ${r.origin} ${o} ${r.minimum.toString()} ${a.unit}`:`Has ki\xE7i: gara\u015Fyl\xFDan ${r.origin} ${o} ${r.minimum.toString()}`}case"invalid_format":{let o=r;return o.format==="starts_with"?`N\xE4dogry setir: "${o.prefix}" bilen ba\u015Flamaly`:o.format==="ends_with"?`N\xE4dogry setir: "${o.suffix}" bilen gutarmaly`:o.format==="includes"?`N\xE4dogry setir: "${o.includes}" saklamaly`:o.format==="regex"?`N\xE4dogry setir: ${o.pattern} nusga la\xFDyk bolmaly`:`N\xE4dogry ${n[o.format]??r.format}`}case"not_multiple_of":return`N\xE4dogry san: ${r.divisor} bilen galyndysyz b\xF6l\xFCnmeli`;case"unrecognized_keys":return`Tanalma\xFDan a\xE7ar${r.keys.length>1?"lar":""}: ${$(r.keys,", ")}`;case"invalid_key":return`${r.origin} i\xE7inde n\xE4dogry a\xE7ar`;case"invalid_union":return"N\xE4dogry baha";case"invalid_element":return`${r.origin} i\xE7inde n\xE4dogry baha`;default:return"N\xE4dogry baha"}}};function wb(){return{localeError:$A()}}var wA=()=>{let e={string:{unit:"karakter",verb:"olmal\u0131"},file:{unit:"bayt",verb:"olmal\u0131"},array:{unit:"\xF6\u011Fe",verb:"olmal\u0131"},set:{unit:"\xF6\u011Fe",verb:"olmal\u0131"},map:{unit:"\xF6\u011Fe",verb:"olmal\u0131"}};function t(r){return e[r]??null}let n={regex:"girdi",email:"e-posta adresi",url:"URL",emoji:"emoji",uuid:"UUID",uuidv4:"UUIDv4",uuidv6:"UUIDv6",nanoid:"nanoid",guid:"GUID",cuid:"cuid",cuid2:"cuid2",ulid:"ULID",xid:"XID",ksuid:"KSUID",datetime:"ISO tarih ve saat",date:"ISO tarih",time:"ISO saat",duration:"ISO s\xFCre",ipv4:"IPv4 adresi",ipv6:"IPv6 adresi",mac:"MAC adresi",cidrv4:"IPv4 aral\u0131\u011F\u0131",cidrv6:"IPv6 aral\u0131\u011F\u0131",base64:"base64 ile \u015Fifrelenmi\u015F metin",base64url:"base64url ile \u015Fifrelenmi\u015F metin",json_string:"JSON dizesi",e164:"E.164 say\u0131s\u0131",credit_card:"kredi kart\u0131 numaras\u0131",currency_code:"para birimi kodu",iban:"IBAN",jwt:"JWT",template_literal:"\u015Eablon dizesi"},i={nan:"NaN"};return r=>{switch(r.code){case"invalid_type":{let o=i[r.expected]??r.expected,a=U(r.input),s=i[a]??a;return/^[A-Z]/.test(r.expected)?`Ge\xE7ersiz de\u011Fer: beklenen instanceof ${r.expected}, al\u0131nan ${s}`:`Ge\xE7ersiz de\u011Fer: beklenen ${o}, al\u0131nan ${s}`}case"invalid_value":return r.values.length===1?`Ge\xE7ersiz de\u011Fer: beklenen ${O(r.values[0])}`:`Ge\xE7ersiz se\xE7enek: a\u015Fa\u011F\u0131dakilerden biri olmal\u0131: ${$(r.values,"|")}`;case"too_big":{let o=r.inclusive?"<=":"<",a=t(r.origin);return a?`\xC7ok b\xFCy\xFCk: beklenen ${r.origin??"de\u011Fer"} ${o}${r.maximum.toString()} ${a.unit??"\xF6\u011Fe"}`:`\xC7ok b\xFCy\xFCk: beklenen ${r.origin??"de\u011Fer"} ${o}${r.maximum.toString()}`}case"too_small":{let o=r.inclusive?">=":">",a=t(r.origin);return a?`\xC7ok k\xFC\xE7\xFCk: beklenen ${r.origin} ${o}${r.minimum.toString()} ${a.unit}`:`\xC7ok k\xFC\xE7\xFCk: beklenen ${r.origin} ${o}${r.minimum.toString()}`}case"invalid_format":{let o=r;return o.format==="starts_with"?`Ge\xE7ersiz metin: "${o.prefix}" ile ba\u015Flamal\u0131`:o.format==="ends_with"?`Ge\xE7ersiz metin: "${o.suffix}" ile bitmeli`:o.format==="includes"?`Ge\xE7ersiz metin: "${o.includes}" i\xE7ermeli`:o.format==="regex"?`Ge\xE7ersiz metin: ${o.pattern} desenine uymal\u0131`:`Ge\xE7ersiz ${n[o.format]??r.format}`}case"not_multiple_of":return`Ge\xE7ersiz say\u0131: ${r.divisor} ile tam b\xF6l\xFCnebilmeli`;case"unrecognized_keys":return`Tan\u0131nmayan anahtar${r.keys.length>1?"lar":""}: ${$(r.keys,", ")}`;case"invalid_key":return`${r.origin} i\xE7inde ge\xE7ersiz anahtar`;case"invalid_union":return"Ge\xE7ersiz de\u011Fer";case"invalid_element":return`${r.origin} i\xE7inde ge\xE7ersiz de\u011Fer`;default:return"Ge\xE7ersiz de\u011Fer"}}};function xb(){return{localeError:wA()}}var xA=()=>{let e={string:{unit:"\u0441\u0438\u043C\u0432\u043E\u043B\u0456\u0432",verb:"\u043C\u0430\u0442\u0438\u043C\u0435"},file:{unit:"\u0431\u0430\u0439\u0442\u0456\u0432",verb:"\u043C\u0430\u0442\u0438\u043C\u0435"},array:{unit:"\u0435\u043B\u0435\u043C\u0435\u043D\u0442\u0456\u0432",verb:"\u043C\u0430\u0442\u0438\u043C\u0435"},set:{unit:"\u0435\u043B\u0435\u043C\u0435\u043D\u0442\u0456\u0432",verb:"\u043C\u0430\u0442\u0438\u043C\u0435"},map:{unit:"\u0435\u043B\u0435\u043C\u0435\u043D\u0442\u0456\u0432",verb:"\u043C\u0430\u0442\u0438\u043C\u0435"}};function t(r){return e[r]??null}let n={regex:"\u0432\u0445\u0456\u0434\u043D\u0456 \u0434\u0430\u043D\u0456",email:"\u0430\u0434\u0440\u0435\u0441\u0430 \u0435\u043B\u0435\u043A\u0442\u0440\u043E\u043D\u043D\u043E\u0457 \u043F\u043E\u0448\u0442\u0438",url:"URL",emoji:"\u0435\u043C\u043E\u0434\u0437\u0456",uuid:"UUID",uuidv4:"UUIDv4",uuidv6:"UUIDv6",nanoid:"nanoid",guid:"GUID",cuid:"cuid",cuid2:"cuid2",ulid:"ULID",xid:"XID",ksuid:"KSUID",datetime:"\u0434\u0430\u0442\u0430 \u0442\u0430 \u0447\u0430\u0441 ISO",date:"\u0434\u0430\u0442\u0430 ISO",time:"\u0447\u0430\u0441 ISO",duration:"\u0442\u0440\u0438\u0432\u0430\u043B\u0456\u0441\u0442\u044C ISO",ipv4:"\u0430\u0434\u0440\u0435\u0441\u0430 IPv4",ipv6:"\u0430\u0434\u0440\u0435\u0441\u0430 IPv6",mac:"\u0430\u0434\u0440\u0435\u0441\u0430 MAC",cidrv4:"\u0434\u0456\u0430\u043F\u0430\u0437\u043E\u043D IPv4",cidrv6:"\u0434\u0456\u0430\u043F\u0430\u0437\u043E\u043D IPv6",base64:"\u0440\u044F\u0434\u043E\u043A \u0443 \u043A\u043E\u0434\u0443\u0432\u0430\u043D\u043D\u0456 base64",base64url:"\u0440\u044F\u0434\u043E\u043A \u0443 \u043A\u043E\u0434\u0443\u0432\u0430\u043D\u043D\u0456 base64url",json_string:"\u0440\u044F\u0434\u043E\u043A JSON",e164:"\u043D\u043E\u043C\u0435\u0440 E.164",credit_card:"\u043D\u043E\u043C\u0435\u0440 \u043A\u0440\u0435\u0434\u0438\u0442\u043D\u043E\u0457 \u043A\u0430\u0440\u0442\u043A\u0438",currency_code:"\u043A\u043E\u0434 \u0432\u0430\u043B\u044E\u0442\u0438",iban:"IBAN",jwt:"JWT",template_literal:"\u0432\u0445\u0456\u0434\u043D\u0456 \u0434\u0430\u043D\u0456"},i={nan:"NaN",number:"\u0447\u0438\u0441\u043B\u043E",array:"\u043C\u0430\u0441\u0438\u0432"};return r=>{switch(r.code){case"invalid_type":{let o=i[r.expected]??r.expected,a=U(r.input),s=i[a]??a;return/^[A-Z]/.test(r.expected)?`\u041D\u0435\u043F\u0440\u0430\u0432\u0438\u043B\u044C\u043D\u0456 \u0432\u0445\u0456\u0434\u043D\u0456 \u0434\u0430\u043D\u0456: \u043E\u0447\u0456\u043A\u0443\u0454\u0442\u044C\u0441\u044F instanceof ${r.expected}, \u043E\u0442\u0440\u0438\u043C\u0430\u043D\u043E ${s}`:`\u041D\u0435\u043F\u0440\u0430\u0432\u0438\u043B\u044C\u043D\u0456 \u0432\u0445\u0456\u0434\u043D\u0456 \u0434\u0430\u043D\u0456: \u043E\u0447\u0456\u043A\u0443\u0454\u0442\u044C\u0441\u044F ${o}, \u043E\u0442\u0440\u0438\u043C\u0430\u043D\u043E ${s}`}case"invalid_value":return r.values.length===1?`\u041D\u0435\u043F\u0440\u0430\u0432\u0438\u043B\u044C\u043D\u0456 \u0432\u0445\u0456\u0434\u043D\u0456 \u0434\u0430\u043D\u0456: \u043E\u0447\u0456\u043A\u0443\u0454\u0442\u044C\u0441\u044F ${O(r.values[0])}`:`\u041D\u0435\u043F\u0440\u0430\u0432\u0438\u043B\u044C\u043D\u0430 \u043E\u043F\u0446\u0456\u044F: \u043E\u0447\u0456\u043A\u0443\u0454\u0442\u044C\u0441\u044F \u043E\u0434\u043D\u0435 \u0437 ${$(r.values,"|")}`;case"too_big":{let o=r.inclusive?"<=":"<",a=t(r.origin);return a?`\u0417\u0430\u043D\u0430\u0434\u0442\u043E \u0432\u0435\u043B\u0438\u043A\u0435: \u043E\u0447\u0456\u043A\u0443\u0454\u0442\u044C\u0441\u044F, \u0449\u043E ${r.origin??"\u0437\u043D\u0430\u0447\u0435\u043D\u043D\u044F"} ${a.verb} ${o}${r.maximum.toString()} ${a.unit??"\u0435\u043B\u0435\u043C\u0435\u043D\u0442\u0456\u0432"}`:`\u0417\u0430\u043D\u0430\u0434\u0442\u043E \u0432\u0435\u043B\u0438\u043A\u0435: \u043E\u0447\u0456\u043A\u0443\u0454\u0442\u044C\u0441\u044F, \u0449\u043E ${r.origin??"\u0437\u043D\u0430\u0447\u0435\u043D\u043D\u044F"} \u0431\u0443\u0434\u0435 ${o}${r.maximum.toString()}`}case"too_small":{let o=r.inclusive?">=":">",a=t(r.origin);return a?`\u0417\u0430\u043D\u0430\u0434\u0442\u043E \u043C\u0430\u043B\u0435: \u043E\u0447\u0456\u043A\u0443\u0454\u0442\u044C\u0441\u044F, \u0449\u043E ${r.origin} ${a.verb} ${o}${r.minimum.toString()} ${a.unit}`:`\u0417\u0430\u043D\u0430\u0434\u0442\u043E \u043C\u0430\u043B\u0435: \u043E\u0447\u0456\u043A\u0443\u0454\u0442\u044C\u0441\u044F, \u0449\u043E ${r.origin} \u0431\u0443\u0434\u0435 ${o}${r.minimum.toString()}`}case"invalid_format":{let o=r;return o.format==="starts_with"?`\u041D\u0435\u043F\u0440\u0430\u0432\u0438\u043B\u044C\u043D\u0438\u0439 \u0440\u044F\u0434\u043E\u043A: \u043F\u043E\u0432\u0438\u043D\u0435\u043D \u043F\u043E\u0447\u0438\u043D\u0430\u0442\u0438\u0441\u044F \u0437 "${o.prefix}"`:o.format==="ends_with"?`\u041D\u0435\u043F\u0440\u0430\u0432\u0438\u043B\u044C\u043D\u0438\u0439 \u0440\u044F\u0434\u043E\u043A: \u043F\u043E\u0432\u0438\u043D\u0435\u043D \u0437\u0430\u043A\u0456\u043D\u0447\u0443\u0432\u0430\u0442\u0438\u0441\u044F \u043D\u0430 "${o.suffix}"`:o.format==="includes"?`\u041D\u0435\u043F\u0440\u0430\u0432\u0438\u043B\u044C\u043D\u0438\u0439 \u0440\u044F\u0434\u043E\u043A: \u043F\u043E\u0432\u0438\u043D\u0435\u043D \u043C\u0456\u0441\u0442\u0438\u0442\u0438 "${o.includes}"`:o.format==="regex"?`\u041D\u0435\u043F\u0440\u0430\u0432\u0438\u043B\u044C\u043D\u0438\u0439 \u0440\u044F\u0434\u043E\u043A: \u043F\u043E\u0432\u0438\u043D\u0435\u043D \u0432\u0456\u0434\u043F\u043E\u0432\u0456\u0434\u0430\u0442\u0438 \u0448\u0430\u0431\u043B\u043E\u043D\u0443 ${o.pattern}`:`\u041D\u0435\u043F\u0440\u0430\u0432\u0438\u043B\u044C\u043D\u0438\u0439 ${n[o.format]??r.format}`}case"not_multiple_of":return`\u041D\u0435\u043F\u0440\u0430\u0432\u0438\u043B\u044C\u043D\u0435 \u0447\u0438\u0441\u043B\u043E: \u043F\u043E\u0432\u0438\u043D\u043D\u043E \u0431\u0443\u0442\u0438 \u043A\u0440\u0430\u0442\u043D\u0438\u043C ${r.divisor}`;case"unrecognized_keys":return`\u041D\u0435\u0440\u043E\u0437\u043F\u0456\u0437\u043D\u0430\u043D\u0438\u0439 \u043A\u043B\u044E\u0447${r.keys.length>1?"\u0456":""}: ${$(r.keys,", ")}`;case"invalid_key":return`\u041D\u0435\u043F\u0440\u0430\u0432\u0438\u043B\u044C\u043D\u0438\u0439 \u043A\u043B\u044E\u0447 \u0443 ${r.origin}`;case"invalid_union":return"\u041D\u0435\u043F\u0440\u0430\u0432\u0438\u043B\u044C\u043D\u0456 \u0432\u0445\u0456\u0434\u043D\u0456 \u0434\u0430\u043D\u0456";case"invalid_element":return`\u041D\u0435\u043F\u0440\u0430\u0432\u0438\u043B\u044C\u043D\u0435 \u0437\u043D\u0430\u0447\u0435\u043D\u043D\u044F \u0443 ${r.origin}`;default:return"\u041D\u0435\u043F\u0440\u0430\u0432\u0438\u043B\u044C\u043D\u0456 \u0432\u0445\u0456\u0434\u043D\u0456 \u0434\u0430\u043D\u0456"}}};function Ya(){return{localeError:xA()}}function kb(){return Ya()}var kA=()=>{let e={string:{unit:"\u062D\u0631\u0648\u0641",verb:"\u06C1\u0648\u0646\u0627"},file:{unit:"\u0628\u0627\u0626\u0679\u0633",verb:"\u06C1\u0648\u0646\u0627"},array:{unit:"\u0622\u0626\u0679\u0645\u0632",verb:"\u06C1\u0648\u0646\u0627"},set:{unit:"\u0622\u0626\u0679\u0645\u0632",verb:"\u06C1\u0648\u0646\u0627"},map:{unit:"\u0622\u0626\u0679\u0645\u0632",verb:"\u06C1\u0648\u0646\u0627"}};function t(r){return e[r]??null}let n={regex:"\u0627\u0646 \u067E\u0679",email:"\u0627\u06CC \u0645\u06CC\u0644 \u0627\u06CC\u0688\u0631\u06CC\u0633",url:"\u06CC\u0648 \u0622\u0631 \u0627\u06CC\u0644",emoji:"\u0627\u06CC\u0645\u0648\u062C\u06CC",uuid:"\u06CC\u0648 \u06CC\u0648 \u0622\u0626\u06CC \u0688\u06CC",uuidv4:"\u06CC\u0648 \u06CC\u0648 \u0622\u0626\u06CC \u0688\u06CC \u0648\u06CC 4",uuidv6:"\u06CC\u0648 \u06CC\u0648 \u0622\u0626\u06CC \u0688\u06CC \u0648\u06CC 6",nanoid:"\u0646\u06CC\u0646\u0648 \u0622\u0626\u06CC \u0688\u06CC",guid:"\u062C\u06CC \u06CC\u0648 \u0622\u0626\u06CC \u0688\u06CC",cuid:"\u0633\u06CC \u06CC\u0648 \u0622\u0626\u06CC \u0688\u06CC",cuid2:"\u0633\u06CC \u06CC\u0648 \u0622\u0626\u06CC \u0688\u06CC 2",ulid:"\u06CC\u0648 \u0627\u06CC\u0644 \u0622\u0626\u06CC \u0688\u06CC",xid:"\u0627\u06CC\u06A9\u0633 \u0622\u0626\u06CC \u0688\u06CC",ksuid:"\u06A9\u06D2 \u0627\u06CC\u0633 \u06CC\u0648 \u0622\u0626\u06CC \u0688\u06CC",datetime:"\u0622\u0626\u06CC \u0627\u06CC\u0633 \u0627\u0648 \u0688\u06CC\u0679 \u0679\u0627\u0626\u0645",date:"\u0622\u0626\u06CC \u0627\u06CC\u0633 \u0627\u0648 \u062A\u0627\u0631\u06CC\u062E",time:"\u0622\u0626\u06CC \u0627\u06CC\u0633 \u0627\u0648 \u0648\u0642\u062A",duration:"\u0622\u0626\u06CC \u0627\u06CC\u0633 \u0627\u0648 \u0645\u062F\u062A",ipv4:"\u0622\u0626\u06CC \u067E\u06CC \u0648\u06CC 4 \u0627\u06CC\u0688\u0631\u06CC\u0633",ipv6:"\u0622\u0626\u06CC \u067E\u06CC \u0648\u06CC 6 \u0627\u06CC\u0688\u0631\u06CC\u0633",mac:"\u0627\u06CC\u0645 \u0627\u06D2 \u0633\u06CC \u0627\u06CC\u0688\u0631\u06CC\u0633",cidrv4:"\u0622\u0626\u06CC \u067E\u06CC \u0648\u06CC 4 \u0631\u06CC\u0646\u062C",cidrv6:"\u0622\u0626\u06CC \u067E\u06CC \u0648\u06CC 6 \u0631\u06CC\u0646\u062C",base64:"\u0628\u06CC\u0633 64 \u0627\u0646 \u06A9\u0648\u0688\u0688 \u0633\u0679\u0631\u0646\u06AF",base64url:"\u0628\u06CC\u0633 64 \u06CC\u0648 \u0622\u0631 \u0627\u06CC\u0644 \u0627\u0646 \u06A9\u0648\u0688\u0688 \u0633\u0679\u0631\u0646\u06AF",json_string:"\u062C\u06D2 \u0627\u06CC\u0633 \u0627\u0648 \u0627\u06CC\u0646 \u0633\u0679\u0631\u0646\u06AF",e164:"\u0627\u06CC 164 \u0646\u0645\u0628\u0631",credit_card:"\u06A9\u0631\u06CC\u0688\u0679 \u06A9\u0627\u0631\u0688 \u0646\u0645\u0628\u0631",currency_code:"\u06A9\u0631\u0646\u0633\u06CC \u06A9\u0648\u0688",iban:"IBAN",jwt:"\u062C\u06D2 \u0688\u0628\u0644\u06CC\u0648 \u0679\u06CC",template_literal:"\u0627\u0646 \u067E\u0679"},i={nan:"NaN",number:"\u0646\u0645\u0628\u0631",array:"\u0622\u0631\u06D2",null:"\u0646\u0644"};return r=>{switch(r.code){case"invalid_type":{let o=i[r.expected]??r.expected,a=U(r.input),s=i[a]??a;return/^[A-Z]/.test(r.expected)?`\u063A\u0644\u0637 \u0627\u0646 \u067E\u0679: instanceof ${r.expected} \u0645\u062A\u0648\u0642\u0639 \u062A\u06BE\u0627\u060C ${s} \u0645\u0648\u0635\u0648\u0644 \u06C1\u0648\u0627`:`\u063A\u0644\u0637 \u0627\u0646 \u067E\u0679: ${o} \u0645\u062A\u0648\u0642\u0639 \u062A\u06BE\u0627\u060C ${s} \u0645\u0648\u0635\u0648\u0644 \u06C1\u0648\u0627`}case"invalid_value":return r.values.length===1?`\u063A\u0644\u0637 \u0627\u0646 \u067E\u0679: ${O(r.values[0])} \u0645\u062A\u0648\u0642\u0639 \u062A\u06BE\u0627`:`\u063A\u0644\u0637 \u0622\u067E\u0634\u0646: ${$(r.values,"|")} \u0645\u06CC\u06BA \u0633\u06D2 \u0627\u06CC\u06A9 \u0645\u062A\u0648\u0642\u0639 \u062A\u06BE\u0627`;case"too_big":{let o=r.inclusive?"<=":"<",a=t(r.origin);return a?`\u0628\u06C1\u062A \u0628\u0691\u0627: ${r.origin??"\u0648\u06CC\u0644\u06CC\u0648"} \u06A9\u06D2 ${o}${r.maximum.toString()} ${a.unit??"\u0639\u0646\u0627\u0635\u0631"} \u06C1\u0648\u0646\u06D2 \u0645\u062A\u0648\u0642\u0639 \u062A\u06BE\u06D2`:`\u0628\u06C1\u062A \u0628\u0691\u0627: ${r.origin??"\u0648\u06CC\u0644\u06CC\u0648"} \u06A9\u0627 ${o}${r.maximum.toString()} \u06C1\u0648\u0646\u0627 \u0645\u062A\u0648\u0642\u0639 \u062A\u06BE\u0627`}case"too_small":{let o=r.inclusive?">=":">",a=t(r.origin);return a?`\u0628\u06C1\u062A \u0686\u06BE\u0648\u0679\u0627: ${r.origin} \u06A9\u06D2 ${o}${r.minimum.toString()} ${a.unit} \u06C1\u0648\u0646\u06D2 \u0645\u062A\u0648\u0642\u0639 \u062A\u06BE\u06D2`:`\u0628\u06C1\u062A \u0686\u06BE\u0648\u0679\u0627: ${r.origin} \u06A9\u0627 ${o}${r.minimum.toString()} \u06C1\u0648\u0646\u0627 \u0645\u062A\u0648\u0642\u0639 \u062A\u06BE\u0627`}case"invalid_format":{let o=r;return o.format==="starts_with"?`\u063A\u0644\u0637 \u0633\u0679\u0631\u0646\u06AF: "${o.prefix}" \u0633\u06D2 \u0634\u0631\u0648\u0639 \u06C1\u0648\u0646\u0627 \u0686\u0627\u06C1\u06CC\u06D2`:o.format==="ends_with"?`\u063A\u0644\u0637 \u0633\u0679\u0631\u0646\u06AF: "${o.suffix}" \u067E\u0631 \u062E\u062A\u0645 \u06C1\u0648\u0646\u0627 \u0686\u0627\u06C1\u06CC\u06D2`:o.format==="includes"?`\u063A\u0644\u0637 \u0633\u0679\u0631\u0646\u06AF: "${o.includes}" \u0634\u0627\u0645\u0644 \u06C1\u0648\u0646\u0627 \u0686\u0627\u06C1\u06CC\u06D2`:o.format==="regex"?`\u063A\u0644\u0637 \u0633\u0679\u0631\u0646\u06AF: \u067E\u06CC\u0679\u0631\u0646 ${o.pattern} \u0633\u06D2 \u0645\u06CC\u0686 \u06C1\u0648\u0646\u0627 \u0686\u0627\u06C1\u06CC\u06D2`:`\u063A\u0644\u0637 ${n[o.format]??r.format}`}case"not_multiple_of":return`\u063A\u0644\u0637 \u0646\u0645\u0628\u0631: ${r.divisor} \u06A9\u0627 \u0645\u0636\u0627\u0639\u0641 \u06C1\u0648\u0646\u0627 \u0686\u0627\u06C1\u06CC\u06D2`;case"unrecognized_keys":return`\u063A\u06CC\u0631 \u062A\u0633\u0644\u06CC\u0645 \u0634\u062F\u06C1 \u06A9\u06CC${r.keys.length>1?"\u0632":""}: ${$(r.keys,"\u060C ")}`;case"invalid_key":return`${r.origin} \u0645\u06CC\u06BA \u063A\u0644\u0637 \u06A9\u06CC`;case"invalid_union":return"\u063A\u0644\u0637 \u0627\u0646 \u067E\u0679";case"invalid_element":return`${r.origin} \u0645\u06CC\u06BA \u063A\u0644\u0637 \u0648\u06CC\u0644\u06CC\u0648`;default:return"\u063A\u0644\u0637 \u0627\u0646 \u067E\u0679"}}};function _b(){return{localeError:kA()}}var _A=()=>{let e={string:{unit:"belgi",verb:"bo\u2018lishi kerak"},file:{unit:"bayt",verb:"bo\u2018lishi kerak"},array:{unit:"element",verb:"bo\u2018lishi kerak"},set:{unit:"element",verb:"bo\u2018lishi kerak"},map:{unit:"yozuv",verb:"bo\u2018lishi kerak"}};function t(r){return e[r]??null}let n={regex:"kirish",email:"elektron pochta manzili",url:"URL",emoji:"emoji",uuid:"UUID",uuidv4:"UUIDv4",uuidv6:"UUIDv6",nanoid:"nanoid",guid:"GUID",cuid:"cuid",cuid2:"cuid2",ulid:"ULID",xid:"XID",ksuid:"KSUID",datetime:"ISO sana va vaqti",date:"ISO sana",time:"ISO vaqt",duration:"ISO davomiylik",ipv4:"IPv4 manzil",ipv6:"IPv6 manzil",mac:"MAC manzil",cidrv4:"IPv4 diapazon",cidrv6:"IPv6 diapazon",base64:"base64 kodlangan satr",base64url:"base64url kodlangan satr",json_string:"JSON satr",e164:"E.164 raqam",credit_card:"kredit karta raqami",currency_code:"valyuta kodi",iban:"IBAN",jwt:"JWT",template_literal:"kirish"},i={nan:"NaN",number:"raqam",array:"massiv"};return r=>{switch(r.code){case"invalid_type":{let o=i[r.expected]??r.expected,a=U(r.input),s=i[a]??a;return/^[A-Z]/.test(r.expected)?`Noto\u2018g\u2018ri kirish: kutilgan instanceof ${r.expected}, qabul qilingan ${s}`:`Noto\u2018g\u2018ri kirish: kutilgan ${o}, qabul qilingan ${s}`}case"invalid_value":return r.values.length===1?`Noto\u2018g\u2018ri kirish: kutilgan ${O(r.values[0])}`:`Noto\u2018g\u2018ri variant: quyidagilardan biri kutilgan ${$(r.values,"|")}`;case"too_big":{let o=r.inclusive?"<=":"<",a=t(r.origin);return a?`Juda katta: kutilgan ${r.origin??"qiymat"} ${o}${r.maximum.toString()} ${a.unit} ${a.verb}`:`Juda katta: kutilgan ${r.origin??"qiymat"} ${o}${r.maximum.toString()}`}case"too_small":{let o=r.inclusive?">=":">",a=t(r.origin);return a?`Juda kichik: kutilgan ${r.origin} ${o}${r.minimum.toString()} ${a.unit} ${a.verb}`:`Juda kichik: kutilgan ${r.origin} ${o}${r.minimum.toString()}`}case"invalid_format":{let o=r;return o.format==="starts_with"?`Noto\u2018g\u2018ri satr: "${o.prefix}" bilan boshlanishi kerak`:o.format==="ends_with"?`Noto\u2018g\u2018ri satr: "${o.suffix}" bilan tugashi kerak`:o.format==="includes"?`Noto\u2018g\u2018ri satr: "${o.includes}" ni o\u2018z ichiga olishi kerak`:o.format==="regex"?`Noto\u2018g\u2018ri satr: ${o.pattern} shabloniga mos kelishi kerak`:`Noto\u2018g\u2018ri ${n[o.format]??r.format}`}case"not_multiple_of":return`Noto\u2018g\u2018ri raqam: ${r.divisor} ning karralisi bo\u2018lishi kerak`;case"unrecognized_keys":return`Noma\u2019lum kalit${r.keys.length>1?"lar":""}: ${$(r.keys,", ")}`;case"invalid_key":return`${r.origin} dagi kalit noto\u2018g\u2018ri`;case"invalid_union":return"Noto\u2018g\u2018ri kirish";case"invalid_element":return`${r.origin} da noto\u2018g\u2018ri qiymat`;default:return"Noto\u2018g\u2018ri kirish"}}};function Ab(){return{localeError:_A()}}var AA=()=>{let e={string:{unit:"k\xFD t\u1EF1",verb:"c\xF3"},file:{unit:"byte",verb:"c\xF3"},array:{unit:"ph\u1EA7n t\u1EED",verb:"c\xF3"},set:{unit:"ph\u1EA7n t\u1EED",verb:"c\xF3"},map:{unit:"ph\u1EA7n t\u1EED",verb:"c\xF3"}};function t(r){return e[r]??null}let n={regex:"\u0111\u1EA7u v\xE0o",email:"\u0111\u1ECBa ch\u1EC9 email",url:"URL",emoji:"emoji",uuid:"UUID",uuidv4:"UUIDv4",uuidv6:"UUIDv6",nanoid:"nanoid",guid:"GUID",cuid:"cuid",cuid2:"cuid2",ulid:"ULID",xid:"XID",ksuid:"KSUID",datetime:"ng\xE0y gi\u1EDD ISO",date:"ng\xE0y ISO",time:"gi\u1EDD ISO",duration:"kho\u1EA3ng th\u1EDDi gian ISO",ipv4:"\u0111\u1ECBa ch\u1EC9 IPv4",ipv6:"\u0111\u1ECBa ch\u1EC9 IPv6",mac:"\u0111\u1ECBa ch\u1EC9 MAC",cidrv4:"d\u1EA3i IPv4",cidrv6:"d\u1EA3i IPv6",base64:"chu\u1ED7i m\xE3 h\xF3a base64",base64url:"chu\u1ED7i m\xE3 h\xF3a base64url",json_string:"chu\u1ED7i JSON",e164:"s\u1ED1 E.164",credit_card:"s\u1ED1 th\u1EBB t\xEDn d\u1EE5ng",currency_code:"m\xE3 ti\u1EC1n t\u1EC7",iban:"IBAN",jwt:"JWT",template_literal:"\u0111\u1EA7u v\xE0o"},i={nan:"NaN",number:"s\u1ED1",array:"m\u1EA3ng"};return r=>{switch(r.code){case"invalid_type":{let o=i[r.expected]??r.expected,a=U(r.input),s=i[a]??a;return/^[A-Z]/.test(r.expected)?`\u0110\u1EA7u v\xE0o kh\xF4ng h\u1EE3p l\u1EC7: mong \u0111\u1EE3i instanceof ${r.expected}, nh\u1EADn \u0111\u01B0\u1EE3c ${s}`:`\u0110\u1EA7u v\xE0o kh\xF4ng h\u1EE3p l\u1EC7: mong \u0111\u1EE3i ${o}, nh\u1EADn \u0111\u01B0\u1EE3c ${s}`}case"invalid_value":return r.values.length===1?`\u0110\u1EA7u v\xE0o kh\xF4ng h\u1EE3p l\u1EC7: mong \u0111\u1EE3i ${O(r.values[0])}`:`T\xF9y ch\u1ECDn kh\xF4ng h\u1EE3p l\u1EC7: mong \u0111\u1EE3i m\u1ED9t trong c\xE1c gi\xE1 tr\u1ECB ${$(r.values,"|")}`;case"too_big":{let o=r.inclusive?"<=":"<",a=t(r.origin);return a?`Qu\xE1 l\u1EDBn: mong \u0111\u1EE3i ${r.origin??"gi\xE1 tr\u1ECB"} ${a.verb} ${o}${r.maximum.toString()} ${a.unit??"ph\u1EA7n t\u1EED"}`:`Qu\xE1 l\u1EDBn: mong \u0111\u1EE3i ${r.origin??"gi\xE1 tr\u1ECB"} ${o}${r.maximum.toString()}`}case"too_small":{let o=r.inclusive?">=":">",a=t(r.origin);return a?`Qu\xE1 nh\u1ECF: mong \u0111\u1EE3i ${r.origin} ${a.verb} ${o}${r.minimum.toString()} ${a.unit}`:`Qu\xE1 nh\u1ECF: mong \u0111\u1EE3i ${r.origin} ${o}${r.minimum.toString()}`}case"invalid_format":{let o=r;return o.format==="starts_with"?`Chu\u1ED7i kh\xF4ng h\u1EE3p l\u1EC7: ph\u1EA3i b\u1EAFt \u0111\u1EA7u b\u1EB1ng "${o.prefix}"`:o.format==="ends_with"?`Chu\u1ED7i kh\xF4ng h\u1EE3p l\u1EC7: ph\u1EA3i k\u1EBFt th\xFAc b\u1EB1ng "${o.suffix}"`:o.format==="includes"?`Chu\u1ED7i kh\xF4ng h\u1EE3p l\u1EC7: ph\u1EA3i bao g\u1ED3m "${o.includes}"`:o.format==="regex"?`Chu\u1ED7i kh\xF4ng h\u1EE3p l\u1EC7: ph\u1EA3i kh\u1EDBp v\u1EDBi m\u1EABu ${o.pattern}`:`${n[o.format]??r.format} kh\xF4ng h\u1EE3p l\u1EC7`}case"not_multiple_of":return`S\u1ED1 kh\xF4ng h\u1EE3p l\u1EC7: ph\u1EA3i l\xE0 b\u1ED9i s\u1ED1 c\u1EE7a ${r.divisor}`;case"unrecognized_keys":return`Kh\xF3a kh\xF4ng \u0111\u01B0\u1EE3c nh\u1EADn d\u1EA1ng: ${$(r.keys,", ")}`;case"invalid_key":return`Kh\xF3a kh\xF4ng h\u1EE3p l\u1EC7 trong ${r.origin}`;case"invalid_union":return"\u0110\u1EA7u v\xE0o kh\xF4ng h\u1EE3p l\u1EC7";case"invalid_element":return`Gi\xE1 tr\u1ECB kh\xF4ng h\u1EE3p l\u1EC7 trong ${r.origin}`;default:return"\u0110\u1EA7u v\xE0o kh\xF4ng h\u1EE3p l\u1EC7"}}};function Sb(){return{localeError:AA()}}var SA=()=>{let e={string:{unit:"\u5B57\u7B26",verb:"\u5305\u542B"},file:{unit:"\u5B57\u8282",verb:"\u5305\u542B"},array:{unit:"\u9879",verb:"\u5305\u542B"},set:{unit:"\u9879",verb:"\u5305\u542B"},map:{unit:"\u9879",verb:"\u5305\u542B"}};function t(r){return e[r]??null}let n={regex:"\u8F93\u5165",email:"\u7535\u5B50\u90AE\u4EF6",url:"URL",emoji:"\u8868\u60C5\u7B26\u53F7",uuid:"UUID",uuidv4:"UUIDv4",uuidv6:"UUIDv6",nanoid:"nanoid",guid:"GUID",cuid:"cuid",cuid2:"cuid2",ulid:"ULID",xid:"XID",ksuid:"KSUID",datetime:"ISO\u65E5\u671F\u65F6\u95F4",date:"ISO\u65E5\u671F",time:"ISO\u65F6\u95F4",duration:"ISO\u65F6\u957F",ipv4:"IPv4\u5730\u5740",ipv6:"IPv6\u5730\u5740",mac:"MAC\u5730\u5740",cidrv4:"IPv4\u7F51\u6BB5",cidrv6:"IPv6\u7F51\u6BB5",base64:"base64\u7F16\u7801\u5B57\u7B26\u4E32",base64url:"base64url\u7F16\u7801\u5B57\u7B26\u4E32",json_string:"JSON\u5B57\u7B26\u4E32",e164:"E.164\u53F7\u7801",credit_card:"\u4FE1\u7528\u5361\u53F7",currency_code:"\u8D27\u5E01\u4EE3\u7801",iban:"IBAN",jwt:"JWT",template_literal:"\u8F93\u5165"},i={nan:"NaN",number:"\u6570\u5B57",array:"\u6570\u7EC4",null:"\u7A7A\u503C(null)"};return r=>{switch(r.code){case"invalid_type":{let o=i[r.expected]??r.expected,a=U(r.input),s=i[a]??a;return/^[A-Z]/.test(r.expected)?`\u65E0\u6548\u8F93\u5165\uFF1A\u671F\u671B instanceof ${r.expected}\uFF0C\u5B9E\u9645\u63A5\u6536 ${s}`:`\u65E0\u6548\u8F93\u5165\uFF1A\u671F\u671B ${o}\uFF0C\u5B9E\u9645\u63A5\u6536 ${s}`}case"invalid_value":return r.values.length===1?`\u65E0\u6548\u8F93\u5165\uFF1A\u671F\u671B ${O(r.values[0])}`:`\u65E0\u6548\u9009\u9879\uFF1A\u671F\u671B\u4EE5\u4E0B\u4E4B\u4E00 ${$(r.values,"|")}`;case"too_big":{let o=r.inclusive?"<=":"<",a=t(r.origin);return a?`\u6570\u503C\u8FC7\u5927\uFF1A\u671F\u671B ${r.origin??"\u503C"} ${o}${r.maximum.toString()} ${a.unit??"\u4E2A\u5143\u7D20"}`:`\u6570\u503C\u8FC7\u5927\uFF1A\u671F\u671B ${r.origin??"\u503C"} ${o}${r.maximum.toString()}`}case"too_small":{let o=r.inclusive?">=":">",a=t(r.origin);return a?`\u6570\u503C\u8FC7\u5C0F\uFF1A\u671F\u671B ${r.origin} ${o}${r.minimum.toString()} ${a.unit}`:`\u6570\u503C\u8FC7\u5C0F\uFF1A\u671F\u671B ${r.origin} ${o}${r.minimum.toString()}`}case"invalid_format":{let o=r;return o.format==="starts_with"?`\u65E0\u6548\u5B57\u7B26\u4E32\uFF1A\u5FC5\u987B\u4EE5 "${o.prefix}" \u5F00\u5934`:o.format==="ends_with"?`\u65E0\u6548\u5B57\u7B26\u4E32\uFF1A\u5FC5\u987B\u4EE5 "${o.suffix}" \u7ED3\u5C3E`:o.format==="includes"?`\u65E0\u6548\u5B57\u7B26\u4E32\uFF1A\u5FC5\u987B\u5305\u542B "${o.includes}"`:o.format==="regex"?`\u65E0\u6548\u5B57\u7B26\u4E32\uFF1A\u5FC5\u987B\u6EE1\u8DB3\u6B63\u5219\u8868\u8FBE\u5F0F ${o.pattern}`:`\u65E0\u6548${n[o.format]??r.format}`}case"not_multiple_of":return`\u65E0\u6548\u6570\u5B57\uFF1A\u5FC5\u987B\u662F ${r.divisor} \u7684\u500D\u6570`;case"unrecognized_keys":return`\u51FA\u73B0\u672A\u77E5\u7684\u952E(key): ${$(r.keys,", ")}`;case"invalid_key":return`${r.origin} \u4E2D\u7684\u952E(key)\u65E0\u6548`;case"invalid_union":return"\u65E0\u6548\u8F93\u5165";case"invalid_element":return`${r.origin} \u4E2D\u5305\u542B\u65E0\u6548\u503C(value)`;default:return"\u65E0\u6548\u8F93\u5165"}}};function Ib(){return{localeError:SA()}}var IA=()=>{let e={string:{unit:"\u5B57\u5143",verb:"\u64C1\u6709"},file:{unit:"\u4F4D\u5143\u7D44",verb:"\u64C1\u6709"},array:{unit:"\u9805\u76EE",verb:"\u64C1\u6709"},set:{unit:"\u9805\u76EE",verb:"\u64C1\u6709"},map:{unit:"\u9805\u76EE",verb:"\u64C1\u6709"}};function t(r){return e[r]??null}let n={regex:"\u8F38\u5165",email:"\u90F5\u4EF6\u5730\u5740",url:"URL",emoji:"emoji",uuid:"UUID",uuidv4:"UUIDv4",uuidv6:"UUIDv6",nanoid:"nanoid",guid:"GUID",cuid:"cuid",cuid2:"cuid2",ulid:"ULID",xid:"XID",ksuid:"KSUID",datetime:"ISO \u65E5\u671F\u6642\u9593",date:"ISO \u65E5\u671F",time:"ISO \u6642\u9593",duration:"ISO \u671F\u9593",ipv4:"IPv4 \u4F4D\u5740",ipv6:"IPv6 \u4F4D\u5740",mac:"MAC \u4F4D\u5740",cidrv4:"IPv4 \u7BC4\u570D",cidrv6:"IPv6 \u7BC4\u570D",base64:"base64 \u7DE8\u78BC\u5B57\u4E32",base64url:"base64url \u7DE8\u78BC\u5B57\u4E32",json_string:"JSON \u5B57\u4E32",e164:"E.164 \u6578\u503C",credit_card:"\u4FE1\u7528\u5361\u865F",currency_code:"\u8CA8\u5E63\u4EE3\u78BC",iban:"IBAN",jwt:"JWT",template_literal:"\u8F38\u5165"},i={nan:"NaN"};return r=>{switch(r.code){case"invalid_type":{let o=i[r.expected]??r.expected,a=U(r.input),s=i[a]??a;return/^[A-Z]/.test(r.expected)?`\u7121\u6548\u7684\u8F38\u5165\u503C\uFF1A\u9810\u671F\u70BA instanceof ${r.expected}\uFF0C\u4F46\u6536\u5230 ${s}`:`\u7121\u6548\u7684\u8F38\u5165\u503C\uFF1A\u9810\u671F\u70BA ${o}\uFF0C\u4F46\u6536\u5230 ${s}`}case"invalid_value":return r.values.length===1?`\u7121\u6548\u7684\u8F38\u5165\u503C\uFF1A\u9810\u671F\u70BA ${O(r.values[0])}`:`\u7121\u6548\u7684\u9078\u9805\uFF1A\u9810\u671F\u70BA\u4EE5\u4E0B\u5176\u4E2D\u4E4B\u4E00 ${$(r.values,"|")}`;case"too_big":{let o=r.inclusive?"<=":"<",a=t(r.origin);return a?`\u6578\u503C\u904E\u5927\uFF1A\u9810\u671F ${r.origin??"\u503C"} \u61C9\u70BA ${o}${r.maximum.toString()} ${a.unit??"\u500B\u5143\u7D20"}`:`\u6578\u503C\u904E\u5927\uFF1A\u9810\u671F ${r.origin??"\u503C"} \u61C9\u70BA ${o}${r.maximum.toString()}`}case"too_small":{let o=r.inclusive?">=":">",a=t(r.origin);return a?`\u6578\u503C\u904E\u5C0F\uFF1A\u9810\u671F ${r.origin} \u61C9\u70BA ${o}${r.minimum.toString()} ${a.unit}`:`\u6578\u503C\u904E\u5C0F\uFF1A\u9810\u671F ${r.origin} \u61C9\u70BA ${o}${r.minimum.toString()}`}case"invalid_format":{let o=r;return o.format==="starts_with"?`\u7121\u6548\u7684\u5B57\u4E32\uFF1A\u5FC5\u9808\u4EE5 "${o.prefix}" \u958B\u982D`:o.format==="ends_with"?`\u7121\u6548\u7684\u5B57\u4E32\uFF1A\u5FC5\u9808\u4EE5 "${o.suffix}" \u7D50\u5C3E`:o.format==="includes"?`\u7121\u6548\u7684\u5B57\u4E32\uFF1A\u5FC5\u9808\u5305\u542B "${o.includes}"`:o.format==="regex"?`\u7121\u6548\u7684\u5B57\u4E32\uFF1A\u5FC5\u9808\u7B26\u5408\u683C\u5F0F ${o.pattern}`:`\u7121\u6548\u7684 ${n[o.format]??r.format}`}case"not_multiple_of":return`\u7121\u6548\u7684\u6578\u5B57\uFF1A\u5FC5\u9808\u70BA ${r.divisor} \u7684\u500D\u6578`;case"unrecognized_keys":return`\u7121\u6CD5\u8B58\u5225\u7684\u9375\u503C${r.keys.length>1?"\u5011":""}\uFF1A${$(r.keys,"\u3001")}`;case"invalid_key":return`${r.origin} \u4E2D\u6709\u7121\u6548\u7684\u9375\u503C`;case"invalid_union":return"\u7121\u6548\u7684\u8F38\u5165\u503C";case"invalid_element":return`${r.origin} \u4E2D\u6709\u7121\u6548\u7684\u503C`;default:return"\u7121\u6548\u7684\u8F38\u5165\u503C"}}};function Pb(){return{localeError:IA()}}var PA=()=>{let e={string:{unit:"\xE0mi",verb:"n\xED"},file:{unit:"bytes",verb:"n\xED"},array:{unit:"nkan",verb:"n\xED"},set:{unit:"nkan",verb:"n\xED"},map:{unit:"nkan",verb:"n\xED"}};function t(r){return e[r]??null}let n={regex:"\u1EB9\u0300r\u1ECD \xECb\xE1w\u1ECDl\xE9",email:"\xE0d\xEDr\u1EB9\u0301s\xEC \xECm\u1EB9\u0301l\xEC",url:"URL",emoji:"emoji",uuid:"UUID",uuidv4:"UUIDv4",uuidv6:"UUIDv6",nanoid:"nanoid",guid:"GUID",cuid:"cuid",cuid2:"cuid2",ulid:"ULID",xid:"XID",ksuid:"KSUID",datetime:"\xE0k\xF3k\xF2 ISO",date:"\u1ECDj\u1ECD\u0301 ISO",time:"\xE0k\xF3k\xF2 ISO",duration:"\xE0k\xF3k\xF2 t\xF3 p\xE9 ISO",ipv4:"\xE0d\xEDr\u1EB9\u0301s\xEC IPv4",ipv6:"\xE0d\xEDr\u1EB9\u0301s\xEC IPv6",mac:"\xE0d\xEDr\u1EB9\u0301s\xEC MAC",cidrv4:"\xE0gb\xE8gb\xE8 IPv4",cidrv6:"\xE0gb\xE8gb\xE8 IPv6",base64:"\u1ECD\u0300r\u1ECD\u0300 t\xED a k\u1ECD\u0301 n\xED base64",base64url:"\u1ECD\u0300r\u1ECD\u0300 base64url",json_string:"\u1ECD\u0300r\u1ECD\u0300 JSON",e164:"n\u1ECD\u0301mb\xE0 E.164",credit_card:"n\u1ECDmba kaadi gbese",currency_code:"koodu ow\xF3",iban:"IBAN",jwt:"JWT",template_literal:"\u1EB9\u0300r\u1ECD \xECb\xE1w\u1ECDl\xE9"},i={nan:"NaN",number:"n\u1ECD\u0301mb\xE0",array:"akop\u1ECD"};return r=>{switch(r.code){case"invalid_type":{let o=i[r.expected]??r.expected,a=U(r.input),s=i[a]??a;return/^[A-Z]/.test(r.expected)?`\xCCb\xE1w\u1ECDl\xE9 a\u1E63\xEC\u1E63e: a n\xED l\xE1ti fi instanceof ${r.expected}, \xE0m\u1ECD\u0300 a r\xED ${s}`:`\xCCb\xE1w\u1ECDl\xE9 a\u1E63\xEC\u1E63e: a n\xED l\xE1ti fi ${o}, \xE0m\u1ECD\u0300 a r\xED ${s}`}case"invalid_value":return r.values.length===1?`\xCCb\xE1w\u1ECDl\xE9 a\u1E63\xEC\u1E63e: a n\xED l\xE1ti fi ${O(r.values[0])}`:`\xC0\u1E63\xE0y\xE0n a\u1E63\xEC\u1E63e: yan \u1ECD\u0300kan l\xE1ra ${$(r.values,"|")}`;case"too_big":{let o=r.inclusive?"<=":"<",a=t(r.origin);return a?`T\xF3 p\u1ECD\u0300 j\xF9: a n\xED l\xE1ti j\u1EB9\u0301 p\xE9 ${r.origin??"iye"} ${a.verb} ${o}${r.maximum} ${a.unit}`:`T\xF3 p\u1ECD\u0300 j\xF9: a n\xED l\xE1ti j\u1EB9\u0301 ${o}${r.maximum}`}case"too_small":{let o=r.inclusive?">=":">",a=t(r.origin);return a?`K\xE9r\xE9 ju: a n\xED l\xE1ti j\u1EB9\u0301 p\xE9 ${r.origin} ${a.verb} ${o}${r.minimum} ${a.unit}`:`K\xE9r\xE9 ju: a n\xED l\xE1ti j\u1EB9\u0301 ${o}${r.minimum}`}case"invalid_format":{let o=r;return o.format==="starts_with"?`\u1ECC\u0300r\u1ECD\u0300 a\u1E63\xEC\u1E63e: gb\u1ECD\u0301d\u1ECD\u0300 b\u1EB9\u0300r\u1EB9\u0300 p\u1EB9\u0300l\xFA "${o.prefix}"`:o.format==="ends_with"?`\u1ECC\u0300r\u1ECD\u0300 a\u1E63\xEC\u1E63e: gb\u1ECD\u0301d\u1ECD\u0300 par\xED p\u1EB9\u0300l\xFA "${o.suffix}"`:o.format==="includes"?`\u1ECC\u0300r\u1ECD\u0300 a\u1E63\xEC\u1E63e: gb\u1ECD\u0301d\u1ECD\u0300 n\xED "${o.includes}"`:o.format==="regex"?`\u1ECC\u0300r\u1ECD\u0300 a\u1E63\xEC\u1E63e: gb\u1ECD\u0301d\u1ECD\u0300 b\xE1 \xE0p\u1EB9\u1EB9r\u1EB9 mu ${o.pattern}`:`A\u1E63\xEC\u1E63e: ${n[o.format]??r.format}`}case"not_multiple_of":return`N\u1ECD\u0301mb\xE0 a\u1E63\xEC\u1E63e: gb\u1ECD\u0301d\u1ECD\u0300 j\u1EB9\u0301 \xE8y\xE0 p\xEDp\xEDn ti ${r.divisor}`;case"unrecognized_keys":return`B\u1ECDt\xECn\xEC \xE0\xECm\u1ECD\u0300: ${$(r.keys,", ")}`;case"invalid_key":return`B\u1ECDt\xECn\xEC a\u1E63\xEC\u1E63e n\xEDn\xFA ${r.origin}`;case"invalid_union":return"\xCCb\xE1w\u1ECDl\xE9 a\u1E63\xEC\u1E63e";case"invalid_element":return`Iye a\u1E63\xEC\u1E63e n\xEDn\xFA ${r.origin}`;default:return"\xCCb\xE1w\u1ECDl\xE9 a\u1E63\xEC\u1E63e"}}};function Db(){return{localeError:PA()}}var Tb,rf=Symbol("ZodOutput"),nf=Symbol("ZodInput"),Qa=class{constructor(){this._map=new WeakMap,this._idmap=new Map}add(t,...n){let i=n[0];return this._map.set(t,i),i&&typeof i=="object"&&"id"in i&&this._idmap.set(i.id,t),this}clear(){return this._map=new WeakMap,this._idmap=new Map,this}remove(t){let n=this._map.get(t);return n&&typeof n=="object"&&"id"in n&&this._idmap.delete(n.id),this._map.delete(t),this}get(t){let n=t._zod.parent;if(n){let i={...this.get(n)??{}};delete i.id;let r={...i,...this._map.get(t)};return Object.keys(r).length?r:void 0}return this._map.get(t)}has(t){return this._map.has(t)}};function es(){return new Qa}(Tb=globalThis).__zod_globalRegistry??(Tb.__zod_globalRegistry=es());var Ye=globalThis.__zod_globalRegistry;var lt=Symbol.for("zod.compile.invalid"),Rb=Symbol.for("zod.compile.fallback"),Vt=class extends Error{constructor(t="z.compile does not support async refinements, transforms, or checks"){super(t),this.name="ZodCompileAsyncError"}},we=class extends Error{constructor(t,n=!0){super(`z.compile does not support ${t}; this schema must use the runtime parser`),this.name="ZodCompileUnsupportedError",this.islandable=n}};function TA(e,t){try{return rs(e,{assertOnly:!0})}catch{return t}}function cf(e,t){try{let n=rs(e),i=ts(e,n);return i._zod.bag.validator=TA(e,n),i}catch(n){if(t?.strict)throw n;return e}}function ts(e,t){if(Ha(e))throw new we("a schema whose subtree contains a reference cycle");let n=Pe(e),i=e._zod.run,r=i.__originalRun??i,o=(a,s)=>{if(s?.async||s?.direction==="backward"||s?.skipChecks||s?.[Rb]||s&&Wa(s,a.value))return r(a,s);let u=t(a.value);return u!==lt?(a.value=u,a):(s&&(s[Rb]=!0),r(a,s))};return o.__originalRun=r,n._zod.bag.fallbackRun=r,n._zod.bag.validator=t,n._zod.run=o,i.__originalRun||RA(n,e,t),n}function RA(e,t,n){let i=e,r=t;if(typeof r.safeParse=="function"){let o=r.safeParse;i.safeParse=(a,s)=>{let u=n(a);return u!==lt?{success:!0,data:u}:o(a,s)}}if(typeof r.parse=="function"){let o=r.parse;i.parse=(a,s)=>{let u=n(a);return u!==lt?u:o(a,s)}}}function rs(e,t){let n=!0;try{n=Ha(e)}catch{}if(n)throw new we("a schema whose subtree contains a reference cycle");let i={constants:new Map,constantCounter:0,varCounter:0,definite:!0},r=new Kr(["input"]),o=Ce(r,i,e,"input",!t?.assertOnly);r.write(o===null?"return true;":`return ${o};`);let a=["INVALID",...i.constants.keys()],s=[lt,...i.constants.values()],u=r.content.join(`
`),c=t?.debug?a.length>0?`// Constants: ${a.join(", ")}
${u}`:u:"",l=Function,f=`return (input) => {
${u}
}`,p;try{p=new l(...a,f)(...s)}catch(g){throw new we(`this schema (generated code failed to evaluate: ${g.message})`)}return t?.debug&&(p.code=c),p.definite=i.definite,p}function de(e,t){for(let[i,r]of e.constants)if(r===t)return i;let n=`c${e.constantCounter++}`;return e.constants.set(n,t),n}function Jr(e,t){return e.definite=!1,de(e,t)}function ne(e){return`v${e.varCounter++}`}function EA(e,t){let n=e._zod.run({value:t,issues:[]},{});if(n&&typeof n.then=="function")return lt;let i=n;return i.issues.length===0?i.value:lt}function rt(e,t,n,i,r=!0){let o=e.content.length,a=t.constants.size,s=t.constantCounter,u=t.varCounter;try{return Ce(e,t,n,i,r)}catch(c){if(!(c instanceof we)||!c.islandable)throw c;if(e.content.length=o,t.constants.size>a){let l=Array.from(t.constants.keys()).slice(a);for(let f of l)t.constants.delete(f)}return t.constantCounter=s,t.varCounter=u,OA(e,t,n,i)}}function OA(e,t,n,i){t.definite=!1;let r=de(t,n),o=de(t,EA),a=ne(t);return e.write(`const ${a} = ${o}(${r}, ${i});`),e.write(`if (${a} === INVALID) return INVALID;`),a}var UA=new Set(["max_size","min_size","size_equals","max_length","min_length","length_equals"]);function NA(e,t,n,i){let r=n._zod.def.checks;if(!r||r.length===0)return i;let o=i;for(let a of r){let s=a._zod.def;if(s.when&&!UA.has(s.check))throw new we('check with a custom "when" condition');switch(s.check){case"greater_than":zA(e,t,s,o);break;case"less_than":CA(e,t,s,o);break;case"multiple_of":jA(e,t,s,o);break;case"number_format":Cb(e,s,o);break;case"min_length":{let u=Ir(s.minimum,"min_length"),c=of(e,t,o,`${o}.length >= ${u} && ${o}.length < ${s.minimum*2}`);e.write(`if (${c} < ${u}) return INVALID;`);break}case"max_length":{let u=Ir(s.maximum,"max_length"),c=of(e,t,o,`${o}.length > ${u}`);e.write(`if (${c} > ${u}) return INVALID;`);break}case"length_equals":{let u=Ir(s.length,"length_equals"),c=of(e,t,o,`${o}.length >= ${u} && ${o}.length <= ${s.length*2}`);e.write(`if (${c} !== ${u}) return INVALID;`);break}case"min_size":e.write(`if (${o}.size < ${Ir(s.minimum,"min_size")}) return INVALID;`);break;case"max_size":e.write(`if (${o}.size > ${Ir(s.maximum,"max_size")}) return INVALID;`);break;case"size_equals":e.write(`if (${o}.size !== ${Ir(s.size,"size_equals")}) return INVALID;`);break;case"string_format":o=jb(e,t,s,o);break;case"custom":o=ZA(e,t,a,o);break;case"bigint_format":FA(e,s,o);break;case"mime_type":LA(e,t,s,o);break;case"property":BA(e,t,s,o);break;case"properties":MA(e,t,s,o);break;case"overwrite":{let u=ne(t);qA(e,t,a,o,u),o=u;break}default:throw new we(`check type ${s.check}`)}}return o}function of(e,t,n,i){let r=de(t,Vr),o=ne(t);return e.write(`const ${o} = typeof ${n} === "string" && ${i} ? ${r}(${n}) : ${n}.length;`),o}function Ir(e,t){if(typeof e!="number"||!Number.isFinite(e))throw new we(`${t} bound of type ${typeof e}`);return`${e}`}function zb(e,t){if(typeof t=="bigint")return`${t}n`;if(typeof t=="number"){if(Number.isNaN(t))throw new we("comparison check with NaN bound");return`${t}`}if(t instanceof Date){if(Number.isNaN(t.getTime()))throw new we("comparison check with Invalid Date bound");return de(e,t)}throw new we(`comparison check bound of type ${typeof t}`)}function zA(e,t,n,i){let r=n.inclusive?"<":"<=";e.write(`if (${i} ${r} ${zb(t,n.value)}) return INVALID;`)}function CA(e,t,n,i){let r=n.inclusive?">":">=";e.write(`if (${i} ${r} ${zb(t,n.value)}) return INVALID;`)}function jA(e,t,n,i){if(typeof n.value=="bigint"){if(n.value===BigInt(0))throw new we("multiple_of check with a zero divisor");e.write(`if (${i} % ${n.value}n !== 0n) return INVALID;`)}else{let r=de(t,Ri);e.write(`if (${r}(${i}, ${Ir(n.value,"multiple_of")}) !== 0) return INVALID;`)}}function Cb(e,t,n){let i=t.format;switch(i){case"safeint":e.write(`if (!Number.isSafeInteger(${n})) return INVALID;`);break;case"int32":e.write(`if (!Number.isInteger(${n}) || ${n} < -2147483648 || ${n} > 2147483647) return INVALID;`);break;case"uint32":e.write(`if (!Number.isInteger(${n}) || ${n} < 0 || ${n} > 4294967295) return INVALID;`);break;case"float32":e.write(`if (!Number.isFinite(${n}) || ${n} < -3.4028234663852886e38 || ${n} > 3.4028234663852886e38) return INVALID;`);break;case"float64":e.write(`if (!Number.isFinite(${n})) return INVALID;`);break;default:throw new we(`number format ${i}`)}}function FA(e,t,n){let i=t.format;if(i)switch(i){case"int64":e.write(`if (${n} < -9223372036854775808n || ${n} > 9223372036854775807n) return INVALID;`);break;case"uint64":e.write(`if (${n} < 0n || ${n} > 18446744073709551615n) return INVALID;`);break;default:throw new we(`bigint format ${i}`)}}function LA(e,t,n,i){let r=n.mime;if(r&&r.length>0){let o=de(t,new Set(r));e.write(`if (!${o}.has(${i}.type)) return INVALID;`)}}function MA(e,t,n,i){if(n.when)throw new we('check with a custom "when" condition');e.write(`if (${i} == null) return INVALID;`);let r=n.shape;for(let o of Reflect.ownKeys(r)){let a=typeof o=="symbol"?de(t,o):ct(o),s=ne(t);e.write(`const ${s} = ${i}[${a}];`),rt(e,t,r[o],s,!1)}}function BA(e,t,n,i){let r=`${i}[${JSON.stringify(n.property)}]`;Ce(e,t,n.schema,r)}function qA(e,t,n,i,r){let o=n._zod.def.tx;if(!o)throw new we("overwrite check without a transform function");if(Xr(o))throw new Vt("z.compile: async overwrite transforms are not supported");let a=de(t,o);e.write(`const ${r} = ${a}(${i});`)}function af(){throw new wt}function uf(e){this.issues.push(e)}function ZA(e,t,n,i){let r=n._zod.def;if(r.fn){if(Xr(r.fn))throw new Vt("z.compile: async .refine() predicates are not supported");let o=Jr(t,r.fn),a=de(t,af),s=ne(t);return e.write(`const ${s} = ${o}(${i});`),e.write(`if (${s} instanceof Promise) ${a}();`),e.write(`if (!${s}) return INVALID;`),i}if(n._zod.check){if(Xr(n._zod.check))throw new Vt("z.compile: async .superRefine() / check functions are not supported");let o=n._zod.check,s=Jr(t,c=>{let l={value:c,issues:[],addIssue:uf};return o(l)instanceof Promise&&af(),l.issues.length===0?l.value:lt}),u=ne(t);return e.write(`const ${u} = ${s}(${i});`),e.write(`if (${u} === INVALID) return INVALID;`),u}throw new we("custom check without a predicate or check function")}var VA=new Set(["cidrv4","cuid","cuid2","date","datetime","duration","e164","email","emoji","ends_with","guid","includes","ipv4","ksuid","lowercase","mac","nanoid","regex","starts_with","time","ulid","uppercase","uuid","xid"]);function jb(e,t,n,i,r=!0){let o=n.format;if(o==="base64"){let c=de(t,Xi);return e.write(`if (!${c}(${i})) return INVALID;`),i}if(o==="base64url"){let c=de(t,Na);return e.write(`if (!${c}(${i})) return INVALID;`),i}if(o==="jwt"){let c=de(t,ja),l=de(t,n.alg??null);return e.write(`if (!${c}(${i}, ${l})) return INVALID;`),i}if(o==="ipv6"){let c=de(t,Ji);return e.write(`if (!${c}(${i})) return INVALID;`),i}if(o==="cidrv6"){let c=de(t,Oa);return e.write(`if (!${c}(${i})) return INVALID;`),i}if(o==="credit_card"){let c=de(t,za);return e.write(`if (!${c}(${i})) return INVALID;`),i}if(o==="iban"){let c=de(t,Ca);return e.write(`if (!${c}(${i})) return INVALID;`),i}let a=n;if(o==="url"||o==="httpurl"||a.normalize||a.hostname!==void 0||a.protocol!==void 0){let c=de(t,Ta),l=de(t,n),f=ne(t),p=ne(t);if(e.write(`const ${f} = ${i}.trim();`),e.write(`const ${p} = ${c}(${f}, ${l});`),e.write(`if (typeof ${p} === "number") return INVALID;`),a.hostname!==void 0){let h=de(t,Ra);e.write(`if (!${h}(${p}, ${l}.hostname)) return INVALID;`)}if(a.protocol!==void 0){let h=de(t,Ea);e.write(`if (!${h}(${p}, ${l}.protocol)) return INVALID;`)}if(!r)return null;let g=ne(t),v=a.normalize?`${p}.href`:`${de(t,Wi)}(${f})`;return e.write(`const ${g} = ${v};`),g}let s=n.fn;if(s){if(Xr(s))throw new we(`async string format ${o}`);let c=de(t,s);return e.write(`if (!${c}(${i})) return INVALID;`),i}if(VA.has(o)&&n.pattern){let c=de(t,n.pattern);return e.write(`${c}.lastIndex = 0;`),e.write(`if (!${c}.test(${i})) return INVALID;`),i}let u=n.format;switch(u){case"regex":throw new we("regex format without a pattern");case"lowercase":e.write(`if (${i} !== ${i}.toLowerCase()) return INVALID;`);break;case"uppercase":e.write(`if (${i} !== ${i}.toUpperCase()) return INVALID;`);break;case"includes":e.write(`if (!${i}.includes(${ct(n.includes)})) return INVALID;`);break;case"starts_with":{let c=n.prefix;e.write(`if (${i}.slice(0, ${c.length}) !== ${ct(c)}) return INVALID;`);break}case"ends_with":{let c=n.suffix;e.write(`if (${i}.slice(-${c.length}) !== ${ct(c)}) return INVALID;`);break}default:throw new we(`string format ${u}`)}return i}function Ce(e,t,n,i,r=!0){let o=n._zod.def,a=o.type;if(o.coerce)throw new we(`coercion (z.coerce.${a}())`);let s=r||!!o.checks?.length,u;switch(a){case"string":u=GA(e,t,n,i,s);break;case"number":u=KA(e,n,i);break;case"boolean":u=HA(e,i);break;case"bigint":u=WA(e,n,i);break;case"symbol":u=JA(e,i);break;case"undefined":u=XA(e,i);break;case"null":u=YA(e,i);break;case"any":case"unknown":u=i;break;case"never":e.write("return INVALID;"),u=i;break;case"void":u=QA(e,i);break;case"nan":u=eS(e,i);break;case"date":u=tS(e,i);break;case"object":u=rS(e,t,n,i,s);break;case"optional":u=nS(e,t,n,i,s);break;case"nullable":u=aS(e,t,n,i,s);break;case"array":u=sS(e,t,n,i,s);break;case"literal":u=cS(e,t,n,i);break;case"enum":u=uS(e,t,n,i);break;case"readonly":{let c=Ob(e,t,n,i),l=ne(t);e.write(`const ${l} = Object.freeze(${c});`),u=l;break}case"success":Ob(e,t,n,i),u="true";break;case"default":case"prefault":u=lS(e,t,n,i);break;case"nonoptional":u=dS(e,t,n,i);break;case"tuple":u=fS(e,t,n,i);break;case"union":u=pS(e,t,n,i);break;case"intersection":u=hS(e,t,n,i);break;case"record":u=vS(e,t,n,i);break;case"map":u=yS(e,t,n,i);break;case"set":u=$S(e,t,n,i);break;case"file":u=wS(e,i);break;case"template_literal":u=xS(e,t,n,i);break;case"lazy":u=kS(e,t,n,i);break;case"pipe":u=_S(e,t,n,i);break;case"custom":u=AS(e,t,n,i);break;case"transform":u=PS(e,t,n,i);break;case"catch":u=IS(e,t,n,i);break;default:throw new we(`schema type ${a}`)}return u===null?null:NA(e,t,n,u)}function GA(e,t,n,i,r=!0){e.write(`if (typeof ${i} !== "string") return INVALID;`);let o=n._zod.def;return o.format===void 0?i:jb(e,t,o,i,r)}function KA(e,t,n){e.write(`if (typeof ${n} !== "number" || !Number.isFinite(${n})) return INVALID;`);let i=t._zod.def;return i.check==="number_format"&&i.format&&Cb(e,{format:i.format},n),n}function HA(e,t){return e.write(`if (typeof ${t} !== "boolean") return INVALID;`),t}function WA(e,t,n){e.write(`if (typeof ${n} !== "bigint") return INVALID;`);let i=t._zod.def;if(i.format)switch(i.format){case"int64":e.write(`if (${n} < -9223372036854775808n || ${n} > 9223372036854775807n) return INVALID;`);break;case"uint64":e.write(`if (${n} < 0n || ${n} > 18446744073709551615n) return INVALID;`);break}return n}function JA(e,t){return e.write(`if (typeof ${t} !== "symbol") return INVALID;`),t}function XA(e,t){return e.write(`if (${t} !== undefined) return INVALID;`),t}function YA(e,t){return e.write(`if (${t} !== null) return INVALID;`),t}function QA(e,t){return e.write(`if (${t} !== undefined) return INVALID;`),t}function eS(e,t){return e.write(`if (typeof ${t} !== "number" || !Number.isNaN(${t})) return INVALID;`),t}function tS(e,t){return e.write(`if (!(${t} instanceof Date) || Number.isNaN(${t}.getTime())) return INVALID;`),t}function rS(e,t,n,i,r=!0){let o=n._zod.def;e.write(`if (typeof ${i} !== "object" || ${i} === null || Array.isArray(${i})) return INVALID;`);let a=o.shape,s=Object.keys(a),u=Object.getOwnPropertySymbols(a),c=u.length?[...s,...u]:s,l=x=>typeof x=="symbol"?de(t,x):ct(x),f=x=>typeof x=="symbol"?`[${l(x)}]`:ct(x),p=a;if(s.includes("__proto__"))throw new we('object shape key "__proto__"');let g=new Map;for(let x of c){let S=p[x],L=l(x),X=ne(t);if(e.write(`const ${X} = ${i}[${L}];`),S._zod.optin!==void 0){let W=ne(t);e.write(`let ${W} = (() => {`),e.indented(ue=>{let Q=rt(ue,t,S,X);ue.write(`return ${Q};`)}),e.write("})();"),S._zod.optout==="optional"?(e.write(`if (${W} === INVALID) {`),e.indented(ue=>{ue.write(`if (${L} in ${i}) return INVALID;`),ue.write(`${W} = undefined;`)}),e.write("}")):e.write(`if (${W} === INVALID) return INVALID;`),g.set(x,W)}else{oS(S)&&e.write(`if (!(${L} in ${i})) return INVALID;`);let W=rt(e,t,S,X,r);W!==null&&g.set(x,W)}}let v=o.catchall,h="none";if(v){let x=v._zod.def.type;if(x==="never"){let S=s.map(L=>`k !== ${ct(L)}`).join(" && ")||"true";e.write(`for (const k in ${i}) {`),e.indented(L=>{L.write(`if (${S}) return INVALID;`)}),e.write("}")}else(x==="unknown"||x==="any")&&!v._zod.def.checks?.length?h="passthrough":h="schema"}let _=ne(t),w=c.some(x=>Eb(p[x])||sf(p[x]));if(!r){if(h==="schema"){let x=s.length>0?de(t,new Set(s)):null;e.write(`for (const k in ${i}) {`),e.indented(S=>{S.write('if (k === "__proto__") continue;'),x&&S.write(`if (${x}.has(k)) continue;`);let L=ne(t);S.write(`const ${L} = ${i}[k];`),rt(S,t,v,L,!1)}),e.write("}")}return null}if(w){e.write(`const ${_} = {};`);for(let x of c){let S=l(x),L=g.get(x);sf(p[x])?e.write(`if (${S} in ${i}) ${_}[${S}] = ${L};`):Eb(p[x])?e.write(`if (${L} !== undefined || ${S} in ${i}) ${_}[${S}] = ${L};`):e.write(`${_}[${S}] = ${L};`)}}else{let x=c.map(S=>`${f(S)}: ${g.get(S)}`).join(", ");e.write(`const ${_} = { ${x} };`)}if(h!=="none"){let x=s.length>0?de(t,new Set(s)):null;e.write(`for (const k in ${i}) {`),e.indented(S=>{if(S.write('if (k === "__proto__") continue;'),x&&S.write(`if (${x}.has(k)) continue;`),h==="passthrough")S.write(`${_}[k] = ${i}[k];`);else{let L=ne(t);S.write(`const ${L} = ${i}[k];`);let X=rt(S,t,v,L);S.write(`${_}[k] = ${X};`)}}),e.write("}")}return _}function nS(e,t,n,i,r=!0){let o=n._zod.def;if(iS(n))return Ce(e,t,o.innerType,i,r);if(o.innerType._zod.optin==="defaulted"){let s=ne(t),u=ne(t);return e.write(`let ${s};`),e.write(`if (${i} === undefined) {`),e.indented(c=>{c.write(`const ${u} = (() => {`),c.indented(l=>{let f=Ce(l,t,o.innerType,i);l.write(`return ${f};`)}),c.write("})();"),c.write(`if (${u} !== INVALID) ${s} = ${u};`)}),e.write("} else {"),e.indented(c=>{let l=Ce(c,t,o.innerType,i);c.write(`${s} = ${l};`)}),e.write("}"),s}let a=r?ne(t):null;return a&&e.write(`let ${a};`),e.write(`if (${i} !== undefined) {`),e.indented(s=>{let u=Ce(s,t,o.innerType,i,r);a&&u!==null&&s.write(`${a} = ${u};`)}),e.write("}"),a}function iS(e){return e._zod.traits?.has("$ZodExactOptional")===!0}function oS(e){return e._zod.optin===void 0&&Wr(e)}function Wr(e){if(e._zod.def.coerce)return!0;let t=e._zod.def;switch(t.type){case"any":case"unknown":case"undefined":case"void":case"default":case"prefault":case"transform":case"custom":case"lazy":return!0;case"string":case"number":case"boolean":case"bigint":case"symbol":case"null":case"never":case"nan":case"date":case"object":case"array":case"tuple":case"record":case"map":case"set":case"file":case"template_literal":return!1;case"nonoptional":return t.innerType?Wr(t.innerType):!1;case"literal":return!!t.values?.includes(void 0);case"enum":return!!e._zod.values?.has(void 0);case"optional":case"nullable":case"readonly":case"success":return t.innerType?Wr(t.innerType):!0;case"catch":return!0;case"union":return t.options?t.options.some(Wr):!0;case"intersection":return!t.left||!t.right?!0:Wr(t.left)&&Wr(t.right);case"pipe":return t.in?Wr(t.in):!0;default:return!0}}function sf(e){return e._zod.optin==="optional"&&e._zod.optout==="optional"}function Eb(e){return(e._zod.optin!=="defaulted"||e._zod.optout==="optional")&&Un(e)}function Un(e){let t=e._zod.def;switch(t.type){case"string":case"number":case"boolean":case"bigint":case"symbol":case"null":case"nan":case"date":case"object":case"array":case"tuple":case"record":case"map":case"set":case"file":case"template_literal":case"never":case"success":return!1;case"literal":return!!t.values?.includes(void 0);case"enum":return!!e._zod.values?.has(void 0);case"optional":return!0;case"nullable":case"readonly":case"nonoptional":return t.innerType?Un(t.innerType):!0;case"union":return t.options?t.options.some(Un):!0;case"intersection":return!t.left||!t.right||Un(t.left)||Un(t.right);case"pipe":return t.out?Un(t.out):!0;default:return!0}}function aS(e,t,n,i,r=!0){let o=n._zod.def,a=r?ne(t):null;return a&&e.write(`let ${a} = null;`),e.write(`if (${i} !== null) {`),e.indented(s=>{let u=Ce(s,t,o.innerType,i,r);a&&u!==null&&s.write(`${a} = ${u};`)}),e.write("}"),a}function lf(e,t,n){for(let[i,r]of _n(t._zod.def.checks))e.write(`if (${n} > ${Ir(i,r._zod.def.check)}) return INVALID;`)}function sS(e,t,n,i,r=!0){let o=n._zod.def;e.write(`if (!Array.isArray(${i})) return INVALID;`),lf(e,n,`${i}.length`);let a=r?ne(t):null,s=ne(t),u=ne(t);return a&&e.write(`const ${a} = new Array(${i}.length);`),e.write(`for (let ${s} = 0; ${s} < ${i}.length; ${s}++) {`),e.indented(c=>{c.write(`const ${u} = ${i}[${s}];`);let l=rt(c,t,o.element,u,r);a&&l!==null&&c.write(`${a}[${s}] = ${l};`)}),e.write("}"),a}function cS(e,t,n,i){let o=n._zod.def.values;if(o.length!==1){let s=de(t,new Set(o));return e.write(`if (!${s}.has(${i})) return INVALID;`),i}let a=o[0];if(typeof a=="number"&&Number.isNaN(a)){let s=de(t,new Set(o));return e.write(`if (!${s}.has(${i})) return INVALID;`),i}if(typeof a=="string")e.write(`if (${i} !== ${ct(a)}) return INVALID;`);else if(typeof a=="number"||typeof a=="boolean")e.write(`if (${i} !== ${a}) return INVALID;`);else if(a===null)e.write(`if (${i} !== null) return INVALID;`);else if(a===void 0)e.write(`if (${i} !== undefined) return INVALID;`);else if(typeof a=="bigint")e.write(`if (${i} !== ${a}n) return INVALID;`);else throw new we(`literal type ${typeof a}`);return i}function uS(e,t,n,i){let r=n._zod.values;if(!r)throw new we("enum schema without enumerated values");let o=de(t,r);return e.write(`if (!${o}.has(${i})) return INVALID;`),i}function Ob(e,t,n,i){let r=n._zod.def;return Ce(e,t,r.innerType,i)}function lS(e,t,n,i){let r=n._zod.def,a=Object.getOwnPropertyDescriptor(n._zod.def,"defaultValue")?()=>n._zod.def.defaultValue:void 0;if(n._zod.def.type==="prefault"){if(!a)return Ce(e,t,r.innerType,i);let u=de(t,a),c=ne(t);return e.write(`let ${c} = ${i};`),e.write(`if (${i} === undefined) ${c} = ${u}();`),Ce(e,t,r.innerType,c)}let s=ne(t);if(a){let u=de(t,a),c=de(t,Ei);e.write(`let ${s};`),e.write(`if (${i} === undefined) {`),e.indented(l=>{l.write(`${s} = ${c}(${u}());`)}),e.write("} else {"),e.indented(l=>{let f=Ce(l,t,r.innerType,i);l.write(`${s} = ${f} === undefined ? ${c}(${u}()) : ${f};`)}),e.write("}")}else e.write(`let ${s};`),e.write(`if (${i} !== undefined) {`),e.indented(u=>{let c=Ce(u,t,r.innerType,i);u.write(`${s} = ${c};`)}),e.write("}");return s}function dS(e,t,n,i){let r=n._zod.def,o=Ce(e,t,r.innerType,i),a=ne(t);return e.write(`const ${a} = ${o};`),e.write(`if (${a} === undefined) return INVALID;`),a}function fS(e,t,n,i){let r=n._zod.def,o=r.items,a=r.rest;e.write(`if (!Array.isArray(${i})) return INVALID;`);let s=Ub(o,"optin"),u=Ub(o,"optout");a?e.write(`if (${i}.length < ${s}) return INVALID;`):e.write(`if (${i}.length < ${s} || ${i}.length > ${o.length}) return INVALID;`);let c=ne(t);e.write(`const ${c} = [];`);for(let l=0;l<o.length;l++){let f=o[l];if(l>=u)e.write(`if (${c}.length === ${l}) {`),e.indented(p=>{p.write(`if (${l} < ${i}.length) {`),p.indented(g=>{let v=ne(t);g.write(`const ${v} = ${i}[${l}];`);let h=rt(g,t,f,v);g.write(`${c}[${l}] = ${h};`)}),p.write("} else {"),p.indented(g=>{if(sf(f)){g.write(`${c}.length = ${l};`);return}let v=ne(t),h=ne(t);g.write(`const ${v} = undefined;`),g.write(`const ${h} = (() => {`),g.indented(_=>{let w=rt(_,t,f,v);_.write(`return ${w};`)}),g.write("})();"),g.write(`if (${h} === INVALID || ${h} === undefined) ${c}.length = ${l};`),g.write(`else ${c}[${l}] = ${h};`)}),p.write("}")}),e.write("}");else{let p=ne(t);e.write(`const ${p} = ${i}[${l}];`);let g=rt(e,t,f,p);e.write(`${c}[${l}] = ${g};`)}}if(a){let l=ne(t),f=ne(t);e.write(`for (let ${l} = ${o.length}; ${l} < ${i}.length; ${l}++) {`),e.indented(p=>{p.write(`const ${f} = ${i}[${l}];`);let g=rt(p,t,a,f);p.write(`${c}[${l}] = ${g};`)}),e.write("}")}return c}function Ub(e,t){for(let n=e.length-1;n>=0;n--)if(!(t==="optin"?e[n]._zod.optin!==void 0:e[n]._zod.optout==="optional"))return n+1;return 0}function pS(e,t,n,i){let r=n._zod.def,o=r.options;if(r.discriminator)return mS(e,t,r,i);if(r.inclusive===!1)throw new we("exclusive unions (z.xor)");if(o.length===0)return e.write("return INVALID;"),i;if(o.length===1)return Ce(e,t,o[0],i);if(o.every(u=>u._zod.def.type==="literal"&&!u._zod.def.checks?.length)){let u=new Set(o.flatMap(l=>l._zod.def.values)),c=de(t,u);return e.write(`if (!${c}.has(${i})) return INVALID;`),i}let s=ne(t);e.write(`let ${s};`);for(let u=0;u<o.length;u++){let c=o[u];u===0?e.write(`${s} = (() => {`):e.write(`if (${s} === INVALID) ${s} = (() => {`),e.indented(l=>{let f=Ce(l,t,c,i);l.write(`return ${f};`)}),e.write("})();")}return e.write(`if (${s} === INVALID) return INVALID;`),s}function mS(e,t,n,i){if(n.unionFallback)throw new we("discriminated union with unionFallback");if(n.options.length===0)return e.write("return INVALID;"),i;let r=ne(t),o=ne(t);e.write(`const ${r} = ${i}?.[${ct(n.discriminator)}];`),e.write(`let ${o};`);let a=!0,s=new Set;for(let u of n.options){let c=u._zod.propValues?.[n.discriminator];if(!c||c.size===0)throw new we("discriminated union option without static discriminator values");for(let p of c){if(s.has(p))throw new we(`duplicate discriminator value ${String(p)}`);s.add(p)}let l=Array.from(c,p=>gS(t,r,p)),f=a?"if":"else if";e.write(`${f} (${l.join(" || ")}) {`),e.indented(p=>{let g=Ce(p,t,u,i);p.write(`${o} = ${g};`)}),e.write("}"),a=!1}return e.write("else { return INVALID; }"),o}function gS(e,t,n){if(typeof n=="string")return`${t} === ${ct(n)}`;if(typeof n=="number")return Number.isNaN(n)?`Number.isNaN(${t})`:`${t} === ${n}`;if(typeof n=="boolean")return`${t} === ${n}`;if(n===null)return`${t} === null`;if(n===void 0)return`${t} === undefined`;if(typeof n=="bigint")return`${t} === ${n}n`;if(typeof n=="symbol"){let i=de(e,n);return`${t} === ${i}`}throw new we(`literal discriminator value ${String(n)}`)}function hS(e,t,n,i){let r=n._zod.def;t.definite=!1;let o=rt(e,t,r.left,i),a=rt(e,t,r.right,i),s=de(t,Rn),u=ne(t);return e.write(`const ${u} = ${s}(${o}, ${a});`),e.write(`if (!${u}.valid) return INVALID;`),`${u}.data`}function vS(e,t,n,i){let r=n._zod.def,o=de(t,Ut);e.write(`if (!${o}(${i})) return INVALID;`);let a=ne(t),s=ne(t),u=ne(t);e.write(`const ${a} = {};`);let c=r,l=c.partial?void 0:r.keyType._zod.values;if(l){let g=[];for(let h of l){if(!(typeof h=="string"||typeof h=="number"||typeof h=="symbol"))throw new we(`record key value ${String(h)}`);let _=typeof h=="number"?h.toString():h;if(_==="__proto__")throw new we('record key "__proto__"');g.push(_);let w=de(t,h),x=Ce(e,t,r.keyType,w),S=ne(t);e.write(`const ${S} = ${i}[${bS(t,_)}];`);let L=rt(e,t,r.valueType,S);e.write(`${a}[${x}] = ${L};`)}let v=de(t,new Set(g));return e.write(`for (const ${s} in ${i}) {`),e.indented(h=>{h.write(`if (${v}.has(${s})) continue;`),c.mode==="loose"?h.write(`if (${s} !== "__proto__") ${a}[${s}] = ${i}[${s}];`):h.write("return INVALID;")}),e.write("}"),a}let f=r.keyType._zod.def;if(!(f.type==="string"&&f.format===void 0&&!f.coerce&&(f.checks?.length??0)===0)){let g=r.mode==="loose",v=rs(r.keyType);v.definite===!1&&(t.definite=!1);let h=de(t,v),_=de(t,ur),w=ne(t);return Nb(e,t,i,s,x=>{x.write(`let ${w} = ${h}(${s});`),x.write(`if (${w} === INVALID && typeof ${s} === "string" && ${_}.test(${s})) ${w} = ${h}(Number(${s}));`),g?x.write(`if (${w} === INVALID) { ${a}[${s}] = ${i}[${s}]; continue; }`):x.write(`if (${w} === INVALID) return INVALID;`),x.write(`if (${w} === "__proto__") continue;`);let S=ne(t);x.write(`const ${S} = ${i}[${s}];`);let L=rt(x,t,r.valueType,S);x.write(`${a}[${w}] = ${L};`)}),a}return Nb(e,t,i,s,g=>{g.write(`const ${u} = ${i}[${s}];`);let v=rt(g,t,r.valueType,u);g.write(`${a}[${s}] = ${v};`)},"return INVALID;"),a}function Nb(e,t,n,i,r,o){let a=de(t,Object.prototype.propertyIsEnumerable),s=ne(t),u=ne(t),c=ne(t);e.write(`const ${s} = Object.getOwnPropertySymbols(${n});`),e.write(`const ${u} = Object.getOwnPropertyNames(${n});`),e.write(`for (let ${c} = 0; ${c} < ${u}.length; ${c}++) {`),e.indented(l=>{l.write(`const ${i} = ${u}[${c}];`),l.write(`if (${i} === "__proto__" || !${a}.call(${n}, ${i})) continue;`),r(l)}),e.write("}"),e.write(`for (let ${c} = 0; ${c} < ${s}.length; ${c}++) {`),e.indented(l=>{l.write(`const ${i} = ${s}[${c}];`),l.write(`if (!${a}.call(${n}, ${i})) continue;`),o?l.write(o):r(l)}),e.write("}")}function bS(e,t){return typeof t=="string"?ct(t):de(e,t)}function yS(e,t,n,i){let r=n._zod.def;e.write(`if (!(${i} instanceof Map)) return INVALID;`),lf(e,n,`${i}.size`);let o=ne(t),a=ne(t),s=ne(t);return e.write(`const ${o} = new Map();`),e.write(`for (const [${a}, ${s}] of ${i}) {`),e.indented(u=>{let c=Ce(u,t,r.keyType,a),l=Ce(u,t,r.valueType,s);u.write(`${o}.set(${c}, ${l});`)}),e.write("}"),o}function $S(e,t,n,i){let r=n._zod.def;e.write(`if (!(${i} instanceof Set)) return INVALID;`),lf(e,n,`${i}.size`);let o=ne(t),a=ne(t);return e.write(`const ${o} = new Set();`),e.write(`for (const ${a} of ${i}) {`),e.indented(s=>{let u=Ce(s,t,r.valueType,a);s.write(`${o}.add(${u});`)}),e.write("}"),o}function wS(e,t){return e.write(`if (!(${t} instanceof File)) return INVALID;`),t}function xS(e,t,n,i){e.write(`if (typeof ${i} !== "string") return INVALID;`);let r=n._zod.pattern;if(r){let o=de(t,r);e.write(`${o}.lastIndex = 0;`),e.write(`if (!${o}.test(${i})) return INVALID;`)}return i}function kS(e,t,n,i){let r=n._zod.def,o=Jr(t,r.getter),a=de(t,{parser:null});e.write(`if (!${a}.parser) {`),e.indented(u=>{u.write(`const inner = ${o}();`),u.write(`${a}.parser = function(input) {`),u.indented(c=>{c.write("const result = inner._zod.run({ value: input, issues: [] }, {});"),c.write("return result.issues.length === 0 ? result.value : INVALID;")}),u.write("};")}),e.write("}");let s=ne(t);return e.write(`const ${s} = ${a}.parser(${i});`),e.write(`if (${s} === INVALID) return INVALID;`),s}function _S(e,t,n,i){let r=n._zod.def,o=Ce(e,t,r.in,i);if(r.transform){if(Xr(r.transform))throw new Vt("z.compile: async transforms in pipes are not supported");let a=r.transform,u=Jr(t,l=>{let f={value:l,issues:[],addIssue:uf},p=a(l,f);return p instanceof Promise?lt:f.issues.length===0?p:lt}),c=ne(t);return e.write(`const ${c} = ${u}(${o});`),e.write(`if (${c} === INVALID) return INVALID;`),Ce(e,t,r.out,c)}else return Ce(e,t,r.out,o)}function Xr(e){return typeof e=="function"&&(e.constructor.name==="AsyncFunction"||e[Symbol.toStringTag]==="AsyncFunction")}function AS(e,t,n,i){let r=n._zod.def;if(r.fn){if(Xr(r.fn))throw new Vt("z.compile: async custom predicates are not supported");let o=Jr(t,r.fn),a=de(t,af),s=ne(t);e.write(`const ${s} = ${o}(${i});`),e.write(`if (${s} instanceof Promise) ${a}();`),e.write(`if (!${s}) return INVALID;`)}else throw new we("custom schema without a predicate function");return i}function SS(e,t,n){let i=e._zod.run({value:n,issues:[]},{});if(i&&typeof i.then=="function")return lt;let r=i;return r.issues.length===0?r.value:t()}function IS(e,t,n,i){let r=n._zod.def;if(!r.catchValue[sa])throw new we("catch with a callback (only a constant catch value compiles)",!1);let o=ne(t);e.write(`let ${o} = (() => {`),e.indented(c=>{let l=rt(c,t,r.innerType,i);c.write(`return ${l};`)}),e.write("})();");let a=de(t,r.innerType),s=Jr(t,r.catchValue),u=de(t,SS);return e.write(`if (${o} === INVALID) {`),e.indented(c=>{c.write(`${o} = ${u}(${a}, ${s}, ${i});`),c.write(`if (${o} === INVALID) return INVALID;`)}),e.write("}"),o}function PS(e,t,n,i){let r=n._zod.def;if(r.transform){if(Xr(r.transform))throw new Vt("z.compile: async transforms are not supported");let o=r.transform,s=Jr(t,c=>{let l={value:c,issues:[],addIssue:uf},f=o(c,l);return f instanceof Promise?lt:l.issues.length===0?f:lt}),u=ne(t);return e.write(`const ${u} = ${s}(${i});`),e.write(`if (${u} === INVALID) return INVALID;`),u}return i}function ns(e){return e.checks&&(e.checks=[...e.checks]),e}function df(e,t){return new e(ns({type:"string",...V(t)}))}function ff(e,t){return new e(ns({type:"string",coerce:!0,...V(t)}))}function is(e,t){return new e({type:"string",format:"email",check:"string_format",abort:!1,...V(t)})}function os(e,t){return new e({type:"string",format:"guid",check:"string_format",abort:!1,...V(t)})}function as(e,t){return new e({type:"string",format:"uuid",check:"string_format",abort:!1,...V(t)})}function ss(e,t){return new e({type:"string",format:"uuid",check:"string_format",abort:!1,version:"v4",...V(t)})}function cs(e,t){return new e({type:"string",format:"uuid",check:"string_format",abort:!1,version:"v6",...V(t)})}function us(e,t){return new e({type:"string",format:"uuid",check:"string_format",abort:!1,version:"v7",...V(t)})}function co(e,t){return new e({type:"string",format:"url",check:"string_format",abort:!1,...V(t)})}function ls(e,t){return new e({type:"string",format:"emoji",check:"string_format",abort:!1,...V(t)})}function ds(e,t){return new e({type:"string",format:"nanoid",check:"string_format",abort:!1,...V(t)})}function fs(e,t){return new e({type:"string",format:"cuid",check:"string_format",abort:!1,...V(t)})}function ps(e,t){return new e({type:"string",format:"cuid2",check:"string_format",abort:!1,...V(t)})}function ms(e,t){return new e({type:"string",format:"ulid",check:"string_format",abort:!1,...V(t)})}function gs(e,t){return new e({type:"string",format:"xid",check:"string_format",abort:!1,...V(t)})}function hs(e,t){return new e({type:"string",format:"ksuid",check:"string_format",abort:!1,...V(t)})}function vs(e,t){return new e({type:"string",format:"ipv4",check:"string_format",abort:!1,...V(t)})}function bs(e,t){return new e({type:"string",format:"ipv6",check:"string_format",abort:!1,...V(t)})}function pf(e,t){return new e({type:"string",format:"mac",check:"string_format",abort:!1,...V(t)})}function ys(e,t){return new e({type:"string",format:"cidrv4",check:"string_format",abort:!1,...V(t)})}function $s(e,t){return new e({type:"string",format:"cidrv6",check:"string_format",abort:!1,...V(t)})}function ws(e,t){return new e({type:"string",format:"base64",check:"string_format",abort:!1,...V(t)})}function xs(e,t){return new e({type:"string",format:"base64url",check:"string_format",abort:!1,...V(t)})}function ks(e,t){return new e({type:"string",format:"e164",check:"string_format",abort:!1,...V(t)})}function mf(e,t){return new e({type:"string",format:"credit_card",check:"string_format",abort:!1,...V(t)})}function gf(e,t){return new e({type:"string",format:"iban",check:"string_format",abort:!1,...V(t)})}function _s(e,t){return new e({type:"string",format:"jwt",check:"string_format",abort:!1,...V(t)})}var hf={Any:null,Minute:-1,Second:0,Millisecond:3,Microsecond:6};function uo(e,t){return new e({type:"string",format:"datetime",check:"string_format",offset:!1,local:!1,precision:null,...V(t)})}function lo(e,t){return new e({type:"string",format:"date",check:"string_format",...V(t)})}function fo(e,t){return new e({type:"string",format:"time",check:"string_format",precision:null,...V(t)})}function po(e,t){return new e({type:"string",format:"duration",check:"string_format",...V(t)})}function vf(e,t){return new e(ns({type:"number",checks:[],...V(t)}))}function bf(e,t){return new e(ns({type:"number",coerce:!0,checks:[],...V(t)}))}function yf(e,t){return new e({type:"number",check:"number_format",abort:!1,format:"safeint",...V(t)})}function $f(e,t){return new e({type:"number",check:"number_format",abort:!1,format:"float32",...V(t)})}function wf(e,t){return new e({type:"number",check:"number_format",abort:!1,format:"float64",...V(t)})}function xf(e,t){return new e({type:"number",check:"number_format",abort:!1,format:"int32",...V(t)})}function kf(e,t){return new e({type:"number",check:"number_format",abort:!1,format:"uint32",...V(t)})}function _f(e,t){return new e({type:"boolean",...V(t)})}function Af(e,t){return new e({type:"boolean",coerce:!0,...V(t)})}function Sf(e,t){return new e({type:"bigint",...V(t)})}function If(e,t){return new e({type:"bigint",coerce:!0,...V(t)})}function Pf(e,t){return new e({type:"bigint",check:"bigint_format",abort:!1,format:"int64",...V(t)})}function Df(e,t){return new e({type:"bigint",check:"bigint_format",abort:!1,format:"uint64",...V(t)})}function Tf(e,t){return new e({type:"symbol",...V(t)})}function Rf(e,t){return new e({type:"undefined",...V(t)})}function Ef(e,t){return new e({type:"null",...V(t)})}function Of(e){return new e({type:"any"})}function Uf(e){return new e({type:"unknown"})}function Nf(e,t){return new e({type:"never",...V(t)})}function zf(e,t){return new e({type:"void",...V(t)})}function Cf(e,t){return new e({type:"date",...V(t)})}function jf(e,t){return new e({type:"date",coerce:!0,...V(t)})}function Ff(e,t){return new e({type:"nan",...V(t)})}function Qt(e,t){return new ka({check:"less_than",...V(t),value:e,inclusive:!1})}function Dt(e,t){return new ka({check:"less_than",...V(t),value:e,inclusive:!0})}function er(e,t){return new _a({check:"greater_than",...V(t),value:e,inclusive:!1})}function Tt(e,t){return new _a({check:"greater_than",...V(t),value:e,inclusive:!0})}function As(e){return er(0,e)}function Ss(e){return Qt(0,e)}function Is(e){return Dt(0,e)}function Ps(e){return Tt(0,e)}function Pr(e,t){return new $l({check:"multiple_of",...V(t),value:e})}function Dr(e,t){return new kl({check:"max_size",...V(t),maximum:e})}function tr(e,t){return new _l({check:"min_size",...V(t),minimum:e})}function Yr(e,t){return new Al({check:"size_equals",...V(t),size:e})}function Qr(e,t){return new Sl({check:"max_length",...V(t),maximum:e})}function lr(e,t){return new Il({check:"min_length",...V(t),minimum:e})}function en(e,t){return new Pl({check:"length_equals",...V(t),length:e})}function Nn(e,t){return new Dl({check:"string_format",format:"regex",...V(t),pattern:e})}function zn(e){return new Tl({check:"string_format",format:"lowercase",...V(e)})}function Cn(e){return new Rl({check:"string_format",format:"uppercase",...V(e)})}function jn(e,t){return new El({check:"string_format",format:"includes",...V(t),includes:e})}function Fn(e,t){return new Ol({check:"string_format",format:"starts_with",...V(t),prefix:e})}function Ln(e,t){return new Ul({check:"string_format",format:"ends_with",...V(t),suffix:e})}function Ds(e,t,n){return new Nl({check:"property",property:e,schema:t,...V(n)})}function Mn(e,t){return new zl({check:"properties",shape:e,...V(t)})}function Bn(e,t){return new Cl({check:"mime_type",mime:e,...V(t)})}function Gt(e){return new jl({check:"overwrite",tx:e})}function qn(e){return Gt(t=>t.normalize(e))}function Zn(){return Gt(e=>e.trim())}function Vn(){return Gt(e=>e.toLowerCase())}function Gn(){return Gt(e=>e.toUpperCase())}function Kn(){return Gt(e=>xu(e))}function Lf(e,t,n){return new e({type:"array",element:t,...V(n)})}function DS(e,t,n){return new e({type:"union",options:t,...V(n)})}function TS(e,t,n){return new e({type:"union",options:t,inclusive:!1,...V(n)})}function RS(e,t,n,i){return new e({type:"union",options:n,discriminator:t,...V(i)})}function ES(e,t,n){return new e({type:"intersection",left:t,right:n})}function OS(e,t,n,i){let r=n instanceof me,o=r?i:n,a=r?n:null;return new e({type:"tuple",items:t,rest:a,...V(o)})}function US(e,t,n,i){return new e({type:"record",keyType:t,valueType:n,...V(i)})}function NS(e,t,n,i){return new e({type:"map",keyType:t,valueType:n,...V(i)})}function zS(e,t,n){return new e({type:"set",valueType:t,...V(n)})}function CS(e,t,n){let i=Array.isArray(t)?Object.fromEntries(t.map(r=>[r,r])):t;return new e({type:"enum",entries:i,...V(n)})}function jS(e,t,n){return new e({type:"enum",entries:t,...V(n)})}function FS(e,t,n){return new e({type:"literal",values:Array.isArray(t)?t:[t],...V(n)})}function Mf(e,t){return new e({type:"file",...V(t)})}function LS(e,t){return new e({type:"transform",transform:t})}function MS(e,t){return new e({type:"optional",innerType:t})}function BS(e,t){return new e({type:"nullable",innerType:t})}function qS(e,t,n){return new e({type:"default",innerType:t,get defaultValue(){return typeof n=="function"?n():Ei(n)}})}function ZS(e,t,n){return new e({type:"nonoptional",innerType:t,...V(n)})}function VS(e,t){return new e({type:"success",innerType:t})}function GS(e,t,n){return new e({type:"catch",innerType:t,catchValue:typeof n=="function"?n:Pu(n)})}function KS(e,t,n){return new e({type:"pipe",in:t,out:n})}function HS(e,t){return new e({type:"readonly",innerType:t})}function WS(e,t,n){return new e({type:"template_literal",parts:t,...V(n)})}function JS(e,t){return new e({type:"lazy",getter:t})}function XS(e,t){return new e({type:"promise",innerType:t})}function Bf(e,t,n){let i=V(n);return i.abort??(i.abort=!0),new e({type:"custom",check:"custom",fn:t,...i})}function qf(e,t,n){return new e({type:"custom",check:"custom",fn:t,...V(n)})}function Zf(e,t){let n=Fb(i=>(i.addIssue=r=>{if(typeof r=="string")i.issues.push(An(r,i.value,n._zod.def));else{let o=r;o.fatal&&(o.continue=!1),o.code??(o.code="custom"),"input"in o||(o.input=i.value),o.inst??(o.inst=n),o.continue??(o.continue=!n._zod.def.abort),i.issues.push(An(o))}},e(i.value,i)),t);return n}function Fb(e,t){let n=new Oe({check:"custom",...V(t)});return n._zod.check=e,n}function Vf(e){let t=new Oe({check:"describe"});return t._zod.onattach=[n=>{let i=Ye.get(n)??{};Ye.add(n,{...i,description:e})}],t._zod.check=()=>{},t}function Gf(e){let t=new Oe({check:"meta"});return t._zod.onattach=[n=>{let i=Ye.get(n)??{};Ye.add(n,{...i,...e})}],t._zod.check=()=>{},t}function Kf(e,t){let n=V(t),i=n.truthy??["true","1","yes","on","y","enabled"],r=n.falsy??["false","0","no","off","n","disabled"];n.case!=="sensitive"&&(i=i.map(g=>typeof g=="string"?g.toLowerCase():g),r=r.map(g=>typeof g=="string"?g.toLowerCase():g));let o=new Set(i),a=new Set(r),s=e.Codec??to,u=e.Boolean??Qi,c=e.String??Hr,l=new c({type:"string",error:n.error}),f=new u({type:"boolean",error:n.error}),p=new s({type:"pipe",in:l,out:f,transform:((g,v)=>{let h=g;return n.case!=="sensitive"&&(h=h.toLowerCase()),o.has(h)?!0:a.has(h)?!1:(v.issues.push({code:"invalid_value",expected:"stringbool",values:[...o,...a],input:v.value,inst:p,continue:!1}),{})}),reverseTransform:((g,v)=>g===!0?i[0]||"true":r[0]||"false"),error:n.error});return p._zod.bag.truthy=i,p._zod.bag.falsy=r,p._zod.bag.case=n.case??"insensitive",p}function tn(e,t,n,i={}){let r=V(i),o={check:"string_format",type:"string",format:t,fn:typeof n=="function"?n:s=>n.test(s),...r};return n instanceof RegExp&&(o.pattern=n),new e(o)}function mo(e,...t){for(let n of t)for(let i of Reflect.ownKeys(n))Object.prototype.propertyIsEnumerable.call(n,i)&&Xe(e,i,n[i]);return e}function Tr(e){let t=e?.target??"draft-2020-12";return t==="draft-4"&&(t="draft-04"),t==="draft-7"&&(t="draft-07"),{processors:e.processors??{},metadataRegistry:e?.metadata??Ye,target:t,unrepresentable:e?.unrepresentable??"throw",override:e?.override??(()=>{}),io:e?.io??"output",counter:0,seen:new Map,sharedDefsExtractedFor:void 0,sharedEmitDoneFor:void 0,cycles:e?.cycles??"ref",reused:e?.reused??"inline",intersections:[],deferred:[],external:e?.external??void 0}}function Ge(e,t,n,i,r){let o=typeof t.unrepresentable=="function"?t.unrepresentable({zodSchema:e,path:i.path,message:r}):t.unrepresentable;if(o==="any")return!1;if(o===void 0||o==="throw")throw new Error(r);return Object.assign(n,o),!0}function Te(e,t,n={path:[],schemaPath:[]}){var i;let r=e._zod.def,o=t.seen.get(e);if(o)return o.count++,n.schemaPath.includes(e)&&(o.cycle=n.path),o.schema;let a={schema:{},count:1,cycle:void 0,path:n.path};t.seen.set(e,a),t.sharedDefsExtractedFor=void 0,t.sharedEmitDoneFor=void 0;let s=e._zod.toJSONSchema?.();if(s)a.schema=s;else{let l={...n,schemaPath:[...n.schemaPath,e],path:n.path};if(e._zod.processJSONSchema)e._zod.processJSONSchema(t,a.schema,l);else{let p=a.schema,g=t.processors[r.type];if(!g)throw new Error(`[toJSONSchema]: Non-representable type encountered: ${r.type}`);g(e,t,p,l)}let f=e._zod.parent;f&&(a.ref||(a.ref=f),Te(f,t,l),t.seen.get(f).isParent=!0)}let u=t.metadataRegistry.get(e);return u&&mo(a.schema,u),t.io==="input"&&dt(e)&&(delete a.schema.examples,delete a.schema.default),t.io==="input"&&"_prefault"in a.schema&&((i=a.schema).default??(i.default=a.schema._prefault)),delete a.schema._prefault,t.seen.get(e).schema}function Lb(e){return e.replace(/~/g,"~0").replace(/\//g,"~1")}function Rr(e,t){let n=e.seen.get(t);if(!n)throw new Error("Unprocessed schema. This is a bug in Zod.");if(e.external&&e.sharedDefsExtractedFor===e.external)return;let i=new Map;for(let a of e.seen.entries()){let s=e.metadataRegistry.get(a[0])?.id;if(s){let u=i.get(s);if(u&&u!==a[0])throw new Error(`Duplicate schema id "${s}" detected during JSON Schema conversion. Two different schemas cannot share the same id when converted together.`);i.set(s,a[0])}}let r=a=>{let s=e.target==="draft-2020-12"?"$defs":"definitions";if(e.external){let f=e.external.registry.get(a[0])?.id,p=e.external.uri??(v=>v);if(f)return{ref:p(f)};let g=a[1].defId??a[1].schema.id??`schema${e.counter++}`;return a[1].defId=g,{defId:g,ref:`${p("__shared")}#/${s}/${Lb(g)}`}}let u="#",c=`${u}/${s}/`;if(a[1]===n&&!a[1].schema.id)return{ref:u};let l=a[1].schema.id??`__schema${e.counter++}`;return{defId:l,ref:c+Lb(l)}},o=a=>{if(a[1].schema.$ref)return;let s=a[1],{ref:u,defId:c}=r(a);s.def={...s.schema},c&&(s.defId=c);let l=s.schema;for(let f in l)delete l[f];l.$ref=u};if(e.cycles==="throw")for(let a of e.seen.entries()){let s=a[1];if(s.cycle)throw new Error(`Cycle detected: #/${s.cycle?.join("/")}/<root>

Set the \`cycles\` parameter to \`"ref"\` to resolve cyclical schemas with defs.`)}for(let a of e.seen.entries()){let s=a[1];if(t===a[0]){o(a);continue}if(e.external){let c=e.external.registry.get(a[0])?.id;if(t!==a[0]&&c){o(a);continue}}if(e.metadataRegistry.get(a[0])?.id){o(a);continue}if(s.cycle){o(a);continue}s.count>1&&e.reused==="ref"&&o(a)}e.external&&(e.sharedDefsExtractedFor=e.external)}function qb(e){let t=e.anyOf;if(!Array.isArray(t)||t.length===0||e.type!==void 0)return;let n=[];for(let i of t){if(!i||typeof i!="object")return;qb(i);let r=Object.keys(i);if(r.length!==1||r[0]!=="type")return;let o=i.type;for(let a of Array.isArray(o)?o:[o]){if(typeof a!="string")return;n.includes(a)||n.push(a)}}delete e.anyOf,e.type=n.length===1?n[0]:n}var Zb=new Set(["type","properties","required","additionalProperties"]),Mb=["oneOf","anyOf"];function Bb(e){let t=e.additionalProperties;return t===void 0||t===!1||typeof t!="object"||t===null?null:Object.keys(t).length?t:null}function Hf(e){let t=[];for(let o of e){if(typeof o!="object"||o.type!=="object")return null;for(let a in o)if(!Zb.has(a))return null;t.push(o)}let n={},i=new Set;for(let o of t){for(let a in o.properties){if(Object.prototype.hasOwnProperty.call(n,a))continue;let s=[];for(let c of t){let l=c.properties?.[a]??Bb(c);l!=null&&(s.some(f=>JSON.stringify(f)===JSON.stringify(l))||s.push(l))}let u=s.length===1?s[0]:Hf(s)??{allOf:s};Xe(n,a,u)}for(let a of o.required??[])i.add(a)}let r={type:"object",properties:n};if(i.size&&(r.required=[...i]),t.every(o=>o.additionalProperties===!1))r.additionalProperties=!1;else{let o=[];for(let a of t){let s=Bb(a);s&&!o.some(u=>JSON.stringify(u)===JSON.stringify(s))&&o.push(s)}o.length===1?r.additionalProperties=o[0]:o.length>1&&(r.additionalProperties={allOf:o})}return r}function YS(e){let t=e.allOf;if(!Array.isArray(t)||t.length<2)return;for(let r of Zb)if(r in e)return;let n=t.filter(r=>Mb.some(o=>Array.isArray(r[o]))),i=null;if(!n.length)i=Hf(t);else{let r=n[0],o=Mb.find(u=>Array.isArray(r[u]));if(Object.keys(r).length!==1)return;let a=t.filter(u=>u!==r),s=r[o].map(u=>Hf([...a,u]));if(s.some(u=>!u))return;i={[o]:s}}i&&(delete e.allOf,mo(e,i))}function Er(e,t){let n=e.seen.get(t);if(!n)throw new Error("Unprocessed schema. This is a bug in Zod.");let i=s=>{let u=e.seen.get(s);if(u.ref===null)return;let c=u.def??u.schema,l={...c},f=u.ref;if(u.ref=null,f){i(f);let g=e.seen.get(f),v=g.schema;if(v.$ref&&(e.target==="draft-07"||e.target==="draft-04"||e.target==="openapi-3.0")?(c.allOf=c.allOf??[],c.allOf.push(v)):mo(c,v),mo(c,l),s._zod.parent===f)for(let _ in c)_==="$ref"||_==="allOf"||_ in l||delete c[_];if(v.$ref&&g.def)for(let _ in c)_==="$ref"||_==="allOf"||_ in g.def&&JSON.stringify(c[_])===JSON.stringify(g.def[_])&&delete c[_]}let p=s._zod.parent;if(p&&p!==f){i(p);let g=e.seen.get(p);if(g?.schema.$ref&&(c.$ref=g.schema.$ref,g.def))for(let v in c)v==="$ref"||v==="allOf"||v in g.def&&JSON.stringify(c[v])===JSON.stringify(g.def[v])&&delete c[v]}e.override({zodSchema:s,jsonSchema:c,path:u.path??[]})};if(!e.external||e.sharedEmitDoneFor!==e.external){for(let s of[...e.seen.entries()].reverse())i(s[0]);if(e.target!=="openapi-3.0")for(let s of e.seen.entries())qb(s[1].def??s[1].schema);for(let s of e.deferred)s();if(e.intersections.length){let s=new Map;for(let u of e.seen.values())for(let c of[u.schema,u.def]){let l=c?.allOf;if(!Array.isArray(l))continue;let f=s.get(l);f?f.push(c):s.set(l,[c])}for(let u of e.intersections)for(let c of s.get(u)??[])YS(c)}}let r={};if(e.target==="draft-2020-12"?r.$schema="https://json-schema.org/draft/2020-12/schema":e.target==="draft-07"?r.$schema="http://json-schema.org/draft-07/schema#":e.target==="draft-04"?r.$schema="http://json-schema.org/draft-04/schema#":e.target,e.external?.uri){let s=e.external.registry.get(t)?.id;if(!s)throw new Error("Schema is missing an `id` property");r.$id=e.external.uri(s)}mo(r,n.defId?n.schema:n.def??n.schema);let o=e.metadataRegistry.get(t)?.id;o!==void 0&&r.id===o&&delete r.id;let a=e.external?.defs??{};if(!e.external||e.sharedEmitDoneFor!==e.external)for(let s of e.seen.entries()){let u=s[1];u.def&&u.defId&&(u.def.id===u.defId&&delete u.def.id,Xe(a,u.defId,u.def))}e.external&&(e.sharedEmitDoneFor=e.external),e.external||Object.keys(a).length>0&&(e.target==="draft-2020-12"?r.$defs=a:r.definitions=a);try{let s=JSON.parse(JSON.stringify(r));return Object.defineProperty(s,"~standard",{value:{...t["~standard"],jsonSchema:{input:Hn(t,"input",e.processors),output:Hn(t,"output",e.processors)}},enumerable:!1,writable:!1}),s}catch{throw new Error("Error converting schema to JSON.")}}function dt(e,t){let n=t??{seen:new Set};if(n.seen.has(e))return!1;n.seen.add(e);let i=e._zod.def;if(i.type==="transform")return!0;if(i.type==="array")return dt(i.element,n);if(i.type==="set")return dt(i.valueType,n);if(i.type==="lazy")return dt(i.getter(),n);if(i.type==="promise"||i.type==="optional"||i.type==="nonoptional"||i.type==="nullable"||i.type==="readonly"||i.type==="default"||i.type==="prefault"||i.type==="catch")return dt(i.innerType,n);if(i.type==="intersection")return dt(i.left,n)||dt(i.right,n);if(i.type==="record"||i.type==="map")return dt(i.keyType,n)||dt(i.valueType,n);if(i.type==="pipe")return e._zod.traits.has("$ZodCodec")?!0:dt(i.in,n)||dt(i.out,n);if(i.type==="object"){for(let r in i.shape)if(dt(i.shape[r],n))return!0;return!1}if(i.type==="union"){for(let r of i.options)if(dt(r,n))return!0;return!1}if(i.type==="tuple"){for(let r of i.items)if(dt(r,n))return!0;return!!(i.rest&&dt(i.rest,n))}return!1}var Wf=(e,t={})=>n=>{let i=Tr({...n,processors:t});return Te(e,i),Rr(i,e),Er(i,e)},Hn=(e,t,n={})=>i=>{let{libraryOptions:r,target:o}=i??{},a=Tr({...r??{},target:o,io:t,processors:n});return Te(e,a),Rr(a,e),Er(a,e)};var Wn=(e,t,n)=>{(e[t]===void 0||n>e[t])&&(e[t]=n)},Jn=(e,t,n)=>{(e[t]===void 0||n<e[t])&&(e[t]=n)},Vb=(e,t)=>{Wn(e,"minimum",t),Jn(e,"maximum",t)},Wb=(e,t)=>{e.multipleOf??(e.multipleOf=[]),e.multipleOf.includes(t)||e.multipleOf.push(t)},Jb=(e,t)=>{e.patterns??(e.patterns=new Set),e.patterns.add(t)},Xb=(e,t)=>{e.mime=e.mime?e.mime.filter(n=>t.includes(n)):[...t]},Yb=(e,t)=>{e.format=t,t.includes("int")&&(e.isInt=!0)},Gb=(e,t)=>Wn(e,"minimum",t.minimum),Kb=(e,t)=>Jn(e,"maximum",t.maximum),Hb=e=>(t,n)=>{Yb(t,n.format);let[i,r]=e[n.format];Wn(t,"minimum",i),Jn(t,"maximum",r)},QS={greater_than:(e,t)=>Wn(e,t.inclusive?"minimum":"exclusiveMinimum",t.value),less_than:(e,t)=>Jn(e,t.inclusive?"maximum":"exclusiveMaximum",t.value),multiple_of:(e,t)=>Wb(e,t.value),number_format:Hb(Ui),bigint_format:Hb(Ni),min_length:Gb,max_length:Kb,length_equals:(e,t)=>Vb(e,t.length),min_size:Gb,max_size:Kb,size_equals:(e,t)=>Vb(e,t.size),string_format:(e,t)=>{Yb(e,t.format),t.pattern&&Jb(e,t.pattern),(t.format==="base64"||t.format==="base64url")&&(e.contentEncoding=t.format),(t.local||t.precision===-1)&&(e.laxFormat=!0)},mime_type:(e,t)=>Xb(e,t.mime)};function Ke(e){let t={},n=e._zod.def,i=e._zod.traits.has("$ZodCheck")?[e,...n.checks??[]]:n.checks??[];for(let o of i)QS[o._zod.def.check]?.(t,o._zod.def);let r=e._zod.bag;r.minimum!==void 0&&Wn(t,"minimum",r.minimum),r.exclusiveMinimum!==void 0&&Wn(t,"exclusiveMinimum",r.exclusiveMinimum),r.maximum!==void 0&&Jn(t,"maximum",r.maximum),r.exclusiveMaximum!==void 0&&Jn(t,"exclusiveMaximum",r.exclusiveMaximum),r.multipleOf!==void 0&&Wb(t,r.multipleOf),r.format!==void 0&&(t.format??(t.format=r.format),r.format.includes("int")&&(t.isInt=!0)),r.mime&&Xb(t,r.mime);for(let o of r.patterns??[])Jb(t,o);return t}var eI={guid:"uuid",url:"uri",datetime:"date-time",json_string:"json-string",regex:""},tI=new Map([[Ua,el],[Yi,tl]]),Qb=e=>tI.get(e)??e,Yf=(e,t,n,i)=>{let r=n;r.type="string";let{minimum:o,maximum:a,format:s,patterns:u,contentEncoding:c,laxFormat:l}=Ke(e);if(typeof o=="number"&&(r.minLength=o),typeof a=="number"&&(r.maxLength=a),s&&(r.format=eI[s]??s,r.format===""&&delete r.format,(s==="time"||l)&&delete r.format),c&&(r.contentEncoding=c),u&&u.size>0){let f=[...u].map(Qb);f.length===1?r.pattern=f[0].source:f.length>1&&(r.allOf=[...f.map(p=>({...t.target==="draft-07"||t.target==="draft-04"||t.target==="openapi-3.0"?{type:"string"}:{},pattern:p.source}))])}},Qf=(e,t,n,i)=>{let r=n,{minimum:o,maximum:a,multipleOf:s,exclusiveMaximum:u,exclusiveMinimum:c,isInt:l}=Ke(e);r.type=l?"integer":"number";let f=typeof c=="number"&&c>=(o??Number.NEGATIVE_INFINITY),p=typeof u=="number"&&u<=(a??Number.POSITIVE_INFINITY),g=t.target==="draft-04"||t.target==="openapi-3.0";if(f?g?(r.minimum=c,r.exclusiveMinimum=!0):r.exclusiveMinimum=c:typeof o=="number"&&(r.minimum=o),p?g?(r.maximum=u,r.exclusiveMaximum=!0):r.exclusiveMaximum=u:typeof a=="number"&&(r.maximum=a),s){let v=new Set;for(let w of s)Number.isFinite(w)&&w!==0?v.add(Math.abs(w)):Ge(e,t,r,i,`A multipleOf divisor of ${w} cannot be represented in JSON Schema`);let[h,..._]=v;h!==void 0&&(r.multipleOf=h),_.length&&(r.allOf=[...r.allOf??[],..._.map(w=>({multipleOf:w}))])}},ep=(e,t,n,i)=>{n.type="boolean"},tp=(e,t,n,i)=>{Ge(e,t,n,i,"BigInt cannot be represented in JSON Schema")},rp=(e,t,n,i)=>{Ge(e,t,n,i,"Symbols cannot be represented in JSON Schema")},np=(e,t,n,i)=>{t.target==="openapi-3.0"?(n.type="string",n.nullable=!0,n.enum=[null]):n.type="null"},ip=(e,t,n,i)=>{Ge(e,t,n,i,"Undefined cannot be represented in JSON Schema")},op=(e,t,n,i)=>{Ge(e,t,n,i,"Void cannot be represented in JSON Schema")},ap=(e,t,n,i)=>{n.not={}},sp=(e,t,n,i)=>{},cp=(e,t,n,i)=>{},up=(e,t,n,i)=>{Ge(e,t,n,i,"Date cannot be represented in JSON Schema")},lp=(e,t,n,i)=>{let r=e._zod.def,o=$n(r.entries);if(o.length===0){n.not={};return}o.every(a=>typeof a=="number")&&(n.type="number"),o.every(a=>typeof a=="string")&&(n.type="string"),n.enum=o},dp=(e,t,n,i)=>{let r=e._zod.def;if(r.values.length===0){n.not={};return}let o=[];for(let a of r.values)if(a===void 0){if(Ge(e,t,n,i,"Literal `undefined` cannot be represented in JSON Schema"))return}else if(typeof a=="bigint"){if(Ge(e,t,n,i,"BigInt literals cannot be represented in JSON Schema"))return;o.push(Number(a))}else o.push(a);if(o.length!==0)if(o.length===1){let a=o[0];n.type=a===null?"null":typeof a,t.target==="draft-04"||t.target==="openapi-3.0"?n.enum=[a]:n.const=a}else o.every(a=>typeof a=="number")&&(n.type="number"),o.every(a=>typeof a=="string")&&(n.type="string"),o.every(a=>typeof a=="boolean")&&(n.type="boolean"),o.every(a=>a===null)&&(n.type="null"),n.enum=o},fp=(e,t,n,i)=>{Ge(e,t,n,i,"NaN cannot be represented in JSON Schema")},pp=(e,t,n,i)=>{let r=n,o=e._zod.pattern;if(!o)throw new Error("Pattern not found in template literal");r.type="string",r.pattern=o.source},mp=(e,t,n,i)=>{let r=n;r.type="string",r.format="binary",r.contentEncoding="binary";let{minimum:o,maximum:a,mime:s}=Ke(e);o!==void 0&&(r.minLength=o),a!==void 0&&(r.maxLength=a),s&&(s.length===0?r.not={}:s.length===1?r.contentMediaType=s[0]:r.anyOf=s.map(u=>({contentMediaType:u})))},gp=(e,t,n,i)=>{n.type="boolean"},hp=(e,t,n,i)=>{Ge(e,t,n,i,"Custom types cannot be represented in JSON Schema")},vp=(e,t,n,i)=>{Ge(e,t,n,i,"Function types cannot be represented in JSON Schema")},bp=(e,t,n,i)=>{Ge(e,t,n,i,"Transforms cannot be represented in JSON Schema")},yp=(e,t,n,i)=>{Ge(e,t,n,i,"Map cannot be represented in JSON Schema")},$p=(e,t,n,i)=>{Ge(e,t,n,i,"Set cannot be represented in JSON Schema")},wp=(e,t,n,i)=>{let r=n,o=e._zod.def,{minimum:a,maximum:s}=Ke(e);typeof a=="number"&&(r.minItems=a),typeof s=="number"&&(r.maxItems=s),r.type="array",r.items=Te(o.element,t,{...i,path:[...i.path,"items"]})};function go(e){let t=e._zod.def;return t.type==="pipe"&&t.in._zod.traits.has("$ZodTransform")?go(t.out):t.type==="catch"?go(t.innerType):e._zod.optin}var xp=(e,t,n,i)=>{let r=n,o=e._zod.def,a=o.shape;if(Object.getOwnPropertySymbols(a).length&&Ge(e,t,r,i,"Symbol keys cannot be represented in JSON Schema"))return;r.type="object",r.properties={};for(let c in a)Xe(r.properties,c,Te(a[c],t,{...i,path:[...i.path,"properties",c]}));let u=[];for(let c of Object.keys(a)){let l=o.shape[c];(t.io==="input"?go(l)===void 0:l._zod.optout===void 0)&&u.push(c)}u.length>0&&(r.required=u),o.catchall?._zod.def.type==="never"?r.additionalProperties=!1:o.catchall?o.catchall&&(r.additionalProperties=Te(o.catchall,t,{...i,path:[...i.path,"additionalProperties"]})):t.io==="output"&&(r.additionalProperties=!1)},Rs=(e,t,n,i)=>{let r=e._zod.def,o=r.inclusive===!1,a=r.options.map((s,u)=>Te(s,t,{...i,path:[...i.path,o?"oneOf":"anyOf",u]}));o?n.oneOf=a:n.anyOf=a},kp=(e,t,n,i)=>{let r=e._zod.def,o=Te(r.left,t,{...i,path:[...i.path,"allOf",0]}),a=Te(r.right,t,{...i,path:[...i.path,"allOf",1]}),s=c=>"allOf"in c&&Object.keys(c).length===1,u=[...s(o)?o.allOf:[o],...s(a)?a.allOf:[a]];n.allOf=u,t.intersections.push(u)},_p=(e,t,n,i)=>{let r=n,o=e._zod.def;r.type="array";let a=t.target==="draft-2020-12"?"prefixItems":"items",s=t.target==="draft-2020-12"||t.target==="openapi-3.0"?"items":"additionalItems",u=o.items.map((h,_)=>Te(h,t,{...i,path:[...i.path,a,_]})),c=o.rest?Te(o.rest,t,{...i,path:[...i.path,s,...t.target==="openapi-3.0"?[o.items.length]:[]]}):null,l=o.items.length;for(;l>0;){let h=o.items[l-1];if(!(t.io==="input"?go(h)!==void 0:h._zod.optout==="optional"))break;l--}let f=o.items.length,p=!o.rest;t.target==="draft-2020-12"?(r.prefixItems=u,p?r.items=!1:c&&(r.items=c),l>0&&(r.minItems=l),p&&(r.maxItems=f)):t.target==="openapi-3.0"?(r.items={anyOf:u},c&&r.items.anyOf.push(c),l>0&&(r.minItems=l),p&&(r.maxItems=f)):(r.items=u,p?r.additionalItems=!1:c&&(r.additionalItems=c),l>0&&(r.minItems=l),p&&(r.maxItems=f));let{minimum:g,maximum:v}=Ke(e);typeof g=="number"&&(r.minItems=g),typeof v=="number"&&(r.maxItems=v)};function Jf(e,t,n){if(t.$ref){if(n.has(t))return t;n.add(t);let v=e.get(t)?.def;if(!v)return t;let h=Jf(e,v,n);return h===v?t:h}for(let v of["anyOf","oneOf"]){let h=t[v];if(!Array.isArray(h))continue;let _=h.map(w=>Jf(e,w,n));_.some((w,x)=>w!==h[x])&&(t={...t,[v]:_})}let i=Array.isArray(t.type)?t.type:[t.type],r=!i.includes("string")&&i.some(v=>v==="number"||v==="integer"),o=t.enum??(t.const!==void 0?[t.const]:void 0);if(!r&&!o?.some(v=>typeof v=="number"))return t;let{minimum:a,maximum:s,exclusiveMinimum:u,exclusiveMaximum:c,multipleOf:l,format:f,id:p,...g}=t;return g.enum?g.enum=g.enum.map(v=>typeof v=="number"?String(v):v):typeof g.const=="number"&&(g.const=String(g.const)),r&&(g.type="string",o||(g.pattern=(i.includes("number")?ur:Vi).source)),g}var Xf=new WeakMap;function rI(e){let t=new Map;for(let i of e.seen.values())i.def&&!t.has(i.schema)&&t.set(i.schema,i);let n=new Map;for(let i of Xf.get(e)??[]){let r=e.seen.get(i),o=(r?.def??r?.schema)?.propertyNames;if(!o||o===!0||n.has(o))continue;let a=Jf(t,o,new Set);a!==o&&n.set(o,a)}if(n.size)for(let i of e.seen.values())for(let r of[i.schema,i.def]){let o=r&&n.get(r.propertyNames);o&&(r.propertyNames=o)}}var Ap=(e,t,n,i)=>{let r=n,o=e._zod.def;r.type="object";let a=o.keyType,s=Ke(a).patterns;if(o.mode==="loose"&&s&&s.size>0){let l=Te(o.valueType,t,{...i,path:[...i.path,"patternProperties","*"]});r.patternProperties={};for(let f of s)Xe(r.patternProperties,Qb(f).source,l)}else{if(t.target==="draft-07"||t.target==="draft-2020-12"){r.propertyNames=Te(o.keyType,t,{...i,path:[...i.path,"propertyNames"]});let l=Xf.get(t);l||(l=[],Xf.set(t,l),t.deferred.push(()=>rI(t))),l.push(e)}r.additionalProperties=Te(o.valueType,t,{...i,path:[...i.path,"additionalProperties"]})}let u=a._zod.values,c=t.io==="input"&&go(o.valueType)!==void 0;if(u&&!o.partial&&!c){let l=[...u].filter(f=>typeof f=="string"||typeof f=="number");l.length>0&&(r.required=l.map(String))}},Sp=(e,t,n,i)=>{let r=e._zod.def,o=Te(r.innerType,t,i),a=t.seen.get(e);t.target==="openapi-3.0"?(a.ref=r.innerType,n.nullable=!0):n.anyOf=[o,{type:"null"}]},Ip=(e,t,n,i)=>{let r=e._zod.def;Te(r.innerType,t,i);let o=t.seen.get(e);o.ref=r.innerType},Pp=Symbol();function ey(e,t,n,i,r){let o=!1,a=JSON.stringify(e,(s,u)=>typeof u!="bigint"?u:(o=!0,null));return o?(Ge(t,n,i,r,"BigInt defaults cannot be represented in JSON Schema"),Pp):JSON.parse(a)}var Dp=(e,t,n,i)=>{let r=e._zod.def;Te(r.innerType,t,i);let o=t.seen.get(e);o.ref=r.innerType;let a=ey(r.defaultValue,e,t,n,i);a!==Pp&&(n.default=a)},Tp=(e,t,n,i)=>{let r=e._zod.def;Te(r.innerType,t,i);let o=t.seen.get(e);if(o.ref=r.innerType,t.io!=="input")return;let a=ey(r.defaultValue,e,t,n,i);a!==Pp&&(n._prefault=a)},Rp=(e,t,n,i)=>{let r=e._zod.def;Te(r.innerType,t,i);let o=t.seen.get(e);o.ref=r.innerType;let a;try{a=r.catchValue(void 0)}catch{Ge(e,t,n,i,"Dynamic catch values are not supported in JSON Schema");return}n.default=a},Ep=(e,t,n,i)=>{let r=e._zod.def,o=r.in._zod.traits.has("$ZodTransform"),a=t.io==="input"?o?r.out:r.in:r.out;Te(a,t,i);let s=t.seen.get(e);s.ref=a},Op=(e,t,n,i)=>{let r=e._zod.def;Te(r.innerType,t,i);let o=t.seen.get(e);o.ref=r.innerType,n.readOnly=!0},Up=(e,t,n,i)=>{let r=e._zod.def;Te(r.innerType,t,i);let o=t.seen.get(e);o.ref=r.innerType},Es=(e,t,n,i)=>{let r=e._zod.def;Te(r.innerType,t,i);let o=t.seen.get(e);o.ref=r.innerType},Np=(e,t,n,i)=>{let r=e._zod.innerType;Te(r,t,i);let o=t.seen.get(e);o.ref=r},Ts={string:Yf,number:Qf,boolean:ep,bigint:tp,symbol:rp,null:np,undefined:ip,void:op,never:ap,any:sp,unknown:cp,date:up,enum:lp,literal:dp,nan:fp,template_literal:pp,file:mp,success:gp,custom:hp,function:vp,transform:bp,map:yp,set:$p,array:wp,object:xp,union:Rs,intersection:kp,tuple:_p,record:Ap,nullable:Sp,nonoptional:Ip,default:Dp,prefault:Tp,catch:Rp,pipe:Ep,readonly:Op,promise:Up,optional:Es,lazy:Np};function Os(e,t){if("_idmap"in e){let i=e,r=Tr({...t,processors:Ts}),o={};for(let u of i._idmap.entries()){let[c,l]=u;Te(l,r)}let a={},s={registry:i,uri:t?.uri,defs:o};r.external=s;for(let u of i._idmap.entries()){let[c,l]=u;Rr(r,l),Xe(a,c,Er(r,l))}if(Object.keys(o).length>0){let u=r.target==="draft-2020-12"?"$defs":"definitions";a.__shared={[u]:o}}return{schemas:a}}let n=Tr({...t,processors:Ts});return Te(e,n),Rr(n,e),Er(n,e)}var Us=class{get metadataRegistry(){return this.ctx.metadataRegistry}get target(){return this.ctx.target}get unrepresentable(){return this.ctx.unrepresentable}get override(){return this.ctx.override}get io(){return this.ctx.io}get counter(){return this.ctx.counter}set counter(t){this.ctx.counter=t}get seen(){return this.ctx.seen}constructor(t){let n=t?.target??"draft-2020-12";n==="draft-4"&&(n="draft-04"),n==="draft-7"&&(n="draft-07"),this.ctx=Tr({processors:Ts,target:n,...t?.metadata&&{metadata:t.metadata},...t?.unrepresentable&&{unrepresentable:t.unrepresentable},...t?.override&&{override:t.override},...t?.io&&{io:t.io}})}process(t,n={path:[],schemaPath:[]}){return Te(t,this.ctx,n)}emit(t,n){n&&(n.cycles&&(this.ctx.cycles=n.cycles),n.reused&&(this.ctx.reused=n.reused),n.external&&(this.ctx.external=n.external)),this.ctx.sharedDefsExtractedFor=void 0,this.ctx.sharedEmitDoneFor=void 0,Rr(this.ctx,t);let i=Er(this.ctx,t),{"~standard":r,...o}=i;return o}};var ty={};var ii={};nr(ii,{ZodAny:()=>nm,ZodArray:()=>sm,ZodBase64:()=>Qs,ZodBase64URL:()=>ec,ZodBigInt:()=>ri,ZodBigIntFormat:()=>nc,ZodBoolean:()=>ti,ZodCIDRv4:()=>Xs,ZodCIDRv6:()=>Ys,ZodCUID:()=>Zs,ZodCUID2:()=>Vs,ZodCatch:()=>Pm,ZodCodec:()=>Ao,ZodCreditCard:()=>Wp,ZodCustom:()=>So,ZodCustomStringFormat:()=>an,ZodDate:()=>yo,ZodDefault:()=>xm,ZodDiscriminatedUnion:()=>um,ZodE164:()=>tc,ZodEmail:()=>Ls,ZodEmoji:()=>Bs,ZodEnum:()=>Yn,ZodExactOptional:()=>sc,ZodFile:()=>bm,ZodFunction:()=>jm,ZodGUID:()=>Ms,ZodIBAN:()=>Jp,ZodIPv4:()=>Ws,ZodIPv6:()=>Js,ZodISODate:()=>Ur,ZodISODateTime:()=>Or,ZodISODuration:()=>zr,ZodISOTime:()=>Nr,ZodInstanceOf:()=>Mm,ZodIntersection:()=>lm,ZodJWT:()=>rc,ZodKSUID:()=>Hs,ZodLazy:()=>Nm,ZodLiteral:()=>vm,ZodMAC:()=>Hp,ZodMap:()=>gm,ZodNaN:()=>Tm,ZodNanoID:()=>qs,ZodNever:()=>om,ZodNonOptional:()=>cc,ZodNull:()=>tm,ZodNullable:()=>wm,ZodNumber:()=>ei,ZodNumberFormat:()=>sn,ZodObject:()=>wo,ZodOptional:()=>ko,ZodPipe:()=>_o,ZodPrefault:()=>_m,ZodPreprocess:()=>Rm,ZodPromise:()=>Cm,ZodReadonly:()=>Em,ZodRecord:()=>Xn,ZodSet:()=>hm,ZodString:()=>Qn,ZodStringFormat:()=>Re,ZodSuccess:()=>Im,ZodSymbol:()=>Qp,ZodTemplateLiteral:()=>Um,ZodTransform:()=>ym,ZodTuple:()=>fm,ZodType:()=>ve,ZodULID:()=>Gs,ZodURL:()=>bo,ZodUUID:()=>rr,ZodUndefined:()=>em,ZodUnion:()=>xo,ZodUnknown:()=>im,ZodVoid:()=>am,ZodXID:()=>Ks,ZodXor:()=>cm,_ZodString:()=>Fs,_default:()=>km,_function:()=>p1,any:()=>Zy,array:()=>$o,base64:()=>_y,base64url:()=>Ay,bigint:()=>Fy,boolean:()=>Yp,catch:()=>Dm,check:()=>m1,cidrv4:()=>xy,cidrv6:()=>ky,codec:()=>u1,creditCard:()=>Iy,cuid:()=>my,cuid2:()=>gy,currencyCode:()=>Oy,custom:()=>g1,date:()=>Gy,describe:()=>h1,discriminatedUnion:()=>Yy,e164:()=>Sy,email:()=>iy,emoji:()=>fy,enum:()=>oc,exactOptional:()=>$m,file:()=>o1,float32:()=>Ny,float64:()=>zy,function:()=>p1,guid:()=>oy,hash:()=>Uy,hex:()=>Ey,hostname:()=>Ry,httpUrl:()=>dy,iban:()=>Py,instanceof:()=>b1,int:()=>Cs,int32:()=>Cy,int64:()=>Ly,intersection:()=>dm,invertCodec:()=>l1,ipv4:()=>yy,ipv6:()=>wy,json:()=>$1,jwt:()=>Dy,keyof:()=>Ky,ksuid:()=>by,lazy:()=>zm,literal:()=>i1,looseObject:()=>Jy,looseRecord:()=>e1,mac:()=>$y,map:()=>t1,meta:()=>v1,nan:()=>c1,nanoid:()=>py,nativeEnum:()=>n1,never:()=>ic,nonoptional:()=>Sm,null:()=>rm,nullable:()=>vo,nullish:()=>a1,number:()=>Xp,object:()=>Hy,optional:()=>nn,partialRecord:()=>Qy,pipe:()=>js,prefault:()=>Am,preprocess:()=>w1,promise:()=>f1,readonly:()=>Om,record:()=>mm,refine:()=>Fm,set:()=>r1,strictObject:()=>Wy,string:()=>ho,stringFormat:()=>Ty,stringbool:()=>y1,success:()=>s1,superRefine:()=>Lm,symbol:()=>By,templateLiteral:()=>d1,transform:()=>ac,tuple:()=>pm,uint32:()=>jy,uint64:()=>My,ulid:()=>hy,undefined:()=>qy,union:()=>ni,unknown:()=>rn,url:()=>ly,uuid:()=>ay,uuidv4:()=>sy,uuidv6:()=>cy,uuidv7:()=>uy,void:()=>Vy,xid:()=>vy,xor:()=>Xy});var Ns={};nr(Ns,{endsWith:()=>Ln,gt:()=>er,gte:()=>Tt,includes:()=>jn,length:()=>en,lowercase:()=>zn,lt:()=>Qt,lte:()=>Dt,maxLength:()=>Qr,maxSize:()=>Dr,mime:()=>Bn,minLength:()=>lr,minSize:()=>tr,multipleOf:()=>Pr,negative:()=>Ss,nonnegative:()=>Ps,nonpositive:()=>Is,normalize:()=>qn,overwrite:()=>Gt,positive:()=>As,properties:()=>Mn,property:()=>Ds,regex:()=>Nn,size:()=>Yr,slugify:()=>Kn,startsWith:()=>Fn,toLowerCase:()=>Vn,toUpperCase:()=>Gn,trim:()=>Zn,uppercase:()=>Cn});var ry=new WeakSet([Object.prototype,Error.prototype]);function zs(e,t,n){Object.defineProperty(e,t,{configurable:!0,enumerable:!1,get(){let i=n(this);return Object.defineProperty(this,t,{value:i,configurable:!0,writable:!0}),i},set(i){Object.defineProperty(this,t,{value:i,configurable:!0,writable:!0})}})}var ny=(e,t)=>{Uu.init(e,t),e.name="ZodError";let n=Object.getPrototypeOf(e);ry.has(n)||(ry.add(n),zs(n,"format",i=>r=>Mi(i,r)),zs(n,"flatten",i=>r=>Li(i,r)),zs(n,"addIssue",i=>r=>{i.issues.push(r),i.message=JSON.stringify(i.issues,wn,2)}),zs(n,"addIssues",i=>r=>{i.issues.push(...r),i.message=JSON.stringify(i.issues,wn,2)}),Object.defineProperty(n,"isEmpty",{configurable:!0,enumerable:!1,get(){return this.issues.length===0}}))},iI=y("ZodError",ny),kt=y("ZodError",ny,void 0,{Parent:Error});var zp=Sn(kt),Cp=In(kt),jp=Pn(kt),Fp=Dn(kt),Lp=da(kt),Mp=fa(kt),Bp=pa(kt),qp=ma(kt),Zp=ga(kt),Vp=ha(kt),Gp=va(kt),Kp=ba(kt);function aI(){He.localeError||Fe(Ja())}function on(){He.memoizer||Fe({memoizer:oo()})}var ve=y("ZodType",(e,t)=>(aI(),me.init(e,t),e.def=t,e.type=t.type,e),{check(...e){let t=this.def;return this.clone(E.mergeDefs(t,{checks:[...t.checks??[],...e.map(n=>typeof n=="function"?{_zod:{check:n,def:{check:"custom"},onattach:[]}}:n)]}),{parent:!0})},with(...e){return this.check(...e)},clone(e,t){return Pe(this,e,t)},brand(){return this},register(e,t){return e.add(this,t),this},refine(e,t){return this.check(Fm(e,t))},superRefine(e,t){return this.check(Lm(e,t))},overwrite(e){return this.check(Gt(e))},optional(){return nn(this)},exactOptional(){return $m(this)},nullable(){return vo(this)},nullish(){return nn(vo(this))},nonoptional(e){return Sm(this,e)},array(){return $o(this)},or(e){return ni([this,e])},and(e){return dm(this,e)},transform(e){return js(this,ac(e))},default(e){return km(this,e)},prefault(e){return Am(this,e)},catch(e){return Dm(this,e)},pipe(e){return js(this,e)},readonly(){return Om(this)},describe(e){let t=this.clone();return Ye.add(t,{description:e}),t},meta(...e){if(e.length===0)return Ye.get(this);let t=this.clone();return Ye.add(t,e[0]),t},isOptional(){return this.safeParse(void 0).success},isNullable(){return this.safeParse(null).success},apply(e,...t){return t.length===0?e(this):e(this,...t)},get"~standard"(){return E.hide(this,"~standard",{...Da(this),jsonSchema:{input:Hn(this,"input"),output:Hn(this,"output")}})},set"~standard"(e){E.own(this,"~standard",e)},parse:function e(t,n){return zp(this,t,n,{callee:e})},parseAsync:async function e(t,n){return await Cp(this,t,n,{callee:e})},safeParse(e,t){return jp(this,e,t)},async safeParseAsync(e,t){return Fp(this,e,t)},get spa(){return this?.safeParseAsync},set spa(e){E.own(this,"spa",e)},validate(e,t){return Bi(this,e,t)},validateAsync(e,t){return qi(this,e,t)},encode:function e(t,n){return Lp(this,t,n,{callee:e})},decode:function e(t,n){return Mp(this,t,n,{callee:e})},encodeAsync:async function e(t,n){return await Bp(this,t,n,{callee:e})},decodeAsync:async function e(t,n){return await qp(this,t,n,{callee:e})},safeEncode(e,t){return Zp(this,e,t)},safeDecode(e,t){return Vp(this,e,t)},async safeEncodeAsync(e,t){return Gp(this,e,t)},async safeDecodeAsync(e,t){return Kp(this,e,t)},toJSONSchema(e){return Wf(this,{})(e)},get description(){return Ye.get(this)?.description},get _def(){return this._zod.def}}),Fs=y("_ZodString",(e,t)=>{Hr.init(e,t),ve.init(e,t),e._zod.processJSONSchema=(n,i,r)=>Yf(e,n,i,r)},E.derived({format:e=>Ke(e).format??null,minLength:e=>Ke(e).minimum??null,maxLength:e=>Ke(e).maximum??null},{regex(...e){return this.check(Nn(...e))},includes(...e){return this.check(jn(...e))},startsWith(...e){return this.check(Fn(...e))},endsWith(...e){return this.check(Ln(...e))},min(...e){return this.check(lr(...e))},max(...e){return this.check(Qr(...e))},length(...e){return this.check(en(...e))},nonempty(...e){return this.check(lr(1,...e))},lowercase(e){return this.check(zn(e))},uppercase(e){return this.check(Cn(e))},trim(){return this.check(Zn())},normalize(...e){return this.check(qn(...e))},toLowerCase(){return this.check(Vn())},toUpperCase(){return this.check(Gn())},slugify(){return this.check(Kn())}})),Qn=y("ZodString",(e,t)=>{Hr.init(e,t),Fs.init(e,t)},{email(e){return this.check(is(Ls,e))},url(e){return this.check(co(bo,e))},jwt(e){return this.check(_s(rc,e))},emoji(e){return this.check(ls(Bs,e))},guid(e){return this.check(os(Ms,e))},uuid(e){return this.check(as(rr,e))},uuidv4(e){return this.check(ss(rr,e))},uuidv6(e){return this.check(cs(rr,e))},uuidv7(e){return this.check(us(rr,e))},nanoid(e){return this.check(ds(qs,e))},cuid(e){return this.check(fs(Zs,e))},cuid2(e){return this.check(ps(Vs,e))},ulid(e){return this.check(ms(Gs,e))},base64(e){return this.check(ws(Qs,e))},base64url(e){return this.check(xs(ec,e))},xid(e){return this.check(gs(Ks,e))},ksuid(e){return this.check(hs(Hs,e))},ipv4(e){return this.check(vs(Ws,e))},ipv6(e){return this.check(bs(Js,e))},cidrv4(e){return this.check(ys(Xs,e))},cidrv6(e){return this.check($s(Ys,e))},e164(e){return this.check(ks(tc,e))},datetime(e){return this.check(uo(Or,e))},date(e){return this.check(lo(Ur,e))},time(e){return this.check(fo(Nr,e))},duration(e){return this.check(po(zr,e))}});function ho(e){return df(Qn,e)}var Re=y("ZodStringFormat",(e,t)=>{De.init(e,t),Fs.init(e,t)}),Or=y("ZodISODateTime",(e,t)=>{ed.init(e,t),Re.init(e,t)}),Ur=y("ZodISODate",(e,t)=>{td.init(e,t),Re.init(e,t)}),Nr=y("ZodISOTime",(e,t)=>{rd.init(e,t),Re.init(e,t)}),zr=y("ZodISODuration",(e,t)=>{nd.init(e,t),Re.init(e,t)}),Ls=y("ZodEmail",(e,t)=>{ql.init(e,t),Re.init(e,t)});function iy(e){return is(Ls,e)}var Ms=y("ZodGUID",(e,t)=>{Ml.init(e,t),Re.init(e,t)});function oy(e){return os(Ms,e)}var rr=y("ZodUUID",(e,t)=>{Bl.init(e,t),Re.init(e,t)});function ay(e){return as(rr,e)}function sy(e){return ss(rr,e)}function cy(e){return cs(rr,e)}function uy(e){return us(rr,e)}var bo=y("ZodURL",(e,t)=>{Gl.init(e,t),Re.init(e,t)});function ly(e){return co(bo,e)}function dy(e){return co(bo,{protocol:Zi,hostname:nl,...E.normalizeParams(e)})}var Bs=y("ZodEmoji",(e,t)=>{Kl.init(e,t),Re.init(e,t)});function fy(e){return ls(Bs,e)}var qs=y("ZodNanoID",(e,t)=>{Hl.init(e,t),Re.init(e,t)});function py(e){return ds(qs,e)}var Zs=y("ZodCUID",(e,t)=>{Wl.init(e,t),Re.init(e,t)});function my(e){return fs(Zs,e)}var Vs=y("ZodCUID2",(e,t)=>{Jl.init(e,t),Re.init(e,t)});function gy(e){return ps(Vs,e)}var Gs=y("ZodULID",(e,t)=>{Xl.init(e,t),Re.init(e,t)});function hy(e){return ms(Gs,e)}var Ks=y("ZodXID",(e,t)=>{Yl.init(e,t),Re.init(e,t)});function vy(e){return gs(Ks,e)}var Hs=y("ZodKSUID",(e,t)=>{Ql.init(e,t),Re.init(e,t)});function by(e){return hs(Hs,e)}var Ws=y("ZodIPv4",(e,t)=>{id.init(e,t),Re.init(e,t)});function yy(e){return vs(Ws,e)}var Hp=y("ZodMAC",(e,t)=>{ad.init(e,t),Re.init(e,t)});function $y(e){return pf(Hp,e)}var Js=y("ZodIPv6",(e,t)=>{od.init(e,t),Re.init(e,t)});function wy(e){return bs(Js,e)}var Xs=y("ZodCIDRv4",(e,t)=>{sd.init(e,t),Re.init(e,t)});function xy(e){return ys(Xs,e)}var Ys=y("ZodCIDRv6",(e,t)=>{cd.init(e,t),Re.init(e,t)});function ky(e){return $s(Ys,e)}var Qs=y("ZodBase64",(e,t)=>{ud.init(e,t),Re.init(e,t)});function _y(e){return ws(Qs,e)}var ec=y("ZodBase64URL",(e,t)=>{ld.init(e,t),Re.init(e,t)});function Ay(e){return xs(ec,e)}var tc=y("ZodE164",(e,t)=>{dd.init(e,t),Re.init(e,t)});function Sy(e){return ks(tc,e)}var Wp=y("ZodCreditCard",(e,t)=>{fd.init(e,t),Re.init(e,t)});function Iy(e){return mf(Wp,e)}var Jp=y("ZodIBAN",(e,t)=>{pd.init(e,t),Re.init(e,t)});function Py(e){return gf(Jp,e)}var rc=y("ZodJWT",(e,t)=>{md.init(e,t),Re.init(e,t)});function Dy(e){return _s(rc,e)}var an=y("ZodCustomStringFormat",(e,t)=>{gd.init(e,t),Re.init(e,t)});function Ty(e,t,n={}){return tn(an,e,t,n)}function Ry(e){return tn(an,"hostname",rl,e)}function Ey(e){return tn(an,"hex",vl,e)}function Oy(e){return tn(an,"currency_code",ol,e)}function Uy(e,t){let n=t?.enc??"hex",i=`${e}_${n}`,r=zt[i];if(!r)throw new Error(`Unrecognized hash format: ${i}`);return tn(an,i,r,t)}var ei=y("ZodNumber",(e,t)=>{Fa.init(e,t),ve.init(e,t),e._zod.processJSONSchema=(n,i,r)=>Qf(e,n,i,r),e.isFinite=!0},E.derived({minValue:e=>{let{minimum:t,exclusiveMinimum:n}=Ke(e);return Math.max(t??Number.NEGATIVE_INFINITY,n??Number.NEGATIVE_INFINITY)},maxValue:e=>{let{maximum:t,exclusiveMaximum:n}=Ke(e);return Math.min(t??Number.POSITIVE_INFINITY,n??Number.POSITIVE_INFINITY)},isInt:e=>{let{isInt:t,multipleOf:n}=Ke(e);return!!t||!!n?.some(Number.isSafeInteger)},format:e=>Ke(e).format??null},{gt(e,t){return this.check(er(e,t))},gte(e,t){return this.check(Tt(e,t))},min(e,t){return this.check(Tt(e,t))},lt(e,t){return this.check(Qt(e,t))},lte(e,t){return this.check(Dt(e,t))},max(e,t){return this.check(Dt(e,t))},int(e){return this.check(Cs(e))},safe(e){return this.check(Cs(e))},positive(e){return this.check(er(0,e))},nonnegative(e){return this.check(Tt(0,e))},negative(e){return this.check(Qt(0,e))},nonpositive(e){return this.check(Dt(0,e))},multipleOf(e,t){return this.check(Pr(e,t))},step(e,t){return this.check(Pr(e,t))},finite(){return this}}));function Xp(e){return vf(ei,e)}var sn=y("ZodNumberFormat",(e,t)=>{hd.init(e,t),ei.init(e,t)});function Cs(e){return yf(sn,e)}function Ny(e){return $f(sn,e)}function zy(e){return wf(sn,e)}function Cy(e){return xf(sn,e)}function jy(e){return kf(sn,e)}var ti=y("ZodBoolean",(e,t)=>{Qi.init(e,t),ve.init(e,t),e._zod.processJSONSchema=(n,i,r)=>ep(e,n,i,r)});function Yp(e){return _f(ti,e)}var ri=y("ZodBigInt",(e,t)=>{La.init(e,t),ve.init(e,t),e._zod.processJSONSchema=(n,i,r)=>tp(e,n,i,r)},E.derived({minValue:e=>Ke(e).minimum??null,maxValue:e=>Ke(e).maximum??null,format:e=>Ke(e).format??null},{gte(e,t){return this.check(Tt(e,t))},min(e,t){return this.check(Tt(e,t))},gt(e,t){return this.check(er(e,t))},lt(e,t){return this.check(Qt(e,t))},lte(e,t){return this.check(Dt(e,t))},max(e,t){return this.check(Dt(e,t))},positive(e){return this.check(er(BigInt(0),e))},negative(e){return this.check(Qt(BigInt(0),e))},nonpositive(e){return this.check(Dt(BigInt(0),e))},nonnegative(e){return this.check(Tt(BigInt(0),e))},multipleOf(e,t){return this.check(Pr(e,t))}}));function Fy(e){return Sf(ri,e)}var nc=y("ZodBigIntFormat",(e,t)=>{vd.init(e,t),ri.init(e,t)});function Ly(e){return Pf(nc,e)}function My(e){return Df(nc,e)}var Qp=y("ZodSymbol",(e,t)=>{bd.init(e,t),ve.init(e,t),e._zod.processJSONSchema=(n,i,r)=>rp(e,n,i,r)});function By(e){return Tf(Qp,e)}var em=y("ZodUndefined",(e,t)=>{yd.init(e,t),ve.init(e,t),e._zod.processJSONSchema=(n,i,r)=>ip(e,n,i,r)});function qy(e){return Rf(em,e)}var tm=y("ZodNull",(e,t)=>{$d.init(e,t),ve.init(e,t),e._zod.processJSONSchema=(n,i,r)=>np(e,n,i,r)});function rm(e){return Ef(tm,e)}var nm=y("ZodAny",(e,t)=>{wd.init(e,t),ve.init(e,t),e._zod.processJSONSchema=(n,i,r)=>sp(e,n,i,r)});function Zy(){return Of(nm)}var im=y("ZodUnknown",(e,t)=>{xd.init(e,t),ve.init(e,t),e._zod.processJSONSchema=(n,i,r)=>cp(e,n,i,r)});function rn(){return Uf(im)}var om=y("ZodNever",(e,t)=>{kd.init(e,t),ve.init(e,t),e._zod.processJSONSchema=(n,i,r)=>ap(e,n,i,r)});function ic(e){return Nf(om,e)}var am=y("ZodVoid",(e,t)=>{_d.init(e,t),ve.init(e,t),e._zod.processJSONSchema=(n,i,r)=>op(e,n,i,r)});function Vy(e){return zf(am,e)}var yo=y("ZodDate",(e,t)=>{Ad.init(e,t),ve.init(e,t),e._zod.processJSONSchema=(n,i,r)=>up(e,n,i,r),e.min=(n,i)=>e.check(Tt(n,i)),e.max=(n,i)=>e.check(Dt(n,i))},E.derived({minDate:e=>{let{minimum:t}=Ke(e);return t?new Date(t):null},maxDate:e=>{let{maximum:t}=Ke(e);return t?new Date(t):null}},{}));function Gy(e){return Cf(yo,e)}var sm=y("ZodArray",(e,t)=>{on(),Id.init(e,t),ve.init(e,t),e._zod.processJSONSchema=(n,i,r)=>wp(e,n,i,r),e.element=t.element},{min(e,t){return this.check(lr(e,t))},nonempty(e){return this.check(lr(1,e))},max(e,t){return this.check(Qr(e,t))},length(e,t){return this.check(en(e,t))},unwrap(){return this.element}});function $o(e,t){return Lf(sm,e,t)}function Ky(e){let t=e._zod.def.shape;return oc(Object.keys(t))}var wo=y("ZodObject",(e,t)=>{on(),Pd.init(e,t),ve.init(e,t),e._zod.processJSONSchema=(n,i,r)=>xp(e,n,i,r),E.installLazyProp(e,"shape",n=>n._zod.def.shape,!1)},{keyof(){return oc(Object.keys(this._zod.def.shape))},catchall(e){return this.clone(E.mergeDefs(this._zod.def,{catchall:e}))},passthrough(){return this.clone(E.mergeDefs(this._zod.def,{catchall:rn()}))},loose(){return this.clone(E.mergeDefs(this._zod.def,{catchall:rn()}))},strict(){return this.clone(E.mergeDefs(this._zod.def,{catchall:ic()}))},strip(){return this.clone(E.mergeDefs(this._zod.def,{catchall:void 0}))},extend(e){return E.extend(this,e)},safeExtend(e){return E.safeExtend(this,e)},merge(e){return E.merge(this,e)},pick(e){return E.pick(this,e)},omit(e){return E.omit(this,e)},partial(...e){return E.partial(ko,this,e[0])},exactPartial(...e){return E.partial(sc,this,e[0],"exactPartial")},required(...e){return E.required(cc,this,e[0])}});function Hy(e,t){let n={type:"object",shape:e??{},...E.normalizeParams(t)};return new wo(n)}function Wy(e,t){return new wo({type:"object",shape:e,catchall:ic(),...E.normalizeParams(t)})}function Jy(e,t){return new wo({type:"object",shape:e,catchall:rn(),...E.normalizeParams(t)})}var xo=y("ZodUnion",(e,t)=>{eo.init(e,t),ve.init(e,t),e._zod.processJSONSchema=(n,i,r)=>Rs(e,n,i,r),e.options=t.options});function ni(e,t){return new xo({type:"union",options:e,...E.normalizeParams(t)})}var cm=y("ZodXor",(e,t)=>{xo.init(e,t),Dd.init(e,t),e._zod.processJSONSchema=(n,i,r)=>Rs(e,n,i,r),e.options=t.options});function Xy(e,t){return new cm({type:"union",options:e,inclusive:!1,...E.normalizeParams(t)})}var um=y("ZodDiscriminatedUnion",(e,t)=>{xo.init(e,t),Rd.init(e,t)});function Yy(e,t,n){return new um({type:"union",options:t,discriminator:e,...E.normalizeParams(n)})}var lm=y("ZodIntersection",(e,t)=>{Ed.init(e,t),ve.init(e,t),e._zod.processJSONSchema=(n,i,r)=>kp(e,n,i,r)});function dm(e,t){return new lm({type:"intersection",left:e,right:t})}var fm=y("ZodTuple",(e,t)=>{on(),Ma.init(e,t),ve.init(e,t),e._zod.processJSONSchema=(n,i,r)=>_p(e,n,i,r)},{rest(e){return this.clone({...this._zod.def,rest:e})},partial(){let e=this._zod.def;if(e.checks?.length)throw new Error(".partial() cannot be used on tuple schemas containing refinements");return this.clone({...e,items:e.items.map(t=>new ko({type:"optional",innerType:t}))})}});function pm(e,t,n){let i=t instanceof me,r=i?n:t,o=i?t:null;return new fm({type:"tuple",items:e,rest:o,...E.normalizeParams(r)})}var Xn=y("ZodRecord",(e,t)=>{on(),Od.init(e,t),ve.init(e,t),e._zod.processJSONSchema=(n,i,r)=>Ap(e,n,i,r),e.keyType=t.keyType,e.valueType=t.valueType});function mm(e,t,n){return!t||!t._zod?new Xn({type:"record",keyType:ho(),valueType:e,...E.normalizeParams(t)}):new Xn({type:"record",keyType:e,valueType:t,...E.normalizeParams(n)})}function Qy(e,t,n){return new Xn({type:"record",keyType:e,valueType:t,...E.normalizeParams(n),partial:!0})}function e1(e,t,n){return new Xn({type:"record",keyType:e,valueType:t,mode:"loose",...E.normalizeParams(n)})}var gm=y("ZodMap",(e,t)=>{on(),Ud.init(e,t),ve.init(e,t),e._zod.processJSONSchema=(n,i,r)=>yp(e,n,i,r),e.keyType=t.keyType,e.valueType=t.valueType,e.min=(...n)=>e.check(tr(...n)),e.nonempty=n=>e.check(tr(1,n)),e.max=(...n)=>e.check(Dr(...n)),e.size=(...n)=>e.check(Yr(...n))});function t1(e,t,n){return new gm({type:"map",keyType:e,valueType:t,...E.normalizeParams(n)})}var hm=y("ZodSet",(e,t)=>{on(),Nd.init(e,t),ve.init(e,t),e._zod.processJSONSchema=(n,i,r)=>$p(e,n,i,r),e.min=(...n)=>e.check(tr(...n)),e.nonempty=n=>e.check(tr(1,n)),e.max=(...n)=>e.check(Dr(...n)),e.size=(...n)=>e.check(Yr(...n))});function r1(e,t){return new hm({type:"set",valueType:e,...E.normalizeParams(t)})}var Yn=y("ZodEnum",(e,t)=>{zd.init(e,t),ve.init(e,t),e._zod.processJSONSchema=(i,r,o)=>lp(e,i,r,o),e.enum=t.entries,e.options=[...e._zod.values];let n=new Set(Object.keys(t.entries));e.extract=(i,r)=>{let o={};for(let a of i)if(n.has(a))o[a]=t.entries[a];else throw new Error(`Key ${a} not found in enum`);return new Yn({...t,checks:[],...E.normalizeParams(r),entries:o})},e.exclude=(i,r)=>{let o={...t.entries};for(let a of i)if(n.has(a))delete o[a];else throw new Error(`Key ${a} not found in enum`);return new Yn({...t,checks:[],...E.normalizeParams(r),entries:o})}});function oc(e,t){let n=Array.isArray(e)?Object.fromEntries(e.map(i=>[i,i])):e;return new Yn({type:"enum",entries:n,...E.normalizeParams(t)})}function n1(e,t){return new Yn({type:"enum",entries:e,...E.normalizeParams(t)})}var vm=y("ZodLiteral",(e,t)=>{Cd.init(e,t),ve.init(e,t),e._zod.processJSONSchema=(n,i,r)=>dp(e,n,i,r),e.values=new Set(t.values),Object.defineProperty(e,"value",{get(){if(t.values.length>1)throw new Error("This schema contains multiple valid literal values. Use `.values` instead.");return t.values[0]}})});function i1(e,t){return new vm({type:"literal",values:Array.isArray(e)?e:[e],...E.normalizeParams(t)})}var bm=y("ZodFile",(e,t)=>{jd.init(e,t),ve.init(e,t),e._zod.processJSONSchema=(n,i,r)=>mp(e,n,i,r),e.min=(n,i)=>e.check(tr(n,i)),e.max=(n,i)=>e.check(Dr(n,i)),e.mime=(n,i)=>e.check(Bn(Array.isArray(n)?n:[n],i))});function o1(e){return Mf(bm,e)}var ym=y("ZodTransform",(e,t)=>{on(),Fd.init(e,t),ve.init(e,t),e._zod.processJSONSchema=(n,i,r)=>bp(e,n,i,r),e._zod.parse=(n,i)=>{if(i.direction==="backward")throw new Sr(e.constructor.name);n.addIssue=o=>{if(typeof o=="string")n.issues.push(E.issue(o,n.value,t));else{let a=o;a.fatal&&(a.continue=!1),a.code??(a.code="custom"),"input"in a||(a.input=n.value),a.inst??(a.inst=e),n.issues.push(E.issue(a))}};let r=t.transform(n.value,n);return r instanceof Promise?r.then(o=>(n.value=o,n)):(n.value=r,n)}});function ac(e){return new ym({type:"transform",transform:e})}var ko=y("ZodOptional",(e,t)=>{Ba.init(e,t),ve.init(e,t),e._zod.processJSONSchema=(n,i,r)=>Es(e,n,i,r),e.unwrap=()=>e._zod.def.innerType});function nn(e){return new ko({type:"optional",innerType:e})}var sc=y("ZodExactOptional",(e,t)=>{Ld.init(e,t),ve.init(e,t),e._zod.processJSONSchema=(n,i,r)=>Es(e,n,i,r),e.unwrap=()=>e._zod.def.innerType});function $m(e){return new sc({type:"optional",innerType:e})}var wm=y("ZodNullable",(e,t)=>{Md.init(e,t),ve.init(e,t),e._zod.processJSONSchema=(n,i,r)=>Sp(e,n,i,r),e.unwrap=()=>e._zod.def.innerType});function vo(e){return new wm({type:"nullable",innerType:e})}function a1(e){return nn(vo(e))}var xm=y("ZodDefault",(e,t)=>{Bd.init(e,t),ve.init(e,t),e._zod.processJSONSchema=(n,i,r)=>Dp(e,n,i,r),e.unwrap=()=>e._zod.def.innerType,e.removeDefault=e.unwrap});function km(e,t){return new xm({type:"default",innerType:e,get defaultValue(){return typeof t=="function"?t():E.shallowClone(t)}})}var _m=y("ZodPrefault",(e,t)=>{qd.init(e,t),ve.init(e,t),e._zod.processJSONSchema=(n,i,r)=>Tp(e,n,i,r),e.unwrap=()=>e._zod.def.innerType});function Am(e,t){return new _m({type:"prefault",innerType:e,get defaultValue(){return typeof t=="function"?t():E.shallowClone(t)}})}var cc=y("ZodNonOptional",(e,t)=>{Zd.init(e,t),ve.init(e,t),e._zod.processJSONSchema=(n,i,r)=>Ip(e,n,i,r),e.unwrap=()=>e._zod.def.innerType});function Sm(e,t){return new cc({type:"nonoptional",innerType:e,...E.normalizeParams(t)})}var Im=y("ZodSuccess",(e,t)=>{Vd.init(e,t),ve.init(e,t),e._zod.processJSONSchema=(n,i,r)=>gp(e,n,i,r),e.unwrap=()=>e._zod.def.innerType});function s1(e){return new Im({type:"success",innerType:e})}var Pm=y("ZodCatch",(e,t)=>{Gd.init(e,t),ve.init(e,t),e._zod.processJSONSchema=(n,i,r)=>Rp(e,n,i,r),e.unwrap=()=>e._zod.def.innerType,e.removeCatch=e.unwrap});function Dm(e,t){return new Pm({type:"catch",innerType:e,catchValue:typeof t=="function"?t:E.constantCatch(t)})}var Tm=y("ZodNaN",(e,t)=>{Kd.init(e,t),ve.init(e,t),e._zod.processJSONSchema=(n,i,r)=>fp(e,n,i,r)});function c1(e){return Ff(Tm,e)}var _o=y("ZodPipe",(e,t)=>{qa.init(e,t),ve.init(e,t),e._zod.processJSONSchema=(n,i,r)=>Ep(e,n,i,r),e.in=t.in,e.out=t.out});function js(e,t){return new _o({type:"pipe",in:e,out:t})}var Ao=y("ZodCodec",(e,t)=>{_o.init(e,t),to.init(e,t)});function u1(e,t,n){return new Ao({type:"pipe",in:e,out:t,transform:n.decode,reverseTransform:n.encode})}function l1(e){let t=e._zod.def;return new Ao({type:"pipe",in:t.out,out:t.in,transform:t.reverseTransform,reverseTransform:t.transform})}var Rm=y("ZodPreprocess",(e,t)=>{_o.init(e,t),Hd.init(e,t)}),Em=y("ZodReadonly",(e,t)=>{Wd.init(e,t),ve.init(e,t),e._zod.processJSONSchema=(n,i,r)=>Op(e,n,i,r),e.unwrap=()=>e._zod.def.innerType});function Om(e){return new Em({type:"readonly",innerType:e})}var Um=y("ZodTemplateLiteral",(e,t)=>{Jd.init(e,t),ve.init(e,t),e._zod.processJSONSchema=(n,i,r)=>pp(e,n,i,r)});function d1(e,t){return new Um({type:"template_literal",parts:e,...E.normalizeParams(t)})}var Nm=y("ZodLazy",(e,t)=>{ro.init(e,t),ve.init(e,t),e._zod.processJSONSchema=(n,i,r)=>Np(e,n,i,r),e.unwrap=()=>e._zod.def.getter()});function zm(e){return new Nm({type:"lazy",getter:e})}var Cm=y("ZodPromise",(e,t)=>{Yd.init(e,t),ve.init(e,t),e._zod.processJSONSchema=(n,i,r)=>Up(e,n,i,r),e.unwrap=()=>e._zod.def.innerType});function f1(e){return new Cm({type:"promise",innerType:e})}var jm=y("ZodFunction",(e,t)=>{Xd.init(e,t),ve.init(e,t),e._zod.processJSONSchema=(n,i,r)=>vp(e,n,i,r)});function p1(e){return new jm({type:"function",input:Array.isArray(e?.input)?pm(e?.input):e?.input??$o(rn()),output:e?.output??rn()})}var So=y("ZodCustom",(e,t)=>{Qd.init(e,t),ve.init(e,t),e._zod.processJSONSchema=(n,i,r)=>hp(e,n,i,r)});function m1(e){let t=new Oe({check:"custom"});return t._zod.check=e,t}function g1(e,t){return Bf(So,e??(()=>!0),t)}function Fm(e,t={}){return qf(So,e,t)}function Lm(e,t){return Zf(e,t)}var h1=Vf,v1=Gf,Mm=y("ZodInstanceOf",(e,t)=>{So.init(e,t)},{properties(e,t){return this.check(Mn(e,t))}});function b1(e,t={}){let n=new Mm({type:"custom",check:"custom",fn:i=>i instanceof e,abort:!0,...E.normalizeParams(t)});return n._zod.bag.Class=e,n._zod.check=i=>{i.value instanceof e||i.issues.push({code:"invalid_type",expected:e.name,input:i.value,inst:n,path:[...n._zod.def.path??[]]})},n}var y1=(...e)=>Kf({Codec:Ao,Boolean:ti,String:Qn},...e);function $1(e){let t=zm(()=>ni([ho(e),Xp(),Yp(),rm(),$o(t),mm(ho(),t)]));return t}function w1(e,t){return new Rm({type:"pipe",in:ac(e),out:t})}var sI={invalid_type:"invalid_type",too_big:"too_big",too_small:"too_small",invalid_format:"invalid_format",not_multiple_of:"not_multiple_of",unrecognized_keys:"unrecognized_keys",invalid_union:"invalid_union",invalid_key:"invalid_key",invalid_element:"invalid_element",invalid_value:"invalid_value",custom:"custom"};function cI(e){Fe({customError:e})}function uI(){return Fe().customError}var Bm;Bm||(Bm={});var Io={};nr(Io,{ZodISODate:()=>Ur,ZodISODateTime:()=>Or,ZodISODuration:()=>zr,ZodISOTime:()=>Nr,date:()=>dI,datetime:()=>lI,duration:()=>pI,time:()=>fI});function lI(e){return uo(Or,e)}function dI(e){return lo(Ur,e)}function fI(e){return fo(Nr,e)}function pI(e){return po(zr,e)}var J={...ii,...Ns,iso:Io},mI=new Set(["$schema","$ref","$defs","definitions","$id","id","$comment","$anchor","$vocabulary","$dynamicRef","$dynamicAnchor","type","enum","const","anyOf","oneOf","allOf","not","properties","required","additionalProperties","patternProperties","propertyNames","minProperties","maxProperties","items","prefixItems","additionalItems","minItems","maxItems","uniqueItems","contains","minContains","maxContains","minLength","maxLength","pattern","format","minimum","maximum","exclusiveMinimum","exclusiveMaximum","multipleOf","description","default","contentEncoding","contentMediaType","contentSchema","unevaluatedItems","unevaluatedProperties","if","then","else","dependentSchemas","dependentRequired","nullable","readOnly"]);function gI(e,t){let n=e.$schema;return n==="https://json-schema.org/draft/2020-12/schema"?"draft-2020-12":n==="http://json-schema.org/draft-07/schema#"?"draft-7":n==="http://json-schema.org/draft-04/schema#"?"draft-4":t??"draft-2020-12"}function x1(e,t){return e.map((n,i)=>i<t?n:n.optional())}function hI(e){return e.replace(/~1/g,"/").replace(/~0/g,"~")}function vI(e,t){if(!e.startsWith("#"))throw new Error("External $ref is not supported, only local refs (#/...) are allowed");let n=e.slice(1).split("/").filter(Boolean);if(n.length===0)return t.rootSchema;let i=t.version==="draft-2020-12"?"$defs":"definitions";if(n[0]===i){let r=n[1]===void 0?void 0:hI(n[1]);if(!r||!t.defs[r])throw new Error(`Reference not found: ${e}`);return t.defs[r]}throw new Error(`Reference not found: ${e}`)}function bI(e,t){return J.transform(i=>i).check(i=>{let r=i.value;if(typeof r!="object"||r===null||Array.isArray(r))return;let o=Object.getOwnPropertyNames(r);if(t.minProperties!==void 0&&o.length<t.minProperties&&i.issues.push({origin:"object",code:"too_small",minimum:t.minProperties,inclusive:!0,message:`Too small: expected object to have >=${t.minProperties} properties`,input:r,inst:e,continue:!0}),t.maxProperties!==void 0&&o.length>t.maxProperties&&i.issues.push({origin:"object",code:"too_big",maximum:t.maxProperties,inclusive:!0,message:`Too big: expected object to have <=${t.maxProperties} properties`,input:r,inst:e,continue:!0}),t.keySchema)for(let a of o){let s=t.keySchema.safeParse(a);s.success||i.issues.push({code:"invalid_key",origin:"record",issues:s.error.issues,input:a,path:[a],continue:!0})}}).pipe(e)}function qm(e,t){if(e===null)return"z";let n=typeof e;if(n!=="object"){if(n==="number"&&Number.isNaN(e))return null;let i=String(e);return`${n[0]}${i.length}:${i}`}if(t.has(e))return null;t.add(e);try{if(Array.isArray(e)){let o=[];for(let a of e){let s=qm(a,t);if(s===null)return null;o.push(s)}return`a${o.length}:[${o.join(",")}]`}let i=Object.keys(e).sort(),r=[];for(let o of i){let a=qm(e[o],t);if(a===null)return null;r.push(`${o.length}:${o}=${a}`)}return`o${r.length}:{${r.join(",")}}`}finally{t.delete(e)}}var yI=new Set(["items","prefixItems","additionalItems","additionalProperties","contains","propertyNames","not","if","then","else","allOf","anyOf","oneOf","unevaluatedItems","unevaluatedProperties","contentSchema"]),$I=new Set(["properties","patternProperties","dependentSchemas","dependencies","$defs","definitions"]);function Po(e){return typeof e!="object"||e===null?!1:Array.isArray(e)?e.some(Po):typeof e.$ref=="string"?!0:Object.entries(e).some(([t,n])=>yI.has(t)?Po(n):!$I.has(t)||typeof n!="object"||n===null?!1:Object.values(n).some(Po))}function k1(e){return e===1?"element":"elements"}function wI(e,t){return J.transform(i=>i).check(i=>{let r=i.value;if(Array.isArray(r)){if(t.uniqueItems===!0){let o=new Map;for(let a=0;a<r.length;a++){let s=qm(r[a],new Set);if(s===null)continue;let u=o.get(s);if(u===void 0){o.set(s,a);continue}i.issues.push({code:"custom",message:`Array items must be unique: element at index ${a} duplicates the one at index ${u}`,input:r,path:[a],continue:!0})}}if(t.containsSchema){let o=t.minContains??1,a=t.maxContains!==void 0?t.maxContains+1:Number.POSITIVE_INFINITY,s=0;for(let u of r)if(t.containsSchema.safeParse(u).success&&++s>=a)break;s<o&&i.issues.push({code:"custom",message:`Array must contain at least ${o} matching ${k1(o)}; found ${s}`,input:r,continue:!0}),t.maxContains!==void 0&&s>t.maxContains&&i.issues.push({code:"custom",message:`Array must contain at most ${t.maxContains} matching ${k1(t.maxContains)}`,input:r,continue:!0})}}}).pipe(e)}function _1(e,t){if(e!==!1)return e===void 0||e===!0?J.any():ft(e,t)}var xI=/^(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d+)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;function A1(e,t){if(e.not!==void 0){if(typeof e.not=="object"&&Object.keys(e.not).length===0)return J.never();throw new Error("not is not supported in Zod (except { not: {} } for never)")}if(e.unevaluatedItems!==void 0)throw new Error("unevaluatedItems is not supported");if(e.unevaluatedProperties!==void 0)throw new Error("unevaluatedProperties is not supported");if(e.if!==void 0||e.then!==void 0||e.else!==void 0)throw new Error("Conditional schemas (if/then/else) are not supported");if(e.dependentSchemas!==void 0||e.dependentRequired!==void 0)throw new Error("dependentSchemas and dependentRequired are not supported");if(e.$ref){let r=e.$ref;if(t.refs.has(r))return t.refs.get(r);if(t.processing.has(r))return J.lazy(()=>{if(!t.refs.has(r))throw new Error(`Circular reference not resolved: ${r}`);return t.refs.get(r)});t.processing.add(r);let o=vI(r,t),a=ft(o,t);return t.refs.set(r,a),t.processing.delete(r),a}if(e.enum!==void 0){let r=e.enum;if(t.version==="openapi-3.0"&&e.nullable===!0&&r.length===1&&r[0]===null)return J.null();if(r.length===0)return J.never();if(r.length===1)return J.literal(r[0]);if(r.every(a=>typeof a=="string"))return J.enum(r);let o=r.map(a=>J.literal(a));return o.length<2?o[0]:J.union([o[0],o[1],...o.slice(2)])}if(e.const!==void 0)return J.literal(e.const);let n=e.type;if(Array.isArray(n)){let r=n.map(o=>{let a={...e,type:o};return A1(a,t)});return r.length===0?J.never():r.length===1?r[0]:J.union(r)}if(!n)return J.any();let i;switch(n){case"string":{let r=J.string();if(e.format){let o=e.format;o==="email"?r=r.check(J.email()):o==="uri"||o==="uri-reference"?r=r.check(J.url()):o==="uuid"||o==="guid"?r=r.check(J.uuid()):o==="date-time"?r=r.check(J.iso.datetime({offset:!0})):o==="date"?r=r.check(J.iso.date()):o==="time"?r=r.check(J.regex(xI)):o==="duration"?r=r.check(J.iso.duration()):o==="hostname"?r=r.check(J.hostname()):o==="ipv4"?r=r.check(J.ipv4()):o==="ipv6"?r=r.check(J.ipv6()):o==="mac"?r=r.check(J.mac()):o==="cidr"?r=r.check(J.cidrv4()):o==="cidr-v6"?r=r.check(J.cidrv6()):o==="base64"?r=r.check(J.base64()):o==="base64url"?r=r.check(J.base64url()):o==="e164"?r=r.check(J.e164()):o==="credit_card"?r=r.check(J.creditCard()):o==="iban"?r=r.check(J.iban()):o==="jwt"?r=r.check(J.jwt()):o==="emoji"?r=r.check(J.emoji()):o==="nanoid"?r=r.check(J.nanoid()):o==="cuid"?r=r.check(J.cuid()):o==="cuid2"?r=r.check(J.cuid2()):o==="ulid"?r=r.check(J.ulid()):o==="xid"?r=r.check(J.xid()):o==="ksuid"&&(r=r.check(J.ksuid()))}typeof e.minLength=="number"&&(r=r.min(e.minLength)),typeof e.maxLength=="number"&&(r=r.max(e.maxLength)),e.pattern&&(r=r.regex(new RegExp(e.pattern))),i=r;break}case"number":case"integer":{let r=n==="integer"?J.number().int():J.number();typeof e.minimum=="number"&&e.exclusiveMinimum!==!0&&(r=r.min(e.minimum)),typeof e.maximum=="number"&&e.exclusiveMaximum!==!0&&(r=r.max(e.maximum)),typeof e.exclusiveMinimum=="number"?r=r.gt(e.exclusiveMinimum):e.exclusiveMinimum===!0&&typeof e.minimum=="number"&&(r=r.gt(e.minimum)),typeof e.exclusiveMaximum=="number"?r=r.lt(e.exclusiveMaximum):e.exclusiveMaximum===!0&&typeof e.maximum=="number"&&(r=r.lt(e.maximum)),typeof e.multipleOf=="number"&&(r=r.multipleOf(e.multipleOf)),i=r;break}case"boolean":{i=J.boolean();break}case"null":{i=J.null();break}case"object":{let r={},o=e.properties||{},a=new Set(e.required||[]),s=typeof e.additionalProperties=="object"?ft(e.additionalProperties,t):void 0;for(let[f,p]of Object.entries(o)){let g=ft(p,t);Xe(r,f,a.has(f)?g:g.optional())}if(e.patternProperties){let f=e.patternProperties,p=Object.keys(f),g=[];for(let h of p){let _=ft(f[h],t),w=J.string().regex(new RegExp(h));g.push(J.looseRecord(w,_))}let v=[];if(Object.keys(r).length>0&&v.push(J.object(r).passthrough()),v.push(...g),v.length===0)i=J.object({}).passthrough();else if(v.length===1)i=v[0];else{let h=J.intersection(v[0],v[1]);for(let _=2;_<v.length;_++)h=J.intersection(h,v[_]);i=h}if(e.additionalProperties===!1){let h=Object.keys(r),_=p.map(x=>new RegExp(x)),w=i;i=i.check(x=>{if(!Ut(x.value))return;let S=[];for(let L of Object.keys(x.value))h.includes(L)||_.some(X=>X.test(L))||S.push(L);S.length&&x.issues.push({code:"unrecognized_keys",keys:S,input:x.value,inst:w})})}}else{let f=J.object(r);e.additionalProperties===!1?i=f.strict():s?i=f.catchall(s):i=f.passthrough()}let u=e.propertyNames!==void 0&&e.propertyNames!==!0,c=typeof e.minProperties=="number"?e.minProperties:void 0,l=typeof e.maxProperties=="number"?e.maxProperties:void 0;if(u||c!==void 0||l!==void 0){let f;if(u){let p=typeof e.propertyNames=="object"&&e.propertyNames.type===void 0?{type:"string",...e.propertyNames}:e.propertyNames;f=ft(p,t)}i=bI(i,{keySchema:f,minProperties:c,maxProperties:l})}break}case"array":{let r=e.prefixItems,o=e.items;if(r&&Array.isArray(r)){let a=typeof e.minItems=="number"?e.minItems:0,s=r.map(f=>ft(f,t)),u=x1(s,a),c=Array.isArray(o)?void 0:_1(o,t),l=J.tuple(u);i=c?l.rest(c):l,typeof e.minItems=="number"&&(i=i.check(J.minLength(e.minItems))),typeof e.maxItems=="number"&&(i=i.check(J.maxLength(e.maxItems)))}else if(Array.isArray(o)){let a=typeof e.minItems=="number"?e.minItems:0,s=o.map(f=>ft(f,t)),u=x1(s,a),c=_1(e.additionalItems,t),l=J.tuple(u);i=c?l.rest(c):l,typeof e.minItems=="number"&&(i=i.check(J.minLength(e.minItems))),typeof e.maxItems=="number"&&(i=i.check(J.maxLength(e.maxItems)))}else if(o!==void 0){let a=ft(o,t),s=J.array(a);typeof e.minItems=="number"&&(s=s.min(e.minItems)),typeof e.maxItems=="number"&&(s=s.max(e.maxItems)),i=s}else i=J.array(J.any());(e.uniqueItems===!0||e.contains!==void 0)&&(i=wI(i,{uniqueItems:e.uniqueItems===!0,containsSchema:e.contains!==void 0?ft(e.contains,t):void 0,minContains:typeof e.minContains=="number"?e.minContains:void 0,maxContains:typeof e.maxContains=="number"?e.maxContains:void 0}));break}default:throw new Error(`Unsupported type: ${n}`)}return i}function ft(e,t){if(typeof e=="boolean")return e?J.any():J.never();let n=A1(e,t),i=e.type||e.enum!==void 0||e.const!==void 0;if(e.anyOf&&Array.isArray(e.anyOf)){let s=e.anyOf.map(c=>ft(c,t)),u=J.union(s);n=i?J.intersection(n,u):u}if(e.oneOf&&Array.isArray(e.oneOf)){let s=e.oneOf.map(c=>ft(c,t)),u=J.xor(s);n=i?J.intersection(n,u):u}if(e.allOf&&Array.isArray(e.allOf))if(e.allOf.length===0)n=i?n:J.any();else{let s=i?n:ft(e.allOf[0],t),u=i?0:1;for(let c=u;c<e.allOf.length;c++)s=J.intersection(s,ft(e.allOf[c],t));n=s}e.nullable===!0&&t.version==="openapi-3.0"&&(n=J.nullable(n)),e.readOnly===!0&&(n=J.readonly(n)),e.default!==void 0&&(n=n.default(e.default));let r={},o=["$id","id","$comment","$anchor","$vocabulary","$dynamicRef","$dynamicAnchor"];for(let s of o)s in e&&(r[s]=e[s]);let a=["contentEncoding","contentMediaType","contentSchema"];for(let s of a)s in e&&(r[s]=e[s]);if(e.type==="object"&&e.$ref===void 0){e.propertyNames!==void 0&&!Po(e.propertyNames)&&(r.propertyNames=e.propertyNames);for(let s of["minProperties","maxProperties"])e[s]!==void 0&&(r[s]=e[s])}if(e.type==="array"&&e.$ref===void 0){e.contains!==void 0&&!Po(e.contains)&&(r.contains=e.contains);for(let s of["uniqueItems","minContains","maxContains"])e[s]!==void 0&&(r[s]=e[s])}for(let s of Object.keys(e))mI.has(s)||Xe(r,s,e[s]);return Object.keys(r).length>0&&t.registry.add(n,r),e.description&&(n=n.describe(e.description)),n}function S1(e,t){if(typeof e=="boolean")return e?J.any():J.never();let n;try{n=JSON.parse(JSON.stringify(e))}catch{throw new Error("fromJSONSchema input is not valid JSON (possibly cyclic); use $defs/$ref for recursive schemas")}let i=gI(n,t?.defaultTarget),r=n.$defs||n.definitions||{},o={version:i,defs:r,refs:new Map,processing:new Set,rootSchema:n,registry:t?.registry??Ye};return ft(n,o)}var I1=Symbol("z.visit/resolving");function Do(e,t){let n=typeof t=="function"?t:(a,s)=>{let u=t[a._zod.def.type];return u?u(a,s):a},i=new Map;function r(a){let s=i.get(a);if(s===I1)return new ro({type:"lazy",getter:()=>i.get(a)});if(s!==void 0)return s;i.set(a,I1);let u=o(a),c=n(u,u!==a);return i.set(a,c),c}function o(a){let s=a._zod.def,u=s.type;switch(u){case"object":{let c=s.shape,l=Object.keys(c),f=!1,p={};for(let v of l){let h=r(c[v]);h!==c[v]&&(f=!0),p[v]=h}let g=s.catchall;return s.catchall&&(g=r(s.catchall),g!==s.catchall&&(f=!0)),f?Pe(a,{...s,shape:p,catchall:g}):a}case"array":{let c=r(s.element);return c===s.element?a:Pe(a,{...s,element:c})}case"tuple":{let c=s.items,l=!1,f=[];for(let g of c){let v=r(g);v!==g&&(l=!0),f.push(v)}let p=s.rest;return s.rest&&(p=r(s.rest),p!==s.rest&&(l=!0)),l?Pe(a,{...s,items:f,rest:p}):a}case"record":case"map":{let c=r(s.keyType),l=r(s.valueType);return c===s.keyType&&l===s.valueType?a:Pe(a,{...s,keyType:c,valueType:l})}case"set":{let c=r(s.valueType);return c===s.valueType?a:Pe(a,{...s,valueType:c})}case"union":{let c=s.options,l=!1,f=[];for(let p of c){let g=r(p);g!==p&&(l=!0),f.push(g)}return l?Pe(a,{...s,options:f}):a}case"intersection":{let c=r(s.left),l=r(s.right);return c===s.left&&l===s.right?a:Pe(a,{...s,left:c,right:l})}case"optional":case"nullable":case"default":case"prefault":case"catch":case"readonly":case"nonoptional":case"promise":case"success":{let c=r(s.innerType);return c===s.innerType?a:Pe(a,{...s,innerType:c})}case"pipe":{let c=r(s.in),l=r(s.out);return c===s.in&&l===s.out?a:Pe(a,{...s,in:c,out:l})}case"function":{let c=r(s.input),l=r(s.output);return c===s.input&&l===s.output?a:Pe(a,{...s,input:c,output:l})}case"lazy":{let c=s.getter,{_cachedInner:l,...f}=s;return Pe(a,{...f,getter:()=>r(c())})}case"template_literal":case"string":case"number":case"int":case"boolean":case"bigint":case"symbol":case"undefined":case"null":case"void":case"never":case"any":case"unknown":case"date":case"nan":case"enum":case"literal":case"file":case"transform":case"custom":return a;default:return a}}return r(e)}function P1(e){return Do(e,{object:t=>t.partial(),union:t=>{let n=t._zod.def;return n.discriminator===void 0?t:ni(n.options)}})}function kI(e,t){if(!t?.length)return e;let n=e._zod.def;return Pe(e,Zt(n,{checks:[...n.checks??[],...t]}),{parent:!0})}function D1(e){return kI(e.out,e.checks)}function _I(e){return e.in._zod.traits.has("$ZodTransform")?D1(e):e.in}function T1(e){return Do(e,{pipe:t=>_I(t._zod.def),default:(t,n)=>n?nn(t._zod.def.innerType):t,catch:(t,n)=>n?t._zod.def.innerType:t})}function R1(e){return Do(e,{pipe:t=>D1(t._zod.def),prefault:(t,n)=>n?t._zod.def.innerType:t})}var Zm={};nr(Zm,{bigint:()=>PI,boolean:()=>II,date:()=>DI,number:()=>SI,string:()=>AI});function AI(e){return ff(Qn,e)}function SI(e){return bf(ei,e)}function II(e){return Af(ti,e)}function PI(e){return If(ri,e)}function DI(e){return jf(yo,e)}var uc={type:"decimal",min:"0",max:"1e12"},Kt=(e,t)=>({type:"decimal",min:e,max:t,integer:!0}),Vm={type:"text"},To=["sd1.5","sdxl","sd3","flux1-dev","flux1-schnell"],Ro={runs:uc,results:Kt("1","10000"),width:Kt("1","100000"),height:Kt("1","100000"),resolution:Vm,steps:Kt("1","10000"),seconds:{type:"decimal",min:"0",max:"1e7"},fps:Kt("1","1000"),frames:Kt("1","100000"),audio:{type:"boolean"},quality:Vm,characters:Kt("0","1e9"),referenceImages:Kt("0","100"),referenceVideoSeconds:{type:"decimal",min:"0",max:"86400"},format:Vm,bitDepth:Kt("1","64"),gpuCount:Kt("1","64"),worker:{type:"enum",values:["flex","active"]},coldStarts:uc,coldStartSeconds:{type:"decimal",min:"0",max:"86400"},idleSeconds:{type:"decimal",min:"0",max:"86400"},activeWorkers:Kt("0","100000"),setupSeconds:{type:"decimal",min:"0",max:"86400"},keepAlive:{type:"decimal",min:"0",max:"86400"},teardownSeconds:{type:"decimal",min:"0",max:"86400"},volumeGB:{type:"decimal",min:"0",max:"1e9"},containerDiskGB:{type:"decimal",min:"0",max:"1e9"},gpuPick:{type:"enum",values:["dearest","first"]},architecture:{type:"enum",values:To}},Gm=Object.keys(Ro),E1=["day","week","month"],O1={limit:uc,maxIncrease:uc,maxIncreasePercent:{type:"decimal",min:"0",max:"1e6"},unpriced:{type:"enum",values:["fail","warn"]},judge:{type:"enum",values:["expected","high"]},undeclared:{type:"enum",values:["fail","warn","off"]}},U1={maxVariance:{type:"decimal",min:"0",max:"1e6"}},N1=200,z1=1e6;function lc(e){if(e===null||typeof e!="object")return!1;let t=Object.getPrototypeOf(e);return t===Object.prototype||t===null}var pt=b.string().regex(/^(0|[1-9]\d*)(\.\d+)?$/,{message:'expected a non-negative decimal string such as "0.00116"'}),fr=b.string().regex(/^\d{4}-\d{2}-\d{2}$/,{message:"expected a date as YYYY-MM-DD"}),TI=b.enum(["image","megapixel","video","video_second","audio_second","character","request","gpu_second","gb_month","reference_image","reference_video_second","runner_second","video_token"]),RI=b.enum(["published","measured","modeled","contract","account"]),dc=b.union([b.string(),b.boolean(),b.number()]),EI=b.object({gt:b.number().optional(),gte:b.number().optional(),lt:b.number().optional(),lte:b.number().optional()}).strict().refine(e=>Object.keys(e).length>0,{message:"a range needs at least one of gt, gte, lt, lte"}),OI=b.union([dc,b.array(dc).min(1),EI]),UI=b.object({mode:b.enum(["ceil","floor","half-up"]),step:pt.default("1"),scope:b.enum(["request","total"]).default("request")}).strict(),NI=b.object({upTo:pt.optional(),amount:pt}).strict(),Km=b.object({width:b.number().int().positive(),height:b.number().int().positive(),steps:b.number().int().positive(),amount:pt}).strict(),zI=b.object({low:b.union([pt,b.array(Km).min(1)]).optional(),high:b.union([pt,b.array(Km).min(1)]).optional(),source:b.url().optional(),note:b.string().min(1)}).strict().refine(e=>e.low!==void 0||e.high!==void 0,{message:"a range needs `low`, `high` or both"}),C1={source:b.url({message:"expected the URL where the price is published"}),checkedAt:fr,effectiveFrom:fr,basis:RI,verified:b.boolean().default(!0),note:b.string().optional()},Hm=b.object({charge:b.string().min(1).default("base"),unit:TI,amount:pt.optional(),tiers:b.array(NI).min(1).optional(),measured:b.array(Km).min(1).optional(),per:pt.default("1"),pixelsPerMegapixel:pt.optional(),quantityFrom:b.enum(["volumeGB","containerDiskGB"]).optional(),when:b.record(b.string(),OI).default({}),absent:b.array(b.string().min(1)).min(1).optional(),optional:b.boolean().optional(),rounding:UI.optional(),included:b.object({quantity:pt,amount:pt}).strict().optional(),range:zI.optional(),...C1}).strict().superRefine((e,t)=>{e.range&&CI(e,t),e.included&&e.amount===void 0&&t.addIssue({code:"custom",path:["included"],message:"`included` prices a first block ahead of `amount`: give `amount`, not tiers"}),[e.amount,e.tiers,e.measured].filter(i=>i!==void 0).length!==1&&t.addIssue({code:"custom",message:"give exactly one of `amount`, `tiers` or `measured`"}),e.per==="0"&&t.addIssue({code:"custom",path:["per"],message:"`per` must be greater than 0"}),e.tiers&&e.tiers.forEach((i,r)=>{r===e.tiers.length-1!==(i.upTo===void 0)&&t.addIssue({code:"custom",path:["tiers",r,"upTo"],message:"every tier but the last needs `upTo`; the last has none"})}),e.unit==="megapixel"&&e.pixelsPerMegapixel===void 0&&t.addIssue({code:"custom",path:["pixelsPerMegapixel"],message:"a megapixel rate must say how many pixels make one megapixel"}),e.measured&&e.unit!=="image"&&t.addIssue({code:"custom",path:["unit"],message:"measured runs price one image: use unit `image`"})});function CI(e,t){let n=e.range,i=e.amount!==void 0?"amount":e.measured?"measured":"tiers";for(let r of["low","high"]){let o=n[r];if(o===void 0)continue;let a=["range",r];if(i==="tiers")t.addIssue({code:"custom",path:a,message:"a tiered rate cannot carry a range yet: give the rate as `amount`"});else if(i==="amount"&&typeof o!="string")t.addIssue({code:"custom",path:a,message:`an \`amount\` rate's \`range.${r}\` is an amount such as "0.0013"`});else if(i==="measured"&&typeof o=="string")t.addIssue({code:"custom",path:a,message:`a measured rate's \`range.${r}\` is a list of measured runs`});else if(i==="amount"&&typeof o=="string"){let[s,u]=r==="low"?[o,e.amount]:[e.amount,o];se(s).greaterThan(u)&&t.addIssue({code:"custom",path:a,message:`\`range.${r}\` ${o} is on the wrong side of \`amount\` ${e.amount}`})}}}var jI=Hm.and(b.object({appliesTo:b.array(b.string()).min(1),except:b.array(b.string()).default([])})),j1=b.record(b.string(),b.array(b.string().min(1)).min(1)).default({}),FI=b.union([b.array(b.number()).min(1),b.object({gte:b.number().optional(),lte:b.number().optional(),integer:b.boolean().default(!1)}).strict()]),LI=b.object({amount:pt,...C1}).strict(),MI=b.object({on:fr,replacement:b.string().min(1),source:b.url()}).strict(),BI=b.enum(["image","video","audio","gpu","storage","other"]),Wm=b.object({id:b.string().min(1),name:b.string().min(1),kind:BI,aliases:b.array(b.string().min(1)).default([]),requires:b.array(b.string()).default([]),defaults:b.record(b.string(),dc).default({}),accepts:j1,allowed:b.record(b.string(),FI).optional(),minimum:LI.optional(),retired:MI.optional(),rates:b.array(Hm).min(1),pool:b.object({id:b.string().min(1),source:b.url(),checkedAt:fr,verified:b.boolean().default(!0),note:b.string().optional()}).strict().optional(),note:b.string().optional()}).strict(),qI=b.object({ids:b.array(b.string().min(1)).min(1),reason:b.enum(["outside-pools","no-published-price","ambiguous","not-offered"]),instead:b.array(b.string().min(1)).min(1).optional(),name:b.string().min(1),pool:b.string().min(1).optional(),source:b.url(),checkedAt:fr,verified:b.boolean().default(!0),note:b.string().optional()}).strict(),ZI=b.object({id:b.string().min(1),name:b.string().min(1),source:b.url({message:"expected the URL of the page that states the architecture"}),checkedAt:fr,verified:b.boolean().default(!0),note:b.string().optional()}).strict(),VI=b.object({id:b.enum(To),name:b.string().min(1),rates:b.array(Hm).min(1),models:b.array(ZI).default([]),note:b.string().optional()}).strict(),GI=b.object({tier:b.number().int().positive(),purchasedUsd:pt,maxMonthlySpendUsd:pt}).strict(),WN=b.object({$schema:b.string().optional(),provider:b.string().regex(/^[a-z][a-z0-9-]*$/,{message:"expected a lower-case provider id"}),name:b.string().min(1),currency:b.enum(["USD","credits"]),credit:b.object({usd:pt,source:b.url(),checkedAt:fr,effectiveFrom:fr}).strict().optional(),billingSource:b.url(),defaults:b.record(b.string(),dc).default({}),accepts:j1,surcharges:b.array(jI).default([]),usageTiers:b.object({source:b.url(),checkedAt:fr,verified:b.boolean().default(!0),note:b.string().optional(),tiers:b.array(GI).min(1)}).strict().optional(),models:b.array(Wm).min(1),unpricedNames:b.array(qI).default([]),architectures:b.array(VI).default([]),communitySources:b.array(b.string().regex(/^[a-z0-9-]+$/,{message:"expected an AIR source such as `civitai`"})).default([])}).strict().superRefine((e,t)=>{e.currency==="credits"&&!e.credit&&t.addIssue({code:"custom",path:["credit"],message:"a catalog priced in credits needs `credit.usd`"});let n=new Set;e.architectures.forEach((i,r)=>{n.has(i.id)&&t.addIssue({code:"custom",path:["architectures",r,"id"],message:`architecture \`${i.id}\` is listed twice`}),n.add(i.id)})});function F1(e){let t="";for(let n of e)typeof n=="number"?t+=`[${n}]`:t+=t===""?String(n):`.${String(n)}`;return t}function HI(e,t){let n=e,i=()=>{for(let o=0;o<20;o++){let a=n.def;if(!a)return;if(a.type==="optional"||a.type==="default"||a.type==="nullable"||a.type==="readonly")n=a.innerType;else if(a.type==="pipe")n=a.in?.def?.type==="transform"?a.out:a.in;else if(a.type==="intersection")n=a.left;else return}};for(let o of t){i();let a=n.def;if(a?.type==="array"&&typeof o=="number")n=a.element;else if(a?.type==="object"&&a.shape&&typeof o=="string")n=a.shape[o];else return[]}i();let r=n.def;return r?.type==="object"&&r.shape?Object.keys(r.shape):[]}var WI={object:"a mapping",array:"a list",string:"a string",boolean:"true or false",number:"a number"};function fc(e){if(e===void 0)return"nothing";if(e===null)return"null";if(typeof e=="number"&&!Number.isFinite(e))return Number.isNaN(e)?".nan":".inf";if(typeof e=="string")return JSON.stringify(e.length>40?e.slice(0,40)+"\u2026":e);if(Array.isArray(e))return"a list";if(typeof e=="object"&&e!==null&&"toFixed"in e){let t=String(e);return t.length>24?t.slice(0,24)+"\u2026":t}return typeof e=="object"?"a mapping":String(e)}function JI(e,t){let n=e;for(let i of t){if(n===null||typeof n!="object")return;n=n[i]}return n}function L1(e,t,n,i){let r=[];for(let o of e){if(o.code==="unrecognized_keys"){let l=HI(t,o.path);for(let f of o.keys){let p=[...o.path,f],g=xr(f,l),v=n.lineOf(p);r.push(new ee(`unknown key \`${f}\``,{file:i,...v!==void 0?{line:v}:{},path:F1(p)},g?`did you mean \`${g}\`?`:`allowed keys: ${l.join(", ")}`))}continue}let a=n.lineOf(o.path),s=JI(n.value,o.path),u={file:i,...a!==void 0?{line:a}:{},path:F1(o.path)};if(s===void 0){let l=o.code==="custom"?o.message.replace(/^expected /,"add "):void 0;r.push(new ee(`missing required \`${String(o.path.at(-1))}\``,u,l));continue}let c=o.code==="invalid_type"?`expected ${WI[o.expected]??o.expected}, got ${fc(s)}`:o.message.includes(", got ")?o.message:`${o.message}, got ${fc(s)}`;r.push(new ee(c,u,XI(o,s)))}return r}function XI(e,t){if(e.code!=="invalid_value"||typeof t!="string")return;let n=e.values.filter(o=>typeof o=="string");if(!n.length)return;let i=String(e.path.at(-1)),r=xr(t,n);return r?`did you mean \`${i}: ${r}\`?`:`write \`${i}:\` as one of ${n.join(", ")}`}var _t=e=>e.trim().toLowerCase();function M1(e){let t=new Map,n=new Map,i=new Map,r=new Map,o=new Map;for(let a of e){if(t.has(a.provider))throw new ee(`provider ${a.provider} appears in two catalog files`);t.set(a.provider,a);for(let s of a.models)for(let u of[s.id,...s.aliases]){let c=`${a.provider}\0${_t(u)}`;if(n.has(c))throw new ee(`catalog ${a.provider}: model name \`${u}\` is used twice`,void 0,"make ids and aliases unique");n.set(c,{provider:a,model:s}),n.set(`${a.provider}\0${u}`,{provider:a,model:s})}o.set(a.provider,new Set((a.communitySources??[]).map(_t)));for(let s of a.architectures??[]){let u=YI(s);r.set(`${a.provider}\0${s.id}`,{provider:a,model:u,architecture:{entry:s}});for(let c of s.models??[]){let l=`${a.provider}\0${_t(c.id)}`;if(n.has(l))throw new ee(`catalog ${a.provider}: community model \`${c.id}\` is also a model name or listed twice`,void 0,"list a community model under one architecture, and not as a model too");let f={provider:a,model:u,architecture:{entry:s,known:c}};n.set(l,f),n.set(`${a.provider}\0${c.id}`,f)}}for(let s of a.unpricedNames??[])for(let u of s.ids){let c=`${a.provider}\0${_t(u)}`;if(n.has(c)||i.has(c))throw new ee(`catalog ${a.provider}: unpriced name \`${u}\` is also a model name or listed twice`,void 0,"a name is either a model (priced) or an unpriced name, once");i.set(c,s)}}return Object.freeze({providers:Object.freeze(e),provider:a=>t.get(_t(a)),model:(a,s)=>n.get(`${a}\0${s}`)??n.get(`${_t(a)}\0${_t(s)}`),unpricedName:(a,s)=>i.get(`${_t(a)}\0${_t(s)}`),architecture:(a,s)=>r.get(`${_t(a)}\0${_t(s)}`),isCommunity(a,s){let u=s.indexOf(":");return u>0&&(o.get(_t(a))?.has(_t(s.slice(0,u)))??!1)},suggest(a,s){let u=t.get(_t(a));return u?xr(s,u.models.flatMap(c=>[c.id,...c.aliases]),4):void 0}})}function YI(e){return{id:e.id,name:e.name,kind:"image",aliases:[],requires:[],defaults:{},accepts:{},rates:e.rates,...e.note?{note:e.note}:{}}}function B1(e,t){let n=t.loOpen?e.greaterThan(t.lo):e.greaterThanOrEqualTo(t.lo),i=t.hiOpen?e.lessThan(t.hi):e.lessThanOrEqualTo(t.hi);return n&&i}var q1=JSON.parse(String.raw`[
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
]`);var Z1;function pc(){return Z1??=M1(q1),Z1}var QI=new WeakMap,e6=Object.freeze({priceSource:"catalog"});function mc(e){return QI.get(e)??e6}var Jm="genspend.prices.yml",t6=b.string().regex(/^(0|[1-9]\d?)(\.\d+)?%$/,{message:'expected a percentage under 100 such as "15%" or "12.5%"'}),r6=b.object({discount:t6.optional(),models:b.array(Wm).default([])}).strict(),n6=b.object({$schema:b.string().optional(),version:b.literal(1,{message:"expected `version: 1`"}),providers:b.record(b.string().regex(/^[a-z][a-z0-9-]*$/,{message:"expected a lower-case provider id"}),r6)}).strict();var Xm=/[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g,V1=new RegExp(Xm.source),gc=e=>V1.test(e);function G1(e){let t=V1.exec(e);return t?{char:t[0],index:t.index}:void 0}var K1=e=>`U+${e.codePointAt(0).toString(16).toUpperCase().padStart(4,"0")}`;var Ym=new Map(Gm.map((e,t)=>[e,t]));function i6(e,t,n){let i=G1(e);i&&n.push(new ee(`workload name ${JSON.stringify(e)} holds an invisible or control character (${K1(i.char)} at position ${i.index+1})`,t,"remove it: a name must read as it is matched"));let r=e.normalize("NFC").trim();return r||n.push(new ee("workload name is empty",t,"give the workload a name")),r}function H1(e,t,n){let i=[],r=new Map,o=e.workloads.map((c,l)=>{let f=n(l),p={file:t,...f!==void 0?{line:f}:{}},g=`workloads[${l}]`,v=i6(c.name,{...p,path:`${g}.name`},i),h=r.get(v);h!==void 0&&i.push(new ee(`workload name "${v}" is also used by workloads[${h}]`,{...p,path:`${g}.name`},"give every workload a unique name: the diff matches base and head by name")),r.set(v,l);let _=c.provider.trim().toLowerCase()==="runpod";_&&c.gpu===void 0&&c.model===void 0?i.push(new ee("a runpod workload names its GPU with `gpu`",{...p,path:g},"add `gpu: H100 PRO` (see `genspend prices runpod`), or `model: network-volume` for storage")):_&&c.gpu!==void 0&&c.model!==void 0?i.push(new ee("give either `gpu` or `model`, not both",{...p,path:g},"keep `gpu` for a GPU endpoint")):!_&&c.model===void 0?i.push(new ee("missing required `model`",{...p,path:g},`add \`model:\` with a model id (see \`genspend prices ${c.provider}\`)`)):!_&&c.gpu!==void 0&&i.push(new ee("`gpu` applies to runpod workloads only",{...p,path:`${g}.gpu`},"remove it"));let w=Object.keys(c).filter(S=>Ym.has(S)&&c[S]!==void 0);w.sort((S,L)=>Ym.get(S)-Ym.get(L));let x={};for(let S of w)x[S]=c[S];return{name:v,provider:c.provider,model:(Array.isArray(c.gpu)?c.gpu.join(","):c.gpu)??c.model,attributes:x,location:p,...c.endpointId!==void 0?{endpointId:c.endpointId}:{}}});if(i.length)throw new qt(i);let a={...e.budget.limit!==void 0?{limit:e.budget.limit}:{},...e.budget.maxIncrease!==void 0?{maxIncrease:e.budget.maxIncrease}:{},...e.budget.maxIncreasePercent!==void 0?{maxIncreasePercent:e.budget.maxIncreasePercent}:{},unpriced:e.budget.unpriced??"warn",...e.budget.judge==="high"?{judge:"high"}:{},...e.budget.undeclared!==void 0?{undeclared:e.budget.undeclared}:{}},s=e.reconcile?.maxVariance!==void 0?{reconcile:{maxVariance:e.reconcile.maxVariance}}:{},u=e.scan?.exclude?.length?{scan:{exclude:e.scan.exclude}}:{};return{file:t,period:e.period,budget:a,...s,...u,workloads:o}}var W1=new WeakMap;function o6(e){let t=new le(e.min),n=new le(e.max),i=e.integer?"a whole number":"a number",r=s=>s.greaterThanOrEqualTo(1e6)?s.toExponential().replace("e+","e"):s.toFixed(),o=`${e.positive?"greater than "+r(t):"from "+r(t)} to ${r(n)}`,a=b.custom().superRefine((s,u)=>{if(!(s instanceof le)){if(typeof s=="number"&&!Number.isFinite(s))u.addIssue({code:"custom",message:`expected ${i} ${o}, got ${Number.isNaN(s)?".nan":".inf"}`});else{if(typeof s=="number")return;u.addIssue({code:"custom",message:`expected ${i} ${o}`})}return}(e.positive?s.lessThanOrEqualTo(t):s.lessThan(t))||s.greaterThan(n)?u.addIssue({code:"custom",message:`expected ${i} ${o}`}):e.integer&&!s.isInteger()&&u.addIssue({code:"custom",message:`expected ${i} ${o}`})});return W1.set(a,{type:e.integer?"integer":"number",...e.positive?{exclusiveMinimum:t.toNumber()}:{minimum:t.toNumber()},maximum:n.toNumber()}),a}function a6(e){switch(e.type){case"decimal":return o6(e);case"text":return b.string().min(1);case"boolean":return b.boolean();case"enum":return b.enum(e.values)}}var Qm=e=>Object.fromEntries(Object.entries(e).map(([t,n])=>[t,a6(n)]));function ai(e){return b.preprocess(t=>lc(t)||t===void 0?t:s6,e)}var s6=Symbol("not a mapping"),c6=b.enum(E1),oi=Qm(O1),J1=b.object({limit:oi.limit.optional(),maxIncrease:oi.maxIncrease.optional(),maxIncreasePercent:oi.maxIncreasePercent.optional(),unpriced:oi.unpriced.optional(),judge:oi.judge.optional(),undeclared:oi.undeclared.optional()}).strict(),vz=ai(J1),u6=b.object({exclude:b.array(b.string().min(1)).max(1e3).optional()}).strict(),l6=b.object({maxVariance:Qm(U1).maxVariance.optional()}).strict(),d6=Qm(Ro);var f6=b.union([b.string().min(1),b.array(b.string().min(1)).min(1,{message:"list at least one GPU"})],{error:"expected a GPU name (`gpu: ADA_24`) or a list of them in fallback order (`gpu: [ADA_24, AMPERE_24]`)"}),p6=ai(b.object({name:b.string().min(1).max(N1),description:b.string().optional(),provider:b.string().min(1),endpointId:b.string().min(1).optional(),model:b.string().min(1).optional(),gpu:f6.optional(),...Object.fromEntries(Object.entries(d6).map(([e,t])=>[e,t.optional()]))}).strict()),X1=b.custom(e=>e instanceof le?e.equals(1):e===1,{message:"expected `version: 1` (the only manifest version so far)"});W1.set(X1,{const:1});var eg=ai(b.object({$schema:b.string().optional(),version:X1,period:c6.default("month"),budget:ai(J1.default({})),reconcile:ai(l6).optional(),scan:ai(u6).optional(),workloads:b.array(p6).max(z1)}).strict());function Y1(e,t){let n=Ev(e,t);if(!lc(n.value))throw new ee(`expected a mapping with \`version\`, \`period\`, \`budget\` and \`workloads\`, got ${fc(n.value)}`,{file:t,line:1},"see examples/genspend.yml for the shape");let i=eg.safeParse(n.value);if(!i.success)throw new qt(L1(i.error.issues,eg,n,t));return H1(i.data,t,r=>n.lineOf(["workloads",r]))}function tg(e){return Br(e,({file:t,read:n})=>Y1(n(),t))}function rg(e){if(Array.isArray(e)){let n=e.map(rg);return i=>n.some(r=>r(i))}if(typeof e=="object"&&e!==null){let n=e,i=n.gt??n.gte,r=n.lt??n.lte,o={lo:i===void 0?new le(-1/0):new le(i),loOpen:n.gt!==void 0,hi:r===void 0?new le(1/0):new le(r),hiOpen:n.lt!==void 0};return a=>{let s=Q1(a);return s!==void 0&&B1(s,o)}}if(typeof e=="boolean")return n=>n===e;if(typeof e=="number"){let n=new le(e);return i=>{let r=Q1(i);return r!==void 0&&r.equals(n)}}let t=e.toLowerCase();return n=>typeof n=="string"&&n.trim().toLowerCase()===t}function Q1(e){if(e instanceof le)return e;if(typeof e=="string"&&/^-?\d+(\.\d+)?$/.test(e.trim()))return new le(e.trim())}var m6={gt:">",gte:">=",lt:"<",lte:"<="};function ng(e){if(Array.isArray(e))return e.map(String).join(" or ");if(typeof e=="object"&&e!==null){let t=e;return["gt","gte","lt","lte"].filter(n=>t[n]!==void 0).map(n=>`${m6[n]} ${t[n]}`).join(" and ")}return String(e)}var e$=new WeakMap,g6={ceil:le.ROUND_CEIL,floor:le.ROUND_FLOOR,"half-up":le.ROUND_HALF_UP};function t$(e,t){return{rate:e,amount:e.amount===void 0?void 0:se(e.amount),per:se(e.per),perIsOne:se(e.per).equals(1),rounding:e.rounding&&{step:se(e.rounding.step),stepIsOne:se(e.rounding.step).equals(1),mode:g6[e.rounding.mode],scope:e.rounding.scope},tiers:e.tiers?.map(n=>({cap:n.upTo===void 0?void 0:se(n.upTo),amount:se(n.amount)})),included:e.included&&{quantity:se(e.included.quantity),amount:se(e.included.amount)},conditions:Object.entries(e.when),matchers:Object.entries(e.when).map(([n,i])=>[n,rg(i)]),ref:Object.freeze({amount:e.amount??null,...e.tiers?{tiers:e.tiers}:{},...e.included?{included:e.included}:{},per:e.per,unit:e.unit,currency:t.currency,basis:e.basis,source:e.source,checkedAt:e.checkedAt,verified:e.verified,...e.note?{note:e.note}:{},...mc(e)})}}function h6(e,t){return e.surcharges.filter(n=>n.appliesTo.includes(t.kind)&&!n.except.includes(t.id))}function r$(e,t){let n=e$.get(t);if(n)return n;let i=e.currency==="credits"?se(e.credit.usd):se(1),r=new Map;for(let o of t.rates)r.set(o.charge,[...r.get(o.charge)??[],t$(o,e)]);return n={charges:[...r.entries()],surcharges:h6(e,t).map(o=>t$(o,e)),conditionKeys:[...new Set(t.rates.flatMap(o=>Object.keys(o.when)))],creditUsd:i,creditUsdIsOne:i.equals(1),defaults:Object.fromEntries(Object.entries({...e.defaults,...t.defaults}).map(([o,a])=>[o,typeof a=="number"?se(a):a])),required:new Map,priced:new Map,choices:new Map},n.choices=b6(e,t,[...n.charges.flatMap(([,o])=>o),...n.surcharges],n.defaults),e$.set(t,n),n}var v6=Object.entries(Ro).flatMap(([e,t])=>t.type==="enum"?[[e,t.values]]:[]);function b6(e,t,n,i){let r=new Map,o=new Set;for(let{rate:u}of n)for(let[c,l]of Object.entries(u.when)){let f=Array.isArray(l)?l:[l];f.every(p=>typeof p=="string")?r.set(c,[...r.get(c)??[],...f]):o.add(c)}for(let u of o)r.delete(u);for(let[u,c]of Object.entries(e.accepts))r.has(u)&&r.get(u).push(...c);for(let[u,c]of Object.entries(t.accepts))r.set(u,[...r.get(u)??[],...c]);let a=n.some(({rate:u})=>u.unit==="gpu_second");for(let[u,c]of v6)(r.has(u)||u==="worker"&&a)&&r.set(u,[...r.get(u)??[],...c]);let s=new Map;for(let[u,c]of r){let l=i[u],f=new Map;for(let p of typeof l=="string"?[...c,l]:c)f.has(p.trim().toLowerCase())||f.set(p.trim().toLowerCase(),p);s.set(u,f)}return s}function n$(e,t){if(!t.includes(",")||!e.models.some(i=>i.pool))return;let n=t.split(",").map(i=>i.trim()).filter(i=>i.length>0);return n.length>1?n:void 0}function y6(e,t,n){let i=n.models.some(o=>o.pool);if(t.reason==="no-published-price")return`no published price for ${t.pool?`pool ${t.pool}`:`\`${e}\``} (${t.name})`;if(t.reason==="ambiguous"){let o=(t.instead??[]).map(a=>`\`${a}\``).join(", ");return`\`${e}\` does not say which ${i?"GPU":"endpoint"} (${t.name}); write one of: ${o}`}let r=n.models.flatMap(o=>o.pool?[o.pool.id]:[]);if(t.reason==="not-offered"){if(!i){let o=(t.instead??[]).map(a=>`\`${a}\``).join(", ");return`\`${e}\` is not offered by ${n.name} (${t.name})${o?`; use ${o}`:""}`}return`\`${e}\` is no ${n.name} GPU type (${t.name}); pick one of: ${r.join(", ")}`}return`\`${e}\` is a Pods GPU, not in any ${n.name} pool; pick one of: ${r.join(", ")}`}function i$(e,t,n){let i=e.unpricedName(t.provider,n);return i?y6(n,i,t):void 0}var Ct={day:24,week:168,month:730};function ig(e,t){if(e.measured)return["runs","width","height","steps"];switch(e.unit){case"image":case"video":case"request":return["runs"];case"megapixel":return["runs","width","height"];case"video_second":case"audio_second":return["runs","seconds"];case"character":return["runs","characters"];case"gpu_second":return t==="active"?["activeWorkers"]:["runs","seconds"];case"gb_month":return[e.quantityFrom??"volumeGB"];case"reference_image":return["runs","referenceImages"];case"reference_video_second":return["runs","referenceVideoSeconds"];case"video_token":return["runs","width","height","fps","seconds"];case"runner_second":return["runs","seconds"]}}function a$(e,t){return e.unit==="gpu_second"?t==="active"?[]:["coldStartSeconds","idleSeconds"]:e.unit==="runner_second"?["setupSeconds","keepAlive"]:[]}function s$(e,t){let n=ig(e,t);if(e.measured)return[...n,"results"];switch(e.unit){case"image":case"video":case"megapixel":case"video_second":case"video_token":return[...n,"results"];case"gpu_second":return t==="active"?[...n,"worker","gpuCount","runs","seconds"]:[...n,"worker","gpuCount","coldStarts","coldStartSeconds","idleSeconds"];case"runner_second":return[...n,"gpuCount","coldStarts","setupSeconds","keepAlive","teardownSeconds"];default:return n}}function og(e,t,n){let{num:i,value:r}=n,o=s=>r(s)!==void 0,a=()=>o("results")?i("results"):Yt;switch(e){case"image":return[{label:"images",count:bt(i("runs"),a()),each:Yt}];case"video":return[{label:"videos",count:bt(i("runs"),a()),each:Yt}];case"request":return[{label:"requests",count:i("runs"),each:Yt}];case"megapixel":return[{label:"megapixels",count:bt(i("runs"),a()),each:Bt(i("width").times(i("height")),w6(t))}];case"video_second":return[{label:"video seconds",count:bt(i("runs"),a()),each:i("seconds")}];case"audio_second":return[{label:"audio seconds",count:i("runs"),each:i("seconds")}];case"character":return[{label:"characters",count:i("runs"),each:i("characters")}];case"gpu_second":return x6(n);case"gb_month":return[{label:"GB-months",count:Yt,each:i(t.quantityFrom??"volumeGB")}];case"reference_image":return[{label:"reference images",count:i("runs"),each:i("referenceImages")}];case"reference_video_second":return[{label:"reference video seconds",count:i("runs"),each:i("referenceVideoSeconds")}];case"video_token":return[{label:"video tokens",count:bt(i("runs"),a()),each:$6(i)}];case"runner_second":return k6(n)}}function $6(e){return Bt(e("width").times(e("height")).times(e("fps")).times(e("seconds")),1024)}var o$=new Map;function w6(e){let t=e.pixelsPerMegapixel??"1000000",n=o$.get(t);return n||o$.set(t,n=se(t)),n}function x6({num:e,value:t,period:n}){let i=t("gpuCount")!==void 0?e("gpuCount"):Yt;if(t("worker")==="active")return[{label:"always-on",count:bt(e("activeWorkers"),i),each:se(Ct[n]).times(3600)}];let r=[{label:"execution",count:bt(e("runs"),i),each:e("seconds")}];return t("coldStarts")!==void 0&&!e("coldStarts").isZero()&&(r.push({label:"cold starts",count:bt(e("coldStarts"),i),each:e("coldStartSeconds")}),r.push({label:"idle timeout",count:bt(e("coldStarts"),i),each:e("idleSeconds")})),r}function k6({num:e,value:t}){let n=t("gpuCount")!==void 0?e("gpuCount"):Yt,i=[{label:"execution",count:bt(e("runs"),n),each:e("seconds")}];if(t("coldStarts")===void 0||e("coldStarts").isZero())return i;let r=bt(e("coldStarts"),n);return i.push({label:"setup",count:r,each:e("setupSeconds")}),i.push({label:"keep-alive",count:r,each:e("keepAlive")}),t("teardownSeconds")!==void 0&&i.push({label:"teardown",count:r,each:e("teardownSeconds")}),i}var c$={published:2,contract:2,account:2,measured:1,modeled:0},Eo={megapixels:{from:["width","height"],compute:e=>e("width").times(e("height")).dividedBy(1e6)}};function ag(e,t,n){let i={name:e.name,provider:e.provider,model:e.model,...e.location?{location:e.location}:{},...e.endpointId!==void 0?{endpointId:e.endpointId}:{},runs:e.attributes.runs instanceof le?e.attributes.runs:null,cost:null,credits:null,basis:null,lines:[],assumptions:[],warnings:[]},r=t.provider(e.provider);if(!r)return i.unpriced=`unknown provider \`${e.provider}\` (genspend prices ${t.providers.map(h=>h.provider).join(", ")})`,i;let o=r.provider==="runpod"?"GPU":"model";if(!e.model)return i.unpriced=`no ${o} given`,i;let a=t.model(r.provider,e.model);if(!a){let h=n$(r,e.model);if(h)return _6(e,h,t,n,i);let _=i$(t,r,e.model);if(_)return i.unpriced=_,i;let w=A6(e,t,r,i);if(!w)return i;a=w}let{model:s}=a,u=r$(r,s),c=P6(e,u,I6(e,r,s,u));R6(e,r,s,u,c),U6(e,r,s,c),E6(e,s,u,c,i,a.architecture!==void 0),a.architecture&&S6(e,a.architecture,i);let l=[];for(let[h,_]of u.charges){let w,x=0;for(let S of _)u$(S,c.value)&&O6(S,c.value)&&(w=S,x++);if(!(x===0&&_.every(S=>S.rate.optional))){if(x!==1)return i.unpriced=j6(s,h,_,x,c.value),i;l.push(w)}}let f=new Set;for(let h of u.surcharges){if(!h.conditions.some(([w])=>!Eo[w]&&e.attributes[w]!==void 0))continue;let _=h.conditions.flatMap(([w])=>Eo[w]?.from??[w]).filter(w=>c.value(w)===void 0);if(_.length)throw new ee(`workload "${e.name}": the ${r.name} "${h.rate.charge}" surcharge needs \`${_[0]}\``,e.location,`add \`${_[0]}:\` to the workload`,{workload:e.name,attribute:_[0],missing:_});if(u$(h,c.value)){if(f.has(h.rate.charge))return i.unpriced=`two ${r.name} "${h.rate.charge}" surcharges match; the catalog is ambiguous`,i;f.add(h.rate.charge),l.push(h)}}let p={num:c.num,value:c.value,period:n},g=l.map(h=>f$(h,u,p,i));for(let h of g)i.lines.push(...h);let v=C6(s,u,r,p,i.lines);v&&i.lines.push(v),i.cost=et(i.lines.map(h=>h.amountUsd)),l.some(h=>h.rate.range)&&F6(s,u,p,l,g,i),r.currency==="credits"&&(i.credits=et(i.lines.map(h=>h.amount)),i.creditUsd=u.creditUsd),i.basis=i.lines.reduce((h,_)=>c$[_.basis]<c$[h]?_.basis:h,i.lines[0]?.basis??"published");for(let h of c.defaulted)i.assumptions.push(`${h}: ${String(c.value(h))} (${r.name} default, not in the manifest)`);c.defaulted.size&&(i.defaulted=Object.fromEntries([...c.defaulted].map(h=>[h,String(c.value(h))])));for(let{rate:h}of l)h.verified||i.warnings.push(`unverified price for ${s.id}${h.charge==="base"?"":` (${h.charge})`}: ${h.note??"not confirmed against its source"}`);if(s.retired){let{on:h,replacement:_}=s.retired;i.warnings.push(`${s.id} was retired by ${r.name} on ${h}; use ${_}`)}return G6(p,c.value,i),i}function _6(e,t,n,i,r){let{gpuPick:o,...a}=e.attributes,s=typeof o=="string"&&o.trim().toLowerCase()==="first",u;for(let g of s?t.slice(0,1):t){let v=ag({...e,model:g,attributes:a},n,i);if(v.cost===null)return r.unpriced=`\`${g}\` in the GPU list ${t.join(", ")}: ${v.unpriced??"unpriced"}`,r;(!u||v.cost.greaterThan(u.estimate.cost))&&(u={id:g,estimate:v})}let{id:c,estimate:l}=u,f=n.model(e.provider,c).model,p=s?`the first of ${t.join(", ")} (gpuPick: first)`:`the dearest of ${t.join(", ")}: an endpoint may run its jobs on any GPU in its list (gpuPick: first prices the first)`;return{...l,model:e.model,assumptions:[`gpu: priced at ${c} (${f.id}), ${p}`,...l.assumptions]}}function A6(e,t,n,i){let r=e.model,o=e.attributes.architecture,a=(n.architectures??[]).map(f=>f.id);if(typeof o=="string"&&a.length){let f=t.architecture(n.provider,o);if(f)return f;i.unpriced=`no ${n.name} price for architecture \`${o}\` yet (the catalog prices ${a.join(", ")})`;return}let s=`add \`architecture:\` (one of ${To.join(", ")}) to price it from ${n.name}'s measured runs`;if(t.isCommunity(n.provider,r)){i.unpriced=`${n.name} community model \`${r}\` is billed by its architecture: ${s}`;return}let u=n.provider==="runpod"?"GPU":"model",c=t.suggest(n.provider,r),l=a.length?`; if it is a community model, ${s}`:"";i.unpriced=`unknown ${n.name} ${u} \`${r}\`${c?` (did you mean \`${c}\`?)`:""}${l}`}function S6(e,t,n){let{entry:i,known:r}=t;n.architecture=i.id;let o=r?`the catalog lists ${r.name} as ${i.id} (${r.source})`:`\`architecture: ${i.id}\` in the workload`;n.assumptions.push(`architecture: priced as ${i.name} (\`${i.id}\`) from ${o}`);let a=e.attributes.architecture;r&&typeof a=="string"&&a!==i.id&&n.warnings.push(`\`architecture: ${a}\` ignored: the catalog lists ${e.model} as ${i.id} (${r.source})`),r&&!r.verified&&n.warnings.push(`unverified architecture for ${e.model}: ${r.note??"not confirmed against its source"}`)}function I6(e,t,n,i){let r;for(let[o,a]of Object.entries(e.attributes)){if(typeof a!="string")continue;let s=i.choices.get(o);if(!s)continue;let u=s.get(a.trim().toLowerCase());if(u!==void 0){u!==a&&(r??=new Map).set(o,u);continue}let c=[...s.values()],l=xr(a.trim(),c);throw new ee(`workload "${e.name}": ${t.name} ${n.id} does not know \`${o}\` ${JSON.stringify(a)} (allowed: ${c.join(", ")})`,e.location,l?`did you mean \`${o}: ${l}\`?`:`write \`${o}:\` as one of ${c.join(", ")}`,{workload:e.name,attribute:o,value:a,allowed:c,...l?{suggestion:l}:{}})}return r}function P6(e,t,n){let i=t.defaults,r=new Set,o,a=u=>{let c=n?.get(u)??e.attributes[u];if(c!==void 0)return typeof c=="number"?se(c):c;let l=i[u];if(l!==void 0)return r.add(u),l;let f=Eo[u];if(f&&f.from.every(p=>a(p)!==void 0)){let p=o?.get(u);return p||(o??=new Map).set(u,p=f.compute(s)),p}},s=u=>{let c=a(u);if(c instanceof le)return c;if(typeof c=="string"&&/^\d+(\.\d+)?$/.test(c.trim()))return se(c.trim());throw new ee(`\`${u}\` must be a number, got ${JSON.stringify(c)}`,e.location)};return{value:a,num:s,defaulted:r}}function D6(e,t,n){let i=t.required.get(n);if(!i){let r=new Set(e.requires),o=e.rates.filter(a=>!a.optional);for(let a of o)for(let s of Object.keys(a.when))for(let u of Eo[s]?.from??[s])r.add(u);for(let a of o)for(let s of ig(a,n))r.add(s);for(let a of e.rates)for(let s of a.absent??[])r.delete(s);i=[...r],t.required.set(n,i)}return i}function T6(e,t,n){let i=t.priced.get(n);if(!i){let r=new Set(e.requires),o=[...t.charges.flatMap(([,a])=>a),...t.surcharges];for(let{rate:a}of o){for(let s of Object.keys(a.when))for(let u of Eo[s]?.from??[s])r.add(u);for(let s of s$(a,n))r.add(s)}t.priced.set(n,i=r)}return i}function R6(e,t,n,i,r){let o=r.value("worker"),a=typeof o=="string"?o:void 0,s=D6(n,i,a),u=r.value("coldStarts");if(u instanceof le&&!u.isZero()){let v=new Set(n.rates.flatMap(h=>a$(h,a)));v.size&&(s=[...s,...v])}let c=s.filter(v=>r.value(v)===void 0),l=c[0];if(l===void 0)return;let f=n.rates.map(v=>v.when[l]).filter(v=>v!==void 0).map(ng),p=f.length?` (one of: ${[...new Set(f)].join(", ")})`:"",g=c.length>1?`; also missing: ${c.slice(1).map(v=>`\`${v}\``).join(", ")}`:"";throw new ee(`workload "${e.name}": ${t.name} ${n.id} needs \`${l}\`${p}${g}`,e.location,`add \`${l}:\` to the workload`,{workload:e.name,attribute:l,missing:c})}function E6(e,t,n,i,r,o){let a=i.value("worker"),s=typeof a=="string"?a:void 0,u=T6(t,n,s),c=s!==void 0&&n.choices.has("worker")?` with \`worker: ${s}\``:"";for(let l of Object.keys(e.attributes))o&&l==="architecture"||u.has(l)||r.warnings.push(`\`${l}\` does not change the price of ${t.id}${c}; ignored`)}function O6(e,t){return(e.rate.absent??[]).every(n=>t(n)===void 0)}function U6(e,t,n,i){for(let[r,o]of Object.entries(n.allowed??{})){let a=i.value(r);if(a===void 0)continue;let s=a instanceof le?a:typeof a=="string"&&/^\d+(\.\d+)?$/.test(a.trim())?se(a.trim()):void 0;if(s&&N6(o,s))continue;let u=z6(o);throw new ee(`workload "${e.name}": ${t.name} ${n.id} does not accept \`${r}\` ${String(a)} (allowed: ${u})`,e.location,`write \`${r}:\` as ${Array.isArray(o)?`one of ${u}`:u}`,{workload:e.name,attribute:r,value:String(a),allowed:Array.isArray(o)?o.map(String):[u]})}}function N6(e,t){return Array.isArray(e)?e.some(n=>t.equals(n)):e.integer&&!t.isInteger()?!1:(e.gte===void 0||t.greaterThanOrEqualTo(e.gte))&&(e.lte===void 0||t.lessThanOrEqualTo(e.lte))}function z6(e){if(Array.isArray(e))return e.join(", ");let t=e.integer?"a whole number":"a number";return e.gte!==void 0&&e.lte!==void 0?`${t} from ${e.gte} to ${e.lte}`:e.gte!==void 0?`${t} of at least ${e.gte}`:e.lte!==void 0?`${t} up to ${e.lte}`:t}function C6(e,t,n,i,r){let o=e.minimum;if(!o||i.value("runs")===void 0)return;let a=i.num("runs");if(a.isZero())return;let s=et(r.map(f=>f.amount)),u=a.times(o.amount);if(s.greaterThanOrEqualTo(u))return;let c=u.minus(s),l=n.currency==="credits"?"credits":"USD";return{charge:"minimum",label:`minimum ${o.amount} ${l} per request applied (metered ${vn(Bt(s,a))})`,unit:"request",quantity:a,billedQuantity:a,rate:Object.freeze({amount:o.amount,per:"1",unit:"request",currency:n.currency,basis:o.basis,source:o.source,checkedAt:o.checkedAt,verified:o.verified,...o.note?{note:o.note}:{},...mc(e.rates[0])}),amount:c,amountUsd:t.creditUsdIsOne?c:c.times(t.creditUsd),basis:o.basis}}function u$(e,t){for(let[n,i]of e.matchers){let r=t(n);if(r===void 0||!i(r))return!1}return!0}function j6(e,t,n,i,r){let a=[...new Set(n.flatMap(u=>Object.keys(u.rate.when)))].map(u=>`${u}: ${String(r(u))}`).join(", ");if(i>1)return`${e.id}: more than one price matches ${a} (the catalog is ambiguous; run \`genspend catalog check\`)`;let s=n.map(u=>Object.entries(u.rate.when).map(([c,l])=>`${c} ${ng(l)}`).join(", ")).join("; ");return`${e.id} has no ${t==="base"?"":`"${t}" `}price for ${a} (priced: ${s})`}function F6(e,t,n,i,r,o){let a={assumptions:[]},s=l=>{let f=at;i.forEach((g,v)=>{let h=L6(g,l),_=h?f$(h,t,n,a):r[v];f=f.plus(et(_.map(w=>w.amount)))});let p=e.minimum&&n.value("runs")!==void 0?n.num("runs"):void 0;return p&&!p.isZero()&&(f=le.max(f,p.times(e.minimum.amount))),t.creditUsdIsOne?f:f.times(t.creditUsd)},u=le.min(s("low"),o.cost),c=le.max(s("high"),o.cost);o.range={low:u,high:c};for(let{rate:l}of i){if(!l.range)continue;let f=l.range.source?` (${l.range.source})`:"";o.assumptions.push(`price range ${je(u)} to ${je(c)}: ${l.range.note}${f}`)}}var l$=new WeakMap;function L6(e,t){let n=e.rate.range?.[t];if(n===void 0)return;let i=l$.get(e);i||l$.set(e,i={});let r=i[t];return r||(r=typeof n=="string"?{...e,amount:se(n),rate:{...e.rate,amount:n}}:{...e,rate:{...e.rate,measured:n}},i[t]=r),r}function f$(e,t,n,i){let{rate:r}=e,o=e.ref,a=r.basis,s,u;if(r.measured){let c=Z6(r,n);s=c.amount,o={...o,amount:vn(c.amount)},a=c.basis,c.assumption&&i.assumptions.push(c.assumption),u=og("image",r,n)}else u=og(r.unit,r,n);return u.map(c=>{let l=bt(c.count,c.each),f=M6(e,c,l),p;if(s?p=f.times(s):e.tiers?p=q6(e,f):e.included?p=B6(e,c.count,f):p=e.perIsOne?f.times(e.amount):Bt(f.times(e.amount),e.per),r.unit==="gb_month"){let g=Ct[n.period];p=Bt(p.times(g),Ct.month),n.period!=="month"&&i.assumptions.push(`storage prorated to ${g} of ${Ct.month} hours`)}return{charge:r.charge,label:r.charge==="base"?c.label:`${r.charge}: ${c.label}`,unit:r.unit,quantity:l,billedQuantity:f,rate:o,amount:p,amountUsd:t.creditUsdIsOne?p:p.times(t.creditUsd),basis:a}})}function M6(e,t,n){let i=e.rounding;if(!i)return n;let r=o=>i.stepIsOne?o.toDecimalPlaces(0,i.mode):o.dividedBy(i.step).toDecimalPlaces(0,i.mode).times(i.step);return i.scope==="request"?t.count.times(r(t.each)):r(n)}function B6(e,t,n){if(t.isZero())return at;let{quantity:i,amount:r}=e.included,o=le.max(at,n.dividedBy(t).minus(i)),a=r.plus(e.perIsOne?o.times(e.amount):Bt(o.times(e.amount),e.per));return t.times(a)}function q6(e,t){let n=Bt(t,e.per),i=at,r=at;for(let o of e.tiers){let a=o.cap&&Bt(o.cap,e.per),s=a===void 0?n:le.min(n,a.minus(i));if(s.lessThanOrEqualTo(0))break;r=r.plus(s.times(o.amount)),n=n.minus(s),a!==void 0&&(i=a)}return r}var d$=new WeakMap;function Z6(e,t){let n=`${t.num("width").toString()}x${t.num("height").toString()}x${t.num("steps").toString()}`,i=d$.get(e);i||d$.set(e,i=new Map);let r=i.get(n);return r||i.set(n,r=V6(e,t)),r}function V6(e,t){let n=t.num("width"),i=t.num("height"),r=t.num("steps"),o=n.times(i).times(r),a=(l,f)=>{let p=l.dividedBy(f);return le.max(p,se(1).dividedBy(p))},s;for(let l of e.measured){if(n.equals(l.width)&&i.equals(l.height)&&r.equals(l.steps))return{amount:se(l.amount),basis:"measured"};let f={run:l,pixels:a(n.times(i),l.width*l.height),steps:a(r,l.steps)};(!s||f.pixels.lessThan(s.pixels)||f.pixels.equals(s.pixels)&&f.steps.lessThan(s.steps))&&(s=f)}let{run:u}=s;return{amount:Bt(se(u.amount).times(o),u.width*u.height*u.steps),basis:"modeled",assumption:`modeled: scaled from the measured run at ${u.width}x${u.height}, ${u.steps} steps ($${u.amount} per image) by pixels and steps`}}function G6(e,t,n){if(t("worker")!=="active"||t("runs")===void 0||t("seconds")===void 0)return;let i=e.num("runs").times(e.num("seconds").ceil()),r=e.num("activeWorkers").times(Ct[e.period]*3600);i.greaterThan(r)&&n.warnings.push(`jobs need ${i.toFixed()} GPU-seconds but ${e.num("activeWorkers").toFixed()} active worker(s) provide ${r.toFixed()}: the overflow runs on flex workers and is not priced here; add a flex workload for it`)}function sg(e,t,n){if(new Set(e.map(s=>s.period)).size>1)throw new ee(`manifests use different periods (${e.map(s=>`${s.file}: ${s.period}`).join(", ")})`,void 0,"use one `period` in every manifest, or price them separately");let r=n&&K6(n),o=Br(e,s=>{let u=Br(s.workloads,f=>{let p=r?.get(`${s.file}\0${f.name}`);return p&&p.period===s.period&&H6(p.spec,f)?J6(p.estimate,f):ag(f,t,s.period)}),c=et(u.map(f=>f.cost).filter(f=>f!==null)),l=p$(u.filter(f=>f.cost!==null),f=>f.cost);return{file:s.file,period:s.period,budget:s.budget,...s.reconcile?{reconcile:s.reconcile}:{},workloads:u,total:c,...l?{range:l}:{}}}),a=p$(o,s=>s.total);return{period:e[0]?.period??"month",total:et(o.map(s=>s.total)),...a?{range:a}:{},manifests:o}}function p$(e,t){if(e.some(n=>n.range))return{low:et(e.map(n=>n.range?.low??t(n))),high:et(e.map(n=>n.range?.high??t(n)))}}function K6(e){let t=new Map;return e.manifests.forEach((n,i)=>{let r=e.estimate.manifests[i]?.workloads;n.workloads.forEach((o,a)=>{let s=r?.[a];s&&t.set(`${n.file}\0${o.name}`,{spec:o,estimate:s,period:n.period})})}),t}function H6(e,t){if(e.provider!==t.provider||e.model!==t.model||e.endpointId!==t.endpointId)return!1;let n=Object.keys(e.attributes);if(n.length!==Object.keys(t.attributes).length)return!1;for(let i of n){let r=e.attributes[i],o=t.attributes[i];if(r!==o&&!(r instanceof le&&o instanceof le&&W6(r,o)))return!1}return!0}function W6(e,t){if(e.s!==t.s||e.e!==t.e||!e.d||!t.d||e.d.length!==t.d.length)return!1;for(let n=0;n<e.d.length;n++)if(e.d[n]!==t.d[n])return!1;return!0}function J6(e,t){let{name:n,provider:i,model:r,location:o,...a}=e;return{name:n,provider:i,model:r,...t.location?{location:t.location}:{},...a}}var cg="a non-negative number such as 50 or 12.5";function ug(e){return/^\d{1,15}(\.\d{1,15})?$/.test(e)?se(e):null}var Y6={"\n":"\\n","\r":"\\r","	":"\\t","\0":"\\0"},Q6=e=>{let t=Y6[e];if(t)return t;let n=e.charCodeAt(0);return n<=255?`\\x${n.toString(16).padStart(2,"0")}`:`\\u${n.toString(16).padStart(4,"0")}`};function m$(e){return gc(e)?e.replace(Xm,Q6):e}function si(e){return!eP.test(e)&&!gc(e)?e:m$(e.replace(/[\r\n]+/g," ")).replace(/&/g,"&amp;").replace(/</g,"&lt;").replace(/>/g,"&gt;").replace(/(^|[^A-Za-z0-9])@(?=[A-Za-z0-9])/g,"$1@\u200B").replace(/([\\`*_{}[\]#+!|~])/g,"\\$1")}var eP=/[\r\n&<>\\`*_{}[\]#+!|~@]/;function Oo(e,t=80){let n=e.replace(/[^\p{L}\p{N} .,:/@+\-()$'=_]+/gu,"_").replace(/\s+/g," ").trim();return n.length>t?`${n.slice(0,t-1)}\u2026`:n}function g$(e){let t=e.places??2,n=i=>`[${i.map(r=>r.toFixed(t)).join(", ")}]`;return["```mermaid","xychart-beta",`  title "${Oo(e.title,120)}"`,`  x-axis [${e.x.map(i=>`"${Oo(i,40)}"`).join(", ")}]`,`  y-axis "${Oo(e.yLabel,40)}"`,...(e.bars??[]).map(i=>`  bar ${n(i)}`),...(e.lines??[]).map(i=>`  line ${n(i)}`),"```"].join(`
`)}function jt(e,t){return new Date(Date.parse(`${e}T00:00:00Z`)+t*864e5).toISOString().slice(0,10)}function lg(e,t){let n=[];for(let i=e;i<t;i=jt(i,1))n.push(i);return n}var Uo={lowDays:se(14),criticalDays:se(3)},tP=e=>se(Ct[e]).dividedBy(24);function ci(e,t){return t===null||t.greaterThan(rP)?null:jt(e,t.floor().toNumber())}var rP=36525;function dg(e,t){return t===null||t.lessThanOrEqualTo(0)?null:le.max(e,0).dividedBy(t)}function fg(e,t=Uo){let n=e.burnPerDayUsd??null,i=e.plannedPerPeriodUsd===void 0?null:e.plannedPerPeriodUsd.dividedBy(tP(e.period)),r=dg(e.balanceUsd,n),o=dg(e.balanceUsd,i),a=e.plannedPerPeriodUsd!==void 0&&e.plannedPerPeriodUsd.greaterThan(e.balanceUsd)?e.plannedPerPeriodUsd.minus(e.balanceUsd):null,s=[],u="ok",c=(l,f)=>{s.push(f),(l==="critical"||l==="low"&&u==="ok")&&(u=l)};e.balanceUsd.lessThanOrEqualTo(0)&&c("critical",`balance is ${je(e.balanceUsd)}`);for(let[l,f]of[[r,"at the observed burn"],[o,"at the planned spend"]]){if(l===null||e.balanceUsd.lessThanOrEqualTo(0))continue;let p=l.toFixed(1,le.ROUND_DOWN);l.lessThan(t.criticalDays)?c("critical",`${p} days left ${f} (critical under ${t.criticalDays.toFixed()})`):l.lessThan(t.lowDays)&&c("low",`${p} days left ${f} (low under ${t.lowDays.toFixed()})`)}return t.criticalBalanceUsd&&e.balanceUsd.lessThan(t.criticalBalanceUsd)&&e.balanceUsd.greaterThan(0)?c("critical",`balance ${je(e.balanceUsd)} is under ${je(t.criticalBalanceUsd)}`):t.lowBalanceUsd&&e.balanceUsd.lessThan(t.lowBalanceUsd)&&e.balanceUsd.greaterThan(0)&&c("low",`balance ${je(e.balanceUsd)} is under ${je(t.lowBalanceUsd)}`),a&&s.push(`the planned ${e.period} needs ${je(a)} more than the balance`),{provider:e.provider,balanceUsd:e.balanceUsd,burnPerDayUsd:n,daysLeft:r,plannedPerDayUsd:i,plannedDaysLeft:o,shortfallUsd:a,status:u,reasons:s}}function pg(e,t){let n=e.provider(t)?.credit?.usd;return n===void 0?void 0:se(n)}function hc(e,t,n){if(n.credits!==void 0){let i=pg(e,t);if(!i)throw new ee(`${t} reports money in credits, but the catalog has no credit value for ${t}`,void 0,`add \`credit.usd\` to the ${t} catalog`);return se(n.credits).times(i)}if(n.amountUsd===void 0)throw new TypeError(`${t}: an amount needs \`amountUsd\` or \`credits\``);return se(n.amountUsd)}function h$(e,t,n){return n.map(i=>{let r=o=>hc(e,t,i.credits!==void 0?{credits:o}:{amountUsd:o});return{date:i.date,amountUsd:r(i.credits??i.amountUsd).toFixed(),...i.credits!==void 0?{credits:i.credits}:{},...i.byModel?{byModel:Object.fromEntries(Object.entries(i.byModel).map(([o,a])=>[o,r(a).toFixed()]))}:{}}})}function v$(e,t){let n=Object.prototype.hasOwnProperty.call(e.models,t)?e.models[t]:void 0;return!n||n.maxDailyGenerations===null?null:Math.max(0,n.maxDailyGenerations-n.dailyGenerationsUsed)}function b$(e,t,n,i,r){let o=e.filter(w=>w.provider.toLowerCase()==="runway"&&w.cost!==null),a=se(24).dividedBy(Ct[n]),s=new Map;for(let w of o)s.set(w.model,(s.get(w.model)??at).plus(w.runs??at));let u=[],c=[],l=[...s.entries()].sort(([w],[x])=>w<x?-1:1).map(([w,x])=>{let S=t.models[w],L=x.times(a),X=S?.maxDailyGenerations??null,W=S?.dailyGenerationsUsed??0,ue=X===null||L.lessThanOrEqualTo(X);return S||c.push(`${w}: not in the tier's live limits; its daily limit is unknown`),ue||u.push(`${w}: the plan needs ${L.toFixed(1)} generations a day; the tier allows ${X}`),{model:w,plannedPerDay:L,maxDailyGenerations:X,usedLast24h:W,leftToday:v$(t,w),maxConcurrentGenerations:S?.maxConcurrentGenerations??null,fits:ue,limitKnown:S!==void 0}}),p=et(o.map(w=>w.credits??at)).times(720).dividedBy(Ct[n]),g=p.lessThanOrEqualTo(t.maxMonthlyCreditSpend),v=null,h=g?null:nP(p,r),_=h!==null&&h.greaterThanOrEqualTo(Ct[n]/24);if(h!==null&&c.push(`the held credits cover the plan for ${h.toDecimalPlaces(1,le.ROUND_DOWN).toFixed()} days; after that the monthly purchase cap of ${t.maxMonthlyCreditSpend} credits falls short of the plan`),!g&&!_){let w=i.provider("runway")?.usageTiers?.tiers??[],x=pg(i,"runway");if(x){let S=p.times(x);v=w.find(L=>se(L.maxMonthlySpendUsd).greaterThanOrEqualTo(S))??null}u.push(`the plan needs ${p.toDecimalPlaces(0,le.ROUND_UP).toFixed()} credits per 30 days; the tier caps purchases at ${t.maxMonthlyCreditSpend}`+(v?`: tier ${v.tier} (unlocked at $${v.purchasedUsd} purchased) allows $${v.maxMonthlySpendUsd}`:": no published tier covers it; ask Runway"))}return{models:l,plannedCreditsPer30Days:p,maxMonthlyCreditSpend:t.maxMonthlyCreditSpend,fitsMonthlyCap:g,tierNeeded:v,problems:u,capBindsInDays:h,notes:c}}function nP(e,t){return t===void 0||e.isZero()?null:le.max(t,at).dividedBy(e.dividedBy(30))}function mg(e,t){if("error"in e)return{provider:e.provider,error:e.error};let{catalog:n,thresholds:i,estimate:r}=t,o=e.provider,a=y$(n,o,e.balance),s=iP(n,e),u=r?oP(o,r):void 0,c=fg({provider:o,balanceUsd:a,...s!==void 0?{burnPerDayUsd:s}:{},...u!==void 0?{plannedPerPeriodUsd:u}:{},period:r?.period??"month"},i);s===void 0&&(c.status==="ok"&&(c={...c,status:"low"}),c.reasons.push(`usage history could not be read: ${e.usageError??"no usage figures were given"}`));let l={provider:o,figures:e,...u!==void 0?{plannedUsd:u}:{},...e.usage?{usageUsd:h$(n,o,e.usage.days).map(f=>({date:f.date,amountUsd:se(f.amountUsd)}))}:{}};if(e.limits&&r){let f=b$(r.manifests.flatMap(p=>p.workloads),e.limits,r.period,n,e.balance.credits!==void 0?se(e.balance.credits):void 0);f.problems.length&&c.status==="ok"&&(c={...c,status:"low"}),c.reasons.push(...f.problems,...f.notes),l.tier=f}return{...l,forecast:c}}function y$(e,t,n){return hc(e,t,n.credits!==void 0?{credits:n.credits}:{amountUsd:n.amountUsd})}function iP(e,t){return t.burnPerDayCredits!==void 0?hc(e,t.provider,{credits:t.burnPerDayCredits}):t.burnPerDayUsd===void 0?void 0:se(t.burnPerDayUsd)}function oP(e,t){return et(t.manifests.flatMap(n=>n.workloads).filter(n=>n.provider.toLowerCase()===e&&n.cost!==null).map(n=>n.cost))}function gg(e){return e.some(t=>t.error||!t.forecast)?"error":e.some(t=>t.forecast.status==="critical")?"critical":e.some(t=>t.forecast.status==="low")?"low":"ok"}function ui(e){let t=e.flatMap(n=>[n.forecast?.daysLeft??null,n.forecast?.plannedDaysLeft??null]).filter(n=>n!==null);return t.length?le.min(...t):null}var Rt=e=>e==null?null:e.toFixed(1,le.ROUND_DOWN),hg=e=>e?.period??"month";function vg(e){let{reports:t,estimate:n}=e;return{version:2,asOf:e.asOf,burnWindowDays:e.burnWindowDays,period:hg(n),status:e.status,daysLeft:Rt(ui(t)),providers:t.map(i=>{let r=i.forecast,o=i.figures?.balance;return{provider:i.provider,status:r?.status??null,...r&&o?{balanceUsd:r.balanceUsd.toFixed(),...o.credits!==void 0?{credits:o.credits}:{},...o.spendLimitPerHourUsd!==void 0?{spendLimitPerHourUsd:o.spendLimitPerHourUsd}:{},...o.currentSpendPerHourUsd!==void 0?{currentSpendPerHourUsd:o.currentSpendPerHourUsd}:{},burnPerDayUsd:r.burnPerDayUsd?.toFixed()??null,daysLeft:Rt(r.daysLeft),runsOutOn:ci(e.asOf,r.daysLeft),plannedPerPeriodUsd:i.plannedUsd?.toFixed()??null,plannedDaysLeft:Rt(r.plannedDaysLeft),plannedRunsOutOn:ci(e.asOf,r.plannedDaysLeft),shortfallUsd:r.shortfallUsd?.toFixed()??null,reasons:r.reasons}:{},...i.figures?.usageError?{usageError:i.figures.usageError}:{},...i.usageUsd?{daily:$$(e,i).map(a=>({date:a.date,amountUsd:vn(a.amountUsd)}))}:{},...i.tier?{tier:{maxMonthlyCreditSpend:i.tier.maxMonthlyCreditSpend,plannedCreditsPer30Days:i.tier.plannedCreditsPer30Days.toDecimalPlaces(0,le.ROUND_UP).toFixed(),fitsMonthlyCap:i.tier.fitsMonthlyCap,capBindsInDays:i.tier.capBindsInDays?.toDecimalPlaces(1,le.ROUND_DOWN).toFixed()??null,tierNeeded:i.tier.tierNeeded?.tier??null,models:i.tier.models.map(a=>({...a,plannedPerDay:a.plannedPerDay.toFixed(1)}))}}:{},...i.error?{error:i.error}:{}}})}}var aP=e=>{let t=e.reports.filter(i=>i.error||!i.forecast).length,n=e.reports.length;return e.status==="error"?`ERROR (${t} of ${n} provider${n===1?"":"s"} could not be read)`:e.status.toUpperCase()};function sP(e){let t=[],n=[];for(let i of e.reports){let r=i.forecast;if(i.error||!r){t.push({provider:i.provider,status:"error",balance:"-",burn:"-",daysLeft:"-",planned:"-",plannedDaysLeft:"-"}),n.push(`${i.provider}: ${i.error?.message??"no answer"}`);continue}let o=i.figures?.balance,a=i.figures?.usageError;t.push({provider:i.provider,status:r.status.toUpperCase(),balance:o?.credits!==void 0?`${je(r.balanceUsd)} (${Gc(se(o.credits))})`:je(r.balanceUsd),burn:r.burnPerDayUsd?je(r.burnPerDayUsd):a?"unknown":"-",daysLeft:Rt(r.daysLeft)??(r.burnPerDayUsd?"not spending":"-"),planned:i.plannedUsd?je(i.plannedUsd):"-",plannedDaysLeft:Rt(r.plannedDaysLeft)??"-"}),o?.currentSpendPerHourUsd!==void 0&&n.push(`${i.provider}: spending ${je(se(o.currentSpendPerHourUsd))}/hour now (limit ${o.spendLimitPerHourUsd?je(se(o.spendLimitPerHourUsd)):"none"}/hour)`);for(let s of r.reasons)n.push(`${i.provider}: ${s}`);for(let s of i.tier?.models??[])n.push(`${i.provider} ${s.model}: plan ${s.plannedPerDay.toFixed(1)} generations/day; limit ${s.limitKnown?s.maxDailyGenerations??"none":"unknown"}/day, ${s.limitKnown?s.leftToday??"unlimited":"unknown"} left in the last 24 h; concurrency ${s.limitKnown?s.maxConcurrentGenerations??"unlimited":"unknown"}`)}return{rows:t,notes:n}}function cP(e){let t=hg(e.estimate);return["PROVIDER","STATUS","BALANCE",`BURN/DAY (${e.burnWindowDays}d)`,"DAYS LEFT",...e.estimate?[`PLANNED/${t.toUpperCase()}`,"DAYS LEFT (PLAN)"]:[]]}var uP=(e,t)=>[e.provider,e.status,e.balance,e.burn,e.daysLeft,...t?[e.planned,e.plannedDaysLeft]:[]];var lP={OK:":green_circle: ok",LOW:":yellow_circle: low",CRITICAL:":red_circle: critical",error:":warning: error"};function bg(e){let{rows:t,notes:n}=sP(e),i=e.estimate!==void 0,r=cP(e).map(a=>a.charAt(0)+a.slice(1).toLowerCase()),o=Rt(ui(e.reports));return["## genspend balance check","",`**Status: ${aP(e)}**${o!==null?` \xB7 fewest days left: ${o}`:""} \xB7 as of ${e.asOf}, burn over the last ${e.burnWindowDays} days`,"",`| ${r.join(" | ")} |`,`| ${r.map((a,s)=>s<2?"---":"---:").join(" | ")} |`,...t.map(a=>`| ${uP({...a,status:lP[a.status]??a.status},i).join(" | ")} |`),...n.length?["",...n.map(a=>`- ${si(a)}`)]:[],...e.reports.flatMap(a=>dP(e,a)),""].join(`
`)}function $$(e,t){if(!t.usageUsd)return null;let n=new Map(t.usageUsd.map(i=>[i.date,i.amountUsd]));return lg(jt(e.asOf,-e.burnWindowDays),e.asOf).map(i=>({date:i,amountUsd:n.get(i)??at}))}function dP(e,t){let n=$$(e,t),i=t.forecast;if(!n||!i||!i.burnPerDayUsd)return[];let r=ci(e.asOf,i.daysLeft),o=ci(e.asOf,i.plannedDaysLeft),a=r?`at this rate the balance runs out about **${r}** (${Rt(i.daysLeft)} days)`:"at this rate the balance does not run out";return["",`**${si(t.provider)}**: burn per day over the last ${e.burnWindowDays} days (bars) and its average, ${je(i.burnPerDayUsd)} a day (line); ${a}${o?`; at the planned spend about **${o}** (${Rt(i.plannedDaysLeft)} days)`:""}.`,"",g$({title:`${Oo(t.provider)}: burn per day${r?`, runs out about ${r}`:""}`,x:n.map(s=>s.date.slice(5)),yLabel:"USD",bars:[n.map(s=>s.amountUsd)],lines:[n.map(()=>i.burnPerDayUsd)]})]}var fP=new Set(["rate-limited","unavailable","timeout","network"]),Ht=class e extends Error{name="ProviderError";kind;provider;status;retryable;retryAfterMs;constructor(t){super(t.message),this.kind=t.kind,this.provider=t.provider,t.status!==void 0&&(this.status=t.status),this.retryable=fP.has(t.kind),t.retryAfterMs!==void 0&&(this.retryAfterMs=t.retryAfterMs)}redact(t){let n=vc(this.message,t);if(n===this.message)return this;let i={kind:this.kind,provider:this.provider,message:n};return this.status!==void 0&&(i.status=this.status),this.retryAfterMs!==void 0&&(i.retryAfterMs=this.retryAfterMs),new e(i)}};function yg(e){return e instanceof Ht}function vc(e,t){let n=e;for(let i of t)i.length>=4&&(n=n.replace(new RegExp(pP(i),"giu"),"[redacted]"));return n}function pP(e){return e.replace(/[.*+?^${}()|[\]\\]/g,"\\$&")}var Ft=class extends Error{constructor(n,i){super(i);this.kind=n}kind;name="TransportError"};function Cr(e,t,n=!1){let i=`${n?"would take":"took"} longer than ${e.seconds} s (the deadline for one account read)`;return new Ft("deadline",t?`${i}: ${t}`:i)}function mP(e){return e>=1024*1024&&e%(1024*1024)===0?`${e/(1024*1024)} MiB`:e>=1024&&e%1024===0?`${e/1024} KiB`:`${e} bytes`}function li(e){return new Ft("too-large",`the response is larger than ${mP(e)}, the size limit for one answer`)}var cn=class{constructor(t){this.text=t}text};function di(e){return gP.test(e)}var gP=/^-?[0-9]+$/;function bc(e){return hP.test(e)}var hP=/^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;function yc(e,t){if(di(e))return Number.isSafeInteger(Number.parseInt(e,10));let n=Number.parseFloat(e);if(Number.isInteger(n)&&!Number.isSafeInteger(n))return!1;let i=String(n);if(e===i)return!0;let r=w$(e),o=w$(i);return!!(r===o||t?.approx===!0&&o.length>=14&&r.startsWith(o.substring(0,14)))}var un=(function(e){return e.underflow="underflow",e.overflow="overflow",e.truncate_integer="truncate_integer",e.truncate_float="truncate_float",e})({});function $g(e){if(yc(e,{approx:!1}))return;if(di(e))return un.truncate_integer;let t=Number.parseFloat(e);return Number.isFinite(t)?t===0?un.underflow:un.truncate_float:un.overflow}function w$(e){let{start:t,end:n}=vP(e),i=e.substring(t,n),r=i.indexOf(".");return r===-1?i:i.substring(0,r)+i.substring(r+1)}function vP(e){let t=0;for(e[0]==="-"&&t++;e[t]==="0"||e[t]===".";)t++;let n=e.lastIndexOf("e");for(n===-1&&(n=e.lastIndexOf("E")),n===-1&&(n=e.length);(e[n-1]==="0"||e[n-1]===".")&&n>t;)n--;return{start:t,end:n}}var x$=Symbol.for("lossless-json.LosslessNumber"),ln=class{value;isLosslessNumber=!0;get[x$](){return!0}constructor(t){if(!bc(t))throw new Error(`Invalid number (value: "${t}")`);this.value=t}valueOf(){let t=$g(this.value);if(t===void 0||t===un.truncate_float)return Number.parseFloat(this.value);if(di(this.value))return BigInt(this.value);throw new Error(`Cannot safely convert to number: the value '${this.value}' would ${t} and become ${Number.parseFloat(this.value)}`)}toString(){return this.value}};function fi(e){return e!==null&&typeof e=="object"&&e[x$]===!0}function wg(e){return new ln(e)}function k$(e,t){return xg({"":e},"",e,t)}function xg(e,t,n,i){return Array.isArray(n)?i.call(e,t,$P(n,i)):n&&typeof n=="object"&&!fi(n)?i.call(e,t,yP(n,i)):i.call(e,t,n)}function yP(e,t){for(let n of Object.keys(e)){let i=xg(e,n,e[n],t);i!==void 0?e[n]=i:delete e[n]}return e}function $P(e,t){for(let n=0;n<e.length;n++){let i=xg(e,String(n),e[n],t);i===void 0?delete e[n]:e[n]=i}return e}function Ag(e,t,n){let i=typeof n=="function"?{parseNumber:n}:n,r=i?.parseNumber??wg,o=i?.onDuplicateKey??ue,a=0,s=l();return w(s),S(),t?k$(s,t):s;function u(){if(e.charCodeAt(a)===SP){a++,p();let H={},he=!0;for(;a<e.length&&e.charCodeAt(a)!==S$;){he?he=!1:(h(),p());let Ne=a,_e=g();if(_e===void 0){W();return}p(),_();let nt=l();if(nt===void 0){xe();return}if(Object.prototype.hasOwnProperty.call(H,_e)&&!_g(nt,H[_e])){let mt=o({key:_e,position:Ne+1,oldValue:H[_e],newValue:nt});mt!==void 0&&_$(H,_e,mt)}else _$(H,_e,nt)}return e.charCodeAt(a)!==S$&&Q(),a++,H}}function c(){if(e.charCodeAt(a)===IP){a++,p();let H=[],he=!0;for(;a<e.length&&e.charCodeAt(a)!==I$;){he?he=!1:h();let Ne=l();x(Ne),H.push(Ne)}return e.charCodeAt(a)!==I$&&te(),a++,H}}function l(){p();let H=g()??v()??u()??c()??f("true",!0)??f("false",!1)??f("null",null);return p(),H}function f(H,he){if(e.slice(a,a+H.length)===H)return a+=H.length,he}function p(){for(;wP(e.charCodeAt(a));)a++}function g(){if(e.charCodeAt(a)===kg){a++;let H="";for(;a<e.length&&e.charCodeAt(a)!==kg;){if(e.charCodeAt(a)===AP){let he=e[a+1],Ne=_P[he];Ne!==void 0?(H+=Ne,a++):he==="u"?$c(e.charCodeAt(a+2))&&$c(e.charCodeAt(a+3))&&$c(e.charCodeAt(a+4))&&$c(e.charCodeAt(a+5))?(H+=String.fromCharCode(Number.parseInt(e.slice(a+2,a+6),16)),a+=5):ke(a):be(a)}else kP(e.charCodeAt(a))?H+=e[a]:T(e[a]);a++}return X(),a++,H}}function v(){let H=a;if(e.charCodeAt(a)===P$&&(a++,L(H)),e.charCodeAt(a)===Sg)a++;else if(xP(e.charCodeAt(a)))for(a++;wc(e.charCodeAt(a));)a++;else return;if(e.charCodeAt(a)===NP)for(a++,L(H);wc(e.charCodeAt(a));)a++;if(e.charCodeAt(a)===LP||e.charCodeAt(a)===FP)for(a++,(e.charCodeAt(a)===P$||e.charCodeAt(a)===EP)&&a++,L(H);wc(e.charCodeAt(a));)a++;if(a>H)return r(e.slice(H,a))}function h(){if(e.charCodeAt(a)!==UP)throw new SyntaxError(`Comma ',' expected after value ${C()}`);a++}function _(){if(e.charCodeAt(a)!==zP)throw new SyntaxError(`Colon ':' expected after property name ${C()}`);a++}function w(H){if(H===void 0)throw new SyntaxError(`JSON value expected ${C()}`)}function x(H){if(H===void 0)throw new SyntaxError(`Array item expected ${C()}`)}function S(){if(a<e.length)throw new SyntaxError(`Expected end of input ${C()}`)}function L(H){if(!wc(e.charCodeAt(a))){let he=e.slice(H,a);throw new SyntaxError(`Invalid number '${he}', expecting a digit ${C()}`)}}function X(){if(e.charCodeAt(a)!==kg)throw new SyntaxError(`End of string '"' expected ${C()}`)}function W(){throw new SyntaxError(`Quoted object key expected ${C()}`)}function ue({key:H,position:he}){throw new SyntaxError(`Duplicate key '${H}' encountered at position ${he}`)}function Q(){throw new SyntaxError(`Quoted object key or end of object '}' expected ${C()}`)}function te(){throw new SyntaxError(`Array item or end of array ']' expected ${C()}`)}function T(H){throw new SyntaxError(`Invalid character '${H}' ${I()}`)}function be(H){let he=e.slice(H,H+2);throw new SyntaxError(`Invalid escape character '${he}' ${I()}`)}function xe(){throw new SyntaxError(`Object value expected after ':' ${I()}`)}function ke(H){let he=e.slice(H,H+6);throw new SyntaxError(`Invalid unicode character '${he}' ${I()}`)}function I(){return`at position ${a}`}function P(){return a<e.length?`but got '${e[a]}'`:"but reached end of input"}function C(){return`${P()} ${I()}`}}function _$(e,t,n){t==="__proto__"?Object.defineProperty(e,t,{value:n,writable:!0,enumerable:!0,configurable:!0}):e[t]=n}function wP(e){return e===PP||e===DP||e===TP||e===RP}function $c(e){return e>=Sg&&e<=Ig||e>=CP&&e<=MP||e>=jP&&e<=BP}function wc(e){return e>=Sg&&e<=Ig}function xP(e){return e>=OP&&e<=Ig}function kP(e){return e>=32&&e<=1114111}function _g(e,t){return e===t?!0:Array.isArray(e)&&Array.isArray(t)?e.length===t.length&&e.every((n,i)=>_g(n,t[i])):A$(e)&&A$(t)?[...new Set([...Object.keys(e),...Object.keys(t)])].every(i=>_g(e[i],t[i])):!1}function A$(e){return typeof e=="object"&&e!==null}var _P={'"':'"',"\\":"\\","/":"/",b:"\b",f:"\f",n:`
`,r:"\r",t:"	"},AP=92,SP=123,S$=125,IP=91,I$=93,PP=32,DP=10,TP=9,RP=13,kg=34,EP=43,P$=45,Sg=48,OP=49,Ig=57,UP=44,NP=46,zP=58,CP=65,jP=97,FP=69,LP=101,MP=70,BP=102;var qP=/^(mon|tue|wed|thu|fri|sat|sun)[a-z]*,? .*\d{1,2}:\d{2}:\d{2}/i;function xc(e,t){if(e===void 0)return;let n=e.trim(),i;if(/^\d+(\.\d+)?$/.test(n))i=Math.round(Number(n)*1e3);else if(qP.test(n)){let r=Date.parse(n);Number.isNaN(r)||(i=Math.max(0,r-t))}return i!==void 0&&Number.isFinite(i)&&i<=864e5?i:void 0}var T$=[{pattern:/user is locked/i,kind:"locked"},{pattern:/not have enough credits|insufficient (credits|balance|funds)/i,kind:"insufficient-credits"},{pattern:/daily task limit/i,kind:"daily-limit"}];function R$(e){return T$.some(t=>t.pattern.test(e))}var ZP=/unauthori[sz]ed|invalid api[ _-]?key|api[ _-]?key (is )?(invalid|missing|not valid)|authentication (failed|required)/i,D$=300;function VP(e){if(e instanceof cn)return e.text.trimStart().startsWith("<")?void 0:jr(e.text);if(typeof e=="string")return jr(e);if(!dn(e))return;let{error:t,errors:n,detail:i,message:r}=e;if(typeof t=="string")return jr(t);if(dn(t)&&typeof t.message=="string")return jr(t.message);if(Array.isArray(n)&&dn(n[0])){let o=n[0],a=[o.code,o.message].filter(s=>typeof s=="string").join(": ");return a?jr(a):void 0}if(typeof i=="string")return jr(i);if(Array.isArray(i)&&dn(i[0])&&typeof i[0].msg=="string")return jr(i[0].msg);if(typeof r=="string")return jr(r)}function E$(e){return dn(e)&&Array.isArray(e.errors)&&e.errors.length>0}function Pg(e,t,n,i={},r=Date.now()){let o=VP(n),a=o?`: ${o}`:"",s=`(HTTP ${t})`,u=xc(i["retry-after"],r),c=(f,p)=>new Ht({kind:f,provider:e.provider,status:t,message:`${e.provider} ${e.endpoint}: ${p}`,...u!==void 0&&(f==="rate-limited"||f==="unavailable")?{retryAfterMs:u}:{}});switch((o?T$.find(f=>f.pattern.test(o)):void 0)?.kind){case"locked":return c("locked",`the account is locked ${s}${a}. Top up the balance; retrying will not help`);case"insufficient-credits":return c("insufficient-credits",`not enough credits ${s}${a}. Buy credits before submitting work`);case"daily-limit":return c("daily-limit",`the daily generation limit is reached ${s}${a}. Wait for the rolling 24 hours to pass or move to a higher usage tier`)}if(t===401||t===403)return e.admin?c("admin-key-required",`this endpoint needs an ADMIN API key; the key given was refused ${s}${a}. Create a key with the Admin scope`):c("auth",`the API key was refused ${s}${a}. Check the key`);if(t===404)return c("not-found",`not found ${s}${a}`);if(t===429){let f=u!==void 0?`, retry after ${Math.ceil(u/1e3)} s`:"";return c("rate-limited",`rate limited ${s}${f}${a}`)}return t>=500?c("unavailable",`the provider is unavailable ${s}${a}`):o&&ZP.test(o)?c("auth",`the API key was refused ${s}${a}. Check the key`):t>=400?c("bad-request",`the request was rejected ${s}${a}`):c("bad-response",`the provider answered with an error ${s}${a}`)}function Be(e,t,n){return new Ht({kind:"bad-response",provider:e.provider,message:`${e.provider} ${e.endpoint}: ${t}`,...n!==void 0?{status:n}:{}})}function dn(e){return typeof e=="object"&&e!==null&&!Array.isArray(e)}function jr(e){let t=e.replace(/\s+/g," ").trim();if(t)return t.length>D$?`${t.slice(0,D$)}...`:t}function O$(e){try{return Ag(e,null,{parseNumber:t=>yc(t)?Number(t):new ln(t),onDuplicateKey:({newValue:t})=>t})}catch{return new cn(e)}}function qe(e){return(t,n,i={})=>{if(t===404&&e.onNotFound)return e.onNotFound();if(t<200||t>299)throw Pg(e,t,n,i);if(n instanceof cn)throw Be(e,"the response is not valid JSON (truncated or not JSON)",t);if(e.errorsInBody&&E$(n))throw Pg(e,t,n,i);return e.map(kc(e,e.schema,n))}}function kc(e,t,n){let i=t.safeParse(n);if(i.success)return i.data;let r=i.error.issues.slice(0,3).map(o=>{let a=GP(o.path);return a&&KP(n,o.path)===void 0?`missing field ${a}`:`${a?`field ${a}`:"response"}: ${o.message}`});throw Be(e,r.join("; "))}function GP(e){let t="";for(let n of e)typeof n=="number"?t+=`[${n}]`:typeof n=="string"&&/^[A-Za-z_$][\w$]*$/.test(n)?t+=t?`.${n}`:n:t+=`[${JSON.stringify(String(n))}]`;return t}function KP(e,t){let n=e;for(let i of t)if(Array.isArray(n)&&typeof i=="number")n=n[i];else if(dn(n)&&typeof i=="string")n=n[i];else return;return n}async function Ze(e,t,n){let i=XP(t),r;try{if(r=await e(t),r.bodyText.length>16777216)throw li(16777216)}catch(o){throw WP(t,o).redact(i)}try{return n(r.status,O$(r.bodyText),r.headers)}catch(o){throw o instanceof Ht?o.redact(i):o}}var HP={timeout:"timeout",network:"network",deadline:"timeout","too-large":"bad-response"};function WP(e,t){let n=t instanceof Ft?HP[t.kind]:"network",i=t instanceof Error?t.message:String(t);return new Ht({kind:n,provider:e.provider,message:`${e.provider} ${e.endpoint}: ${i}`})}var JP=/^(authorization|x-api-key|x-key|api-key|cookie)$/i;function XP(e){let t=[];for(let[n,i]of Object.entries(e.headers)){if(!JP.test(n))continue;t.push(i);let r=/^\S+\s+(.+)$/.exec(i)?.[1];r&&t.push(r)}return t.sort((n,i)=>i.length-n.length)}function pr(e){if(typeof e?.apiKey!="string"||e.apiKey.trim()==="")throw new TypeError("Expected `apiKey` to be a non-empty string.")}var pi=class extends TypeError{constructor(n,i,r,o){super(`Expected \`${n}\` to be ${i}, got ${r}.${o?` Fix: ${o}.`:""}`);this.option=n;this.expected=i;this.got=r;this.fix=o}option;expected;got;fix};function YP(e){return e.replace(/^([a-z][a-z\d+.-]*:\/\/)?.*@/is,"$1[redacted]@")}function We(e,t,n="baseUrl"){if(e===void 0)return t;let i=typeof e=="string"?JSON.stringify(YP(e)):String(e);if(typeof e!="string"||!/^https?:\/\/[^\s/]+/.test(e))throw new pi(n,'an http(s) URL such as "https://api.example.com"',i);if(e.includes("@"))throw new pi(n,"an http(s) URL without a user name or password",i,`remove the "user:password@" part; genspend sends the API key in the provider's own header`);return e.replace(/\/+$/,"")}function fn(e){let t=[];for(let[n,i]of Object.entries(e))for(let r of typeof i=="string"?[i]:i??[])t.push(`${n}=${QP(r)}`);return t.length?`?${t.join("&")}`:""}function pn(e){return encodeURIComponent(e).replace(/%3A/gi,":").replace(/%40/g,"@")}function QP(e){return encodeURIComponent(e).replace(/%2F/gi,"/").replace(/%2C/gi,",").replace(/%3A/gi,":").replace(/%40/g,"@")}function At(e,t,n,i,r){let o=r===void 0?void 0:JSON.stringify(r);return Object.freeze({provider:e.provider,endpoint:e.endpoint,method:t,url:n,headers:Object.freeze({Accept:"application/json",...o!==void 0?{"Content-Type":"application/json"}:{},...i}),...o!==void 0?{body:o}:{}})}function Fr(e,t){if(typeof e!="string"||e.trim()==="")throw new TypeError(`Expected ${t}, got ${JSON.stringify(e)??String(e)}.`);return e.trim()}function N$(e,t){let{sleep:n,retries:i=3,baseDelayMs:r=500,maxDelayMs:o=3e4,random:a=Math.random,now:s=Date.now}=t;if(Tg("retries",i),Tg("baseDelayMs",r),Tg("maxDelayMs",o),typeof n!="function")throw new TypeError("Expected `sleep` to be a function (ms) => Promise<void>.");let u=l=>Math.min(o,r*2**l*(1+a()));return async(l,f={})=>{let{deadline:p}=f;for(let g=0;g<i;g++){U$(p);let v;try{let h=await e(l,f);if(v=c(h,g),v===void 0)return h}catch(h){if(!(h instanceof Ft)||h.kind!=="timeout"&&h.kind!=="network")throw h;let _=u(g);v={ms:_,why:`${h.message}; the next attempt was due in ${Dg(_)}`}}if(p&&v.ms>=p.remainingMs())throw Cr(p,v.why,!0);await n(v.ms)}return U$(p),e(l,f)};function c(l,f){if(l.status!==429&&l.status<500||R$(l.bodyText))return;let p=xc(l.headers["retry-after"],s());if(p===void 0){let g=u(f);return{ms:g,why:`HTTP ${l.status}; the next attempt was due in ${Dg(g)}`}}if(!(p>o))return{ms:p,why:`HTTP ${l.status} with Retry-After ${Dg(p)}`}}}function U$(e){if(e&&e.remainingMs()<=0)throw Cr(e)}function Dg(e){return`${Math.round(e/100)/10} s`}function Tg(e,t){if(!Number.isInteger(t)||t<0)throw new TypeError(`Expected \`${e}\` to be a non-negative integer, got ${String(t)}.`)}function Rg(e){let{fetch:t,timeoutMs:n=1e4,timeoutSignal:i=s=>AbortSignal.timeout(s),maxResponseBytes:r=16777216,...o}=e;if(typeof t!="function")throw new TypeError("Expected `fetch` to be a function, such as the global fetch of Node 20.");if(!Number.isInteger(n)||n<=0)throw new TypeError(`Expected \`timeoutMs\` to be a positive integer, got ${String(n)}.`);if(!Number.isInteger(r)||r<=0)throw new TypeError(`Expected \`maxResponseBytes\` to be a positive integer, got ${String(r)}.`);return N$(async(s,u={})=>{let{deadline:c}=u,l=c?Math.ceil(c.remainingMs()):1/0;if(c&&l<=0)throw Cr(c);let f=Math.min(n,l);try{let p=await t(s.url,{method:s.method,headers:{...s.headers},...s.body!==void 0?{body:s.body}:{},signal:i(f)}),g={};p.headers.forEach((h,_)=>g[_.toLowerCase()]=h);let v=await e4(p,g["content-length"],r);return{status:p.status,headers:g,bodyText:v}}catch(p){throw t4(p,f,f<n?c:void 0)}},o)}async function e4(e,t,n){let i=e.body?.getReader();if(t!==void 0&&/^\d+$/.test(t.trim())&&Number(t)>n)throw await i?.cancel().catch(()=>{}),li(n);if(e.body===void 0){let s=await e.text();if(s.length>n)throw li(n);return s}if(!i)return"";let r=new TextDecoder("utf-8"),o="",a=0;for(;;){let{done:s,value:u}=await i.read();if(s)return o+r.decode();if(a+=u?.byteLength??0,a>n)throw await i.cancel().catch(()=>{}),li(n);o+=r.decode(u,{stream:!0})}}function t4(e,t,n){if(e instanceof Ft)return e;let i=e?.name;if(i==="TimeoutError"||i==="AbortError")return n?Cr(n,`no response within the ${t} ms that were left`):new Ft("timeout",`no response within ${t} ms`);let r=e instanceof Error?e.message:String(e),o=e?.cause,a=typeof o?.code=="string"?o.code:typeof o?.message=="string"?o.message:void 0;return new Ft("network",`network error: ${r}${a?` (${a})`:""}`)}var z$=Qo,Le=z$.clone({precision:40,rounding:z$.ROUND_HALF_UP,toExpNeg:-40,toExpPos:40}),r4=/^-?\d+(\.\d+)?$/,No=b.union([b.number().transform(e=>String(e)),b.custom(fi,"expected a number").transform(e=>e.value)]),Ee=b.union([No,b.string().trim().regex(r4,"expected a decimal amount")]).transform(e=>new Le(e).toFixed());var n4=/^(\d{4})-(\d{2})-(\d{2})$/;function Lr(e){let t=new Map,n=e.some(i=>i.credits!==void 0)?"credits":"amountUsd";for(let i of e){let r=t.get(i.date);r||t.set(i.date,r={total:new Le(0),byModel:new Map,units:new Map});let o=i.credits??i.amountUsd;r.total=r.total.plus(o),i.model!==void 0&&r.byModel.set(i.model,(r.byModel.get(i.model)??new Le(0)).plus(o)),i.model!==void 0&&i.units&&i4(r.units,i.model,i.units)}return[...t.entries()].sort(([i],[r])=>i<r?-1:i>r?1:0).map(([i,r])=>({date:i,[n]:r.total.toFixed(),...r.byModel.size?{byModel:Object.fromEntries([...r.byModel].map(([o,a])=>[o,a.toFixed()]))}:{},...r.units.size?{units:Object.fromEntries([...r.units].map(([o,a])=>[o,a4(a)]))}:{}}))}function i4(e,t,n){let i=e.get(t);if(!i){e.set(t,{quantity:new Le(n.quantity),unit:n.unit,unitPrice:n.unitPrice});return}i.quantity=i.quantity.plus(n.quantity),i.unit!==n.unit&&(i.unit=null),i.unitPrice!==null&&!o4(i.unitPrice,n.unitPrice)&&(i.unitPrice=null)}function o4(e,t){return e===void 0?t===void 0:t!==void 0&&new Le(e).equals(t)}function a4(e){return{...e.unit?{unit:e.unit}:{},quantity:e.quantity.toFixed(),...e.unitPrice?{unitPrice:e.unitPrice}:{}}}function mi(e){let t=e.slice(0,10);return gi(t)?t:void 0}function gi(e){let t=n4.exec(e);return t?new Date(Date.UTC(Number(t[1]),Number(t[2])-1,Number(t[3]))).toISOString().slice(0,10)===e:!1}function Wt(e){for(let t of["startDate","beforeDate"]){let n=e?.[t];if(typeof n!="string"||!gi(n))throw new TypeError(`Expected \`${t}\` to be a UTC date as YYYY-MM-DD, got ${JSON.stringify(n)}.`)}if(e.beforeDate<=e.startDate)throw new RangeError(`Expected \`beforeDate\` (${e.beforeDate}) to be after \`startDate\` (${e.startDate}): the window is end-exclusive.`);return e}function C$(e,t){let{days:n}=t;if(!Number.isInteger(n)||n<=0)throw new TypeError(`Expected \`days\` to be a positive integer, got ${String(n)}.`);return e.days.reduce((r,o)=>r.plus(o.credits??o.amountUsd),new Le(0)).dividedBy(n).toFixed()}function Eg(e,t,n){let i=C$(t,{days:n});return e.currency==="credits"?{burnPerDayCredits:i}:{burnPerDayUsd:i}}function Og(e,t){if(!Number.isInteger(t)||t<=0)throw new TypeError(`Expected \`days\` to be a positive integer, got ${String(t)}.`);if(typeof e!="string"||!gi(e))throw new TypeError(`Expected \`today\` to be a UTC date as YYYY-MM-DD, got ${JSON.stringify(e)}.`);return Wt({startDate:jt(e,-t),beforeDate:e})}var s4=100;async function Ac(e,t,n=s4){let i=[],r=new Set,o;for(let a=0;a<n;a++){let s=await t(o);if(i.push(...s.items),s.nextCursor===void 0)return i;if(r.has(s.nextCursor))throw Be(e,`pagination returned cursor ${JSON.stringify(s.nextCursor)} twice`);r.add(s.nextCursor),o=s.nextCursor}throw Be(e,`pagination did not end after ${n} pages`)}function j$(e,t){let n=[];for(let i=0;i<e.length;i+=t)n.push(e.slice(i,i+t));return n}var c4="https://api.fal.ai",Ug=50,B$={provider:"fal",endpoint:"/v1/account/billing",admin:!0},hi={provider:"fal",endpoint:"/v1/models/usage",admin:!0},Sc={provider:"fal",endpoint:"/v1/models/pricing"},vi={provider:"fal",endpoint:"/v1/models/billing-events",admin:!0};function Ic(e,t,n){return pr(t),At(e,"GET",`${We(t.baseUrl,c4)}${n}`,{Authorization:`Key ${t.apiKey}`})}function F$(e){return Ic(B$,e,`/v1/account/billing${fn({expand:"credits"})}`)}function u4(e,t,n={}){let{startDate:i,beforeDate:r}=Wt(t),o=fn({start:`${i}T00:00:00Z`,end:`${r}T00:00:00Z`,timeframe:"day",timezone:"UTC",expand:["time_series","summary"],cursor:n.cursor});return Ic(hi,e,`/v1/models/usage${o}`)}function l4(e,t,n={}){if(t.length<1||t.length>Ug)throw new RangeError(`Expected 1 to ${Ug} endpoint ids per pricing request, got ${t.length}.`);return Ic(Sc,e,`/v1/models/pricing${fn({endpoint_id:t.join(","),cursor:n.cursor})}`)}function d4(e,t,n){let i=Fr(t,"a fal request id");if(typeof n?.start!="string"||Number.isNaN(Date.parse(n.start)))throw new TypeError(`Expected \`start\` to be an ISO timestamp, got ${JSON.stringify(n?.start)}.`);return Ic(vi,e,`/v1/models/billing-events${fn({request_id:i,start:n.start,cursor:n.cursor})}`)}var Ng=b.literal("USD"),zg={next_cursor:b.string().nullable().optional(),has_more:b.boolean().optional()},f4=qe({...B$,schema:b.object({credits:b.object({current_balance:Ee,currency:Ng.optional()})}),map:({credits:e})=>({provider:"fal",amountUsd:e.current_balance,currency:"USD"})}),L$=b.object({endpoint_id:b.string(),unit:b.string().optional(),quantity:Ee.optional(),unit_price:Ee.optional(),cost:Ee.optional(),cost_total:Ee.optional(),currency:Ng.optional()}),p4=qe({...hi,schema:b.object({time_series:b.array(b.object({bucket:b.string(),results:b.array(L$)})).optional(),summary:b.array(L$).optional(),...zg}),map:e=>{let t=(e.time_series??[]).flatMap((i,r)=>{let o=mi(i.bucket);if(!o)throw Be(hi,`field time_series[${r}].bucket: expected a timestamp, got ${JSON.stringify(i.bucket)}`);return i.results.map((a,s)=>({date:o,model:a.endpoint_id,amountUsd:M$(a,`time_series[${r}].results[${s}]`),...a.quantity!==void 0?{units:m4(a,a.quantity)}:{}}))}),n=e.summary?.map((i,r)=>M$(i,`summary[${r}]`)).reduce((i,r)=>i.plus(r),new Le(0)).toFixed();return{items:t,...Cg(hi,e),...n!==void 0?{summaryUsd:n}:{}}}});function m4(e,t){return{...e.unit!==void 0?{unit:e.unit}:{},quantity:t,...e.unit_price!==void 0?{unitPrice:e.unit_price}:{}}}function M$(e,t){let n=e.cost_total??e.cost;if(n!==void 0)return n;if(e.quantity!==void 0&&e.unit_price!==void 0)return new Le(e.quantity).times(e.unit_price).toFixed();throw Be(hi,`missing field ${t}.cost_total`)}var g4=qe({...Sc,schema:b.object({prices:b.array(b.object({endpoint_id:b.string(),unit_price:Ee,unit:b.string(),currency:Ng.optional()})),...zg}),map:e=>({items:e.prices.map(t=>({provider:"fal",model:t.endpoint_id,unit:t.unit,amountUsd:t.unit_price})),...Cg(Sc,e)})});function Cg(e,t){if(t.has_more===!1||t.has_more===void 0&&!t.next_cursor)return{};if(!t.next_cursor)throw Be(e,"missing field next_cursor (has_more is true)");return{nextCursor:t.next_cursor}}var h4=b.object({request_id:b.string(),endpoint_id:b.string().optional(),unit:b.string().optional(),output_units:Ee.nullable().optional(),unit_price:Ee.nullable().optional(),percent_discount:Ee.nullable().optional(),cost_total:Ee.nullable().optional(),cost_estimate_nano_usd:Ee.nullable().optional()}),v4=qe({...vi,schema:b.object({billing_events:b.array(h4),...zg}),map:e=>({items:e.billing_events,...Cg(vi,e)})});function b4(e,t){if(e.cost_total!=null)return e.cost_total;if(e.cost_estimate_nano_usd!=null)return new Le(e.cost_estimate_nano_usd).dividedBy(1e9).toFixed();if(e.output_units!=null&&e.unit_price!=null){let n=new Le(1).minus(new Le(e.percent_discount??0).dividedBy(100));return new Le(e.output_units).times(e.unit_price).times(n).toFixed()}throw Be(vi,`missing field ${t}.cost_total`)}function y4(e,t,n){let i=t.map((c,l)=>({e:c,i:l})).filter(({e:c})=>c.request_id===e);if(!i.length)throw new Ht({kind:"not-found",provider:"fal",message:`fal ${vi.endpoint}: no billing event for request ${JSON.stringify(e)} since ${n} (fal records an event shortly after the request ends; check the id and that the key is the admin key of the account that ran it)`});let r=i.reduce((c,{e:l,i:f})=>c.plus(b4(l,`billing_events[${f}]`)),new Le(0)).toFixed(),o=i[0].e,a=i.every(({e:c})=>c.output_units!=null)?i.reduce((c,{e:l})=>c.plus(l.output_units),new Le(0)).toFixed():void 0,s=new Set(i.map(({e:c})=>c.unit_price??void 0)),u=s.size===1?[...s][0]:void 0;return{provider:"fal",id:e,state:"finished",amountUsd:r,...o.endpoint_id!==void 0?{model:o.endpoint_id}:{},...a!==void 0?{units:{quantity:a,...o.unit!==void 0?{unit:o.unit}:{},...u!==void 0?{unitPrice:u}:{}}}:{},source:"fal GET /v1/models/billing-events"}}function q$(e){let{transport:t,...n}=e;return F$(n),Object.freeze({getBalance:()=>Ze(t,F$(n),f4),async getUsage(i){let r,o=await Ac(hi,async a=>{let s=await Ze(t,u4(n,i,a?{cursor:a}:{}),p4);return r??=s.summaryUsd,s});return{provider:"fal",days:Lr(o),source:"fal GET /v1/models/usage",...r!==void 0?{totals:{periodUsd:r}}:{}}},async getLivePrices(i){let r=[...new Set(i)],o=[];for(let s of j$(r,Ug))o.push(...await Ac(Sc,u=>Ze(t,l4(n,s,u?{cursor:u}:{}),g4)));let a=new Set(o.map(s=>s.model));return{prices:o,missing:r.filter(s=>!a.has(s))}},async getRequestCost(i,r){let o=Fr(i,"a fal request id"),a=await Ac(vi,s=>Ze(t,d4(n,o,{start:r?.start,...s?{cursor:s}:{}}),v4));return y4(o,a,r.start)}})}var G$="https://api.runpod.io",K$="https://rest.runpod.io",H$="https://api.runpod.ai",w4=["COMPLETED","FAILED","CANCELLED","TIMED_OUT"],x4="query { myself { clientBalance currentSpendPerHr spendLimit } }",W$={provider:"runpod",endpoint:"graphql myself"},jg={provider:"runpod",endpoint:"/v1/billing/endpoints"},J$={provider:"runpod",endpoint:"/v2/catalog/gpus"},Fg={provider:"runpod",endpoint:"GET /v2/{endpointId}/status/{id}"};function Pc(e){return pr(e),{Authorization:`Bearer ${e.apiKey}`}}function Z$(e){return At(W$,"POST",`${We(e.baseUrl,G$)}/graphql`,Pc(e),{query:x4})}function k4(e,t){let{startDate:n,beforeDate:i}=Wt(t),r=fn({bucketSize:"day",startTime:`${n}T00:00:00Z`,endTime:`${i}T00:00:00Z`,grouping:"endpointId"}),o=We(e.restBaseUrl,K$,"restBaseUrl");return At(jg,"GET",`${o}/v1/billing/endpoints${r}`,Pc(e))}function _4(e){return At(J$,"GET",`${We(e.baseUrl,G$)}/v2/catalog/gpus`,Pc(e))}function A4(e,t,n){let i=Fr(t,"a Runpod endpoint id (`endpointId`)"),r=Fr(n,"a Runpod job id"),o=We(e.serverlessBaseUrl,H$,"serverlessBaseUrl");return At(Fg,"GET",`${o}/v2/${pn(i)}/status/${pn(r)}`,Pc(e))}var V$=No.refine(e=>/^\d+(\.\d+)?$/.test(e),"expected milliseconds, 0 or more"),S4=qe({...Fg,schema:b.object({id:b.string(),status:b.string(),executionTime:V$.optional(),delayTime:V$.optional()}),map:e=>{let t="runpod GET /v2/{endpointId}/status/{id}",n={...e.delayTime!==void 0?{delayMs:e.delayTime}:{}};if(!w4.includes(e.status))return{provider:"runpod",id:e.id,state:"pending",status:e.status,...n,...e.executionTime!==void 0?{executionMs:e.executionTime}:{},source:t};if(e.executionTime===void 0&&e.status==="COMPLETED")throw Be(Fg,"missing field executionTime");return{provider:"runpod",id:e.id,state:"finished",status:e.status,executionMs:e.executionTime??"0",...n,source:t}}}),I4=qe({...W$,errorsInBody:!0,schema:b.object({data:b.object({myself:b.object({clientBalance:Ee,currentSpendPerHr:Ee.nullable().optional(),spendLimit:Ee.nullable().optional()})})}),map:({data:{myself:e}})=>({provider:"runpod",amountUsd:e.clientBalance,currency:"USD",...e.spendLimit!=null?{spendLimitPerHourUsd:e.spendLimit}:{},...e.currentSpendPerHr!=null?{currentSpendPerHourUsd:e.currentSpendPerHr}:{}})}),P4=qe({...jg,schema:b.array(b.object({amount:Ee,time:b.string(),endpointId:b.string().optional(),gpuTypeId:b.string().optional()})),map:e=>{let t=e.map((n,i)=>{let r=mi(n.time);if(!r)throw Be(jg,`field [${i}].time: expected a timestamp, got ${JSON.stringify(n.time)}`);let o=n.endpointId??n.gpuTypeId;return{date:r,amountUsd:n.amount,...o!==void 0?{model:o}:{}}});return{provider:"runpod",days:Lr(t),source:"runpod GET /v1/billing/endpoints"}}}),D4=b.object({id:b.string(),name:b.string().optional(),pool:b.string().min(1).nullable(),price:b.object({serverless:Ee.nullable().optional()})}),T4=qe({...J$,schema:b.preprocess(e=>Array.isArray(e)?{gpus:e}:e,b.object({gpus:b.array(D4)})).transform(e=>e.gpus),map:e=>e.flatMap(t=>t.price.serverless==null?[]:[{provider:"runpod",model:t.id,unit:"gpu-hour",amountUsd:t.price.serverless,...t.name?{name:t.name}:{},pool:t.pool}])});function X$(e){let{transport:t,...n}=e;return Z$(n),We(n.restBaseUrl,K$,"restBaseUrl"),We(n.serverlessBaseUrl,H$,"serverlessBaseUrl"),Object.freeze({getJobStatus:async(i,r)=>Ze(t,A4(n,i,r),S4),getBalance:()=>Ze(t,Z$(n),I4),getUsage:i=>Ze(t,k4(n,i),P4),async getLivePrices(i){let r=await Ze(t,_4(n),T4);if(!i)return{prices:r,missing:[]};let o=(a,s)=>a.model===s||a.name===s;return{prices:r.filter(a=>i.some(s=>o(a,s))),missing:i.filter(a=>!r.some(s=>o(s,a)))}}})}var E4=/\$\s*(\d[\d,]*(?:\.\d+)?)|(\d[\d,]*(?:\.\d+)?)\s*USD\b/gi,O4=/(?:\bper\b|\/)\s*([a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2})/i;function Y$(e){if(/^\s*free\s*$/i.test(e))return{amountUsd:"0"};let t=new Set;for(let r of e.matchAll(E4))t.add(U4(r[1]??r[2]??""));if(t.size!==1)return;let[n]=[...t],i=O4.exec(e)?.[1]?.trim().toLowerCase();return i?{amountUsd:n,unit:i}:{amountUsd:n}}function U4(e){return e.replace(/,/g,"")}var e2="https://api.runware.ai",t2="https://content.runware.ai",Lg={provider:"runware",endpoint:"accountManagement getDetails"},zo={provider:"runware",endpoint:"accountManagement getUsageActivity"},r2={provider:"runware",endpoint:"GET /models/{id}/pricing"},Tc={provider:"runware",endpoint:"modelSearch"},n2="Expected `uuid` to be a function returning a v4 UUID, e.g. crypto.randomUUID.",N4=/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;function qg(e,t,n){return pr(t),At(e,"POST",`${We(t.baseUrl,e2)}/v1`,{Authorization:`Bearer ${t.apiKey}`},n)}function i2(e){if(typeof e?.uuid!="function")throw new TypeError(n2);let t=e.uuid();if(!N4.test(t))throw new TypeError(`Expected \`uuid\` to return a v4 UUID, got ${JSON.stringify(t)}.`);return t}function Mg(e,t,n={}){return{taskType:"accountManagement",taskUUID:i2(e),operation:t,...n}}function z4(e,t){return qg(Lg,e,[Mg(t,"getDetails")])}function C4(e,t,n){let{startDate:i,beforeDate:r}=Wt(t);return qg(zo,e,[Mg(n,"getDetails"),Mg(n,"getUsageActivity",{startDate:i,endDate:jt(r,-1),groupBy:["date","model"],timezone:"UTC"})])}var j4=30;function F4(e){let{startDate:t,beforeDate:n}=Wt(e),i=[];for(let r=t;r<n;){let o=jt(r,j4),a={startDate:r,beforeDate:o<n?o:n};i.push(a),r=a.beforeDate}return i}function L4(e){if(e.length===1)return e[0];let t=new Map;for(let a of e.flatMap(s=>s.days)){let s=t.get(a.date);s||t.set(a.date,s={total:new Le(0),byModel:new Map}),s.total=s.total.plus(a.amountUsd);for(let[u,c]of Object.entries(a.byModel??{}))s.byModel.set(u,(s.byModel.get(u)??new Le(0)).plus(c))}let n=[...t.entries()].sort(([a],[s])=>a<s?-1:a>s?1:0).map(([a,s])=>({date:a,amountUsd:s.total.toFixed(),...s.byModel.size?{byModel:Object.fromEntries([...s.byModel].map(([u,c])=>[u,c.toFixed()]))}:{}})),i=e.at(-1).totals??{},r=e.map(a=>a.totals?.periodUsd),o=Vg({todayUsd:i.todayUsd,last7DaysUsd:i.last7DaysUsd,last30DaysUsd:i.last30DaysUsd,allTimeUsd:i.allTimeUsd,periodUsd:r.every(a=>a!==void 0)?r.reduce((a,s)=>a.plus(s),new Le(0)).toFixed():void 0});return{...e[0],days:n,totals:o}}function M4(e,t){if(typeof t!="string"||t==="")throw new TypeError('Expected a model id such as "runware:101@1".');let n=We(e.contentBaseUrl,t2,"contentBaseUrl");return At(r2,"GET",`${n}/models/${pn(t)}/pricing`,{})}function B4(e,t,n){if(typeof n!="string"||n==="")throw new TypeError('Expected a model AIR such as "civitai:618692@691639".');return qg(Tc,e,[{taskType:"modelSearch",taskUUID:i2(t),search:n,visibility:"all",limit:20}])}var Zg=b.object({data:b.array(b.unknown())}),Dc=b.object({credits:Ee.optional()}).optional(),o2=b.object({balance:b.object({amount:Ee,currency:b.literal("USD").optional()}),usage:b.object({today:Dc,last7Days:Dc,last30Days:Dc,total:Dc}).optional()}),Q$=b.object({totalSpend:Ee.optional(),projectedSpend:Ee.optional()}).optional(),q4=b.object({usage:b.object({timeseries:b.object({data:b.array(b.object({date:b.string(),spend:Ee,model:b.string().optional()})),meta:Q$}).optional(),meta:Q$})});function Bg(e,t,n,i){let r=t.find(o=>o?.operation===n);if(r===void 0)throw Be(e,`no ${n} result in data[]`);return kc(e,i,r)}var Z4=qe({...Lg,schema:Zg,errorsInBody:!0,map:({data:e})=>{let{balance:t}=Bg(Lg,e,"getDetails",o2);return{provider:"runware",amountUsd:t.amount,currency:"USD"}}}),V4=qe({...zo,schema:Zg,errorsInBody:!0,map:({data:e})=>{let t=Bg(zo,e,"getDetails",o2),{usage:n}=Bg(zo,e,"getUsageActivity",q4),i=(n.timeseries?.data??[]).map((a,s)=>{let u=mi(a.date);if(!u)throw Be(zo,`field usage.timeseries.data[${s}].date: expected a date, got ${JSON.stringify(a.date)}`);return{date:u,amountUsd:a.spend,...a.model!==void 0?{model:a.model}:{}}}),r=n.timeseries?.meta??n.meta,o=Vg({todayUsd:t.usage?.today?.credits,last7DaysUsd:t.usage?.last7Days?.credits,last30DaysUsd:t.usage?.last30Days?.credits,allTimeUsd:t.usage?.total?.credits,periodUsd:r?.totalSpend,projectedUsd:r?.projectedSpend});return{provider:"runware",days:Lr(i),source:"runware POST /v1 accountManagement getUsageActivity",totals:o}}}),G4=b.object({air:b.string(),pricingOverview:b.string().optional(),pricingExamples:b.array(b.object({configuration:b.string(),price:b.union([b.string(),No.transform(e=>`$${e}`)])})).optional()}),K4=qe({...r2,schema:G4,onNotFound:()=>null,map:({air:e,pricingOverview:t,pricingExamples:n})=>{let i=(r,o,a)=>{let s=Y$(r);if(!s)return[];let u=s.unit??o;return[{provider:"runware",model:e,unit:u,amountUsd:s.amountUsd,raw:r,...a?{configuration:a}:{}}]};return[...t!==void 0?i(t,"unspecified"):[],...(n??[]).flatMap(({configuration:r,price:o})=>i(o,"request",r))]}}),H4=b.object({results:b.array(b.object({air:b.string(),name:b.string().optional(),version:b.string().optional(),architecture:b.string().optional()})).default([])});function W4(e){return qe({...Tc,schema:Zg,errorsInBody:!0,map:({data:t})=>{let n=t.find(o=>o?.taskType==="modelSearch");if(n===void 0)throw Be(Tc,"no modelSearch result in data[]");let{results:i}=kc(Tc,H4,n),r=i.find(o=>o.air.toLowerCase()===e.toLowerCase());return r?Vg({air:r.air,name:r.name,architecture:r.architecture}):null}})}function a2(e){let{transport:t,uuid:n,...i}=e,r={uuid:n};if(pr(i),We(i.baseUrl,e2),We(i.contentBaseUrl,t2,"contentBaseUrl"),typeof n!="function")throw new TypeError(n2);return Object.freeze({getBalance:()=>Ze(t,z4(i,r),Z4),async getUsage(o){let a=[];for(let s of F4(o))a.push(await Ze(t,C4(i,s,r),V4));return L4(a)},async getLivePrices(o){let a=[],s=[];for(let u of o){let c=await Ze(t,M4(i,u),K4);c?.length?a.push(...c):s.push(u)}return{prices:a,missing:s}},getModelInfo:o=>Ze(t,B4(i,r,o),W4(o))})}var KF=b.object({taskUUID:b.string().min(1).optional().catch(void 0),taskType:b.string().optional().catch(void 0),cost:Ee});function Vg(e){return Object.fromEntries(Object.entries(e).filter(([,t])=>t!==void 0))}var Kg="https://api.dev.runwayml.com",X4="2024-11-06",Hg={provider:"runway",endpoint:"/v1/organization"},u2={provider:"runway",endpoint:"/v1/organization/usage"},Gg={provider:"runway",endpoint:"GET /v1/tasks/{id}"},Y4=["SUCCEEDED","FAILED","CANCELLED"];function Wg(e){return pr(e),{Authorization:`Bearer ${e.apiKey}`,"X-Runway-Version":X4}}function Jg(e){return At(Hg,"GET",`${We(e.baseUrl,Kg)}/v1/organization`,Wg(e))}var Q4=Jg,eD=Jg;function tD(e,t){let{startDate:n,beforeDate:i}=Wt(t);return At(u2,"POST",`${We(e.baseUrl,Kg)}/v1/organization/usage`,Wg(e),{startDate:n,beforeDate:i})}function rD(e,t){let n=Fr(t,"a Runway task id");return At(Gg,"GET",`${We(e.baseUrl,Kg)}/v1/tasks/${pn(n)}`,Wg(e))}var s2=b.number().int().nonnegative().nullable(),l2=b.object({creditBalance:Ee,tier:b.object({maxMonthlyCreditSpend:b.number(),models:b.record(b.string(),b.object({maxConcurrentGenerations:s2,maxDailyGenerations:s2}))}),usage:b.object({models:b.record(b.string(),b.object({dailyGenerations:b.number().int().nonnegative()}))}).optional()}),nD=l2.pick({creditBalance:!0}),iD=qe({...Hg,schema:nD,map:({creditBalance:e})=>({provider:"runway",credits:e,currency:"credits"})}),oD=qe({...Hg,schema:l2,map:({tier:e,usage:t})=>{let n=t?.models??{},i=[...new Set([...Object.keys(e.models),...Object.keys(n)])].sort();return{maxMonthlyCreditSpend:e.maxMonthlyCreditSpend,models:Object.fromEntries(i.map(r=>[r,{maxConcurrentGenerations:e.models[r]?.maxConcurrentGenerations??null,maxDailyGenerations:e.models[r]?.maxDailyGenerations??null,dailyGenerationsUsed:n[r]?.dailyGenerations??0}]))}}}),aD=b.object({results:b.array(b.object({date:b.string().refine(gi,"expected a date as YYYY-MM-DD"),usedCredits:b.array(b.object({model:b.string(),amount:Ee}))}))}),sD=qe({...u2,schema:aD,map:({results:e})=>{let t=e.flatMap(({date:n,usedCredits:i})=>i.map(({model:r,amount:o})=>({date:n,model:r,credits:o})));return{provider:"runway",days:Lr(t),source:"runway POST /v1/organization/usage"}}}),c2=b.object({credits:Ee}).nullable().optional(),cD=b.object({id:b.string(),status:b.string(),cost:c2,estimatedCost:c2}),uD=qe({...Gg,schema:cD,map:e=>{let t="runway GET /v1/tasks/{id}";if(!Y4.includes(e.status))return{provider:"runway",id:e.id,state:"pending",status:e.status,...e.estimatedCost?{estimatedCredits:e.estimatedCost.credits}:{},source:t};if(!e.cost)throw Be(Gg,`missing field cost.credits (the task is ${e.status})`);return{provider:"runway",id:e.id,state:"finished",status:e.status,credits:e.cost.credits,source:t}}});function d2(e){let{transport:t,...n}=e;return Jg(n),Object.freeze({getBalance:()=>Ze(t,Q4(n),iD),getUsage:i=>Ze(t,tD(n,i),sD),getTierLimits:()=>Ze(t,eD(n),oD),getTaskCost:async i=>Ze(t,rD(n,i),uD)})}var mr=["runway","runware","fal","runpod"],gr={runway:"RUNWAYML_API_SECRET",runware:"RUNWARE_API_KEY",fal:"FAL_KEY",runpod:"RUNPOD_API_KEY"},bi=12e4;function f2(e,t){let{apiKey:n,transport:i,baseUrl:r,restBaseUrl:o,contentBaseUrl:a,uuid:s}=t,u={apiKey:n,transport:i,...r?{baseUrl:r}:{}};switch(e){case"runway":{let c=d2(u);return{getBalance:c.getBalance,getUsage:c.getUsage,getTierLimits:c.getTierLimits}}case"runware":{let c=a2({...u,uuid:s,...a?{contentBaseUrl:a}:{}});return{getBalance:c.getBalance,getUsage:c.getUsage}}case"fal":{let c=q$(u);return{getBalance:c.getBalance,getUsage:c.getUsage}}case"runpod":{let c=X$({...u,...o?{restBaseUrl:o}:{}});return{getBalance:c.getBalance,getUsage:c.getUsage}}}}function Xg(e,t){let n=t[gr[e]]?.trim();if(!n)return;let i=p2(e),r=c=>t[i[c]]?.trim()||void 0,[o,a,s,u]=[r("baseUrl"),r("restBaseUrl"),r("contentBaseUrl"),r("serverlessBaseUrl")];return{apiKey:n,...o?{baseUrl:o}:{},...a?{restBaseUrl:a}:{},...s?{contentBaseUrl:s}:{},...u?{serverlessBaseUrl:u}:{},settingNames:i}}function p2(e){let t=n=>`GENSPEND_${e.toUpperCase()}_${n}`;return{baseUrl:t("BASE_URL"),restBaseUrl:t("REST_BASE_URL"),contentBaseUrl:t("CONTENT_BASE_URL"),serverlessBaseUrl:t("SERVERLESS_BASE_URL")}}function m2(e,t,n={}){let i=n[t.option]??`\`${t.option}\``;return`${e}: ${i} must be ${t.expected}, got ${t.got}${t.fix?` (fix: ${t.fix})`:""}`}async function Yg(e,t,n){try{let i=fD(t.deadlineMs??bi,t.now??Date.now),r=f2(e,{...t,transport:pD(t.transport,i)}),o=Math.round((Date.parse(n.beforeDate)-Date.parse(n.startDate))/864e5),[a,s,u]=await Promise.all([(async()=>r.getBalance())(),(async()=>r.getUsage(n))().catch(c=>{if(yg(c)&&c.kind!=="auth")return c.message;throw c}),(async()=>r.getTierLimits?.())()]);return{provider:e,balance:a,...typeof s=="string"?{usageError:s}:{usage:s,...Eg(a,s,o)},...u?{limits:u}:{}}}catch(i){return dD(e,i,t)}}function dD(e,t,n){if(yg(t))return{provider:e,error:{kind:t.kind,message:t.message}};if(t instanceof pi){let i=m2(e,t,n.settingNames);return{provider:e,error:{kind:"configuration",message:vc(i,[n.apiKey])}}}if(t instanceof TypeError||t instanceof RangeError)return{provider:e,error:{kind:"configuration",message:`${e}: ${vc(t.message,[n.apiKey])}`}};throw t}function fD(e,t){if(!Number.isInteger(e)||e<=0)throw new TypeError(`Expected \`deadlineMs\` to be a positive integer, got ${String(e)}.`);let n=t()+e;return{seconds:e/1e3,remainingMs:()=>n-t()}}function pD(e,t){return(n,i)=>t.remainingMs()<=0?Promise.reject(Cr(t)):e(n,{...i,deadline:t})}var g2=(e,t)=>!!e[gr[t]]?.trim();function Qg(e,t,n){if(!e||e.length===0){let o=mr.filter(a=>g2(t,a));if(o.length===0)throw new ee(n.noKeys,void 0,n.giveKeys(mr.map(a=>gr[a])));return o}let i=[...new Set(e)],r=i.filter(o=>!g2(t,o));if(r.length)throw new ee(`no key for ${r.join(", ")}${n.namedIn?`, ${n.namedIn}`:""}`,void 0,n.giveKeys(r.map(o=>gr[o])));return i}async function eh(e,t){let{env:n,transport:i,uuid:r,deadlineMs:o,window:a,catalog:s,thresholds:u,estimate:c}=t;return Promise.all(e.map(async l=>mg(await Yg(l,{...Xg(l,n),transport:i,uuid:r,deadlineMs:o},a),{catalog:s,thresholds:u,...c?{estimate:c}:{}})))}var mD="**/genspend.yml";var Lt=class extends ee{},th=e=>JSON.stringify(e.length>60?`${e.slice(0,60)}\u2026`:e);function h2(e,t,n,i){if(t==="")return i;if(n.includes(t))return t;throw new Lt(`input \`${e}\` must be one of ${n.join(", ")}, got ${th(t)}`)}function rh(e,t,n){if(t==="")return;let i=ug(t);if(i===null)throw new Lt(`input \`${e}\` must be ${cg} (${n}), got ${th(t)}`);return i}function v2(e){let t=e.split(/\r?\n/).map(n=>n.trim()).filter(Boolean);if(t.length===0)return[mD];for(let n of t){let i=n.replace(/^!/,"");if(i.startsWith("/")||/^[A-Za-z]:/.test(i)||i.split(/[\\/]/).includes(".."))throw new Lt(`input \`manifests\`: ${th(n)} points outside the workspace; give globs relative to the repository root`)}return t}function b2(e){let t=[];return{get:n=>e(n).trim(),check(n,i){try{return n()}catch(r){if(!(r instanceof Lt))throw r;return t.push(r),i}},done(){if(t.length===1)throw t[0];if(t.length)throw new qt(t)}}}function y2(e){let t=e.split(/[\s,]+/).map(n=>n.trim().toLowerCase()).filter(Boolean);for(let n of t)if(!mr.includes(n))throw new Lt(`input \`providers\`: unknown provider ${JSON.stringify(n.slice(0,60))} (use ${mr.join(", ")})`);return t.length?[...new Set(t)]:void 0}function $2(e){if(e==="")return bi;if(!/^\d{1,4}$/.test(e)||Number(e)<1||Number(e)>3600)throw new Lt(`input \`deadline\` must be a whole number of seconds from 1 to 3600, got ${JSON.stringify(e.slice(0,60))}`);return Number(e)*1e3}var _L=Object.freeze({file:Jm,explicit:!1});import{closeSync as gD,constants as nh,fstatSync as hD,lstatSync as vD,openSync as bD,readSync as yD,realpathSync as x2,statSync as $D}from"node:fs";import{isAbsolute as wD,relative as xD,resolve as w2}from"node:path";var kD=nh.O_RDONLY|(nh.O_NONBLOCK??0)|(nh.O_NOFOLLOW??0);function ih(e,t){let n=xD(e,t);return n===""||!n.startsWith("..")&&!wD(n)}function k2(e,t,n){let i=w2(e,t),r=AD(i,t,n);if(!ih(n.realRoot??x2.native(e),r)){let a=ih(w2(e),i)?"is a link to a file outside":"is outside";throw new ee(`${a} ${n.rootName}`,{file:t},`genspend reads only files inside ${n.rootName}: copy the manifest in (a link must point inside too)`)}let o;try{o=bD(r,kD)}catch(a){throw I2(a,t,ID(r))}try{let a=hD(o);if(a.isDirectory())throw new ee("is a directory, not a manifest",{file:t},`name the file inside it, e.g. ${t.replace(/\/$/,"")}/genspend.yml`);if(!a.isFile())throw S2(t,a);if(a.size>n.maxBytes)throw ah(t,`is ${a.size} bytes,`,n);return _D(o,a.size,t,n)}finally{gD(o)}}function oh(e,t,n){return A2(k2(e,t,n),t,n)}function _2(e,t,n){if(e>n.maxBytes)throw ah(t,`is ${e} bytes,`,n)}function A2(e,t,n){_2(e.length,t,n);try{return new TextDecoder("utf-8",{fatal:!0}).decode(e)}catch{throw new ee("file is binary, not UTF-8 YAML text",{file:t},n.binaryFix)}}function _D(e,t,n,i){let r=i.maxBytes+1,o=Buffer.allocUnsafe(Math.min(r,Math.max(t+1,64*1024))),a=0;for(;;){if(a===o.length){if(a===r)break;let u=Buffer.allocUnsafe(Math.min(r,o.length*2));o.copy(u,0,0,a),o=u}let s=yD(e,o,a,o.length-a,null);if(s===0)break;a+=s}if(a>i.maxBytes)throw ah(n,"is",i);return o.subarray(0,a)}function AD(e,t,n){try{return x2.native(e)}catch(i){if(SD(e))throw new ee("is a link to a file that does not exist",{file:t},"point the link at a manifest, or name the manifest itself");let r=i.code;throw r==="ENOENT"||r==="ENOTDIR"?new ee("no such file",{file:t},`check the path (it is relative to ${n.rootName})`):I2(i,t,void 0)}}function S2(e,t){let n=t.isFIFO()?"a FIFO":t.isSocket()?"a socket":t.isCharacterDevice()||t.isBlockDevice()?"a device":"not a regular file";return new ee(`is ${n}, not a manifest file`,{file:e},"point genspend at a YAML manifest")}function I2(e,t,n){if(n&&!n.isFile()&&!n.isDirectory())return S2(t,n);let i=e.code??"an error";return new ee(`cannot read it (${i})`,{file:t},"check that the file is readable")}function ah(e,t,n){return new ee(`file ${t} over the ${n.maxBytes}-byte limit`,{file:e},n.splitFix)}function SD(e){try{return vD(e).isSymbolicLink()}catch{return!1}}function ID(e){try{return $D(e)}catch{return}}import{realpathSync as uw}from"node:fs";import{relative as cR,resolve as uR,sep as lR}from"node:path";import{createRequire as PD}from"module";import{basename as DD,dirname as ch,normalize as TD,relative as RD,resolve as ED,sep as T2}from"path";import*as OD from"fs";var P2=PD(import.meta.url);function UD(e){let t=TD(e);return t.length>1&&t[t.length-1]===T2&&(t=t.substring(0,t.length-1)),t}var ND=/[\\/]/g;function R2(e,t){return e.replace(ND,t)}var zD=/^[a-z]:[\\/]$/i;function CD(e){return e==="/"||zD.test(e)}function sh(e,t){let{resolvePaths:n,normalizePath:i,pathSeparator:r}=t,o=process.platform==="win32"&&e.includes("/")||e.startsWith(".");if(n&&(e=ED(e)),(i||o)&&(e=UD(e)),e===".")return"";let a=e[e.length-1]!==r;return R2(a?e+r:e,r)}function E2(e,t){return t+e}function jD(e,t){return function(n,i){return i.startsWith(e)?i.slice(e.length)+n:R2(RD(e,i),t.pathSeparator)+t.pathSeparator+n}}function FD(e){return e}function LD(e,t,n){return t+e+n}function MD(e,t){let{relativePaths:n,includeBasePath:i}=t;return n&&e?jD(e,t):i?E2:FD}function BD(e){return function(t,n){n.push(t.substring(e.length)||".")}}function qD(e){return function(t,n,i){let r=t.substring(e.length)||".";i.every(o=>o(r,!0))&&n.push(r)}}var ZD=(e,t)=>{t.push(e||".")},VD=(e,t,n)=>{let i=e||".";n.every(r=>r(i,!0))&&t.push(i)},GD=()=>{};function KD(e,t){let{includeDirs:n,filters:i,relativePaths:r}=t;return n?r?i&&i.length?qD(e):BD(e):i&&i.length?VD:ZD:GD}var HD=(e,t,n,i)=>{i.every(r=>r(e,!1))&&n.files++},WD=(e,t,n,i)=>{i.every(r=>r(e,!1))&&t.push(e)},JD=(e,t,n,i)=>{n.files++},XD=(e,t)=>{t.push(e)},YD=()=>{};function QD(e){let{excludeFiles:t,filters:n,onlyCounts:i}=e;return t?YD:n&&n.length?i?HD:WD:i?JD:XD}var eT=e=>e,tT=()=>[""].slice(0,0);function rT(e){return e.group?tT:eT}var nT=(e,t,n)=>{e.push({directory:t,files:n,dir:t})},iT=()=>{};function oT(e){return e.group?nT:iT}var aT=function(e,t,n){let{queue:i,fs:r,options:{suppressErrors:o}}=t;i.enqueue(),r.realpath(e,(a,s)=>{if(a)return i.dequeue(o?null:a,t);r.stat(s,(u,c)=>{if(u)return i.dequeue(o?null:u,t);if(c.isDirectory()&&O2(e,s,t))return i.dequeue(null,t);n(c,s),i.dequeue(null,t)})})},sT=function(e,t,n){let{queue:i,fs:r,options:{suppressErrors:o}}=t;i.enqueue();try{let a=r.realpathSync(e),s=r.statSync(a);if(s.isDirectory()&&O2(e,a,t))return;n(s,a)}catch(a){if(!o)throw a}};function cT(e,t){return!e.resolveSymlinks||e.excludeSymlinks?null:t?sT:aT}function O2(e,t,n){if(n.options.useRealPaths)return uT(t,n);let i=ch(e),r=1;for(;i!==n.root&&r<2;){let o=n.symlinks.get(i);!!o&&(o===t||o.startsWith(t)||t.startsWith(o))?r++:i=ch(i)}return n.symlinks.set(e,t),r>1}function uT(e,t){return t.visited.includes(e+t.options.pathSeparator)}var lT=e=>e.counts,dT=e=>e.groups,fT=e=>e.paths,pT=e=>e.paths.slice(0,e.options.maxFiles),mT=(e,t,n)=>(Rc(t,n,e.counts,e.options.suppressErrors),null),gT=(e,t,n)=>(Rc(t,n,e.paths,e.options.suppressErrors),null),hT=(e,t,n)=>(Rc(t,n,e.paths.slice(0,e.options.maxFiles),e.options.suppressErrors),null),vT=(e,t,n)=>(Rc(t,n,e.groups,e.options.suppressErrors),null);function Rc(e,t,n,i){t(e&&!i?e:null,n)}function bT(e,t){let{onlyCounts:n,group:i,maxFiles:r}=e;return n?t?lT:mT:i?t?dT:vT:r?t?pT:hT:t?fT:gT}var U2={withFileTypes:!0},yT=(e,t,n,i,r)=>{if(e.queue.enqueue(),i<0)return e.queue.dequeue(null,e);let{fs:o}=e;e.visited.push(t),e.counts.directories++,o.readdir(t||".",U2,(a,s=[])=>{r(s,n,i),e.queue.dequeue(e.options.suppressErrors?null:a,e)})},$T=(e,t,n,i,r)=>{let{fs:o}=e;if(i<0)return;e.visited.push(t),e.counts.directories++;let a=[];try{a=o.readdirSync(t||".",U2)}catch(s){if(!e.options.suppressErrors)throw s}r(a,n,i)};function wT(e){return e?$T:yT}var xT=class{count=0;constructor(e){this.onQueueEmpty=e}enqueue(){return this.count++,this.count}dequeue(e,t){this.onQueueEmpty&&(--this.count<=0||e)&&(this.onQueueEmpty(e,t),e&&(t.controller.abort(),this.onQueueEmpty=void 0))}},kT=class{_files=0;_directories=0;set files(e){this._files=e}get files(){return this._files}set directories(e){this._directories=e}get directories(){return this._directories}get dirs(){return this._directories}},_T=class{aborted=!1;abort(){this.aborted=!0}},N2=class{root;isSynchronous;state;joinPath;pushDirectory;pushFile;getArray;groupFiles;resolveSymlink;walkDirectory;callbackInvoker;constructor(e,t,n){this.isSynchronous=!n,this.callbackInvoker=bT(t,this.isSynchronous),this.root=sh(e,t),this.state={root:CD(this.root)?this.root:this.root.slice(0,-1),paths:[""].slice(0,0),groups:[],counts:new kT,options:t,queue:new xT((i,r)=>this.callbackInvoker(r,i,n)),symlinks:new Map,visited:[""].slice(0,0),controller:new _T,fs:t.fs||OD},this.joinPath=MD(this.root,t),this.pushDirectory=KD(this.root,t),this.pushFile=QD(t),this.getArray=rT(t),this.groupFiles=oT(t),this.resolveSymlink=cT(t,this.isSynchronous),this.walkDirectory=wT(this.isSynchronous)}start(){return this.pushDirectory(this.root,this.state.paths,this.state.options.filters),this.walkDirectory(this.state,this.root,this.root,this.state.options.maxDepth,this.walk),this.isSynchronous?this.callbackInvoker(this.state,null):null}walk=(e,t,n)=>{let{paths:i,options:{filters:r,resolveSymlinks:o,excludeSymlinks:a,exclude:s,maxFiles:u,signal:c,useRealPaths:l,pathSeparator:f},controller:p}=this.state;if(p.aborted||c&&c.aborted||u&&i.length>u)return;let g=this.getArray(this.state.paths);for(let v=0;v<e.length;++v){let h=e[v];if(h.isFile()||h.isSymbolicLink()&&!o&&!a){let _=this.joinPath(h.name,t);this.pushFile(_,g,this.state.counts,r)}else if(h.isDirectory()){let _=LD(h.name,t,this.state.options.pathSeparator);if(s&&s(h.name,_))continue;this.pushDirectory(_,i,r),this.walkDirectory(this.state,_,_,n-1,this.walk)}else if(this.resolveSymlink&&h.isSymbolicLink()){let _=E2(h.name,t);this.resolveSymlink(_,this.state,(w,x)=>{if(w.isDirectory()){if(x=sh(x,this.state.options),s&&s(h.name,l?x:_+f))return;this.walkDirectory(this.state,x,l?x:_+f,n-1,this.walk)}else{x=l?x:_;let S=DD(x),L=sh(ch(x),this.state.options);x=this.joinPath(S,L),this.pushFile(x,g,this.state.counts,r)}})}}this.groupFiles(this.state.groups,t,g)}};function AT(e,t){return new Promise((n,i)=>{z2(e,t,(r,o)=>{if(r)return i(r);n(o)})})}function z2(e,t,n){new N2(e,t,n).start()}function ST(e,t){return new N2(e,t).start()}var D2=class{constructor(e,t){this.root=e,this.options=t}withPromise(){return AT(this.root,this.options)}withCallback(e){z2(this.root,this.options,e)}sync(){return ST(this.root,this.options)}},C2=null;try{P2.resolve("picomatch"),C2=P2("picomatch")}catch{}var j2=class{globCache={};options={maxDepth:1/0,suppressErrors:!0,pathSeparator:T2,filters:[]};globFunction;constructor(e){this.options={...this.options,...e},this.globFunction=this.options.globFunction}group(){return this.options.group=!0,this}withPathSeparator(e){return this.options.pathSeparator=e,this}withBasePath(){return this.options.includeBasePath=!0,this}withRelativePaths(){return this.options.relativePaths=!0,this}withDirs(){return this.options.includeDirs=!0,this}withMaxDepth(e){return this.options.maxDepth=e,this}withMaxFiles(e){return this.options.maxFiles=e,this}withFullPaths(){return this.options.resolvePaths=!0,this.options.includeBasePath=!0,this}withErrors(){return this.options.suppressErrors=!1,this}withSymlinks({resolvePaths:e=!0}={}){return this.options.resolveSymlinks=!0,this.options.useRealPaths=e,this.withFullPaths()}withAbortSignal(e){return this.options.signal=e,this}normalize(){return this.options.normalizePath=!0,this}filter(e){return this.options.filters.push(e),this}onlyDirs(){return this.options.excludeFiles=!0,this.options.includeDirs=!0,this}exclude(e){return this.options.exclude=e,this}onlyCounts(){return this.options.onlyCounts=!0,this}crawl(e){return new D2(e||".",this.options)}withGlobFunction(e){return this.globFunction=e,this}crawlWithOptions(e,t){return this.options={...this.options,...t},new D2(e||".",this.options)}glob(...e){return this.globFunction?this.globWithOptions(e):this.globWithOptions(e,{dot:!0})}globWithOptions(e,...t){let n=this.globFunction||C2;if(!n)throw new Error("Please specify a glob function to use glob matching.");var i=this.globCache[e.join("\0")];return i||(i=n(e,...t),this.globCache[e.join("\0")]=i),this.options.filters.push(r=>i(r)),this}};var yh=ww(cw()),dR=new Set(["node_modules",".git"]),fR=["**/node_modules/**","**/.git/**"];function $h(e,t=[]){if(e.length===0)return()=>!1;let n=o=>o.map(a=>a.replace(/^(?:\.\/)+/,"")),i=(0,yh.default)(n(e)),r=(0,yh.default)([...fR,...n(t)]);return o=>i(o)&&!r(o)}async function wh(e,t,n=[]){let i=$h(t,n),r=await new j2().withRelativePaths().withPathSeparator("/").exclude(o=>dR.has(o)).filter(o=>i(o)).crawl(e).withPromise();return lw(e,r.sort())}function lw(e,t){let n;try{n=uw.native(e)}catch{return[...new Set(t)]}let i=new Map;for(let a of t){let s;try{s=uw.native(uR(e,a))}catch{s=`unresolved:${a}`}let u=i.get(s);u?u.push(a):i.set(s,[a])}let r=new Set;for(let[a,s]of i){let u=cR(n,a).split(lR).join("/");r.add(s.find(c=>c.replace(/^(?:\.\/)+/,"")===u)??s[0])}let o=[];for(let a of t)r.delete(a)&&o.push(a);return o}function pR(e){let t=e.filter(i=>!i.startsWith("!")),n=e.filter(i=>i.startsWith("!")).map(i=>i.slice(1));return{include:t,exclude:n}}async function dw(e,t){let{include:n,exclude:i}=pR(t);return n.length===0?[]:wh(e,n,i)}var mR={maxBytes:Pi,rootName:"the repository",splitFix:"split it into several manifests (the `manifests` input takes globs)",binaryFix:"point the `manifests` input at YAML manifests"};function fw(e,t){return tg(t.map(n=>({file:n,read:()=>oh(e,n,mR)})))}async function xh(e,t){try{await e.writeSummary(t)}catch(n){e.warning(`genspend: could not write the job summary: ${n.message}`)}}async function pw(e,t,n){let i,r=ea(t);if(r){i=r.map(o=>o.format()).join(`
`);for(let o of r.slice(0,10))o.where?.line!==void 0&&n(o.where.file)&&e.error(o.format(),{title:"genspend",file:o.where.file,startLine:o.where.line})}else i=`internal error: ${t instanceof Error?t.message:String(t)}. Please report it with this log.`,t instanceof Error&&t.stack&&e.debug(t.stack);return await xh(e,["## genspend could not run","",...i.split(`
`).map(o=>`- ${si(o)}`),""].join(`
`)),{verdict:"error",message:`genspend could not run: ${i}`}}var $R=["low","critical","never"];function kh(e,t,n,i){if(t==="")return n;if(!/^\d{1,4}$/.test(t)||Number(t)>i)throw new Lt(`input \`${e}\` must be a whole number from 0 to ${i}, got ${JSON.stringify(t.slice(0,60))}`);return Number(t)}function wR(e){let{get:t,check:n,done:i}=b2(e),r=n(()=>{let f=kh("days",t("days"),30,90);if(f===0)throw new Lt('input `days` must be a whole number from 1 to 90, got "0"');return f},30),o=n(()=>kh("low-days",t("low-days"),Uo.lowDays.toNumber(),3650),0),a=n(()=>kh("critical-days",t("critical-days"),Uo.criticalDays.toNumber(),3650),0);n(()=>{if(a>o)throw new Lt(`input \`critical-days\` (${a}) must not be more than \`low-days\` (${o})`)},void 0);let s=n(()=>$2(t("deadline")),bi),u=n(()=>rh("low-balance",t("low-balance"),"USD"),void 0),c=n(()=>rh("critical-balance",t("critical-balance"),"USD"),void 0),l={manifests:n(()=>v2(e("manifests")),[]),providers:n(()=>y2(t("providers")),void 0),days:r,thresholds:{lowDays:se(o),criticalDays:se(a),...u?{lowBalanceUsd:u}:{},...c?{criticalBalanceUsd:c}:{}},failOn:n(()=>h2("fail-on",t("fail-on"),$R,"low"),"low"),deadlineMs:s};return i(),l}async function fM(e){let{toolkit:t,env:n}=e,i=n.GITHUB_WORKSPACE||e.cwd;try{let r=wR(f=>t.getInput(f)),o=f=>f.map(p=>`${p}: \${{ secrets.${p} }}`).join(", "),a=Qg(r.providers,n,{noKeys:"mode `balance` found no provider key in the environment",namedIn:"named in the `providers` input",giveKeys:f=>r.providers?`add to the step's \`env:\` ${o(f)}`:`pass the keys of the accounts to check as \`env:\` of the step, e.g. ${o([gr.runway])}`});for(let f of a)t.setSecret(n[gr[f]].trim());let s=await xR(i,r.manifests,t),u=e.now().toISOString().slice(0,10),c=await eh(a,{env:n,transport:e.transport??Rg({fetch:globalThis.fetch,sleep:f=>yR(f)}),uuid:e.uuid,deadlineMs:r.deadlineMs,window:Og(u,r.days),catalog:pc(),thresholds:r.thresholds,...s?{estimate:s}:{}}),l={reports:c,status:gg(c),asOf:u,burnWindowDays:r.days,...s?{estimate:s}:{}};for(let f of c)t.info(`genspend: ${f.provider}: ${kR(f)}`);return AR(t,l,_R(n.RUNNER_TEMP||"",l)),await xh(t,bg(l)),SR(c,t),IR(l,r.failOn)}catch(r){return pw(t,r,o=>e.exists(bR(i,o)))}}async function xR(e,t,n){let i=await dw(e,t);if(i.length===0){n.info(`genspend: no manifest matches ${t.join(", ")}: days left at the observed burn only`);return}return n.info(`genspend: planned spend from ${i.length} manifest(s): ${i.join(", ")}`),sg(fw(e,i),pc())}function kR(e){if(e.error||!e.forecast)return`could not read: ${e.error?.message??"no answer"}`;let t=e.forecast,n=Rt(t.daysLeft);return[t.status.toUpperCase(),`balance ${je(t.balanceUsd)}`,t.burnPerDayUsd?`burn ${je(t.burnPerDayUsd)}/day`:"burn unknown",...n!==null?[`${n} days left`]:[],...t.reasons].join("; ")}function _R(e,t){let n=mw(gR(mw(e||vR(),"genspend-")),"balance.json");return hR(n,JSON.stringify(vg(t),null,2)+`
`),n}function AR(e,t,n){let i={};for(let r of t.reports)r.forecast&&(i[r.provider]=r.forecast.balanceUsd.toFixed());e.setOutput("status",t.status),e.setOutput("days-left",Rt(ui(t.reports))??""),e.setOutput("balances",JSON.stringify(i));for(let r of mr)e.setOutput(`${r}-balance`,i[r]??"");e.setOutput("report-path",n)}function SR(e,t){for(let n of e)n.error||!n.forecast?t.error(`${n.provider}: could not read the account: ${n.error?.message??"no answer"}`,{title:"genspend balance"}):n.forecast.status==="critical"?t.error(`${n.provider}: ${n.forecast.reasons.join("; ")}`,{title:"genspend balance: critical"}):n.forecast.status==="low"&&t.warning(`${n.provider}: ${n.forecast.reasons.join("; ")}`,{title:"genspend balance: low"})}function IR(e,t){let{status:n,reports:i}=e;if(n==="error"){let a=i.filter(s=>s.error).map(s=>`${s.provider}: ${s.error.message}`);return{verdict:"error",message:`genspend could not read ${a.length===1?"an account":"accounts"}: ${a.join("; ")}`}}if(n==="ok")return{verdict:"pass"};if(!(t==="low"||t==="critical"&&n==="critical"))return{verdict:"warn"};let o=i.filter(a=>a.forecast&&a.forecast.status!=="ok").map(a=>`${a.provider} ${a.forecast.status} (${a.forecast.reasons.join("; ")})`);return{verdict:"fail",message:`genspend: balance ${n}: ${o.join("; ")}`}}export{$R as FAIL_ON,fM as balanceMode,wR as readBalanceInputs};
//# sourceMappingURL=balance.js.map
