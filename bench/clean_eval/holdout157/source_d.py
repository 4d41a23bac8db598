"""holdout157, part D: lion-head goose farms and window security grilles (escape windows).
Invented text (sites, places, people, numbers); see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="oa-goose-farm-disease-plan-html",
        site="瑄田粤丰禽业集团内网 (invented)",
        style="企业内网",
        genre="方案",
        kind="plan",
        form="html",
        source="http://oa.yuefengqy.example.local/gw/detail.jsp?docid=20250311",
        title="狮头鹅种鹅场春季防疫工作方案",
        record_title="内网资讯-狮头鹅种鹅场春季防疫工作方案",
        date="2025-03-11",
        notes="intranet document view: 密级, 流转记录, read counts, 下载正文/打印 buttons; decimal headings kept",
        page="""
<html><head><meta charset="utf-8"><title>内网资讯-狮头鹅种鹅场春季防疫工作方案</title></head><body>
<div class="sys">⟦m 粤丰禽业协同办公系统　欢迎您：养殖二场 卢振⟧ ⟦a 退出⟧</div>
<div class="path">⟦m 公文中心 &gt; 发文查看⟧</div>
<table class="doc"><tr><td>⟦m 密级：内部⟧</td><td>⟦m 阅读人数：143⟧</td></tr></table>
<h2>⟦t 狮头鹅种鹅场春季防疫工作方案⟧</h2>
<p>粤丰禽〔2025〕9号</p>
{BODY}
<div class="btns">⟦a 下载正文⟧ ⟦a 打印⟧ ⟦a 转发⟧</div>
<div class="flow">⟦l 流转记录：技术部 拟稿 → 分管副总 审核 → 各养殖场 已签收⟧</div>
</body></html>
""",
        body="""
为做好春季种鹅防疫工作，确保种鹅产蛋期健康稳定，制定本方案。
1 免疫安排
1.1 种鹅在开产前完成小鹅瘟、禽流感疫苗加强免疫。
1.2 免疫后二十一天抽血检测抗体，合格率低于百分之八十的补免。
2 生物安全
2.1 鹅场实行封闭管理，外来车辆一律在场外消毒点洗消。
2.2 水池每周换水一次，防止野鸟进入鹅群活动区域。
3 责任落实
各养殖场场长为第一责任人，技术部每月开展一次督导检查。
集团技术部
2025年3月11日
""",
    ),
    dict(
        slug="tender-grille-removal-result",
        site="琨岭市政府采购网 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://zfcg.kunling.example.gov.cn/cggg/zbgg/2025/6630.html",
        title="琨岭市老旧小区防盗窗改造（逃生窗）项目中标结果公告",
        record_title="【中标公示】琨岭市老旧小区防盗窗改造（逃生窗）项目中标结果公告",
        date="2025-09-22",
        notes="tender text: bid result table kept, the purchaser's and agency's contacts kept, a CA hotline and a 我要质疑 button as chrome",
        page="""
!m 琨岭市政府采购网
!m 采购公告 > 中标（成交）结果公告
{T}
!m 发布时间：2025-09-22 16:40
{BODY}
!a 我要质疑　　收藏　　打印
!w 电子卖场客服：400-9911-037
""",
        body="""
一、项目编号：KLCG-2025-0417
二、项目名称：琨岭市老旧小区防盗窗改造（逃生窗）项目
三、中标信息
包号　中标供应商　中标金额（元）
1　琨岭安居门窗工程有限公司　1862400.00
2　琨岭恒固建筑装饰有限公司　1537800.00
四、公告期限：自本公告发布之日起1个工作日。
五、联系方式
采购人：琨岭市住房和城乡建设局　联系人：梁先生　电话：0738-2231769
采购代理机构：琨岭华诚招标代理有限公司　联系人：章女士　电话：0738-2650018
""",
    ),
    dict(
        slug="community-escape-window-initiative",
        site="珉溪街道桂苑社区 (invented)",
        style="社区网站",
        genre="倡议书",
        kind="letter",
        form="text",
        source="https://www.guiyuansq.example.cn/dongtai/804.html",
        title="关于防盗窗预留逃生口的倡议书",
        record_title="关于防盗窗预留逃生口的倡议书-桂苑社区",
        date="2025-11-09",
        notes="residents' site: 网格员 contact prompt glued after a sentence, a 点赞 bar, the community's own 报名电话 kept",
        page="""
!m 桂苑社区　幸福家园
!m 社区首页 > 社区公告
{T}
!m 发布：社区居委会　2025-11-09　阅读 226
{BODY}
!l 👍 点赞 18　💬 评论 3
!l 上一条：关于冬季供暖试水的通知
""",
        body="""
亲爱的居民朋友们：
全封闭的防盗窗一旦遇到火灾，就会变成困住自己的“铁笼子”。
为此，社区倡议：安装防盗窗时，每户至少预留一个可从内部开启的逃生口。⟦w 有疑问可私信您所在网格的网格员⟧
已安装全封闭防盗窗的家庭，可参加社区组织的免费改造，名额六十户。
报名电话：0734-6612093，报名截止时间为11月30日。
桂苑社区居民委员会
2025年11月9日
""",
    ),
    dict(
        slug="corp-goose-brand-news",
        site="瑭水鹅香食品有限公司 (invented)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.exiangfood.example.com/news/2025/12/186.html",
        title="鹅香食品狮头鹅全产业链项目投产",
        record_title="鹅香食品狮头鹅全产业链项目投产 - 企业新闻 - 鹅香食品",
        date="2025-12-16",
        notes="company site text: 全国招商热线 and 天猫旗舰店 chrome; title repeated; 在线留言 action",
        page="""
!m 鹅香食品　百年卤鹅 匠心传承
!w 全国招商热线：400-155-6618
!m 首页 / 新闻中心 / 企业新闻
{T}
!m 日期：2025-12-16　来源：本站
{BODY}
!a 在线留言　　天猫旗舰店
!m 鲁ICP备2021008845号
""",
        body="""
12月15日，瑭水鹅香食品有限公司狮头鹅全产业链项目正式投产。
项目总投资一点八亿元，建设种鹅繁育、标准化养殖、屠宰加工和卤制品生产线，年可屠宰加工狮头鹅一百万只。
项目采取“公司加合作社加农户”模式，带动周边三个镇二百余户农户养鹅。
公司负责人表示，将建立从鹅苗到餐桌的全程追溯体系，消费者扫描包装上的二维码即可查询产地信息。
""",
    ),
    dict(
        slug="lawfirm-grille-fire-liability",
        site="瑗州正平律师事务所 (invented)",
        style="律所网站",
        genre="其他",
        kind="other",
        form="text",
        source="https://www.zhengpinglaw.example.com/pufa/2025/0418.html",
        title="出租房全封闭防盗窗致租客无法逃生，房东要担责吗",
        record_title="法律讲堂丨出租房全封闭防盗窗致租客无法逃生，房东要担责吗",
        date="2025-04-18",
        notes="law-firm text: decorated title, author and date line, 免费咨询 prompt, disclaimer, related list",
        page="""
!m 正平律师事务所　ZHENGPING LAW FIRM
!m 首页 > 普法课堂
{T}
!m 文/庞一鸣律师　2025.04.18
{BODY}
!d 声明：本文仅供参考，不作为法律意见；个案请咨询执业律师。
!w 免费法律咨询：0571-8790633（工作日）
!l 推荐阅读：群租房消防责任如何认定｜租房押金不退怎么办
""",
        body="""
近年来，因出租房安装全封闭防盗窗，火灾时租客无法逃生造成伤亡的案件时有发生。
根据消防法的规定，任何单位和个人不得在人员密集场所的门窗上设置影响逃生和灭火救援的障碍物。
对于出租房屋，出租人负有保障房屋安全、提供安全使用条件的义务。
如果房东明知防盗窗全封闭、存在逃生隐患而不整改，发生事故后可能要承担相应的民事责任，情节严重的还可能被追究刑事责任。
建议房东为防盗窗预留逃生口，并在租赁合同中约定消防安全责任。
""",
    ),
    dict(
        slug="assoc-goose-industry-meeting-html",
        site="瑄田市水禽产业协会 (invented)",
        style="行业协会",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.xtsqxh.example.org/news/show-311.html",
        title="在狮头鹅产业发展大会上的致辞",
        record_title="在狮头鹅产业发展大会上的致辞_瑄田市水禽产业协会",
        date="2025-11-28",
        notes="association site: speaker line under the title neutral, date from a 发布时间 byline; member directory sidebar; join button",
        page="""
<html><head><meta charset="utf-8"><title>在狮头鹅产业发展大会上的致辞_瑄田市水禽产业协会</title></head><body>
<div class="top">⟦m 瑄田市水禽产业协会⟧ ⟦a 会员单位登录⟧ ⟦a 申请入会⟧</div>
<div class="nav">⟦l 协会概况⟧ ⟦l 协会动态⟧ ⟦l 行业资讯⟧ ⟦l 会员风采⟧</div>
<h1>⟦t 在狮头鹅产业发展大会上的致辞⟧</h1>
<p>协会会长　林树德</p>
<div class="meta">⟦m 发布时间：2025-11-28　浏览：97⟧</div>
{BODY}
<div class="side"><h4>⟦l 会员风采⟧</h4><ul><li>⟦l 鹅香食品：卤鹅工艺入选非遗名录⟧</li><li>⟦l 金岭种鹅场获评省级示范场⟧</li></ul></div>
<div class="ft">⟦d 版权所有 瑄田市水禽产业协会　未经许可不得转载⟧</div>
</body></html>
""",
        body="""
各位来宾、各位会员朋友：
大家上午好！今天，我们在这里召开狮头鹅产业发展大会，共商产业高质量发展大计。
过去一年，全市狮头鹅存栏达到一百八十万只，产业综合产值突破四十亿元。
同时也要看到，种源保护、环保养殖、品牌建设方面还有不少短板。
协会将继续当好桥梁纽带，推动制定狮头鹅地方标准，帮助会员企业开拓市场。
预祝大会圆满成功！谢谢大家！
""",
    ),
    dict(
        slug="hospital-grille-fall-child-warning",
        site="琅坪县妇幼保健院 (invented)",
        style="医院官网",
        genre="其他",
        kind="other",
        form="text",
        source="https://www.lpfybj.example.com/jkkp/2025/0506/77.html",
        title="防盗窗不是“保险窗”，儿童坠落伤要警惕",
        record_title="防盗窗不是“保险窗”，儿童坠落伤要警惕",
        date="2025-05-06",
        notes="hospital text: 预约挂号 and 24小时急诊 chrome, the department's own 咨询电话 kept, 健康科普 breadcrumb",
        page="""
!m 琅坪县妇幼保健院　　预约挂号　　报告查询
!m 首页 » 健康科普
{T}
!m 撰稿：儿外科 黎晗　发布：2025-05-06
{BODY}
!m 24小时急诊电话：0736-5120120
!l 相关科普：夏季儿童溺水的预防｜家中药品如何安全存放
""",
        body="""
近一个月，我院儿外科接诊了三名从窗户坠落受伤的儿童，其中两名家中都装有防盗窗。
家长们往往以为装了防盗窗就万无一失，但时间一长，防盗窗的焊点、螺丝会锈蚀松动。
孩子在窗台上攀爬、踩踏，很容易发生意外。
建议家长定期检查防盗窗的牢固程度，窗边不要摆放椅子、床等可供攀爬的家具。
儿外科咨询电话：0736-5120317。
""",
    ),
    dict(
        slug="mail-goose-subsidy-forward",
        site="琨岭县农业农村局邮箱 (invented)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="text",
        source="https://mail.klnyj.example.gov.cn/read?id=2025052003",
        title="关于申报2025年水禽标准化养殖场补助的通知",
        record_title="Fw: 关于申报2025年水禽标准化养殖场补助的通知",
        date="2025-05-20",
        date_also=["2025-05-21"],
        notes="forwarded mail: forward date differs from the notice date (document's expected, forward accepted); the notice's own 附件 list and 联系人/邮箱 kept; the mail's attachment bar chrome",
        page="""
!m 发件人：畜牧股 <xmg@klnyj.example.gov.cn>
!m 日　期：2025-05-21 08:57
!m 收件人：各乡镇农业服务中心
!m 主　题：Fw: 关于申报2025年水禽标准化养殖场补助的通知
!m 各位好，转发如下，请按时报送。
{BODY}
!l 📎 2个附件：申报表.docx　汇总表.xlsx
!d 本邮件由政务邮箱系统发送，请勿直接回复系统通知。
""",
        body="""
各乡镇农业服务中心：
为推进水禽养殖转型升级，现组织申报2025年水禽标准化养殖场补助项目。
一、申报条件：年出栏狮头鹅、肉鸭等水禽一万只以上，粪污处理设施配套完善。
二、补助标准：每个场补助不超过二十万元。
三、请于6月10日前将申报材料报送至县畜牧股邮箱xmg@klnyj.example.gov.cn。
联系人：甘立新，电话：0738-5812207。
附件：1.水禽标准化养殖场补助申报表
2.申报汇总表
琨岭县农业农村局
2025年5月20日
""",
    ),
    dict(
        slug="forum-grille-install-junk-html",
        site="家装e家论坛 (invented)",
        style="论坛",
        genre="其他",
        kind="other",
        form="html",
        source="https://bbs.jiazhuangejia.example.com/thread-77210-1-1.html",
        title="隐形防盗网和传统防盗窗，到底选哪个？",
        record_title="隐形防盗网和传统防盗窗，到底选哪个？ - 装修问答 - 家装e家论坛",
        date="2025-06-30",
        notes="Discuz-like forum with jammer fonts between and inside paragraphs; 发表于 line the page's date; floor chrome; reply box",
        page="""
<html><head><meta charset="utf-8"><title>隐形防盗网和传统防盗窗，到底选哪个？ - 装修问答 - 家装e家论坛</title></head><body>
<div id="hd">⟦m 家装e家论坛⟧ ⟦a 登录⟧ ⟦a 立即注册⟧</div>
<div id="pt">⟦m 论坛 › 装修问答 › 查看主题⟧</div>
<h1>⟦t 隐形防盗网和传统防盗窗，到底选哪个？⟧</h1>
<div class="pi">⟦m 楼主 木子李装修日记 发表于 2025-6-30 14:22⟧ ⟦a 只看该作者⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="po">⟦l 回复⟧ ⟦l 支持(12)⟧ ⟦l 反对(0)⟧</div>
<div class="fastre">⟦l 您需要登录后才可以回帖 登录 | 立即注册⟧</div>
</body></html>
""",
        junk=dict(lines=1, glued=2),
        body="""
新房在十一楼，家里有老人和小孩，纠结了很久装哪种防护。
传统防盗窗结实，但看着压抑，而且火灾时不好逃生。
隐形防盗网是一根根钢丝，不挡视线，必要时用专用钳子就能剪断逃生。
最后我选了隐形防盗网，钢丝间距五厘米，师傅说小孩头伸不出去。
大家装的时候一定要看钢丝是不是三一六不锈钢，便宜的容易生锈断。
""",
    ),
    dict(
        slug="localforum-goose-noise-complaint",
        site="珣城百姓网 (invented)",
        style="地方论坛",
        genre="其他",
        kind="other",
        form="text",
        source="https://www.xunchengbx.example.net/thread-55019-1-1.html",
        title="村头新建的养鹅场每天凌晨叫个不停",
        record_title="村头新建的养鹅场每天凌晨叫个不停",
        date="2025-08-21",
        date_also=["2025-08-25"],
        notes="county forum: post date and the official reply's date differ; the reply (a quoted 回复 by the town) is part of the post body; 置顶 and 版主 chrome",
        page="""
!m 珣城百姓网 › 民生直通车
{T}
!m 发帖人：河湾老周　发表于 2025-08-21 06:03
!m 版主提示：本版已接入乡镇回复通道
{BODY}
!l 相关帖子：养猪场臭味扰民问题已解决
!l 发表回复　|　返回列表
""",
        body="""
我们村头今年新建了一个养鹅场，离最近的住户不到一百米。
每天凌晨四点多，几千只鹅一起叫，整个村子都被吵醒，夏天还有一股腥味。
想问问这个鹅场有没有办环评手续，离村子这么近合不合规定。
【官方回复】网友您好，经镇农业服务中心核查，该养殖场已办理备案，但防护距离不足，已责令其在9月底前将鹅群迁至北侧新棚舍，并完善粪污处理设施。河湾镇人民政府，2025年8月25日。
""",
    ),
    dict(
        slug="wechat-grille-escape-drill-html",
        site="琮川消防 (invented WeChat mirror)",
        style="公众号镜像",
        genre="新闻",
        kind="news",
        form="html",
        source="https://wx.mirror-reader.example.com/a/ccxf_20251015",
        title="12楼起火防盗窗封死，消防员破窗救出一家三口",
        record_title="12楼起火防盗窗封死，消防员破窗救出一家三口",
        date="2025-10-15",
        notes="WeChat mirror HTML: account line with date, 原创 label, 关注 card at the bottom, 阅读/在看/点赞 bar, 写留言; body asks readers to 转发 as content",
        page="""
<html><head><meta charset="utf-8"><title>12楼起火防盗窗封死，消防员破窗救出一家三口</title></head><body>
<h1>⟦t 12楼起火防盗窗封死，消防员破窗救出一家三口⟧</h1>
<div class="meta">⟦m 原创　琮川消防　2025年10月15日 20:05　琮川⟧</div>
<div id="js_content">
{BODY}
</div>
<div class="card">⟦a 长按识别二维码，关注琮川消防⟧</div>
<div class="tool">⟦l 阅读 5421⟧ ⟦l 在看 87⟧ ⟦l 点赞 203⟧ ⟦l 写留言⟧</div>
</body></html>
""",
        body="""
10月14日晚，琮川县城一小区12楼住户家中起火，一家三口被浓烟困在卧室。
由于窗户装有全封闭防盗窗，被困人员无法从窗口逃生。
消防员一路从楼道破拆进入，一路在13楼利用绳索下降，切割防盗窗后将三人救出。
⟦m 图片来源：琮川县消防救援大队⟧
消防部门提醒，防盗窗要预留逃生口，钥匙放在家人都知道的位置。
看完请转发给家人，别让防盗窗成为逃生路上的障碍。
""",
    ),
    dict(
        slug="download-goose-breeding-tech-regs",
        site="农技资料下载网 (invented)",
        style="资料下载站",
        genre="制度",
        kind="regulation",
        form="text",
        source="http://www.nongjizl.example.com/down/1881.html",
        title="狮头鹅饲养管理技术规程",
        record_title="狮头鹅饲养管理技术规程.wps",
        date=None,
        notes="download station text: file-info lines (大小/更新/下载次数), mirror links, dead-link report; 更新 date is no date; no date in the document",
        page="""
!m 农技资料下载网 — 免费农业技术资料
!m 资料大小：45KB　资料格式：wps　更新：2025-09-03　下载次数：386
{T}
{BODY}
!a 下载地址：[网通下载]　[电信下载]　[备用下载]
!a 如果下载失败，请点击这里报告
!d 本站所有资料来自网友上传，如有侵权请来信告知。
""",
        body="""
1 范围
本规程规定了狮头鹅育雏、育成、种鹅饲养的管理技术要求，适用于规模化狮头鹅养殖场。
2 育雏期管理
2.1 育雏室温度第一周保持在28℃至30℃，以后每周降低2℃。
2.2 雏鹅出壳后24小时内开水开食，先饮水后喂料。
3 育成期管理
3.1 育成期以放牧为主、补饲为辅，每天放牧时间不少于6小时。
3.2 鹅舍应保持干燥，运动场和水池每周清理消毒一次。
""",
    ),
]
