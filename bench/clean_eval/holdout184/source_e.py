"""holdout184, part E: padded winter door curtains (棉门帘、防风门帘) — makers, schools,
shops, clinics and the fire rules about them. Invented text (sites, places, people, URLs)."""

CASES = [
    dict(
        slug="download-xuefeng-curtain-workshop-safety-plan",
        site="雪峰资料网 (invented)",
        style="资料下载站",
        genre="方案",
        kind="plan",
        form="text",
        source="http://www.xuefengzl.example.net/down/11203.html",
        title="棉门帘加工作坊冬季消防安全工作方案",
        record_title="棉门帘加工作坊冬季消防安全工作方案.doc下载_雪峰资料网",
        date="2025-11-03",
        notes="download station text: file-info lines, download links, unzip password, an error report line; date under the signature",
        page="""
!m 雪峰资料网 — 免费资料下载
!m 资料类别：安全方案　文件大小：31KB　更新时间：2025-11-08
!t 棉门帘加工作坊冬季消防安全工作方案
{BODY}
!a ↓ 本地下载　↓ 网通下载　↓ 电信下载
!a 解压口令：xuefeng
!a 下载出错？请点这里反馈
""",
        body="""
为做好冬季棉门帘生产旺季的消防安全工作，结合作坊实际，制定本方案。
一、重点部位。弹棉区、缝制区和成品仓库是防火重点部位，严禁吸烟和使用明火。
二、主要措施。（一）每天收工前由班长检查电源、缝纫机电机是否关闭；（二）成品堆放距离照明灯具不少于五十厘米；（三）配齐灭火器，每月检查一次压力。
三、应急处置。发生火情时，立即切断电源，组织人员从东侧安全出口疏散，并拨打119报警。
北关棉纺制品作坊
2025年11月3日
""",
    ),
    dict(
        slug="exam-beiguan-school-logistics-interview-html",
        site="北关市人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="http://rsks.beiguan.example.gov.cn/tzgg/2025/1201/511.html",
        title="北关市教育系统后勤保障岗位招聘笔试公告",
        record_title=None,
        date="2025-12-01",
        notes="personnel-exam HTML: no record title, the title in the page heading, timetable, sentences on 打印 准考证 kept, the committee's phone beside the site's technical line",
        page="""
<html><head><meta charset="utf-8"><title>北关市人事考试网</title></head>
<body>
<div class="hd">⟦m 北关市人事考试网　公平 公正 高效⟧</div>
<div class="nav">⟦m 首页 | 考试公告 | 报名入口 | 成绩查询 | 证书办理⟧</div>
<div class="notice">⟦d 请考生以本网站发布的信息为准，谨防虚假培训广告。⟧</div>
<h3>北关市教育系统后勤保障岗位招聘笔试公告</h3>
<div class="info">⟦m 发布人：考务科　时间：2025-12-01⟧</div>
<div class="con">
{BODY}
</div>
<div class="ft">⟦m 考生报名系统技术咨询：0476-8221090⟧ ⟦m 蒙ICP备10033126号⟧</div>
</body></html>
""",
        body="""
北关市教育系统2025年公开招聘后勤保障岗位工作人员笔试定于12月14日举行，现将有关事项公告如下：
科目　时间　地点
综合知识　12月14日9:00-11:00　北关市第三中学
岗位技能　12月14日14:00-15:30　北关市第三中学
考生须于12月10日至13日登录报名系统下载打印准考证。
考场教室门口已加装防风棉门帘，请考生进出时随手放下，保持考场温度。
咨询电话：0476-8236115（市教育局人事科）
""",
    ),
    dict(
        slug="tender-beiguan-school-curtains-inquiry-html",
        site="北关公共资源交易平台 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://ggzy.beiguan.example.gov.cn/jyxx/2025/1020/24719.html",
        title="北关市第二小学教室防风门帘采购询价公告",
        record_title="北关市第二小学教室防风门帘采购询价公告_北关公共资源交易平台",
        date="2025-10-20",
        notes="tender HTML: countdown, lots table, sentence on 下载 inquiry files kept, purchaser and agency contacts beside the CA hotline",
        page="""
<html><head><meta charset="utf-8"><title>北关市第二小学教室防风门帘采购询价公告_北关公共资源交易平台</title>
<script>setInterval(function(){},1000);</script></head>
<body>
<div class="hd">⟦m 北关公共资源交易平台⟧ ⟦a 投标人登录 | 注册⟧</div>
<div class="crumb">⟦m 交易信息 » 政府采购 » 询价公告⟧</div>
<h1>⟦t 北关市第二小学教室防风门帘采购询价公告⟧</h1>
<div class="meta">⟦m 发布时间：2025-10-20　项目编号：BGCG2025-1188⟧</div>
<div class="count">⟦a 距报价截止还剩：6天 03时 11分⟧</div>
<div class="content">
{BODY}
</div>
<div class="ca">⟦m CA数字证书服务热线：400-012-3366⟧</div>
<div class="ft">⟦d 北关公共资源交易中心 版权所有⟧</div>
</body></html>
""",
        body="""
北关市第二小学拟采购教室防风门帘一批，欢迎符合条件的供应商参加报价。
包号　品目　数量　最高限价（元）
1　加厚棉门帘（含磁吸条）　48樘　19200
2　PVC透明挡风门帘　12樘　4800
供应商请于10月27日前在平台下载询价文件，报价截止时间为10月27日9时30分。
采购人：北关市第二小学　联系人：包老师　电话：0476-8250317
代理机构：北关鼎信招标有限公司　联系人：那日苏　电话：0476-8279020
""",
    ),
    dict(
        slug="lawfirm-zhengbei-curtain-injury-liability-html",
        site="正北律师事务所 (invented)",
        style="律所网站",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.zhengbeilaw.example.com/shuofa/2025/76.html",
        title="顾客被商场门帘挂钩划伤，商场要担责吗",
        record_title="律师说法丨顾客被商场门帘挂钩划伤，商场要担责吗",
        date=None,
        notes="law firm HTML: decorated record title, consult float, lawyer card, not-legal-advice notice, related list; no date",
        page="""
<html><head><meta charset="utf-8"><title>律师说法丨顾客被商场门帘挂钩划伤，商场要担责吗</title></head>
<body>
<div class="hd">⟦m 正北律师事务所⟧ ⟦m 专业 · 诚信 · 高效⟧</div>
<div class="nav">⟦m 首页 律所简介 专业团队 律师说法 联系我们⟧</div>
<h1>⟦t 顾客被商场门帘挂钩划伤，商场要担责吗⟧</h1>
<div class="lawyer">⟦m 撰文：齐悦 律师　执业年限 9 年　擅长：人身损害赔偿⟧</div>
<div class="article">
{BODY}
</div>
<div class="tip">⟦d 本文为普法内容，不作为具体案件的处理依据。⟧</div>
<div class="float">⟦w 免费咨询 · 电话 0476-8200567 · 微信同号⟧</div>
<div class="rel">⟦l 律师说法更多：冬季路面结冰摔伤谁负责 | 小区门禁夹伤儿童怎么赔⟧</div>
</body></html>
""",
        body="""
冬天，不少商场、超市门口挂上了厚重的棉门帘。如果门帘挂钩松脱或者门帘边缘的金属件划伤顾客，商场要不要承担责任？
根据民法典的规定，宾馆、商场等经营场所的经营者、管理者未尽到安全保障义务，造成他人损害的，应当承担侵权责任。
也就是说，商场对门帘的安装、检查和维护负有安全保障义务。如果商场没有定期检查，导致挂钩松脱伤人，就要承担赔偿责任；顾客自己打闹拉扯门帘受伤的，可以减轻商场的责任。
""",
    ),
    dict(
        slug="community-xiguan-shared-curtains-repair-html",
        site="西关社区服务网 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.xiguansq.example.com/gg/2025/1105/203.html",
        title="关于为独居老人免费更换单元门棉门帘的通知",
        record_title="关于为独居老人免费更换单元门棉门帘的通知 - 西关社区服务网",
        date="2025-11-05",
        notes="residents' HTML: weather widget, grid box, the community phone beside the property line, a 回执 with blanks",
        page="""
<html><head><meta charset="utf-8"><title>关于为独居老人免费更换单元门棉门帘的通知 - 西关社区服务网</title></head>
<body>
<div class="top">⟦m 西关社区服务网⟧ ⟦m 北关 晴 -6℃～3℃⟧</div>
<div class="nav">⟦m 社区首页 · 社区公告 · 办事指南 · 志愿服务⟧</div>
<h2>⟦t 关于为独居老人免费更换单元门棉门帘的通知⟧</h2>
<div class="meta">⟦m 发布：西关社区居委会　2025-11-05　浏览 178⟧</div>
<div class="text">
{BODY}
</div>
<div class="grid">⟦m 网格长：乌兰　手机 13947612208⟧</div>
<div class="wy">⟦m 物业维修热线：0476-8266600⟧</div>
<div class="msg">⟦l 我要留言 ｜ 留言列表（0）⟧</div>
</body></html>
""",
        body="""
各位居民：
为帮助辖区独居老人温暖过冬，社区联合爱心企业为独居老人家庭免费更换入户门棉门帘，并为老旧单元门加装挡风门帘。
需要更换的老人或其家属，请于11月15日前到社区服务站登记，也可拨打社区电话0476-8231509预约上门测量。
回执：老人姓名______　住址______栋______单元______号　联系电话__________
西关社区居民委员会
2025年11月5日
""",
    ),
    dict(
        slug="assoc-textile-curtain-makers-selfdiscipline-pledge",
        site="北关市家纺行业协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="text",
        source="https://www.bgjfxh.example.org.cn/xhdt/2025/1012/97.html",
        title="棉门帘生产企业质量诚信自律倡议书",
        record_title="【协会倡议】棉门帘生产企业质量诚信自律倡议书",
        date="2025-10-12",
        notes="association text: decorated record title, member hotline in the footer, numbered list, the association's own contact and mailbox kept",
        page="""
!m 北关市家纺行业协会
!m 首页 / 协会动态 / 倡议书
!t 棉门帘生产企业质量诚信自律倡议书
!m 时间：2025年10月12日　来源：秘书处
{BODY}
!m 会员服务电话：0476-8290011　地址：北关市纺织大厦6层
!l 【返回顶部】　【关闭窗口】
""",
        body="""
全市棉门帘生产会员企业：
每到冬季，棉门帘市场需求旺盛，个别企业用黑心棉、再生棉充当新棉，损害了行业声誉。为此，我们倡议：
1. 坚持使用合格原料，不以次充好，不使用来源不明的回收棉絮。
2. 如实标注填充物成分和重量，不虚标、不夸大。
3. 主动接受市场监管部门和消费者监督，发现问题及时整改。
请各会员企业签署承诺书后交回协会秘书处，联系人：白秘书，电话：0476-8291357，邮箱：jfxh@bgjfxh.example.org.cn。
北关市家纺行业协会
2025年10月12日
""",
    ),
    dict(
        slug="company-nuanfeng-fire-retardant-curtain-launch-html",
        site="暖风家纺有限公司 (invented)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.nuanfengjf.example.com/news/2025/1115.html",
        title="暖风家纺推出阻燃型保温门帘",
        record_title="暖风家纺推出阻燃型保温门帘-暖风家纺",
        date="2025-11-15",
        notes="company HTML: online-service float, a dotted company date line, a spec table, an after-sales line beside the 400 order line",
        page="""
<html><head><meta charset="utf-8"><title>暖风家纺推出阻燃型保温门帘-暖风家纺</title></head>
<body>
<div class="hd">⟦m 暖风家纺 NUANFENG⟧ ⟦m 关于我们 · 产品中心 · 新闻资讯 · 联系我们⟧</div>
<h1>⟦t 暖风家纺推出阻燃型保温门帘⟧</h1>
<div class="date">⟦m 2025.11.15⟧</div>
<div class="news">
{BODY}
</div>
<div class="kf">⟦w 在线客服 ☎ 订购热线 400-700-5806⟧</div>
<div class="ft">⟦d © 2025 暖风家纺有限公司⟧ ⟦m 蒙ICP备21000477号-1⟧</div>
</body></html>
""",
        body="""
近日，暖风家纺研发的阻燃型保温门帘正式投产，主要面向学校、医院、商场等人员密集场所。
该产品面料经阻燃处理，离火后自熄，填充层采用新棉与保温棉复合结构。
型号　规格（厘米）　阻燃等级
NF-Z1　90×210　B1级
NF-Z2　120×220　B1级
公司售后服务电话：0476-8310228。
""",
    ),
    dict(
        slug="training-ruifeng-sewing-course-curtains",
        site="瑞丰职业技能培训学校 (invented)",
        style="培训机构",
        genre="简章",
        kind="other",
        form="text",
        source="https://www.ruifengpx.example.com/zs/2025/dongji.html",
        title="冬季棉门帘缝制技能培训班招生简章",
        record_title="冬季棉门帘缝制技能培训班招生简章 - 瑞丰职业技能培训学校",
        date=None,
        notes="training school text: a promo line, a course table, the school's 报名电话 beside a 400 line, a free-trial button; no date",
        page="""
!m 瑞丰职业技能培训学校　｜　学一技之长 走致富之路
!a 限时福利：报名即送缝纫工具包一套！
!t 冬季棉门帘缝制技能培训班招生简章
{BODY}
!w 全国招生热线 400-660-2019
!a 立即报名　　免费试学
""",
        body="""
为帮助农村富余劳动力和城镇失业人员掌握一门实用手艺，我校开设冬季棉门帘缝制技能培训班。
课程　内容　课时
基础缝纫　缝纫机使用与保养　16
门帘制作　量尺、裁剪、铺棉、绗缝　32
经营指导　定价、接单与售后　8
培训对象：年满18周岁、有劳动能力的城乡居民，符合条件的可申请职业培训补贴。
报名电话：0476-8388126（阿老师）
""",
    ),
    dict(
        slug="app-wenqiao-speech-heating-season-html",
        site="文巧写作APP (invented)",
        style="范文APP",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://m.wenqiao.example.com/share/art/5520137",
        title="在全镇冬季供暖保障和防寒工作会议上的讲话",
        record_title="在全镇冬季供暖保障和防寒工作会议上的讲话（精选）｜文巧写作",
        date="2025-11-12",
        notes="writing app H5 share HTML: open-in-app banner, speaker and Chinese-numeral date under the title (neutral / date), an AI-rewrite button glued after a sentence, a member unlock line",
        page="""
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>在全镇冬季供暖保障和防寒工作会议上的讲话（精选）｜文巧写作</title></head>
<body>
<div class="banner">⟦a 打开文巧APP 阅读体验更佳⟧</div>
<h1>⟦t 在全镇冬季供暖保障和防寒工作会议上的讲话⟧</h1>
<p class="sub">镇长　孟庆华</p>
<p class="sub">（二〇二五年十一月十二日）</p>
<div class="content">
{BODY}
</div>
<div class="vip">⟦a 开通会员，无限次下载与改写⟧</div>
<div class="more">⟦l 更多相似范文 ›⟧</div>
</body></html>
""",
        body="""
同志们：
今天召开会议，主要是对全镇冬季供暖保障和防寒工作进行安排部署。
一要保供暖。各村要对困难群众取暖情况逐户摸排，确保煤炭和取暖设备及时发放到位。⟦a ✦ AI一键改写本段⟧
二要防寒潮。学校、卫生院、敬老院要提前挂好棉门帘、封好窗户，做好防寒准备。
三要保安全。入户宣传煤烟中毒防范知识，提醒群众棉门帘不要挂得太严，保持室内通风。
同志们，冬季防寒工作关系群众冷暖，务必抓细抓实。
""",
    ),
    dict(
        slug="gkforum-interview-curtain-complaint-html",
        site="考公上岸论坛 (invented)",
        style="公考论坛",
        genre="面试",
        kind="other",
        form="html",
        source="https://bbs.kaogong.example.com/forum.php?mod=viewthread&tid=51077",
        title="群众反映菜市场门帘太厚挡视线，你作为工作人员怎么处理？",
        record_title="[面试真题] 群众反映菜市场门帘太厚挡视线，你作为工作人员怎么处理？ - 面试交流 - 考公上岸论坛",
        date=None,
        notes="exam forum HTML: decorated record title, floor meta with relative time, jammer fonts, rating box; no date",
        p_html='<div class="t_f">{}</div>',
        junk=dict(lines=1, glued=2),
        page="""
<html><head><meta charset="utf-8"><title>[面试真题] 群众反映菜市场门帘太厚挡视线，你作为工作人员怎么处理？ - 面试交流 - 考公上岸论坛</title></head>
<body>
<div id="hd">⟦m 考公上岸论坛⟧ ⟦a 登录 | 注册 | 签到领积分⟧</div>
<div id="pt">⟦m 首页 › 面试交流 › 真题解析⟧</div>
<h1>⟦t [面试真题] 群众反映菜市场门帘太厚挡视线，你作为工作人员怎么处理？⟧</h1>
<div class="pi">⟦m 楼主 上岸小海豚 发表于 7 小时前⟧</div>
{BODY}
<div class="rate">⟦l 评分 参与人数 3 威望 +6⟧</div>
<div class="fastre">⟦l 发表回复 回帖后跳转到最后一页⟧</div>
</body></html>
""",
        body="""
参考答案：
首先，我会到菜市场实地查看，了解门帘的安装位置、厚度以及进出人员的通行情况，确认是否存在安全隐患。
其次，与市场管理方沟通，建议将不透明的棉门帘更换为透明的保温门帘，或者在门帘中间开设观察窗，既保暖又不挡视线。
最后，对整改情况进行回访，并把处理结果及时反馈给反映问题的群众。
""",
    ),
    dict(
        slug="wiki-menlian-padded-curtain-entry",
        site="知点百科问答 (invented)",
        style="百科问答",
        genre="词条",
        kind="other",
        form="text",
        source="https://www.zhidian.example.com/wiki/棉门帘",
        title="棉门帘",
        record_title="棉门帘_知点百科",
        date=None,
        notes="encyclopaedia text: contents box, edit and history links, a 'last edit' relative time, references; no date",
        page="""
!m 知点百科
!a 编辑　|　历史　|　收藏词条
!t 棉门帘
!l 目录：1 概述　2 形制　3 使用
{BODY}
!l 参考资料　[1] 《北方民居生活用品考》
!m 本词条最近由网友“北地行者”于 1 个月前编辑
!d 百科内容仅供参考，请以权威资料为准
""",
        body="""
棉门帘是中国北方地区冬季挂在门口用于挡风保暖的门帘，通常以布面夹棉絮缝制而成。
传统棉门帘多用蓝布、黑布作面，中间絮棉，四周包边，上端缝有穿杆用的布套，下端常加一根木条使其垂直不飘。
近年来，商场、医院等公共场所多改用透明塑料门帘或带观察窗的保温门帘。
使用棉门帘时应注意不要遮挡安全出口标志，并定期检查悬挂是否牢固。
""",
    ),
    dict(
        slug="netdisk-baiyun-kindergarten-curtain-checklist-html",
        site="白云盘 (invented)",
        style="网盘分享",
        genre="制度",
        kind="rule",
        form="html",
        source="https://pan.baiyunpan.example.com/share/8xYt2Lq0",
        title="幼儿园冬季防寒设施安全检查表",
        record_title="幼儿园冬季防寒设施安全检查表.wps",
        date=None,
        notes="cloud-drive preview HTML: file-name record title, file heading, share info with expiry, save/download buttons, a checklist table; no date",
        page="""
<html><head><meta charset="utf-8"><title>幼儿园冬季防寒设施安全检查表.wps - 白云盘</title></head>
<body>
<div class="hd">⟦m 白云盘⟧ ⟦a 登录 | 注册⟧</div>
<div class="file">⟦m 幼儿园冬季防寒设施安全检查表.wps　18KB⟧</div>
<div class="share">⟦m 分享人：小太阳幼教　分享于 3 天前　有效期：永久⟧</div>
<div class="btn">⟦a 保存到网盘⟧ ⟦a 下载（需登录）⟧</div>
<div class="preview">
{BODY}
</div>
<div class="ft">⟦d 白云盘提醒：请勿上传、分享违法违规内容⟧</div>
</body></html>
""",
        body="""
为保障幼儿冬季在园安全，各班每周五对防寒设施进行一次检查，检查结果报园办公室。
检查项目　检查要求
棉门帘　悬挂牢固，底部离地不少于5厘米，不遮挡视线观察窗
取暖器　有防护罩，远离床铺和窗帘
窗户　密封条完好，能正常开启通风
检查中发现的问题，班级不能自行处理的，应当天报告后勤主任。
""",
    ),
    dict(
        slug="snapshot-beiguan-fire-brigade-curtain-warning",
        site="搜索引擎快照 (invented)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="text",
        source="https://kuaizhao.example.com/?url=http://xf.beiguan.example.gov.cn/tz/2025/1128.html",
        title="关于冬季门帘遮挡安全出口问题的消防提示",
        record_title="关于冬季门帘遮挡安全出口问题的消防提示 - 快照",
        date="2025-11-28",
        notes="text-only search cache: cache banner with crawl time, highlighted keywords line, the original site's name and footer, a numbered list, date under the signature",
        page="""
!m 您查看的是 http://xf.beiguan.example.gov.cn/tz/2025/1128.html 的网页快照，快照生成时间：2025-12-06 05:12:44
!a 原网页可能已经更新或删除，点此访问原始网页
!m 以下关键词已高亮：门帘 安全出口
!m 北关市消防救援支队
!t 关于冬季门帘遮挡安全出口问题的消防提示
{BODY}
!m 北关市消防救援支队　地址：北关市安宁路3号
""",
        body="""
近期，我支队在检查中发现，部分商场、餐馆、网吧在安全出口处悬挂厚重棉门帘，有的还用胶带将门帘四周封死，严重影响紧急情况下人员疏散。
为此，特作如下提示：
1. 安全出口、疏散通道处悬挂的门帘不得遮挡疏散指示标志和应急照明灯。
2. 门帘应便于推开，严禁用钉子、胶带等固定门帘四周。
3. 宜选用透明、阻燃材质的保温门帘。
北关市消防救援支队
2025年11月28日
""",
    ),
    dict(
        slug="docshare-fenxiang-clinic-curtain-request",
        site="分享文档网 (invented)",
        style="文档分享",
        genre="请示",
        kind="request",
        form="text",
        source="https://www.fenxiangdoc.example.com/doc/20951173.html",
        title="关于申请购置卫生院门诊防风门帘经费的请示",
        record_title="关于申请购置卫生院门诊防风门帘经费的请示.pdf",
        date="2025-10-28",
        notes="document-sharing page: file-name record title, page info and buttons, upload notice, a glued page marker of my own (`⌗2`) cutting a sentence",
        indent="\u3000\u3000",
        pages=dict(fmt="⌗{n}", every=70, start=2, glue=True),
        page="""
!m 分享文档网 ▸ 公文写作 ▸ 请示
!m 关于申请购置卫生院门诊防风门帘经费的请示.pdf　　2页　　上传者：乡村卫生人
!a 下载本文档　　加入收藏　　分享
{BODY}
!d 文档为用户分享，本站不对内容负责；如有侵权，请发送邮件至平台处理。
""",
        body="""
县卫生健康局：
我院门诊大楼共有出入口四处，现有门帘多为十年前购置的旧棉门帘，破损严重，保温效果差，冬季门诊大厅温度经常低于十度，患者和医务人员反映强烈。
为改善就诊环境，我院拟购置透明保温防风门帘十二樘，预计需要经费一万零八百元，因院内资金紧张，特申请县局给予补助。
妥否，请批示。
白塔乡卫生院
2025年10月28日
""",
    ),
]
