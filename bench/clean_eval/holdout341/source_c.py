"""holdout341, part C: 问答社区, 个人文集, 党建网, 医院官网, 高校官网. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="qa-wengemingbai-mask-bowl-cleaning-question",
        site="问个明白 (invented Q&A)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.wengemingbai.example.com/q/1730092/a/4418870",
        title="面膜碗用完怎么清洗消毒才算干净？",
        record_title=None,
        date=None,
        notes="Q&A page: no record title, the question in the <h1>; an adopted-answer badge, vote row and more answers; the answer's time is relative (no date); a numbered list",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>面膜碗用完怎么清洗消毒才算干净？- 问个明白</title>
<script src="/static/qa/bundle.2f81.js"></script>
</head>
<body>
<div class="wg-head">⟦m 问个明白 · 有问题，问明白⟧ <a>⟦a 我要提问⟧</a> <a>⟦a 登录⟧</a></div>
<div class="wg-crumb">⟦m 问个明白 › 生活 › 美容护肤⟧</div>
<div class="wg-question">
<h1>{T}</h1>
<p class="q-desc">⟦m 新买了一个硅胶面膜碗，每次用完就冲一下，这样够吗？⟧</p>
<p class="q-stat">⟦m 1.4万人看过　·　提问者：不想长痘的小刘⟧</p>
</div>
<div class="wg-answer best">
<span class="badge">⟦m ✔ 提问人认为这个回答最有帮助⟧</span>
<div class="author">⟦m 美业老兵阿澜　美容导师　编辑于 前天 10:12⟧</div>
<div class="answer-body">
{BODY}
</div>
<div class="vote">⟦a 有用 96　没用 2　评论 11　转给朋友⟧</div>
</div>
<div class="wg-more"><h3>⟦l 其他回答（7）⟧</h3>
<p>⟦l 小鹿乱撞：我都是用完直接扔洗碗机，硅胶的耐得住⟧</p>
<p>⟦l 时光慢递：陶瓷碗比硅胶碗好洗，推荐⟧</p></div>
<div class="wg-rel"><h3>⟦l 相似问题⟧</h3><ul><li>⟦l 调膜棒需要每天消毒吗？⟧</li><li>⟦l 硅胶面膜碗发黄了还能用吗？⟧</li></ul></div>
<div class="wg-foot">⟦d 回答内容由网友提供，仅供参考，身体不适请咨询专业医生。⟧ ⟦m 问个明白 京ICP证180336号⟧</div>
<script>qa.init();</script>
</body>
</html>
""",
        body="""
我在美容院做了七年，说说我们的做法，家用也可以参考。
1.用完马上冲。面膜干在碗壁上就很难洗，做完面膜先用温水把残留冲掉。
2.用中性洗涤剂。用软毛刷加一点洗洁精刷碗壁和碗底，别用钢丝球，硅胶碗划花了更容易藏细菌。
3.消毒看材质。硅胶碗可以用开水烫五分钟或者放进消毒柜，塑料碗不耐高温，用含氯消毒液浸泡半小时后再用清水冲净。
4.倒扣晾干。洗好的碗倒扣在干净的架子上自然晾干，不要用毛巾擦。
家里一个人用的话，每次用完冲净、每周消毒一次就够了。
""",
    ),
    dict(
        slug="qa-zhifou-cotton-pads-vs-face-towels",
        site="知否问答 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://zhifou-wenda.example.com/question/88207/answer/301",
        title="卸妆棉能当洗脸巾用吗？",
        record_title="【护肤求助】卸妆棉能当洗脸巾用吗？在线等 - 知否问答",
        date=None,
        notes="text Q&A: the question as the title with a board tag and an aside, the answerer's line with a relative time (no date), vote and comment rows",
        page="""
!m 知否问答　首页　话题　找人
!t 【护肤求助】卸妆棉能当洗脸巾用吗？在线等
!m 被浏览 5,021 次　关注者 38
!a 写回答　｜　邀请他人回答
!m 柚子皮（化妆品专业在读）　2 小时前回答
{BODY}
!a 赞同 214　｜　评论 19　｜　收藏　｜　举报
!d 著作权归作者所有，商业转载请联系作者获得授权。
!l 查看全部 9 个回答
""",
        body="""
不建议混着用，两样东西的设计用途不一样。
卸妆棉是为了吸附卸妆液、化妆水做的，片小、压得紧，湿了以后不容易掉絮；洗脸巾尺寸大、质地蓬松，是洗完脸用来擦干的。
用卸妆棉擦干整张脸，一是面积太小要用好几片，二是干擦容易起毛，棉絮粘在脸上反而不舒服。反过来，用洗脸巾蘸卸妆水，吸水量太大，很费产品。
所以出门只能带一种的话，我会带洗脸巾，卸妆棉留在家里用。
""",
    ),
    dict(
        slug="collection-tantou-memoir-grandmother-rattan-chair",
        site="磹头旧事 (invented personal collection, gb2312 table layout)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="html",
        source="http://www.tantou-jiushi.example.net/juan1/05.htm",
        title="祖母的藤吊椅",
        record_title="磹头旧事 ➻ 卷一 · 祖母的藤吊椅",
        date=None,
        notes="a retired teacher's collection in an old table layout: 繁體/简体/朗读 links, chapter links, a visitor counter, the author's mailbox; the memoir ends with a 干支 note (no date)",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>磹头旧事 ➻ 卷一 · 祖母的藤吊椅</title>
<script language="JavaScript" src="../js/fanjian.js"></script>
</head>
<body bgcolor="#FFFBF0">
<table width="780" align="center" border="0" cellpadding="4">
<tr><td align="center"><font size="5">⟦m 磹头旧事⟧</font><br>⟦m 一个老教书匠的村居笔记⟧</td></tr>
<tr><td align="right">⟦a <a href="javascript:toTrad()">繁體</a> | <a href="javascript:toSimp()">简体</a> | <a href="javascript:speak()">朗读本篇</a>⟧</td></tr>
<tr><td>⟦m 首页 → 卷一　檐下⟧</td></tr>
<tr><td align="center"><font size="4"><b>{T}</b></font></td></tr>
<tr><td>
{BODY}
</td></tr>
<tr><td align="center">⟦l 〖前一篇：老井〗⟧　⟦l 〖目录〗⟧　⟦l 〖后一篇：腌菜坛子〗⟧</td></tr>
<tr><td align="center">⟦m 作者信箱：tantou_laoshi@example.net⟧<br>⟦m 自二〇〇九年开馆以来第 041376 位读者⟧<br>⟦d 文章由作者本人录入，引用请注明出处。⟧</td></tr>
</table>
</body>
</html>
""",
        p_html="<p>　　{}</p>",
        body="""
祖母的堂屋檐下，挂着一把藤吊椅。那是祖父年轻时上山砍了白藤，一根一根编出来的，椅背上还留着他编进去的一个“福”字。
夏天的傍晚，祖母吃过饭，就坐进吊椅里，一手摇蒲扇，一手给我们剥花生。吊椅轻轻晃，檐下的燕子也跟着叫。我们几个孩子轮流挤到她身边，听她讲磹头村从前的故事。
后来祖母走了，吊椅的藤条也一年年发黄变脆。父亲舍不得扔，把它取下来挂在老屋的墙上。
如今我也到了祖母当年的年纪。每次回村，总要在那把旧吊椅前站一会儿，仿佛还能听见蒲扇扇动的声音。
甲辰年冬月记于磹头老屋
""",
    ),
    dict(
        slug="collection-dengxia-essay-towel-wrapped-54",
        site="灯下碎墨 (invented personal collection)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="text",
        source="http://dengxia-suimo.example.cn/wenji/23.html",
        title="从一条毛巾到一张洗脸巾",
        record_title="灯下碎墨 · 第二十三篇 ｜ 从一条毛巾到一张洗脸巾",
        date=None,
        notes="an essay collection hard-wrapped at 54 columns; chapter links and a reader count; no date",
        page="""
!m 灯下碎墨 —— 退休老职工的闲笔
!m 文集首页 ／ 第三辑　家常 ／ 第二十三篇
{T}
!m 阅读 402　｜　字数 约400
{BODY}
!l 〈 第二十二篇：冬天的煤炉　　第二十四篇：搬家那天 〉
!m 联系作者：dengxia_suimo@example.cn
!d 本文集文字仅供亲友阅读，请勿转载。
""",
        wrap=54,
        indent="\u3000\u3000",
        body="""
小时候，家里五口人共用一个脸盆，每人一条毛巾挂在门后的铁丝上。毛巾用到发硬、起洞，母亲才舍得换新的，旧的剪开当抹布。
去年冬天在女儿家住，发现她们洗完脸用的是一次性洗脸巾，一抽一张，用完就扔。我起初心疼，觉得太浪费。女儿说，毛巾潮湿容易滋生细菌，洗脸巾干净卫生，对皮肤好。
我试着用了几天，确实柔软，也不用每天晾晒。可每次把用过的洗脸巾丢进垃圾桶，心里还是有点舍不得。
日子越过越好，讲究也越来越多。只是我总想，讲卫生和不浪费，大概也能找到两全的办法。
""",
    ),
    dict(
        slug="party-liuyang-speech-elderly-slipper-racks-cn-date",
        site="嵧阳先锋网 (invented Party-building portal)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://www.liuyang-xianfeng.example.cn/zzgz/202405/t20240524_7718.html",
        title="在“银龄安居”党员志愿服务项目启动仪式上的讲话",
        record_title="【组织工作】在“银龄安居”党员志愿服务项目启动仪式上的讲话 - 嵧阳先锋网",
        date="2024-05-22",
        date_also=["2024-05-24"],
        notes="Party-building portal: a speaker line and a date in Chinese numerals under the speech title (neutral lines); a study-points prompt of its own between paragraphs; the portal's date differs",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【组织工作】在“银龄安居”党员志愿服务项目启动仪式上的讲话 - 嵧阳先锋网</title>
<script src="/res/js/dj-common.js"></script>
</head>
<body>
<div class="dj-top">⟦m 中共嵧阳县委组织部主办⟧ <a>⟦a 手机版⟧</a> <a>⟦a 关怀模式⟧</a></div>
<div class="dj-banner">⟦m 嵧阳先锋网　党建引领　先锋同行⟧</div>
<ul class="dj-nav"><li>⟦m 首页⟧</li><li>⟦m 组织工作⟧</li><li>⟦m 干部工作⟧</li><li>⟦m 人才工作⟧</li><li>⟦m 先锋风采⟧</li><li>⟦m 党员教育⟧</li></ul>
<div class="dj-crumb">⟦m 您的位置：首页 » 组织工作 » 基层党建⟧</div>
<div class="dj-art">
<h1>{T}</h1>
<p class="dj-info">⟦m 时间：2024-05-24　来源：县委组织部组织一股　字号：大 中 小⟧</p>
<p align="center">嵧阳县委组织部副部长　柯沁</p>
<p align="center">（二〇二四年五月二十二日）</p>
{BODY}
<div class="dj-qr">⟦a 手机扫一扫，在掌上嵧阳先锋继续阅读⟧</div>
</div>
<div class="dj-side"><h3>⟦l 先锋故事⟧</h3><ul><li>⟦l 驻村第一书记的“民情账本”⟧</li><li>⟦l 退役军人党员守护山林十五年⟧</li></ul></div>
<div class="dj-foot">⟦m 中共嵧阳县委组织部　地址：嵧阳县人民路1号　黔ICP备15008827号-1⟧</div>
<script>dj.share();</script>
</body>
</html>
""",
        body="""
同志们、老人家们：
今天，我们在这里启动“银龄安居”党员志愿服务项目。这个项目由县委组织部牵头，全县87个机关党支部与独居高龄老人结对，为老人家里做适老化小改造。
⟦a 学习积分：阅读满3分钟可得1分，登录后自动计入⟧
改造的事情不大，但件件贴心。比如在老人卧室门口安装带扶手的拖鞋架，让老人坐着就能换鞋；在卫生间铺防滑垫、装夜灯，减少夜间摔倒的风险。第一批计划改造320户，所需物资由各支部党员自愿认捐。
希望各结对支部把这件好事办实，每月至少上门一次，改造完了还要回访，听听老人用得顺不顺手。
同志们，让老人安居，是我们党员应尽的本分。谢谢大家！
""",
    ),
    dict(
        slug="party-quecheng-nonpublic-summary-cotton-pad-posts",
        site="碏城非公党建网 (invented)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://fgdj.quecheng.example.cn/zbfc/2024/1223/522.html",
        title="中共碏城宛若化妆品有限公司支部委员会2024年党员先锋岗工作总结",
        date="2024-12-20",
        date_also=["2024-12-23"],
        notes="the record gives the title as is; a data table one row a paragraph; 成文日期 in Chinese numerals; the portal's own time line differs",
        page="""
!m 碏城非公党建网　两新组织党建工作平台
!m 首页 ＞ 支部风采 ＞ 工作交流
{T}
!m 来源：宛若化妆品党支部　时间：2024-12-23 15:11　点击：289
!a ⊕放大　⊖缩小　⎙打印
{BODY}
!l 上一篇：碏城经开区非公企业党建观摩会举行
!l 下一篇：两新组织党组织书记培训班开班
!m 中共碏城市委两新工委主办
""",
        indent="\u3000\u3000",
        body="""
2024年，公司党支部围绕生产经营中心工作，在卸妆棉生产车间设立党员先锋岗6个，组织党员在质量、安全、创新上当先锋、作表率。现将工作总结如下。
一、岗位设置
岗位名称　责任党员　主要任务
梳棉工序岗　祁晓东　降低断棉率
压切工序岗　孙蕙　减少毛边
包装工序岗　吕静姝　杜绝错装漏装
二、主要成效
全年卸妆棉一次交验合格率达到99.6%，比上年提高0.8个百分点；党员提出的合理化建议被采纳11条，节约成本36万元。
三、下步打算
明年将把先锋岗扩展到仓储和销售环节，推动党建工作与生产经营深度融合。
中共碏城宛若化妆品有限公司支部委员会
二〇二四年十二月二十日
""",
    ),
    dict(
        slug="hospital-qiaochuan-notice-face-towels-wards",
        site="礄川县中医医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.qczyy.example.cn/hlb/tzgg/2024-01-09/3310.html",
        title="关于住院病区为患者提供一次性洗脸巾的温馨提示",
        record_title="病区温馨提示 ▍关于住院病区为患者提供一次性洗脸巾的温馨提示 ▍礄川县中医医院",
        date="2024-01-08",
        notes="hospital site: a booking float and a 24-hour line beside the nursing department's own phone in the body; a numbered list; date under the signature",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>病区温馨提示 ▍关于住院病区为患者提供一次性洗脸巾的温馨提示 ▍礄川县中医医院</title>
<script src="/js/hospital.min.js"></script>
</head>
<body>
<div class="hs-top">⟦m 礄川县中医医院　二级甲等中医医院⟧ <span>⟦m 急诊24小时：0878-6120120⟧</span></div>
<ul class="hs-nav"><li>⟦m 医院概况⟧</li><li>⟦m 科室导航⟧</li><li>⟦m 专家介绍⟧</li><li>⟦m 就医指南⟧</li><li>⟦m 护理园地⟧</li></ul>
<div class="hs-crumb">⟦m 当前位置：首页 - 护理园地 - 通知公告⟧</div>
<div class="hs-art">
<h2>{T}</h2>
<p class="hs-meta">⟦m 来源：护理部　浏览次数：518⟧</p>
{BODY}
</div>
<div class="hs-float">⟦a 预约挂号⟧<br>⟦a 报告查询⟧<br>⟦a 来院导航⟧<br>⟦w 预约专线 0878-6120999⟧</div>
<div class="hs-foot">⟦m 地址：礄川县城南路299号　院办电话：0878-6120001⟧<br>⟦d 本站医学信息仅供参考，不能代替医生面诊。⟧</div>
<script>hospital.float(".hs-float");</script>
</body>
</html>
""",
        body="""
各位住院患者及家属：
为减少交叉感染，提升住院体验，自2024年1月15日起，我院各住院病区为每位住院患者免费提供一次性洗脸巾，每人每天两张，由责任护士在晨间护理时发放。
使用时请注意：
1.洗脸巾仅限患者本人使用，请勿与他人共用。
2.用后请投入病房生活垃圾桶，不要丢进医疗废物桶。
3.对纤维制品过敏的患者，请提前告知责任护士。
如有疑问，请咨询所在病区护士站，或拨打护理部电话0878-6120415。
礄川县中医医院护理部
2024年1月8日
""",
    ),
    dict(
        slug="hospital-quecheng-third-mask-bowl-sharing",
        site="碏城市第三人民医院 (invented)",
        style="医院官网",
        genre="科普文章",
        kind="other",
        form="text",
        source="http://www.qc3y.example.cn/kpzs/pfk/20240412/1093.html",
        title="共用面膜碗，小心“脸”上惹麻烦",
        record_title="【皮肤门诊小课堂】共用面膜碗，小心“脸”上惹麻烦 - 碏城市第三人民医院",
        date="2024-04-12",
        notes="hospital science article: the 发布时间 byline is the page's date; booking and switchboard lines; a booking prompt glued after a sentence",
        page="""
!m 碏城市第三人民医院　Quecheng Third People's Hospital
!m 首页 > 健康科普 > 皮肤科
!t 【皮肤门诊小课堂】共用面膜碗，小心“脸”上惹麻烦
!m 发布时间：2024-04-12　来源：皮肤科　作者：蓝婧　审核：谭恪
{BODY}
!l 推荐阅读：春季皮肤过敏高发，这些误区要避开
!m 医院总机：0872-3160000　预约挂号：0872-3160114
!d 科普内容仅供参考，具体诊疗请遵医嘱。
""",
        body="""
不少爱美人士在家做涂抹面膜时，习惯和家人共用一个面膜碗，用完随手冲一下就收起来。皮肤科医生提醒，这样的习惯可能让皮肤惹上麻烦。
面膜碗里残留的膜粉和水分，是细菌和真菌繁殖的温床。如果家人中有人患有毛囊炎、脂溢性皮炎等皮肤病，共用面膜碗就可能造成传播。
医生建议：面膜碗最好一人一个，每次用完用温水和洗洁精洗净，倒扣晾干；每周用开水烫洗一次。调膜棒同样要清洗消毒。
如果做完面膜后出现红斑、丘疹、瘙痒等情况，应及时停用并到皮肤科就诊。⟦a 皮肤科专家号可在“碏城三院”服务号一键预约⟧
""",
    ),
    dict(
        slug="university-wanjiang-dorm-slipper-racks-h1",
        site="澫江学院新闻网 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://news.wjxy.example.edu.cn/info/1031/18877.htm",
        title="学生公寓1.2万个拖鞋架全部安装到位",
        record_title=None,
        date="2024-10-09",
        notes="university news page: no record title, the title in the <h1>; a dotted date line is the page's date; a credits line glued after the last paragraph",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>学生公寓1.2万个拖鞋架全部安装到位-澫江学院新闻网</title>
<script src="/system/resource/js/counter.js"></script>
</head>
<body>
<div class="xy-top">⟦m 澫江学院　WANJIANG COLLEGE⟧ <a>⟦a 信息门户⟧</a> <a>⟦a 校园邮箱⟧</a></div>
<ul class="xy-nav"><li>⟦m 学校首页⟧</li><li>⟦m 澫院要闻⟧</li><li>⟦m 综合新闻⟧</li><li>⟦m 校园风采⟧</li><li>⟦m 媒体澫院⟧</li></ul>
<div class="xy-crumb">⟦m 当前位置：新闻网 » 综合新闻⟧</div>
<div class="xy-art">
<h1>{T}</h1>
<div class="xy-date">⟦m 2024.10.09⟧ ⟦m 浏览：<span>2306</span>⟧ ⟦m 供稿：后勤管理处⟧</div>
{BODY}
<div class="xy-pn">⟦l 上一条：我校举办第十二届宿舍文化节⟧<br>⟦l 下一条：后勤管理处开展秋季食堂食品安全检查⟧</div>
</div>
<div class="xy-foot">⟦m 澫江学院党委宣传部　版权所有　滇ICP备06004732号⟧</div>
<script>counter.hit(18877);</script>
</body>
</html>
""",
        body="""
国庆假期结束返校，澫江学院的同学们发现，宿舍门后多了一个崭新的拖鞋架。
据后勤管理处介绍，今年暑假学校启动学生公寓内务提升工程，在16栋学生公寓统一安装壁挂式拖鞋架1.2万个。拖鞋架采用不锈钢材质，分上下两层，每层可放两双鞋，底部留有沥水孔。
“以前拖鞋都堆在床底下，味道大，也不好打扫。”机电工程学院2023级学生贺骁说，现在地面清爽多了。
下一步，后勤管理处将把拖鞋摆放纳入文明宿舍检查内容，每月公布检查结果。⟦m 撰稿：学生记者团 高翊　摄影：杭昀　责编：苏棠⟧
""",
    ),
    dict(
        slug="university-quecheng-vocational-training-supplies-notice",
        site="碏城职业技术学院医学美容系 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://yxmr.qcvtc.example.edu.cn/tzgg/2024/0909/604.html",
        title="关于规范美容实训室耗材领用的通知",
        record_title="实训通知 ▏关于规范美容实训室耗材领用的通知 ▏碏城职院医美系",
        date="2024-09-09",
        notes="a college department's notice: the department's own contact beside the college information centre's line; date under the signature",
        page="""
!m 碏城职业技术学院　医学美容系
!m 系部首页 | 系部概况 | 专业建设 | 实训中心 | 通知公告
!t 实训通知 ▏关于规范美容实训室耗材领用的通知 ▏碏城职院医美系
!m 作者：实训中心　　日期：2024-09-10　　阅读：341
{BODY}
!a ［关闭］［打印本页］
!m 学院信息中心：0872-3109000　地址：碏城市职教园区学府路9号
""",
        body="""
各班级、各位实训指导教师：
为规范美容实训室耗材管理，减少浪费，现就卸妆棉、面膜碗等实训耗材领用事项通知如下：
一、领用方式。实训耗材按班级统一领用，由实训课代表凭课表到耗材室登记领取，每次领用不超过一周用量。
二、使用要求。卸妆棉、洗脸巾等一次性耗材一人一用，不得回收再用；面膜碗、调膜棒用后清洗消毒，放回指定位置。
三、检查考核。实训室管理员每周清点一次库存，耗材使用情况纳入班级实训考核。
联系人：实训中心　韦瑾，电话：0872-3109736
医学美容系
2024年9月9日
""",
        date_also=["2024-09-10"],
    ),
]
