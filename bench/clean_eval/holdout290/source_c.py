"""holdout290, part C: Q&A sites, personal collections, Party-building sites, hospitals, universities.

Every page, site, place, person, number and URL here is invented; each case written by hand.
"""

CASES = [
    dict(
        slug="qa-wenlai-food-cover-yellowed-mesh-question",
        site="问来答往 (invented Q&A)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.wenlaidawang.com/question/77210934",
        title="纱网菜罩用久了发黄发黏，怎么洗干净？",
        record_title=None,
        date=None,
        notes="no title in the record: the question; an adopted-answer badge, a vote row and more answers; 3 天前 is no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>⟦m 问来答往 - 有疑就来问⟧</title>
<script src="/assets/qa.bundle.js"></script>
</head><body>
<header>⟦m 问来答往⟧ <input placeholder="搜索你感兴趣的问题"> ⟦a 我要提问⟧ ⟦a 登进来答题⟧</header>
<div class="q">
<div class="tags">⟦l 家居清洁　厨房用品⟧</div>
<h1>{T}</h1>
<p class="q-meta">⟦m 提问者：阿芸不做饭　｜　187人关注　｜　浏览 4.3万⟧</p>
</div>
<div class="answer best">
<div class="badge">⟦m ✔ 提问者采纳⟧</div>
<div class="author">⟦m 家政师傅老符　｜　保洁行业12年　｜　回答于 3 天前⟧</div>
<div class="answer-body">
{BODY}
</div>
<div class="vote">⟦a ▲ 赞同 2103　▼　｜ 评论 56　｜ 收藏　｜ 举报⟧</div>
</div>
<div class="more"><h3>⟦l 其余 14 条回答⟧</h3>
<p>⟦l 橙子皮煮水泡一晚，亲测有用——momo⟧</p>
<p>⟦a 展开更多回答⟧</p></div>
<aside><h4>⟦l 相关问题⟧</h4><ul><li>⟦l 竹编菜罩发霉还能用吗？⟧</li><li>⟦l 菜罩和保鲜膜哪个更卫生？⟧</li></ul></aside>
<footer>⟦m © 2025 问来答往 wenlaidawang.com　京ICP备21037760号⟧</footer>
</body></html>
""",
        body="""
纱网发黄发黏，多半是厨房油烟和饭菜的油汽长期沾在上面，光用清水冲不掉。我平时这样洗：
1. 先把菜罩拆开摊平，用热水冲一遍，把浮灰冲掉。
2. 盆里倒温水，加两勺小苏打和一点洗洁精，把菜罩整个泡进去，泡二十分钟左右。
3. 用软毛刷顺着纱网的纹路刷，别用钢丝球，容易把网刷破。
4. 发黏特别厉害的地方，挤点牙膏再刷一遍。
5. 清水冲净后放在通风处晾干，不要暴晒，塑料边框晒久了会变脆。
以后每周洗一次，就不会再积成这样了。
""",
    ),
    dict(
        slug="qa-jieyifang-button-box-biscuit-tin-rust",
        site="解疑坊 (invented Q&A)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://jieyifang.cn/q/3391058",
        title="旧饼干铁盒改纽扣盒，怎么防止生锈？",
        record_title="旧饼干铁盒改纽扣盒，怎么防止生锈？ - 解疑坊",
        date=None,
        notes="Q&A text: the question decorated with the site; an answer edited 昨天 (no date); vote and comment rows; an 'expand' action on a line of its own inside the answer",
        page="""
!m 解疑坊 · 生活 · 收纳整理
{T}
!m 3 个回答　｜　被浏览 9,612 次
!a ＋ 关注问题　　✎ 写回答　　邀请回答
!m 裁缝铺的猫　　编辑于 昨天 19:48
{BODY}
!a 赞同 418　｜　27 条评论　｜　分享　｜　收藏
!l 3 个回答都在这里
!l 你可能感兴趣：纽扣太多怎么收纳？｜铁盒生锈还能装食物吗？
!m 解疑坊 jieyifang.cn　沪ICP备19028836号
""",
        body="""
铁皮饼干盒做纽扣盒很合适，盒子结实，盖子也严。生锈主要是潮气和手汗造成的，可以这样处理：
第一，先把盒子里外擦干净，有锈点的地方用细砂纸轻轻打磨，再用干布擦掉铁屑。
第二，盒子内壁刷一层透明清漆，或者贴一层自粘的布纹纸，纽扣就碰不到铁皮了。
⟦a 余下2点已折叠，点开继续看⟧
第三，盒里放一小包食品干燥剂，两三个月换一次。
第四，纽扣盒别放在卫生间或厨房，放在衣柜上层最好。
我家一个用了十几年的纽扣盒，就是这么养着的，到现在一点锈都没有。
""",
    ),
    dict(
        slug="collection-kenli-memoir-mothers-button-box",
        site="裉里杂记 (invented personal site, gb2312)",
        style="个人文集",
        genre="回忆录",
        kind="other",
        form="html",
        source="http://www.kenlizaji.com/wen/07.htm",
        title="母亲的纽扣盒",
        record_title="母亲的纽扣盒（《裉里杂记》之七）",
        date=None,
        notes="an old personal site: a marquee, chapter links, a visitor counter and the author's mailbox; a memoir with no date",
        page="""
<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>母亲的纽扣盒（《裉里杂记》之七）</title>
<script language="JavaScript" src="../js/counter.js"></script>
</head>
<body bgcolor="#F5EFE0">
<table width="760" align="center" border="0">
<tr><td align="center"><font size="5">⟦m 裉里杂记⟧</font><br>⟦m 一个老裁缝儿子的零碎回忆⟧</td></tr>
<tr><td><marquee>⟦m 小站不登广告，只存旧事，欢迎来信指正⟧</marquee></td></tr>
<tr><td align="center">⟦m <a href="../index.htm">目录</a>｜<a href="06.htm">之六</a>｜<a href="08.htm">之八</a>｜<a href="../guest.htm">留言簿</a>⟧</td></tr>
<tr><td><h3 align="center">{T}</h3>
{BODY}
</td></tr>
<tr><td align="center">⟦l ← 之六：巷口的剃头挑子⟧　⟦l 之八：父亲的熨斗 →⟧</td></tr>
<tr><td align="center">⟦m 来信请寄：kenli_laoyu@mail.kl-home.net⟧</td></tr>
<tr><td align="center">⟦m 本页已被翻阅 004127 次⟧</td></tr>
</table>
</body></html>
""",
        p_html="<p>　　{}</p>",
        body="""
母亲的纽扣盒是一只旧的月饼盒，红底金字，盒盖早已压瘪。父亲做了一辈子裁缝，裁下来的零头布和拆下来的扣子，都由母亲收进这只盒子里。
小时候我最爱趴在桌上看母亲理扣子。她把扣子倒在簸箕里，按颜色一堆一堆分开，再用线把同样的四颗串成一串。她说，扣子散着就找不齐，串起来才成套。
街坊谁家孩子的棉袄掉了扣子，都来找母亲。她翻开纽扣盒，总能挑出一颗差不多的，顺手就给钉上了。
母亲走后，纽扣盒归了我。盒里的扣子还是一串一串的，线已经发黄，我一串也没舍得拆开。
""",
    ),
    dict(
        slug="collection-chahe-essay-curing-rack-oneline",
        site="衩河岸边 (invented personal collection)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="text",
        source="https://chahe-anbian.net/wenji/14.html",
        title="腊月的竹架子",
        record_title="腊月的竹架子（《衩河岸边》第十四篇）",
        date=None,
        notes="a personal collection's essay with the whole body on one line; no date; a reader counter and collection links",
        page="""
!m 衩河岸边 · 一个人的文集
!m 文集目录 › 第十四篇
{T}
!m 作者：袁守田　　本篇字数 298　　读者 562
{BODY}
!l 上一篇：第十三篇　河滩上的榨油坊
!l 下一篇：第十五篇　年三十的灯
!m 衩河岸边 个人文集 · 只写家乡事
""",
        indent="\u3000\u3000",
        oneline=True,
        body="""
衩河一带的人家，进了腊月都要搭竹架子挂腊肉。架子搭在朝南的屋檐下，两根竹竿一横，铁钩一挂，一条条腊肉就晾上去了。
那时候我家的架子最长，因为祖父会做竹器。他选三年生的毛竹，烤直了再用，说这样的竹竿不弯腰。
腊肉要晾二十来天，白天晒太阳，晚上收进灶屋熏，柴火是柏树枝，烟一熏，满屋都是香味。
祖父去世以后，那副竹架子一直靠在老屋墙角。前年回去，竹竿已经被虫蛀空，一碰就断了。我站在屋檐下，好像还能闻到那股柏树烟的味道。
""",
    ),
    dict(
        slug="party-dachuan-speech-curing-co-op-branch-cn-date",
        site="褡川先锋网 (invented Party-building portal)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://www.dcxianfeng.cn/zbjs/2024/1112/3306.html",
        title="在绻溪村腊味合作社党支部成立大会上的讲话",
        record_title="【产业链上建支部】在绻溪村腊味合作社党支部成立大会上的讲话-褡川先锋网",
        date="2024-11-08",
        date_also=["2024-11-12"],
        notes="Party portal: a study-points prompt, a read-on-phone QR line; a date in Chinese numerals and a speaker line under the speech title (neutral); the page's posting date differs (also accepted)",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>【产业链上建支部】在绻溪村腊味合作社党支部成立大会上的讲话-褡川先锋网</title>
<script src="/js/dj.min.js"></script>
</head><body>
<div class="head">⟦m 褡川先锋网 · 中共褡川县委组织部主办⟧</div>
<div class="nav">⟦m 首页 要闻 组织建设 党员教育 基层风采 先锋论坛⟧</div>
<div class="loc">⟦m 您的位置：首页 > 基层风采 > 支部建设⟧</div>
<div class="art">
<h1>{T}</h1>
<div class="meta">⟦m 日期：2024-11-12　来源：襞口镇党委　浏览：527⟧</div>
<div class="center">（二〇二四年十一月八日）</div>
<div class="center">襞口镇党委书记　瞿长根</div>
<div class="text">
{BODY}
</div>
<div class="xf">⟦a 登录学习平台阅读满3分钟，可计入本月学习积分⟧</div>
<div class="qr">⟦a 手机扫一扫，在手机上接着读⟧</div>
</div>
<div class="rel">⟦l 延伸阅读：把党支部建在合作社上——襞口镇的三点做法⟧</div>
<div class="foot">⟦m 主办：中共褡川县委组织部　电话：0739-6601120⟧<br>⟦m 黔ICP备11003417号⟧</div>
</body></html>
""",
        body="""
同志们：
今天，绻溪村腊味合作社党支部正式成立了。我代表镇党委，向新当选的支部委员表示祝贺！
绻溪村做腊味有上百年历史，合作社成立三年来，社员从11户发展到68户，去年卖出腊肉、腊肠4.6万斤。合作社里有党员9名，把支部建在合作社上，就是要让党员在产业发展中站出来、走在前。
借此机会，我提三点希望。一要带头守规矩，腊肉架统一搭设、熏房统一管理，党员先做起来。二要带头闯市场，帮社员把腊味卖出山。三要带头帮困难户，每名党员至少联系一户。
希望支部一班人不负重托，把合作社办得更红火。
""",
    ),
    dict(
        slug="party-sihu-summary-food-covers-elderly-table",
        site="缌湖红色驿站网 (invented)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://www.sihu-hsyz.cn/zyfw/20240905/882.html",
        title="机关党支部“送菜罩进独居老人家”志愿服务活动总结",
        record_title="【志愿风采】机关党支部“送菜罩进独居老人家”志愿服务活动总结_缌湖红色驿站网",
        date="2024-09-03",
        notes="a summary with its data table one row a paragraph; signature date; a share bar glued after a sentence",
        page="""
!m 缌湖红色驿站网　｜　志愿服务　｜　支部动态
!t 【志愿风采】机关党支部“送菜罩进独居老人家”志愿服务活动总结
!m 录入：区直机关工委　　浏览次数：193
{BODY}
!a 【纠错】【打印】【关闭】
!l 相关稿件：区直机关开展“七一”走访慰问活动
!m 缌湖红色驿站网 版权所有　主办单位：中共袼阳市缌湖区直属机关工作委员会
""",
        indent="\u3000\u3000",
        body="""
7月至8月，区市场监管局机关党支部开展“送菜罩进独居老人家”志愿服务活动，为辖区独居老人送去菜罩，讲解夏季饮食卫生知识。现将活动情况总结如下。
活动期间，支部党员分成4个小组，走访了3个社区。各社区情况如下：
社区　走访户数　送出菜罩　发现问题
襜荫社区　42　42　剩菜久放7户
褂桥社区　35　35　冰箱不制冷2户
裨园社区　29　29　无
⟦l 分享到：微信 QQ 钉钉⟧
活动中，党员们发现部分老人舍不得倒剩菜，已将情况反馈社区，由网格员定期上门提醒。下一步，支部将把走访活动常态化，每季度开展一次。
区市场监管局机关党支部
2024年9月3日
""",
    ),
    dict(
        slug="hospital-jianshui-science-salt-spice-box",
        site="裥水县人民医院网 (invented)",
        style="医院官网",
        genre="科普",
        kind="news",
        form="html",
        source="https://www.jsxrmyy.com/jkkp/2025/0409/1177.html",
        title="调料盒里藏着的盐：高血压患者控盐指南",
        record_title="调料盒里藏着的盐：高血压患者控盐指南-科普园地-裥水县人民医院",
        date="2025-04-09",
        notes="hospital site: a booking float, a 24-hour line, an experts list; the department's own 咨询电话 in the body beside the site's booking line; the 发布时间 line is the page's date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>调料盒里藏着的盐：高血压患者控盐指南-科普园地-裥水县人民医院</title>
<script src="/js/hospital.js"></script>
</head><body>
<div class="top">⟦m 裥水县人民医院　二级甲等综合医院⟧ ⟦m 全天候急救：0747-3300120⟧</div>
<ul class="nav"><li>⟦m 医院概况⟧</li><li>⟦m 科室导航⟧</li><li>⟦m 专家介绍⟧</li><li>⟦m 科普园地⟧</li><li>⟦m 就医指南⟧</li></ul>
<div class="crumb">⟦m 首页 » 科普园地 » 心血管⟧</div>
<div class="art"><h1>{T}</h1>
<div class="meta">⟦m 发布时间：2025-04-09　作者：心内科 阚秀云　点击：1402⟧</div>
<div class="body">
{BODY}
</div></div>
<div class="side"><h4>⟦l 心内科坐诊专家⟧</h4><ul><li>⟦l 聂文涛 主任医师 周一、周四上午⟧</li><li>⟦l 阚秀云 副主任医师 周二全天⟧</li></ul></div>
<div class="float">⟦a 手机挂号 扫码即约⟧<br>⟦m 预约专线 0747-3318866⟧</div>
<div class="foot">⟦d 科普内容仅供参考，不能代替医生面诊⟧<br>⟦m 裥水县人民医院　地址：裥水县城关镇河西路17号　湘ICP备16020093号⟧</div>
</body></html>
""",
        body="""
不少高血压患者说：“我炒菜已经很少放盐了。”可血压还是降不下来。问题往往出在调料盒里。
调料盒里除了盐，还有鸡精、味精、酱油粉、十三香，这些调料大多含钠。一勺鸡精的钠，差不多相当于半勺盐。
建议大家这样做：一是调料盒里只留盐、胡椒、花椒等少数几样，鸡精、味精尽量不用；二是盐格里放一把2克的控盐勺，一人一天不超过三勺；三是多用葱、姜、蒜、醋来提味。
患者如有疑问，可拨打心内科咨询电话0747-3318702，工作日上午有医生接听。
""",
    ),
    dict(
        slug="hospital-nachi-notice-paper-placemats-ward-meals",
        site="衲溪县中医院网 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.nxzyy.cn/hqgg/20241016/306.html",
        title="关于住院部营养餐更换一次性纸餐垫的通知",
        record_title="【病区伙食告知】关于住院部营养餐更换一次性纸餐垫的通知｜衲溪县中医院",
        date="2024-10-15",
        notes="hospital notice: the nutrition canteen's own phone beside the hospital's booking and complaint lines; signature date",
        page="""
!m 衲溪县中医院　｜　院务公开
!m 首页 - 院务公开 - 后勤公告
{T}
!m 2024-10-16　后勤保障科　阅读 208
!a 字号 ＋ －　　打印本文
{BODY}
!m 门诊预约：0746-8851000　投诉建议：0746-8851315
!m 衲溪县中医院 版权所有　湘ICP备13015728号
""",
        indent="\u3000\u3000",
        date_also=["2024-10-16"],
        body="""
各病区：
为方便住院患者就餐、减少交叉污染，自10月21日起，营养食堂配送的住院营养餐统一更换为一次性纸餐垫，原用的塑料托盘垫同时停用。现将有关事项通知如下：
一、营养餐送到病区后，由配餐员连同纸餐垫一起放到患者床头桌上，餐后纸餐垫随餐盒一并回收。
二、纸餐垫上印有当餐菜名和忌口提示，请护理人员提醒患者查看。
三、如有患者对餐食有特殊要求，请病区提前一天告知营养食堂，电话：0746-8851276。
后勤保障科
2024年10月15日
""",
    ),
    dict(
        slug="university-yeyang-news-solar-term-placemats-h1",
        site="袼阳职业技术学院网 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.gyzy.edu.cn/xwzx/2024/1122/7731.html",
        title="设计学院学生“二十四节气”餐垫获省级文创大赛金奖",
        record_title=None,
        record_date="2024-11-22",
        date="2024-11-22",
        notes="no title in the record: the <h1>; the record gives the date; a dotted date and a photo placeholder; a source/editor line glued after the last paragraph",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>⟦m 袼阳职业技术学院-新闻中心⟧</title>
<script src="/_js/site.js"></script>
</head><body>
<div class="header">⟦m 袼阳职业技术学院⟧ ⟦m 厚德 精技 笃行⟧ ⟦a 信息门户⟧ ⟦a 校园邮箱⟧</div>
<div class="nav">⟦m 学校概况 院系设置 招生就业 新闻中心 校园生活⟧</div>
<div class="path">⟦m 当前：首页 / 新闻中心 / 院部动态⟧</div>
<div class="arti"><h1>{T}</h1>
<div class="arti-meta">⟦m 2024.11.22　文/设计学院　浏览次数：614⟧</div>
<div class="arti-body">
{BODY}
</div></div>
<div class="prev">⟦l 上一条：我校举办第五届职业技能节⟧</div>
<div class="foot">⟦m 地址：袼阳市缌湖区学府路88号　邮编：417100⟧<br>⟦m 袼阳职业技术学院 版权所有　湘ICP备06012234号⟧</div>
</body></html>
""",
        body="""
11月20日，省第六届文化创意设计大赛结果揭晓，我校设计学院视觉传达专业学生詹小禾、邝一鸣设计的“二十四节气”系列餐垫获得金奖。
这套餐垫共24张，每张对应一个节气，用当季的蔬果和农事作画面，背面印有节气饮食小知识。餐垫采用可水洗的棉麻面料，已有两家餐饮企业与学校洽谈批量生产。
⟦m ［图片］获奖餐垫作品展示⟧
指导教师衡丽君介绍，作品从构思到打样用了四个月，学生们走访了周边农户，画稿改了三十多遍。⟦m （审核：沃建华）⟧
""",
    ),
    dict(
        slug="university-yeyang-plan-button-box-workshop-decimal",
        site="袼阳职业技术学院教务处网 (invented)",
        style="高校官网",
        genre="方案",
        kind="other",
        form="text",
        source="http://jwc.gyzy.edu.cn/tzgg/2025/0305/918.html",
        title="服装与服饰设计专业“纽扣盒里的非遗”工作坊实施方案",
        record_title="服装与服饰设计专业“纽扣盒里的非遗”工作坊实施方案 - 教务处通知 - 袼阳职业技术学院",
        date="2025-03-04",
        notes="a plan with decimal headings 1.1–3.1; a course table row; signature date; a portal's posting line (same day after)",
        page="""
!m 袼阳职业技术学院教务处
!m 首页 | 通知公告 | 教学运行 | 实践教学
{T}
!m 发布者：实践教学科　　2025-03-05　　阅读：177
{BODY}
!a 附件下载区（登录统一身份认证后可见）
!m 教务处办公室 0747-2261035　地址：行政楼三楼
""",
        date_also=["2025-03-05"],
        body="""
1 工作坊目标
1.1 通过整理、修复和设计纽扣盒，让学生了解盘扣、布扣等传统纽扣工艺。
1.2 每名学生完成一件纽扣盒设计作品。
2 组织安排
2.1 时间：2025年4月，每周四下午，共4次。
2.2 地点：实训楼305服装工作室。
2.3 指导教师：衡丽君、瞿晓峰，特邀盘扣传承人聂月娥授课。
3 内容安排
3.1 第一次认识传统纽扣，第二次学做盘扣，第三次设计纽扣盒，第四次作品展评。
3.2 作品展评结果计入《服饰配件设计》课程平时成绩。
袼阳职业技术学院教务处
2025年3月4日
""",
    ),
]
