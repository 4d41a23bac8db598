"""holdout192, part C: Q&A sites, personal collections, Party-building sites, hospitals, universities.

Invented text (documents, sites, places, people, numbers, URLs, chrome); see ../README.md and
../build.py for the markup.
"""

CASES = [
    dict(
        slug="qa-zhiwenjiaju-floor-drain-odour-best-answer",
        site="知问家居 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.zhiwenjiaju.com/question/4471820/answer/9930157",
        title="地漏总是返臭，除了换地漏还有什么办法？",
        record_title=None,
        date=None,
        notes="Q&A page: the question (h1) as the title; a recommended-answer badge, answerer card, vote bar, "
        "'more answers' link; '回答于 3 天前' is no date; a numbered list in the answer",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>地漏总是返臭，除了换地漏还有什么办法？ - 知问家居</title>
<script>window.__INITIAL_STATE__={"qid":4471820};</script>
</head>
<body>
<header>⟦m 知问家居 · 装修路上不迷路⟧　⟦a 提问　写回答　登录⟧</header>
<div class="q-card">
<div class="q-topics">⟦l 话题：卫生间　地漏　装修避坑⟧</div>
<h1 class="q-title">{T}</h1>
<div class="q-meta">⟦m 关注者 1,032　被浏览 4.6万⟧　⟦a 关注问题　邀请回答⟧</div>
</div>
<div class="answer">
<div class="badge">⟦m ★ 推荐答案⟧</div>
<div class="author">⟦m 老郑说水电　家装领域优质答主　1.8万人赞同了该回答⟧</div>
<div class="a-body">
{BODY}
</div>
<div class="a-time">⟦m 回答于 3 天前　著作权归作者所有⟧</div>
<div class="a-vote">⟦a ▲ 赞同 1208　▼　💬 56 条评论　⭐ 收藏　✉ 私信⟧</div>
</div>
<div class="more">⟦l 查看其余 23 个回答⟧</div>
<aside>⟦l 相关问题：防臭地漏和普通地漏有什么区别？ · 洗衣机排水口总冒水怎么办？⟧</aside>
<footer>⟦m © 2025 知问家居　沪ICP备21008836号⟧</footer>
<script src="https://s.zhiwenjiaju.com/app.js"></script>
</body>
</html>
""",
        body="""
先别急着换地漏，返臭的原因有好几种，可以按下面的顺序排查：
1.看水封。地漏长时间不用，里面的水会蒸发，臭气就上来了。不常用的地漏每周倒一杯水，或者滴几滴食用油在水面上，减缓蒸发。
2.清头发。防臭芯被头发、毛絮缠住后翻板合不上，拔出来用旧牙刷刷干净就行。
3.查缝隙。地漏和瓷砖、下水管之间的缝如果没封好，臭气会从缝里出来，用防霉玻璃胶补一圈。
4.封洗衣机口。洗衣机排水管直接插在地漏里的，在缝隙处加一个密封圈。
以上都做了还臭，再考虑是不是排水立管通气不畅，那就得找物业了。
""",
    ),
    dict(
        slug="qa-fawen-binder-clip-injury-lawyer-answer",
        site="法问网 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://www.fawenwang.cn/wenda/gongshang/118230.html",
        title="在单位整理文件时被长尾夹夹伤手指，算工伤吗？",
        record_title=None,
        date="2025-08-21",
        notes="legal Q&A: the question as the title; the asker's supplement left neutral; a lawyer card, the "
        "回答于 line taken as the page's date, a disclaimer and a consult prompt",
        page="""
!m 法问网 > 法律咨询 > 工伤赔偿
!t 问：在单位整理文件时被长尾夹夹伤手指，算工伤吗？
补充说明：右手食指肿了两天，单位说这点小伤不用报。
!m 提问时间 2 天前　　浏览 736 次
!m 律师回答（共6条）
!m 鸾江律师 周衡　执业证号 14307201910382214　好评率 98%
!m 回答于 2025-08-21 10:42
{BODY}
!a 有帮助(88)　　追问　　举报
!d 以上回答仅代表律师个人观点，仅供参考，不构成正式法律意见。
!l 其他 5 条回答 >
!a 免费咨询律师，平均3分钟回复
""",
        body="""
根据《工伤保险条例》第十四条的规定，职工在工作时间和工作场所内，因工作原因受到事故伤害的，应当认定为工伤。您在单位整理文件时被长尾夹夹伤手指，属于在工作时间、工作场所内因工作原因受伤，符合工伤认定的基本条件。
需要注意三点：
一是及时就医并保留病历、票据，就诊时如实说明受伤经过；
二是请同事作证，或者保留监控、工作记录等证据；
三是用人单位应当自事故伤害发生之日起30日内提出工伤认定申请，单位不申请的，您本人可以在1年内向社会保险行政部门申请。
至于能否评上伤残等级，要看治疗结束后的劳动能力鉴定结论。一般的手指软组织挫伤不构成伤残，但医疗费用可以按规定由工伤保险基金支付。
""",
    ),
    dict(
        slug="collection-chuanchuang-memoir-bank-oversleeves-html",
        site="拾光文集网 (invented)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="html",
        source="https://www.shiguangwenji.com/author/chuanchuang/vol1/09.html",
        title="储蓄所的黑袖套",
        record_title="《椽窗闲话》第一辑 · 九 ｜ 储蓄所的黑袖套",
        date=None,
        notes="a retired bank clerk's collection: chapter list, prev/next chapter links, reading settings, a "
        "visit counter; a year written in Chinese numerals in the first sentence is no date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>《椽窗闲话》第一辑 · 九 ｜ 储蓄所的黑袖套 - 拾光文集网</title>
<script>var bookId='chuanchuang',chap=9;</script>
</head>
<body>
<div class="site">⟦m 拾光文集网 · 为每一位写作者留一本书⟧</div>
<div class="book">⟦m 《椽窗闲话》　作者：鹄山老柳　第一辑 共十二篇⟧</div>
<div class="reader-set">⟦a 阅读设置：字号 ＋ －　护眼　夜间⟧</div>
<div class="chapter">
<h2>{T}</h2>
{BODY}
</div>
<div class="chap-nav">⟦l ← 八 算盘声里的年关⟧　⟦l 目录⟧　⟦l 十 第一本存折 →⟧</div>
<div class="toc"><h4>⟦l 本辑目录⟧</h4>
<p>⟦l 一 老街的早晨　二 供销社的门帘　三 粮票⟧</p>
<p>⟦l 七 汇款单　八 算盘声里的年关　九 储蓄所的黑袖套⟧</p></div>
<div class="stat">⟦m 本文已被阅读 1,877 次　文集总访问 6.4万⟧</div>
<div class="foot">⟦d 文集作品版权归作者所有，未经许可请勿转载。⟧</div>
<script src="/js/reader.js"></script>
</body>
</html>
""",
        body="""
一九八三年我进县人民银行储蓄所，报到第一天，主任递给我的不是钢笔，而是一副黑布袖套。
那时柜台是木头的，点钞、打算盘、盖章、填存折，胳膊整天在台面上来回蹭。主任说，袖口磨破了要自己花钱补，袖套磨破了，所里给换。
黑袖套耐脏，可印泥一沾上就洗不掉。老会计教我，盖章时左手压住凭条，右手手腕悬着，袖套就碰不到印台。这个习惯我一直保留到退休。
如今储蓄所早改成了智能网点，年轻柜员穿着西装马甲，再没人戴袖套了。前些年回单位参加座谈，我带去一副旧袖套，放进了行史陈列室的玻璃柜里。
说明卡上写着：二十世纪八十年代储蓄员工作用品。我在柜前站了很久。
""",
    ),
    dict(
        slug="collection-yanao-father-poncho-oneline",
        site="老笔文集 (invented)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="text",
        source="http://www.laobiwenji.net/yanao/14.txt",
        title="父亲的军绿雨披",
        record_title="《燕坳杂记》之十四：父亲的军绿雨披",
        date=None,
        notes="a collection piece whose body is on one line (paragraphs apart only by their indent); chapter "
        "navigation and a counter around it; no date",
        page="""
!m 老笔文集　›　燕坳杂记（共二十篇）
!t 《燕坳杂记》之十四：父亲的军绿雨披
!m 作者：燕坳石头　　字数：398
{BODY}
!l 上一篇：十三　晒谷场　　　　下一篇：十五　村口的代销店
!a 喜欢这篇文章？点击“送花”鼓励作者
!m 本站访问统计：今日 212　总计 58,930
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
父亲有一件军绿色的雨披，是他年轻时在水利队发的，跟了他二十多年。
那雨披是帆布涂胶的，又厚又沉，披上像扛着一床被子。下雨天父亲骑自行车送我上学，我坐在后座，整个人缩在雨披里，只听得见雨点砸在帆布上的声音。
雨披的领口有一颗铜扣，扣眼早被磨大了，父亲用细铁丝绕了一圈。后襟划破过一道口子，母亲用自行车内胎剪成补丁，拿胶水粘上，再没漏过。
后来我到城里工作，给父亲买过一件轻便的新雨披，他说好，却还是穿那件旧的。
父亲走后，那件雨披一直挂在老屋的门后，帆布硬得能自己立起来。
""",
    ),
    dict(
        slug="dangjian-ouchuan-volunteers-floor-drain-cores-html",
        site="鸥川党建网 (invented)",
        style="党建网",
        genre="新闻",
        kind="news",
        form="html",
        source="http://www.ouchuandj.gov.cn/jcdj/202506/t20250627_51208.html",
        title="鸥塘镇党员志愿服务队为独居老人上门更换防臭地漏芯",
        record_title="【党员先锋】鸥塘镇党员志愿服务队为独居老人上门更换防臭地漏芯_鸥川党建网",
        date="2025-06-27",
        notes="Party-building portal: study-points line, scan-to-read prompt; the 发布时间 byline is the date; a "
        "photo caption on a line of its own between paragraphs",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>【党员先锋】鸥塘镇党员志愿服务队为独居老人上门更换防臭地漏芯_鸥川党建网</title>
<script src="/static/js/base.js"></script>
</head>
<body>
<div class="dj-top">⟦m 鸥川党建网　中共鸥川县委组织部主办⟧　⟦a 进入学习平台⟧</div>
<div class="dj-nav">⟦m 首页　要闻　基层党建　党员教育　先锋风采　组工信息⟧</div>
<div class="dj-pos">⟦m 您现在的位置：首页 &gt; 基层党建 &gt; 先锋风采⟧</div>
<div class="dj-art">
<h1>{T}</h1>
<div class="dj-info">⟦m 来源：鸥塘镇党委　作者：宣传办　发布时间：2025-06-27 16:08⟧</div>
<div class="dj-score">⟦a 认真阅读本文可获学习积分 +1　已有 2,316 人次学习⟧</div>
<div class="dj-text">
{BODY}
</div>
<div class="dj-qr">⟦a 扫一扫，在手机上阅读本文⟧</div>
</div>
<div class="dj-rel"><h4>⟦l 相关链接⟧</h4><p>⟦l 鸥川县“我为群众办实事”项目清单公布⟧</p><p>⟦l 鸾坪镇党员志愿者助力夏季防汛⟧</p></div>
<div class="dj-foot">⟦m 中共鸥川县委组织部　地址：鸥川县人民路1号　电话：0739-7821100⟧<br>⟦m 湘ICP备13009471号⟧</div>
</body>
</html>
""",
        body="""
连日来，鸥塘镇住建服务站党支部组织党员志愿服务队，走进镇区5个老旧小区，为独居、高龄老人免费上门更换防臭地漏芯。
活动开展前，志愿者和社区网格员逐户摸排，登记有需求的老人家庭67户。服务队由3名有水电施工经验的党员带队，每户清理地漏、检查存水弯、更换防臭芯，平均半小时完成一户。
⟦m 党员志愿者为老人更换地漏防臭芯（鸥塘镇供图）⟧
“屋里那股味道好几年了，总以为是老房子的毛病。”78岁的独居老人许桂英说，换完当天晚上，卫生间就闻不到臭味了。
截至目前，服务队已完成上门服务58户，剩余9户将于7月上旬完成。镇住建服务站党支部书记表示，将把“地漏换芯”纳入支部常态化志愿服务项目，每季度组织一次。
""",
    ),
    dict(
        slug="dangjian-sunling-insight-badge-on-duty",
        site="隼岭机关党建网 (invented)",
        style="党建网",
        genre="心得体会",
        kind="other",
        form="text",
        source="http://www.sunlingjgdj.cn/xxyd/xdth/2025/0704/3318.html",
        title="亮出身份，更要亮出担当——佩戴党员标识上岗心得体会",
        record_title="【党员亮身份】亮出身份，更要亮出担当——佩戴党员标识上岗心得体会 - 隼岭机关党建网",
        date="2025-07-03",
        notes="a Party member's insight with a dash subtitle in the title; signature and 成文日期 at the end; "
        "study-points and share prompts; a column tag line",
        page="""
!m 隼岭机关党建网 ｜ 学习园地 ｜ 心得体会
!t 【党员亮身份】亮出身份，更要亮出担当——佩戴党员标识上岗心得体会
!m 栏目：心得体会　　投稿：县卫健局机关党委　　阅读 604
!a 🔊 语音播报　　☆ 收藏　　⇧ 分享
{BODY}
!a 本文学习完成，获得 1 积分
!l 延伸阅读：窗口单位党员“亮身份、作表率”经验做法　｜　在服务一线践行初心
!d 隼岭机关党建网所载文章，转载请注明来源
""",
        indent="\u3000\u3000",
        body="""
今年以来，院党委在全院推行党员佩戴党徽、工牌标注党员身份上岗。我在门诊药房窗口工作，胸前的工牌多了一枚小小的党徽标识，感受却很不一样。
亮身份首先是一种提醒。窗口每天要调配上千张处方，难免有患者着急、抱怨。以前遇到不讲理的，心里难免憋气；现在低头看一眼工牌上的党徽，就提醒自己多一分耐心，把用药注意事项再讲一遍。
亮身份也是一种监督。工牌上有姓名、有工号、有党员标识，群众一看就知道是谁在服务。我们把党员工牌号码和意见箱放在一起，上半年收到表扬信11封，也收到过两条批评意见，都及时作了改进。
亮身份更是一种承诺。一枚党徽、一张工牌，分量不在牌子本身，而在佩戴它的人能不能在关键时候站得出来。
隼岭县人民医院药剂科党支部　阮静
2025年7月3日
""",
    ),
    dict(
        slug="hospital-fuxi-tcm-badge-notice-booking-float",
        site="凫溪县中医医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.fxxzyy.com/news/tzgg/2025-03-14/628.html",
        title="关于进一步规范工作人员佩戴工作牌的通知",
        record_title="关于进一步规范工作人员佩戴工作牌的通知-凫溪县中医医院",
        date="2025-03-12",
        date_also=["2025-03-14"],
        notes="hospital site: booking float, switchboard and 24-hour emergency line as chrome next to the "
        "HR department's own contact in the body; 发布日期 differs from the 成文日期",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>关于进一步规范工作人员佩戴工作牌的通知-凫溪县中医医院</title>
<script src="/skin/js/swiper.min.js"></script>
<script>var _hmt=_hmt||[];</script>
</head>
<body>
<div class="hd-top">⟦m 凫溪县中医医院　二级甲等中医医院⟧　⟦m 医院总机：0739-8250000　急诊24小时：0739-8250120⟧</div>
<div class="hd-nav">⟦m 首页　医院概况　科室导航　专家介绍　就医指南　新闻中心　党建园地⟧</div>
<div class="loc">⟦m 当前位置：首页 &gt; 新闻中心 &gt; 通知公告⟧</div>
<div class="art">
<h1>{T}</h1>
<div class="art-info">⟦m 发布日期：2025-03-14　来源：行风办　阅读：952⟧</div>
<div class="art-con">
{BODY}
</div>
</div>
<div class="art-page">⟦l 上一篇：我院召开2025年行风建设工作会议⟧　⟦l 下一篇：春季流感高发，这些防护要点请收好⟧</div>
<div class="float-yy">⟦a 预约挂号⟧ ⟦a 在线咨询⟧ ⟦a 回到页首⟧</div>
<div class="ft">⟦m 地址：凫溪县杏林路66号　邮编：417600⟧<br>⟦d 本站信息仅供参考，不作为诊断和治疗依据。⟧<br>⟦m 湘ICP备17004412号-1⟧</div>
</body>
</html>
""",
        body="""
各科室、各部门：
近期医院在行风检查中发现，部分工作人员未按规定佩戴工作牌，有的翻面佩戴、放在口袋里，有的挂绳过长垂至腰部，影响患者识别和诊疗安全。为此，现就有关要求通知如下：
一、全院在岗人员（含规培、进修、实习人员和第三方服务人员）须佩戴医院统一制发的工作牌，正面朝外，佩戴于左胸前。
二、工作牌统一使用医院配发的短款挂绳或胸牌夹，挂绳长度不得超过锁骨下10厘米。
三、工作牌遗失、损坏的，到人力资源部补办，补办期间凭临时工作牌上岗。
四、行风办将把工作牌佩戴情况纳入每月行风巡查，检查结果与科室绩效考核挂钩。
联系人：人力资源部聂文婕，电话：0739-8250316。
凫溪县中医医院
2025年3月12日
""",
    ),
    dict(
        slug="hospital-jushui-mch-delivery-room-shoe-covers",
        site="雎水县妇幼保健院 (invented)",
        style="医院官网",
        genre="科普",
        kind="news",
        form="text",
        source="http://www.jsxfybjy.cn/jkkp/yqkt/1427.html",
        title="进产房陪产要穿鞋套吗？",
        record_title="【孕期课堂】进产房陪产要穿鞋套吗？-雎水县妇幼保健院",
        date="2025-08-08",
        notes="hospital health article: 发布日期 byline the date; a numbered list; the school-for-mothers "
        "sign-up line and a booking line as chrome below",
        page="""
!m 雎水县妇幼保健院 > 健康科普 > 孕期课堂
{T}
!m 发布日期：2025-08-08　　作者：产科　　浏览：1207
!a 【大字版】　【打印】　【返回列表】
{BODY}
!w 孕妇学校报名：产科护士站 0736-6668217（工作日 8:00-17:30）
!m 预约挂号：0736-6660120　或关注“雎水妇幼”服务号
!l 上一篇：孕晚期胎动怎么数　下一篇：新生儿黄疸要不要晒太阳
!m 版权所有 雎水县妇幼保健院　湘ICP备18012290号
""",
        body="""
不少准爸爸第一次进产房陪产，在门口看到一排鞋套，总会问：一定要穿吗？
答案是：要换，但不一定是鞋套。我院产房属于限制区域，陪产家属进入前须在更衣区换上医院提供的专用拖鞋，并穿好隔离衣、戴好帽子和口罩。专用拖鞋每次使用后都会集中清洗消毒。
那为什么门口还放着鞋套呢？鞋套主要供临时进入的维修人员、转运人员使用，他们停留时间短，不方便更换拖鞋。
另外提醒几点：
1.进入产房前请洗手，指甲不要过长；
2.感冒、发热、腹泻的家属不宜陪产；
3.手机请调至静音，未经允许不要拍照录像。
陪产是一段特别的经历，做好这些准备，让妈妈和宝宝更安全。
""",
    ),
    dict(
        slug="university-luanjiang-lab-safety-oversleeves-h1",
        site="鸾江师范学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://hxcl.ljnu.edu.cn/info/1032/5518.htm",
        title="化学与材料学院开展实验室安全月活动 为新生发放防护袖套",
        record_title=None,
        date="2025-10-15",
        notes="university school site: no record title (the h1); 发布时间 byline the date; a photo caption between "
        "paragraphs; a 文/图/审核 line glued after the last sentence",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>鸾江师范学院化学与材料学院</title>
<script src="/system/resource/js/counter.js"></script>
</head>
<body>
<div class="top">⟦m 鸾江师范学院　化学与材料学院⟧　⟦a 学校主页 | English | 信息门户⟧</div>
<div class="menu">⟦m 学院首页　学院概况　师资队伍　本科教学　科学研究　学生工作　党建工作⟧</div>
<div class="pos">⟦m 当前位置：首页 &gt;&gt; 学院新闻 &gt;&gt; 正文⟧</div>
<div class="news">
<h1>{T}</h1>
<div class="news-info">⟦m 发布时间：2025-10-15　点击次数：[412]　作者：学生工作办公室⟧</div>
<div class="news-con">
{BODY}
</div>
<div class="news-close">⟦a 【打印此文】　【关闭此页】⟧</div>
</div>
<div class="side"><h3>⟦l 学院新闻⟧</h3><p>⟦l 我院召开2025级新生入学教育大会⟧</p><p>⟦l 我院学子在省化学实验技能竞赛中获佳绩⟧</p></div>
<div class="footer">⟦m 版权所有：鸾江师范学院化学与材料学院　地址：鸾江县学府大道9号⟧　⟦m 湘ICP备05002614号⟧</div>
</body>
</html>
""",
        body="""
10月13日，化学与材料学院在实验楼前举行实验室安全月启动仪式，为2025级新生发放耐酸碱防护袖套600副，并组织安全知识讲解和现场演练。
学院实验中心主任方明哲介绍，以往检查中发现，部分学生做实验时只穿实验服，袖口松垮外翻，称量、移液时容易沾上试剂。今年学院首次为新生统一配发防护袖套，要求在接触强酸、强碱和有机溶剂的实验中必须佩戴。
⟦m 学生在老师指导下练习佩戴防护袖套⟧
活动现场，实验中心老师演示了袖套的正确穿戴和摘脱方法，并讲解了洗眼器、紧急喷淋装置的使用。新生分组参加了化学品泄漏处置演练。
安全月期间，学院还将开展实验室隐患排查、安全知识竞赛等活动。⟦m （文：王嘉禾　图：刘一诺　审核：方明哲）⟧
""",
    ),
    dict(
        slug="university-jushui-vocational-dorm-floor-drains-table",
        site="雎水职业技术学院 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.jsvtc.edu.cn/hqbzc/tzgg/2025/0701/2290.html",
        title="关于暑期学生公寓卫生间地漏集中维护的通知",
        record_title="后勤保障处｜关于暑期学生公寓卫生间地漏集中维护的通知 - 雎水职业技术学院",
        date="2025-06-30",
        date_also=["2025-07-01"],
        notes="a schedule table one row a paragraph; a sentence of the document about a repair mini-program; the "
        "office's own phone next to the college's admissions line; 发布时间 differs from the 成文日期",
        page="""
!m 雎水职业技术学院　>　后勤保障处　>　通知公告
{T}
!m 发布时间：2025-07-01　　来源：后勤保障处　　点击：842
!a 分享到：微信 ｜ QQ ｜ 复制链接
{BODY}
!l 【上一条】关于2025年暑期学生离校安全检查的通知
!l 【下一条】食堂暑期营业时间调整公告
!m 学校地址：雎水县职教路1号　　招生咨询电话：0736-7712000
!d 版权所有 © 雎水职业技术学院
""",
        body="""
各学院、各位同学：
为解决学生公寓卫生间地漏返臭、排水慢等问题，后勤保障处定于暑假期间对各公寓楼地漏进行集中维护，现将有关事项通知如下。
一、维护内容：疏通地漏和排水管，更换老化防臭芯，对排水坡度不足的卫生间进行局部整改。
二、时间安排
公寓楼　维护时间　涉及房间
1号楼　7月7日至7月11日　全部
2号楼　7月14日至7月18日　全部
5号楼　7月21日至7月25日　1至3层
三、暑期留校住宿的同学，请在维护期间配合维修人员入室作业，贵重物品自行妥善保管。
四、开学后如仍有地漏返臭问题，请通过“后勤报修”小程序报修。
联系电话：后勤保障处物业科0736-7712305。
雎水职业技术学院后勤保障处
2025年6月30日
""",
    ),
]
