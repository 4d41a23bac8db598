"""holdout113, part A: tea-art (茶艺) rooms, broad-bean (蚕豆) growers, stuttering and speech
therapy, rooftop gardens, citizen allotments, a seed library, sheep shearing, school
gardens, rain gardens and frozen-dumpling (饺子) makers. Invented text; see ../README.md."""

CASES = [
    dict(
        slug="fanwen-qiaochuan-tea-art-summary-old-table",
        site="笔耕范文苑 (invented)",
        style="范文站",
        genre="工作总结",
        kind="summary",
        form="html",
        source="http://www.bigengfw.example.com/zongjie/2025/0612/7731.html",
        title="荞川县茶艺职业技能培训工作总结",
        record_title="【精选】荞川县茶艺职业技能培训工作总结（通用2篇）_笔耕范文苑",
        date="2025-06-10",
        notes="old gb2312 table layout: marquee, font-size row, QQ writing prompt glued after a sentence, visitor counter; 成文日期 under the signature",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>【精选】荞川县茶艺职业技能培训工作总结（通用2篇）_笔耕范文苑</title></head>
<body><table width="960" align="center"><tr><td><marquee>⟦m 笔耕范文苑——写材料不再熬夜，万篇范文随手拈来⟧</marquee></td></tr>
<tr><td class="nav">⟦m 您在这里：范文首页 &gt;&gt; 总结大全 &gt;&gt; 培训总结⟧</td></tr>
<tr><td><h1>⟦t 荞川县茶艺职业技能培训工作总结⟧</h1></td></tr>
<tr><td>⟦a 【字号调整：特大 大 标准】⟧ ⟦m 录入：笔耕小编　人气：1386⟧</td></tr>
<tr><td class="zw">
{BODY}
</td></tr>
<tr><td>⟦l 上一篇：乡镇农技推广年度总结　下一篇：社区老年大学学期总结⟧</td></tr>
<tr><td>⟦d 本站范文均为会员投稿，若侵犯了您的权益请来信，核实后即刻撤下。⟧</td></tr>
<tr><td>⟦m 您是本站第 0028817 位访客　 备案号：湘ICP备14xxxx73号⟧</td></tr></table></body></html>
""",
        body="""
今年以来，县人社局会同县茶叶产业发展中心，围绕“茶艺进农家、技能促增收”目标，扎实开展茶艺职业技能培训。
全年共举办茶艺师初级、中级培训班九期，参训学员四百一十二人，其中农村妇女二百六十人。⟦w 材料代写找老笔，QQ 2807xx316⟧
培训采取“理论+实操+考核”模式，邀请省茶叶学会专家授课，实操课程安排在茶企和茶艺馆进行。
经考核，三百七十八人取得茶艺师职业技能等级证书，持证率达百分之九十一点七。
下一步，我们将把培训与茶旅融合、乡村民宿发展结合起来，推动学员就近就业。
荞川县人力资源和社会保障局
2025年6月10日
""",
    ),
    dict(
        slug="wenku-maoling-broad-bean-plan-markers",
        site="知页文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://wenku.zhiye.example.com/view/9f3c21ab7e.html",
        title="茆岭镇2025年蚕豆绿色高产示范片建设方案",
        record_title="茆岭镇2025年蚕豆绿色高产示范片建设方案.docx",
        date="2025-02-18",
        notes="文库 preview: file-name title; page markers ⌊2⌋ cutting sentences; preview-end prompt; upload notice; 成文日期 in Chinese numerals",
        pages=dict(fmt="⌊{n}⌋", every=120, start=2),
        page="""
!m 知页文库 > 农业农村 > 种植技术
!t 茆岭镇2025年蚕豆绿色高产示范片建设方案.docx
!m 页数：3　大小：41.2KB　上传者：田间笔记
!a 下载券 2　｜　加入书架　｜　举报
{BODY}
!a — 预览已到末页，领取下载券后可获取原文 —
!d 本文档由用户上传分享，知页文库仅提供存储空间，不对内容真实性负责。
!l 相关文档：蚕豆赤斑病防治技术要点　|　冬播作物田间管理月历
""",
        body="""
为推进蚕豆产业提质增效，带动农户增收，结合我镇实际，制定本方案。
一、建设目标。在茆岭、下坪、石门三个村建设蚕豆绿色高产示范片一千二百亩，示范片亩产鲜荚比周边增产百分之十五以上。
二、主要措施。推广“早熟品种+宽窄行种植+绿色防控”技术模式，统一供种、统一技术指导、统一病虫防治。
三、保障措施。镇农业服务中心明确专人联系示范片，每月开展一次田间技术培训。
茆岭镇人民政府
二〇二五年二月十八日
""",
    ),
    dict(
        slug="gov-shicheng-rain-garden-notice-html",
        site="葳城市住房和城乡建设局 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://zjj.weicheng.example.gov.cn/xxgk/tzgg/202504/t20250421_55102.html",
        title="关于开展老旧小区雨水花园改造试点申报工作的通知",
        record_title="关于开展老旧小区雨水花园改造试点申报工作的通知",
        date="2025-04-21",
        record_date="2025-04-21",
        notes="county portal with 索引号 table, 长者模式 link, 附件 list and document's own 联系人/电话 beside 12345 footer",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于开展老旧小区雨水花园改造试点申报工作的通知_葳城市住房和城乡建设局</title>
<script>var _hmt=_hmt||[];</script></head><body>
<div class="top"><span>⟦m 葳城市住房和城乡建设局⟧</span><a>⟦a 长者模式⟧</a><a>⟦a 无障碍⟧</a></div>
<ul class="nav"><li>⟦m 首页⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 办事服务⟧</li><li>⟦m 互动交流⟧</li></ul>
<div class="pos">⟦m 当前所在：首页 › 政务公开 › 通知公告⟧</div>
<table class="xxgk"><tr><td>⟦m 索引号：11441802MB2C05917X/2025-00132⟧</td><td>⟦m 发文机构：市住建局⟧</td></tr>
<tr><td>⟦m 成文日期：2025-04-21⟧</td><td>⟦m 主题分类：城乡建设⟧</td></tr></table>
<h1>⟦t 关于开展老旧小区雨水花园改造试点申报工作的通知⟧</h1>
<div class="article">
{BODY}
</div>
<div class="tools">⟦a 【打印本页】⟧ ⟦a 【关闭窗口】⟧</div>
<div class="foot"><p>⟦m 主办：葳城市住房和城乡建设局　政务服务便民热线：12345⟧</p><p>⟦m 网站标识码：4418020031　粤ICP备0601xxxx号⟧</p></div>
</body></html>
""",
        body="""
各区住建部门，各街道办事处：
为推进海绵城市建设，缓解老旧小区雨天积水问题，市住建局决定开展老旧小区雨水花园改造试点申报工作，现将有关事项通知如下。
一、申报范围。二〇〇五年以前建成、存在明显积水点且业主改造意愿强烈的住宅小区。
二、申报材料。申报表、小区积水点位图、业主意见汇总表各一份，纸质材料一式三份。
三、申报时间。即日起至2025年5月20日止，逾期不予受理。
联系人：钟楠，电话：0762-3318065。
附件：1.老旧小区雨水花园改造试点申报表
2.业主意见汇总表（样式）
葳城市住房和城乡建设局
2025年4月21日
""",
    ),
    dict(
        slug="news-yichuan-rooftop-garden-photo-caption",
        site="苡川新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.yichuannews.example.cn/sh/2025-05/14/c_30211.htm",
        title="苡川首批公共建筑屋顶花园向市民开放",
        record_title=None,
        date="2025-05-14",
        notes="no record title; the title as a heading; a byline's 发布时间 is the date; a photo caption between paragraphs; an editor line glued after the last paragraph",
        page="""
!m 苡川新闻网　|　民生频道
!l 要闻　时政　民生　文旅　视频
{T}
!m 发布时间：2025-05-14 08:42　来源：苡川日报　记者 孟霁
!a 分享到：微信 微博 QQ空间
{BODY}
!l 热点推荐
!l · 苡川公交新开三条社区微循环线路
!l · 城区首家24小时自助图书馆上线
!d 苡川新闻网版权所有，未经书面授权不得转载。
""",
        body="""
5月13日，市图书馆、市文化馆等五座公共建筑的屋顶花园正式向市民免费开放。
这些屋顶花园总面积约六千平方米，种植了月季、鼠尾草、薄荷等植物一百余种。
⟦m ▲市民在文化馆屋顶花园休憩。记者 孟霁 摄⟧
市城管局相关负责人介绍，屋顶花园开放时间为每天早8点至晚6点，雨天和大风天气暂停开放。
下一步，全市还将推动十二座机关办公楼开展屋顶绿化改造。⟦m （责任编辑：杜小棠）⟧
""",
    ),
    dict(
        slug="forum-pengyuan-allotment-rules-junk",
        site="蓍原城事论坛 (invented)",
        style="论坛",
        genre="规定",
        kind="notice",
        form="text",
        source="https://bbs.shiyuan.example.net/thread-88417-1-1.html",
        title="蓍原市民菜园租种管理规定",
        record_title="[转帖] 蓍原市民菜园租种管理规定 - 菜园子 - 蓍原城事论坛",
        date="2025-03-02",
        date_also=["2025-03-05"],
        notes="forum repost with junk lines and glued junk, floor meta and signature; rules speak of 扫码/打印; the rules' own date differs from the post date (also accepted)",
        junk=dict(lines=1, glued=2),
        page="""
!m 蓍原城事论坛 › 生活 › 菜园子
!t [转帖] 蓍原市民菜园租种管理规定
!m 楼主　绿手指老周　发表于 2025-3-5 21:16　只看该作者
!m 查看: 2204 | 回复: 37
{BODY}
!l 回复 引用 举报 ｜ 支持(12) 反对(0)
!m 签名：种地如修心，一垄一世界。
!l 上一主题：阳台种番茄的几个坑　下一主题：谁有多余的韭菜根
""",
        body="""
第一条 为规范市民菜园租种秩序，保障租种人合法权益，制定本规定。
第二条 市民菜园每块面积十五平方米，租期一年，每户限租一块。
第三条 租种人须扫描菜园入口二维码完成实名登记，并打印租种协议签字后交管理处存档。
第四条 菜园内禁止使用高毒农药，禁止搭建棚屋，禁止焚烧秸秆和垃圾。
第五条 连续两个月无人打理的菜地，管理处有权收回并另行租出。
蓍原市民菜园管理处
2025年3月2日
""",
    ),
    dict(
        slug="blog-gutang-seed-library-post",
        site="菰塘旧事 (invented blog)",
        style="博客",
        genre="随笔",
        kind="essay",
        form="html",
        source="https://gutangjiushi.example.blog.cn/post/2025/04/seed-library.html",
        title="在种子图书馆借一包老品种",
        record_title="在种子图书馆借一包老品种 – 菰塘旧事",
        date="2025-04-09",
        notes="WordPress-like blog: bracketed post time as the date, tag cloud, archive, comment box; a 'like' button row glued before the first paragraph",
        page="""
<html><head><meta charset="utf-8"><title>在种子图书馆借一包老品种 – 菰塘旧事</title></head><body>
<header><h3>⟦m 菰塘旧事⟧</h3><p>⟦m 一个退休农技员的闲笔⟧</p></header>
<article><h2>⟦t 在种子图书馆借一包老品种⟧</h2>
<p class="time">⟦m [2025-04-09 20:31]⟧ ⟦m 分类：田园杂记⟧</p>
{BODY}
</article>
<aside><h4>⟦l 标签云⟧</h4><p>⟦l 老品种 种子 菜园 乡村图书馆⟧</p>
<h4>⟦l 文章归档⟧</h4><ul><li>⟦l 2025年4月 (3)⟧</li><li>⟦l 2025年3月 (5)⟧</li></ul></aside>
<div class="cmt">⟦l 发表评论（昵称必填，邮箱不公开）⟧</div>
<footer>⟦d © 2025 菰塘旧事　本博文字转载请注明出处⟧</footer></body></html>
""",
        body="""
⟦a 👍 喜欢 ⟧镇图书馆去年开了个“种子图书馆”，柜子里一格一格装着本地老品种的种子。
借法很简单，登记一下就能领一小包，秋收后还回同样多的种子就行。
我借了一包“菰塘白皮冬瓜”，是小时候外婆年年种的那种，如今市面上已经很少见了。
管理员说，开馆一年，借出种子九百多包，还回来的有六百多包，还有几位老人主动捐出了家里存了几十年的种子。
今年春天，我的冬瓜苗已经长出四片真叶，等秋天我一定多还几包回去。
""",
    ),
    dict(
        slug="wechat-lanwan-stutter-camp-account",
        site="莼湾言语康复 (invented account mirror)",
        style="公众号镜像",
        genre="通知",
        kind="notice",
        form="text",
        source="https://mp.example-mirror.cn/s/chunwan-yanyu-0701",
        title="暑期青少年口吃矫正团体训练营招募啦",
        record_title="暑期青少年口吃矫正团体训练营招募啦｜莼湾言语康复",
        date="2025-07-01",
        notes="WeChat mirror on one line; account line date; 阅读原文/在看 bar; the notice tells parents to 扫码 and 关注 (kept); the centre's own 报名电话 beside an ad line",
        oneline=True,
        indent="　　",
        page="""
!m 莼湾言语康复 2025-07-01 09:00 发表于莼湾
!t 暑期青少年口吃矫正团体训练营招募啦
{BODY}
!l 阅读原文　　在看 18　　赞 43
!w 商务合作请私信后台，广告位火热招租
""",
        body="""
各位家长朋友：
一年一度的暑期青少年口吃矫正团体训练营开始招募了。
训练营面向九至十六岁存在口吃困扰的青少年，每期十二人，共三期，每期十天。
课程由持证言语治疗师带领，包括呼吸放松、慢速朗读、情景对话和公众表达练习。
报名请扫描文末二维码填写问卷，评估通过后另行通知，也可关注本公众号查看往期营员分享。
报名电话：0739-5521470（工作日9:00—17:30）。
""",
    ),
    dict(
        slug="docshare-xiangcheng-shearing-safety-rules",
        site="易传文档 (invented)",
        style="文档分享",
        genre="制度",
        kind="rules",
        form="html",
        source="https://www.yichuandoc.example.com/p-5532918.html",
        title="芗城县牧场剪羊毛作业安全操作规程",
        record_title="芗城县牧场剪羊毛作业安全操作规程（可编辑）",
        date=None,
        notes="document-sharing reader: decorated title, upload time and views (no date), page markers ⟨2⟩ as paragraphs, paywall line, upload notice",
        pages=dict(fmt="⟨{n}⟩", every=140, start=2),
        page="""
<html><head><meta charset="utf-8"><title>芗城县牧场剪羊毛作业安全操作规程（可编辑）-易传文档</title></head><body>
<div class="logo">⟦m 易传文档 · 海量实用文档在线分享⟧</div>
<h1>⟦t 芗城县牧场剪羊毛作业安全操作规程（可编辑）⟧</h1>
<div class="info">⟦m 上传时间：3天前　浏览：512次　贡献者：牧歌⟧</div>
<div class="btns">⟦a 立即下载⟧ ⟦a 加入收藏⟧ ⟦a 全屏阅读⟧</div>
<div class="reader">
{BODY}
</div>
<div class="lock">⟦a 剩余内容需支付 5 积分后查看全部⟧</div>
<div class="note">⟦d 本站文档由用户自行上传，如涉及版权请联系客服删除。⟧</div>
<ul class="rel"><li>⟦l 羊只药浴操作规程.doc⟧</li><li>⟦l 牧场防火安全制度.doc⟧</li></ul>
</body></html>
""",
        body="""
第一条 为保障剪毛作业人员安全，防止羊只受伤，制定本规程。
第二条 电动剪毛机使用前必须检查电线、插头和接地情况，发现破损立即停用。
第三条 剪毛作业场地应平整干燥，作业时地面铺设防滑垫，严禁赤脚作业。
第四条 剪毛人员须经培训合格后方可上岗，连续作业两小时应休息二十分钟。
第五条 剪毛结束后，须切断电源，清理刀片和剪下的羊毛，登记当日剪毛只数。
""",
    ),
    dict(
        slug="edu-qincheng-school-garden-notice",
        site="蓁州市教育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://jyj.zhenzhou.example.gov.cn/jyxw/2025/0303/1207.html",
        title="关于开展中小学校园种植园劳动教育评选活动的通知",
        record_title="关于开展中小学校园种植园劳动教育评选活动的通知_通知公告_蓁州教育信息网",
        date="2025-03-03",
        notes="education portal: _column_site title; a data table one row a paragraph; document number neutral; font-size row; hit counter",
        page="""
!m 蓁州教育信息网
!m 首页 > 通知公告
!t 关于开展中小学校园种植园劳动教育评选活动的通知
蓁教基〔2025〕9号
!m 作者：基础教育科　时间：2025-03-03　点击：877
!a 【大 中 小】
{BODY}
!l 下一条：关于做好春季学期学生资助工作的通知
!m 蓁州市教育局主办　技术维护：蓁州市电化教育馆
""",
        body="""
各县（市、区）教育局，市直各学校：
为深化劳动教育，推动校园种植园建设，市教育局决定开展中小学校园种植园劳动教育评选活动。
一、评选名额如下：
组别　名额　申报截止
小学组　15个　4月30日
初中组　10个　4月30日
高中组　5个　5月10日
二、评选材料包括种植园建设情况、劳动课程安排和学生种植日志，以电子文档形式报送。
蓁州市教育局
2025年3月3日
""",
    ),
    dict(
        slug="oa-caoling-dumpling-factory-minutes",
        site="蒯岭食品集团OA (invented)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://oa.kuailingfood.example.com/doc/view?id=20250415-0032",
        title="速冻饺子车间食品安全专题会议纪要",
        record_title="内网公文-速冻饺子车间食品安全专题会议纪要",
        date="2025-04-15",
        date_also=["2025-04-14"],
        notes="intranet document view: approval trail (流转记录) and read count; minutes' 时间/地点/主持/参会/记录 lines kept; 印发 date expected, meeting date also accepted",
        page="""
<html><head><meta charset="utf-8"><title>公文查看 - 蒯岭食品集团协同办公平台</title></head><body>
<div class="bar">⟦m 蒯岭食品集团协同办公平台⟧ ⟦m 当前用户：质量部 王蕙⟧ ⟦a 退出登录⟧</div>
<div class="tabs">⟦m 我的待办⟧ ⟦m 公文查阅⟧ ⟦m 通讯录⟧</div>
<h2>⟦t 速冻饺子车间食品安全专题会议纪要⟧</h2>
<div class="meta">⟦m 密级：内部　阅读次数：146⟧</div>
<div class="doc">
{BODY}
</div>
<div class="flow"><h4>⟦m 流转记录⟧</h4><p>⟦m 2025-04-15 09:12 综合办 拟稿⟧</p><p>⟦m 2025-04-15 10:40 分管副总 同意⟧</p></div>
<div class="ops">⟦a 转发⟧ ⟦a 导出PDF⟧ ⟦a 打印⟧</div>
</body></html>
""",
        body="""
时间：2025年4月14日下午3时
地点：集团三楼第二会议室
主持：副总经理 陶立新
参会：质量部、生产部、采购部、速冻车间负责人
记录：王蕙
会议听取了速冻车间一季度食品安全自查情况汇报，研究部署了下一阶段工作。
一、严格原料把关。猪肉、面粉、蔬菜等原料必须查验检疫证明和检测报告，不合格原料一律退回。
二、落实温度控制。速冻隧道出口中心温度须达到零下十八摄氏度，每两小时记录一次。
三、加强人员管理。车间员工每日上岗前须进行健康检查，手部有伤口者不得接触直接入口食品。
蒯岭食品集团综合办公室
2025年4月15日印发
""",
    ),
    dict(
        slug="qa-diyuan-allotment-rent-answer",
        site="问邻里 (invented Q&A)",
        style="问答社区",
        genre="问答",
        kind="answer",
        form="text",
        source="https://www.wenlinli.example.com/q/4471203.html",
        title="租了小区边上的市民菜园，中途不想种了能退租金吗？",
        record_title=None,
        date="2025-05-22",
        notes="no record title; the question as the title; 回答于 byline date; vote bar, a 'not legal advice' note, more answers list",
        page="""
!m 问邻里 > 生活 > 邻里纠纷
{T}
!m 提问者：荻原小陈　｜　浏览 341 次
!m 最佳答案　热心网友“老蔡说法” 回答于 2025-05-22
{BODY}
!l 赞同 27　｜　反对 1　｜　评论 6
!d 以上回答仅代表网友个人观点，不构成专业法律意见。
!l 其他回答（3）
!l 类似问题：菜地被邻居占了怎么办？
""",
        body="""
能不能退，首先要看你签的租种协议怎么约定。
一般市民菜园的协议会写明租期和退租条件，比如提前一个月书面申请、按剩余月份退还部分租金。
如果协议没有约定，可以先和管理方协商，说明自己的实际情况，多数管理方会同意转租给排队的人并退还部分费用。
协商不成的，可以向所在街道或消费者协会反映。
""",
    ),
    dict(
        slug="anthology-xiaohu-tea-art-essay",
        site="薹湖文存 (invented collection)",
        style="个人文集",
        genre="散文",
        kind="essay",
        form="text",
        source="http://www.taihuwencun.example.net/juan3/21.html",
        title="茶席上的慢时光",
        record_title="《薹湖文存》卷三·第21篇｜茶席上的慢时光",
        date=None,
        notes="a retired teacher's collection: chapter prev/next, a 写于 year line (no date), collection header; hard-wrapped at 60 columns",
        wrap=60,
        page="""
!m 薹湖文存 · 卷三 · 茶话
!t 《薹湖文存》卷三·第21篇｜茶席上的慢时光
写于2019年秋
{BODY}
!l ← 第20篇 雨前　　目录　　第22篇 炉边 →
!d 文集内容为作者原创，转载请与作者联系。
""",
        body="""
退休以后，我在社区的茶艺室当了几年义务讲解员，每周二下午，总有七八位老街坊来喝茶。
茶艺室不大，一张长条茶席，几把竹椅，墙上挂着一幅学生送的字：“吃茶去”。
泡一壶茶要先温杯，再投茶，再注水，急不得；大家说说家常，一壶茶喝完，日头也就偏西了。
有人说茶艺是讲究，我倒觉得它是一种耐心，让人在忙乱的日子里停一停。
""",
    ),
]
