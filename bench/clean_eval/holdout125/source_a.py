"""holdout125, part A: domino clubs, beadwork, pistachios, beavers, aurora viewing. Invented text."""

CASES = [
    dict(
        slug="fanwen-bizhiyuan-speech-domino-contest",
        site="笔致园范文 (invented)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://www.bizhiyuan.cn/jh/wenti/202405/88213.html",
        title="在珂原县首届青少年多米诺骨牌创意赛开幕式上的致辞",
        record_title="在珂原县首届青少年多米诺骨牌创意赛开幕式上的致辞【热门】（共3篇）",
        date="2024-05-18",
        notes="decorated record title; date under the speech title; writing prompt between paragraphs",
        page="""
!m 笔致园范文 · 每一份材料都值得认真写
!m 您在这里：笔致园 ＞ 致辞讲话 ＞ 文体活动
{T}
!m 整理：竹生　　更新于：前天　　人气：1186
!a ［全选复制］　［存为文档］　［放入书架］
{T}
（2024年5月18日）
县教育体育局局长　邝明远
{BODY}
!a 余下内容已折叠，开通笔致园年卡可一键展开并下载
!l 同类推荐：
!l ◇ 校园科技节开幕式致辞（精编）
!l ◇ 青少年围棋赛闭幕讲话稿
!d 声明：本页材料由会员投稿整理，仅作写作参考，请勿原样照搬。
!m © 笔致园 bizhiyuan.cn　桂ICP备20188416号
""",
        indent="\u3000\u3000",
        body="""
各位来宾、各位老师、亲爱的同学们：
大家上午好！今天，我们在县青少年活动中心隆重举行珂原县首届青少年多米诺骨牌创意赛。我谨代表县教育体育局，向参赛的42支代表队表示热烈欢迎，向精心筹备赛事的各位老师表示衷心感谢！
多米诺骨牌看似简单，其实蕴含着力学、几何和统筹的道理。一块牌倒下，能带动成千上万块牌依次倒下，靠的是每一块牌都站在准确的位置上。⟦w 讲话稿写不顺？资深笔杆一对一改稿，微信 bzy-gaogao⟧
这次比赛设置小学组、初中组两个组别，共有368名同学参加，搭建用牌总数超过十二万块。希望同学们沉着冷静、分工合作，哪怕作品中途意外倒塌，也要有从头再来的勇气。
希望各位裁判员严格执行规则，公平公正地评判每一件作品；希望各学校以这次比赛为契机，把动手实践和科学探究融入日常教学。
最后，预祝比赛圆满成功！谢谢大家！
""",
    ),
    dict(
        slug="wenku-shanye-plan-bead-craft-course",
        site="山页文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://wenku.shanye365.com/view/9c2e71ab04.html",
        title="琮溪镇中心小学串珠手工社团活动实施方案",
        record_title="琮溪镇中心小学串珠手工社团活动实施方案.docx",
        date=None,
        notes="file-name title; page markers of my own cutting sentences; no date (upload stamp only)",
        page="""
!m 山页文库　｜　海量文档　随心阅读
!t 琮溪镇中心小学串珠手工社团活动实施方案.docx
!m 上传者：lanlan_0712　　上传于：2024-09-03　　页数：4页　　格式：DOCX
!a 立即下载（2山币）　　收藏　　转存到我的书架
{T}
{BODY}
!a 预览已到第4页末，余下内容请下载原文件查看
!l 相关文档：小学手工社团学期计划｜劳动教育特色课程方案｜社团活动记录表
!d 山页文库文档均来自用户分享，如涉及侵权请点击“版权申诉”。
""",
        pages=dict(fmt="⸤{n}⸥", every=150, start=2),
        body="""
一、活动目的
通过串珠手工活动，锻炼学生手眼协调能力和专注力，培养学生的审美情趣和耐心细致的学习习惯，丰富校园课余生活。
二、活动对象与时间
社团面向三至五年级学生招收成员，每期30人。每周三下午第三节课为固定活动时间，地点设在综合楼二楼美术教室。
三、活动内容
1．认识工具和材料：珠子的种类、鱼线和弹力线的区别、剪刀和镊子的安全使用。
2．基础编法：单线穿法、双线交叉穿法、平面小动物的编织。
3．立体作品：立体草莓、小企鹅钥匙扣、珠串花瓶等。
4．主题创作：结合传统节日设计作品，参加学期末校园艺术节展示。
四、安全要求
珠子体积小，指导老师每次活动前要提醒学生不得将珠子放入口中，活动结束后由组长清点剩余材料，剪刀统一收回保管。
五、评价方式
采用作品展评与过程记录相结合的方式，每学期评选“巧手小明星”10名，优秀作品在学校橱窗展出。
""",
    ),
    dict(
        slug="gov-yaoping-notice-pistachio-subsidy",
        site="瑶坪县人民政府 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.yaoping.gov.cn/zwgk/tzgg/202503/t20250311_771204.html",
        title="瑶坪县农业农村局关于申报2025年开心果低产园改造补助的通知",
        record_title="瑶坪县农业农村局关于申报2025年开心果低产园改造补助的通知-瑶坪县人民政府",
        date="2025-03-10",
        date_also=["2025-03-11"],
        notes="modern county portal with index table; own contact beside the site's hotline; attachment list",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>瑶坪县农业农村局关于申报2025年开心果低产园改造补助的通知-瑶坪县人民政府</title>
<link rel="stylesheet" href="/css/zwgk.css"><script src="/js/jquery.min.js"></script>
<script>window.siteId="ypx001";</script>
</head><body>
<div class="topbar"><span>⟦m 瑶坪县人民政府 欢迎您⟧</span><span>⟦a 无障碍浏览⟧</span><span>⟦a 关怀版⟧</span><a href="/en">⟦m English⟧</a></div>
<div class="nav"><a>⟦m 首页⟧</a><a>⟦m 走进瑶坪⟧</a><a>⟦m 政务公开⟧</a><a>⟦m 办事服务⟧</a><a>⟦m 政民互动⟧</a></div>
<div class="pos">⟦m 当前位置：首页 &gt; 政务公开 &gt; 通知公告⟧</div>
<table class="syh"><tr><td>⟦m 索引号：11653129MB0P41X/2025-00317⟧</td><td>⟦m 发文机关：瑶坪县农业农村局⟧</td></tr>
<tr><td>⟦m 公开日期：2025-03-11⟧</td><td>⟦m 公开方式：主动公开⟧</td></tr></table>
<h1>{T}</h1>
<div class="fz">⟦a 【字体：大 中 小】⟧ ⟦a 【打印此页】⟧ ⟦a 【关闭】⟧</div>
<div class="TRS_Editor">
{BODY}
</div>
<div class="fj">⟦l 相关阅读：瑶坪县林果业提质增效三年行动方案⟧</div>
<div class="share">⟦l 分享至：微信 微博 QQ空间⟧</div>
<div class="foot"><p>⟦m 主办：瑶坪县人民政府办公室　网站标识码：6531290011⟧</p><p>⟦m 政务服务热线：12345　新ICP备05001847号⟧</p><p>⟦d 本网站所载内容未经许可不得转载⟧</p></div>
<script>var _paq=[];</script>
</body></html>
""",
        body="""
各乡镇人民政府、各有关单位：
为加快全县开心果产业提质增效，根据《瑶坪县林果业提质增效三年行动方案》，现就2025年开心果低产园改造补助申报工作通知如下。
一、补助对象
在本县范围内连片种植开心果20亩以上、树龄8年以上且近三年平均亩产低于40公斤的种植户、合作社和家庭农场。
二、补助标准
高接换优每亩补助600元，节水滴灌改造每亩补助450元，同一地块只享受一项补助。
三、申报程序
申报主体于4月15日前向所在乡镇农业（畜牧业）发展服务中心提交申报表，乡镇初审后于4月25日前报县农业农村局，县局组织实地核查并公示7天。
四、联系方式
县农业农村局林果站　联系人：艾力·吐尔洪　电话：0998-7412630
附件：1．2025年开心果低产园改造补助申报表
2．开心果低产园改造技术要点
瑶坪县农业农村局
2025年3月10日
""",
    ),
    dict(
        slug="news-jishan-report-beaver-survey",
        site="玑山新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://news.jishan.cn/shengtai/2024-10/22/content_55813.htm",
        title="玑山河谷河狸种群调查完成 新发现河狸巢穴11处",
        record_title="玑山河谷河狸种群调查完成 新发现河狸巢穴11处",
        date="2024-10-22",
        notes="byline publish time is the date; photo caption between paragraphs; editor line glued after the last paragraph",
        page="""
!m 玑山新闻网　首页｜时政｜生态｜民生｜视频
!m 玑山新闻网 > 生态 > 正文
{T}
!m 2024-10-22 09:36:18　来源：玑山日报　记者 苏禾 通讯员 热依拉
!a 字号：T T T　　听新闻
{BODY}
!l 【责任编辑：木合】
!l 热点推荐　▶ 湿地鸟类迎来迁徙高峰　▶ 秋季草场禁牧巡查启动
!m 玑山新闻网版权所有　新闻热线：0990-6123000
""",
        gap=True,
        body="""
记者从玑山国家湿地公园管理局获悉，历时两个月的玑山河谷河狸种群专项调查日前结束。调查共记录河狸家族37个，比2020年增加9个，新发现河狸巢穴11处。
此次调查覆盖河谷干流及4条支流共186公里，调查队员采取沿河徒步、红外相机监测和痕迹识别相结合的方式开展工作。
⟦l 图为调查队员在支流岸边测量河狸啃食的柳树。（管理局供图）⟧
“河狸喜欢啃食灌木柳，筑坝蓄水，它们的数量变化能直接反映河岸林的健康状况。”管理局科研科负责人介绍，近年来河谷实施退牧还湿、补植灌木柳等措施，为河狸提供了更充足的食物。
下一步，管理局将在河狸活动密集区增设巡护点位，并在枯水期开展生态补水，保障河狸安全越冬。⟦m （编辑 阿依古丽）⟧
""",
    ),
    dict(
        slug="forum-dongfeng-post-aurora-trip-notice",
        site="冻峰户外论坛 (invented)",
        style="论坛",
        genre="通知",
        kind="notice",
        form="html",
        source="https://bbs.dongfeng-hw.com/thread-402177-1-1.html",
        title="关于璞城北极村极光观测点冬季开放安排的告知",
        record_title="[活动转发] 关于璞城北极村极光观测点冬季开放安排的告知 - 追光者版块 - 冻峰户外论坛",
        date="2024-11-25",
        date_also=["2024-11-28"],
        notes="Discuz-like forum with jammer fonts; post date differs from the notice date",
        page="""
<html><head><meta charset="gbk"><title>[活动转发] 关于璞城北极村极光观测点冬季开放安排的告知 - 追光者版块 - 冻峰户外论坛</title>
<script src="static/js/common.js"></script><style>.jammer{color:#fff;font-size:0}</style></head><body>
<div id="hd"><div>⟦m 冻峰户外论坛 — 走出去，看见更大的世界⟧</div><div>⟦a 登录⟧ | ⟦a 立即注册⟧ | ⟦a 找回密码⟧</div></div>
<div id="pt">⟦m 冻峰户外 › 户外天地 › 追光者版块 › 查看帖子⟧</div>
<div class="pls"><p>⟦m 楼主：雪地里的狍子⟧</p><p>⟦m 发表于 2024-11-28 21:07⟧</p><p>⟦m 只看该作者 | 倒序浏览 | 阅读模式⟧</p></div>
<h1>{T}</h1>
<div class="t_f">
{BODY}
</div>
<div class="sign">⟦l 签名：零下四十度，只为抬头那一抹绿⟧</div>
<div class="reply"><p>⟦l 2楼 冰河老铁：谢谢转发，腊月去刚好⟧</p><p>⟦l 3楼 北纬53度：营地今年涨价没？⟧</p></div>
<div class="fastpost">⟦l 发表回复　您需要登录后才可以回帖⟧</div>
<div id="ft">⟦m Powered by Discuz! X3.4　冻峰户外论坛　黑ICP备13007752号⟧</div>
</body></html>
""",
        junk=dict(lines=1, glued=2),
        body="""
各位游客朋友：
为做好冬季极光观测接待工作，保障游客安全，现将璞城北极村极光观测点开放安排告知如下。
一、开放时间为2024年12月1日至2025年3月15日，每日19时至次日2时开放，遇寒潮、暴雪等天气临时关闭，以观测点公告为准。
二、观测点实行预约入场，每晚限流300人。游客可通过“璞城文旅”小程序预约，入场时出示预约码即可。
三、观测区夜间气温可低至零下40摄氏度，请游客穿着防寒服、防寒靴，携带暖宝宝，相机电池注意保温。
四、观测区内禁止使用闪光灯和强光手电，禁止驾车开大灯驶入，以免影响他人观测。
五、咨询电话：0457-2836115（观测点游客服务中心）。
璞城北极村旅游景区管理处
2024年11月25日
""",
    ),
    dict(
        slug="blog-yanhu-essay-domino-father",
        site="琰湖闲笔 (invented)",
        style="博客",
        genre="散文",
        kind="essay",
        form="text",
        source="https://yanhuxianbi.blog.cn/post/2023/08/domino-night.html",
        title="陪儿子摆了一夜多米诺骨牌",
        record_title=None,
        date="2023-08-14",
        notes="title missing from the record, found on the page; blog's bracketed time is the date; tag line and comment box",
        page="""
!m 琰湖闲笔 —— 一个中学物理老师的后院
!m 首页　|　随笔　|　教学札记　|　关于我
{T}
!m [2023-08-14 22:41]　分类：家常随笔　　浏览(218)　评论(3)
{BODY}
!l 标签：多米诺 / 亲子 / 暑假
!l ← 上一篇：给初二学生讲杠杆的三个小实验
!l → 下一篇：雨后的操场
!l 评论（3）：
!l 青柠：看哭了，倒塌那一下太真实
!l 老周：坚持就是最好的物理课
!d 本博客文字均为原创，转载请注明出处。
""",
        gap=True,
        body="""
暑假的最后一个周末，儿子说要挑战摆一条两千块的多米诺长龙，还要拐三个弯，最后推倒客厅里的“小旗杆”。
我们从晚饭后开始摆。他负责直线，我负责拐弯。拐弯处的牌间距要比直线小一点，不然倒到一半就会断。
摆到一千三百多块的时候，猫跳上了茶几。一阵稀里哗啦，半条长龙倒在了地毯上。儿子愣了几秒，眼圈红了，但没有哭。
他说：“爸，我们留防倒缺口吧。”于是我们每隔两百块空出一个位置，等全部摆完再补上。
凌晨一点多，最后一块牌放好。儿子轻轻推倒第一块，两千零六十块牌一路倒下去，旗杆应声而倒。我们俩都没说话，只是坐在地上笑。
""",
    ),
    dict(
        slug="wechat-gongshui-article-bead-grandma",
        site="珙水妇联 公众号镜像 (invented)",
        style="公众号镜像",
        genre="新闻",
        kind="news",
        form="html",
        source="https://mp.wxmirror.net/s/GsFl_8a2k0Q",
        title="串起来的好日子：珙水县“巧手妈妈”串珠工坊带动312名妇女居家就业",
        record_title="串起来的好日子：珙水县“巧手妈妈”串珠工坊带动312名妇女居家就业",
        date="2024-07-09",
        notes="WeChat mirror with account line date, 阅读原文/在看, follow prompt; body speaks of scanning codes",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>串起来的好日子：珙水县“巧手妈妈”串珠工坊带动312名妇女居家就业</title>
<script>var biz="MzA4NzI1";</script></head><body>
<div class="mirror-top">⟦m 微文镜像站 · 公众号文章存档⟧ ⟦a 打开App阅读⟧</div>
<h2>{T}</h2>
<div class="meta">⟦m 原创　珙水女声　珙水县妇联　2024年07月09日 18:02　新疆⟧</div>
<div class="rich_media_content">
<p>⟦a 点击上方蓝字“珙水女声”，关注我们⟧</p>
{BODY}
<p>⟦m 来源：珙水县妇联　编辑：米娜　审核：古丽⟧</p>
</div>
<div class="tool">⟦a 阅读原文⟧ ⟦l 阅读 2.1万⟧ ⟦l 赞 356⟧ ⟦l 在看 88⟧</div>
<div class="qr">⟦a 长按识别二维码，关注珙水女声⟧</div>
<div class="mirror-foot">⟦d 本站仅存档公开文章，版权归原公众号所有⟧</div>
</body></html>
""",
        body="""
在珙水县城北社区“巧手妈妈”串珠工坊里，二十多名妇女正低头穿珠，一只只晶莹的小兔挂件在她们手中成形。
工坊负责人帕提古丽介绍，工坊2022年成立，由县妇联牵线，与义乌一家饰品企业签订长期订单，企业提供图样和材料，妇女们领料回家制作，按件计酬。
“孩子上学后我就在家穿珠子，一个月能挣两千多元，还不耽误接送孩子。”社区居民努尔比亚说。
目前，工坊已培训妇女560人次，带动312名妇女居家就业，人均月增收1800元。县妇联还开发了“巧手接单”小程序，妇女扫码即可查看当月订单、领料时间和计件工资。
下一步，县妇联将在6个乡镇建立工坊分点，并组织优秀学员参加自治区巾帼手工技能大赛。
""",
    ),
    dict(
        slug="docshare-wenlan-summary-pistachio-coop",
        site="文澜共享 (invented)",
        style="文档分享",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://share.wenlan88.com/doc/5718230644.html",
        title="瑭岭乡果香开心果专业合作社2024年工作总结",
        record_title="瑭岭乡果香开心果专业合作社2024年工作总结（完整版可编辑）",
        date="2025-01-06",
        notes="decorated title; Chinese-numeral signature date; data table rows; upload notice",
        page="""
!m 文澜共享 — 让知识流动起来
!t 瑭岭乡果香开心果专业合作社2024年工作总结（完整版可编辑）
!m 贡献者：果香小会计　　3.8分（52人评价）　　浏览：901　　下载：77
!a ⇩ 下载文档　　☆ 收藏　　⚑ 举报
{BODY}
!a 想要完整排版的原文？开通文澜会员，所有文档免费下载
!d 该文档由用户自行上传分享，文澜共享不对内容的准确性负责。
!l 你可能还想看：合作社年度财务报告｜农民专业合作社章程范本
""",
        indent="  ",
        body="""
2024年，合作社在乡党委、乡政府的关心支持下，紧紧围绕“提品质、拓销路、增收入”目标，各项工作取得明显成效。现总结如下。
一、基本情况
合作社现有社员86户，管理开心果园2150亩，其中挂果园1630亩。全年收获开心果干果218吨，实现销售收入1526万元，社员户均增收2.4万元。
二、主要工作
（一）推行标准化管理。统一修剪、统一施肥、统一病虫害防治，全年开展技术培训9期，培训社员430人次。
（二）建设初加工车间。新建脱皮烘干车间一座，日处理鲜果能力达到15吨，解决了过去晾晒慢、霉变多的问题。
（三）拓宽销售渠道。与两家坚果企业签订订单，并开设网店，线上销售占比达到18%。
三、主要指标完成情况
指标　计划　完成　完成率
干果产量（吨）　200　218　109%
销售收入（万元）　1400　1526　109%
社员培训（人次）　400　430　107.5%
四、存在问题和明年打算
果园老化、滴灌设施不足仍是短板。2025年，合作社计划改造低产园300亩，申请注册“果香”商标，力争销售收入突破1700万元。
瑭岭乡果香开心果专业合作社
二〇二五年一月六日
""",
    ),
    dict(
        slug="edu-juchuan-notice-aurora-science-class",
        site="琚川区教育信息网 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.juchuan.edu.cn/html/tzgg/2025/0108/4471.html",
        title="关于开展“追寻极光”中小学天文科普进校园活动的通知",
        record_title="关于开展“追寻极光”中小学天文科普进校园活动的通知_通知公告_琚川区教育信息网",
        date="2025-01-07",
        date_also=["2025-01-08"],
        notes="old table layout education bureau with 【阅读字号】 row and visitor counter; decimal numbered list",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>关于开展“追寻极光”中小学天文科普进校园活动的通知_通知公告_琚川区教育信息网</title></head>
<body><table width="960" align="center"><tr><td>⟦m 琚川区教育信息网⟧</td><td>⟦m 琚川区教育局主办⟧</td></tr>
<tr><td colspan="2">⟦m 网站首页⟧ ⟦m 教育动态⟧ ⟦m 通知公告⟧ ⟦m 招生考试⟧ ⟦m 资源下载⟧</td></tr></table>
<table width="960" align="center"><tr><td width="220" valign="top">
<div>⟦l 最新公告⟧</div><div>⟦l ·寒假安全教育致家长的一封信⟧</div><div>⟦l ·2025年春季学期校历⟧</div>
</td><td valign="top">
<div>⟦m 您的位置：首页 &gt;&gt; 通知公告⟧</div>
<div align="center"><b>{T}</b></div>
<div align="center">⟦m 发布时间：2025-01-08　作者：体卫艺科　点击数：673⟧</div>
<div align="center">⟦a 【阅读字号：特大 大 中 小】⟧</div>
{BODY}
<div>⟦a 【打印本文】【关闭窗口】【返回顶部】⟧</div>
</td></tr></table>
<table width="960" align="center"><tr><td>⟦m 地址：琚川区新华路18号　邮编：165100⟧</td></tr><tr><td>⟦m 您是本站第 0328415 位访客⟧</td></tr></table>
</body></html>
""",
        p_html="<p style=\"text-indent:2em\">{}</p>",
        body="""
各中小学校：
为激发青少年热爱科学、探索宇宙的兴趣，区教育局联合区科学技术协会、璐城天文观测站，决定在全区开展“追寻极光”中小学天文科普进校园活动。现将有关事项通知如下。
1．活动时间：2025年2月24日至4月30日。
2．活动内容：1.1 科普讲座，由观测站工作人员讲解极光的成因和观测方法；1.2 图片展，展出观测站拍摄的极光照片40幅；1.3 征文比赛，主题为“我眼中的北方夜空”。
3．参加对象：全区四年级至九年级学生。
4．工作要求：各校要安排好场地和听讲学生，活动期间做好安全管理，于3月10日前将讲座预约表报区教育局体卫艺科。
联系人：韩晓舟　电话：0457-3325076　邮箱：jctwyk@163.com
琚川区教育局
2025年1月7日
""",
    ),
    dict(
        slug="intranet-zhangyuan-minutes-bead-factory",
        site="璋原晶彩饰品有限公司内网 (invented)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://oa.jingcai-bead.local/doc/view?id=20240611-07",
        title="璋原晶彩饰品有限公司第二季度安全生产例会纪要",
        record_title="内部通告｜璋原晶彩饰品有限公司第二季度安全生产例会纪要",
        date="2024-06-11",
        notes="intranet with flow record and read counts; minutes' 时间/地点/主持 lines kept; 抄送 line",
        page="""
!m 晶彩协同办公平台　|　公文管理　|　我的待办(3)
!m 当前：公文管理 / 会议纪要 / 查看
{T}
!m 拟稿：行政部 沈芸　　签发：陆卫东　　阅读次数：146
!a 【正文】【打印稿纸】【转发】【加入常用】
{BODY}
!l 流转记录：行政部拟稿 → 副总审核 → 总经理签发 → 全员阅知
!l 已读 146 人　未读 9 人
!d 内部资料　严禁外传
""",
        body="""
时间：2024年6月11日上午9:00
地点：公司三楼会议室
主持：陆卫东
参会：各车间主任、安全员，仓储部、设备部负责人
记录：沈芸
会议听取了二季度安全生产情况汇报，研究了下一步工作。纪要如下：
一、二季度全公司未发生安全生产事故。抽检发现穿珠车间两处插线板超负荷使用，已当场整改。
二、烫钻工序使用的热风枪要定点放置，下班前由班组长检查断电，并在巡检表上签字。
三、仓储部要把水晶珠、亚克力珠和包装纸箱分区堆放，消防通道保持畅通。
四、7月上旬组织全员消防演练，由设备部牵头制定演练方案。
抄送：公司领导班子成员
""",
    ),
    dict(
        slug="qa-wenda-answer-pistachio-bleach",
        site="问问达 (invented)",
        style="问答社区",
        genre="问答",
        kind="qa",
        form="text",
        source="https://www.wenwenda.cn/question/81726635.html",
        title="开心果为什么有的是白色壳？是漂白的吗？",
        record_title=None,
        date="2024-02-19",
        notes="question as title, missing from record; 回答于 as the date; vote bar and related questions",
        page="""
!m 问问达 — 有问题，就有人答
!m 问问达 > 生活 > 美食
{T}
!m 提问者：吃货小鱼　　2024-02-17
!m 最佳答案
!m 坚果小站长　｜　食品工程师　｜　回答于 2024-02-19
{BODY}
!l 👍 有用(412)　　👎 没用(9)　　💬 评论(27)
!l 其他回答（5）
!l 相关问题：炒开心果用什么盐？　｜　开心果开口和不开口有什么区别？
!d 本回答仅代表答主个人观点，不构成专业建议。
""",
        body="""
不一定是漂白的，要分情况看。
开心果的果壳刚采收时外面有一层青红色的果皮，脱掉果皮后，果壳本来是浅黄色或者乳白色。果皮脱得及时，壳就比较白；脱得晚了，果皮里的色素会染到壳上，留下斑点。
有些商家为了卖相好，会用过氧化氢或者亚硫酸盐处理果壳，这就是大家说的“漂白”。合规使用是允许的，但残留量有国家标准。
怎么分辨呢？可以看三点：
1．颜色：自然的壳是象牙白或者淡黄色，偏暗，有些许斑点；漂白的壳白得发亮，颜色非常均匀。
2．气味：漂白的有时能闻到一点刺鼻味。
3．果仁：好的开心果仁是绿色或者黄绿色，和壳的颜色没关系。
买的时候尽量选正规厂家、包装上标明生产日期和配料的产品就可以了。
""",
    ),
    dict(
        slug="collection-xuanzhou-letter-beaver-ranger",
        site="玹州旧事集 (invented)",
        style="个人文集",
        genre="书信",
        kind="letter",
        form="html",
        source="http://www.xuanzhoujiushi.net/juan3/47.html",
        title="给河狸保护站新队员的一封信",
        record_title="《玹州旧事集》卷三·第47篇｜给河狸保护站新队员的一封信",
        date="2022-04-03",
        notes="collection chapter page with volume nav; letter dated in Chinese numerals",
        page="""
<html><head><meta charset="utf-8"><title>《玹州旧事集》卷三·第47篇｜给河狸保护站新队员的一封信</title></head><body>
<header><div>⟦m 玹州旧事集　一位老护林员的文字⟧</div><nav>⟦m 目录⟧ ⟦m 卷一 林中⟧ ⟦m 卷二 河边⟧ ⟦m 卷三 书简⟧</nav></header>
<article>
<h2>{T}</h2>
<div class="vol">⟦m 卷三 · 书简　第47篇　约1400字⟧</div>
{BODY}
</article>
<div class="pager"><a>⟦l ‹ 第46篇 致老伴⟧</a> <a>⟦l 第48篇 写给退休那天的自己 ›⟧</a></div>
<footer>⟦d 文集内容为作者本人所写，未经同意请勿转载⟧</footer>
</body></html>
""",
        body="""
小伙子们、姑娘们：
听说今年保护站来了五个新队员，我这个退了休的老巡护员高兴得一夜没睡好，提笔给你们写几句。
河狸是胆小的动物，白天躲在洞里，傍晚才出来活动。巡护的时候脚步要轻，不要用手电直照洞口，更不要在坝上踩踏。
我在站里干了二十六年，最难的是冬天。河面封冻以后，要凿冰查看河狸有没有足够的储食，有一年储食不够，我们往冰下投了两千多斤柳枝，才让三个家族熬到开春。
记录本要天天写，哪怕只写“今日无异常”。几十年的记录攒下来，就是这条河最好的档案。
祝你们平安，也祝河狸家族越来越兴旺。
老马
二〇二二年四月三日
""",
    ),
]
