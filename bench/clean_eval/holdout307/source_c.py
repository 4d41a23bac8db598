"""Blind part holdout307, file C: Q&A sites, personal collections, Party-building portals,
hospitals and universities. Every page, place, person, site, URL and number here is invented;
see ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="qa-wenzhen-knitting-needle-size-adopted-answer",
        site="问针知道 (invented Q&A)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.wenzhen-zhidao-demo.com/q/8830127.html",
        title="零基础织围巾，毛线针选几号的好？",
        record_title=None,
        date=None,
        notes="Q&A page: no title in the record, the question is the page's title; an adopted-answer badge, a vote row and more "
        "answers; 回答于 3 天前 is no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>零基础织围巾，毛线针选几号的好？_问针知道</title></head><body>
<div class="hd">⟦m 问针知道⟧　<a>⟦a 我要提问⟧</a>　<a>⟦a 去回答⟧</a></div>
<div class="q">
<h1>{T}</h1>
<p class="q-meta">⟦m 提问者：小葱拌豆腐　|　分类：生活 › 手工编织　|　浏览 3406⟧</p>
</div>
<div class="best">
<div class="badge">⟦m ✔ 提问者采纳⟧</div>
<div class="author">⟦m 答主：织女阿梅（编织讲师）　回答于 3 天前⟧</div>
<div class="answer-text">
{BODY}
</div>
<div class="vote">⟦a 有用 286　没用 4　|　评论 19　|　举报⟧</div>
</div>
<div class="others"><h3>⟦l 其他 6 条回答⟧</h3>
<p>⟦l 棉棉：我是用4.5的，织出来密一点⟧</p><p>⟦l 路过的兔子：先买一套，几个号都有⟧</p></div>
<div class="ft">⟦d 回答内容来自网友，仅代表个人看法，请理性参考。⟧　⟦m ©2025 问针知道⟧</div>
</body></html>
""",
        body="""
织围巾的话，新手建议先选5.0毫米左右的竹制毛线针，配中粗毛线。
原因有三点：一是针粗一点，针目大，看得清楚，漏针了也好找；二是竹针比金属针涩一点，线不容易滑脱；三是中粗线织得快，一条围巾一周就能织完，容易有成就感。
买针时看一下毛线标签，上面一般会写“建议用针”，照着选就不会错。
另外提醒一句，毛线针的尖比较利，家里有小孩的话，不织的时候要套上针帽收好。
""",
    ),
    dict(
        slug="qa-linli-quilt-clip-fell-on-car-online-wait",
        site="邻里问答 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://linli-wenda-demo.cn/question/44127/answer/90315",
        title="晒被夹从楼上掉下来砸坏了楼下的车，该谁赔？",
        record_title="晒被夹从楼上掉下来砸坏了楼下的车，该谁赔？在线等，急 - 邻里问答",
        date=None,
        notes="Q&A text page: the question with '在线等，急' and a site suffix in the record; one answer is the body, a reminder "
        "glued after its last sentence; answered 2 小时前 (no date)",
        page="""
!m 邻里问答　首页　热门　我的提问
!t 晒被夹从楼上掉下来砸坏了楼下的车，该谁赔？在线等，急
!m 58人关注　·　浏览 2,113
!a 回答　　关注问题　　邀请
!m 法律小站长（从事物业纠纷调解八年）
!m 2 小时前回答
{BODY}
!a 赞 64　　踩　　评论 7　　收藏
!d 该回答不构成正式法律意见，具体问题请咨询执业律师。
!l 查看全部 9 个回答
""",
        body="""
这种情况一般由晒被夹的所有人或者使用人承担赔偿责任。
根据民法典关于建筑物中抛掷物品或者坠落物品致人损害的规定，晾晒物品坠落造成他人损害，所有人、管理人或者使用人不能证明自己没有过错的，应当承担侵权责任。
所以，如果能确定夹子是哪家掉的，车主可以直接找这户协商赔偿；协商不成的，可以保留照片、监控录像和维修单据，向法院起诉。
如果查不清是哪一户掉的，物业没有尽到安全保障义务的，也可能要承担相应责任。
建议楼主先找物业调监控。⟦a 觉得有帮助就点个赞吧⟧
""",
    ),
    dict(
        slug="collection-jiaochuang-memoir-riverside-washing-stick-gb2312",
        site="蕉窗文存 (invented, a retired teacher's old table-layout collection)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="html",
        source="http://www.jiaochuang-wencun-demo.cn/jiushi/09.htm",
        title="河埠头的搓衣棒",
        record_title="河埠头的搓衣棒（棼溪旧事之九）— 蕉窗文存",
        date=None,
        notes="old gb2312 collection: marquee, chapter links, a visitor counter and the author's mailbox; a memoir with no date",
        page="""
<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>河埠头的搓衣棒（棼溪旧事之九）— 蕉窗文存</title>
</head>
<body bgcolor="#F5F0E1">
<table width="760" align="center" border="0" cellspacing="0" cellpadding="4">
<tr><td align="center"><font size="5" face="楷体_GB2312">⟦m 蕉窗文存⟧</font><br><font size="2">⟦m 退休教员谢松年的旧文与新作⟧</font></td></tr>
<tr><td><marquee direction="left" scrollamount="2">⟦m 欢迎老同学、老同事来蕉窗坐坐，留言请写信⟧</marquee></td></tr>
<tr><td align="center"><font size="2">⟦m 文存首页 | 棼溪旧事 | 教书杂记 | 诗词习作⟧</font></td></tr>
<tr><td><font size="2">⟦l 〔上一章：村口的老樟树〕⟧　⟦l 〔下一章：腊月里打年糕〕⟧　⟦l 〔回到目录〕⟧</font></td></tr>
<tr><td align="center"><font size="4"><b>{T}</b></font><br><font size="2">⟦m ——棼溪旧事之九⟧</font></td></tr>
<tr><td>
{BODY}
</td></tr>
<tr><td><font size="2">⟦l 〔上一章：村口的老樟树〕⟧　⟦l 〔下一章：腊月里打年糕〕⟧</font></td></tr>
<tr><td align="center"><font size="2" color="#666666">⟦m 本文存已有 041762 人次来访⟧<br>⟦w 给松年写信：songnian_xie@jiaochuang-demo.cn⟧<br>⟦d 文存诸篇均系作者原创，转载请先来信说明⟧</font></td></tr>
</table>
</body></html>
""",
        p_html='<p><font size="3">　　{}</font></p>',
        body="""
我们村在棼溪边上，村口有一段青石砌的河埠头，是全村女人洗衣的地方。
每天一早，河埠头上就蹲满了人。木盆里泡着全家的衣裳，各家的搓衣棒“噼噼啪啪”地敲，隔着半里地都听得见。谁家的搓衣棒响得最勤，谁家的媳妇就最能干，这是村里的老话。
母亲的搓衣棒是父亲用苦楝木做的，一头粗一头细，粗的那头刻着七八道横槽。她先用棒子捶，再用槽子搓，连父亲干活穿脏的帆布褂子，也能洗出本色来。
后来村里通了自来水，家家买了洗衣机，河埠头一天天冷清了。母亲那根搓衣棒，如今挂在老屋的墙上，棒头的槽子里还嵌着一点洗不掉的皂垢。
""",
    ),
    dict(
        slug="collection-yunzhai-essay-grandma-puff-oneline",
        site="云斋散记 (invented personal collection)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="text",
        source="https://yunzhai-sanji-demo.net/essay/13.html",
        title="外婆的粉扑盒",
        record_title="〔散记·十三〕外婆的粉扑盒 ｜ 云斋散记",
        date=None,
        notes="an essay all on one line (paragraphs only separated by their indent); collection chrome around it; no date",
        page="""
!m 云斋散记 · 第二卷　旧物
!l 目录　｜　←散记·十二　｜　散记·十四→
!t 〔散记·十三〕外婆的粉扑盒
!m 字数 412　·　收入本卷：旧物
{BODY}
!m —— 云斋
!l ←散记·十二　灶台上的搪瓷缸
!l 散记·十四→　父亲的老花镜
!d 云斋散记所收文字，未经作者同意请勿转贴。
""",
        indent="\u3000\u3000",
        oneline=True,
        body="""
外婆有一个圆圆的铁皮粉盒，盒盖上印着一朵褪了色的牡丹。
盒子里装着半盒香粉，上面卧着一块粉红的绒布粉扑。外婆平时舍不得用，只有走亲戚、赶庙会的时候，才对着镜子，用粉扑在脸上轻轻按几下。
我小时候最爱偷偷打开那个盒子闻，一股淡淡的桂花香。有一回我把粉扑拿去给布娃娃扑脸，弄得满身是粉，外婆也没骂我，只是把粉扑拍干净，又放回了盒里。
外婆走后，舅舅把粉盒留给了我。粉早就干成了块，粉扑也发硬了，我一直没舍得扔。
""",
    ),
    dict(
        slug="party-juanhu-speech-knitting-volunteers-cn-date",
        site="罥湖先锋网 (invented district Party-building portal)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://www.jhxianfeng-demo.cn/dzb/zyfw/202510/t20251022_3317.html",
        title="在“银针暖冬”党员志愿编织活动启动仪式上的讲话",
        record_title="【先锋行动】在“银针暖冬”党员志愿编织活动启动仪式上的讲话_志愿服务_罥湖先锋网",
        date="2025-10-20",
        date_also=["2025-10-22"],
        notes="Party portal: speaker line and a date line in Chinese numerals under the title (neutral), a study-points prompt, "
        "a read-on-phone QR line; the page's date differs from the speech's",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>【先锋行动】在“银针暖冬”党员志愿编织活动启动仪式上的讲话_志愿服务_罥湖先锋网</title></head>
<body>
<div class="banner">⟦m 罥湖先锋网⟧<span>⟦m 中共榠城市罥湖区委组织部主办⟧</span></div>
<div class="menu">⟦m 首页⟧ ⟦m 党建要闻⟧ ⟦m 支部风采⟧ ⟦m 志愿服务⟧ ⟦m 学习园地⟧</div>
<div class="here">⟦m 当前栏目：志愿服务⟧</div>
<div class="article">
<h1>{T}</h1>
<div class="src">⟦m 时间：2025-10-22　来源：区委组织部　字号：大 中 小⟧</div>
<p class="speaker">区委组织部副部长　甘霁</p>
<p class="speaker">（二〇二五年十月二十日）</p>
<div class="points">⟦a 认真读完本文满3分钟，可记学习积分1分⟧</div>
<div class="content">
{BODY}
</div>
<div class="qr">⟦a 用手机扫一扫，把本文带在路上读⟧</div>
<div class="related"><h4>⟦l 志愿服务·更多⟧</h4><p>⟦l 梲园社区“银发编织队”送暖山区⟧</p><p>⟦l 区直机关开展“周末义剪”活动⟧</p></div>
</div>
<div class="footer">⟦m 罥湖先锋网　版权所有　备案号：湘ICP备19040216号⟧</div>
</body></html>
""",
        body="""
同志们、志愿者朋友们：
今天，我们在这里启动“银针暖冬”党员志愿编织活动。今年，全区32个机关党支部、18个社区党组织报名参加，报名党员和志愿者达到600多人。
为什么要拿起毛线针？去年冬天我们到繇山县走访，看到不少山区孩子冬天只穿一件单衣上学。一条围巾、一顶帽子花钱不多，但一针一线织出来的，是党员对群众的一份心意。
活动期间，希望各党支部做到三点：一是组织好，以支部为单位分组编织，老党员带新志愿者；二是把好质量，每件作品都要收针牢固、没有线头；三是送到位，12月10日前由区委组织部统一寄送，确保孩子们在元旦前用上。
同志们，一根毛线针，连着党心和民心。让我们一起动手，把温暖送到山里去！
""",
    ),
    dict(
        slug="party-branch-summary-quilt-beating-volunteers-table",
        site="榠城机关党建网 (invented)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://www.mcjgdj-demo.cn/zbdt/2025/1009/5571.html",
        title="机关第三党支部“晒被拍褥”助老志愿服务活动总结",
        record_title="机关第三党支部“晒被拍褥”助老志愿服务活动总结_支部动态_榠城机关党建网",
        date="2025-09-26",
        date_also=["2025-10-09"],
        notes="Party site text page: a service table (one row a paragraph), a like/study line between paragraphs; "
        "the page's date differs from the 成文日期",
        page="""
!m 榠城机关党建网
!m 首页 ＞ 支部动态
{T}
!m 2025年10月09日　来源：机关第三党支部　点击数：264
{BODY}
!a 点赞　　转给支部　　打印本篇
!l 〔上一篇〕第一党支部开展“红色观影”主题党日
!l 〔下一篇〕市直机关工委召开季度党建例会
!m 榠城市直机关工委主办　联系电话：0738-8203371
""",
        body="""
今年4月至9月，机关第三党支部组织党员开展“晒被拍褥”助老志愿服务活动，为罥湖区梲园社区的独居、高龄老人上门晾晒、拍打被褥。现将活动情况总结如下。
一、活动开展情况
支部23名党员分成4个小组，与社区网格员一起，每月第二个周六上门服务。
月份　服务户数　晾晒拍打被褥（床）
4月　18　41
6月　22　53
9月　25　60
⟦a 本文已有 58 名党员点亮“学习”⟧
二、主要收获
党员们带着拍被子、晒被夹上门，一边干活一边和老人拉家常，了解到老人家里门锁损坏、燃气灶老化等问题11件，已协调社区全部解决。
三、下一步打算
支部将把这项活动做成长期品牌，冬季改为上门清洗更换被套，让老人们睡得暖和。
中共榠城市直机关第三支部委员会
2025年9月26日
""",
    ),
    dict(
        slug="hospital-mingcheng-derm-puff-acne-booking-float",
        site="榠城市第二人民医院 (invented)",
        style="医院官网",
        genre="科普",
        kind="other",
        form="html",
        source="https://www.mc2hospital-demo.cn/kpzs/pfk/2025/0610/1188.html",
        title="痘痘反复冒？可能是脏粉扑惹的祸",
        record_title="【皮肤健康小讲堂】痘痘反复冒？可能是脏粉扑惹的祸 - 榠城市第二人民医院",
        date="2025-06-10",
        notes="hospital article: a booking float, the site's 预约 and 24-hour lines next to the department's own 咨询电话 in the "
        "body; numbered tips; the byline's 发布时间 is the page's date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【皮肤健康小讲堂】痘痘反复冒？可能是脏粉扑惹的祸 - 榠城市第二人民医院</title></head>
<body>
<div class="top">⟦m 榠城市第二人民医院⟧　⟦m 预约挂号专线：0738-8372000⟧　⟦m 全天候急救：0738-8372120⟧</div>
<div class="nav">⟦m 医院概况⟧ ⟦m 科室导航⟧ ⟦m 专家介绍⟧ ⟦m 就医指南⟧ ⟦m 健康科普⟧</div>
<div class="pos">⟦m 位置：健康科普 ＞ 皮肤科⟧</div>
<div class="article">
<h1>{T}</h1>
<div class="info">⟦m 发布时间：2025-06-10　作者：皮肤科　浏览：1580⟧</div>
<div class="body">
{BODY}
</div>
<div class="share">⟦l 分享给家人：微信　QQ　朋友圈⟧</div>
</div>
<div class="float-book"><a>⟦a 手机挂号⟧</a><a>⟦a 报告查询⟧</a><a>⟦a 回顶部⟧</a></div>
<div class="experts"><h3>⟦l 皮肤科专家⟧</h3><p>⟦l 蓝钰　主治医师　周二、周四上午⟧</p><p>⟦l 庞书怀　主任医师　周一全天⟧</p></div>
<div class="foot">⟦m 地址：榠城市罥湖区杏林路66号⟧　⟦d 本站健康文章仅供参考，不能代替医生面诊。⟧</div>
</body></html>
""",
        body="""
最近，皮肤科门诊接诊了不少反复长痘的年轻女性。仔细询问后发现，她们有一个共同点：粉扑很久没洗，甚至几个月没换。
粉扑吸附了粉底、皮脂和汗液，又常装在密闭的化妆包里，温暖潮湿，很适合细菌和真菌繁殖。用脏粉扑上妆，等于把细菌一遍遍拍到脸上，容易诱发毛囊炎、加重痤疮。
皮肤科主治医师蓝钰提醒：
1.粉扑至少每周清洗一次，洗后彻底晾干再用；
2.海绵粉扑一般一到三个月更换一次；
3.正在长痘、有皮肤破损时，最好暂停使用粉扑；
4.粉扑不要和别人共用。
如皮疹反复不愈，请及时到正规医院皮肤科就诊，也可关注“榠城二院”服务号查看皮肤科出诊安排。皮肤科咨询电话：0738-8372261（工作日8:00-17:30）。
""",
    ),
    dict(
        slug="hospital-fenxi-respiratory-quilt-beating-mites",
        site="棼溪县人民医院 (invented)",
        style="医院官网",
        genre="科普",
        kind="other",
        form="text",
        source="http://www.fxxrmyy-demo.cn/jkkp/2025/0327/903.html",
        title="拍被子能除螨吗？呼吸科医生：方法不对反而伤肺",
        record_date="2025-03-27",
        date="2025-03-27",
        notes="record title and record date as is; hospital article text with a 发布日期 line; a booking prompt on a line of "
        "its own between paragraphs",
        page="""
!m 棼溪县人民医院　健康科普
!m 首页 > 健康科普 > 呼吸与危重症医学科
{T}
!m 发布日期：2025-03-27　作者：呼吸与危重症医学科　浏览次数：632
{BODY}
!l 相关科普：春季过敏性鼻炎怎么防　|　哮喘患者居家注意事项
!m 门诊服务电话：0739-2356120　|　院址：棼溪县溪东路8号
""",
        body="""
不少人晒被子时喜欢用拍被子使劲拍打，觉得拍得越响，螨虫和灰尘去得越干净。其实，这种做法并不科学。
县人民医院呼吸与危重症医学科副主任医师景澄介绍，被褥中的尘螨大多藏在纤维深处，用力拍打并不能把它们拍死，反而会让尘螨碎屑、棉絮和灰尘飘到空中，被人吸入后可能诱发过敏性鼻炎和哮喘。
⟦a 哮喘门诊可在“棼溪县医”小程序提前挂号⟧
正确的做法是：晴天把被子晒3至4小时，收被子前用拍被子轻轻拍几下，把表面浮尘拍掉即可。拍的时候要戴口罩，最好让有哮喘、过敏体质的家人回避。
每隔一两周还可以用60℃以上的热水清洗被套和床单，这才是除螨的好办法。
""",
    ),
    dict(
        slug="university-mingcheng-vtc-news-dorm-clips-h1",
        site="榠城职业技术学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.mcvtc-demo.edu.cn/xwzx/xnxw/2025/0415/6631.html",
        title="后勤保障处为学生公寓加装晾被架并发放晒被夹",
        record_title=None,
        date="2025-04-15",
        notes="university news page: no title in the record, the h1 holds it; a dotted date byline is the page's date; "
        "a photo caption between paragraphs",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>榠城职业技术学院-新闻网</title></head>
<body>
<div class="header">⟦m 榠城职业技术学院新闻网⟧　<a>⟦a 学院主页⟧</a>　<a>⟦a 信息门户登录⟧</a></div>
<div class="nav">⟦m 学院要闻⟧ ⟦m 校园动态⟧ ⟦m 媒体聚焦⟧ ⟦m 图说校园⟧</div>
<div class="article">
<h1>{T}</h1>
<div class="meta">⟦m 2025.04.15　来源：后勤保障处　文/图：曲奕　审核：严青　阅读：902⟧</div>
<div class="v_news_content">
{BODY}
</div>
<div class="pn">⟦l 上一条：我院学子在全省职业院校技能大赛中获佳绩⟧<br>⟦l 下一条：图书馆开展“世界读书日”系列活动⟧</div>
</div>
<div class="foot">⟦m 地址：榠城市罥湖区职教路1号　邮编：421001⟧<br>⟦m 榠城职业技术学院党委宣传部　版权所有⟧</div>
</body></html>
""",
        body="""
为解决学生晾晒被褥难的问题，近日，后勤保障处在东区、西区学生公寓楼前空地新装了不锈钢晾被架86组，并为每间宿舍发放防风晒被夹8只。
此前，不少同学只能把被子搭在阳台栏杆上晾晒，既不安全，也影响楼宇外观。去年以来，学生代表多次在“校长面对面”座谈会上提出这一问题。
⟦m 新装的晾被架投入使用首日，同学们在东区公寓楼前晾晒被褥。（曲奕　摄）⟧
后勤保障处公寓管理中心主任麦俊生介绍，新装的晾被架高1.6米，每组可同时晾晒被褥6床；发放的晒被夹为金属弹簧防风款，能承受六级风。
公寓管理中心提醒同学们，晾晒被褥请使用晒被夹夹牢，下午5点前及时收回，遇大风天气不要晾晒。
""",
    ),
    dict(
        slug="university-union-notice-knitting-contest-own-needles",
        site="榠城职业技术学院工会 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://gh.mcvtc-demo.edu.cn/tzgg/2025/1024/318.html",
        title="关于举办2025年教职工“一针一线”手工编织比赛的通知",
        date="2025-10-24",
        notes="record title as is; a union notice with numbered items; entrants bring their own knitting needles; "
        "a sign-up form download line after the text is chrome",
        page="""
!m 榠城职业技术学院工会
!m 首页 · 通知公告
{T}
!m 作者：校工会　时间：2025-10-24　点击：377
{BODY}
!a 报名表下载（docx）　|　返回上一页
!m 榠城职业技术学院工会　电话：0738-8566022
""",
        body="""
各分工会：
为丰富教职工业余文化生活，展示教职工心灵手巧的风采，校工会决定举办2025年教职工“一针一线”手工编织比赛。现将有关事项通知如下。
一、比赛时间和地点
11月14日（周五）下午2:30，教工活动中心二楼。
二、比赛项目
1.现场编织：60分钟内用棒针织一块20厘米见方的样片；
2.作品展评：提交本人近两年编织的成品一件。
三、有关要求
现场编织所需毛线由校工会提供，毛线针请参赛者自带，针号不限。请各分工会于11月7日前将报名表报校工会办公室。
榠城职业技术学院工会
2025年10月24日
""",
    ),
]
