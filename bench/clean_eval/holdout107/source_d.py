"""holdout107, part D: 地方论坛, 资料下载站, 人事考试网, 招投标网, 律所网站 (two each). Invented text;
see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="localforum-chuanyu-html-wild-boar-compensation",
        site="碶水生活论坛 (invented)",
        style="地方论坛",
        genre="通知",
        kind="notice",
        form="html",
        source="https://bbs.qishui.example.com/thread-220716-1-1.html",
        title="关于野猪致害损失补偿申报工作的通知",
        record_title="[本地资讯] 关于野猪致害损失补偿申报工作的通知 - 碶水生活论坛",
        date="2024-09-02",
        date_also=["2024-09-04"],
        notes="county forum repost with jammer fonts, a sticky badge and a moderator edit stamp; the notice's own 联系电话 kept; 成文日期 vs post time (accepted too)",
        p_html="<p>{}</p>",
        junk=dict(lines=1, glued=2),
        page="""
<html><head><meta charset="gbk"><title>[本地资讯] 关于野猪致害损失补偿申报工作的通知 - 碶水生活论坛</title></head><body>
<div class="hd">⟦m 碶水生活论坛⟧ ⟦m 碶水人自己的网上家园⟧ ⟦a 登录　注册⟧</div>
<div class="pt">⟦m 论坛首页 › 碶水资讯 › 政务转载⟧</div>
<div class="post"><div class="author">⟦m 碶水小编⟧ ⟦m 版主⟧</div>
<h1>⟦m 置顶⟧ ⟦t [本地资讯] 关于野猪致害损失补偿申报工作的通知⟧</h1>
<div class="time">⟦m 发表于 2024-9-4 10:05⟧</div>
<div class="msg">
{BODY}
<i class="pstatus">⟦m 本帖最后由 碶水小编 于 2024-9-4 10:12 编辑⟧</i>
</div></div>
<div class="reply">⟦l 2# 山那边：我家玉米被拱了半亩，这下有盼头了⟧</div>
<div class="ft">⟦m 碶水生活论坛 版权所有⟧ ⟦m 浙ICP备13022718号⟧</div>
</body></html>
""",
        body="""
各乡镇（街道）：
今年以来，我县部分山区乡镇野猪活动频繁，农作物受损较重。根据野生动物致害补偿有关规定，现就申报工作通知如下。
一、补偿范围为2024年1月1日以来野猪损毁的粮食作物、经济作物和林下种植作物。
二、受损农户向所在村委会申报，村里核实后报乡镇林业站，乡镇汇总后于9月30日前报县林业局。
三、补偿标准按县里核定的每亩产值的百分之六十执行。
联系电话：0577-63381105
碶水县林业局
2024年9月2日
""",
    ),
    dict(
        slug="localforum-panxi-text-wet-market-renovation",
        site="磻溪论坛 (invented)",
        style="地方论坛",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.panxibbs.example.net/t/93108",
        title="关于城东农贸市场改造期间临时搬迁的公告",
        record_title=None,
        date="2025-02-20",
        notes="local forum text with junk lines and glued junk; no record title; a stall table kept; the poster's signature and a sticky ad line are chrome",
        junk=dict(lines=2, glued=2),
        page="""
!m 磻溪论坛 › 民生热线
!t 关于城东农贸市场改造期间临时搬迁的公告
!m 楼主 菜场边上住　发表于 2025-2-21
{BODY}
!l ——我的签名：好好吃饭，早点睡觉——
!w 【推广】磻溪同城搬家，全城最低价，电话13970085513
!l 回复　|　引用　|　举报
""",
        body="""
各位经营户、广大市民：
城东农贸市场将于3月1日起进行升级改造，工期约四个月。改造期间，市场整体临时搬迁至东环路原汽车站场地经营。
区域　经营品类　摊位数
A区　蔬菜水果　86
B区　肉类禽蛋　42
C区　水产干货　30
请各经营户于2月28日前完成搬迁，临时市场免收摊位费。
磻溪县城东农贸市场管理办公室
2025年2月20日
""",
    ),
    dict(
        slug="download-lvye-html-sea-buckthorn-guide-mirrors",
        site="绿野资料站 (invented)",
        style="资料下载站",
        genre="方案",
        kind="plan",
        form="html",
        source="http://www.lvyezl.example.com/soft/68212.html",
        title="沙棘规模化种植技术实施方案",
        record_title="沙棘规模化种植技术实施方案 Word版 免费下载",
        date="2024-03-15",
        notes="old table-layout download station: file-info table, three mirror links and a dead-link report; a preview area with the document; decorated title",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>沙棘规模化种植技术实施方案 Word版 免费下载 - 绿野资料站</title></head><body>
<table width="960"><tr><td>⟦m 绿野资料站 - 农业资料免费下载⟧</td><td>⟦a 加入收藏⟧</td></tr></table>
<table width="960"><tr><td>⟦m 当前位置：首页 → 农业技术 → 林果种植⟧</td></tr></table>
<table class="info" width="960">
<tr><td>⟦t 沙棘规模化种植技术实施方案 Word版 免费下载⟧</td></tr>
<tr><td>⟦m 资料大小：48 KB⟧</td><td>⟦m 资料语言：简体中文⟧</td><td>⟦m 更新时间：2024-06-30⟧</td></tr>
<tr><td>⟦m 资料等级：★★★★☆⟧</td><td>⟦m 下载次数：2213⟧</td></tr></table>
<div class="intro"><b>⟦m 资料简介：⟧</b>
{BODY}
</div>
<table width="960"><tr><td>⟦a 下载地址：电信下载一⟧</td><td>⟦a 联通下载二⟧</td><td>⟦a 移动下载三⟧</td></tr></table>
<p>⟦a 如果下载地址失效，请点此报告错误⟧</p>
<p>⟦d 本站资料均来源于网络，仅供学习研究，请于下载后24小时内删除⟧</p>
</body></html>
""",
        body="""
为加快沙棘产业发展，改善生态环境，增加农民收入，结合我县实际，制定本方案。
一、种植规模。2024年至2026年，全县新建沙棘基地三万亩，其中良种示范园二千亩。
二、技术要点。（一）选用大果无刺良种，雌雄株按八比一配置。（二）春季土壤解冻后栽植，株行距二米乘三米。（三）栽后及时浇水，第一年松土除草三次。
三、保障措施。县财政对新建基地每亩补助三百元，林业部门负责技术培训和验收。
硐川县林业和草原局
2024年3月15日
""",
    ),
    dict(
        slug="download-nongzi-text-broad-bean-training-wps",
        site="农资文库下载站 (invented)",
        style="资料下载站",
        genre="工作计划",
        kind="plan",
        form="text",
        source="https://down.nongzi.example.cn/doc/31550.html",
        title="2024年冬播蚕豆种植技术培训计划",
        record_title="2024年冬播蚕豆种植技术培训计划.wps",
        date="2024-10-08",
        notes="download station text: file-name title; file info lines, a download-point prompt and a ranking list; hard-wrapped at 60 columns; a training schedule table kept",
        wrap=60,
        page="""
!m 农资文库下载站　www.nongzi.example.cn
!t 2024年冬播蚕豆种植技术培训计划.wps
!m 文件格式：WPS　大小：31KB　下载所需点数：2　发布：2024-11-02
{BODY}
!a 【立即下载】　【报告错误】　【收藏】
!l 下载排行：1. 冬小麦田间管理要点　2. 油菜秋播技术规程
""",
        body="""
为提高冬播蚕豆种植水平，促进农民增收，县农技推广中心决定在十月份组织开展冬播蚕豆种植技术培训。
一、培训对象：各乡镇农技员、种植大户和合作社技术骨干，共计二百人。
二、培训安排：
场次　时间　地点
第一场　10月15日　城关镇农技站
第二场　10月18日　龙潭乡文化站
三、培训内容：品种选择、适期播种、合理密植、病虫害绿色防控等。
四、各乡镇请于10月12日前报送参训人员名单。
县农业技术推广中心
2024年10月8日
""",
    ),
    dict(
        slug="exam-liyang-html-boundary-marker-keeper-recruit",
        site="砺阳市人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="http://www.lyrsks.example.gov.cn/kszx/2025/0407/1288.html",
        title="砺阳市界碑管护站2025年公开招聘编外工作人员公告",
        record_title="【招聘公告】砺阳市界碑管护站2025年公开招聘编外工作人员公告",
        date="2025-04-07",
        notes="personnel-exam site; a positions table kept; sentences telling readers to download and print the 准考证 kept; the employer's 咨询电话 and the exam office's 监督电话 kept while the site's technical line is chrome",
        page="""
<html><head><meta charset="utf-8"><title>【招聘公告】砺阳市界碑管护站2025年公开招聘编外工作人员公告</title></head><body>
<div class="hd">⟦m 砺阳市人事考试网⟧ ⟦a 考生登录⟧ ⟦a 报名入口⟧</div>
<div class="bar">⟦m 您现在的位置：首页 > 考试信息 > 事业单位招聘⟧</div>
<h3>⟦t 【招聘公告】砺阳市界碑管护站2025年公开招聘编外工作人员公告⟧</h3>
<div class="date">⟦m 发布日期：2025-04-07　来源：市人社局⟧</div>
<div class="con">
{BODY}
</div>
<div class="jishu">⟦w 报名系统技术支持：0898-66521180（工作日9:00-17:00）⟧</div>
<div class="ft">⟦m 主办单位：砺阳市人事考试中心⟧ ⟦m 琼ICP备12002316号⟧</div>
</body></html>
""",
        body="""
因工作需要，砺阳市界碑管护站面向社会公开招聘编外工作人员五名，现将有关事项公告如下。
一、招聘岗位
岗位　人数　学历要求
界碑巡护员　3　高中及以上
信息管理员　2　大专及以上
二、报名时间：2025年4月14日至4月18日，一律网上报名。
三、考试安排：笔试定于5月上旬举行，考生须于考前三天登录本网下载并打印准考证。
四、咨询电话：0898-66530712（市界碑管护站）；监督电话：0898-66530100（市人社局）
砺阳市人力资源和社会保障局
2025年4月7日
""",
    ),
    dict(
        slug="exam-maglev-text-monorail-results",
        site="磁城人才考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="https://www.cicheng-rc.example.com/gg/20241122/4413.html",
        title="磁城单轨交通运营公司2024年校园招聘笔试成绩公示",
        record_title="磁城单轨交通运营公司2024年校园招聘笔试成绩公示_磁城人才考试网",
        date="2024-11-22",
        notes="exam site text; a results table kept; a 'scan to follow for results' line and a related list are chrome; date under the signature",
        page="""
!m 磁城人才考试网 — 考试 · 招聘 · 公示
!m 首页 > 招聘公示 > 国企招聘
{T}
!m 发布时间：2024-11-22 17:40　浏览：2315
{BODY}
!a 关注“磁城人才”公众号，成绩发布第一时间提醒
!l 相关公告：磁城地铁集团2024年社会招聘公告
!d 本网发布的信息以招聘单位原文为准
""",
        body="""
根据招聘工作安排，现将2024年校园招聘笔试成绩予以公示。
岗位　准考证号　笔试成绩
车辆检修　20241101　86.5
车辆检修　20241107　84.0
行车调度　20241215　88.5
公示期为2024年11月22日至11月28日。对成绩有异议的，请在公示期内向公司人力资源部书面提出。
磁城单轨交通运营有限公司
2024年11月22日
""",
    ),
    dict(
        slug="tender-zhaoxin-html-footbridge-lift-tender",
        site="昭信公共资源交易平台 (invented)",
        style="招投标网",
        genre="招标公告",
        kind="notice",
        form="html",
        source="https://ggzy.zhaoxin.example.gov.cn/jyxx/gcjs/zbgg/2025/0519/880123.html",
        title="城区人行天桥加装电梯工程招标公告",
        record_title="城区人行天桥加装电梯工程招标公告",
        date="2025-05-19",
        notes="procurement portal: CA login, objection countdown, a lots table; purchaser and agency contacts kept while the CA helpdesk is chrome; decimal headings 1.1",
        page="""
<html><head><meta charset="utf-8"><title>城区人行天桥加装电梯工程招标公告</title></head><body>
<div class="top">⟦m 昭信公共资源交易平台⟧ ⟦a CA数字证书登录⟧ ⟦a 投标人注册⟧</div>
<div class="loc">⟦m 交易信息 > 工程建设 > 招标公告⟧</div>
<h2>{T}</h2>
<div class="sub">⟦m 信息时间：2025-05-19　阅读次数：412⟧</div>
<div class="countdown">⟦m 距投标截止还有 20 天 06 时⟧</div>
<div class="detail">
{BODY}
</div>
<div class="ca">⟦w CA办理及驱动问题请拨打：400-880-6123⟧</div>
<div class="ft">⟦m 昭信市公共资源交易中心 主办⟧</div>
</body></html>
""",
        body="""
1 招标条件
1.1 本工程已由昭信市发展和改革局批准建设，资金来自财政资金，招标人为昭信市市政设施管理处。
1.2 项目已具备招标条件，现对该项目施工进行公开招标。
2 项目概况与招标范围
标段　内容　最高限价（万元）
一标段　人民路、解放路天桥加装电梯4部　698
二标段　火车站天桥加装电梯2部　352
3 投标文件递交
3.1 投标文件递交截止时间为2025年6月9日9时30分，投标人应通过交易平台上传电子投标文件。
4 联系方式
招标人：昭信市市政设施管理处　联系人：聂工　电话：0758-2283316
招标代理机构：昭信建诚工程咨询有限公司　联系人：贺女士　电话：0758-2209987
""",
    ),
    dict(
        slug="tender-heng-text-underpass-lighting-result",
        site="衡原招标采购网 (invented)",
        style="招投标网",
        genre="中标公告",
        kind="notice",
        form="text",
        source="http://www.hengyuanzb.example.com/zbgs/20250116/2210.html",
        title="地下通道照明改造项目中标结果公告",
        record_title="地下通道照明改造项目中标结果公告-衡原招标采购网",
        date="2025-01-16",
        notes="procurement text; a bid-result table kept; a member-only line between paragraphs; the site's VIP subscription ad and a hotline at the bottom",
        page="""
!m 衡原招标采购网　招标信息 · 采购公告 · 中标公示
!m 所在地区：衡原市　信息类型：中标公告
{T}
!m 发布时间：2025-01-16
{BODY}
!a 开通VIP会员，查看全部项目联系人及附件
!w 商务合作：0734-88765432
""",
        body="""
项目名称：城区地下通道照明改造项目
项目编号：HYCG-2024-1187
一、中标结果
序号　中标单位　中标金额（元）
1　衡原明亮照明工程有限公司　1386500.00
⟦a 以下内容会员可见，非会员仅展示部分⟧
二、主要标的：LED通道灯具一千二百套，智能控制系统一套，工期六十日历天。
三、公告期限：自本公告发布之日起一个工作日。
采购人：衡原市城市管理局　联系电话：0734-8220631
""",
    ),
    dict(
        slug="lawfirm-dingzheng-html-rickshaw-tour-liability",
        site="鼎正律师事务所 (invented)",
        style="律所网站",
        genre="评论",
        kind="article",
        form="html",
        source="https://www.dingzhenglaw.example.com/guandian/2024/0815/96.html",
        title="游客乘坐景区人力三轮车受伤，谁来担责？",
        record_title="律师观点｜游客乘坐景区人力三轮车受伤，谁来担责？",
        date="2024-08-15",
        notes="law-firm site: consult float with a lawyer's WeChat, practice areas sidebar; a 'not legal advice' notice; a case lawyer byline; body numbered points",
        page="""
<html><head><meta charset="utf-8"><title>律师观点｜游客乘坐景区人力三轮车受伤，谁来担责？</title></head><body>
<div class="hd">⟦m 鼎正律师事务所⟧ ⟦m 专业　诚信　高效⟧</div>
<div class="nav">⟦m 首页　律所简介　专业领域　律师团队　律师观点　联系我们⟧</div>
<h1>⟦t 律师观点｜游客乘坐景区人力三轮车受伤，谁来担责？⟧</h1>
<div class="by">⟦m 作者：鼎正律所 彭楠律师　2024-08-15⟧</div>
<div class="art">
{BODY}
</div>
<div class="side"><h4>⟦l 专业领域⟧</h4><p>⟦l 人身损害　合同纠纷　旅游纠纷⟧</p></div>
<div class="float">⟦w 免费咨询热线 400-617-8890　律师微信 dzlaw_peng⟧</div>
<div class="ft">⟦d 本文仅为普法交流，不构成针对具体案件的法律意见⟧</div>
</body></html>
""",
        body="""
近日，一位游客在古镇景区乘坐人力三轮车时，因车夫转弯过急被甩出车外，造成手臂骨折。游客应当找谁赔偿？
一、车夫与游客之间成立客运合同关系。车夫未将游客安全送达，应当承担违约或者侵权责任。
二、若车夫系景区统一招募、统一管理，景区作为经营者应当承担赔偿责任，之后可向有过错的车夫追偿。
三、景区未尽安全保障义务的，比如路面破损未修、未设置限速提示，也应承担相应责任。
建议游客乘车前留意车辆编号，事发后及时报警、就医并保留票据。
""",
    ),
    dict(
        slug="lawfirm-pingan-text-pillow-quality-case-note",
        site="平安里律师网 (invented)",
        style="律所网站",
        genre="案例",
        kind="article",
        form="text",
        source="http://www.pinganli-lawyer.example.cn/al/2025/0301/310.html",
        title="网购乳胶枕头以次充好，商家被判退一赔三",
        record_title="以案说法丨网购乳胶枕头以次充好，商家被判退一赔三",
        date="2025-03-01",
        notes="law-firm case note; decorated title; the lawyer's contact prompt glued after the last sentence; a reprint notice; a related-cases list",
        page="""
!m 平安里律师网 ｜ 让法律服务触手可及
!m 首页 > 以案说法 > 消费维权
!t 以案说法丨网购乳胶枕头以次充好，商家被判退一赔三
!m 2025-03-01　来源：本站原创　阅读 772
{BODY}
!d 转载请注明出处：平安里律师网
!l 相关案例：预付卡健身房跑路怎么办？ ｜ 网购家电七天无理由退货纠纷
""",
        body="""
【基本案情】消费者王某在某网店购买“天然乳胶枕头”两个，共计五百九十八元。收货后王某发现枕头气味刺鼻，送检结果显示乳胶含量不足百分之二十。
【法院判决】法院认为，商家标注“百分之九十五天然乳胶”与实际严重不符，构成欺诈，判决商家退还货款并按价款三倍赔偿。
【律师提示】消费者网购时要保存商品页面截图和聊天记录，发现问题及时固定证据。⟦w 如需维权咨询，请添加值班律师微信 pal_lawyer01⟧
""",
    ),
]
