"""holdout162, part A: written blind (README, build.py, clean_score --help, dev sources, issue 13 only).
Invented counties, people, sites, URLs and chrome wording."""

CASES = [
    dict(
        slug="fanwen-lanzhi-pledge-gas-stove",
        site="兰芷范文屋 (invented)",
        style="范文站",
        genre="倡议书",
        kind="other",
        form="text",
        source="https://www.lanzhifw.example.com/changyi/88213.html",
        title="关于规范使用家用燃气灶具的倡议书",
        record_title="关于规范使用家用燃气灶具的倡议书（精选）_兰芷范文屋",
        date="2025-03-18",
        notes="decorated title; a writing-service prompt glued after a sentence; font-size row; hot list",
        page="""
!m 兰芷范文屋 — 写材料，先来兰芷
!m 您的位置：范文首页 » 倡议书 » 安全倡议
{T}
!m 整理：芷兰小编　更新：2025-03-19　热度：1436℃
!a 〔字号：放大｜还原｜缩小〕
{BODY}
!a 觉得好用？一键复制全文到剪贴板
!l 猜你还想看：
!l ▸ 文明养犬倡议书范文三则
!l ▸ 校园节水倡议书（简短版）
!d 本站文章均来自网友投稿，若侵犯您的权益请来信告知，核实后即删。
""",
        body="""
广大居民朋友们：
燃气灶具是家家户户离不开的生活用具，但因软管老化、无人看火引发的燃气事故时有发生。⟦w 材料不会写？蓍阳写作工作室代笔，微信 lzfw_9921⟧为守护家庭平安，荻川街道燃气安全工作专班向大家发出如下倡议：
一、选用带熄火保护装置的合格灶具，灶具使用年限一般不超过八年。
二、燃气软管两年一换，优先更换为金属波纹管，软管不得穿墙穿门。
三、做饭时不离人，离家和睡前关闭灶前阀门。
四、闻到异味时立即开窗通风，切勿开关电器或拨打电话，到室外后再报修。
让我们从自家厨房做起，共同筑牢燃气安全防线。
荻川街道燃气安全工作专班
2025年3月18日
""",
    ),
    dict(
        slug="wenku-yunshu-plan-enoki-markers",
        site="云舒文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://wenku.yunshu.example.cn/view/5f0a77c2e1.html",
        title="蘅水县金针菇工厂化生产车间安全生产整治方案",
        record_title="蘅水县金针菇工厂化生产车间安全生产整治方案.docx",
        date="2025-05-06",
        notes="file-name title; page markers ⸢n⸣ cut sentences; preview-end prompt; upload notice",
        pages=dict(fmt="⸢{n}⸣", every=130, start=2),
        page="""
!m 云舒文库 ｜ 海量文档随心读
!m 上传者：hs_mushroom　共 4 页　1.2万次阅读
{T}
{BODY}
!a 试看部分到此为止，开通云舒会员畅读剩余2页
!a 下载此文档（需 8 舒币）
!d 文档由用户自行上传，云舒文库仅提供信息存储空间服务，如有侵权请联系平台处理。
!l 相似文档　食用菌企业安全检查表　冷库作业安全规程
""",
        body="""
为深入排查金针菇工厂化生产车间在制冷、液氨、高温灭菌等环节存在的安全隐患，防范生产安全事故，结合我县食用菌产业实际，制定本方案。
一、整治范围
全县8家金针菇工厂化生产企业的菌包制作车间、灭菌车间、接种室、培养库、出菇库和冷藏包装车间。
二、整治重点
（一）液氨制冷系统是否按规定设置泄漏报警和应急喷淋装置；
（二）高压灭菌锅是否取得使用登记，操作人员是否持证上岗；
（三）培养库、出菇库内是否存在私拉乱接电线和违规使用取暖设备。
三、时间安排
5月上旬企业自查，5月中旬至6月底县农业农村局会同应急管理局开展联合检查，7月上旬总结。
蘅水县农业农村局
2025年5月6日
""",
    ),
    dict(
        slug="gov-quanjiang-notice-rooftop-pv-html",
        site="荃江县人民政府 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.quanjiang.example.gov.cn/zwgk/tzgg/202504/t20250422_77101.html",
        title="荃江县发展和改革局关于开展居民屋顶分布式光伏安全排查的通知",
        date="2025-04-21",
        date_also=["2025-04-22"],
        notes="county portal: index table, elder mode links, toolbar; the document's own contact line beside the portal's phone in the footer",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>荃江县发展和改革局关于开展居民屋顶分布式光伏安全排查的通知_荃江县人民政府</title>
<script>var _siteid="qj001";</script></head><body>
<div class="tb">⟦a 长者模式 ｜ 读屏专用 ｜ 简/繁⟧</div>
<div class="logo">⟦m 荃江县人民政府⟧</div>
<ul class="nav"><li>⟦m 首页⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 办事服务⟧</li><li>⟦m 政民互动⟧</li></ul>
<div class="crumb">⟦m 当前所在：首页 / 政务公开 / 部门文件⟧</div>
<table class="gk">
<tr><td>⟦m 索引编号：QJ-FGJ-2025-00412⟧</td><td>⟦m 发文单位：县发展和改革局⟧</td></tr>
<tr><td>⟦m 生成日期：2025-04-21⟧</td><td>⟦m 公开日期：2025-04-22⟧</td></tr>
</table>
<h1>{T}</h1>
<div class="tools">⟦a 〖放大〗〖默认〗〖缩小〗　〖打印正文〗〖关闭本页〗⟧</div>
<div class="content">
{BODY}
</div>
<div class="share">⟦l 分享到：微信　微博　QQ空间⟧</div>
<div class="ft">
<p>⟦m 荃江县人民政府办公室主办　网站识别码 3310270009⟧</p>
<p>⟦m 浙ICP备11029384号-2　网站纠错电话：0576-86123000⟧</p>
</div>
<script src="/js/count.js"></script>
</body></html>
""",
        body="""
各乡镇人民政府、街道办事处，国网荃江县供电公司：
近年来我县居民屋顶分布式光伏装机快速增长，部分项目存在支架锈蚀、组件松动、逆变器安装位置不当等问题，台风季节易发生组件脱落伤人事故。经研究，决定在全县开展居民屋顶光伏安全排查。
一、排查对象为2020年以来并网的居民屋顶光伏项目，共计约4300户。
二、排查内容包括支架与屋面连接是否牢固、组件压块是否松脱、直流线缆是否破损、逆变器周边是否堆放易燃物。
三、各乡镇（街道）于5月31日前完成排查，并填报排查台账。
联系人：县发展和改革局能源科　周文韬　电话：0576-86123417
荃江县发展和改革局
2025年4月21日
""",
    ),
    dict(
        slug="news-haiqiao-news-crab-closing",
        site="海峤新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://news.haiqiao.example.com/local/2025/09/17/a4410.html",
        title="苘湾港梭子蟹开捕首日渔获喜人",
        record_title=None,
        date="2025-09-16",
        notes="title missing from the record; byline publish line; photo caption between paragraphs; editor line glued after the last sentence",
        page="""
!m 海峤新闻网　>　本地　>　渔港
{T}
!m 2025-09-16 18:42　来源：海峤晚报　记者 陆远帆
!a 听新闻　A+　A-
{BODY}
!l 【延伸阅读】
!l 开渔季渔船安全检查全覆盖
!l 海鲜市场本周价格走势
!m 海峤新闻网违法和不良信息举报：0577-51200000
""",
        body="""
9月16日中午12时，随着休渔期结束，苘湾港百余艘渔船陆续出港，首批梭子蟹傍晚时分运抵码头。
“一网下去有两百多斤，个头比去年大一圈。”渔民郑海林笑着说。
⟦m 图为渔民在码头分拣梭子蟹。（记者 陆远帆 摄）⟧
据苘湾镇渔业服务站介绍，今年休渔期间全镇投放梭子蟹苗种1200万尾，开捕首日全港梭子蟹交易量约36吨，均价每斤58元。
渔业服务站提醒，捕捞作业须使用规定网目的网具，不得捕捞抱卵母蟹。⟦m （编辑：叶茵）⟧
""",
    ),
    dict(
        slug="forum-yuqiao-insight-shuaijiao-junk",
        site="渔樵论坛 (invented)",
        style="论坛",
        genre="心得体会",
        kind="insight",
        form="text",
        source="https://bbs.yuqiao.example.net/thread-229104-1-1.html",
        title="跟班学习中国式摔跤三个月的心得",
        record_title="[原创心得] 跟班学习中国式摔跤三个月的心得 - 武术搏击 - 渔樵论坛",
        date=None,
        notes="forum with junk lines and glued junk; floor meta; a relative post time is no date",
        junk=dict(lines=2, glued=2),
        page="""
!m 渔樵论坛 › 体育天地 › 武术搏击
!t 主题：跟班学习中国式摔跤三个月的心得
!m 楼主：跤场老白　发表于 5天前　只看该作者
!m 查看: 902 | 回复: 17
{BODY}
!l 回复　引用　举报　顶(12)
!m 2# 雁门少侠　发表于 4天前
!l 写得实在，我也想去跤场练练！
!w 本版广告位招租，有意请联系版主
""",
        body="""
今年春天，我报名参加了菀城体育公园的中国式摔跤公益班，每周练三次，不知不觉已经三个月了。
刚开始最难的是基本功，光是“踢”和“勾”两个动作就练了两个星期，第二天浑身酸痛下不了床。
教练孟师傅说，摔跤讲究“手是两扇门，全凭脚赢人”，脚下功夫不扎实，上了跤场就是送分。
三个月下来，我最大的收获不是学会了几个绊子，而是懂得了礼让：摔倒对方之后要伸手拉起来，这是跤场的规矩。
体重轻了八斤，腰也不疼了，下半年我打算参加市里的业余比赛。
""",
    ),
    dict(
        slug="blog-shuangshi-essay-morning-reading-html",
        site="双石斋 (invented blog)",
        style="博客",
        genre="随笔",
        kind="other",
        form="html",
        source="https://shuangshizhai.example.blog/2025/03/morning-reading.html",
        title="晨读二十分钟，班里慢慢安静下来",
        record_title="晨读二十分钟，班里慢慢安静下来 | 双石斋",
        date="2025-03-09",
        notes="blog with tag cloud, archive, comments; bracketed blog time as the page date",
        page="""
<!doctype html><html lang="zh"><head><meta charset="utf-8"><title>晨读二十分钟，班里慢慢安静下来 | 双石斋</title>
<link rel="alternate" type="application/rss+xml" href="/feed"></head><body>
<header><div class="brand">⟦m 双石斋⟧</div><div class="motto">⟦m 一个乡村语文老师的粉笔灰⟧</div>
<nav>⟦m 首页 · 教学札记 · 读书 · 关于我⟧</nav></header>
<article><h2>{T}</h2>
<div class="meta">⟦m [2025-03-09 21:17]　分类：教学札记　阅读(318)⟧</div>
{BODY}
<div class="tags">⟦l 标签：晨读 班级管理 乡村教育⟧</div>
<div class="pn">⟦l « 上一篇：给学生写评语这件小事⟧<br>⟦l 下一篇：春游路上的野花 »⟧</div>
</article>
<aside><h3>⟦l 文章归档⟧</h3><ul><li>⟦l 2025年3月 (4)⟧</li><li>⟦l 2025年2月 (6)⟧</li></ul>
<h3>⟦l 标签云⟧</h3><p>⟦l 作文 家访 晨读 乡村 读书⟧</p></aside>
<section class="comments"><h3>⟦l 评论 (3)⟧</h3><p>⟦l 发表评论须先登录，游客仅可浏览⟧</p></section>
<footer>⟦d © 双石斋 本站文字未经许可不得转载⟧</footer>
</body></html>
""",
        body="""
开学第二周，我在班里试行了晨读：每天七点二十到七点四十，不讲课，不布置任务，每人读自己带来的书。
头三天教室里总有人交头接耳，有人把书立起来挡着吃早饭。我没有批评，只是坐在讲台上跟他们一起读。
到了第二周，后排那几个最闹的男生也捧起了书，有一个还来问我《草房子》后面还有没有续集。
晨读不是什么新办法，但对乡村孩子来说，一天里有二十分钟安安静静和书待在一起，本身就很难得。
""",
    ),
    dict(
        slug="wechat-qingshu-notice-jaundice",
        site="菀城妇幼保健院公众号镜像 (invented)",
        style="公众号镜像",
        genre="通知",
        kind="notice",
        form="text",
        source="https://mp.mirror.example.com/s/WnCfy_jaundice_0412",
        title="新生儿黄疸家庭监测须知",
        record_title="新生儿黄疸家庭监测须知｜菀城妇幼",
        date="2025-04-12",
        date_also=["2025-04-13"],
        notes="WeChat mirror: account line with a date, follow prompt, 阅读原文/在看 row; the document's own 咨询电话 next to a booking line; scanning in the body is content",
        page="""
!m 菀城妇幼保健院
!m 菀城妇幼　2025年04月13日 08:05　发表于菀城
{T}
!a 点击上方蓝字，关注“菀城妇幼”获取更多育儿资讯
{BODY}
!l ▼往期推荐
!l 宝宝疫苗接种时间表（2025版）
!w 预约挂号请拨打 0713-2800120 或点击菜单栏“在线建档”
!l 阅读原文　分享　推荐　在看
""",
        body="""
各位新手爸爸妈妈：
新生儿出生后2至3天出现皮肤发黄，多数属于生理性黄疸，一般在出生后两周内自行消退。为帮助家长在家中做好观察，现将有关事项告知如下：
1.每天在自然光下观察宝宝面部、躯干和手脚心的颜色，黄染延伸到手脚心时应及时就诊。
2.保证喂养，每天母乳喂养8至12次，大小便次数充足有利于胆红素排出。
3.出院时领取的黄疸随访卡请妥善保管，复诊时扫描卡上二维码即可查看既往检测结果。
4.出现吃奶差、嗜睡、哭声微弱等情况，请立即到医院就诊。
新生儿科咨询电话：0713-2800457（工作日8:00—17:30）
菀城市妇幼保健院新生儿科
2025年4月12日
""",
    ),
    dict(
        slug="docshare-lianxiang-summary-chalk",
        site="莲香文档分享 (invented)",
        style="文档分享",
        genre="工作总结",
        kind="summary",
        form="html",
        source="https://www.lianxiangdoc.example.com/p/7731905.html",
        title="苕州粉笔厂2024年度生产经营工作总结",
        record_title=None,
        date="2025-01-10",
        notes="sharing reader with page paragraphs ❲n❳ cutting sentences; title only on the page; download bar",
        pages=dict(fmt="❲{n}❳", every=150, start=2),
        page="""
<html><head><meta charset="utf-8"><title>莲香文档分享 - 在线阅读</title></head><body>
<div class="hd">⟦m 莲香文档分享 · 好文档都在这里⟧<span>⟦a 登录 / 注册⟧</span></div>
<div class="doc-title"><h1>{T}</h1></div>
<div class="doc-info">⟦m 贡献者：shaozhou_jt　页数：3页　格式：DOCX⟧</div>
<div class="reader">
{BODY}
</div>
<div class="dl">⟦a 免费下载本文档　|　加入书架　|　举报⟧</div>
<div class="rel"><h4>⟦l 相关文档推荐⟧</h4><p>⟦l 文具企业年终总结模板⟧</p><p>⟦l 小微制造企业安全生产总结⟧</p></div>
<div class="ft">⟦d 本站所有文档由用户上传分享，仅供阅读交流，版权归原作者所有。⟧</div>
</body></html>
""",
        body="""
2024年，在市场需求下降、原材料价格波动的情况下，全厂干部职工齐心协力，全年生产无尘粉笔1.86万箱，实现销售收入612万元，同比增长4.3%。
一、主要工作
（一）推进产品升级。完成彩色无尘粉笔配方调整，粉尘量较上年下降18%，新产品已进入本省12个县区的中小学。
（二）抓好安全环保。更换石膏粉输送管道除尘设备2套，全年未发生安全生产事故和环境污染事件。
（三）拓展销售渠道。与3家教育装备公司签订长期供货协议，电商平台销售额占比提高到22%。
二、存在问题
产品附加值不高，品牌知名度有限，部分设备老化，人工成本逐年上升。
三、2025年工作打算
计划投资80万元更新自动灌注生产线，开发书法练习用水写粉笔，力争销售收入突破650万元。
苕州粉笔厂
2025年1月10日
""",
    ),
    dict(
        slug="edu-qiyang-notice-blackboard-contest",
        site="杞阳区教育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://jyj.qiyang.example.gov.cn/tzgg/2025/1010/3391.html",
        title="关于举办全区中小学“清廉校园”主题黑板报评比活动的通知",
        record_title="关于举办全区中小学“清廉校园”主题黑板报评比活动的通知_通知公告_杞阳区教育局",
        date="2025-10-09",
        notes="education portal; document number neutral; schedule table; 附件 list; the document's own contact",
        page="""
!m 杞阳区教育局　｜　立德树人　办人民满意教育
!m 首页 → 通知公告 → 正文
{T}
!m 发布单位：区教育局办公室　浏览次数：557
杞教发〔2025〕43号
{BODY}
!a 【打印此页】【返回顶部】
!l 上一条：关于做好秋季学期学生资助工作的通知
!l 下一条：全区中小学消防安全月活动安排
!m 杞阳区教育局　地址：杞阳区文昌路18号　技术支持：杞阳信息中心
""",
        body="""
各中小学校：
为推进清廉学校建设，营造崇廉尚洁的校园氛围，区教育局决定举办全区中小学“清廉校园”主题黑板报评比活动。现将有关事项通知如下：
一、参赛对象：全区中小学各班级，每校推荐不超过3块黑板报参加区级评比。
二、时间安排
阶段　时间　内容
学校初评　10月13日—10月31日　各校组织班级出版并评选
区级评审　11月3日—11月14日　专家实地查看并评分
结果公布　11月下旬　区教育局网站公布
三、报送要求：各校于10月31日前将推荐黑板报照片（横版，不小于2M）及推荐表报送区教育局德育科。
联系人：宋佳慧　电话：0736-4219065　邮箱：qyjydyk@example.cn
附件：1.“清廉校园”主题黑板报推荐表
2.评分标准
杞阳区教育局
2025年10月9日
""",
    ),
    dict(
        slug="oa-hengfeng-minutes-refrigerator-html",
        site="恒丰电器内网 (invented)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://oa.hengfeng-elec.example.local/doc/view?id=20250527003",
        title="冰箱事业部二季度质量分析会会议纪要",
        date="2025-05-27",
        notes="intranet view with 流转记录 and read count; minutes' 时间/地点/主持/参会/记录 lines kept",
        page="""
<html><head><meta charset="gbk"><title>公文查看 - 恒丰协同办公</title></head><body>
<div class="oa-top">⟦m 恒丰协同办公平台 V6.2⟧ <span>⟦a 待办(7)　退出⟧</span></div>
<div class="oa-path">⟦m 公文管理 &gt; 收文 &gt; 会议纪要⟧</div>
<h3>{T}</h3>
<div class="oa-meta">⟦m 拟稿：品质部 沈一鸣　签发：许国良　密级：内部⟧</div>
<div class="oa-body">
{BODY}
</div>
<table class="flow"><tr><th>⟦l 流转记录⟧</th></tr>
<tr><td>⟦l 2025-05-28 09:12 许国良 已阅⟧</td></tr>
<tr><td>⟦l 2025-05-28 10:40 制造部 贺亮 已阅⟧</td></tr></table>
<div class="oa-foot">⟦m 已读 46 人　未读 3 人⟧　⟦d 内部资料 严禁外传⟧</div>
</body></html>
""",
        body="""
时间：2025年5月27日14:30
地点：冰箱事业部三楼会议室
主持：许国良
参会：品质部、制造部、研发部、售后服务部负责人
记录：沈一鸣
会议通报了二季度冰箱产品质量情况，研究了压缩机异响和门封条变形两个问题的整改措施。纪要如下：
一、二季度市场返修率为0.62%，较一季度下降0.08个百分点，其中压缩机异响占返修总量的31%。
二、研发部6月15日前完成压缩机减振垫选型验证，制造部同步调整装配工艺。
三、门封条供应商须在6月底前完成模具修复，品质部加严来料检验，抽检比例由2%提高到5%。
四、售后服务部每周汇总一次返修数据，在质量周会上通报。
""",
    ),
    dict(
        slug="qa-zhidao-answer-acne",
        site="问岐健康问答 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://ask.wenqi.example.com/q/5528410.html",
        title="青春期长痘痘，要不要去医院看？",
        record_title=None,
        date="2025-06-02",
        notes="Q&A: the question as the title; 回答于 line as the page's date; a doctor card; disclaimer; 相关问题",
        page="""
!m 问岐健康问答 > 皮肤科 > 痤疮
{T}
!m 提问者：匿名网友　15岁　男
!m 回答医生：蔺溪县人民医院 皮肤科 主治医师 卢淑贞
!m 回答于 2025-06-02 10:26
{BODY}
!d 温馨提示：网上咨询仅供参考，不能代替面诊，如症状加重请及时就医。
!a 有帮助(56)　没帮助(2)　收藏
!l 相关问题
!l 痘印多久能消？
!l 长痘期间能吃辣吗？
""",
        body="""
你好，青春期长痘痘医学上叫痤疮，和雄激素分泌增加、皮脂腺分泌旺盛有关，很常见。
如果只是少量粉刺和小丘疹，可以先做好日常护理：每天用温水洗脸两次，不要用手挤，少吃甜食和油炸食品。
如果出现红肿、化脓的大包，或者脸上、背上成片发作，建议到正规医院皮肤科就诊，在医生指导下用药，避免留下痘坑和痘印。
另外，不要自行购买来路不明的“祛痘霜”，有的含激素，停用后反而更严重。
""",
    ),
]
