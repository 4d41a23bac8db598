"""holdout128, part B: written blind. Invented sites, places, people and numbers."""

CASES = [
    dict(
        slug="blog-shuyi-home-organiser-lecture-html",
        site="书意的收纳小站 (invented)",
        style="博客",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://shuyi-shouna.example.blog/2025/04/lecture-community.html",
        title="在社区家庭收纳公益讲座上的讲稿",
        record_title="在社区家庭收纳公益讲座上的讲稿 | 书意的收纳小站",
        date="2025-04-19",
        notes="personal blog theme: tag cloud, archive, 'like' and 'reward' buttons, comment form; speech title with date line under it (neutral); the talk mentions 分享 as content",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>在社区家庭收纳公益讲座上的讲稿 | 书意的收纳小站</title><link rel="stylesheet" href="/theme.css"></head>
<body><header class="site-header"><p class="site-title">⟦m 书意的收纳小站⟧</p><p class="site-desc">⟦m 把家收拾好，把日子过好⟧</p>
<nav>⟦m 首页 / 收纳笔记 / 讲座稿 / 关于我⟧</nav></header>
<main><article><h1 class="entry-title">⟦t 在社区家庭收纳公益讲座上的讲稿⟧</h1>
<div class="entry-meta">⟦m 书意 · 2025年4月20日 · 约4分钟读完⟧</div>
<p class="sub">（2025年4月19日）</p>
<div class="entry-content">
{BODY}
</div>
<div class="like">⟦a ♡ 喜欢 36　　☕ 请我喝杯茶⟧</div>
<nav class="post-nav">⟦l ← 衣柜换季的三个步骤⟧　⟦l 厨房台面清空计划 →⟧</nav>
<section id="comments"><h3>⟦l 发表回复⟧</h3><p>⟦l 您的电子邮箱地址不会被公开。必填项已用 * 标注⟧</p></section>
</article></main>
<aside><h4>⟦l 标签云⟧</h4><p>⟦l 断舍离 衣橱 儿童房 老人房 整理师⟧</p><h4>⟦l 归档⟧</h4><p>⟦l 2025年四月 2025年三月⟧</p></aside>
<footer>⟦d © 2025 书意的收纳小站 · 文章转载请联系作者⟧</footer></body></html>
""",
        body="""
各位街坊邻居：
大家下午好！很高兴受社区邀请，和大家分享一些家庭收纳的小方法。
很多人觉得家里乱是因为房子小，其实大多数时候是因为东西多、没有固定的位置。
第一个方法叫“先减后收”：把同一类物品全部拿出来，留下常用的，送掉或回收用不上的，再决定放在哪里。
第二个方法叫“就近原则”：东西在哪里用就放在哪里，比如老人的药盒放在床头，孩子的绘本放在矮柜。
第三个方法是给每个抽屉贴上标签，让全家人都知道东西该放回哪里。
收纳不是一次性的大扫除，而是一种生活习惯。希望大家回家试一试，也欢迎把您家的变化分享给左邻右舍。
谢谢大家！
""",
    ),
    dict(
        slug="wechat-miaoxi-cat-cafe-hygiene-pledge",
        site="喵屿猫咖公众号镜像 (invented)",
        style="公众号镜像",
        genre="承诺书",
        kind="other",
        form="text",
        source="https://mp.mirror-reader.example.com/s/miaoyu-catcafe-2025-hygiene",
        title="喵屿猫咖卫生与动物福利承诺书",
        record_title="喵屿猫咖卫生与动物福利承诺书",
        date="2025-05-20",
        notes="WeChat mirror: account line, 原创 tag, 阅读原文/在看/点赞 bar, follow prompt glued after a sentence; the pledge itself speaks of 扫码查看 (kept)",
        page="""
!t 喵屿猫咖卫生与动物福利承诺书
!m 原创　喵屿猫咖　喵屿猫咖　2025-05-20 19:30　发表于江苏
!a 点击上方蓝字“喵屿猫咖”，关注我们不迷路
{BODY}
!l 阅读原文
!l 分享　收藏　点赞 76　在看 12
!l 留言区：还没有留言，快来抢沙发吧
!m 本文镜像自微信公众平台，排版可能与原文略有不同
""",
        body="""
为给顾客提供干净、安心的环境，同时保障店内猫咪的健康与福利，本店郑重承诺：
一、店内每日开业前、打烊后各进行一次全面清洁消毒，猫砂盆每两小时清理一次。⟦a 喜欢这篇文章就点个“在看”吧⟧
二、所有猫咪均按时接种疫苗、定期驱虫，健康档案在前台公示，顾客扫码即可查看。
三、每只猫咪每天营业时间不超过8小时，设置专用休息区，顾客不得进入。
四、饮品制作区与猫咪活动区严格分隔，员工接触猫咪后须洗手消毒方可制作饮品。
欢迎广大顾客监督，意见建议请告知店长。
喵屿猫咖
2025年5月20日
""",
    ),
    dict(
        slug="wechat-kanglu-health-check-notice-html",
        site="康麓体检中心公众号镜像 (invented)",
        style="公众号镜像",
        genre="通知",
        kind="notice",
        form="html",
        source="https://wx.reader-mirror.example.net/a/kanglu-tijian/9a3c1e",
        title="关于2025年度单位团体健康体检预约安排的通知",
        record_title="关于2025年度单位团体健康体检预约安排的通知｜康麓体检中心",
        date="2025-03-03",
        notes="WeChat-style HTML: account card, voice-over of the author, QR follow box, 'like/wow' bar; the notice's own 预约电话 and 邮箱 kept beside the mirror's footer; a table of time slots",
        page="""
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>关于2025年度单位团体健康体检预约安排的通知｜康麓体检中心</title></head>
<body><div class="rich_media">
<h2 class="rich_media_title">⟦t 关于2025年度单位团体健康体检预约安排的通知⟧</h2>
<div class="meta">⟦m 康麓体检中心　2025年03月03日 17:05⟧</div>
<div class="editor">⟦m 编辑｜小麓　审核｜何主任⟧</div>
<div id="js_content">
{BODY}
</div>
<div class="qr">⟦a 长按识别二维码，关注“康麓体检中心”⟧</div>
<div class="bar">⟦l 赞　分享　推荐　写留言⟧</div>
</div>
<div class="mirror-foot">⟦d 本页内容由镜像站自动抓取，著作权归原公众号所有⟧　⟦m mirror id: kl-20250303-01⟧</div>
</body></html>
""",
        body="""
各合作单位：
2025年度团体健康体检将于3月10日起开始预约，现将有关安排通知如下。
一、预约时段
时段　每日可约人数　备注
7:30—9:00　120　空腹项目优先
9:00—11:00　80　女性专科
二、预约方式
请各单位联络员将体检人员名单按模板填写后发送至邮箱tjyy@kanglu.example.com，或拨打预约电话0734-8810265。
三、注意事项
体检前一天晚餐清淡，晚上十点后禁食，体检当日携带身份证原件。
康麓体检中心健康管理部
2025年3月3日
""",
    ),
    dict(
        slug="docshare-yunduo-coal-washing-rules-pages",
        site="云朵文档 (invented)",
        style="文档分享",
        genre="制度",
        kind="rule",
        form="text",
        source="https://www.yunduodoc.example.com/d/8821037.html",
        title="洗煤厂重介洗选车间安全操作规程",
        record_title="洗煤厂重介洗选车间安全操作规程（可编辑版）",
        date=None,
        notes="decorated record title; page markers ⟪n⟫ glued to the continuation; upload notice; no date; decimal headings kept",
        pages=dict(fmt="⟪{n}⟫", every=160, start=2, glue=True),
        page="""
!m 云朵文档 · 好文档都在这里
!m 首页 > 行业资料 > 煤炭 > 安全规程
{T}
!m 贡献者：选煤小白　格式：DOC　大小：46KB　下载：87次
{BODY}
!a 剩余3页未读，继续阅读需消耗5个下载券
!d 本文档由用户分享，仅供学习参考，云朵文档不对其内容真实性负责。
!l 猜你喜欢：浮选车间岗位责任制　压滤机操作规程
""",
        body="""
1 总则
1.1 本规程适用于本厂重介洗选车间全体操作人员。
1.2 操作人员须经安全培训考核合格，持证上岗，严禁酒后上岗。
2 开车前检查
2.1 检查重介旋流器、磁选机、脱介筛等设备是否完好，安全防护罩是否齐全。
2.2 检查介质桶液位和密度，确认合格介质泵运转正常。
3 运行中注意事项
3.1 运行中严禁打开设备检查门，严禁用手触摸转动部位。
3.2 发现设备异响、跑介、堵塞等情况，应立即停车处理，并报告班长。
4 停车
4.1 停车应按逆煤流方向依次进行，停车后清理现场，做好交接班记录。
""",
    ),
    dict(
        slug="docshare-huali-sludge-plan-html",
        site="华砾文档库 (invented)",
        style="文档分享",
        genre="方案",
        kind="plan",
        form="html",
        source="https://doc.huali.example.cn/p/4471209.html",
        title="污水处理厂污泥规范化处置工作方案",
        record_title="污水处理厂污泥规范化处置工作方案.wps",
        date="2024-10-16",
        notes="document-sharing HTML page with file info box, score stars, download buttons, HTML page markers between halves of a cut paragraph; file-name title; 成文日期 in Chinese numerals",
        pages=dict(fmt="— 第{n}页 —", every=180, start=2),
        p_html='<p class="txt">{}</p>',
        page="""
<html><head><meta charset="utf-8"><title>污水处理厂污泥规范化处置工作方案.wps-华砾文档库</title></head><body>
<div class="hd">⟦m 华砾文档库⟧ ⟦a 上传文档　我的文档　开通VIP⟧</div>
<div class="crumbs">⟦m 华砾文档库 ＞ 环保环境 ＞ 水处理⟧</div>
<h1>⟦t 污水处理厂污泥规范化处置工作方案.wps⟧</h1>
<ul class="info"><li>⟦m 文档页数：5页⟧</li><li>⟦m 评分：★★★★☆ 4.3⟧</li><li>⟦m 上传时间：2天前⟧</li></ul>
<div class="btns">⟦a 立即下载⟧ ⟦a 加入文件夹⟧ ⟦a 举报⟧</div>
<div class="doc">
{BODY}
</div>
<div class="tip">⟦a 本文档仅可免费预览部分内容，下载后可查看全部⟧</div>
<div class="similar"><b>⟦l 相似文档⟧</b><p>⟦l 污泥干化焚烧项目可行性研究报告⟧</p><p>⟦l 城镇污水处理厂运行管理制度汇编⟧</p></div>
<div class="ft">⟦d 华砾文档库所有文档均由用户上传，如有侵权请联系删除⟧</div>
</body></html>
""",
        body="""
为规范城镇污水处理厂污泥处理处置，防止二次污染，结合我县实际，制定本方案。
一、工作目标
到2025年底，全县污水处理厂污泥无害化处置率达到95%以上，全面杜绝污泥随意堆放、违规倾倒。
二、主要任务
各污水处理厂要建立污泥产生、运输、处置台账，实行转移联单管理，运输车辆须安装定位装置，做到全程可追溯。
县生态环境部门每季度对污泥处置情况开展一次抽查，对台账不全、去向不明的，责令限期整改。
三、保障措施
县住建局负责统筹协调，县财政局保障污泥处置运行经费。
萩江县住房和城乡建设局
二〇二四年十月十六日
""",
    ),
    dict(
        slug="edu-yanpu-school-chorus-contest-html",
        site="岩浦区教育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.yanpu.example.gov.cn/tzgg/2025/0402/5519.html",
        title="关于举办岩浦区第七届中小学生合唱比赛的通知",
        record_title="关于举办岩浦区第七届中小学生合唱比赛的通知",
        date="2025-04-02",
        record_date="2025-04-02",
        notes="education bureau portal with a login box, a quick-links sidebar and a footer with a 公安备案 number; 附件 list and 联系人/邮箱 kept; 文号 neutral",
        page="""
<html><head><meta charset="utf-8"><title>岩浦区教育局</title></head><body>
<div class="top">⟦m 岩浦区教育局官方网站⟧　⟦a 教师登录　学生登录⟧</div>
<div class="nav">⟦m 首页｜教育动态｜通知公告｜招生考试｜德育天地｜教育督导⟧</div>
<div class="path">⟦m 您现在的位置：首页 ＞ 通知公告⟧</div>
<div class="main">
<h2>⟦t 关于举办岩浦区第七届中小学生合唱比赛的通知⟧</h2>
<div class="meta">⟦m 发布人：体卫艺科　日期：2025-04-02　点击：736⟧</div>
<p class="wh">岩教体艺〔2025〕7号</p>
{BODY}
</div>
<div class="side"><h4>⟦l 快速通道⟧</h4><ul><li>⟦l 教师继续教育平台⟧</li><li>⟦l 学籍管理系统⟧</li><li>⟦l 校车安全监管⟧</li></ul></div>
<div class="footer">⟦m 地址：岩浦区学府路2号　电话：0591-2261880⟧<br>⟦m 闽公网安备35010302000414号⟧</div>
</body></html>
""",
        body="""
各中小学校：
为丰富校园文化生活，提高学生艺术素养，区教育局决定举办岩浦区第七届中小学生合唱比赛。现将有关事项通知如下。
一、比赛时间和地点
5月20日至21日，在区青少年活动中心音乐厅举行。
二、参赛要求
每校限报一支合唱队，人数30至50人，演唱曲目两首，其中一首须为中国作品，时长不超过8分钟。
三、报名方式
请于4月30日前将报名表发送至邮箱ypjytya@163.example.com，联系人：林书涵，电话：0591-2261893。
附件：1.岩浦区第七届中小学生合唱比赛报名表
2.评分细则
岩浦区教育局
2025年4月2日
""",
    ),
    dict(
        slug="edu-songcun-food-poisoning-plan-text",
        site="松村镇中心学校 (invented)",
        style="教育门户",
        genre="预案",
        kind="plan",
        form="text",
        source="http://www.songcunzx.example.edu.cn/aqjy/2024/0902/312.html",
        title="松村镇中心学校食物中毒事故应急预案",
        record_title="松村镇中心学校食物中毒事故应急预案",
        date="2024-09-02",
        notes="school site in text form; numbered sub-lists (（1）（2）) kept; the school's own 报告电话 kept; 发布时间 line is the page's date",
        page="""
!m 松村镇中心学校 — 厚德 笃学 健体 尚美
!m 首页 » 安全教育 » 正文
{T}
!m 发布时间：2024-09-02　作者：总务处　阅读量：329
{BODY}
!a 【打印此页】【返回顶部】
!l 相关文章：校园防溺水安全告家长书 | 学校消防疏散演练方案
!d Copyright © 松村镇中心学校 技术支持：卓课网络
""",
        body="""
一、总则
为迅速、有效处置学校食物中毒事故，最大限度保障师生身体健康和生命安全，制定本预案。
二、组织机构
学校成立食物中毒事故应急处置领导小组，校长任组长，分管副校长任副组长，总务处、食堂、各班主任为成员。
三、处置程序
（1）发现师生出现呕吐、腹痛、腹泻等疑似食物中毒症状，应立即停止食堂供餐，并报告领导小组。
（2）及时将患者送往镇卫生院救治，情况严重的拨打120。
（3）封存剩余食品、留样和加工工具，配合市场监管、疾控部门调查取证。
四、报告电话
学校值班电话：0758-6601122；镇卫生院急诊：0758-6603120。
""",
    ),
    dict(
        slug="intranet-chengtai-auto-repair-minutes",
        site="诚泰汽修内部办公平台 (invented)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://oa.chengtai-auto.example.local/doc/view?id=20250609-07",
        title="诚泰汽修公司6月第二周生产例会纪要",
        record_title="诚泰汽修公司6月第二周生产例会纪要",
        date="2025-06-09",
        notes="intranet export: approval trail and read count; minutes' 时间/地点/主持/参会 lines kept; template placeholder （签字）kept",
        page="""
!m 诚泰汽修 · 协同办公平台 v6.2
!m 公文管理 > 会议纪要 > 查看
{T}
!m 拟稿：行政部 曹晴　审核：吴建国　签发：童立　阅读 42 次
{BODY}
!m 流转记录：2025-06-09 16:20 曹晴 提交 → 16:45 吴建国 同意 → 17:02 童立 签发
!a 导出PDF　打印　转发
!d 内部资料，严禁外传
""",
        body="""
时间：2025年6月9日（星期一）上午8:30
地点：公司二楼会议室
主持：童立
参会：各车间主任、前台接待主管、配件库管理员
记录：曹晴
一、上周工作情况
上周共接待维修车辆186台次，其中保养类97台次、钣喷类41台次，客户返修2台次，均已处理完毕。
二、存在问题
配件库部分常用滤芯缺货，影响保养交车时间；钣喷车间烤漆房排风机噪声偏大。
三、本周安排
1. 配件库当天补齐滤芯库存，并建立常用件最低库存预警。
2. 设备员联系厂家检修排风机，周三前完成。
3. 前台做好夏季空调检测活动的客户告知。
各部门负责人确认：（签字）
""",
    ),
    dict(
        slug="intranet-beilin-protective-equipment-rules-html",
        site="北林化纤内网 (invented)",
        style="企业内网",
        genre="制度",
        kind="rule",
        form="html",
        source="http://portal.beilinhx.example.local/zhidu/anquan/0317.jsp",
        title="劳动防护用品配备和发放管理办法",
        record_title="劳动防护用品配备和发放管理办法",
        date="2025-03-17",
        notes="intranet document view with sidebar of departments, login name, 'mark as read' and print actions; chapter/article structure; standard table rows kept; no record date (成文日期 at end)",
        page="""
<html><head><meta charset="utf-8"><title>北林化纤门户</title></head><body>
<div class="userbar">⟦m 当前用户：安环部 俞晓帆｜注销⟧</div>
<div class="menu">⟦m 门户首页　规章制度　通知公告　流程审批　知识库⟧</div>
<div class="left"><ul><li>⟦l 安全环保⟧</li><li>⟦l 人力资源⟧</li><li>⟦l 财务管理⟧</li><li>⟦l 生产技术⟧</li></ul></div>
<div class="doc">
<div class="doctitle">⟦t 劳动防护用品配备和发放管理办法⟧</div>
<div class="docinfo">⟦m 制度编号：BLHX-AH-012　版本：C/1　发布部门：安环部⟧</div>
{BODY}
<div class="ops">⟦a 标记为已读　打印　下载附件⟧</div>
<div class="read">⟦m 已阅 318 人 / 未阅 57 人⟧</div>
</div>
<div class="copy">⟦d 本系统仅限公司内部使用⟧</div>
</body></html>
""",
        body="""
第一条　为保障员工在生产过程中的安全和健康，规范劳动防护用品的配备和发放，制定本办法。
第二条　劳动防护用品按岗位风险配备，主要岗位配备标准如下：
岗位　配备用品　发放周期
纺丝工　防烫手套、防护眼镜　3个月
化验员　防酸碱手套、防护面屏　6个月
叉车司机　安全帽、防滑鞋　12个月
第三条　各车间每月25日前向安环部报送下月需用计划，安环部审核后由物资供应部统一采购。
第四条　员工领用劳动防护用品须本人签字，严禁以发放现金代替劳动防护用品。
第五条　本办法自发布之日起施行。
北林化纤有限公司
2025年3月17日
""",
    ),
    dict(
        slug="qa-wenyou-old-age-allowance-answer",
        site="问友社区 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://www.wenyou.example.com/question/20418833",
        title="父亲今年满80岁了，高龄津贴怎么申请？",
        record_title="父亲今年满80岁了，高龄津贴怎么申请？ - 问友社区",
        date=None,
        notes="Q&A page: asker meta, best-answer badge, answerer card, votes, 'answered 2 hours ago' is not a date; numbered steps kept; a 民政 hotline in the answer kept beside the site's report phone",
        page="""
!m 问友社区 · 有问必有友
{T}
!m 提问者：wy_7703　3人关注　浏览 1640 次
!m ✔ 最佳答案
!m 回答者：社工小蔡　民政领域答主　2小时前
{BODY}
!l 👍 有用 58　　👎 无用 2　　评论 4
!l 其他 3 条回答 ▼
!l 相关问题：高龄津贴可以补发吗？　异地居住能领高龄津贴吗？
!m 违规内容举报：400-660-1017
""",
        body="""
您好，各地政策略有不同，一般流程如下：
1. 准备材料：老人身份证、户口簿、一寸照片和本人银行卡（或社保卡）。
2. 到户籍所在地的村（居）委会或乡镇（街道）便民服务中心提交申请，有的地方也可以在政务服务网上办理。
3. 乡镇（街道）审核后报县级民政部门审批，审批通过后次月起按月发放。
80至89周岁的标准多数地区在每月50元到100元之间，具体以当地为准。
如有疑问，可以拨打当地民政局的咨询电话，或者直接拨打12345政务服务热线问一问。
""",
    ),
    dict(
        slug="qa-chedong-4s-maintenance-dispute-html",
        site="车懂问答 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://ask.chedong.example.com/q/551902.html",
        title="4S店保养时多换了零件没告诉我，能要求退钱吗？",
        record_title=None,
        date=None,
        notes="car Q&A HTML without a record title; title from h1; answers with votes, follow button, ad slot, login prompt; the law article quoted kept",
        page="""
<html><head><meta charset="utf-8"><title>4S店保养时多换了零件没告诉我，能要求退钱吗？_车懂问答</title></head><body>
<div class="head">⟦m 车懂问答⟧ ⟦a 登录后提问⟧</div>
<div class="crumb">⟦m 车懂 › 问答 › 维修保养⟧</div>
<h1>⟦t 4S店保养时多换了零件没告诉我，能要求退钱吗？⟧</h1>
<div class="qmeta">⟦m 车型：某品牌紧凑型SUV　提问于 昨天 21:08⟧ ⟦a + 关注问题⟧</div>
<div class="answer">
<div class="who">⟦m 律师 阎舒朗　已认证　帮助过 2.3万人⟧</div>
{BODY}
<div class="vote">⟦l 赞同 214　反对 3　收藏　举报⟧</div>
</div>
<div class="ad">⟦a 广告　汽车保养套餐低至199元，点击领券⟧</div>
<div class="more">⟦l 查看全部 9 个回答⟧</div>
</body></html>
""",
        body="""
可以。4S店未经您同意擅自更换零件并收费，侵犯了您的知情权和选择权。
根据消费者权益保护法的规定，消费者享有自主选择商品或者服务的权利，经营者不得强制或者变相强制消费者接受服务。
建议您这样做：先保存好维修委托书、结算单和付款记录，与4S店协商退还未经同意更换零件的费用；协商不成的，可以向当地消费者协会投诉，或者拨打12315。
以后保养时，最好在维修委托书上写明“增加项目须经本人电话确认”。
""",
    ),
]
