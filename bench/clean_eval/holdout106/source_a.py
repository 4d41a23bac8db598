"""holdout106, part A: a civil-air-defence office's siren test, a marrow-donor branch, a utility-tunnel
company, a ski resort, a snowboard club, a velodrome rider's blog, an arboretum, a fencing club,
a sports-shooting school, a heat-pump factory, a solar-water-heater Q&A and a village gala
collection. Everything invented (counties, people, sites, URLs, chrome wording)."""

CASES = [
    dict(
        slug="fanwen-yunbi-notice-siren-test-cn-date",
        site="云笔范文网 (invented)",
        style="范文站",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.yunbifw.example.com/tongzhi/20250913/44817.html",
        title="樨口县人民防空办公室关于2025年防空警报试鸣的通告",
        record_title="【精选】樨口县人民防空办公室关于2025年防空警报试鸣的通告（通用版）",
        date="2025-09-08",
        notes="decorated record title; Chinese-numeral 成文日期; a writing-service prompt glued after a sentence; a body sentence about 关注 the office's account",
        page="""
!m 云笔范文网 — 写材料，先来云笔
!m 您在这里：首页 › 公文写作 › 通知通告
{T}
!m 整理：小笔头　更新于 2025-09-13　热度 2714
!a ★收藏这篇　⇩ 保存为Word
{BODY}
!a 本篇范文共1页，免积分带走 → 立即保存
!l 猜你还要找：
!l 　· 学校开展防空疏散演练的方案
!l 　· 社区国防教育宣传周活动总结
!d 本站范文来自会员投稿与网络整理，版权归原作者，如有侵权请来函删除。
!m 云笔范文网 yunbifw.example.com　粤ICP备20250913号-2
""",
        indent="　　",
        body="""
为检验全县防空警报设施的完好率，增强群众的国防观念和防空意识，经县人民政府批准，定于2025年9月18日上午10时至10时15分在全县范围内组织防空警报试鸣。
一、试鸣信号
预先警报：鸣36秒，停24秒，反复3遍，时间3分钟。⟦w 材料急用没思路？找云笔老师一对一代笔，微信 yb-daibi88⟧
空袭警报：鸣6秒，停6秒，反复15遍，时间3分钟。
解除警报：连续鸣3分钟。
二、有关要求
试鸣期间，请广大群众保持正常的生产生活秩序，不要惊慌，不要拨打110、119、120等报警电话咨询。
各乡镇、各有关单位要做好宣传，学校可结合试鸣组织疏散演练。
群众可关注“樨口人防”公众号，查看各信号的音频和防护常识。
樨口县人民防空办公室
二〇二五年九月八日
""",
    ),
    dict(
        slug="wenku-danqing-summary-marrow-bracket-markers",
        site="丹青文库 (invented)",
        style="文库预览",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://wk.danqing.example.net/p/8f20c1aa73.html",
        title="梣原市造血干细胞捐献者资料库分库2024年工作总结",
        record_title="梣原市造血干细胞捐献者资料库分库2024年工作总结.pdf",
        date="2025-01-14",
        notes="file-name record title; preview page markers ⸨n⸩ glued or not; a data table, one row a paragraph",
        page="""
!m 丹青文库
!m 文档分类 / 卫生健康 / 工作总结
{T}
!m 上传者：wk_36d1　页数：3页　预览量：612
!a 下载本文档需 8 文库币　|　加入收藏　|　举报
{BODY}
!a — 预览到此为止，完整 3 页请下载后阅读 —
!a 开通年卡，全站文档免币下
!d 文档为用户上传，丹青文库仅提供信息存储空间，不对内容负责。
!l 同主题文档：无偿献血工作总结｜红十字会年度报告｜志愿服务总结
""",
        pages=dict(fmt="⸨{n}⸩", every=170, start=2, glue="mix"),
        body="""
2024年，市分库在省管理中心和市红十字会的指导下，围绕“扩容、提质、服务”三项任务，较好完成了年度各项目标。
一、入库工作稳步推进
全年组织高校、部队和企业集中采样活动二十一场，新增入库志愿者资料二千零四十六人份，完成年度任务的百分之一百一十三。
项目　　2023年　　2024年
新增入库（人份）　　1788　　2046
高分辨再动员（人次）　　37　　52
实现捐献（例）　　6　　9
二、捐献服务更加周到
对初配成功的志愿者，我们实行专人联系、全程陪同，九例捐献者均顺利完成采集，无一例因沟通不畅而悔捐。
三、存在问题和明年打算
部分志愿者联系方式变更后未及时更新，再动员时难以联系。明年将开展资料核对专项行动，力争失联率下降到百分之五以下。
梣原市造血干细胞捐献者资料库分库
2025年1月14日
""",
    ),
    dict(
        slug="gov-zhehu-notice-utility-tunnel-html",
        site="柘湖县住房和城乡建设局 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://zjj.zhehu.example.gov.cn/xxgk/tzgg/202504/t20250421_90512.html",
        title="关于征求《柘湖县城市地下综合管廊入廊管理办法（征求意见稿）》意见的通知",
        record_title=None,
        date="2025-04-21",
        notes="modern portal; no record title, title in h1; byline 发布时间; document's own 联系人/电话/邮箱 beside the site's hotline; 附件 list; font-size row",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>关于征求《柘湖县城市地下综合管廊入廊管理办法（征求意见稿）》意见的通知_柘湖县住房和城乡建设局</title>
<script>var _hm=_hm||[];</script><style>.top{height:40px}</style></head>
<body>
<div class="top"><span>⟦m 柘湖县住房和城乡建设局⟧</span><span>⟦a 无障碍浏览⟧</span><span>⟦a 长者模式⟧</span></div>
<nav><ul><li>⟦m 首页⟧</li><li>⟦m 机构概况⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 互动交流⟧</li></ul></nav>
<div class="loc">⟦m 当前所在：首页 ＞ 政务公开 ＞ 通知公告⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 发布时间：2025-04-21 16:02　信息来源：城建股　浏览：381⟧</div>
<div class="fs">⟦a 字号：［大］［中］［小］　打印正文　关闭窗口⟧</div>
<div class="content">
{BODY}
</div>
<div class="share">⟦l 分享至：微博 · 微信 · QQ空间⟧</div>
<div class="pn"><p>⟦l 上一条：柘湖县2025年建筑工地扬尘治理通报⟧</p><p>⟦l 下一条：关于开展住房公积金政策进企业活动的通知⟧</p></div>
<footer><p>⟦m 主办：柘湖县住房和城乡建设局　承办：县政务数据中心⟧</p><p>⟦m 政务服务热线：12345　网站标识码 4310270009⟧</p><p>⟦m 湘ICP备07001234号⟧</p></footer>
<script>document.write('')</script>
</body></html>
""",
        body="""
各有关单位、社会各界人士：
为规范城市地下综合管廊的入廊管理，保障管廊及入廊管线安全运行，我局起草了《柘湖县城市地下综合管廊入廊管理办法（征求意见稿）》，现向社会公开征求意见。
一、征求意见时间：2025年4月21日至5月20日。
二、反馈方式：请将意见建议发送至电子邮箱 zhghl@zhehu.example.gov.cn，或邮寄至柘湖县湖滨大道19号县住建局城建股，信封注明“管廊意见”。
联系人：邓知远　联系电话：0731-5862 4471
附件：1. 柘湖县城市地下综合管廊入廊管理办法（征求意见稿）
2. 意见建议反馈表
柘湖县住房和城乡建设局
2025年4月21日
""",
    ),
    dict(
        slug="news-tanyu-ski-resort-table-layout",
        site="檀峪新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="http://www.tanyunews.example.cn/html/2024/12/20/content_33815.htm",
        title="檀峪南山滑雪场新雪季开板 首日迎客两千余人次",
        record_title="檀峪南山滑雪场新雪季开板 首日迎客两千余人次_檀峪新闻网",
        date="2024-12-20",
        notes="old table layout; decorated record title (_site); byline time is the date; photo caption and an editor line glued to the last paragraph",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>檀峪南山滑雪场新雪季开板 首日迎客两千余人次_檀峪新闻网</title></head>
<body bgcolor="#ffffff">
<table width="980" align="center"><tr><td><img src="/img/logo.gif">⟦m 檀峪新闻网　檀峪第一门户⟧</td><td>⟦a 设为首页⟧ | ⟦a 加入收藏⟧</td></tr></table>
<table width="980" align="center"><tr><td>⟦m 要闻　本地　文旅　体育　视频⟧</td></tr></table>
<table width="980" align="center"><tr><td width="680" valign="top">
<div>⟦m 你的位置：檀峪新闻网 >> 文旅频道 >> 正文⟧</div>
<h2>{T}</h2>
<div>⟦m 2024-12-20 09:41:07　来源：檀峪日报　记者 霍青禾⟧</div>
{BODY}
<div>⟦l 【相关新闻】⟧</div>
<div>⟦l ·冰雪季惠民券今起可领⟧</div>
<div>⟦l ·市区至南山滑雪场旅游专线开通⟧</div>
</td><td width="280" valign="top">
<div>⟦l 点击排行⟧</div><div>⟦l 1 檀峪至省城高铁调图⟧</div><div>⟦l 2 老城区供暖管网改造完工⟧</div>
</td></tr></table>
<table width="980" align="center"><tr><td>⟦d 檀峪新闻网版权所有，未经授权禁止复制或建立镜像⟧<br>⟦m 新闻热线：0476-8123 4567　违法和不良信息举报：0476-8123 4500⟧</td></tr></table>
</body></html>
""",
        p_html='<p style="text-indent:2em">{}</p>',
        body="""
本报讯 12月19日，檀峪南山滑雪场正式开板迎客，新雪季首日共接待滑雪爱好者两千一百余人次。
今年雪场新建一条长八百米的中级道，并将魔毯由两条增加到四条，初学者排队时间明显缩短。
⟦l 图为游客在初级道上练习转弯。本报记者 霍青禾 摄⟧
雪场负责人介绍，新雪季将持续到明年3月上旬，其间推出学生半价票和夜场滑雪，并联合市区酒店推出“滑雪+住宿”套票。
为保障安全，雪场配备了专职巡逻员和救护人员二十六名，所有雪具每日检修一次。⟦m （责任编辑：单小雪）⟧
""",
    ),
    dict(
        slug="forum-qiaoban-snowboard-post-junk",
        site="翘板论坛 (invented)",
        style="论坛",
        genre="倡议书",
        kind="other",
        form="text",
        source="https://bbs.qiaoban.example.com/thread-20931-1-1.html",
        title="关于规范单板滑雪野雪活动的倡议书",
        record_title="关于规范单板滑雪野雪活动的倡议书 - 滑行交流区 - 翘板论坛",
        date=None,
        notes="forum thread; relative post time and edit stamp are not dates; anti-scraping junk lines and glued; floor meta; reply box",
        page="""
!m 翘板论坛 › 滑行交流区 › 查看主题
!m 查看: 1408 | 回复: 37
{T}
!m 楼主　板上飞的老郑　发表于 2 小时前
!m 本帖最后由 板上飞的老郑 于 1 小时前 编辑
{BODY}
!l 收藏 12　点赞 48　举报
!l 沙发　雪地里的兔子　发表于 1 小时前　支持，野雪真不是开玩笑的
!l 高级模式 | 发表回复 | 回帖后跳转到最后一页
!m Powered by QiaoBan Board © 2019-2025
""",
        junk=dict(lines=2, glued=2),
        body="""
各位板友：
这两年，越来越多的朋友开始到雪场外的野雪区滑行。野雪风景好、雪质软，但雪崩、迷路和失温的风险远高于压雪道。
为此，我们向全体板友发出倡议：
一、不进入雪场明令关闭的区域，不翻越防护网。出发前把行程告诉家人或雪友。
二、进入野雪区必须结伴，至少三人同行，随身携带雪崩三件套并会使用。
三、尊重当地牧民和林区规定，不在禁火区生火，不留下垃圾。
安全回家，才是最好的一趟滑行。
""",
    ),
    dict(
        slug="blog-feilun-insight-velodrome-wrapped",
        site="飞轮手记 (invented)",
        style="博客",
        genre="心得体会",
        kind="insight",
        form="text",
        source="https://feilun.example.blog/2025/07/velodrome-camp.html",
        title="场地自行车集训心得",
        record_title="【训练日志】场地自行车集训心得 | 飞轮手记",
        date="2025-07-26",
        notes="hard-wrapped at 58 columns with indent; blog post line 发布于 gives the date; tag and archive lists; comment box",
        page="""
!m 飞轮手记 · 一个场地车手的碎碎念
!m 首页 | 训练日志 | 装备 | 关于我
{T}
!m 发布于 2025-07-26 · 分类：训练日志 · 阅读 233
{BODY}
!l 标签：#场地自行车 #集训 #心率训练
!l ← 前一篇：换了新齿比之后的第一周
!l 后一篇：赛前减量到底减多少 →
!l 3 条留言　|　写下你的想法……
!d 本博客文字均为原创，转载请私信，谢谢。
!m 归档：2025年7月 (4)　2025年6月 (6)
""",
        indent="　　",
        wrap=58,
        body="""
这次在栝源市体育中心室内赛车场集训了二十一天，是我第一次系统地练场地车。
木质赛道坡度最大处有四十多度，第一次上弯道时脚心直冒汗，教练只说了一句：速度够了，车自己会贴住。
第一周主要练起步和跟车，我发现自己的问题不是腿不够有劲，而是节奏乱，一紧张就踩得忽快忽慢。
第二周开始练团体追逐，四个人轮流领骑，换位时要在弯道上方抬升再落到队尾，差半个车身就会掉队。
最大的收获是学会了看功率和心率的数据，不再凭感觉蛮踩。
下个月还有一次测试赛，希望把一公里计时再提高一秒。
""",
    ),
    dict(
        slug="wechat-mirror-shumuyuan-speech-date-under-title",
        site="号内阅读 (invented WeChat mirror)",
        style="公众号镜像",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://hnyd.example.com/s/ZbmA71KxQ2",
        title="在榧田树木园志愿讲解员结业仪式上的讲话",
        record_title="在榧田树木园志愿讲解员结业仪式上的讲话",
        date="2025-05-17",
        notes="WeChat mirror; record title; date under speech title; speaker line neutral; 阅读原文/在看/写留言 chrome; account card; a sentence about 扫码 kept",
        page="""
<html><head><meta charset="utf-8"><title>在榧田树木园志愿讲解员结业仪式上的讲话</title><meta name="viewport" content="width=device-width"></head>
<body>
<div class="mirror-top">⟦m 号内阅读 · 公众号文章备份⟧　⟦a 打开原文链接⟧</div>
<div class="rich_media">
<h1 class="rich_media_title">{T}</h1>
<div class="meta">⟦m 榧田树木园　2025年5月19日 08:30　湖南⟧</div>
<p>（2025年5月17日）</p>
<p>榧田树木园主任　孟栎</p>
{BODY}
<div class="tail">⟦a 阅读原文⟧　⟦l 阅读 1526　赞 88　在看 31⟧</div>
<div class="comment">⟦l 写留言⟧</div>
<div class="card">⟦m 榧田树木园　认识一棵树，从这里开始⟧</div>
</div>
<div class="mirror-foot">⟦d 本页为公众号文章的镜像存档，内容版权归原作者所有。⟧</div>
</body></html>
""",
        body="""
各位志愿者朋友们：
今天，第四期志愿讲解员培训班顺利结业了。在过去的两个月里，大家利用周末时间，先后学习了植物分类、树木识别和讲解技巧等九门课程。
树木园有一千三百多种木本植物，每一棵树背后都有故事。讲解员要做的，就是把这些故事讲给游客听，让更多人爱上身边的树。
从下周起，大家将按排班表上岗。园区内每个展区都设有二维码标牌，游客扫码即可预约讲解，请大家及时查看预约信息。
希望大家多看、多问、多记，把每一次讲解都当作一次学习。
谢谢大家！
""",
    ),
    dict(
        slug="docshare-wenhe-fencing-rules-oneline",
        site="文盒分享 (invented)",
        style="文档分享",
        genre="制度",
        kind="other",
        form="text",
        source="https://www.wenhe.example.com/doc/5512839.html",
        title="栝源市青锋击剑俱乐部训练场馆安全管理制度",
        record_title="栝源市青锋击剑俱乐部训练场馆安全管理制度",
        date=None,
        notes="whole body on one line (indent separates paragraphs); upload notice in new words; upload time not a date",
        page="""
!m 文盒分享 - 好文档一键分享
!m 上传时间：2025-03-02 21:15　文档大小：26KB　格式：DOC
{T}
{BODY}
!a 觉得有用？点个赞再走 ｜ 下载原文件（需登录）
!d 本文档由盒友自行上传，仅作学习交流，所有权归上传者，若侵犯您的权益请点击“申诉”。
!l 盒友还下载了：健身房会员管理制度、游泳馆安全管理制度
""",
        indent="　　",
        oneline=True,
        body="""
第一条 为保障会员训练安全，维护场馆正常秩序，制定本制度。
第二条 会员进入剑道前必须穿戴完好的击剑服、护胸和面罩，未穿戴护具者不得持剑。
第三条 剑条出现弯曲、断裂或剑尖护套缺失的，应当立即停止使用并交教练处理。
第四条 实战训练须在教练指导下进行，剑道两侧一米内不得站人。
第五条 场馆内禁止奔跑打闹，禁止携带剑具进入更衣室以外的公共区域。
第六条 本制度自公布之日起施行。
""",
    ),
    dict(
        slug="edu-yanguan-html-shooting-notice-table",
        site="桫川县教育体育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jtj.suochuan.example.gov.cn/news/show-1882.html",
        title="关于举办桫川县第五届中小学生射击（气步枪）比赛的通知",
        record_title="桫川县第五届中小学生射击比赛通知（附日程表）",
        title_in="decorated",
        date="2025-10-09",
        notes="education portal; decorated record title; schedule table one row a paragraph; document's 联系人/电话; 回执 download sentence kept; sidebar news",
        page="""
<!doctype html><html><head><meta charset="utf-8"><title>关于举办桫川县第五届中小学生射击（气步枪）比赛的通知 - 桫川教体</title></head><body>
<header><div>⟦m 桫川县教育体育局⟧</div><div>⟦m 立德树人　健体强魂⟧</div></header>
<div class="menu">⟦m 首页 | 教育动态 | 体育工作 | 通知公告 | 办事指南⟧</div>
<div class="main"><div class="left">
<div class="crumbs">⟦m 首页 » 通知公告 » 正文⟧</div>
<h3>{T}</h3>
<div class="attr">⟦m 作者：体卫艺股　日期：2025-10-09　点击：⟧<span id="hits">⟦m 264⟧</span></div>
{BODY}
<div class="att">⟦a 📎 附件下载：报名回执.xls（12KB）⟧</div>
</div><div class="right">
<div>⟦l 最新动态⟧</div><ul><li>⟦l 县实验中学举行秋季运动会⟧</li><li>⟦l 全县中小学体质健康抽测结果公布⟧</li></ul>
</div></div>
<footer>⟦m 地址：桫川县文昌路3号　电话（办公室）：0745-7320 0001⟧<br>⟦d Copyright © 桫川县教育体育局 保留所有权利⟧</footer>
</body></html>
""",
        body="""
各中小学校：
为推动射击运动进校园，经研究，决定举办桫川县第五届中小学生射击（气步枪）比赛。现将有关事项通知如下。
一、比赛时间和地点
2025年10月25日至26日，在县青少年体育训练中心射击馆举行。
二、比赛日程
日期　　时间　　项目
10月25日　　9:00—11:30　　小学组10米气步枪
10月25日　　14:30—17:00　　初中组10米气步枪
10月26日　　9:00—11:30　　高中组10米气步枪
三、报名办法
各校请于10月17日前下载并填写报名回执，加盖公章后报送体卫艺股。
联系人：彭一鸣　电话：0745-7320 0136
桫川县教育体育局
2025年10月9日
""",
    ),
    dict(
        slug="oa-luanwan-minutes-heat-pump-intranet",
        site="栾湾暖源热泵有限公司内网 (invented)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://oa.nuanyuan.example.local/doc/view?id=77120",
        title="空气源热泵产品质量分析会会议纪要",
        record_title="空气源热泵产品质量分析会会议纪要",
        record_date="2025-06-05",
        date="2025-06-05",
        notes="intranet view; record date; 时间/地点/主持/参会/记录 lines kept; 流转 trail and read counts as meta",
        page="""
!m 暖源协同办公平台 V5.2　｜　当前用户：质检部-王宁
!m 公文管理 > 会议纪要 > 查看
{T}
!m 拟稿：质量管理部　审核：车间主任　签发：副总经理　密级：内部
{BODY}
!m 流转记录：06-05 14:20 质量管理部发起 → 06-05 17:03 副总经理签发 → 06-06 08:11 分发至各部门
!m 已阅 43 人　未阅 6 人
!a 导出PDF　｜　打印　｜　返回列表
!d 内部资料，严禁外传截图
""",
        body="""
时间：2025年6月4日下午3时
地点：公司二楼第一会议室
主持：副总经理　叶承
参会：质量管理部、生产一车间、生产二车间、售后服务部负责人
记录：王宁
会议通报了5月份空气源热泵整机出厂检验和售后反馈情况，分析了压缩机异响和化霜不彻底两类主要问题，议定如下事项：
1. 生产一车间对压缩机减振垫的装配工艺重新作业指导，6月15日前完成全员培训。
2. 研发部对化霜程序的温度阈值进行复核，提出修改方案。
3. 售后服务部对5月份投诉的十二台机组逐台回访，6月底前形成报告。
""",
    ),
    dict(
        slug="qa-wenshi-solar-heater-answer",
        site="问拾问答 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://www.wenshi.example.com/q/1029384.html",
        title="太阳能热水器冬天水不热是什么原因？",
        record_title=None,
        date="2025-01-07",
        notes="no record title: the question on the page; 回答于 time taken as the date; answerer card; vote bar; 相关问题 list",
        page="""
!m 问拾 · 有问必拾
!m 问拾 > 家居生活 > 家电维修
{T}
!m 3个回答　·　被浏览 1,902次
!m 最佳回答　热水器师傅小蔡　家电维修 话题优秀答主
!m 回答于 2025-01-07 19:22
{BODY}
!l 👍 赞同 216　💬 评论 14　⭐ 收藏　↗ 分享
!l 相关问题：
!l 太阳能热水器上水不停是怎么回事？
!l 真空管冻裂了能单独换吗？
!m © 2025 问拾 wenshi.example.com
""",
        body="""
冬天太阳能热水器水不热，常见原因有四个。
第一，日照时间短、气温低，集热量本来就少，这是正常现象，可以开启电辅助加热。
第二，真空管表面积灰或结霜，影响吸热，天气好的时候可以用软布擦一擦。
第三，上水时间不对。很多人晚上上满水，冷水把白天的热水冲凉了，建议用多少上多少，早上再补水。
第四，管路保温层老化破损，热水在管道里就凉了，需要更换保温棉。
如果以上都排除了还不热，可能是真空管漏气，建议联系售后检测。
""",
    ),
    dict(
        slug="anthology-cunyu-essay-village-gala",
        site="村语集 (invented personal collection)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="text",
        source="https://cunyuji.example.org/juan2/037.html",
        title="我们村的春晚",
        record_title="村语集·卷二 第37篇｜我们村的春晚",
        date="2025-02-10",
        notes="personal collection chapter; decorated title; date line 写于 at the end of the essay; chapter navigation",
        page="""
!m 村语集　——　一个乡村教师的笔记
!m 目录 ＞ 卷二 乡事 ＞ 第37篇
{T}
{BODY}
!l 〈 上一篇　正月里的舞龙队　｜　目录　｜　下一篇　老井 〉
!d 文集内容为作者原创，未经同意请勿转载。
!m 访问计数：000913
""",
        indent="　　",
        body="""
腊月二十以后，村委会的大喇叭里就开始喊：今年的村晚要报节目了。
我们村的春晚办了七年，舞台是晒谷场上临时搭的，灯光是借来的几盏射灯，观众坐的是各家自带的板凳。
节目都是村里人自己排的：妇女们的腰鼓、老支书的快板、孩子们的诗朗诵，还有外出打工回来的年轻人唱的流行歌。
今年最受欢迎的是一个小品，演的是儿子回家过年教爸妈用手机视频，台下笑成一片，也有人偷偷抹眼泪。
散场时已经十点多了，大家把板凳扛回家，月亮照着晒谷场，像是把这一年的热闹都收了起来。
写于2025年2月10日，正月十三
""",
    ),
]
