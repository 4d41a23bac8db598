"""holdout143, part A: written blind (README, build.py, clean_score --help, dev sources, issue 13 only).
Invented sites, counties, people, URLs and chrome wording."""

CASES = [
    dict(
        slug="fanwen-yuncao-speech-braille-reading-room",
        site="芸草范文网 (invented)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://www.yuncaofw.example.com/jianghua/20250418/5521.html",
        title="在县图书馆盲文阅览室启用仪式上的致辞",
        record_title="【精编】在县图书馆盲文阅览室启用仪式上的致辞（可直接套用）",
        date="2025-04-18",
        notes="decorated record title; date under the speech title (neutral line); speaker line neutral; writing-service prompt glued after a sentence; related list; views line",
        page="""
!m 芸草范文网 — 写材料，先来芸草
!m 您在这里：首页 › 讲话致辞 › 开幕致辞
{T}
!m 收录：草木青　浏览量：2,318次　更新：3天前
（2025年4月18日）
县文化和旅游局局长　蔺绍峰
{BODY}
!a 本文共1460字，扫码付费0.9元即可一键导出Word
!l 相近的范文：
!l ▸ 在农家书屋管理员培训班开班式上的讲话
!l ▸ 全民阅读月启动仪式主持词（三篇）
!d 芸草范文网所收稿件均来自会员投稿，引用请自行核对，侵删。
""",
        body="""
尊敬的各位来宾，同志们、朋友们：
今天，我们在这里举行县图书馆盲文阅览室启用仪式，这是我县公共文化服务向特殊群体延伸的一件实事。
盲文阅览室面积一百二十平方米，配备盲文图书三千二百册、有声读物一万余小时、助视器和读屏电脑十二台。⟦w 材料写不出来？资深笔杆子一对一代笔，V：ycfw_0728⟧
我们还将组建志愿者队伍，每周二、周五上门为行动不便的视障读者送书、读报。
希望各乡镇综合文化站主动摸清辖区视障人士底数，把阅读服务送到他们身边。
最后，祝全县视障朋友读有所乐、学有所获！谢谢大家。
""",
    ),
    dict(
        slug="wenku-shiyu-plan-writers-association-bracket-markers",
        site="拾玉文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://wenku.shiyu.example.net/view/8c31e7a02b.html",
        title="霁源县作家协会2025年“走进乡土”采风创作活动方案",
        record_title="霁源县作家协会2025年“走进乡土”采风创作活动方案.docx",
        date="2025-03-06",
        notes="file-name record title; page markers of own form 〘n〙 cutting sentences (mixed glue); preview-end prompt inside the body; upload notice at the bottom",
        pages=dict(fmt="〘{n}〙", every=120, start=2, glue="mix"),
        indent="　　",
        page="""
!m 拾玉文库 | 千万文档随心读
!t 霁源县作家协会2025年“走进乡土”采风创作活动方案.docx
!m 贡献者：墨***6　　页数：4页　　阅读：731　　格式：DOCX
!a 加入书架　　举报　　生成PPT
{BODY}
!a ——— 免费预览已到末页，开通拾玉VIP畅读全部4页 ———
!d 本文档为用户自行上传，拾玉文库仅提供信息存储空间，如有侵权请提交申诉，我们将在24小时内处理。
!l 猜你想看：作协年度工作计划｜文学采风心得｜乡村文化振兴征文通知
""",
        body="""
为引导广大作家深入基层、扎根人民，创作一批反映霁源乡村新变化的优秀作品，县作家协会决定开展“走进乡土”采风创作活动，特制定本方案。
一、活动时间
2025年4月至10月，分春、夏、秋三季组织实施。
二、采风路线
春季走进北岭茶区，夏季走进沙河湾渔村，秋季走进南坪梯田和易地搬迁安置点。
三、组织方式
每季组织会员作家二十人左右，采取集中采风与分散驻村相结合的方式，每人驻村时间不少于三天。
四、成果要求
参加采风的会员每人至少完成散文、诗歌、报告文学作品一篇，作协将择优在《霁源文艺》刊发，并结集出版。
五、保障措施
采风期间的交通、食宿费用由县文联统一安排，会员须遵守驻地纪律，不得给基层增加负担。
霁源县作家协会
2025年3月6日
""",
    ),
    dict(
        slug="gov-hengtang-notice-illegal-construction-html",
        site="横塘区人民政府 (invented)",
        style="政府门户",
        genre="通告",
        kind="notice",
        form="html",
        source="https://www.hengtang.example.gov.cn/zwgk/tzgg/202506/t20250612_88214.html",
        title="横塘区关于开展违法建设集中整治的通告",
        record_title=None,
        date="2025-06-12",
        notes="HTML county portal: no record title, found in the h1; 索引号 table; font-size row; 长辈版; footer with 网站标识码 and 政府网站找错; document number neutral; glued meta after a sentence",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>横塘区人民政府</title>
<script>var _hmt=_hmt||[];(function(){var s=document.createElement("script");s.src="//stat.example.cn/h.js?ht";})();</script>
<link rel="stylesheet" href="/css/main.css"></head>
<body>
<div class="topbar"><span>⟦a 长辈版⟧</span><span>⟦a 无障碍浏览⟧</span><span>⟦a 登录 | 注册⟧</span></div>
<header><div class="logo">⟦m 横塘区人民政府　www.hengtang.example.gov.cn⟧</div>
<nav><ul><li>⟦m 首页⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 政务服务⟧</li><li>⟦m 互动交流⟧</li><li>⟦m 走进横塘⟧</li></ul></nav></header>
<div class="crumb">⟦m 当前所在：首页 &gt;&gt; 政务公开 &gt;&gt; 通知公告⟧</div>
<table class="meta">
<tr><td>⟦m 索引号：HT-0031-2025-00418⟧</td><td>⟦m 发文机关：横塘区人民政府⟧</td></tr>
<tr><td>⟦m 主题分类：城乡建设⟧</td><td>⟦m 生成日期：2025-06-12⟧</td></tr>
</table>
<h1>⟦t 横塘区关于开展违法建设集中整治的通告⟧</h1>
<div class="doc-no">横政通〔2025〕7号</div>
<div class="tools">⟦a 【字号 大 中 小】⟧ ⟦a 【打印本页】⟧ ⟦a 【关闭窗口】⟧</div>
<div class="content">
{BODY}
</div>
<div class="relate"><h4>⟦l 相关解读⟧</h4><ul><li>⟦l 一图读懂：违法建设认定标准⟧</li><li>⟦l 区城管局负责人就整治工作答记者问⟧</li></ul></div>
<footer>
<p>⟦m 主办：横塘区人民政府办公室　承办：横塘区大数据服务中心⟧</p>
<p>⟦m 网站标识码：3305990012　浙ICP备05017733号-2⟧</p>
<p>⟦a 政府网站找错⟧</p>
</footer>
</body></html>
""",
        body="""
为加快美丽城区建设，维护城乡规划秩序，区政府决定自2025年7月1日起在全区范围内开展违法建设集中整治，现将有关事项通告如下：
一、整治范围：未取得建设工程规划许可证或者未按照许可内容进行建设的建筑物、构筑物，以及临时建筑逾期未拆除的。
二、自行整改：凡存在违法建设的单位和个人，应于2025年8月31日前自行拆除或者整改到位。⟦m 【信息来源：区综合行政执法局】⟧
三、依法处置：逾期未自行整改的，由属地街道、镇会同区综合行政执法局依法查处，所需费用由当事人承担。
四、举报途径：欢迎社会各界监督举报，举报电话：0573-86120345，举报邮箱：htwj@hengtang.example.gov.cn。
特此通告。
横塘区人民政府
2025年6月12日
""",
    ),
    dict(
        slug="news-qiaoyang-baseball-html-photo-caption",
        site="桥阳新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://news.qiaoyang.example.com/tiyu/2025-05/19/c_40219.html",
        title="桥阳少年棒球队首次夺得省青少年棒球联赛冠军",
        record_title="桥阳少年棒球队首次夺得省青少年棒球联赛冠军_体育_桥阳新闻网",
        date="2025-05-19",
        notes="modern news template: byline with 发布时间 (the page date), photo caption between paragraphs, editor line glued after last paragraph, share bar, hot list",
        page="""
<html><head><meta charset="utf-8"><title>桥阳少年棒球队首次夺得省青少年棒球联赛冠军_体育_桥阳新闻网</title>
<script src="/js/jquery.min.js"></script></head>
<body>
<div class="header">⟦m 桥阳新闻网　桥阳第一新闻门户⟧ <a href="/">⟦m 首页⟧</a> <a href="/tiyu/">⟦m 体育⟧</a> <a href="/shehui/">⟦m 社会⟧</a></div>
<div class="article">
<h1>⟦t 桥阳少年棒球队首次夺得省青少年棒球联赛冠军⟧</h1>
<div class="byline">⟦m 发布时间：2025-05-19 21:07　来源：桥阳日报　记者 邝晓岚⟧</div>
<div class="share">⟦l 分享到：微信 微博 QQ空间⟧</div>
{BODY}
</div>
<div class="hot"><h3>⟦l 24小时热读⟧</h3><ol><li>⟦l 桥阳高铁站南广场下月启用⟧</li><li>⟦l 端午假期本地游客接待量创新高⟧</li><li>⟦l 城西菜市场改造后重新开业⟧</li></ol></div>
<div class="footer">⟦d 本网所有稿件未经书面授权不得转载、摘编⟧<br>⟦m 新闻热线 0571-82203344　违法和不良信息举报 0571-82203300⟧</div>
</body></html>
""",
        body="""
5月18日，2025年省青少年棒球联赛（U12组）在临江市体育中心落下帷幕，桥阳少年棒球队以6比4战胜上届冠军队，首次夺得冠军。
本届联赛共有来自全省各地的十四支队伍参赛，桥阳队小组赛三战全胜，淘汰赛一路过关斩将闯入决赛。
⟦m 图为决赛中桥阳队队员滑垒得分。记者 邝晓岚 摄⟧
决赛中，桥阳队一度以1比3落后，第五局队员们连续安打，一举追平比分，最后一局又靠一支二垒安打锁定胜局。
桥阳少年棒球队组建于2021年，队员均来自城区四所小学，每周利用课后服务时间训练三次。
主教练潘立新表示，球队将以此次夺冠为新起点，争取明年组建U15梯队。⟦m （责任编辑：于晴）⟧
""",
    ),
    dict(
        slug="forum-tongling-fire-ant-junk",
        site="桐岭生活论坛 (invented)",
        style="论坛",
        genre="通知",
        kind="notice",
        form="text",
        source="https://bbs.tongling.example.net/thread-339201-1-1.html",
        title="关于开展红火蚁春季集中防控的通知",
        record_title="[转帖]关于开展红火蚁春季集中防控的通知 - 农事园地 - 桐岭生活论坛",
        date="2025-03-27",
        date_also=["2025-03-28"],
        notes="forum thread: decorated record title, floor meta, junk lines and glued junk, post time differs from the 成文日期 (both accepted), reply box and signature",
        junk=dict(lines=2, glued=2),
        page="""
!m 桐岭生活论坛 » 农事园地 » 查看主题
!m 查看: 1207 | 回复: 9
{T}
!m 楼主　田埂上的风　　发表于 2025-3-28 08:41　　只看该作者
{BODY}
!m 本帖最后由 田埂上的风 于 2025-3-28 08:55 编辑
!l 回复 支持(6) 反对(0) 收藏
!m 沙发　老农技　2025-3-28 09:12
!l 上一主题　下一主题
!a 您需要登录后才可以回帖 登录 | 立即注册
""",
        body="""
各镇（街道）农业综合服务中心：
红火蚁是危害严重的外来入侵物种，为有效遏制红火蚁扩散蔓延，县农业农村局决定于4月1日至5月15日开展春季集中防控行动。
一、普查监测。各镇要组织技术人员对公园、绿化带、苗圃、农田、荒地等重点区域开展地毯式排查，发现蚁巢及时标注位置并拍照上报。
二、科学用药。采取饵剂诱杀与药液灌巢相结合的方法，施药时应设置警示标志，避免人畜误触。
三、检疫监管。对调出调入的苗木、草皮、土壤、堆肥等物品加强检疫，未经检疫不得调运。
四、宣传发动。各地要利用村广播、宣传栏等向群众普及红火蚁识别和防护知识，群众被叮咬后出现过敏症状应立即就医。
桐岭县农业农村局
2025年3月27日
""",
    ),
    dict(
        slug="blog-huangmeng-pea-grower-blog-html",
        site="黄孟的田间笔记 (invented)",
        style="博客",
        genre="心得体会",
        kind="insight",
        form="html",
        source="https://huangmeng.example-blog.cn/post/2025/04/wandou-zhongzhi.html",
        title="种豌豆第三年的几点体会",
        record_title="种豌豆第三年的几点体会 | 黄孟的田间笔记",
        date="2025-04-22",
        notes="personal blog: tag cloud, archive, bracketed post time line (the page date), comment box, prev/next; read-count glued to the first line",
        page="""
<html><head><meta charset="utf-8"><title>种豌豆第三年的几点体会 | 黄孟的田间笔记</title></head>
<body>
<div id="blog-header"><h2>⟦m 黄孟的田间笔记⟧</h2><p>⟦m 一个返乡青年的种地日常⟧</p></div>
<div id="main">
<h1>⟦t 种豌豆第三年的几点体会⟧</h1>
<p class="post-meta">⟦m [2025-04-22 19:30] 分类：种植手记　阅读(486)　评论(12)⟧</p>
{BODY}
<p class="tags">⟦l 标签：豌豆　返乡　小农户⟧</p>
<p class="nav">⟦l « 上一篇：土豆地里的第一场雨⟧　⟦l 下一篇：小满前后的事 »⟧</p>
<div class="comments"><h4>⟦l 已有12条评论⟧</h4><p>⟦l 发表评论（昵称必填，邮箱不会公开）⟧</p></div>
</div>
<div id="sidebar"><h4>⟦l 文章归档⟧</h4><ul><li>⟦l 2025年4月 (6)⟧</li><li>⟦l 2025年3月 (9)⟧</li></ul>
<h4>⟦l 标签云⟧</h4><p>⟦l 豌豆 土豆 合作社 农机 天气 市集⟧</p></div>
<div id="footer">⟦d © 2025 黄孟的田间笔记 · 未经允许请勿转载⟧</div>
</body></html>
""",
        body="""
回村种豌豆到今年已经是第三个年头了，十二亩地从当初的满地黄叶到今年亩产八百多斤鲜荚，我想把这几年摸索出来的东西记下来。
第一，选种比什么都重要。头一年图便宜买了散装种子，出苗参差不齐，后来改用县农技站推荐的甜脆豌品种，发芽率一下子提到九成以上。
第二，搭架要趁早。豌豆长到二十厘米左右就要搭架引蔓，晚了茎蔓倒伏，通风不好，白粉病就跟着来了。
第三，采收要勤。鲜荚饱满但颜色还翠绿的时候最好卖，隔天采一次，超市收购价能比集中采收高出三成。
第四，别一个人单干。今年我和邻村的五户人家一起找了冷链车，运费省了不少，也不再被收购商压价。
种地没有捷径，但多问、多记、多算账，总能比上一年好一点。
""",
    ),
    dict(
        slug="wechat-mirror-shenghe-prison-family-visit",
        site="公号镜像站·文汇摘 (invented)",
        style="公众号镜像",
        genre="通知",
        kind="notice",
        form="text",
        source="https://wxmirror.wenhuizhai.example.com/a/3F9kQ2mZ7",
        title="关于恢复罪犯亲属现场会见和开通远程视频会见的公告",
        record_title="关于恢复罪犯亲属现场会见和开通远程视频会见的公告",
        record_date="2025-02-10",
        date="2025-02-10",
        notes="WeChat mirror: account line, 原创 label, follow prompt and 在看/点赞 bar, a sentence of the document telling relatives to 关注 the account and 扫码 (kept), contact line of the document kept",
        page="""
!m 文汇摘 · 公众号文章存档
{T}
!m 原创　笙河监狱　笙河监狱　2025年02月10日 17:26　湖北
!a 点击上方蓝字「笙河监狱」关注我们
{BODY}
!l 往期推荐
!l 监狱开展春节亲情帮教活动
!l 2024年度社会帮教工作总结
!a 分享　收藏　在看　点赞
!a 长按识别二维码，关注笙河监狱
!m 阅读 3.1万
!d 文汇摘仅做公开文章的备份，版权归原公众号所有
""",
        body="""
广大罪犯亲属：
经研究决定，我狱自2025年2月17日起恢复罪犯亲属现场会见，同时开通远程视频会见，现将有关事项公告如下。
一、现场会见时间为每周二至周六上午9:00至11:30、下午14:00至16:30，法定节假日另行通知。
二、罪犯亲属须提前三个工作日预约，可关注“笙河监狱”微信公众号，点击菜单栏“亲情服务—会见预约”办理。
三、来狱会见时须携带本人身份证件及与罪犯关系证明，十六周岁以下未成年人须由监护人陪同。
四、不便来狱的亲属可在当地司法所申请远程视频会见，每月一次，每次不超过二十分钟。
五、会见时严禁携带手机、现金等违禁物品，违反规定的将中止会见。
咨询电话：0716-5320198（工作日8:30—17:30）。
笙河监狱
2025年2月10日
""",
    ),
    dict(
        slug="docshare-qianli-summary-anaesthesia-diamond-markers",
        site="千里共享文档 (invented)",
        style="文档分享",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://doc.qianli.example.com/p-4410289361.html",
        title="县人民医院麻醉科2024年度工作总结",
        record_title="县人民医院麻醉科2024年度工作总结（精选）",
        date="2025-01-09",
        notes="sharing page: decorated title, page markers ◇n◇ on lines of their own, data table rows with ideographic spaces, download-for-points prompt between paragraphs",
        pages=dict(fmt="◇ {n} ◇", every=150, start=2, glue=False),
        page="""
!m 千里共享文档 · 文档详情
!t 县人民医院麻醉科2024年度工作总结（精选）
!m 上传者：sunny麻醉人　上传时间：2025-01-15　大小：36KB　下载积分：3
!a 下载本文档　　收藏　　分享至朋友圈
{BODY}
!a 您已阅读完可预览部分，消耗3积分下载完整文档
!l 相关文档推荐
!l 手术室护理年度总结　　麻醉科质控会议记录
!d 声明：本站文档由用户上传，仅供学习参考，不代表本站观点。
""",
        body="""
2024年，麻醉科在院党委的领导下，围绕医疗质量和患者安全，较好完成了全年各项工作任务。
一、主要业务数据
项目　2023年　2024年　增减
麻醉总例数　6215　6893　+10.9%
无痛胃肠镜　2140　2786　+30.2%
分娩镇痛　412　538　+30.6%
⟦a ↓↓↓ 展开剩余70% ↓↓↓⟧
二、质量安全
全年无麻醉相关死亡和严重并发症，术前访视率达到百分之百，麻醉复苏室转出患者均达到转出标准。
三、学科建设
新开展超声引导下神经阻滞技术，全年完成一千余例；选派两名医师到省人民医院进修。
四、存在问题
人员梯队不够合理，夜班力量偏紧，术后镇痛随访记录还不够完整。
2025年，我们将进一步完善日间手术麻醉流程，争取创建市级重点专科。
县人民医院麻醉科
2025年1月9日
""",
    ),
    dict(
        slug="edu-luoshui-mumps-notice-html",
        site="洛水县教育体育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.luoshui.example.gov.cn/Article/ShowArticle.asp?ArticleID=6621",
        title="关于做好春季学校流行性腮腺炎防控工作的通知",
        record_title="关于做好春季学校流行性腮腺炎防控工作的通知-洛水县教育体育局",
        date="2025-03-14",
        notes="old gb2312/ASP table layout: marquee, visitor counter, 【阅读字号】 row, 作者/来源/点击数 row; 附件 list kept; 抄送 line kept; document number neutral",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>关于做好春季学校流行性腮腺炎防控工作的通知-洛水县教育体育局</title></head>
<body bgcolor="#F2F6FA">
<table width="980" align="center" border="0" cellpadding="0" cellspacing="0">
<tr><td>⟦m 洛水教育信息网⟧</td><td>⟦a 设为首页⟧ | ⟦a 加入收藏⟧</td></tr>
<tr><td colspan="2"><marquee>⟦m 热烈祝贺我县中小学生在全市科技创新大赛中获佳绩！⟧</marquee></td></tr>
<tr><td colspan="2">⟦m 网站首页　教育新闻　通知公告　招生考试　办事指南　教研天地⟧</td></tr>
<tr><td colspan="2">⟦m 您现在的位置：洛水教育信息网 &gt;&gt; 通知公告 &gt;&gt; 正文⟧</td></tr>
<tr><td colspan="2" align="center"><b>⟦t 关于做好春季学校流行性腮腺炎防控工作的通知⟧</b></td></tr>
<tr><td colspan="2" align="center">⟦m 作者：体卫艺股　来源：本站原创　点击数：1543　更新时间：2025-3-14⟧</td></tr>
<tr><td colspan="2" align="center">⟦a 【阅读字号：特大 大 中 小】⟧</td></tr>
<tr><td colspan="2" align="center">洛教体〔2025〕19号</td></tr>
<tr><td colspan="2">
{BODY}
</td></tr>
<tr><td colspan="2">⟦l 上一篇文章：关于开展2025年春季学期开学安全检查的通知⟧<br>⟦l 下一篇文章：全县中小学校长读书分享会举行⟧</td></tr>
<tr><td colspan="2" align="center">⟦d 版权所有：洛水县教育体育局　技术支持：洛水县教育信息中心⟧<br>⟦m 您是本站第 0912847 位访客⟧<br>⟦m 豫ICP备08002176号⟧</td></tr>
</table>
</body></html>
""",
        body="""
各中小学校、幼儿园：
近期，我县部分学校出现流行性腮腺炎散发病例。为切实保障师生身体健康，现就做好防控工作通知如下：
一、落实晨午检制度。各校要安排专人每日开展晨午检，发现耳下腮部肿胀、发热的学生，应立即通知家长带其就医。
二、严格因病缺勤追踪。对因病缺勤学生要及时电话了解原因并登记，确诊病例须隔离至腮腺肿大完全消退后方可返校。
三、加强通风消毒。教室、宿舍、食堂每日开窗通风不少于三次，每次不少于三十分钟。
四、做好疫苗查验补种。各校要配合辖区卫生院查验学生预防接种证，动员未完成接种的学生及时补种。
附件：1. 学校传染病晨午检登记表
2. 因病缺勤追踪登记表
洛水县教育体育局
2025年3月14日
抄送：县卫生健康委员会、县疾病预防控制中心。
""",
    ),
    dict(
        slug="intranet-tongfeng-copper-mine-minutes",
        site="铜峰矿业内网 (invented)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://oa.tongfeng-mining.example.local/doc/view?id=20250520-0031",
        title="铜峰矿业公司井下通风系统改造专题会议纪要",
        record_title=None,
        date="2025-05-20",
        notes="intranet export: no record title, title repeated; minutes' 时间/地点/主持/参会/记录 lines kept; circulation record and read counts; watermark line",
        page="""
!m 铜峰矿业协同办公平台　>　公文管理　>　会议纪要
!m 密级：内部　　文档编号：TF-HY-2025-031
{T}
{BODY}
!m 流转记录：安全环保部 拟稿 2025-05-20 → 总经理办公室 审核 2025-05-21 → 分管副总 签发 2025-05-21
!m 已阅 47 人　未阅 6 人
!a 导出PDF　　打印　　转发至
!d 内部资料 严禁外传　水印：TF0371 王*
""",
        body="""
时间：2025年5月20日上午9:00
地点：公司三楼第二会议室
主持：副总经理 庞越
参会：生产技术部、安全环保部、机电运输部、采矿一区、采矿二区负责人
记录：周雨桐
会议听取了安全环保部关于井下通风系统改造方案的汇报，经讨论，议定如下事项：
一、同意实施深部中段通风系统改造，新增一台主扇风机，改造后总进风量不低于每秒一百八十立方米。
二、由机电运输部牵头，6月15日前完成设备采购，7月底前完成安装调试。
三、改造期间，采矿二区要合理调整作业计划，严禁在风量不足的工作面作业。
四、安全环保部负责组织改造后的通风测定，测定结果报公司安全生产委员会。
""",
    ),
    dict(
        slug="qa-wenmiao-question-scholarship-answer",
        site="问苗问答 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://www.wenmiao.example.com/question/77120384",
        title="国家奖学金和国家励志奖学金可以同时申请吗？",
        record_title=None,
        date=None,
        notes="Q&A: question as the title, answerer card, relative times and 回答于 absent (only 2小时前), vote bar, more answers list; no date",
        page="""
!m 问苗问答 - 有问题，就来问苗
!m 首页 / 教育 / 奖助学金
{T}
!m 提问者：小橙子不吃橙　·　2小时前　·　浏览 382
!m 最佳回答　采纳率 91%　资助中心老周
{BODY}
!l 赞同 57　　反对　　评论 4
!a 举报　　分享
!l 其他 3 个回答
!l 同一学年能拿两个奖学金吗？
!l 助学贷款和国家助学金冲突吗？
!d 回答内容由用户提供，不代表问苗立场
""",
        body="""
不可以。按照现行规定，同一学年内，获得国家奖学金的家庭经济困难学生可以同时申请并获得国家助学金，但不能同时获得国家励志奖学金。
也就是说，国家奖学金和国家励志奖学金二选一，国家助学金可以和其中任意一项同时拿。
建议你先看看本校学生资助管理中心发布的评审办法，一般九月底前由辅导员组织申请，材料包括申请表、成绩单和获奖证明。
如果家庭经济困难认定还没做，要先完成认定，否则助学金和励志奖学金都没有申请资格。
""",
    ),
]
