"""holdout64, part D: 招投标网, 律所网站, 社区网站, 行业协会, 企业官网, 培训机构. Invented text."""

CASES = [
    dict(
        slug="tender-zhaobiao-sluice-repair-html",
        site="椴溪公共资源交易平台 (invented)",
        style="招投标网",
        genre="招标公告",
        kind="notice",
        form="html",
        source="https://ggzy.duanxi.gov.cn/jyxx/gcjs/zbgg/20250311/0042.html",
        title="椴溪闸除险加固工程施工招标公告",
        record_title="椴溪闸除险加固工程施工招标公告【项目编号：DXSL-2025-007】",
        date="2025-03-11",
        notes="tender portal; lot table; purchaser and agency contacts kept beside the platform's CA hotline; 下载 of tender files in the body",
        page="""
<html><head><meta charset="utf-8"><title>椴溪闸除险加固工程施工招标公告【项目编号：DXSL-2025-007】</title></head><body>
<div class="hd">⟦m 椴溪县公共资源交易中心⟧ ⟦a 投标人登录⟧ ⟦a CA锁办理⟧</div>
<div class="nav">⟦m 首页 › 交易信息 › 工程建设 › 招标公告⟧</div>
<div class="detail">
<h2>{T}</h2>
<div class="time">⟦m 【信息时间：2025-03-11】【阅读次数：】【我要打印】【关闭】⟧</div>
{BODY}
</div>
<div class="side">⟦l 最新公告：椴溪县城区排涝泵站维修项目中标候选人公示⟧</div>
<div class="foot">⟦m CA证书及平台操作咨询：400-611-2580⟧ ⟦m 主办单位：椴溪县公共资源交易中心⟧</div>
</body></html>
""",
        body="""
1.招标条件
本招标项目椴溪闸除险加固工程已由椴溪县发展和改革局批准建设，项目业主为椴溪水闸管理所，建设资金来自中央和省级财政补助资金及县级配套资金，项目已具备招标条件，现对该项目施工进行公开招标。
2.项目概况与招标范围
标段　主要内容　计划工期
一标段　闸室混凝土碳化处理、闸门及启闭机更换　180日历天
二标段　上下游护坡、观测设施及管理房改造　120日历天
3.投标人资格要求
投标人须具备水利水电工程施工总承包三级及以上资质，并在人员、设备、资金等方面具有相应的施工能力。
4.招标文件的获取
凡有意参加投标者，请于2025年3月12日至3月18日登录交易平台下载电子招标文件。
5.联系方式
招标人：椴溪水闸管理所　联系人：龚先生　电话：0731-8692011
招标代理机构：湘源工程咨询有限公司　联系人：齐女士　电话：0731-8861507
""",
    ),
    dict(
        slug="tender-caigou-conference-property-result",
        site="栝州政府采购网 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://www.kuozhou-ccgp.cn/cggg/jggg/2024/12/20241219_5512.htm",
        title="栝州国际会议中心物业管理服务项目中标结果公告",
        date="2024-12-19",
        record_date="2024-12-19",
        notes="procurement result; bid table; 公告期限 kept; 发布时间 line is the date",
        page="""
!m 栝州政府采购网
!m 首页 > 采购公告 > 结果公告
{T}
!m 发布时间：2024-12-19 17:26:03　　来源：栝州市政府采购中心　　浏览：
!a [关闭] [打印] [收藏]
{BODY}
!l 相关公告：栝州国际会议中心物业管理服务项目公开招标公告
!l 相关公告：栝州国际会议中心物业管理服务项目更正公告
!m 栝州市财政局主办　技术支持热线：0739-5200888
""",
        body="""
一、项目编号：KZCG-2024-1183
二、项目名称：栝州国际会议中心物业管理服务项目
三、中标信息
供应商名称　中标金额（元）　服务期限
栝州安居物业服务有限公司　3862400.00　2025年1月1日至2026年12月31日
四、主要标的信息
服务内容：会议中心主楼及附属用房的保洁、秩序维护、设备设施运行维护、绿化养护等。
五、评审专家名单：韦国栋、常蓉、柏永、孟凡青、司马慧。
六、公告期限：自本公告发布之日起1个工作日。
七、对本次公告内容提出询问，请按以下方式联系：
采购人：栝州国际会议中心有限公司　联系人：邰宁　联系电话：0739-5217755
""",
    ),
    dict(
        slug="lawfirm-zhengyi-netcafe-risk-lecture-html",
        site="正仪律师事务所 (invented)",
        style="律所网站",
        genre="讲稿",
        kind="lecture",
        form="html",
        source="https://www.zhengyi-law.cn/insights/2024/netcafe-compliance.html",
        title="网吧经营者常见法律风险及防范——在全县网吧行业协会年会上的法律讲座",
        record_title="律师讲堂丨网吧经营者常见法律风险及防范 - 正仪律师事务所",
        title_also=["网吧经营者常见法律风险及防范"],
        date="2024-12-03",
        notes="law-firm site; speaker line neutral; 发布于 line is the date; disclaimer 'not legal advice'; consult box",
        page="""
<!doctype html><html><head><meta charset="utf-8"><title>律师讲堂丨网吧经营者常见法律风险及防范 - 正仪律师事务所</title></head><body>
<header>⟦m 正仪律师事务所 ZHENGYI LAW FIRM⟧ ⟦m 首页 · 律所简介 · 专业领域 · 律师团队 · 律师讲堂 · 联系我们⟧</header>
<section class="post">
<div class="cat">⟦m 律师讲堂 / 合规经营⟧</div>
<h1>{T}</h1>
<p class="speaker">主讲：正仪律师事务所合伙人　鲍文骏律师</p>
<div class="meta">⟦m 发布于 2024-12-03　阅读 612⟧</div>
{BODY}
</section>
<div class="cta">⟦w 企业法律顾问服务咨询：0736-5528600　或添加律师微信 zyls_bao⟧</div>
<div class="disclaimer">⟦d 本文仅为普法交流，不构成针对具体案件的法律意见。⟧</div>
<footer>⟦m © 2024 正仪律师事务所　地址：榧城县人民路128号金鼎大厦9楼⟧</footer>
</body></html>
""",
        body="""
各位经营者朋友：
大家好！受协会邀请，今天和大家聊聊网吧经营中常见的几类法律风险。
第一类是接纳未成年人的风险。根据相关规定，网吧接纳未成年人的，由文化和旅游部门给予警告、罚款，情节严重的责令停业整顿直至吊销许可证。去年我所代理的一起案件，就是网吧因三次接纳未成年人被吊销了许可证，投资全部打了水漂。
第二类是用工风险。不少网吧不与网管签订劳动合同、不缴社保，一旦发生争议，要支付双倍工资，还要补缴社保。
第三类是消费者人身财产损害的风险。顾客在店内摔伤、手机被盗，网吧如果未尽到安全保障义务，要承担相应的赔偿责任。
防范这些风险，关键是三件事：制度要健全，合同要签好，监控要保存。今天就讲到这里，谢谢大家。
""",
    ),
    dict(
        slug="lawfirm-mingheng-counsel-summary-template",
        site="明衡律师网 (invented)",
        style="律所网站",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://www.mingheng-lawyer.com/fanben/gwzj/218.html",
        title="常年法律顾问年度工作总结",
        record_title="【律师范本】常年法律顾问年度工作总结（可编辑）",
        date=None,
        notes="template page with placeholders (××公司, ××××年××月××日); no date; consultation prompt between paragraphs",
        page="""
!m 明衡律师网 — 专注企业法律服务
!m 首页 | 律师范本 | 合同模板 | 法律咨询 | 关于我们
!t 【律师范本】常年法律顾问年度工作总结（可编辑）
!m 范本编号：MH-GW-0218　下载次数：1,311　更新于 3天前
{BODY}
!a 下载Word范本（需登录）
!w 需要定制法律文书？在线律师10分钟响应，热线 400-080-3316
!d 范本仅供参考，使用前请结合实际情况修改或咨询专业律师。
""",
        indent="\u3000\u3000",
        body="""
××有限公司：
受贵公司委托，本所指派××律师担任贵公司常年法律顾问。现将××××年度法律顾问工作总结如下。
一、日常法律咨询
全年共接受公司各部门法律咨询××次，出具书面法律意见书××份，内容涉及合同履行、劳动用工、知识产权等方面。
二、合同审查
审查各类合同××份，提出修改意见××条，协助公司建立合同管理台账和合同范本库。
⟦w 本范本由明衡律师团队编写，企业顾问服务请致电咨询⟧
三、诉讼及非诉讼事务
代理公司诉讼案件××件，其中已结案××件，为公司挽回经济损失约××万元。
四、法律培训
为公司管理人员和员工开展法律培训××次，内容包括劳动合同法、安全生产法等。
五、下一年度工作建议
建议公司进一步完善合规管理制度，重点加强合同履行过程的风险监控。
××律师事务所
××××年××月××日
""",
    ),
    dict(
        slug="community-fengming-corridor-clearance-notice",
        site="凤鸣社区网 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.fengming-sq.cn/gonggao/2025/0409.html",
        title="关于集中清理楼道堆放杂物的通知",
        record_title="关于集中清理楼道堆放杂物的通知 —— 凤鸣社区",
        date="2025-04-09",
        notes="community site; 成文日期; the document's 联系电话 kept; a volunteer sign-up button glued after a sentence",
        page="""
!m 凤鸣社区网　你我的家园
!m 社区首页 ▸ 社区公告
!t 关于集中清理楼道堆放杂物的通知
!m 发布：凤鸣社区居委会　　浏览：693次
{BODY}
!l 👍 12人觉得有用　　💬 评论
!l 社区动态：凤鸣社区开展“邻里节”活动
!m 凤鸣社区居民委员会　地址：樗岭路55号
""",
        indent="\u3000\u3000",
        body="""
各位居民朋友：
楼道是居民的安全通道。近期检查发现，部分楼栋楼道内堆放纸箱、旧家具，停放电动自行车，存在严重消防安全隐患。为保障大家的生命财产安全，社区决定开展楼道杂物集中清理行动。
一、自清阶段：4月10日至4月20日，请居民自行清理楼道内个人物品。⟦a 👉 点此报名当清理志愿者⟧
二、集中清理阶段：4月21日至4月25日，社区联合物业、消防站对仍未清理的杂物进行集中清理，清理出的物品统一存放在社区仓库，保管15天。
三、巩固阶段：建立楼栋长巡查制度，发现堆放及时劝导。
请大家相互转告、积极配合。如有疑问请联系社区网格员，联系电话：0744-8625107。
凤鸣社区居民委员会
2025年4月9日
""",
    ),
    dict(
        slug="community-heyuan-double-support-summary-html",
        site="禾苑社区 (invented)",
        style="社区网站",
        genre="工作总结",
        kind="summary",
        form="html",
        source="https://heyuan.sqfw.cn/news/detail/6631",
        title="禾苑社区2024年双拥共建工作总结",
        record_title="禾苑社区2024年双拥共建工作总结 | 禾苑社区服务网",
        date="2024-12-24",
        notes="community service site; 成文日期; photo caption between paragraphs; service hotline in footer",
        page="""
<html><head><meta charset="utf-8"><title>禾苑社区2024年双拥共建工作总结 | 禾苑社区服务网</title></head><body>
<div class="header">⟦m 禾苑社区服务网⟧ ⟦m 有事找社区 服务零距离⟧</div>
<ul class="menu"><li>⟦m 社区概况⟧</li><li>⟦m 党建引领⟧</li><li>⟦m 便民服务⟧</li><li>⟦m 社区动态⟧</li></ul>
<div class="crumb">⟦m 当前位置：首页 &gt; 社区动态⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 发布者：禾苑社区　阅读 256⟧</div>
<div class="content">
<p>2024年，禾苑社区在街道党工委和双拥办的指导下，深入开展双拥共建活动，进一步密切了军政军民关系。</p>
<p>一是走访慰问暖兵心。春节、八一期间，社区走访慰问辖区现役军人家庭、退役军人和烈属共86户，为困难退役军人发放慰问金2.4万元。</p>
<p class="cap">⟦m ▲ 社区工作人员走访慰问军属⟧</p>
<p>二是共建活动聚合力。与驻地某部开展“军地共建文明社区”活动，部队官兵参与社区义诊、义务理发等志愿服务12次。</p>
<p>三是优待政策落到位。为辖区86户军人家庭悬挂光荣牌，协助3名退役军人申请创业贷款，帮助2名军属解决子女入学问题。</p>
<p>下一步，社区将继续深化双拥共建，争创市级双拥模范社区。</p>
<p>禾苑社区居民委员会</p>
<p>2024年12月24日</p>
</div>
<div class="share">⟦l 转发到：微信好友 | 朋友圈⟧</div>
<div class="foot">⟦m 社区服务热线：0746-3321560（工作日8:30-17:30）⟧ ⟦m 技术支持：智慧社区云平台⟧</div>
</body></html>
""",
        body="""
2024年，禾苑社区在街道党工委和双拥办的指导下，深入开展双拥共建活动，进一步密切了军政军民关系。
一是走访慰问暖兵心。春节、八一期间，社区走访慰问辖区现役军人家庭、退役军人和烈属共86户，为困难退役军人发放慰问金2.4万元。
二是共建活动聚合力。与驻地某部开展“军地共建文明社区”活动，部队官兵参与社区义诊、义务理发等志愿服务12次。
三是优待政策落到位。为辖区86户军人家庭悬挂光荣牌，协助3名退役军人申请创业贷款，帮助2名军属解决子女入学问题。
下一步，社区将继续深化双拥共建，争创市级双拥模范社区。
禾苑社区居民委员会
2024年12月24日
""",
    ),
    dict(
        slug="association-huajiao-annual-meeting-speech-html",
        site="柞河县花椒产业协会 (invented)",
        style="行业协会",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.zhhjxh.org.cn/xhdt/2025/0116/227.html",
        title="在县花椒产业协会2024年度会员大会上的工作报告",
        record_title="【协会动态】在县花椒产业协会2024年度会员大会上的工作报告",
        date="2025-01-16",
        notes="association site; date under the title in parentheses; speaker line neutral; member login and membership prompt",
        page="""
<html><head><meta charset="utf-8"><title>【协会动态】在县花椒产业协会2024年度会员大会上的工作报告</title></head><body>
<div class="top">⟦m 柞河县花椒产业协会⟧ ⟦a 会员登录⟧ ⟦a 入会申请⟧</div>
<div class="nav">⟦m 协会首页 协会动态 行业资讯 技术园地 会员风采 联系我们⟧</div>
<div class="art">
<h1>{T}</h1>
<p class="date">——2025年1月16日</p>
<p class="who">协会会长　隋金山</p>
{BODY}
</div>
<div class="join">⟦w 欢迎花椒种植、加工、销售企业和个人加入协会，入会咨询：隋秘书 138 7450 6612⟧</div>
<div class="foot">⟦m 柞河县花椒产业协会秘书处　地址：柞河县农贸大厦4楼⟧ ⟦d 本站原创内容转载请注明出处⟧</div>
</body></html>
""",
        body="""
各位会员代表：
我代表协会理事会，向大会报告2024年工作，请予审议。
过去一年，协会共发展新会员63家，会员总数达到318家。我们组织会员参加全国花椒产销对接会2次，签订购销协议1.2万吨；推动“柞河花椒”地理标志证明商标使用管理，授权使用企业达到41家。
技术服务方面，协会联合县林业局举办修剪、病虫害防治培训班11期，培训椒农1600余人次；在5个乡镇建立标准化示范园3200亩。
存在的问题是：部分会员以次充好、短斤少两，损害了“柞河花椒”的品牌声誉。新的一年，协会将制定行业自律公约，建立会员诚信档案，对违规会员严肃处理。
各位代表，让我们团结一心，把柞河花椒产业做大做强！
""",
    ),
    dict(
        slug="association-dasuan-self-discipline-convention",
        site="樗岭大蒜流通协会 (invented)",
        style="行业协会",
        genre="公约",
        kind="regulation",
        form="text",
        source="https://www.chulingds.org/gongyue/2024-08.html",
        title="樗岭镇大蒜购销行业自律公约",
        record_title="樗岭镇大蒜购销行业自律公约 - 协会公告 - 樗岭大蒜流通协会",
        date="2024-08-18",
        notes="association notice; 成文日期 in Chinese numerals; articles numbered 第×条; market-price table prompt glued",
        page="""
!m 樗岭大蒜流通协会　　行情 · 资讯 · 服务
!m 首页 > 协会公告
!t 樗岭镇大蒜购销行业自律公约
!m 发布时间：2024-08-20　点击：1,042　【大】【中】【小】
{BODY}
!l 每日蒜价 ▸ 今日樗岭市场红皮蒜统货 3.15元/斤
!l 上一篇：关于冷库入库登记工作的提示
!m 协会秘书处电话：0539-4162077　　传真：0539-4162078
""",
        indent="\u3000\u3000",
        body="""
为规范大蒜购销秩序，维护会员和蒜农合法权益，促进樗岭大蒜产业健康发展，经全体会员大会讨论通过，制定本公约。
第一条　会员应诚实守信，公平交易，不得压级压价、短斤少两。
第二条　会员收购大蒜应使用经检定合格的计量器具，主动接受市场监管部门检查。
第三条　会员不得捏造、散布涨价信息，不得囤积居奇、哄抬价格。
第四条　会员应按规定办理冷库入库登记，如实申报库存数量。
第五条　违反本公约的，由协会给予内部通报批评；情节严重的，取消会员资格，并向有关部门反映。
第六条　本公约自会员大会通过之日起施行。
樗岭大蒜流通协会
二〇二四年八月十八日
""",
        date_also=["2024-08-20"],
    ),
    dict(
        slug="corp-youlian-fuel-quality-pledge-html",
        site="油联能源官网 (invented)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://www.youlian-energy.com/news/notice/2024/1101.html",
        title="关于油品质量和计量诚信的承诺公告",
        record_title=None,
        date="2024-11-01",
        notes="company site; no record title; 成文日期; customer service line of the document kept beside the site's investor hotline",
        page="""
<!doctype html><html><head><meta charset="utf-8"><title>油联能源 - 新闻中心</title></head><body>
<header>⟦m 油联能源 YOULIAN ENERGY⟧<nav>⟦m 关于我们 | 新闻中心 | 油站查询 | 会员服务 | 投资者关系⟧</nav></header>
<div class="banner">⟦a 加油享9.5折，下载油联APP立即领券⟧</div>
<div class="crumb">⟦m 首页 / 新闻中心 / 公司公告⟧</div>
<article><h1>{T}</h1>
<div class="meta">⟦m 2024-11-01　|　公司公告⟧</div>
{BODY}
</article>
<aside>⟦l 最新动态：油联能源第36座智慧加油站开业⟧</aside>
<footer>⟦m 投资者热线：0731-8899 6600⟧ ⟦m © 2024 油联能源股份有限公司　湘ICP备16021844号⟧</footer>
</body></html>
""",
        body="""
尊敬的广大客户：
为维护消费者合法权益，营造诚信经营环境，我公司郑重承诺：
一、所售汽油、柴油均来自正规炼厂，每批次油品均有出厂检验报告，质量符合国家第六阶段标准。
二、所有加油机均经法定计量检定机构检定合格，铅封完好，严禁任何人擅自改动计量装置。
三、各加油站常备标准计量器具，客户对加油量有异议的，可当场要求复核。
四、欢迎社会各界监督，如发现油品质量或计量问题，请拨打公司客户服务热线0731-8899 6688，我们将在24小时内答复。
油联能源股份有限公司
2024年11月1日
""",
    ),
    dict(
        slug="corp-pingchuan-cable-maintenance-notice",
        site="枰川广电网络官网 (invented)",
        style="企业官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.pcgdwl.com/fwgg/20250520.html",
        title="关于城区有线电视网络停机维护的通知",
        record_title="关于城区有线电视网络停机维护的通知_服务公告_枰川广电网络",
        date="2025-05-20",
        notes="company site; 发布日期 line is the date (no signature date); affected area list; hotline of the document kept",
        page="""
!m 枰川广电网络　看电视 上宽带 就找枰川广电
!m 首页　业务办理　服务公告　营业网点　关于我们
!t 关于城区有线电视网络停机维护的通知
!m 发布日期：2025-05-20　　来源：客户服务中心
{BODY}
!a 在线报修　｜　资费查询　｜　缴费入口
!m 版权所有：枰川广电网络有限公司
""",
        body="""
尊敬的用户：
为提升网络传输质量，我公司将对城区部分光节点设备进行升级维护。届时以下区域有线电视和宽带业务将暂停服务，具体安排如下：
一、停机时间：2025年5月23日（星期五）0:00至6:00。
二、影响区域：
1.建设路以东、滨河路以北片区；
2.锦绣家园、丽景小区、枰川一中教师宿舍。
维护期间给您带来的不便，敬请谅解。如维护结束后仍无法正常收看，请拨打客户服务热线0719-8833962报修。
""",
    ),
    dict(
        slug="training-yiqiao-translation-school-brochure-html",
        site="译桥外语培训学校 (invented)",
        style="培训机构",
        genre="简章",
        kind="notice",
        form="html",
        source="https://www.yiqiao-edu.cn/zsjz/2025-autumn.html",
        title="译桥外语培训学校2025年秋季翻译资格考试辅导班招生简章",
        record_title="译桥外语培训学校2025年秋季翻译资格考试辅导班招生简章（附课表）",
        date="2025-07-15",
        notes="training school page; course table; school's 报名电话 kept beside a floating consult box; 扫码 in the body",
        page="""
<html><head><meta charset="utf-8"><title>译桥外语培训学校2025年秋季翻译资格考试辅导班招生简章（附课表）</title></head><body>
<div class="top">⟦m 译桥外语培训学校⟧ ⟦m 专注翻译资格考试辅导15年⟧ ⟦a 免费试听⟧</div>
<div class="nav">⟦m 首页 | 课程中心 | 师资团队 | 学员风采 | 招生简章⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 发布时间：2025-07-15　　阅读：1583⟧</div>
{BODY}
<div class="float">⟦w 在线咨询 ☎ 400-860-1798　点击和课程顾问聊一聊⟧</div>
<div class="foot">⟦m 办学许可证号：教民14307000021号⟧ ⟦d 本简章最终解释权归本校所有⟧</div>
</body></html>
""",
        body="""
全国翻译专业资格（水平）考试是国家职业资格考试。为帮助考生系统备考，我校开设2025年秋季辅导班，现面向社会招生。
一、招生对象：报考英语二级、三级笔译和口译的考生。
二、课程安排：
班级　上课时间　课时　学费
三级笔译周末班　9月6日至10月26日每周六、日　64课时　2680元
二级笔译周末班　9月6日至10月26日每周六、日　80课时　3580元
三级口译晚班　9月8日至10月30日每周一、三、四晚　60课时　2980元
三、授课教师：由具有二级以上翻译资格、十年以上教学经验的教师授课。
四、报名方式：到校报名或扫描海报二维码在线报名，报名电话：0746-8211520。
""",
    ),
    dict(
        slug="training-nongji-driver-class-opening-speech",
        site="檀川农机驾驶培训学校 (invented)",
        style="培训机构",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://www.tcnjpx.com/xxdt/2024/1105.html",
        title="在2024年冬季拖拉机驾驶员培训班开班仪式上的讲话",
        record_title="学校动态｜在2024年冬季拖拉机驾驶员培训班开班仪式上的讲话",
        date="2024-11-05",
        notes="training school page; Chinese-numeral date under the title; speaker line neutral; enrolment ad between paragraphs",
        page="""
!m 檀川农机驾驶培训学校
!m 首页 ▏学校简介 ▏培训项目 ▏学校动态 ▏报名须知
!t 学校动态｜在2024年冬季拖拉机驾驶员培训班开班仪式上的讲话
{T}
（二〇二四年十一月五日）
校长　乔立本
{BODY}
!a 分享　　收藏　　打印
!w 常年招收拖拉机、联合收割机驾驶员，报名咨询：0745-6632017
!m 檀川农机驾驶培训学校　地址：檀川县农机大院
""",
        indent="\u3000\u3000",
        body="""
各位学员：
大家好！今天，2024年冬季拖拉机驾驶员培训班正式开班了。这一期共招收学员58名，大部分是来自各乡镇的种粮大户和农机合作社机手。
⟦w 【招生】冬季班火热报名中，名额有限，报满即止⟧
农闲时节正是学技术的好时候。这次培训为期20天，包括道路交通安全法规、拖拉机构造与维修、场地驾驶和田间作业四个部分，结业后统一参加县农机安全监理站组织的考试。
我提三点要求：一是遵守纪律，不迟到不早退；二是注重安全，训练中服从教练员指挥，不得擅自驾驶机具；三是学好本领，争取一次性通过考试。
预祝大家学有所成，谢谢！
""",
    ),
]
