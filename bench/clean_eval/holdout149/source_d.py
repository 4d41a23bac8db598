"""holdout149, part D: a local forum, download sites, personnel-exam, tender, law-firm and community sites. Invented text."""

CASES = [
    dict(
        slug="localforum-huoyun-html-truck-stop",
        site="杪田在线论坛 (invented)",
        style="地方论坛",
        genre="通知",
        kind="notice",
        form="html",
        source="https://bbs.miaotian.example.com/thread-778215-1-1.html",
        title="杪田县货车司机之家试运营公告",
        record_title="杪田县货车司机之家试运营公告（转自县交通运输局）",
        date="2024-05-28",
        notes="local forum HTML repost; jammer fonts; site and forum signatures; date in signature; own phone kept",
        page="""
<html><head><meta charset="utf-8"><title>杪田县货车司机之家试运营公告（转自县交通运输局） - 杪田资讯 - 杪田在线论坛</title>
<script src="data/cache/common.js"></script></head><body>
<div id="hd">⟦m 杪田在线　家乡人的网上家园⟧ ⟦a 快捷登录⟧</div>
<div id="pt">⟦m 杪田在线论坛 › 杪田资讯 › 转载公告⟧</div>
<div class="pi">⟦m 发表于 2024-5-28 21:16⟧ ⟦m 电梯直达 1#⟧</div>
<h1>{T}</h1>
<div class="t_f">
{BODY}
</div>
<div class="sign">⟦l 签名：跑运输十五年，杪田老司机群欢迎加入⟧</div>
<div class="rate">⟦l 评分 参与人数 3 金币 +6⟧ ⟦l 收起 理由⟧</div>
<div id="ft">⟦m Archiver｜手机版｜小黑屋｜杪田在线⟧ ⟦d 论坛内容仅代表网友观点⟧</div>
</body></html>
""",
        junk=dict(lines=1, glued=1),
        body="""
广大货车司机朋友：
杪田县货车司机之家位于国道319线杪田服务区东侧，经县交通运输局验收，定于2024年6月1日起试运营。
司机之家提供24小时热水淋浴、洗衣烘干、休息床位和免费停车服务，设有可容纳60人的餐厅，供应平价饭菜。
试运营期间，淋浴、洗衣服务免费，床位每晚收费20元。货车司机凭驾驶证和从业资格证登记入住。
服务电话：0745-7236519。
杪田县交通运输局
2024年5月28日
""",
    ),
    dict(
        slug="download-candong-html-silkworm-egg-farm",
        site="农资料下载站 (invented)",
        style="资料下载站",
        genre="方案",
        kind="plan",
        form="html",
        source="http://www.nongziliao.com/soft/41122.html",
        title="柘原县蚕种场春季制种消毒防病工作方案",
        record_title="柘原县蚕种场春季制种消毒防病工作方案 免费版",
        date="2024-02-20",
        notes="old download-station table: file info, mirror links, dead-link report; date in signature",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk"><title>柘原县蚕种场春季制种消毒防病工作方案 免费版_农资料下载站</title>
<script src="/js/top_ad.js"></script></head><body>
<table width="980"><tr><td>⟦m 农资料下载站　www.nongziliao.com⟧</td><td>⟦a 网站导航⟧ ⟦a 本站投稿⟧</td></tr></table>
<table width="980"><tr><td>⟦m 当前位置：首页 → 养殖资料 → 蚕桑⟧</td></tr></table>
<h1>{T}</h1>
<table class="info" width="980">
<tr><td>⟦m 资料大小：34.2 KB⟧</td><td>⟦m 资料类型：DOC⟧</td></tr>
<tr><td>⟦m 授权方式：免费资料⟧</td><td>⟦m 更新时间：2024-02-27⟧</td></tr>
<tr><td>⟦m 运行环境：Win10/WPS/Office⟧</td><td>⟦m 下载次数：213⟧</td></tr></table>
<h3>⟦m 资料简介⟧</h3>
{BODY}
<h3>⟦a 下载地址⟧</h3>
<p>⟦a 电信高速下载⟧　⟦a 联通高速下载⟧　⟦a 本地下载⟧</p>
<p>⟦a 报告死链⟧</p>
<table width="980"><tr><td>⟦d 本站资料均来自网络收集，如有侵权请联系删除⟧　⟦m 豫ICP备09021376号⟧</td></tr></table>
</body></html>
""",
        body="""
为确保春季蚕种生产安全，防止微粒子病等蚕病发生，根据省蚕种生产管理有关要求，结合我场实际，制定本方案。
一、消毒时间。3月1日至3月20日完成蚕室、蚕具全面消毒，收蚁前三天进行一次补充消毒。
二、消毒方法。蚕室先清扫、冲洗，再用含有效氯1%的漂白粉液喷洒，密闭24小时；蚕匾、蚕网等小蚕具浸泡消毒后日光曝晒。
三、防病措施。严格执行母蛾检验制度，每批母蛾按规定抽样镜检，检出微粒子病的批次一律淘汰；饲育期间人员进出蚕室须换鞋、洗手。
四、责任分工。技术科负责消毒药品配制和效果检测，各饲育组长对本组消毒质量负责。
柘原县蚕种场
2024年2月20日
""",
    ),
    dict(
        slug="download-danji-text-laying-hen-rules",
        site="养殖资料网 (invented)",
        style="资料下载站",
        genre="制度",
        kind="other",
        form="text",
        source="http://www.yzziliao.net/down/show-6618.html",
        title="蛋鸡养殖场生物安全管理制度",
        record_title="蛋鸡养殖场生物安全管理制度【word可编辑】.doc",
        date=None,
        notes="download page text; decorated file-name title; numbered list; no date",
        page="""
!m 养殖资料网 — 规模养殖资料共享平台
!m 下载首页 ＞ 家禽养殖 ＞ 管理制度
!t 蛋鸡养殖场生物安全管理制度【word可编辑】.doc
!m 大小：22K ｜ 语言：简体中文 ｜ 类别：管理制度 ｜ 星级：★★★★☆
!a 立即下载　　加入下载篮
{BODY}
!a 下载说明：推荐使用WPS打开；如遇解压密码，请输入 yzziliao.net
!l 同类资料：肉鸡场防疫制度 ｜ 鸡舍消毒记录表 ｜ 兽药使用登记表
!d 提醒：本站资料仅供学习交流，请于下载后24小时内删除。
""",
        body="""
第一条　为防止疫病传入和扩散，保障蛋鸡健康和鸡蛋质量安全，制定本制度。
第二条　场区实行封闭管理，生产区与生活区严格分开。外来人员、车辆未经批准不得进入生产区。
第三条　人员进入生产区须经消毒通道，更换工作服和胶鞋；饲养员不得串舍。
第四条　鸡舍实行全进全出，每批鸡出栏后彻底清粪、冲洗、消毒，空舍不少于14天。
第五条　病死鸡一律送无害化处理点处理，严禁出售、食用或随意丢弃。
第六条　按照免疫程序做好新城疫、禽流感等疫苗接种，并建立免疫档案。
第七条　本制度自公布之日起施行。
""",
    ),
    dict(
        slug="rsks-lianqiu-html-sports-school-coach",
        site="楝湖区人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="http://rsks.lianhu.gov.cn/zkgg/20240418/4021.html",
        title="楝湖区业余体校2024年公开招聘链球教练员公告",
        record_title="楝湖区业余体校2024年公开招聘链球教练员公告",
        date="2024-04-18",
        notes="personnel-exam HTML; recruitment table rows; 附件 kept; own consult phone next to a site tech-support phone",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>楝湖区人事考试网</title><script src="/js/kaoshi.js"></script></head><body>
<div class="logo">⟦m 楝湖区人事考试网⟧</div>
<div class="menu">⟦m 考试公告⟧ ⟦m 报名入口⟧ ⟦m 成绩查询⟧ ⟦m 政策法规⟧</div>
<div class="alert">⟦a 温馨提示：报名系统请使用Chrome浏览器⟧</div>
<div class="path">⟦m 首页 / 招考公告⟧</div>
<h1>{T}</h1>
<div class="date">⟦m 发布日期：2024-04-18　浏览次数：2871⟧</div>
{BODY}
<div class="tools">⟦a 打印本页⟧ ⟦a 关闭⟧</div>
<div class="foot">⟦m 主办：楝湖区人力资源和社会保障局⟧ ⟦m 技术支持电话：0738-2290111（仅限系统问题）⟧</div>
</body></html>
""",
        body="""
根据事业单位公开招聘有关规定，经研究，楝湖区业余体校面向社会公开招聘链球教练员，现将有关事项公告如下。
一、招聘岗位及条件
岗位　人数　学历　其他条件
链球主教练　1　本科及以上　国家一级运动员及以上
链球助理教练　1　大专及以上　国家二级运动员及以上
二、报名时间：2024年4月22日至4月28日。
三、考试方式：采取专业技能测试和面试相结合的方式，专业技能测试占60%，面试占40%。
四、咨询电话：0738-2290365（区体育运动中心人事股）。
附件：楝湖区业余体校公开招聘报名表
楝湖区人力资源和社会保障局
楝湖区体育运动中心
2024年4月18日
""",
    ),
    dict(
        slug="rsks-gangjia-text-exam-instructions",
        site="樗城市人事考试信息网 (invented)",
        style="人事考试网",
        genre="须知",
        kind="notice",
        form="text",
        source="http://www.ccrsks.cn/tzgg/2024-11/03/1198.html",
        title="樗城市钢架雪车训练基地2024年公开招聘工作人员笔试考生须知",
        record_title="樗城市钢架雪车训练基地2024年公开招聘工作人员笔试考生须知",
        record_date="2024-11-03",
        date="2024-11-03",
        notes="exam instructions whose items speak of 打印准考证 and 下载 as content; record date",
        page="""
!m 樗城市人事考试信息网
!m 当前位置：网站首页 > 通知公告
{T}
!m 信息来源：市人事考试中心　　日期：2024年11月03日
!a 【字体：大 中 小】
{BODY}
!l 上一条：2024年下半年全市事业单位招聘面试公告
!l 下一条：关于调整职称计算机考试时间的通知
!m 樗城市人事考试中心版权所有　　联系电话：0719-6018811
""",
        body="""
一、考生须于11月8日至11月15日登录本网站打印准考证，请用A4纸打印，准考证正反面均不得涂改。
二、考生须凭准考证和有效居民身份证原件参加考试，两证不全者不得进入考场。
三、考生应携带黑色签字笔、2B铅笔和橡皮，其他物品一律放在考场外指定位置。
四、开考30分钟后不得进入考场，考试结束前30分钟内不得交卷离场。
五、笔试成绩及进入资格复审人员名单将在本网站公布，考生可自行下载复审表格。
""",
    ),
    dict(
        slug="tender-gouchong-html-screening-service",
        site="栎川县公共资源交易网 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://ggzy.lichuan.gov.cn/jyxx/zfcg/cggg/20240607/8812a1.html",
        title="栎川县疾病预防控制中心钩虫病筛查检测服务采购项目竞争性磋商公告",
        record_title="栎川县疾病预防控制中心钩虫病筛查检测服务采购项目竞争性磋商公告",
        date="2024-06-07",
        notes="tender HTML: project info table, 联系方式 of purchaser and agency kept, platform chrome around",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>栎川县公共资源交易网</title><script src="/js/jquery.js"></script></head><body>
<div class="hd">⟦m 栎川县公共资源交易网⟧ ⟦a CA证书办理⟧ ⟦a 投标人登录⟧</div>
<div class="nav">⟦m 工程建设⟧ ⟦m 政府采购⟧ ⟦m 土地矿权⟧ ⟦m 国有产权⟧</div>
<div class="loc">⟦m 交易信息 &gt; 政府采购 &gt; 采购公告⟧</div>
<h1>{T}</h1>
<div class="inf">⟦m 【信息时间：2024-06-07】【阅读次数：164】⟧</div>
{BODY}
<div class="att">⟦a 附件下载：磋商文件.zip⟧</div>
<div class="ft">⟦m 栎川县公共资源交易中心　地址：栎川县政务服务中心四楼⟧ ⟦m 技术服务热线：400-028-3601⟧</div>
</body></html>
""",
        body="""
项目概况：栎川县疾病预防控制中心钩虫病筛查检测服务采购项目的潜在供应商应在栎川县公共资源交易网获取采购文件，并于2024年6月18日9点30分前提交响应文件。
一、项目基本情况
项目编号：LCCG-2024-0613
预算金额：36.8万元
采购需求：对全县6个乡镇约1.2万名重点人群开展钩虫感染粪便检测，出具检测报告并配合开展阳性者复查。
服务期限：合同签订之日起6个月。
二、申请人的资格要求：具有独立承担民事责任的能力；具备医学检验资质。
三、联系方式
采购人：栎川县疾病预防控制中心，联系人：龙一鸣，电话：0762-4415236。
采购代理机构：槠口正衡项目管理有限公司，联系人：薛岚，电话：0797-6677208。
""",
    ),
    dict(
        slug="tender-ertongcun-text-bid-result",
        site="樗城市政府采购网 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://www.ccgp-chucheng.gov.cn/zbgg/20240925/3311.htm",
        title="樗城市儿童村家庭公寓改造工程中标结果公告",
        record_title="樗城市儿童村家庭公寓改造工程中标结果公告_樗城市政府采购网",
        date="2024-09-25",
        notes="bid-result text; result table; contact lines of the tender kept; date in signature",
        page="""
!m 樗城市政府采购网　CHUCHENG GOVERNMENT PROCUREMENT
!m 首页 >> 采购公告 >> 中标（成交）公告
!t 樗城市儿童村家庭公寓改造工程中标结果公告_樗城市政府采购网
!m 公告时间：2024-09-26 10:02:14　　访问量：91
{BODY}
!a 【我要打印】【关闭页面】
!l 您可能关注：樗城市福利院屋面防水工程招标公告
!m 主办单位：樗城市财政局　网站维护：市政府采购中心　0719-6023301
""",
        date_also=["2024-09-26"],
        body="""
一、项目编号：CCZC2024-G0877
二、项目名称：樗城市儿童村家庭公寓改造工程
三、中标结果
中标单位　中标金额（元）　工期
樗城建安工程有限公司　1,864,300.00　90日历天
四、主要标的信息：对儿童村8栋家庭公寓进行屋面防水、卫生间改造、外墙保温及室内适老化、适儿化改造。
五、公告期限：自本公告发布之日起1个工作日。
六、联系方式：采购人樗城市儿童村，联系人 杭雨桐，电话 0719-6105522。
樗城市儿童村
2024年9月25日
""",
    ),
    dict(
        slug="lawfirm-zhengping-html-gym-sprain",
        site="正平律师事务所 (invented)",
        style="律所网站",
        genre="法律分析",
        kind="other",
        form="html",
        source="https://www.zhengpinglaw.example.cn/article/1187.html",
        title="健身时扭伤，健身房要担责吗？",
        record_title="健身时扭伤，健身房要担责吗？-正平律师事务所",
        date="2024-07-15",
        notes="law-firm article HTML; author lawyer card, consult box, disclaimer; byline date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>健身时扭伤，健身房要担责吗？-正平律师事务所</title><script src="/js/kefu.js"></script></head><body>
<div class="hd">⟦m 正平律师事务所　ZHENGPING LAW FIRM⟧ ⟦w 免费法律咨询：400-660-1722⟧</div>
<div class="nav">⟦m 律所简介⟧ ⟦m 专业领域⟧ ⟦m 律师团队⟧ ⟦m 以案说法⟧ ⟦m 联系我们⟧</div>
<div class="crumb">⟦m 首页 » 以案说法 » 人身损害⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 发布时间：2024-07-15　作者：正平律所 侯晋律师　阅读：640⟧</div>
{BODY}
<div class="card">⟦w 侯晋律师｜擅长人身损害、合同纠纷｜点击在线咨询⟧</div>
<div class="disc">⟦d 以上内容仅为一般性法律信息，不构成对具体案件的法律意见。⟧</div>
<div class="rel">⟦l 相关文章：游泳馆溺水事故的责任划分 / 培训机构退费纠纷怎么办⟧</div>
<div class="ft">⟦m 地址：栝溪县人民路158号金穗大厦12层⟧ ⟦m 赣ICP备21008841号⟧</div>
</body></html>
""",
        body="""
近来，不少市民办了健身卡，健身时扭伤、拉伤的情况也随之增多。受伤后，健身房要不要承担责任？我们结合一起案例来谈一谈。
【案情】会员吴某在某健身房使用跑步机时，因跑带突然加速摔倒，导致脚踝扭伤，花去医疗费1.2万元。健身房认为吴某操作不当，拒绝赔偿。
【分析】根据民法典规定，宾馆、商场、体育场馆等经营场所的经营者未尽到安全保障义务，造成他人损害的，应当承担侵权责任。本案中，经鉴定跑步机调速装置存在故障，健身房未及时检修，应承担主要责任；吴某未按提示先低速试跑，也有一定过错。
【结果】法院判决健身房承担80%的赔偿责任。
【提示】健身前要了解器械使用方法；受伤后及时就医并保存票据、视频等证据。
""",
    ),
    dict(
        slug="lawfirm-mingjian-text-subtitle-opinion",
        site="明鉴律师事务所 (invented)",
        style="律所网站",
        genre="法律意见书",
        kind="other",
        form="text",
        source="http://www.mingjianlawyer.cn/news/show-2207.html",
        title="关于字幕组翻译分享境外影视作品法律风险的法律意见书",
        record_title="关于字幕组翻译分享境外影视作品法律风险的法律意见书（节选）",
        date="2024-10-10",
        notes="law-firm text page; 致 line, decimal headings; Chinese numeral date under the signature",
        page="""
!m 明鉴律师事务所 | 知识产权专业团队
!m 网站首页 → 律师文集 → 知识产权
!t 关于字幕组翻译分享境外影视作品法律风险的法律意见书（节选）
!m 编辑：律所行政部　　2024-10-16
!w 咨询请致电：0731-8825 1900（工作日9:00-18:00）
{BODY}
!d 本文为节选，当事人信息已作处理，转载请注明出处。
!l 下一篇：短视频二次剪辑的著作权边界
!m 明鉴律师事务所　版权所有
""",
        date_also=["2024-10-16"],
        body="""
致：“栎影”字幕组
本所接受委托，就贵组翻译、制作并在网络上分享境外影视作品字幕的法律风险出具本意见书。
1.基本事实
1.1 贵组由二十余名志愿者组成，主要翻译境外纪录片，字幕文件通过网盘链接向公众免费提供，部分资源附带视频文件。
2.法律分析
2.1 未经许可翻译他人作品并向公众传播，可能侵犯著作权人的翻译权和信息网络传播权。
2.2 随字幕一并提供视频文件的，侵权风险更高，情节严重的还可能涉嫌刑事犯罪。
3.建议
3.1 立即停止提供视频文件；3.2 仅对已获授权或进入公有领域的作品开展翻译；3.3 与版权方洽谈合作。
明鉴律师事务所
二〇二四年十月十日
""",
    ),
    dict(
        slug="community-zhanglang-html-pest-week",
        site="楮阳路社区 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.chuyanglu-sq.example.cn/gonggao/2024/0412.html",
        title="楮阳路社区关于开展春季灭蟑统一行动的通知",
        record_title=None,
        date="2024-04-12",
        notes="community site HTML; no record title; residents' WeChat group prompt as chrome; 时间/地点 lines; date in signature",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>社区公告 - 楮阳路社区</title></head><body>
<div class="top">⟦m 楮阳路社区居民委员会⟧ ⟦m 我们的家园，我们共同守护⟧</div>
<div class="nav">⟦m 社区概况⟧ ⟦m 社区公告⟧ ⟦m 便民服务⟧ ⟦m 党群之家⟧</div>
<h2>{T}</h2>
<p class="meta">⟦m 发布：社区居委会　浏览：301⟧</p>
{BODY}
<div class="qr">⟦w 扫码加入楼栋居民群，通知早知道⟧</div>
<div class="links">⟦l 更多公告 ›⟧</div>
<div class="foot">⟦m 服务热线：0913-5261100　办公时间：周一至周五 8:30-17:30⟧</div>
</body></html>
""",
        body="""
各位居民：
为降低春季蟑螂密度，预防肠道传染病传播，社区定于4月下旬开展春季灭蟑统一行动。现将有关事项通知如下。
一、投药时间：4月20日至4月21日。
二、投药范围：辖区12个小区的楼道、垃圾收集点、地下室及沿街餐饮店后厨。
三、居民家中如需投药，请于4月18日前到社区服务站登记，由专业消杀人员免费上门投放胶饵。
四、注意事项：药饵投放后请勿擦拭；家中有婴幼儿、宠物的，请将药饵放在其接触不到的位置。
五、社区联系人：卢佳音，电话：0913-5261135。
楮阳路社区居民委员会
2024年4月12日
""",
    ),
    dict(
        slug="community-haimu-text-choking-first-aid",
        site="栝溪县桂苑社区网 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="text",
        source="http://guiyuan.guaxi.example.net/tz/318.html",
        title="关于举办“海姆立克急救法”居民培训的通知",
        record_title="关于举办“海姆立克急救法”居民培训的通知",
        date="2024-06-03",
        notes="community text page; two hotlines: site's and the document's own; Chinese numeral date",
        page="""
!m 桂苑社区网　|　桂苑人的网上家园
!m 首页 » 社区通知
{T}
!m 【发布于 2024-06-03】　【点击 88 次】
{BODY}
!a ◎ 分享到邻里圈　◎ 收藏
!l 往期通知：夏季防溺水安全提醒 ｜ 社区义诊活动预告
!m 桂苑社区服务中心 24小时值班电话：0797-6330012
""",
        body="""
各位居民朋友：
生活中，食物卡喉导致的窒息往往发生在几分钟内，掌握正确的急救方法十分重要。社区联合县红十字会举办“海姆立克急救法”居民培训，欢迎大家报名参加。
时间：2024年6月15日（周六）下午2:30
地点：社区党群服务中心二楼活动室
内容：气道异物梗阻的识别；成人、儿童及婴儿的海姆立克急救手法；现场模拟练习。
报名方式：到社区服务中心登记或致电0797-6330458，每场限30人。
桂苑社区居民委员会
二〇二四年六月三日
""",
    ),
]
